"""The storage interface: what the CLI and the web API need from an event store.

``SQLiteStore`` (``marsad.store.sqlite``) implements it with the standard library; a PostgreSQL
backend would implement the same ``Store`` protocol. Records are plain dicts shaped like the
contract's event record (``Event.to_dict()``), so callers never see SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator, Protocol, runtime_checkable

from marsad.doc import Doc
from marsad.model import Article


class StoreError(Exception):
    """A storage problem the user can act on (disk full, locked, corrupt, read-only...).

    ``str(err)`` is one line naming the database file and the problem.
    """


@dataclass
class EventQuery:
    """Filters over canonical (merged) events. ``None`` means "any"."""

    date_from: date | None = None
    date_to: date | None = None
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None  # place name (English or Arabic) or gazetteer id
    actor: str | None = None  # actor1, actor2 or an associated actor (substring, case-insensitive)
    event_type: str | None = None
    sub_event_type: str | None = None
    source: str | None = None  # one of the sources of the event or of one of its reports
    limit: int | None = 100  # None: no limit
    offset: int = 0


@dataclass
class IngestResult:
    """What ``Store.ingest`` did with one article.

    status: "new" (stored), "duplicate" (the same text was already stored: nothing done),
    "republished" (same body as a stored article under another header: stored and linked to it,
    its events merged as extra reports).
    """

    article_id: str
    status: str
    content_hash: str
    events: int = 0  # per-report events stored for this article
    canonical_events: list[str] = field(default_factory=list)  # canonical event ids touched
    duplicate_of: str | None = None  # the stored article with the same text or body


@runtime_checkable
class Store(Protocol):
    """An event store: articles, their mentions and per-report events, merged canonical events."""

    def ingest(self, article: Article, doc: Doc) -> IngestResult:
        """Store one article and what was extracted from it, in one transaction."""
        ...

    def replace_extraction(self, article_id: str, doc: Doc) -> IngestResult:
        """Replace the mentions and events of a stored article (reprocess), atomically."""
        ...

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in storage order."""
        ...

    def has_article(self, content_hash: str) -> bool:
        ...

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """{id, content_hash, outlet, url, title, published, text, events: [event_id],
        evidence: [{event_id, field, start, end}]}"""
        ...

    def query_events(self, q: EventQuery) -> list[dict[str, Any]]:
        """Canonical events: Event.to_dict() plus "reports": [{doc_id, outlet, sources,
        fatalities, evidence}]."""
        ...

    def count_events(self, q: EventQuery) -> int:
        ...

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One canonical event as in ``query_events`` plus "disagreements": [{field, values}]."""
        ...

    def list_places(self, admin1: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Places with events: {place, name_ar, gazetteer_id, latitude, longitude, admin1, admin2,
        events}."""
        ...

    def control_timeline(self, place: str) -> list[dict[str, Any]]:
        """Control changes of a place (name in Arabic/English, or gazetteer id), oldest first:
        {date, place, gazetteer_id, controller, sources, event_id}."""
        ...

    def control_on(self, day: date, admin1: str | None = None) -> list[dict[str, Any]]:
        """Who held each place on ``day`` (latest change on or before it):
        {place, name_ar, gazetteer_id, latitude, longitude, admin1, controller, since}."""
        ...

    def counts(self) -> dict[str, int]:
        """Row counts: articles, mentions, events, canonical_events, links."""
        ...

    def close(self) -> None:
        ...

