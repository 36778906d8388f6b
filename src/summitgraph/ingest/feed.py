"""The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, as a news site publishes them, read with feedparser.

An item carries the whole article as HTML (``content:encoded``, Atom ``content``) or only its lead
(``description``, ``summary``): both are read, the lead as a short article of its own, as a user who points
summitgraph at a feed expects. A slightly broken feed is read as far as feedparser's lenient parser goes;
entities are never expanded and nothing is fetched. ``monitor.discover`` lists a fetched feed's items with
the same two functions (``feed_entries``, ``entry_link``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

import lxml.html

from summitgraph.errors import InputError

# Markup in a description ("<p>...</p>", "<img ...>"): read as HTML, else as plain text.
_MARKUP = re.compile(r"<(?:p|div|br|img|a|span|b|strong|em|i)\b", re.IGNORECASE)
# The first element's name, past the declaration, comments and the DOCTYPE.
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class FeedItem:
    number: int                 # 1-based position in the feed: names the item in errors and fallback ids
    id: str | None
    title: str | None
    url: str | None
    published: str | None       # as the feed writes it; parse_date reads RSS and ISO dates alike
    html: str | None            # the whole article as HTML, when the feed carries it
    summary: str | None         # the lead, as the feed gives it (text or HTML)


def feed_entries(data: bytes | str, source: str, *, base_url: str | None = None) -> list[Any]:
    """feedparser's entries of the feed; InputError naming ``source`` when it is no RSS or Atom feed. A feed
    fetched from ``base_url`` has its relative links resolved against it."""
    import feedparser  # only a feed pays its import

    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        exc = parsed.get("bozo_exception")
        reason = str(exc).splitlines()[0][:120] if exc else _root_element(data)
        raise InputError(source, f"not an RSS or Atom feed ({reason})")
    return list(parsed.entries)


def _root_element(data: bytes | str) -> str:
    head = data[:4096].decode("utf-8", "replace") if isinstance(data, bytes) else data[:4096]
    match = _FIRST_ELEMENT.search(head)
    return f"the root element is <{match.group(1)}>" if match else "no items"


def entry_link(entry: Any) -> str | None:
    """The item's page: its link, else its first alternate link."""
    if entry.get("link"):
        return str(entry["link"]).strip()
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"]).strip()
    return None


def feed_items(data: bytes | str, source: str) -> Iterator[FeedItem]:
    """Every item of the feed in order."""
    for number, entry in enumerate(feed_entries(data, source), start=1):
        yield FeedItem(number=number, id=entry.get("id"), title=entry.get("title"), url=entry_link(entry),
                       published=entry.get("published") or entry.get("updated"),
                       html=_content(entry) or _whole_article_as_summary(entry.get("summary")),
                       summary=entry.get("summary"))


def item_text(item: FeedItem) -> str | None:
    """The lead of an item as plain text, markup removed."""
    if not item.summary or not item.summary.strip():
        return None
    summary = item.summary
    if _MARKUP.search(summary):
        summary = lxml.html.fromstring(f"<div>{summary}</div>").text_content()
    return " ".join(summary.split()) or None


# A description this long in HTML is the whole article (some feeds carry it there, with no content:encoded).
MIN_ARTICLE_SUMMARY_CHARS = 600


def _whole_article_as_summary(summary: str | None) -> str | None:
    if not summary or not _MARKUP.search(summary) or len(summary) < MIN_ARTICLE_SUMMARY_CHARS:
        return None
    text = lxml.html.fromstring(f"<div>{summary}</div>").text_content()
    return summary if len(" ".join(text.split())) >= MIN_ARTICLE_SUMMARY_CHARS else None


def _content(entry: Any) -> str | None:
    """The item's whole article: the first HTML content it carries."""
    for content in entry.get("content", []):
        if content.get("type") in _HTML_TYPES and (content.get("value") or "").strip():
            return str(content["value"])
    return None
