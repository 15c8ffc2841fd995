"""Text stage: tokens, sentences and clauses (placeholder until the text layer lands)."""
from marsad.doc import Doc


def run(doc: Doc, resources: object) -> None:
    return None
