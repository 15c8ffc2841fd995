"""Where marsad keeps its data: ``$MARSAD_HOME`` when set, else the user data directory."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_home() -> Path:
    env = os.environ.get("MARSAD_HOME")
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("marsad"))


def default_country() -> str | None:
    """``$MARSAD_COUNTRY``: the country an article is about when its text names none (an English
    name of data/actors/countries.yaml, e.g. "Iraq"); unset, the lexicon's default (Syria)."""
    return os.environ.get("MARSAD_COUNTRY") or None
