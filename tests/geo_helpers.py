"""Shared fixtures of the geo tests: a data directory with only the built-in gazetteer and one
with the OCHA communities list imported from ../shared (built once per test session)."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.doc import Doc
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.recognise import PlaceRecogniser
from marsad.model import Article

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
OCHA_CSV = SHARED / "data" / "ocha_syria" / "communities.csv"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "dev"


def _home(tmp_path_factory, name: str, ocha: bool) -> Path:
    """One data directory per test session, shared by the geo test modules (each module
    imports these fixtures, so pytest would otherwise build them once per module)."""
    home = tmp_path_factory.getbasetemp() / name
    if not (home / "ready").exists():
        gaz = Gazetteer.load(home)
        if ocha:
            gaz.import_file(OCHA_CSV)
        gaz.compiled  # noqa: B018 - compile and pickle once
        gaz.close()
        (home / "ready").write_text("ok")
    return home


@pytest.fixture(scope="session")
def builtin_gaz(tmp_path_factory) -> Gazetteer:
    return Gazetteer.load(_home(tmp_path_factory, "geo_builtin_home", ocha=False))


@pytest.fixture(scope="session")
def ocha_home(tmp_path_factory) -> Path:
    return _home(tmp_path_factory, "geo_ocha_home", ocha=True)


@pytest.fixture(scope="session")
def ocha_gaz(ocha_home) -> Gazetteer:
    return Gazetteer.load(ocha_home)


def places(gaz: Gazetteer, text: str) -> list:
    doc = Doc.from_article(Article(id="t", text=text))
    return PlaceRecogniser(gaz)(doc)


def by_text(mentions: list) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out
