from pathlib import Path

import pytest

from marsad.text.normalize import normalize_with_map
from marsad.text.tokenize import Token, candidate_spans, candidates, tokenize

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
SEED_000 = (SEEDS / "000_fc843bc12e8cb1da.txt").read_text(encoding="utf-8")
SEED_001 = (SEEDS / "001_66456859eb77b8a6.txt").read_text(encoding="utf-8")


def _token_at(tokens: list[Token], text: str, surface: str, occurrence: int = 0) -> Token:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return next(t for t in tokens if t.start == pos)


@pytest.mark.parametrize("text", [SEED_000, SEED_001])
def test_seed_tokens_keep_exact_offsets_and_cover_the_text(text):
    tokens = tokenize(text)
    last_end = 0
    covered = set()
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
        assert tok.start >= last_end
        last_end = tok.end
        covered.update(range(tok.start, tok.end))
    # every visible character belongs to a token (tatweel and harakat may sit between)
    missing = [ch for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert set(missing) <= {"\u0640"}


def test_latin_after_tatweel_is_a_prefix_token_and_a_latin_token():
    tokens = tokenize(SEED_001)
    lam = _token_at(tokens, SEED_001, "لـRT")
    i = tokens.index(lam)
    rt = tokens[i + 1]
    assert (lam.text, lam.prefix, lam.base, lam.kind) == ("ل", "ل", "", "ar")
    assert SEED_001[lam.start:lam.end] == "ل"
    assert (rt.text, rt.norm, rt.kind) == ("RT", "rt", "lat")
    assert SEED_001[rt.start:rt.end] == "RT"
    assert rt.start == lam.end + 1  # the tatweel sits between them


def test_lam_tatweel_before_a_quote_is_a_prefix_token():
    tokens = tokenize(SEED_000)
    lam = _token_at(tokens, SEED_000, "لـ «النظام")
    i = tokens.index(lam)
    assert (lam.prefix, lam.base) == ("ل", "")
    assert [t.text for t in tokens[i + 1:i + 4]] == ["«", "النظام", "السوري"]


def test_conjunction_before_digits_is_its_own_token():
    tokens = tokenize(SEED_001)
    wa = _token_at(tokens, SEED_001, "و13 كيلومترا")
    i = tokens.index(wa)
    assert [(t.text, t.kind, t.prefix, t.base) for t in tokens[i:i + 3]] == [
        ("و", "ar", "و", ""), ("13", "num", "", "13"), ("كيلومترا", "ar", "", "كيلومترا")]
    # a free-standing و is a word, not a prefix token
    free = tokenize("لافروف و أوغلو")[1]
    assert (free.text, free.prefix, free.base) == ("و", "", "و")


def test_enclitic_stem_of_muaskaruha():
    tokens = tokenize(SEED_001)
    tok = _token_at(tokens, SEED_001, "ومعسكرها")
    assert (tok.prefix, tok.base, tok.stem, tok.suffix) == ("و", "معسكرها", "معسكر", "ها")
    assert SEED_001[tok.base_start:tok.end] == "معسكرها"
    assert "معسكر" in candidates(tok)


def test_wa_bi_sida_candidates_and_spans():
    text = "سيطر الجيش على الحامدية وبسيدا"
    tok = tokenize(text)[-1]
    assert (tok.prefix, tok.base) == ("و", "بسيدا")
    assert candidates(tok) == ["وبسيدا", "بسيدا", "سيدا"]
    spans = candidate_spans(tok, normalize_with_map(text))
    assert [(c, text[s:e]) for c, s, e in spans] == [
        ("وبسيدا", "وبسيدا"), ("بسيدا", "بسيدا"), ("سيدا", "سيدا")]


def test_unknown_name_after_wa_bi_still_has_the_full_name_among_candidates():
    tok = tokenize("وبزابور")[0]
    assert tok.prefix == "وب" and tok.base == "زابور"
    assert candidates(tok)[:3] == ["وبزابور", "بزابور", "زابور"]


@pytest.mark.parametrize("word, prefix, base", [
    ("المسلحين", "ال", "مسلحين"),
    ("بالمواد", "بال", "مواد"),
    ("وبالانتصارات", "وبال", "انتصارات"),
    ("للقوات", "لل", "قوات"),
    ("والشيشان", "وال", "شيشان"),
    ("بمدينة", "ب", "مدينه"),
    ("لهيئة", "ل", "هييه"),
    ("وقال", "و", "قال"),
    ("وفي", "و", "في"),
    ("بأن", "ب", "ان"),
    # root letters are not proclitics
    ("بعد", "", "بعد"),
    ("بين", "", "بين"),
    ("وزير", "", "وزير"),
    ("كفر", "", "كفر"),
    ("والتقى", "و", "التقي"),
    ("ألحقوا", "", "الحقوا"),  # hamza on the alef: not the article
    ("الذي", "", "الذي"),
    ("إلى", "", "الي"),
    ("آلاف", "", "الاف"),
])
def test_proclitics_are_split_conservatively(word, prefix, base):
    tok = tokenize(word)[0]
    assert (tok.prefix, tok.base) == (prefix, base)


@pytest.mark.parametrize("word, stem, suffix", [
    ("بينهما", "بين", "هما"),
    ("مواقعه", "مواقع", "ه"),
    ("أسرهم", "اسر", "هم"),
    ("قواتنا", "قوات", "نا"),
    ("مدينة", "مدينه", ""),  # ة is never the pronoun ه
    ("باتجاه", "اتجاه", ""),  # ه after ا is a root letter
    ("أحياناً", "احيانا", ""),  # ـاناً is the accusative ending
    ("وبتوجيه", "توجيه", ""),
    ("مهم", "مهم", ""),  # too short to hold a pronoun
    ("المسلحين", "مسلحين", ""),  # a definite noun takes no pronoun
])
def test_enclitics(word, stem, suffix):
    tok = tokenize(word)[0]
    assert (tok.stem, tok.suffix) == (stem, suffix)


def test_lil_candidates_give_the_definite_form_back():
    tok = tokenize("للجيش")[0]
    assert candidates(tok)[:2] == ["للجيش", "لجيش"]
    assert "الجيش" in candidates(tok)
    spans = {c: (s, e) for c, s, e in candidate_spans(tok, normalize_with_map("للجيش"))}
    assert spans["الجيش"] == (1, 5) and spans["جيش"] == (2, 5)


def test_digits_of_every_script_are_number_tokens():
    text = "قتل ٢٣ و۲۳ و23 و3.5"
    nums = [t for t in tokenize(text) if t.kind == "num"]
    assert [(t.text, t.norm) for t in nums] == [("٢٣", "23"), ("۲۳", "23"), ("23", "23"), ("3.5", "3.5")]
    for t in nums:
        assert text[t.start:t.end] == t.text


def test_diacritics_and_tatweel_stay_inside_the_token_surface():
    text = "تمهيداً للهرب الـمسلحين"
    tokens = tokenize(text)
    assert [(t.text, t.norm) for t in tokens] == [
        ("تمهيداً", "تمهيدا"), ("للهرب", "للهرب"), ("الـمسلحين", "المسلحين")]
    assert tokens[2].prefix == "ال" and text[tokens[2].base_start:tokens[2].end] == "مسلحين"


def test_punctuation_and_latin_tokens():
    text = "قال «سانا»، (RT) Sputnik؟"
    assert [(t.text, t.kind) for t in tokenize(text)] == [
        ("قال", "ar"), ("«", "punct"), ("سانا", "ar"), ("»", "punct"), ("،", "punct"),
        ("(", "punct"), ("RT", "lat"), (")", "punct"), ("Sputnik", "lat"), ("؟", "punct")]


def test_nstart_indexes_the_normalised_text():
    text = "الجيشُ السوريُّ"
    nt = normalize_with_map(text)
    for tok in tokenize(text):
        assert nt.text[tok.nstart:tok.nstart + len(tok.norm)] == tok.norm
