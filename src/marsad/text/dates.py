"""Date expressions, resolved against the publication date with a bias to the past.

``find_dates(text, published)`` returns ``DateExpr`` (offsets into the original text):

- relative days: أمس / الأمس / البارحة (published - 1), أول أمس / أول من أمس (- 2), اليوم
  (published; not «اليوم التالي»), الليلة الماضية (- 1), with a time of day kept in the span
  (مساء أمس, صباح اليوم); with a weekday that is not that day («أمس الخميس» on a Saturday), the
  weekday's date if it is one of the three days before publication;
- weekdays: «يوم الأحد», «اليوم الأحد» = the latest such day on or before publication (online
  and wire news tell the day's events by its name: «أعلنت وزارة الدفاع التركية، الأحد،» on a
  Sunday is that Sunday); «الأحد الماضي» = the latest one strictly before publication, «الأحد
  المقبل» the next one after it. A weekday is الأحد or يوم أحد, never the bare أحد («أحد المعاقل»);
  الاثنين ("the two") needs يوم, a time of day or الماضي/المقبل;
- two days: «يومي السبت والأحد» = the latest such pair before publication, time_precision 2,
  event_date the later day (ACLED codes a span to its middle: for n days, day n // 2);
- explicit dates: «27 كانون الثاني 2020», «27 يناير», «يوم 27 ديسمبر الماضي», 27/1/2020,
  2020-01-27, 27.01.2020, «في 27/1» (after «في», «يوم», «بتاريخ» or a time of day), «الثالث من آذار»,
  «التاسع من الشهر المقبل»; without a year, the latest such day on or before publication
  (with الماضي: in a month before the publication month);
- months: «في آذار الماضي», «شهر آب 2019», «مطلع حزيران» (time_precision 3: date..end_date
  is the month, event_date its 15th, or 1st/last day after مطلع/أواخر);
- periods: «الأسبوع الماضي» (weeks run Monday to Sunday; time_precision 2, event_date the
  Thursday; «مطلع/نهاية الأسبوع» its first/last three days; this week ends at publication),
  «الشهر الماضي» / «الشهر الجاري» (time_precision 3, the 15th), «خلال الأيام الماضية/الأخيرة»
  (the seven days up to publication, time_precision 2, their middle);
- so long ago: «قبل يومين», «منذ 4 أيام» (that day), «قبل أسبوع» (time_precision 2, the week
  around that day), «قبل شهرين» (3, the month around it); «منذ» with days only, and not before
  «من» («قبل أسبوع من الانتخابات»);
- «قبل الماضي» after a weekday, week or month: one more back than الماضي («الخميس قبل الماضي»);
- «من نفس العام», «في العام ذاته»: a day or month without a year, between the year last written
  («عام 1997») and these words, is in that year.

``relative`` is True whenever the publication date was needed; with ``published=None`` such
expressions are still found, with ``date``/``end_date``/``event_date`` None. Words live in
``marsad/data/text/dates.yaml``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Sequence

from marsad.model import Mention
from marsad.text.lexicon import DateWords, TextTables
from marsad.text.normalize import NormText, normalize_with_map
from marsad.text.tokenize import Token, Tokenizer, tokenize_norm

# Proclitics a date word may carry (وأمس, بالأمس, ويوم, لـ...): stripped when matching;
# ال is not, so اليوم ("today") and يوم ("day") stay apart.
_CLITICS = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")

_NUMERIC_DMY = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9])")
# a day and month without a year («في 27/1»), only after a word of date (dates.yaml numeric_before)
_NUMERIC_DM = re.compile(r"([0-9]{1,2})/([0-9]{1,2})(?![0-9/.\-])")
_NUMERIC_YMD = re.compile(r"([0-9]{4})([/.\-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])")


@dataclass(slots=True)
class DateExpr:
    start: int
    end: int
    date: date | None
    end_date: date | None
    event_date: date | None
    time_precision: int
    relative: bool
    text: str = ""

    def to_data(self) -> dict[str, Any]:
        iso = _iso
        return {"date": iso(self.date), "end_date": iso(self.end_date),
                "event_date": iso(self.event_date), "time_precision": self.time_precision,
                "relative": self.relative}


def _index(phrases: Iterable[tuple[tuple[str, ...], Any]]
           ) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Phrases by first word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, value in sorted(phrases, key=lambda pv: -len(pv[0])):
        out.setdefault(phrase[0], []).append((phrase, value))
    return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(frozen=True, slots=True)
class _Spec:
    """What a matched expression says, before the publication date is applied."""

    # offset | named_day | weekday | weekdays | dmy | month | week | rel_month | month_day | recent_days | ago
    kind: str
    a: int = 0  # offset days / weekday / day / week or month offset
    b: int = 0  # second weekday / month / weekday named with the offset
    year: int | None = None
    direction: str = ""  # past | future | current | on_or_before | ""
    position: str = ""  # start | middle | end (in a month)


def find_dates(text: str, published: date | None = None,
               tables: TextTables | None = None) -> list[DateExpr]:
    """Date expressions in ``text``, resolved against ``published``."""
    nt = normalize_with_map(text)
    finder = default_finder() if tables is None else DateFinder(tables)
    return finder.find(tokenize_norm(nt, tables), nt, published)


def stage(doc, resources) -> None:  # noqa: ANN001 - pipeline stage signature
    """Add a "date" mention for each date expression (see the module docstring)."""
    finder = resources.text.dates
    tokens = doc.tokens or finder.tokenizer.tokenize_norm(doc.norm)
    for d in finder.find(tokens, doc.norm, doc.article.published):
        doc.add(Mention(kind="date", start=d.start, end=d.end, text=d.text,
                        label=_iso(d.date), data=d.to_data()))


@lru_cache(maxsize=1)
def default_finder() -> "DateFinder":
    return DateFinder(TextTables.default())


class DateFinder:
    """Token-level matcher for date expressions (tables compiled once)."""

    def __init__(self, tables: TextTables) -> None:
        w: DateWords = tables.dates
        self.w = w
        self.tokenizer = Tokenizer(tables)
        self.months: dict[tuple[str, ...], int] = {tuple(k.split()): v for k, v in w.months.items()}
        self.month_first = {k[0] for k in self.months}
        self.relative = _index((tuple(k.split()), v) for k, v in w.relative_days.items())
        self.times = _index((tuple(t.split()), None) for t in w.times_of_day)
        self.ordinals = _index((tuple(k.split()), v) for k, v in w.ordinal_days.items())
        self.positions = {**{x: "start" for x in w.month_start},
                          **{x: "middle" for x in w.month_middle},
                          **{x: "end" for x in w.month_end}}
        self.directions = {**{x: "past" for x in w.past}, **{x: "future" for x in w.future},
                           **{x: "current" for x in w.current}}
        vocabulary = (
            {k[0] for k in self.months} | set(self.relative) | set(self.times) | set(self.ordinals)
            | set(w.weekdays) | {"ال" + d for d in w.weekdays} | w.day | w.two_days | w.week | w.month
            | w.month_word | set(self.positions) | w.current | w.days | w.two_days_past | w.ago | w.clock
        )
        self.units = tables.numbers.units
        # every date word with the proclitics it may carry: وأمس -> [(وامس, 0), (امس, 1)]
        forms: dict[str, list[tuple[str, int]]] = {}
        for word in vocabulary:
            for c in ("", *_CLITICS):
                forms.setdefault(c + word, [(c + word, 0)])
                if c:
                    forms[c + word].append((word, len(c)))
        self.forms = forms
        self.triggers = frozenset(forms)

    # -- scanning -------------------------------------------------------------------------

    def find(self, tokens: Sequence[Token], nt: NormText, published: date | None) -> list[DateExpr]:
        found: list[tuple[int, int, int, _Spec]] = []  # (first token, end token, lead, spec)
        triggers = self.triggers
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            if tok.norm in triggers or tok.kind == "num":
                hit = self._match(tokens, i, nt)
                if hit is not None:
                    j, lead, spec = hit
                    found.append((i, j, lead, spec))
                    i = j
                    continue
            i += 1
        if found and self.w.same_year:
            found = self._same_year(tokens, found)
        return [self._expr(tokens, i, j, lead, spec, nt, published) for i, j, lead, spec in found]

    def _same_year(self, tokens: Sequence[Token], found: list[tuple[int, int, int, _Spec]]
                   ) -> list[tuple[int, int, int, _Spec]]:
        """«عام 1997 ... في 5 يوليو ثم ... في 17 نوفمبر من نفس العام»: a day or month without
        a year, between a written year and «نفس العام» (or just before it), is in that year;
        the phrase joins the date's span when it follows it («من نفس العام»)."""
        out = list(found)
        firsts = {phrase[0] for phrase in self.w.same_year}
        for k in range(len(tokens) - 1):
            if tokens[k].norm not in firsts or (tokens[k].norm, tokens[k + 1].norm) not in self.w.same_year:
                continue
            anchor = self._year_before(tokens, k)
            if anchor is None:
                continue
            at, year = anchor
            for x, (i, j, lead, spec) in enumerate(out):
                if spec.year is not None or spec.kind not in ("dmy", "month") or not at < i < k:
                    continue
                if spec.kind == "dmy" and not _valid(year, spec.b, spec.a):
                    continue
                gap = [t.norm for t in tokens[j:k]]
                end = k + 2 if gap in ([], ["من"], ["في"]) else j
                out[x] = (i, end, lead, replace(spec, year=year, direction=""))
        return out

    @staticmethod
    def _year_before(tokens: Sequence[Token], k: int, reach: int = 80) -> tuple[int, int] | None:
        """(token index, year) of the last four-digit year (1900-2100) within ``reach``
        tokens before token k."""
        for t in range(k - 1, max(-1, k - 1 - reach), -1):
            norm = tokens[t].norm
            if tokens[t].kind == "num" and len(norm) == 4 and norm.isdigit() and 1900 <= int(norm) <= 2100:
                return t, int(norm)
        return None

    def _expr(self, tokens: Sequence[Token], i: int, j: int, lead: int, spec: _Spec,
              nt: NormText, published: date | None) -> DateExpr:
        first = tokens[i]
        start = nt.offsets[first.nstart + lead] if lead else first.start
        end = tokens[j - 1].end
        resolved = resolve(spec, published)
        relative = spec.kind not in ("dmy", "month") or spec.year is None
        first_day, last_day, event, precision = resolved
        return DateExpr(start, end, first_day, last_day, event, precision, relative,
                        nt.original[start:end])

    def _match(self, tokens: Sequence[Token], i: int, nt: NormText) -> tuple[int, int, _Spec] | None:
        """(end token index, letters of clitic to drop from token i, spec) or None."""
        k, lead = self._time_of_day(tokens, i)
        has_time = k > i
        for matcher in (self._relative_day, self._ago, self._comes_after, self._two_days, self._weekday, self._explicit,
                        self._numeric, self._ordinal, self._month, self._period):
            hit = matcher(tokens, k, nt, has_time)
            if hit is not None:
                j, lead_k, spec = hit
                return j, (lead if has_time else lead_k), spec
        return None

    # -- token helpers --------------------------------------------------------------------

    def _forms(self, tok: Token) -> list[tuple[str, int]]:
        """The token's normalised form and, for date words, the form without a proclitic."""
        return self.forms.get(tok.norm) or [(tok.norm, 0)]

    @staticmethod
    def _word(tokens: Sequence[Token], k: int) -> str | None:
        if k < len(tokens) and tokens[k].kind == "ar":
            return tokens[k].norm
        return None

    def _clitic_match(self, tokens: Sequence[Token], k: int, words: Any) -> tuple[str, int] | None:
        """(form, lead) of token k when it, or it without a proclitic, is in ``words``."""
        if k >= len(tokens) or tokens[k].kind != "ar":
            return None
        for form, lead in self._forms(tokens[k]):
            if form in words:
                return form, lead
        return None

    def _phrases(self, tokens: Sequence[Token], k: int, index: Mapping[str, list[tuple[tuple[str, ...], Any]]],
                 clitic: bool) -> Iterator[tuple[int, int, Any]]:
        """(end index, lead, value) of each phrase of ``index`` at token k, longest first; the
        first word may carry a proclitic when ``clitic``."""
        if k >= len(tokens) or tokens[k].kind != "ar":
            return
        forms = self._forms(tokens[k]) if clitic else [(tokens[k].norm, 0)]
        for form, lead in forms:
            for phrase, value in index.get(form, ()):
                if all(self._word(tokens, k + off) == word for off, word in enumerate(phrase[1:], 1)):
                    yield k + len(phrase), lead, value

    def _time_of_day(self, tokens: Sequence[Token], i: int) -> tuple[int, int]:
        if i < len(tokens) and "\u0651" in tokens[i].text:
            return i, 0  # فجّر "detonated", not فجر "dawn"
        k = self._clock(tokens, i)
        for j, lead, _ in self._phrases(tokens, k, self.times, clitic=True):
            return j, lead if k == i else 0
        return i, 0

    def _clock(self, tokens: Sequence[Token], i: int) -> int:
        """Past «الساعة الثانية من» (or «الساعة 10») at token i: where a time of day may follow."""
        if self._word(tokens, i) not in self.w.clock:
            return i
        j = i + 1
        if j < len(tokens) and tokens[j].kind == "num":
            j += 1
        elif " ".join(filter(None, (self._word(tokens, j), self._word(tokens, j + 1)))) in self.w.clock_hours:
            j += 2  # «الثانية عشرة»
        elif self._word(tokens, j) in self.w.clock_hours:
            j += 1
        else:
            return i
        return j + 1 if self._word(tokens, j) == _FROM else j

    def _weekday_at(self, tokens: Sequence[Token], k: int, bare_ok: bool,
                    clitic: bool = False) -> tuple[int, int, str] | None:
        """(weekday, lead, bare name) of token k: الأحد (or أحد when ``bare_ok``, after يوم)."""
        if k >= len(tokens) or tokens[k].kind != "ar":
            return None
        forms = self._forms(tokens[k]) if clitic else [(tokens[k].norm, 0)]
        for form, lead in forms:
            name = form[2:] if form.startswith("ال") else (form if bare_ok else None)
            if name is not None and name in self.w.weekdays:
                if self._word(tokens, k + 1) in ("عشر", "عشره"):
                    return None  # الأحد عشر: "the eleven"
                return self.w.weekdays[name], lead, name
        return None

    def _direction(self, tokens: Sequence[Token], k: int) -> tuple[int, str]:
        if (self._word(tokens, k), self._word(tokens, k + 1)) in self.w.before_last:
            return k + 2, "before_last"
        word = self._word(tokens, k)
        if word is not None and word in self.directions and word not in ("هذا", "هذه"):
            return k + 1, self.directions[word]
        return k, ""

    def _month_at(self, tokens: Sequence[Token], k: int, clitic: bool) -> tuple[int, int, int] | None:
        """(end index, month, lead) of a month name at token k."""
        if k >= len(tokens) or tokens[k].kind != "ar":
            return None
        forms = self._forms(tokens[k]) if clitic else [(tokens[k].norm, 0)]
        for form, lead in forms:
            if form not in self.month_first:
                continue
            for length in (2, 1):
                key = (form,) + tuple(self._word(tokens, k + x) or "" for x in range(1, length))
                if key in self.months:
                    return k + length, self.months[key], lead
        return None

    def _year(self, tokens: Sequence[Token], k: int) -> tuple[int, int | None]:
        """An optional year after a month: (من) (العام|عام|سنة) 2020."""
        j = k
        while self._word(tokens, j) in self.w.fillers and j < k + 2:
            j += 1
        if j < len(tokens) and tokens[j].kind == "num" and len(tokens[j].norm) == 4:
            year = int(tokens[j].norm)
            if 1900 <= year <= 2100:
                return j + 1, year
        return k, None

    # -- matchers: each returns (end index, lead, spec) or None ---------------------------

    def _relative_day(self, tokens, k, nt, has_time):  # noqa: ANN001
        for j, lead, offset in self._phrases(tokens, k, self.relative, clitic=True):
            if offset == 0 and j == k + 1 and (
                    self._word(tokens, j) in self.w.not_today
                    or (k > 0 and self._word(tokens, k - 1) in self.w.not_today_before)):
                return None  # اليوم التالي, ذلك اليوم
            weekday = self._weekday_at(tokens, j, bare_ok=False)
            if weekday is not None and offset == 0:
                return j + 1, lead, _Spec("weekday", weekday[0], direction="on_or_before")
            if weekday is not None:  # «أمس السبت»: the weekday confirms the day, or corrects it
                return j + 1, lead, _Spec("named_day", offset, weekday[0])
            return j, lead, _Spec("offset", offset)
        return None

    def _ago(self, tokens, k, nt, has_time):  # noqa: ANN001
        """«قبل أسبوع», «منذ 4 أيام», «قبل نحو شهرين»: days before publication (dates.yaml ago)."""
        opened = self._word_then_filler(tokens, k, self.w.ago, self.w.ago_fillers)
        if opened is None:
            return None
        hit, j = opened
        span = self._span_of_time(tokens, j)
        if span is None or self._word(tokens, span[0] + 1) in self.w.ago_not_before:
            return None
        j, count, (days, own) = span
        if days > 1 and hit[0] in self.w.ago_days_only:
            return None  # «المستعصية منذ شهرين»: how long, not when
        if count is None and own == 1 and self._names_a_day(tokens, j + 1):
            return None  # «قبل يوم الجمعة», «منذ شهر آذار»
        n = _units(count, own)
        if not n:
            return None
        precision = 1 if days == 1 else 2 if days == 7 else 3
        return j + 1, hit[1], _Spec("ago", n * days, precision)

    def _comes_after(self, tokens, k, nt, has_time):  # noqa: ANN001
        """«ويأتي ذلك بعد يومين من قيام جرافات الاحتلال بتجريف أراض»: what is told after «من» was
        so long before the news (dates.yaml ``comes_after``): days before publication."""
        if has_time or k < 2 or self._word(tokens, k) != _AFTER \
                or f"{self._word(tokens, k - 2)} {self._word(tokens, k - 1)}" not in self.w.comes_after:
            return None
        span = self._span_of_time(tokens, k + 1)
        if span is None or self._word(tokens, span[0] + 1) != _FROM:
            return None
        j, count, (days, own) = span
        n = _units(count, own)
        if days > 1 or not n:
            return None  # days only: «بعد أسابيع من» is no day
        return j + 1, 0, _Spec("ago", n, 1)

    def _span_of_time(self, tokens: Sequence[Token], j: int) -> tuple[int, int | None, tuple[int, int]] | None:
        """(token of the unit, the number before it or None, (days per unit, own count)) of a span
        of time at token j («4 أيام», «يومين», «نحو شهرين» after its filler: dates.yaml ago_units)."""
        count = self._count_at(tokens, j)
        if count is not None:
            j += 1
        unit = self.w.ago_units.get(self._word(tokens, j) or "")
        return None if unit is None else (j, count, unit)

    def _word_then_filler(self, tokens: Sequence[Token], k: int, words: Any, fillers: Any
                          ) -> tuple[tuple[str, int], int] | None:
        """((form, lead), next token) of a word of ``words`` at token k and one filler word after
        it at most («قبل نحو», «الأيام القليلة»)."""
        hit = self._clitic_match(tokens, k, words)
        if hit is None:
            return None
        j = k + 1
        return hit, (j + 1 if self._word(tokens, j) in fillers else j)

    def _count_at(self, tokens: Sequence[Token], k: int) -> int | None:
        """The number at token k: digits, or a unit word («ثلاثة»)."""
        if k >= len(tokens):
            return None
        if tokens[k].kind == "num":
            return int(tokens[k].norm) if tokens[k].norm.isdigit() else None
        return self.units.get(tokens[k].norm) if tokens[k].kind == "ar" else None

    def _names_a_day(self, tokens: Sequence[Token], k: int) -> bool:
        """Token k names a weekday, month or day number («يوم الجمعة», «شهر آذار», «يوم 5»)."""
        return (self._weekday_at(tokens, k, bare_ok=True) is not None
                or self._month_at(tokens, k, clitic=False) is not None
                or k < len(tokens) and tokens[k].kind == "num")

    def _two_days(self, tokens, k, nt, has_time):  # noqa: ANN001
        hit = self._clitic_match(tokens, k, self.w.two_days)
        if hit is None:
            return None
        first = self._weekday_at(tokens, k + 1, bare_ok=True)
        if first is None:
            return None
        second_tok = k + 2
        if self._word(tokens, second_tok) == "و":
            second_tok += 1
            second = self._weekday_at(tokens, second_tok, bare_ok=True)
        else:
            second = self._weekday_at(tokens, second_tok, bare_ok=True, clitic=True)
            if second is not None and second[1] == 0:
                second = None  # the second day must be joined by و
        if second is None:
            return None
        j, direction = self._direction(tokens, second_tok + 1)
        return j, hit[1], _Spec("weekdays", first[0], second[0], direction=direction)

    def _weekday(self, tokens, k, nt, has_time):  # noqa: ANN001
        day = self._clitic_match(tokens, k, self.w.day)
        m = k + 1 if day else k
        weekday = self._weekday_at(tokens, m, bare_ok=day is not None, clitic=day is None)
        if weekday is None:
            return None
        lead = day[1] if day else weekday[1]
        j, direction = self._direction(tokens, m + 1)
        if weekday[2] in self.w.ambiguous_weekdays and not (day or has_time or direction
                                                            or self._set_off(tokens, m)):
            return None
        # «الأحد (،) (الموافق) 27 كانون الثاني»: the explicit date wins, the span covers both
        after = j
        if after < len(tokens) and tokens[after].norm in (",", "،"):
            after += 1
        if self._word(tokens, after) in self.w.agreeing:
            after += 1
        explicit = (self._explicit(tokens, after, nt, has_time)
                    or self._numeric(tokens, after, nt, has_time)
                    or self._ordinal(tokens, after, nt, has_time))
        if explicit is not None:
            return explicit[0], lead, explicit[2]
        night = self._night_pair(tokens, k, j, weekday[0]) if has_time and not direction else None
        if night is not None:
            return night
        return j, lead, _Spec("weekday", weekday[0], direction=direction or "on_or_before")

    @staticmethod
    def _set_off(tokens: Sequence[Token], k: int) -> bool:
        """Token k stands between commas («أعلنت الوزارة، الاثنين، مقتل ...»): the wire's day of
        the event, not «الاثنين» "the two"."""
        commas = (",", "،")
        return 0 < k < len(tokens) - 1 and tokens[k - 1].norm in commas and tokens[k + 1].norm in commas

    def _night_pair(self, tokens, k, j, first):  # noqa: ANN001
        """«ليل الجمعة - السبت», «ليلة الخميس على الجمعة»: the night between two days. It is
        dated by its first day, or by the second after «منتصف» (midnight: «بعد منتصف ليل الجمعة -
        السبت» is early on Saturday). Returns (end, lead, spec) or None."""
        if j >= len(tokens) or tokens[j].norm not in ("-", "–", "/", "علي", "الي"):
            return None
        second = self._weekday_at(tokens, j + 1, bare_ok=False)
        if second is None or second[0] != (first + 1) % 7:
            return None
        midnight = any(t.norm == "منتصف" for t in tokens[max(0, k - 3):k])
        if not midnight:
            return j + 2, 0, _Spec("weekday", first, direction="past")
        return j + 2, 0, _Spec("weekday", second[0], direction="on_or_before")

    def _explicit(self, tokens, k, nt, has_time):  # noqa: ANN001
        day_word = self._clitic_match(tokens, k, self.w.day)
        d = k + 1 if day_word else k
        if d >= len(tokens) or tokens[d].kind != "num" or not tokens[d].norm.isdigit():
            return None
        day = int(tokens[d].norm)
        if not 1 <= day <= 31 or self._named(tokens, d):
            return None
        m = d + 1
        if self._word(tokens, m) == "من":
            m += 1
        month = self._month_at(tokens, m, clitic=False)
        if month is None:
            return self._day_of_relative_month(tokens, m, day, day_word[1] if day_word else 0)
        j = self._alt_month(tokens, month[0], month[1])
        j, year = self._year(tokens, j)
        j, direction = self._direction(tokens, j)
        if year is not None and not _valid(year, month[1], day):
            return None
        if year is None and not _valid(2000, month[1], day):  # a leap year accepts 29 شباط
            return None
        return j, day_word[1] if day_word else 0, _Spec("dmy", day, month[1], year, direction)

    def _day_of_relative_month(self, tokens, m, day, lead):  # noqa: ANN001
        """«في 12 من الشهر الماضي», «في الـ15 من الشهر الجاري», «يوم 3 الجاري»: a day of the
        month before publication's, of that month or of the next (``m``: the word after the
        day number and its «من»)."""
        if self._word(tokens, m) in self.w.month:
            j, direction = self._direction(tokens, m + 1)
        elif self._word(tokens, m) in _THIS_MONTH:  # «3 الجاري»: no other direction stands alone
            j, direction = m + 1, "current"
        else:
            return None
        if not direction:
            return None
        offset = _OFFSETS[direction]
        return j, lead, _Spec("month_day", day, offset)

    def _named(self, tokens: Sequence[Token], d: int) -> bool:
        """«قوى 14 آذار», «ثورة 25 يناير»: a day and month naming a movement or event."""
        if d == 0 or tokens[d - 1].kind != "ar":
            return False
        return any(form in self.w.names_before for form, _ in self._forms_any(tokens[d - 1]))

    def _forms_any(self, tok: Token) -> list[tuple[str, int]]:
        norm = tok.norm
        forms = [(norm, 0)]
        for c in _CLITICS:
            if norm.startswith(c) and len(norm) - len(c) >= 2:
                forms.append((norm[len(c):], len(c)))
        return forms

    def _alt_month(self, tokens: Sequence[Token], j: int, month: int) -> int:
        """Skip a second spelling of the month: «كانون الثاني (يناير)», «يناير/كانون الثاني», or
        Reuters' «نوفمبر تشرين الثاني» (the same month right after, without brackets)."""
        same = self._month_at(tokens, j, clitic=False)
        if same is not None and same[1] == month:
            return same[0]
        if j < len(tokens) and tokens[j].norm in ("(", "/"):
            alt = self._month_at(tokens, j + 1, clitic=False)
            if alt is not None:
                end = alt[0]
                if end < len(tokens) and tokens[end].norm == ")":
                    end += 1
                return end
        return j

    def _ordinal(self, tokens, k, nt, has_time):  # noqa: ANN001
        """«الثالث من آذار (2020)», «التاسع من الشهر المقبل»."""
        day_word = self._clitic_match(tokens, k, self.w.day)
        d = k + 1 if day_word else k
        for end, ord_lead, day in self._phrases(tokens, d, self.ordinals, clitic=day_word is None):
            if self._word(tokens, end) != "من":
                continue
            lead = day_word[1] if day_word else ord_lead
            m = end + 1
            month = self._month_at(tokens, m, clitic=False)
            if month is not None:
                j = self._alt_month(tokens, month[0], month[1])
                j, year = self._year(tokens, j)
                j, direction = self._direction(tokens, j)
                if not _valid(year or 2000, month[1], day):
                    return None
                return j, lead, _Spec("dmy", day, month[1], year, direction)
            if self._word(tokens, m) in self.w.month:
                j, direction = self._direction(tokens, m + 1)
                if direction:
                    offset = _OFFSETS[direction]
                    return j, lead, _Spec("month_day", day, offset)
            return None
        return None

    def _numeric(self, tokens, k, nt, has_time):  # noqa: ANN001
        if k >= len(tokens) or tokens[k].kind != "num":
            return None
        pos = tokens[k].nstart
        for pattern, order in ((_NUMERIC_YMD, "ymd"), (_NUMERIC_DMY, "dmy")):
            m = pattern.match(nt.text, pos)
            if m is None:
                continue
            a, c = int(m.group(1)), int(m.group(4))
            month = int(m.group(3))
            year, day = (a, c) if order == "ymd" else (c + 2000 if c < 100 else c, a)
            if not (1900 <= year <= 2100 and _valid(year, month, day)):
                return None
            return self._past(tokens, k, m.end()), 0, _Spec("dmy", day, month, year)
        m = _NUMERIC_DM.match(nt.text, pos)
        if m is None or not (has_time or k and tokens[k - 1].norm in self.w.numeric_before):
            return None  # «27/1» alone may be a score or a resolution number
        day, month = int(m.group(1)), int(m.group(2))
        if not _valid(2000, month, day):
            return None
        return self._past(tokens, k, m.end()), 0, _Spec("dmy", day, month)

    @staticmethod
    def _past(tokens: Sequence[Token], k: int, end: int) -> int:
        """The index of the first token from k on that starts at or after ``end`` (normalised)."""
        j = k
        while j < len(tokens) and tokens[j].nstart < end:
            j += 1
        return j

    def _month(self, tokens, k, nt, has_time):  # noqa: ANN001
        position = ""
        j = k
        lead = 0
        pos_hit = self._clitic_match(tokens, j, self.positions)
        if pos_hit is not None:
            position, lead = self.positions[pos_hit[0]], pos_hit[1]
            j += 1
        word_hit = self._clitic_match(tokens, j, self.w.month_word)
        if word_hit is not None:
            if j == k:
                lead = word_hit[1]
            j += 1
        month = self._month_at(tokens, j, clitic=(j == k))
        if month is None:
            return None
        if j == k:
            lead = month[2]
            if k > 0 and tokens[k - 1].kind == "num":
                return None  # «قوى 14 آذار», «31 شباط»: the day number was rejected
            if self._named(tokens, k):
                return None  # «حي مايو»: a place named after a month
        end = self._alt_month(tokens, month[0], month[1])
        if self._word(tokens, end) in self.w.names_after:
            return None  # «أيلول الأسود»: a name
        end, year = self._year(tokens, end)
        end, direction = self._direction(tokens, end)
        ambiguous = any(f in self.w.ambiguous_months for f, _ in self._forms(tokens[j]))
        if ambiguous and not (word_hit or year or direction):
            return None
        return end, lead, _Spec("month", 0, month[1], year, direction, position)

    def _period(self, tokens, k, nt, has_time):  # noqa: ANN001
        j = k
        position, lead = "", 0
        pos_hit = self._clitic_match(tokens, j, self.positions)
        if pos_hit is not None:
            position, lead = self.positions[pos_hit[0]], pos_hit[1]
            j += 1
        this = self._clitic_match(tokens, j, ("هذا", "هذه"))
        if this is not None:
            if j == k:
                lead = this[1]
            j += 1
        if not position and this is None:
            days = self._recent_days(tokens, j)
            if days is not None:
                return days
        unit = self._clitic_match(tokens, j, self.w.week | self.w.month)
        if unit is None:
            return None
        if j == k:
            lead = unit[1]
        end, direction = self._direction(tokens, j + 1)
        if (this is not None or position) and not direction:
            direction = "current"  # «مطلع الأسبوع», «منتصف هذا الشهر»
        if not direction:
            return None
        offset = _OFFSETS[direction]
        kind = "week" if unit[0] in self.w.week else "rel_month"
        return end, lead, _Spec(kind, offset, position=position)

    def _recent_days(self, tokens, k):  # noqa: ANN001
        """«الأيام الماضية», «الأيام القليلة الماضية», «الأيام الأخيرة», «اليومين الماضيين» at token k."""
        opened = self._word_then_filler(tokens, k, self.w.days, self.w.days_fillers)
        two = None if opened is not None else self._clitic_match(tokens, k, self.w.two_days_past)
        if opened is None and two is None:
            return None
        unit, j = opened if opened is not None else (two, k + 1)
        end, direction = self._direction(tokens, j)
        if direction != "past":
            return None
        return end, unit[1], _Spec("recent_days", 2 if two is not None else 7)


# -- resolution ----------------------------------------------------------------------------


def resolve(spec: _Spec, published: date | None
            ) -> tuple[date | None, date | None, date | None, int]:
    """(first day, last day, ACLED event day, time_precision) of ``spec``."""
    precision = {"weekdays": 2, "week": 2, "recent_days": 2, "month": 3, "rel_month": 3}.get(spec.kind, 1)
    if spec.kind == "ago":
        precision = spec.b
    if spec.kind == "dmy" and spec.year is not None:
        d = date(spec.year, spec.b, spec.a)
        return d, d, d, 1
    if spec.kind == "month" and spec.year is not None:
        return (*_month_span(spec.year, spec.b, spec.position), 3)
    if published is None:
        return None, None, None, precision
    pub = published
    if spec.kind == "offset":
        d = pub + timedelta(days=spec.a)
        return d, d, d, 1
    if spec.kind == "named_day":
        d = _named_day(pub, spec.a, spec.b)
        return d, d, d, 1
    if spec.kind == "weekday":
        d = _weekday_date(pub, spec.a, spec.direction)
        return d, d, d, 1
    if spec.kind == "weekdays":
        # a span may end on the day of publication («يومي الجمعة والسبت» on a Saturday: yesterday
        # and today); a single weekday is before it («يوم السبت» on a Saturday: a week ago)
        last = _weekday_date(pub, spec.b, spec.direction or "on_or_before")
        first = last - timedelta(days=(spec.b - spec.a) % 7)
        return first, last, _middle(first, last), 2
    if spec.kind == "dmy":
        year = _infer_year(pub, spec.b, spec.a, spec.direction)
        if not _valid(year, spec.b, spec.a):
            return None, None, None, 1
        d = date(year, spec.b, spec.a)
        return d, d, d, 1
    if spec.kind == "month":
        year = _infer_month_year(pub, spec.b, spec.direction)
        return (*_month_span(year, spec.b, spec.position), 3)
    if spec.kind == "week":
        first = pub - timedelta(days=pub.weekday()) + timedelta(weeks=spec.a)  # Monday
        last = first + timedelta(days=6)
        if spec.position == "start":  # «مطلع الأسبوع الماضي»: its first three days
            last = first + timedelta(days=2)
        elif spec.position == "end":
            first = last - timedelta(days=2)
        if spec.a == 0 and first > pub:  # «نهاية الأسبوع» told on a Monday: the weekend just past
            first, last = first - timedelta(weeks=1), last - timedelta(weeks=1)
        if spec.a == 0:  # this week: what has happened of it by publication
            last = max(first, min(last, pub))
        return first, last, _middle(first, last), 2
    if spec.kind == "ago":  # «قبل أسبوع»: the day so long before, within its week or month
        d = pub - timedelta(days=spec.a)
        half = {1: 0, 2: 3, 3: 15}[spec.b]
        return d - timedelta(days=half), min(d + timedelta(days=half), pub), d, spec.b
    if spec.kind == "recent_days":  # the seven (or two) days up to publication
        first = pub - timedelta(days=spec.a - 1)
        return first, pub, _middle(first, pub), 2
    if spec.kind == "month_day":  # التاسع من الشهر المقبل
        y, m = divmod(pub.year * 12 + pub.month - 1 + spec.b, 12)
        if not _valid(y, m + 1, spec.a):
            return None, None, None, 1
        d = date(y, m + 1, spec.a)
        return d, d, d, 1
    if spec.kind == "rel_month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + spec.a, 12)
        return (*_month_span(y, m + 1, spec.position), 3)
    raise ValueError(f"unknown date spec {spec.kind!r}")


_THIS_MONTH = frozenset(("الجاري", "الحالي"))
_FROM = "من"  # «الساعة الثانية من بعد ظهر اليوم»
_AFTER = "بعد"  # «ويأتي ذلك بعد يومين من ...» (normalised as written)


def _units(count: int | None, own: int) -> int:
    """How many units a span of time counts: the unit itself («قبل أسبوعين»; 0 for «منذ أيام»),
    else the number before it (a dual counts itself: «قبل 3 يومين» is no span of time)."""
    return own if count is None else count if own != 2 else 0
# a week or month from publication's by the direction word after it
_OFFSETS = {"before_last": -2, "past": -1, "current": 0, "future": 1}


def _named_day(pub: date, offset: int, weekday: int) -> date:
    """«أمس الخميس»: the day before publication, unless it is no Thursday; then the Thursday of
    the three days before publication (the story was written a day or two before the date it
    carries), else the day before still."""
    d = pub + timedelta(days=offset)
    if d.weekday() == weekday:
        return d
    named = _weekday_date(pub, weekday, "past")
    return named if (pub - named).days <= 3 else d


def _weekday_date(pub: date, weekday: int, direction: str) -> date:
    if direction == "future":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    if direction != "on_or_before" and back == 0:
        back = 7
    if direction == "before_last":  # «الخميس قبل الماضي»: the one before «الخميس الماضي»
        back += 7
    return pub - timedelta(days=back)


def _middle(first: date, last: date) -> date:
    """ACLED codes a span to its middle; of two middle days, the later one."""
    return first + timedelta(days=((last - first).days + 1) // 2)


def _month_span(year: int, month: int, position: str) -> tuple[date, date, date]:
    last = calendar.monthrange(year, month)[1]
    event_day = {"start": 1, "end": last}.get(position, 15)
    return date(year, month, 1), date(year, month, last), date(year, month, event_day)


def _infer_year(pub: date, month: int, day: int, direction: str) -> int:
    if direction == "before_last":
        return _infer_year(pub, month, day, "past") - 1
    if direction == "past":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "current":
        return pub.year
    if direction == "future":
        return pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _infer_month_year(pub: date, month: int, direction: str) -> int:
    if direction == "before_last":
        return _infer_month_year(pub, month, "past") - 1
    if direction == "past":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "current":
        return pub.year
    if direction == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
