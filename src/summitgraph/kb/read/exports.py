"""Exports of the knowledge base: JSON Lines and CSV of meetings, people, roles and documents, and Wikidata
QuickStatements of meetings. Corrections are applied; rejected records are left out.

JSON Lines carry whole records (a meeting's dossier with every fact's sources), so they load back as they were
written; CSV flattens each record to one row, lists joined by "; ".
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from summitgraph.errors import SummitGraphError
from summitgraph.store import Store
from summitgraph.store.serialize import loads
from summitgraph.kb.build import corrections as corrections_module
from summitgraph.kb.db import session
from summitgraph.kb.build.rebuild import meeting_correction_keys, person_correction_keys
from summitgraph.kb.read.wikidata import write_statements

WHAT = ("meetings", "people", "roles", "documents")
FORMATS = ("jsonl", "csv", "wikidata")
LIST_SEPARATOR = "; "

MEETING_COLUMNS = ("key", "series", "ordinal", "partner", "parties", "name", "start", "end", "year", "city",
                   "country", "format", "chair", "status", "article_count", "source_count", "conflicts",
                   "inferred", "delegation_heads", "documents", "prepared_by", "prepares", "articles", "corrected",
                   "summary")
PEOPLE_COLUMNS = ("key", "name", "names", "country", "first_seen", "last_seen", "roles", "meetings",
                  "mention_count", "source_count", "articles", "corrected")
ROLE_COLUMNS = ("person", "name", "country", "title", "position", "organisation", "first_seen", "last_seen",
                "mentions", "articles")
DOCUMENT_COLUMNS = ("key", "name", "names", "abbr", "status", "meetings", "source_count", "articles")


class ExportError(SummitGraphError):
    """An export that cannot be made as asked."""


# --- records ------------------------------------------------------------------------------------

def _corrections_by_key(store: Store, kind: str) -> dict[str, list]:
    found: dict[str, list] = defaultdict(list)
    for correction in store.corrections(kind):
        found[correction.target_key].append(correction)
    return found


def _corrected_dossiers(store: Store, kind: str, sql: str,
                        correction_keys: Callable[[str, dict[str, Any], set[str]], list[str]]) -> Iterator[dict[str, Any]]:
    """Dossiers of one kind with their corrections applied; rejected records left out."""
    with session(store) as db:
        rows = db.query(sql)
    keys = {row["key"] for row in rows}
    by_key = _corrections_by_key(store, kind)
    for row in rows:
        raw = loads(row["dossier"])
        found = [c for k in correction_keys(row["key"], raw, keys) for c in by_key.get(k, [])]
        dossier = corrections_module.apply(raw, found) if found else raw
        if not dossier.get("rejected"):
            yield dossier


def meeting_dossiers(store: Store) -> Iterator[dict[str, Any]]:
    """Every meeting's corrected dossier, oldest first; rejected meetings left out."""
    return _corrected_dossiers(
        store, "meeting", "SELECT key, dossier FROM kb_meetings ORDER BY (start_date IS NULL), start_date, key",
        lambda key, raw, keys: meeting_correction_keys(key, raw.get("aliases") or [], keys))


def person_dossiers(store: Store) -> Iterator[dict[str, Any]]:
    """Every person's corrected dossier; rejected people left out."""
    return _corrected_dossiers(
        store, "person", "SELECT key, dossier FROM kb_people ORDER BY key",
        lambda key, raw, keys: person_correction_keys(key, raw.get("names") or [], keys))


def document_dossiers(store: Store) -> Iterator[dict[str, Any]]:
    with session(store) as db:
        rows = db.query("SELECT dossier FROM kb_documents ORDER BY key")
    for row in rows:
        yield loads(row["dossier"])


def role_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per person and role (title and organisation), with first and last dates seen."""
    for person in person_dossiers(store):
        for role in person.get("roles") or []:
            yield {"person": person["key"], "name": person["name"], "country": person.get("country"),
                   "title": role["title"], "position": role["position"], "organisation": role.get("organisation"),
                   "first_seen": role.get("first_seen"), "last_seen": role.get("last_seen"),
                   "mentions": role.get("mentions"), "articles": role.get("sources") or []}


def records(store: Store, what: str) -> Iterator[dict[str, Any]]:
    if what == "meetings":
        return meeting_dossiers(store)
    if what == "people":
        return person_dossiers(store)
    if what == "roles":
        return role_records(store)
    if what == "documents":
        return document_dossiers(store)
    raise ExportError(f"cannot export {what!r}", hint=f"use one of: {', '.join(WHAT)}")


# --- flat rows ----------------------------------------------------------------------------------

def _join(values: Any) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values or [] if v not in (None, ""))


def meeting_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        **{c: d.get(c) for c in ("key", "series", "ordinal", "partner", "name", "start", "end", "year", "city",
                                 "country", "format", "chair", "status", "article_count", "source_count")},
        "parties": _join(d.get("parties")),
        "conflicts": _join(d.get("conflicts")),
        "inferred": _join(f"{field}:{v['rule']}" for field, v in (d.get("inferred") or {}).items()),
        "delegation_heads": _join(f"{h['name']} ({h.get('country') or '?'})" for h in d.get("delegation_heads") or []),
        "documents": _join(doc["name"] for doc in d.get("documents") or []),
        "prepared_by": _join(m["key"] for m in d.get("prepared_by") or []),
        "prepares": _join(m["key"] for m in d.get("prepares") or []),
        "articles": _join(s["article"] for s in d.get("sources") or []),
        "corrected": _join(f"{c['field'] or 'record'}:{c['action']} by {c['author']}" for c in d.get("corrections") or []),
        "summary": d.get("summary_text") or "",
    }


def person_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": d["key"], "name": d["name"], "names": _join(d.get("names")), "country": d.get("country"),
        "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
        "roles": _join(f"{r['title']} ({r.get('first_seen') or '?'}..{r.get('last_seen') or '?'})"
                       for r in d.get("roles") or []),
        "meetings": _join(m["key"] for m in d.get("meetings") or []),
        "mention_count": d.get("mention_count"), "source_count": d.get("source_count"),
        "articles": _join(s["article"] for s in d.get("sources") or []),
        "corrected": _join(f"{c['field'] or 'record'}:{c['action']} by {c['author']}" for c in d.get("corrections") or []),
    }


def role_row(r: dict[str, Any]) -> dict[str, Any]:
    return {**{c: r.get(c) for c in ROLE_COLUMNS if c != "articles"}, "articles": _join(r.get("articles"))}


def document_row(d: dict[str, Any]) -> dict[str, Any]:
    return {"key": d["key"], "name": d["name"], "names": _join(d.get("names")), "abbr": d.get("abbr"),
            "status": d.get("status"), "meetings": _join(m["key"] for m in d.get("meetings") or []),
            "source_count": d.get("source_count"), "articles": _join(s["article"] for s in d.get("sources") or [])}


_FLAT = {"meetings": (MEETING_COLUMNS, meeting_row), "people": (PEOPLE_COLUMNS, person_row),
         "roles": (ROLE_COLUMNS, role_row), "documents": (DOCUMENT_COLUMNS, document_row)}


# --- writers ------------------------------------------------------------------------------------

def write_jsonl(items: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def write_csv(what: str, items: Iterator[dict[str, Any]], out: TextIO) -> int:
    columns, flatten = _FLAT[what]
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for item in items:
        writer.writerow({k: "" if v is None else v for k, v in flatten(item).items()})
        n += 1
    return n


def article_urls(store: Store) -> dict[str, str | None]:
    with session(store) as db:
        rows = db.query("SELECT key, url FROM articles WHERE superseded_by IS NULL")
    return {row["key"]: row["url"] for row in rows}


@contextmanager
def _opened(out: str | Path | TextIO | None) -> Iterator[TextIO]:
    if out is None or out == "-":
        yield sys.stdout
    elif isinstance(out, (str, Path)):
        path = Path(out)
        if not path.parent.is_dir():
            raise ExportError(f"{path}: the folder does not exist", hint="create it or choose another --out")
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield out


def export(store: Store, what: str, fmt: str, out: str | Path | TextIO | None) -> dict[str, Any]:
    """Write ``what`` in ``fmt`` to ``out`` (a path, a stream, or None/"-" for standard output).
    Returns {"what", "format", "records", "unmapped"} (unmapped: Wikidata values without a known item)."""
    if what not in WHAT:
        raise ExportError(f"cannot export {what!r}", hint=f"use one of: {', '.join(WHAT)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
    if fmt == "wikidata" and what != "meetings":
        raise ExportError(f"the Wikidata export covers meetings, not {what}", hint="use --what meetings")
    unmapped = 0
    with _opened(out) as handle:
        if fmt == "jsonl":
            count = write_jsonl(records(store, what), handle)
        elif fmt == "csv":
            count = write_csv(what, records(store, what), handle)
        else:
            count, unmapped = write_statements(meeting_dossiers(store), article_urls(store), handle)
    return {"what": what, "format": fmt, "records": count, "unmapped": unmapped}
