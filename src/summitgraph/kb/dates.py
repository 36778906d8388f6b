"""Partial ISO dates as the gold format writes them (``2020-01-16``, ``2020-01``, ``2020``, ``--01-16``, ``--01``).

Parsing and interval overlap come from the scorer (summitgraph.similarity), so "the same dates" means the same
thing when resolving and when scoring.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from summitgraph.similarity import DateInterval, IsoDateBounds, intervals_overlap, meeting_interval
from summitgraph.similarity import parse_partial_date as _parse

__all__ = ["DateInterval", "complete_year", "contains", "interval", "intervals_overlap", "is_pinned",
           "precision", "year_of"]

# How precisely a value pins a date: higher is more precise.
NONE, YEAR, MONTH, DAY = 0, 1, 2, 3


@lru_cache(maxsize=65536)
def _parse_text(value: str) -> IsoDateBounds | None:
    return _parse(value)


def parse_partial_date(value: Any) -> IsoDateBounds | None:
    """The scorer's parser, remembered: a rebuild compares the same few thousand date strings many times."""
    return _parse_text(value) if isinstance(value, str) else None


def precision(value: Any) -> int:
    parsed = parse_partial_date(value)
    if parsed is None:
        return NONE
    if parsed.first == parsed.last:
        return DAY
    if parsed.first == (1, 1) and parsed.last == (12, 31):
        return YEAR
    return MONTH


def year_of(value: Any) -> int | None:
    parsed = parse_partial_date(value)
    return parsed.year if parsed else None


def interval(start: Any, end: Any) -> DateInterval | None:
    if (start is None or isinstance(start, str)) and (end is None or isinstance(end, str)):
        return _interval_text(start, end)
    return meeting_interval(start, end)


@lru_cache(maxsize=65536)
def _interval_text(start: str | None, end: str | None) -> DateInterval | None:
    return meeting_interval(start, end)


def is_pinned(start: Any, end: Any) -> bool:
    """True when the dates carry a year and at least a month: precise enough to tell two meetings of one series
    apart. A bare year ("2017") or a year-less day ("--06-30") is not: one article's "2017" G20 summit and
    another's "2017" APEC summit overlap, and so does every 30 June."""
    given = [v for v in (start, end) if v is not None]
    return bool(given) and all(year_of(v) is not None and precision(v) >= MONTH for v in given)


def contains(general: Any, specific: Any) -> bool:
    """True when every day ``specific`` may mean is a day ``general`` may mean (``2020`` contains
    ``2020-04-05``; ``--04-05`` contains ``2020-04-05``; equal values contain each other)."""
    g, s = parse_partial_date(general), parse_partial_date(specific)
    if g is None or s is None:
        return False
    if g.year is not None and g.year != s.year:
        return False
    return g.first <= s.first and s.last <= g.last


def compatible(a: Any, b: Any) -> bool:
    return contains(a, b) or contains(b, a)


def complete_year(value: Any, published: str | None) -> str | None:
    """A year-less date ("--11-28", "--11") completed with the year that puts it closest to the article's
    publication date, or None when either is missing or the value already has a year.

    Why closest: news reports on meetings of the last weeks or announces those of the next ones; a year-less
    "28/11" in an article of 1 December is the 28 November just past, in one of 20 January it is last year's."""
    parsed = parse_partial_date(value)
    pub = parse_partial_date(published)
    if parsed is None or parsed.year is not None or pub is None or pub.year is None:
        return None
    anchor = date(pub.year, *pub.first)
    best: tuple[int, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            day = date(year, *parsed.first)
        except ValueError:      # 29 February in a common year
            continue
        distance = abs((day - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        return None
    return f"{best[1]:04d}{str(value).strip()[1:]}"   # "--11-28" -> "2016-11-28"
