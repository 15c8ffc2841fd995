"""The sample articles shipped with marsad (``marsad/samples/``), for ``marsad extract --samples``."""
from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

SAMPLE_FILES = ("articles.jsonl",)


@contextmanager
def sample_paths() -> Iterator[list[Path]]:
    """Real file paths of the sample files while the context is open (works from a zip too)."""
    root = resources.files("marsad").joinpath("samples")
    with resources.as_file(root) as folder:
        yield [Path(folder) / name for name in SAMPLE_FILES]
