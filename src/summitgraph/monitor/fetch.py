"""One fetch of every source: discover item URLs, fetch each new page once, store its article, then rebuild the
knowledge base and record what changed in it.

Everything a fetch learns is written as it goes: discovered items before any page is fetched (so a kill loses
none), each article with its item's new state in one transaction (so a kill never fetches a stored page
again). A source that fails is recorded with its error and never stops the others.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

from summitgraph.errors import StoreError
from summitgraph.ingest.runner import Reporter
from summitgraph.monitor import state
from summitgraph.monitor.canonical import canonical_url
from summitgraph.monitor.changes import record_changes
from summitgraph.monitor.client import FetchError, Fetched, PoliteClient
from summitgraph.monitor.discover import Item, Listing, NotAListing, parse_feed, parse_sitemap
from summitgraph.monitor.keywords import keyword_filter
from summitgraph.monitor.pages import store_page
from summitgraph.monitor.sources_file import Source
from summitgraph.monitor.state import PendingItem
from summitgraph.store import Store

MAX_CHILD_SITEMAPS = 50   # of one sitemap index: news sitemaps are small, a whole-site index is not followed far
NO_KEYWORD = "no keyword in title or summary"
UNCHANGED = Listing([], [])   # what a feed or sitemap that answered 304 gives


@dataclass
class SourceReport:
    name: str
    feeds_fetched: int = 0
    feeds_unchanged: int = 0          # answered 304
    new_items: int = 0
    stored: int = 0
    skipped: dict[str, int] = field(default_factory=dict)   # reason -> count, this fetch
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def line(self) -> str:
        parts = [f"{self.name}: {self.feeds_fetched} feeds ({self.feeds_unchanged} unchanged)",
                 f"{self.new_items} new items", f"{self.stored} stored", f"{sum(self.skipped.values())} skipped",
                 f"{self.failed} failed"]
        text = ", ".join(parts)
        return text + (f"; errors: {'; '.join(self.errors)}" if self.errors else "")


@dataclass
class FetchReport:
    sources: list[SourceReport]
    meetings_changed: int = 0
    stopped: bool = False

    @property
    def stored(self) -> int:
        return sum(source.stored for source in self.sources)


def fetch_all(store: Store, sources: list[Source], client: PoliteClient, *, stop: threading.Event | None = None,
              reporter: Reporter | None = None, workers: int = 4, rebuild: bool = True,
              on_source: Callable[[SourceReport], None] | None = None) -> FetchReport:
    """Fetch every source (``workers`` at a time; one host is still paced as one), then bring the knowledge
    base up to date and record the meeting changes. ``stop`` (default: the client's): finish the page in hand
    and return; give it to the client too, so that its waits end at once."""
    stop = stop or client.stop
    reporter = reporter or Reporter()

    def run(source: Source) -> SourceReport:
        report = fetch_source(store, source, client, stop=stop, reporter=reporter)
        if on_source:
            on_source(report)
        return report

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(sources) or 1))) as pool:
        reports = list(pool.map(run, sources))
    result = FetchReport(reports, stopped=stop.is_set())
    if rebuild and not stop.is_set():
        result.meetings_changed = update_record(store)
    return result


def update_record(store: Store) -> int:
    """Rebuild the knowledge base if it lags the articles (this fetch's, or an earlier run's that was killed
    before its rebuild), then record what changed. Returns the number of meeting changes."""
    from summitgraph import kb

    if kb.stale_reason(store) is not None:
        kb.rebuild(store)
    return record_changes(store)


def fetch_source(store: Store, source: Source, client: PoliteClient, *, stop: threading.Event,
                 reporter: Reporter) -> SourceReport:
    report = SourceReport(source.name)
    try:
        discover(store, source, client, report, stop)
        for item in state.items_to_fetch(store, source.name):
            if stop.is_set():
                break
            fetch_item(store, source, item, client, report, reporter, stop)
    except StoreError:
        raise   # the store itself is broken: no source can go on
    except Exception as exc:   # noqa: BLE001  (one source's surprise must not stop the others)
        report.errors.append(f"{type(exc).__name__}: {exc}")
    state.record_source(store, source.name, "; ".join(report.errors)[:1000] or None)
    return report


# --- discovery --------------------------------------------------------------------------------------------

def discover(store: Store, source: Source, client: PoliteClient, report: SourceReport,
             stop: threading.Event) -> None:
    """Every item the source's feeds, sitemaps and URL list give, recorded before any page is fetched."""
    found: list[Item] = [Item(url) for url in source.urls]
    for url in source.feeds:
        if stop.is_set():
            return
        found.extend(_listing_items(store, source, url, client, report, parse_feed))
    for url in source.sitemaps:
        if stop.is_set():
            return
        found.extend(_sitemap_items(store, source, url, client, report))
    wanted = keyword_filter(source.keywords)
    rows = []
    for item in found:
        if urlsplit(item.url).scheme not in ("http", "https"):
            report.skip("not an http(s) link")
            continue
        skip = None if wanted.matches(item.title, item.summary) else NO_KEYWORD
        rows.append(state.Discovered(canonical_url(item.url), item.url, item.title, item.published, skip))
    report.new_items += state.add_items(store, source.name, rows)


def _sitemap_items(store: Store, source: Source, url: str, client: PoliteClient,
                   report: SourceReport) -> list[Item]:
    """A news sitemap's items; for a sitemap index, the items of its sitemaps (one level: an index of indexes
    is not followed, and at most MAX_CHILD_SITEMAPS of them). An index that answers 304 still has its children
    asked (each with its own conditional GET): a news sitemap changes while its index may not."""
    listing = _listing(store, source, url, client, report, parse_sitemap_at)
    if listing is UNCHANGED:
        children = state.child_sitemaps(store, url)
    elif listing is None:
        return []
    else:
        children = listing.sitemaps[:MAX_CHILD_SITEMAPS]
        state.note_child_sitemaps(store, url, children, source.name)
    items = [] if listing is None else list(listing.items)
    for child in children:
        child_listing = _listing(store, source, child, client, report, parse_sitemap_at, parent=url)
        if child_listing is not None:
            items.extend(child_listing.items)
    return items


def parse_sitemap_at(body: bytes, _url: str) -> Listing:
    return parse_sitemap(body)


def _listing_items(store: Store, source: Source, url: str, client: PoliteClient, report: SourceReport,
                   parse: Callable[[bytes, str], Listing]) -> list[Item]:
    listing = _listing(store, source, url, client, report, parse)
    return listing.items if listing is not None else []


def _listing(store: Store, source: Source, url: str, client: PoliteClient, report: SourceReport,
             parse: Callable[[bytes, str], Listing], *, parent: str | None = None) -> Listing | None:
    """A feed or sitemap, read; a conditional GET, so an unchanged one costs a 304 and gives UNCHANGED (no
    items); None when it fails (its error goes in the report)."""
    known = state.validators(store, url)
    headers = {}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    try:
        response = client.get(url, limit=client.settings.max_feed_bytes, headers=headers, delay=source.delay)
    except FetchError as exc:
        report.errors.append(f"{url}: {exc.reason}")
        return None
    report.feeds_fetched += 1
    if response.status == 304:
        report.feeds_unchanged += 1
        state.record_feed(store, url, source.name, 304, None, None, parent=parent)
        return UNCHANGED
    if response.status in (404, 410):
        report.errors.append(f"{url}: HTTP {response.status}")
        return None
    try:
        listing = parse(response.body, response.url)
    except NotAListing as exc:
        report.errors.append(f"{url}: {exc}")
        return None
    # Validators are kept only once the listing was read: a kill before this refetches it, never skips it.
    state.record_feed(store, url, source.name, response.status, response.header("etag"),
                      response.header("last-modified"), parent=parent)
    return listing


# --- pages ------------------------------------------------------------------------------------------------

def fetch_item(store: Store, source: Source, item: PendingItem, client: PoliteClient, report: SourceReport,
               reporter: Reporter, stop: threading.Event) -> None:
    try:
        page = client.get(item.url, limit=client.settings.max_page_bytes, delay=source.delay)
    except FetchError as exc:
        if stop.is_set():
            return   # cut short by a stop: the item stays as it was, for the next run
        if exc.retryable:
            state.set_item(store, item.canonical_url, "failed", exc.reason)
            report.failed += 1
        else:
            state.set_item(store, item.canonical_url, "skipped", exc.reason)
            report.skip(exc.reason)
        return
    outcome = _page_outcome(store, item, page, reporter)
    if outcome is None:
        report.stored += 1
        return
    kind, reason = outcome
    state.set_item(store, item.canonical_url, kind, reason)
    if kind == "failed":
        report.failed += 1
    else:
        report.skip(reason)


def _page_outcome(store: Store, item: PendingItem, page: Fetched, reporter: Reporter) -> tuple[str, str] | None:
    """None when the article was stored (its item already marked); else (state, reason) for the item."""
    if page.status in (404, 410):
        return "skipped", f"gone (HTTP {page.status})"
    if page.status == 304 or not page.body:
        return "skipped", f"no content (HTTP {page.status})"
    outcome = store_page(store, item, page, reporter)
    if outcome.state == "stored":
        return None
    return outcome.state, outcome.reason or outcome.state
