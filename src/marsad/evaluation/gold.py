"""Scoring against hand-made gold events (``../shared/gold/dev/*.json``).

A gold file names its article (path relative to the shared folder), the publication date to
pass, and its events. Required gold events are matched one to one, in file order, by the
first unmatched prediction with the same sub-event type and the same location: gazetteer id
``"ocha:" + pcode``, or the normalised Arabic name when the gold pcode is null (a gold event
without a location matches on the sub-event type alone). A prediction that matches no
required event but an optional one (``required: false``) is neither rewarded nor counted as
a false positive. On matched events, four fields are checked: actor1, fatalities, event date
(within ``date_tolerance_days``) and sources (as a set, against ``reported_by``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from marsad.doc import Doc
from marsad.model import Article, Event
from marsad.text.normalize import normalize

FIELDS = ("actor1", "fatalities", "event_date", "sources")


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file."""


@dataclass
class GoldDoc:
    path: Path
    article: Article
    events: list[dict[str, Any]]


@dataclass
class Match:
    gold: dict[str, Any]
    pred: Event
    fields: dict[str, bool]


@dataclass
class GoldResult:
    matches: list[Match] = field(default_factory=list)
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (doc, gold event)
    false_alarms: list[Event] = field(default_factory=list)
    optional_hits: list[tuple[str, Event]] = field(default_factory=list)  # (gold id, prediction)

    @property
    def tp(self) -> int:
        return len(self.matches)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + len(self.false_alarms))

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + len(self.misses))

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self, name: str) -> float:
        checked = [m.fields[name] for m in self.matches if name in m.fields]
        return _ratio(sum(checked), len(checked))

    def field_counts(self, name: str) -> tuple[int, int]:
        checked = [m.fields[name] for m in self.matches if name in m.fields]
        return sum(checked), len(checked)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def load_gold(gold_dir: Path) -> list[GoldDoc]:
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    return [_load_one(p, gold_dir) for p in files]


def _load_one(path: Path, gold_dir: Path) -> GoldDoc:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from exc
    try:
        rel = d["article"]
        events = d["events"]
    except (KeyError, TypeError) as exc:
        raise GoldError(f"{path}: missing key {exc}") from exc
    art_path = next((p for p in (gold_dir.parent.parent / rel, gold_dir / rel, gold_dir / Path(rel).name)
                     if p.exists()), None)
    if art_path is None:
        raise GoldError(f"{path}: article {rel} not found beside the gold folder")
    pub = d.get("published")
    article = Article(id=path.stem.split("_")[0], text=art_path.read_text(encoding="utf-8"),
                      published=date.fromisoformat(pub) if pub else None, origin=str(art_path))
    return GoldDoc(path, article, events)


def location_matches(pred: Event, gold: dict[str, Any]) -> bool:
    gl = gold.get("location")
    if not gl:
        return True
    loc = pred.location
    if loc is None:
        return False
    if gl.get("pcode"):
        return loc.gazetteer_id == "ocha:" + gl["pcode"]
    return bool(loc.name_ar) and normalize(loc.name_ar) == normalize(gl.get("name_ar") or "")


def event_matches(pred: Event, gold: dict[str, Any]) -> bool:
    return pred.sub_event_type == gold.get("sub_event_type") and location_matches(pred, gold)


def check_fields(pred: Event, gold: dict[str, Any]) -> dict[str, bool]:
    out = {
        "actor1": pred.actor1 == gold.get("actor1"),
        "fatalities": pred.fatalities == int(gold.get("fatalities") or 0),
        "sources": set(pred.sources) == set(gold.get("reported_by") or []),
    }
    if gold.get("event_date"):
        tol = int(gold.get("date_tolerance_days") or 0)
        g = date.fromisoformat(gold["event_date"])
        out["event_date"] = pred.event_date is not None and abs((pred.event_date - g).days) <= tol
    return out


def score_gold(docs: list[GoldDoc], run: Callable[[Article], Doc]) -> GoldResult:
    result = GoldResult()
    for gd in docs:
        preds = list(run(gd.article).events)
        used: set[int] = set()
        for g in (e for e in gd.events if e.get("required", True)):
            hit = next((i for i, p in enumerate(preds) if i not in used and event_matches(p, g)), None)
            if hit is None:
                result.misses.append((gd.article.id, g))
                continue
            used.add(hit)
            result.matches.append(Match(g, preds[hit], check_fields(preds[hit], g)))
        optional = [e for e in gd.events if not e.get("required", True)]
        for i, p in enumerate(preds):
            if i in used:
                continue
            opt = next((g for g in optional if event_matches(p, g)), None)
            if opt is not None:
                result.optional_hits.append((opt.get("id", "?"), p))
            else:
                result.false_alarms.append(p)
    return result
