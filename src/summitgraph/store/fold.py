"""Folding for search: lower case, no diacritics, đ -> d, and the word tokens of a query.

Both backends index a folded copy that this module makes, and fold the query the same way, so SQLite and
PostgreSQL find exactly the same articles. (Leaving the folding to the database would not: SQLite's
``remove_diacritics`` keeps đ, and PostgreSQL's ``unaccent`` is an optional extension.)
"""
from __future__ import annotations

import re

from ..text.normalize import fold

__all__ = ["fold", "like_pattern", "query_tokens"]

_WORD = re.compile(r"\w+")


def query_tokens(text: str) -> list[str]:
    """The folded word tokens of a user query; punctuation and query syntax are dropped, never interpreted."""
    folded = fold(text)
    tokens = _WORD.findall(folded)
    if "_" in folded:   # \w holds "_", and a run of underscores alone is no word
        tokens = [token for token in tokens if token.strip("_")]
    return tokens


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards escaped (use ``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
