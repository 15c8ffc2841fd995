"""``marsad extract``: articles in, events out, streamed one article at a time.

Exit status: 0 when every input was read, 1 when any input had a problem (the events of the
good inputs are still written), 2 for usage errors (raised by the command line before this runs).
With ``--out`` the file is replaced atomically at the end (``marsad.io.output``); when no input at
all could be read it is left as it was.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable, Iterator, TextIO

from marsad.doc import Doc
from marsad.export import write_events
from marsad.export.base import Written
from marsad.io.output import atomic_output, stdout_text
from marsad.io.problems import Problems
from marsad.io.readers import DEFAULT_MAX_BYTES, iter_articles
from marsad.io.samples import sample_paths
from marsad.model import Article, Event

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline


def check_out(out: str | None, inputs: Iterable[str]) -> str | None:
    """What is wrong with ``--out`` (a usage error), or None."""
    if out is None:
        return None
    target = Path(out)
    folder = target.parent
    if not folder.is_dir():
        return f"folder '{folder}' does not exist"
    if not os.access(folder, os.W_OK):
        return f"folder '{folder}' is not writable"
    for inp in inputs:
        if inp != "-" and target.exists() and Path(inp).is_file() and Path(inp).samefile(target):
            return f"'{out}' is also an input; marsad does not overwrite its inputs"
    return None


@dataclass
class ExtractRun:
    """One ``marsad extract`` run: what to read, how to write it, and what happened."""

    inputs: list[str]
    published: date | None = None
    fmt: str = "jsonl"
    out: str | None = None
    samples: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin: BinaryIO | None = None
    problems: Problems = field(default_factory=Problems)
    articles: int = 0
    written: Written = field(default_factory=Written)

    def run(self) -> int:
        from marsad.pipeline import Pipeline, PipelineError

        pipeline = Pipeline.default()
        try:
            pipeline.warm_up()
        except PipelineError as err:  # nothing could be extracted: say it once, touch no output
            self._note(str(err))
            return 1
        with sample_paths() as samples:
            inputs = [str(p) for p in samples] * self.samples + self.inputs
            articles = iter_articles(inputs, self.published, self.problems, max_bytes=self.max_bytes,
                                     stdin=self.stdin)
            events = self._events(pipeline, articles)
            if self.out:
                self._write_file(events)
            elif not self._write_stdout(events):
                return 1
        self._summary()
        return 1 if self.problems else 0

    def _write_stdout(self, events: Iterable[Event]) -> bool:
        """False when the reader went away (``marsad extract ... | head``): stop quietly."""
        out = stdout_text()
        try:
            self.written = write_events(events, out, self.fmt)
            out.flush()
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)  # so that the exit flush does not fail again
            os.dup2(devnull, out.fileno())
            return False
        return True

    def _write_file(self, events: Iterable[Event]) -> None:
        with atomic_output(self.out) as fh:  # type: ignore[arg-type]
            self.written = write_events(events, fh, self.fmt)
            if self.articles == 0 and self.problems:
                fh.discard()

    def _events(self, pipeline: "Pipeline", articles: Iterable[Article]) -> Iterator[Event]:
        for doc in self._docs(pipeline, articles):
            yield from doc.events

    def _docs(self, pipeline: "Pipeline", articles: Iterable[Article]) -> Iterator[Doc]:
        for article in articles:
            self.articles += 1
            try:
                doc = pipeline(article)
            except Exception as e:  # a failing stage must not cost the other articles
                self.problems.report(article.origin or article.id,
                                     f"could not process article ({type(e).__name__}: {e})")
                continue
            yield doc

    def _summary(self) -> None:
        if self.written.left_out:
            self._note(f"{self.written.left_out} event(s) without coordinates left out of the GeoJSON")
        if self.out and self.articles == 0 and self.problems:
            self._note(f"{self.out}: not written (no input could be read)")

    def _note(self, line: str) -> None:
        stream: TextIO = self.problems.stream
        print(f"marsad: {line}", file=stream, flush=True)
