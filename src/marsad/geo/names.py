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
from itertools import accumulate

from marsad.text.normalize import normalize

ARABIC_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_AR_WORD = re.compile(r"[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+")
_AR_SPLIT = re.compile(r"([ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+)")
# Particles that open a clause («أن», «إن», «بأن»): no name is written across one, so the
# compact text holds a barrier in their place («مراسل سانا في حلب أن الإرهابيين» is not حلبان)
_PARTICLES = frozenset(("ان", "انه", "بان", "لان", "وانه", "بانه", "لانه"))
_NOT_ARABIC_IN_WORD = re.compile(r"[^\Wءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+")  # digits, Latin...
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


def article_added(name_norm: str) -> set[str]:
    """A one-word name with the article the news may give it (حماميات → الحماميات)."""
    if not name_norm.startswith("ال") and " " not in name_norm and len(name_norm) >= 4:
        return {"ال" + name_norm}
    return set()


_DIRECTION_ADJECTIVES = frozenset(normalize(w) for w in (
    "شرقي", "غربي", "شمالي", "جنوبي", "قبلي", "فوقاني", "تحتاني",
    "شرقية", "غربية", "شمالية", "جنوبية", "قبلية", "فوقانية", "تحتانية"))


def definite_variants(name_norm: str) -> set[str]:
    """A two-word name whose second word is an adjective of direction, written as the news
    writes it, with the article on both words: «دير شرقي», «دير الغربي» (OCHA) → «الدير الشرقي»,
    «الدير الغربي»."""
    parts = name_norm.split(" ")
    if len(parts) != 2:
        return set()
    head, adjective = parts
    bare = adjective[2:] if adjective.startswith("ال") else adjective
    if bare not in _DIRECTION_ADJECTIVES or len(head) < 3:
        return set()
    definite = f"{head if head.startswith('ال') else 'ال' + head} ال{bare}"
    return {definite} - {name_norm}


_QUALIFIERS = _DIRECTION_ADJECTIVES | frozenset(normalize(w) for w in (
    "كبير", "صغير", "كبيرة", "صغيرة", "كبرى", "صغرى"))


def qualifier_dropped(name_norm: str) -> set[str]:
    """A two-word name whose second word tells which of two villages it is, without it, as
    the news may write it: «الحويز الشمالي» (OCHA) → «الحويز», «أورم الكبرى» → «أورم»."""
    parts = name_norm.split(" ")
    if len(parts) != 2 or len(parts[0]) < 4:
        return set()  # not «كفر» of «كفر صغير»: a word that begins many names is no name
    bare = parts[1][2:] if parts[1].startswith("ال") else parts[1]
    return {parts[0]} if bare in _QUALIFIERS else set()


def skeleton(name_norm: str) -> str:
    """Coarse consonant key: compact form, long vowels after the first letter dropped,
    confusable letters merged, a doubled letter written once («كفرروما» is «كفروما»)."""
    key = compact(name_norm)
    if not key:
        return ""
    head, tail = key[0], key[1:]
    tail = "".join(c for c in tail if c not in _VOWELS)
    out = (head + tail).translate(_SKELETON_MAP)
    return "".join(c for i, c in enumerate(out) if i == 0 or c != out[i - 1])


def letters(text: str) -> int:
    return sum(1 for c in text if c in ARABIC_LETTERS)


_CHEAP_SUBST = {frozenset(p) for p in (
    "قك", "قغ", "كغ", "صس", "ثس", "ضد", "ذز", "ظز", "طت", "هت", "حه", "عا", "اي", "او", "وي", "هي", "اه")}


_CHEAP_SUBST_PAIRS = frozenset(x + y for pair in _CHEAP_SUBST for x in pair for y in pair if x != y)


def weighted_distance(a: str, b: str) -> float:
    """Edit distance where long vowels cost 0.5 to insert or delete and confusable letters
    0.5 to swap (spelling variation), everything else 1."""
    indel_b = [_indel(ch) for ch in b]
    prev = [0.0]
    for cost in indel_b:
        prev.append(prev[-1] + cost)
    for ca in a:
        indel_a = _indel(ca)
        cur = [prev[0] + indel_a]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.5 if ca + cb in _CHEAP_SUBST_PAIRS else 1.0)
            cur.append(min(prev[j] + indel_a, cur[j - 1] + indel_b[j - 1], prev[j - 1] + sub))
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


def compact_text(norm: str, words: tuple[list[str], list[int], list[int]] | None = None) -> CompactText:
    """The compact projection of ``norm``; ``words`` are its Arabic words (``arabic_words``) as
    (texts, starts, ends) when the caller has them already."""
    if words is None:
        parts = _AR_SPLIT.split(norm)  # [gap, word, gap, word, ..., gap]
        bounds = list(accumulate(map(len, parts)))
        words = parts[1::2], bounds[0:-1:2], bounds[1::2]
    pieces: list[str] = []
    starts: list[int] = []
    nstarts: list[int] = []
    ends: dict[int, int] = {}
    hamza: set[int] = set()
    n = 0
    prev_end = 0
    for w, a, b in zip(*words):
        if pieces:  # what stands between this word and the previous one
            if a - prev_end == 1 and norm[prev_end] == " " or not norm[prev_end:a].strip(" "):
                last = pieces[-1]
                if last[-1] == "ه":  # a joined word follows: ه is read ت
                    pieces[-1] = last[:-1] + "ت"
            else:  # not only spaces: a barrier
                pieces.append("|")
                n += 1
        prev_end = b
        if w in _PARTICLES:
            if pieces and pieces[-1] != "|":
                pieces.append("|")
                n += 1
            continue
        if "ء" in w:
            hamza.add(len(starts))
            w = w.replace("ء", "")
            if not w:
                continue
        starts.append(n)
        nstarts.append(a)
        pieces.append(w)
        n += len(w)
        ends[n] = b
    return CompactText("".join(pieces), frozenset(starts), ends, tuple(starts), tuple(nstarts), frozenset(hamza), norm)


def arabic_words(norm: str, texts: list[str], starts: list[int],
                 ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The Arabic words (``_AR_WORD`` runs) of ``norm`` from its ``\\w+`` words (texts, starts,
    ends): the words themselves, but for the few holding other word characters (digits, Latin)."""
    mixed = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _NOT_ARABIC_IN_WORD.finditer(norm)})
    if not mixed:
        return texts, starts, ends
    out_texts: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    prev = 0
    for k in mixed:
        out_texts += texts[prev:k]
        out_starts += starts[prev:k]
        out_ends += ends[prev:k]
        offset = starts[k]
        for m in _AR_WORD.finditer(texts[k]):
            out_texts.append(m.group())
            out_starts.append(offset + m.start())
            out_ends.append(offset + m.end())
        prev = k + 1
    out_texts += texts[prev:]
    out_starts += starts[prev:]
    out_ends += ends[prev:]
    return out_texts, out_starts, out_ends


# ---- the main Arabic name of a place -----------------------------------------------------------
# GeoNames lists a place's Arabic names in no order (درعا next to the old أذرِعات). The main one
# is guessed by comparing each name's consonants with the place's main (romanised) name.

_HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
# consonant classes, in Latin and IPA-like letters; upper case = emphatic (ط ص ض ظ ح, romanised
# ţ ş ḑ ẓ ḩ), which costs little against its plain letter
_AR_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "θ", "ج": "j", "ح": "H", "خ": "χ", "د": "d", "ذ": "ð", "ر": "r", "ز": "z",
    "س": "s", "ش": "ʃ", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "غ": "ɣ", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ع": "", "ا": "", "و": "", "ي": "", "ى": "", "ء": "", " ": "",
})
_EN_EMPHATIC = str.maketrans({"ţ": "T", "ṭ": "T", "ş": "S", "ṣ": "S", "ḑ": "D", "ḍ": "D", "ẓ": "Z", "ḩ": "H", "ḥ": "H"})
_EN_DIGRAPHS = (("kh", "χ"), ("sh", "ʃ"), ("ch", "ʃ"), ("th", "θ"), ("dh", "ð"), ("gh", "ɣ"), ("ph", "f"))
_EN_CONSONANTS = str.maketrans({"q": "k", "c": "k", "v": "f", "p": "b", "x": "ks", "g": "j", "e": "", "a": "",
                                "i": "", "o": "", "u": "", "w": "", "y": ""})
_CHEAP_PAIRS = {frozenset(p) for p in ("tT", "sS", "dD", "zZ", "hH", "θt", "θs", "ðd", "ðz", "χk", "χh", "ɣj", "ɣk", "jɣ")}
_EN_ARTICLE = re.compile(r"^(?:ash|adh|ath|a[lrstdzn]|el|ed|es|et|ez|en)[\s\-]+")
_ADMIN_PREFIXES = ("قضاء ", "ناحية ", "شعبية ", "مركز ", "قرية ", "مدينة ", "محافظة ", "منطقة ")
_FINAL_VOWEL = {"i": "ي", "y": "ي", "u": "و", "o": "و", "a": "اىه"}


def strip_harakat(text: str) -> str:
    return _HARAKAT.sub("", text)


def _ascii_fold(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _latin_consonants(name: str) -> str:
    t = _ascii_fold(name.lower().translate(_EN_EMPHATIC))
    t = _EN_ARTICLE.sub("", t)
    t = re.sub(r"[^a-zA-Z]", "", t)
    t = re.sub(r"h$", "", t)  # -ah: the feminine ending
    for a, b in _EN_DIGRAPHS:
        t = t.replace(a, b)
    t = t.translate(_EN_CONSONANTS)
    return re.sub(r"(.)\1+", r"\1", t)


def _arabic_consonants(name_norm: str) -> str:
    t = name_norm[2:] if name_norm.startswith("ال") else name_norm
    t = re.sub(r"ه$", "", t)
    t = t.translate(_AR_CONSONANTS)
    return re.sub(r"(.)\1+", r"\1", t)


def _distance(a: str, b: str) -> float:
    prev = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [float(i)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.25 if frozenset((ca, cb)) in _CHEAP_PAIRS else 1.0)
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub))
        prev = cur
    return prev[-1]


def main_arabic_name(names: list[str], english: str, known: frozenset[str] = frozenset()) -> str | None:
    """The place's main Arabic name among ``names`` (GeoNames alternate names, in any order),
    without harakat. In order: a name that ``known`` (normalised names of other sources for the
    same place) holds; no misencoded letters (ى inside a word, initial ئ); consonants closest to
    the main romanised name ``english``; no admin word in front («قضاء», «شعبية»); written
    several times (with and without harakat); final letter matching the romanised name's."""
    if not names:
        return None
    target = _latin_consonants(english)
    ending = _FINAL_VOWEL.get(_ascii_fold(english.strip().lower())[-1:], "")
    bare_names = [strip_harakat(n).strip() for n in names]
    counts = {b: bare_names.count(b) for b in bare_names}

    def key(i: int) -> tuple:
        bare = bare_names[i]
        n = norm_name(bare)
        odd = "ى" in bare[:-1].replace("ى ", "") or bare.startswith("ئ")
        return (n not in known, odd, _distance(_arabic_consonants(n), target), bare.startswith(_ADMIN_PREFIXES),
                -counts[bare], bool(ending) and bare[-1:] not in ending, bare != names[i].strip(), i)

    return bare_names[min(range(len(names)), key=key)]
