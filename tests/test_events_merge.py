"""The in-article ``merge`` stage on hand-built events: tellings folded together, a battle's
missing side taken from the article's other battles, evidence that follows the kept value."""
from __future__ import annotations

from datetime import date

import pytest

from marsad.events.merge import drop_covered_regions, fill_opponents, merge_events
from marsad.model import Event, Location, Span

TEXT = "سيطر الجيش السوري على بسيدا بعد معارك مع هيئة تحرير الشام وقتل 14 مسلحا ثم قالت المعارضة إن 5 قتلوا"
MFS, HTS, TURKEY = "Military Forces of Syria", "Hayat Tahrir al-Sham", "Military Forces of Turkey"
INTER = {MFS: "State forces", TURKEY: "State forces", HTS: "Rebel group", "Faylaq al-Sham": "Rebel group",
         "Unidentified Armed Group (Syria)": "Political militia", "Civilians (Syria)": "Civilians",
         "Opposition Rebels (Syria)": "Rebel group"}
BSIDA = Location("Bsida", "بسيدا", "ocha:C3976", "Idleb", None, None, "Syria", 35.59, 36.65, 1)


def span(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span.of(TEXT, start, start + len(word))


def ev(sub: str, a1: str | None, a2: str | None, loc: Location | None = None, killed: int = 0,
       killed_at: Span | None = None, event_type: str = "Battles") -> Event:
    fe = {f"actor{n}": span("الجيش السوري") for n, a in (("1", a1), ("2", a2)) if a}
    if killed_at:
        fe["fatalities"] = killed_at
    return Event("d", "d-0", event_type, sub, a1, a2, INTER.get(a1), INTER.get(a2), location=loc,
                 event_date=date(2020, 1, 26), fatalities=killed, field_evidence=fe)


def test_one_sided_battles_take_the_state_force_the_article_names():
    capture = ev("Government regains territory", MFS, HTS, BSIDA)
    tally = ev("Armed clash", None, "Unidentified Armed Group (Syria)", killed=14, killed_at=span("14"))
    fill_opponents([capture, tally])
    assert (tally.actor1, tally.inter1) == (MFS, "State forces")
    assert tally.field_evidence["actor1"].text == "الجيش السوري"
    assert "actor1 from the article's other battles" in tally.notes


def test_a_lone_state_force_takes_the_single_armed_group_it_fights():
    capture = ev("Government regains territory", MFS, HTS, BSIDA)
    shelled = ev("Armed clash", MFS, None)
    fill_opponents([capture, shelled])
    assert shelled.actor2 == HTS


@pytest.mark.parametrize("others, lone", [
    # two state forces fight in the article: which one faced the gunmen is not said
    ([ev("Armed clash", MFS, HTS), ev("Armed clash", TURKEY, HTS)], ev("Armed clash", None, "Faylaq al-Sham")),
    # two armed groups against the army: which one it fought here is not said
    ([ev("Armed clash", MFS, HTS), ev("Armed clash", MFS, "Faylaq al-Sham")], ev("Armed clash", MFS, None)),
    # a state force against a state force is not the pattern
    ([ev("Armed clash", TURKEY, MFS)], ev("Armed clash", None, HTS)),
    # civilians are never a side filled in, nor the known side of a battle to fill
    ([ev("Armed clash", MFS, HTS)], ev("Attack", None, "Civilians (Syria)", event_type="Violence against civilians")),
    ([], ev("Armed clash", None, HTS)),  # no other battle: nothing to take
    # who lost a captured place is not who fought elsewhere in the article
    ([ev("Armed clash", "Unidentified Armed Group (Syria)", MFS)], ev("Government regains territory", MFS, None)),
])
def test_nothing_is_filled_when_the_article_does_not_say_who(others, lone):
    fill_opponents([*others, lone])
    assert (lone.actor1 is None) != (lone.actor2 is None)


def test_merged_tolls_keep_the_lowest_figure_with_its_own_evidence():
    first = ev("Armed clash", MFS, "Unidentified Armed Group (Syria)", BSIDA, killed=14, killed_at=span("14"))
    second = ev("Armed clash", None, "Faylaq al-Sham", BSIDA, killed=5, killed_at=span("5"))
    second.field_evidence["actor2"] = span("المعارضة")
    (merged,) = merge_events([first, second])
    assert merged.fatalities == 5 and merged.field_evidence["fatalities"].text == "5"
    # the named group replaces the unidentified one on either side, with its evidence
    assert merged.actor2 == "Faylaq al-Sham" and merged.field_evidence["actor2"].text == "المعارضة"
    assert merged.actor1 == MFS and merged.field_evidence["actor1"].text == "الجيش السوري"


@pytest.mark.parametrize("sub, a1, a2, merged", [
    ("Air/drone strike", MFS, HTS, True),  # ACLED: an air strike during a battle is the battle
    ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", None, True),  # «فجر المهاجمون ...»
    ("Shelling/artillery/missile attack", HTS, MFS, True),
    ("Air/drone strike", TURKEY, HTS, False),  # a third party's strike is its own event
    ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Civilians (Syria)", False),
])
def test_remote_violence_between_the_sides_of_a_clash_is_that_clash(sub, a1, a2, merged):
    clash = ev("Armed clash", MFS, HTS, BSIDA, killed=14, killed_at=span("14"))
    remote = ev(sub, a1, a2, BSIDA, event_type="Explosions/Remote violence")
    out = merge_events([remote, clash])
    assert [e.sub_event_type for e in out] == (["Armed clash"] if merged else [sub, "Armed clash"])
    if merged:
        assert (out[0].actor1, out[0].actor2, out[0].fatalities) == (MFS, HTS, 14)


def test_the_tellings_of_one_gathering_keep_its_most_serious_form():
    peaceful = ev("Peaceful protest", "Protesters (Syria)", None, BSIDA, event_type="Protests")
    violent = ev("Violent demonstration", "Rioters (Syria)", MFS, BSIDA, event_type="Riots")
    (merged,) = merge_events([peaceful, violent])
    assert (merged.sub_event_type, merged.actor1, merged.actor2) == ("Violent demonstration", "Rioters (Syria)", MFS)
    elsewhere = ev("Protest with intervention", "Protesters (Syria)", TURKEY, BSIDA, event_type="Protests")
    assert len(merge_events([violent, elsewhere])) == 2  # another force intervened: not the same telling


def test_a_battle_told_with_its_sides_the_other_way_round_is_one_event():
    capture = ev("Non-state actor overtakes territory", HTS, MFS, BSIDA)
    toll = ev("Armed clash", MFS, "Opposition Rebels (Syria)", BSIDA, killed=62, killed_at=span("14"))
    (merged,) = merge_events([capture, toll])
    assert (merged.sub_event_type, merged.actor1, merged.actor2, merged.fatalities) == (
        "Non-state actor overtakes territory", HTS, MFS, 62)


def test_a_side_told_the_other_way_round_never_fills_the_other_side():
    # «مقتل أكثر من 30 مسلحا» (the army against militants) and «استشهد 4 جنود» (the soldiers as
    # victims, their killer unnamed): one battle, not the army against itself
    militants = ev("Armed clash", MFS, "Unidentified Armed Group (Syria)", BSIDA, killed=30)
    soldiers = ev("Armed clash", None, MFS, BSIDA, killed=4)
    (merged,) = merge_events([militants, soldiers])
    assert (merged.actor1, merged.actor2) == (MFS, "Unidentified Armed Group (Syria)")


def test_a_region_the_article_then_splits_into_places_is_not_counted_twice():
    shelling = "Shelling/artillery/missile attack"
    idlib = Location("Idleb", "إدلب", "ocha:SY07", "Idleb", None, None, "Syria", 35.93, 36.63, 3)
    region = ev(shelling, HTS, MFS, idlib, event_type="Explosions/Remote violence")
    region.sources = ["Sputnik"]
    village = ev(shelling, HTS, MFS, BSIDA, event_type="Explosions/Remote violence")
    assert drop_covered_regions([region, village]) == [village]
    assert village.sources == ["Sputnik"]
    # not when the region's telling counts its own dead, nor another side's shelling
    region.fatalities = 3
    assert drop_covered_regions([region, village]) == [region, village]
    region.fatalities = 0
    other = ev(shelling, TURKEY, MFS, BSIDA, event_type="Explosions/Remote violence")
    assert drop_covered_regions([region, other]) == [region, other]


def test_a_village_no_gazetteer_has_is_no_region_covered_by_its_neighbours():
    # «غارات على بلدات كفررمان وصريفا والخيام في جنوب لبنان»: Khiam, unknown, placed at the
    # region (geo_precision 3), is a village of its own, not the region's sum of the others
    south = dict(admin1="South", admin2=None, admin3=None, country="Lebanon", latitude=33.2, longitude=35.4)
    srifa = Location("Srifa", "صريفا", "builtin:abroad:srifa", geo_precision=1, **south)
    khiam = Location("Al-Khiam", "الخيام", None, geo_precision=3, **south)
    region = Location("South Lebanon", "جنوب لبنان", "builtin:abroad:south-lebanon", geo_precision=3, **south)
    strikes = [ev("Air/drone strike", MFS, None, loc, event_type="Explosions/Remote violence") for loc in (srifa, khiam)]
    assert drop_covered_regions(strikes) == strikes
    on_region = ev("Air/drone strike", MFS, None, region, event_type="Explosions/Remote violence")
    assert drop_covered_regions([on_region, strikes[0]]) == [strikes[0]]


def test_a_region_told_with_no_target_is_covered_by_its_towns():
    # «تجدد القصف الجوي الروسي على ريفي إدلب وحلب» then strikes on towns of Idlib that killed
    # civilians: the region's telling, no target named, is theirs
    idlib = Location("Idleb", "إدلب", "ocha:SY07", "Idleb", None, None, "Syria", 35.93, 36.63, 3)
    region = ev("Air/drone strike", TURKEY, None, idlib, event_type="Explosions/Remote violence")
    town = ev("Air/drone strike", TURKEY, "Civilians (Syria)", BSIDA, killed=3, event_type="Explosions/Remote violence")
    assert drop_covered_regions([region, town]) == [town]
    # not a region's telling that names another target
    region.actor2 = HTS
    assert drop_covered_regions([region, town]) == [region, town]


def test_an_operation_with_no_place_is_the_sum_of_its_placed_strikes():
    # «عملية "المخلب - السيف" الجوية ضد مواقع ... شمالي سوريا والعراق» (no usable place), then
    # «أن الضربات استهدفت مواقع في عين العرب ...»: the strikes, not one more event
    operation = ev("Air/drone strike", TURKEY, HTS, None, event_type="Explosions/Remote violence")
    operation.sources = ["Anadolu Agency"]
    strike = ev("Air/drone strike", TURKEY, HTS, BSIDA, event_type="Explosions/Remote violence")
    assert drop_covered_regions([operation, strike]) == [strike]
    assert strike.sources == ["Anadolu Agency"]
    # not with dead of its own, nor another day's strike
    operation.fatalities = 4
    assert drop_covered_regions([operation, strike]) == [operation, strike]
    operation.fatalities, strike.event_date = 0, date(2020, 1, 27)
    assert drop_covered_regions([operation, strike]) == [operation, strike]


def test_a_strike_is_no_part_of_a_clash_placed_only_by_the_article():
    # (a bomb told with no place of its own still joins a clash placed by the text: the Somali
    # base test in test_events_rules)
    # «قصفت طائرة حربية تابعة لقوات حفتر مطار معيتيقة ... وقالت حكومة الوفاق إن قواتها صدت هجوما
    # لقوات حفتر في منطقة عين زارة» (unknown, so Tripoli from the article): two events
    clash = ev("Armed clash", MFS, HTS, BSIDA)
    clash.notes = "trigger «صدت هجوما»; place taken from the article"
    strike = ev("Air/drone strike", MFS, None, BSIDA, event_type="Explosions/Remote violence")
    assert [e.sub_event_type for e in merge_events([strike, clash])] == ["Air/drone strike", "Armed clash"]
    clash.notes = "trigger «صدت هجوما»"
    assert [e.sub_event_type for e in merge_events([strike, clash])] == ["Armed clash"]


def test_a_clash_near_the_town_takes_in_no_strike_in_it_told_before():
    # «قصفت طائرة حربية ... مطار معيتيقة الدولي في العاصمة الليبية طرابلس» and, next paragraph,
    # «صدت هجوما لقوات حفتر في منطقة عين زارة جنوبي العاصمة» (Tripoli, geo_precision 2)
    near = Location("Tripoli", "طرابلس", "builtin:gn:2210247", None, None, None, "Libya", 32.88, 13.19, 2)
    in_town = Location("Tripoli", "طرابلس", "builtin:gn:2210247", None, None, None, "Libya", 32.88, 13.19, 1)
    strike = ev("Air/drone strike", MFS, None, in_town, event_type="Explosions/Remote violence")
    strike.evidence = span("سيطر الجيش السوري")
    clash = ev("Armed clash", MFS, HTS, near)
    clash.evidence = span("ثم قالت المعارضة")
    assert [e.sub_event_type for e in merge_events([strike, clash])] == ["Air/drone strike", "Armed clash"]
    # a strike in the town told after the clash near it is part of it («... على أطراف المخيم»,
    # then «بانفجار سيارة مفخخة»): one battle
    strike.evidence, clash.evidence = clash.evidence, strike.evidence
    assert [e.sub_event_type for e in merge_events([clash, strike])] == ["Armed clash"]


def test_a_response_is_never_the_act_it_answers():
    # Anadolu: the regime's air strike on Turkish troops, then «القوات التركية ردت على الفور واستهدفت»
    strike = ev("Air/drone strike", MFS, TURKEY, BSIDA, killed=2, event_type="Explosions/Remote violence")
    reply = ev("Armed clash", TURKEY, MFS, BSIDA)
    reply.notes = "trigger «واستهدفت»; answers an act of the other side"
    assert [e.sub_event_type for e in merge_events([strike, reply])] == ["Air/drone strike", "Armed clash"]
    reply.notes = "trigger «واستهدفت»"
    assert [e.sub_event_type for e in merge_events([strike, reply])] == ["Armed clash"]


def test_a_strike_taken_into_its_fighting_adds_its_own_dead():
    # the dead of the suicide bombings and the dead of the fighting that met them are counted by
    # different tellings of different acts: they add up (not the lowest of two counts of one)
    strike = ev("Suicide bomb", HTS, None, BSIDA, killed=200, killed_at=span("14"), event_type="Explosions/Remote violence")
    clash = ev("Armed clash", HTS, MFS, BSIDA, killed=12, killed_at=span("5"))
    merged, = merge_events([strike, clash])
    assert (merged.sub_event_type, merged.fatalities) == ("Armed clash", 212)


def test_a_counted_toll_is_not_lowered_to_the_one_death_read_from_an_act():
    # «قتل 9 مدنيين ...» and a retelling «وأعدموا المدنيين» whose one death is only inferred from the
    # act: the nine stand (the lowest rule is for two counts told)
    from marsad.events.extract import ONE_TARGET
    counted = ev("Attack", HTS, "Civilians (Syria)", BSIDA, killed=9, killed_at=span("14"),
                 event_type="Violence against civilians")
    inferred = ev("Attack", HTS, "Civilians (Syria)", BSIDA, killed=1, killed_at=span("5"),
                  event_type="Violence against civilians")
    inferred.notes = ONE_TARGET
    merged, = merge_events([inferred, counted])
    assert merged.fatalities == 9 and ONE_TARGET not in (merged.notes or "")
    merged, = merge_events([ev("Attack", HTS, "Civilians (Syria)", BSIDA, killed=9, killed_at=span("14"),
                               event_type="Violence against civilians"), inferred])
    assert merged.fatalities == 9
