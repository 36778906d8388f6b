"""The block each mention is resolved in: mentions of different blocks are never compared.

Meetings are blocked by series and side (resolve_meetings), people by their folded, word-sorted name (the
first grouping of resolve_people), documents by their folded name, chair years by year. The key is written for
every mention at each build (``kb_mention_blocks``), so the store answers which blocks some articles touch and
which mentions a block holds.
"""
from __future__ import annotations

from functools import lru_cache

from summitgraph.similarity import fold_words
from summitgraph.kb.keys import who
from summitgraph.kb.names import parse_name
from summitgraph.kb.types import Mention


def meeting_block(record: dict) -> tuple[str, str | None]:
    """Series and side (the partner, or the parties): resolve_meetings compares mentions within one."""
    return str(record.get("series")), who(record.get("partner"), record.get("parties"))


def block_of(mention: Mention) -> str:
    record = mention.record
    if mention.kind == "meeting":
        series, side = meeting_block(record)
        return f"meeting:{series}|{side or ''}"
    if mention.kind == "person":
        return "person:" + _folded_name(str(record.get("name") or ""))
    if mention.kind == "document":
        return "document:" + (fold_words(record.get("name")) or fold_words(record.get("abbr")) or "")
    return f"{mention.kind}:{record.get('year')}"


@lru_cache(maxsize=65536)
def _folded_name(name: str) -> str:
    return parse_name(name).folded
