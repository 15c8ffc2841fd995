"""The text layer's knowledge files (``marsad/data/text/*.yaml``), loaded and normalised once.

``TextTables.load()`` reads clitics, number words, date words and sentence rules into frozen lookup tables;
``TextTables.default()`` is the shared, read-only instance used when a caller passes none
(``marsad.pipeline.resources.Resources.text_tables`` holds the same object).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping


from marsad.io.knowledge import KnowledgeError, read_yaml
from marsad.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "text"


def _read_yaml(name: str, folder: Path | None = None) -> dict[str, Any]:
    return read_yaml((folder or DATA_DIR) / name)


def _norms(words: Any) -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in (words or []))


def _phrases(words: Any) -> frozenset[tuple[str, ...]]:
    """Phrases as tuples of normalised words: «نفس العام» -> ("نفس", "العام")."""
    return frozenset(tuple(normalize(str(w)).split()) for w in (words or []))


def _valued(table: Mapping[Any, Any]) -> dict[str, int]:
    """{value: [words]} -> {normalised word: value}."""
    out: dict[str, int] = {}
    for value, words in (table or {}).items():
        for w in words:
            out[normalize(str(w))] = int(value)
    return out


@dataclass(frozen=True)
class Clitics:
    conjunctions: frozenset[str]
    prepositions: frozenset[str]
    article: str
    lil: str
    min_conjunction: int
    min_preposition: int
    min_article: int
    function_words: frozenset[str]
    protected: frozenset[str]
    enclitics: tuple[str, ...]
    min_stem: int
    not_after: Mapping[str, frozenset[str]]
    protected_final: frozenset[str]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Clitics":
        mins = d.get("min_base", {})
        enclitics = sorted((normalize(e) for e in d["enclitics"]), key=len, reverse=True)
        return cls(
            conjunctions=_norms(d["conjunctions"]),
            prepositions=_norms(d["prepositions"]),
            article=normalize(d["article"]),
            lil=normalize(d["lil"]),
            min_conjunction=int(mins.get("conjunction", 3)),
            min_preposition=int(mins.get("preposition", 3)),
            min_article=int(mins.get("article", 2)),
            function_words=_norms(d.get("function_words")),
            protected=_norms(d.get("protected")),
            enclitics=tuple(enclitics),
            min_stem=int(d.get("min_stem", 3)),
            not_after=MappingProxyType(
                {normalize(k): _norms(v) for k, v in (d.get("not_after") or {}).items()}
            ),
            protected_final=_norms(d.get("protected_final")),
        )


@dataclass(frozen=True)
class NumberWords:
    units: Mapping[str, int]
    teen: frozenset[str]
    ordinal_units: frozenset[str]
    one_of: frozenset[str]
    tens: Mapping[str, int]
    hundreds: Mapping[str, int]
    scales: Mapping[str, int]
    vague: Mapping[str, int]  # single-word vague quantities
    vague_phrases: Mapping[tuple[str, ...], int]  # multi-word ones (عدد من)
    duals: Mapping[str, str]  # dual form -> singular
    not_nouns: frozenset[str]
    year_cues: frozenset[str]
    percent: frozenset[str]  # normalised, single-spaced

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "NumberWords":
        vague_single: dict[str, int] = {}
        vague_multi: dict[tuple[str, ...], int] = {}
        for value, words in d["vague"].items():
            for w in words:
                parts = tuple(normalize(str(w)).split())
                if len(parts) == 1:
                    vague_single[parts[0]] = int(value)
                else:
                    vague_multi[parts] = int(value)
        duals: dict[str, str] = {}
        for sing in _norms(d.get("dual_nouns")):
            stem = sing[:-1] + "ت" if sing.endswith("ه") else sing
            for ending in ("ين", "ان"):
                duals[stem + ending] = sing
        return cls(
            units=MappingProxyType(_valued(d["units"])),
            teen=_norms(d["teen"]),
            ordinal_units=_norms(d.get("ordinal_units")),
            one_of=_norms(d["one_of"]),
            tens=MappingProxyType(_valued(d["tens"])),
            hundreds=MappingProxyType(_valued(d["hundreds"])),
            scales=MappingProxyType(_valued(d["scales"])),
            vague=MappingProxyType(vague_single),
            vague_phrases=MappingProxyType(vague_multi),
            duals=MappingProxyType(duals),
            not_nouns=_norms(d.get("not_nouns")),
            year_cues=_norms(d.get("year_cues")),
            percent=frozenset(" ".join(normalize(str(p)).split()) for p in d.get("percent") or []),
        )


@dataclass(frozen=True)
class DateWords:
    months: Mapping[str, int]  # normalised (possibly multi-word, single-spaced) name -> month
    ambiguous_months: frozenset[str]
    weekdays: Mapping[str, int]  # bare normalised name (no ال) -> Python weekday
    ambiguous_weekdays: frozenset[str]
    day: frozenset[str]
    two_days: frozenset[str]
    relative_days: Mapping[str, int]
    not_today: frozenset[str]
    not_today_before: frozenset[str]
    names_before: frozenset[str]
    names_after: frozenset[str]
    times_of_day: frozenset[str]
    clock: frozenset[str]  # «الساعة» of «عند الساعة الثانية من بعد ظهر اليوم»
    clock_hours: frozenset[str]  # the hour words after it («الثانية», «العاشرة»); numbers too
    past: frozenset[str]
    future: frozenset[str]
    current: frozenset[str]
    before_last: frozenset[tuple[str, ...]]  # two-word phrases («قبل الماضي»), normalised
    same_year: frozenset[tuple[str, ...]]  # «نفس العام», «العام نفسه», normalised
    week: frozenset[str]
    days: frozenset[str]
    days_fillers: frozenset[str]
    two_days_past: frozenset[str]
    month: frozenset[str]
    month_word: frozenset[str]
    month_start: frozenset[str]
    month_middle: frozenset[str]
    month_end: frozenset[str]
    fillers: frozenset[str]
    agreeing: frozenset[str]
    numeric_before: frozenset[str]  # «في 27/1»: words before a numeric day/month without a year
    ordinal_days: Mapping[str, int]  # normalised, single-spaced
    ago: frozenset[str]  # «قبل», «منذ» before a span of time
    ago_days_only: frozenset[str]
    ago_fillers: frozenset[str]
    ago_units: Mapping[str, tuple[int, int]]  # word -> (days per unit, own count)
    ago_not_before: frozenset[str]
    comes_after: frozenset[str]  # «يأتي ذلك» before «بعد يومين من ...», normalised, single-spaced

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DateWords":
        return cls(
            months=MappingProxyType(_valued(d["months"])),
            ambiguous_months=_norms(d.get("ambiguous_months")),
            weekdays=MappingProxyType(_valued(d["weekdays"])),
            ambiguous_weekdays=_norms(d.get("ambiguous_weekdays")),
            day=_norms(d["day"]),
            two_days=_norms(d["two_days"]),
            relative_days=MappingProxyType(_valued(d["relative_days"])),
            not_today=_norms(d.get("not_today")),
            not_today_before=_norms(d.get("not_today_before")),
            names_before=_norms(d.get("names_before")),
            names_after=_norms(d.get("names_after")),
            times_of_day=_norms(d.get("times_of_day")),
            clock=_norms(d.get("clock")),
            clock_hours=_norms(d.get("clock_hours")),
            past=_norms(d["past"]),
            future=_norms(d["future"]),
            current=_norms(d["current"]),
            before_last=_phrases(d.get("before_last")),
            same_year=_phrases(d.get("same_year")),
            week=_norms(d["week"]),
            days=_norms(d.get("days")),
            days_fillers=_norms(d.get("days_fillers")),
            two_days_past=_norms(d.get("two_days_past")),
            month=_norms(d["month"]),
            month_word=_norms(d.get("month_word")),
            month_start=_norms(d.get("month_start")),
            month_middle=_norms(d.get("month_middle")),
            month_end=_norms(d.get("month_end")),
            fillers=_norms(d.get("fillers")),
            agreeing=_norms(d.get("agreeing")),
            numeric_before=_norms(d.get("numeric_before")),
            ordinal_days=MappingProxyType(_valued(d.get("ordinal_days") or {})),
            ago=_norms(d.get("ago")),
            ago_days_only=_norms(d.get("ago_days_only")),
            ago_fillers=_norms(d.get("ago_fillers")),
            ago_units=MappingProxyType(_ago_units(d.get("ago_units") or {}, getattr(d, "path", "dates.yaml"))),
            ago_not_before=_norms(d.get("ago_not_before")),
            comes_after=_norms(d.get("comes_after")),
        )


def _ago_units(table: Mapping[Any, Any], path: Any) -> dict[str, tuple[int, int]]:
    """{word: [days per unit, own count]} -> {normalised word: (days, count)}."""
    out: dict[str, tuple[int, int]] = {}
    for word, value in table.items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and v >= 0 for v in value)
                and value[0] > 0):
            raise KnowledgeError(f"{path}: ago_units takes [days per unit, own count] for each word, "
                                 f"not {word}: {value!r}")
        out[normalize(str(word))] = (value[0], value[1])
    return out


@dataclass(frozen=True)
class SentenceRules:
    abbreviations: frozenset[str]  # normalised, lower-case
    terminators: frozenset[str]
    clause_separators: frozenset[str]
    pairs: Mapping[str, str]  # opening -> closing
    marks: re.Pattern[str]  # any of the characters above
    # «من جهة، ... من جهة أخرى،»: the separators inside a match part no clauses
    side_pairs: re.Pattern[str] | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SentenceRules":
        terminators = frozenset(str(t) for t in d["terminators"])
        separators = frozenset(str(t) for t in d["clause_separators"])
        pairs = {str(k): str(v) for k, v in d["pairs"].items()}
        chars = sorted(terminators | separators | set(pairs) | set(pairs.values()))
        return cls(
            abbreviations=frozenset(normalize(str(a)).lower() for a in d.get("abbreviations") or []),
            terminators=terminators,
            clause_separators=separators,
            pairs=MappingProxyType(pairs),
            marks=re.compile("[" + "".join(re.escape(c) for c in chars) + "]"),
            side_pairs=_side_pairs(d.get("side_pairs") or [], separators, getattr(d, "path", "sentences.yaml")),
        )


def _side_pairs(pairs: list[list[str]], separators: frozenset[str], path: Any) -> re.Pattern[str] | None:
    """One pattern for every pair of side phrases: the first, a separator, at most eight words,
    the second, a separator."""
    if not pairs:
        return None
    bad = next((p for p in pairs if not isinstance(p, list) or len(p) != 2), None)
    if bad is not None:
        raise KnowledgeError(f"{path}: side_pairs takes pairs of two phrases, not {bad!r}")
    sep = "[" + "".join(re.escape(c) for c in sorted(separators)) + "]"
    alts = [rf"{re.escape(str(a))}\s*{sep}\s*(?:\S+\s+){{1,8}}?{re.escape(str(b))}\s*{sep}" for a, b in pairs]
    return re.compile("|".join(f"(?:{x})" for x in alts))


@dataclass(frozen=True)
class TextTables:
    clitics: Clitics
    numbers: NumberWords
    dates: DateWords
    sentences: SentenceRules

    @classmethod
    def load(cls, folder: Path | None = None) -> "TextTables":
        """Read the tables from ``folder`` (default: the package's ``data/text``)."""
        return cls(
            clitics=Clitics.from_dict(_read_yaml("clitics.yaml", folder)),
            numbers=NumberWords.from_dict(_read_yaml("numbers.yaml", folder)),
            dates=DateWords.from_dict(_read_yaml("dates.yaml", folder)),
            sentences=SentenceRules.from_dict(_read_yaml("sentences.yaml", folder)),
        )

    @staticmethod
    def default() -> "TextTables":
        return _default_tables()


@lru_cache(maxsize=1)
def _default_tables() -> TextTables:
    return TextTables.load()
