"""The events of the bundled sample articles (src/marsad/samples/articles.jsonl), field by field:
clause-scoped denials, retellings of an event already reported, background sentences, fighting
that destroys military things, return fire, allied air forces, movement towards a place, one
shelling event per village, nationality adjectives and «قرب»."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geo_helpers import ocha_home  # noqa: F401 - session fixture
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def events(ocha_home):  # noqa: F811
    pipeline = Pipeline.default(Resources(home=ocha_home))
    out = {}
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        art = Article(id=d["id"], text=d["text"], published=date.fromisoformat(d["published"]), source=d.get("source"))
        out[d["id"][:9]] = pipeline(art).events
    return out


def _at(evs, name_ar):
    found = [e for e in evs if e.location and e.location.name_ar == name_ar]
    assert len(found) == 1, f"{name_ar}: {[(e.sub_event_type, e.location and e.location.name_ar) for e in evs]}"
    return found[0]


def _fields(ev):
    return (ev.sub_event_type, ev.actor1, ev.assoc_actor_1, ev.actor2, ev.event_date, ev.fatalities, ev.injured,
            ev.certainty, ev.location.geo_precision if ev.location else None)


def test_sample06_denial_governs_its_clause_only(events):
    evs = events["sample-06"]
    shelling = _at(evs, "جبل الأكراد")
    # «نفت مصادر في المعارضة وقوع أي هجوم على المنطقة، مؤكدة أن قوات النظام قصفت يوم الجمعة الماضي»
    assert _fields(shelling) == ("Shelling/artillery/missile attack", "Military Forces of Syria", None, None,
                                 date(2020, 2, 14), 0, None, "reported", 2)
    assert "unnamed source: مصادر في المعارضة" in shelling.notes
    # the denied «أي هجوم» disputes the attack the Russian centre reported; no new event
    attack = _at(evs, "كباني")
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities, attack.injured, attack.certainty) \
        == ("Armed clash", "Hayat Tahrir al-Sham", "Military Forces of Syria", 3, 5, "claimed")
    assert "denied by مصادر في المعارضة" in attack.notes
    # RT (the article's outlet) reports what the Russian centre announced: outlet first
    assert attack.sources == ["RT", "Russian Reconciliation Center"]
    # «وحدات الجيش تصدت للهجوم» tells the same attack again
    assert len(evs) == 2


def test_sample05_arrest_agent_and_denied_motive(events):
    evs = events["sample-05"]
    arrest = _at(evs, "جاسم")
    # «شابين من أبناء مدينة جاسم عند حاجز على أطراف المدينة»: arrested on the outskirts of their
    # home town (near it: geo_precision 2), not in the town they come from
    assert _fields(arrest) == ("Arrests", "Military Forces of Syria", None, "Civilians (Syria)", date(2020, 6, 6), 0,
                               None, "reported", 2)
    assert arrest.field_evidence["location"].text == "المدينة"
    assert arrest.field_evidence["actor1"].text == "فرع الأمن العسكري"
    # «نفى مصدر ... أن يكون الاعتقال مرتبطا بالاحتجاجات»: a denied motive, no new (denied) arrest
    assert [e.sub_event_type for e in evs] == ["Peaceful protest", "Arrests"]
    assert all(e.certainty == "reported" for e in evs)


def test_sample04_retelling_and_background_make_no_event(events):
    evs = events["sample-04"]
    # one bomb «على الطريق الواصل بين بلدتي طفس والمزيريب»: one event on the road near Tafas (not
    # one per town, which counted the two dead twice); «وأصيب ثالث بجروح» is one injured
    ied, = evs
    assert (ied.location.name_ar, ied.location.geo_precision) == ("طفس", 2)
    assert _fields(ied) == ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", None,
                            "Military Forces of Syria", date(2020, 3, 1), 2, 1, "reported", 2)
    # «ورجح أن تكون خلايا تابعة لتنظيم «داعش» تقف وراء التفجير»: a hedged perpetrator, in the notes
    assert "claimed actor1: Islamic State (Syria)" in ied.notes


def test_sample02_return_fire_is_shelling_not_looting(events):
    evs = events["sample-02"]
    assert not [e for e in evs if e.sub_event_type == "Looting/property destruction"]
    back = _at(evs, "قلعة المضيق")
    # «أوكار الإرهابيين» a sentence after «إرهابيين من تنظيم جبهة النصرة»: that group's dens
    assert _fields(back) == ("Shelling/artillery/missile attack", "Military Forces of Syria", None,
                             "Hayat Tahrir al-Sham", date(2020, 2, 3), 0, None, "reported", 2)
    assert back.field_evidence["sub_event_type"].text == "ردت على مصادر"
    # the correspondent's town («مراسل سانا في حماة») is no event place; «وسط المدينة» is the
    # town just named, so the retelling merges into the first telling, which names the group
    hit = _at(evs, "السقيلبية")
    assert _fields(hit) == ("Shelling/artillery/missile attack", "Hayat Tahrir al-Sham", None, "Civilians (Syria)",
                            date(2020, 2, 3), 2, 6, "reported", 1)
    assert len(evs) == 2


def test_sample01_allied_air_force_and_movement_towards_a_place(events):
    evs = events["sample-01"]
    air = _at(evs, "حاس")
    # «مواقع المسلحين» two sentences after «مسلحي هيئة تحرير الشام»: that group's positions
    assert _fields(air) == ("Air/drone strike", "Military Forces of Syria", "Military Forces of Russia",
                            "Hayat Tahrir al-Sham", date(2020, 1, 29), 0, None, "reported", 2)
    # «انسحبوا باتجاه مدينة سراقب»: not where the fighting was
    assert not [e for e in evs if e.location and e.location.name_ar == "سراقب"]
    clash = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert len(clash) == 1 and clash[0].location.geo_precision == 3 and clash[0].location.admin1 == "Idleb"
    # «5 عناصر من فيلق الشام قتلوا»: the victims are not the attacker; the army is, as the
    # article's battles for the three villages say; the lower of the two tolls (5, not 14) is
    # kept, and its evidence is the «5» it was read from
    assert (clash[0].actor1, clash[0].actor2, clash[0].fatalities) == ("Military Forces of Syria", "Faylaq al-Sham", 5)
    assert clash[0].field_evidence["fatalities"].text == "5"
    assert clash[0].field_evidence["actor1"].text == "الجيش السوري"


def test_sample03_one_shelling_event_per_village_and_drone(events):
    evs = events["sample-03"]
    # the article's date: «بعد منتصف ليل الأحد – الاثنين», after midnight, is Monday
    for village in ("بليون", "ابلين", "البارة"):
        ev = _at(evs, village)
        assert _fields(ev) == ("Shelling/artillery/missile attack", "Military Forces of Syria", None, None,
                               date(2020, 2, 10), 0, None, "reported", 1)
    # reported by local sources; who flew it is hedged («يرجح أنها تركية»: in the notes), and the
    # rumoured dead («وسط أنباء عن سقوط قتلى») hedge the toll, not the strike
    drone = _at(evs, "النيرب")
    assert _fields(drone) == ("Air/drone strike", "Military Forces of Turkey", None, "Military Forces of Syria",
                              date(2020, 2, 10), 0, None, "reported", 2)
    assert "actor1 hedged: «يرجح أنها تركية»" in drone.notes
    assert drone.inter1 == "External/Other forces"
    assert drone.field_evidence["actor1"].text == "تركية"
    # «على أطراف مدينة أريحا»: near the town
    assert _at(evs, "أريحا").location.geo_precision == 2
    # «مقتل 4 مدنيين ... جراء غارات ... على أطراف مدينة أريحا وبلدة كنصفرة»: one event per town,
    # the toll divided between them (not 4 in each)
    assert [(_at(evs, t).sub_event_type, _at(evs, t).fatalities) for t in ("أريحا", "كنصفرة")] == [
        ("Air/drone strike", 2), ("Air/drone strike", 2)]
