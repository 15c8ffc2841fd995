"""Extraction rules on short articles: attribution, hedges, denials, negation, intent, names,
lists of places, casualties, protests, headlines and within-article merging."""
from __future__ import annotations

from datetime import date
from operator import attrgetter

import pytest

from geo_helpers import ocha_home  # noqa: F401 - session fixture
from marsad.events.triggers import TriggerLexicon
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources
from marsad.text.normalize import normalize

PUBLISHED = date(2020, 1, 27)

VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence")


@pytest.fixture(scope="module")
def extract(ocha_home):  # noqa: F811
    pipeline = Pipeline.default(Resources(home=ocha_home))

    def run(text: str, source: str | None = None):
        return pipeline(Article(id="t", text=text, published=PUBLISHED, source=source)).events
    return run


def test_a_bare_object_pronoun_on_a_verb_of_harm_needs_its_doer_after_it(extract):
    # «قتلة»: killers, written with «ة» (the same letters once normalised); «بعد قتله»: the noun
    for text in ("قتلة مسلحون في بغداد.", "اتهمت العائلة الشرطة بقتله في بغداد مسلحون ملثمون."):
        assert not [e for e in extract(text) if e.field_evidence["sub_event_type"].text in ("قتلة", "بقتله")]
    ev, = extract("قتله مسلحون ملثمون في بغداد.")
    assert (ev.actor1, ev.field_evidence["sub_event_type"].text) == ("Unidentified Armed Group (Iraq)", "قتله")


def test_a_side_that_withdrew_or_a_subject_no_lexicon_knows_is_no_taker_told_before(extract):
    # the regime's forces left; the south's takers are others
    text = ("وقالت هيئة تحرير الشام في بيان إن مقاتليها سيطروا على مدينة سراقب، فيما انسحبت قوات "
            "النظام من مواقعها في محيطها.\n\nوفي الجنوب، سيطرت عشائر الجبل على مدينة السويداء.")
    takers = {ev.location.name: ev.actor1 for ev in extract(text)}
    assert takers.get("Saraqab") == "Hayat Tahrir al-Sham"
    assert takers.get("As-Sweida") != "Military Forces of Syria"
    assert takers.get("As-Sweida") != "Hayat Tahrir al-Sham"
    # an adverb between the verb and its object is no subject: the side told before took it
    text = "سيطرت هيئة تحرير الشام على قرية الحماميات أمس.\n\nوسيطرت بشكل كامل على قرية الجبين المجاورة."
    assert [e.actor1 for e in extract(text)] == ["Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"]
    ev, = [e for e in extract("وفي الجنوب، سيطرت فصائل محلية على مدينة درعا.") if e.event_type == "Battles"]
    assert (ev.sub_event_type, ev.actor1) == ("Non-state actor overtakes territory", "Unidentified Armed Group (Syria)")


def test_a_bomb_a_drone_dropped_is_an_air_strike_and_tear_gas_no_bomb(extract):
    ev, = extract("وكانت طائرة مسيرة إسرائيلية قد ألقت قنبلة صوتية على بلدة عيترون صباح اليوم، من دون أن "
                  "تسجل إصابات، وفق الوكالة الوطنية للإعلام.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Israel", "Aitaroun", 0)
    assert not [e for e in extract("وألقت قوات الأمن العراقية قنابل الغاز المسيل للدموع على المتظاهرين في بغداد.")
                if e.event_type == "Explosions/Remote violence"]
    # nor stun grenades («قنابل الصوت»)
    assert not [e for e in extract("أصيب 300 فلسطيني في باحات المسجد الأقصى بعد إطلاق القوات الإسرائيلية الرصاص "
                                   "المطاطي وقنابل الصوت.") if e.event_type == "Explosions/Remote violence"]


def test_a_witness_account_placed_only_by_the_article_is_the_event_told_before(extract):
    text = ("استشهد 31 فلسطينيا وأصيب أكثر من 170 آخرين، صباح اليوم، برصاص الجيش الإسرائيلي قرب مركز لتوزيع "
            "المساعدات غربي مدينة رفح جنوبي قطاع غزة.\n\nوقال شهود عيان إن القوات الإسرائيلية فتحت النار على "
            "آلاف المواطنين الذين تجمعوا فجرا لتلقي المساعدات الغذائية.\n\nونفى الجيش الإسرائيلي في بيان أن تكون "
            "قواته أطلقت النار على المدنيين قرب موقع توزيع المساعدات.")
    ev, = [e for e in extract(text) if e.event_type in VIOLENT]
    assert (ev.actor1, ev.location.name, ev.fatalities, ev.certainty) == ("Military Forces of Israel", "Rafaḩ", 31, "reported")
    assert "denied by" in ev.notes


def test_a_number_in_a_name_counts_no_dead(extract):
    ev, = extract("اندلعت اشتباكات عنيفة، مساء الاثنين، في العاصمة الليبية طرابلس بين جهاز دعم الاستقرار واللواء "
                  "444 قتال، عقب مقتل رئيس الجهاز.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 0)


def test_shots_fired_into_the_air_attack_no_one(extract):
    text = ("توغلت قوة من الجيش الإسرائيلي، صباح اليوم، في قرية الرفيد بريف القنيطرة الجنوبي، واعتقلت شابين.\n\n"
            "وذكرت وكالة سانا أن القوة المتوغلة أطلقت النار في الهواء لترهيب الأهالي، قبل أن تنسحب.")
    assert [e.sub_event_type for e in extract(text)] == ["Arrests"]


def test_air_defences_that_met_drones_intercepted_them(extract):
    text = ("شنت قوات الدعم السريع، فجر الأحد، هجوما بطائرات مسيرة على مدينة بورتسودان، وفق ما أفاد المتحدث "
            "باسم الجيش السوداني.\n\nوأضاف المتحدث أن الدفاعات الأرضية تصدت للمسيرات وأسقطت عددا منها.")
    subs = [(e.sub_event_type, e.actor1) for e in extract(text)]
    assert subs == [("Air/drone strike", "Rapid Support Forces"), ("Disrupted weapons use", "Military Forces of Sudan")]


def test_a_frame_that_opens_as_background_reports_its_own_later_verb(extract):
    # «... بعد تفجير سيارة مفخخة عند مدخله، واشتبكوا مع قوات الأمن لساعات»: the clash is told
    ev, = extract("قالت الشرطة الصومالية إن مسلحين من حركة الشباب اقتحموا فندقا قريبا من القصر الرئاسي في العاصمة "
                  "مقديشو، مساء الخميس، بعد تفجير سيارة مفخخة عند مدخله، واشتبكوا مع قوات الأمن لساعات.")
    assert (ev.actor1, ev.location.name) == ("Al Shabaab", "Mogadishu")


def test_a_toll_of_several_days_since_a_weekday_is_no_event(extract):
    assert not extract("قال المرصد السوري لحقوق الإنسان إن عدد القتلى المدنيين في منطقة الساحل السوري ارتفع إلى "
                       "745 شخصا، قتلوا في 30 مجزرة ارتكبتها قوات الأمن في قرى بمحافظتي اللاذقية وطرطوس منذ "
                       "يوم الخميس.")


def test_an_event_word_quoted_for_emphasis_after_its_head_noun_is_told(extract):
    events = extract('وأضاف المرصد السوري أن عمليات "إعدام ميدانية" جرت في قرى الشير والمختارية والصنوبر.')
    assert [(e.sub_event_type, e.location.name_ar) for e in events] == [
        ("Attack", "الشير"), ("Attack", "المختارية"), ("Attack", "الصنوبر")]


def test_deaths_from_illness_are_still_no_event(extract):
    assert not [e for e in extract("توفي ثلاثة أشخاص بمرض الكوليرا في مخيم زمزم أمس.") if e.event_type in VIOLENT]


def test_lexicon_matches_clitics_and_endings():
    lex = TriggerLexicon.load()
    found = {(h.kind, h.name, h.prefix, h.suffix) for h in lex.find(normalize("وسيطرت القوات")) if h.kind == "trigger"}
    assert ("trigger", "territory", "و", "ت") in found
    # «المسيطر» is not «سيطر» with a proclitic
    assert not [h for h in lex.find(normalize("المسيطرة")) if h.kind == "trigger"]
    # a name built on a trigger word is a blocker, not a trigger
    hits = lex.find(normalize("هيئة تحرير الشام"))
    assert any(h.kind == "blocker" for h in hits)


def test_a_knowledge_file_missing_a_list_is_named_in_one_line(tmp_path, monkeypatch):
    from knowledge_helpers import broken_knowledge

    cues = broken_knowledge(tmp_path, monkeypatch, "cues.yaml", lambda t: t.replace("\ntoll_words:", "\nno_such_list:"))
    with pytest.raises(ValueError) as err:
        TriggerLexicon.load()
    assert str(err.value) == f"{cues}: missing the list 'toll_words'"
    with pytest.raises(ValueError, match="cues.yaml: missing the word set 'nothing' in word_sets"):
        TriggerLexicon(families={}, entries=[]).words("nothing")


@pytest.mark.parametrize("old, new, said", [
    ("  verb_object:", "  verb_objects:", "triggers.yaml: unknown suffix class 'verb_object' (not in suffixes)"),
    ("    strength: 1\n    verbs: [ألقى", "    strength: one\n    verbs: [ألقى",
     "triggers.yaml: strength must be a whole number, not 'one'"),
])
def test_an_unknown_suffix_class_or_a_word_for_a_number_is_named_in_one_line(tmp_path, monkeypatch, old, new, said):
    from knowledge_helpers import broken_knowledge

    path = broken_knowledge(tmp_path, monkeypatch, "triggers.yaml", lambda t: t.replace(old, new, 1))
    with pytest.raises(ValueError) as err:
        TriggerLexicon.load()
    assert str(err.value) == f"{path.parent}/{said}"


def test_a_key_written_twice_in_a_knowledge_file_is_named_with_its_line(tmp_path, monkeypatch):
    # an analyst pastes a split block between another's objects and its window: YAML alone would
    # keep the second window and lose the first without a word
    from knowledge_helpers import broken_knowledge

    def twice(text: str) -> str:
        return text.replace("    window: 7  #", "    window: 4\n    window: 7  #", 1)
    path = broken_knowledge(tmp_path, monkeypatch, "triggers.yaml", twice)
    line = next(i for i, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if t.startswith("    window: 7  #"))
    with pytest.raises(ValueError) as err:
        TriggerLexicon.load()
    assert str(err.value) == f"{path}:{line}: not valid YAML (the key 'window' is written twice in one mapping)"


def test_attribution_outlet_first_and_unnamed_source_in_notes(extract):
    ev, = extract("وأفاد مصدر عسكري محلي لـRT بأن الجيش السوري سيطر على قرية بسيدا.")
    assert ev.sources == ["RT"]
    assert "مصدر عسكري محلي" in ev.notes


def test_attribution_carries_over_to_a_continuing_paragraph(extract):
    events = extract("أفادت وكالة «سانا» بأن الجيش السوري خاض معارك عنيفة قرب بلدة معصران.\n\n"
                     "وأشارت إلى أن الاشتباكات انتهت بالسيطرة على قرية الصوامع.")
    assert [e.sources for e in events] == [["SANA"], ["SANA"]]
    # the capture in the second paragraph has no agent of its own: the army fighting just before
    assert events[1].sub_event_type == "Government regains territory"
    assert events[1].actor1 == "Military Forces of Syria"


def test_the_datelines_outlet_heads_the_chain_of_sources(extract):
    # «موسكو - سبوتنيك»: Sputnik tells what the Russian general and SOHR said
    evs = extract("موسكو - سبوتنيك\n\nوأضاف رئيس مركز المصالحة الروسي أن مسلحي هيئة تحرير الشام أطلقوا قذائف "
                  "هاون على بلدة كفر حلب في ريف حلب الغربي.\n\nوقال المرصد السوري لحقوق الإنسان إن طائرات "
                  "حربية روسية نفذت 8 غارات على محيط بلدة البارة.")
    assert [e.sources for e in evs] == [["Sputnik", "Russian Reconciliation Center"],
                                        ["Sputnik", "SOHR"]]


def test_destroying_a_military_post_and_killing_its_men_is_one_battle(extract):
    # the destruction of a military object joins the sentence's killing; «عددا منهم» is 3
    ev, = extract("ذكرت وكالة سانا أن وحدات الجيش العربي السوري دمرت مقرا للإرهابيين في قرية الفطيرة بريف "
                  "إدلب الجنوبي، وقتلت عددا منهم.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar, ev.fatalities, ev.sources) == (
        "Armed clash", "Military Forces of Syria", "فطيرة", 3, ["SANA"])


def test_no_attribution_no_sources_unless_the_article_has_an_outlet(extract):
    text = "سيطر الجيش السوري على قرية تقانة أمس."
    assert extract(text)[0].sources == []
    assert extract(text, source="Enab Baladi")[0].sources == ["Enab Baladi"]


def test_a_denier_speaks_for_itself_and_is_no_side(extract):
    evs = extract("وقال رئيس مركز المصالحة الروسي اللواء يوري بورينكوف إن الإرهابيين أطلقوا قذائف على بلدة "
                  "كفرحمرة.\n\nمن جهته، نفى فصيل الجبهة الوطنية للتحرير هذه الاتهامات، مؤكدا أن قوات النظام "
                  "هي من قصفت بلدة كفر حمرة يوم السبت.")
    first, second = evs
    assert first.sources == ["head of the Russian Reconciliation Center"]
    # «مؤكدا» is the faction's word: the Russian general's attribution is not carried over to it
    assert (second.actor1, second.actor2, second.sources) == ("Military Forces of Syria", None, [])
    # denying one's own act keeps the denier as the one who (allegedly) did it
    ev, = extract("نفى الجيش التركي قصف قرى في ريف تل أبيض امس.")
    assert (ev.actor1, ev.certainty) == ("Military Forces of Turkey", "denied")


def test_allegation_is_claimed(extract):
    ev, = extract("زعمت وكالة سانا أن مسلحي هيئة تحرير الشام قصفوا بلدة سراقب بقذائف تحوي غاز الكلور أمس.")
    assert ev.certainty == "claimed"
    assert ev.sub_event_type == "Chemical weapon"
    assert ev.actor1 == "Hayat Tahrir al-Sham"
    assert ev.sources == ["SANA"]
    assert ev.event_date == date(2020, 1, 26)


def test_hedge_after_the_fact_is_claimed(extract):
    ev, = extract("قصفت طائرات حربية بلدة حاس أمس، على الأرجح روسية.")
    assert ev.certainty == "claimed"
    assert ev.sub_event_type == "Air/drone strike"


def test_a_hedge_on_who_did_it_leaves_the_event_reported(extract):
    ev, = extract("هاجم مسلحون يعتقد أنهم من تنظيم داعش نقطة تفتيش للجيش العراقي قرب المقدادية امس.")
    assert (ev.sub_event_type, ev.certainty) == ("Armed clash", "reported")
    ev, = extract("استهدفت طائرة مسيرة يرجح أنها تركية سيارة في مدينة القامشلي امس.")
    assert (ev.actor1, ev.certainty) == ("Military Forces of Turkey", "reported")
    # a hedge on the event itself, or a personal claim, still makes it claimed
    ev, = extract("يعتقد أن القوات التركية قصفت قرية في ريف الحسكة امس.")
    assert ev.certainty == "claimed"


def test_an_earlier_events_date_is_not_the_articles(extract):
    # the only date is in the «وكان ... قد» paragraph: the undated events are of the day of publication
    evs = extract("قتل 4 مدنيين جراء سقوط قذائف أطلقتها قوات النظام على بلدة ذيبان في ريف دير الزور الشرقي."
                  "\n\nوكان المرصد السوري قد وثق أمس الأول مقتل عنصرين من قسد برصاص قناص قرب بلدة الحوايج.")
    assert [(e.location.name_ar, e.event_date) for e in evs] == [
        ("ذيبان", PUBLISHED), ("الحوايج", date(2020, 1, 25))]


def test_a_person_named_by_trade_is_one_victim(extract):
    ev, = extract("أقدم مجهولون على اغتيال إمام مسجد في مدينة عدن مساء الأربعاء الماضي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)", 1)


def test_what_a_group_says_it_will_do_again_is_no_event(extract):
    assert extract("قالت حركة طالبان امس انها ستعيد احتجاز رهينة ايطالي في ولاية هلمند.") == []


def test_denial(extract):
    ev, = extract("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت بلدة كفرنبل أمس.")
    assert ev.certainty == "denied"
    assert ev.sources == ["Russian Ministry of Defence"]


@pytest.mark.parametrize("text", [
    "لم تحدث اشتباكات في مدينة سراقب أمس.",
    "يعتزم الجيش السوري اقتحام مدينة سراقب خلال الأيام المقبلة.",
    "سيقصف الجيش مدينة سراقب إذا لم ينسحب المسلحون.",
    "أحبطت قوات الأمن محاولة تفجير سيارة مفخخة في مدينة إدلب.",
    "طالب الأهالي بوقف الغارات على مدينة أريحا.",
    # the abduction is how the released were held
    "أفرج رجال قبائل عن سائحتين يابانيتين اختطفتا في مأرب في وقت سابق.",
    "أطلق خاطفون نيجيريون أمس سراح طفلة بريطانية كانوا قد خطفوها في دلتا النيجر يوم الخميس الماضي.",
    # the attack is what the fugitives are wanted for
    "تواصلت عمليات البحث عن الموريتانيين الثلاثة الفارين الذين نفذوا يوم الاثنين هجوما ضد سياح فرنسيين أسفر عن مقتل 4 منهم.",
])
def test_negation_intent_demands_foiled_plans_and_descriptions_make_no_event(extract, text):
    assert [e for e in extract(text) if e.event_type != "Strategic developments"] == []


def test_no_casualties_is_zero_injured_not_no_event(extract):
    ev, = extract("انفجرت عبوة ناسفة في مدينة سراقب أمس دون وقوع إصابات.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.fatalities, ev.injured) == (0, 0)


@pytest.mark.parametrize("text", [
    "قالت مصادر محلية إن الجبهة الوطنية للتحرير عززت مواقعها في سراقب.",
    "وصل وفد من هيئة «تحرير الشام» إلى مدينة إدلب أمس.",
    "تقع مدينة سراقب في منطقة خفض التصعيد.",
    "وجاء ذلك بعد إعلان وقف إطلاق النار الأخير في إدلب.",
    # «لتحرير العاصمة»: a noun of taking ground with «لـ» is an aim
    "أعلنت القيادة العامة أن وحداتها تتقدم ضمن عملية \"طوفان الكرامة\" لتحرير العاصمة طرابلس.",
    # an arrest of common criminals is no ACLED event
    "ألقت الأجهزة الأمنية بمحافظة الجيزة القبض على تشكيل عصابي تخصص في سرقة السيارات بمنطقة فيصل.",
    # a verb alone in quotes is someone's word, not the report's (scare quotes)
    "لكن الشرطة «خطفته» من إحدى النوافذ على ارتفاع 340 مترا في مدينة حلب.",
])
def test_trigger_words_that_report_no_event(extract, text):
    # names holding trigger words, aims, scare quotes, common crime
    assert extract(text) == []


def test_one_event_per_place_and_non_state_capture(extract):
    events = extract("سيطرت هيئة تحرير الشام على قرية كفرنبل وبلدة حاس أمس.")
    assert [e.location.gazetteer_id for e in events] == ["ocha:C4068", "ocha:C4058"]
    assert {e.sub_event_type for e in events} == {"Non-state actor overtakes territory"}
    assert {e.actor1 for e in events} == {"Hayat Tahrir al-Sham"}
    # «، إضافة إلى قرية الطلحية»: the list goes on
    events = extract("سيطرت الفصائل المدعومة من تركيا على بلدات النيرب وسراقب وآفس، إضافة إلى قرية الطلحية.")
    assert [e.location.name_ar for e in events] == ["النيرب", "سراقب", "افس", "طلحية"]


def test_a_toll_told_place_by_place_is_one_event_per_place(extract):
    # SOHR: «قتل 5 مدنيين ... 3 منهم في بلدة كفرنبل و2 في بلدة حاس»: two events, 3 and 2 dead
    evs = extract("قتل 5 مدنيين في غارات روسية على ريف إدلب، 3 منهم في بلدة كفرنبل و2 في بلدة حاس.")
    assert [(e.location.name_ar, e.fatalities) for e in evs] == [("كفر نبل", 3), ("حاس", 2)]
    # counts that do not add up to the toll leave it whole
    ev, = extract("قتل 5 مدنيين في غارات روسية على ريف إدلب، 3 منهم في بلدة كفرنبل.")
    assert ev.fatalities == 5
    # a part with an event word of its own is its own event; the rest stay where the toll was told
    evs = extract("استشهد 28 فلسطينيا على الأقل في غارات إسرائيلية على مناطق متفرقة من قطاع غزة، بينهم 11 في "
                  "قصف استهدف منزلا لعائلة السقا في مخيم النصيرات وسط القطاع.")
    assert [(e.location.name, e.fatalities) for e in evs] == [("Gaza Strip", 17), ("Nuseirat Camp", 11)]


def test_a_retelling_on_the_place_named_before_is_the_same_event(extract):
    # «على الحي» is the neighbourhood named before, not «ريف حلب» where the shooters are
    ev, = extract("استشهد ثلاثة مدنيين جراء اعتداء الإرهابيين بالقذائف الصاروخية على حي الحمدانية في "
                  "مدينة حلب صباح اليوم.\n\nوذكر مراسل سانا في حلب أن الإرهابيين المنتشرين في ريف حلب "
                  "الغربي أطلقوا 4 قذائف صاروخية على الحي.")
    assert (ev.location.name_ar, ev.fatalities) == ("الحمدانية", 3)
    assert "also told at" in ev.notes


def test_a_clause_opening_with_fima_tells_an_event_of_its_own(extract):
    # SOHR: the day's toll, then each event with its own dead, agent and place
    evs = extract("ارتفع إلى 9 عدد الذين قتلوا جراء القصف الجوي والصاروخي على ريف إدلب الجنوبي منذ صباح "
                  "اليوم، حيث قضى 5 مواطنين في غارات روسية على بلدة معرة حرمة، فيما قضى 4 آخرون في قصف "
                  "صاروخي لقوات النظام على مدينة خان شيخون.")
    assert [(e.sub_event_type, e.actor1, e.location.name, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Russia", "Maar Tahroma", 5),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Khan Shaykun", 4)]


def test_the_day_so_far_at_one_place_is_one_event(extract):
    # no rising toll: «منذ صباح اليوم» is when, not a tally of the day
    ev, = extract("شن الطيران الحربي الروسي 12 غارة جوية على مدينة معرة النعمان منذ صباح اليوم.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Air/drone strike", "Military Forces of Russia", "Ma'arrat An Nu'man")
    ev, = extract("قالت وزارة الصحة في غزة إن 27 فلسطينيا استشهدوا في غارات إسرائيلية على مخيم جباليا "
                  "منذ فجر اليوم.")
    assert (ev.actor1, ev.location.name_ar, ev.fatalities) == ("Military Forces of Israel", "مخيم جباليا", 27)


def test_a_light_verb_its_subject_and_a_count_before_the_event_noun(extract):
    # «نفذت طائرات النظام الحربية 14 غارة على كل من ...»: one strike event per village of the list
    evs = extract("ونفذت طائرات النظام الحربية 14 غارة على كل من كفرسجنة والتح وحيش وتحتايا في ريف إدلب.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Air/drone strike", "Military Forces of Syria", name) for name in ("Kafrsajna", "Tah", "Heish", "Tahtaya")]


def test_a_sentence_with_no_place_continues_the_story_told_before(extract):
    # the retelling in the second paragraph is where the first telling was, not in Diyala,
    # which the article names only after it; so the two tellings merge
    evs = extract("قتل خمسة أشخاص بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد اليوم.\n\n"
                  "وأوضح المصدر أن السيارة كانت مركونة قرب مطعم، وانفجرت عند الساعة العاشرة صباحا.\n\n"
                  "وفي محافظة ديالى، هاجم مسلحون نقطة تفتيش للجيش قرب قضاء المقدادية، ما أسفر عن مقتل جنديين.")
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in evs] == [
        ("Remote explosive/landmine/IED", "Sadr City", 5), ("Armed clash", "Al Miqdādīyah", 2)]
    assert "also told at" in evs[0].notes


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # the ministry that tells of drones shot down claims it for its own forces
    ("أعلنت وزارة الدفاع السورية إسقاط طائرات مسيرة أطلقتها هيئة تحرير الشام باتجاه مدينة حلب.",
     "Disrupted weapons use", "Military Forces of Syria", "Hayat Tahrir al-Sham"),
    # the subject and a place phrase between the split verb and its object
    ("أسقطت الدفاعات الجوية الروسية في قاعدة حميميم طائرتين مسيرتين أطلقتا من منطقة خفض التصعيد.",
     "Disrupted weapons use", "Military Forces of Russia", None),
    # a count, or a date, between the subject and the object of a split verb
    ("أسقطت الدفاعات الجوية السورية ثلاث طائرات مسيرة فوق ريف حماة الشمالي.",
     "Disrupted weapons use", "Military Forces of Syria", None),
    ("ألقت قوات الأمن العراقية امس القبض على 15 شخصا في الموصل.",
     "Arrests", "Police Forces of Iraq", "Civilians (Iraq)"),
    # a unit «من» its force is the force: after the verb, or opening its clause
    ("داهمت دورية من الأمن العسكري منزلا في حي الكاشف بمدينة درعا واعتقلت شابين.",
     "Arrests", "Military Forces of Syria", "Civilians (Syria)"),
    ("وقال المصدر إن دورية من الأمن العسكري اعتقلت شابين في مدينة درعا.",
     "Arrests", "Military Forces of Syria", "Civilians (Syria)"),
    # a generic verb whose armed subject struck a unit of an armed force
    ("استهدف مسلحون مجهولون دورية للجيش التركي في ريف الحسكة.",
     "Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Turkey"),
    # a bare «قتل» opening its clause, its victims right after it, a generic event word after them
    ("وقتل عناصر من الجيش السوري في هجوم على حاجز قرب درعا.",
     "Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    # the claimer's name may be followed by another name for it between commas
    ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، تفجير دبابة إسرائيلية بعبوة ناسفة شرق خان يونس.",
     "Remote explosive/landmine/IED", "Hamas", "Military Forces of Israel"),
    # a battle needs two armed sides: a civilian shot during confrontations was attacked
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي خلال مواجهات اندلعت في مخيم الفارعة جنوب طوباس.",
     "Attack", "Military Forces of Israel", "Civilians (Palestine)"),
    # factions named by their nation; a name inside a place name is part of it («عين الأسد»)
    ("استهدفت الفصائل العراقية قاعدة عين الأسد بطائرة مسيرة.",
     "Air/drone strike", "Unidentified Armed Group (Iraq)", None),
    ("أطلقت الفصائل الفلسطينية رشقة صاروخية من قطاع غزة باتجاه مستوطنات الغلاف.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", None),
    # the unnamed men a descriptor takes in are the group; a state installation attacked is
    # the forces of the country the event is in (police for a police post)
    ("هاجم مسلحون من حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى جنوب الصومال.",
     "Armed clash", "Al Shabaab", "Military Forces of Somalia"),
    ("هاجم مسلحون مجهولون مخفرا للشرطة في مدينة الرمادي.",
     "Armed clash", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    # SANA: «إرهابيين من» takes the named group in; its subject after «أن» may stand far from
    # the verb that launched the event noun
    ("وذكر مراسل سانا في حماة أن إرهابيين من تنظيم جبهة النصرة المنتشرين في ريف إدلب الجنوبي أطلقوا "
     "صباح اليوم 3 قذائف صاروخية على الأحياء السكنية في بلدة السقيلبية ما تسبب باستشهاد مدنيين اثنين.",
     "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Civilians (Syria)"),
    # a ministry of the forces that make arrests tells them («وزارة الداخلية»: the police)
    ("أعلنت وزارة الداخلية العراقية القبض على إرهابي متورط بتفجير سوق في بغداد.",
     "Arrests", "Police Forces of Iraq", "Civilians (Iraq)"),
    # a weapon named by the group fires for it
    ("أصيب طفلان بقذيفة حوثية على حي سكني في مدينة تعز.",
     "Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Civilians (Yemen)"),
    ("قتل مدني برصاص قناص حوثي في مديرية التحيتا جنوب الحديدة.",
     "Attack", "Houthi Movement (Ansar Allah)", "Civilians (Yemen)"),
    # «مقاتليه»: the announcing group's own fighters; «موقع المالكية الإسرائيلي» is in Israel
    ("وأعلن حزب الله في بيان أن مقاتليه استهدفوا موقع المالكية الإسرائيلي بالأسلحة الصاروخية.",
     "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel"),
    # «ردت بقصف»: responded with shelling
    ("وردت المدفعية الإسرائيلية بقصف أطراف بلدة كفركلا.",
     "Shelling/artillery/missile attack", "Military Forces of Israel", None),
    # «أعلنت ... عن مقتل»: what the group announces happened; the announcer is not the attacker
    ("أعلنت هيئة تحرير الشام عن مقتل قيادي بارز في صفوفها بغارة لطائرة مسيرة تابعة للتحالف الدولي في ريف إدلب.",
     "Air/drone strike", "Global Coalition Against Daesh", "Hayat Tahrir al-Sham"),
    # a long subject of «تعرض لـ» naming a place
    ("تعرضت نقطة للجيش التركي في محيط بلدة سرمين لقصف مدفعي مصدره قوات النظام.",
     "Shelling/artillery/missile attack", "Military Forces of Syria", "Military Forces of Turkey"),
    # «قوات الاحتلال»: Israel's forces in Syria's south as in Palestine; the US forces in Iraq
    ("توغلت قوات الاحتلال في ريف القنيطرة الجنوبي واعتقلت ثلاثة رعاة.",
     "Arrests", "Military Forces of Israel", "Civilians (Syria)"),
    ("قتل ثلاثة مدنيين برصاص قوات الاحتلال في مدينة الفلوجة.",
     "Attack", "Military Forces of the United States", "Civilians (Iraq)"),
    # the authorities arrest through their police
    ("اعتقلت السلطات المصرية 20 شخصا بتهمة الانتماء إلى جماعة الإخوان المسلمين في محافظة الشرقية.",
     "Arrests", "Police Forces of Egypt", "Civilians (Egypt)"),
    # fighters captured: the battle they were taken in («أسر», not «أسر» families)
    ("أسرت قوات الدعم السريع 20 جنديا من الجيش السوداني في الفاشر أمس.",
     "Armed clash", "Rapid Support Forces", "Military Forces of Sudan"),
    # «وفق ما أعلن الجيش الإسرائيلي»: who told it, not the target
    ("أطلقت جماعة الحوثي صاروخا باليستيا باتجاه إيلات، وفق ما أعلن الجيش الإسرائيلي.",
     "Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", None),
    # an airborne raid is fighting on the ground, claimed by who announces it
    ("أعلن التحالف الدولي مقتل قيادي في تنظيم داعش بعملية إنزال جوي في ريف الحسكة.",
     "Armed clash", "Global Coalition Against Daesh", "Islamic State (Syria)"),
    # General Security are police forces
    ("قتل ثلاثة عناصر من الأمن العام بهجوم نفذه مسلحون مجهولون على حاجز في ريف درعا الغربي.",
     "Armed clash", "Unidentified Armed Group (Syria)", "Police Forces of Syria"),
    # the subject of «تعرض لـ» may be a place phrase of several words
    ("تعرضت مناطق في ريف حلب الغربي لقصف مدفعي وصاروخي من قبل قوات النظام.",
     "Shelling/artillery/missile attack", "Military Forces of Syria", None),
    # the defender's subject does not fire the missiles it met
    ("تصدت وسائط الدفاع الجوي السوري لعدوان إسرائيلي بالصواريخ على محيط دمشق وأسقطت معظمها.",
     "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria"),
    # a military object with a nationality: that state's forces are the target
    ("أعلن حزب الله استهداف ثكنة زرعيت الإسرائيلية بالأسلحة الصاروخية.",
     "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel"),
    # «أثناء دورية مع القوات التركية»: the patrol's companions are no side of the mine
    ("أصيب عنصران من الشرطة الروسية بانفجار لغم أثناء دورية مع القوات التركية في ريف الحسكة.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Police Forces of Russia"),
    # «إن شرطيا قتل بانفجار»: a casualty verb with no object after its subject is passive
    ("قال مصدر أمني إن شرطيا قتل بانفجار سيارة مفخخة استهدفت نقطة تفتيش في بغداد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
])
def test_who_tells_who_claims_and_who_suffers(extract, text, sub, actor1, actor2):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (sub, actor1, actor2)


def test_an_armed_force_announcing_arrests_made_them(extract):
    ev, = extract("أعلن الجيش اللبناني توقيف سوريين اثنين بتهمة تهريب الأسلحة على الحدود الشرقية.")
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Military Forces of Lebanon")
    # an organisation is no arrester, and the activists it tells of are not its sources
    ev, = extract("أعلنت منظمة العفو الدولية اعتقال 5 ناشطين في القاهرة.")
    assert (ev.actor1, ev.actor2, ev.location.name) == (None, "Civilians (Egypt)", "Cairo")
    assert "ناشطين" not in ev.notes


def test_protesters_of_the_country_named_as_where(extract):
    # a country is no location, but it tells whose protesters they are; not a country talked of
    ev, = extract("تظاهر مئات في الأردن أمس احتجاجا على البطالة.")
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Peaceful protest", "Protesters (Jordan)", None)
    ev, = extract("تظاهر مئات في عُمان أمس احتجاجا على البطالة.")
    assert ev.actor1 == "Protesters (Oman)"


def test_families_are_not_a_capture(extract):
    assert extract("وطالبت أسر الجنود المفقودين بالكشف عن مصيرهم في ريف إدلب.") == []
    assert extract("قدمت الحكومة مساعدات إلى أسر 30 شخصا في ريف إدلب.") == []


def test_a_capture_of_an_unlisted_area_lies_in_the_region_named_after_it(extract):
    ev, = extract("سيطرت قوات النظام السوري على منطقة وادي الربيع في ريف حماة الشمالي.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar, ev.location.geo_precision) == (
        "Government regains territory", "Military Forces of Syria", "حماة", 3)
    assert "region of an unlisted place" in ev.notes
    # a definite place word with nothing before it to point at tells no place
    assert extract("سيطرت قوات النظام على المنطقة.") == []


def test_a_shelling_between_the_sides_of_a_clash_is_that_clash(extract):
    # SOHR: the attack told again with «التنظيم» (the group named before) and its weapons
    evs = extract("قتل 7 عناصر من قوات النظام جراء هجوم نفذته خلايا تابعة لتنظيم داعش على نقطة عسكرية "
                  "في بادية الميادين شرقي دير الزور.\n\nووفقا لمصادر المرصد السوري، فقد استهدف عناصر "
                  "التنظيم النقطة بالأسلحة الرشاشة والقذائف، قبل أن تندلع اشتباكات بين الطرفين.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Armed clash", "Islamic State (Syria)", "Military Forces of Syria", 7)]
    assert "also told at" in evs[0].notes


def test_an_event_pointed_back_at_is_the_one_told_before(extract):
    # «هذا القصف» is the strike told before: its toll and civilian victims go to that event
    evs = extract("قصفت طائرات روسية بلدة كفرنبل امس.\n\nوأسفر هذا القصف عن مقتل 3 مدنيين وإصابة 5 آخرين.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.injured) for e in evs] == [
        ("Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", 3, 5)]
    # alone, or told as what happened before and more than once, it is no new event
    assert extract("وتأتي هذه الغارات بعد يومين من هجوم صاروخي استهدف قاعدة أمريكية في حقل العمر النفطي.") == []
    assert extract("وسبق أن قصفت إسرائيل مطار دمشق الدولي عدة مرات خلال العام الماضي.") == []


def test_a_definite_generic_event_word_alone_retells_an_event(extract):
    # «الهجوم» with no toll and no date of its own is the attack the reader was told of
    assert extract("وأضاف أن «الهجوم وقع عند تجمع المصلين في مسجد بحي الكرادة في بغداد».") == []
    # with its day it reports one
    ev, = extract("ووقع الهجوم فجر امس قرب مطار مقديشو حيث تتمركز القوات الأفريقية.")
    assert (ev.location.name, ev.event_date) == ("Mogadishu", date(2020, 1, 26))


def test_places_abroad_by_the_country_named_after_them_and_lists_of_towns(extract):
    # «هيران» is also a hamlet of Iraq: «وسط الصومال» says which; «محافظة حجة» is Yemen's
    ev, = extract("شن مسلحو حركة الشباب هجوما على قاعدة للقوات الإثيوبية في منطقة هيران وسط الصومال.")
    assert (ev.location.name, ev.location.country, ev.actor2) == ("Hiiraan", "Somalia", "Military Forces of Ethiopia")
    # of the districts, the one the gazetteer has (Midi; «حرض», «عبس» are also verbs), coded
    # to its town as a part of a region
    ev, = extract("قصفت طائرات التحالف مواقع للحوثيين في مديريات حرض وميدي وعبس بمحافظة حجة.")
    assert (ev.location.name, ev.location.country, ev.location.geo_precision, ev.actor1) == (
        "Midi", "Yemen", 2, "Saudi-led Coalition")
    # «وأم درمان» is no «وام» (WAM): one protest per town of the list
    evs = extract("تظاهر آلاف السودانيين في الخرطوم وأم درمان وبحري للمطالبة بالحكم المدني.")
    assert [e.location.name for e in evs] == ["Khartoum", "Omdurman", "Khartoum North"]
    # «قرى للمساليت»: whose villages, no village «للمساليت»
    ev, = extract("هاجم مسلحون قرى للمساليت في غرب دارفور وأحرقوا عشرات المنازل.")
    assert ev.location.name == "West Darfur"


def test_clashes_breaking_out_after_a_raid_are_a_riot(extract):
    # «اندلعت مواجهات» reports the clashes with the sentence's place in another clause; tear gas
    # is crowd control, not an explosive
    evs = extract("وذكرت مصادر محلية أن قوات الاحتلال اعتقلت خلال الاقتحام ثلاثة شبان من البلدة القديمة "
                  "في نابلس، واندلعت مواجهات بين الشبان وقوات الاحتلال التي أطلقت قنابل الغاز المسيل للدموع.")
    assert sorted((e.sub_event_type, e.actor1, e.actor2) for e in evs) == [
        ("Arrests", "Military Forces of Israel", "Civilians (Palestine)"),
        ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")]


def test_an_approximate_count_and_a_base_in_a_country_named_after_it(extract):
    # «أكثر من 30 غارة» after the light verb and its subject; one event per countryside
    evs = extract("شنت القوات الروسية أكثر من 30 غارة على مناطق متفرقة من ريفي إدلب وحماة.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Air/drone strike", "Military Forces of Russia", "Idleb"), ("Air/drone strike", "Military Forces of Russia", "Hama")]
    # «البرج» is a town of Egypt in the gazetteer; «في الأردن» puts the base in Jordan
    ev, = extract("لقي جندي أمريكي مصرعه وأصيب اثنان آخران في هجوم بطائرة مسيرة استهدف قاعدة البرج 22 في الأردن.")
    assert (ev.location.country, ev.location.gazetteer_id, ev.actor2) == ("Jordan", None, "Military Forces of the United States")


def test_stoning_by_settlers_and_by_a_crowd(extract):
    # settlers stoning Palestinians' cars attack civilians; youths stoning the army riot
    ev, = extract("تجمع مئات المستوطنين عند مفترق طرق قرب نابلس ورشقوا سيارات الفلسطينيين بالحجارة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Settlers (Israel)", "Civilians (Palestine)")
    ev, = extract("رشق شبان فلسطينيون قوات الاحتلال بالحجارة في بلدة بيتا جنوب نابلس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")
    # «العشرات من مستوطني براخة هاجموا»: a count of the settlers is the verb's subject
    ev, = extract("وقال مسؤول إن العشرات من مستوطني براخة هاجموا المواطنين من قرية كفر قليل جنوب نابلس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Settlers (Israel)", "Civilians (Palestine)")


def test_what_a_protest_is_against_and_arrests_at_a_protest(extract):
    # «تنديدا باعتقال زملائهم»: the grievance, neither an arrest event nor an intervention
    ev, = extract("نظم عشرات الصحفيين وقفة احتجاجية أمام نقابة الصحفيين في القاهرة تنديدا باعتقال زملائهم.")
    assert (ev.sub_event_type, ev.actor1) == ("Peaceful protest", "Protesters (Egypt)")
    # arrests of the protesters are the protest's intervention (ACLED), not an event of their own
    ev, = extract("تظاهر المئات في القاهرة واعتقلت الشرطة عشرة منهم.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Egypt")


def test_haftars_army_takes_towns_from_the_gna(extract):
    evs = extract("سيطر الجيش الليبي بقيادة خليفة حفتر على مدينتي سرت والجفرة بعد انسحاب قوات حكومة الوفاق.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location.name) for e in evs] == [
        ("Non-state actor overtakes territory", "Libyan National Army", "Government of National Accord (Libya)", town)
        for town in ("Sirte", "Al Jufra")]


def test_a_hedge_about_the_toll_leaves_the_event_reported(extract):
    ev, = extract("انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقوات سوريا الديمقراطية في بلدة الشحيل دون ورود "
                  "أنباء عن إصابات.")
    assert ev.certainty == "reported"
    ev, = extract("زعمت مصادر أن عبوة ناسفة انفجرت بسيارة عسكرية في بلدة الشحيل امس.")
    assert ev.certainty == "claimed"


def test_a_party_office_burnt_is_property_not_a_military_target(extract):
    ev, = extract("أقدم مسلحون على إحراق مقر حزب البعث في مدينة السويداء.")
    assert (ev.sub_event_type, ev.actor1) == ("Looting/property destruction", "Unidentified Armed Group (Syria)")
    # an armed group's office is a military target
    ev, = extract("دمرت طائرات تركية مقر حزب العمال الكردستاني في قضاء سنجار.")
    assert (ev.sub_event_type, ev.actor2) == ("Air/drone strike", "Kurdistan Workers' Party")


def test_a_quarter_said_to_be_in_a_town_is_in_it(extract):
    # no village «الميدان» of Homs: the quarter of Damascus, placed at Damascus
    ev, = extract("أصيب طفلان بجروح جراء سقوط قذيفة على حي الميدان في دمشق.")
    assert (ev.location.name_ar, ev.location.admin1, ev.location.geo_precision, ev.injured) == (
        "الميدان", "Damascus", 2, 2)
    ev, = extract("سقطت قذيفة على حي الحمدانية في مدينة حلب.")
    assert (ev.location.admin1, ev.location.geo_precision) == ("Aleppo", 2)


def test_a_grenade_thrown_by_unknown_men(extract):
    # «ألقوا» (its letters begin «القوات») is a launching verb as written
    ev, = extract("قالت مصادر محلية إن مجهولين ألقوا قنبلة يدوية على منزل مختار قرية داعل، ما أدى لإصابته.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == ("Grenade", "Unidentified Armed Group (Syria)", "داعل")


def test_storming_a_place_to_arrest_people_is_a_raid_not_a_capture(extract):
    evs = extract("اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين فجر اليوم واعتقلت 12 فلسطينيا.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Arrests", "Military Forces of Israel")]
    # killing or burning inside is a raid too; the joined verb shares the stormers as subject
    evs = extract("اقتحمت قوات الاحتلال مخيم جنين وقتلت 3 فلسطينيين.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Attack", "Military Forces of Israel", "Civilians (Palestine)", 3)]
    # or the subject of a verb of carrying out before it, past a comma; a bare verb too
    for text, force in (("نفذت إدارة الأمن العام حملة أمنية في مدينة حمص، واعتقلت عددا من المطلوبين.",
                         "Police Forces of Syria"),
                        ("نفذ الجيش السوري حملة أمنية في حمص، واعتقل عددا من المطلوبين.", "Military Forces of Syria"),
                        ("أطلقت الشرطة الغازات المسيلة للدموع لتفريق المتظاهرين، واعتقلت بعضهم.", "Police Forces of Syria")):
        assert [(e.sub_event_type, e.actor1) for e in extract(text) if e.sub_event_type == "Arrests"] == [
            ("Arrests", force)], text
    evs = extract("اقتحم مستوطنون قرية ترمسعيا وأحرقوا عددا من المنازل والمركبات.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Looting/property destruction", "Settlers (Israel)")]
    # storming alone is a raid that leaves (no capture); storming in a battle takes the place,
    # not the raid's firefight told after it (the fight is the event)
    assert extract("اقتحمت قوات الاحتلال قرية المغير فجر اليوم.") == []
    evs = extract("اقتحم الجيش الإسرائيلي مخيم جنين بمئات الجنود، واشتبك مع مسلحين فلسطينيين، ما أدى إلى استشهاد "
                  "8 فلسطينيين.")
    # («مخيم جنين» names itself a place, with no preposition before it: the camp, not a Syrian Jenin)
    assert [(e.sub_event_type, e.actor1, e.fatalities, e.location.name) for e in evs] == [
        ("Armed clash", "Military Forces of Israel", 8, "Jenin Camp")]
    ev, = extract("اقتحمت قوات النظام بلدة كفرنبل بعد معارك عنيفة مع الفصائل.")
    assert (ev.sub_event_type, ev.location.name) == ("Government regains territory", "Kafr Nobol")
    ev, = extract("اقتحمت قوات النظام بلدة كفرنبل بعد معارك عنيفة قتل فيها 10 عناصر.")
    assert (ev.sub_event_type, ev.location.name) == ("Government regains territory", "Kafr Nobol")


def test_unnamed_villages_make_no_capture(extract):
    assert extract("بسط الجيش السوري، امس، السيطرة على عدة قرى وبلدات جديدة في منطقة إدلب.") == []


def test_casualties_sources_and_victims(extract):
    ev, = extract("وذكر ناشطون لـ«سمارت» أن طائرات حربية روسية شنت غارات على بلدة حاس، ما أدى إلى مقتل طفلين.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Russia"
    assert ev.fatalities == 2
    assert ev.sources == ["SMART News Agency"]
    ev, = extract("قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية على بلدة حاس، بحسب المرصد السوري لحقوق الإنسان.")
    assert (ev.fatalities, ev.injured) == (5, 10)
    assert ev.sources == ["SOHR"]
    assert ev.actor1 is None  # civilians are victims, never the attacker


def test_passive_exposure_puts_the_shelling_party_first(extract):
    ev, = extract("تعرضت مدينة سراقب لقصف مدفعي من قوات النظام.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 == "Military Forces of Syria"
    assert ev.actor2 is None


def test_protests(extract):
    ev, = extract("تظاهر مئات الأشخاص في مدينة إدلب أمس احتجاجا على الغلاء.")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")
    assert ev.actor1 == "Protesters (Syria)"
    ev, = extract("فرقت الشرطة بالغاز المسيل للدموع مظاهرة نظمها مئات الطلاب في مدينة درعا أمس.")
    assert ev.sub_event_type == "Protest with intervention"
    ev, = extract("أحرق المتظاهرون إطارات السيارات ورشقوا قوات الأمن بالحجارة خلال مظاهرة في مدينة السويداء أمس.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_topics_are_not_events(extract):
    assert extract("وتحدث التقرير عن موجة الاغتيالات وحالات التعذيب في السجون.") == []


def test_headline_does_not_duplicate_the_story(extract):
    events = extract("الجيش السوري يسيطر على بلدة الهبيط\n\nسيطر الجيش السوري على بلدة الهبيط أمس بعد معارك عنيفة.")
    assert len(events) == 1
    assert events[0].location.gazetteer_id == "ocha:C3989"


def test_strategic_developments(extract):
    ev, = extract("اعتقلت قوات الأمن السورية عشرة شبان في مدينة درعا أمس.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    assert ev.location.gazetteer_id == "ocha:C5993"
    ev, = extract("انشق ضابط برتبة عقيد عن الجيش السوري في مدينة درعا أمس.")
    assert ev.sub_event_type == "Change to group/activity"
    ev, = extract("سحل حشد غاضب رجلا في مدينة السويداء أمس.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_questions_history_tests_and_words_are_no_events(extract):
    # asked, not told
    assert extract("هل قصفت الطائرات الحربية بلدة حاس أمس؟") == []
    # history: a year long before publication and nothing recent
    assert extract("وقتل 17 جنديا في هجوم انتحاري على قاعدة عسكرية في بغداد عام 2005.") == []
    assert [e.sub_event_type for e in extract("وقتل 17 جنديا في هجوم انتحاري على قاعدة عسكرية في بغداد أمس.")] \
        == ["Suicide bomb"]
    # a missile tried out
    assert extract("وأطلقت كوريا الشمالية أمس صاروخين قصيري المدى في البحر في إطار تجارب جديدة.") == []
    # a verbal attack
    assert extract("وشن الوزير أمس هجوما على المعارضة في دمشق قائلا إنها تخدم أجندات خارجية.") == []
    # an event dated with its year long ago, in a sentence with news of its own (a release
    # yesterday): the killing is history; the same sentence dated yesterday is news
    old = ("أفرج أمس عن القيادي في الجماعة الإسلامية بعد 18 عاما في السجن، في قضية صدر حكمها عام 1997، "
           "وهو العام الذي شهد مذبحة الأقصر التي راح ضحيتها 18 سائحا في 17 نوفمبر من نفس العام.")
    assert not [e for e in extract(old) if e.event_type in VIOLENT]
    new = old.replace("في 17 نوفمبر من نفس العام", "أمس")
    assert [e.fatalities for e in extract(new) if e.event_type in VIOLENT] == [18]


# -- background, tallies, chronologies and launches (GSR-driven rules, session 2) ---------------
@pytest.mark.parametrize("text", [
    # an anniversary holds the killing as its topic
    "نظم الاتحاد في بيروت امس حفلا لمناسبة الذكرى الثانية لاغتيال النائب جبران تويني بتفجير استهدف موكبه.",
    # a sentence opening with a time clause tells the killing as the time of something else
    "عندما اغتيل عماد مغنية في دمشق، اعلن الامين العام للحزب حربا مفتوحة.",
    # «إثر مقتل» gives the background of a political statement
    "دعت الحكومة امس السلطة الى محاربة النشطاء اثر مقتل جنديين في هجوم مسلح الجمعة.",
    # a running tally is not one event
    "وقتل 13 جنديا أميركيا في العراق حتى الآن الشهر الحالي.",
    # «تصفية حسابات» is settling scores; «التعذيبية» is an adjective
    "وجاءت النتيجة لتؤكد أن الاعدام كان انتقاما وتصفية حسابات سياسية.",
    # a planned attack (a future verb before the attack word)
    "قال القس إن أميركا ستتعرض لهجوم جديد في 2021.",
    # launching as a topic («وقف إطلاق الصواريخ»)
    "وتهدف المهمة الى وقف اطلاق الصواريخ ومساعدة الحكومة.",
    # a relative clause tells what its noun went through
    "وأكد أن وكالتي الأمم المتحدة اللتين تعرضتا لاعتداء انتحاري في 11 ديسمبر ستبقيان في الجزائر.",
    # the dead and wounded of an event told before, with no event word of their own
    "وقد تم نقل جثمان القتيل والجريحين إلى مستشفى المدينة.",
    "وأوضحت المصادر أن اثنين من القتلى تم التعرف على هويتهما.",
])
def test_background_and_topic_violence_makes_no_event(extract, text):
    assert not [e for e in extract(text) if e.event_type in VIOLENT]


def test_time_clause_inside_a_sentence_still_tells_the_event(extract):
    ev, = extract("وأفادت الشرطة بأن شخصا قتل أمس عندما انفجرت قنبلة أمام مكاتب الحزب في مدينة حلب.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.location.name_ar == "حلب"


def test_so_far_in_another_clause_is_not_a_tally(extract):
    evs = extract("واستهدفت قوات النظام بأكثر من 40 قذيفة قرية بليون، دون ورود معلومات عن خسائر حتى الآن.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_chronology_line_reports_an_old_dated_event(extract):
    ev, = extract("* 13 يونيو (حزيران) 2007: اغتيال النائب وليد عيدو بانفجار سيارة مفخخة في بيروت.")
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.event_date == date(2007, 6, 13)
    assert ev.location.name_ar == "بيروت"


def test_old_dated_event_outside_a_chronology_is_history(extract):
    assert not extract("وكانت الجماعة قد اغتالت النائب وليد عيدو بانفجار سيارة مفخخة في بيروت في يونيو 2007.")
    # the year right after the event word dates it, whatever recent day the sentence names
    assert not extract("ادلت امرأة بشهادتها امام الكونغرس امس حول تعرضها للاغتصاب عام 2005 من قبل زملائها.")


@pytest.mark.parametrize("text, sub_event_type", [
    # launched rockets are shelling
    ("وقام من فيها باطلاق ثلاثة صواريخ «كاتيوشا» في اتجاه الشمال، فسقط احدها قرب مركز للقوات الدولية.",
     "Shelling/artillery/missile attack"),
    # «الحركة» names no actor here, but «تبنت ... المسؤولية عن» still claims an event
    ("وتبنت الحركة المسؤولية عن عملية تفجير عربة عسكرية في الطريق بين مقديشو وبيدوا وقتل كل من فيها الاثنين الماضي.",
     "Remote explosive/landmine/IED"),
    # a passive with its agent
    ("واكدت السيدة انه تم اغتصابها من قبل عدة ضباط في السجن.", "Sexual violence"),
    # a background killing they were responsible for, then their own death with its verb
    ("اعلن الجيش ان 13 مسلحا، بينهم ثلاثة مسؤولون عن اغتيال رجل دين، قتلوا في ضربة جوية.", "Air/drone strike"),
])
def test_the_event_is_reported_as(extract, text, sub_event_type):
    ev, = extract(text)
    assert ev.sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub, where", [
    # «شهدت X امس Y»: the place witnessed the event, its object
    ("شهدت مدينة دوما امس اشتباكات عنيفة بين الجيش السوري ومسلحي جيش الإسلام.", "Armed clash", "دوما"),
    ("شهدت بلدة معرة النعمان امس غارات جوية روسية.", "Air/drone strike", "معرة النعمان"),
    ("شهدت مدينة درعا يوم الجمعة مظاهرات حاشدة ضد الحكومة.", "Peaceful protest", "درعا"),
    # a well-known city abroad as the subject of «شهدت», no preposition needed
    ("شهدت أثينا امس مظاهرات عنيفة.", "Violent demonstration", "أثينا"),
])
def test_a_place_that_witnessed_an_event(extract, text, sub, where):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.location.name_ar) == (sub, where)


def test_a_place_described_by_what_it_witnessed_tells_no_event(extract):
    assert extract("وهي المنطقة التي شهدت امس اشتباكات عنيفة.") == []


def test_bare_passive_verb_with_a_date_is_an_abduction_but_dawn_is_not_a_bombing(extract):
    ev, = extract("وقال ان الموظف في اللجنة الانتخابية خطف من منزله مساء امس على يد مسلحين.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    dawn = extract("وقال مصدر أمني إنه تم إلقاء القبض فجر أول من أمس على أشخاص كانوا يخططون لعمل إرهابي.")
    assert all(e.event_type != "Explosions/Remote violence" for e in dawn)


def test_protesters_assembling_is_a_protest_even_with_no_place_or_date(extract):
    ev, = extract("ونفذ المتظاهرون اعتصاما فجلسوا في وسط جادة وهتفوا ضد الحكومة.")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.event_type == "Protests"


def test_protesters_then_their_assembling_verb(extract):
    # the counted protesters, then (past their description) the verb that put them in the street
    ev, = extract("وقال شهود عيان إن الآلاف من المتظاهرين من تلاميذ المدارس تدفقوا في شوارع كادقلي منذ الصباح.")
    assert ev.sub_event_type == "Peaceful protest"
    # «الذين تجمعوا» describes protesters told of elsewhere
    assert extract("وأفادت الوكالة أن المتظاهرين الذين تجمعوا في الجامعة ينتمون إلى منظمة طلابية.") == []


def test_protesters_chanting_alone_describes_a_protest_told_elsewhere(extract):
    assert not extract("وهتف المتظاهرون شعارات معادية للرئيس.")


# -- weapon-named attackers, verb readings, light verbs (session 3) ------------------------------
def test_an_attacker_named_by_its_weapon_is_also_the_event(extract):
    # «غارة اسرائيلية» is the actor (Israel's forces) and the air strike at once
    ev, = extract("قتل خمسة اشخاص في غارة اسرائيلية على غزة امس.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Israel"
    assert ev.fatalities == 5
    assert ev.location.name == "Gaza"  # a well-known town abroad after «على»
    ev, = extract("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي امس.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Turkey"
    assert ev.location.country == "Syria"


@pytest.mark.parametrize("event, sub, no_event", [
    # a bare form before a nominative plural is the verb; before a genitive one it is a noun
    ("وفجر المهاجمون قنابلهم على متن 3 قطارات للمترو.", "Remote explosive/landmine/IED",
     "وتحدث التقرير عن ظاهرة خطف المسلحين للرهائن."),
    # an event noun with the verb that carried it out («نفذه»)
    ("وقالت الوزارة إن الهجوم نفذه انتحاري يدعى محمد صديق.", "Suicide bomb",
     "وقالت الوزارة إن الهجوم كان متوقعا."),
    # a reporting clause escapes a tally in another clause; a tally alone is no event
    ("كما خطف مسلحون قبل خمسة ايام عددا من الاشخاص جنوب بغداد، حيث تكثر عمليات الخطف والقتل.",
     "Abduction/forced disappearance", "وتكثر عمليات الخطف والقتل في المنطقة."),
    # inflected «نفذتا» carries the event noun; the noun «شن» does not
    ("وأضاف أن شاحنتين محملتين برجال مسلحين نفذتا عملية الخطف في منطقة غوريان.",
     "Abduction/forced disappearance", "ثمة خيار آخر يتمثل في شن ضربات جوية ضد معسكرات الارهابيين."),
    # an indefinite protest with its verb right after it; definite protesters «who gathered»
    # describe a protest told before
    ("وقالت المصادر إن مظاهرة عنيفة اندلعت امس، وأحرق المتظاهرون طائرة هليكوبتر.", "Violent demonstration",
     "وافادت الوكالة ان المتظاهرين الذين تجمعوا ينتمون الى منظمة طلابية."),
])
def test_verb_readings_and_their_noun_counterparts(extract, event, sub, no_event):
    ev, = extract(event)
    assert ev.sub_event_type == sub
    assert not extract(no_event)


def test_a_city_spelled_like_a_trigger_is_blocked():
    # «طهران» is not «طهر» (cleanse, a territory word) with a dual ending
    hits = TriggerLexicon.load().find(normalize("في طهران"))
    assert any(h.kind == "blocker" for h in hits)
    assert any(h.kind == "trigger" and h.name == "territory" for h in hits)  # what the blocker hides


def test_the_lam_genitive_of_a_strike_is_its_agent_and_the_counted_dead_its_victims(extract):
    for text in ("قتل 12 مسلحا حوثيا في غارات للتحالف العربي على مدينة مأرب.",
                 "قتل 12 مسلحا حوثيا في غارات التحالف العربي على مدينة مأرب."):
        ev, = extract(text)
        assert ev.sub_event_type == "Air/drone strike"
        assert (ev.actor1, ev.actor2) == ("Saudi-led Coalition", "Houthi Movement (Ansar Allah)")
        assert ev.fatalities == 12
        assert ev.location.name_ar == "مأرب"


def test_a_dual_soldier_takes_the_dual_nationality(extract):
    ev, = extract("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة الباب صباح اليوم ما أدى إلى مقتل جنديين تركيين.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor2 == "Military Forces of Turkey"
    assert ev.fatalities == 2


def test_military_things_destroyed_from_the_air_are_an_air_strike(extract):
    ev, = extract("وأعلنت وزارة الدفاع الروسية أن طائرات روسية دمرت مستودعا للذخيرة تابعا للمسلحين في ادلب.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Russia"
    # on the ground it is fighting (one event with the clash the article tells beside it), not
    # property destruction
    ev, = extract("اشتبكت وحدات الجيش مع المسلحين في ريف ادلب. ودمرت وحدات الجيش 3 آليات للمسلحين في ريف ادلب.")
    assert ev.sub_event_type == "Armed clash"
    ev, = extract("دمر مسلحون منازل المدنيين في قرية تل رفعت.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_bomber_detonating_himself_is_a_suicide_bombing(extract):
    ev, = extract("فجر انتحاري نفسه وسط تجمع للمصلين في مسجد بمدينة الرمادي غرب العراق.")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.location.name_ar == "الرمادي"


def test_a_counted_noun_before_a_casualty_verb_is_counted(extract):
    ev, = extract("وقال المرصد إن طفلا قتل جراء القصف التركي على منبج امس.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 == "Military Forces of Turkey"
    assert ev.fatalities == 1


def test_armed_victims_are_the_other_side_of_a_clash(extract):
    ev, = extract("قتل خمسة جنود ليبيين في اشتباكات مع مسلحين في مدينة سرت امس.")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1, ev.actor2) == ("Military Forces of Libya", "Unidentified Armed Group (Libya)")
    assert ev.fatalities == 5
    # civilian victims are no side: gunmen fought gunmen, both unnamed
    ev, = extract("قتل ثلاثة مدنيين في اشتباكات بين مسلحين في مدينة سرت امس.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


@pytest.mark.parametrize("text, actor1, actor2", [
    # a battle has two sides: the one no word names is an unidentified armed group of the place
    ("قتل 3 عناصر من الشرطة المصرية في هجوم مسلح على كمين أمني في مدينة العريش.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
    # with no place, of the country of the side that is named
    ("قتل سبعة جنود ماليين في هجوم مسلح على دوريتهم امس.", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
])
def test_the_unnamed_side_of_a_battle(extract, text, actor1, actor2):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", actor1, actor2)


def test_a_crowd_fighting_the_forces_is_a_riot(extract):
    ev, = extract("اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال في بلدة بيتا جنوب نابلس، أصيب خلالها 5 شبان.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.injured) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", 5)
    ev, = extract("اندلعت مواجهات بين الأهالي وعناصر الأمن في مدينة السويداء امس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Violent demonstration", "Rioters (Syria)", "Police Forces of Syria")


def test_a_clan_fight_has_clan_militias_on_both_sides(extract):
    ev, = extract("قتل ثلاثة أشخاص في اشتباكات عشائرية بمدينة دير الزور امس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.inter1, ev.fatalities) == (
        "Armed clash", "Unidentified Clan Militia (Syria)", "Unidentified Clan Militia (Syria)", "Identity militia", 3)


@pytest.mark.parametrize("text, actor1, actor2", [
    # active: a definite force right after the verb, the count after it
    ("قتل الجيش 10 مسلحين في العريش امس.", "Military Forces of Egypt", "Unidentified Armed Group (Egypt)"),
    ("قتلت قوات الأمن المصرية 10 تكفيريين في العريش امس.", "Police Forces of Egypt",
     "Unidentified Armed Group (Egypt)"),
    # passive: the soldiers are the victims, whoever attacked is not named (an unidentified group)
    ("قتل جنديان في هجوم على العريش امس.", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    ("قتل الجنود الثلاثة في هجوم على العريش امس.", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
])
def test_active_and_passive_kill_verbs(extract, text, actor1, actor2):
    ev, = extract(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)
    assert ev.location.name_ar == "العريش"


@pytest.mark.parametrize("text, sub, actor1, actor2, killed", [
    # a bare «قتل» opening the sentence, unnamed gunmen, then whom they killed: active
    ("قتل مسلحون مجهولون ضابطا في الجيش السوري في مدينة درعا امس.", "Armed clash",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria", 1),
    ("قتل مسلحون مجهولون مدنيين في مدينة درعا امس.", "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 0),
    # passive, with a specific event word in its clause: the gunmen were killed
    ("قتل مسلحون في اشتباكات مع الجيش في مدينة درعا امس.", "Armed clash",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria", 0),
    # gunmen «تابعون لـ» a named group are that group
    ("اختطف مسلحون تابعون لفصيل الحمزات امرأة من منزلها في مدينة عفرين.", "Abduction/forced disappearance",
     "Hamza Division", "Civilians (Syria)", 0),
    ("قتل مسلحون موالون لتنظيم داعش ثلاثة جنود في الأنبار امس.", "Armed clash", "Islamic State (Iraq)",
     "Military Forces of Iraq", 3),
    # but a car «تابعة لـ» an embassy is the embassy's, not an attacker
    ("انفجرت سيارة مفخخة استهدفت سيارة تابعة للسفارة الأمريكية في بيروت امس.", "Remote explosive/landmine/IED",
     "Unidentified Armed Group (Lebanon)", "Government of the United States", 0),
])
def test_opening_kill_verbs_and_gunmen_belonging_to_a_group(extract, text, sub, actor1, actor2, killed):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (sub, actor1, actor2, killed)


def test_killing_as_a_topic_is_no_event(extract):
    assert extract("قتل المدنيين جريمة حرب.") == []


def _where(ev):
    return (ev.location.name, ev.location.country, ev.location.geo_precision) if ev.location else None


@pytest.mark.parametrize("text, sub, actor1, actor2, killed, where", [
    # towns and provinces abroad that GeoNames lacks in Arabic (places_abroad.tsv, city_aliases.tsv)
    ("قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف للحوثيين على حي سكني في مدينة مأرب اليمنية مساء أمس.",
     "Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Civilians (Yemen)", 3,
     ("Ma'rib", "Yemen", 1)),
    ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم، أسفرت عن مقتل 20 شخصا.",
     "Armed clash", "Military Forces of Sudan", "Rapid Support Forces", 20, ("Khartoum", "Sudan", 1)),
    ("قتل جندي إسرائيلي في عملية إطلاق نار قرب مستوطنة في الضفة الغربية.",
     "Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", 1, ("West Bank", "Palestine", 3)),
    # the ministry tells of its enemies killed and names no one else: its forces struck
    ("أعلنت وزارة الدفاع العراقية مقتل خمسة من عناصر تنظيم داعش بضربة جوية في جبال حمرين.",
     "Air/drone strike", "Military Forces of Iraq", "Islamic State (Iraq)", 5, ("Hamrin Mountains", "Iraq", 3)),
    # a claim of an attack: the claiming verb, its subject, the event noun
    # (an Israeli position: the Israeli forces are the target)
    ("أعلن حزب الله استهداف موقع إسرائيلي في مزارع شبعا بالصواريخ.",
     "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel", 0, ("Shebaa Farms", "Lebanon", 3)),
    # an execution by an armed group; what the victims were accused of names no side
    ("أعدم تنظيم داعش 12 شخصا في دير الزور بتهمة التعامل مع قسد.",
     "Attack", "Islamic State (Syria)", "Civilians (Syria)", 12, ("Deir-ez-Zor", "Syria", 1)),
    # civilians are those of the place, else of the attacker's country, not the article's default
    ("هاجم مستوطنون إسرائيليون قرية فلسطينية قرب نابلس وأحرقوا منازل وسيارات.",
     "Attack", "Settlers (Israel)", "Civilians (Palestine)", 0, ("Nablus", "Palestine", 2)),
    ("قتل 15 مدنيا في هجوم شنته قوات الدعم السريع على قرية في ولاية الجزيرة.",
     "Attack", "Rapid Support Forces", "Civilians (Sudan)", 15, ("Gezira", "Sudan", 3)),
    # who claims the bombing carried it out; the bomber is the event word, not its other side
    ("تبنى تنظيم داعش مسؤوليته عن تفجير انتحاري استهدف مسجدا في مدينة قندهار.",
     "Suicide bomb", "Islamic State (Afghanistan)", None, 0, ("Kandahār", "Afghanistan", 1)),
    # the Tripoli government since 2021
    ("سيطرت قوات حكومة الوحدة الوطنية على مدينة ترهونة جنوب شرق طرابلس.", "Government regains territory",
     "Government of National Unity (Libya)", None, 0, ("Tarhuna", "Libya", 1)),
    # the adjective of «العاصمة الصومالية» names the capital, not the bombers
    ("هزت ثلاثة انفجارات العاصمة الصومالية مقديشو مساء أمس.", "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", None, 0,
     ("Mogadishu", "Somalia", 1)),
    # the force that dispersed the protest is its second actor
    ("فرقت قوات الأمن اللبنانية بالقنابل المسيلة للدموع متظاهرين قطعوا طريق المطار في بيروت.",
     "Protest with intervention", "Protesters (Lebanon)", "Police Forces of Lebanon", 0, ("Beirut", "Lebanon", 1)),
])
def test_events_beyond_syria_and_their_arguments(extract, text, sub, actor1, actor2, killed, where):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, _where(ev)) == (sub, actor1, actor2, killed, where)


@pytest.mark.parametrize("text", [
    "وقال المدعي العام إن هؤلاء الأشخاص أعدموا شنقا أمس.",  # a court's execution: not coded
    "يقوم الممثل بدور بطل ألماني أعدم لمحاولته اغتيال هتلر.",  # what he was executed for
    "ينتظر المتهم محاكمته بتهم الاختطاف وحبس ابنته في قبو لمدة 24 عاما، واغتصابها وإنجاب 7 أطفال منها.",
])
def test_courts_and_accusations_tell_no_violent_event(extract, text):
    assert extract(text) == []


def test_an_arrest_on_a_charge_is_an_arrest_only(extract):
    ev, = extract("اعتقلت قوات الأمن العراقية أمس رجلا في الموصل بتهمة الخطف والقتل.")
    assert (ev.sub_event_type, ev.actor1, _where(ev)) == ("Arrests", "Police Forces of Iraq", ("Mosul", "Iraq", 1))


def test_an_unknown_town_does_not_take_the_word_for_yesterday(ocha_home):  # noqa: F811
    places = Pipeline.default(Resources(home=ocha_home), until="places")
    doc = places(Article(id="t", text="قتل جندي في مدينة زلمكستان أمس.", published=PUBLISHED))
    assert [m.text for m in doc.mentions_of("place")] == ["زلمكستان"]


@pytest.mark.parametrize("text", [
    # the victims of a foretold attack are foretold too
    "أثار القس بات روبرتسون جدلا باعلانه بانه تلقى رسالة تبلغه بأن أميركا ستتعرض لهجوم جديد في العام المقبل "
    "يسقط فيه عدد كبير من الضحايا قد يكونون بالملايين.",
    # «كالاعتداءات»: "such as assaults" names a kind of event
    "تحدث الطبيب عن أحداث كارثية كالاعتداءات الجسدية وتغيرات حياتية كوفاة أو فقدان أحد الوالدين.",
])
def test_foretold_victims_and_kinds_of_events_are_no_events(extract, text):
    assert extract(text) == []


def test_money_is_not_a_casualty_count(extract):
    ev, = extract("قتل مسلحون 3 أشخاص في سوق ببغداد أمس، ودفعت الحكومة مئات الملايين من الدولارات تعويضا للضحايا.")
    assert (ev.sub_event_type, ev.fatalities, ev.field_evidence["fatalities"].text) == ("Attack", 3, "3")
    # «قتل مسلحون 3 أشخاص»: unnamed gunmen with a count after the verb are its subject;
    # «ببغداد» is «in Baghdad»
    assert (ev.actor1, ev.actor2, _where(ev)) == (
        "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", ("Baghdad", "Iraq", 1))


def test_the_attacker_after_lam_and_civilian_victims_no_actor_names(extract):
    # «قصف لقوات النظام»: «لـ» glued to the force after an event noun marks whose shelling it is
    ev, = extract("قتل ثلاثة مدنيين في قصف لقوات النظام على بلدة قرب سرمدا في ريف إدلب.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)", 3)
    assert ev.field_evidence["actor1"].text == "قوات النظام"
    # «قرب سرمدا»: a village after «قرب», placed because the article names its governorate
    assert (ev.location.gazetteer_id, ev.location.geo_precision) == ("ocha:C4121", 2)
    # one civilian, or two children, are the victims even though no actor mention names them
    ev, = extract("قتل مدني في قصف على بلدة قرب سرمدا في ريف إدلب.")
    assert (ev.actor1, ev.actor2, ev.fatalities, ev.field_evidence["actor2"].text) == (
        None, "Civilians (Syria)", 1, "مدني")
    ev, = extract("أصيب طفلان بجروح في انفجار عبوة ناسفة في درعا أمس.")
    assert (ev.sub_event_type, ev.actor2, ev.injured) == ("Remote explosive/landmine/IED", "Civilians (Syria)", 2)


def test_a_verb_and_its_object_with_the_subject_between(extract):
    # «أطلقت ... النار»: the split form is a shooting; the attacker's own «قوات» is no victim word
    ev, = extract("أطلقت قوات الاحتلال النار على شاب فلسطيني في نابلس أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, _where(ev)) == (
        "Attack", "Military Forces of Israel", "Civilians (Palestine)", ("Nablus", "Palestine", 1))
    assert ev.field_evidence["sub_event_type"].text == "أطلقت"
    # only a subject may stand between the verb and «النار»
    assert extract("أطلقت الحكومة سراح السجناء وأطلقت حملة ضد النار في الغابات.") == []


@pytest.mark.parametrize("text, sub, actors", [
    ("فتحت الشرطة الكينية النار على المتظاهرين المعارضين أمس فقتلت اثنين منهم.",
     "Excessive force against protesters", ("Protesters (Kenya)", "Police Forces of Kenya")),
    ("أطلق جنود إسرائيليون النار على متظاهرين في غزة أمس.",
     "Protest with intervention", ("Protesters (Palestine)", "Military Forces of Israel")),
    ("هاجم متظاهرون السفارة البريطانية في طهران أمس.",
     "Violent demonstration", ("Rioters (Iran)", "Government of the United Kingdom")),
])
def test_who_commits_the_violence_of_a_protest(extract, text, sub, actors):
    ev, = extract(text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, actors)


def test_who_tells_an_event_is_no_side_of_it_and_not_where_it_happened(extract):
    ev, = extract("أعلنت الشرطة العراقية مقتل ضابط في هجوم مسلح في بغداد أمس.")
    assert (ev.fatalities, _where(ev)) == (1, ("Baghdad", "Iraq", 1))
    assert "Police Forces of Iraq" not in (ev.actor1, ev.actor2)
    assert "الشرطة العراقية" in ev.notes  # the police are the (unnamed) source
    # the place a reporter speaks from is still not the event's place
    ev, = extract("وقال مراسل سانا في حماة إن قذائف سقطت على حي سكني أمس.")
    assert ev.location is None and ev.sources == ["SANA"]


@pytest.mark.parametrize("text", [
    "قصف الجيش السوري مواقع المسلحين في ريف إدلب أمس.",
    "أعلن الجيش السوري أنه قصف مواقع المسلحين في ريف إدلب أمس.",
    "وقالت مصادر محلية إن الجيش السوري قصف مواقع المسلحين في ريف إدلب أمس.",
    "وكان الجيش السوري قد قصف مواقع المسلحين في ريف إدلب أمس.",
])
def test_a_bare_verb_or_noun_read_as_the_verb(extract, text):
    # «قصف» opening its clause with its subject after it, or right after «أنه», is the verb
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria", "Unidentified Armed Group (Syria)")
    assert (ev.location.admin1, ev.location.geo_precision) == ("Idleb", 3)


def test_a_killing_told_by_a_pronoun_counts_one_and_idioms_are_no_explosions(extract):
    ev, = extract("هاجم مسلحون مجهولون القيادي في درعا أمس، وأكدت مصادر محلية مقتله على الفور.")
    assert (ev.fatalities, ev.field_evidence["fatalities"].text) == (1, "مقتله")
    # the object of an active killing verb after its subject is counted, and is the evidence
    ev, = extract("اغتال مسلحون مجهولون القيادي في درعا أمس، وأكدت مصادر محلية مقتله على الفور.")
    assert (ev.fatalities, ev.field_evidence["fatalities"].text) == (1, "القيادي")
    assert extract("وانفجر الصراع أمس بين الحزبين في العاصمة بغداد.") == []


def test_the_subject_may_be_qualified_before_the_object_of_a_capture(extract):
    # «المدعومة من تركيا» stands between the subject and «على»: Turkey is not the captured place
    ev, = extract("سيطرت فصائل المعارضة المدعومة من تركيا على قرية تل تمر بعد اشتباكات مع قسد.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name_ar) == (
        "Non-state actor overtakes territory", "Syrian National Army", "Syrian Democratic Forces", "تل تمر")


def test_people_who_went_out_in_a_protest(extract):
    ev, = extract("خرج العشرات من أهالي مدينة السويداء في مظاهرة للمطالبة بتحسين الأوضاع المعيشية.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == ("Peaceful protest", "Protesters (Syria)", "السويداء")


def test_victims_after_a_casualty_noun_and_monitors_that_document(extract):
    ev, = extract("وثق المرصد السوري لحقوق الإنسان مقتل 4 عناصر من قوات النظام بانفجار لغم أرضي في بادية دير الزور.")
    # «مقتل 4 عناصر من قوات النظام»: whose death it was, not who laid the mine
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.sources) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Military Forces of Syria", 4, ["SOHR"])


def test_a_result_clause_is_no_negation_and_unnamed_media_are_noted(extract):
    ev, = extract("انفجرت عبوة ناسفة بسيارة عسكرية لقوات سوريا الديمقراطية في الحسكة، ما أدى لمقتل عنصرين.")
    assert (ev.fatalities, ev.actor2) == (2, "Syrian Democratic Forces")
    assert extract("ما قتل أحد في القصف على البلدة أمس.") == []  # «ما» + verb still negates
    ev, = extract("ذكرت وسائل إعلام عبرية أن طائرات إسرائيلية قصفت موقعا في دمشق أمس.")
    assert ev.sources == [] and "وسائل إعلام عبرية" in ev.notes


@pytest.mark.parametrize("text", [
    "انسحبت قوات سوريا الديمقراطية من بلدة عين عيسى وسلمتها لقوات النظام.",
    "تسلمت قوات النظام بلدة عين عيسى من قوات سوريا الديمقراطية.",
])
def test_a_handover_codes_who_takes_the_place_first(extract, text):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name_ar) == (
        "Non-violent transfer of territory", "Military Forces of Syria", "Syrian Democratic Forces", "عين عيسى")


def test_a_withdrawal_that_names_no_one_taking_over_is_no_transfer(extract):
    assert extract("انسحبت قوات سوريا الديمقراطية من بلدة عين عيسى.") == []


def test_an_arrest_split_by_its_subject_and_a_bearing_from_a_town(extract):
    ev, = extract("ألقت قوات الأمن المصرية القبض على 15 شخصا في القاهرة أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Police Forces of Egypt", "Civilians (Egypt)")
    # «في قضاء الطارمية شمال بغداد»: the district, coded to its town (GeoNames) as a part of a
    # region (ACLED 2), not Baghdad
    ev, = extract("قتل 5 من عناصر الحشد الشعبي بهجوم لتنظيم داعش على نقطة تفتيش في قضاء الطارمية شمال بغداد.")
    assert (ev.actor1, ev.actor2, ev.fatalities, _where(ev)) == (
        "Islamic State (Iraq)", "Popular Mobilization Forces", 5, ("Aţ Ţārmīyah", "Iraq", 2))
    # an unknown village north of Baghdad is placed near Baghdad (ACLED 2)
    ev, = extract("قتل 5 من عناصر الحشد الشعبي بهجوم لتنظيم داعش على نقطة تفتيش في قرية البوفياض شمال بغداد.")
    assert _where(ev) == ("Al-Bufiad", "Iraq", 2) and ev.location.latitude is not None


def test_a_grenade_is_named_by_the_longer_phrase_and_an_accusation_is_a_claim(extract):
    ev, = extract("ألقى مجهولون قنبلة يدوية على منزل في مدينة الباب أمس ما أدى لإصابة طفلين.")
    assert (ev.sub_event_type, ev.field_evidence["sub_event_type"].text, ev.injured) == ("Grenade", "قنبلة يدوية", 2)
    ev, = extract("اتهمت المعارضة قوات النظام بقصف بلدة اللطامنة بغازات سامة أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.certainty) == ("Chemical weapon", "Military Forces of Syria", "claimed")
    assert extract("اتهمت الشرطة الرجل بالقتل.") == []  # a charge against a person is no event


@pytest.mark.parametrize("text, actor2", [
    ("أحبطت وحدات الهندسة تفجير عبوة ناسفة زرعها مجهولون على طريق حمص - تدمر.", "Unidentified Armed Group (Syria)"),
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة فوق مطار حماة العسكري.", None),
])
def test_foiled_bombs_and_downed_drones_are_disrupted_weapons_use(extract, text, actor2):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Disrupted weapons use", "Military Forces of Syria", actor2)


def test_a_split_verb_needs_its_object_word(extract):
    assert extract("أسقطت الحكومة مشروع القانون في البرلمان أمس.") == []


def test_air_defences_that_meet_an_aggression_are_its_target(extract):
    # SANA's «تصدت وسائط الدفاع الجوي لعدوان إسرائيلي»: an Israeli air strike on Syria
    ev, = extract("تصدت وسائط الدفاع الجوي لعدوان إسرائيلي على محيط دمشق.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.location.geo_precision) == (
        "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria", "Damascus", 2)
    ev, = extract("تصدت قوات الجيش لهجوم شنه مسلحو هيئة تحرير الشام على نقاط في ريف حماة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria")


def test_the_correspondent_again_keeps_the_outlet(extract):
    events = extract("أفاد مراسل سبوتنيك بأن الجيش السوري سيطر على بلدة تلمنس في ريف إدلب.\n\n"
                     "وأضاف المراسل أن الاشتباكات أسفرت عن مقتل عشرات المسلحين في ريف إدلب الجنوبي.")
    assert [e.sources for e in events] == [["Sputnik"], ["Sputnik"]]
    assert events[1].fatalities == 12  # «عشرات»: ACLED's "dozens"


def test_an_event_of_recent_days_is_dated_to_the_week(extract):
    ev, = extract("قصفت قوات النظام مدينة سراقب خلال الأيام الماضية.")
    assert (str(ev.event_date), ev.time_precision) == ("2020-01-24", 2)


def test_what_is_denied_is_kept_as_denied_and_a_denial_governs_its_object(extract):
    # «نفى» normalises to «نفي», which was read as a negation and dropped the event
    ev, = extract("نفى الجيش التركي قصف قرى في ريف حلب الشمالي.")
    assert (ev.sub_event_type, ev.actor1, ev.certainty) == (
        "Shelling/artillery/missile attack", "Military Forces of Turkey", "denied")
    # the denial governs its object only: the injuries are denied, not the attack («لم» aside)
    ev, = extract("أكدت مصادر محلية سقوط قذيفة على حي الميدان في دمشق أمس، ونفت وقوع إصابات.")
    assert (ev.certainty, ev.injured) == ("reported", 0)


def test_a_protest_organised_is_reported_but_not_a_record_of_many(extract):
    ev, = extract("نظم العشرات من أهالي مدينة جرمانا وقفة احتجاجية أمام مبنى المحافظة أمس.")
    assert (ev.sub_event_type, ev.location.name_ar, str(ev.event_date)) == ("Peaceful protest", "جرمانا", "2020-01-26")
    assert extract("ونظمت الحركة منذ تأسيسها عدة مظاهرات في مدينة دمشق.") == []


def test_an_official_named_by_title_right_after_the_verb_is_the_source(extract):
    ev, = extract("قال وزير الدفاع السوري العماد علي أيوب إن الجيش سيطر على بلدة خان شيخون.")
    assert ev.sources == ["Syrian Minister of Defence"]
    # a bare rank is no source, nor a person named inside a longer phrase
    ev, = extract("قال أحد مساعدي الرئيس السوري بشار الأسد إن الجيش سيطر على بلدة خان شيخون.")
    assert ev.sources == []


@pytest.mark.parametrize("text, actor2", [
    ("سحل حشد غاضب رجلا في مدينة جرمانا أمس.", "Civilians (Syria)"),
    # the residents are the mob, the police station its target; one event, not an Attack beside it
    ("هاجمت مجموعة غاضبة من الأهالي مخفرا للشرطة في مدينة السويداء وأحرقته.", "Police Forces of Syria"),
])
def test_a_mob_is_rioters(extract, text, actor2):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Mob violence", "Rioters (Syria)", actor2)


def test_a_dateline_names_the_outlet_and_a_front_is_near_its_village(extract):
    events = extract("دمشق - سانا\n\nفي ريف اللاذقية الشمالي، تصدت وحدات الجيش لمحاولة تسلل مجموعة إرهابية "
                     "باتجاه النقاط العسكرية في محور كبانة.")
    ev, = events
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.sources) == (
        "Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)", ["SANA"])
    # OCHA writes the village «كباني»; the text «كبانة»
    assert (ev.location.gazetteer_id, ev.location.name_ar, ev.location.geo_precision) == ("ocha:C3751", "كباني", 2)


def test_a_protest_going_on_as_the_news_is_written(extract):
    # the 2006 coup in the relative clause after it does not make the sit-in history
    ev, = extract("ويعتصم الاف المتظاهرين المناصرين للملكية داخل مجمع يضم مقر الحكومة في بانكوك، ويطالبون "
                  "باستقالة ساماك، الذي يتهمونه بانه «دمية» يحركها رئيس الوزراء السابق تاكسين، الذي اطاحه "
                  "انقلاب عام 2006.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Peaceful protest", "Protesters (Thailand)", "Bangkok")
    assert extract("سيعتصم الاف المتظاهرين داخل مجمع الحكومة في بانكوك.") == []  # a plan


def test_hostages_are_abducted_and_a_counted_object_is_no_subject(extract):
    ev, = extract("احتجز المسلحون عشرات الرهائن في فندق بمدينة بومباي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (India)", "Civilians (India)")
    # «اعتقل أكثر من 100 متظاهر»: the protesters are the counted object, not who arrested
    ev, = extract("واعتقل أكثر من 100 متظاهر كردي في مدينة القامشلي أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", None, "Protesters (Syria)")
    # the gunmen launched the drones; the air defences downed them
    ev, = extract("أسقطت الدفاعات الجوية السورية طائرتين مسيرتين أطلقهما المسلحون فوق مطار حماة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Disrupted weapons use", "Military Forces of Syria", "Unidentified Armed Group (Syria)")


def test_gunmen_killed_in_foreign_strikes_are_no_part_of_the_striking_forces(extract):
    # «مسلحا في غارات روسية»: «في» does not tie the gunmen to the Russian strikes
    ev, = extract("قتل نحو 30 مسلحا في غارات روسية على ريف إدلب أمس.")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Russia", "Unidentified Armed Group (Syria)", 30)
    ev, = extract("قتل بين 10 و15 شخصا في قصف على مدينة سراقب أمس.")
    assert ev.fatalities == 10


@pytest.mark.parametrize("text, parties", [
    ("توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب أمس.", ("Government of Russia", "Government of Turkey")),
    ("أعلنت تركيا التوصل إلى اتفاق مع روسيا حول إدلب.", ("Government of Turkey", "Government of Russia")),
    ("وقعت الحكومة السودانية وحركة العدل والمساواة اتفاقا للسلام في الدوحة.",
     ("Government of Sudan", "Justice and Equality Movement")),
])
def test_who_agreed(extract, text, parties):
    ev, = extract(text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Agreement", parties)


def test_a_long_subject_before_the_town_taken(extract):
    # ACLED: a foreign state force that takes a town «overtakes territory» like a non-state actor
    ev, = extract("دخلت القوات التركية والفصائل الموالية لها مدينة عفرين.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == (
        "Non-state actor overtakes territory", "Military Forces of Turkey", "عفرين")


@pytest.mark.parametrize("text, killed, injured", [
    ("قتلت امرأة وطفلها بقصف على قرية في ريف منبج.", 2, None),  # a victim and her kin
    ("قتل رجل وزوجته وابنه في غارة على بلدة سرمين.", 3, None),
    # «وأصيب آخرون»: others injured, no number; the man before «وأصيب» was killed
    ("قتل مدني وأصيب آخرون بقصف على سراقب.", 1, None),
])
def test_victims_joined_by_and(extract, text, killed, injured):
    ev, = extract(text)
    assert (ev.fatalities, ev.injured) == (killed, injured)


def test_where_the_shells_came_from_names_who_fired_them(extract):
    ev, = extract("سقطت قذيفتا هاون مصدرهما مناطق انتشار المجموعات الإرهابية على حي باب توما بدمشق.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", None)


def test_a_clause_opened_by_a_conjunction_still_opens_with_its_verb(extract):
    ev, = extract("فيما قصف الطيران الروسي بلدة كفرنبل أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Air/drone strike", "Military Forces of Russia", "Kafr Nobol")


@pytest.mark.parametrize("text, actor1", [
    # a country that strikes stands for its armed forces: right before the trigger or a light
    # verb, or right after the verb
    ("وأكد مسؤولون اميركيون ان اسرائيل شنت ضربات جوية ضد مواقع في ريف دمشق.", "Military Forces of Israel"),
    ("وقالت الوزارة إن روسيا قصفت مواقع في إدلب.", "Military Forces of Russia"),
    ("قصفت تركيا مواقع في ريف الحسكة.", "Military Forces of Turkey"),
    # nor one inside an actor's name («التحالف بقيادة السعودية»)
    ("شن التحالف بقيادة السعودية غارات على العاصمة اليمنية صنعاء.", "Saudi-led Coalition"),
    # not a country farther off («وباكستان حيث اختطفا») or the genitive of the object
    ("كانا مسافرين في منطقة بين الحدود الإيرانية مع افغانستان وباكستان حيث اختطفا.", "Unidentified Armed Group"),
])
def test_a_country_as_the_one_who_strikes(extract, text, actor1):
    ev, = extract(text)
    assert ev.actor1 == actor1


def test_a_country_in_the_object_is_no_attacker(extract):
    ev, = extract("خرج متظاهرون إلى شوارع بلغراد وهاجموا سفارات الولايات المتحدة.")
    assert ev.actor1 == "Protesters" and ev.sub_event_type != "Protest with intervention"


def test_the_owner_of_a_target_is_no_attacker(extract):
    ev, = extract("قتل شخصان في الاعتداء على سيارة دبلوماسية تابعة للسفارة الأمريكية في بيروت بسيارة مفخخة.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Lebanon)", "Government of the United States")
    # a patrol acts for the branch it belongs to
    ev, = extract("اعتقلت دورية تابعة لفرع الأمن العسكري ثلاثة شبان في حمص.")
    assert ev.actor1 == "Military Forces of Syria"


def test_an_earlier_event_recalled_is_no_event(extract):
    assert extract("وكانت الحركة قد نفذت عمليات انتحارية سابقة في لاهور وكراتشي.") == []
    assert extract("وتبنت الهجوم السابق على الحاجز جماعة مسلحة.") == []


@pytest.mark.parametrize("text, place", [
    # the town that witnessed the clashes, not the city that tells where the town is
    ("شهدت مدينة سراقب جنوب شرق إدلب اشتباكات عنيفة أمس.", "سراقب"),
    # a date put between commas does not part the town from what it witnessed
    ("شهدت مدينة الزاوية غرب العاصمة طرابلس، مساء الجمعة، اشتباكات مسلحة عنيفة بين مجموعتين مسلحتين.",
     "الزاوية"),
])
def test_what_a_town_witnessed_happened_there(extract, text, place):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.location.name_ar) == ("Armed clash", place)


@pytest.mark.parametrize("text, expected", [
    # a ministry tells its forces' capture: its forces took the town
    ("أعلنت وزارة الدفاع السورية استعادة السيطرة على بلدة دير حافر بعد انسحاب قوات سوريا الديمقراطية منها.",
     ("Government regains territory", "Military Forces of Syria", "Syrian Democratic Forces", "reported")),
    # farmers blocking a road with burning tyres in protest (ACLED: a violent demonstration)
    ("أغلق مزارعون غاضبون الطريق الدولي بين حمص وطرطوس بالإطارات المشتعلة احتجاجا على انخفاض أسعار الحمضيات.",
     ("Violent demonstration", "Rioters (Syria)", None, "reported")),
    # «بالمسيرات» after a town and its state is still the instrument of the shelling verb: drones
    ("قصفت قوات الدعم السريع مدينة الدلنج في جنوب كردفان بالمسيرات أمس، ما أسفر عن مقتل 5 مدنيين.",
     ("Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", "reported")),
    # «اغتيل القيادي في حماس صالح العاروري»: the passive verb's subject, named with his title, is
    # the victim; the Israeli strike is the attacker (in Beirut's southern suburb)
    ("اغتيل القيادي في حركة حماس صالح العاروري بغارة إسرائيلية بطائرة مسيرة استهدفت مكتبا للحركة في "
     "الضاحية الجنوبية لبيروت.", ("Air/drone strike", "Military Forces of Israel", "Hamas", "reported")),
    # «وقتلت عددا من أفرادها»: an accusative object makes the joined verb active, its subject the
    # army units that opened the sentence
    ("تمكنت وحدات الجيش من إحباط محاولة تسلل لمجموعات إرهابية باتجاه نقاط عسكرية في ريف اللاذقية "
     "الشمالي، وقتلت عددا من أفرادها.",
     ("Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)", "reported")),
    # an accusation with its place and its dead tells the event, claimed; «بحي الدرج في مدينة
    # غزة» is a quarter of Gaza, not placed at the accused country named before it
    ("اتهمت حركة حماس إسرائيل بارتكاب مجزرة في مدرسة تؤوي نازحين بحي الدرج في مدينة غزة، قتل فيها 30 شخصا.",
     ("Attack", "Military Forces of Israel", "Civilians (Palestine)", "claimed")),
    # a seizure of property is looting, not a place taken
    ("استولى مسلحون على مستودع للمواد الغذائية تابع للهلال الأحمر في مدينة الفاشر.",
     ("Looting/property destruction", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", "reported")),
    # «هاجمت مجموعة من الشبان دورية للشرطة بالحجارة»: youths stoning the police riot
    ("هاجمت مجموعة من الشبان دورية للشرطة بالحجارة في حي الشيخ مقصود بمدينة حلب.",
     ("Violent demonstration", "Rioters (Syria)", "Police Forces of Syria", "reported")),
    # protesters harmed with a count between («أصيب العشرات من المحتجين»), and police that killed
    # protesters (ACLED: excessive force)
    ("أصيب العشرات من المحتجين بحالات اختناق جراء إطلاق قوات الاحتلال قنابل الغاز المسيل للدموع خلال "
     "مسيرة كفر قدوم الأسبوعية.", ("Protest with intervention", "Protesters", "Military Forces of Israel", "reported")),
    ("قتلت الشرطة 8 متظاهرين في نيروبي أمس.",
     ("Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya", "reported")),
    # «حتى الموت»: beaten to death, by a crowd (ACLED: mob violence); «أقدم مسلحون على قتل»: the
    # subject of «أقدم» did it
    ("أقدم أهالي بلدة في ريف الحسكة على ضرب لص حتى الموت بعد القبض عليه متلبسا بسرقة منزل.",
     ("Mob violence", "Rioters (Syria)", "Civilians (Syria)", "reported")),
    ("أقدم مسلحون على قتل شاب في بلدة الصنمين.",
     ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "reported")),
    # «قبل أن تفرقهم قوات الأمن العام»: the security forces broke the protest up
    ("خرج مئات المحتجين في مدينة اللاذقية في مظاهرة تطالب بالإفراج عن الموقوفين، قبل أن تفرقهم قوات الأمن "
     "العام بإطلاق النار في الهواء.", ("Protest with intervention", "Protesters (Syria)", "Police Forces of Syria",
                                      "reported")),
    # «قوات إنفاذ القانون»: the Egyptian army's word for its forces in Sinai
    ("أعلن المتحدث العسكري المصري مقتل 12 عنصرا تكفيريا في تبادل لإطلاق النار مع قوات إنفاذ القانون بشمال سيناء.",
     ("Armed clash", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt", "reported")),
    # the dead counted by their nationality alone are its civilians
    ("استشهد 28 فلسطينيا في غارات إسرائيلية على قطاع غزة.",
     ("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "reported")),
    # two factions of one group fight each other
    ("ذكر تلفزيون سوريا أن اشتباكات اندلعت بين فصيلين من الجيش الوطني في مدينة الباب، أسفرت عن مقتل عنصرين.",
     ("Armed clash", "Syrian National Army", "Syrian National Army", "reported")),
    # the blast of a missile is the missile's attack, not a bomb
    ("أفاد مراسل RT في دمشق بأن انفجارا عنيفا هز حي المزة نتيجة سقوط صاروخ إسرائيلي على مبنى سكني، ما أدى إلى "
     "مقتل شخصين.", ("Shelling/artillery/missile attack", "Military Forces of Israel", "Civilians (Syria)", "reported")),
    # «بالصواريخ والمسيرات»: drones joined to missiles, no marches; «خاركيف» is Kharkiv
    ("شنت القوات الروسية ضربة مكثفة بالصواريخ والمسيرات على منشآت الطاقة في مدينة خاركيف الأوكرانية.",
     ("Air/drone strike", "Military Forces of Russia", None, "reported")),
    # a state force said to belong to a non-state group acts for it: the Houthis' «armed forces»
    ("أعلنت القوات المسلحة اليمنية التابعة للحوثيين استهداف سفينة إسرائيلية في خليج عدن بعدد من الصواريخ.",
     ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", None, "reported")),
    # «يشتبه بانتمائهم»: whom they belong to is suspected; the arrests are reported
    ("اعتقلت السلطات التركية 25 شخصا يشتبه بانتمائهم لتنظيم داعش في مدينة إسطنبول.",
     ("Arrests", "Police Forces of Turkey", "Islamic State (Turkey)", "reported")),
])
def test_one_event_its_sides_and_certainty(extract, text, expected):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.certainty) == expected


def test_a_rocket_falls_where_it_fell_not_where_it_was_fired_from(extract):
    ev, = extract("سقط صاروخ أطلق من جنوب لبنان في منطقة مفتوحة قرب مستوطنة كريات شمونة دون وقوع إصابات.")
    assert (ev.sub_event_type, ev.location.name, ev.location.country) == (
        "Shelling/artillery/missile attack", "Qiryat Shmona", "Israel")


def test_a_quarter_of_a_town_no_gazetteer_has_is_in_the_city_after_it(extract):
    # «حي البستان ببلدة سلوان في القدس»: not Elbistan in Turkey
    ev, = extract("أقدمت جرافات الاحتلال على هدم 5 منازل في حي البستان ببلدة سلوان في القدس المحتلة.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar, ev.location.country) == (
        "Looting/property destruction", "Military Forces of Israel", "البستان", "Israel")


def test_the_security_media_cells_strike_told_twice_is_one(extract):
    # the quote retells the strike: the air force struck («طيران القوة الجوية»), the dead terrorists
    # are the group whose den was hit, not a second, unnamed attacker
    evs = extract("أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات "
                  "F16 العراقية في وادي الشاي جنوب كركوك.\n\nوذكرت الخلية في بيان، أن \"طيران القوة الجوية "
                  "وبناء على معلومات استخبارية دقيقة من جهاز المخابرات، نفذ ضربة جوية استهدفت وكرا لعصابات "
                  "داعش الإرهابية في وادي الشاي، أسفرت عن مقتل ثلاثة إرهابيين\".")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Iraq", "Islamic State (Iraq)", 3)]


def test_a_body_found_with_marks_of_torture_is_an_attack(extract):
    ev, = extract("عثر أهالي بلدة نوى على جثة رجل مقيد اليدين وعليها آثار تعذيب أمس.")
    assert (ev.sub_event_type, ev.actor2, ev.location.name_ar) == ("Attack", "Civilians (Syria)", "نوى")
    # torture as a topic of a finding, with no body found, stays no event
    assert extract("وجدت اللجنة آثار تعذيب في تقاريرها عن السجون.") == []


def test_who_survived_an_attack_and_the_day_it_was_told(extract):
    # «نجا قائد شرطة النجدة»: the police chief was the target, not the bomber
    ev, = extract("نجا قائد شرطة النجدة في بغداد من محاولة اغتيال اثر تعرض موكبه لانفجار سيارة مفخخة "
                  "أدى الى مقتل أحد المارة.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", 1)
    # «قال الوزير، امس، ان الهجوم وقع»: yesterday is when he spoke; «الهجوم» is the attack told before
    assert extract("وقال وزير الداخلية في حكومة اقليم كردستان امس ان «الهجوم وقع على "
                   "مقرات للاتحاد الوطني الكردستاني داخل مدينة الموصل».") == []


def test_the_other_sides_account_of_a_strike_is_no_new_event(extract):
    # «من جهته، زعم جيش الاحتلال أنه استهدف مخربا»: Israel's account of the strike told above,
    # with no place, date or number of its own; Hamas is whom it says it struck, not an attacker
    text = ("استشهد 9 فلسطينيين، بينهم 4 أطفال، في غارة إسرائيلية استهدفت خيمة تؤوي نازحين في منطقة المواصي "
            "غربي مدينة خان يونس جنوبي قطاع غزة، فجر السبت.\n\n"
            "من جهته، زعم جيش الاحتلال في بيان أنه استهدف \"مخربا من حماس\" كان يخطط لتنفيذ هجوم ضد قواته.")
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 9)
    assert "the attacker's own account" in ev.notes and "Hamas" not in ev.notes
    # the victims' side's turn is noted as such
    ev, = extract(text.split("\n\n")[0] + "\n\nمن جهتها، قالت حركة حماس إن الاحتلال ارتكب مجزرة بحق النازحين.")
    assert "another side's account" in ev.notes
    # with a place of its own, the turn tells a new event
    evs = extract(text.replace("أنه استهدف", "أنه قصف مواقع في بلدة بيت لاهيا، واستهدف"))
    assert [e.location.name_ar for e in evs][-1] == "بيت لاهيا"



def test_the_attackers_own_account_is_no_second_event(extract):
    # Reuters: the Israeli army's statement tells the same strike («إنه قتل عنصرا»), with no place,
    # day or number of its own; a truce named after «خرق» or «رغم» is background, no agreement
    evs = extract("قالت مصادر أمنية لبنانية إن غارة جوية إسرائيلية استهدفت سيارة على طريق بلدة الناقورة في جنوب "
                  "لبنان يوم الثلاثاء مما أسفر عن مقتل شخصين، في أحدث خرق لاتفاق وقف إطلاق النار.\n\n"
                  "وقال الجيش الإسرائيلي في بيان إنه قتل عنصرا في وحدة الرضوان التابعة لجماعة حزب الله.\n\n"
                  "وتشن إسرائيل ضربات شبه يومية على جنوب لبنان رغم الهدنة.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Israel", 2)]
    assert "the attacker's own account" in evs[0].notes


@pytest.mark.parametrize("text", [
    "لم يقرأها زملاء المهنة إلا بعد ان فجروا الزوبعة.",  # stirred up the storm
    "خطفت التقنيات والاجهزة التي حملها الصحفيون القادمون من شرق اسيا انظار الصحافيين.",  # caught the eye
    "حيث يقومون بارهاب الناس بعمليات تفجير وخطف وقتل.",  # «قتل» here is a noun of the list
    "انهم مهما فعلوا من تفجير وقتل واعتداء على مقدساتنا فلن يكن منا رادع.",  # whatever they do
    "وقال البيان إن الرهائن أصيبوا بالإحباط وقاموا بمحاولات انتحار عدة.",  # struck by despair
    "أصيب الرئيس بنوبة قلبية في منزله امس.",  # a heart attack
    "وقالت الشرطة إنه تم فتح تحقيق في الاعتداء.",  # «تم» alone before an event noun tells nothing yet
    "انفجر خلاف بين أعضاء البرلمان العراقي حول قانون الموازنة.",  # a quarrel broke out
    "أعلنت وزارة الصحة تسجيل 25 إصابة جديدة بفيروس كورونا في محافظة حلب.",  # infections
    "وقال المسؤول إن الحشد في ساحات وسط بيروت لا يعكس أي شكل من أشكال الغوغاء.",  # "the rabble"
])
def test_figures_lists_of_crimes_conditionals_and_inquiries_are_no_events(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, actor1, place", [
    ("أقامت القوات التركية قاعدة عسكرية جديدة في قرية الشيخ عقيل بريف حلب.", "Military Forces of Turkey", "Sheikh Aqil"),
    ("افتتح تنظيم داعش مقرا جديدا له في مدينة الباب.", "Islamic State (Syria)", "Al Bab"),
    ("أنشأت القوات الروسية نقطة مراقبة جديدة في بلدة سراقب.", "Military Forces of Russia", "Saraqab"),
])
def test_headquarters_or_base_established(extract, text, actor1, place):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Headquarters or base established", actor1, place)


def test_one_event_on_a_road_named_by_its_ends(extract):
    ev, = extract("انفجرت عبوة ناسفة على أوتوستراد حمص - طرطوس.")
    assert (ev.location.name, ev.location.geo_precision) == ("Homs", 2)


def test_a_toll_for_several_places_is_divided_among_them(extract):
    evs = extract("قتل 7 مدنيين في قصف على بلدات سرمين وبنش وتفتناز.")
    assert [(e.location.name_ar, e.fatalities) for e in evs] == [("سرمين", 3), ("بنش", 2), ("تفتناز", 2)]
    assert all("7 killed told for 3 places together, divided" in e.notes for e in evs)
    # one town named twice is one place
    ev, = extract("قتل 60 شخصا في هجوم انتحاري على فندق في العاصمة الباكستانية إسلام آباد.")
    assert (ev.location.name, ev.fatalities) == ("Islamabad", 60)


def test_military_things_destroyed_in_fighting(extract):
    # SANA: «دمرت وحدات من الجيش أوكارا للإرهابيين»: fighting, not looting or destruction of property
    ev, = extract("دمرت وحدات من الجيش العربي السوري أوكاراً وتحصينات للإرهابيين في محيط بلدة اللطامنة بريف حماة الشمالي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Military Forces of Syria",
                                                         "Unidentified Armed Group (Syria)")
    ev, = extract("دمرت القوات التركية منازل المدنيين في قرية تل تمر.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_places_joined_with_their_outskirts(extract):
    evs = extract("نفذت طائرات حربية روسية 12 غارة على مناطق في جبل الأربعين ومحيط مدينة أريحا جنوب إدلب.")
    assert [(e.location.name_ar, e.location.geo_precision) for e in evs] == [("جبل الأربعين", 2), ("أريحا", 2)]


def test_a_verb_agreeing_in_number_has_its_subject_before_it(extract):
    # «المسلحين قصفوا مواقع الجيش»: the army after the verb is the target, not the subject
    ev, = extract("قال المركز الروسي للمصالحة إن المسلحين قصفوا مواقع الجيش السوري في ريف اللاذقية.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Syria)", "Military Forces of Syria")


def test_a_unit_of_a_force_acts_for_it_when_it_is_the_subject(extract):
    ev, = extract("أفادت شبكة محلية بأن دورية لقوات التحالف الدولي داهمت منزلاً في بلدة الشحيل واعتقلت شخصين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Global Coalition Against Daesh", "Civilians (Syria)")
    # the target's owner: «اقتحم انتحاري ... قافلة للقوات الدولية»
    ev, = extract("وقع الهجوم في إقليم خوست صباح امس عندما اقتحم انتحاري بسيارته المحملة بالمتفجرات قافلة للقوات الدولية.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Afghanistan)", "International Forces")


def test_the_teller_claims_the_neutralised(extract):
    ev, = extract("أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين من وحدات حماية الشعب في ريف الحسكة.")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Turkey", "People's Protection Units", 5)


def test_an_arrest_told_as_background_is_no_event(extract):
    evs = extract("وثق المرصد السوري مقتل شاب تحت التعذيب في سجون النظام بعد اعتقاله قبل عامين.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    # «أسفرت عن احتجاز»: what the clashes led to, not a topic
    evs = extract("وحدثت مواجهات بين المتظاهرين والشرطة في حمص أسفرت عن احتجاز ثلاثة من المتظاهرين.")
    assert "Arrests" in [e.sub_event_type for e in evs]


def test_arab_tribes(extract):
    ev, = extract("اندلعت اشتباكات بين عشائر عربية وقوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور الشرقي.")
    assert {ev.actor1, ev.actor2} == {"Syrian Democratic Forces", "Arab Tribal Militia (Syria)"}


def test_a_second_attacker_joined_by_and_is_an_associate(extract):
    ev, = extract("قصفت قوات النظام والميليشيات الإيرانية بالمدفعية الثقيلة قرية الفطيرة في جبل الزاوية.")
    assert (ev.actor1, ev.assoc_actor_1, ev.actor2) == ("Military Forces of Syria", "Iran-backed Militias (Syria)", None)


def test_its_own_aircraft_are_the_tellers(extract):
    ev, = extract("قالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع للمسلحين في ريف إدلب.")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Russia")
    ev, = extract("نفت وزارة الدفاع الروسية قيام طائراتها بقصف مدينة أريحا.")
    assert (ev.actor1, ev.certainty) == ("Military Forces of Russia", "denied")


def test_what_followed_the_attack_is_told_too(extract):
    evs = extract("وأشار المرصد إلى أن الهجوم تبعه قصف مدفعي من قبل قوات النظام على مناطق انتشار التنظيم في بادية السخنة.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Shelling/artillery/missile attack", "Military Forces of Syria")]


def test_ventured_to_abduct_and_civilians_are_the_target(extract):
    # «أقدم ... على خطف»: «خطف» is the noun after «على»; violence against civilians has civilians
    # as actor2 even when the text names the victim only as «طبيب»
    ev, = extract("أقدم مسلحون مجهولون على خطف طبيب من منزله في مدينة السويداء وطالبوا ذويه بفدية مالية.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (Syria)", "Civilians (Syria)")


@pytest.mark.parametrize("text, actor2", [
    # an unidentified drone is no march
    ("استهدفت مسيرة مجهولة سيارة على طريق الرقة - الحسكة، ما أسفر عن مقتل قيادي في تنظيم حراس الدين.", "Hurras al-Din"),
    # «أغار الطيران»: raided from the air
    ("أغار الطيران الحربي على مواقع لجيش العزة في ريف حماة الشمالي.", "Jaish al-Izza"),
])
def test_drones_and_air_raids(extract, text, actor2):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor2) == ("Air/drone strike", actor2)


@pytest.mark.parametrize("text, fields", [
    # where the fire came from names who fired
    ("قتل طفل برصاص قناص من قوات النظام في حي جوبر الدمشقي.",
     ("Attack", "Military Forces of Syria", "Civilians (Syria)", 1)),
    # infighting has the same actor on both sides
    ("اشتبكت فصائل الجيش الوطني فيما بينها في مدينة الباب بريف حلب الشرقي ما أسفر عن مقتل 3 عناصر.",
     ("Armed clash", "Syrian National Army", "Syrian National Army", 3)),
    # taking a town under an agreement is no battle
    ("دخلت قوات الجيش السوري إلى مدينة منبج بموجب اتفاق مع قسد برعاية روسية.",
     ("Non-violent transfer of territory", "Military Forces of Syria", "Syrian Democratic Forces", 0)),
    # the Turkish gendarmerie, firing through a patrol of it
    ("قتل شاب برصاص دورية للجندرما التركية أثناء محاولته عبور الحدود قرب بلدة خربة الجوز.",
     ("Attack", "Military Forces of Turkey", "Civilians (Syria)", 1)),
    # a body found shot
    ("عثر الأهالي على جثة شاب مقتولا بطلق ناري في أطراف مدينة الميادين.",
     ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1)),
])
def test_sub_event_actors_and_dead(extract, text, fields):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == fields


def test_iraqi_valley_yemeni_facilities_and_a_palestinian_attacker(extract):
    # «وادي حوران غرب الأنبار» is a valley in Iraq, not the Hauran region of Syria
    ev, = extract("أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية لطيران الجيش العراقي في وادي حوران غرب الأنبار.")
    assert (ev.actor1, ev.actor2, ev.location.country) == (
        "Military Forces of Iraq", "Unidentified Armed Group (Iraq)", "Iraq")
    # «منشآت» (facilities) is no town in Egypt
    ev, = extract("شنت جماعة الحوثي هجوما بطائرات مسيرة على منشآت نفطية في محافظة مأرب.")
    assert (ev.actor1, ev.location.name) == ("Houthi Movement (Ansar Allah)", "Ma'rib")
    # «نفذها فلسطيني»: a person who did it, not the adjective of Palestine's forces
    ev, = extract("قتل جندي إسرائيلي بعملية طعن نفذها فلسطيني قرب مستوطنة أرئيل في الضفة الغربية.")
    assert ev.actor1 != "Military Forces of Palestine"


@pytest.mark.parametrize("text, place", [
    # a crowd that did something «احتجاجا على» protested
    ("قطع أهالي بلدة القريا الطريق العام احتجاجا على عمليات الخطف.", "القريا"),
    # a university named after its town is in that town
    ("نظم العشرات من طلاب جامعة حلب وقفة احتجاجية أمام مبنى رئاسة الجامعة للمطالبة بتأجيل الامتحانات.", "حلب"),
])
def test_protests_by_residents_and_students(extract, text, place):
    ev, = extract(text)
    assert (ev.event_type, ev.location.name_ar) == ("Protests", place)


_SUB_ACTOR1_CERTAINTY = ("sub_event_type", "actor1", "certainty")
_ACTORS_COUNTRY = ("actor1", "actor2", "location.country")


@pytest.mark.parametrize("text, names, fields", [
    # the accused follows the accuser: not part of who speaks
    ("اتهمت وزارة الخارجية الروسية الولايات المتحدة بقصف منشآت نفطية في دير الزور.", _SUB_ACTOR1_CERTAINTY,
     ("Shelling/artillery/missile attack", "Military Forces of the United States", "claimed")),
    # SANA: the army «استهدفت تجمعات للإرهابيين»
    ("نقلت وكالة سانا عن مصدر عسكري قوله إن وحدات الجيش استهدفت تجمعات للإرهابيين في ريف حماة.",
     _SUB_ACTOR1_CERTAINTY, ("Armed clash", "Military Forces of Syria", "reported")),
    # «المجزرة التي ارتكبتها طائرات النظام»: who committed it
    ("أكد المرصد السوري أن عدد القتلى ارتفع إلى 20 شخصا جراء المجزرة التي ارتكبتها طائرات النظام في سوق مدينة أريحا.",
     _SUB_ACTOR1_CERTAINTY, ("Air/drone strike", "Military Forces of Syria", "reported")),
    # SANA: «اعتداء إرهابي بقذيفة هاون»: an unidentified armed group
    ("واستشهد مواطن وأصيب 4 آخرون جراء اعتداء إرهابي بقذيفة هاون على ساحة الأمويين بدمشق.", _ACTORS_COUNTRY,
     ("Unidentified Armed Group (Syria)", "Civilians (Syria)", "Syria")),
    # «طرابلس» with «الجيش اللبناني» in the paragraph is Tripoli in Lebanon, not Libya's capital
    ("قتل جنديان من الجيش اللبناني في التفجير الارهابي الذي وقع امس في طرابلس.", _ACTORS_COUNTRY,
     ("Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon", "Lebanon")),
])
def test_accused_targeted_committed_terrorist_and_tripoli(extract, text, names, fields):
    ev, = extract(text)
    assert tuple(attrgetter(n)(ev) for n in names) == fields


def test_barrels_dropped_from_helicopters(extract):
    ev, = extract("ألقت مروحيات النظام 20 برميلا متفجرا على بلدة الهبيط.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == ("Air/drone strike", "Military Forces of Syria", "الهبيط")
    # «ألقي القبض» is an arrest, and «القوات» no drop («ألقوا»)
    assert all(e.event_type != "Explosions/Remote violence" for e in extract(
        "وأضافت ان اربعة من رجالها القي القبض عليهم اثناء محاولتهم إطلاق صواريخ على إسرائيل فجر الجمعة."))


def test_shells_fell_and_her_two_children(extract):
    # «أفادت مصادر بسقوط قذيفتين»: the verbal noun of an occurrence takes «بـ»
    ev, = extract("أفادت مصادر محلية بسقوط قذيفتين على حي الميدان في دمشق دون وقوع إصابات.")
    assert (ev.sub_event_type, ev.location.name_ar) == ("Shelling/artillery/missile attack", "الميدان")
    # «وأصيب طفلاها»: her two children
    ev, = extract("قتلت امرأة وأصيب طفلاها بقصف مدفعي لقوات النظام على قرية معرزاف بريف حماة.")
    assert (ev.fatalities, ev.injured) == (1, 2)


@pytest.mark.parametrize("text, verdict, check", [
    ("قصف الجيش السوري مواقع المسلحين في ريف ادلب امس.", True, "opening_event_verb"),
    ("وتعرضت سراقب لقصف مدفعي.", True, "suffered"),  # «وتعرضت»: with its «و» too
    ("وقام مسلحون بخطف مواطن في مدينة درعا.", True, "done_with_light_verb"),
    ("وقع الهجوم امس في مدينة الباب.", True, "occurs_where_or_when"),
    ("وانفجرت سيارة مفخخة امس في مدينة اعزاز.", True, "past_event_verb"),
    ("ونفى الجيش التركي امس قصف قرى في ريف حلب.", True, "denied_act"),
    ("وجاء ذلك بعد الهجوم على حاجز للجيش.", False, "told_as_background"),
    ("وقتل 5 اشخاص في الهجوم.", True, "with_toll"),
])
def test_the_check_that_decides_whether_violence_was_reported(ocha_home, monkeypatch, text, verdict, check):  # noqa: F811
    """``violence_reported`` asks its named checks in order; the first that holds decides."""
    from marsad.events import extract as stage
    from marsad.events.support import why_reported

    said: list[tuple[bool, str]] = []
    monkeypatch.setattr(stage, "violence_reported", lambda *a: said.append(why_reported(*a)) or said[-1][0])
    events = Pipeline.default(Resources(home=ocha_home))(Article(id="t", text=text, published=PUBLISHED)).events
    assert said[0] == (verdict, check)
    assert bool(events) == verdict


def test_suffering_shelling_after_and_is_an_event(extract):
    """«وتعرضت سراقب لقصف مدفعي»: the «و» before «تعرضت» does not hide what the town suffered."""
    ev, = extract("وتعرضت سراقب لقصف مدفعي.")
    assert (ev.sub_event_type, ev.location.name_ar) == ("Shelling/artillery/missile attack", "سراقب")


SOMALIA_BASE = ("مقديشو (الصومال الجديد) - قتل 8 جنود صوماليين على الأقل، صباح اليوم الأربعاء، في هجوم شنته "
                "حركة الشباب على قاعدة عسكرية في إقليم شبيلي الوسطى.\n"
                "وقال ضابط في الجيش لوكالة فرانس برس إن المهاجمين فجروا سيارة مفخخة عند مدخل القاعدة قبل أن يقتحموها.")


def test_the_base_is_no_al_qaeda_and_the_car_bomb_is_part_of_the_assault(extract):
    """«عند مدخل القاعدة» after «قاعدة عسكرية» is the base (patterns.yaml homonyms), the car bomb
    that opened the assault is the battle (ACLED: one event), and «إقليم شبيلي الوسطى» is where."""
    ev, = extract(SOMALIA_BASE)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Al Shabaab", "Military Forces of Somalia", 8)
    assert (ev.location.name, ev.location.country) == ("Middle Shabelle", "Somalia")


def test_al_qaeda_with_a_descriptor_is_the_group_beside_a_base(extract):
    ev, = extract("وفي اليمن، هاجم مسلحون من القاعدة قاعدة عسكرية في محافظة أبين امس.")
    assert (ev.actor1, ev.actor2, ev.location.name) == ("Al Qaeda", "Military Forces of Yemen", "Abyan")


def test_an_armed_group_announcing_its_capture_took_the_place(ocha_home):  # noqa: F811
    # «أعلنت إدارة العمليات العسكرية السيطرة على مدينة حمص»: the HTS-led command of December 2024
    pipeline = Pipeline.default(Resources(home=ocha_home))
    ev, = pipeline(Article(id="t", text="أعلنت إدارة العمليات العسكرية السيطرة على مدينة حمص بالكامل.",
                           published=date(2024, 12, 8))).events
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == (
        "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "حمص")


def test_a_long_subject_led_by_a_named_group_takes_the_villages_after_it(extract):
    """«سيطرت فصائل غرفة عمليات ردع العدوان بقيادة هيئة تحرير الشام، اليوم الخميس، على ...»: the
    unknown operations room is led by HTS (the actor), «ردع العدوان» is a name, not an attack, and
    the bare village names after «سيطرت ... على» are places (no «قرية» before them)."""
    evs = extract("سيطرت فصائل غرفة عمليات ردع العدوان بقيادة هيئة تحرير الشام، اليوم الخميس، "
                  "على قبتان الجبل والشيخ عقيل وعنجارة.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", name)
        for name in ("Qabtan Eljabal", "Sheikh Aqil", "Anjara")]
    assert all(e.event_date == date(2020, 1, 23) for e in evs)


def test_the_group_that_leads_is_never_the_other_side(extract):
    ev, = extract("سيطرت فصائل المعارضة بقيادة هيئة تحرير الشام امس على قرية عنجارة.")
    assert (ev.actor1, ev.actor2, ev.assoc_actor_1) == ("Opposition Rebels (Syria)", None, "Hayat Tahrir al-Sham")


@pytest.mark.parametrize("text, dead, hurt", [
    ("ووثق المرصد مقتل 37 عنصرا من قوات النظام و25 من الفصائل في المعارك الدائرة في ريف حلب الغربي اليوم.", 62, None),
    ("واسفر الهجوم عن مقتل 4 جنود و6 مسلحين وإصابة 3 مدنيين و2 من الشرطة في ريف إدلب امس.", 10, 5),
    ("وقتل 5 أشخاص و3 جرحى في قصف على إدلب امس.", 5, 3),  # the wounded are no more dead
    ("قتل 10 أشخاص بينهم 4 أطفال و3 نساء في غارة على إدلب امس.", 10, None),  # a part, not more
])
def test_victims_joined_by_and_add_up(extract, text, dead, hurt):
    ev, = extract(text)
    assert (ev.fatalities, ev.injured) == (dead, hurt)


def test_a_claim_with_a_date_and_a_bracketed_name_between(extract):
    """«أعلنت جماعة أنصار الله (الحوثيون) اليوم الجمعة استهداف سفينة»: the claimer is the actor,
    whatever alias in brackets and date stand between it and what it claims."""
    ev, = extract("أعلنت جماعة أنصار الله (الحوثيون) اليوم الجمعة استهداف سفينة تجارية في خليج عدن "
                  "بصواريخ باليستية وطائرات مسيرة.")
    assert (ev.event_type, ev.actor1) == ("Explosions/Remote violence", "Houthi Movement (Ansar Allah)")


def test_an_airborne_raid_that_led_to_arrests_is_the_arrests_by_the_raiding_force(extract):
    """ACLED: a raid that only arrests is Arrests (no battle); the force that carried out the
    operation («قوة من جهاز مكافحة الإرهاب نفذت ... أسفرت عن اعتقال») made them, in the desert of
    Anbar (a countryside word: «صحراء الأنبار»)."""
    ev, = extract("وفي العراق، ذكرت خلية الإعلام الأمني في بيان أن قوة من جهاز مكافحة الإرهاب نفذت عملية "
                  "إنزال جوي في صحراء الأنبار أسفرت عن اعتقال ثلاثة مطلوبين.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Arrests", "Military Forces of Iraq", "Anbar")


def test_tripoli_armed_groups_named_after_a_date_between_commas(extract):
    """«اندلعت اشتباكات مسلحة، مساء الاثنين، بين جهاز الردع ولواء 444 قتال»: the two sides are named
    after «بين» past the date; Tripoli's armed groups are in the actor lexicon."""
    ev, = extract("اندلعت اشتباكات مسلحة، مساء الاثنين، بين جهاز الردع ولواء 444 قتال في منطقة سوق الجمعة "
                  "بالعاصمة الليبية طرابلس.")
    assert {ev.actor1, ev.actor2} == {"Special Deterrence Force (Radaa)", "444th Combat Brigade"}
    assert (ev.sub_event_type, ev.location.name) == ("Armed clash", "Tripoli")


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة متظاهرين برصاص قوات الأمن في الخرطوم أمس.",
    "قتل ثلاثة متظاهرين برصاص قوات الأمن خلال مواكب خرجت في الخرطوم أمس رفضا للانقلاب العسكري.",
])
def test_protesters_killed_by_security_forces_is_excessive_force(extract, text):
    """The killing of protesters by a force is ACLED's Excessive force against protesters (it made
    no event: the protesters were only the victims of the verb, with no word of gathering)."""
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.location.name) == (
        "Excessive force against protesters", "Protesters (Sudan)", "Police Forces of Sudan", 3, "Khartoum")


def test_killing_protesters_as_a_topic_is_no_event(extract):
    assert extract("وانتقد ممارسة العنف بحق المتظاهرين وقتل متظاهرين في عواصم أخرى.") == []


BAGHDAD_PROTEST = ("بغداد (الشرق الأوسط) - خرج آلاف المتظاهرين في ساحة التحرير وسط بغداد أمس، احتجاجا على تردي "
                   "الخدمات، ورددوا هتافات تطالب بإسقاط الحكومة.\n"
                   "وأطلقت قوات مكافحة الشغب الغاز المسيل للدموع والرصاص المطاطي لتفريق المحتجين الذين حاولوا عبور "
                   "جسر الجمهورية، ما أدى إلى إصابة 25 متظاهرا.")


def test_a_protest_the_riot_police_broke_up_is_one_event_in_baghdad(extract):
    """The outlet in the dateline's brackets («الشرق الأوسط») is no place (it was the Middle East),
    the riot police («قوات مكافحة الشغب») make no riot, and the protest told twice, peaceful then
    dispersed, is one Protest with intervention (its most serious form)."""
    ev, = extract(BAGHDAD_PROTEST)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.injured) == (
        "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", "Baghdad", 25)


def test_a_drone_belonging_to_a_force_is_that_forces_strike(extract):
    ev, = extract("كما استهدفت طائرة مسيرة انتحارية تابعة لقوات النظام سيارة مدنية على طريق سرمين - إدلب، "
                  "دون وقوع إصابات.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Air/drone strike", "Military Forces of Syria", 0)


def test_the_dateline_city_is_not_where_events_abroad_happened(extract):
    """«أنقرة (الأناضول) - ... في شمالي سوريا والعراق»: Ankara filed the story; the sentence puts
    the event in other countries, so the record has no town (ACLED codes no country alone)."""
    ev, = extract('أنقرة (الأناضول) - أعلنت وزارة الدفاع التركية تحييد 14 إرهابيا من تنظيم "بي كا كا" '
                  "في شمالي سوريا والعراق.")
    assert (ev.actor1, ev.fatalities, ev.location) == ("Military Forces of Turkey", 14, None)


def test_the_attackers_named_again_retell_the_event(extract):
    """«وأطلق المسلحون النار على المختار أمام منزله ولاذوا بالفرار»: how the killing told just
    before was done, not a second attack (no place, date or number of its own)."""
    evs = extract("قالت مصادر محلية إن مسلحين مجهولين اغتالوا مختار قرية الحمرا في ريف دير الزور الشرقي، "
                  "مساء الجمعة.\nوأطلق المسلحون النار على المختار أمام منزله ولاذوا بالفرار.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_turkish_drones_are_no_march_and_the_sdf_telling_it_is_no_side(extract):
    """«الطائرات التركية المسيرة»: «المسيرة» after a word of aircraft is the drone (it made a protest
    of the strike); the SDF command that tells it («قالت القيادة العامة لقوات سوريا الديمقراطية
    إن») is the speaker, and the YPG commander killed is the other side."""
    ev, = extract("قالت القيادة العامة لقوات سوريا الديمقراطية إن الطائرات التركية المسيرة قصفت سيارة في ريف "
                  "القامشلي، ما أدى إلى مقتل قيادي في وحدات حماية الشعب ومرافقه.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Air/drone strike", "Military Forces of Turkey", "People's Protection Units")


def test_who_holds_a_place_is_no_capture(extract):
    """«أحياء تسيطر عليها المعارضة»: an imperfect verb of control describes the neighbourhoods (it
    made a Government regains territory event of a barrel bombing)."""
    ev, = extract("ألقت طائرات هليكوبتر تابعة للجيش السوري براميل متفجرة على أحياء تسيطر عليها المعارضة في "
                  "مدينة حلب يوم الأحد مما أسفر عن مقتل 20 شخصا على الأقل بينهم أطفال.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", 20)


def test_a_claim_through_its_agency_names_the_bomber(extract):
    """«أعلن تنظيم داعش عبر وكالة أعماق التابعة له، مسؤوليته عن الهجوم الانتحاري ...»: the channel of
    the claim stands between the claimer and «مسؤوليته عن» (it made no event)."""
    ev, = extract("أعلن تنظيم داعش عبر وكالة أعماق التابعة له، مسؤوليته عن الهجوم الانتحاري الذي استهدف تجمعا "
                  "لقوات الحشد الشعبي في قضاء طوزخورماتو بمحافظة صلاح الدين أمس، والذي أسفر عن مقتل 7 من عناصرها.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Suicide bomb", "Islamic State (Iraq)", "Popular Mobilization Forces", 7)


AIN_AL_ASAD = ('بغداد - تعرضت قاعدة عين الأسد الجوية التي تضم قوات أمريكية في محافظة الأنبار غربي العراق، مساء '
               'الثلاثاء، لهجوم بطائرتين مسيرتين، بحسب مصدر أمني عراقي.\n'
               'وتبنت "المقاومة الإسلامية في العراق" الهجوم في بيان، مؤكدة أنها استهدفت القاعدة "ردا على جرائم الاحتلال".')


def test_a_base_that_suffered_a_drone_attack_claimed_in_the_next_sentence(extract):
    """What the base suffered after an aside between commas is the event, at the base rather than
    its governorate, and the group that claims it in the next sentence is actor1."""
    ev, = extract(AIN_AL_ASAD)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name) == (
        "Air/drone strike", "Islamic Resistance in Iraq", "Military Forces of the United States",
        "Ain al-Asad Air Base")


def test_a_drone_shot_down_is_no_drone_strike(extract):
    ev, = extract("أسقطت الدفاعات الجوية السورية طائرة مسيرة أطلقها المسلحون فوق مطار حماة امس.")
    assert (ev.sub_event_type, ev.actor1) == ("Disrupted weapons use", "Military Forces of Syria")


def test_sana_israeli_aggression_told_twice_is_one_strike(extract):
    """SANA's «العدو الإسرائيلي» is Israel's forces; «من اتجاه الجولان» is where the missiles came
    from, not where they fell; the second telling adds the toll to the first."""
    ev, = extract("دمشق - سانا: تصدت وسائط دفاعنا الجوي بعد منتصف الليلة لعدوان إسرائيلي بالصواريخ استهدف بعض "
                  "النقاط في محيط دمشق، وأسقطت معظمها.\nوقال مصدر عسكري إن العدو الإسرائيلي نفذ عدوانا جويا من "
                  "اتجاه الجولان السوري المحتل، ما أدى إلى استشهاد جنديين وإصابة 3 آخرين بجروح.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name_ar, ev.fatalities, ev.injured) == (
        "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria", "دمشق", 2, 3)


@pytest.mark.parametrize("text, actor1", [
    ("اعترضت الدفاعات السعودية طائرة مسيرة أطلقها الحوثيون باتجاه خميس مشيط.", "Military Forces of Saudi Arabia"),
    ("أعلن تحالف دعم الشرعية في اليمن اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها الميليشيا الحوثية.",
     "Saudi-led Coalition"),
])
def test_an_intercepted_drone_is_disrupted_weapons_use(extract, text, actor1):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1) == ("Disrupted weapons use", actor1)


def test_towns_that_witnessed_protests_are_one_event_each(extract):
    """«فيما شهدت بلدات القريا وشهبا وملح وقفات احتجاجية مماثلة»: each town of the list that
    witnessed the protests is a protest event (ACLED: one per place); it made none."""
    evs = extract("تظاهر مئات المواطنين في ساحة الكرامة وسط مدينة السويداء، اليوم الجمعة، مطالبين برحيل النظام.\n"
                  "ورفع المتظاهرون لافتات تندد بالاعتقالات التعسفية، فيما شهدت بلدات القريا وشهبا وملح وقفات "
                  "احتجاجية مماثلة.")
    assert [(e.sub_event_type, e.location.name_ar) for e in evs] == [
        ("Peaceful protest", name) for name in ("السويداء", "القريا", "شهبا", "ملح")]


def test_a_mine_left_by_terrorists_kills_civilians(extract):
    """«بانفجار لغم من مخلفات الإرهابيين»: those who left the mine are actor1 and the civilians it
    killed are actor2 (the terrorists were the target)."""
    ev, = extract("استشهد ثلاثة مدنيين وأصيب سبعة آخرون بانفجار لغم من مخلفات الإرهابيين في بادية تدمر بريف حمص "
                  "الشرقي، أثناء جمعهم الكمأة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 3, 7)


def test_sohr_factions_alone_are_the_rebels(extract):
    ev, = extract("قتل عنصران من قوات النظام وأصيب 4 آخرون، جراء استهداف الفصائل بصاروخ موجه سيارة عسكرية على "
                  "محور الملاجة بريف إدلب الجنوبي.")
    assert (ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Opposition Rebels (Syria)", "Military Forces of Syria", 2, 4)


@pytest.mark.parametrize("end, dead, hurt", [("سقوط شهيد", 1, None), ("سقوط قتيل وجريحين", 1, 2)])
def test_a_drone_that_struck_a_motorbike_and_its_toll(extract, end, dead, hurt):
    """«مسيرة إسرائيلية استهدفت دراجة نارية»: a generic verb whose subject is a drone is an air strike
    (it made no event); «سقوط شهيد» counts one (the weak «شهيد» alone counts only when indefinite)."""
    ev, = extract(f"وأفادت الوكالة الوطنية للإعلام بأن مسيرة إسرائيلية استهدفت دراجة نارية في بلدة كفركلا "
                  f"الجنوبية، ما أدى إلى {end}.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities, ev.injured) == (
        "Air/drone strike", "Military Forces of Israel", dead, hurt)
    assert extract("المحكمة المتعلقة باغتيال الرئيس الشهيد رفيق الحريري.") == []


def test_an_assassination_done_kills_its_target(extract):
    """«اغتال مسلحون مجهولون يستقلون دراجة نارية، صباح اليوم، قياديا»: the target of a done
    assassination is dead (1) though no count stands by the verb; an inferred death is not
    what makes the sentence an event."""
    ev, = extract("اغتال مسلحون مجهولون يستقلون دراجة نارية، صباح اليوم، قياديا في المجلس الانتقالي الجنوبي في "
                  "مديرية الشيخ عثمان بعدن.")
    assert (ev.sub_event_type, ev.fatalities, ev.field_evidence["fatalities"].text) == ("Attack", 1, "اغتال")


def test_a_denial_of_that_makes_the_capture_claimed(extract):
    ev, = extract("قالت قوات الدعم السريع إنها سيطرت على مدينة ود مدني عاصمة ولاية الجزيرة، بعد معارك مع الجيش "
                  "السوداني.\nونفى الجيش السوداني ذلك، مؤكدا أن قواته انسحبت من المدينة إلى مواقع دفاعية.")
    assert (ev.sub_event_type, ev.actor1, ev.certainty) == (
        "Non-state actor overtakes territory", "Rapid Support Forces", "claimed")
    assert "denied by Military Forces of Sudan" in ev.notes


def test_sana_army_units_destroying_depots_in_two_towns(extract):
    """«دمرت وحدات من الجيش العربي السوري، فجر اليوم، مقرات ومستودعات أسلحة ... في بلدتي اللطامنة
    وكفرزيتا»: the date between commas is an aside, so the military objects and the two towns
    after it belong to «دمرت» (the army was lost and the region taken for the towns)."""
    evs = extract("دمرت وحدات من الجيش العربي السوري، فجر اليوم، مقرات ومستودعات أسلحة للتنظيمات الإرهابية في "
                  "بلدتي اللطامنة وكفرزيتا بريف حماة الشمالي، وقضت على عدد من الإرهابيين.")
    assert [(e.sub_event_type, e.actor1, e.location.name_ar) for e in evs] == [
        ("Armed clash", "Military Forces of Syria", "اللطامنة"), ("Armed clash", "Military Forces of Syria", "كفر زيتا")]


def test_what_a_ministry_announces_happened_where_it_says(extract):
    """«أعلنت وزارة الداخلية الليبية ضبط شحنة أسلحة ... في ميناء مصراتة، واعتقال ثلاثة أشخاص»: the
    verbal noun right after the ministry starts what it tells, so Misrata is where (not the
    ministry's place; the dateline, Tripoli, was taken)."""
    ev, = extract("طرابلس - أعلنت وزارة الداخلية الليبية ضبط شحنة أسلحة وذخائر في ميناء مصراتة، واعتقال ثلاثة "
                  "أشخاص متورطين في تهريبها.")
    assert (ev.sub_event_type, ev.location.name, ev.sources) == ("Arrests", "Misratah", ["Libyan Ministry of Interior"])


def test_jenin_raid_toll_sources_and_the_clash_near_the_camp(extract):
    """«وفق وزارة الصحة الفلسطينية» is the source; «في محيط المخيم» points back to the camp named
    before, which places the clash there (it was no event)."""
    evs = extract("استشهد ثلاثة شبان، وأصيب خمسة آخرون، برصاص قوات الاحتلال خلال اقتحامها مخيم جنين فجر اليوم، "
                  "وفق وزارة الصحة الفلسطينية.\nوقالت مصادر محلية إن اشتباكات مسلحة اندلعت بين مقاومين وقوات "
                  "الاحتلال في محيط المخيم.")
    assert [(e.sub_event_type, e.actor1, e.fatalities, e.sources) for e in evs] == [
        ("Attack", "Military Forces of Israel", 3, ["Palestinian Ministry of Health"]),
        ("Armed clash", "Unidentified Armed Group (Palestine)", 0, [])]
    assert evs[0].location == evs[1].location


def test_sana_restoring_security_to_villages_is_regaining_them(extract):
    evs = extract("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى قريتي الزكاة والأربعين بريف حماة الشمالي "
                  "بعد القضاء على آخر تجمعات الإرهابيين فيهما.")
    assert [(e.sub_event_type, e.actor1, e.location.name_ar) for e in evs] == [
        ("Government regains territory", "Military Forces of Syria", name) for name in ("الزكاة", "الأربعين")]


@pytest.mark.parametrize("text, source, actor1", [
    ("أعلن المتحدث العسكري المصري مقتل 18 تكفيريا خلال عمليات مداهمة نفذتها القوات المسلحة في شمال سيناء "
     "الأسبوع الماضي.", "Spokesperson of the Egyptian Armed Forces", "Military Forces of Egypt"),
    ("وقال وزير الدفاع العراقي إن قوة أمنية قتلت 3 إرهابيين في الأنبار امس.", "Iraqi Minister of Defence",
     "Police Forces of Iraq"),
])
def test_an_office_named_without_its_holder_is_the_source(extract, text, source, actor1):
    """«أعلن المتحدث العسكري المصري», «قال وزير الدفاع العراقي»: the office speaks (no source was
    kept without a person's name); «قوة أمنية» is the security forces."""
    ev = extract(text)[0]
    assert (ev.sources, ev.actor1) == ([source], actor1)


def test_gunmen_shooting_protesters_attack_civilians(extract):
    """«أطلق مسلحون النار على متظاهرين»: armed men who are no state force attacking protesters is
    ACLED's Attack (Violence against civilians), the protesters the victims; it was a Peaceful
    protest with three dead. The police doing it stays Excessive force against protesters."""
    ev, = extract("أطلق مسلحون النار على متظاهرين في ساحة التحرير ببغداد امس، ما أدى إلى مقتل 3 منهم.")
    assert (ev.event_type, ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "Protesters (Iraq)", 3)
    ev, = extract("فتحت الشرطة النار على المتظاهرين في بغداد امس فقتلت اثنين منهم.")
    assert (ev.sub_event_type, ev.actor2) == ("Excessive force against protesters", "Police Forces of Iraq")


def test_a_passive_with_its_agent_after_ala_yad(extract):
    """«تم اختطاف الصحفي على يد مسلحين»: «على يد» is the agent as «من قبل» is (the pattern spelled
    «على» with «ى», which the normalised text never has)."""
    ev, = extract("وتم اختطاف الصحفي على يد مسلحين مجهولين في مدينة الرمادي.")
    assert (ev.sub_event_type, ev.actor1) == ("Abduction/forced disappearance", "Unidentified Armed Group (Iraq)")


def test_drones_the_instrument_of_a_strike_are_no_march(extract):
    # «المسيرات» is drones and marches; struck «بالمسيرات» it is drones, joined «بمسيرة» a march
    ev, = extract("قصفت قوات الدعم السريع بالمسيرات محطة كهرباء في مدينة مروي شمالي السودان.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Rapid Support Forces", None)
    ev, = extract("شارك الآلاف بمسيرة في مدينة الخرطوم للمطالبة بالحكم المدني.")
    assert (ev.sub_event_type, ev.actor1) == ("Peaceful protest", "Protesters (Sudan)")


def test_the_military_spokesman_of_a_group_claims_for_it(extract):
    # «المتحدث العسكري باسم جماعة الحوثيين يحيى سريع»: the spokesman, named, claims for the Houthis
    ev, = extract("أعلن المتحدث العسكري باسم جماعة الحوثيين يحيى سريع استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي.")
    assert (ev.sub_event_type, ev.actor1) == ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)")


def test_the_ministry_named_again_and_its_forces(extract):
    # «الوزارة» is the ministry named before; «قواتها» its forces, who take the villages
    text = ("أعلنت وزارة الدفاع السورية أن وحداتها تصدت لهجوم شنته مجموعات خارجة عن القانون على مواقع "
            "للجيش في محيط مدينة السويداء، ما أدى إلى مقتل خمسة عناصر.\n"
            "وأوضحت الوزارة في بيان أن قواتها تمكنت من السيطرة على بلدتي المزرعة والثعلة بعد اشتباكات عنيفة.")
    got = [(e.sub_event_type, e.actor1, e.actor2, e.location.name_ar, e.sources) for e in extract(text)]
    # «خارجة» (outside) in «خارجة عن القانون» is no village of Hasakeh; the outlaws are armed men
    assert got[0] == ("Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria", "السويداء",
                      ["Syrian Ministry of Defence"])
    assert got[1:] == [("Government regains territory", "Military Forces of Syria", None, name, ["Syrian Ministry of Defence"])
                       for name in ("المزرعة", "الثعلة")]


def test_a_dateline_the_story_runs_on_from(extract):
    # «الخرطوم (رويترز) - قال شهود»: Reuters tells what the witnesses said
    text = ("الخرطوم (رويترز) - قال شهود عيان إن قوات الدعم السريع قصفت مخيم أبو شوك للنازحين قرب مدينة "
            "الفاشر بالمدفعية الثقيلة، ما أسفر عن مقتل 40 شخصا على الأقل.\n"
            "وأضاف الشهود أن الجيش السوداني رد بقصف مواقع الدعم السريع شرقي المدينة.")
    got = [(e.actor1, e.actor2, e.fatalities, e.sources) for e in extract(text)]
    # the owner of the positions shelled is the target, not the shelling side
    assert got == [("Rapid Support Forces", "Civilians (Sudan)", 40, ["Reuters"]),
                   ("Military Forces of Sudan", "Rapid Support Forces", 0, ["Reuters"])]


def test_who_arrests_and_who_is_arrested(extract):
    # a force named well before the joined arrest verb made the arrest
    text = ("وقال مصدر في وزارة الداخلية إن قوات الأمن أرسلت تعزيزات إلى مدينة جبلة وبدأت عملية تمشيط "
            "واسعة، واعتقلت أربعة مشتبه بهم.")
    assert [(e.actor1, e.actor2) for e in extract(text)] == [("Police Forces of Syria", "Civilians (Syria)")]
    # protesters after the arrest noun were arrested; they arrest no one
    ev, = extract("أدانت منظمة حقوقية إلقاء القبض على 68 متظاهرا يوم الأحد في القاهرة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", None, "Protesters (Egypt)")
    # a force abroad arrests no compatriots: the civilians have no country when no place is named
    ev, = extract("أوضح بيان للجيش الأميركي اعتقال شخص يشتبه بارتباطه بخلية سرية تهرب الأسلحة.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of the United States", "Civilians")


def test_artillery_shelling_while_drones_fly(extract):
    # the reconnaissance aircraft of another clause do not make the artillery's shelling an air strike
    ev, = extract("قصفت مدفعية الجيش التركي قرى بريف منبج، بالتزامن مع تحليق مكثف لطائرات الاستطلاع.")
    assert (ev.sub_event_type, ev.actor1) == ("Shelling/artillery/missile attack", "Military Forces of Turkey")
    ev, = extract("قصفت الطائرات الحربية الروسية بلدة كفرنبل.")
    assert ev.sub_event_type == "Air/drone strike"


def test_the_forces_of_a_ministry(extract):
    # «قوات وزارة الدفاع» are the army (Syria's since 2025), not the ministry that tells
    ev, = extract("وثق المرصد السوري مقتل 3 عناصر من قوات وزارة الدفاع جراء انفجار لغم أرضي من مخلفات "
                  "الحرب بسيارتهم في بادية دير الزور.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Military Forces of Syria", 3)
    ev, = extract("قتل عنصران من قوات وزارة الداخلية بهجوم لمسلحين على حاجز في ريف إدلب.")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Syria)", "Police Forces of Syria")


def test_libyan_outlet_and_emergency_centre_are_sources(extract):
    ev, = extract("طرابلس - بوابة الوسط\n\nشهدت مدينة الزاوية، مساء الجمعة، اشتباكات مسلحة عنيفة بين مجموعتين "
                  "مسلحتين، ما أدى إلى مقتل مدني، بحسب ما أفاد مركز طب الطوارئ والدعم.")
    assert (ev.location.name_ar, ev.fatalities, ev.sources) == (
        "الزاوية", 1, ["Alwasat", "Emergency Medicine and Support Centre (Libya)"])


def test_a_spokesman_named_with_his_office_is_one_source(extract):
    ev, = extract("صرح الناطق باسم الجيش الإسرائيلي أفيخاي أدرعي بأن الجيش هاجم أكثر من 50 هدفا لحزب الله في "
                  "جنوب لبنان خلال الليل.")
    assert ev.sources == ["Israeli Army Spokesperson"]


def test_the_british_maritime_trade_desk_is_a_source_not_a_navy(extract):
    ev, = extract("قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة تجارية تعرضت لهجوم بصاروخ قبالة "
                  "ميناء الحديدة اليمني أمس.")
    assert (ev.sub_event_type, ev.actor2, ev.sources) == ("Shelling/artillery/missile attack", None, ["UKMTO"])


def test_a_civil_body_that_counts_the_dead_is_a_source(extract):
    # «قالت الخوذ البيضاء إن ...»: the White Helmets tell it, as a monitor would; an armed actor
    # that tells is no source («قالت قوات سوريا الديمقراطية إن ...»)
    ev, = extract("قالت الخوذ البيضاء إن 8 مدنيين بينهم 3 أطفال قتلوا جراء غارات جوية على مدينة سراقب.")
    assert (ev.sub_event_type, ev.fatalities, ev.sources) == ("Air/drone strike", 8, ["White Helmets"])
    ev, = extract("قالت قوات سوريا الديمقراطية إن الطائرات التركية قصفت قرية تل تمر.")
    assert ev.sources == []


def test_a_denial_put_to_the_event_of_its_own_sentence(extract):
    # «وهو ما نفته وزارة الدفاع الروسية»: told by the White Helmets, denied by Russia: claimed
    ev, = extract("قالت الخوذ البيضاء إن 8 مدنيين قتلوا جراء غارات جوية على مدينة سراقب، وهو ما نفته وزارة "
                  "الدفاع الروسية، مؤكدة أن طائراتها لم تنفذ أي مهام قتالية في تلك المنطقة.")
    assert (ev.fatalities, ev.certainty) == (8, "claimed")
    assert "denied by Russian Ministry of Defence" in ev.notes
    ev, = extract("قتل 5 مدنيين بقصف للجيش على بلدة كفرنبل، الأمر الذي نفاه الجيش.")
    assert ev.certainty == "claimed"


def test_the_shelling_told_again_at_new_places_keeps_its_attacker(extract):
    text = ("دمشق - سبوتنيك\nأعلن نائب رئيس مركز المصالحة الروسي في سوريا، اللواء فاديم كوليت، أن مسلحي "
            "\"جبهة النصرة\" قصفوا خلال الساعات الـ24 الماضية مواقع الجيش السوري في محافظة إدلب 12 مرة.\n"
            "وأوضح كوليت في إيجاز صحفي أن القصف طال بلدات كفرنبل وحاس وكفرعويد، ما أسفر عن إصابة 3 عسكريين.")
    # (the shelling «في محافظة إدلب» is these three, not a fourth: see the merge tests)
    got = [(e.actor1, e.actor2, e.location.name) for e in extract(text)]
    assert got == [("Hayat Tahrir al-Sham", "Military Forces of Syria", name)
                   for name in ("Kafr Nobol", "Has", "Kafr Oweid")]
    # «نائب رئيس» is the deputy head, and he tells it as well as Sputnik
    assert extract(text)[0].sources == ["Sputnik", "deputy head of the Russian Reconciliation Center"]


def test_a_protest_told_across_a_dated_aside_or_broken_up_from_afar(extract):
    # «خرج المئات ...، اليوم الجمعة، في وقفة احتجاجية»: the date between commas is no border
    ev, = extract("خرج المئات من أهالي مدينة السويداء، اليوم الجمعة، في وقفة احتجاجية بساحة الكرامة "
                  "للمطالبة بالإفراج عن المعتقلين.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == ("Peaceful protest", "Protesters (Syria)", "السويداء")
    # the protesters the police broke up, named seven words after «فرقت»
    ev, = extract("فرقت قوات الأمن العراقية بالرصاص الحي وقنابل الغاز محتجين قطعوا طريقا رئيسيا في الناصرية، "
                  "ما أدى إلى إصابة 15 متظاهرا.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq")


def test_sana_joined_capture_and_a_shelling_after_a_connector(extract):
    # «واصلت وحدات من الجيش ... ضد تجمعات الإرهابيين ... وأحكمت سيطرتها»: the joined verb's subject
    # is the army units, not the terrorists named last; «إلى ذلك» opens a report, no background
    evs = extract("واصلت وحدات من الجيش العربي السوري عملياتها ضد تجمعات الإرهابيين في ريف حماة الشمالي "
                  "وأحكمت سيطرتها على بلدات اللطامنة وكفرزيتا ومورك بعد معارك عنيفة مع إرهابيي تنظيم جبهة "
                  "النصرة.\n\nإلى ذلك استشهد مدنيان وأصيب 4 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف "
                  "الصاروخية على بلدة السقيلبية بريف حماة الشمالي الغربي.")
    assert [(e.sub_event_type, e.actor1, e.location.name_ar, e.fatalities) for e in evs] == [
        ("Government regains territory", "Military Forces of Syria", town, 0) for town in ("اللطامنة", "كفر زيتا", "مورك")
    ] + [("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "السقيلبية", 2)]


def test_sohr_whereas_clause_and_the_monitor_saw_a_shelling(extract):
    # «في حين قصفت الطائرات الروسية ...» is a report of its own, not the when of the shelling
    # before it; «رصد المرصد استهداف الفصائل لمواقع ... في محور الملاجة، بالقذائف» is a shelling
    evs = extract("قُتل 5 مدنيين بينهم طفلان وامرأة، وأصيب آخرون، جراء قصف صاروخي نفذته قوات النظام صباح "
                  "اليوم على أطراف مدينة أريحا جنوبي إدلب، في حين قصفت الطائرات الحربية الروسية محيط بلدتي "
                  "البارة وكنصفرة في جبل الزاوية.\n\nورصد المرصد السوري استهداف الفصائل لمواقع قوات النظام في "
                  "محور الملاجة بريف إدلب الجنوبي، بالقذائف الصاروخية، دون معلومات عن خسائر بشرية.")
    assert [(e.sub_event_type, e.actor1, e.location.name_ar, e.fatalities) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "أريحا", 5),
        ("Air/drone strike", "Military Forces of Russia", "البارة", 0),
        ("Air/drone strike", "Military Forces of Russia", "كنصفرة", 0),
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "الملاجة", 0)]


def test_rt_reconciliation_centre_counts_truce_breaches_and_a_mortar_attack(extract):
    # «خرقوا نظام وقف إطلاق النار 28 مرة»: no agreement; the town before its region is the place
    evs = extract("أعلن مركز المصالحة الروسي في سوريا أن المسلحين في منطقة خفض التصعيد في إدلب خرقوا نظام "
                  "وقف إطلاق النار 28 مرة خلال الـ24 ساعة الماضية.\n\nوأضاف أن مسلحي هيئة تحرير الشام استهدفوا "
                  "مواقع القوات الحكومية السورية قرب بلدة كبانة بريف اللاذقية الشمالي بقذائف الهاون، ما أدى إلى "
                  "إصابة جنديين سوريين.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location.name_ar, e.injured) for e in evs] == [
        ("Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "Military Forces of Syria", "كباني", 2)]


def test_a_death_written_into_the_word_counts_one(extract):
    # «لقي جندي مصرعه»: one dead; «اثنان» counts the wounded of «وأصيب»
    ev, = extract("لقي جندي مصرعه وأصيب اثنان في انفجار عبوة ناسفة في درعا.")
    assert (ev.fatalities, ev.injured) == (1, 2)
    # «حتى الموت» one dead, unless they «fought to the death»
    ev, = extract("عذب عناصر من المخابرات معتقلا حتى الموت في سجن صيدنايا.")
    assert ev.fatalities == 1
    ev, = extract("قاتلوا حتى الموت في مدينة حلب.")
    assert ev.fatalities == 0


def test_kin_joined_to_a_counted_group_count_too(extract):
    ev, = extract("قتل 3 أطفال ووالدتهم بقصف على بلدة كفرنبل.")
    assert ev.fatalities == 4
    # a dual victim word counts two with its ending («شهيدان»: «شهيد» + «ان»)
    ev, = extract("ارتقى شهيدان وأصيب آخرون في قصف للاحتلال على مخيم النصيرات وسط قطاع غزة.")
    assert (ev.actor1, ev.fatalities) == ("Military Forces of Israel", 2)
    # but a second noun of the counted kind is the same count: 800 men and boys
    ev, = extract("أعدم مسلحون قرابة 800 رجل وصبي في بلدة كفرنبل.")
    assert ev.fatalities == 800


def test_unconfirmed_news_of_a_death_and_aircraft_of_a_likely_nation(extract):
    # «تحدثت أنباء غير مؤكدة عن مقتل»: «عن» after a verb of speech opens what is said, no background
    ev, = extract("تحدثت أنباء غير مؤكدة عن مقتل قيادي في هيئة تحرير الشام بغارة على بلدة سرمدا.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities, ev.certainty) == (
        "Air/drone strike", "Hayat Tahrir al-Sham", 1, "claimed")
    # the aircraft the verb's subject, their likely nation after them: hedged, with a note
    ev, = extract("قال ناشطون إن طائرات يرجح أنها روسية قصفت بلدة كفرنبل.")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Russia")
    assert "actor1 hedged" in ev.notes


@pytest.mark.parametrize("text, actors, note", [
    # «يعتقد أنها من فعل ...»: the hedge names who did it, actor1, doubted
    ("قتل 5 أشخاص في تفجير يعتقد أنه من تنفيذ تنظيم داعش في بغداد.",
     ("Islamic State (Iraq)", "Civilians (Iraq)"), "actor1 hedged"),
    ("قصف مسلحون يعتقد أنهم من داعش بلدة السخنة أمس.", ("Islamic State (Syria)", None), "actor1 hedged"),
    # the hedge is about the man arrested
    ("أعلن الجيش الأمريكي اعتقال شخص يشتبه بارتباطه بخلية سرية في بغداد.",
     ("Military Forces of the United States", "Civilians (Iraq)"), "actor2 hedged"),
])
def test_a_hedge_on_who_someone_is_notes_that_side(extract, text, actors, note):
    ev, = extract(text)
    assert ((ev.actor1, ev.actor2), ev.certainty) == (actors, "reported")
    assert note in ev.notes


def test_a_hedge_on_what_it_did_leaves_the_strike_reported(extract):
    ev, = extract("صرح مسؤولون بأنه تم شن ضربة جوية أميركية على مناطق بشمال غرب باكستان، ومن المعتقد أنها "
                  "أسفرت عن مقتل أحد القيادات البارزة في تنظيم القاعدة.")
    assert (ev.sub_event_type, ev.certainty) == ("Air/drone strike", "reported")
    assert "hedged" not in ev.notes


def test_yemens_national_army_west_of_marib(extract):
    # «الجيش الوطني اليمني» is Yemen's army, not the Syrian National Army; «غربي مأرب» is west of Marib
    ev, = extract("قتل خمسة جنود من الجيش الوطني اليمني وأصيب آخرون في هجوم شنته جماعة الحوثي على "
                  "مواقعهم في جبهة الكسارة غربي مأرب.")
    assert (ev.actor1, ev.actor2, ev.location.name, ev.fatalities) == (
        "Houthi Movement (Ansar Allah)", "Military Forces of Yemen", "Ma'rib", 5)


def test_a_place_that_came_under_someones_control(extract):
    # the place is the subject, its new holder named after «تحت سيطرة» / «بيد»
    ev, = extract("باتت بلدة سراقب تحت سيطرة الجيش السوري بالكامل بعد انسحاب مسلحي هيئة تحرير الشام منها.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name_ar) == (
        "Government regains territory", "Military Forces of Syria", "Hayat Tahrir al-Sham", "سراقب")
    ev, = extract("سقطت مدينة معرة النعمان بيد قوات النظام بعد أسابيع من القصف العنيف.")
    assert (ev.sub_event_type, ev.actor1) == ("Government regains territory", "Military Forces of Syria")
    # a shell that fell by a child is no place changing hands
    assert [e.sub_event_type for e in extract("سقطت قذيفة بيد طفل في بلدة كفرنبل.")] == [
        "Shelling/artillery/missile attack"]


def test_ballistic_missiles_fired_at_a_target(extract):
    # «باليستية» alone is no test: fired «على مقرات ... في أربيل» they struck; a test says so
    ev, = extract("أطلق الحرس الثوري الإيراني صواريخ باليستية على مقرات قال إنها لجماعات إرهابية في أربيل.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Shelling/artillery/missile attack", "Islamic Revolutionary Guard Corps", "Erbil")
    assert extract("أجرت كوريا الشمالية تجربة لإطلاق صاروخ باليستي سقط في بحر اليابان.") == []


@pytest.mark.parametrize("text, expected", [
    # duals are unidentified armed groups: a clash between them
    ("قتل 4 أشخاص وأصيب 10 آخرون في اشتباكات بين مجموعتين مسلحتين في منطقة جنزور غرب طرابلس.",
     ("Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 4)),
    # «منتسب» (Iraqi usage): one member of a force killed
    ("أفاد مصدر أمني بمقتل منتسب في الحشد الشعبي وإصابة اثنين آخرين بهجوم لعناصر تنظيم داعش على نقطة "
     "مرابطة في قضاء الطارمية.", ("Armed clash", "Islamic State (Iraq)", "Popular Mobilization Forces", 1)),
    # the sentence opens with the passive «قتل»; «على يد مجهولين» names who did it: an attack
    ("قتل متظاهر طعنا بالسكاكين على يد مجهولين في ساحة الحبوبي بالناصرية.",
     ("Attack", "Unidentified Armed Group (Iraq)", "Protesters (Iraq)", 1)),
    # «بأن خلايا تابعة لتنظيم داعش هاجمت حافلة تقل عسكريين»: the subject is before the verb,
    # the soldiers are in the bus
    ("أفاد مصدر بأن خلايا تابعة لتنظيم داعش هاجمت حافلة تقل عسكريين قرب تدمر، ما أدى إلى مقتل 9 منهم.",
     ("Armed clash", "Islamic State (Syria)", "Military Forces of Syria", 9)),
    # «قصف مدفعي حوثي»: the adjective names the Houthis
    ("قتل 5 مدنيين بينهم امرأة وطفلان في قصف مدفعي حوثي استهدف حيا سكنيا في مدينة تعز.",
     ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Civilians (Yemen)", 5)),
    # a soldier killed is of the army of the place
    ("قتل جندي في انفجار عبوة ناسفة في درعا أمس.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Military Forces of Syria", 1)),
    # the wire's day between commas does not part the claimer from what it claims
    ("أعلنت جماعة الحوثي، الاثنين، استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي.",
     ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", None, 0)),
    # a force with no country in a Russian ministry's statement is Russia's, not the article's
    # (default) country's
    ("قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 45 طائرة مسيرة أوكرانية فوق مقاطعة كورسك.",
     ("Disrupted weapons use", "Military Forces of Russia", "Military Forces of Ukraine", 0)),
    # a generic attack verb with guns in its clause is shelling
    ("قالت تنسيقية لجان المقاومة إن قوات الدعم السريع استهدفت بالمدافع الثقيلة سوق مدينة الفاشر، ما أسفر "
     "عن مقتل 23 شخصا بينهم نساء وأطفال.",
     ("Shelling/artillery/missile attack", "Rapid Support Forces", "Civilians (Sudan)", 23)),
    # the force that protects the settlers is no target: the villagers are
    ("أقدم مستوطنون على إحراق منازل ومركبات في قرية ترمسعيا شمال رام الله، وسط حماية قوات الاحتلال.",
     ("Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)", 0)),
])
def test_one_event_its_sides_and_its_dead(extract, text, expected):
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == expected


def test_looting_after_fighting_told_as_background(extract):
    # «بعد الاشتباكات» is background: the looting is the event, not part of a fight
    ev, = extract("أقدم مسلحون على نهب محتويات منازل المدنيين في بلدة الصنمين بعد الاشتباكات.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Looting/property destruction", "Unidentified Armed Group (Syria)", "Civilians (Syria)")


def test_a_house_blown_up_is_property_destruction(extract):
    # a punitive demolition: the verb's object is a house, no bomb attack
    for text in ("فجرت قوات الاحتلال منزل عائلة الأسير في بلدة قباطية جنوب جنين.",
                 "نسفت قوات الاحتلال منزل عائلة الأسير في بلدة قباطية.",
                 "فجرت قوات الاحتلال أبواب المنازل في بلدة قباطية خلال حملة دهم."):
        ev, = extract(text)
        assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
            "Looting/property destruction", "Military Forces of Israel", "Civilians (Palestine)"), text
    # a house bombed with someone killed in it stays a bombing
    ev, = extract("فجر مسلحون منزل ضابط في الشرطة في الموصل ما أدى إلى مقتل زوجته.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("nothing, something, sub", [
    # «أداء سلبي» (negative) is not «سلب» (robbery) with an ending; robbery stays robbery
    (["سجل سوق الدوحة للأوراق المالية ارتفاعا طفيفا وسط أداء سلبي لقطاع البنوك يوم أمس."],
     "سلب مسلحون سيارة مواطن في بلدة الصنمين.", "Looting/property destruction"),
    # a truce broken or an agreement sought, demolition as an idea; a demolition of a named thing
    (["تبادل الطرفان الاتهامات بخرق الهدنة في غزة أمس.", "تسعى المعارضة للتوصل إلى اتفاق لإنهاء الأزمة في هراري.",
      "الأولى هي مرحلة الهدم حيث يتم إسقاط النظام القائم."],
     "نفذت سلطات الاحتلال عملية هدم منزل عائلة الأسير في بلدة قباطية أمس.", "Looting/property destruction"),
    # warrants and places of detention are no arrests
    (["أصدر القاضي مذكرات توقيف غيابية في حق 16 من أركان القيادة الليبية.",
      "أقام الجيش معسكر اعتقال يتم فيه التحقيق مع المعتقلين."],
     "اعتقلت الشرطة 16 شخصا في مدينة طرابلس أمس.", "Arrests"),
])
def test_words_that_look_like_an_event_beside_the_event(extract, nothing, something, sub):
    for text in nothing:
        assert extract(text) == [], text
    ev, = extract(something)
    assert ev.sub_event_type == sub


def test_confrontations_of_civilians_with_a_force_are_a_riot(extract):
    # «مواجهات» with the occupation forces, civilians hurt, no armed group: rioters, not a battle
    ev, = extract("أصيب ثلاثة مواطنين بالرصاص المعدني المغلف بالمطاط خلال مواجهات مع قوات الاحتلال "
                  "على المدخل الشمالي لمدينة البيرة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")
    # with armed men named it stays a battle
    ev, = extract("قتل مدنيان خلال مواجهات بين الجيش ومسلحين في ريف درعا.")
    assert ev.sub_event_type == "Armed clash"


def test_a_release_after_days_of_captivity_is_no_new_abduction(extract):
    # «بعد 40 يوما من احتجازه»: the detention dates the release, which is no event
    assert extract("أطلق سراح الصحفي المختطف بعد 40 يوما من احتجازه لدى مجموعة مسلحة في ريف حماة.") == []
    assert extract("قالت السلطات إن أربع رهائن أفرج عنهم أمس بعد ثلاثة أسابيع من خطفهم من منطقة دلتا النيجر.") == []
    # «بعد ساعات من الهجوم»: only the shelling told is an event
    evs = extract("قتل 3 مدنيين بقصف على كفرنبل بعد ساعات من الهجوم على سراقب.")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Shelling/artillery/missile attack", "Kafr Nobol")]


def test_an_ally_joined_to_the_taker_is_no_loser(extract):
    # «القوات التركية والفصائل الموالية لها»: the factions took the village with the Turkish army
    ev, = extract("سيطرت القوات التركية والفصائل الموالية لها على قرية تل رفعت.")
    assert (ev.actor1, ev.assoc_actor_1, ev.actor2) == ("Military Forces of Turkey", "Opposition Rebels (Syria)", None)


def test_sudans_war_drones_landmarks_and_camps(extract):
    # drones that belong to a force struck; the force is the attacker
    ev, = extract("قصفت مسيرات تابعة لقوات الدعم السريع مطار بورتسودان ومستودعات للوقود في المدينة.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Air/drone strike", "Rapid Support Forces", "Port Sudan")
    # a landmark taken in a city: the city
    ev, = extract("أعلن الجيش السوداني استعادة السيطرة على القصر الجمهوري في الخرطوم بعد معارك ضارية مع قوات الدعم السريع.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name) == (
        "Government regains territory", "Military Forces of Sudan", "Rapid Support Forces", "Khartoum")
    # «للنازحين» is no part of the camp's name
    ev, = extract("قتل أكثر من 100 مدني في هجوم شنته قوات الدعم السريع على مخيم زمزم للنازحين جنوب الفاشر.")
    assert (ev.actor1, ev.fatalities, ev.location.name_ar) == ("Rapid Support Forces", 100, "زمزم")


def test_an_incursion_arrest_and_a_possessed_victim(extract):
    # «توغلت قوة إسرائيلية ...، واعتقلت شابين»: the joined verb shares the subject of the opening verb
    ev, = extract("توغلت قوة إسرائيلية مؤلفة من عدة آليات عسكرية في قرية جملة بريف درعا الغربي، "
                  "واعتقلت شابين من أبناء القرية قبل أن تنسحب.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Military Forces of Israel", "Civilians (Syria)")
    # «مقتل سائقها وزوجته»: one person with a possessive, and his kin
    ev, = extract("أطلق مجهولون النار على سيارة مدنية على طريق حمص - طرطوس، ما أدى إلى مقتل سائقها وزوجته.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 2)


def test_iraqs_military_spokesmen_are_sources_and_their_forces_struck(extract):
    # a state force's source tells of its enemies killed and names no one else: its forces did it
    ev, = extract("أعلنت خلية الإعلام الأمني العراقية مقتل ثلاثة إرهابيين من داعش بضربة جوية في وادي الشاي بمحافظة كركوك.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.sources) == (
        "Air/drone strike", "Military Forces of Iraq", "Islamic State (Iraq)", ["Iraqi Security Media Cell"])


def test_a_former_member_is_no_earlier_event(extract):
    # «سابق» after a person names a former member; after an event it recalls an earlier event
    ev, = extract("اغتيال قيادي سابق في فصائل التسوية برصاص مجهولين في بلدة اليادودة.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Attack", "Unidentified Armed Group (Syria)", 1)
    assert extract("وتذكر الأهالي الهجوم السابق على بلدة اليادودة.") == []


def test_losses_inflicted_are_a_battle_with_the_group_the_article_called_terrorist(extract):
    # «كبدت X خسائر»: X lost the fight; «الإرهابيين» is the group last called terrorist, within
    # two sentences («إرهابيي تنظيم جبهة النصرة» is HTS)
    named = "سيطرت وحدات من الجيش العربي السوري على قرية معرشمشة بعد معارك مع إرهابيي تنظيم جبهة النصرة.\n"
    told = "وذكر مراسل سانا أن وحدات الجيش كبدت الإرهابيين خسائر فادحة في محيط بلدة تلمنس."
    *_, ev = extract(named + told)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name) == (
        "Armed clash", "Military Forces of Syria", "Hayat Tahrir al-Sham", "Telamnas")
    # no group so named before, or named three sentences earlier: an unidentified armed group
    ev, = extract(told)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)")
    far = named + "وأضاف المراسل أن الأهالي عادوا.\nوأشار إلى أن الطرق فتحت.\nوقال إن الحياة عادت.\n"
    assert extract(far + told)[-1].actor2 == "Unidentified Armed Group (Syria)"
    # «تكبد» (suffered) is no such verb
    assert not extract("وتكبد الإرهابيون خسائر فادحة في محيط بلدة تلمنس.")


def test_a_clash_placed_at_the_region_is_the_fighting_for_the_villages_taken(extract):
    # SANA: the villages taken, then the losses inflicted, placed only by «ريف إدلب»: one
    # fight, coded as the captures (ACLED), not an extra armed clash at the governorate
    events = extract("أحكمت وحدات من الجيش العربي السوري سيطرتها على قرى تل مصيطف وأبو جريف والغدفة "
                     "بريف إدلب الجنوبي الشرقي بعد معارك عنيفة مع إرهابيي تنظيم جبهة النصرة.\n"
                     "وذكر مراسل سانا أن وحدات الجيش كبدت الإرهابيين خسائر فادحة بالأفراد والعتاد.")
    assert [(e.sub_event_type, e.location.name, e.actor2) for e in events] == [
        ("Government regains territory", name, "Hayat Tahrir al-Sham") for name in ("Tal Msitf", "Abu Jrif", "Al-Ghdfa")]


def test_perished_counts_the_people_named_after_it_but_not_a_span_of_time(extract):
    # SOHR: «قضى رجل وطفلته جراء قصف جوي روسي» (2 dead); «قضى الرجل 18 عاما» spent years
    ev, = extract("وفي سياق متصل، قضى رجل وطفلته جراء قصف جوي روسي على مدينة دارة عزة بريف حلب الغربي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.location.name) == (
        "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", 2, "Daret Azza")
    assert ev.field_evidence["fatalities"].text.endswith("قضى")
    # no one counted, the air strike named after «إثر» is background: no event
    assert extract("وقضى الرجل 18 عاما في السجن قبل أن يفرج عنه إثر قصف جوي.") == []


def test_the_agent_of_another_clause_event_is_not_the_target(extract):
    # «، تزامنا مع قصف صاروخي مكثف من قبل قوات النظام»: the regime shelled at the same time;
    # it is not what the Russian air strikes hit
    events = extract("نفذت طائرات حربية روسية أكثر من 30 غارة جوية على مناطق في خان العسل وكفرناها، "
                     "تزامنا مع قصف صاروخي مكثف من قبل قوات النظام.")
    assert [(e.location.name, e.actor1, e.actor2) for e in events] == [
        ("Khan Al-Asal", "Military Forces of Russia", None), ("Kafr Naha", "Military Forces of Russia", None)]


def test_a_party_joined_before_the_subject_leads_it_and_a_denied_fall_makes_the_capture_claimed(extract):
    # «أن القوات التركية والجيش الوطني السوري سيطرت»: Turkey, the SNA its associate (was
    # the SNA, with Turkey as the other side); the SDF deny the fall of the town
    ev, = extract("أعلنت وزارة الدفاع التركية أن القوات التركية والجيش الوطني السوري سيطرت على مدينة رأس العين. "
                  "في المقابل نفت قوات سوريا الديمقراطية سقوط المدينة، مؤكدة أن مقاتليها يتصدون للهجوم.")
    assert (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2) == (
        "Non-state actor overtakes territory", "Military Forces of Turkey", "Syrian National Army", None)
    assert ev.certainty == "claimed" and "denied by Syrian Democratic Forces" in ev.notes
    assert ev.sources == ["Turkish Ministry of Defence"]


def test_the_dead_of_each_side_add_up_and_go_with_the_capture_denied_in_its_sentence(extract):
    # the counter-attack that retook the village, its dead told in the next sentence for each
    # side («بمقتل 12 عنصرا من قوات النظام ...، بينما قتل 7 من مقاتلي الفصائل»): one capture
    # with 19 dead (was an armed clash at the governorate with the lower figure, 7); the
    # regime's sources deny the loss in the capture's own sentence: claimed, and no source
    ev, = extract("تمكنت هيئة تحرير الشام والفصائل من استعادة السيطرة على قرية الحماميات في ريف حماة الشمالي، "
                  "بعد هجوم معاكس نفذته فجر اليوم، فيما نفت مصادر عسكرية تابعة للنظام خسارة القرية. "
                  "وتسبب الهجوم بمقتل 12 عنصرا من قوات النظام على الأقل، بينما قتل 7 من مقاتلي الفصائل.")
    assert (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2, ev.location.name, ev.fatalities) == (
        "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Opposition Rebels (Syria)",
        "Military Forces of Syria", "Hamamiyat", 19)
    assert ev.certainty == "claimed" and "denied by مصادر عسكرية" in ev.notes and "fatalities add 7" in ev.notes
    assert ev.sources == [] and "unnamed source" not in ev.notes


def test_sweida_clashes_between_named_sides_in_their_order_with_more_than_a_count(extract):
    # «بمقتل أكثر من 30 شخصا وإصابة نحو 100 آخرين»: «أكثر من» between the word of killing
    # and its count does not give the count to «وإصابة» (was 0 dead); the Druze factions and
    # the Bedouin clans are ACLED's identity militias, in the order the text names them
    ev, = extract("أفادت وزارة الداخلية السورية بمقتل أكثر من 30 شخصا وإصابة نحو 100 آخرين في اشتباكات اندلعت "
                  "بين مسلحين من العشائر البدوية وفصائل محلية درزية في حي المقوس بمدينة السويداء.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured, ev.location.name) == (
        "Armed clash", "Arab Tribal Militia (Syria)", "Druze Ethnic Militia (Syria)", 30, 100, "As-Sweida")
    ev, = extract("قتل ما لا يقل عن 30 شخصا وأصيب نحو 100 آخرين في اشتباكات في مدينة السويداء.")
    assert (ev.fatalities, ev.injured) == (30, 100)


def test_south_lebanon_in_the_words_of_the_lebanese_press(extract):
    # NNA: «الطيران الحربي المعادي» is Israel's (was the Lebanese army's); a border village;
    # «طريق عام صور - الناقورة» names a road by its ends (Tyre, which is also "pictures");
    # Hezbollah against «جنود الاحتلال» in «مستعمرة المطلة» (Metula, in Israel)
    events = extract(
        "شن الطيران الحربي المعادي غارة على بلدة عيتا الشعب في قضاء بنت جبيل، ما أدى إلى استشهاد ثلاثة مواطنين. "
        "كما استهدفت مسيرة إسرائيلية سيارة على طريق عام صور - الناقورة ما أدى الى سقوط شهيد. "
        "وأعلن حزب الله في بيان أن مقاتليه استهدفوا تجمعا لجنود الاحتلال في مستعمرة المطلة بصلية صاروخية.")
    got = [(e.sub_event_type, e.actor1, e.actor2, e.location.name, e.location.country, e.fatalities) for e in events]
    assert got == [
        ("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "Aita al-Shaab", "Lebanon", 3),
        ("Air/drone strike", "Military Forces of Israel", None, "Tyre", "Lebanon", 1),
        ("Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel", "Metula", "Israel", 0)]


def test_civil_defence_and_doctors_count_the_dead_and_a_party_telling_its_own_act_is_no_carried_source(extract):
    # Gaza's civil defence after «بحسب ما أفاد» is the source (a civil body that counts the dead)
    ev, = extract("استشهد 12 فلسطينيا وأصيب العشرات، فجر اليوم، في قصف إسرائيلي استهدف منزلا في بيت لاهيا "
                  "شمال قطاع غزة، بحسب ما أفاد الدفاع المدني.")
    assert (ev.actor1, ev.fatalities, ev.sources) == ("Military Forces of Israel", 12, ["Palestinian Civil Defence"])
    # Sudan Doctors Network; then the army tells of its own act («قال الجيش السوداني إنه صد
    # هجوما»): it is a side of it, and the doctors' network is not that report's source
    first, second = extract("قالت شبكة أطباء السودان إن 15 مدنيا على الأقل قتلوا في قصف مدفعي شنته قوات الدعم السريع "
                            "على أحياء سكنية في مدينة الفاشر. من جهته، قال الجيش السوداني إنه صد هجوما للدعم السريع "
                            "على الفاشر من المحور الشرقي.")
    assert (first.actor1, first.fatalities, first.sources) == ("Rapid Support Forces", 15, ["Sudan Doctors Network"])
    assert (second.sub_event_type, second.actor1, second.actor2, second.sources) == (
        "Armed clash", "Rapid Support Forces", "Military Forces of Sudan", [])


def test_a_crowd_that_gathers_in_solidarity_protests(extract):
    events = extract("خرج مئات المحتجين في مظاهرة حاشدة بساحة الكرامة وسط مدينة السويداء. "
                     "وفي درعا، تجمع العشرات في مدينة بصرى الشام تضامنا مع السويداء.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in events] == [
        ("Peaceful protest", "Protesters (Syria)", "As-Sweida"), ("Peaceful protest", "Protesters (Syria)", "Busra Esh-Sham")]
    # the noun: «خلال تجمع للمطالبة» is a gathering told as background
    assert not extract("قدم الوزير استقالته إثر وفاة رجلين في حادث خلال تجمع للمطالبة بالرواتب في بلدة تلمنس.")


def test_a_former_fighter_killed_is_a_civilian_and_the_correspondents_retelling_is_the_same_event(extract):
    # Enab Baladi on Daraa: «اغتال مجهولون عنصرا سابقا في فصائل المعارضة» (a former member: a
    # civilian now, not the rebels), then the correspondent tells it again, placed only by the
    # paragraph, with the same dead: one event (was two, one at the governorate)
    events = extract("اغتال مجهولون عنصرا سابقا في فصائل المعارضة، مساء الثلاثاء، في مدينة طفس بريف درعا الغربي. "
                     "وقال مراسل عنب بلدي في درعا إن مسلحين يستقلون دراجة نارية أطلقوا النار على الشاب محمد الزعبي "
                     "أثناء وجوده قرب منزله، ما أدى إلى مقتله على الفور.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location.name, e.fatalities) for e in events] == [
        ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "Tafas", 1)]
    assert events[0].sources == ["Enab Baladi"]
    # a serving member is still the group's
    ev, = extract("اغتال مجهولون عنصرا في فصائل المعارضة في مدينة طفس.")
    assert ev.actor2 == "Opposition Rebels (Syria)"


def test_the_ministrys_forces_retake_a_town_after_attacks_by_others(extract):
    # «إن قواتها استعادت السيطرة على مدينة جبلة بعد هجمات شنها مسلحون»: «شنها مسلحون» is the
    # agent of the attacks, not of the recapture (was a non-state capture by the gunmen)
    ev, = extract("قالت وزارة الدفاع السورية إن قواتها استعادت السيطرة على مدينة جبلة بعد هجمات شنها مسلحون "
                  "موالون للنظام السابق على حواجز أمنية.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Government regains territory", "Military Forces of Syria", "Jablah")


def test_a_car_bomb_destroyed_before_it_struck_and_uncounted_dead_and_wounded(extract):
    # SANA: «وأوقعت في صفوفهم قتلى ومصابين» counts no one («مصابين» is a plural here, not two);
    # «دمرت عربة مفخخة قبل وصولها» foiled a bomb (was a bombing by the army)
    first, second = extract(
        "تصدت وحدات من الجيش العربي السوري لهجوم شنته مجموعات إرهابية من الحزب التركستاني على نقاط عسكرية "
        "في محور كبانة بريف اللاذقية الشمالي، وأوقعت في صفوفهم قتلى ومصابين. "
        "وأشار مراسل سانا إلى أن وحدات الجيش دمرت عربة مفخخة قبل وصولها إلى هدفها.")
    assert (first.sub_event_type, first.actor1, first.fatalities, first.injured) == (
        "Armed clash", "Turkistan Islamic Party", 0, None)
    assert (second.sub_event_type, second.actor1) == ("Disrupted weapons use", "Military Forces of Syria")
    # a drone shot down is still disrupted, and an air strike destroying an office still a strike
    ev, = extract("دمرت طائرات تركية مقر حزب العمال الكردستاني في قضاء سنجار.")
    assert ev.sub_event_type == "Air/drone strike"


def test_who_an_accuser_accuses_is_the_claimed_attacker_not_the_accuser(extract):
    ev, = extract("قتل 89 شخصا على الأقل في هجوم بطائرات مسيرة استهدف حفل تخريج طلاب الكلية الحربية في مدينة حمص. "
                  "ولم تعلن أي جهة مسؤوليتها عن الهجوم، فيما اتهم الجيش السوري التنظيمات الإرهابية المسلحة "
                  "بالوقوف وراءه.")
    assert ev.fatalities == 89 and ev.actor1 is None
    assert "claimed actor1: Unidentified Armed Group (Syria) (Military Forces of Syria)" in ev.notes


def test_what_happened_at_the_same_time_elsewhere_is_an_event_of_its_own_and_an_announcement_day_no_date(extract):
    # «، بالتزامن مع غارات جوية ... في ريف الحسكة»: Turkish shelling near Kobani and air strikes
    # near Hasakah (was the strikes alone); «التي أعلنت عنها أنقرة أمس» dates the announcement,
    # not the strikes, which the next sentence's toll («إن الغارات أسفرت عن مقتل 11 مدنيا») joins
    events = extract("قصفت المدفعية التركية، اليوم الاثنين، قرى في ريف مدينة عين العرب بريف حلب الشمالي الشرقي، "
                     "بالتزامن مع غارات جوية نفذتها طائرات حربية تركية على مواقع لقوات سوريا الديمقراطية في ريف "
                     "الحسكة، ضمن عملية المخلب-السيف التي أعلنت عنها أنقرة أمس. "
                     "وقالت قسد إن الغارات أسفرت عن مقتل 11 مدنيا بينهم صحفي.")
    assert [(e.sub_event_type, e.actor1, e.location.name, e.event_date, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Turkey", "Ain Al Arab", PUBLISHED, 0),
        ("Air/drone strike", "Military Forces of Turkey", "Al-Hasakeh", PUBLISHED, 11)]
    # a relative clause that tells the event still dates it
    ev, = extract("قتل ثلاثة مدنيين في الغارة التي استهدفت بلدة تلمنس أمس.")
    assert ev.event_date == date(2020, 1, 26)


def test_each_sides_dead_in_one_sentence_add_up_and_an_adverb_inside_a_capture(extract):
    # SOHR: the regime's dead, «فيما قتل 9 من مقاتلي الفصائل بينهم 3 من الجنود الأتراك»: the
    # Turks are some of the rebels' dead, not the other side, the place is Nayrab (not Idlib,
    # which only tells where Nayrab is), and the dead of the two clauses add up (16 + 9);
    # «السيطرة مجددا على» takes Saraqib again
    first, second = extract(
        "وثق المرصد السوري لحقوق الإنسان مقتل 16 عنصرا من قوات النظام والمسلحين الموالين لها، خلال هجوم عنيف "
        "نفذته الفصائل على محور النيرب شرق إدلب، فيما قتل 9 من مقاتلي الفصائل بينهم 3 من الجنود الأتراك "
        "الذين شاركوا في الهجوم. وتمكنت الفصائل من السيطرة مجددا على مدينة سراقب الاستراتيجية.")
    assert (first.sub_event_type, first.actor1, first.actor2, first.location.name, first.fatalities) == (
        "Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria", "Nayrab", 25)
    assert "fatalities add 9" in first.notes
    assert (second.sub_event_type, second.actor1, second.location.name) == (
        "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Saraqab")


def test_two_countries_that_strike_and_a_yemeni_town_among_yemeni_towns(extract):
    # «إن الولايات المتحدة وبريطانيا شنتا فجر الجمعة 73 غارة جوية»: the US, the UK beside it
    # (was no actor1: a date and a count stood between); Hajjah among Yemen's towns is Yemen's,
    # not a Palestinian village
    events = extract("قالت جماعة الحوثي إن الولايات المتحدة وبريطانيا شنتا فجر الجمعة 73 غارة جوية على مواقع "
                     "في صنعاء والحديدة وحجة.")
    assert {(e.actor1, e.assoc_actor_1) for e in events} == {
        ("Military Forces of the United States", "Military Forces of the United Kingdom")}
    assert [(e.location.name, e.location.country) for e in events][-1] == ("Hajjah", "Yemen")


def test_a_span_up_to_publication_in_a_denial_does_not_date_the_next_report(extract):
    # «لم ينفذ أي طلعات قتالية ... خلال الأيام الماضية» dates the denial; the strikes told next,
    # with no date of their own, happened on the article's day (was the middle of the span, tp 2)
    ev, = extract("أعلنت وزارة الدفاع الروسية أن الطيران الروسي لم ينفذ أي طلعات قتالية في منطقة إدلب خلال الأيام "
                  "الماضية. في المقابل قال الدفاع المدني السوري إن 8 مدنيين قتلوا جراء غارات روسية على بلدة جرجناز.")
    assert (ev.actor1, ev.fatalities, ev.event_date, ev.time_precision) == (
        "Military Forces of Russia", 8, PUBLISHED, 1)


def test_a_mine_left_by_the_organisation_kills_two_shepherds(extract):
    # «راعيين» is a dual only (the plural is رعاة): two dead (was none)
    ev, = extract("انفجر لغم أرضي من مخلفات تنظيم داعش بسيارة تقل رعاة أغنام في بادية الشولا بريف دير الزور، "
                  "ما أدى لمقتل راعيين وإصابة ثالث.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Remote explosive/landmine/IED", "Islamic State (Syria)", "Civilians (Syria)", 2, 1)


def test_what_an_attack_answers_is_not_told_again(extract):
    # «ردا على خرق المجموعات الإرهابية لاتفاق وقف إطلاق النار واعتداءاتها»: the army's strikes
    # answer them; no truce made, and the army (not the groups) is actor1
    events = extract("دمرت وحدات من الجيش العربي السوري تحصينات وأوكارا للإرهابيين في محيط بلدتي الهبيط وعابدين "
                     "بريف إدلب الجنوبي، وذلك ردا على خرق المجموعات الإرهابية لاتفاق وقف إطلاق النار واعتداءاتها "
                     "على المناطق الآمنة.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in events] == [
        ("Armed clash", "Military Forces of Syria", "Hbit"), ("Armed clash", "Military Forces of Syria", "Abdin")]
    # a chronology line: the Israeli strike, not the bombing it answered (nor its dead)
    ev, = extract("* 5 أكتوبر 2003: سلاح الجو الإسرائيلي يشن غارة جوية على موقع عين الصاحب شمال غرب دمشق، "
                  "رداً على هجوم انتحاري شنته حركة الجهاد الإسلامي في مدينة حيفا، وأودى بحياة عشرين شخصاً.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 0)
    # answering a question is no retaliation
    ev, = extract("وأكد الدبلوماسي ردا على أسئلة إذاعة محلية أن القوات البورمية أطلقت النار على المتظاهرين في رانغون.")
    assert "Military Forces of Myanmar" in (ev.actor1, ev.actor2)


def test_one_toll_for_the_villages_taken_together_is_divided_among_them(extract):
    # «سيطرت على بلدات تلمنس ومعرشورين والغدفة، وباتت على مشارف ...، بعد معارك ... أسفرت عن مقتل
    # العشرات»: dozens (12) for three captures, 4 each (was 12 each); «وباتت» is no fourth village
    events = extract("قال ناشطون إن قوات النظام والميليشيات الإيرانية سيطرت على بلدات تلمنس ومعرشورين والغدفة، "
                     "وباتت على مشارف مدينة معرة النعمان، بعد معارك عنيفة مع الفصائل أسفرت عن مقتل العشرات من الطرفين.")
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == [
        ("Government regains territory", name, 4) for name in ("Telamnas", "Maar Shurin", "Al-Ghdfa")]
    assert all("12 killed told for 3 places together, divided" in e.notes for e in events)


def test_a_protester_said_to_have_been_killed_by_the_forces(extract):
    # «إن متظاهرا قتل برصاص قوات الأمن»: the protester before the passive verb, after «إن»
    # (was no event); told after the protest of Atbara, it is that protest at its most serious
    ev, = extract("تظاهر المئات في مدينة عطبرة شمال السودان احتجاجا على ارتفاع أسعار الخبز، فيما أطلقت الشرطة "
                  "الغاز المسيل للدموع لتفريقهم. وقالت لجنة أطباء السودان المركزية إن متظاهرا قتل برصاص قوات الأمن.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities, ev.location.name) == (
        "Excessive force against protesters", "Police Forces of Sudan", 1, "Atbara")
    assert ev.sources == ["Central Committee of Sudanese Doctors"]


def test_the_sources_of_fire_are_no_unnamed_source(extract):
    # «مؤكدة أنها ردت على مصادر النيران»: where the fire came from, not who told it
    ev, = extract("أعلنت وزارة الدفاع التركية مقتل 5 جنود أتراك بقصف مدفعي لقوات النظام السوري استهدف نقطة عسكرية "
                  "تركية في مطار تفتناز العسكري بريف إدلب، مؤكدة أنها ردت على مصادر النيران.")
    assert (ev.actor1, ev.actor2, ev.fatalities, ev.sources) == (
        "Military Forces of Syria", "Military Forces of Turkey", 5, ["Turkish Ministry of Defence"])
    assert "unnamed source" not in (ev.notes or "")


def test_shelling_at_the_same_time_as_clashes_and_a_syrian_village_not_hidden_abroad(extract):
    # «، تزامنا مع قصف مدفعي مكثف على بلدتي كفرزيتا واللطامنة»: shelling of two towns told at the
    # same time as the clashes (was lost); «والجبين» in Hama's countryside is no Lebanese village
    events = extract("وفي ريف حماة الشمالي، دارت اشتباكات بين قوات النظام والفصائل على محور تل ملح والجبين، "
                     "تزامنا مع قصف مدفعي مكثف على بلدتي كفرزيتا واللطامنة.")
    assert [(e.sub_event_type, e.location.name, e.location.country) for e in events] == [
        ("Armed clash", "Tal Milh", "Syria"), ("Shelling/artillery/missile attack", "Kafr Zeita", "Syria"),
        ("Shelling/artillery/missile attack", "Latmana", "Syria")]


def test_a_toll_risen_to_a_count_far_from_its_victim_word(extract):
    # «ارتفعت حصيلة القتلى جراء الغارات الجوية التي استهدفت مدينة إدلب أمس الأربعاء إلى 19 مدنيا»
    # (was no dead: the count stands seven words after «القتلى»)
    ev, = extract("ارتفعت حصيلة القتلى جراء الغارات الجوية التي استهدفت مدينة إدلب أمس الأحد إلى 19 مدنيا، "
                  "وفق المرصد السوري لحقوق الإنسان، الذي أشار إلى أن طائرات روسية نفذت الغارات.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities, ev.event_date, ev.sources) == (
        "Air/drone strike", "Military Forces of Russia", 19, date(2020, 1, 26), ["SOHR"])


def test_return_fire_is_a_new_event_where_the_attackers_were_stationed(extract):
    # Sputnik: Nusra, stationed in Latamneh, shelled Mhardeh; «رد على مصادر إطلاق القذائف» is the
    # army's fire back (was taken for the shelling told again, «القذائف»), on Latamneh
    first, second = extract(
        "أفاد مراسل سبوتنيك في حماة بأن مسلحي جبهة النصرة المتمركزين في بلدة اللطامنة استهدفوا بقذائف الهاون "
        "محطة توليد الكهرباء في بلدة محردة، دون وقوع إصابات بشرية. وأضاف المراسل أن سلاح المدفعية في الجيش "
        "السوري رد على مصادر إطلاق القذائف بضربات مركزة.")
    assert (first.actor1, first.location.name) == ("Hayat Tahrir al-Sham", "Muhradah")
    assert (second.sub_event_type, second.actor1, second.location.name) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria", "Latmana")


def test_a_dual_that_counts_itself_and_those_joined_to_it_and_eliminated_victims(extract):
    # «قتل طفلان وامرأة»: three (was two: after the dual only kin were counted)
    ev, = extract("قتل طفلان وامرأة، اليوم الأحد، في قصف صاروخي لقوات النظام على مخيم للنازحين قرب بلدة سرمدا.")
    assert (ev.actor1, ev.fatalities) == ("Military Forces of Syria", 3)
    # «قضت وحدات الجيش على عدد من الإرهابيين»: eliminated, the army the killer (several: 3)
    ev, = extract("قضت وحدات الجيش على عدد من الإرهابيين في محيط بلدة التمانعة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)", 3)


def test_a_joined_verb_of_elimination_shares_the_opening_subject(extract):
    # «أحبطت وحدات من الجيش ... محاولة تسلل مجموعة إرهابية من تنظيم جبهة النصرة ...، وقضت على عدد
    # من أفرادها»: the army killed several of them (was an unidentified group against HTS)
    ev, = extract("أحبطت وحدات من الجيش العربي السوري محاولة تسلل مجموعة إرهابية من تنظيم جبهة النصرة باتجاه "
                  "نقاطها العسكرية في محيط بلدة أبو الضهور بريف إدلب الجنوبي الشرقي، وقضت على عدد من أفرادها.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Syria", "Hayat Tahrir al-Sham", 3)


def test_helicopters_drop_barrel_bombs_on_a_woman_and_her_child(extract):
    # SOHR: «ألقى الطيران المروحي» (a light verb before the bombs; the regime's helicopters),
    # «لمقتل مواطنة وطفلها»: 2 (was no actor1 and 1 dead)
    ev, = extract("وألقى الطيران المروحي 12 برميلا متفجرا على بلدة الهبيط، ما أدى لمقتل مواطنة وطفلها.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", 2)


def test_the_dead_of_each_side_of_a_clash_name_both_sides(extract):
    # SOHR: the regime's dead with their loyal gunmen, and the factions' dead, in one clash: both
    # counts add up (the names of the first side do not lengthen the gap) and both are sides
    ev, = extract("قتل 17 عنصرا من قوات النظام والمسلحين الموالين لها، و11 مقاتلا من الفصائل وهيئة تحرير الشام، "
                  "في اشتباكات عنيفة على محاور قرية جرجناز بريف إدلب الجنوبي الشرقي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria", 28)
    # one side counted: the other stays unnamed
    ev, = extract("قتل 17 عنصرا من قوات النظام في اشتباكات عنيفة على محاور قرية جرجناز بريف إدلب الجنوبي الشرقي.")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Unidentified Armed Group (Syria)", "Military Forces of Syria", 17)


def test_where_a_weapon_was_launched_from_is_not_where_it_struck(extract):
    # SANA: the drones were launched from Idlib, the air defences downed them over Hmeimim
    ev, = extract("تصدت وسائط الدفاع الجوي في قاعدة حميميم الجوية لطائرات مسيرة أطلقها إرهابيون من منطقة "
                  "خفض التصعيد في إدلب وأسقطت ثلاثا منها.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Air/drone strike", "Unidentified Armed Group (Syria)", "Hmeimim")
    ev, = extract("سقطت قذائف أطلقها الإرهابيون من بلدة اللطامنة في ريف حماة على مدينة محردة.")
    assert ev.location.name == "Muhradah"
    ev, = extract("أطلقت فصائل فلسطينية صواريخ من قطاع غزة على مدينة سديروت.")
    assert ev.location.name == "Sderot"
    # a place right after the origin is the object; the factions whose areas it came from are no target
    ev, = extract("استهدفت طائرة مسيرة أطلقت من مناطق سيطرة الفصائل في ريف إدلب مدينة السقيلبية.")
    assert (ev.location.name, ev.actor2) == ("As-Suqaylabiyah", None)
    # with no other place, where it came from is all there is
    ev, = extract("أطلقت قوات النظام قذائف من مواقعها في بلدة كفرنبل.")
    assert ev.location.name == "Kafr Nobol"
    # «ألقت القبض» launches nothing: the protesters arrested are the other side
    ev, = extract("ألقت الشرطة القبض على عشرات من المتظاهرين في مدينة حلب.")
    assert (ev.sub_event_type, ev.actor2) == ("Arrests", "Protesters (Syria)")


def test_a_party_whose_posts_were_hit_is_no_subject(extract):
    # «واستهدف مواقع الجيش السوري»: the object's owner after a VSO verb, the subject is shared
    ev, = extract("رد الجيش التركي على الفور واستهدف مواقع الجيش السوري بالمدفعية في ريف إدلب.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Turkey", "Military Forces of Syria")
    ev, = extract("قصفت فصائل المعارضة مواقع النظام في بلدة كفرنبودة بريف حماة.")
    assert (ev.actor1, ev.actor2) == ("Opposition Rebels (Syria)", "Military Forces of Syria")
    # a force's weapon after the verb is still the subject
    ev, = extract("استهدفت مدفعية الجيش التركي مواقع قسد في ريف تل تمر.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Turkey", "Syrian Democratic Forces")


def test_a_group_that_rules_the_place_intervenes_in_a_protest(extract):
    # Idlib 2024: HTS named in its leader's title, then «التابع للهيئة»: its security service
    # dispersed the protest (ACLED: protest with intervention, the group as actor2)
    evs = extract("خرج آلاف المتظاهرين في مدينة إدلب وعدد من بلدات ريفها، اليوم الجمعة، مطالبين بإسقاط زعيم هيئة "
                  "تحرير الشام أبو محمد الجولاني. وفي مدينة بنش، فرقت عناصر من جهاز الأمن العام التابع للهيئة "
                  "المحتجين بإطلاق الرصاص في الهواء واعتقلت عددا منهم.")
    ev = next(e for e in evs if e.location.name == "Bennsh")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Protest with intervention", "Protesters (Syria)", "Hayat Tahrir al-Sham")


def test_a_protest_broken_up_in_a_town_named_in_the_sentence_is_reported(extract):
    # no date, no count: the dispersal itself tells it happened
    evs = extract("خرج آلاف المتظاهرين في مدينة إدلب مطالبين بإسقاط الجولاني. وفي مدينة بنش، فرقت عناصر من "
                  "جهاز الأمن العام المحتجين بإطلاق الرصاص في الهواء.")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [
        ("Peaceful protest", "Idleb"), ("Protest with intervention", "Bennsh")]


def test_a_retelling_that_says_who_did_it_gives_actor1(extract):
    # Enab Baladi: the raids first told with no attacker; the civil defence then says whose planes
    ev, = extract("قتل 31 مدنيا جراء غارات جوية استهدفت سوقا شعبيا في مدينة معرة النعمان جنوبي إدلب، صباح اليوم. "
                  "وقال الدفاع المدني السوري إن فرقه انتشلت جثث الضحايا، مشيرا إلى أن الطائرات الروسية نفذت الغارات.")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Russia", "Civilians (Syria)", 31)
    assert "White Helmets" in ev.sources and "actor1 from a retelling" in ev.notes
    # blame is no telling of who did it («يقف وراء»): actor1 stays the unidentified armed group
    ev, = extract("قتل 13 مدنيا جراء انفجار سيارة مفخخة في مدينة تل أبيض، اليوم السبت. وأفادت وزارة الدفاع "
                  "التركية أن التنظيم الإرهابي يقف وراء التفجير.")
    assert ev.actor1 == "Unidentified Armed Group (Syria)"


def test_fighting_that_goes_on_is_reported(extract):
    # SOHR: «تتواصل الاشتباكات» (a definite noun after a verb of going on) reports the day's clashes
    ev, = extract("تتواصل الاشتباكات العنيفة بين قوات النظام والفصائل على محاور في ريف حماة الشمالي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name) == (
        "Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)", "Hama")
    ev, = extract("وقد اندلعت الاشتباكات في وسط قطاع غزة وامتدت الى مدينة غزة وشمال القطاع.")
    assert ev.sub_event_type == "Armed clash"
    # a definite event noun that a relative clause describes is a known event, not a new report
    assert extract("لفت النائب الى أن الانفجار الذي استهدف الجيش اللبناني في طرابلس حصل بعد ساعات "
                   "على نشر معلومات في بعض الصحف.") == []


def test_air_strikes_during_a_battle_are_one_battle(extract):
    # ACLED: an air strike or shelling during a battle is one Battles event
    ev, = extract("قتل ثلاثون متمردا في مواجهات مع قوات الأمن الأفغانية وفي ضربات جوية في منطقة شينداند امس.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 30)
    ev, = extract("رصد المرصد السوري استمرار الاشتباكات العنيفة على محاور ريف حلب الغربي بين قوات النظام والفصائل، "
                  "وسط قصف مكثف ومتبادل بين الطرفين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")
    # a battle told as what came before is no battle now
    ev, = extract("قصفت طائرات حربية روسية بلدة كفرنبل امس بعد اشتباكات عنيفة في محيطها.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_risen_toll_counts_the_dead_of_the_fight_told_before(extract):
    # SOHR: the day's toll in the next sentence, with no event word or place of its own
    ev, = extract("تتواصل الاشتباكات العنيفة بين قوات النظام والفصائل على محاور في ريف حماة الشمالي. وارتفع إلى 52 "
                  "تعداد الذين قتلوا منذ صباح اليوم، هم 29 من قوات النظام، و23 من الفصائل.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 52)


def test_heads_of_state_agreeing_are_their_governments(extract):
    # the Moscow summit of March 2020: the two presidents, named before an aside, agree
    ev, = extract("اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، خلال قمة في موسكو، على وقف "
                  "إطلاق النار في منطقة إدلب اعتبارا من منتصف الليل.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Agreement", "Government of Russia", "Government of Turkey")
    ev, = extract("اتفق الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان على وقف إطلاق النار في إدلب.")
    assert (ev.actor1, ev.actor2) == ("Government of Russia", "Government of Turkey")


def test_a_military_convoy_of_a_country_is_its_forces(extract):
    # Khan Shaykhun, August 2019: the Russian planes struck a Turkish military convoy
    ev, = extract("قصفت طائرات حربية روسية رتلا عسكريا تركيا قرب مدينة خان شيخون، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Russia", "Military Forces of Turkey", 3)


def test_a_body_found_after_a_joint_is_an_event_of_its_own(extract):
    # SOHR: a cluster bomb's remnant, «فيما» a body found shot elsewhere: two events, one dead
    evs = extract("أصيب 5 أطفال بجروح إثر انفجار قنبلة عنقودية من مخلفات القصف في قرية جوزف بجبل الزاوية، فيما "
                  "عثر الأهالي على جثة شاب مجهول الهوية مقتولا بطلق ناري على أطراف مدينة سرمدا.")
    assert [(e.sub_event_type, e.location.name, e.fatalities, e.injured) for e in evs] == [
        ("Remote explosive/landmine/IED", "Joseph", 0, 5), ("Attack", "Sarmada", 1, None)]


def test_the_support_of_an_attack_does_not_name_its_kind(extract):
    # RT: HTS attacked with tanks «بدعم من المدفعية التركية»: a battle, not Turkish shelling
    evs = extract("قالت وزارة الدفاع الروسية إن مسلحي «هيئة تحرير الشام» شنوا هجوما على مواقع الجيش السوري "
                  "بالقرب من بلدة النيرب، مستخدمين دبابات وعربات مدرعة، بدعم من المدفعية التركية.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria")]


def test_a_security_service_of_an_armed_group_arrests_as_that_group(extract):
    # Enab Baladi: HTS's General Security Service («التابع لـ"هيئة تحرير الشام"») arrested an activist
    ev, = extract('اعتقل جهاز الأمن العام التابع لـ"هيئة تحرير الشام" ناشطا إعلاميا من منزله في مدينة الأتارب غربي حلب.')
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Hayat Tahrir al-Sham", "Civilians (Syria)")
    ev, = extract("اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ناشطا إعلاميا في مدينة الأتارب.")
    assert (ev.actor1, ev.actor2) == ("Hayat Tahrir al-Sham", "Civilians (Syria)")


def test_the_tellers_own_fighters_met_the_attack(extract):
    # Reuters quoting the SDF: Turkey and its factions attacked, «مقاتليها» (the SDF's) met them;
    # «المهاجمين» the SDF killed are the attackers' side, not another
    ev, = extract("قالت قوات سوريا الديمقراطية إن القوات التركية والفصائل الموالية لها شنت هجوما واسعا على بلدة "
                  "رأس العين، وإن مقاتليها تصدوا للهجوم وقتلوا 20 من المهاجمين.")
    assert (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Turkey", "Opposition Rebels (Syria)", "Syrian Democratic Forces", 20)
    # the Houthis tell of strikes that killed «5 من عناصرها»: their own men were hit
    ev = extract("قالت جماعة الحوثي إن الولايات المتحدة وبريطانيا شنتا فجر الجمعة غارات جوية على مواقع في صنعاء، "
                 "ما أسفر عن مقتل 5 من عناصرها.")[0]
    assert (ev.actor1, ev.actor2, ev.fatalities) == (
        "Military Forces of the United States", "Houthi Movement (Ansar Allah)", 5)


def test_a_capture_after_a_verb_of_managing_shares_the_attackers(extract):
    # Al Jazeera, Qminas 2020: «وتمكنت من السيطرة عليها» shares the subject of «شنت», and «ها» is
    # the town, not the governorate named to place it
    evs = extract("شنت فصائل المعارضة المسلحة هجوما على بلدة قميناس جنوب شرق إدلب، وتمكنت من السيطرة عليها لساعات.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Qminas")]


def test_vehicles_counted_vaguely_are_no_victims(extract):
    # SANA: «ودمرت عددا من آلياتهم»: «عددا» counts vehicles (with a possessive, and «آليات»
    # normalised as «اليات» does not lose its first letters to the article), not the wounded
    evs = extract("حررت وحدات من الجيش العربي السوري بلدة قلعة المضيق بعد القضاء على آخر تجمعات الإرهابيين "
                  "فيها، وأوقعت قتلى ومصابين في صفوفهم ودمرت عددا من آلياتهم.")
    assert [(e.location.name, e.fatalities, e.injured) for e in evs] == [("Madiq Castle", 0, None)]
    ev, = extract("قصفت قوات النظام بلدة كفرنبل، ما أدى إلى إصابة مدنيين ودمرت 3 آليات.")
    assert ev.injured is None  # was 3: the vehicles


def test_the_toll_of_clashes_told_again_in_the_paragraph(extract):
    # Syria TV: HTS against Hurras al-Din, then «وأسفرت الاشتباكات عن مقتل ثلاثة»: one clash, 3 dead
    evs = extract("اندلعت اشتباكات بين هيئة تحرير الشام وتنظيم حراس الدين في محيط بلدة عرب سعيد غربي إدلب. "
                  "وأسفرت الاشتباكات عن مقتل ثلاثة عناصر من الطرفين، بحسب مصادر محلية.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Armed clash", "Hayat Tahrir al-Sham", "Hurras al-Din", 3)]
    assert "toll told again at" in evs[0].notes


def test_a_risen_toll_reports_its_strike(extract):
    # SOHR: the toll of the day's raids on Idlib rose to 18; a running total stays none
    ev, = extract("ارتفع إلى 18 عدد الذين قتلوا جراء الغارات الجوية التي نفذتها طائرات حربية تابعة للنظام على "
                  "مدينة إدلب، بينهم 4 أطفال.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities, ev.location.name) == (
        "Air/drone strike", "Military Forces of Syria", 18, "Idleb")
    assert extract("ارتفع إلى 1200 عدد الذين قتلوا جراء الغارات الجوية على ريف إدلب منذ بدء الحملة العسكرية.") == []


def test_missiles_flying_towards_a_town_with_no_other_place(extract):
    # SANA: the missiles came from the sea «باتجاه مدينة اللاذقية»: aimed at it, the one place told;
    # «وسائط دفاعنا الجوي» (the teller's own air defences) intercepted them: ACLED's disrupted weapons use
    ev, = extract("تصدت وسائط دفاعنا الجوي لصواريخ معادية قادمة من عرض البحر باتجاه مدينة اللاذقية وأسقطت عددا منها.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Disrupted weapons use", "Military Forces of Syria",
                                                                "Lattakia")
    # where the launch phrase ends, the place it fell begins
    ev, = extract("سقط صاروخ أطلق من جنوب لبنان في منطقة مفتوحة قرب مستوطنة كريات شمونة دون وقوع إصابات.")
    assert ev.location.name == "Qiryat Shmona"


def test_strikes_that_came_with_the_shelling_are_reported(extract):
    # SMART: «القصف تزامن مع غارات روسية على بلدات التمانعة والهبيط»: the raids are events too
    evs = extract("قتلت امرأة وطفلها بقصف مدفعي لقوات النظام على مدينة خان شيخون. وأفاد مراسل سمارت بأن القصف "
                  "تزامن مع غارات روسية على بلدات التمانعة والهبيط.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Khan Shaykun"),
        ("Air/drone strike", "Military Forces of Russia", "Tamanaah"),
        ("Air/drone strike", "Military Forces of Russia", "Hbit")]


def test_a_sit_in_of_the_residents_is_a_protest(extract):
    # Enab Baladi: the joint patrol was cut short «بسبب اعتصام أهالي المنطقة على الطريق قرب بلدة النيرب»
    evs = extract("سيرت القوات الروسية والتركية أول دورية مشتركة على الطريق الدولي M4 اليوم الأحد، إلا أنها "
                  "اختصرت مسارها بسبب اعتصام أهالي المنطقة على الطريق قرب بلدة النيرب رفضا للدوريات الروسية.")
    assert [(e.sub_event_type, e.location.name, e.location.geo_precision) for e in evs] == [
        ("Peaceful protest", "Nayrab", 2)]
    # the protesters' march spoken of is no report of one
    assert extract("وراح يخط مسيرة المتظاهرين عبر سان بيطرسبرغ، حيث تجمعت الشرطة قاطعة الطريق.") == []


def test_units_of_the_army_after_the_verb_are_its_subject(extract):
    # SANA: «دمرت وحدات من الجيش بضربات مركزة أوكارا وتحصينات للإرهابيين»: the army did it
    evs = extract("دمرت وحدات من الجيش بضربات مركزة أوكارا وتحصينات للإرهابيين في محيط بلدة الهبيط بريف إدلب الجنوبي.")
    assert [(e.actor1, e.actor2, e.location.name) for e in evs] == [
        ("Military Forces of Syria", "Unidentified Armed Group (Syria)", "Hbit")]


def test_a_state_force_that_fought_unnamed_armed_men(extract):
    # SANA: an infiltration foiled; the dead and wounded are the terrorists', the army fought them
    ev, = extract("أحبطت وحدات من الجيش العربي السوري محاولة تسلل مجموعات إرهابية من اتجاه بلدة اللطامنة باتجاه "
                  "النقاط العسكرية في ريف حماة الشمالي، وأوقعت أفرادها بين قتيل ومصاب.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Armed clash", "Military Forces of Syria", "Unidentified Armed Group (Syria)")


def test_a_joint_and_a_light_verb_open_a_report_of_their_own(extract):
    # SOHR: the regime shelled four towns «بينما نفذ الطيران الحربي الروسي 12 غارة على محيط جرجناز»:
    # the regime's shelling and Russia's air strikes, not one air strike by the regime on Russia
    evs = extract("قصفت قوات النظام بالقذائف الصاروخية مدينة معرة النعمان وبلدة حيش، بينما نفذ الطيران الحربي "
                  "الروسي 12 غارة على محيط جرجناز، دون معلومات عن خسائر بشرية.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Ma'arrat An Nu'man"),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Heish"),
        ("Air/drone strike", "Military Forces of Russia", "Jarjnaz")]


def test_more_wounded_after_a_joint_are_the_same_events(extract):
    # SOHR: «فيما أصيب أكثر من 30 آخرين بجروح»: more victims of the raids, no event of its own
    ev, = extract("استشهد 19 مدنيا بينهم 3 أطفال، جراء غارات نفذتها طائرات حربية روسية على سوق الهال في مدينة "
                  "إدلب، ظهر اليوم الأربعاء، فيما أصيب أكثر من 30 آخرين بجروح متفاوتة.")
    assert (ev.sub_event_type, ev.fatalities, ev.injured) == ("Air/drone strike", 19, 30)


def test_a_blast_strikes_the_side_counted_among_its_dead(extract):
    # SOHR: fighters killed by a landmine while infiltrating regime positions: they are the victims,
    # who laid the mine is not said; «بينهم جندي» is some of the dead, no side
    ev, = extract("قضى 3 عناصر من الفصائل بينهم قيادي، بانفجار لغم أرضي أثناء محاولتهم التسلل إلى مواقع قوات "
                  "النظام على محور الدير الشرقي بريف إدلب الجنوبي الشرقي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Opposition Rebels (Syria)", 3)
    ev, = extract("انفجرت سيارة مفخخة قرب أحد مباني وزارة البلديات في بغداد مما أسفر عن مقتل 15 شخصا بينهم جندي "
                  "عراقي واحد.")
    assert ev.actor2 != "Military Forces of Iraq"


def test_terrorist_groups_belonging_to_a_named_group_are_that_group(extract):
    # SANA: «مجموعات إرهابية تابعة لتنظيم جبهة النصرة», then «الإرهابيين» and «بدعم مباشر من»
    # Turkey's forces: HTS attacked the army, backed by Turkey (no side of its own)
    evs = extract("أحبطت وحدات من الجيش العربي السوري هجوما شنته مجموعات إرهابية تابعة لتنظيم جبهة النصرة على "
                  "محور بلدة النيرب.\nوذكر مراسل سانا أن الإرهابيين هاجموا بدعم مباشر من قوات النظام التركي نقاط "
                  "الجيش في محيط قميناس.")
    assert [({e.actor1, e.actor2}, e.location.name) for e in evs] == [
        ({"Hayat Tahrir al-Sham", "Military Forces of Syria"}, "Nayrab"),
        ({"Hayat Tahrir al-Sham", "Military Forces of Syria"}, "Qminas")]


def test_targets_are_counted_and_a_response_is_an_event_of_its_own(extract):
    # Anadolu: the regime's air strike on Turkish troops, and Turkey's response on «50 هدفا»
    # (targets, no dead): two events, the air strike not folded into the response
    evs = extract("أعلنت وزارة الدفاع التركية مقتل جنديين تركيين وإصابة 5 آخرين في غارة جوية شنتها طائرات "
                  "النظام السوري على القوات التركية في محافظة إدلب.\nوقالت الوزارة في بيان إن القوات التركية ردت "
                  "على الفور واستهدفت أكثر من 50 هدفا للنظام، مشيرة إلى تحييد عشرات من عناصر النظام.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Syria", "Military Forces of Turkey", 2),
        ("Armed clash", "Military Forces of Turkey", "Military Forces of Syria", 12)]  # «عشرات»: ACLED's 12
    assert "answers an act of the other side" in evs[1].notes


def test_wounded_counted_by_who_pulled_out_the_bodies_are_the_strikes(extract):
    # Enab Baladi: the White Helmets pulled out «جثث الضحايا» and took 12 wounded to hospital:
    # the wounded of the Russian strike, no attack of its own
    ev, = extract("قتل ثمانية مدنيين بينهم خمسة أطفال جراء غارات جوية روسية استهدفت مدرسة تؤوي نازحين في قرية "
                  "جوباس جنوب مدينة سراقب.\nوقال الدفاع المدني السوري إن فرقه انتشلت جثث الضحايا من تحت الأنقاض، "
                  "وأسعفت 12 مصابا إلى المشافي القريبة.")
    assert (ev.sub_event_type, ev.fatalities, ev.injured, ev.location.name) == ("Air/drone strike", 8, 12, "Jobas")
    assert "White Helmets" in ev.sources


def test_sides_told_on_each_hand_are_the_clashs_sides(extract):
    # SOHR: «بين قوات النظام ... من جهة، والفصائل ... من جهة أخرى، على محور كفرنبودة»: the clash
    # with both sides at the axis (the commas lost the rebels, and the whole event)
    ev, = extract("رصد المرصد السوري استمرار الاشتباكات العنيفة بين قوات النظام والمسلحين الموالين لها من جهة، "
                  "والفصائل وهيئة تحرير الشام من جهة أخرى، على محور كفرنبودة بريف حماة الشمالي الغربي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.location.geo_precision) == (
        "Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)", "Kafr Nabutha", 2)


def test_where_a_man_comes_from_is_not_where_he_was_arrested(extract):
    # Horan Free League: «من أهالي بلدة الكرك الشرقي» is his home town; the arrest was at Izra
    ev, = extract("تجمع أحرار حوران\nاعتقلت دورية للأمن العسكري الشاب محمد الحريري من أهالي بلدة الكرك الشرقي على "
                  "حاجز في مدينة إزرع، واقتادته إلى جهة مجهولة.")
    assert (ev.sub_event_type, ev.location.name, ev.sources) == ("Arrests", "Izra'", ["Horan Free League"])
    ev, = extract("اعتقلت دورية للأمن العسكري الشاب محمد الحريري من أهالي بلدة الكرك الشرقي بريف درعا.")
    assert ev.location.name == "Karak"  # alone, the best place the text gives


def test_fighting_that_goes_on_is_reported_and_who_gives_air_cover_is_no_side(extract):
    # SDF: «المعارك تدور حاليا على أطراف المخيم ... مع تقديم طيران التحالف الدولي غطاء جويا»: a
    # clash (going on), the coalition backing it, not fighting the SDF
    evs = extract("تدور اشتباكات عنيفة في مدينة سراقب بين قوات النظام والفصائل.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")]
    ev, = extract("قال مدير المركز الإعلامي لقسد إن المعارك تدور حاليا مع تنظيم داعش في بلدة الباغوز بريف دير "
                  "الزور، مع تقديم طيران التحالف الدولي غطاء جويا مكثفا.")
    assert ev.sub_event_type == "Armed clash"
    assert "Global Coalition Against Daesh" not in (ev.actor1, ev.actor2)


def test_the_houthis_aggression_is_the_coalition_and_its_owner_tells_no_strike(extract):
    # Al Jazeera quoting al-Masirah: «طيران العدوان» is the Saudi-led coalition in Yemen; its raid
    # on a house is no part of its raids on Houthi positions (other targets, both placed at Marib)
    evs = extract("صنعاء - الجزيرة نت\nقالت مصادر عسكرية يمنية إن مقاتلات التحالف بقيادة السعودية شنت 8 غارات على "
                  "مواقع للحوثيين في مديرية حريب بمحافظة مأرب.\nمن جهتها، قالت قناة المسيرة التابعة للحوثيين إن "
                  "طيران العدوان استهدف منزلا في مديرية صرواح ما أدى لمقتل امرأة وطفلين.")
    assert [(e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Saudi-led Coalition", "Houthi Movement (Ansar Allah)", 0), ("Saudi-led Coalition", "Civilians (Yemen)", 3)]
    # the owner named with the outlet that speaks is not who struck
    ev, = extract("قالت قناة المسيرة التابعة للحوثيين إن غارة جوية استهدفت منزلا في مدينة صعدة ما أدى لمقتل امرأة "
                  "وطفلين.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Air/drone strike", None, 3)  # a woman and two children


def test_who_fires_back_is_no_target_of_the_shelling(extract):
    # SANA: «أطلقوا عدة قذائف على الأحياء السكنية في المدينة، فيما ردت وحدات الجيش على مصادر إطلاق
    # القذائف»: the army fired back (an event of its own, where the shells came from); the
    # shelling hit homes
    shelling, reply = extract("أفاد مراسل سانا بأن الإرهابيين المنتشرين في قلعة المضيق أطلقوا عدة قذائف على الأحياء "
                              "السكنية في مدينة السقيلبية، فيما ردت وحدات الجيش على مصادر إطلاق القذائف.")
    assert (shelling.sub_event_type, shelling.location.name) == ("Shelling/artillery/missile attack", "As-Suqaylabiyah")
    assert shelling.actor2 != "Military Forces of Syria"
    assert (reply.actor1, reply.location.name) == ("Military Forces of Syria", "Madiq Castle")


def test_an_ordinal_after_a_captured_place_does_not_end_the_list(extract):
    # SOHR: «خان العسل والراشدين الخامسة وكفرحلب ومزارع المنصورة»: four captures, not two
    evs = extract("سيطرت قوات النظام على بلدات وقرى خان العسل والراشدين الخامسة وكفرحلب ومزارع المنصورة غرب حلب.")
    assert [e.location.name for e in evs] == ["Khan Al-Asal", "Al Rahsidin", "Kafr Aleppo", "Mansura"]
    assert {e.sub_event_type for e in evs} == {"Government regains territory"}


def test_groups_joined_by_and_are_one_side_of_the_battle(extract):
    # SOHR: «مقتل 21 عنصرا من قوات النظام و17 من الفصائل والهيئة في تلك المعارك»: the factions and
    # HTS fought the regime, not each other
    ev, = extract("سيطرت قوات النظام على قرية خان العسل غرب حلب، عقب معارك عنيفة مع الفصائل وهيئة تحرير الشام.\n"
                  "ووثق المرصد مقتل 21 عنصرا من قوات النظام و17 من الفصائل والهيئة في تلك المعارك.")[1:]
    assert ev.sub_event_type == "Armed clash" and ev.fatalities == 38
    assert "Military Forces of Syria" in (ev.actor1, ev.actor2)


def test_where_a_struck_convoy_was_heading_is_not_where_it_was_struck(extract):
    # Al Jazeera: «رتلا عسكريا تركيا كان متجها إلى نقطة المراقبة التركية في مورك»: Morek is where
    # it was going; the text says no more than Hama's countryside here
    ev, = extract("استهدفت طائرات حربية سورية وروسية رتلا عسكريا تركيا كان متجها إلى نقطة المراقبة التركية في مورك "
                  "بريف حماة الشمالي، ما أدى إلى مقتل 3 مدنيين وإصابة 12 آخرين.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Air/drone strike", "Military Forces of Turkey", 3)
    assert ev.location is None or ev.location.name != "Murak"
    ev, = extract("قصفت طائرات حربية روسية رتلا كان في طريقه إلى مدينة سراقب قرب بلدة النيرب شرق إدلب.")
    assert ev.location.name == "Nayrab"


def test_the_date_of_what_a_strike_answers_is_not_the_articles(extract):
    # CENTCOM via news agencies: «ردا على هجوم بطائرات مسيرة استهدف قاعدة التنف ... في 15 آب»
    # dates the drone attack answered; the strikes are of the publication day; SOHR's «قتلوا في
    # الضربات» counts their dead
    evs = extract("قصفت مقاتلات أمريكية مواقع لفصائل مسلحة مدعومة من إيران في محيط مدينة دير الزور شرقي سوريا.\n"
                  "وقالت القيادة في بيان إن الضربات جاءت ردا على هجوم بطائرات مسيرة استهدف قاعدة التنف التابعة "
                  "للتحالف الدولي في 15 آب الجاري.\nوذكر المرصد السوري لحقوق الإنسان أن 6 عناصر من الميليشيات "
                  "الموالية لإيران قتلوا في الضربات.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.event_date, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of the United States", "Iran-backed Militias (Syria)", PUBLISHED, 6)]
    assert "SOHR" in evs[0].sources


def test_a_number_of_events_over_a_month_is_a_tally(extract):
    # Enab Baladi: «وثق مكتب توثيق الشهداء في درعا 34 عملية اغتيال خلال حزيران الماضي»: a month's
    # count, no assassination of 34 people; a day's strikes stay events
    ev, = extract("اغتال مجهولون، مساء الإثنين، القيادي السابق في فصائل المعارضة أحمد الزعبي، بإطلاق النار عليه "
                  "في مدينة طفس بريف درعا الغربي.\nوتشهد محافظة درعا حالة من الفلتان الأمني، إذ وثق مكتب توثيق "
                  "الشهداء في درعا 34 عملية اغتيال خلال كانون الأول الماضي.")
    assert (ev.location.name, ev.fatalities) == ("Tafas", 1)
    ev, = extract("نفذت الطائرات الروسية 17 غارة على بلدة كفرنبل اليوم.")
    assert (ev.sub_event_type, ev.location.name) == ("Air/drone strike", "Kafr Nobol")


def test_protests_across_a_governorate_each_at_its_town(extract):
    # Suwayda 24: «وسط المدينة» after «محافظة السويداء» is the city; «بلدات الريف» is no village
    # called al-Rif, and «وخرجت مظاهرات» past its comma no place; the protests of Shahba, Qrayya
    # and Malah are three events
    evs = extract("تظاهر المئات من أبناء محافظة السويداء، اليوم الجمعة، في ساحة السير وسط المدينة، مطالبين برحيل "
                  "النظام.\nكما أغلق محتجون مقرات حزب البعث في عدد من بلدات الريف، وخرجت مظاهرات في شهبا والقريا وملح.")
    assert [(e.sub_event_type, e.location.name, e.location.geo_precision) for e in evs] == [
        ("Peaceful protest", "As-Sweida", 1), ("Peaceful protest", "Shahba", 1),
        ("Peaceful protest", "Qarayya", 1), ("Peaceful protest", "Milh", 1)]
    assert evs[0].location.gazetteer_id == "ocha:C6147"


def test_where_missiles_came_from_past_a_bearing_is_not_where_they_struck(extract):
    # SANA: «برشقات من الصواريخ من اتجاه جنوب شرق بيروت مستهدفا بعض النقاط في محيط مدينة دمشق»:
    # the strike was on Damascus; Beirut is where the missiles came from
    ev, = extract("نفذ العدو الإسرائيلي عدوانا جويا برشقات من الصواريخ من اتجاه جنوب شرق بيروت مستهدفا بعض النقاط "
                  "في محيط مدينة دمشق.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Air/drone strike", "Military Forces of Israel", "Damascus")


def test_an_ambush_told_again_is_the_attack(extract):
    # SOHR: «عناصر التنظيم كمنوا للحافلة ... واستهدفوها بالأسلحة الرشاشة والقذائف» retells the
    # attack on the bus (IS its attacker), no shelling of IS
    ev, = extract("قتل 7 عناصر من قوات النظام وأصيب 4 آخرون، جراء هجوم نفذته خلايا تنظيم الدولة الإسلامية على حافلة "
                  "عسكرية في بادية السخنة بريف حمص الشرقي.\nوأشار المرصد إلى أن عناصر التنظيم كمنوا للحافلة على "
                  "الطريق الواصل بين السخنة وتدمر، واستهدفوها بالأسلحة الرشاشة والقذائف.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Armed clash", "Islamic State (Syria)", "Military Forces of Syria", 7, 4)
    # «كمن» alone is «كـ» + «من»: like one who
    assert extract("تجعل المجتمع يبدو كمن يسير على ساق واحدة في مدينة حمص.") == []


def test_a_response_after_a_joint_is_an_event_of_its_own(extract):
    # «فيما ردت القوات التركية بقصف مواقع النظام»: Turkey's answer to the air strike (no place or
    # count of its own), and «مواقع النظام» is its target, not who shelled
    evs = extract("قتل 33 جنديا تركيا في غارة جوية للنظام السوري على محافظة إدلب.\nوقال دوغان إن الجرحى نقلوا إلى "
                  "مستشفيات ولاية هاتاي، فيما ردت القوات التركية بقصف مواقع النظام.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Syria", "Military Forces of Turkey", 33),
        ("Shelling/artillery/missile attack", "Military Forces of Turkey", "Military Forces of Syria", 0)]


def test_his_wounding_with_wounds_counts_one(extract):
    # SOHR: «انفجرت عبوة ناسفة بسيارة قيادي ... ما أدى إلى إصابته بجروح خطيرة»: one wounded; not
    # «إصابته» alone (an illness)
    ev, = extract("انفجرت عبوة ناسفة بسيارة قيادي في هيئة تحرير الشام في مدينة سرمدا، ما أدى إلى إصابته بجروح خطيرة.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities, ev.injured) == (
        "Remote explosive/landmine/IED", "Hayat Tahrir al-Sham", 0, 1)


def test_who_carried_out_the_raids_killed_the_gunmen_counted_before(extract):
    # Sputnik: «أعلنت وزارة الدفاع الروسية القضاء على أكثر من 50 مسلحا في غارات نفذتها طائرات القوات
    # الجوفضائية الروسية»: Russia struck, 50 gunmen killed (the gunmen were the attackers of Russia)
    ev, = extract("أعلنت وزارة الدفاع الروسية القضاء على أكثر من 50 مسلحا في غارات نفذتها طائرات القوات الجوفضائية "
                  "الروسية على معسكرات تدريب للمسلحين في منطقة البادية السورية شرق تدمر.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Russia", "Unidentified Armed Group (Syria)", 50)


def test_between_is_no_verb_of_speech_inside_a_clause(extract):
    # «اشتباكات بين مجموعات مسلحة في العاصمة الليبية طرابلس، بحسب وزارة الصحة»: «بين» is between;
    # read as «بيّن» (explained) it made the armed groups who told it, and the clash an attack on
    # civilians with no place
    ev, = extract("قتل 32 شخصا على الأقل وأصيب 159 آخرون في اشتباكات بين مجموعات مسلحة في العاصمة الليبية طرابلس، "
                  "بحسب وزارة الصحة في حكومة الوحدة الوطنية.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", "Tripoli", 32)
    ev, = extract("وبين مراسل سانا أن المجموعات الإرهابية قصفت بلدة كفرنبل.")
    assert ev.sources == ["SANA"]  # clause-initial «وبين» still tells


def test_a_date_in_the_name_of_another_event_is_not_the_articles(extract):
    # Anadolu: «قائدا في حركة حماس كان مسؤولا عن هجوم 7 أكتوبر» names the attack of 7 October; the
    # strikes on Jabalia are of the publication day
    ev, = extract("استشهد 50 فلسطينيا على الأقل في غارات إسرائيلية استهدفت مربعا سكنيا في مخيم جباليا شمالي قطاع "
                  "غزة.\nوقال الجيش الإسرائيلي إنه استهدف قائدا في حركة حماس كان مسؤولا عن هجوم 7 كانون الثاني.")
    assert (ev.sub_event_type, ev.fatalities, ev.event_date) == ("Air/drone strike", 50, PUBLISHED)


def test_an_intercepted_drone_is_placed_where_it_was_aimed_with_its_wounded(extract):
    # SPA: «اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها ميليشيا الحوثي باتجاه مطار أبها الدولي، ما أدى
    # إلى إصابة 8 أشخاص»: one disrupted attack at Abha with 8 wounded, no attack with no place
    ev, = extract("أعلن التحالف بقيادة السعودية اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها ميليشيا الحوثي باتجاه مطار "
                  "أبها الدولي، ما أدى إلى إصابة 8 أشخاص وتضرر طائرة مدنية.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.injured) == (
        "Disrupted weapons use", "Saudi-led Coalition", "Houthi Movement (Ansar Allah)", "Abha", 8)


def test_people_killed_by_a_bomb_on_a_military_bus_are_its_men(extract):
    # SANA: «استشهد 14 شخصا ... جراء تفجير إرهابي بعبوتين ناسفتين استهدف حافلة مبيت عسكرية»: the
    # army's men (a bare «شخصا» is no civilian when the target was military)
    ev, = extract("استشهد 14 شخصا وأصيب 3 آخرون جراء تفجير إرهابي بعبوتين ناسفتين استهدف حافلة مبيت عسكرية عند جسر "
                  "الرئيس في دمشق صباح اليوم.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Military Forces of Syria", 14)
    ev, = extract("استشهد 14 شخصا جراء تفجير إرهابي بعبوة ناسفة استهدف سوقا شعبيا في دمشق صباح اليوم.")
    assert ev.actor2 == "Civilians (Syria)"


def test_killings_during_a_groups_rule_are_history(extract):
    # «عثر فريق الاستجابة الأولية على مقبرة جماعية تضم رفات أكثر من 200 شخص ... يعتقد أنهم قتلوا على
    # يد تنظيم داعش خلال سيطرته على المدينة»: no capture of Raqqa, no killing of 200 that day
    assert extract("عثر فريق الاستجابة الأولية في الرقة على مقبرة جماعية تضم رفات أكثر من 200 شخص قرب مدينة الرقة، "
                   "يعتقد أنهم قتلوا على يد تنظيم داعش خلال سيطرته على المدينة.") == []


def test_the_dead_of_each_side_told_after_the_battle_add_up(extract):
    # «وقالت قسد إن 7 من عناصرها قتلوا في الاشتباكات، فيما قتل 17 من المهاجمين»: 24 dead in the
    # battle at Ghwayran prison, told after it
    ev, = extract("شن مسلحو تنظيم داعش هجوما واسعا على سجن غويران في مدينة الحسكة، واندلعت اشتباكات عنيفة مع قوات "
                  "سوريا الديمقراطية في محيط السجن.\nوقالت قسد إن 7 من عناصرها قتلوا في الاشتباكات، فيما قتل 17 من "
                  "المهاجمين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Islamic State (Syria)", "Syrian Democratic Forces", 24)


def test_kama_opens_a_report_with_a_place_of_its_own(extract):
    # SMART: «قصفت طائرة حربية روسية ... أطراف مدينة سراقب، كما ألقى الطيران المروحي التابع للنظام
    # أربعة براميل متفجرة على بلدة تلمنس»: Russia's strike and the regime's barrels, two events
    evs = extract("قصفت طائرة حربية روسية بصواريخ فراغية أطراف مدينة سراقب، كما ألقى الطيران المروحي التابع للنظام "
                  "أربعة براميل متفجرة على بلدة تلمنس، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert [(e.actor1, e.location.name, e.injured) for e in evs] == [
        ("Military Forces of Russia", "Saraqab", None), ("Military Forces of Syria", "Telamnas", 3)]
    # «تعادلا سلبا»: a goalless draw, no robbery
    assert extract("التقى المنتخبان في الدوحة، كما تعادلا سلبا في الدور الاول لكأس اسيا.") == []


def test_the_terrorists_named_before_are_who_lost_the_towns(extract):
    # SANA: «عملياتها ضد تجمعات إرهابيي جبهة النصرة ... وأحكمت سيطرتها على بلدة قلعة المضيق ... بعد
    # القضاء على آخر تجمعات الإرهابيين فيهما»: HTS lost them («الإرهابيين» is the group named)
    evs = extract("واصلت وحدات من الجيش العربي السوري عملياتها ضد تجمعات إرهابيي جبهة النصرة في ريف حماة الشمالي "
                  "الغربي، وأحكمت سيطرتها على بلدة قلعة المضيق وقرية التوبة بعد القضاء على آخر تجمعات الإرهابيين "
                  "فيهما.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [
        ("Government regains territory", "Hayat Tahrir al-Sham")] * 2


def test_children_among_the_dead_are_no_wounded(extract):
    # SANA: «استشهد 10 مدنيين بينهم 8 أطفال وأصيب آخرون»: the 8 are some of the dead; the wounded
    # are not counted
    ev, = extract("استشهد 10 مدنيين بينهم 8 أطفال وأصيب آخرون جراء قصف إرهابيي جبهة النصرة بالقذائف الصاروخية مدرسة "
                  "في بلدة تل رفعت بريف حلب الشمالي.")
    assert (ev.fatalities, ev.injured) == (10, None)


def test_victims_broken_down_into_dead_and_wounded_count_the_dead(extract):
    # «سقط 10 ضحايا بينهم 3 قتلى و7 جرحى»: the victims are of any harm; ACLED counts the 3 dead
    ev, = extract("سقط 10 ضحايا بينهم 3 قتلى و7 جرحى جراء قصف نفذه إرهابيو جبهة النصرة على بلدة محردة بريف "
                  "حماة الشمالي.")
    assert (ev.fatalities, ev.injured) == (3, 7)
    ev, = extract("ارتفعت حصيلة الضحايا إلى 20 شخصا بينهم 7 قتلى جراء قصف نفذه إرهابيو جبهة النصرة على بلدة "
                  "محردة.")
    assert ev.fatalities == 7


def test_air_defences_at_a_base_a_foreign_army_holds_are_that_army(extract):
    # «وسائط الدفاع الجوي في قاعدة حميميم»: Russia's, though nothing else in the story is Russian
    ev, = extract("تصدت وسائط الدفاع الجوي في قاعدة «حميميم» لهجوم بطائرات مسيرة أطلقها الإرهابيون من ريف "
                  "إدلب.")
    assert (ev.sub_event_type, ev.actor2) == ("Air/drone strike", "Military Forces of Russia")
    ev, = extract("تصدت وسائط الدفاع الجوي في مطار حماة لهجوم بطائرات مسيرة أطلقها الإرهابيون من ريف إدلب.")
    assert ev.actor2 == "Military Forces of Syria"


def test_an_unnamed_armed_group_is_of_the_country_where_it_acts(extract):
    # told from Moscow with Russia and Turkey named, the terrorists struck in Idlib are Syria's
    ev, = extract("موسكو - ريا نوفوستي: قصفت الطائرات الحربية مواقع الإرهابيين في إدلب وفقا لاتفاق بين روسيا "
                  "وتركيا.")
    assert (ev.actor2, ev.location.country) == ("Unidentified Armed Group (Syria)", "Syria")


def test_sana_aerial_aggression_on_two_places_shares_the_toll_told_after(extract):
    # «نفذ العدو الإسرائيلي ... عدوانا جويا»: bare «نفذ» with its subject named is the verb; the
    # toll told in the next sentence is the two places' together
    evs = extract("نفذ العدو الإسرائيلي فجر اليوم عدوانا جويا من اتجاه الجولان السوري المحتل مستهدفا عددا من "
                  "المواقع في مدينة دير الزور ومنطقة البوكمال. وقال مصدر عسكري إن العدوان أدى إلى ارتقاء شهيدين.")
    assert [(e.sub_event_type, e.actor1, e.location.name, e.fatalities) for e in evs] == [
        ("Air/drone strike", "Military Forces of Israel", "Deir-ez-Zor", 1),
        ("Air/drone strike", "Military Forces of Israel", "Abu Kamal", 1)]


def test_a_ministry_announcing_its_air_operation_and_the_strikes_places(extract):
    # «أعلنت وزارة الدفاع التركية تنفيذ عملية جوية»: its forces did it; «الضربات» after it are those
    # strikes, at the places the next sentence names
    evs = extract("أعلنت وزارة الدفاع التركية، الأحد، تنفيذ عملية جوية ضد مواقع وحدات حماية الشعب شمالي سوريا. "
                  "وأوضحت الوزارة أن الضربات استهدفت مواقع في عين العرب وتل رفعت.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location.name) for e in evs] == [
        ("Air/drone strike", "Military Forces of Turkey", "People's Protection Units", "Ain Al Arab"),
        ("Air/drone strike", "Military Forces of Turkey", "People's Protection Units", "Tall Refaat")]
    # not what someone trained to carry out
    assert extract("قالت مصادر إن مفجرين انتحاريين تدربوا على تنفيذ هجوم انتحاري ضد الرئيس خلال زيارته.") == []


def test_factions_announcing_they_entered_the_capital(extract):
    # «أعلنت فصائل المعارضة دخولها العاصمة دمشق»: «دخولها» is their entering; the capital is taken
    ev, = extract("أعلنت فصائل المعارضة السورية فجر اليوم الأحد دخولها العاصمة دمشق، وسيطرتها على مبنى الإذاعة "
                  "والتلفزيون، بعد انسحاب قوات النظام من مواقعها في محيط العاصمة.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Damascus")


def test_a_drone_strike_on_the_road_between_two_villages_is_one_told_once(extract):
    # North Press: the road «الواصل بين بلدة تل تمر وقرية أم الكيف» is one place near its first
    # end; «إن الطائرة استهدفت السيارة بصاروخين» tells the same strike again
    ev, = extract("قتل مدنيان وأصيب ثلاثة آخرون، مساء الجمعة، بقصف لطائرة مسيرة تركية استهدف سيارة على الطريق "
                  "الواصل بين بلدة تل تمر وقرية أم الكيف بريف الحسكة الشمالي. وقالت مصادر محلية إن الطائرة "
                  "استهدفت السيارة بصاروخين.")
    assert (ev.actor1, ev.location.name, ev.location.geo_precision, ev.fatalities, ev.injured) == (
        "Military Forces of Turkey", "Tal Tamer", 2, 2, 3)


def test_the_dead_of_both_sides_each_with_its_word_add_up(extract):
    # «ما أسفر عن استشهاد 7 من مقاتلي قسد ومقتل 23 مرتزقا»: 30 killed in the fighting
    ev, = extract("اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وخلايا داعش في محيط سجن غويران بمدينة "
                  "الحسكة، ما أسفر عن استشهاد 7 من مقاتلي قسد ومقتل 23 مرتزقا.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 30)
    # not the wounded after the dead: «باستشهاد مدنيين اثنين وإصابة خمسة آخرين»
    ev, = extract("استهدفت المجموعات الإرهابية بالقذائف الصاروخية أحياء حلب الجديدة ما تسبب باستشهاد مدنيين "
                  "اثنين وإصابة خمسة آخرين بجروح.")
    assert (ev.fatalities, ev.injured) == (2, 5)


def test_an_outlets_reporter_is_the_outlet_not_an_unnamed_source(extract):
    # «بحسب مراسل شبكة شام»: Shaam's reporter; «مصادر محلية لعنب بلدي» stay unnamed sources
    ev, = extract("أعلنت فصائل الجبهة الوطنية للتحرير استعادة السيطرة على بلدة كفرنبودة بريف حماة الشمالي "
                  "الغربي، بحسب مراسل شبكة شام.")
    assert ev.sources == ["Shaam News Network"] and "unnamed source" not in (ev.notes or "")
    ev, = extract("سيطرت فصائل الجبهة الوطنية للتحرير على بلدة كفرنبودة بريف حماة، بحسب ما قالت مصادر محلية "
                  "لعنب بلدي.")
    assert "unnamed source: مصادر محلية" in ev.notes


def test_the_date_of_what_came_before_is_not_the_arrests(extract):
    # «بعد مشاركتهم في مظاهرة خرجت ضد الهيئة الأسبوع الماضي»: last week is the protest's
    evs = extract("اعتقلت هيئة تحرير الشام ثلاثة ناشطين إعلاميين في مدينة كفرتخاريم بريف إدلب الشمالي، بعد "
                  "مشاركتهم في مظاهرة خرجت ضد الهيئة الأسبوع الماضي.")
    assert [(e.sub_event_type, str(e.event_date)) for e in evs] == [("Arrests", str(PUBLISHED))]
    # «، بعد ظهر أمس»: the time of the event itself
    ev, = extract("قتل مدني بقصف مدفعي لقوات النظام على بلدة كفرنبل، بعد ظهر أمس.")
    assert str(ev.event_date) == "2020-01-26"


def test_a_pair_on_one_side_fights_the_side_named_after(extract):
    # SOHR: «بين هيئة تحرير الشام والفصائل من جهة، وقوات النظام ... من جهة أخرى»: HTS and the
    # factions fight the regime; the factions' counter-attack in the next clause names no new side
    ev, = extract("تدور اشتباكات عنيفة بين هيئة تحرير الشام والفصائل من جهة، وقوات النظام والمسلحين الموالين لها "
                  "من جهة أخرى، على محاور في ريف حماة الشمالي الغربي، إثر هجوم معاكس للفصائل على مواقع قوات النظام "
                  "في تل ملح والجبين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria")


def test_shelling_going_on_where_it_struck_and_the_raids_meanwhile(extract):
    # SOHR: «تواصل قوات النظام ... قصفها الصاروخي ...، حيث استهدفت صباح اليوم أماكن في بلدات التح
    # وتلمنس وجرجناز، في حين نفذت طائرات حربية روسية غارات على أطراف معرة النعمان»
    evs = extract("تواصل قوات النظام والمسلحين الموالين لها قصفها الصاروخي على مناطق في ريف إدلب الجنوبي، حيث "
                  "استهدفت صباح اليوم أماكن في بلدات التح وتلمنس وجرجناز، في حين نفذت طائرات حربية روسية غارات على "
                  "أطراف معرة النعمان.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Tah"),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Telamnas"),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Jarjnaz"),
        ("Air/drone strike", "Military Forces of Russia", "Ma'arrat An Nu'man")]


def test_the_raid_told_again_counts_the_dead_a_vague_word_left_open(extract):
    # SANA's «عدوان صاروخي» killed «عدد من الأشخاص»; Iranian media's «5 مستشارين ... قتلوا في الغارة»
    # is that strike again, and says how many
    ev, = extract("استهدف العدو الإسرائيلي بعدوان صاروخي مبنى سكنيا في حي المزة بدمشق، ما أدى إلى استشهاد عدد من "
                  "الأشخاص وتدمير المبنى بالكامل. وذكرت وسائل إعلام إيرانية أن 5 مستشارين عسكريين إيرانيين قتلوا "
                  "في الغارة.")
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Israel", 5)


def test_blasts_heard_in_fighting_are_the_fighting_and_a_tally_is_no_toll(extract):
    # Reuters: «اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع ... وسمع دوي انفجارات»
    # is one battle; «56 مدنيا ... قتلوا منذ بدء القتال» counts all the fighting so far
    ev, = extract("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم لليوم الثاني "
                  "على التوالي، وسمع دوي انفجارات قرب القيادة العامة للجيش. وقالت لجنة أطباء السودان إن 56 مدنيا "
                  "على الأقل قتلوا منذ بدء القتال.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Sudan", "Rapid Support Forces", 0)


def test_a_body_found_shot_after_an_abduction_is_the_killing(extract):
    # «عثر الأهالي على جثة شاب مقتولا بعدة طلقات نارية ... بعد يومين من اختطافه»: one killed (the
    # shots are no people), an attack; the abduction came before
    ev, = extract("عثر أهالي بلدة اليادودة بريف درعا الغربي، صباح اليوم، على جثة شاب مقتولا بعدة طلقات نارية في "
                  "الرأس، على أطراف البلدة، وذلك بعد يومين من اختطافه على يد مجهولين.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Syria)", 1)


def test_sanas_lede_in_the_present_of_headlines(extract):
    # «وحدات الجيش العربي السوري تدخل مدينة خان شيخون»: the army takes the town; not an
    # intervention («تدخل عسكري»), nor who holds a place («المناطق التي تسيطر عليها الفصائل»)
    ev, = extract("وحدات الجيش العربي السوري تدخل مدينة خان شيخون بريف إدلب الجنوبي وتبدأ بتمشيط أحيائها من "
                  "مخلفات الإرهابيين.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Government regains territory", "Military Forces of Syria", "Khan Shaykun")
    assert extract("رفضت موسكو أي تدخل عسكري تركي في مدينة خان شيخون.") == []


def test_who_did_something_else_at_the_same_time_is_no_target(extract):
    # ANHA: the Turkish jets struck Ras al-Ain «بالتزامن مع محاولة مرتزقة "الجيش الوطني السوري"
    # التقدم نحو المدينة»: the SNA advanced beside them, it was not struck
    ev, = extract("شنت الطائرات الحربية التركية، اليوم السبت، غارات مكثفة على مدينة رأس العين وقرى في محيطها، "
                  "بالتزامن مع محاولة مرتزقة ما يسمى \"الجيش الوطني السوري\" التقدم نحو المدينة من المحور الغربي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Military Forces of Turkey", None)


def test_armed_men_firing_on_protesters_by_a_light_verb(extract):
    # «أقدم عناصر من قسد على إطلاق النار على متظاهرين ... ما أدى إلى مقتل شاب»: their act on them
    ev, = extract("أقدم عناصر من قوات سوريا الديمقراطية على إطلاق النار على متظاهرين خرجوا في مدينة الطبقة احتجاجا "
                  "على حملات التجنيد الإجباري، ما أدى إلى مقتل شاب وإصابة اثنين آخرين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Syrian Democratic Forces", "Protesters (Syria)", 1)


def test_the_army_that_foiled_a_named_groups_infiltration_fought_it(extract):
    # SANA: «أحبطت وحدات من الجيش محاولة تسلل مجموعة إرهابية من جبهة النصرة ... وأوقعت أفرادها بين
    # قتيل ومصاب»: the army against HTS
    ev, = extract("أحبطت وحدات من الجيش العربي السوري محاولة تسلل مجموعة إرهابية من جبهة النصرة باتجاه نقاط "
                  "عسكرية في محيط بلدة كفرنبودة، وأوقعت أفرادها بين قتيل ومصاب.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Military Forces of Syria", "Hayat Tahrir al-Sham")


def test_the_dead_counted_during_the_battles_are_the_captures_toll(extract):
    # SOHR: «سيطرت قوات النظام على قرى كفر حلب وميزناز والشيخ علي ...، فيما قتل 14 عنصرا من قوات
    # النظام و11 من الفصائل خلال المعارك»: the battles told, their 25 dead divided among the villages
    evs = extract("سيطرت قوات النظام بدعم روسي على قرى كفر حلب وميزناز والشيخ علي بريف حلب الغربي، عقب اشتباكات "
                  "عنيفة مع الفصائل وهيئة تحرير الشام، فيما قتل 14 عنصرا من قوات النظام و11 من الفصائل خلال المعارك.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Government regains territory", n) for n in (9, 8, 8)]


def test_protesters_in_clashes_with_the_security_forces_riot(extract):
    # «قتل متظاهران وأصيب 15 آخرون خلال مواجهات مع القوات الأمنية قرب جسر الأحرار وسط بغداد»:
    # a violent demonstration against Iraq's police, its dead counted (not a peaceful protest)
    ev, = extract("قتل متظاهران وأصيب 15 آخرون بجروح، مساء اليوم، خلال مواجهات مع القوات الأمنية قرب جسر الأحرار "
                  "وسط بغداد، بحسب مصدر طبي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq", 2, 15)


def test_gunmen_attacking_in_protest_is_no_protest(extract):
    # «هاجم مسلحون مجهولون مخفر الشرطة ... واحتجزوا عناصره ... احتجاجا على اعتقال شاب»: why they
    # attacked; armed men holding policemen is no arrest
    evs = extract("هاجم مسلحون مجهولون مخفر الشرطة في بلدة المزيريب بريف درعا الغربي، واحتجزوا عناصره لساعات "
                  "قبل أن يطلقوا سراحهم، احتجاجا على اعتقال شاب من البلدة.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Armed clash", "Unidentified Armed Group (Syria)"),
        ("Abduction/forced disappearance", "Unidentified Armed Group (Syria)")]
    assert evs[0].actor2 == "Police Forces of Syria"


def test_a_toll_told_at_one_of_the_places_struck_is_that_places(extract):
    # SMART: «قصفت طائرات حربية روسية ... مدينة سراقب وبلدة النيرب ... ما أدى لمقتل ثلاثة مدنيين في
    # سراقب»: the three dead are Saraqib's, not divided with Nayrab
    evs = extract("قصفت طائرات حربية روسية بالصواريخ الفراغية مدينة سراقب وبلدة النيرب شرقي إدلب، ما أدى لمقتل "
                  "ثلاثة مدنيين في سراقب، بحسب مراسل سمارت.")
    assert [(e.location.name, e.fatalities) for e in evs] == [("Saraqab", 3), ("Nayrab", 0)]


def test_two_others_hurt_and_a_hospital_by_its_syrian_word(extract):
    # «قتل عنصر ... وأصيب آخران»: two hurt; «مشفى الأتارب الجراحي» is in Atareb
    ev, = extract("قتل عنصر من اللواء الثامن وأصيب آخران، باستهداف سيارتهم بعبوة ناسفة على طريق بصرى الشام - "
                  "معربة شرقي درعا.")
    assert (ev.fatalities, ev.injured) == (1, 2)
    ev, = extract("قتل 6 مدنيين بينهم طفل وأصيب 15 آخرون، بقصف مدفعي لقوات النظام استهدف مشفى الأتارب الجراحي غربي "
                  "حلب.")
    assert (ev.location.name, ev.location.geo_precision, ev.fatalities) == ("Atareb", 1, 6)


def test_a_hedge_on_whose_planes_they_were_keeps_the_strike_reported(extract):
    # SOHR: «ورجح المرصد أن تكون الطائرات التي نفذت القصف روسية»: the strike happened; whose the
    # planes were is the doubt
    ev, = extract("قتل 5 مدنيين بينهم 3 أطفال جراء قصف جوي استهدف مدرسة تؤوي نازحين في مدينة إدلب، ورجح المرصد أن "
                  "تكون الطائرات التي نفذت القصف روسية.")
    assert (ev.certainty, ev.actor1, ev.fatalities) == ("reported", "Military Forces of Russia", 5)
    assert "actor1 hedged" in ev.notes


def test_a_monitor_recording_a_strike_after_a_joint_opens_its_own_report(extract):
    # SOHR: «نزح ... هربا من القصف الجوي ...، في حين وثق المرصد مقتل 3 مدنيين اليوم بقصف جوي على بلدة
    # جرجناز»: the strike on Jarjnaz, not the shelling the displaced fled
    ev, = extract("نزح أكثر من 235 ألف مدني من ريف إدلب الجنوبي خلال الأسبوعين الأخيرين هربا من القصف الجوي والبري "
                  "المكثف، في حين وثق المرصد مقتل 3 مدنيين اليوم بقصف جوي على بلدة جرجناز.")
    assert (ev.sub_event_type, ev.location.name, ev.fatalities) == ("Air/drone strike", "Jarjnaz", 3)


def test_the_kurdish_outlets_mercenaries_are_the_group_they_named_so(extract):
    # ANHA: «مرتزقة ما يسمى "الجيش الوطني السوري"» names the SNA; «وكبدوا المرتزقة خسائر» after it
    # is the SNA again
    evs = extract("شنت الطائرات الحربية التركية غارات مكثفة على مدينة رأس العين، بالتزامن مع محاولة مرتزقة ما "
                  "يسمى \"الجيش الوطني السوري\" التقدم نحو المدينة. وتصدى مقاتلو قوات سوريا الديمقراطية للهجوم "
                  "وكبدوا المرتزقة خسائر فادحة.")
    clash = next(e for e in evs if e.sub_event_type == "Armed clash")
    assert {clash.actor1, clash.actor2} == {"Syrian National Army", "Syrian Democratic Forces"}


def test_raids_by_planes_believed_russian_with_each_towns_dead(extract):
    # SMART: «نفذت طائرات حربية يعتقد أنها روسية ... غارة على مدينتي أريحا ومعرة النعمان ... ما أسفر
    # عن مقتل 7 مدنيين في أريحا و3 في معرة النعمان»: Russia's (hedged), 7 and 3
    evs = extract("نفذت طائرات حربية يعتقد أنها روسية أكثر من 20 غارة جوية على مدينتي أريحا ومعرة النعمان، ما أسفر "
                  "عن مقتل 7 مدنيين في أريحا و3 في معرة النعمان.")
    assert [(e.actor1, e.location.name, e.fatalities) for e in evs] == [
        ("Military Forces of Russia", "Ariha", 7), ("Military Forces of Russia", "Ma'arrat An Nu'man", 3)]
    assert all("actor1 hedged" in e.notes for e in evs)


def test_an_armed_group_executing_a_man_is_an_attack(extract):
    # SOHR: «أعدمت خلايا تنظيم الدولة الإسلامية رجلا ذبحا»: IS's attack on a civilian; not a state's
    # court, nor who held someone before («قبضت عليه حماس واعدمته»: no subject after the verb)
    ev, = extract("أعدمت خلايا تنظيم \"الدولة الإسلامية\" رجلا ذبحا في بلدة الشحيل بريف دير الزور الشرقي، بتهمة "
                  "التعامل مع قوات سوريا الديمقراطية.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Islamic State (Syria)", "Civilians (Syria)", 1)
    assert extract("كان هناك رجل يحمل صورة ابن عمه، وهو من قادة فتح وقبضت عليه حماس واعدمته يوم الخميس.") == []


def test_the_days_toll_told_place_by_place_is_an_event_at_each(extract):
    # SOHR: «ارتفع إلى 12 عدد الذين قضوا جراء القصف ... منذ صباح اليوم، هم 5 في كفرنبل و4 في معرة
    # النعمان و3 في اللطامنة»: the day so far, but each place's dead are told
    evs = extract("ارتفع إلى 12 عدد الذين قضوا جراء القصف الصاروخي والجوي على ريفي إدلب وحماة منذ صباح اليوم، هم 5 "
                  "في كفرنبل و4 في معرة النعمان و3 في اللطامنة.")
    assert [(e.location.name, e.fatalities) for e in evs] == [
        ("Kafr Nobol", 5), ("Ma'arrat An Nu'man", 4), ("Latmana", 3)]


def test_a_crowd_gathering_in_a_named_square_protests(extract):
    # «تجمع العشرات في ساحة الكرامة بمدينة السويداء منددين بالغلاء»: the square no gazetteer has
    # stands between the gathering and what it denounces, as «في مدينة السويداء» does
    ev, = extract("تجمع العشرات في ساحة الكرامة بمدينة السويداء منددين بالغلاء.")
    assert (ev.sub_event_type, ev.location.name) == ("Peaceful protest", "As-Sweida")


def test_an_attempt_to_storm_is_no_capture(extract):
    # «شهدت مدينة درعا البلد اشتباكات عنيفة ... إثر محاولة الفرقة الرابعة اقتحام الأحياء المحاصرة»:
    # the fighting, no capture; «الإعلام الرسمي السوري» is a named outlet
    ev, = extract("شهدت مدينة درعا البلد اشتباكات عنيفة بين قوات النظام ومقاتلين محليين، إثر محاولة الفرقة الرابعة "
                  "اقتحام الأحياء المحاصرة، ما أدى إلى مقتل 4 عناصر من قوات النظام.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 4)
    ev, = extract("استعادت قوات النظام السيطرة على مدينة سراقب، بحسب ما ذكر الإعلام الرسمي السوري.")
    assert (ev.sub_event_type, ev.sources) == ("Government regains territory", ["Syrian TV"])


def test_the_named_ones_of_a_counted_capture_are_each_a_capture(extract):
    # SANA: «أحكمت ... سيطرتها على 30 بلدة وقرية في ريف حلب الغربي ...، أبرزها كفرناها وعنجارة
    # والهوتة وكفر داعل»: four captures, not one of Aleppo's countryside
    evs = extract("أحكمت وحدات الجيش العربي السوري سيطرتها على 30 بلدة وقرية في ريف حلب الغربي خلال الـ 24 ساعة "
                  "الماضية، أبرزها كفرناها وعنجارة والهوتة وكفر داعل.")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [
        ("Government regains territory", name) for name in ("Kafr Naha", "Anjara", "Hoteh", "Kafr Dael")]


def test_its_announced_capture_is_the_announcers(extract):
    # «أعلنت هيئة تحرير الشام مقتل 15 عنصرا من قوات النظام، وسيطرتها على قرية الحماميات»: HTS took
    # the village (the clash's dead with it)
    ev, = extract("أعلنت هيئة تحرير الشام مقتل 15 عنصرا من قوات النظام، وسيطرتها على قرية الحماميات بريف حماة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.fatalities) == (
        "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Military Forces of Syria", "Hamamiyat", 15)


def test_where_the_shellers_are_stationed_is_not_where_the_shells_fell(extract):
    # SANA: «قذائف أطلقها إرهابيو جبهة النصرة المنتشرون في ريف إدلب على الأحياء السكنية في مدينة
    # السقيلبية»: the shells fell on Suqaylabiyah
    ev, = extract("أصيب 3 مدنيين بجروح جراء سقوط قذائف أطلقها إرهابيو جبهة النصرة المنتشرون في ريف إدلب على الأحياء "
                  "السكنية في مدينة السقيلبية بريف حماة الشمالي الغربي.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name, ev.injured) == (
        "Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", "As-Suqaylabiyah", 3)


def test_his_death_and_his_companions_are_two(extract):
    # Enab Baladi: «أطلق مسلحون مجهولون النار على سيارة ... ما أدى إلى مقتله ومرافقه على الفور»
    ev, = extract("أطلق مسلحون مجهولون النار على سيارة تقل قياديا سابقا قرب مدينة جاسم، ما أدى إلى مقتله ومرافقه على "
                  "الفور.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 2)


def test_among_them_is_no_verb_of_speech(extract):
    # «اسفرت عن مقتل تسعة من رجال الشرطة واصابة اربعة اخرين بينهم رئيس شرطة المقاطعة»: «بينهم»
    # (among them) made the police an unnamed source as «بيّنهم»
    ev, = extract("اوضح ان القوات الاجنبية امرت بضربات جوية على مركز الشرطة اسفرت عن مقتل تسعة من رجال الشرطة "
                  "واصابة اربعة اخرين بينهم رئيس شرطة المقاطعة.")
    assert "unnamed source" not in (ev.notes or "")


def test_a_group_in_apposition_describes_the_one_before(extract):
    # «قتل أكثر من 78 عنصرا من فيلق الشام، أكبر فصائل الجبهة الوطنية للتحرير، في غارات جوية روسية»:
    # Faylaq al-Sham's men were hit; the NFL only says what Faylaq is
    ev, = extract("قتل أكثر من 78 عنصرا من فيلق الشام، أكبر فصائل الجبهة الوطنية للتحرير، في غارات جوية روسية "
                  "استهدفت معسكرا تدريبيا للفصيل في منطقة جبل الدويلة بريف إدلب.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Russia", "Faylaq al-Sham", 78)


def test_the_date_of_an_accusation_is_not_the_arrests(extract):
    # «اعتقلت الشرطة العسكرية ... بتهمة التورط في تفجير السيارة المفخخة الذي ضرب المدينة الشهر
    # الماضي»: the arrest is of the day; last month was the bombing
    ev, = extract("اعتقلت الشرطة العسكرية في مدينة الباب ثلاثة عناصر من فصيل أحرار الشام بتهمة التورط في تفجير "
                  "السيارة المفخخة الذي ضرب المدينة الشهر الماضي.")
    assert (ev.sub_event_type, ev.event_date, ev.time_precision) == ("Arrests", PUBLISHED, 1)


def test_according_to_with_a_glued_lam_names_the_source(extract):
    # «وفقا لوكالة سانا», «وفقا للتلفزيون السوري»: the «لـ» glued to the outlet's name
    for tail, sources in (("وفقا لوكالة سانا", ["SANA"]), ("وفقا للتلفزيون السوري", ["Syrian TV"])):
        ev, = extract(f"استشهد 3 مدنيين بقصف صاروخي على حي الخالدية في مدينة حلب، {tail}.")
        assert ev.sources == sources


def test_a_word_set_read_as_cues_missing_is_named_in_one_line(tmp_path, monkeypatch):
    from knowledge_helpers import broken_knowledge

    cues = broken_knowledge(tmp_path, monkeypatch, "cues.yaml", lambda t: t.replace("\n  responded:", "\n  no_such:"))
    with pytest.raises(ValueError) as err:
        TriggerLexicon.load()
    assert str(err.value) == f"{cues}: missing the word set 'responded' in word_sets"


def test_a_word_set_read_by_few_sentences_missing_is_named_when_the_knowledge_loads(tmp_path, monkeypatch):
    # «behind» is asked only after a hedge or an accusation: its absence must stop the run before
    # any article is read, not halfway through one
    from knowledge_helpers import broken_knowledge

    cues = broken_knowledge(tmp_path, monkeypatch, "cues.yaml", lambda t: t.replace("\n  behind:", "\n  no_such:"))
    with pytest.raises(ValueError) as err:
        TriggerLexicon.load()
    assert str(err.value) == f"{cues}: missing the word set 'behind' in word_sets"


def test_the_word_sets_the_rules_read_are_the_ones_shipped():
    import re
    from pathlib import Path

    from marsad.events import triggers
    from marsad.io.knowledge import read_yaml

    shipped = set(read_yaml(triggers.DATA_DIR / "cues.yaml")["word_sets"])
    assert triggers.WORD_SETS == shipped
    code = "\n".join(p.read_text(encoding="utf-8") for p in Path(triggers.__file__).parent.glob("*.py"))
    assert set(re.findall(r'words\("([a-z_]+)"\)', code)) <= triggers.WORD_SETS


def test_the_soldiers_of_the_enemy_named_after_them_are_the_enemys(extract):
    # NNA: «استهدفوا تجمعا لجنود العدو الإسرائيلي في مستعمرة المطلة» in a Lebanese story: the
    # soldiers are Israel's (not Lebanon's army, the article's country), Hezbollah struck them
    evs = extract("شن الطيران الحربي المعادي غارة على بلدة بنت جبيل فجر اليوم، ما أدى إلى استشهاد 3 مواطنين.\n"
                  "وأعلن حزب الله في بيان أن مقاتليه استهدفوا تجمعا لجنود العدو الإسرائيلي في مستعمرة المطلة "
                  "بصلية صاروخية.")
    claim = next(ev for ev in evs if ev.location and ev.location.country == "Israel")
    assert (claim.actor1, claim.actor2) == ("Hezbollah", "Military Forces of Israel")


def test_some_of_the_dead_are_the_least_there_were(extract):
    # «قتل وجرح العشرات» then «من بين القتلى ستة أطفال»: at least six dead, divided between the two
    # towns the strikes hit as the first telling's toll would be
    evs = extract("قتل وجرح العشرات من المدنيين، اليوم الخميس، في غارات جوية روسية على مدينتي سراقب وسرمين. "
                  "وقال ناشطون إن من بين القتلى ستة أطفال.")
    assert [(ev.location.name, ev.fatalities) for ev in evs] == [("Saraqab", 3), ("Sarmin", 3)]
    # «بينهم 3 أطفال» counts some of the dead, never the wounded told after it
    ev, = extract("قتل 8 مدنيين بينهم 3 أطفال وأصيب آخرون جراء غارات جوية روسية على مدينة سراقب.")
    assert (ev.fatalities, ev.injured) == (8, None)


def test_gaza_strikes_and_rockets_told_in_one_sentence(extract):
    # the toll of the aggression «على قطاع غزة» is placed there; the strikes «في مدينتي غزة وخان
    # يونس» past an aside describing the group struck are one per city; «فيما أطلقت السرايا عشرات
    # الصواريخ» is the other side's rocket fire, a report of its own
    evs = extract("ارتفعت حصيلة العدوان الإسرائيلي على قطاع غزة إلى 15 شهيدا و125 جريحا، وفق وزارة الصحة.\n"
                  "وشنت طائرات الاحتلال غارات على مواقع لسرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، في "
                  "مدينتي غزة وخان يونس، فيما أطلقت السرايا عشرات الصواريخ باتجاه مستوطنات غلاف غزة.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name) for ev in evs] == [
        ("Attack", "Military Forces of Israel", "Gaza Strip"),
        ("Air/drone strike", "Military Forces of Israel", "Gaza"),
        ("Air/drone strike", "Military Forces of Israel", "Khān Yūnis"),
        ("Shelling/artillery/missile attack", "Palestinian Islamic Jihad", "Gaza Envelope")]


def test_a_denial_in_the_sentence_of_what_it_denies(extract):
    # «وأعلنت قوات الدعم السريع سيطرتها على القصر الجمهوري ومطار الخرطوم الدولي، فيما نفى الجيش
    # ذلك»: the capture told in the same sentence is denied, not the clashes told before it; the
    # clashes' toll, told two paragraphs on, is theirs
    evs = extract("اندلعت اشتباكات عنيفة صباح السبت بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم.\n"
                  "وأعلنت قوات الدعم السريع سيطرتها على القصر الجمهوري ومطار الخرطوم الدولي، فيما نفى الجيش ذلك.\n"
                  "وقالت لجنة أطباء السودان المركزية إن 25 مدنيا على الأقل قتلوا وأصيب 183 آخرون في الاشتباكات.")
    assert [(ev.sub_event_type, ev.certainty, ev.fatalities) for ev in evs] == [
        ("Armed clash", "reported", 25), ("Non-state actor overtakes territory", "claimed", 0)]


def test_also_claimed_by_the_claimer_before(extract):
    # «كما أعلنت استهداف مستوطنة كريات شمونة»: the claim with no subject is the claimer's of the
    # sentence before («أعلنت المقاومة الإسلامية»: Hezbollah); «لبلدة الخيام» is Khiam, Lebanon
    evs = extract("أعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا تجمعا لجنود جيش العدو الإسرائيلي عند "
                  "الأطراف الشرقية لبلدة الخيام بصلية صاروخية.\nكما أعلنت استهداف مستوطنة كريات شمونة بصلية صاروخية.")
    assert [(ev.actor1, ev.location.name, ev.location.country) for ev in evs] == [
        ("Hezbollah", "Khiam", "Lebanon"), ("Hezbollah", "Qiryat Shmona", "Israel")]


def test_clashes_spread_to_new_places(extract):
    # «وامتدت المواجهات إلى مدينة الصدر»: the fighting told, at a new place
    evs = extract("اندلعت اشتباكات عنيفة بين القوات العراقية ومسلحين من جيش المهدي في البصرة، ما أدى إلى مقتل 15 "
                  "شخصا على الأقل.\nوامتدت المواجهات إلى مدينة الصدر في بغداد.")
    assert [(ev.sub_event_type, ev.actor2, ev.location.name) for ev in evs] == [
        ("Armed clash", "Mahdi Army", "Basrah"), ("Armed clash", "Mahdi Army", "Sadr City")]
    # the list goes on past the city the first member is in («مدينة الصدر في بغداد والكوت والحلة»)
    evs = extract("اندلعت اشتباكات عنيفة بين القوات العراقية ومسلحين من جيش المهدي في البصرة، ما أدى إلى مقتل 15 "
                  "شخصا على الأقل.\nوامتدت المواجهات إلى مدينة الصدر في بغداد والكوت والحلة.")
    assert [ev.location.name for ev in evs] == ["Basrah", "Sadr City", "Al-Kut", "Al Hillah"]


def test_a_tallys_start_is_no_article_date(extract):
    # «أسفرت المعارك منذ بدء الهجوم ... في ديسمبر الماضي عن مقتل أكثر من 1500»: December starts a
    # tally; the attack told before, with no date of its own, is of the day of publication
    evs = extract("قتل ما بين 10 و15 عنصرا من قوات النظام في هجوم شنته فصائل المعارضة على مواقعهم في محيط مدينة "
                  "سراقب، وفق المرصد السوري.\nوأسفرت المعارك منذ بدء الهجوم على ريف إدلب الجنوبي في ديسمبر الماضي "
                  "عن مقتل أكثر من 1500 مقاتل من الطرفين.")
    assert [(ev.sub_event_type, ev.fatalities, ev.event_date, ev.time_precision) for ev in evs] == [
        ("Armed clash", 10, PUBLISHED, 1)]


def test_shelling_told_with_the_clashes_told_before(extract):
    # «وتزامنت الاشتباكات مع قصف مكثف نفذته قوات النظام على قرى وبلدات الهبيط وعابدين» after the
    # clashes at Kafr Nabudah were told: the shelling of the villages is an act of its own, not a
    # battle at each (ACLED's air strike or shelling during a battle is one with the battle told there)
    evs = extract("شهدت محاور ريف حماة الشمالي اشتباكات عنيفة بين قوات النظام والفصائل على محور كفرنبودة، ما أدى "
                  "إلى مقتل 12 عنصرا من قوات النظام.\nوتزامنت الاشتباكات مع قصف مكثف نفذته قوات النظام على قرى "
                  "وبلدات الهبيط وعابدين.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name) for ev in evs] == [
        ("Armed clash", "Military Forces of Syria", "Kafr Nabutha"),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Hbit"),
        ("Shelling/artillery/missile attack", "Military Forces of Syria", "Abdin")]


def test_the_arrested_count_is_no_toll(extract):
    # «واعتقل 1563 عسكريا»: the arrested are no more dead
    evs = extract("وأعلن رئيس الأركان التركي أن 104 من الانقلابيين قتلوا في أنقرة، واعتقل 1563 عسكريا.")
    assert [(ev.sub_event_type, ev.fatalities) for ev in evs] == [("Armed clash", 104), ("Arrests", 0)]


def test_a_third_partys_act_in_a_retelling_is_new(extract):
    # «وأضافت أن الجيش السوري صد الهجوم وأن الطيران الروسي دمر خمس دبابات للمسلحين»: the army's
    # defence retells the attack; the Russian strike, by neither side of it, is an event of its own
    evs = extract("قالت وزارة الدفاع الروسية إن مسلحي \"هيئة تحرير الشام\" شنوا هجوما على مواقع الجيش السوري "
                  "بالقرب من بلدة النيرب. وأضافت أن الجيش السوري صد الهجوم وأن الطيران الروسي دمر خمس دبابات "
                  "للمسلحين.")
    assert [(ev.sub_event_type, ev.actor1, ev.actor2) for ev in evs] == [
        ("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria"),
        ("Air/drone strike", "Military Forces of Russia", "Hayat Tahrir al-Sham")]
    # (with no count of its own too)
    evs = extract("قالت وزارة الدفاع الروسية إن مسلحي \"هيئة تحرير الشام\" شنوا هجوما على مواقع الجيش السوري "
                  "بالقرب من بلدة النيرب. وأضافت أن الجيش السوري صد الهجوم وأن الطيران الروسي دمر دبابات "
                  "المسلحين.")
    assert [ev.actor1 for ev in evs] == ["Hayat Tahrir al-Sham", "Military Forces of Russia"]


def test_an_arrest_after_fiima_is_by_the_force_told_before(extract):
    # «... برصاص قوات الاحتلال ... خلال اقتحامها مدينة جنين، فيما اعتقلت 15 مواطنا»: the verb's
    # subject is the force whose violence opened the sentence
    evs = extract("استشهد شابان برصاص قوات الاحتلال الإسرائيلي، فجر اليوم، خلال اقتحامها مدينة جنين، فيما "
                  "اعتقلت 15 مواطنا من مناطق متفرقة في الضفة الغربية.")
    assert [(ev.sub_event_type, ev.actor1) for ev in evs] == [
        ("Attack", "Military Forces of Israel"), ("Arrests", "Military Forces of Israel")]
    # not when the clause names its own subject
    evs = extract("استشهد شابان برصاص قوات الاحتلال الإسرائيلي، فجر اليوم، خلال اقتحامها مدينة جنين، فيما "
                  "اعتقلت الأجهزة الأمنية الفلسطينية 3 مواطنين في نابلس.")
    assert [(ev.sub_event_type, ev.actor1) for ev in evs][-1] == ("Arrests", "Police Forces of Palestine")


def test_a_list_of_places_goes_on_past_its_country_and_a_bracketed_name(extract):
    # «في مناطق قنديل وأسوس وهاكورك في العراق، وعين العرب (كوباني) وتل رفعت في سوريا»: one strike
    # per place of both countries' lists, Kobani being Ain al-Arab named again; «، إضافة إلى»
    # goes on with a list too
    evs = extract("وقالت الوزارة إن المقاتلات التركية دمرت 89 هدفا بينها ملاجئ وأنفاق ومستودعات ذخيرة في مناطق "
                  "قنديل وأسوس وهاكورك في العراق، وعين العرب (كوباني) وتل رفعت في سوريا.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name, ev.location.country) for ev in evs] == [
        ("Air/drone strike", "Military Forces of Turkey", name, country) for name, country in (
            ("Qandil Mountains", "Iraq"), ("Asos Mountain", "Iraq"), ("Hakurk", "Iraq"),
            ("Ain Al Arab", "Syria"), ("Tall Refaat", "Syria"))]
    evs = extract("وذكرت الوزارة أن الضربات التركية استهدفت مواقع في عين العرب وتل رفعت، إضافة إلى منبج.")
    assert [ev.location.name for ev in evs] == ["Ain Al Arab", "Tall Refaat", "Menbij"]


def test_another_strike_is_by_the_hands_of_the_one_told(extract):
    # «كما استهدفت غارة أخرى منزلا»: one more of the enemy planes' strikes
    evs = extract("شن الطيران الحربي المعادي غارة على بلدة بنت جبيل فجر اليوم، ما أدى إلى استشهاد 3 مواطنين، "
                  "كما استهدفت غارة أخرى منزلا في بلدة عيتا الشعب ما أسفر عن سقوط جريحين.")
    assert [(ev.location.name, ev.actor1, ev.fatalities, ev.injured) for ev in evs] == [
        ("Bent Jbaïl", "Military Forces of Israel", 3, None),
        ("Aita al-Shaab", "Military Forces of Israel", 0, 2)]
    # so is one split off the report by «، كما» with no «أخرى» (one more of the same kind)
    evs = extract("وشن الطيران الحربي الإسرائيلي غارات عنيفة على بلدة صريفا، كما استهدفت غارة منزلا في بلدة "
                  "سحمر في البقاع الغربي.")
    assert [(ev.location.name, ev.actor1) for ev in evs] == [
        ("Srifa", "Military Forces of Israel"), ("Shmr", "Military Forces of Israel")]


def test_an_arrest_joined_to_the_forces_violence_is_theirs(extract):
    # «وتمكنت من تحييد عدد من المسلحين وإلقاء القبض على آخرين»: the force that killed arrested
    evs = extract("وأوضح المصدر أن قوات الأمن بمؤازرة وحدات من الجيش بدأت عملية تمشيط واسعة في بلدة سراقب، "
                  "وتمكنت من تحييد عدد من المسلحين وإلقاء القبض على آخرين.")
    arrest = next(ev for ev in evs if ev.sub_event_type == "Arrests")
    assert (arrest.actor1, arrest.location.name) == ("Police Forces of Syria", "Saraqab")


def test_the_home_town_and_its_region_are_not_where_an_arrest_was(extract):
    # «شابين من أبناء مدينة نوى غربي درعا، أثناء مرورهما على حاجز الجسر في مدينة الصنمين»
    ev, = extract("اعتقلت دورية تابعة لفرع الأمن العسكري شابين من أبناء مدينة نوى غربي درعا، أثناء مرورهما على "
                  "حاجز الجسر في مدينة الصنمين.")
    assert ev.location.name == "As-Sanamayn"


def test_the_dead_of_both_sides_counted_after_their_clashes_are_their_toll(extract):
    # SOHR: the toll of the day («منذ صباح اليوم») of the clashes told in three towns, divided
    evs = extract("تتواصل الاشتباكات العنيفة بين قوات سوريا الديمقراطية ومسلحين من أبناء العشائر العربية في "
                  "بلدات ذيبان والطيانة والشحيل بريف دير الزور الشرقي.\n"
                  "ووثق المرصد السوري مقتل 9 مقاتلين من \"قسد\" و6 من أبناء العشائر منذ صباح اليوم.")
    assert [(ev.location.name, ev.fatalities) for ev in evs] == [("Thiban", 5), ("Tayyana", 5), ("Shiheil", 5)]


def test_a_days_toll_over_scattered_places_is_no_event_of_its_own(extract):
    # SOHR's daily tally: the sum of the events it then lists, each its own
    evs = extract("حصيلة يومية: مقتل 7 أشخاص في مناطق متفرقة من الأراضي السورية\n"
                  "- مدنيان قتلا برصاص مسلحين مجهولين في بلدة المزيريب بريف درعا الغربي.\n"
                  "- عنصر في \"قسد\" قتل باستهداف من قبل خلايا تنظيم \"الدولة الإسلامية\" في بلدة الصور بريف دير الزور.")
    assert [(ev.location.name, ev.actor1, ev.fatalities) for ev in evs] == [
        ("Mzeireb", "Unidentified Armed Group (Syria)", 2), ("Sur", "Islamic State (Syria)", 1)]


def test_the_general_staff_announces_its_capture_and_a_campaign_tally_is_none(extract):
    # Anadolu: «أعلنت رئاسة الأركان التركية السيطرة الكاملة على مركز مدينة عفرين»; the men
    # «neutralised» since the operation began are a tally, no event
    evs = extract("أعلنت رئاسة الأركان التركية، السيطرة الكاملة على مركز مدينة عفرين شمالي سوريا.\n"
                  "وأضافت الرئاسة في بيان أن عدد الإرهابيين الذين تم تحييدهم منذ انطلاق العملية بلغ 3 آلاف و603 "
                  "إرهابيين.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name, ev.sources) for ev in evs] == [
        ("Non-state actor overtakes territory", "Military Forces of Turkey", "Afrin", ["Turkish General Staff"])]


def test_return_fire_goes_where_the_shellers_were_said_to_be_a_paragraph_before(extract):
    evs = extract("وذكر مراسل سانا أن إرهابيي تنظيم جبهة النصرة المنتشرين في بلدة اللطامنة استهدفوا بعدة قذائف "
                  "صاروخية الأحياء السكنية في بلدة السقيلبية، ما أدى إلى استشهاد مدنيين اثنين.\n"
                  "وردت وحدات من الجيش العربي السوري على مصادر إطلاق القذائف ودمرت منصات الإطلاق.")
    assert [(ev.actor1, ev.location.name) for ev in evs] == [
        ("Hayat Tahrir al-Sham", "As-Suqaylabiyah"), ("Military Forces of Syria", "Latmana")]


def test_the_attackers_pointed_back_at_retell_the_attack(extract):
    # SOHR: «وأفاد المرصد بأن عناصر التنظيم هاجموا الضحايا ... وأقدموا على إعدام عدد منهم»
    evs = extract("قتل 53 شخصا في هجوم شنه عناصر من تنظيم \"الدولة الإسلامية\" على جامعي الكمأة في منطقة "
                  "الصوانة ببادية تدمر، بحسب المرصد السوري.\n"
                  "وأفاد المرصد بأن عناصر التنظيم هاجموا الضحايا بالأسلحة الرشاشة، وأقدموا على إعدام عدد منهم ميدانيا.")
    assert [(ev.actor1, ev.fatalities) for ev in evs] == [("Islamic State (Syria)", 53)]
    assert "also told at" in evs[0].notes


def test_druze_gunmen_of_the_sect_and_a_ministry_launching_an_air_operation(extract):
    ev, = extract("شهدت مدينة جرمانا بريف دمشق اشتباكات بين مسلحين محليين من الطائفة الدرزية وعناصر من الأمن "
                  "العام، أسفرت عن مقتل 3 عناصر من الأمن العام.")
    assert ev.actor1 == "Druze Ethnic Militia (Syria)"
    ev, = extract("أعلنت وزارة الدفاع التركية، اليوم الأحد، إطلاق عملية جوية ضد مواقع تنظيم بي كا كا الإرهابي في "
                  "عين العرب.")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Turkey")


def test_one_and_a_dual_joined_add_up(extract):
    # «إصابة امرأة وطفلين» (3), «مقتل 3 رجال وطفلين» (5); DeirEzzor 24 is a source
    ev, = extract("دير الزور - دير الزور 24\nألقى مجهولون قنبلة يدوية على منزل في بلدة الكسرة، ما أدى إلى إصابة "
                  "امرأة وطفلين بجروح.")
    assert (ev.sub_event_type, ev.injured, ev.sources) == ("Grenade", 3, ["DeirEzzor 24"])
    ev, = extract("أدى القصف إلى مقتل 3 رجال وطفلين في بلدة الكسرة.")
    assert ev.fatalities == 5


def test_yemens_fronts_and_southern_forces(extract):
    # «جبهة الضالع» is the front at al-Dhale (a town abroad after a word of a front), and «القوات
    # الجنوبية» answering are the STC's
    evs = extract("عدن - المصدر أونلاين\nقتل جنديان من قوات الحزام الأمني في هجوم بطائرة مسيرة حوثية على موقع "
                  "عسكري في جبهة الضالع.\nوردت القوات الجنوبية بقصف مدفعي على مواقع الحوثيين.")
    assert [(ev.actor1, ev.actor2, ev.location.name, ev.sources) for ev in evs] == [
        ("Houthi Movement (Ansar Allah)", "Southern Transitional Council", "Ad Dali'", ["Al-Masdar Online"]),
        ("Southern Transitional Council", "Houthi Movement (Ansar Allah)", "Ad Dali'", ["Al-Masdar Online"])]


def test_renewed_clashes_in_tripoli_and_their_rising_toll(extract):
    evs = extract("تجددت الاشتباكات المسلحة في العاصمة طرابلس، صباح اليوم، بين قوات جهاز دعم الاستقرار وقوات تابعة "
                  "لرئيس الحكومة المكلف من البرلمان فتحي باشاغا.\n"
                  "وأعلن مركز طب الطوارئ والدعم ارتفاع حصيلة القتلى إلى 23 قتيلا و140 جريحا.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name, ev.fatalities, ev.injured) for ev in evs] == [
        ("Armed clash", "Stability Support Apparatus", "Tripoli", 23, 140)]


def test_the_general_command_in_libya_and_the_aggressions_mercenaries_in_yemen(extract):
    ev, = extract("شن الطيران الحربي التابع للقيادة العامة غارة جوية على مطار معيتيقة الدولي في طرابلس الليبية.")
    assert ev.actor1 == "Libyan National Army"
    ev, = extract("صنعاء - سبأ\nاستشهد طفل وأصيبت امرأة جراء قصف مدفعي لمرتزقة العدوان على منطقة الربيعي في محافظة تعز.")
    assert (ev.actor1, ev.actor2, ev.fatalities, ev.injured) == ("Military Forces of Yemen", "Civilians (Yemen)", 1, 1)


def test_the_islamic_resistance_striking_an_israeli_position_across_the_border(extract):
    # NNA: «المقاومة الإسلامية» is Hezbollah; «موقع الراهب الإسرائيلي» after the hour of the strike
    # names its target; the Lebanese villages the answer fell on are not where it struck
    evs = extract("بيروت - الوكالة الوطنية للإعلام\nأعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا عند "
                  "الساعة الثانية من بعد ظهر اليوم موقع الراهب الإسرائيلي بالأسلحة المناسبة وأصابوه إصابة مباشرة. "
                  "وردت المدفعية الإسرائيلية بقصف أطراف بلدتي عيتا الشعب ورامية، ما أدى إلى إصابة مواطن بجروح.")
    claim = evs[0]
    assert (claim.actor1, claim.actor2, claim.location) == ("Hezbollah", "Military Forces of Israel", None)
    assert [ev.location.name for ev in evs[1:]] == ["Aita al-Shaab", "Ramiya"]


def test_a_quoted_faction_opening_fire_and_the_funeral_crowd_demanding(extract):
    # Enab Baladi, Jinderis 2023: «أطلق عناصر من فصيل "جيش الشرقية" النار على عائلة كردية» (a long
    # quoted name between the split verb and «النار»); «وخرج المئات من أهالي جنديرس في تشييع
    # الضحايا، مطالبين بمحاسبة القتلة» is a protest
    evs = extract("أطلق عناصر من فصيل \"جيش الشرقية\" النار على عائلة كردية أثناء احتفالها بعيد النوروز في بلدة "
                  "جنديرس بريف عفرين، ما أدى إلى مقتل 4 أشخاص من العائلة.\n"
                  "وخرج المئات من أهالي جنديرس في تشييع الضحايا، مطالبين بمحاسبة القتلة.")
    assert [(ev.sub_event_type, ev.actor1, ev.location.name, ev.fatalities) for ev in evs] == [
        ("Attack", "Jaish al-Sharqiya", "Jandairis", 4), ("Peaceful protest", "Protesters (Syria)", "Jandairis", 0)]


def test_weapons_destroyed_in_the_result_of_the_armys_clashes_are_the_armys(extract):
    evs = extract("وأفاد مراسل سانا بأن وحدات الجيش خاضت اشتباكات عنيفة مع إرهابيي تنظيم جبهة النصرة على محور "
                  "الجبين، أسفرت عن مقتل العشرات منهم وتدمير 3 عربات مفخخة.")
    disrupted = next(ev for ev in evs if ev.sub_event_type == "Disrupted weapons use")
    assert disrupted.actor1 == "Military Forces of Syria"


def test_an_ongoing_clash_between_other_sides_after_a_joint_is_its_own_report(extract):
    # SOHR, Ras al-Ain 2019: the 14 civilians are the Turkish air strike's, not the clashes'
    evs = extract("قتل 14 مدنيا بينهم صحفيان في غارة جوية تركية استهدفت قافلة مدنية في مدينة رأس العين، فيما تستمر "
                  "الاشتباكات بين قوات سوريا الديمقراطية والفصائل الموالية لتركيا في محيط المدينة.")
    assert [(ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) for ev in evs] == [
        ("Air/drone strike", "Military Forces of Turkey", "Civilians (Syria)", 14),
        ("Armed clash", "Syrian Democratic Forces", "Syrian National Army", 0)]


def test_victims_spread_over_the_towns_listed_are_one_event_at_each(extract):
    evs = extract("قتل 27 مدنيا جراء غارات جوية وقصف صاروخي لقوات النظام على مدن وبلدات الغوطة الشرقية، توزعوا على "
                  "دوما وحمورية وكفربطنا وسقبا، بحسب الدفاع المدني.")
    assert [(ev.location.name, ev.fatalities) for ev in evs] == [
        ("Duma", 7), ("Hammura", 7), ("Kafr Batna", 7), ("Saqba", 6)]


def test_the_group_a_denier_blames_is_no_target(extract):
    # al-Ahli hospital 2023: «فيما نفى الجيش الإسرائيلي مسؤوليته، قائلا إن الانفجار نجم عن صاروخ
    # أطلقته حركة الجهاد الإسلامي»: the denier's account, not who the explosion struck
    ev, = extract("غزة - وكالات\nقالت وزارة الصحة في غزة إن ما لا يقل عن 471 فلسطينيا استشهدوا في الانفجار الذي وقع في "
                  "المستشفى الأهلي العربي بمدينة غزة، متهمة إسرائيل بقصفه، فيما نفى الجيش الإسرائيلي مسؤوليته، قائلا "
                  "إن الانفجار نجم عن صاروخ أطلقته حركة الجهاد الإسلامي.")
    assert ev.actor2 != "Palestinian Islamic Jihad" and ev.fatalities == 471


def test_a_since_this_morning_aside_does_not_part_the_verb_from_its_places(extract):
    # SMART: «قصفت طائرات حربية روسية ...، منذ صباح اليوم الاثنين، مدينة خان شيخون وقرى التمانعة
    # وسكيك والتح ... ما أدى إلى مقتل مدنيين اثنين في التح»: one strike at each, the dead at al-Tah
    evs = extract("قصفت طائرات حربية روسية، منذ صباح اليوم الاثنين، مدينة خان شيخون وقرى التمانعة وسكيك والتح جنوبي "
                  "إدلب بأكثر من 40 غارة جوية، ما أدى إلى مقتل مدنيين اثنين في التح.")
    assert [(ev.location.name, ev.fatalities) for ev in evs] == [
        ("Khan Shaykun", 0), ("Tamanaah", 0), ("Skik", 0), ("Tah", 2)]


def test_fighters_withdrawing_towards_a_town_hand_it_over_to_no_one(extract):
    # Enab Baladi: «وانسحب مقاتلو الفيلق باتجاه مدينة أعزاز»: where they went, not a place left
    evs = extract("سيطرت \"هيئة تحرير الشام\" على مدينة عفرين بريف حلب الشمالي، بعد اشتباكات مع \"الفيلق الثالث\" "
                  "التابع لـ\"الجيش الوطني السوري\"، استمرت عدة أيام، وانسحب مقاتلو الفيلق باتجاه مدينة أعزاز.")
    assert [(ev.sub_event_type, ev.actor2, ev.location.name) for ev in evs] == [
        ("Non-state actor overtakes territory", "Third Legion", "Afrin")]


# One report, one event: what each case reads of the event, and what it must be (cases of the
# Lebanon, Yemen, Sudan, Libya, Iraq and post-2024 Syria probes).
ONE_EVENT_CASES = [
    # «...، متهمتين قوات النظام بتنفيذه»: the party accused after the event noun, of carrying it out
    # by a pronoun, did it, hedged (was no actor1)
    pytest.param(
        "أعلنت منظمة الخوذ البيضاء والجمعية الطبية السورية الأمريكية أن أكثر من 40 شخصا قتلوا في هجوم "
        "بالغازات السامة على مدينة دوما في الغوطة الشرقية، متهمتين قوات النظام بتنفيذه.",
        lambda ev: (ev.sub_event_type, ev.actor1, "actor1 hedged" in (ev.notes or "")),
        ("Chemical weapon", "Military Forces of Syria", True),
        id="the_forces_accused_of_carrying_it_out"),
    # «اشتباكات عنيفة بين القوات الأذربيجانية والأرمنية»: the adjective after «و» is the Armenian
    # forces, and after «بين» the two are the sides, no allies (was an unidentified armed group
    # against Azerbaijan)
    pytest.param(
        "اندلعت اشتباكات عنيفة بين القوات الأذربيجانية والأرمنية في إقليم ناغورني قره باغ، وأعلنت وزارة الدفاع "
        "الأرمنية مقتل 16 من جنودها.",
        lambda ev: (ev.actor1, ev.assoc_actor_1, ev.actor2, ev.fatalities),
        ("Military Forces of Azerbaijan", None, "Military Forces of Armenia", 16),
        id="azerbaijani_and_armenian_forces_fight_each_other"),
    # «في إطار عملية عسكرية لـ"تحرير العاصمة من الإرهابيين"»: a quoted aim after «لـ» is no capture
    # (was the LNA overtaking Tripoli)
    pytest.param(
        "أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر سيطرته على مدينة غريان جنوب طرابلس، في إطار عملية "
        "عسكرية لـ\"تحرير العاصمة من الإرهابيين\".",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name_ar),
        ("Non-state actor overtakes territory", "Libyan National Army", "غريان"),
        id="a_quoted_aim_after_lam_is_no_capture"),
    # «تبنى تنظيم داعش الهجوم الذي استهدف حاجزا لقوات النظام ...، وقال إنه قتل 5 عناصر»: «إنه» is the
    # claimer, not the forces of the relative clause (was the regime as the attacker); SOHR's «بمقتل
    # 3 عناصر من قوات النظام في الهجوم» counts the same dead: one event, the lower count
    pytest.param(
        "تبنى تنظيم داعش، عبر وكالة أعماق التابعة له، الهجوم الذي استهدف حاجزا لقوات النظام في بلدة السخنة بريف "
        "حمص الشرقي، وقال إنه قتل 5 عناصر.\nوكان المرصد السوري لحقوق الإنسان قد أفاد بمقتل 3 عناصر من قوات "
        "النظام في الهجوم.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.sources),
        ("Islamic State (Syria)", "Military Forces of Syria", 3, ["Amaq News Agency", "SOHR"]),
        id="a_claim_and_an_observatorys_lower_count_of_the_same_dead"),
    # «هجوم بالغازات السامة على مدينة دوما»: toxic gases with the article are a chemical weapon
    # (cues.yaml modifiers chemical; was an attack by an unidentified armed group)
    pytest.param(
        "أعلنت منظمة الخوذ البيضاء أن أكثر من 40 شخصا قتلوا في هجوم بالغازات السامة على مدينة دوما في "
        "الغوطة الشرقية.",
        lambda ev: (ev.sub_event_type, ev.fatalities), ("Chemical weapon", 40),
        id="an_attack_with_the_toxic_gases_is_chemical"),
    # «وقالت الشرطة الإسرائيلية إن 21 من عناصرها أصيبوا جراء رشقهم بالحجارة» after the clashes at
    # al-Aqsa: the force the crowd faced counts its own hurt, the same confrontation (was an armed
    # clash of the police with no one)
    pytest.param(
        "أصيب أكثر من 300 فلسطيني، اليوم الاثنين، خلال مواجهات مع الشرطة الإسرائيلية في باحات المسجد الأقصى، "
        "وفق الهلال الأحمر الفلسطيني.\nوقالت الشرطة الإسرائيلية إن 21 من عناصرها أصيبوا جراء رشقهم بالحجارة.",
        lambda ev: (ev.sub_event_type, ev.actor2, ev.injured),
        ("Violent demonstration", "Police Forces of Israel", 300),
        id="the_police_count_their_own_hurt_in_the_clashes_told"),
    # «فيما ارتفعت حصيلة ضحايا القصف ... خلال الأيام الثلاثة الماضية إلى 75 مدنيا»: the last days with
    # a word of toll before them are a tally (cues.yaml days_span), no strike of its own; the
    # sentence tells the market strikes again (was a second strike, 75 killed, in Idlib province)
    pytest.param(
        "قتل 31 مدنيا على الأقل، بينهم ستة أطفال، في غارات جوية استهدفت سوقا شعبيا في مدينة معرة النعمان بريف "
        "إدلب الجنوبي، وفق ما أفاد الدفاع المدني السوري.\nوقال المرصد السوري لحقوق الإنسان إن طائرات حربية "
        "تابعة للنظام أو لروسيا نفذت الغارات، فيما ارتفعت حصيلة ضحايا القصف على ريف إدلب خلال الأيام الثلاثة "
        "الماضية إلى 75 مدنيا.",
        lambda ev: (ev.sub_event_type, ev.fatalities, ev.sources),
        ("Air/drone strike", 31, ["White Helmets", "SOHR"]),
        id="a_toll_risen_over_three_days_is_a_tally"),
    # «في إطار عملية "نبع السلام" التي أطلقتها أنقرة يوم الأربعاء»: the day the operation was
    # launched (a verb with a pronoun for a word that is no event word) dates neither the capture
    # nor the article (was that Wednesday)
    pytest.param(
        "سيطرت فصائل الجيش الوطني السوري المدعوم من تركيا على مدينة تل أبيض الحدودية في ريف الرقة الشمالي، "
        "في إطار عملية \"نبع السلام\" التي أطلقتها أنقرة يوم الأربعاء.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.event_date),
        ("Non-state actor overtakes territory", "Syrian National Army", PUBLISHED),
        id="the_day_the_operation_was_launched_dates_no_capture"),
    # «في غارات جوية نسبتها أنقرة إلى القوات الحكومية السورية»: the party the strikes are ascribed
    # to (cues.yaml ascribed_it) did them; the Turkish soldiers were hit (was Turkey against Syria)
    pytest.param(
        "قتل 33 جنديا تركيا على الأقل وأصيب آخرون في غارات جوية نسبتها أنقرة إلى القوات الحكومية السورية في "
        "منطقة إدلب.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Air/drone strike", "Military Forces of Syria", "Military Forces of Turkey", 33),
        id="strikes_ankara_ascribes_to_the_syrian_army"),
    # «إن غارة جوية استهدفت رتلا عسكريا تركيا»: the convoy in the accusative is what was struck,
    # not who struck (was Military Forces of Turkey as actor1)
    pytest.param(
        "قالت وزارة الدفاع التركية إن غارة جوية استهدفت رتلا عسكريا تركيا كان في طريقه إلى نقطة المراقبة "
        "التاسعة في مورك بريف حماة الشمالي، ما أسفر عن مقتل ثلاثة مدنيين وإصابة 12 آخرين.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        (None, "Military Forces of Turkey", 3, 12),
        id="a_strike_on_a_turkish_convoy_is_not_turkeys"),
    # «وقالت وزارة الصحة اللبنانية إن الغارة أسفرت عن مقتل 3 أشخاص» right after the strike that
    # killed the commander: the same strike counted more fully (the larger count, the civilians its
    # associates); was a second strike on civilians at the same place
    pytest.param(
        "أعلن الجيش الإسرائيلي، مساء الثلاثاء، أنه اغتال القيادي العسكري البارز في حزب الله فؤاد شكر في غارة "
        "جوية استهدفت مبنى في حارة حريك بالضاحية الجنوبية لبيروت.\nوقالت وزارة الصحة اللبنانية إن الغارة "
        "أسفرت عن مقتل 3 أشخاص بينهم طفلان، وإصابة 74 آخرين بجروح.",
        lambda ev: (ev.actor1, ev.actor2, ev.assoc_actor_2, ev.fatalities, ev.injured),
        ("Military Forces of Israel", "Hezbollah", "Civilians (Lebanon)", 3, 74),
        id="the_strike_that_killed_the_commander_counted_again_more_fully"),
    # «جراء الغاز المسيل للدموع الذي أطلقه الجيش الإسرائيلي»: who fired what hurt them (cues.yaml
    # fired_it) is the attacker (was an armed clash of an unidentified Palestinian group with the army)
    pytest.param(
        "وقال الهلال الأحمر الفلسطيني إن طواقمه تعاملت مع 98 إصابة معظمها بالاختناق جراء الغاز المسيل للدموع "
        "الذي أطلقه الجيش الإسرائيلي في بلدة حوارة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.injured),
        ("Attack", "Military Forces of Israel", "Civilians (Palestine)", 98),
        id="tear_gas_the_army_fired_hurt_98"),
    # «أن مسلحين من تنظيم داعش فتحوا النار على القوة بعد الانفجار»: the group that fought on in the
    # retelling of a bombing whose doer was not named did it (was an unidentified armed group)
    pytest.param(
        "قتل ثلاثة جنود عراقيين وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم في قرية الصفرة التابعة "
        "لقضاء الحويجة جنوب غرب كركوك، حسبما أفادت خلية الإعلام الأمني. وأضافت الخلية في بيان أن مسلحين من "
        "تنظيم داعش فتحوا النار على القوة بعد الانفجار، واشتبكوا معها لنحو ساعة قبل أن يلوذوا بالفرار.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Remote explosive/landmine/IED", "Islamic State (Iraq)", "Military Forces of Iraq", 3),
        id="the_group_that_fought_on_after_the_bomb_planted_it"),
    # the Sinjar Resistance Units (actors.yaml) are whom the Turkish drone struck, no civilians
    pytest.param(
        "قصفت طائرة مسيرة تركية سيارة في قضاء سنجار غرب الموصل، ما أدى إلى مقتل اثنين من عناصر وحدات "
        "مقاومة سنجار المقربة من حزب العمال الكردستاني، بحسب ما أفاد مسؤول محلي.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities),
        ("Military Forces of Turkey", "YBS: Sinjar Resistance Units", 2),
        id="a_turkish_drone_kills_two_of_the_sinjar_resistance_units"),
    # «وقالت إنها استهدفت قواعد القوات الأجنبية»: the forces after «قواعد» (bases, a position word)
    # own the bases struck, they did not strike; the claim is al-Shabaab's account of the shelling
    # (was a second record, an armed clash of al-Shabaab and international forces)
    pytest.param(
        "سقطت عدة قذائف هاون أطلقها مسلحو حركة الشباب على محيط مطار آدم عدي الدولي في العاصمة الصومالية "
        "مقديشو، ما أسفر عن إصابة أربعة أشخاص. وتبنت حركة الشباب الهجوم في بيان، وقالت إنها استهدفت "
        "\"قواعد القوات الأجنبية الغازية\".",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.injured),
        ("Shelling/artillery/missile attack", "Al Shabaab", 4),
        id="the_bases_of_foreign_forces_are_what_al_shabaab_struck"),
    # «فيما أعلنت وزارة الصحة ... مقتل 6 أشخاص» right after the sentence that told the clashes again:
    # a count with no act of its own is the toll of the fight told with none (was an attack on
    # civilians by an unidentified armed group beside the clash)
    pytest.param(
        "شهدت العاصمة الليبية طرابلس، ليل الاثنين، اشتباكات عنيفة بالأسلحة الثقيلة بين اللواء 444 قتال "
        "وجهاز دعم الاستقرار.\nوقالت مصادر محلية إن الاشتباكات تركزت في منطقة أبو سليم وطريق المطار، فيما "
        "أعلنت وزارة الصحة في حكومة الوحدة الوطنية مقتل 6 أشخاص على الأقل.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Armed clash", "444th Combat Brigade", "Stability Support Apparatus", 6),
        id="a_toll_after_the_clashes_told_again_is_theirs"),
    # «وحاول متظاهرون ...، فأطلقت قوات الدرك الغاز المسيل للدموع لتفريقهم»: the next sentence's
    # protesters, named by their crowd word alone, are the crowd told; the gendarmerie broke it up
    # (was a peaceful protest, the tear gas two clauses from the crowd word)
    pytest.param(
        "تظاهر آلاف الأردنيين مساء الثلاثاء قرب السفارة الإسرائيلية في منطقة الرابية غربي العاصمة عمّان. "
        "وحاول متظاهرون الوصول إلى مبنى السفارة، فأطلقت قوات الدرك الغاز المسيل للدموع لتفريقهم.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Protest with intervention", "Protesters (Jordan)", "Police Forces of Jordan"),
        id="protesters_named_again_are_dispersed_by_the_gendarmerie"),
    # «مجموعة غاضبة من المتظاهرين»: a mob that is some of the protesters is their riot, one record
    # (was a peaceful protest beside a mob's violence)
    pytest.param(
        "وأصيب خمسة اشخاص بجروح في المدينة عندما اضرمت مجموعة غاضبة من المتظاهرين النيران في سيارة بعد ضرب سائقها.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.injured), ("Violent demonstration", "Rioters", 5),
        id="an_angry_group_of_protesters_burns_a_car"),
    # «إن قوات الدعم السريع قتلت أكثر من 800 شخص»: the count after its approximating words is the
    # verb's object, the force before it after «إن» its subject
    pytest.param(
        "قالت شبكة أطباء السودان إن قوات الدعم السريع قتلت أكثر من 800 شخص في مدينة أردمتا بولاية غرب دارفور.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.sources),
        ("Attack", "Rapid Support Forces", 800, ["Sudan Doctors Network"]),
        id="the_rsf_killed_more_than_800"),
    # Iran's rights monitors tell the arrests of protesters (Hengaw, outlets.yaml)
    pytest.param(
        "اعتقلت قوات الأمن الإيرانية عشرات المحتجين في مدينة سنندج غربي البلاد، وفق منظمة هنغاو الحقوقية.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.sources),
        ("Arrests", "Police Forces of Iran", ["Hengaw Organization for Human Rights"]),
        id="hengaw_tells_arrests_in_sanandaj"),
    # «قتل جنديان تركيان»: a counted word of soldiers after the verb is its passive's victims,
    # though a count comes later («وأصيب خمسة آخرون»); the regime shelled the Turkish post
    pytest.param(
        "قتل جنديان تركيان وأصيب خمسة آخرون في قصف لقوات النظام السوري على نقطة عسكرية تركية في محيط بلدة "
        "قميناس جنوب شرقي إدلب، بحسب وزارة الدفاع التركية.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        ("Military Forces of Syria", "Military Forces of Turkey", 2, 5),
        id="two_turkish_soldiers_killed_by_regime_shelling"),
    # the chemical weapons programme the struck sites served is no chemical attack
    pytest.param(
        "شنت الولايات المتحدة ضربات صاروخية على مواقع عسكرية في حمص، قالت إنها مرتبطة ببرنامج الأسلحة "
        "الكيميائية السوري.",
        lambda ev: (ev.sub_event_type, ev.actor1), ("Shelling/artillery/missile attack", "Military Forces of the United States"),
        id="strikes_on_a_chemical_weapons_programme"),
    # «أضرم محتجون عراقيون النار في القنصلية الإيرانية»: the crowd named with its nationality is
    # still the protest word, and the fire set with the doer between is arson: a riot
    pytest.param(
        "أضرم محتجون عراقيون النار في القنصلية الإيرانية في مدينة النجف ليل الأربعاء، بعد أن اقتحموا مبناها، "
        "ولم تسجل إصابات.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name, ev.event_date.isoformat()),
        ("Violent demonstration", "Rioters (Iraq)", "Najaf", "2020-01-22"),
        id="protesters_set_fire_to_a_consulate"),
    # Tripoli's Mitiga airport (places_abroad.tsv), struck by Haftar's aircraft in April 2019
    pytest.param(
        "شن الطيران التابع لحفتر غارة على مطار معيتيقة الدولي، الوحيد العامل في العاصمة، دون وقوع إصابات.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name, ev.location.country, ev.injured),
        ("Air/drone strike", "Libyan National Army", "Mitiga Airport", "Libya", 0),
        id="haftars_air_strike_on_mitiga_airport"),
    # «وحمّل حزب الله إسرائيل المسؤولية»: the accuser first, then the accused, a country named as
    # its forces; the members who carried the pagers are the side struck
    pytest.param(
        "انفجرت أجهزة اتصال لاسلكية يحملها عناصر من حزب الله في مناطق عدة من لبنان، ما أدى إلى مقتل 9 أشخاص "
        "وإصابة نحو 2800 آخرين، وحمّل حزب الله إسرائيل المسؤولية.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.notes.split("; ")[-1]),
        ("Military Forces of Israel", "Hezbollah", 9, "actor1 hedged: «وحمّل حزب الله إسرائيل»"),
        id="a_party_holds_a_country_responsible"),
    # what the crowd protests («تنديدا باغتيال الصحفية، التي قتلت برصاص القوات الإسرائيلية ... يوم
    # الأربعاء») gives the protest no intervention and no day: the day it was published, not Wednesday
    pytest.param(
        "تظاهر مئات الفلسطينيين في رام الله تنديدا باغتيال الصحفية شيرين أبو عاقلة، التي قتلت برصاص القوات "
        "الإسرائيلية أثناء تغطيتها اقتحام مخيم جنين يوم الأربعاء.",
        lambda ev: (ev.sub_event_type, ev.actor2, ev.event_date.isoformat()),
        ("Peaceful protest", None, "2020-01-27"),
        id="a_protest_against_a_killing_is_not_the_killing"),
    # Tripoli, August 2022: the groups loyal to Dbeibah's government and those backing Bashagha;
    # the other side of a clash is armed, not the people it killed
    pytest.param(
        "قتل 23 شخصا على الأقل وأصيب أكثر من 140 آخرين في اشتباكات عنيفة اندلعت في العاصمة الليبية طرابلس، "
        "بين مجموعات مسلحة موالية لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة وأخرى داعمة لرئيس الحكومة "
        "المكلف من البرلمان فتحي باشاغا، بحسب وزارة الصحة.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities),
        ("Government of National Unity (Libya)", "Government of National Stability (Libya)", 23),
        id="tripoli_clashes_between_dbeibah_and_bashagha"),
    # a body of civilians struck: the civilians of its country, the body their associate (ACLED)
    pytest.param(
        "قتل 3 مسعفين من الهلال الأحمر الفلسطيني بغارة إسرائيلية على سيارة إسعاف في خان يونس.",
        lambda ev: (ev.actor1, ev.actor2, ev.assoc_actor_2, ev.inter2),
        ("Military Forces of Israel", "Civilians (Palestine)", "Palestine Red Crescent Society", "Civilians"),
        id="paramedics_of_the_red_crescent_killed"),
    # the side that withdrew lost the city, not the one the exception names
    pytest.param(
        "سيطرت فصائل المعارضة المسلحة على مدينة حلب بالكامل باستثناء الأحياء التي تسيطر عليها قوات سوريا "
        "الديمقراطية، بعد انسحاب قوات النظام منها.",
        lambda ev: (ev.sub_event_type, ev.actor2), ("Non-state actor overtakes territory", "Military Forces of Syria"),
        id="the_side_that_withdrew_lost_the_city"),
    # the army told as the attacker denies its responsibility: noted, the strike stays as told
    pytest.param(
        "أعلنت وزارة الصحة في غزة أن 471 شخصا على الأقل قتلوا في غارة إسرائيلية استهدفت المستشفى الأهلي "
        "العربي المعمداني في مدينة غزة، فيما نفى الجيش الإسرائيلي مسؤوليته وقال إن صاروخا أطلقته حركة "
        "الجهاد الإسلامي سقط على المستشفى.",
        lambda ev: (ev.actor1, ev.fatalities, ev.certainty, ev.notes.split("; ")[-1].split(" at ")[0]),
        ("Military Forces of Israel", 471, "reported", "responsibility denied by Military Forces of Israel"),
        id="the_attacker_denies_its_responsibility"),
    # the Red Crescent counts the wounded: a source
    pytest.param(
        "أصيب أكثر من 300 فلسطيني في مواجهات مع قوات الاحتلال الإسرائيلي في باحات المسجد الأقصى، بحسب "
        "الهلال الأحمر الفلسطيني.",
        lambda ev: (ev.injured, ev.sources), (300, ["Palestine Red Crescent Society"]),
        id="the_red_crescent_tells_the_wounded"),
    # «قال ضابط في الجيش إن»: an officer no name is given for
    pytest.param(
        "هاجم مسلحون من حركة الشباب قاعدة عسكرية للجيش الصومالي في بلدة حررطيري، وقال ضابط في الجيش إن 10 "
        "من المهاجمين قتلوا.",
        lambda ev: (ev.actor1, ev.notes.split("; ")[-1]), ("Al Shabaab", "unnamed source: ضابط في الجيش"),
        id="an_unnamed_officer_tells_it"),
    # «حمّلت ... جماعة الحوثي المسؤولية عن تفجير»: holding a party responsible tells the blast
    # (no background after «عن») and who is accused of it, told by the ministry; the blast is the
    # subject of «استهدف», the patrol its target; «مديرية المخا»: the district, coded to its town (2)
    pytest.param(
        "حمّلت وزارة الداخلية اليمنية جماعة الحوثي المسؤولية عن تفجير عبوة ناسفة استهدف دورية أمنية في "
        "مديرية المخا غربي محافظة تعز، ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.location.geo_precision,
                    ev.fatalities, ev.sources),
        ("Remote explosive/landmine/IED", "Houthi Movement (Ansar Allah)", "Police Forces of Yemen", "Mocha", 2,
         2, ["Yemeni Ministry of Interior"]),
        id="holding_a_party_responsible_for_a_blast_in_a_yemeni_district"),
    # «اتهمت أنقرة الوحدات بالمسؤولية عن تفجير»: the same with «اتهم»
    pytest.param(
        "اتهمت أنقرة وحدات حماية الشعب بالمسؤولية عن تفجير سيارة مفخخة في مدينة أعزاز، ما أسفر عن مقتل 5 أشخاص.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.notes.split("; ")[-1]),
        ("Remote explosive/landmine/IED", "People's Protection Units", 5,
         "actor1 hedged: «اتهمت أنقرة وحدات حماية الشعب»"),
        id="accused_of_responsibility_for_a_car_bomb"),
    # a group that names itself with no name of actors.yaml: an unidentified armed group of the
    # country, its own name in the notes; the claim of responsibility makes the attack no background
    pytest.param(
        "أعلنت جماعة تطلق على نفسها اسم \"كتائب الفجر الجديد\" مسؤوليتها عن هجوم بطائرة مسيرة استهدف "
        "قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.notes.split("; ")[-1]),
        ("Air/drone strike", "Unidentified Armed Group (Iraq)", "actor1 calls itself «كتائب الفجر الجديد»"),
        id="a_group_naming_itself_claims_a_drone_attack"),
    # «قوات صنعاء» are the Houthis' forces; the Gulf of Aden is coded to Yemen (ACLED), a region
    pytest.param(
        "أعلن المتحدث العسكري باسم قوات صنعاء العميد يحيى سريع، استهداف سفينة تجارية أمريكية في "
        "خليج عدن بعدد من الصواريخ البحرية المناسبة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name, ev.location.country, ev.location.geo_precision),
        ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Gulf of Aden", "Yemen", 3),
        id="a_houthi_claim_on_a_ship_at_sea"),
    # «هجمات شنتها مجموعات من فلول النظام البائد»: an armed group no name identifies attacked
    # (not the army of a state), a partitive between «شنتها» and it
    pytest.param(
        "قتل 16 عنصرا من قوات الأمن العام جراء هجمات منسقة شنتها مجموعات من فلول النظام البائد على "
        "حواجز في مدينة جبلة.",
        lambda ev: (ev.actor1, ev.fatalities, ev.field_evidence["actor1"].text),
        ("Unidentified Armed Group (Syria)", 16, "فلول النظام البائد"),
        id="attacks_carried_out_by_groups_of_the_fallen_regimes_remnants"),
    # Afrin: «أقدم مسلحو فصيل "السلطان سليمان شاه" ... على الاستيلاء على منازل وأراض زراعية»
    pytest.param(
        "أقدم مسلحو فصيل \"السلطان سليمان شاه\" المعروف بالعمشات على الاستيلاء على منازل وأراض زراعية "
        "لمواطنين كرد في ريف عفرين، بحسب منظمة حقوق الإنسان في عفرين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.sources),
        ("Looting/property destruction", "Sultan Suleiman Shah Division", "Civilians (Syria)",
            ["Human Rights Organization - Afrin"]),
        id="seizing_homes_is_looting_by_the_faction_named"),
    # «قتلت ثلاث مقاتلات في وحدات حماية المرأة بقصف طائرة مسيرة تركية»: the drone struck
    pytest.param(
        "قتلت ثلاث مقاتلات في وحدات حماية المرأة بقصف طائرة مسيرة تركية استهدف سيارة كانت تقلهن "
        "على طريق قرية جقجق بريف القامشلي.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.notes.split(";")[0]),
        ("Air/drone strike", "Military Forces of Turkey", 3, "trigger «طائرة مسيرة»"),
        id="women_fighters_killed_are_no_fighter_jets"),
    pytest.param(
        "الفاشر - دارفور 24\nقتل 8 مدنيين بينهم 3 أطفال إثر قصف مدفعي شنته قوات الدعم السريع على أحياء "
        "سكنية في مدينة الفاشر، بحسب ما أفادت تنسيقية لجان المقاومة في الفاشر.",
        lambda ev: (ev.actor1, ev.fatalities, ev.sources),
        ("Rapid Support Forces", 8, ["Darfur 24", "Resistance Committees (Sudan)"]),
        id="sudans_resistance_committees_and_darfur_24_are_sources"),
    # «قالت فرق الدفاع المدني السوري إنها استجابت لقصف صاروخي لقوات النظام وروسيا»: the regime's
    # shelling (Russia joined to it by «و» is no subject of «استهدف»), the woman and child its victims
    pytest.param(
        "قالت فرق الدفاع المدني السوري إنها استجابت لقصف صاروخي لقوات النظام وروسيا استهدف أطراف "
        "مدينة سرمين شرقي إدلب، ما أدى إلى إصابة امرأة وطفل بجروح.",
        lambda ev: (ev.actor1, ev.actor2, ev.injured, ev.sources),
        ("Military Forces of Syria", "Civilians (Syria)", 2, ["White Helmets"]),
        id="the_white_helmets_answering_a_call_are_a_source_not_a_target"),
    # «إن قصفا صاروخيا لقوات النظام استهدف»: the «لـ» after the noun and its adjective says whose
    pytest.param(
        "قال الدفاع المدني إن قصفا صاروخيا لقوات النظام استهدف أطراف مدينة سرمين، ما أدى إلى إصابة "
        "امرأة وطفل بجروح.",
        lambda ev: (ev.actor1, ev.actor2),
        ("Military Forces of Syria", "Civilians (Syria)"),
        id="whose_shelling_after_its_adjective"),
    # «، في حين نزح أكثر من 80 ألف شخص ... خلال الأيام الماضية»: the displacement's days
    pytest.param(
        "قال الدفاع المدني في إدلب إن 8 مدنيين قتلوا في غارة جوية روسية استهدفت محيط مدرسة في بلدة "
        "جوباس قرب سراقب، في حين نزح أكثر من 80 ألف شخص من ريف إدلب الجنوبي خلال الأيام الماضية.",
        lambda ev: (ev.event_date, ev.time_precision, ev.fatalities),
        (PUBLISHED, 1, 8),
        id="a_date_after_another_tellings_joint_is_not_the_events"),
    # ANHA: «قصفت دولة الاحتلال التركي قرية ...»: Turkey's forces
    pytest.param(
        "قصفت دولة الاحتلال التركي بالمدفعية قرية تل طويل في ريف ناحية تل تمر.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.field_evidence["actor1"].text),
        ("Shelling/artillery/missile attack", "Military Forces of Turkey", "دولة الاحتلال التركي"),
        id="the_turkish_occupation_state_strikes_with_its_forces"),
    # Shafaq News: «بمقتل شخص وإصابة اثنين آخرين بنزاع عشائري مسلح اندلع في قضاء القرنة»
    pytest.param(
        "أفاد مصدر أمني في محافظة البصرة بمقتل شخص وإصابة اثنين آخرين بنزاع عشائري مسلح اندلع في "
        "قضاء القرنة شمالي المحافظة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        ("Armed clash", "Unidentified Clan Militia (Iraq)", "Unidentified Clan Militia (Iraq)", 1, 2),
        id="an_armed_clan_feud_is_a_clash_of_clan_militias"),
    # Enab Baladi: «وفرق عناصر من جهاز الأمن العام التابع لـ"الهيئة" المحتجين»: HTS broke it up
    pytest.param(
        "تظاهر مئات المحتجين في مدينة إدلب ضد \"هيئة تحرير الشام\" بعد صلاة الجمعة.\n"
        "وفرق عناصر من جهاز الأمن العام التابع لـ\"الهيئة\" المحتجين باستخدام الهراوات والغاز المسيل "
        "للدموع عند دوار الساعة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Protest with intervention", "Protesters (Syria)", "Hayat Tahrir al-Sham"),
        id="a_protest_retold_broken_up_is_a_protest_with_intervention"),
    pytest.param(
        "أقدمت مجموعة من الأهالي على ضرب شاب حتى الموت في حي الخالدية بمدينة حمص.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities),
        ("Mob violence", "Rioters (Syria)", 1),
        id="a_group_of_the_people_beating_a_man_to_death_is_mob_violence"),
    # SANA: «من اتجاه البحر المتوسط غرب مدينة اللاذقية» locates where the missiles came from; «وأوضح
    # المصدر أن العدوان أدى إلى خروج مطار حلب الدولي عن الخدمة» says where the aggression struck
    pytest.param(
        "تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي بالصواريخ من اتجاه البحر المتوسط غرب مدينة اللاذقية، "
        "وأسقطت معظم الصواريخ المعادية، وفق ما ذكر مصدر عسكري.\nوأوضح المصدر أن العدوان أدى إلى خروج "
        "مطار حلب الدولي عن الخدمة ووقوع بعض الأضرار المادية.",
        lambda ev: (ev.actor1, ev.location.name, ev.field_evidence["location"].text),
        ("Military Forces of Israel", "Aleppo", "حلب"),
        id="where_the_missiles_came_from_is_not_where_they_struck_the_retelling_says"),
    # SANA, April 2018: «لعدوان ثلاثي أمريكي بريطاني فرنسي»: the first is actor1, the others beside it
    pytest.param(
        "تصدت منظومات الدفاع الجوي السوري لعدوان ثلاثي أمريكي بريطاني فرنسي بأكثر من 110 صواريخ استهدفت "
        "مواقع سورية في دمشق وخارجها.",
        lambda ev: (ev.actor1, ev.assoc_actor_1),
        ("Military Forces of the United States", "Military Forces of the United Kingdom; Military Forces of France"),
        id="a_tripartite_aggression_names_its_three_states"),
    # GSR (Tripoli, Lebanon): «تجمع عدد من أنصار الحريري ... معلنين رفضهم لترشيح ميقاتي»
    pytest.param(
        "تجمع عدد من أنصار الحريري بعد الظهر في «ساحة عبد الحميد كرامي» معلنين رفضهم لترشيح ميقاتي.",
        lambda ev: (ev.sub_event_type, ev.actor1),
        ("Peaceful protest", "Protesters"),
        id="a_number_gathered_declaring_their_rejection_is_a_protest"),
    # GSR: the protesters named as who did it take ACLED's name for a riot's crowd
    pytest.param(
        "كما حصل ظهراً حادث آخر بينما كان احد المتظاهرين والمحتجين ينقل الاطارات لقطع الطريق، اذ لم يمتثل "
        "لأوامر الحاجز، فأطلق احد العسكريين النار باتجاهه مما ادى الى مواجهة بعد احتجاجات من المتظاهرين.",
        lambda ev: (ev.event_type, ev.inter1),
        ("Riots", "Rioters"),
        id="the_protesters_of_a_violent_demonstration_are_rioters"),
    # «شنت قوات النظام والفرقة الرابعة هجوما على أحياء درعا البلد ... وسط قصف بقذائف الهاون»
    pytest.param(
        "شنت قوات النظام والفرقة الرابعة هجوما على أحياء درعا البلد المحاصرة من عدة محاور، وسط قصف "
        "بقذائف الهاون والدبابات، ما أدى إلى مقتل 3 مدنيين.",
        lambda ev: (ev.notes.split(";")[0], ev.actor1, ev.assoc_actor_1, ev.fatalities),
        ("trigger «هجوما»", "Military Forces of Syria", None, 3),
        id="an_attack_amid_shelling_is_the_attack_and_a_unit_is_no_other_actor"),
    # SANA, Mar Elias church 2025: «وأوضحت وزارة الداخلية أن الانتحاري ينتمي إلى تنظيم داعش الإرهابي»
    pytest.param(
        "استشهد 25 شخصا وأصيب 63 آخرون في تفجير إرهابي نفذه انتحاري داخل كنيسة مار إلياس في حي الدويلعة "
        "بدمشق، وفق ما أعلنت وزارة الصحة.\nوأوضحت وزارة الداخلية أن الانتحاري ينتمي إلى تنظيم داعش "
        "الإرهابي، وأنه أطلق النار على المصلين قبل أن يفجر نفسه بحزام ناسف.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.injured),
        ("Suicide bomb", "Islamic State (Syria)", 25, 63),
        id="the_bomber_said_to_belong_to_a_group_names_the_bombs_actor"),
    # Al Jazeera, Sudan 2024: the RSF's massacre with its 124 dead (not the abduction told after
    # it), in a village no gazetteer has, placed in the state named right after it
    pytest.param(
        "قالت لجان مقاومة ود مدني إن قوات الدعم السريع ارتكبت مجزرة جديدة في قرية السريحة بولاية الجزيرة، "
        "راح ضحيتها 124 شخصا، بعد أن اقتحمت القرية وأطلقت النار عشوائيا على السكان، كما اختطفت 150 آخرين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.location.admin1, ev.location.country,
                    ev.location.geo_precision, ev.sources),
        ("Attack", "Rapid Support Forces", 124, "Gezira", "Sudan", 3, ["Resistance Committees (Sudan)"]),
        id="a_massacre_told_before_an_abduction_is_the_event_in_a_village_of_its_province"),
    # «في منطقة الحسينية شمالي بغداد»: not Egypt's Husseiniya; the arrest is near Baghdad
    pytest.param(
        "أعلنت قيادة العمليات المشتركة تحرير مختطفين اثنين من قبضة عصابة إجرامية في منطقة الحسينية شمالي "
        "بغداد، واعتقال أفرادها الأربعة.",
        lambda ev: (ev.location.name, ev.location.country, ev.location.geo_precision),
        ("Baghdad", "Iraq", 2),
        id="a_quarter_placed_by_a_town_abroad_is_no_namesake_elsewhere"),
    # Orient, al-Bab market 2022: «قذائف صاروخية مصدرها مناطق سيطرة قوات النظام و"قسد"»
    pytest.param(
        "سقطت قذائف صاروخية مصدرها مناطق سيطرة قوات النظام و\"قسد\" على سوق شعبي وسط مدينة الباب شرقي "
        "حلب، ما أدى إلى مقتل 16 مدنيا بينهم 5 أطفال وإصابة 35 آخرين.",
        lambda ev: (ev.actor2, ev.fatalities, ev.injured),
        ("Civilians (Syria)", 16, 35),
        id="the_parties_whose_areas_the_shells_came_from_are_no_target"),
    # Rudaw: «ما أدى إلى إصابته بجروح خطيرة ومقتل سائقه»
    pytest.param(
        "أطلق مسلحون مجهولون النار على سيارة تقل قياديا في حزب الاتحاد الديمقراطي على طريق القامشلي - "
        "عامودا، ما أدى إلى إصابته بجروح خطيرة ومقتل سائقه.",
        lambda ev: (ev.actor1, ev.fatalities, ev.injured),
        ("Unidentified Armed Group (Syria)", 1, 1),
        id="his_driver_killed_is_one_dead"),
    # Reuters 2019: «قال الجيش الأمريكي إنه نفذ ضربة استهدفت قادة في تنظيم القاعدة ... وأسفرت عن
    # مقتل 40 شخصا»
    pytest.param(
        "قال الجيش الأمريكي إنه نفذ ضربة استهدفت قادة في تنظيم القاعدة شمالي إدلب، فيما قال المرصد السوري "
        "إن الضربة أصابت معسكرا لتنظيم حراس الدين قرب بلدة كفريا وأسفرت عن مقتل 40 شخصا على الأقل.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities),
        ("Air/drone strike", "Military Forces of the United States", 40),
        id="a_foreign_forces_strike_with_no_gun_named_is_from_the_air"),
    pytest.param(
        "سيطرت \"هيئة تحرير الشام\" على مدينة عفرين بعد انسحاب فصائل \"الفيلق الثالث\" منها، إثر اشتباكات "
        "بين الطرفين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Third Legion"),
        id="the_third_legion_lost_afrin"),
    # Anadolu 2020: «مقتل جنديين تركيين ... في غارة جوية لقوات النظام ...، مؤكدة تحييد أكثر من 50 عنصرا
    # من قوات النظام ردا على الهجوم»: the strike killed two; the fifty are the answer's
    pytest.param(
        "أعلنت وزارة الدفاع التركية، مقتل جنديين تركيين وإصابة 5 آخرين، في غارة جوية لقوات النظام السوري "
        "على القوات التركية في إدلب، مؤكدة تحييد أكثر من 50 عنصرا من قوات النظام ردا على الهجوم.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        ("Air/drone strike", "Military Forces of Syria", "Military Forces of Turkey", 2, 5),
        id="the_dead_of_the_answer_are_not_the_attacks"),
    # «أفاد مصدر طبي ... بمقتل متظاهرين اثنين»: protesters counted after a casualty noun are a
    # toll, the protest reported; «وسط العاصمة» after «محافظة بغداد» is Baghdad
    pytest.param(
        "أفاد مصدر طبي في محافظة بغداد، السبت، بمقتل متظاهرين اثنين وإصابة أكثر من 100 آخرين بحالات "
        "اختناق وجروح، خلال مواجهات مع القوات الأمنية قرب جسر الجمهورية وسط العاصمة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured, ev.location.name),
        ("Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq", 2, 100, "Baghdad"),
        id="protesters_counted_after_a_casualty_noun"),
    # a sentence opened by its place («وفي الناصرية،») tells where the crowd did what it did
    pytest.param(
        "وفي الناصرية، أضرم محتجون النار في مقر حزب الدعوة ومبنى مجلس المحافظة، بحسب شهود عيان.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Violent demonstration", "Rioters (Iraq)", "Nasiriyah"),
        id="a_crowds_act_placed_by_the_sentences_opening"),
    # the clashes' dead, told as the next paragraph opens, are theirs: one battle, not an attack
    # on the civilians among them
    pytest.param(
        "اندلعت اشتباكات مسلحة عنيفة، ليل الاثنين، بين جهاز الردع لمكافحة الجريمة المنظمة واللواء 444 "
        "قتال في عدة أحياء بالعاصمة الليبية طرابلس.\nوقال جهاز الإسعاف والطوارئ إن الاشتباكات أسفرت عن "
        "مقتل شخصين وإصابة 5 آخرين، بينهم مدنيون.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        ("Armed clash", "Special Deterrence Force (Radaa)", "444th Combat Brigade", 2, 5),
        id="the_clashes_toll_told_in_the_next_paragraph"),
    # each side's dead, told side by side after the battle, add up even when the first count is
    # read as a retelling of it
    pytest.param(
        "شن مسلحو تنظيم داعش هجوما واسعا على سجن غويران في مدينة الحسكة، واندلعت اشتباكات عنيفة مع "
        "قوات سوريا الديمقراطية في محيط السجن. وقالت قسد إن 7 من عناصرها قتلوا في الاشتباكات، فيما "
        "قتل 17 من المهاجمين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Armed clash", "Islamic State (Syria)", "Syrian Democratic Forces", 24),
        id="each_sides_dead_after_a_retelling_add_up"),
    # «من بين القتلى 8 أطفال» counts a part of the dead told before: the shells' retelling, not
    # a second shelling with 8 more dead
    pytest.param(
        "قتل 27 مدنيا على الأقل وأصيب العشرات، السبت، في قصف مدفعي شنته قوات الدعم السريع على أحياء "
        "سكنية في مدينة الفاشر.\nوقالت الغرفة في بيان إن القذائف سقطت على سوق المعسكر ومنازل المواطنين، "
        "مشيرة إلى أن من بين القتلى 8 أطفال.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.injured, ev.location.name),
        ("Shelling/artillery/missile attack", "Rapid Support Forces", 27, 12, "El Fasher"),
        id="a_part_of_the_dead_is_no_new_toll"),
    # warships and their navy are the state's military («المدمرات الأمريكية»)
    pytest.param(
        "قالت القيادة المركزية الأمريكية إن المدمرات الأمريكية والطائرات المقاتلة أسقطت 18 طائرة مسيرة "
        "أطلقها الحوثيون باتجاه خطوط الملاحة في جنوب البحر الأحمر.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name),
        ("Disrupted weapons use", "Military Forces of the United States", "Houthi Movement (Ansar Allah)", "Red Sea"),
        id="destroyers_are_the_states_forces"),
    # «أن العبوة زرعها عناصر من تنظيم داعش على الطريق ...»: who planted the bomb told before is
    # its actor1, the road's places telling more of it
    pytest.param(
        "قال مصدر أمني في محافظة نينوى إن عنصرين من الجيش العراقي قتلا بانفجار عبوة ناسفة استهدفت "
        "عجلتهم العسكرية في قضاء مخمور.\nوأضاف المصدر أن العبوة زرعها عناصر من تنظيم داعش على الطريق "
        "الرابط بين قرية كنهش ومخمور.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Remote explosive/landmine/IED", "Islamic State (Iraq)", "Military Forces of Iraq", 2),
        id="who_planted_the_bomb_told_after"),
    # «وكان X قد أفاد»: the teller stands between «كان» and the verb; a named civil body («منظمة
    # الخوذ البيضاء») before its verb is a source too
    pytest.param(
        "وكان المرصد السوري لحقوق الإنسان قد أفاد بمقتل 40 مدنيا جراء قصف استهدف أحياء في مدينة دوما.",
        lambda ev: (ev.sub_event_type, ev.fatalities, ev.sources, ev.certainty),
        ("Shelling/artillery/missile attack", 40, ["SOHR"], "reported"),
        id="the_teller_after_an_opening_kana"),
    pytest.param(
        "وكانت منظمة الخوذ البيضاء قد زعمت أن أكثر من 40 مدنيا قتلوا اختناقا جراء قصف بغاز الكلور "
        "استهدف أحياء في مدينة دوما.",
        lambda ev: (ev.sub_event_type, ev.fatalities, ev.sources, ev.certainty),
        ("Chemical weapon", 40, ["White Helmets"], "claimed"),
        id="a_civil_body_before_its_verb_of_claiming"),
    # a named operation: «عملية "المخلب - السيف" الجوية» is «عملية جوية» with its name inside
    pytest.param(
        "أعلنت وزارة الدفاع التركية أن القوات المسلحة نفذت عملية \"المخلب - السيف\" الجوية ضد مواقع "
        "وحدات حماية الشعب في مدينة عين العرب.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.field_evidence["sub_event_type"].text),
        ("Air/drone strike", "Military Forces of Turkey", "People's Protection Units", "Ain Al Arab",
         "عملية \"المخلب - السيف\" الجوية"),
        id="a_named_operation_in_quotes"),
    # the attacker's own account counting the very dead of the strike told is that strike, and
    # names the side it struck
    pytest.param(
        "استهدفت غارة إسرائيلية بطائرة مسيرة، مساء الثلاثاء، سيارة على طريق بلدة شبعا، ما أدى إلى سقوط "
        "شهيدين.\nونعى حزب الله في بيان أحد عناصره.\nوقال الجيش الإسرائيلي إنه قضى على عنصرين من حزب الله "
        "كانا يعملان على تنفيذ عمليات ضد إسرائيل.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Air/drone strike", "Military Forces of Israel", "Hezbollah", 2),
        id="the_attackers_account_of_the_same_dead"),
    # «صد الهجوم وقتل 40 تكفيريا» after the attack that killed 23 soldiers: the other side's dead
    # of one battle add up; the group that claims it is its actor1 (Al-Ahram after the dateline)
    pytest.param(
        "العريش - الأهرام\nاستشهد 23 من أفراد القوات المسلحة في هجوم إرهابي استهدف عددا من نقاط التفتيش "
        "العسكرية جنوب مدينة رفح بشمال سيناء.\nوأعلن المتحدث العسكري أن القوات تمكنت من صد الهجوم وقتل 40 "
        "تكفيريا وتدمير 6 عربات، فيما تبنى تنظيم \"ولاية سيناء\" الهجوم في بيان نشرته وكالة أعماق.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.sources[0]),
        ("Armed clash", "Islamic State (Egypt) - Sinai Province", "Military Forces of Egypt", 63, "Al-Ahram"),
        id="the_other_sides_dead_of_the_battle_told"),
    # a group's claim of drone attacks on US bases, its aside describing it («، وهي تحالف فصائل
    # مسلحة مدعومة من إيران،»), names who did the drone attack told with no attacker
    pytest.param(
        "قالت وزارة الدفاع الأمريكية إن ثلاثة جنود أمريكيين قتلوا في هجوم بطائرة مسيرة استهدف قاعدة "
        "عسكرية في شمال شرق الأردن.\nوأعلنت \"المقاومة الإسلامية في العراق\"، وهي تحالف فصائل مسلحة مدعومة "
        "من إيران، مسؤوليتها عن هجمات بطائرات مسيرة على ثلاث قواعد أمريكية.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Air/drone strike", "Islamic Resistance in Iraq", "Military Forces of the United States", 3),
        id="a_claim_names_who_did_the_attack_told"),
    # «خلال حملة أمنية في بلدة القرداحة»: where the arrests were, not the town of the attacks the
    # men arrested took part in
    pytest.param(
        "أعلنت وزارة الداخلية إلقاء القبض على 10 أشخاص شاركوا في الهجمات على حواجز الأمن العام في مدينة "
        "جبلة، خلال حملة أمنية في بلدة القرداحة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Arrests", "Police Forces of Syria", "Al-Qardaha"),
        id="arrested_during_a_sweep_in_a_town"),
    # the force that broke up the crowd in a retelling is its actor2 («قوات الدرك»: the police),
    # though the retelling's first crowd word is the protesters raising banners
    pytest.param(
        "نفذ العشرات من أبناء محافظة معان، اليوم الجمعة، وقفة احتجاجية أمام مبنى المحافظة، للمطالبة بتوفير "
        "فرص عمل للشباب.\nورفع المحتجون لافتات تطالب الحكومة بالوفاء بوعودها، فيما فرقت قوات الدرك المحتجين "
        "بعد محاولتهم إغلاق الطريق الرئيسي بالإطارات المشتعلة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Violent demonstration", "Rioters (Jordan)", "Police Forces of Jordan"),
        id="the_gendarmerie_broke_up_the_crowd"),
    # «أعلنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة، الثلاثاء، السيطرة الكاملة على»:
    # who is backing the claimer stands between it and what it claims
    pytest.param(
        "أعلنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة، الثلاثاء، السيطرة الكاملة على مدينة "
        "الرقة، بعد معركة استمرت أربعة أشهر.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Non-state actor overtakes territory", "Syrian Democratic Forces", "Ar-Raqqa"),
        id="a_backed_group_claims_a_city"),
    # the Saudi sites the drones struck, listed after the word of targeting
    pytest.param(
        "أعلن المتحدث العسكري باسم الحوثيين يحيى سريع استهداف مصفاة بقيق بعشر طائرات مسيرة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name, ev.location.country),
        ("Air/drone strike", "Houthi Movement (Ansar Allah)", "Abqaiq", "Saudi Arabia"),
        id="the_aramco_site_struck"),
    # a dual of the strike word («غارتين») is a trigger too
    pytest.param(
        "كما شن طيران العدوان السعودي غارتين على مديرية كتاف بمحافظة صعدة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Air/drone strike", "Saudi-led Coalition", "Sa'dah"),
        id="two_strikes_in_the_dual"),
    # a gate taken west of the capital: the capital, near it
    pytest.param(
        "وقالت حكومة الوفاق الوطني إن قواتها استعادت السيطرة على بوابة الـ27 غرب طرابلس بعد اشتباكات مع قوات حفتر.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.location.geo_precision),
        ("Government regains territory", "Government of National Accord (Libya)", "Libyan National Army", "Tripoli", 2),
        id="a_gate_west_of_the_capital"),
    # «دخول مقاتليها سراقب»: the noun's own subject stands before the place entered (as in
    # «أعلنت إدارة العمليات العسكرية دخول مقاتليها العاصمة دمشق», 2024)
    pytest.param(
        "أعلنت هيئة تحرير الشام دخول مقاتليها سراقب بعد انسحاب قوات النظام منها.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Saraqab"),
        id="its_fighters_entered_the_town"),
    # «مسجد شهداء الأقصى» is a mosque, not the Al-Aqsa Martyrs' Brigades
    pytest.param(
        "استشهد 18 فلسطينيا، اليوم السبت، في غارة إسرائيلية استهدفت مسجد شهداء الأقصى الذي يؤوي نازحين في "
        "مدينة دير البلح وسط قطاع غزة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", 18),
        id="the_martyrs_mosque_is_no_brigade"),
    # «مراسل المسيرة»: al-Masirah's correspondent, no march and no drone; gunfire is an attack
    pytest.param(
        "أفاد مراسل المسيرة بإصابة طفلين بنيران حرس الحدود السعودي في منطقة آل ثابت بمديرية قطابر بمحافظة صعدة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.injured, ev.sources),
        ("Attack", "Military Forces of Saudi Arabia", 2, ["Al-Masirah"]),
        id="al_masirahs_correspondent"),
    # a nationality adjective in the accusative («قصفا صاروخيا ومدفعيا سعوديا»)
    pytest.param(
        "وأضاف أن قصفا صاروخيا ومدفعيا سعوديا استهدف مناطق في مديرية شدا بمحافظة صعدة.",
        lambda ev: (ev.sub_event_type, ev.actor1),
        ("Shelling/artillery/missile attack", "Military Forces of Saudi Arabia"),
        id="an_accusative_nationality"),
    # what the attacker belongs to («التابع للجيش الوطني السوري») is no target: the Kurds taken are
    pytest.param(
        "اختطف عناصر من فصيل \"الحمزات\" التابع للجيش الوطني السوري، الأحد الماضي، ثلاثة مواطنين كرد من قرية "
        "كفرصفرة بناحية جنديرس في ريف عفرين.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Abduction/forced disappearance", "Hamza Division", "Civilians (Syria)"),
        id="the_factions_master_is_no_target"),
    # SANA's «مؤكدة أن وحدات الجيش ترد على مصادر إطلاق النار»: what the army does as a rule, after
    # its denial, is no return fire that day
    pytest.param(
        "تعرضت أحياء درعا البلد ليلة الأحد - الاثنين لقصف صاروخي عنيف من قبل قوات الفرقة الرابعة، ما أدى إلى "
        "مقتل امرأة وطفلها، بحسب ناشطين.\nونفت وكالة سانا أي قصف على المدينة، مؤكدة أن وحدات الجيش ترد على "
        "مصادر إطلاق النار من قبل المجموعات الإرهابية.",
        lambda ev: (ev.sub_event_type, ev.fatalities, ev.certainty),
        ("Shelling/artillery/missile attack", 2, "claimed"),
        id="the_army_answers_as_a_rule"),
    # SANA: the strike came «من اتجاه شمال شرق بحيرة طبريا» at Damascus airport; the toll told in
    # a sentence naming the airport again is its own, the soldiers counted its target
    pytest.param(
        "نقلت سانا عن مصدر عسكري قوله: \"نفذ العدو الإسرائيلي عدوانا جويا برشقات من الصواريخ من اتجاه شمال شرق "
        "بحيرة طبريا مستهدفا مطار دمشق الدولي\".\nوأضاف المصدر أن العدوان أدى إلى استشهاد عسكريين اثنين وإصابة "
        "اثنين آخرين، وخروج مطار دمشق الدولي عن الخدمة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name, ev.fatalities, ev.injured),
        ("Air/drone strike", "Military Forces of Israel", "Military Forces of Syria", "Damascus", 2, 2),
        id="sanas_strike_on_the_airport_and_its_toll"),
    # «ويرجح أن خلايا تنظيم داعش تقف وراء مقتلهم»: who is thought to be behind it is actor1, the
    # event itself reported
    pytest.param(
        "عثر الأهالي على جثث أربعة رعاة أغنام مقتولين بطلقات نارية في بادية الميادين شرقي دير الزور، ويرجح أن "
        "خلايا تنظيم داعش تقف وراء مقتلهم.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.certainty, "actor1 hedged" in ev.notes),
        ("Islamic State (Syria)", "Civilians (Syria)", 4, "reported", True),
        id="the_cells_thought_to_be_behind_it"),
    # «إن 7 متظاهرين قتلوا برصاص قوات الدعم السريع»: counted protesters killed by an armed group
    # that is no state force: its attack on them
    pytest.param(
        "وقالت لجنة أطباء السودان المركزية إن 7 متظاهرين قتلوا برصاص قوات الدعم السريع خلال المواكب في أم درمان.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Attack", "Rapid Support Forces", "Protesters (Sudan)", 7),
        id="protesters_shot_by_the_rsf"),
    # «فككت فرق الهندسة التابعة لهيئة تحرير الشام عبوة ناسفة»: the teams' owner defused it
    pytest.param(
        "فككت فرق الهندسة التابعة لهيئة تحرير الشام عبوة ناسفة مزروعة على طريق بلدة معرة مصرين شمالي إدلب.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Disrupted weapons use", "Hayat Tahrir al-Sham", None),
        id="defused_by_the_teams_of_a_group"),
    # «مدينة بور هكبة جنوب غربي الصومال»: a town no gazetteer has, in the country named after it
    # (not Bor, Turkey); the Islamic Courts took it
    pytest.param(
        "سيطرت قوات المحاكم الإسلامية على مدينة بور هكبة جنوب غربي الصومال بعد معارك مع قوات الحكومة "
        "الانتقالية، أسفرت عن مقتل 12 شخصا.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name_ar, ev.location.country, ev.fatalities),
        ("Non-state actor overtakes territory", "Islamic Courts Union", "بور هكبة", "Somalia", 12),
        id="a_somali_town_no_gazetteer_has"),
    # RBSS tells of an execution in Raqqa
    pytest.param(
        "الرقة - الرقة تذبح بصمت\nأعدم تنظيم \"الدولة الإسلامية\" شابين في ساحة الساعة وسط مدينة الرقة، بتهمة "
        "التعامل مع التحالف الدولي.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.sources),
        ("Attack", "Islamic State (Syria)", 2, ["Raqqa is Being Slaughtered Silently"]),
        id="an_execution_told_by_rbss"),
    # «التي أعلنت الرد على مصادر النيران وتحييد 13 إرهابيا»: the return fire's dead, not the attack's
    pytest.param(
        "أصيب جنديان تركيان بجروح إثر هجوم صاروخي شنته وحدات حماية الشعب الكردية على قاعدة عسكرية تركية في ريف "
        "عفرين، بحسب وزارة الدفاع التركية، التي أعلنت الرد على مصادر النيران وتحييد 13 إرهابيا.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.injured),
        ("Shelling/artillery/missile attack", "People's Protection Units", "Military Forces of Turkey", 0, 2),
        id="the_return_fires_dead_are_not_the_attacks"),
    # a verb carrying its victim as a pronoun is active: the party after it killed («قتلته طالبان»)
    pytest.param(
        "قتلته حركة طالبان أمس في غزني بعد أسبوعين من احتجازه.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Attack", "Taliban", "Civilians (Afghanistan)", 1),
        id="a_verb_with_its_victim_as_a_pronoun_has_its_killer_after_it"),
    pytest.param(
        "قتلهم مسلحون مجهولون في حي الدورة ببغداد أمس.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.country),
        ("Attack", "Unidentified Armed Group (Iraq)", "Iraq"),
        id="killed_them_gunmen_is_a_report_with_its_killers"),
    # «اختطفه مسلحون»: a bare «ه» is the object where the text writes «ه» and the doers follow
    pytest.param(
        "اختطفه مسلحون من أمام منزله في حي المنصور ببغداد أمس.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.field_evidence["sub_event_type"].text),
        ("Abduction/forced disappearance", "Unidentified Armed Group (Iraq)", "اختطفه"),
        id="abducted_him_gunmen"),
    # a group by its own name right after the verb, its victim after it: the killer
    pytest.param(
        "قتلت حركة طالبان الرهينة الكوري الجنوبي في ولاية غزني أمس.",
        lambda ev: (ev.actor1, ev.fatalities),
        ("Taliban", 1),
        id="a_named_group_right_after_the_verb_killed_the_hostage"),
    # patients among the dead are no illness (no accident), and the force before «قتلت» after
    # «إن», with its victims counted after the verb, killed them
    pytest.param(
        "وقالت شبكة أطباء السودان إن قوات الدعم السريع قتلت 460 شخصا في المستشفى السعودي بالفاشر، بينهم "
        "مرضى ومرافقون.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.sources),
        ("Attack", "Rapid Support Forces", "Civilians (Sudan)", 460, ["Sudan Doctors Network"]),
        id="patients_among_the_dead_and_the_force_before_the_verb"),
    # a date between commas does not part the subject of «شن» from the strikes it launched
    pytest.param(
        "شن الطيران الأمريكي، فجر اليوم الجمعة، سلسلة غارات على ميناء رأس عيسى النفطي في محافظة الحديدة "
        "غربي اليمن، ما أدى إلى مقتل 38 شخصا.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities, ev.field_evidence["actor1"].text),
        ("Air/drone strike", "Military Forces of the United States", 38, "الطيران الأمريكي"),
        id="a_dated_aside_between_the_air_force_and_its_strikes"),
    # Sweida, July 2025: «عشائر البدو» are the Bedouin clans' fighters
    pytest.param(
        "اندلعت اشتباكات عنيفة أمس بين مسلحين من عشائر البدو وفصائل محلية درزية في مدينة السويداء.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Armed clash", "Arab Tribal Militia (Syria)", "Druze Ethnic Militia (Syria)"),
        id="gunmen_of_the_bedouin_clans"),
    # the party after «أن», its verb no event word, is the subject of the event verb joined to it
    pytest.param(
        "وأضافت شبكة أطباء السودان أن عناصر الدعم السريع اقتادوا عشرات المدنيين من الفارين نحو بلدة طويلة، "
        "واحتجزوهم في قرية قرب الفاشر.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Arrests", "Rapid Support Forces", "Civilians (Sudan)"),
        id="a_joined_verb_shares_the_subject_after_that"),
    # an army's division by its number is that army: the side that lost the place
    pytest.param(
        "أفادت مصادر محلية بأن قوات الدعم السريع سيطرت على مقر قيادة الفرقة السادسة مشاة في مدينة الفاشر، "
        "عاصمة ولاية شمال دارفور.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Non-state actor overtakes territory", "Rapid Support Forces", "Military Forces of Sudan"),
        id="a_numbered_division_is_the_army_that_lost_the_place"),
    # protesters shot by a militia's guards: ACLED's attack on them, the militia the attacker
    pytest.param(
        "وقتل 3 محتجين برصاص حراس مقر عصائب أهل الحق في مدينة العمارة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Attack", "Asaib Ahl al-Haq", "Protesters (Iraq)", 3),
        id="protesters_shot_by_a_militias_guards"),
    # «توغلت قوة من الجيش الإسرائيلي ...، وداهمت ... واعتقلت»: the army's force opens the sentence
    pytest.param(
        "توغلت قوة من الجيش الإسرائيلي، صباح اليوم، في قرية الرفيد بريف القنيطرة الجنوبي، وداهمت عددا من "
        "المنازل واعتقلت شابين من أبناء القرية.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Arrests", "Military Forces of Israel", "Civilians (Syria)"),
        id="a_force_of_the_army_opens_the_sentence_and_arrests"),
    # on a road named by its ends, near a town: that town, near it (not the road's end)
    pytest.param(
        "اختطف مسلحون مجهولون، مساء السبت، ثلاثة شبان من أبناء مدينة السويداء على طريق دمشق – السويداء قرب "
        "بلدة المسمية، وفق ما ذكرت شبكة السويداء 24.",
        lambda ev: (ev.sub_event_type, ev.location.name, ev.location.geo_precision),
        ("Abduction/forced disappearance", "Masmiyyeh", 2),
        id="near_a_town_on_a_road_named_by_its_ends"),
    # the claimer named with the party its forces belong to («التابعة لجماعة الحوثي»)
    pytest.param(
        "أعلنت القوات المسلحة اليمنية التابعة لجماعة الحوثي استهداف السفينة \"بنتلي 1\" في البحر الأحمر بعدد "
        "من الصواريخ البحرية.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.name),
        ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Red Sea"),
        id="a_claim_by_forces_named_with_the_party_they_belong_to"),
    # the sides after «بين» past the clash's weapons, a date and its place
    pytest.param(
        "اندلعت اشتباكات عنيفة بالأسلحة الثقيلة، مساء الاثنين، في العاصمة الليبية طرابلس بين جهاز دعم "
        "الاستقرار واللواء 444 قتال.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Armed clash", "Stability Support Apparatus", "444th Combat Brigade", 0),
        id="the_sides_after_between_past_weapons_a_date_and_a_place"),
    # a drone of unknown origin: fired by an armed group no one names, of the place's country
    pytest.param(
        "استهدفت طائرة مسيرة مجهولة، فجر اليوم، حقل سرسنك النفطي في محافظة دهوك بإقليم كردستان العراق، ما "
        "أدى إلى اندلاع حريق دون وقوع إصابات.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.location.country),
        ("Air/drone strike", "Unidentified Armed Group (Iraq)", "Iraq"),
        id="a_drone_of_unknown_origin"),
    # «ساحة الشهداء» (Martyrs' Square) names a place: it tells no one killed
    pytest.param(
        "وفي بيروت، تجمع عدد من أنصار الحريري بعد الظهر في ساحة الشهداء معلنين رفضهم لترشيح ميقاتي.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities),
        ("Peaceful protest", "Protesters (Lebanon)", 0),
        id="a_square_named_after_the_martyrs"),
    # «حصيلة ... منذ مطلع العام بلغت 312 قتيلا»: the year's dead, not the bomb's
    pytest.param(
        "انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام في بادية الميادين مساء الأربعاء. "
        "وأشار المرصد إلى أن حصيلة قتلى قوات النظام في البادية منذ مطلع العام بلغت 312 قتيلا.",
        lambda ev: (ev.sub_event_type, ev.fatalities),
        ("Remote explosive/landmine/IED", 0),
        id="a_toll_added_up_since_the_start_of_the_year_is_no_events_toll"),
    # «الخلايا» after «خلايا تنظيم "داعش"»: the attackers told again, one attack
    pytest.param(
        "أعلن المرصد السوري مقتل 4 عناصر من قوات النظام بهجوم لخلايا تنظيم \"داعش\" في بادية "
        "الميادين شرقي دير الزور. وبحسب المرصد، فإن الخلايا استهدفت سيارة عسكرية بعبوة ناسفة "
        "قبل أن تشتبك مع عناصرها.",
        lambda ev: (ev.actor1, ev.fatalities),
        ("Islamic State (Syria)", 4),
        id="the_cells_are_the_group_named_with_them_before"),
    # «شنت طائرات ... فجر اليوم الأحد، غارات»: the comma closes an aside whose opening one was left out
    pytest.param(
        "شنت طائرات أمريكية وبريطانية فجر اليوم الأحد، غارات على مواقع لجماعة الحوثيين في "
        "العاصمة اليمنية صنعاء.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2),
        ("Air/drone strike", "Military Forces of the United States", "Military Forces of the United Kingdom",
            "Houthi Movement (Ansar Allah)"),
        id="a_date_closing_the_verbs_clause_does_not_part_it_from_its_noun"),
    # «وخرج المتظاهرون ... الى الشوارع»: the form with its crowd is the event word
    pytest.param(
        "وخرج المتظاهرون المسلمون الى الشوارع في سريناجار مرددين هتافات منها «يسقط بوش».",
        lambda ev: ev.field_evidence["sub_event_type"].text,
        "وخرج المتظاهرون",
        id="a_split_verb_inside_a_verb_with_its_crowd_leaves_the_longer_form"),
    # «وأطلقت الشرطة الإسرائيلية الرصاص المطاطي ... على المصلين»: the clashes at al-Aqsa told
    # again (East Jerusalem: Palestine), not an attack of its own
    pytest.param(
        "أصيب أكثر من 300 فلسطيني مساء الاثنين في مواجهات مع الشرطة الإسرائيلية في باحات المسجد الأقصى "
        "بالقدس المحتلة. وأطلقت الشرطة الإسرائيلية الرصاص المطاطي وقنابل الصوت على المصلين، بينما رشق "
        "شبان فلسطينيون عناصر الشرطة بالحجارة.",
        lambda ev: (ev.sub_event_type, ev.actor2, ev.injured, ev.location.name, ev.location.country),
        ("Violent demonstration", "Police Forces of Israel", 300, "Al-Aqsa Mosque", "Palestine"),
        id="the_force_a_crowd_faced_firing_at_it_tells_the_confrontation_again"),
    # «منعوهم من الوصول الى الحرم القدسي الشريف»: the clash was in Jerusalem, short of the Haram
    pytest.param(
        "واشتبك المتظاهرون في مدينة القدس مع الجنود الاسرائيليين الذين منعوهم من الوصول الى الحرم "
        "القدسي الشريف.",
        lambda ev: ev.location.name,
        "Jerusalem",
        id="where_a_crowd_was_kept_from_is_not_where_it_clashed"),
    # «استهدفوا ثكنة زرعيت الإسرائيلية»: a barracks word confirms the Israeli border village
    pytest.param(
        "وأعلن حزب الله في بيان أن مقاتليه استهدفوا ثكنة زرعيت الإسرائيلية بالأسلحة الصاروخية.",
        lambda ev: (ev.actor1, ev.location.name, ev.location.country),
        ("Hezbollah", "Zar'it", "Israel"),
        id="the_border_sites_hezbollah_names_are_places"),
    # «أعلنت الشرطة العراقية اختطاف ناشط مدني على يد مسلحين مجهولين»: the gunmen took him
    pytest.param(
        "أعلنت الشرطة العراقية اختطاف ناشط مدني على يد مسلحين مجهولين في مدينة الناصرية.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Abduction/forced disappearance", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
        id="who_announces_an_abduction_by_named_men_did_not_do_it"),
    # «وتبنت الحركة الهجوم ...، مدعية أنها قتلت 30 جنديا»: the same soldiers, claimed; the lowest
    # count stays (a sentence after is no clause beside the first)
    pytest.param(
        "قتل 11 جنديا صوماليا على الأقل في هجوم شنه مقاتلو حركة الشباب على قاعدة عسكرية في منطقة "
        "شبيلي السفلى. وتبنت الحركة الهجوم في بيان، مدعية أنها قتلت 30 جنديا.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities),
        ("Al Shabaab", "Military Forces of Somalia", 11),
        id="the_attackers_claimed_toll_in_the_next_sentence_does_not_add_up"),
    pytest.param(
        "استشهد ضابط ومجند خلال تبادل إطلاق النار مع مسلحين في مدينة الشيخ زويد.",
        lambda ev: ev.fatalities,
        2,
        id="an_officer_and_a_conscript_are_two_dead"),
    # «اقتحم عشرات المواطنين الغاضبين مركز شرطة ...، وأضرموا النار فيه، احتجاجا على مقتل شاب»: a
    # violent demonstration at the police station; the young man's death is what they protest
    pytest.param(
        "اقتحم عشرات المواطنين الغاضبين مركز شرطة في مدينة الزاوية غربي ليبيا، وأضرموا النار فيه، "
        "احتجاجا على مقتل شاب برصاص عناصر أمنية خلال مطاردة.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities),
        ("Violent demonstration", "Rioters (Libya)", "Police Forces of Libya", 0),
        id="what_a_crowd_did_before_an_aside_in_protest_is_a_riot_not_its_grievances_toll"),
    # «، يبدأ سريانه منتصف ليل الخميس - الجمعة»: when the ceasefire starts, not the day of the
    # agreement (none else is told: the day of publication)
    pytest.param(
        "توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في محافظة إدلب، يبدأ سريانه منتصف ليل الخميس - "
        "الجمعة، بحسب ما أعلن الرئيسان الروسي والتركي في موسكو.",
        lambda ev: (ev.sub_event_type, ev.event_date),
        ("Agreement", PUBLISHED),
        id="a_date_of_what_starts_later_does_not_date_the_event"),
    # «انتحاري يدعى محمد صديق»: «يدعى» (is named) is «يدعي» (claims) once normalised
    pytest.param(
        "قالت وزارة الداخلية في بيان إن الهجوم الانتحاري في كراتشي نفذه انتحاري يدعى محمد صديق.",
        lambda ev: ev.certainty,
        "reported",
        id="is_named_is_no_claim"),
    # «اشتبك الجيش الأذربيجاني مع القوات الأرمنية ...، وقالت الوزارة إن 158 من جنودها قتلوا منذ بدء
    # المعارك»: the day's clash, none of the war's dead
    pytest.param(
        "اشتبك الجيش الأذربيجاني مع القوات الأرمنية في إقليم ناغورني قره باغ لليوم السادس على التوالي، "
        "وقالت وزارة الدفاع الأرمنية إن 158 من جنودها قتلوا منذ بدء المعارك.",
        lambda ev: (ev.actor1, ev.actor2, ev.fatalities, ev.location.name),
        ("Military Forces of Azerbaijan", "Military Forces of Armenia", 0, "Nagorno-Karabakh"),
        id="a_deed_told_beside_a_running_total_is_an_event_without_that_total"),
    # «قتل 18 متظاهرا على الأقل برصاص قوات الأمن»: the force's fire, «على الأقل» between
    pytest.param(
        "قتل 18 متظاهرا على الأقل برصاص قوات الأمن في بغداد، خلال احتجاجات تطالب بمكافحة الفساد.",
        lambda ev: (ev.sub_event_type, ev.actor2, ev.fatalities),
        ("Excessive force against protesters", "Police Forces of Iraq", 18),
        id="protesters_killed_by_security_fire_past_at_least_is_excessive_force"),
    # «نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيرة»: no attacker named
    pytest.param(
        "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيرة مفخخة استهدفت مقر إقامته "
        "في المنطقة الخضراء ببغداد فجر الأحد.",
        lambda ev: (ev.actor1, ev.actor2),
        (None, "Government of Iraq"),
        id="who_survived_with_a_title_before_the_name_was_the_target"),
    # «حملة اعتقالات طالت عددا من عناصرها»: HTS arrested its own
    pytest.param(
        "نفذت هيئة تحرير الشام حملة اعتقالات طالت عددا من عناصرها بتهمة التعامل مع جهات خارجية، في "
        "مدينة إدلب وريفها.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.actor2),
        ("Arrests", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        id="a_group_arresting_its_own_members_is_both_sides"),
    # «مقتل 5 عناصر تكفيرية ...، فيما استشهد ضابط ومجند خلال تبادل إطلاق النار»: 5 and 2, one clash
    pytest.param(
        "أعلنت القوات المسلحة المصرية مقتل 5 عناصر تكفيرية خلال مداهمة أمنية في مدينة الشيخ زويد بشمال "
        "سيناء، فيما استشهد ضابط ومجند خلال تبادل إطلاق النار.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities),
        ("Armed clash", "Military Forces of Egypt", 7),
        id="the_other_sides_dead_counted_by_their_words_after_fima_add_up"),
    # «تبناهما تنظيم ولاية خراسان»: the two bombings' claimer, the Khorasan branch of IS
    pytest.param(
        "قتل 13 جنديا أمريكيا وعشرات الأفغان في تفجيرين انتحاريين قرب مطار كابل الدولي، تبناهما تنظيم ولاية "
        "خراسان التابع لداعش.",
        lambda ev: (ev.sub_event_type, ev.actor1, ev.fatalities),
        ("Suicide bomb", "Islamic State (Afghanistan)", 25),
        id="two_bombings_claimed_by_the_khorasan_branch"),
]


def test_a_retelling_adds_its_named_source(extract):
    text = ("قتل 5 عناصر من قوات سوريا الديمقراطية جراء استهداف طائرة مسيرة تركية سيارة عسكرية كانت تقلهم على "
            "طريق القامشلي - عامودا بريف الحسكة الشمالي، مساء أمس الخميس.\n\nوقال مراسل نورث برس إن الطائرة "
            "المسيرة استهدفت السيارة بصاروخين، ما أدى إلى احتراقها بشكل كامل.")
    ev, = extract(text)
    assert (ev.sub_event_type, ev.fatalities, ev.sources) == ("Air/drone strike", 5, ["North Press Agency"])
    assert ev.field_evidence["sources"].text == "نورث برس"


def test_a_weapon_named_again_retells_only_an_event_of_its_kind(extract):
    # «الانتحاري» after a mortar attack is no retelling of it (and adds no source to it)
    text = ("اوضح مصدر طبي ان «ثمانية اشخاص قتلوا على الاقل واصيب 18 اخرون في سقوط عدد من قذائف الهاون على منطقة "
            "سكنية».\n\nونقلت وكالة رويترز عن شهود ان الانتحاري قاد شاحنته وصدم مقر الاتحاد الوطني الكردستاني.")
    ev = next(e for e in extract(text) if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (ev.fatalities, ev.sources, ev.retold) == (8, [], [])


def test_who_tells_is_named_before_what_is_told(extract):
    # the police after the event words are its victims, not who told it
    ev, = extract("وفي هجوم اخر، اكد مصدر عسكري «مقتل اربعة من عناصر الشرطة وإصابة ستة اشخاص بجروح في هجوم "
                  "انتحاري بسيارة مفخخة استهدف دورية للشرطة في منطقة عوريج».")
    assert (ev.sub_event_type, ev.fatalities, ev.injured) == ("Suicide bomb", 4, 6)
    assert "unnamed source: مصدر عسكري" in ev.notes and "unnamed source: مصدر عسكري; الشرطة" not in ev.notes


def test_a_killing_noun_with_a_new_specific_event_word_is_reported(extract):
    # «مقتل مدنيين في غارة ...»: the noun of «قتل مدنيون في غارة», uncounted but placed
    ev, = extract("وأعلنت مصادر طبية مقتل مدنيين في غارة إسرائيلية على خان يونس أمس.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Air/drone strike", "Military Forces of Israel",
                                                                "Khān Yūnis")
    # a weak word of death is no killing: «توفي» with an attempt told in a relative clause
    assert not extract("توفي البلغاري سيرغي انتونوف الذي اتهم بالضلوع في محاولة اغتيال البابا في روما أمس.")


def test_roads_cut_and_tyres_burnt_are_a_crowds_protest(extract):
    # ACLED's violent demonstration: road blocking, burning tyres
    for text, place in (("قطع أهالي بلدة القريا الطريق الرئيسي بالإطارات المشتعلة احتجاجا على اعتقال شاب.", "Qarayya"),
                        ("أحرق شبان غاضبون الإطارات في شوارع مدينة جرمانا.", "Jaramana")):
        ev, = extract(text)
        assert (ev.sub_event_type, ev.actor1, ev.location.name) == ("Violent demonstration", "Rioters (Syria)", place)
    # a road a force closed with earth banks is no protest
    assert not [e for e in extract("أغلقت قوات النظام الطريق بالسواتر الترابية قرب بلدة القريا.")
                if e.event_type in ("Protests", "Riots")]


def test_a_list_of_countrysides_goes_on_past_its_region_and_besides(extract):
    # «وريف تل رفعت شمالي حلب»: Aleppo locates Tal Rifaat; «إضافة إلى مواقع في ريف المالكية»: one more
    evs = extract("شن الطيران الحربي التركي، فجر اليوم الأحد، سلسلة غارات جوية على مواقع لقوات سوريا الديمقراطية في "
                  "ريف عين العرب (كوباني) وريف تل رفعت شمالي حلب، إضافة إلى مواقع في ريف المالكية بالحسكة.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Air/drone strike", "Military Forces of Turkey", name) for name in ("Ain Al Arab", "Tall Refaat", "Al-Malikeyyeh")]


def test_counts_joined_by_and_add_up_past_an_aside_and_a_counted_noun(extract):
    # «11 مدنيا وعنصرين»: 13 (the noun «مدنيا» a number counts is no one more, as in «امرأة وطفلين»)
    for text in ("قصفت طائرات تركية قرية تل جيجان، ما أسفر عن مقتل 11 مدنيا وعنصرين من قسد.",
                 "قصفت طائرات تركية قرية تل جيجان، ما أسفر عن مقتل 11 مدنيا، بينهم صحفي، وعنصرين من قسد."):
        ev, = extract(text)
        assert ev.fatalities == 13, text
    ev, = extract("أسفر القصف على قرية تل جيجان عن إصابة امرأة وطفلين.")
    assert ev.injured == 3


def test_quarters_of_a_city_named_before_them_are_one_place_and_retell_its_event(extract):
    # «مراسل سانا في حلب ... حيي الحمدانية وحلب الجديدة»: quarters of Aleppo (not a village الحمدانية
    # 81 km away), one event; told first at the city with the same toll, one record
    text = ("استشهد مدنيان وأصيب 5 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على الأحياء السكنية "
            "في مدينة حلب.\n\nوذكر مراسل سانا في حلب أن الإرهابيين استهدفوا بعدة قذائف صاروخية حيي الحمدانية وحلب "
            "الجديدة، ما تسبب باستشهاد مدنيين اثنين وإصابة 5 آخرين بجروح.")
    ev, = extract(text)
    assert (ev.sub_event_type, ev.location.name, ev.fatalities, ev.injured, ev.sources) == (
        "Shelling/artillery/missile attack", "Aleppo", 2, 5, ["SANA"])
    # the second telling alone: one event at the quarter, placed at Aleppo
    ev, = extract(text.split("\n\n")[1])
    assert (ev.location.name_ar, ev.location.gazetteer_id, ev.location.admin2, ev.fatalities) == (
        "الحمدانية", None, "Jebel Saman", 2)


def test_a_dual_quarter_word_heads_a_list_of_quarters_of_the_town_after_it(extract):
    # «حيي الميدان والقصاع في دمشق»: two quarters of Damascus, not a village الميدان elsewhere
    ev, = extract("سقطت قذائف هاون على حيي الميدان والقصاع في دمشق، ما أدى إلى إصابة 3 مدنيين.")
    assert (ev.location.name_ar, ev.location.gazetteer_id, ev.location.admin1, ev.injured) == (
        "الميدان", None, "Damascus", 3)


def test_merging_goes_on_until_nothing_more_merges(extract):
    # the shelling is taken into the clash told last, which is the battle the middle telling told too
    text = ("أفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بأكثر من 40 قذيفة صاروخية ومدفعية مناطق في درعا "
            "البلد، منذ صباح اليوم، تزامنا مع محاولات تقدم للفرقة الرابعة على محور حي المنشية.\n"
            "وأشار المرصد إلى مقتل مقاتل من أبناء درعا البلد خلال التصدي لمحاولة التقدم، فيما قتل عنصران من الفرقة الرابعة.")
    ev, = extract(text)
    assert (ev.sub_event_type, ev.actor2, ev.location.name, ev.fatalities, ev.sources) == (
        "Armed clash", "Military Forces of Syria", "Dar'a", 3, ["SOHR"])


def test_thousands_who_did_something_in_protest_protested(extract):
    ev, = extract("اقتحم آلاف من أنصار التيار الصدري، اليوم السبت، المنطقة الخضراء في بغداد ودخلوا مبنى البرلمان "
                  "العراقي، احتجاجا على ترشيح محمد شياع السوداني لرئاسة الوزراء.")
    assert (ev.event_type, ev.actor1, ev.location.name) == ("Protests", "Protesters (Iraq)", "Baghdad")


def test_an_accusation_of_responsibility_doubts_who_not_what(extract):
    # «واتهمت أنقرة وحدات حماية الشعب بالمسؤولية عن الهجوم»: the attack was reported; the accused
    # is its hedged actor1, and «المسؤولية» is no unnamed source («مسؤول»)
    ev, = extract("أصيب ثلاثة جنود أتراك بجروح إثر استهداف عربة عسكرية بصاروخ موجه قرب قاعدة تركية في محيط بلدة "
                  "مارع بريف حلب الشمالي، واتهمت أنقرة وحدات حماية الشعب بالمسؤولية عن الهجوم.")
    assert (ev.certainty, ev.actor1, ev.actor2, ev.injured) == (
        "reported", "People's Protection Units", "Military Forces of Turkey", 3)
    assert "actor1 hedged" in ev.notes and "unnamed source" not in ev.notes


def test_an_accusation_of_killing_with_its_count_is_a_claimed_attack_by_the_accused(extract):
    ev, = extract("واتهمت منظمات حقوقية قوات الدعم السريع بقتل أكثر من 800 شخص من قبيلة المساليت في منطقة أردمتا "
                  "قرب الجنينة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities, ev.certainty, ev.location.name) == (
        "Attack", "Rapid Support Forces", "Civilians (Sudan)", 800, "claimed", "Al-Junaynah")
    # «بقتل» after a light verb is no accusation: the Marines' killing is not counted by «عدد من»
    evs = extract("وبحسب التقرير، قام عدد من جنود «المارينز» بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم، "
                  "وتسببت بمقتل جندي أميركي.")
    assert [e.fatalities for e in evs] == [1]


def test_a_site_taken_with_no_place_after_it_is_in_the_town_attacked_before(extract):
    ev, = extract("شنت قوات الدعم السريع هجوما واسعا على مدينة الجنينة عاصمة ولاية غرب دارفور، وسيطرت على مقر "
                  "الفرقة 15 مشاة التابعة للجيش السوداني.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location.name) == (
        "Non-state actor overtakes territory", "Rapid Support Forces", "Military Forces of Sudan", "Al-Junaynah")
    assert "place taken from the town attacked before" in ev.notes


def test_clashes_with_neither_side_named_take_the_articles_one_pair_and_its_teller(extract):
    text = ("قُتل 16 عنصرا من الأمن العام السوري وأصيب آخرون، في هجمات شنها مسلحون من فلول النظام البائد على حواجز "
            "ودوريات في ريف جبلة بمحافظة اللاذقية، وفق ما أفادت وكالة الأنباء السورية (سانا).\n"
            "وأضافت الوكالة أن تعزيزات عسكرية وصلت إلى المنطقة، حيث تدور اشتباكات عنيفة في قرية بيت عانا.")
    first, second = extract(text)
    assert (second.actor1, second.actor2, second.sources) == (first.actor1, first.actor2, ["SANA"])
    assert (first.actor1, first.actor2) == ("Unidentified Armed Group (Syria)", "Police Forces of Syria")
    assert "actors from the article's other battle" in second.notes
    # «كما اعلنت الوكالة» after «وكالة رويترز» in the sentence: Reuters tells it
    ev, = [e for e in extract("اعتقل رجال الشرطة ثلاثة متظاهرين في مدينة سابورو ومصورا يعمل لوكالة رويترز كما "
                              "اعلنت الوكالة.") if e.sub_event_type == "Arrests"]
    assert ev.sources == ["Reuters"]


def test_the_group_is_the_armed_group_its_spokesman_speaks_for(extract):
    # «الجماعة» with no group named «جماعة ...» before: the Houthis, named in the spokesman's title
    ev, = extract("أعلن المتحدث العسكري باسم قوات الحوثيين يحيى سريع أن الجماعة استهدفت سفينة تجارية أمريكية في "
                  "خليج عدن بعدد من الصواريخ البحرية.")
    assert (ev.actor1, ev.location.name) == ("Houthi Movement (Ansar Allah)", "Gulf of Aden")
    # not a group named long before, nor one with no arms
    assert not [e for e in extract("قالت الجماعة إنها ستواصل عملها.") if e.actor1]


def test_the_party_whose_supporters_protest_is_their_associate_not_their_opponent(extract):
    ev, = extract("قُتل 6 أشخاص وأصيب 32 آخرون في اشتباكات مسلحة اندلعت خلال احتجاج لأنصار حزب الله وحركة أمل في "
                  "منطقة الطيونة ببيروت.")
    assert (ev.event_type, ev.actor1, ev.actor2, ev.assoc_actor_1, ev.fatalities) == (
        "Riots", "Rioters (Lebanon)", None, "Hezbollah", 6)


def test_people_killed_in_a_foreign_strike_on_military_sites_are_the_forces_there(extract):
    text = ("شنت طائرات حربية إسرائيلية غارات على مبنى هيئة الأركان العامة في ساحة الأمويين وسط دمشق.\n"
            "وقالت وزارة الصحة السورية إن الغارات أسفرت عن مقتل 3 أشخاص وإصابة 34 آخرين.")
    ev, = extract(text)
    assert (ev.actor1, ev.actor2, ev.fatalities, ev.injured) == (
        "Military Forces of Israel", "Military Forces of Syria", 3, 34)
    # on homes, or civilians named: civilians
    for text in ("شنت طائرات حربية إسرائيلية غارات على منازل في حي المزة بدمشق.\nوقالت وزارة الصحة السورية إن "
                 "الغارات أسفرت عن مقتل 3 أشخاص.",
                 "شنت طائرات حربية إسرائيلية غارات على مواقع عسكرية في حي المزة بدمشق.\nوقالت وزارة الصحة السورية "
                 "إن الغارات أسفرت عن مقتل 3 مدنيين."):
        ev, = extract(text)
        assert ev.actor2 == "Civilians (Syria)", text


def test_the_town_near_a_spot_on_a_road_past_a_comma_and_an_admin_word(extract):
    ev, = extract("قتل 25 عنصرا من قوات النظام وأصيب 13 آخرون، بهجوم نفذه مسلحون يرجح أنهم من تنظيم داعش على حافلة "
                  "عسكرية كانت تقلهم على طريق دير الزور - تدمر، قرب منطقة الشولا.")
    assert (ev.location.gazetteer_id, ev.location.geo_precision, ev.fatalities) == ("ocha:C6529", 2, 25)


def test_a_capture_told_with_how_it_was_fought_for_before_its_object(extract):
    text = "سيطرت هيئة تحرير الشام على قرية الحماميات أمس.\nوسيطرت بعد معارك عنيفة على قرية الجبين المجاورة."
    assert [(e.actor1, e.location.gazetteer_id) for e in extract(text)] == [
        ("Hayat Tahrir al-Sham", "ocha:C3459"), ("Hayat Tahrir al-Sham", "ocha:C3466")]
    # control of the situation after an attack on the capital is no capture of the capital
    assert not extract("يصل الرئيس الفرنسي الى انجامينا الأسبوع المقبل في أول زيارة له بعد استعادة الحكومة سيطرتها "
                       "على الأوضاع في البلاد اثر الهجوم الذي شنه المتمردون اوائل الشهر الجاري على العاصمة.")


def test_a_sentence_that_says_it_tells_history_is_no_news(extract):
    text = ("ويصرون على أنها غزوات قادها الافرنجة باتجاه الشرق في فترة مظلمة من التاريخ، وقد قاتل المسيحيون العرب "
            "في القدس لصد بعض هذه الهجمات، وسقط منهم عشرات الآلاف من القتلى دفاعا عن القدس.")
    assert not extract(text)
    # with a recent day, it is news
    assert extract("قتل 3 مدنيين في قصف على بلدة كفرنبل أمس، في أعنف قصف تشهده البلدة عبر التاريخ.")


def test_people_counted_by_nationality_in_confrontations_with_police_are_rioters(extract):
    ev, = extract("أصيب أكثر من 300 فلسطيني خلال مواجهات مع الشرطة الإسرائيلية في باحات المسجد الأقصى بالقدس المحتلة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.injured) == (
        "Violent demonstration", "Rioters (Palestine)", "Police Forces of Israel", 300)


def test_missile_strikes_by_countries_joined_by_and_are_the_first_ones(extract):
    ev, = extract("شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على مواقع عسكرية سورية، بينها مركز البحوث "
                  "العلمية في برزة بدمشق.")
    assert (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2, ev.location.name) == (
        "Shelling/artillery/missile attack", "Military Forces of the United States",
        "Military Forces of the United Kingdom", "Military Forces of Syria", "Damascus")


def test_a_countrys_name_as_the_adjective_of_a_counted_noun_is_no_place(extract):
    # «33 جنديا تركيا»: Turkish soldiers, not Turkey (which made Balyun a village abroad)
    ev, = extract("قتل 33 جنديا تركيا على الأقل في غارة جوية شنتها طائرات تابعة للنظام السوري على موقع للجيش التركي "
                  "في منطقة بليون بجبل الزاوية.")
    assert (ev.actor1, ev.actor2, ev.location.gazetteer_id, ev.fatalities) == (
        "Military Forces of Syria", "Military Forces of Turkey", "ocha:C4302", 33)


def test_an_accusation_of_standing_behind_a_bombing_doubts_who_not_what(extract):
    ev, = extract("قتل 6 أشخاص وأصيب 81 آخرون في انفجار وقع في شارع الاستقلال بمدينة إسطنبول التركية، واتهمت السلطات "
                  "التركية حزب العمال الكردستاني بالوقوف وراءه.")
    assert (ev.certainty, ev.actor1, ev.location.name_ar, ev.fatalities, ev.injured) == (
        "reported", "Kurdistan Workers' Party", "إسطنبول", 6, 81)


def test_a_clause_of_another_act_by_its_own_doer_is_a_report_of_its_own(extract):
    # the shelling of the camp killed the civilians; the clashes near the city are another event
    evs = extract("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط مدينة الفاشر، وقصفت قوات "
                  "الدعم السريع مخيم زمزم للنازحين بالمدفعية، ما أدى إلى مقتل 9 مدنيين.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in evs] == [
        ("Armed clash", "Rapid Support Forces", 0),
        ("Shelling/artillery/missile attack", "Civilians (Sudan)", 9)]
    # a joined verb with no doer of its own goes on with the same report
    ev, = extract("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط مدينة الفاشر، وقصفت "
                  "مخيم زمزم للنازحين بالمدفعية، ما أدى إلى مقتل 9 مدنيين.")
    assert ev.fatalities == 9


def test_the_towns_a_strike_reached_are_its_places(extract):
    # «طال بلدات البارة وكنصفرة وفليفل»: one event at each town, not one at the region
    evs = extract("تعرضت قرى منطقة جبل الزاوية لقصف مدفعي وصاروخي من قبل قوات النظام، طال بلدات البارة وكنصفرة "
                  "وفليفل، ما أسفر عن إصابة امرأة وطفلها.")
    assert [(e.actor1, e.location.gazetteer_id) for e in evs] == [
        ("Military Forces of Syria", "ocha:C4304"), ("Military Forces of Syria", "ocha:C4309"),
        ("Military Forces of Syria", "ocha:C4069")]
    assert sum(e.injured or 0 for e in evs) == 2


def test_every_place_coordinated_with_one_near_is_near(extract):
    # «على محيط بلدتي البارة وكنصفرة وقرية كفرعويد»: around all three, not in the last two
    evs = extract("نفذت الطائرات الروسية 14 غارة على محيط بلدتي البارة وكنصفرة وقرية كفرعويد في جبل الزاوية.")
    assert [(e.location.name, e.location.geo_precision) for e in evs] == [
        ("Bara", 2), ("Kansafra", 2), ("Kafr Oweid", 2)]
    # a place of another clause is in the town itself
    evs = extract("قصفت قوات النظام محيط بلدة البارة، كما قصفت بلدة كنصفرة بالمدفعية.")
    assert [(e.location.name, e.location.geo_precision) for e in evs] == [("Bara", 2), ("Kansafra", 1)]


def test_supporters_of_a_party_fighting_the_protesters_is_mob_violence(extract):
    # the roads blocked with burning tyres: a violent demonstration, the government it wants to
    # resign no side; «فيما وقعت مواجهات محدودة بين أنصار حزب الله والمعتصمين»: a fight of its
    # own (an adjective between the clash word and «بين»), Hezbollah's supporters the rioters
    evs = extract("خرج آلاف المحتجين في طرابلس وصيدا لليوم التاسع على التوالي، وأغلقوا الطرق الرئيسية بالإطارات "
                  "المشتعلة، مطالبين باستقالة الحكومة، فيما وقعت مواجهات محدودة بين أنصار حزب الله والمعتصمين في "
                  "وسط بيروت.")
    assert [(e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.location.name) for e in evs] == [
        ("Violent demonstration", "Rioters (Lebanon)", None, None, "Tripoli"),
        ("Violent demonstration", "Rioters (Lebanon)", None, None, "Sidon"),
        ("Mob violence", "Rioters (Lebanon)", "Hezbollah", "Protesters (Lebanon)", "Beirut")]


def test_who_a_crowd_stands_for_or_tells_it_is_no_force_on_it(extract):
    ev, = extract("وقعت مواجهات بين آلاف المتظاهرين المؤيدين للحكومة والمعارضين لها في بانكوك.")
    assert (ev.sub_event_type, ev.actor2) == ("Violent demonstration", None)


def test_a_doer_no_telling_names_is_the_unidentified_armed_group_of_a_bomb_not_of_an_air_strike(extract):
    # ACLED's actor1 for a bomb whose doer is unknown; air strikes are a state's, which the text
    # does not say; a later telling that names the doer wins
    ev, = extract("قتل جندي في انفجار عبوة ناسفة في درعا أمس.")
    assert (ev.actor1, ev.inter1, ev.notes.split("; ")[-1]) == (
        "Unidentified Armed Group (Syria)", "Political militia", "actor1 named by no telling: an unidentified armed group")
    ev, = extract("قتل 3 مدنيين بغارات جوية على بلدة كفرنبل.")
    assert ev.actor1 is None
    ev, = extract("قتل جندي في انفجار عبوة ناسفة في درعا أمس. وأعلن تنظيم داعش مسؤوليته عن التفجير.")
    assert ev.actor1 == "Islamic State (Syria)" and "no telling" not in ev.notes


def test_air_defences_that_met_the_missiles_are_their_target_not_a_new_strike(extract):
    # «أعلنت الدفاعات الجوية السورية أنها تصدت لمعظم الصواريخ»: the adjective after the air
    # defences names no attacker; after the strikes told, it tells them again
    ev, = extract("أعلنت الدفاعات الجوية السورية أنها تصدت لمعظم الصواريخ في حمص.")
    assert (ev.actor1, ev.actor2) == (None, "Military Forces of Syria")
    ev, = extract("شنت الولايات المتحدة ضربات صاروخية على مواقع عسكرية في حمص، فيما أعلنت الدفاعات الجوية السورية "
                  "أنها تصدت لمعظم الصواريخ.")
    assert ev.actor1 == "Military Forces of the United States" and "also told" in ev.notes


def test_a_fire_brought_under_control_takes_no_place_and_a_claim_of_carrying_out_an_attack(extract):
    # «تسبب في حرائق تمت السيطرة عليها»: fires put out (it had made a Houthi capture of Riyadh and
    # hidden the drone strike); «أعلنت جماعة الحوثي تنفيذ هجوم»: a claim, the attack told
    evs = extract("استهدفت طائرات مسيرة منشأتي بقيق وخريص التابعتين لشركة أرامكو في المنطقة الشرقية بالسعودية، "
                  "وتبنت جماعة الحوثي الهجوم، فيما قالت الرياض إن الهجوم تسبب في حرائق تمت السيطرة عليها.")
    assert {(e.sub_event_type, e.actor1) for e in evs} == {("Air/drone strike", "Houthi Movement (Ansar Allah)")}
    ev, = extract("أعلنت جماعة الحوثي تنفيذ هجوم بطائرات مسيرة وصواريخ باليستية على أهداف في العاصمة الإماراتية أبوظبي.")
    assert (ev.sub_event_type, ev.actor1, ev.location.name) == (
        "Air/drone strike", "Houthi Movement (Ansar Allah)", "Abu Dhabi")


@pytest.mark.parametrize("text, read, expected", ONE_EVENT_CASES)
def test_one_report_makes_one_event(extract, text, read, expected):
    ev, = extract(text)
    assert read(ev) == expected


def test_a_governorate_after_and_is_a_place_more_not_where_the_town_is(extract):
    # «في صنعاء ومحافظة الحديدة»: two places struck; «تل رفعت شمالي حلب» stays one
    evs = extract("شنت طائرات أمريكية غارات على مواقع للحوثيين في صنعاء ومحافظة الحديدة.")
    assert [(e.location.name, e.location.geo_precision) for e in evs] == [("Sanaa", 1), ("Al Ḩudaydah", 3)]


def test_a_speaker_going_on_to_another_act_reports_it(extract):
    # «إن الغارات "لن تمر دون رد"، مؤكدا أن قوات الجماعة استهدفت سفينة ...»: the strikes told again,
    # then the Houthis' own attack at sea
    evs = extract("شنت طائرات أمريكية غارات على مواقع للحوثيين في صنعاء. وقال المتحدث العسكري باسم الحوثيين "
                  "يحيى سريع إن الغارات \"لن تمر دون رد\"، مؤكدا أن قوات الجماعة استهدفت سفينة أمريكية في "
                  "خليج عدن بعدد من الصواريخ البحرية.")
    assert [(e.sub_event_type, e.actor1, e.location.name) for e in evs] == [
        ("Air/drone strike", "Military Forces of the United States", "Sanaa"),
        ("Shelling/artillery/missile attack", "Houthi Movement (Ansar Allah)", "Gulf of Aden")]


def test_a_crowd_taking_to_the_streets_protests_in_each_town_put_aside_after_it(extract):
    # «خرج ... إلى الشوارع ...، في بيروت وطرابلس وصيدا والنبطية،»: four protests; Tripoli is
    # Lebanon's, as the other towns of the sentence
    evs = extract("خرج عشرات الآلاف من اللبنانيين إلى الشوارع لليوم التاسع على التوالي، في بيروت وطرابلس وصيدا "
                  "والنبطية، للمطالبة باستقالة الحكومة.")
    assert [(e.sub_event_type, e.location.name, e.location.country) for e in evs] == [
        ("Peaceful protest", "Beirut", "Lebanon"), ("Peaceful protest", "Tripoli", "Lebanon"),
        ("Peaceful protest", "Sidon", "Lebanon"), ("Peaceful protest", "Nabatieh", "Lebanon")]


def test_a_verb_of_starting_shares_the_subject_and_so_does_fima_after_it(extract):
    # «إن قوات الاحتلال دفعت بتعزيزات ...، وشرعت بعمليات تجريف ...، فيما اعتقلت عددا من الشبان»:
    # the razing and the arrests are the Israeli forces' (not their target, not no one's)
    evs = extract("وقالت مصادر محلية إن قوات الاحتلال دفعت بتعزيزات عسكرية كبيرة إلى مخيم نور شمس شرق طولكرم، "
                  "وشرعت بعمليات تجريف للشوارع والبنية التحتية، فيما اعتقلت عددا من الشبان.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Looting/property destruction", "Military Forces of Israel"), ("Arrests", "Military Forces of Israel")]


def test_the_tellers_forces_carried_out_the_operation_said_done_by_them(extract):
    # «إن قواتها ...، خلال عمليات جوية نفذتها ... في منطقتي متينا وهاكورك»: Turkey's forces, at
    # both regions the dual names
    evs = extract("قالت وزارة الدفاع التركية إن قواتها \"حيدت\" 12 إرهابيا من حزب العمال الكردستاني في شمال "
                  "العراق، خلال عمليات جوية نفذتها يوم الاثنين في منطقتي متينا وهاكورك.")
    assert [(e.actor1, e.actor2, e.location.name) for e in evs] == [
        ("Military Forces of Turkey", "Kurdistan Workers' Party", "Metina"),
        ("Military Forces of Turkey", "Kurdistan Workers' Party", "Hakurk")]


def test_arrests_during_raids_in_two_provinces_are_one_event_in_each(extract):
    # «خلال مداهمات متزامنة في ولايتي إسطنبول وأنقرة»: both, each under its news name
    evs = extract("اعتقلت قوات الأمن التركية 17 شخصا يشتبه في انتمائهم لتنظيم داعش، خلال مداهمات متزامنة في "
                  "ولايتي إسطنبول وأنقرة، بحسب وكالة الأناضول.")
    assert [(e.sub_event_type, e.location.name_ar) for e in evs] == [("Arrests", "إسطنبول"), ("Arrests", "أنقرة")]


def test_the_forces_are_the_force_named_with_that_word_before(extract):
    # «إن القوات نهبت المنازل» after «قوات الدعم السريع»: the RSF looted
    evs = extract("أفاد شهود عيان بأن قوات الدعم السريع اقتحمت قرية ود النورة بولاية الجزيرة، وأطلقت النار "
                  "على المواطنين، ما أدى إلى مقتل أكثر من 100 شخص. وقالت لجان المقاومة في مدني إن القوات نهبت "
                  "المنازل والمحال التجارية قبل انسحابها من القرية.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Attack", "Rapid Support Forces"), ("Looting/property destruction", "Rapid Support Forces")]


def test_a_protest_broken_up_or_with_arrests_told_is_one_with_intervention(extract):
    # «وفضت قوات الأمن الوقفة بالقوة، واعتقلت عددا من المشاركين فيها»: the stand told before,
    # broken up; its arrests are the intervention, no event of their own
    ev, = extract("نظم المئات من المعلمين وقفة احتجاجية أمام مبنى وزارة التربية في العاصمة الأردنية عمان، للمطالبة "
                  "بتحسين رواتبهم. وفضت قوات الأمن الوقفة بالقوة، واعتقلت عددا من المشاركين فيها.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Protest with intervention", "Protesters (Jordan)", "Police Forces of Jordan")
    ev, = extract("تظاهر المئات في عمان للمطالبة بتحسين الرواتب، واعتقلت الشرطة عشرة منهم.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Police Forces of Jordan")


def test_the_stand_with_no_protest_told_before_is_a_figure_of_speech(extract):
    assert extract("رحب أمين سر الإقليم بالحضور مشيرا إلى الوقفة البطولية التي وقفها أبناء الأجهزة الأمنية في "
                   "الضفة الغربية.") == []


def test_what_protesters_want_stopped_is_no_event(extract):
    # «وطالب المتظاهرون بإقالة المالكي ... وايقاف الاعتقالات والمداهمات»: arrests to stop, not told
    evs = extract("وطالب المتظاهرون في مدينة الصدر بإقالة المالكي وخروج المحتل الأميركي من العراق وايقاف "
                  "الاعتقالات والمداهمات ضد التيار الصدري.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]


def test_the_toll_of_days_of_fighting_is_divided_across_the_days(extract):
    # «تواصلت لليوم الخامس على التوالي الاشتباكات ...، وسط حصيلة قتلى تجاوزت 150»: five days' dead,
    # the day's share is 30 (ACLED divides a total over several days)
    ev, = extract("تواصلت لليوم الخامس على التوالي الاشتباكات بين قوات سوريا الديمقراطية وعناصر تنظيم داعش في "
                  "محيط سجن غويران بمدينة الحسكة، وسط حصيلة قتلى تجاوزت 150 من الطرفين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Syrian Democratic Forces", "Islamic State (Syria)", 30)
    assert "toll told over 5 days, divided" in ev.notes
    # days not counted: none of the toll is the day's
    ev, = extract("تواصلت لأيام متتالية الاشتباكات بين قوات سوريا الديمقراطية وعناصر تنظيم داعش في محيط سجن "
                  "غويران بمدينة الحسكة، وسط حصيلة قتلى تجاوزت 150 من الطرفين.")
    assert ev.fatalities == 0


def test_a_raid_that_killed_and_arrested_no_one_is_no_arrest(extract):
    # «مقتل 5 عناصر تكفيرية ... خلال مداهمة أمنية»: the killing is the event
    evs = extract("أعلنت القوات المسلحة المصرية مقتل 5 عناصر تكفيرية خلال مداهمة أمنية في مدينة الشيخ زويد "
                  "بشمال سيناء.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 5)]
    # a raid alone is still an arrest
    ev, = extract("نفذت قوات الاحتلال حملة مداهمات في بلدة بيت أمر شمال الخليل.")
    assert ev.sub_event_type == "Arrests"


def test_the_houthis_american_aggression_is_the_us_not_the_saudi_coalition(extract):
    # Saba since 2024: «طيران العدوان الأمريكي البريطاني»; «طيران العدوان» alone stays the coalition
    ev, = extract("أفادت وكالة سبأ بأن طيران العدوان الأمريكي البريطاني شن 4 غارات على مديرية الصليف بمحافظة الحديدة.")
    assert ev.actor1 == "Military Forces of the United States"
    ev, = extract("أفادت وكالة سبأ بأن طيران العدوان شن 4 غارات على مديرية الصليف بمحافظة الحديدة.")
    assert ev.actor1 == "Saudi-led Coalition"


def test_the_accused_of_carrying_it_out_did_it_hedged_and_the_denial_is_of_the_accusation(extract):
    # «، متهمة قوات النظام بتنفيذه» then «ونفت الحكومة السورية الاتهامات»: the regime's forces,
    # hedged; the attack stays reported, the accusation denied
    ev, = extract("قالت منظمة الخوذ البيضاء إن 42 شخصا على الأقل قتلوا اختناقا جراء قصف بغاز سام استهدف مدينة "
                  "دوما في الغوطة الشرقية، متهمة قوات النظام بتنفيذه.\n"
                  "ونفت الحكومة السورية الاتهامات، ووصفتها بأنها \"مفبركة\".")
    assert (ev.sub_event_type, ev.actor1, ev.certainty, ev.fatalities) == (
        "Chemical weapon", "Military Forces of Syria", "reported", 42)
    assert "actor1 hedged: «متهمة قوات النظام»" in ev.notes
    assert "the accusation denied by Government of Syria" in ev.notes


def test_a_hedge_right_after_the_doer_doubts_who_did_it_not_that_it_happened(extract):
    # «في هجوم شنه تنظيم داعش على الأرجح»: reported, its actor1 hedged
    ev, = extract("قتل 53 شخصا على الأقل، معظمهم من جامعي الكمأة، في هجوم شنه تنظيم داعش على الأرجح في بادية "
                  "حمص الشرقية قرب مدينة السخنة، حسبما أفاد التلفزيون السوري الرسمي.")
    assert (ev.actor1, ev.certainty, ev.fatalities) == ("Islamic State (Syria)", "reported", 53)
    assert "actor1 hedged: «تنظيم داعش على الأرجح»" in ev.notes


def test_the_doer_of_what_came_with_a_strike_is_not_its_target(extract):
    # «، ترافقت مع قصف مدفعي وصاروخي من قوات النظام»: the regime's shelling came with the Russian
    # strikes; the regime is not what the strikes struck
    evs = extract("شن الطيران الحربي الروسي أكثر من 20 غارة على مدينة خان شيخون، ترافقت مع قصف مدفعي وصاروخي "
                  "من قوات النظام.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Russia", None)]


def test_another_tellers_report_after_a_joint_has_its_own_source_and_sides(extract):
    # «أسقطت الدفاعات الجوية السورية طائرتين مسيرتين تركيتين ...، فيما أعلنت وزارة الدفاع التركية
    # تدمير 8 دبابات وقتل عشرات الجنود السوريين في غارات على مواقع الجيش»: the downing has no
    # source of the Turkish ministry, whose strikes are Turkey's on the Syrian army
    evs = extract("أسقطت الدفاعات الجوية السورية طائرتين مسيرتين تركيتين فوق منطقة سراقب، فيما أعلنت وزارة الدفاع "
                  "التركية تدمير 8 دبابات وقتل عشرات الجنود السوريين في غارات على مواقع الجيش في ريف إدلب.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.sources, e.fatalities) for e in evs] == [
        ("Disrupted weapons use", "Military Forces of Syria", "Military Forces of Turkey", [], 0),
        ("Air/drone strike", "Military Forces of Turkey", "Military Forces of Syria", ["Turkish Ministry of Defence"], 12)]
    # the same strike told by another teller stays one event
    ev, = extract("قال الجيش الأمريكي إنه نفذ ضربة استهدفت قادة في تنظيم القاعدة شمالي إدلب، فيما قال المرصد السوري "
                  "إن الضربة أصابت معسكرا قرب بلدة كفريا وأسفرت عن مقتل 40 شخصا على الأقل.")
    assert ev.fatalities == 40


def test_soldiers_killed_are_no_toll_of_civilians_told_before(extract):
    # «قتل عراقيان في ثاني تفجير لصهريج مفخخ ...، فيما اعلن الجيش الاميركي مقتل اثنين من جنوده في
    # عمليات قتالية بمحافظة الانبار»: two tolls of two events, not one told twice
    evs = extract("قتل عراقيان في ثاني تفجير لصهريج مفخخ محمل بغاز الكلور، فيما اعلن الجيش الاميركي مقتل اثنين من "
                  "جنوده في عمليات قتالية بمحافظة الانبار.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Chemical weapon", None), ("Armed clash", "Military Forces of the United States")]


def test_a_landmark_named_by_a_title_is_no_president_and_one_source_is_read_once(extract):
    # «عند جسر الرئيس وسط دمشق»: the bridge in central Damascus, not a president named «وسط دمشق»;
    # «نقلت وكالة سانا عن مصدر عسكري»: one unnamed source
    ev, = extract("قتل 14 عسكريا، صباح اليوم الأربعاء، جراء تفجير عبوتين ناسفتين بحافلة مبيت عسكرية عند جسر الرئيس "
                  "وسط دمشق، بحسب ما نقلت وكالة سانا عن مصدر عسكري.")
    assert (ev.actor2, ev.location.name, ev.fatalities) == ("Military Forces of Syria", "Damascus", 14)
    assert "unnamed source: مصدر عسكري" in ev.notes.split("; ")


def test_since_a_year_long_ago_is_no_history_and_its_count_is_a_tally(extract):
    # «في أكبر هجوم صاروخي منذ عام 2006»: today's rockets compared with 2006
    ev, = extract("أطلقت فصائل فلسطينية 34 صاروخا من جنوب لبنان باتجاه شمال إسرائيل، في أكبر هجوم صاروخي منذ "
                  "عام 2006، بحسب الجيش الإسرائيلي.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    # «منذ عام 2011»: the dead of years, no event
    assert extract("قتل أكثر من 500 ألف شخص في سوريا منذ عام 2011.") == []


def test_the_accused_of_firing_it_is_named_whole_in_the_hedge(extract):
    # «واتهمت إسرائيل حزب الله بإطلاقه»: Hezbollah, hedged, the note naming the accused whole
    ev, = extract("قتل 12 شخصا، بينهم أطفال، في سقوط صاروخ على ملعب لكرة القدم في بلدة مجدل شمس بالجولان السوري "
                  "المحتل، واتهمت إسرائيل حزب الله بإطلاقه.")
    assert (ev.actor1, ev.fatalities) == ("Hezbollah", 12)
    assert "actor1 hedged: «واتهمت إسرائيل حزب الله»" in ev.notes


def test_the_latter_is_the_party_named_last_before(extract):
    # «، فيما ردت الأخيرة بقصف مواقع الجيش في مدينة أم درمان»: the RSF answered
    evs = extract("استهدف الجيش السوداني بالمدفعية الثقيلة تجمعات لقوات الدعم السريع في أحياء جنوب الخرطوم، فيما "
                  "ردت الأخيرة بقصف مواقع الجيش في مدينة أم درمان.")
    assert [(e.actor1, e.actor2) for e in evs] == [
        ("Military Forces of Sudan", "Rapid Support Forces"), ("Rapid Support Forces", "Military Forces of Sudan")]


def test_the_operations_room_of_the_2024_offensive_is_hts(ocha_home):  # noqa: F811
    # «سيطرت فصائل غرفة عمليات "ردع العدوان" على معظم أحياء مدينة حلب» (November 2024)
    pipeline = Pipeline.default(Resources(home=ocha_home))
    ev, = pipeline(Article(id="t", text="سيطرت فصائل غرفة عمليات \"ردع العدوان\" على معظم أحياء مدينة حلب، بعد "
                                        "انسحاب قوات النظام منها.", published=date(2024, 11, 30))).events
    assert (ev.sub_event_type, ev.actor1, ev.location.name_ar) == (
        "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "حلب")


def test_a_soldier_of_a_named_force_is_that_forces(extract):
    # «فيما قتل جندي من حلف شمال الاطلسي (ناتو) في حادث منفصل»: a separate event, NATO's soldier
    evs = extract("قال مسؤولون امس إن أربعة من حراس الأمن الأفغان قتلوا في هجوم انتحاري في ولاية قندهار، فيما قتل "
                  "جندي من حلف شمال الاطلسي (ناتو) في حادث منفصل في نفس المنطقة.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in evs] == [
        ("Suicide bomb", "Civilians (Afghanistan)", 4), ("Armed clash", "NATO", 1)]
    assert evs[1].actor1.startswith("Unidentified Armed Group")


_PORT_SUDAN_DRONES = "استهدفت طائرات مسيرة تابعة لقوات الدعم السريع مستودعات للوقود في ميناء بورتسودان."


@pytest.mark.parametrize("then, expected", [
    # the drones the article told of, met by air defences: no march broken up by the army
    pytest.param("وقال المصدر إن الدفاعات الأرضية تصدت لعدد من المسيرات.", "Disrupted weapons use",
                 id="air_defences_met_the_drones"),
    # people march: a protest, though the word is the drones' («خرجت مسيرات»), and the attack it
    # condemns («تنديدا بالهجوم») does not make the protest a retelling of the strike
    pytest.param("وخرجت مسيرات غاضبة في المدينة تنديدا بالهجوم.", "Peaceful protest", id="marches_went_out"),
    pytest.param("وخرجت مظاهرات غاضبة في المدينة تنديدا بالهجوم.", "Peaceful protest",
                 id="demonstrations_condemn_the_attack"),
])
def test_marches_after_a_drone_strike_are_its_drones_unless_people_march(extract, then, expected):
    evs = extract(f"{_PORT_SUDAN_DRONES} {then}")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", expected]


def test_places_listed_after_among_them_are_each_struck(extract):
    # «غارات جوية على أكثر من 60 هدفا ... في اليمن، بينها مواقع في صنعاء والحديدة وتعز وصعدة»: the
    # clause opened by «بينها» lists where the strikes fell, one record each (was Sanaa alone)
    evs = extract("شنت الولايات المتحدة وبريطانيا، فجر اليوم الجمعة، غارات جوية على أكثر من 60 هدفا في 16 موقعا "
                  "تابعا لجماعة أنصار الله الحوثية في اليمن، بينها مواقع في صنعاء والحديدة وتعز وصعدة.")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [
        ("Air/drone strike", "Sanaa"), ("Air/drone strike", "Al Ḩudaydah"), ("Air/drone strike", "Taiz"),
        ("Air/drone strike", "Sa'dah")]


def test_an_article_dated_by_a_month_alone_keeps_the_months_precision(extract):
    # the article's date taken from its only date, a month («في شباط الماضي»), is a month, not a
    # day (was time_precision 1)
    ev, = extract("أكد مصدر أمني أن الوضع مستقر.\nوشهدت المنطقة في شباط الماضي توترا أمنيا.\n"
                  "واعتقلت قوات الأمن عشرة أشخاص في مدينة حماة.")
    assert (ev.sub_event_type, ev.event_date.month, ev.time_precision) == ("Arrests", 2, 3)


def test_the_side_that_left_a_town_taken_tells_the_same_change_of_hands(extract):
    # «إن الفصائل انسحبت من قلعة المضيق بعد قصف عنيف بالطيران الروسي» after the army took the town:
    # the factions' account of that capture, they the side that lost it (was a second record, a
    # non-violent transfer to Russian forces)
    evs = extract("تمكنت وحدات من الجيش العربي السوري من تحرير بلدتي كفرنبودة وقلعة المضيق في ريف حماة الشمالي "
                  "الغربي.\nفي المقابل، قال المتحدث باسم الجبهة الوطنية للتحرير ناجي مصطفى إن الفصائل انسحبت من قلعة "
                  "المضيق بعد قصف عنيف بالطيران الروسي.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location.name_ar) for e in evs] == [
        ("Government regains territory", "Military Forces of Syria", None, "كفر نبودة"),
        ("Government regains territory", "Military Forces of Syria", "Opposition Rebels (Syria)", "قلعة المضيق")]


def test_the_fighting_a_span_runs_from_is_no_act_of_the_day(extract):
    # «في أعنف يوم من القصف منذ بدء المواجهات»: the fighting since whose start is background
    # (cues.yaml background_wide), the strikes the act, one in each region struck (was an attack
    # on civilians named by «المواجهات»)
    evs = extract("شن الجيش الإسرائيلي أكثر من 1300 غارة على جنوب لبنان والبقاع، في أعنف يوم من القصف منذ بدء "
                  "المواجهات، ما أسفر عن مقتل 492 شخصا بينهم 35 طفلا وإصابة 1645 آخرين، وفق وزارة الصحة اللبنانية.")
    assert [(e.sub_event_type, e.location.name_ar, e.fatalities) for e in evs] == [
        ("Air/drone strike", "جنوب لبنان", 246), ("Air/drone strike", "البقاع", 246)]


def test_a_tally_since_the_fighting_broke_out_yesterday_is_no_event(extract):
    # «إن 56 مدنيا قتلوا ... منذ اندلاع القتال أمس السبت»: the day in the «منذ» phrase is when the
    # span began, no day of its own (was an attack by the army on civilians, 56 killed)
    evs = extract("تجددت الاشتباكات صباح اليوم بين الجيش السوداني وقوات الدعم السريع في محيط القصر الرئاسي في "
                  "الخرطوم. وقالت نقابة أطباء السودان إن 56 مدنيا على الأقل قتلوا وأصيب 595 آخرون منذ اندلاع القتال "
                  "أمس السبت.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 0)]


def test_factions_entering_a_citys_quarters_take_the_city_and_the_dead_since_the_start_are_a_tally(extract):
    # «دخلت فصائل المعارضة، بقيادة هيئة تحرير الشام، الأحياء الغربية لمدينة حلب»: the leader between
    # commas and the quarters «لمدينة حلب» lead to Aleppo (was no event); «، فيما قتل 255 شخصا» goes on
    # from a sentence that counts since the offensive began: its dead, no clash of their own (was an
    # armed clash of two unidentified groups, 255 killed)
    evs = extract("دخلت فصائل المعارضة السورية المسلحة، بقيادة هيئة تحرير الشام، الأحياء الغربية لمدينة حلب مساء "
                  "الجمعة.\nوقال المرصد إن الفصائل سيطرت منذ بدء الهجوم على أكثر من 50 قرية وبلدة في ريفي حلب وإدلب، "
                  "فيما قتل 255 شخصا معظمهم من المقاتلين.")
    assert [(e.sub_event_type, e.actor1, e.location.name_ar, e.fatalities) for e in evs] == [
        ("Non-state actor overtakes territory", "Opposition Rebels (Syria)", "حلب", 0)]


def test_protesters_no_one_told_of_who_set_fire_riot_in_each_town(extract):
    # «أن محتجين أضرموا النار في مقار أحزاب ... في الناصرية والعمارة والديوانية»: a new crowd's arson
    # is a riot at each town (was nothing: the arson is no act of violence on people)
    evs = extract("وأضافت المفوضية أن محتجين أضرموا النار في مقار أحزاب وفصائل مسلحة في الناصرية والعمارة والديوانية.")
    assert [(e.sub_event_type, e.location.name_ar) for e in evs] == [
        ("Violent demonstration", "الناصرية"), ("Violent demonstration", "العمارة"), ("Violent demonstration", "الديوانية")]
    # the crowd of a protest told elsewhere («ان المتظاهرين ... احرقوا») is no protest reported here
    assert extract("وذكرت مصادر في الشرطة ان المتظاهرين اقاموا حواجز في الطرق واحرقوا ثلاث آليات في الأقل.") == []


def test_hostages_freed_are_no_place_taken(extract):
    # «أنه حرر أربعة رهائن من مخيم النصيرات»: people freed (the hostages word set), no territory
    # (was the Israeli army overtaking the camp)
    assert extract("أعلن الجيش الإسرائيلي أنه حرر أربعة رهائن من مخيم النصيرات وسط قطاع غزة، في عملية خاصة "
                   "نفذتها قواته.") == []


def test_the_place_of_what_a_strike_answers_is_not_where_it_fell(extract):
    # «ردا على استهداف القنصلية الإيرانية في دمشق»: Damascus is where the act answered happened
    # (was the place of Iran's drone and missile attack on Israel)
    ev, = extract("أعلن الحرس الثوري الإيراني أنه أطلق عشرات الطائرات المسيرة والصواريخ باتجاه إسرائيل، ردا على "
                  "استهداف القنصلية الإيرانية في دمشق.")
    assert (ev.actor1, ev.location) == ("Islamic Revolutionary Guard Corps", None)
    # nor is the consulate struck in what it answers the other side (was «Government of Iran»)
    assert ev.actor2 is None


def test_villages_named_after_namely_are_each_taken(extract):
    # «سيطرت على 6 قرى في ريف إدلب الجنوبي الشرقي، هي الصرمان وجرجناز ...»: «هي» (namely) names the
    # counted villages (cues.yaml named_among), one capture each (was none)
    evs = extract("قال المرصد السوري لحقوق الإنسان إن قوات النظام سيطرت على 6 قرى في ريف إدلب الجنوبي الشرقي، هي "
                  "الصرمان وجرجناز وتل الشيح وأم جلال والفرجة والبرج، بعد اشتباكات عنيفة مع هيئة تحرير الشام.")
    assert [(e.sub_event_type, e.location.name_ar) for e in evs] == [
        ("Government regains territory", n) for n in ("الصرمان", "جرجناز", "تل الشيح", "أم جلال", "الفرجة", "البرج")]


def test_counts_joined_before_their_verb_add_up(extract):
    # «إن 17 عنصرا من قوات النظام و21 مقاتلا من الفصائل قتلوا»: the first count waits for the verb
    # after the second (was 21)
    ev, = extract("وقال المرصد إن 17 عنصرا من قوات النظام و21 مقاتلا من الفصائل قتلوا في اشتباكات في سراقب.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 38)


def test_a_tally_since_the_attack_began_adds_no_other_sides_dead(extract):
    # «إن 45 من عناصر قسد و7 مدنيين و102 من عناصر التنظيم قتلوا منذ بدء الهجوم»: all the days' dead,
    # not the other side's dead of the day's clashes told before
    ev, = extract("تواصلت لليوم الخامس على التوالي الاشتباكات بين قوات سوريا الديمقراطية وعناصر تنظيم داعش في "
                  "محيط سجن غويران بمدينة الحسكة، وسط حصيلة قتلى تجاوزت 150 من الطرفين.\nوقال المرصد السوري لحقوق "
                  "الإنسان إن 45 من عناصر قسد و7 مدنيين و102 من عناصر التنظيم قتلوا منذ بدء الهجوم.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 30)


def test_a_side_of_the_battle_killing_armed_men_next_adds_to_its_toll(extract):
    # «وأوضح البيان أن الجيش قتل أحد المسلحين» after four soldiers were killed in the clash: the
    # gunmen's dead add up (was a second clash merged away with its lower toll, 1)
    evs = extract("قتل 4 عناصر من الجيش اللبناني وأصيب آخرون في اشتباك مع مسلحين في بلدة كفتون في قضاء الكورة "
                  "شمالي لبنان، بحسب بيان للجيش.\nوأوضح البيان أن الجيش قتل أحد المسلحين.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in evs] == [
        ("Armed clash", "Military Forces of Lebanon", 5)]
