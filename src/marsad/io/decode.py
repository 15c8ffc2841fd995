"""Bytes -> text for Arabic news files.

Order of attempts (the first that fits wins):

1. a byte-order mark: UTF-8 (BOM stripped), UTF-16 LE/BE, UTF-32 LE/BE;
2. NUL bytes without a BOM: rejected as ``binary file (NUL bytes)`` (UTF-16 needs its BOM);
3. strict UTF-8;
4. for HTML, the charset its ``<meta charset>`` declares, when that reading is mostly Arabic;
5. Windows-1256 (common on older Arabic sites) when the decoded letters are mostly Arabic;
6. for HTML, the declared charset even if the page is not Arabic;
7. charset-normalizer's best guess.

Text that still holds many control characters after decoding is rejected as binary.
"""
from __future__ import annotations

import codecs
import re

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MIN_ARABIC_SHARE = 0.6  # share of Arabic among non-ASCII letters for a reading to count as Arabic
MAX_CONTROL_SHARE = 0.01  # control characters (other than whitespace) allowed in text
SAMPLE_CHARS = 200_000  # the Arabic share is measured on the start of the text
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """Bytes that are not text marsad can read; the message is the one-line problem."""


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc
    return None


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII letters (0.0 when there are none).

    ASCII reads the same in every candidate encoding (and HTML markup is ASCII), so only the
    letters the encoding decides about are counted.
    """
    letters = [c for c in text[:SAMPLE_CHARS] if c > "\x7f" and c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f") / len(letters)


def decode(data: bytes, html: bool = False) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding name) or raises ``DecodeError``."""
    enc = bom_encoding(data)
    if enc:
        try:
            return _checked(data.decode(enc).lstrip("\ufeff")), enc
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid {enc.upper()} text (byte {e.start})") from None
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    text = _try(data, "utf-8")
    if text is not None:
        return _checked(text), "utf-8"
    declared = _declared_charset(data) if html else None
    for guess in ([declared] if declared else []) + ["cp1256"]:
        text = _try(data, guess)
        if text is not None and arabic_share(text) >= MIN_ARABIC_SHARE:
            return _checked(text), guess
    text = _try(data, declared) if declared else None
    if text is not None:  # a page that is not Arabic, in the charset it declares
        return _checked(text), declared  # type: ignore[return-value]
    best = _normalizer_guess(data)
    if best is None:
        raise DecodeError("cannot decode text (not UTF-8, UTF-16 or Windows-1256)")
    return _checked(best[0]), best[1]


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else (str(best), best.encoding)


def _checked(text: str) -> str:
    if not text:
        return text
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > MAX_CONTROL_SHARE:
        raise DecodeError("binary file (control characters)")
    return text
