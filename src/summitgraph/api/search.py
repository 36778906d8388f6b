"""/api/search: one query over meetings, people, documents and articles, diacritics and đ/d folded, query
syntax never interpreted (the knowledge base's search)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from summitgraph.api import views
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import COMMON_ERRORS, KbSearchResult
from summitgraph import kb
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["search"], responses=COMMON_ERRORS)


def search_all(store: Store, text: str | None, limit: int) -> dict[str, Any]:
    found = kb.search(store, text or "", limit)
    return {
        "query": text or "", "words": found.get("words", []),
        "series": [{**s, "link": views.series_link(s["series"])} for s in found.get("series", [])],
        "meetings": [views.with_link(m, views.meeting_link) for m in found.get("meetings", [])],
        "people": [views.with_link(p, views.person_link) for p in found.get("people", [])],
        "documents": [views.with_link(d, views.document_link) for d in found.get("documents", [])],
        "articles": [{"kind": "article", "key": a["key"], "label": a.get("title"), "published": a.get("published"),
                      "score": a.get("score"), "tier": a.get("tier"), "snippet": a.get("snippet", []),
                      "link": views.article_link(a["key"])}
                     for a in found.get("articles", [])],
    }


@router.get("/search", response_model=KbSearchResult, summary="Search",
            description="Meetings, people, documents and articles holding every word of `q`, ignoring case and "
                        "diacritics (\"da nang\" finds \"Đà Nẵng\", \"hoi nghi cap cao\" finds \"Hội nghị Cấp "
                        "cao\"). Articles holding the words as one phrase come first, then those with the words "
                        "near each other, then the rest, each with a passage around the match. Meetings of a "
                        "series the words name come first. Punctuation and operators are ignored, never run.")
def get_search(request: Request, q: str = Query(..., max_length=MAX_TEXT, description="The words to find."),
               limit: int = Query(20, ge=1, le=100, description="Hits at most, per kind.")) -> dict:
    return search_all(request.app.state.store, clean_text(q, "q"), limit)
