"""A short extractive summary of a meeting, in Vietnamese, from the sentences its sources state it in.

Only sentences the articles themselves wrote are used, each cited by its article and span. A sentence scores
for saying when and where (a date, a host city), for naming the meeting's people, and for coming early in its
article; a sentence too close to one already chosen (the same wire story in another outlet) is skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from summitgraph import registry
from summitgraph.text.normalize import fold
from summitgraph.kb.types import ArticleInfo, Mention, SentenceRef

MAX_SENTENCES = 3
MIN_CHARS = 30
LONG_CHARS = 350
# Two sentences sharing this share of their words say the same thing.
REDUNDANT = 0.5

_DATE_CUE = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\b|\b(?:ngày|tháng|sáng|chiều|tối)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """A sentence's folded words: the same for every meeting that cites it (wire copies repeat sentences)."""
    return frozenset(_WORD.findall(_features(text)[2]))


def score_sentence(sentence: SentenceRef, people: Iterable[str], *, is_title: bool) -> float:
    return _score(sentence, _folded_names(people), is_title=is_title)


def _folded_names(people: Iterable[str]) -> list[str]:
    return [fold(name) for name in people if name]


def _score(sentence: SentenceRef, folded_people: list[str], *, is_title: bool) -> float:
    """score_sentence with the people's names folded once per summary, not once per sentence."""
    text = sentence.text
    says_when, says_where, folded = _features(text)
    score = 1.0 / (1 + sentence.index)          # the lead of a news story says the most
    if says_when:
        score += 1.0
    if says_where:
        score += 0.5
    score += min(1.5, 0.5 * sum(1 for name in folded_people if name in folded))
    if len(text) < MIN_CHARS:
        score -= 2.0
    elif len(text) > LONG_CHARS:
        score -= 0.5
    if is_title:
        score -= 1.0                             # a headline is not a sentence of the story
    return score


@lru_cache(maxsize=16384)
def _features(text: str) -> tuple[bool, bool, str]:
    """Whether a sentence says when and where, and its folded text: the same for every meeting that cites it
    (each meeting of an article scores its sentences again)."""
    return bool(_DATE_CUE.search(text)), bool(registry.find_cities(text)), fold(text)


def summarize(mentions: list[Mention], articles: dict[str, ArticleInfo], people: Iterable[str] = (),
              limit: int = MAX_SENTENCES) -> list[dict[str, Any]]:
    """Up to ``limit`` sentences, in the order of their articles' dates, each as {text, article, span}."""
    names = _folded_names(people)
    scored: list[tuple[float, str, SentenceRef, str]] = []
    seen: set[tuple[str, int]] = set()
    for mention in mentions:
        info = articles.get(mention.article)
        if info is None:
            continue
        for index in mention.sentences:
            sentence = info.sentences.get(index)
            if sentence is None or (info.key, index) in seen:
                continue
            seen.add((info.key, index))
            is_title = index == 0 and bool(info.title) and sentence.text.strip() == (info.title or "").strip()
            scored.append((_score(sentence, names, is_title=is_title), info.key, sentence, info.group))
    scored.sort(key=lambda item: (-item[0], item[1], item[2].index))
    chosen: list[tuple[str, SentenceRef]] = []
    chosen_words: list[frozenset[str]] = []
    for _, key, sentence, _group in scored:
        words = _words(sentence.text)
        if any(len(words & other) / max(1, min(len(words), len(other))) >= REDUNDANT for other in chosen_words):
            continue
        chosen.append((key, sentence))
        chosen_words.append(words)
        if len(chosen) == limit:
            break
    chosen.sort(key=lambda item: (articles[item[0]].published or "9999", item[0], item[1].index))
    return [{"text": sentence.text, "article": key, "span": [sentence.start, sentence.end]}
            for key, sentence in chosen]


def as_text(summary: list[dict[str, Any]]) -> str:
    """The summary as one paragraph, each sentence followed by its article in brackets."""
    return " ".join(f"{item['text']} [{item['article']}]" for item in summary)
