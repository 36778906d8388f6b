"""A fetched page into the store: its raw HTML kept with URL, fetch time and HTTP dates, then read and
extracted by the same functions `summitgraph ingest` uses for a file (the article's source is the URL)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from summitgraph.errors import InputError
from summitgraph.extract.pipeline import extractor_version
from summitgraph.ingest import iter_bytes
from summitgraph.ingest.decode import decode_bytes
from summitgraph.ingest.runner import Extracted, Failed, Known, Reporter, process_article, write_result
from summitgraph.model import Article
from summitgraph.monitor import state
from summitgraph.monitor.canonical import canonical_url
from summitgraph.monitor.client import Fetched
from summitgraph.monitor.state import PendingItem
from summitgraph.store import Store

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class PageOutcome:
    state: str                   # stored | skipped | failed
    reason: str | None = None
    article_key: str | None = None


def store_page(store: Store, item: PendingItem, page: Fetched, reporter: Reporter) -> PageOutcome:
    """Keep the raw page, then store its article unless the same story is already stored (by the canonical URL
    the page ended at, or by the hash of its cleaned text). The article and the item's new state are written in
    one transaction, so a kill leaves either both or neither."""
    content_type = (page.header("content-type") or "text/html").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return PageOutcome("skipped", f"not an HTML page ({content_type})")
    final = canonical_url(page.url)
    if final != item.canonical_url:
        same = state.stored_item_with_url(store, final)
        if same:
            return PageOutcome("skipped", f"same page as {same} (redirected there)", same)
    try:
        html = decode_bytes(page.body, page.url).text
    except InputError as exc:
        return PageOutcome("skipped", f"cannot be decoded ({exc.problem})")
    state.save_page(store, item.canonical_url, page.url, page.fetched_at, page.header("date"),
                    page.header("last-modified"), page.header("etag"), page.status,
                    hashlib.sha256(page.body).hexdigest(), html)
    try:
        article = article_of(page, item)
    except InputError as exc:
        return PageOutcome("skipped", f"no article in the page ({exc.problem})")
    known = store.known_hashes()
    result = process_article(article, known)
    if isinstance(result, Known):
        return PageOutcome("skipped", f"same story as {_key_of_hash(store, result.content_hash)}")
    if isinstance(result, Failed):
        return PageOutcome("failed", result.problem)
    assert isinstance(result, Extracted)
    with store.session() as db, db.transaction():
        outcome = write_result(store, result, extractor_version(), reporter)
        if outcome == "failed":
            return PageOutcome("failed", "could not be stored (see `summitgraph failures`)")
        if outcome == "unchanged":   # another source's thread stored the same story meanwhile
            return PageOutcome("skipped", f"same story as {_key_of_hash(store, result.content_hash)}")
        state.set_item(store, item.canonical_url, "stored", article_key=article.id)
    return PageOutcome("stored", None, article.id)


def article_of(page: Fetched, item: PendingItem) -> Article:
    """The page read as an HTML file is read, keyed by the item's canonical URL; a date the page does not state
    comes from the feed or sitemap."""
    for found in iter_bytes(page.body, page.url, "html"):
        if isinstance(found, InputError):
            raise found
        article = replace(found, id=item.canonical_url, url=found.url or page.url)
        if not article.published and item.published and _DATE.match(item.published):
            article = replace(article, published=item.published[:10])
        return article
    raise InputError(page.url, "no article")


def _key_of_hash(store: Store, digest: str) -> str:
    with store.session() as db:
        row = db.query_one("SELECT key FROM articles WHERE content_hash = ? AND superseded_by IS NULL", (digest,))
    return row["key"] if row else "an article already stored"
