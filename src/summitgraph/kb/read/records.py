"""One meeting's or person's stored row, found by key, alias or id, with either its whole dossier or its head.

The API and the pages read the head (kb/heads.py: long lists cut, their lengths kept), a row of kilobytes
whatever the corpus size; exports, the CLI and corrections read the whole record. The dossier column is
chosen from the two fixed expressions below, never from input.
"""
from __future__ import annotations

from typing import Any

from summitgraph.store.backend import Backend

# The head when the build wrote one (a store built before heads existed has none), else the whole dossier.
_MEETING_SELECT = {
    True: "SELECT m.id, m.key, COALESCE(h.head, m.dossier) AS dossier FROM kb_meetings AS m "
          "LEFT JOIN kb_meeting_heads AS h ON h.meeting_key = m.key ",
    False: "SELECT m.id, m.key, m.dossier FROM kb_meetings AS m ",
}
_PERSON_SELECT = {
    True: "SELECT p.id, p.key, p.name, p.country, COALESCE(h.head, p.dossier) AS dossier FROM kb_people AS p "
          "LEFT JOIN kb_person_heads AS h ON h.person_key = p.key ",
    False: "SELECT p.id, p.key, p.name, p.country, p.dossier FROM kb_people AS p ",
}


def meeting(db: Backend, key_or_alias: str, *, head: bool) -> dict[str, Any] | None:
    """A meeting by key, else by an alias no other meeting shares, else by its row id."""
    select = _MEETING_SELECT[head]
    row = db.query_one(select + "WHERE m.key = ?", (key_or_alias,))
    if row is None:
        rows = db.query(select + "JOIN kb_meeting_aliases AS a ON a.meeting_key = m.key WHERE a.alias = ? "
                        "ORDER BY m.key", (key_or_alias,))
        row = rows[0] if len(rows) == 1 else None
    if row is None and key_or_alias.isdigit():
        row = db.query_one(select + "WHERE m.id = ?", (int(key_or_alias),))
    return row


def person(db: Backend, key: str, *, head: bool) -> dict[str, Any] | None:
    """A person by key, else by row id."""
    select = _PERSON_SELECT[head]
    row = db.query_one(select + "WHERE p.key = ?", (key,))
    if row is None and key.isdigit():
        row = db.query_one(select + "WHERE p.id = ?", (int(key),))
    return row


def people_by_alias(db: Backend, folded: str, *, head: bool) -> list[dict[str, Any]]:
    """The people one folded spelling names, most mentioned first."""
    return db.query(_PERSON_SELECT[head] + "JOIN kb_person_aliases AS a ON a.person_key = p.key WHERE a.alias = ? "
                    "ORDER BY p.mention_count DESC, p.key", (folded,))
