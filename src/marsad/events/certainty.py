"""Modality of a trigger: did it happen, is it alleged, is it denied?

- ``modality`` says why a trigger is *not* an event: "negation" («لم تحدث مواجهات», «دون وقوع
  إصابات»), "future" (plans, threats, conditions: «يعتزم», «في حال», «سوف», a verb with «سـ»),
  "demand" («مطالبين بوقف الهجمات»), "purpose" («بهدف», «الهدف من», a noun of taking ground with
  «لـ»: «لتحرير العاصمة»), "foiled» («أحبطت»,
  «منعت دخول»). The cue must stand before the trigger, in its clause, within the cue's window
  (cues.yaml).
- ``certainty`` grades what is left: "denied" after «نفى/نفت» (unless another speech verb
  stands between: «نفت ...، مؤكدة أن»), "claimed" with a hedge or an
  allegation anywhere in the sentence («زعم», «على الأرجح», «يشتبه», «اتهم» ...), unless it only
  doubts who did it («مسلحين يعتقد أنهم من داعش»), else "reported".
"""
from __future__ import annotations

from marsad.events.context import Context, Sent, THit
from marsad.model import Mention
from marsad.text.normalize import normalize

_BLOCKING = ("negation", "future", "demand", "purpose", "foiled")


def modality(ctx: Context, s: Sent, h: THit) -> str | None:
    """Why the trigger ``h`` reports no event, or None when it does."""
    if h.hit.entry.pos == "verb" and "س" in h.hit.prefix:
        return "future"
    if h.hit.entry.pos == "noun" and h.hit.prefix.removesuffix("ال").endswith("ل") \
            and ctx.lex.family(h.name).group == "territory":
        return "purpose"  # «ضمن عملية "طوفان الكرامة" لتحرير العاصمة طرابلس», «للسيطرة على»: an aim
    c0, _ = s.clause_of(h.start)
    for kind in _BLOCKING:
        for cue in ctx.cue(kind, c0, h.start):
            if cue.end > h.start or h.name in cue.hit.entry.exempt:
                continue
            if kind == "negation" and ctx.cue_at("result", cue.start) is not None:
                continue  # «ما أدى لمقتل»: a result, not a negation
            if ctx.words(cue.end, h.start) <= cue.hit.entry.window:
                return kind
    return None


def certainty(ctx: Context, s: Sent, h: THit) -> str:
    for cue in ctx.cue("denial", s.start, h.start):
        if ctx.words(cue.end, h.start) > cue.hit.entry.window:
            continue
        # a new assertion between the denial and the trigger («نفت ...، مؤكدة أن قوات النظام
        # قصفت») is not denied: the denial governs its own clause; nor is an event word after
        # the one it denies («نفى وقوع إصابات في الهجوم»: the attack took place)
        if ctx.cue("speech", cue.end, h.start):
            continue
        if any(t.end <= h.start for t in ctx.triggers.within(cue.end, h.start)):
            continue
        return "denied"
    if any(not _about_who(ctx, s, cue) and not _about_toll(ctx, cue, h) for cue in ctx.cue("hedge", s.start, s.end)):
        return "claimed"
    return "reported"


def identity_hedge(ctx: Context, s: Sent) -> tuple[int, str] | None:
    """(offset, words) of a hedge in the sentence that doubts who someone is («يرجح أنها»,
    «يعتقد أنهم», «يشتبه بانتمائهم»), or an accusation of who is behind it («متهمة قوات النظام
    بتنفيذه»), for the event's notes: the event is reported, that side of it is not sure."""
    for cue in ctx.cue("hedge", s.start, s.end) + ctx.cue("accuse", s.start, s.end):
        doer = _after_the_doer(ctx, s, cue)
        if doer is not None and not set(ctx.norm(cue.start, cue.end).split()) & ctx.lex.words("identity_hedges"):
            return doer.start, ctx.text[doer.start:cue.end]  # «تنظيم داعش على الأرجح»
        behind = _who_is_behind(ctx, s, cue)
        if behind is not None:  # «متهمة قوات النظام», «واتهمت إسرائيل حزب الله»: up to the accused
            return cue.start, ctx.text[cue.start:behind.end]
        if _about_who(ctx, s, cue):
            nxt = ctx.word_spans(cue.end, s.end, first=2)
            return cue.start, ctx.text[cue.start:nxt[-1][1] if nxt else cue.end]
    return None


def _about_toll(ctx: Context, cue: THit, h: THit) -> bool:
    """«انفجرت عبوة ... دون ورود أنباء عن إصابات», «وسط أنباء عن سقوط قتلى»: a hedge after the
    event word that is about its dead and wounded, not about the event."""
    if cue.start < h.end:
        return False
    nxt = ctx.word_spans(cue.end, cue.end + 80, first=4)  # «ومن المعتقد أنها أسفرت عن مقتل»
    return any(ctx.cue_at("toll_words", a) is not None or any(
        ctx.lex.family(t.name).casualty for t in ctx.triggers.within(a, b)) for a, b in nxt)


# «أنه», «أنهم»: «أن» with the pronoun of the noun before it («مسلحين يعتقد أنهم من داعش»)
THAT_THEY = frozenset(normalize(w) for w in ("أنه", "أنها", "أنهم", "أنهما", "انه", "انها", "انهم", "انهما"))


def _about_who(ctx: Context, s: Sent, cue: THit) -> bool:
    """«مسلحين يعتقد أنهم من تنظيم داعش», «طائرة مسيرة يرجح أنها تركية»: an impersonal hedge
    (cues.yaml ``identity_hedges``) whose «أن» takes a pronoun for the noun before it, or that
    governs a membership noun («يشتبه بانتمائهم»: cues.yaml ``membership``), doubts who they
    are, not that it happened."""
    words = ctx.norm(cue.start, cue.end).split()
    if _whose_it_was(ctx, s, cue) or _who_is_behind(ctx, s, cue) is not None or _after_the_doer(ctx, s, cue) is not None:
        return True
    if not set(words) & ctx.lex.words("identity_hedges"):
        return False
    if words[-1] in THAT_THEY:
        return True  # the cue «يعتقد أن» with the pronoun on it
    nxt = ctx.word_spans(cue.end, s.end, first=2)
    if nxt and ctx.norm(*nxt[0]) == "في":
        nxt = nxt[1:]  # «يشتبه في انتمائهم»
    if not nxt or ctx.words(cue.end, nxt[0][0]) > 1:
        return False
    # «25 شخصا يشتبه بانتمائهم لتنظيم داعش»: who they are is suspected, not that they were arrested
    if ctx.norm(*nxt[0]) in ctx.lex.words("membership"):
        return True
    # not «ومن المعتقد أنها أسفرت عن مقتل»: what it did is doubted, a verb after the pronoun
    return ctx.norm(*nxt[0]) in THAT_THEY and not (len(nxt) > 1 and _a_verb_of_event(ctx, nxt[1]))


def suspected(ctx: Context, s: Sent) -> Mention | None:
    """The party a hedge or an accusation of the sentence thinks is behind the event
    (``_who_is_behind``: «، متهمة قوات النظام بتنفيذه»)."""
    for cue in ctx.cue("hedge", s.start, s.end) + ctx.cue("accuse", s.start, s.end):
        found = _who_is_behind(ctx, s, cue)
        if found is not None:
            return found
    return None


def _after_the_doer(ctx: Context, s: Sent, cue: THit) -> Mention | None:
    """«في هجوم شنه تنظيم داعش على الأرجح»: the hedge right after the party a verb of doing
    with a pronoun (cues.yaml ``perpetrated``) names: who did it is doubted (that party)."""
    doer = next((m for m in reversed(ctx.actors.within(max(s.start, cue.start - 80), cue.start))
                 if ctx.words(m.end, cue.start) == 0), None)
    if doer is None or (doer.data or {}).get("inter") in (None, "Civilians"):
        return None
    before = ctx.word_spans(max(s.start, doer.start - 20), doer.start, last=1)
    return doer if before and ctx.cue_at("perpetrated", before[0][0]) is not None else None


def _who_is_behind(ctx: Context, s: Sent, cue: THit) -> Mention | None:
    """«ويرجح أن خلايا تنظيم داعش تقف وراء مقتلهم»: the hedge names who it thinks is behind it
    («وراء», «خلف», «بالمسؤولية»: cues.yaml ``behind``, a word or two after a party named after the
    hedge; the last such party, after the accuser: «وحمّل حزب الله إسرائيل المسؤولية»): who did it
    is doubted."""
    c1 = s.clause_of(cue.start)[1]
    found = None
    # (a country named as its forces too: «وحمّل حزب الله إسرائيل المسؤولية», the accuser first)
    parties = sorted(ctx.actors.within(cue.end, c1) + [m for m in ctx.country_forces() if cue.end <= m.start < c1],
                     key=lambda m: m.start)
    for m in parties:
        if ctx.words(cue.end, m.start) > 3:
            break
        after = ctx.word_spans(m.end, c1, first=2)
        if any(ctx.norm(a, b) in ctx.lex.words("behind") for a, b in after):
            found = m  # the party right before the word of responsibility: the accused
    return found


def _whose_it_was(ctx: Context, s: Sent, cue: THit) -> bool:
    """«ورجح المرصد أن تكون الطائرات التي نفذت القصف روسية»: the hedge puts «أن تكون» (cues.yaml
    ``may_be``) before a nationality in its clause: whose the attackers were is doubted."""
    c1 = s.clause_of(cue.start)[1]
    words = ctx.word_spans(cue.end, c1, first=12)
    pairs = [f"{ctx.norm(*a)} {ctx.norm(*b)}" for a, b in zip(words, words[1:])]
    at = next((i for i, p in enumerate(pairs) if p in ctx.lex.words("may_be")), None)
    return at is not None and ctx.nat is not None and any(
        ctx.nat.country_of(ctx.norm(a, b)) for a, b in words[at + 2:])


def _a_verb_of_event(ctx: Context, word: tuple[int, int]) -> bool:
    return ctx.cue_at("occurrence", word[0]) is not None or any(
        t.hit.entry.pos == "verb" for t in ctx.triggers.within(*word))
