"""Who said it: the ``sources`` chain of each sentence.

A sentence is attributed by a speech verb («أفاد», «ذكرت», «أعلن» ...) with its speaker, or by
an "according to" phrase («بحسب», «وفقا لـ», «نقلا عن»). The speaker is an outlet or official
mention (from the actor recogniser), or an anonymous source («مصدر عسكري محلي»). Named sources
go into ``sources``, outlets first («أفاد مصدر عسكري محلي لـRT» -> ["RT"]); anonymous ones are
kept apart for the event notes, since gold ``reported_by`` lists only named outlets/officials.

Attribution carries over:
- to the following sentences of the same paragraph that have no attribution of their own;
- across paragraphs when a speech verb has no speaker of its own («وأشارت إلى أن ...»,
  «وذكرت أن ...»): it continues the last speaker (pronoun continuation).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.context import Context, Sent, THit, title_start
from marsad.model import Mention, Span
from marsad.text.normalize import normalize

_SPEAKER_WINDOW = 10  # words after a speech verb where its speaker may stand
_BACK_WINDOW = 4  # words before a speech verb (SVO: «المركز أعلن»)
_WAS = frozenset(normalize(w) for w in ("كان", "كانت"))  # «وكان المرصد قد أفاد»: the teller before the verb
_WAS_WINDOW = 8  # words at most between «كان» and the speech verb
_ACCORDING_WINDOW = 6


@dataclass
class Attribution:
    sources: list[str] = field(default_factory=list)
    anonymous: list[str] = field(default_factory=list)
    evidence: Span | None = None  # the first named source's mention

    @property
    def empty(self) -> bool:
        return not self.sources and not self.anonymous


def attribute(ctx: Context) -> list[Attribution | None]:
    """The attribution of each sentence of ``ctx`` (None: nobody is named as saying it)."""
    out: list[Attribution | None] = []
    last: Attribution | None = None
    last_para = -1
    for s in ctx.sents:
        att, continues = _sentence(ctx, s)
        if att is not None and not att.sources and last is not None and last.sources \
                and att.anonymous and all(a.startswith("ال") for a in att.anonymous):
            # «وأضاف المراسل أن ...» after «أفاد مراسل سبوتنيك»: the same speaker again
            att = Attribution(list(last.sources), att.anonymous, last.evidence)
        if att is None and continues and last is not None:
            att = last
        elif att is None and last is not None and last_para == s.para:
            att = last
        out.append(att)
        if att is not None:
            last, last_para = att, s.para
    return out


def dateline(ctx: Context) -> str | None:
    """The outlet of a dateline opening the article: a first paragraph of at most six words that
    names an outlet and tells no event («دمشق - سانا», «موسكو (سبوتنيك)»), or a dateline the
    story runs on from (``_inline_dateline``)."""
    if not ctx.paras:
        return None
    p0, p1 = ctx.paras[0]
    if ctx.words(p0, p1) > 6 or ctx.triggers.within(p0, p1):
        return _inline_dateline(ctx, p0, p1)
    outlets = ctx.outlets.within(p0, p1)
    return (outlets[0].label or outlets[0].text) if outlets else None


_DASHES = ("-", "–", "—", "ـ", ":")


def _inline_dateline(ctx: Context, p0: int, p1: int) -> str | None:
    """«الخرطوم (رويترز) - قال شهود عيان ...», «لندن ـ «الشرق الأوسط»: اغتال ...»: an outlet
    among the first six words of the article, a dash or a colon right after it (past its
    closing bracket or quote)."""
    for m in ctx.outlets.within(p0, p1):
        if ctx.words(p0, m.start) > 6:
            break
        if ctx.text[m.end:m.end + 6].lstrip(")»\" ").startswith(_DASHES):
            return m.label or m.text
    return None


def _without_lam(word: str) -> str:
    """«لمصادر» -> «مصادر», «للمصدر» -> «المصدر»: the words without the «لـ» glued to them."""
    return "ا" + word[1:] if word.startswith("لل") else word[1:]


def _preposition(ctx: Context, s: Sent, verb: THit) -> bool:
    """A speech verb that is also a preposition (cues.yaml ``speech_ambiguous``: «بين») and does
    not open its clause: the preposition."""
    if verb.hit.entry.key not in ctx.lex.words("speech_ambiguous"):
        return False
    c0 = s.clause_of(verb.start)[0]
    n = ctx.words(c0, verb.start)
    if n == 0:
        return False
    if n > 1:
        return True
    return f"{ctx.norm(c0, verb.start).strip()} {ctx.norm(verb.start, verb.end)}" not in ctx.lex.words("speech_ambiguous")


def _sentence(ctx: Context, s: Sent) -> tuple[Attribution | None, bool]:
    """The sentence's own attribution, and whether it continues the previous speaker."""
    named: list[Mention] = []
    anonymous: list[str] = []
    continues = own_teller = False
    for verb in ctx.cue("speech", s.start, s.end):
        if _preposition(ctx, s, verb):
            continue  # «اشتباكات بين مجموعات مسلحة»: between, not «بيّن»
        window_end = _window_end(ctx, verb.end, s.end, _SPEAKER_WINDOW)
        found = _outlets(ctx, verb.end, window_end)
        anon = _told_of(ctx, found, unnamed_sources(ctx, verb.end, window_end), window_end)
        if anon and not found and all(ctx.norm(a, b) in ctx.lex.words("outlet_nouns") for a, b in anon):
            named_before = ctx.outlets.within(s.start, verb.start)
            if named_before:  # «يعمل لوكالة رويترز كما اعلنت الوكالة»: the outlet named before
                found, anon = named_before[-1:], []
        if found or anon:
            accusing = ctx.cue_at("accuse", verb.start) is not None  # the accused follows the accuser
            ctx.speakers.append((verb.end, _speaker_end(ctx, found, anon, window_end, accusing)))
            if ctx.cue_at("denial", verb.start) is not None and ctx.triggers.within(s.start, verb.start):
                continue  # «...، فيما نفت مصادر عسكرية خسارة القرية»: who denies did not tell it
        else:
            speaker = _actor_saying(ctx, verb.end, s.end)
            if speaker is not None:  # «قالت قوات سوريا الديمقراطية إن ...»: who tells, no side
                own_teller = True
                civil = [m for m in ctx.actors.within(*speaker) if _civil_body(m)]
                that = ctx.word_spans(speaker[1], s.end, first=1)
                if not civil and that and ctx.norm(*that[0]) not in ctx.lex.words("that"):
                    continue  # «قال الجيش السوداني إنه صد هجوما»: it tells its own act, a side of it
                ctx.speakers.append(speaker)
                if civil:  # «قالت الخوذ البيضاء إن ...», «... إنها استجابت لقصف»: a civil body that
                    named += civil  # counts the dead or answers the call is a source, never a side
                    continue
            back = _back_start(ctx, s, verb.start)
            found = _outlets(ctx, back, verb.start)
            anon = unnamed_sources(ctx, back, verb.start)
            if not found and not anon:  # «وكانت منظمة الخوذ البيضاء قد زعمت أن»: a civil body before it
                found = [m for m in ctx.actors.within(back, verb.start) if _civil_body(m)][:1]
        if not found and not anon and _is_continuation(ctx, verb.end, s.end):
            continues = True
        named += found
        anonymous += [ctx.text[a:b] for a, b in anon]
    for prep in ctx.cue("according", s.start, s.end):
        window_end = _window_end(ctx, prep.end, s.end, _ACCORDING_WINDOW)
        found = _outlets(ctx, prep.end, window_end)
        anon = unnamed_sources(ctx, prep.end, window_end)
        if found or anon:
            ctx.speakers.append((prep.end, _speaker_end(ctx, found, anon, window_end)))
        else:  # «وفق ما أعلن الجيش الإسرائيلي»: an actor it names told it, no side of it
            ctx.speakers += [(m.start, m.end) for m in ctx.actors.within(prep.end, window_end)]
            # «بحسب ما أفاد الدفاع المدني»: a civil body that counts the dead is a source
            found = [m for m in ctx.actors.within(prep.end, window_end) if _civil_body(m)]
        named += found
        anonymous += [ctx.text[a:b] for a, b in anon]
    for prep in ctx.cue("according_glued", s.start, s.end):
        # «وفقا لوكالة سانا»: the outlet (or unnamed source) that begins with the glued «لـ»
        if any(p.start == prep.start for p in ctx.cue("according", prep.start, s.end)):
            continue  # read as «وفقا لـ» above
        nxt = ctx.word_spans(prep.end, s.end, first=1)
        if not nxt or ctx.words(prep.end, nxt[0][0]) or not ctx.text[nxt[0][0]:nxt[0][1]].startswith("ل"):
            continue
        window_end = _window_end(ctx, nxt[0][0], s.end, _ACCORDING_WINDOW)
        a0, b0 = nxt[0]
        found = [m for m in _outlets(ctx, a0, window_end) if a0 <= m.start < b0]
        anon = [(a, b) for a, b in unnamed_sources(ctx, a0, window_end) if a0 <= a < b0]
        if found or anon:
            ctx.speakers.append((nxt[0][0], _speaker_end(ctx, found, anon, window_end)))
            named += found
            told = {_without_lam(x) if x.startswith("ل") else x for x in anonymous}
            anonymous += [w for a, b in anon
                          if (w := _without_lam(ctx.text[a:b]) if a == a0 else ctx.text[a:b]) not in told]
    if not named and not anonymous:
        actor = _self_speaker(ctx, s)
        if actor is not None:
            c0, c1 = s.clause_of(actor.start)
            if not ctx.triggers.within(c0, c1):  # «نفى ... هذه الاتهامات»: it denies words, not its act
                ctx.speakers.append((actor.start, actor.end))
            return Attribution(), False
        if own_teller:  # «من جهته، قال الجيش السوداني إنه صد هجوما»: not the last sentence's source
            return Attribution(), False
        return None, continues
    return _chain(named, anonymous), False


def _actor_saying(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The actor right after a speech verb whose words follow with «إن/أن» («قالت القيادة العامة
    لقوات سوريا الديمقراطية إن الطائرات التركية قصفت»): the span from the verb to «أن»."""
    that_words = ctx.lex.words("that")
    that = next((a for a, b in ctx.word_spans(start, end, first=7) if _that(ctx.norm(a, b), that_words)), None)
    if that is None:
        return None
    actors = ctx.actors.within(start, that)
    if not actors or ctx.triggers.within(start, that) or ctx.words(actors[-1].end, that) > 0:
        return None
    return start, that


def _that(word: str, that_words: frozenset[str]) -> bool:
    """«أن», «إن», «بأن», with a pronoun too («إنه صد هجوما», «أنها قصفت»)."""
    return word in that_words or any(word.endswith(p) and word[:-len(p)] in that_words for p in ("ه", "ها", "هم"))


def _civil_body(m: Mention) -> bool:
    """A named organisation of civilians (the White Helmets, the Red Crescent), not a class of
    people («مدنيين»)."""
    d = m.data or {}
    return m.kind == "actor" and d.get("inter") == "Civilians" and not d.get("generic") \
        and d.get("resolved") != "pattern"  # «الفلسطينيين»: a people read by pattern, no body


def _self_speaker(ctx: Context, s: Sent) -> Mention | None:
    """«نفى فصيل الجبهة الوطنية للتحرير هذه الاتهامات، مؤكدا أن ...»: an actor right after a
    verb of denial or accusation speaks for itself: no earlier speaker is carried over to the
    sentence, and when what it denies is no event (in the verb's clause) it is no side of the
    event it then tells («نفى الجيش التركي قصف قرى»: the army denies its own shelling)."""
    for kind in ("denial", "accuse"):
        for verb in ctx.cue(kind, s.start, s.end):
            nxt = ctx.word_spans(verb.end, s.end, first=1)
            if not nxt or ctx.words(verb.end, nxt[0][0]) != 0:
                continue
            actor = next((m for m in ctx.actors.within(nxt[0][0], s.end) if m.start <= nxt[0][0] < m.end), None)
            if actor is not None:
                return actor
    return None


def _chain(named: list[Mention], anonymous: list[str]) -> Attribution:
    # outlets first, then officials and monitors, each in text order
    ordered = sorted(named, key=lambda m: (0 if (m.data or {}).get("type") == "outlet" else 1, m.start))
    sources: list[str] = []
    for m in ordered:
        label = m.label or m.text
        if label not in sources:
            sources.append(label)
    evidence = ordered[0].span if ordered else None
    # one unnamed source read twice, once cut short («عن مصدر عسكري» and «مصدر»), is one
    unnamed = list(dict.fromkeys(anonymous))
    unnamed = [a for a in unnamed if not any(o != a and o.startswith(a + " ") for o in unnamed)]
    return Attribution(sources, unnamed, evidence)


def _window_end(ctx: Context, start: int, limit: int, words: int) -> int:
    spans = ctx.word_spans(start, limit, first=words)
    end = spans[min(words, len(spans)) - 1][1] if spans else start
    # the speaker ends where the reported content starts («أن», «بأن», «:», «»)
    for i, (a, b) in enumerate(spans[:words]):
        w = ctx.text[a:b]
        if w in ("أن", "ان", "إن", "بأن", "بان", "انه", "أنه", "إنه"):
            return a
    # ... and, at the latest, where an event word tells it («تؤكد تعرض هذه السيدة للاغتصاب على
    # ايدي ضباط وزارة الداخلية»: the ministry is who did it, not who tells)
    told = ctx.triggers.within(start, end)
    end = told[0].start if told else end
    colon = ctx.text.find(":", start, end)
    return colon if colon != -1 else end


def _back_start(ctx: Context, s: Sent, pos: int) -> int:
    """Where the teller of a speech verb at ``pos`` may begin before it: the last few words, or
    all the words after an opening «كان» («وكان المرصد السوري لحقوق الإنسان قد أفاد», «وكانت
    منظمة الخوذ البيضاء قد زعمت»: the teller stands between «كان» and the verb)."""
    c0, _ = s.clause_of(pos)
    c0 = max(c0, s.start)
    first = ctx.word_spans(c0, pos, first=1)
    if first and ctx.norm(*first[0]).lstrip("و") in _WAS and ctx.words(first[0][1], pos) <= _WAS_WINDOW:
        return first[0][1]
    spans = ctx.word_spans(c0, pos, last=_BACK_WINDOW)
    return spans[-_BACK_WINDOW][0] if len(spans) >= _BACK_WINDOW else c0


def _outlets(ctx: Context, start: int, end: int) -> list[Mention]:
    """Outlets and official sources named in text[start:end], and officials named by their
    title («وزير الدفاع السوري العماد علي أيوب» -> "Syrian Minister of Defence")."""
    if end <= start:
        return []
    # the official right after the verb («قال وزير الدفاع السوري العماد علي أيوب»), not one named
    # inside a longer phrase («قال أحد مساعدي الرئيس الحريري», «قال لرئيسه صدام»)
    officials = [m for m in ctx.names.within(start, end) if m.kind == "person" and _office(m)
                 and ctx.words(start, title_start(m)) == 0]
    # an office named without its holder («أعلن المتحدث العسكري المصري», «قال وزير الدفاع العراقي»)
    officials += [m for m in ctx.actors.within(start, end) if (m.data or {}).get("resolved") == "title"
                  and _office(m) and ctx.words(start, m.start) == 0]
    outlets = ctx.outlets.within(start, end)
    # an office held by the outlet named with it («الناطق باسم الجيش الإسرائيلي أفيخاي أدرعي»)
    officials = [m for m in officials if not any(o.start < m.end and m.start < o.end or ctx.words(m.end, o.start) == 0
                                                 and m.end <= o.start for o in outlets)]
    return outlets + [Mention(kind="outlet", start=m.start, end=m.end, text=m.text, label=m.data["role"],
                              data={"type": "official"}) for m in officials]


def _office(m: Mention) -> bool:
    """A role that names an office of some body («Syrian Minister of Defence», «President of
    Syria»), not a bare military rank («العميد» -> "Brigadier General")."""
    role = (m.data or {}).get("role") or ""
    return " of " in role and role != (m.data or {}).get("rank")


def _speaker_end(ctx: Context, found: list[Mention], anon: list[tuple[int, int]], limit: int,
                 accusing: bool = False) -> int:
    """Where the phrase naming the speakers ends: at ``limit`` (the window, cut at «أن»), or
    earlier where the reported content starts with an event word right after the speakers
    («أعلنت الشرطة العراقية مقتل ضابط في بغداد»: Baghdad is where the officer was killed, not
    where the police spoke; «مراسل سانا في حماة» keeps its place). After an accusing verb it
    ends with the accuser («اتهمت الخارجية الروسية الولايات المتحدة بقصف»: the accused follows)."""
    end = max([m.end for m in found] + [b for _a, b in anon])
    if accusing or _content_follows(ctx, end, limit):
        return end
    content = [t.start for t in ctx.triggers.within(end, limit)]
    return max(end, min(content)) if content else max(end, limit)


def _content_follows(ctx: Context, end: int, limit: int) -> bool:
    """A named speaker followed straight by a verbal noun of what it announces («أعلنت وزارة
    الداخلية الليبية ضبط شحنة أسلحة في ميناء مصراتة»): the place after is the content's."""
    nxt = ctx.word_spans(end, limit, first=1)
    if not nxt or ctx.text[end:nxt[0][0]].strip():
        return False
    word = ctx.norm(*nxt[0])
    return word not in ctx.lex.words("speaker_goes_on") and not word.startswith(("ل", "ب", "و")) \
        and ctx.outlets.covering(end - 1) != []


def _told_of(ctx: Context, found: list[Mention], anon: list[tuple[int, int]], limit: int
             ) -> list[tuple[int, int]]:
    """The unnamed sources that are not what a named speaker tells of: those after the event
    word that follows it are its content («أعلنت منظمة العفو الدولية اعتقال 5 ناشطين»)."""
    if not found or not anon:
        return anon
    content = ctx.triggers.within(min(m.end for m in found), limit)
    return [(a, b) for a, b in anon if not content or a < content[0].start]


def unnamed_sources(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The unnamed sources in text[start:end] with their qualifiers, as spans."""
    if end <= start:
        return []
    hits = ctx.cue("anonymous", start, end)
    longest = [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end for o in hits)
               and not _of_outlet(ctx, h.end)]
    return [(h.start, _qualified_end(ctx, h.end, end)) for h in longest]


def _of_outlet(ctx: Context, pos: int) -> bool:
    """A named outlet right after ``pos`` («مراسل سانا», «مراسل شبكة شام»): its reporter, no
    unnamed source (not «مصادر محلية لعنب بلدي», told to it)."""
    nxt = ctx.word_spans(pos, pos + 30, first=1)
    return bool(nxt) and not ctx.text[pos:nxt[0][0]].strip() \
        and any(m.start == nxt[0][0] for m in ctx.outlets.within(nxt[0][0], nxt[0][1] + 40))


def _qualified_end(ctx: Context, pos: int, limit: int) -> int:
    """Extend an unnamed source over its adjectives («مصدر عسكري» -> «مصدر عسكري محلي») and
    one prepositional qualifier («مصادر في المعارضة», «مصدر مقرب من الحكومة»)."""
    words = ctx.word_spans(pos, limit, first=4)
    i = 0
    while i < len(words) and i < 2:
        a, b = words[i]
        w = ctx.norm(a, b)
        if ctx.text[pos:a].strip() or not w.endswith(("ي", "يه", "يين", "يون")) or w.startswith(("ل", "ب")) \
                or w in _NOT_ADJECTIVES:
            break
        if ctx.outlets.within(a, b):
            break
        pos, i = b, i + 1
    rest = words[i:]
    j = 1 if rest and ctx.norm(*rest[0]) in _CLOSE else 0  # «مقرب من», «قريب من»
    if len(rest) < j + 2 or any(ch in _STOP for ch in ctx.text[pos:rest[j + 1][0]]):
        return pos
    prep, noun = ctx.norm(*rest[j]), ctx.norm(*rest[j + 1])
    if prep in ("في", "من") and noun.startswith("ال") and not ctx.outlets.within(*rest[j + 1]):
        return rest[j + 1][1]
    return pos


_NOT_ADJECTIVES = frozenset(normalize(w) for w in ("إلى", "على", "في", "التي", "الذي", "لدى", "حتى", "متى"))
_STOP = frozenset("،,.:;؛«»\"()")


_CLOSE = frozenset(normalize(w) for w in ("مقرب", "مقربة", "مقربين", "قريب", "قريبة", "المقرب", "المقربة"))


def _is_continuation(ctx: Context, pos: int, limit: int) -> bool:
    """A speech verb followed at once by «أن/إلى أن/بأن/،» has no speaker of its own."""
    spans = ctx.word_spans(pos, limit, first=2)
    if not spans:
        return False
    gap = ctx.text[pos:spans[0][0]]
    if any(ch in gap for ch in "،,:«\""):
        return True
    words = [ctx.norm(a, b) for a, b in spans[:2]]
    return words[0] in ctx.lex.continuation or " ".join(words) in ctx.lex.continuation
