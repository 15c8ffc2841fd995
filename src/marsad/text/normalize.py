"""Normalisation of Arabic text for matching only; the original is never changed.

``normalize_with_map`` returns the normalised string with, for each of its characters, the
index of the original character it came from, so a match in normalised text maps back to a
span of the original (``NormText.to_original``). Normalisation only deletes or replaces
characters one for one, never inserts.
"""
from __future__ import annotations

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


def normalize_with_map(text: str) -> NormText:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        n = _norm_char(ch)
        if n is None:
            continue
        out.append(n)
        offsets.append(i)
    offsets.append(len(text))
    return NormText(text, "".join(out), tuple(offsets))


def normalize(text: str) -> str:
    """Normalised form of ``text`` for matching (diacritics and tatweel removed, alef/hamza,
    ى/ي, ة/ه folded, Arabic-Indic and Persian digits to ASCII, Latin lower-cased)."""
    return "".join(c for c in map(_norm_char, text) if c is not None)
