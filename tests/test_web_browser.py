"""The page in a real browser: `marsad serve` over the seeds, driven by Playwright with the Debian
chromium package (scripts/test.sh installs it; this test fails, never skips, when it is missing).

Set-up: a tmp MARSAD_HOME; the OCHA gazetteer imported when the geo importer is there; the two
seeds stored with `marsad ingest` (real extraction); one hand-coded article full of markup stored
through the store API; `marsad serve` started on a free 127.0.0.1 port.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from marsad.doc import Doc
from marsad.model import Article, Event, Location, Span
from marsad.store import EventQuery, open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = [("000_fc843bc12e8cb1da", "2019-08-13"), ("001_66456859eb77b8a6", "2020-01-27")]
XSS_TEXT = ("<script>alert(1)</script>\n"
            "قصفت قوات النظام بلدة سراقب <img src=x onerror=alert(1)> وقتل 2 من المدنيين.\n"
            "<iframe src=\"javascript:alert(3)\"></iframe>")
XSS_EVIDENCE = "قصفت قوات النظام بلدة سراقب <img src=x onerror=alert(1)> وقتل 2 من المدنيين."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def xss_doc() -> Doc:
    art = Article("xss-article", XSS_TEXT, date(2020, 1, 29), "<b>Evil</b> outlet", title="<img src=x onerror=alert(2)>")
    doc = Doc.from_article(art)
    start = XSS_TEXT.index(XSS_EVIDENCE)
    loc = Location("Saraqab", "سراقب", "ocha:C4120", "Idleb", "Idleb", None, "Syria", 35.8617, 36.8006, 1)
    doc.events = [Event(doc_id=art.id, event_id="xss-article-1", event_type="Explosions/Remote violence",
                        sub_event_type="Shelling/artillery/missile attack", actor1="<script>alert(4)</script>",
                        location=loc, event_date=date(2020, 1, 29), fatalities=2, sources=["<b>Evil</b> outlet"],
                        evidence=Span.of(XSS_TEXT, start, start + len(XSS_EVIDENCE)))]
    return doc


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("marsad-home")
    env = {**os.environ, "MARSAD_HOME": str(home)}
    if importlib.util.find_spec("marsad.geo.importers") is not None:
        from marsad.geo.gazetteer import Gazetteer

        gaz = Gazetteer.load(home)
        gaz.import_file(SHARED / "data" / "ocha_syria" / "communities.csv")
        gaz.close()
    seeds = home / "seeds.jsonl"
    with seeds.open("w", encoding="utf-8") as fh:
        for name, published in SEEDS:
            text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
            fh.write(json.dumps({"id": name, "text": text, "published": published}, ensure_ascii=False) + "\n")
    run = subprocess.run([sys.executable, "-m", "marsad.cli", "ingest", "--quiet", str(seeds)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    store = open_store(home)
    assert store.ingest(xss_doc().article, xss_doc()).status == "new"
    store.close()
    return home


@pytest.fixture(scope="module")
def server(home):
    port = free_port()
    env = {**os.environ, "MARSAD_HOME": str(home)}
    env.pop("MARSAD_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/config", timeout=1).read()
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read()
                time.sleep(0.1)
        else:
            raise AssertionError("marsad serve did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def stored(home) -> list[dict]:
    store = open_store(home)
    events = store.query_events(EventQuery(limit=None))
    store.close()
    return events


def has_point(ev: dict) -> bool:
    loc = ev.get("location") or {}
    return loc.get("latitude") is not None and loc.get("longitude") is not None


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "chromium is missing: run scripts/test.sh (it installs the Debian package)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 860})
    pg = ctx.new_page()
    pg.dialogs, pg.problems, pg.foreign = [], [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type in ("error", "warning") else None)
    pg.on("request", lambda r: None if r.url.startswith(server) else pg.foreign.append(r.url))
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield pg
    ctx.close()


def click_topmost_marker(page: Page, event_ids: list[str]) -> str:
    """Clicks the first of the events whose marker is not covered by another one; returns its id."""
    eid = page.evaluate("""(ids) => {
        for (const id of ids) {
            const p = document.querySelector(`path.event-marker[data-event-id="${CSS.escape(id)}"]`);
            const r = p.getBoundingClientRect();
            if (document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p) return id;
        }
        return null;
    }""", event_ids)
    assert eid is not None, "every marker is covered"
    page.locator(f'path.event-marker[data-event-id="{eid}"]').click()
    return eid


def test_map_markers_article_evidence_and_screenshot(page, stored, tmp_path):
    with_point = [ev for ev in stored if has_point(ev)]
    seed_ids = {name for name, _ in SEEDS}
    seed_events = [ev for ev in with_point if ev["doc_id"] in seed_ids]
    assert len(seed_events) > 0 and len(with_point) == len(seed_events) + 1  # + the hand-coded article
    markers = page.locator("path.event-marker")
    assert markers.count() == len(with_point)
    assert {markers.nth(i).get_attribute("data-event-id") for i in range(markers.count())} == {
        ev["event_id"] for ev in with_point}
    assert page.locator("#event-list li.event-item").count() == len(stored)
    assert page.locator("path.admin-boundary").count() == 14

    eid = click_topmost_marker(page, [ev["event_id"] for ev in seed_events])
    ev = next(e for e in stored if e["event_id"] == eid)
    mark = page.locator("#article-text mark.evidence")
    mark.wait_for()
    assert mark.count() == 1 and mark.text_content() == ev["evidence"]["text"]
    assert re.search("[\u0621-\u064A]{3}", ev["evidence"]["text"])  # Arabic words
    assert page.locator("#article-text").get_attribute("dir") == "rtl"
    assert page.locator("#article-text").get_attribute("lang") == "ar"
    assert page.locator("#article-text").text_content() == article_text(ev["doc_id"])
    assert page.locator("#event-list li.selected").get_attribute("data-event-id") == eid

    page.screenshot(path=str(tmp_path / "marsad-map.png"))
    assert (tmp_path / "marsad-map.png").stat().st_size > 20_000
    assert page.dialogs == [] and page.problems == [] and page.foreign == []


def article_text(doc_id: str) -> str:
    if doc_id == "xss-article":
        return XSS_TEXT
    return (SHARED / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_markup_in_articles_stays_text(page, stored):
    xss = next(ev for ev in stored if ev["doc_id"] == "xss-article")
    page.locator(f'#event-list li[data-event-id="{xss["event_id"]}"]').click()
    page.locator("#article-text mark.evidence").wait_for()
    assert page.locator("#article-text").text_content() == XSS_TEXT
    assert page.locator("#article-text mark.evidence").text_content() == XSS_EVIDENCE
    assert page.locator("#article-title").text_content() == "<img src=x onerror=alert(2)>"
    for tag in ("img", "script", "iframe", "b"):
        assert page.locator(f"#article {tag}, #event-list {tag}").count() == 0
    assert "<script>alert(4)</script>" in page.locator("#event-fields").text_content()
    assert page.locator("#event-list").text_content().count("<script>alert(4)</script>") == 1
    page.wait_for_timeout(300)
    assert page.dialogs == [] and page.problems == []


def test_filters_timeline_control_and_language(page, stored):
    shelling = [ev for ev in stored if ev["event_type"] == "Explosions/Remote violence" and has_point(ev)]
    page.select_option("#f-event_type", "Explosions/Remote violence")
    page.wait_for_function("n => document.querySelectorAll('path.event-marker').length === n", arg=len(shelling))
    assert page.locator("#event-list li.event-item").count() == len(
        [ev for ev in stored if ev["event_type"] == "Explosions/Remote violence"])
    page.select_option("#f-event_type", "")

    days = sorted({ev["event_date"] for ev in stored if ev["event_date"]})
    first_day = [ev for ev in stored if ev["event_date"] == days[0]]
    page.locator("#date-to").evaluate("(el) => { el.value = el.min; el.dispatchEvent(new Event('input')); }")
    page.wait_for_function("n => document.querySelectorAll('#event-list li.event-item').length === n",
                           arg=len(first_day))
    assert page.locator("#date-to-out").text_content() == days[0]

    page.locator("#date-to").evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    page.wait_for_function("n => document.querySelectorAll('#event-list li.event-item').length === n",
                           arg=len(stored))
    store_control = json.loads(urllib.request.urlopen(
        page.url.rstrip("/") + f"/api/control?date={days[-1]}").read())
    expected = [c for c in store_control if c["latitude"] is not None]
    assert len(expected) > 0 or not any(ev["sub_event_type"] == "Government regains territory" for ev in stored)
    page.wait_for_function("n => document.querySelectorAll('path.control-marker').length === n", arg=len(expected))

    assert page.locator("label span[data-i18n=event_type]").text_content() == "نوع الحدث"
    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("label span[data-i18n=event_type]").text_content() == "Event type"
    assert page.dialogs == [] and page.problems == []
