"""The store: articles, facts, failures, corrections and tokens in SQLite (default) or PostgreSQL.

    with open_store("sqlite:///summitgraph.db") as store:
        store.add_article(article, reading, extractor_version="1.0")

``open_store`` migrates the schema forward before it returns.
"""
from __future__ import annotations

from ..errors import StoreError
from .articles import AddResult
from .backend import Backend
from .migrations import LATEST_VERSION, migrate
from .records import (
    ArticleBrief,
    ArticleSummary,
    Correction,
    Failure,
    Run,
    SearchHit,
    StoredArticle,
    StoredFact,
    StoredStageFailure,
)
from .serialize import content_hash
from .source_files import FileStamp, SourceFile
from .store import Store
from .url import DEFAULT_URL, ENV_VAR, PostgresTarget, SqliteTarget, parse_url, resolve_url

__all__ = [
    "AddResult", "ArticleBrief", "ArticleSummary", "Correction", "DEFAULT_URL", "ENV_VAR", "Failure", "FileStamp", "LATEST_VERSION",
    "Run", "SearchHit", "SourceFile", "Store", "StoredArticle", "StoredFact", "StoredStageFailure",
    "content_hash", "open_backend",
    "open_store", "resolve_url",
]


def open_backend(url: str | None = None) -> Backend:
    """A connection to the database ``url`` names (see resolve_url), not yet migrated."""
    target = parse_url(resolve_url(url))
    if isinstance(target, SqliteTarget):
        from .sqlite import SqliteBackend
        return SqliteBackend(target.path)
    assert isinstance(target, PostgresTarget)
    from .postgres import PostgresBackend  # imported only when used: psycopg is not needed for SQLite
    return PostgresBackend(target.conninfo, target.schema)


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``; None: $SUMMITGRAPH_DB, else
    sqlite:///summitgraph.db. Raises ConfigError for a malformed URL, StoreError when it cannot open."""
    backend = open_backend(url)
    try:
        migrate(backend)
    except StoreError:
        backend.close()
        raise
    return Store(backend)
