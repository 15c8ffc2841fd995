"""Actor knowledge, loaded from the YAML files in ``marsad/data/actors`` and compiled once.

``ActorLexicon.load()`` reads actors.yaml (named groups and forces), patterns.yaml (generic forces
of any country, civilians, protesters, unidentified gunmen, official sources), countries.yaml
(nationality adjectives), titles.yaml and people.yaml (people), outlets.yaml (reporters), and
compiles every surface form into one Aho-Corasick automaton over normalised text.

    lex = ActorLexicon.load()
    lex.actor("Hayat Tahrir al-Sham").inter        # "Rebel group"
    lex.inter_of("Military Forces of Iraq")         # "State forces"
    lex.find_actors("اشتباكات بين الجيش العراقي ومسلحين")  # [Mention(kind="actor", ...), ...]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import ahocorasick

from marsad.io.knowledge import KnowledgeError, read_yaml
from marsad.actors.forms import AGREEMENTS, PROCLITIC_PREFIXES, adjective_forms, key, key_variants
from marsad.model import Mention
from marsad.text.normalize import NormText

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
INTERS = (
    "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
    "Civilians", "External/Other forces",
)
OUTLET_TYPES = ("outlet", "official", "monitor")


class LexiconError(KnowledgeError):
    """A knowledge file is missing, malformed or inconsistent (message names the file)."""


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        return read_yaml(path)
    except KnowledgeError as err:
        raise LexiconError(str(err)) from None


def check_country(country: str | None, data_dir: Path = DATA_DIR) -> None:
    """Raise LexiconError unless ``country`` is None or a country of countries.yaml (by its
    English name, as ``$MARSAD_COUNTRY`` gives it)."""
    if country is None:
        return
    entries = _read_yaml(data_dir / "countries.yaml").get("countries") or []
    if country not in {e.get("name") for e in entries}:
        raise _unknown_country(country)


def _unknown_country(country: str) -> LexiconError:
    return LexiconError(f"MARSAD_COUNTRY: unknown country {country!r} (an English name of "
                        f"data/actors/countries.yaml, such as Iraq or Yemen)")


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    inter: str
    country: str | None = None
    parent: str | None = None
    type: str | None = None
    active: str | None = None
    unit: str | None = None
    generic: bool = False  # a pattern actor (civilians, unidentified gunmen, "the army")
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class OutletInfo:
    id: str
    name: str
    type: str  # outlet | official | monitor
    country: str | None = None
    actor: str | None = None  # the actor an official source speaks for
    # names that are the outlet only in a dateline («خان شيخون - الجزيرة»; elsewhere the region)
    dateline: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name_ar: str
    name_en: str | None
    role: str | None
    actor: str | None


@dataclass(frozen=True)
class Country:
    name: str
    of_name: str
    nationality: str
    iso3: str
    names_ar: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    plurals_ar: tuple[str, ...] = ()
    vote: bool = True
    army: str | None = None  # whose army «الجيش» alone means in an article about this country


@dataclass(frozen=True)
class Template:
    """An actor or official source whose name is filled with a country."""

    id: str
    name: str
    kind: str = "actor"  # actor | outlet
    inter: str | None = None
    type: str | None = None  # outlet type
    actor: str | None = None  # for outlets: the actor, may hold {country}
    generic: bool = True
    adjectives: bool = True
    vote: float = 0.0  # how much «head + adjective» says the article is about that country

    def fill(self, text: str | None, country: Country) -> str | None:
        return fill_country(text, country)


def fill_country(text: str | None, country: Country) -> str | None:
    """Fill {country} and {nationality} ("of {country}" uses the country's `of_name`)."""
    if text is None:
        return None
    text = text.replace("of {country}", "of " + country.of_name)
    return text.replace("{country}", country.name).replace("{nationality}", country.nationality)


@dataclass(frozen=True)
class Title:
    id: str
    kind: str  # title | org_title | counterpart | rank | qualifier
    role: str | None = None
    actor: str | None = None
    alone: bool = False  # names its actor even without a person's name


def _iso_date(value: Any) -> bool:
    """An alias's ``since``/``until``: absent, or a date (YAML reads 2025-06-01 as one)."""
    if value is None:
        return True
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _conditions(alias: dict[str, Any]) -> dict[str, Any]:
    """The ``when``, ``since`` and ``until`` of an alias of actors.yaml, as ``Hit`` fields."""
    return {"when": tuple(alias.get("when") or ()), "since": str(alias.get("since") or ""),
            "until": str(alias.get("until") or "")}


@dataclass(frozen=True)
class Hit:
    """What a matched surface form may be. One key can carry several hits (resolved in context)."""

    # actor | template | outlet | otemplate | ctemplate | person | title | org_title | counterpart |
    # rank | qualifier | country | block
    kind: str
    ref: str  # id of the actor, template, outlet, person, title; country name for "country"
    country: str | None = None  # country named by the form (adjective or name)
    when: tuple[str, ...] = ()  # valid only when the article's main country is one of these
    anaphor: bool = False  # valid only after the referent was named earlier
    national: bool = False  # a nationality adjective used alone as a noun («والأوزبك»)
    # valid only in articles published on or after ``since`` / before ``until`` (ISO dates)
    since: str = ""
    until: str = ""

    @property
    def conditional(self) -> bool:
        """Valid only in some articles (a country, a referent named before, a time)."""
        return bool(self.when or self.anaphor or self.since or self.until)


@dataclass
class ActorLexicon:
    actors: dict[str, ActorInfo]  # by id
    outlets: dict[str, OutletInfo]
    people: dict[str, PersonInfo]
    countries: dict[str, Country]  # by English name
    templates: dict[str, Template]
    titles: dict[str, Title]
    default_country: str
    descriptors: frozenset[str]
    linkers: frozenset[str]  # «التابع»: a descriptor after which an unnamed mention is the group's
    bridges: frozenset[str]  # «تابعون»: such a word that links an unnamed mention only
    name_particles: frozenset[str]
    name_stopwords: frozenset[str]
    name_first_al: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()  # «التنظيم»: the group named before with «تنظيم»
    group_anaphors: frozenset[str] = frozenset()  # «الجماعة»: else the last armed group named just before
    # «ما يسمى», «تطلق على نفسها اسم»: phrases a descriptor is taken across, each with the space
    # after it (none when it ends in a glued «ب»); self_naming: those by which a group names itself
    so_called: tuple[str, ...] = ()
    self_naming: tuple[str, ...] = ()
    self_naming_re: Any = field(repr=False, default=None)  # the self_naming phrases as whole words
    self_naming_lasts: frozenset[str] = frozenset()  # their last words: a text with none has none
    so_called_lasts: frozenset[str] = frozenset()  # the last words of so_called: none before a name, no phrase
    automaton: Any = field(repr=False, default=None)
    anaphor_re: Any = field(repr=False, default=None)  # the anaphors with their proclitics
    # «الإرهابيين»: the group last named with a mark of its word («إرهابيي تنظيم ...»): word -> marks
    pejoratives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # bare name («القاعدة») -> the words that show the article uses it as a common noun («قاعدة»)
    homonyms: dict[str, Any] = field(default_factory=dict, repr=False)
    # «في قاعدة حميميم»: right after an unnamed force, the base (group 1) whose army it is
    held_base_re: Any = field(repr=False, default=None)
    held_bases: dict[str, str] = field(default_factory=dict, repr=False)  # normalised base -> country
    # a definite nationality adjective of any agreement («الأرمنية», «الأرمني») -> its country
    adjective_countries: dict[str, str] = field(default_factory=dict, repr=False)
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)  # lower name/alias -> actor id
    _outlet_by_name: dict[str, str] = field(default_factory=dict, repr=False)

    def with_default_country(self, country: str | None) -> "ActorLexicon":
        """This lexicon with another default country (``$MARSAD_COUNTRY``), checked by name."""
        if country is None or country == self.default_country:
            return self
        if country not in self.countries:
            raise _unknown_country(country)
        return replace(self, default_country=country)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, data_dir: Path | None = None) -> "ActorLexicon":
        """Read and compile the knowledge files (raises LexiconError naming the bad file)."""
        return _Builder(Path(data_dir) if data_dir else DATA_DIR).build()

    # ------------------------------------------------------------------ lookups
    def actor(self, name: str) -> ActorInfo | None:
        """Actor by canonical name, id or English alias ("Hayat Tahrir al-Sham", "hts", "HTS")."""
        if name in self.actors:
            return self.actors[name]
        ident = self._by_name.get(name.strip().lower())
        return self.actors.get(ident) if ident else None

    def inter_of(self, name: str) -> str | None:
        info = self.actor(name)
        if info is not None:
            return info.inter
        outlet = self.outlet(name)
        if outlet is not None and outlet.actor:
            linked = self.actor(outlet.actor)
            return linked.inter if linked else None
        return None

    def outlet(self, name: str) -> OutletInfo | None:
        ident = self._outlet_by_name.get(name.strip().lower())
        return self.outlets.get(ident) if ident else None

    def person(self, name: str) -> PersonInfo | None:
        for p in self.people.values():
            if name in (p.id, p.name_ar, p.name_en):
                return p
        return None

    def country(self, name: str) -> Country | None:
        return self.countries.get(name)

    def country_actor(self, template_id: str, country: str) -> ActorInfo | None:
        """The actor a template makes for a country ("military", "Iraq" -> Military Forces of Iraq)."""
        return self.actors.get(f"{template_id}:{self.countries[country].iso3}") if country in self.countries else None

    # ------------------------------------------------------------------ recognition
    def recognise(self, text: str | NormText, country: str | None = None,
                  places: Iterable[str] = (), published: date | None = None) -> list[Mention]:
        """Actor, person and outlet mentions in ``text`` (offsets into the original string).

        ``country`` forces the article's main country; ``places`` are countries of the places
        mentioned in it (they help decide the main country); ``published`` decides the aliases
        valid only since or until a date."""
        from marsad.actors.recognise import recognise

        return recognise(self, text, country=country, places=places, published=published)

    def find_actors(self, text: str | NormText, country: str | None = None,
                    kinds: tuple[str, ...] = ("actor",)) -> list[Mention]:
        """Mentions of the given kinds ("actor", "person", "outlet") in any string."""
        return [m for m in self.recognise(text, country=country) if m.kind in kinds]


# ---------------------------------------------------------------------- building
def _phrases(phrases: list[str]) -> tuple[str, ...]:
    """Normalised phrases that stand before a name, longest first, each with the space that
    follows it, or none when its last word is one glued letter («ما يعرف بـ» -> «ما يعرف ب»)."""
    out = (key(p) for p in phrases)
    return tuple(sorted((p if len(p.split()[-1]) == 1 else p + " " for p in out), key=len, reverse=True))


def _stopwords(words: list[str]) -> frozenset[str]:
    """Normalised stopwords, leaving out those written with ى: normalised, «على» is «علي» (Ali),
    so these are checked on the written form (``raw_stopword``)."""
    return frozenset(key(w) for w in words if "ى" not in w)


RAW_STOPWORDS = frozenset({"على", "إلى", "الى", "لدى", "حتى", "متى", "سوى", "لدى"})


class _Builder:
    def __init__(self, data_dir: Path) -> None:
        self.dir = data_dir
        self.keys: dict[str, tuple[list[Hit], bool]] = {}
        self.actors: dict[str, ActorInfo] = {}
        self.by_name: dict[str, str] = {}

    def _phrases(self, patterns: dict[str, Any], name: str) -> tuple[str, ...]:
        """patterns.yaml ``name``: a list of phrases (``_phrases``); none when the key is absent."""
        phrases = patterns.get(name) or []
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise LexiconError(f"{self.dir / 'patterns.yaml'}: {name} must be a list of phrases")
        return _phrases(phrases)

    def _pejoratives(self, groups: object) -> dict[str, tuple[str, ...]]:
        """patterns.yaml ``pejorative_anaphors``: a list of {words, marks}, each word -> its marks."""
        if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
            raise LexiconError(f"{self.dir / 'patterns.yaml'}: pejorative_anaphors must be a list of "
                               "{words: [...], marks: [...]} groups")
        return {key(w): tuple(key(k) for k in g.get("marks") or []) for g in groups for w in g.get("words") or []}

    def build(self) -> ActorLexicon:
        countries = self._countries(self._read("countries.yaml"))
        patterns = self._read("patterns.yaml")
        default_country = patterns.get("default_country", "Syria")
        if default_country not in countries:
            raise LexiconError(f"{self.dir / 'patterns.yaml'}: default_country {default_country!r} is not in countries.yaml")
        templates: dict[str, Template] = {}
        self._named_actors(self._read("actors.yaml"), countries, templates)
        self._templates(patterns, countries, templates)
        outlets = self._outlets(self._read("outlets.yaml"))
        titles_doc = self._read("titles.yaml")
        titles = self._titles(titles_doc, countries)
        people = self._people(self._read("people.yaml"))
        for c in countries.values():
            for n in c.names_ar:
                self._add(n, Hit("country", c.name, country=c.name))
        for b in patterns.get("blockers") or []:
            self._add(b, Hit("block", "block"))
        self._check_links(outlets, people)
        lex = ActorLexicon(
            actors=self.actors, outlets=outlets, people=people, countries=countries, templates=templates,
            titles=titles, default_country=default_country,
            descriptors=frozenset(key(d) for name in ("descriptors", "linkers") for d in patterns.get(name) or []),
            linkers=frozenset(key(d) for d in patterns.get("linkers") or []),
            bridges=frozenset(key(d) for d in patterns.get("bridges") or []),
            so_called=self._phrases(patterns, "so_called") + self._phrases(patterns, "self_naming"),
            self_naming=self._phrases(patterns, "self_naming"),
            name_particles=frozenset(key(w) for w in titles_doc.get("name_particles") or []),
            name_stopwords=_stopwords(titles_doc.get("name_stopwords") or []),
            name_first_al=frozenset(key(w) for w in titles_doc.get("name_first_al") or []),
            anaphors=frozenset(key(w) for w in patterns.get("anaphors") or []),
            group_anaphors=frozenset(key(w) for w in patterns.get("group_anaphors") or []),
            pejoratives=self._pejoratives(patterns.get("pejorative_anaphors") or []),
            adjective_countries={form: c.name for c in countries.values() for agree in ("m", "f", "mp")
                                 for form in adjective_forms(agree, list(c.adjectives_ar), [], [])},
            _by_name=self.by_name,
            _outlet_by_name={k: v for o in outlets.values() for k, v in ((o.name.lower(), o.id), (o.id, o.id))},
        )
        lex.automaton = self._compile()
        lex.anaphor_re = _anaphor_pattern(lex.anaphors)
        lex.self_naming_re = re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, lex.self_naming)) + ")") \
            if lex.self_naming else None
        lex.self_naming_lasts = frozenset(p.split()[-1] for p in lex.self_naming)
        lex.so_called_lasts = frozenset(p.split()[-1] for p in lex.so_called)
        lex.homonyms = {key(name): _words_pattern(words) for name, words in (patterns.get("homonyms") or {}).items()}
        lex.held_bases = self._held_bases(patterns.get("held_bases") or {}, countries)
        lex.held_base_re = _held_base_pattern(lex.held_bases)
        return lex

    def _held_bases(self, table: Any, countries: dict[str, Country]) -> dict[str, str]:
        """patterns.yaml ``held_bases``: {country: [base names]} -> {normalised name: country}."""
        if not isinstance(table, dict):
            raise LexiconError(f"{self.dir / 'patterns.yaml'}: held_bases must map a country to a list of bases")
        out: dict[str, str] = {}
        for country, names in table.items():
            if country not in countries:
                raise LexiconError(f"{self.dir / 'patterns.yaml'}: held_bases: {country!r} is not in countries.yaml")
            out.update((key(str(n)), country) for n in names or [])
        return out

    # -- files
    def _read(self, name: str) -> dict[str, Any]:
        return _read_yaml(self.dir / name)

    def _fail(self, file: str, entry: Any, problem: str) -> LexiconError:
        ident = entry.get("id") or entry.get("name") if isinstance(entry, dict) else entry
        return LexiconError(f"{self.dir / file}: entry {ident!r}: {problem}")

    # -- keys
    def _add(self, surface: str, hit: Hit) -> None:
        self._add_key(key(surface), hit)

    def _add_key(self, k: str, hit: Hit) -> None:
        """Add an already normalised key (and its لل variant)."""
        if not k:
            return
        for variant, is_ll in key_variants(k):
            hits, ll = self.keys.get(variant, ([], True))
            if hit not in hits:
                hits.append(hit)
            self.keys[variant] = (hits, ll and is_ll)

    def _compile(self) -> Any:
        auto = ahocorasick.Automaton()
        for k, (hits, ll) in self.keys.items():
            auto.add_word(k, (len(k), tuple(hits), ll))
        auto.make_automaton()
        return auto

    # -- countries
    def _countries(self, doc: dict[str, Any]) -> dict[str, Country]:
        out: dict[str, Country] = {}
        for e in doc.get("countries") or []:
            for f in ("name", "nationality", "iso3"):
                if not e.get(f):
                    raise self._fail("countries.yaml", e, f"missing {f}")
            if e["name"] in out:
                raise self._fail("countries.yaml", e, "duplicate country")
            out[e["name"]] = Country(
                name=e["name"], of_name=e.get("of_name") or e["name"], nationality=e["nationality"],
                iso3=e["iso3"], names_ar=tuple(e.get("names_ar") or ()), adjectives_ar=tuple(e.get("adjectives_ar") or ()),
                plurals_ar=tuple(e.get("plurals_ar") or ()), vote=bool(e.get("vote", True)), army=e.get("army"),
            )
        for c in out.values():
            if c.army and c.army not in out:
                raise self._fail("countries.yaml", {"name": c.name}, f"army {c.army!r} is not a country here")
        return out

    # -- actors
    def _register(self, info: ActorInfo, file: str) -> None:
        if info.id in self.actors:
            raise self._fail(file, {"id": info.id}, "duplicate id")
        self.actors[info.id] = info
        for alias in (info.name, info.id, *info.aliases_en):
            self.by_name.setdefault(alias.lower(), info.id)

    def _named_actors(self, doc: dict[str, Any], countries: dict[str, Country],
                      templates: dict[str, Template]) -> None:
        for e in doc.get("actors") or []:
            for f in ("id", "name", "inter"):
                if not e.get(f):
                    raise self._fail("actors.yaml", e, f"missing {f}")
            if e["inter"] not in INTERS:
                raise self._fail("actors.yaml", e, f"inter {e['inter']!r} is not one of {', '.join(INTERS)}")
            if e.get("country") and e["country"] not in countries:
                raise self._fail("actors.yaml", e, f"country {e['country']!r} is not in countries.yaml")
            aliases = [a if isinstance(a, dict) else {"ar": a} for a in e.get("aliases_ar") or []]
            for a in aliases:
                bad = [w for w in a.get("when") or [] if w not in countries]
                if not a.get("ar") or bad or not all(_iso_date(a.get(k)) for k in ("since", "until")):
                    raise self._fail("actors.yaml", e, f"bad alias {a!r}")
            if "{country}" in e["name"]:
                self._actor_template(e, aliases, countries, templates)
                continue
            info = ActorInfo(
                id=e["id"], name=e["name"], inter=e["inter"], country=e.get("country"), parent=e.get("parent"),
                type=e.get("type"), active=str(e["active"]) if e.get("active") else None, unit=e.get("unit"),
                aliases_ar=tuple(a["ar"] for a in aliases), aliases_en=tuple(e.get("aliases_en") or ()),
                note=e.get("note"),
            )
            if info.unit is None or info.name.lower() not in self.by_name:
                self._register(info, "actors.yaml")
            else:  # a unit shares its force's name; lookups by name give the force
                self.actors[info.id] = info
            for a in aliases:
                self._add(a["ar"], Hit("actor", info.id, country=info.country, **_conditions(a)))
            for a in info.aliases_en:
                self._add(a, Hit("actor", info.id, country=info.country))
            for a in e.get("anaphora_ar") or []:
                self._add(a, Hit("actor", info.id, country=info.country, anaphor=True))

    def _actor_template(self, e: dict[str, Any], aliases: list[dict[str, Any]], countries: dict[str, Country],
                        templates: dict[str, Template]) -> None:
        tpl = Template(id=e["id"], name=e["name"], inter=e["inter"], generic=False, adjectives=False)
        templates[tpl.id] = tpl
        for c in countries.values():
            self._template_actor(tpl, c, e)
        for a in aliases:
            self._add(a["ar"], Hit("template", tpl.id, **_conditions(a)))
        for a in e.get("aliases_en") or []:
            self._add(a, Hit("template", tpl.id))

    def _template_actor(self, tpl: Template, c: Country, e: dict[str, Any] | None = None) -> None:
        name = tpl.fill(tpl.name, c)
        ident = f"{tpl.id}:{c.iso3}"
        existing = self.by_name.get(name.lower())
        if existing:  # a named entry (actors.yaml) already describes this actor: reuse it
            self.actors[ident] = self.actors[existing]
            return
        e = e or {}
        self._register(ActorInfo(id=ident, name=name, inter=tpl.inter or "", country=c.name, type=e.get("type"),
                                 generic=tpl.generic), "patterns.yaml")

    def _templates(self, doc: dict[str, Any], countries: dict[str, Country], templates: dict[str, Template]) -> None:
        for e in doc.get("templates") or []:
            kind = e.get("kind", "actor")
            if not e.get("id") or kind not in ("actor", "outlet", "context") or not e.get("name") and kind != "context":
                raise self._fail("patterns.yaml", e, "needs id, kind actor|outlet|context and (but for context) name")
            vote = e.get("vote", 2 if kind == "actor" else 0)
            if not isinstance(vote, (int, float)) or vote < 0:
                raise self._fail("patterns.yaml", e, f"vote must be a number >= 0, not {vote!r}")
            if kind == "actor" and e.get("inter") not in INTERS:
                raise self._fail("patterns.yaml", e, f"inter {e.get('inter')!r} is not one of {', '.join(INTERS)}")
            if kind == "outlet" and e.get("type") not in OUTLET_TYPES:
                raise self._fail("patterns.yaml", e, f"type must be one of {', '.join(OUTLET_TYPES)}")
            tpl = Template(id=e["id"], name=e.get("name") or "", kind=kind, inter=e.get("inter"), type=e.get("type"),
                           actor=e.get("actor"), generic=bool(e.get("generic", True)),
                           adjectives=bool(e.get("adjectives", True)), vote=float(vote))
            if tpl.id in templates:
                raise self._fail("patterns.yaml", e, "duplicate id")
            templates[tpl.id] = tpl
            hit_kind = {"actor": "template", "outlet": "otemplate", "context": "ctemplate"}[kind]
            heads = e.get("heads") or {}
            for agree in heads:
                if agree not in AGREEMENTS:
                    raise self._fail("patterns.yaml", e, f"unknown agreement {agree!r} (one of {', '.join(AGREEMENTS)})")
            nationals = e.get("nationals") or []
            head_keys = {agree: [key(w) for w in words or []] for agree, words in heads.items()}
            for c in countries.values():
                if kind == "actor":
                    self._template_actor(tpl, c)
                hit = Hit(hit_kind, tpl.id, country=c.name if tpl.adjectives else None)
                for agree, words in heads.items():
                    forms = adjective_forms(agree, list(c.adjectives_ar), list(c.plurals_ar), list(c.names_ar))
                    for head in head_keys[agree]:
                        for form in forms:
                            self._add_key(f"{head} {form}", hit)
                for agree in nationals:
                    for form in adjective_forms(agree, list(c.adjectives_ar), list(c.plurals_ar), []):
                        self._add_key(form, Hit(hit_kind, tpl.id, country=c.name, national=True))
            for surface in e.get("bare") or []:
                self._add(surface, Hit(hit_kind, tpl.id))

    def _check_links(self, outlets: dict[str, OutletInfo], people: dict[str, PersonInfo]) -> None:
        """Every actor named by an outlet, a person or a parent must exist."""
        known = set(self.by_name)
        links = [("outlets.yaml", o.id, o.actor) for o in outlets.values()]
        links += [("people.yaml", p.id, p.actor) for p in people.values()]
        links += [("actors.yaml", a.id, a.parent) for a in self.actors.values()]
        for file, ident, name in links:
            if name and name.lower() not in known:
                raise LexiconError(f"{self.dir / file}: entry {ident!r}: actor {name!r} is not defined")

    # -- outlets, titles, people
    def _outlets(self, doc: dict[str, Any]) -> dict[str, OutletInfo]:
        out: dict[str, OutletInfo] = {}
        for e in doc.get("outlets") or []:
            if not e.get("id") or not e.get("name") or e.get("type") not in OUTLET_TYPES:
                raise self._fail("outlets.yaml", e, f"needs id, name and type ({', '.join(OUTLET_TYPES)})")
            if e["id"] in out:
                raise self._fail("outlets.yaml", e, "duplicate id")
            dateline = e.get("dateline") or []
            if not isinstance(dateline, list):
                raise self._fail("outlets.yaml", e, "dateline must be a list of names")
            info = OutletInfo(id=e["id"], name=e["name"], type=e["type"], country=e.get("country"), actor=e.get("actor"),
                              dateline=tuple(key(str(a)) for a in dateline))
            out[info.id] = info
            for a in e.get("aliases") or []:
                self._add(str(a), Hit("outlet", info.id, country=info.country))
            for a in e.get("anaphora") or []:
                self._add(str(a), Hit("outlet", info.id, country=info.country, anaphor=True))
        return out

    def _titles(self, doc: dict[str, Any], countries: dict[str, Country]) -> dict[str, Title]:
        titles: dict[str, Title] = {}

        def put(t: Title, entry: Any) -> None:
            if t.id in titles:
                raise self._fail("titles.yaml", entry, "duplicate id")
            titles[t.id] = t

        for e in doc.get("titles") or []:
            if not e.get("id") or not e.get("ar") or not e.get("role"):
                raise self._fail("titles.yaml", e, "needs id, ar and role")
            t = Title(id=e["id"], kind="title", role=e["role"], actor=e.get("actor"), alone=bool(e.get("alone")))
            put(t, e)
            agree = e.get("agree", "m")
            words = [key(w) for w in e["ar"]]
            for c in countries.values():
                for form in adjective_forms(agree, list(c.adjectives_ar), [], []):
                    for w in words:
                        self._add_key(f"{w} {form}", Hit("title", t.id, country=c.name))
                for n in c.names_ar:
                    for w in e.get("construct") or []:
                        self._add(f"{w} {n}", Hit("title", t.id, country=c.name))
            if e.get("bare", True):
                for w in e["ar"]:
                    self._add(w, Hit("title", t.id))
        for e in doc.get("org_titles") or []:
            t = Title(id="org:" + e["id"], kind="org_title", role=e["role"])
            put(t, e)
            for w in e["ar"]:
                self._add(w, Hit("org_title", t.id))
        for c in countries.values():
            for w in doc.get("counterparts") or []:
                for form in adjective_forms("m", list(c.adjectives_ar), [], []):
                    self._add(f"{w} {form}", Hit("counterpart", "counterpart", country=c.name))
        for i, e in enumerate(doc.get("qualifiers") or []):
            t = Title(id=f"qualifier:{i}", kind="qualifier", role=e["en"])
            put(t, e)
            if "{country_ar}" in e["ar"]:
                for c in countries.values():
                    for n in c.names_ar:
                        self._add(e["ar"].replace("{country_ar}", n), Hit("qualifier", t.id, country=c.name))
            else:
                self._add(e["ar"], Hit("qualifier", t.id))
        for i, e in enumerate(doc.get("ranks") or []):
            t = Title(id=f"rank:{i}", kind="rank", role=e["en"])
            put(t, e)
            for w in e["ar"]:
                self._add(w, Hit("rank", t.id))
        return titles

    def _people(self, doc: dict[str, Any]) -> dict[str, PersonInfo]:
        out: dict[str, PersonInfo] = {}
        for e in doc.get("people") or []:
            if not e.get("id") or not e.get("name_ar"):
                raise self._fail("people.yaml", e, "needs id and name_ar")
            if e["id"] in out:
                raise self._fail("people.yaml", e, "duplicate id")
            p = PersonInfo(id=e["id"], name_ar=e["name_ar"], name_en=e.get("name_en"), role=e.get("role"),
                           actor=e.get("actor"))
            out[p.id] = p
            for a in [p.name_ar, *(e.get("aliases_ar") or [])]:
                self._add(a, Hit("person", p.id))
        return out


def _words_pattern(words: list[str]) -> Any:
    """Any of ``words`` as a whole word of the normalised text, after any proclitics."""
    forms = "|".join(sorted((re.escape(key(w)) for w in words), key=len, reverse=True))
    clitics = "|".join(sorted((p for p in PROCLITIC_PREFIXES if p), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{clitics})?(?:{forms})(?!\w)")


def _held_base_pattern(bases: dict[str, str]) -> Any:
    """« في قاعدة حميميم» at the start of a string of the scan text: group 1 the base."""
    if not bases:
        return None
    names = "|".join(sorted((re.escape(b) for b in bases), key=len, reverse=True))
    return re.compile(rf"\s*(?:في|ب)\s*({names})(?!\w)")


def _anaphor_pattern(anaphors: frozenset[str]) -> Any:
    """«التنظيم», «وللتنظيم», «بالتنظيم» as whole words of the normalised text (group 1: the
    letters before the article's «ل», whose last is the article's «ا» or the «ل» of «لل»)."""
    if not anaphors:
        return None
    cores = "|".join(sorted(re.escape(a[2:]) for a in anaphors if a.startswith("ال")))
    return re.compile(rf"(?<!\w)([وف]?(?:با|كا|ل|ا))ل({cores})(?!\w)")
