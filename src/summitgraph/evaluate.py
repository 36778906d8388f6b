"""Score extracted records against the gold annotations (see ../shared/gold/README.md, "Scoring").

Both sides are article records in the gold JSON format (keys ``file``, ``published``, ``meetings``,
``people``, ``documents``, ``chairmanships``). Extra keys in predictions (evidence, confidence...) are
ignored. Every field is scored micro over all gold articles: a gold article with no prediction counts
as empty predictions; predictions for articles without gold are listed but not scored.

Matching is one-to-one inside an article, by a maximum-weight assignment that first maximises the
number of matched pairs, then their quality (so a duplicate prediction is a false positive, and a
greedy choice can never leave a matchable pair unmatched).
"""
from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz import fuzz

from summitgraph.errors import InputError

FIELDS = ("meetings", "people", "documents", "chairmanships", "published")
LIST_FIELDS = ("meetings", "people", "documents", "chairmanships")
MEETING_SLOTS = (
    "ordinal", "partner", "parties", "start", "end", "city", "country",
    "format", "chair", "status", "prepares",
)
SERIES_GROUPS: dict[str, tuple[str, ...]] = {
    "asean-core": ("asean-summit", "amm", "amm-retreat", "acc", "asean-som", "jcm"),
    "asean-other": ("aem", "admm", "admm-plus", "asean-sectoral", "aipa"),
    "partners": (
        "apt-summit", "apt-other", "eas", "eas-other", "arf", "arf-other",
        "asean-partner-summit", "asean-partner-other", "subregional",
    ),
    "bilateral": ("bilateral-visit", "bilateral-talks"),
    "other": ("other-multilateral",),
}
UNKNOWN_GROUP = "unknown-series"
_GROUP_OF_SERIES = {s: group for group, members in SERIES_GROUPS.items() for s in members}

# Documents: rapidfuzz ``ratio`` (not token_set_ratio) on folded, punctuation-free names. On the dev gold
# the most similar *distinct* documents of one article score 80.6 ("Hiệp định phân định ở vịnh Bắc Bộ"
# vs "Hiệp định hợp tác nghề cá ở vịnh Bắc Bộ"), while token_set_ratio gives 100 to a name and any
# longer name containing it ("Hiệp định thương mại" vs "Hiệp định thương mại tự do song phương").
# 85 keeps those apart and still forgives spacing, hyphens, case and a word of difference in long names.
DOCUMENT_NAME_THRESHOLD = 85.0


# --------------------------------------------------------------------------------------------- counts

@dataclass
class Counts:
    """True/false positives and false negatives of one field; P/R/F1 derive from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        # Nothing to find and nothing found is a perfect score; otherwise 0/0 is 0.
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    """Share of matched pairs on which one slot agrees; ``value`` is None when nothing was matched."""

    correct: int = 0
    total: int = 0

    def add(self, agrees: bool) -> None:
        self.total += 1
        self.correct += int(agrees)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict[str, float | int | None]:
        value = self.value
        return {"correct": self.correct, "total": self.total,
                "accuracy": None if value is None else round(value, 4)}


@dataclass
class Report:
    """Everything ``score`` measures. Field counts are micro over all gold articles."""

    articles: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    series_groups: dict[str, Counts] = field(
        default_factory=lambda: {g: Counts() for g in SERIES_GROUPS})
    meeting_slots: dict[str, Accuracy] = field(
        default_factory=lambda: {s: Accuracy() for s in MEETING_SLOTS})
    person_titles: Counts = field(default_factory=Counts)      # title tokens on matched people
    person_country: Accuracy = field(default_factory=Accuracy)
    document_status: Accuracy = field(default_factory=Accuracy)
    chairmanship_theme: Accuracy = field(default_factory=Accuracy)
    unscored_predictions: list[str] = field(default_factory=list)  # predicted files with no gold

    @property
    def mean_meeting_slot_accuracy(self) -> float | None:
        """Unweighted mean of the per-slot accuracies (None when no meeting was matched)."""
        values = [a.value for a in self.meeting_slots.values() if a.value is not None]
        return sum(values) / len(values) if values else None


# -------------------------------------------------------------------------------------- normalising

def fold(text: str | None) -> str:
    """Diacritic-free, lower-case, single-spaced form used for every name comparison."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return " ".join(stripped.lower().split())


_NON_WORD = re.compile(r"[^\w]+")


def fold_words(text: str | None) -> str:
    """``fold`` with punctuation (quotes, hyphens, brackets) turned into spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


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
class PartialDate:
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


def parse_partial_date(value: Any) -> PartialDate | None:
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
                return PartialDate(year, (1, 1), (12, 31))
            last_day = calendar.monthrange(year or _LEAP_YEAR, month)[1]
            if day is None:
                return PartialDate(year, (month, 1), (month, last_day))
            date(year or _LEAP_YEAR, month, day)  # rejects 2021-02-30 and month 13
        except ValueError:
            return None
        return PartialDate(year, (month, day), (month, day))
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


def _match(gold: list[dict], predicted: list[dict],
           pair_quality: Callable[[dict, dict], float | None]) -> list[tuple[int, int]]:
    return best_assignment([[pair_quality(g, p) for p in predicted] for g in gold])


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


def _prepares_index(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _score_meetings(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _match(gold, pred, meeting_match_quality)
    report.fields["meetings"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, _ in pairs:
        _group_counts(report, gold[g].get("series")).add(tp=1)
    for p, meeting in enumerate(pred):
        if p not in matched_pred:
            _group_counts(report, meeting.get("series")).add(fp=1)
    for g, meeting in enumerate(gold):
        if g not in matched_gold:
            _group_counts(report, meeting.get("series")).add(fn=1)

    gold_of_pred = {p: g for g, p in pairs}
    for g, p in pairs:
        for slot, norm in _SLOT_NORMALISERS.items():
            report.meeting_slots[slot].add(norm(gold[g].get(slot)) == norm(pred[p].get(slot)))
        # prepares points into each side's own list, so map the prediction's target through the matching
        pred_target = _prepares_index(pred[p].get("prepares"))
        gold_target = _prepares_index(gold[g].get("prepares"))
        mapped = None if pred_target is None else gold_of_pred.get(pred_target, -1)
        report.meeting_slots["prepares"].add(mapped == gold_target)


def series_group(series: Any) -> str:
    """The reporting group of a series id; ids outside the README table get their own group."""
    return _GROUP_OF_SERIES.get(str(series), UNKNOWN_GROUP)


def _group_counts(report: Report, series: Any) -> Counts:
    return report.series_groups.setdefault(series_group(series), Counts())


# ------------------------------------------------------------------------------ people, documents...

def person_key(person: dict) -> str:
    return fold(person.get("name"))


def _title_tokens(person: dict) -> Counter[str]:
    titles = person.get("titles") or []
    if isinstance(titles, str):
        titles = [titles]
    tokens: Counter[str] = Counter()
    for title in titles:
        tokens.update(fold_words(title).split())
    return tokens


def person_match_quality(gold: dict, pred: dict) -> float | None:
    """Equal folded names match; among same-name duplicates, the one agreeing on country and
    titles is preferred, so the slot scores judge the prediction's best reading of the person."""
    key = person_key(gold)
    if not key or key != person_key(pred):
        return None
    gold_tokens, pred_tokens = _title_tokens(gold), _title_tokens(pred)
    size = sum(gold_tokens.values()) + sum(pred_tokens.values())
    dice = 2 * sum((gold_tokens & pred_tokens).values()) / size if size else 1.0
    same_country = _code(gold.get("country")) == _code(pred.get("country"))
    return 0.5 + 0.25 * same_country + 0.25 * dice


def _score_people(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _match(gold, pred, person_match_quality)
    report.fields["people"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for g, p in pairs:
        gold_tokens, pred_tokens = _title_tokens(gold[g]), _title_tokens(pred[p])
        shared = sum((gold_tokens & pred_tokens).values())
        report.person_titles.add(tp=shared, fp=sum(pred_tokens.values()) - shared,
                                 fn=sum(gold_tokens.values()) - shared)
        report.person_country.add(_code(gold[g].get("country")) == _code(pred[p].get("country")))


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


def _score_documents(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _match(gold, pred, document_match_quality)
    report.fields["documents"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for g, p in pairs:
        report.document_status.add(_text_slot(gold[g].get("status")) == _text_slot(pred[p].get("status")))


def _year(value: Any) -> int | None:
    return _ordinal(value)


def chairmanship_key(chair: dict) -> tuple[str | None, int | None]:
    return _code(chair.get("country")), _year(chair.get("year"))


def theme_key(theme: Any) -> str | None:
    """Themes compare folded, without quotes, punctuation or case."""
    return fold_words(theme) or None


def _score_chairmanships(gold: list[dict], pred: list[dict], report: Report) -> None:
    def quality(g: dict, p: dict) -> float | None:
        if chairmanship_key(g) != chairmanship_key(p):
            return None
        return 1.0 if theme_key(g.get("theme")) == theme_key(p.get("theme")) else 0.5

    pairs = _match(gold, pred, quality)
    report.fields["chairmanships"].add(tp=len(pairs), fp=len(pred) - len(pairs),
                                       fn=len(gold) - len(pairs))
    for g, p in pairs:
        report.chairmanship_theme.add(theme_key(gold[g].get("theme")) == theme_key(pred[p].get("theme")))


def _score_published(gold: Any, pred: Any, report: Report) -> None:
    """Exact string match: a wrong date is both a false positive and a false negative."""
    gold_date, pred_date = _text_slot(gold), _text_slot(pred)
    counts = report.fields["published"]
    if gold_date is not None and gold_date == pred_date:
        counts.add(tp=1)
        return
    if pred_date is not None:
        counts.add(fp=1)
    if gold_date is not None:
        counts.add(fn=1)


# ------------------------------------------------------------------------------------------ scoring

def article_key(name: str) -> str:
    """Gold and predictions may be keyed "x.txt", "x.json" or "x": all name article x."""
    return Path(name).stem if Path(name).suffix in (".txt", ".json", ".html", ".htm") else name


def _record_lists(record: Any, source: str) -> dict[str, list[dict]]:
    """The four list fields of a record, checked; raises InputError naming the file and the field."""
    if record is None:
        record = {}
    if not isinstance(record, dict):
        raise InputError(source, f"record is a {type(record).__name__}, expected a JSON object")
    lists: dict[str, list[dict]] = {}
    for name in LIST_FIELDS:
        items = record.get(name) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(source, f'"{name}" must be a list of objects')
        lists[name] = items
    return lists


def score(gold: dict[str, dict], predicted: dict[str, dict]) -> Report:
    """Score predicted article records against gold ones (both: file name -> record)."""
    report = Report()
    predicted_by_key = {article_key(name): (name, record) for name, record in predicted.items()}
    gold_keys = {article_key(name) for name in gold}
    report.unscored_predictions = sorted(name for key, (name, _) in predicted_by_key.items()
                                         if key not in gold_keys)
    for name in sorted(gold):
        pred_name, pred_record = predicted_by_key.get(article_key(name), (name, None))
        gold_lists = _record_lists(gold[name], name)
        pred_lists = _record_lists(pred_record, pred_name)
        report.articles += 1
        _score_meetings(gold_lists["meetings"], pred_lists["meetings"], report)
        _score_people(gold_lists["people"], pred_lists["people"], report)
        _score_documents(gold_lists["documents"], pred_lists["documents"], report)
        _score_chairmanships(gold_lists["chairmanships"], pred_lists["chairmanships"], report)
        _score_published(gold[name].get("published"), (pred_record or {}).get("published"), report)
    return report


# ------------------------------------------------------------------------------------------ loading

def load_records(directory: Path, *, errors: list[InputError] | None = None) -> dict[str, dict]:
    """Every ``*.json`` record in a directory, keyed by its article file name (its "file" key, else
    the JSON file's stem + ".txt"). A bad file raises InputError, or, when ``errors`` is given, is
    appended there and skipped so the rest of the batch still loads."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory of JSON records")
    records: dict[str, dict] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            record = _read_record(path)
        except InputError as problem:
            if errors is None:
                raise
            errors.append(problem)
            continue
        name = record.get("file") if isinstance(record.get("file"), str) else f"{path.stem}.txt"
        records[name] = record
    return records


def _read_record(path: Path) -> dict:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8") from None
    except json.JSONDecodeError as problem:
        raise InputError(str(path), f"invalid JSON at line {problem.lineno}: {problem.msg}") from None
    _record_lists(record, str(path))
    return record


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """The gold annotations of a directory; strict, because a skipped gold file would flatter scores."""
    records = load_records(gold_dir)
    if not records:
        raise InputError(str(gold_dir), "holds no *.json gold records")
    return records


# ----------------------------------------------------------------------------------------- output

def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _counts_row(label: str, counts: Counts) -> str:
    return (f"{label:<16}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
            f"  {_fmt(counts.precision)}  {_fmt(counts.recall)}  {_fmt(counts.f1)}")


def _accuracy_row(label: str, accuracy: Accuracy) -> str:
    return f"{label:<28}{_fmt(accuracy.value)}  ({accuracy.correct}/{accuracy.total})"


def format_report(report: Report) -> str:
    """A plain-text table of a report."""
    header = f"{'':<16}{'tp':>6}{'fp':>6}{'fn':>6}  {'P':^5}  {'R':^5}  {'F1':^5}"
    lines = [f"scored articles: {report.articles}", "", header]
    lines += [_counts_row(name, counts) for name, counts in report.fields.items()]
    lines += ["", "meetings by series group", header]
    lines += [_counts_row(name, counts) for name, counts in report.series_groups.items()]
    matched = report.fields["meetings"].tp
    lines += ["", f"meeting slots on {matched} matched pairs"]
    lines += [_accuracy_row(slot, accuracy) for slot, accuracy in report.meeting_slots.items()]
    lines.append(f"{'mean meeting-slot accuracy':<28}{_fmt(report.mean_meeting_slot_accuracy)}")
    lines += ["", header, _counts_row("person titles", report.person_titles), ""]
    lines.append(_accuracy_row("person country", report.person_country))
    lines.append(_accuracy_row("document status", report.document_status))
    lines.append(_accuracy_row("chairmanship theme", report.chairmanship_theme))
    if report.unscored_predictions:
        lines += ["", f"predictions without gold (not scored): {len(report.unscored_predictions)}"]
    return "\n".join(lines)


def report_to_json(report: Report) -> dict:
    """A report as plain JSON-ready data."""
    mean = report.mean_meeting_slot_accuracy
    return {
        "articles": report.articles,
        "fields": {name: counts.to_json() for name, counts in report.fields.items()},
        "series_groups": {name: counts.to_json() for name, counts in report.series_groups.items()},
        "meeting_slots": {slot: acc.to_json() for slot, acc in report.meeting_slots.items()},
        "mean_meeting_slot_accuracy": None if mean is None else round(mean, 4),
        "person_titles": report.person_titles.to_json(),
        "person_country": report.person_country.to_json(),
        "document_status": report.document_status.to_json(),
        "chairmanship_theme": report.chairmanship_theme.to_json(),
        "unscored_predictions": list(report.unscored_predictions),
    }
