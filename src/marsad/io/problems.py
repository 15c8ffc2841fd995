"""Collects one-line problems about inputs ("FILE[:LINE]: problem") and prints them to stderr."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Problems:
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    lines: list[str] = field(default_factory=list)

    def report(self, where: str, problem: str, line: int | None = None) -> None:
        loc = f"{where}:{line}" if line is not None else where
        msg = f"marsad: {loc}: {problem}"
        self.lines.append(msg)
        print(msg, file=self.stream, flush=True)

    def __bool__(self) -> bool:
        return bool(self.lines)
