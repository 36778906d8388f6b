"""Human corrections: an append-only log kept apart from the facts, applied on top by the knowledge base."""
from __future__ import annotations

from typing import Any

from ..errors import StoreError
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
        clauses.append("target_kind = ?")
        params.append(target_kind)
    if target_key is not None:
        clauses.append("target_key = ?")
        params.append(target_key)
    where = "WHERE " + " AND ".join(clauses) + " " if clauses else ""
    rows = db.query("SELECT id, target_kind, target_key, field, value, action, author, at, note "
                    "FROM corrections " + where + "ORDER BY id", params)
    return [Correction(id=int(r["id"]), target_kind=r["target_kind"], target_key=r["target_key"],
                       field=r["field"], value=loads(r["value"]), action=r["action"], author=r["author"],
                       at=r["at"], note=r["note"]) for r in rows]
