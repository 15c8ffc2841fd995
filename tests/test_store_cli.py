"""The store's commands: ingest, reprocess, events, export, control."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.store import open_store
from knowledge_helpers import broken_knowledge
from store_helpers import MFS, SEED_000, SEED_001_VILLAGES, SEEDS, seed_000_doc, seed_001_doc

# ACLED's export columns, in order (../shared/docs/acled.md)
ACLED_31 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture
def home(tmp_path) -> Path:
    """A data directory holding the two seeds with hand-built events (9 captured villages)."""
    store = open_store(tmp_path)
    for d in (seed_000_doc(), seed_001_doc()):
        store.ingest(d.article, d)
    store.close()
    return tmp_path


def run(home: Path, *args: str):
    return CliRunner().invoke(main, list(args), env={"MARSAD_HOME": str(home)}, catch_exceptions=False)


def counts(home: Path) -> dict[str, int]:
    store = open_store(home)
    try:
        return store.counts()
    finally:
        store.close()


def test_ingest_seeds_twice_leaves_the_same_counts(tmp_path):
    first = run(tmp_path, "ingest", str(SEEDS), "--published", "2020-01-27")
    assert first.exit_code == 0, first.stderr
    assert "2 new, 0 already stored" in first.stderr
    after_first = counts(tmp_path)
    second = run(tmp_path, "ingest", str(SEEDS), "--published", "2020-01-27")
    assert second.exit_code == 0 and "0 new, 2 already stored" in second.stderr
    assert counts(tmp_path) == after_first and after_first["articles"] == 2
    store = open_store(tmp_path)
    art = store.get_article("001_66456859eb77b8a6")
    store.close()
    assert art["published"] == "2020-01-27" and art["text"] == (SEEDS / "001_66456859eb77b8a6.txt").read_text()


def test_ingest_reports_a_missing_input_and_goes_on(tmp_path):
    res = run(tmp_path, "ingest", "--quiet", str(tmp_path / "nope.txt"), str(SEEDS / "000_fc843bc12e8cb1da.txt"))
    assert res.exit_code == 1
    assert "nope.txt" in res.stderr and counts(tmp_path)["articles"] == 1


def test_reprocess_keeps_counts_for_an_unchanged_pipeline(tmp_path):
    assert run(tmp_path, "ingest", "-q", str(SEEDS), "--published", "2020-01-27").exit_code == 0
    before = counts(tmp_path)
    res = run(tmp_path, "reprocess")
    assert res.exit_code == 0, res.stderr
    assert "2 reprocessed" in res.stderr and counts(tmp_path) == before


def test_acled_csv_export_has_the_31_columns_and_round_trips(home, tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("an older export\n")
    res = run(home, "export", "--format", "acled-csv", "--out", str(out))
    assert res.exit_code == 0 and "exported 9 events" in res.stderr
    text = out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ACLED_31 and len(rows) == 10 and all(len(r) == 31 for r in rows)
    records = list(csv.DictReader(io.StringIO(text)))
    bsida = next(r for r in records if r["location"] == "Bsida")
    assert (bsida["event_date"], bsida["sub_event_type"], bsida["actor1"], bsida["admin1"]) == (
        "2020-01-26", "Government regains territory", MFS, "Idleb")
    assert (float(bsida["latitude"]), float(bsida["longitude"]), bsida["fatalities"]) == (35.589258, 36.652304, "0")
    assert "RT" in bsida["source"]
    assert sorted(r["location"] for r in records) == sorted(v[1] for v in SEED_001_VILLAGES)
    again = io.StringIO()
    csv.writer(again, lineterminator="\r\n" if "\r\n" in text else "\n").writerows(rows)
    assert again.getvalue() == text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def test_geojson_and_jsonl_exports(home, tmp_path):
    res = run(home, "export", "--format", "geojson", "--out", str(tmp_path / "e.geojson"))
    assert res.exit_code == 0 and "1 without coordinates left out" in res.stderr
    fc = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 8
    bsida = next(f for f in fc["features"] if f["properties"]["location"] == "Bsida")
    assert bsida["geometry"] == {"type": "Point", "coordinates": [36.652304, 35.589258]}
    res = run(home, "export", "--format", "jsonl", "--place", "الصوامع")
    lines = res.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["sources"] == ["SANA"]


def test_events_filters_and_table(home):
    res = run(home, "events", "--type", "government regains territory", "--admin1", "Idleb", "--format", "table")
    lines = res.stdout.splitlines()
    assert res.exit_code == 0 and lines[0].split()[:3] == ["date", "type", "actor1"] and len(lines) == 10
    assert all(line.startswith("2020-01-26") for line in lines[1:])
    assert len(run(home, "events", "--limit", "3").stdout.splitlines()) == 3
    sana = [json.loads(line) for line in run(home, "events", "--source", "SANA").stdout.splitlines()]
    assert sorted(e["location"]["name_ar"] for e in sana) == ["الصوامع", "خان السبل", "معصران"]
    assert run(home, "events", "--from", "2020-01-27").stdout == ""
    assert len(run(home, "events", "--actor", "military forces", "--to", "2020-01-26").stdout.splitlines()) == 9
    assert run(home, "events", "--type", "Battles").stdout.count("\n") == 9
    bad = run(home, "events", "--type", "Picnic")
    assert bad.exit_code == 2 and "'Picnic' is not an ACLED event type" in bad.output


def test_control_commands(home):
    res = run(home, "control", "بسيدا")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("2020-01-26  Bsida") and MFS in lines[1]
    rec = json.loads(run(home, "control", "ocha:C3976", "--format", "jsonl").stdout)
    assert (rec["date"], rec["controller"], rec["sources"]) == ("2020-01-26", MFS, ["RT"])
    held = [json.loads(x) for x in run(home, "control", "--date", "2020-01-26", "--admin1", "Idleb",
                                       "--format", "jsonl").stdout.splitlines()]
    assert len(held) == 9 and {(h["controller"], h["since"]) for h in held} == {(MFS, "2020-01-26")}
    assert run(home, "control", "--date", "2020-01-25", "--admin1", "Idleb").stdout.splitlines()[1:] == []
    missing = run(home, "control", "Atlantis")
    assert missing.exit_code == 1 and "no control changes recorded for 'Atlantis'" in missing.stderr
    assert run(home, "control").exit_code == 1



def _ingest_on_a_terminal(home: Path, *args: str) -> str:
    """Run ``marsad ingest`` with stderr on a pseudo-terminal (120 columns); what it showed there."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", *args], stdout=subprocess.DEVNULL,
                            stderr=slave, env={**os.environ, "MARSAD_HOME": str(home)})
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    return out.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    shown = _ingest_on_a_terminal(tmp_path / "a", str(SEEDS), "--published", "2020-01-27")
    assert "ingest: 100%" in shown and "2/2 [" in shown and "article/s]" in shown  # count, elapsed<ETA, rate
    assert "2 new" in shown
    assert _ingest_on_a_terminal(tmp_path / "b", "--quiet", str(SEEDS)) == ""
    res = run(tmp_path / "c", "ingest", str(SEEDS))  # not a terminal: the summary line only
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"marsad: {tmp_path / 'c' / 'marsad.db'}: 2 new, 0 already stored")


def test_reprocess_replaces_events_when_extraction_changes(home, monkeypatch):
    """After a lexicon change the pipeline finds fewer villages: reprocess replaces each article's
    events and mentions and re-merges."""
    from marsad.store import commands

    def new_lexicons(self, article):
        d = seed_001_doc(article) if article.id.startswith("001") else seed_000_doc()
        d.events = d.events[:2]
        d.mentions = d.mentions[:2]
        return d

    monkeypatch.setattr(commands._LazyPipeline, "__call__", new_lexicons)
    before = counts(home)
    res = run(home, "reprocess", "--quiet")
    assert res.exit_code == 0 and res.stderr == ""
    after = counts(home)
    assert (before["events"], after["events"]) == (9, 2)
    assert (after["articles"], after["mentions"], after["canonical_events"], after["canonical_reports"]) == (2, 2, 2, 2)
    names = sorted(json.loads(x)["location"]["name"] for x in run(home, "events").stdout.splitlines())
    assert names == ["Bsida", "Hamidiyeh"]


def test_a_broken_knowledge_file_stops_ingest_and_reprocess_at_once_and_keeps_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "-q", str(SEED_000)]).exit_code == 0
    before = runner.invoke(main, ["events", "--limit", "0"]).stdout
    assert before.count("\n") == 3

    broken = broken_knowledge(tmp_path, monkeypatch, "triggers.yaml", lambda _: "families: [unclosed\n")
    for args in (["reprocess", "-q"], ["ingest", "-q", str(SEEDS)]):
        res = runner.invoke(main, args)
        assert res.exit_code == 1, args
        line, = res.stderr.splitlines()
        assert line.startswith(f"marsad: cannot start the pipeline: {broken}:2: not valid YAML ("), line
    assert runner.invoke(main, ["events", "--limit", "0"]).stdout == before
