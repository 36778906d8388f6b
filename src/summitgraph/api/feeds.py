"""What is new: Atom feeds of meetings as they appear or change (all, or of one series, host country or person),
the Sources page, and the same source statuses as JSON at /api/sources."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from summitgraph.monitor.atom import atom_feed
from summitgraph.monitor.changes import recent_changes
from summitgraph.monitor.state import source_statuses

router = APIRouter()
ATOM_TYPE = "application/atom+xml; charset=utf-8"
LimitParam = Query(50, ge=1, le=500, description="How many changes at most, newest first.")


def _atom(request: Request, title: str, *, limit: int, **only: str) -> Response:
    changes = recent_changes(request.app.state.store, limit=limit, **only)
    body = atom_feed(changes, title=title, feed_path=request.url.path, base_url=str(request.base_url))
    return Response(body, media_type=ATOM_TYPE)


@router.get("/feeds/meetings.atom", tags=["feeds"], summary="New and changed meetings (Atom)",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def meetings_feed(request: Request, limit: int = LimitParam) -> Response:
    return _atom(request, "summitgraph: new and changed ASEAN meetings", limit=limit)


@router.get("/feeds/series/{series}.atom", tags=["feeds"], summary="New and changed meetings of one series (Atom)",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def series_feed(request: Request, series: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings of series {series}", limit=limit, series=series)


@router.get("/feeds/country/{country}.atom", tags=["feeds"],
            summary="New and changed meetings hosted by one country (Atom)",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def country_feed(request: Request, country: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings hosted by {country.upper()}", limit=limit,
                 country=country.upper())


@router.get("/feeds/person/{key}.atom", tags=["feeds"], summary="New and changed meetings of one person (Atom)",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def person_feed(request: Request, key: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings of {key}", limit=limit, person=key)


@router.get("/api/sources", tags=["feeds"], summary="Watched news sources: last fetch, items, articles, error")
def sources_json(request: Request) -> list[dict]:
    return [status.to_json() for status in source_statuses(request.app.state.store)]


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request) -> HTMLResponse:
    sources = source_statuses(request.app.state.store)
    return request.app.state.pages.render(request, "sources.html", sources=sources)
