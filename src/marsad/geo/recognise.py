"""Placeholder stage until its owner lands it."""


def stage(doc, resources) -> None:
    return None


def place_records(doc) -> list[dict]:
    return []
