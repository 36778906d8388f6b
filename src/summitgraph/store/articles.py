"""Article rows: versioned ingest, lookups, listing, search."""
from __future__ import annotations

from typing import Iterator, Literal

from ..errors import NotFoundError, StoreError
from ..model import Article, Reading
from . import facts, stage_failures
from .backend import Backend, Row
from .clock import utc_now
from .fold import fold, like_pattern, query_tokens
from .records import ArticleBrief, ArticleSummary, SearchHit, StoredArticle
from .snippet import snippet
from .serialize import article_from_dict, content_hash, dumps, loads, spans_to_json

AddResult = Literal["ingested", "unchanged", "updated"]
MAX_PAGE = 1000

_FULL_COLUMNS = ("SELECT id, key, version, source, url, title, outlet, author, published, published_time, fmt, "
                 "original, text, offsets, removed, quality, content_hash, ingested_at, extracted_with, "
                 "superseded_by FROM articles ")


def add(db: Backend, article: Article, reading: Reading | None, *, extractor_version: str | None,
        run_id: int | None) -> AddResult:
    """Store an article (and what was read from it) in one transaction.

    Content already current in the store changes nothing. A known key with new content becomes a new version
    and the old row is marked superseded; its facts stay with it as history.
    """
    if reading is not None and reading.article.text != article.text:
        raise StoreError(f"{article.id}: the reading was made from a different text than the article's",
                         hint="pass the Reading produced from this Article")
    digest = content_hash(article)
    with db.transaction():
        db.lock_writes("articles")
        if db.query_one("SELECT id FROM articles WHERE content_hash = ? AND superseded_by IS NULL", (digest,)):
            return "unchanged"
        previous = db.query_one("SELECT id FROM articles WHERE key = ? AND superseded_by IS NULL", (article.id,))
        version = int(db.scalar("SELECT COALESCE(MAX(version), 0) AS v FROM articles WHERE key = ?",
                                (article.id,))) + 1
        if previous:
            # Take the old row out of "current" before inserting the new one: the unique index on current keys
            # is checked row by row, and the new row's id is not known yet. Self-reference = "superseded".
            db.execute("UPDATE articles SET superseded_by = id WHERE id = ?", (previous["id"],))
        pk = _insert_row(db, article, digest, version, extractor_version if reading is not None else None)
        if previous:
            db.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (pk, previous["id"]))
        db.index_for_search(pk, _search_text(article.title or ""), _search_text(article.text))
        if reading is not None:
            facts.insert_reading(db, pk, reading, extractor_version=extractor_version, run_id=run_id)
            stage_failures.insert(db, pk, reading.stage_failures)
    return "updated" if previous else "ingested"


def _insert_row(db: Backend, article: Article, digest: str, version: int, extracted_with: str | None) -> int:
    return db.insert(
        "INSERT INTO articles (key, version, source, url, title, title_folded, outlet, author, published, "
        "published_time, fmt, original, text, offsets, removed, quality, content_hash, ingested_at, "
        "extracted_with) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.id, version, article.source, article.url, article.title,
         fold(article.title) if article.title else None, article.outlet, article.author, article.published,
         article.published_time, article.fmt, article.original, article.text, dumps(article.offsets.to_json()),
         dumps(spans_to_json(article.removed)), dumps(list(article.quality)), digest, utc_now(),
         extracted_with))


def _search_text(text: str) -> str:
    """The folded words, space-separated: both full-text engines then see exactly the query's tokenisation."""
    return " ".join(query_tokens(text))


def row_to_stored(row: Row) -> StoredArticle:
    article = article_from_dict({**row, "id": row["key"], "offsets": loads(row["offsets"]),
                                 "removed": loads(row["removed"]), "quality": loads(row["quality"])})
    superseded_by = row["superseded_by"]
    return StoredArticle(pk=int(row["id"]), key=row["key"], version=int(row["version"]),
                         content_hash=row["content_hash"], ingested_at=row["ingested_at"],
                         superseded_by=None if superseded_by is None else int(superseded_by),
                         extracted_with=row["extracted_with"], article=article)


def get(db: Backend, key_or_id: str | int, version: int | None = None) -> StoredArticle:
    """By row id (int), or by key: its current version, or the given version."""
    if isinstance(key_or_id, int):
        row = db.query_one(_FULL_COLUMNS + "WHERE id = ?", (key_or_id,))
    elif version is not None:
        row = db.query_one(_FULL_COLUMNS + "WHERE key = ? AND version = ?", (key_or_id, int(version)))
    else:
        row = db.query_one(_FULL_COLUMNS + "WHERE key = ? AND superseded_by IS NULL", (key_or_id,))
    if row is None:
        what = f"article {key_or_id!r}" + (f" version {version}" if version is not None else "")
        raise NotFoundError(f"{what} is not in the store", hint="list_articles() shows what is stored")
    return row_to_stored(row)


def current_pk(db: Backend, key_or_id: str | int) -> int:
    """The row id an id or key stands for (a key: its current version)."""
    if isinstance(key_or_id, int):
        row = db.query_one("SELECT id FROM articles WHERE id = ?", (key_or_id,))
    else:
        row = db.query_one("SELECT id FROM articles WHERE key = ? AND superseded_by IS NULL", (key_or_id,))
    if row is None:
        raise NotFoundError(f"article {key_or_id!r} is not in the store", hint="list_articles() shows what is stored")
    return int(row["id"])


def versions(db: Backend, key: str) -> list[StoredArticle]:
    return [row_to_stored(row) for row in db.query(_FULL_COLUMNS + "WHERE key = ? ORDER BY version", (key,))]


def _filter(query: str | None) -> tuple[str, tuple[str, ...]]:
    """WHERE clause of a listing: current versions, optionally whose key or title contains ``query``
    (diacritics and case ignored). The clause is fixed text; only the pattern varies, as a parameter."""
    if not query or not fold(query).strip():
        return "WHERE a.superseded_by IS NULL ", ()
    pattern = like_pattern(fold(query).strip())
    return ("WHERE a.superseded_by IS NULL AND (a.title_folded LIKE ? ESCAPE '\\' "
            "OR LOWER(a.key) LIKE ? ESCAPE '\\') ", (pattern, pattern))


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    limit, offset = int(limit), int(offset)
    if limit < 0 or offset < 0:
        raise StoreError(f"limit and offset must not be negative (got {limit}, {offset})")
    return min(limit, MAX_PAGE), offset


# Keys per IN list: well under either database's limit on bound parameters.
BRIEF_CHUNK = 500


def briefs(db: Backend, keys: list[str]) -> dict[str, ArticleBrief]:
    """Title, outlet and quality flags of the current versions of ``keys`` (unknown keys are left out), read
    through the current-key index a chunk of keys per query."""
    out: dict[str, ArticleBrief] = {}
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), BRIEF_CHUNK):
        chunk = wanted[start:start + BRIEF_CHUNK]
        marks = ", ".join("?" for _ in chunk)   # only placeholders are joined; the keys travel as parameters
        for row in db.query("SELECT key, title, outlet, quality FROM articles WHERE superseded_by IS NULL AND key IN ("
                            + marks + ")", chunk):
            out[row["key"]] = ArticleBrief(row["key"], row["title"], row["outlet"], tuple(loads(row["quality"])))
    return out


def text_of(db: Backend, key: str) -> tuple[str, ArticleBrief] | None:
    """The current version's text with its brief: what quoting a sentence needs, without the original, the
    offset map or the removed furniture that a full read parses."""
    row = db.query_one("SELECT key, title, outlet, quality, text FROM articles WHERE key = ? AND superseded_by IS NULL",
                       (key,))
    if row is None:
        return None
    return row["text"], ArticleBrief(row["key"], row["title"], row["outlet"], tuple(loads(row["quality"])))


def newest_published(db: Backend) -> str | None:
    """The newest publication date among current articles, read backwards off the ``published`` index."""
    row = db.query_one("SELECT published FROM articles WHERE published IS NOT NULL AND superseded_by IS NULL "
                       "ORDER BY published DESC LIMIT 1")
    return row["published"] if row else None


def list_summaries(db: Backend, limit: int, offset: int, query: str | None) -> list[ArticleSummary]:
    limit, offset = page_bounds(limit, offset)
    where, params = _filter(query)
    rows = db.query(
        "SELECT a.id, a.key, a.version, a.title, a.outlet, a.published, a.source, a.url, a.ingested_at, "
        "(SELECT COUNT(*) FROM facts AS f WHERE f.article_id = a.id) AS fact_count FROM articles AS a "
        + where + "ORDER BY a.published IS NULL, a.published DESC, a.key LIMIT ? OFFSET ?",
        (*params, limit, offset))
    return [ArticleSummary(pk=int(r["id"]), key=r["key"], version=int(r["version"]), title=r["title"],
                           outlet=r["outlet"], published=r["published"], source=r["source"], url=r["url"],
                           ingested_at=r["ingested_at"], fact_count=int(r["fact_count"])) for r in rows]


def count(db: Backend, query: str | None) -> int:
    where, params = _filter(query)
    return int(db.scalar("SELECT COUNT(*) AS n FROM articles AS a " + where, params))


def count_versions(db: Backend) -> int:
    """Every stored row, superseded versions included: a changed article adds one."""
    return int(db.scalar("SELECT COUNT(*) AS n FROM articles"))


def iter_current(db: Backend, batch: int) -> Iterator[list[StoredArticle]]:
    """Current versions in id order, a batch at a time. Keyset paging: writes between batches are safe."""
    last = 0
    while True:
        rows = db.query(_FULL_COLUMNS + "WHERE superseded_by IS NULL AND id > ? ORDER BY id LIMIT ?",
                        (last, batch))
        if not rows:
            return
        last = int(rows[-1]["id"])
        yield [row_to_stored(row) for row in rows]


def delete(db: Backend, key: str) -> int:
    """Delete every version of a key; its facts go with it (ON DELETE CASCADE)."""
    with db.transaction():
        deleted = int(db.scalar("SELECT COUNT(*) AS n FROM articles WHERE key = ?", (key,)))
        if not deleted:
            raise NotFoundError(f"article {key!r} is not in the store", hint="list_articles() shows what is stored")
        db.execute("DELETE FROM articles WHERE key = ?", (key,))
    return deleted


def known_hashes(db: Backend) -> set[str]:
    return {row["content_hash"] for row in
            db.query("SELECT content_hash FROM articles WHERE superseded_by IS NULL")}


def search(db: Backend, text: str, limit: int) -> list[SearchHit]:
    tokens = query_tokens(text)
    limit, _ = page_bounds(limit, 0)
    if not tokens or not limit:
        return []
    rows = db.search_rows(tokens, limit)
    # The hits' texts in one query (one round trip to a database server, not one per hit).
    ids = [int(row["id"]) for row in rows]
    texts = {int(r["id"]): r["text"] for r in db.query(
        "SELECT id, text FROM articles WHERE id IN (" + ", ".join("?" for _ in ids) + ")", ids)} if ids else {}
    return [SearchHit(pk=int(row["id"]), key=row["key"], title=row["title"], published=row["published"],
                      score=float(row["score"]), tier=int(row.get("tier", 2)),
                      snippet=tuple(snippet(texts.get(int(row["id"]), ""), tokens))) for row in rows]


def reindex(db: Backend) -> int:
    """Recompute the folded copies of every current article (after the fold itself changed)."""
    done = 0
    for batch in iter_current(db, 200):
        with db.transaction():
            for stored in batch:
                title = stored.article.title
                db.execute("UPDATE articles SET title_folded = ? WHERE id = ?",
                           (fold(title) if title else None, stored.pk))
                db.index_for_search(stored.pk, _search_text(title or ""), _search_text(stored.article.text))
                done += 1
    return done
