from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources
from marsad.text.dates import find_dates

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
SEED_000 = (SEEDS / "000_fc843bc12e8cb1da.txt").read_text(encoding="utf-8")
SEED_001 = (SEEDS / "001_66456859eb77b8a6.txt").read_text(encoding="utf-8")
PUB_000 = date(2019, 8, 13)  # a Tuesday
PUB_001 = date(2020, 1, 27)  # a Monday


def _iso(d):
    return d.isoformat() if d else None


def _summary(text, published):
    out = []
    for d in find_dates(text, published):
        assert text[d.start:d.end] == d.text
        out.append((d.text, _iso(d.date), _iso(d.end_date), _iso(d.event_date), d.time_precision,
                    d.relative))
    return out


def test_seed_000_dates():
    assert _summary(SEED_000, PUB_000) == [
        # «خلال الأيام الأخيرة»: the seven days up to publication, coded to their middle
        ("الأيام الأخيرة", "2019-08-07", "2019-08-13", "2019-08-10", 2, True),
        ("يوم الأحد", "2019-08-11", "2019-08-11", "2019-08-11", 1, True),
        ("يومي السبت والأحد", "2019-08-10", "2019-08-11", "2019-08-11", 2, True),
    ]
    start = SEED_000.index("يومي السبت والأحد")
    d = find_dates(SEED_000, PUB_000)[2]
    assert (d.start, d.end) == (start, start + len("يومي السبت والأحد"))


def test_seed_001_dates():
    assert _summary(SEED_001, PUB_001) == [
        ("امس", "2020-01-26", "2020-01-26", "2020-01-26", 1, True),
        ("مساء امس", "2020-01-26", "2020-01-26", "2020-01-26", 1, True),
        ("امس", "2020-01-26", "2020-01-26", "2020-01-26", 1, True),
    ]
    first = find_dates(SEED_001, PUB_001)[0]
    assert (first.start, first.end) == (18, 21) and SEED_001[18:21] == "امس"


def test_ahad_in_ahad_al_maaqil_is_never_a_date():
    pos = SEED_001.index("أحد المعاقل")
    assert all(not (d.start <= pos < d.end) for d in find_dates(SEED_001, PUB_001))
    assert find_dates("أحد القياديين في أحد المعاقل", PUB_001) == []
    assert find_dates("لم يصب أحد", PUB_001) == []


@pytest.mark.parametrize("text, expected", [
    ("قتل امس", ("امس", "2020-01-26", 1)),
    ("وقع الهجوم بالأمس", ("الأمس", "2020-01-26", 1)),
    ("البارحة", ("البارحة", "2020-01-26", 1)),
    ("أول أمس", ("أول أمس", "2020-01-25", 1)),
    ("أول من أمس", ("أول من أمس", "2020-01-25", 1)),
    ("أمس الأول", ("أمس الأول", "2020-01-25", 1)),
    ("اليوم", ("اليوم", "2020-01-27", 1)),
    ("صباح اليوم", ("صباح اليوم", "2020-01-27", 1)),
    ("مساء أمس", ("مساء أمس", "2020-01-26", 1)),
    ("الليلة الماضية", ("الليلة الماضية", "2020-01-26", 1)),
    ("الليلة قبل الماضية", ("الليلة قبل الماضية", "2020-01-25", 1)),
    ("يوم الأحد", ("يوم الأحد", "2020-01-26", 1)),
    ("يوم أحد", ("يوم أحد", "2020-01-26", 1)),
    ("الأحد الماضي", ("الأحد الماضي", "2020-01-26", 1)),
    ("السبت", ("السبت", "2020-01-25", 1)),
    ("يوم الإثنين", ("يوم الإثنين", "2020-01-27", 1)),  # the publication day, a Monday
    ("الإثنين الماضي", ("الإثنين الماضي", "2020-01-20", 1)),  # strictly before publication
    ("الأحد المقبل", ("الأحد المقبل", "2020-02-02", 1)),
    ("اليوم الاثنين", ("اليوم الاثنين", "2020-01-27", 1)),  # the day itself
    ("مساء يوم السبت", ("مساء يوم السبت", "2020-01-25", 1)),
    ("فجر الجمعة", ("فجر الجمعة", "2020-01-24", 1)),
    # the night between two days: its first day, or the second after midnight
    ("ليل الجمعة - السبت", ("ليل الجمعة - السبت", "2020-01-24", 1)),
    ("ليلة الجمعة على السبت", ("ليلة الجمعة على السبت", "2020-01-24", 1)),
    ("بعد منتصف ليل الجمعة - السبت", ("منتصف ليل الجمعة - السبت", "2020-01-25", 1)),
    ("بعد منتصف ليل الأحد - الاثنين", ("منتصف ليل الأحد - الاثنين", "2020-01-27", 1)),  # the day itself
    # a weekday after «أمس» confirms it, or, one of the three days before publication, corrects it
    # (a story written on Saturday carries Monday's date); else yesterday still
    ("مساء أمس الأحد", ("مساء أمس الأحد", "2020-01-26", 1)),
    ("مساء أمس السبت", ("مساء أمس السبت", "2020-01-25", 1)),
    ("أمس الجمعة", ("أمس الجمعة", "2020-01-24", 1)),
    ("أمس الأربعاء", ("أمس الأربعاء", "2020-01-26", 1)),
    # an hour before a time of day is part of the date («بعد ظهر» is a time of day)
    ("عند الساعة الثانية من بعد ظهر اليوم", ("الساعة الثانية من بعد ظهر اليوم", "2020-01-27", 1)),
    ("الساعة 10 من صباح أمس", ("الساعة 10 من صباح أمس", "2020-01-26", 1)),
    ("الساعة الثانية عشرة من ليل الجمعة", ("الساعة الثانية عشرة من ليل الجمعة", "2020-01-24", 1)),
])
def test_relative_days_and_weekdays(text, expected):
    d = _summary(text, PUB_001)
    assert [(x[0], x[1], x[4]) for x in d] == [expected]
    assert d[0][5] is True


@pytest.mark.parametrize("text,expected", [
    # so long before publication (a Monday): a day, the week around it, the month around it
    ("قبل يومين", ("قبل يومين", "2020-01-25", "2020-01-25", "2020-01-25", 1)),
    ("ومنذ 4 أيام", ("منذ 4 أيام", "2020-01-23", "2020-01-23", "2020-01-23", 1)),
    ("قبل عشرة أيام", ("قبل عشرة أيام", "2020-01-17", "2020-01-17", "2020-01-17", 1)),
    ("قبل 15 يوما", ("قبل 15 يوما", "2020-01-12", "2020-01-12", "2020-01-12", 1)),
    ("قبل أسبوع", ("قبل أسبوع", "2020-01-17", "2020-01-23", "2020-01-20", 2)),
    ("قبل نحو ثلاثة أسابيع", ("قبل نحو ثلاثة أسابيع", "2020-01-03", "2020-01-09", "2020-01-06", 2)),
    ("قبل شهرين", ("قبل شهرين", "2019-11-13", "2019-12-13", "2019-11-28", 3)),
    # not before another day, not with no count, not a named day, not «منذ» a month (how long)
    ("قبل أسبوع من الانتخابات", None),
    ("منذ أيام", None),
    ("منذ شهرين", None),
    ("قبل يوم الجمعة", ("يوم الجمعة", "2020-01-24", "2020-01-24", "2020-01-24", 1)),
    # «ويأتي ذلك بعد يومين من ...»: what followed «من» was two days before the news
    ("ويأتي ذلك بعد يومين من قيام الجرافات بتجريف أراض", ("بعد يومين", "2020-01-25", "2020-01-25", "2020-01-25", 1)),
    ("ويأتي ذلك بعد 3 أيام من الهجوم", ("بعد 3 أيام", "2020-01-24", "2020-01-24", "2020-01-24", 1)),
    # not after any other words, nor weeks
    ("قصفت القوات البلدة بعد يومين من قصف مماثل", None),
    ("ويأتي ذلك بعد أسبوعين من الهجوم", None),
])
def test_a_span_of_time_ago(text, expected):
    assert [d[:5] for d in _summary(text, PUB_001)] == ([expected] if expected else [])


def test_an_ago_unit_without_its_days_is_named_in_one_line(tmp_path):
    import shutil

    from marsad.io.knowledge import KnowledgeError
    from marsad.text.lexicon import DATA_DIR, TextTables
    for each in DATA_DIR.iterdir():
        shutil.copy(each, tmp_path / each.name)
    words = tmp_path / "dates.yaml"
    words.write_text(words.read_text(encoding="utf-8").replace("  أسبوع: [7, 1]", "  أسبوع: 7"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        TextTables.load(tmp_path)
    assert str(err.value) == f"{words}: ago_units takes [days per unit, own count] for each word, not أسبوع: 7"


def test_two_days_range_is_coded_to_the_later_middle_day():
    assert _summary("خلال يومي السبت والأحد", PUB_001) == [
        ("يومي السبت والأحد", "2020-01-25", "2020-01-26", "2020-01-26", 2, True)]
    # a span may end on the day of publication (a Monday): yesterday and today, not a week ago
    assert _summary("خلال يومي الأحد والاثنين", PUB_001) == [
        ("يومي الأحد والاثنين", "2020-01-26", "2020-01-27", "2020-01-27", 2, True)]
    assert _summary("يومي الخميس والجمعة", PUB_001) == [
        ("يومي الخميس والجمعة", "2020-01-23", "2020-01-24", "2020-01-24", 2, True)]


@pytest.mark.parametrize("text, expected", [
    ("27 كانون الثاني 2020", ("27 كانون الثاني 2020", "2020-01-27", False)),
    ("في 3 تشرين الأول 2019", ("3 تشرين الأول 2019", "2019-10-03", False)),
    ("27 يناير", ("27 يناير", "2020-01-27", True)),
    ("يوم 27 ديسمبر الماضي", ("يوم 27 ديسمبر الماضي", "2019-12-27", True)),
    ("في 5 آذار الماضي", ("5 آذار الماضي", "2019-03-05", True)),
    ("في 3 شباط", ("3 شباط", "2019-02-03", True)),  # a past-biased year
    ("في 15 آب", ("15 آب", "2019-08-15", True)),
    ("٢٧ كانون الثاني ٢٠٢٠", ("٢٧ كانون الثاني ٢٠٢٠", "2020-01-27", False)),
    ("27 من كانون الثاني من العام 2020", ("27 من كانون الثاني من العام 2020", "2020-01-27", False)),
    ("26 كانون الثاني (يناير) 2020", ("26 كانون الثاني (يناير) 2020", "2020-01-26", False)),
    ("يوم الأحد الموافق 26 كانون الثاني", ("يوم الأحد الموافق 26 كانون الثاني", "2020-01-26", True)),
    ("بتاريخ 27/1/2020", ("27/1/2020", "2020-01-27", False)),
    ("بتاريخ 2020-01-27", ("2020-01-27", "2020-01-27", False)),
    ("بتاريخ 27.01.2020", ("27.01.2020", "2020-01-27", False)),
    ("في 4 أبريل", ("4 أبريل", "2019-04-04", True)),
    ("في 4 يونيه", ("4 يونيه", "2019-06-04", True)),
    ("في الثالث من آذار", ("الثالث من آذار", "2019-03-03", True)),
    ("الحادي عشر من سبتمبر 2001", ("الحادي عشر من سبتمبر 2001", "2001-09-11", False)),
    ("في السابع والعشرين من كانون الثاني", ("السابع والعشرين من كانون الثاني", "2020-01-27", True)),
    ("يوم الاربعاء 2/4/2008", ("يوم الاربعاء 2/4/2008", "2008-04-02", False)),
])
def test_explicit_dates(text, expected):
    d = _summary(text, PUB_001)
    assert [(x[0], x[1], x[5]) for x in d] == [expected]
    assert d[0][1] == d[0][2] == d[0][3] and d[0][4] == 1


@pytest.mark.parametrize("text, expected", [
    ("في آذار الماضي", ("آذار الماضي", "2019-03-01", "2019-03-31", "2019-03-15")),
    ("شهر آب 2019", ("شهر آب 2019", "2019-08-01", "2019-08-31", "2019-08-15")),
    ("مطلع حزيران", ("مطلع حزيران", "2019-06-01", "2019-06-30", "2019-06-01")),
    ("أواخر كانون الأول", ("أواخر كانون الأول", "2019-12-01", "2019-12-31", "2019-12-31")),
    ("في يناير", ("يناير", "2020-01-01", "2020-01-31", "2020-01-15")),
    ("الشهر الماضي", ("الشهر الماضي", "2019-12-01", "2019-12-31", "2019-12-15")),
    ("مطلع الشهر الجاري", ("مطلع الشهر الجاري", "2020-01-01", "2020-01-31", "2020-01-01")),
])
def test_months_have_time_precision_3(text, expected):
    d = _summary(text, PUB_001)
    assert [x[:4] for x in d] == [expected]
    assert d[0][4] == 3


def test_ordinal_day_of_a_relative_month():
    assert _summary("في التاسع من الشهر المقبل", PUB_001) == [
        ("التاسع من الشهر المقبل", "2020-02-09", "2020-02-09", "2020-02-09", 1, True)]


@pytest.mark.parametrize("text, span, day", [
    # a day number of the month before, this one or the next: a day, not the month
    ("في 12 من الشهر الماضي", "12 من الشهر الماضي", "2019-12-12"),
    ("في الـ15 من الشهر الجاري", "15 من الشهر الجاري", "2020-01-15"),
    ("يوم 3 الجاري", "يوم 3 الجاري", "2020-01-03"),
    # days back from publication
    ("قبل يومين", "قبل يومين", "2020-01-25"),
    ("وقبل ثلاثة أيام", "قبل ثلاثة أيام", "2020-01-24"),
    ("قتل منذ يومين", "منذ يومين", "2020-01-25"),
])
def test_a_day_of_a_relative_month_and_days_back(text, span, day):
    assert _summary(text, PUB_001) == [(span, day, day, day, 1, True)]
    # a count of anything else before «هذه» is no day («قتل 5 هذه المرة»)
    assert find_dates("قتل 5 هذه المرة", PUB_001) == []


def test_shadda_tells_detonated_from_dawn():
    assert [d.text for d in find_dates("فجّر أمس الأمين العام", PUB_001)] == ["أمس"]
    assert [d.text for d in find_dates("فجر أمس", PUB_001)] == ["فجر أمس"]


def test_last_week_is_coded_to_its_middle():
    assert _summary("الأسبوع الماضي", PUB_001) == [
        ("الأسبوع الماضي", "2020-01-20", "2020-01-26", "2020-01-23", 2, True)]


@pytest.mark.parametrize("text", [
    "اليوم التالي", "في الليلة ذاتها", "في تلك الليلة", "منذ ذلك اليوم", "قوى 14 آذار",
    "ثورة 25 يناير", "لقوى 8 آذار", "31 شباط", "الطرفين الاثنين", "مارس الضغط", "منذ عام 2019", "العملية السياسية اليومية",
    "الأيام", "الأيام المقبلة", "أحد عشر", "بأحداث أيلول الأسود",
    # places named after a day or a month: Khartoum's Mayo quarter, Cairo's 26 July street
    "في حي مايو جنوبي الخرطوم", "في شارع 26 يوليو", "مدينة 6 أكتوبر",
])
def test_not_dates(text):
    assert find_dates(text, PUB_001) == []


def test_without_publication_date_relative_dates_are_found_but_unresolved():
    found = find_dates("امس ويوم الأحد و27 كانون الثاني 2020 وفي آذار", None)
    assert [(d.text, d.date, d.relative) for d in found] == [
        ("امس", None, True), ("يوم الأحد", None, True),
        ("27 كانون الثاني 2020", date(2020, 1, 27), False), ("آذار", None, True)]
    assert all(d.end_date is None and d.event_date is None for d in found if d.relative)


def test_dates_stage_adds_date_mentions(tmp_path):
    pipe = Pipeline.default(Resources(tmp_path), until="dates")
    doc = pipe(Article(id="000", text=SEED_000, published=PUB_000))
    dates = doc.mentions_of("date")
    assert [(m.text, m.label) for m in dates] == [("الأيام الأخيرة", "2019-08-07"), ("يوم الأحد", "2019-08-11"),
                                                 ("يومي السبت والأحد", "2019-08-10")]
    assert dates[2].data == {"date": "2019-08-10", "end_date": "2019-08-11",
                             "event_date": "2019-08-11", "time_precision": 2, "relative": True}
    doc = pipe(Article(id="001", text=SEED_001, published=None))
    assert [(m.text, m.label, m.data["date"]) for m in doc.mentions_of("date")] == [
        ("امس", None, None), ("مساء امس", None, None), ("امس", None, None)]


@pytest.mark.parametrize("text, first, last, day, precision", [
    # the days up to publication (Monday 27 January 2020)
    ("خلال الأيام الماضية", "2020-01-21", "2020-01-27", "2020-01-24", 2),
    ("في الأيام القليلة الماضية", "2020-01-21", "2020-01-27", "2020-01-24", 2),
    # «اليومين الماضيين»: the two days up to publication, the later one (as «يومي السبت والأحد»)
    ("خلال اليومين الماضيين", "2020-01-26", "2020-01-27", "2020-01-27", 2),
    # «مطلع الأسبوع»: this week so far, never after publication; «مطلع الأسبوع الماضي»: its first days
    ("مطلع الأسبوع", "2020-01-27", "2020-01-27", "2020-01-27", 2),
    ("مطلع الأسبوع الماضي", "2020-01-20", "2020-01-22", "2020-01-21", 2),
    ("نهاية الأسبوع الماضي", "2020-01-24", "2020-01-26", "2020-01-25", 2),
    ("هذا الأسبوع", "2020-01-27", "2020-01-27", "2020-01-27", 2),
    # the end of this week told on a Monday has not come: the weekend just past
    ("خلال عطلة نهاية الأسبوع", "2020-01-24", "2020-01-26", "2020-01-25", 2),
])
def test_recent_days_and_parts_of_weeks(text, first, last, day, precision):
    d, = find_dates(text, PUB_001)
    assert (d.text, str(d.date), str(d.end_date), str(d.event_date), d.time_precision) == (
        d.text, first, last, day, precision)


@pytest.mark.parametrize("text, span, first, last, day", [
    # «قبل الماضي»: one more day, week or month back than «الماضي» (publication: Monday 27 January 2020)
    ("قتل يوم الخميس قبل الماضي", "يوم الخميس قبل الماضي", "2020-01-16", "2020-01-16", "2020-01-16"),
    ("خلال الأسبوع قبل الماضي", "الأسبوع قبل الماضي", "2020-01-13", "2020-01-19", "2020-01-16"),
    ("في الشهر قبل الماضي", "الشهر قبل الماضي", "2019-11-01", "2019-11-30", "2019-11-15"),
    ("في 12 من الشهر قبل الماضي", "12 من الشهر قبل الماضي", "2019-11-12", "2019-11-12", "2019-11-12"),
    ("يومي السبت والأحد قبل الماضيين", "يومي السبت والأحد قبل الماضيين", "2020-01-18", "2020-01-19",
     "2020-01-19"),
])
def test_before_last(text, span, first, last, day):
    d, = find_dates(text, PUB_001)
    assert (d.text, str(d.date), str(d.end_date), str(d.event_date)) == (span, first, last, day)


def test_the_same_year_is_the_year_written_before_it():
    text = ("صدر الحكم عام 1997، وهو العام الذي شهد في 5 يوليو إطلاق المبادرة ثم مذبحة الأقصر "
            "في 17 نوفمبر (تشرين الثاني) من نفس العام، وأفرج عنه في 3 يناير.")
    assert [(d.text, str(d.event_date), d.relative) for d in find_dates(text, PUB_001)] == [
        ("5 يوليو", "1997-07-05", False),
        ("17 نوفمبر (تشرين الثاني) من نفس العام", "1997-11-17", False),
        ("3 يناير", "2020-01-03", True),  # after «نفس العام»: publication's year
    ]
    d, = find_dates("سيطرت الفصائل على المدينة عام 2012 واستعادها الجيش في آذار من العام نفسه", PUB_001)
    assert (d.text, str(d.date), str(d.end_date)) == ("آذار من العام نفسه", "2012-03-01", "2012-03-31")
    # no year written before it: the date stands as it is
    d, = find_dates("وقعت المذبحة في 17 نوفمبر من نفس العام", PUB_001)
    assert (d.text, str(d.event_date), d.relative) == ("17 نوفمبر", "2019-11-17", True)


def test_the_ambiguous_weekday_between_commas_is_the_day():
    # «، الاثنين،» is the wire's day; «الطرفين الاثنين» stays "the two"
    d, = find_dates("أعلنت الوزارة، الاثنين، مقتل ثلاثة عناصر", PUB_001)
    assert (d.text, str(d.event_date)) == ("الاثنين", "2020-01-27")
    assert find_dates("وقع الطرفان، الاثنين والثلاثة، الاتفاق", PUB_001) == []


def test_a_second_name_of_the_month_without_brackets():
    # Reuters writes both names of the month side by side: «نوفمبر تشرين الثاني 2024»
    d, = find_dates("وقف إطلاق النار المبرم في نوفمبر تشرين الثاني 2024", PUB_001)
    assert (d.text, str(d.date), str(d.end_date)) == ("نوفمبر تشرين الثاني 2024", "2024-11-01", "2024-11-30")
    d, = find_dates("في 3 آذار مارس", PUB_001)
    assert (d.text, str(d.event_date)) == ("3 آذار مارس", "2019-03-03")


@pytest.mark.parametrize("text, expected", [
    # a day and month in numbers without a year, after a word of date or a time of day
    ("قتل شخص في 27/1", [("27/1", "2020-01-27")]),
    ("قتل شخص مساء 25/1", [("مساء 25/1", "2020-01-25")]),
    ("بتاريخ 3/12", [("3/12", "2019-12-03")]),
    # alone it may be a score or a ratio
    ("فاز الفريق 2/1", []),
    ("في 45/2", []),  # no such day
])
def test_a_numeric_day_and_month_without_a_year(text, expected):
    assert [(d.text, str(d.event_date)) for d in find_dates(text, PUB_001)] == expected
