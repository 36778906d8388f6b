"""What the knowledge base is built from: every current article's metadata, the sentences its facts sit in,
its near-duplicate group, and one ``Mention`` per record read from it.

Article texts are read once, a batch at a time, and only the sentences that facts point at are kept, so a
rebuild over tens of thousands of articles does not hold their texts in memory.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable

from summitgraph.model import Article, Evidence, Reading
from summitgraph.store import Store
from summitgraph.store.serialize import reading_records, record_to_dict
from summitgraph.text.normalize import fold
from summitgraph.text.sentences import split_sentences
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD, DuplicateFinder, StoredSignatures
from summitgraph.kb.types import UNKNOWN_CONFIDENCE, ArticleInfo, Mention, SentenceRef

KINDS = ("meeting", "person", "document", "chair")


@dataclass
class Corpus:
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=lambda: {kind: [] for kind in KINDS})

    def of(self, kind: str) -> list[Mention]:
        return self.mentions[kind]

    @property
    def groups(self) -> int:
        return len({a.group for a in self.articles.values()})


@dataclass(frozen=True)
class RawFact:
    kind: str
    position: int
    record: dict[str, Any]
    evidence: Evidence | None


class CorpusBuilder:
    """Add articles with their facts one at a time; ``finish`` names the near-duplicate groups."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self._duplicates = DuplicateFinder(threshold)
        self._corpus = Corpus()

    def add(self, article: Article, facts: Iterable[RawFact], published: str | None = None,
            signature: bytes | None = None) -> None:
        """``signature``: the article's packed near-duplicate signature when known (else made from its text)."""
        facts = [f for f in facts if f.kind in KINDS]
        self._duplicates.add(article.id, article.text, signature)
        sentences = split_sentences(article.text)
        ends = [s.end for s in sentences]
        folded: list[str] | None = None       # folded only if some fact has no spans to place it by
        kept: dict[int, SentenceRef] = {}
        for fact in facts:
            spans = [(s.start, s.end) for s in fact.evidence.spans] if fact.evidence else []
            if spans:
                where = _sentences_of(spans, sentences, ends)
            else:
                folded = folded if folded is not None else [fold(s.text) for s in sentences]
                where = _sentences_naming(fact.record, folded)
            for index in where:
                s = sentences[index]
                kept[index] = SentenceRef(index, s.start, s.end, s.text)
            confidence = fact.evidence.confidence if fact.evidence else UNKNOWN_CONFIDENCE
            self._corpus.mentions[fact.kind].append(Mention(
                kind=fact.kind, article=article.id, position=fact.position, record=dict(fact.record),
                confidence=confidence, group=article.id, published=article.published or published,
                spans=spans, sentences=tuple(where)))
        self._corpus.articles[article.id] = ArticleInfo(
            key=article.id, title=article.title, url=article.url, outlet=article.outlet,
            published=article.published or published, group=article.id, sentences=kept)

    def add_reading(self, reading: Reading) -> None:
        facts = [RawFact(kind, position, record_to_dict(record), record.evidence)
                 for kind, position, record in reading_records(reading)]
        self.add(reading.article, facts, reading.published)

    def finish(self) -> Corpus:
        groups = self._duplicates.groups()
        for info in self._corpus.articles.values():
            info.group = groups.get(info.key, info.key)
        for mentions in self._corpus.mentions.values():
            for mention in mentions:
                mention.group = groups.get(mention.article, mention.article)
        return self._corpus


def _sentences_of(spans: list[tuple[int, int]], sentences: list[Any], ends: list[int]) -> list[int]:
    """Indices of the sentences the spans overlap. Sentences follow each other, so their ends are sorted:
    a bisection finds the first one a span reaches, instead of testing every sentence for every fact."""
    found: set[int] = set()
    for a, b in spans:
        i = bisect_right(ends, a)
        while i < len(sentences) and sentences[i].start < b:
            if a < sentences[i].end:
                found.add(i)
            i += 1
    return sorted(found)


def _sentences_naming(record: dict[str, Any], folded: list[str]) -> list[int]:
    """Without evidence spans (hand-written or gold records): the sentences that contain the record's name."""
    name = record.get("name")
    if not name:
        return []
    needle = fold(str(name))
    return [i for i, text in enumerate(folded) if needle and needle in text]


def load(store: Store, threshold: float = DEFAULT_THRESHOLD) -> Corpus:
    """The corpus of every current article in the store, read a batch of articles (with their facts) at a
    time: the store's facts and texts are never all in memory, only the mentions and the kept sentences."""
    builder = CorpusBuilder(threshold)
    signatures = StoredSignatures(store)   # made at ingest; those missing are made here and stored
    for stored, found in store.iter_articles_with_facts():
        published = None
        raw: list[RawFact] = []
        for fact in found:
            if fact.kind == "published":
                published = fact.record.get("published") or published
            else:
                raw.append(RawFact(fact.kind, fact.position, fact.record, fact.evidence))
        builder.add(stored.article, raw, published, signatures.of(stored.pk, stored.article.text))
    signatures.flush()
    return builder.finish()


def from_readings(readings: Iterable[Reading], threshold: float = DEFAULT_THRESHOLD) -> Corpus:
    """The corpus of readings held in memory (tests, benchmarks)."""
    builder = CorpusBuilder(threshold)
    for reading in readings:
        builder.add_reading(reading)
    return builder.finish()
