"""The keyword filter on feed items: does a title or summary speak of diplomacy at all?

Words match as whole words, case aside but diacritics kept: "thăm" (visit) must not match "tham gia".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterable

_WORD_EDGE = r"[0-9A-Za-zÀ-ỹĐđ]"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _lines(package: str, *parts: str) -> list[str]:
    text = resources.files(package).joinpath(*parts).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def default_keywords() -> tuple[str, ...]:
    """keywords.txt plus the Vietnamese label of each meeting series of the registry."""
    words = _lines("summitgraph.monitor", "data", "keywords.txt")
    for row in _lines("summitgraph.registry", "data", "series.tsv"):
        cells = row.split("\t")
        if len(cells) >= 4 and cells[3].strip():
            words.append(cells[3].strip())
    return tuple(dict.fromkeys(words))


class KeywordFilter:
    def __init__(self, keywords: Iterable[str]) -> None:
        words = sorted({_norm(word) for word in keywords if word.strip()}, key=len, reverse=True)
        self.pattern = (re.compile(rf"(?<!{_WORD_EDGE})(?:{'|'.join(map(re.escape, words))})(?!{_WORD_EDGE})")
                        if words else None)

    def matches(self, *texts: str | None) -> bool:
        """True when any text holds a keyword; an item with no text at all (a bare URL) passes, since there is
        nothing to judge it by before its page is read."""
        present = [text for text in texts if text and text.strip()]
        if not present or self.pattern is None:
            return True
        return any(self.pattern.search(_norm(text)) for text in present)


def keyword_filter(keywords: Iterable[str]) -> KeywordFilter:
    """The filter for a source: its own keywords, or the defaults when it has none."""
    words = tuple(keywords)
    return KeywordFilter(words or default_keywords())
