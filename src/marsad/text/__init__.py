"""The Arabic text layer: normalisation, tokens, sentences, numbers and dates.

Every function keeps offsets into the original text; normalisation is for matching only.
"""
from marsad.text.normalize import NormText, normalize, normalize_with_map

__all__ = ["NormText", "normalize", "normalize_with_map"]
