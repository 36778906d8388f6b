"""Fact rows: one per record an extractor read, with its evidence (spans, extractor, version, confidence)."""
from __future__ import annotations

from ..errors import StoreError
from ..model import Evidence, Reading
from . import stage_failures
from .backend import Backend, Row
from .records import StoredFact
from .serialize import (
    FACT_KINDS,
    READING_LISTS,
    Record,
    dumps,
    loads,
    reading_records,
    record_to_dict,
    spans_from_json,
    spans_to_json,
)


def check_kind(kind: str | None) -> None:
    if kind is not None and kind not in FACT_KINDS:
        raise StoreError(f"unknown fact kind {kind!r}", hint=f"use one of: {', '.join(FACT_KINDS)}")


def check_spans(reading: Reading) -> None:
    """Every span must lie inside the article's cleaned text, or the fact points at nothing."""
    size = len(reading.article.text)
    for kind, position, record in reading_records(reading):
        for span in record.evidence.spans if record.evidence else ():
            if span.end > size:
                raise StoreError(
                    f"{reading.article.id}: {kind} #{position} has span {span.start}..{span.end} beyond the "
                    f"text ({size} characters)", hint="spans are offsets into Article.text")


def insert_reading(db: Backend, article_pk: int, reading: Reading, *, extractor_version: str | None,
                   run_id: int | None) -> int:
    """Insert every record of a reading (and its publication date) for one article row; return the count.
    Call inside the transaction that writes the article."""
    check_spans(reading)
    written = 0
    for kind, position, record in reading_records(reading):
        insert_fact(db, article_pk, kind, position, record_to_dict(record), record.evidence,
                    extractor_version=extractor_version, run_id=run_id)
        written += 1
    if reading.published:
        insert_fact(db, article_pk, "published", 0, {"published": reading.published}, None,
                    extractor_version=extractor_version, run_id=run_id)
        written += 1
    return written


def insert_fact(db: Backend, article_pk: int, kind: str, position: int, record: dict, evidence: Evidence | None,
                *, extractor_version: str | None, run_id: int | None) -> None:
    spans = evidence.spans if evidence else []
    db.execute(
        "INSERT INTO facts (article_id, run_id, kind, position, record, span_start, span_end, spans, extractor, "
        "version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_pk, run_id, kind, position, dumps(record),
         min((s.start for s in spans), default=None), max((s.end for s in spans), default=None),
         dumps(spans_to_json(spans)), evidence.extractor if evidence else None,
         evidence.version if evidence else extractor_version, evidence.confidence if evidence else None))


def replace(db: Backend, article_pk: int, reading: Reading, *, extractor_version: str | None,
            run_id: int | None) -> int:
    """Swap an article row's facts for a new reading of the same text, in one transaction."""
    row = db.query_one("SELECT text FROM articles WHERE id = ?", (article_pk,))
    if row is None:
        raise StoreError(f"article row {article_pk} does not exist")
    if row["text"] != reading.article.text:
        raise StoreError(f"{reading.article.id}: the reading was made from a different text than the stored one",
                         hint="re-ingest the article, or read the stored Article")
    with db.transaction():
        db.execute("DELETE FROM facts WHERE article_id = ?", (article_pk,))
        written = insert_reading(db, article_pk, reading, extractor_version=extractor_version, run_id=run_id)
        stage_failures.replace(db, article_pk, reading.stage_failures)
        db.execute("UPDATE articles SET extracted_with = ? WHERE id = ?", (extractor_version, article_pk))
    return written


_SELECT = ("SELECT f.id, f.article_id, a.key, f.run_id, f.kind, f.position, f.record, f.spans, f.extractor, "
           "f.version, f.confidence FROM facts AS f JOIN articles AS a ON a.id = f.article_id ")
_ORDER = "ORDER BY f.article_id, f.kind, f.position, f.id"


def _filters(kind: str | None, article_pk: int | None, include_superseded: bool) -> tuple[str, list[object]]:
    """The WHERE clause for a facts query: fixed clauses; values go in as parameters."""
    check_kind(kind)
    clauses: list[str] = []
    params: list[object] = []
    if kind is not None:
        clauses.append("f.kind = ?")
        params.append(kind)
    if article_pk is not None:
        clauses.append("f.article_id = ?")
        params.append(article_pk)
    if not include_superseded:
        clauses.append("a.superseded_by IS NULL")
    return ("WHERE " + " AND ".join(clauses) + " " if clauses else ""), params


def select(db: Backend, *, kind: str | None, article_pk: int | None, include_superseded: bool,
           limit: int | None = None, offset: int = 0) -> list[StoredFact]:
    """Facts filtered by kind and/or article row, in article order; a page of them with ``limit``."""
    where, params = _filters(kind, article_pk, include_superseded)
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = params + [int(limit), int(offset)]
    return [row_to_fact(row) for row in db.query(_SELECT + where + _ORDER + page, params)]


def select_current_range(db: Backend, first_pk: int, last_pk: int) -> list[StoredFact]:
    """The facts of the current article rows whose ids lie in [first_pk, last_pk], in article order: one
    query for a batch of articles read in id order."""
    return [row_to_fact(row) for row in db.query(
        _SELECT + "WHERE f.article_id BETWEEN ? AND ? AND a.superseded_by IS NULL " + _ORDER,
        (int(first_pk), int(last_pk)))]


def current_marks(db: Backend) -> list[tuple[str, int, int]]:
    """(key, row id, highest fact id or 0) of every current article, in id order: what a build read of an
    article is still valid while both ids are the same (a new version has a new row; facts extracted again
    have new ids)."""
    rows = db.query("SELECT a.key, a.id, COALESCE(MAX(f.id), 0) AS last_fact FROM articles AS a "
                    "LEFT JOIN facts AS f ON f.article_id = a.id WHERE a.superseded_by IS NULL "
                    "GROUP BY a.key, a.id ORDER BY a.id")
    return [(row["key"], int(row["id"]), int(row["last_fact"])) for row in rows]


def count(db: Backend, *, kind: str | None, article_pk: int | None, include_superseded: bool) -> int:
    where, params = _filters(kind, article_pk, include_superseded)
    return int(db.scalar("SELECT COUNT(*) FROM facts AS f JOIN articles AS a ON a.id = f.article_id " + where,
                         params))


def row_to_fact(row: Row) -> StoredFact:
    evidence = None
    if row["extractor"] is not None:
        evidence = Evidence(spans=spans_from_json(loads(row["spans"])), extractor=row["extractor"],
                            version=row["version"] or "",
                            confidence=float(row["confidence"]) if row["confidence"] is not None else 0.0)
    return StoredFact(id=int(row["id"]), article_pk=int(row["article_id"]), article_key=row["key"],
                      run_id=None if row["run_id"] is None else int(row["run_id"]), kind=row["kind"],
                      position=int(row["position"]), record=loads(row["record"]), evidence=evidence,
                      version=row["version"])


def reading_from_facts(reading: Reading, stored: list[StoredFact]) -> Reading:
    """Fill ``reading`` (holding its Article) with stored facts, each list in its original order."""
    for fact in sorted(stored, key=lambda f: (f.kind, f.position)):
        if fact.kind == "published":
            reading.published = fact.record.get("published")
            continue
        record: Record = fact.to_record()
        getattr(reading, READING_LISTS[fact.kind]).append(record)
    return reading
