"""Text stage: fills ``doc.tokens`` (``marsad.text.tokenize.Token``) and ``doc.sentences``
(``marsad.text.sentences.Sentence`` with their clauses), offsets into the original text."""
from __future__ import annotations

from marsad.doc import Doc
from marsad.pipeline.resources import Resources
from marsad.text.sentences import split_sentences


def run(doc: Doc, resources: Resources) -> None:
    doc.tokens = resources.text.tokenizer.tokenize_norm(doc.norm)
    doc.sentences = split_sentences(doc.text)
