"""Titles of office: which position in which organisation, and how senior (to find a delegation's head)."""
from __future__ import annotations

import re

from summitgraph.text.normalize import fold

# Positions, folded, longest first; the rest of the title is the organisation ("Thứ trưởng" + "Bộ Ngoại giao").
_POSITIONS = tuple(sorted((
    "tong bi thu", "chu tich nuoc", "pho chu tich nuoc", "chu tich quoc hoi", "pho chu tich quoc hoi",
    "chu tich", "pho chu tich", "tong thong", "pho tong thong", "quoc vuong", "nha vua", "sultan", "hoang de",
    "thu tuong", "pho thu tuong", "bo truong", "ngoai truong",
    "thu truong", "tong thu ky", "pho tong thu ky", "truong som", "truong doan", "pho truong doan", "dai su",
    "dac phai vien", "dac su", "dai dien", "giam doc", "tong giam doc", "vu truong", "pho vu truong",
    "cuc truong", "truong ban", "pho truong ban", "uy vien", "thong doc", "chanh van phong", "nguoi phat ngon",
    "chuyen gia", "giao su", "nha nghien cuu", "chu nhiem", "pho chu nhiem", "toan quyen", "thai tu",
), key=len, reverse=True))

# How senior a position is; a delegation's head is its most senior member (an explicit "Trưởng đoàn" wins).
_RANKS = {
    "truong doan": 120,
    "tong bi thu": 100, "chu tich nuoc": 100, "tong thong": 100, "quoc vuong": 100, "nha vua": 100,
    "sultan": 100, "hoang de": 100,
    "thu tuong": 90,
    "chu tich quoc hoi": 85, "chu tich": 75,
    "pho chu tich nuoc": 80, "pho tong thong": 80, "pho thu tuong": 80,
    "bo truong": 70, "ngoai truong": 70, "tong thu ky": 70,
    "thu truong": 60, "pho tong thu ky": 55, "truong som": 55, "pho truong doan": 50, "dac phai vien": 50,
    "dac su": 50, "dai su": 45,
}
DEFAULT_RANK = 10

_SPACES = re.compile(r"\s+")


def split_title(title: str) -> tuple[str, str | None]:
    """("Thứ trưởng Bộ Ngoại giao") -> ("Thứ trưởng", "Bộ Ngoại giao"); a minister's title without "Bộ"
    names the ministry by its field ("Bộ trưởng Ngoại giao" -> "Bộ Ngoại giao"); a title that is only a
    position has no organisation."""
    written = _SPACES.sub(" ", title).strip()
    folded = fold(written)
    for position in _POSITIONS:
        if folded == position or folded.startswith(position + " "):
            cut = len(position.split())
            words = written.split(" ")
            head, rest = " ".join(words[:cut]), " ".join(words[cut:]).strip(" ,-–")
            if fold(rest).startswith("cua "):
                rest = rest[4:]
            if not rest:
                return head, None
            if position in {"bo truong", "thu truong"} and not fold(rest).startswith("bo "):
                rest = f"Bộ {rest}"
            return head, rest
    return written, None


def position_key(title: str) -> str:
    return fold(split_title(title)[0])


def rank(title: str) -> int:
    return _RANKS.get(position_key(title), DEFAULT_RANK)
