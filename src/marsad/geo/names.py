"""Keys under which place names are indexed and looked for.

All keys start from ``marsad.text.normalize.normalize`` (hamza forms folded, ة→ه, ى→ي...).
On top of it, place names are compared in a *compact* form that ignores the spaces inside a
name, so that «معرة مصرين», «معرتمصرين» and OCHA's «معر تمصرين» meet:

- spaces between Arabic words are removed;
- a word-final ه (ة) followed by another word becomes ت (Arabic writes the construct state
  «معرة» but says and sometimes writes «معرت»);
- the isolated hamza ء is dropped («حمراء» = «حمرا»).

Matching runs over the compact projection of the article (``compact_text``) with word
boundaries remembered, so a name still has to start and end on word edges.

``ending_variants`` gives the spellings of a name's last letter that news and lists swap
(ة/ه ↔ ي ↔ ا/اء: معردبسة ↔ معردبسي, كفر حمرة ↔ كفر حمراء) and ``skeleton`` a coarse
consonant key (long vowels dropped, confusable letters merged) for misspellings such as
سيراكاب → سراقب, used only where context backs it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from marsad.text.normalize import normalize

ARABIC_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_AR_WORD = re.compile(r"[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+")
_PURE_ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-']+$")
_SPACE_BETWEEN_WORDS = re.compile(r"(?<=[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]) +(?=[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي])")

# letters merged by the skeleton key (misspellings and transliteration back into Arabic)
_SKELETON_MAP = str.maketrans({
    "ق": "ك", "غ": "ك", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز", "ط": "ت",
    "ه": "ت", "ح": "ه", "ع": "ا",
})
_VOWELS = set("اوي")


def is_arabic_name(text: str) -> bool:
    """True for a name written in the Arabic alphabet proper (not Persian/Urdu/Kurdish letters)."""
    return bool(_PURE_ARABIC.match(text.strip())) and bool(_AR_WORD.search(normalize(text)))


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def norm_name(text: str) -> str:
    """Normalised name with single spaces, no punctuation or tatweel."""
    t = normalize(text)
    t = re.sub(r"[^\w ]+", " ", t)
    return " ".join(t.split())


def compact(name_norm: str) -> str:
    """Compact key of a normalised name (see module docstring)."""
    words = name_norm.replace("ء", "").split()
    if not words:
        return ""
    out = [w[:-1] + "ت" if w.endswith("ه") else w for w in words[:-1]]
    out.append(words[-1])
    return "".join(out)


def compact_keys(name_norm: str) -> set[str]:
    """The compact key plus its form when another word follows (final ه written ت)."""
    key = compact(name_norm)
    keys = {key} if key else set()
    if key.endswith("ه"):
        keys.add(key[:-1] + "ت")
    return keys


def canon(key: str) -> str:
    """A compact key with a final ت read as ه, for comparing keys found in running text (where
    «جديدة في» gives «جديدت») with word lists."""
    return key[:-1] + "ه" if key.endswith("ت") else key


_ENDINGS = ("اء", "ه", "ي", "ا")


def ending_variants(name_norm: str) -> set[str]:
    """Other spellings of the last letter of a (normalised) name, the name itself excluded."""
    for end in _ENDINGS:
        if name_norm.endswith(end) and len(name_norm) - len(end) >= 3 and name_norm[-len(end) - 1] != " ":
            stem = name_norm[: -len(end)]
            return {stem + e for e in _ENDINGS if e != end}
    return set()


def article_variants(name_norm: str) -> set[str]:
    """A name with the article dropped (الهبيط → هبيط) when the rest is long enough."""
    if name_norm.startswith("ال") and len(name_norm) >= 6 and " " not in name_norm[:3]:
        return {name_norm[2:]}
    return set()


def skeleton(name_norm: str) -> str:
    """Coarse consonant key: compact form, long vowels after the first letter dropped,
    confusable letters merged."""
    key = compact(name_norm)
    if not key:
        return ""
    head, tail = key[0], key[1:]
    tail = "".join(c for c in tail if c not in _VOWELS)
    return (head + tail).translate(_SKELETON_MAP)


def letters(text: str) -> int:
    return sum(1 for c in text if c in ARABIC_LETTERS)


_CHEAP_SUBST = {frozenset(p) for p in (
    "قك", "قغ", "كغ", "صس", "ثس", "ضد", "ذز", "ظز", "طت", "هت", "حه", "عا", "اي", "او", "وي", "هي", "اه")}


def weighted_distance(a: str, b: str) -> float:
    """Edit distance where long vowels cost 0.5 to insert or delete and confusable letters
    0.5 to swap (spelling variation), everything else 1."""
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + _indel(ch))
    for ca in a:
        cur = [prev[0] + _indel(ca)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.5 if frozenset((ca, cb)) in _CHEAP_SUBST else 1.0)
            cur.append(min(prev[j] + _indel(ca), cur[j - 1] + _indel(cb), prev[j - 1] + sub))
        prev = cur
    return prev[-1]


def _indel(ch: str) -> float:
    return 0.5 if ch in "اويهء " else 1.0


@dataclass(frozen=True)
class CompactText:
    """The compact projection of a normalised text: spaces between Arabic words removed,
    a word-final ه before a joined word written ت, ء dropped; anything else between two words
    becomes a "|" that no name crosses.

    ``starts`` holds the compact indices where a word starts, ``ends`` maps the compact index
    where a word ends to the normalised one; ``to_norm`` maps a range back."""

    text: str
    starts: frozenset[int]
    ends: dict[int, int]
    word_starts: tuple[int, ...]  # sorted compact word starts
    norm_starts: tuple[int, ...]  # normalised start of each of those words
    hamza: frozenset[int]  # indices (into word_starts) of words that lost a ء
    norm: str

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        return self._pos(start), self.ends.get(end, self._pos(end - 1) + 1)

    def _pos(self, p: int) -> int:
        i = bisect.bisect_right(self.word_starts, p) - 1
        off = p - self.word_starts[i]
        n = self.norm_starts[i]
        if i not in self.hamza:
            return n + off
        while True:  # walk the word, skipping the dropped ء
            if self.norm[n] != "ء":
                if off == 0:
                    return n
                off -= 1
            n += 1

    def word_start(self, pos: int) -> int:
        """The start of the word holding compact index ``pos``."""
        return self.word_starts[bisect.bisect_right(self.word_starts, pos) - 1]


def compact_text(norm: str) -> CompactText:
    pieces: list[str] = []
    starts: list[int] = []
    nstarts: list[int] = []
    ends: dict[int, int] = {}
    hamza: set[int] = set()
    n = 0
    prev_end = -1
    for m in _AR_WORD.finditer(norm):
        a, b = m.span()
        w = m.group()
        if prev_end >= 0:
            gap = norm[prev_end:a]
            if gap.strip(" "):  # not only spaces: a barrier
                pieces.append("|")
                n += 1
            elif pieces[-1].endswith("ه"):  # a joined word follows: ه is read ت
                pieces[-1] = pieces[-1][:-1] + "ت"
        if "ء" in w:
            hamza.add(len(starts))
            w = w.replace("ء", "")
        if not w:
            prev_end = -1 if not pieces else b
            continue
        starts.append(n)
        nstarts.append(a)
        pieces.append(w)
        n += len(w)
        ends[n] = b
        prev_end = b
    return CompactText("".join(pieces), frozenset(starts), ends, tuple(starts), tuple(nstarts), frozenset(hamza), norm)
