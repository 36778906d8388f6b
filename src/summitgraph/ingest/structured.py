"""The article body a page states in its structured data (JSON-LD ``articleBody``), and when to read it.

Pages whose body a script renders carry the whole text only there. trafilatura falls back to it too, but
joins its paragraphs into one line, and the cleaner works line by line (related stories, bylines, captions):
one line of everything is read as one paragraph with the furniture inside it.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any, Iterator

import lxml.html

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                           "WebPage"})
# A body shorter than this is a teaser (some sites put the lead there), not the article.
MIN_BODY_CHARS = 200
# The page's text is a stub of the structured body when the body is this many times longer.
STUB_RATIO = 1.5
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|h\d|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def article_body(tree: lxml.html.HtmlElement) -> str | None:
    """The longest ``articleBody`` of an article object in the page's JSON-LD, as lines of text."""
    bodies = [body for body in _ld_bodies(tree) if len(body) >= MIN_BODY_CHARS]
    return _as_lines(max(bodies, key=len)) if bodies else None


def structured_date(tree: lxml.html.HtmlElement) -> str | None:
    """The ``datePublished`` of an article object in the page's JSON-LD, wherever it nests (an ``@graph``
    beside breadcrumbs and the site's organisation, as SEO plugins write it): some pages state the date
    nowhere else."""
    for item in _ld_articles(tree):
        value = item.get("datePublished")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def body_to_read(text: str, structured: str | None) -> tuple[str, str]:
    """The text to read and why: the structured body when the page's text is that body run into one line
    (trafilatura's fallback) or a stub of it (a script renders the body); else the page's text."""
    if not structured:
        return text, "page text: no structured body"
    flat_text, flat_body = _squeeze(text), _squeeze(structured)
    if flat_body and flat_body in flat_text and "\n" not in text.strip() and "\n" in structured:
        return structured, "structured body: the page's text is it on one line"
    if len(flat_body) >= STUB_RATIO * len(flat_text):
        return structured, "structured body: the page's text is a stub of it"
    return text, "page text: as long as the structured body"


def _ld_bodies(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for item in _ld_articles(tree):
        body = item.get("articleBody")
        if isinstance(body, str):
            yield body


def _ld_articles(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """The article objects of the page's JSON-LD."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue   # broken structured data is common; the page's text stands
        for item in _objects(data):
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & ARTICLE_TYPES:
                yield item


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document: top level, in a list, or in an ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph", []))


def _as_lines(body: str) -> str:
    """Paragraph breaks kept: HTML blocks and <br> become new lines, other tags go."""
    if "<" in body:
        body = _TAG.sub("", _BLOCK_END.sub("\n", body))
    body = html.unescape(body)
    lines = (" ".join(line.split()) for line in body.split("\n"))
    return "\n".join(line for line in lines if line)


def _squeeze(text: str) -> str:
    return " ".join(text.split())
