"""Article readers: formats, decoding, and the one-line problem for each kind of bad input."""
from __future__ import annotations

import io
import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from marsad.io.decode import DecodeError, decode
from marsad.io.html import parse_html
from marsad.io.problems import Problems
from marsad.io.readers import format_size, iter_articles, parse_published

SEED_SENTENCE = "بسط الجيش السوري، امس، السيطرة على عدة قرى وبلدات جديدة في منطقة إدلب"
DAY = date(2020, 1, 27)


def read(inputs, published=DAY, **kw):
    """(articles, problem lines) for ``inputs``; problems go to a buffer, not the terminal."""
    problems = Problems(stream=io.StringIO())
    articles = list(iter_articles([str(i) for i in inputs], published, problems, **kw))
    return articles, problems.lines


# -- .txt and decoding -----------------------------------------------------------------------------

def test_txt_utf8_is_one_article_named_by_stem(tmp_path):
    p = tmp_path / "001_66456859eb77b8a6.txt"
    p.write_text(SEED_SENTENCE, encoding="utf-8")
    (art,), problems = read([p])
    assert problems == []
    assert (art.id, art.text, art.published, art.origin) == ("001_66456859eb77b8a6", SEED_SENTENCE, DAY, str(p))


def test_windows_1256_arabic_is_decoded(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("بسط الجيش السوري".encode("cp1256"))
    (art,), problems = read([p])
    assert problems == []
    assert art.text == "بسط الجيش السوري"


def test_utf8_bom_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + SEED_SENTENCE.encode("utf-8"))
    (art,), _ = read([p])
    assert art.text == SEED_SENTENCE  # offsets must not be shifted by a BOM


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    p = tmp_path / "u16.txt"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    p.write_bytes(bom + SEED_SENTENCE.encode(encoding))
    (art,), problems = read([p])
    assert problems == []
    assert art.text == SEED_SENTENCE


def test_decode_reports_encoding():
    assert decode("سراقب".encode("cp1256")) == ("سراقب", "cp1256")
    assert decode("سراقب".encode("utf-8")) == ("سراقب", "utf-8")


def test_latin_bytes_are_not_taken_for_windows_1256():
    text, encoding = decode("Überfall in café".encode("latin-1"))
    assert encoding != "cp1256"
    assert "caf" in text


def test_control_characters_are_binary():
    with pytest.raises(DecodeError, match=r"^binary file \(control characters\)$"):
        decode(bytes(range(1, 9)) * 50 + b"abc")


def test_binary_file_is_rejected_with_one_line(tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert read([p]) == ([], [f"marsad: {p}: binary file (NUL bytes)"])


def test_empty_and_blank_files(tmp_path):
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    blank.write_text(" \n\t\n", encoding="utf-8")
    assert read([empty, blank]) == ([], [f"marsad: {empty}: empty file",
                                         f"marsad: {blank}: empty article (whitespace only)"])


def test_nonexistent_path_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SEED_SENTENCE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, problems = read([missing, good])
    assert [a.id for a in articles] == ["good"]
    assert problems == [f"marsad: {missing}: no such file or directory"]


def test_text_over_the_default_limit_is_reported_not_loaded(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(("قصف " * 1_310_000).encode("utf-8"))  # 9,170,000 bytes
    articles, problems = read([p])
    assert articles == []
    assert problems == [f"marsad: {p}: article too large (9.2 MB > 5 MB limit)"]


def test_limit_is_configurable(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("ا" * 700, encoding="utf-8")  # 1400 bytes
    assert read([p], max_bytes=1000)[1] == [f"marsad: {p}: article too large (1.4 kB > 1 kB limit)"]
    assert len(read([p], max_bytes=1400)[0]) == 1


def test_format_size():
    assert [format_size(n) for n in (52_400_000, 5_000_000, 1_500, 999)] == \
        ["52.4 MB", "5 MB", "1.5 kB", "999 bytes"]


# -- JSONL -----------------------------------------------------------------------------------------

def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields_ids_and_default_published(tmp_path):
    p = write_lines(tmp_path / "batch.jsonl", [
        json.dumps({"id": "rt-1", "text": SEED_SENTENCE, "published": "2020-01-28", "source": "RT",
                    "url": "https://example.org/1", "title": "عنوان"}, ensure_ascii=False),
        "",
        json.dumps({"text": "نص بلا معرف", "published": "2020-02-01T09:30:00+03:00"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "نص", "published": None}, ensure_ascii=False),
    ])
    arts, problems = read([p])
    assert problems == []
    assert [(a.id, a.published, a.origin) for a in arts] == [
        ("rt-1", date(2020, 1, 28), f"{p}:1"), ("batch:3", date(2020, 2, 1), f"{p}:3"), ("7", DAY, f"{p}:4")]
    assert (arts[0].source, arts[0].url, arts[0].title, arts[0].text) == \
        ("RT", "https://example.org/1", "عنوان", SEED_SENTENCE)


def test_jsonl_bad_lines_are_named_and_skipped(tmp_path):
    p = write_lines(tmp_path / "bad.jsonl", [
        '{"id": "a", "text": "نص أول"}',
        '{"id": "b", "text": ',
        '["not", "an", "object"]',
        '{"id": "c"}',
        '{"id": "d", "text": 42}',
        '{"id": "e", "text": "  "}',
        '{"id": "f", "text": "نص", "published": "27/01/2020"}',
        '{"id": "g", "text": "نص", "published": "2020-02-30"}',
        '{"id": {"x": 1}, "text": "نص"}',
        '{"id": "h", "text": "نص", "source": ["RT"]}',
        '{"id": "a", "text": "نص مكرر"}',
        '{"id": "i", "text": "نص أخير"}',
    ])
    arts, problems = read([p])
    assert [a.id for a in arts] == ["a", "i"]
    assert problems == [
        f"marsad: {p}:2: not valid JSON (Expecting value, column 21)",
        f"marsad: {p}:3: not a JSON object (got array)",
        f'marsad: {p}:4: no "text" field',
        f'marsad: {p}:5: "text" is not a string (got number)',
        f'marsad: {p}:6: "text" is empty',
        f'marsad: {p}:7: "published" is not a date (YYYY-MM-DD): "27/01/2020"',
        f'marsad: {p}:8: "published" is not a date (YYYY-MM-DD): "2020-02-30"',
        f'marsad: {p}:9: "id" is not a string (got object)',
        f'marsad: {p}:10: "source" is not a string (got array)',
        f'marsad: {p}:11: duplicate id "a" (first used by {p}:1); line skipped',
    ]


def test_invalid_jsonl_line_2_keeps_lines_1_and_3(tmp_path):
    p = write_lines(tmp_path / "x.jsonl", ['{"text": "أ"}', "not json", '{"text": "ب"}'])
    arts, problems = read([p])
    assert [(a.id, a.text) for a in arts] == [("x:1", "أ"), ("x:3", "ب")]
    assert problems == [f"marsad: {p}:2: not valid JSON (Expecting value, column 1)"]


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path):
    p = write_lines(tmp_path / "big.jsonl", [
        json.dumps({"id": "big", "text": "ا" * 3000}), json.dumps({"id": "small", "text": "نص"})])
    arts, problems = read([p], max_bytes=2000)
    assert [a.id for a in arts] == ["small"]
    assert problems == [f"marsad: {p}:1: article too large (18 kB > 2 kB limit)"]


def test_jsonl_only_blank_lines(tmp_path):
    p = tmp_path / "blank.jsonl"
    p.write_text("\n\n  \n", encoding="utf-8")
    assert read([p]) == ([], [f"marsad: {p}: no articles (only blank lines)"])


def test_jsonl_problems_are_capped_per_file(tmp_path):
    p = write_lines(tmp_path / "junk.jsonl", ["junk"] * 25 + ['{"text": "نص"}'])
    arts, problems = read([p])
    assert len(arts) == 1
    assert len(problems) == 21
    assert problems[-1] == f"marsad: {p}: 5 more bad lines not shown (25 in all)"


def test_jsonl_in_utf16_and_windows_1256(tmp_path):
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes('{"id": "w1", "text": "سراقب"}\n{"id": "w2", "text": "أريحا"}\n'.encode("utf-16"))
    cp = tmp_path / "cp.jsonl"
    cp.write_bytes('{"id": "c1", "text": "بسط الجيش السوري"}\n'.encode("cp1256"))
    arts, problems = read([u16, cp])
    assert problems == []
    assert [(a.id, a.text) for a in arts] == [("w1", "سراقب"), ("w2", "أريحا"), ("c1", "بسط الجيش السوري")]


def test_big_jsonl_is_streamed(tmp_path):
    p = tmp_path / "big.jsonl"
    line = json.dumps({"text": "قصف مدفعي على بلدة كنصفرة " * 100}, ensure_ascii=False) + "\n"
    with p.open("w", encoding="utf-8") as fh:
        for _ in range(20_000_000 // len(line.encode("utf-8")) + 1):
            fh.write(line)
    assert p.stat().st_size > 20_000_000
    problems = Problems(stream=io.StringIO())
    tracemalloc.start()
    count = sum(1 for _ in iter_articles([str(p)], DAY, problems))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count > 3000 and not problems
    assert peak < 3_000_000  # a few lines at a time, not 20 MB


def test_parse_published():
    assert parse_published("2020-01-27") == DAY
    assert parse_published("2020-01-27T23:10:00Z") == DAY
    for bad in ("27/01/2020", "2020-1-27", "2020-01-27x", 20200127, None):
        with pytest.raises(ValueError):
            parse_published(bad)


# -- HTML ------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>سانا | الجيش يسيطر</title>
<meta property="og:title" content="الجيش السوري يسيطر على معصران">
<meta property="og:site_name" content="SANA">
<meta property="og:url" content="https://sana.sy/?p=1">
<meta property="article:published_time" content="2020-01-27T18:05:00+02:00">
<style>p { color: red }</style><script>var ads = "<p>إعلان</p>";</script></head>
<body><header><p>القائمة الرئيسية</p></header><nav><p>أخبار | رياضة</p></nav>
<article><h1>الجيش السوري يسيطر على معصران</h1>
<p>سيطرت وحدات من الجيش السوري على بلدة معصران &amp; قريتي خان السبل والصوامع.</p>
<p>وذلك «بعد اشتباكات عنيفة مع إرهابيي تنظيم جبهة النصرة».</p>
<aside><p>اقرأ أيضا</p></aside></article>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"""


def test_html_article_text_and_metadata():
    page = parse_html(PAGE)
    assert page.text == ("سيطرت وحدات من الجيش السوري على بلدة معصران & قريتي خان السبل والصوامع.\n\n"
                         "وذلك «بعد اشتباكات عنيفة مع إرهابيي تنظيم جبهة النصرة».")
    assert (page.title, page.source, page.url, page.published) == (
        "الجيش السوري يسيطر على معصران", "SANA", "https://sana.sy/?p=1", "2020-01-27T18:05:00+02:00")


def test_html_without_article_uses_the_densest_block():
    html = ("<html><head><title>عنوان الصفحة</title></head><body><div><p>رابط</p></div>"
            "<div id=c><p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية من الخبر.</p></div></body></html>")
    page = parse_html(html)
    assert page.text == "الفقرة الأولى من الخبر.\n\nالفقرة الثانية من الخبر."
    assert (page.title, page.published) == ("عنوان الصفحة", None)


def test_html_file_page_date_wins_and_cp1256_page(tmp_path):
    p = tmp_path / "sana.html"
    p.write_text(PAGE, encoding="utf-8")
    old = tmp_path / "old.htm"
    old.write_bytes('<html><head><meta charset="windows-1256"><title>خبر</title></head><body>'
                    '<p>بسط الجيش السوري سيطرته على قرية الحامدية</p></body></html>'.encode("cp1256"))
    (a, b), problems = read([p, old])
    assert problems == []
    assert (a.id, a.published, a.title, a.source) == ("sana", date(2020, 1, 27), "الجيش السوري يسيطر على معصران", "SANA")
    assert (b.id, b.published, b.text) == ("old", DAY, "بسط الجيش السوري سيطرته على قرية الحامدية")


def test_html_without_text_is_reported(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", encoding="utf-8")
    assert read([p]) == ([], [f"marsad: {p}: no article text found in the page"])


# -- directories and stdin ---------------------------------------------------------------------------

def test_directory_mixed_files(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / "a.txt").write_text("نص أ", encoding="utf-8")
    (d / "b.jsonl").write_text('{"text": "نص ب"}\n', encoding="utf-8")
    (d / "sub" / "c.HTML").write_text("<html><body><article><p>نص ج</p></article></body></html>", encoding="utf-8")
    (d / "sub" / "a.txt").write_text("نص أ آخر", encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    (d / ".DS_Store").write_bytes(b"\x00\x01")
    (d / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    (d / "z.txt").write_bytes(b"")
    arts, problems = read([d])
    assert [(a.id, a.text) for a in arts] == [
        ("a", "نص أ"), ("b:1", "نص ب"), ("a~2", "نص أ آخر"), ("c", "نص ج")]
    assert problems == [
        f"marsad: {d / 'notes.pdf'}: skipped: unknown file type '.pdf' (marsad reads .txt, .jsonl, .html, .htm)",
        f"marsad: {d / 'z.txt'}: empty file",
    ]


def test_directory_without_articles(tmp_path):
    assert read([tmp_path]) == ([], [f"marsad: {tmp_path}: no article files (.txt, .jsonl, .html, .htm) in directory"])


def test_stdin_text_jsonl_and_html():
    def from_stdin(data: bytes):
        return read(["-"], stdin=io.BytesIO(data))

    (art,), problems = from_stdin(SEED_SENTENCE.encode("cp1256"))
    assert (art.id, art.text, art.published, problems) == ("stdin", SEED_SENTENCE, DAY, [])
    arts, problems = from_stdin(b'\n{"text": "\xd8\xa3"}\n{oops\n{"id": "k", "text": "\xd8\xa8"}\n')
    assert [(a.id, a.text) for a in arts] == [("stdin:2", "أ"), ("k", "ب")]
    assert problems == ["marsad: stdin:3: not valid JSON (Expecting property name enclosed in double quotes, column 2)"]
    (art,), _ = from_stdin(PAGE.encode("utf-8"))
    assert art.title == "الجيش السوري يسيطر على معصران"
    assert from_stdin(b"") == ([], ["marsad: stdin: empty file"])


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path):
    p = tmp_path / "feed.ndjson"
    p.write_text('{"id": "n1", "text": "نص"}\n', encoding="utf-8")
    q = tmp_path / "article"
    q.write_text(SEED_SENTENCE, encoding="utf-8")
    arts, problems = read([p, q])
    assert [(a.id, a.text) for a in arts] == [("n1", "نص"), ("article", SEED_SENTENCE)]
    assert problems == []


def test_ids_are_unique_across_inputs(tmp_path):
    a = tmp_path / "x.txt"
    a.write_text("نص", encoding="utf-8")
    arts, problems = read([a, a, "-"], stdin=io.BytesIO("نص".encode()))
    assert [x.id for x in arts] == ["x", "x~2", "stdin"]
    assert problems == []


def test_html_declared_charset_is_preferred_when_it_reads_arabic():
    page = '<html><head><meta charset="iso-8859-6"></head><body><p>قصف مدفعي على بلدة كنصفرة</p></body></html>'
    text, encoding = decode(page.encode("iso-8859-6"), html=True)
    assert (encoding, parse_html(text).text) == ("iso-8859-6", "قصف مدفعي على بلدة كنصفرة")
    # a page wrongly declared as Latin-1 but written in Windows-1256 is still read as Arabic
    wrong = page.replace("iso-8859-6", "iso-8859-1").encode("cp1256")
    assert decode(wrong, html=True)[1] == "cp1256"


def test_jsonl_lines_longer_than_the_sniffed_head(tmp_path):
    long_text = "سيطر الجيش السوري على قرية بسيدا. " * 700  # ~44 kB, longer than the 8 kB head
    data = "".join(json.dumps({"id": f"L{i}", "text": long_text}, ensure_ascii=False) + "\n" for i in range(3))
    p = tmp_path / "long.jsonl"
    p.write_text(data, encoding="utf-8")
    from_file, problems = read([p])
    from_stdin, problems2 = read(["-"], stdin=io.BytesIO(data.encode("utf-8")))
    assert problems == problems2 == []
    assert [(a.id, a.text) for a in from_file] == [(a.id, a.text) for a in from_stdin] == \
        [(f"L{i}", long_text) for i in range(3)]
