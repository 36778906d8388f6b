"""Recording a correction: find the target's stable key, log the correction in the store, and bring the
target's listing columns up to date at once (the next rebuild applies the same log again)."""
from __future__ import annotations

from typing import Any

from summitgraph.errors import NotFoundError
from summitgraph.store import Store
from summitgraph.store.serialize import loads
from summitgraph.kb.build import tables
from summitgraph.kb.build.corrections import CorrectionError, apply, check_target, check_value
from summitgraph.kb.db import session, write_session
from summitgraph.kb.read.queries import get_meeting, get_person


def _target_key(store: Store, kind: str, key: str) -> str:
    if kind == "meeting":
        return str(get_meeting(store, key)["key"])
    return str(get_person(store, key)["key"])


def correct(store: Store, kind: str, key: str, field: str | None = None, value: Any = None, *,
            reject: bool = False, author: str, note: str | None = None) -> dict[str, Any]:
    """Set ``field`` to ``value``, or reject the record (no field) or the field's current value (with a field).
    ``key`` may be any key, alias or name the queries accept; the correction is filed under the stable key.
    Returns the corrected dossier."""
    # Checked before anything is looked up or stored; a reject without a value takes the current one.
    value = check_value(kind, field, value) if not (reject and value is None) else value
    check_target(kind, field)
    if not reject and field is None:
        raise CorrectionError("a correction either sets a field or rejects", hint="give --field and --value, or --reject")
    if not author or not author.strip():
        raise CorrectionError("a correction needs its author", hint="give --author NAME")
    stable = _target_key(store, kind, key)
    current = get_meeting(store, stable) if kind == "meeting" else get_person(store, stable)
    if reject and field is not None and value is None:
        value = current.get(field)
        if value is None:
            raise CorrectionError(f"{kind} {stable} has no {field} to reject")
    store.add_correction(kind, stable, field, value, action="reject" if reject else "set", author=author.strip(),
                         note=note)
    refresh(store, kind, stable)
    return get_meeting(store, stable) if kind == "meeting" else get_person(store, stable)


def withdraw(store: Store, correction_id: int, *, author: str, note: str | None = None) -> dict[str, Any]:
    """Take a correction back (the log keeps it, marked withdrawn) and bring its target up to date. Returns
    the target's corrected dossier, or None when the target is no longer in the knowledge base."""
    if not author or not author.strip():
        raise CorrectionError("a withdrawal needs its author", hint="give --author NAME")
    withdrawn = store.withdraw_correction(correction_id, author=author.strip(), note=note)
    try:
        refresh(store, withdrawn.target_kind, withdrawn.target_key)
        return get_meeting(store, withdrawn.target_key) if withdrawn.target_kind == "meeting" else \
            get_person(store, withdrawn.target_key)
    except NotFoundError:
        return {"key": withdrawn.target_key, "corrections": []}


def refresh(store: Store, kind: str, key: str) -> None:
    """Recompute one record's listing columns from its stored dossier and its corrections."""
    corrected = get_meeting(store, key) if kind == "meeting" else get_person(store, key)
    with write_session(store) as db:
        if kind == "meeting":
            tables.update_meeting(db, key, corrected)
        else:
            tables.update_person(db, key, corrected)


def raw_dossier(store: Store, kind: str, key: str) -> dict[str, Any]:
    """The stored dossier before corrections (what the sources say)."""
    with session(store) as db:
        row = tables.meeting_row(db, key) if kind == "meeting" else tables.person_row(db, key)
    if row is None:
        raise NotFoundError(f"{kind} {key!r} is not in the knowledge base")
    return loads(row["dossier"])


__all__ = ["apply", "correct", "raw_dossier", "refresh", "withdraw"]
