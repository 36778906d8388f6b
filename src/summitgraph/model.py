"""Dataclasses shared by every stage.

One coordinate system: every ``Span`` is a pair of character offsets into
``Article.text`` (the cleaned text). ``Article.offsets`` maps them back to the
decoded original so a fact can be shown in the page it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def to_json(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Segment:
    """A run of cleaned text copied from the original: ``clean[c:c+n] == original[o:o+n]``
    up to per-character normalisation of equal length."""

    clean_start: int
    original_start: int
    length: int


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in the original text."""

    segments: tuple[Segment, ...] = ()

    def to_original(self, offset: int) -> int:
        # Where two segments touch (normalisation merged characters between them), the offset
        # belongs to the segment that starts there, not to the end of the one before.
        for seg in self.segments:
            if seg.clean_start <= offset < seg.clean_start + seg.length:
                return seg.original_start + (offset - seg.clean_start)
        best = None
        for seg in self.segments:
            if seg.clean_start <= offset <= seg.clean_start + seg.length:
                return seg.original_start + (offset - seg.clean_start)
            if seg.clean_start <= offset:
                best = seg
        if best is None:
            return offset
        return best.original_start + best.length

    def span_to_original(self, span: Span) -> Span:
        start = self.to_original(span.start)
        return Span(start, max(start, self.to_original(span.end)))

    def to_json(self) -> list[list[int]]:
        return [[s.clean_start, s.original_start, s.length] for s in self.segments]

    @classmethod
    def from_json(cls, rows: list[list[int]]) -> "OffsetMap":
        return cls(tuple(Segment(*row) for row in rows))

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls((Segment(0, 0, length),))


@dataclass
class Article:
    """One article after ingest: cleaned text plus everything known about where it came from."""

    id: str                      # stable id: file name, or the JSONL "id"
    source: str                  # path or URL it was read from
    text: str                    # cleaned text: title line, blank line, body (spans point here)
    original: str                # decoded original text (or the HTML's extracted text)
    offsets: OffsetMap           # cleaned offsets -> original offsets
    title: str | None = None
    published: str | None = None     # ISO date stated by the file itself
    published_time: str | None = None  # "HH:MM" when stated
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    fmt: str = "txt"             # txt | html | jsonl | feed (an RSS or Atom item)
    quality: list[str] = field(default_factory=list)   # flags; lower confidence, never drop
    removed: list[Span] = field(default_factory=list)  # furniture, as spans of ``original``

    @property
    def body_start(self) -> int:
        """Offset where the body starts (after the title line)."""
        if self.title and self.text.startswith(self.title):
            return len(self.title)
        return 0


@dataclass
class Evidence:
    """Where a fact is stated: spans into the cleaned text, and who read it."""

    spans: list[Span]
    extractor: str
    version: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {"spans": [s.to_json() for s in self.spans], "extractor": self.extractor,
                "version": self.version}


@dataclass
class MeetingRecord:
    series: str
    name: str
    ordinal: int | None = None
    partner: str | None = None
    parties: list[str] | None = None
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    format: str | None = None
    chair: str | None = None
    status: str | None = None
    prepares: int | None = None
    evidence: Evidence | None = None


@dataclass
class PersonRecord:
    name: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    evidence: Evidence | None = None


@dataclass
class DocumentRecord:
    name: str
    abbr: str | None = None
    status: str = "mentioned"
    evidence: Evidence | None = None


@dataclass
class ChairRecord:
    country: str
    year: int | None   # None: the text says who chairs but no year can be told
    theme: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class StageFailure:
    """An extraction stage that raised on one article: the other stages' records are kept, this one's are
    missing. ``message`` is one line (the exception's type and text, and where it was raised)."""

    stage: str
    error_type: str
    message: str
    extractor_version: str   # the stage's own version


@dataclass
class Reading:
    """What the extractor read from one article."""

    article: Article
    meetings: list[MeetingRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    chairmanships: list[ChairRecord] = field(default_factory=list)
    published: str | None = None
    stage_failures: list[StageFailure] = field(default_factory=list)
