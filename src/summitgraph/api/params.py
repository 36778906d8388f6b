"""Query parameters shared by the endpoints, with the bounds that keep a request cheap and the SQL sane."""
from __future__ import annotations

from fastapi import Query

from summitgraph.errors import SummitGraphError

MAX_LIMIT = 1000          # the store's own page cap
MAX_OFFSET = 1_000_000_000
MAX_TEXT = 200


class BadParameter(SummitGraphError):
    """A query parameter the store could not take (e.g. a NUL character)."""


def limit_param(default: int = 50) -> int:
    return Query(default, ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT}).")


def offset_param() -> int:
    return Query(0, ge=0, le=MAX_OFFSET, description="Items to skip (paging).")


def clean_text(value: str | None, name: str) -> str | None:
    """A text parameter as the store may take it: NUL characters (which PostgreSQL refuses) are an error,
    surrounding spaces are dropped, and an empty value means "not given"."""
    if value is None:
        return None
    if "\x00" in value:
        raise BadParameter(f"{name}: contains a NUL character", hint="remove it")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise BadParameter(f"{name}: contains a lone surrogate", hint="send valid Unicode")
    value = value.strip()
    return value or None
