"""Where events are written: standard output, or a file replaced atomically.

``atomic_output(path)`` writes to a hidden temporary file in the same folder and renames it over
``path`` only when the block ends normally and ``discard()`` was not called: a failed or interrupted
run never leaves a half-written file and never truncates an existing one.
"""
from __future__ import annotations

import io
import os
import secrets
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO


class AtomicFile(io.TextIOWrapper):
    """A text file that becomes ``target`` on commit; ``discard()`` drops it instead."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        super().__init__(os.fdopen(fd, "wb"), encoding="utf-8", newline="")
        self.discarded = False

    def discard(self) -> None:
        self.discarded = True

    def commit(self) -> None:
        self.flush()
        os.fsync(self.fileno())
        self.close()
        if self.target.exists():
            os.chmod(self.temp, self.target.stat().st_mode & 0o7777)
        os.replace(self.temp, self.target)

    def abort(self) -> None:
        if not self.closed:
            self.close()
        self.temp.unlink(missing_ok=True)


@contextmanager
def atomic_output(path: str | Path) -> Iterator[AtomicFile]:
    fh = AtomicFile(Path(path))
    try:
        yield fh
    except BaseException:
        fh.abort()
        raise
    if fh.discarded:
        fh.abort()
    else:
        fh.commit()


def stdout_text() -> TextIO:
    """Standard output, set to UTF-8 without newline translation where it can be (any locale)."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        try:
            out.reconfigure(encoding="utf-8", newline="")
        except (ValueError, io.UnsupportedOperation):
            pass  # already written to with another setting: keep it
    return out
