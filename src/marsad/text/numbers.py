"""Quantities: numbers in digits or words, with the noun they count.

``find_quantities(text)`` returns ``Quantity`` (offsets into the original text):

- digits, ASCII, Arabic-Indic or Persian (٢٣ = 23), with a scale word (5 آلاف = 5000,
  2.5 مليون); a decimal without a scale word is not a count and is left out;
- number words in both genders and all cases (ثلاثة/ثلاث, اثنان/اثنين, عشرون/عشرين), teens
  (خمسة عشر = 15, إحدى عشرة = 11), compounds joined by و (ثلاثة وعشرون = 23,
  مئة وخمسون = 150, ألف ومئتان = 1200), scales (ثلاثة آلاف = 3000), with proclitics
  (وثلاثة, بعشرات);
- vague quantities with ACLED's values, ``vague`` True: عشرات = 12, مئات = 100, آلاف = 1000,
  بضعة/بضع/عدة/عدد من = 3; عشرات الآلاف = 12000;
- «أحد» / «إحدى» = 1 only before a definite noun («أحد المعاقل»: one of the strongholds);
- duals of a few nouns with broken plurals (مقتل شخصين = 2, جنديين, طفلين; see
  numbers.yaml: sound plurals such as مدنيين look like duals and are never counted).

The counted noun is the next word («23 جنديا», «7 آخرون», «16 كيلومترا»), or the definite
noun after من («عشرات من المسلحين», «اثنين من المدنيين»), or the word before a number with the article («الجنود
الثلاثة»). Numbers that belong to a date expression («27 كانون الثاني 2020», 27/1/2020) or
follow a year cue («عام 2019») are not quantities: ``find_quantities`` and ``stage`` drop them
(the pipeline runs the dates stage before this one and ``stage`` reuses its date mentions),
so a later stage never reads a year or a day of the month as a casualty figure. Whether a
quantity counts casualties is for the event extractor to decide from ``noun``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from marsad.model import Mention
from marsad.text.lexicon import NumberWords, TextTables
from marsad.text.normalize import NormText, normalize_with_map
from marsad.text.tokenize import Token, tokenize_norm

# Proclitics a number word may carry: وثلاثة, بعشرات, لثلاثة, والعشرات.
# ك is left out: كمية ("quantity") would read as ك + مية (100).
_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")

UNIT, TEEN_ONE, TEN, HUNDRED, SCALE, VAGUE = "unit", "one_of", "ten", "hundred", "scale", "vague"


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: int
    vague: bool
    word: str
    noun: str | None = None
    noun_start: int | None = None
    noun_end: int | None = None

    def to_data(self) -> dict[str, Any]:
        return {"value": self.value, "vague": self.vague, "word": self.word, "noun": self.noun,
                "noun_start": self.noun_start, "noun_end": self.noun_end}


@dataclass(frozen=True, slots=True)
class _Atom:
    value: float
    cat: str
    lead: int  # letters of proclitic before the number in the token's normalised form
    has_article: bool
    has_conj: bool
    span_lead: int = 0  # letters left out of the quantity's span: و ب ل, not ال (بالعشرات → العشرات)


def find_quantities(text: str, tables: TextTables | None = None) -> list[Quantity]:
    """Quantities in ``text`` (numbers inside date expressions left out)."""
    from marsad.text.dates import DateFinder, default_finder

    nt = normalize_with_map(text)
    tokens = tokenize_norm(nt, tables)
    finder = default_number_finder() if tables is None else NumberFinder(tables)
    dates = (default_finder() if tables is None else DateFinder(tables)).find(tokens, nt, None)
    return finder.find(tokens, nt, [(d.start, d.end) for d in dates])


def stage(doc, resources) -> None:  # noqa: ANN001 - pipeline stage signature
    """Add a "quantity" mention per quantity (label = str(value)).

    Numbers inside date expressions are left out: the pipeline runs the dates stage first and
    its "date" mentions are used; without them the date finder runs here (only when there are
    quantities to check)."""
    tools = resources.text
    tokens = doc.tokens or tools.tokenizer.tokenize_norm(doc.norm)
    found = tools.numbers.find(tokens, doc.norm)
    if found:
        dates = [(m.start, m.end) for m in doc.mentions if m.kind == "date"]
        if not dates:
            dates = [(d.start, d.end) for d in tools.dates.find(tokens, doc.norm, None)]
        found = [q for q in found if not _inside(q.start, q.end, dates)]
    for q in found:
        doc.add(Mention(kind="quantity", start=q.start, end=q.end, text=q.word,
                        label=str(q.value), data=q.to_data()))


@lru_cache(maxsize=1)
def default_number_finder() -> "NumberFinder":
    return NumberFinder(TextTables.default())


class NumberFinder:
    def __init__(self, tables: TextTables) -> None:
        w: NumberWords = tables.numbers
        self.w = w
        words: dict[str, tuple[float, str]] = {}
        for table, cat in ((w.units, UNIT), (w.tens, TEN), (w.hundreds, HUNDRED), (w.scales, SCALE)):
            for word, value in table.items():
                words[word] = (value, cat)
        for word in w.one_of:
            words[word] = (1, TEEN_ONE)
        for word, value in w.vague.items():
            words.setdefault(word, (value, VAGUE))
        # every number word with every proclitic string it may carry, looked up in one step
        table: dict[str, _Atom] = {}
        for word, (value, cat) in words.items():
            table[word] = _Atom(value, cat, 0, False, False)
            if len(word) < 3:
                continue  # لست "I am not" is not ل + ست
            for pro in _CLITICS:
                article = pro.endswith(("ال", "لل"))
                if article and (cat == TEEN_ONE or (cat == HUNDRED and value == 100)):
                    continue  # الأحد is a weekday, never "one"; (في) المئة is "per cent"
                table.setdefault(pro + word, _Atom(value, cat, len(pro), article, pro[0] in "وف",
                                                   _span_lead(pro)))
        self.table = table
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}
        for phrase, value in w.vague_phrases.items():
            for pro in ("", "و", "ف", "ب", "ل"):
                self.phrases.setdefault(pro + phrase[0], []).append((phrase, value, len(pro)))
        self.duals = frozenset(pro + d for d in w.duals for pro in ("", *_CLITICS))
        self.triggers = frozenset(table) | frozenset(self.phrases) | self.duals

    # -- atoms ----------------------------------------------------------------------------

    def atom(self, tok: Token) -> _Atom | None:
        """The number in one token, if any."""
        if tok.kind == "num":
            value = _digits_value(tok.norm)
            return None if value is None else _Atom(value, "digits", 0, False, False)
        return self.table.get(tok.norm) if tok.kind == "ar" else None

    # -- scanning -------------------------------------------------------------------------

    def find(self, tokens: Sequence[Token], nt: NormText,
             exclude: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
        out: list[Quantity] = []
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            if tok.norm in self.triggers or tok.kind == "num":
                hit = self._quantity(tokens, i, nt)
                if hit is not None:
                    q, j = self._range(tokens, i, hit, nt)
                    if not _inside(q.start, q.end, exclude) and not self._is_year(tokens, i, q):
                        out.append(q)
                    i = j
                    continue
            i += 1
        return out

    def _range(self, tokens: Sequence[Token], i: int, hit: tuple[Quantity, int], nt: NormText
               ) -> tuple[Quantity, int]:
        """«بين 10 و15 شخصا», «ما بين عشرة وخمسة عشر», «من 10 إلى 15»: one quantity, valued at the
        lower bound (ACLED's lowest credible figure), counting the noun after the upper one."""
        q, j = hit
        prev = tokens[i - 1].norm if i else ""
        joins = {"بين": ("و",), "مابين": ("و",), "من": ("الي", "حتي")}.get(prev)
        if not joins or j >= len(tokens):
            return hit
        if tokens[j].norm in joins:
            upper = self._quantity(tokens, j + 1, nt)
        elif "و" in joins and (atom := self.atom(tokens[j])) is not None and atom.has_conj:
            upper = self._quantity(tokens, j, nt)  # «بين عشرة وخمسة عشر»: و glued to the number
        else:
            return hit
        if upper is None or q.noun is not None:
            return hit
        u, k = upper
        return Quantity(q.start, u.end, min(q.value, u.value), q.vague or u.vague, nt.original[q.start:u.end],
                        u.noun, u.noun_start, u.noun_end), k

    def _quantity(self, tokens: Sequence[Token], i: int, nt: NormText) -> tuple[Quantity, int] | None:
        phrase = self._vague_phrase(tokens, i, nt)
        if phrase is not None:
            return phrase
        first = self.atom(tokens[i])
        if first is None:
            return self._dual(tokens, i)
        if tokens[i].norm in self.w.teen and i and self._ordinal_unit(tokens[i - 1]):
            return None  # (لل)حادي عشر: an ordinal
        value, vague, j = self._number(tokens, i, first)
        if value is None:
            return None
        tok = tokens[i]
        start = nt.offsets[tok.nstart + first.span_lead] if first.span_lead else tok.start
        end = tokens[j - 1].end
        q = Quantity(start, end, int(value), vague, nt.original[start:end])
        self._attach_noun(q, tokens, i, j, first, nt.original)
        if first.cat == TEEN_ONE and value == 1 and q.noun is None:
            return None  # a bare أحد is not a count
        return q, j

    def _number(self, tokens: Sequence[Token], i: int, first: _Atom
                ) -> tuple[float | None, bool, int]:
        """(value, vague, end index) of the number starting with ``first`` at token i."""
        if first.cat == "digits":
            j = i + 1
            scale = self._scale_after(tokens, j)
            if scale:
                return first.value * scale, False, j + 1
            if first.value != int(first.value):
                return None, False, i + 1  # a decimal without a scale word
            return first.value, False, j
        if first.cat == VAGUE or (first.cat == SCALE and first.value == 1000 and
                                  tokens[i].norm[first.lead:] == "الاف"):
            j = i + 1
            scale = self._scale_after(tokens, j, article=True)
            if scale:
                return first.value * scale, True, j + 1
            return first.value, True, j
        if first.cat == TEEN_ONE:
            if self._is_teen(tokens, i + 1):
                return 11, False, i + 2
            return 1, False, i + 1
        return self._compound(tokens, i, first)

    def _compound(self, tokens: Sequence[Token], i: int, first: _Atom
                  ) -> tuple[float | None, bool, int]:
        """Words joined by و: ثلاثة وعشرون, مئة وخمسون, ثلاثة آلاف وخمسمئة."""
        total, current = 0, 0
        j = i
        atom = first
        while True:
            if atom.cat == UNIT and self._is_teen(tokens, j + 1):
                current += int(atom.value) + 10
                j += 1
            elif atom.cat == HUNDRED and atom.value == 100 and 0 < current < 10 and j > i:
                current *= 100  # ثلاث مئة
            elif atom.cat == SCALE:
                if current and atom.value in (2000, 2_000_000):
                    break  # a dual scale word (ألفين) multiplies nothing
                total += (current or 1) * int(atom.value)
                current = 0
            else:
                current += int(atom.value)
            nxt = self._next_atom(tokens, j + 1)
            if nxt is None:
                return total + current, False, j + 1
            joined = tokens[j + 1].norm == "و" or nxt[0].has_conj
            if joined and not total and 10 <= current < 100:
                return current, False, j + 1  # «عشرة وخمسة عشر»: two numbers (a range), not 25
            atom, j = nxt
        return total + current, False, j

    def _next_atom(self, tokens: Sequence[Token], j: int) -> tuple[_Atom, int] | None:
        """The next number word of a compound at token j: joined by و (وعشرون, و عشرون), or a
        scale or مئة right after (ثلاثة آلاف, ثلاث مئة)."""
        if j >= len(tokens) or tokens[j].kind != "ar":
            return None
        if tokens[j].norm == "و" and j + 1 < len(tokens):
            atom = self.atom(tokens[j + 1])
            if atom is not None and atom.lead == 0 and atom.cat in (UNIT, TEN, HUNDRED, SCALE):
                return atom, j + 1
            return None
        atom = self.atom(tokens[j])
        if atom is None or atom.cat not in (UNIT, TEN, HUNDRED, SCALE):
            return None
        if atom.has_conj and atom.lead == 1:
            return atom, j
        if atom.lead == 0 and (atom.cat == SCALE or (atom.cat == HUNDRED and atom.value == 100)):
            return atom, j
        return None

    def _scale_after(self, tokens: Sequence[Token], j: int, article: bool = False) -> float:
        if j >= len(tokens):
            return 0
        atom = self.atom(tokens[j])
        if atom is None or atom.cat != SCALE:
            return 0
        if atom.lead and not (article and atom.has_article and not atom.has_conj):
            return 0
        return atom.value

    def _ordinal_unit(self, tok: Token) -> bool:
        ordinals = self.w.ordinal_units
        return tok.norm in ordinals or ("ال" + tok.base) in ordinals

    def _is_teen(self, tokens: Sequence[Token], j: int) -> bool:
        return j < len(tokens) and tokens[j].norm in self.w.teen

    def _vague_phrase(self, tokens: Sequence[Token], i: int, nt: NormText
                      ) -> tuple[Quantity, int] | None:
        """Multi-word vague quantities (عدد من): value 3; the noun follows."""
        tok = tokens[i]
        for phrase, value, lead in self.phrases.get(tok.norm, ()):
            if all(i + k < len(tokens) and tokens[i + k].norm == word
                   for k, word in enumerate(phrase[1:], 1)):
                j = i + len(phrase)
                start = nt.offsets[tok.nstart + lead] if lead else tok.start
                end = tokens[j - 1].end
                q = Quantity(start, end, value, True, nt.original[start:end])
                self._noun_at(q, tokens, j)
                return q, j
        return None

    def _dual(self, tokens: Sequence[Token], i: int) -> tuple[Quantity, int] | None:
        tok = tokens[i]
        if tok.norm in self.duals:
            return Quantity(tok.start, tok.end, 2, False, tok.text, tok.text, tok.start, tok.end), i + 1
        return None

    # -- nouns ----------------------------------------------------------------------------

    def _attach_noun(self, q: Quantity, tokens: Sequence[Token], i: int, j: int, first: _Atom,
                     text: str) -> None:
        percent = self._percent(tokens, j)
        if percent:
            last = tokens[j + percent - 1]
            q.noun, q.noun_start, q.noun_end = (
                text[tokens[j].start:last.end], tokens[j].start, last.end)
            return
        if first.has_article and i > 0 and tokens[i - 1].kind == "ar":
            prev = tokens[i - 1]
            if prev.norm not in self.w.not_nouns:
                q.noun, q.noun_start, q.noun_end = prev.text, prev.start, prev.end
                return
        k = j
        if k + 1 < len(tokens) and tokens[k].norm == "من" and "ال" in tokens[k + 1].prefix:
            k += 1  # عشرات من المسلحين, اثنين من المدنيين
        if first.cat == TEEN_ONE and not self._is_teen(tokens, i + 1):
            nxt = tokens[k] if k < len(tokens) else None
            if nxt is None or nxt.kind != "ar" or "ال" not in nxt.prefix:
                return
        self._noun_at(q, tokens, k)

    def _percent(self, tokens: Sequence[Token], j: int) -> int:
        """Tokens of a per-cent sign or phrase at j: %, بالمئة, في المائة (0 when none)."""
        if j >= len(tokens):
            return 0
        norm = tokens[j].norm
        if norm in self.w.percent:
            return 1
        if norm == "في" and j + 1 < len(tokens) and "في " + tokens[j + 1].norm in self.w.percent:
            return 2
        return 0

    def _noun_at(self, q: Quantity, tokens: Sequence[Token], k: int) -> None:
        if k >= len(tokens) or tokens[k].kind != "ar":
            return
        tok = tokens[k]
        if tok.norm in self.w.not_nouns or self.atom(tok) is not None:
            return
        q.noun, q.noun_start, q.noun_end = tok.text, tok.start, tok.end

    def _is_year(self, tokens: Sequence[Token], i: int, q: Quantity) -> bool:
        """عام 2019, في 2007, صيف 2006: a year, not a count. A four-digit number from 1900 to
        2100 is a year after a year cue, or when it counts no noun."""
        if not (1900 <= q.value <= 2100) or tokens[i].kind != "num" or len(tokens[i].norm) != 4:
            return False
        if q.noun is None:
            return True
        prev = tokens[i - 1] if i else None
        return prev is not None and prev.kind == "ar" and prev.norm in self.w.year_cues


def _digits_value(norm: str) -> float | None:
    if norm.isdigit():
        return int(norm)
    if "," in norm or "\u066c" in norm:
        groups = norm.replace("\u066c", ",").split(",")
        if all(len(g) == 3 and g.isdigit() for g in groups[1:]) and groups[0].isdigit():
            return int("".join(groups))  # 1,000
    if norm.count(".") == 1 or norm.count("\u066b") == 1:
        try:
            return float(norm.replace("\u066b", "."))
        except ValueError:
            return None
    return None


def _span_lead(pro: str) -> int:
    """Letters of the proclitic string ``pro`` before the article, if it has one."""
    if pro.endswith("ال"):
        return len(pro) - 2
    return len(pro)  # للعشرات: the article's alef is not written, the span starts at عشرات


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
