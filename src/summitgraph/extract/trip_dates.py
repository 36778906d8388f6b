"""The dates of visits and talks: which date a sentence gives them, and which it does not ("kể từ năm 2018",
the day an invitation was made, a span of years), and the span of days a trip lasts."""
from __future__ import annotations

import re
from datetime import date

from summitgraph.extract import attributes as attr
from summitgraph.extract.dates import DateMention


# "kể từ năm 2018", "từ năm 2017 đến nay": a time measured from, not the time of what the sentence tells.
_SINCE = re.compile(r"\bke tu\s+(?:nam\s+)?$")
_FROM = re.compile(r"\btu\s+(?:nam\s+)?$")
_UNTIL_NOW = re.compile(r"\s*(?:den nay|toi nay|den gio)\b")


# "chuyến thăm đầu tiên kể từ khi nhậm chức hồi tháng 8/2023": the day of another event counted from.
_SINCE_WHEN = re.compile(r"\bke tu khi\b[^.;,]{0,50}$")


def _counted_from(folded: str, d: DateMention, lo: int) -> bool:
    before = max(lo, d.start - 12)
    return bool(_SINCE.search(folded, before, d.start) or _SINCE_WHEN.search(folded, max(lo, d.start - 70), d.start)
                or _FROM.search(folded, before, d.start) and _UNTIL_NOW.match(folded, d.end))


def dates_of_events(folded: str, dates: list[DateMention], lo: int, hi: int) -> list[DateMention]:
    """The dates of the sentence lo..hi that may date a visit or talk: not a year counted from."""
    return [d for d in attr.dates_in(dates, lo, hi)
            if not (_SINCE_WHEN.search(folded, max(lo, d.start - 70), d.start)
                    or d.first.day is None and _counted_from(folded, d, lo))]


_YEAR_REACH = 60
# "chuyến thăm Việt Nam của Thủ tướng A (tháng 1/2017)": a date in brackets after a mention, in its clause.
_BRACKET_AFTER = re.compile(r"[^,.;:()]{0,80}\(\s*$")


def bracketed_after(folded: str, dates: list[DateMention], end: int, hi: int) -> DateMention | None:
    """The date written in brackets right after a mention's clause: in a list of events each dated in
    brackets ("A (tháng 7/2016), B (tháng 9/2016), tiếp đó là C (tháng 1/2017)"), each item's own date,
    nearer its meaning than the bracket closing the item before."""
    for d in attr.dates_in(dates, end, hi):
        return d if _BRACKET_AFTER.fullmatch(folded, end, d.start) else None
    return None


# "A thăm Việt Nam tháng 5/2016, và B thăm Việt Nam năm 2017": a year said right after the destination; part of it
# too ("sẽ thăm Việt Nam vào đầu năm 2024, theo Bộ Ngoại giao ngày 15/12": not the day it was told).
_A_YEAR = re.compile(r"(?:(?:dau|cuoi|giua)\s+)?nam ")
_YEAR_AFTER = re.compile(r"\s*(?:(?:vao|hoi|trong)\s+)?$")


def year_right_after(folded: str, dates: list[DateMention], end: int, hi: int) -> DateMention | None:
    """A bare year written right after a visit's destination ("thăm Việt Nam năm 2017"): the visit's own,
    nearer its meaning than a month said for another visit of the sentence."""
    d = next(iter(attr.dates_in(dates, end, hi)), None)   # only the first date after it
    own = d is not None and d.first.month is None and d.first.year and _A_YEAR.match(folded, d.start) is not None
    return d if own and _YEAR_AFTER.fullmatch(folded, end, d.start) else None


# "thăm Nhật Bản từ ngày 5 đến 7/11, Hàn Quốc từ 7 đến 8/11 và ...": the span said right after a stop.
_SPAN_AFTER = re.compile(r"\s*(?:(?:tu|vao|trong)\s+)?(?:(?:cac\s+)?ngay\s+)?$")


def span_right_after(folded: str, dates: list[DateMention], end: int, hi: int) -> DateMention | None:
    """A span of days written right after a visit's destination: the stop's own, in a tour whose stops are each
    dated."""
    d = next(iter(attr.dates_in(dates, end, hi)), None)   # only the first date after it
    return d if d is not None and d.is_range and d.first.day and _SPAN_AFTER.fullmatch(folded, end, d.start) else None


def near_enough(chosen: DateMention | None, t_start: int, t_end: int) -> DateMention | None:
    """A bare year far from the verb dates another event of its sentence ("... kể từ khi hai bên bình
    thường hóa quan hệ vào năm 1995"), not the visit or talk; a day or month anywhere in it still counts."""
    if chosen is None or chosen.first.month is not None:
        return chosen
    distance = chosen.start - t_end if chosen.start >= t_end else t_start - chosen.end
    return chosen if distance <= _YEAR_REACH else None


def said_year(chosen: DateMention | None, dates: list[DateMention], year: int | None) -> int | None:
    """The year for a day-month written without one: the year the article writes with a full date of the
    same month ("từ ngày 28/6 đến ngày 1/7/2017" then "ngày 29/6"), when all such dates agree; else the
    article's year. A visit told twice, once with its year, is then one visit."""
    if chosen is None or chosen.first.year is not None or chosen.last.year is not None or chosen.first.month is None:
        return year
    said = set()
    for d in dates:
        for part in (d.first, d.last):
            if part.year and part.month == chosen.first.month and part.day:
                said.add(part.year)
    return said.pop() if len(said) == 1 else year


_TRIP_DAYS = 14


def trip_long(start: str | None, end: str | None) -> bool:
    """Whether start..end (full ISO days, or days of a year not said: "--07-13") can be one trip: two weeks at
    most."""
    def day(iso: str | None) -> date:
        return date.fromisoformat("2000" + iso[1:] if iso and iso.startswith("--") else iso or "")
    try:
        days = (day(end) - day(start)).days
    except ValueError:
        return False
    return 0 <= days <= _TRIP_DAYS


# How far after its verb a visit's span of days may be said: "chuyến thăm Việt Nam của Tổng thống A từ ngày 29
# đến 30/1" names the visitor between.
_SPAN_REACH = 150


# An event told before or after the visit ("sau khi dự Hội nghị X từ ngày 10 đến 11/5"): its span is not the
# visit's (one it is part of, "thăm Trung Quốc và dự Diễn đàn ... từ ngày 11 đến 15/5", shares it).
_OTHER_EVENT = re.compile(r"\b(?:sau khi|truoc khi|sau do|truoc do|ngay sau|tiep do)\b")


def span_after(ctx, folded, dates, year, chosen: DateMention | None, t_end: int, hi: int):
    """The span of days said after a visit verb ("... từ ngày 29 đến 30/1"), when the date nearest the verb is
    a single day (a dateline's, or the day of arrival): a visit lasts its span. None when there is no such
    span or the nearest date is one already."""
    if chosen is not None and (chosen.is_range or _own_month_after(chosen, t_end)):
        return None
    for d in attr.dates_in(dates, t_end, hi):
        if _OTHER_EVENT.search(folded, t_end, d.start):
            return None
        # Farther on, only a span from the day of arrival ("Ngày 23/6, ... tới Hà Nội, bắt đầu chuyến thăm ..., dự
        # các hoạt động ... và Hội nghị ... từ ngày 23 - 26/6").
        if d.start > t_end + _SPAN_REACH and not _from_the_day(chosen, d):
            continue
        if d.is_range and d.first.day:
            start, end = attr.resolve_date(d, ctx.anchor, said_year(d, dates, year), attr.article_reference(ctx, dates))
            return (d, (start, end)) if trip_long(start, end) else None
    return None


def _own_month_after(chosen: DateMention, t_end: int) -> bool:
    """Whether the visit's nearest date is a month said after its verb ("chuyến thăm Nhật Bản của Thủ tướng A hồi
    tháng 11/2021, ..."): the visit is dated by it, a span further on is another trip's."""
    return chosen.first.day is None and chosen.start >= t_end


def _from_the_day(chosen: DateMention | None, span: DateMention) -> bool:
    """Whether ``span`` starts on the single day ``chosen``."""
    return chosen is not None and chosen.first.day is not None and span.is_range \
        and (span.first.month, span.first.day) == (chosen.first.month, chosen.first.day)


# "mời Tổng thống A sớm thăm", "nhận lời mời sang thăm", "thăm Việt Nam vào thời gian thích hợp": a visit
# invited or accepted is to come ("theo lời mời của A, B thăm" tells the visit itself: "mời của" is left out).
# (a dot inside a name, "mời Tổng thống V.Pu-tin thăm", does not end the clause)
_INVITE = re.compile(r"\bmoi\b(?! cua)(?:[^.;:]|\.(?=\w)){0,70}$")
_WHEN_FITTING = re.compile(r"\s*(?:\w+\s+){0,3}?(?:vao|trong)\s+(?:mot\s+)?thoi (?:gian|diem) (?:thich hop|thuan tien|phu hop|som nhat|gan nhat|som)")
_SOON = re.compile(r"\bsom\s+(?:sang |den |toi )?$")


def invited(text: str, folded: str, t_start: int, dest_end: int, lo: int, hi: int) -> bool:
    """Whether a visit is told as an invitation made or accepted, not as a trip made or fixed."""
    invite = _INVITE.search(folded, max(lo, t_start - 70), t_start)
    if invite is not None and text[invite.start():invite.start() + 3].lower() == "mời":
        return True
    return bool(_SOON.search(folded, max(lo, t_start - 12), t_start) or _WHEN_FITTING.match(folded, dest_end, hi))
