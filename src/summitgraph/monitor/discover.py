"""Item URLs from what a source publishes: RSS 2.0 and Atom feeds (feedparser, as ingest/feed.py reads a feed
file), news sitemaps and sitemap indexes (lxml, no entities, no network), or a plain list of URLs."""
from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lxml import etree

from summitgraph.errors import InputError
from summitgraph.ingest.feed import entry_link, feed_entries

VIETNAM = timezone(timedelta(hours=7))
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True)
class Item:
    url: str
    title: str | None = None
    summary: str | None = None
    published: str | None = None     # ISO 8601 date or date-time as the publisher gave it


@dataclass(frozen=True)
class Listing:
    items: list[Item]
    sitemaps: list[str]              # a sitemap index's children, to be fetched in turn


class NotAListing(ValueError):
    """The bytes are not a feed or a sitemap."""


def parse_feed(body: bytes, url: str) -> Listing:
    try:
        entries = feed_entries(body, url, base_url=url)
    except InputError as exc:
        raise NotAListing(exc.problem) from None
    items = []
    for entry in entries:
        link = entry_link(entry)
        if not link:
            continue
        items.append(Item(link, _text(entry.get("title")), _text(entry.get("summary")),
                          _iso(entry.get("published_parsed") or entry.get("updated_parsed"))))
    return Listing(items, [])


def _text(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    # feedparser gives UTC; the outlets' readers (and dates in the record) are on Vietnam time, UTC+7 all year.
    moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=VIETNAM)
    return moment.isoformat(timespec="seconds")


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def parse_sitemap(body: bytes) -> Listing:
    """A urlset's pages (with news:title and news:publication_date when present) or a sitemapindex's sitemaps."""
    try:
        root = etree.fromstring(body, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise NotAListing(f"not a sitemap (XML: {str(exc)[:120]})") from None
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        return Listing([], [loc for loc in (_child_text(s, "loc") for s in _children(root, "sitemap")) if loc])
    if tag != "urlset":
        raise NotAListing(f"not a sitemap (root element <{tag}>)")
    items = []
    for entry in _children(root, "url"):
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        news = entry.find(f"{{{NEWS_NS}}}news")
        title = published = None
        if news is not None:
            title = _text(news.findtext(f"{{{NEWS_NS}}}title"))
            published = _text(news.findtext(f"{{{NEWS_NS}}}publication_date"))
        items.append(Item(loc, title, None, published or _child_text(entry, "lastmod")))
    return Listing(items, [])


def _children(root: etree._Element, name: str) -> list[etree._Element]:
    return root.findall(f"{{{SITEMAP_NS}}}{name}") or root.findall(name)


def _child_text(element: etree._Element, name: str) -> str | None:
    value = element.findtext(f"{{{SITEMAP_NS}}}{name}")
    if value is None:
        value = element.findtext(name)
    return value.strip() if value and value.strip() else None
