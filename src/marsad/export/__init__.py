"""Event writers: JSON Lines (the contract's record), ACLED's 31-column CSV, GeoJSON."""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from marsad.export.acled_csv import ACLED_COLUMNS, acled_row, export_rows, write_acled_csv
from marsad.export.base import Written
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl
from marsad.model import Event

FORMATS = ("jsonl", "csv", "geojson")

__all__ = ["ACLED_COLUMNS", "FORMATS", "Written", "acled_row", "export_rows", "write_acled_csv",
           "write_events", "write_geojson", "write_jsonl"]


def write_events(events: Iterable[Event | dict[str, Any]], fh: TextIO, fmt: str) -> Written:
    """Write ``events`` to ``fh`` in ``fmt`` (one of ``FORMATS``)."""
    writers = {"jsonl": write_jsonl, "csv": write_acled_csv, "geojson": write_geojson}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return writers[fmt](events, fh)
