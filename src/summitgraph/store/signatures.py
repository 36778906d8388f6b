"""Near-duplicate signatures of article versions: computed at ingest beside extraction, read by a rebuild.

One row per article version: the scheme that made the signature (a rebuild ignores rows of another scheme and
computes them again) and the packed signature (empty: the text is too short to compare). Rows go with their
article version (ON DELETE CASCADE). A store made before migration 13, or an article stored without one, has
no row: the rebuild computes the signature from the text.
"""
from __future__ import annotations

from typing import Iterator

from .backend import Backend

# Signatures per query while a rebuild reads them in article order: bounded memory, few round trips.
PAGE = 2000


def add_current(db: Backend, key: str, scheme: str, packed: bytes) -> None:
    """Record the signature of ``key``'s current version (inside the transaction that stored it)."""
    db.execute("INSERT INTO article_signatures (article_id, scheme, signature) "
               "SELECT id, ?, ? FROM articles WHERE key = ? AND superseded_by IS NULL", (scheme, packed, key))


def put_many(db: Backend, scheme: str, found: list[tuple[int, bytes]]) -> None:
    """Record (or replace) the signatures of article versions by id, in one transaction; ids no longer stored
    (deleted meanwhile) are skipped."""
    with db.transaction():
        for article_id, packed in found:
            db.execute("DELETE FROM article_signatures WHERE article_id = ?", (article_id,))
            db.execute("INSERT INTO article_signatures (article_id, scheme, signature) "
                       "SELECT id, ?, ? FROM articles WHERE id = ?", (scheme, packed, article_id))


def page_from(db: Backend, first_id: int, scheme: str, limit: int = PAGE) -> list[tuple[int, bytes]]:
    """(article id, packed signature) of current versions from ``first_id`` on, in id order, at most ``limit``."""
    rows = db.query("SELECT s.article_id, s.signature FROM article_signatures AS s "
                    "JOIN articles AS a ON a.id = s.article_id "
                    "WHERE s.article_id >= ? AND s.scheme = ? AND a.superseded_by IS NULL "
                    "ORDER BY s.article_id LIMIT ?", (first_id, scheme, limit))
    return [(int(row["article_id"]), bytes(row["signature"])) for row in rows]
