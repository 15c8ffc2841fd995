"""The translate-based normalisation gives exactly what the character-by-character rule gives."""
import random
from pathlib import Path

import pytest

from marsad.text.normalize import _norm_char, normalize, normalize_with_map

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def _reference(text):
    out, offsets = [], []
    for i, ch in enumerate(text):
        n = _norm_char(ch)
        if n is not None:
            out.append(n)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), tuple(offsets)


def _samples():
    for path in sorted(SEEDS.glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    rng = random.Random(7)
    alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآىئؤةـًٌٍَُِّْٰ٠١٢٣۴۵ ABCxyz\u200c\u200f\t\u00a0.،«»"
    for _ in range(200):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
    yield "الجيشُ السوريُّ لـRT ٢٣"


@pytest.mark.parametrize("text", list(_samples()))
def test_fast_normalisation_matches_the_per_character_rule(text):
    nt = normalize_with_map(text)
    assert (nt.text, nt.offsets) == _reference(text)
    assert normalize(text) == nt.text
