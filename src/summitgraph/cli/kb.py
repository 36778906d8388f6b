"""Knowledge-base commands: resolve, meetings, meeting, people, person, chair, search, timeline, export, correct.

Each command is a thin layer over summitgraph.kb: the same functions the API and the web pages call. Tables by
default, ``--json`` for the records as they are. kb and rich are imported inside the commands, so that `--help`
does not load them.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Optional

import typer

from summitgraph.cli.app import DbOption, JsonOption, app, err, fail, out, store_at
from summitgraph.cli.output import Column, FormatOption, chosen_format, emit

if TYPE_CHECKING:   # the commands import kb when they run: it loads the whole knowledge base
    from summitgraph import kb

LimitOption = typer.Option(50, "--limit", min=1, max=1000, help="How many rows at most.")
OffsetOption = typer.Option(0, "--offset", min=0, help="Rows to skip (paging).")
SeriesOption = typer.Option(None, "--series", help="Only this series (e.g. asean-summit, amm, bilateral-talks).")
CountryOption = typer.Option(None, "--country", help="Only meetings hosted in this country (code or name).")


def _print_json(value: Any) -> None:
    out.print_json(json.dumps(value, ensure_ascii=False, default=str))


def _dates(start: Any, end: Any) -> str:
    if not start:
        return ""
    return str(start) if not end or end == start else f"{start} – {end}"


MEETING_COLUMNS = (Column("key"), Column("name", name_like=True), Column("dates"), Column("place"),
                   Column("chair"), Column("sources"), Column("conflicts"))
# A table fits 80 columns: the meeting's row id (`summitgraph meeting 12`) instead of its long key, the
# conflicts said after the name, dates broken at their dash, never inside a date.
MEETING_TABLE_COLUMNS = (Column("id", no_wrap=True), Column("name", name_like=True), Column("dates", max_width=12),
                         Column("place", max_width=14), Column("chair", no_wrap=True), Column("src", no_wrap=True))


def _meeting_cells(m: kb.MeetingRow) -> tuple:
    place = ", ".join(p for p in (m.city, m.country) if p)
    return (m.key, m.name, _dates(m.start, m.end) or "date unknown", place, m.chair or "", m.source_count,
            m.conflict_count or "")


def _meeting_table_cells(m: kb.MeetingRow) -> tuple:
    conflicts = f" [{m.conflict_count} conflict{'s' if m.conflict_count > 1 else ''}]" if m.conflict_count else ""
    return (m.id, m.name + conflicts, _dates(m.start, m.end) or "date unknown",
            ", ".join(p for p in (m.city, m.country) if p), m.chair or "", m.source_count)


def _emit_meetings(rows: list[kb.MeetingRow], fmt: str, title: str) -> None:
    if fmt == "table":
        emit(MEETING_TABLE_COLUMNS, [_meeting_table_cells(m) for m in rows], fmt=fmt, title=title)
        return
    emit(MEETING_COLUMNS, [_meeting_cells(m) for m in rows], fmt=fmt, title=title,
         records=[r.to_json() for r in rows])


@app.command()
def resolve(
    db: Optional[str] = DbOption,
    full: bool = typer.Option(False, "--full", help="Rebuild everything, even when the last build can be "
                              "updated with only the articles added or changed since."),
    as_json: bool = JsonOption,
) -> None:
    """Rebuild the knowledge base from every stored article: merge meetings and people across articles, infer
    from the ASEAN registry, flag conflicts, apply corrections. Updates the last build incrementally when it
    was made by the same resolver version (only changed articles read, changed records written)."""
    from summitgraph import kb

    with store_at(db) as store:
        summary = kb.rebuild(store, full=full)
    if as_json:
        _print_json(summary.to_json())
        return
    err.print(f"resolved {summary.meeting_mentions} meeting mentions into {summary.meetings} meetings, "
              f"{summary.person_mentions} person mentions into {summary.people} people; "
              f"{summary.duplicate_articles} near-duplicate articles; {summary.meetings_with_conflicts} meetings "
              f"with conflicts; {summary.corrections_applied} corrections applied "
              f"({summary.corrections_unmatched} unmatched) in {summary.seconds:.1f}s"
              + (f"; incremental: {summary.articles_read} articles read again, {summary.records_written} records "
                 f"written, near-duplicate detection {summary.dedup_seconds:.1f}s CPU" if summary.incremental else ""),
              markup=False)


@app.command()
def meetings(
    db: Optional[str] = DbOption,
    series: Optional[str] = SeriesOption,
    year: Optional[int] = typer.Option(None, "--year", help="Only meetings of this year."),
    country: Optional[str] = CountryOption,
    limit: int = LimitOption,
    offset: int = OffsetOption,
    as_json: bool = JsonOption,
    fmt: Optional[str] = FormatOption,
) -> None:
    """List resolved meetings, newest first (those no source dates last)."""
    from summitgraph import kb

    with store_at(db) as store:
        rows = kb.list_meetings(store, series=series, year=year, country=country, limit=limit, offset=offset)
        total = kb.count_meetings(store, series=series, year=year, country=country)
    _emit_meetings(rows, chosen_format(fmt, as_json), f"{len(rows)} of {total} meetings")


@app.command()
def meeting(
    key: str = typer.Argument(..., help='The meeting key ("asean-summit#37"), an alias, or its row id.'),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One meeting's dossier: facts with sources, conflicts, people, documents, preparatory chain, summary."""
    from summitgraph import kb

    with store_at(db) as store:
        dossier = kb.get_meeting(store, key)
    if as_json:
        _print_json(dossier)
        return
    _print_meeting(dossier)


def _print_meeting(d: dict[str, Any]) -> None:
    from rich.table import Table

    out.print(f"[bold]{d['name']}[/bold]" + ("  [red](rejected)[/red]" if d.get("rejected") else ""))
    out.print(f"{d['key']} · {d.get('series_label') or d['series']} · {d['source_count']} sources "
              f"({d['article_count']} articles)", markup=False)
    facts = Table("field", "value", "confidence", "sources", "note")
    for field in ("ordinal", "partner", "parties", "start", "end", "city", "country", "format", "chair", "status"):
        fact = (d.get("facts") or {}).get(field)
        if not fact:
            continue
        note = []
        if fact.get("corrected"):
            c = fact["corrected"]
            note.append(f"corrected by {c['author']} ({c['at'][:10]})")
        if fact.get("rule"):
            note.append(f"inferred: {fact['rule']}")
        if fact.get("conflict"):
            others = [f"{v['value']} ×{v['count']}" for v in fact["values"] if not v.get("agrees", True)]
            note.append("conflict: " + ", ".join(others))
        value = d.get(field)
        facts.add_row(field, "" if value is None else str(value), f"{fact.get('confidence', 0):.2f}",
                      str(sum(v["count"] for v in fact.get("values") or [] if v["value"] == fact.get("value"))),
                      "; ".join(note))
    out.print(facts)
    if d.get("delegation_heads") or d.get("participants"):
        people = Table("person", "country", "titles", "head", "link", title="participants")
        for p in d.get("participants") or []:
            people.add_row(p["name"], p.get("country") or "", ", ".join(p.get("titles") or []),
                           "yes" if p.get("head") else "", p.get("link") or "")
        out.print(people)
    for label, items in (("documents", d.get("documents")), ("prepared by", d.get("prepared_by")),
                         ("prepares", d.get("prepares"))):
        if items:
            out.print(f"{label}: " + "; ".join(i.get("name") or i["key"] for i in items), markup=False)
    for issue in d.get("issues") or []:
        out.print(f"issue: {issue['issue']} ({issue.get('detail', '')})", markup=False)
    if d.get("summary"):
        out.print("[bold]summary[/bold]")
        for item in d["summary"]:
            out.print(f"  {item['text']} [{item['article']}]", markup=False)
    out.print("sources: " + ", ".join(s["article"] for s in d.get("sources") or []), markup=False)


@app.command()
def people(
    db: Optional[str] = DbOption,
    query: Optional[str] = typer.Option(None, "--query", "-q", help="Only people whose name or titles match."),
    country: Optional[str] = typer.Option(None, "--country", help="Only people serving this country."),
    limit: int = LimitOption,
    offset: int = OffsetOption,
    as_json: bool = JsonOption,
    fmt: Optional[str] = FormatOption,
) -> None:
    """List resolved people, most mentioned first."""
    from summitgraph import kb

    with store_at(db) as store:
        rows = kb.list_people(store, query=query, country=country, limit=limit, offset=offset)
    columns = (Column("key", key_like=True), Column("name", name_like=True), Column("country", no_wrap=True),
               Column("n", no_wrap=True), Column("first seen", max_width=10), Column("last seen", max_width=10))
    emit(columns, [(p.key, p.name, p.country or "", p.mention_count, p.first_seen or "", p.last_seen or "")
                   for p in rows], fmt=chosen_format(fmt, as_json), title=f"{len(rows)} people",
         records=[r.to_json() for r in rows])


@app.command()
def person(
    name: str = typer.Argument(..., help="A person's key or name, in any spelling (diacritics optional)."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One person: names, country, role history (titles with first and last dates seen), meetings."""
    from rich.table import Table

    from summitgraph import kb

    with store_at(db) as store:
        dossier = kb.get_person(store, name)
    if as_json:
        _print_json(dossier)
        return
    out.print(f"[bold]{dossier['name']}[/bold] · {dossier['key']} · {dossier.get('country_name') or dossier.get('country') or '?'}")
    if len(dossier.get("names") or []) > 1:
        out.print("also written: " + "; ".join(dossier["names"][1:]), markup=False)
    roles = Table("title", "organisation", "first seen", "last seen", "sources", title="roles")
    for r in dossier.get("roles") or []:
        roles.add_row(r["title"], r.get("organisation") or "", r.get("first_seen") or "", r.get("last_seen") or "",
                      str(len(r.get("sources") or [])))
    out.print(roles)
    if dossier.get("meetings"):
        table = Table("meeting", "dates", "as", title="meetings")
        for m in dossier["meetings"]:
            table.add_row(m["name"], _dates(m.get("start"), m.get("end")), ", ".join(m.get("titles") or []))
        out.print(table)
    for other in dossier.get("others") or []:
        out.print(f"another person with this name: {other['name']} ({other['key']})", markup=False)


@app.command()
def chair(year: int = typer.Argument(..., help="The year, e.g. 2020."), db: Optional[str] = DbOption,
          as_json: bool = JsonOption) -> None:
    """Who chaired ASEAN in a year, the theme, the sources, and the meetings it chaired or hosted."""
    from summitgraph import kb

    with store_at(db) as store:
        found = kb.chair_year(store, year)
    if as_json:
        _print_json(found)
        return
    out.print(f"[bold]{found['year']}: {found.get('country_name') or found.get('country')}[/bold]")
    if found.get("theme"):
        out.print(f"theme: {found['theme']}", markup=False)
    if found.get("conflicts"):
        values = found["facts"]["country"]["values"]
        out.print("conflict: " + ", ".join(f"{v['value']} ×{v['count']}" for v in values), markup=False)
    out.print(f"sources: {', '.join(found.get('articles') or []) or 'registry only'}", markup=False)
    rows = [kb.MeetingRow(**{k: v for k, v in m.items() if k != "by_chair"}) for m in found.get("meetings") or []]
    if rows:
        _emit_meetings(rows, "table", f"{len(rows)} meetings")


@app.command()
def search(text: str = typer.Argument(..., help='Words to find, e.g. "hoi nghi cap cao" (diacritics optional).'),
           db: Optional[str] = DbOption, limit: int = typer.Option(20, "--limit", min=1, max=1000),
           as_json: bool = JsonOption, fmt: Optional[str] = FormatOption) -> None:
    """Search meetings, people, documents and articles (case, diacritics and đ/d ignored). Articles holding the
    words as one phrase come first, then those with the words near each other, then the rest."""
    from rich.markup import escape

    from summitgraph import kb

    with store_at(db) as store:
        found = kb.search(store, text, limit)
    shape = chosen_format(fmt, as_json)
    if shape == "json":
        _print_json(found)
        return
    if shape == "tsv":
        # One table for every kind: kind, key, name, and what tells hits apart.
        rows = [("series", s["series"], s["en"], "") for s in found["series"]]
        rows += [("meeting", m["key"], m["name"], _dates(m.get("start"), m.get("end"))) for m in found["meetings"]]
        rows += [("person", p["key"], p["name"], p.get("country") or "") for p in found["people"]]
        rows += [("document", d["key"], d["name"], d.get("status") or "") for d in found["documents"]]
        rows += [("article", a["key"], a.get("title") or "",
                  "".join(part["text"] for part in a.get("snippet") or [])) for a in found["articles"]]
        emit((Column("kind"), Column("key"), Column("name"), Column("detail")), rows, fmt="tsv")
    else:
        if found["series"]:
            out.print("series: " + "; ".join(f"{s['en']} ({s['series']})" for s in found["series"]), markup=False)
        if found["meetings"]:
            _emit_meetings([kb.MeetingRow(**m) for m in found["meetings"]], "table", "meetings")
        if found["people"]:
            emit((Column("key", key_like=True), Column("name", name_like=True), Column("country")),
                 [(p["key"], p["name"], p.get("country") or "") for p in found["people"]], fmt="table",
                 title="people")
        if found["documents"]:
            emit((Column("key", key_like=True), Column("name", name_like=True), Column("status")),
                 [(d["key"], d["name"], d.get("status") or "") for d in found["documents"]], fmt="table",
                 title="documents")
        for a in found["articles"]:
            out.print(f"[bold]{a.get('title') or a['key']}[/bold] ({a.get('published') or 'no date'}, {a['key']})")
            passage = "".join(f"[reverse]{escape(part['text'])}[/reverse]" if part["hit"] else escape(part["text"])
                              for part in a.get("snippet") or [])
            if passage:
                out.print("  " + passage)
    if not any(found[k] for k in ("series", "meetings", "people", "documents", "articles")):
        err.print(f"nothing found for {text!r}", markup=False)


@app.command()
def timeline(
    db: Optional[str] = DbOption,
    series: Optional[str] = SeriesOption,
    country: Optional[str] = CountryOption,
    start_year: Optional[int] = typer.Option(None, "--from", help="First year."),
    end_year: Optional[int] = typer.Option(None, "--to", help="Last year."),
    as_json: bool = JsonOption,
    fmt: Optional[str] = FormatOption,
) -> None:
    """Meetings by year, oldest first: the record the articles add up to. Meetings no source dates close the
    list under "date unknown" (unless --from or --to bounds the years)."""
    from summitgraph import kb

    undated = start_year is None and end_year is None
    with store_at(db) as store:
        years = kb.timeline(store, series=series, country=country, start_year=start_year, end_year=end_year,
                            include_undated=undated)
    shape = chosen_format(fmt, as_json)
    if shape == "json":
        _print_json(years)
        return
    if not years:
        err.print("no meetings (run `summitgraph resolve` after ingesting)", markup=False)
        return
    if shape == "tsv":
        emit((Column("year"), Column("key"), Column("name"), Column("start"), Column("end"), Column("city"),
              Column("country"), Column("sources")),
             [(y["year"] or "", m["key"], m["name"], m.get("start") or "", m.get("end") or "", m.get("city") or "",
               m.get("country") or "", m["source_count"]) for y in years for m in y["meetings"]], fmt="tsv")
        return
    for year in years:
        out.print(f"[bold]{year['year'] or 'date unknown'}[/bold] ({year['count']})")
        for m in year["meetings"]:
            place = ", ".join(p for p in (m.get("city"), m.get("country")) if p)
            sources = f"{m['source_count']} source" + ("s" if m["source_count"] != 1 else "")
            out.print(f"  {_dates(m.get('start'), m.get('end')):<25} {m['name']}"
                      + (f" — {place}" if place else "") + f" ({sources})", markup=False)


@app.command(name="export")
def export_command(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or wikidata (QuickStatements of meetings)."),
    what: str = typer.Option("meetings", "--what", help="meetings, people, roles or documents."),
    out_path: str = typer.Option("-", "--out", help="File to write; - for standard output."),
    db: Optional[str] = DbOption,
) -> None:
    """Export the knowledge base (corrections applied, rejected records left out)."""
    from summitgraph import kb

    with store_at(db) as store:
        result = kb.export(store, what, fmt, out_path)
    note = f"; {result['unmapped']} values without a known Wikidata item left out" if result["unmapped"] else ""
    err.print(f"exported {result['records']} {what} as {fmt}{note}", markup=False)


@app.command()
def correct(
    kind: Optional[str] = typer.Argument(None, help="meeting or person"),
    key: Optional[str] = typer.Argument(None, help="The meeting's key (or alias, or row id); the person's key or name."),
    field: Optional[str] = typer.Option(None, "--field", help="The field to set or reject."),
    value: Optional[str] = typer.Option(None, "--value", help="The new value (empty clears the field)."),
    reject: bool = typer.Option(False, "--reject", help="Reject the record, or with --field its current value."),
    author: str = typer.Option(..., "--author", help="Who makes the correction (logged with the time)."),
    note: Optional[str] = typer.Option(None, "--note", help="Why."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
    withdraw: Optional[int] = typer.Option(None, "--withdraw", metavar="ID", min=1,
                                           help="Take back correction ID (the log keeps it, marked withdrawn)."),
) -> None:
    """Correct or reject a fact, or withdraw a correction. Corrections are stored apart, logged with who and
    when, and applied on top of every rebuild, so they survive re-ingest and re-extraction."""
    from summitgraph import kb

    if withdraw is not None:
        _withdraw(withdraw, author, note, db, as_json)
        return
    if kind is None or key is None:
        fail("give the kind (meeting or person) and the key to correct, or --withdraw ID")
    if not reject and (field is None or value is None):
        fail("give --field and --value to set a value, or --reject (with --field to reject one value)")
    with store_at(db) as store:
        parsed = kb.coerce(kind, field, value) if field and value is not None else None
        dossier = kb.correct(store, kind, key, field, parsed, reject=reject, author=author, note=note)
    if as_json:
        _print_json(dossier)
        return
    last = dossier["corrections"][-1]
    what = f"{last['field']} = {last['value']!r}" if last["action"] == "set" else \
        (f"rejected {last['field']} {last['value']!r}" if last["field"] else "rejected")
    err.print(f"{kind} {dossier['key']}: {what} (by {last['author']} at {last['at']})", markup=False)


def _withdraw(correction_id: int, author: str, note: str | None, db: str | None, as_json: bool) -> None:
    from summitgraph import kb

    with store_at(db) as store:
        dossier = kb.withdraw(store, correction_id, author=author, note=note)
    if as_json:
        _print_json(dossier)
        return
    err.print(f"correction {correction_id} withdrawn by {author.strip()}; {dossier['key']} is up to date",
              markup=False)
