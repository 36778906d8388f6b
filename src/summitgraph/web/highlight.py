"""An article's cleaned text cut into paragraphs, sentences and pieces, each piece knowing which facts
cover it, so a template can highlight extracted facts and the sentence a source link points at.

Nothing here produces HTML: the template escapes every piece of text it prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from summitgraph.model import Span
from summitgraph.text.sentences import split_sentences


@dataclass(frozen=True)
class Mark:
    """A fact's evidence span to highlight."""

    fact_id: int
    kind: str
    span: Span


@dataclass
class Piece:
    text: str
    start: int
    end: int
    marks: tuple[Mark, ...] = ()
    target: bool = False           # inside the span a source link points at
    anchors: list[str] = field(default_factory=list)  # "f-<fact id>" on the first piece of each fact

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})


@dataclass
class SentenceView:
    start: int
    end: int
    pieces: list[Piece] = field(default_factory=list)
    target: bool = False
    anchor: str | None = None      # "hl" on the first sentence of the linked span


@dataclass
class ParagraphView:
    index: int
    sentences: list[SentenceView] = field(default_factory=list)


def parse_target(value: str | None, text_length: int) -> Span | None:
    """"120-245" -> Span(120, 245) when it lies inside the text; anything else means no target (a stale or
    mistyped link still shows the article)."""
    if not value:
        return None
    start_text, sep, end_text = value.partition("-")
    if not sep or not start_text.isdigit() or not end_text.isdigit():
        return None
    start, end = int(start_text), int(end_text)
    if start >= end or end > text_length:
        return None
    return Span(start, end)


def highlight(text: str, marks: list[Mark], target: Span | None = None) -> list[ParagraphView]:
    """Paragraphs of ``text`` with every piece tagged by the marks covering it and the target span."""
    paragraphs: dict[int, ParagraphView] = {}
    anchored: set[int] = set()
    target_anchored = False
    for sentence in split_sentences(text):
        view = SentenceView(sentence.start, sentence.end)
        if target is not None and _overlaps(sentence.start, sentence.end, target):
            view.target = True
            if not target_anchored:
                view.anchor = "hl"
                target_anchored = True
        inside = [m for m in marks if _overlaps(sentence.start, sentence.end, m.span)]
        for start, end in _pieces(sentence.start, sentence.end, inside, target):
            covering = tuple(m for m in inside if m.span.start <= start and end <= m.span.end)
            piece = Piece(text[start:end], start, end, covering,
                          target is not None and target.start <= start and end <= target.end)
            for mark in covering:
                if mark.fact_id not in anchored:
                    anchored.add(mark.fact_id)
                    piece.anchors.append(f"f-{mark.fact_id}")
            view.pieces.append(piece)
        paragraphs.setdefault(sentence.paragraph, ParagraphView(sentence.paragraph)).sentences.append(view)
    return [paragraphs[i] for i in sorted(paragraphs)]


def _overlaps(start: int, end: int, span: Span) -> bool:
    return span.start < end and start < span.end


def _pieces(start: int, end: int, marks: list[Mark], target: Span | None) -> list[tuple[int, int]]:
    """Cut [start, end) at every mark and target boundary inside it."""
    cuts = {start, end}
    spans = [m.span for m in marks] + ([target] if target is not None else [])
    for span in spans:
        for point in (span.start, span.end):
            if start < point < end:
                cuts.add(point)
    ordered = sorted(cuts)
    return list(zip(ordered, ordered[1:]))


def sentence_of(text: str, span: Span) -> Span:
    """The sentence(s) holding ``span``: what a source link shows as the quote. Sentences never cross a line,
    so only the lines the span touches are split: the same sentences as splitting the whole text, at the
    cost of a line instead of an article (a dossier quotes dozens of articles)."""
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    covering = [s for s in split_sentences(text, lo, len(text) if hi == -1 else hi)
                if _overlaps(s.start, s.end, span)]
    if not covering:
        return span
    return Span(covering[0].start, covering[-1].end)
