"""Article text and metadata out of a news page (selectolax).

- title: ``og:title``, else ``<title>``, else the first ``<h1>``;
- text: the paragraphs of ``<article>``, else of ``<main>``/``[role=main]``, else of the element
  holding the most paragraph text (a small readability heuristic); scripts, styles, navigation,
  headers, footers, asides and forms are dropped first. Paragraphs are joined by blank lines;
- published: ``article:published_time`` (or ``datePublished``, ``date``, ``<time datetime>``);
- source: ``og:site_name``; url: ``og:url`` or ``<link rel=canonical>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser, LexborNode as Node

DROP = "script, style, noscript, nav, footer, header, aside, form, iframe, svg, button, template"
BLOCK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
BLOCKS = ", ".join(BLOCK_TAGS)
PUBLISHED_META = (
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
)
MIN_BLOCK_CHARS = 2
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    published: str | None = None  # as written in the page (ISO date or datetime)
    source: str | None = None
    url: str | None = None


def parse_html(html: str) -> HtmlArticle:
    tree = HTMLParser(html)
    meta = _metadata(tree)
    for node in tree.css(DROP):
        node.decompose()
    return HtmlArticle(text=_article_text(tree), **meta)


def _metadata(tree: HTMLParser) -> dict[str, str | None]:
    title = _meta(tree, 'meta[property="og:title"]') or _node_text(tree.css_first("title"))
    title = title or _node_text(tree.css_first("h1"))
    published = next((v for sel in PUBLISHED_META if (v := _meta(tree, sel))), None)
    if published is None:
        time = tree.css_first("time[datetime]")
        published = time.attributes.get("datetime") if time else None
    url = _meta(tree, 'meta[property="og:url"]')
    if url is None:
        link = tree.css_first('link[rel="canonical"]')
        url = link.attributes.get("href") if link else None
    return {"title": title, "published": published, "source": _meta(tree, 'meta[property="og:site_name"]'),
            "url": url}


def _meta(tree: HTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get("content") if node else None
    return (_clean(value) or None) if value else None


def _node_text(node: Node | None) -> str | None:
    return (_clean(node.text()) or None) if node else None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _article_text(tree: HTMLParser) -> str:
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]')
    if root is None:
        root = _densest(tree)
    if root is None:
        root = tree.body
    if root is None:
        return ""
    blocks = [t for node in root.css(BLOCKS)
              if not _inside_block(node, root) and len(t := _clean(node.text())) >= MIN_BLOCK_CHARS]
    return "\n\n".join(blocks) if blocks else _clean(root.text(separator=" "))


def _densest(tree: HTMLParser) -> Node | None:
    """The parent whose <p> children hold the most text."""
    totals: dict[int, tuple[int, Node]] = {}
    for p in tree.css("p"):
        parent = p.parent
        if parent is None:
            continue
        key = parent.mem_id
        size = len(_clean(p.text()))
        totals[key] = (totals.get(key, (0, parent))[0] + size, parent)
    if not totals:
        return None
    return max(totals.values(), key=lambda t: t[0])[1]


def _inside_block(node: Node, root: Node) -> bool:
    """A <p> inside an <li> or <blockquote> is read with its container, not twice."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.tag in BLOCK_TAGS:
            return True
        parent = parent.parent
    return False
