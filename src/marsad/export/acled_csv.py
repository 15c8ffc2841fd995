"""Events in ACLED's export layout: 31 columns, in ACLED's order (../shared/docs/acled.md).

How marsad fills the columns that are not plain event fields:

- ``disorder_type``: Battles, Explosions/Remote violence, Violence against civilians -> "Political
  violence"; Protests, Riots -> "Demonstrations", except "Excessive force against protesters" ->
  "Political violence; Demonstrations"; Strategic developments -> "Strategic developments".
- ``interaction``: the two inter types joined by "-", in ACLED's inter code order (State forces 1,
  Rebel group 2, Political militia 3, Identity militia 4, Rioters 5, Protesters 6, Civilians 7,
  External/Other forces 8), lower code first as in ACLED's numeric codes (12 = "State forces-Rebel
  group"), whichever actor is actor1; one actor only -> "State forces only".
- ``civilian_targeting``: "Civilian targeting" when actor2 is Civilians or the event is Violence
  against civilians, else empty.
- ``iso``, ``region``: from the country (``data/acled_export.yaml``); the country name is put in
  ACLED's spelling ("Syrian Arab Republic" -> "Syria").
- ``source``, ``tags``: "; "-joined lists (ACLED's separator); ``source_scale``: the scales of the
  sources (same file), distinct, "-"-joined ("National-International").
- ``notes``: an English summary, then certainty and the Arabic evidence clause as written.
- ``tags``: certainty=..., injured=N when known, doc_id=..., gazetteer_id=... when resolved.
- ``timestamp``: Unix time of the export (one value for the whole export).

``export_rows`` yields typed values (None when empty); the CSV writer writes None as "".
"""
from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from marsad.export.base import Written, as_events
from marsad.io.knowledge import read_yaml
from marsad.model import Event, Location

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
INTER_ORDER: tuple[str, ...] = (
    "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
    "Civilians", "External/Other forces",
)
DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
BOTH_DISORDERS = "Political violence; Demonstrations"
LIST_SEP = "; "


@dataclass(frozen=True)
class Country:
    name: str
    iso: int
    region: str


@dataclass(frozen=True)
class AcledTables:
    """Country codes/regions and source scales, from ``marsad/data/acled_export.yaml``."""

    countries: dict[str, Country]  # any spelling, lower-cased -> Country
    source_scales: dict[str, str]  # outlet -> scale

    @classmethod
    def from_mapping(cls, raw: dict[str, Any]) -> "AcledTables":
        countries: dict[str, Country] = {}
        for name, info in raw["countries"].items():
            country = Country(name, int(info["iso"]), info["region"])
            for spelling in [name, *info.get("aliases", [])]:
                countries[spelling.lower()] = country
        return cls(countries, dict(raw["source_scales"]))

    def country(self, name: str | None) -> Country | None:
        return self.countries.get(name.strip().lower()) if name else None

    def source_scale(self, sources: Iterable[str]) -> str | None:
        scales = list(dict.fromkeys(s for src in sources if (s := self.source_scales.get(src))))
        return "-".join(scales) or None


@cache
def load_tables() -> AcledTables:
    """The packaged tables, read once (immutable)."""
    return AcledTables.from_mapping(read_yaml(Path(str(resources.files("marsad"))) / "data" / "acled_export.yaml"))


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type == "Excessive force against protesters":
        return BOTH_DISORDERS
    return DISORDER_TYPES[event_type]


def interaction(inter1: str | None, inter2: str | None) -> str | None:
    inters = [i for i in (inter1, inter2) if i]
    if not inters:
        return None
    if len(inters) == 1:
        return f"{inters[0]} only"
    rank = {name: i for i, name in enumerate(INTER_ORDER)}
    return "-".join(sorted(inters, key=lambda i: rank.get(i, len(INTER_ORDER))))


def civilian_targeting(ev: Event) -> str | None:
    if ev.inter2 == "Civilians" or ev.event_type == "Violence against civilians":
        return "Civilian targeting"
    return None


def notes(ev: Event, country: str | None = None) -> str:
    """English summary, certainty and the Arabic evidence, as ACLED's free-text notes."""
    loc = ev.location or Location()
    where = loc.name or loc.name_ar
    place = ", ".join(p for p in (loc.admin1, country or loc.country) if p)
    actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a) or "unidentified actors"
    parts = [f"On {ev.event_date.isoformat()}," if ev.event_date else "On an unknown date,",
             f"{ev.sub_event_type}: {actors}" + (f" at {where}" if where else "") + (f" ({place})." if place else "."),
             f"Fatalities: {ev.fatalities}" + (f", injured: {ev.injured}." if ev.injured is not None else "."),
             f"Certainty: {ev.certainty}" + (f" (according to {LIST_SEP.join(ev.sources)})." if ev.sources else ".")]
    if ev.evidence:
        parts.append(f"Evidence: «{ev.evidence.text}»")
    if ev.notes:
        parts.append(ev.notes)
    return " ".join(parts)


def tags(ev: Event) -> list[str]:
    out = [f"certainty={ev.certainty}"]
    if ev.injured is not None:
        out.append(f"injured={ev.injured}")
    out.append(f"doc_id={ev.doc_id}")
    if ev.location and ev.location.gazetteer_id:
        out.append(f"gazetteer_id={ev.location.gazetteer_id}")
    return out


def acled_row(ev: Event, timestamp: int, tables: AcledTables | None = None) -> dict[str, Any]:
    """One event as ACLED's 31 columns (typed values, None when empty)."""
    tables = tables or load_tables()
    loc = ev.location or Location()
    country = tables.country(loc.country)
    return {
        "event_id_cnty": ev.event_id,
        "event_date": ev.event_date.isoformat() if ev.event_date else None,
        "year": ev.event_date.year if ev.event_date else None,
        "time_precision": ev.time_precision,
        "disorder_type": disorder_type(ev.event_type, ev.sub_event_type),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1, "assoc_actor_1": ev.assoc_actor_1, "inter1": ev.inter1,
        "actor2": ev.actor2, "assoc_actor_2": ev.assoc_actor_2, "inter2": ev.inter2,
        "interaction": interaction(ev.inter1, ev.inter2),
        "civilian_targeting": civilian_targeting(ev),
        "iso": country.iso if country else None,
        "region": country.region if country else None,
        "country": country.name if country else loc.country,
        "admin1": loc.admin1, "admin2": loc.admin2, "admin3": loc.admin3,
        "location": loc.name or loc.name_ar,
        "latitude": loc.latitude, "longitude": loc.longitude,
        "geo_precision": loc.geo_precision if ev.location else None,
        "source": LIST_SEP.join(ev.sources) or None,
        "source_scale": tables.source_scale(ev.sources),
        "notes": notes(ev, country.name if country else None),
        "fatalities": ev.fatalities,
        "tags": LIST_SEP.join(tags(ev)),
        "timestamp": timestamp,
    }


def export_rows(events: Iterable[Event | dict[str, Any]], timestamp: int | None = None) -> Iterator[dict[str, Any]]:
    """ACLED rows for ``events`` (Event objects or their dicts, e.g. from the store)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    tables = load_tables()
    for ev in as_events(events):
        yield acled_row(ev, stamp, tables)


def write_acled_csv(events: Iterable[Event | dict[str, Any]], fh: TextIO, timestamp: int | None = None) -> Written:
    """CSV with a header and ACLED's 31 columns; ``fh`` should be opened with ``newline=""``."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    written = Written()
    for row in export_rows(events, timestamp):
        writer.writerow(row)
        written.events += 1
    return written
