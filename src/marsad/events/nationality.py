"""Nationality adjectives that name a country's armed forces when they qualify a force or
weapon word: «غارات روسية», «طائرة مسيرة يرجح أنها تركية», «الطيران الحربي السوري والروسي».

Built once from the actor lexicon's countries (``Resources.nationalities``); the actor name
comes from the lexicon's "military" template (``ActorLexicon.country_actor``).
"""
from __future__ import annotations

from dataclasses import dataclass

from marsad.text.normalize import normalize

# endings of a nisba adjective: «روسي», «روسية», «روسيين», «روسيون», «روسيان», and the accusative
# «روسيا» («قصفا صاروخيا ومدفعيا سعوديا»)
_ENDINGS = ("", "ه", "ين", "ون", "ان", "تين", "تان", "ا")
# proclitics it may carry: «والروسي», «الروسية», «وروسية»
_PROCLITICS = ("وال", "فال", "ال", "و", "")


@dataclass(frozen=True)
class Military:
    name: str
    inter: str
    country: str


@dataclass(frozen=True)
class Nationalities:
    forms: dict[str, str]  # normalised adjective form (no proclitic) -> country name
    military: dict[str, Military]  # country name -> its armed forces

    @classmethod
    def build(cls, actors) -> "Nationalities":  # type: ignore[no-untyped-def]
        forms: dict[str, str] = {}
        military: dict[str, Military] = {}
        for name, country in actors.countries.items():
            if not country.vote:
                continue  # the adjective is also a common word (مالي: Malian / financial)
            info = actors.country_actor("military", name)
            if info is None:
                continue
            military[name] = Military(info.name, info.inter, name)
            for adj in country.adjectives_ar:
                base = normalize(adj)
                for end in _ENDINGS:
                    forms.setdefault(base + end, name)
        return cls(forms, military)

    def country_of(self, word: str) -> str | None:
        """The country a normalised word is the nationality adjective of («والروسي» -> Russia)."""
        for pre in _PROCLITICS:
            if word.startswith(pre) and word[len(pre):] in self.forms:
                return self.forms[word[len(pre):]]
        return None
