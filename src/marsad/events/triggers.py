"""Event triggers and cue words, compiled once into one Aho-Corasick automaton.

The knowledge lives in ``marsad/data/events/*.yaml`` (triggers, modality cues, attribution
cues). Every form is normalised (``marsad.text.normalize``) and matched over the normalised
article text; a match counts only when the rest of its word is an allowed proclitic string on
the left (``و``, ``ب``, ``ال``, ``لل`` ...) and an allowed ending on the right, so «سيطر» finds
«وسيطرت» but not «المسيطر»-less substrings of other words.

``TriggerLexicon.load()`` returns the compiled lexicon; ``lexicon.find(norm_text)`` gives every
``Hit`` in text order. Hits carry offsets into the *normalised* text; callers map them back with
``NormText.to_original``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from operator import itemgetter
from typing import Any, Iterable, NamedTuple, NoReturn

import ahocorasick

from marsad.io.knowledge import KnowledgeError, read_yaml
from marsad.text.normalize import normalize

_WORD = re.compile(r"[^\W_]+")
_WORD_END = re.compile(r"[^\W_]*")


_START = itemgetter(0)  # Hit.start
_END = itemgetter(1)  # Hit.end


DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"

# proclitics for cue words that are particles («لم», «دون») or fixed phrases
_PARTICLE_PREFIXES = ("", "و", "ف")


def _number(block: dict, key: str, default: int | None, file: str) -> int:
    """The whole number ``block[key]`` of a knowledge file, or a one-line error naming the file."""
    value = block.get(key, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise KnowledgeError(f"{DATA_DIR / file}: {key} must be a whole number, not {value!r}") from None


def _suffix_class(suffixes: dict, name: str) -> frozenset[str] | None:
    """The ending class ``name`` of triggers.yaml ``suffixes``, or a one-line error."""
    if name not in suffixes:
        raise KnowledgeError(f"{DATA_DIR / 'triggers.yaml'}: unknown suffix class {name!r} (not in suffixes)")
    return suffixes[name]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Entry:
    """One compiled form: what it is (``kind``/``name``) and how its word may be dressed."""

    key: str  # normalised form
    kind: str  # "trigger", "blocker", or a cue list ("negation", "hedge", "speech", "air", ...)
    name: str  # the trigger family, or the cue list's name
    prefixes: frozenset[str]
    suffixes: frozenset[str] | None  # None: any ending
    pos: str = "noun"  # "noun" | "verb" | "none" (particles and fixed phrases)
    strength: int = 2
    tense: str | None = None  # "imperfect" for verb forms that report no single past event
    window: int = 0
    implies_state: bool = False
    exempt: frozenset[str] = frozenset()
    object_between: bool = False  # a split verb whose object may stand before the split word


class Hit(NamedTuple):
    """A match in normalised text: [start, end) is the whole word(s), clitics included."""

    start: int
    end: int
    core_start: int
    core_end: int
    entry: Entry
    prefix: str
    suffix: str

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def name(self) -> str:
        return self.entry.name


@dataclass(frozen=True)
class Family:
    name: str
    group: str
    priority: int
    sub_event: str | None = None
    casualty: str | None = None  # "fatalities" | "injured": the family only counts victims
    kills: bool = False  # an event word whose counted victims are fatalities («تصفية»)
    needs_object: bool = False
    needs_place: bool = False
    background_after: frozenset[str] = frozenset()
    defender: bool = False  # the verb's subject is the target («تصدت الدفاعات لعدوان»)


# The word sets of cues.yaml ``word_sets`` the rules read. Each must be in the file: a missing one
# is named when the knowledge is loaded, before any article is read (not halfway through a run,
# at the first sentence that asks for it).
WORD_SETS = frozenset((
    "accusations", "accused_only", "after_openers", "airborne_raids", "aircraft", "also_joints", "amid",
    "among_victims", "another", "anyone", "apposition", "approximately", "attempt", "backing", "backing_kind",
    "before_verb", "behind", "belongs", "blasts", "bodies", "carried_out", "casualty_totals", "civil_owners",
    "clan_fight", "companions", "concurrent_joints", "counts_subject", "cover", "crowd", "demonstratives",
    "documented", "durations", "event_adjectives", "exposed", "fired", "fires", "force_heads", "found", "generic_people",
    "giving", "grievance", "history", "hostages", "identity_hedges", "kin", "led_by", "light_verbs", "lost_ground", "may_be",
    "membership", "news_present", "no_subject", "not_people", "one_side", "organise", "outbreak", "outlet_nouns",
    "own_forces", "part_of", "passive_violence", "place_ordinals", "placed_joints", "pluperfect", "plural_victims",
    "protest_adverbs", "questions", "raids", "reaction_openers", "reflexive", "relative", "released", "remnants",
    "report_joints", "responded", "responsibility", "result_verbs", "retaliation", "retold_aircraft", "retold_attackers",
    "retold_bombers", "retold_bombs", "retold_only", "return_fire", "rule", "seize", "seized_property",
    "self_counting", "shooters_of", "source_of_fire", "speaker_goes_on", "speech_ambiguous", "split_glue",
    "split_sites", "stance", "started", "stated_joints", "stationed", "storm", "strikes", "supporters", "survived",
    "teller_acts", "teller_did", "teller_doing", "terrorist", "that", "that_he", "to_come", "told_that", "two_of",
    "units", "unknown_origin", "ventured", "verb_openers", "weapons_programme", "where_joints", "wounds"))


def _no_word_set(name: str) -> NoReturn:
    raise KnowledgeError(f"{DATA_DIR / 'cues.yaml'}: missing the word set {name!r} in word_sets")


def _read_yaml(name: str) -> dict[str, Any]:
    return read_yaml(DATA_DIR / name)


def _forms(values: Iterable[Any]) -> list[str]:
    return [normalize(str(v)).strip() for v in values if str(v).strip()]


@dataclass
class TriggerLexicon:
    """Trigger families, cue lists and blockers, held by ``Resources.triggers``."""

    families: dict[str, Family]
    entries: list[Entry]
    continuation: frozenset[str] = frozenset()  # words after a speech verb with no speaker
    affiliation: frozenset[str] = frozenset()  # «تابعة» before «لـ»: the unit's master follows
    word_sets: dict[str, frozenset[str]] = field(default_factory=dict)  # cues.yaml ``word_sets``
    running_days: dict[str, int] = field(default_factory=dict)  # cues.yaml ``running_days``, normalised
    _automaton: Any = field(default=None, repr=False)
    _triggers: dict[str, Entry] = field(default_factory=dict, repr=False, init=False)  # by normalised key
    ambiguous_verbs: frozenset[str] = field(default=frozenset(), init=False)

    # -- building ------------------------------------------------------------------------
    @classmethod
    def load(cls) -> "TriggerLexicon":
        trig = _read_yaml("triggers.yaml")
        cues = _read_yaml("cues.yaml")
        missing = sorted(WORD_SETS - set(cues.get("word_sets") or {}))
        if missing:
            _no_word_set(missing[0])
        attr = _read_yaml("attribution.yaml")
        prefixes = {k: frozenset(normalize(p) for p in v) for k, v in trig["prefixes"].items()}
        suffixes = {k: frozenset(normalize(s) for s in v) for k, v in trig["suffixes"].items()}
        suffixes["any"] = None  # type: ignore[assignment]
        prefixes["none"] = frozenset(_PARTICLE_PREFIXES)

        families = {
            name: Family(
                name=name, group=d["group"], priority=_number(d, "priority", None, "triggers.yaml"), sub_event=d.get("sub_event"),
                casualty=d.get("casualty"), kills=bool(d.get("kills")), needs_object=bool(d.get("needs_object")),
                needs_place=bool(d.get("needs_place")),
                background_after=frozenset(_forms(d.get("background_after", []))),
                defender=bool(d.get("defender")),
            )
            for name, d in trig["families"].items()
        }
        imperfect = set(_forms(trig.get("imperfect", [])))
        entries: list[Entry] = []
        for block in trig["triggers"]:
            fam = block["family"]
            if fam not in families:
                raise KnowledgeError(f"{DATA_DIR / 'triggers.yaml'}: unknown family {fam!r}")
            for key in _forms(block["forms"]):
                entries.append(Entry(
                    key=key, kind="trigger", name=fam, prefixes=prefixes[block.get("pos", "noun")],
                    suffixes=_suffix_class(suffixes, block.get("suffix", "noun")), pos=block.get("pos", "noun"),
                    strength=1 if key in imperfect else _number(block, "strength", 2, "triggers.yaml"),
                    tense="imperfect" if key in imperfect else None,
                    implies_state=bool(block.get("implies_state")),
                ))
        # a bare verb form that is also an event noun («خطف»: he kidnapped / kidnapping) is not
        # a past verb on its own; with an ending («خطفوا») it is
        nouns = {e.key for e in entries if e.pos == "noun"} | set(_forms(trig.get("ambiguous", [])))
        entries = [
            Entry(e.key, e.kind, e.name, e.prefixes, e.suffixes, e.pos, e.strength, "ambiguous", e.window,
                  e.implies_state, e.exempt)
            if e.pos == "verb" and e.tense is None and e.key in nouns else e
            for e in entries
        ]
        for block in trig.get("split", []):  # a verb pairs with any object of its family
            if block["family"] not in families:
                raise KnowledgeError(f"{DATA_DIR / 'triggers.yaml'}: unknown family {block['family']!r} in split")
            for key in _forms(block["verbs"]):
                entries.append(Entry(key, "split_verb", block["family"], prefixes["verb"], suffixes["verb"],
                                     pos="verb", strength=_number(block, "strength", 2, "triggers.yaml"),
                                     window=_number(block, "window", 4, "triggers.yaml"),
                                     object_between=bool(block.get("object_between", False))))
            for key in _forms(block["objects"]):
                entries.append(Entry(key, "split_object", block["family"], prefixes["none"], suffixes["none"],
                                     pos="none"))
        for block in trig.get("figurative", []):  # a verb of the family with this object is a figure
            if block["family"] not in families:
                raise KnowledgeError(f"{DATA_DIR / 'triggers.yaml'}: unknown family {block['family']!r} in figurative")
            for key in _forms(block["objects"]):
                entries.append(Entry(key, "figurative", block["family"], prefixes["noun"], suffixes["none"],
                                     pos="none", window=_number(block, "window", 3, "triggers.yaml")))
        for key in _forms(trig.get("blockers", [])):
            entries.append(Entry(key, "blocker", "blocker", prefixes["noun"], suffixes["noun"]))

        def cue(kind: str, words: Iterable[Any], pos: str, window: int = 0, exempt: Iterable[str] = ()) -> None:
            pre = prefixes["none"] if pos == "none" else prefixes[pos]
            suf = suffixes["none"] if pos == "none" else suffixes["verb" if pos == "verb" else "noun"]
            for key in _forms(words):
                entries.append(Entry(key, kind, kind, pre, suf, pos=pos, window=window, exempt=frozenset(exempt)))

        for kind in ("negation", "future", "demand", "purpose", "foiled", "hedge", "denial"):
            for block in cues.get(kind, []):
                cue(kind, block["words"], block.get("pos", "none"), _number(block, "window", 0, "cues.yaml"),
                    block.get("exempt", ()))
        for kind, words in cues["modifiers"].items():
            cue(kind, words, "noun")
        for kind, words in cues["victims"].items():
            cue(f"victim_{kind}", words, "noun")
        singular = frozenset(("", "ا"))  # «شخص», «شخصا»; not «مسلحون»
        # one person with a possessive: «مقتل سائقها», «مقتل أحدهم» (not a bare «ه»: after
        # normalisation «الرابعة» would be «رابع» + «ه»)
        possessed = singular | {"ها", "هم", "هما"}
        for kind, words in cues["counts"].items():
            for key in _forms(words):
                entries.append(Entry(key, f"count_{kind}", f"count_{kind}", prefixes["noun"],
                                     possessed if kind == "one" else singular))
        cue("result", cues["result"], "none")
        cue("accuse", cues["accuse"], "verb")
        cue("blame", cues["blame"], "verb")
        cue("occurrence", cues["occurrence"], "verb")
        cue("occurrence", cues["occurrence_nouns"], "noun")
        cue("witness", cues["witness"], "verb")
        cue("gather", cues["gather"], "verb")
        cue("accident", cues["accident"], "noun")
        cue("accident", cues["accident_words"], "none")
        cue("direction", cues["direction"], "none")
        cue("towards", cues["towards"], "none")
        cue("origin", cues["origin"], "none")
        cue("heading", cues["heading"], "none")
        cue("named_among", cues["named_among"], "none")
        for name in ("responded", "attempt", "stationed", "apposition", "history"):  # word sets also found as cues
            cue(name, cues["word_sets"].get(name) or _no_word_set(name), "none")
        cue("vicinity", cues["vicinity"], "none")
        cue("weapon_test", cues["weapon_test"], "noun")
        cue("verbal", cues["verbal"], "noun")
        cue("into_the_air", cues["into_the_air"], "none")
        cue("military_object", cues["military_objects"], "noun")
        cue("installation", cues["installations"], "noun")
        cue("position", cues["positions"], "noun")
        cue("police_post", cues["police_posts"], "noun")
        cue("background", cues["background"], "none")
        cue("background_wide", cues["background_wide"], "none")
        cue("earlier", cues["earlier"], "none")
        cue("mutual", cues["mutual"], "none")
        cue("no_fight", cues["no_fight"], "none")
        cue("tally", cues["tally"], "none")
        cue("days_span", cues["days_span"], "none")
        cue("scattered", cues["scattered"], "none")
        cue("spread_over", cues["spread_over"], "none")
        cue("during_operation", cues["during_operation"], "none")
        cue("ordinary_crime", cues["ordinary_crime"], "none")
        cue("day_window", cues["day_window"], "none")
        cue("running_days", cues["running_days"], "none")
        cue("toll", cues["toll"], "none")
        cue("toll_words", cues["toll_words"], "noun")
        cue("opening_when", cues["opening_when"], "none")
        cue("nominal_head", cues["nominal_head"], "noun")
        cue("perpetrated", cues["perpetrated"], "none")
        cue("fired_it", cues["fired_it"], "none")
        cue("ascribed_it", cues["ascribed_it"], "none")
        cue("announce", cues["announce"], "verb")
        cue("pretext", cues["pretext"], "none")
        cue("judicial", cues["judicial"], "noun")
        cue("launch", cues["launch"], "verb")
        cue("launch", cues["launch_plain"], "none")
        cue("assembled", cues["assembled"], "verb")
        cue("place_noun", cues["place_nouns"], "noun")
        cue("locator", cues["locators"], "none")
        cue("unnamed_armed", cues["unnamed_armed"], "noun")
        cue("speech", attr["speech"], "verb")
        cue("according", attr["according"], "none")
        cue("according_glued", attr.get("according_glued") or [], "none")
        cue("anonymous", attr["anonymous"], "noun")
        cue("not_anonymous", attr.get("not_anonymous") or [], "noun")
        return cls(families=families, entries=entries,
                   continuation=frozenset(_forms(attr["continuation"])),
                   affiliation=frozenset(_forms(cues["affiliation"])),
                   word_sets={k: frozenset(_forms(v)) for k, v in cues["word_sets"].items()},
                   running_days={normalize(k): _number(cues["running_days"], k, 0, "cues.yaml")
                                 for k in cues["running_days"]})

    def __post_init__(self) -> None:
        auto = ahocorasick.Automaton()
        by_key: dict[str, list[Entry]] = {}
        for e in self.entries:
            by_key.setdefault(e.key, []).append(e)
        for key, group in by_key.items():
            max_prefix = max(len(p) for e in group for p in e.prefixes)
            max_suffix = max(10_000 if e.suffixes is None else max(map(len, e.suffixes)) for e in group)
            pre = frozenset(p for e in group for p in e.prefixes)
            auto.add_word(key, (len(key), max_prefix, max_suffix, pre, tuple(group)))
        auto.make_automaton()
        self._automaton = auto
        self._triggers = {e.key: e for e in self.entries if e.kind == "trigger"}
        # bare forms that are a verb as well as a noun («قصف», «خطف»); see extract._opening_verb
        self.ambiguous_verbs = frozenset(e.key for e in self.entries if e.kind == "trigger" and e.tense == "ambiguous")

    # -- matching --------------------------------------------------------------------------
    def find(self, text: str, words: list[tuple[int, int]] | None = None) -> list[Hit]:
        """Every trigger, cue and blocker in the normalised ``text``, by start offset. A word is
        a run of letters and digits; ``words`` is accepted for compatibility and not needed."""
        n_text = len(text)
        new = tuple.__new__
        isalnum = str.isalnum
        hits: list[Hit] = []
        for end_idx, (length, max_prefix, max_suffix, pre, group) in self._automaton.iter(text):
            core_end = end_idx + 1
            core_start = core_end - length
            if core_start > max_prefix and isalnum(text[core_start - max_prefix - 1:core_start]):
                continue  # inside a word: more letters before it than any proclitic string
            ws = core_start
            while ws and isalnum(text[ws - 1]):
                ws -= 1
            prefix = text[ws:core_start]
            if prefix not in pre:
                continue  # the letters before the match are no proclitic string of the form
            if max_suffix < 50:
                if core_end + max_suffix < n_text and isalnum(text[core_end:core_end + max_suffix + 1]):
                    continue  # more letters after it than any ending it takes
                we = core_end
                limit = min(n_text, core_end + max_suffix)
                while we < limit and isalnum(text[we]):
                    we += 1
            else:
                m = _WORD_END.match(text, core_end)
                we = m.end()
            suffix = text[core_end:we]
            for e in group:
                if prefix in e.prefixes and (e.suffixes is None or suffix in e.suffixes):
                    hits.append(new(Hit, (ws, we, core_start, core_end, e, prefix, suffix)))
        # by start, longest first: two stable C-level sorts (end descending, then start) give
        # the order of the key (start, -length) without a Python call per hit
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        return hits

    def trigger(self, key: str) -> Entry | None:
        """The trigger entry written ``key`` (normalised), if any."""
        return self._triggers.get(key)

    def family(self, name: str) -> Family:
        return self.families[name]

    def words(self, name: str) -> frozenset[str]:
        """The normalised word set ``name`` of cues.yaml ``word_sets``."""
        found = self.word_sets.get(name)
        return found if found is not None else _no_word_set(name)
