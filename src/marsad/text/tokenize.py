"""Tokens of an Arabic news article, with their offsets in the original text.

``tokenize(text)`` finds Arabic words, Latin words, numbers (ASCII, Arabic-Indic and Persian
digits) and punctuation marks on the normalised text (``normalize_with_map``) and maps each
back to the original. Each Arabic token is split, conservatively, into

    prefix  proclitics: و ف (conjunctions), ب ل ك (prepositions), ال / لل (article)
    base    the word without them
    stem    the base without an enclitic pronoun (ها هم هما كم نا ه)
    suffix  that pronoun

``base`` is a best guess (وبسيدا → و + بسيدا? or وب + سيدا?). Lexicon lookups should try
``candidates(token)``, every plausible base from least to most stripped, and take the first
hit. The knowledge (proclitics, protected words) lives in ``marsad/data/text/clitics.yaml``.

A proclitic written alone before a Latin word or a number, or joined by a tatweel («لـRT»,
«لـ «النظام»», «و13») is its own token with ``prefix`` = the letters and ``base`` = "".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from marsad.text.lexicon import Clitics, TextTables
from marsad.text.normalize import _DELETED_RUN, NormText, normalize, normalize_with_map

# Arabic letters as they remain after normalisation (harakat and tatweel are gone).
AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"

_TOKEN_RE = re.compile(
    rf"(?P<ar>[{AR_LETTERS}]+)"
    r"|(?P<num>[0-9]+(?:[.,\u066b\u066c][0-9]+)*)"
    r"|(?P<lat>[a-z\u00c0-\u024f]+(?:['\u2019][a-z]+)?)"
    r"|(?P<punct>\S)"
)

# Harakat, tanwin, shadda, dagger alef and Quranic marks written after a word's last letter.
_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]+")

HAMZA_ALEFS = frozenset("أإآ")
TATWEEL = "\u0640"

# Every proclitic string a candidate may start with, longest last (see ``candidates``).
_PROCLITIC_STRINGS = tuple(sorted({
    c + p + a
    for c in ("", "و", "ف")
    for p in ("", "ب", "ل", "ك")
    for a in ("", "ال")
} - {""} | {"لل", "ولل", "فلل"}, key=len))


@dataclass(slots=True)
class Token:
    """One token; ``start``/``end`` index the original text, ``norm`` is its normalised form."""

    start: int
    end: int
    text: str
    norm: str
    prefix: str = ""
    base: str = ""
    stem: str = ""
    suffix: str = ""
    kind: str = "ar"  # "ar" (Arabic word), "lat" (Latin word), "num" (digits), "punct"
    nstart: int = 0  # index of the token in the normalised text (Doc.norm.text)
    base_start: int = 0  # original offset where ``base`` begins (== end when base is empty)

    @property
    def is_word(self) -> bool:
        return self.kind in ("ar", "lat")


class Tokenizer:
    """Tokenises with one set of clitic tables.

    Text is cut at whitespace into chunks («وقال»، «(سانا)»، «27/1/2020»); no token crosses
    whitespace and nothing around a chunk changes how it is tokenised, so the tokens of each
    distinct chunk are worked out once and remembered as templates with chunk-relative offsets
    (a bounded memo held by the tokenizer). News text repeats its words, so most chunks are
    found in the memo and a token costs one ``Token`` construction."""

    MEMO_LIMIT = 200_000

    def __init__(self, tables: TextTables | None = None) -> None:
        self.clitics = (tables or TextTables.default()).clitics
        self._detachable = _detachable(self.clitics)
        self._memo: dict[str, tuple[str, str, str, str]] = {}  # word surface -> analysis
        self._chunks: dict[str, tuple[tuple[Any, ...], ...]] = {}  # chunk -> token templates

    def __call__(self, text: str) -> list[Token]:
        return self.tokenize_norm(normalize_with_map(text))

    def tokenize_norm(self, nt: NormText) -> list[Token]:
        """Tokens of an already normalised text (``Doc.norm``)."""
        chunks = self._chunks
        if len(chunks) > self.MEMO_LIMIT:
            chunks.clear()
        tokens: list[Token] = []
        append = tokens.append
        new = Token
        # deleted runs (harakat, tatweel ...) shift normalised offsets: (original start, length)
        runs = [(m.start(), m.end() - m.start()) for m in _DELETED_RUN.finditer(nt.original)]
        runs.append((len(nt.original) + 1, 0))
        k, next_run, shift = 0, runs[0][0], 0
        pieces = _SPACES.split(nt.original)  # chunk, spaces, chunk, spaces, ..., chunk
        starts = list(accumulate(map(len, pieces), initial=0))
        get = chunks.get
        for chunk, o in zip(pieces[::2], starts[::2]):
            if not chunk:
                continue
            while next_run < o:  # runs never hold whitespace, so they lie inside chunks
                shift += runs[k][1]
                k += 1
                next_run = runs[k][0]
            n = o - shift
            templates = get(chunk)
            if templates is None:
                templates = chunks[chunk] = self._templates(chunk)
            for start, end, text, norm, prefix, base, stem, suffix, kind, nstart, base_start in templates:
                append(new(o + start, o + end, text, norm, prefix, base, stem, suffix, kind,
                           n + nstart, o + base_start))
        return tokens

    def _templates(self, chunk: str) -> tuple[tuple[Any, ...], ...]:
        """The tokens of one whitespace-free chunk, as field tuples relative to its start."""
        clitics, memo, detachable = self.clitics, self._memo, self._detachable
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        nt = normalize_with_map(chunk)
        orig, offs, ntext = nt.original, nt.offsets, nt.text
        nlen = len(ntext)  # offs[nlen] == len(orig)
        out: list[tuple[Any, ...]] = []
        for m in _TOKEN_RE.finditer(ntext):
            s = m.start()
            e = m.end()
            ostart = offs[s]
            oend = offs[e - 1] + 1
            if offs[e] != oend:  # something deleted after the last letter: harakat?
                trail = _TRAILING_MARKS.match(orig, oend)
                if trail is not None:
                    oend = trail.end()
            surface = orig[ostart:oend]
            norm = ntext[s:e]
            group = m.lastindex
            if group != 1:
                out.append((ostart, oend, surface, norm, "", norm, norm, "", _KINDS[group], s, ostart))
                continue
            if norm in detachable and (
                orig[oend:oend + 1] == TATWEEL or (e < nlen and not ntext[e].isspace())
            ):
                out.append((ostart, oend, surface, norm, norm, "", "", "", "ar", s, oend))
                continue
            parts = memo.get(surface)
            if parts is None:
                parts = memo[surface] = analyse(norm, surface, clitics)
            prefix = parts[0]
            out.append((ostart, oend, surface, norm, prefix, parts[1], parts[2], parts[3], "ar", s,
                        offs[s + len(prefix)] if prefix else ostart))
        return tuple(out)


_SPACES = re.compile(r"(\s+)")
_KINDS = {1: "ar", 2: "num", 3: "lat", 4: "punct"}  # regex group -> Token.kind


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    return Tokenizer(TextTables.default())


def tokenize(text: str, tables: TextTables | None = None) -> list[Token]:
    """Tokens of ``text`` with offsets into ``text``."""
    return tokenize_norm(normalize_with_map(text), tables)


def tokenize_norm(nt: NormText, tables: TextTables | None = None) -> list[Token]:
    """Tokens of an already normalised text (``Doc.norm``)."""
    tok = default_tokenizer() if tables is None else Tokenizer(tables)
    return tok.tokenize_norm(nt)


def _detachable(clitics: Clitics) -> frozenset[str]:
    """Proclitic strings that may stand as a token of their own when a tatweel or a
    non-Arabic token follows: ل (لـRT), و (و13), وب, لل, ال ..."""
    out = {clitics.lil, clitics.article}
    for c in ("", *clitics.conjunctions):
        out.add(c + clitics.lil)
        out.update(c + p for p in clitics.prepositions)
        if c:
            out.add(c)
    return frozenset(out)


def analyse(norm: str, surface: str, clitics: Clitics) -> tuple[str, str, str, str]:
    """(prefix, base, stem, suffix) of one Arabic word; ``surface`` is its original spelling,
    consulted for hamza on alef (أ is never the article's alef) and for ة (never a pronoun)."""
    orig = surface if len(surface) == len(norm) else _aligned(surface)
    prefix, base = split_proclitics(norm, orig, clitics)
    if clitics.article in prefix or prefix.endswith(clitics.lil):
        return prefix, base, base, ""  # a definite noun takes no possessive pronoun
    stem, suffix = split_enclitic(base, orig[-1], clitics)
    return prefix, base, stem, suffix


def _aligned(surface: str) -> str:
    """The original characters of ``surface`` that survive normalisation, one per normalised
    character (diacritics and tatweel dropped)."""
    return "".join(ch for ch in surface if normalize(ch))


def split_proclitics(norm: str, orig: str, clitics: Clitics) -> tuple[str, str]:
    """(prefix, base); ``orig`` holds the original letter for each letter of ``norm``."""
    if len(norm) < 3 or _protected(norm, clitics):
        return "", norm
    p = 0
    if norm[0] in clitics.conjunctions:
        rest = norm[1:]
        if rest in clitics.function_words or len(rest) >= clitics.min_conjunction:
            p = 1
            if rest in clitics.function_words or _protected(rest, clitics):
                return norm[:1], rest
    rest = norm[p:]
    art = clitics.article
    if rest.startswith(clitics.lil) and len(rest) - 2 >= clitics.min_article:
        return norm[: p + 2], rest[2:]
    if rest[:1] in clitics.prepositions:
        after = rest[1:]
        if (after.startswith(art) and len(after) - 2 >= clitics.min_article
                and not _protected(after, clitics) and orig[p + 1] not in HAMZA_ALEFS):
            return norm[: p + 3], after[2:]
        if ((len(after) >= clitics.min_preposition or after in clitics.function_words)
                and not _protected(after, clitics)):
            return norm[: p + 1], after
        return norm[:p], rest
    if (rest.startswith(art) and len(rest) - 2 >= clitics.min_article
            and orig[p] not in HAMZA_ALEFS):
        return norm[: p + 2], rest[2:]
    return norm[:p], rest


def _protected(word: str, clitics: Clitics) -> bool:
    """A protected word, alone or with an enclitic pronoun (بينهما, وزيره)."""
    if word in clitics.protected:
        return True
    return any(word.endswith(e) and word[: -len(e)] in clitics.protected for e in clitics.enclitics)


def split_enclitic(base: str, last_orig: str, clitics: Clitics) -> tuple[str, str]:
    """(stem, suffix): «معسكرها» → («معسكر», «ها»); a final ة is never the pronoun ه."""
    if base in clitics.protected_final:
        return base, ""
    for enc in clitics.enclitics:
        n = len(enc)
        if not base.endswith(enc) or len(base) - n < clitics.min_stem:
            continue
        if base[-n - 1] in clitics.not_after.get(enc, ()):
            continue
        if enc == "ه" and last_orig == "ة":
            continue
        return base[:-n], enc
    return base, ""


def candidates(token: Token, tables: TextTables | None = None) -> list[str]:
    """Plausible lookup forms of ``token``, least stripped first: the full form, the form
    without each possible proclitic string (و, وب, وبال ...; لل also as ال + rest), then the
    same without an enclitic pronoun (and with ت restored to ة: قيادتها → قياده).

    ``candidates(وبسيدا)`` = [وبسيدا, بسيدا, سيدا]; a lexicon takes the first it knows.
    """
    return list(dict.fromkeys(form for form, _, _ in _candidate_forms(token, tables)))


def candidate_spans(token: Token, nt: NormText, tables: TextTables | None = None
                    ) -> list[tuple[str, int, int]]:
    """``candidates`` with the original (start, end) each one covers: «وبسيدا» gives
    ("بسيدا", start + 1, end); ``nt`` is the normalised text the token came from."""
    spans: dict[str, tuple[str, int, int]] = {}
    for form, lead, covered in _candidate_forms(token, tables):
        if form not in spans:
            ns = token.nstart + lead
            spans[form] = (form, *nt.to_original(ns, ns + covered))
    return list(spans.values())


def _candidate_forms(token: Token, tables: TextTables | None) -> list[tuple[str, int, int]]:
    """(form, letters dropped in front, letters of the token covered)."""
    norm = token.norm
    if token.kind != "ar" or not token.base:
        return [(norm, 0, len(norm))] if norm else []
    clitics = (tables or TextTables.default()).clitics
    forms = [(norm, 0, len(norm))]
    for pro in _PROCLITIC_STRINGS:
        lead = len(pro)
        if len(norm) - lead >= 2 and norm.startswith(pro):
            rest = norm[lead:]
            forms.append((rest, lead, len(rest)))
            if pro.endswith(clitics.lil):
                forms.append((clitics.article + rest, lead - 1, len(rest) + 1))
    for form, lead, covered in list(forms):
        if form.startswith(clitics.article):
            continue  # a definite noun takes no possessive pronoun
        stem, suffix = split_enclitic(form, token.text[-1], clitics)
        if suffix:
            forms.append((stem, lead, len(stem)))
            if stem.endswith("ت"):
                forms.append((stem[:-1] + "ه", lead, len(stem)))
    return forms
