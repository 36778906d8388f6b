"""Human corrections: an append-only log kept apart from the facts, applied on top by the knowledge base."""
from __future__ import annotations

from typing import Any

from ..errors import NotFoundError, StoreError
from .backend import Backend
from .clock import utc_now
from .records import Correction
from .serialize import dumps, loads

ACTIONS = ("set", "reject")


def add(db: Backend, target_kind: str, target_key: str, field: str | None, value: Any, *, action: str,
        author: str, note: str | None) -> int:
    if action not in ACTIONS:
        raise StoreError(f"correction action {action!r} is not known", hint="use 'set' or 'reject'")
    if not target_kind or not target_key:
        raise StoreError("a correction needs a target kind and key", hint="e.g. target_kind='meeting'")
    if not author:
        raise StoreError("a correction needs an author", hint="name who made it")
    if action == "set" and not field:
        raise StoreError("a 'set' correction needs the field it sets")
    return db.insert(
        "INSERT INTO corrections (target_kind, target_key, field, value, action, author, at, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (target_kind, target_key, field, dumps(value), action, author, utc_now(), note))


def select(db: Backend, *, target_kind: str | None, target_key: str | None) -> list[Correction]:
    clauses: list[str] = []
    params: list[str] = []
    if target_kind is not None:
        clauses.append("c.target_kind = ?")
        params.append(target_kind)
    if target_key is not None:
        clauses.append("c.target_key = ?")
        params.append(target_key)
    where = "WHERE " + " AND ".join(clauses) + " " if clauses else ""
    rows = db.query("SELECT c.id, c.target_kind, c.target_key, c.field, c.value, c.action, c.author, c.at, "
                    "c.note, w.author AS withdrawn_by, w.at AS withdrawn_at, w.note AS withdrawn_note "
                    "FROM corrections AS c LEFT JOIN correction_withdrawals AS w ON w.correction_id = c.id "
                    + where + "ORDER BY c.id", params)
    return [Correction(id=int(r["id"]), target_kind=r["target_kind"], target_key=r["target_key"],
                       field=r["field"], value=_stored_value(r["value"]), action=r["action"], author=r["author"],
                       at=r["at"], note=r["note"], withdrawn=None if r["withdrawn_at"] is None else
                       {"by": r["withdrawn_by"], "at": r["withdrawn_at"], "note": r["withdrawn_note"]})
            for r in rows]


def _stored_value(text: str | None) -> Any:
    """A stored value as JSON; a row no JSON parser accepts (written by hand) reads as its text, so one bad
    row cannot break every reader of the log."""
    try:
        return loads(text)
    except ValueError:
        return text


def get(db: Backend, correction_id: int) -> Correction | None:
    row = db.query_one("SELECT target_kind, target_key FROM corrections WHERE id = ?", (correction_id,))
    if row is None:
        return None
    found = [c for c in select(db, target_kind=row["target_kind"], target_key=row["target_key"])
             if c.id == correction_id]
    return found[0] if found else None


def withdraw(db: Backend, correction_id: int, *, author: str, note: str | None) -> Correction:
    """Take a correction back: it stays in the log with who withdrew it and when, and is no longer applied."""
    if not author:
        raise StoreError("a withdrawal needs an author", hint="name who takes the correction back")
    with db.transaction():
        db.lock_writes("corrections")
        found = get(db, correction_id)
        if found is None:
            raise NotFoundError(f"correction {correction_id} does not exist",
                                hint="`summitgraph corrections` lists them")
        if found.withdrawn is not None:
            raise StoreError(f"correction {correction_id} was withdrawn already ({found.withdrawn['at']})")
        db.execute("INSERT INTO correction_withdrawals (correction_id, author, at, note) VALUES (?, ?, ?, ?)",
                   (correction_id, author, utc_now(), note))
    withdrawn = get(db, correction_id)
    assert withdrawn is not None
    return withdrawn
