"""People introduced by a title or rank, known people, and later references to them.

    وزير الدفاع السوري العماد، علي أيوب      -> علي أيوب, "Syrian Minister of Defence"
    نظيره التركي، مولود تشاووش أوغلو          -> the previous title, for Turkey
    رئيس مركز المصالحة الروسي، اللواء يوري بورينكوف -> "head of the Russian Reconciliation Center"
    العماد أيوب / لافروف                       -> the person named earlier (or later) in full

Works in the scan-text coordinates of ``marsad.actors.recognise``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from marsad.actors.forms import PROCLITIC_PREFIXES
from marsad.actors.lexicon import RAW_STOPWORDS, Title, fill_country

if TYPE_CHECKING:
    from marsad.actors.lexicon import Hit
    from marsad.actors.recognise import Context, Resolved

_WORD = re.compile(r"[\u0621-\u064a]+")
_SEP = re.compile(r"[ \n]*[،,]?[ ]*")
_MAX_NAME_WORDS = 4
_NOT_NAME_PREFIXES = ("بال", "لل", "وال", "فال", "كال")
_PERSON_KINDS = frozenset({"title", "counterpart", "org_title", "rank", "person"})


@dataclass
class Name:
    start: int
    end: int
    label: str
    person_id: str | None = None
    rank: str | None = None
    qualifier: str | None = None
    consumed: int = 0  # scan position after everything the name used


@dataclass
class Named:
    label: str
    role: str | None
    actor: str | None
    surname: str


class PeopleFinder:
    def __init__(self, ctx: "Context") -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.starts = {m.start: i for i, m in enumerate(ctx.matches)}
        self.last_title: tuple[Title, str] | None = None  # (title, country) of the last titled person
        self.named: list[Named] = []
        self.by_role: dict[str, Named] = {}

    # ------------------------------------------------------------------ entry point
    def at(self, i: int, hits: list["Hit"]) -> "Resolved | None":
        """A person mention starting at match ``i``, or None to resolve the match otherwise."""
        if len(hits) == 1 and hits[0].kind not in _PERSON_KINDS:
            return None  # the common case: one hit that is no title, rank or person
        kinds = {h.kind: h for h in hits}
        m = self.ctx.matches[i]
        if "title" in kinds or "counterpart" in kinds:
            h = kinds.get("title") or kinds["counterpart"]
            return self._titled(i, h)
        if "org_title" in kinds:
            return self._org_titled(i, kinds["org_title"])
        if "rank" in kinds:
            name = self._name(m.end)
            if name is not None and (name.person_id or len(name.label.split()) >= 2):
                return self._person(name, role=self.lex.titles[kinds["rank"].ref].role, actor=None, title=None)
            return None
        if "person" in kinds and not any(k in kinds for k in ("outlet", "actor", "template")):
            p = self.lex.people[kinds["person"].ref]
            name = Name(m.start, m.end, p.name_ar, person_id=p.id, consumed=m.end)
            return self._person(name, role=p.role, actor=p.actor, title=None)
        return None

    # ------------------------------------------------------------------ titles
    def _titled(self, i: int, h: "Hit") -> "Resolved | None":
        m = self.ctx.matches[i]
        if h.kind == "counterpart":
            if self.last_title is None:
                return None
            title = self.last_title[0]
        else:
            title = self.lex.titles[h.ref]
        country = self.lex.countries[h.country or self.ctx.country]
        role = fill_country(title.role, country) or ""
        actor = fill_country(title.actor, country)
        name = self._name(m.end)
        if name is None:
            known = self.by_role.get(role)
            if known is not None:
                res = self._resolved(m.start, m.end, known.label, role, actor, title=(m.start, m.end))
                res.data["coref"] = True
                return res
            if actor and (h.country or title.alone):
                return self._title_actor(m.start, m.end, actor, role, context=h.country is None)
            return None
        if name.qualifier:
            role = f"{role} {name.qualifier}"
        self.last_title = (title, country.name)
        if name.person_id and self.lex.people[name.person_id].actor:
            # a known person speaks for the actor people.yaml gives («رئيس الحكومة المكلف من
            # البرلمان فتحي باشاغا»: the Government of National Stability, not «Government of Libya»)
            actor = self.lex.people[name.person_id].actor
        return self._person(name, role=role, actor=actor, title=(m.start, m.end))

    def _org_titled(self, i: int, h: "Hit") -> "Resolved | None":
        from marsad.actors.recognise import _resolve_plain

        matches = self.ctx.matches
        m = matches[i]
        if i + 1 >= len(matches) or matches[i + 1].start != m.end + 1:
            return None
        org_match = matches[i + 1]
        org_hits = [x for x in org_match.hits if self.ctx.valid(x, org_match.start)]
        org = _resolve_plain(self.ctx, org_match, org_hits)
        if org is None or org.data.get("generic"):
            return None
        name = self._name(org_match.end)
        if name is None:
            return None
        title = self.lex.titles[h.ref]
        role = (title.role or "").replace("{org}", org.label)
        outlet = org.label if org.kind == "outlet" else None
        actor = (org.data.get("actor") or org.label) if org.kind == "outlet" else org.label
        res = self._person(name, role=role, actor=actor, title=(m.start, org_match.end))
        res.data["outlet"] = outlet
        if org.ref:  # «زعيم هيئة تحرير الشام أبو محمد الجولاني ... التابع للهيئة»: named for anaphora
            self.ctx.seen[org.ref] = org_match.start
        return res

    def _title_actor(self, start: int, end: int, actor: str, role: str, context: bool) -> "Resolved | None":
        """An unnamed office holder («وزير الدفاع العراقي») as a mention of the actor they speak for."""
        from marsad.actors.recognise import Resolved, actor_data

        info = self.lex.actor(actor)
        if info is None:
            return None
        data = dict(actor_data(info, "context" if context else "title"), role=role)
        return Resolved("actor", start, end, info.name, data, ref=info.id)

    # ------------------------------------------------------------------ names
    def _name(self, pos: int) -> Name | None:
        """The name after a title ending at ``pos`` (qualifier, comma and rank allowed before it)."""
        text = self.ctx.st.text
        matches = self.ctx.matches
        qualifier = rank = None
        k = self.starts.get(pos + 1)
        if k is not None and text[pos:pos + 1] == " " and any(x.kind == "qualifier" for x in matches[k].hits):
            q = next(x for x in matches[k].hits if x.kind == "qualifier")
            qualifier = fill_country(self.lex.titles[q.ref].role, self.lex.countries[q.country]) \
                if q.country else self.lex.titles[q.ref].role
            pos = matches[k].end
        pos = _SEP.match(text, pos).end()
        k = self.starts.get(pos)
        if k is not None and any(x.kind == "rank" for x in matches[k].hits):
            rank = self.lex.titles[next(x for x in matches[k].hits if x.kind == "rank").ref].role
            pos = _SEP.match(text, matches[k].end).end()
            k = self.starts.get(pos)
        if k is None or not any(x.kind == "person" for x in matches[k].hits):
            k = self._known_after_words(pos)  # «رئيس الحكومة المكلف من البرلمان فتحي باشاغا»
        if k is not None and any(x.kind == "person" for x in matches[k].hits):
            p = self.lex.people[next(x for x in matches[k].hits if x.kind == "person").ref]
            return Name(matches[k].start, matches[k].end, p.name_ar, p.id, rank, qualifier, matches[k].end)
        words = self._words(pos)
        n = self._name_length(words)
        if n == 0:
            return None
        start, end = words[0][0], words[n - 1][1]
        return Name(start, end, self._original(start, end), None, rank, qualifier, end)

    def _known_after_words(self, pos: int) -> int | None:
        """The match of a known person (people.yaml) after one to four words from ``pos`` that
        qualify the title, with no punctuation and no other name between («رئيس الحكومة المكلف
        من البرلمان فتحي باشاغا»), or None."""
        st = self.ctx.st
        text, start = st.text, pos
        for _ in range(4):
            m = _WORD.match(text, pos)
            if m is None or m.start() in self.starts or m.group().startswith("و"):
                return None  # (not «... السابق ولافتات كتب عليها صدام حسين»: another phrase)
            pos = m.end() + 1
            if text[m.end():pos] != " ":
                return None
            k = self.starts.get(pos)
            if k is not None:
                quoted = st.to_norm(pos) - st.to_norm(start) != pos - start  # a quotation mark between
                return k if not quoted and any(x.kind == "person" for x in self.ctx.matches[k].hits) else None
        return None

    def _words(self, pos: int) -> list[tuple[int, int, str, bool]]:
        """Candidate name words from ``pos``: (start, end, word, ends_phrase)."""
        text = self.ctx.st.text
        out: list[tuple[int, int, str, bool]] = []
        while len(out) < _MAX_NAME_WORDS:
            m = _WORD.match(text, pos)
            if m is None or m.group() in self.lex.name_stopwords or self._raw(m.start(), m.end()) in RAW_STOPWORDS:
                break
            if any(p in self.starts for p in range(m.start(), min(m.start() + 3, m.end()))):
                break  # another known thing starts here (perhaps after a proclitic: «لعنب بلدي»)
            if not out and self._raw(m.start(), m.end()).startswith("ال") and m.group() not in self.lex.name_first_al:
                break  # a common noun, not a first name («ألكسندر» is fine: normalised it also starts with ال)
            if m.group().startswith(_NOT_NAME_PREFIXES):
                break
            end = m.end()
            ends = end >= len(text) or not (text[end] == " " and end + 1 < len(text) and text[end + 1].isalpha())
            out.append((m.start(), end, m.group(), ends))
            if ends:
                break
            pos = end + 1
        return out

    def _name_length(self, words: list[tuple[int, int, str, bool]]) -> int:
        """How many of the candidate words make the name: up to the end of the phrase when that
        comes after 2-3 words (4 with particles: «أبو محمد الجولاني»), else 2."""
        particles = self.lex.name_particles
        has_particle = any(w[2] in particles for w in words)
        for n in range(2, min(4 if has_particle else 3, len(words)) + 1):
            if words[n - 1][3]:
                return n
        if len(words) < 2:
            return 0
        if len(words) >= 3 and (words[0][2] in particles or words[1][2] in particles):
            return 3
        return 2

    def _raw(self, start: int, end: int) -> str:
        """The word as written, without diacritics or tatweel (ى kept)."""
        return "".join(c for c in self._original(start, end) if not ("\u064b" <= c <= "\u065f" or c == "\u0640"))

    def _original(self, start: int, end: int) -> str:
        s, e = self.ctx.st.to_original(start, end)
        return self.ctx.st.norm.original[s:e]

    # ------------------------------------------------------------------ results
    def _person(self, name: Name, role: str | None, actor: str | None,
                title: tuple[int, int] | None) -> "Resolved":
        p = self.lex.people.get(name.person_id) if name.person_id else None
        if p is not None:
            role = role or p.role
            actor = actor or p.actor
        res = self._resolved(name.start, name.end, name.label, role, actor, title)
        res.data.update(id=name.person_id, name_en=p.name_en if p else None, rank=name.rank, outlet=None,
                        coref=False, _consumed=name.consumed)
        surname = self.ctx.st.text[name.start:name.end].split(" ")[-1]
        named = Named(name.label, role, actor, surname)
        self.named.append(named)
        if role:
            self.by_role.setdefault(role, named)
        return res

    def _resolved(self, start: int, end: int, label: str, role: str | None, actor: str | None,
                  title: tuple[int, int] | None) -> "Resolved":
        from marsad.actors.recognise import Resolved

        data: dict[str, Any] = {"role": role, "actor": actor, "title": None, "title_start": None, "title_end": None}
        if title is not None:
            data["title_start"], data["title_end"] = title
        return Resolved("person", start, end, label, data)

    def surnames(self, found: list["Resolved"]) -> list["Resolved"]:
        """Later (or headline) references by surname alone («العماد أيوب», «لافروف»)."""
        by_surname = {n.surname: n for n in self.named if len(n.surname) >= 3 and n.surname not in self.lex.name_stopwords}
        if not by_surname:
            return []
        text = self.ctx.st.text
        taken = bytearray(len(text))
        for r in found:
            taken[r.start:r.end] = b"\x01" * (r.end - r.start)
        out: list["Resolved"] = []
        for surname, n in by_surname.items():
            s = text.find(surname)
            while s >= 0:
                e = s + len(surname)
                if _word_ok(text, s, e) and not any(taken[s:e]):
                    res = self._resolved(s, e, n.label, n.role, n.actor, None)
                    res.data.update(coref=True)
                    out.append(res)
                s = text.find(surname, e)
        return out


def _word_ok(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a whole word, possibly after proclitics («ولافروف»)."""
    if e < len(text) and text[e].isalnum():
        return False
    w = s
    while w > 0 and text[w - 1].isalnum():
        w -= 1
    return text[w:s] in PROCLITIC_PREFIXES
