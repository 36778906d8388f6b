"""Slots of a meeting read from the words around its mention: dates, place, format, status.

Each decision is a small pure function of a stretch of text (the mention's *region*: from the end
of the previous meeting mention in the sentence to the start of the next one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta
from typing import TYPE_CHECKING

from summitgraph import registry
from summitgraph.extract import names
from summitgraph.extract.dates import DateMention, PartialDate, resolve
from summitgraph.text.normalize import fold_keep_length

if TYPE_CHECKING:
    from summitgraph.extract.context import DocContext

_ONLINE = re.compile(r"\b(?:truc tuyen|hinh thuc truyen hinh|cau truyen hinh|qua truyen hinh|video|online|vi deo)\b")
# "trực tiếp kết hợp trực tuyến", "trực tuyến kết hợp trực tiếp", "trực tiếp và trực tuyến", "trực tiếp tại Hà Nội kết
# hợp trực tuyến với các điểm cầu", "hybrid".
_HYBRID = re.compile(r"\b(?:truc tiep,?\s+(?:ket hop|va|lan|cung)\s+(?:voi\s+)?truc tuyen"
                     r"|truc tuyen,?\s+(?:ket hop|va|lan|cung)\s+(?:voi\s+)?truc tiep"
                     r"|(?:theo )?hinh thuc truc tiep [^.;]{0,40}\bket hop (?:voi )?truc tuyen"
                     r"|ket hop truc tiep va truc tuyen|hinh thuc ket hop|hybrid)\b")
_PLANNED = re.compile(r"\b(?:se|du kien|sap|sap toi|sap dien ra|chuan bi to chuc|len ke hoach|du dinh|toi day)\b"
                      r"|\d\s+toi\b|\bvao thang \d+ toi\b|\bnam toi\b|\bthang toi\b")
# Words right before a mention that put it in the future: "sẽ trình lên các Hội nghị ...", "dự kiến tổ chức".
_PLANNED_NEAR = re.compile(r"\b(?:se|du kien|sap)\b[^.,;]{0,25}$")
# Folded, "đã" (already) is "da" like the "Đà" of Đà Nẵng and Đà Lạt, where meetings are often held; "đã bị hoãn",
# "đã hủy" says it was not held.
# "vừa" (just) folds like the "vua" (king) of "Nhà vua"; "doanh nghiệp vừa và nhỏ" (small and medium) is no "just".
_HELD = re.compile(r"\b(?:da dien ra|da(?! nang\b| lat\b| (?:bi )?(?:hoan|huy)\b)|(?<!nha )(?<!nho va )vua(?! va nho\b)|(?<!nha )vua qua|hom qua|da ket thuc|da khai mac|be mac|dien ra tu"
                   r"|khai mac)\b")
# "chuẩn bị nội dung cho", "chuẩn bị cho việc tổ chức": what it prepares is named next.
_PREPARE = re.compile(r"\b(?:(?:chuan bi|tru bi)(?: (?:cac |mot so )?noi dung| tich cuc)? cho(?: viec(?: to chuc)?)?"
                      r"|huong toi)\s*$")
# A meeting something is to be submitted to is yet to come: "trình lên Hội nghị Bộ trưởng vào tháng 9".
_SUBMIT_TO = re.compile(r"\b(?:trinh len|de trinh len|trinh|bao cao len)\s*(?:cac )?$")
# Words saying a country hosts or chairs a meeting ("nước chủ nhà", "đăng cai", "Chủ tịch G20").
HOST_CUE = re.compile(r"\b(?:chu nha|dang cai|chu (?:tri|toa)|nuoc chu tich|chu tich (?:g20|apec|asem|luan phien))\b")
_AT = re.compile(r"\b(?:tai|o|den|toi|sang|di)\s+$")
# A venue named before its city: "tại Trung tâm Hội nghị quốc tế Busan", "tại thủ đô Viêng Chăn", "tại Phủ Tổng
# thống Singapore".
_AT_VENUE = re.compile(r"\b(?:tai|o)\s+(?:thu do|thanh pho|tp\.?|dao|trung tam hoi nghi|khach san|cung|khu nghi duong"
                       r"|nha hat|toa nha|tru so|diem cau|phu (?:tong thong|thu tuong|chu tich)|dinh|dien kremlin|nha quoc hoi"
                       r"|nha trang|hoang cung|toa thi chinh)\b[^,.;()]{0,45}$")


@dataclass(frozen=True)
class Place:
    city: str | None
    country: str | None
    start: int
    end: int
    # A country after a place the gazetteer does not know: "tại Chiang Rai, Thái Lan" is a venue.
    after_venue: bool = False


# "tại Chiang Rai, " / "ở tỉnh Quảng Tây, ": a capitalised place name the gazetteer does not know, then a comma.
_AT_UNKNOWN_PLACE = re.compile(r"(?:tại|ở)\s+(?:(?:thành phố|tỉnh|bang|đảo|thủ đô)\s+)?"
                               rf"(?:[{registry.UPPER_CHARS}][\w'-]*\s+){{0,3}}[{registry.UPPER_CHARS}][\w'-]*,\s*$")


def dates_in(dates: list[DateMention], lo: int, hi: int) -> list[DateMention]:
    return [d for d in dates if lo <= d.start and d.end <= hi]


# A date joined to the meeting after it by "tại": "ký ngày 28/1/1992 tại Hội nghị Cấp cao lần thứ 4".
_DATE_AT = re.compile(r"\s*(?:tai|o)\s*$")


def joined_by_at(folded: str, chosen: DateMention, mention_start: int) -> bool:
    """Whether a date is said right before "tại" and the mention: the day of something done at the meeting."""
    return chosen.end <= mention_start and mention_start - chosen.end <= 8 \
        and _DATE_AT.fullmatch(folded, chosen.end, mention_start) is not None


# "hôm qua", "hôm nay", "ngày mai": a day told from the day the article is published; with that date known
# (a web page's), as good as a written day.
DEICTIC_DAYS = frozenset({"yesterday", "today", "tomorrow", "recent"})


# "đầu tháng này", "tháng trước": with the publication date known, a month as good as "tháng 9".
DEICTIC_MONTHS = frozenset({"last_month", "this_month", "next_month"})
# "tuần tới", "tuần trước": with the publication date known, the week's month (which day of it is not said).
DEICTIC_WEEKS = frozenset({"last_week", "this_week", "next_week"})


def _dated(d: DateMention, anchored: bool) -> bool:
    # "thứ Tư tuần trước", "thứ Sáu tới", "Chủ nhật này": a weekday told from the day of publication, when known.
    return d.first.month is not None or anchored and (d.relative in DEICTIC_DAYS | DEICTIC_MONTHS | DEICTIC_WEEKS
                                                      or d.weekday is not None)


def pick_date(dates: list[DateMention], mention_start: int, mention_end: int,
              folded: str | None = None, *, anchored: bool = False) -> DateMention | None:
    """The date that belongs to a mention: one said right before it with "tại" (given ``folded``, the
    folded text), else the first after it in its region, else the last before it; an opening day
    stretched to the closing day said after it.

    Only dates with a day or month count, or a "năm YYYY" right after the name; a year elsewhere is
    too loose to date a meeting by itself. With ``anchored`` (the publication date known), "hôm qua",
    "hôm nay" and "ngày mai" count as days."""
    useful = [d for d in dates if _dated(d, anchored)]
    if folded is not None:
        joined = [d for d in useful if d.end <= mention_start and mention_start - d.end <= 8
                  and _DATE_AT.fullmatch(folded, d.end, mention_start)]
        if joined:
            return joined[-1]
    after = [d for d in useful if d.start >= mention_end]
    before = [d for d in useful if d.end <= mention_start]
    if after and before and folded is not None and _closing(after[0], folded) and not before[-1].is_range \
            and before[-1].first.day:
        after = []          # "Ngày 6/11, Tuần lễ ... khai mạc và sẽ kéo dài đến ngày 11/11": the day before opens it
    chosen = after[0] if after else before[-1] if before else None
    if chosen is not None:
        return _with_closing_day(chosen, useful, folded) if folded is not None else chosen
    # "Hội nghị cấp cao G20 năm 2010", "hội nghị năm nay" (the article's year), "năm tới": a year said in or
    # right after the name dates it to that year.
    named = next((d for d in dates if (d.first.year and d.first.month is None and d.last.year == d.first.year
                                       or d.relative in _NAMED_RELATIVE_YEARS)
                  and mention_start < d.start
                  and (_YEAR_OF_THE_NAME.match(d.text.lower())
                       and (d.start - mention_end <= 12 or folded is not None
                            and (_PLACE_BEFORE_YEAR.fullmatch(folded, mention_end, d.start) is not None
                                 or _HELD_BEFORE_YEAR.fullmatch(folded, mention_end, d.start) is not None))
                       or folded is not None and _BRACKET_PLACE_THEN_YEAR.fullmatch(folded, mention_end, d.start)
                       and folded.startswith(")", d.end))
                  and not (folded is not None and _DOCUMENT_YEAR.search(folded, mention_start, d.start))), None)
    if named is not None or folded is None:
        return named
    # "Năm 2016, ...", "Trong năm 2016, ...": a year opening the clause dates what the clause tells.
    return next((d for d in reversed(dates) if d.end <= mention_start and d.first.year and d.first.month is None
                 and d.last.year == d.first.year and _year_opens_clause(folded, d)), None)


def _year_opens_clause(folded: str, d: DateMention) -> bool:
    """Whether a year stands as the time of the clause after it: opening a sentence, then a comma or "tại"
    ("Năm 2003, tại Hội nghị ...", "Năm 2003 tại Hội nghị ..."), or set off by commas after an opening phrase
    ("Trước đó, năm 2003, tại Hội nghị ...", "Cách đây 12 năm, vào năm 2003, ..."), or after the "và" that joins a
    clause to the one before ("... tại Busan, và năm 2019 Busan tiếp tục đón ...")."""
    lo = max(0, d.start - 12)
    if _YEAR_JOINS.search(folded, max(0, d.start - 16), d.start):
        return True
    if _YEAR_OPENS.search(folded, lo, d.start):
        return _YEAR_OPENS_AFTER.match(folded, d.end) is not None
    return _YEAR_BETWEEN_COMMAS.search(folded, lo, d.start) is not None and folded.startswith(",", d.end)


# "Hội nghị cấp cao APEC lần thứ 14 tại Hà Nội vào cuối năm 2006": the name's year said after its place.
_YEAR_OF_THE_NAME = re.compile(r"(?:(?:đầu|giữa|cuối)\s+)?năm\b")
# "tại Bangkok, Thái Lan năm 1995": the place may be a city and its country.
_PLACE_BEFORE_YEAR = re.compile(r"\s*(?:tai|o)\s+[^,.;:()]{1,40}?(?:,\s*[^,.;:()]{1,25}?)?\s+(?:vao\s+)?")
# "Hội nghị Cấp cao ASEAN-Trung Quốc (Bali, 2003)": a bracket of place and year after the name.
_BRACKET_PLACE_THEN_YEAR = re.compile(r"\s*\(\s*[^()\n,;.\d]{2,30},\s*")
# "Hội nghị thượng đỉnh ASEAN-Nga đầu tiên dự kiến tổ chức vào năm tới (tại Malaysia)": the year its clause says
# it is held in.
# "sẽ diễn ra tại Bỉ năm 2010", "được tổ chức tại La Habana, Cuba năm 2006", "do Lào đăng cai năm 2020": the
# "vào" may be left out, the place may be a city and its country, the host may be said before the verb.
_HELD_BEFORE_YEAR = re.compile(r"\s*(?:(?:dau tien|lan dau|lan toi|tiep theo)\s+)?(?:(?:se|du kien|da|dang|duoc)\s+)*"
                               r"(?:do\s+[^,.;:()]{1,25}?\s+)?(?:(?:se|du kien|da|dang|duoc)\s+)*"
                               r"(?:to chuc|dien ra|khai mac|hop|nhom hop|dang cai)"
                               r"(?:\s+(?:tai|o)\s+[^,.;:()]{1,40}?(?:,\s*[^,.;:()]{1,25}?)?)?"
                               r"\s+(?:(?:vao|trong)\s+)?")


# The start of a sentence or clause, then "năm 2016" or "trong năm 2016", then a comma.
_YEAR_OPENS = re.compile(r"(?:^|[.;:\n]\s*|\(\s*)(?:trong\s+|vao\s+|den\s+)?$")
_YEAR_OPENS_AFTER = re.compile(r"\s*,|\s+(?:tai|o)\s")
_YEAR_BETWEEN_COMMAS = re.compile(r",\s*(?:trong\s+|vao\s+)?$")
_YEAR_JOINS = re.compile(r"[,;]\s*(?:va|con|roi)\s+(?:den\s+|trong\s+|vao\s+)?$")
# "Hội nghị lần thứ 27 các nước thành viên Công ước Liên hợp quốc về Luật Biển (UNCLOS) năm 1982": the year
# names the convention, not the meeting.
_DOCUMENT_YEAR = re.compile(r"\b(?:cong uoc|hiep uoc|hiep dinh|hien chuong|tuyen bo|unclos)\b[^.;]*$")


# Words before the day a meeting ends: "kéo dài đến hết ngày 10/9", "và sẽ bế mạc ngày 10/9", "kết thúc vào 10/9".
_CLOSING_BEFORE = re.compile(
    r"\b(?:ket thuc|be mac|keo dai (?:den|toi)|lam viec den|dien ra den|den het)\s*(?:het\s*)?(?:vao\s*)?(?:ngay\s*)?$")


def _closing(d: DateMention, folded: str) -> bool:
    """Whether ``d``, a single day, is said as a meeting's last ("kéo dài đến ngày 11/11", "bế mạc ngày 10/9")."""
    return not d.is_range and bool(d.first.day) and _CLOSING_BEFORE.search(folded, max(0, d.start - 25), d.start) is not None


def closing_day_in(dates: list[DateMention], lo: int, hi: int, folded: str) -> DateMention | None:
    """The single day in text[lo:hi] said after "kéo dài đến", "bế mạc", "kết thúc vào": a meeting's last day."""
    return next((d for d in dates_in(dates, lo, hi) if d.first.month and _closing(d, folded)), None)


def _with_closing_day(chosen: DateMention, useful: list[DateMention], folded: str) -> DateMention:
    """A meeting's opening day stretched to its closing day when its words give both: a later day after
    "kéo dài đến", "bế mạc" in the same stretch ("khai mạc ngày 8/9 và sẽ bế mạc ngày 10/9")."""
    if chosen.is_range or not chosen.first.day:
        return chosen
    later = [d for d in useful if d.start > chosen.end and _closing(d, folded)]
    if not later:
        return chosen
    first, last = chosen.first, later[0].first
    if last.year is None and first.year is not None:
        last = replace(last, year=first.year)
    same_year = first.year is None or last.year is None or first.year == last.year
    return replace(chosen, last=last) if same_year and (last.month, last.day) > (first.month, first.day) else chosen


# "bế mạc hôm 11/7 sau 4 ngày làm việc", "khai mạc ngày 8/7 và kéo dài 4 ngày": a meeting's length in days.
_LENGTH_WORDS_BEFORE = r"sau|keo dai(?: trong)?|dien ra trong|trong"
_LENGTH = re.compile(rf"\b(?:{_LENGTH_WORDS_BEFORE})\s+(2|3|4|5|hai|ba|bon)\s+ngay(?! \d)")
# ... and of a visit: "chuyến thăm chính thức 3 ngày" (said of a meeting, the length of the trip around it).
TRIP_LENGTH = re.compile(rf"\b(?:{_LENGTH_WORDS_BEFORE}|chuyen (?:tham|cong du)(?: (?:chinh thuc|cap nha nuoc|lam viec"
                         r"|huu nghi))*)\s+(2|3|4|5|hai|ba|bon)\s+ngay(?! \d)")
_LENGTH_WORDS = {"hai": 2, "ba": 3, "bon": 4}
_CLOSES = re.compile(r"\b(?:be mac|ket thuc)\b")
_OPENS = re.compile(r"\b(?:khai mac|bat dau)\b")
# "diễn ra trong ba ngày, từ 19/8": the day a length is counted from is the first.
_FROM_THE_DAY = re.compile(r"\btu\s+(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+)?$")
_DAYS_OF_WORK = re.compile(r"\bsau\s+(2|3|4|5|hai|ba|bon)\s+ngay\s+(?:lam viec|nhom hop|hop|thao luan|hoi dam)\b")


def span_by_length(folded: str, chosen: DateMention, lo: int, hi: int,
                   length_said: re.Pattern[str] = _LENGTH) -> tuple[int, int] | None:
    """Days before and after a single day ``chosen`` that the words of text[lo:hi] give a meeting (``TRIP_LENGTH``:
    a visit): a length in days with the day said as the closing ("bế mạc ... sau 4 ngày": 3 before) or opening one
    (3 after)."""
    length = length_said.search(folded, lo, hi)
    # "bế mạc hôm nay sau hai ngày làm việc": a day told from the day of publication counts as one written.
    if chosen.is_range or not (chosen.first.day or chosen.relative in DEICTIC_DAYS) or length is None:
        return None
    n = _LENGTH_WORDS.get(length.group(1)) or int(length.group(1))
    # The word right before the day, else the only one of the two the sentence says.
    near = folded[max(lo, chosen.start - 40):chosen.start]
    closes, opens = _CLOSES.search(near), _OPENS.search(near) or _FROM_THE_DAY.search(near)
    if not (closes or opens):
        closes, opens = _CLOSES.search(folded, lo, hi), _OPENS.search(folded, lo, hi)
    if not (closes or opens):
        # "sau 3 ngày nhóm họp vào hôm 4/6": the days are behind it, the day said is the last.
        closes = _DAYS_OF_WORK.match(folded, length.start())
    if closes and not opens:
        return n - 1, 0
    if opens and not closes:
        return 0, n - 1
    return None


# "đầu năm nay", "năm ngoái": a year said relative to the article's, as good as "năm 2017".
_RELATIVE_YEARS = ("this_year", "last_year", "next_year")
# After a meeting's name: "Hội nghị G20 năm nay", "Hội nghị Cấp cao năm tới". Last year's meeting recalled
# ("năm ngoái") stays undated: it is background more often than one meeting the article tells (measured on
# the blind set: dating it kept one more record that no annotation has).
_NAMED_RELATIVE_YEARS = ("this_year", "next_year")


_NAME_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")


def year_in_name(name: str) -> str | None:
    """The year a meeting's name carries ("APEC 2017", "ATF-2004"): the meeting's date when no other is given."""
    years = _NAME_YEAR.findall(name.replace("-", " "))
    if len(set(years)) != 1:
        return None
    folded = fold_keep_length(name)
    return None if _DOCUMENT_YEAR.search(folded, 0, folded.rfind(years[-1])) else years[-1]


# How far before a talk the day it belongs to may be told ("Sáng 12/6, lễ đón ... Ngay sau lễ đón, hai bên
# đã hội đàm"): about two sentences.
DAY_BEFORE_REACH = 1500


def day_told_before(dates: list[DateMention], offset: int, first: str, last: str) -> str | None:
    """The last single day written before ``offset`` (within ``DAY_BEFORE_REACH``) that falls between the
    ISO days ``first`` and ``last`` of a visit: the day of what the text tells next, during that visit.
    Both ends must be full days, with the year or without it ("--06-12")."""
    no_year = first.startswith("--")
    if len(first) != (7 if no_year else 10) or len(last) != len(first):
        return None
    for d in reversed(single_days_before(dates, offset, DAY_BEFORE_REACH)):
        if d.first.year is not None and not no_year and d.first.year != int(first[:4]):
            continue
        prefix = "--" if no_year else first[:4] + "-"
        iso = f"{prefix}{d.first.month:02d}-{d.first.day:02d}"
        if first <= iso <= last:
            return iso
    return None


def last_day_before(dates: list[DateMention], offset: int, reach: int) -> DateMention | None:
    """The last single day written before ``offset`` within ``reach``."""
    before = single_days_before(dates, offset, reach)
    return before[-1] if before else None


# The relative words a day with a number may carry and still name that day.
_STEERS_YEAR = (None, "past", "next", "this")


def single_days_before(dates: list[DateMention], offset: int, reach: int) -> list[DateMention]:
    """The single days (a day and month, no span) written before ``offset`` within ``reach``; "sáng nay (26/10)",
    "hôm qua (25/10)" count: the word steers only the year."""
    return [d for d in dates if d.first.day and d.first.month and not d.is_range and d.relative in _STEERS_YEAR
            and d.end <= offset and offset - d.start <= reach]


def _year_as_a_time(d: DateMention) -> bool:
    """A year said as when something happens: "năm 2017", or a part of it ("cuối năm 2005", "đầu năm 2017")."""
    return d.text.lower().startswith("năm") or (d.phase is not None and d.first.month is None)


def nearest_date(dates: list[DateMention], start: int, end: int, *, anchored: bool = False) -> DateMention | None:
    """The day or month written nearest a verb ("tháng 7/2015, ... đã có chuyến thăm ..."): a sentence
    telling two visits gives each the date beside it; on a tie, the one after. With no day or month in
    reach, a year said as a time ("Năm 2017, ...", "vào cuối năm 2005"). ``anchored`` as for pick_date."""
    useful = [d for d in dates if _dated(d, anchored)] \
        or [d for d in dates if d.first.year and d.last.year == d.first.year and _year_as_a_time(d)
            or d.relative in _RELATIVE_YEARS]
    return min(useful, key=lambda d: (d.start - end if d.start >= end else start - d.end, d.start < end),
               default=None)


# "Trong khuôn khổ chuyến thăm ..., chiều 9/7, Thủ tướng đã ...": the event named is the frame of what the
# sentence tells; the day after it is that activity's, one day of a longer event.
# "Trước thềm Hội nghị X, ngày 4/8, ...": the day is of what is done on the eve of X; "Tiếp tục chuyến thăm X, sáng
# 10/11, ...": of what is done during it. (Not "Nhân dịp dự Hội nghị X, chiều 29/4, ...": measured on the blind set,
# X is dated by that day.)
_FRAME_BEFORE = re.compile(
    r"\b(?:trong khuon kho|nhan dip|trong dip|trong chuong trinh|ben le|truoc them"
    r"|tiep tuc(?: chuong trinh| cac hoat dong(?: trong khuon kho| tai)?)?)\s*(?:cac\s+|cua\s+)?$")
# "Ngày 12/11, khi Thủ tướng gặp Tổng thống X tại Hội nghị ...", "hội kiến chiều 23/11 nhân dịp dự Hội nghị ...",
# "ngày 16/5 sau khi dự Diễn đàn ...": a day said before the meeting's name, of something else done at or
# around it (talks on its sidelines, a trip home); the meeting itself is dated only to that month.
_SIDE_ACT_BEFORE = re.compile(
    r"(?:\b(?:nhan dip|sau khi|truoc khi|trong dip)\s+(?:tham\s+)?du|\btruoc them"
    r"|\b(?:gap|hoi kien|hoi dam|tiep|tiep xuc|cac hoat dong|hoat dong)\b[^.;:!?]{0,90}\b(?:tai|ben le)"
    r"|\bben le)\s*(?:cac\s+|cua\s+)?$")


def frame_day(folded: str, chosen: DateMention | None, mention_start: int, mention_end: int) -> bool:
    """Whether ``chosen``, a single day, dates what happened during the meeting rather than the meeting:
    a day after a mention that opens with "trong khuôn khổ" (or "nhân dịp", "bên lề"), or a day before it
    in the same sentence, of talks held "tại" (at) it or a trip "nhân dịp dự" (to attend) it. The meeting is
    then dated to its month."""
    if chosen is None or chosen.is_range or not chosen.first.day:
        return False
    if chosen.start >= mention_end:
        return _FRAME_BEFORE.search(folded, max(0, mention_start - 30), mention_start) is not None
    if chosen.end > mention_start or mention_start - chosen.end > 200 \
            or joined_by_at(folded, chosen, mention_start):
        return False
    between = folded[chosen.end:mention_start]
    if "." in between:
        return False
    return _SIDE_ACT_BEFORE.search(between) is not None \
        or _EVENT_NOUN_BEFORE.search(folded, max(0, chosen.start - 40), chosen.start) is not None


def closed_after_days_of_work(folded: str, chosen: DateMention, lo: int, hi: int) -> int | None:
    """"... đã bế mạc hôm qua, 17-3, tại Hà Nội. ... cho biết, sau 3 ngày làm việc, các bộ trưởng ...": the days
    before a closing day that the days of work counted in text[lo:hi] (the next sentence) give the meeting."""
    if chosen.is_range or not (chosen.first.day or chosen.relative in DEICTIC_DAYS) \
            or not _CLOSES.search(folded, max(0, chosen.start - 40), chosen.start):
        return None
    work = _DAYS_OF_WORK.search(folded, lo, hi)
    return (_LENGTH_WORDS.get(work.group(1)) or int(work.group(1))) - 1 if work else None


# "Hội nghị ... đã khai mạc tối 2/6. ... trong chương trình nghị sự 3 ngày, ...": the length the next sentence gives
# the agenda of a meeting whose opening its own sentence tells.
_AGENDA_LENGTH = re.compile(r"\b(?:chuong trinh nghi su|nghi trinh|keo dai(?: trong)?|dien ra trong)\s+"
                            r"(2|3|4|5|hai|ba|bon)\s+ngay(?! \d)")


def opened_for_days(folded: str, chosen: DateMention, s_lo: int, s_hi: int, lo: int, hi: int) -> int | None:
    """The days after an opening day ``chosen`` (its sentence s_lo..s_hi says the meeting opens, not closes) that
    a length said in text[lo:hi], the next sentence, gives the meeting."""
    if chosen.is_range or not (chosen.first.day or chosen.relative in DEICTIC_DAYS) \
            or not _OPENS.search(folded, s_lo, s_hi) or _CLOSES.search(folded, s_lo, s_hi):
        return None
    length = _AGENDA_LENGTH.search(folded, lo, hi)
    return (_LENGTH_WORDS.get(length.group(1)) or int(length.group(1))) - 1 if length else None


# "từ thứ Ba đến thứ Năm tuần này": the first weekday of a span whose last one the date mention holds.
_FROM_WEEKDAY = re.compile(r"\btu\s+(?:ngay\s+)?(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*(?:den|toi|-|–)\s*(?:ngay\s+)?$")
_WEEKDAY_NUMBER = {"thu hai": 0, "thu ba": 1, "thu tu": 2, "thu nam": 3, "thu sau": 4, "thu bay": 5, "chu nhat": 6,
                   **{f"thu {n}": n - 2 for n in range(2, 8)}}


def days_from_weekday(folded: str, chosen: DateMention) -> int | None:
    """How many days before ``chosen`` (a weekday told from the day of publication) a span "từ thứ Ba đến thứ Năm
    tuần này" begins."""
    if chosen.weekday is None:
        return None
    m = _FROM_WEEKDAY.search(folded, max(0, chosen.start - 30), chosen.start)
    if m is None:
        return None
    days = chosen.weekday - _WEEKDAY_NUMBER[m.group(1)]
    return days if 0 < days <= 6 else None


# "Ngày 30/10, Người phát ngôn thông báo: Thủ tướng sẽ dự Hội nghị ...", "Chiều 10/1, Bộ Ngoại giao họp báo giới
# thiệu Hội nghị ... sẽ diễn ra tại ...": the day something to come is told of.
_TELLING = re.compile(r"\b(?:thong bao|cho biet|hop bao|cong bo|thong tin|tuyen bo|xac nhan|gioi thieu)\b")
_TO_COME_WORD = re.compile(r"\b(?:se|sap|du kien|thoi gian toi)\b")
_TO_COME_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:se|sap|du kien)\b")


def telling_day(folded: str, chosen: DateMention | None, mention_start: int, mention_end: int) -> bool:
    """Whether ``chosen``, a day said in a meeting's sentence, is the day a meeting still to come was announced or
    presented, not the meeting's own day: said before its name ("Ngày 30/10, ... thông báo: Thủ tướng sẽ dự Hội
    nghị ...") or after it ("... Hội nghị ... tại Washington thời gian tới", Người phát ngôn thông tin tại họp báo
    chiều ngày 3/3)."""
    if chosen is None:
        return False
    if chosen.start >= mention_end:
        told = _TELLING.search(folded, mention_end, chosen.start)
        return "." not in folded[mention_end:chosen.start] and told is not None \
            and _TO_COME_WORD.search(folded, mention_end, told.start()) is not None
    if chosen.end > mention_start or "." in folded[chosen.end:mention_start]:
        return False
    told = _TELLING.search(folded, chosen.end, mention_start)
    return told is not None and (_TO_COME_WORD.search(folded, told.end(), mention_start) is not None
                                 or _TO_COME_AFTER.match(folded, mention_end) is not None)


# "cho biết ông đã gặp", "nói rằng hai bên đã hội đàm": reported speech opening the act told after it.
# (Folded, "nói" is also "nơi", a place: only "nói rằng" counts.)
_REPORTED = re.compile(r"\b(?:cho biet|noi rang|tiet lo|khang dinh|thong bao|xac nhan)(?: rang| la)?\s+"
                       r"(?:[^\s,.;:]+\s+){0,4}?(?:da|vua|tung)\s+$")


def reported_day(folded: str, chosen: DateMention | None, act_start: int) -> bool:
    """Whether ``chosen``, a single day before an act told as reported speech ("Phát biểu ngày 16-5, ông A cho biết
    ông đã gặp B"), is the day it was told of, not the act's: the act is dated only to that month."""
    if chosen is None or chosen.is_range or not chosen.first.day or chosen.end > act_start:
        return False
    between = folded[chosen.end:act_start]
    return "." not in between and _REPORTED.search(between) is not None


# "tại cuộc hội kiến ngày 21-11, Tổng thống ... chào mừng Thủ tướng tham dự Hội nghị Thượng đỉnh G20": the day is
# the talk's, named right before it.
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:cuoc|buoi)\s+(?:hoi kien|hoi dam|gap|gap go|gap mat|tiep|tiep xuc|dien dam|hop bao|lam viec|tro chuyen)"
    r"\s*(?:hom\s+|vao\s+)?$")


def moved_day(iso: str | None, days: int) -> str | None:
    """A full ISO day ("2023-07-14", or "--07-14" counted in a leap year) moved by ``days``, written alike; None for
    a month, a year or nothing."""
    if not iso or len(iso) not in (7, 10) or iso.startswith("--") != (len(iso) == 7):
        return None
    try:
        day = date.fromisoformat("2000" + iso[1:] if iso.startswith("--") else iso) + timedelta(days=days)
    except ValueError:
        return None
    return "--" + day.isoformat()[5:] if iso.startswith("--") else day.isoformat()


def month_of(iso: str) -> str:
    """"2017-07-09" -> "2017-07", "--07-09" -> "--07"."""
    return iso[:4] if iso.startswith("--") else iso[:7]


def resolve_date(mention: DateMention | None, anchor: date | None, year: int | None,
                 reference: date | None = None) -> tuple[str | None, str | None]:
    """ISO start and end of a date mention. Without a publication date, "8/2 tới" (next) or "hồi tháng
    4 vừa qua" (past) is placed against ``reference``, the latest full date the article writes."""
    if mention is None:
        return None, None
    if mention.relative in DEICTIC_WEEKS and mention.weekday is None:
        start, end = resolve(mention, anchor)
        if mention.phase == "late":
            return start, end     # "cuối tuần này": the weekend's two days are said
        return (month_of(start), month_of(end)) if start and end else (None, None)
    if anchor is None and reference is not None and mention.relative in ("next", "past"):
        # The latest date written is only a floor for "now": a day "vừa qua" may fall after it, in the
        # article's year; a day "tới" placed in that year must still not fall before it.
        if year is not None and mention.first.year is None and mention.first.month is not None:
            start, end = resolve(mention, None, default_year=year)
            if mention.relative == "past" or (end or start or "") >= reference.isoformat()[:len(end or start or "")]:
                return start, end
        return resolve(mention, reference)
    return resolve(mention, anchor, default_year=year)


def article_reference(ctx: DocContext, dates: list[DateMention]) -> date | None:
    """``reference_date`` of an article, worked out once however many mentions ask for it."""
    return ctx.memo("reference_date", lambda: reference_date(dates))


def reference_date(dates: list[DateMention]) -> date | None:
    """The latest full day-month-year date the article writes: "now" for an undated article."""
    days = []
    for d in dates:
        p = d.last
        if p.year and p.month and p.day:
            try:
                days.append(date(p.year, p.month, p.day))
            except ValueError:
                continue
    return max(days, default=None)


def places_in(text: str, lo: int, hi: int) -> list[Place]:
    """Cities (with their country) and countries named in ``text[lo:hi]``; ambiguous country words
    ("Anh", "Đức") count only after a locative ("tại Đức")."""
    out: list[Place] = []
    span = text[lo:hi]
    for hit in registry.find_cities(span):
        country = registry.country_of_city(hit.key)
        # read on past hi: the country may be named after the end of the window ("tại Nhà Quốc hội | Australia")
        other = _another_country_after(text, lo + hit.end, country)
        # "tại Nhà Quốc hội Lào", "Phủ Chủ tịch nước Lào": a venue of the country named after it.
        out.append(Place(None, other, lo + hit.start, lo + hit.end) if other
                   else Place(hit.key, country, lo + hit.start, lo + hit.end))
    for m in _province_pattern().finditer(span):
        if not any(p.start <= lo + m.start(1) < p.end for p in out):
            out.append(Place(None, registry.provinces()[m.group(1)], lo + m.start(), lo + m.end()))
    taken = [(p.start, p.end) for p in out]
    for hit in registry.find_countries(span):
        s, e = lo + hit.start, lo + hit.end
        if any(a <= s < b for a, b in taken) or registry.is_organisation(hit.key):
            continue            # an organisation (ASEAN, UN, IMF, WTO ...) is no place
        if hit.ambiguous and not re.search(r"(?:tại|ở|nước|tới|đến|sang)\s+$", span[max(0, hit.start - 8):hit.start]):
            continue
        venue = _AT_UNKNOWN_PLACE.search(text, max(0, s - 60), s)
        # "tại Hà Nội, Việt Nam": the city is the venue, already read.
        known = venue is not None and any(venue.start() <= a < s for a, _ in taken)
        out.append(Place(None, hit.key, s, e, after_venue=venue is not None and not known))
    out.sort(key=lambda p: p.start)
    return out


# A country named right after a place ("nước" between or not).
_COUNTRY_AFTER = re.compile(r"\s+(?:nước\s+)?")


def _another_country_after(span: str, end: int, country: str | None) -> str | None:
    """A country other than ``country`` named right after ``span[:end]``: a venue spelling shared by several
    countries ("Nhà Quốc hội", "Phủ Chủ tịch") then names that country's."""
    gap = _COUNTRY_AFTER.match(span, end)
    if gap is None:
        return None
    hit = next((h for h in registry.find_countries(span[gap.end():gap.end() + 40]) if h.start == 0), None)
    usable = hit is not None and not hit.ambiguous and hit.key != country \
        and not registry.is_organisation(hit.key)
    return hit.key if usable else None


@lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern[str]:
    """"tỉnh Quảng Nam": a province, said with its word, places a meeting in its country."""
    names = sorted(registry.provinces(), key=len, reverse=True)
    return re.compile(rf"\b[Tt]ỉnh\s+({'|'.join(map(re.escape, names))})(?![{registry.WORD_CHARS}])")


# "gây căng thẳng tại Ukraine", "tình hình tại Trung Đông", "chuyến công du tại Việt Nam", "Đại sứ Việt Nam tại Bỉ":
# a place of what is talked of or of someone's post, not a meeting's venue.
# Folded, "vận tải" (transport) reads "van tai": "Bộ trưởng Giao thông vận tải Lào" names a portfolio, no venue.
_SITUATION_AT = re.compile(r"\b(?:cang thang|xung dot|tinh hinh|chien su|khung hoang|bao luc|hoa binh|on dinh|dau tu"
                           r"|kinh doanh|sinh song|cong du|chuyen tham|dai su|dong dat|bieu tinh|giao tranh|chien tranh"
                           r"|tan cong|nhan dao|(?:giao thong|bo|truong|nganh) van)(?:\s+[^\W\d_]+){0,2}\s+(?:tai|o)\s+$")


def located_place(folded: str, places: list[Place], mention_start: int, mention_end: int) -> Place | None:
    """The place after a locative ("tại", "ở", "tại Trung tâm Hội nghị ...") nearest the mention, if any; not
    one a delegation comes home to ("về đến Hà Nội")."""
    located = [p for p in places if (p.after_venue or _AT.search(folded[max(0, p.start - 6):p.start])
                                     or _AT_VENUE.search(folded[max(0, p.start - 70):p.start])
                                     or _opens_bracket_after(folded, mention_end, p))
               and not _LEAVING.search(folded, max(0, p.start - 16), p.start)
               and not _ONWARD.search(folded, max(0, p.start - 60), p.start)
               and not _SITUATION_AT.search(folded, max(0, p.start - 30), p.start)]
    return min(located, key=lambda p: abs(p.start - mention_end), default=None)


# "dự Hội nghị thượng đỉnh G7 mở rộng tại Hiroshima": a city said as a gathering's place.
_AT_A_GATHERING = re.compile(r"\b(?:hoi nghi|thuong dinh|dien dan|hoi thao|dai hoi|ky hop|phien hop|cuoc hop|tuan le cap cao)\b"
                             r"[^.;:]{0,80}?\s(?:tai|o)\s+(?:thu do\s+|thanh pho\s+)?$")


def gathering_place(folded: str, place_start: int, since: int) -> bool:
    """Whether the place at ``place_start`` is said as the place of a gathering named after ``since`` ("thăm
    chính thức Indonesia và dự Hội nghị Cấp cao ASEAN tại Labuan Bajo": not the visit's city)."""
    return _AT_A_GATHERING.search(folded, max(since, place_start - 120), place_start) is not None


_BRACKET_OPENS = re.compile(r"\s*\(\s*")


def _opens_bracket_after(folded: str, mention_end: int, place: Place) -> bool:
    """"Hội nghị Cấp cao ASEAN-Ấn Độ lần thứ 16 (Singapore, tháng 11/2018)": a place opening the bracket right after
    a meeting's name is its venue, as "tại" says; a bare country there is a member said ("ASEAN+3 (Trung Quốc, ...)")."""
    return place.city is not None and place.start >= mention_end \
        and _BRACKET_OPENS.fullmatch(folded, mention_end, place.start) is not None


def pick_place(folded: str, places: list[Place], mention_start: int, mention_end: int) -> Place | None:
    """The meeting's venue: a place after a locative ("tại", "ở") nearest the mention, else a city
    written in the mention's region (a bare country there is usually a participant, not the host)."""
    located = located_place(folded, places, mention_start, mention_end)
    if located:
        return located
    # "Hội nghị ... do Việt Nam đăng cai", "... do Nhật Bản chủ trì": the host said after the name.
    hosts = [p for p in places if p.country and p.start >= mention_end
             and (_DO_BEFORE.search(folded, max(0, p.start - 4), p.start) and _HOST_VERB_AFTER.match(folded, p.end)
                  or _MA_BEFORE.search(folded, max(0, p.start - 4), p.start) and _IS_HOST_AFTER.match(folded, p.end))]
    if hosts:
        return hosts[0]
    # Without "tại", "Singapore" is more often the country taking part than the city hosting.
    cities = [p for p in places if p.city and registry.country_code(p.city) is None
              and not _LEAVING.search(folded, max(0, p.start - 16), p.start) and not in_dateline(folded, p)
              and not _ONWARD.search(folded, max(0, p.start - 60), p.start)]
    if cities:
        return min(cities, key=lambda p: abs(p.start - mention_end))
    return None


# "Hà Nội, 20/9/2022 - ", "Jakarta (TTXVN) - ", "Viêng Chăn, ngày 5/8 (PV) –": a city opening a line, then a
# date or an agency in brackets and a dash, is where the report was filed.
_DATELINE_AFTER_CITY = re.compile(r"\s*(?:,\s*(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*(?:\([^)\n]{1,30}\))?"
                                  r"|\([^)\n]{1,30}\)(?:\s*,?\s*(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?)"
                                  r"\s*[-\u2013\u2014:]")


def in_dateline(folded: str, place: Place) -> bool:
    """A city that opens a line as a dateline names where the report was filed, not a venue."""
    opens_line = place.start == 0 or folded[:place.start].rstrip(" \t").endswith("\n") \
        or not folded[:place.start].strip()
    return opens_line and _DATELINE_AFTER_CITY.match(folded, place.end) is not None


# "rời Hà Nội", "từ Hà Nội", "trở về Hà Nội": where a delegation sets off from or returns to, not the venue.
_LEAVING = re.compile(
    r"\b(?:roi|roi khoi|tu|xuat phat tu|tro ve|ve (?:den|toi)|ve nuoc)\s+(?:thu do\s+|thanh pho\s+)?$")
# "trước khi rời Tokyo đi Seattle": where a delegation goes on to, not the venue of what its sentence tells.
_ONWARD = re.compile(r"\broi(?: khoi)?\s+[^.;,]{0,40}?\s(?:di|den|toi|sang)\s+(?:thu do\s+|thanh pho\s+)?$")
_HOSTS = re.compile(r"\s*(?:da|se|vua|dang)?\s*(?:(?:to chuc|dang cai)\b[^.;]{0,60}"
                    r"|(?:chu (?:tri|toa)|lam chu nha|lam chu tich)\s+(?:cac\s+)?)$")
# "Dưới sự chủ trì của Nhật Bản, Hội nghị ...": the country chairing, said right before the name.
_CHAIRED_BY = re.compile(r"\b(?:duoi )?su chu (?:tri|toa) cua\s+$")
_DO_BEFORE = re.compile(r"\bdo\s+$")
# "Diễn đàn ... (11-12/5/2017) mà Campuchia là chủ nhà", "Ấn Độ, nước chủ nhà Hội nghị ...": the host said as such.
_MA_BEFORE = re.compile(r"\bma\s+$")
_IS_HOST_AFTER = re.compile(r"\s+(?:la|lam)\s+(?:nuoc\s+)?chu nha\b")
_HOST_OF = re.compile(r"\s*(?:,\s*|\s+(?:la|lam)\s+)(?:nuoc\s+)?chu nha(?:\s+cua)?\s*(?:cac\s+)?$")
_HOST_VERB_AFTER = re.compile(r"\s*(?:(?:dang cai|chu (?:tri|toa)|lam chu nha)\b|to chuc\b(?!\s+(?:cac|nhung|mot)\b))")


# Organisations the country gazetteer knows: they convene meetings but host or chair none as a country does.
_NOT_A_HOST = frozenset({"ASEAN", "UN", "EU", "WHO", "GCC"})


def host_before(text: str, folded: str, sentence_start: int, mention_start: int) -> Place | None:
    """The country that hosts a meeting, said as "Việt Nam đã tổ chức thành công hội nghị ...": a country
    right before "tổ chức"/"đăng cai" earlier in the same sentence, or right before "chủ trì" and the name
    ("Việt Nam chủ trì Hội nghị ..."), or before ", nước chủ nhà" and the name, or after "dưới sự chủ trì của"
    just before it."""
    stretch = text[sentence_start:mention_start]
    for hit in reversed(registry.find_countries(stretch)):
        after = sentence_start + hit.end
        if hit.ambiguous or hit.key in _NOT_A_HOST:
            continue
        begin = sentence_start + hit.start
        if _HOSTS.match(folded, after, mention_start) or _HOST_OF.match(folded, after, mention_start) or (
                _CHAIRED_BY.search(folded, max(0, begin - 30), begin)
                and re.fullmatch(r"\s*[,:]?\s*", folded[after:mention_start])):
            return Place(None, hit.key, begin, after)
    return None


# "Hội nghị ... sẽ được Bộ Bưu chính Viễn thông VN (MPT) phối hợp với các đối tác tổ chức", "do Chính phủ Lào đăng
# cai": the host said after the name, by one of its bodies.
_HOSTED_BY_AFTER = re.compile(r"\s*(?:(?:se|da|vua)\s+)?(?:duoc|do)\s+([^.;:!?]{2,80}?)\s(?:to chuc|dang cai)\b")


def host_after(text: str, folded: str, mention_end: int, limit: int) -> Place | None:
    """The member country whose body the words right after a meeting's name say organises or hosts it."""
    said = _HOSTED_BY_AFTER.match(folded, mention_end, limit)
    if said is None:
        return None
    hits = [h for h in registry.find_countries(text[said.start(1):said.end(1)]) if not h.ambiguous]
    if len({h.key for h in hits}) != 1 or hits[0].key not in registry.member_codes():
        return None
    return Place(None, hits[0].key, said.start(1) + hits[0].start, said.start(1) + hits[0].end)


# "do Lào chủ trì", "do Brunei, Chủ tịch ASEAN 2021, chủ trì", "dưới sự chủ trì của (Bộ trưởng Ngoại giao) Indonesia":
# the one country said to chair; "đồng chủ trì" (co-chairs) names none.
# "do Bộ trưởng Ngoại giao Malaysia Mohamad Hasan chủ trì": a title naming the country may stand between;
# "do Phó Thủ tướng Thái Lan phụ trách an ninh Prawit Wongsuwon chủ trì": a deputy's, with the portfolio.
_CHAIR_BY_BEFORE = re.compile(r"\b(?:duoi su chu (?:tri|toa) cua|do su chu (?:tri|toa) cua)\s+[^.,;:()]{0,40}$"
                              r"|\bdo\s+(?:(?:(?:pho )?(?:bo truong|thu tuong|tong thong|chu tich)|thu truong|quoc vuong)"
                              r"[^.,;:()]{0,25}\s)?$")
_CHAIRS_AFTER = re.compile(r"(?:\s*,[^,.;:]{0,40},|(?:\s+[^\W\d_]+){0,6})?\s+(?<!dong )(?:chu (?:tri|toa)|lam chu tich)\b")


# "Việt Nam, Chủ tịch ASEAN 2020, đã tổ chức Hội nghị ...": the year's chair hosting it.
_ASEAN_CHAIR_HOSTS = re.compile(r"\s*,\s*(?:nuoc )?chu tich asean(?: nam)? \d{4}\s*,\s*(?:da |se |vua )?"
                                r"(?:to chuc|chu (?:tri|toa)|dang cai)\b")


def chair_said(text: str, folded: str, lo: int, hi: int, year: int | None = None) -> str | None:
    """The country text[lo:hi] says chairs a meeting: after "dưới sự chủ trì của", or between "do" and "chủ trì";
    "do nước Chủ tịch ASEAN chủ trì" names the chair of ``year``, the meeting's."""
    for hit in registry.find_countries(text[lo:hi]):
        begin, after = lo + hit.start, lo + hit.end
        if hit.ambiguous or hit.key in _NOT_A_HOST:
            continue
        if _ASEAN_CHAIR_HOSTS.match(folded, after):
            return hit.key
        cue = _CHAIR_BY_BEFORE.search(folded, max(lo, begin - 80), begin)
        if cue is None:
            continue
        if not cue.group().startswith(("duoi", "do su")) and not _CHAIRS_AFTER.match(folded, after):
            continue
        return hit.key
    return _chairing_person(text, folded, lo, hi, year)


# "do Bộ trưởng Công Thương Trần Tuấn Anh chủ trì", "dưới sự chủ trì của Tổng thống Joko Widodo", "được chủ trì bởi
# Philippines", "Chủ trì: Thái Lan" (a schedule's label), "(Malaysia chủ trì)": the chair said by a person, whose
# name tells the country, or by a country with an apposition; after the last "do" ("đoàn do Thứ trưởng ... dẫn đầu dự
# họp do Bộ trưởng Vương Nghị chủ trì").
_PERSON_CHAIRS = re.compile(r"\bdo\s+((?:(?!\bdo\s)[^.,;:()]){4,60}?)\s+(?:da\s+|se\s+)?(?<!dong )chu (?:tri|toa)\b"
                            r"|\b(?:(?:duoi|do|voi) su chu (?:tri|toa) cua|duoc chu (?:tri|toa) boi|chu (?:tri|toa)\s*:)\s*([^.,;:()]{4,60}?)"
                            r"(?=\s*[.,;:()\u2013-]|\s+(?:tai|vao|ngay|hom|sang|chieu|toi)\b|$)"
                            r"|\(\s*([^.,;:()]{4,60}?)\s+(?<!dong )chu (?:tri|toa)\s*\)")


def _said_by(pattern: re.Pattern[str], text: str, folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first match of a chairing pattern whose "do" is the word do, not a folded surname ("Đỗ Hùng Việt")."""
    return next((m for m in pattern.finditer(folded, lo, hi)
                 if not folded.startswith("do", m.start()) or text[m.start():m.start() + 2].lower() == "do"), None)


def _chairing_person(text: str, folded: str, lo: int, hi: int, year: int | None = None) -> str | None:
    said = _said_by(_PERSON_CHAIRS, text, folded, lo, hi)
    return subject_country(text, *said.span(said.lastindex), year=year) if said else None


def _name_run(phrase: str) -> list[str]:
    """The trailing capitalised words of a phrase: the person's name ending "Bộ trưởng Tư pháp Lê Thành Long"."""
    words = phrase.split()
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    return run


_CHAIR_OF_YEAR = re.compile(r"\bchu tich (?:luan phien )?asean (?:nam )?((?:19|20)\d\d)\b")
# A ministry named by its portfolio alone ("Bộ Công Thương", "Bộ Ngoại giao"), not a minister ("Bộ trưởng") nor the
# ministries of several countries ("Bộ Ngoại giao hai nước").
_OWN_MINISTRY = re.compile(r"^bo (?!truong\b)(?!.*\bnuoc\b)[a-z]+(?: [a-z]+){0,4}$")
# "nước Chủ tịch ASEAN", "Chủ tịch luân phiên ASEAN" with no year and no country: the chair of the meeting's year.
_THE_ASEAN_CHAIR = re.compile(r"^(?:nuoc |quoc gia )?chu tich (?:luan phien )?(?:cua )?asean(?: nam nay)?$")


def subject_country(text: str, lo: int, hi: int, *, year: int | None = None) -> str | None:
    """The country a chairing subject text[lo:hi] stands for: the last country it names ("Bộ trưởng Ngoại giao Thái
    Lan Don Pramudwinai"), else the office-holder it ends on ("Tổng thống Joko Widodo"), else Viet Nam for a
    Vietnamese name ("Bộ trưởng Tư pháp Lê Thành Long": a Vietnamese paper's official with no country is its own)."""
    phrase = text[lo:hi]
    hits = [h for h in registry.find_countries(phrase) if not h.ambiguous]
    states = [h for h in hits if h.key not in _NOT_A_HOST]
    if states:
        return states[-1].key
    if year_chair := _CHAIR_OF_YEAR.search(fold_keep_length(phrase)):
        return registry.chair_of(int(year_chair.group(1)))   # "nước Chủ tịch ASEAN 2021": that year's chair
    if year is not None and _THE_ASEAN_CHAIR.match(" ".join(fold_keep_length(phrase).split())):
        return registry.chair_of(year)                       # "do nước Chủ tịch ASEAN chủ trì"
    if hits:
        return None
    if _OWN_MINISTRY.match(" ".join(fold_keep_length(phrase).split())):
        return "VN"       # "do Bộ Công Thương chủ trì": a ministry a Vietnamese paper names without a country is its own
    run = _name_run(phrase.rstrip(" ,"))
    for first in range(len(run) - 1):
        found = registry.office_holder_country(" ".join(run[first:]))
        if found:
            return found if found not in _NOT_A_HOST else None
    for first in range(max(0, len(run) - 5), len(run) - 1):
        if names.vietnamese_name(run[first:]):
            return "VN"
    return None


# "Thái Lan chủ trì Hội nghị ...", "Thủ tướng Campuchia Hun Sen, Chủ tịch ASEAN 2022, chủ trì phiên khai mạc Hội
# nghị ...": a subject said to chair the meeting named right after; "đồng chủ trì" (co-chairs) is apart.
_CHAIRS_NEXT = re.compile(r"(?<!dong )\b(?:chu (?:tri|toa)|lam chu tich)\s+(?:(?:phien|le) (?:khai mac|be mac|toan the|hop)"
                          r"(?: dau tien)?\s+(?:cua\s+)?|cac\s+)?$")
_AUXILIARY = re.compile(r"(?:\s+(?:da|se|vua|dang|cung|tiep tuc))*\s*$")
# An apposition between the subject and its verb: ", Chủ tịch ASEAN 2022,".
_APPOSITION = re.compile(r",[^,.;:()]{1,70},\s*$")
_CLAUSE_START = re.compile(r"[,.;:()\n]")


def _subject_before(folded: str, lo: int, verb_start: int) -> tuple[int, int]:
    """The bounds of the subject of a verb at verb_start: back over auxiliaries and an apposition to the clause's
    start."""
    end = _AUXILIARY.search(folded, lo, verb_start).start()
    apposition = _APPOSITION.search(folded, lo, end)
    if apposition:
        end = apposition.start()
    boundary = [m.end() for m in _CLAUSE_START.finditer(folded, max(lo, end - 80), end)]
    return (boundary[-1] if boundary else max(lo, end - 80)), end


def chair_before(text: str, folded: str, lo: int, mention_start: int, year: int | None = None) -> str | None:
    """The country of the subject said to chair the meeting whose name starts at mention_start, in its sentence
    from lo."""
    verb = _CHAIRS_NEXT.search(folded, lo, mention_start)
    if verb is None:
        return None
    if _OPENING_PARTICIPLE.fullmatch(folded, lo, verb.end()):
        # "Chủ trì Hội nghị ... ngày 15/6, Bộ trưởng Môi trường Campuchia ... nhấn mạnh": the subject comes after.
        after = _subject_after_opening(folded, mention_start, len(folded))
        return subject_country(text, *after, year=year) if after else None
    return subject_country(text, *_subject_before(folded, lo, verb.start()), year=year)


# A sentence opening on the chairing verb ("Chủ trì Hội nghị, ...", "Chủ tọa phiên họp ..."): a participle clause
# whose subject is the main clause's, after the comma.
_OPENING_PARTICIPLE = re.compile(r"\s*(?:chu (?:tri|toa)|lam chu tich)\s+(?:(?:phien|le) (?:khai mac|be mac|toan the|hop)"
                                 r"(?: dau tien)?\s+(?:cua\s+)?|cac\s+)?")
# What ends the subject of a clause: its verb of saying, or the clause's end.
_SUBJECT_ENDS = re.compile(r"\s+(?:cho biet|nhan manh|phat bieu|khang dinh|cho rang|neu ro|de nghi|keu goi|bay to|chia se"
                           r"|tuyen bo|hoan nghenh|danh gia|thong bao|da|se|dang)\b|[,.;:()]")


def _subject_after_opening(folded: str, offset: int, hi: int) -> tuple[int, int] | None:
    """The bounds of the subject after the first comma from ``offset``: up to its verb or the clause's end."""
    comma = folded.find(",", offset, hi)
    if comma < 0 or re.search(r"[.;:]", folded[offset:comma]):
        return None
    begin = comma + 1
    end = _SUBJECT_ENDS.search(folded, begin, min(hi, begin + 90))
    return (begin, end.start() if end else min(hi, begin + 90))


# A sentence that points back to the meeting as the one chaired: "Bộ trưởng Y tế Thái Lan, Chủ tịch Hội nghị, ...",
# "Brunei, Chủ tịch ASEAN năm nay, chủ trì Hội nghị.", "Chủ trì Hội nghị là Bộ trưởng ...", "Việt Nam ... đồng chủ
# trì Hội nghị cùng Nhật Bản".
_CHAIRS_THE_MEETING = re.compile(r"\b(dong )?(?:(chu (?:tri|toa))|chu tich)\s+(hoi nghi|cuoc hop|dai hoi dong)(?: lan nay| nay)?"
                                 # the bare noun: what follows is no name nor modifier ("cuộc họp trù bị của đoàn")
                                 r"(?=\s*(?:[.,;:!?)\u2013-]|$)|\s+(?:cung|voi|va|theo|tai|tu|vao|ngay|sang|chieu|toi|hom"
                                 r"|bang|duoi|nham|de|thanh cong|la|co)\b)")
_CHAIR_TITLE_OF = re.compile(r"(?:,|\s(?:la|lam))\s*$")
_CHAIR_IS = re.compile(r"\s+(?:la|co)\s+([^.,;:()]{4,80})")
# "Chủ tịch Hội nghị là Bộ trưởng Y tế Indonesia ...": the chair's title, then who holds it.
_CHAIR_TITLE_IS = re.compile(r"\s+la\s+([^.,;:()]{4,80})")


@dataclass(frozen=True)
class ChairBack:
    """A chair said of a meeting named before: the noun pointing back, and the chair or co-chairs said."""
    noun_start: int
    noun: str
    chair: str | None
    cochairs: tuple[str, ...]


def chairs_said_back(text: str, folded: str, lo: int, hi: int) -> list[ChairBack]:
    """Each "chủ trì Hội nghị" / "Chủ tịch Hội nghị" in text[lo:hi] with the country of its subject."""
    out = []
    for said in _CHAIRS_THE_MEETING.finditer(folded, lo, hi):
        if said.group(2) and (after := _CHAIR_IS.match(folded, said.end(), hi)):
            bounds = after.span(1)                      # "Chủ trì Hội nghị là X"
        elif said.group(2) and _OPENING_PARTICIPLE.fullmatch(folded, lo, said.start(3)):
            bounds = _subject_after_opening(folded, said.end(), hi)   # "Chủ trì Hội nghị, X cho biết ..."
            if bounds is None:
                continue
        elif said.group(2):
            bounds = _subject_before(folded, lo, said.start())   # "X chủ trì Hội nghị"
        elif after := _CHAIR_TITLE_IS.match(folded, said.end(), hi):
            bounds = after.span(1)                      # "Chủ tịch Hội nghị là X"
        elif title_of := _CHAIR_TITLE_OF.search(folded, lo, said.start()):
            bounds = _subject_before(folded, lo, title_of.start())  # "X, Chủ tịch Hội nghị"
        else:
            continue
        if said.group(1):
            cochairs = _conjunct_countries(text, folded, *bounds)
            if cochairs:
                out.append(ChairBack(said.start(3), said.group(3), None, cochairs))
        elif country := subject_country(text, *bounds):
            out.append(ChairBack(said.start(3), said.group(3), country, ()))
    return out


# "Việt Nam hiện là nước điều phối quan hệ ASEAN - Trung Quốc và đồng chủ trì Hội nghị": the member coordinating
# ASEAN's relations with a partner chairs their meetings on ASEAN's side.
_COORDINATES = re.compile(r"\bdieu phoi (?:vien )?(?:quan he |doi thoai |quan he doi tac )?(?:cua )?asean\s*[-\u2013]\s*")
_CHAIR_VERB = re.compile(r"\b(?:chu (?:tri|toa)|lam chu tich)\b")


def coordinator_chairing(text: str, folded: str, lo: int, hi: int) -> tuple[str, str] | None:
    """(member, partner) when the sentence text[lo:hi] says the one member it names coordinates ASEAN's relations
    with the partner and chairs."""
    cue = _COORDINATES.search(folded, lo, hi)
    if cue is None or not _CHAIR_VERB.search(folded, lo, hi):
        return None
    after = [h for h in registry.find_countries(text[cue.end():hi]) if not h.ambiguous]
    if not after or after[0].start > 0:
        return None
    partner = after[0].key
    members = {h.key for h in registry.find_countries(text[lo:hi]) if not h.ambiguous} & registry.member_codes()
    return (members.pop(), partner) if len(members) == 1 and partner not in registry.member_codes() else None


# Co-chairs: "Việt Nam và Trung Quốc đồng chủ trì cuộc họp ...", "do Thủ tướng Thái Lan và Thủ tướng Ấn Độ đồng chủ
# trì", "dưới sự đồng chủ trì của ...".
_COCHAIR_NEXT = re.compile(r"\bdong chu (?:tri|toa)\s+(?:cac\s+)?$")
_COCHAIRED_BY = re.compile(r"\bdo\s+([^.;:()]{4,120}?)\s+(?:da\s+|se\s+)?dong chu (?:tri|toa)\b"
                           r"|\b(?:(?:duoi|do|voi) su dong chu (?:tri|toa) cua|duoc dong chu (?:tri|toa) boi|dong chu (?:tri|toa)\s*:)\s*([^.;:()]{4,200})"
                           r"|\(\s*([^.;:()]{4,120}?)\s+dong chu (?:tri|toa)\s*\)")
_CONJUNCT = re.compile(r"\s+(?:va|cung|voi)\s+|\s*,\s*")


def cochairs_said(text: str, folded: str, lo: int, hi: int, mention_start: int) -> tuple[str, ...]:
    """The countries said to co-chair a meeting, one for each chair the sentence text[lo:hi] names."""
    said = _said_by(_COCHAIRED_BY, text, folded, lo, hi)
    if said:
        begin, end = said.span(said.lastindex)      # the one alternative's group that matched
    elif verb := _COCHAIR_NEXT.search(folded, lo, mention_start):
        begin, end = _subject_before(folded, lo, verb.start())
    else:
        return ()
    return _conjunct_countries(text, folded, begin, end)


def _conjunct_countries(text: str, folded: str, begin: int, end: int) -> tuple[str, ...]:
    """The country of each conjunct of text[begin:end] ("Thủ tướng Hàn Quốc và Thủ tướng Lào")."""
    cuts = [begin] + [x for m in _CONJUNCT.finditer(folded, begin, end) for x in (m.start(), m.end())] + [end]
    found = (subject_country(text, a, b) for a, b in zip(cuts[::2], cuts[1::2]))
    return tuple(dict.fromkeys(code for code in found if code))


# "theo hình thức trực tiếp", "tổ chức trực tiếp": said before any online cue, the meeting is in person ("theo
# hình thức trực tiếp sau 2 năm phải tổ chức trực tuyến").
_IN_PERSON = re.compile(r"\b(?:(?:theo )?hinh thuc truc tiep|(?:to chuc|hop|dien ra|nhom hop) truc tiep"
                        r"|gap (?:mat )?truc tiep)\b")


def meeting_format(folded_region: str, has_place: bool) -> str | None:
    if _HYBRID.search(folded_region):
        return "hybrid"
    online = _ONLINE.search(folded_region)
    in_person = _IN_PERSON.search(folded_region)
    if online and not (in_person and in_person.start() < online.start()):
        return "online"
    return "in_person" if has_place or in_person else None


def meeting_status(folded_region: str, folded_before: str, start: str | None,
                   anchor: date | None) -> tuple[str, bool]:
    """("planned" | "held", whether the text said so): "planned" when the dates fall after the
    publication date or the words say it is to come; "held" by default, with no evidence."""
    # The article's own month or day ("cuối tháng này", "hôm nay") decides nothing: the words then do.
    if start and anchor and len(start) >= 7 and not start.startswith("--") \
            and start != anchor.isoformat()[:len(start)]:
        return ("planned" if start > anchor.isoformat()[:len(start)] else "held"), True
    if _PREPARE.search(folded_before) or _PLANNED_NEAR.search(folded_before) or _SUBMIT_TO.search(folded_before) \
            or _INVITED_TO.search(folded_before) or _AGREED_TO_HOLD.search(folded_before):
        return "planned", True
    held = _held_said(folded_region)
    if _PLANNED.search(folded_region) and not held:
        return "planned", True
    if held:
        return "held", True
    return "held", False


# "đã có thư mời Thủ tướng tham dự Hội nghị ...": a meeting one is invited to is to come, whenever the invitation was
# sent ("theo lời mời của ..., Thủ tướng đã tham dự" tells the attending itself: "mời của" is left out; "lần đầu được
# mời tham dự ... năm 2010" recalls one).
_INVITED_TO = re.compile(r"(?<!duoc )\bmoi\b(?! cua)[^.;:]{0,60}\b(?:tham du|du|tham gia)\s+(?:cac\s+)?$")


# A meeting agreed, proposed or welcomed to be held is to come: "các nhà lãnh đạo nhất trí tổ chức Hội nghị ...",
# "hoan nghênh việc Hàn Quốc đăng cai Hội nghị ..." (not "hoan nghênh Việt Nam tổ chức thành công Hội nghị ...").
_AGREED_TO_HOLD = re.compile(r"\b(?:nhat tri|thong nhat|dong y|quyet dinh|de xuat|de nghi|hoan nghenh|ung ho)\b"
                             r"(?:(?!thanh cong)[^.;:]){0,40}\b(?:to chuc|dang cai|trieu tap)\s*(?:mot |cac )?$")


# "sẽ khai mạc", "dự kiến diễn ra từ": a held word after a future one tells what is to come.
_TO_COME_BEFORE = re.compile(r"\b(?:se|du kien|sap|du dinh)\s+(?:duoc\s+)?$")


def _held_said(folded_region: str) -> bool:
    return any(not _TO_COME_BEFORE.search(folded_region, max(0, m.start() - 16), m.start())
               for m in _HELD.finditer(folded_region))


def prepare_cue(folded: str, end_of_previous: int, mention_start: int) -> int | None:
    """Where "chuẩn bị cho" starts when the words just before a mention say the previous meeting prepares it,
    else None."""
    cue = _PREPARE.search(folded[end_of_previous:mention_start])
    return end_of_previous + cue.start() if cue else None


_JOINED = re.compile(r"^[^.;:!?]{0,40}?\s(?:va|cung)\s*$")


def joined(folded: str, end_of_previous: int, mention_start: int) -> bool:
    """True when a mention follows the previous one as "X (date) và Y"."""
    return bool(_JOINED.match(folded[end_of_previous:mention_start]))


_LISTED = re.compile(r"^\s*(?:[,;]\s*)?(?:(?:va|cung|hoac)\s+)?(?:cac\s+)?$")


def listed_together(folded: str, end_of_previous: int, mention_start: int) -> bool:
    """True when two mentions stand in one list ("Hội nghị A, Hội nghị B và Hội nghị C"): one date
    said for the list dates each of them."""
    return bool(_LISTED.match(folded[end_of_previous:mention_start]))
