"""Stable identities: the keys meetings, people and documents are known by across rebuilds.

A key is made from what identifies the thing, never from a row id: "asean-summit#33" for a numbered meeting,
"bilateral-talks|KH-VN|2022-01-05" for one known by its parties and date, "nguyen-xuan-phuc" for a person.
Corrections are stored against these keys, so they find their target again after a re-ingest.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from summitgraph.text.normalize import fold

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 80


def slug(text: str) -> str:
    """Folded words joined by hyphens: "Hội nghị Cấp cao" -> "hoi-nghi-cap-cao"."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")[:MAX_SLUG].strip("-")


def who(partner: Any, parties: Any) -> str | None:
    """The partner code, or the parties' codes sorted and joined ("KH-VN")."""
    if partner:
        return str(partner).upper()
    if parties:
        return "-".join(sorted(str(p).upper() for p in parties))
    return None


def meeting_key(series: str, ordinal: Any = None, partner: Any = None, parties: Any = None,
                start: Any = None, city: Any = None, *, fallback: str) -> str:
    """The identity of a meeting: series and ordinal when numbered, else series, partner or parties, and
    start date (else the host city, else ``fallback``, the article reference of its first mention, because
    nothing else tells it apart)."""
    if isinstance(ordinal, int):
        return f"{series}#{ordinal}"
    parts = [series]
    side = who(partner, parties)
    if side:
        parts.append(side)
    if start:
        parts.append(str(start))
    elif city:
        parts.append(slug(str(city)))
    else:
        parts.append(f"@{fallback}")
    return "|".join(parts)


def unique(keys: Iterable[str]) -> list[str]:
    """The same keys, later repeats suffixed ~2, ~3... (two meetings that share every identifying value)."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        n = seen.get(key, 0) + 1
        seen[key] = n
        out.append(key if n == 1 else f"{key}~{n}")
    return out


def person_key(name: str) -> str:
    return slug(name) or "unnamed"


def document_key(name: str, abbr: Any = None) -> str:
    return slug(name) or slug(str(abbr or "")) or "unnamed"
