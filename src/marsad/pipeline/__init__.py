"""The pipeline: named stages run in order over a ``Doc``.

    normalize -> tokenize -> recognise -> resolve -> extract -> merge

Each stage is a plain function ``stage(doc, resources) -> None`` living in the package of its
task (``marsad.text``, ``marsad.geo``, ``marsad.actors``, ``marsad.events``); find the stage of
a bug by its name in ``STAGES``.
"""
from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from marsad.doc import Doc
from marsad.model import Article
from marsad.pipeline.resources import Resources

Stage = Callable[[Doc, Resources], None]


class PipelineError(Exception):
    """The pipeline cannot run at all: a knowledge file (actors, triggers, places) or the
    gazetteer could not be loaded. Said once, before the first article, not once per article."""

# (name, "module:function"), in the order they run.
STAGES: tuple[tuple[str, str], ...] = (
    ("text", "marsad.text.stage:run"),  # tokens, sentences, clauses
    ("dates", "marsad.text.dates:stage"),  # date expressions resolved against publication
    ("numbers", "marsad.text.numbers:stage"),  # quantities with their counted nouns (not in dates)
    ("places", "marsad.geo.recognise:stage"),  # place mentions, resolved to the gazetteer
    ("actors", "marsad.actors.recognise:stage"),  # actors, people, outlets
    ("events", "marsad.events.extract:stage"),  # triggers + arguments -> events
    ("merge", "marsad.events.merge:stage"),  # same event told twice in one article -> one
)


def _load(ref: str) -> Stage:
    module, _, func = ref.partition(":")
    return getattr(importlib.import_module(module), func)


@dataclass
class Pipeline:
    resources: Resources
    stages: list[tuple[str, Stage]] = field(default_factory=list)

    @classmethod
    def default(cls, resources: Resources | None = None, until: str | None = None) -> "Pipeline":
        """The full pipeline, or the stages up to and including ``until``."""
        stages: list[tuple[str, Stage]] = []
        for name, ref in STAGES:
            stages.append((name, _load(ref)))
            if name == until:
                break
        return cls(resources or Resources.default(), stages)

    def __call__(self, article: Article) -> Doc:
        doc = Doc.from_article(article)
        for _name, stage in self.stages:
            stage(doc, self.resources)
        return doc

    def warm_up(self) -> None:
        """Load every resource the stages use (by running a short article through them), then
        move the loaded, long-lived lexicons and gazetteer out of the garbage collector's way
        (``gc.freeze``): otherwise each collection re-scans millions of objects that never die,
        and that time lands on whichever stage happens to allocate.

        Raises ``PipelineError`` (one line: the file and the problem) when that fails."""
        try:
            self(Article(id="warm-up", text="سيطر الجيش السوري أمس على قرية الهبيط بريف إدلب."))
        except Exception as err:
            from marsad.geo.gazetteer import GazetteerError
            from marsad.io.knowledge import KnowledgeError

            # the knowledge files and the gazetteer name the file in their one-line messages
            said = str(err) if isinstance(err, (KnowledgeError, GazetteerError)) else f"{type(err).__name__}: {err}"
            raise PipelineError(f"cannot start the pipeline: {said}") from err
        gc.collect()
        gc.freeze()

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        self.warm_up()
        for article in articles:
            yield self(article)
