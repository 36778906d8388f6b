"""What is new: Atom feeds of meetings as they appear or change (all, or of one series, host country or person),
the Sources page, and the same source statuses as JSON at /api/sources."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from summitgraph.monitor.atom import atom_feed
from summitgraph.monitor.changes import recent_changes
from summitgraph.monitor.state import source_statuses

router = APIRouter()
# The Atom feeds are documents for feed readers, not JSON API operations: they stay out of the OpenAPI schema
# (which is /api only) and are described in the README.
ATOM_TYPE = "application/atom+xml; charset=utf-8"
LimitParam = Query(50, ge=1, le=500, description="How many changes at most, newest first.")


def _atom(request: Request, title: str, *, limit: int, **only: str) -> Response:
    changes = recent_changes(request.app.state.store, limit=limit, **only)
    body = atom_feed(changes, title=title, feed_path=request.url.path, base_url=str(request.base_url))
    return Response(body, media_type=ATOM_TYPE)


@router.get("/feeds/meetings.atom", response_class=Response, include_in_schema=False)
def meetings_feed(request: Request, limit: int = LimitParam) -> Response:
    return _atom(request, "summitgraph: new and changed ASEAN meetings", limit=limit)


@router.get("/feeds/series/{series}.atom", response_class=Response, include_in_schema=False)
def series_feed(request: Request, series: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings of series {series}", limit=limit, series=series)


@router.get("/feeds/country/{country}.atom", response_class=Response, include_in_schema=False)
def country_feed(request: Request, country: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings hosted by {country.upper()}", limit=limit,
                 country=country.upper())


@router.get("/feeds/person/{key}.atom", response_class=Response, include_in_schema=False)
def person_feed(request: Request, key: str, limit: int = LimitParam) -> Response:
    return _atom(request, f"summitgraph: meetings of {key}", limit=limit, person=key)


class SourceStatusOut(BaseModel):
    name: str
    last_fetch: str | None = Field(description="When the source was last fetched (ISO 8601 UTC)")
    last_success: str | None = Field(description="When a fetch of it last ended without an error")
    last_error: str | None = Field(description="The last fetch's errors, or null when it succeeded")
    items_seen: int = Field(description="Item URLs its feeds, sitemaps and lists gave, each counted once")
    articles_stored: int
    pending: int = Field(description="Items discovered and not fetched yet")
    skipped: int = Field(description="Items not stored, with a reason (no keyword, robots.txt, 404, same story)")
    failed: int = Field(description="Items whose page failed (timeouts, 5xx) and may be tried again")


@router.get("/api/sources", tags=["sources"], response_model=list[SourceStatusOut],
            summary="Watched news sources")
def sources_json(request: Request) -> list[dict]:
    """Every news source fetched so far: its last fetch and error, items seen, articles stored, items pending,
    skipped and failed (what `summitgraph sources list` shows)."""
    return [status.to_json() for status in source_statuses(request.app.state.store)]


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request) -> HTMLResponse:
    sources = source_statuses(request.app.state.store)
    return request.app.state.pages.render(request, "sources.html", sources=sources)
