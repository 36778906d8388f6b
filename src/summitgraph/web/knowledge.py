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
from summitgraph.kb import MeetingCount
from summitgraph.kb.read.queries import country_filter
from summitgraph.web import charts, i18n

router = APIRouter(include_in_schema=False)
TOP_PLACES = 12
# Meetings listed on the home page at most (whole years, newest first): the page costs the same at any corpus
# size; the other years show their count and a link to the year.
HOME_MEETINGS = 300


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.pages.render(request, template, **context)


def per_year_chart(counts: list[MeetingCount], lang: str) -> Any:
    """One bar per year from the first to the last, empty years included (a gap is information too)."""
    per_year: dict[int, Counter[str]] = {}
    for c in counts:
        if c.year is not None:
            per_year.setdefault(c.year, Counter())[c.series] += c.meetings
    span = range(min(per_year), max(per_year) + 1) if per_year else range(0)
    bars = [charts.Bar(str(year), dict(per_year.get(year, {}))) for year in span]
    names = {s: i18n.series_label(s, lang) for bar in bars for s in bar.counts}
    return charts.stacked_bars(bars, names, title=i18n.label("chart_per_year", lang),
                               empty=i18n.label("no_results", lang))


def places_chart(counts: list[MeetingCount], lang: str) -> Any:
    """Host countries, most meetings first: one kind of place on every bar (a city known for some meetings
    only would split a country's count between its city and itself)."""
    places: Counter[str] = Counter()
    for c in counts:
        if c.country:
            places[i18n.country_label(c.country, lang)] += c.meetings
    return charts.horizontal_bars(places.most_common(TOP_PLACES), title=i18n.label("chart_where", lang),
                                  empty=i18n.label("no_results", lang))


def filter_options(counts: list[MeetingCount]) -> tuple[list[str], list[str], list[int]]:
    """The series, host countries and years that occur in the unfiltered timeline: a filter never offers a
    choice that can only show nothing."""
    series = sorted({c.series for c in counts}, key=lambda s: i18n.series_label(s, "vi"))
    countries = sorted({c.country for c in counts if c.country})
    return series, countries, sorted({c.year for c in counts if c.year is not None}, reverse=True)


def chosen(counts: list[MeetingCount], series: str | None, country: str | None,
           year: int | None) -> list[MeetingCount]:
    code = country_filter(country)
    return [c for c in counts if (not series or c.series == series) and (not code or c.country == code)
            and (year is None or c.year == year)]


def listed_years(per_year: dict[int | None, int]) -> set[int | None]:
    """The years whose meetings the page lists: the newest whole years up to HOME_MEETINGS meetings (at least
    one year), and the undated ones when every year fits; the other years are counted and linked."""
    order = sorted((y for y in per_year if y is not None), reverse=True) + ([None] if None in per_year else [])
    listed: set[int | None] = set()
    running = 0
    for year in order:
        if listed and running + per_year[year] > HOME_MEETINGS:
            break
        listed.add(year)
        running += per_year[year]
    return listed


@router.get("/", response_class=HTMLResponse)
def home(request: Request, series: str | None = Query(None, max_length=40),
         country: str | None = Query(None, max_length=60), year: str | None = Query(None, max_length=4)) -> HTMLResponse:
    store = request.app.state.store
    lang = request.app.state.pages.language(request)
    series, country = clean_text(series, "series"), clean_text(country, "country")
    # An empty or malformed year from the form means "all years", not an error page.
    chosen_year = int(year) if year and year.isdigit() and MIN_YEAR <= int(year) <= MAX_YEAR else None
    # Charts, filters and counts come from the build's aggregates; only the listed years' meetings are read.
    everything = kb.meeting_counts(store)
    counts = chosen(everything, series, country, chosen_year)
    per_year: dict[int | None, int] = {}
    for c in counts:
        per_year[c.year] = per_year.get(c.year, 0) + c.meetings
    listed = listed_years(per_year)
    # Read from the oldest listed year on (all years, undated included, when everything fits).
    start = chosen_year if chosen_year is not None else \
        (None if None in listed else min(y for y in listed if y is not None))
    rows = timeline_years(store, series, country, start, chosen_year, include_undated=None in listed) \
        if listed else []
    years = {y["year"]: y for y in rows if y["year"] in listed}
    series_options, country_options, year_options = filter_options(everything)
    # Newest year first; the meetings no source dates close the list, counted like the others.
    order = sorted((y for y in per_year if y is not None), reverse=True) + ([None] if None in per_year else [])
    shown = [years.get(y) or {"year": y, "count": per_year[y], "meetings": [], "unlisted": y not in listed}
             for y in order]
    return _render(request, "home.html", years=shown, total=sum(per_year.values()),
                   filters={"series": series, "country": country, "year": chosen_year},
                   series_options=series_options, country_options=country_options, year_options=year_options,
                   chart_per_year=per_year_chart(counts, lang), chart_where=places_chart(counts, lang),
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
