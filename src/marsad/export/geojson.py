"""Events as a GeoJSON FeatureCollection (RFC 7946) for QGIS, kepler.gl and web maps.

One Point feature per event at ``[longitude, latitude]`` (GeoJSON's order), ``id`` = event_id.
Properties are flat (no nested objects or arrays, which QGIS and kepler.gl read best): ACLED's
columns (``marsad.export.acled_csv``; latitude/longitude only in the geometry) plus marsad's own
``doc_id``, ``certainty``, ``injured``, ``gazetteer_id``, ``location_ar``, ``evidence``,
``evidence_start``, ``evidence_end``. Events without valid coordinates are left out and counted
(``Written.left_out``). The collection is written feature by feature, never held whole.
"""
from __future__ import annotations

import json
import math
import time
from typing import Any, Iterable, TextIO

from marsad.export.acled_csv import acled_row, load_tables
from marsad.export.base import Written, as_events
from marsad.model import Event

HEAD = '{"type": "FeatureCollection", "features": [\n'
TAIL = "\n]}\n"


def coordinates(ev: Event) -> tuple[float, float] | None:
    """(longitude, latitude) when the event has valid ones."""
    loc = ev.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    try:
        lon, lat = float(loc.longitude), float(loc.latitude)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def feature(ev: Event, timestamp: int) -> dict[str, Any] | None:
    point = coordinates(ev)
    if point is None:
        return None
    props = acled_row(ev, timestamp, load_tables())
    del props["latitude"], props["longitude"]
    loc = ev.location
    props.update({
        "doc_id": ev.doc_id, "certainty": ev.certainty, "injured": ev.injured,
        "gazetteer_id": loc.gazetteer_id if loc else None, "location_ar": loc.name_ar if loc else None,
        "evidence": ev.evidence.text if ev.evidence else None,
        "evidence_start": ev.evidence.start if ev.evidence else None,
        "evidence_end": ev.evidence.end if ev.evidence else None,
    })
    return {"type": "Feature", "id": ev.event_id,
            "geometry": {"type": "Point", "coordinates": [point[0], point[1]]}, "properties": props}


def write_geojson(events: Iterable[Event | dict[str, Any]], fh: TextIO, timestamp: int | None = None) -> Written:
    stamp = int(time.time()) if timestamp is None else timestamp
    written = Written()
    fh.write(HEAD)
    for ev in as_events(events):
        feat = feature(ev, stamp)
        if feat is None:
            written.left_out += 1
            continue
        fh.write((",\n" if written.events else "") + json.dumps(feat, ensure_ascii=False))
        written.events += 1
    fh.write(TAIL)
    return written
