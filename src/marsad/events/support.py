"""Is a frame a reported event? The checks that keep topics and background out of the events.

«موجة الاغتيالات» (a wave of killings, a topic), «بعد الهجوم» (background), «وقع الهجوم عند
تجمع المصلين» (the attack the reader was already told of) make no event; «انفجرت سيارة
مفخخة», «قتل مسلحون مجهولون ضابطا», «تعرضت نقطة للجيش التركي لقصف مدفعي» do. The ``events``
stage (``extract.py``) asks ``violence_reported`` and ``protest_reported`` once per frame; the
smaller checks here (``background``, ``past_verb``, ``definite`` ...) are shared with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from marsad.events.arguments import (
    AGENT_PHRASES, Casualties, after_qad, after_that_he, breakdown, dates_only, light_verb, party_of,
    retaliated_at, start_before_aside, subject_after_that, that_between, to_party, usable, word_after, word_before, _a_country,
    _exposed, _exposed_before_aside, _victim_right_after, object_pronoun,
)
from marsad.events.certainty import certainty, suspected
from marsad.events.context import Context, Sent, THit, definite, title_start
from marsad.model import Mention
from marsad.text.normalize import normalize

if TYPE_CHECKING:
    from marsad.events.extract import Frame


_ENTRY_HEAD = re.compile(r"[\s*•ـ\-–—0-9]*")

_ENTRY_COLON = re.compile(r"[\s)(\u0600-\u06ff]{0,20}?:")

# the agent phrase at most two words after a passive's noun, in the normalised text (where «على»
# is written «علي»: the phrases come normalised from ``arguments``)
_BY_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}(?:" + "|".join(map(re.escape, AGENT_PHRASES)) + r")\s")

# «مسؤوليته عن», maybe after the channel of the claim («عبر وكالة أعماق التابعة له،», «في بيان»)
# (and after who backs the claimer: «قوات سوريا الديمقراطية المدعومة من الولايات المتحدة، الثلاثاء،»)
# (the claimer may be a force named with the party it belongs to: «أعلنت القوات المسلحة اليمنية
# التابعة لجماعة الحوثي استهداف السفينة»)
_RESPONSIBILITY = re.compile(r"^\s*(?:(?:ال)?تابع(?:ه|ين|ون)?\s+ل\s*)?(?:(?:ال)?مدعوم(?:ه|ين|ون)?\s+من\s+(?:\S+\s*){1,3}?)?"
                             r"(?:(?:عبر|في|من خلال)\s+(?:\S+\s+){0,5}?)?(?:\S*ولي\S*\s+عن\s*)?"
                             r"(?:(?:تنفيذ|شن)\s*)?$")  # «أعلنت جماعة الحوثي تنفيذ هجوم»

# «تبنت الحركة المسؤولية عن عملية تفجير»: a claim of responsibility, whoever «الحركة» is
_CLAIMED = re.compile(r"(?:^|\s)\S?تبن(?:ى|ي|ت|وا|ا)\s+(?:\S+\s+){0,3}\S*ولي\S*\s+عن\s+(?:\S+\s+)?$")

_PROJECTILES = frozenset(("shelling", "airstrike", "grenade"))

_ARREST_OBJECT = normalize("القبض")


def timeline_entry(ctx: Context, s: Sent) -> bool:
    """«* 21 مايو (أيار) 2005: اغتيال جورج حاوي ...»: a line of a chronology, headed by its date
    and a colon, reports a dated event however old it is."""
    head = _ENTRY_HEAD.match(ctx.text, s.start).end()
    for m in ctx.dates.within(s.start, min(s.end, s.start + 40)):
        if m.start <= head + 3 and _ENTRY_COLON.match(ctx.text, m.end):
            return True
    return False


def _glued_preposition(h: THit) -> bool:
    """Is the event word governed by a glued «لـ» or «بـ» («للهجوم», «بالقصف», «لقصف»; not the
    article's «ل» of «الاشتباكات»)?"""
    prefix = h.hit.prefix
    if prefix.endswith("لل"):
        prefix = prefix[:-1]  # «للهجوم»: «لـ» before the article
    elif prefix.endswith("ال"):
        prefix = prefix[:-2]
    return bool({"ل", "ب"} & set(prefix))


@dataclass
class _Case:
    """What the checks of ``violence_reported`` look at: one violence frame in its sentence."""

    ctx: Context
    f: "Frame"
    how: str  # where its place was found: "clause" (the event word's clause) or "sentence"
    cas: Casualties
    cand: Mention | None  # who did it, when the sentence names someone
    s: Sent
    first: THit  # the frame's first word
    live: list[THit]  # its words that do not stand as background («بعد الهجوم»)
    casualty: list[THit]  # of those, the casualty words («قتل», «أصيب»)
    events: list[THit]  # and the event words («هجوم», «قصف»)
    _nouns: list[THit] | None = None

    @classmethod
    def of(cls, ctx: Context, f: "Frame", how: str, cas: Casualties, cand: Mention | None) -> "_Case":
        live = [h for h in f.hits if not background(ctx, h)]
        casualty = [h for h in live if ctx.lex.family(h.name).casualty]
        events = [h for h in live if not ctx.lex.family(h.name).casualty]
        return cls(ctx, f, how, cas, cand, f.sent, min(f.hits, key=lambda h: h.start), live, casualty, events)

    def nouns(self) -> list[THit]:
        """Event nouns not governed by «لـ»/«بـ» («للهجوم»: a topic), unless one suffered them."""
        if self._nouns is None:
            ctx, s = self.ctx, self.s
            self._nouns = [h for h in self.events if h.hit.entry.pos != "verb"
                           and (not _glued_preposition(h) or _exposed(ctx, s.clause_of(h.start)[0], h))]
        return self._nouns


def _responsibility_claimed(c: _Case) -> bool:
    """«تبنى التنظيم مسؤوليته عن تفجير»: «عن» before the first event noun is no background here."""
    return c.first.hit.entry.pos != "verb" and _announced(c.ctx, c.s, c.first)


def _responsibility_laid(c: _Case) -> bool:
    """«حملت وزارة الداخلية جماعة الحوثي المسؤولية عن تفجير عبوة ناسفة», «اتهمت أنقرة الوحدات
    بالمسؤولية عن الهجوم»: «عن» before the first event noun is no background when an accusation
    names who is responsible for it; the event took place, who did it is alleged."""
    ctx, s, first = c.ctx, c.s, c.first
    if first.hit.entry.pos == "verb" or not _LAID.search(ctx.norm(max(s.clause_of(first.start)[0], first.start - 40),
                                                                     first.start)):
        return False
    accused = suspected(ctx, s)
    return accused is not None and accused.end <= first.start


# «... المسؤولية عن», «بالمسؤولية عن (عملية)»: right before the event noun
_LAID = re.compile(r"(?:^|\s)\S*مس[وي]ولي\S*\s+عن\s+(?:\S+\s+)?$")


def _told_as_background(c: _Case) -> bool:
    """«بعد الهجوم», «غداة اعتداء»: the frame opens as background; but «13 شخصا ... مسؤولون عن
    اغتيال رجل دين، قتلوا في ضربة جوية» has counted dead with their own verb in another clause."""
    ctx, first = c.ctx, c.first
    if not background(ctx, first):
        return False
    other = [h for h in c.f.hits if c.s.clause_of(h.start) != c.s.clause_of(first.start) and not background(ctx, h)]
    # nor «اقتحموا فندقا ... بعد تفجير سيارة مفخخة عند مدخله، واشتبكوا مع قوات الأمن»: an event
    # verb of its own, later in the sentence
    return not (c.cas.fatalities and any(past_verb(h) and h.hit.suffix == "وا" for h in other)
                or any(past_verb(h) and h.hit.entry.tense is None and h in c.events and h.start > first.start
                       for h in other))


def _rising_toll_of_event(c: _Case) -> bool:
    """«ارتفع إلى 18 عدد الذين قتلوا جراء الغارات الجوية ... على مدينة إدلب»: a rising toll
    (cues.yaml ``toll``) counts the dead of an event word of the sentence that stands as no
    background, and is no running total."""
    ctx, s = c.ctx, c.s
    live = [h for h in c.live if not ctx.lex.family(h.name).casualty]
    return bool(c.cas.fatalities or c.cas.injured) and bool(ctx.cue("toll", s.start, s.end)) and bool(live) \
        and (not _tally(ctx, c.f) or _day_toll_by_place(c, live[0]))


def _day_toll_by_place(c: _Case, h: THit) -> bool:
    """«ارتفع إلى 12 عدد الذين قضوا ... منذ صباح اليوم، هم 5 في كفرنبل و4 في معرة النعمان و3 في
    اللطامنة»: the day's toll told place by place is one event at each place."""
    ctx, s = c.ctx, c.s
    return bool(ctx.cue("day_window", s.start, s.end)) and not ctx.cue("tally", s.start, s.end) \
        and len(breakdown(ctx, s, c.cas, h)) > 1


def _undated_tally(c: _Case) -> bool:
    """«ارتفع عدد القتلى منذ بدء الحملة»: a running total with no day of its own (the day it runs
    from is none: «ارتفع إلى 745 ... منذ يوم الخميس»)."""
    return _tally(c.ctx, c.f) and not any(_dated(c.ctx, c.s, h, since=False) for h in c.f.hits)


GENERIC = "attack"  # the trigger family of «الهجوم», «الضربات», «الاعتداء»: any violent event


def _scattered_toll(c: _Case) -> bool:
    """«مقتل 7 أشخاص في مناطق متفرقة» (cues.yaml ``scattered``): dead counted over many places,
    with no event word but the generic one: a sum of events, not one."""
    return bool(c.ctx.cue("scattered", c.s.start, c.s.end)) and all(h.name == GENERIC for h in c.events)


def _monthly_count(c: _Case) -> bool:
    """«وثق مكتب توثيق الشهداء 34 عملية اغتيال خلال حزيران الماضي»: a number of events (a count
    right before the event word, a nominal head between at most) over a month or more (a date of
    month precision in the clause): a tally, not one event."""
    ctx = c.ctx
    for h in c.f.hits:
        c0, c1 = c.s.clause_of(h.start)
        if not any((m.data or {}).get("time_precision", 1) >= 3 for m in ctx.dates.within(c0, c1)):
            continue
        for q in ctx.quantities.within(c0, h.start):
            end = (q.data or {}).get("noun_end") or q.end
            between = ctx.word_spans(q.end, h.start)
            if end <= h.start and len(between) <= 1 and all(ctx.cue_at("nominal_head", a) for a, _b in between):
                return True
    return False


def _in_a_past_rule(c: _Case) -> bool:
    """«رفات أكثر من 200 شخص يعتقد أنهم قتلوا على يد تنظيم داعش خلال سيطرته على المدينة»: the
    violence of a group's rule over a place, a word of a stretch of time (triggers.yaml territory
    ``background_after``) before its word of rule with a pronoun (cues.yaml ``rule``): history,
    not the day's news."""
    ctx = c.ctx
    for t in ctx.triggers.within(c.s.start, c.s.end):
        fam = ctx.lex.family(t.name)
        if fam.group != "territory" or not fam.background_after or not any(h.end <= t.start for h in c.f.hits) \
                or ctx.norm(t.start, t.end).lstrip("وب") not in ctx.lex.words("rule"):
            continue
        prev = ctx.word_spans(max(0, t.start - 40), t.start, last=2)
        if any(ctx.norm(a, b) in fam.background_after for a, b in prev):
            return True
    return False


def _court_execution(c: _Case) -> bool:
    """«اعدموا شنقا امس» with a court in the sentence: a sentence carried out, no political violence."""
    ctx = c.ctx
    return all(h.name == "execution" for h in c.f.hits if not ctx.lex.family(h.name).casualty) \
        and bool(ctx.cue("judicial", c.s.start, c.s.end))


def _victims_told_before(c: _Case) -> bool:
    """«نقل جثمان القتيل والجريحين»: only definite casualty nouns, the victims of an event told before."""
    return bool(c.live) and all(c.ctx.lex.family(h.name).casualty and h.hit.entry.pos == "noun"
                                and "ال" in h.hit.prefix for h in c.live)


def _event_retold(c: _Case) -> bool:
    """«الهجوم وقع عند تجمع المصلين»: the attack the reader was told of, retold without a toll."""
    return bool(c.live) and not (c.cas.fatalities or c.cas.injured) and all(
        definite(h) and h.strength < 2 and not _dated(c.ctx, c.s, h) for h in c.live)


def _found_dead(c: _Case) -> bool:
    """«عثر أهالي بلدة نوى على جثة رجل ... وعليها آثار تعذيب»: a body found (cues.yaml ``found``
    before the body word, in its clause) with the marks of violence at most 8 words after it."""
    ctx, s = c.ctx, c.s
    found = ctx.lex.words("found")
    for body in c.casualty:
        if body.hit.entry.pos != "noun" or body.hit.entry.key not in ctx.lex.words("bodies"):
            continue
        c0 = s.clause_of(body.start)[0]
        if not any(ctx.norm(a, b).lstrip("و") in found for a, b in ctx.word_spans(c0, body.start)):
            continue
        if any(h.start > body.end and ctx.words(body.end, h.start) <= 8 for h in c.events):
            return True
    return False


def _with_toll(c: _Case) -> bool:
    """Counted dead or wounded, unless only casualty words in an accident («حادث سير»)."""
    return bool(c.cas.fatalities or c.cas.injured) and not (
        len(c.casualty) == len(c.live) and bool(c.ctx.cue("accident", c.s.start, c.s.end)))


def _past_event_verb(c: _Case) -> bool:
    """«انفجرت سيارة», «هاجم مسلحون»."""
    return any(past_verb(h) for h in c.events)


def _past_casualty_verb_with_specific_event(c: _Case) -> bool:
    """«قتل ... في هجوم انتحاري»: a past casualty verb with a specific event word."""
    return any(past_verb(h) for h in c.casualty) and any(h.strength >= 2 for h in c.events)


def _casualty_noun_with_specific_event(c: _Case) -> bool:
    """«أعلنت مصادر طبية مقتل مدنيين في غارة إسرائيلية على خان يونس أمس»: the noun of «قتل ...
    في غارة», its specific event word after it in its clause new (not definite), the place in
    that clause or the date at the event word."""
    ctx, s = c.ctx, c.s
    for h in c.casualty:
        if h.hit.entry.pos != "noun" or h.hit.entry.strength < 2 or definite(h):
            continue  # not «توفي» (a noun of the lexicon, weak): a death, not a killing
        c1 = s.clause_of(h.start)[1]
        for o in c.events:
            if h.end <= o.start < c1 and o.hit.entry.strength >= 2 and not definite(o) \
                    and (c.how in ("clause", "anaphor") or _dated(ctx, s, o)):
                return True
    return False


def _killer_named(c: _Case) -> bool:
    """«قتلهم مسلحون في بغداد أمس»: a past casualty verb carrying its victims as a pronoun (an
    active verb), with who did it named after it."""
    return c.cand is not None and any(past_verb(h) and object_pronoun(h) for h in c.casualty)


def _suffered(c: _Case) -> bool:
    """«تعرضت نقطة للجيش التركي في محيط بلدة سرمين لقصف مدفعي»: what it suffered, placed in the
    clause; or after an aside between commas, with a specific event word («تعرضت قاعدة عين الأسد
    ... في محافظة الأنبار غربي العراق، مساء الثلاثاء، لهجوم بطائرتين مسيرتين»)."""
    ctx, s = c.ctx, c.s
    specific = any(h.strength >= 2 for h in c.events)
    for h in c.events:
        if h.hit.entry.pos != "noun":
            continue
        c0 = s.clause_of(h.start)[0]
        if c.how == "clause" and h.strength >= 2 and _exposed(ctx, c0, h):
            return True
        if specific and ctx.words(c0, h.start) == 0 and _exposed_before_aside(ctx, h):
            return True
    return False


def _weak_past_with_specifics(c: _Case) -> bool:
    """«استهدفت قوات النظام بأكثر من 40 قذيفة قرى», «طائرة مسيرة ... استهدفت موقعا»."""
    return any(_weak_past(h) and _specific_in_clause(c.s, h, c.events) for h in c.events)


def _armed_struck_armed(c: _Case) -> bool:
    """SANA: «وحدات الجيش استهدفت تجمعات للإرهابيين», «استهدف مسلحون دورية للجيش التركي»."""
    cand = c.cand
    return cand is not None and to_party(c.ctx, cand, None).armed and any(
        _weak_past(h) and _armed_object(c.ctx, c.s, h, max(h.end, cand.end)) for h in c.events)


def _executed_by_armed_group(c: _Case) -> bool:
    """«أعدمت خلايا تنظيم الدولة رجلا ذبحا»: an armed group that is no state put someone to death
    (ACLED's attack; a state's executions are its courts')."""
    ctx, cand = c.ctx, c.cand
    if cand is None or cand.mention is None or (cand.mention.data or {}).get("generic"):
        return False
    # the group named as the subject right after the verb (not «قبضت عليه حماس واعدمته»: who held
    # him; not «وأعدموا المدنيين» after the massacre told: the same killing)
    if not any(h.name == "execution" and _weak_past(h) and h.end <= cand.start and ctx.words(h.end, cand.start) == 0
               for h in c.events):
        return False
    party = to_party(ctx, cand, None)
    return party.armed and not party.is_state and not ctx.cue("judicial", c.s.start, c.s.end)


def _aircraft_struck(c: _Case) -> bool:
    """«مسيرة إسرائيلية استهدفت دراجة نارية»: a generic past verb whose subject is an aircraft or
    a drone (an air word in the attacker's name): an air strike."""
    cand = c.cand
    return cand is not None and bool(c.ctx.cue("air", cand.start, cand.end)) and any(_weak_past(h) for h in c.events)


def _chronology_line(c: _Case) -> bool:
    """«* 21 مايو 2005: اغتيال جورج حاوي في اعتداء بسيارة مفخخة»."""
    return bool(c.events) and timeline_entry(c.ctx, c.s) and not background(c.ctx, c.events[0])


def _projectiles_launched(c: _Case) -> bool:
    """«أطلقت طائرة بلا طيار صواريخ على بيتين», «قاموا باطلاق ثلاثة صواريخ»."""
    return any(h.name in _PROJECTILES and h.hit.entry.pos != "verb" and _launched(c.ctx, c.s, h) for h in c.events)


def _opening_event_verb(c: _Case) -> bool:
    """«قصف الجيش السوري مواقع المسلحين»: a bare form opening its clause, then its subject."""
    return any(_opening_verb(c.ctx, c.s, h, c.cand) for h in c.events)


def _opening_casualty(c: _Case) -> bool:
    """«قتل مسلحون مجهولون ضابطا», «قتل جنود في اشتباكات»."""
    return any(_opening_casualty_verb(c.ctx, c.s, h, c.events, c.cand) for h in c.casualty)


def _killed_by_means(c: _Case) -> bool:
    """«عنصر في "قسد" قتل باستهداف من قبل خلايا التنظيم», «مدني قتل برصاص قناص»: a bare «قتل»
    right after the people it names is the passive verb, when an event word with «ب» follows at
    once (how they died)."""
    ctx, s = c.ctx, c.s
    for h in c.casualty:
        if h.hit.prefix or h.hit.suffix or not _bare_verb(ctx, h):
            continue
        who = ctx.actors.within(max(s.start, h.start - 40), h.start)
        means = next((o for o in c.events if o.start >= h.end and ctx.words(h.end, o.start) == 0), None)
        if who and ctx.words(who[-1].end, h.start) == 0 and means is not None and means.hit.prefix == "ب":
            return True
    return False


def _bare_verb_dated_or_with_subject(c: _Case) -> bool:
    """«خطف من منزله مساء امس», «وفجر المهاجمون قنابلهم»."""
    ctx, s = c.ctx, c.s
    return any(_bare_verb(ctx, h) and (_dated(ctx, s, h) or _subject_after(ctx, s, h)) for h in c.events)


def _carried_out_by(c: _Case) -> bool:
    """«الهجوم نفذه انتحاري يدعى ...», «أعلن حزب الله استهداف موقع», «أعلنت وزارة الدفاع التركية
    تنفيذ عملية جوية»: who carried it out."""
    ctx, s = c.ctx, c.s
    return any(h.hit.entry.pos != "verb" and (_claimed_by(ctx, s, h) or _announced(ctx, s, h)
                                               or teller_announced(ctx, s, h)) for h in c.events)


def teller_announced(ctx: Context, s: Sent, h: THit) -> bool:
    """«أعلنت وزارة الدفاع التركية، الأحد، تنفيذ عملية جوية»: an official source that speaks for
    a side announces, with a verb of announcing, that it did the event noun (cues.yaml
    ``teller_doing`` right before it; nothing but a date between the source and that word)."""
    prev = ctx.word_spans(max(s.start, h.start - 20), h.start, last=1)
    if h.hit.entry.pos == "verb" or not prev or ctx.words(prev[0][1], h.start) \
            or ctx.norm(*prev[0]) not in ctx.lex.words("teller_doing"):
        return _teller_acts_first(ctx, s, h)
    told = ctx.outlets.within(s.start, prev[0][0])
    if not told or _between_names(ctx, told[-1].end, prev[0][0]):
        return False
    return _announcing_side(ctx, s, told[-1])


def _teller_acts_first(ctx: Context, s: Sent, h: THit) -> bool:
    """«أعلنت وزارة الدفاع التركية تدمير 8 دبابات وقتل عشرات الجنود السوريين في غارات»: the
    official source's first words after it are a deed of its own side (cues.yaml ``teller_acts``),
    and the event word is in that clause."""
    for m in ctx.outlets.within(s.clause_of(h.start)[0], h.start):
        nxt = word_after(ctx, m.end, h.start)
        if nxt is not None and (m.data or {}).get("actor") and ctx.norm(*nxt) in ctx.lex.words("teller_acts"):
            return _announcing_side(ctx, s, m)
    return False


def _announcing_side(ctx: Context, s: Sent, m: Mention) -> bool:
    """The official source ``m`` speaks for a side and follows a verb of announcing, first in
    its clause after it («أعلنت وزارة الدفاع التركية»)."""
    before = ctx.word_spans(s.clause_of(m.start)[0], m.start, last=1)
    return bool((m.data or {}).get("actor")) and bool(before) and ctx.cue_at("announce", before[0][0]) is not None


def _alleged_act(c: _Case) -> bool:
    """«اتهمت المعارضة قوات النظام بقصف بلدة»: an allegation (certainty "claimed")."""
    return any(alleged(c.ctx, c.s, h, c.cand) for h in c.events)


def _alleged_with_specifics(c: _Case) -> bool:
    """«اتهمت حماس إسرائيل بارتكاب مجزرة في مدرسة بحي الدرج، قتل فيها 30 شخصا»: an allegation
    with its place or its dead tells the event (claimed), though «بارتكاب» is background too; so
    does one of killing with its count («اتهمت منظمات حقوقية قوات الدعم السريع بقتل أكثر من 800
    شخص»)."""
    return any(alleged(c.ctx, c.s, h, c.cand) and (c.cas.fatalities or _placed(c.ctx, c.s, h))
               for h in c.f.hits if not c.ctx.lex.family(h.name).casualty) \
        or bool(c.cas.fatalities) and any(alleged(c.ctx, c.s, h, c.cand) for h in c.casualty)


def _denied_act(c: _Case) -> bool:
    """«نفى الجيش التركي قصف قرى»: what is denied is kept, as "denied"."""
    return any(h.hit.entry.pos == "noun" and certainty(c.ctx, c.s, h) == "denied" for h in c.events)


def _passive_with_agent(c: _Case) -> bool:
    """«تم اغتصابها من قبل عدة ضباط»: a passive with its agent."""
    return any(h.hit.entry.pos != "verb" and _passive_by(c.ctx, c.s, h) for h in c.events)


def _done_with_light_verb(c: _Case) -> bool:
    """«قام مسلحون بخطف», «أقدم مسلحون على خطف» («خطف»: the noun here); a noun governed by a
    preposition is otherwise a topic («للهجوم», «بالهجوم»)."""
    ctx, s = c.ctx, c.s
    # («شنت قوات الدعم السريع، فجر الأحد، هجوما»: a date between commas parts no clause)
    return any((h.hit.entry.pos != "verb" or _bare_verb(ctx, h)) and light_verb(ctx, start_before_aside(ctx, s, h.start), h)
               for h in c.events)


def _goes_on_with_report(c: _Case) -> bool:
    """«تواصل قوات النظام قصفها ...، حيث استهدفت صباح اليوم أماكن في بلدات التح وتلمنس»: a
    past verb with no subject of its own, in a report that goes on with the violent one before."""
    return c.cand is None and continues_report(c.ctx, c.s) and any(past_verb(h) or _weak_past(h) for h in c.events)


def continues_report(ctx: Context, s: Sent, joints: str = "where_joints") -> bool:
    """The report was split off its sentence by a joint of where (cues.yaml ``where_joints``;
    with ``joints="also_joints"``, of one more: «، كما») right after a report of violence: it
    tells more of that one."""
    if s.idx == 0:
        return False
    prev = ctx.sents[s.idx - 1]
    if prev.end != s.start or prev.para != s.para:
        return False
    first = ctx.word_spans(s.start, s.end, first=1)
    return bool(first) and ctx.norm(*first[0]) in ctx.lex.words(joints) \
        and any(ctx.lex.family(t.name).group == "violence" for t in ctx.triggers.within(prev.start, prev.end))


def _generic_topic(c: _Case) -> bool:
    """«عمليات», «هجمات» with a generic cue («حالات», «موجة») and no specific event noun."""
    return bool(c.ctx.cue("generic", c.s.start, c.s.end)) and all(h.strength < 2 for h in c.nouns())


def _at_the_same_time(c: _Case) -> bool:
    """«، تزامنا مع قصف مدفعي مكثف على بلدتي كفرزيتا واللطامنة»: an event noun right after a
    joint of what happened at the same time (cues.yaml ``concurrent_joints``), with its place."""
    if c.how != "clause":
        return False
    joints = c.ctx.lex.words("concurrent_joints")
    for h in c.nouns():
        prev = c.ctx.word_spans(max(c.s.start, h.start - 30), h.start, last=2)
        if len(prev) == 2 and f"{c.ctx.norm(*prev[0])} {c.ctx.norm(*prev[1])}" in joints:
            return True
    return False


def _broke_out_there(c: _Case) -> bool:
    """«، واندلعت مواجهات بين الشبان وقوات الاحتلال»: where the sentence said."""
    return c.how == "sentence" and any(_broke_out(c.ctx, c.s, h) for h in c.nouns())


# In order, each check with the answer it gives when it holds; the first that holds decides.
_CHECKS: tuple[tuple[Callable[[_Case], bool], bool], ...] = (
    (_responsibility_claimed, True),
    (_responsibility_laid, True),
    (_alleged_with_specifics, True),
    (_rising_toll_of_event, True),
    (_told_as_background, False),
    (_undated_tally, False),
    (_scattered_toll, False),
    (_monthly_count, False),
    (_in_a_past_rule, False),
    (_court_execution, False),
    (_victims_told_before, False),
    (_event_retold, False),
    (_with_toll, True),
    (_found_dead, True),
    (_past_event_verb, True),
    (_past_casualty_verb_with_specific_event, True),
    (_casualty_noun_with_specific_event, True),
    (_killer_named, True),
    (_suffered, True),
    (_weak_past_with_specifics, True),
    (_armed_struck_armed, True),
    (_aircraft_struck, True),
    (_executed_by_armed_group, True),
    (_chronology_line, True),
    (_projectiles_launched, True),
    (_opening_event_verb, True),
    (_opening_casualty, True),
    (_killed_by_means, True),
    (_bare_verb_dated_or_with_subject, True),
    (_carried_out_by, True),
    (_alleged_act, True),
    (_denied_act, True),
    (_passive_with_agent, True),
    (_done_with_light_verb, True),
    (_goes_on_with_report, True),
    (_generic_topic, False),
    (_broke_out_there, True),
    (_at_the_same_time, True),
)


def violence_reported(ctx: Context, f: "Frame", how: str, cas: Casualties, cand: Mention | None) -> bool:
    """Is the violence frame a reported event rather than a topic («موجة الاغتيالات», «حالات
    التعذيب») or background («وتأتي هذه العملية بعد هجوم انتحاري ...»)? It needs an anchor:
    counted victims; a past event verb («انفجرت», «هاجم مسلحون»); a past casualty verb with a
    specific event word («قتل ... في هجوم انتحاري»); or an event noun that something happens
    to in its clause («وقع الهجوم», «أسفر الانفجار») with a place or a date. The checks of
    ``_CHECKS`` are asked in order; ``why_reported`` names the one that decided."""
    return why_reported(ctx, f, how, cas, cand)[0]


def why_reported(ctx: Context, f: "Frame", how: str, cas: Casualties,
                 cand: Mention | None) -> tuple[bool, str]:
    """``violence_reported``'s answer and the name of the check that gave it."""
    c = _Case.of(ctx, f, how, cas, cand)
    for check, verdict in _CHECKS:
        if check(c):
            return verdict, check.__name__.lstrip("_")
    return _occurs_where_or_when(c), "occurs_where_or_when"


def _occurs_where_or_when(c: _Case) -> bool:
    """«وقع الهجوم», «أسفر الانفجار»: something happens to an event noun, and the clause has
    its place or the noun its date."""
    ctx, s = c.ctx, c.s
    # the place in its clause, or the town it points back to there («في محيط المخيم»)
    pinned = c.how in ("clause", "anaphor") or any(_dated(ctx, s, h) for h in c.nouns())
    if c.how == "sentence" and any(witnessed(ctx, s, h) for h in c.nouns()):
        return True  # «شهدت مدينة الزاوية، مساء الجمعة، اشتباكات»: the place witnessed it
    # or the place in the clause of the noun something happens to, when the frame's main word
    # stands in an aside («رصد المرصد استهداف الفصائل لمواقع في محور الملاجة، بالقذائف الصاروخية»)
    return any((pinned or _placed(ctx, s, h)) and (_occurs(ctx, s, h) or witnessed(ctx, s, h)) for h in c.nouns())


def _placed(ctx: Context, s: Sent, h: THit) -> bool:
    """A town or region (no country) after the noun in its clause."""
    return any(usable(ctx, m) for m in ctx.places.within(h.end, s.clause_of(h.start)[1]))


def _armed_object(ctx: Context, s: Sent, h: THit, start: int) -> bool:
    """Armed men, a military thing, or a unit of an armed force from ``start`` (after the verb
    and its subject) to the end of the verb's clause: what an armed agent struck («تجمعات
    للإرهابيين», «آليات», «دورية من الجيش التركي»)."""
    c1 = s.clause_of(h.start)[1]
    if ctx.cue("victim_armed", start, c1) or ctx.cue("military_object", start, c1):
        return True
    units = ctx.lex.words("units")
    for a, b in ctx.word_spans(start, c1, first=3):
        if ctx.norm(a, b).lstrip("و") in units:
            return any(party_of(m).armed for m in ctx.actors.within(b, b + 40) if ctx.words(b, m.start) <= 1)
    return False


def _passive_by(ctx: Context, s: Sent, h: THit) -> bool:
    """«تم» right before the event noun and «من قبل» / «على يد» right after it (at most two
    words between): done, by someone."""
    prev = word_before(ctx, s.start, h.start)
    if prev is None or ctx.norm(*prev).lstrip("و") != "تم":
        return False
    nxt = ctx.norm(h.end, min(s.end, h.end + 40))
    return bool(_BY_AFTER.match(nxt))


def alleged(ctx: Context, s: Sent, h: THit, cand) -> bool:  # type: ignore[no-untyped-def]
    """An event noun with «بـ» after «اتهم» and the armed party accused of it («اتهمت المعارضة
    قوات النظام بقصف», «بقتل»)."""
    if h.hit.entry.pos != "noun" or cand is None or cand.mention is None:
        return False
    start = h.start
    prev = word_before(ctx, s.start, h.start)
    if prev is not None and ctx.norm(*prev) in ctx.lex.words("light_verbs"):
        start = prev[0]  # «اتهمت حماس إسرائيل بارتكاب مجزرة»
    elif "ب" not in h.hit.prefix and not h.hit.entry.key.startswith("ب"):  # (the form «بقتل»)
        return False
    c0, _ = s.clause_of(h.start)
    if not any(a.end <= cand.start and ctx.words(a.end, start) <= 6 for a in ctx.cue("accuse", c0, cand.start)):
        return False
    return cand.end <= start and ctx.words(cand.end, start) == 0 and (_a_country(cand) or to_party(ctx, cand, None).armed)


def _tally(ctx: Context, f: Frame) -> bool:
    """A count over time or a habit in the clause of an event word («قتل 13 جنديا ... حتى
    الآن», «مثل هذه التفجيرات»; the day so far in a sentence of a rising toll), and no event
    verb with its subject or count in another clause: not «دون ورود معلومات عن خسائر حتى الآن»
    elsewhere, nor «خطف مسلحون ... عددا من الاشخاص، حيث تكثر عمليات الخطف»."""
    tallied = False
    s = f.sent
    toll = bool(ctx.cue("toll", s.start, s.end))
    if all(ctx.lex.family(h.name).casualty for h in f.hits) and not any(
            ctx.places.within(*s.clause_of(h.start)) or ctx.dates.within(*s.clause_of(h.start)) for h in f.hits) \
            and (ctx.cue("tally", s.start, s.end) or _tally_before_comma(ctx, s)):
        return True  # «سيطرت الفصائل منذ بدء الهجوم على أكثر من 50 قرية ...، فيما قتل 255 شخصا»: its dead
    if not ctx.cue("tally", s.start, s.end) and not (toll and ctx.cue("day_window", s.start, s.end)):
        return False  # no count over time anywhere in the sentence
    for h in f.hits:
        c0, c1 = s.clause_of(h.start)
        if ctx.cue("tally", c0, c1) or toll and ctx.cue("day_window", c0, c1):
            tallied = True
        elif h.hit.entry.pos == "verb" and (_subject_after(ctx, s, h) or _counted_after(ctx, h)
                                            or past_verb(h) and not ctx.lex.family(h.name).casualty) \
                or h.hit.entry.pos == "noun" and (light_verb(ctx, c0, h) or _fired_before(ctx, c0, h)):
            # «... منذ صباح اليوم، حيث قضى 5 مواطنين في غارات»: one toll told apart; «اشتبك الجيش
            # الأذربيجاني مع القوات الأرمنية ...، وقالت الوزارة إن 158 من جنودها قتلوا منذ بدء المعارك»:
            # a deed told in a clause of its own (a light verb or one of firing before its noun:
            # «أطلقت فصائل فلسطينية 34 صاروخا ...، في أكبر هجوم صاروخي منذ عام 2006»)
            return False
    return tallied


def _tally_before_comma(ctx: Context, s: Sent) -> bool:
    """The sentence goes on from the one before it, cut at a comma («...، فيما قتل 255 شخصا»), and
    that one holds a tally cue."""
    if s.idx == 0:
        return False
    prev = ctx.sents[s.idx - 1]
    return prev.para == s.para and ctx.text[prev.start:s.start].rstrip().endswith(("،", ",")) \
        and bool(ctx.cue("tally", prev.start, prev.end))


def _fired_before(ctx: Context, c0: int, h: THit) -> bool:
    """A verb of firing (cues.yaml ``fired``) before the projectile word in its clause, six words
    back at most («أطلقت فصائل فلسطينية 34 صاروخا»)."""
    return bool(ctx.words_of_set(c0, h.start, "fired", last=6))


def _counted_after(ctx: Context, h: THit) -> bool:
    """A count right after the verb: its subject («قضى 5 مواطنين»)."""
    nxt = word_after(ctx, h.end, h.end + 20)
    return nxt is not None and bool(ctx.quantities.covering(nxt[0]))


def _subject_after(ctx: Context, s: Sent, h: THit) -> bool:
    """A bare form followed by a nominative plural («خطف مسلحون», «فجر المهاجمون»): a head noun
    would take the genitive («خطف المسلحين»), so the form is the verb and the plural its subject.
    So is one with a subject and a reflexive object after it («فجر انتحاري نفسه»)."""
    nxt = ctx.word_spans(h.end, s.end, first=2)
    if not nxt or ctx.words(h.end, nxt[0][0]) != 0:
        return False
    return ctx.norm(*nxt[0]).endswith("ون") or len(nxt) == 2 and ctx.norm(*nxt[1]) in ctx.lex.words("reflexive")


def _claimed_by(ctx: Context, s: Sent, h: THit) -> bool:
    """The event noun right before a verb that carried it out, with a pronoun for it («الهجوم
    نفذه انتحاري», «التفجير تبنته القاعدة»)."""
    nxt = ctx.word_spans(h.end, s.end, first=1)
    return bool(nxt) and ctx.cue_at("perpetrated", nxt[0][0]) is not None


def _announced(ctx: Context, s: Sent, h: THit) -> bool:
    if announcer(ctx, s, h) is not None:
        return True
    c0, _ = s.clause_of(h.start)
    return bool(_CLAIMED.search(ctx.norm(max(c0, h.start - 120), h.start)))


def announcer(ctx: Context, s: Sent, h: THit) -> Mention | None:
    """Who claims the event noun right after a claiming verb and its subject, maybe with
    «مسؤوليته عن»: «أعلن حزب الله استهداف موقع», «تبنى تنظيم داعش مسؤوليته عن تفجير».
    Worked out once per hit (the actor and the support rules both ask)."""
    memo: dict[tuple[int, int], Mention | None] = ctx.memo.setdefault("announcer", {})  # type: ignore[assignment]
    key = (h.start, h.end)
    if key not in memo:
        memo[key] = _find_announcer(ctx, s, h)
    return memo[key]


def _find_announcer(ctx: Context, s: Sent, h: THit) -> Mention | None:
    return _named_announcer(ctx, s, h) or _announced_again(ctx, s, h)


def _announced_again(ctx: Context, s: Sent, h: THit) -> Mention | None:
    """«كما أعلنت استهداف مستوطنة كريات شمونة» after «أعلنت المقاومة الإسلامية في بيان أن
    مجاهديها استهدفوا ...»: a verb of claiming with no subject, right before the event noun, at
    the head of the sentence after one whose claimer is named, is that claimer's again."""
    lead = ctx.word_spans(s.start, h.start)
    if not 1 <= len(lead) <= 2 or ctx.cue_at("announce", lead[-1][0]) is None \
            or len(lead) == 2 and ctx.norm(*lead[0]) not in _ALSO or s.idx == 0:
        return None
    prev = ctx.sents[s.idx - 1]
    if s.para - prev.para > 1:
        return None
    for cue in ctx.cue("announce", prev.start, prev.end):
        after = ctx.actors.within(cue.end, min(prev.end, cue.end + 60))
        if after and ctx.words(cue.end, after[0].start) == 0 and party_of(after[0]).armed:
            return after[0]
    return None


_ALSO = frozenset(normalize(w) for w in ("كما", "وكما"))


def _named_announcer(ctx: Context, s: Sent, h: THit) -> Mention | None:
    c0, _ = s.clause_of(h.start)
    for actor in ctx.actors.within(max(s.start, h.start - 160), h.start):
        gaps = [actor.end]
        if actor.start < c0 and _apposition_end(ctx, s, actor.end) == c0:
            gaps.append(c0)  # «أعلنت كتائب القسام، الجناح العسكري لحركة حماس، تفجير دبابة»
        if not any(_RESPONSIBILITY.match(_between_names(ctx, gap, h.start)) for gap in gaps):
            continue
        head = title_start(actor)  # «أعلن المتحدث العسكري باسم جماعة الحوثيين يحيى سريع استهداف»
        before = ctx.word_spans(s.clause_of(head)[0], head, last=1)
        if before and ctx.cue_at("announce", before[0][0]) is not None:
            return actor
    return None


def _between_names(ctx: Context, start: int, end: int) -> str:
    """The normalised text from ``start`` to ``end`` without the dates and the names in it and
    without brackets: «أعلنت جماعة أنصار الله (الحوثيون) اليوم الجمعة استهداف سفينة» has
    nothing between the claimer and what it claims."""
    cut = sorted((max(start, m.start), min(end, m.end)) for kind in (ctx.dates, ctx.actors)
                 for m in kind.within(start, end))
    parts, pos = [], start
    for a, b in cut:
        parts.append(ctx.norm(pos, a) if a > pos else "")
        pos = max(pos, b)
    parts.append(ctx.norm(pos, end) if end > pos else "")
    return " ".join(" ".join(parts).translate(_BRACKETS).split())


_BRACKETS = str.maketrans("()[]\"«»“”،,", "           ")


def _apposition_end(ctx: Context, s: Sent, pos: int) -> int | None:
    """Where a name put between commas after the name ending at ``pos`` ends («كتائب القسام،
    الجناح العسكري لحركة حماس،»): the start of the clause after it, if the name ends its own
    clause and the clause after is names only, or a description opened by «وهي» («المقاومة
    الإسلامية في العراق، وهي تحالف فصائل مسلحة مدعومة من إيران،»)."""
    i = next((i for i, (a, b) in enumerate(s.clauses) if a < pos <= b), None)
    if i is None or i + 2 >= len(s.clauses) or ctx.words(pos, s.clauses[i][1]):
        return None
    a0, a1 = s.clauses[i + 1]
    first = ctx.word_spans(a0, a1, first=1)
    if first and ctx.norm(*first[0]) in _DESCRIBED:
        return s.clauses[i + 2][0]  # «، وهي تحالف فصائل مسلحة مدعومة من إيران،»
    names = ctx.actors.within(a0, a1)
    if not names or ctx.words(a0, names[0].start) or ctx.words(names[-1].end, a1):
        return None
    return s.clauses[i + 2][0]


_DESCRIBED = frozenset(normalize(w) for w in ("وهي", "وهو", "وهم"))  # an aside that describes the name


def protest_reported(ctx: Context, f: Frame, how: str) -> bool:
    """A protest is reported when people come together around the protest word («تجمع
    المتظاهرون», «خرج الآلاف في مظاهرات») or a protest verb is in the past («تظاهر»), and
    the sentence says where, when or how many; «رفع المتظاهرون شعارات» alone describes."""
    s = f.sent
    hits = [h for h in f.hits if h.name in ("protest", "riot") and not background(ctx, h)]
    if not hits:
        return False
    pinned = how == "clause" or bool(ctx.dates.within(s.start, s.end)) or any(
        ctx.quantities.within(max(s.start, h.start - 60), min(s.end, h.end + 60)) for h in hits)
    if how == "sentence" and any(ctx.words(s.clause_of(h.start)[0], h.start) == 0 and _done_in_protest(ctx, s, h)
                                 for h in hits):
        return True  # «اقتحم عشرات المواطنين مركز شرطة في مدينة الزاوية، ...، احتجاجا على»: an aside
    if not pinned:  # «فيما شهدت بلدات القريا وشهبا وقفات احتجاجية مماثلة»: the towns witnessed them
        return any(gathered(ctx, s, h, "assembled") or how == "sentence" and witnessed(ctx, s, h)
                   or _opens_with_place(ctx, s) and gathered(ctx, s, h)  # «وفي الناصرية، أضرم محتجون النار»
                   or how == "sentence" and _dispersed(ctx, s, h)  # «وفي مدينة بنش، فرقت عناصر ... المحتجين»
                   for h in hits) or _protesters_harmed(ctx, f, hits)
    if any(_done_in_protest(ctx, s, h) for h in hits):
        return True
    # «أطلق جنود إسرائيليون النار على متظاهرين في غزة»: a past act of violence on protesters, or
    # of protesters no one told of before on things («أن محتجين أضرموا النار في مقار أحزاب ... في
    # الناصرية»; not «ان المتظاهرين ... احرقوا ثلاث آليات», the crowd of a protest told elsewhere)
    new_crowd = any("ال" not in h.hit.prefix and ctx.crowd_word(h) for h in hits)
    acts = [h for h in f.hits if (ctx.lex.family(h.name).group == "violence"
                                  or new_crowd and ctx.lex.family(h.name).group == "looting")
            and not ctx.lex.family(h.name).casualty]
    # («فيما وقعت مواجهات بين أنصار حزب الله والمعتصمين»: clashes that broke out)
    return any(past_verb(h) or gathered(ctx, s, h) or _ongoing(ctx, s, h) or witnessed(ctx, s, h)
               or _held_by(ctx, s, h) for h in hits) or any(
        (past_verb(h) or _broke_out(ctx, s, h)) and not background(ctx, h) for h in acts) \
        or _protesters_harmed(ctx, f, hits)


def _opens_with_place(ctx: Context, s: Sent) -> bool:
    """The sentence opens with a clause of «في» and a place only («وفي الناصرية،», «وفي مدينة
    البصرة،»): that place is where all of it happened."""
    c0, c1 = s.clauses[0]
    if c1 >= s.end:
        return False
    first = ctx.word_spans(c0, c1, first=1)
    places = ctx.places.within(c0, c1)
    return bool(first and places) and ctx.norm(*first[0]).lstrip("و") == "في" \
        and ctx.words(places[-1].end, c1) == 0 and ctx.words(first[0][1], places[0].start) <= 1


def _protesters_harmed(ctx: Context, f: "Frame", hits: list[THit]) -> bool:
    """«قتل ثلاثة متظاهرين برصاص قوات الأمن»: a past casualty verb whose victims, right after
    it (a count between at most), are the protesters."""
    for h in f.hits:
        if not ctx.lex.family(h.name).casualty or background(ctx, h):
            continue
        # the bare «قتل» too, a passive verb when a count follows it or it opens the sentence
        # («قتل متظاهر طعنا»; «وقتل متظاهرين في أخرى»: the noun)
        counted = bool(ctx.quantities.within(h.end, h.end + 30)) and ctx.words(h.end, ctx.quantities.within(
            h.end, h.end + 30)[0].start) == 0 or ctx.words(f.sent.start, h.start) == 0
        # «إن متظاهرا قتل برصاص قوات الأمن»: the protester, after «إن», is the verb's subject
        told = next((p for p in hits if p.end <= h.start and ctx.words(p.end, h.start) == 0), None)
        if told is not None and h.hit.prefix == "" and _after_that(ctx, f.sent, _count_start(ctx, told.start)):
            return True  # «إن 7 متظاهرين قتلوا برصاص قوات الدعم السريع»: their count before them
        if h.hit.entry.pos == "noun" and _counted_protesters(ctx, h, hits):
            return True  # «أفاد مصدر طبي بمقتل متظاهرين اثنين وإصابة أكثر من 100 آخرين»
        if not (past_verb(h) or h.hit.entry.key in ctx.lex.ambiguous_verbs and h.hit.prefix in ("", "و", "ف") and counted):
            continue
        if any(p.start >= h.end and (ctx.words(h.end, p.start) <= 1 or ctx.words(h.end, p.start) == 2
                                     and ctx.quantities.within(h.end, p.start)) for p in hits):
            return True  # «قتل ثلاثة متظاهرين», «أصيب العشرات من المحتجين»
    return False


def _counted_protesters(ctx: Context, h: THit, hits: list[THit]) -> bool:
    """The protesters right after a casualty noun are counted, by a number between them
    («مقتل 3 متظاهرين») or right after them («بمقتل متظاهرين اثنين»): a toll, not a topic
    («مقتل المتظاهرين»)."""
    for p in hits:
        if p.start < h.end:
            continue
        between = ctx.words(h.end, p.start)
        if between == 1 and ctx.quantities.within(h.end, p.start):
            return True
        nxt = word_after(ctx, p.end, p.end + 20)
        return between == 0 and nxt is not None and bool(ctx.quantities.covering(nxt[0]))
    return False


def _count_start(ctx: Context, pos: int) -> int:
    """Where the count right before ``pos`` starts, if one stands there; else ``pos``."""
    q = next((q for q in ctx.quantities.within(max(0, pos - 30), pos) if ctx.words(q.end, pos) == 0), None)
    return q.start if q is not None else pos


def _after_that(ctx: Context, s: Sent, pos: int) -> bool:
    """The word before ``pos`` is «أن», «إن», «بأن»."""
    prev = word_before(ctx, s.start, pos)
    return prev is not None and ctx.norm(*prev) in ctx.lex.words("that")


def _held_by(ctx: Context, s: Sent, h: THit) -> bool:
    """«بسبب اعتصام أهالي المنطقة على الطريق قرب بلدة النيرب»: an indefinite protest noun with
    the people who held it right after it (civilians in the genitive), in a sentence
    that says where, and no word of a future or a demand in its clause."""
    if h.hit.entry.pos != "noun" or definite(h) or _glued_preposition(h):
        return False
    nxt = next(iter(ctx.actors.within(h.end, min(s.end, h.end + 40))), None)
    if nxt is None or ctx.words(h.end, nxt.start) or (nxt.data or {}).get("inter") != "Civilians":
        return False  # not «مسيرة المتظاهرين»: the protesters' march spoken of
    c0, c1 = s.clause_of(h.start)
    return not ctx.cue("future", c0, c1) and not ctx.cue("demand", c0, c1)


def _ongoing(ctx: Context, s: Sent, h: THit) -> bool:
    """A protest going on as the news is written: an imperfect protest verb with its counted
    subject right after it («ويعتصم الاف المتظاهرين داخل مجمع ... في بانكوك»)."""
    e = h.hit.entry
    if e.pos != "verb" or e.tense != "imperfect" or {"ل", "س"} & set(h.hit.prefix):
        return False
    nxt = ctx.word_spans(h.end, s.end, first=1)
    return bool(nxt) and ctx.words(h.end, nxt[0][0]) == 0 and bool(ctx.quantities.within(*nxt[0]))


def gathered(ctx: Context, s: Sent, h: THit, kind: str = "gather") -> bool:
    """A gathering verb just before the protest word («خرج الآلاف في مظاهرات»), one that takes
    it as object just after («مظاهرة نظمها الطلاب»), or the police acting on it («فرقت الشرطة
    مظاهرة»). With ``kind="assembled"``, only the verbs that put people in the street count.
    A date put between commas is no border («خرج المئات، اليوم الجمعة، في وقفة احتجاجية»)."""
    c0, c1 = s.clause_of(h.start)
    c0 = _before_dated_aside(ctx, s, c0)
    if any(g.end <= h.start and ctx.words(g.end, h.start) <= 3 for g in ctx.cue(kind, c0, h.start)):
        return True
    if any(ctx.words(c0, g.start) == 0 and ctx.words(g.end, h.start) <= 8 and _in_protest(ctx, g, h)
           for g in ctx.cue("assembled", c0, h.start)):
        return True  # «خرج العشرات من أهالي مدينة السويداء في مظاهرة»: the verb opens the clause
    if any(g.hit.suffix in ("ها", "ه", "هم") and ctx.words(h.end, g.start) == 0 for g in ctx.cue(kind, h.end, c1)):
        return True
    if kind == "assembled" and "ال" not in h.hit.prefix and any(
            ctx.words(h.end, g.start) <= 1 for g in ctx.cue(kind, h.end, c1)):
        return True  # «مظاهرة عنيفة اندلعت»: an indefinite protest and its verb
    if any(g.hit.suffix == "وا" and ctx.words(h.end, g.start) <= 10 and not ctx.triggers.within(h.end, g.start)
           and not _after_relative(ctx, h.end, g.start) for g in ctx.cue("assembled", h.end, c1)):
        return True  # «الآلاف من المتظاهرين من تلاميذ المدارس تدفقوا في شوارع كادقلي»: they, then their verb
    return kind == "gather" and _dispersed(ctx, s, h)


def _dispersed(ctx: Context, s: Sent, h: THit) -> bool:
    """«فرقت قوات الأمن بالرصاص الحي وقنابل الغاز محتجين»: the protesters the police broke up
    (a word of dispersal in the clause before the protest word, no verb between)."""
    c0 = _before_dated_aside(ctx, s, s.clause_of(h.start)[0])
    return any(
        ctx.words(i.end, h.start) <= 10 and not [t for t in ctx.triggers.within(i.end, h.start) if t.hit.entry.pos == "verb"]
        for i in ctx.cue("dispersal", c0, h.start))


def _before_dated_aside(ctx: Context, s: Sent, c0: int) -> int:
    """The start of the clause before a clause that holds a date and nothing else, when
    ``c0`` follows that aside; else ``c0``."""
    starts = [a for a, _b in s.clauses]
    i = starts.index(c0) if c0 in starts else -1
    if i < 2:
        return c0
    a, b = s.clauses[i - 1]
    if dates_only(ctx, a, b):
        return s.clauses[i - 2][0]
    return c0


def _after_relative(ctx: Context, start: int, end: int) -> bool:
    """A relative pronoun between ``start`` and ``end`` («المتظاهرين الذين تجمعوا»: a description)."""
    return any(_is_relative(ctx, w) for w in ctx.word_spans(start, end))


def _is_relative(ctx: Context, word: tuple[int, int] | None) -> bool:
    """Is the word a relative pronoun («الذي», «التي», «الذين» ...): what follows describes a noun."""
    return word is not None and ctx.norm(*word) in ctx.lex.words("relative")


def _done_in_protest(ctx: Context, s: Sent, h: THit) -> bool:
    """«قطع أهالي بلدة القريا الطريق احتجاجا على الخطف»: a crowd (residents, students,
    workers) named in the clause before «احتجاجا» (or in the sentence before it, when it opens its
    clause: «اقتحم عشرات المواطنين الغاضبين مركز شرطة ...، وأضرموا النار فيه، احتجاجا على») did
    something in protest; or thousands
    («اقتحم آلاف من أنصار التيار الصدري، اليوم السبت، المنطقة الخضراء ...، احتجاجا على»)."""
    if ctx.norm(h.start, h.end).lstrip("و") not in ctx.lex.words("protest_adverbs"):
        return False
    c0, _ = s.clause_of(h.start)
    reach = 8
    if ctx.words(c0, h.start) == 0:  # «...، وأضرموا النار فيه، احتجاجا على»: an aside after what they did
        c0, reach = s.start, 16
    if any((m.data or {}).get("inter") in ("Civilians", "Protesters") and ctx.words(m.end, h.start) <= reach
           for m in ctx.actors.within(c0, h.start)):
        return True
    return any(_crowd_count(ctx, q) and ctx.words(q.end, h.start) <= 20 for q in ctx.quantities.within(s.start, h.start))


def _crowd_count(ctx: Context, q: Mention) -> bool:
    """Tens, hundreds or thousands «من» someone («آلاف من أنصار», «المئات من أهالي»): a crowd."""
    nxt = word_after(ctx, q.end, min(len(ctx.text), q.end + 20))
    return int((q.data or {}).get("value", 0)) >= 10 and nxt is not None and ctx.norm(*nxt) == "من"


def _in_protest(ctx: Context, g: THit, h: THit) -> bool:
    """The protest word is governed by «في» or «ب» («في مظاهرة», «بمسيرة»: they went out in
    it), or is the object of an organising verb («نظم العشرات وقفة احتجاجية»)."""
    prev = ctx.word_spans(g.end, h.start, last=1)
    w = ctx.norm(h.start, h.end)
    if w.startswith(("في", "ب")) or bool(prev) and ctx.norm(*prev[0]) == "في":
        return True
    # one protest organised, not «نظمت الحركة منذ تأسيسها عدة مظاهرات» (a record of many)
    return ctx.norm(g.start, g.end).lstrip("وف") in ctx.lex.words("organise") and not h.hit.prefix \
        and not h.hit.entry.key.split()[0].endswith("ات")


def _dated(ctx: Context, s: Sent, h: THit, since: bool = True) -> bool:
    """A day-precise date within 4 words of the trigger, in its clause («غارة فجر امس»); with
    ``since=False``, not a date in a «منذ» phrase (the start of a stretch of time: «منذ يوم
    الخميس», «منذ اندلاع القتال أمس السبت»)."""
    c0, c1 = s.clause_of(h.start)
    for m in ctx.dates.within(c0, c1):
        if (m.data or {}).get("time_precision", 1) != 1:
            continue
        if not since and any(ctx.norm(a, b) == "منذ" for a, b in ctx.word_spans(c0, m.start, last=3)):
            continue
        if m.end <= h.start and that_between(ctx, m.end, h.start):
            continue  # «وقال الوزير، امس، ان الهجوم وقع»: the day it was said
        gap = ctx.words(m.end, h.start) if m.end <= h.start else ctx.words(h.end, m.start)
        if gap <= 4:
            return True
    return False


def _occurs(ctx: Context, s: Sent, h: THit) -> bool:
    """An occurrence verb within 3 words of the noun, in its clause («وقع الهجوم»; the days it has
    run for between aside), or within 6 before it with a place between («تعرضت مناطق في ريف حلب لقصف»)."""
    c0, c1 = s.clause_of(h.start)
    for cue in ctx.cue("occurrence", c0, c1):
        # «تواصلت لليوم الخامس على التوالي الاشتباكات»: the days it ran are an aside
        aside = max((ctx.words(r.start, r.end) for r in ctx.cue("running_days", cue.end, h.start)), default=0)
        if cue.end <= h.start and ctx.words(cue.end, h.start) - aside <= 3:
            return True
        if cue.end <= h.start and ctx.words(cue.end, h.start) <= 6 and ctx.places.within(cue.end, h.start):
            return True  # «تعرضت مناطق في ريف حلب الغربي لقصف»: the place it happened to between
        if cue.start >= h.end and ctx.words(h.end, cue.start) <= 3 \
                and not (definite(h) and _after_relative(ctx, h.end, cue.start)):
            return True  # not «الانفجار الذي استهدف الجيش»: a known event the clause describes
    return False


def _broke_out(ctx: Context, s: Sent, h: THit) -> bool:
    """A verb of outbreak right before the noun («اندلعت مواجهات», «دارت اشتباكات»)."""
    prev = word_before(ctx, s.start, h.start)
    if prev is None:
        return False
    word, outbreak = ctx.norm(*prev), ctx.lex.words("outbreak")
    return word in outbreak or word[:1] in ("و", "ف") and word[1:] in outbreak  # «وقعت», «ووقعت»


def witnessed(ctx: Context, s: Sent, h: THit) -> bool:
    """The noun is the object of «شهدت» at most 6 words before it in its clause, the verb not
    in a relative clause: «شهدت مدينة معرة النعمان امس غارات», the town witnessed raids."""
    c0 = start_before_aside(ctx, s, h.start)
    for w in ctx.cue("witness", c0, h.start):
        prev = word_before(ctx, c0, w.start)
        dated = sum(ctx.words(m.start, m.end) for m in ctx.dates.within(w.end, h.start))
        if ctx.words(w.end, h.start) - dated <= 6 and not _is_relative(ctx, prev):
            return True  # the words of a date between («، مساء الجمعة،») do not count
    return False


def _launched(ctx: Context, s: Sent, h: THit) -> bool:
    """A past launch verb («أطلقت», «وجهت», «قام بإطلاق», «ألقت») up to 12 words before a projectile
    word; not «ألقي القبض» (arrested)."""
    return any(ctx.words(c.end, h.start) <= 12 and not _arrest_after(ctx, c)
               for c in ctx.cue("launch", s.start, h.start))


def _arrest_after(ctx: Context, c: THit) -> bool:
    nxt = ctx.word_spans(c.end, c.end + 20, first=1)
    return bool(nxt) and ctx.norm(*nxt[0]) == _ARREST_OBJECT


def _bare_verb(ctx: Context, h: THit) -> bool:
    """A bare form that is a verb or a noun («خطف»), read as the verb: not part of a date
    («فجر امس»), not governed by a head noun («عمليات خطف السفن»)."""
    if h.hit.entry.tense != "ambiguous" or h.strength < 2 or ctx.dates.covering(h.start):
        return False
    prev = ctx.word_spans(max(0, h.start - 30), h.start, last=1)
    return not (prev and ctx.cue_at("nominal_head", prev[0][0]))


def _opening_verb(ctx: Context, s: Sent, h: THit, cand) -> bool:  # type: ignore[no-untyped-def]
    """A bare form that is a verb or a noun («قصف») read as the verb: it opens its clause (news
    sentences open with their verb), its named subject follows at once, and what follows the
    subject is a direct object, not the «لـ» of a noun's object («قصف الجيش لمواقع»)."""
    e = h.hit
    if e.suffix or e.prefix not in ("", "و", "ف") or e.entry.key not in ctx.lex.ambiguous_verbs:
        return False
    if after_that_he(ctx, s, h) or subject_after_that(ctx, s, h) is not None:
        return True  # «أعلن الجيش أنه قصف مواقع», «أن الجيش التركي قصف مواقع»: a verb
    if after_qad(ctx, s, h):
        return True  # «وكان الجيش قد قصف مواقع»: only a verb follows «قد»
    if not _verb_leads_clause(ctx, s, h) or cand is None or cand.mention is None or cand.start < h.end \
            or ctx.words(h.end, cand.start) != 0:
        return False
    nxt = ctx.word_spans(cand.end, s.clause_of(h.start)[1], first=1)
    return bool(nxt) and ctx.words(cand.end, nxt[0][0]) == 0 and not ctx.norm(*nxt[0]).startswith("ل")


def _verb_leads_clause(ctx: Context, s: Sent, h: THit) -> bool:
    """The trigger verb leads its clause: its first word, or right after a word that opens verbs
    («فيما», «وكان»)."""
    c0, _ = s.clause_of(h.start)
    prev = word_before(ctx, c0, h.start)
    return ctx.words(c0, h.start) == 0 or prev is not None and ctx.norm(*prev) in ctx.lex.words("verb_openers")


def _opening_casualty_verb(ctx: Context, s: Sent, h: THit, events: list[THit], cand) -> bool:  # type: ignore[no-untyped-def]
    """A bare «قتل» opening its clause is the verb: with its subject right after it and a
    victim after that («قتل مسلحون مجهولون ضابطا»), or passive with a specific event word in
    its clause («قتل مسلحون في اشتباكات مع الجيش»), or with its victims right after it and any
    event word in its clause («وقتل عناصر من الجيش السوري في هجوم على حاجز»)."""
    e = h.hit
    if e.suffix or e.prefix not in ("", "و", "ف") or e.entry.key not in ctx.lex.ambiguous_verbs \
            or not _verb_leads_clause(ctx, s, h):
        return False
    if cand is not None and cand.start >= h.end and ctx.words(h.end, cand.start) == 0:
        return True  # the subject found right after the verb: active (see arguments._active_subject)
    if _specific_in_clause(s, h, events):
        return True
    clause = s.clause_of(h.start)
    return _victim_right_after(ctx, h.end, clause[1]) and any(
        o.hit.entry.pos == "noun" and s.clause_of(o.start) == clause and not background(ctx, o) for o in events)


def _weak_past(h: THit) -> bool:
    """A generic past verb («استهدف»): an event with a specific event word beside it."""
    e = h.hit.entry
    return e.pos == "verb" and e.strength < 2 and e.tense is None and not {"ل", "س"} & set(h.hit.prefix)


def _specific_in_clause(s: Sent, h: THit, hits: list[THit]) -> bool:
    clause = s.clause_of(h.start)
    return any(o.strength >= 2 and o.hit.entry.pos == "noun" and s.clause_of(o.start) == clause for o in hits)


def past_verb(h: THit) -> bool:
    e = h.hit.entry
    if e.pos != "verb" or e.strength < 2 or {"ل", "س"} & set(h.hit.prefix):
        return False
    return e.tense is None or (e.tense == "ambiguous" and h.hit.suffix != "")


def background(ctx: Context, h: THit) -> bool:
    """The trigger stands as background or topic: right after a ``background`` word («بعد
    الهجوم», «إثر مقتل») or a relative clause's «تعرض» («التي تعرضت لهجوم»), up to 3 words
    after a ``background_wide`` one («لمناسبة الذكرى الثانية لاغتيال»), or up to 2 words
    before an ``earlier`` one («عمليات انتحارية سابقة»)."""
    for a, _b in ctx.word_spans(h.end, h.end + 40, first=2):
        if any(ctx.cue(kind, h.end, a) for kind in ("victim_armed", "victim_civilian", "count_one")):
            break  # «اغتيال قيادي سابق», «جثة عنصر سابق»: a former member, not an earlier event
        if ctx.cue_at("earlier", a) is not None:
            return True
    prev = ctx.word_spans(max(0, h.start - 60), h.start, last=3)
    if prev and ctx.cue_at("background", prev[-1][0]) is not None and not _result(ctx, prev) \
            and not _connector(ctx, prev):
        return True
    if _time_after(ctx, h) or _done_in_relative(ctx, h) or _held_before_release(ctx, h):
        return True
    if len(prev) >= 2 and ctx.norm(*prev[-1]) in ctx.lex.words("exposed") and _is_relative(ctx, prev[-2]):
        return True  # «الوكالتين اللتين تعرضتا لاعتداء انتحاري»: what the noun went through
    if prev and ctx.cue_at("opening_when", prev[-1][0]) is not None and not _connector(ctx, prev):
        s = next((x for x in ctx.sents if x.start <= h.start < x.end), None)
        if s is not None and ctx.words(s.start, prev[-1][0]) <= 1:
            return True
    return any(ctx.cue_at("background_wide", a) is not None for a, _b in prev)


def retaliated_for(ctx: Context, h: THit) -> bool:
    """After «ردا على» (cues.yaml ``retaliation``) in its clause, or in a clause joined to it by
    «و»: what the event answers («دمرت وحدات الجيش تحصينات الإرهابيين، ردا على خرق المجموعات
    الإرهابية لاتفاق وقف إطلاق النار واعتداءاتها»; «غارة جوية ... رداً على هجوم انتحاري في مدينة
    حيفا، وأودى بحياة عشرين شخصاً»), told before or elsewhere. Not an answer to a question,
    nor what is said after «أن» («ردا على أسئلة الإذاعة أن القوات أطلقت النار»)."""
    return retaliated_at(ctx, h.start)


_CONNECTED = frozenset(normalize(w) for w in ("إلى", "الى", "عن", "على"))


def _connector(ctx: Context, prev: list[tuple[int, int]]) -> bool:
    """«إلى ذلك، استشهد مدنيان», «فضلا عن ذلك», «في حين قصفت»: the words before close a
    connector that opens a new report («حين» here is no "when"); they point at no event."""
    if len(prev) < 2:
        return False
    last, before = ctx.norm(*prev[-1]), ctx.norm(*prev[-2]).lstrip("و")
    return last == "ذلك" and before in _CONNECTED or f"{before} {last}" in ctx.lex.words("report_joints")


def _time_after(ctx: Context, h: THit) -> bool:
    """«أطلق سراح الصحفي بعد 40 يوما من احتجازه», «بعد ساعات من الهجوم»: an event noun after
    «بعد» + a span of time + «من» dates something else by it."""
    prev = ctx.word_spans(max(0, h.start - 80), h.start, last=4)
    if len(prev) < 3 or ctx.norm(*prev[-1]) != "من" or ctx.words(prev[-1][1], h.start):
        return False
    return any(ctx.norm(a, b).lstrip("و") == "بعد" for a, b in prev[:-2])


def _done_in_relative(ctx: Context, h: THit) -> bool:
    """«الفارين الذين نفذوا يوم الاثنين هجوما ضد سياح فرنسيين»: an event noun whose verb of
    carrying out stands right after a relative pronoun (a date between at most) describes who
    did it."""
    prev = ctx.word_spans(max(0, h.start - 80), h.start, last=5)
    light = ctx.lex.words("light_verbs") | {"نفذ", "شن"}
    for k in range(len(prev) - 1, 0, -1):
        if ctx.norm(*prev[k]) in light and _is_relative(ctx, prev[k - 1]):
            return all(ctx.dates.covering(a) for a, _b in prev[k + 1:])
    return False


def _held_before_release(ctx: Context, h: THit) -> bool:
    """«افرجوا عن سائحتين يابانيتين اختطفتا في مأرب»: an abduction or arrest told after a
    release in its sentence (8 words at most, no event word between) is how they came to be held."""
    if h.name != "abduction" and ctx.lex.family(h.name).group != "arrest":
        return False
    released = ctx.lex.words("released")
    for a, b in ctx.word_spans(max(0, h.start - 100), h.start, last=8):
        if ctx.norm(a, b).lstrip("و") in released and not ctx.triggers.within(b, h.start):
            s = next((x for x in ctx.sents if x.start <= h.start < x.end), None)
            return s is not None and a >= s.start
    return False


def _result(ctx: Context, prev: list[tuple[int, int]]) -> bool:
    """«أسفرت عن احتجاز ثلاثة», «أعلنت هيئة تحرير الشام عن مقتل قيادي»: «عن» after a verb of
    result, or after a verb of announcement and its subject, introduces what happened."""
    if len(prev) < 2 or ctx.norm(*prev[-1]) != "عن":
        return False
    if ctx.norm(*prev[-2]).lstrip("وف") in ctx.lex.words("result_verbs"):
        return True
    at = prev[-1][0]
    # «تحدثت أنباء غير مؤكدة عن مقتل قيادي»: «عن» a few words after a verb of speech, no event
    # word between, introduces what was said
    spoke = ctx.cue("speech", max(0, at - 60), at)
    if spoke and ctx.words(spoke[-1].end, at) <= 4 and not ctx.triggers.within(spoke[-1].end, at):
        return True
    subject = next((m for m in ctx.names.within(max(0, at - 80), at) if ctx.words(m.end, at) == 0), None)
    before = word_before(ctx, max(0, at - 120), subject.start if subject else at)
    return before is not None and ctx.cue_at("announce", before[0]) is not None
