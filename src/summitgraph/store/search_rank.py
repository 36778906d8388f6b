"""Ranking article search hits within a bounded set of candidates, the same on both databases.

Each tier's query (the words as one phrase, near each other, anywhere) hands back at most ``CANDIDATES`` matching
articles, newest stored first, read off the full-text index in row-id order so the index stops there. Those
candidates, and only they, are ranked: an article whose title holds the words as one phrase first, then one whose
title holds every word, then the rest; newest publication first within each. Ranking every match (FTS5's bm25,
PostgreSQL's ts_rank_cd) costs work in proportion to the matches, tens of thousands for a common word in a large
corpus; this costs the same whatever the corpus size.
"""
from __future__ import annotations

import re

from .backend import Row

_WORD = re.compile(r"\w+")

# Matching articles ranked per tier at most: five of the API's default pages of hits (20), two of the
# search page's (50).
CANDIDATES = 100

# Title levels, as the hit's score: higher is better.
TITLE_PHRASE, TITLE_WORDS, BODY_ONLY = 2.0, 1.0, 0.0


def title_level(title_folded: str | None, tokens: list[str]) -> float:
    """How well a title (its folded copy, as the articles table keeps it) answers the query: the words as one
    phrase, every word, or neither."""
    words = _WORD.findall(title_folded or "")
    if not words:
        return BODY_ONLY
    if f" {' '.join(tokens)} " in f" {' '.join(words)} ":
        return TITLE_PHRASE
    return TITLE_WORDS if set(tokens) <= set(words) else BODY_ONLY


def rank(candidates: list[Row], tokens: list[str]) -> list[Row]:
    """The candidates (rows with id, key, title, title_folded, published, and optionally ``closeness``: how
    near each other the words stand, higher nearer) best first, each with its ``score``."""
    scored = [{**row, "score": title_level(row["title_folded"], tokens)} for row in candidates]
    # Stable sorts, least significant key first: ids newest first, then publication dates newest first (undated
    # last), then the words' closeness where the tier measured it, then the title level.
    scored.sort(key=lambda row: int(row["id"]), reverse=True)
    scored.sort(key=lambda row: row["published"] or "", reverse=True)
    scored.sort(key=lambda row: float(row.get("closeness") or 0.0), reverse=True)
    scored.sort(key=lambda row: row["score"], reverse=True)
    return scored
