"""``marsad extract``: inputs to events on stdout or --out, problems on stderr, exit codes 0/1/2."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from knowledge_helpers import broken_knowledge
from marsad.cli import main
from marsad.doc import Doc
from marsad.export import ACLED_COLUMNS
from marsad.model import Event, Location
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
SAMPLE_IDS = ["sample-01-idleb-villages", "sample-02-suqaylabiyah-shelling", "sample-03-jabal-zawiya-airstrikes",
              "sample-04-daraa-ied", "sample-05-sweida-protest-jasim-arrest", "sample-06-latakia-attack-claim"]


def one_event_per_article(doc: Doc, resources: Resources) -> None:
    """Stand-in for the event stages: one event per article, placed at Saraqib when it is named."""
    if "boom" in doc.text:
        raise RuntimeError("boom")
    if "stop" in doc.text:
        raise KeyboardInterrupt
    where = Location(name="Saraqab", name_ar="سراقب", admin1="Idleb", country="Syria", latitude=35.8623,
                     longitude=36.8, geo_precision=1) if "سراقب" in doc.text else None
    a = doc.article
    doc.events.append(Event(doc_id=a.id, event_id=f"{a.id}-e1", event_type="Battles", sub_event_type="Armed clash",
                            location=where, event_date=a.published, sources=[a.source] if a.source else []))


@pytest.fixture
def fake_pipeline(monkeypatch, tmp_path):
    pipeline = Pipeline(Resources(tmp_path), [("events", one_event_per_article)])
    monkeypatch.setattr(Pipeline, "default", classmethod(lambda cls, *a, **kw: pipeline))


@pytest.fixture
def home(monkeypatch, tmp_path):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["extract", *args], input=stdin, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def marsad_command() -> list[str]:
    exe = Path(sys.executable).with_name("marsad")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad.cli"]


# -- the real pipeline -------------------------------------------------------------------------------

def test_seeds_give_valid_jsonl_and_exit_0(tmp_path):
    assert len(SEEDS) == 2
    env = dict(os.environ, MARSAD_HOME=str(tmp_path / "home"))
    proc = subprocess.run([*marsad_command(), "extract", *map(str, SEEDS), "--published", "2020-01-27",
                           "--format", "jsonl"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    for record in jsonl(proc.stdout):
        assert record["doc_id"] in {p.stem for p in SEEDS}
        Event.from_dict(record)  # a valid contract record


def test_samples_in_every_format(home):
    res = run("--samples", "--format", "jsonl")
    assert (res.exit_code, res.stderr) == (0, "")
    assert {r["doc_id"] for r in jsonl(res.stdout)} <= set(SAMPLE_IDS)
    res = run("--samples", "--format", "csv")
    assert res.exit_code == 0
    assert next(csv.reader(io.StringIO(res.stdout))) == list(ACLED_COLUMNS)
    res = run("--samples", "--format", "geojson")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["type"] == "FeatureCollection"


# -- plumbing, with a stand-in event stage -----------------------------------------------------------

def test_samples_are_packaged_with_dates_and_sources(fake_pipeline):
    res = run("--samples")
    assert (res.exit_code, res.stderr) == (0, "")
    records = jsonl(res.stdout)
    assert [r["doc_id"] for r in records] == SAMPLE_IDS
    assert [r["event_date"] for r in records] == [
        "2020-01-30", "2020-02-03", "2020-02-10", "2020-03-02", "2020-06-08", "2020-02-16"]
    assert [r["sources"] for r in records] == [["RT"], ["SANA"], ["SOHR"], ["Sputnik"], ["Enab Baladi"], ["RT"]]


def test_bad_inputs_are_reported_and_good_ones_still_written(fake_pipeline, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes("تقدم الجيش نحو سراقب".encode("cp1256"))
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "j1", "text": "نص"}\n{"id": "j2", "text": \n{"id": "j3", "text": "نص"}\n', encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"ab\x00cd")
    res = run(str(good), str(batch), str(binary), str(tmp_path / "nope.txt"), "--published", "2020-01-27")
    assert res.exit_code == 1
    assert [r["doc_id"] for r in jsonl(res.stdout)] == ["good", "j1", "j3"]
    assert res.stderr.splitlines() == [
        f"marsad: {batch}:2: not valid JSON (Expecting value, column 22)",
        f"marsad: {binary}: binary file (NUL bytes)",
        f"marsad: {tmp_path / 'nope.txt'}: no such file or directory",
    ]


def test_a_failing_stage_costs_only_its_article(fake_pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص سليم", encoding="utf-8")
    res = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert res.exit_code == 1
    assert [r["doc_id"] for r in jsonl(res.stdout)] == ["b"]
    assert res.stderr == f"marsad: {tmp_path / 'a.txt'}: could not process article (RuntimeError: boom)\n"


def test_stdin_jsonl(fake_pipeline):
    res = run("-", stdin='{"id": "s1", "text": "قصف على سراقب", "published": "2020-02-01"}\n'.encode("utf-8"))
    assert res.exit_code == 0
    (rec,) = jsonl(res.stdout)
    assert (rec["doc_id"], rec["event_date"], rec["location"]["name_ar"]) == ("s1", "2020-02-01", "سراقب")


def test_no_input_reads_stdin(fake_pipeline):
    res = run("--published", "2020-01-27", stdin="بسط الجيش السوري".encode("utf-8"))
    assert res.exit_code == 0
    assert [(r["doc_id"], r["event_date"]) for r in jsonl(res.stdout)] == [("stdin", "2020-01-27")]


def test_geojson_counts_events_without_coordinates(fake_pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("قصف على سراقب", encoding="utf-8")
    (tmp_path / "b.txt").write_text("قصف في مكان ما", encoding="utf-8")
    res = run(str(tmp_path), "--format", "geojson")
    assert res.exit_code == 0
    assert [f["id"] for f in json.loads(res.stdout)["features"]] == ["a-e1"]
    assert res.stderr == "marsad: 1 event(s) without coordinates left out of the GeoJSON\n"


def test_max_article_mb(fake_pipeline, tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("ا" * 1000, encoding="utf-8")
    res = run(str(p), "--max-article-mb", "0.001")
    assert res.exit_code == 1
    assert res.stderr == f"marsad: {p}: article too large (2 kB > 1 kB limit)\n"


# -- --out -----------------------------------------------------------------------------------------

def test_out_is_written_atomically(fake_pipeline, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("قصف على سراقب", encoding="utf-8")
    out = tmp_path / "events.csv"
    out.write_text("old content", encoding="utf-8")
    res = run(str(src), "--format", "csv", "--out", str(out))
    assert (res.exit_code, res.stdout, res.stderr) == (0, "", "")
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["event_id_cnty"], r["location"], r["country"], r["iso"]) for r in rows] == [
        ("a-e1", "Saraqab", "Syria", "760")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "events.csv"]  # no temporary file left


def test_out_is_kept_when_no_input_can_be_read(fake_pipeline, tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    res = run(str(tmp_path / "missing.txt"), "--out", str(out))
    assert res.exit_code == 1
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert res.stderr.splitlines() == [f"marsad: {tmp_path / 'missing.txt'}: no such file or directory",
                                       f"marsad: {out}: not written (no input could be read)"]
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_out_is_kept_when_the_run_is_interrupted(fake_pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b.txt").write_text("stop", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    res = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out))
    assert res.exit_code == 1  # click turns Ctrl-C into "Aborted!"
    assert res.stderr == "\nAborted!\n"
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "events.jsonl"]


# -- usage errors: exit 2, nothing read, nothing written ---------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["--published", "27/01/2020", "x.txt"], "'27/01/2020' is not a date in YYYY-MM-DD form"),
    (["--format", "xml", "x.txt"], "'xml' is not one of"),
    (["--out", "no/such/folder/e.jsonl", "x.txt"], "folder 'no/such/folder' does not exist"),
    (["--max-article-mb", "0", "x.txt"], "--max-article-mb"),
])
def test_usage_errors_exit_2(fake_pipeline, args, message):
    res = run(*args)
    assert res.exit_code == 2
    assert message in res.stderr
    assert res.stdout == ""


def test_out_must_not_be_an_input(fake_pipeline, tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "نص"}\n', encoding="utf-8")
    res = run(str(src), "--out", str(src))
    assert res.exit_code == 2
    assert "is also an input; marsad does not overwrite its inputs" in res.stderr
    assert src.read_text(encoding="utf-8") == '{"text": "نص"}\n'


def test_the_country_when_the_text_names_none(tmp_path, monkeypatch):
    # $MARSAD_COUNTRY replaces the default country (Syria) of unnamed civilians and forces
    text = "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق شعبي.\n"
    runner = CliRunner()
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    for country, civilians in ((None, "Civilians (Syria)"), ("Iraq", "Civilians (Iraq)")):
        if country:
            monkeypatch.setenv("MARSAD_COUNTRY", country)
        result = runner.invoke(main, ["extract", "-"], input=text)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout.splitlines()[0])["actor2"] == civilians
    # an unknown name stops the run at once, with one line naming the variable
    monkeypatch.setenv("MARSAD_COUNTRY", "Irak")
    result = runner.invoke(main, ["extract", "-"], input=text)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "marsad: MARSAD_COUNTRY: unknown country 'Irak' (an English name of data/actors/countries.yaml, "
        "such as Iraq or Yemen)"]


@pytest.fixture
def broken_cues(tmp_path, monkeypatch):
    """A copy of the event knowledge whose cues.yaml lost a list, as an analyst's edit might."""
    return broken_knowledge(tmp_path, monkeypatch, "cues.yaml", lambda t: t.replace("\ntoll_words:", "\nno_such_list:"))


def test_a_broken_knowledge_file_is_said_once_and_touches_no_output(broken_cues, home, tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("old export\n", encoding="utf-8")
    res = run(*map(str, SEEDS), "--samples", "--out", str(out))
    assert res.exit_code == 1
    assert res.stderr == f"marsad: cannot start the pipeline: {broken_cues}: missing the list 'toll_words'\n"
    assert out.read_text(encoding="utf-8") == "old export\n"
