"""``marsad eval``: how well the pipeline does on the gold events and on the GSR sentences.

``run_eval`` builds a pipeline (with the OCHA gazetteer imported into a temporary data
directory when a communities CSV is given, so scores do not depend on the user's data), scores
``gold.score_gold`` and ``gsr.score_task`` and writes a plain-text report.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from marsad.evaluation.gold import FIELDS, GoldError, GoldResult, load_gold, score_gold
from marsad.evaluation.gsr import TASKS, GSRError, TaskResult, load_items, score_task

__all__ = ["EvalError", "default_shared", "run_eval", "EvalReport"]


class EvalError(Exception):
    """Evaluation cannot run (missing folder, unreadable file); the message says which."""


def default_shared() -> Path | None:
    """The ``shared`` folder beside the repository (or beside the working directory)."""
    here = Path(__file__).resolve()
    for cand in (here.parents[3].parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if cand.is_dir():
            return cand.resolve()
    return None


@dataclass
class EvalReport:
    gold: GoldResult | None
    gsr: dict[str, TaskResult]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.gold is not None:
            g = self.gold
            out["gold"] = {
                "precision": g.precision, "recall": g.recall, "f1": g.f1, "matched": g.tp,
                "missed": [{"doc": d, **e} for d, e in g.misses],
                "false_alarms": [e.to_dict() for e in g.false_alarms],
                "optional_hits": [{"gold": gid, **e.to_dict()} for gid, e in g.optional_hits],
                "fields": {f: g.field_accuracy(f) for f in FIELDS},
                "matches": [{"gold": m.gold.get("id"), "fields": m.fields, "pred": m.pred.to_dict()}
                            for m in g.matches],
            }
        for task, r in self.gsr.items():
            out[task] = {
                "precision": r.precision, "recall": r.recall, "f1": r.f1,
                "tp": r.tp, "fp": r.fp, "fn": r.fn, "tn": r.tn,
                "misses": [{"id": i.id, "label": i.label, "text": i.text} for i in r.misses],
                "false_alarms": [{"id": i.id, "label": i.label, "text": i.text,
                                  "events": [f"{e.sub_event_type}: {e.notes}" for e in evs]}
                                 for i, evs in r.false_alarms],
            }
        return out


def run_eval(gold_dir: Path | None, gsr_dir: Path | None, ocha: Path | None) -> EvalReport:
    from marsad.pipeline import Pipeline, PipelineError
    from marsad.pipeline.resources import Resources

    if gold_dir is None and gsr_dir is None:
        raise EvalError("nothing to evaluate: give --gold and/or --gsr (../shared was not found)")
    for name, d in (("gold", gold_dir), ("GSR", gsr_dir)):
        if d is not None and not d.is_dir():
            raise EvalError(f"{d}: {name} folder not found")
    with tempfile.TemporaryDirectory(prefix="marsad-eval-") as tmp:
        home = Path(tmp)
        if ocha is not None:
            _import_ocha(home, ocha)
        pipeline = Pipeline.default(Resources(home=home))
        try:
            pipeline.warm_up()
            gold = score_gold(load_gold(gold_dir), pipeline) if gold_dir else None
            gsr = {t: score_task(load_items(gsr_dir, t), t, pipeline) for t in TASKS} if gsr_dir else {}
        except (GoldError, GSRError, PipelineError) as err:
            raise EvalError(str(err)) from err
    return EvalReport(gold, gsr)


def _import_ocha(home: Path, csv_path: Path) -> None:
    from marsad.geo.gazetteer import Gazetteer

    if not csv_path.is_file():
        raise EvalError(f"{csv_path}: OCHA communities file not found")
    gaz = Gazetteer.load(home)
    try:
        gaz.import_file(csv_path)
    finally:
        gaz.close()


def write_report(rep: EvalReport, out: TextIO, limit: int | None = 10) -> None:
    """Figures first, then the misses and false alarms (the first ``limit``; None: all)."""
    if rep.gold is not None:
        g = rep.gold
        out.write(f"gold/dev required events: P={g.precision:.3f} R={g.recall:.3f} F1={g.f1:.3f} "
                  f"(matched {g.tp}, missed {len(g.misses)}, false alarms {len(g.false_alarms)}, "
                  f"optional matched {len(g.optional_hits)})\n")
        for f in FIELDS:
            ok, n = g.field_counts(f)
            out.write(f"  {f:<11} {ok}/{n} = {g.field_accuracy(f):.3f}\n")
        for m in g.matches:
            bad = [k for k, v in m.fields.items() if not v]
            if bad:
                out.write(f"  field errors {m.gold.get('id')}: " + ", ".join(
                    f"{k}: got {_field(m.pred, k)!r} want {_gold_field(m.gold, k)!r}" for k in bad) + "\n")
        for doc, e in _cut(g.misses, limit):
            out.write(f"  MISS {e.get('id')}: {e.get('sub_event_type')} at "
                      f"{(e.get('location') or {}).get('name_ar')}\n")
        for e in _cut(g.false_alarms, limit):
            loc = e.location.name_ar if e.location else None
            out.write(f"  FALSE ALARM {e.event_id}: {e.sub_event_type} at {loc} ({e.notes})\n")
    for task, r in rep.gsr.items():
        out.write(f"GSR {task}: P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f} "
                  f"(tp {r.tp}, fp {r.fp}, fn {r.fn}, tn {r.tn})\n")
        for it in _cut(r.misses, limit):
            out.write(f"  MISS {it.id}: {it.text[:160]}\n")
        for it, evs in _cut(r.false_alarms, limit):
            why = "; ".join(f"{e.sub_event_type} [{e.notes}]" for e in evs[:2])
            out.write(f"  FALSE ALARM {it.id} ({it.label}): {it.text[:160]} => {why}\n")


def _cut(items: list, limit: int | None) -> list:  # type: ignore[type-arg]
    return items if limit is None else items[:limit]


def _field(ev: Any, name: str) -> Any:
    v = getattr(ev, name)
    return v.isoformat() if hasattr(v, "isoformat") else v


def _gold_field(g: dict[str, Any], name: str) -> Any:
    return g.get("reported_by") if name == "sources" else g.get(name)


def dump_json(rep: EvalReport, path: Path) -> None:
    path.write_text(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
