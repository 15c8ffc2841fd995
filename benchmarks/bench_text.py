"""Time the text layer per seed article: normalise, tokenise, sentences, quantities, dates.

    .venv/bin/python benchmarks/bench_text.py [REPEATS]

Prints the best-of-7 mean time per article (ms) for each step and the text-layer total.
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from marsad.text.dates import default_finder
from marsad.text.normalize import normalize_with_map
from marsad.text.numbers import default_number_finder
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import default_tokenizer

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
PUBLISHED = {"000": date(2019, 8, 13), "001": date(2020, 1, 27)}


def best_ms(fn, repeats: int) -> float:
    fn()
    best = float("inf")
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(repeats):
            fn()
        best = min(best, (time.perf_counter() - t0) / repeats)
    return best * 1000


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    tok, nums, dates = default_tokenizer(), default_number_finder(), default_finder()
    print(f"{'article':<24}{'chars':>6}{'tokens':>7}{'norm':>8}{'tokens':>8}{'sents':>8}"
          f"{'numbers':>9}{'dates':>8}{'total':>8}  (ms)")
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pub = PUBLISHED.get(path.name[:3])
        nt = normalize_with_map(text)
        tokens = tok.tokenize_norm(nt)
        spans = [(d.start, d.end) for d in dates.find(tokens, nt, None)]
        t = {
            "norm": best_ms(lambda: normalize_with_map(text), repeats),
            "tokens": best_ms(lambda: tok.tokenize_norm(nt), repeats),
            "sents": best_ms(lambda: split_sentences(text), repeats),
            "numbers": best_ms(lambda: nums.find(tokens, nt, spans), repeats),
            "dates": best_ms(lambda: dates.find(tokens, nt, pub), repeats),
        }
        # the numbers stage also runs the date finder once to leave out dates
        total = sum(t.values()) + t["dates"]
        print(f"{path.stem:<24}{len(text):>6}{len(tokens):>7}" + "".join(
            f"{v:>{w}.3f}" for v, w in zip(t.values(), (8, 8, 8, 9, 8))) + f"{total:>8.3f}")


if __name__ == "__main__":
    main()
