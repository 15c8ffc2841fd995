"""The SQLite schema, versioned: ``PRAGMA user_version`` is the applied version and the
``schema_version`` table records when each migration ran. A migration is a list of statements
applied in one transaction; add a new ``Migration`` at the end, never edit an applied one.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        applied_at TEXT NOT NULL
    )""",
    # one row per distinct article text
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,            -- doc id (input id, suffixed with ~hash when taken)
        input_id TEXT NOT NULL,             -- the id the input gave
        content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the text
        outlet TEXT, url TEXT, title TEXT, published TEXT,
        text TEXT NOT NULL,
        origin TEXT,                        -- file[:line] it was read from
        ingested_at TEXT NOT NULL,
        extracted_at TEXT NOT NULL
    )""",
    # body fingerprints (marsad.store.fingerprint): the same story under another header
    """CREATE TABLE body_fingerprints (
        hash TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        skip INTEGER NOT NULL,
        body_start INTEGER NOT NULL,
        PRIMARY KEY (hash, article_id)
    )""",
    "CREATE INDEX body_fingerprints_article ON body_fingerprints(article_id)",
    # another outlet's copy of a stored article: its own header and metadata, linked to the
    # stored article; text is NULL when header + the stored article's body rebuilds it exactly
    """CREATE TABLE republications (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        outlet TEXT, url TEXT, title TEXT, published TEXT,
        header TEXT NOT NULL,
        body_start INTEGER NOT NULL,        -- where the shared body starts in the stored article
        text TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX republications_hash ON republications(content_hash)",
    "CREATE INDEX republications_article ON republications(article_id)",
    """CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, label TEXT, data TEXT NOT NULL
    )""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_kind_label ON mentions(kind, label)",
    # per-report events: what one article says
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        place_key TEXT NOT NULL, event_date TEXT,
        actor1 TEXT, actor2 TEXT,
        record TEXT NOT NULL                -- Event.to_dict() as JSON
    )""",
    "CREATE INDEX events_article ON events(article_id)",
    "CREATE INDEX events_group ON events(sub_event_type, place_key, event_date)",
    """CREATE TABLE evidence (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    )""",
    "CREATE INDEX evidence_event ON evidence(event_id)",
    # canonical events: reports merged across articles (marsad.store.merge)
    """CREATE TABLE canonical_events (
        id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        place_key TEXT NOT NULL, event_date TEXT,
        actor1 TEXT, actor2 TEXT, assoc_actor_1 TEXT, assoc_actor_2 TEXT,
        gazetteer_id TEXT, place_name TEXT, place_name_ar TEXT,
        place_norm TEXT, place_norm_ar TEXT,
        admin1 TEXT, admin2 TEXT, latitude REAL, longitude REAL,
        fatalities INTEGER NOT NULL, n_reports INTEGER NOT NULL,
        sources TEXT NOT NULL,              -- JSON list
        record TEXT NOT NULL                -- the canonical record as JSON
    )""",
    "CREATE INDEX canonical_group ON canonical_events(sub_event_type, place_key)",
    "CREATE INDEX canonical_date ON canonical_events(event_date)",
    "CREATE INDEX canonical_admin1 ON canonical_events(admin1 COLLATE NOCASE)",
    "CREATE INDEX canonical_gazetteer ON canonical_events(gazetteer_id)",
    # the link between canonical events and the reports behind them
    """CREATE TABLE canonical_reports (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE
    )""",
    "CREATE INDEX canonical_reports_canonical ON canonical_reports(canonical_id)",
    # territorial control: every canonical territory-change event, controller = actor1
    """CREATE VIEW control_changes AS
        SELECT id AS event_id, event_date AS date, sub_event_type, actor1 AS controller,
               place_key, gazetteer_id, place_name, place_name_ar, place_norm, place_norm_ar,
               admin1, admin2, latitude, longitude, sources
        FROM canonical_events
        WHERE sub_event_type IN ('Government regains territory', 'Non-state actor overtakes territory',
                                 'Non-violent transfer of territory')
          AND actor1 IS NOT NULL AND event_date IS NOT NULL AND place_key NOT LIKE 'noloc:%'""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, fingerprints, republications, mentions, events, evidence, canonical events, "
                 "links, control view", _V1),
)
LATEST = MIGRATIONS[-1].version
