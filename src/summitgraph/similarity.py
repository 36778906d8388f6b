"""How alike two records are, for the knowledge base's merging and the resolution benchmark.

Folding names, partial ISO dates as the intervals they denote, a meeting pair's match quality and a
one-to-one assignment maximising matched pairs, and the fuzzy likeness of document names. The
extraction scorer (summitgraph.evaluate) follows the reference scorer's own definitions instead.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz import fuzz

from summitgraph.text.normalize import fold

# Documents: rapidfuzz ``ratio`` (not token_set_ratio) on folded, punctuation-free names. On the dev gold
# the most similar *distinct* documents of one article score 80.6 ("Hiệp định phân định ở vịnh Bắc Bộ"
# vs "Hiệp định hợp tác nghề cá ở vịnh Bắc Bộ"), while token_set_ratio gives 100 to a name and any
# longer name containing it ("Hiệp định thương mại" vs "Hiệp định thương mại tự do song phương").
# 85 keeps those apart and still forgives spacing, hyphens, case and a word of difference in long names.
DOCUMENT_NAME_THRESHOLD = 85.0



# -------------------------------------------------------------------------------------- normalising

_NON_WORD = re.compile(r"[^\w]+")


def fold_words(text: str | None) -> str:
    """The folded text (lower case, no diacritics, đ -> d) with punctuation (quotes, hyphens, brackets) turned
    into spaces: how names compare."""
    return " ".join(_NON_WORD.sub(" ", fold(text or "")).split())


def _code(value: Any) -> str | None:
    """Country/organisation codes compare case-insensitively; empty means unknown."""
    if value is None:
        return None
    text = str(value).strip().upper()
    return text or None


def _parties(value: Any) -> tuple[str, ...] | None:
    """Parties compare as a sorted tuple of codes, whatever order the extractor wrote them in."""
    if not value:
        return None
    if isinstance(value, str):
        value = [value]
    codes = sorted(c for c in (_code(v) for v in value) if c)
    return tuple(codes) or None


def _ordinal(value: Any) -> int | None:
    """Ordinals may arrive as 21 or "21"; anything else is treated as no ordinal."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def _text_slot(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _city(value: Any) -> str | None:
    return fold_words(value) or None


# ------------------------------------------------------------------------------------------- dates

@dataclass(frozen=True)
class IsoDateBounds:
    """What a partial ISO date denotes: an optional year and the first/last (month, day) it covers."""

    year: int | None
    first: tuple[int, int]
    last: tuple[int, int]


_LEAP_YEAR = 2000  # month-day arithmetic for year-less dates happens in a leap year, so 29 Feb exists
_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$"),
    re.compile(r"^(?P<y>\d{4})$"),
    re.compile(r"^--(?P<m>\d{2})-(?P<d>\d{2})$"),
    re.compile(r"^--(?P<m>\d{2})$"),
)


def parse_partial_date(value: Any) -> IsoDateBounds | None:
    """``2020-04-05``, ``2020-04``, ``2020``, ``--04-05``, ``--04``; anything else counts as no date."""
    if not isinstance(value, str):
        return None
    for pattern in _DATE_PATTERNS:
        found = pattern.match(value.strip())
        if not found:
            continue
        parts = found.groupdict()
        year = int(parts["y"]) if parts.get("y") else None
        month = int(parts["m"]) if parts.get("m") else None
        day = int(parts["d"]) if parts.get("d") else None
        try:
            if month is None:
                return IsoDateBounds(year, (1, 1), (12, 31))
            last_day = calendar.monthrange(year or _LEAP_YEAR, month)[1]
            if day is None:
                return IsoDateBounds(year, (month, 1), (month, last_day))
            date(year or _LEAP_YEAR, month, day)  # rejects 2021-02-30 and month 13
        except ValueError:
            return None
        return IsoDateBounds(year, (month, day), (month, day))
    return None


@dataclass(frozen=True)
class DateInterval:
    """The days a meeting's start..end can cover. Without a year, ``lo``/``hi`` sit in 2000/2001
    and only their month-days mean anything."""

    lo: date
    hi: date
    has_year: bool


def meeting_interval(start: Any, end: Any) -> DateInterval | None:
    """Interval from a meeting's start and end; a missing end means start only (and vice versa).

    A year known on one side only is lent to the other, a year earlier or later when that is what
    keeps start <= end ("--12-30" .. "2021-01-02" spans New Year). Reversed dated ends cover both.
    """
    first, last = parse_partial_date(start), parse_partial_date(end)
    if first is None and last is None:
        return None
    first = first or last
    last = last or first
    assert first is not None and last is not None
    if first.year is not None and last.year is not None:
        lo, hi = _day(first.year, first.first), _day(last.year, last.last)
        if hi < lo:
            lo = min(lo, _day(last.year, last.first))
            hi = max(hi, _day(first.year, first.last))
        return DateInterval(lo, hi, has_year=True)
    if first.year is None and last.year is None:
        lo, hi = _day(_LEAP_YEAR, first.first), _day(_LEAP_YEAR, last.last)
        if hi < lo:
            hi = _day(_LEAP_YEAR + 1, last.last)
        return DateInterval(lo, hi, has_year=False)
    if first.year is None:
        year = last.year
        assert year is not None
        hi = _day(year, last.last)
        lo = _day(year, first.first)
        if hi < lo:
            lo = _day(year - 1, first.first)
        return DateInterval(lo, hi, has_year=True)
    year = first.year
    lo = _day(year, first.first)
    hi = _day(year, last.last)
    if hi < lo:
        hi = _day(year + 1, last.last)
    return DateInterval(lo, hi, has_year=True)


def _day(year: int, month_day: tuple[int, int]) -> date:
    """A calendar day; 29 Feb lent to a non-leap year becomes 28 Feb."""
    month, day = month_day
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=4096)   # meetings are compared pairwise, and a meeting's interval each time
def _month_days(interval: DateInterval) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs an interval covers, for comparing with a year-less interval."""
    if (interval.hi - interval.lo).days >= 365:
        return frozenset((d.month, d.day) for d in _days(date(_LEAP_YEAR, 1, 1), date(_LEAP_YEAR, 12, 31)))
    return frozenset((d.month, d.day) for d in _days(interval.lo, interval.hi))


def _days(lo: date, hi: date) -> Iterable[date]:
    for offset in range((hi - lo).days + 1):
        yield lo + timedelta(days=offset)


def intervals_overlap(a: DateInterval, b: DateInterval) -> bool:
    """Dated intervals overlap on the calendar; if either lacks a year, on month-days only."""
    if a.has_year and b.has_year:
        return a.lo <= b.hi and b.lo <= a.hi
    return bool(_month_days(a) & _month_days(b))


# ---------------------------------------------------------------------------------------- matching

def best_assignment(quality: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """One-to-one pairs (row, column) maximising first the number of pairs, then their total quality.

    ``quality[i][j]`` is in [0, 1], or None when i and j may not be paired. Hungarian algorithm on a
    square cost matrix; the per-pair bonus exceeds any possible sum of qualities, so cardinality wins.
    """
    rows = len(quality)
    cols = len(quality[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    n = max(rows, cols)
    bonus = n + 1.0
    cost = [[0.0] * n for _ in range(n)]
    for i in range(rows):
        for j in range(cols):
            q = quality[i][j]
            if q is not None:
                cost[i][j] = -(bonus + q)
    assigned_col = _hungarian(cost)
    return [(i, j) for i, j in enumerate(assigned_col)
            if i < rows and j < cols and quality[i][j] is not None]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost perfect assignment of a square matrix (potentials form, O(n^3)); row -> column."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match_of_col = [0] * (n + 1)  # 1-based row matched to each column, 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        match_of_col[0] = row
        col0 = 0
        min_slack = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            row0 = match_of_col[col0]
            delta, col1 = inf, 0
            for col in range(1, n + 1):
                if used[col]:
                    continue
                slack = cost[row0 - 1][col - 1] - u[row0] - v[col]
                if slack < min_slack[col]:
                    min_slack[col], way[col] = slack, col0
                if min_slack[col] < delta:
                    delta, col1 = min_slack[col], col
            for col in range(n + 1):
                if used[col]:
                    u[match_of_col[col]] += delta
                    v[col] -= delta
                else:
                    min_slack[col] -= delta
            col0 = col1
            if match_of_col[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            match_of_col[col0] = match_of_col[col1]
            col0 = col1
    col_of_row = [0] * n
    for col in range(1, n + 1):
        col_of_row[match_of_col[col] - 1] = col - 1
    return col_of_row


# ---------------------------------------------------------------------------------------- meetings

def meeting_match_quality(gold: dict, pred: dict) -> float | None:
    """How well a predicted meeting matches a gold one, or None when the README rule says they don't.

    Reading of the rule "same series, and ordinals agree, or (no ordinal on one side) partners/parties
    agree and dates overlap, or (no dates) cities agree":
    - the series must be equal;
    - both sides have an ordinal: they match exactly when the ordinals are equal (strongest match);
    - at least one side lacks an ordinal: partner and parties must agree (both null agrees), then
      both have dates -> the date intervals must overlap; else both have cities -> the cities must
      agree; else (nothing more to compare) the series and partner alone decide (weakest match).
    A missing ordinal thus falls back to the other evidence instead of blocking the match; this is
    what makes the ordinal slot accuracy informative (requiring equal ordinals whenever either side
    has one would make it 1.0 by construction).
    Within a level, pairs agreeing on more slots score higher so the assignment prefers them.
    """
    if _text_slot(gold.get("series")) != _text_slot(pred.get("series")):
        return None
    agreement = 0.2 * _slot_agreement(gold, pred)
    gold_ordinal, pred_ordinal = _ordinal(gold.get("ordinal")), _ordinal(pred.get("ordinal"))
    if gold_ordinal is not None and pred_ordinal is not None:
        return 0.8 + agreement if gold_ordinal == pred_ordinal else None
    if _code(gold.get("partner")) != _code(pred.get("partner")):
        return None
    if _parties(gold.get("parties")) != _parties(pred.get("parties")):
        return None
    gold_dates = meeting_interval(gold.get("start"), gold.get("end"))
    pred_dates = meeting_interval(pred.get("start"), pred.get("end"))
    if gold_dates is not None and pred_dates is not None:
        return 0.6 + agreement if intervals_overlap(gold_dates, pred_dates) else None
    gold_city, pred_city = _city(gold.get("city")), _city(pred.get("city"))
    if gold_city is not None and pred_city is not None:
        return 0.4 + agreement if gold_city == pred_city else None
    return 0.2 + agreement


_SLOT_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "ordinal": _ordinal,
    "partner": _code,
    "parties": _parties,
    "start": _text_slot,
    "end": _text_slot,
    "city": _city,
    "country": _code,
    "format": _text_slot,
    "chair": _code,
    "status": _text_slot,
}


def _slot_agreement(gold: dict, pred: dict) -> float:
    """Share of the simple slots (all but ``prepares``) on which two meetings agree, in [0, 1)."""
    same = sum(norm(gold.get(slot)) == norm(pred.get(slot)) for slot, norm in _SLOT_NORMALISERS.items())
    return same / (len(_SLOT_NORMALISERS) + 1)


def document_match_quality(gold: dict, pred: dict) -> float | None:
    """Fuzzy name similarity in [0, 1] (ratio of folded names >= DOCUMENT_NAME_THRESHOLD, numbers not
    in conflict), or an abbreviation match (equal abbrs, or one side's name is the other's abbr);
    else None."""
    gold_name, pred_name = fold_words(gold.get("name")), fold_words(pred.get("name"))
    similarity = fuzz.ratio(gold_name, pred_name) if gold_name and pred_name else 0.0
    if similarity >= DOCUMENT_NAME_THRESHOLD and numbers_compatible(gold_name, pred_name):
        return similarity / 100
    gold_abbr, pred_abbr = fold_words(gold.get("abbr")), fold_words(pred.get("abbr"))
    if (gold_abbr and gold_abbr in (pred_abbr, pred_name)) or (pred_abbr and pred_abbr == gold_name):
        return DOCUMENT_NAME_THRESHOLD / 100
    return None


_NUMBER = re.compile(r"\d+")


def numbers_compatible(name_a: str, name_b: str) -> bool:
    """Names whose numbers conflict are different documents, however similar the rest: "Tầm nhìn
    Cộng đồng ASEAN 2025" is not "... 2015". One name may omit numbers the other has."""
    numbers_a, numbers_b = set(_NUMBER.findall(name_a)), set(_NUMBER.findall(name_b))
    return numbers_a <= numbers_b or numbers_b <= numbers_a

