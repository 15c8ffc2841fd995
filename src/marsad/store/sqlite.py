"""The SQLite event store (standard-library ``sqlite3``).

One file, ``$MARSAD_HOME/marsad.db``, in WAL mode with foreign keys on and a busy timeout.
Every article is stored in one transaction together with its mentions, its events and the
re-merged canonical events, so a run killed at any moment leaves whole articles only and a
rerun skips what is already stored (by content hash). ``synchronous=NORMAL``: a killed process
loses nothing committed; a power cut may lose the last commits, never corrupt the file.

Errors from SQLite become ``StoreError`` with one line naming the file and the problem.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from marsad.doc import Doc
from marsad.model import Article
from marsad.store import merge
from marsad.store.base import EventQuery, IngestResult, StoreError
from marsad.store.fingerprint import fingerprints
from marsad.store.schema import LATEST, MIGRATIONS
from marsad.text.normalize import normalize

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0  # seconds


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class SQLiteStore:
    """``marsad.store.base.Store`` over one SQLite file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, busy_timeout: float, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.busy_timeout = busy_timeout
        self.readonly = readonly
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str, busy_timeout: float | None = None, readonly: bool = False) -> "SQLiteStore":
        """Open (creating and migrating when needed) the store at ``path``.

        ``readonly`` opens an existing file for queries only (works in a read-only directory).
        """
        path = Path(path)
        timeout = busy_timeout if busy_timeout is not None else _env_timeout()
        _check_file(path, readonly)
        try:
            conn = _connect(path, timeout, readonly)
        except sqlite3.Error as err:
            raise _store_error(path, err, "cannot open") from None
        store = cls(path, conn, timeout, readonly)
        try:
            store._setup_waiting()
        except sqlite3.Error as err:
            conn.close()
            raise _store_error(path, err, "cannot open", timeout) from None
        except StoreError:
            conn.close()
            raise
        return store

    def _setup_waiting(self) -> None:
        """``_setup``, tried again while another process holds the lock, up to the busy timeout.
        SQLite answers "locked" at once, without waiting, to some lock upgrades (switching a new
        file to WAL while another process creates the schema), so its own busy handler is not
        enough when several processes open a new store together."""
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.02
        while True:
            try:
                self._setup()
                return
            except sqlite3.OperationalError as err:
                low = str(err).lower()
                if not ("locked" in low or "busy" in low) or time.monotonic() + pause > deadline:
                    raise
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def _setup(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("BEGIN")  # read both in one snapshot: another process may be creating the schema
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            c.execute("COMMIT")
        if version == 0 and tables:
            raise StoreError(f"{self.path}: an SQLite file but not a marsad database; left untouched")
        if version > LATEST:
            raise StoreError(f"{self.path}: database schema version {version} is newer than this marsad "
                             f"(knows up to {LATEST}); upgrade marsad")
        if self.readonly:
            if version < LATEST:
                raise StoreError(f"{self.path}: database needs migrating to schema {LATEST}; open it writable once")
            return
        if c.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = NORMAL")
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        for mig in MIGRATIONS:
            if mig.version <= version:
                continue
            with self._tx() as c:
                current = c.execute("PRAGMA user_version").fetchone()[0]
                if current >= mig.version:  # another process migrated meanwhile
                    continue
                for stmt in mig.statements:
                    c.execute(stmt)
                c.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (mig.version, mig.description, _now()))
                c.execute(f"PRAGMA user_version = {mig.version}")

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT); rolled back on any exception."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as err:
                raise _store_error(self.path, err, "cannot write", self.busy_timeout) from None
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    try:
                        self.conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if _is_storage_error(exc):
                    raise _store_error(self.path, exc, "write failed, rolled back", self.busy_timeout) from None
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self.conn
            except sqlite3.Error as err:
                if not _is_storage_error(err):
                    raise
                raise _store_error(self.path, err, "read failed", self.busy_timeout) from None

    # ------------------------------------------------------------------ ingestion
    def match(self, article: Article) -> IngestResult | None:
        """What ``ingest`` would do without extraction: a result for a duplicate or a
        republication of a stored article, None for a new article (which needs a Doc)."""
        with self._read() as c:
            return self._match(c, article, fingerprints(article.text))

    def _match(self, c: sqlite3.Connection, article: Article, fps: list) -> IngestResult | None:
        h = article.content_hash
        row = c.execute("SELECT id FROM articles WHERE content_hash = ?", (h,)).fetchone()
        if row:
            if row[0] == article.id or row[0] == _suffixed(article.id, h) or self._has_republication(c, article.id, h):
                return IngestResult(row[0], "duplicate", h, duplicate_of=row[0])
            return IngestResult(article.id, "republished", h, duplicate_of=row[0])
        row = c.execute("SELECT id, article_id FROM republications WHERE content_hash = ?", (h,)).fetchone()
        if row:
            return IngestResult(row[0], "duplicate", h, duplicate_of=row[1])
        if fps:
            marks = ",".join("?" * len(fps))
            row = c.execute(
                f"SELECT f.article_id FROM body_fingerprints f JOIN articles a ON a.id = f.article_id "
                f"WHERE f.hash IN ({marks}) ORDER BY a.seq LIMIT 1", [f.hash for f in fps]).fetchone()
            if row:
                return IngestResult(article.id, "republished", h, duplicate_of=row[0])
        return None

    @staticmethod
    def _has_republication(c: sqlite3.Connection, rid: str, h: str) -> bool:
        return c.execute("SELECT 1 FROM republications WHERE id = ? AND content_hash = ?", (rid, h)).fetchone() is not None

    def has_article(self, content_hash: str) -> bool:
        with self._read() as c:
            return c.execute("SELECT 1 FROM articles WHERE content_hash = ? UNION ALL "
                             "SELECT 1 FROM republications WHERE content_hash = ?",
                             (content_hash, content_hash)).fetchone() is not None

    def ingest(self, article: Article, doc: Doc | None = None) -> IngestResult:
        """Store one article with its mentions and events and re-merge, in one transaction.

        ``doc`` may be None for an article ``match`` found to be a duplicate or republication.
        """
        fps = fingerprints(article.text)
        with self._tx() as c:
            found = self._match(c, article, fps)
            if found is not None and found.status == "duplicate":
                return found
            if found is not None:
                return self._add_republication(c, article, found)
            if doc is None:
                raise ValueError(f"{article.id}: a new article needs its extracted Doc")
            aid = self._free_id(c, article)
            now = _now()
            c.execute(
                "INSERT INTO articles (id, input_id, content_hash, outlet, url, title, published, text, origin, "
                "ingested_at, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (aid, article.id, article.content_hash, article.source, article.url, article.title,
                 article.published.isoformat() if article.published else None, article.text, article.origin,
                 now, now))
            c.executemany("INSERT INTO body_fingerprints VALUES (?,?,?,?)",
                          [(f.hash, aid, f.skip, f.body_start) for f in fps])
            n, touched = self._store_extraction(c, aid, article, doc)
            return IngestResult(aid, "new", article.content_hash, events=n, canonical_events=touched)

    def _free_id(self, c: sqlite3.Connection, article: Article) -> str:
        taken = c.execute("SELECT 1 FROM articles WHERE id = ? UNION ALL SELECT 1 FROM republications WHERE id = ?",
                          (article.id, article.id)).fetchone()
        return _suffixed(article.id, article.content_hash) if taken else article.id

    def _add_republication(self, c: sqlite3.Connection, article: Article, found: IngestResult) -> IngestResult:
        orig_id = found.duplicate_of
        orig_text = c.execute("SELECT text FROM articles WHERE id = ?", (orig_id,)).fetchone()[0]
        header, body_start = "", 0
        if article.text != orig_text:
            mine = {f.hash: f for f in fingerprints(article.text)}
            rows = c.execute("SELECT hash, body_start FROM body_fingerprints WHERE article_id = ?", (orig_id,)).fetchall()
            for h, start in rows:
                if h in mine:
                    header, body_start = article.text[:mine[h].body_start], start
                    break
        rebuilt = header + orig_text[body_start:]
        rid = self._free_id(c, article)
        c.execute(
            "INSERT INTO republications (id, article_id, content_hash, outlet, url, title, published, header, "
            "body_start, text, origin, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (rid, orig_id, article.content_hash, article.source, article.url, article.title,
             article.published.isoformat() if article.published else None, header, body_start,
             None if rebuilt == article.text else article.text, article.origin, _now()))
        touched = self._remerge_article(c, orig_id)
        return IngestResult(rid, "republished", article.content_hash, canonical_events=touched, duplicate_of=orig_id)

    def replace_extraction(self, article_id: str, doc: Doc) -> IngestResult:
        """Replace a stored article's mentions and events with ``doc``'s and re-merge, atomically."""
        with self._tx() as c:
            row = c.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: no stored article {article_id!r}")
            old_groups = self._groups_of(c, article_id)
            c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            c.execute("UPDATE articles SET extracted_at = ? WHERE id = ?", (_now(), article_id))
            n, touched = self._store_extraction(c, article_id, doc.article, doc, old_groups)
            return IngestResult(article_id, "reprocessed", row[0], events=n, canonical_events=touched)

    def _store_extraction(self, c: sqlite3.Connection, aid: str, article: Article, doc: Doc,
                          extra_groups: dict[tuple[str, str], set[str | None]] | None = None) -> tuple[int, list[str]]:
        c.executemany(
            'INSERT INTO mentions (article_id, kind, start, "end", text, label, data) VALUES (?,?,?,?,?,?,?)',
            [(aid, m.kind, m.start, m.end, m.text, m.label, _json(m.data or {})) for m in doc.mentions])
        groups: dict[tuple[str, str], set[str | None]] = {k: set(v) for k, v in (extra_groups or {}).items()}
        used: set[str] = set()
        for seq, ev in enumerate(doc.events):
            rec = ev.to_dict()
            rec["doc_id"] = aid
            rec["event_id"] = self._event_id(c, aid, article.id, ev.event_id, used)
            key = merge.place_key(rec)
            c.execute(
                "INSERT INTO events (id, article_id, seq, event_type, sub_event_type, place_key, event_date, "
                "actor1, actor2, record) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (rec["event_id"], aid, seq, ev.event_type, ev.sub_event_type, key, rec["event_date"],
                 ev.actor1, ev.actor2, _json(rec)))
            spans = ([("event", ev.evidence)] if ev.evidence else []) + list(ev.field_evidence.items())
            c.executemany('INSERT INTO evidence (event_id, field, start, "end", text) VALUES (?,?,?,?,?)',
                          [(rec["event_id"], f, s.start, s.end, s.text) for f, s in spans if s is not None])
            groups.setdefault((ev.sub_event_type, key), set()).add(rec["event_date"])
        touched: list[str] = []
        for (sub, key), days in groups.items():
            touched += self._remerge(c, sub, key, days)
        return len(doc.events), touched

    @staticmethod
    def _event_id(c: sqlite3.Connection, aid: str, input_id: str, eid: str, used: set[str]) -> str:
        if aid != input_id:
            eid = aid + eid[len(input_id):] if eid.startswith(input_id) else f"{aid}:{eid}"
        if eid in used or c.execute("SELECT 1 FROM events WHERE id = ?", (eid,)).fetchone():
            eid = f"{aid}:{eid}" if not eid.startswith(aid) else eid
            base, n = eid, 2
            while eid in used or c.execute("SELECT 1 FROM events WHERE id = ?", (eid,)).fetchone():
                eid, n = f"{base}#{n}", n + 1
        used.add(eid)
        return eid

    @staticmethod
    def _groups_of(c: sqlite3.Connection, aid: str) -> dict[tuple[str, str], set[str | None]]:
        groups: dict[tuple[str, str], set[str | None]] = {}
        for sub, key, day in c.execute("SELECT sub_event_type, place_key, event_date FROM events WHERE article_id = ?", (aid,)):
            groups.setdefault((sub, key), set()).add(day)
        return groups

    def _remerge_article(self, c: sqlite3.Connection, aid: str) -> list[str]:
        touched: list[str] = []
        for (sub, key), days in self._groups_of(c, aid).items():
            touched += self._remerge(c, sub, key, days)
        return touched

    # ------------------------------------------------------------------ merging
    def _remerge(self, c: sqlite3.Connection, sub: str, key: str, days: set[str | None]) -> list[str]:
        """Re-cluster the reports of one (sub-event type, place) group around ``days``."""
        c.execute("DELETE FROM canonical_events WHERE sub_event_type = ? AND place_key = ? AND NOT EXISTS "
                  "(SELECT 1 FROM canonical_reports l WHERE l.canonical_id = canonical_events.id)", (sub, key))
        ids = self._window(c, sub, key, days)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        old = [r[0] for r in c.execute(f"SELECT DISTINCT canonical_id FROM canonical_reports WHERE event_id IN ({marks})", list(ids))]
        for cid in old:
            ids |= {r[0] for r in c.execute("SELECT event_id FROM canonical_reports WHERE canonical_id = ?", (cid,))}
        c.executemany("DELETE FROM canonical_events WHERE id = ?", [(cid,) for cid in old])
        reports = self._reports(c, sorted(ids))
        republished = self._republished_by(c, {r["doc_id"] for r in reports})
        new_ids = []
        for cl in merge.cluster(reports):
            rec = merge.canonical_record(cl, republished)
            self._insert_canonical(c, rec, key)
            c.executemany("INSERT INTO canonical_reports (event_id, canonical_id) VALUES (?, ?)",
                          [(r["event_id"], rec["event_id"]) for r in cl])
            new_ids.append(rec["event_id"])
        return new_ids

    @staticmethod
    def _window(c: sqlite3.Connection, sub: str, key: str, days: set[str | None]) -> set[str]:
        ids: set[str] = set()
        for day in days:
            if day is None:
                rows = c.execute("SELECT id FROM events WHERE sub_event_type = ? AND place_key = ? AND event_date IS NULL",
                                 (sub, key))
            else:
                d = date.fromisoformat(day)
                rows = c.execute("SELECT id FROM events WHERE sub_event_type = ? AND place_key = ? AND event_date "
                                 "BETWEEN ? AND ?", (sub, key, (d - timedelta(days=1)).isoformat(),
                                                     (d + timedelta(days=1)).isoformat()))
            ids |= {r[0] for r in rows}
        return ids

    @staticmethod
    def _reports(c: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
        out = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for rec, outlet, published in c.execute(
                    f"SELECT e.record, a.outlet, a.published FROM events e JOIN articles a "
                    f"ON a.id = e.article_id WHERE e.id IN ({marks})", chunk):
                r = json.loads(rec)
                r.update(outlet=outlet, published=published)
                out.append(r)
        return out

    @staticmethod
    def _republished_by(c: sqlite3.Connection, doc_ids: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for aid in sorted(doc_ids):
            outlets = [r[0] for r in c.execute("SELECT outlet FROM republications WHERE article_id = ? AND outlet "
                                               "IS NOT NULL ORDER BY ingested_at, id", (aid,))]
            if outlets:
                out[aid] = outlets
        return out

    @staticmethod
    def _insert_canonical(c: sqlite3.Connection, rec: dict[str, Any], key: str) -> None:
        loc = rec.get("location") or {}
        c.execute(
            "INSERT INTO canonical_events (id, event_type, sub_event_type, place_key, event_date, actor1, actor2, "
            "assoc_actor_1, assoc_actor_2, gazetteer_id, place_name, place_name_ar, place_norm, place_norm_ar, "
            "admin1, admin2, latitude, longitude, fatalities, n_reports, sources, record) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec["event_id"], rec["event_type"], rec["sub_event_type"], key, rec.get("event_date"),
             rec.get("actor1"), rec.get("actor2"), rec.get("assoc_actor_1"), rec.get("assoc_actor_2"),
             loc.get("gazetteer_id"), loc.get("name"), loc.get("name_ar"),
             normalize(loc["name"]) if loc.get("name") else None,
             normalize(loc["name_ar"]) if loc.get("name_ar") else None,
             loc.get("admin1"), loc.get("admin2"), loc.get("latitude"), loc.get("longitude"),
             rec["fatalities"], len(rec["reports"]), _json(rec["sources"]), _json(rec)))

    # ------------------------------------------------------------------ reading
    def iter_article_ids(self) -> list[str]:
        with self._read() as c:
            return [r[0] for r in c.execute("SELECT id FROM articles ORDER BY seq")]

    def load_article(self, article_id: str) -> Article | None:
        with self._read() as c:
            row = c.execute("SELECT id, text, published, outlet, url, title, origin FROM articles WHERE id = ?",
                            (article_id,)).fetchone()
        if row is None:
            return None
        return Article(id=row[0], text=row[1], published=date.fromisoformat(row[2]) if row[2] else None,
                       source=row[3], url=row[4], title=row[5], origin=row[6])

    def iter_articles(self) -> Iterator[Article]:
        for aid in self.iter_article_ids():
            art = self.load_article(aid)
            if art is not None:
                yield art

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        with self._read() as c:
            row = c.execute("SELECT id, content_hash, outlet, url, title, published, text, origin, ingested_at, "
                            "extracted_at FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                return self._get_republication(c, article_id)
            keys = ("id", "content_hash", "outlet", "url", "title", "published", "text", "origin", "ingested_at",
                    "extracted_at")
            art = dict(zip(keys, row))
            reports = c.execute("SELECT e.id, l.canonical_id FROM events e LEFT JOIN canonical_reports l ON "
                                "l.event_id = e.id WHERE e.article_id = ? ORDER BY e.seq", (article_id,)).fetchall()
            canon = dict(reports)
            art["events"] = list(dict.fromkeys(cid for _, cid in reports if cid))
            art["reports"] = [json.loads(r[0]) for r in c.execute(
                "SELECT record FROM events WHERE article_id = ? ORDER BY seq", (article_id,))]
            art["evidence"] = [
                {"event_id": canon.get(eid), "report_id": eid, "field": f, "start": s, "end": e, "text": t}
                for eid, f, s, e, t in c.execute(
                    'SELECT v.event_id, v.field, v.start, v."end", v.text FROM evidence v JOIN events e ON '
                    'e.id = v.event_id WHERE e.article_id = ? ORDER BY e.seq, v.rowid', (article_id,))]
            art["republications"] = [
                {"id": i, "outlet": o, "published": p, "url": u} for i, o, p, u in c.execute(
                    "SELECT id, outlet, published, url FROM republications WHERE article_id = ? ORDER BY ingested_at, id",
                    (article_id,))]
            art["duplicate_of"] = None
            return art

    def _get_republication(self, c: sqlite3.Connection, rid: str) -> dict[str, Any] | None:
        row = c.execute("SELECT r.id, r.content_hash, r.outlet, r.url, r.title, r.published, r.header, r.body_start, "
                        "r.text, r.origin, r.ingested_at, r.article_id, a.text FROM republications r JOIN articles a "
                        "ON a.id = r.article_id WHERE r.id = ?", (rid,)).fetchone()
        if row is None:
            return None
        text = row[8] if row[8] is not None else row[6] + row[12][row[7]:]
        events = [r[0] for r in c.execute(
            "SELECT DISTINCT l.canonical_id FROM events e JOIN canonical_reports l ON l.event_id = e.id "
            "WHERE e.article_id = ? ORDER BY e.seq", (row[11],))]
        return {"id": row[0], "content_hash": row[1], "outlet": row[2], "url": row[3], "title": row[4],
                "published": row[5], "text": text, "origin": row[9], "ingested_at": row[10],
                "duplicate_of": row[11], "events": events, "reports": [], "evidence": [], "republications": []}

    def _where(self, q: EventQuery) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        if q.date_from:
            conds.append("event_date >= ?")
            args.append(q.date_from.isoformat())
        if q.date_to:
            conds.append("event_date <= ?")
            args.append(q.date_to.isoformat())
        for col, val in (("admin1", q.admin1), ("admin2", q.admin2), ("event_type", q.event_type),
                         ("sub_event_type", q.sub_event_type)):
            if val:
                conds.append(f"{col} = ? COLLATE NOCASE")
                args.append(val)
        if q.place:
            conds.append(_PLACE_MATCH)
            args += _place_args(q.place)
        if q.actor:
            conds.append("(instr(lower(actor1), ?) OR instr(lower(actor2), ?) OR instr(lower(assoc_actor_1), ?) "
                         "OR instr(lower(assoc_actor_2), ?))")
            args += [q.actor.lower()] * 4
        if q.source:
            conds.append("EXISTS (SELECT 1 FROM json_each(canonical_events.sources) WHERE lower(value) = ?)")
            args.append(q.source.lower())
        return (" WHERE " + " AND ".join(conds)) if conds else "", args

    def query_events(self, q: EventQuery) -> list[dict[str, Any]]:
        where, args = self._where(q)
        limit = -1 if q.limit is None else int(q.limit)
        with self._read() as c:
            rows = c.execute(f"SELECT record FROM canonical_events{where} ORDER BY event_date IS NULL, event_date, id "
                             f"LIMIT ? OFFSET ?", args + [limit, int(q.offset)]).fetchall()
        return [json.loads(r[0]) for r in rows]

    def iter_events(self, q: EventQuery, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """All matching canonical events (ignores ``q.limit``), fetched in batches."""
        offset = q.offset
        while True:
            page = self.query_events(EventQuery(**{**q.__dict__, "limit": batch, "offset": offset}))
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def count_events(self, q: EventQuery) -> int:
        where, args = self._where(q)
        with self._read() as c:
            return c.execute(f"SELECT count(*) FROM canonical_events{where}", args).fetchone()[0]

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """A canonical event by its id, or the canonical event a report id belongs to."""
        with self._read() as c:
            row = c.execute("SELECT record FROM canonical_events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                row = c.execute("SELECT c.record FROM canonical_reports l JOIN canonical_events c ON "
                                "c.id = l.canonical_id WHERE l.event_id = ?", (event_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def list_places(self, admin1: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        where = "WHERE place_key NOT LIKE 'noloc:%'" + (" AND admin1 = ? COLLATE NOCASE" if admin1 else "")
        args: list[Any] = [admin1] if admin1 else []
        with self._read() as c:
            rows = c.execute(
                f"SELECT place_key, max(place_name), max(place_name_ar), max(gazetteer_id), max(latitude), "
                f"max(longitude), max(admin1), max(admin2), count(*), min(event_date), max(event_date) "
                f"FROM canonical_events {where} GROUP BY place_key ORDER BY count(*) DESC, place_key LIMIT ?",
                args + [-1 if limit is None else limit]).fetchall()
        keys = ("place_key", "place", "name_ar", "gazetteer_id", "latitude", "longitude", "admin1", "admin2",
                "events", "first_date", "last_date")
        return [dict(zip(keys, r)) for r in rows]

    # ------------------------------------------------------------------ territorial control
    def control_timeline(self, place: str) -> list[dict[str, Any]]:
        with self._read() as c:
            rows = c.execute(
                f"SELECT date, place_name, place_name_ar, gazetteer_id, admin1, controller, sub_event_type, sources, "
                f"event_id, place_key FROM control_changes WHERE {_PLACE_MATCH} ORDER BY place_key, date, event_id",
                _place_args(place)).fetchall()
        out: list[dict[str, Any]] = []
        previous: dict[str, str] = {}
        for d, name, name_ar, gid, admin1, controller, sub, sources, eid, key in rows:
            out.append({"date": d, "place": name or name_ar, "name_ar": name_ar, "gazetteer_id": gid,
                        "admin1": admin1, "controller": controller, "previous": previous.get(key),
                        "sub_event_type": sub, "sources": json.loads(sources), "event_id": eid})
            previous[key] = controller
        out.sort(key=lambda r: (r["date"], r["place"] or "", r["event_id"]))
        return out

    def control_on(self, day: date, admin1: str | None = None) -> list[dict[str, Any]]:
        cond = " AND admin1 = ? COLLATE NOCASE" if admin1 else ""
        args: list[Any] = [day.isoformat()] + ([admin1] if admin1 else [])
        with self._read() as c:
            rows = c.execute(
                "SELECT place_name, place_name_ar, gazetteer_id, latitude, longitude, admin1, admin2, controller, "
                "date, event_id, sources FROM (SELECT *, row_number() OVER (PARTITION BY place_key ORDER BY date DESC, "
                f"event_id DESC) AS rn FROM control_changes WHERE date <= ?{cond}) WHERE rn = 1 "
                "ORDER BY admin1, admin2, place_name, place_name_ar", args).fetchall()
        return [{"place": r[0] or r[1], "name_ar": r[1], "gazetteer_id": r[2], "latitude": r[3], "longitude": r[4],
                 "admin1": r[5], "admin2": r[6], "controller": r[7], "since": r[8], "event_id": r[9],
                 "sources": json.loads(r[10])} for r in rows]

    # ------------------------------------------------------------------ housekeeping
    def counts(self) -> dict[str, int]:
        tables = ("articles", "republications", "mentions", "events", "canonical_events", "canonical_reports")
        with self._read() as c:
            return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def schema_version(self) -> int:
        with self._read() as c:
            return c.execute("PRAGMA user_version").fetchone()[0]

    def integrity_check(self) -> str:
        with self._read() as c:
            return c.execute("PRAGMA integrity_check").fetchone()[0]


_PLACE_MATCH = "(gazetteer_id = ? OR place_norm_ar = ? OR place_norm = ? OR place_key = ?)"


def _place_args(place: str) -> list[str]:
    n = normalize(place.strip())
    return [place.strip(), n, n, place.strip()]


def _suffixed(article_id: str, content_hash: str) -> str:
    return f"{article_id}~{content_hash[:8]}"


def _env_timeout() -> float:
    raw = os.environ.get("MARSAD_BUSY_TIMEOUT")
    try:
        return float(raw) if raw else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT


def _check_file(path: Path, readonly: bool) -> None:
    """Refuse files that are not SQLite databases before SQLite touches them."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if path.exists():
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as err:
            raise StoreError(f"{path}: cannot read the database ({err.strerror})") from None
        if head and head != SQLITE_MAGIC:
            raise StoreError(f"{path}: not a marsad database (not SQLite, or corrupt); left untouched")
        if not readonly and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise StoreError(f"{path}: the database or its data directory is read-only; cannot store anything "
                             f"(queries still work)")
    elif readonly:
        raise StoreError(f"{path}: no event store here (run `marsad ingest` first, or set MARSAD_HOME)")
    else:
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{parent}: cannot create the data directory ({err.strerror})") from None
        if not os.access(parent, os.W_OK):
            raise StoreError(f"{parent}: data directory is read-only; cannot create {path.name}")


def _connect(path: Path, timeout: float, readonly: bool) -> sqlite3.Connection:
    kw: dict[str, Any] = dict(timeout=timeout, isolation_level=None, check_same_thread=False)
    if not readonly:
        return sqlite3.connect(str(path), **kw)
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, **kw)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    # a WAL database in a read-only directory: nobody can be writing it, read it as immutable
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, **kw)


def _is_storage_error(exc: BaseException) -> bool:
    """SQLite errors about the database or the disk (not programming errors, which are bugs)."""
    return isinstance(exc, sqlite3.Error) and not isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError))


def _store_error(path: Path, err: sqlite3.Error, action: str, timeout: float | None = None) -> StoreError:
    msg = str(err)
    low = msg.lower()
    if "locked" in low or "busy" in low:
        waited = f" (gave up after {timeout:g} s)" if timeout is not None else ""
        return StoreError(f"{path}: database is locked by another process{waited}; nothing was written, try again")
    if "full" in low:
        return StoreError(f"{path}: disk is full ({msg}); {action}, stored data is intact")
    if "readonly" in low or "read-only" in low:
        return StoreError(f"{path}: database or its directory is read-only ({msg}); {action}")
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError(f"{path}: database file is corrupt ({msg}); left untouched")
    if "unable to open" in low:
        return StoreError(f"{path}: {action} the database ({msg}); check the data directory exists and is writable")
    return StoreError(f"{path}: {action}: {msg}")
