"""Body fingerprints: the same wire story republished under another header is one article.

Outlets republish agency copy with their own title, dateline or lead line and the same body.
The article text is cut into sentence-like pieces (at ``.``, ``!``, ``?``, ``؟`` followed by
space, and at line breaks); each piece is normalised (``marsad.text.normalize``: diacritics,
alef/ya/ta marbuta forms, digits) and reduced to its words. The fingerprint of an article is
the SHA-256 of its pieces *after the first k* (k = 1 and k = 2), so two texts whose first one or
two pieces differ (a title line, a dateline, a rewritten lead) and whose remaining pieces are
the same, word for word, share a fingerprint. Bodies shorter than ``MIN_BODY_WORDS`` words get
no fingerprint: too little text to call two articles the same story. Changes inside the body
(an added closing paragraph, an edited sentence) are not caught: that is a different text.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from marsad.text.normalize import normalize

MIN_BODY_WORDS = 20
SKIPS = (1, 2)

_BREAK = re.compile(r"(?<=[.!?؟])\s+|\n+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    skip: int  # pieces dropped from the start (the header)
    hash: str
    body_start: int  # offset in the original text where the fingerprinted body starts


def pieces(text: str) -> list[tuple[int, str]]:
    """(start offset, normalised words) of each non-empty sentence-like piece of ``text``."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        _add_piece(out, text, pos, m.start())
        pos = m.end()
    _add_piece(out, text, pos, len(text))
    return out


def _add_piece(out: list[tuple[int, str]], text: str, start: int, end: int) -> None:
    words = " ".join(_WORD.findall(normalize(text[start:end])))
    if words:
        out.append((start, words))


def fingerprints(text: str) -> list[Fingerprint]:
    """The body fingerprints of ``text`` (empty for short texts)."""
    ps = pieces(text)
    out: list[Fingerprint] = []
    for skip in SKIPS:
        body = ps[skip:]
        if sum(p[1].count(" ") + 1 for p in body) < MIN_BODY_WORDS:
            continue
        digest = hashlib.sha256("\n".join(p[1] for p in body).encode("utf-8")).hexdigest()
        out.append(Fingerprint(skip, digest, body[0][0]))
    return out
