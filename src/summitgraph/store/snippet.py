"""A short passage of an article around the words a search found, with those words marked.

The words are found in a length-keeping fold of the text (no diacritics, đ -> d, lower case), so "da nang"
marks "Đà Nẵng" in the original spelling; the phrase is preferred to the words apart.
"""
from __future__ import annotations

import re

from ..text.normalize import fold_keep_length

# Characters of context on each side of the first match.
CONTEXT = 90
# Characters folded first (see snippet).
OPENING = 1500

Segment = tuple[str, bool]   # (text, is a matched word)


def _word(token: str) -> str:
    return rf"(?<!\w){re.escape(token)}(?!\w)"


def snippet(text: str, tokens: list[str], context: int = CONTEXT) -> list[Segment]:
    """Segments of the passage around the best match: the phrase, else the first word found. Empty when none
    of the words occurs (the title alone matched)."""
    if not text or not tokens:
        return []
    phrase = re.compile(r"\W+".join(_word(t) for t in tokens))
    words = re.compile("|".join(_word(t) for t in sorted(set(tokens), key=len, reverse=True)))
    # The fold costs in proportion to the text: fold the opening first, where the phrase mostly is, and the
    # whole text only when the phrase and its passage do not lie inside it. The fold keeps length, character
    # by character, so the opening's fold is the whole fold's opening.
    folded = fold_keep_length(text[:OPENING])
    anchor = phrase.search(folded)
    if anchor is not None:
        start, end = _widen(text, anchor.start() - context, anchor.end() + context)
    if len(folded) < len(text) and (anchor is None or end >= len(folded)):
        folded = fold_keep_length(text)
        anchor = phrase.search(folded)
        if anchor is not None:
            start, end = _widen(text, anchor.start() - context, anchor.end() + context)
    if anchor is None:
        found = list(words.finditer(folded))
        if not found:
            return []
        first, last = _tightest(found)
        start, end = _widen(text, first - context, max(last, first + context) + context // 2)
    marks = phrase if phrase.search(folded, start, end) else words
    segments: list[Segment] = []
    cursor = start
    for match in marks.finditer(folded, start, end):
        if match.start() > cursor:
            segments.append((text[cursor:match.start()], False))
        segments.append((text[match.start():match.end()], True))
        cursor = match.end()
    if cursor < end:
        segments.append((text[cursor:end], False))
    if start > 0:
        segments.insert(0, ("…", False))
    if end < len(text):
        segments.append(("…", False))
    # Line breaks inside the passage read as spaces; the spaces next to a marked word stay.
    return [(re.sub(r"\s+", " ", part), hit) for part, hit in segments if part]


def _tightest(found: list[re.Match[str]]) -> tuple[int, int]:
    """The shortest stretch holding as many different query words as any stretch does."""
    most = len({m.group() for m in found})
    best = (found[0].start(), found[0].end())
    best_width = None
    for i, match in enumerate(found):
        seen: set[str] = set()
        for later in found[i:]:
            seen.add(later.group())
            if len(seen) == most:
                width = later.end() - match.start()
                if best_width is None or width < best_width:
                    best, best_width = (match.start(), later.end()), width
                break
    return best


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The window clipped to the text and moved out to whole words."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
