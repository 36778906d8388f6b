"""The knowledge base: one record per real meeting and person across articles, every fact with its sources.

    from summitgraph.kb import rebuild, list_meetings, get_meeting
    summary = rebuild(store)                 # after ingest: resolve, infer, flag conflicts, apply corrections
    get_meeting(store, "asean-summit#37")    # the meeting's dossier

Stages (one module each): sources (load facts and articles) -> dedup (near-duplicate articles) ->
resolve_meetings / merge_meetings / infer / conflicts / chain -> resolve_people, documents, chairs -> dossier,
summary -> tables (kb_* tables). Queries read the tables; corrections are applied on top at every read and
rebuild; exports write JSON Lines, CSV and Wikidata QuickStatements. Every function returns plain dicts or
dataclasses with ``to_json``.
"""
from __future__ import annotations

from summitgraph.kb.read.correct import correct, withdraw
from summitgraph.kb.build.corrections import (
    MEETING_FIELDS,
    PERSON_FIELDS,
    CorrectionError,
    apply as apply_corrections,
    check_value,
    coerce,
)
from summitgraph.kb.read.exports import FORMATS, WHAT, ExportError, export, meeting_dossiers, person_dossiers, records
from summitgraph.kb.build.infer import RULES
from summitgraph.kb.read.queries import (
    MeetingCount,
    MeetingRow,
    PersonRow,
    chair_year,
    count_meetings,
    get_document,
    get_meeting,
    get_person,
    list_documents,
    list_meetings,
    list_people,
    meeting_counts,
    meeting_cursor,
    named_series,
    search,
    stale_reason,
    status,
    timeline,
)
from summitgraph.kb.build.rebuild import Summary, build, rebuild

__all__ = [
    "CorrectionError", "ExportError", "FORMATS", "MEETING_FIELDS", "MeetingCount", "MeetingRow", "PERSON_FIELDS", "PersonRow",
    "RULES", "Summary", "WHAT", "apply_corrections", "build", "chair_year", "check_value", "coerce", "correct", "count_meetings",
    "export", "get_document", "get_meeting", "get_person", "list_documents", "list_meetings", "list_people",
    "meeting_counts", "meeting_cursor", "meeting_dossiers", "named_series", "person_dossiers", "rebuild", "records", "search", "stale_reason", "status", "timeline",
    "withdraw",
]
