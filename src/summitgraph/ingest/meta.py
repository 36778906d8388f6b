"""Metadata lines of Vietnamese news pages: publication date lines and bylines.

Pure functions on one line of text; ``clean`` decides where in the page they may stand.
"""
from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_DATE_PREFIX = (r"(?:cập nhật(?: lúc| ngày)?|đăng(?: lúc| ngày| tải)?|ngày đăng|ngày xuất bản|xuất bản"
                r"|thời gian|posted|published|updated)\s*:?")
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_YMD = r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
_WORDY = r"ngày\s+(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s+năm\s+(?P<y3>(?:19|20)\d{2})"
_TIME = r"(?P<h>[01]?\d|2[0-3])\s*[:hH]\s*(?P<mi>[0-5]\d)(?:\s*:\s*[0-5]\d)?(?:\s*(?:am|pm|sa|ch))?"
_DATE_ANY = re.compile(rf"{_DMY}|{_YMD}|{_WORDY}", re.IGNORECASE)
_TIME_ANY = re.compile(rf"(?<!\d){_TIME}(?!\d)", re.IGNORECASE)
# What may stand beside a date on a date line, and nothing else.
_DATE_FILLER = re.compile(
    rf"{_DATE_PREFIX}|{_WEEKDAY}|ngày|lúc|gmt\s*[+-]\s*\d{{1,2}}(?::?00)?|\(gmt[^)]*\)|utc|giờ|[\s,|/()\-–—:.]+",
    re.IGNORECASE)
MAX_DATE_LINE = 80


def parse_date_line(line: str) -> tuple[str, str | None] | None:
    """("2020-01-16", "14:27") for a line that only states a date and maybe a time
    ("Thứ Năm, 16/01/2020, 14:27"); None for anything else."""
    text = line.strip()
    if not text or len(text) > MAX_DATE_LINE or text.endswith(":"):
        return None                  # "Ngày 27/10/2021:" heads a schedule's items, the day they happen on
    match = _DATE_ANY.search(text)
    if match is None:
        return None
    iso = _iso_from_match(match)
    if iso is None:
        return None
    rest = text[:match.start()] + " " + text[match.end():]
    time_match = _TIME_ANY.search(rest)
    hhmm = None
    if time_match is not None:
        hhmm = f"{int(time_match.group('h')):02d}:{time_match.group('mi')}"
        rest = rest[:time_match.start()] + " " + rest[time_match.end():]
    if _DATE_FILLER.sub("", rest).strip():
        return None
    return iso, hhmm


# Where an update stamp follows the publication stamp on one line ("Ngày đăng: 10/06/2023 08:00 - Cập nhật:
# 12/06/2023 09:15"): a separator, then the update's label.
_UPDATE_STAMP = re.compile(r"\s*[|\-–—,;/]?\s*(?:cập nhật|sửa đổi|chỉnh sửa|updated|last updated)\b", re.IGNORECASE)


def published_part(line: str) -> str | None:
    """The publication stamp of a line that states it and then the last update ("Ngày đăng: 10/06/2023 08:00
    - Cập nhật: 12/06/2023 09:15" -> "Ngày đăng: 10/06/2023 08:00"): the article was published on the first
    date. None when the line states no update after a date."""
    text = line.strip()
    if len(text) > 2 * MAX_DATE_LINE:
        return None
    for match in _UPDATE_STAMP.finditer(text):
        before = text[:match.start()]
        if match.start() > 0 and _DATE_ANY.search(before) and _DATE_ANY.search(text[match.end():]):
            return before.strip()
    return None


def parse_date(value: str) -> tuple[str | None, str | None]:
    """A stated publication date in any common shape ("2020-01-16T14:27:00+07:00",
    "16/01/2020 14:27", "Thứ Năm, 16/01/2020") -> (ISO date, "HH:MM"); (None, None) if none."""
    text = value.strip()
    iso_match = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", text)
    if iso_match:
        iso = _valid_iso(int(iso_match.group(1)), int(iso_match.group(2)), int(iso_match.group(3)))
        hhmm = f"{iso_match.group(4)}:{iso_match.group(5)}" if iso_match.group(4) else None
        return iso, hhmm if iso else None
    if _RFC822.match(text):
        return _rfc822_date(text)
    match = _DATE_ANY.search(text)
    if match is None:
        return None, None
    iso = _iso_from_match(match)
    rest = text[:match.start()] + " " + text[match.end():]
    time_match = _TIME_ANY.search(rest)
    hhmm = f"{int(time_match.group('h')):02d}:{time_match.group('mi')}" if time_match and iso else None
    return iso, hhmm


# RSS and e-mail dates: "Tue, 10 May 2022 14:14:00 +0700" (the weekday is optional).
_RFC822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")


def _rfc822_date(text: str) -> tuple[str | None, str | None]:
    """The date and the clock time as the line states them (its own zone, not converted)."""
    parts = parsedate_tz(text)
    if parts is None:
        return None, None
    year, month, day, hour, minute = parts[:5]
    iso = _valid_iso(year, month, day)
    return iso, (f"{hour:02d}:{minute:02d}" if iso else None)


def _iso_from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if groups.get(y):
            return _valid_iso(int(groups[y]), int(groups[m]), int(groups[d]))
    return None


def _valid_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# --- bylines ----------------------------------------------------------------------------------
_BYLINE_PREFIX = re.compile(r"^(?:tác giả|bài(?: và|,)? ảnh|bài|nhóm phóng viên|phóng viên|thực hiện)\s*:\s*(?P<name>.{2,60})$",
                            re.IGNORECASE)
# The source may be a site's domain ("Theo Chinhphu.vn"): dots inside, never at the end (checked before).
_SOURCE_LINE = re.compile(r"^\(?(?:theo(?!\s+dõi)|nguồn\s*:)\s+(?P<name>[^,;:()]{2,50}?)\)?$", re.IGNORECASE)
_AGENCY_LINE = re.compile(r"^(?:nhóm\s+)?(?:PV|CTV|BTV|TTXVN|VNA|P\.V|PV\.)(?:\s*/\s*\S.{0,30})?$", re.IGNORECASE)
_AGENCY_SLASH = re.compile(r"^(?:TTXVN|VNA|PV|CTV|Vietnam\+|VOV|VTV|VGP)\s*/\s*\S.{0,30}$")
# A government office credited as the source, as official portals end their news ("Vụ Thông tin Báo chí",
# "Cổng TTĐT Chính phủ"): the office's kind, then its name (see _office_name).
_OFFICE_KIND = re.compile(r"^(?:Vụ|Cục|Ban|Bộ|Văn phòng|Cổng (?:TTĐT|Thông tin điện tử)|Trung tâm|Phòng)\s+(?P<name>.+)$")
MAX_OFFICE_NAME_WORDS = 8
_WHOLE_PAREN = re.compile(r"^\([^()]{2,40}\)$")
_TRAILING_AGENCY = re.compile(r"\s*\((?P<agency>[^()]{1,40})\)$")
_NAME_SEPARATORS = re.compile(r"\s*[-–,/]\s*|\s+và\s+")
# Capitalised pairs that head a line without being anyone's name.
NOT_NAMES = frozenset({"việt nam", "hà nội", "chú thích", "toàn cảnh", "ảnh minh", "đà nẵng", "hồ chí minh",
                       "phiên bản", "bình luận", "chia sẻ", "đọc thêm", "xem thêm", "tin liên"})
MAX_BYLINE_WORDS = 10


def parse_byline(line: str) -> str | None:
    """The author or source a byline names ("Minh Hằng (TTXVN)", "Theo VnExpress" -> "VnExpress"),
    or None if the line is not a byline. Only called where a byline may stand."""
    text = line.strip()
    if not text or len(text.split()) > MAX_BYLINE_WORDS or text[-1] in ".!?:;,…\"”":
        return None
    for pattern in (_BYLINE_PREFIX, _SOURCE_LINE):
        match = pattern.match(text)
        if match:
            return match.group("name").strip()
    if _AGENCY_LINE.match(text) or _AGENCY_SLASH.match(text) or _is_office_credit(text):
        return text
    if _WHOLE_PAREN.match(text):  # "(TTXVN/Vietnam+)", "(Theo Reuters)"
        inner = text[1:-1].strip()
        return parse_byline(inner) or (inner if _AGENCY_SLASH.match(inner) or inner.isupper() else None)
    names = _TRAILING_AGENCY.sub("", text)
    parts = [p for p in _NAME_SEPARATORS.split(names) if p]
    # "Tuấn Anh/TTXVN": writers' names with their agency's acronym among them
    names_only = [p for p in parts if not _is_acronym(p)]
    if names_only and all(_looks_like_name(p) for p in names_only):
        return text
    return None


def _is_office_credit(text: str) -> bool:
    match = _OFFICE_KIND.match(text)
    return bool(match) and _office_name(match.group("name").split())


def _office_name(words: list[str]) -> bool:
    """Capitalised words, each followed by at most one lower-case syllable ("Ngoại giao", "Chính phủ"): two
    lower-case words in a row make a sentence ("Bộ Ngoại giao thông báo")."""
    if not words or len(words) > MAX_OFFICE_NAME_WORDS or not words[0][0].isupper():
        return False
    lower_run = 0
    for word in words:
        if not word.replace("-", "").isalpha():
            return False
        lower_run = lower_run + 1 if word[0].islower() else 0
        if lower_run > 1:
            return False
    return True


def _is_acronym(part: str) -> bool:
    """An agency's or outlet's acronym ("TTXVN", "VOV", "Vietnam+")."""
    letters = part.rstrip("+")
    return 2 <= len(letters) <= 8 and letters.isupper() or part in ("Vietnam+", "VietnamPlus")


def _looks_like_name(part: str) -> bool:
    """2-5 words, each capitalised ("Minh Hằng", "LÊ KIÊN"), not a place or a page label."""
    words = part.split()
    if not 2 <= len(words) <= 5:
        return False
    if " ".join(words[:2]).lower() in NOT_NAMES:
        return False
    return all(_capitalised(w) for w in words)


def _capitalised(word: str) -> bool:
    letters = word.rstrip(".")
    return bool(letters) and letters[0].isupper() and letters.replace("-", "").isalpha() and (
        letters[1:].islower() or letters.isupper() or len(letters) == 1)
