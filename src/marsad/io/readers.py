"""Article readers: .txt, .jsonl, .html, directories of these, and ``-`` for standard input.

Each input that cannot be read gives ONE line through ``Problems`` ("marsad: FILE[:LINE]: problem")
and the other inputs are still read. The rules:

- ``.txt``: one article; id = the file stem; published = the ``--published`` default.
- ``.jsonl``: one article per line, ``{"id", "text", "published"?, "source"?, "url"?, "title"?}``,
  read line by line (a 50 MB file is streamed, never loaded whole). A line without ``id`` gets
  ``"<stem>:<line>"``; ``published`` may be ``YYYY-MM-DD`` or an ISO date-time (its date is kept);
  null or absent means the ``--published`` default. A bad line is reported with its number and
  skipped; blank lines are ignored.
- ``.html``/``.htm``: one article (``marsad.io.html``); the page's own publication date wins over
  the default; id = the file stem.
- a directory: every ``.txt``/``.jsonl``/``.html``/``.htm`` below it, in path order. Hidden files and
  folders (name starting with ``.``) are ignored silently; any other file is reported
  (``skipped: unknown file type``) so that nothing is dropped without a word.
- a file named explicitly with another extension (or none) and ``-`` (standard input) are sniffed:
  JSONL when the first non-blank line is a JSON object, HTML when the text starts with
  ``<!doctype html`` or ``<html``, else one text article (id = the stem, or ``stdin``).
- decoding: see ``marsad.io.decode`` (UTF-8, BOMs, UTF-16, Windows-1256, charset-normalizer).
- size: an article (a file, one JSONL line, standard input) may be at most ``max_bytes`` bytes,
  5 MB by default; a larger one is reported as ``article too large (52.4 MB > 5 MB limit)``.
- ids are unique per run: a derived id (stem, stem:line, stdin) that is taken gets ``~2``, ``~3``...;
  an explicit JSONL id seen before is reported as a duplicate and that line skipped.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from marsad.io.decode import DecodeError, bom_encoding, decode
from marsad.io.html import parse_html
from marsad.io.problems import Problems
from marsad.model import Article

DEFAULT_MAX_BYTES = 5_000_000
SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
MAX_LINE_PROBLEMS = 20  # per file; more are counted, not printed
SNIFF_BYTES = 8192
CHUNK = 1 << 20
OPTIONAL_FIELDS = ("source", "url", "title")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])")
_JSON_OBJECT_START = re.compile(r'\{\s*"')
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)", re.I | re.S)


def iter_articles(inputs: Iterable[str], default_published: date | None, problems: Problems, *,
                  max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles from ``inputs`` (paths or ``-``), reporting unreadable ones to ``problems``."""
    reader = Reader(default_published, problems, max_bytes, stdin)
    for inp in inputs:
        yield from reader.read(inp)


def parse_published(value: Any) -> date:
    """``YYYY-MM-DD`` or an ISO date-time (its date part); ValueError otherwise."""
    m = _ISO_DATE.match(value) if isinstance(value, str) else None
    if m is None:
        raise ValueError(value)
    return date.fromisoformat(m.group(1))


def format_size(n: int) -> str:
    """52400000 -> '52.4 MB', 5000000 -> '5 MB', 1500 -> '1.5 kB'."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} bytes"


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


@dataclass
class Reader:
    """Reads inputs one after another; holds the ids used so far in this run."""

    default_published: date | None
    problems: Problems
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin: BinaryIO | None = None
    ids: dict[str, str] = field(default_factory=dict)  # id -> where it was first used

    def read(self, inp: str) -> Iterator[Article]:
        if inp == "-":
            yield from self._stdin()
            return
        path = Path(inp)
        if path.is_dir():
            yield from self._directory(path)
        elif path.exists():
            yield from self._file(path, SUFFIXES.get(path.suffix.lower(), "sniff"))
        else:
            self.problems.report(inp, "no such file or directory")

    # -- inputs ---------------------------------------------------------------------------------

    def _directory(self, root: Path) -> Iterator[Article]:
        found = False
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            kind = SUFFIXES.get(path.suffix.lower())
            if kind is None:
                self.problems.report(str(path), f"skipped: unknown file type {path.suffix or '(none)'!r} "
                                                f"(marsad reads {', '.join(SUFFIXES)})")
                continue
            found = True
            yield from self._file(path, kind)
        if not found:
            self.problems.report(str(root), f"no article files ({', '.join(SUFFIXES)}) in directory")

    def _file(self, path: Path, kind: str) -> Iterator[Article]:
        try:
            with path.open("rb") as fh:
                yield from self._stream(fh, str(path), path.stem, kind)
        except OSError as e:
            self.problems.report(str(path), f"cannot read file ({e.strerror or e})")

    def _stdin(self) -> Iterator[Article]:
        fh = self.stdin if self.stdin is not None else sys.stdin.buffer
        yield from self._stream(fh, "stdin", "stdin", "sniff")

    def _stream(self, fh: BinaryIO, where: str, stem: str, kind: str) -> Iterator[Article]:
        head = fh.read(SNIFF_BYTES)
        if not head:
            self.problems.report(where, "empty file")
            return
        if b"\x00" in head and bom_encoding(head) is None:
            self.problems.report(where, "binary file (NUL bytes)")
            return
        if kind == "sniff":
            kind = "jsonl" if _first_line_is_object(head) else "document"
        if kind == "jsonl":
            yield from self._jsonl(_Prefixed(head, fh), where, stem)
        else:
            yield from self._document(head, fh, where, stem, kind)

    # -- one-article files ----------------------------------------------------------------------

    def _document(self, head: bytes, fh: BinaryIO, where: str, stem: str, kind: str) -> Iterator[Article]:
        data = head + fh.read(max(0, self.max_bytes + 1 - len(head)))
        if len(data) > self.max_bytes:
            size = len(data) + _drain(fh)
            self.problems.report(where, self._too_large(size))
            return
        try:
            text = decode(data, html=kind != "text")[0]
        except DecodeError as e:
            self.problems.report(where, str(e))
            return
        if kind == "document":
            kind = "html" if looks_like_html(text) else "text"
        article = self._html(text, where, stem) if kind == "html" else self._text(text, where, stem)
        if article is not None:
            yield article

    def _text(self, text: str, where: str, stem: str) -> Article | None:
        if not text.strip():
            self.problems.report(where, "empty article (whitespace only)")
            return None
        return Article(id=self._claim(stem, where), text=text, published=self.default_published, origin=where)

    def _html(self, html: str, where: str, stem: str) -> Article | None:
        page = parse_html(html)
        if not page.text.strip():
            self.problems.report(where, "no article text found in the page")
            return None
        try:
            published = parse_published(page.published)
        except ValueError:
            published = self.default_published  # page metadata is not the user's input: fall back
        return Article(id=self._claim(stem, where), text=page.text, published=published, source=page.source,
                       url=page.url, title=page.title, origin=where)

    # -- JSONL ----------------------------------------------------------------------------------

    def _jsonl(self, fh: "_Prefixed", where: str, stem: str) -> Iterator[Article]:
        report = _LineReporter(self.problems, where)
        articles = 0
        for n, raw, size in _bounded_lines(fh.readline, self.max_bytes):
            if raw is None:
                report(n, self._too_large(size))
                continue
            article = self._json_line(raw, n, where, stem, report)
            if article is not None:
                articles += 1
                yield article
        report.close()
        if articles == 0 and report.count == 0:
            self.problems.report(where, "no articles (only blank lines)")

    def _json_line(self, raw: bytes, n: int, where: str, stem: str, report: "_LineReporter") -> Article | None:
        try:
            line = decode(raw)[0].rstrip("\r\n")  # columns in messages count from the line start
        except DecodeError as e:
            report(n, str(e))
            return None
        if not line.strip():
            return None
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            report(n, f"not valid JSON ({e.msg}, column {e.colno})")
            return None
        problem = _check_object(obj)
        if problem:
            report(n, problem)
            return None
        return self._json_article(obj, n, f"{where}:{n}", stem, report)

    def _json_article(self, obj: dict[str, Any], n: int, origin: str, stem: str,
                      report: "_LineReporter") -> Article | None:
        published = self.default_published
        if obj.get("published") is not None:
            try:
                published = parse_published(obj["published"])
            except ValueError:
                report(n, f'"published" is not a date (YYYY-MM-DD): {json.dumps(obj["published"], ensure_ascii=False)}')
                return None
        explicit = obj.get("id") is not None
        art_id = self._claim(str(obj["id"]) if explicit else f"{stem}:{n}", origin, explicit)
        if art_id is None:
            report(n, f'duplicate id {json.dumps(str(obj["id"]), ensure_ascii=False)} '
                      f"(first used by {self.ids[str(obj['id'])]}); line skipped")
            return None
        return Article(id=art_id, text=obj["text"], published=published, source=obj.get("source"),
                       url=obj.get("url"), title=obj.get("title"), origin=origin)

    # -- helpers --------------------------------------------------------------------------------

    def _claim(self, art_id: str, origin: str, explicit: bool = False) -> str | None:
        """Reserve ``art_id``; a derived id that is taken gets a ``~N`` suffix, an explicit one None."""
        if art_id in self.ids:
            if explicit:
                return None
            n = 2
            while f"{art_id}~{n}" in self.ids:
                n += 1
            art_id = f"{art_id}~{n}"
        self.ids[art_id] = origin
        return art_id

    def _too_large(self, size: int) -> str:
        return f"article too large ({format_size(size)} > {format_size(self.max_bytes)} limit)"


def _check_object(obj: Any) -> str | None:
    """The problem with one JSONL article object, or None."""
    if not isinstance(obj, dict):
        return f"not a JSON object (got {_json_type(obj)})"
    if "text" not in obj:
        return 'no "text" field'
    if not isinstance(obj["text"], str):
        return f'"text" is not a string (got {_json_type(obj["text"])})'
    if not obj["text"].strip():
        return '"text" is empty'
    art_id = obj.get("id")
    if art_id is not None and (isinstance(art_id, bool) or not isinstance(art_id, (str, int))):
        return f'"id" is not a string (got {_json_type(art_id)})'
    for name in OPTIONAL_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            return f'"{name}" is not a string (got {_json_type(obj[name])})'
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number",
            type(None): "null"}.get(type(value), type(value).__name__)


def _first_line_is_object(head: bytes) -> bool:
    """Whether the first non-blank line of ``head`` is a JSON object (or the start of a long one)."""
    text = head.decode(bom_encoding(head) or "utf-8", errors="replace").lstrip("\ufeff")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:  # a line cut by the end of ``head`` is judged by its start
            cut = i == len(lines) - 1 and len(head) >= SNIFF_BYTES
            return cut and _JSON_OBJECT_START.match(line) is not None
    return False


class _Prefixed:
    """A binary stream with its first bytes already read (to sniff it) put back in front."""

    def __init__(self, head: bytes, fh: BinaryIO) -> None:
        self.head = head
        self.fh = fh
        encoding = bom_encoding(head)
        # lines of UTF-16/32 cannot be split on b"\n": read them as text, hand them on as UTF-8
        self.wide = codecs.getreader(encoding)(self) if encoding in ("utf-16", "utf-32") else None

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            return self.fh.read(size)
        data, self.head = (self.head, b"") if size < 0 or size >= len(self.head) else \
            (self.head[:size], self.head[size:])
        return data

    def readline(self, limit: int) -> bytes:
        if self.wide is not None:
            return self.wide.readline().encode("utf-8")
        if not self.head:
            return self.fh.readline(limit)
        cut = self.head.find(b"\n", 0, limit)
        if cut >= 0:
            line, self.head = self.head[: cut + 1], self.head[cut + 1:]
            return line
        if len(self.head) >= limit:
            line, self.head = self.head[:limit], self.head[limit:]
            return line
        line, self.head = self.head, b""
        return line + self.fh.readline(limit - len(line))


def _bounded_lines(readline: Callable[[int], bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when it is over ``max_bytes``, size in bytes); streams."""
    n = 0
    while True:
        line = readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield n, None, len(line) + _drain_line(readline)
        elif len(line.rstrip(b"\r\n")) > max_bytes:
            yield n, None, len(line.rstrip(b"\r\n"))
        else:
            yield n, line, len(line)


def _drain_line(readline: Callable[[int], bytes]) -> int:
    size = 0
    while True:
        part = readline(CHUNK)
        size += len(part)
        if not part or part.endswith(b"\n"):
            return size - (1 if part.endswith(b"\n") else 0)


def _drain(fh: BinaryIO) -> int:
    size = 0
    while part := fh.read(CHUNK):
        size += len(part)
    return size


class _LineReporter:
    """Reports line problems of one file, printing at most ``MAX_LINE_PROBLEMS`` of them."""

    def __init__(self, problems: Problems, where: str) -> None:
        self.problems = problems
        self.where = where
        self.count = 0

    def __call__(self, line: int, problem: str) -> None:
        self.count += 1
        if self.count <= MAX_LINE_PROBLEMS:
            self.problems.report(self.where, problem, line=line)

    def close(self) -> None:
        if self.count > MAX_LINE_PROBLEMS:
            self.problems.report(self.where, f"{self.count - MAX_LINE_PROBLEMS} more bad lines not shown "
                                             f"({self.count} in all)")
