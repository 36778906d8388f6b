"""/api/search: one query over articles (and the knowledge base's meetings, people and documents),
diacritics and đ/d folded, query syntax never interpreted."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request

from summitgraph.api import views
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import SearchResult
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["search"])


def search_articles(store: Store, text: str, limit: int) -> list[dict]:
    return [{"kind": "article", "key": hit.key, "label": hit.title, "published": hit.published,
             "score": hit.score, "link": views.article_link(hit.key)} for hit in store.search(text, limit)]


def search_all(store: Store, text: str | None, limit: int) -> dict:
    if not text:
        return {"query": text or "", "items": []}
    return {"query": text, "items": search_articles(store, text, limit)}


@router.get("/search", response_model=SearchResult, summary="Search",
            description="Articles whose title or text hold every word of `q`, ignoring case and diacritics "
                        "(\"da nang\" finds \"Đà Nẵng\"). Punctuation and operators are ignored, never run.")
def get_search(request: Request, q: str = Query(..., max_length=MAX_TEXT, description="The words to find."),
               limit: int = Query(20, ge=1, le=100, description="Hits at most.")) -> dict:
    return search_all(request.app.state.store, clean_text(q, "q"), limit)
