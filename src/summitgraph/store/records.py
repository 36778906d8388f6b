"""What the store hands back: plain frozen dataclasses, never database rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Evidence, StageFailure
from .serialize import Record, record_from_dict


@dataclass(frozen=True)
class StoredArticle:
    pk: int                    # the row id (one per version)
    key: str                   # the article id: file name or JSONL id
    version: int               # 1, 2, ... per key
    content_hash: str
    ingested_at: str
    superseded_by: int | None  # the row that replaced this version; None for the current one
    extracted_with: str | None  # extractor version whose facts are stored for this row
    article: Article

    @property
    def current(self) -> bool:
        return self.superseded_by is None


@dataclass(frozen=True)
class ArticleSummary:
    """A listing row: no text, so a page of them is cheap."""

    pk: int
    key: str
    version: int
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    url: str | None
    ingested_at: str
    fact_count: int


@dataclass(frozen=True)
class ArticleBrief:
    """What a citation shows of an article besides its sentence: no text, so thousands are one cheap query."""

    key: str
    title: str | None
    outlet: str | None
    quality: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    pk: int
    key: str
    title: str | None
    published: str | None
    score: float               # higher is better; comparable within one result list only
    # 0: the words as one phrase, 1: near each other, 2: every word somewhere (SEARCH_TIERS names them)
    tier: int = 2
    snippet: tuple[tuple[str, bool], ...] = ()   # the passage around the match, (text, is a matched word)


@dataclass(frozen=True)
class StoredFact:
    id: int
    article_pk: int
    article_key: str
    run_id: int | None
    kind: str                  # meeting | person | document | chair | published
    position: int              # index within its list of the reading (meeting "prepares" refers to it)
    record: dict[str, Any]     # gold-format record; for "published": {"published": "YYYY-MM-DD"}
    evidence: Evidence | None
    version: str | None        # extractor version that produced it

    def to_record(self) -> Record:
        """The model record (MeetingRecord, PersonRecord, ...) with its evidence."""
        return record_from_dict(self.kind, self.record, self.evidence)


@dataclass(frozen=True)
class Failure:
    id: int
    source: str
    problem: str
    at: str
    resolved: bool


@dataclass(frozen=True)
class StoredStageFailure:
    """A stage that raised while reading one stored article version."""

    article_pk: int
    article_key: str
    failure: StageFailure
    at: str


@dataclass(frozen=True)
class Correction:
    id: int
    target_kind: str
    target_key: str
    field: str | None
    value: Any                 # any JSON value
    action: str                # "set" | "reject"
    author: str
    at: str
    note: str | None
    withdrawn: dict[str, Any] | None = None   # {"by", "at", "note"} once taken back; the log keeps both


@dataclass(frozen=True)
class Run:
    id: int
    started_at: str
    finished_at: str | None
    extractor_version: str
    counts: dict[str, int] = field(default_factory=dict)
