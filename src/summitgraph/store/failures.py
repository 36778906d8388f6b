"""Inputs that could not be read: one row per source, resolved when the source later ingests."""
from __future__ import annotations

from .backend import Backend
from .clock import utc_now
from .records import Failure


def record(db: Backend, source: str, problem: str) -> None:
    """Remember (or refresh) why ``source`` failed; a failure seen again is unresolved again."""
    db.execute(
        "INSERT INTO failures (source, problem, at, resolved) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (source) DO UPDATE SET problem = excluded.problem, at = excluded.at, resolved = FALSE",
        (source, problem, utc_now(), False))


def resolve(db: Backend, source: str) -> bool:
    """Mark a source's failure resolved; False when it had none open."""
    open_before = db.scalar("SELECT COUNT(*) AS n FROM failures WHERE source = ? AND NOT resolved", (source,))
    if open_before:
        db.execute("UPDATE failures SET resolved = TRUE WHERE source = ?", (source,))
    return bool(open_before)


def select(db: Backend, *, include_resolved: bool) -> list[Failure]:
    where = "" if include_resolved else "WHERE NOT resolved "
    rows = db.query("SELECT id, source, problem, at, resolved FROM failures " + where + "ORDER BY at, id")
    return [Failure(id=int(r["id"]), source=r["source"], problem=r["problem"], at=r["at"],
                    resolved=bool(r["resolved"])) for r in rows]
