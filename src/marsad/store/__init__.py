"""marsad's event store: articles, mentions, per-report events and merged canonical events.

``open_store(home)`` opens the default backend, SQLite at ``$MARSAD_HOME/marsad.db``.
"""
from __future__ import annotations

from pathlib import Path

from marsad.store.base import EventQuery, IngestResult, Store, StoreError

DB_NAME = "marsad.db"


def open_store(home: Path | str | None = None) -> Store:
    """The SQLite store in ``home`` (default: ``marsad.config.data_home()``)."""
    from marsad.config import data_home
    from marsad.store.sqlite import SQLiteStore

    base = Path(home) if home is not None else data_home()
    return SQLiteStore.open(base / DB_NAME)


__all__ = ["DB_NAME", "EventQuery", "IngestResult", "Store", "StoreError", "open_store"]
