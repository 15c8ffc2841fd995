"""A broken copy of marsad's event knowledge, as an analyst's edit might leave it."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable


def broken_knowledge(tmp_path: Path, monkeypatch, name: str, edit: Callable[[str], str]) -> Path:  # type: ignore[no-untyped-def]
    """Copy the event knowledge files (triggers, cues, attribution) to ``tmp_path``, rewrite
    ``name`` with ``edit`` and make marsad read the copy; returns the broken file."""
    from marsad.events import triggers

    folder = tmp_path / "knowledge"
    folder.mkdir()
    for each in ("triggers.yaml", "cues.yaml", "attribution.yaml"):
        shutil.copy(triggers.DATA_DIR / each, folder / each)
    broken = folder / name
    broken.write_text(edit(broken.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setattr(triggers, "DATA_DIR", folder)
    return broken
