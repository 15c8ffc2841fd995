"""Article readers: .txt, .jsonl, .html, directories of these, and ``-`` for standard input.

Problems with one input are reported through ``Problems`` and the others are still read.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from marsad.io.problems import Problems
from marsad.model import Article


def iter_articles(inputs: Iterable[str], default_published: date | None, problems: Problems) -> Iterator[Article]:
    for inp in inputs:
        if inp == "-":
            text = sys.stdin.read()
            yield Article(id="stdin", text=text, published=default_published, origin="-")
            continue
        path = Path(inp)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_file(child, default_published, problems)
        elif path.exists():
            yield from _read_file(path, default_published, problems)
        else:
            problems.report(inp, "no such file or directory")


def _read_file(path: Path, default_published: date | None, problems: Problems) -> Iterator[Article]:
    if path.suffix == ".jsonl":
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            d.setdefault("published", default_published.isoformat() if default_published else None)
            d["origin"] = f"{path}:{n}"
            yield Article.from_dict(d)
    else:
        yield Article(id=path.stem, text=path.read_text(encoding="utf-8"), published=default_published,
                      origin=str(path))
