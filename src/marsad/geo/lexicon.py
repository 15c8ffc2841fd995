"""Words around place names (``data/geo/cues.yaml``) and names that are also common words
(``data/geo/ambiguous.tsv``), normalised once."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from importlib import resources
from pathlib import Path


from marsad.io.knowledge import read_yaml
from marsad.geo.names import canon, compact, norm_name

# proclitics a word may carry in front of a cue or a name, longest first
PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
NAME_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "لل", "ولل", "فلل", "وبال"})


def _data(name: str) -> Path:
    return Path(str(resources.files("marsad"))) / "data" / "geo" / name


def _successions() -> dict[str, tuple[str, date]]:
    out: dict[str, tuple[str, date]] = {}
    for line in _data("successions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, predecessor, since = line.split("\t")
        out[name] = (predecessor, date.fromisoformat(since))
    return out


def _country_adjectives() -> dict[str, str]:
    """«الباكستاني», «الباكستانية» -> PK, from the adjectives_ar column of countries.tsv."""
    out: dict[str, str] = {}
    for line in _data("countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        fields = line.split("\t")
        for adj in (fields[5] if len(fields) > 5 else "").split("|"):
            if adj.strip():
                out["ال" + adj.strip()] = out["ال" + adj.strip() + "ة"] = fields[0]
    return out


def _norms(words: list[str] | None) -> frozenset[str]:
    return frozenset(norm_name(w) for w in words or [])


@dataclass
class GeoLexicon:
    singular: frozenset[str]
    dual: frozenset[str]
    plural: frozenset[str]
    site: frozenset[str]
    admin: dict[str, str]
    countryside: frozenset[str]
    directions: dict[str, int | None]
    near: frozenset[str]
    roads: frozenset[str]
    road_links: frozenset[str]
    locative: frozenset[str]
    territory: frozenset[str]
    adjectives: dict[str, str]
    organisation: frozenset[str]
    not_names: frozenset[str]  # compact keys
    ambiguous: frozenset[str]  # compact keys
    ambiguous_words: dict[str, str] = field(default_factory=dict)
    city_words: frozenset[str] = frozenset()  # settlement words of towns (مدينة), not villages
    fronts: frozenset[str] = frozenset()  # «جبهة الضالع»: a front, before a town abroad or a governorate
    natural: frozenset[str] = frozenset()  # «جبل», «سهل», «وادي»: the name after them makes a region
    nisba_after: frozenset[str] = frozenset()  # «حي»: an indefinite -ي word after it is an adjective
    admin_abroad: frozenset[str] = frozenset()  # «ولاية», «إقليم»: the province is not in Syria
    witness: frozenset[str] = frozenset()  # «شهدت»: a city next to it is where things happened
    control: frozenset[str] = frozenset()  # «سيطرت»: the «على» after it governs places
    strikes: frozenset[str] = frozenset()  # «قصف»: the «على» right after it (an adjective between) too
    institutions: frozenset[str] = frozenset()  # «جامعة»: a city after it is where the institution is
    quarters: frozenset[str] = frozenset()  # «حي»: the name after it is in the town named after it
    name_heads: frozenset[str] = frozenset()  # «تل»: after «قرية» it begins the village's name
    romanised_words: dict[str, str] = field(default_factory=dict)  # «تل» -> Tal, as written
    # country -> (its predecessor, the day it became independent): successions.tsv
    successions: dict[str, tuple[str, date]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "GeoLexicon":
        cues = read_yaml(_data("cues.yaml"))
        settlement = cues["settlement"]
        adjectives = _country_adjectives()
        amb: dict[str, str] = {}
        for line in _data("ambiguous.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("name\t"):
                continue
            name, _, word = line.partition("\t")
            amb[canon(compact(norm_name(name)))] = word.strip()
        for adj in adjectives:  # «نقطة تركية»: a country adjective is no place name
            bare = norm_name(adj)[2:]
            amb.setdefault(canon(compact(bare)), "country adjective")
        return cls(
            singular=_norms(settlement["singular"]), dual=_norms(settlement["dual"]),
            plural=_norms(settlement["plural"]), site=_norms(cues["site"]),
            admin={norm_name(k): v for k, v in cues["admin"].items()},
            countryside=_norms(cues["countryside"]),
            directions={norm_name(k): v for k, v in cues["directions"].items()},
            near=_norms(cues["near"]), locative=_norms(cues["locative"]), roads=_norms(cues.get("roads")),
            road_links=_norms(cues.get("road_links")),
            territory=_norms(cues["territory"]),
            adjectives={norm_name(k): v for k, v in adjectives.items()},
            organisation=_norms(cues["organisation"]),
            # «قرية فلسطينية»: a country adjective after a settlement word is no name either
            not_names=frozenset(canon(compact(norm_name(w))) for w in cues.get("not_names") or [])
            | frozenset(canon(compact(norm_name(adj)[2:])) for adj in adjectives),
            ambiguous=frozenset(amb), ambiguous_words=amb,
            city_words=_norms(settlement.get("city")), nisba_after=_norms(cues.get("nisba_after")),
            fronts=_norms(cues.get("fronts")),
            admin_abroad=_norms(cues.get("admin_abroad")),
            natural=_norms(cues.get("natural")),
            witness=_norms(cues.get("witness")),
            control=_norms(cues["control"]),
            strikes=_norms(cues.get("strikes")),
            institutions=_norms(cues.get("institutions")),
            quarters=_norms(cues.get("quarters")),
            name_heads=_norms(cues.get("name_heads")),
            romanised_words=dict(cues.get("romanised_words") or {}),
            successions=_successions(),
        )

    @property
    def settlement(self) -> frozenset[str]:
        return self.singular | self.dual | self.plural

    def bases(self, word: str) -> list[str]:
        """The word and what is left of it after each proclitic it may carry, whole word first."""
        out = [word]
        for p in PROCLITICS:
            if word.startswith(p) and len(word) - len(p) >= 2:
                rest = word[len(p):]
                out.append(rest)
                if p.endswith("ل") and rest.startswith("ل"):  # لل = ل + ال
                    out.append("ا" + rest)
        return out

    @cached_property
    def _cues(self) -> dict[str, str]:
        """Every written form of every cue word (with proclitics) -> its kind."""
        table: dict[str, str] = {}
        for kind, words in (("site", self.site), ("countryside", self.countryside), ("admin", frozenset(self.admin)),
                            ("singular", self.singular), ("plural", self.plural), ("dual", self.dual)):
            for w in words:
                for form in _forms(w):
                    table[form] = kind
        return table

    @cached_property
    def _admin_forms(self) -> dict[str, str]:
        return {form: level for w, level in self.admin.items() for form in _forms(w)}

    @cached_property
    def _direction_forms(self) -> dict[str, int | None]:
        return {form: b for w, b in self.directions.items() for form in _forms(w)}

    @cached_property
    def _set_forms(self) -> dict[frozenset[str], frozenset[str]]:
        return {}

    @cached_property
    def definite_settlement(self) -> dict[str, str]:
        """Every written form of a definite singular settlement word («الحي», «بالبلدة»,
        «للقرية») -> the bare noun («حي»)."""
        return {form: w for w in self.singular for form in _forms("ال" + w)}

    @cached_property
    def settlement_noun(self) -> dict[str, str]:
        """Every written form of a singular settlement word («بحي», «وقرية») -> the bare noun."""
        return {form: w for w in self.singular for form in _forms(w)}

    def cue_of(self, word: str) -> str | None:
        """The kind of cue a word is (singular/dual/plural/site/admin/countryside) or None."""
        return self._cues.get(word)

    def cue_kinds(self, words: list[str]) -> list[str | None]:
        """``cue_of`` of every word of a list."""
        return list(map(self._cues.get, words))

    def admin_level(self, word: str) -> str | None:
        return self._admin_forms.get(word)

    def in_set(self, word: str, words: frozenset[str]) -> bool:
        forms = self._set_forms.get(words)
        if forms is None:
            forms = self._set_forms[words] = frozenset(f for w in words for f in _forms(w))
        return word in forms

    def direction(self, word: str) -> tuple[bool, int | None]:
        if word in self._direction_forms:
            return True, self._direction_forms[word]
        return False, None


def _forms(word: str) -> set[str]:
    """A word as it may be written with proclitics: قرى, وقرى, بقرى...; الحدود, للحدود, وللحدود."""
    forms = {word} | {p + word for p in PROCLITICS if not p.endswith("ال")}
    if word.startswith("ال"):
        rest = word[2:]
        forms |= {p + rest for p in ("لل", "ولل", "فلل")}
    return forms
