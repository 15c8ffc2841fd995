"""The SQLite event store with hand-built docs: ingestion, duplicates, merging, control, queries."""
from __future__ import annotations

import json
from datetime import date

import pytest

from marsad.model import Article
from marsad.store import EventQuery, Store, StoreError, open_store
from marsad.store.schema import LATEST
from marsad.store.sqlite import SQLiteStore
from store_helpers import (HTS, MFS, SEED_001_VILLAGES, doc, event, location, seed_000_doc, seed_001_article,
                           seed_001_doc)

BSIDA = location("بسيدا", "Bsida", "C3976", 35.589258, 36.652304)
HAMIDIYEH = location("الحامدية", "Hamidiyeh", "C6596", 35.615039, 36.656724)
TEXT_A = "قالت وكالة الأنباء إن الجيش السوري سيطر على قرية بسيدا بعد معارك قتل فيها خمسة مسلحين."
TEXT_B = "أفاد مصدر عسكري بأن الجيش سيطر على بسيدا وقتل ثلاثة من المسلحين في المعارك العنيفة."
TEXT_C = "ذكرت مصادر محلية أن القوات الحكومية دخلت بسيدا في ريف إدلب الجنوبي."


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path)
    yield s
    s.close()


def _article(aid: str, text: str, outlet: str | None, published: date = date(2020, 1, 27)) -> Article:
    return Article(id=aid, text=text, published=published, source=outlet)


def _ingest(store, aid, text, outlet, evs_spec):
    art = _article(aid, text, outlet)
    evs = [event(aid, i, text, *spec[:3], **spec[3]) for i, spec in enumerate(evs_spec, 1)]
    return store.ingest(art, doc(art, evs))


def test_open_store_is_sqlite_in_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    s = open_store()
    try:
        assert isinstance(s, SQLiteStore) and isinstance(s, Store)
        assert s.path == tmp_path / "home" / "marsad.db"
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        s.close()


def test_schema_is_versioned_and_migrated_once(tmp_path):
    s = open_store(tmp_path)
    assert s.schema_version() == LATEST
    s.close()
    s = open_store(tmp_path)  # reopening applies nothing again
    rows = s.conn.execute("SELECT version FROM schema_version").fetchall()
    s.close()
    assert rows == [(LATEST,)]


def test_newer_schema_is_refused(tmp_path):
    s = open_store(tmp_path)
    s.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    s.close()
    with pytest.raises(StoreError, match="newer than this marsad"):
        open_store(tmp_path)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    db = tmp_path / "marsad.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a marsad database"):
        open_store(tmp_path)
    assert db.read_bytes() == before


def test_seeds_ingested_twice_leave_the_same_counts(store):
    first = [store.ingest(d.article, d) for d in (seed_000_doc(), seed_001_doc())]
    counts = store.counts()
    again = [store.ingest(d.article, d) for d in (seed_000_doc(), seed_001_doc())]
    assert [r.status for r in first] == ["new", "new"]
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert store.counts() == counts
    assert counts["articles"] == 2 and counts["events"] == 9 and counts["canonical_events"] == 9
    assert counts["mentions"] == 9 and counts["republications"] == 0


def test_match_finds_stored_article_without_extraction(store):
    d = seed_001_doc()
    assert store.match(d.article) is None
    store.ingest(d.article, d)
    found = store.match(seed_001_article())
    assert found.status == "duplicate" and found.duplicate_of == "001_66456859eb77b8a6"
    assert store.has_article(d.article.content_hash)


def test_republication_with_another_header_is_stored_once_and_linked(store):
    original = seed_001_doc()
    store.ingest(original.article, original)
    text = original.article.text
    first_line_end = text.index("\n")
    copy_text = "الجيش السوري يطوق معرة النعمان (سبوتنيك)" + text[first_line_end:]
    copy = seed_001_article(copy_text, article_id="sputnik-1", outlet="Sputnik")
    assert store.match(copy).status == "republished"
    result = store.ingest(copy)
    assert result.status == "republished" and result.duplicate_of == original.article.id
    counts = store.counts()
    assert counts["articles"] == 1 and counts["republications"] == 1 and counts["events"] == 9
    # the body is not stored twice, yet the copy's text comes back exactly
    stored_text = store.conn.execute("SELECT text FROM republications WHERE id = 'sputnik-1'").fetchone()[0]
    assert stored_text is None
    assert store.get_article("sputnik-1")["text"] == copy_text
    # the republishing outlet is a source of the story's events
    bsida = store.query_events(EventQuery(place="بسيدا"))
    assert bsida[0]["sources"] == ["RT", "Sputnik"]
    assert store.ingest(copy).status == "duplicate"
    assert store.counts() == counts


def test_same_text_under_another_id_is_linked_not_duplicated(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    other = seed_001_article(article_id="mirror", outlet="Mirror")
    assert store.ingest(other).status == "republished"
    assert store.ingest(other).status == "duplicate"
    counts = store.counts()
    assert (counts["articles"], counts["republications"], counts["events"]) == (1, 1, 9)
    assert store.get_article("mirror")["text"] == d.article.text


def test_short_articles_sharing_a_sentence_are_not_merged(store):
    a = _article("a", "عاجل.\nقتل جندي في اشتباك.", "X")
    b = _article("b", "خبر.\nقتل جندي في اشتباك.", "Y")
    assert store.ingest(a, doc(a, [])).status == "new"
    assert store.ingest(b, doc(b, [])).status == "new"


def test_article_id_taken_by_another_text_gets_a_suffix(store):
    a = _article("same", TEXT_A, "RT")
    b = _article("same", TEXT_B, "SANA")
    store.ingest(a, doc(a, [event("same", 1, TEXT_A, "بسيدا", BSIDA, date(2020, 1, 26))]))
    res = store.ingest(b, doc(b, [event("same", 1, TEXT_B, "بسيدا", BSIDA, date(2020, 1, 26))]))
    assert res.article_id == f"same~{b.content_hash[:8]}"
    assert store.get_article(res.article_id)["text"] == TEXT_B
    ids = [r[0] for r in store.conn.execute("SELECT id FROM events ORDER BY id")]
    assert ids == ["same-E1", f"same~{b.content_hash[:8]}-E1"]


def test_reports_merge_across_articles_with_lowest_fatalities_and_disagreements(store):
    _ingest(store, "a", TEXT_A, "RT", [("بسيدا", BSIDA, date(2020, 1, 26), dict(fatalities=5, actor2=HTS))])
    _ingest(store, "b", TEXT_B, "SANA", [("بسيدا", BSIDA, date(2020, 1, 27), dict(fatalities=3))])
    _ingest(store, "c", TEXT_C, None, [("بسيدا", BSIDA, date(2020, 1, 26), dict(sources=("local sources",)))])
    rows = store.query_events(EventQuery())
    assert len(rows) == 1 and store.count_events(EventQuery()) == 1
    ev = rows[0]
    assert ev["fatalities"] == 3  # the lowest figure given; c gives none, which is not a zero
    assert ev["actor1"] == MFS and ev["actor2"] == HTS and ev["inter2"] == "Rebel group"
    # the most thorough report first, then the others by date
    assert ev["sources"] == ["RT", "local sources", "SANA"]
    assert [r["doc_id"] for r in ev["reports"]] == ["a", "c", "b"]
    assert [r["fatalities"] for r in ev["reports"]] == [5, None, 3]
    full = store.get_event(ev["event_id"])
    assert {"field": "fatalities", "values": {"a": 5, "b": 3}} in full["disagreements"]
    assert {"field": "event_date", "values": {"a": "2020-01-26", "b": "2020-01-27", "c": "2020-01-26"}} \
        in full["disagreements"]
    assert store.get_event("b-E1")["event_id"] == ev["event_id"]  # a report id finds its canonical event


@pytest.mark.parametrize("second, merged", [
    (("بسيدا", BSIDA, date(2020, 1, 27), {}), True),
    (("بسيدا", BSIDA, date(2020, 1, 28), {}), False),  # two days apart
    (("بسيدا", HAMIDIYEH, date(2020, 1, 26), {}), False),  # another place
    (("بسيدا", BSIDA, date(2020, 1, 26), dict(actor1=HTS)), False),  # another actor1
    (("بسيدا", BSIDA, date(2020, 1, 26), dict(actor1=None)), True),  # actor1 missing: compatible
    (("بسيدا", BSIDA, date(2020, 1, 26), dict(sub="Armed clash")), False),  # another sub-event type
    (("بسيدا", None, date(2020, 1, 26), {}), False),  # no location: never merged across articles
])
def test_merge_rule(store, second, merged):
    _ingest(store, "a", TEXT_A, "RT", [("بسيدا", BSIDA, date(2020, 1, 26), {})])
    _ingest(store, "b", TEXT_B, "SANA", [second])
    assert store.count_events(EventQuery()) == (1 if merged else 2)


def test_unresolved_places_merge_by_name(store):
    kafr = location("كفر ياسين", "Kafr Yasin", None)
    other_spelling = location("كَفْر ياسين", "Kafr Yassin", None)
    t1, t2 = "سيطر الجيش على كفر ياسين.", "دخل الجيش كَفْر ياسين."
    _ingest(store, "a", t1, "RT", [("كفر ياسين", kafr, date(2020, 1, 26), {})])
    _ingest(store, "b", t2, "SANA", [("كَفْر ياسين", other_spelling, date(2020, 1, 26), {})])
    rows = store.query_events(EventQuery())
    assert len(rows) == 1 and len(rows[0]["reports"]) == 2


def test_merging_is_complete_linkage_and_order_independent(tmp_path):
    specs = [("a", TEXT_A, "RT", date(2020, 1, 25)), ("b", TEXT_B, "SANA", date(2020, 1, 26)),
             ("c", TEXT_C, "X", date(2020, 1, 27))]
    results = []
    for order in (specs, specs[::-1]):
        home = tmp_path / ("fwd" if order is specs else "rev")
        s = open_store(home)
        for aid, text, outlet, day in order:
            _ingest(s, aid, text, outlet, [("بسيدا", BSIDA, day, {})])
        results.append(sorted((e["event_id"], e["event_date"], len(e["reports"])) for e in s.query_events(EventQuery())))
        s.close()
    # 25 and 26 are one event; 27 is two days from 25, so a second event (not a chain)
    assert len(results[0]) == 2 and sorted(r[2] for r in results[0]) == [1, 2]
    assert results[0] == results[1]


def test_control_timeline_and_who_held_what(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    earlier = "سيطرت هيئة تحرير الشام على بسيدا بعد انسحاب الجيش."
    _ingest(store, "old", earlier, "SOHR", [("بسيدا", BSIDA, date(2019, 2, 1), dict(
        sub="Non-state actor overtakes territory", actor1=HTS, actor2=MFS))])
    for name in ("بسيدا", "Bsida", "bsida", "ocha:C3976"):
        timeline = store.control_timeline(name)
        assert [(t["date"], t["controller"], t["previous"]) for t in timeline] == [
            ("2019-02-01", HTS, None), ("2020-01-26", MFS, HTS)], name
    assert store.control_timeline("بسيدا")[1]["sources"] == ["RT"]
    before = store.control_on(date(2020, 1, 25), admin1="Idleb")
    assert [(r["place"], r["controller"], r["since"]) for r in before] == [("Bsida", HTS, "2019-02-01")]
    after = store.control_on(date(2020, 1, 26), admin1="idleb")
    assert len(after) == len(SEED_001_VILLAGES) == 9
    assert {r["controller"] for r in after} == {MFS} and {r["since"] for r in after} == {"2020-01-26"}
    assert {r["name_ar"] for r in after} == {v[0] for v in SEED_001_VILLAGES}
    assert store.control_on(date(2020, 1, 26), admin1="Aleppo") == []


def test_control_ignores_other_event_types(store):
    _ingest(store, "a", TEXT_A, "RT", [("بسيدا", BSIDA, date(2020, 1, 26), dict(sub="Armed clash", actor2=HTS))])
    assert store.control_timeline("Bsida") == []
    assert store.control_on(date(2020, 2, 1)) == []


def test_query_filters(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    _ingest(store, "strike", TEXT_C, "SOHR", [("بسيدا", BSIDA, date(2020, 1, 20), dict(
        sub="Air/drone strike", event_type="Explosions/Remote violence", actor1="Military Forces of Russia"))])

    def ids(**kw):
        return [e["location"]["name"] for e in store.query_events(EventQuery(limit=None, **kw))]

    assert len(ids()) == 10
    assert ids(date_to=date(2020, 1, 25)) == ["Bsida"]
    assert len(ids(date_from=date(2020, 1, 26), date_to=date(2020, 1, 26))) == 9
    assert len(ids(admin1="IDLEB")) == 10 and ids(admin1="Aleppo") == []
    assert ids(place="الحامدية") == ["Hamidiyeh"] and ids(place="ocha:C4100") == ["Babulin"]
    assert ids(actor="russia") == ["Bsida"]
    assert ids(event_type="Explosions/Remote violence") == ["Bsida"]
    assert len(ids(sub_event_type="Government regains territory")) == 9
    assert sorted(ids(source="SANA")) == ["Khan Elsobol", "Ma'saran", "Sawamea"]
    assert store.count_events(EventQuery(source="rt")) == 6
    page = store.query_events(EventQuery(limit=4, offset=4))
    every = store.query_events(EventQuery(limit=None))
    assert [e["event_id"] for e in page] == [e["event_id"] for e in every[4:8]]
    assert [e["event_date"] for e in every] == sorted(e["event_date"] for e in every)


def test_get_article_evidence_points_into_the_text(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    art = store.get_article(d.article.id)
    assert art["text"] == d.article.text and art["published"] == "2020-01-27"
    assert len(art["events"]) == 9 and len(art["reports"]) == 9
    assert art["evidence"]
    for ev in art["evidence"]:
        assert art["text"][ev["start"]:ev["end"]] == ev["text"]
        assert ev["event_id"] in art["events"]
    assert {e["text"] for e in art["evidence"] if e["field"] == "location"} == {v[0] for v in SEED_001_VILLAGES}
    assert store.get_article("nope") is None and store.get_event("nope") is None


def test_list_places(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    places = store.list_places(admin1="Idleb")
    assert len(places) == 9 and all(p["events"] == 1 for p in places)
    bsida = next(p for p in places if p["gazetteer_id"] == "ocha:C3976")
    assert (bsida["name_ar"], bsida["latitude"]) == ("بسيدا", 35.589258)


def test_replace_extraction_swaps_events_atomically_and_remerges(store):
    _ingest(store, "a", TEXT_A, "RT", [("بسيدا", BSIDA, date(2020, 1, 26), dict(fatalities=5))])
    _ingest(store, "b", TEXT_B, "SANA", [("بسيدا", BSIDA, date(2020, 1, 26), dict(fatalities=3))])
    assert store.query_events(EventQuery())[0]["fatalities"] == 3
    # b is re-read: now it is about Hamidiyeh, with 4 dead
    art_b = store.load_article("b")
    new = doc(art_b, [event("b", 1, TEXT_B, "بسيدا", HAMIDIYEH, date(2020, 1, 26), fatalities=4)])
    res = store.replace_extraction("b", new)
    assert res.status == "reprocessed" and res.events == 1
    rows = {e["location"]["name"]: e for e in store.query_events(EventQuery())}
    assert set(rows) == {"Bsida", "Hamidiyeh"}
    assert rows["Bsida"]["fatalities"] == 5 and [r["doc_id"] for r in rows["Bsida"]["reports"]] == ["a"]
    assert rows["Hamidiyeh"]["fatalities"] == 4
    assert store.counts()["canonical_reports"] == 2
    # b now says nothing: its canonical event goes, nothing orphaned
    store.replace_extraction("b", doc(art_b, []))
    assert store.counts()["canonical_events"] == 1 and store.counts()["mentions"] == 1


def test_failed_article_leaves_nothing_behind(store):
    a = _article("a", TEXT_A, "RT")
    bad = doc(a, [event("a", 1, TEXT_A, "بسيدا", BSIDA, date(2020, 1, 26))])
    bad.mentions[0].data = {"not json": object()}  # fails half-way through the transaction
    with pytest.raises(TypeError):
        store.ingest(a, bad)
    assert store.counts() == {k: 0 for k in store.counts()}
    assert store.ingest(a, doc(a, [])).status == "new"


def test_records_round_trip_through_json(store):
    d = seed_001_doc()
    store.ingest(d.article, d)
    ev = store.query_events(EventQuery(place="بسيدا"))[0]
    assert json.loads(json.dumps(ev, ensure_ascii=False)) == ev
    assert ev["location"]["gazetteer_id"] == "ocha:C3976" and ev["event_date"] == "2020-01-26"
    assert ev["evidence"]["text"] == "بسيدا" and ev["event_id"].startswith("evt-")


def test_a_new_migration_upgrades_an_existing_store_keeping_its_data(tmp_path, monkeypatch):
    from marsad.store import sqlite as sqlite_store
    from marsad.store.schema import MIGRATIONS, Migration

    s = open_store(tmp_path)
    d = seed_001_doc()
    s.ingest(d.article, d)
    s.close()
    v2 = Migration(LATEST + 1, "article language", ("ALTER TABLE articles ADD COLUMN language TEXT",))
    monkeypatch.setattr(sqlite_store, "MIGRATIONS", MIGRATIONS + (v2,))
    monkeypatch.setattr(sqlite_store, "LATEST", LATEST + 1)
    s = open_store(tmp_path)
    try:
        assert s.schema_version() == LATEST + 1
        assert [r[0] for r in s.conn.execute("SELECT version FROM schema_version ORDER BY version")] == \
            list(range(1, LATEST + 2))
        assert s.conn.execute("SELECT language FROM articles").fetchall() == [(None,)]
        assert s.counts()["canonical_events"] == 9
    finally:
        s.close()


def test_canonical_date_and_precision_come_from_the_same_report():
    """The canonical date is that of the report dated most precisely, and its precision goes with
    it: never one report's date with another's precision."""
    from marsad.store.merge import canonical_record
    text = TEXT_A
    month = event("a", 1, text, "بسيدا", BSIDA, date(2020, 1, 1), sources=("RT", "SANA")).to_dict()
    month.update(time_precision=3)
    day = event("b", 1, text, "بسيدا", BSIDA, date(2020, 1, 2)).to_dict()
    rec = canonical_record([month, day])
    assert rec["reports"][0]["doc_id"] == "a"  # the primary report is the month-dated one
    assert (rec["event_date"], rec["time_precision"]) == ("2020-01-02", 1)
    month2 = dict(month, event_id="c-E1", doc_id="c")
    rec = canonical_record([month, month2])
    assert (rec["event_date"], rec["time_precision"]) == ("2020-01-01", 3)
