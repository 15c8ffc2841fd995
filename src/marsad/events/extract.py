"""The ``events`` stage: triggers and their arguments -> ACLED-style ``Event`` records.

For each sentence (headlines skipped):
1. its trigger hits (names already masked by ``Context``) are filtered by modality
   (negation, future/intent, demands, purpose, foiled -> dropped; ``certainty.py``);
2. the remaining hits are grouped by family group (territory, violence, protest, arrest, ...):
   one *frame* per group; casualty words join the violence frame, violence joins a protest
   frame of the same sentence, and a territory frame that finds its places absorbs the
   violence frame (ACLED: a battle won is one event, not a clash plus a capture);
3. each frame gets its sub-event type (family priority, refined by modifiers: air, chemical,
   who the victims were, police intervention ...), its parties, casualties, date, sources and
   certainty, and becomes ONE EVENT PER PLACE.

Generic words («هجوم», «عمليات») make an event only with support in the sentence: a casualty
figure, a date, a place in the clause or a named attacker.

What the article has told is remembered (``_Memory``): a sentence that tells a known event
again («الاعتقال», «تصدت للهجوم», with no new place, date or number) makes no event but may
annotate it (a hedged perpetrator; a denial, which makes it "claimed"). Questions and sentences
about a time long before publication make no event; a denial governs its own clause only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from marsad.doc import Doc
from marsad.events.arguments import (
    OF_THEM, PRONOUNS, Casualties, phrase_in, Party, When, affiliate_of, affiliated_subject, agent, announces,
    article_date, breakdown, by_phrase_agent, candidate_of, casualties, coordinated_agent, coordinated_forces,
    counts_people, event_date, event_outside_tally, fired_by, grievance_span, is_region, launched_from, light_verb, master_of, national_forces,
    near, nearby_places, object_places, once_belonged, operation_agent, other_parties, part_of_before, party_of, past_dated_aside,
    perpetrated_after, retaliated_at,
    since_year, state_forces, target_forces, target_killed, to_party, unnamed_armed, usable, word_after, word_before,
    _ON, _candidates, _oblique,
)
from marsad.events.attribution import Attribution, attribute, dateline, unnamed_sources
from marsad.events.certainty import certainty, identity_hedge, modality, suspected
from marsad.events.context import Context, Sent, THit
from marsad.events.support import (
    GENERIC, alleged, announcer, background, continues_report, definite, gathered, past_verb, protest_reported,
    retaliated_for, teller_announced, timeline_entry, violence_reported, witnessed,
)
from marsad.model import CROWD_SEVERITY, SUB_EVENT_TYPES, Event, Location, Mention, Span
from marsad.text.normalize import normalize, without_proclitic

_GROUP_ORDER = ("territory", "violence", "protest", "mob", "arrest", "looting", "agreement", "disrupted", "base",
                "change")


@dataclass
class Frame:
    sent: Sent
    group: str
    hits: list[THit]
    negated: set[str] = field(default_factory=set)
    casualty_hits: list[THit] = field(default_factory=list)
    sentence_hits: list[THit] = field(default_factory=list)  # every kept hit of the sentence
    _casualties: Casualties | None = field(default=None, repr=False, compare=False)

    def casualties(self, ctx: Context) -> Casualties:
        """The dead and wounded its casualty words count (worked out once: the checks of a
        retelling and the event that takes its toll all ask)."""
        if self._casualties is None:
            self._casualties = casualties(ctx, self.sent, self.casualty_hits, self.negated)
        return self._casualties

    def primary(self, ctx: Context) -> THit:
        """The hit that names the sub-event: an event word, not one inside a longer one («قنبلة»
        inside «قنبلة يدوية») nor the support of another («بدعم من المدفعية التركية»), of the
        highest priority."""
        # not a word of what came before («بعد يومين من اختطافه»), when a specific one is left
        told = [h for h in self.hits if not ctx.lex.family(h.name).casualty and h.strength >= 2]
        before = [(o.start, o.end) for o in told if background(ctx, o)] if len(told) > 1 else []
        behind = {h.start for h in told if any(a <= h.start and h.end <= b for a, b in before)}
        if len(behind) == len({h.start for h in told}):
            behind = set()
        # not what went on around the act («شنت قوات النظام هجوما على أحياء درعا البلد ... وسط قصف
        # بقذائف الهاون»: the attack), when another word is left
        acts = [h for h in self.hits if not ctx.lex.family(h.name).casualty]
        amid = {h.start for h in acts if _amid(ctx, self.sent, h)}
        if len(amid) == len({h.start for h in acts}):
            amid = set()

        def rank(h: THit) -> tuple[int, int, int, int, int, int, int]:
            fam = ctx.lex.family(h.name)
            inside = any(o.start <= h.start and h.end <= o.end and (o.start, o.end) != (h.start, h.end)
                         for o in self.hits)
            return (0 if fam.casualty else 1, 0 if inside else 1, 0 if _backs(ctx, self.sent, h.start) else 1,
                    0 if h.start in behind else 1, 0 if h.start in amid else 1, fam.priority, h.strength)
        best = max(self.hits, key=rank)
        if best.name == "abduction":
            # «ارتكبت قوات الدعم السريع مجزرة ... راح ضحيتها 124 شخصا ... كما اختطفت 150 آخرين»:
            # the act told first with its dead, not the abduction told after them
            dead = [h for h in self.hits if ctx.lex.family(h.name).casualty == "fatalities" and h.end <= best.start]
            first = [h for h in told if h.name != "abduction" and dead and h.start < dead[0].start]
            if first:
                best = max(first, key=rank)
        if best.name in _DURING_BATTLE or best.name == "explosive" and all(
                h.hit.entry.key in ctx.lex.words("blasts") for h in self.hits if h.name == "explosive"):
            # ACLED: an air strike or shelling during a battle is one Battles event («استمرار
            # الاشتباكات العنيفة ... وسط قصف مكثف ومتبادل بين الطرفين»), and so are the blasts
            # heard in it («اندلعت اشتباكات عنيفة ... وسمع دوي انفجارات»)
            clash = next((h for h in self.hits if h.name == "clash" and not background(ctx, h)), None)
            if clash is not None and not _clash_told_before(ctx, self.sent, clash):
                return clash
        return best


_DURING_BATTLE = frozenset(("airstrike", "shelling"))  # remote violence a battle takes in


def _amid(ctx: Context, s: Sent, h: THit) -> bool:
    """The event word is in the phrase a word of circumstance opens (cues.yaml ``amid``: «وسط قصف
    بقذائف الهاون», «وسط قصف مكثف بالطائرات المسيرة»), four words after it at most, in its clause."""
    return _set_word_before(ctx, s, h.start, "amid", 4)


def _set_word_before(ctx: Context, s: Sent, pos: int, name: str, last: int) -> bool:
    """A word of the word set ``name`` (cues.yaml ``word_sets``) among the ``last`` words before
    ``pos`` in its clause."""
    c0 = s.clause_of(pos)[0]
    return bool(ctx.words_of_set(max(c0, pos - 15 * last), pos, name, last=last))


def _backs(ctx: Context, s: Sent, pos: int) -> bool:
    """The word at ``pos`` names who or what backs the act, right after a word of backing (and
    «من», with a word of its kind between: «بدعم مباشر من»): «بدعم من المدفعية التركية», «وسط
    حماية قوات الاحتلال» (cues.yaml ``backing``, ``backing_kind``); or it gives the cover, after
    a verb of giving, the cover in its next five words («مع تقديم طيران التحالف الدولي غطاء
    جويا»: ``giving``, ``cover``)."""
    prev = word_before(ctx, s.start, pos)
    if prev is None:
        return False
    word = ctx.norm(*prev)
    if word in ctx.lex.words("giving"):
        c1 = s.clause_of(pos)[1]  # «مع تقديم طيران التحالف الدولي غطاء جويا»: gives the cover
        return any(ctx.norm(a, b) in ctx.lex.words("cover") for a, b in ctx.word_spans(pos, c1, first=5))
    if word == "من":
        prev = word_before(ctx, s.start, prev[0])
        if prev is not None and ctx.norm(*prev) in ctx.lex.words("backing_kind"):
            prev = word_before(ctx, s.start, prev[0])
        word = ctx.norm(*prev) if prev is not None else ""
    return word in ctx.lex.words("backing")


@dataclass
class _Memory:
    """What the article has told so far: the last fighting party named (for territory
    triggers with no agent of their own) and the last event of each trigger family (for
    sentences that tell it again: «الاعتقال», «التفجير», «تصدت للهجوم»)."""

    party: Party | None = None
    para: int = -10
    told: dict[str, Event] = field(default_factory=dict)  # trigger family -> last event
    # the events one telling made, one per place, by the id of the last («عدوانا جويا ... في دير
    # الزور ومنطقة البوكمال»: a toll told again is theirs together)
    together: dict[int, list[Event]] = field(default_factory=dict)

    def recall(self, s: Sent) -> Party | None:
        return self.party if s.para - self.para <= 2 else None

    def remember(self, f: "Frame", events: list[Event]) -> None:
        if events:
            for h in f.hits:
                self.told[h.name] = events[-1]
            self.together[id(events[-1])] = events


def stage(doc: Doc, resources) -> None:  # type: ignore[no-untyped-def]
    ctx = Context.build(doc, resources.triggers, getattr(resources, "nationalities", None))
    atts = attribute(ctx)
    default = article_date(ctx, retaliated_at)
    memory = _Memory()
    events: list[Event] = []
    for s in ctx.sents:
        if s.headline:
            continue
        events += _sentence_events(ctx, s, atts[s.idx], default, memory)
    for n, ev in enumerate(events, 1):
        ev.event_id = f"{doc.article.id}-{n}"
    doc.events = events


def _downed(ctx: Context, s: Sent, h: THit, stops: list[THit]) -> bool:
    """A weapon noun at most 7 words after a verb that downs or foils it, no other verb between."""
    if h.hit.entry.pos != "noun" or ctx.lex.family(h.name).casualty:
        return False
    return any(v.end <= h.start and ctx.words(v.end, h.start) <= 7
               and not [t for t in ctx.triggers.within(v.end, h.start) if t.hit.entry.pos == "verb"] for v in stops)


def _drone(ctx: Context, s: Sent, h: THit) -> bool:
    """«الطائرات التركية المسيرة»: «مسيرة» two words at most after a word of aircraft is a drone;
    so is «بالمسيرات», the instrument of a verb of violence before it in its clause («قصفت
    قوات الدعم السريع (مدينة الدلنج) بالمسيرات»; one takes part in a march, «شارك بمسيرة», but
    strikes with a drone)."""
    if h.hit.entry.key not in _MARCH:
        return False
    prev = ctx.word_spans(max(s.start, h.start - 40), h.start, last=2)
    if any(ctx.norm(a, b) in ctx.lex.words("aircraft") for a, b in prev):
        return True
    if h.hit.prefix.startswith("و") and prev and any(
            ctx.lex.family(t.name).group == "violence" for t in ctx.triggers.within(*prev[-1])):
        return True  # «بالصواريخ والمسيرات»: joined to a weapon, drones
    nxt = word_after(ctx, h.end, min(s.end, h.end + 30))
    if nxt is not None and ctx.norm(*nxt) in ("تابعة", "التابعة"):
        return True  # «مسيرات تابعة لقوات الدعم السريع»: drones belong to a force, marches do not
    verbs = [t for t in ctx.triggers.within(max(s.start, h.start - 60), h.start) if t.hit.entry.pos == "verb"
             and ctx.lex.family(t.name).group == "violence" and not ctx.lex.family(t.name).casualty]
    if not h.hit.prefix.lstrip("و").startswith("ب"):
        # «قصفت مسيرات ... مطار بورتسودان»: the subject right after a verb of violence
        return any(ctx.words(t.end, h.start) == 0 for t in verbs)
    c0 = s.clause_of(h.start)[0]
    return any(t.start >= c0 for t in verbs)


def _drones_told(ctx: Context, s: Sent, h: THit) -> bool:
    """One sense per article: after a drone strike («استهدفت طائرات مسيرة ... ميناء بورتسودان»),
    «وقال المصدر إن الدفاعات الأرضية تصدت لعدد من المسيرات» speaks of drones again, unless people
    gather for it or another protest word stands in its sentence («خرجت مسيرات غاضبة»)."""
    if h.hit.entry.key not in _MARCH or any(t.name == "protest" and t.hit.entry.key not in _MARCH for t in ctx.triggers.within(s.start, s.end)) \
            or gathered(ctx, s, h):
        return False
    return any(t.name == "airstrike" and t.hit.entry.key not in _MARCH and "مسير" in t.hit.entry.key
               for t in ctx.triggers.within(0, h.start))


_MARCH = frozenset((normalize("مسيرة"), normalize("مسيرات")))


def frames(ctx: Context, s: Sent) -> list[Frame]:
    """The frames of one sentence, in ``_GROUP_ORDER``."""
    kept: list[THit] = []
    negated: set[str] = set()
    unreal: THit | None = None  # an attack word that tells a plan, aim or threat
    for h in ctx.triggers.within(s.start, s.end):
        fam = ctx.lex.family(h.name)
        why = modality(ctx, s, h)
        if why:
            if fam.casualty and why == "negation":
                negated.add(fam.casualty)
            elif not fam.casualty and fam.group == "violence" and why != "negation" and unreal is None:
                unreal = h
            continue
        if fam.casualty and certainty(ctx, s, h) == "denied":
            negated.add(fam.casualty)  # «نفت مصادر وقوع إصابات جراء سقوط قذيفة»: none hurt
            continue
        if fam.casualty and unreal is not None and _same_clause_chain(ctx, s, unreal, h):
            continue  # «ستتعرض لهجوم جديد يسقط فيه عدد كبير من الضحايا»: the victims of a foretold attack
        if fam.background_after and _after_word(ctx, h, fam.background_after) or retaliated_for(ctx, h):
            continue  # «ردا على خرق المجموعات الإرهابية لاتفاق وقف إطلاق النار»: what the event answers
        if h.name in ("shelling", "explosive") and ctx.cue("weapon_test", s.start, s.end):
            continue  # a missile or bomb tried out
        if h.name == "attack" and (_verbal(ctx, s, h) or _into_the_air(ctx, s, h)):
            continue
        if h.name == "protest" and (_drone(ctx, s, h) or _drones_told(ctx, s, h)):
            continue
        if fam.group == "territory" and h.hit.entry.pos == "verb" and h.hit.entry.tense == "imperfect" \
                and not fam.sub_event and not _news_present(ctx, s, h):
            continue  # «أحياء تسيطر عليها المعارضة»: who holds a place, no change of hands
        if fam.group == "territory" and _fire_controlled(ctx, s, h):
            continue  # «تسبب الهجوم في حرائق تمت السيطرة عليها»: fires put out, no place taken
        if fam.group == "territory" and _attempted(ctx, s, h):
            continue  # «إثر محاولة الفرقة الرابعة اقتحام الأحياء المحاصرة»: no capture
        if fam.group == "territory" and ctx.words_of_set(h.end, s.end, "hostages", first=3):
            continue  # «أنه حرر أربعة رهائن من مخيم النصيرات»: people freed, no place taken
        kept.append(h)
    groups: dict[str, list[THit]] = {}
    for h in kept:
        groups.setdefault(ctx.lex.family(h.name).group, []).append(h)
    if "disrupted" in groups and "violence" in groups:
        # «أسقطت الدفاعات الجوية طائرة مسيرة»: the drone shot down is the object of the disruption
        downed = [h for h in groups["violence"] if _downed(ctx, s, h, groups["disrupted"])]
        groups["violence"] = [h for h in groups["violence"] if h not in downed]
        if all(ctx.lex.family(h.name).casualty for h in groups["violence"]):
            # «اعتراض وتدمير طائرة مسيرة ... ما أدى إلى إصابة 8 أشخاص»: the victims of what was
            # intercepted, no attack of their own
            groups["disrupted"] += groups["violence"]
            groups["violence"] = []
        if not groups["violence"]:
            del groups["violence"]
    if "disrupted" in groups and "looting" in groups:
        # «دمرت وحدات الجيش عربة مفخخة»: the verb that foiled a bomb destroyed no property
        foiled = {h.start for h in groups["disrupted"]}
        groups["looting"] = [h for h in groups["looting"] if h.start not in foiled]
        if not groups["looting"]:
            del groups["looting"]
    if "protest" in groups and "violence" in groups and _only_a_motive(ctx, s, groups["protest"]):
        del groups["protest"]  # «هاجم مسلحون مخفر الشرطة ... احتجاجا على اعتقال شاب»: why they attacked
    if "mob" in groups and "protest" in groups and _mob_of_protesters(ctx, s, groups["mob"], groups["protest"]):
        groups["protest"] += groups.pop("mob")  # «مجموعة غاضبة من المتظاهرين»: the protesters, violent
    for crowd in ("protest", "mob"):  # violence and damage by or against protesters or a mob is theirs
        if crowd in groups:
            for other in ("violence", "looting"):
                groups[crowd] += groups.pop(other, [])
    if "looting" in groups:
        # destruction in fighting, or of military things («دمرت منصة لإطلاق الصواريخ»), is part
        # of the fight: ACLED's looting/destruction is of civilians' property outside fighting.
        # Not fighting: what is told as background («نهب مسلحون منازل المدنيين بعد الاشتباكات»),
        # the verb that blew up a house itself («فجرت قوات الاحتلال منزل عائلة الأسير»: a
        # demolition, no bomb attack)
        military = [h for h in groups["looting"] if _military_object(ctx, s, h)]
        demolished = {h.start for h in groups["looting"]}
        fighting = any(not background(ctx, v) and v.start not in demolished for v in groups.get("violence", []))
        if not fighting and "violence" in groups:
            groups["violence"] = [v for v in groups["violence"] if v.start not in demolished]
            if not groups["violence"]:
                del groups["violence"]
        groups["looting"] = [h for h in groups["looting"] if not fighting and h not in military]
        if not groups["looting"]:
            del groups["looting"]
        if military:
            # «طائرات روسية دمرت مستودعا للذخيرة»: an air strike; «دمرت وحدات من الجيش أوكارا
            # للإرهابيين»: fighting (with the sentence's other violence: «... وقتلت عددا منهم»)
            groups["violence"] = sorted(groups.get("violence", []) + military, key=lambda h: (h.start, -h.end))
    cas = [h for h in kept if ctx.lex.family(h.name).casualty or ctx.lex.family(h.name).kills]
    return [Frame(s, g, groups[g], negated, cas, kept) for g in _GROUP_ORDER if g in groups]


def _only_a_motive(ctx: Context, s: Sent, hits: list[THit]) -> bool:
    """The protest words are only adverbs of motive («احتجاجا على», cues.yaml ``protest_adverbs``)
    and no crowd or protesters are named before them: why the violence was done, no protest."""
    adverbs = ctx.lex.words("protest_adverbs")
    first = min(h.start for h in hits)  # (not whom the protest is about: «احتجاجا على اعتقال شاب»)
    return all(ctx.norm(h.start, h.end).lstrip("و") in adverbs for h in hits) and not any(
        (m.data or {}).get("inter") in ("Civilians", "Protesters") for m in ctx.actors.within(s.start, first))


def _news_present(ctx: Context, s: Sent, h: THit) -> bool:
    """SANA's lede in the present of headlines: the sentence opens with the armed side, its verb
    right after it («وحدات الجيش العربي السوري تدخل مدينة خان شيخون»; cues.yaml news_present)."""
    if ctx.norm(h.start, h.end).lstrip("و") not in ctx.lex.words("news_present"):
        return False
    first = ctx.actors.within(s.start, h.start)
    return bool(first) and ctx.words(s.start, first[0].start) == 0 and ctx.words(first[-1].end, h.start) == 0 \
        and party_of(first[0]).armed


def _mob_of_protesters(ctx: Context, s: Sent, mob: list[THit], protest: list[THit]) -> bool:
    """A mob word followed by «من» and a protest word («اضرمت مجموعة غاضبة من المتظاهرين النيران»):
    the mob is some of the protesters."""
    starts = {h.start for h in protest}
    for h in mob:
        nxt = word_after(ctx, h.end, s.end)
        after = word_after(ctx, nxt[1], s.end) if nxt is not None and ctx.norm(*nxt) == "من" else None
        if after is not None and after[0] in starts:
            return True
    return False


def _fire_controlled(ctx: Context, s: Sent, h: THit) -> bool:
    """A word of fire (cues.yaml ``fires``) in the four words before or after a word of control,
    in its clause: the fire was brought under control («حرائق تمت السيطرة عليها», «السيطرة على
    النيران»)."""
    c0, c1 = s.clause_of(h.start)
    return bool(ctx.words_of_set(c0, h.start, "fires", last=4) or ctx.words_of_set(h.end, c1, "fires", first=4))


def _attempted(ctx: Context, s: Sent, h: THit) -> bool:
    """A word of attempt at most three words before the word, in its clause (cues.yaml ``attempt``)."""
    return ctx.cue_before("attempt", s.clause_of(h.start)[0], h.start, 3)


def _same_clause_chain(ctx: Context, s: Sent, before: THit, h: THit) -> bool:
    """``h`` follows ``before`` with no other event word between them and no new report
    («وقال», «أفاد») opening in between."""
    if h.start < before.end:
        return False
    between = [t for t in ctx.triggers.within(before.end, h.start) if t is not before]
    return not between and not ctx.cue("speech", before.end, h.start)


def _verbal(ctx: Context, s: Sent, h: THit) -> bool:
    """«شن هجوما قويا على بعض أعضاء الشرف», «هاجمت رايس حماس قائلة»: words, not weapons —
    a speech or criticism word in the clause of an attack word and no weapon or victim."""
    c0, c1 = s.clause_of(h.start)
    if not ctx.cue("verbal", c0, c1):
        return False
    return not any(t.name != "attack" for t in ctx.triggers.within(s.start, s.end))


def _into_the_air(ctx: Context, s: Sent, h: THit) -> bool:
    """«أطلقت القوة المتوغلة النار في الهواء», «أطلقوا عيارات تحذيرية»: shots at no one (cues.yaml
    ``into_the_air`` within three words after the fire word, in its clause)."""
    c1 = s.clause_of(h.start)[1]
    return any(ctx.words(h.end, c.start) <= 3 for c in ctx.cue("into_the_air", h.end, c1))


def _military_object(ctx: Context, s: Sent, h: THit) -> bool:
    """The destroyed thing after the verb is military («دمرت منصة», «تدمير 3 آليات», «دمرت وحدات
    من الجيش العربي السوري أوكارا»: the subject may stand between)."""
    nxt = ctx.word_spans(h.end, past_dated_aside(ctx, s, s.clause_of(h.start)[1]), first=8)
    civil = ctx.lex.words("civil_owners")
    for i, (a, _b) in enumerate(nxt):
        if not ctx.cue_at("military_object", a):
            continue
        owner = nxt[i + 1] if i + 1 < len(nxt) else None
        armed = owner is not None and any(party_of(m).armed for m in ctx.actors.covering(owner[0]))
        if owner is None or armed or ctx.norm(*owner) not in civil:
            return True  # not «إحراق مقر حزب البعث»: a party's office, burnt
    return False


def _after_word(ctx: Context, h: THit, words: frozenset[str]) -> bool:
    prev = ctx.word_spans(max(0, h.start - 40), h.start, last=2)
    return any(ctx.norm(a, b) in words for a, b in prev)


def _crowd_fights(ctx: Context, h: THit) -> bool:
    """«مواجهات بين شبان ...», «مواجهات مع الأهالي»: a crowd word right after «بين/مع» after
    the clash word."""
    nxt = ctx.word_spans(h.end, h.end + 40, first=2)
    return len(nxt) == 2 and ctx.words(h.end, nxt[0][0]) == 0 and ctx.norm(*nxt[0]) in ("بين", "مع") \
        and ctx.norm(*nxt[1]) in ctx.lex.words("crowd")


def _unarmed_confrontation(ctx: Context, f: Frame, h: THit) -> bool:
    """«أصيب ثلاثة مواطنين بالرصاص المعدني خلال مواجهات مع قوات الاحتلال»: confrontations
    («مواجهات», not «اشتباكات» nor «مواجهات مسلحة») with a state force, civilians hurt, none
    killed (a death by the force's fire is its attack) and no armed group named: a crowd
    against the forces."""
    s = f.sent
    if h.hit.entry.key != _CONFRONTATIONS or any(ctx.lex.family(x.name).casualty == "fatalities" for x in f.hits):
        return False
    parties = [to_party(ctx, c, None) for c in other_parties(ctx, s, h, [])]
    if not any(p.is_force for p in parties) or any(p.armed and not p.is_force for p in parties):
        return False
    armed_hurt = [c for c in ctx.cue("victim_armed", s.start, s.end) if not ctx.actors.covering(c.start)]
    # («أصيب أكثر من 300 فلسطيني خلال مواجهات مع الشرطة الإسرائيلية»: people counted by their nationality)
    nationals = _counted_nationals(ctx, s, f.casualties(ctx)) is not None
    return (bool(ctx.cue("victim_civilian", s.start, s.end)) or nationals) and not armed_hurt  # not «قوات» of the force's name


_CONFRONTATIONS = normalize("مواجهات")


def _crowd_subject(ctx: Context, h: THit) -> bool:
    """A crowd word right after the verb as its subject («رشق شبان قوات الاحتلال», «هاجمت مجموعة
    من الشبان»): not in the object's case («هاجموا المواطنين»)."""
    words = [ctx.norm(a, b) for a, b in ctx.word_spans(h.end, h.end + 60, first=3)]
    return _crowd_named(ctx, words, plural_ok=False)


def _crowd_named(ctx: Context, words: list[str], plural_ok: bool = True) -> bool:
    """The words open with a crowd («شبان»), or some of one («مجموعة من الشبان»); with
    ``plural_ok`` False, not a plural in «ـين» (the object's case: «هاجموا المواطنين»)."""
    crowd = ctx.lex.words("crowd")
    if len(words) >= 3 and words[0] in _SOME and words[1] == "من":
        return words[2] in crowd
    return bool(words) and words[0] in crowd and (plural_ok or not words[0].endswith("ين"))


_SOME = frozenset(normalize(w) for w in ("مجموعة", "مجموعات", "عشرات", "مئات", "العشرات", "المئات", "عدد"))


def _of_clans(ctx: Context, h: THit) -> bool:
    """«اشتباكات عشائرية», «نزاع عشائري مسلح»: a word of clans (cues.yaml ``clan_fight``) right
    after the clash word or in it."""
    clans = ctx.lex.words("clan_fight")
    return _followed_by(ctx, h, clans) or any(ctx.norm(a, b) in clans for a, b in ctx.word_spans(h.start, h.end))


def _clash_told_before(ctx: Context, s: Sent, clash: THit) -> bool:
    """«وتزامنت الاشتباكات مع قصف مكثف نفذته قوات النظام على قرى الهبيط وعابدين» after the clashes
    were told: the definite clash word points back at them, and the shelling is an act of its own."""
    return definite(clash) and any(t.name == "clash" for t in ctx.triggers.within(0, s.start))


def _followed_by(ctx: Context, h: THit, words: frozenset[str]) -> bool:
    """The word right after the trigger is one of ``words``."""
    nxt = word_after(ctx, h.end, h.end + 40)
    return nxt is not None and ctx.norm(*nxt) in words


def _sentence_events(ctx: Context, s: Sent, att: Attribution | None, default: When, memory: _Memory) -> list[Event]:
    out: list[Event] = []
    territory_done = False
    crowd: Event | None = None  # the protest the sentence tells, new or told before
    if not ctx.triggers.within(s.start, s.end) or _question(ctx, s) or _historic(ctx, s):
        _denied_that(ctx, s, memory, att)
        return out
    for f in frames(ctx, s):
        denied = [h for h in f.hits if certainty(ctx, s, h) == "denied"]
        if denied and len(denied) < len(f.hits):
            # the denial governs its own clause («نفت وقوع أي هجوم، مؤكدة أن قوات النظام قصفت»)
            f.hits = [h for h in f.hits if h not in denied]
            _dispute(ctx, s, denied, memory, att)
        told = _told_before(ctx, f, memory)
        if told is not None:
            _annotate(ctx, f, told, att, memory)
            if f.group == "protest" and told.event_type in ("Protests", "Riots") and _broken_up(ctx, f):
                crowd = told  # «وفضت قوات الأمن الوقفة بالقوة»: the protest told, broken up
                _intervened(ctx, f, told)
            continue
        if f.group == "territory":
            evs = _territory(ctx, f, att, default, memory)
            territory_done = bool(evs)
        elif f.group == "violence":
            evs = [] if territory_done or _raid_to_arrest(ctx, f) else _violence(ctx, f, att, default, memory)
            if not evs:
                _claimer_of_told(ctx, f, memory)
        elif f.group == "protest":
            evs = _protest(ctx, f, att, default)
            crowd = evs[-1] if evs else crowd
        elif f.group == "arrest" and _raid_of_a_killing(ctx, f):
            evs = []
        elif f.group == "arrest" and crowd is not None:
            # «تظاهر المئات واعتقلت الشرطة عشرة منهم»: ACLED's protest with intervention
            _arrests_at(crowd, _other(ctx, f, att, default))
            evs = []
        else:
            evs = _other(ctx, f, att, default)
            if f.group in ("arrest", "disrupted"):
                _joint_actor(ctx, s, f, evs, out)
                _subject_before_joint(ctx, s, f, evs, memory)
        evs = [ev for ev in evs if not _dated_long_ago(ctx, s, ev)]
        memory.remember(f, evs)
        out += evs
    _denied_after(ctx, s, out)
    _denied_that(ctx, s, memory, att)  # (after the sentence's own events: the denial may be of one)
    return out


_VIOLENT = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))


def _of_ordinary_crime(ctx: Context, s: Sent, h: THit) -> bool:
    """Who were arrested are told to be common criminals (cues.yaml ``ordinary_crime``, in the
    arrest word's clause within six words after it): «القبض على تشكيل عصابي تخصص في سرقة»."""
    c1 = s.clause_of(h.start)[1]
    return any(ctx.words(h.end, c.start) <= 6 for c in ctx.cue("ordinary_crime", h.end, c1))


def _joint_actor(ctx: Context, s: Sent, f: Frame, evs: list[Event], done: list[Event]) -> None:
    """«وتمكنت من تحييد عدد من المسلحين وإلقاء القبض على آخرين», «خاضت اشتباكات ...، أسفرت عن
    مقتل العشرات منهم وتدمير 3 عربات مفخخة»: an arrest or a weapon destroyed no one is named for,
    its word joined by «و» to the word of a state force's violence before it in the same clause
    (or in the clause of that violence's result), is that force's."""
    prim = f.primary(ctx)
    before = word_before(ctx, s.start, prim.start + len(prim.hit.prefix))
    glued = prim.hit.prefix.startswith("و") or before is not None and ctx.norm(*before).startswith("و")
    if not glued:
        return
    clause = s.clause_of(prim.start)
    result = ctx.norm(*ctx.word_spans(clause[0], clause[1], first=1)[0]).lstrip("و") in ctx.lex.words("result_verbs")
    for ev in reversed(done):
        word = ev.field_evidence.get("sub_event_type")
        if word is None or word.end > prim.start or s.clause_of(word.start) != clause and not result:
            continue
        if ev.event_type in _VIOLENT and ev.inter1 == "State forces" and ev.actor1:
            for joined in evs:
                if joined.actor1 is None:
                    _take_actor1(joined, Party(ev.actor1, ev.inter1, ev.location.country if ev.location else None,
                                               None), "actor1 from the violence its word is joined to")
        return


def _subject_before_joint(ctx: Context, s: Sent, f: Frame, evs: list[Event], memory: _Memory) -> None:
    """«استشهد شابان برصاص قوات الاحتلال ... خلال اقتحامها مدينة جنين، فيما اعتقلت 15 مواطنا»: an
    arrest verb that opens a report split off by «فيما» (cues.yaml ``report_joints``), with no
    subject of its own, is done by the state force (at home or abroad) of the violence told right
    before it, or of whatever else it did there («وشرعت بعمليات تجريف للشوارع، فيما اعتقلت عددا من
    الشبان»)."""
    prim = f.primary(ctx)
    if not evs or any(ev.actor1 for ev in evs) or prim.hit.entry.pos != "verb" or s.idx == 0 \
            or ctx.words(s.start, prim.start) != 1 or agent(ctx, s, prim) is not None:
        return
    prev = ctx.sents[s.idx - 1]
    first = ctx.word_spans(s.start, prim.start, first=1)
    if prev.end != s.start or prev.para != s.para or ctx.norm(*first[0]) not in ctx.lex.words("report_joints"):
        return
    told = sorted(memory.told.values(), key=lambda ev: ev.evidence.start if ev.evidence else -1)
    done = [ev for ev in told if ev.evidence and prev.start <= ev.evidence.start < prev.end
            and ev.inter1 in ("State forces", "External/Other forces") and ev.actor1]
    if done:
        for ev in evs:
            _take_actor1(ev, Party(done[-1].actor1, done[-1].inter1, None, None),
                         "actor1 from the event told right before «فيما»")


def _dated_long_ago(ctx: Context, s: Sent, ev: Event) -> bool:
    """The event's own date, written in its sentence with its year, is long before publication
    («... عام 1997 ... مذبحة الأقصر التي راح ضحيتها 18 سائحاً في 17 نوفمبر من نفس العام» in a
    2007 article): history told again, not news, though the sentence has news of its own."""
    pub = ctx.doc.article.published
    span = ev.field_evidence.get("event_date")
    if pub is None or ev.event_date is None or span is None or not s.start <= span.start < s.end:
        return False
    if timeline_entry(ctx, s):
        return False  # a chronology tells old events on purpose
    if (pub - ev.event_date).days <= HISTORY_DAYS:
        return False
    return any(not (m.data or {}).get("relative", True) for m in ctx.dates.within(span.start, span.end))


def _denied_after(ctx: Context, s: Sent, evs: list[Event]) -> None:
    """«قالت الخوذ البيضاء إن 8 مدنيين قتلوا جراء غارات على سراقب، وهو ما نفته وزارة الدفاع
    الروسية»: a denial after the events of its sentence, put to them by «ما» or a relative
    pronoun, makes them "claimed", with the denier in their notes; so does a denial of losing
    ground («، فيما نفت مصادر النظام خسارة القرية») for the captures before it."""
    relative = ctx.lex.words("relative") | {"ما"}
    lost = ctx.lex.words("lost_ground")
    for verb in ctx.cue("denial", s.start, s.end):
        prev = word_before(ctx, s.start, verb.start)
        # «، فيما نفت مصادر عسكرية تابعة للنظام خسارة القرية»: the capture told before it
        lost_ground = any(ctx.norm(a, b).lstrip("و") in lost for a, b in ctx.word_spans(verb.end, s.end, first=7))
        if not lost_ground and (prev is None or ctx.norm(*prev) not in relative):
            continue
        names = ctx.outlets.within(verb.end, s.end) + ctx.actors.within(verb.end, s.end)
        unnamed = unnamed_sources(ctx, verb.end, s.end)
        if unnamed and (not names or unnamed[0][0] < min(m.start for m in names)):
            denier = ctx.text[unnamed[0][0]:unnamed[0][1]]  # «مصادر عسكرية تابعة للنظام»
        else:
            denier = min(names, key=lambda m: m.start).label if names else None
        for ev in evs:
            trigger = ev.field_evidence.get("sub_event_type")
            if trigger is not None and trigger.start < verb.start and (not lost_ground or "territory" in ev.sub_event_type):
                _mark_denied(ev, denier, s)


def _raid_of_a_killing(ctx: Context, f: Frame) -> bool:
    """A raid that killed and arrested no one («أعلنت القوات المسلحة مقتل 5 عناصر تكفيرية خلال
    مداهمة أمنية»): its words are all raid words (cues.yaml ``raids``) and the sentence counts dead;
    the violence is the event, no arrest."""
    raids = ctx.lex.words("raids")
    return bool(f.hits) and all(h.hit.entry.key in raids for h in f.hits) \
        and any(ctx.lex.family(h.name).casualty == "fatalities" for h in f.sentence_hits)


def _raid_to_arrest(ctx: Context, f: Frame) -> bool:
    """An airborne raid that led to arrests and harmed no one («نفذت قوة عملية إنزال جوي أسفرت عن
    اعتقال ثلاثة مطلوبين»): the arrests are the event, not a battle."""
    raids = ctx.lex.words("airborne_raids")
    return bool(f.hits) and all(h.hit.entry.key in raids for h in f.hits) \
        and any(ctx.lex.family(h.name).group == "arrest" for h in f.sentence_hits)


# a year after «عام», «في» ... or after a month name in brackets («مارس (آذار) 1965»)
_YEAR = re.compile(r"(?:(?:عام|العام|سنة|في|منذ)\s+|\)\s*)(1\d\d\d|20\d\d)(?!\d)")
HISTORY_DAYS = 180


def _question(ctx: Context, s: Sent) -> bool:
    """«هل تستخدم ... وسائل تعذيب؟», «قد تكون اسرائيل من اغتالت الحريري؟»: asked, not told."""
    return ctx.text[s.start:s.end].rstrip(" »\"').").endswith(("؟", "?"))


def _historic(ctx: Context, s: Sent) -> bool:
    """The sentence recounts history: it names a time long before publication («في عملية تفجير
    عام 2006», «في يوليو (تموز) 1995») or says so («من التاريخ»), and nothing recent («أمس»,
    «اليوم»)."""
    pub = ctx.doc.article.published
    if timeline_entry(ctx, s):
        return False
    if pub is None:  # no day to measure by: only words that say it is history
        return _says_history(ctx, s) and not ctx.dates.within(s.start, s.end)
    # a time in a relative clause after the events («... الذي أطاحه انقلاب عام 2006») dates
    # that clause only: only the clauses up to the last event word count
    last = max((t.end for t in ctx.triggers.within(s.start, s.end)), default=s.end)
    upto = s.clause_of(last - 1)[1]
    old = recent = False
    for m in ctx.dates.within(s.start, s.end):
        d = m.data or {}
        try:
            end = date.fromisoformat(d.get("end_date") or d.get("date") or m.label)
        except (TypeError, ValueError):
            continue
        if (pub - end).days > HISTORY_DAYS:
            old = old or m.start < upto and not since_year(ctx, m.start)
        else:
            recent = True
    triggers = ctx.triggers.within(s.start, s.end)
    for y in _YEAR.finditer(ctx.text, s.start, upto):
        if since_year(ctx, y.start(1)):
            continue
        if int(y.group(1)) < pub.year - 1 or int(y.group(1)) == pub.year - 1 and pub.month > 6:
            old = True
            if any(t.end <= y.start() and ctx.words(t.end, y.start()) == 0 for t in triggers):
                return True  # «تعرضها للاغتصاب عام 2005»: the year dates the event word itself
    return (old or _says_history(ctx, s)) and not recent


def _says_history(ctx: Context, s: Sent) -> bool:
    """«غزوات ... في فترة مظلمة من التاريخ»: words that say the sentence tells history (cues.yaml
    ``history``)."""
    return bool(ctx.cue("history", s.start, s.end))


def _told_before(ctx: Context, f: Frame, memory: _Memory) -> Event | None:
    """The event an earlier sentence reported that this frame tells again: a definite event
    noun of the same family («الاعتقال», «التفجير», «تصدت للهجوم»), or a denied one («نفت
    وقوع أي هجوم»), in a sentence that gives no place, date or number of its own."""
    s = f.sent
    pointed = _pointed_back(ctx, f, memory) or _risen_toll(ctx, f, memory)
    if pointed is not None:
        return pointed
    # (a protest frame is told again by its crowd words, not by the violence it protests: «وخرجت
    # مظاهرات غاضبة في المدينة تنديدا بالهجوم» after the drone strike is a new protest)
    pointing = [h for h in f.hits if f.group != "protest" or ctx.lex.family(h.name).group in ("protest", "mob")]
    told = [memory.told[name] for h in pointing for name in _kin(h.name, memory)[:1]
            if definite(h) or certainty(ctx, s, h) == "denied"]
    if not told and any(h.name == GENERIC and definite(h) for h in pointing):
        # «6 عناصر من الميليشيات قتلوا في الضربات» after «قصفت مقاتلات أمريكية مواقع»: the
        # generic word, definite, points at the last violent event, whatever its word was
        told = _violent_told(ctx, memory)[-1:]
    if not told and f.group == "violence":
        violent = _violent_told(ctx, memory)
        if violent and (_attackers_again(ctx, s) or _weapon_again(ctx, s, violent[-1]) or _reaction(ctx, s)
                        or _attacker_tells(ctx, s, f, violent[-1]) or _both_sides_counted(ctx, f, violent[-1], memory)
                        or _pointed_back_at(ctx, s, violent[-1]) or _claims_told(ctx, f, violent[-1])
                        or _toll_only(ctx, f, violent[-1]) or _side_kills(ctx, f, violent[-1])):
            told = violent
    if not told and f.group == "violence":
        told = _force_at_the_crowd(ctx, f, memory)
    if not told and f.group == "protest":
        told = _crowd_again(ctx, f, memory)
    if not told or f.group == "protest" and _supporters_fight_crowd(ctx, f) is not None:
        return None  # (a fight of the supporters of a party with the crowd told: new)
    # numbers of its own make a new report, unless they count the dead of an event told with no
    # toll («اندلعت اشتباكات ... وأسفرت الاشتباكات عن مقتل ثلاثة عناصر من الطرفين»); so does a
    # date, unless it is the day of the event told («منذ صباح اليوم»)
    day = told[-1].event_date.isoformat() if told[-1].event_date else None
    if any((d.data or {}).get("event_date") != day for d in ctx.dates.within(s.start, s.end)) \
            or (_own_counts(ctx, s) and not any(counts(ctx, f, told[-1]) for counts in _COUNTS_OF_THE_TOLD)):
        return None
    # a place of its own makes a new report, unless the event told had none and the sentence has no
    # event word but the ones pointing back (it says where: ``_add_place``)
    says_where = told[-1].location is None and all(definite(h) for h in f.hits)
    if _own_place(ctx, s, told[-1]) and not says_where and not _done_by_after(ctx, f) \
            or _other_side_acts(ctx, f, told[-1]):
        return None
    return told[-1]


def _crowd_again(ctx: Context, f: Frame, memory: _Memory) -> list[Event]:
    """«تظاهر آلاف الأردنيين قرب السفارة الإسرائيلية في عمّان» then «وحاول متظاهرون الوصول إلى
    مبنى السفارة، فأطلقت قوات الدرك الغاز المسيل للدموع»: in the next sentence, protesters named
    by their crowd word alone (no protest word of their own) are the crowd of the protest told."""
    ev = memory.told.get("protest")
    if ev is None or ev.evidence is None or ctx.sent_at(ev.evidence.start).idx != f.sent.idx - 1:
        return []
    crowd_words = [h for h in f.hits if h.name in ("protest", "riot")]
    return [ev] if crowd_words and all(ctx.crowd_word(h) for h in crowd_words) else []


# words of strikes from afar: «الغارة» after «عدوان صاروخي» tells the same strike again
_FROM_AFAR = ("airstrike", "shelling")


def _other_sides_dead(ctx: Context, f: Frame, told: Event) -> bool:
    """«استشهد 23 من أفراد القوات المسلحة ... في هجوم إرهابي», then «أن القوات تمكنت من صد الهجوم
    وقتل 40 تكفيريا»: a definite word of the battle told, with the dead of an armed side other than
    the one whose dead it counted (its actor2): each side's dead add up (``_add_toll``)."""
    if told.event_type != "Battles" or not told.fatalities or not told.actor2 or not f.casualty_hits \
            or not any(definite(h) and not ctx.lex.family(h.name).casualty for h in f.hits) \
            or ctx.cue("tally", f.sent.start, f.sent.end):
        return False  # (nor a count since the fighting began: «قتلوا منذ بدء الهجوم»)
    cas = f.casualties(ctx)
    side = _side_counted(ctx, f, told, cas) if cas.fatalities else None
    return side is not None and side.name != told.actor2


def _side_counted(ctx: Context, f: Frame, told: Event, cas: Casualties) -> Party | None:
    """The armed side the frame's count names (``_counted_side``, two words at most after the
    count), read in the country of the event told."""
    country = told.location.country if told.location else None
    return _counted_side(ctx, f.sent, cas, None, country, reach=2)


def _force_counts_its_own(ctx: Context, f: Frame, told: Event) -> bool:
    """«وقالت الشرطة الإسرائيلية إن 21 من عناصرها أصيبوا جراء رشقهم بالحجارة» after the clashes of
    protesters with the police: the force the crowd faced (its actor2) counted among the hurt is
    the same confrontation told from its side, no fight of its own."""
    if told.event_type not in ("Protests", "Riots") or not told.actor2 or not f.casualty_hits:
        return False
    cas = f.casualties(ctx)
    side = _side_counted(ctx, f, told, cas) if cas.fatalities or cas.injured else None
    if side is not None:
        return side.name == told.actor2
    # «21 من عناصرها»: its own members, the sentence's only armed party the force
    span = cas.injured_span or cas.fatalities_span
    own = bool(span) and bool(ctx.words_of_set(span.start, f.sent.end, "own_forces", first=4))  # type: ignore[union-attr]
    armed = {party_of(m).name for m in ctx.actors.within(f.sent.start, f.sent.end) if party_of(m).armed}
    return own and armed == {told.actor2}


def _other_count(ctx: Context, f: Frame, told: Event) -> bool:
    """«تبنى تنظيم داعش الهجوم ...، وقال إنه قتل 5 عناصر», then «وكان المرصد قد أفاد بمقتل 3 عناصر
    من قوات النظام في الهجوم»: a definite word of the event, in the sentence right after its last
    telling, counting other dead of the very side it counted (its actor2): another source's count
    of the same dead (``_add_toll`` keeps the lower, ACLED's lowest credible number)."""
    if told.event_type not in _VIOLENT or not told.fatalities or not told.actor2 or told.evidence is None \
            or not _right_after_telling(ctx, f, told) \
            or not any(definite(h) and not ctx.lex.family(h.name).casualty for h in f.hits):
        return False
    cas = f.casualties(ctx)
    if not cas.fatalities or cas.fatalities == told.fatalities or not cas.armed_victims:
        return False
    side = _side_counted(ctx, f, told, cas)
    return side is not None and side.name == told.actor2


def _side_kills(ctx: Context, f: Frame, told: Event) -> bool:
    """«قتل 4 عناصر من الجيش اللبناني ... في اشتباك مع مسلحين», then «وأوضح البيان أن الجيش قتل أحد
    المسلحين»: in the sentence right after the battle's last telling, one of its sides kills armed
    men (a casualty verb, not imperfect, its subject that side): the dead of the same battle, added to
    its toll (the battle counted the other side's)."""
    if told.event_type != "Battles" or not told.fatalities or not told.actor1 or not told.actor2 \
            or told.evidence is None or not _right_after_telling(ctx, f, told):
        return False
    cas = f.casualties(ctx)
    if not cas.fatalities or not cas.armed_victims:
        return False
    country = told.location.country if told.location else None
    for h in f.casualty_hits:
        if h.hit.entry.pos == "verb" and h.hit.entry.tense != "imperfect" and (c := agent(ctx, f.sent, h)) is not None \
                and c.mention is not None and to_party(ctx, c, country).name in (told.actor1, told.actor2):
            return True
    return False


def _same_toll(ctx: Context, f: Frame, told: Event) -> bool:
    """The frame counts the very dead the event told counted («استهدفت غارة إسرائيلية ... سيارة
    ... ما أدى إلى سقوط شهيدين» and «وقال الجيش الإسرائيلي إنه قضى على عنصرين من حزب الله»)."""
    if not f.casualty_hits or not told.fatalities:
        return False
    cas = f.casualties(ctx)
    if cas.armed_victims and told.inter2 == "Civilians":
        return False  # «قتل عراقيان في تفجير ...، فيما اعلن الجيش الاميركي مقتل اثنين من جنوده»: others
    return cas.fatalities == told.fatalities and cas.injured in (None, told.injured)


def _named_again(ctx: Context, f: Frame, told: Event) -> bool:
    """A definite word of the frame is of the family of the word the event told was read from
    («الاشتباكات» after «اندلعت اشتباكات مسلحة»; not after «هاجم مسلحون ... بسيارتين مفخختين ...
    ما أدى إلى اندلاع اشتباكات», read as a car bomb)."""
    word = told.field_evidence.get("sub_event_type")
    if word is None:
        return False
    names = {t.name for t in ctx.triggers.within(word.start, word.end)}
    return any(definite(h) and h.name in names for h in f.hits)


def _kin(name: str, memory: _Memory) -> list[str]:
    """The trigger families told before that a definite word of family ``name`` points back
    to: its own, or the other strike from afar when its own was not told."""
    if name in memory.told:
        return [name]
    return [o for o in _FROM_AFAR if name in _FROM_AFAR and o in memory.told]


def _violent_told(ctx: Context, memory: _Memory) -> list[Event]:
    """The last event told of each violent trigger family, in the order of the text."""
    violent = [ev for name, ev in memory.told.items() if ctx.lex.family(name).group == "violence"]
    return sorted(violent, key=lambda ev: ev.evidence.start if ev.evidence else -1)


def _fuller_toll(ctx: Context, f: Frame, told: Event) -> bool:
    """«أنه اغتال القيادي في حزب الله فؤاد شكر في غارة جوية استهدفت مبنى في حارة حريك», then «وقالت
    وزارة الصحة اللبنانية إن الغارة أسفرت عن مقتل 3 أشخاص بينهم طفلان»: a definite word of the
    event, in the sentence right after its last telling, counting more dead than it did, counts the
    same event again, more fully (two counts of one event that may overlap: the larger is the
    lowest credible total)."""
    if f.group != "violence" or not told.fatalities or told.evidence is None \
            or not _right_after_telling(ctx, f, told):
        return False
    if not any(definite(h) and not ctx.lex.family(h.name).casualty and _results_in(ctx, f, h) for h in f.hits):
        return False
    return (f.casualties(ctx).fatalities or 0) > told.fatalities


def _results_in(ctx: Context, f: Frame, h: THit) -> bool:
    """A verb of result right after the event word (cues.yaml result_verbs or result; its
    adjective between at most: «الغارة أسفرت عن», «القصف، ما أدى إلى») leads to a casualty word
    of the frame in its clause."""
    c1 = f.sent.clause_of(h.start)[1]
    results = ctx.words_of_set(h.end, c1, "result_verbs", first=2) + [(r.start, r.end) for r in ctx.cue("result", h.end, c1)]
    return any(ctx.words(h.end, a) <= 1 and any(b <= c.start < c1 for c in f.casualty_hits) for a, b in results)


def _toll_only(ctx: Context, f: Frame, told: Event) -> bool:
    """«وقالت مصادر محلية إن الاشتباكات تركزت في منطقة أبو سليم، فيما أعلنت وزارة الصحة مقتل 6
    أشخاص على الأقل»: a count of dead or wounded with no act of its own, in the sentence right after
    the last telling of a violent event with no toll yet, is that event's toll."""
    if told.fatalities or told.injured or told.evidence is None \
            or not all(ctx.lex.family(h.name).casualty for h in f.hits):
        return False
    cas = f.casualties(ctx)
    return bool(cas.fatalities or cas.injured) and _right_after_telling(ctx, f, told)


def _right_after_telling(ctx: Context, f: Frame, told: Event) -> bool:
    """The frame's sentence comes right after the last sentence that told the event."""
    return ctx.sent_at(_last_telling(told, f.sent).start).idx == f.sent.idx - 1


def _add_sources(ev: Event, att: Attribution | None) -> None:
    """Who tells a retelling becomes a source of the event too (each once, in order)."""
    ev.sources += [x for x in (att.sources if att else []) if x not in ev.sources]


def _last_telling(told: Event, s: Sent) -> Span:
    """Where the article last told the event before sentence ``s``: its own words, or the last
    sentence that told it again."""
    return max([sp for sp in (told.evidence, *told.retold) if sp is not None and sp.start < s.start] or [told.evidence],
               key=lambda sp: sp.start)  # type: ignore[arg-type, return-value]


def _toll_of(ctx: Context, f: Frame, told: Event) -> bool:
    """The frame counts the dead or wounded of a violent event told with no toll in the same
    paragraph («اندلعت اشتباكات ... وأسفرت الاشتباكات عن مقتل ثلاثة عناصر من الطرفين»; in the
    two after it when a generic word points back, «قتلوا في الضربات», or both its sides are
    counted, «ووثق المرصد مقتل 9 مقاتلين من قسد و6 من أبناء العشائر»), or
    counts only what the event told in that paragraph or the one before did not count («قتل
    ثمانية مدنيين جراء غارات جوية روسية ... وقال الدفاع المدني إن فرقه انتشلت جثث الضحايا
    وأسعفت 12 مصابا»: its wounded)."""
    if f.group != "violence" or not f.casualty_hits or told.evidence is None:
        return False
    if ctx.cue("tally", f.sent.start, f.sent.end):
        return False  # «إن 56 مدنيا على الأقل قتلوا منذ بدء القتال»: all the fighting's dead so far
    gap = f.sent.para - ctx.sent_at(_last_telling(told, f.sent).start).para
    if not told.fatalities and not told.injured:
        # «اندلعت اشتباكات ...» then, as the next paragraph opens, «إن الاشتباكات أسفرت عن مقتل
        # شخصين»: a definite word of the event's own family points back across paragraph breaks
        return gap == 0 or gap <= 2 and (_named_again(ctx, f, told)
                                         or any(h.name == GENERIC and definite(h) for h in f.hits)
                                         or _both_sides_counted(ctx, f, told, None))
    if gap > 1:
        return False
    cas = f.casualties(ctx)
    new_dead = bool(cas.fatalities) and (not told.fatalities or _vague(ctx, told, "fatalities"))
    new_hurt = bool(cas.injured) and (not told.injured or _vague(ctx, told, "injured"))
    return (new_dead or new_hurt) and (not cas.fatalities or new_dead) and (not cas.injured or new_hurt)


def _other_side_acts(ctx: Context, f: Frame, told: Event) -> bool:
    """The frame's verb has a subject of its own, not the side that did what was told («قصف
    مسلحو النصرة محردة ... وأضاف أن سلاح المدفعية في الجيش السوري رد على مصادر إطلاق القذائف»:
    the army's return fire, a new event; «القذائف» names the shells it answered). So does another
    verb of the frame («وأضافت أن الجيش السوري صد الهجوم وأن الطيران الروسي دمر خمس دبابات»: the
    Russian strike is new), or an attacker named by its weapon."""
    if told.actor1 is None:
        return False
    for h in f.hits:  # an attacker named by its weapon («الطيران الروسي») is the event too
        named = next((party_of(m) for m in ctx.actors.within(h.start, h.end) if m.start == h.start), None)
        if named is not None and named.armed and named.name not in (told.actor1, told.actor2):
            return True
    prim = f.primary(ctx)
    for h in sorted(f.hits, key=lambda h: h is not prim):
        if h.hit.entry.pos != "verb" or h is not prim and ctx.lex.family(h.name).casualty:
            continue
        if ctx.lex.family(h.name).defender:
            continue  # «أنها تصدت لمعظم الصواريخ»: who met the missiles told is their target
        cand = agent(ctx, f.sent, h)
        if cand is not None and cand.mention is not None and to_party(ctx, cand, None).name not in (
                told.actor1, told.actor2):
            return True
    return False


def _attackers_again(ctx: Context, s: Sent) -> bool:
    """The definite attackers of the story told («المسلحون», «المهاجمون», «الجناة»: cues.yaml
    ``retold_attackers``) are the sentence's only armed men."""
    words = ctx.lex.words("retold_attackers")
    armed = [m for m in ctx.actors.within(s.start, s.end) if party_of(m).armed]
    return bool(armed) and all(ctx.norm(m.start, m.end).lstrip("وف") in words for m in armed)


def _force_at_the_crowd(ctx: Context, f: Frame, memory: _Memory) -> list[Event]:
    """«وأطلقت الشرطة الإسرائيلية الرصاص المطاطي وقنابل الصوت على المصلين، بينما رشق شبان
    فلسطينيون عناصر الشرطة بالحجارة» after «مواجهات مع الشرطة الإسرائيلية في باحات المسجد
    الأقصى»: violence whose only armed party is the force the demonstration told in its paragraph
    or the one before faced tells that confrontation again."""
    demos = [ev for ev in memory.told.values() if ev.event_type in ("Protests", "Riots") and ev.actor2
             and ev.evidence and 0 <= f.sent.para - ctx.sent_at(ev.evidence.start).para <= 1]
    if not demos:
        return []
    demo = max(demos, key=lambda ev: ev.evidence.start if ev.evidence else -1)
    armed = {party_of(m).name for m in ctx.actors.within(f.sent.start, f.sent.end) if party_of(m).armed}
    return [demo] if armed == {demo.actor2} else []


def _both_sides_counted(ctx: Context, f: Frame, ev: Event, memory: _Memory | None) -> bool:
    """«ووثق المرصد مقتل 9 مقاتلين من قسد و6 من أبناء العشائر» after their clashes: a frame of
    casualty words alone counting the dead of both sides of the battle told last (with
    ``memory``: the last event told, not a capture told after it, whose toll it may be)."""
    if ev.event_type != "Battles" or not ev.actor1 or not ev.actor2 \
            or not all(ctx.lex.family(h.name).casualty for h in f.hits):
        return False
    if memory is not None and any(o.evidence and ev.evidence and o.evidence.start > ev.evidence.start
                                  for o in memory.told.values()):
        return False
    named = {party_of(m).name for m in ctx.actors.within(f.sent.start, f.sent.end)}
    return {ev.actor1, ev.actor2} <= named


def _pointed_back_at(ctx: Context, s: Sent, ev: Event) -> bool:
    """«وأفاد المرصد بأن عناصر التنظيم هاجموا الضحايا»: the sentence's only armed men are named
    by a word pointing back at a group («التنظيم», «الهيئة») that did the event told last."""
    armed = [m for m in ctx.actors.within(s.start, s.end) if party_of(m).armed]
    return bool(armed) and all((m.data or {}).get("match") == "anaphora" and m.label == ev.actor1 for m in armed)


def _own_counts(ctx: Context, s: Sent) -> list[Mention]:
    """The counts of people in the sentence, not those of a part of what was counted before
    («وأقدموا على إعدام عدد منهم», «من بين القتلى 8 أطفال») nor of things («ثلاث قواعد»), nor a
    tally of days in a clause of its own («فيما ارتفعت حصيلة ضحايا القصف خلال الأيام الثلاثة
    الماضية إلى 75 مدنيا»)."""
    return [q for q in ctx.quantities.within(s.start, s.end)
            if not any(ctx.norm(q.start, q.end).endswith(" " + w) for w in OF_THEM) and not part_of_before(ctx, q)
            and counts_people(ctx, q) and not _tallied_apart(ctx, s, q.start)]


def _tallied_apart(ctx: Context, s: Sent, pos: int) -> bool:
    """``pos`` lies in a clause that adds up dead over time (a tally cue), and an event word of the
    sentence stands outside such clauses («إن طائرات حربية نفذت الغارات، فيما ارتفعت حصيلة ضحايا
    القصف خلال الأيام الثلاثة الماضية إلى 75 مدنيا»); not «إن 56 مدنيا قتلوا منذ بدء القتال», a
    tally alone."""
    return bool(ctx.cue("tally", *s.clause_of(pos))) and event_outside_tally(ctx, s)


# the weapons that tell an event of each kind again (cues.yaml word sets)
_RETOLD_WEAPONS = {"retold_aircraft": "Air/drone strike", "retold_bombs": "Remote explosive/landmine/IED",
                   "retold_bombers": "Suicide bomb"}


def _weapon_again(ctx: Context, s: Sent, ev: Event) -> bool:
    """The definite weapon of the story told («الطائرة», «العبوة»: cues.yaml ``retold_aircraft``,
    ``retold_bombs``, ``retold_bombers``, each of its kind of event) in a sentence that names no
    armed party."""
    words = frozenset().union(*(ctx.lex.words(k) for k, sub in _RETOLD_WEAPONS.items() if sub == ev.sub_event_type))
    return bool(words) and not any(party_of(m).armed for m in ctx.actors.within(s.start, s.end)) \
        and any(ctx.norm(a, b).lstrip("وف") in words for a, b in ctx.word_spans(s.start, s.end))


def _attacker_tells(ctx: Context, s: Sent, f: Frame, ev: Event) -> bool:
    """«وقال الجيش الإسرائيلي في بيان إنه قتل عنصرا في حزب الله»: the attacker of the last
    violent event, named right after a verb of speech, tells of its own act."""
    speaker = _announcing_actor(ctx, s, f.hits[0].start) if f.hits else None
    return speaker is not None and speaker.name == ev.actor1


def _reaction(ctx: Context, s: Sent) -> bool:
    """The sentence opens with the other side's turn («من جهته، زعم جيش الاحتلال أنه استهدف
    مخربا»: cues.yaml ``reaction_openers``): its violence is that side's account of what was told."""
    first = ctx.word_spans(s.start, s.end, first=2)
    words = ctx.lex.words("reaction_openers")
    return bool(first) and (ctx.norm(*first[0]) in words
                            or len(first) == 2 and ctx.norm(first[0][0], first[1][1]) in words)


def _pointed_back(ctx: Context, f: Frame, memory: _Memory) -> Event | None:
    """«وأسفر هذا القصف عن مقتل 3 مدنيين»: an event noun after a demonstrative is the last event
    of its group told before (its casualties are told here), unless the sentence names a place."""
    if not memory.told:
        return None
    words = ctx.lex.words("demonstratives")
    for h in f.hits:
        prev = word_before(ctx, f.sent.start, h.start)
        if h.hit.entry.pos == "noun" and prev and ctx.norm(*prev).lstrip("و") in words:
            group = ctx.lex.family(h.name).group
            told = [ev for name, ev in memory.told.items() if ctx.lex.family(name).group == group]
            if told and not _own_place(ctx, f.sent):
                return max(told, key=lambda ev: ev.evidence.start if ev.evidence else -1)
    return None


def _risen_toll(ctx: Context, f: Frame, memory: _Memory) -> Event | None:
    """«وارتفع إلى 52 تعداد الذين قتلوا منذ صباح اليوم، هم 29 من قوات النظام، و23 من الفصائل»:
    a sentence of a risen toll (cues.yaml ``toll``) with casualty words only and no place of its
    own counts the dead of the last violent event told in its paragraph or the one before; not
    one that adds up a long stretch of time («حصيلة قتلى قوات النظام في البادية منذ مطلع العام
    بلغت 312 قتيلا»: cues.yaml ``tally``)."""
    s = f.sent
    if not all(ctx.lex.family(h.name).casualty for h in f.hits) or not ctx.cue("toll", s.start, s.end) \
            or ctx.cue("tally", s.start, s.end) or _own_place(ctx, s):
        return None
    violent = [ev for ev in _violent_told(ctx, memory) if ev.evidence]
    if not violent:
        return None
    last = violent[-1]
    para = ctx.sent_at(last.evidence.start).para  # type: ignore[union-attr]
    return last if 0 <= s.para - para <= 1 else None


def _done_by_after(ctx: Context, f: Frame):  # type: ignore[no-untyped-def]
    """«أن العبوة زرعها عناصر من تنظيم داعش على الطريق الرابط بين قرية كنهش ومخمور»: the event
    told before, its definite word right before a verb of doing it with a pronoun for it
    (cues.yaml ``perpetrated``), and who did it right after that verb. The places that follow
    tell more of that event, not another."""
    for h in f.hits:
        if h.hit.entry.pos != "noun" or not definite(h) or ctx.lex.family(h.name).casualty:
            continue
        verb = word_after(ctx, h.end, h.end + 20)
        if verb is None or ctx.cue_at("perpetrated", verb[0]) is None:
            continue
        doers = _candidates(ctx, verb[1], min(f.sent.end, verb[1] + 40))
        if doers and ctx.words(verb[1], doers[0].start) <= 2:  # «عناصر من تنظيم داعش»
            return doers[0]
    return None


def _own_place(ctx: Context, s: Sent, told: Event | None = None) -> bool:
    """The sentence names a place of its own, not the one of the event ``told``
    («وأضاف المصدر أن العدوان أدى إلى ... خروج مطار دمشق الدولي عن الخدمة» after the strike on it)."""
    same = told.location.gazetteer_id if told is not None and told.location else None
    return any(usable(ctx, m) and not ctx.in_speaker(m.start)
               and (same is None or (m.data or {}).get("gazetteer_id") != same)
               and not _tallied_apart(ctx, s, m.start)  # (where a tally of days counts its dead)
               for m in ctx.places.within(s.start, s.end))


def _who(att: Attribution | None) -> str:
    return "; ".join((att.sources or []) + (att.anonymous or [])) if att else ""


def _denied_that(ctx: Context, s: Sent, memory: _Memory, att: Attribution | None) -> None:
    """«ونفى الجيش السوداني ذلك، مؤكدا أن قواته انسحبت»: a denial whose object points back
    («ذلك», «هذه الأنباء»: cues.yaml told_that) in the 5 words after it (the denier first)
    denies the last event told; one of losing ground («نفت قسد سقوط المدينة»: lost_ground)
    the last capture told. That event becomes "claimed"."""
    if not memory.told:
        return
    words, lost = ctx.lex.words("told_that"), ctx.lex.words("lost_ground")
    captures = [e for e in memory.told.values() if e.event_type == "Battles" and "territory" in e.sub_event_type]
    for verb in ctx.cue("denial", s.start, s.end):
        spans = ctx.word_spans(verb.end, s.end, first=5)
        texts = [ctx.norm(a, b) for a, b in spans]
        if _denies_accusations(ctx, s, verb, texts, memory, att):
            return
        told = list(memory.told.values()) if any(
            t in words or f"{t} {u}" in words for t, u in zip(texts, texts[1:] + [""])) else []
        if not told and any(t.lstrip("و") in lost for t in texts):
            told = captures  # «نفت قسد سقوط المدينة»: the capture told before
        told = [e for e in told if e.evidence is not None and e.evidence.start < verb.start]
        if not told:
            continue
        ev = max(told, key=lambda e: e.evidence.start)  # the last told before the denial
        denier = next((m.label or m.text for m in ctx.actors.within(verb.end, s.end)), None)
        _mark_denied(ev, _who(att) or denier, s)
        return


def _denies_accusations(ctx: Context, s: Sent, verb: THit, texts: list[str], memory: _Memory,
                        att: Attribution | None) -> bool:
    """«ونفت الحكومة السورية الاتهامات»: a denial of the accusations (cues.yaml ``accusations``)
    denies who the last event told with a hedged doer was said to be; one of responsibility
    («نفى الجيش الإسرائيلي مسؤوليته»: ``responsibility``) denies that too, or that the side the
    event was told of did it, when that side denies. The event stays as told."""
    pairs = list(zip(texts, texts[1:] + [""]))
    accusations, responsibility = ctx.lex.words("accusations"), ctx.lex.words("responsibility")
    accused = any(t.lstrip("و") in accusations or f"{t} {u}" in accusations for t, u in pairs)
    if not accused and not any(t in responsibility or f"{t} {u}" in responsibility for t, u in pairs):
        return False
    # who denies is named after the verb (the attribution carried over may be the accuser's)
    named = next((m.label or m.text for m in ctx.actors.within(verb.end, s.end)), None)
    denier = named or _who(att)
    # the accusation's event, or one whose doer itself denies its responsibility
    told = [e for e in memory.told.values() if e.evidence is not None and e.evidence.start < verb.start
            and ("hedged" in (e.notes or "") or not accused and named is not None and e.actor1 == named)]
    if not told:
        return False
    ev = max(told, key=lambda e: e.evidence.start)  # type: ignore[union-attr]
    what = "the accusation" if accused else "responsibility"
    ev.add_note(f"{what} denied by {denier or 'a source'} at {s.start}-{s.end}")
    return True


def _mark_denied(ev: Event, denier: str | None, s: Sent) -> None:
    """A reported event that someone denies becomes "claimed"; the denial goes in its notes
    (once: the first denial of an event is kept)."""
    if "denied by" in (ev.notes or ""):
        return
    if ev.certainty == "reported":
        ev.certainty = "claimed"
    note = f"denied by {denier or 'a source'} at {s.start}-{s.end}"
    ev.add_note(note)


def _dispute(ctx: Context, s: Sent, denied: list[THit], memory: _Memory, att: Attribution | None) -> None:
    """«نفت مصادر في المعارضة وقوع أي هجوم»: an indefinite event word under a denial denies
    the event of its family the article reported before; that event becomes "claimed". A
    denial about a known event («نفى أن يكون الاعتقال مرتبطا بالاحتجاجات») denies something
    about it (its motive), not that it happened."""
    for h in denied:
        ev = memory.told.get(h.name)
        if ev is not None and not definite(h):
            _mark_denied(ev, _who(att), s)


def _annotate(ctx: Context, f: Frame, ev: Event, att: Attribution | None, memory: _Memory) -> None:
    """What a retelling adds to the event it tells again: a denial (see ``_dispute``), or a
    hedged perpetrator («ورجح أن تكون خلايا تابعة لتنظيم داعش تقف وراء التفجير») kept in
    the notes; a retelling that adds nothing of these is noted as one, where it was told."""
    before = ev.notes
    ev.retold = ev.retold + [Span(f.sent.start, f.sent.end, ctx.text[f.sent.start:f.sent.end])]
    _annotate_with(ctx, f, ev, att, memory)
    if ev.notes == before:
        ev.add_note(f"also told at {f.sent.start}-{f.sent.end}")


def _annotate_with(ctx: Context, f: Frame, ev: Event, att: Attribution | None, memory: _Memory) -> None:
    s = f.sent
    who = _who(att)
    denied = [h for h in f.hits if certainty(ctx, s, h) == "denied"]
    if denied:
        _dispute(ctx, s, denied, memory, att)
        return
    if att and att.sources:  # «وقال مراسل نورث برس إن الطائرة المسيرة استهدفت السيارة»: a source too
        if not ev.sources and att.evidence:
            ev.field_evidence["sources"] = att.evidence
        ev.sources = list(dict.fromkeys(ev.sources + att.sources))
    _add_toll(ctx, f, memory.together.get(id(ev), [ev]), att)
    _add_place(ctx, f, ev)
    _retold_crowd(ctx, f, ev)
    _add_claimer(ctx, f, ev)
    _add_perpetrator(ctx, f, ev, att)
    # «من جهته، زعم الجيش أنه استهدف مخربا», «وقال الجيش إنه قتل عنصرا»: whom it names is its target
    if _attacker_tells(ctx, s, f, ev):
        ev.add_note(f"the attacker's own account at {s.start}-{s.end}")
        _struck_side(ctx, f, ev)
        return
    if _reaction(ctx, s):
        ev.add_note(f"another side's account at {s.start}-{s.end}")
        return
    for hedge in ctx.cue("hedge", s.start, s.end):
        named = [m for m in ctx.actors.within(hedge.end, s.end)
                 if (m.data or {}).get("inter") not in (None, "Civilians") and m.label != ev.actor1]
        if named and ctx.cue_at("accuse", hedge.start) is not None and ctx.words(hedge.end, named[0].start) == 0:
            # «اتهم الجيش السوري التنظيمات الإرهابية بالوقوف وراءه»: the accuser, then the accused
            accuser, named = named[0], named[1:]
            who = who or accuser.label or ""
        if named:
            ev.add_note(f"claimed actor1: {named[0].label} ({who or 'unnamed source'})")
            return


def _claims_told(ctx: Context, f: Frame, ev: Event) -> bool:
    """An armed group claims violence of a kind the event told last was read from («أعلنت
    المقاومة الإسلامية في العراق مسؤوليتها عن هجمات بطائرات مسيرة» after a drone attack on a US
    base), when no one was named to have done it: the claim is of that event."""
    if ev.actor1 and not ev.actor1.startswith("Unidentified") or ev.evidence is None:
        return False
    kinds = {t.name for t in ctx.triggers.within(ev.evidence.start, ev.evidence.end)}
    for h in f.hits:
        claimer = announcer(ctx, f.sent, h) if h.hit.entry.pos == "noun" and h.name in kinds else None
        if claimer is not None and party_of(claimer).armed:
            return True
    return False


def _claimer_of_told(ctx: Context, f: Frame, memory: _Memory) -> None:
    """«وأعلنت "المقاومة الإسلامية في العراق" مسؤوليتها عن هجمات بطائرات مسيرة على ثلاث قواعد
    أمريكية» after «قتلوا ... في هجوم بطائرة مسيرة استهدف قاعدة عسكرية»: a claim that makes no event
    of its own, of violence of a kind told in its paragraph or the one before with no attacker,
    names who did that (``_add_claimer``)."""
    for h in f.hits:
        ev = memory.told.get(h.name)
        if ev is None or ev.evidence is None or ctx.lex.family(h.name).casualty:
            continue
        if 0 <= f.sent.para - ctx.sent_at(ev.evidence.start).para <= 1:
            _add_claimer(ctx, f, ev)
            return


def _struck_side(ctx: Context, f: Frame, ev: Event) -> None:
    """«وقال الجيش الإسرائيلي إنه قضى على عنصرين من حزب الله»: the attacker's own account names
    the armed side it struck, the event's actor2 when the first telling named none."""
    if ev.actor2 is not None or not f.hits:
        return
    after = min(h.end for h in f.hits)
    for m in ctx.actors.within(after, f.sent.end):
        party = party_of(m)
        if party.armed and party.name != ev.actor1:
            ev.actor2, ev.inter2 = party.name, party.inter
            ev.field_evidence["actor2"] = Span(m.start, m.end, ctx.text[m.start:m.end])
            ev.add_note(f"actor2 from the attacker's own account: «{m.text}»")
            return


def _add_claimer(ctx: Context, f: Frame, ev: Event) -> None:
    """«وتبنت المقاومة الإسلامية في العراق الهجوم»: the armed group that claims the event told
    before is its actor1 when the first telling named none (or only an unidentified group)."""
    if ev.actor1 and not ev.actor1.startswith("Unidentified"):
        return
    for h in f.hits:
        claimer = announcer(ctx, f.sent, h) if h.hit.entry.pos == "noun" else None
        party = party_of(claimer) if claimer is not None else None
        if party is not None and party.armed and party.name != ev.actor2:
            _take_actor1(ev, party, f"actor1 from its claim: «{ctx.text[claimer.start:claimer.end]}»")  # type: ignore[union-attr]
            return


def _take_actor1(ev: Event, party: Party, note: str) -> None:
    """A retelling names the event's actor1: set it, with its evidence and a note saying whence."""
    ev.actor1, ev.inter1 = party.name, party.inter
    if party.span:
        ev.field_evidence["actor1"] = party.span
    ev.add_note(note)


def _add_perpetrator(ctx: Context, f: Frame, ev: Event, att: Attribution | None) -> None:
    """«وقال الدفاع المدني ... مشيرا إلى أن الطائرات الروسية نفذت الغارات»: a retelling that says
    who did the event told before (the subject of a verb of doing before its definite event noun,
    no hedge in the sentence) gives its actor1 when the first telling named none; who tells it is
    a source."""
    if ev.actor1 and not ev.actor1.startswith("Unidentified") or ctx.cue("hedge", f.sent.start, f.sent.end):
        return
    country = ev.location.country if ev.location else None
    for h in f.hits:
        if h.hit.entry.pos != "noun" or not definite(h) or ctx.lex.family(h.name).casualty:
            continue
        cand = agent(ctx, f.sent, h)
        if cand is None or cand.mention is None or cand.end > h.start or ctx.words(cand.end, h.start) > 2 \
                or not ctx.cue("occurrence", cand.end, h.start):
            continue  # a verb of doing between, not blame («أن التنظيم الإرهابي يقف وراء التفجير»)
        party = to_party(ctx, cand, country)
        if party.armed and party.name != ev.actor2:
            _take_actor1(ev, party, f"actor1 from a retelling: «{ctx.text[cand.start:cand.end]}»")
            _add_sources(ev, att)
            return
    group = _belongs_to(ctx, f.sent) or _done_by_after(ctx, f) or _group_fights_on(ctx, f, country, ev)
    if group is not None:
        party = to_party(ctx, group, country)
        if party.armed and party.name != ev.actor2:
            _take_actor1(ev, party, f"actor1 from a retelling: «{ctx.text[group.start:group.end]}»")
            _add_sources(ev, att)


def _group_fights_on(ctx: Context, f: Frame, country: str | None, ev: Event):  # type: ignore[no-untyped-def]
    """«أن مسلحين من تنظيم داعش فتحوا النار على القوة بعد الانفجار، واشتبكوا معها»: a named armed
    group, no state force, that does a violent verb in the retelling of an attack whose doer was
    not named is who did it (no hedge in the sentence, checked by the caller)."""
    for h in f.hits:
        fam = ctx.lex.family(h.name)
        if h.hit.entry.pos != "verb" or fam.casualty or fam.group != "violence":
            continue
        cand = agent(ctx, f.sent, h)
        party = to_party(ctx, cand, country) if cand is not None and cand.mention is not None else None
        if party is not None and party.armed and not party.is_force and party.name != ev.actor2 \
                and not party.name.startswith("Unidentified"):
            return cand
    return None


_TO = normalize("إلى")


def _belongs_to(ctx: Context, s: Sent):  # type: ignore[no-untyped-def]
    """«وأوضحت وزارة الداخلية أن الانتحاري ينتمي إلى تنظيم داعش»: the attacker told of (cues.yaml
    ``retold_attackers`` or a weapon of ``_RETOLD_WEAPONS``) said to belong (``belongs``) to the group named
    right after «إلى»: that group did it."""
    who = ctx.lex.words("retold_attackers").union(*(ctx.lex.words(k) for k in _RETOLD_WEAPONS))
    words = ctx.word_spans(s.start, s.end)
    for i, (a, b) in enumerate(words[1:-2], 1):
        if ctx.norm(a, b) not in ctx.lex.words("belongs") or without_proclitic(ctx.norm(*words[i - 1])) not in who:
            continue
        if ctx.norm(*words[i + 1]) != _TO:
            continue
        after = _candidates(ctx, words[i + 1][1], min(s.end, words[i + 1][1] + 40))
        if after and ctx.words(words[i + 1][1], after[0].start) == 0:
            return after[0]
    return None


def _add_toll(ctx: Context, f: Frame, told: list[Event], att: Attribution | None) -> None:
    """The dead and wounded a retelling counts, when the first telling counted none (and the
    civilians among them, when the first telling named no target); who tells them is a source.
    The toll of a telling of several places is divided among them, as one told with them."""
    cas = f.casualties(ctx)
    if len(told) > 1 and not any(ev.fatalities or ev.injured for ev in told):
        for ev, share in zip(told, _shares(cas, len(told))):
            if _toll_added(ctx, f, ev, share, att):
                _note_divided(ev, cas, len(told))
        return
    if len(told) > 1 and cas.fatalities and not any(ev.fatalities for ev in told):
        # «من بين القتلى خمسة أطفال» after «قتل وجرح العشرات» at two places: the dead divided
        dead = replace(cas, injured=None)
        for ev, share in zip(told, _shares(dead, len(told))):
            if _toll_added(ctx, f, ev, share, att):
                _note_divided(ev, dead, len(told))
        return
    if _other_sides_dead(ctx, f, told[-1]) or _side_kills(ctx, f, told[-1]):
        ev = told[-1]
        ev.fatalities += cas.fatalities
        told_at = cas.fatalities_span
        if told_at:
            ev.add_note(f"fatalities add {cas.fatalities} told at {told_at.start}-{told_at.end}")
        _add_sources(ev, att)
        return
    if _fuller_toll(ctx, f, told[-1]):
        _fuller_toll_added(ctx, f, told[-1], cas, att)
        return
    if _other_count(ctx, f, told[-1]):
        ev = told[-1]
        if cas.fatalities < ev.fatalities:  # sources that differ: the lowest credible count
            ev.fatalities = cas.fatalities
            if cas.fatalities_span:
                ev.field_evidence["fatalities"] = cas.fatalities_span
        ev.add_note(f"another count of its dead at {f.sent.start}-{f.sent.end}, the lower kept")
        _add_sources(ev, att)
        return
    _toll_added(ctx, f, told[-1], cas, att)


def _fuller_toll_added(ctx: Context, f: Frame, ev: Event, cas: Casualties, att: Attribution | None) -> None:
    """The fuller count of ``_fuller_toll`` replaces the event's (its wounded too, where it had
    none); civilians among the dead of a strike on an armed group are its associates."""
    ev.fatalities = cas.fatalities or ev.fatalities
    if cas.fatalities_span:
        ev.field_evidence["fatalities"] = cas.fatalities_span
    if cas.injured and not ev.injured:
        ev.injured = cas.injured
        if cas.injured_span:
            ev.field_evidence["injured"] = cas.injured_span
    if cas.armed_victims is False and ev.inter2 not in (None, "Civilians") and not ev.assoc_actor_2:
        country = ev.location.country if ev.location else None
        ev.assoc_actor_2 = _civilian_victims(ctx, f.sent, country).name
    ev.add_note(f"fuller toll told at {f.sent.start}-{f.sent.end}")
    _add_sources(ev, att)


def _vague(ctx: Context, ev: Event, field: str) -> bool:
    """The event's count of ``field`` is a vague word («عدد من», «عشرات»): a number told later
    says how many."""
    span = ev.field_evidence.get(field)
    return span is not None and any((q.data or {}).get("vague") for q in ctx.quantities.within(span.start, span.end))


def _toll_added(ctx: Context, f: Frame, ev: Event, cas: Casualties, att: Attribution | None) -> bool:
    country = ev.location.country if ev.location else None
    if (cas.fatalities or cas.injured) and cas.armed_victims is False and ev.actor2 is None:
        victims = _civilian_victims(ctx, f.sent, country)
        forces = _forces_at_military_sites(ctx, f.sent, ev, country)
        if forces is not None:  # «غارات على مبنى هيئة الأركان ... أسفرت عن مقتل 3 أشخاص»
            victims = forces
        ev.actor2, ev.inter2 = victims.name, victims.inter
        if victims.span:
            ev.field_evidence["actor2"] = victims.span
    elif (cas.fatalities or cas.injured) and cas.armed_victims and ev.actor2 is None:
        # «وأضاف المصدر أن العدوان أدى إلى استشهاد عسكريين اثنين»: the armed side counted
        side = _counted_side(ctx, f.sent, cas, None, country)
        if side is not None and side.name != ev.actor1:
            ev.actor2, ev.inter2 = side.name, side.inter
            if side.span:
                ev.field_evidence["actor2"] = side.span
                ev.add_note(f"actor2 from the dead told again: «{side.span.text}»")
    added = False
    if cas.fatalities and (not ev.fatalities or _vague(ctx, ev, "fatalities")):
        ev.fatalities, added = cas.fatalities, True
        if cas.fatalities_span:
            ev.field_evidence["fatalities"] = cas.fatalities_span
    if cas.injured and (not ev.injured or _vague(ctx, ev, "injured")):
        ev.injured, added = cas.injured, True
        if cas.injured_span:
            ev.field_evidence["injured"] = cas.injured_span
    if added:
        ev.add_note(f"toll told again at {f.sent.start}-{f.sent.end}")
        _add_sources(ev, att)
    return added


# -- territory ----------------------------------------------------------------------------------
def _unknown_subject(ctx: Context, s: Sent, h: THit) -> bool:
    """A verb with a subject no lexicon knows right after it («سيطرت عشائر محلية على»): not the
    side told before; the verb goes straight on to its object (cues.yaml ``no_subject``), a date or
    a place when it has none."""
    if h.hit.entry.pos != "verb":
        return False
    nxt = word_after(ctx, h.end, s.end)
    return nxt is not None and ctx.norm(*nxt) not in ctx.lex.words("no_subject") \
        and not ctx.dates.covering(nxt[0]) and not ctx.places.covering(nxt[0])


def _territory(ctx: Context, f: Frame, att: Attribution | None, default: When, memory: _Memory) -> list[Event]:
    s = f.sent
    out: list[Event] = []
    raid = _raid(f.sentence_hits)
    storm = ctx.lex.words("storm")
    taken = any(ctx.lex.family(o.name).group == "territory" and o.hit.entry.key not in storm for o in f.sentence_hits)
    for h in f.hits:
        # a battle before the storming («اقتحمت قوات النظام بلدة كفرنبل بعد معارك عنيفة»), not a
        # firefight of the raid after it («اقتحم الجيش الإسرائيلي مخيم جنين ... واشتبك مع مسلحين»)
        fought = taken or any(o.name in _BATTLE and (o.start < h.start or background(ctx, o)) for o in f.sentence_hits)
        if h.hit.entry.key in storm and (raid or not fought):
            continue  # a raid that arrests, kills or burns, or storms and leaves: not a capture
            # («اقتحمت قوات الاحتلال قرية المغير»); storming in a battle takes the place
        cand = _holder(ctx, s, h) if h.name == "fell" else agent(ctx, s, h)
        party1 = to_party(ctx, cand, None) if cand else _own_forces(ctx, s, h) or _teller_did(ctx, s, [h])
        if party1 is None and h.hit.entry.pos == "noun" and (claimer := announcer(ctx, s, h)) is not None \
                and party_of(claimer).armed:
            party1 = party_of(claimer)  # «أعلنت إدارة العمليات العسكرية السيطرة على مدينة حمص»
        if party1 is None and h.hit.suffix.removeprefix("ت") in PRONOUNS:
            # «أعلنت هيئة تحرير الشام مقتل 15 عنصرا ...، وسيطرتها على قرية الحماميات»: its own
            # (the noun with a pronoun, also read as a verb with an object: «سيطرت» + «ها»)
            party1 = _announcing_actor(ctx, s, h.start)
        if party1 is not None and h.name != "withdrawal":
            # «أوضحت الوزارة أن قواتها تمكنت من السيطرة على»: the teller's forces (not the side
            # that left: «فيما انسحبت قوات النظام من مواقعها» takes nothing after it)
            memory.party, memory.para = party1, s.para
        places, how = object_places(ctx, s, h)
        if not places:
            continue
        country = (places[0].data or {}).get("country")
        if party1 is None and not _unknown_subject(ctx, s, h):
            party1 = memory.recall(s)
        if party1 is None and h.hit.entry.implies_state:
            party1 = state_forces(country)
        if party1 is None:
            continue
        # «سيطرت قوات النظام والميليشيات الإيرانية», «فصائل المعارضة بقيادة هيئة تحرير الشام»:
        # an ally of the taker, never the side that lost ground
        partner = coordinated_agent(ctx, cand) if cand is not None and h.name != "withdrawal" else None
        party2 = _withdrawn_side(ctx, s, h, party1, country) if h.name != "withdrawal" else None
        party2 = party2 or _other_side(ctx, s, h, cand, party1, country, f.sentence_hits, beside=partner)
        if party2 is not None and party2.span is not None and _unnamed(ctx, party2):
            party2 = None  # the side that lost ground is coded only when the text names it
        if h.name == "withdrawal":  # «انسحبت قسد من عين عيسى وسلمتها لقوات النظام»
            told = _taken_before(ctx, memory, places, how)
            if told is not None:
                _left_by_loser(told, party1, s)
                continue
            if party2 is None:
                continue  # a withdrawal alone tells no one taking the place
            party1, party2 = party2, party1
        sub = ctx.lex.family(h.name).sub_event or (
            "Government regains territory" if party1.is_state else "Non-state actor overtakes territory")
        if _seized_property(ctx, h):
            sub, party2 = "Looting/property destruction", party2 or _group("Civilians", country)
        if ctx.cue("no_fight", *s.clause_of(h.start)):
            sub = "Non-violent transfer of territory"  # «بموجب اتفاق», «دون قتال»
        cas = f.casualties(ctx)
        when = event_date(ctx, s, h, default)
        allied = to_party(ctx, partner, country) if partner is not None else None
        seen = {ev.location.name_ar for ev in out if ev.location}
        new = []
        for place in places:
            name = _loc(ctx, place, how).name_ar
            if name not in seen:
                seen.add(name)
                new.append(place)
        # «سيطرت على بلدات تلمنس ومعرشورين والغدفة ... بعد معارك أسفرت عن مقتل العشرات»: one
        # toll for the places taken together, divided among them
        for place, share in zip(new, _shares(cas, len(new))):
            ev = _event(ctx, s, sub, h, party1, party2, place, how, when, share, att)
            if allied is not None and allied.name not in (ev.actor1, ev.actor2):
                ev.assoc_actor_1 = allied.name
            _note_divided(ev, cas, len(new))
            out.append(ev)
    return out


def _taken_before(ctx: Context, memory: _Memory, places: list[Mention], how: str) -> Event | None:
    """A change of hands the article told before at one of ``places`` («تمكنت وحدات من الجيش من
    تحرير بلدتي كفرنبودة وقلعة المضيق», then «إن الفصائل انسحبت من قلعة المضيق»)."""
    ids = {_loc(ctx, p, how).gazetteer_id for p in places} - {None}
    for last in memory.told.values():
        for ev in memory.together.get(id(last), [last]):
            if ev.sub_event_type in _HANDS_CHANGED and ev.location is not None and ev.location.gazetteer_id in ids:
                return ev
    return None


_HANDS_CHANGED = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")


def _left_by_loser(told: Event, side: Party, s: Sent) -> None:
    """The side that left a place whose taking was told («في المقابل، قال المتحدث باسم الجبهة
    الوطنية للتحرير إن الفصائل انسحبت من قلعة المضيق»): its account of the same change of hands,
    and the side that lost it, when the taking named none."""
    if told.actor2 is None and side.name != told.actor1 and side.armed:
        told.actor2, told.inter2 = side.name, side.inter
    told.add_note(f"the side that left tells it at {s.start}-{s.end}")


def _withdrawn_side(ctx: Context, s: Sent, h: THit, party1: Party, country: str | None) -> Party | None:
    """«سيطرت الفصائل على مدينة حلب ... بعد انسحاب قوات النظام منها»: the party right after a
    word of losing ground (cues.yaml ``lost_ground``) after the capture, in its sentence, lost
    the place, whoever else the sentence names («باستثناء الأحياء التي تسيطر عليها قسد»)."""
    for _a, b in ctx.words_of_set(h.end, s.end, "lost_ground"):
        nxt = next(iter(ctx.actors.within(b, s.end)), None)
        if nxt is not None and ctx.words(b, nxt.start) == 0:
            side = to_party(ctx, candidate_of(nxt), country)
            return side if side.name != party1.name and side.armed else None
    return None


def _seized_property(ctx: Context, h: THit) -> bool:
    """«استولى مسلحون على مستودع للمواد الغذائية»: a seizure verb whose object, right after
    «على», is property (cues.yaml ``seized_property``): looting, not a place taken."""
    if ctx.norm(h.start, h.end).split()[0].lstrip("و") not in ctx.lex.words("seize"):
        return False
    nxt = ctx.word_spans(h.end, h.end + 80, first=5)
    words = [ctx.norm(a, b) for a, b in nxt]
    if _ON in words[:4]:
        words = words[words.index(_ON) + 1:]
    return bool(words) and words[0].lstrip("و") in ctx.lex.words("seized_property")


def _holder(ctx: Context, s: Sent, h: THit):  # type: ignore[no-untyped-def]
    """«باتت بلدة سراقب تحت سيطرة الجيش السوري»: who holds the place now, the first party
    named after the verb in its clause."""
    c1 = s.clause_of(h.start)[1]
    return next((c for c in other_parties(ctx, s, h, []) if h.end <= c.start < c1), None)


# What storming forces did inside a place that makes the storming a raid, not a capture
# («اقتحمت قوات الاحتلال مخيم جنين واعتقلت 12 فلسطينيا», «... وقتلت 3 فلسطينيين», «اقتحم مستوطنون
# قرية ترمسعيا وأحرقوا عددا من المنازل»); killing during a battle («بعد معارك قتل فيها») is not.
_RAID_ACTS = frozenset(("arrest", "looting", "mob", "abduction"))
_RAID_HARM = frozenset(("attack", "kill", "injure", "assassination", "execution"))
_BATTLE = frozenset(("clash", "shelling", "airstrike"))


def _raid(hits: list[THit]) -> bool:
    names = {h.name for h in hits}
    return bool(names & _RAID_ACTS) or bool(names & _RAID_HARM) and not names & _BATTLE


def _other_side(ctx: Context, s: Sent, h: THit, cand, party1: Party | None, country: str | None,  # type: ignore[no-untyped-def]
                hits: list[THit], wide: bool = False, beside=None, armed_only: bool = False) -> Party | None:
    """The other party: in the trigger's clause, or right after another event word of the
    sentence («بعد اشتباكات عنيفة مع إرهابيي ...»); with ``wide``, anywhere in the sentence.
    Not the agent, nor ``beside`` it (a second attacker); with ``armed_only``, an armed one (the
    other side of a clash, not the people it killed)."""
    c0, c1 = s.clause_of(h.start)
    # nor what the agent belongs to («فصيل "الحمزات" التابع للجيش الوطني السوري»)
    owner = affiliate_of(ctx, cand) if cand is not None else None
    taken = {(c.start, c.end) for c in (cand, beside, owner) if c is not None}
    # nor the agent of an event word of another clause («، تزامنا مع قصف صاروخي من قبل قوات
    # النظام»: who shelled, not who the air strikes hit)
    elsewhere = {by.start for o in hits if s.clause_of(o.start)[0] != c0
                 and (by := by_phrase_agent(ctx, s, o)) is not None}
    # nor who fires back in another clause («، فيما ردت وحدات الجيش على مصادر إطلاق القذائف»)
    elsewhere |= {by.start for o in hits if s.clause_of(o.start)[0] != c0 and _answers(ctx, s, o)
                  and (by := agent(ctx, s, o)) is not None}
    fighting = ctx.lex.family(h.name).group == "violence"  # not «وقعت الحكومة وحركة العدل اتفاقا»
    near = [c for c in other_parties(ctx, s, h, []) if (c.start, c.end) not in taken and not _accused(ctx, s, c)
            and not _the_event_word(c, hits) and not ctx.in_speaker(c.start)  # who tells it is no side
            and not _companion(ctx, s, c) and not _backs(ctx, s, c.start) and c.start not in elsewhere
            and not once_belonged(ctx, c.start)  # «عنصرا سابقا في فصائل المعارضة»: a civilian now
            and not launched_from(ctx, c.start)  # «مسيرة أطلقت من مناطق سيطرة الفصائل»: no target
            and not (party1 is not None and _retold_attackers(ctx, c))  # «وقتلوا 20 من المهاجمين»
            and not (party1 is not None and fighting and _joined_to(ctx, s, c, party1))  # «17 من الفصائل والهيئة»
            and not _in_apposition(ctx, s, c)  # «من فيلق الشام، أكبر فصائل الجبهة الوطنية للتحرير،»
            and not _among_counted(ctx, s, c) and not _in_concurrent_clause(ctx, s, c, c0)
            and not _after_a_denial(ctx, s, h, c) and not _fired_from(ctx, s, c)]
    local = [c for c in near if c0 <= c.start < c1]
    among = _among(ctx, s, h)  # «اندلعت اشتباكات مسلحة، مساء الاثنين، بين جهاز الردع ولواء 444»
    if among is not None:
        local += [c for c in near if among[0] <= c.start < among[1]]
    # the parties right after another event word come after the trigger's own clause's («تدور
    # اشتباكات بين الهيئة والفصائل من جهة، وقوات النظام من جهة أخرى، إثر هجوم معاكس للفصائل»)
    beyond = [c for o in hits if o is not h for c in near
              if o.end <= c.start and ctx.words(o.end, c.start) <= 3 and not c0 <= c.start < c1]
    pool = sorted(local, key=lambda c: not _oblique(ctx, c)) + sorted(beyond, key=lambda c: not _oblique(ctx, c))
    if wide:
        pool += near
    for c in pool:
        p = to_party(ctx, c, country)
        if (party1 is None or p.name != party1.name) and (p.armed or not armed_only):
            return p
    return None


def _fired_from(ctx: Context, s: Sent, c) -> bool:  # type: ignore[no-untyped-def]
    """«سقطت قذائف صاروخية مصدرها مناطق سيطرة قوات النظام و"قسد" على سوق»: a party in the phrase a
    word of the fire's source opens (cues.yaml ``source_of_fire``, six words before at most)
    is where it came from, no target."""
    return _set_word_before(ctx, s, c.start, "source_of_fire", 6)


def _after_a_denial(ctx: Context, s: Sent, h: THit, c) -> bool:  # type: ignore[no-untyped-def]
    """«متهمة إسرائيل بقصفه، فيما نفى الجيش الإسرائيلي مسؤوليته، قائلا إن الانفجار نجم عن صاروخ
    أطلقته حركة الجهاد الإسلامي»: a party named after a denial that follows the event word is the
    denier's account of who did it, no side the event struck."""
    return any(h.end <= d.start < c.start for d in ctx.cue("denial", h.end, s.end))


def _in_concurrent_clause(ctx: Context, s: Sent, c, c0: int) -> bool:  # type: ignore[no-untyped-def]
    """The candidate stands in another clause that opens with a joint of what happened at the
    same time («، بالتزامن مع محاولة مرتزقة الجيش الوطني التقدم نحو المدينة»): it did that, it
    is not who the event struck."""
    k0 = s.clause_of(c.start)[0]
    if k0 == c0:
        return False
    first = ctx.word_spans(k0, c.start, first=2)
    return len(first) == 2 and f"{ctx.norm(*first[0])} {ctx.norm(*first[1])}" in ctx.lex.words("concurrent_joints")


def _retold_attackers(ctx: Context, c) -> bool:  # type: ignore[no-untyped-def]
    """An unnamed definite word for the attackers told of («المهاجمين», «الجناة»: cues.yaml
    ``retold_attackers``): the side that did it, not its other side. Not the gunmen of any side
    («قصف الجيش مواقع المسلحين»)."""
    unnamed = c.mention is None or (c.mention.label or "").startswith("Unidentified Armed Group")
    if ctx.cue_at("unnamed_armed", c.start) is not None:
        return False
    return unnamed and without_proclitic(ctx.norm(c.start, c.end)) in ctx.lex.words("retold_attackers")


def _among_counted(ctx: Context, s: Sent, c) -> bool:  # type: ignore[no-untyped-def]
    """«قتل 9 من مقاتلي الفصائل بينهم 3 من الجنود الأتراك»: a party named after «بينهم» (a count
    between) is some of the victims counted before, not another side."""
    prev = ctx.word_spans(max(s.start, c.start - 40), c.start, last=3)
    return any(ctx.norm(a, b) in ctx.lex.words("part_of") for a, b in prev)  # «منهم», «بينهم»


def _among(ctx: Context, s: Sent, h: THit) -> tuple[int, int] | None:
    """The clause of «بين» when it follows the event word past a date put between commas
    («اشتباكات مسلحة، مساء الاثنين، بين X وY») or its place («اندلعت اشتباكات بالأسلحة الثقيلة،
    مساء الاثنين، في العاصمة الليبية طرابلس بين جهاز دعم الاستقرار واللواء 444»): where the
    sides are named."""
    counted = 0
    for a, b in ctx.word_spans(h.end, s.end, first=12):
        if ctx.norm(a, b) == "بين":
            return a, s.clause_of(a)[1]
        if ctx.triggers.within(a, b) and not any(t is h for t in ctx.triggers.within(a, b)):
            return None
        if not (ctx.dates.covering(a) or ctx.places.covering(a) or ctx.norm(a, b) == "في"):
            counted += 1
            if counted > 2:  # the event word's own adjective («مسلحة», «عنيفة») at most
                return None
    return None


def _joined_to(ctx: Context, s: Sent, c, party: Party) -> bool:  # type: ignore[no-untyped-def]
    """The candidate is joined to ``party``'s words by «و» alone: the same side («مقتل 21 عنصرا من
    قوات النظام و17 من الفصائل والهيئة»: the factions and HTS), unless «بين» opens the pair
    («اشتباكات بين قوات النظام والفصائل»: the two sides)."""
    if party.span is None:
        return False
    first = None
    if c.start >= party.span.end and ctx.norm(party.span.end, c.start).strip() == "و":
        first = party.span.start
    elif party.span.start >= c.end and ctx.norm(c.end, party.span.start).strip() == "و":
        first = c.start
    if first is None:
        return False
    prev = word_before(ctx, s.start, first)
    if prev is None or ctx.norm(*prev) not in ("بين", "وبين"):
        return True
    # «بين هيئة تحرير الشام والفصائل من جهة، وقوات النظام من جهة أخرى»: the pair is one side
    after = ctx.norm(max(c.end, party.span.end), min(s.end, max(c.end, party.span.end) + 20)).strip()
    return any(after.startswith(w) for w in ctx.lex.words("one_side"))


def _in_apposition(ctx: Context, s: Sent, c) -> bool:  # type: ignore[no-untyped-def]
    """The candidate stands in a clause that describes the party ending the clause before it
    («78 عنصرا من فيلق الشام، أكبر فصائل الجبهة الوطنية للتحرير، في غارات»: cues.yaml
    ``apposition`` opens it)."""
    c0, _c1 = s.clause_of(c.start)
    if c0 <= s.start or ctx.cue_at("apposition", c0) is None:
        return False
    before = [m for m in ctx.actors.within(s.start, c0) if ctx.words(m.end, c0) == 0]
    return bool(before)


def _companion(ctx: Context, s: Sent, c) -> bool:  # type: ignore[no-untyped-def]
    """«أثناء دورية مع القوات التركية»: «مع» after a word of company (cues.yaml ``companions``)
    joins a companion of the victims, not the other side («اشتباكات مع المسلحين» is)."""
    prev = word_before(ctx, s.start, c.start)
    if prev is None or ctx.norm(*prev) != "مع":
        return False
    head = word_before(ctx, s.start, prev[0])
    return head is not None and ctx.norm(*head).lstrip("و") in ctx.lex.words("companions")


def _the_event_word(c, hits: list[THit]) -> bool:  # type: ignore[no-untyped-def]
    """An unnamed attacker that is the event word itself («تفجير انتحاري»: the bomber) is no
    other side."""
    unnamed = c.mention is None or (c.mention.label or "").startswith("Unidentified Armed Group")
    return unnamed and any(h.start < c.end and c.start < h.end for h in hits)


def _accused(ctx: Context, s: Sent, c) -> bool:  # type: ignore[no-untyped-def]
    """Is the candidate inside what the victims were accused of («بتهمة التعامل مع قسد»)?"""
    return any(ctx.words(p.end, c.start) <= 4 for p in ctx.cue("pretext", s.start, c.start))


def _unnamed(ctx: Context, p: Party) -> bool:
    """Men the text does not name («المسلحين»); not when the article named them before («إرهابيي
    جبهة النصرة ... تجمعات الإرهابيين»: the group)."""
    if p.span is None or ctx.cue_at("unnamed_armed", p.span.start) is None:
        return False
    return not any((m.data or {}).get("resolved") == "anaphora" for m in ctx.actors.within(p.span.start, p.span.end))


# -- violence -----------------------------------------------------------------------------------
def _violence(ctx: Context, f: Frame, att: Attribution | None, default: When, memory: _Memory) -> list[Event]:
    s = f.sent
    prim = f.primary(ctx)
    places, how = nearby_places(ctx, s, prim)
    country = _country(places)
    cand = _attacker(ctx, f, prim)
    own = [h for h in f.casualty_hits if s.clause_of(h.start) == s.clause_of(prim.start) or not _in_an_answer(ctx, s, h)]
    cas = casualties(ctx, s, own, f.negated, (cand.start, cand.end) if cand else None)
    if not violence_reported(ctx, f, how, cas, cand):
        return []
    cas = target_killed(ctx, f.casualty_hits, cas)
    party1 = _first_party(ctx, f, prim, cand, country) or _told_attacker(ctx, s, prim, memory)
    if party1 and not country:
        country = party1.country
    # «قصفت قوات النظام والميليشيات الإيرانية»: a second attacker joined by «و», not the target
    partner = coordinated_agent(ctx, cand) if cand is not None else None
    party1, party2, country = _second_party(ctx, f, prim, cand, party1, country, cas, partner)
    if party1 is None and party2 is not None and party2.armed and not party2.is_force:
        # «أعلنت قيادة العمليات المشتركة مقتل 5 إرهابيين بضربات جوية»: a state force's official
        # source tells of its enemies killed, and names no one else who did it
        teller = _teller(ctx, s, prim.start)
        party1 = teller if teller is not None and teller.is_state else None
    if party1 is not None and party1.span is not None:
        memory.party, memory.para = party1, s.para
    sub = _violence_sub(ctx, f, prim, party1, party2, cas)
    told = _told_of(ctx, s, prim, memory) if prim.name == GENERIC and sub in ("Attack", "Air/drone strike") else None
    if told is not None and told.event_type != "Violence against civilians":
        # «أعلنت الوزارة تنفيذ عملية جوية ... وأوضحت أن الضربات استهدفت مواقع في عين العرب»: the
        # strikes told before, at new places
        sub, party2 = told.sub_event_type, party2 or _told_party2(told)
    sub, party1, party2 = _acled_sides(ctx, f, prim, sub, party1, party2, country)
    when = event_date(ctx, s, prim, default)
    if _across_the_border(places, how, party1, party2):
        places, how = [], "none"
    events = _records(ctx, s, sub, prim, party1, party2, places, how, when, cas, att)
    allied = coordinated_forces(ctx, party1)  # «الطيران الحربي السوري والروسي»
    if allied is None and partner is not None:
        allied = to_party(ctx, partner, country)
    if allied is not None and party1 is not None and allied.name == party1.name:
        allied = None  # «قوات النظام والفرقة الرابعة»: one of its own units, no other actor
    for ev in events:
        ev.assoc_actor_1 = allied.name if allied else None
    return events


def _across_the_border(places: list[Mention], how: str, party1: Party | None, party2: Party | None) -> bool:
    """«أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا موقع الراهب الإسرائيلي»: an armed group of
    the country of a place borrowed from the paragraph or the article struck the forces of another
    state with no place of its own: the place is where the answer fell, not where this struck."""
    if how not in ("paragraph", "article", "event before") or not places or party1 is None or party2 is None:
        return False
    country = (places[0].data or {}).get("country")
    return party2.is_force and party2.country not in (None, country) and party1.country == country \
        and not party1.is_force


def _told_attacker(ctx: Context, s: Sent, h: THit, memory: _Memory) -> Party | None:
    """«قصف مسلحو جبهة النصرة مواقع الجيش ... وأوضح أن القصف طال بلدات كفرنبل وحاس»: a definite
    event noun with no attacker of its own, in the paragraph of the event of its family told
    with an attacker or the next, tells more of that event (new places): its attacker."""
    ev = _told_of(ctx, s, h, memory)
    if ev is None or not ev.actor1:
        return None
    return Party(ev.actor1, ev.inter1, ev.location.country if ev.location else None, None)


def _another(ctx: Context, s: Sent, h: THit) -> bool:
    """The event noun is followed by «أخرى», «جديدة», «مماثلة» (cues.yaml ``another``)."""
    nxt = word_after(ctx, h.end, s.end)
    return nxt is not None and ctx.norm(*nxt) in ctx.lex.words("another")


def _told_party2(ev: Event) -> Party | None:
    return Party(ev.actor2, ev.inter2, ev.location.country if ev.location else None, None) if ev.actor2 else None


def _told_of(ctx: Context, s: Sent, h: THit, memory: _Memory) -> Event | None:
    """The event a definite event noun tells more of: the last told of its family, or for the
    generic word («الضربات», «الهجوم») the last violent one, in this paragraph or the one before;
    an indefinite one that says it is another («كما استهدفت غارة أخرى منزلا») or is split off
    the report by «، كما» («، كما استهدفت غارة منزلا في بلدة سحمر»): one more of them."""
    if not definite(h) and not (h.hit.entry.pos == "verb" and continues_report(ctx, s)) and not _another(ctx, s, h) \
            and not continues_report(ctx, s, "also_joints"):
        return None  # «، حيث استهدفت صباح اليوم أماكن في بلدات التح وتلمنس»: more of it
    ev = memory.told.get(h.name)
    if ev is None and h.name == GENERIC:
        ev = next(iter(_violent_told(ctx, memory)[-1:]), None)
    if ev is None or ev.evidence is None:
        return None
    para = next((x.para for x in ctx.sents if x.start <= ev.evidence.start < x.end), None)
    return ev if para is not None and 0 <= s.para - para <= 1 else None


def _attacker(ctx: Context, f: Frame, prim: THit):  # type: ignore[no-untyped-def]
    """The candidate who did it: the agent of the frame's event words (an attack word first:
    «هجمات المسلحين» even when another verb leads), never the subject of a defending verb
    («تصدت وسائط الدفاع الجوي لعدوان إسرائيلي»), and the claimer of an event noun («تبنى تنظيم
    داعش مسؤوليته عن تفجير انتحاري»; not the teller of a death: «أعلنت الشرطة مقتل ضابط»)."""
    s = f.sent
    cand = None
    defenders = {(c.start, c.end) for d in f.hits if ctx.lex.family(d.name).defender and prim is not d
                 for c in [agent(ctx, s, d)] if c is not None}
    teller = None  # an agent that is the subject of «أعلن»: kept unless another event word has its own
    for h in sorted(f.hits, key=lambda h: h.name != "attack"):
        if ctx.lex.family(h.name).casualty and h.hit.entry.pos != "verb" and not alleged(ctx, s, h, agent(ctx, s, h)) \
                and fired_by(ctx, s, h) is None:
            continue  # (but «اتهمت المنظمات قوات الدعم السريع بقتل 800 شخص»: the accused; «98 إصابة
            # ... جراء الغاز المسيل للدموع الذي أطلقه الجيش»: who fired)
        if ctx.lex.family(h.name).defender and prim is not h:
            continue
        if prim is not h and _backs(ctx, s, h.start):
            continue  # «مع تقديم طيران التحالف الدولي غطاء جويا»: who backs it did not do it
        cand = agent(ctx, s, h)
        if cand and (cand.start, cand.end) in defenders:
            cand = None
            continue
        if cand and teller is None and h.hit.entry.pos == "noun" and announces(ctx, cand):
            teller, cand = cand, None  # «أعلنت الهيئة عن مقتل قيادي بغارة لطائرة ... للتحالف»
            continue
        if cand:
            break
    cand = cand or teller
    # not who announces a noun a «على يد/من قبل» phrase gives its doer («أعلنت الشرطة العراقية
    # اختطاف ناشط مدني على يد مسلحين مجهولين»)
    claimers = (announcer(ctx, s, h) for h in f.hits if h.hit.entry.pos != "verb" and not ctx.lex.family(h.name).casualty
                and announcer(ctx, s, h) is not None and by_phrase_agent(ctx, s, h) is None)
    claimer = next(claimers, None)
    return candidate_of(claimer) if claimer is not None else cand


def _guessed_forces(cand) -> bool:  # type: ignore[no-untyped-def]
    """The candidate is a state force whose country only the article's context gave."""
    d = (cand.mention.data or {}) if cand is not None and cand.mention is not None else {}
    return d.get("resolved") == "context" and d.get("inter") == "State forces"


def _first_party(ctx: Context, f: Frame, prim: THit, cand, country: str | None) -> Party | None:  # type: ignore[no-untyped-def]
    """Actor1: the attacker, else the forces a nationality adjective, the teller or a possessive
    names, else an unidentified armed group for an attack called terrorist."""
    s = f.sent
    if cand is not None:
        cand = master_of(ctx, cand) or cand  # «القوات المسلحة اليمنية التابعة للحوثيين»: the Houthis
    party1 = to_party(ctx, cand, country) if cand else None
    if party1 is None or _guessed_forces(cand):
        # «طائرة مسيرة يرجح أنها تركية»; the article's forces guessed for «طائرات حربية يعتقد
        # أنها روسية» give way to the nationality the text gives them
        party1 = national_forces(ctx, s, f.hits) or party1
    if party1 is None:
        party1 = _teller_did(ctx, s, f.hits)  # «أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين»
    if party1 is None:
        party1 = _own_forces(ctx, s, prim)  # «قالت وزارة الدفاع الروسية إن طائراتها قصفت»
    if party1 is None and (behind := suspected(ctx, s)) is not None and party_of(behind).armed:
        party1 = to_party(ctx, candidate_of(behind), country)  # «ويرجح أن خلايا تنظيم داعش تقف وراء مقتلهم»
    if party1 is None and (_called_terrorist(ctx, f.hits) or _of_unknown_origin(ctx, f.hits)):
        party1 = unnamed_armed(country, None)  # SANA: «اعتداء إرهابي بقذيفة هاون»; «طائرة مسيرة مجهولة»
    return party1


def _second_party(ctx: Context, f: Frame, prim: THit, cand, party1: Party | None,  # type: ignore[no-untyped-def]
                  country: str | None, cas: Casualties, partner) -> tuple[Party | None, Party | None, str | None]:
    """(actor1, actor2, country): the other side, and actor1 again when only the victims were
    named (the armed side they fought is then actor1)."""
    s = f.sent
    # civilians counted as the victims are the other side, not a party of another clause
    # («قتل 5 أشخاص في هجوم على سوق ... ودفعت الحكومة تعويضا»)
    # «قضى 3 عناصر من الفصائل ... بانفجار لغم أرضي أثناء محاولتهم التسلل إلى مواقع قوات النظام»: a
    # blast no one is said to have set off struck the side counted among its dead
    # (who laid it stays unknown: ACLED's actor1 is then left to the unidentified)
    counted = _counted_side(ctx, s, cas, None, country, reach=2) \
        if party1 is None and cand is None and prim.name == "explosive" else None
    if counted is not None:
        return None, counted, country or counted.country
    party2 = _other_side(ctx, s, prim, cand, party1, country, f.hits, wide=cas.armed_victims is not False,
                         beside=partner)
    if party1 is None and party2 is not None:
        # «قتل خمسة جنود ليبيين في اشتباكات مع مسلحين»: the armed victims are the other side
        side = _other_side(ctx, s, prim, cand, party2, country, f.hits, armed_only=prim.name == "clash")
        if side is None and prim.name == "clash":
            side = _counted_side(ctx, s, cas, party2, country)
        if side is None and party2.armed and not party2.is_force:
            # «أحبطت وحدات من الجيش محاولة تسلل مجموعات إرهابية ... وأوقعت أفرادها بين قتيل ومصاب»:
            # the state's force named in the sentence fought the armed men (named or not: «مجموعة
            # إرهابية من جبهة النصرة»)
            wide = _other_side(ctx, s, prim, cand, party2, country, f.hits, wide=True)
            side = wide if wide is not None and wide.is_force else None
        party1 = side if side is not None and side.armed and party2.armed else None
        if party1 is not None and party1.name.startswith("Unidentified Armed Group") and not party2.is_force:
            party1 = None  # «استهدفت وكرا لعصابات داعش ... مقتل ثلاثة إرهابيين»: the group's own men
        if party1 is not None and not country:
            country = party1.country
            party2 = _other_side(ctx, s, prim, cand, party1, country, f.hits, wide=True)
        if prim.name == "clash" and party1 is not None and party1.span and party2.span \
                and prim.end <= party2.span.start < party1.span.start:
            party1, party2 = party2, party1  # «اشتباكات بين X وY»: the sides in the order named
    if party2 is None or party2.inter == "Civilians" and party2.span is not None \
            and ctx.norm(party2.span.start, party2.span.end) in ctx.lex.words("generic_people"):
        # «استهداف ثكنة زرعيت الإسرائيلية»; «14 شخصا» killed by a bomb on a military bus: its men
        party2 = target_forces(ctx, s, f.hits, country) or party2
        if party2 is not None and party1 is not None and party2.name == party1.name:
            party2 = None
    if party2 is None and party1 is not None:
        # «قالت قسد إن القوات التركية ... شنت هجوما ... وإن مقاتليها تصدوا للهجوم»: the teller's
        # own fighters met the attack
        own = _own_forces_within(ctx, s, s.start, s.end)
        party2 = own if own is not None and own.armed and own.name != party1.name else None
    if party2 is None and cas.armed_victims is False and (cas.fatalities or cas.injured):
        party2 = _civilian_victims(ctx, s, country)  # «قتل مدني في قصف»: no actor names them
    if party2 is None and cas.armed_victims is None:
        party2 = _counted_nationals(ctx, s, cas)  # «استشهد 28 فلسطينيا»
    if party2 is None and party1 is not None and party1.armed and ctx.cue("mutual", *s.clause_of(prim.start)):
        party2 = party1  # «اشتبكت فصائل الجيش الوطني فيما بينها»: infighting
    return party1, party2, country


def _counted_side(ctx: Context, s: Sent, cas: Casualties, party2: Party | None, country: str | None,
                  reach: int = 3) -> Party | None:
    """«قتل 17 عنصرا من قوات النظام، و11 مقاتلا من الفصائل، في اشتباكات»: the dead of a clash
    counted for each side name both sides; the armed group named right after a count (its noun
    and «من» between: at most ``reach`` words) that is not ``party2``."""
    for span in (cas.fatalities_span, cas.injured_span):
        if span is None:
            continue
        for q in ctx.quantities.within(span.start, span.end):
            noun = _counted_noun_party(ctx, q, country)  # «استشهاد عسكريين اثنين»: the noun is the side
            if noun is not None and (party2 is None or noun.name != party2.name):
                return noun
            after = q.end
            for c in _candidates(ctx, after, min(s.end, after + 60)):
                if ctx.words(after, c.start) > reach or _among_counted(ctx, s, c):
                    break  # not «15 شخصا بينهم جندي عراقي»: some of the dead
                p = to_party(ctx, c, country)
                if (party2 is None or p.name != party2.name) and p.armed:
                    return p
    return None


def _counted_noun_party(ctx: Context, q: Mention, country: str | None) -> Party | None:
    """The armed party that the count's noun names, the number after it as its adjective
    («استشهاد عسكريين اثنين») or before it («3 جنود»)."""
    d = q.data or {}
    before = [m for m in ctx.actors.within(max(0, q.start - 30), q.start) if ctx.words(m.end, q.start) == 0]
    ns, ne = d.get("noun_start"), d.get("noun_end")
    after = [m for m in ctx.actors.within(ns, ne) if ns <= m.start < ne] if ns is not None and ne is not None else []
    for m in before[-1:] + after[:1]:
        p = party_of(m)
        return p if p.armed else None
    return None


def _acled_sides(ctx: Context, f: Frame, prim: THit, sub: str, party1: Party | None, party2: Party | None,
                 country: str | None) -> tuple[str, Party | None, Party | None]:
    """ACLED's conventions on who the sides are: a crowd fighting forces is rioters, a clan
    fight has clan militias on both sides, violence against civilians has civilians as its
    target, a battle has two sides (an unidentified armed group where one is unnamed)."""
    if prim.name == "clash" and (_crowd_fights(ctx, prim) or _unarmed_confrontation(ctx, f, prim)) \
            or prim.name == "attack" and party1 is None and prim.hit.entry.pos == "verb" and _crowd_subject(ctx, prim):
        # «اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال», «رشق شبان قوات الاحتلال بالحجارة»:
        # rioters against the forces
        forces = (to_party(ctx, c, country) for c in other_parties(ctx, f.sent, prim, []))
        nationals = _counted_nationals(ctx, f.sent, f.casualties(ctx))  # «300 فلسطيني»: Palestinians
        crowd = nationals.country if nationals is not None else country
        sub, party1, party2 = "Violent demonstration", _group("Rioters", crowd), next(
            (p for p in forces if p.is_state or p.inter == "External/Other forces"), None)
    elif party1 is None and prim.name == "clash" and _of_clans(ctx, prim):
        # «اشتباكات عشائرية»: clan militias on both sides; the dead are counted, not a side
        name = f"Unidentified Clan Militia ({country})" if country else "Unidentified Clan Militia"
        sub, party1 = "Armed clash", Party(name, "Identity militia", country, None)
        party2 = party1
    elif prim.name == "clash" and party2 is not None and party2.armed and _two_of(ctx, f.sent, party2):
        party1 = party2  # «اشتباكات بين فصيلين من الجيش الوطني»: infighting
    elif party1 is None and sub == "Attack" and _crowd_did(ctx, f.sent, prim):
        # «أقدم أهالي بلدة على ضرب لص حتى الموت»: a crowd's violence on a person (ACLED: mob violence)
        sub, party1, party2 = "Mob violence", _group("Rioters", country), party2 or _group("Civilians", country)
    if party2 is None and SUB_EVENT_TYPES[sub] == "Violence against civilians":
        party2 = _group("Civilians", country)  # ACLED: the target of violence against civilians
    if party1 is None and party2 is not None and party2.armed and SUB_EVENT_TYPES[sub] == "Battles":
        party1 = unnamed_armed(country or party2.country, None)  # ACLED: a battle has two sides
    return sub, party1, party2


def _crowd_did(ctx: Context, s: Sent, h: THit) -> bool:
    """The clause of the event word opens with a light verb and a crowd word as its subject
    («أقدم أهالي بلدة على ضرب لص»)."""
    c0 = s.clause_of(h.start)[0]
    first = [ctx.norm(*w) for w in ctx.word_spans(c0, h.start, first=4)]
    if len(first) < 2 or first[0].lstrip("و") not in ctx.lex.words("light_verbs"):
        return False
    return _crowd_named(ctx, first[1:])  # «أقدمت مجموعة من الأهالي على ضرب شاب»


def _two_of(ctx: Context, s: Sent, party: Party) -> bool:
    """«بين فصيلين من الجيش الوطني»: two units of the group named right after «من» (cues.yaml
    ``two_of``) fight each other."""
    if party.span is None:
        return False
    prev = ctx.word_spans(max(s.start, party.span.start - 40), party.span.start, last=2)
    return len(prev) == 2 and ctx.norm(*prev[1]) == "من" and ctx.norm(*prev[0]) in ctx.lex.words("two_of")


def _group(inter: str, country: str | None, span: Span | None = None) -> Party:
    """An unnamed party of ACLED's generic kinds: "Civilians (Syria)", "Rioters", "Protesters"."""
    return Party(f"{inter} ({country})" if country else inter, inter, country, span)


def _counted_nationals(ctx: Context, s: Sent, cas: Casualties) -> Party | None:
    """The dead counted by a nationality alone («استشهد 28 فلسطينيا», «مقتل 3 عراقيين»): civilians
    of that country (no word says they were armed)."""
    span = cas.fatalities_span or cas.injured_span
    if span is None or ctx.nat is None:
        return None
    q = next(iter(ctx.quantities.within(span.start, span.end)), None)
    noun = normalize((q.data or {}).get("noun") or "") if q is not None else ""
    # the accusative of the count («28 فلسطينيا») is the adjective with «ا»
    country = ctx.nat.country_of(noun) or (ctx.nat.country_of(noun[:-1]) if noun.endswith("يا") else None)
    return _group("Civilians", country, Span.of(ctx.text, q.data["noun_start"], q.data["noun_end"])) \
        if country and q is not None else None


def _forces_at_military_sites(ctx: Context, s: Sent, ev: Event, country: str | None) -> Party | None:
    """The state forces of the place, when the event told struck military sites (cues.yaml
    ``military_objects`` in its clause) and the retelling counts people only (``anyone``), and
    another state did it: «شنت طائرات حربية إسرائيلية غارات على مبنى هيئة الأركان العامة ...
    أسفرت عن مقتل 3 أشخاص»."""
    if ev.evidence is None or ev.inter1 not in ("State forces", "External/Other forces"):
        return None
    words = {ctx.norm(c.start, c.end) for c in ctx.cue("victim_civilian", s.start, s.end)}
    forces = state_forces(country)
    if not words or not words <= ctx.lex.words("anyone") or forces is None or forces.name == ev.actor1:
        return None
    trigger = ev.field_evidence.get("sub_event_type")
    if trigger is None:
        return None
    c1 = ctx.sent_at(trigger.start).clause_of(trigger.start)[1]
    return forces if ctx.cue("military_object", trigger.end, c1) else None  # what it struck, not its weapon


def _civilian_victims(ctx: Context, s: Sent, country: str | None) -> Party:
    """Counted victims that the sentence calls civilians, people, children ... are the other side."""
    cue = ctx.cue("victim_civilian", s.start, s.end)
    return _group("Civilians", country, Span.of(ctx.text, cue[0].start, cue[0].end) if cue else None)


def _teller_did(ctx: Context, s: Sent, hits: list[THit]) -> Party | None:
    """The forces an official source speaks for, when it tells an act its own side claims
    (cues.yaml ``teller_did``): the source's actor did it."""
    words = ctx.lex.words("teller_did")
    return next((p for h in hits if (h.hit.entry.key in words or teller_announced(ctx, s, h))
                 and (p := _teller(ctx, s, h.start))), None)


def _called_terrorist(ctx: Context, hits: list[THit]) -> bool:
    """An event noun right before «إرهابي» («اعتداء إرهابي», «التفجير الإرهابي»)."""
    return _described_as(ctx, [h for h in hits if h.hit.entry.pos == "noun"], "terrorist", inside=False)


def _of_unknown_origin(ctx: Context, hits: list[THit]) -> bool:
    """A weapon said to be of unknown origin, in its word or right after it («استهدفت طائرة مسيرة
    مجهولة حقل سرسنك النفطي»: cues.yaml ``unknown_origin``): an armed group no one names."""
    return _described_as(ctx, [h for h in hits if not ctx.lex.family(h.name).casualty], "unknown_origin", inside=True)


def _described_as(ctx: Context, hits: list[THit], word_set: str, inside: bool) -> bool:
    """A word of ``word_set`` right after one of the hits (or, with ``inside``, in its words)."""
    words = ctx.lex.words(word_set)
    for h in hits:
        nxt = word_after(ctx, h.end, h.end + 20)
        spans = (ctx.word_spans(h.start, h.end) if inside else []) + ([nxt] if nxt else [])
        if any(ctx.norm(a, b) in words for a, b in spans):
            return True
    return False


def _own_forces(ctx: Context, s: Sent, h: THit) -> Party | None:
    """«إن طائراتها قصفت», «قواته قصفت»: a force noun with a possessive in the trigger's clause
    is the teller's own forces (cues.yaml ``own_forces``); so is one before it in the sentence
    when the event noun is said to be carried out by them with a pronoun and no name after it
    («إن قواتها "حيدت" 12 إرهابيا ...، خلال عمليات جوية نفذتها يوم الاثنين»)."""
    found = _own_forces_within(ctx, s, *s.clause_of(h.start))
    if found is None and h.hit.entry.pos == "noun" and _done_by_pronoun(ctx, h, s.end):
        found = _own_forces_within(ctx, s, s.start, h.start)
    return found


def _done_by_pronoun(ctx: Context, h: THit, end: int) -> bool:
    """A verb of carrying it out with a pronoun follows the event noun (``perpetrated_after``:
    «نفذتها»), and no party is named right after it."""
    verb = perpetrated_after(ctx, h, end)
    if verb is None:
        return False
    nxt = word_after(ctx, verb[1], end)
    return nxt is None or not ctx.actors.covering(nxt[0])


def _own_forces_within(ctx: Context, s: Sent, start: int, end: int) -> Party | None:
    words = ctx.lex.words("own_forces")
    for a, b in ctx.word_spans(start, end):
        if ctx.norm(a, b).lstrip("و") in words:
            return _teller(ctx, s, a) or _announcing_actor(ctx, s, a)
    return None


def _announcing_actor(ctx: Context, s: Sent, pos: int) -> Party | None:
    """The armed actor named right after a verb of speech or announcement before ``pos`` in the
    sentence («أعلن حزب الله في بيان أن ...»)."""
    for m in reversed(ctx.actors.within(s.start, pos)):
        prev = word_before(ctx, s.start, m.start)
        if prev and (ctx.cue_at("speech", prev[0]) or ctx.cue_at("announce", prev[0])) and party_of(m).armed:
            return party_of(m)
    return None


def _teller(ctx: Context, s: Sent, pos: int) -> Party | None:
    """The actor that the official source named before ``pos`` in the sentence speaks for."""
    for m in reversed(ctx.outlets.within(s.start, pos)):
        d = m.data or {}
        if d.get("actor"):
            mil = ctx.nat.military.get(d.get("country")) if ctx.nat else None
            inter = mil.inter if mil and mil.name == d["actor"] else (
                "State forces" if d["actor"].startswith(_FORCES) else None)
            return Party(d["actor"], inter, d.get("country"), m.span)
    return None


_FORCES = ("Military Forces of", "Police Forces of")


def _teller_forces(ctx: Context, s: Sent, party: Party | None) -> Party | None:
    """«قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 45 مسيرة»: a state force named
    without a country, which the article's country gave, that did what the official source tells
    is the force of that source when it speaks for such a force of another country."""
    if party is None or party.span is None or not party.is_state:
        return party
    m = next(iter(ctx.actors.within(party.span.start, party.span.end)), None)
    if m is None or (m.data or {}).get("resolved") != "context":
        return party
    teller = _teller(ctx, s, m.start)
    if teller is None or teller.country in (None, party.country):
        return party
    kind = next((k for k in _FORCES if party.name.startswith(k)), None)
    if kind is None or not teller.name.startswith(kind):
        return party
    return Party(teller.name, teller.inter, teller.country, party.span)


def _violence_sub(ctx: Context, f: Frame, prim: THit, party1: Party | None, party2: Party | None,
                  cas: Casualties) -> str:
    s = f.sent
    fam = ctx.lex.family(prim.name)
    if fam.group == "looting":  # military things destroyed (see ``frames``): from the air, or fighting
        return "Air/drone strike" if ctx.cue("air", s.start, s.end) else "Armed clash"
    sub = fam.sub_event or "Attack"
    blasts = ctx.lex.words("blasts")
    if prim.name == "explosive" and all(h.hit.entry.key in blasts for h in f.hits if h.name == "explosive"):
        # «انفجار عنيف هز حي المزة نتيجة سقوط صاروخ إسرائيلي»: the blast of a missile or a raid
        weapon = next((h for h in f.hits if h.name in ("shelling", "airstrike") and not background(ctx, h)), None)
        if weapon is not None:
            prim, sub = weapon, ctx.lex.family(weapon.name).sub_event or sub
    if prim.name in ("shelling", "attack", "explosive") and ctx.cue("air", s.start, s.end) \
            and not ctx.cue("artillery", *s.clause_of(prim.start)):
        if prim.name == "shelling" or any(h.name == "attack" for h in f.hits):
            sub = "Air/drone strike"
    elif prim.name == "attack" and ctx.cue("artillery", *s.clause_of(prim.start)):
        sub = "Shelling/artillery/missile attack"  # «استهدفت بالمدفعية الثقيلة سوق المدينة»
    elif prim.name == "attack" and party1 is not None and party1.inter == "External/Other forces" \
            and without_proclitic(ctx.norm(prim.start, prim.end)) in ctx.lex.words("strikes"):
        # «قال الجيش الأمريكي إنه نفذ ضربة استهدفت قادة في تنظيم القاعدة»: a foreign force's
        # strike, no gun on the ground named, is from the air
        return "Air/drone strike"
    if prim.name in ("shelling", "airstrike", "attack", "explosive") and _chemical_used(ctx, s):
        sub = "Chemical weapon"
    if sub == "Attack" and prim.name in ("attack", "kill", "injure"):
        armed = party2.armed if party2 and party2.inter else cas.armed_victims
        if armed or (party1 and party2 and party1.armed and party2.armed):
            sub = "Armed clash"
    if sub == "Armed clash" and party2 is not None and party2.inter == "Civilians" and not cas.armed_victims:
        sub = "Attack"  # «استشهد شاب برصاص قوات الاحتلال خلال مواجهات»: a battle needs two armed sides
    return sub


def _chemical_used(ctx: Context, s: Sent) -> bool:
    """A chemical word (cues.yaml ``chemical``) in the sentence that names no weapon's programme,
    stock or sites (three words before it at most: ``weapons_programme``)."""
    return any(not ctx.words_of_set(max(s.start, c.start - 60), c.start, "weapons_programme", last=3)
               for c in ctx.cue("chemical", s.start, s.end))


def _near_protest(ctx: Context, s: Sent, f: Frame, kind: str) -> bool:
    """A cue («رشق», «فرقت») in the clause of a protest word or within 6 words of it; not one done
    to oneself («أحرق نفسه احتجاجا»: a self-immolation is no violence against others)."""
    for h in (h for h in f.hits if h.name in ("protest", "riot")):
        c0, c1 = s.clause_of(h.start)
        for cue in ctx.cue(kind, s.start, s.end):
            if ctx.actors.covering(cue.start):
                continue  # «قوات مكافحة الشغب» (riot police) is no riot
            nxt = ctx.word_spans(cue.end, s.end, first=1)
            if nxt and ctx.norm(*nxt[0]) in ctx.lex.words("reflexive"):
                continue
            prev = ctx.word_spans(max(s.start, cue.start - 40), cue.start, last=2)
            if any(ctx.cue_at("background", a) is not None and (ctx.norm(a, b) in ctx.lex.words("grievance")
                                                                or ctx.norm(a, b) == _ON) for a, b in prev):
                continue  # «تنديدا باعتقال زملائهم»: what they protest against, not done to them
            if c0 <= cue.start < c1:
                return True
            gap = ctx.words(cue.end, h.start) if cue.end <= h.start else ctx.words(h.end, cue.start)
            if gap <= 6 or kind == "intervention" and h.end <= cue.start and _force_does(ctx, s, cue) is not None:
                return True
    return False


def _force_does(ctx: Context, s: Sent, cue: THit) -> Mention | None:
    """The state force named in the cue's clause before it, that does what the cue says («وحاول
    متظاهرون الوصول إلى مبنى السفارة، فأطلقت قوات الدرك الغاز المسيل للدموع لتفريقهم»)."""
    c0 = s.clause_of(cue.start)[0]
    return next((m for m in ctx.actors.within(c0, cue.start)
                 if (m.data or {}).get("inter") in ("State forces", "External/Other forces")), None)


def _without_grievance(ctx: Context, f: Frame, prim: THit) -> Frame:
    """The frame without the words of a grievance after the protest word (``grievance_span``:
    «تظاهر المئات تنديدا باغتيال الصحفية، التي قتلت برصاص القوات الإسرائيلية»): the killing and
    the bullets are what the crowd protests, not done to it."""
    span = grievance_span(ctx, f.sent, prim.end)
    if span is None:
        return f

    def own(h: THit) -> bool:
        return not span[0] <= h.start < span[1]
    return replace(f, hits=[h for h in f.hits if own(h)], casualty_hits=[h for h in f.casualty_hits if own(h)],
                   _casualties=None)


# -- protests -----------------------------------------------------------------------------------
def _protest(ctx: Context, f: Frame, att: Attribution | None, default: When) -> list[Event]:
    s = f.sent
    # «فيما شهدت بلدات القريا وشهبا وقفات احتجاجية»: the protest word the towns witnessed tells where
    # «أغلق محتجون مقرات حزب البعث ...، وخرجت مظاهرات في شهبا والقريا وملح»: a word placed by
    # its clause or what comes before tells where, not one that would borrow a later clause's
    prim = max((h for h in f.hits if h.name in ("protest", "riot")),
               key=lambda h: (h.name == "protest", witnessed(ctx, s, h), _placed_by_now(ctx, s, h), h.strength))
    places, how = nearby_places(ctx, s, prim)
    if not protest_reported(ctx, f, how):
        return []
    f = _without_grievance(ctx, f, prim)
    country = _country(places) or _country_named(ctx, s, prim)
    # not the death the crowd protests («احتجاجا على مقتل شاب برصاص عناصر أمنية»)
    grievance = [h for h in f.casualty_hits if background(ctx, h)]
    cas = casualties(ctx, s, [h for h in f.casualty_hits if h not in grievance], f.negated) if grievance \
        else f.casualties(ctx)
    by_state, by_protesters, gunmen = _acts_on_protest(ctx, f, country)
    violent, intervention = _crowd_acts(ctx, f, country, by_state, by_protesters)
    if gunmen is not None and not (violent or intervention) and not any(h.name == "clash" for h in f.hits):
        # «أطلق مسلحون النار على متظاهرين»: ACLED's attack on civilians, the protesters the victims
        when = event_date(ctx, s, prim, default)
        return _records(ctx, s, "Attack", prim, gunmen, _group("Protesters", country), places, how, when, cas, att)
    sub = _crowd_form(cas, violent, intervention)
    kind = "Rioters" if SUB_EVENT_TYPES[sub] == "Riots" else "Protesters"
    cand = agent(ctx, s, prim)
    backed = None
    fight = _supporters_fight_crowd(ctx, f)
    if fight is not None:
        # «وقعت مواجهات بين أنصار حزب الله والمعتصمين»: a party's supporters attack the
        # protesters (ACLED: mob violence, the party their associate)
        clash, party = fight
        when = event_date(ctx, s, clash, default)
        events = _records(ctx, s, "Mob violence", clash, _group("Rioters", country),
                          _group("Protesters", country), places, how, when, cas, att)
        for ev in events:
            ev.assoc_actor_1 = party_of(party).name
        return events
    if cand is not None and cand.mention is not None and _supporters_of(ctx, cand):
        backed, cand = to_party(ctx, cand, country), None  # «احتجاج لأنصار حزب الله»: whose supporters
    party1 = to_party(ctx, cand, country) if cand and cand.mention is not None else None
    party2 = None
    if party1 is not None and party1.inter in ("Protesters", "Rioters") and party1.inter != kind:
        party1 = _group(kind, party1.country)  # the protesters of a riot are rioters (ACLED)
    if party1 is None or party1.armed or party1.inter == "Civilians":
        # «فرقت قوات الأمن متظاهرين»: the force read as the agent is the one that intervened (an
        # armed group that rules the place too: «فرقت عناصر جهاز الأمن العام التابع للهيئة المحتجين»)
        party2 = party1 if party1 is not None and party1.armed and sub != "Peaceful protest" else None
        if party2 is not None and (cand.mention.data or {}).get("resolved") == "pattern":  # type: ignore[union-attr]
            country = country or party2.country  # «الشرطة الكينية»: named, not guessed from the article
        party1 = _group(kind, country)
    if sub != "Peaceful protest" and party2 is None:
        for c in other_parties(ctx, s, prim, [cand] if cand else []):
            p = to_party(ctx, c, country)
            if p.is_force and not _demanded_of(ctx, s, c.start) and not ctx.in_speaker(c.start):  # nor who tells it
                party2 = p
                break
    when = event_date(ctx, s, prim, default)
    events = _records(ctx, s, sub, prim, party1, party2, places, how, when, cas, att)
    if backed is not None:
        for ev in events:
            ev.assoc_actor_1 = backed.name
    return events


def _broken_up(ctx: Context, f: Frame) -> bool:
    """A verb of breaking up (cues.yaml ``dispersal``) with the protest word as its object, its
    subject between at most («وفضت قوات الأمن الوقفة بالقوة»)."""
    for h in (h for h in f.hits if h.name == "protest"):
        c0 = f.sent.clause_of(h.start)[0]
        if any(ctx.words(cue.end, h.start) <= 4 for cue in ctx.cue("dispersal", c0, h.start)):
            return True
    return False


def _intervened(ctx: Context, f: Frame, told: Event) -> None:
    """A retelling of a peaceful protest that tells forces breaking it up (``_broken_up``): it was
    a protest with intervention, the force its actor2."""
    if told.sub_event_type != "Peaceful protest":
        return
    country = told.location.country if told.location else None
    force = next((p for c in _candidates(ctx, f.sent.start, f.sent.end)
                  if (p := to_party(ctx, c, country)).is_force), None)
    _make_intervention(told, force, f"intervention told at {f.sent.start}-{f.sent.end}")


def _arrests_at(crowd: Event, arrests: list[Event]) -> None:
    """Arrests told with a protest are its intervention (ACLED), by the arresting force."""
    force = next((Party(ev.actor1, ev.inter1, None, None) for ev in arrests if ev.actor1), None)
    if crowd.sub_event_type == "Peaceful protest" and arrests:
        _make_intervention(crowd, force, "arrests told with it")


def _make_intervention(ev: Event, force: Party | None, note: str) -> None:
    ev.sub_event_type, ev.event_type = "Protest with intervention", SUB_EVENT_TYPES["Protest with intervention"]
    if force is not None and ev.actor2 is None:
        ev.actor2, ev.inter2 = force.name, force.inter
    ev.add_note(note)


def _supporters_fight_crowd(ctx: Context, f: Frame) -> tuple[THit, Mention] | None:
    """(the clash word, the party) of «مواجهات (محدودة) بين أنصار حزب الله والمعتصمين»: a clash
    word of the frame, «بين» and a word of supporters after it, the party they support, and a
    protest word of the frame joined to it by «و»."""
    for clash in (h for h in f.hits if h.name == "clash"):
        after = ctx.word_spans(clash.end, f.sent.end, first=3)
        words = [ctx.norm(a, b) for a, b in after]
        if "بين" not in words[:2]:
            continue
        k = words.index("بين") + 1
        if k >= len(words) or words[k] not in ctx.lex.words("supporters"):
            continue
        party = next(iter(ctx.actors.within(after[k][1], f.sent.end)), None)
        nxt = word_after(ctx, party.end, f.sent.end) if party is not None else None
        if party is not None and ctx.words(after[k][1], party.start) == 0 and nxt is not None \
                and ctx.norm(*nxt).startswith("و") and any(h.name == "protest" and h.start == nxt[0] for h in f.hits):
            return clash, party
    return None


def _demanded_of(ctx: Context, s: Sent, pos: int) -> bool:
    """«مطالبين باستقالة الحكومة»: a party at ``pos`` within the window of a word of demanding
    (cues.yaml ``demand``) before it in its clause is what the crowd wants something of, and one
    right after a word of stance («المؤيدين للحكومة»: ``stance``) what it stands for or against:
    not a force acting on it."""
    c0 = s.clause_of(pos)[0]
    prev = word_before(ctx, c0, pos)
    if prev is not None and ctx.norm(*prev) in ctx.lex.words("stance"):
        return True  # «المتظاهرين المؤيدين للحكومة»: what they stand for
    return any(ctx.words(d.end, pos) <= d.hit.entry.window for d in ctx.cue("demand", c0, pos))


def _supporters_of(ctx: Context, cand) -> bool:  # type: ignore[no-untyped-def]
    """The party is named right after a word of supporters («لأنصار حزب الله»)."""
    prev = word_before(ctx, max(0, cand.start - 30), cand.start)
    return prev is not None and ctx.norm(*prev) in ctx.lex.words("supporters")


def _crowd_acts(ctx: Context, f: Frame, country: str | None, by_state: bool, by_protesters: bool) -> tuple[bool, bool]:
    """(violent, intervention): the protesters' violence, or forces acting on them, told with a
    protest word."""
    violent = any(h.name in ("riot", "mob") for h in f.hits) or _near_protest(ctx, f.sent, f, "violent") or by_protesters \
        or _fought_forces(ctx, f, country)
    return violent, _near_protest(ctx, f.sent, f, "intervention") or by_state


def _crowd_form(cas: Casualties, violent: bool, intervention: bool) -> str:
    if cas.fatalities and intervention:
        return "Excessive force against protesters"
    if violent:
        return "Violent demonstration"
    return "Protest with intervention" if intervention else "Peaceful protest"


def _add_place(ctx: Context, f: Frame, ev: Event) -> None:
    """«تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي ... وأوضح المصدر أن العدوان أدى إلى خروج مطار حلب
    الدولي عن الخدمة»: a retelling in the event's paragraph or the next names, in its own
    sentence, where the event told with no place happened."""
    s = f.sent
    if ev.location is not None or ev.evidence is None or s.para - ctx.sent_at(ev.evidence.start).para > 1:
        return
    places, how = nearby_places(ctx, s, f.primary(ctx))
    if places and how in ("clause", "sentence"):
        ev.location = _loc(ctx, places[0], how)
        ev.field_evidence["location"] = places[0].span
        ev.add_note(f"place told at {s.start}-{s.end}")


def _retold_crowd(ctx: Context, f: Frame, ev: Event) -> None:
    """«تظاهر مئات المحتجين في مدينة إدلب ... وفرق عناصر من جهاز الأمن العام التابع للهيئة
    المحتجين باستخدام الهراوات»: a retelling of a protest that tells it broken up or turned
    violent makes it that form (ACLED codes the most serious), the force it names its actor2."""
    s = f.sent
    if f.group != "protest" or ev.sub_event_type not in CROWD_SEVERITY or ev.evidence is None \
            or s.para - ctx.sent_at(ev.evidence.start).para > 1 or ctx.cue("denial", s.start, s.end) \
            or ctx.cue("hedge", s.start, s.end):
        return  # not «نفى مصدر أن يكون الاعتقال مرتبطا بالاحتجاجات» two paragraphs on
    country = ev.location.country if ev.location else None
    by_state, by_protesters, _ = _acts_on_protest(ctx, f, country)
    sub = _crowd_form(f.casualties(ctx),
                      *_crowd_acts(ctx, f, country, by_state, by_protesters))
    if CROWD_SEVERITY[sub] <= CROWD_SEVERITY[ev.sub_event_type]:
        return
    ev.sub_event_type, ev.event_type = sub, SUB_EVENT_TYPES[sub]
    if ev.event_type == "Riots" and ev.inter1 == "Protesters":
        ev.actor1, ev.inter1 = (ev.actor1 or "").replace("Protesters", "Rioters", 1), "Rioters"
    force = _crowds_force(ctx, f, country)
    if ev.actor2 is None and force is not None:
        ev.actor2, ev.inter2 = force.name, force.inter
        if force.span:
            ev.field_evidence["actor2"] = force.span
    ev.add_note(f"{sub} told at {s.start}-{s.end}")


def _crowds_force(ctx: Context, f: Frame, country: str | None) -> Party | None:
    """The armed force that is the agent of one of the frame's crowd words («وفرق عناصر من جهاز
    الأمن العام التابع للهيئة المحتجين»; «ورفع المحتجون لافتات ...، فيما فرقت قوات الدرك المحتجين»:
    not the protesters who raised banners)."""
    crowd = [h for h in f.hits if h.name in ("protest", "riot")] or [f.primary(ctx)]
    for h in crowd:
        cand = agent(ctx, f.sent, h)
        cand = (master_of(ctx, cand) or cand) if cand is not None else None  # «جهاز الأمن العام التابع للهيئة»
        force = to_party(ctx, cand, country) if cand is not None and cand.mention is not None else None
        if force is not None and force.armed:
            return force
    for h in crowd[:1]:  # «فأطلقت قوات الدرك الغاز المسيل للدموع» after the crowd word
        m = next(filter(None, (_force_does(ctx, f.sent, c) for c in ctx.cue("intervention", h.end, f.sent.end))), None)
        if m is not None:
            return party_of(m)
    return None


def _fought_forces(ctx: Context, f: Frame, country: str | None) -> bool:
    """The protest frame's clash word has a state force in its clause («قتل متظاهران ... خلال
    مواجهات مع القوات الأمنية»): the protesters fought them."""
    s = f.sent
    return any(h.name == "clash" and any(s.clause_of(c.start) == s.clause_of(h.start)
                                         and to_party(ctx, c, country).is_force for c in other_parties(ctx, s, h, []))
               for h in f.hits)


def _placed_by_now(ctx: Context, s: Sent, h: THit) -> bool:
    """A place stands in the sentence before the end of the word's clause."""
    return any(usable(ctx, m) for m in ctx.places.within(s.start, s.clause_of(h.start)[1]))


def _acts_on_protest(ctx: Context, f: Frame, country: str | None) -> tuple[bool, bool, Party | None]:
    """Who commits the acts of violence of a protest frame: state forces («فتحت الشرطة النار على
    المتظاهرين»: an intervention), the protesters («هاجم متظاهرون السفارة»: violent), or armed men
    who are no state force («أطلق مسلحون النار على متظاهرين»: an attack on them; the last value)."""
    by_state = by_protesters = False
    gunmen: Party | None = None
    for h in f.hits:
        fam = ctx.lex.family(h.name)
        if fam.casualty and h.hit.entry.pos == "verb" and past_verb(h) and (c := agent(ctx, f.sent, h)) is not None:
            by_state = by_state or to_party(ctx, c, country).is_force  # «قتلت الشرطة 8 متظاهرين»
        if fam.group != "violence" or fam.casualty:
            continue
        if not past_verb(h) and not (h.hit.entry.pos == "noun" and light_verb(ctx, f.sent.clause_of(h.start)[0], h)):
            # («أقدم عناصر من قسد على إطلاق النار على متظاهرين»: the noun of a light verb is its act)
            # «قتل ثلاثة متظاهرين برصاص قوات الأمن»: the bullets that harmed them are the force's act
            # (a count and «على الأقل» between: «قتل 18 متظاهرا على الأقل برصاص قوات الأمن»)
            if h.hit.entry.pos == "noun" and (h.hit.prefix + h.hit.entry.key).startswith(("ب", "وب")) \
                    and any(c.end <= h.start and ctx.words(c.end, h.start) <= 5 for c in f.casualty_hits) \
                    and (c := agent(ctx, f.sent, h)) is not None:
                party = to_party(ctx, c, country)
                by_state = by_state or party.is_force
                if party.armed and not party.is_force and party.inter not in ("Protesters", "Rioters"):
                    gunmen = gunmen or party  # «7 متظاهرين قتلوا برصاص قوات الدعم السريع»
            elif h.hit.entry.pos == "noun" and (c := by_phrase_agent(ctx, f.sent, h)) is not None:
                party = to_party(ctx, c, country)  # «قتل متظاهر طعنا بالسكاكين على يد مجهولين»
                by_state = by_state or party.is_force
                if party.armed and not party.is_force:
                    gunmen = gunmen or party
            continue  # a verb with its subject: «اغتيال» or «التي استهدفت» after the protesters is not theirs
        cand = agent(ctx, f.sent, h)
        if cand is None:
            continue
        party = to_party(ctx, cand, country)
        by_state = by_state or party.is_force
        # the protesters only as the subject right after the verb («هاجم متظاهرون السفارة»); before
        # it they are as often the object («على المتظاهرين ... وهاجمتهم»)
        after = cand.start >= h.end and ctx.words(h.end, cand.start) <= 1
        by_protesters = by_protesters or after and party.inter in ("Protesters", "Rioters")
        if party.armed and not party.is_force and party.inter not in ("Protesters", "Rioters"):
            gunmen = gunmen or party
    return by_state, by_protesters, gunmen


# -- strategic developments ---------------------------------------------------------------------
def _own_members_after(ctx: Context, s: Sent, h: THit) -> bool:
    """Its own members (cues.yaml ``own_forces``: «عناصرها», «مقاتليه») among the five words after
    the arrest word, in its clause: the arrested are of the arresting side."""
    own = ctx.lex.words("own_forces")
    c1 = s.clause_of(h.start)[1]
    return any(ctx.norm(a, b).lstrip("و") in own for a, b in ctx.word_spans(h.end, c1, first=5))


def _other(ctx: Context, f: Frame, att: Attribution | None, default: When) -> list[Event]:
    s = f.sent
    prim = f.primary(ctx)
    fam = ctx.lex.family(prim.name)
    places, how = nearby_places(ctx, s, prim)
    if fam.needs_place and not places:
        return []
    if prim.strength < 2 and how != "clause" and not ctx.dates.within(s.start, s.end):
        return []
    if all(background(ctx, h) for h in f.hits):
        return []  # «توفي تحت التعذيب بعد اعتقاله قبل عامين»: the arrest is background
    if fam.group == "arrest" and _of_ordinary_crime(ctx, s, prim):
        return []  # «ألقت الأجهزة الأمنية القبض على تشكيل عصابي تخصص في سرقة السيارات»: no ACLED arrest
    country = _country(places)
    cand = agent(ctx, s, prim)
    if cand is None and fam.group == "arrest":
        cand = operation_agent(ctx, s, prim)  # «نفذت قوة ... عملية أسفرت عن اعتقال ثلاثة»
    if cand is None and prim.hit.entry.pos == "verb":
        cand = affiliated_subject(ctx, s, prim)  # «فككت فرق الهندسة التابعة لهيئة تحرير الشام عبوة»
    owner = master_of(ctx, cand) if cand is not None else None  # «جهاز الأمن العام التابع لهيئة تحرير الشام»
    party1 = to_party(ctx, owner or cand, country) if cand else None
    if party1 is None:
        party1 = _teller_did(ctx, s, f.hits)  # «أعلنت وزارة الدفاع السورية إسقاط طائرات مسيرة»
        if party1 is not None and fam.group == "arrest" and not party1.name.startswith(_FORCES):
            party1 = None  # «أعلنت الخارجية اعتقال مواطن»: not the ministry's arrest
    if party1 is None and prim.hit.entry.pos != "verb":
        claimer = announcer(ctx, s, prim)  # «أعلن الجيش اللبناني توقيف سوريين»: an armed force tells its act
        if claimer is not None and party_of(claimer).armed:
            cand, party1 = candidate_of(claimer), party_of(claimer)
    party2 = _other_side(ctx, s, prim, cand, party1, country, f.hits, wide=True)
    sub = fam.sub_event or "Other"
    if sub == "Mob violence":
        party1, party2 = _mob_parties(ctx, f, prim, cand, party1, party2, country)
    if sub == "Agreement":
        agreeing = _states_agreeing(ctx, s, prim)
        if agreeing is not None and (party1 is None or agreeing[1] is not None):
            party1, party2 = agreeing  # two states agreeing are both its sides, in the order named
    if fam.group == "arrest" and party1 is not None and party1.armed and _own_members_after(ctx, s, prim):
        party2 = party1  # «حملة اعتقالات طالت عددا من عناصرها»: the group arrested its own members
    if sub == "Arrests" and prim.hit.entry.pos == "verb" and any(
            ctx.norm(a, b) in ctx.lex.words("hostages") for a, b in ctx.word_spans(prim.end, s.end, first=4)):
        sub = "Abduction/forced disappearance"  # «احتجز المسلحون عشرات الرهائن»
    if sub == "Arrests" and party1 is not None and party1.name.startswith("Unidentified Armed Group"):
        # «هاجم مسلحون مجهولون مخفر الشرطة واحتجزوا عناصره»: no authority's arrest, an abduction
        sub = "Abduction/forced disappearance"
    if sub == "Arrests" and party1 is None and party2 is not None and party2.is_force \
            and party2.span is not None and party2.span.end <= prim.start:
        # «إن قوات الأمن أرسلت تعزيزات ... وبدأت عملية تمشيط، واعتقلت أربعة»: the force named
        # before the arrest, far from it, made it
        party1, party2 = party2, None
    if sub == "Arrests" and party1 is not None and party1.name == f"Government of {party1.country}":
        # «اعتقلت السلطات المصرية 20 شخصا»: the authorities arrest through their police
        party1 = replace(party1, name=f"Police Forces of {party1.country}")
    if sub == "Looting/property destruction" and party2 is None and country:
        party2 = _group("Civilians", country)  # whose houses were blown up or looted: the people's
    if sub == "Arrests" and (party2 is None or party2.armed and party1 is not None and party1.is_state
                             and party2.is_state):
        # with no place, the civilians are of the arresting state's country, not of a foreign force's
        country = country or (party1.country if party1 and party1.is_state else None)
        party2 = _group("Civilians", country)
    when = event_date(ctx, s, prim, default)
    # what was intercepted may still hurt («ما أدى إلى إصابة 8 أشخاص»: ``frames`` gives it the
    # victims no violence of the sentence has: not «وقتل أكثر من 15 مسلحا ودمر عربة مفخخة», the
    # battle's); an arrest or a looting counts no dead of its own
    hurt = sub == "Disrupted weapons use" and any(ctx.lex.family(h.name).casualty for h in f.hits)
    cas = f.casualties(ctx) if hurt else Casualties()
    return _records(ctx, s, sub, prim, party1, party2, places, how, when, cas, att)


# -- records ------------------------------------------------------------------------------------
def _states_agreeing(ctx: Context, s: Sent, h: THit) -> tuple[Party, Party | None] | None:
    """Countries named before the agreement word are their governments («توصلت روسيا وتركيا إلى
    اتفاق»: Government of Russia and Government of Turkey), and so are the heads of state who
    speak for them («اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان على وقف إطلاق
    النار»)."""
    c0, c1 = s.clause_of(h.start)
    nouns = [t.start for t in ctx.triggers.within(h.start, c1) if t.name == h.name and t.hit.entry.pos == "noun"]
    limit = min(nouns) if nouns else c1  # «توصلت روسيا وتركيا إلى اتفاق»: between verb and noun
    states = _agreeing(ctx, c0, limit)
    wider = _agreeing(ctx, s.start, limit) if len(states) < 2 else []
    if len(wider) >= 2:  # «اتفق الرئيسان ...، خلال قمة في موسكو، على»: two sides before an aside
        states = wider
    with_ = [m for m in ctx.places.within(limit, c1) if (m.data or {}).get("feature") == "country"
             and (w := word_before(ctx, limit, m.start)) is not None and ctx.norm(*w) == "مع"]
    states += with_[:1]  # «التوصل إلى اتفاق مع روسيا»
    if not states:
        return None
    parties: list[Party] = []
    for m in states:
        name = m.data["actor"] if m.kind == "person" else f"Government of {m.data['name']}"
        if all(p.name != name for p in parties):
            parties.append(Party(name, "State forces", name.removeprefix("Government of "), m.span))
    return parties[0], (parties[1] if len(parties) > 1 else None)


def _agreeing(ctx: Context, start: int, end: int) -> list[Mention]:
    """Countries and heads of state (people who speak for a government) in text[start:end]."""
    states = [m for m in ctx.places.within(start, end) if (m.data or {}).get("feature") == "country"]
    states += [m for m in ctx.names.within(start, end) if m.kind == "person"
               and str((m.data or {}).get("actor") or "").startswith("Government of ")]
    return sorted(states, key=lambda m: m.start)


def _mob_parties(ctx: Context, f: Frame, prim: THit, cand, party1: Party | None,  # type: ignore[no-untyped-def]
                 party2: Party | None, country: str | None) -> tuple[Party, Party | None]:
    """ACLED codes a mob as "Rioters". Its victim is the first party outside the mob's own
    phrase («مجموعة غاضبة من الأهالي» are the mob, «مخفرا للشرطة» the target), else the civilians
    it beat («سحل حشد غاضب رجلا»)."""
    s = f.sent
    mob = [h for h in f.hits if h.name == "mob"]

    def of_mob(start: int) -> bool:  # «مجموعة غاضبة من الأهالي»: who the mob are
        return any(start >= h.end and ctx.words(h.end, start) <= 2
                   and any(ctx.norm(a, b) == "من" for a, b in ctx.word_spans(h.end, start)) for h in mob)

    if party1 is None or not party1.armed:
        party1 = _group("Rioters", country)
    if party2 is not None and party2.span is not None and of_mob(party2.span.start):
        party2 = None
    if party2 is None:
        others = [c for c in other_parties(ctx, s, prim, [cand] if cand else []) if not of_mob(c.start)]
        party2 = to_party(ctx, others[0], country) if others else None
    if party2 is None:
        after = max(h.end for h in f.hits)
        victims = [v for v in ctx.cue("victim_civilian", after, s.end) if not of_mob(v.start)]
        if victims:
            party2 = _group("Civilians", country, Span.of(ctx.text, victims[0].start, victims[0].end))
    return party1, party2


def _records(ctx: Context, s: Sent, sub: str, trigger: THit, party1: Party | None, party2: Party | None,
             places: list[Mention], how: str, when: When, cas: Casualties, att: Attribution | None) -> list[Event]:
    """One event per place (one with no location when the text names none). A death toll given
    for several places together is divided among them, the first ones taking what does not
    divide evenly, as ACLED divides a total over several days: «مقتل 4 مدنيين جراء غارات على
    أريحا وكنصفرة» is 2 and 2, not 4 and 4."""
    parts = breakdown(ctx, s, cas, trigger) or _placed_counts(ctx, s, cas)
    if parts:  # «قتل 5 مدنيين في غارات روسية على ريف إدلب، 3 منهم في كفرنبل و2 في حاس»
        events = [_event(ctx, s, sub, trigger, party1, party2, p, "clause", when,
                         replace(cas, fatalities=n, fatalities_span=span, injured=None), att) for p, n, span in parts]
        counted = {p.label for p, _n, _span in parts}
        events += [_event(ctx, s, sub, trigger, party1, party2, p, how, when, _no_toll(cas), att)
                   for p in places if p.label not in counted] if len(places) > 1 else []
        rest = cas.fatalities - sum(n for _, n, _ in parts)
        if rest > 0:  # «استشهد 28 ... بينهم 11 في قصف ... في مخيم النصيرات»: the others where told
            events.insert(0, _event(ctx, s, sub, trigger, party1, party2, places[0] if places else None, how,
                                    when, replace(cas, fatalities=rest), att))
        return events
    if len(places) < 2:
        return [_event(ctx, s, sub, trigger, party1, party2, p, how, when, cas, att) for p in (places or [None])]
    at = _toll_placed(ctx, cas, places)
    if at is not None:  # «على مدينة سراقب وبلدة النيرب، ما أدى لمقتل ثلاثة مدنيين في سراقب»
        return [_event(ctx, s, sub, trigger, party1, party2, p, how, when, cas if k == at else _no_toll(cas), att)
                for k, p in enumerate(places)]
    events = [_event(ctx, s, sub, trigger, party1, party2, p, how, when, share, att)
              for p, share in zip(places, _shares(cas, len(places)))]
    for ev in events:
        _note_divided(ev, cas, len(places))
    return events


def _no_toll(cas: Casualties) -> Casualties:
    """The event's casualties at a place where none of its toll was told."""
    return replace(cas, fatalities=0, injured=None, fatalities_span=None, injured_span=None)


def _toll_placed(ctx: Context, cas: Casualties, places: list[Mention]) -> int | None:
    """The index of the place the toll is told at («مقتل ثلاثة مدنيين في سراقب»: «في» and one of
    ``places`` right after the counted victims), when only one toll is told."""
    span = cas.fatalities_span or cas.injured_span
    if span is None or cas.fatalities and cas.injured and cas.injured_span is not None:
        return None
    m = _told_at(ctx, span.end)
    return next((k for k, p in enumerate(places) if p.label == m.label), None) if m is not None else None


def _told_at(ctx: Context, end: int) -> Mention | None:
    """The place right after «في» among the two words after ``end`` (the counted noun may come
    first: «ثلاثة مدنيين في سراقب»), no punctuation before it."""
    nxt = ctx.word_spans(end, end + 40, first=2)
    at = next((a for a, b in nxt if ctx.norm(a, b) == "في"), None)
    if at is None or any(ch in "،,.؛;" for ch in ctx.text[end:at]):
        return None
    m = next(iter(ctx.places.within(at, at + 30)), None)
    return m if m is not None and ctx.words(at, m.start) <= 1 and usable(ctx, m) else None


def _shares(cas: Casualties, n: int) -> list[Casualties]:
    """A toll told for ``n`` places together, divided among them (the first ones taking what
    does not divide evenly)."""
    if n < 2:
        return [cas] * n
    return [replace(cas, fatalities=f, injured=i)
            for f, i in zip(_divide(cas.fatalities, n), _divide(cas.injured, n))]


def _note_divided(ev: Event, cas: Casualties, n: int) -> None:
    if n > 1 and (cas.fatalities or cas.injured):
        told = f"{cas.fatalities} killed" + (f", {cas.injured} injured" if cas.injured else "")
        ev.add_note(f"{told} told for {n} places together, divided")


def _placed_counts(ctx: Context, s: Sent, cas: Casualties) -> list[tuple[Mention, int, Span]]:
    """The counts that make up a toll joined by «و», each told at its place («مقتل 7 مدنيين في
    أريحا و3 في معرة النعمان»): (place, count, evidence) for each, when they add up to the toll."""
    span = cas.fatalities_span
    if not cas.fatalities or span is None:
        return []
    parts: list[tuple[Mention, int, Span]] = []
    for q in ctx.quantities.within(span.start, span.end):
        place = _told_at(ctx, q.end)
        if place is None:
            return []
        parts.append((place, int((q.data or {}).get("value", 0)), Span.of(ctx.text, q.start, place.end)))
    return parts if len(parts) > 1 and sum(n for _, n, _ in parts) == cas.fatalities else []


def _divide(total: int | None, n: int) -> list[int | None]:
    """``total`` in ``n`` shares that add up to it (7 in 3: 3, 2, 2); None stays None."""
    if total is None:
        return [None] * n
    return [total // n + (1 if k < total % n else 0) for k in range(n)]


def _country(places: list[Mention]) -> str | None:
    for p in places:
        c = (p.data or {}).get("country")
        if c:
            return c
    return None


def _country_named(ctx: Context, s: Sent, h: THit) -> str | None:
    """The country named as where in the trigger's clause («تظاهر مئات في الأردن», «في مدن جنوب
    باكستان»; not «رفضوا اجراء مفاوضات مع صربيا»): no location (ACLED codes no country-level
    events), but whose protesters they are."""
    c0, c1 = s.clause_of(h.start)
    for m in ctx.places.within(c0, c1):
        if (m.data or {}).get("feature") != "country" or ctx.in_speaker(m.start):
            continue
        prev = ctx.word_spans(c0, m.start, last=1)
        if prev and (ctx.norm(*prev[0]) == _IN or ctx.cue_at("locator", prev[0][0])):
            return (m.data or {}).get("country")
    return None


_IN = normalize("في")


def _loc(ctx: Context, place: Mention, how: str) -> Location:
    d = place.data or {}
    precision = d.get("geo_precision") or (3 if is_region(place) else 1)
    if precision < 2 and near(ctx, place):
        precision = 2
    return Location(
        name=d.get("name") or place.label, name_ar=d.get("name_ar") or place.text,
        gazetteer_id=d.get("gazetteer_id"), admin1=d.get("admin1"), admin2=d.get("admin2"),
        admin3=d.get("admin3"), country=d.get("country"), latitude=d.get("latitude"),
        longitude=d.get("longitude"), geo_precision=int(precision),
    )


def _body_as_civilians(party2: Party | None) -> tuple[Party | None, str | None]:
    """A named body of civilians struck («مستودع تابع للهلال الأحمر», «متطوعي الخوذ البيضاء»):
    ACLED's actor2 is the civilians of its country, the body their associated actor."""
    if party2 is None or party2.inter != "Civilians" or party2.name.startswith("Civilians"):
        return party2, None
    return _group("Civilians", party2.country, party2.span), party2.name


def _civilians_of(party2: Party | None, place: Mention | None, party1: Party | None) -> Party | None:
    """Civilians are those of the country the event took place in, else of the attacker's
    («هاجم مستوطنون إسرائيليون قرية فلسطينية قرب نابلس»: Civilians (Palestine)) unless that is a
    force abroad (the US army's arrests in Iraq are of no Americans); the article's country,
    read by the actors stage, only when neither is known."""
    if party2 is None or party2.inter != "Civilians" or not party2.name.startswith("Civilians"):
        return party2
    country = (place.data or {}).get("country") if place is not None else None
    if not country and party1 is not None and party1.armed and party1.inter != "External/Other forces":
        country = party1.country
    if not country or country == party2.country:
        return party2
    return _group("Civilians", country, party2.span)


def _hedged_side(pos: int, trigger: THit, party1: Party | None, party2: Party | None) -> str:
    """Whose identity a hedge at ``pos`` doubts: the side it goes on to name, else the side named
    last before it («قصف مسلحون يعتقد أنهم من داعش»: actor1), else, after the event word with
    actor1 named before that word, whom it was done to («أعلن الجيش اعتقال شخص يشتبه بارتباطه
    بخلية»: actor2)."""
    sides = [(side, p.span) for side, p in (("actor1", party1), ("actor2", party2)) if p is not None and p.span]
    after = [(span.start, side) for side, span in sides if pos <= span.start <= pos + 60]
    if after:  # «هجمات يعتقد أنها من فعل المتشددين الموالين لطالبان»: the side it goes on to name
        return min(after)[1]
    before = [(span.end, side) for side, span in sides if span.end <= pos]
    if before and max(before)[0] > trigger.start:
        return max(before)[1]
    return "actor2" if pos >= trigger.end and party2 is not None else "actor1"


ANSWERS = "answers an act of the other side"  # the note merge reads: never that act told again
# a toll of one read from an act of killing told as done, not counted (merge reads it: a counted
# toll of the same event is not lowered to it)
ONE_TARGET = "1 killed: the target of the act, no count told"
# the notes of a place taken from no sentence or paragraph of the event's own (merge reads them)
PLACED_BY_ARTICLE = ("place taken from the article", "place taken from the event before")


def _in_an_answer(ctx: Context, s: Sent, h: THit) -> bool:
    """The casualty word's clause goes on with «ردا على» (cues.yaml ``retaliation``): «مؤكدة تحييد
    أكثر من 50 عنصرا من قوات النظام ردا على الهجوم» counts the answer's dead, not the attack's; so
    does one joined to return fire right before it."""
    c0, c1 = s.clause_of(h.start)
    words = [ctx.norm(a, b) for a, b in ctx.word_spans(h.end, c1)]
    if phrase_in(words, ctx.lex.words("retaliation")):
        return True
    # «التي أعلنت الرد على مصادر النيران وتحييد 13 إرهابيا»: the dead of the return fire before it
    return any(t.hit.entry.key in ctx.lex.words("return_fire") and ctx.words(t.end, h.start) <= 3
               for t in ctx.triggers.within(c0, h.start))


def _answers(ctx: Context, s: Sent, trigger: THit) -> bool:
    """The event answers an act of the other side: it is return fire («ردت على مصادر إطلاق
    القذائف») or a verb of responding stands in the five words before its trigger («القوات
    التركية ردت على الفور واستهدفت»; cues.yaml ``responded``)."""
    if trigger.hit.entry.key in ctx.lex.words("return_fire"):
        return True
    return ctx.cue_before("responded", s.start, trigger.start, 5)


def _self_names(ctx: Context, party1: Party | None, party2: Party | None) -> list[str]:
    """«actor1 calls itself «سرايا أولياء الدم»»: the name an unidentified group gave itself."""
    notes = []
    for side, party in (("actor1", party1), ("actor2", party2)):
        span = party.span if party is not None else None
        named = [m.data["self_name"] for m in ctx.actors.within(span.start, span.end)
                 if m.data.get("self_name")] if span is not None else []
        notes += [f"{side} calls itself «{named[0]}»"] if named else []
    return notes


def _event(ctx: Context, s: Sent, sub: str, trigger: THit, party1: Party | None, party2: Party | None,
           place: Mention | None, how: str, when: When, cas: Casualties, att: Attribution | None) -> Event:
    text = ctx.text
    # (not its target: «أعلنت وزارة الدفاع التركية ... قتل عشرات الجنود السوريين في غارات على مواقع
    # الجيش» are the Syrian army's positions)
    party1 = _teller_forces(ctx, s, party1)
    party2, body = _body_as_civilians(party2)
    party2 = _civilians_of(party2, place, party1)
    evidence: dict[str, Span] = {"sub_event_type": Span.of(text, trigger.start, trigger.end)}
    if party1 and party1.span:
        evidence["actor1"] = party1.span
    if party2 and party2.span:
        evidence["actor2"] = party2.span
    if place is not None:
        evidence["location"] = place.span
        if how in ("clause", "sentence", "paragraph", "anaphor"):
            ctx.memo["event_place"] = place
    if when.span:
        evidence["event_date"] = when.span
    if cas.fatalities_span:
        evidence["fatalities"] = cas.fatalities_span
    if cas.injured_span:
        evidence["injured"] = cas.injured_span
    sources = list(att.sources) if att and att.sources else []
    if att and att.evidence and sources:
        evidence["sources"] = att.evidence
    if "dateline" not in ctx.memo:  # worked out once per article
        ctx.memo["dateline"] = dateline(ctx)
    # the outlet that tells what its sources said heads the chain: the article's own (its
    # ``source``), else the dateline's («موسكو - سبوتنيك»)
    for outlet in (ctx.memo["dateline"], ctx.doc.article.source):
        if outlet and outlet not in sources:
            sources = [outlet] + sources
    notes = [f"trigger «{text[trigger.start:trigger.end]}»"]
    if place is not None and how not in ("clause", "object"):
        notes.append(f"place taken from the {how}")
    if att and att.anonymous:
        notes.append("unnamed source: " + "; ".join(att.anonymous))
    if _answers(ctx, s, trigger):
        notes.append(ANSWERS)
    if cas.inferred and cas.fatalities:
        notes.append(ONE_TARGET)
    if cas.days != 1:
        notes.append(f"toll told over {cas.days} days, divided" if cas.days > 1
                     else "toll told over days not counted, none of it the day's")
    hedged = identity_hedge(ctx, s) if party1 is not None or party2 is not None else None
    if hedged:
        notes.append(f"{_hedged_side(hedged[0], trigger, party1, party2)} hedged: «{hedged[1]}»")
    notes += _self_names(ctx, party1, party2)
    return Event(
        doc_id=ctx.doc.article.id, event_id="", event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub,
        actor1=party1.name if party1 else None, actor2=party2.name if party2 else None, assoc_actor_2=body,
        inter1=party1.inter if party1 else None, inter2=party2.inter if party2 else None,
        location=_loc(ctx, place, how) if place is not None else None,
        event_date=when.day, time_precision=when.precision,
        fatalities=cas.fatalities, injured=cas.injured, sources=sources,
        certainty=certainty(ctx, s, trigger), evidence=Span.of(text, s.start, s.end),
        field_evidence=evidence, notes="; ".join(notes),
    )


# The readings by which a count in a retelling counts the event told, not a new one (``_told_before``
# asks them in this order; defined last, after the functions)
_COUNTS_OF_THE_TOLD = (_toll_of, _same_toll, _other_sides_dead, _side_kills, _fuller_toll, _other_count,
                       _force_counts_its_own)
