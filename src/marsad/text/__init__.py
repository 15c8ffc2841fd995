"""The Arabic text layer: normalisation, tokens, sentences, numbers and dates.

Every function keeps offsets into the original text; normalisation is for matching only.
Knowledge (clitics, number words, month names, relative-date words, sentence rules) lives in
``marsad/data/text/*.yaml`` and is loaded once (``marsad.text.lexicon.TextTables``).
"""
from marsad.text.dates import DateExpr, find_dates
from marsad.text.lexicon import TextTables
from marsad.text.normalize import NormText, normalize, normalize_with_map
from marsad.text.numbers import Quantity, find_quantities
from marsad.text.sentences import Sentence, split_sentences
from marsad.text.tokenize import Token, candidate_spans, candidates, tokenize

__all__ = [
    "DateExpr", "NormText", "Quantity", "Sentence", "TextTables", "Token", "candidate_spans",
    "candidates", "find_dates", "find_quantities", "normalize", "normalize_with_map",
    "split_sentences", "tokenize",
]
