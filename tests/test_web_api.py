"""The web API (marsad.web.app) over a real SQLite store holding hand-coded events of the seeds.

The events are written by hand (not extracted) so that every filter has an exact expected answer;
the browser test (test_web_browser.py) runs the real extraction.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from marsad.doc import Doc
from marsad.model import Article, Event, Location, Span
from marsad.pipeline.resources import Resources
from marsad.store import StoreError, open_store
from marsad.web.app import create_app
from marsad.web.boundaries import convex_hull, outlines

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
MFS, HTS = "Military Forces of Syria", "Hayat Tahrir al-Sham"
XSS_TEXT = ("<script>alert(1)</script>\n"
            "قصفت قوات النظام بلدة سراقب <img src=x onerror=alert(1)> وقتل 2 من المدنيين.")
XSS_OUTLET = "Evil <b>Outlet</b>"
TOKEN = "s3cret-token"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def span(text: str, start_phrase: str, end_phrase: str | None = None) -> Span:
    start = text.index(start_phrase)
    end = text.index(end_phrase, start) + len(end_phrase) if end_phrase else start + len(start_phrase)
    return Span.of(text, start, end)


def event(art: Article, n: int, sub: str, et: str, loc: Location, day: str, ev: Span, **kw) -> Event:
    return Event(doc_id=art.id, event_id=f"{art.id}-{n}", event_type=et, sub_event_type=sub, location=loc,
                 event_date=date.fromisoformat(day), evidence=ev, inter1="State forces" if kw.get("actor1") == MFS
                 else None, **kw)


def seed_docs() -> list[Doc]:
    """Five events: two captures (seed 001), a clash with 23 dead and an undated-place move (seed 000),
    and a shelling told by an article full of markup."""
    rt = Article("seed-001", seed("001_66456859eb77b8a6.txt"), date(2020, 1, 27), "RT",
                 title="الجيش السوري يطوق معرة النعمان")
    sp = Article("seed-000", seed("000_fc843bc12e8cb1da.txt"), date(2019, 8, 12), "Sputnik")
    xs = Article("xss", XSS_TEXT, date(2020, 1, 29), XSS_OUTLET, title="<b>bold</b> title")
    bsida = Location("Bsida", "بسيدا", "ocha:C3976", "Idleb", "Al Ma'ra", None, "Syria", 35.589258, 36.652304, 1)
    masaran = Location("Ma'saran", "معصران", "ocha:C4001", "Idleb", "Al Ma'ra", None, "Syria", 35.6825, 36.7583, 1)
    idleb = Location("Idleb", "إدلب", "builtin:adm1:SY07", "Idleb", None, None, "Syria", 35.93, 36.63, 3)
    hama = Location("Hama countryside", "ريف حماة", None, "Hama", None, None, "Syria", None, None, 3)
    saraqab = Location("Saraqab", "سراقب", "ocha:C4120", "Idleb", "Idleb", None, "Syria", 35.8617, 36.8006, 1)
    t1, t0 = rt.text, sp.text
    docs = []
    d = Doc.from_article(rt)
    d.events = [
        event(rt, 1, "Government regains territory", "Battles", bsida, "2020-01-26",
              span(t1, "وأفاد مصدر عسكري محلي", "وتقانة"), actor1=MFS, actor2=HTS, inter2="Rebel group",
              sources=["RT"], field_evidence={"location": span(t1, "بسيدا")}),
        event(rt, 2, "Government regains territory", "Battles", masaran, "2020-01-26",
              span(t1, "بأن وحدات من الجيش السوري", "بلدة معصران"), actor1=MFS, actor2=HTS,
              inter2="Rebel group", sources=["SANA"], field_evidence={"location": span(t1, "معصران")}),
    ]
    docs.append(d)
    d = Doc.from_article(sp)
    d.events = [
        event(sp, 1, "Armed clash", "Battles", idleb, "2019-08-10", span(t0, "أن 23 جنديا", "بجروح"),
              actor1=MFS, fatalities=23, injured=7, sources=["Russian Reconciliation Center"],
              field_evidence={"fatalities": span(t0, "23 جنديا")}),
        event(sp, 2, "Other", "Strategic developments", hama, "2019-08-09",
              span(t0, "قاموا خلال الأيام الأخيرة", "الأراضي التركية"), actor1=HTS, sources=["Sputnik"]),
    ]
    docs.append(d)
    d = Doc.from_article(xs)
    d.events = [event(xs, 1, "Shelling/artillery/missile attack", "Explosions/Remote violence", saraqab,
                      "2020-01-29", span(XSS_TEXT, "قصفت", "المدنيين."), actor1=MFS, fatalities=2,
                      sources=[XSS_OUTLET], field_evidence={"fatalities": span(XSS_TEXT, "2 من المدنيين")})]
    docs.append(d)
    return docs


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("marsad-home")
    store = open_store(home)
    for doc in seed_docs():
        assert store.ingest(doc.article, doc).status == "new"
    store.close()
    return home


@pytest.fixture(scope="module")
def store(home):
    s = open_store(home)
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store, home) -> TestClient:
    return TestClient(create_app(store, Resources(home)))


def ids_where(client: TestClient, **params) -> set[str]:
    r = client.get("/api/events", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return {ev["location"]["name"] for ev in r.json()["items"]}


# -- events ---------------------------------------------------------------------------------------

def test_events_page_has_total_limit_offset_and_items_in_date_order(client):
    body = client.get("/api/events").json()
    assert (body["total"], body["limit"], body["offset"]) == (5, 100, 0)
    assert [ev["event_date"] for ev in body["items"]] == [
        "2019-08-09", "2019-08-10", "2020-01-26", "2020-01-26", "2020-01-29"]
    first = body["items"][0]
    assert first["location"]["name_ar"] == "ريف حماة" and first["reports"][0]["doc_id"] == "seed-000"


def test_paging_covers_every_event_once(client):
    pages = [client.get("/api/events", params={"limit": 2, "offset": off}).json() for off in (0, 2, 4, 6)]
    assert [len(p["items"]) for p in pages] == [2, 2, 1, 0]
    assert {p["total"] for p in pages} == {5}
    ids = [ev["event_id"] for p in pages for ev in p["items"]]
    assert len(set(ids)) == 5


@pytest.mark.parametrize("params, places", [
    ({"event_type": "Battles"}, {"Bsida", "Ma'saran", "Idleb"}),
    ({"sub_event_type": "Government regains territory"}, {"Bsida", "Ma'saran"}),
    ({"admin1": "Hama"}, {"Hama countryside"}),
    ({"admin1": "idleb"}, {"Bsida", "Ma'saran", "Idleb", "Saraqab"}),
    ({"actor": "hayat tahrir"}, {"Bsida", "Ma'saran", "Hama countryside"}),
    ({"source": "SANA"}, {"Ma'saran"}),
    ({"source": "RT"}, {"Bsida", "Ma'saran"}),
    ({"source": XSS_OUTLET}, {"Saraqab"}),
    ({"date_from": "2020-01-01"}, {"Bsida", "Ma'saran", "Saraqab"}),
    ({"date_to": "2019-12-31"}, {"Idleb", "Hama countryside"}),
    ({"date_from": "2020-01-27", "date_to": "2020-01-29"}, {"Saraqab"}),
    ({"place": "بسيدا"}, {"Bsida"}),
    ({"place": "ocha:C4120"}, {"Saraqab"}),
    ({"event_type": "Battles", "date_to": "2019-12-31"}, {"Idleb"}),
    ({"event_type": "Riots"}, set()),
])
def test_filters(client, params, places):
    assert ids_where(client, **params) == places
    assert client.get("/api/events", params=params).json()["total"] == len(places)


@pytest.mark.parametrize("params, where", [
    ({"limit": 0}, "limit"), ({"limit": 501}, "limit"), ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"), ({"date_from": "2020-13-01"}, "date_from"), ({"date_to": "yesterday"}, "date_to"),
    ({"event_type": "Nope"}, "event_type"), ({"sub_event_type": "Battles"}, "sub_event_type"),
    ({"actor": "x" * 201}, "actor"), ({"date_from": "2020-02-01", "date_to": "2020-01-01"}, "date_from"),
])
def test_bad_parameters_are_422_json(client, params, where):
    for path in ("/api/events", "/api/events.geojson"):
        r = client.get(path, params=params)
        assert r.status_code == 422
        assert r.headers["content-type"] == "application/json"
        assert where in r.json()["error"] and "Traceback" not in r.text


def test_geojson_leaves_out_events_without_coordinates(client):
    fc = client.get("/api/events.geojson", params={"admin1": "Idleb"}).json()
    assert fc["type"] == "FeatureCollection" and fc["total"] == 4
    bsida = next(f for f in fc["features"] if f["properties"]["place"] == "Bsida")
    assert bsida["geometry"] == {"type": "Point", "coordinates": [36.652304, 35.589258]}
    assert bsida["properties"]["evidence"].startswith("وأفاد مصدر عسكري محلي لـRT")
    everything = client.get("/api/events.geojson").json()
    assert everything["total"] == 5 and len(everything["features"]) == 4


def test_one_event_with_reports_and_evidence(client):
    listed = client.get("/api/events", params={"place": "Idleb", "event_type": "Battles"}).json()["items"]
    assert len(listed) == 1
    ev = client.get(f"/api/events/{listed[0]['event_id']}").json()
    assert (ev["fatalities"], ev["injured"], ev["actor1"]) == (23, 7, MFS)
    assert ev["sources"] == ["Sputnik", "Russian Reconciliation Center"]
    assert [r["doc_id"] for r in ev["reports"]] == ["seed-000"]
    assert ev["evidence"]["text"] == "أن 23 جنديا سوريا قتلوا وأصيب 7 آخرون بجروح"
    assert ev["disagreements"] == []
    r = client.get("/api/events/no-such-event")
    assert r.status_code == 404 and r.json() == {"error": "no event 'no-such-event'"}


# -- articles, places, control --------------------------------------------------------------------

def test_article_with_evidence_spans(client):
    art = client.get("/api/articles/seed-001").json()
    text = seed("001_66456859eb77b8a6.txt")
    assert art["text"] == text and art["outlet"] == "RT" and art["published"] == "2020-01-27"
    assert len(art["events"]) == 2
    bsida = [e for e in art["evidence"] if text[e["start"]:e["end"]] == "بسيدا"]
    assert [(e["field"], e["text"]) for e in bsida] == [("location", "بسيدا")]
    assert {e["field"] for e in art["evidence"]} == {"event", "location"}
    assert all(e["text"] == text[e["start"]:e["end"]] for e in art["evidence"])
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and r.json() == {"error": "no article 'nope'"}


def test_article_markup_is_returned_as_json_string_data(client):
    r = client.get("/api/articles/xss")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    art = r.json()
    assert art["text"] == XSS_TEXT and art["title"] == "<b>bold</b> title" and art["outlet"] == XSS_OUTLET
    main = next(e for e in art["evidence"] if e["field"] == "event")
    assert main["text"] == "قصفت قوات النظام بلدة سراقب <img src=x onerror=alert(1)> وقتل 2 من المدنيين."
    items = client.get("/api/events", params={"place": "سراقب"}).json()["items"]
    assert items[0]["sources"] == [XSS_OUTLET]


def test_places_and_control(client):
    places = {p["place"]: p for p in client.get("/api/places").json()}
    assert set(places) == {"Bsida", "Ma'saran", "Idleb", "Saraqab", "Hama countryside"}
    assert places["Bsida"]["events"] == 1 and places["Bsida"]["gazetteer_id"] == "ocha:C3976"
    assert [p["place"] for p in client.get("/api/places", params={"admin1": "Hama"}).json()] == ["Hama countryside"]
    timeline = client.get("/api/places/بسيدا/control").json()
    assert [(c["date"], c["controller"], c["place"]) for c in timeline] == [("2020-01-26", MFS, "Bsida")]
    assert client.get("/api/places/nowhere/control").json() == []
    assert client.get("/api/control", params={"date": "2020-01-25"}).json() == []
    held = client.get("/api/control", params={"date": "2020-01-27", "admin1": "Idleb"}).json()
    assert [(c["place"], c["controller"], c["since"]) for c in held] == [
        ("Bsida", MFS, "2020-01-26"), ("Ma'saran", MFS, "2020-01-26")]
    assert client.get("/api/control", params={"date": "2020-01-27", "admin1": "Hama"}).json() == []
    assert client.get("/api/control").status_code == 422
    assert client.get("/api/control", params={"date": "27/01/2020"}).status_code == 422


# -- admin outlines -------------------------------------------------------------------------------

def test_convex_hull_drops_interior_points():
    square = [(36.0, 35.0), (37.0, 35.0), (37.0, 36.0), (36.0, 36.0)]
    assert convex_hull(square + [(36.5, 35.5), (36.2, 35.9)]) == square


def test_outlines_keep_syrian_places_only():
    e = lambda admin1, lat, lon, feature="community", country="Syria", name_ar=None: SimpleNamespace(  # noqa: E731
        admin1=admin1, latitude=lat, longitude=lon, feature=feature, country=country, name_ar=name_ar)
    entries = [e("Idleb", 35.0, 36.0), e("Idleb", 35.0, 37.0), e("Idleb", 36.0, 36.5), e("Idleb", 35.3, 36.5),
               e("Idleb", 35.9, 36.6, "governorate", name_ar="إدلب"),  # a centroid: name, not a point
               e("Hatay", 36.2, 36.2, country="Turkey"), e("Hama", 35.1, 36.7), e("Homs", None, None)]
    out = outlines(entries)
    assert [(o.admin1, o.name_ar, o.points) for o in out] == [("Hama", None, 1), ("Idleb", "إدلب", 4)]
    assert out[1].ring == [(36.0, 35.0), (37.0, 35.0), (36.5, 36.0), (36.0, 35.0)]
    assert out[0].ring == [(36.67, 35.07), (36.73, 35.07), (36.73, 35.13), (36.67, 35.13), (36.67, 35.07)]


def test_admin_boundaries_from_the_gazetteer(client):
    fc = client.get("/api/admin-boundaries").json()
    by_name = {f["properties"]["admin1"]: f for f in fc["features"]}
    assert len(by_name) == 14 and by_name["Idleb"]["properties"]["name_ar"] == "إدلب"
    for f in fc["features"]:
        ring = f["geometry"]["coordinates"][0]
        assert f["geometry"]["type"] == "Polygon" and ring[0] == ring[-1] and len(ring) >= 4
        assert all(35.0 <= lon <= 43.0 and 32.0 <= lat <= 38.0 for lon, lat in ring)


# -- safety ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/api/events", "/api/events/nope", "/api/events?limit=0",
                                  "/static/app.js"])
def test_security_headers(client, path):
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_page_has_no_inline_script(client):
    html = client.get("/").text
    assert '<script src="/static/app.js" defer></script>' in html
    assert "<script>" not in html and "onclick" not in html and "style=" not in html


def test_tile_server_is_allowed_only_when_configured(store, home):
    app = create_app(store, Resources(home), tiles_url="https://{s}.tile.example.org/{z}/{x}/{y}.png",
                     tiles_attribution="© Example")
    c = TestClient(app)
    assert "img-src 'self' data: https://*.tile.example.org" in c.get("/").headers["content-security-policy"]
    assert c.get("/api/config").json()["tiles_url"] == "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    with pytest.raises(ValueError):
        create_app(store, tiles_url="javascript:alert(1)")


def test_unexpected_errors_are_json_500_without_traceback(store, home, monkeypatch):
    def boom(q):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(store, "count_events", boom)
    r = TestClient(create_app(store, Resources(home))).get("/api/events")
    assert r.status_code == 500 and r.json() == {"error": "internal server error"}
    assert "secret" not in r.text and "Traceback" not in r.text
    assert r.headers["x-content-type-options"] == "nosniff"


def test_store_errors_are_json_503(store, home, monkeypatch):
    def locked(event_id):
        raise StoreError("/x/marsad.db: database is locked")

    monkeypatch.setattr(store, "get_event", locked)
    r = TestClient(create_app(store, Resources(home))).get("/api/events/any")
    assert r.status_code == 503 and r.json() == {"error": "store: /x/marsad.db: database is locked"}


# -- writing --------------------------------------------------------------------------------------

@pytest.fixture()
def writable(tmp_path):
    """A server with a token, over a fresh store, whose 'extraction' finds one fixed event."""
    calls: list[str] = []

    def pipeline(article: Article) -> Doc:
        calls.append(article.id)
        doc = Doc.from_article(article)
        loc = Location("Saraqab", "سراقب", "ocha:C4120", "Idleb", None, None, "Syria", 35.8617, 36.8006, 1)
        doc.events = [event(article, 1, "Air/drone strike", "Explosions/Remote violence", loc, "2020-02-01",
                            span(article.text, "غارة"), actor1="Military Forces of Russia")]
        return doc

    store = open_store(tmp_path)
    app = create_app(store, Resources(tmp_path), token=TOKEN, pipeline_factory=lambda: pipeline)
    yield TestClient(app), calls
    store.close()


ARTICLE = {"id": "post-1", "text": "شنت طائرات روسية غارة على سراقب.", "published": "2020-02-02", "source": "SOHR"}


def test_post_needs_a_server_token(client):
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    assert client.get("/api/config").json()["read_only"] is True


def test_post_with_missing_or_wrong_token_is_401(writable):
    c, calls = writable
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}):
        r = c.post("/api/articles", json=ARTICLE, headers=headers)
        assert r.status_code == 401 and r.json() == {"error": "missing or wrong bearer token"}
        assert r.headers["www-authenticate"] == "Bearer"
    assert calls == [] and c.get("/api/events").json()["total"] == 0


def test_post_ingests_through_the_store(writable):
    c, calls = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert c.get("/api/config").json()["read_only"] is False
    r = c.post("/api/articles", json=ARTICLE, headers=auth)
    assert r.status_code == 201, r.text
    assert (r.json()["article_id"], r.json()["status"], r.json()["events"]) == ("post-1", "new", 1)
    again = c.post("/api/articles", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert calls == ["post-1"]  # the duplicate was recognised before extraction
    items = c.get("/api/events").json()["items"]
    assert [(e["sub_event_type"], e["location"]["name"], e["sources"]) for e in items] == [
        ("Air/drone strike", "Saraqab", ["SOHR"])]
    assert c.get("/api/articles/post-1").json()["text"] == ARTICLE["text"]


def test_post_validates_the_article(writable):
    c, calls = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for bad in ({"id": "x"}, {**ARTICLE, "text": ""}, {**ARTICLE, "published": "soon"}, {**ARTICLE, "extra": 1}):
        r = c.post("/api/articles", json=bad, headers=auth)
        assert r.status_code == 422 and "error" in r.json()
    assert calls == []


def test_bodies_over_2_mb_are_413(writable):
    c, calls = writable
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = {**ARTICLE, "text": "غارة " * 450_000}  # about 4.5 MB of UTF-8
    r = c.post("/api/articles", json=big, headers=auth)
    assert r.status_code == 413 and r.json()["error"] == "request body larger than 2097152 bytes"

    def chunks():  # no Content-Length: counted while read
        yield b'{"id": "big", "text": "'
        for _ in range(300):
            yield b"x" * 10_000
        yield b'"}'

    r = c.post("/api/articles", content=chunks(), headers=auth)
    assert r.status_code == 413 and r.headers["x-content-type-options"] == "nosniff"
    assert calls == []


def test_openapi_schema_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/places",
            "/api/places/{place}/control", "/api/control", "/api/articles/{article_id}", "/api/articles",
            "/api/admin-boundaries"} <= set(spec["paths"])
    get_events = spec["paths"]["/api/events"]["get"]
    limit = next(p for p in get_events["parameters"] if p["name"] == "limit")
    assert (limit["schema"]["maximum"], limit["schema"]["minimum"]) == (500, 1)
    ok = get_events["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/EventPage"}
    event_props = spec["components"]["schemas"]["EventOut"]["properties"]
    assert {"event_type", "sub_event_type", "location", "evidence", "reports", "fatalities"} <= set(event_props)
    etype = next(p for p in get_events["parameters"] if p["name"] == "event_type")
    assert "Battles" in str(etype["schema"])


# -- the command ------------------------------------------------------------------------------------

def test_serve_command_options(monkeypatch):
    from click.testing import CliRunner

    import marsad.web.app as web_app
    from marsad.cli import main

    calls: list[tuple] = []
    monkeypatch.setattr(web_app, "serve", lambda *a, **kw: calls.append((a, kw)))
    r = CliRunner().invoke(main, ["serve", "--port", "8123"], env={"MARSAD_TOKEN": "from-env", "MARSAD_TILES": None})
    assert r.exit_code == 0, r.output
    assert calls == [(("127.0.0.1", 8123), {"token": "from-env", "tiles_url": None, "tiles_attribution": None})]
    r = CliRunner().invoke(main, ["serve", "--token", "", "--host", "0.0.0.0"], env={"MARSAD_TOKEN": None})
    assert r.exit_code == 0 and calls[-1] == (("0.0.0.0", 8000), {"token": None, "tiles_url": None,
                                                                   "tiles_attribution": None})
    r = CliRunner().invoke(main, ["serve", "--tiles", "javascript:alert(1)"])
    assert r.exit_code == 2 and "tile URL must be http(s)://host/..." in r.output
    assert CliRunner().invoke(main, ["serve", "--port", "0"]).exit_code == 2
    assert len(calls) == 2


def test_serve_with_a_token_stops_on_a_broken_knowledge_file_before_serving(monkeypatch, tmp_path):
    """Posted articles need the extraction knowledge: a broken file is one line at start, not a
    500 on every POST; the store is not even opened."""
    import uvicorn
    from click.testing import CliRunner

    from knowledge_helpers import broken_knowledge
    from marsad.cli import main

    folder = broken_knowledge(tmp_path, monkeypatch, "attribution.yaml", lambda _: "speech: [").parent
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: pytest.fail("served with a broken knowledge file"))
    r = CliRunner().invoke(main, ["serve", "--token", "t"], env={"MARSAD_HOME": str(tmp_path / "home")})
    assert r.exit_code == 1
    assert re.fullmatch(rf"Error: cannot start the pipeline: {re.escape(str(folder))}/attribution\.yaml:\d+: "
                        r"not valid YAML \([^\n]+\)\n", r.stderr), r.stderr
    assert not (tmp_path / "home" / "marsad.db").exists()
