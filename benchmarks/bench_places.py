"""Place recognition throughput and gazetteer load time / memory, with the OCHA list loaded.

    .venv/bin/python benchmarks/bench_places.py [--repeat N]

Builds a temporary data directory, imports ../shared/data/ocha_syria/communities.csv, then:
- load: a fresh Python process opens the gazetteer and its compiled matcher (from the pickle
  written at import) - wall time, tracemalloc peak and the process's RSS growth;
- throughput: the "places" stage over the seeds and the GSR news sentences of ../shared/eval
  on one core, in MB of UTF-8 text per second, with and without the text normalisation that
  ``Doc.from_article`` does before any stage.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

LOAD_PROBE = r"""
import json, sys, time, tracemalloc
from pathlib import Path
def rss():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
import marsad.geo.gazetteer, marsad.geo.matcher, marsad.geo.lexicon  # imports are not the load
rss1 = rss()
trace = sys.argv[2] == "trace"
if trace:
    tracemalloc.start()
t = time.perf_counter()
g = marsad.geo.gazetteer.Gazetteer.load(Path(sys.argv[1]))
g.compiled; g.lexicon
dt = time.perf_counter() - t
peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss2 = rss()
print(json.dumps({"seconds": dt, "tracemalloc_peak_mb": peak / 2**20, "rss_growth_mb": (rss2 - rss1) / 1024,
                  "entries": len(g.entries)}))
"""


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    gsr = SHARED / "eval" / "arabic_event_gsr"
    for name in ("assault_gsr.csv", "protest_gsr.csv"):
        if (gsr / name).exists():
            with (gsr / name).open(encoding="utf-8") as fh:
                texts += [r["text"] for r in csv.DictReader(fh)]
    return texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from marsad.doc import Doc
    from marsad.geo.gazetteer import Gazetteer
    from marsad.geo.recognise import PlaceRecogniser
    from marsad.model import Article

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        t = time.perf_counter()
        gaz = Gazetteer.load(home)
        builtin_s = time.perf_counter() - t
        ocha = SHARED / "data" / "ocha_syria" / "communities.csv"
        t = time.perf_counter()
        result = gaz.import_file(ocha)
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        gaz.compiled
        compile_s = time.perf_counter() - t
        print(f"gazetteer: {json.dumps(gaz.info()['origins'] and {k: v['entries'] for k, v in gaz.info()['origins'].items()})}")
        print(f"first open (built-in default installed): {builtin_s:.2f} s; OCHA import: {import_s:.2f} s "
              f"({result['entries']} places); compiling the matcher: {compile_s:.2f} s")

        def probe(mode: str) -> dict:
            run = subprocess.run([sys.executable, "-c", LOAD_PROBE, str(home), mode], capture_output=True, text=True,
                                 check=True)
            return json.loads(run.stdout)

        loads = [probe("time") for _ in range(3)]
        best = min(loads, key=lambda d: d["seconds"])
        mem = probe("trace")
        runs = ", ".join(f"{d['seconds']:.3f}" for d in loads)
        print(f"load (fresh process, compiled cache): {best['seconds']:.3f} s (runs: {runs}), {best['entries']} entries; "
              f"memory: RSS growth {best['rss_growth_mb']:.1f} MB, tracemalloc peak {mem['tracemalloc_peak_mb']:.1f} MB")

        texts = corpus()
        mb = sum(len(x.encode("utf-8")) for x in texts) / 1e6
        rec = PlaceRecogniser(gaz)
        docs = [Doc.from_article(Article(id=str(i), text=x)) for i, x in enumerate(texts)]
        n_places = sum(len(rec(d)) for d in docs)  # warm-up
        stage_times, full_times = [], []
        for _ in range(args.repeat):  # CPU time of this (single-threaded) process: per core
            t, w = time.process_time(), time.perf_counter()
            for d in docs:
                rec(d)
            stage_times.append((time.process_time() - t, time.perf_counter() - w))
            t, w = time.process_time(), time.perf_counter()
            for i, x in enumerate(texts):
                rec(Doc.from_article(Article(id=str(i), text=x)))
            full_times.append((time.process_time() - t, time.perf_counter() - w))
        s, f = min(stage_times), min(full_times)
        print(f"corpus: {len(texts)} texts, {mb:.2f} MB, {n_places} place mentions")
        print(f"places stage: {mb / s[0]:.2f} MB/s per core ({s[0]:.2f} s CPU, {s[1]:.2f} s wall)")
        print(f"normalisation + places stage: {mb / f[0]:.2f} MB/s per core ({f[0]:.2f} s CPU, {f[1]:.2f} s wall)")
        gaz.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
