"""The gazetteer: places with their names, kept in SQLite in the data directory.

``Gazetteer.load(home)`` opens ``$MARSAD_HOME/gazetteer.sqlite``, installing the built-in
default (Syrian admin units, towns of Syria and its neighbours, countries and capitals; see
``marsad.geo.builtin``) the first time or when the package's built-in data changed.
``marsad gazetteer import FILE`` adds the OCHA communities list or a GeoNames dump
(``marsad.geo.importers``); ids are prefixed by origin (``ocha:C3976``, ``geonames:164816``,
``builtin:...``), and importing the same file twice changes nothing (upsert by id).

Everything the recogniser needs at run time (entries, the compiled name matcher) is compiled
once per gazetteer *generation* and pickled next to the database, so loading is fast.
"""
from __future__ import annotations

import hashlib
import math
import pickle
import sqlite3
from collections import defaultdict
from dataclasses import astuple, dataclass, field, fields
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator

from marsad.geo.names import norm_name

DB_NAME = "gazetteer.sqlite"
COMPILED_NAME = "gazetteer.compiled.pickle"
COMPILED_FORMAT = 9  # bump when the compiled layout or the name variants change

# origins in order of trust: a hit from an earlier one wins over the same place from a later one
ORIGIN_PRIORITY = {"ocha": 3, "geonames": 2, "builtin": 1}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY, origin TEXT NOT NULL, name TEXT, name_ar TEXT, feature TEXT,
    admin1 TEXT, admin2 TEXT, admin3 TEXT, country TEXT, latitude REAL, longitude REAL,
    rank REAL, population INTEGER, pcode TEXT);
CREATE INDEX IF NOT EXISTS entries_origin ON entries(origin);
CREATE TABLE IF NOT EXISTS names (
    entry_id TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, lang TEXT,
    PRIMARY KEY (entry_id, name));
CREATE INDEX IF NOT EXISTS names_norm ON names(norm);
CREATE TABLE IF NOT EXISTS sources (
    origin TEXT NOT NULL, path TEXT NOT NULL, kind TEXT, imported_at TEXT, entries INTEGER,
    PRIMARY KEY (origin, path));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class GazetteerError(Exception):
    """A problem with a gazetteer file or store; the message is one line naming the file."""


@dataclass(frozen=True)
class GazEntry:
    id: str  # "ocha:C3976", "geonames:164816", "builtin:adm1:SY07"
    name: str  # English / romanised
    name_ar: str | None
    feature: str  # community/city/subdistrict/district/governorate/country/region/facility
    admin1: str | None = None  # OCHA English governorate name ("Idleb") for Syrian places
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None  # English country name ("Syria", "Turkey")
    latitude: float | None = None
    longitude: float | None = None
    rank: float = 0.0  # bigger = more important
    population: int | None = None
    pcode: str | None = None  # OCHA P-code (community C..., or admin unit SY07...)

    @property
    def origin(self) -> str:
        return self.id.split(":", 1)[0]

    @cached_property  # an entry never changes: computed once (stored in the instance __dict__)
    def point(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class PlaceName:
    text: str  # as written in the source
    lang: str  # "ar", "en", or "" when unknown


ENTRY_COLUMNS = tuple(f.name for f in fields(GazEntry))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Compiled:
    """What the recogniser needs, built once per gazetteer generation and pickled."""

    key: str
    entries: dict[str, GazEntry]
    matcher: Any  # marsad.geo.matcher.NameMatcher
    # candidate lists of a name, deduplicated (``marsad.geo.resolve.dedupe``), filled as names
    # are met; derived from ``entries`` alone, never pickled
    distinct: dict[tuple[tuple[str, int], ...], list[tuple[GazEntry, int]]] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, Any]:
        # entries as plain tuples: four times faster to unpickle than dataclass instances
        return {"key": self.key, "rows": [astuple(e) for e in self.entries.values()], "matcher": self.matcher}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.key = state["key"]
        self.entries = {row[0]: GazEntry(*row) for row in state["rows"]}
        self.matcher = state["matcher"]
        self.distinct = {}


class Gazetteer:
    def __init__(self, conn: sqlite3.Connection, home: Path | None) -> None:
        self.conn = conn
        self.home = home

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def load(cls, home: Path | None = None) -> "Gazetteer":
        """Open (creating when needed) the gazetteer of data directory ``home``; ``None`` or an
        unwritable directory gives an in-memory gazetteer holding the built-in default."""
        conn = _connect(home)
        gaz = cls(conn, home if conn.execute("PRAGMA database_list").fetchone()[2] else None)
        gaz._ensure_builtin()
        return gaz

    def close(self) -> None:
        self.conn.close()

    @property
    def path(self) -> Path | None:
        return self.home / DB_NAME if self.home else None

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        return int(self._meta("generation") or 0)

    def _bump(self) -> None:
        self._set_meta("generation", str(self.generation + 1))

    def _ensure_builtin(self) -> None:
        from marsad.geo import builtin

        version = builtin.version()
        if self._meta("builtin_version") == version:
            return
        with self.conn:
            self.conn.execute("DELETE FROM names WHERE entry_id LIKE 'builtin:%'")
            self.conn.execute("DELETE FROM entries WHERE origin='builtin'")
            self.conn.execute("DELETE FROM sources WHERE origin='builtin'")
            n = self._write(builtin.iter_builtin())
            self._record_source("builtin", "marsad/data/geo", "builtin", n)
            self._set_meta("builtin_version", version)
            self._bump()

    # ---- writing -------------------------------------------------------------------------
    def _write(self, rows: Iterable[tuple[GazEntry, list[PlaceName]]]) -> int:
        """Upsert entries with their names (inside the caller's transaction); returns the count."""
        n = 0
        cols = ", ".join(ENTRY_COLUMNS[1:])
        sets = ", ".join(f"{c}=excluded.{c}" for c in ENTRY_COLUMNS[1:])
        differs = " OR ".join(f"entries.{c} IS NOT excluded.{c}" for c in ENTRY_COLUMNS[1:])
        sql = (f"INSERT INTO entries(id, origin, {cols}) VALUES (?, ?, {', '.join('?' * (len(ENTRY_COLUMNS) - 1))}) "
               f"ON CONFLICT(id) DO UPDATE SET origin=excluded.origin, {sets} WHERE {differs}")
        entry_rows: list[tuple] = []
        name_rows: list[tuple] = []
        for entry, names in rows:
            values = astuple(entry)
            entry_rows.append((values[0], entry.origin, *values[1:]))
            for nm in names:
                norm = norm_name(nm.text)
                if norm:
                    name_rows.append((entry.id, nm.text, norm, nm.lang))
            n += 1
            if len(entry_rows) >= 2000:
                self._flush(sql, entry_rows, name_rows)
        self._flush(sql, entry_rows, name_rows)
        return n

    def _flush(self, sql: str, entry_rows: list[tuple], name_rows: list[tuple]) -> None:
        self.conn.executemany(sql, entry_rows)
        self.conn.executemany("INSERT OR IGNORE INTO names(entry_id, name, norm, lang) VALUES (?, ?, ?, ?)", name_rows)
        entry_rows.clear()
        name_rows.clear()

    def _record_source(self, origin: str, path: str, kind: str, n: int) -> None:
        self.conn.execute(
            "INSERT INTO sources(origin, path, kind, imported_at, entries) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(origin, path) DO UPDATE SET kind=excluded.kind, entries=excluded.entries "
            "WHERE sources.entries IS NOT excluded.entries OR sources.kind IS NOT excluded.kind",
            (origin, path, kind, datetime.now(timezone.utc).isoformat(timespec="seconds"), n),
        )

    def import_file(self, path: Path, kind: str | None = None) -> dict[str, Any]:
        """Import an OCHA communities list (CSV/XLSX) or a GeoNames dump in one transaction:
        on any problem a ``GazetteerError`` is raised and the store is left as it was."""
        from marsad.geo.importers import open_source

        source = open_source(Path(path), kind)
        before = self.conn.total_changes
        try:
            with self.conn:
                n = self._write(source.rows())
                if n == 0:
                    raise GazetteerError(f"{path}: no places found in the file")
                changed = self.conn.total_changes - before
                self._record_source(source.origin, str(Path(path).resolve()), source.kind, n)
                if changed:
                    self._bump()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: could not write the gazetteer: {exc}") from None
        return {"origin": source.origin, "kind": source.kind, "entries": n, "changed": changed > 0}

    # ---- reading -------------------------------------------------------------------------
    def _entry(self, row: tuple) -> GazEntry:
        return GazEntry(*row)

    def get(self, gazetteer_id: str) -> GazEntry | None:
        entry = self.compiled.entries.get(gazetteer_id)
        if entry is not None:
            return entry
        row = self.conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entries WHERE id=?", (gazetteer_id,)).fetchone()
        return self._entry(row) if row else None

    def lookup(self, name: str) -> list[GazEntry]:
        """Entries called ``name`` (Arabic or English, compared normalised), most important first."""
        norm = norm_name(name)
        rows = self.conn.execute(
            f"SELECT DISTINCT {', '.join('e.' + c for c in ENTRY_COLUMNS)} FROM names n JOIN entries e "
            f"ON e.id = n.entry_id WHERE n.norm=?", (norm,)).fetchall()
        entries = [self._entry(r) for r in rows]
        return sorted(entries, key=lambda e: (-e.rank, -ORIGIN_PRIORITY.get(e.origin, 0), e.id))

    def names_of(self, gazetteer_id: str) -> list[PlaceName]:
        rows = self.conn.execute("SELECT name, lang FROM names WHERE entry_id=? ORDER BY name", (gazetteer_id,))
        return [PlaceName(t, lang or "") for t, lang in rows]

    def iter_entries(self, origin: str | None = None) -> Iterator[GazEntry]:
        sql = f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entries"
        args: tuple = ()
        if origin:
            sql += " WHERE origin=?"
            args = (origin,)
        for row in self.conn.execute(sql + " ORDER BY id", args):
            yield self._entry(row)

    def iter_names(self) -> Iterator[tuple[str, str, str]]:
        """(entry_id, name, lang) for every name."""
        yield from self.conn.execute("SELECT entry_id, name, lang FROM names ORDER BY entry_id, name")

    def admin1_points(self, country: str = "Syria") -> dict[str, list[tuple[float, float]]]:
        """Governorate -> (lat, lon) of every entry in it, to draw approximate outlines (convex
        hulls) of the governorates from the gazetteer."""
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        rows = self.conn.execute(
            "SELECT admin1, latitude, longitude FROM entries WHERE country=? AND admin1 IS NOT NULL "
            "AND latitude IS NOT NULL AND longitude IS NOT NULL AND feature NOT IN ('governorate', 'country')",
            (country,))
        for admin1, lat, lon in rows:
            points[admin1].append((lat, lon))
        return dict(points)

    def info(self) -> dict[str, Any]:
        origins: dict[str, dict[str, Any]] = {}
        for origin, n in self.conn.execute("SELECT origin, COUNT(*) FROM entries GROUP BY origin ORDER BY origin"):
            origins[origin] = {"entries": n, "names": 0, "sources": []}
        for origin, n in self.conn.execute(
                "SELECT e.origin, COUNT(*) FROM names n JOIN entries e ON e.id=n.entry_id GROUP BY e.origin"):
            origins[origin]["names"] = n
        for origin, path, kind, at, n in self.conn.execute(
                "SELECT origin, path, kind, imported_at, entries FROM sources ORDER BY origin, path"):
            origins.setdefault(origin, {"entries": 0, "names": 0, "sources": []})["sources"].append(
                {"path": path, "kind": kind, "imported_at": at, "entries": n})
        return {"path": str(self.path) if self.path else None, "generation": self.generation, "origins": origins}

    # ---- compiled ------------------------------------------------------------------------
    @cached_property
    def compiled(self) -> Compiled:
        """Entries and name matcher, from the pickle next to the database when it is current."""
        key = f"{COMPILED_FORMAT}:{self.generation}:{self._meta('builtin_version')}"
        cache = self.home / COMPILED_NAME if self.home else None
        if cache and cache.exists():
            try:
                with cache.open("rb") as fh:
                    compiled = pickle.load(fh)
                if isinstance(compiled, Compiled) and compiled.key == key:
                    return compiled
            except Exception:  # a stale or broken cache is rebuilt
                pass
        compiled = self._compile(key)
        if cache:
            tmp = cache.with_suffix(".tmp")
            try:
                with tmp.open("wb") as fh:
                    pickle.dump(compiled, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(cache)
            except OSError:
                pass
        return compiled

    def _compile(self, key: str) -> Compiled:
        from marsad.geo.matcher import NameMatcher

        entries = {e.id: e for e in self.iter_entries()}
        matcher = NameMatcher.build(entries, self.iter_names())
        return Compiled(key=key, entries=entries, matcher=matcher)

    @property
    def entries(self) -> dict[str, GazEntry]:
        return self.compiled.entries

    @property
    def matcher(self) -> Any:
        return self.compiled.matcher

    @cached_property
    def capitals(self) -> dict[str, GazEntry]:
        """Each country's capital (its highest-ranked city: only capitals rank above 7), by country."""
        out: dict[str, GazEntry] = {}
        for e in self.entries.values():
            if e.feature == "city" and e.rank > 7.0 and e.country and e.rank > getattr(out.get(e.country), "rank", 0):
                out[e.country] = e
        return out

    def distinct_candidates(self, candidates: list[tuple[GazEntry, int]]) -> list[tuple[GazEntry, int]]:
        """``marsad.geo.resolve.dedupe`` of the candidates of a name, computed once per list of
        candidates (a copy: the caller may change it)."""
        memo = self.compiled.distinct
        key = tuple([(e.id, how) for e, how in candidates])
        kept = memo.get(key)
        if kept is None:
            from marsad.geo.resolve import dedupe

            kept = memo[key] = dedupe(candidates)
        return list(kept)

    @cached_property
    def lexicon(self) -> Any:
        from marsad.geo.lexicon import GeoLexicon

        return GeoLexicon.load()


def _connect(home: Path | None) -> sqlite3.Connection:
    """The gazetteer file of ``home``; an in-memory one when ``home`` is None or cannot be written.
    A file that is there but is no SQLite database raises ``GazetteerError`` (left untouched):
    falling back quietly would drop the user's OCHA import from every result."""
    if home is not None:
        path = Path(home) / DB_NAME
        try:
            Path(home).mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path))
            conn.executescript(_SCHEMA)
            return conn
        except sqlite3.OperationalError:
            pass  # read-only folder or file: the built-in default, in memory
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a gazetteer database ({exc}); move it away and import again") from None
        except OSError:
            pass
    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    return conn


def file_digest(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]
