"""The monitor's tables (migration 4): sources' last fetch and error, feed validators, discovered items and
what became of them, the raw pages fetched. Parameterised statements only, through the store's session."""
from __future__ import annotations

from dataclasses import dataclass

from summitgraph.store import Store
from summitgraph.store.clock import utc_now

MAX_ATTEMPTS = 3     # a page that failed this often (timeouts, 5xx) is no longer tried


@dataclass(frozen=True)
class Validators:
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class PendingItem:
    canonical_url: str
    url: str
    title: str | None
    published: str | None
    attempts: int


@dataclass(frozen=True)
class SourceStatus:
    name: str
    last_fetch: str | None
    last_success: str | None
    last_error: str | None
    items_seen: int
    articles_stored: int
    pending: int
    skipped: int
    failed: int

    def to_json(self) -> dict:
        return dict(self.__dict__)


# --- feeds -------------------------------------------------------------------------------------------------

def validators(store: Store, url: str) -> Validators:
    with store.session() as db:
        row = db.query_one("SELECT etag, last_modified FROM monitor_feeds WHERE url = ?", (url,))
    return Validators(row["etag"], row["last_modified"]) if row else Validators(None, None)


def record_feed(store: Store, url: str, source: str, status: int, etag: str | None,
                last_modified: str | None, *, parent: str | None = None) -> None:
    """A 200 replaces the validators; a 304 keeps them."""
    with store.session() as db, db.transaction():
        db.execute(
            "INSERT INTO monitor_feeds (url, source, parent, etag, last_modified, last_status, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET source = excluded.source, "
            "parent = COALESCE(excluded.parent, monitor_feeds.parent), "
            "etag = CASE WHEN excluded.last_status = 304 THEN monitor_feeds.etag ELSE excluded.etag END, "
            "last_modified = CASE WHEN excluded.last_status = 304 THEN monitor_feeds.last_modified "
            "ELSE excluded.last_modified END, last_status = excluded.last_status, fetched_at = excluded.fetched_at",
            (url, source, parent, etag, last_modified, status, utc_now()))


def note_child_sitemaps(store: Store, index: str, children: list[str], source: str) -> None:
    """Remember which sitemaps an index lists before any is fetched, so one that fails now is still asked after
    the index answers 304."""
    with store.session() as db, db.transaction():
        for child in children:
            db.execute("INSERT INTO monitor_feeds (url, source, parent) VALUES (?, ?, ?) "
                       "ON CONFLICT (url) DO UPDATE SET parent = excluded.parent", (child, source, index))


def child_sitemaps(store: Store, index: str) -> list[str]:
    """The sitemaps a sitemap index listed when it was last read."""
    with store.session() as db:
        return [row["url"] for row in db.query("SELECT url FROM monitor_feeds WHERE parent = ? ORDER BY url",
                                               (index,))]


# --- items -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Discovered:
    canonical_url: str
    url: str                     # as the feed, sitemap or list gave it
    title: str | None
    published: str | None
    skip: str | None = None      # why it will not be fetched (no keyword), or None


def add_items(store: Store, source: str, items: list[Discovered]) -> int:
    """Remember discovered items in one transaction; an item already known is left as it is. Returns how many
    were new."""
    now = utc_now()
    new = 0
    with store.session() as db, db.transaction():
        for item in items:
            if db.query_one("SELECT 1 AS x FROM monitor_items WHERE canonical_url = ?", (item.canonical_url,)):
                continue
            db.execute(
                "INSERT INTO monitor_items (canonical_url, url, source, title, published, discovered_at, state, "
                "reason, attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                (item.canonical_url, item.url, source, item.title, item.published, now,
                 "skipped" if item.skip else "pending", item.skip, now))
            new += 1
    return new


def items_to_fetch(store: Store, source: str) -> list[PendingItem]:
    """Pending items, then failed ones still worth a try, oldest first: what a killed fetch left is here."""
    with store.session() as db:
        rows = db.query(
            "SELECT canonical_url, url, title, published, attempts FROM monitor_items WHERE source = ? AND "
            "(state = 'pending' OR (state = 'failed' AND attempts < ?)) "
            "ORDER BY (state = 'failed'), id", (source, MAX_ATTEMPTS))
    return [PendingItem(r["canonical_url"], r["url"], r["title"], r["published"], int(r["attempts"]))
            for r in rows]


def set_item(store: Store, canonical: str, state: str, reason: str | None = None, *,
             article_key: str | None = None, attempted: bool = True) -> None:
    with store.session() as db, db.transaction():
        db.execute(
            "UPDATE monitor_items SET state = ?, reason = ?, article_key = COALESCE(?, article_key), "
            "attempts = attempts + ?, updated_at = ? WHERE canonical_url = ?",
            (state, reason, article_key, 1 if attempted else 0, utc_now(), canonical))


def item(store: Store, canonical: str) -> dict | None:
    with store.session() as db:
        return db.query_one("SELECT * FROM monitor_items WHERE canonical_url = ?", (canonical,))


def items(store: Store, source: str | None = None) -> list[dict]:
    with store.session() as db:
        if source is None:
            return db.query("SELECT * FROM monitor_items ORDER BY id")
        return db.query("SELECT * FROM monitor_items WHERE source = ? ORDER BY id",
                        (source,))


def stored_item_with_url(store: Store, canonical: str) -> str | None:
    """The article key of a stored item whose page ended at ``canonical`` (after redirects), if any."""
    with store.session() as db:
        row = db.query_one("SELECT article_key FROM monitor_items WHERE state = 'stored' AND "
                           "(canonical_url = ? OR article_key = ?)", (canonical, canonical))
    return row["article_key"] if row else None


# --- pages -------------------------------------------------------------------------------------------------

def save_page(store: Store, canonical: str, url: str, fetched_at: str, http_date: str | None,
              last_modified: str | None, etag: str | None, status: int, raw_hash: str, html: str) -> int:
    with store.session() as db, db.transaction():
        return db.insert(
            "INSERT INTO monitor_pages (canonical_url, url, fetched_at, http_date, last_modified, etag, status, "
            "raw_hash, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (canonical, url, fetched_at, http_date, last_modified, etag, status, raw_hash, html))


def pages(store: Store, canonical: str | None = None) -> list[dict]:
    with store.session() as db:
        if canonical is None:
            return db.query("SELECT * FROM monitor_pages ORDER BY id")
        return db.query("SELECT * FROM monitor_pages WHERE canonical_url = ? ORDER BY id", (canonical,))


# --- sources -----------------------------------------------------------------------------------------------

def record_source(store: Store, name: str, error: str | None) -> None:
    """The end of one source's fetch: when, and its error (None: it succeeded, which clears the last one)."""
    now = utc_now()
    with store.session() as db, db.transaction():
        db.execute(
            "INSERT INTO monitor_sources (name, last_fetch, last_success, last_error) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET last_fetch = excluded.last_fetch, "
            "last_success = COALESCE(excluded.last_success, monitor_sources.last_success), "
            "last_error = excluded.last_error",
            (name, now, None if error else now, error))


def source_statuses(store: Store, names: list[str] | None = None) -> list[SourceStatus]:
    """Each source's last fetch and error with its items counted by state; ``names``: these sources, in this
    order, including ones never fetched; None: every source the store has seen."""
    with store.session() as db:
        fetched = {r["name"]: r for r in db.query("SELECT * FROM monitor_sources")}
        counts: dict[str, dict[str, int]] = {}
        for row in db.query("SELECT source, state, COUNT(*) AS n FROM monitor_items GROUP BY source, state"):
            counts.setdefault(row["source"], {})[row["state"]] = int(row["n"])
    wanted = names if names is not None else sorted(set(fetched) | set(counts))
    out = []
    for name in wanted:
        row = fetched.get(name) or {}
        by_state = counts.get(name, {})
        out.append(SourceStatus(name, row.get("last_fetch"), row.get("last_success"), row.get("last_error"),
                                sum(by_state.values()), by_state.get("stored", 0), by_state.get("pending", 0),
                                by_state.get("skipped", 0), by_state.get("failed", 0)))
    return out
