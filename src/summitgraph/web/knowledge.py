"""Pages over the knowledge base: the home timeline with its charts, meeting and person dossiers, people,
documents and chair years. Each page calls the same function as its API endpoint."""
from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from summitgraph.api.knowledge import (
    MAX_YEAR,
    MIN_YEAR,
    chair_dossier,
    chair_years,
    document_dossier,
    documents_page,
    meeting_dossier,
    people_page,
    person_dossier,
    timeline_years,
)
from summitgraph.api.params import MAX_TEXT, clean_text, limit_param, offset_param
from summitgraph import kb
from summitgraph.web import charts, i18n

router = APIRouter(include_in_schema=False)
TOP_PLACES = 12


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.pages.render(request, template, **context)


def per_year_chart(years: list[dict[str, Any]], lang: str) -> Any:
    """One bar per year from the first to the last, empty years included (a gap is information too)."""
    counts = {y["year"]: Counter(m["series"] for m in y["meetings"]) for y in years if y["year"] is not None}
    span = range(min(counts), max(counts) + 1) if counts else range(0)
    bars = [charts.Bar(str(year), dict(counts.get(year, {}))) for year in span]
    names = {s: i18n.series_label(s, lang) for bar in bars for s in bar.counts}
    return charts.stacked_bars(bars, names, title=i18n.label("chart_per_year", lang),
                               empty=i18n.label("no_results", lang))


def places_chart(years: list[dict[str, Any]], lang: str) -> Any:
    """Host countries, most meetings first: one kind of place on every bar (a city known for some meetings
    only would split a country's count between its city and itself)."""
    places: Counter[str] = Counter()
    for year in years:
        for m in year["meetings"]:
            if m.get("country"):
                places[i18n.country_label(m["country"], lang)] += 1
    return charts.horizontal_bars(places.most_common(TOP_PLACES), title=i18n.label("chart_where", lang),
                                  empty=i18n.label("no_results", lang))


def filter_options(years: list[dict[str, Any]]) -> tuple[list[str], list[str], list[int]]:
    """The series, host countries and years that occur in the unfiltered timeline: a filter never offers a
    choice that can only show nothing."""
    series = sorted({m["series"] for y in years for m in y["meetings"]}, key=lambda s: i18n.series_label(s, "vi"))
    countries = sorted({m["country"] for y in years for m in y["meetings"] if m.get("country")})
    return series, countries, sorted({y["year"] for y in years if y["year"] is not None}, reverse=True)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, series: str | None = Query(None, max_length=40),
         country: str | None = Query(None, max_length=60), year: str | None = Query(None, max_length=4)) -> HTMLResponse:
    store = request.app.state.store
    lang = request.app.state.pages.language(request)
    series, country = clean_text(series, "series"), clean_text(country, "country")
    # An empty or malformed year from the form means "all years", not an error page.
    chosen_year = int(year) if year and year.isdigit() and MIN_YEAR <= int(year) <= MAX_YEAR else None
    everything = timeline_years(store, None, None, None, None, include_undated=True)
    years = timeline_years(store, series, country, chosen_year, chosen_year, include_undated=True) \
        if (series or country or chosen_year) else everything
    series_options, country_options, year_options = filter_options(everything)
    # Newest year first; the meetings no source dates close the list, counted like the others.
    dated = [y for y in years if y["year"] is not None]
    shown = list(reversed(dated)) + [y for y in years if y["year"] is None]
    return _render(request, "home.html", years=shown, total=sum(y["count"] for y in years),
                   filters={"series": series, "country": country, "year": chosen_year},
                   series_options=series_options, country_options=country_options, year_options=year_options,
                   chart_per_year=per_year_chart(years, lang), chart_where=places_chart(years, lang),
                   has_kb=bool(kb.status(store)))


@router.get("/meetings/{key:path}", response_class=HTMLResponse)
def meeting_page(request: Request, key: str = Path(..., max_length=MAX_TEXT),
                 corrected: int | None = Query(None, ge=0)) -> HTMLResponse:
    return _render(request, "meeting.html", m=meeting_dossier(request.app.state.store, key), corrected=corrected)


@router.get("/people", response_class=HTMLResponse)
def people_list(request: Request, q: str | None = Query(None, max_length=MAX_TEXT), limit: int = limit_param(),
                offset: int = offset_param()) -> HTMLResponse:
    q = clean_text(q, "q")
    return _render(request, "people.html", q=q, **people_page(request.app.state.store, q, None, limit, offset))


@router.get("/people/{key:path}", response_class=HTMLResponse)
def person_page(request: Request, key: str = Path(..., max_length=MAX_TEXT),
                corrected: int | None = Query(None, ge=0)) -> HTMLResponse:
    return _render(request, "person.html", p=person_dossier(request.app.state.store, key), corrected=corrected)


@router.get("/documents", response_class=HTMLResponse)
def documents_list(request: Request, q: str | None = Query(None, max_length=MAX_TEXT), limit: int = limit_param(),
                   offset: int = offset_param()) -> HTMLResponse:
    q = clean_text(q, "q")
    return _render(request, "documents.html", q=q, **documents_page(request.app.state.store, q, limit, offset))


@router.get("/documents/{key:path}", response_class=HTMLResponse)
def document_page(request: Request, key: str = Path(..., max_length=MAX_TEXT)) -> HTMLResponse:
    return _render(request, "document.html", d=document_dossier(request.app.state.store, key))


@router.get("/chairs", response_class=HTMLResponse)
def chairs_page(request: Request) -> HTMLResponse:
    return _render(request, "chairs.html", items=chair_years(request.app.state.store))


@router.get("/chairs/{year}", response_class=HTMLResponse)
def chair_page(request: Request, year: int = Path(..., ge=MIN_YEAR, le=MAX_YEAR)) -> HTMLResponse:
    return _render(request, "chair.html", c=chair_dossier(request.app.state.store, year))
