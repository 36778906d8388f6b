"""Read the knowledge base: the functions the CLI, the API and the web pages call.

Listings read the ``kb_*`` columns (corrections already applied there); a single record is its stored dossier
with the correction log applied on top at read time, so a correction shows at once and carries its author.
Filters are fixed SQL fragments with values as parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summitgraph import registry
from summitgraph.errors import NotFoundError
from summitgraph.store import Store
from summitgraph.store.backend import Backend
from summitgraph.store.fold import like_pattern, query_tokens
from summitgraph.store.serialize import loads
from summitgraph.text.normalize import fold
from summitgraph.kb.build import corrections as corrections_module
from summitgraph.kb.build import tables
from summitgraph.kb.db import session
from summitgraph.kb.labels import country_name, series_labels
from summitgraph.kb.dates import year_of
from summitgraph.kb.keys import slug
from summitgraph.kb.names import parse_name
from summitgraph.kb.build.rebuild import meeting_correction_keys, person_correction_keys
from summitgraph.kb.read import records, word_index
from summitgraph.kb.read.cursor import MeetingCursor

MAX_LIMIT = 1000
MAX_SEARCH_WORDS = 8
_NOT_BUILT = "run `summitgraph resolve` to build the knowledge base"


@dataclass(frozen=True)
class MeetingRow:
    id: int
    key: str
    series: str
    ordinal: int | None
    partner: str | None
    parties: list[str] | None
    name: str
    start: str | None
    end: str | None
    year: int | None
    city: str | None
    country: str | None
    format: str | None
    chair: str | None
    status: str | None
    article_count: int
    source_count: int
    conflict_count: int
    rejected: bool

    def to_json(self) -> dict[str, Any]:
        # A shallow copy with its own list: asdict's deep copy of every field cost more than reading the row.
        return {**vars(self), "parties": list(self.parties) if self.parties is not None else None}


@dataclass(frozen=True)
class PersonRow:
    id: int
    key: str
    name: str
    country: str | None
    mention_count: int
    source_count: int
    first_seen: str | None
    last_seen: str | None
    rejected: bool

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))   # every field a scalar


# The columns a listing row is made of: never ``*``, which would read each row's dossier (a meeting's JSON
# grows with its sources: megabytes for a story re-published thousands of times) only to drop it.
_MEETING_COLUMNS = ("id, key, series, ordinal, partner, parties, name, start_date, end_date, year, city, country, "
                    "format, chair, status, article_count, source_count, conflict_count, rejected")
_PERSON_COLUMNS = "id, key, name, country, mention_count, source_count, first_seen, last_seen, rejected"


def _meeting_row(row: dict[str, Any]) -> MeetingRow:
    return MeetingRow(
        id=int(row["id"]), key=row["key"], series=row["series"], ordinal=row["ordinal"], partner=row["partner"],
        parties=row["parties"].split("-") if row["parties"] else None, name=row["name"], start=row["start_date"],
        end=row["end_date"], year=row["year"], city=row["city"], country=row["country"], format=row["format"],
        chair=row["chair"], status=row["status"], article_count=int(row["article_count"]),
        source_count=int(row["source_count"]), conflict_count=int(row["conflict_count"]),
        rejected=bool(row["rejected"]))


def _person_row(row: dict[str, Any]) -> PersonRow:
    return PersonRow(id=int(row["id"]), key=row["key"], name=row["name"], country=row["country"],
                     mention_count=int(row["mention_count"]), source_count=int(row["source_count"]),
                     first_seen=row["first_seen"], last_seen=row["last_seen"], rejected=bool(row["rejected"]))


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def country_filter(country: str | None) -> str | None:
    """A country given as a code ("VN") or a name in any registry spelling ("Việt Nam", "Campuchia")."""
    if not country:
        return None
    return registry.country_code(country) or country.strip().upper()


def _meeting_filters(series: str | None, year: int | None, country: str | None,
                     include_rejected: bool) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if not include_rejected:
        clauses.append("rejected = ?")
        params.append(False)
    if series:
        clauses.append("series = ?")
        params.append(series)
    if year is not None:
        clauses.append("year = ?")
        params.append(int(year))
    code = country_filter(country)
    if code:
        clauses.append("country = ?")
        params.append(code)
    return ("WHERE " + " AND ".join(clauses) + " " if clauses else ""), params


# --- meetings -----------------------------------------------------------------------------------

# The listing's order; the index kb_meetings_listing (migration 7) holds exactly these terms, so a page is read
# off the index instead of sorting every meeting.
_MEETING_ORDER = "ORDER BY (start_date IS NULL), start_date DESC, key "
# Rows after a cursor in that order: dated rows are followed by later keys of the same date, older dates, and
# then the undated rows; undated rows only by later keys.
_AFTER_DATED = "(start_date IS NULL OR start_date < ? OR (start_date = ? AND key > ?))"
# Undated rows are all alike but for their keys: spelled as the index's own terms, the seek goes straight to the
# key, and the rows come in key order (44,552 meetings at 100,000 articles, 27,945 of them undated, were read
# and sorted to find the last page).
_AFTER_UNDATED = "((start_date IS NULL) = ? AND start_date IS NULL AND key > ?)"
_UNDATED_ORDER = "ORDER BY key "


def _after(cursor: MeetingCursor) -> tuple[str, list[Any]]:
    if cursor.start is None:
        return _AFTER_UNDATED, [True, cursor.key]
    return _AFTER_DATED, [cursor.start, cursor.start, cursor.key]


def list_meetings(store: Store, series: str | None = None, year: int | None = None, country: str | None = None,
                  limit: int = 50, offset: int = 0, *, include_rejected: bool = False,
                  after: MeetingCursor | None = None) -> list[MeetingRow]:
    """Meetings, newest first; undated ones last. A page starts at ``offset``, or right after ``after`` (the
    cursor of the previous page's last row: a seek, as cheap deep in the list as on its first page)."""
    where, params = _meeting_filters(series, year, country, include_rejected)
    limit, offset = _bounds(limit, offset)
    order = _MEETING_ORDER
    if after is not None:
        clause, values = _after(after)
        where = (where + "AND " if where else "WHERE ") + clause + " "
        params = [*params, *values]
        order = _UNDATED_ORDER if after.start is None else order   # after an undated row, only undated ones
    with session(store) as db:
        if offset:
            # Deep in the list, the rows skipped are read as index entries (the listing index holds the key), and
            # only the page's rows from the table: PostgreSQL read each skipped row's heap tuple.
            keys = db.query("SELECT key FROM kb_meetings " + where + order + "LIMIT ? OFFSET ?",
                            [*params, limit, offset])
            rows = _by_keys(db, "SELECT " + _MEETING_COLUMNS + " FROM kb_meetings WHERE key IN ", keys)
        else:
            rows = db.query("SELECT " + _MEETING_COLUMNS + " FROM kb_meetings " + where + order + "LIMIT ?",
                            [*params, limit])
    return [_meeting_row(r) for r in rows]


def meeting_cursor(row: MeetingRow) -> MeetingCursor:
    """The cursor a page ending at ``row`` hands out."""
    return MeetingCursor(row.start, row.key)


def count_meetings(store: Store, series: str | None = None, year: int | None = None, country: str | None = None,
                   *, include_rejected: bool = False) -> int:
    where, params = _meeting_filters(series, year, country, include_rejected)
    with session(store) as db:
        return int(db.scalar("SELECT COUNT(*) AS n FROM kb_meetings " + where, params) or 0)


def get_meeting(store: Store, key: str, *, head: bool = False) -> dict[str, Any]:
    """A meeting's dossier (corrections applied), by key, alias or current row id; with ``head``, the dossier's
    head (long lists cut, their lengths kept: what a page shows). Raises NotFoundError."""
    with session(store) as db:
        row = records.meeting(db, key, head=head)
        if row is None:
            raise NotFoundError(f"meeting {key!r} is not in the knowledge base",
                                hint="list keys with `summitgraph meetings`; " + _NOT_BUILT)
        dossier = loads(row["dossier"])
        aliases = tables.meeting_aliases(db, row["key"])   # only those no other meeting has as its key
    found = _corrections(store, "meeting", meeting_correction_keys(row["key"], aliases, set()))
    out = corrections_module.apply(dossier, found) if found else _uncorrected(dossier)
    out["id"] = int(row["id"])
    return out


def _uncorrected(dossier: dict[str, Any]) -> dict[str, Any]:
    """What ``corrections.apply`` gives with no correction, without its deep copy: the dossier was just read
    from its row, so nothing else holds it (a big dossier's copy cost more than the rest of the request)."""
    dossier["corrections"] = []
    if "start" in dossier or "end" in dossier:
        dossier["year"] = year_of(dossier.get("start")) or year_of(dossier.get("end"))
    return dossier


def _corrections(store: Store, kind: str, keys: list[str]) -> list:
    found = []
    for key in dict.fromkeys(keys):
        found.extend(store.corrections(kind, key))
    return found


def timeline(store: Store, series: str | None = None, country: str | None = None, start_year: int | None = None,
             end_year: int | None = None, *, include_undated: bool = False) -> list[dict[str, Any]]:
    """Meetings by year, oldest first: [{"year": 2020, "count": n, "meetings": [row, ...]}, ...]."""
    where, params = _meeting_filters(series, None, country, False)
    extra = []
    if start_year is not None:
        extra.append("year >= ?")
        params.append(int(start_year))
    if end_year is not None:
        extra.append("year <= ?")
        params.append(int(end_year))
    if not include_undated:
        extra.append("year IS NOT NULL")
    if extra:
        where = (where + "AND " if where else "WHERE ") + " AND ".join(extra) + " "
    with session(store) as db:
        rows = db.query("SELECT " + _MEETING_COLUMNS + " FROM kb_meetings " + where +
                        "ORDER BY (year IS NULL), year, start_date, key", params)
    years: dict[int | None, list[MeetingRow]] = {}
    for row in rows:
        meeting = _meeting_row(row)
        years.setdefault(meeting.year, []).append(meeting)
    return [{"year": year, "count": len(items), "meetings": [m.to_json() for m in items]}
            for year, items in years.items()]


@dataclass(frozen=True)
class MeetingCount:
    year: int | None
    series: str
    country: str | None
    meetings: int


def meeting_counts(store: Store) -> list[MeetingCount]:
    """Shown meetings per (year, series, host country), from the aggregate the build keeps: a few hundred rows
    whatever the number of meetings (the home page's charts, filters and per-year counts)."""
    with session(store) as db:
        rows = db.query("SELECT year, series, country, meetings FROM kb_meeting_counts")
    return [MeetingCount(None if r["year"] is None else int(r["year"]), r["series"], r["country"],
                         int(r["meetings"])) for r in rows]


# --- people -------------------------------------------------------------------------------------

def list_people(store: Store, query: str | None = None, country: str | None = None, limit: int = 50,
                offset: int = 0) -> list[PersonRow]:
    """People, most mentioned first; ``query`` keeps those whose names or titles hold every word of it."""
    clauses, params = ["rejected = ?"], [False]
    for token in query_tokens(query or "")[:MAX_SEARCH_WORDS]:
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(like_pattern(token))
    code = country_filter(country)
    if code:
        clauses.append("country = ?")
        params.append(code)
    limit, offset = _bounds(limit, offset)
    with session(store) as db:
        rows = db.query("SELECT " + _PERSON_COLUMNS + " FROM kb_people WHERE " + " AND ".join(clauses) +
                        " ORDER BY mention_count DESC, key LIMIT ? OFFSET ?", [*params, limit, offset])
    return [_person_row(r) for r in rows]


def _other_people_keys(db: Backend, key: str, candidates: list[str]) -> set[str]:
    """Which of ``candidates`` are the keys of people other than ``key``: a lookup by key, not a read of every
    person's key."""
    wanted = [c for c in dict.fromkeys(candidates) if c != key]
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)   # placeholders only; the keys travel as parameters
    return {row["key"] for row in db.query("SELECT key FROM kb_people WHERE key IN (" + marks + ")", wanted)}


# A part of a name matching more people than this lists the first ones under ``others``.
MAX_NAME_PART_MATCHES = 10


def _people_by_name_part(store: Store, text: str, *, head: bool) -> list[Any]:
    """The people whose name holds every word of ``text`` ("Nukaga", "Kishida"), as search finds them: a
    word of their titles or country alone ("Thủ tướng") names no one."""
    words = query_tokens(text)
    matches = [p for p in search(store, text, limit=MAX_NAME_PART_MATCHES)["people"]
               if words and all(w in fold(p["name"]).split() for w in words)]
    with session(store) as db:
        return [row for p in matches if (row := records.person(db, p["key"], head=head))]


def get_person(store: Store, key_or_name: str, *, head: bool = False) -> dict[str, Any]:
    """A person's dossier by key or by name in any spelling (diacritics, honorifics, word order ignored);
    with ``head``, the dossier's head (as for meetings). When a name fits several people, the most mentioned
    is returned and the others listed under ``others``. Raises NotFoundError."""
    with session(store) as db:
        rows = [row] if (row := records.person(db, key_or_name, head=head)) else []
        if not rows:
            parsed = parse_name(key_or_name)
            rows = records.people_by_alias(db, parsed.folded, head=head) or \
                records.people_by_alias(db, " ".join(fold(parsed.written).split()), head=head)
    if not rows:
        rows = _people_by_name_part(store, key_or_name, head=head)
    if not rows:
        raise NotFoundError(f"no person named {key_or_name!r} in the knowledge base",
                            hint="try `summitgraph search` with part of the name; " + _NOT_BUILT)
    with session(store) as db:
        chosen = rows[0]
        dossier = loads(chosen["dossier"])
        names = dossier.get("names") or []
        keys = _other_people_keys(db, chosen["key"], sorted({slug(n) for n in names}))
    found = _corrections(store, "person", person_correction_keys(chosen["key"], names, keys))
    out = corrections_module.apply(dossier, found) if found else _uncorrected(dossier)
    out["id"] = int(chosen["id"])
    out["others"] = [{"key": r["key"], "name": r["name"], "country": r["country"]} for r in rows[1:]]
    return out


# --- documents ----------------------------------------------------------------------------------

def list_documents(store: Store, query: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    clauses, params = [], []
    for token in query_tokens(query or "")[:MAX_SEARCH_WORDS]:
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(like_pattern(token))
    where = "WHERE " + " AND ".join(clauses) + " " if clauses else ""
    limit, offset = _bounds(limit, offset)
    with session(store) as db:
        rows = db.query("SELECT id, key, name, abbr, status, source_count FROM kb_documents " + where +
                        "ORDER BY source_count DESC, key LIMIT ? OFFSET ?", [*params, limit, offset])
    return [dict(r) for r in rows]


def get_document(store: Store, key: str) -> dict[str, Any]:
    with session(store) as db:
        row = db.query_one("SELECT id, dossier FROM kb_documents WHERE key = ?", (key,))
    if row is None:
        raise NotFoundError(f"document {key!r} is not in the knowledge base", hint=_NOT_BUILT)
    return {**loads(row["dossier"]), "id": int(row["id"])}


# --- chair years --------------------------------------------------------------------------------

def chair_year(store: Store, year: int) -> dict[str, Any]:
    """Who chaired ASEAN in ``year`` (sources, registry, conflicts) and every meeting of that year, those it
    chaired or hosted marked ``by_chair``. Raises NotFoundError for a year neither the sources nor the registry
    know."""
    with session(store) as db:
        row = db.query_one("SELECT dossier FROM kb_chairs WHERE year = ?", (int(year),))
    if row is not None:
        out = loads(row["dossier"])
    else:
        reference = registry.chairs().get(int(year))
        if reference is None:
            raise NotFoundError(f"no ASEAN chair is known for {year}",
                                hint="the registry lists chairs from 2008; articles may add others")
        out = {"year": int(year), "country": reference.country, "theme": reference.theme_vi or reference.theme_en,
               "facts": {}, "conflicts": [], "articles": [],
               "registry": {"country": reference.country, "theme_en": reference.theme_en,
                            "theme_vi": reference.theme_vi}}
    out["country_name"] = country_name(out.get("country"))
    # Every meeting of the year the store holds, oldest first; those the chair chaired or hosted are marked.
    chair = out.get("country")
    meetings = sorted(list_meetings(store, year=int(year), limit=MAX_LIMIT), key=lambda m: (m.start or "", m.key))
    out["meetings"] = [{**m.to_json(), "by_chair": bool(chair) and chair in (m.chair, m.country)} for m in meetings]
    return out


# --- search -------------------------------------------------------------------------------------

def named_series(tokens: list[str]) -> list[str]:
    """Series whose Vietnamese or English label holds the query words as one phrase, the closest label first
    ("hoi nghi cap cao" names the ASEAN Summits before the ASEAN-partner summits)."""
    if not tokens:
        return []
    phrase = " ".join(tokens)
    scored = []
    for series, labels in series_labels().items():
        matching = [len(query_tokens(label)) for label in labels if phrase in " ".join(query_tokens(label))]
        if matching:
            scored.append((min(matching), series))
    return [series for _, series in sorted(scored)]


def _by_keys(db: Backend, select: str, keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of ``keys`` (a page of search hits), in the order of ``keys``; ``select`` is a fixed
    statement ending in ``IN``, the keys travel as parameters."""
    wanted = [row["key"] for row in keys]
    if not wanted:
        return []
    found = {row["key"]: row for row in db.query(select + "(" + ", ".join("?" for _ in wanted) + ")", wanted)}
    return [found[key] for key in wanted if key in found]


# `rejected` wrapped so that no index serves it: the candidates are read by id, a few hundred rows, where an index
# led by `rejected` would have SQLite scan every shown record to test the ids (17 ms at 44,552 meetings).
_SHOWN = "COALESCE(rejected, FALSE) = ?"


def _id_in(ids: list[int]) -> str:
    """``id IN (?, ...)``: placeholders only, the ids travel as parameters."""
    return "id IN (" + ", ".join("?" for _ in ids) + ")"


def search(store: Store, text: str, limit: int = 20) -> dict[str, Any]:
    """Meetings, people, documents and articles matching every word of ``text`` (case, diacritics and đ/d
    ignored). Meetings of a series the words name come first, then records holding the words as one phrase;
    articles come phrase first, then words near each other, then words apart, each with a marked passage."""
    tokens = query_tokens(text)[:MAX_SEARCH_WORDS]
    limit = max(1, min(int(limit), MAX_LIMIT))
    out: dict[str, Any] = {"query": text, "words": tokens, "series": [], "meetings": [], "people": [],
                           "documents": [], "articles": []}
    if not tokens:
        return out
    where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in tokens)
    params = [like_pattern(t) for t in tokens]
    phrase = "(CASE WHEN search_text LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END)"
    whole = like_pattern(" ".join(tokens))
    series = named_series(tokens)
    # The rank of the meeting's series among the named ones; a fixed CASE with the ids as parameters.
    series_rank = ("(CASE" + " WHEN series = ? THEN ?" * len(series) + " ELSE ? END), ") if series else ""
    series_params = [value for rank, s in enumerate(series) for value in (s, rank)] + ([len(series)] if series else [])
    # Each kind in three steps: a bounded set of candidate ids (kb/read/word_index.py: every match when there are
    # few, else the most cited matches), ranked in full order; then the listing rows of the page's keys (the
    # table rows hold the dossiers).
    with session(store) as db:
        ids = word_index.candidates(db, word_index.MEETINGS, tokens, where, params, limit)
        ids = list(dict.fromkeys(ids + word_index.in_series(db, series, limit)))
        meeting_keys = db.query("SELECT key FROM kb_meetings WHERE " + _id_in(ids) + " AND " + _SHOWN + " AND (" +
                                where + (" OR series IN (" + ", ".join("?" for _ in series) + ")" if series else "") +
                                ") ORDER BY " + series_rank + phrase +
                                ", source_count DESC, (start_date IS NULL), start_date DESC, key LIMIT ?",
                                [*ids, False, *params, *series, *series_params, whole, limit]) if ids else []
        meetings = _by_keys(db, "SELECT " + _MEETING_COLUMNS + " FROM kb_meetings WHERE key IN ", meeting_keys)
        ids = word_index.candidates(db, word_index.PEOPLE, tokens, where, params, limit)
        person_keys = db.query("SELECT key FROM kb_people WHERE " + _id_in(ids) + " AND " + _SHOWN + " AND " + where +
                               " ORDER BY " + phrase + ", mention_count DESC, key LIMIT ?",
                               [*ids, False, *params, whole, limit]) if ids else []
        people = _by_keys(db, "SELECT " + _PERSON_COLUMNS + " FROM kb_people WHERE key IN ", person_keys)
        document_keys = db.query("SELECT key FROM kb_documents WHERE " + where + " ORDER BY " + phrase +
                                 ", source_count DESC, key LIMIT ?", [*params, whole, limit])
        documents = _by_keys(db, "SELECT id, key, name, abbr, status, source_count FROM kb_documents WHERE key IN ",
                             document_keys)
    out["series"] = [{"series": s, "vi": series_labels()[s][0], "en": series_labels()[s][1]} for s in series]
    out["meetings"] = [_meeting_row(r).to_json() for r in meetings]
    out["people"] = [_person_row(r).to_json() for r in people]
    out["documents"] = [dict(r) for r in documents]
    out["articles"] = [{"key": h.key, "title": h.title, "published": h.published, "score": round(h.score, 4),
                        "tier": h.tier, "snippet": [{"text": part, "hit": hit} for part, hit in h.snippet]}
                       for h in store.search(text, limit)]
    return out


def stale_reason(store: Store) -> str | None:
    """Why the knowledge base does not show what is stored, or None: never built, or built before articles
    were added or changed (an ingest killed before its rebuild leaves it so)."""
    stats = store.stats()
    if not stats["articles"]:
        return None
    built = (status(store).get("summary") or {})
    if not built:
        return "it was never built"
    if (built.get("articles"), built.get("article_versions")) != (stats["articles"], stats["article_versions"]):
        return (f"it was built from {built.get('articles')} articles ({built.get('article_versions')} versions) "
                f"and {stats['articles']} ({stats['article_versions']}) are stored")
    return None


def status(store: Store) -> dict[str, Any]:
    """When the knowledge base was built and what the build found."""
    with session(store) as db:
        return tables.state(db)
