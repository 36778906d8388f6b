"""Tokens of a sentence and the features the meeting-name tagger reads for each.

Tokens are words, numbers and single punctuation marks of the article text, with offsets into it; the
features are read from the length-preserving fold (lower case, no diacritics), the word's shape and what
the registry knows of it (a country, an ASEAN partner, a host city, a word of a series rule).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from summitgraph import registry
from summitgraph.extract.series import PARTNERS

_TOKEN = re.compile(r"\w+(?:[+]|(?:[-/.]\w+)+)?|[^\w\s]")
# A sentence the tagger reads names a meeting by one of these words (folded); the others are skipped,
# which keeps the tagger to a few milliseconds an article.
MEETING_WORD = re.compile(r"\b(?:hoi nghi|cuoc hop|nhom hop|phien hop|dien dan|doi thoai|thuong dinh|ky hop|"
                          r"tham van|cuoc gap|hoi thao|dai hoi dong|som|amm|aem|admm|arf|eas|apec|asem|g20|aipa)\b")
# The tagger reads a window around each meeting word: a few words before it (a round's number, "các"),
# and as far after it as a name runs (mentions.MAX_NAME).
BEFORE, AFTER = 30, 160


def windows(folded: str, start: int, end: int, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Stretches of ``folded[start:end]`` around its meeting words, merged where they overlap; each starts
    at the start of a word. A meeting word inside a ``skip`` span (a name already found) opens none."""
    out: list[tuple[int, int]] = []
    for m in MEETING_WORD.finditer(folded, start, end):
        if any(a <= m.start() < b for a, b in skip):
            continue
        lo = max(start, m.start() - BEFORE)
        while lo > start and not folded[lo - 1].isspace():
            lo -= 1
        hi = min(end, m.end() + AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class Token(NamedTuple):
    start: int
    end: int
    word: str    # as written
    folded: str  # lower case, no diacritics


def tokens(text: str, folded: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), folded[m.start():m.end()])
            for m in _TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=1)
def series_words() -> frozenset[str]:
    """Words the series rules are written with ("bo", "truong", "kinh", "te", "asean"...)."""
    words: set[str] = set()
    for line in (registry.DATA / "series_rules.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(re.findall(r"[a-z]{2,}", line.split("\t", 1)[-1]))
    return frozenset(words - {"b", "s", "w", "d"})


_UPPER, _LOWER, _DIGIT, _REPEAT = (re.compile(p) for p in (r"[A-ZÀ-ỸĐ]", r"[a-zà-ỹđ]", r"\d", r"(.)\1+"))


@lru_cache(maxsize=20000)
def shape(word: str) -> str:
    out = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEAT.sub(r"\1\1", out)[:6]


Place = tuple[int, int, str]   # (start, end, kind) of a registry name in the article


def places(text: str, country_hits=None, city_hits=None) -> list[Place]:
    """The registry's names in the whole text, each as "partner", "country" or "city"; the hits may be given
    when already found (the reader's context has them)."""
    countries = registry.find_countries(text) if country_hits is None else country_hits
    cities = registry.find_cities(text) if city_hits is None else city_hits
    out = [(h.start, h.end, "partner" if h.key in PARTNERS else "country") for h in countries]
    out += [(h.start, h.end, "city") for h in cities]
    return sorted(out)


def _gazetteer(toks: list[Token], found: list[Place]) -> list[str]:
    """Per token: the kind of the registry name covering it, else ""."""
    marks = [""] * len(toks)
    if not toks:
        return marks
    lo, hi = toks[0].start, toks[-1].end
    for a, b, kind in found[bisect_left(found, (lo - 200,)):]:
        if a >= hi:
            break
        for i, t in enumerate(toks):
            if a <= t.start < b and not marks[i]:
                marks[i] = kind
    return marks


@lru_cache(maxsize=20000)
def _own(w: str, folded: str, gaz: str) -> tuple[str, ...]:
    feats = [f"w={folded}", f"s={shape(w)}"]
    if w[:1].isupper():
        feats.append("cap")
    if len(w) > 1 and w.isupper():
        feats.append("acr")
    if w.isdigit():
        feats.append("num" if len(w) < 4 else "year")
    if folded in series_words():
        feats.append("kw")
    if gaz:
        feats.append(f"g={gaz}")
    return tuple(feats)


@lru_cache(maxsize=20000)
def _around(own: tuple[str, ...], d: int) -> tuple[str, ...]:
    return tuple(f"{d}:{f}" for f in own if not f.startswith("s="))


def sentence_features(toks: list[Token], found: list[Place]) -> list[list[str]]:
    """Each token's own features, and its neighbours' (two either side) marked by their distance; ``found``
    is ``places`` of the text."""
    gaz = _gazetteer(toks, found)
    own = [_own(t.word, t.folded, g) for t, g in zip(toks, gaz)]
    out = []
    n = len(toks)
    for i in range(n):
        feats = ["bias", *own[i]]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats += _around(own[j], d)
            else:
                feats.append(f"{d}:edge")
        if i > 0:
            feats.append(f"b-={toks[i - 1].folded}|{toks[i].folded}")
        if i + 1 < n:
            feats.append(f"b+={toks[i].folded}|{toks[i + 1].folded}")
        out.append(feats)
    return out
