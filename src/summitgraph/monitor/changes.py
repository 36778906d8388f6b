"""What is new in the record: after each fetch, every meeting of the knowledge base is compared with the state
it had at the last fetch, and each new meeting or changed fact becomes a change that the Atom feeds list."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from summitgraph.store import Store
from summitgraph.store.clock import utc_now

# The facts of a meeting a reader is told about when they change (kb_meetings columns, corrections applied).
FIELDS = ("name", "ordinal", "partner", "start_date", "end_date", "city", "country", "format", "chair", "status")


@dataclass(frozen=True)
class Change:
    id: int
    meeting_key: str
    at: str
    kind: str                            # new | changed
    name: str
    series: str | None
    country: str | None
    people: list[str]                    # person keys of the meeting's delegation heads and participants
    changes: dict[str, list[Any]]        # field -> [before, after]; before is None for a new meeting


def meeting_states(store: Store) -> dict[str, dict[str, Any]]:
    """Each meeting's facts as the feeds compare them: its fields, its people and its documents."""
    with store.session() as db:
        rows = db.query("SELECT key, series, " + ", ".join(FIELDS) + " FROM kb_meetings WHERE NOT rejected")
        people: dict[str, list[tuple[str, str]]] = {}
        for row in db.query("SELECT p.meeting_key, p.person_key, k.name FROM kb_participants p "
                            "JOIN kb_people k ON k.key = p.person_key ORDER BY p.meeting_key, k.name"):
            people.setdefault(row["meeting_key"], []).append((row["person_key"], row["name"]))
        documents: dict[str, list[str]] = {}
        for row in db.query("SELECT m.meeting_key, d.name FROM kb_meeting_documents m "
                            "JOIN kb_documents d ON d.key = m.document_key ORDER BY m.meeting_key, d.name"):
            documents.setdefault(row["meeting_key"], []).append(row["name"])
    out = {}
    for row in rows:
        key = row["key"]
        facts = {name: row[name] for name in FIELDS}
        facts["series"] = row["series"]
        facts["people"] = [name for _, name in people.get(key, [])]
        facts["documents"] = documents.get(key, [])
        facts["_people_keys"] = [person for person, _ in people.get(key, [])]
        out[key] = facts
    return out


def diff(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list[Any]]:
    """field -> [before, after] for each fact that differs (all non-empty facts of a new meeting)."""
    old = before or {}
    return {name: [old.get(name), value] for name, value in after.items()
            if not name.startswith("_") and old.get(name) != value and (before is not None or value not in (None, []))}


def record_changes(store: Store) -> int:
    """Compare the knowledge base with the states seen last time, record a change per new or changed meeting,
    and keep the new states; one transaction. Returns the number of changes recorded."""
    current = meeting_states(store)
    now = utc_now()
    recorded = 0
    with store.session() as db, db.transaction():
        seen = {row["meeting_key"]: json.loads(row["state"]) for row in
                db.query("SELECT meeting_key, state FROM monitor_meeting_states")}
        for key, facts in sorted(current.items()):
            before = seen.get(key)
            changed = diff(before, facts)
            if not changed:
                continue
            db.insert(
                "INSERT INTO monitor_meeting_changes (meeting_key, at, kind, name, series, country, people, "
                "changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, now, "changed" if before is not None else "new", facts["name"], facts["series"],
                 facts["country"], json.dumps(facts["_people_keys"]), json.dumps(changed, ensure_ascii=False)))
            db.execute("INSERT INTO monitor_meeting_states (meeting_key, state) VALUES (?, ?) "
                       "ON CONFLICT (meeting_key) DO UPDATE SET state = excluded.state",
                       (key, json.dumps(facts, ensure_ascii=False)))
            recorded += 1
        for key in set(seen) - set(current):   # merged into another meeting or rejected: no longer followed
            db.execute("DELETE FROM monitor_meeting_states WHERE meeting_key = ?", (key,))
    return recorded


def recent_changes(store: Store, *, series: str | None = None, country: str | None = None,
                   person: str | None = None, limit: int = 50) -> list[Change]:
    """The latest changes, newest first, optionally of one series, host country, or person (by key)."""
    where, params = [], []
    if series:
        where.append("series = ?")
        params.append(series)
    if country:
        where.append("country = ?")
        params.append(country)
    sql = ("SELECT * FROM monitor_meeting_changes" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY id DESC LIMIT ?")
    # A person's changes are picked out of the meetings' people lists, so more rows are read than returned.
    with store.session() as db:
        rows = db.query(sql, [*params, limit if person is None else max(limit * 20, 1000)])
    out = []
    for row in rows:
        people = json.loads(row["people"])
        if person is not None and person not in people:
            continue
        out.append(Change(int(row["id"]), row["meeting_key"], row["at"], row["kind"], row["name"], row["series"],
                          row["country"], people, json.loads(row["changes"])))
        if len(out) >= limit:
            break
    return out
