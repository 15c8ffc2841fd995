"""``Doc``: one article flowing through the pipeline stages, spaCy-style.

Stages add to it: tokens and sentences (text layer), mentions (recognisers and resolvers),
events (extraction and merging). Nothing in a Doc is global; a stage reads what earlier
stages wrote and the shared, read-only ``Resources``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.model import Article, Event, Mention
from marsad.text.normalize import NormText, normalize_with_map


@dataclass
class Doc:
    article: Article
    norm: NormText
    tokens: list[Any] = field(default_factory=list)  # marsad.text.tokenize.Token
    sentences: list[Any] = field(default_factory=list)  # marsad.text.sentences.Sentence
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article) -> "Doc":
        return cls(article=article, norm=normalize_with_map(article.text))

    @property
    def text(self) -> str:
        return self.article.text

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        return mention
