"""What the knowledge base is built from and what it holds, as plain dataclasses.

Inputs: ``ArticleInfo`` (an article's metadata and the sentences its facts sit in) and ``Mention`` (one record of
one article). Outputs: ``Fact`` (one merged field: the chosen value, every candidate value with its sources, the
conflict flag, the registry rule when inferred). Everything has ``to_json`` so the API can return it as is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Confidence given to a fact read without a confidence (hand-written records, gold files).
UNKNOWN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of an article that one of its facts sits in."""

    index: int        # order within the article
    start: int
    end: int
    text: str


@dataclass
class ArticleInfo:
    key: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None              # ISO date: the file's own, else the extractor's "published" fact
    group: str                         # near-duplicate group: the key of the group's first article
    sentences: dict[int, SentenceRef] = field(default_factory=dict)   # only the sentences facts sit in

    def cite(self) -> dict[str, Any]:
        return {"article": self.key, "title": self.title, "url": self.url, "outlet": self.outlet,
                "published": self.published}


@dataclass
class Mention:
    """One record (meeting, person or document) as one article states it."""

    kind: str                          # meeting | person | document | chair
    article: str
    position: int                      # index in the article's list (a meeting's "prepares" points here)
    record: dict[str, Any]             # gold-format record as stated
    confidence: float
    group: str                         # the article's near-duplicate group
    published: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    sentences: tuple[int, ...] = ()    # indices of the article's sentences the record's evidence sits in
    filled: dict[str, tuple[Any, str]] = field(default_factory=dict)  # field -> (value, rule) completed here

    @property
    def ref(self) -> str:
        return f"{self.article}#{self.position}"

    def value(self, name: str) -> Any:
        """The record's value with any mention-level completion (e.g. the year of a year-less date)."""
        if name in self.filled:
            return self.filled[name][0]
        return self.record.get(name)


@dataclass(frozen=True)
class SourceRef:
    """One place a value is stated."""

    article: str
    position: int
    confidence: float
    group: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "position": self.position, "confidence": round(self.confidence, 3)}


@dataclass
class Candidate:
    """One value a field takes in some source (or by a registry rule)."""

    value: Any
    sources: list[SourceRef] = field(default_factory=list)
    rule: str | None = None            # the registry rule that gave (or completed) it
    reference: bool = False            # the rule reads checked reference data: it outweighs any article
    agrees: bool = True                # compatible with the field's chosen value (set by the merge)

    @property
    def independent(self) -> int:
        """Sources counted once per near-duplicate group."""
        return len({s.group for s in self.sources})

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.independent, "articles": len(self.sources),
                "rule": self.rule, "agrees": self.agrees, "sources": [s.to_json() for s in self.sources]}


@dataclass
class Fact:
    """One field of a merged record."""

    field: str
    value: Any
    confidence: float
    candidates: list[Candidate]
    conflict: bool = False             # some candidate is incompatible with the chosen value
    rule: str | None = None            # set when the chosen value comes from a registry rule alone

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": round(self.confidence, 3), "conflict": self.conflict,
                "rule": self.rule, "values": [c.to_json() for c in self.candidates]}


class Sourced:
    """A resolved record built from mentions: the articles behind it, and their near-duplicate groups
    (a wire story printed by several outlets counts once as corroboration)."""

    mentions: list["Mention"]

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    @property
    def groups(self) -> list[str]:
        return sorted({m.group for m in self.mentions})

