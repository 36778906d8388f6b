"""The schema as a versioned list of steps. Opening a store applies the steps it has not seen yet.

Each step is written once in SQL both databases accept (TEXT, INTEGER, BIGINT, BOOLEAN, DOUBLE PRECISION,
CHECK, partial indexes), plus small per-backend pieces where they must differ (the id column, full-text
search). ``@ID@`` stands for the backend's auto-assigned integer primary key. Append new steps; never edit
one that has shipped.

Timestamps are ISO 8601 UTC strings and JSON is stored as TEXT in both backends, so a row reads back the
same whichever database holds it.
"""
from __future__ import annotations

from dataclasses import dataclass
from ..errors import StoreError
from .backend import Backend
from .clock import utc_now


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    common: tuple[str, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgresql: tuple[str, ...] = ()

    def statements(self, backend: Backend) -> list[str]:
        own = self.sqlite if backend.dialect == "sqlite" else self.postgresql
        return [stmt.replace("@ID@", backend.id_column) for stmt in self.common + own]


_INITIAL_TABLES = (
    # One row per version of an article. `key` is the article id (file name or JSONL id). The current
    # version has superseded_by NULL; an older one points at the row that replaced it. Versions of a key are
    # deleted together, so the self-reference needs no ON DELETE action.
    """CREATE TABLE articles (
        id @ID@,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        title_folded TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_time TEXT,
        fmt TEXT NOT NULL,
        original TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        removed TEXT NOT NULL,
        quality TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        extracted_with TEXT,
        superseded_by BIGINT REFERENCES articles (id),
        UNIQUE (key, version)
    )""",
    # At most one current version per key, and the same content is never current twice.
    "CREATE UNIQUE INDEX articles_current_key ON articles (key) WHERE superseded_by IS NULL",
    "CREATE UNIQUE INDEX articles_current_hash ON articles (content_hash) WHERE superseded_by IS NULL",
    "CREATE INDEX articles_published ON articles (published)",
    """CREATE TABLE runs (
        id @ID@,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        extractor_version TEXT NOT NULL,
        counts TEXT
    )""",
    # One row per record an extractor read. `record` is the gold-format JSON; span_start/span_end cover all
    # of `spans` (offsets into the article's cleaned text); `position` is the record's index in its list of
    # the reading, which a meeting's `prepares` refers to.
    """CREATE TABLE facts (
        id @ID@,
        article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        run_id BIGINT REFERENCES runs (id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'person', 'document', 'chair', 'published')),
        position INTEGER NOT NULL,
        record TEXT NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        spans TEXT NOT NULL,
        extractor TEXT,
        version TEXT,
        confidence DOUBLE PRECISION,
        CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
    )""",
    "CREATE INDEX facts_article ON facts (article_id, kind, position)",
    "CREATE INDEX facts_kind ON facts (kind)",
    "CREATE INDEX facts_run ON facts (run_id)",
    # Inputs that could not be read, one row per source; `resolved` turns true when the source later ingests.
    """CREATE TABLE failures (
        id @ID@,
        source TEXT NOT NULL UNIQUE,
        problem TEXT NOT NULL,
        at TEXT NOT NULL,
        resolved BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    # Human corrections, kept apart from what extractors read and applied on top by the knowledge base.
    """CREATE TABLE corrections (
        id @ID@,
        target_kind TEXT NOT NULL,
        target_key TEXT NOT NULL,
        field TEXT,
        value TEXT,
        action TEXT NOT NULL CHECK (action IN ('set', 'reject')),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT
    )""",
    "CREATE INDEX corrections_target ON corrections (target_kind, target_key)",
    # Write tokens, stored as sha256 hex digests only.
    """CREATE TABLE tokens (
        name TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "articles, runs, facts, failures, corrections, tokens; full-text search",
        common=_INITIAL_TABLES,
        sqlite=(
            # unicode61 with remove_diacritics keeps đ, so the rows hold text folded by store.fold already;
            # the tokenizer option still covers any mark the fold let through.
            """CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, tokenize = "unicode61 remove_diacritics 2")""",
            # The index follows the current versions only.
            """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                DELETE FROM articles_fts WHERE rowid = old.id;
            END""",
            """CREATE TRIGGER articles_fts_supersede AFTER UPDATE OF superseded_by ON articles
                WHEN new.superseded_by IS NOT NULL BEGIN
                DELETE FROM articles_fts WHERE rowid = old.id;
            END""",
        ),
        postgresql=(
            "ALTER TABLE articles ADD COLUMN text_folded TEXT",
            """ALTER TABLE articles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title_folded, '')), 'A')
                || setweight(to_tsvector('simple', coalesce(text_folded, '')), 'B')) STORED""",
            "CREATE INDEX articles_search ON articles USING GIN (search_tsv)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(backend: Backend) -> int:
    return int(backend.scalar("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version") or 0)


def migrate(backend: Backend) -> int:
    """Bring the schema up to LATEST_VERSION in one transaction; return the version it was at before."""
    with backend.transaction():
        backend.lock_writes("migrate")  # two processes opening a new database: one migrates, the other waits
        backend.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        before = current_version(backend)
        if before > LATEST_VERSION:
            raise StoreError(
                f"{backend.description}: the database schema is version {before}, newer than this "
                f"summitgraph knows ({LATEST_VERSION})", hint="upgrade summitgraph")
        for step in MIGRATIONS:
            if step.version <= before:
                continue
            for statement in step.statements(backend):
                backend.execute(statement)
            backend.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                            (step.version, step.description, utc_now()))
    return before
