"""/api/articles, /api/facts, /api/stats, /api/health: what the store holds, with provenance."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request

from summitgraph.api import views
from summitgraph.api.params import MAX_TEXT, clean_text, limit_param, offset_param
from summitgraph.api.schemas import COMMON_ERRORS, ArticleList, ArticleOut, ErrorBody, FactList, Health, Stats
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["articles"], responses=COMMON_ERRORS)

NOT_FOUND = {404: {"model": ErrorBody, "description": "No such record."}}
FactKind = Literal["meeting", "person", "document", "chair", "published"]


def store_of(request: Request) -> Store:
    return request.app.state.store


def list_articles(store: Store, q: str | None, limit: int, offset: int) -> dict:
    rows = store.list_articles(limit=limit, offset=offset, query=q)
    return {"items": [views.summary_view(r) for r in rows], "limit": limit, "offset": offset,
            "total": store.count_articles(query=q)}


def article_detail(store: Store, key: str) -> dict:
    stored = store.get_article(key)
    facts = store.facts(article=stored.pk)
    return views.article_view(stored, facts, len(store.article_versions(stored.key)))


def list_facts(store: Store, kind: str | None, article: str | None, limit: int, offset: int) -> dict:
    """Facts of the current articles (or of one article), in article order, with provenance."""
    page = store.facts(kind=kind, article=article, limit=limit, offset=offset)
    texts = views.TextCache(lambda pk: store.get_article(pk).article.text)
    return {"items": [views.fact_view(f, texts(f.article_pk)) for f in page], "limit": limit, "offset": offset,
            "total": store.count_facts(kind=kind, article=article)}


@router.get("/articles", response_model=ArticleList, summary="List articles",
            description="Current versions of the stored articles, newest publication first. `q` keeps those whose "
                        "title or key contains it, ignoring case and diacritics (đ = d).")
def get_articles(request: Request,
                 q: str | None = Query(None, max_length=MAX_TEXT, description="Filter on title or key."),
                 limit: int = limit_param(), offset: int = offset_param()) -> dict:
    return list_articles(store_of(request), clean_text(q, "q"), limit, offset)


@router.get("/articles/{key:path}", response_model=ArticleOut, responses=NOT_FOUND, summary="One article",
            description="An article's cleaned text, metadata, quality flags, what cleaning removed, and every fact "
                        "read from it with its spans and sentence.")
def get_article(request: Request, key: str) -> dict:
    return article_detail(store_of(request), key)


@router.get("/facts", response_model=FactList, summary="List facts with provenance",
            description="Records read from the current articles, each with its article, spans, quoted text, "
                        "sentence, extractor, version and confidence. Filter by `kind` and/or `article` (its key).")
def get_facts(request: Request, kind: FactKind | None = Query(None, description="Only facts of this kind."),
              article: str | None = Query(None, max_length=MAX_TEXT, description="Only facts of this article."),
              limit: int = limit_param(), offset: int = offset_param()) -> dict:
    return list_facts(store_of(request), kind, clean_text(article, "article"), limit, offset)


@router.get("/stats", response_model=Stats, summary="Store statistics",
            description="Counts of stored articles, versions, facts by kind, runs, open failures and corrections.")
def get_stats(request: Request) -> dict:
    return store_of(request).stats()


@router.get("/health", response_model=Health, summary="Health check",
            description="`ok` and the number of current articles when the store answers.")
def get_health(request: Request) -> dict:
    return {"status": "ok", "articles": store_of(request).count_articles()}
