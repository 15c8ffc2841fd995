"""Reading marsad's knowledge files (the YAML under ``marsad/data``), shared by every lexicon.

An analyst edits these files by hand, so every problem is one line naming the file and, for a
YAML mistake, the line: ``.../cues.yaml:12: not valid YAML (expected ',' or ']')``. A list the
code needs and the file lacks is ``.../cues.yaml: missing the list 'toll'`` when it is asked for.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# the C loader when PyYAML was built with libyaml: the actor lexicon alone is 5,000 lines
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """A key written twice in one mapping is a mistake («window: 4» then «window: 7»: YAML
    keeps the last and the first is lost without a word): a one-line error naming the key."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is written twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


_LOADER = _Loader


class KnowledgeError(ValueError):
    """A knowledge file is missing, malformed or lacks a list (the message names the file)."""


class Section(dict):
    """A mapping read from ``path`` whose missing keys are a one-line ``KnowledgeError``."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.path = path

    def __missing__(self, key: str) -> Any:
        raise KnowledgeError(f"{self.path}: missing the list {key!r}")


def read_yaml(path: Path) -> Section:
    """The top-level mapping of the YAML file ``path``."""
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: knowledge file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise KnowledgeError(f"{path}{where}: not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping at the top level")
    return Section(path, data)
