"""What the store's CLI commands do (``marsad ingest/reprocess/events/export/control``).

``marsad.cli`` only parses options and calls these; each returns the exit status. Store
problems are printed as one line on stderr (``marsad: FILE: problem``).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TextIO

from marsad.io.problems import Problems
from marsad.model import SUB_EVENT_TYPES, Article, EVENT_TYPES
from marsad.pipeline import PipelineError
from marsad.store import DB_NAME
from marsad.store.base import EventQuery, StoreError
from marsad.store.ingest import IngestStats, count_inputs, ingest_articles, progress, reprocess_articles
from marsad.store.sqlite import SQLiteStore

EXPORT_FORMATS = {"acled-csv": "csv", "csv": "csv", "jsonl": "jsonl", "geojson": "geojson"}


def db_path(home: Path | None = None) -> Path:
    from marsad.config import data_home

    return (home or data_home()) / DB_NAME


def fail(message: str) -> int:
    print(f"marsad: {message}", file=sys.stderr, flush=True)
    return 1


class _LazyPipeline:
    """Builds the pipeline on the first article that needs extraction (re-ingesting is cheap).
    When it cannot be built (a broken knowledge file) the run stops there, with one line."""

    def __init__(self) -> None:
        self._pipeline = None

    def __call__(self, article: Article):
        if self._pipeline is None:
            from marsad.pipeline import Pipeline

            pipeline = Pipeline.default()
            pipeline.warm_up()  # PipelineError: said once by _run_on_store
            self._pipeline = pipeline
        return self._pipeline(article)


def run_ingest(inputs: Iterable[str], published: date | None, quiet: bool) -> int:
    from marsad.io.readers import iter_articles

    inputs = list(inputs)

    def work(store: SQLiteStore, problems: Problems, stats: IngestStats) -> None:
        total = None if quiet or not sys.stderr.isatty() else count_inputs(inputs)
        articles = progress(iter_articles(inputs, published, problems), total, quiet, "ingest")
        ingest_articles(store, articles, _LazyPipeline(), problems, stats)

    return _run_on_store(work, quiet, lambda st: f"{st.stored} articles stored", "continue")


def run_reprocess(quiet: bool) -> int:
    def work(store: SQLiteStore, problems: Problems, stats: IngestStats) -> None:
        ids = store.iter_article_ids()
        reprocess_articles(store, progress(ids, len(ids), quiet, "reprocess"), _LazyPipeline(), problems, stats)

    return _run_on_store(work, quiet, lambda st: f"{st.reprocessed} articles reprocessed", "finish")


def _run_on_store(work: Callable[[SQLiteStore, Problems, IngestStats], None], quiet: bool,
                  done: Callable[[IngestStats], str], rerun_to: str) -> int:
    """Open the store, run ``work(store, problems, stats)``, and turn store errors and Ctrl-C into
    one-line messages saying how far it got (each article is committed whole)."""
    problems = Problems()
    stats = IngestStats()
    try:
        store = SQLiteStore.open(db_path())
    except StoreError as err:
        return fail(str(err))
    try:
        work(store, problems, stats)
    except StoreError as err:
        return fail(f"{err} ({done(stats)} before this one; rerun to {rerun_to})")
    except PipelineError as err:
        return fail(f"{err} ({done(stats)}; fix it and rerun to {rerun_to})")
    except KeyboardInterrupt:
        fail(f"interrupted: {done(stats)} whole, none half-stored; rerun to {rerun_to}")
        return 130
    finally:
        store.close()
    if not quiet:
        print(f"marsad: {store.path}: {stats.summary()}", file=sys.stderr)
    return 1 if problems else 0


def make_query(date_from: date | None = None, date_to: date | None = None, admin1: str | None = None,
               admin2: str | None = None, place: str | None = None, actor: str | None = None,
               type_: str | None = None, source: str | None = None, limit: int | None = None,
               offset: int = 0) -> EventQuery:
    """An ``EventQuery`` from CLI options; ``type_`` is an event type or a sub-event type."""
    event_type = sub_event_type = None
    if type_:
        folded = type_.casefold()
        sub_event_type = next((s for s in SUB_EVENT_TYPES if s.casefold() == folded), None)
        event_type = None if sub_event_type else next((t for t in EVENT_TYPES if t.casefold() == folded), None)
        if sub_event_type is None and event_type is None:
            raise ValueError(f"{type_!r} is not an ACLED event type or sub-event type")
    return EventQuery(date_from=date_from, date_to=date_to, admin1=admin1, admin2=admin2, place=place,
                      actor=actor, event_type=event_type, sub_event_type=sub_event_type, source=source,
                      limit=limit, offset=offset)


def open_for_reading() -> SQLiteStore:
    return SQLiteStore.open(db_path(), readonly=True)


def run_events(q: EventQuery, fmt: str) -> int:
    try:
        with open_for_reading() as store:
            rows = store.query_events(q)
    except StoreError as err:
        return fail(str(err))
    if fmt == "table":
        write_table(rows, EVENT_COLUMNS, sys.stdout)
    else:
        for rec in rows:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


def run_export(q: EventQuery, fmt: str, out: str | None) -> int:
    from marsad.export import write_events

    try:
        with open_for_reading() as store, output(out) as fh:
            written = write_events(store.iter_events(q), fh, EXPORT_FORMATS[fmt])
    except StoreError as err:
        return fail(str(err))
    except OSError as err:
        return fail(f"{out}: cannot write ({err.strerror or err})")
    left = f", {written.left_out} without coordinates left out" if written.left_out else ""
    print(f"marsad: exported {written.events} events{left}" + (f" to {out}" if out else ""), file=sys.stderr)
    return 0


def run_control(place: str | None, day: date | None, admin1: str | None, fmt: str) -> int:
    if not place and day is None:
        return fail("control: give a PLACE, or --date (with --admin1 to narrow it down)")
    try:
        with open_for_reading() as store:
            if place:
                rows = store.control_timeline(place)
                if day is not None:
                    rows = [r for r in rows if r["date"] <= day.isoformat()]
                columns = TIMELINE_COLUMNS
            else:
                rows = store.control_on(day, admin1)
                columns = CONTROL_ON_COLUMNS
    except StoreError as err:
        return fail(str(err))
    if place and not rows:
        return fail(f"control: no control changes recorded for {place!r}")
    if fmt == "jsonl":
        for rec in rows:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        write_table(rows, columns, sys.stdout)
    return 0


@contextmanager
def output(out: str | None) -> Iterator[TextIO]:
    """Standard output, or ``out`` written atomically (a temporary file renamed over it at the end:
    an interrupted export never leaves a half-written file where the old one was)."""
    if not out:
        yield sys.stdout
        return
    target = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------- tables
EVENT_COLUMNS = (
    ("event_date", "date", 10), ("sub_event_type", "type", 28), ("actor1", "actor1", 28),
    ("actor2", "actor2", 24), ("place", "place", 22), ("admin1", "admin1", 12),
    ("fatalities", "deaths", 6), ("n_reports", "reports", 7), ("sources", "sources", 30),
)
TIMELINE_COLUMNS = (
    ("date", "date", 10), ("place", "place", 22), ("name_ar", "name_ar", 16),
    ("gazetteer_id", "gazetteer_id", 14), ("controller", "controller", 28), ("previous", "previous", 24),
    ("sources", "sources", 30),
)
CONTROL_ON_COLUMNS = (
    ("place", "place", 22), ("name_ar", "name_ar", 16), ("gazetteer_id", "gazetteer_id", 14),
    ("admin1", "admin1", 12), ("controller", "controller", 28), ("since", "since", 10),
)


def _cell(rec: dict[str, Any], key: str) -> str:
    loc = rec.get("location") or {}
    if key == "place" and "location" in rec:
        val = loc.get("name") or loc.get("name_ar")
    elif key == "admin1" and "location" in rec:
        val = loc.get("admin1")
    elif key == "n_reports":
        val = len(rec.get("reports") or [])
    else:
        val = rec.get(key)
    if isinstance(val, list):
        val = "; ".join(map(str, val))
    return "" if val is None else str(val)


def write_table(rows: list[dict[str, Any]], columns: tuple[tuple[str, str, int], ...], fh: TextIO) -> None:
    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    fh.write("  ".join(title.ljust(w) for _, title, w in columns).rstrip() + "\n")
    for rec in rows:
        fh.write("  ".join(fit(_cell(rec, key), w).ljust(w) for key, _, w in columns).rstrip() + "\n")
