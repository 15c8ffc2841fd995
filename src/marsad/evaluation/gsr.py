"""Sentence-level detection against the Arabic event GSR (``../shared/eval/arabic_event_gsr``).

Each labelled sentence is processed as an article of its own (no outlet; its publication
date is the one in its document id when there is one, AAW_ARB_20071026.0026-2 -> 2007-10-26),
so a detection is what marsad finds in that sentence alone. Labels: "yes" is
positive, "easy no" and "difficult no" negative, "ambiguous" is left out. marsad's ACLED
event types map onto the two GSR labels as the dataset's README says:

    ASSAULT = Battles, Explosions/Remote violence, Violence against civilians
    PROTEST = Protests, Riots

Denied events (certainty "denied") are not detections.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from marsad.doc import Doc
from marsad.model import Article, Event

TASKS: dict[str, tuple[str, tuple[str, ...]]] = {
    # task -> (file, ACLED event types that count as a detection)
    "ASSAULT": ("assault_gsr.csv", ("Battles", "Explosions/Remote violence", "Violence against civilians")),
    "PROTEST": ("protest_gsr.csv", ("Protests", "Riots")),
}
POSITIVE = "yes"
_ID_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")
NEGATIVE = ("easy no", "difficult no")


class GSRError(Exception):
    """A GSR file that cannot be read; the message names the file (and line)."""


@dataclass
class Item:
    id: str
    text: str
    label: str  # "yes", "easy no", "difficult no"

    @property
    def positive(self) -> bool:
        return self.label == POSITIVE

    @property
    def published(self) -> date | None:
        """The document's date when its id carries one (AAW_ARB_20071026.0026-2 -> 2007-10-26)."""
        m = _ID_DATE.search(self.id)
        if not m:
            return None
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None

    @property
    def doc_id(self) -> str:
        """The source document: the id before its last "-" (or "_")."""
        cut = max(self.id.rfind("-"), self.id.rfind("_"))
        return self.id[:cut] if cut > 0 else self.id


@dataclass
class TaskResult:
    task: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[Item] = field(default_factory=list)
    false_alarms: list[tuple[Item, list[Event]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_items(gsr_dir: Path, task: str) -> list[Item]:
    path = gsr_dir / TASKS[task][0]
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GSRError(f"{path}: cannot read: {exc}") from exc
    items = []
    with fh:
        reader = csv.DictReader(fh)
        missing = {"id", "text", "label"} - set(reader.fieldnames or [])
        if missing:
            raise GSRError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for n, row in enumerate(reader, 2):
            label = (row.get("label") or "").strip()
            if label not in (POSITIVE, *NEGATIVE):
                continue  # "ambiguous" and anything unknown are left out
            if not row.get("text"):
                raise GSRError(f"{path}:{n}: empty text")
            items.append(Item(row["id"], row["text"], label))
    return items


def detected(events: Iterable[Event], task: str) -> list[Event]:
    types = TASKS[task][1]
    return [e for e in events if e.event_type in types and e.certainty != "denied"]


def score_task(items: list[Item], task: str, run: Callable[[Article], Doc]) -> TaskResult:
    res = TaskResult(task)
    for it in items:
        found = detected(run(Article(id=it.id, text=it.text, published=it.published)).events, task)
        if it.positive and found:
            res.tp += 1
        elif it.positive:
            res.fn += 1
            res.misses.append(it)
        elif found:
            res.fp += 1
            res.false_alarms.append((it, found))
        else:
            res.tn += 1
    return res
