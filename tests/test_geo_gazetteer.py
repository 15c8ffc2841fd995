"""The gazetteer store: built-in default, OCHA (CSV and XLSX) and GeoNames imports, upserts,
bad files, entries for the map, the compiled cache."""
from __future__ import annotations

import csv
import subprocess
import sys
import time

import openpyxl
import pytest
from geo_helpers import OCHA_CSV, builtin_gaz, ocha_gaz, ocha_home  # noqa: F401 - fixtures

from marsad.geo.gazetteer import GazEntry, Gazetteer, GazetteerError

OCHA_HEADER = next(csv.reader(OCHA_CSV.open(encoding="utf-8-sig")))


def _ocha_rows(*pcodes: str) -> list[list[str]]:
    rows = []
    with OCHA_CSV.open(encoding="utf-8-sig") as fh:
        for row in csv.reader(fh):
            if row[OCHA_HEADER.index("Location_Pcode")] in pcodes:
                rows.append(row)
    return rows


def test_builtin_default_has_governorates_cities_and_countries(builtin_gaz):
    info = builtin_gaz.info()
    assert set(info["origins"]) == {"builtin"}
    govs = [e for e in builtin_gaz.iter_entries("builtin") if e.feature == "governorate" and e.country == "Syria"]
    assert len(govs) == 14
    abroad = {e.name for e in builtin_gaz.iter_entries("builtin") if e.feature == "governorate" and e.country != "Syria"}
    assert abroad == {"Hadramawt", "Shabwah", "Al Mahrah", "Socotra", "Borno", "Ghazni", "Helmand", "Lower Shabelle",
                      "Sharqia", "Anbar", "Diyala", "Nineveh", "Salah ad Din", "Babil", "Khost", "North Darfur",
                      "South Darfur", "West Darfur", "Gezira", "Wasit", "Maysan", "Al-Muthanna", "Al-Qadisiyah",
                      "Dhi Qar", "Al Jufra", "Hiiraan", "Abyan", "Al Bayda (Yemen)", "Al Jawf (Yemen)",
                      "Middle Shabelle", "Lower Juba", "Middle Juba", "Gedo", "Galgaduud", "Beqaa",
                      "North Kordofan", "South Kordofan", "West Kordofan", "Central Darfur", "East Darfur",
                      "Blue Nile", "White Nile", "River Nile", "Northern (Sudan)"}  # places_abroad.tsv
    assert {g.name_ar for g in govs} >= {"إدلب", "حماة", "حلب", "اللاذقية", "ريف دمشق"}
    idlib = [e for e in builtin_gaz.lookup("إدلب") if e.feature == "city"]
    assert idlib and idlib[0].id == "builtin:gn:169389" and idlib[0].admin1 == "Idleb"
    assert [e.id for e in builtin_gaz.lookup("ادلب")] == [e.id for e in builtin_gaz.lookup("إدلب")]
    assert builtin_gaz.lookup("Idlib")[0].admin1 == "Idleb"
    assert builtin_gaz.get("builtin:country:TR").name_ar == "تركيا"
    assert builtin_gaz.lookup("جنيف")[0].country == "Switzerland"


def test_ocha_import_counts_and_upsert_is_idempotent(ocha_gaz):
    info = ocha_gaz.info()
    assert info["origins"]["ocha"]["entries"] == 7693
    gen = ocha_gaz.generation
    names = info["origins"]["ocha"]["names"]
    again = ocha_gaz.import_file(OCHA_CSV)
    assert again == {"origin": "ocha", "kind": "ocha-csv", "entries": 7693, "changed": False}
    after = ocha_gaz.info()
    assert ocha_gaz.generation == gen
    assert after["origins"]["ocha"]["names"] == names
    e = ocha_gaz.get("ocha:C3976")
    assert (e.name, e.name_ar, e.admin1, e.admin2) == ("Bsida", "بسيدا", "Idleb", "Al Ma'ra")
    assert (e.latitude, e.longitude) == (35.589258, 36.652304)


def test_ocha_names_strip_district_suffix_and_split_pairs(ocha_gaz):
    assert [e.id for e in ocha_gaz.lookup("معراتة - مركز معرة النعمان")] == ["ocha:C6598"]
    ids = {e.id for e in ocha_gaz.lookup("معراتة")}
    assert {"ocha:C6598", "ocha:C4307", "ocha:C1384", "ocha:C8410"} <= ids
    m = ocha_gaz.matcher
    assert [i for i, _ in m.lookup_key("معراتة") if i.startswith("ocha:")] != []
    pair = [r for r in OCHA_CSV.open(encoding="utf-8-sig") if "زردنا_مشهد" in r]
    assert pair, "the OCHA list joins زردنا and مشهد"
    assert {i for i, _ in m.lookup_key("زردنا")} & {i for i, _ in m.lookup_key("مشهد")}


def test_xlsx_import_with_the_ocha_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(OCHA_HEADER)
    for row in _ocha_rows("C3976", "C3931", "C3947"):
        ws.append([float(v) if h in ("Latitude_y", "Longitude_x") else v for h, v in zip(OCHA_HEADER, row)])
    path = tmp_path / "Locations.xlsx"
    wb.save(path)
    gaz = Gazetteer.load(tmp_path / "home")
    result = gaz.import_file(path)
    assert result["kind"] == "ocha-xlsx" and result["entries"] == 3
    assert gaz.get("ocha:C3931").name_ar == "معردبسي"
    assert gaz.get("ocha:C3976").latitude == 35.589258
    assert gaz.info()["origins"]["ocha"]["entries"] == 3


GEONAMES_ROWS = [
    "164816\tSaraqib\tSaraqib\tSaraqeb,سراقب\t35.86472\t36.80056\tP\tPPL\tSY\t\t12\t\t\t\t34231\t\t348\tAsia/Damascus\t2012-01-18",
    "2660646\tGeneva\tGeneva\tGeneve,جنيف\t46.20222\t6.14569\tP\tPPLA\tCH\t\tGE\t\t\t\t183981\t\t375\tEurope/Zurich\t2020-01-01",
    "9999999\tSmall\tSmall\tSmallish\t46.0\t7.0\tP\tPPL\tCH\t\tGE\t\t\t\t20\t\t375\tEurope/Zurich\t2020-01-01",
]


def test_geonames_dump_import(tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join(GEONAMES_ROWS) + "\n", encoding="utf-8")
    gaz = Gazetteer.load(tmp_path / "home")
    result = gaz.import_file(dump)
    assert result == {"origin": "geonames", "kind": "geonames", "entries": 2, "changed": True}
    saraqib = gaz.get("geonames:164816")
    assert (saraqib.name_ar, saraqib.admin1, saraqib.country, saraqib.population) == ("سراقب", "Idleb", "Syria", 34231)
    assert gaz.get("geonames:9999999") is None  # a hamlet abroad without an Arabic name is left out
    assert "geonames:2660646" in {e.id for e in gaz.lookup("جنيف")}
    assert gaz.import_file(dump)["changed"] is False


def test_bad_file_leaves_the_store_untouched(tmp_path):
    gaz = Gazetteer.load(tmp_path / "home")
    before = gaz.info()["origins"]
    bad = tmp_path / "cities500.txt"
    bad.write_text(GEONAMES_ROWS[0] + "\n" + "1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"cities500.txt:2: expected 19 tab-separated GeoNames columns, found 3"):
        gaz.import_file(bad)
    assert gaz.info()["origins"] == before
    assert gaz.get("geonames:164816") is None  # row 1 was rolled back
    csvbad = tmp_path / "communities.csv"
    csvbad.write_text(",".join(OCHA_HEADER) + "\n" + ",".join(_ocha_rows("C3976")[0][:-2] + ["north", "east"]) + "\n",
                      encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"communities.csv:2: latitude/longitude are not numbers"):
        gaz.import_file(csvbad)
    assert gaz.info()["origins"] == before


def test_cli_import_error_is_one_line_with_nonzero_exit(tmp_path):
    bad = tmp_path / "places.csv"
    bad.write_text("name,lat\nفلان,1\n", encoding="utf-8")
    env = {"MARSAD_HOME": str(tmp_path / "home"), "PATH": ""}
    run = subprocess.run([sys.executable, "-m", "marsad.cli", "gazetteer", "import", str(bad)],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0
    assert run.stderr.startswith(f"marsad: {bad}: not a gazetteer file marsad knows")


def test_cli_info_reports_origins(ocha_home):
    env = {"MARSAD_HOME": str(ocha_home), "PATH": ""}
    run = subprocess.run([sys.executable, "-m", "marsad.cli", "gazetteer", "info"], capture_output=True, text=True, env=env)
    assert run.returncode == 0
    assert "ocha: 7693 entries" in run.stdout and "builtin: " in run.stdout


def test_entries_for_the_map(ocha_gaz):
    points = ocha_gaz.admin1_points()
    assert len(points) == 14
    assert len(points["Idleb"]) > 400
    lats = [p[0] for p in points["Idleb"]]
    assert 35.0 < min(lats) and max(lats) < 36.7
    first = next(ocha_gaz.iter_entries("ocha"))
    assert isinstance(first, GazEntry) and first.id.startswith("ocha:C")


def test_compiled_gazetteer_loads_fast_from_its_cache(ocha_home):
    code = ("import time,sys; from pathlib import Path; from marsad.geo.gazetteer import Gazetteer; "
            "t=time.perf_counter(); g=Gazetteer.load(Path(sys.argv[1])); g.compiled; g.lexicon; "
            "print(time.perf_counter()-t)")
    run = subprocess.run([sys.executable, "-c", code, str(ocha_home)], capture_output=True, text=True, check=True)
    assert float(run.stdout) < 1.0
