"""Readers for the gazetteer files ``marsad gazetteer import`` understands.

- The OCHA Syria communities list (populated places), as CSV or as the original XLSX: one row
  per community with admin levels 1-4 in English and Arabic, its P-code (``Location_Pcode`` /
  ``admin4Pcode``), ``LocationName_ar`` and coordinates. Ids are ``ocha:<P-code>``.
- GeoNames dumps (``SY.txt``, ``cities500.txt``, ``allCountries.txt``, or a ``.zip`` holding
  one): tab-separated, 19 columns, alternate names in column 4. Big files are streamed. Syria
  is kept whole; elsewhere populated places and admin units with an Arabic name, and large
  places (100,000 people or more), so that allCountries stays a useful size. Ids are
  ``geonames:<geonameid>``.

Rows are yielded lazily; any problem raises ``GazetteerError("FILE:LINE: problem")`` and the
caller's transaction leaves the store untouched.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from marsad.geo.builtin import GEONAMES_SY_ADMIN1, NEIGHBOURS, countries_by_code, rank_of
from marsad.geo.gazetteer import GazEntry, GazetteerError, PlaceName
from marsad.geo.names import is_arabic_name, main_arabic_name

Row = tuple[GazEntry, list[PlaceName]]

OCHA_REQUIRED = ("admin1Name_en", "LocationName_ar")
OCHA_PCODE = ("Location_Pcode", "admin4Pcode")
OCHA_LAT = ("Latitude_y", "Latitude", "latitude", "Lat", "lat")
OCHA_LON = ("Longitude_x", "Longitude", "longitude", "Lon", "Long", "lon")


@dataclass
class Source:
    origin: str
    kind: str
    rows: Callable[[], Iterator[Row]]


def open_source(path: Path, kind: str | None = None) -> Source:
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.is_dir():
        raise GazetteerError(f"{path}: is a directory, not a gazetteer file")
    suffix = path.suffix.lower()
    kind = kind or _sniff(path, suffix)
    if kind == "ocha-xlsx":
        return Source("ocha", kind, lambda: ocha_rows(path, _xlsx_records(path)))
    if kind == "ocha-csv":
        return Source("ocha", kind, lambda: ocha_rows(path, _csv_records(path)))
    if kind == "geonames":
        return Source("geonames", kind, lambda: geonames_rows(path, _geonames_lines(path)))
    raise GazetteerError(f"{path}: unknown gazetteer format {kind!r}")


def _sniff(path: Path, suffix: str) -> str:
    if suffix in (".xlsx", ".xlsm"):
        return "ocha-xlsx"
    if suffix == ".zip":
        return "geonames"
    try:
        with path.open(encoding="utf-8-sig") as fh:
            head = fh.readline()
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text, nor an XLSX workbook") from None
    if "Pcode" in head or "LocationName" in head:
        return "ocha-csv"
    if head.count("\t") == 18:
        return "geonames"
    raise GazetteerError(
        f"{path}: not a gazetteer file marsad knows (expected the OCHA communities list with a "
        f"Location_Pcode column, or a GeoNames dump with 19 tab-separated columns)")


# ---- OCHA ---------------------------------------------------------------------------------------


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            yield reader.line_num, row


def _xlsx_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds
        raise GazetteerError(f"{path}: cannot read the workbook ({type(exc).__name__}: {exc})") from None
    try:
        ws = wb.active
        header: list[str] | None = None
        for n, values in enumerate(ws.iter_rows(values_only=True), 1):
            cells = ["" if v is None else str(v).strip() for v in values]
            if header is None:
                if any(c in OCHA_PCODE for c in cells):
                    header = cells
                elif n > 20:
                    break
                continue
            if any(cells):
                yield n, dict(zip(header, cells))
        if header is None:
            raise GazetteerError(f"{path}: no header row with a Location_Pcode column in the first sheet")
    finally:
        wb.close()


def _pick(row: dict[str, str], names: Iterable[str]) -> str | None:
    for n in names:
        if n in row:
            return row[n]
    return None


def _clean_en(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", name or "").strip()


def ocha_rows(path: Path, records: Iterator[tuple[int, dict[str, str]]]) -> Iterator[Row]:
    checked = False
    for line, row in records:
        if not checked:
            missing = [c for c in OCHA_REQUIRED if c not in row]
            if _pick(row, OCHA_PCODE) is None:
                missing.append("Location_Pcode")
            if _pick(row, OCHA_LAT) is None or _pick(row, OCHA_LON) is None:
                missing.append("Latitude/Longitude")
            if missing:
                raise GazetteerError(f"{path}: not an OCHA communities list (missing column {', '.join(missing)})")
            checked = True
        pcode = (_pick(row, OCHA_PCODE) or "").strip()
        if not pcode:
            raise GazetteerError(f"{path}:{line}: row without a P-code")
        try:
            lat, lon = float(_pick(row, OCHA_LAT) or ""), float(_pick(row, OCHA_LON) or "")
        except ValueError:
            raise GazetteerError(f"{path}:{line}: latitude/longitude are not numbers") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{path}:{line}: latitude/longitude out of range")
        yield _ocha_entry(row, pcode, lat, lon)


def _ocha_entry(row: dict[str, str], pcode: str, lat: float, lon: float) -> Row:
    g = row.get
    loc_ar = (g("LocationName_ar") or "").strip()
    adm4_ar = (g("admin4Name_ar") or "").strip()
    name_en = _clean_en(g("LocationName_en") or g("admin4Name_en") or g("Column1") or pcode)
    name_ar = adm4_ar or loc_ar.split(" - ")[0].strip()
    a1, a2, a3 = (g("admin1Name_en") or None), (g("admin2Name_en") or None), (g("admin3Name_en") or None)
    # communities that give their name to their governorate, district or subdistrict are towns
    plain = name_ar.split("_")[0]
    bonus = 0.0
    for level, value in ((1, 2.5), (2, 2.0), (3, 1.5)):
        if plain and plain in {(g(f"admin{level}Name_ar") or "").strip(), (g(f"admin{level}Name_ar") or "").replace("مركز ", "").strip()}:
            bonus = value
            break
    entry = GazEntry(
        id=f"ocha:{pcode}", name=name_en, name_ar=name_ar, feature="community", admin1=a1, admin2=a2,
        admin3=a3, country="Syria", latitude=lat, longitude=lon, rank=rank_of("community", None, bonus),
        pcode=pcode)
    names = {PlaceName(n, "ar") for n in (loc_ar, adm4_ar) if n}
    names |= {PlaceName(_clean_en(n), "en") for n in (g("LocationName_en"), g("admin4Name_en"), g("Column1")) if n}
    return entry, sorted(names, key=lambda p: (p.lang, p.text))


# ---- GeoNames -----------------------------------------------------------------------------------


def _geonames_lines(path: Path) -> Iterator[tuple[int, str]]:
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise GazetteerError(f"{path}: not a zip archive") from None
        with zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise GazetteerError(f"{path}: the archive holds no GeoNames .txt dump")
            with zf.open(members[0]) as raw:
                yield from enumerate(io.TextIOWrapper(raw, encoding="utf-8"), 1)
        return
    try:
        with path.open(encoding="utf-8") as fh:
            yield from enumerate(fh, 1)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from None


_FEATURES = {"ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict", "PCLI": "country"}


def _feature(fclass: str, fcode: str, population: int) -> str:
    if fclass == "P":
        return "city" if population >= 10000 or fcode in ("PPLC", "PPLA", "PPLA2") else "community"
    if fclass == "A":
        return _FEATURES.get(fcode, "region")
    if fclass == "S":
        return "facility"
    return "region"


def geonames_rows(path: Path, lines: Iterator[tuple[int, str]]) -> Iterator[Row]:
    countries = countries_by_code()
    for line, text in lines:
        text = text.rstrip("\n").rstrip("\r")
        if not text:
            continue
        cols = text.split("\t")
        if len(cols) != 19:
            raise GazetteerError(f"{path}:{line}: expected 19 tab-separated GeoNames columns, found {len(cols)}")
        gid, name, _ascii, alt, lat, lon, fclass, fcode, cc = cols[:9]
        try:
            population = int(cols[14] or 0)
            latitude, longitude = float(lat), float(lon)
        except ValueError:
            raise GazetteerError(f"{path}:{line}: latitude, longitude or population is not a number") from None
        if not gid.isdigit():
            raise GazetteerError(f"{path}:{line}: geonameid {gid!r} is not a number")
        alternates = [a for a in alt.split(",") if a]
        arabic = sorted({a for a in alternates if is_arabic_name(a)})
        if not _keep(cc, fclass, population, bool(arabic)):
            continue
        feature = _feature(fclass, fcode, population)
        admin1 = GEONAMES_SY_ADMIN1.get(cols[10]) if cc == "SY" else None
        entry = GazEntry(
            id=f"geonames:{gid}", name=name, name_ar=main_arabic_name(arabic, name), feature=feature,
            admin1=admin1, country=countries.get(cc, cc or None), latitude=latitude, longitude=longitude,
            rank=rank_of(feature, population, 1.5 if fcode == "PPLC" else 0.0), population=population or None)
        names = [PlaceName(a, "ar") for a in arabic] + [PlaceName(name, "en")]
        names += [PlaceName(a, "en") for a in sorted({a for a in alternates if a.isascii()} - {name})[:10]]
        yield entry, names


def _keep(cc: str, fclass: str, population: int, arabic: bool) -> bool:
    if cc == "SY":
        return True
    if fclass not in ("P", "A"):
        return False
    return (arabic and cc in NEIGHBOURS) or (arabic and population >= 1000) or population >= 100000
