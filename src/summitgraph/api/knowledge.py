"""/api/meetings, /api/timeline, /api/people, /api/documents, /api/chairs, /api/kb: the knowledge base's
query functions, with links and citations added. Nothing is computed here that the kb does not say."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request

from summitgraph import registry
from summitgraph.api import views
from summitgraph.api.params import MAX_TEXT, BadParameter, clean_text, limit_param, offset_param
from summitgraph.api.provenance import Provenance, cite_facts
from summitgraph.api.schemas import (
    COMMON_ERRORS,
    ChairList,
    ChairYearOut,
    DocumentDossier,
    DocumentList,
    ErrorBody,
    KbStatus,
    MeetingDossier,
    MeetingList,
    PersonDossier,
    PersonList,
    Timeline,
)
from summitgraph.errors import NotFoundError
from summitgraph import kb
from summitgraph.kb.heads import PERSON_MEETINGS_SHOWN
from summitgraph.kb.read.cursor import MAX_CURSOR, MeetingCursor
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["knowledge base"], responses=COMMON_ERRORS)
NOT_FOUND = {404: {"model": ErrorBody, "description": "No such record in the knowledge base."}}
MIN_YEAR, MAX_YEAR = 1967, 2100   # ASEAN's founding; a year past the century is a typo
MAX_SOURCES_QUOTED = 20            # sources quoted with their sentence; the others are linked
MEETINGS_SHOWN = PERSON_MEETINGS_SHOWN   # a person's meetings listed (oldest first, the newest ones)


def _store(request: Request) -> Store:
    return request.app.state.store


# --- the functions pages and endpoints share -------------------------------------------------------------

def latest_publication(store: Store) -> str | None:
    """The newest publication date among the stored articles: "now" as far as the sources know."""
    return store.newest_published()


def date_passed(meeting: dict[str, Any], latest: str | None) -> bool:
    """A meeting the sources call planned whose (last) date lies before the newest article: it has
    happened or been dropped since, which the reader is told instead of a plain "planned"."""
    when = meeting.get("end") or meeting.get("start")
    if meeting.get("status") != "planned" or not latest or not when or str(when).startswith("--"):
        return False
    return str(when) < latest[:len(str(when))]


def weak_fields(provenance: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Fields whose every cited source is a flagged article (machine-translated, garbled, ...), with the flags:
    a reader is told such a fact rests on weak sources only. Values from the registry alone are not weak."""
    out: dict[str, list[str]] = {}
    for field, values in provenance.items():
        cites = [c for value in values for c in value.get("sources") or []]
        if cites and all(c.get("flags") for c in cites):
            out[field] = sorted({flag for c in cites for flag in c["flags"]})
    return out


def meetings_page(store: Store, series: str | None, year: int | None, country: str | None, limit: int,
                  offset: int, cursor: str | None = None) -> dict[str, Any]:
    """A page of meetings from ``offset``, or after ``cursor`` (a previous page's ``next_cursor``); one row more
    than asked is read to know whether a next page exists."""
    if cursor is not None and offset:
        raise BadParameter("cursor and offset: give one of them", hint="a cursor already says where to start")
    after = MeetingCursor.decode(cursor) if cursor is not None else None
    rows = kb.list_meetings(store, series=series, year=year, country=country, limit=limit + 1, offset=offset,
                            after=after)
    page = rows[:limit]
    more = len(rows) > limit and bool(page)
    return {"items": [views.with_link(r.to_json(), views.meeting_link) for r in page], "limit": limit,
            "offset": offset, "total": kb.count_meetings(store, series=series, year=year, country=country),
            "next_cursor": kb.meeting_cursor(page[-1]).encode() if more else None}


def timeline_years(store: Store, series: str | None, country: str | None, start_year: int | None,
                   end_year: int | None, *, include_undated: bool = False) -> list[dict[str, Any]]:
    """Meetings by year, oldest first; with ``include_undated`` (and no year bound) a last group of year None
    holds the meetings whose date no source gives."""
    undated = include_undated and start_year is None and end_year is None
    years = kb.timeline(store, series=series, country=country, start_year=start_year, end_year=end_year,
                        include_undated=undated)
    latest = latest_publication(store)
    for year in years:
        year["meetings"] = [{**views.with_link(m, views.meeting_link), "date_passed": date_passed(m, latest)}
                            for m in year["meetings"]]
    return years


def meeting_dossier(store: Store, key: str) -> dict[str, Any]:
    dossier = kb.get_meeting(store, key, head=True)
    prov = Provenance(store)
    dossier["provenance"] = cite_facts(prov, "meeting", dossier.get("facts") or {})
    dossier["weak_fields"] = weak_fields(dossier["provenance"])
    latest = latest_publication(store)
    dossier["date_passed"] = date_passed(dossier, latest)
    dossier["latest_publication"] = latest
    dossier.setdefault("source_total", len(dossier.get("sources") or []))   # a store built before heads
    prov.prefetch([source["article"] for source in dossier.get("sources") or []])
    for n, source in enumerate(dossier.get("sources") or []):
        positions = source.get("positions") or [None]
        source["cite"] = (prov.cite(source["article"], "meeting", positions[0]) if n < MAX_SOURCES_QUOTED
                          else prov.link_only(source["article"]))
    cited = [source["cite"] for source in dossier.get("sources") or []]
    dossier["only_flagged_sources"] = bool(cited) and all(c.get("flags") for c in cited)
    for line in dossier.get("summary") or []:
        span = line.get("span") or []
        if line.get("article") and len(span) == 2:
            line["cite"] = prov.cite_span(line["article"], int(span[0]), int(span[1]))
    for group in ("delegation_heads", "participants"):
        for person in dossier.get(group) or []:
            person["link"] = views.person_link(person["person"]) if person.get("person") else None
    for name in ("prepared_by", "prepares"):
        for other in dossier.get(name) or []:
            other["link"] = views.meeting_link(other["key"])
    for document in dossier.get("documents") or []:
        if document.get("key"):
            document["link"] = views.document_link(document["key"])
    dossier["link"] = views.meeting_link(dossier["key"])
    return dossier


def people_page(store: Store, q: str | None, country: str | None, limit: int, offset: int) -> dict[str, Any]:
    rows = kb.list_people(store, query=q, country=country, limit=limit, offset=offset)
    return {"items": [views.with_link(r.to_json(), views.person_link) for r in rows], "limit": limit,
            "offset": offset, "total": None}


def person_dossier(store: Store, key: str) -> dict[str, Any]:
    dossier = kb.get_person(store, key, head=True)
    prov = Provenance(store)
    dossier["provenance"] = cite_facts(prov, "person", dossier.get("facts") or {})
    dossier["weak_fields"] = weak_fields(dossier["provenance"])
    # A leader's meetings grow with the record: the newest MEETINGS_SHOWN are linked, all are counted.
    # (the head keeps those already, with the total: a head written before it did holds every meeting)
    meetings = dossier.get("meetings") or []
    dossier["meeting_total"] = dossier.get("meeting_total", len(meetings))
    dossier["meetings"] = meetings[-MEETINGS_SHOWN:]
    for meeting in dossier["meetings"]:
        meeting["link"] = views.meeting_link(meeting["key"])
    prov.prefetch([a for role in dossier.get("roles") or [] for a in role.get("sources") or []])
    for role in dossier.get("roles") or []:
        role["cites"] = [prov.link_only(a) for a in role.get("sources") or []]
    for other in dossier.get("others") or []:
        other["link"] = views.person_link(other["key"])
    dossier["link"] = views.person_link(dossier["key"])
    return dossier


def documents_page(store: Store, q: str | None, limit: int, offset: int) -> dict[str, Any]:
    rows = kb.list_documents(store, query=q, limit=limit, offset=offset)
    return {"items": [views.with_link(r, views.document_link) for r in rows], "limit": limit, "offset": offset,
            "total": None}


def document_dossier(store: Store, key: str) -> dict[str, Any]:
    dossier = kb.get_document(store, key)
    prov = Provenance(store)
    prov.prefetch([source["article"] for source in dossier.get("sources") or []])
    for n, source in enumerate(dossier.get("sources") or []):
        evidence = source.get("evidence") or []
        source["cite"] = (prov.cite_span(source["article"], *evidence[0]) if evidence and n < MAX_SOURCES_QUOTED
                          else prov.link_only(source["article"]))
    for entry in dossier.get("history") or []:
        if entry.get("article"):
            entry["cite"] = prov.link_only(entry["article"])
            entry["title"] = entry["cite"]["title"]
    for meeting in dossier.get("meetings") or []:
        meeting["link"] = views.meeting_link(meeting["key"])
    dossier["link"] = views.document_link(dossier["key"])
    return dossier


def chair_dossier(store: Store, year: int) -> dict[str, Any]:
    dossier = kb.chair_year(store, year)
    dossier["provenance"] = cite_facts(Provenance(store), "chair", dossier.get("facts") or {})
    dossier["meetings"] = [views.with_link(m, views.meeting_link) for m in dossier.get("meetings") or []]
    dossier["link"] = views.chair_link(dossier["year"])
    return dossier


def chair_years(store: Store) -> list[dict[str, Any]]:
    """Every year the registry knows a chair for, newest first, each with what the articles say."""
    out = []
    for year in sorted(registry.chairs(), reverse=True):
        try:
            out.append(chair_dossier(store, year))
        except NotFoundError:
            continue
    return out


# --- endpoints -----------------------------------------------------------------------------------------

SeriesQuery = Query(None, max_length=40, description="Series id, e.g. asean-summit, amm, asean-som.")
CountryQuery = Query(None, max_length=60, description="Host country: code (VN) or name in any spelling.")


@router.get("/meetings", response_model=MeetingList, summary="List meetings",
            description="Resolved meetings, newest first (undated last), filtered by series, year and host "
                        "country. Each row links to its dossier. Page with `offset`, or with `cursor`: each "
                        "page's `next_cursor` starts the next one (null on the last page), as fast deep in the "
                        "list as at its start.")
def get_meetings(request: Request, series: str | None = SeriesQuery,
                 year: int | None = Query(None, ge=MIN_YEAR, le=MAX_YEAR, description="Year of the meeting."),
                 country: str | None = CountryQuery, limit: int = limit_param(), offset: int = offset_param(),
                 cursor: str | None = Query(None, max_length=MAX_CURSOR,
                                            description="Start after the page this cursor ends (the previous "
                                                        "page's `next_cursor`); instead of `offset`.")) -> dict:
    return meetings_page(_store(request), clean_text(series, "series"), year, clean_text(country, "country"),
                         limit, offset, clean_text(cursor, "cursor"))


@router.get("/meetings/{key:path}", response_model=MeetingDossier, responses=NOT_FOUND, summary="One meeting",
            description="A meeting's dossier: merged facts with every candidate value and the sentences that "
                        "state it, delegation heads, documents, the preparatory chain, a summary from the "
                        "sources, and the corrections applied.")
def get_meeting(request: Request, key: str = Path(..., max_length=MAX_TEXT)) -> dict:
    return meeting_dossier(_store(request), key)


@router.get("/timeline", response_model=Timeline, summary="Meetings by year",
            description="Dated meetings grouped by year, oldest first, with the same filters as /api/meetings.")
def get_timeline(request: Request, series: str | None = SeriesQuery, country: str | None = CountryQuery,
                 start_year: int | None = Query(None, ge=MIN_YEAR, le=MAX_YEAR, description="First year."),
                 end_year: int | None = Query(None, ge=MIN_YEAR, le=MAX_YEAR, description="Last year.")) -> dict:
    return {"years": timeline_years(_store(request), clean_text(series, "series"), clean_text(country, "country"),
                                    start_year, end_year)}


@router.get("/people", response_model=PersonList, summary="List people",
            description="People named in a public role, most mentioned first; `q` keeps those whose names or "
                        "titles hold every word of it (diacritics ignored).")
def get_people(request: Request, q: str | None = Query(None, max_length=MAX_TEXT, description="Words to match."),
               country: str | None = Query(None, max_length=60, description="Country served: code or name."),
               limit: int = limit_param(), offset: int = offset_param()) -> dict:
    return people_page(_store(request), clean_text(q, "q"), clean_text(country, "country"), limit, offset)


@router.get("/people/{key:path}", response_model=PersonDossier, responses=NOT_FOUND, summary="One person",
            description="A person by key or by name in any spelling: names, country, role history with first and "
                        "last dates seen, the meetings they took part in, with sources.")
def get_person(request: Request, key: str = Path(..., max_length=MAX_TEXT)) -> dict:
    return person_dossier(_store(request), key)


@router.get("/documents", response_model=DocumentList, summary="List documents",
            description="Named declarations, agreements, plans and statements, most cited first.")
def get_documents(request: Request, q: str | None = Query(None, max_length=MAX_TEXT, description="Words to match."),
                  limit: int = limit_param(), offset: int = offset_param()) -> dict:
    return documents_page(_store(request), clean_text(q, "q"), limit, offset)


@router.get("/documents/{key:path}", response_model=DocumentDossier, responses=NOT_FOUND, summary="One document",
            description="A document's names, status history, the meetings it belongs to, and its sources.")
def get_document(request: Request, key: str = Path(..., max_length=MAX_TEXT)) -> dict:
    return document_dossier(_store(request), key)


@router.get("/chairs", response_model=ChairList, summary="List ASEAN chair years",
            description="Each year the registry knows an ASEAN chair for, newest first, with what the articles "
                        "say (country, theme, sources) and the year's meetings.")
def get_chairs(request: Request) -> dict:
    return {"items": chair_years(_store(request))}


@router.get("/chairs/{year}", response_model=ChairYearOut, responses=NOT_FOUND, summary="One chair year",
            description="Who chaired ASEAN in a year, its theme, the sources and any conflict with the registry, "
                        "and the meetings of that year chaired or hosted by the chair.")
def get_chair(request: Request, year: int = Path(..., ge=MIN_YEAR, le=MAX_YEAR)) -> dict:
    return chair_dossier(_store(request), year)


@router.get("/kb", response_model=KbStatus, summary="Knowledge base status",
            description="When the knowledge base was last built from the articles, and what the build found.")
def get_kb_status(request: Request) -> dict:
    return kb.status(_store(request))
