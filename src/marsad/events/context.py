"""The view of one article that event extraction works on.

``Context.build(doc, lexicon)`` runs the trigger/cue automaton once over the normalised text,
maps every hit back to original offsets, drops trigger hits that fall inside names (actor,
outlet and person mentions, short «quoted titles», blocker phrases), and indexes sentences,
clauses, paragraphs and the mentions of earlier stages so the extraction code can ask "what is
in this clause" cheaply.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Iterable, NamedTuple, Sequence, TypeVar

from marsad.doc import Doc
from marsad.events.nationality import Nationalities
from marsad.events.triggers import Hit, TriggerLexicon
from marsad.model import Mention
from marsad.text.normalize import normalize

_WORD = re.compile(r"\w+")
_QUOTE = re.compile(r"«([^«»\n]{1,60})»|\"([^\"\n]{1,60})\"")
# fallback segmentation, used only while the text layer gives no sentences/clauses
_SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
_CLAUSE_END = re.compile(r"[،,؛;:]")
_FINAL_PUNCT = tuple(".!?؟…\"»)'")

T = TypeVar("T")


def title_start(m: Mention) -> int:
    """Where a mention begins, with the title that introduces a person («وزير الدفاع السوري
    العماد علي أيوب», «المتحدث العسكري باسم جماعة الحوثيين يحيى سريع»)."""
    start = (m.data or {}).get("title_start") if m.kind == "person" else None
    return start if start is not None and start < m.start else m.start


class THit(NamedTuple):
    """A lexicon hit with offsets into the original article text."""

    start: int
    end: int
    hit: Hit

    @property
    def kind(self) -> str:
        return self.hit.entry.kind

    @property
    def name(self) -> str:
        return self.hit.entry.name

    @property
    def strength(self) -> int:
        return self.hit.entry.strength


@dataclass
class Sent:
    idx: int
    start: int
    end: int
    para: int
    clauses: list[tuple[int, int]]
    headline: bool = False

    def clause_of(self, pos: int) -> tuple[int, int]:
        for c in self.clauses:
            if c[0] <= pos < c[1]:
                return c
        return (self.start, self.end)


_start_end = attrgetter("start", "end")


class Index:
    """Items with ``start``/``end`` sorted by start, with range queries."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = sorted(items, key=_start_end)
        self.starts = [m.start for m in self.items]  # type: ignore[attr-defined]
        self.max_len = max((m.end - m.start for m in self.items), default=0)  # type: ignore[attr-defined]

    def within(self, start: int, end: int) -> list:
        starts = self.starts
        hi = bisect.bisect_left(starts, end)
        if not hi:
            return []
        lo = bisect.bisect_left(starts, start, 0, hi)
        if lo == hi:
            return []
        safe = bisect.bisect_right(starts, end - self.max_len, lo, hi)  # these end in range for sure
        items = self.items
        return items[lo:safe] + [m for m in items[safe:hi] if m.end <= end]

    def covering(self, pos: int) -> list:
        hi = bisect.bisect_right(self.starts, pos)
        return [m for m in self.items[max(0, hi - 8):hi] if m.start <= pos < m.end]


@dataclass
class Context:
    doc: Doc
    lex: TriggerLexicon
    text: str
    sents: list[Sent]
    paras: list[tuple[int, int]]
    triggers: Index
    cues: dict[str, Index]
    places: Index
    actors: Index  # actor mentions plus person mentions that stand for an actor
    outlets: Index
    quantities: Index
    dates: Index
    names: Index  # actor, outlet and person mentions
    masks: list[tuple[int, int]] = field(default_factory=list)
    nat: Nationalities | None = None
    speakers: list[tuple[int, int]] = field(default_factory=list)  # who-said-it phrases (attribution)
    memo: dict[str, object] = field(default_factory=dict)  # per-article indexes built on first use
    _spans: list[tuple[int, int]] = field(default_factory=list)  # every word of the text
    _starts: list[int] = field(default_factory=list)

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def build(cls, doc: Doc, lex: TriggerLexicon, nat: Nationalities | None = None) -> "Context":
        text = doc.text
        paras = _paragraphs(text)
        sents = _sentences(doc, paras)
        by_kind: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            by_kind.setdefault(m.kind, []).append(m)
        actors = list(by_kind.get("actor", []))
        actors += [m for m in by_kind.get("person", []) if (m.data or {}).get("actor")]
        names = by_kind.get("actor", []) + by_kind.get("outlet", []) + by_kind.get("person", [])
        quoted = _quoted_titles(text)
        # (not a crowd named by its protest word: «أضرم محتجون عراقيون النار» holds «محتجون»)
        masks = sorted([(m.start, m.end) for m in names if (m.data or {}).get("inter") not in CROWDS] + quoted)
        # what a name of the lexicon holds counts nothing («اللواء 444 قتال», «القناة 12»; a
        # pattern's counted head does: «جنديين اسبانيين»)
        named = sorted((m.start, m.end) for m in names
                       if m.kind == "outlet" or m.kind == "actor" and (m.data or {}).get("resolved") == "alias")
        # an actor named by its weapon («غارة إسرائيلية», «طائرة مسيرة تركية») is also the event
        weapon_heads = {m.start for m in by_kind.get("actor", [])}

        spans = [(t.start, t.end) for t in doc.tokens if t.kind != "punct"] \
            or [m.span() for m in _WORD.finditer(text)]
        starts = [a for a, _ in spans]
        off = doc.norm.offsets  # normalised index -> original index (hits are never empty)
        new = tuple.__new__
        triggers: list[THit] = []
        blockers: list[THit] = []
        cues: dict[str, list[THit]] = {}
        for h in lex.find(doc.norm.text):
            kind = h.entry.kind
            th = new(THit, (off[h.start], off[h.end - 1] + 1, h))
            if kind == "trigger":
                triggers.append(th)
            elif kind == "blocker":
                blockers.append(th)
            elif kind in cues:
                cues[kind].append(th)
            else:
                cues[kind] = [th]
        days_tallied = [c for c in cues.pop("days_span", []) if _toll_before(c, cues.get("toll", []), text)]
        if days_tallied:  # «ارتفعت حصيلة ضحايا القصف خلال الأيام الثلاثة الماضية إلى 75»: a tally
            cues["tally"] = sorted(cues.get("tally", []) + days_tallied, key=_start_end)
        blamed = [c for c in cues.pop("blame", []) if _responsibility_after(c, text)]
        for kind in ("accuse", "speech") if blamed else ():  # «حملت الوزارة الجماعة المسؤولية»:
            cues[kind] = sorted(cues.get(kind, []) + blamed, key=_start_end)  # an accusation, said
        accused_only = lex.words("accused_only")
        if any(t.hit.entry.key in accused_only for t in triggers):
            triggers = [t for t in triggers if t.hit.entry.key not in accused_only
                        or _accused(t, cues.get("accuse", []), text)]
        retold_only = lex.words("retold_only")
        if any(t.hit.entry.key in retold_only for t in triggers):
            triggers = [t for t in triggers if t.hit.entry.key not in retold_only or _told_earlier(t, triggers, retold_only)]
        if any(t.hit.suffix == "ه" and t.hit.entry.pos == "verb" for t in triggers):
            doers = {m.start for m in by_kind.get("actor", [])} | {c.start for c in cues.get("unnamed_armed", [])}
            triggers = [t for t in triggers if _object_pronoun_kept(t, text, doers)]
        outlets = sorted((m.start, m.end) for m in by_kind.get("outlet", []))
        for kind in ("air", "anonymous"):  # «مراسل المسيرة»: al-Masirah's correspondent, no drone nor unnamed
            if outlets and kind in cues:
                cues[kind] = [c for c in cues[kind] if not _within_any(c, outlets)]
        if "anonymous" in cues:  # «ردت على مصادر النيران»: where the fire came from, no one who tells
            cues["anonymous"] = [c for c in cues["anonymous"] if not _overlaps(c, cues.get("not_anonymous", []))]
        # who may stand between a split verb and its object: names, unnamed gunmen, places (with
        # the words that lead to them: «أسقطت الدفاعات الجوية الروسية في قاعدة حميميم طائرتين»)
        # (and with a count or a date: «أسقطت الدفاعات الجوية 3 طائرات», «ألقت قوات الأمن امس القبض»)
        subjects = sorted([(m.start, m.end) for m in names] + [(h.start, h.end) for h in cues.get("unnamed_armed", [])]
                          + [(m.start, m.end) for k in ("place", "quantity", "date") for m in by_kind.get(k, [])])
        glue = _Glue(_GLUE | lex.words("split_glue"), lex.words("split_sites"))
        triggers += _split_triggers(cues.pop("split_verb", []), cues.pop("split_object", []), subjects, text, glue)
        triggers += _named_operations(doc, lex, quoted)
        triggers.sort(key=lambda t: (t.start, -t.end))
        emphasised = set(_emphasised(text, quoted, triggers, cues.get("nominal_head", [])))
        if emphasised:
            masks = [m for m in masks if m not in emphasised]
        kept: list[THit] = []
        seen: set[tuple[int, int, str]] = set()
        accusations = _accusations(cues.get("pretext", []), sents)
        figures = cues.pop("figurative", [])
        for h in triggers:
            key = (h.start, h.end, h.hit.entry.name)
            if key in seen or _overlaps(h, blockers) or _overlaps(h, accusations):
                continue
            if figures and _figurative(h, figures, text, starts):
                continue
            if not (h.start in weapon_heads and lex.family(h.name).group == "violence") \
                    and _inside_name(h, masks, spans, starts):
                continue
            if h.hit.entry.pos == "verb" and _scare_quoted(h, quoted):
                continue  # «لكن الشرطة «خطفته» من إحدى النوافذ»: someone's word, not the report's
            if _inside_other(h, kept, lex):
                continue  # «مسيرة» (march) inside «طائرة مسيرة» (drone)
            if h.hit.entry.window and kept and kept[-1].start == h.start and kept[-1].name == h.name \
                    and h.end < kept[-1].end and kept[-1].hit.entry.pos == "verb":
                continue  # a split verb («وخرج» of «خرج ... إلى الشوارع») inside a verb with its
                #           subject («وخرج المتظاهرون»): that form tells it, crowd and all
            seen.add(key)
            kept.append(h)
        triggers = kept
        bodies = [t for t in triggers if t.hit.entry.key in lex.words("bodies")]
        # (the victims a word counts by itself are a count too: «، فيما استشهد ضابط ومجند»)
        counted = [Mention("quantity", c.start, c.end, text[c.start:c.end]) for c in cues.get("count_one", []) + cues.get("count_two", [])]
        sents = _split_reports(sents, triggers, text, by_kind.get("quantity", []) + by_kind.get("place", []) + counted,
                               lex.words("report_joints"), lex.words("concurrent_joints"), (bodies, lex.words("found")),
                               lex.words("light_verbs") | lex.words("carried_out") | lex.words("documented")
                               | lex.words("fired"),
                               lex.words("responded"),
                               lex.words("placed_joints"), by_kind.get("actor", []), lex.words("stated_joints"),
                               cues.get("speech", []))
        return cls(
            doc=doc, lex=lex, text=text, sents=sents, paras=paras,
            triggers=Index(triggers), cues={k: Index(v) for k, v in cues.items()},
            places=Index(by_kind.get("place", [])), actors=Index(actors),
            outlets=Index(by_kind.get("outlet", [])),
            quantities=Index(q for q in by_kind.get("quantity", []) if not _inside_a_name(q, named)),
            dates=Index(by_kind.get("date", [])), names=Index(names), masks=masks,
            _spans=spans, _starts=starts, nat=nat,
        )

    # -- queries -------------------------------------------------------------------------------
    def cue(self, kind: str, start: int, end: int) -> list[THit]:
        idx = self.cues.get(kind)
        return idx.within(start, end) if idx else []

    def cue_before(self, kind: str, start: int, pos: int, words: int) -> bool:
        """A ``kind`` cue among the last ``words`` words of text[start:pos]."""
        last = self.word_spans(start, pos, last=words)
        return bool(last) and bool(self.cue(kind, last[0][0], pos))

    def cue_at(self, kind: str, pos: int) -> THit | None:
        idx = self.cues.get(kind)
        if not idx:
            return None
        found = idx.covering(pos)
        return found[0] if found else None

    def country_forces(self) -> list[Mention]:
        """Countries named in the text («أن إسرائيل شنت ضربات», «حمّل حزب الله إسرائيل المسؤولية»),
        each as an actor mention of its armed forces, where no name covers it («التحالف بقيادة
        السعودية»). Worked out once per article."""
        found = self.memo.get("country_forces")
        if found is None:
            found = self.memo["country_forces"] = []
            for m in self.places.items if self.nat is not None else []:
                d = m.data or {}
                mil = self.nat.military.get(d.get("country")) if d.get("feature") == "country" else None  # type: ignore[union-attr]
                if mil is not None and not any(n.start < m.end and m.start < n.end
                                               for n in self.names.within(max(0, m.start - 80), m.end + 80)):
                    found.append(Mention("actor", m.start, m.end, m.text, mil.name,
                                         {"inter": mil.inter, "country": mil.country, "named_as": "place"}))
        return found  # type: ignore[return-value]

    def crowd_word(self, h: THit) -> bool:
        """The protest word names the crowd itself («متظاهرون», «محتجون»): it lies in an actor
        mention of protesters or rioters."""
        return any(m.start <= h.start and h.end <= m.end and (m.data or {}).get("inter") in CROWDS
                   for m in self.actors.covering(h.start))

    def in_speaker(self, pos: int) -> bool:
        """Does ``pos`` lie in the phrase naming who said it («مراسل سانا في حماة»)?"""
        return any(a <= pos < b for a, b in self.speakers)

    def norm(self, start: int, end: int) -> str:
        """The normalised text of the original span text[start:end] (a slice of ``doc.norm``)."""
        norm = self.doc.norm
        return norm.text[norm.from_original(start):norm.from_original(end)]

    def norm_to_original(self, pos: int) -> int:
        """The original offset of the normalised position ``pos``."""
        return self.doc.norm.offsets[pos]

    def words(self, start: int, end: int) -> int:
        """Number of words (or parts of words) in text[start:end]."""
        if end <= start:
            return 0
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        if lo > 0 and self._spans[lo - 1][1] > start:
            lo -= 1
        return hi - lo

    def words_of_set(self, start: int, end: int, name: str, first: int | None = None,
                     last: int | None = None) -> list[tuple[int, int]]:
        """The words of text[start:end] (only among the ``first`` or ``last`` n) that are words of
        the cues.yaml word set ``name``, with or without a leading «و»; a range whose text holds
        none of the set's words is answered at once."""
        words = self.lex.words(name)
        if first is None and last is None and not any(w in self.norm(start, end) for w in words):
            return []
        return [(a, b) for a, b in self.word_spans(start, end, first, last)
                if (w := self.norm(a, b)) in words or w.lstrip("و") in words]

    def word_spans(self, start: int, end: int, first: int | None = None, last: int | None = None
                   ) -> list[tuple[int, int]]:
        """The words of text[start:end], cut at its edges (only the ``first`` or ``last`` n)."""
        if end <= start:
            return []
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        if lo > 0 and self._spans[lo - 1][1] > start:
            lo -= 1
        if first is not None:
            hi = min(hi, lo + first)
        if last is not None:
            lo = max(lo, hi - last)
        out = self._spans[lo:hi]
        if out:  # only the edge words can stick out of the range
            a, b = out[0]
            if a < start or b > end:
                out[0] = (max(a, start), min(b, end))
            a, b = out[-1]
            if b > end:
                out[-1] = (a, end)
        return out

    def para_sents(self, para: int) -> list[Sent]:
        return [s for s in self.sents if s.para == para]

    def sent_at(self, pos: int) -> Sent:
        """The sentence ``pos`` is in (the last that starts at or before it)."""
        starts = self.memo.get("sent_starts")
        if starts is None:
            starts = self.memo["sent_starts"] = [s.start for s in self.sents]
        i = bisect.bisect_right(starts, pos) - 1  # type: ignore[arg-type]
        return self.sents[max(i, 0)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out or [(0, len(text))]


def _para_of(starts: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _sentences(doc: Doc, paras: list[tuple[int, int]]) -> list[Sent]:
    text = doc.text
    spans: list[tuple[int, int, list[tuple[int, int]]]] = []
    if doc.sentences:
        for s in doc.sentences:
            clauses = [(c.start, c.end) for c in (getattr(s, "clauses", None) or [])]
            spans.append((s.start, s.end, clauses or _clauses(text, s.start, s.end)))
    else:  # workaround while the text layer gives no sentences: split on final punctuation
        pos = 0
        for m in list(_SENT_END.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            if text[pos:end].strip():
                s0 = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
                spans.append((s0, end, _clauses(text, s0, end)))
            pos = m.end() if m else end
    sents = []
    multi = len(paras) > 1
    para_starts = [p[0] for p in paras]
    headlines: dict[int, bool] = {}
    for i, (start, end, clauses) in enumerate(spans):
        para = _para_of(para_starts, start)
        if para not in headlines:
            p0, p1 = paras[para]
            line = text[p0:p1].strip()
            headlines[para] = multi and not line.endswith(_FINAL_PUNCT) and len(_WORD.findall(line)) <= 15
        sents.append(Sent(i, start, end, para, clauses, headlines[para]))
    return sents


def _split_reports(sents: list[Sent], triggers: list[THit], text: str, anchors: list[Mention],
                   joints: frozenset[str], concurrent: frozenset[str] = frozenset(),
                   found: tuple[list[THit], frozenset[str]] = ([], frozenset()),
                   light: frozenset[str] = frozenset(), responded: frozenset[str] = frozenset(),
                   placed: frozenset[str] = frozenset(), doers: list[Mention] | None = None,
                   stated: frozenset[str] = frozenset(), speech: list[THit] | None = None) -> list[Sent]:
    """Split a sentence before each clause that opens with a joint (cues.yaml ``report_joints``:
    «فيما», «بينما», «حيث», «في حين») followed at once (a word between at most) by an event verb, or
    with a joint of what happened at the same time (``concurrent_joints``: «بالتزامن مع غارات
    جوية») followed at once by an event word, or with a joint, a verb of finding and a body
    («فيما عثر الأهالي على جثة شاب مقتولا»), or with a joint, a light verb and an event noun
    («بينما نفذ الطيران الحربي الروسي 12 غارة»), and names a count or a place of its own: each such
    clause reports an event of its own, with its own victims and place («كما», cues.yaml
    ``placed_joints``, only with a place). A joint and a verb of responding need neither («فيما
    ردت القوات التركية بقصف مواقع النظام»: the other side's answer), nor a joint and a verb of
    speech before an event word («فيما أعلنت وزارة الدفاع التركية تدمير 8 دبابات»: another
    teller's report, its source its own)."""
    verbs = [t for t in triggers if t.hit.entry.pos == "verb"]
    verb_starts, all_starts = [t.start for t in verbs], [t.start for t in triggers]
    speech = sorted(speech or [], key=lambda t: t.start)
    speech_starts = [t.start for t in speech]
    bodies, found_words = found
    body_starts = [b.start for b in bodies]
    out: list[Sent] = []
    for s in sents:
        cuts = []
        for c0, c1 in s.clauses[1:]:
            to_verb = _lead(text, c0, c1, verbs, verb_starts)
            to_event = _lead(text, c0, c1, triggers, all_starts)
            to_body = _lead(text, c0, c1, bodies, body_starts)
            if _another_tellers_report(text, s.start, c0, c1, speech, speech_starts, triggers, all_starts, joints):
                cuts.append(c0)  # «...، فيما أعلنت وزارة الدفاع التركية تدمير 8 دبابات»: another teller's report
            elif _light_report(to_event, joints, responded) or _clash_between(text, c0, c1, triggers, all_starts, joints) \
                    or _another_act(text, s.start, c0, c1, verbs, triggers, anchors, doers) \
                    or _stated_act(text, s.start, c0, c1, verbs, triggers, anchors, doers, stated):
                cuts.append(c0)
            elif _opens_report(to_verb, joints | placed, 2) or _opens_report(to_event, concurrent, 0) \
                    or _found_body(to_body, joints, found_words) or _light_report(to_event, joints | placed, light):
                own = [m for m in anchors if c0 <= m.start and m.end <= c1]
                lead = to_verb or to_event or []
                if own and (any(m.kind == "place" for m in own)
                            or not _more_victims(text, c0, c1) and not (lead and lead[0] in placed)
                            and not _during_the_told(text, c0, c1, triggers)):
                    cuts.append(c0)
        if not cuts:
            out.append(s)
            continue
        bounds = [s.start] + cuts + [s.end]
        for a, b in zip(bounds, bounds[1:]):
            out.append(Sent(0, a, b, s.para, [c for c in s.clauses if a <= c[0] < b], s.headline))
    for i, s in enumerate(out):
        s.idx = i
    return out


def _another_act(text: str, s0: int, c0: int, c1: int, verbs: list[THit], triggers: list[THit],
                 anchors: list[Mention], doers: list[Mention] | None) -> bool:
    """«اندلعت اشتباكات عنيفة ... في محيط مدينة الفاشر، وقصفت قوات الدعم السريع مخيم زمزم للنازحين»:
    a clause that opens with «و» and an event verb of another family than the sentence's event
    words before it, with its own doer named right after the verb and a place of its own, reports
    another act."""
    verb = next((v for v in verbs if v.start == c0), None)
    if verb is None or not verb.hit.prefix.startswith("و") or not doers:
        return False
    if any(t.name == verb.name for t in triggers if s0 <= t.start < c0) or not any(s0 <= t.start < c0 for t in triggers):
        return False
    rest = text[verb.end:c1]
    gap = len(rest) - len(rest.lstrip())
    own_doer = any(m.start == verb.end + gap for m in doers)
    return own_doer and any(m.kind == "place" and c0 <= m.start and m.end <= c1 for m in anchors)


def _another_tellers_report(text: str, s0: int, c0: int, c1: int, speech: list[THit], speech_starts: list[int],
                            triggers: list[THit], starts: list[int], joints: frozenset[str]) -> bool:
    """«أسقطت الدفاعات الجوية السورية طائرتين مسيرتين تركيتين ...، فيما أعلنت وزارة الدفاع التركية
    تدمير 8 دبابات ... في غارات»: a clause that opens with a joint and a verb of speech, after an
    event word, and tells an event word of its own that is no definite noun (not «فيما قال المرصد
    إن الضربة أصابت معسكرا»: the strike told again) is another teller's report, its source its own."""
    i = bisect.bisect_left(speech_starts, c0)
    if i == len(speech) or speech[i].start >= min(c1, c0 + 16):
        return False  # no verb of speech right after a joint
    if not _opens_report(_lead(text, c0, c1, speech, speech_starts), joints, 0) \
            or not any(s0 <= t.start < c0 for t in triggers):
        return False
    i = bisect.bisect_left(starts, c0)
    return i < len(triggers) and triggers[i].start < c1 and not definite(triggers[i])


def _stated_act(text: str, s0: int, c0: int, c1: int, verbs: list[THit], triggers: list[THit],
                anchors: list[Mention], doers: list[Mention] | None, stated: frozenset[str]) -> bool:
    """«وقال المتحدث العسكري إن الغارات "لن تمر دون رد"، مؤكدا أن قوات الجماعة استهدفت سفينة أمريكية
    في خليج عدن»: a clause that opens with a speaker going on (cues.yaml ``stated_joints``), a doer
    named right after it and an event verb right after the doer, of another family than the
    sentence's event words before it, with a place of its own, reports another act."""
    verb = next((v for v in verbs if c0 <= v.start < c1), None)
    if verb is None or not stated or not doers \
            or " ".join(normalize(w) for w in _WORD.findall(text, c0, min(c1, c0 + 24))[:2]) not in stated:
        return False
    lead = _lead(text, c0, c1, verbs, [v.start for v in verbs])
    if not lead or len(lead) < 3:
        return False
    if any(t.name == verb.name for t in triggers if s0 <= t.start < c0) or not any(s0 <= t.start < c0 for t in triggers):
        return False
    doer = next((m for m in doers if c0 < m.start and m.end <= verb.start and not text[m.end:verb.start].strip()), None)
    if doer is None or len(_WORD.findall(text, c0, doer.start)) > 3:  # «قوات» before «الجماعة»
        return False
    return any(m.kind == "place" and verb.end <= m.start and m.end <= c1 for m in anchors)


def _clash_between(text: str, c0: int, c1: int, triggers: list[THit], starts: list[int],
                   joints: frozenset[str]) -> bool:
    """«، فيما تستمر الاشتباكات بين قوات سوريا الديمقراطية والفصائل الموالية لتركيا في محيط
    المدينة»: a joint, a verb at most, and a clash word with «بين» after it (one adjective
    between at most), the sides of its own:
    a fight of its own, not the event told before the joint."""
    i = bisect.bisect_left(starts, c0)
    if i == len(triggers) or triggers[i].start >= c1 or triggers[i].name != "clash":
        return False
    after = _after_joint([normalize(w) for w in _WORD.findall(text, c0, triggers[i].start)], joints)
    # (an adjective may stand between: «فيما وقعت مواجهات محدودة بين أنصار حزب الله والمعتصمين»)
    nxt = _WORD.findall(text, triggers[i].end, min(c1, triggers[i].end + 24))[:2]
    return after is not None and len(after) <= 1 and _BETWEEN in map(normalize, nxt)


_BETWEEN = normalize("بين")


def _lead(text: str, c0: int, c1: int, hits: list[THit], starts: list[int]) -> list[str] | None:
    """The normalised words of the clause [c0, c1) before the first of ``hits`` (sorted, with
    their ``starts``) in it, or None when none is."""
    i = bisect.bisect_left(starts, c0)
    if i == len(hits) or hits[i].start >= c1:
        return None
    return [normalize(w) for w in _WORD.findall(text, c0, hits[i].start)]


# «آخرين», «آخرون»: more of the victims told before
_OTHERS = frozenset(normalize(w) for w in ("آخرين", "آخرون"))


def _more_victims(text: str, c0: int, c1: int) -> bool:
    """«، فيما أصيب أكثر من 30 آخرين بجروح»: the clause counts more victims of the event told
    before it (others among its first six words), no new report unless it names a place of its
    own («فيما قضى 4 آخرون في قصف صاروخي ... على مدينة خان شيخون»)."""
    return any(normalize(w) in _OTHERS for w in _WORD.findall(text, c0, c1)[:6])


def _after_joint(lead: list[str] | None, joints: frozenset[str]) -> list[str] | None:
    """The words after the joint of one or two words («فيما», «في حين») opening ``lead``."""
    if not lead:
        return None
    if lead[0] in joints:
        return lead[1:]
    return lead[2:] if len(lead) > 1 and " ".join(lead[:2]) in joints else None


_DURING = frozenset(normalize(w) for w in ("خلال", "في", "أثناء", "جراء", "إثر"))


def _during_the_told(text: str, c0: int, c1: int, triggers: list[THit]) -> bool:
    """«، فيما قتل 14 عنصرا من قوات النظام و11 من الفصائل خلال المعارك»: the clause counts the
    dead of the fighting told before it, a definite event noun after «خلال», «في» pointing back."""
    for t in triggers:
        if c0 <= t.start < c1 and t.hit.entry.pos == "noun" and "ال" in t.hit.prefix:
            before = _WORD.findall(text, c0, t.start)
            if before and normalize(before[-1]) in _DURING:
                return True
    return False


def _light_report(lead: list[str] | None, joints: frozenset[str], light: frozenset[str]) -> bool:
    """A joint and a light verb open the clause, an event word within its next five words
    («بينما نفذ الطيران الحربي الروسي 12 غارة», «في حين نفذت طائرات حربية روسية غارات»)."""
    rest = _after_joint(lead, joints)
    return rest is not None and 1 <= len(rest) <= 6 and rest[0] in light


def _found_body(lead: list[str] | None, joints: frozenset[str], found: frozenset[str]) -> bool:
    """A joint, a verb of finding and a body word open the clause (its first six words)."""
    rest = _after_joint(lead, joints)
    return rest is not None and 1 <= len(rest) <= 4 and any(w.lstrip("و") in found for w in rest)


def _opens_report(lead: list[str] | None, joints: frozenset[str], between: int) -> bool:
    """A joint of one or two words, then at most ``between`` words, open the clause before its
    first hit."""
    if lead is None or not joints:
        return False
    one = 1 <= len(lead) <= 1 + between // 2 and lead[0] in joints
    two = 2 <= len(lead) <= 2 + between // 2 and " ".join(lead[:2]) in joints  # «في حين قصفت»
    return one or two


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]


def _named_operations(doc: Doc, lex: TriggerLexicon, quoted: list[tuple[int, int]]) -> list[THit]:
    """«نفذت عملية "المخلب - السيف" الجوية ضد مواقع»: an operation word, the operation's quoted
    name and the kind of operation after it are the trigger the operation word and the kind make
    («عملية جوية»), the name inside it."""
    text, out = doc.text, []
    for s, e in quoted:
        head = _LAST_WORD.search(text, max(0, s - 30), s)
        kind = _FIRST_WORD.match(text, e)
        if head is None or kind is None:
            continue
        clitic, word = head.group(1), normalize(head.group(2))
        adjective = normalize(kind.group(1))
        key = f"{word} {adjective if word.startswith('ال') else adjective.removeprefix('ال')}"
        entry = lex.trigger(key)
        if entry is None:
            continue
        a, b = head.start(), kind.end(1)
        na, nb = doc.norm.from_original(a), doc.norm.from_original(b)
        out.append(THit(a, b, Hit(na, nb, na + len(clitic), nb, entry, normalize(clitic), "")))
    return out


_LAST_WORD = re.compile(r"(?<!\w)(و?[بلف]?)((?:ال)?عملي[ةه])\s*$")  # «عملية», «بالعملية» before the quotes
_FIRST_WORD = re.compile(r"\s*(\w+)")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Short quoted strings («تحرير الشام», «نذر الانفجار») are names or titles, not reports; so
    is a quoted aim after «لـ» («عملية عسكرية لـ"تحرير العاصمة من الإرهابيين"»)."""
    out = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1) or m.group(2) or ""
        words = len(_WORD.findall(inner))
        if 0 < words <= 3 or 0 < words <= 8 and text[max(0, m.start() - 2):m.start()] == "لـ":
            out.append((m.start(), m.end()))
    return out


def _emphasised(text: str, quoted: list[tuple[int, int]], hits: list[THit], heads: list[THit]
                ) -> list[tuple[int, int]]:
    """The quoted strings that hold an event word right after a head noun (cues.yaml
    ``nominal_head``), quoted for emphasis (SOHR's «عمليات "إعدام ميدانية" جرت في قرى الشير»; not
    an operation's name: «عملية "المخلب - السيف"»): no title."""
    ends = {h.end for h in heads}
    return [(a, b) for a, b in quoted
            if any(e <= a and not text[e:a].strip() for e in ends if a - 3 <= e)
            and any(a < h.start and h.end < b for h in hits)]


def _inside_a_name(m: Mention, names: list[tuple[int, int]]) -> bool:
    """The mention lies inside one of the sorted name spans."""
    i = bisect.bisect_right(names, (m.start, 1 << 62))
    return any(a <= m.start and m.end <= b for a, b in names[max(0, i - 4):i])


def _object_pronoun_kept(t: THit, text: str, doers: set[int]) -> bool:
    """A verb of harm with a bare object «ه» (triggers.yaml ``verb_object``) is one where the
    text writes «ه», not «ة» («قتلة»: killers), and who did it, a named actor or unnamed armed
    men, follows right after it («الجندي الذي قتله مسلحون»; not the verbal noun «بعد قتله»)."""
    if t.hit.suffix != "ه" or t.hit.entry.pos != "verb":
        return True
    if text[t.end - 1] != "ه":
        return False
    nxt = _WORD.search(text, t.end)
    return nxt is not None and not text[t.end:nxt.start()].strip() and nxt.start() in doers


def _within_any(h: THit, spans: list[tuple[int, int]]) -> bool:
    """The hit lies inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (h.start, 1 << 62))
    return any(s <= h.start and h.end <= e for s, e in spans[max(0, i - 4):i])


def _scare_quoted(h: THit, quoted: list[tuple[int, int]]) -> bool:
    """The trigger alone fills a pair of quotes."""
    return any(s <= h.start and h.end <= e and e - s - (h.end - h.start) <= 2 for s, e in quoted)


CROWDS = frozenset(("Protesters", "Rioters"))


def _inside_name(h: THit, masks: list[tuple[int, int]], spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when the hit lies inside a longer name (the name is more than the trigger word)."""
    hi = bisect.bisect_right(masks, (h.start, 1 << 62))
    for s, e in masks[max(0, hi - 12):hi]:
        if s <= h.start and h.end <= e and (s, e) != (h.start, h.end):
            if _n_words(spans, starts, s, e) > _n_words(spans, starts, h.start, h.end):
                return True
    return False


def _n_words(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> int:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    if lo > 0 and spans[lo - 1][1] > start:
        lo -= 1
    return hi - lo


@dataclass(frozen=True)
class _Glue:
    """What may stand between a split verb and its object beside the subject: ``words``, and
    one name right after a word of ``sites`` («في ساحة الكرامة بمدينة السويداء»)."""

    words: frozenset[str]
    sites: frozenset[str] = frozenset()


def _toll_before(h: THit, tolls: list[THit], text: str) -> bool:
    """A word of toll (cues.yaml ``toll``) at most 8 words before ``h``, in its sentence."""
    return any(t.end <= h.start and len(text[t.end:h.start].split()) <= 8 and not _SENT_END.search(text[t.end:h.start])
               for t in tolls)


def _responsibility_after(h: THit, text: str) -> bool:
    """A word of responsibility («المسؤولية», «مسؤولة», «المسئولية») in the eight words after
    ``h``, in its sentence: «حملت الوزارة جماعة الحوثي المسؤولية»."""
    after = _SENT_END.split(text[h.end:h.end + 120], maxsplit=1)[0].split()[:8]
    return any(_RESPONSIBLE.search(w) for w in after)


_RESPONSIBLE = re.compile("مس[ؤئو]ول")


def _accused(h: THit, accusations: list[THit], text: str) -> bool:
    """An accusation word at most 8 words before ``h``, in its sentence («اتهمت ... بقتل»)."""
    return any(a.end <= h.start and len(text[a.end:h.start].split()) <= 8 and not _SENT_END.search(text[a.end:h.start])
               for a in accusations)


def _split_triggers(verbs: list[THit], objects: list[THit], subjects: list[tuple[int, int]], text: str,
                    glue: _Glue) -> list[THit]:
    """A split verb whose object of the same family follows it, in its sentence, within the
    verb's window in words, with only its subject between them (names, unnamed gunmen, places,
    counts, dates and ``glue`` words; anything for an ``object_between`` verb: «رشقوا سيارات
    الفلسطينيين بالحجارة»): «أطلقت قوات الاحتلال النار», as a trigger hit on the verb. Not
    «أطلقت حملة ضد النار»."""
    out: list[THit] = []
    for v in verbs:
        entry = v.hit.entry
        for o in objects:
            if o.hit.entry.name != entry.name or o.start < v.end:
                continue
            between = text[v.end:o.start]
            if len(between.split()) <= entry.window and not _SENT_END.search(between) and (
                    entry.object_between or _only_subject(v.end, o.start, subjects, text, glue)):
                out.append(THit(v.start, v.end, v.hit._replace(entry=replace(entry, kind="trigger"))))
                break
    return out


_GLUE = frozenset(("", "و", "ل", "إلى", "الى"))  # what may join the names of a subject, or lead to the object


def _figurative(h: THit, figures: list[THit], text: str, starts: list[int]) -> bool:
    """A verb whose object is a figure of speech («فجروا الزوبعة», «خطفت التقنيات ... أنظار
    الصحافيين»): a ``figurative`` word of its family at most its window of words after it, with
    no sentence end between."""
    if h.hit.entry.pos != "verb":
        return False
    for f in figures:
        if f.hit.entry.name != h.hit.entry.name or f.start < h.end:
            continue
        words = bisect.bisect_left(starts, f.start) - bisect.bisect_left(starts, h.end)
        if words <= f.hit.entry.window and not _SENT_END.search(text[h.end:f.start]):
            return True
    return False


def _only_subject(start: int, end: int, subjects: list[tuple[int, int]], text: str, glue: _Glue) -> bool:
    """Is text[start:end] a subject name, or nothing, and nothing else (spaces, glued clitics
    and the ``glue`` words aside: «في قاعدة» before a place)?"""
    pos = start
    for a, b in subjects:
        if b <= pos or a >= end:
            continue
        if not _glued(text[pos:a], glue):
            return False
        pos = max(pos, b)
    return _glued(text[pos:end], glue)  # «توصلت روسيا وتركيا إلى اتفاق»


_QUOTES = str.maketrans({q: " " for q in "\"«»“”'"})  # «فصيل "جيش الشرقية" النار»: a name's quotes


def _glued(gap: str, glue: _Glue) -> bool:
    """Only glue words (which hold ``_GLUE``) in the gap, or none; a site word and the one
    word of its name («ساحة الكرامة») count as glue."""
    words = [normalize(w) for w in gap.replace("\u0640", " ").translate(_QUOTES).split()]
    if not words or " ".join(words) in glue.words:
        return True
    named = False  # the word before was a site word: this one is its name
    for w in words:
        bare = w[1:] if w[:1] in ("و", "ب") and len(w) > 3 else w  # «بمدينة»
        if not (w in glue.words or bare in glue.words or named or bare in glue.sites):
            return False
        named = bare in glue.sites
    return True


def definite(h: THit) -> bool:
    """A noun with the article, taken as a clitic («ال» + «هجوم») or listed with it («الهجوم»)."""
    return h.hit.entry.pos == "noun" and (h.hit.prefix.endswith(("ال", "لل")) or h.hit.entry.key.startswith("ال"))


def _told_earlier(h: THit, triggers: list[THit], retold_only: frozenset[str]) -> bool:
    """A word of its family that is no word for telling it again stands before ``h`` in the text
    («وقفة احتجاجية» before «الوقفة»; not «الوقفة البطولية» with no protest before it)."""
    return any(t.name == h.name and t.end <= h.start and t.hit.entry.key not in retold_only for t in triggers)


def _inside_other(h: THit, kept: list[THit], lex: TriggerLexicon) -> bool:
    """Is the hit part of a longer trigger of another family group (hits come by start,
    longest first)?"""
    group = lex.family(h.name).group
    for k in reversed(kept[-6:]):
        if k.start <= h.start and h.end <= k.end and (k.start, k.end) != (h.start, h.end) \
                and lex.family(k.name).group != group:
            return True
    return False


def _accusations(pretexts: list[THit], sents: list[Sent]) -> list[THit]:
    """What someone is accused of or blamed for, from «بتهمة», «لمحاولته» to the end of the
    sentence («اعتقل بتهمة الخطف وحبس ابنته، واغتصابها»): event words there tell no event."""
    out = []
    for p in pretexts:
        end = next((s.end for s in sents if s.start <= p.start < s.end), p.end)
        out.append(THit(p.end, max(p.end, end), p.hit))
    return out


def _overlaps(h: THit, blockers: list[THit]) -> bool:
    return any(b.start < h.end and h.start < b.end for b in blockers)
