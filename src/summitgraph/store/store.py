"""The Store: one object the rest of summitgraph talks to, whichever database is behind it.

It only delegates to the modules that own each table (articles, facts, failures, corrections, tokens, runs)
and serialises access with a lock, so one Store can be shared by the threads of a web server.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator

from ..errors import NotFoundError
from ..model import Article, Reading
from . import articles, corrections, facts, failures, runs, signatures, source_files, stage_failures, tokens
from .articles import AddResult
from .backend import Backend
from .migrations import current_version
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
from .source_files import FileStamp, SourceFile


class Store:
    def __init__(self, backend: Backend) -> None:
        self._db = backend
        self._lock = threading.RLock()
        # False: no stored write token is honoured (a server started --read-only); verify_token finds none.
        self.tokens_honoured = True

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self._db.dialect

    @property
    def description(self) -> str:
        return self._db.description

    @contextmanager
    def session(self) -> Iterator[Backend]:
        """The database connection under the store's lock, for layers that own tables of their own (the
        knowledge base's ``kb_*``): parameterised statements only."""
        with self._lock:
            yield self._db

    # --- articles ---------------------------------------------------------------------------------

    def add_article(self, article: Article, reading: Reading | None = None, *,
                    extractor_version: str | None = None, run_id: int | None = None,
                    signature: tuple[str, bytes] | None = None) -> AddResult:
        """Store an article and its facts in one transaction: "ingested" (new key), "unchanged" (this
        content is already current), or "updated" (new version of a known key; the old one is superseded).
        A success also resolves an open failure recorded for the article's source. ``signature``: (scheme,
        packed) near-duplicate signature of the article's text, stored with the new version."""
        with self._lock, self._db.transaction():
            result = articles.add(self._db, article, reading, extractor_version=extractor_version, run_id=run_id)
            if signature is not None and result != "unchanged":
                signatures.add_current(self._db, article.id, *signature)
            failures.resolve(self._db, article.source)
        return result

    def signatures_from(self, first_pk: int, scheme: str, limit: int = signatures.PAGE) -> list[tuple[int, bytes]]:
        """(row id, packed signature) of current article versions whose signature of ``scheme`` is stored,
        from row ``first_pk`` on, in row order, at most ``limit``."""
        with self._lock:
            return signatures.page_from(self._db, first_pk, scheme, limit)

    def put_signatures(self, scheme: str, found: list[tuple[int, bytes]]) -> None:
        """Store (or replace) the signatures of article versions by row id, in one transaction."""
        with self._lock:
            signatures.put_many(self._db, scheme, found)

    def replace_facts(self, article: str | int, reading: Reading, *, extractor_version: str | None = None,
                      run_id: int | None = None) -> int:
        """Replace the facts of an article (key: its current version; int: that row) with a new reading of
        the same text, in one transaction. Returns the number of facts written."""
        with self._lock:
            pk = articles.current_pk(self._db, article)
            return facts.replace(self._db, pk, reading, extractor_version=extractor_version, run_id=run_id)

    def get_article(self, key_or_id: str | int, *, version: int | None = None) -> StoredArticle:
        """By key (current version, or ``version``) or by row id. Raises NotFoundError."""
        with self._lock:
            return articles.get(self._db, key_or_id, version)

    def article_versions(self, key: str) -> list[StoredArticle]:
        """Every stored version of a key, oldest first (empty if unknown)."""
        with self._lock:
            return articles.versions(self._db, key)

    def get_reading(self, key_or_id: str | int) -> Reading:
        """The stored Article with its stored facts put back into a Reading."""
        with self._lock:
            stored = articles.get(self._db, key_or_id)
            found = facts.select(self._db, kind=None, article_pk=stored.pk, include_superseded=True)
            failed = [row.failure for row in stage_failures.select(self._db, article_pk=stored.pk)]
        return facts.reading_from_facts(Reading(article=stored.article, stage_failures=failed), found)

    def stage_failures(self, article: str | int | None = None) -> list[StoredStageFailure]:
        """Stages that raised: on every current article, or on one (key: its current version; int: that row)."""
        with self._lock:
            pk = None if article is None else articles.current_pk(self._db, article)
            return stage_failures.select(self._db, article_pk=pk)

    def article_briefs(self, keys: list[str]) -> dict[str, ArticleBrief]:
        """Title, outlet and quality flags of many current articles at once, by key (unknown keys left out)."""
        with self._lock:
            return articles.briefs(self._db, keys)

    def article_text(self, key: str) -> tuple[str, ArticleBrief] | None:
        """A current article's text and brief, without the rest of the row; None if there is none."""
        with self._lock:
            return articles.text_of(self._db, key)

    def newest_published(self) -> str | None:
        """The newest publication date among the current articles."""
        with self._lock:
            return articles.newest_published(self._db)

    def list_articles(self, limit: int = 50, offset: int = 0, query: str | None = None) -> list[ArticleSummary]:
        """Current articles, newest publication first; ``query`` keeps those whose title or key contains it
        (case and diacritics ignored)."""
        with self._lock:
            return articles.list_summaries(self._db, limit, offset, query)

    def count_articles(self, query: str | None = None) -> int:
        with self._lock:
            return articles.count(self._db, query)

    def count_article_versions(self) -> int:
        """Stored article rows, superseded versions included (one COUNT, where ``stats()`` counts every table)."""
        with self._lock:
            return articles.count_versions(self._db)

    def iter_articles(self, batch: int = 100) -> Iterator[StoredArticle]:
        """Every current article, in ingest order; reads a batch at a time."""
        pages = articles.iter_current(self._db, batch)
        while True:
            with self._lock:
                page = next(pages, None)
            if page is None:
                return
            yield from page

    def iter_articles_with_facts(self, batch: int = 200) -> Iterator[tuple[StoredArticle, list[StoredFact]]]:
        """Every current article with its facts, in ingest order, a batch of articles (and one query for their
        facts) at a time: a rebuild streams the store without holding all its facts."""
        pages = articles.iter_current(self._db, batch)
        while True:
            with self._lock:
                page = next(pages, None)
                if page is None:
                    return
                found = facts.select_current_range(self._db, page[0].pk, page[-1].pk)
            by_article: dict[int, list[StoredFact]] = {}
            for fact in found:
                by_article.setdefault(fact.article_pk, []).append(fact)
            for stored in page:
                yield stored, by_article.get(stored.pk, [])

    def article_marks(self) -> list[tuple[str, int, int]]:
        """(key, row id, highest fact id) of every current article, in ingest order: an incremental rebuild
        compares them with what it read last time to find the articles added or changed since."""
        with self._lock:
            return facts.current_marks(self._db)

    def delete_article(self, key: str) -> int:
        """Delete every version of ``key`` and their facts; returns rows deleted. Raises NotFoundError."""
        with self._lock:
            return articles.delete(self._db, key)

    def known_hashes(self) -> set[str]:
        """content_hash() of every current article, to skip unchanged inputs before extracting."""
        with self._lock:
            return articles.known_hashes(self._db)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Current articles whose title or text holds every word of ``text``, ignoring case and diacritics
        (đ = d). Query syntax is never interpreted: the words are all that count."""
        with self._lock:
            return articles.search(self._db, text, limit)

    def reindex_search(self) -> int:
        """Rebuild the folded search copies (needed only if the fold changed)."""
        with self._lock:
            return articles.reindex(self._db)

    # --- facts ------------------------------------------------------------------------------------

    def facts(self, kind: str | None = None, article: str | int | None = None, *,
              include_superseded: bool = False, limit: int | None = None, offset: int = 0) -> list[StoredFact]:
        """Facts, optionally of one kind and/or one article (key: its current version; int: that row), a page
        of them with ``limit``/``offset``. An unknown article gives []; an unknown kind raises StoreError."""
        with self._lock:
            pk = self._article_filter(article)
            if pk == -1:
                return []  # a filter that matches nothing
            return facts.select(self._db, kind=kind, article_pk=pk, include_superseded=include_superseded,
                                limit=limit, offset=offset)

    def count_facts(self, kind: str | None = None, article: str | int | None = None, *,
                    include_superseded: bool = False) -> int:
        with self._lock:
            pk = self._article_filter(article)
            if pk == -1:
                return 0
            return facts.count(self._db, kind=kind, article_pk=pk, include_superseded=include_superseded)

    def _article_filter(self, article: str | int | None) -> int | None:
        """The row id an article filter names; None for no filter, -1 for an article that does not exist."""
        if article is None:
            return None
        try:
            return articles.current_pk(self._db, article)
        except NotFoundError:
            return -1

    # --- runs -------------------------------------------------------------------------------------

    def start_run(self, extractor_version: str) -> int:
        with self._lock:
            return runs.start(self._db, extractor_version)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self._lock:
            runs.finish(self._db, run_id, counts)

    def runs(self) -> list[Run]:
        with self._lock:
            return runs.select(self._db)

    # --- failures ---------------------------------------------------------------------------------

    def record_failure(self, source: str, problem: str) -> None:
        with self._lock:
            failures.record(self._db, source, problem)

    def resolve_failure(self, source: str) -> bool:
        with self._lock:
            return failures.resolve(self._db, source)

    def failures(self, *, include_resolved: bool = False) -> list[Failure]:
        with self._lock:
            return failures.select(self._db, include_resolved=include_resolved)

    # --- source files -----------------------------------------------------------------------------

    def source_file(self, path: str) -> SourceFile | None:
        """The stamp recorded when the file at ``path`` (absolute) was last read whole, or None."""
        with self._lock:
            return source_files.stamp_of(self._db, path)

    def record_source_file(self, stamp: FileStamp, articles: list[tuple[str, str]]) -> None:
        """Record a file read whole: its stamp and (source, content_hash) of each article it gave. Its own
        transaction, after the articles': a crash in between only means the file is read again."""
        with self._lock:
            source_files.record(self._db, stamp, articles)

    def forget_source_file(self, path: str) -> None:
        with self._lock:
            source_files.forget(self._db, path)

    # --- corrections ------------------------------------------------------------------------------

    def add_correction(self, target_kind: str, target_key: str, field: str | None, value: Any = None, *,
                       action: str = "set", author: str, note: str | None = None) -> int:
        """Log a correction ("set" a field to a JSON value, or "reject" the target); returns its id."""
        with self._lock:
            return corrections.add(self._db, target_kind, target_key, field, value, action=action,
                                   author=author, note=note)

    def corrections(self, target_kind: str | None = None, target_key: str | None = None) -> list[Correction]:
        with self._lock:
            return corrections.select(self._db, target_kind=target_kind, target_key=target_key)

    def correction(self, correction_id: int) -> Correction | None:
        """One correction of the log by id (through the log's indexes, not a read of the whole log)."""
        with self._lock:
            return corrections.get(self._db, correction_id)

    def withdraw_correction(self, correction_id: int, *, author: str, note: str | None = None) -> Correction:
        """Take a correction back (it stays in the log, marked withdrawn); NotFoundError if there is none."""
        with self._lock:
            return corrections.withdraw(self._db, correction_id, author=author, note=note)

    # --- tokens -----------------------------------------------------------------------------------

    def create_token(self, name: str) -> str:
        """A new random write token; the plain value is returned once, only its hash is kept."""
        with self._lock:
            return tokens.create(self._db, name)

    def add_token(self, name: str, token: str) -> None:
        with self._lock:
            tokens.add(self._db, name, token)

    def verify_token(self, token: str) -> str | None:
        """The name of a stored token, or None (always None when tokens are not honoured)."""
        if not self.tokens_honoured:
            return None
        with self._lock:
            return tokens.verify(self._db, token)

    def revoke_token(self, name: str) -> bool:
        with self._lock:
            return tokens.revoke(self._db, name)

    def token_names(self) -> list[str]:
        with self._lock:
            return tokens.names(self._db)

    # --- housekeeping -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        with self._lock:
            db = self._db
            by_kind = {row["kind"]: int(row["n"]) for row in db.query(
                "SELECT f.kind, COUNT(*) AS n FROM facts AS f JOIN articles AS a ON a.id = f.article_id "
                "WHERE a.superseded_by IS NULL GROUP BY f.kind")}
            return {
                "backend": db.dialect,
                "schema_version": current_version(db),
                "articles": int(db.scalar("SELECT COUNT(*) AS n FROM articles WHERE superseded_by IS NULL")),
                "article_versions": articles.count_versions(db),
                "facts": {kind: by_kind.get(kind, 0) for kind in facts.FACT_KINDS},
                "runs": int(db.scalar("SELECT COUNT(*) AS n FROM runs")),
                "failures": int(db.scalar("SELECT COUNT(*) AS n FROM failures WHERE NOT resolved")),
                "articles_with_stage_failures": stage_failures.count_articles(db),
                "corrections": int(db.scalar("SELECT COUNT(*) AS n FROM corrections")),
            }

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
