"""Places of the bundled sample articles (src/marsad/samples/articles.jsonl) with the built-in
gazetteer and with the OCHA list, and the general rules behind each fix: adjectives after «حي»,
natural regions («جبل الزاوية»), letters read off names to reach a town abroad, common words,
the main Arabic name of a place."""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from geo_helpers import builtin_gaz, by_text, ocha_gaz, ocha_home, places  # noqa: F401

from marsad.geo.names import main_arabic_name

SAMPLES = {
    d["id"]: d["text"]
    for d in map(json.loads, (Path(str(resources.files("marsad"))) / "samples" / "articles.jsonl")
                 .read_text(encoding="utf-8").splitlines())
}


def _rows(gaz, text: str) -> list[tuple]:
    return [(m.text, m.data["gazetteer_id"], m.data["role"], m.data["geo_precision"], m.data["admin1"])
            for m in places(gaz, text)]


# ---- 1. «حي سكني» ---------------------------------------------------------------------------------


def test_adjective_after_quarter_word_is_no_place(builtin_gaz):
    assert _rows(builtin_gaz, SAMPLES["sample-02-suqaylabiyah-shelling"]) == [
        ("إدلب", "builtin:gn:169389", "region", 3, "Idleb"),
        ("السقيلبية", "builtin:gn:163921", "place", 1, "Hama"),
        ("حماة", "builtin:gn:170017", "region", 3, "Hama"),
        ("حماة", "builtin:gn:170017", "place", 1, "Hama"),
        ("المدينة", "builtin:gn:163921", "place", 1, "Hama"),
        ("قلعة المضيق", "builtin:gn:166227", "place", 1, "Hama"),
    ]  # no «سكني» from «في حي سكني وسط المدينة»; «المدينة» is the city named before, not Medina
    assert _rows(builtin_gaz, "سقطت القذائف على أحياء شعبية في مدينة حلب") == [
        ("حلب", "builtin:gn:170063", "place", 1, "Aleppo")]
    assert _rows(builtin_gaz, "دخل الجيش بلدة مسيحية في ريف حمص") == [
        ("حمص", "builtin:gn:169577", "region", 3, "Homs")]
    # a quarter's name still is one, known or not
    got = _rows(builtin_gaz, "قصفت الطائرات حي جوبر في دمشق")
    assert got == [("جوبر", None, "place", 2, "Damascus"), ("دمشق", "builtin:gn:170654", "place", 1, "Damascus")]


# ---- 2. «جبل الزاوية» -------------------------------------------------------------------------------


def test_natural_region_is_one_name_never_a_town_abroad(builtin_gaz):
    got = by_text(places(builtin_gaz, SAMPLES["sample-03-jabal-zawiya-airstrikes"]))
    assert "الزاوية" not in got
    zawiya = got["جبل الزاوية"][0].data
    assert (zawiya["gazetteer_id"], zawiya["role"], zawiya["feature"], zawiya["geo_precision"]) == (
        "builtin:region:jabal-al-zawiya", "region", "region", 2)
    assert (zawiya["admin1"], zawiya["admin2"], zawiya["country"]) == ("Idleb", "Ariha", "Syria")
    assert (zawiya["latitude"], zawiya["longitude"]) == (35.68518, 36.541886)  # البارة, its town
    assert all(m.data["country"] in ("Syria", None) for ms in got.values() for m in ms)
    akrad = by_text(places(builtin_gaz, SAMPLES["sample-06-latakia-attack-claim"]))["جبل الأكراد"][0].data
    assert (akrad["gazetteer_id"], akrad["admin1"], akrad["geo_precision"]) == (
        "builtin:region:jabal-al-akrad", "Lattakia", 2)


def test_unlisted_natural_feature_is_a_region_at_its_context(builtin_gaz):
    got = places(builtin_gaz, "سيطر الجيش على جبل المصدر بريف حماة الشمالي.")
    m = got[0]
    assert (m.text, m.data["gazetteer_id"], m.data["role"], m.data["feature"]) == ("جبل المصدر", None, "region", "region")
    assert (m.data["anchor"], m.data["admin1"], m.data["geo_precision"]) == ("builtin:gn:170017", "Hama", 3)
    got = _rows(builtin_gaz, "قصف على وادي الزاوية قرب معرة النعمان")
    assert got == [("وادي الزاوية", None, "region", 2, "Idleb"), ("معرة النعمان", "builtin:gn:167611", "place", 1, "Idleb")]
    # «جبل لبنان» stays Lebanon
    assert _rows(builtin_gaz, "اشتباكات في جبل لبنان.") == [("لبنان", "builtin:country:LB", "foreign", 3, None)]


# ---- 3. letters read off names, towns abroad in an article about Syria ------------------------------


def test_no_town_abroad_by_reading_a_letter_off(builtin_gaz):
    got = by_text(places(builtin_gaz, SAMPLES["sample-03-jabal-zawiya-airstrikes"]))
    assert "ليون" not in got
    for name in ("بليون", "ابلين", "البارة"):
        d = got[name][0].data
        assert (d["gazetteer_id"], d["role"], d["geo_precision"], d["admin1"], d["country"]) == (
            None, "place", 2, "Idleb", "Syria"), name
        assert d["anchor"] == "builtin:gn:169389"  # إدلب, the nearest place before the list
    assert "not «ليون» (France)" in " ".join(got["بليون"][0].data["reasons"])
    got = by_text(places(builtin_gaz, SAMPLES["sample-06-latakia-attack-claim"]))
    assert "باني" not in got
    kabani = got["كباني"][0].data
    assert (kabani["gazetteer_id"], kabani["geo_precision"], kabani["admin1"], kabani["anchor"]) == (
        None, 2, "Lattakia", "builtin:gn:173576")
    # «في ساحة كبيرة»: not ك + بيرة
    assert places(builtin_gaz, "تجمع المتظاهرون في ساحة كبيرة امام المبنى") == []


def test_village_word_before_a_name_abroad_gives_a_local_place(builtin_gaz):
    assert _rows(builtin_gaz, "قصفت الطائرات بلدة الزاوية في ريف إدلب") == [
        ("الزاوية", None, "place", 2, "Idleb"), ("إدلب", "builtin:gn:169389", "region", 3, "Idleb")]
    # a Syrian admin phrase after it: not Libya, and no place without a settlement word
    assert _rows(builtin_gaz, "سقطت قذيفة على الزاوية بريف إدلب") == [("إدلب", "builtin:gn:169389", "region", 3, "Idleb")]
    # a town abroad whose country is named stays abroad
    assert _rows(builtin_gaz, "زار الرئيس مدينة ليون في فرنسا") == [
        ("ليون", "builtin:gn:2996944", "foreign", 1, None), ("فرنسا", "builtin:country:FR", "foreign", 3, None)]


# ---- 4. common words ------------------------------------------------------------------------------------


def test_common_words_are_not_places(builtin_gaz, ocha_gaz):
    for gaz in (builtin_gaz, ocha_gaz):
        assert [m.text for m in places(gaz, SAMPLES["sample-04-daraa-ied"])] == [
            "درعا", "طفس", "المزيريب", "درعا", "درعا"]  # no «مصدر» (المصدر, Gaza)
        got = places(gaz, SAMPLES["sample-05-sweida-protest-jasim-arrest"])
        # «شابين من أبناء مدينة جاسم ... على أطراف المدينة»: Jasim again, not Medina
        assert [m.text for m in got] == ["السويداء", "درعا", "جاسم", "المدينة"]
        assert got[3].data["gazetteer_id"] == got[2].data["gazetteer_id"]
        assert places(gaz, "وقع انفجار في أطراف المدينة") == []
    medina = places(builtin_gaz, "وصل الحجاج إلى المدينة المنورة")
    assert [(m.text, m.data["gazetteer_id"], m.data["country"]) for m in medina] == [
        ("المدينة المنورة", "builtin:gn:109223", "Saudi Arabia")]


# ---- 5. the main Arabic name ------------------------------------------------------------------------------


def test_name_ar_is_the_main_current_name(builtin_gaz):
    assert builtin_gaz.get("builtin:gn:170905").name_ar == "درعا"  # not أذرِعات
    recs = [m for m in places(builtin_gaz, SAMPLES["sample-04-daraa-ied"]) if m.text == "درعا"]
    assert [m.data["name_ar"] for m in recs] == ["درعا", "درعا", "درعا"]
    harakat = re.compile("[\u064B-\u0652\u0670]")
    assert [e.id for e in builtin_gaz.iter_entries("builtin") if e.name_ar and harakat.search(e.name_ar)] == []


def test_main_arabic_name_against_the_romanised_name():
    assert main_arabic_name(["أذرِعات", "درعا"], "Dar‘ā") == "درعا"
    assert main_arabic_name(["ترطوس", "طرطوس"], "Ţarţūs") == "طرطوس"
    assert main_arabic_name(["القامشلو", "القامشلي", "قامشلو"], "Al Qāmishlī") == "القامشلي"
    assert main_arabic_name(["ئاممان", "امان", "عمان", "عمّان", "عَمّان"], "Amman") == "عمان"
    assert main_arabic_name(["مىلان", "ميلان", "ميلانو"], "Milan") == "ميلان"
    assert main_arabic_name(["الكرمة", "محردة"], "Maharda", frozenset({"الكرمه"})) == "الكرمة"  # known first
    assert main_arabic_name([], "X") is None


# ---- with the OCHA list ----------------------------------------------------------------------------------------


def test_samples_with_ocha(ocha_gaz):
    expected = {"تلمنس": "C3974", "معرشورين": "C3978", "جرجناز": "C3977", "حاس": "C4058", "كنصفرة": "C4309",
                "بليون": "C4302", "ابلين": "C4292", "البارة": "C4304", "النيرب": "C3867", "كباني": "C3751"}
    found: dict[str, set] = {}
    for text in SAMPLES.values():
        for m in places(ocha_gaz, text):
            found.setdefault(m.text, set()).add(m.data["gazetteer_id"])
    assert {k: found.get(k) for k in expected} == {k: {f"ocha:{v}"} for k, v in expected.items()}
    assert found["جبل الزاوية"] == {"builtin:region:jabal-al-zawiya"} and "الزاوية" not in found
    assert "مصدر" not in found and "سكني" not in found
    assert found["المدينة"] == {"ocha:C3114", "ocha:C6111"}  # As-Suqaylabiyah and Jasim, named before
    # an OCHA pair of names («الزاوي_الزاوية») records the one that matched
    got = by_text(places(ocha_gaz, "قصفت الطائرات قرية الزاوية بريف حماة"))
    assert (got["الزاوية"][0].data["gazetteer_id"], got["الزاوية"][0].data["name_ar"]) == ("ocha:C3377", "الزاوية")
