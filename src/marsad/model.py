"""marsad's one data model: Article -> Mentions -> Events.

Every field that comes from text carries an evidence ``Span`` with offsets into
``Article.text`` exactly as it was given (Python string indices). All classes are
plain dataclasses with ``to_dict``/``from_dict`` for a lossless JSON round-trip.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

CERTAINTIES = ("reported", "claimed", "denied")

# ACLED's 6 event types and 25 sub-event types (../shared/docs/acled.md).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}
# the forms of one crowd's event, least serious first: tellings of one protest make it the most
# serious form told (ACLED codes that one)
CROWD_SEVERITY: dict[str, int] = {"Peaceful protest": 0, "Protest with intervention": 1, "Violent demonstration": 2,
                                  "Excessive force against protesters": 3}


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of the article text, with its surface."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Span | None":
        return None if d is None else cls(int(d["start"]), int(d["end"]), d["text"])

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass
class Article:
    id: str
    text: str
    published: date | None = None
    source: str | None = None  # the outlet that published it
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file (and line) it was read from

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        pub = d.get("published")
        return cls(
            id=str(d["id"]), text=d["text"],
            published=date.fromisoformat(pub) if pub else None,
            source=d.get("source"), url=d.get("url"), title=d.get("title"), origin=d.get("origin"),
        )


@dataclass
class Mention:
    """Something recognised in the text: a place, actor, person, date, number, trigger, source...

    ``kind`` names the recogniser; ``label`` is the canonical value (an actor's ACLED name, a
    place's name, an ISO date); ``data`` holds the resolution (gazetteer id, coordinates,
    inter type, quantity, precision...) and the reasons behind it.
    """

    kind: str
    start: int
    end: int
    text: str
    label: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(**{f.name: d.get(f.name) for f in fields(cls) if f.name in d})


@dataclass
class Location:
    name: str | None = None  # English / romanised name
    name_ar: str | None = None  # Arabic name as in the gazetteer (or as written)
    gazetteer_id: str | None = None  # e.g. "ocha:C3976", None when nothing fits
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3  # ACLED: 1 town itself, 2 near/part of, 3 region

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Location | None":
        if d is None:
            return None
        return cls(**{f.name: d.get(f.name) for f in fields(cls) if f.name in d})


@dataclass
class Event:
    """One ACLED-style event record (../shared/docs/contract.md), with evidence per field."""

    doc_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    inter1: str | None = None
    inter2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    location: Location | None = None
    event_date: date | None = None
    time_precision: int = 1
    fatalities: int = 0
    injured: int | None = None
    sources: list[str] = field(default_factory=list)
    certainty: str = "reported"
    evidence: Span | None = None  # the clause the event was read from
    # evidence of each field, keyed by field name ("actor1", "location", "event_date", ...)
    field_evidence: dict[str, Span] = field(default_factory=dict)
    notes: str | None = None
    # the clauses of the article that told the event again (extraction notes them, the merge of
    # one article's events reads them; the record keeps them as «also told at» notes only)
    retold: list[Span] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.sub_event_type not in SUB_EVENT_TYPES:
            raise ValueError(f"unknown ACLED sub-event type: {self.sub_event_type!r}")
        if SUB_EVENT_TYPES[self.sub_event_type] != self.event_type:
            raise ValueError(f"{self.sub_event_type!r} is not a sub-event type of {self.event_type!r}")
        if self.certainty not in CERTAINTIES:
            raise ValueError(f"unknown certainty: {self.certainty!r}")

    def add_note(self, note: str) -> None:
        """Append ``note`` to the notes («; » between notes)."""
        self.notes = f"{self.notes}; {note}" if self.notes else note

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "event_id": self.event_id,
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "actor1": self.actor1, "actor2": self.actor2,
            "inter1": self.inter1, "inter2": self.inter2,
            "assoc_actor_1": self.assoc_actor_1, "assoc_actor_2": self.assoc_actor_2,
            "location": self.location.to_dict() if self.location else None,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "fatalities": self.fatalities, "injured": self.injured,
            "sources": list(self.sources), "certainty": self.certainty,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "field_evidence": {k: v.to_dict() for k, v in self.field_evidence.items()},
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        ed = d.get("event_date")
        return cls(
            doc_id=d["doc_id"], event_id=d["event_id"],
            event_type=d["event_type"], sub_event_type=d["sub_event_type"],
            actor1=d.get("actor1"), actor2=d.get("actor2"),
            inter1=d.get("inter1"), inter2=d.get("inter2"),
            assoc_actor_1=d.get("assoc_actor_1"), assoc_actor_2=d.get("assoc_actor_2"),
            location=Location.from_dict(d.get("location")),
            event_date=date.fromisoformat(ed) if ed else None,
            time_precision=int(d.get("time_precision", 1)),
            fatalities=int(d.get("fatalities") or 0), injured=d.get("injured"),
            sources=list(d.get("sources") or []), certainty=d.get("certainty", "reported"),
            evidence=Span.from_dict(d.get("evidence")),
            field_evidence={k: Span.from_dict(v) for k, v in (d.get("field_evidence") or {}).items()},
            notes=d.get("notes"),
        )
