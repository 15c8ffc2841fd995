"""What the export writers share: the count they return and Event/dict handling."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from marsad.model import Event


@dataclass
class Written:
    """How many events a writer wrote, and how many it had to leave out (GeoJSON: no coordinates)."""

    events: int = 0
    left_out: int = 0


def as_events(events: Iterable[Event | dict[str, Any]]) -> Iterator[Event]:
    """Events as ``Event`` objects; dicts (``Event.to_dict()``, store records with extra keys) are converted."""
    for ev in events:
        yield ev if isinstance(ev, Event) else Event.from_dict(ev)
