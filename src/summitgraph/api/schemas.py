"""Response and request bodies of the REST API, as pydantic models: they are the OpenAPI schema, and FastAPI
checks every response against them."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


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
    link: str


class SearchResult(BaseModel):
    query: str
    items: list[SearchHitOut]


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    target_kind: Literal["meeting", "person", "document", "chair", "article"]
    target_key: str = Field(min_length=1, max_length=300)
    field: str | None = Field(None, max_length=100, description="The field a 'set' correction changes.")
    value: Any = Field(None, description="The new value (any JSON) for 'set'.")
    action: Literal["set", "reject"] = "set"
    note: str | None = Field(None, max_length=2000)

    @field_validator("target_key", "field", "note")
    @classmethod
    def no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL refuses NUL in text; refuse it here with a reason instead of failing in the store.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain a NUL character")
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
