"""A dossier's head: the dossier with each list that grows with the corpus cut to what a page shows, and the
length of the whole kept beside it.

A story re-published thousands of times makes a meeting's dossier cite every copy: at 100,000 articles the
whole record is megabytes, and a page shows twenty quoted sources and the first citations of each value. The
build stores the head beside the whole record (``dossier_head``), so the API and the pages read a small row;
exports and the CLI still read the whole record.
"""
from __future__ import annotations

from typing import Any

SOURCES_SHOWN = 100       # a dossier's sources listed (the first twenty are quoted with their sentence)
CITES_SHOWN = 5           # the sources kept per candidate value (api/provenance.py quotes five, counts the rest)
ROLE_SOURCES_SHOWN = 20   # the articles linked per role of a person
PERSON_MEETINGS_SHOWN = 200   # a person's meetings listed (the newest: the list is oldest first)


def _cut(items: list[Any], keep: int) -> tuple[list[Any], int]:
    return items[:keep], len(items)


def _value_heads(facts: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for field, fact in facts.items():
        values = []
        for candidate in fact.get("values") or []:
            # Only sources naming an article are cited; source_total counts those.
            kept, total = _cut([s for s in candidate.get("sources") or [] if s.get("article")], CITES_SHOWN)
            values.append({**candidate, "sources": kept, "source_total": total})
        out[field] = {**fact, "values": values} if "values" in fact else fact
    return out


def dossier_head(dossier: dict[str, Any]) -> dict[str, Any]:
    """A meeting's or person's dossier with its long lists cut: ``sources`` (``source_total`` counts them
    all), each candidate value's sources (each with its own ``source_total``), each role's articles
    (``source_total`` per role) and a person's meetings (``meeting_total``). Everything else is the dossier as
    it is."""
    head = dict(dossier)
    head["sources"], head["source_total"] = _cut(dossier.get("sources") or [], SOURCES_SHOWN)
    head["facts"] = _value_heads(dossier.get("facts") or {})
    if "roles" in dossier:
        # A leader takes part in thousands of meeting records at 100,000 articles (megabytes of the head).
        meetings = dossier.get("meetings") or []
        head["meetings"], head["meeting_total"] = meetings[-PERSON_MEETINGS_SHOWN:], len(meetings)
        roles = []
        for role in dossier.get("roles") or []:
            kept, total = _cut(role.get("sources") or [], ROLE_SOURCES_SHOWN)
            roles.append({**role, "sources": kept, "source_total": total})
        head["roles"] = roles
    return head
