"""Finding phrases that start a word, at the speed of ``re``'s own prefix search.

``re`` skips ahead with a fast scan only when a pattern opens with a literal or a set of literal first
characters; a leading ``\\b`` (or any look-behind) makes it try the whole pattern at every position of the
text. ``WordStart`` compiles the phrase pattern without the boundary and checks the boundary itself on each
hit, resuming one character later when a hit starts inside a word, so it finds exactly what ``\\b`` + the
pattern finds with ``finditer``.
"""
from __future__ import annotations

import re
from typing import Iterator


class WordStart:
    """``re.compile(r"\\b" + body)``'s ``finditer``, for a ``body`` whose matches begin with a word character."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.pattern = re.compile(body, flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        search = self.pattern.search
        while pos <= end:
            found = search(text, pos, end)
            if found is None:
                return
            start = found.start()
            if start and _is_word_char(text[start - 1]):
                pos = start + 1            # inside a word ("tham" in "xtham"): not a match, look further on
                continue
            yield found
            pos = found.end() if found.end() > start else start + 1


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"   # what \w is for str patterns
