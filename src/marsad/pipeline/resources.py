"""Read-only knowledge shared by the stages, each part loaded and compiled once, on first use."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from marsad.config import data_home, default_country


@dataclass
class Resources:
    home: Path
    country: str | None = None  # the article's country when its text names none (None: the lexicon's)

    @classmethod
    def default(cls) -> "Resources":
        return cls(home=data_home(), country=default_country())

    @cached_property
    def text(self) -> Any:
        from marsad.text.tools import TextTools

        return TextTools.load()

    @cached_property
    def gazetteer(self) -> Any:
        from marsad.geo.gazetteer import Gazetteer

        return Gazetteer.load(self.home)

    @cached_property
    def actors(self) -> Any:
        from marsad.actors.lexicon import ActorLexicon

        return ActorLexicon.load().with_default_country(self.country)

    @cached_property
    def triggers(self) -> Any:
        from marsad.events.triggers import TriggerLexicon

        return TriggerLexicon.load()

    @cached_property
    def nationalities(self) -> Any:
        from marsad.events.nationality import Nationalities

        return Nationalities.build(self.actors)
