"""Events as JSON Lines: one ``Event.to_dict()`` per line (../shared/docs/contract.md), UTF-8, Arabic as is."""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from marsad.export.base import Written
from marsad.model import Event


def write_jsonl(events: Iterable[Event | dict[str, Any]], fh: TextIO) -> Written:
    written = Written()
    for ev in events:
        record = ev.to_dict() if isinstance(ev, Event) else ev
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        written.events += 1
    return written
