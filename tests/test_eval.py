"""``marsad eval``: gold matching rules, GSR scoring, the command and its errors."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.doc import Doc
from marsad.evaluation import EvalError, run_eval
from marsad.evaluation.gold import GoldDoc, check_fields, load_gold, score_gold
from marsad.evaluation.gsr import Item, score_task
from marsad.model import Article, Event, Location

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _event(sub: str, gid: str | None, name_ar: str, **kw) -> Event:
    et = {"Government regains territory": "Battles", "Armed clash": "Battles",
          "Air/drone strike": "Explosions/Remote violence", "Peaceful protest": "Protests"}[sub]
    return Event(doc_id="d", event_id="d-1", event_type=et, sub_event_type=sub,
                 location=Location(name_ar=name_ar, gazetteer_id=gid), **kw)


GOLD = [
    {"id": "E1", "required": True, "sub_event_type": "Government regains territory",
     "actor1": "Military Forces of Syria", "location": {"name_ar": "بسيدا", "pcode": "C3976"},
     "event_date": "2020-01-26", "date_tolerance_days": 0, "fatalities": 0, "reported_by": ["RT"]},
    {"id": "E2", "required": True, "sub_event_type": "Government regains territory",
     "actor1": "Military Forces of Syria", "location": {"name_ar": "كفر ياسين", "pcode": None},
     "event_date": "2020-01-26", "date_tolerance_days": 1, "fatalities": 0, "reported_by": ["RT"]},
    {"id": "O1", "required": False, "sub_event_type": "Armed clash",
     "location": {"name_ar": "معرة النعمان", "pcode": "C3985"}},
]


def _score(preds: list[Event]):
    doc = GoldDoc(Path("g.json"), Article(id="d", text="x"), GOLD)

    def run(article: Article) -> Doc:
        d = Doc.from_article(article)
        d.events = preds
        return d
    return score_gold([doc], run)


def test_gold_matching_by_pcode_or_name_and_optional_events():
    good = dict(actor1="Military Forces of Syria", event_date=date(2020, 1, 26), sources=["RT"])
    res = _score([
        _event("Government regains territory", "ocha:C3976", "بسيدا", **good),
        _event("Government regains territory", None, "كفر ياسين", **{**good, "event_date": date(2020, 1, 27)}),
        _event("Armed clash", "ocha:C3985", "معرة النعمان"),  # optional: not a false alarm
        _event("Air/drone strike", "ocha:C3916", "سراقب"),  # a false alarm
    ])
    assert (res.tp, len(res.misses), len(res.false_alarms), len(res.optional_hits)) == (2, 0, 1, 1)
    assert res.precision == pytest.approx(2 / 3)
    assert res.recall == 1.0
    assert res.f1 == pytest.approx(0.8)
    assert res.field_accuracy("event_date") == 1.0  # one day off is within E2's tolerance


def test_gold_needs_the_same_sub_event_and_pcode():
    res = _score([
        _event("Armed clash", "ocha:C3976", "بسيدا"),  # wrong sub-event
        _event("Government regains territory", "ocha:C9999", "بسيدا"),  # wrong pcode, right name
    ])
    assert (res.tp, len(res.misses), len(res.false_alarms)) == (0, 2, 2)


def test_field_checks():
    g = GOLD[0]
    ok = _event("Government regains territory", "ocha:C3976", "بسيدا", actor1="Military Forces of Syria",
                event_date=date(2020, 1, 26), sources=["RT"])
    assert check_fields(ok, g) == {"actor1": True, "fatalities": True, "sources": True, "event_date": True}
    bad = _event("Government regains territory", "ocha:C3976", "بسيدا", actor1="Hayat Tahrir al-Sham",
                 event_date=date(2020, 1, 25), sources=["RT", "SANA"], fatalities=3)
    assert check_fields(bad, g) == {"actor1": False, "fatalities": False, "sources": False, "event_date": False}


def test_gsr_scoring_counts():
    items = [Item("a-1", "x", "yes"), Item("a-2", "y", "easy no"), Item("a-3", "z", "difficult no")]
    hit = _event("Air/drone strike", None, "حلب")
    denied = _event("Air/drone strike", None, "حلب", certainty="denied")

    def run(article: Article) -> Doc:
        d = Doc.from_article(article)
        d.events = {"x": [hit], "y": [hit], "z": [denied]}[article.text]
        return d
    res = score_task(items, "ASSAULT", run)
    assert (res.tp, res.fp, res.fn, res.tn) == (1, 1, 0, 1)
    assert [i.id for i, _ in res.false_alarms] == ["a-2"]
    assert res.f1 == pytest.approx(2 / 3)


def test_gold_dev_scores_perfectly_with_the_ocha_gazetteer():
    rep = run_eval(SHARED / "gold" / "dev", None, SHARED / "data" / "ocha_syria" / "communities.csv")
    g = rep.gold
    assert (g.tp, len(g.misses), len(g.false_alarms)) == (11, 0, 0)
    assert {f: g.field_accuracy(f) for f in ("actor1", "fatalities", "event_date", "sources")} == {
        "actor1": 1.0, "fatalities": 1.0, "event_date": 1.0, "sources": 1.0}


def test_load_gold_reads_both_seeds():
    docs = load_gold(SHARED / "gold" / "dev")
    assert [d.article.id for d in docs] == ["000", "001"]
    assert docs[1].article.published == date(2020, 1, 27)
    assert sum(e.get("required", True) for d in docs for e in d.events) == 11


def test_eval_errors(tmp_path):
    with pytest.raises(EvalError, match="nothing to evaluate"):
        run_eval(None, None, None)
    with pytest.raises(EvalError, match="gold folder not found"):
        run_eval(tmp_path / "nope", None, None)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EvalError, match="bad.json"):
        run_eval(tmp_path, None, None)
    res = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "nope"), "--gsr", str(tmp_path / "nope")])
    assert res.exit_code != 0
    assert "nope: gold folder not found" in res.output


def test_eval_command_on_gold_only(tmp_path):
    out = tmp_path / "report.json"
    res = CliRunner().invoke(main, ["eval", "--gold", str(SHARED / "gold" / "dev"), "--no-gsr", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "gold/dev required events: P=1.000 R=1.000 F1=1.000" in res.output
    assert "GSR" not in res.output
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["gold"]["matched"] == 11
