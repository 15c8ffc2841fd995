from pathlib import Path

import pytest

from marsad.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
SEED_000 = (SEEDS / "000_fc843bc12e8cb1da.txt").read_text(encoding="utf-8")
SEED_001 = (SEEDS / "001_66456859eb77b8a6.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [SEED_000, SEED_001])
def test_offsets_are_exact_and_trimmed(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for c in s.clauses:
            assert text[c.start:c.end] == c.text
            assert s.start <= c.start < c.end <= s.end
            assert c.text == c.text.strip()


def test_seed_000_sentences_and_headline_lines():
    sents = split_sentences(SEED_000)
    assert len(sents) == 12
    assert sents[4].text == "} وزير الدفاع السوري"
    assert sents[5].text == "يزور بلدة الهبيط }"
    assert sents[9].text.startswith("على صعيد آخر، أعلن المركز الروسي")
    assert sents[9].text.endswith("خلال يومي السبت والأحد.")


def test_quote_is_never_split_into_clauses():
    sents = split_sentences(SEED_000)
    quoted = sents[1]
    assert quoted.text.startswith("وقالت المصادر «إن حالة")
    # the quote holds two commas; it stays one clause, without the final full stop
    assert [c.text for c in quoted.clauses] == [quoted.text[:-1]]
    assert quoted.text.count("،") == 1 and quoted.text.endswith("».")


def test_clauses_of_the_first_seed_001_sentence():
    first = split_sentences(SEED_001)[0]
    assert first.start == 0 and first.text.endswith("هناك.")
    assert [c.text for c in first.clauses] == [
        "بسط الجيش السوري",
        "امس",
        "السيطرة على عدة قرى وبلدات جديدة في منطقة إدلب",
        "حيث طوق معقل مسلحي «هيئة تحرير الشام» في معرة النعمان من 3 نقاط",
        "واقترب من محاصرة نقطة تركية هناك",
    ]


def test_nested_quotes_and_parentheses_stay_whole():
    sents = split_sentences(SEED_001)
    s = next(x for x in sents if x.text.startswith("وذكرن «سانا»"))
    assert [c.text for c in s.clauses] == [
        "وذكرن «سانا» أن الجيش السوري «خاض معارك شرسة ضد تجمعات ومراكز وتحصينات التنظيمات "
        "الإرهابية» شمال شرق مدينة معرة النعمان",
        "أحد المعاقل الأساسية لتنظيم «هيئة تحرير الشام» («جبهة النصرة» سابقا) والذي يضم "
        "«مئات المرتزقة الأجانب في صفوفه»",
    ]


def test_decimal_numbers_and_abbreviations_do_not_end_a_sentence():
    text = "بلغت النسبة 3.5 بالمئة حسب أ.ف.ب. وقال د. محمد إن Mr. Smith وصل. انتهى"
    assert [s.text for s in split_sentences(text)] == [
        "بلغت النسبة 3.5 بالمئة حسب أ.ف.ب. وقال د. محمد إن Mr. Smith وصل.", "انتهى"]


def test_question_marks_exclamation_and_ellipsis():
    text = "هل انتهت المعركة؟ لا! لم تنته... بعد"
    assert [s.text for s in split_sentences(text)] == ["هل انتهت المعركة؟", "لا!", "لم تنته...", "بعد"]


def test_newlines_split_and_dates_with_dots_do_not():
    text = "عنوان الخبر\nوقع الهجوم في 27.01.2020 على rt.com، قرب إدلب."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["عنوان الخبر", "وقع الهجوم في 27.01.2020 على rt.com، قرب إدلب."]
    assert [c.text for c in sents[1].clauses] == ["وقع الهجوم في 27.01.2020 على rt.com", "قرب إدلب"]


def test_thousands_comma_is_not_a_clause_separator():
    s = split_sentences("نزح 1,500 شخص, وعاد 200")[0]
    assert [c.text for c in s.clauses] == ["نزح 1,500 شخص", "وعاد 200"]


def test_ascii_quotes_and_parentheses_protect_their_content():
    text = 'قال "لن نتراجع. أبدا" ثم (غادر، وعاد). وانتهى'
    sents = split_sentences(text)
    assert [s.text for s in sents] == ['قال "لن نتراجع. أبدا" ثم (غادر، وعاد).', "وانتهى"]
    assert len(sents[0].clauses) == 1


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    text = "قال «المصدر إن القصف استمر. وقتل ثلاثة، وأصيب آخرون."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["قال «المصدر إن القصف استمر.", "وقتل ثلاثة، وأصيب آخرون."]
    assert [c.text for c in sents[1].clauses] == ["وقتل ثلاثة", "وأصيب آخرون"]


def test_the_two_sides_of_between_stay_in_one_clause():
    # SOHR: «بين X من جهة، وY من جهة أخرى، على محور ...»: both sides and the place are one clause;
    # the comma after what follows them still parts one
    text = ("اشتباكات بين قوات النظام من جهة، والفصائل من جهة أخرى، على محور كفرنبودة، وسط قصف مكثف. "
            "قال من جهة، إن الهدوء عاد.")
    first, second = split_sentences(text)
    assert [c.text for c in first.clauses] == [
        "اشتباكات بين قوات النظام من جهة، والفصائل من جهة أخرى، على محور كفرنبودة", "وسط قصف مكثف"]
    assert [c.text for c in second.clauses] == ["قال من جهة", "إن الهدوء عاد"]


def test_a_side_pair_of_one_phrase_is_named_in_one_line(tmp_path):
    # an analyst writes «- [من جهة]» in sentences.yaml: the file and the entry, not a traceback
    import shutil

    from marsad.io.knowledge import KnowledgeError
    from marsad.text.lexicon import DATA_DIR, TextTables
    for each in DATA_DIR.iterdir():
        shutil.copy(each, tmp_path / each.name)
    rules = tmp_path / "sentences.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("  - [من جهة, من جهة أخرى]", "  - [من جهة]"),
                     encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        TextTables.load(tmp_path)
    assert str(err.value) == f"{rules}: side_pairs takes pairs of two phrases, not ['من جهة']"
