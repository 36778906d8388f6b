"""The ASEAN system as data: countries, host cities, numbered summits, chairs by year, series, titles.

Everything here is loaded once from the TSV files in ``data/``; adding a spelling, a city or a
series is an edit to a data file, not to code.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

from summitgraph.text.alternation import phrase_alternation

DATA = resources.files("summitgraph.registry") / "data"

# Letters that may appear inside a Vietnamese or transliterated word; used for word boundaries.
WORD_CHARS = r"0-9A-Za-zÀ-ỹĐđ"
# The lower-case ones: "à-ỹ" as a range also takes in the capitals Vietnamese interleaves with them ("Ấ", "Ơ"),
# which open a name after a hyphen ("ASEAN-Ấn Độ") rather than go on a transliterated word ("Bê-la-rút").
LOWER_CHARS = "a-zđ" + "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower()}))
# The capitals, for "a name starts here" ("À-Ỹ" alone would also admit "đ", "ư", "ấ").
UPPER_CHARS = "A-ZĐ" + "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()}))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _rows(name: str) -> Iterator[list[str]]:
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield [_nfc(cell.strip()) for cell in line.split("\t")]


@dataclass(frozen=True)
class Country:
    code: str
    kind: str               # member | partner | other | org
    name: str               # display name (Vietnamese)
    names: tuple[str, ...]  # unambiguous spellings
    ambiguous: tuple[str, ...]  # spellings that are also ordinary words or name parts ("Anh", "Đức")
    # one-syllable forms read only as a side of a pair ("Việt - Trung", "Mỹ - Triều"), written "Trung^"
    pair_only: tuple[str, ...] = ()


@dataclass(frozen=True)
class City:
    name: str
    country: str
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class Summit:
    ordinal: int
    start: str
    end: str
    city: str
    country: str


@dataclass(frozen=True)
class ChairYear:
    year: int
    country: str
    theme_en: str
    theme_vi: str | None
    # The day the chair took over when the list gives it (before the Charter the chair passed at the AMM in July:
    # Thailand's 2009 chair year began on 24 July 2008).
    since: str | None = None


@dataclass(frozen=True)
class GazetteerHit:
    start: int
    end: int
    key: str          # country code or city name
    surface: str
    ambiguous: bool = False


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for code, kind, names in _rows("countries.tsv"):
        spellings = names.split("|")
        plain = tuple(s for s in spellings if not s.endswith(("*", "^")))
        amb = tuple(s[:-1] for s in spellings if s.endswith("*"))
        pair = tuple(s[:-1] for s in spellings if s.endswith("^"))
        out[code] = Country(code, kind, spellings[0].rstrip("*^"), plain, amb, pair)
    return out


@lru_cache(maxsize=1)
def _side_index() -> dict[str, str]:
    """Every spelling of a state or organisation but ASEAN, short pair forms included, by its code."""
    index: dict[str, str] = {}
    for c in countries().values():
        if c.code != "ASEAN":     # ASEAN's pairs are its partners' meetings
            for s in c.names + c.ambiguous + c.pair_only:
                index.setdefault(s, c.code)
    return index


_PAIR_DASH = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_SIDE_WORDS = 4


def _side(words: list[str], first: bool) -> tuple[str, int] | None:
    """The code and word count of the longest spelling of a side opening (``first``) or closing ``words``."""
    index = _side_index()
    for n in range(min(_SIDE_WORDS, len(words)), 0, -1):
        w = " ".join(words[:n] if first else words[-n:])
        if w in index:
            return index[w], n
    return None


def two_sides(text: str, *, whole_left: bool = False) -> tuple[str, str] | None:
    """The two states a pair name joins with a dash ("Mỹ - Triều Tiên", "Việt-Trung", "Việt Nam – Ấn Độ"):
    the words right before the dash and right after it each one state's spelling, short forms included;
    with ``whole_left``, the words before the first dash are all one side ("hội đàm| Việt Nam - Lào")."""
    for dash in _PAIR_DASH.finditer(text):
        before, after = text[:dash.start()].split(), text[dash.end():].split()
        left, right = _side(before, first=False), _side(after, first=True)
        if left and right and left[0] != right[0] and (not whole_left or left[1] == len(before)):
            return tuple(sorted((left[0], right[0])))
        if whole_left:
            return None
    return None


@lru_cache(maxsize=1)
def cities() -> dict[str, City]:
    return {name: City(name, country, tuple(sp.split("|"))) for name, country, sp in _rows("cities.tsv")}


@lru_cache(maxsize=1)
def summits() -> dict[int, Summit]:
    out = {}
    for row in _rows("summits.tsv"):
        if row[0] == "ordinal":
            continue
        out[int(row[0])] = Summit(int(row[0]), row[1], row[2], row[3], row[4])
    return out


@lru_cache(maxsize=1)
def chairs() -> dict[int, ChairYear]:
    out = {}
    for row in _rows("chairs.tsv"):
        if row[0] == "year":
            continue
        row += [""] * (7 - len(row))
        out[int(row[0])] = ChairYear(int(row[0]), row[1], row[2], row[3] or None, row[6] or None)
    return out


def chair_since(day: str) -> str | None:
    """The chair on ``day`` (ISO) by the day a chair took over, where the list gives one ("2008-07-28" -> "TH");
    None for a day no such takeover covers."""
    for chair in chairs().values():
        if chair.since and chair.since <= day <= f"{chair.year}-12-31":
            return chair.country
    return None


@lru_cache(maxsize=1)
def _numbered_series() -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for row in _rows("numbered_series.tsv"):
        if row[0] == "series":
            continue
        out.setdefault(row[0], []).append((int(row[1]), int(row[2])))
    return {series: sorted(rows) for series, rows in out.items()}


def year_of_numbered(series: str, ordinal: int) -> int | None:
    """The year the ``ordinal``-th meeting of a numbered series met: the summits table for the ASEAN
    Summit, else the regular numbering of an annual series ("AMM-50" -> 2017); None when unknown."""
    if series == "asean-summit":
        summit = summits().get(ordinal)
        return int(summit.start[:4]) if summit else None
    rows = [(first, year) for first, year in _numbered_series().get(series, []) if first <= ordinal]
    if not rows:
        return None
    first, year = rows[-1]
    return year + ordinal - first


def member_codes() -> frozenset[str]:
    return frozenset(c.code for c in countries().values() if c.kind == "member")


def is_organisation(code: str | None) -> bool:
    """Whether ``code`` names an organisation (ASEAN, UN, EU, WTO...) rather than a state."""
    found = countries().get(code or "")
    return found is not None and found.kind == "org"


_WORD_CHAR = re.compile(f"[{WORD_CHARS}]").match
_LOWER_CHAR = re.compile(f"[{LOWER_CHARS}]").match


class BoundedNames:
    """Whole names of an alternation: what ``(?<![W])(?<![W]-(?=[l]))(?:names)(?![W])(?!-[l])`` finds with
    ``finditer`` (W a word character, l a lower-case one), found faster. Whole words; a hyphen joins two names
    ("Việt Nam-Lào") but not syllables of one transliterated word, whose next syllable is lower case
    ("Bê-la-rút").

    A pattern that opens with a look-behind is tried at every position of the text; opening with the names,
    ``re`` skips to the positions where a name's first character stands, and the look-behind is checked here
    on each hit (a hit that fails it is looked for again one character on, as the regex would)."""

    def __init__(self, alternation: str) -> None:
        self.pattern = re.compile(rf"(?:{alternation})(?![{WORD_CHARS}])(?!-[{LOWER_CHARS}])")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        search = self.pattern.search
        pos = 0
        while True:
            found = search(text, pos)
            if found is None:
                return
            start = found.start()
            if start and (_WORD_CHAR(text[start - 1]) or start >= 2 and text[start - 1] == "-"
                          and _WORD_CHAR(text[start - 2]) and _LOWER_CHAR(text[start])):
                pos = start + 1
                continue
            yield found
            pos = found.end() if found.end() > start else start + 1


@lru_cache(maxsize=1)
def _country_index() -> tuple[BoundedNames, dict[str, tuple[str, bool]]]:
    index: dict[str, tuple[str, bool]] = {}
    for c in countries().values():
        for s in c.names:
            index.setdefault(s, (c.code, False))
        for s in c.ambiguous:
            index.setdefault(s, (c.code, True))
    return BoundedNames(phrase_alternation(index)), index


@lru_cache(maxsize=1)
def _city_index() -> tuple[BoundedNames, dict[str, str]]:
    index: dict[str, str] = {}
    for city in cities().values():
        for s in city.spellings:
            index.setdefault(s, city.name)
    return BoundedNames(phrase_alternation(index)), index


def find_countries(text: str) -> list[GazetteerHit]:
    """Country and organisation names in ``text`` (case-sensitive, whole words)."""
    return list(_countries_in(text))


def find_cities(text: str) -> list[GazetteerHit]:
    """Host-city spellings in ``text``, keyed by the city's usual English name."""
    return list(_cities_in(text))


# The readers of one article look in the same text again and again (the whole article, a sentence, the stretch
# before a meeting's name); the hits are kept for the last few texts. The callers get their own list.
_RECENT_TEXTS = 256


@lru_cache(maxsize=_RECENT_TEXTS)
def _countries_in(text: str) -> tuple[GazetteerHit, ...]:
    pattern, index = _country_index()
    return tuple(GazetteerHit(m.start(), m.end(), index[m.group()][0], m.group(), index[m.group()][1])
                 for m in pattern.finditer(text))


@lru_cache(maxsize=_RECENT_TEXTS)
def _cities_in(text: str) -> tuple[GazetteerHit, ...]:
    pattern, index = _city_index()
    return tuple(GazetteerHit(m.start(), m.end(), index[m.group()], m.group()) for m in pattern.finditer(text))


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Provinces news names as a place ("tại tỉnh Quảng Nam"), with their country: no host city, but the country."""
    return {name: country for name, country in _rows("provinces.tsv")}


def country_of_city(city: str) -> str | None:
    found = cities().get(city)
    return found.country if found else None


def country_code(name: str) -> str | None:
    """Code for a country name written any known way ("Cam-pu-chia" -> "KH"), else None."""
    _, index = _country_index()
    hit = index.get(_nfc(name.strip()))
    return hit[0] if hit else None


def chair_of(year: int) -> str | None:
    found = chairs().get(year)
    return found.country if found else None


def _person_key(name: str) -> str:
    """How an office-holder's name is compared: case, hyphens, dots and spacing do not matter."""
    return " ".join(_nfc(name).lower().replace("-", " ").replace(".", ". ").split())


@lru_cache(maxsize=1)
def _office_holder_index() -> tuple[dict[str, str], dict[str, int]]:
    """office_holders.tsv read once: each spelling's country by ``_person_key``, and its row (one person) by
    ``_spelling_key``."""
    country_of: dict[str, str] = {}
    row_of: dict[str, int] = {}
    for row, (code, _role, spellings) in enumerate(_rows("office_holders.tsv")):
        for spelling in spellings.split("|"):
            country_of.setdefault(_person_key(spelling), code)
            row_of.setdefault(_spelling_key(spelling), row)
    return country_of, row_of


def _spelling_key(name: str) -> str:
    """As ``_person_key``, with dots dropped: "Marcos Jr." and "Marcos Jr" are one spelling of one person."""
    return " ".join(_nfc(name).lower().replace("-", " ").replace(".", " ").split())


def same_office_holder(a: str, b: str) -> bool:
    """Whether two names are spellings of one office-holder in office_holders.tsv, even sharing no word
    ("Jokowi" / "Joko Widodo", "Bongbong Marcos" / "Ferdinand Marcos Jr.")."""
    rows = _office_holder_index()[1]
    row = rows.get(_spelling_key(a))
    return row is not None and row == rows.get(_spelling_key(b))


@lru_cache(maxsize=1)
def _last_word_countries() -> dict[str, str]:
    """Each listed spelling's last word ("trump", "pu-tin") with its country,
    kept only when every office-holder ending in that word serves one country."""
    seen: dict[str, set[str]] = {}
    for code, _role, spellings in _rows("office_holders.tsv"):
        keys = [_last_name_key(spelling).split() for spelling in spellings.split("|")]
        # a piece of a hyphenated word is a given name's syllable: "Ban Ki Moon" does not end in a family name
        pieces = {piece for words in keys for w in words if "-" in w for piece in w.split("-")}
        for words in keys:
            if len(words) >= 2 and words[-1] not in pieces:
                seen.setdefault(words[-1], set()).add(code)
    return {word: next(iter(codes)) for word, codes in seen.items() if len(codes) == 1}


def office_holder_country_by_last_name(word: str) -> str | None:
    """The country of the listed office-holders whose name ends in ``word`` ("Trump" -> "US"), when they all
    serve one; for a person named by one word only."""
    key = _last_name_key(word).split()
    return _last_word_countries().get(key[-1]) if key else None


def _last_name_key(name: str) -> str:
    """Case and dots do not matter; hyphens do, since they join a Korean given name ("Jae-in")."""
    return " ".join(_nfc(name).lower().replace(".", " ").split())


def office_holder_country(name: str) -> str | None:
    """The country (or organisation) a well-known foreign office-holder serves, by any spelling in
    office_holders.tsv ("Lý Hiển Long" -> "SG"); None for a name not listed."""
    return _office_holder_index()[0].get(_person_key(name))
