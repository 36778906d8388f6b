"""The items of an RSS (2.0 or 1.0) or Atom feed, as a news site publishes them.

An item carries the whole article as HTML (``content:encoded``, Atom ``content``) or only its lead
(``description``, ``summary``): both are read, the lead as a short article of its own, as a user who points
summitgraph at a feed expects. Entities are never expanded and nothing is fetched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import lxml.etree
import lxml.html

from summitgraph.errors import InputError

_NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rss1": "http://purl.org/rss/1.0/",
}
# An XML declaration naming an encoding: the text is decoded already, and lxml refuses a str that declares one.
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Markup in a description ("<p>...</p>", "<img ...>"): read as HTML, else as plain text.
_MARKUP = re.compile(r"<(?:p|div|br|img|a|span|b|strong|em|i)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FeedItem:
    number: int                 # 1-based position in the feed: names the item in errors and fallback ids
    id: str | None
    title: str | None
    url: str | None
    published: str | None       # as the feed writes it; parse_date reads RSS and ISO dates alike
    html: str | None            # the whole article as HTML, when the feed carries it
    summary: str | None         # the lead, as text


def feed_items(text: str, source: str) -> Iterator[FeedItem]:
    """Every item of the feed in order; InputError when the text is no RSS or Atom feed."""
    root = _parse(text, source)
    items = root.findall("channel/item") or root.findall("item") or root.findall("rss1:item", _NS)
    if items:
        for number, item in enumerate(items, start=1):
            yield _rss_item(item, number)
        return
    entries = root.findall("atom:entry", _NS)
    if entries or _local(root.tag) in ("rss", "RDF", "feed"):
        for number, entry in enumerate(entries, start=1):
            yield _atom_entry(entry, number)
        return
    raise InputError(source, f"not an RSS or Atom feed (the root element is <{_local(root.tag)}>)")


def item_text(item: FeedItem) -> str | None:
    """The lead of an item as plain text, markup removed."""
    if not item.summary or not item.summary.strip():
        return None
    summary = item.summary
    if _MARKUP.search(summary):
        summary = lxml.html.fromstring(f"<div>{summary}</div>").text_content()
    return " ".join(summary.split()) or None


def _parse(text: str, source: str) -> lxml.etree._Element:
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        return lxml.etree.fromstring(_DECLARATION.sub("", text, count=1), parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(source, f"invalid XML feed ({exc.msg})") from None


def _rss_item(item: lxml.etree._Element, number: int) -> FeedItem:
    return FeedItem(
        number=number,
        id=_text(item, "guid") or _text(item, "rss1:link"),
        title=_text(item, "title") or _text(item, "rss1:title"),
        url=_text(item, "link") or _text(item, "rss1:link"),
        published=_text(item, "pubDate") or _text(item, "dc:date"),
        html=_text(item, "content:encoded"),
        summary=_text(item, "description") or _text(item, "rss1:description"),
    )


def _atom_entry(entry: lxml.etree._Element, number: int) -> FeedItem:
    links = entry.findall("atom:link", _NS)
    alternate = next((link.get("href") for link in links if link.get("rel", "alternate") == "alternate"), None)
    return FeedItem(
        number=number,
        id=_text(entry, "atom:id"),
        title=_text(entry, "atom:title"),
        url=alternate,
        published=_text(entry, "atom:published") or _text(entry, "atom:updated"),
        html=_markup(entry, "atom:content"),
        summary=_text(entry, "atom:summary"),
    )


def _text(element: lxml.etree._Element, path: str) -> str | None:
    found = element.find(path, _NS)
    if found is None:
        return None
    value = "".join(found.itertext()).strip()
    return value or None


def _markup(element: lxml.etree._Element, path: str) -> str | None:
    """Atom content as HTML: escaped HTML is text already; type="xhtml" content is elements, serialised."""
    found = element.find(path, _NS)
    if found is None or not len(found):
        return _text(element, path)
    return "".join(lxml.etree.tostring(child, method="html", encoding="unicode") for child in found) or None


def _local(tag: object) -> str:
    return lxml.etree.QName(tag).localname if isinstance(tag, str) else str(tag)
