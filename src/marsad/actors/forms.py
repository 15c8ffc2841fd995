"""Arabic surface forms for matching: key normalisation and nationality adjective agreement.

Everything here works on text normalised by ``marsad.text.normalize`` (no diacritics, ا for
أإآ, ه for ة, ي for ى), which is what the recogniser scans.
"""
from __future__ import annotations

import re

from marsad.text.normalize import normalize

# Quotation marks are ignored inside names («هيئة «تحرير الشام»» = هيئة تحرير الشام); the scanner
# also ignores brackets (marsad.actors.recognise.ScanText).
QUOTES = "«»\"“”„‟‹›"
_QUOTE_TABLE = str.maketrans("", "", QUOTES)
_SPACES = re.compile(r"\s+")

# Proclitics that may be glued to the first word of a name: conjunction (و ف) then
# preposition (ب ل ك). «لل» before a name in ال is handled by a key variant (see key_variants).
PROCLITIC_PREFIXES = frozenset(
    {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
)
LL_PREFIXES = frozenset({"", "و", "ف"})

# agreement class -> how to build the adjective from the masculine nisba stem `s`
AGREEMENTS = ("m", "f", "f_dual", "mp", "m_indef", "f_indef", "f_dual_indef", "mp_indef", "m_acc", "m_dual",
              "country")


def key(surface: str) -> str:
    """The matching key of a surface form: normalised, quotes dropped, single spaces."""
    return _SPACES.sub(" ", normalize(surface).translate(_QUOTE_TABLE)).strip()


def key_variants(k: str) -> list[tuple[str, bool]]:
    """The key and, for a name in ال, its form after the preposition ل («للجيش»).

    Returns (key, is_ll_variant) pairs."""
    out = [(k, False)]
    if k.startswith("ال") and len(k) > 3:
        out.append(("لل" + k[2:], True))
    return out


def adjective_forms(agree: str, stems: list[str], plurals: list[str], names: list[str]) -> list[str]:
    """Normalised forms of a nationality adjective for one agreement class.

    ``stems`` are masculine nisba adjectives without the article («سوري»), ``plurals`` irregular
    plurals without the article («روس»), ``names`` the country's names (for ``country``).
    """
    stems = [key(s) for s in stems]
    plurals = [key(p) for p in plurals]
    if agree == "country":
        return [key(n) for n in names]
    forms: list[str] = []
    for s in stems:
        forms += {
            "m": ["ال" + s],
            "f": ["ال" + s + "ه"],
            "f_dual": ["ال" + s + "تين", "ال" + s + "تان"],
            "mp": ["ال" + s + "ين", "ال" + s + "ون"],
            "m_indef": [s],
            "f_indef": [s + "ه"],
            "f_dual_indef": [s + "تين", s + "تان"],
            "mp_indef": [s + "ين", s + "ون"],
            "m_acc": [s + "ا"],
            "m_dual": [s + "ان", s + "ين"],
        }[agree]
    if agree == "mp":
        forms += ["ال" + p for p in plurals]
    elif agree == "mp_indef":
        forms += plurals
    return list(dict.fromkeys(forms))
