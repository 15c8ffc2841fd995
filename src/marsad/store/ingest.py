"""Ingestion and reprocessing loops: articles -> pipeline -> store, one transaction per article.

Duplicates (same text) and republications (same body, other header) are recognised before
extraction, so re-ingesting a corpus costs a hash per article. A progress bar (tqdm, with rate
and ETA) goes to stderr when it is a terminal.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from marsad.doc import Doc
from marsad.io.problems import Problems
from marsad.model import Article
from marsad.pipeline import PipelineError
from marsad.store.sqlite import SQLiteStore

Extractor = Callable[[Article], Doc]


@dataclass
class IngestStats:
    new: int = 0
    duplicate: int = 0
    republished: int = 0
    reprocessed: int = 0
    events: int = 0
    failed: int = 0
    canonical: set[str] = field(default_factory=set)

    @property
    def stored(self) -> int:
        return self.new + self.republished + self.reprocessed

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.duplicate} already stored", f"{self.republished} republications"]
        if self.reprocessed:
            parts = [f"{self.reprocessed} reprocessed"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        return ", ".join(parts) + f"; {self.events} events, {len(self.canonical)} canonical events touched"


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold (for the progress bar's ETA); None when unknown."""
    total = 0
    for inp in inputs:
        if inp == "-":
            return None
        path = Path(inp)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".jsonl":
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif f.exists():
                total += 1
    return total


def progress(items: Iterable, total: int | None, quiet: bool, desc: str) -> Iterator:
    enabled = not quiet and sys.stderr.isatty()
    return iter(tqdm(items, total=total, disable=not enabled, file=sys.stderr, unit="article",
                     desc=desc, dynamic_ncols=True, smoothing=0.1))


def ingest_articles(store: SQLiteStore, articles: Iterable[Article], extract: Extractor,
                    problems: Problems, stats: IngestStats | None = None) -> IngestStats:
    """Store each article (extracting only new ones); ``StoreError`` stops the run, problems with
    one article are reported and the run goes on."""
    stats = stats or IngestStats()
    for article in articles:
        found = store.match(article)
        if found is None:
            try:
                doc = extract(article)
            except PipelineError:
                raise  # no article can be extracted: the run stops
            except Exception as err:  # one bad article must not stop the run
                stats.failed += 1
                problems.report(article.origin or article.id, f"extraction failed ({type(err).__name__}: {err})")
                continue
            result = store.ingest(article, doc)
        else:
            result = store.ingest(article) if found.status != "duplicate" else found
        _count(stats, result)
    return stats


def reprocess_articles(store: SQLiteStore, ids: Iterable[str], extract: Extractor, problems: Problems,
                       stats: IngestStats | None = None) -> IngestStats:
    """Re-run extraction on stored articles, replacing each one's mentions and events atomically."""
    stats = stats or IngestStats()
    for aid in ids:
        article = store.load_article(aid)
        if article is None:
            continue
        try:
            doc = extract(article)
        except PipelineError:
            raise
        except Exception as err:
            stats.failed += 1
            problems.report(article.origin or aid, f"extraction failed ({type(err).__name__}: {err})")
            continue
        _count(stats, store.replace_extraction(aid, doc))
    return stats


def _count(stats: IngestStats, result) -> None:
    setattr(stats, result.status, getattr(stats, result.status) + 1)
    stats.events += result.events
    stats.canonical.update(result.canonical_events)
