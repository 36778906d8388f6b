"""The name a reader sees for a meeting: the fullest mention the articles' body sentences give, cleaned.

Article names are kept as written (aliases, search); only the display choice is made here. A candidate is
cleaned of a caption tail ("... chụp ảnh lưu niệm"), a headline's verb phrase ("... nhất trí tăng cường"), a
doubled word ("ASEAN ASEAN"), a dangling "và", and
for a bilateral meeting of the list of further counterparts a sentence gave ("... với Thủ tướng A, Tổng
thống B, ..."). A headline's wording counts below the body's. When what is left is a bare verb ("tiếp",
"hội đàm") or the raw series id, the name is composed from the series and the countries.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from summitgraph import registry
from summitgraph.text.normalize import fold
from summitgraph.kb.labels import country_name, series_label
from summitgraph.kb.types import Mention

# A name longer than this is usually a sentence fragment the extractor swallowed.
MAX_DISPLAY_NAME = 140
# Fewer words than this, and the name says only what kind of meeting it was.
MIN_NAME_WORDS = 3
# A whole word written twice in a row ("ASEAN ASEAN"); hyphenated names ("Xéc-bi-a A-lếch-xan-đa") are whole words.
_DOUBLED = re.compile(r"(?<!\S)(\w{2,})(?:\s+\1)+(?!\S)")
# A comma or semicolon before the next counterpart's title: "..., Tổng thống B".
_NEXT_COUNTERPART = re.compile(r"\s*[;,]\s+(?=(?:Thủ tướng|Tổng thống|Chủ tịch|Bộ trưởng|Phó|Tổng|Quốc vương|Nhà vua|"
                               r"Hoàng|Cố vấn|Ngoại trưởng|Chánh án|Thủ hiến)\b)")
_BILATERAL = ("bilateral-talks", "bilateral-visit")
# In a multilateral meeting's name, "với" + a person's title starts the people met there, not the name.
_WITH_PERSON = re.compile(r"\s+với\s+(?=(?:Thủ tướng|Tổng thống|Chủ tịch|Bộ trưởng|Ngoại trưởng|Quốc vương)\b)")


@lru_cache(maxsize=1)
def caption_tails() -> tuple[str, ...]:
    lines = (registry.DATA / "meeting_name_tails.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(sorted((fold(line) for line in lines if line.strip() and not line.startswith("#")),
                        key=len, reverse=True))


def own_counterpart(text: str, counterpart: str | None) -> str:
    """From "... với A, B, C" keep the one counterpart the meeting is with (its country named in it), else
    the first; what comes before "với" stays."""
    lead, joined, first = text.partition(" với ")
    if not joined:
        return text          # no "với": a name listing both sides ("Hội đàm, A và B") is kept whole
    parts = _NEXT_COUNTERPART.split(first)
    # Each counterpart is a title and a name; a part of fewer words is a second title of the same person
    # ("với Tổng Bí thư, Chủ tịch nước ... X"), not another counterpart.
    if len(parts) == 1 or any(len(part.split()) < 4 for part in parts):
        return text
    chosen = parts[0]
    country = registry.countries().get(counterpart or "")
    if country is not None:
        spellings = [fold(n) for n in country.names + country.ambiguous if n]
        for part in parts:
            words = set(fold(part).split())
            if any(f" {sp} " in f" {fold(part)} " and set(sp.split()) <= words for sp in spellings):
                chosen = part
                break
    return f"{lead} với {chosen}"


@lru_cache(maxsize=1)
def headline_verbs() -> tuple[str, ...]:
    lines = (registry.DATA / "meeting_name_verbs.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def cut_headline_verb(text: str) -> str:
    """"Hội nghị ... lần thứ 21 nhất trí tăng cường ..." -> "Hội nghị ... lần thứ 21": a headline's verb and
    what follows it are not the name (the verb is matched as written, lower case, on word boundaries)."""
    words = text.split()
    for i in range(MIN_NAME_WORDS, len(words)):
        rest = " ".join(words[i:])
        if any(rest == verb or rest.startswith(verb + " ") for verb in headline_verbs()):
            return " ".join(words[:i]).rstrip(" ,;:–-")
    return text


@lru_cache(maxsize=65536)
def clean_name(name: str, series: str, counterpart: str | None = None) -> str:
    """One candidate as a reader should see it (see the module doc). Cached: copies of one story repeat
    their names, and a name is cleaned the same way every time."""
    text = " ".join(name.split())
    text = _DOUBLED.sub(r"\1", text)
    text = cut_headline_verb(text)
    if series in _BILATERAL:
        head = own_counterpart(text, counterpart)
        if len(head.split()) >= MIN_NAME_WORDS:
            text = head
    else:
        head = _WITH_PERSON.split(text, maxsplit=1)[0]
        if len(head.split()) >= MIN_NAME_WORDS:
            text = head
    changed = True
    while changed:
        changed = False
        words = text.split()
        folded = fold(text)
        for tail in caption_tails():
            tail_words = len(tail.split())
            if len(words) > tail_words + 1 and folded.endswith(" " + tail):
                text = " ".join(words[:-tail_words]).rstrip(" ,;:–-")
                changed = True
                break
    return text[:1].upper() + text[1:] if text else text


def composed_name(series: str, partner: str | None, parties: Iterable[str] | None) -> str:
    """Series label and the countries, for a meeting no article names well: "Hội đàm Việt Nam – Lào"."""
    label = series_label(series, "vi") or series
    if series == "bilateral-talks":
        label = "Hội đàm"
    codes = [c for c in (parties or []) if c]
    if not codes and partner:
        codes = ["ASEAN", partner]
    # Viet Nam first: the news is Vietnamese and names its own side first.
    codes.sort(key=lambda code: (code != "VN", code))
    countries = " – ".join(country_name(code) or code for code in codes)
    return f"{label} {countries}".strip()


def display_name(mentions: list[Mention], series: str, partner: str | None = None,
                 parties: Iterable[str] | None = None) -> str:
    """The name to show: the fullest cleaned body mention, else a headline's, else a composed one."""
    weights: Counter[str] = Counter()
    sides = [code for code in (parties or []) if code and code != "VN"]
    counterpart = sides[0] if len(sides) == 1 else partner
    for mention in mentions:
        raw = str(mention.record.get("name") or "").strip()
        if not raw or raw == series:
            continue
        cleaned = clean_name(raw, series, counterpart)
        if len(cleaned) > MAX_DISPLAY_NAME or len(cleaned.split()) < MIN_NAME_WORDS:
            continue
        in_headline_only = bool(mention.sentences) and set(mention.sentences) == {0}
        weights[cleaned] += 1 if in_headline_only else 10
    if weights:
        # Body mentions first, then the fullest wording, then the most repeated; ties broken by the text.
        return max(weights, key=lambda name: (weights[name] >= 10, len(name), weights[name], name))
    return composed_name(series, partner, parties)
