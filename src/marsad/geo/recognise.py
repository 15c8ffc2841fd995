"""Place recognition: gazetteer hits gated by their context, lists, regions, foreign places.

Works on ``doc.norm`` (normalised text with its offset map) with a light word split of its
own. Steps:

1. every gazetteer name in the text (``NameMatcher.find``), longest first, no overlaps;
2. context of each hit: a cue word before it (قرية، بلدة، مدينة، قرى، منطقة، محافظة، معسكر...),
   an organisation word (هيئة تحرير الشام، جيش العزة: not a place), a preposition of place;
3. region phrases: «ريف حماة الشمالي», «ريفي إدلب الجنوبي الغربي واللاذقية» (role "region",
   geo_precision 3, the governorate capital's entry), «محافظة إدلب», «ناحية ...»;
4. coordinated lists after a settlement word («قرى بسيدا وبابولين ومعراتة وكفر ياسين وتقانة»):
   every member is a place, unknown ones too (gazetteer_id null, coordinates of the nearest
   resolved member, geo_precision 2, ``anchor``); a member no gazetteer has exactly is tried
   as a misspelling (سيراكاب → سراقب) within the governorate of its context;
5. gating: a hit that is also a common word (``data/geo/ambiguous.tsv``: تقانة، الصوامع،
   أحد ...) is a place only with a cue, a list, an admin phrase or an earlier supported mention
   of the same name; a small place needs at least a preposition of place; cities, governorates
   and countries need nothing;
6. disambiguation (``marsad.geo.resolve``);
7. foreign places: countries and cities abroad (جنيف) and «الأراضي التركية» (Turkey) get role
   "foreign". A country, Syria included, is role "foreign" with feature "country": it locates
   nothing finer than a country and must not make an event location by itself. A town abroad
   must be meant: no letter read off a bare name to reach it (بليون is not ب + ليون) unless it is
   a capital or in the article's country; in an article about Syria it needs its country named
   in the paragraph or to be a well-known city (after a preposition of place, «مدينة» or, as
   the target of an attack, «على»: «غارة على غزة»); else a name after «قرية/بلدة» is a local place
   no gazetteer has (anchored nearby, geo_precision 2) and any other is no place;
8. natural features: «جبل/سهل/وادي X» is one name, a region of ``data/geo/regions.tsv`` coded to
   a representative town, or, unlisted, a region anchored at its admin context;
9. news about elsewhere: a Syrian hamlet in a text whose places are in another country needs
   Syria named (الكرادة وسط بغداد is not الكرادي in Raqqa), and an unknown place there is
   anchored at that country's places; «العاصمة العراقية» is Baghdad;
10. roads named by their ends («طريق حلب دمشق»): the first town with geo_precision 2, the
    second with role "road" (it only names the road);
11. what the article says of its places: a town abroad opening a paragraph before a dash is
    its dateline («لاهاي ـ»); a name that fills a pair of quotes is a title («الشرق الأوسط»); a
    bare «الحي», «البلدة» is the place named last after the same word (match "anaphora"); an
    unknown town followed by a country adjective is in that country; a state not yet
    independent on the day of publication is its predecessor (``data/geo/successions.tsv``).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any, Container

from marsad.geo.gazetteer import GazEntry, Gazetteer, haversine_km
from marsad.geo.lexicon import GeoLexicon
from marsad.geo.matcher import ADDED, EXACT, HOW, LAM, Hit, NameMatcher
from marsad.geo.names import arabic_words, canon, compact, compact_text, norm_name
from marsad.geo.resolve import SETTLEMENTS, Context, choose, dedupe
from marsad.model import Mention

_WORD_SPLIT = re.compile(r"(\w+)")
QUARTER_KM = 15.0  # a quarter said to be in a town lies within this of the town's point
FAR_FROM_REGION_KM = 90  # a namesake this far from the governorate the text names is another place
_SENT_END = re.compile(r"[.!?؟\n]")
_ARABIC_ONLY = re.compile("[\u0621-\u064a]+")
_FUNCTION = frozenset(norm_name(w) for w in (
    "ذلك بذلك وبذلك كذلك التي الذي الذين اللذين ان أن إن قد لا لم لن ما هذا هذه تلك هناك هنا كل بعد قبل "
    "بين حيث كما وقد فقط ايضا أيضا عن مع منذ خلال ضد لدى الى إلى في من على او أو ثم حتى اثر إثر عقب").split())
_ON = frozenset(norm_name(w) for w in ("على", "وعلى"))
# function words that may follow a place name: «والغدفة بعد معارك», «مدينة أفجوي حيث»
# (not «على», which reads as the name «علي», nor «سوى», «هذه»)
_AFTER_PLACE = frozenset(norm_name(w) for w in "بعد قبل إثر اثر عقب منذ خلال حيث التي الذي".split())
_ENCLITICS = ("هما", "هم", "ها", "كم", "نا", "ه")
_NAME_ADJ = re.compile(r"^ال.*(يه|يين|ين)$")
_PLACE_ADJ = re.compile(r"^ال.{2,}يه$")  # an adjective a town name takes: «بلدة زموري الساحلية»
# «النبطية الفوقا», «المخرم التحتاني»: the upper or lower village of a town's name (normalised)
_UPPER_LOWER = frozenset(("الفوقا", "التحتا", "الفوقاني", "التحتاني", "الفوقانيه", "التحتانيه"))
_PEOPLE = re.compile(r"^ال.{2,}(يين|يون)$")  # a people: «الفلسطينيين», «السوريون»
_NISBA = re.compile(r"^(?!ال).{2,}(ي|يه)$")  # an indefinite adjective in -ي / -ية (normalised)
ROLE_PLACE, ROLE_REGION, ROLE_FOREIGN, ROLE_ROAD = "place", "region", "foreign", "road"
ADMIN_UNITS = ("governorate", "district", "subdistrict")
_CITY_NOUN = "مدينه"  # the bare settlement noun of «المدينة», normalised
_THE_CAPITAL = frozenset(("العاصمه", "والعاصمه", "بالعاصمه", "وبالعاصمه", "للعاصمه", "وللعاصمه"))  # normalised
_HIGHLIGHTS = frozenset(("ابرزها", "اهمها"))  # site words that name the first of a list, normalised
CAPITAL_RANK = 7.0  # only capitals rank higher (population adds at most 2 to a city's 5)
TOWN_RANK = 4.5  # a Syrian town, not a hamlet, that shares its name with a town abroad
WELL_KNOWN_ABROAD = 6.5  # rank of a city abroad that needs no country named (Geneva, Lyon, Antakya)


@dataclass(slots=True)
class Words:
    """The words (``\\w+`` runs) of a normalised text as parallel lists, indexed by word number;
    built with a few C-level passes over the text (no object per word)."""

    text: list[str]
    start: list[int]
    end: list[int]
    sent: list[int]  # sentence number
    para: list[int]  # paragraph number
    between: list[str]  # the raw text before each word
    kind: list[str | None]  # cue kind of each word (``GeoLexicon.cue_of``)
    country: list[str | None] = field(default_factory=list)  # country code of a country adjective

    def __len__(self) -> int:
        return len(self.text)

    def gap(self, i: int) -> str:
        """What stands between word ``i - 1`` and word ``i`` (stripped, tatweel dropped)."""
        g = self.between[i]
        return "" if i == 0 or g == " " else g.strip().replace("ـ", "")

    def cues(self) -> list[int]:
        """Numbers of the words that are cue words, in order."""
        return list(compress(range(len(self.kind)), self.kind))


@dataclass(slots=True)
class Cand:
    """A place mention in the making."""

    w0: int
    w1: int
    start: int  # normalised offsets of the name (proclitics excluded)
    end: int
    prefix: str = ""
    key: str = ""
    entries: list[tuple[GazEntry, int]] = field(default_factory=list)
    role: str = ROLE_PLACE
    precision: int = 1
    cue: str | None = None  # kind of cue word before it
    cue_word: str | None = None
    admin_level: str | None = None  # governorate/subdistrict/district after an admin word
    abroad_admin: bool = False  # that word is one Syria does not use («مديرية», «قضاء», «ولاية»)
    countryside: bool = False  # «ريف X»
    outskirts: bool = False  # «محيط X», «أطراف X»: around the town itself (geo_precision 2)
    quarter: bool = False  # a quarter of the town it is anchored to («حي الميدان في دمشق»)
    accepted: bool = False
    support: list[str] = field(default_factory=list)
    unknown: bool = False  # a list member no gazetteer has
    fuzzy: bool = False
    list_id: int | None = None
    list_kind: str | None = None  # cue kind that opened its list
    near: list[tuple["Cand", int | None]] = field(default_factory=list)
    reference: bool = False  # the Y of «X شمال Y»: it only tells where X is
    chosen: GazEntry | None = None
    how: int = EXACT
    reasons: list[str] = field(default_factory=list)
    anchor: GazEntry | None = None
    country_code: str | None = None  # «الأراضي التركية»
    admin_hint: str | None = None  # governorate that the context gives for a fuzzy match
    natural: bool = False  # «جبل X» no gazetteer has: a region anchored at its context
    first_vowel: str = ""  # the short vowel the original text writes on the first letter («عُمان»)
    in_country: GazEntry | None = None  # the country named right after it («البرج 22 في الأردن»)
    # a small place after a preposition of place («في سرمدا»): a place if the article names its
    # governorate (see ``_coherent``)
    after_locative: bool = False
    # the variants of the name (not exact) that ``_filter`` set aside: «الحويز الشمالي» for
    # «قرية الحويز», wanted where the text puts it and no exact namesake lies there
    variants: list[tuple[GazEntry, int]] = field(default_factory=list)


@dataclass
class PlaceRecogniser:
    gazetteer: Gazetteer

    @property
    def lexicon(self) -> GeoLexicon:
        return self.gazetteer.lexicon

    @property
    def matcher(self) -> NameMatcher:
        return self.gazetteer.matcher

    # ---- driver ------------------------------------------------------------------------------
    def __call__(self, doc: Any) -> list[Mention]:
        norm = doc.norm.text
        words = split_words(norm)
        if not words:
            return []
        words.kind = self.lexicon.cue_kinds(words.text)
        words.country = list(map(self.lexicon.adjectives.get, words.text))
        ct = compact_text(norm, arabic_words(norm, words.text, words.start, words.end))
        cands = self._natural(words, self._hits(words, self.matcher.find(ct)))
        by_w0 = {c.w0: c for c in cands}
        for c in cands:
            self._context(c, words)
        self._regions(words, by_w0)
        extra = self._lists(words, by_w0)
        cands = sorted(cands + extra + self._territories(words, by_w0), key=lambda c: c.start)
        self._gate(cands, words)
        _counted_adjectives(doc, cands)
        cands = [c for c in cands if c.accepted]
        self._relations(cands, words)
        for c in cands:  # only a name of a country and a town needs it («عُمان»)
            if any(e.feature == "country" for e, _ in c.entries) and len(c.entries) > 1:
                c.first_vowel = _first_vowel(doc, c)
        self._resolve(cands, words)
        self._roads(cands, words)
        _upper_and_lower(cands, words)
        kept = [c for c in cands if c.accepted and (c.chosen is not None or c.unknown or c.country_code)]
        for c in kept:  # a reference for a place that is kept, not for words no gazetteer resolved
            c.reference = c.reference and any(y is c for x in kept for y, _ in x.near)
        mentions = [self._mention(doc, c) for c in kept]
        self._as_of(mentions, getattr(doc.article, "published", None))
        anaphors = self._anaphora(doc, words, kept, mentions)
        return sorted(mentions + anaphors, key=lambda m: m.start) if anaphors else mentions

    def _as_of(self, mentions: list[Mention], published: Any) -> None:
        """Places in a state not yet independent when the article was published are in its
        predecessor (successions.tsv): Juba in 2008 is in Sudan, «جنوب السودان» a region of it."""
        if published is None:
            return
        for m in mentions:
            d = m.data
            predecessor, since = self.lexicon.successions.get(d.get("country") or "", (None, None))
            if predecessor is None or published >= since:
                continue
            d["country"] = predecessor
            if d.get("feature") == "country":
                d["feature"], d["role"] = "region", ROLE_FOREIGN
            d["reasons"] = list(d.get("reasons") or []) + [f"in {predecessor} before {since.isoformat()}"]

    # ---- «الحي», «البلدة»: a place named before ---------------------------------------------
    def _anaphora(self, doc: Any, words: Words, kept: list[Cand], mentions: list[Mention]) -> list[Mention]:
        """«استشهد ثلاثة مدنيين ... على حي الحمدانية ... أطلقوا 4 قذائف على الحي»: a definite
        settlement word that no name follows is the last place named after that word earlier in
        the article (the same noun: «الحي» after «حي», «البلدة» after «بلدة»)."""
        lex = self.lexicon
        definite = lex.definite_settlement
        at = [i for i, w in enumerate(words.text) if w in definite]
        capital_at = [i for i, w in enumerate(words.text) if w in _THE_CAPITAL]
        if not at and not capital_at:
            return []
        covered = {w for c in kept for w in range(c.w0, c.w1 + 1)}
        # not «العاصمة طرابلس» (named), nor «وفي مدينة الصدر بالعاصمة» (the capital that places the
        # name before it)
        out = [m for i in capital_at
               if not {i - 1, i, i + 1} & covered and (m := self._the_capital(doc, words, i, mentions))]
        named: list[tuple[int, str, Mention]] = []  # (word, noun, mention) of places named after a noun
        for c, m in zip(kept, mentions):
            noun = lex.settlement_noun.get(c.cue_word or "") if c.cue == "singular" else None
            if noun and c.role == ROLE_PLACE:
                named.append((c.w1, noun, m))
        for i in at:
            noun = definite[words.text[i]]
            ante = [m for w, n, m in named if w < i and n == noun]
            if i in covered:
                continue
            s, e = doc.norm.to_original(words.start[i], words.end[i])
            if not ante:
                city = self._capital_of_governorate(doc, noun, words.start[i], kept, mentions)
                if city is not None:
                    out.append(Mention("place", s, e, doc.text[s:e], label=city["name"], data=dict(
                        city, reasons=[f"«{doc.text[s:e]}»: the city the governorate named before is named after"])))
                continue
            data = dict(ante[-1].data or {}, match="anaphora",
                        reasons=[f"«{doc.text[s:e]}»: the place last named after the same word, «{ante[-1].text}»"])
            out.append(Mention("place", s, e, doc.text[s:e], label=ante[-1].label, data=data))
        return out

    def _the_capital(self, doc: Any, words: Words, i: int, mentions: list[Mention]) -> Mention | None:
        """«قرب جسر الجمهورية وسط العاصمة» after «محافظة بغداد»: «العاصمة» that no name nor
        adjective follows («العاصمة الاقتصادية», «العاصمة العراقية» are read elsewhere) is the
        capital of the country of the last place named before it."""
        nxt = i + 1
        if nxt < len(words) and words.sent[nxt] == words.sent[i] and not words.gap(nxt) \
                and (words.text[nxt].endswith("يه") or words.country[nxt]):
            return None
        s, e = doc.norm.to_original(words.start[i], words.end[i])
        before = [m for m in mentions if m.start < s and (m.data or {}).get("country")]
        if not before:
            return None
        country = before[-1].data["country"]
        capital = self.gazetteer.capitals.get(country)
        if capital is None:
            return None
        data = _entry_data(capital, capital.name_ar or capital.name, 1, capital.feature, ROLE_PLACE, "anaphora")
        data["reasons"] = [f"«{doc.text[s:e]}»: the capital of {country}, where the place named before it is"]
        return Mention("place", s, e, doc.text[s:e], label=data["name"], data=data)

    def _capital_of_governorate(self, doc: Any, noun: str, at: int, kept: list[Cand],
                                mentions: list[Mention]) -> dict[str, Any] | None:
        """«تظاهر المئات من أبناء محافظة السويداء ... في ساحة السير وسط المدينة»: «المدينة» with
        no town named after «مدينة» before it is the city the last governorate named before it
        (its seat) is named after, when the gazetteer has a town of that name in it."""
        if noun != _CITY_NOUN:
            return None
        before = [(c, m) for c, m in zip(kept, mentions) if c.end <= at]
        if not before:
            return None
        c, m = before[-1]
        gov = m.data or {}
        if gov.get("feature") != "governorate" and c.admin_level != "governorate":
            return None  # «محافظة السويداء» is a governorate read as the region of its seat
        own = self.gazetteer.get(gov["gazetteer_id"]) if gov.get("gazetteer_id") else None
        towns = [own] if own is not None and own.feature in SETTLEMENTS else [  # the seat it was read as
            e for e in self.gazetteer.lookup(gov.get("name_ar") or "") if e.feature in SETTLEMENTS
            and e.admin1 == gov.get("admin1") and e.country == gov.get("country")]
        if not towns:
            return None
        t = towns[0]
        return _entry_data(t, t.name_ar or gov.get("name_ar") or "", 1, t.feature, ROLE_PLACE, "anaphora")

    # ---- 1. hits -------------------------------------------------------------------------------
    def _hits(self, words: Words, hits: list[Hit]) -> list[Cand]:
        ends = dict(zip(words.end, range(len(words))))
        starts, sents, kinds = words.start, words.sent, words.kind
        gaz_entries = self.gazetteer.entries
        ordered = sorted(hits, key=lambda h: (h.start - h.end, min(map(itemgetter(1), h.candidates)), h.start))
        taken = bytearray(words.end[-1] + 1)  # 1 where an accepted hit stands
        out = []
        for h in ordered:
            w0 = bisect.bisect_right(starts, h.start) - 1
            w1 = ends.get(h.end)
            if w0 < 0 or w1 is None:
                continue
            if taken.find(1, h.start, h.end) >= 0:
                continue
            if sents[w0] != sents[w1]:
                continue
            entries = [(gaz_entries[i], how) for i, how in h.candidates if i in gaz_entries]
            if not entries or (w0 == w1 and kinds[w0]):  # «مدينة» is no place
                continue
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            out.append(Cand(w0, w1, h.start, h.end, h.prefix, h.key, entries))
        return sorted(out, key=lambda c: c.start)

    def _natural(self, words: Words, cands: list[Cand]) -> list[Cand]:
        """«جبل X», «سهل X», «وادي X» that no gazetteer has whole: one name, a natural region,
        not the place X (جبل الزاوية is not az-Zawiya in Libya). «جبل لبنان» stays the country."""
        lex = self.lexicon
        for c in cands:
            p = self._prev(words, c.w0)
            if p is None or not _joinable(words.gap(c.w0)) or words.gap(c.w0) or c.prefix:
                continue
            prev = words.text[p]
            base = next((b for b in lex.bases(prev) if b in lex.natural), None)
            # a region named with this word is one hit already («سهل حوران»); «وادي حوران» is not
            # the Hauran region but a valley of that name (in Iraq's Anbar)
            if base is None or any(e.feature == "country" for e, _ in c.entries):
                continue
            inner = [e for e, how in c.entries if e.country == "Syria" and e.point is not None and how != ADDED]
            c.anchor = max(inner, key=lambda e: e.rank) if inner else None  # the last resort
            proclitic = prev[: len(prev) - len(base)]
            c.w0, c.start, c.prefix = p, words.start[p] + len(proclitic), proclitic
            c.key = compact(norm_name(base + " " + " ".join(words.text[c.w0 + 1:c.w1 + 1])))
            c.entries, c.unknown, c.natural, c.accepted = [], True, True, True
            c.support.append(f"a natural feature («{base}»)")
        return cands

    # ---- 2. context -----------------------------------------------------------------------------
    def _prev(self, words: Words, i: int) -> int | None:
        """The number of the word before word ``i`` in its sentence."""
        if i <= 0 or words.sent[i - 1] != words.sent[i]:
            return None
        return i - 1

    def _context(self, c: Cand, words: Words) -> None:
        lex = self.lexicon
        p = self._prev(words, c.w0)
        if p is None:
            return
        prev, gap = words.text[p], words.gap(c.w0)
        if prev in lex.adjectives and p > 0 and _joinable(gap) and _joinable(words.gap(p)) \
                and lex.in_set(words.text[p - 1], lex.city_words):
            p -= 1  # «العاصمة العراقية بغداد»: the town word before the country adjective
            prev = words.text[p]
        if _joinable(gap):
            kind = words.kind[p]
            if kind:
                c.cue, c.cue_word = kind, prev
                if kind == "admin":
                    c.admin_level = lex.admin_level(prev)
                if kind == "countryside":
                    c.countryside = True
                    c.outskirts = lex.in_set(prev, lex.near)
            if lex.in_set(prev, lex.organisation) and c.cue not in ("singular", "dual", "plural") \
                    and not (lex.in_set(prev, lex.fronts) and _front_place(c)):
                c.support.append("organisation")
        if gap in ("«", '"', "“") and lex.in_set(prev, lex.organisation):
            c.support.append("organisation")

    # ---- 3. regions -----------------------------------------------------------------------------
    def _regions(self, words: Words, by_w0: dict[int, Cand]) -> None:
        """«ريف حماة الشمالي وريفي إدلب الجنوبي», «محافظة إدلب», «محافظتي حلب وإدلب»."""
        lex = self.lexicon
        sents, n = words.sent, len(words)
        for i in words.cues():
            kind = words.kind[i]
            if kind not in ("countryside", "admin"):
                continue
            level = None
            if kind == "admin":
                level = lex.admin_level(words.text[i])
            j = i + 1
            while j < n and sents[j] == sents[i]:
                c = by_w0.get(j)
                if c is not None and (j == i + 1 or c.prefix.startswith("و")):
                    if kind == "countryside":
                        c.countryside = True
                        c.outskirts = lex.in_set(words.text[i], lex.near)
                    else:
                        c.admin_level = c.admin_level or level
                        c.abroad_admin = c.abroad_admin or lex.in_set(words.text[i], lex.admin_abroad)
                        c.cue = c.cue or "admin"
                    c.support.append("region phrase")
                    j = c.w1 + 1
                    continue
                is_dir, _ = lex.direction(words.text[j])
                if is_dir and j > i + 1:
                    j += 1
                    continue
                nxt = by_w0.get(j + 1)
                if kind == "admin" and j == i + 1 and nxt is not None and nxt.prefix.startswith("و"):
                    j += 1  # «مديريات حرض وميدي»: a first member no gazetteer has
                    continue
                break

    # ---- 4. lists -------------------------------------------------------------------------------
    def _lists(self, words: Words, by_w0: dict[int, Cand]) -> list[Cand]:
        """Coordinated members after a settlement or site word, or after a place; returns the
        members no gazetteer has (tried as misspellings later)."""
        lex = self.lexicon
        texts, sents, kinds = words.text, words.sent, words.kind
        extra: list[Cand] = []
        list_id = 0
        n = len(words)
        openers = sorted({i for i in words.cues() if kinds[i] in ("singular", "dual", "plural", "site")} | set(by_w0))
        i = 0  # the next word that may open a list
        for i0 in openers:
            if i0 < i:
                continue
            i = i0
            kind = kinds[i]
            opener_cand = by_w0.get(i)
            list_id += 1
            sent = sents[i]
            members: list[Cand] = []
            list_kind = kind if opener_cand is None else None
            quarter = opener_cand is None and lex.in_set(texts[i], lex.nisba_after)
            pos = i + 1 if opener_cand is None else i
            first = True
            while pos < n and sents[pos] == sent:
                if not first and texts[pos] in _UPPER_LOWER and not words.gap(pos):
                    pos += 1  # «النبطية الفوقا وكفررمان»: the member's «upper»
                    continue
                if not first or opener_cand is None:
                    if not first and not _joinable(words.gap(pos), allow_comma=True):
                        break
                c = by_w0.get(pos)
                if c is not None and (first or c.prefix.startswith("و")):
                    c.list_id = list_id
                    c.list_kind = list_kind
                    members.append(c)
                    pos = c.w1 + 1
                elif not first and texts[pos].startswith("و") \
                        and lex.cue_of(_strip_waw(texts[pos])) in ("singular", "dual", "plural"):
                    list_kind = lex.cue_of(_strip_waw(texts[pos]))
                    pos += 1
                    first = True
                    continue
                else:
                    span = self._unknown_span(words, pos, first, by_w0, nisba=quarter,
                                              settled=list_kind in ("singular", "dual", "plural"))
                    if span is None:
                        break
                    a, b = span
                    nxt = by_w0.get(b + 1)
                    if not first and not _joinable(words.gap(pos)) and not (nxt is not None and nxt.prefix.startswith("و")):
                        # «بلدات الريف، وخرجت مظاهرات في شهبا»: past a comma a name no gazetteer
                        # has goes on the list only with a known place joined after it («حلب،
                        # ومعرة ميسرين وإريحا»)
                        break
                    waw = not first and texts[a].startswith("و")
                    u = Cand(a, b, words.start[a] + waw, words.end[b], prefix="و" if waw else "",
                             unknown=True, list_id=list_id, list_kind=list_kind)
                    u.key = compact(norm_name(" ".join(texts[a:b + 1])[int(waw):]))
                    if list_kind in ("singular", "dual", "plural") and first:
                        u.cue = list_kind
                    extra.append(u)
                    members.append(u)
                    pos = b + 1
                first = False
                pos = self._skip_admin_phrase(words, pos, by_w0)
            i = max(i + 1, pos) if members else i + 1
        return extra

    def _skip_admin_phrase(self, words: Words, pos: int, by_w0: dict[int, Cand]) -> int:
        """After a list member: skip «بمحافظة إدلب» / «بريف إدلب الجنوبي» so that the list goes on
        («كفر حمراء بمحافظة حلب، ومعرة مصرين وإريحا بمحافظة إدلب»)."""
        lex = self.lexicon
        if pos >= len(words):
            return pos
        kind = words.kind[pos]
        if kind not in ("admin", "countryside") or not words.text[pos].startswith(("ب", "وب")):
            return pos
        c = by_w0.get(pos + 1)
        if c is None or words.sent[pos + 1] != words.sent[pos]:
            return pos
        j = c.w1 + 1
        while j < len(words) and lex.direction(words.text[j])[0] and words.sent[j] == words.sent[pos]:
            j += 1
        return j

    def _unknown_span(self, words: Words, pos: int, first: bool, by_w0: dict[int, Cand],
                      nisba: bool = False, settled: bool = False) -> tuple[int, int] | None:
        """Words of a list member that no gazetteer has: one or two name-like words (after «حي»,
        not an indefinite adjective in -ي: «حي سكني»); in a list opened by a settlement word
        (``settled``) a site word that begins names and the word after it («قرى تل مصيطف»)."""
        lex = self.lexicon
        text = words.text[pos]
        base = text[1:] if (not first and text.startswith("و")) else text
        if not first and not text.startswith("و"):
            return None
        if settled and lex.in_set(base, lex.name_heads) and self._second_word(words, pos, by_w0):
            return (pos, pos + 1) if self._ends_member(words, pos + 2, words.sent[pos], by_w0) else None
        if not _name_like(base, lex) or lex.cue_of(base.removeprefix("ال")) == "countryside":
            return None  # «بلدات الريف»: the countryside's towns, no village called al-Rif
        if nisba and _NISBA.match(base) or first and _PEOPLE.match(base) or base in lex.adjectives:
            return None  # «حي سكني»; «مخيمات الفلسطينيين» (the people; a later member joined by «و»
            # is a name: «أحياء باب توما والقصاع والعباسيين»); «العاصمة الجزائرية»
        if first and base.startswith("لل"):
            return None  # «قرى للمساليت»: whose villages, not their name
        nxt = by_w0.get(pos + 1)
        # «بلدة برج الملوك»: a name the gazetteer has only without its article (ملوك, a Homs
        # hamlet) is the second word of this one, not another place
        loose = nxt is not None and bool(nxt.entries) and all(how == ADDED for _, how in nxt.entries)
        end = pos + 1 if self._second_word(words, pos, () if loose else by_w0) else pos
        if not self._ends_member(words, end + 1, words.sent[pos], by_w0):
            return None
        return pos, end

    def _second_word(self, words: Words, pos: int, taken: Container[int]) -> bool:
        """Whether the word after ``pos`` is the second word of an unknown name («عين الحلوة»):
        name-like, joined by a space, not an adjective, locative or «و...», not another place."""
        lex = self.lexicon
        nxt = pos + 1
        if nxt >= len(words) or nxt in taken or words.sent[nxt] != words.sent[pos] or words.gap(nxt) != "":
            return False
        t = words.text[nxt]
        if words.text[pos].startswith("ال") and t.endswith("ا") and not t.startswith("ال"):
            return False  # «مخيم البداوي متوترا»: an accusative after a definite name is no part of it
        # not «للنازحين», «بالقرب»: a preposition with the article starts a phrase of its own
        return (not t.startswith(("و", "لل", "بال")) and _name_like(t, lex) and not _NAME_ADJ.match(t)
                and not lex.in_set(t, lex.locative) and not _not_name(t, lex))

    def _ends_member(self, words: Words, j: int, sent: int, by_w0: dict[int, Cand]) -> bool:
        """What may follow a list member: the end of the sentence, punctuation, the next member
        («و...»), an admin phrase, a direction, a preposition or other function word («والغدفة
        بعد معارك»), or «لل» + a noun («مخيم زمزم للنازحين»: for the displaced)."""
        lex = self.lexicon
        if j >= len(words) or words.sent[j] != sent or words.gap(j):
            return True
        t = words.text[j]
        return (t.startswith(("و", "لل")) or j in by_w0 or words.kind[j] in ("admin", "countryside")
                or t in _AFTER_PLACE or t in _UPPER_LOWER or _not_name(t, lex) or _PLACE_ADJ.match(t) is not None
                or lex.direction(t)[0] or lex.in_set(t, lex.locative))

    # ---- territories («الأراضي التركية») ----------------------------------------------------------
    def _territories(self, words: Words, by_w0: dict[int, Cand]) -> list[Cand]:
        lex = self.lexicon
        out = []
        codes = words.country
        for i in compress(range(len(codes)), codes):
            code = codes[i]
            if i == 0 or words.sent[i - 1] != words.sent[i] or words.gap(i):
                continue
            prev = words.text[i - 1]
            if code != "SY" and lex.in_set(prev, lex.territory):
                base = next((b for b in lex.bases(prev) if b in lex.territory), prev)
                start = words.start[i - 1] + len(prev) - len(base) if len(base) <= len(prev) else words.start[i - 1]
                capital = self._capital(code) if lex.in_set(prev, lex.city_words) else None
                if capital is not None:  # «العاصمة الجزائرية»: Algiers
                    c = Cand(i - 1, i, start, words.end[i], key=compact(norm_name(capital.name_ar or capital.name)),
                             entries=[(capital, EXACT)], accepted=True)
                    c.support.append("the capital of its country")
                else:
                    c = Cand(i - 1, i, start, words.end[i], role=ROLE_FOREIGN, precision=3, country_code=code)
                    c.support.append("territory of a country")
                out.append(c)
        return out

    def _capital(self, code: str) -> GazEntry | None:
        country = self.gazetteer.get(f"builtin:country:{code}")
        return self.gazetteer.capitals.get(country.name) if country is not None else None

    # ---- 5. gating ------------------------------------------------------------------------------
    def _gate(self, cands: list[Cand], words: Words) -> None:
        lists: dict[int, list[Cand]] = {}
        for c in cands:
            if c.list_id is not None:
                lists.setdefault(c.list_id, []).append(c)
        ends = {c.w1 for c in cands}
        by_w0 = {c.w0: c for c in cands}
        for c in cands:
            self._gate_one(c, words)
            self._road_ends(c, by_w0.get(c.w1 + 1), words)
            if c.w0 == c.w1 and c.w0 - 1 in ends and words.country[c.w0] and c.accepted:
                c.accepted = False  # «مدينة هلمستاد السويدية»: Swedish, not the town السويدية
                c.support.append("a country adjective after a place")
        self._carry_lists(lists)
        # one sense per discourse: a name once supported is a place elsewhere in the article
        supported = {canon(c.key) for c in cands if c.accepted and not c.unknown}
        for c in cands:
            if not c.accepted and canon(c.key) in supported and not {"organisation", "not a name"} & set(c.support):
                c.accepted = True
                c.support.append("same name supported elsewhere in the article")
        found = self._coherent(cands)  # «على كل من كفرسجنة والتح وحيش»: the first carries the rest
        self._carry_lists({k: v for k, v in lists.items() if any(m in found for m in v)})

    def _road_ends(self, c: Cand, d: Cand | None, words: Words) -> None:
        """«طريق عام صور - الناقورة»: two towns right after a road word (its links between) that
        name the road by its ends are places, a common word among them too (Tyre, not pictures)."""
        if d is None or words.gap(d.w0).strip(" -–—ـ/") or c.prefix.strip("و") or d.prefix \
                or self._road_before(c, words) is not False:
            return
        if not all(any(h == EXACT for _, h in x.entries) for x in (c, d)) or "not a name" in c.support + d.support:
            return
        for x in (c, d):
            if not x.accepted:
                x.accepted = True
                x.support.append("names a road by its ends")

    def _carry_lists(self, lists: dict[int, list[Cand]]) -> None:
        """List members stand together: a settlement word or one supported member carries the
        rest; a member that is also a common word needs a member that is not."""
        lex = self.lexicon
        for members in lists.values():
            opened = any(m.list_kind in ("singular", "dual", "plural", "site") for m in members)
            # (not a country: «بين اسرائيل وفصائل المقاومة» lists parties, «فصائل» is no village)
            strong = [m for m in members if not m.unknown and not _is_ambiguous(m.key, lex)
                      and "organisation" not in m.support
                      and not (m.entries and all(e.feature == "country" for e, _how in m.entries))]
            if not (opened or any(m.accepted for m in members)):
                continue
            for m in members:
                if m.accepted or "organisation" in m.support or "not a name" in m.support:
                    continue
                if not opened and m.entries and all(how == ADDED for _, how in m.entries):
                    continue  # «والصراع»: an article the gazetteer's name lacks needs a settlement word
                if m.unknown:
                    # placed or matched after the others are resolved (_resolve_unknown)
                    m.accepted = True
                    m.support.append("member of a list of places")
                elif not _is_ambiguous(m.key, lex) or any(o is not m for o in strong):
                    m.accepted = True
                    m.support.append("member of a list of places")

    def _gate_one(self, c: Cand, words: Words) -> None:
        lex = self.lexicon
        if c.entries and c.cue not in ("singular", "dual", "plural", "site") \
                and c.list_kind not in ("dual", "plural"):
            # «الحماميات» for حماميات only after «قرية», «تلة» (or as a member of an opened
            # list): not «أطراف الصراع» (the parties to the conflict) for the village صراع
            c.entries = [(e, how) for e, how in c.entries if how != ADDED]
            if not c.entries:
                c.support.append("not a name")
                return
        if c.country_code or "the capital of its country" in c.support:
            c.accepted = True
            return
        if c.countryside or c.admin_level:
            # «أطراف المدينة» is the outskirts of the city, not Medina: after a countryside word
            # only, a common word needs an admin unit of that name («ريف الباب», the district),
            # and a settlement word with the article is never one («في محيط القرية»: not the
            # subdistrict of al-Qarayya)
            if c.w0 == c.w1 and _settlement_noun(words.text[c.w0], lex):
                c.support.append("not a name")
                return
            if c.admin_level or not _is_ambiguous(c.key, lex) or any(e.feature in ADMIN_UNITS for e, _ in c.entries):
                c.accepted = True
                return
            c.support.append("not a name")
            return
        whole = canon(c.key) if not c.prefix.strip("و") else canon(compact(c.prefix.lstrip("و") + c.key))
        if canon(c.key) in lex.not_names or (whole != canon(c.key) and (whole in lex.not_names or whole in lex.ambiguous)):
            c.support.append("not a name")  # «قرية صغيرة»; «كبيرة» is not ك + بيرة
        if c.cue_word and lex.in_set(c.cue_word, lex.city_words) and words.text[c.w0] in lex.adjectives:
            c.support.append("not a name")  # «العاصمة العراقية»: the adjective, not Al Iraqiyah
        if c.cue is None and _quoted(c, words):
            c.support.append("not a name")  # «الشرق الأوسط» (the newspaper), «نبع السلام»: a title
        if c.cue_word in _HIGHLIGHTS and words.between[c.w0].rstrip().endswith(("«", '"', "“")):
            c.support.append("not a name")  # «أبرزها «الاتحاد العام للعمال الجزائريين»»: a body named
        if c.cue is None and _dateline_outlet(c, words):
            c.support.append("not a name")  # «بغداد (الشرق الأوسط) -»: the outlet of the dateline
        if "organisation" in c.support or "not a name" in c.support:
            return
        if c.unknown:
            return
        best = max(e.rank for e, _ in c.entries)
        exact = any(h == EXACT for _, h in c.entries)
        ambiguous = _is_ambiguous(c.key, lex)
        if c.cue in ("singular", "dual", "plural", "admin") or (c.cue == "site" and not ambiguous):
            c.accepted = True
            c.support.append(f"after «{c.cue_word}»")
            return
        if self._admin_after(c, words, window=2 if ambiguous else 3, regions_only=ambiguous):
            c.accepted = True
            c.support.append("an admin phrase follows")
            return
        p = self._prev(words, c.w0)
        locative = p is not None and (lex.in_set(words.text[p], lex.locative) or self._on_of(words, p)
                                      or lex.in_set(words.text[p], lex.fronts) and _front_place(c))
        if ambiguous:  # «في سورية» is the country, «مصادر سورية» an adjective
            if locative and exact and any(e.feature == "country" for e, _ in c.entries):
                c.accepted = True
                c.support.append("a country, after a preposition of place")
            return
        abroad = all(e.country not in (None, "Syria") and e.feature != "country" for e, _ in c.entries)
        single = c.w0 == c.w1
        if len(c.key) < 4 and c.prefix and (best < 6 or c.prefix not in ("و", "ب", "وب")):
            return  # «بلاد» is not ب + لاد, «فرقة» not ف + رقة
        if abroad:  # a town abroad: only where the text speaks of a place («في جنيف»)
            if exact and not single and lex.cue_of(_strip_waw(words.text[c.w0])) in ("singular", "site"):
                c.accepted = True  # «اقتحم الجيش مخيم جنين»: the name has its own word of place
                c.support.append("a place abroad named with its word of place")
            elif exact and (locative or c.prefix.lstrip("و") == "ب") and best >= 5:
                c.accepted = True  # «في جنيف», «ببغداد»
                c.support.append("a town abroad, after a preposition of place")
            elif exact and best >= WELL_KNOWN_ABROAD and p is not None and words.text[p] in _ON:
                c.accepted = True  # «غارة على غزة», «هجوم على بغداد»
                c.support.append("a well-known town abroad, after «على»")
            elif exact and best >= 5 and self._dateline(c, words):
                c.accepted = True  # «عمان - الدستور», «بغداد (رويترز)»: where the article was filed
                c.support.append("a dateline")
            elif exact and best >= WELL_KNOWN_ABROAD and self._witnessed(c, words):
                c.accepted = True  # «شهدت أثينا مظاهرات», «أن أثينا شهدت هدوءا»
                c.support.append("a well-known town abroad, next to «شهدت»")
            elif exact and best >= WELL_KNOWN_ABROAD and p is not None and words.text[p] in lex.institutions:
                c.accepted = True  # «طلاب جامعة الخرطوم», «مطار بغداد»
                c.support.append("a well-known town abroad, named by its institution")
        elif exact and best >= 5.5 and not (single and self._verb_opening(c, words)):
            # not a verb opening its sentence («كرمت قيادة الجيش»: honoured, not الكرمة)
            c.accepted = True
            c.support.append("a well-known place")
        elif (locative or "ب" in c.prefix) and (best >= 4.5 or (not single and exact)):
            # a small place needs more than a preposition when its name is one word
            c.accepted = True
            c.support.append("after a preposition of place")
        elif locative and exact:  # not «ب» alone: «بوحشية», «بالعارضة» tell a manner
            c.after_locative = True

    def _on_of(self, words: Words, p: int) -> bool:
        """Word ``p`` is the «على» of a verb or noun of taking control at most 14 words before it
        («سيطرت فصائل المعارضة اليوم الخميس على ...»), or of a strike at most three words before
        it («بقصف تركي على عين عيسى»), in its sentence: a preposition of place."""
        if words.text[p] not in _ON:
            return False
        sent, lex = words.sent[p], self.lexicon
        return any(words.sent[j] == sent and lex.in_set(words.text[j], words_of)
                   for words_of, reach in ((lex.control, 14), (lex.strikes, 3)) for j in range(max(0, p - reach), p))

    @staticmethod
    def _dateline(c: Cand, words: Words) -> bool:
        """The name opens its paragraph and a dash, a bracket, a colon or the quoted outlet
        follows it (a «ـ» dash is gone from the normalised text: two spaces stay)."""
        first = c.w0 == 0 or words.para[c.w0 - 1] != words.para[c.w0]
        raw = words.between[c.w1 + 1] if c.w1 + 1 < len(words) else ""
        return first and (raw.strip()[:1] in ("-", "–", "—", "(", ":", "«") or "  " in raw)

    def _witnessed(self, c: Cand, words: Words) -> bool:
        """The name is the subject of a verb of witnessing just before or after it."""
        sent = words.sent[c.w0]
        return any(0 <= j < len(words) and words.sent[j] == sent and words.text[j] in self.lexicon.witness
                   for j in (c.w0 - 1, c.w1 + 1))

    @staticmethod
    def _coherent(cands: list[Cand]) -> list[Cand]:
        """«قصف على بلدة قرب سرمدا ... في ريف إدلب»: a one-word village after a preposition of
        place is a place when the article names its governorate (a governorate, its countryside
        or a town of it, already accepted). Returns those it accepts."""
        named = {e.admin1 for c in cands if c.accepted and not c.unknown and not c.country_code
                 for e in _top_entries(c) if e.country == "Syria" and e.admin1}
        found: list[Cand] = []
        if not named:
            return found
        for c in cands:
            if c.accepted or not c.after_locative:
                continue
            fits = sorted({e.admin1 for e, how in c.entries if how == EXACT and e.admin1 in named})
            if fits:
                c.accepted = True
                c.support.append(f"after a preposition of place, in {fits[0]}, which the article names")
                found.append(c)
        return found

    def _admin_after(self, c: Cand, words: Words, window: int, regions_only: bool = False) -> bool:
        """«X بريف إدلب», «X في محافظة حلب», «X بمنطقة ...» within a few words after X."""
        lex = self.lexicon
        for j in range(c.w1 + 1, min(len(words), c.w1 + 1 + window)):
            if words.sent[j] != words.sent[c.w0]:
                return False
            kind = words.kind[j]
            if regions_only and kind == "admin" and lex.admin_level(words.text[j]) != "governorate":
                continue
            if kind in ("admin", "countryside") and words.text[j].startswith(("ب", "في")):
                return True
            if kind in ("admin", "countryside") and j > 0 and words.text[j - 1] == "في":
                return True
        return False

    # ---- relative phrases -----------------------------------------------------------------------
    def _relations(self, cands: list[Cand], words: Words) -> None:
        """«X شمال شرق مدينة Y»: X (and the list before it) is near Y, on that side («قرب منطقة
        الشولا»: an admin word may stand before Y too)."""
        lex = self.lexicon
        for y in cands:
            j = y.w0 - 1
            if j >= 0 and words.kind[j] in ("singular", "site", "admin"):
                j -= 1
            bearings = []
            while j >= 0 and words.sent[j] == words.sent[y.w0]:
                is_dir, b = lex.direction(words.text[j])
                if not is_dir:
                    break
                if b is not None:
                    bearings.append(b)
                j -= 1
            if not bearings and not (j >= 0 and lex.in_set(words.text[j], lex.near)):
                continue
            bear = _mean_bearing(bearings) if bearings else None
            for x in cands:
                if x is y or x.w1 >= y.w0 or words.sent[x.w0] != words.sent[y.w0] or y.w0 - x.w1 > 12:
                    continue
                x.near.append((y, bear))
                y.reference = True

    def _roads(self, cands: list[Cand], words: Words) -> None:
        """«طريق حلب دمشق», «أوتوستراد حمص - طرطوس», «الطريق الواصل بين بلدتي طفس والمزيريب»: a
        road named by its two ends. The event is on the road near the first town (precision 2);
        the second only names the road."""
        by_w0 = {c.w0: c for c in cands if c.accepted}
        for c in cands:
            if not c.accepted or c.role == ROLE_ROAD:
                continue
            between = self._road_before(c, words)
            if between is None:
                continue
            d = by_w0.get(c.w1 + 1)
            if d is None and between and self._settlement_joined(c.w1 + 1, words):
                d = by_w0.get(c.w1 + 2)  # «بين بلدة تل تمر وقرية أم الكيف»
                if d is not None and d.prefix:
                    continue
            elif d is None or words.gap(d.w0).strip(" -–—ـ/") or d.prefix not in (("و",) if between else ("",)):
                continue
            if d is None:
                continue
            c.precision = max(c.precision, 2)
            c.support.append("a road named by its ends: on it, near this one")
            d.role = ROLE_ROAD
            d.support.append("the far end of a road named by its ends")

    def _settlement_joined(self, j: int, words: Words) -> bool:
        """Word j is a singular settlement word joined by «و» («وقرية»), in the sentence."""
        return j < len(words.text) and words.sent[j] == words.sent[j - 1] and _joinable(words.gap(j)) \
            and words.text[j].startswith("و") and words.text[j][1:] in self.lexicon.singular

    def _road_before(self, c: Cand, words: Words) -> bool | None:
        """Does a road word stand before ``c``, maybe with «الواصل بين بلدتي» between? None: no
        road; True: with «بين» (the other end follows with «و»); False: right before it."""
        lex = self.lexicon
        j, linked = c.w0 - 1, False
        while j >= 0 and c.w0 - j <= 5 and words.sent[j] == words.sent[c.w0] and _joinable(words.gap(j + 1)):
            t = words.text[j]
            if lex.in_set(t, lex.roads):
                return linked
            if not lex.in_set(t, lex.road_links):
                return None
            linked = linked or t == "بين"
            j -= 1
        return None

    # ---- 6. resolution --------------------------------------------------------------------------
    def _resolve(self, cands: list[Cand], words: Words) -> None:
        for c in cands:  # the same names come back: deduplicated once per gazetteer
            c.entries = self.gazetteer.distinct_candidates(c.entries) if c.entries else []
        self._by_country_after(cands, words)
        for c in cands:
            c.variants = [eh for eh in c.entries if eh[1] != EXACT]
            c.entries = self._filter(c, c.entries) if c.entries else []
        self._by_adjective(cands, words)
        fixed = [c for c in cands if len(c.entries) == 1]
        for c in fixed:
            c.chosen, c.how = c.entries[0]
            c.reasons = ["the only place of that name"]
        for _round in range(2):
            for c in cands:
                if len(c.entries) > 1:
                    ctx = self._ctx(c, cands, words)
                    c.chosen, c.how, c.reasons = choose(c.entries, ctx)
        self._not_where_said(cands, words)
        home = self._home_country(cands, words)
        self._check_abroad(cands, words, home)
        for c in cands:
            if c.unknown and not c.natural and c.in_country is None:
                self._resolve_unknown(c, cands, words)
        self._quarters(cands, words)
        self._foreign_namesakes(cands, words)
        self._placed_by_a_town_abroad(cands, words)
        for c in cands:
            if c.chosen is not None:
                self._role(c)
        for c in cands:
            if c.unknown and c.chosen is None:
                self._anchor(c, cands, words, home)

    def _not_where_said(self, cands: list[Cand], words: Words) -> None:
        """«قرية الحمرا في ريف دير الزور الشرقي»: a Syrian village the text puts in a governorate
        (a region phrase at most 4 words after it, not counting the words of places named between:
        «قرية الحويز في سهل الغاب بريف حماة») where no place of its name lies, nor near it
        (a border village news files under the next governorate is kept), is not one of its
        namesakes far away: it is unknown there (a misspelling, or placed at the region)."""
        regions = [o for o in cands if o.chosen is not None and o.chosen.admin1 and o.chosen.country == "Syria"
                   and o.chosen.point is not None and (o.countryside or o.admin_level == "governorate")]
        for c in cands:
            e = c.chosen
            if e is None or c.countryside or c.admin_level or e.country != "Syria" or e.feature not in SETTLEMENTS:
                continue
            region = next((o.chosen for o in regions if words.sent[o.w0] == words.sent[c.w0]
                           and 0 < o.w0 - c.w1 - _named_between(cands, c.w1, o.w0) <= 4), None)
            if region is None:
                continue
            near = [(x, how) for x, how in c.entries if x.admin1 == region.admin1 or x.point is None
                    or haversine_km(x.point, region.point) <= FAR_FROM_REGION_KM]  # type: ignore[arg-type]
            inside = [(x, how) for x, how in near + c.variants if x.admin1 == region.admin1 and x.country == "Syria"]
            if inside and not any(how == EXACT for _x, how in inside):
                near = inside  # «قرية الحويز في ريف حماة»: الحويز الشمالي of Hama, not الحويز of Jableh
            elif len(near) == len(c.entries):
                continue
            if near:  # the namesakes near where the text puts it
                c.entries = near
                c.chosen, c.how, c.reasons = choose(near, self._ctx(c, cands, words))
                c.reasons[0] = f"{len(near)} of that name in or near {region.admin1}, where the text puts it"
                continue
            c.chosen, c.entries, c.unknown = None, [], True
            c.support.append(f"no place of that name in or near {region.admin1}, where the text puts it")

    def _by_adjective(self, cands: list[Cand], words: Words) -> None:
        """A name of towns in several countries («طرابلس»: Libya, Lebanon) is the one whose
        country's adjective stands in its paragraph («الجيش اللبناني»), when only one does."""
        shared = [c for c in cands if len({e.country for e, _ in c.entries}) > 1]
        if not shared:
            return
        named: dict[int, set[str]] = {}
        for i in compress(range(len(words)), words.country):
            entry = self.gazetteer.get(f"builtin:country:{words.country[i]}")
            if entry is not None:
                named.setdefault(words.para[i], set()).add(entry.name)
        for c in shared:
            fits = {e.country for e, _ in c.entries} & named.get(words.para[c.w0], set())
            if len(fits) == 1:
                c.entries = [eh for eh in c.entries if eh[0].country in fits]
                c.support.append(f"{next(iter(fits))} named by its adjective in the paragraph")
            elif not fits and any(e.feature == "country" for e, _ in c.entries):
                # «عمان» alone is Amman: Oman is «سلطنة عمان», «عُمان» (the damma the capital
                # «عَمّان» has not) or has its adjective near
                country = c.first_vowel == _DAMMA
                c.entries = [eh for eh in c.entries if (eh[0].feature == "country") == country] or c.entries

    def _by_country_after(self, cands: list[Cand], words: Words) -> None:
        """«منطقة هيران وسط الصومال», «مدينة X شمال العراق», «قاعدة البرج 22 في الأردن»: a name of
        places in several countries followed by a direction (or «في») and a country is the one in
        that country; a town of another country, or the first word of a longer name no gazetteer
        has («مدينة بور هكبة جنوب غربي الصومال»: not Bor, Turkey), is a place in it."""
        lex = self.lexicon
        by_w0 = {c.w0: c for c in cands}
        for c in cands:
            countries = {e.country for e, _ in c.entries}
            if not countries or c.unknown:
                continue
            j = c.w1 + 1
            second = False
            if j < len(words) and words.text[j].isdigit():
                j += 1  # «قاعدة البرج 22 في الأردن»
            elif len(countries) == 1 and c.cue in ("singular", "dual", "plural") \
                    and self._second_word(words, c.w1, by_w0):
                j, second = j + 1, True  # «مدينة بور هكبة جنوب غربي الصومال»: a name's second word
            turns = 0
            while j < len(words) and turns < 2 and (lex.direction(words.text[j])[0] or words.text[j] in ("وسط", "في")):
                j, turns = j + 1, turns + 1
            state = by_w0.get(j)
            if state is None or words.sent[j] != words.sent[c.w0] or not turns and not second:
                continue
            states = [e for e, _ in state.entries if e.feature == "country"]
            fits = [eh for eh in c.entries if any(eh[0].country == e.country for e in states) and eh[0].feature != "country"]
            if fits and len(countries) > 1:
                c.entries = fits
                c.support.append(f"in {states[0].name}, named after it")
            elif not fits and len(states) == 1 and (words.text[c.w1 + 1:j].count("في") or len(countries) == 1):
                c.entries, c.unknown, c.in_country = [], True, states[0]  # placed in it by _anchor
                if second:
                    c.w1, c.end = c.w1 + 1, words.end[c.w1 + 1]
                    c.key = compact(norm_name(" ".join(words.text[c.w0:c.w1 + 1])))
                c.support.append(f"in {states[0].name}, named after it, where the gazetteer has no place of that name")

    # ---- places abroad in an article about Syria ------------------------------------------------
    def _home_country(self, cands: list[Cand], words: Words) -> str:
        """The country the article's places are in: countries named, cities and admin units
        count 1, communities ½ (a Syrian hamlet of the same name is easily found in a text about
        elsewhere); places reached by reading a letter off and the words of a dateline count nothing. Syria wins a tie when
        it has more than hamlets, and when nothing counts."""
        counts: dict[str, float] = {}
        filed = _dateline_words(cands, words)
        for c in cands:
            e = c.chosen
            if e is not None and e.country != "Syria" and self._syrian_namesake(c):
                continue  # «أريحا» alone tells no country: Jericho or Ariha
            if c.w0 in filed:
                continue  # «موسكو - روسيا اليوم»: where the story was filed, not what it is about
            if c.accepted and e is not None and e.country and not _letter_read_off(c):
                counts[e.country] = counts.get(e.country, 0.0) + (1.0 if e.rank >= 5.0 else 0.5)
        if not counts:
            return "Syria"
        top = max(counts.values())
        if counts.get("Syria") == top and any(c.chosen.country == "Syria" and c.chosen.rank >= 5.0 for c in cands
                                              if c.accepted and c.chosen is not None and not _letter_read_off(c)):
            return "Syria"
        return max((k for k in counts if k != "Syria" or len(counts) == 1), key=lambda k: counts[k])

    def _check_abroad(self, cands: list[Cand], words: Words, home: str) -> None:
        """A town abroad must be meant. Reading a letter off a name without the article to reach
        it (بليون is not ب + ليون, كباني not ك + باني; بالقاهرة is ب + القاهرة) is allowed only for
        a capital (لموسكو), a town of the article's country or one also named without the letter.
        In an article about Syria, a town abroad needs its country named in the paragraph, or to
        be a well-known city named in full after a preposition of place or «مدينة». Otherwise a
        name after a settlement word (قرية، بلدة، قرى...) is a local place no gazetteer has, and
        any other name is no place."""
        taken = {c.w0 for c in cands}
        plain = {c.chosen.id for c in cands if c.chosen is not None and c.accepted and not _letter_read_off(c)}
        for c in cands:
            e = c.chosen
            if e is None or c.unknown or e.feature not in SETTLEMENTS or e.country in (None, home):
                continue
            if e.country == "Syria" and (home == "Syria" or e.rank >= 5.0):
                continue  # a Syrian town or city may be named in news about elsewhere
            if _letter_read_off(c) and e.rank <= CAPITAL_RANK and e.id not in plain:
                local = [eh for eh in c.entries if eh[0].country == home and eh[0].feature in SETTLEMENTS]
                if local:
                    c.entries = local
                    c.chosen, c.how, c.reasons = choose(local, self._ctx(c, cands, words))
                    continue
                self._localise(c, words, f"«{e.name_ar}» ({e.country}) only by reading a letter as a proclitic", taken)
            elif home == "Syria" and (syrian := self._syrian_namesake(c)) and not self._country_named(c, cands, words):
                c.entries = syrian  # «مدينة أريحا» in news about Syria: Ariha, not Jericho
                c.chosen, c.how, c.reasons = choose(syrian, self._ctx(c, cands, words))
                c.reasons.insert(0, f"not «{e.name_ar}» in {e.country}, which the text does not name")
            elif (home == "Syria" or e.country == "Syria") and not self._meant_abroad(c, cands, words):
                self._localise(c, words, f"«{e.name_ar}» is in {e.country}, which the text does not name", taken)

    def _meant_abroad(self, c: Cand, cands: list[Cand], words: Words) -> bool:
        e = c.chosen
        assert e is not None
        if "an admin phrase follows" in c.support:  # «الزاوية بريف إدلب»: a Syrian admin phrase
            return False
        if self._country_named(c, cands, words):
            return True
        return not self._village_cue(c) and c.how == EXACT and e.rank >= WELL_KNOWN_ABROAD

    def _country_named(self, c: Cand, cands: list[Cand], words: Words) -> bool:
        """Is the country of ``c``'s place named in its paragraph («في فرنسا») or right after it
        («ليون الفرنسية»)?"""
        e = c.chosen
        assert e is not None
        para = words.para[c.w0]
        for o in cands:  # its country named in the same paragraph («ليون الفرنسية», «في فرنسا»)
            country = o.chosen.name if o.country_code and o.chosen else (
                o.chosen.country if o.chosen is not None and o.chosen.feature == "country" else None)
            if o.country_code and o.chosen is None:
                entry = self.gazetteer.get(f"builtin:country:{o.country_code}")
                country = entry.name if entry else None
            if country == e.country and words.para[o.w0] == para:
                c.support.append(f"{country} named in the paragraph")
                return True
        nxt = c.w1 + 1
        if nxt < len(words) and words.sent[nxt] == words.sent[c.w0] and not words.gap(nxt):
            code = self.lexicon.adjectives.get(words.text[nxt])
            entry = self.gazetteer.get(f"builtin:country:{code}") if code else None
            if entry is not None and entry.name == e.country:
                c.support.append(f"«{words.text[nxt]}» follows it")
                return True
        return False

    @staticmethod
    def _verb_opening(c: Cand, words: Words) -> bool:
        """A word opening its sentence that ends in ت where the name ends in ة («كرمت» for
        «الكرمة»): news opens with its verb, and a past verb of a feminine subject ends so."""
        opens = c.w0 == 0 or words.sent[c.w0 - 1] != words.sent[c.w0]
        followed = c.w0 + 1 < len(words) and not words.gap(c.w0 + 1).strip()  # not «حلبت:» (a headline)
        return opens and followed and words.text[c.w0].endswith("ت")

    @staticmethod
    def _syrian_namesake(c: Cand) -> list[tuple[GazEntry, int]]:
        """The Syrian towns (not hamlets) among the places ``c``'s name may be («أريحا»: Ariha
        beside Jericho)."""
        return [eh for eh in c.entries if eh[0].country == "Syria" and eh[0].feature in SETTLEMENTS
                and eh[0].rank >= TOWN_RANK]

    def _village_cue(self, c: Cand) -> bool:
        """Whether a settlement word other than «مدينة» stands before it or opened its list."""
        if c.cue in ("singular", "dual", "plural") and c.cue_word is not None:
            return not self.lexicon.in_set(c.cue_word, self.lexicon.city_words)
        return c.list_kind in ("singular", "dual", "plural")

    def _localise(self, c: Cand, words: Words, why: str, taken: Container[int]) -> None:
        """A name read as a place abroad that is not: a local place no gazetteer has after a
        settlement word or in a list of places (one word longer when the next word goes with it:
        «مخيم عين الحلوة» is not «عين»), else no place at all."""
        settled = c.cue in ("singular", "dual", "plural") or c.list_kind in ("singular", "dual", "plural")
        if not settled:
            c.accepted = False
            return
        if c.w0 == c.w1 and self._second_word(words, c.w1, taken):
            c.w1 += 1
            c.end = words.end[c.w1]
        keep = c.prefix[1:] if c.prefix.startswith("و") else c.prefix  # بليون: the ب is part of the name
        c.start -= len(keep)
        c.prefix = c.prefix[: len(c.prefix) - len(keep)]
        c.key = compact(norm_name(" ".join(words.text[c.w0:c.w1 + 1])[len(c.prefix):]))
        c.entries, c.chosen, c.unknown = [], None, True
        c.support.append(f"not {why}")

    def _filter(self, c: Cand, entries: list[tuple[GazEntry, int]]) -> list[tuple[GazEntry, int]]:
        """Keep the candidates of the right kind: exact names before variants; admin units after
        an admin word, settlements otherwise (the town of إدلب rather than the governorate)."""
        entries = [eh for eh in entries if eh[1] == EXACT] or entries
        if c.cue == "admin" and c.cue_word and self.lexicon.in_set(c.cue_word, self.lexicon.admin_abroad):
            entries = [eh for eh in entries if eh[0].country != "Syria"]  # «ولاية الوحدة»
        countries = [eh for eh in entries if eh[0].feature == "country"]
        if countries and c.cue not in ("singular", "dual", "plural"):
            # «تركيا» is Turkey, not a hamlet of that name; «عمان» is Oman or Amman, a capital
            states = {e.country for e, _ in countries}
            capitals = [eh for eh in entries if eh[0].feature in SETTLEMENTS and eh[0].rank >= CAPITAL_RANK
                        and eh[0].country not in states]
            return countries + capitals
        if c.admin_level == "governorate" or c.countryside:
            govs = [eh for eh in entries if eh[0].feature == "governorate"]
            capitals = [eh for eh in entries if eh[0].feature in SETTLEMENTS and eh[0].rank >= 5.0]
            if govs:  # a capital of that governorate, not a town of that name elsewhere (بابل, Babol)
                capitals = [eh for eh in capitals if any(g.country == eh[0].country and g.admin1 == eh[0].admin1
                                                         for g, _ in govs)]
            if capitals and (govs or c.countryside):
                return capitals if not govs else [max(capitals, key=lambda eh: eh[0].rank)]
            if govs:
                return govs
            if c.admin_level == "governorate" and not c.countryside:
                # every Syrian governorate is a unit of the gazetteer: «محافظة أبين» (Yemen) is
                # no Syrian village of that name; a town abroad may stand for its province
                entries = [eh for eh in entries if eh[0].country != "Syria"]
        if c.admin_level == "subdistrict":
            units = [eh for eh in entries if eh[0].feature == "subdistrict"]
            if units:
                return units
        regions = [eh for eh in entries if eh[0].feature == "region" and eh[0].country == "Syria"]
        if regions and c.cue not in ("singular", "dual", "plural"):
            return regions  # «القلمون» is the region, «قرية القلمون» the village of that name
        settlements = [eh for eh in entries if eh[0].feature in SETTLEMENTS]
        return settlements or entries

    def _ctx(self, c: Cand, cands: list[Cand], words: Words) -> Context:
        sents, paras = words.sent, words.para
        sent, para = sents[c.w0], paras[c.w0]
        ctx = Context()
        admin: list[str] = []
        countries: list[str] = []
        for o in cands:
            e = o.chosen
            if o is c or e is None:
                continue
            if e.admin1:
                admin.append(e.admin1)
            abroad = o.role == ROLE_FOREIGN or e.country not in (None, "Syria")
            if abroad and e.country:  # places abroad tell the country, those at home the spot
                countries.append(e.country)
                if sents[o.w0] == sent:
                    ctx.sentence_countries.add(e.country)
            point = e.point
            if point is None or abroad:
                continue
            osent = sents[o.w0]
            is_region = o.countryside or o.admin_level == "governorate"
            if is_region:
                if osent == sent and e.admin1:
                    if o.w0 > c.w1 and ctx.admin_after is None and o.w0 - c.w1 <= 14:
                        ctx.admin_after = e.admin1
                    elif o.w1 < c.w0:
                        ctx.admin_before = e.admin1
                continue
            if osent == sent:
                ctx.sentence.append(point)
            if paras[o.w0] == para:
                ctx.paragraph.append(point)
            ctx.article.append(point)
        for y, bear in c.near:
            if y.chosen is not None and y.chosen.point is not None:
                ctx.near.append((y.chosen.point, bear))
        for a, k in Counter(admin).items():
            ctx.admin_prior[a] = k / len(admin)
        for a, k in Counter(countries).items():
            ctx.country_prior[a] = k / len(countries)
        return ctx

    def _resolve_unknown(self, c: Cand, cands: list[Cand], words: Words) -> None:
        """A list member no gazetteer has: a misspelling of a place of its governorate?"""
        admin1 = self._context_admin1(c, cands, words)
        c.admin_hint = admin1
        found = self.matcher.fuzzy(c.key, admin1)
        if not found:
            if c.list_kind not in ("dual", "plural") and c.cue != "singular":
                c.accepted = False
            return
        entries = [(self.gazetteer.entries[i], EXACT) for i, _d in found[:5] if i in self.gazetteer.entries]
        entries = self._filter(c, dedupe(entries))
        if not entries:
            return
        ctx = self._ctx(c, cands, words)
        c.chosen, c.how, reasons = choose(entries, ctx)
        c.fuzzy, c.unknown = True, False
        dist = dict(found).get(c.chosen.id)
        c.reasons = [f"a misspelling of «{c.chosen.name_ar}» (distance {dist}) in {admin1}"] + reasons[1:]

    def _quarters(self, cands: list[Cand], words: Words) -> None:
        """«حي الميدان في دمشق», «حي الحسينية ضواحي بغداد», «حي الزهراء شرق حمص»: a quarter
        said to be in (or on the edge of) a town is there; a namesake elsewhere (a village
        الميدان in Homs, a town الحسينية in Egypt) is dropped and the quarter is placed at the town."""
        lex = self.lexicon
        by_w0 = {c.w0: c for c in cands}
        for c in cands:
            if c.chosen is None or c.chosen.point is None or not (c.cue_word and lex.in_set(c.cue_word, lex.quarters)):
                continue
            town = self._town_after(c, by_w0, words) or self._town_after_quarters(c, by_w0, words) \
                or _city_before(c, cands, words)
            if town is None or town.chosen is None or town.chosen.point is None:
                continue
            if haversine_km(c.chosen.point, town.chosen.point) > QUARTER_KM:
                c.chosen, c.entries, c.unknown, c.anchor, c.quarter = None, [], True, town.chosen, True
                c.support.append(f"a quarter of «{town.key}», not a namesake elsewhere")

    def _town_after_quarters(self, c: Cand, by_w0: dict[int, Cand], words: Words) -> Cand | None:
        """«أحياء الحمدانية وحلب الجديدة والزهراء في مدينة حلب», «حيي الميدان والقصاع في دمشق»: the
        town named with «في» (and a settlement word) after a plural (or dual) quarter word's list
        (eight words on at most, no comma)."""
        if not self.lexicon.in_set(c.cue_word or "", self.lexicon.plural | self.lexicon.dual):
            return None
        for k in range(c.w1 + 1, min(len(words.text), c.w1 + 9)):
            if words.sent[k] != words.sent[c.w0] or "،" in words.gap(k) or "," in words.gap(k):
                return None
            if words.text[k] == "في" and k + 1 < len(words.text):
                town = by_w0.get(k + 2 if words.kind[k + 1] == "singular" else k + 1)  # «في (مدينة) دمشق»
                return town if town is not None and town.chosen is not None else None
        return None

    def _town_of_quarter(self, c: Cand, cands: list[Cand], words: Words) -> Cand | None:
        """The resolved town named right after an unknown quarter («حي الدرج في مدينة غزة»)."""
        word = c.cue_word or (words.text[c.w0 - 1] if c.w0 else "")
        if not (word and self.lexicon.in_set(word, self.lexicon.quarters)):
            return None
        return self._town_after(c, {o.w0: o for o in cands}, words)

    def _town_after(self, c: Cand, by_w0: dict[int, Cand], words: Words) -> Cand | None:
        """The resolved town named right after ``c`` in its sentence, past «في», a side or the
        outskirts («شرق حمص», «ضواحي بغداد») and a settlement word («في مدينة حلب», «ببلدة سلوان»);
        with nothing between, «بـ» must join them («حي الميدان بدمشق», not «حي الميدان دمشق»). A
        town no gazetteer has is itself placed by the town after it («حي البستان ببلدة سلوان في
        القدس»)."""
        lex = self.lexicon
        for _ in range(2):
            j = k = c.w1 + 1
            if k < len(words) and words.text[k] == "في":
                k += 1
            if k < len(words) and (lex.direction(words.text[k])[0] or words.text[k] in lex.countryside):
                k += 1
            by_noun = k == j and k < len(words) and words.text[k].startswith("ب")
            if k < len(words) and words.kind[k] == "singular" and (k != j or by_noun):
                k += 1
            town = by_w0.get(k)
            if town is None or town is c or words.sent[town.w0] != words.sent[c.w0] \
                    or k == j and not town.prefix.lstrip("و").startswith("ب"):
                return None
            if town.chosen is not None:
                ok = town.chosen.point is not None and town.chosen.feature in SETTLEMENTS
                return town if ok else None
            c = town
        return None

    def _foreign_namesakes(self, cands: list[Cand], words: Words) -> None:
        """«موقع المالكية الإسرائيلي»: a name followed by another country's adjective, and no
        place of that name there in the gazetteer, is not its namesake here (a Syrian village):
        it is an unknown place of that country (placed by ``_anchor``)."""
        for c in cands:
            j = c.w1 + 1
            if c.chosen is None or c.country_code or j >= len(words) or not words.country[j] \
                    or words.sent[j] != words.sent[c.w0]:
                continue
            state = self.gazetteer.get(f"builtin:country:{words.country[j]}")
            if state is None or c.chosen.country == state.country or any(e.country == state.country for e, _ in c.entries):
                continue
            if words.text[c.w0] == "ابو" and words.text[j].endswith("ي"):
                c.accepted = False  # «أبو عمر المصري»: a man's kunya and origin, no place
                c.support.append("a kunya with its nisba: a person")
                continue
            c.chosen, c.entries, c.unknown = None, [], True
            c.support.append(f"in {state.name}, as the adjective after it says, not a namesake elsewhere")

    def _placed_by_a_town_abroad(self, cands: list[Cand], words: Words) -> None:
        """«منطقة الحسينية شمالي بغداد»: a name a direction word places by a town of another
        country, where no place of that name lies in the gazetteer, is not its namesake elsewhere
        (Egypt's Husseiniya): it is an unknown place of that town's country (``_anchor`` places it)."""
        by_w0 = {o.w0: o for o in cands}
        for c in cands:
            j = c.w1 + 1
            if c.chosen is None or c.country_code or j + 1 >= len(words) or words.sent[j] != words.sent[c.w0]:
                continue
            is_dir, _ = self.lexicon.direction(words.text[j])
            town = by_w0.get(j + 1) if is_dir else None
            e = town.chosen if town is not None else None
            if e is None or e.country in (None, "Syria", c.chosen.country) \
                    or any(x.country == e.country for x, _ in c.entries):
                continue
            c.chosen, c.entries, c.unknown = None, [], True
            c.support.append(f"placed by {e.name} in {e.country}, not a namesake elsewhere")

    def _context_admin1(self, c: Cand, cands: list[Cand], words: Words) -> str | None:
        ctx = self._ctx(c, cands, words)
        if ctx.admin_after:
            return ctx.admin_after
        same_list = [o.chosen.admin1 for o in cands if o.list_id == c.list_id and o.chosen is not None
                     and o.chosen.admin1]
        if same_list:
            return max(set(same_list), key=same_list.count)
        return ctx.admin_before

    def _anchor(self, c: Cand, cands: list[Cand], words: Words, home: str) -> None:
        """Place an unknown member at the nearest resolved place of its list, else of its sentence,
        else the nearest place or region of its paragraph, else of the article (before it first).
        In news about a country other than Syria its places abroad are local too (a camp «في لبنان»
        is in Lebanon)."""
        if not c.accepted:
            return
        sent, para = words.sent[c.w0], words.para[c.w0]
        local = [o for o in cands if o.accepted and o.chosen is not None and o.chosen.point is not None
                 and (o.role in (ROLE_PLACE, ROLE_REGION) or home != "Syria" and o.chosen.country == home)]
        levels = (
            ("list", [o for o in local if o.role == ROLE_PLACE and o.list_id == c.list_id]),
            ("sentence", [o for o in local if o.role == ROLE_PLACE and words.sent[o.w0] == sent]),
            ("sentence", [o for o in local if words.sent[o.w0] == sent]),
            ("paragraph", [o for o in local if words.para[o.w0] == para]),
            ("article", [o for o in local if o.w0 < c.w0] or local),
        )
        c.precision = 2
        if c.natural:  # a region: at the admin phrase after it («جبل X بريف إدلب»), else as the others
            after = [o for o in local if o.role == ROLE_REGION and words.sent[o.w0] == sent and 0 < o.w0 - c.w1 <= 4]
            levels = (("admin phrase", after[:1]),) + levels
        else:  # «في قرية السريحة بولاية الجزيرة»: in the province named right after it, at home or abroad
            after = [o for o in cands if o.accepted and o.chosen is not None and o.chosen.point is not None
                     and o.chosen.feature in ("governorate", "region") and words.sent[o.w0] == sent
                     and 0 < o.w0 - c.w1 <= 2]
            levels = (("admin phrase", after[:1]),) + levels
        code = next((words.country[j] for j in range(c.w1 + 1, min(len(words), c.w1 + 3))
                     if words.sent[j] == sent and words.country[j]), None)
        country = self.gazetteer.get(f"builtin:country:{code}") if code else c.in_country
        if country is not None:  # «بلدة زموري الساحلية الجزائرية»: somewhere in Algeria
            c.anchor, c.precision = country, 3
            c.reasons = [f"not in the gazetteer; in {country.name}, as the adjective after it says"]
            return
        town = self._town_of_quarter(c, cands, words)
        if town is not None:  # «بحي الدرج في مدينة غزة»: in Gaza, not at a place named before
            c.anchor, c.quarter = town.chosen, True
            c.reasons = [f"not in the gazetteer; a quarter of «{_name_ar(town.chosen, town.key)}»"]
            return
        for label, pool in levels:
            if pool:
                nearest = min(pool, key=lambda o: abs(o.w0 - c.w0))
                c.anchor = nearest.chosen
                if (c.natural or label == "admin phrase") and (nearest.precision == 3 or nearest.chosen.feature
                                                               in ("governorate", "region")) \
                        or nearest.chosen.feature == "country":
                    c.precision = 3  # a region; anywhere in a country
                c.reasons = [f"not in the gazetteer; placed at «{_name_ar(nearest.chosen, nearest.key)}», "
                             f"the nearest place of its {label}"]
                return
        if c.anchor is not None:  # «وادي حلب» alone: at the Syrian place it is named after
            c.reasons = [f"not in the gazetteer; placed at «{c.anchor.name_ar}», the place the text ties it to"]
            return
        c.reasons = ["not in the gazetteer; nothing near it resolved"]

    def _role(self, c: Cand) -> None:
        e = c.chosen
        assert e is not None
        if e.feature == "country" or (e.country not in (None, "Syria")) or e.feature == "region" and e.country is None:
            wide = e.feature in ("country", "region", "governorate") or c.admin_level == "governorate"
            # «ولاية الخرطوم»: the state; «مديرية المخا», «قضاء المقدادية»: the district of a
            # town, coded to the town as a part of a region
            district = c.admin_level == "district" and c.abroad_admin
            c.role, c.precision = ROLE_FOREIGN, (3 if wide else 2 if district else 1)
        elif c.countryside:
            c.role = ROLE_REGION
            c.precision = 3 if (e.feature == "governorate" or e.rank >= 5.5) and not c.outskirts else 2
        elif c.admin_level in ("governorate",) or e.feature == "governorate":
            c.role, c.precision = ROLE_REGION, 3
        elif c.admin_level == "district" and e.feature in SETTLEMENTS and e.rank >= 5.0:
            # «منطقة إدلب»: the area of a governorate or district centre, not the town itself
            c.role, c.precision = ROLE_REGION, 3 if e.rank >= 5.5 else 2
        elif e.feature in ("district", "subdistrict"):
            c.role, c.precision = ROLE_REGION, 2
        elif e.feature == "region":  # coded to a town of it: 2 inside one district, else 3
            c.role, c.precision = ROLE_REGION, 2 if e.admin2 else 3
        else:
            c.role, c.precision = ROLE_PLACE, 1

    # ---- 7. output ------------------------------------------------------------------------------
    def _mention(self, doc: Any, c: Cand) -> Mention:
        s, e = doc.norm.to_original(c.start, c.end)
        surface = doc.text[s:e]
        data: dict[str, Any]
        if c.country_code:
            entry = self.gazetteer.get(f"builtin:country:{c.country_code}")
            c.chosen = entry
        entry = c.chosen
        if entry is not None:
            feature = "region" if c.role == ROLE_REGION and entry.feature in SETTLEMENTS else entry.feature
            data = _entry_data(entry, _name_ar(entry, c.key) or surface, c.precision, feature, c.role,
                               "fuzzy" if c.fuzzy else HOW[c.how])
            data["reasons"] = c.support + c.reasons
            if c.country_code:
                data["reasons"] = [f"«{surface}»: territory of {entry.name}"]
        else:
            a = c.anchor
            data = {"name": romanise(surface, self.lexicon.romanised_words), "name_ar": surface, "gazetteer_id": None,
                    "admin1": a.admin1 if a else c.admin_hint, "admin2": a.admin2 if a else None,
                    "admin3": a.admin3 if a else None, "country": a.country if a else None,
                    "latitude": a.latitude if a else None, "longitude": a.longitude if a else None,
                    "geo_precision": c.precision, "feature": "region" if c.natural else "community",
                    "role": ROLE_REGION if c.natural else c.role if c.role == ROLE_ROAD else ROLE_PLACE,
                    "reasons": c.support + c.reasons, "anchor": a.id if a else None, "match": None}
        if c.reference:
            data["reference"] = True
        if c.quarter:
            data["quarter"] = True
        return Mention("place", s, e, surface, label=data["name"], data=data)


def _counted_adjectives(doc: Any, cands: list[Cand]) -> None:
    """«قتل 33 جنديا تركيا», «جنديا روسيا»: a country named like its accusative adjective right
    after a counted noun («جنديا») is that adjective, no place."""
    counted = [(m.data or {}).get("noun_end") for m in doc.mentions if m.kind == "quantity"]
    ends = {e for e in counted if e is not None}
    if not ends:
        return
    for c in cands:
        if not c.accepted or c.prefix or not any(e.feature == "country" for e, _ in c.entries):
            continue
        s, _e = doc.norm.to_original(c.start, c.end)
        before = doc.text[:s].rstrip()
        if len(before) in ends and before.endswith("ا") and len(doc.text[len(before):s]) == 1:
            c.accepted = False
            c.support.append("the adjective of the counted noun before it")


def _city_before(c: Cand, cands: list[Cand], words: Words) -> Cand | None:
    """«وذكر مراسل سانا في حلب أن الإرهابيين استهدفوا ... حيي الحمدانية وحلب الجديدة»: with no
    town after it, a quarter is in the last city (rank 5 or more) named before it in its sentence."""
    before = [o for o in cands if o.w1 < c.w0 and words.sent[o.w0] == words.sent[c.w0] and o.chosen is not None
              and o.chosen.feature in SETTLEMENTS and o.chosen.rank >= 5.0]
    return before[-1] if before else None


def _upper_and_lower(cands: list[Cand], words: Words) -> None:
    """«غارات على بلدات النبطية الفوقا وكفررمان»: a town the gazetteer has, followed by «الفوقا»
    or «التحتا» («upper», «lower») that the gazetteer did not read with it, is another village
    by that town, named by both words: the event is near the town (geo_precision 2)."""
    for c in cands:
        j = c.w1 + 1
        if c.accepted and c.chosen is not None and j < len(words) and words.text[j] in _UPPER_LOWER \
                and words.sent[j] == words.sent[c.w0] and not words.gap(j):
            c.precision = max(c.precision, 2)
            c.w1, c.end = j, words.end[j]  # the mention is the village's whole name
            c.support.append("the upper or lower village by it")


def _entry_data(entry: GazEntry, name_ar: str, precision: int, feature: str | None, role: str,
                match: str) -> dict[str, Any]:
    """A place mention's data for a gazetteer entry (its reasons are the caller's to add)."""
    return {"name": entry.name, "name_ar": name_ar, "gazetteer_id": entry.id,
            "admin1": entry.admin1, "admin2": entry.admin2, "admin3": entry.admin3,
            "country": entry.country, "latitude": entry.latitude, "longitude": entry.longitude,
            "geo_precision": precision, "feature": feature, "role": role, "anchor": None, "match": match}


_DAMMA, _VOWELS = "\u064f", frozenset("\u064e\u064f\u0650")  # damma; fatha, damma, kasra


def _named_between(cands: list[Cand], w1: int, w0: int) -> int:
    """How many words between word ``w1`` and word ``w0`` belong to place names."""
    return sum(min(o.w1, w0 - 1) - max(o.w0, w1 + 1) + 1 for o in cands if w1 < o.w0 and o.w1 < w0)


def _first_vowel(doc: Any, c: Cand) -> str:
    """The short vowel written on the name's first letter in the original text, if any."""
    s, e = doc.norm.to_original(c.start, c.end)
    raw = doc.text[s:e]
    return raw[1] if len(raw) > 1 and raw[1] in _VOWELS else ""


def _dateline_words(cands: list[Cand], words: Words) -> set[int]:
    """The first six words of each paragraph that opens with a dateline («موسكو - روسيا اليوم»)."""
    out: set[int] = set()
    for c in cands:
        if "a dateline" in c.support:
            first = c.w0
            while first > 0 and words.para[first - 1] == words.para[c.w0]:
                first -= 1
            out.update(j for j in range(first, min(len(words), first + 6)) if words.para[j] == words.para[c.w0])
    return out


def _dateline_outlet(c: Cand, words: Words) -> bool:
    """The name fills the brackets after the first word or two of its paragraph, a dash after
    them: «بغداد (الشرق الأوسط) -», the outlet that filed the story."""
    before = words.between[c.w0].rstrip()
    after = words.between[c.w1 + 1].strip() if c.w1 + 1 < len(words) else ""
    if not (before.endswith("(") and after.startswith(")") and after[1:].strip()[:1] in ("-", "–", "—", ":")):
        return False
    opening = next((j for j in range(c.w0 - 1, max(-1, c.w0 - 4), -1) if j == 0 or words.para[j - 1] != words.para[j]),
                   None)
    return opening is not None and words.para[opening] == words.para[c.w0]


def _quoted(c: Cand, words: Words) -> bool:
    """The name fills a pair of quotation marks by itself."""
    before = words.between[c.w0].rstrip()
    after = words.between[c.w1 + 1].lstrip() if c.w1 + 1 < len(words) else ""
    return before.endswith(("«", '"', "“")) and after.startswith(("»", '"', "”"))


def _name_ar(entry: GazEntry, key: str) -> str | None:
    """The Arabic name to record: the entry's main name; of a pair of names (OCHA's
    «الزاوي_الزاوية») the one that matched."""
    name = entry.name_ar
    if not name or "_" not in name:
        return name
    parts = [p.strip() for p in name.split("_") if p.strip()]
    return next((p for p in parts if canon(compact(norm_name(p))) == canon(key)), parts[0] if parts else name)


_LATIN = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
          "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
          "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a",
          "و": "w", "ي": "y", "ى": "a", "ء": "'", "ئ": "'", "ؤ": "'"}
_VOWEL_OF = {"و": "u", "ي": "i"}
_LONG_VOWEL = {"ا": "a", "ى": "a", "و": "u", "ي": "i"}
_HARAKAT = {"\u064e": "a", "\u0650": "i", "\u064f": "u", "\u064b": "", "\u064c": "", "\u064d": "",
            "\u0651": "", "\u0652": ""}


def romanise(text: str, known: dict[str, str] | None = None) -> str:
    """A rough Latin spelling for names no gazetteer has: the usual first words of names as
    ``known`` spells them («تل» -> Tal), the rest letter by letter, «و»/«ي» after a consonant
    as the vowels u/i («جريف» -> Jrif), the article apart («الميدان» -> Al-Midan)."""
    words = []
    for w in text.split():
        if known and w in known:
            words.append(known[w])
            continue
        article = w.startswith(("ال", "آل")) and len(w) > 3
        spelt = _spell((w[2:] if article else w).replace("ـ", ""))
        if spelt:
            words.append(("Al-" if article else "") + spelt[:1].upper() + spelt[1:])
    return " ".join(words)


def _spell(body: str) -> str:
    """One word letter by letter (see ``romanise``)."""
    latin = []
    for k, ch in enumerate(body):
        nxt = body[k + 1:k + 2]
        if ch in _HARAKAT:  # a short vowel written out; not before the long one it spells
            latin.append("" if _HARAKAT[ch] == _LONG_VOWEL.get(nxt) else _HARAKAT[ch])
            continue
        vowel = ch in _VOWEL_OF and k > 0 and body[k - 1] not in "اأإآوي"
        if vowel and ch == "ي" and nxt == "ة":
            latin.append("iy")  # «الحسينية» -> Al-Hsiniya
            continue
        latin.append(_VOWEL_OF[ch] if vowel else _LATIN.get(ch, ch))
    return "".join(latin)


def split_words(norm: str) -> Words:
    """The ``\\w+`` words of a normalised text with their sentence and paragraph numbers (a
    sentence ends at . ! ? ؟ or a line break); cue kinds are left to the caller."""
    parts = _WORD_SPLIT.split(norm)  # [gap, word, gap, word, ..., gap]
    bounds = list(accumulate(map(len, parts)))
    between = parts[0:-1:2]
    n = len(between)
    sents: list[int] = []
    paras: list[int] = []
    sent = para = last = 0
    for k in [k for k in range(1, n) if between[k] != " " and _SENT_END.search(between[k])]:
        sents += [sent] * (k - last)
        paras += [para] * (k - last)
        sent += 1
        para += "\n" in between[k]
        last = k
    sents += [sent] * (n - last)
    paras += [para] * (n - last)
    return Words(parts[1::2], bounds[0:-1:2], bounds[1::2], sents, paras, between, [])


def _front_place(c: Cand) -> bool:
    """A town or governorate named after a word of a front («جبهة الضالع»), none a community
    (not «جبهة النصرة», whose name is also a village's)."""
    features = {e.feature for e, _ in c.entries}
    return bool(features & {"city", "governorate"}) and "community" not in features


def _joinable(gap: str, allow_comma: bool = False) -> bool:
    """Whether what stands between two words still lets them belong together."""
    g = gap.replace(" ", "")
    if allow_comma:
        g = g.replace("،", "").replace(",", "")
    return all(ch in "«»\"“”'()" for ch in g)


def _top_entries(c: Cand) -> list[GazEntry]:
    """The entries of the highest rank among those ``c`` matches."""
    best = max((e.rank for e, _ in c.entries), default=None)
    return [e for e, _ in c.entries if e.rank == best]


def _is_ambiguous(key: str, lex: GeoLexicon) -> bool:
    """Whether a name (compact key) is also a common word; a key ending in ت is also tried with ه,
    and a name without the article with it («مصدر» is the common word «المصدر» too)."""
    return key in lex.ambiguous or canon(key) in lex.ambiguous or "ال" + canon(key) in lex.ambiguous


def _letter_read_off(c: Cand) -> bool:
    """Whether a proclitic letter other than the conjunction و was read off a name without the
    article (بليون = ب + ليون?), a reading that is often wrong; ب + ال (بالقاهرة) is certain."""
    return any(ch in c.prefix for ch in "بكلف") and not c.key.startswith("ال") and c.how != LAM


def _strip_waw(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) > 3 else word


def _settlement_noun(word: str, lex: GeoLexicon) -> bool:
    """A settlement or site word with the article («القرية», «المدينة», «البلدة»): the place
    told of before, never a name."""
    word = _strip_waw(word)
    bare = word[2:] if word.startswith("ال") else word[3:] if word.startswith(("بال", "لال")) else None
    return bare is not None and lex.cue_of(bare) in ("singular", "dual", "plural", "site")


def _not_name(word: str, lex: GeoLexicon) -> bool:
    """A word cues.yaml ``not_names`` lists, with or without the article («الصغيرة», listed as
    «صغيرة»)."""
    bare = word[2:] if word.startswith("ال") else word
    return canon(compact(word)) in lex.not_names or canon(compact(bare)) in lex.not_names


def _name_like(word: str, lex: GeoLexicon) -> bool:
    if len(word) < 3 or not _ARABIC_ONLY.fullmatch(word):  # no digit, no Latin
        return False
    if word in _FUNCTION or lex.cue_of(word) or lex.direction(word)[0] or lex.in_set(word, lex.locative):
        return False
    if lex.in_set(word, lex.organisation):
        return False
    if canon(compact(word)) in lex.not_names:
        return False
    for enc in _ENCLITICS:  # «ومعسكرها»: a site word with a pronoun is not a name
        if word.endswith(enc) and lex.cue_of(word[: -len(enc)]):
            return False
    return True


def _mean_bearing(bearings: list[int]) -> float:
    import math

    x = sum(math.sin(math.radians(b)) for b in bearings)
    y = sum(math.cos(math.radians(b)) for b in bearings)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


# ---- pipeline stage and records ----------------------------------------------------------------


def stage(doc: Any, resources: Any) -> None:
    """Add a "place" mention for every place of the article (pipeline stage "places")."""
    recogniser = PlaceRecogniser(resources.gazetteer)
    for mention in recogniser(doc):
        doc.add(mention)


RECORD_FIELDS = ("name", "name_ar", "gazetteer_id", "latitude", "longitude", "admin1", "admin2", "country", "feature")


def place_records(doc: Any) -> list[dict]:
    """The contract's ``marsad places`` record of every place mention, plus its role,
    geo_precision, admin3 and reasons."""
    out = []
    for m in doc.mentions_of("place"):
        rec = {"doc_id": doc.article.id, "text": m.text, "start": m.start, "end": m.end}
        rec.update({k: m.data.get(k) for k in RECORD_FIELDS})
        rec.update({"admin3": m.data.get("admin3"), "role": m.data.get("role"),
                    "geo_precision": m.data.get("geo_precision"), "anchor": m.data.get("anchor"),
                    "reasons": m.data.get("reasons", [])})
        out.append(rec)
    return out
