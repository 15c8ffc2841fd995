"""Normalisation of Arabic text for matching only; the original is never changed.

``normalize_with_map`` returns the normalised string with, for each of its characters, the
index of the original character it came from, so a match in normalised text maps back to a
span of the original (``NormText.to_original``). Normalisation only deletes or replaces
characters one for one, never inserts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and tatweel are deleted
_DELETE = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"} | {
    chr(c) for c in range(0x06D6, 0x06EE)
} | {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}

_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Persian digits


def _norm_char(ch: str) -> str | None:
    if ch in _DELETE:
        return None
    rep = _REPLACE.get(ch)
    if rep is not None:
        return rep
    return ch.lower() if ch.isascii() else ch


@dataclass(frozen=True)
class NormText:
    """Normalised text plus the offset map back to the original."""

    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i] = original index of text[i]; offsets[len] = len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text to the original text."""
        if start >= end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_original(self, pos: int) -> int:
        """The index in normalised text of the first character at or after original ``pos``."""
        import bisect

        return bisect.bisect_left(self.offsets, pos, 0, len(self.text))


# One translation table for the whole text; deletions are located with a regex so the offset
# map is built from runs, not character by character. ``str.translate`` looks every character
# up in a dict (slow for Arabic text), so the frequent letters are folded with ``str.replace``
# first and the table is applied only to the pieces between the rare characters.
_TABLE = str.maketrans(
    {**{c: None for c in _DELETE}, **_REPLACE, **{chr(c): chr(c + 32) for c in range(65, 91)}}
)
_DELETED_RUN = re.compile("[" + "".join(sorted(_DELETE)) + "]+")
# the letters news text is full of; their targets are never themselves replaced
_FREQUENT = (("ة", "ه"), ("أ", "ا"), ("إ", "ا"), ("ى", "ي"), ("ئ", "ي"), ("ؤ", "و"), ("آ", "ا"))
_FREQUENT_CHARS = {a for a, _ in _FREQUENT}
_RARE = re.compile(
    "([" + "".join(re.escape(chr(c)) for c in sorted(_TABLE) if chr(c) not in _FREQUENT_CHARS) + "])"
)
_RARE_MAP = {chr(c): (chr(v) if isinstance(v, int) else v or "") for c, v in _TABLE.items()}


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, fast for Arabic text."""
    for a, b in _FREQUENT:
        text = text.replace(a, b)
    if _RARE.search(text) is None:
        return text
    parts = _RARE.split(text)  # [kept, rare char, kept, rare char, ..., kept]
    parts[1::2] = map(_RARE_MAP.__getitem__, parts[1::2])
    return "".join(parts)


def normalize_with_map(text: str) -> NormText:
    norm = _translate(text)
    n = len(text)
    if len(norm) == n:
        return NormText(text, norm, tuple(range(n + 1)))
    offsets: list[int] = []
    prev = 0
    for m in _DELETED_RUN.finditer(text):
        offsets.extend(range(prev, m.start()))
        prev = m.end()
    offsets.extend(range(prev, n + 1))
    return NormText(text, norm, tuple(offsets))


def normalize(text: str) -> str:
    """Normalised form of ``text`` for matching (diacritics and tatweel removed, alef/hamza,
    ى/ي, ة/ه folded, Arabic-Indic and Persian digits to ASCII, Latin lower-cased)."""
    return _translate(text)


def without_proclitic(word: str) -> str:
    """A normalised definite word without the proclitic glued before its article: «للمسلحين» ->
    «المسلحين», «والإرهابيين» -> «الإرهابيين», «بالمهاجمين» -> «المهاجمين»."""
    if word.startswith("لل"):
        return "ا" + word[1:]
    if word[:1] in ("و", "ف", "ب", "ك") and word[1:3] == "ال":
        return word[1:]
    return word


def deletion_points(text: str) -> list[int]:
    """Positions in ``normalize(text)`` before which characters of ``text`` were deleted."""
    points: list[int] = []
    removed = 0
    for m in _DELETED_RUN.finditer(text):
        points.append(m.start() - removed)
        removed += m.end() - m.start()
    return points
