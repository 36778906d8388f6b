"""Vietnamese date expressions: find them in text and resolve them to ISO dates.

A hand-written grammar. (dateparser reads "20" as a year and loses ranges such as "18-19/1/2022".)
Three steps over the text:

1. atoms: one date shape each (numeric "5/1/2020", verbal "16 tháng 1 năm 2020", "tháng Tư",
   quarters, years, deictic words such as "hôm nay", "tháng trước"); leftmost-longest wins;
2. ranges: two atoms joined by "-", "đến", "tới" ("29/11 - 4/12/2019", "ngày 17 đến 20 tháng 11"),
   or a bare day number before a day atom ("từ 11-15/11");
3. context: weekday, part of day, "hồi", "đầu/giữa/cuối" on the left; "tới", "vừa qua", "này" on the right.

Bare numeric shapes without "ngày" ("5/1", "16-1") count only next to a date cue (a weekday, a part of
the day, "từ", "vào"...), so scores ("2-1"), ratios ("3/4 số") and percentages stay out.

``DateMention.relative`` takes one of these values:

- "past", "next", "this": the wording around a day or month without a year ("vừa qua", "tới", "này");
  it steers which year the day falls in;
- "last_year", "this_year", "next_year": the year is given relative to the article ("tháng 4 năm ngoái",
  "năm nay");
- "yesterday", "today", "tomorrow", "last_week", "this_week", "next_week", "last_month", "this_month",
  "next_month": deictic expressions with no number ("hôm qua", "tuần tới", "tháng trước"); their
  ``first``/``last`` are empty and only an anchor date gives them a value. With ``weekday`` set,
  "past"/"next"/"this"/"last_week"/"next_week" name a weekday near the anchor ("thứ Hai tới"), and "recent"
  the last one on or before it ("hôm thứ Tư").

Text is expected in NFC (the ingest stage normalises it); spans are offsets into the string given.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable


@dataclass(frozen=True)
class PartialDate:
    """A calendar date with any of its parts unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def is_empty(self) -> bool:
        return self.year is None and self.month is None and self.day is None


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span in the text and what it says, before any anchor is applied."""

    start: int
    end: int
    text: str
    first: PartialDate
    last: PartialDate                 # == first for a single date
    relative: str | None = None       # see the module docstring
    weekday: int | None = None        # 0 = Monday (thứ Hai) ... 6 = Sunday (Chủ nhật)
    part_of_day: str | None = None    # "sáng", "trưa", "chiều", "tối", "đêm"
    phase: str | None = None          # "early" / "mid" / "late" for đầu / giữa / cuối

    @property
    def is_range(self) -> bool:
        return self.first != self.last

    @property
    def is_deictic(self) -> bool:
        """No number at all ("hôm nay", "tháng trước"): only an anchor gives it a value."""
        return self.first.is_empty


# --------------------------------------------------------------------------- vocabulary

_FLAGS = re.IGNORECASE
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)\d\d"
_KW = r"(?:ngày|mùng|mồng)"
# Not glued to a word, a number or a code ("15/2020/NĐ-CP", "COVID-19", "G20").
_START = r"(?<![\w/:])(?<!\d[.,])"
_END = r"(?!\w|[/:]\w|[.,]\d)"
# Month names need their capital: "tháng Hai" is February, "tháng hai lần" is twice a month.
_MONTH_WORD = (
    r"(?-i:[Gg]iêng|[Cc]hạp|[Tt]ư|[Mm]ười\s+[Mm]ột|[Mm]ười\s+[Hh]ai"
    r"|Mười|Một|Hai|Ba|Năm|Sáu|Bảy|Tám|Chín)(?!\w)"
)
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_YEAR_REL_WORDS = r"(?:nay|này|ngoái|trước|sắp\s+tới|tới|sau|vừa\s+qua|qua)"
_YEAR_REL = {
    "nay": "this_year", "này": "this_year", "ngoái": "last_year", "trước": "last_year",
    "qua": "last_year", "vừa qua": "last_year", "tới": "next_year", "sắp tới": "next_year",
    "sau": "next_year",
}
# "năm 2020" / "năm ngoái" after a day or month.
_NAM_TAIL = rf"\s+năm\s+(?:(?P<ny>{_Y})(?!\d)|(?P<yrel>{_YEAR_REL_WORDS})(?!\w))"
# After "tháng 4" or "16 tháng 1": "/2020", "-2020", "năm 2020", "2020", "năm nay". No comma: in a list
# "tháng 12, năm 2019" may be two items.
_MONTH_TAIL = rf"(?:\s*[/-]\s*(?P<y>{_Y})(?!\d)|{_NAM_TAIL}|\s+(?P<by>{_Y})(?!\d))"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_PARTS_OF_DAY = r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều\s+tối|chiều|tối|đêm|khuya)"
_PHASES = {"đầu": "early", "giữa": "mid", "cuối": "late", "thượng tuần": "early",
           "trung tuần": "mid", "hạ tuần": "late"}


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _month_value(token: str) -> int | None:
    key = _words(token)
    return int(key) if key.isdigit() else _MONTH_WORDS.get(key)


def _weekday_value(token: str) -> int:
    key = _words(token)
    if key == "chủ nhật":
        return 6
    word = key.split()[1]
    return int(word) - 2 if word.isdigit() else _WEEKDAYS[word]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    # Without a year, 29 February stays possible.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2000, month)[1]


# --------------------------------------------------------------------------- atoms

@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    kind: str                         # date, day, month, span, year, deictic, range
    first: PartialDate
    last: PartialDate
    relative: str | None = None
    needs_cue: bool = False           # bare "5/1", "16-1": a date only next to a date cue
    dash: bool = False                # "16-1" reads like a score; "trước/sau" are no cue for it
    dot: bool = False                 # "15.8" reads like a decimal; only a day's time word makes it a date
    weekday: int | None = None
    part_of_day: str | None = None


def _single(m: re.Match, kind: str, pd: PartialDate, **kw) -> _Atom:
    return _Atom(m.start(), m.end(), kind, pd, pd, **kw)


def _tail_year(m: re.Match) -> tuple[int | None, str | None]:
    groups = m.groupdict()
    for name in ("y", "ny", "by"):
        if groups.get(name):
            return int(groups[name]), None
    rel = groups.get("yrel")
    return None, (_YEAR_REL[_words(rel)] if rel else None)


_ISO_RE = re.compile(rf"{_START}(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){_END}")
_DMY_RE = re.compile(
    rf"{_START}(?P<kw>{_KW}\s+)?(?P<d>{_D})(?P<s>[/.-])(?P<m>{_M})(?P=s)(?P<y>{_Y}){_END}", _FLAGS)
_DM_RE = re.compile(
    rf"{_START}(?P<kw>{_KW}\s+)?(?P<d>{_D})(?P<s>[/.-])(?P<m>{_M})(?:{_NAM_TAIL})?{_END}", _FLAGS)
_DTM_RE = re.compile(
    rf"{_START}(?P<kw>{_KW}\s+)?(?P<d>{_D})\s+tháng\s+(?P<m>{_M}(?!\d)|{_MONTH_WORD})"
    rf"(?:{_MONTH_TAIL})?{_END}", _FLAGS)
_MONTH_SPAN_RE = re.compile(
    rf"(?<!\w)tháng\s+(?P<m1>{_M})\s*[-–]\s*(?P<m2>{_M})(?:\s*[/-]\s*(?P<y>{_Y})|{_NAM_TAIL})?{_END}",
    _FLAGS)
_MONTH_RE = re.compile(
    rf"(?<!\w)tháng\s+(?P<m>{_M}(?!\d)|{_MONTH_WORD})(?:{_MONTH_TAIL})?{_END}", _FLAGS)
# A month and year alone in brackets after an event: "chuyến thăm Trung Quốc (01/2017)". Out of brackets
# "3/2017" may be a ratio or a document number.
# "(8/2017)", "(8-2017)": a month said in brackets after a meeting's name.
# "(Busan, 11/2019)": after the place a caption or a recalled meeting gives.
_BRACKET_MONTH_RE = re.compile(rf"(?P<m>{_M})\s*[/-]\s*(?P<y>{_Y})(?=\))")
_BRACKET_OPENED = re.compile(r"\((?:\s*(?P<place>[^\W\d][^()\d,;:\n]{1,28}),\s*)?$")
_QUARTER_RE = re.compile(
    rf"(?<!\w)quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?!\w)(?:\s*[/-]\s*(?P<y>{_Y})|{_NAM_TAIL})?{_END}", _FLAGS)
_YEAR_SPAN_RE = re.compile(
    rf"(?<![\w/])(?<!\d[.,])(?:năm\s+)?(?P<y1>{_Y})\s*[-–—]\s*(?P<y2>{_Y}){_END}", _FLAGS)
_YEAR_RE = re.compile(
    rf"(?<![\w/])(?<!\d[.,])(?<!\d[-–])(?P<kw>năm\s+)?(?P<y>{_Y})(?!\w|[/:]\w|[.,]\d|-[^\W\d_])", _FLAGS)
_DAY_RE = re.compile(rf"(?<!\w){_KW}\s+(?P<d>{_D})(?!\w|[/:]\w|[.,]\d)", _FLAGS)
_DEICTIC_DAY_RE = re.compile(
    rf"(?<!\w)(?:(?P<pod>{_PARTS_OF_DAY})\s+(?:hôm\s+)?(?P<rel1>nay|qua|mai)"
    rf"|(?:ngày\s+)?hôm\s+(?P<rel2>nay|qua)|ngày\s+(?P<rel3>mai))(?!\w)", _FLAGS)
_DEICTIC_PERIOD_RE = re.compile(
    r"(?<!\w)(?P<unit>tuần|tháng|năm)\s+"
    r"(?P<rel>sắp\s+tới|tới|sau|này|nay|trước|ngoái|vừa\s+qua|vừa\s+rồi|qua)(?!\w)", _FLAGS)
_WEEKDAY_REL_RE = re.compile(
    rf"(?<!\w)(?P<wd>{_WEEKDAY})\s+(?P<rel>tuần\s+(?:sắp\s+tới|tới|sau|này|trước|qua|vừa\s+qua)"
    r"|sắp\s+tới|tới|này|vừa\s+qua|vừa\s+rồi)(?!\w)", _FLAGS)
# "hôm thứ Tư" (translated wire news): the last such weekday, on or before the article's day; not "thứ Tư tới".
_WEEKDAY_PAST_RE = re.compile(
    rf"(?<!\w)hôm\s+(?P<wd>{_WEEKDAY})(?!\s+(?:tuần|tới|này|vừa|sắp|\(|\d))(?!\w)", _FLAGS)

# Units and nouns after a bare "5-10" make it a quantity, not a date; "giờ" before a place is a time zone
# ("tối 9/5 giờ Washington").
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|phần\s+trăm|số|dân|tổng|tỷ|triệu|nghìn|ngàn|trăm|usd|đô|đồng|euro|người|năm|tháng|tuần"
    r"|ngày|giờ(?!\s+(?:theo\s+)?(?:địa\s+phương|gmt|utc|(?-i:[A-ZĐ])))|phút|lần|km|kg|tấn|ha|m|cm|điểm|bàn|ván|set"
    r"|hiệp)(?!\w)", _FLAGS)
# A number or quantifier before "năm tới" makes it a duration ("5 năm tới", "những năm trước").
_QUANTIFIER_BEFORE = re.compile(
    r"(?<!\w)(?:\d+|những|các|mấy|vài|nhiều|mỗi|hằng|hàng|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
    r"|mươi|trăm|nửa)\s+$", _FLAGS)
# ... and after a bare four-digit number makes it a count ("2000 người") or part of a phone number.
_UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:(?:%|tỷ|triệu|nghìn|ngàn|usd|đồng|người|km|kg|tấn|ha|chiếc|lượt|mw)(?!\w)|\d)", _FLAGS)


def _atom_full_date(m: re.Match, text: str) -> _Atom | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return _single(m, "date", PartialDate(y, mo, d)) if _valid_day(y, mo, d) else None


def _atom_dm(m: re.Match, text: str) -> _Atom | None:
    mo, d = int(m["m"]), int(m["d"])
    year, rel = _tail_year(m)
    if not _valid_day(year, mo, d):
        return None
    dot = m["s"] == "." and not m["kw"]          # "5.1" alone is a decimal; "sáng 15.8" a day
    bare = not m["kw"] and year is None and rel is None or dot
    return _single(m, "date", PartialDate(year, mo, d), relative=rel, needs_cue=bare, dash=m["s"] == "-", dot=dot)


def _atom_dtm(m: re.Match, text: str) -> _Atom | None:
    mo, d = _month_value(m["m"]), int(m["d"])
    year, rel = _tail_year(m)
    if mo is None or not _valid_day(year, mo, d):
        return None
    bare = not m["kw"] and year is None and rel is None
    return _single(m, "date", PartialDate(year, mo, d), relative=rel, needs_cue=bare)


def _atom_month_span(m: re.Match, text: str) -> _Atom | None:
    m1, m2 = int(m["m1"]), int(m["m2"])
    year, rel = _tail_year(m)
    if m1 >= m2:
        return None
    return _Atom(m.start(), m.end(), "span", PartialDate(year, m1), PartialDate(year, m2), relative=rel)


# "Cách mạng Tháng Tám", "Cách mạng tháng Mười Nga": a revolution's name, not a month of the news.
_NAMED_BY_MONTH = re.compile(r"(?<!\w)cách\s+mạng\s+$", _FLAGS)


def _atom_month(m: re.Match, text: str) -> _Atom | None:
    mo = _month_value(m["m"])
    if mo is None or _NAMED_BY_MONTH.search(text, max(0, m.start() - 12), m.start()):
        return None
    year, rel = _tail_year(m)
    return _single(m, "month", PartialDate(year, mo), relative=rel)


def _atom_bracket_month(m: re.Match, text: str) -> _Atom | None:
    opened = _BRACKET_OPENED.search(text, max(0, m.start() - 32), m.start())
    if opened is None or opened["place"] and not opened["place"][0].isupper():
        return None
    return _single(m, "month", PartialDate(int(m["y"]), int(m["m"])))


def _atom_quarter(m: re.Match, text: str) -> _Atom | None:
    q = m["q"].upper()
    n = int(q) if q.isdigit() else {"I": 1, "II": 2, "III": 3, "IV": 4}[q]
    year, rel = _tail_year(m)
    return _Atom(m.start(), m.end(), "span", PartialDate(year, 3 * n - 2), PartialDate(year, 3 * n), relative=rel)


def _atom_year_span(m: re.Match, text: str) -> _Atom | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    return _Atom(m.start(), m.end(), "span", PartialDate(y1), PartialDate(y2))


def _atom_year(m: re.Match, text: str) -> _Atom | None:
    if not m["kw"]:
        # A bare four-digit number is a year unless it counts something ("2000 người") or is numbered.
        if _UNIT_AFTER_YEAR.match(text, m.end()):
            return None
        if re.search(r"(?<!\w)(?:số|no\.?)\s*$", text[max(0, m.start() - 6):m.start()], _FLAGS):
            return None
    return _single(m, "year", PartialDate(int(m["y"])))


def _atom_day(m: re.Match, text: str) -> _Atom | None:
    # "ngày 17" alone has no month; it lives only as the start of a range ("ngày 17 - ngày 20 tháng 11").
    return _single(m, "day", PartialDate(day=int(m["d"])))


def _atom_deictic_day(m: re.Match, text: str) -> _Atom | None:
    rel = _words(m["rel1"] or m["rel2"] or m["rel3"])
    relative = {"nay": "today", "qua": "yesterday", "mai": "tomorrow"}[rel]
    pod = _words(m["pod"]) if m["pod"] else None
    return _single(m, "deictic", PartialDate(), relative=relative, part_of_day=pod)


_PERIOD_RELATIVES = {
    ("năm", "nay"): "this_year", ("năm", "này"): "this_year", ("năm", "ngoái"): "last_year",
    ("năm", "trước"): "last_year", ("năm", "vừa qua"): "last_year", ("năm", "tới"): "next_year",
    ("năm", "sắp tới"): "next_year", ("năm", "sau"): "next_year",
}
for _unit, _name in (("tháng", "month"), ("tuần", "week")):
    _PERIOD_RELATIVES.update({
        (_unit, "này"): f"this_{_name}", (_unit, "trước"): f"last_{_name}",
        (_unit, "vừa qua"): f"last_{_name}", (_unit, "vừa rồi"): f"last_{_name}",
        (_unit, "tới"): f"next_{_name}", (_unit, "sắp tới"): f"next_{_name}", (_unit, "sau"): f"next_{_name}",
    })


# "cuối tuần qua": last weekend. ("tuần qua" alone is as often "the past seven days", "trong tuần qua".)
_LAST_WEEKEND_BEFORE = re.compile(r"(?<!\w)cuối\s+$", _FLAGS)


def _atom_deictic_period(m: re.Match, text: str) -> _Atom | None:
    relative = _PERIOD_RELATIVES.get((_words(m["unit"]), _words(m["rel"])))
    if relative is None and (_words(m["unit"]), _words(m["rel"])) == ("tuần", "qua") \
            and _LAST_WEEKEND_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        relative = "last_week"
    if relative is None:
        return None
    if _QUANTIFIER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None                              # "5 năm tới", "những năm trước": a duration
    if re.match(r"\s+(?:đó|khi|nữa)(?!\w)", text[m.end():m.end() + 6], _FLAGS):
        return None                              # "năm sau đó": relative to an event, not to the article
    return _single(m, "deictic", PartialDate(), relative=relative)


def _atom_weekday(m: re.Match, text: str) -> _Atom | None:
    wd_text = m["wd"]
    # "nước thứ hai tới thăm" is an ordinal; a weekday is capitalised or follows a time word.
    if wd_text.split()[-1].islower() and not wd_text[-1].isdigit():
        if not re.search(r"(?:^|[.,;:(\n]|(?<!\w)(?:vào|hôm|từ|đến|sáng|trưa|chiều|tối|đêm|ngày))\s*$",
                         text[max(0, m.start() - 8):m.start()], _FLAGS):
            return None
    rel = _words(m["rel"])
    relative = {"tới": "next", "sắp tới": "next", "này": "this", "vừa qua": "past", "vừa rồi": "past"}.get(rel)
    if relative is None:
        unit_rel = rel.split(maxsplit=1)[1]
        relative = {"này": "this_week", "trước": "last_week", "qua": "last_week",
                    "vừa qua": "last_week"}.get(unit_rel, "next_week")
    return _single(m, "deictic", PartialDate(), relative=relative, weekday=_weekday_value(wd_text))


def _atom_weekday_past(m: re.Match, text: str) -> _Atom | None:
    return _single(m, "deictic", PartialDate(), relative="recent", weekday=_weekday_value(m["wd"]))


@dataclass(frozen=True)
class _AtomPattern:
    pattern: re.Pattern[str]
    build: Callable[[re.Match, str], _Atom | None]
    opens: frozenset[str]      # the kinds of first word it can start with (groups of _OPENER)


def _atom_pattern(pattern: re.Pattern[str], build: Callable[[re.Match, str], _Atom | None],
                  *opens: str) -> _AtomPattern:
    return _AtomPattern(pattern, build, frozenset(opens))


# The words a date can start with. Every atom pattern starts at a word with a look-behind, which makes ``re``
# try it at every position of the article; one scan for these first words, then each pattern tried only at
# the places its own first word stands, finds the same matches for a tenth of the cost.
_OPENER = re.compile(
    r"(?<!\w)(?:(?P<digit>\d)|(?P<day_word>ngày|mùng|mồng)|(?P<nam>năm)|(?P<thang>tháng)|(?P<quy>quý)"
    r"|(?P<tuan>tuần)|(?P<weekday>thứ|chủ)|(?P<part_of_day>rạng|sáng|trưa|chiều|tối|đêm|khuya)|(?P<hom>hôm))",
    _FLAGS)

_ATOM_PATTERNS: tuple[_AtomPattern, ...] = (
    _atom_pattern(_ISO_RE, _atom_full_date, "digit"),
    _atom_pattern(_DMY_RE, _atom_full_date, "digit", "day_word"),
    _atom_pattern(_DM_RE, _atom_dm, "digit", "day_word"),
    _atom_pattern(_DTM_RE, _atom_dtm, "digit", "day_word"),
    _atom_pattern(_MONTH_SPAN_RE, _atom_month_span, "thang"),
    _atom_pattern(_MONTH_RE, _atom_month, "thang"),
    _atom_pattern(_BRACKET_MONTH_RE, _atom_bracket_month, "digit"),
    _atom_pattern(_QUARTER_RE, _atom_quarter, "quy"),
    _atom_pattern(_YEAR_SPAN_RE, _atom_year_span, "digit", "nam"),
    _atom_pattern(_YEAR_RE, _atom_year, "digit", "nam"),
    _atom_pattern(_DAY_RE, _atom_day, "day_word"),
    _atom_pattern(_DEICTIC_DAY_RE, _atom_deictic_day, "part_of_day", "day_word", "hom"),
    _atom_pattern(_DEICTIC_PERIOD_RE, _atom_deictic_period, "tuan", "thang", "nam"),
    _atom_pattern(_WEEKDAY_REL_RE, _atom_weekday, "weekday"),
    _atom_pattern(_WEEKDAY_PAST_RE, _atom_weekday_past, "hom"),
)
# Opener kind -> the indexes of the patterns that can start with it.
_BY_OPENER: dict[str, tuple[int, ...]] = {
    kind: tuple(i for i, p in enumerate(_ATOM_PATTERNS) if kind in p.opens) for kind in _OPENER.groupindex}


def _matches(text: str) -> list[list[re.Match]]:
    """Per atom pattern, what its ``finditer`` over ``text`` yields: tried at the openers only, each pattern
    resuming after its own last match as ``finditer`` does."""
    found: list[list[re.Match]] = [[] for _ in _ATOM_PATTERNS]
    resume = [0] * len(_ATOM_PATTERNS)
    for opener in _OPENER.finditer(text):
        at = opener.start()
        for index in _BY_OPENER[opener.lastgroup]:
            if at < resume[index]:
                continue
            m = _ATOM_PATTERNS[index].pattern.match(text, at)
            if m:
                found[index].append(m)
                resume[index] = max(m.end(), at + 1)
    return found


def _atoms(text: str) -> list[_Atom]:
    """All atoms, leftmost-longest, none overlapping."""
    found = [a for spec, matches in zip(_ATOM_PATTERNS, _matches(text)) for m in matches
             if (a := spec.build(m, text))]
    found.sort(key=lambda a: (a.start, a.start - a.end))
    chosen: list[_Atom] = []
    for atom in found:
        if not chosen or atom.start >= chosen[-1].end:
            chosen.append(atom)
    return chosen


# --------------------------------------------------------------------------- ranges

# "đến hết ngày 17": up to and including the 17th.
# "từ ngày 15/8 (thứ Ba) đến ngày 17/8": the first day's weekday in brackets before the connector; "từ cuối
# tháng 8 đến đầu tháng 9": a phase of the second month after it.
_CONNECTOR = re.compile(
    rf"\s*(?:\(\s*{_WEEKDAY}\s*\)\s*)?(?P<c>[-–—]|(?:cho\s+)?(?:đến|tới)(?:\s+hết)?|và|,)\s*"
    r"(?P<phase>(?:đầu|giữa|cuối)\s+)?", _FLAGS)
# A bare day number before a day atom: "11-15/11", "từ 12 đến ngày 14-12", "ngày 18-19/1".
_DAY_BEFORE = re.compile(
    rf"(?:(?<!\w)(?P<kw>{_KW})\s+|(?<![\w.,/:-]))(?P<d>{_D})\s*(?:[-–—]|(?:đến|tới)(?:\s+hết)?)\s*$", _FLAGS)


def _md(p: PartialDate) -> tuple[int, int]:
    return (p.month or 0, p.day or 0)


def _link_years(first: PartialDate, last: PartialDate) -> tuple[PartialDate, PartialDate]:
    """Give both ends a year when one has it; a range whose end comes earlier in the year crosses New Year."""
    crosses = int(_md(last) < _md(first))
    if first.year is None and last.year is not None:
        first = replace(first, year=last.year - crosses)
    elif last.year is None and first.year is not None:
        last = replace(last, year=first.year + crosses)
    return first, last


def _ordered(first: PartialDate, last: PartialDate) -> bool:
    if first.year is not None and last.year is not None:
        return (first.year, *_md(first)) < (last.year, *_md(last))
    # No year: an end earlier in the year is read as crossing New Year only from Nov/Dec into Jan/Feb.
    return _md(first) < _md(last) or (first.month or 0) - (last.month or 0) >= 10


def _next_day(a: _Atom, b: _Atom, connector: str, text: str = "") -> bool:
    """Whether ``b`` is the day after ``a``: "ngày 26 và 27/5", "ngày 12, 13/11", "ngày 15/8 và 16/8". Two full
    days only with "và" and in one month: "30/4, 1/5" and "30/4 và 1/5" are two holidays; across a month's end
    only when counted as two days ("trong hai ngày 31/7 và 1/8", "các ngày 30/6, 1/7")."""
    if a.kind == "day":
        return a.first.day + 1 == b.first.day
    if a.kind != "date" or b.kind != "date" or a.first.year is not None:
        return False
    if a.first.month == b.first.month:
        return _words(connector) == "và" and a.first.day + 1 == b.first.day
    return _month_turns(a.first, b.first) and _TWO_DAYS_BEFORE.search(text, max(0, a.start - 24), a.start) is not None


# "trong hai ngày", "2 ngày", "các ngày", "hai ngày họp": the two dates after it are the days of one event.
# The atom may hold "ngày" itself ("hai [ngày 31/7]").
_TWO_DAYS_BEFORE = re.compile(r"(?<!\w)(?:hai|2|các)\s+(?:ngày\s*(?:,\s*)?)?$", _FLAGS)


def _month_turns(first: PartialDate, last: PartialDate) -> bool:
    """Whether ``last`` is the first day of the month after ``first``'s, ``first`` that month's last day (28 or
    29 February when the year is unknown)."""
    if last.day != 1 or last.month != first.month % 12 + 1:
        return False
    ends = {calendar.monthrange(first.year, first.month)[1]} if first.year else \
        {calendar.monthrange(2001, first.month)[1], calendar.monthrange(2000, first.month)[1]}
    return first.day in ends


def _join(a: _Atom, b: _Atom, connector: str, text: str = "") -> _Atom | None:
    if _words(connector) in ("và", ",", "") and not (_next_day(a, b, connector, text) or _late_then_early(a, b, text)):
        return None                              # "ngày 26 và 27/5", "ngày 12, 13/11" are spans; "ngày 18 và 24/5" two dates
    if a.first.year is not None and b.first.year is None:
        return None                              # a range's year is on its end: "10/8/2023 - Ngày 8/8" are two dates
    if a.kind in ("day", "date") and b.kind == "date":
        first = a.first if a.first.month else replace(a.first, month=b.first.month)
    elif a.kind == b.kind and a.kind in ("month", "year"):
        first = a.first
    else:
        return None
    first, last = _link_years(first, b.first)
    if first.day is not None and not _valid_day(first.year, first.month, first.day):
        return None
    if not _ordered(first, last):
        return None
    # Two slashed day/months in a row ("29/11-4/12") read as a date span on their own; dashes may be scores.
    needs_cue = a.needs_cue and b.needs_cue and (a.dash or b.dash or a.dot or b.dot)
    return _Atom(a.start, b.end, "range", first, last, relative=b.relative or a.relative,
                 needs_cue=needs_cue, dash=a.dash or b.dash, dot=a.dot or b.dot)


# "cuối tháng 6, đầu tháng 7", "cuối tháng 10 đầu tháng 11": the turn of two months, one span.
_LATE_BEFORE = re.compile(r"(?<!\w)cuối\s+$", _FLAGS)
_EARLY_AFTER = re.compile(r"\s*(?:,|và|-|–)?\s*đầu\s+$", _FLAGS)


def _late_then_early(a: _Atom, b: _Atom, text: str) -> bool:
    """Whether ``a`` and ``b`` are the end of one month and the start of the next ("cuối tháng 6, đầu tháng 7")."""
    return a.kind == "month" and b.kind == "month" and a.first.year is None \
        and b.first.month == a.first.month % 12 + 1 \
        and _LATE_BEFORE.search(text, max(0, a.start - 8), a.start) is not None \
        and _EARLY_AFTER.fullmatch(text, a.end, b.start) is not None


def _ranges(atoms: list[_Atom], text: str) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            conn = _CONNECTOR.fullmatch(text, a.end, b.start)
            if conn:
                joined = _join(a, b, conn["c"], text) if (not conn["phase"] or a.kind == "month") \
                    and not _dateline_dash(conn["c"], text, b) else None
            else:
                joined = _join(a, b, "", text) if _late_then_early(a, b, text) else None
            if joined:
                out.append(joined)
                i += 2
                continue
        if a.kind == "date":
            a = _with_day_before(a, text, out[-1].end if out else 0)
        if a.kind != "day":                      # a day number with no month says too little
            out.append(a)
        i += 1
    return out


def _dateline_dash(connector: str, text: str, b: _Atom) -> bool:
    """"Hà Nội, 14/7/2023 - Ngày 13/7, ...": a dash before a capitalised "Ngày"/"Sáng" ends a dateline and
    opens the lead's first sentence; a span's second end is written in lower case ("từ 12 - ngày 14/7")."""
    return connector in "-–—" and text[b.start:b.start + 1].isupper()


# Days listed before a day atom: "các ngày 19, 20 và 21/8", "ngày 19, 20, 21/8".
_DAY_LIST_BEFORE = re.compile(
    rf"(?<!\w){_KW}\s+(?P<days>{_D}(?:\s*(?:,|và)\s*{_D})*)\s*(?:,|và)\s*$", _FLAGS)


def _with_day_list_before(b: _Atom, text: str, lo: int) -> _Atom:
    """"ngày 19, 20 và 21/8": consecutive days listed up to a day atom span from the first of them."""
    m = _DAY_LIST_BEFORE.search(text, max(lo, b.start - 32), b.start)
    if not m or b.first.day is None:
        return b
    days = [int(x) for x in re.findall(r"\d+", m["days"])] + [b.first.day]
    if len(days) < 3 or any(y != x + 1 for x, y in zip(days, days[1:])):
        return b                                 # two days are read by _join; gaps are separate days
    first = replace(b.first, day=days[0])
    return _Atom(m.start(), b.end, "range", first, b.first, relative=b.relative, dash=b.dash)


def _with_day_before(b: _Atom, text: str, lo: int) -> _Atom:
    m = _DAY_BEFORE.search(text, max(lo, b.start - 16), b.start)
    if not m:
        return _with_day_list_before(b, text, lo)
    first = replace(b.first, day=int(m["d"]))
    if not _valid_day(first.year, first.month, first.day) or first.day >= b.first.day:
        return b
    return _Atom(m.start(), b.end, "range", first, b.first, relative=b.relative,
                 needs_cue=b.needs_cue and not m["kw"], dash=b.dash, dot=b.dot and not m["kw"])


# --------------------------------------------------------------------------- context

# What may stand before a date, in this order: "từ", "hồi"/"hôm", a part of the day with "nay/qua/mai",
# "hôm nay", a weekday, an opening bracket, "đầu/giữa/cuối". Matched backwards from the atom (ends in $).
_PREFIX = re.compile(
    r"(?<!\w)"
    r"(?:(?P<tu>từ)\s+)?"
    r"(?:(?P<hoi>hồi|hôm)\s+)?"
    rf"(?:(?P<pod>{_PARTS_OF_DAY})\s*,?\s+(?:(?P<podrel>nay|qua|mai|hôm\s+nay|hôm\s+qua)\s*,?\s*)?)?"
    r"(?:(?P<dayrel>(?:ngày\s+)?hôm\s+nay|(?:ngày\s+)?hôm\s+qua|ngày\s+mai)\s*,?\s*)?"
    rf"(?:(?P<wd>{_WEEKDAY})\s*,?\s*)?"
    r"(?P<paren>\(\s*)?"
    r"(?:(?P<phase>đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)\s+)?$",
    _FLAGS)
# Words an ordinal "thứ 3" follows ("lần thứ 3", "khóa thứ ba"): no weekday then.
_ORDINAL_HEAD = re.compile(r"(?<!\w)(?:lần|khóa|khoá|kỳ|kì|lượt|vòng)\s+$", _FLAGS)
# Before a month or a year only these make sense ("hai chiều năm 2016" is "two-way", not an afternoon).
_PERIOD_PREFIX = re.compile(
    r"(?<!\w)(?:(?P<tu>từ)\s+)?(?:(?P<hoi>hồi)\s+)?"
    r"(?:(?P<phase>đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)\s+)?$", _FLAGS)
_SUFFIX = re.compile(r"\s*(?P<rel>sắp\s+tới|tới\s+đây|tới|vừa\s+qua|vừa\s+rồi|này)(?!\w)", _FLAGS)
_CLOSE_BRACKET = re.compile(r"\s*\)")
# "(Busan, 11/2019)": a bracket's place then its time, as a caption or a recalled meeting gives them.
_CUE_BEFORE = re.compile(
    rf"(?<!\w)(?P<w>{_KW}|hôm|vào|từ|đến|tới|{_PARTS_OF_DAY}|dịp|lúc|hạn|trước|sau|nay|qua|mai)\s*,?\s*$"
    r"|(?P<paren>\((?:\s*(?P<place>[^\W\d][^()\d,;:\n]{1,28}),)?)\s*$", _FLAGS)
_REL_WORDS = {"tới": "next", "sắp tới": "next", "tới đây": "next", "vừa qua": "past", "vừa rồi": "past",
              "này": "this", "nay": "this", "hôm nay": "this", "ngày hôm nay": "this", "qua": "past",
              "hôm qua": "past", "ngày hôm qua": "past", "mai": "next", "ngày mai": "next"}
# "tới" before these is "up to" or "to visit", not "coming".
_TOI_NOT_COMING = re.compile(r"(?:thăm|dự|làm|nay|hơn|gần|khoảng|trên|dưới|mức|con\s+số|đỉnh)(?!\w)", _FLAGS)


@dataclass(frozen=True)
class _Prefix:
    start: int
    after_tu: int | None              # where the text after "từ" starts, when "từ" opens the prefix
    past: bool                        # "hồi"
    hom: bool                         # "hôm"
    relative: str | None              # "sáng nay", "hôm qua" ...
    part_of_day: str | None
    weekday: int | None
    bracket: bool                     # "thứ Hai (5/1)": the date is in brackets
    phase: str | None
    time_word: bool                   # a word that only stands before dates: từ, hồi, hôm, sáng, thứ Hai...


def _prefix(text: str, atom: _Atom, lo: int) -> _Prefix | None:
    day_level = atom.first.day is not None or atom.weekday is not None \
        or atom.relative in ("today", "yesterday", "tomorrow")
    pattern = _PREFIX if day_level else _PERIOD_PREFIX
    m = pattern.search(text, max(lo, atom.start - 48), atom.start)
    if m and day_level and m["wd"] and _ORDINAL_HEAD.search(text, max(lo, m.start("wd") - 8), m.start("wd")):
        # "Hội nghị ... lần thứ 3 ngày 6/9/2023": the number is the meeting's, not Tuesday.
        m = pattern.search(text, m.end("wd"), atom.start)
    if not m or m.start() == atom.start:
        return None
    g = m.groupdict()
    if not any(g.get(k) for k in ("tu", "hoi", "pod", "dayrel", "wd", "phase")):
        return None                              # a lone "(" is punctuation, not part of the date
    rel_word = g.get("podrel") or g.get("dayrel")
    after_tu = None
    if g["tu"]:
        gap = text[m.end("tu"):atom.start]
        after_tu = atom.start - len(gap.lstrip())
    return _Prefix(
        start=m.start(), after_tu=after_tu,
        past=bool(g["hoi"]) and _words(g["hoi"]) == "hồi",
        hom=bool(g["hoi"]) and _words(g["hoi"]) == "hôm",
        relative=_REL_WORDS[_words(rel_word)] if rel_word else None,
        part_of_day=_words(g["pod"]) if g.get("pod") else None,
        weekday=_weekday_value(g["wd"]) if g.get("wd") else None,
        bracket=bool(g.get("paren")),
        phase=_PHASES[_words(g["phase"])] if g["phase"] else None,
        time_word=any(g.get(k) for k in ("tu", "hoi", "pod", "dayrel", "wd")),
    )


def _toi_is_verb(text: str, pos: int) -> bool:
    """"tới" before a name, a number or a verb is "to (go to)" or a range connector, not "coming"."""
    rest = text[pos:pos + 12].lstrip()
    if not rest:
        return False
    return rest[0].isupper() or rest[0].isdigit() or bool(_TOI_NOT_COMING.match(rest))


def _suffix(text: str, pos: int) -> tuple[str | None, int]:
    m = _SUFFIX.match(text, pos)
    if not m or (_words(m["rel"]) == "tới" and _toi_is_verb(text, m.end())):
        return None, pos
    return _REL_WORDS[_words(m["rel"])], m.end()


def _day_word_before(prefix: _Prefix | None, atom: _Atom) -> bool:
    """A dotted "15.8" is a day after a word said only of days ("sáng", "hôm", "thứ Năm", "hôm qua ("); "từ"
    only opens a span of days ("từ 15 - 17.8"), since "từ 15.8 lên 16.2" is a figure."""
    if prefix is None:
        return False
    return prefix.past or prefix.relative is not None or prefix.part_of_day is not None \
        or prefix.weekday is not None or prefix.hom or (prefix.after_tu is not None and atom.kind == "range")


def _has_cue(text: str, atom: _Atom, start: int, lo: int, prefix: _Prefix | None, suffix_rel: str | None) -> bool:
    """A bare "5/1" or "16-1" is a date only with a date word around it and no quantity after it."""
    if _QUANTITY_AFTER.match(text, atom.end):
        return False
    if atom.dot:
        return _day_word_before(prefix, atom)
    if suffix_rel or (prefix and prefix.time_word):
        return True
    cue = _CUE_BEFORE.search(text, max(lo, start - 36), start)
    if not cue:
        return False
    if cue["place"] and (not cue["place"][0].isupper() or atom.dash):
        return False                             # "(xăng, 5/1)" is no place; "(Hà Nội, 2-1)" may be a score
    if cue["paren"]:
        return bool(re.match(r"\s*[),]", text[atom.end:atom.end + 3]))
    return not (atom.dash and _words(cue["w"]) in ("trước", "sau"))    # "dẫn trước 2-1" is a score


def _mention(text: str, atom: _Atom, lo: int) -> DateMention | None:
    # A date's words stand on its own line: a headline ending in "phục hồi" above "Chiều 10/9" is no "hồi chiều".
    lo = max(lo, text.rfind("\n", 0, atom.start) + 1)
    prefix = _prefix(text, atom, lo)
    end = atom.end
    if prefix and prefix.bracket:
        close = _CLOSE_BRACKET.match(text, end)
        if close:
            end = close.end()
        else:
            prefix = None                        # "thứ Hai (5/1 ..." never closed: keep to the date itself
    suffix_rel = None
    if atom.kind != "deictic":
        suffix_rel, end = _suffix(text, end)
    start = atom.start
    if prefix:
        # "từ" belongs to a range ("từ 11-15/11"); before one date it means "since".
        start = prefix.after_tu if prefix.after_tu is not None and atom.kind != "range" else prefix.start
    if atom.needs_cue and not _has_cue(text, atom, start, lo, prefix, suffix_rel):
        return None
    prefix_rel = (prefix.relative or ("past" if prefix.past else None)) if prefix else None
    return DateMention(
        start, end, text[start:end], atom.first, atom.last,
        relative=atom.relative or suffix_rel or prefix_rel,
        weekday=prefix.weekday if prefix and prefix.weekday is not None else atom.weekday,
        part_of_day=atom.part_of_day or (prefix.part_of_day if prefix else None),
        phase=prefix.phase if prefix else None,
    )


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, none overlapping."""
    out: list[DateMention] = []
    for atom in _ranges(_atoms(text), text):
        # "hôm nay, thứ Sáu 29/3" / "sáng nay 16-1": the deictic day word belongs to the date after it.
        if out and out[-1].is_deictic and out[-1].weekday is None \
                and out[-1].relative in ("today", "yesterday", "tomorrow"):
            merged = _mention(text, atom, out[-2].end if len(out) > 1 else 0)
            if merged and merged.start <= out[-1].start:
                out[-1] = merged
                continue
        mention = _mention(text, atom, out[-1].end if out else 0)
        if mention and not (out and _time_zone_restated(text, out[-1], mention)):
            out.append(mention)
    return out


# "Tối 9/5 giờ Washington (tức sáng 10/5 giờ Việt Nam)": the bracket gives the same moment in another zone.
_OPENS_BRACKET = re.compile(r"[^().;\n]{0,40}\(\s*(?:tức\s+(?:là\s+)?)?(?:vào\s+|lúc\s+)?[^().;\n]{0,20}", _FLAGS)
_ZONE_IN_BRACKET = re.compile(r"[^()\n]{0,40}?(?<!\w)giờ(?!\w)[^()\n]{0,40}\)", _FLAGS)


def _time_zone_restated(text: str, before: DateMention, m: DateMention) -> bool:
    """Whether ``m`` only restates the date before it in another time zone; the meeting keeps the local day."""
    return bool(_OPENS_BRACKET.fullmatch(text, before.end, m.start)) \
        and bool(_ZONE_IN_BRACKET.match(text, m.end))


# --------------------------------------------------------------------------- resolution

_YEAR_SHIFT = {"last_year": -1, "this_year": 0, "next_year": 1}
_DAY_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1}
_WEEK_SHIFT = {"last_week": -1, "this_week": 0, "next_week": 1}
_MONTH_SHIFT = {"last_month": -1, "this_month": 0, "next_month": 1}


def iso(p: PartialDate) -> str | None:
    """ISO text for a partial date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM."""
    if p.month is None:
        return f"{p.year:04d}" if p.year is not None else None
    if p.year is None:
        return f"--{p.month:02d}-{p.day:02d}" if p.day else f"--{p.month:02d}"
    if p.day is None or not _valid_day(p.year, p.month, p.day):
        return f"{p.year:04d}-{p.month:02d}"     # 29/2 in a common year: keep what is sure
    return f"{p.year:04d}-{p.month:02d}-{p.day:02d}"


def _year_near_anchor(first: PartialDate, last: PartialDate, relative: str | None, anchor: date) -> int:
    """Year of ``first``: the anchor's, unless "tới" puts the day after the anchor or "vừa qua" before it."""
    here = (anchor.month, anchor.day)

    def before_anchor(p: PartialDate) -> bool:
        return (p.month, p.day) < here if p.day else p.month < anchor.month

    def after_anchor(p: PartialDate) -> bool:
        return (p.month, p.day) > here if p.day else p.month > anchor.month

    crosses = int(_md(last) < _md(first))
    if relative == "next":
        # An event still to come: its last day is not behind the anchor.
        return anchor.year + int(before_anchor(last)) - crosses
    if relative == "past" and after_anchor(first):
        return anchor.year - 1
    return anchor.year


def _infer_year(m: DateMention, anchor: date | None, default_year: int | None) -> int | None:
    shift = _YEAR_SHIFT.get(m.relative or "")
    if shift is not None:
        base = anchor.year if anchor else default_year
        return None if base is None else base + shift
    if default_year is not None and not (anchor is not None and default_year == anchor.year
                                         and m.relative in ("next", "past")):
        return default_year
    if anchor is None:
        return None                              # never guess a year
    # The year of publication given as the default still moves with "tới" / "vừa qua" / "hồi": "tháng 1 tới"
    # written in December is next January, "hồi tháng 10" written in January last October.
    return _year_near_anchor(m.first, m.last, m.relative, anchor)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _weekday_near(anchor: date, weekday: int, relative: str | None) -> date | None:
    monday = anchor - timedelta(days=anchor.weekday())
    if relative == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if relative == "past":
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    if relative == "recent":
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    shift = {"this": 0, **_WEEK_SHIFT}.get(relative or "")
    return None if shift is None else monday + timedelta(days=7 * shift + weekday)


def _weekend(monday: date) -> tuple[str, str]:
    """"cuối tuần này/trước/tới": the Saturday and Sunday of that week, not the whole week (whose other days may
    fall in another month)."""
    return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(days=6)).isoformat()


def _resolve_deictic(m: DateMention, anchor: date | None, default_year: int | None) -> tuple[str | None, str | None]:
    rel = m.relative or ""
    if rel in _YEAR_SHIFT:
        base = anchor.year if anchor else default_year
        return (None, None) if base is None else (str(base + _YEAR_SHIFT[rel]),) * 2
    if anchor is None:
        return None, None
    if m.weekday is not None:
        day = _weekday_near(anchor, m.weekday, m.relative)
        return (day.isoformat(),) * 2 if day else (None, None)
    if rel in _DAY_SHIFT:
        return ((anchor + timedelta(days=_DAY_SHIFT[rel])).isoformat(),) * 2
    if rel in _WEEK_SHIFT:
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=_WEEK_SHIFT[rel])
        if m.phase == "late":
            return _weekend(monday)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if rel in _MONTH_SHIFT:
        month = _add_months(anchor, _MONTH_SHIFT[rel])
        return (f"{month.year:04d}-{month.month:02d}",) * 2
    return None, None


def resolve(m: DateMention, anchor: date | None, *, default_year: int | None = None) -> tuple[str | None, str | None]:
    """(start, end) as ISO text in the gold format.

    A missing year comes from ``default_year`` when given, else from ``anchor`` (the publication date),
    moved a year by "tới"/"vừa qua" wording; with neither the result keeps no year ("--MM-DD").
    Deictic mentions ("hôm nay", "tuần tới") need the anchor."""
    if m.is_deictic:
        return _resolve_deictic(m, anchor, default_year)
    first, last = _link_years(m.first, m.last)
    if first.year is None and first.month is not None:
        year = _infer_year(m, anchor, default_year)
        if year is not None:
            first, last = _link_years(replace(first, year=year), last)
    return iso(first), iso(last)


# --------------------------------------------------------------------------- publication date

_TIME = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-3])\s*(?::|h|giờ)\s*(?P<mi>[0-5]\d)(?![\d:])", _FLAGS)
_DATELINE_NOISE = re.compile(
    r"(?<!\w)(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|đăng\s+tải|đăng|xuất\s+bản|thời\s+gian|ngày"
    r"|lúc|giờ|gmt|utc|ict|am|pm|sa|ch|updated?|posted|published|thứ\s+\w+|chủ\s+nhật)(?!\w)"
    r"|gmt\s*[+-]\s*\d{1,2}(?::?\d\d)?", _FLAGS)
_PUBLISHED_LINES = 12
_PUBLISHED_CHARS = 3000
_DATELINE_MAX = 100


def _dateline(line: str) -> tuple[str, str | None] | None:
    """(date, time) when ``line`` is a date line and not prose that happens to hold a date."""
    full = [m for m in find_dates(line) if not m.is_range and m.first.year and m.first.day]
    if len(full) != 1:
        return None
    m = full[0]
    time = _TIME.search(line[:m.start] + " " * (m.end - m.start) + line[m.end:])
    rest = line[:m.start] + " " + line[m.end:]
    if time:
        rest = rest.replace(time.group(0), " ", 1)
    rest = _DATELINE_NOISE.sub(" ", rest)
    letters = sum(ch.isalpha() for ch in rest)
    words = len(re.findall(r"[^\W\d_]+", rest))
    # Mostly a date: at most two stray words, and fewer letters than the date and time themselves.
    dated = (m.end - m.start) + (len(time.group(0)) if time else 0)
    if words > 2 or letters * 2 > dated:
        return None
    hhmm = f"{int(time['h']):02d}:{time['mi']}" if time else None
    return iso(m.first), hhmm


def parse_published(text: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, HH:MM or None) from a date line near the top ("Thứ Năm, 16/01/2020, 14:27",
    "Cập nhật: 10:15 ngày 5/3/2019"), or (None, None) when the top has none."""
    lines = [ln.strip() for ln in text[:_PUBLISHED_CHARS].splitlines() if ln.strip()]
    for line in lines[:_PUBLISHED_LINES]:
        if len(line) > _DATELINE_MAX:
            continue
        found = _dateline(line)
        if found:
            return found
    return None, None


# --------------------------------------------------------------------------- dateline

# A report's opening credit: where and when it was filed and by whom, then a dash opening the first paragraph.
#   "Hà Nội, 10/8/2023 - ", "Jakarta, ngày 16/8 (TTXVN) - ", "TP.HCM, thứ Năm, 15/8/2024 – "   (place, day, agency)
#   "Bangkok (TTXVN) 2/8 - ", "Jakarta (TTXVN) - "                                             (place, agency, day)
#   "(VOV) - ", "(Chinhphu.vn) - ", "VOV.VN - ", "NDO - ", "TTXVN/Bangkok 2/8/2019 - "          (outlet, place, day)
_PLACE = r"(?P<place>[^\W\d_][\w.'’ -]{0,30}?)"
_FILED_ON = rf"(?:ngày\s+)?(?P<date>(?P<d>{_D})\s*(?P<s>[/.-])\s*(?P<m>{_M})(?:\s*(?P=s)\s*(?P<y>{_Y}))?)"
_AGENCY = r"\([^()\n]{1,30}\)"
_WEEKDAY = r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)"
_DASH = r"\s*[-–—]\s"
# A Vietnamese outlet's initials the list does not name: upper case holding "VN" or "&" ("ĐCSVN", "GD&TĐ",
# "TG&VN"); an international body's ("ASEAN - Trung Quốc", "APEC - ") or a region's ("ĐBSCL - ") hold neither.
_VN_INITIALS = r"(?=[A-ZĐ&]*(?:VN|&))[A-ZĐ][A-ZĐ&]{2,7}(?![\w&])"
_CREDITS = (
    re.compile(rf"{_PLACE}\s*,\s*{_WEEKDAY}?{_FILED_ON}\s*(?:{_AGENCY})?{_DASH}", _FLAGS),
    re.compile(rf"{_PLACE}\s*{_AGENCY}\s*,?\s*(?:{_FILED_ON})?{_DASH}", _FLAGS),
    re.compile(rf"{_AGENCY}{_DASH}|{_AGENCY}\s*[-–—](?=\s*[^\W\d_])", _FLAGS),
    # An outlet's initials (upper case: "ASEAN - Trung Quốc" opens no report), maybe with the place and day.
    re.compile(r"(?:TTXVN|VNA|VOV(?:\.VN)?|VOV\d|VTV|VTC(?: News)?|NDO|TP|TTO|PLO|PLVN|QĐND|CAND|ANTĐ|SGGPO?|HNM|KTĐT|NLĐO"
               r"|ĐBND|GDVN|VOH|BNEWS|VietnamPlus|Vietnam\+|VnExpress|VnEconomy|Zing|[A-Z][\w-]{1,20}\.(?:vn|VN)"
               rf"|{_VN_INITIALS})(?:\s+(?:Online|online|Điện tử|điện tử))?(?:\s*/\s*{_PLACE}\s*,?\s*{_FILED_ON})?{_DASH}"),
    # "TGVN. Chiều 29/4, ...": a Vietnamese outlet's initials closed by a full stop ("TP. Hồ Chí Minh" is a city).
    re.compile(r"[A-ZĐ][A-ZĐ&]{1,6}VN\.\s+(?=[^\W\d_])"),
)
# "Jakarta, ngày 10/7/2023" on a line of its own, under the title: where and when the report was filed.
_DATELINE_ALONE = re.compile(rf"\s*{_PLACE}\s*,\s*{_WEEKDAY}?{_FILED_ON}\s*(?:{_AGENCY})?\s*$", _FLAGS)
_CREDITS += (_DATELINE_ALONE,)
_DATELINE_LINES = 6
# "Sáng nay, 10/8/2023 - ...": a time word before the comma is no place.
_NOT_A_PLACE = re.compile(rf"(?:{_PARTS_OF_DAY}|{_KW}|hôm|thứ|từ|trong|vào|đến|tới|năm|tháng)(?!\w)", _FLAGS)


@dataclass(frozen=True)
class ReportCredit:
    """The credit opening a report: its end (where the paragraph's own words begin) and the day it was filed, with
    its year when written ("Hà Nội, 18/8 (TTXVN) - " has none)."""
    end: int
    date_start: int | None = None
    date_end: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    place: tuple[int, int] | None = None    # where the credit names the place it was filed from


def report_credit(text: str, start: int = 0) -> ReportCredit | None:
    """The credit (place, day, agency) ``text`` opens with at ``start``, if any."""
    for pattern in _CREDITS:
        m = pattern.match(text, start)
        if m is None or not _a_place(m.groupdict().get("place")):
            continue
        place = (m.start("place"), m.end("place")) if m.groupdict().get("place") else None
        if m.groupdict().get("date") is None:
            return ReportCredit(m.end(), place=place)
        return ReportCredit(m.end(), m.start("date"), m.end("date"), int(m["d"]), int(m["m"]),
                            int(m["y"]) if m["y"] else None, place)
    return None


def _a_place(place: str | None) -> bool:
    """A place's name: up to five words, each capitalised ("Hội nghị ASEAN (AMM) - " names a meeting)."""
    if place is None:
        return True
    words = place.split()
    return len(words) <= 5 and not _NOT_A_PLACE.match(place) \
        and all(w[0].isupper() or w.lower() in _LOWER_IN_PLACES for w in words) and place[0].isupper()


# Words a place's name may hold in lower case: "Thành phố Hồ Chí Minh", "Thủ đô Viêng Chăn", "Rio de Janeiro".
_LOWER_IN_PLACES = frozenset({"phố", "đô", "de", "da", "du", "la", "del", "do"})


def dateline_alone(line: str) -> date | None:
    """The day of a line that is only a place and the day a report was filed, with its year ("Jakarta, ngày
    10/7/2023"), else None."""
    m = _DATELINE_ALONE.match(line)
    if m is None or not m["y"] or not _a_place(m["place"]):
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def opening_credit(text: str, start: int = 0) -> tuple[int, ReportCredit] | None:
    """(offset of its line, credit) of the report credit opening one of the first lines from ``start`` (a title
    opens with no credit: "Hội nghị ASEAN (AMM) - ..." is a name)."""
    pos = start
    for line in text[start:].split("\n")[:_DATELINE_LINES]:
        found = report_credit(line)
        if found is not None:
            return pos, found
        pos += len(line) + 1
    return None


def opening_dateline(text: str, start: int = 0) -> tuple[int, int, date] | None:
    """(start, end, day) of the date in a dateline opening one of the first lines ("Hà Nội, 10/8/2023 - Ngày
    8/8, ..."): the day the report was filed, not a day of what it tells. Only a day written with its year."""
    found = opening_credit(text, start)
    if found is None:
        return None
    pos, credit = found
    if credit.year is None or credit.date_start is None:
        return None
    try:
        day = date(credit.year, credit.month, credit.day)
    except ValueError:
        return None
    return pos + credit.date_start, pos + credit.date_end, day


# --------------------------------------------------------------------------- the day of writing

# "hôm nay (6/4)", "ngày mai (7/4)", "chiều qua (5/4)", "sáng nay 16-1": a deictic day written with its date.
_TOLD_FROM_TODAY = re.compile(
    rf"(?:(?:{_PARTS_OF_DAY})\s+(?:hôm\s+)?(?P<a>nay|qua|mai)|(?:ngày\s+)?hôm\s+(?P<b>nay|qua)|ngày\s+(?P<c>mai))"
    r"(?!\w)", _FLAGS)
_TODAY_SHIFT = {"nay": 0, "qua": 1, "mai": -1}


def implied_today(mentions: list[DateMention], year: int) -> date | None:
    """The day an undated article was written, when it writes a deictic day with its date ("kết thúc vào ngày
    mai (7/4)" -> 6/4); ``year`` is the article's. None when its such days disagree."""
    days = set()
    for m in mentions:
        told = _TOLD_FROM_TODAY.match(m.text)
        if not told or m.is_range or m.first.day is None or m.first.month is None:
            continue
        word = _words(told["a"] or told["b"] or told["c"])
        try:
            days.add(date(m.first.year or year, m.first.month, m.first.day) + timedelta(days=_TODAY_SHIFT[word]))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None
