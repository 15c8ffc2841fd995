"""Sentences and clauses, with offsets into the original text.

A sentence ends at . ؟ ? ! … (a run of them counts once) or at a newline. A full stop between
digits (3.5), after a single letter (أ.ف.ب, د.) or a listed abbreviation (Mr.), or glued to
the next word (rt.com) does not end one. Clauses are the parts of a sentence between ، ؛ , ;
(a comma between digits, 1,000, is not a separator).

Quotes «...» “...” "..." and brackets (...) [...] are kept whole: nothing inside them splits a
sentence or a clause. When a paragraph leaves a quote or bracket open, that paragraph is split
again without regard to quotes, so a stray « cannot swallow it.

Sentences and clauses are trimmed of whitespace; a clause leaves out its separator and the
sentence's final punctuation. Rules live in ``marsad/data/text/sentences.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.model import Span
from marsad.text.lexicon import SentenceRules, TextTables

_LETTER_RUN = re.compile(r"[^\W\d_]+$")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    clauses: list[Span] = field(default_factory=list)


def split_sentences(text: str, tables: TextTables | None = None) -> list[Sentence]:
    """The sentences of ``text``, each with its clauses."""
    rules = (tables or TextTables.default()).sentences
    sentences: list[Sentence] = []
    pos = 0
    marks_in = rules.marks.finditer
    for line in text.split("\n"):
        end = pos + len(line)
        if not line or line.isspace():  # blank lines between paragraphs
            pos = end + 1
            continue
        marks = [(m.start(), m.group()) for m in marks_in(text, pos, end)]
        cuts = _scan(text, marks, rules, quotes=True)
        if cuts is None:
            cuts = _scan(text, marks, rules, quotes=False)
        if rules.side_pairs is not None and cuts[1]:
            cuts = (cuts[0], _outside_side_pairs(text, pos, end, cuts[1], rules.side_pairs))
        sentences.extend(_build(text, pos, end, *cuts, rules))  # type: ignore[misc]
        pos = end + 1
    return sentences


def _outside_side_pairs(text: str, start: int, end: int, seps: list[int], pattern: re.Pattern[str]) -> list[int]:
    """The separators that part clauses: not those of «X من جهة، وY من جهة أخرى،» (sentences.yaml
    ``side_pairs``), which keep the two sides of «بين» and what follows in one clause."""
    inside = [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
    return [i for i in seps if not any(a < i < b for a, b in inside)] if inside else seps


def _scan(text: str, marks: list[tuple[int, str]], rules: SentenceRules, quotes: bool
          ) -> tuple[list[int], list[int]] | None:
    """(sentence ends, clause separator positions) of one line, or None when ``quotes`` is
    on and the line leaves a quote or bracket open."""
    ends: list[int] = []
    seps: list[int] = []
    stack: list[str] = []
    for i, ch in marks:
        if quotes and stack and ch == stack[-1]:
            stack.pop()
        elif quotes and ch in rules.pairs:
            stack.append(rules.pairs[ch])
        elif stack:
            continue
        elif ch in rules.terminators:
            if _ends_sentence(text, i, ch, rules):
                ends.append(i + 1)
        elif ch in rules.clause_separators and not _between_digits(text, i):
            seps.append(i)
    if quotes and stack:
        return None
    return ends, seps


def _ends_sentence(text: str, i: int, ch: str, rules: SentenceRules) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt in rules.terminators:
        return False  # the run ends later
    if ch != ".":
        return True
    if nxt.isalnum():
        return False  # 3.5, rt.com, 27.01.2020
    word = _word_before(text, i)
    return not (len(word) == 1 or word.lower() in rules.abbreviations)


def _word_before(text: str, i: int) -> str:
    chunk = text[max(0, i - 12):i].replace("\u0640", "")
    m = _LETTER_RUN.search(chunk)
    return m.group() if m else ""


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _build(text: str, start: int, end: int, ends: list[int], seps: list[int],
           rules: SentenceRules) -> list[Sentence]:
    out: list[Sentence] = []
    bounds = [e for e in ends if e < end] + [end]
    a = start
    k = 0
    for b in bounds:
        s, e = _trim(text, a, b)
        if s < e:
            inner: list[int] = []
            while k < len(seps) and seps[k] < b:
                if seps[k] >= a:
                    inner.append(seps[k])
                k += 1
            out.append(Sentence(s, e, text[s:e], _clauses(text, s, e, inner, rules)))
        a = b
    return out


def _clauses(text: str, start: int, end: int, seps: list[int], rules: SentenceRules
             ) -> list[Span]:
    spans: list[Span] = []
    a = start
    for b in seps + [_strip_final(text, start, end, rules)]:
        s, e = _trim(text, a, b)
        if s < e:
            spans.append(Span(s, e, text[s:e]))
        a = b + 1
    return spans


def _strip_final(text: str, start: int, end: int, rules: SentenceRules) -> int:
    while end > start and (text[end - 1] in rules.terminators or text[end - 1].isspace()):
        end -= 1
    return end


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
