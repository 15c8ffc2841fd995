"""Ingest throughput and database size, over articles built from the GSR sentences.

    .venv/bin/python benchmarks/bench_ingest.py [--copies N]

Articles: the sentences of ../shared/eval/arabic_event_gsr/*.csv grouped by document id (the part
of "id" before the last "-"), ~1,900 articles. ``--copies N`` ingests N copies with a distinct
first line each, so the later copies are found as republications of the first (body fingerprint).
Prints articles per second for: the full pipeline + store (what ``marsad ingest`` does), the store
alone (pre-extracted docs), a second pass over the same input (all duplicates), and the database
size per 1,000 articles.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from store_helpers import gsr_articles  # noqa: E402

from marsad.pipeline import Pipeline  # noqa: E402
from marsad.store import open_store  # noqa: E402


def db_bytes(home: Path) -> int:
    return sum(p.stat().st_size for p in home.iterdir() if p.name.startswith("marsad.db"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=1, help="republished copies of each article (default 1)")
    args = ap.parse_args()

    base = gsr_articles()
    articles = list(base)
    for n in range(1, args.copies):
        articles += [replace(a, id=f"{a.id}/copy{n}", text=f"نسخة {n} من الخبر\n{a.text}", source=f"Outlet {n}")
                     for a in base]
    pipeline = Pipeline.default()
    pipeline(articles[0])  # load lexicons and gazetteer before timing
    print(f"articles: {len(articles)} ({len(base)} distinct), {sum(len(a.text) for a in articles) / len(articles):.0f} "
          f"characters each on average")

    tmp = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    try:
        t0 = time.perf_counter()
        docs = [pipeline(a) for a in base]
        t_extract = time.perf_counter() - t0
        n_events = sum(len(d.events) for d in docs)
        print(f"extraction only: {len(base) / t_extract:,.0f} articles/s ({n_events} events)")

        store = open_store(tmp / "store-only")
        t0 = time.perf_counter()
        for d in docs:
            store.ingest(d.article, d)
        t_store = time.perf_counter() - t0
        store.close()
        print(f"store only (pre-extracted): {len(docs) / t_store:,.0f} articles/s")

        home = tmp / "full"
        store = open_store(home)
        t0 = time.perf_counter()
        for a in articles:
            if store.match(a) is None:
                store.ingest(a, pipeline(a))
            else:
                store.ingest(a)
        t_full = time.perf_counter() - t0
        counts = store.counts()
        print(f"ingest (pipeline + store): {len(articles) / t_full:,.0f} articles/s "
              f"({t_full:.1f} s for {len(articles)})")
        t0 = time.perf_counter()
        for a in articles:
            store.ingest(a) if store.match(a) else None
        t_again = time.perf_counter() - t0
        print(f"re-ingest (all already stored): {len(articles) / t_again:,.0f} articles/s")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        size = db_bytes(home)
        stored = counts["articles"] + counts["republications"]
        print(f"stored: {counts}")
        print(f"database: {size / 1e6:.2f} MB, {size / stored * 1000 / 1e6:.2f} MB per 1,000 articles "
              f"(text is {sum(len(a.text.encode()) for a in base) / len(base) * 1000 / 1e6:.2f} MB per 1,000)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
