"""Folding for search: lower case, no diacritics, đ -> d, and the word tokens of a query.

Both backends index a folded copy that this module makes, and fold the query the same way, so SQLite and
PostgreSQL find exactly the same articles. (Leaving the folding to the database would not: SQLite's
``remove_diacritics`` keeps đ, and PostgreSQL's ``unaccent`` is an optional extension.)
"""
from __future__ import annotations

import re
import unicodedata

try:  # The project's own fold, when the text package provides it: one definition of "folded".
    from ..text.normalize import fold as _project_fold
except ImportError:  # text.normalize is not written yet; the local fold below does the same job.
    _project_fold = None

_D_BAR = str.maketrans({"đ": "d", "Đ": "d"})
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def local_fold(text: str) -> str:
    """Lower-case, strip combining marks, map đ/Đ to d, collapse whitespace (as text.normalize.fold does)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_BAR).lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def fold(text: str) -> str:
    if _project_fold is not None:
        return _project_fold(text)
    return local_fold(text)


def query_tokens(text: str) -> list[str]:
    """The folded word tokens of a user query; punctuation and query syntax are dropped, never interpreted."""
    return [token for token in _WORD.findall(fold(text)) if token.strip("_")]


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards escaped (use ``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
