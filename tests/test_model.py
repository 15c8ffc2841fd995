import json
from datetime import date

import pytest

from marsad.model import Article, Event, Location, Mention, Span
from marsad.text.normalize import normalize, normalize_with_map


def test_event_json_round_trip():
    ev = Event(
        doc_id="001", event_id="001-1", event_type="Battles", sub_event_type="Government regains territory",
        actor1="Military Forces of Syria", inter1="State forces",
        location=Location(name="Bsida", name_ar="بسيدا", gazetteer_id="ocha:C3976", admin1="Idleb",
                          country="Syria", latitude=35.589258, longitude=36.652304, geo_precision=1),
        event_date=date(2020, 1, 26), sources=["RT"], evidence=Span(10, 15, "بسيدا"),
        field_evidence={"location": Span(10, 15, "بسيدا")},
    )
    again = Event.from_dict(json.loads(json.dumps(ev.to_dict(), ensure_ascii=False)))
    assert again == ev


def test_event_rejects_unknown_sub_event_type():
    with pytest.raises(ValueError):
        Event(doc_id="d", event_id="e", event_type="Battles", sub_event_type="Air/drone strike")


def test_article_and_mention_round_trip():
    art = Article(id="a", text="نص", published=date(2020, 1, 27), source="RT")
    assert Article.from_dict(art.to_dict()) == art
    m = Mention(kind="place", start=0, end=2, text="نص", label="x", data={"gazetteer_id": None})
    assert Mention.from_dict(m.to_dict()) == m


def test_normalize_folds_and_maps_back():
    original = "إدلـبُ ٢٣ جنديًا ومعرّة"
    nt = normalize_with_map(original)
    assert nt.text == "ادلب 23 جنديا ومعره"
    start = nt.text.index("معره")
    s, e = nt.to_original(start, start + len("معره"))
    assert original[s:e] == "معرّة"
    assert normalize("أريحا") == normalize("اريحا") == "اريحا"
    assert normalize("معردبسى") == "معردبسي"
