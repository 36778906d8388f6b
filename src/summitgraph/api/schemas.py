"""Response and request bodies of the REST API, as pydantic models: they are the OpenAPI schema, and FastAPI
checks every response against them."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summitgraph.kb import MEETING_FIELDS, PERSON_FIELDS

# The fields a correction may name (a meeting's or a person's); which belong to which kind is checked by the kb.
CorrectableField = Literal[tuple(dict.fromkeys(MEETING_FIELDS + PERSON_FIELDS))]  # type: ignore[valid-type]


class ErrorBody(BaseModel):
    """Every error: a short machine-readable code and a sentence saying what went wrong and what to do."""

    error: str = Field(description="Short code: not_found, bad_request, unauthorized, forbidden, too_large, ...")
    reason: str = Field(description="What went wrong, in one line, with a hint when there is one.")


class Page(BaseModel):
    limit: int
    offset: int
    total: int | None = Field(None, description="How many items match in all, when it is cheap to count.")


class ArticleSummaryOut(BaseModel):
    key: str
    pk: int
    version: int
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    url: str | None
    ingested_at: str
    fact_count: int
    link: str = Field(description="The article's web page.")


class ArticleList(Page):
    items: list[ArticleSummaryOut]


class RemovedOut(BaseModel):
    start: int
    end: int
    text: str = Field(description="The removed stretch of the original text.")


class SentenceOut(BaseModel):
    start: int
    end: int
    text: str


class FactOut(BaseModel):
    """One record read from one article, with its provenance."""

    id: int
    kind: str = Field(description="meeting | person | document | chair | published")
    article: str = Field(description="Key of the article it was read from.")
    position: int = Field(description="Index within its list in that article's reading.")
    record: dict[str, Any] = Field(description="The record in the gold format.")
    confidence: float | None
    extractor: str | None
    version: str | None
    spans: list[list[int]] = Field(description="Half-open [start, end) offsets into the article's cleaned text.")
    quote: str = Field(description="The text the spans cover.")
    sentence: SentenceOut | None = Field(None, description="The sentence(s) holding the spans.")
    link: str = Field(description="Web page of the article with this fact's sentence highlighted.")


class FactList(Page):
    items: list[FactOut]


class ArticleOut(BaseModel):
    key: str
    pk: int
    version: int
    versions: int = Field(description="How many versions of this key are stored.")
    title: str | None
    source: str
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_time: str | None
    fmt: str
    content_hash: str
    ingested_at: str
    extracted_with: str | None
    quality: list[str] = Field(description="Quality flags: they lower confidence, they never drop an article.")
    text: str = Field(description="The cleaned text every span points into.")
    removed: list[RemovedOut] = Field(description="What cleaning removed as page furniture.")
    facts: list[FactOut]
    link: str


class SearchHitOut(BaseModel):
    kind: str = Field(description="article | meeting | person | document")
    key: str
    label: str | None
    published: str | None = None
    score: float | None = None
    tier: int | None = Field(None, description="Articles: 0 the words as one phrase, 1 near each other, "
                                               "2 every word somewhere.")
    snippet: list["SnippetPart"] = Field(default_factory=list,
                                         description="Articles: the passage around the match, in parts; "
                                                     "`hit` marks the words found.")
    outlet: str | None = None
    link: str


class SnippetPart(BaseModel):
    text: str
    hit: bool


class SeriesHitOut(BaseModel):
    series: str
    vi: str
    en: str
    link: str


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    target_kind: Literal["meeting", "person"]
    target_key: str = Field(min_length=1, max_length=300, description="Key, alias or (for a person) name.")
    field: CorrectableField | None = Field(None, description="The field to set, or whose value to reject.")
    value: Any = Field(None, description="The new value for 'set' (JSON, or text read as the field's type); "
                                         "for 'reject' with a field, the value to reject (default: current).")
    action: Literal["set", "reject"] = "set"
    note: str | None = Field(None, max_length=2000)

    @field_validator("target_key", "note")
    @classmethod
    def no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL refuses NUL in text, and no database stores a lone surrogate (JSON can send "\ud800"):
        # refuse both here with a reason instead of failing in the store.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain a NUL character")
        if value is not None and any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise ValueError("must not contain a lone surrogate")
        return value


class CorrectionOut(BaseModel):
    id: int
    target_kind: str
    target_key: str
    field: str | None
    value: Any
    action: str
    author: str
    at: str
    note: str | None
    withdrawn: dict[str, Any] | None = Field(None, description="Who took the correction back, when and why; "
                                                               "a withdrawn correction is no longer applied.")


class WithdrawIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=2000)


class CorrectionResult(BaseModel):
    target_kind: str
    target_key: str = Field(description="The stable key the correction is filed under.")
    correction: dict[str, Any] = Field(description="The correction as applied (with the previous value).")
    link: str = Field(description="The corrected record's page.")


class CorrectionList(BaseModel):
    items: list[CorrectionOut]


class Stats(BaseModel):
    model_config = ConfigDict(extra="allow")

    backend: str
    schema_version: int
    articles: int
    article_versions: int
    facts: dict[str, int]
    runs: int
    failures: int
    corrections: int


class Health(BaseModel):
    status: Literal["ok"]
    articles: int


# Errors any API route may answer, documented on every route so clients (and schema checkers) expect them.
COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter the store cannot take (the reason says which)."},
    413: {"model": ErrorBody, "description": "The request body is over the size limit."},
    422: {"model": ErrorBody, "description": "A parameter or body field is out of bounds or malformed."},
}


# --- knowledge base ----------------------------------------------------------------------------------

class MeetingRowOut(BaseModel):
    id: int
    key: str = Field(description="Stable key: 'asean-summit#37', 'asean-som|2020-01-15', ...")
    series: str
    ordinal: int | None
    partner: str | None
    parties: list[str] | None
    name: str
    start: str | None = Field(description="ISO date, possibly partial (YYYY-MM, YYYY).")
    end: str | None
    year: int | None
    city: str | None
    country: str | None
    format: str | None
    chair: str | None
    status: str | None
    article_count: int
    source_count: int = Field(description="Independent sources (near-duplicate articles count once).")
    conflict_count: int
    rejected: bool
    link: str


class MeetingList(Page):
    items: list[MeetingRowOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page; null on the last page.")


class Citation(BaseModel):
    article: str
    title: str | None
    link: str = Field(description="The article page with the stating sentence highlighted.")
    quote: str | None = Field(description="The sentence that states it.")
    outlet: str | None = Field(None, description="The article's outlet, shown with its title.")
    flags: list[str] = Field(default_factory=list, description="The article's quality flags "
                                                                "(machine_translated, garbled, ...).")


class CitedValue(BaseModel):
    value: Any
    rule: str | None = Field(description="The registry rule that gave or completed it, if any.")
    sources: list[Citation]
    more: int = Field(0, description="Further sources giving this value, not quoted here.")


class Dossier(BaseModel):
    """A merged record: chosen values, every candidate value with its sources, and links."""

    model_config = ConfigDict(extra="allow")

    key: str
    name: str
    facts: dict[str, Any] = Field(description="Per field: chosen value, confidence, conflict, candidate values.")
    provenance: dict[str, list[CitedValue]] = Field(
        description="Per field: each candidate value with the sentences that state it.")
    corrections: list[dict[str, Any]] = Field(default_factory=list, description="Corrections applied on top.")
    link: str


class MeetingDossier(Dossier):
    series: str
    sources: list[dict[str, Any]] = Field(description="The first 100 sources, oldest first.")
    source_total: int | None = Field(None, description="How many sources the meeting has in all.")
    delegation_heads: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    prepared_by: list[dict[str, Any]]
    prepares: list[dict[str, Any]]
    summary: list[dict[str, Any]]


class PersonDossier(Dossier):
    roles: list[dict[str, Any]]
    meetings: list[dict[str, Any]] = Field(description="The newest 200 meetings taken part in, oldest first.")
    meeting_total: int = Field(0, description="How many meetings the person took part in.")


class TimelineYear(BaseModel):
    year: int | None
    count: int
    meetings: list[MeetingRowOut]


class Timeline(BaseModel):
    years: list[TimelineYear]


class PersonRowOut(BaseModel):
    id: int
    key: str
    name: str
    country: str | None
    mention_count: int
    source_count: int
    first_seen: str | None
    last_seen: str | None
    rejected: bool
    link: str


class PersonList(Page):
    items: list[PersonRowOut]


class DocumentRowOut(BaseModel):
    id: int
    key: str
    name: str
    abbr: str | None
    status: str | None
    source_count: int
    link: str


class DocumentList(Page):
    items: list[DocumentRowOut]


class DocumentDossier(BaseModel):
    model_config = ConfigDict(extra="allow")

    key: str
    name: str
    sources: list[dict[str, Any]]
    meetings: list[dict[str, Any]]
    link: str


class ChairYearOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    year: int
    country: str | None
    country_name: str | None = None
    theme: str | None
    meetings: list[MeetingRowOut]
    provenance: dict[str, list[CitedValue]]
    link: str


class ChairList(BaseModel):
    items: list[ChairYearOut]


class KbSearchResult(BaseModel):
    query: str
    words: list[str] = Field(description="The folded words searched for.")
    series: list[SeriesHitOut] = Field(default_factory=list,
                                       description="Series whose name holds the words as one phrase, closest first.")
    meetings: list[MeetingRowOut]
    people: list[PersonRowOut]
    documents: list[DocumentRowOut]
    articles: list[SearchHitOut]


class KbStatus(BaseModel):
    model_config = ConfigDict(extra="allow")

    built_at: str | None = None
    summary: dict[str, Any] = Field(default_factory=dict)
