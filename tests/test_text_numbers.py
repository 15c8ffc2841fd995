from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources
from marsad.text.numbers import find_quantities

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
SEED_000 = (SEEDS / "000_fc843bc12e8cb1da.txt").read_text(encoding="utf-8")
SEED_001 = (SEEDS / "001_66456859eb77b8a6.txt").read_text(encoding="utf-8")


def _summary(text):
    out = []
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.word
        if q.noun is not None:
            assert text[q.noun_start:q.noun_end] == q.noun
        out.append((q.value, q.vague, q.word, q.noun))
    return out


def test_seed_000_quantities():
    assert _summary(SEED_000) == [
        (3, True, "عدة", "عمليات"),
        (12, True, "عشرات", "المسلحين"),
        (23, False, "23", "جنديا"),
        (7, False, "7", "آخرون"),
    ]


def test_seed_001_quantities():
    assert _summary(SEED_001) == [
        (3, True, "عدة", "قرى"),
        (3, False, "3", "نقاط"),
        (3, False, "3", "جهات"),
        (16, False, "16", "كيلومترا"),
        (13, False, "13", "كيلومترا"),
        (1, False, "أحد", "المعاقل"),
        (100, True, "مئات", "المرتزقة"),
    ]


def test_soldiers_killed_and_wounded_offsets():
    text = "أن 23 جنديا سوريا قتلوا وأصيب 7 آخرون بجروح"
    qs = find_quantities(text)
    assert [(q.start, q.end, q.noun_start, q.noun_end) for q in qs] == [(3, 5, 6, 11), (30, 31, 32, 37)]


@pytest.mark.parametrize("text, expected", [
    ("ثلاثة وعشرون جنديا", [(23, False, "ثلاثة وعشرون", "جنديا")]),
    ("ثلاث وعشرين قذيفة", [(23, False, "ثلاث وعشرين", "قذيفة")]),
    ("ثلاثة و عشرون", [(23, False, "ثلاثة و عشرون", None)]),
    ("خمسة عشر مدنيا", [(15, False, "خمسة عشر", "مدنيا")]),
    ("إحدى عشرة قذيفة", [(11, False, "إحدى عشرة", "قذيفة")]),
    ("اثنا عشر عنصرا", [(12, False, "اثنا عشر", "عنصرا")]),
    ("مئة وخمسون مسلحا", [(150, False, "مئة وخمسون", "مسلحا")]),
    ("مائتين وخمسين", [(250, False, "مائتين وخمسين", None)]),
    ("ثلاث مئة", [(300, False, "ثلاث مئة", None)]),
    ("ألف ومئتان وثلاثة وعشرون", [(1223, False, "ألف ومئتان وثلاثة وعشرون", None)]),
    ("ثلاثة آلاف نازح", [(3000, False, "ثلاثة آلاف", "نازح")]),
    ("5 آلاف لاجئ", [(5000, False, "5 آلاف", "لاجئ")]),
    ("2.5 مليون", [(2500000, False, "2.5 مليون", None)]),
    ("اثنين من المسلحين", [(2, False, "اثنين", "المسلحين")]),
    ("اقترب 16 كيلومترا من المدينة", [(16, False, "16", "كيلومترا")]),
    ("خرج 5 من مدينة", [(5, False, "5", None)]),
    ("وثلاثة أشخاص", [(3, False, "ثلاثة", "أشخاص")]),
    ("لثلاثة مواقع", [(3, False, "ثلاثة", "مواقع")]),
    ("الجنود الثلاثة", [(3, False, "الثلاثة", "الجنود")]),
    ("قتل ٢٣ عنصرا", [(23, False, "٢٣", "عنصرا")]),
    ("قتل ۲۳ عنصرا", [(23, False, "۲۳", "عنصرا")]),
    ("نزوح 1,500 شخص", [(1500, False, "1,500", "شخص")]),
    ("بنسبة 50%", [(50, False, "50", "%")]),
    ("بنسبة 50 في المائة", [(50, False, "50", "في المائة")]),
    ("ارتفع 3 بالمئة", [(3, False, "3", "بالمئة")]),
    ("كمية السولار", []),
    ("انا لست الرئيس", []),
    ("للحادي عشر من الشهر", []),
    ("في المئة", []),
    ("قتل 2000 شخص في 2007", [(2000, False, "2000", "شخص")]),
    ("صيف 2006 وانتهى", []),
])
def test_numbers_in_words_and_digits(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("طالت عشرات المسلحين", [(12, True, "عشرات", "المسلحين")]),
    ("بعشرات القذائف", [(12, True, "عشرات", "القذائف")]),
    ("العشرات من المدنيين", [(12, True, "العشرات", "المدنيين")]),
    ("عشرات من المسلحين", [(12, True, "عشرات", "المسلحين")]),
    ("مئات المرتزقة", [(100, True, "مئات", "المرتزقة")]),
    ("آلاف المدنيين", [(1000, True, "آلاف", "المدنيين")]),
    ("عشرات الآلاف من النازحين", [(12000, True, "عشرات الآلاف", "النازحين")]),
    ("بضعة أيام", [(3, True, "بضعة", "أيام")]),
    ("بضع ساعات", [(3, True, "بضع", "ساعات")]),
    ("عدة قرى", [(3, True, "عدة", "قرى")]),
    ("عدد من القتلى", [(3, True, "عدد من", "القتلى")]),
])
def test_vague_quantities_have_acled_values(text, expected):
    assert _summary(text) == expected


def test_duals_of_broken_plural_nouns_only():
    assert _summary("مقتل شخصين وإصابة جنديين") == [
        (2, False, "شخصين", "شخصين"), (2, False, "جنديين", "جنديين")]
    assert _summary("سقوط ضحايا بين المدنيين والمسلحين والمقاتلين") == []


def test_ahad_is_one_only_before_a_definite_noun():
    assert _summary("أحد القياديين") == [(1, False, "أحد", "القياديين")]
    assert _summary("أحد عشر لاعبا") == [(11, False, "أحد عشر", "لاعبا")]
    assert _summary("لم يصب أحد") == []
    assert _summary("يوم الأحد") == []


def test_decimals_without_scale_years_and_dates_are_not_quantities():
    assert _summary("بلغت النسبة 3.5 في عام 2019") == []
    assert _summary("يوم 27 كانون الثاني 2020 قتل 4 مدنيين") == [(4, False, "4", "مدنيين")]
    assert _summary("في 27/1/2020 قتل 5") == [(5, False, "5", None)]


def test_numbers_stage_adds_quantity_mentions(tmp_path):
    pipe = Pipeline.default(Resources(tmp_path), until="numbers")
    doc = pipe(Article(id="000", text=SEED_000, published=date(2019, 8, 13)))
    quantities = doc.mentions_of("quantity")
    soldiers = next(m for m in quantities if m.label == "23")
    assert (soldiers.start, soldiers.end, soldiers.text) == (2174, 2176, "23")
    assert SEED_000[2177:2182] == "جنديا"
    assert soldiers.data == {"value": 23, "vague": False, "word": "23", "noun": "جنديا",
                             "noun_start": 2177, "noun_end": 2182}
    assert [m.label for m in quantities] == ["3", "12", "23", "7"]
    assert len(doc.tokens) > 400 and len(doc.sentences) == 12


@pytest.mark.parametrize("text, value, noun", [
    ("قتل بين 10 و15 شخصا", 10, "شخصا"),  # a range counts its lower bound (ACLED)
    ("قتل ما بين عشرة وخمسة عشر شخصا", 10, "شخصا"),  # not 10 + 15
    ("قتل من 10 إلى 15 شخصا", 10, "شخصا"),
    ("قتل ثلاثة وعشرون جنديا", 23, "جنديا"),  # units before tens still join
])
def test_ranges_count_their_lower_bound(text, value, noun):
    q, = find_quantities(text)
    assert (q.value, q.noun) == (value, noun)
