"""End-to-end extraction throughput: articles per second on one core, every pipeline stage,
with the OCHA gazetteer imported into a temporary MARSAD_HOME.

    .venv/bin/python benchmarks/bench_extract.py [--repeats N] [--profile]

Corpora: the two seed articles (repeated), and the GSR sentences grouped into articles by
their document id (the id before the last "-" or "_"), in id order. Prints articles/s, ms per
article and events found, then the time spent in each stage; ``--profile`` adds the 25
hottest functions (cProfile, cumulative) of the GSR run.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from marsad.evaluation.gsr import TASKS, load_items
from marsad.geo.gazetteer import Gazetteer
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = {"000_fc843bc12e8cb1da.txt": date(2019, 8, 13), "001_66456859eb77b8a6.txt": date(2020, 1, 27)}


def seed_articles(repeats: int) -> list[Article]:
    arts = [Article(id=name[:3], text=(SEEDS_DIR / name).read_text(encoding="utf-8"), published=pub)
            for name, pub in SEEDS.items()]
    return arts * repeats


SEEDS_DIR = SHARED / "seeds"


def gsr_articles() -> list[Article]:
    docs: dict[str, list] = defaultdict(list)
    gsr = SHARED / "eval" / "arabic_event_gsr"
    for task in TASKS:
        for it in load_items(gsr, task):
            docs[it.doc_id].append(it)
    out = []
    for doc_id in sorted(docs):
        items = sorted(docs[doc_id], key=lambda i: i.id)
        out.append(Article(id=doc_id, text="\n\n".join(i.text for i in items), published=items[0].published))
    return out


def timed_run(pipeline: Pipeline, articles: list[Article]) -> tuple[float, int, dict[str, float]]:
    per_stage: dict[str, float] = defaultdict(float)
    events = 0
    from marsad.doc import Doc

    t0 = time.process_time()
    for art in articles:
        doc = Doc.from_article(art)
        for name, stage in pipeline.stages:
            s0 = time.process_time()
            stage(doc, pipeline.resources)
            per_stage[name] += time.process_time() - s0
        events += len(doc.events)
    return time.process_time() - t0, events, per_stage


def report(label: str, n: int, chars: int, secs: float, events: int, per_stage: dict[str, float]) -> None:
    print(f"{label}: {n} articles, {chars / n:.0f} chars/article, {events} events")
    print(f"  {n / secs:8.1f} articles/s per core   {1000 * secs / n:7.2f} ms/article (CPU time)")
    total = sum(per_stage.values()) or 1.0
    for name, t in per_stage.items():
        print(f"    {name:<8} {1000 * t / n:7.3f} ms/article  {100 * t / total:5.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=100, help="times the two seeds are run (default 100)")
    ap.add_argument("--profile", action="store_true", help="profile the GSR run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        gaz = Gazetteer.load(home)
        gaz.import_file(SHARED / "data" / "ocha_syria" / "communities.csv")
        gaz.close()
        print(f"OCHA gazetteer imported in {time.perf_counter() - t0:.1f} s")
        pipeline = Pipeline.default(Resources(home=home))
        t0 = time.perf_counter()
        pipeline.warm_up()  # what Pipeline.pipe does: load every resource, then gc.freeze() it
        print(f"resources loaded in {time.perf_counter() - t0:.1f} s (not counted below)")

        seeds = seed_articles(args.repeats)
        secs, events, stages = timed_run(pipeline, seeds)
        report("seeds", len(seeds), sum(len(a.text) for a in seeds), secs, events, stages)

        gsr = gsr_articles()
        secs, events, stages = timed_run(pipeline, gsr)
        report("GSR documents", len(gsr), sum(len(a.text) for a in gsr), secs, events, stages)
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            for art in gsr:
                pipeline(art)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
