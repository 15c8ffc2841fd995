"""Exports of hand-built events: JSONL, ACLED's 31-column CSV, GeoJSON."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from marsad.export import ACLED_COLUMNS, export_rows, write_acled_csv, write_events, write_geojson, write_jsonl
from marsad.export.acled_csv import disorder_type, interaction
from marsad.model import Event, Location, Span

STAMP = 1_700_000_000
# From seed 001: «وأفاد مصدر عسكري محلي لـRT بأن الجيش السوري سيطر على قرية الحامدية ومعسكرها وقرى بسيدا ...»
BSIDA_EVIDENCE = "الجيش السوري سيطر على قرية الحامدية ومعسكرها وقرى بسيدا"


def bsida() -> Event:
    return Event(
        doc_id="001_66456859eb77b8a6", event_id="001_66456859eb77b8a6-e1",
        event_type="Battles", sub_event_type="Government regains territory",
        actor1="Military Forces of Syria", actor2="Hayat Tahrir al-Sham",
        inter1="State forces", inter2="Rebel group",
        location=Location(name="Bsida", name_ar="بسيدا", gazetteer_id="ocha:C3976", admin1="Idleb",
                          admin2="Al Ma'ra", admin3="Ma'arrat An Nu'man", country="Syrian Arab Republic",
                          latitude=35.589258, longitude=36.652304, geo_precision=1),
        event_date=date(2020, 1, 26), time_precision=1, fatalities=0,
        sources=["RT", "SANA"], certainty="reported",
        evidence=Span(254, 254 + len(BSIDA_EVIDENCE), BSIDA_EVIDENCE),
    )


def soldiers_killed() -> Event:
    # From seed 000: the Russian Reconciliation Center's «23 جنديا سوريا قتلوا وأصيب 7 آخرون»;
    # actor1 is the rebel side on purpose: the interaction must still read "State forces-Rebel group".
    return Event(
        doc_id="000_fc843bc12e8cb1da", event_id="000_fc843bc12e8cb1da-e4",
        event_type="Battles", sub_event_type="Armed clash",
        actor1="Unidentified Armed Group (Syria)", actor2="Military Forces of Syria",
        inter1="Rebel group", inter2="State forces",
        location=Location(name="Idleb", name_ar="إدلب", admin1="Idleb", country="Syria",
                          latitude=35.93, longitude=36.63, geo_precision=3),
        event_date=date(2020, 1, 25), time_precision=2, fatalities=23, injured=7,
        sources=["Russian Reconciliation Center"], certainty="claimed",
        evidence=Span(10, 60, "أن 23 جنديا سوريا قتلوا وأصيب 7 آخرون بجروح"),
        notes='ضمن «بيان»، مع فاصلة, و"اقتباس"\nوسطر ثان',
    )


def protest_no_place() -> Event:
    return Event(doc_id="s5", event_id="s5-e1", event_type="Protests",
                 sub_event_type="Excessive force against protesters", actor1="Protesters (Syria)",
                 inter1="Protesters", event_date=date(2020, 6, 8))


def shelling_civilians() -> Event:
    return Event(doc_id="s2", event_id="s2-e1", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", actor1="Hayat Tahrir al-Sham",
                 actor2="Civilians (Syria)", inter1="Rebel group", inter2="Civilians",
                 location=Location(name="As-Suqaylabiyah", name_ar="السقيلبية", admin1="Hama", country="Syria",
                                   latitude=35.369, longitude=36.38, geo_precision=1),
                 event_date=date(2020, 2, 3), fatalities=2, injured=6, sources=["SANA"])


EVENTS = [bsida(), soldiers_killed(), protest_no_place(), shelling_civilians()]


def csv_rows(events) -> tuple[list[str], list[dict[str, str]]]:
    buf = io.StringIO(newline="")
    written = write_acled_csv(events, buf, timestamp=STAMP)
    assert written.events == len(events)
    reader = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_acled_columns_are_the_31_in_order():
    assert len(ACLED_COLUMNS) == 31
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert ACLED_COLUMNS[-4:] == ("notes", "fatalities", "tags", "timestamp")


def test_csv_round_trip_keeps_columns_values_arabic_and_quotes():
    header, rows = csv_rows(EVENTS)
    assert header == list(ACLED_COLUMNS)
    expected = [{k: "" if v is None else str(v) for k, v in row.items()} for row in export_rows(EVENTS, STAMP)]
    assert rows == expected
    notes = rows[1]["notes"]
    assert notes.endswith('ضمن «بيان»، مع فاصلة, و"اقتباس"\nوسطر ثان')
    assert "«أن 23 جنديا سوريا قتلوا وأصيب 7 آخرون بجروح»" in notes


def test_csv_values_of_the_bsida_event():
    row = csv_rows([bsida()])[1][0]
    assert row == {
        "event_id_cnty": "001_66456859eb77b8a6-e1", "event_date": "2020-01-26", "year": "2020",
        "time_precision": "1", "disorder_type": "Political violence", "event_type": "Battles",
        "sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria",
        "assoc_actor_1": "", "inter1": "State forces", "actor2": "Hayat Tahrir al-Sham", "assoc_actor_2": "",
        "inter2": "Rebel group", "interaction": "State forces-Rebel group", "civilian_targeting": "",
        "iso": "760", "region": "Middle East", "country": "Syria", "admin1": "Idleb", "admin2": "Al Ma'ra",
        "admin3": "Ma'arrat An Nu'man", "location": "Bsida", "latitude": "35.589258", "longitude": "36.652304",
        "geo_precision": "1", "source": "RT; SANA", "source_scale": "International-National",
        "notes": ("On 2020-01-26, Government regains territory: Military Forces of Syria vs Hayat Tahrir al-Sham "
                  "at Bsida (Idleb, Syria). Fatalities: 0. Certainty: reported (according to RT; SANA). "
                  f"Evidence: «{BSIDA_EVIDENCE}»"),
        "fatalities": "0", "tags": "certainty=reported; doc_id=001_66456859eb77b8a6; gazetteer_id=ocha:C3976",
        "timestamp": str(STAMP),
    }


def test_derived_columns():
    rows = list(export_rows(EVENTS, STAMP))
    assert [r["interaction"] for r in rows] == [
        "State forces-Rebel group", "State forces-Rebel group", "Protesters only", "Rebel group-Civilians"]
    assert [r["disorder_type"] for r in rows] == [
        "Political violence", "Political violence", "Political violence; Demonstrations", "Political violence"]
    assert [r["civilian_targeting"] for r in rows] == [None, None, None, "Civilian targeting"]
    assert [r["iso"] for r in rows] == [760, 760, None, 760]
    assert rows[1]["tags"] == "certainty=claimed; injured=7; doc_id=000_fc843bc12e8cb1da"
    assert rows[1]["source_scale"] == "Other"
    assert (rows[2]["location"], rows[2]["latitude"], rows[2]["geo_precision"]) == (None, None, None)


def test_disorder_types_and_interactions():
    assert disorder_type("Riots", "Mob violence") == "Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    assert interaction("External/Other forces", "State forces") == "State forces-External/Other forces"
    assert interaction(None, None) is None


def test_export_rows_accepts_store_dicts():
    as_dicts = [dict(ev.to_dict(), reports=[{"doc_id": ev.doc_id, "outlet": "RT"}]) for ev in EVENTS]
    assert list(export_rows(as_dicts, STAMP)) == list(export_rows(EVENTS, STAMP))


def test_jsonl_round_trip():
    buf = io.StringIO()
    assert write_jsonl(EVENTS, buf).events == 4
    lines = buf.getvalue().splitlines()
    assert [Event.from_dict(json.loads(line)) for line in lines] == EVENTS
    assert "بسيدا" in lines[0]  # Arabic written as is, not \\u escapes


def test_geojson_points_in_lon_lat_order_with_flat_properties():
    buf = io.StringIO()
    written = write_geojson(EVENTS, buf, timestamp=STAMP)
    assert (written.events, written.left_out) == (3, 1)
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "FeatureCollection"
    feats = doc["features"]
    assert [f["id"] for f in feats] == ["001_66456859eb77b8a6-e1", "000_fc843bc12e8cb1da-e4", "s2-e1"]
    assert feats[0]["geometry"] == {"type": "Point", "coordinates": [36.652304, 35.589258]}
    for f in feats:
        assert f["type"] == "Feature"
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())
    props = feats[0]["properties"]
    assert (props["location"], props["location_ar"], props["gazetteer_id"], props["certainty"]) == (
        "Bsida", "بسيدا", "ocha:C3976", "reported")
    assert (props["evidence"], props["evidence_start"], props["country"]) == (BSIDA_EVIDENCE, 254, "Syria")
    assert "latitude" not in props and "longitude" not in props


@pytest.mark.parametrize("lat, lon", [(95.0, 36.0), (35.0, float("nan")), (None, 36.0)])
def test_geojson_leaves_out_bad_coordinates(lat, lon):
    ev = bsida()
    ev.location.latitude, ev.location.longitude = lat, lon
    buf = io.StringIO()
    written = write_geojson([ev], buf)
    assert (written.events, written.left_out) == (0, 1)
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_write_events_dispatch():
    buf = io.StringIO()
    assert write_events([bsida()], buf, "csv").events == 1
    assert buf.getvalue().startswith(",".join(ACLED_COLUMNS) + "\r\n")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        write_events([], io.StringIO(), "xml")
