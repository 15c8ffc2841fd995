"""Actor, person and outlet recognition: the pipeline stage ``actors``.

One Aho-Corasick pass over the normalised article (quotation marks ignored) finds every known
surface form; matches must start a word (after optional proclitics) and end one. The longest
match wins where matches overlap. Each match is then resolved in context:

* the article's main country (votes from country names, places, state forces and groups) fills
  generic forms: «الجيش» -> that country's army (see ``army_country``), «المدنيين» ->
  "Civilians (Syria)"; aliases valid only in some countries («الجيش الوطني») are chosen by it;
* anaphora («المركز», «الهيئة») resolve to the last named referent;
* titles and ranks followed by a name give people (people.py);
* loaded descriptors before a named group («إرهابيي تنظيم», «مسلحي») are taken into its mention.

Mentions added to ``doc.mentions`` (offsets into the original article text):

* ``actor``: label = ACLED-style name; data = {inter, country, id, generic, parent, unit,
  descriptor, resolved ("alias" | "pattern" | "context" | "anaphora")}
* ``outlet``: label = outlet name; data = {type, id, country, actor}
* ``person``: label = name; data = {role, actor, id, name_en, title, title_start, title_end,
  rank, outlet, coref}
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

from marsad.actors.forms import LL_PREFIXES, PROCLITIC_PREFIXES, QUOTES, key
from marsad.model import Mention
from marsad.text.normalize import NormText, normalize_with_map, without_proclitic

if TYPE_CHECKING:
    from marsad.actors.lexicon import ActorLexicon, Hit

# quotation marks and brackets, and a space that another space follows once they are gone
_IGNORED = re.escape(QUOTES + "()")
_QUOTE_RE = re.compile(f"[{_IGNORED}]| (?=[{_IGNORED}]* )")


@dataclass
class Match:
    """A surface form found in the (quote-stripped, normalised) text: [start, end)."""

    start: int
    end: int
    hits: tuple["Hit", ...]


@dataclass
class Resolved:
    """A match resolved to one mention, in stripped-text coordinates."""

    kind: str
    start: int
    end: int
    label: str
    data: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None  # actor / outlet id (for anaphora)
    hit: "Hit | None" = None  # the lexicon hit it was resolved from


# ---------------------------------------------------------------------- text preparation
@dataclass(frozen=True)
class ScanText:
    """Normalised text without quotation marks or brackets («هيئة «تحرير الشام»», «مقاتلي (الشباب)»)
    and without repeated spaces, with a map back to the normalised text."""

    norm: NormText
    text: str
    removed: tuple[int, ...]  # for each removed char i (in order): its norm index minus i

    @classmethod
    def of(cls, norm: NormText) -> "ScanText":
        text = norm.text
        positions = [m.start() for m in _QUOTE_RE.finditer(text)]
        if not positions:
            return cls(norm, text, ())
        return cls(norm, _QUOTE_RE.sub("", text), tuple(p - i for i, p in enumerate(positions)))

    def to_norm(self, pos: int) -> int:
        """Index in normalised text of the scan-text character at ``pos``."""
        return pos + bisect_right(self.removed, pos) if self.removed else pos

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        ns = self.to_norm(start)
        ne = self.to_norm(end - 1) + 1 if end > start else ns
        return self.norm.to_original(ns, ne)


# ---------------------------------------------------------------------- scanning
def scan(lex: "ActorLexicon", st: ScanText) -> list[Match]:
    """All word-bounded matches, overlaps resolved longest-first, in text order."""
    text = st.text
    n = len(text)
    isal = str.isalnum
    cands: list[tuple[int, int, tuple]] = []
    for last, (klen, hits, ll) in lex.automaton.iter(text):
        end = last + 1
        if end < n and isal(text[end]):
            continue
        start = end - klen
        if start and isal(text[start - 1]):  # glued to something before: only proclitics allowed
            w = start - 1
            if w and isal(text[w - 1]):
                w -= 1
                if w and isal(text[w - 1]):
                    continue
            if text[w:start] not in (LL_PREFIXES if ll else PROCLITIC_PREFIXES):
                continue
        cands.append((start, end, hits))
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(n)
    chosen: list[Match] = []
    for start, end, hits in cands:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(Match(start, end, hits))
    chosen.sort(key=lambda m: m.start)
    return chosen


# ---------------------------------------------------------------------- context
def main_country(lex: "ActorLexicon", matches: list[Match], places: Iterable[str], forced: str | None) -> str:
    """The country an article is about.

    Votes: a country name 2 («في العراق»), a place in it 2, a head word with its adjective as
    much as the template's ``vote`` in patterns.yaml (police, government, civilians, «مصادر أمنية
    عراقية» 2: they act at home; armed forces 1: armies also fight abroad), a group based there 1.
    The default country starts with 1.5, so one foreign army alone does not outvote it; it wins a
    tie, and otherwise a country with places in the text does («أطباء أميركيين» killed in صنعاء:
    Yemen)."""
    if forced:
        return forced
    votes: Counter[str] = Counter({lex.default_country: 1.5})
    for m in matches:
        for h in m.hits:
            if h.when or h.anaphor or h.national or not h.country:
                continue
            if h.kind == "country" and lex.countries[h.country].vote:
                votes[h.country] += 2
            elif h.kind in ("template", "otemplate", "ctemplate"):
                votes[h.country] += lex.templates[h.ref].vote
            elif h.kind == "actor":
                votes[h.country] += 1
            break
    placed = {c for c in places if c in lex.countries}
    for c in places:
        if c in lex.countries:
            votes[c] += 2
    best = max(votes.values())
    leaders = [c for c, v in votes.items() if v == best]
    if lex.default_country in leaders:
        return lex.default_country
    return next((c for c in leaders if c in placed), leaders[0])  # a tie: where the places are


def army_country(lex: "ActorLexicon", matches: list[Match], main: str) -> str:
    """Whose army «الجيش» alone is: the main country's (or the army its entry names, «army» in
    countries.yaml: Israel's in Palestine), unless that army is never named while another is
    named at least twice."""
    home = lex.countries[main].army or main
    counts: Counter[str] = Counter()
    for m in matches:
        h = m.hits[0]
        if h.kind == "template" and h.ref == "military" and h.country:
            counts[h.country] += 1
        elif h.kind == "actor" and not h.when and not h.anaphor:
            info = lex.actors[h.ref]
            if info.name.startswith("Military Forces of ") and info.country:
                counts[info.country] += 1
    if counts[home] or not counts:
        return home
    top, n = counts.most_common(1)[0]
    return top if n >= 2 else home


# ---------------------------------------------------------------------- resolution
@dataclass
class Context:
    lex: "ActorLexicon"
    st: ScanText
    matches: list[Match]
    country: str
    army: str
    seen: dict[str, int] = field(default_factory=dict)  # actor/outlet id -> last position named
    published: str = ""  # the article's publication date (ISO), "" when unknown

    def valid(self, h: "Hit", pos: int, named: bool = False) -> bool:
        """Is the hit valid here? With ``named``, a form of one country's news is also valid
        after its actor was named earlier in the article."""
        if h.when and self.country not in h.when and not (named and h.kind == "actor" and h.ref in self.seen):
            return False
        if self.published and (h.since and self.published < h.since or h.until and self.published >= h.until):
            return False
        return not h.anaphor or h.ref in self.seen

    def usable(self, m: Match) -> list["Hit"]:
        """The hits of a match valid here (country and time conditions, anaphora with a named
        referent)."""
        if len(m.hits) == 1 and not m.hits[0].conditional:
            return list(m.hits)
        valid = [h for h in m.hits if self.valid(h, m.start)]
        if not any(h.kind == "actor" for h in valid):
            # «قوات النظام السوري ... تحييد 309 عناصر من قوات النظام» in a Turkish agency's story:
            # the short form of an actor named before (not when it names another actor here:
            # «قوات التحالف» in Afghanistan after «التحالف الدولي»)
            valid += [h for h in m.hits if h not in valid and self.valid(h, m.start, named=True)]
        if any(h.when and h.kind == "actor" for h in valid):  # valid only here beats valid anywhere
            valid = [h for h in valid if h.when or h.kind != "actor"]
        return self.anaphor_pick(valid)

    def anaphor_pick(self, hits: list["Hit"]) -> list["Hit"]:
        """Of several anaphors for one word («الحركة»), the most recently named referent."""
        anaphors = [h for h in hits if h.anaphor]
        if len(anaphors) < 2:
            return hits
        best = max(anaphors, key=lambda h: self.seen.get(h.ref, -1))
        return [h for h in hits if not h.anaphor or h is best]


def resolve_actor(ctx: Context, m: Match, h: "Hit") -> Resolved:
    lex = ctx.lex
    if h.kind == "actor":
        info = lex.actors[h.ref]
        how = "anaphora" if h.anaphor else "alias"
        generic = info.generic
    else:
        tpl = lex.templates[h.ref]
        if h.country:
            country = h.country
        else:
            country = (_held_base(ctx, m.end) or ctx.army) if h.ref == "military" else ctx.country
        info = lex.actors[f"{tpl.id}:{lex.countries[country].iso3}"]
        how = "pattern" if h.country else "context"
        # generic: a class of people or an unnamed force whose country the context decided
        generic = tpl.generic and (h.country is None or not tpl.adjectives)
    data = actor_data(info, how, generic)
    if info.parent:
        data["parent"] = info.parent
    if info.unit:
        data["unit"] = info.unit
    return Resolved("actor", m.start, m.end, info.name, data, ref=info.id, hit=h)


def actor_data(info: Any, resolved: str, generic: bool = False) -> dict[str, Any]:
    """An actor mention's data for the actor ``info`` (an ``ActorInfo``), found the way
    ``resolved`` says («alias», «pattern», «context», «title», «loyal», «self_named» ...)."""
    return {"inter": info.inter, "country": info.country, "id": info.id, "generic": generic, "resolved": resolved}


def _held_base(ctx: Context, end: int) -> str | None:
    """The country whose army holds the base named right after ``end`` («الدفاع الجوي في قاعدة
    حميميم»: Russia), patterns.yaml held_bases."""
    pattern = ctx.lex.held_base_re
    found = pattern.match(ctx.st.text, end, end + 40) if pattern is not None else None
    return ctx.lex.held_bases[found.group(1)] if found else None


def resolve_outlet(ctx: Context, m: Match, h: "Hit") -> Resolved:
    lex = ctx.lex
    if h.kind == "outlet":
        o = lex.outlets[h.ref]
        name, otype, country, actor, ident = o.name, o.type, o.country, o.actor, o.id
    else:
        tpl = lex.templates[h.ref]
        c = lex.countries[h.country or ctx.country]
        name, otype, country = tpl.fill(tpl.name, c), tpl.type, c.name
        actor, ident = tpl.fill(tpl.actor, c), f"{tpl.id}:{c.iso3}"
    data = {"type": otype, "id": ident, "country": country, "actor": actor}
    return Resolved("outlet", m.start, m.end, name or "", data, ref=ident)


def recognise(lex: "ActorLexicon", text: str | NormText, country: str | None = None,
              places: Iterable[str] = (), published: date | None = None) -> list[Mention]:
    from marsad.actors.people import PeopleFinder

    norm = text if isinstance(text, NormText) else normalize_with_map(text)
    st = ScanText.of(norm)
    matches = scan(lex, st)
    main = main_country(lex, matches, places, country)
    ctx = Context(lex, st, matches, main, army_country(lex, matches, main),
                  published=published.isoformat() if published else "")
    people = PeopleFinder(ctx)
    out: list[Resolved] = []
    skip_until = -1
    nouns = _homonyms_as_nouns(ctx)
    for i, m in enumerate(matches):
        if m.start < skip_until or nouns and st.text[m.start:m.end] in nouns \
                and _descriptor_before(st.text, m.start, lex.descriptors, lex.so_called, lex.so_called_lasts) is None:
            continue  # «عند مدخل القاعدة»: the base; but «مسلحون من القاعدة» are the group
        hits = ctx.usable(m)
        res = people.at(i, hits)
        if res is not None:
            out.append(res)
            skip_until = res.data.pop("_consumed", res.end)
            continue
        r = _resolve_plain(ctx, m, hits)
        if r is not None:
            out.append(r)
            if r.ref:
                ctx.seen[r.ref] = m.start
    out = _loyal_to_it(ctx, _coordinated_nationals(ctx, _extend_descriptors(ctx, out)))
    out += _self_named(ctx, out)
    out = _loyal_to_person(ctx, out)
    out += people.surnames(out)
    out.sort(key=lambda r: (r.start, r.end))
    return [_mention(st, r) for r in out]


_PRIORITY = {"outlet": 0, "otemplate": 1, "actor": 2, "template": 3}


def _homonyms_as_nouns(ctx: Context) -> set[str]:
    """The bare names («القاعدة») this article uses as the common noun (patterns.yaml
    ``homonyms``): it has a word of the noun («قاعدة عسكرية») and names the actor no other way.
    ``recognise`` still takes one with a descriptor before it («مسلحون من القاعدة») as the actor."""
    text = ctx.st.text
    found: set[str] = set()
    for name, noun_words in ctx.lex.homonyms.items():
        bare = [m for m in ctx.matches if text[m.start:m.end] == name]
        if not bare or not noun_words.search(text):
            continue
        refs = {h.ref for m in bare for h in m.hits if h.kind == "actor"}
        if not any(text[m.start:m.end] != name and any(h.ref in refs for h in m.hits) for m in ctx.matches):
            found.add(name)
    return found


def _resolve_plain(ctx: Context, m: Match, hits: list["Hit"]) -> Resolved | None:
    ranked = sorted((h for h in hits if h.kind in _PRIORITY), key=lambda h: _PRIORITY[h.kind])
    if not ranked:
        return None
    h = ranked[0]
    if h.kind in ("outlet", "otemplate"):
        return resolve_outlet(ctx, m, h)
    return resolve_actor(ctx, m, h)


def _extend_descriptors(ctx: Context, out: list[Resolved]) -> list[Resolved]:
    """Take «إرهابيي تنظيم», «مسلحي», «وحدات من» before a named actor into its mention."""
    text = ctx.st.text
    descriptors = ctx.lex.descriptors
    drop: set[int] = set()
    by_end = {r.end: i for i, r in enumerate(out)}
    for i, r in enumerate(out):
        # not an unnamed class of people («مسلحين»); a state's force the context names is taken
        # with its units («دمرت وحدات من الجيش بضربات مركزة»)
        generic = bool(r.data.get("generic"))
        if r.kind != "actor" or generic and r.data.get("inter") != "State forces":
            continue
        start, lead = r.start, 0  # lead: a proclitic glued to the first descriptor, kept out
        for _ in range(4):
            found = _descriptor_before(text, start, descriptors, ctx.lex.so_called, ctx.lex.so_called_lasts)
            if generic and (found is None or text[found[0]:found[0] + 9].split(" ")[0].removeprefix("و")
                            in ctx.lex.linkers):
                break  # units only: «الأجهزة الأمنية التابعة للحكومة» are no government
            if found is None:
                bridged = _bridged(ctx, out, by_end, start)  # «مسلحون تابعون لفصيل الحمزات»
                if bridged is None:
                    break
                (start, k), lead = bridged, 0
                if k is not None:
                    drop.add(k)
                continue
            new, new_lead = found
            j = by_end.get(start - 1)  # a mention ending just before (one space)
            if j is not None and j != i:
                if out[j].kind != "actor" or not _loose(ctx, out[j]) or out[j].start < new:
                    break
                drop.add(j)
            start, lead = new, new_lead
            k = by_end.get(start - 1)
            if text[start:start + 8].split(" ")[0] in ctx.lex.linkers and k is not None and out[k].kind == "actor" \
                    and _loose(ctx, out[k]):
                drop.add(k)  # «الطيران الحربي التابع للتحالف الدولي»: the planes are the coalition's
                start, lead = out[k].start, 0
        if start != r.start:
            # «وكرا لعصابات داعش» starts at «عصابات», as a name's mention starts past «ل»
            start += lead
            r.data["descriptor"] = text[start:r.start].strip()
            # «مسلحين من حركة الشباب»: the unnamed men the descriptor took in are the group
            drop.update(j for j, o in enumerate(out) if j != i and start <= o.start and o.end <= r.start
                        and o.kind == "actor" and _loose(ctx, o))
            r.start = start
    return [r for i, r in enumerate(out) if i not in drop]


# «لها», «له», «لهم»: the pronoun after a linker that points back at the group named before
_TO_IT = frozenset(("لها", "له", "لهم", "لهما"))


def _loyal_to_it(ctx: Context, out: list[Resolved]) -> list[Resolved]:
    """«قوات النظام والمسلحين الموالين لها»: unnamed men joined to a group by «و» and said to be
    loyal to it (a linker and a pronoun) are that group's side, no other one: the group's mention
    takes them in. Not a group of its own («القوات التركية والفصائل الموالية لها»: an ally)."""
    text = ctx.st.text
    by_end = {r.end: i for i, r in enumerate(out)}
    drop: set[int] = set()
    for i, r in enumerate(out):
        if r.kind != "actor" or not r.data.get("generic") or r.start < 3 or text[r.start - 2:r.start] != " و":
            continue
        k = by_end.get(r.start - 2)
        if k is None or k in drop or out[k].kind != "actor":
            continue
        after = text[r.end:r.end + 24].split(" ")
        if len(after) < 3 or after[0] or after[1] not in ctx.lex.linkers | ctx.lex.bridges \
                or after[2].rstrip("،.,") not in _TO_IT:
            continue
        out[k].end = r.end + 2 + len(after[1]) + len(after[2].rstrip("،.,"))
        drop.add(i)
    return [r for i, r in enumerate(out) if i not in drop]


def _loyal_to_person(ctx: Context, out: list[Resolved]) -> list[Resolved]:
    """«وأخرى داعمة لرئيس الحكومة المكلف من البرلمان فتحي باشاغا»: a known person (people.yaml,
    with an actor) right after a word of loyalty and its «ل» (patterns.yaml ``bridges`` and
    ``linkers``), or after the title before the name, is the side of that person's actor: the
    loyalty word, the title and the name are one mention of it."""
    text, lex = ctx.st.text, ctx.lex
    for i, r in enumerate(out):
        person = lex.people.get(r.data.get("id") or "") if r.kind == "person" else None
        info = lex.actor(person.actor) if person is not None and person.actor else None
        if info is None:
            continue
        head = r.data.get("title_start")
        head = r.start if head is None else min(head, r.start)
        if head < 3 or text[head - 2:head] != " ل":
            continue
        b = _word_start(text, head - 2)
        if text[b:head - 2] not in lex.bridges | lex.linkers:
            continue
        data = dict(actor_data(info, "loyal"), descriptor=text[b:head])
        out[i] = Resolved("actor", b, r.end, info.name, data, ref=info.id)
    return out


def _self_named(ctx: Context, out: list[Resolved]) -> list[Resolved]:
    """«أعلنت جماعة تطلق على نفسها اسم "سرايا أولياء الدم" مسؤوليتها»: a descriptor, a phrase by
    which a group names itself (patterns.yaml ``self_naming``) and a quoted name no actor has are
    one mention of an unidentified armed group of the article's country, with the name it gave
    itself in its data (``self_name``). A named actor after the phrase took them in already."""
    pattern, st = ctx.lex.self_naming_re, ctx.st
    if pattern is None or not any(w in st.text for w in ctx.lex.self_naming_lasts):
        return []  # (the common case, found at once)
    found = []
    for m in pattern.finditer(st.text):
        head = _descriptor_before(st.text, m.start(), ctx.lex.descriptors)
        name = _quoted_name(st, m.end())
        if head is None or name is None or any(r.start <= head[0] < r.end or r.start < name[1] <= r.end
                                               for r in out):
            continue
        start = head[0] + head[1]
        info = ctx.lex.actors[f"unidentified:{ctx.lex.countries[ctx.country].iso3}"]
        data = dict(actor_data(info, "self_named"), self_name=st.norm.original[slice(*st.to_original(*name))])
        found.append(Resolved("actor", start, name[1], info.name, data, ref=info.id))
    return found


def _quoted_name(st: ScanText, pos: int) -> tuple[int, int] | None:
    """The span (scan-text offsets) of a name of one to six words written between quotation
    marks or brackets right at ``pos``, or None."""
    norm = st.norm.text
    at = st.to_norm(pos) if pos < len(st.text) else len(norm)
    if at == 0 or norm[at - 1] not in _OPENING:
        return None
    close = next((i for i in range(at, min(len(norm), at + 60)) if norm[i] in _CLOSING), None)
    if close is None or not 1 <= len(norm[at:close].split()) <= 6:
        return None
    end = pos
    while end < len(st.text) and st.to_norm(end) < close:
        end += 1
    return pos, end


_OPENING = frozenset(QUOTES + "(")
_CLOSING = frozenset(QUOTES + ")")


def _loose(ctx: Context, r: Resolved) -> bool:
    """A mention a named group after it may take in: generic («مسلحون») or a descriptor word that
    is also an actor alone («الفصائل»: rebels, unless «الفصائل التابعة لتنظيم ...» says whose)."""
    return bool(r.data.get("generic")) or ctx.st.text[r.start:r.end] in ctx.lex.descriptors


def _bridged(ctx: Context, out: list[Resolved], by_end: dict[int, int], start: int
             ) -> tuple[int, int | None] | None:
    """Where an unnamed actor mention («مسلحون تابعون لـ») or a descriptor word («خلايا تابعة
    لتنظيم داعش») before a bridge word that ends one space before ``start`` begins, with the
    index of that mention in ``out`` (None for a descriptor word), or None."""
    text = ctx.st.text
    if start > 2 and text[start - 2:start] == " ل":  # «لتنظيم داعش»: the name without its «ل»
        start -= 1
    if start < 2 or text[start - 1] != " ":
        return None
    b = _word_start(text, start - 1)
    if text[b:start - 1] not in ctx.lex.bridges:
        return None
    k = by_end.get(b - 1)
    if k is not None and out[k].kind == "actor" and _loose(ctx, out[k]):
        return out[k].start, k  # «مسلحون تابعون لـ», «الفصائل التابعة لـ»
    if b > 1 and text[b - 1] == " ":
        w = _word_start(text, b - 1)
        if text[w:b - 1] in ctx.lex.descriptors:
            return w, None
    return None


def _coordinated_nationals(ctx: Context, out: list[Resolved]) -> list[Resolved]:
    """«الجنود الأمريكيين والبريطانيين»: a nationality noun joined by و to a pattern actor is the
    same kind of actor for that country (not civilians); after a pattern that ignores nationality
    («المسلحين الصينيين والأوزبك والشيشان») it is part of the same mention."""
    text = ctx.st.text
    drop: set[int] = set()
    added: list[Resolved] = []
    starts = {r.start: i for i, r in enumerate(out)}
    for i, r in enumerate(out):
        h = r.hit
        if i in drop or r.kind != "actor" or h is None or h.kind != "template" or h.national:
            continue
        tpl = ctx.lex.templates[h.ref]
        pos, head = r.end, r
        for _ in range(4):  # up to four coordinated words
            if not text.startswith(" و", pos):
                break
            end = _word_end(text, pos + 2)
            j = starts.get(pos + 2)
            nxt = out[j] if j is not None else None
            if nxt is not None and nxt.hit is not None and nxt.hit.national and nxt.end == end:
                if tpl.adjectives:
                    head = _as_template(ctx, nxt, tpl.id)
                    out[j] = head
                else:
                    drop.add(j)
                    r.end = end
            elif nxt is None and tpl.adjectives and (other := _elided_head(ctx, r, pos + 2, end)) is not None:
                added.append(other)  # «القوات الأذربيجانية والأرمنية»: the Armenian forces
                break
            elif not tpl.adjectives and end - pos > 4:
                pass  # an unknown nationality («والشيشان»): keep looking
            else:
                break
            pos = end
    return sorted([r for i, r in enumerate(out) if i not in drop] + added, key=lambda r: r.start)


def _elided_head(ctx: Context, r: Resolved, start: int, end: int) -> Resolved | None:
    """«القوات الأذربيجانية والأرمنية»: a definite nationality adjective alone after «و» shares the
    head of the pattern actor before it: that actor of the adjective's country."""
    country = ctx.lex.adjective_countries.get(key(ctx.st.text[start:end]))
    if country is None or r.hit is None or country == (r.data or {}).get("country") \
            or f"{r.hit.ref}:{ctx.lex.countries[country].iso3}" not in ctx.lex.actors:
        return None
    return _template_actor(ctx, r, r.hit.ref, country, start, end, generic=False)


def _as_template(ctx: Context, r: Resolved, template_id: str) -> Resolved:
    country = r.hit.country if r.hit else None
    return _template_actor(ctx, r, template_id, country, r.start, r.end)  # type: ignore[arg-type]


def _template_actor(ctx: Context, r: Resolved, template_id: str, country: str, start: int, end: int,
                    generic: bool | None = None) -> Resolved:
    """The actor of template ``template_id`` for ``country`` at text[start:end], its data those of
    ``r`` (generic as the template's unless given)."""
    info = ctx.lex.actors[f"{template_id}:{ctx.lex.countries[country].iso3}"]
    data = dict(r.data, inter=info.inter, country=info.country, id=info.id,
                generic=info.generic if generic is None else generic, resolved="pattern")
    return Resolved("actor", start, end, info.name, data, ref=info.id, hit=r.hit)


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def _descriptor_before(text: str, pos: int, descriptors: frozenset[str],
                       so_called: tuple[str, ...] = (), lasts: frozenset[str] = frozenset()
                       ) -> tuple[int, int] | None:
    """(start, length of a proclitic glued to it) of a descriptor phrase (1-2 words) ending one
    space before ``pos``, one of ``so_called`` (whose last words are ``lasts``) between them at
    most («مرتزقة ما يسمى الجيش الوطني», «جماعة تطلق على نفسها اسم سرايا أولياء الدم»)."""
    end = pos - 1 if pos and text[pos - 1] == " " else pos  # «بـ» glued to the name, or a space
    if so_called and text[_word_start(text, end):end] in lasts:
        across = next((pos - len(w) for w in so_called if text.endswith(w, 0, pos)), None)
        if across is not None:
            return _descriptor_before(text, across, descriptors)
    if pos < 2 or text[pos - 1] != " ":
        return None
    b1 = _word_start(text, pos - 1)
    if b1 == pos - 1:
        return None
    begins = [b1]
    if b1 > 1 and text[b1 - 1] == " ":
        b0 = _word_start(text, b1 - 1)
        if b0 < b1 - 1:
            begins.insert(0, b0)
    for begin in begins:
        phrase = text[begin:pos - 1]
        if phrase in descriptors:
            return begin, 0
        for p in ("و", "ل", "ب", "ف"):
            if phrase.startswith(p) and phrase[1:] in descriptors:
                return begin, 1
    return None


def _word_start(text: str, end: int) -> int:
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _mention(st: ScanText, r: Resolved) -> Mention:
    s, e = st.to_original(r.start, r.end)
    if r.data.get("title_start") is not None:
        ts, te = st.to_original(r.data["title_start"], r.data["title_end"])
        r.data.update(title=st.norm.original[ts:te], title_start=ts, title_end=te)
    return Mention(r.kind, s, e, st.norm.original[s:e], r.label, r.data)


# ---------------------------------------------------------------------- pipeline stage
def stage(doc: Any, resources: Any) -> None:
    """Add actor, person and outlet mentions to ``doc``."""
    lex = resources.actors
    places = [m.data.get("country") for m in doc.mentions if m.kind == "place" and m.data.get("country")]
    spans = [(m.start, m.end) for m in doc.mentions if m.kind == "place" and " " in m.text]
    # a name inside a longer place name, or across its edge, is part of it: «قاعدة عين الأسد» is
    # no Assad, «وأم درمان» no WAM (the Emirates' agency «وام»)
    found = [m for m in recognise(lex, doc.norm, places=places, published=doc.article.published)
             if not any(m.start < b and a < m.end and not (m.start <= a and b <= m.end) for a, b in spans)]
    found = pejorative_anaphors(lex, found, [s.start for s in doc.sentences], doc.norm)
    found += dateline_outlet(lex, doc.norm, found)
    doc.mentions.extend(sorted(found + anaphors(lex, doc.norm, found), key=lambda m: (m.start, m.end)))


_DATELINE = re.compile(r"^[^\n]{1,60}?\s[-–—ـ]\s*([^\n]{1,30}?)\s*$", re.M)


def dateline_outlet(lex: "ActorLexicon", nt: NormText, found: list[Mention]) -> list[Mention]:
    """«خان شيخون - الجزيرة»: the name after the dash of a first line of at most six words that
    names no outlet, when an outlet lists it as a dateline name (outlets.yaml ``dateline``)."""
    first = nt.text.split("\n", 1)[0]
    m = _DATELINE.match(first)
    if m is None or len(first.split()) > 6 or any(f.kind == "outlet" and f.start < len(first) for f in found):
        return []
    name = m.group(1)
    outlet = next((o for o in lex.outlets.values() if key(name) in o.dateline), None)
    if outlet is None:
        return []
    s, e = nt.to_original(m.start(1), m.end(1))
    data = {"type": outlet.type, "id": outlet.id, "country": outlet.country, "actor": outlet.actor}
    return [Mention("outlet", s, e, nt.original[s:e], outlet.name, data)]


def pejorative_anaphors(lex: "ActorLexicon", found: list[Mention], sentence_starts: list[int],
                        nt: NormText | None = None) -> list[Mention]:
    """«الإرهابيين» (patterns.yaml ``pejorative_anaphors``) in the sentence of a group the article
    called terrorist («إرهابيي تنظيم جبهة النصرة») or in the two after it: a mention of that group;
    so is «المسلحين» after «مسلحي هيئة تحرير الشام». Not with an adjective of its own after it
    («المسلحين المحليين»: other men)."""
    if not lex.pejoratives:
        return found
    marks = {k for ks in lex.pejoratives.values() for k in ks}
    out: list[Mention] = []
    named: list[tuple[int, Mention, list[str]]] = []  # (sentence, mention, words) of each group named with a mark
    for m in found:
        words = normalize_with_map(m.text).text.split() if m.kind == "actor" else []
        sent = bisect_right(sentence_starts, m.start)
        wanted = lex.pejoratives.get(without_proclitic(" ".join(words))) if (m.data or {}).get("generic") else None
        if wanted:
            ante = next((a for a in reversed(named) if any(k in w for w in a[2] for k in wanted)), None)
            if ante is not None and sent - ante[0] <= 2 and not _adjective_follows(lex, nt, m):
                a = ante[1]
                m = Mention(a.kind, m.start, m.end, m.text, a.label,
                            dict(a.data or {}, match="anaphora", antecedent=a.text, resolved="anaphora"))
        elif words and not (m.data or {}).get("generic") and (m.data or {}).get("inter") != "State forces" \
                and any(k in w for w in words for k in marks):
            named.append((sent, m, words))  # not «القوات المسلحة»: a state's forces are never «المسلحين»
        out.append(m)
    return out


def _adjective_follows(lex: "ActorLexicon", nt: NormText | None, m: Mention) -> bool:
    """A definite adjective in -ي right after the mention («المسلحين المحليين»)."""
    if nt is None:
        return False
    nxt = _NORM_WORD.search(nt.text, nt.from_original(m.end))
    return bool(nxt) and nxt.start() - nt.from_original(m.end) <= 1 and bool(_NISBA_DEF.match(nxt.group())) \
        and nxt.group() not in lex.descriptors  # type: ignore[union-attr]


_NORM_WORD = re.compile(r"\w+")
_NISBA_DEF = re.compile(r"^ال.{2,}(يه|ي|يين|يون)$")  # a definite adjective in -ي / -ية (normalised)


_GROUP_REACH = 400  # characters before a group anaphor where the group it names again may be
_ARMED_GROUPS = ("Rebel group", "Political militia", "Identity militia")


def _armed_groups(lex: "ActorLexicon", found: list[Mention]) -> list[Mention]:
    """The rebel groups and militias named, as actor mentions: named themselves, or by the person
    who speaks for them («المتحدث العسكري باسم قوات الحوثيين يحيى سريع»)."""
    out = []
    for m in found:
        if m.kind == "actor" and not (m.data or {}).get("generic") and (m.data or {}).get("inter") in _ARMED_GROUPS:
            out.append(m)
        elif m.kind == "person" and (info := lex.actor((m.data or {}).get("actor") or "")) is not None \
                and info.inter in _ARMED_GROUPS:
            out.append(Mention("actor", m.start, m.end, m.text, info.name, actor_data(info, "alias")))
    return out


def anaphors(lex: "ActorLexicon", nt: NormText, found: list[Mention]) -> list[Mention]:
    """«التنظيم», «الحركة» alone: the group last named with that head word before it
    (patterns.yaml ``anaphors``), as a mention of that group, else for «الجماعة» (``group_anaphors``)
    the last armed group named just before it; «الوزارة» the ministry last named, as a mention of
    that official source."""
    named = [m for m in found if m.kind == "outlet" or m.kind == "actor" and not (m.data or {}).get("generic")]
    groups = _armed_groups(lex, found) if lex.group_anaphors else []
    if lex.anaphor_re is None or not named and not groups:
        return []
    taken = [(m.start, m.end) for m in found]
    text = nt.text
    out: list[Mention] = []
    for w in lex.anaphor_re.finditer(text, nt.from_original(min(m.end for m in named + groups))):
        nxt = _NORM_WORD.search(text, w.end())
        if nxt and _NISBA_DEF.match(nxt.group()) and nxt.group() not in lex.descriptors:
            continue  # «الحركة التجارية», «الجماعة الإسلامية»: another thing, or a name
        s, e = nt.to_original(w.start(2) - 2, w.end())
        if any(a <= s < b for a, b in taken):
            continue
        head = w.group(2)
        heads = {head, "ل" + head, "و" + head, "ب" + head}  # «خلايا تابعة لتنظيم ...»
        ante = [m for m in named if m.end <= s and heads & set(normalize_with_map(m.text).text.split())]
        if not ante and "ال" + head in lex.group_anaphors:
            ante = [m for m in groups if s - _GROUP_REACH <= m.end <= s]
        if ante:
            m = ante[-1]
            data = dict(m.data or {}, match="anaphora", antecedent=m.text)
            out.append(Mention(m.kind, s, e, nt.original[s:e], m.label, data))
    return out
