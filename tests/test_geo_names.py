"""Name keys and the compiled matcher: spelling variants, spaces, proclitics, word boundaries."""
from __future__ import annotations

from geo_helpers import ocha_gaz, ocha_home, places  # noqa: F401

from marsad.geo.names import (
    compact, compact_text, definite_variants, ending_variants, norm_name, skeleton, weighted_distance,
)
from marsad.text.normalize import normalize


def test_compact_keys_meet_across_spaces():
    keys = {compact(norm_name(n)) for n in ("معرة مصرين", "معرتمصرين", "معر تمصرين")}
    assert keys == {"معرتمصرين"}
    assert compact(norm_name("كفر حمراء")) == "كفرحمرا"


def test_ending_variants():
    assert "معردبسه" in ending_variants(norm_name("معردبسي"))
    assert "كفر حمراء" in ending_variants(norm_name("كفر حمرة"))
    assert ending_variants(norm_name("حلب")) == set()


def test_definite_variants_of_names_with_a_direction():
    # OCHA writes «دير شرقي» and «دير الغربي»; the news «الدير الشرقي» and «الدير الغربي»
    assert definite_variants(norm_name("دير شرقي")) == {"الدير الشرقي"}
    assert definite_variants(norm_name("دير الغربي")) == {"الدير الغربي"}
    assert definite_variants(norm_name("الدير الغربي")) == set()
    assert definite_variants(norm_name("كفر حمرة")) == set()


def test_villages_with_a_direction_in_a_list(ocha_gaz):
    text = "بسطت وحدات الجيش سيطرتها على بلدات الدير الشرقي والدير الغربي وتلمنس بعد معارك عنيفة."
    assert [m.data["gazetteer_id"] for m in places(ocha_gaz, text)] == ["ocha:C3962", "ocha:C3968", "ocha:C3974"]


def test_skeleton_and_distance_for_misspellings():
    assert skeleton(norm_name("سيراكاب")) == skeleton(norm_name("سراقب"))
    assert weighted_distance("سيراكاب", "سراقب") == 1.5
    assert skeleton(norm_name("كفر ياسين")) != skeleton(norm_name("كفرباسين"))


def _found(gaz, text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    return [(norm[h.start:h.end], h.prefix) for h in gaz.matcher.find(compact_text(norm))]


def test_matcher_proclitics_and_boundaries(ocha_gaz):
    hits = _found(ocha_gaz, "وبسيدا بمعرة النعمان ومعراتة")
    assert ("بسيدا", "و") in hits and ("معره النعمان", "ب") in hits and ("معراته", "و") in hits
    assert not [h for h in _found(ocha_gaz, "البسيدات") if h[0] == "بسيدا"]  # not inside a longer word
    assert ("معر تمصرين", "") in _found(ocha_gaz, "قرية معر تمصرين")
    assert ("معردبسه", "") in _found(ocha_gaz, "قرية معردبسة في")


def test_fuzzy_only_within_the_governorate(ocha_gaz):
    m = ocha_gaz.matcher
    assert "ocha:C3916" in [i for i, _ in m.fuzzy("سيراكاب", "Idleb")]
    assert [i for i, _ in m.fuzzy("سيراكاب", "Hama")] == []
    assert m.fuzzy("كفر ياسين", "Idleb") == []
    assert m.fuzzy("حلب", "Idleb") == []  # too short to guess


def test_a_name_no_gazetteer_has_is_romanised_with_its_article_apart():
    from marsad.geo.recognise import romanise
    assert [romanise(w) for w in ("الميدان", "باب توما", "عين الحلوة")] == ["Al-Midan", "Bab Tuma", "'in Al-Hlua"]


def test_the_usual_first_words_of_names_are_spelt_as_the_lexicon_says_and_harakat_dropped():
    from marsad.geo.lexicon import GeoLexicon
    from marsad.geo.recognise import romanise
    known = GeoLexicon.load().romanised_words
    assert [romanise(w, known) for w in ("تل مصيطف", "أبو جريف", "عين الحلوة", "كفرنبودة", "سَراقِب")] == [
        "Tal Msitf", "Abu Jrif", "Ein Al-Hlua", "Kfrnbuda", "Saraqib"]
