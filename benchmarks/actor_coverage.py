"""How many human-labelled actor spans of the Arabic event GSR the actor recogniser finds.

For every accepted ASSAULT/PROTEST sentence in ../shared/eval/arabic_event_gsr/*_spans.json, each
distinct source/target actor span (the annotators' tokens, located in the sentence) counts as
found when an actor, person or outlet mention overlaps it. Also prints the recogniser's speed on
the seed articles (ms per 4 KB).

    .venv/bin/python benchmarks/actor_coverage.py [--misses N] [--pipeline]

With --pipeline the sentences go through the pipeline up to the actors stage (so place mentions
help decide each sentence's country); without it, through the actor lexicon alone.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from marsad.actors.lexicon import ActorLexicon
from marsad.text.normalize import normalize_with_map

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
GSR = SHARED / "eval" / "arabic_event_gsr"


def locate(text: str, tokens: list[str]) -> tuple[int, int] | None:
    """Character span covering the annotated tokens (each looked up after the previous one)."""
    starts, ends, pos = [], [], 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0:
            i = text.find(tok)
        if i < 0:
            continue
        starts.append(i)
        ends.append(i + len(tok))
        pos = i + len(tok)
    return (min(starts), max(ends)) if starts else None


def gsr_spans() -> list[dict]:
    """Distinct (sentence, side, tokens) actor spans with their CAMEO role."""
    seen: set[tuple[str, str, str]] = set()
    out: list[dict] = []
    for name in ("assault_spans.json", "protest_spans.json"):
        for item in json.loads((GSR / name).read_text(encoding="utf-8")):
            for span in item["spans"]:
                for side in ("source", "target"):
                    tokens = [t for t in span.get(f"{side}_actor") or [] if t.strip()]
                    if not tokens:
                        continue
                    k = (item["_id"], side, " ".join(tokens))
                    if k in seen:
                        continue
                    seen.add(k)
                    role = span.get(f"{side}_role") or {}
                    if not isinstance(role, dict):
                        role = {"main": str(role), "role": "?"}
                    out.append({"id": item["_id"], "text": item["text"], "side": side, "tokens": tokens,
                                "main": role.get("main"), "role": role.get("role")})
    return out


def speed(lex: ActorLexicon) -> tuple[float, float]:
    """Milliseconds per 4 KB of article text on the seed articles (best of 7 rounds): from the
    normalised text the pipeline stage receives (``doc.norm``), and from a raw string
    (normalisation included)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    norms = [normalize_with_map(t) for t in texts]
    per_4kb = sum(len(t.encode("utf-8")) for t in texts) / 4096

    def best(inputs: list) -> float:
        fastest = float("inf")
        for _ in range(7):
            t0 = time.perf_counter()
            for x in inputs:
                lex.recognise(x)
            fastest = min(fastest, time.perf_counter() - t0)
        return fastest * 1000 / per_4kb

    return best(norms), best(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=0, help="print this many missed spans")
    ap.add_argument("--pipeline", action="store_true", help="run the pipeline up to the actors stage")
    args = ap.parse_args()
    t0 = time.perf_counter()
    lex = ActorLexicon.load()
    load_s = time.perf_counter() - t0
    spans = gsr_spans()
    recognise = lex.recognise
    if args.pipeline:
        from marsad.model import Article
        from marsad.pipeline import Pipeline

        pipe = Pipeline.default(until="actors")
        kinds = ("actor", "person", "outlet")
        recognise = lambda text: [m for m in pipe(Article(id="gsr", text=text)).mentions if m.kind in kinds]  # noqa: E731
    cache: dict[str, list] = {}
    found, located = 0, 0
    by_role: Counter[str] = Counter()
    by_role_found: Counter[str] = Counter()
    misses: list[dict] = []
    for sp in spans:
        where = locate(sp["text"], sp["tokens"])
        if where is None:
            continue
        located += 1
        if sp["id"] not in cache:
            cache[sp["id"]] = recognise(sp["text"])
        mentions = cache[sp["id"]]
        s, e = where
        hit = any(m.start < e and s < m.end for m in mentions)
        role = f"{sp['main']}/{sp['role']}"
        by_role[role] += 1
        if hit:
            found += 1
            by_role_found[role] += 1
        else:
            misses.append(sp)
    print(f"lexicon load: {load_s * 1000:.0f} ms, {len(lex.automaton)} surface forms")
    from_norm, from_raw = speed(lex)
    print(f"speed: {from_norm:.3f} ms per 4 KB article from doc.norm ({from_raw:.3f} ms with normalisation)")
    print(f"GSR actor spans: {len(spans)} distinct, {located} located in their sentence")
    print(f"found (a mention overlaps the span): {found}/{located} = {found / max(located, 1):.1%}")
    for role, n in by_role.most_common(15):
        print(f"  {role:14s} {by_role_found[role]:4d}/{n}")
    for sp in misses[: args.misses]:
        print(f"MISS {sp['side']:6s} {sp['main']}/{sp['role']}: {' '.join(sp['tokens'])}")
    if args.misses:
        labels = Counter(m.label for ms in cache.values() for m in ms if m.kind == "actor")
        print("most frequent actor labels:", labels.most_common(12))


if __name__ == "__main__":
    main()
