"""Dates the Vietnamese way: 16/01/2020, for the partial ISO dates the records hold."""
from __future__ import annotations

import re

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NO_YEAR_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
_NO_YEAR_MONTH = re.compile(r"^--(\d{2})$")


def vn_date(iso: str | None) -> str:
    """"2020-01-16" -> "16/01/2020"; "2020-01" -> "01/2020"; "2020" -> "2020"; "--01-16" -> "16/01";
    "--01" -> "01"; anything else is shown as given (it is still a reader's best clue), None -> ""."""
    if not iso:
        return ""
    if m := _FULL.match(iso):
        return f"{m[3]}/{m[2]}/{m[1]}"
    if m := _MONTH.match(iso):
        return f"{m[2]}/{m[1]}"
    if _YEAR.match(iso):
        return iso
    if m := _NO_YEAR_DAY.match(iso):
        return f"{m[2]}/{m[1]}"
    if m := _NO_YEAR_MONTH.match(iso):
        return m[1]
    return iso


def vn_range(start: str | None, end: str | None) -> str:
    """A meeting's dates: one date when it lasts a day (or the end is unknown), else "start – end"."""
    if not start and not end:
        return ""
    if not end or end == start:
        return vn_date(start)
    if not start:
        return vn_date(end)
    return f"{vn_date(start)} – {vn_date(end)}"


def year_of(iso: str | None) -> int | None:
    """The year of a partial ISO date, or None when it has none ("--01-16")."""
    if iso and len(iso) >= 4 and iso[:4].isdigit():
        return int(iso[:4])
    return None
