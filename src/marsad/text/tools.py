"""The text layer's compiled tools, built once per ``Resources`` (no module-level state)."""
from __future__ import annotations

from dataclasses import dataclass

from marsad.text.dates import DateFinder
from marsad.text.lexicon import TextTables
from marsad.text.numbers import NumberFinder
from marsad.text.tokenize import Tokenizer


@dataclass(frozen=True)
class TextTools:
    tokenizer: Tokenizer
    numbers: NumberFinder
    dates: DateFinder

    @classmethod
    def load(cls, tables: TextTables | None = None) -> "TextTools":
        tables = tables or TextTables.load()
        dates = DateFinder(tables)
        return cls(tokenizer=dates.tokenizer, numbers=NumberFinder(tables), dates=dates)
