"""Actor, person and outlet recognition (marsad.actors): seed phrases, seed articles against the
gold, GSR sentences from other countries, context rules and the lexicon API."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad.actors.lexicon import ActorLexicon
from marsad.text.normalize import normalize_with_map

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "dev"
GSR = SHARED / "eval" / "arabic_event_gsr"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load()


def found(lex: ActorLexicon, text: str, kind: str | None = None) -> list[tuple[str, str, str]]:
    """(kind, surface, label) of every mention, in text order."""
    return [(m.kind, m.text, m.label) for m in lex.recognise(text) if kind in (None, m.kind)]


# ---------------------------------------------------------------------- seed phrases
@pytest.mark.parametrize("text, surface, label", [
    ("بعد اشتباكات عنيفة مع إرهابيي تنظيم جبهة النصرة والمجموعات", "إرهابيي تنظيم جبهة النصرة", "Hayat Tahrir al-Sham"),
    ("في مقر يتبع لهيئة «تحرير الشام» بمدينة إدلب", "هيئة «تحرير الشام", "Hayat Tahrir al-Sham"),
    ("الفصائل التابعة لتنظيم «الحزب الإسلامي التركستاني» عززت", "الفصائل التابعة لتنظيم «الحزب الإسلامي التركستاني",
     "Turkistan Islamic Party"),
    ("لافتة إلى أن قياديي الحزب التركستاني أمروا", "قياديي الحزب التركستاني", "Turkistan Islamic Party"),
    ("من منظمة «الخوذ البيضاء» إلى منطقة", "منظمة «الخوذ البيضاء", "White Helmets"),
    ("بأن وحدات من الجيش السوري سيطرت على بلدة معصران", "وحدات من الجيش السوري", "Military Forces of Syria"),
    ("أهمية العمليات التي يقوم بها الجيش العربي السوري بدعم روسي", "الجيش العربي السوري", "Military Forces of Syria"),
    ("على حساب مواقع القوات الحكومية.", "القوات الحكومية", "Military Forces of Syria"),
    ("أن 23 جنديا سوريا قتلوا", "جنديا سوريا", "Military Forces of Syria"),
    ("واقترب من حصار نقطة المراقبة للقوات التركية في هذه المنطقة", "للقوات التركية", "Military Forces of Turkey"),
    ("بحث وفد من مسؤولين في وزارتي الخارجية والدفاع الروسيتين مع", "وزارتي الخارجية والدفاع الروسيتين",
     "Government of Russia"),
    ("وقال مسلحو داعش", "مسلحو داعش", "Islamic State (Syria)"),
    ("قصفت الطائرات الحربية الروسية مواقع", "الطائرات الحربية الروسية", "Military Forces of Russia"),
])
def test_seed_actor_phrases(lex, text, surface, label):
    assert ("actor", surface, label) in found(lex, text)


def test_dual_with_quotes_gives_both_groups(lex):
    text = "عددا كبيرا من القياديين المحليين في تنظيمي «جبهة النصرة» و«جيش العزة»، قاموا"
    assert found(lex, text) == [
        ("actor", "تنظيمي «جبهة النصرة", "Hayat Tahrir al-Sham"),
        ("actor", "جيش العزة", "Jaish al-Izza"),
    ]


@pytest.mark.parametrize("text, surface, label, otype", [
    ("وأفاد مصدر عسكري محلي لـRT بأن الجيش", "RT", "RT", "outlet"),
    ("بدورها، أفادت وكالة «سانا» السورية الرسمية، بأن", "وكالة «سانا", "SANA", "outlet"),
    ("لوكالة «سبوتنيك» أن عددا", "وكالة «سبوتنيك", "Sputnik", "outlet"),
    ("أعلن المركز الروسي للمصالحة في سوريا، في بيان", "المركز الروسي للمصالحة في سوريا", "Russian Reconciliation Center",
     "official"),
    ("«المصالحة الروسي»: العاملون بمختبرات", "المصالحة الروسي", "Russian Reconciliation Center", "official"),
    ("وقالت وزارة الخارجية الروسية، في بيان", "وزارة الخارجية الروسية", "Russian Ministry of Foreign Affairs",
     "official"),
    ("بدورها، ذكرت الرئاسة السورية، أن المحادثات", "الرئاسة السورية", "Syrian Presidency", "official"),
    ("وقال المرصد السوري لحقوق الإنسان إن", "المرصد السوري لحقوق الإنسان", "SOHR", "monitor"),
    ("نقلت وكالة فرانس برس عن مصدر", "وكالة فرانس برس", "AFP", "outlet"),
])
def test_outlets(lex, text, surface, label, otype):
    outlets = [m for m in lex.recognise(text) if m.kind == "outlet"]
    assert [(m.text, m.label, m.data["type"]) for m in outlets] == [(surface, label, otype)]


def test_official_source_links_to_its_actor(lex):
    [m] = lex.recognise("وقالت وزارة الخارجية الروسية إن")
    assert m.data["actor"] == "Government of Russia"


@pytest.mark.parametrize("text, name, role, actor", [
    ("زار وزير الدفاع السوري العماد، علي أيوب، وبتوجيه من", "علي أيوب", "Syrian Minister of Defence",
     "Military Forces of Syria"),
    ("وبتوجيه من الرئيس السوري بشار الأسد بلدة الهبيط", "بشار الأسد", "President of Syria", "Government of Syria"),
    ("مع الرئيس السوري، بشار الأسد، القضاء على", "بشار الأسد", "President of Syria", "Government of Syria"),
    ("كما بحث وزير الخارجية الروسي، سيرغي لافروف، مع", "سيرغي لافروف", "Russian Foreign Minister",
     "Government of Russia"),
    ("بمشاركة نائب وزير الخارجية الروسي، سيرغي فيرشينين، ومسؤولين", "سيرغي فيرشينين",
     "Russian Deputy Foreign Minister", "Government of Russia"),
    ("الذي ترأسه المبعوث الخاص للرئيس الروسي المعني بشؤون سوريا، ألكسندر لافرينتييف، بمشاركة",
     "ألكسندر لافرينتييف", "Russian presidential envoy for Syria", "Government of Russia"),
    ("وقال رئيس مركز المصالحة الروسي، اللواء يوري بورينكوف، إن المسلحين", "يوري بورينكوف",
     "head of the Russian Reconciliation Center", "Russian Reconciliation Center"),
    ("وقال وزير الدفاع العراقي خالد العبيدي إن", "خالد العبيدي", "Iraqi Minister of Defence", "Military Forces of Iraq"),
    ("وقال المتحدث باسم هيئة تحرير الشام أبو خالد الشامي إن", "أبو خالد الشامي",
     "spokesperson of the Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
])
def test_people_by_title(lex, text, name, role, actor):
    people = [m for m in lex.recognise(text) if m.kind == "person"]
    assert [(m.text, m.label, m.data["role"], m.data["actor"]) for m in people] == [(name, name, role, actor)]


def test_title_phrase_is_not_also_an_actor(lex):
    text = "وقال رئيس مركز المصالحة الروسي، اللواء يوري بورينكوف، إن"
    assert [m.kind for m in lex.recognise(text)] == ["person"]
    [m] = lex.recognise(text)
    assert m.data["title"] == "رئيس مركز المصالحة الروسي"
    assert m.data["rank"] == "Major General"
    assert m.data["outlet"] == "Russian Reconciliation Center"


def test_counterpart_takes_previous_title_with_new_nationality(lex):
    text = "كما بحث وزير الخارجية الروسي، سيرغي لافروف، مع نظيره التركي، مولود تشاووش أوغلو، في اتصال هاتفي"
    people = [(m.label, m.data["role"], m.data["actor"]) for m in lex.recognise(text) if m.kind == "person"]
    assert people == [
        ("سيرغي لافروف", "Russian Foreign Minister", "Government of Russia"),
        ("مولود تشاووش أوغلو", "Turkish Foreign Minister", "Government of Turkey"),
    ]


def test_sanas_competent_authorities_are_the_security_services(lex):
    # «ضبطت الجهات المختصة سيارة محملة بالمتفجرات ... وألقت القبض على سائقها»
    found = [(m.text, m.label) for m in lex.recognise("ضبطت الجهات المختصة سيارة محملة بالمتفجرات", country="Syria")
             if m.kind == "actor"]
    assert found == [("الجهات المختصة", "Police Forces of Syria")]


def test_the_houthis_spokesman_speaks_for_the_houthis(lex):
    # Saba (Sanaa) calls the Houthis «القوات المسلحة اليمنية»; their spokesman is theirs
    text = "أعلن المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع استهداف سفينة في البحر الأحمر"
    people = [(m.label, m.data["actor"]) for m in lex.recognise(text) if m.kind == "person"]
    assert people == [("يحيى سريع", "Houthi Movement (Ansar Allah)")]


def test_surname_and_title_refer_back_to_named_person(lex):
    text = ("زار وزير الدفاع السوري العماد، علي أيوب، بلدة الهبيط. والتقى وزير الدفاع السوري، الجنود. "
            "واستمع العماد أيوب من القادة")
    people = [(m.text, m.label, m.data["coref"]) for m in lex.recognise(text) if m.kind == "person"]
    assert people == [("علي أيوب", "علي أيوب", False), ("وزير الدفاع السوري", "علي أيوب", True),
                      ("أيوب", "علي أيوب", True)]


def test_name_after_title_stops_before_other_words(lex):
    assert found(lex, "وطالب رئيس الوزراء العراقي بوقف القتال") == [
        ("actor", "رئيس الوزراء العراقي", "Government of Iraq")]


# ---------------------------------------------------------------------- seed articles vs gold
def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["000_fc843bc12e8cb1da", "001_66456859eb77b8a6"])
def test_seed_article_finds_gold_actors_and_people(lex, name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    gold = _gold(name)
    mentions = lex.recognise(text)
    labels = {m.label for m in mentions if m.kind in ("actor", "outlet")}
    assert set(gold["actors"]) <= labels
    people = {(m.label, m.data["role"]) for m in mentions if m.kind == "person" and not m.data["coref"]}
    assert people == {(p["name_ar"], p["role"]) for p in gold["people"]}
    reporters = {r for e in gold["events"] for r in e.get("reported_by") or []}
    assert reporters <= {m.label for m in mentions if m.kind == "outlet"}
    event_actors = {e.get(k) for e in gold["events"] for k in ("actor1", "actor2") if e.get(k)}
    assert event_actors <= labels | {m.data["actor"] for m in mentions if m.kind == "person"}


@pytest.mark.parametrize("name", ["000_fc843bc12e8cb1da", "001_66456859eb77b8a6"])
def test_seed_offsets_point_into_original_text(lex, name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    mentions = lex.recognise(text)
    assert len(mentions) > 20
    for m in mentions:
        assert text[m.start:m.end] == m.text
    for kind in ("actor", "outlet", "person"):
        spans = sorted((m.start, m.end) for m in mentions if m.kind == kind)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"overlapping {kind} mentions"


def test_seed_000_army_alone_and_gunmen(lex):
    text = (SEEDS / "000_fc843bc12e8cb1da.txt").read_text(encoding="utf-8")
    start = text.index("أثناء تصدي الجيش لهجمات المسلحين")
    near = [(m.text, m.label) for m in lex.recognise(text) if start <= m.start < start + 40]
    assert near == [("الجيش", "Military Forces of Syria"), ("المسلحين", "Unidentified Armed Group (Syria)")]


# ---------------------------------------------------------------------- other countries (GSR dev)
def _gsr_text(item_id: str) -> str:
    for name in ("assault_spans.json", "protest_spans.json"):
        for item in json.loads((GSR / name).read_text(encoding="utf-8")):
            if item["_id"] == item_id:
                return item["text"]
    raise KeyError(item_id)


@pytest.mark.parametrize("item_id, expected", [
    ("5b520e266203c42f8aa08edb", [("الشرطة العراقية", "Police Forces of Iraq"), ("المصلين", "Civilians (Iraq)")]),
    ("5b6366456203c47bb65ad9e3", [("الجيش الباكستاني", "Military Forces of Pakistan")]),
    ("5b520e266203c42f8aa08f6e", [("الجيش الاسرائيلي", "Military Forces of Israel"),
                                  ("وحدة المستعربين", "Military Forces of Israel")]),
    ("5b6757616203c433883a1ee2", [("حماس", "Hamas"), ("قادة حماس", "Hamas")]),
    ("5b520e266203c42f8aa08fee", [("سلاح الجو الإسرائيلي", "Military Forces of Israel"),
                                  ("حركة الجهاد الإسلامي الفلسطينية", "Palestinian Islamic Jihad")]),
    ("5b520e266203c42f8aa08faf", [("عناصر من الحرس الثوري", "Islamic Revolutionary Guard Corps")]),
    ("5b6757616203c433883a1e61", [("المتظاهرين الفلسطينيين", "Protesters (Palestine)"),
                                  ("رجال الامن المركزي المصري", "Police Forces of Egypt")]),
    ("5b6757616203c433883a1ea8", [("متظاهرون فلسطينيون", "Protesters (Palestine)"),
                                  ("الجيش الإسرائيلي", "Military Forces of Israel")]),
    ("5b520e266203c42f8aa08ec2", [("حركة طالبان", "Taliban"), ("القوات الأجنبية", "International Forces")]),
    ("5b520e266203c42f8aa08f04", [("قوات الناتو", "NATO"), ("مسلحي طالبان", "Taliban")]),
])
def test_gsr_actor_spans(lex, item_id, expected):
    got = [(m.text, m.label) for m in lex.recognise(_gsr_text(item_id)) if m.kind == "actor"]
    for pair in expected:
        assert pair in got


# ---------------------------------------------------------------------- context rules
def test_army_alone_is_the_articles_army(lex):
    text = "قتل ثلاثة من رجال الشرطة العراقية في بغداد، وقال الجيش إن مسلحين هاجموا دورية"
    assert found(lex, text) == [("actor", "رجال الشرطة العراقية", "Police Forces of Iraq"),
                                ("actor", "الجيش", "Military Forces of Iraq"),
                                ("actor", "مسلحين", "Unidentified Armed Group (Iraq)")]


def test_forced_country_and_default(lex):
    assert found(lex, "وقال الجيش إن")[0][2] == "Military Forces of Syria"
    assert lex.recognise("وقال الجيش إن", country="Yemen")[0].label == "Military Forces of Yemen"


def test_alias_valid_only_in_some_countries(lex):
    assert found(lex, "تقدمت قوات الجيش الوطني نحو طرابلس في ليبيا") == [
        ("actor", "قوات الجيش الوطني", "Libyan National Army")]
    assert found(lex, "سيطر الجيش الوطني على قرية في ريف حلب شمال سوريا") == [
        ("actor", "الجيش الوطني", "Syrian National Army")]
    # an alias valid only in some countries beats the same words valid anywhere: «حركة الجهاد
    # الإسلامي» in Pakistan is Harkat-ul-Jihad al-Islami, elsewhere Palestinian Islamic Jihad
    assert found(lex, "تبنت حركة الجهاد الإسلامي تفجيرا في باكستان")[0][2] == "Harkat-ul-Jihad al-Islami"
    assert found(lex, "أطلقت حركة الجهاد الإسلامي صواريخ من غزة")[0][2] == "Palestinian Islamic Jihad"


def test_anaphora_only_after_the_full_name(lex):
    assert found(lex, "وقال المركز إن الهجوم فشل") == []
    text = "أعلن المركز الروسي للمصالحة أن الهجوم فشل. وقال المركز إن"
    assert [(t, label) for _, t, label in found(lex, text, "outlet")] == [
        ("المركز الروسي للمصالحة", "Russian Reconciliation Center"), ("المركز", "Russian Reconciliation Center")]


def test_nationality_forms_and_generated_actors(lex):
    text = ("اشتبك جنود أميركيين مع مسلحين في اليمن، وقتل جنديان عراقيان و15 جنديا تركيا، واعتقلت قوات الأمن "
            "اليمنية مدنيا")
    assert [label for _, _, label in found(lex, text)] == [
        "Military Forces of the United States", "Unidentified Armed Group (Yemen)", "Military Forces of Iraq",
        "Military Forces of Turkey", "Police Forces of Yemen", "Civilians (Yemen)"]


def test_the_actor_and_place_country_lists_name_the_same_countries(lex):
    # the countries of actors (countries.yaml) and of places (data/geo/countries.tsv) are kept
    # in two files; a country in one only would be a place without actors or the reverse
    from marsad.geo.builtin import read_tsv
    places = {row["name_en"] for row in read_tsv("countries.tsv") if len(row["code"]) == 2}
    assert places == set(lex.countries)
    assert found(lex, "اعتقلت الشرطة السنغالية عشرات المتظاهرين في داكار")[0][2] == "Police Forces of Senegal"


def test_word_boundaries_and_proclitics(lex):
    assert found(lex, "وللجيش السوري ولحماس وبالقوات الروسية") == [
        ("actor", "للجيش السوري", "Military Forces of Syria"), ("actor", "حماس", "Hamas"),
        ("actor", "القوات الروسية", "Military Forces of Russia")]
    assert found(lex, "احسانا والحماسة ومصرف") == []


def test_actor_data_fields(lex):
    [m] = lex.recognise("هاجمت فرقة الحمزات مواقع")
    assert (m.label, m.data["inter"], m.data["country"], m.data["parent"], m.data["id"]) == (
        "Hamza Division", "Rebel group", "Syria", "Syrian National Army", "hamza_division")
    [m] = lex.recognise("قصفت الفرقة الرابعة مواقع في إدلب")
    assert (m.label, m.data["unit"]) == ("Military Forces of Syria", "4th Armoured Division")


def test_a_descriptor_is_taken_across_so_called_and_a_name_a_group_gives_itself(lex):
    # «ما يعرف بـ» glued to the name; «تطلق على نفسها اسم» before a known name
    assert found(lex, "قصف مرتزقة ما يعرف بالجيش الوطني القرية") == [
        ("actor", "مرتزقة ما يعرف بالجيش الوطني", "Syrian National Army")]
    assert found(lex, "أعلنت جماعة تطلق على نفسها اسم سرايا أولياء الدم مسؤوليتها", "actor") == [
        ("actor", "جماعة تطلق على نفسها اسم سرايا أولياء الدم", "Saraya Awliya al-Dam")]


def test_a_group_named_only_by_itself_is_an_unidentified_group_keeping_its_name(lex):
    [m] = lex.recognise("وأعلنت مجموعة تطلق على نفسها «كتائب الفجر الجديد» مسؤوليتها عن الهجوم في العراق")
    assert (m.text, m.label, m.data["self_name"], m.data["generic"]) == (
        "مجموعة تطلق على نفسها «كتائب الفجر الجديد", "Unidentified Armed Group (Iraq)", "كتائب الفجر الجديد", False)
    # no quoted name, no descriptor: no such mention
    assert lex.recognise("وأعلنت مجموعة تطلق على نفسها كتائب الفجر مسؤوليتها") == []
    assert lex.recognise("وهي تحمل اسم «الفجر الجديد»") == []


def test_a_known_person_after_a_qualified_title_and_the_forces_loyal_to_him(lex):
    # the title's qualifiers («المكلف من البرلمان») between it and a known name: that person,
    # who speaks for the actor people.yaml gives, not the title's «Government of Libya»
    [m] = [x for x in lex.recognise("وقال رئيس الحكومة المكلف من البرلمان فتحي باشاغا إن") if x.kind == "person"]
    assert (m.text, m.data["actor"], m.data["title"]) == (
        "فتحي باشاغا", "Government of National Stability (Libya)", "رئيس الحكومة")
    # «وأخرى داعمة لـ» that person: his side
    assert ("actor", "داعمة لرئيس الحكومة المكلف من البرلمان فتحي باشاغا", "Government of National Stability (Libya)") \
        in found(lex, "بين قوات موالية لحكومة الوحدة الوطنية وأخرى داعمة لرئيس الحكومة المكلف من البرلمان فتحي باشاغا")
    # not across another phrase: the placard's name has no title
    people = [x for x in lex.recognise("رفع المتظاهرون صورا للرئيس العراقي السابق ولافتات كتب عليها صدام حسين")
              if x.kind == "person"]
    assert [(x.text, x.data["title"]) for x in people] == [("صدام حسين", None)]


# ---------------------------------------------------------------------- lexicon API
def test_lexicon_lookups(lex):
    assert lex.actor("Hayat Tahrir al-Sham").inter == "Rebel group"
    assert lex.actor("HTS").name == "Hayat Tahrir al-Sham"
    assert lex.inter_of("Military Forces of Iraq") == "State forces"
    assert lex.inter_of("Civilians (Yemen)") == "Civilians"
    assert lex.inter_of("Unidentified Armed Group (Syria)") == "Political militia"
    assert lex.actor("Military Forces of the United States").country == "United States"
    assert lex.actor("Syrian National Army").parent is None
    assert lex.actor("Ahrar al-Sham").parent == "National Front for Liberation"
    assert lex.inter_of("Russian Reconciliation Center") == "External/Other forces"
    assert lex.country_actor("government", "Egypt").name == "Government of Egypt"
    assert lex.outlet("SANA").type == "outlet"
    assert lex.actor("No Such Group") is None


def test_find_actors_on_normtext_and_kinds(lex):
    text = "وقال وزير الخارجية الروسي، سيرغي لافروف، إن الجيش العراقي تقدم، حسب سانا"
    norm = normalize_with_map(text)
    actors = lex.find_actors(norm)
    assert [(m.text, m.label) for m in actors] == [("الجيش العراقي", "Military Forces of Iraq")]
    kinds = [m.kind for m in lex.find_actors(text, kinds=("actor", "person", "outlet"))]
    assert kinds == ["person", "actor", "outlet"]


def test_blockers_hide_actor_words_inside_other_names(lex):
    text = "دعا مجلس الأمن الدولي إلى وقف القتال، وقالت قوات الأمن العراقية إن"
    assert found(lex, text) == [("actor", "قوات الأمن العراقية", "Police Forces of Iraq")]


@pytest.mark.parametrize("name", ["000_fc843bc12e8cb1da", "001_66456859eb77b8a6"])
def test_every_label_is_known_to_the_lexicon(lex, name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    for m in lex.recognise(text):
        if m.kind == "actor":
            assert lex.actor(m.label).inter == m.data["inter"]
        elif m.kind == "person":
            assert lex.actor(m.data["actor"]) is not None
        elif m.data.get("actor"):
            assert lex.actor(m.data["actor"]) is not None


def test_coordinated_nationalities(lex):
    assert found(lex, "طالت عشرات المسلحين الصينيين والأوزبك والشيشان والبلجيكيين بعد") == [
        ("actor", "المسلحين الصينيين والأوزبك والشيشان والبلجيكيين", "Unidentified Armed Group (Syria)")]
    assert found(lex, "قتل الجنود الأمريكيين والبريطانيين") == [
        ("actor", "الجنود الأمريكيين", "Military Forces of the United States"),
        ("actor", "البريطانيين", "Military Forces of the United Kingdom")]
    # «وسائط دفاعنا الجوي»: the teller's own air defences, the army of the article's country
    assert found(lex, "وأضاف المصدر أن وسائط دفاعنا الجوي تصدت لصواريخ العدوان") == [
        ("actor", "وسائط دفاعنا الجوي", "Military Forces of Syria")]
    # the government's forces of a country are its army, not its government
    assert found(lex, "قتل 12 عنصرا من قوات الحكومة اليمنية") == [
        ("actor", "قوات الحكومة اليمنية", "Military Forces of Yemen")]
    # a nationality adjective alone after «و» shares the head of the forces before it
    assert found(lex, "اندلعت اشتباكات عنيفة بين القوات الأذربيجانية والأرمنية في الإقليم") == [
        ("actor", "القوات الأذربيجانية", "Military Forces of Azerbaijan"),
        ("actor", "الأرمنية", "Military Forces of Armenia")]


def test_one_foreign_air_force_does_not_make_the_article_foreign(lex):
    text = "قالت مصادر إن قوات النظام قصفت بلدة كفرنبل، ما أدى لمقتل 3 مدنيين، فيما استهدفت طائرات حربية روسية محيطها"
    assert [label for _, _, label in found(lex, text)] == [
        "Military Forces of Syria", "Civilians (Syria)", "Military Forces of Russia"]


def test_army_alone_in_palestine_is_israels(lex):
    text = "اقتحم الجيش الإسرائيلي مخيم جنين وقال الجيش إن جنوده اعتقلوا خمسة فلسطينيين في الضفة الغربية"
    assert found(lex, text) == [("actor", "الجيش الإسرائيلي", "Military Forces of Israel"),
                                ("actor", "الجيش", "Military Forces of Israel"),
                                ("actor", "فلسطينيين", "Civilians (Palestine)")]


def test_generic_force_linked_to_named_actor(lex):
    [m] = lex.recognise("قصف الطيران الحربي التابع للتحالف الدولي بقيادة واشنطن مواقع")
    assert (m.text, m.label, m.data["generic"]) == (
        "الطيران الحربي التابع للتحالف الدولي بقيادة واشنطن", "Global Coalition Against Daesh", False)


def test_generic_flag(lex):
    flags = {m.text: m.data["generic"] for m in lex.recognise("قال الجيش العراقي إن الجيش قتل مسلحين مجهولين")}
    assert flags == {"الجيش العراقي": False, "الجيش": True, "مسلحين مجهولين": True}


def test_outlet_after_org_title_is_not_a_name(lex):
    assert found(lex, "وقال قيادي في فرقة الحمزات لعنب بلدي إن") == [
        ("actor", "فرقة الحمزات", "Hamza Division"), ("outlet", "عنب بلدي", "Enab Baladi")]


def test_brackets_and_repeated_spaces_inside_names(lex):
    assert found(lex, "مستهدفة مقاتلي (الشباب) الذين") == [("actor", "مقاتلي (الشباب", "Al Shabaab")]
    assert found(lex, "بين قوات الناتو  ومسلحي ( طالبان ) قتل") == [
        ("actor", "قوات الناتو", "NATO"), ("actor", "مسلحي ( طالبان", "Taliban")]


def test_adjective_uses_are_not_actors(lex):
    assert found(lex, "قتل شرطي في هجوم مسلح استهدف دوريته") == []
    assert found(lex, "ولد الشيخ عبد الله") == []


def test_the_coalition_of_afghanistan_is_not_the_one_against_daesh(tmp_path):
    from marsad.model import Article
    from marsad.pipeline import Pipeline
    from marsad.pipeline.resources import Resources
    pipe = Pipeline.default(Resources(tmp_path), until="actors")
    doc = pipe(Article(id="t", text="قتل ثلاثة جنود من قوات التحالف في هجوم انتحاري في ولاية قندهار الأفغانية."))
    assert [m.label for m in doc.mentions_of("actor") if m.text == "قوات التحالف"] == ["International Forces"]
    doc = pipe(Article(id="t", text="قصفت قوات التحالف مواقع لتنظيم داعش في مدينة الرقة السورية."))
    assert [m.label for m in doc.mentions_of("actor") if m.text == "قوات التحالف"] == ["Global Coalition Against Daesh"]


@pytest.mark.parametrize("published, label", [
    # the name the Syrian Ministry of Interior gave its forces in 2025 was the Asayish's before
    (date(2024, 3, 1), "Asayish"),
    (date(2026, 12, 5), "Police Forces of Syria"),
    (None, "Asayish"),  # no date: the older reading stands
])
def test_an_alias_valid_until_a_day(lex, published, label):
    text = "هاجمت مجموعة مسلحة حاجزا لقوى الأمن الداخلي في ريف جبلة بمحافظة اللاذقية السورية"
    actors = [(m.text, m.label) for m in lex.recognise(text, published=published) if m.kind == "actor"]
    assert actors == [("مجموعة مسلحة", "Unidentified Armed Group (Syria)"), ("قوى الأمن الداخلي", label)]


def test_internal_security_forces_of_lebanon_and_of_the_north_east():
    lex = ActorLexicon.load()
    assert found(lex, "قالت قوى الأمن الداخلي اللبنانية إن دورية تعرضت لإطلاق نار", "actor") == [
        ("actor", "قوى الأمن الداخلي اللبنانية", "Police Forces of Lebanon")]
    actors = [(m.text, m.label) for m in lex.recognise("اعتقلت قوى الأمن الداخلي في شمال وشرق سوريا شابا",
                                                       published=date(2026, 1, 5)) if m.kind == "actor"]
    assert actors[0] == ("قوى الأمن الداخلي في شمال وشرق سوريا", "Asayish")


def test_a_descriptor_keeps_its_proclitic_out_of_the_mention(lex):
    # «وكرا لعصابات داعش»: the mention starts at «عصابات», so «ل» tells it is governed
    assert found(lex, "استهدفت وكرا لعصابات داعش الإرهابية", "actor") == [("actor", "عصابات داعش", "Islamic State (Syria)")]
    assert found(lex, "نفذ طيران القوة الجوية العراقية ضربة", "actor") == [
        ("actor", "طيران القوة الجوية العراقية", "Military Forces of Iraq")]


def test_turkish_initials_of_the_pkk_and_ypg(lex):
    # Anadolu: «بي كا كا/ي ب ك» names both; «إرهابيو "ي ب ك"» alone is the YPG
    labels = [m.label for m in lex.recognise("تحييد 17 إرهابيا من تنظيم بي كا كا/ي ب ك") if m.kind == "actor"]
    assert labels[:2] == ["Kurdistan Workers' Party", "People's Protection Units"]
    assert [m.label for m in lex.recognise('هجوم شنه إرهابيو "ي ب ك" على قاعدة تركية') if m.kind == "actor"] == [
        "People's Protection Units"]


def test_unnamed_men_loyal_to_the_group_before_are_its_side(lex):
    # «والمسلحين الموالين لها»: the pro-government gunmen are the regime's side, one mention
    assert found(lex, "قتل 17 عنصرا من قوات النظام والمسلحين الموالين لها في الاشتباكات", "actor") == [
        ("actor", "قوات النظام والمسلحين الموالين لها", "Military Forces of Syria")]
    # a group of its own loyal to it stays an ally of its own, and gunmen loyal to no pronoun stay unnamed
    assert [m.label for m in lex.recognise("سيطرت القوات التركية والفصائل الموالية لها على القرية")
            if m.kind == "actor"] == ["Military Forces of Turkey", "Opposition Rebels (Syria)"]
    assert [m.label for m in lex.recognise("اشتبكت قوات النظام والمسلحين في البلدة") if m.kind == "actor"] == [
        "Military Forces of Syria", "Unidentified Armed Group (Syria)"]


def test_a_countrys_short_form_after_its_actor_was_named_in_full(lex):
    # Anadolu (an article about Turkey): «قوات النظام» alone is the regime after «قوات النظام السوري»
    text = ("أنقرة - الأناضول: أعلن والي هاتاي رحمي دوغان مقتل 33 جنديا تركيا وإصابة 32 آخرين جراء غارة جوية "
            "لقوات النظام السوري استهدفت مواقعهم في منطقة إدلب. وقالت وزارة الدفاع التركية في بيان إن الجيش "
            "التركي رد على الفور، ما أدى إلى تحييد 309 عناصر من قوات النظام.")
    labels = [m.label for m in lex.recognise(text, country="Turkey") if m.kind == "actor"]
    assert labels.count("Military Forces of Syria") == 2
    # not when the short form names an actor of the article's own country («قوات التحالف» in Afghanistan)
    text = "قال متحدث باسم التحالف الدولي إن هجوما استهدف قافلة لقوات التحالف قرب كابل في أفغانستان."
    assert [m.label for m in lex.recognise(text) if m.kind == "actor"][-1] == "International Forces"


def test_units_of_a_force_the_context_names(lex):
    # «وحدات من الجيش», «عناصر من الشرطة»: the units are the force's mention (it was «الجيش» alone,
    # and «من» made the force look governed, no subject)
    assert found(lex, "دمرت وحدات من الجيش بضربات مركزة أوكارا للإرهابيين", "actor")[0] == (
        "actor", "وحدات من الجيش", "Military Forces of Syria")
    # but a linker does not make the security services the government's mention
    labels = [m.label for m in lex.recognise("وانتقد النائب الأجهزة الأمنية التابعة للحكومة") if m.kind == "actor"]
    assert "Police Forces of Syria" in labels


def test_no_two_outlets_share_a_name():
    # an outlet's alias written in two entries («التلفزيون السوري» was Syrian TV and Syrian state
    # TV) makes the teller depend on the order of the file
    import yaml

    from marsad.actors.lexicon import DATA_DIR
    from marsad.text.normalize import normalize
    data = yaml.safe_load((DATA_DIR / "outlets.yaml").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for entry in data["outlets"]:
        for alias in entry.get("aliases") or []:
            key = normalize(str(alias)).lower()
            assert seen.setdefault(key, entry["id"]) == entry["id"], f"{alias!r} in {seen[key]} and {entry['id']}"
