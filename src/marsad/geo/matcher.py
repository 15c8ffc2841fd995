"""One compiled matcher over every Arabic name of the gazetteer (pyahocorasick).

Names are indexed under their compact keys (``marsad.geo.names``) and a few variants, each
with how it was derived: exact, a swapped final letter (معردبسي ~ معردبسة, كفر حمرة ~ كفر
حمراء), the article dropped (الهبيط ~ هبيط) or added (حماميات ~ الحماميات; دير شرقي ~ الدير
الشرقي), or the article merged into a preceding ل (للحامدية). ``find`` runs the automaton once
over the compact projection of a text and keeps the hits that start at a word start, or after
proclitics only (وبسيدا، بمعرة النعمان), and end at a word end (no match inside a longer word).

For misspellings (سيراكاب → سراقب) ``fuzzy`` looks up the names of one governorate with the
same consonant skeleton (long vowels dropped, confusable letters merged) and keeps those within
a weighted edit distance; the recogniser calls it only where the context says a place stands.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from itertools import compress
from operator import itemgetter
from typing import Iterable, NamedTuple

import ahocorasick

from marsad.geo.gazetteer import GazEntry
from marsad.geo.lexicon import NAME_PROCLITICS
from marsad.geo.names import (
    CompactText, article_added, article_variants, compact, compact_keys, definite_variants, ending_variants, has_arabic,
    letters, norm_name, qualifier_dropped, skeleton, weighted_distance,
)

EXACT, ENDING, ARTICLE, LAM, ADDED = 0, 1, 2, 3, 4
HOW = {EXACT: "exact", ENDING: "ending variant", ARTICLE: "article dropped", LAM: "article after li",
       ADDED: "article added"}
MIN_LETTERS = 3  # shorter names are never matched
FUZZY_MIN_LETTERS = 5


class Hit(NamedTuple):
    start: int  # normalised-text offsets of the name itself (proclitics excluded)
    end: int
    prefix: str  # proclitics in front of the name, normalised ("" when none)
    key: str  # the compact key matched
    candidates: tuple[tuple[str, int], ...]  # (entry id, how)


class NameMatcher:
    def __init__(self, automaton: ahocorasick.Automaton, skeletons: dict[str, tuple[tuple[str, str], ...]],
                 admin1_of: dict[str, str]) -> None:
        self.automaton = automaton
        self.skeletons = skeletons  # consonant skeleton -> (compact name, entry id)
        self.admin1_of = admin1_of

    @classmethod
    def build(cls, entries: dict[str, GazEntry], names: Iterable[tuple[str, str, str]]) -> "NameMatcher":
        index: dict[str, dict[str, int]] = defaultdict(dict)
        skeletons: dict[str, set[tuple[str, str]]] = defaultdict(set)

        def add(key: str, entry_id: str, how: int) -> None:
            old = index[key].get(entry_id)
            if old is None or how < old:
                index[key][entry_id] = how

        for entry_id, name, _lang in names:
            if not has_arabic(name):
                continue
            for part in _split_name(name):
                n = norm_name(part)
                if letters(n) < MIN_LETTERS:
                    continue
                for k in compact_keys(n):
                    add(k, entry_id, EXACT)
                for v in ending_variants(n):
                    for k in compact_keys(v):
                        add(k, entry_id, ENDING)
                for v in article_variants(n) | definite_variants(n):
                    for k in compact_keys(v):
                        add(k, entry_id, ARTICLE)
                entry = entries.get(entry_id)
                if entry is not None and entry.country == "Syria":  # Syrian villages in the news
                    # only where a settlement or site word says a place: «قرية الحماميات» for
                    # حماميات, «قرية الحويز» for الحويز الشمالي
                    for v in article_added(n) | qualifier_dropped(n):
                        for k in compact_keys(v):
                            add(k, entry_id, ADDED)
                if n.startswith("ال") and len(n) > 4:
                    for k in compact_keys(n[1:]):
                        add(k, entry_id, LAM)
                if letters(n) >= FUZZY_MIN_LETTERS and entry is not None and entry.admin1:
                    skeletons[skeleton(n)].add((compact(n), entry_id))
        automaton = ahocorasick.Automaton()
        for key, ids in index.items():
            cands = tuple(sorted(ids.items()))
            automaton.add_word(key, (key, cands, any(how == LAM for _i, how in cands)))
        automaton.make_automaton()
        return cls(automaton, {k: tuple(sorted(v)) for k, v in skeletons.items()},
                   {i: e.admin1 for i, e in entries.items() if e.admin1})

    def find(self, ct: CompactText) -> list[Hit]:
        hits: list[Hit] = []
        starts, word_starts, text = ct.starts, ct.word_starts, ct.text
        # most raw matches end inside a word: drop them with C-level passes, not a Python loop
        raw = list(self.automaton.iter(text))
        at_word_end = map(ct.ends.__contains__, map((1).__add__, map(itemgetter(0), raw)))
        for end_idx, (key, cands, lam) in compress(raw, at_word_end):
            end = end_idx + 1
            start = end - len(key)
            prefix = ""
            if start not in starts:
                prefix = text[word_starts[bisect_right(word_starts, start) - 1]:start]
                if prefix not in NAME_PROCLITICS:
                    continue
            if prefix in ("لل", "ولل", "فلل"):  # ل + ال: only names read with their article
                cands = tuple(c for c in cands if c[1] == LAM) if lam else ()
                prefix = prefix[:-1]
            elif lam and not prefix.endswith("ل"):
                cands = tuple(c for c in cands if c[1] != LAM)
            if not cands:
                continue
            s, e = ct.to_norm(start, end)
            hits.append(Hit(s, e, prefix, key, cands))
        return hits

    def lookup_key(self, name: str) -> tuple[tuple[str, int], ...]:
        """Candidates of one name, as ``find`` would give them for the whole name."""
        n = norm_name(name)
        key = compact(n)
        got = self.automaton.get(key, None)
        return got[1] if got else ()

    def fuzzy(self, name: str, admin1: str | None, max_distance: float = 1.5) -> list[tuple[str, float]]:
        """Entries of governorate ``admin1`` whose name is a likely misspelling of ``name``
        (5 letters or more), with the weighted edit distance, best first."""
        n = norm_name(name)
        if admin1 is None or letters(n) < FUZZY_MIN_LETTERS:
            return []
        key = compact(n)
        found: dict[str, float] = {}
        # the name as written and with its last letter spelt the other ways («كفرروما»: «كفرومة»)
        keys = {skeleton(v) for v in (n, *ending_variants(n))}
        for other, entry_id in (hit for k in keys for hit in self.skeletons.get(k, ())):
            if self.admin1_of.get(entry_id) != admin1:
                continue
            d = weighted_distance(key, other)
            if d <= max_distance and d < found.get(entry_id, 99):
                found[entry_id] = d
        return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))


def _split_name(name: str) -> list[str]:
    """The names in one gazetteer name: OCHA joins two names with "_" (زردنا_مشهد) and adds a
    district after " - " or "/" (معراتة - مركز عفرين, شاميه /اللاذقية/)."""
    out = []
    for part in name.split("_"):
        part = part.split(" - ")[0].split(" -")[0].split("- ")[0].split("/")[0]
        part = part.strip(" -")
        if part:
            out.append(part)
    return out
