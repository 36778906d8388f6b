"""The search page: the same search as /api/search, as a list of links."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.search import search_all

router = APIRouter(include_in_schema=False)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = Query(None, max_length=MAX_TEXT)) -> HTMLResponse:
    text = clean_text(q, "q")
    result = search_all(request.app.state.store, text, 50)
    return request.app.state.pages.render(request, "search.html", query=text or "", result=result)
