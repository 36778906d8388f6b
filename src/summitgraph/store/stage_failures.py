"""Extraction stages that raised on an article: kept with the article row, replaced with its facts."""
from __future__ import annotations

from ..model import StageFailure
from .backend import Backend
from .clock import utc_now
from .records import StoredStageFailure


def insert(db: Backend, article_pk: int, found: list[StageFailure]) -> None:
    """Call inside the transaction that writes the article's facts."""
    at = utc_now()
    for failure in found:
        db.execute("INSERT INTO stage_failures (article_id, stage, error_type, message, extractor_version, at) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   (article_pk, failure.stage, failure.error_type, failure.message, failure.extractor_version, at))


def replace(db: Backend, article_pk: int, found: list[StageFailure]) -> None:
    db.execute("DELETE FROM stage_failures WHERE article_id = ?", (article_pk,))
    insert(db, article_pk, found)


def select(db: Backend, *, article_pk: int | None = None) -> list[StoredStageFailure]:
    """Those of current article versions, or of one article row."""
    query = ("SELECT s.article_id, a.key, s.stage, s.error_type, s.message, s.extractor_version, s.at "
             "FROM stage_failures AS s JOIN articles AS a ON a.id = s.article_id ")
    if article_pk is None:
        rows = db.query(query + "WHERE a.superseded_by IS NULL ORDER BY a.key, s.id")
    else:
        rows = db.query(query + "WHERE s.article_id = ? ORDER BY s.id", (article_pk,))
    return [StoredStageFailure(article_pk=int(r["article_id"]), article_key=r["key"],
                               failure=StageFailure(r["stage"], r["error_type"], r["message"],
                                                    r["extractor_version"]), at=r["at"]) for r in rows]


def count_articles(db: Backend) -> int:
    """Current articles with at least one failed stage."""
    return int(db.scalar("SELECT COUNT(DISTINCT s.article_id) AS n FROM stage_failures AS s "
                         "JOIN articles AS a ON a.id = s.article_id WHERE a.superseded_by IS NULL") or 0)
