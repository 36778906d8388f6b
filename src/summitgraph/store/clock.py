"""Timestamps as the store writes them: ISO 8601, UTC, to the second (TEXT in both backends)."""
from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
