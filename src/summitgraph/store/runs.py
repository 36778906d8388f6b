"""Extraction runs: when, which extractor version, how much it read."""
from __future__ import annotations

from .backend import Backend
from .clock import utc_now
from .records import Run
from .serialize import dumps, loads


def start(db: Backend, extractor_version: str) -> int:
    return db.insert("INSERT INTO runs (started_at, extractor_version) VALUES (?, ?)",
                     (utc_now(), extractor_version))


def finish(db: Backend, run_id: int, counts: dict[str, int]) -> None:
    db.execute("UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?", (utc_now(), dumps(counts), run_id))


def select(db: Backend) -> list[Run]:
    rows = db.query("SELECT id, started_at, finished_at, extractor_version, counts FROM runs ORDER BY id")
    return [Run(id=int(r["id"]), started_at=r["started_at"], finished_at=r["finished_at"],
                extractor_version=r["extractor_version"], counts=loads(r["counts"]) or {}) for r in rows]
