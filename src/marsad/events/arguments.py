"""Arguments of an event: where (places), who (parties), how many (casualties) and when.

All finders look in the trigger's clause first, then its sentence, then its paragraph, and
record how far they had to go. They read the mentions of the earlier stages (place, actor,
person, quantity, date) through ``Context``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable

from marsad.events.certainty import THAT_THEY
from marsad.geo.gazetteer import haversine_km
from marsad.events.context import CROWDS, Context, Index, Sent, THit, title_start
from marsad.model import Mention, Span
from marsad.text.normalize import normalize

_TOKEN = re.compile(r"\w+|[^\w\s]")
REGION_FEATURES = frozenset({"governorate", "district", "subdistrict", "country", "region"})
PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
# words that may stand between a territory trigger and its first place («سيطر الجيش، امس، على»)
_SKIP = frozenset(normalize(w) for w in (
    "على", "إلى", "أمس", "اليوم", "يوم", "صباح", "مساء", "فجر", "ظهر", "ليل", "بشكل", "كامل", "بالكامل",
    "مجددا", "من جديد", "السيطرة", "التامة", "الكاملة", "فيها", "عليها", "من",  # «انسحبت من بلدة»
    "العاصمة",  # «دخولها العاصمة دمشق» (not after a place: «ود مدني عاصمة ولاية الجزيرة»)
    # the noun's subject, its own («دخول مقاتليها العاصمة دمشق»)
    "مقاتليها", "مقاتليه", "مقاتليهم", "عناصرها", "عناصره", "عناصرهم", "قواتها", "قواته", "قواتهم",
    "وحداتها", "وحداته",
    "بقيادة",  # who leads the subject, between commas («دخلت الفصائل، بقيادة هيئة تحرير الشام، الأحياء»)
))
_OBLIQUE = frozenset(normalize(w) for w in (
    "على", "ضد", "مع", "من", "عن", "في", "إلى", "لدى", "بين", "عند", "بحق", "تجاه", "لصالح", "ل", "ب",
))
_ON = normalize("على")
_BETWEEN = normalize("بين")
_MIN = normalize("من")
# who did it, after a passive or an event noun («من قبل», «على يد»)
AGENT_PHRASES = tuple(normalize(w) for w in ("من قبل", "على يد", "على أيدي"))
_BY_PHRASE = AGENT_PHRASES + tuple(normalize(w) for w in ("بيد", "نفذه", "نفذها", "نفذته",
                                          "شنه", "شنها", "شنته", "تبنته", "تبناه", "تبنت",
                                          # «المجزرة التي ارتكبتها طائرات النظام»
                                          "ارتكبها", "ارتكبتها", "ارتكبه", "ارتكبته", "ارتكبوها",
                                          # SANA: «قذيفتا هاون مصدرهما مناطق انتشار المجموعات الإرهابية»
                                          "مصدرها", "مصدرهما", "مصدره"))


def is_region(m: Mention) -> bool:
    d = m.data or {}
    return d.get("role") == "region" or d.get("feature") in REGION_FEATURES


def usable(ctx: Context, m: Mention) -> bool:
    """Can the place be an event's location? Not a whole country (ACLED records no
    country-level events), not the far end of a road («طريق حلب دمشق») and not part of a name
    («المركز الروسي للمصالحة في سوريا»)."""
    if (m.data or {}).get("feature") == "country" or (m.data or {}).get("role") == "road":
        return False
    return _mention_overlapping(ctx.names, m.start, m.end) is None


def _places(ctx: Context, start: int, end: int, origins: bool = False) -> list[Mention]:
    """The places of text[start:end] that may be where an event happened: not a place people
    moved to or came from, not the place of the person telling it («مراسل سانا في حماة»), not
    where a weapon was launched from (with ``origins``, only those), not where what the event
    answers happened («ردا على استهداف القنصلية الإيرانية في دمشق»)."""
    return [m for m in ctx.places.within(start, end)
            if usable(ctx, m) and not _moved(ctx, m) and not ctx.in_speaker(m.start)
            and (launched_from(ctx, m.start) or _stationed_before(ctx, m)) == origins
            and not retaliated_at(ctx, m.start)]  # (where what it answers happened)


def _retaliation_phrases(ctx: Context) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two word spans of every «ردا على» (cues.yaml ``retaliation``) of the article, found once."""
    found = ctx.memo.get("retaliation")
    if found is None:
        words = ctx.lex.words("retaliation")
        firsts = {w.split()[0] for w in words}
        norm = ctx.doc.norm.text
        spans = ctx.word_spans(0, len(ctx.text)) if any(w in norm for w in firsts) else []
        found = ctx.memo["retaliation"] = [
            (x, y) for x, y in zip(spans, spans[1:])
            if ctx.norm(*x) in firsts and f"{ctx.norm(*x)} {ctx.norm(*y)}" in words]
    return found  # type: ignore[return-value]


def retaliated_at(ctx: Context, pos: int) -> bool:
    """``retaliated_for`` of whatever stands at ``pos`` (a date too: «ردا على هجوم ... في 15 آب»
    dates what was answered)."""
    phrases = _retaliation_phrases(ctx)
    if not phrases:
        return False
    s = ctx.sent_at(pos)
    for x, y in phrases:
        if not s.start <= x[0] < pos:
            continue
        rest = ctx.word_spans(y[1], pos)
        if rest and ctx.norm(*rest[0]) in ctx.lex.words("questions"):
            return False
        if that_between(ctx, y[1], pos) or ctx.cue("speech", y[1], pos):
            return False
        clauses = [c for c in s.clauses if x[0] < c[1] and c[0] <= pos]
        return all(ctx.text[c[0]:c[0] + 1] == "و" for c in clauses[1:])
    return False


def _stationed_before(ctx: Context, m: Mention) -> bool:
    """«قذائف أطلقها إرهابيو جبهة النصرة المنتشرون في ريف إدلب على ... السقيلبية»: where the
    attackers are stationed (cues.yaml ``stationed``, «في» and place nouns between), not where
    the shells fell. Worked out once per place."""
    if not ctx.cue("stationed", max(0, m.start - 60), m.start):
        return False
    memo: dict[int, bool] = ctx.memo.setdefault("stationed_before", {})  # type: ignore[assignment]
    if m.start not in memo:
        memo[m.start] = _stationed_at_words(ctx, m)
    return memo[m.start]


def _stationed_at_words(ctx: Context, m: Mention) -> bool:
    prev = ctx.word_spans(max(0, m.start - 40), m.start, last=3)
    words = ctx.lex.words("stationed")
    for i, (a, b) in enumerate(prev):
        if ctx.norm(a, b) in words and all(ctx.norm(x, y) in _IN_WORDS or ctx.cue_at("place_noun", x) or
                                           ctx.cue_at("locator", x) for x, y in prev[i + 1:]):
            return True
    return False


_IN_WORDS = frozenset((normalize("في"),))


# what ends the phrase of where a weapon was launched from («... من ريف إدلب على مدينة محردة»)
_TOWARDS = frozenset(normalize(w) for w in ("على", "باتجاه", "نحو", "إلى", "تجاه", "ضد", "صوب"))
_FROM_WORD = normalize("من")
_ARREST = normalize("القبض")


def launched_from(ctx: Context, pos: int) -> bool:
    """«طائرات مسيرة أطلقها إرهابيون من منطقة خفض التصعيد في إدلب», «صواريخ أطلقت من قطاع غزة
    على سديروت»: ``pos`` is in the «من» phrase right after a launch verb (its subject or the
    weapon between at most), where the weapon came from, not where it struck. The phrase ends
    at «على», «باتجاه» ..., and past a place it ends unless only «في», «و» and words of places
    («بلدة», «ريف») lead on from it («من بلدة اللطامنة في ريف حماة»; not «من ريف إدلب مدينة
    السقيلبية», «من جنوب لبنان في منطقة مفتوحة قرب مستوطنة كريات شمونة»). (Also asked of a
    party: «أطلقت من مناطق سيطرة الفصائل»: the factions are no target.)"""
    memo = ctx.memo.setdefault("launched_from", {})
    if pos not in memo:
        memo[pos] = _launched_from(ctx, pos)
    return memo[pos]  # type: ignore[no-any-return]


def _launched_from(ctx: Context, pos: int) -> bool:
    if not ctx.cue("launch", 0, pos):
        return False
    s = ctx.sent_at(pos)
    words = ctx.word_spans(max(s.start, pos - 80), pos, last=8)
    since: list[tuple[int, int]] = []  # the words between ``pos`` and the last place passed
    for i in range(len(words) - 1, -1, -1):
        w = ctx.norm(*words[i])
        if w in _TOWARDS:
            return False
        if ctx.places.covering(words[i][0]):
            if not _leads_on(ctx, since):
                return False
            since = []
            continue
        since.append(words[i])
        if w != _FROM_WORD:
            continue
        verb = ctx.cue("launch", max(s.start, words[i][0] - 40), words[i][0])
        if not verb or ctx.words(verb[-1].end, words[i][0]) > 4:
            return False
        # not «ألقت الشرطة القبض على عشرات من المتظاهرين» (arrested)
        return all(ctx.norm(a, b) != _ARREST for a, b in ctx.word_spans(verb[-1].end, words[i][0]))
    return False


_LEAD_ON = frozenset(normalize(w) for w in ("في", "و", "ب"))


def _leads_on(ctx: Context, words: list[tuple[int, int]]) -> bool:
    """The words between two places go on naming the first: a joiner, and words of places."""
    joiners = [w for w in words if ctx.norm(*w) in _LEAD_ON]
    return bool(joiners) and all(w in joiners or ctx.cue_at("place_noun", w[0]) or ctx.cue_at("locator", w[0])
                                 for w in words)


def _not_origins(ctx: Context, places: list[Mention]) -> tuple[list[Mention], bool]:
    """Without the places people are said to come from («من أهالي بلدة الكرك»: cues.yaml
    ``origin``) and those that locate them («من أبناء مدينة نوى غربي درعا»), when another place
    that is no region is left; and whether only such places are there."""
    rest, origin = [], False
    for i, m in enumerate(places):
        origin = _cue_before(ctx, "origin", m.start, 2) or origin and i > 0 and _locates(ctx, places[i - 1], m)
        if not origin:
            rest.append(m)
    if len(rest) < len(places) and any(not is_region(m) for m in rest):
        return rest, False
    return places, bool(places) and not rest


def _locates(ctx: Context, before: Mention, m: Mention) -> bool:
    """Only locators and place nouns stand between the two places («نوى غربي درعا», «الكرك بريف
    درعا»): the second tells where the first lies."""
    between = ctx.word_spans(before.end, m.start)
    return bool(between) and all(ctx.cue_at("locator", w[0]) or ctx.cue_at("place_noun", w[0]) for w in between)


def _moved(ctx: Context, m: Mention) -> bool:
    """«انسحبوا باتجاه مدينة سراقب», «انطلاقا من محيط معرة النعمان», «رتلا كان متجها إلى نقطة
    المراقبة التركية في مورك» (six words at most after a word of heading, in the clause)."""
    return _cue_before(ctx, "direction", m.start, 2) or _headed_to(ctx, m) or _locates_a_direction(ctx, m)


def _locates_a_direction(ctx: Context, m: Mention) -> bool:
    """SANA: «عدوان إسرائيلي بالصواريخ من اتجاه البحر المتوسط غرب مدينة اللاذقية»: the place after a
    locator («غرب») tells where what the fire came from lies (a direction word, then two words at
    most before the locator), not where it struck."""
    prev = ctx.word_spans(max(0, m.start - 80), m.start, last=6)
    i = len(prev)
    while i and ctx.cue_at("place_noun", prev[i - 1][0]):
        i -= 1
    if not i or not ctx.cue_at("locator", prev[i - 1][0]):
        return False
    i -= 1
    return any(ctx.cue_at("direction", prev[j][0]) and ctx.words(prev[j][1], prev[i][0]) <= 2
               for j in range(max(0, i - 3), i))


def _headed_to(ctx: Context, m: Mention) -> bool:
    """The first place after a word of heading, or the region that locates it: «متجها إلى نقطة
    المراقبة التركية في مورك بريف حماة» (not «في طريقه إلى مدينة سراقب قرب بلدة النيرب»: the
    convoy was near Nayrab)."""
    if not ctx.cue("heading", max(0, m.start - 80), m.start):
        return False
    c0 = ctx.sent_at(m.start).clause_of(m.start)[0]
    for cue in ctx.cue("heading", max(c0, m.start - 80), m.start):
        if ctx.words(cue.end, m.start) <= 6:
            first = not any(p.start >= cue.end for p in ctx.places.within(cue.end, m.start))
            return first or is_region(m)
    return False


def near(ctx: Context, m: Mention) -> bool:
    """«قرب بلدة النيرب», «في محيط بلدة حاس»: the event is near the place (geo_precision 2), and
    near each place coordinated with it («على محيط بلدتي البارة وكنصفرة»)."""
    if _cue_before(ctx, "vicinity", m.start, 1):
        return True
    before = ctx.places.within(max(0, m.start - 60), m.start)
    return bool(before) and _list_from(ctx, [before[-1], m]) == [before[-1], m] and near(ctx, before[-1])


def _cue_before(ctx: Context, kind: str, pos: int, gap: int) -> bool:
    """A ``kind`` cue ending at most ``gap`` words before ``pos`` (place nouns such as «مدينة»
    and «محيط», and locators such as «جنوب شرق», may stand between: «من اتجاه جنوب شرق بيروت»)."""
    for cue in ctx.cue(kind, max(0, pos - 50), pos):
        between = ctx.word_spans(cue.end, pos)
        others = [w for w in between if not ctx.cue_at("place_noun", w[0]) and not ctx.cue_at("locator", w[0])]
        if not others and len(between) <= gap:
            return True
    return False


# -- places -------------------------------------------------------------------------------------
def _place_overlapping(ctx: Context, a: int, b: int) -> Mention | None:
    for m in ctx.places.within(max(0, a - 60), b + 60):
        if m.start < b and m.end > a:
            return m
    return None


def _mention_overlapping(index, a: int, b: int) -> Mention | None:  # type: ignore[no-untyped-def]
    for m in index.within(max(0, a - 80), b + 80):
        if m.start < b and m.end > a:
            return m
    return None


def object_places(ctx: Context, s: Sent, h: THit) -> tuple[list[Mention], str]:
    """The places a territory trigger governs: «سيطر على قرية الحامدية ومعسكرها وقرى بسيدا
    وبابولين» -> [الحامدية, بسيدا, بابولين]; «تحريرها» / «تحرير البلدة» -> the place referred to."""
    if h.hit.entry.pos == "noun" and h.hit.suffix in PRONOUNS and _pronoun_is_object(ctx, s, h):
        ante = antecedent(ctx, s, h.start)
        return ([ante], "anaphor") if ante else ([], "none")
    places: list[Mention] = []
    expect, skipped, pos = True, 0, h.end
    first_noun_definite, site = None, -1
    name_end = h.end  # where the last place's name ends
    for m in _TOKEN.finditer(ctx.text, h.end, s.end):
        a, b = m.span()
        if a < pos:
            continue
        pm = _place_overlapping(ctx, a, b)
        if pm is not None:
            if places and not expect and not _connected(ctx, name_end, pm.start):
                break
            if pm not in places:
                places.append(pm)
            expect, pos, name_end = False, pm.end, pm.end
            continue
        tok = m.group()
        if tok in "،,":
            expect = expect or bool(places)
            continue
        if tok in "«»\"":
            continue
        other = _mention_overlapping(ctx.actors, a, b) or _mention_overlapping(ctx.dates, a, b)
        if other is not None:
            if places:
                break
            pos = max(pos, other.end)
            continue
        w = ctx.norm(a, b)
        if places and ctx.cue_at("locator", a):
            break
        if not places and ctx.cue_at("towards", a):
            break  # «وانسحب مقاتلو الفيلق باتجاه مدينة أعزاز»: where they went, not the place left
        if ctx.cue_at("place_noun", a):
            if not places and first_noun_definite is None:
                first_noun_definite = w.startswith(("ال", "وال"))
                site = a
            expect = expect or bool(places)
            continue
        if w == "و" and places:
            expect = True
            continue
        if places and not expect and w in ctx.lex.words("place_ordinals"):
            name_end = b  # «والراشدين الخامسة وكفرحلب»: the name goes on
            continue
        if places and (w.lstrip("و") in _IN_ADDITION or expect and w in _IN_ADDITION_TO):
            expect = True  # «على بلدات النيرب وسراقب وآفس، إضافة إلى قرية الطلحية»: the list goes on
            continue
        if not places and (w in _SKIP or w.lstrip("و") in _SKIP) and skipped < 6:
            skipped += 1
            continue
        on = _next_on(ctx, a, s, verb_subject=h.hit.entry.pos == "verb" and h.hit.suffix not in PRONOUNS) \
            if not places else None
        if on is not None:  # «سيطرت فصائل المعارضة المدعومة من تركيا على قرية تل تمر»: the
            pos = on  # subject's qualifier stands before «على» and its object
            continue
        break
    places = [m for m in places if usable(ctx, m)]
    if places:
        return places, "object"
    named = _named_among(ctx, s, pos)
    if named:  # «سيطرتها على 30 بلدة وقرية ...، أبرزها كفرناها وعنجارة والهوتة»
        return named, "object"
    if first_noun_definite:
        ante = antecedent(ctx, s, h.start)
        if ante:
            return [ante], "anaphor"
    if first_noun_definite is not None:  # «على القصر الجمهوري في الخرطوم»: in the city named after it
        around = _region_of_unlisted(ctx, s, site)
        if around is not None:
            return [around], "region of an unlisted place"
        town = _town_attacked_before(ctx, s, h)
        if town is not None:
            return [town], "town attacked before"
    return [], "none"


def _town_attacked_before(ctx: Context, s: Sent, h: THit) -> Mention | None:
    """«شنت قوات الدعم السريع هجوما واسعا على مدينة الجنينة ...، وسيطرت على مقر الفرقة 15
    مشاة»: a site no place follows is in the town an event word before it in its sentence struck
    («على» and, at most, a town noun between)."""
    for t in reversed(ctx.triggers.within(s.start, h.start)):
        if ctx.lex.family(t.name).group != "violence":
            continue
        for m in ctx.places.within(t.end, h.start):
            spans = ctx.word_spans(t.end, m.start)
            words = [ctx.norm(a, b) for a, b in spans]
            if words and words[-1] != _ON and not ctx.cue_at("place_noun", spans[-1][0]):
                continue
            if _ON in words and len(words) <= 4 and usable(ctx, m) and not is_region(m):
                return m
    return None


def _named_among(ctx: Context, s: Sent, pos: int) -> list[Mention]:
    """The towns listed after «أبرزها», «أهمها», «من بينها» (cues.yaml ``named_among``) later in
    the sentence: those of a counted object that are named («30 بلدة وقرية ... أبرزها كفرناها
    وعنجارة»)."""
    return _listed_after(ctx, s, "named_among", pos, towns_only=True)


def _listed_after(ctx: Context, s: Sent, kind: str, pos: int, towns_only: bool = False) -> list[Mention]:
    """The places listed right after a ``kind`` cue past ``pos`` (a word between at most: «توزعوا
    على مدينة دوما»), without regions with ``towns_only``: «أبرزها كفرناها وعنجارة» (``named_among``),
    the victims «توزعوا على دوما وحمورية» (``spread_over``: one event at each)."""
    for cue in ctx.cue(kind, pos, s.end):
        places = [m for m in _places(ctx, cue.end, s.end) if not (towns_only and is_region(m))]
        if places and ctx.words(cue.end, places[0].start) <= 1:
            return _list_from(ctx, places)
    return []


_IN_ADDITION = frozenset(normalize(w) for w in ("إضافة", "بالإضافة", "علاوة"))
_IN_ADDITION_TO = frozenset(normalize(w) for w in ("إلى", "على"))
# what may stand between two places of a list whatever its length («عين العرب وتل رفعت، إضافة إلى قنديل»)
_BESIDES = frozenset(f"{a} {b}" for a in _IN_ADDITION for b in _IN_ADDITION_TO)


def _region_of_unlisted(ctx: Context, s: Sent, site: int) -> Mention | None:
    """«سيطرت قوات النظام على منطقة وادي الربيع في ريف حماة الشمالي»: a place word and a
    name no gazetteer knows; the place named right after it, in its clause, with a word of
    place before it («في», «قرب», «شمال») or a town noun of «لـ» («دخلت الفصائل الأحياء الغربية
    لمدينة حلب»: the city's quarters), is where it lies (ACLED: the nearest known place)."""
    c1 = s.clause_of(site)[1]
    for m in ctx.places.within(site, c1):
        if ctx.words(site, m.start) > 7:
            break
        prev = ctx.word_spans(site, m.start, last=1)
        if prev and (ctx.norm(*prev[0]) in _OBLIQUE or ctx.cue_at("locator", prev[0][0])
                     or ctx.norm(*prev[0]).startswith("ل") and ctx.cue_at("place_noun", prev[0][0])) and usable(ctx, m):
            return m
    return None


_AFTER_OBJECT = frozenset(normalize(w) for w in ("من", "بعد", "قبل", "خلال", "منذ", "في", "على", "إثر", "عقب",
                                                 "بالكامل", "كاملة", "أمس", "اليوم"))


_AFTER_WORDS = frozenset(normalize(w) for w in ("بعد", "عقب", "إثر", "اثر"))


def _next_on(ctx: Context, start: int, s: Sent, verb_subject: bool = False) -> int | None:
    """Where the object of a territory word starts past what stands between: «على», or a town
    noun («دخلت القوات التركية والفصائل الموالية لها مدينة عفرين»), within the next 6 words of
    the clause, if no event word comes first. After a verb with no object pronoun the subject
    may be longer: 8 words of the sentence, not counting named actors and dates («سيطرت فصائل
    غرفة عمليات ... بقيادة هيئة تحرير الشام، اليوم الخميس، على»)."""
    end = s.end if verb_subject else s.clause_of(start)[1]
    counted = 0
    since_fight = None  # words since an event word that tells how it was taken
    for a, b in ctx.word_spans(start, end):
        if ctx.cue_at("towards", a):
            return None  # «وانسحب مقاتلو الفيلق باتجاه مدينة أعزاز»: where they went
        if ctx.norm(a, b) == _ON or ctx.norm(a, b) in _TOWN_NOUNS:
            return a
        if since_fight is not None:
            since_fight += 1
            if since_fight > 2:
                return None  # not «اثر الهجوم الذي شنه المتمردون ... على العاصمة»: that event's
        if ctx.triggers.within(a, b):
            prev = word_before(ctx, start, a)
            if prev is None or ctx.norm(*prev) not in _AFTER_WORDS:
                return None
            since_fight = 0  # «وسيطرت بعد معارك عنيفة على قرية»: how it was taken
        if verb_subject and (_mention_overlapping(ctx.actors, a, b) or _mention_overlapping(ctx.dates, a, b)):
            continue
        counted += 1
        if counted >= (8 if verb_subject else 6):
            return None
    return None


def _pronoun_is_object(ctx: Context, s: Sent, h: THit) -> bool:
    """«تحريرها من المسلحين» (her liberation: the pronoun is the place) against «تحريره العديد
    من البلدات» (his liberation of ...: the pronoun is the agent and the object follows)."""
    if h.hit.entry.key.endswith("علي"):
        return True
    c0, c1 = s.clause_of(h.start)
    nxt = ctx.word_spans(h.end, c1, first=1)
    if not nxt or ctx.text[h.end:nxt[0][0]].strip():
        return True
    return ctx.norm(*nxt[0]) in _AFTER_OBJECT


def _connected(ctx: Context, a: int, b: int) -> bool:
    """Only a conjunction or a comma between two places of a list («بسيدا وبابولين»)."""
    gap = ctx.norm(a, b).replace(" ", "")
    return gap in ("و", "،", ",", "،و", ",و")


def antecedent(ctx: Context, s: Sent, pos: int) -> Mention | None:
    """The last town-level place mentioned before ``pos`` (this paragraph and the two before),
    not one that only tells where another is («بلدة قميناس جنوب شرق إدلب، وتمكنت من السيطرة
    عليها»: Qminas)."""
    start = ctx.paras[max(0, s.para - 2)][0]
    towns = _not_references([m for m in _places(ctx, start, pos) if not is_region(m)])
    return towns[-1] if towns else None


def past_dated_aside(ctx: Context, s: Sent, end: int) -> int:
    """The end of the clause after ``end`` when the clause that starts there holds a date and
    nothing else («دمرت وحدات من الجيش، فجر اليوم، مقرات»), or describes the name before it
    (``_describes_a_name``): an aside inside one clause."""
    i = next((k for k, (a, _b) in enumerate(s.clauses) if a >= end), None)
    if i is None or i + 1 >= len(s.clauses):
        return end
    a, b = s.clauses[i]
    if dates_only(ctx, a, b) or _describes_a_name(ctx, end, a, b):
        return s.clauses[i + 1][1]
    return end


def _describes_a_name(ctx: Context, end: int, a: int, b: int) -> bool:
    """The clause [a, b) only describes the actor named right before it («مواقع لسرايا القدس،
    الجناح العسكري لحركة الجهاد الإسلامي، في مدينتي غزة وخان يونس»): a few words and a name, no
    event word."""
    before = ctx.actors.within(max(0, end - 60), end)
    names = ctx.actors.within(a, b)
    return bool(before and names) and ctx.words(before[-1].end, end) == 0 and ctx.words(names[-1].end, b) == 0 \
        and ctx.words(a, names[-1].start) <= 3 and not ctx.triggers.within(a, b)


def start_before_aside(ctx: Context, s: Sent, pos: int) -> int:
    """The start of the clause at ``pos``, or of the clause before it when a date alone stands
    between them («شهدت مدينة الزاوية، مساء الجمعة، اشتباكات»: the aside does not part them), or
    when the clause before ends with a date and the word at ``pos`` opens its own clause: the comma
    closes an aside whose opening one was left out («شنت طائرات أمريكية وبريطانية فجر اليوم الأحد،
    غارات على مواقع»)."""
    c0 = s.clause_of(pos)[0]
    i = next((k for k, (a, _b) in enumerate(s.clauses) if a == c0), 0)
    if i >= 2 and dates_only(ctx, *s.clauses[i - 1]):
        return s.clauses[i - 2][0]
    if i >= 1 and ctx.words(c0, pos) == 0 and _ends_with_date(ctx, *s.clauses[i - 1]):
        return s.clauses[i - 1][0]
    return c0


def _ends_with_date(ctx: Context, a: int, b: int) -> bool:
    last = ctx.word_spans(a, b, last=1)
    return bool(last) and bool(ctx.dates.covering(last[0][0]))


def dates_only(ctx: Context, a: int, b: int) -> bool:
    """text[a:b] (a clause put between commas) holds a date and nothing else, a preposition before
    it aside («، فجر اليوم،», «، منذ صباح اليوم الاثنين،»)."""
    return bool(ctx.dates.within(a, b)) and all(ctx.dates.covering(w) or ctx.norm(w, e) in _DATE_LEADS
                                                for w, e in ctx.word_spans(a, b))


_DATE_LEADS = frozenset(normalize(w) for w in ("منذ", "في", "خلال", "حتى", "عند"))


def nearby_places(ctx: Context, s: Sent, h: THit) -> tuple[list[Mention], str]:
    """Where a (non-territory) event happened (``_nearby_places``); when the sentence names no
    other place, where missiles or shells flew towards (those intercepted too), or where the weapon
    was launched from («أطلقت قوات النظام قذائف من مواقعها في بلدة كفرنبل»: ACLED has no better
    place for it)."""
    found = _nearby_places(ctx, s, h)
    if found[1] in ("clause", "sentence", "anaphor"):
        return found
    c0, c1 = s.clause_of(h.start)
    if h.name in _PROJECTILES or ctx.lex.family(h.name).group == "disrupted" or ctx.cue("launch", c0, c1):
        # «صواريخ معادية قادمة من عرض البحر باتجاه مدينة اللاذقية», «اعتراض طائرة مسيرة أطلقتها
        # ميليشيا الحوثي باتجاه مطار أبها»: where it was aimed
        aimed = [m for m in ctx.places.within(h.end, c1) if usable(ctx, m) and _cue_before(ctx, "towards", m.start, 2)
                 and not _headed_to(ctx, m)]  # not where the convoy struck was heading
        if aimed:
            return aimed[:1], "clause"
    origins = _places(ctx, c0, c1, origins=True)
    return (origins[:1], "clause") if origins else found


_PROJECTILES = frozenset(("airstrike", "shelling"))  # fired towards a place: aimed at it


def _nearby_places(ctx: Context, s: Sent, h: THit) -> tuple[list[Mention], str]:
    """Where a (non-territory) event happened: the place after the trigger in its clause with
    the places listed with it, else the nearest place in the clause, sentence, paragraph; else
    the article's main region (ACLED: geo_precision 3, coded to the province), unless that is
    first named after the sentence and an event was told before it: then that event's place.
    (A bare «الحي», «البلدة» after a place named with the same word is that place already:
    ``geo.recognise`` reads it; the anaphor here is the looser «وسط المدينة» after «في حماة».)"""
    c0, c1 = s.clause_of(h.start)
    spread = _listed_after(ctx, s, "spread_over", h.end)
    if spread:  # «قتل 27 مدنيا ... على مدن وبلدات الغوطة الشرقية، توزعوا على دوما وحمورية وكفربطنا»
        return spread, "clause"
    during = _listed_after(ctx, s, "during_operation", h.end)
    if during:  # «إلقاء القبض على 10 أشخاص ...، خلال حملة أمنية في قريتي الدالية والمزيرعة»
        return during, "clause"
    after, origins = _not_origins(ctx, _places(ctx, h.end, _list_goes_on(ctx, s, past_dated_aside(ctx, s, c1))))
    later = _places(ctx, after[-1].end, s.end) if origins else []
    if later:  # «اعتقلت دورية شابين من أبناء مدينة نوى، أثناء مرورهما على حاجز في مدينة الصنمين»
        return [later[0]], "sentence"
    if after:  # (only where the people came from: their home town)
        near = _near_on_the_road(ctx, after, s)
        return ([near], "clause") if near is not None else (_list_from(ctx, after), "clause")
    before = _not_references([m for m in _places(ctx, c0, h.start) if not _dateline_abroad(ctx, s, m)])
    if before:
        return _witnesses(ctx, before), "clause"
    if _place_noun_anaphor(ctx, h.end, c1):
        ante = antecedent(ctx, s, h.start)
        if ante:
            return [ante], "anaphor"
    in_sent = _not_references([m for m in _places(ctx, s.start, h.start) if not _dateline_abroad(ctx, s, m)])
    if in_sent:
        return [_finest(in_sent)], "sentence"
    in_sent = _places(ctx, h.end, s.end)
    if in_sent and _opens_its_clause(ctx, s, in_sent[0]):
        # «خرج عشرات الآلاف ... إلى الشوارع لليوم التاسع، في بيروت وطرابلس وصيدا والنبطية»
        return _list_from(ctx, in_sent), "clause"
    if in_sent:
        return [in_sent[0]], "sentence"
    p0, p1 = ctx.paras[s.para]
    if h.hit.entry.key in ctx.lex.words("return_fire"):
        # where the shells came from, told in this paragraph or the one before («ذكر مراسل سانا
        # أن إرهابيي النصرة المنتشرين في بلدة اللطامنة استهدفوا ...» / «وردت وحدات من الجيش»)
        base = _stationed_at(ctx, ctx.paras[max(0, s.para - 1)][0], s.start)
        if base is not None:
            return [base], "paragraph"
    prev = _not_references([m for m in _places(ctx, p0, s.start) if not _dateline_abroad(ctx, s, m)])
    if prev:  # not the town a place was said to lie near («على محور النيرب شرق إدلب»: Nayrab)
        return [prev[-1]], "paragraph"
    nxt = _places(ctx, s.end, p1)
    if nxt:
        return [nxt[0]], "paragraph"
    region = main_region(ctx)
    told = ctx.memo.get("event_place")  # where the last event told before happened
    if isinstance(told, Mention) and told.start < s.start and (region is None or region.start > s.start):
        # «وأوضح المصدر أن السيارة ... انفجرت»: the story told before, not a region named later
        return [told], "event before"
    return ([region], "article") if region else ([], "none")


def _opens_its_clause(ctx: Context, s: Sent, m: Mention) -> bool:
    """The place opens its clause after «في» (place nouns between at most), or after «خلال/أثناء»,
    what was done and «في»: where the clause before happened, put aside between commas («، في
    بيروت وطرابلس،», «، خلال مداهمات متزامنة في ولايتي إسطنبول وأنقرة»); or after «بينها/منها»,
    what was struck and «في» («غارات على 60 هدفا في اليمن، بينها مواقع في صنعاء والحديدة»)."""
    words = ctx.word_spans(s.clause_of(m.start)[0], m.start)
    if not words:
        return False
    first = ctx.norm(*words[0])
    if first in _DURING_WORDS:
        at = next((k for k, w in enumerate(words) if ctx.norm(*w) == _IN), None)
        return at is not None and 2 <= at <= 3 and all(ctx.cue_at("place_noun", a) for a, _b in words[at + 1:])
    return first == _IN and all(ctx.cue_at("place_noun", a) for a, _b in words[1:])


_DURING_WORDS = frozenset(normalize(w) for w in ("خلال", "أثناء", "بينها", "منها", "ومنها", "وبينها"))


def _stationed_at(ctx: Context, start: int, end: int) -> Mention | None:
    """The last place in text[start:end] named right after a word of being stationed, a
    settlement word between at most («المتمركزين في بلدة اللطامنة», «المنتشرة في ريف إدلب»)."""
    found = [m for m in _places(ctx, start, end, origins=True) if _stationed_before(ctx, m)]
    return found[-1] if found else None


def _not_references(places: list[Mention]) -> list[Mention]:
    """Without the places that only tell where another of them is («شهدت مدينة سراقب جنوب شرق
    إدلب اشتباكات»: Saraqib, not Idlib), unless no other place is in a gazetteer."""
    own = [m for m in places if not (m.data or {}).get("reference")]
    if not any((m.data or {}).get("gazetteer_id") for m in own):
        return places  # «حي العامل (جنوب غربي بغداد)»: a name no gazetteer has, in Baghdad
    return own


def _finest(places: list[Mention]) -> Mention:
    """The last place named, unless it is the region of a town named just before it («قاعدة عين
    الأسد ... في محافظة الأنبار»: the base, in Anbar, is where)."""
    last = places[-1]
    d = last.data or {}
    if len(places) > 1 and is_region(last) and d.get("admin1"):
        inside = [m for m in places[:-1] if not is_region(m) and (m.data or {}).get("admin1") == d["admin1"]
                  and (m.data or {}).get("country") == d.get("country")]
        if inside:
            return inside[-1]
    return last


def _dateline_abroad(ctx: Context, s: Sent, m: Mention) -> bool:
    """«أنقرة (الأناضول) - أعلنت وزارة الدفاع التركية تحييد 14 إرهابيا في شمالي سوريا والعراق»:
    the city the story was filed from is not where it happened when the sentence names other
    countries as where."""
    d = m.data or {}
    if "a dateline" not in (d.get("reasons") or []):
        return False
    named = {(p.data or {}).get("country") for p in ctx.places.within(m.end, s.end)
             if (p.data or {}).get("feature") == "country"}
    return bool(named) and d.get("country") not in named


_TOWN_NOUNS = frozenset(normalize(w) for w in ("مدينة", "بلدة", "قرية", "مخيم", "حي"))


def _place_noun_anaphor(ctx: Context, start: int, end: int) -> bool:
    """A bare definite town noun after the trigger («سقطت في حي سكني وسط المدينة»): the town
    the article has just named."""
    for cue in ctx.cue("place_noun", start, end):
        e = cue.hit
        if e.entry.key in _TOWN_NOUNS and e.prefix.endswith(("ال", "لل")) and not e.suffix:
            return True
    return False


def main_region(ctx: Context) -> Mention | None:
    """The region (governorate) the article names most often, if any."""
    regions = [m for m in ctx.places.items if is_region(m) and usable(ctx, m) and (m.data or {}).get("gazetteer_id")]
    if not regions:
        return None
    top = Counter(m.data["gazetteer_id"] for m in regions).most_common(1)[0][0]
    return next(m for m in regions if m.data["gazetteer_id"] == top)


def _near_on_the_road(ctx: Context, places: list[Mention], s: Sent) -> Mention | None:
    """«على طريق دمشق – السويداء قرب بلدة المسمية», «على طريق دير الزور - تدمر، قرب منطقة
    الشولا»: the town the spot on a road named by its ends is said to be near (a reference place
    right after the road, past a comma too) tells where it is, not the road's end."""
    road = next((m for m in ctx.places.within(places[0].start, min(s.end, places[-1].end + 30))
                 if (m.data or {}).get("role") == "road" and ctx.words(places[-1].end, m.start) <= 1), None)
    if road is None:
        return None
    return next((m for m in ctx.places.within(road.end, min(s.end, road.end + 40)) if (m.data or {}).get("reference")
                 and (m.data or {}).get("gazetteer_id") and ctx.words(road.end, m.start) <= 3), None)


def _list_from(ctx: Context, places: list[Mention]) -> list[Mention]:
    """The first place and the places coordinated with it («في جوبا وواو وملكال», «على أطراف
    مدينة أريحا وبلدة كنصفرة»)."""
    out, last = [places[0]], places[0].end
    for m in places[1:]:
        cut = _past_country(ctx, last, m.start)
        gap = ctx.norm(cut, m.start).strip(" ()")
        if gap == _IN and _town_around(out[-1], m) or _locator_before(ctx, cut, m.start):
            # «مدينة الصدر في بغداد والكوت والحلة», «وريف تل رفعت شمالي حلب، إضافة إلى ...»: the
            # city or region the member is in, no member
            last = m.end
            continue
        joined = gap in _JOINERS and m.start - cut <= 4 or gap.lstrip("، ,") in _BESIDES \
            or _besides_in(ctx, cut, m.start)
        if not joined and not _and_town_noun(ctx, cut, m.start):
            break
        last = m.end
        if (m.data or {}).get("gazetteer_id") and _same_place(m, out[-1]) or _bracketed(ctx, m) \
                or _same_town(m, out[-1]):
            continue  # «العاصمة الباكستانية إسلام آباد», «عين العرب (كوباني)»: one town named twice
        out.append(m)
    return out


def _list_goes_on(ctx: Context, s: Sent, end: int) -> int:
    """The end of the clauses after ``end`` that go on with the list of places the clause before
    them ends with, each opening with «و» and a place («في مناطق قنديل وأسوس وهاكورك في العراق،
    وعين العرب (كوباني) وتل رفعت والجزيرة في سوريا»)."""
    while True:
        before = ctx.places.within(max(s.start, end - 60), end)
        i = next((k for k, (a, _b) in enumerate(s.clauses) if a >= end), None)
        if not before or ctx.words(before[-1].end, end) or i is None:
            return end
        a, b = s.clauses[i]
        first = ctx.word_spans(a, b, first=3)
        # «، وعين العرب»; «، إضافة إلى قنديل وأسوس وهاكورك في شمال العراق»
        besides = len(first) == 3 and ctx.norm(first[0][0], first[1][1]) in _BESIDES
        head = _besides_head(ctx, first[2], b) if besides else first[0] if first else None
        if head is None or not besides and not ctx.text.startswith("و", head[0]) \
                or not any(head[0] <= m.start < head[1] for m in ctx.places.within(a, b)):
            return end
        end = b


def _locator_before(ctx: Context, start: int, end: int) -> bool:
    """Only locators between two places («تل رفعت شمالي حلب»): the second is where the first is;
    not after «و» («في صنعاء ومحافظة الحديدة»: a place more)."""
    words = ctx.word_spans(start, end)
    if not 0 < len(words) <= 2 or ctx.text[start:words[0][0]].strip():
        return False
    hits = [ctx.cue_at("locator", a) for a, _b in words]
    return all(h is not None for h in hits) and not hits[0].hit.prefix.startswith("و")  # type: ignore[union-attr]


def _besides_in(ctx: Context, start: int, end: int) -> bool:
    """«، إضافة إلى مواقع في ريف المالكية»: «إضافة إلى», what was struck (two words at most),
    «في» and locators at most before the place: the list goes on."""
    words = ctx.word_spans(start, end)
    if len(words) < 3 or ctx.norm(words[0][0], words[1][1]) not in _BESIDES:
        return False
    at = next((i for i, (a, b) in enumerate(words[2:5], 2) if ctx.norm(a, b) == _IN), None)
    return at is not None and all(ctx.cue_at("locator", a) is not None for a, _b in words[at + 1:])


def _besides_head(ctx: Context, word: tuple[int, int], end: int) -> tuple[int, int]:
    """The word after «إضافة إلى» where the places go on: that word, or the first word of a place
    after what was struck there and «في» («، إضافة إلى مواقع في ريف المالكية بالحسكة»)."""
    words = ctx.word_spans(word[0], end, first=5)
    for i, (a, b) in enumerate(words[1:], 1):
        if ctx.norm(a, b) == _IN:
            rest = words[i + 1:]
            return next((w for w in rest if ctx.places.within(w[0], w[1])), word)
    return word


def _town_around(member: Mention, town: Mention) -> bool:
    """``town`` lies within a few kilometres of ``member``: the town it is a quarter of."""
    a, b = member.data or {}, town.data or {}
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return False
    return a.get("gazetteer_id") != b.get("gazetteer_id") and haversine_km(
        (a["latitude"], a["longitude"]), (b["latitude"], b["longitude"])) <= TOWN_AROUND_KM


TOWN_AROUND_KM = 15
_IN = normalize("في")


def _bracketed(ctx: Context, m: Mention) -> bool:
    """The place stands alone in brackets: another name of the place before it («(كوباني)»)."""
    return ctx.text[:m.start].rstrip().endswith("(") and ctx.text[m.end:].lstrip().startswith(")")


def _past_country(ctx: Context, start: int, end: int) -> int:
    """Where the gap between two places of a list begins once «في» and the country the places
    before it are in are passed («مناطق قنديل وأسوس وهاكورك في العراق، وعين العرب ... في سوريا»)."""
    for m in ctx.places.within(start, end):
        if (m.data or {}).get("feature") == "country":
            words = ctx.word_spans(start, m.start)
            if len(words) == 1 and ctx.norm(*words[0]) == "في":
                return m.end
    return start


_JOINERS = ("", "و", "،", ",", "، و", ", و")  # what may stand between two places of a list


def _object_of_event_word(ctx: Context, m: Mention) -> bool:
    """The place follows an event word (a place noun between at most: «استهداف مصفاتي بقيق وخريص
    بعشر طائرات مسيرة»): the places listed from it are what the event struck."""
    for t in ctx.triggers.within(max(0, m.start - 40), m.start):
        between = ctx.word_spans(t.end, m.start)
        if len(between) <= 1 and not ctx.lex.family(t.name).casualty:
            return True
    return False


def _witnesses(ctx: Context, before: list[Mention]) -> list[Mention]:
    """The place named last before the event word (the town, not the region named right after
    it), or, when the places listed before it are the subject of «شهدت» («شهدت بلدات القريا
    وشهبا وملح وقفات احتجاجية») or the object of another event word, all of them."""
    first = len(before) - 1
    while first > 0 and ctx.norm(before[first - 1].end, before[first].start).strip() in _JOINERS:
        first -= 1
    listed = before[first:]
    if len(listed) > 1 and (ctx.cue("witness", max(0, listed[0].start - 30), listed[0].start)
                            or _object_of_event_word(ctx, listed[0])):
        return listed
    return [_finest(before)]  # «قرب بلدة كبانة بريف اللاذقية ... بقذائف الهاون»: the town


def _same_place(a: Mention, b: Mention) -> bool:
    return (a.data or {}).get("gazetteer_id") == (b.data or {}).get("gazetteer_id")


def _same_town(a: Mention, b: Mention) -> bool:
    """One of the two is a quarter of the town the other is, or of the same town («حيي الحمدانية
    وحلب الجديدة»: both Aleppo)."""
    da, db = a.data or {}, b.data or {}
    if not (da.get("quarter") or db.get("quarter")):
        return False
    town_a, town_b = da.get("gazetteer_id") or da.get("anchor"), db.get("gazetteer_id") or db.get("anchor")
    return town_a is not None and town_a == town_b


def _and_town_noun(ctx: Context, start: int, end: int) -> bool:
    """Only «و» and a town noun, the outskirts or a locator between two places («وبلدة», «، وقرية»,
    «ومحيط مدينة», «في ريف عين العرب وريف تل رفعت»)."""
    words = ctx.word_spans(start, end)
    if not 0 < len(words) <= 2 or ctx.text[start:words[0][0]].strip(" ،,)") or ctx.text[words[-1][1]:end].strip():
        return False
    return ctx.norm(*words[0]).startswith("و") and all(
        ctx.cue_at("place_noun", a) is not None or ctx.cue_at("vicinity", a) is not None
        or ctx.cue_at("locator", a) is not None for a, _b in words)


def _starts_with_speech(ctx: Context, start: int, end: int) -> bool:
    first = ctx.word_spans(start, end, first=1)
    return bool(first) and ctx.cue_at("speech", first[0][0]) is not None


# -- parties ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Party:
    name: str
    inter: str | None
    country: str | None
    span: Span | None

    @property
    def is_state(self) -> bool:
        return self.inter == "State forces"

    @property
    def is_force(self) -> bool:
        """State forces, the country's own or foreign ones (ACLED's External/Other forces)."""
        return self.inter in ("State forces", "External/Other forces")

    @property
    def armed(self) -> bool:
        return self.inter in ("State forces", "Rebel group", "Political militia", "Identity militia",
                              "External/Other forces")


def party_of(m: Mention) -> Party:
    d = m.data or {}
    if m.kind == "person":
        return Party(d["actor"], d.get("inter"), d.get("country"), m.span)
    return Party(m.label or m.text, d.get("inter"), d.get("country"), m.span)


def state_forces(country: str | None) -> Party | None:
    return Party(f"Military Forces of {country}", "State forces", country, None) if country else None


def unnamed_armed(country: str | None, span: Span | None) -> Party:
    name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
    return Party(name, "Political militia", country, span)


def _military(ctx: Context, word: tuple[int, int]) -> Party | None:
    if ctx.nat is None:
        return None
    country = ctx.nat.country_of(ctx.norm(*word))
    mil = ctx.nat.military.get(country) if country else None
    return Party(mil.name, mil.inter, mil.country, Span.of(ctx.text, *word)) if mil else None


def national_forces(ctx: Context, s: Sent, hits: list) -> Party | None:  # type: ignore[type-arg]
    """The forces a nationality adjective after an event noun names: «غارات روسية», «طائرة
    مسيرة يرجح أنها تركية» (up to 3 words later, in the clause, before any preposition); or
    after the aircraft that are the subject of the event verb («قال ناشطون إن طائرات يرجح أنها
    روسية قصفت بلدة كفرنبل»)."""
    for h in hits:
        if ctx.lex.family(h.name).defender:
            continue  # «أعلنت الدفاعات الجوية السورية أنها تصدت للصواريخ»: the target's air defences
        if h.hit.entry.pos == "verb" and not ctx.lex.family(h.name).casualty:
            c0, _c1 = s.clause_of(h.start)
            found = next(filter(None, (_adjective_after(ctx, s, a) for a in ctx.cue("air", c0, h.start))), None)
        elif h.hit.entry.pos == "noun" and not ctx.lex.family(h.name).casualty:
            found = _adjective_after(ctx, s, h)
        else:
            continue
        if found is not None:
            return found
    return None


def _adjective_after(ctx: Context, s: Sent, h: THit) -> Party | None:
    _c0, c1 = s.clause_of(h.start)
    for a, b in ctx.word_spans(h.end, c1, first=3):
        if ctx.actors.within(a, b) or ctx.places.within(a, b) or ctx.places.covering(a):
            break  # «انفجارات العاصمة الصومالية»: the adjective is the capital's
        w = ctx.norm(a, b)
        if w in _OBLIQUE or w.startswith(("ل", "ب")) or ctx.cue_at("occurrence", a) is not None:
            break  # not «عملية طعن نفذها فلسطيني»: a person who did it, no adjective
        found = _military(ctx, (a, b))
        if found is not None:
            return found
    return None


def target_forces(ctx: Context, s: Sent, hits: list, country: str | None = None  # type: ignore[type-arg]
                  ) -> Party | None:
    """«استهداف ثكنة زرعيت الإسرائيلية», «استهدفوا موقع الراهب الإسرائيلي»: a military object or
    position at most 3 words after an event word (a date between besides), a nationality
    adjective within 2 words after it: that state's forces are the target.
    With no adjective, a state installation («قاعدة عسكرية», «مخفر») at most 6 words after it (a
    subject may stand between) is the forces of ``country``, where the event is (police for a
    police post)."""
    for h in hits:
        c1 = s.clause_of(h.start)[1]
        objects = sorted(ctx.cue("military_object", h.end, c1) + ctx.cue("position", h.end, c1), key=lambda t: t.start)
        for obj in objects:
            if _words_but_dates(ctx, h.end, obj.start) > 3:
                break
            found = next(filter(None, (_military(ctx, w) for w in ctx.word_spans(obj.end, c1, first=2))), None)
            if found is not None:
                return found
    for h in hits:
        c1 = s.clause_of(h.start)[1]
        posts = sorted(ctx.cue("installation", h.end, c1) + ctx.cue("police_post", h.end, c1), key=lambda t: t.start)
        for obj in posts:
            if ctx.words(h.end, obj.start) > 6 or country is None:  # past a VSO subject
                break
            if obj.kind == "police_post":
                return Party(f"Police Forces of {country}", "State forces", country, None)
            return state_forces(country)
    return None


def _words_but_dates(ctx: Context, start: int, end: int) -> int:
    """The words of text[start:end] outside its dates («استهدفوا عند الساعة الثانية من بعد ظهر اليوم
    موقع»: one, «عند»)."""
    dates = ctx.dates.within(start, end)
    return sum(1 for a, b in ctx.word_spans(start, end) if not any(d.start <= a and b <= d.end for d in dates))


def coordinated_agent(ctx: Context, c: _Cand) -> _Cand | None:
    """A second armed party joined to the agent by «و» right after it («قوات النظام والميليشيات
    الإيرانية») or leading it («فصائل المعارضة بقيادة هيئة تحرير الشام»): an associate of the
    agent, not the target; not after «بين» («اشتباكات بين القوات الأذربيجانية والأرمنية»: the two sides)."""
    if _after_between(ctx, c.start):
        return None
    for o in _candidates(ctx, c.end, min(len(ctx.text), c.end + 40), countries=_a_country(c)):
        if (ctx.norm(c.end, o.start).strip() != "و" or _oblique(ctx, o) or _victim(o)) \
                and not (led_by(ctx, o) and ctx.words(c.end, o.start) == 1):
            return None
        return o if to_party(ctx, o, None).armed else None
    return None


def _after_between(ctx: Context, pos: int) -> bool:
    """«بين» is the word right before ``pos``."""
    prev = word_before(ctx, max(0, pos - 20), pos)
    return prev is not None and ctx.norm(*prev) == _BETWEEN


def operation_agent(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """Who carried out the operation an event noun is the result of («قوة من جهاز مكافحة الإرهاب
    نفذت عملية إنزال جوي في صحراء الأنبار أسفرت عن اعتقال ثلاثة»): the nearest force before the
    verb of result («أسفرت عن», cues.yaml result_verbs), at most 16 words before it."""
    prev = ctx.word_spans(max(s.start, h.start - 40), h.start, last=2)
    if len(prev) < 2 or ctx.words(prev[-1][1], h.start) or ctx.norm(*prev[-1]) != "عن" \
            or ctx.norm(*prev[-2]).lstrip("وف") not in ctx.lex.words("result_verbs"):
        return None
    verb = prev[-2][0]
    before = [c for c in _candidates(ctx, s.start, verb) if ctx.words(c.end, verb) <= 16
              and not _oblique(ctx, c) and not _victim(c) and to_party(ctx, c, None).is_force]
    return before[-1] if before else None


def master_of(ctx: Context, c: _Cand) -> _Cand | None:
    """«القوات المسلحة اليمنية التابعة للحوثيين»: the non-state armed group a state force is
    said to belong to («تابعة لـ» right after it) is who acts through it."""
    owner = affiliate_of(ctx, c)
    if owner is None or not to_party(ctx, c, None).is_state:
        return None
    party = to_party(ctx, owner, None)
    return owner if party.armed and not party.is_force else None


def affiliated_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«فككت فرق الهندسة التابعة لهيئة تحرير الشام عبوة»: a verb's subject no lexicon names,
    followed by «التابعة لـ» and a party (at most three words after the verb): that party."""
    for a, b in ctx.word_spans(h.end, s.clause_of(h.start)[1], first=4)[1:]:
        if ctx.norm(a, b) in ctx.lex.affiliation:
            return None if ctx.actors.within(h.end, a) else _owner_named_after(ctx, (a, b), s.end)
    return None


def affiliate_of(ctx: Context, c: _Cand) -> _Cand | None:
    """The party named right after «التابع لـ» after the candidate: what it belongs to («فصيل
    "الحمزات" التابع للجيش الوطني السوري»)."""
    nxt = word_after(ctx, c.end, c.end + 20)
    if nxt is None or ctx.words(c.end, nxt[0]) or ctx.norm(*nxt) not in ctx.lex.affiliation:
        return None
    return _owner_named_after(ctx, nxt, len(ctx.text))


def _owner_named_after(ctx: Context, word: tuple[int, int], limit: int) -> _Cand | None:
    """The party named right after the affiliation word ``word`` («التابع لهيئة تحرير الشام»,
    «التابع لـ"هيئة تحرير الشام"»: only its «لـ» between; the owner's mention may hold the word
    itself: «التابعة للحوثيين»)."""
    owner = next(iter(_candidates(ctx, word[0], min(limit, word[1] + 60))), None)
    if owner is None:
        return None
    between = [w for w in ctx.word_spans(word[1], owner.start) if ctx.norm(*w) != "ل"] if owner.start > word[1] else []
    return None if between else owner


def led_by(ctx: Context, c: _Cand) -> bool:
    """«بقيادة» (cues.yaml led_by) right before the candidate: it leads the party before it."""
    prev = word_before(ctx, max(0, c.start - 20), c.start)
    return prev is not None and ctx.norm(*prev) in ctx.lex.words("led_by")


def coordinated_forces(ctx: Context, party: Party | None) -> Party | None:
    """The nationalities that follow the first actor's: joined by «و» («الطيران الحربي السوري
    والروسي» -> Military Forces of Russia beside Military Forces of Syria), or, after a nationality
    adjective, one after another («عدوان ثلاثي أمريكي بريطاني فرنسي»: the UK's and France's
    forces beside the United States'); their names joined by «; » as ACLED joins them."""
    if party is None or party.span is None or _after_between(ctx, party.span.start):
        return None  # («بين القوات الأذربيجانية والأرمنية»: the two sides of a fight)
    adjective = _military(ctx, (party.span.start, party.span.end)) is not None
    found: list[Party] = []
    end = party.span.end
    for _ in range(3):
        nxt = ctx.word_spans(end, min(len(ctx.text), end + 30), first=1)
        if not nxt or ctx.text[end:nxt[0][0]].strip() or not (adjective or ctx.norm(*nxt[0]).startswith("و")):
            break
        one = _military(ctx, nxt[0])
        if one is None:
            break
        if one.name != party.name and one.name not in (f.name for f in found):
            found.append(one)
        end = nxt[0][1]
    if not found:
        return None
    return replace(found[0], name="; ".join(f.name for f in found)) if len(found) > 1 else found[0]


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    mention: Mention | None  # None: an unnamed armed group («المسلحين»)


def candidate_of(m: Mention) -> _Cand:
    """An actor mention as a candidate party (the subject of a claim, say)."""
    return _Cand(m.start, m.end, m)


def _candidates(ctx: Context, start: int, end: int, countries: bool = False) -> list[_Cand]:
    """The possible parties in text[start:end]: actor mentions, and unnamed armed groups
    («المسلحين») no actor mention covers; with ``countries``, also a country named as the one
    who acts, which is its armed forces («أن إسرائيل شنت ضربات جوية»). Indexed once per article."""
    if end <= start:
        return []
    key = "candidates+countries" if countries else "candidates"
    index = ctx.memo.get(key)
    if index is None:
        out = [_Cand(m.start, m.end, m) for m in ctx.actors.items]
        taken = ctx.actors
        for h in ctx.cue("unnamed_armed", 0, len(ctx.text)):
            if not any(m.start < h.end and h.start < m.end for m in taken.within(max(0, h.start - 80), h.end + 80)):
                out.append(_Cand(h.start, h.end, None))
        if countries:
            out += _country_candidates(ctx)
        index = ctx.memo[key] = Index(out)
    return index.within(start, end)


def _count_or_date(ctx: Context, spans: list[tuple[int, int]]) -> list[bool]:
    """Which of the word ``spans`` belong to a count or a date: a number, a date, a word that
    makes a count approximate and the «من» after it («أكثر من 73», «فجر الجمعة»)."""
    about = ctx.lex.words("approximately")
    words = [ctx.norm(a, b) for a, b in spans]
    return [bool(ctx.quantities.covering(a) or ctx.dates.covering(a)) or w in about
            or (w == "من" and i > 0 and words[i - 1] in about)
            for i, ((a, _b), w) in enumerate(zip(spans, words))]


def _country_at(ctx: Context, pos: int) -> bool:
    """A country's name covers ``pos`` (as the one who acts: its armed forces)."""
    return any((m.data or {}).get("feature") == "country" for m in ctx.places.covering(pos))


def _country_candidates(ctx: Context) -> list[_Cand]:
    """Countries named in the text, each as its armed forces (no actor mention covers them)."""
    return [_Cand(m.start, m.end, m) for m in ctx.country_forces()]


def _right_before(ctx: Context, c: _Cand, h: THit) -> bool:
    """Nothing but a light verb between ``c`` and the trigger («إسرائيل شنت ضربات جوية»), or,
    after a light verb, nothing but a date and a count («شنت الولايات المتحدة وبريطانيا فجر
    الجمعة 73 غارة جوية»)."""
    light = ctx.lex.words("light_verbs")
    between = ctx.word_spans(c.end, h.start)
    if not between or len(between) == 1 and ctx.norm(*between[0]).lstrip("و") in light:
        return True
    rest = [ctx.norm(a, b).lstrip("و") for (a, b), counted in zip(between, _count_or_date(ctx, between))
            if not counted]
    if rest:  # «إن الولايات المتحدة وبريطانيا شنتا فجر الجمعة 73 غارة»
        return len(rest) == 1 and rest[0] in light
    return any(ctx.norm(a, b).lstrip("و") in light for a, b in ctx.word_spans(max(0, c.start - 60), c.start, last=4))


def _a_country(c: _Cand) -> bool:
    """A country standing for its armed forces (``_country_candidates``)?"""
    return c.mention is not None and (c.mention.data or {}).get("named_as") == "place"


def to_party(ctx: Context, c: _Cand, country: str | None) -> Party:
    if c.mention is not None and not (c.mention.label or "").startswith("Unidentified Armed Group"):
        return party_of(c.mention)
    named = _named_after(ctx, c)
    if named is not None:
        return party_of(named)
    if c.mention is not None and (country is None or (c.mention.data or {}).get("country") == country):
        return party_of(c.mention)
    # an unnamed armed group is coded by the country where it acts, not the article's («قصفت
    # الطائرات مواقع الإرهابيين في إدلب» told from Moscow: Syria's)
    return unnamed_armed(country, c.mention.span if c.mention is not None else Span.of(ctx.text, c.start, c.end))


_FROM = frozenset(normalize(w) for w in ("من", "في", "ينتمون", "ينتمون إلى", "تابعين", "انتمائهم", "انتمائه",
                                          "المنتمين", "المنتمون", "التابعين", "التابعون"))
_NON_STATE = frozenset(("Rebel group", "Political militia", "Identity militia"))
_SUSPECTED = frozenset(normalize(w) for w in ("يشتبه", "يعتقد", "يرجح"))
_IN_OR_THAT = THAT_THEY | {normalize("في")}


def _named_after(ctx: Context, c: _Cand) -> Mention | None:
    """«إرهابيين من تنظيم جبهة النصرة», «مسلحون يشتبه في انتمائهم لجماعة بوكو حرام»: the group
    an unnamed armed word belongs to."""
    nxt = ctx.word_spans(c.end, min(len(ctx.text), c.end + 60), first=5)
    if not nxt or ctx.text[c.end:nxt[0][0]].strip():
        return None
    if ctx.norm(*nxt[0]) in _SUSPECTED and len(nxt) > 2 and ctx.norm(*nxt[1]) in _IN_OR_THAT:
        nxt = nxt[2:]  # «يشتبه في انتمائهم», «يعتقد أنهم من داعش»
    if ctx.norm(*nxt[0]) not in _FROM:
        return None
    for m in ctx.actors.within(nxt[0][1], nxt[-1][1] + 40):
        if ctx.words(nxt[0][1], m.start) <= 1 and (m.data or {}).get("inter") in _NON_STATE:
            return m  # not «مسلحا في غارات روسية»: the air strike is no group they belong to
        break
    return None


def _oblique(ctx: Context, c: _Cand) -> bool:
    """Is the mention governed by a preposition («ضد الجيش», «مع المسلحين», «للجيش»)?"""
    memo = ctx.memo.setdefault("oblique", {})
    key = (c.start, c.end)
    if key not in memo:
        memo[key] = _governed(ctx, c)
    return memo[key]  # type: ignore[no-any-return]


def _word_start(ctx: Context, pos: int) -> int:
    while pos > 0 and ctx.text[pos - 1].isalnum():
        pos -= 1
    return pos


def _clitic(ctx: Context, c: _Cand) -> str:
    """The proclitic letters glued to the mention («ل» of «لقوات»)."""
    return ctx.norm(_word_start(ctx, c.start), c.start)


def _governed(ctx: Context, c: _Cand) -> bool:
    ws = _word_start(ctx, c.start)
    clitic = ctx.norm(ws, c.start)
    head = ctx.norm(c.start, c.end)
    prev = ctx.word_spans(max(0, ws - 30), ws, last=1)
    prev_word = ctx.norm(*prev[-1]) if prev else ""
    if "ل" in clitic or "ب" in clitic or head.startswith(("لل", "بال")):
        # «دورية تابعة لفرع الأمن العسكري»: the unit's master, who acts through it; not the
        # owner of a target («الاعتداء على سيارة دبلوماسية تابعة للسفارة الأمريكية»)
        if (clitic.endswith("ل") or head.startswith("ل")) and prev_word in ctx.lex.affiliation:
            owned = ctx.word_spans(max(0, prev[-1][0] - 40), prev[-1][0], last=3)
            if owned and ctx.norm(*owned[-1]).lstrip("و") not in ctx.lex.words("units") and any(
                    t.hit.entry.pos == "verb" for t in ctx.triggers.within(owned[0][0], prev[-1][0])):
                return True  # «استهدفت سيارة تابعة للسفارة»: the owner of the target, no unit of it
            return any(ctx.norm(*w) in _OBLIQUE for w in owned)
        if (clitic.endswith("ل") or head.startswith("ل")) and prev_word.lstrip("و") in ctx.lex.words("units"):
            return not _unit_is_subject(ctx, prev[-1][0])
        return True
    if prev_word == _MIN:  # «اعتقلت دورية من الأمن العسكري شابين»: the unit's force, as with «لـ»
        unit = ctx.word_spans(max(0, prev[-1][0] - 30), prev[-1][0], last=1)
        if unit and ctx.norm(*unit[0]).lstrip("و") in ctx.lex.words("units"):
            return not _unit_is_subject(ctx, unit[0][0])
        if unit and ctx.quantities.covering(unit[0][0]) and _verb_follows(ctx, c.end):
            return False  # «العشرات من مستوطني براخة هاجموا»: a count of them, the verb's subject
    return prev_word in _OBLIQUE


def _verb_follows(ctx: Context, pos: int) -> bool:
    """An event verb right after ``pos`` (or after one more word: «مستوطني براخة هاجموا»)."""
    return any(t.hit.entry.pos == "verb" and ctx.words(pos, t.start) <= 1 for t in ctx.triggers.within(pos, pos + 40))


def _unit_is_subject(ctx: Context, pos: int) -> bool:
    """Is the unit word at ``pos`` a subject: opening its clause («بأن دورية لقوات التحالف داهمت»)
    or right after an event verb that is not a casualty verb («داهمت دورية من الأمن العسكري منزلا»;
    not «قتل عناصر من الجيش», the victims)?"""
    if _after_break(ctx, pos):
        return True
    verb = ctx.triggers.within(max(0, pos - 40), pos)
    return bool(verb) and verb[-1].hit.entry.pos == "verb" and ctx.words(verb[-1].end, pos) == 0 \
        and ctx.lex.family(verb[-1].name).casualty is None


def _after_break(ctx: Context, pos: int) -> bool:
    """Does the word at ``pos`` come right after a break: the text's start, punctuation, «أن» or
    «إن» (where a subject may open a clause: «بأن دورية لقوات التحالف داهمت»)?"""
    before = ctx.word_spans(max(0, pos - 30), pos, last=1)
    if not before or ctx.text[before[0][1]:pos].strip():
        return True
    return ctx.norm(*before[0]) in ctx.lex.words("that")


def _victim(c: _Cand) -> bool:
    """Civilians are never the agent of violence (ACLED codes them as actor2 only)."""
    return c.mention is not None and (c.mention.data or {}).get("inter") == "Civilians"


def agent(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """Who did it: the subject of a verb trigger (after it, VSO, or before it, SVO), the
    genitive of a nominal one («هجمات المسلحين»), a «من قبل/على يد» phrase, or «من» after
    «تعرض لـ» («تعرضت سراقب لقصف من قوات النظام»). Worked out once per hit."""
    memo: dict[tuple[int, int, int, str], _Cand | None] = ctx.memo.setdefault("agent", {})  # type: ignore[assignment]
    key = (s.start, h.start, h.end, h.name)
    if key not in memo:
        found = _agent(ctx, s, h)
        group = ctx.lex.family(h.name).group
        if found is not None and (_victim(found) and group != "protest" or group == "arrest" and _crowd(found)):
            found = None  # «القاء القبض على 68 متظاهرا»: protesters are arrested, they arrest no one
        while found is not None and found.end <= h.start:  # «شنت الولايات المتحدة وبريطانيا وفرنسا»
            first = _first_conjunct(ctx, s, found)
            if first is None:
                break
            found = first
        memo[key] = found
    return memo[key]


def _first_conjunct(ctx: Context, s: Sent, c: _Cand) -> _Cand | None:
    """An armed party joined by «و» before a subject that stands before its verb leads it
    («أن القوات التركية والجيش الوطني السوري سيطرت»: Turkey, the SNA its associate)."""
    before = [p for p in _candidates(ctx, s.start, c.start, countries=_a_country(c))
              if ctx.norm(p.end, c.start).strip() == "و"]
    if not before or _victim(before[-1]) or _oblique(ctx, before[-1]) or not to_party(ctx, before[-1], None).armed:
        return None
    return before[-1]


def _crowd(c: _Cand) -> bool:
    return c.mention is not None and (c.mention.data or {}).get("inter") in CROWDS


def word_before(ctx: Context, start: int, pos: int) -> tuple[int, int] | None:
    """The word that ends right before ``pos`` (no word between), not before ``start``."""
    prev = ctx.word_spans(max(start, pos - 20), pos, last=1)
    return prev[0] if prev and ctx.words(prev[0][1], pos) == 0 else None


def word_after(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The word that begins right after ``pos`` (no word between), before ``end``."""
    nxt = ctx.word_spans(pos, end, first=1)
    return nxt[0] if nxt and ctx.words(pos, nxt[0][0]) == 0 else None


def after_qad(ctx: Context, s: Sent, h: THit) -> tuple[int, int] | None:
    """The «قد» right before ``h`` («الجيش السوري قد قصف»): only a verb follows it."""
    prev = word_before(ctx, s.start, h.start)
    return prev if prev and ctx.norm(*prev) in ctx.lex.words("before_verb") else None


def after_that_he(ctx: Context, s: Sent, h: THit) -> bool:
    """A bare verb-or-noun form right after «أنه» («أعلن الجيش أنه قصف»): a verb, whose
    subject is the pronoun."""
    if h.hit.suffix or h.hit.entry.key not in ctx.lex.ambiguous_verbs:
        return False
    prev = word_before(ctx, s.start, h.start)
    return prev is not None and ctx.norm(*prev) in ctx.lex.words("that_he")


def _in_relative(ctx: Context, c: _Cand) -> bool:
    """A relative pronoun among the four words before the candidate, in its clause: it belongs to
    a relative clause («الهجوم الذي استهدف حاجزا لقوات النظام»)."""
    c0 = ctx.sent_at(c.start).clause_of(c.start)[0]
    relative = ctx.lex.words("relative")
    return any(ctx.norm(a, b) in relative for a, b in ctx.word_spans(c0, c.start, last=4))


def subject_after_that(ctx: Context, s: Sent, h: THit, countries: bool = False) -> _Cand | None:
    """«أن الجيش التركي قصف مواقع قسد», «الجيش السوري قد قصف»: a bare verb-or-noun form right
    after a subject that follows «أن», or after «قد» that follows one, is the verb, and that is
    its subject."""
    if h.hit.suffix or h.hit.prefix or h.hit.entry.key not in ctx.lex.ambiguous_verbs:
        return None
    qad = after_qad(ctx, s, h)
    if qad:
        before = [c for c in _candidates(ctx, s.start, qad[0], countries) if ctx.words(c.end, qad[0]) == 0]
        return before[-1] if before and not _victim(before[-1]) else None
    return _party_after_that(ctx, s.start, h.start, countries)


def _party_after_that(ctx: Context, start: int, end: int, countries: bool = False, oblique_ok: bool = True,
                      opening_ok: bool = False) -> _Cand | None:
    """The party that ends right before ``end`` and follows «أن/إن» (or, with ``opening_ok``,
    opens text[start:end]): the subject of the verb at ``end`` (SVO); no victim, nor one governed
    by a preposition unless ``oblique_ok``."""
    before = [c for c in _candidates(ctx, start, end, countries) if ctx.words(c.end, end) == 0]
    if not before or _victim(before[-1]) or not oblique_ok and _oblique(ctx, before[-1]):
        return None
    prev = word_before(ctx, start, before[-1].start)
    opens = opening_ok and ctx.words(start, before[-1].start) == 0
    return before[-1] if opens or prev is not None and ctx.norm(*prev) in ctx.lex.words("that") else None


def _agent(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    c0, c1 = s.clause_of(h.start)
    casualty = ctx.lex.family(h.name).casualty is not None
    armed = ctx.lex.family(h.name).group == "violence"  # a country that strikes is its armed forces
    if armed and h.hit.entry.pos == "noun" and not casualty:
        named = _named_by_weapon(ctx, h)
        if named is not None:
            return named  # «بقذيفة حوثية»: the weapon names who fired it
    if armed and not casualty:
        left = _left_by(ctx, h, c1)
        if left is not None:
            return left  # «بانفجار لغم من مخلفات الإرهابيين»: who left it
    if after_that_he(ctx, s, h):  # the pronoun: the subject of the verb that says it
        # (not a party of a relative clause: «تبنى تنظيم داعش الهجوم الذي استهدف حاجزا لقوات النظام،
        # وقال إنه قتل 5 عناصر»: the group)
        before = [c for c in _candidates(ctx, s.start, h.start) if not _victim(c) and not _in_relative(ctx, c)]
        return before[-1] if before else None
    subject = subject_after_that(ctx, s, h, armed)
    if subject is not None and (not casualty or _victim_right_after(ctx, h.end, c1)):
        return subject  # not «إن شرطيا قتل بانفجار»: a casualty verb with no object is passive
    if h.hit.entry.pos == "verb" and not casualty:
        subject = _that_subject(ctx, s, h) or (_aircraft_owner(ctx, h, c1) if armed else None)
        if subject is not None:
            return subject  # «بأن خلايا تابعة لتنظيم داعش هاجمت حافلة», «قصفت مسيرات تابعة لقوات الدعم السريع»
    if h.hit.entry.pos == "verb" and not casualty and not _agrees_with_subject_before(h) \
            and not _noun_subject(ctx, c0, h):
        for c in _candidates(ctx, h.end, c1, countries=armed):
            if _subject_after_verb(ctx, h, c) and not (_a_country(c) and ctx.words(h.end, c.start)) \
                    and not _victim(c):  # civilians after the verb are its object: the subject is before
                return c
            if led_by(ctx, c) and _subject_after_verb(ctx, h, c, reach=8):
                return c  # «سيطرت فصائل غرفة عمليات ... بقيادة هيئة تحرير الشام»: who leads the unknown force
            break
    if h.hit.entry.pos == "verb" and casualty:
        # «قتل الجيش 10 مسلحين», «قتلت قوات الأمن 10 تكفيريين»: a definite force right after the
        # verb with the count after it is the subject of the active verb (the passive «قتل 12
        # مسلحا», «قتل جنديان» puts the count or a bare noun there)
        for c in _candidates(ctx, h.end, c1):
            if _active_subject(ctx, h, c, c1) or object_pronoun(h) and _doer_right_after(ctx, h, c):
                return c
            break
        if _victim_right_after(ctx, h.end, c1):
            opened = _party_after_that(ctx, c0, h.start, oblique_ok=False, opening_ok=True)
            if opened is not None:
                return opened  # «إن قوات الدعم السريع قتلت 460 شخصا»
    if h.hit.entry.pos == "noun" and not casualty:
        for c in _candidates(ctx, h.end, c1):
            if (ctx.words(h.end, c.start) <= 1 and not _oblique(ctx, c) or _lam_genitive(ctx, h, c)) \
                    and not ctx.cue("military_object", h.end, c.start) and not _accusative_head(ctx, c) \
                    and not ctx.cue("position", h.end, c.start) and not ctx.cue_at("position", c.start):
                # «بقصف مواقع الدعم السريع», «بقصف مواقع النظام» (one mention): the target's
                return c
            if _owned_by(ctx, h, c):
                return c  # «طائرة مسيرة انتحارية تابعة لقوات النظام»: whose drone it is
            break
    if h.hit.entry.pos == "noun" and _exposed(ctx, c0, h):
        for c in _candidates(ctx, h.end, c1):
            prev = ctx.word_spans(max(h.end, c.start - 12), c.start, last=1)
            if ctx.words(h.end, c.start) <= 4 and prev and ctx.norm(*prev[0]) == "من":
                return c
    if h.hit.entry.pos == "noun" and h.name in _FIRE:
        # where the fire came from: «برصاص قناص من قوات النظام», «بقذائف من مواقع الجيش التركي»
        for c in _candidates(ctx, h.end, c1):
            prev = word_before(ctx, h.end, c.start)
            if ctx.words(h.end, c.start) <= 3 and prev and ctx.norm(*prev) == "من" and not _victim(c):
                return c
            between = [ctx.norm(a, b) for a, b in ctx.word_spans(h.end, c.start)]
            if between and len(between) <= 2 and set(between) <= ctx.lex.words("shooters_of") and not _victim(c):
                return c  # «برصاص حراس مقر عصائب أهل الحق»: the group whose guards fired
            break
    if h.hit.entry.pos == "noun":
        suspected = _suspected_of(ctx, h, c1)
        if suspected is not None:
            return suspected  # «هجمات انتحارية يعتقد أنها من فعل مقاتلين موالين لطالبان»
        doer = _carried_out_by(ctx, h, c1) or _ascribed_to(ctx, h, c1) or _accused_after(ctx, s, h)
        if doer is not None:
            return doer  # «مقتل 50 مسلحا في غارات نفذتها طائرات القوات الجوفضائية الروسية»
    # not who tells of an event noun («أعلنت الشرطة العراقية مقتل ضابط في هجوم مسلح»); the
    # teller of a verb may be its subject («أعلن الجيش أنه قصف»); not the target of «تعرض لـ»
    noun = h.hit.entry.pos == "noun"
    if not noun and h.hit.prefix in ("و", "ف"):
        # «واصلت وحدات من الجيش عملياتها ضد تجمعات الإرهابيين ... وأحكمت سيطرتها»: a joined,
        # inflected verb shares the subject of the verb before it, not the last name before it
        shared = _shared_subject(ctx, s, h)
        if shared is not None:
            return shared
    latter = _the_latter(ctx, s, c0, h)
    if latter is not None:
        return latter  # «، فيما ردت الأخيرة بقصف مواقع الجيش»: the party named last before
    target = noun and _exposed(ctx, c0, h)
    before = [c for c in _candidates(ctx, _subject_from(ctx, s, c0, h), h.start, countries=armed)
              if (not _a_country(c) or _right_before(ctx, c, h))
              and not _oblique(ctx, c) and not _victim(c) and not _joined_to_oblique(ctx, c)
              and (ctx.words(c.end, h.start) <= 8 or ctx.words(c.end, h.start) <= _reach(ctx, s, c, h))
              and not _suffered(ctx, c, h) and not (noun and ctx.in_speaker(c.start)) and not target
              and not (ctx.in_speaker(c.start) and that_between(ctx, c.end, h.start))]
    if before and not casualty:
        return before[-1]
    if before and ctx.words(before[-1].end, h.start) == 0 and ctx.cue("accuse", c0, before[-1].start):
        return before[-1]  # «اتهمت منظمات حقوقية قوات الدعم السريع بقتل 800 شخص»: the accused
    return by_phrase_agent(ctx, s, h) or _shared_subject(ctx, s, h) or _dared_subject(ctx, s, h) \
        or _managed_subject(ctx, s, h) or _started_subject(ctx, s, h) or fired_by(ctx, s, h)


def fired_by(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«أصيب 98 فلسطينيا بالاختناق جراء الغاز المسيل للدموع الذي أطلقه الجيش الإسرائيلي»: the party
    right after a verb of firing with a pronoun for the weapon (cues.yaml ``fired_it``), ten words
    at most after a casualty word in its clause, fired what hurt them."""
    if not ctx.lex.family(h.name).casualty:
        return None
    c1 = s.clause_of(h.start)[1]
    for v in ctx.cue("fired_it", h.end, c1):
        if ctx.words(h.end, v.start) > 10:
            break
        cand = next(iter(_candidates(ctx, v.end, c1, countries=True)), None)
        if cand is not None and ctx.words(v.end, cand.start) == 0 and not _victim(cand):
            return cand
    return None


_LATTER = frozenset(normalize(w) for w in ("الأخيرة", "الأخير", "الأخيرين", "الأخيران"))
_LATTER_RAW = ("الأخير", "الاخير", "الإخير")  # as written, before normalising


def _the_latter(ctx: Context, s: Sent, c0: int, h: THit) -> _Cand | None:
    """«استهدف الجيش السوداني ... تجمعات لقوات الدعم السريع ...، فيما ردت الأخيرة بقصف مواقع الجيش»:
    «الأخيرة» right after a verb of the event (the event verb itself, or a light verb before its
    noun) is the armed party named last before its clause."""
    if not any(w in ctx.text[c0:s.clause_of(h.start)[1]] for w in _LATTER_RAW):
        return None  # (read the words only where the word is)
    words = ctx.word_spans(c0, h.start) if h.hit.entry.pos == "noun" else ctx.word_spans(h.end, s.clause_of(h.start)[1], first=1)
    verbs = ctx.lex.words("light_verbs") | ctx.lex.words("responded")
    for k, (a, b) in enumerate(words):
        if ctx.norm(a, b) not in _LATTER:
            continue
        led = h.hit.entry.pos == "verb" or k > 0 and ctx.norm(*words[k - 1]).lstrip("وف") in verbs
        if not led:
            return None
        start = s.start
        if s.idx and ctx.sents[s.idx - 1].para == s.para and ctx.sents[s.idx - 1].end >= s.start - 2:
            start = ctx.sents[s.idx - 1].start  # a report split off by «فيما»: the sentence it was in
        armed = [c for c in _candidates(ctx, start, c0) if to_party(ctx, c, None).armed and not _victim(c)]
        return armed[-1] if armed else None
    return None


def _subject_from(ctx: Context, s: Sent, c0: int, h: THit) -> int:
    """Where the subject of ``h`` may stand: its clause, or the clause before a date between commas
    («شن الطيران الأمريكي، فجر اليوم الجمعة، سلسلة غارات») unless that clause tells what someone
    suffered or describes a noun («تعرضت قاعدة عين الأسد التي تضم قوات أمريكية ...، مساء الثلاثاء،
    لهجوم»: the forces are its target)."""
    start = start_before_aside(ctx, s, h.start)
    if start == c0:
        return c0
    stops = ctx.lex.words("exposed") | ctx.lex.words("relative")
    return c0 if any(ctx.norm(a, b).lstrip("و") in stops for a, b in ctx.word_spans(start, c0)) else start


def _joined_to_oblique(ctx: Context, c: _Cand) -> bool:
    """«لقصف صاروخي لقوات النظام وروسيا استهدف»: the second of two parties joined by «و», the
    first governed by a preposition, is governed by it too: no subject of the verb after them."""
    if not ctx.text.startswith("و", c.start) and not ctx.text.startswith(" و", c.start - 2):
        return False
    first = next((o for o in reversed(_candidates(ctx, max(0, c.start - 80), c.start)) if o.end <= c.start), None)
    return first is not None and ctx.words(first.end, c.start) <= 1 and _oblique(ctx, first)


def that_between(ctx: Context, start: int, end: int) -> bool:
    """«أن», «إن» between: what the speaker before it names does not act in the clause it opens
    («قالت قناة المسيرة التابعة للحوثيين إن غارة جوية استهدفت منزلا»: not the Houthis); a date
    before it is the day something was said, not done."""
    that = ctx.lex.words("that")
    return any(ctx.norm(a, b) in that for a, b in ctx.word_spans(start, end))


def _dared_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«أقدم مسلحون على قتل شاب»: the subject of «أقدم» (a light verb) before «على» and the
    verbal noun is its agent, a verbal noun of harm too."""
    prev = word_before(ctx, s.start, h.start)
    if h.hit.entry.pos != "noun" and h.hit.entry.tense != "ambiguous" or prev is None or ctx.norm(*prev) != _ON:
        return None  # («قتل» after «على» is the noun)
    c0 = s.clause_of(h.start)[0]
    verbs = [w for w in ctx.word_spans(c0, prev[0]) if ctx.norm(*w).lstrip("و") in ctx.lex.words("light_verbs")]
    if not verbs:
        return None
    between = [c for c in _candidates(ctx, verbs[-1][1], prev[0]) if not _oblique(ctx, c)]
    return between[0] if between and ctx.words(verbs[-1][1], between[0].start) == 0 else None


def _suspected_of(ctx: Context, h: THit, c1: int) -> _Cand | None:
    """«هجمات انتحارية يعتقد أنها من فعل مقاتلين موالين لطالبان»: the party a hedge right after
    the event noun (and its adjective) says did it, after «من فعل» / «من تنفيذ» / «من»."""
    words = ctx.word_spans(h.end, c1, first=6)
    norms = [ctx.norm(a, b) for a, b in words]
    i = next((k for k, w in enumerate(norms[:2]) if w in _SUSPECTED), None)
    if i is None or len(norms) < i + 3 or norms[i + 1] not in _IN_OR_THAT or norms[i + 2] != "من":
        return None
    start = words[i + 2][1]
    if len(norms) > i + 3 and norms[i + 3] in _DEED:
        start = words[i + 3][1]
    cand = next(iter(_candidates(ctx, start, c1)), None)
    if cand is None or ctx.words(start, cand.start) > 3 or _victim(cand):
        return None  # («من فعل مقاتلين يسيطر عليهم المتشددون الموالون لطالبان»: those in control)
    named = _named_after(ctx, cand)
    return _Cand(named.start, named.end, named) if named is not None else cand


_DEED = frozenset(normalize(w) for w in ("فعل", "تنفيذ", "صنع"))


def perpetrated_after(ctx: Context, h: THit, c1: int) -> tuple[int, int] | None:
    """The verb of carrying it out with a pronoun («نفذتها», «شنتها»: cues.yaml ``perpetrated``)
    that follows the event noun, its adjective between at most."""
    words = ctx.word_spans(h.end, c1, first=2)
    verb = next((w for w in words if ctx.cue_at("perpetrated", w[0]) is not None), None)
    return verb if verb is not None and ctx.words(h.end, verb[0]) <= 1 else None


def _carried_out_by(ctx: Context, h: THit, c1: int) -> _Cand | None:
    """The party named right after «نفذتها», «شنتها» (``perpetrated_after``): who carried it out."""
    verb = perpetrated_after(ctx, h, c1)
    if verb is None:
        return None
    cand = next(iter(_candidates(ctx, verb[1], c1, countries=True)), None)
    if cand is None or _victim(cand):
        return None
    # a word between, or a partitive («شنتها مجموعات من فلول النظام البائد»)
    between = ctx.word_spans(verb[1], cand.start)
    return cand if len(between) <= 1 or len(between) <= 3 and ctx.norm(*between[-1]) == "من" else None


def _ascribed_to(ctx: Context, h: THit, c1: int) -> _Cand | None:
    """«في غارات جوية نسبتها أنقرة إلى القوات الحكومية السورية»: a verb of ascribing it (cues.yaml
    ``ascribed_it``) right after the event noun (its adjective between at most), who ascribes it
    (three words at most), «إلى» and the party right after: who did it, by that account."""
    verb = next((v for v in ctx.cue("ascribed_it", h.end, c1) if ctx.words(h.end, v.start) <= 1), None)
    if verb is None:
        return None
    to = next((w for w in ctx.word_spans(verb.end, c1, first=4) if ctx.norm(*w) == _TO), None)
    cand = next(iter(_candidates(ctx, to[1], c1, countries=True)), None) if to is not None else None
    return cand if cand is not None and ctx.words(to[1], cand.start) == 0 and not _victim(cand) else None  # type: ignore[index]


def _accused_after(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«قتلوا في هجوم بالغازات السامة على مدينة دوما، متهمتين قوات النظام بتنفيذه»: the party right
    after a word of accusing later in the sentence (12 words at most after the event noun), when the
    word after it carries out the event by a pronoun («بتنفيذه», «بارتكابها»): the accused did it (the
    accusation hedges it: ``identity_hedge``)."""
    for a in ctx.cue("accuse", h.end, s.end):
        if ctx.words(h.end, a.start) > 12:
            break
        cand = next(iter(_candidates(ctx, a.end, s.end, countries=True)), None)
        if cand is None or ctx.words(a.end, cand.start) or _victim(cand):
            continue
        nxt = word_after(ctx, cand.end, min(s.end, cand.end + 30))
        word = ctx.norm(*nxt) if nxt is not None else ""
        if word.startswith("ب") and word.endswith(("ه", "ها")) and ctx.words(cand.end, nxt[0]) == 0:  # type: ignore[index]
            return cand
    return None


def by_phrase_agent(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """The party named at most two words after «على يد», «من قبل» ... after the trigger, not
    after another event word («استعادت السيطرة على جبلة بعد هجمات شنها مسلحون»: the attacks')."""
    for by in _by_phrases(ctx, h.end, s.end):
        if any(t.start >= h.end and t.hit.entry.kind == "trigger" and not ctx.lex.family(t.name).casualty
               for t in ctx.triggers.within(h.end, by - 1)):
            return None  # not «أسفر عن مقتل ثلاثة جنود، وقد تبناه»: the toll is the event's own
        for c in _candidates(ctx, by, s.end):
            if ctx.words(by, c.start) <= 2:
                return c
            break
    return None


def _aircraft_owner(ctx: Context, h: THit, c1: int) -> _Cand | None:
    """«قصفت مسيرات تابعة لقوات الدعم السريع مطار بورتسودان»: the aircraft right after the verb
    are its subject, and the party they belong to («تابعة لـ») struck."""
    first = next(iter(_candidates(ctx, h.end, c1)), None)
    if first is None:
        return None
    prev = word_before(ctx, h.end, _word_start(ctx, first.start))
    if prev is None or ctx.norm(*prev) not in ctx.lex.affiliation or ctx.words(h.end, prev[0]) != 1:
        return None
    return first if ctx.cue("air", h.end, prev[0]) else None


def _that_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """The party that fills the words between «أن» (or «إن», «بأن») and a verb right after it
    is the verb's subject (SVO after «أن»), whatever follows the verb («بأن خلايا تابعة لتنظيم
    داعش هاجمت حافلة تقل عسكريين»: not the soldiers in the bus)."""
    before = [c for c in _candidates(ctx, s.start, h.start) if ctx.words(c.end, h.start) == 0]
    if not before or _victim(before[-1]) or _oblique(ctx, before[-1]):
        return None
    prev = word_before(ctx, s.start, before[-1].start)
    return before[-1] if prev and ctx.norm(*prev) in ctx.lex.words("that") else None


def _named_by_weapon(ctx: Context, h: THit) -> _Cand | None:
    """An actor mention that begins with the event noun and goes on past it («قذيفة حوثية»,
    «طائرة مسيرة تركية»): the actor named by its weapon."""
    for m in ctx.actors.covering(h.end - 1):
        if m.start >= _word_start(ctx, h.start) and m.end > h.end and not _victim(_Cand(m.start, m.end, m)):
            return _Cand(m.start, m.end, m)
    return None


def _shared_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """An inflected verb joined by «و» to an event verb before it in the sentence, with no
    subject of its own, shares that verb's subject («اقتحمت قوات الاحتلال مخيم جنين وقتلت 3
    فلسطينيين»), or the subject right after a verb of carrying out («نفذت إدارة الأمن العام
    حملة أمنية في حمص، واعتقلت عددا من المطلوبين»), unless a new report opens between them
    («وقال»)."""
    if h.hit.entry.pos != "verb" or h.hit.prefix not in ("و", "ف") \
            or not h.hit.suffix and h.hit.entry.key in ctx.lex.ambiguous_verbs:
        return None  # «وقصف» may be «and shelling»; «واعتقل» is a verb
    before = [t for t in ctx.triggers.within(s.start, h.start) if t.hit.entry.pos == "verb"]
    if not before and not any(t.hit.entry.pos == "verb" for t in ctx.cue("occurrence", s.start, h.start)):
        # not «لقي جندي مصرعه وأصيب اثنان»: a joined verb of harm is passive, unless its object
        # says it is active («وقتلت عددا من أفرادها», «وقضت على عدد منهم»)
        if ctx.lex.family(h.name).casualty and not _accusative_object(ctx, h) \
                and not h.hit.entry.key.endswith(" " + _ON):
            return None
        return _opening_subject(ctx, s, h.start) or _subject_of_that(ctx, s, h.start)
    return _joined_subject(ctx, s, h.start)


def _subject_of_that(ctx: Context, s: Sent, pos: int) -> _Cand | None:
    """«وأضافت الشبكة أن عناصر الدعم السريع اقتادوا عشرات المدنيين ...، واحتجزوهم في قرية قرني»:
    the party right after «أن/إن», its verb (no event word) right after it, is the subject of
    the verb joined to that one, when no new report opens between."""
    that = ctx.lex.words("that")
    for c in reversed(_candidates(ctx, s.start, pos)):
        prev = word_before(ctx, s.start, c.start)
        if prev is None or ctx.norm(*prev) not in that:
            continue
        if _victim(c) or ctx.cue("speech", c.end, pos) or ctx.triggers.within(c.end, pos):
            return None
        return c
    return None


def _joined_subject(ctx: Context, s: Sent, pos: int) -> _Cand | None:
    """The subject of the last event verb or verb of carrying out before ``pos`` in the sentence,
    for a verb joined to it by «و» at ``pos``."""
    before = [t for t in ctx.triggers.within(s.start, pos) if t.hit.entry.pos == "verb"]
    carried = [t for t in ctx.cue("occurrence", s.start, pos) if t.hit.entry.pos == "verb"]
    if carried and (not before or carried[-1].start > before[-1].start):
        if ctx.cue("speech", carried[-1].end, pos):
            return None
        first = next(iter(_candidates(ctx, carried[-1].end, s.clause_of(carried[-1].start)[1])), None)
        return first if first is not None and _subject_after_verb(ctx, carried[-1], first) and not _victim(first) \
            else None
    if not before or ctx.cue("speech", before[-1].end, pos):
        return None
    return _agent(ctx, s, before[-1])


# «وتمكنت من السيطرة عليها»: a verb of managing joined by «و», its subject unsaid
_MANAGED = frozenset(normalize(p + w) for p in ("و", "ف") for w in ("تمكنت", "تمكن", "تمكنوا", "استطاعت", "استطاع",
                                                                   "استطاعوا", "نجحت", "نجح", "نجحوا"))


def _managed_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«شنت فصائل المعارضة هجوما على بلدة قميناس، وتمكنت من السيطرة عليها»: an event noun right
    after a joined verb of managing and «من» shares the subject of the verb before."""
    prev = ctx.word_spans(max(s.start, h.start - 30), h.start, last=2)
    if len(prev) != 2 or ctx.norm(*prev[1]) != "من" or ctx.norm(*prev[0]) not in _MANAGED:
        return None
    return _joined_subject(ctx, s, prev[0][0])


_ADVERBS = frozenset(normalize(w) for w in ("أيضا", "معا", "جميعا", "سابقا", "لاحقا", "حاليا", "مجددا",
                                             "مؤخرا", "فورا", "أمس", "ليلا", "نهارا", "صباحا", "مساء"))


def _accusative_object(ctx: Context, h: THit) -> bool:
    """«وقتلت عددا من أفرادها»: an indefinite accusative («ـا») right after a verb of harm is
    its object, so the verb is active (not «وقتلت امرأة», «وأصيب اثنان»)."""
    nxt = word_after(ctx, h.end, h.end + 30)
    if nxt is None or ctx.words(h.end, nxt[0]):
        return False
    word = ctx.norm(*nxt)
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and word not in _ADVERBS


def _started_subject(ctx: Context, s: Sent, h: THit) -> _Cand | None:
    """«إن قوات الاحتلال دفعت بتعزيزات إلى المخيم، وشرعت بعمليات تجريف للشوارع»: an event noun
    after a joined verb of starting (cues.yaml ``started``) and «بـ» (on the noun or on a head
    word before it) shares the subject of the verb before: the one that opens the sentence or
    follows «أن», or the subject of the event verb told before it."""
    prev = ctx.word_spans(max(s.start, h.start - 40), h.start, last=2)
    started = ctx.lex.words("started")
    verb = next((a for k, (a, b) in enumerate(prev) if ctx.norm(a, b)[:1] in ("و", "ف")
                 and ctx.norm(a, b)[1:] in started and (k == len(prev) - 1 and h.hit.prefix.endswith("ب")
                                                         or k == len(prev) - 2 and ctx.norm(*prev[-1]).startswith("ب"))),
                None)
    if verb is None:
        return None
    before = [t for t in ctx.triggers.within(s.start, verb) if t.hit.entry.pos == "verb"]
    if not before:
        return _opening_subject(ctx, s, verb) or _subject_of_that(ctx, s, verb)
    return _joined_subject(ctx, s, verb)


def _opening_subject(ctx: Context, s: Sent, pos: int) -> _Cand | None:
    """«توغلت قوة إسرائيلية في قرية جملة، واعتقلت شابين»: the sentence opens with a verb and
    its subject right after it (a non-event verb: no trigger, no speech); a joined verb with no
    subject of its own shares it."""
    opening = ctx.word_spans(s.start, pos, first=1)
    if not opening or ctx.cue("speech", s.start, pos) or ctx.norm(*opening[0]) in ctx.lex.words("that"):
        return None
    first = next(iter(_candidates(ctx, opening[0][1], pos)), None)
    if first is None or _victim(first):
        return None
    if ctx.words(opening[0][1], first.start):
        return first if _unit_of(ctx, opening[0][1], first) else None
    return None if _oblique(ctx, first) else first


def _unit_of(ctx: Context, start: int, c: _Cand) -> bool:
    """Only a unit word and «من» stand between ``start`` and the party («توغلت قوة من الجيش
    الإسرائيلي»: the force is the army's)."""
    between = [ctx.norm(a, b) for a, b in ctx.word_spans(start, c.start)]
    return len(between) == 2 and between[0] in ctx.lex.words("units") and between[1] == "من"


_FIRE = frozenset(("attack", "shelling", "airstrike", "grenade"))  # fired at someone, from somewhere


def announces(ctx: Context, c: _Cand) -> bool:
    """The candidate is the subject right after a verb of speech or announcement («أعلنت هيئة
    تحرير الشام عن مقتل قيادي ... بغارة»): who tells, maybe not who did what the noun names."""
    prev = word_before(ctx, max(0, c.start - 40), c.start)
    return prev is not None and (ctx.cue_at("speech", prev[0]) is not None or ctx.cue_at("announce", prev[0]) is not None)


def _reach(ctx: Context, s: Sent, c: _Cand, h: THit) -> int:
    """How many words may stand between a subject and its event word after it: 8, or 14 to the
    verb for the subject right after «أن» of a verb that agrees with it («أن إرهابيين من تنظيم
    جبهة النصرة المنتشرين في ريف إدلب الجنوبي أطلقوا صباح اليوم 3 قذائف»: the launching verb of
    an event noun counts)."""
    verbs = [h]
    if h.hit.entry.pos != "verb":
        launch = ctx.cue("launch", max(s.start, h.start - 60), h.start)
        if not launch or ctx.words(launch[-1].end, h.start) > 4:
            return 8
        verbs = [t for t in launch if t.start == launch[-1].start]  # each reading of the verb
    if not any(_agrees_with_subject_before(v) for v in verbs):
        return 8
    verb = verbs[0]
    prev = word_before(ctx, s.start, c.start)
    if not prev or ctx.norm(*prev) not in ctx.lex.words("that"):
        return 8
    return 14 + ctx.words(verb.start, h.start)


def _noun_subject(ctx: Context, c0: int, h: THit) -> bool:
    """«تفجير عبوة ناسفة استهدف دورية أمنية»: an event noun of violence right before the verb
    (three words at most, no name between) is its subject; the party after the verb is its
    object. Not a noun told as background («بعد الهجوم استهدف الجيش ...»)."""
    for t in reversed(ctx.triggers.within(max(c0, h.start - 60), h.start)):
        if t.hit.entry.pos == "verb" or ctx.lex.family(t.name).group != "violence":
            continue
        prev = word_before(ctx, c0, t.start)
        return ctx.words(t.end, h.start) <= 3 and not ctx.actors.within(t.end, h.start) \
            and not (prev is not None and ctx.cue_at("background", prev[0]) is not None)
    return False


def _agrees_with_subject_before(h: THit) -> bool:
    """A verb that agrees in number («قصفوا», «قصفا», «قصفتا») has its subject before it: after
    the verb (VSO) Arabic keeps it singular («قصف المسلحون»), so what follows is its object
    («المسلحين قصفوا مواقع الجيش»: the army is the target)."""
    suffix = h.hit.suffix
    return suffix.startswith("و") or suffix in ("ا", "تا", "ن")


def _subject_after_verb(ctx: Context, h: THit, c: _Cand, reach: int = 3) -> bool:
    """The subject of a VSO verb: at most three words after it («قصفت صباح اليوم قوات النظام»,
    «اعتقلت دورية تابعة لفرع الأمن العسكري»), never past a count, another verb or event word
    («أسقطت طائرتين مسيرتين أطلقهما المسلحون»: the gunmen launched the drones), nor a party
    whose post is the object («استهدف مواقع الجيش السوري», «قصف مواقع النظام»)."""
    if ctx.words(h.end, c.start) > reach or _oblique(ctx, c) or ctx.cue("position", h.end, c.end):
        return False
    if ctx.quantities.within(h.end, c.start):
        return False  # «اعتقل أكثر من 100 متظاهر»: a counted object, not the subject
    if _accusative_head(ctx, c):
        return False  # «استهدفت رتلا عسكريا تركيا»: the object
    return not ctx.triggers.within(h.end, c.start) and not any(
        ctx.cue(kind, h.end, c.start) for kind in ("launch", "occurrence", "speech"))


def _accusative_head(ctx: Context, c: _Cand) -> bool:
    """The candidate is a common noun in the indefinite accusative («رتلا عسكريا تركيا»: ending in
    alif, no article, read by an actor pattern, not a name): an object, never a subject."""
    if c.mention is None or (c.mention.data or {}).get("resolved") != "pattern":
        return False
    first = ctx.word_spans(c.start, c.end, first=1)
    word = ctx.norm(*first[0]) if first else ""
    return len(word) > 2 and word.endswith("ا") and not word.startswith("ال")


def _left_by(ctx: Context, h: THit, c1: int) -> _Cand | None:
    """The party right after «مخلفات» (cues.yaml remnants) at most 4 words after the event word:
    who left the mine or shell that went off («بانفجار لغم من مخلفات الإرهابيين»)."""
    words = ctx.lex.words("remnants")
    for a, b in ctx.word_spans(h.end, c1, first=4):
        if ctx.norm(a, b).lstrip("و") in words:
            nxt = next(iter(_candidates(ctx, b, min(c1, b + 40))), None)
            return nxt if nxt is not None and ctx.words(b, nxt.start) == 0 else None
    return None


def _owned_by(ctx: Context, h: THit, c: _Cand) -> bool:
    """«تابعة لـ» (an affiliation word) right before the candidate, at most one adjective between
    it and the event noun: the noun's owner («طائرة مسيرة انتحارية تابعة لقوات النظام»)."""
    prev = word_before(ctx, h.end, _word_start(ctx, c.start))
    if prev is None or ctx.norm(*prev) not in ctx.lex.affiliation:
        return False
    between = ctx.word_spans(h.end, prev[0])
    return len(between) <= 1 and not ctx.triggers.within(h.end, prev[0])


def _lam_genitive(ctx: Context, h: THit, c: _Cand) -> bool:
    """«غارات للتحالف العربي», «قصف لقوات النظام»: «لـ» right after an event noun (or after a
    unit of the force: «برصاص دورية للجندرما») marks whose event it is."""
    clitic, head = _clitic(ctx, c), ctx.norm(c.start, c.end)
    if not (clitic in ("ل", "لل") or head.startswith("لل")):
        return False
    between = ctx.word_spans(h.end, _word_start(ctx, c.start))
    # «برصاص دورية للجندرما»: a unit of the force between, in construct with the event noun
    # (which has no article: not «بالمتفجرات قافلة للقوات الدولية», where the convoy is the target);
    # or the noun's adjective («قصفا صاروخيا لقوات النظام»)
    one = ctx.norm(*between[0]) if len(between) == 1 else None
    return not between or one in ctx.lex.words("event_adjectives") or (
        one in ctx.lex.words("units") and "ال" not in h.hit.prefix)


def _suffered(ctx: Context, c: _Cand, h: THit) -> bool:
    """«5 عناصر من فيلق الشام قتلوا في الاشتباكات», «قتل 12 مسلحا حوثيا في غارات», «قتل جنديان»,
    «مقتل 4 عناصر»: the subject of a casualty verb, or the noun right after a passive one or a
    casualty noun, is a victim; so is the subject of «نجا» (cues.yaml ``survived``) or of a
    passive verb of violence (``passive_violence``: «اغتيل»)."""
    survived = ctx.lex.words("survived")
    head = title_start(c.mention) if c.mention is not None else c.start  # «نجا رئيس الوزراء العراقي مصطفى الكاظمي»
    if any(ctx.norm(a, b) in survived for a, b in ctx.word_spans(max(0, head - 40), head, last=2)):
        return True  # «نجا (قائد) شرطة النجدة»: the verb, or it and a title, right before
    if any(ctx.lex.family(t.name).casualty and t.hit.entry.pos == "verb"
           for t in ctx.triggers.within(c.end, h.start)):
        return True
    start = title_start(c.mention) if c.mention is not None else c.start  # «اغتيل القيادي في حماس صالح العاروري»
    passive = ctx.lex.words("passive_violence")
    for t in ctx.triggers.within(max(0, start - 40), start):
        if ctx.lex.family(t.name).casualty and t.hit.entry.pos == "noun" and ctx.words(t.end, start) <= 2:
            return True  # «مقتل 4 عناصر من قوات النظام بانفجار لغم»: whose death it was
        if t.hit.entry.key in passive and ctx.words(t.end, start) == 0:
            return True  # «اغتيل القيادي»: the one assassinated
        if not ctx.lex.family(t.name).casualty or t.hit.entry.pos != "verb":
            continue
        gap = ctx.words(t.end, start)
        if gap == 0 and not _active_subject(ctx, t, c, c.end + 60):
            return True  # «قتل جنديان»
        if gap <= 2 and ctx.quantities.within(t.end, start):
            return True  # «قتل 12 مسلحا»
    return False


def _definite_force(ctx: Context, c: _Cand) -> bool:
    head = ctx.norm(c.start, c.end)
    return head.startswith(("ال", *ctx.lex.words("force_heads")))


def _active_subject(ctx: Context, t: THit, c: _Cand, limit: int) -> bool:
    """A definite force, or unnamed gunmen, right after a casualty verb with a count after it
    (before ``limit``) or a victim word right after it: «قتل الجيش 10 مسلحين», «قتل مسلحون 3
    أشخاص», «قتل مسلحون مجهولون ضابطا». A definite number is the force's adjective («قتل الجنود
    الثلاثة»)."""
    return ctx.words(t.end, c.start) == 0 and not _oblique(ctx, c) and not _victim(c) and not _counts_itself(ctx, c) \
        and (_definite_force(ctx, c) or ctx.cue_at("unnamed_armed", c.start) is not None or _named_armed(c)) \
        and (any(not ctx.norm(q.start, q.end).startswith("ال") for q in ctx.quantities.within(c.end, limit))
             or _victim_right_after(ctx, c.end, limit))


def _counts_itself(ctx: Context, c: _Cand) -> bool:
    """The party is a counted word of people («جنديان تركيان»: two soldiers; «جندي»: one; «3
    جنود»): the victims of a passive verb, no one who acts."""
    return bool(ctx.quantities.covering(c.start)) or any(
        ctx.cue_at(kind, c.start) is not None for kind in ("count_one", "count_two"))


# endings of a verb that are its object («قتله», «قتلتهم», «اختطفوها»): the verb is active
_OBJECT_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def object_pronoun(h: THit) -> bool:
    """The verb carries its object as a pronoun («الرهينة الذي قتلته طالبان»): it is active,
    and the party after it is who did it (the passive «قتل» takes none)."""
    return h.hit.entry.pos == "verb" and h.hit.suffix.endswith(_OBJECT_ENDINGS)


def _doer_right_after(ctx: Context, h: THit, c: _Cand) -> bool:
    """A party right after the verb, not governed by a preposition, and no victim."""
    return ctx.words(h.end, c.start) == 0 and not _oblique(ctx, c) and not _victim(c)


def _named_armed(c: _Cand) -> bool:
    """An armed group by its own name, no member word before it («طالبان», «حزب الله»; not
    «عناصر حماس», who may be the ones killed)."""
    d = (c.mention.data or {}) if c.mention is not None else {}
    return c.mention is not None and not d.get("generic") and not d.get("descriptor") and party_of(c.mention).armed


def _victim_right_after(ctx: Context, pos: int, limit: int) -> bool:
    """The word right after ``pos`` is a victim or a count («ضابطا», «مدنيين», «10 مسلحين»):
    the object of the verb."""
    nxt = word_after(ctx, pos, limit)
    if nxt is not None and ctx.norm(*nxt) in ctx.lex.words("approximately"):
        # «قتلت أكثر من 800 شخص»: past the words that make the count approximate
        nxt = word_after(ctx, nxt[1], limit)
        if nxt is not None and ctx.norm(*nxt) == "من":
            nxt = word_after(ctx, nxt[1], limit)
    if nxt is None:
        return False
    a, b = nxt
    counted = not ctx.norm(a, b).startswith("ال") and bool(ctx.quantities.covering(a))  # not «الجنود الثلاثة»
    return counted or any(ctx.cue_at(kind, a) is not None for kind in ("victim_armed", "victim_civilian"))


def _exposed(ctx: Context, c0: int, h: THit) -> bool:
    """«تعرض لـ» or «تصدى لـ» before the trigger, its subject between (passive: the subject is
    the target): «تعرضت سراقب لقصف», «تصدت وسائط الدفاع الجوي لعدوان»; up to 9 words back when
    the subject names a place («تعرضت مناطق في ريف حلب الغربي لقصف», «تعرضت نقطة للجيش التركي في
    محيط بلدة سرمين لقصف»)."""
    memo = ctx.memo.setdefault("exposed", {})
    key = (c0, h.start)
    if key not in memo:
        words = ctx.lex.words("exposed")
        prev = ctx.word_spans(max(c0, h.start - 120), h.start, last=9)
        said = [ctx.norm(a, b).lstrip("و") in words for a, b in prev]  # «وتعرضت» as «تعرضت»
        memo[key] = any(said[-5:]) or any(said) and bool(ctx.places.within(prev[0][0], h.start)) \
            or ctx.words(c0, h.start) == 0 and _exposed_before_aside(ctx, h)
    return memo[key]  # type: ignore[no-any-return]


def _exposed_before_aside(ctx: Context, h: THit) -> bool:
    """«تعرضت قاعدة عين الأسد الجوية التي تضم قوات أمريكية في محافظة الأنبار غربي العراق، مساء
    الثلاثاء، لهجوم»: the noun opens a clause after an aside between commas; «تعرض» up to 18 words
    back in its sentence, with a place between and no other event word."""
    s = next((x for x in ctx.sents if x.start <= h.start < x.end), None)
    if s is None:
        return False
    words = ctx.lex.words("exposed")
    prev = ctx.word_spans(max(s.start, h.start - 240), h.start, last=18)
    verb = next((a for a, b in prev if ctx.norm(a, b).lstrip("و") in words), None)
    return verb is not None and bool(ctx.places.within(verb, h.start)) \
        and not [t for t in ctx.triggers.within(verb, h.start) if t.start > verb]


def light_verb(ctx: Context, c0: int, h: THit) -> bool:
    """A light verb at most two words before the event noun («قام مسلحون بخطف نائب», «نفذتا
    عملية الخطف»), or «أقدم» with its subject and «على» («أقدم مسلحون مجهولون على خطف طبيب»)."""
    prev = ctx.word_spans(max(c0, h.start - 40), h.start, last=3)
    light = ctx.lex.words("light_verbs")
    if any(ctx.norm(a, b).lstrip("و") in light for a, b in prev):
        return True
    # «نفذت طائرات النظام الحربية 14 غارة»: the subject (one adjective beside it) and a count
    # between the verb and its noun
    prev = ctx.word_spans(max(c0, h.start - 80), h.start, last=8)
    # with its subject named between, bare «نفذ», «شن» are the verb too («نفذ العدو الإسرائيلي فجر
    # اليوم عدوانا جويا»)
    doing = light | ctx.lex.words("carried_out")
    for k in range(len(prev) - 1, -1, -1):
        a, b = prev[k]
        if ctx.norm(a, b).lstrip("و") in doing:
            between = prev[k + 1:]
            # the subject may be countries («شنت الولايات المتحدة وبريطانيا»), a count and a
            # date may stand between («فجر الجمعة 73 غارة»)
            # («وبريطانيا»: the country's name after the glued «و»)
            named = [x for x, y in between if ctx.actors.covering(x) or _country_at(ctx, x) or _country_at(ctx, y - 1)]
            other = [(x, y) for (x, y), counted in zip(between, _count_or_date(ctx, between))
                     if x not in named and not counted and ctx.norm(x, y) != "و"]
            return len(other) < len(between) and len(other) <= 1 and bool(named)
    prev = ctx.word_spans(max(c0, h.start - 70), h.start, last=5)
    ventured = ctx.lex.words("ventured")
    return bool(prev) and ctx.norm(*prev[-1]) == _ON and any(ctx.norm(a, b).lstrip("و") in ventured for a, b in prev)


def _by_phrases(ctx: Context, start: int, end: int) -> list[int]:
    norm = ctx.doc.norm
    n0, n1 = norm.from_original(start), norm.from_original(end)
    out = []
    for phrase in _BY_PHRASE:
        i = norm.text.find(phrase, n0, n1)
        if i != -1:
            out.append(norm.offsets[i + len(phrase)])
    return sorted(out)


def other_parties(ctx: Context, s: Sent, h: THit, exclude: list[_Cand]) -> list[_Cand]:
    """Candidates for the other side, the nearest to the trigger first; not a party that leads
    another («بقيادة هيئة تحرير الشام»: the same side)."""
    taken = {(c.start, c.end) for c in exclude}
    cands = [c for c in _candidates(ctx, s.start, s.end) if (c.start, c.end) not in taken and not led_by(ctx, c)
             and not _struck_in_what_it_answers(ctx, c)]
    return sorted(cands, key=lambda c: (c.start < h.start, abs(c.start - h.end)))


def _struck_in_what_it_answers(ctx: Context, c: _Cand) -> bool:
    """The party right after an event word after «ردا على» («ردا على استهداف القنصلية الإيرانية في
    دمشق»): what the act answered struck it, it is the answering side's own, no other side."""
    if not retaliated_at(ctx, c.start):
        return False
    prev = ctx.word_spans(max(0, c.start - 40), c.start, last=1)
    return bool(prev) and any(t.hit.entry.kind == "trigger" for t in ctx.triggers.within(*prev[0]))


# -- casualties ---------------------------------------------------------------------------------
@dataclass
class Casualties:
    fatalities: int = 0
    injured: int | None = None
    fatalities_span: Span | None = None
    injured_span: Span | None = None
    armed_victims: bool | None = None
    inferred: bool = False  # the one dead is the target of an act of killing told as done, no count
    days: int = 1  # the days a running toll was told over, divided («لليوم الخامس»); -1: not counted


def target_killed(ctx: Context, hits: list[THit], cas: Casualties) -> Casualties:
    """«اغتال مسلحون مجهولون يستقلون دراجة نارية، صباح اليوم، قياديا»: an assassination told as
    done (a past verb of a family that kills) kills its one target when no count says more.
    Asked once the event is known to be reported: an inferred death is no evidence of one."""
    if cas.fatalities:
        return cas
    done = next((h for h in hits if ctx.lex.family(h.name).kills and h.hit.entry.pos == "verb"
                 and h.hit.entry.tense is None and not {"ل", "س"} & set(h.hit.prefix)), None)
    if done is None:
        return cas
    return replace(cas, fatalities=1, fatalities_span=Span.of(ctx.text, done.start, done.end), inferred=True)


def _field(ctx: Context, h: THit) -> str:
    fam = ctx.lex.family(h.name)
    return fam.casualty or "fatalities"


def casualties(ctx: Context, s: Sent, hits: list[THit], negated: set[str],
               attacker: tuple[int, int] | None = None) -> Casualties:
    """Fatalities and injured of the sentence, and whether its victims are armed (by the victim
    words outside the ``attacker``'s name: «أطلقت قوات الاحتلال النار على شاب»); of a toll told
    over days, the day's share."""
    days = _days_told(ctx, s)
    if days is not None:  # «تواصلت لليوم الخامس الاشتباكات ...، وسط حصيلة قتلى تجاوزت 150»: all the days' dead
        return _day_share(_counted(ctx, s, hits, negated, attacker), days)
    if not ctx.cue("tally", s.start, s.end):
        return _counted(ctx, s, hits, negated, attacker)
    # not the dead of a clause that adds them up over time, when others are counted («اشتبك الجيش
    # الأذربيجاني مع القوات الأرمنية ...، وقالت الوزارة إن 158 من جنودها قتلوا منذ بدء المعارك»)
    own = [h for h in hits if not ctx.cue("tally", *s.clause_of(h.start))]
    tallied = len(own) < len(hits) and event_outside_tally(ctx, s)
    return _counted(ctx, s, own if tallied else hits, negated, attacker)


def event_outside_tally(ctx: Context, s: Sent) -> bool:
    """An event word of the sentence (no casualty word) stands outside its clauses that add dead
    up over time (a tally cue): what a tally clause counts is not that event's toll."""
    return any(not ctx.lex.family(t.name).casualty and not ctx.cue("tally", *s.clause_of(t.start))
               for t in ctx.triggers.within(s.start, s.end))


def _days_told(ctx: Context, s: Sent) -> int | None:
    """Over how many days the sentence's toll was told (cues.yaml ``running_days``: 0 when they
    are not counted), or None when it tells no running toll."""
    if not ctx.cue("toll", s.start, s.end):
        return None
    found = ctx.cue("running_days", s.start, s.end)
    if not found:
        return None
    longest = max(found, key=lambda c: c.end - c.start)
    return ctx.lex.running_days.get(longest.hit.entry.key, 0)


def _day_share(total: Casualties, days: int) -> Casualties:
    """The day's share of a toll told over ``days`` days (none when they are not counted)."""
    if not days:
        return replace(total, fatalities=0, injured=0 if total.injured is not None else None, days=-1)
    return replace(total, fatalities=total.fatalities // days,
                   injured=total.injured // days if total.injured is not None else None, days=days)


def _counted(ctx: Context, s: Sent, hits: list[THit], negated: set[str],
             attacker: tuple[int, int] | None) -> Casualties:
    """The dead and wounded the casualty words ``hits`` count in the sentence (``casualties``)."""
    cas = hits
    out = Casualties()
    if "injured" in negated:
        out.injured = 0
    if not cas:
        return out
    best: dict[str, tuple[int, Span]] = {}
    last: dict[str, tuple[int, Mention, Mention]] = {}  # field -> (sum, first, last) of «و»-joined counts
    totals: set[str] = set()  # fields whose best count is of victims of any harm («10 ضحايا»)
    harm: dict[str, THit | None] = {}  # field -> the word of harm of its last count
    parts: dict[str, tuple[int, Span]] = {}  # field -> the largest count of some of them
    # counts with no word of harm yet, «و»-joined, waiting for the one after them that has it
    # («إن 17 عنصرا من قوات النظام و21 مقاتلا من الفصائل قتلوا»: 38 dead)
    waiting: tuple[int, Mention, Mention] | None = None
    for q in ctx.quantities.within(s.start, s.end):
        h = _casualty_of(ctx, q, cas)
        # «مقتل 37 عنصرا من قوات النظام و25 من الفصائل»: a count joined to a counted one adds up,
        # whatever word of harm is nearer; not «قتل 5 أشخاص و3 جرحى» (a noun of harm of its own)
        own = h is not None and _noun_is(q, h)
        if not own and part_of_before(ctx, q):
            # «استشهد 10 مدنيين بينهم 8 أطفال وأصيب آخرون»: some of the dead, no wounded; the
            # least there were when no count of them all is told («من بين القتلى خمسة أطفال»)
            among = _among_victims(ctx, q, cas)
            if among is not None:
                value = int((q.data or {}).get("value", 0))
                if value > parts.get(_field(ctx, among), (0, None))[0]:
                    parts[_field(ctx, among)] = (value, q.span)
            continue
        joined = next((f for f, g in last.items() if (not own or _field(ctx, h) == f)  # type: ignore[arg-type]
                       and (_and_more(ctx, g[2], q) or h is not None and _field(ctx, h) == f
                            and harm.get(f) not in (None, h) and _another_toll(ctx, g[2], q, h))), None)
        if h is None and joined is None:
            v = int((q.data or {}).get("value", 0))
            joins = waiting is not None and _and_more(ctx, waiting[2], q)
            waiting = (waiting[0] + v, waiting[1], q) if joins else (v, q, q)  # type: ignore[index]
            continue
        field = joined or _field(ctx, h)  # type: ignore[arg-type]
        # «قتل 3 أطفال ووالدتهم»: kin joined to the counted noun count too; after a dual that
        # counts itself («قتل طفلان وامرأة») anyone joined counts, as after «رجل»
        d = q.data or {}
        value = int(d.get("value", 0)) + _kin_after(
            ctx, d.get("noun_end") or q.end, s.end, kin_only=d.get("word") != d.get("noun")) + _one_before(ctx, q)
        if joined is not None:
            value, first = last[field][0] + value, last[field][1]
        elif waiting is not None and h is not None and counts_people(ctx, waiting[1]) and _and_more(ctx, waiting[2], q):
            value, first = waiting[0] + value, waiting[1]
        else:
            first = q
        waiting = None
        last[field] = (value, first, q)
        harm[field] = h
        if own and field in totals and part_of_before(ctx, q):
            best[field] = (value, q.span)  # «سقط 10 ضحايا بينهم 3 قتلى»: the victims' dead
            totals.discard(field)
        elif field not in best or value > best[field][0]:
            best[field] = (value, q.span if first is q else Span.of(ctx.text, first.start, q.end))
            if h is not None and h.hit.entry.key in ctx.lex.words("casualty_totals"):
                totals.add(field)
            else:
                totals.discard(field)
    for field, least in parts.items():
        best.setdefault(field, least)
    for h in cas:
        field = _field(ctx, h)
        spends = h.hit.entry.key in ctx.lex.words("counts_subject")
        body = h.hit.entry.key in ctx.lex.words("bodies")  # «جثة شاب مجهول الهوية مقتولا»: one dead
        if field in best or h.strength < 2 and h.hit.entry.key not in ctx.lex.words("self_counting") \
                and not spends and not body:
            continue  # a weak word («وفاة أحد الوالدين») is counted only by a number, not «سقوط شهيد»
        if spends and _span_of_time(ctx, h.end, s.end):
            continue  # «قضى الرجل 18 عاما في السجن»: spent, not perished
        n, (a, b) = _count_word(ctx, h, s.end, attacker)
        if n:
            best[field] = (n, Span.of(ctx.text, a, b))
    if "fatalities" in best:
        out.fatalities, out.fatalities_span = best["fatalities"]
    if "injured" in best:
        out.injured, out.injured_span = best["injured"]
    a0, a1 = attacker or (0, 0)
    armed = sum(1 for c in ctx.cue("victim_armed", s.start, s.end)
                if not (a0 <= c.start and c.end <= a1) and not _former_member(ctx, c.end))
    civilian = sum(1 for c in ctx.cue("victim_civilian", s.start, s.end) if not (a0 <= c.start and c.end <= a1))
    if armed or civilian:
        out.armed_victims = armed > civilian
    return out


def _one_before(ctx: Context, q: Mention) -> int:
    """«إصابة امرأة وطفلين» (3): one person counted by the word's form, right before a dual that
    counts itself, joined to it by «و»."""
    if not _glued_dual(ctx, q):
        return 0
    prev = word_before(ctx, max(0, q.start - 30), q.start)
    if prev is None or ctx.cue_at("count_one", prev[0]) is None or "،" in ctx.text[prev[1]:q.start]:
        return 0  # not «بينهم صحفي، وعنصرين»: the end of an aside
    # not the noun a number counts («مقتل 11 مدنيا وعنصرين»: 13, not 14)
    counted = any((o.data or {}).get("noun_start", -1) <= prev[0] < (o.data or {}).get("noun_end", -1)
                  for o in ctx.quantities.within(max(0, q.start - 60), q.start))
    return 0 if counted else 1


def _glued_dual(ctx: Context, q: Mention) -> bool:
    """The count is a dual noun that counts itself, «و» glued to it («وطفلين»)."""
    d = q.data or {}
    return ctx.text.startswith("و", q.start) and d.get("word") == d.get("noun")


def _among_victims(ctx: Context, q: Mention, cas: list[THit]) -> THit | None:
    """The casualty word of «من بين القتلى», «بين الجرحى» right before the count."""
    prev = ctx.word_spans(max(0, q.start - 40), _approximate_start(ctx, q.start), last=2)
    if len(prev) != 2 or f"{ctx.norm(*prev[0])} {ctx.norm(*prev[1])}" not in ctx.lex.words("among_victims"):
        return None
    return next((h for h in cas if prev[1][0] <= h.start < prev[1][1]), None)


def part_of_before(ctx: Context, q: Mention) -> bool:
    """«بينهم», «منهم», «من بين القتلى» right before the count (a word making it approximate
    between at most)."""
    prev = ctx.word_spans(max(0, q.start - 40), _approximate_start(ctx, q.start), last=2)
    if prev and ctx.norm(*prev[-1]).lstrip("و") in ctx.lex.words("part_of"):
        return True
    return len(prev) == 2 and f"{ctx.norm(*prev[0])} {ctx.norm(*prev[1])}" in ctx.lex.words("among_victims")


def _former_member(ctx: Context, end: int) -> bool:
    """«عنصرا سابقا»: the member word ending at ``end`` is followed by «سابق» (no longer one)."""
    nxt = ctx.word_spans(end, end + 20, first=1)
    return bool(nxt) and ctx.words(end, nxt[0][0]) == 0 and ctx.cue_at("earlier", nxt[0][0]) is not None


def once_belonged(ctx: Context, start: int) -> bool:
    """«عنصرا سابقا في فصائل المعارضة»: the group named at ``start`` is one its victim has left."""
    prev = ctx.word_spans(max(0, start - 30), start, last=2)
    # «سابقا في فصائل», «سابقا بفصائل» (a glued preposition is a word part of its own here)
    return len(prev) == 2 and ctx.norm(*prev[1]) in ("في", "من", "لدى", "ب", "ل") \
        and ctx.cue_at("earlier", prev[0][0]) is not None


def _and_more(ctx: Context, q1: Mention, q2: Mention) -> bool:
    """«12 جنديا و8 مسلحين», «37 عنصرا من قوات النظام و25 من الفصائل»: the second count is joined
    to the first by «و» (after the first's noun and a «من» phrase at most), so the victims add
    up; not a part of the first («بينهم», «منهم») and not past another event word. The words of
    the first's side do not count to the gap («17 عنصرا من قوات النظام والمسلحين الموالين لها، و11
    مقاتلا»), nor an aside of some of them («مقتل 11 مدنيا، بينهم صحفي، وعنصرين من قواتها»)."""
    between = _past_aside_of_part(ctx, ctx.word_spans(q1.end, q2.start))
    names = ctx.actors.within(q1.end, q2.start)
    unnamed = [w for w in between if not any(m.start < w[1] and w[0] < m.end for m in names)]
    if not between or len(unnamed) > 6 or ctx.triggers.within(q1.end, q2.start):
        return False
    words = [ctx.norm(a, b) for a, b in between]
    if _glued_dual(ctx, q2):
        words.append("و")  # «مقتل 3 رجال وطفلين»: the dual's «و» joins it
    if words[-1] != "و" or any(w.lstrip("و") in ctx.lex.words("part_of") for w in words):
        return False
    return all(w != "و" for w in words[:-1])


def _past_aside_of_part(ctx: Context, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``words`` without an aside of some of the victims between commas («، بينهم صحفي،»)."""
    for i, (a, b) in enumerate(words):
        if ctx.norm(a, b) not in ctx.lex.words("part_of") or not ctx.text[:a].rstrip().endswith("،"):
            continue
        close = next((j for j in range(i, len(words)) if ctx.text[words[j][1]:].lstrip().startswith("،")), None)
        if close is not None:
            return words[:i] + words[close + 1:]
    return words


def _another_toll(ctx: Context, q1: Mention, q2: Mention, h: THit) -> bool:
    """«استشهاد 7 من مقاتلي قسد ومقتل 23 مرتزقا»: a second count of the same harm, its own word
    of harm joined to the first count's phrase by «و» right before it: other victims, who add up."""
    if not (q1.end <= h.start and h.end <= q2.start and ctx.words(h.end, q2.start) == 0):
        return False
    if not ctx.text[h.start:h.end].startswith("و") or [t for t in ctx.triggers.within(q1.end, q2.start) if t != h]:
        return False
    between = ctx.word_spans(q1.end, h.start)
    names = ctx.actors.within(q1.end, h.start)
    unnamed = [w for w in between if not any(m.start < w[1] and w[0] < m.end for m in names)]
    return len(unnamed) <= 4 and not any(ctx.norm(a, b).lstrip("و") in ctx.lex.words("part_of") for a, b in between)


def _noun_is(q: Mention, h: THit) -> bool:
    """The counted noun of ``q`` is the casualty word ``h`` itself («27 قتيلا», «106 جرحى»)."""
    ns, ne = (q.data or {}).get("noun_start"), (q.data or {}).get("noun_end")
    return ns is not None and ne is not None and h.start < ne and ns < h.end


def _casualty_of(ctx: Context, q: Mention, cas: list[THit]) -> THit | None:
    d = q.data or {}
    noun = d.get("noun")
    ne = d.get("noun_end")
    own = next((h for h in cas if _noun_is(q, h)), None)
    if own is not None:
        return own
    if noun and (_not_people(ctx, normalize(noun)) or _not_people(ctx, normalize(noun).removeprefix("ال"))):
        return None  # «آليات» is «اليات» normalised: the article is not always one
    if not noun and 1000 < int(d.get("value", 0)) < 2100:
        return None  # a year («سنة 1162», «عام 2005»)
    if _counted_by_arrest(ctx, q):
        return None  # «104 من الانقلابيين قتلوا، واعتقل 1563 عسكريا»: the arrested, not more dead
    q_end = ne if ne is not None else q.end
    q_start = _approximate_start(ctx, q.start)
    best, best_d = None, 6
    for h in cas:
        dist = ctx.words(q_end, h.start) if q_end <= h.start else ctx.words(h.end, q_start) if h.end <= q_start else 0
        if dist < best_d:
            best, best_d = h, dist
    return best or _risen_to(ctx, q_start, cas)


_TO = normalize("إلى")
_POSSESSIVES = ("هم", "ها", "ه", "هما")


def _counted_by_arrest(ctx: Context, q: Mention) -> bool:
    """A word of arresting or abducting stands right before the count."""
    start = _approximate_start(ctx, q.start)
    return any(ctx.words(t.end, start) == 0 and (t.name == "abduction" or ctx.lex.family(t.name).group == "arrest")
               for t in ctx.triggers.within(max(0, start - 30), start))


def counts_people(ctx: Context, q: Mention) -> bool:
    """The count's noun may be people: not «ثلاث قواعد», «89 هدفا»."""
    noun = (q.data or {}).get("noun")
    return not noun or not (_not_people(ctx, normalize(noun)) or _not_people(ctx, normalize(noun).removeprefix("ال")))


def _not_people(ctx: Context, noun: str) -> bool:
    """A counted noun that is no people («آليات»), with a possessive too («عددا من آلياتهم»)."""
    words = ctx.lex.words("not_people")
    return noun in words or any(noun.endswith(p) and noun[:-len(p)] in words for p in _POSSESSIVES)


def _risen_to(ctx: Context, q_start: int, cas: list[THit]) -> THit | None:
    """«ارتفعت حصيلة القتلى جراء الغارات ... على مدينة إدلب إلى 19 مدنيا»: the count after «إلى»
    in a sentence of a rising toll (cues.yaml ``toll``) is the toll of the victim word before it."""
    prev = ctx.word_spans(max(0, q_start - 12), q_start, last=1)
    if not prev or ctx.norm(*prev[0]) != _TO:
        return None
    s = ctx.sent_at(q_start)
    if not ctx.cue("toll", s.start, q_start):
        return None
    before = [h for h in cas if s.start <= h.start and h.end <= q_start]
    return before[-1] if before else None


def _approximate_start(ctx: Context, pos: int) -> int:
    """Where a count starts with the words that make it approximate before it («قتل أكثر من 30
    شخصا وأصيب»: the count is right after «قتل», not nearer «وأصيب»)."""
    words = ctx.word_spans(max(0, pos - 40), pos, last=4)
    about = ctx.lex.words("approximately")
    k = len(words)
    while k and ctx.norm(*words[k - 1]) in about | _ABOUT_GLUE:
        k -= 1
    if k < len(words) and any(ctx.norm(a, b) in about for a, b in words[k:]):
        return words[k][0]  # «أكثر من», «نحو», «ما لا يقل عن»
    return pos


_ABOUT_GLUE = frozenset(("من", "عن", "ما", "لا"))


# pronoun endings of a word of killing that stand for one victim or two («مقتله», «قتلوه»,
# «قتلتهما»). Not «ها»: it also stands for a plural of things or groups («الزعامات ... قتلها»).
_ONE_VICTIM = frozenset(("ه", "ته", "وه", "اه", "تاه"))
_TWO_VICTIMS = frozenset(("هما", "تهما"))


# «مصرعه», «حتفها», «ضرب لص حتى الموت»: the death of one, written into the word (the lexicon's
# forms, normalised)
_ONE_DEATH = frozenset(normalize(w) for w in ("مصرعه", "مصرعها", "حتفه", "حتفها", "حتى الموت"))


def _fought(ctx: Context, h: THit) -> bool:
    """«قاتلوا حتى الموت»: a word of fighting right before, the death a manner of speech."""
    prev = ctx.triggers.within(max(0, h.start - 20), h.start)
    return bool(prev) and prev[-1].name == "clash" and ctx.words(prev[-1].end, h.start) == 0


def _span_of_time(ctx: Context, start: int, limit: int) -> bool:
    """A span of time in the three words from ``start`` (cues.yaml ``durations``: «الرجل 18 عاما»)."""
    durations = ctx.lex.words("durations")
    return any(ctx.norm(a, b) in durations for a, b in ctx.word_spans(start, limit, first=3))


def _count_word(ctx: Context, h: THit, limit: int,
                attacker: tuple[int, int] | None = None) -> tuple[int, tuple[int, int]]:
    """The victims a word counts, and the evidence: «مقتل شخص» -> 1, «مقتل جنديين» -> 2 (a
    counted noun right after the trigger, or right before a casualty verb: «إن طفلا قتل»);
    «مقتله», «فأصابته» -> 1 and «قتلتهما» -> 2 (the victim is the pronoun); the trigger is the
    evidence. After the attacker that follows the verb («قتل مسلحون مجهولون ضابطا»), the
    counted object is."""
    trigger = (h.start, h.end)
    kind = ctx.lex.family(h.name).casualty
    if kind == "fatalities" or kind == "injured" and _wounds_after(ctx, h, limit):
        # not «إصابته» alone (his injury or illness): «إصابته بجروح خطيرة»
        if h.hit.suffix in _ONE_VICTIM:
            return 1 + _kin_after(ctx, h.end, limit, kin_only=True), trigger  # «مقتله», «مقتله ومرافقه»
        if kind == "fatalities" and h.hit.entry.key in _ONE_DEATH and not _fought(ctx, h):
            return 1, trigger  # «لقي جندي مصرعه», «ضرب لصا حتى الموت»
        if h.hit.suffix in _TWO_VICTIMS:
            return 2, trigger
    if attacker is not None and attacker[0] >= h.end and ctx.words(h.end, attacker[0]) == 0:
        nxt = ctx.word_spans(attacker[1], limit, first=1)
        if nxt and ctx.words(attacker[1], nxt[0][0]) == 0:
            a, b = nxt[0]
            n = 2 if ctx.cue_at("count_two", a) else 1 if ctx.cue_at("count_one", a) else 0
            return (n + _kin_after(ctx, b, limit) if n else 0), (a, b)
        return 0, trigger
    if h.hit.entry.pos == "noun" and not h.hit.prefix.endswith("ال"):
        # «سقوط شهيد», «سقوط قتيلين», «ارتقى شهيدان»: the victim word counts itself
        own = 2 if ctx.cue_at("count_two", h.start) and not _after_plural_victims(ctx, h) else \
            int(not h.hit.suffix and h.hit.entry.key in ctx.lex.words("self_counting"))
        if own:
            return own, trigger
    nxt = ctx.word_spans(h.end, limit, first=2)
    if h.hit.entry.pos == "verb" and "و" not in h.hit.prefix:
        # «إن طفلا قتل», «عنصر في "قسد" قتل»; not «قتل مدني وأصيب آخرون»: the word before
        # «وأصيب» is the one killed
        nxt = (_member_before(ctx, h.start) or ctx.word_spans(max(0, h.start - 30), h.start, last=1)) + nxt
    for a, b in nxt:
        if a > h.end and any(ctx.lex.family(t.name).casualty for t in ctx.triggers.within(a, b)):
            break  # «لقي جندي مصرعه وأصيب اثنان»: the count of another word of harm
        if ctx.cue_at("count_two", a):
            return 2 + _kin_after(ctx, b, limit), trigger
        if ctx.cue_at("count_one", a):
            return 1 + _kin_after(ctx, b, limit), trigger
    return 0, trigger


def _member_before(ctx: Context, pos: int) -> list[tuple[int, int]]:
    """«عنصر في "قسد"» ending right before ``pos``: the word of the member before «في/من» and the
    group named right before the verb."""
    group = next((m for m in reversed(ctx.actors.within(max(0, pos - 60), pos)) if ctx.words(m.end, pos) == 0), None)
    if group is None:
        return []
    prev = ctx.word_spans(max(0, group.start - 30), group.start, last=2)
    return prev[:1] if len(prev) == 2 and ctx.norm(*prev[1]) in _MEMBER_OF else []


_MEMBER_OF = frozenset(normalize(w) for w in ("في", "من"))


def _wounds_after(ctx: Context, h: THit, limit: int) -> bool:
    """A word of wounds right after the word (cues.yaml ``wounds``: «إصابته بجروح»)."""
    nxt = ctx.word_spans(h.end, limit, first=1)
    return bool(nxt) and ctx.words(h.end, nxt[0][0]) == 0 and ctx.norm(*nxt[0]) in ctx.lex.words("wounds")


def _after_plural_victims(ctx: Context, h: THit) -> bool:
    """«قتلى ومصابين»: joined by «و» to a plural victim noun, a dual-looking word is a plural."""
    prev = ctx.word_spans(max(0, h.start - 30), h.start, last=1)
    return h.hit.prefix.startswith("و") and bool(prev) and ctx.words(prev[0][1], h.start) == 0 \
        and ctx.norm(*prev[0]) in ctx.lex.words("plural_victims")


def _kin_after(ctx: Context, end: int, limit: int, kin_only: bool = False) -> int:
    """Victims joined to a counted one by «و»: «قتلت امرأة وطفلها» (2), «قتل رجل وزوجته وابنه» (3).
    After a number only kin count («قتل 3 أطفال ووالدتهم»: 4), not a second noun of the counted
    kind («أعدموا قرابة 800 رجل وصبي»: 800 men and boys)."""
    kin = ctx.lex.words("kin")
    n = 0
    for a, b in ctx.word_spans(end, limit, first=3):
        w = ctx.norm(a, b)
        if not w.startswith("و") or ctx.text[end:a].strip():
            break
        if w[1:] not in kin and (kin_only or not ctx.cue_at("count_one", a)):
            break
        n, end = n + 1, b
    return n


# -- dates --------------------------------------------------------------------------------------
@dataclass
class When:
    day: date | None
    precision: int
    span: Span | None


def _dates_what_came_before(ctx: Context, m: Mention, pos: int | None = None) -> bool:
    """The date is in a clause (not the one of ``pos``) that opens with a word of "after" and
    tells an event of its own before it («اعتقلت الهيئة ثلاثة ناشطين، بعد مشاركتهم في مظاهرة
    خرجت ضد الهيئة الأسبوع الماضي»: the protest's day, not the arrest's nor the article's; not
    «، بعد ظهر أمس»: the time itself)."""
    c0, c1 = ctx.sent_at(m.start).clause_of(m.start)
    if pos is not None and c0 <= pos < c1:
        return False
    first = ctx.word_spans(c0, m.start, first=1)
    return bool(first) and ctx.norm(*first[0]).lstrip("و") in ctx.lex.words("after_openers") \
        and any(t.hit.entry.kind == "trigger" for t in ctx.triggers.within(first[0][1], m.start))


def _dates_relative(ctx: Context, start: int, m: Mention) -> bool:
    """The date stands in a relative clause after ``start`` that tells no event («غارات ... ضمن
    عملية المخلب-السيف التي أعلنت عنها أنقرة أمس»: the day it was announced; not «الهجوم الذي
    وقع أمس», «الغارة التي استهدفت البلدة أمس»), or tells what befell a thing that is no event
    word (``_dates_a_thing``)."""
    if m.start < start:
        return False
    relative = _relative_before(ctx, start, m)
    if relative is None:
        return False
    told = [t for t in ctx.triggers.within(relative[1], m.start) if t.hit.entry.kind == "trigger"]
    return not told and not ctx.cue("occurrence", relative[1], m.start) or _dates_a_thing(ctx, start, m)


def _relative_before(ctx: Context, start: int, m: Mention) -> tuple[int, int] | None:
    """The relative pronoun in the date's clause, between ``start`` and the date."""
    relative = ctx.lex.words("relative")
    c0 = max(start, ctx.sent_at(m.start).clause_of(m.start)[0])
    return next(((a, b) for a, b in ctx.word_spans(c0, m.start) if ctx.norm(a, b) in relative), None)


def _dates_a_thing(ctx: Context, start: int, m: Mention) -> bool:
    """The date stands in a relative clause whose verb has a pronoun for a thing named before it
    that is no event word («في إطار عملية "نبع السلام" التي أطلقتها أنقرة يوم الأربعاء»: the
    operation's start, not the day the town was taken)."""
    relative = _relative_before(ctx, start, m) if m.start >= start else None
    if relative is None or ctx.words(start, relative[0]) <= 2:
        return False
    a, b = relative
    occurred = ctx.cue("occurrence", b, m.start)
    before = ctx.word_spans(max(start, a - 60), a, last=3)
    return bool(occurred) and all(o.hit.suffix for o in occurred) and bool(before) and not any(
        t.hit.entry.kind == "trigger" for t in ctx.triggers.within(before[0][0], m.start))


def _when(m: Mention) -> When:
    d = m.data or {}
    iso = d.get("event_date") or d.get("date") or m.label
    try:
        day = date.fromisoformat(iso) if iso else None
    except ValueError:
        day = None
    return When(day, int(d.get("time_precision") or 1), m.span)


def article_date(ctx: Context, answered: Callable[[Context, int], bool] | None = None) -> When:
    """The article's own date: the first date of its lede (not a span up to publication), else
    its most frequent date (not one of what an event ``answered``: «ردا على هجوم ... في 15 آب»),
    else the publication date."""
    for s in ctx.sents:
        if s.headline:
            continue
        lede = [m for m in ctx.dates.within(*ctx.paras[s.para]) if not _up_to_now(ctx, m) and not _accused_of(ctx, m)
                and not _dates_what_came_before(ctx, m) and not _dates_what_is_to_come(ctx, ctx.sent_at(m.start), m)
                and not _of_the_grievance(ctx, m) and not _dates_a_thing(ctx, ctx.sent_at(m.start).start, m)]
        if lede:
            w = _when(lede[0])
            if w.day:
                return When(w.day, w.precision, None)
        break
    whens = [_when(m) for m in ctx.dates.items
             if _when(m).day and not _up_to_now(ctx, m) and not _in_pluperfect(ctx, m) and not _since(ctx, m)
             and not (answered is not None and answered(ctx, m.start)) and not _names_an_event(ctx, m)
             and not _accused_of(ctx, m) and not _dates_what_came_before(ctx, m)
             and not _dates_what_is_to_come(ctx, ctx.sent_at(m.start), m) and not _of_the_grievance(ctx, m)
             and not _dates_a_thing(ctx, ctx.sent_at(m.start).start, m)]
    if whens:
        day = Counter(w.day for w in whens).most_common(1)[0][0]
        return When(day, min(w.precision for w in whens if w.day == day), None)
    return When(ctx.doc.article.published, 1, None)


def _accused_of(ctx: Context, m: Mention) -> bool:
    """The date is of what someone was accused of, after a word of accusation in its clause
    («اعتقلت ... بتهمة التورط في تفجير السيارة المفخخة الذي ضرب المدينة الشهر الماضي»: the
    bombing's month, not the arrest's)."""
    c0 = ctx.sent_at(m.start).clause_of(m.start)[0]
    return bool(ctx.cue("pretext", c0, m.start))


def _names_an_event(ctx: Context, m: Mention) -> bool:
    """The date right after an event noun is part of that event's name («كان مسؤولا عن هجوم 7
    أكتوبر», «مجزرة 21 آب»): another event's day, not the article's."""
    prev = ctx.word_spans(max(0, m.start - 30), m.start, last=1)
    return bool(prev) and ctx.words(prev[0][1], m.start) == 0 and any(
        t.hit.entry.pos == "noun" for t in ctx.triggers.within(prev[0][0], prev[0][1]))


def _in_pluperfect(ctx: Context, m: Mention) -> bool:
    """The date stands in a sentence opening with «وكان» (what had happened before: «وكان المرصد
    قد وثق أمس الأول مقتل عنصرين»): it dates that earlier event, not the article."""
    s = next((x for x in ctx.sents if x.start <= m.start < x.end), None)
    first = ctx.word_spans(s.start, s.end, first=1) if s is not None else []
    return bool(first) and ctx.norm(*first[0]) in ctx.lex.words("pluperfect")


def _since(ctx: Context, m: Mention) -> bool:
    """The date starts a span a «منذ» before it in its clause opens («أسفرت المعارك منذ بدء
    الهجوم على ريف إدلب الجنوبي في ديسمبر الماضي عن مقتل أكثر من 1500»): a tally's start, not
    the article's day."""
    c0 = ctx.sent_at(m.start).clause_of(m.start)[0]
    return any(ctx.norm(a, b).lstrip("و") == _SINCE for a, b in ctx.word_spans(c0, m.start, last=8))


_SINCE = normalize("منذ")
_YEAR_WORDS = frozenset(normalize(w) for w in ("عام", "العام", "سنة", "السنة"))


def since_year(ctx: Context, pos: int) -> bool:
    """The year or date at ``pos`` opens a span that runs to now, «منذ» right before it (a word
    of year between at most: «في أكبر هجوم صاروخي منذ عام 2006»): no history told."""
    words = [ctx.norm(a, b) for a, b in ctx.word_spans(max(0, pos - 20), pos, last=2)]
    return bool(words) and (words[-1] == _SINCE or len(words) == 2 and words[0] == _SINCE and words[1] in _YEAR_WORDS)


def _up_to_now(ctx: Context, m: Mention) -> bool:
    """A span that runs up to publication («خلال الأيام الأخيرة», «هذا الأسبوع»): it dates the
    sentence it stands in, not the article."""
    pub = ctx.doc.article.published
    return pub is not None and _when(m).precision > 1 and (m.data or {}).get("end_date") == pub.isoformat()


def event_date(ctx: Context, s: Sent, h: THit, default: When) -> When:
    in_sent = [m for m in ctx.dates.within(s.start, s.end) if _when(m).day and not _dates_relative(ctx, h.end, m)
               and not _accused_of(ctx, m) and not _dates_what_came_before(ctx, m, h.start)
               and not _joint_between(ctx, h.end, m.start) and not _dates_what_is_to_come(ctx, s, m, h)
               and not _of_the_grievance(ctx, m)]
    if in_sent:
        c0, c1 = s.clause_of(h.start)
        same = [m for m in in_sent if c0 <= m.start < c1]
        pick = min(same or in_sent, key=lambda m: abs(m.start - h.start))
        return _when(pick)
    p0, _ = ctx.paras[s.para]
    # not a span up to publication told in another sentence («لم ينفذ أي طلعات خلال الأيام
    # الماضية»): it dates that sentence only
    prev = [m for m in ctx.dates.within(p0, s.start) if _when(m).day and not _up_to_now(ctx, m)
            and not _dates_relative(ctx, ctx.sent_at(m.start).start, m)]
    if prev:
        return _when(prev[-1])
    return default


def grievance_span(ctx: Context, s: Sent, pos: int) -> tuple[int, int] | None:
    """The words of what a crowd protests after ``pos`` in the sentence: from a word of grievance
    (cues.yaml ``grievance``: «تنديدا», «احتجاجا») to the end of its clause and of the relative
    clauses after it («تنديدا باغتيال الصحفية، التي قتلت ... يوم الأربعاء»), or to a verb of
    result («ونتج عن ذلك اندلاع أعمال شغب»; nor «، ما أدى إلى مقتل شاب», a clause of its own)."""
    found = ctx.words_of_set(pos, s.end, "grievance")
    if not found:
        return None
    cut = found[0][0]
    end = s.clause_of(cut)[1]
    relative = ctx.lex.words("relative")
    while end < s.end:
        first = ctx.word_spans(end, s.end, first=1)
        if not first or ctx.norm(*first[0]) not in relative:
            break
        end = s.clause_of(first[0][0])[1]
    results = ctx.words_of_set(cut, end, "result_verbs")
    return cut, results[0][0] if results else end


def _of_the_grievance(ctx: Context, m: Mention) -> bool:
    """«تظاهر مئات الفلسطينيين تنديدا باغتيال الصحفية، التي قتلت ... يوم الأربعاء»: a date in the
    words of a grievance dates what is protested."""
    s = ctx.sent_at(m.start)
    memo: dict[int, tuple[int, int] | None] = ctx.memo.setdefault("grievance", {})  # type: ignore[assignment]
    if s.start not in memo:  # worked out once per sentence
        memo[s.start] = grievance_span(ctx, s, s.start)
    span = memo[s.start]
    return span is not None and span[0] < m.start < span[1]


def _dates_what_is_to_come(ctx: Context, s: Sent, m: Mention, h: THit | None = None) -> bool:
    """The date stands in a clause (not the event word's) that opens with a verb of what starts
    or ends later (cues.yaml ``to_come``): «توصلت روسيا وتركيا إلى اتفاق ...، يبدأ سريانه منتصف ليل
    الخميس - الجمعة» (the ceasefire's start, not the day of the agreement)."""
    c0, c1 = s.clause_of(m.start)
    if h is not None and c0 <= h.start < c1:
        return False
    first = ctx.word_spans(c0, c1, first=1)
    return bool(first) and ctx.norm(*first[0]).lstrip("و") in ctx.lex.words("to_come")


def _joint_between(ctx: Context, start: int, end: int) -> bool:
    """A joint that opens a telling of what else happened («فيما», «بينما», «في حين»; not «حيث»,
    which goes on with the same) stands between: «قتل 8 مدنيين في غارة ...، في حين نزح أكثر
    من 80 ألف شخص خلال الأيام الماضية» (the date is the displacement's)."""
    return phrase_in([ctx.norm(a, b) for a, b in ctx.word_spans(start, end)], ctx.lex.words("report_joints") - _GOES_ON)


def phrase_in(words: list[str], phrases: frozenset[str]) -> bool:
    """One of the one- or two-word ``phrases`` (normalised) among the normalised ``words``."""
    return any(w in phrases or f"{w} {n}" in phrases for w, n in zip(words, words[1:] + [""]))


_GOES_ON = frozenset((normalize("حيث"),))


def breakdown(ctx: Context, s: Sent, cas: Casualties, trigger: THit) -> list[tuple[Mention, int, Span]]:
    """The dead of one toll told place by place after it: (place, count, evidence) for each
    part, when the parts add up to the toll («، 3 منهم في بلدة كفرنبل و2 في بلدة حاس»), or for one
    part with an event word of its own and less than the toll («بينهم 11 في قصف استهدف منزلا في
    مخيم النصيرات»); else nothing."""
    if not cas.fatalities or cas.fatalities_span is None:
        return []
    parts: list[tuple[Mention, int, Span]] = []
    own_event = False
    for q in ctx.quantities.within(cas.fatalities_span.end, s.end):
        words = ctx.word_spans(q.end, min(s.end, q.end + 60), first=4)
        norms = [ctx.norm(a, b) for a, b in words]
        k = 1 if norms[:1] and norms[0] in OF_THEM else 0
        if len(norms) <= k + 1 or norms[k] != "في":
            continue
        after = words[k][1]
        # «في قصف استهدف منزلا ... في مخيم النصيرات»: an event word after the toll's own
        told = words[k + 1][0] >= trigger.end and bool(ctx.triggers.within(*words[k + 1]))
        end = s.clause_of(after)[1] if told else min(s.end, after + 30)
        place = next((m for m in ctx.places.within(after, end) if usable(ctx, m)), None)
        if place is None or not told and ctx.words(after, place.start) > 1:
            continue
        own_event = own_event or told
        parts.append((place, int((q.data or {}).get("value", 0)), Span.of(ctx.text, q.start, place.end)))
    total = sum(n for _, n, _ in parts)
    if not parts or total > cas.fatalities or total < cas.fatalities and not own_event \
            or len(parts) < 2 and not own_event:
        return []
    return parts


OF_THEM = frozenset(normalize(w) for w in ("منهم", "منهما", "منهن"))  # «3 منهم»: a part of those counted
