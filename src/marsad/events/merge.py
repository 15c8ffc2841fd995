"""The ``merge`` stage: the same event told twice in one article becomes one record.

Two events of an article are the same when they have the same sub-event type, the same place
(gazetteer id, else the normalised Arabic name) and the same day, and their actors do not
contradict each other (equal, one unknown, or an unidentified armed group and a named
non-state one, which the merged record keeps). ACLED's "same actors, same place, same day: one
event" also folds an armed clash into the capture of the same place on the same day.

The merged record keeps the first telling's evidence, unites the sources (first telling
first), fills unknown actors, takes the lowest non-zero casualty figure when two figures
disagree (ACLED: lowest credible number), the most precise date and place, and the firmest
certainty (reported > claimed > denied). Events with no place are never merged: nothing says
they are the same.
"""
from __future__ import annotations

from marsad.doc import Doc
from marsad.model import Event
from marsad.text.normalize import normalize

_FIRMNESS = {"reported": 2, "claimed": 1, "denied": 0}
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def stage(doc: Doc, resources) -> None:  # type: ignore[no-untyped-def]
    doc.events = merge_events(doc.events)
    for n, ev in enumerate(doc.events, 1):
        ev.event_id = f"{doc.article.id}-{n}"


def place_key(ev: Event) -> str | None:
    loc = ev.location
    if loc is None:
        return None
    if loc.gazetteer_id:
        return loc.gazetteer_id
    return normalize(loc.name_ar or loc.name or "") or None


def same_event(a: Event, b: Event) -> bool:
    key = place_key(a)
    if key is None or key != place_key(b):
        return False
    if a.event_date and b.event_date and a.event_date != b.event_date:
        return False
    if not _same_actor(a.actor1, a.inter1, b.actor1, b.inter1):
        return False
    if a.sub_event_type == b.sub_event_type:
        return True
    clash = {a.sub_event_type, b.sub_event_type} - set(_TERRITORY)
    return clash == {"Armed clash"} and (a.sub_event_type in _TERRITORY or b.sub_event_type in _TERRITORY)


_UNNAMED = "Unidentified Armed Group"
_NOT_ARMED_GROUP = ("State forces", "Civilians", "Protesters", "Rioters")


def _same_actor(x: str | None, x_inter: str | None, y: str | None, y_inter: str | None) -> bool:
    """Equal, one unknown, or an unidentified armed group and a named non-state armed group
    (SANA's «المجموعات الإرهابية» then «إرهابيين من تنظيم جبهة النصرة»)."""
    if not x or not y or x == y:
        return True
    if x.startswith(_UNNAMED) and y_inter not in _NOT_ARMED_GROUP:
        return True
    return y.startswith(_UNNAMED) and x_inter not in _NOT_ARMED_GROUP


def merge_events(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        for kept in out:
            if same_event(kept, ev):
                if ev.sub_event_type in _TERRITORY and kept.sub_event_type not in _TERRITORY:
                    _absorb(ev, kept)
                    out[out.index(kept)] = ev
                else:
                    _absorb(kept, ev)
                break
        else:
            out.append(ev)
    return out


def _absorb(a: Event, b: Event) -> None:
    """Fold the telling ``b`` into ``a`` (in place)."""
    a.sources = list(dict.fromkeys(a.sources + b.sources))
    a.fatalities = _lowest(a.fatalities, b.fatalities) or 0
    a.injured = _lowest(a.injured, b.injured)
    for side in ("1", "2"):
        mine, theirs = getattr(a, f"actor{side}"), getattr(b, f"actor{side}")
        if theirs is not None and (mine is None or mine.startswith(_UNNAMED) and not theirs.startswith(_UNNAMED)
                                   and side == "1"):
            setattr(a, f"actor{side}", getattr(b, f"actor{side}"))
            setattr(a, f"inter{side}", getattr(b, f"inter{side}"))
    # a date read in the text beats the article's default date
    if a.event_date is None or ("event_date" not in a.field_evidence and "event_date" in b.field_evidence):
        a.event_date, a.time_precision = b.event_date, b.time_precision
    if a.location and b.location:
        a.location.geo_precision = min(a.location.geo_precision, b.location.geo_precision)
    if _FIRMNESS[b.certainty] > _FIRMNESS[a.certainty]:
        a.certainty = b.certainty
    for k, span in b.field_evidence.items():
        a.field_evidence.setdefault(k, span)
    if b.evidence is not None:
        told = f"also told at {b.evidence.start}-{b.evidence.end}"
        a.notes = f"{a.notes}; {told}" if a.notes else told


def _lowest(x: int | None, y: int | None) -> int | None:
    values = [v for v in (x, y) if v]
    if values:
        return min(values)
    return 0 if 0 in (x, y) else None
