// marsad's page: a map, a timeline, filters, a list of events and the article behind each one.
// Article text and every string from the API are untrusted: they only ever reach the page through
// textContent / createTextNode / option.text, never innerHTML. No inline script (see the CSP).
"use strict";

(function () {
  const PAGE = 500; // the API's largest page
  const MAX_PAGES = 40;
  const DAY = 86400000;

  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#795548",
    "Strategic developments": "#2c6fbb",
  };
  const TYPE_AR = {
    "Battles": "معارك",
    "Explosions/Remote violence": "انفجارات وعنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين",
    "Protests": "احتجاجات",
    "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
  };
  const CONTROL_COLOURS = ["#b03a2e", "#1e8449", "#2471a3", "#7d3c98", "#b9770e", "#117a65", "#5d6d7e"];

  const I18N = {
    ar: {
      event_type: "نوع الحدث", actor: "الفاعل", admin1: "المحافظة", source: "المصدر", any: "الكل",
      period: "الفترة", from: "من", to: "إلى", reset: "إعادة الضبط", events: "الأحداث", close: "إغلاق",
      control_hint: "طبقة السيطرة تعرض من يسيطر على كل مكان في تاريخ «إلى».",
      summary: (n, m) => `${n} حدثًا، ${m} منها على الخريطة`,
      fatalities: "القتلى", place: "المكان", date: "التاريخ", sources: "المصادر", certainty: "درجة اليقين",
      sub_event_type: "النوع الفرعي", actors: "الأطراف", reports: "التقارير", no_events: "لا أحداث",
      boundaries: "المحافظات (تقريبية)", events_layer: "الأحداث", control_layer: "السيطرة",
      tiles_layer: "خريطة الأساس", controller: "المسيطر", since: "منذ", lang: "English",
      error: "تعذر التحميل: ", no_place: "بلا إحداثيات",
    },
    en: {
      event_type: "Event type", actor: "Actor", admin1: "Governorate", source: "Source", any: "Any",
      period: "Period", from: "From", to: "To", reset: "Reset", events: "Events", close: "Close",
      control_hint: "The control layer shows who held each place on the “to” date.",
      summary: (n, m) => `${n} events, ${m} on the map`,
      fatalities: "Fatalities", place: "Place", date: "Date", sources: "Sources", certainty: "Certainty",
      sub_event_type: "Sub-event type", actors: "Actors", reports: "Reports", no_events: "No events",
      boundaries: "Governorates (approximate)", events_layer: "Events", control_layer: "Control",
      tiles_layer: "Base map", controller: "Controller", since: "since", lang: "العربية",
      error: "Could not load: ", no_place: "no coordinates",
    },
  };

  const state = {
    lang: "ar", config: null, all: [], events: [], days: [], minDay: 0,
    markers: new Map(), selected: null, controllers: new Map(),
  };
  const $ = (id) => document.getElementById(id);
  const t = (key) => I18N[state.lang][key];

  // -- small DOM helpers (text only) ----------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  async function getJSON(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    if (!res.ok) {
      let msg = res.status + "";
      try { msg = (await res.json()).error || msg; } catch (e) { /* not JSON */ }
      throw new Error(msg);
    }
    return res.json();
  }

  async function fetchEvents(filters) {
    const items = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const data = await getJSON("/api/events", { ...filters, limit: PAGE, offset: page * PAGE });
      items.push(...data.items);
      if (items.length >= data.total || data.items.length === 0) break;
    }
    return items;
  }

  function showError(err) {
    $("summary").textContent = t("error") + err.message;
  }

  // -- labels -----------------------------------------------------------------------------------
  function typeLabel(type) {
    return state.lang === "ar" ? `${TYPE_AR[type] || type} (${type})` : type;
  }

  function applyLang() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    $("lang-toggle").textContent = t("lang");
    for (const opt of $("f-event_type").options) if (opt.value) opt.text = typeLabel(opt.value);
    renderList();
    renderSummary();
    renderLegend();
    if (state.current) renderEventFields(state.current);
    if (state.layers) {
      state.layerControl.remove();
      addLayerControl();
      keepCentre(() => null); // the page direction changed: the map moved
    }
  }

  // Runs a layout change, then tells Leaflet the map's size changed, keeping its centre.
  function keepCentre(change) {
    const centre = state.map.getCenter();
    change();
    state.map.invalidateSize({ pan: false });
    state.map.setView(centre, state.map.getZoom(), { animate: false });
  }

  function placeName(loc) {
    return state.lang === "ar" ? loc.name_ar || loc.name : loc.name || loc.name_ar;
  }

  // -- map --------------------------------------------------------------------------------------
  function initMap() {
    const map = L.map("map", { attributionControl: false, zoomSnap: 0.25 }).setView([35.0, 38.5], 6.75);
    map.createPane("boundaries").style.zIndex = 350;
    state.map = map;
    state.layers = {
      boundaries: L.geoJSON(null, {
        pane: "boundaries",
        style: () => ({ color: "#6b6b6b", weight: 1.2, fillColor: "#efe9dc", fillOpacity: 0.65, className: "admin-boundary" }),
        onEachFeature: (f, layer) => {
          const p = f.properties || {};
          layer.bindTooltip(el("span", {}, p.name_ar ? `${p.name_ar} · ${p.admin1}` : p.admin1), { sticky: true });
        },
      }).addTo(map),
      control: L.layerGroup().addTo(map),
      events: L.layerGroup().addTo(map),
    };
    if (state.config.tiles_url) {
      state.layers.tiles = L.tileLayer(state.config.tiles_url, { maxZoom: 18 }).addTo(map);
      state.layers.tiles.bringToBack();
      $("attribution").textContent = state.config.tiles_attribution || "";
    }
    addLayerControl();
  }

  function addLayerControl() {
    const overlays = {};
    overlays[t("boundaries")] = state.layers.boundaries;
    if (state.layers.tiles) overlays[t("tiles_layer")] = state.layers.tiles;
    overlays[t("events_layer")] = state.layers.events;
    overlays[t("control_layer")] = state.layers.control;
    state.layerControl = L.control.layers(null, overlays, { collapsed: false }).addTo(state.map);
  }

  async function loadBoundaries() {
    const fc = await getJSON("/api/admin-boundaries");
    state.layers.boundaries.addData(fc);
    if (fc.features.length) state.map.fitBounds(state.layers.boundaries.getBounds(), { padding: [8, 8] });
  }

  function radius(fatalities) {
    return Math.min(26, 6 + 3 * Math.sqrt(Math.max(0, fatalities || 0)));
  }

  function coords(ev) {
    const loc = ev.location || {};
    return loc.latitude === null || loc.latitude === undefined || loc.longitude === null || loc.longitude === undefined
      ? null : [loc.latitude, loc.longitude];
  }

  function renderMarkers() {
    state.layers.events.clearLayers();
    state.markers.clear();
    for (const ev of state.events) {
      const ll = coords(ev);
      if (!ll) continue;
      const colour = TYPE_COLOURS[ev.event_type] || "#555";
      const m = L.circleMarker(ll, {
        radius: radius(ev.fatalities), color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.85,
        className: "event-marker",
      });
      m.bindTooltip(el("span", {}, `${ev.event_date || ""} · ${ev.sub_event_type} · ${placeName(ev.location || {}) || ""}`));
      m.on("click", () => openEvent(ev.event_id));
      m.addTo(state.layers.events);
      const path = m.getElement();
      if (path) {
        path.setAttribute("data-event-id", ev.event_id);
        path.setAttribute("data-event-type", ev.event_type);
      }
      state.markers.set(ev.event_id, m);
    }
    if (state.selected) highlightMarker(state.selected);
  }

  function highlightMarker(eventId) {
    for (const [id, m] of state.markers) {
      m.setStyle(id === eventId ? { color: "#000", weight: 3 } : { color: "#222", weight: 1 });
      if (id === eventId) m.bringToFront();
    }
  }

  function controllerColour(name) {
    if (!state.controllers.has(name)) state.controllers.set(name, CONTROL_COLOURS[state.controllers.size % CONTROL_COLOURS.length]);
    return state.controllers.get(name);
  }

  async function loadControl() {
    const day = dayString(Number($("date-to").value));
    state.layers.control.clearLayers();
    if (!day) return;
    const rows = await getJSON("/api/control", { date: day, admin1: $("f-admin1").value });
    for (const row of rows) {
      if (row.latitude === null || row.latitude === undefined || row.longitude === null || row.longitude === undefined) continue;
      const colour = controllerColour(row.controller || "?");
      const m = L.circleMarker([row.latitude, row.longitude], {
        radius: 11, color: colour, weight: 3, dashArray: "3 3", fill: false, className: "control-marker",
      });
      m.bindTooltip(el("span", {}, `${row.name_ar || row.place || ""}: ${row.controller || "?"} (${t("since")} ${row.since || "?"})`));
      m.addTo(state.layers.control);
    }
    renderLegend();
  }

  function renderLegend() {
    const box = $("legend");
    box.replaceChildren();
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      const sw = el("span", { class: "swatch" });
      sw.style.background = colour;
      box.append(el("div", { class: "legend-row" }, sw, typeLabel(type)));
    }
    if (state.controllers.size) {
      box.append(el("div", { class: "legend-head" }, t("controller")));
      for (const [name, colour] of state.controllers) {
        const sw = el("span", { class: "swatch ring" });
        sw.style.borderColor = colour;
        box.append(el("div", { class: "legend-row" }, sw, name));
      }
    }
  }

  // -- filters and timeline ------------------------------------------------------------------
  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY); }
  function dayString(n) { return Number.isFinite(n) && state.days.length ? new Date(n * DAY).toISOString().slice(0, 10) : ""; }

  function fillSelect(select, values, label) {
    for (const v of [...values].sort()) select.append(new Option(label ? label(v) : v, v));
  }

  function initFilters() {
    const types = new Set(), actors = new Set(), admins = new Set(), sources = new Set();
    for (const ev of state.all) {
      types.add(ev.event_type);
      for (const a of [ev.actor1, ev.actor2, ev.assoc_actor_1, ev.assoc_actor_2]) if (a) actors.add(a);
      if (ev.location && ev.location.admin1) admins.add(ev.location.admin1);
      for (const s of ev.sources || []) sources.add(s);
      for (const r of ev.reports || []) for (const s of r.sources || []) sources.add(s);
    }
    fillSelect($("f-event_type"), types, typeLabel);
    fillSelect($("f-actor"), actors);
    fillSelect($("f-admin1"), admins);
    fillSelect($("f-source"), sources);
    state.days = state.all.filter((e) => e.event_date).map((e) => dayNumber(e.event_date));
    const lo = state.days.length ? Math.min(...state.days) : 0;
    const hi = state.days.length ? Math.max(...state.days) : 0;
    for (const id of ["date-from", "date-to"]) Object.assign($(id), { min: lo, max: hi });
    state.range = [lo, hi];
    resetDates();
  }

  function resetDates() {
    [$("date-from").value, $("date-to").value] = state.range || [0, 0];
    showDates();
  }

  function showDates() {
    $("date-from-out").textContent = dayString(Number($("date-from").value));
    $("date-to-out").textContent = dayString(Number($("date-to").value));
  }

  function currentFilters() {
    const f = {};
    for (const name of ["event_type", "actor", "admin1", "source"]) f[name] = $("f-" + name).value;
    if (state.days.length) {
      let a = Number($("date-from").value), b = Number($("date-to").value);
      if (a > b) [a, b] = [b, a];
      if (a > Math.min(...state.days)) f.date_from = dayString(a);
      if (b < Math.max(...state.days)) f.date_to = dayString(b);
    }
    return f;
  }

  let reloadTimer = null;
  function scheduleReload() {
    showDates();
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => reload().catch(showError), 150);
  }

  async function reload() {
    state.events = await fetchEvents(currentFilters());
    renderMarkers();
    renderList();
    renderSummary();
    await loadControl();
    document.body.dataset.ready = "true";
  }

  // -- list -------------------------------------------------------------------------------------
  function renderSummary() {
    const onMap = state.events.filter(coords).length;
    $("summary").textContent = t("summary")(state.events.length, onMap);
  }

  function renderList() {
    const list = $("event-list");
    list.replaceChildren();
    if (!state.events.length) {
      list.append(el("li", { class: "empty" }, t("no_events")));
      return;
    }
    for (const ev of state.events) {
      const loc = ev.location || {};
      const sw = el("span", { class: "swatch" });
      sw.style.background = TYPE_COLOURS[ev.event_type] || "#555";
      const item = el("li", { class: "event-item", tabindex: "0", dataset: { eventId: ev.event_id } },
        el("div", { class: "line1" }, sw, el("bdi", {}, ev.event_date || "?"), " · ", el("bdi", {}, typeLabel(ev.event_type))),
        el("div", { class: "line2" }, el("bdi", {}, placeName(loc) || t("no_place")),
          loc.admin1 ? el("span", { class: "muted" }, ` (${loc.admin1})`) : null,
          ev.fatalities ? el("span", { class: "fat" }, ` † ${ev.fatalities}`) : null),
        el("div", { class: "line3 muted" }, [ev.actor1, ev.actor2].filter(Boolean).join(" — ")));
      if (ev.event_id === state.selected) item.classList.add("selected");
      item.addEventListener("click", () => openEvent(ev.event_id));
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(ev.event_id); });
      list.append(item);
    }
  }

  // -- article view -------------------------------------------------------------------------
  async function openEvent(eventId) {
    try {
      const ev = await getJSON("/api/events/" + encodeURIComponent(eventId));
      state.selected = eventId;
      for (const li of document.querySelectorAll(".event-item")) li.classList.toggle("selected", li.dataset.eventId === eventId);
      highlightMarker(eventId);
      const reports = ev.reports && ev.reports.length ? ev.reports : [{ doc_id: ev.doc_id, evidence: ev.evidence, sources: ev.sources }];
      state.current = ev;
      renderEventFields(ev);
      renderReports(ev, reports);
      await showReport(ev, reports.find((r) => r.doc_id === ev.doc_id) || reports[0]);
    } catch (err) {
      showError(err);
    }
  }

  function renderEventFields(ev) {
    const loc = ev.location || {};
    const rows = [
      [t("event_type"), typeLabel(ev.event_type)],
      [t("sub_event_type"), ev.sub_event_type],
      [t("actors"), [ev.actor1, ev.actor2].filter(Boolean).join(" — ")],
      [t("place"), [loc.name_ar, loc.name, loc.admin1].filter(Boolean).join(" · ")],
      [t("date"), ev.event_date],
      [t("fatalities"), String(ev.fatalities ?? "")],
      [t("sources"), (ev.sources || []).join(" ← ")],
      [t("certainty"), ev.certainty],
    ];
    const dl = $("event-fields");
    dl.replaceChildren();
    for (const [k, v] of rows) if (v) dl.append(el("dt", {}, k), el("dd", {}, el("bdi", {}, v)));
  }

  function renderReports(ev, reports) {
    const nav = $("reports");
    nav.replaceChildren();
    if (reports.length < 2) return;
    nav.append(el("span", { class: "muted" }, t("reports") + ": "));
    for (const r of reports) {
      const b = el("button", { type: "button", class: "report", dataset: { docId: r.doc_id } }, r.outlet || r.doc_id);
      b.addEventListener("click", () => showReport(ev, r).catch(showError));
      nav.append(b);
    }
  }

  async function showReport(ev, report) {
    const art = await getJSON("/api/articles/" + encodeURIComponent(report.doc_id));
    $("article-title").textContent = art.title || art.id;
    $("article-meta").textContent = [art.outlet, art.published].filter(Boolean).join(" · ");
    for (const b of document.querySelectorAll("#reports .report")) b.classList.toggle("selected", b.dataset.docId === report.doc_id);
    const main = report.evidence || (ev.doc_id === art.id ? ev.evidence : null);
    const mine = (e) => (report.event_id ? e.report_id === report.event_id : e.event_id === ev.event_id);
    const fields = (art.evidence || []).filter((e) => mine(e) && e.field !== "event" && e.field !== "evidence");
    renderArticleText($("article-text"), art.text, main, fields);
    setArticleOpen(true);
    const mark = $("article-text").querySelector("mark.evidence");
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  // Opening or closing the article panel resizes the map: tell Leaflet, keep the event in view.
  function setArticleOpen(open) {
    if (!$("article").hidden === open) return;
    keepCentre(() => { $("article").hidden = !open; });
    const m = state.markers.get(state.selected);
    if (open && m && !state.map.getBounds().pad(-0.1).contains(m.getLatLng())) {
      state.map.panTo(m.getLatLng(), { animate: false });
    }
  }

  // The text cut at every span boundary; the event's clause is one <mark class="evidence">, the
  // evidence of single fields inside it <b class="field">, outside it <mark class="field">.
  function renderArticleText(box, text, main, fields) {
    box.replaceChildren();
    const valid = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length;
    const spans = fields.filter(valid);
    const m = valid(main) ? main : null;
    const cuts = new Set([0, text.length]);
    for (const s of spans.concat(m ? [m] : [])) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    let mainMark = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const inMain = m && a >= m.start && b <= m.end;
      const covering = spans.filter((s) => a >= s.start && b <= s.end).map((s) => s.field);
      let node = document.createTextNode(text.slice(a, b));
      if (covering.length) {
        node = el(inMain ? "b" : "mark", { class: "field", title: covering.join(", ") }, node);
      }
      if (inMain) {
        if (!mainMark) { mainMark = el("mark", { class: "evidence" }); box.append(mainMark); }
        mainMark.append(node);
      } else {
        box.append(node);
      }
    }
  }

  // -- start ------------------------------------------------------------------------------------
  async function start() {
    $("lang-toggle").addEventListener("click", () => { state.lang = state.lang === "ar" ? "en" : "ar"; applyLang(); });
    $("article-close").addEventListener("click", () => setArticleOpen(false));
    for (const name of ["event_type", "actor", "admin1", "source"]) $("f-" + name).addEventListener("change", scheduleReload);
    for (const id of ["date-from", "date-to"]) $(id).addEventListener("input", scheduleReload);
    $("filters").addEventListener("reset", () => setTimeout(() => { resetDates(); scheduleReload(); }, 0));
    try {
      state.config = await getJSON("/api/config");
      initMap();
      applyLang();
      await loadBoundaries().catch(showError);
      state.all = await fetchEvents({});
      initFilters();
      await reload();
    } catch (err) {
      showError(err);
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
