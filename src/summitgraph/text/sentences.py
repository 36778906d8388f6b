"""Sentence splitting with character offsets.

Vietnamese news uses abbreviations with dots (TP., TS., Th.S, "V.Pu-tin", "C.Rice") and decimal
numbers ("1,5", "3.000"); a sentence ends at . ! ? … (optionally followed by a closing quote or
bracket) before whitespace and an upper-case letter, digit or quote, or at a line break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from summitgraph.model import Span

# Dots that do not end a sentence: a short abbreviation or an initial before a name.
_ABBREVIATIONS = {"tp", "ts", "ths", "gs", "pgs", "ng", "st", "mr", "mrs", "ms", "dr", "tt", "q", "p", "no", "vs", "ttxvn"}

# A "sentence" longer than this is a table or a list run together, not prose (the longest real one in
# the corpora is about 1,500 characters). It is cut at a space: extractors scan a sentence once per
# candidate they find in it, so one endless sentence would take time growing with its square.
MAX_SENTENCE_CHARS = 3000

# Capitals only: "À-Ỹ" as a range also holds the lower-case letters Vietnamese interleaves ("đ", "ư", "ấ"), and a
# dot before "đã" ("Marcos Jr. đã tiếp ...") would end the sentence.
_UPPER = "A-ZĐ" + "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()}))
_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+(?:[*•+\-–]\s*)?[\"“‘(\[]?[" + _UPPER + r"0-9])")


@dataclass(frozen=True)
class Sentence:
    span: Span
    text: str
    paragraph: int

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the dot at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = re.search(r"([A-Za-zÀ-ỹĐđ]+)$", text[max(0, dot - 6):dot])
    if not word:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        # an initial: "V.Pu-tin", "C. Rice"; not a word of one accented letter ("châu Á.", "thăm Ý.")
        return token.isascii() or token == "Đ"
    return token.lower() in _ABBREVIATIONS


# An outlet's tag opening a lead: "TGVN. Sáng 3/2, ...", "VOV.VN. Chiều nay ...", "NDO. Ngày 5/1 ...".
_OUTLET_TAG = re.compile(r"[A-ZĐ][A-ZĐ.]{1,9}")


def _is_outlet_tag(text: str, paragraph_start: int, dot: int) -> bool:
    """True when everything before the dot in its paragraph is one upper-case tag: the outlet's, not a
    sentence of its own (else the lead's first sentence would start after it)."""
    return _OUTLET_TAG.fullmatch(text, paragraph_start, dot) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` with spans into ``text``; blank stretches are skipped."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    paragraph = 0
    for para_match in re.finditer(r"[^\n]+", text[start:end]):
        p_start = start + para_match.start()
        p_end = start + para_match.end()
        cut = p_start
        for m in _END.finditer(text, p_start, p_end):
            if text[m.start()] == "." and m.end() - m.start() == 1 and (
                    _is_abbreviation(text, m.start()) or _is_outlet_tag(text, p_start, m.start())):
                continue
            _append(out, text, cut, m.end(), paragraph)
            cut = m.end()
        _append(out, text, cut, p_end, paragraph)
        paragraph += 1
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut_point(text, start)
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        out.append(Sentence(Span(start, piece_end), text[start:piece_end], paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(Span(start, end), text[start:end], paragraph))


def _cut_point(text: str, start: int) -> int:
    """Where an over-long sentence starting at ``start`` (not a space) is cut: at its last space in
    the second half of the limit, else (one endless word) at the limit itself."""
    limit = start + MAX_SENTENCE_CHARS
    space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
    return space if space != -1 else limit
