"""What the knowledge base is built from: every current article's metadata, the sentences its facts sit in,
its near-duplicate group, and one ``Mention`` per record read from it.

Article texts are read once, a batch at a time, and only the sentences that facts point at are kept, so a
rebuild over tens of thousands of articles does not hold their texts in memory.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from summitgraph.model import Article, Evidence, Reading
from summitgraph.store import Store
from summitgraph.store.serialize import reading_records, record_to_dict
from summitgraph.text.normalize import fold
from summitgraph.text.sentences import split_sentences
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD, DuplicateFinder
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

    def add(self, article: Article, facts: Iterable[RawFact], published: str | None = None) -> None:
        facts = [f for f in facts if f.kind in KINDS]
        self._duplicates.add(article.id, article.text)
        sentences = split_sentences(article.text)
        folded: list[str] | None = None       # folded only if some fact has no spans to place it by
        kept: dict[int, SentenceRef] = {}
        for fact in facts:
            spans = [(s.start, s.end) for s in fact.evidence.spans] if fact.evidence else []
            if spans:
                where = _sentences_of(spans, sentences)
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


def _sentences_of(spans: list[tuple[int, int]], sentences: list[Any]) -> list[int]:
    """Indices of the sentences the spans overlap."""
    return [i for i, s in enumerate(sentences) if any(a < s.end and s.start < b for a, b in spans)]


def _sentences_naming(record: dict[str, Any], folded: list[str]) -> list[int]:
    """Without evidence spans (hand-written or gold records): the sentences that contain the record's name."""
    name = record.get("name")
    if not name:
        return []
    needle = fold(str(name))
    return [i for i, text in enumerate(folded) if needle and needle in text]


def load(store: Store, threshold: float = DEFAULT_THRESHOLD) -> Corpus:
    """The corpus of every current article in the store."""
    by_article: dict[str, list[RawFact]] = defaultdict(list)
    published: dict[str, str] = {}
    for fact in store.facts():
        if fact.kind == "published":
            value = fact.record.get("published")
            if value:
                published[fact.article_key] = value
            continue
        by_article[fact.article_key].append(RawFact(fact.kind, fact.position, fact.record, fact.evidence))
    builder = CorpusBuilder(threshold)
    for stored in store.iter_articles():
        builder.add(stored.article, by_article.get(stored.key, []), published.get(stored.key))
    return builder.finish()


def from_readings(readings: Iterable[Reading], threshold: float = DEFAULT_THRESHOLD) -> Corpus:
    """The corpus of readings held in memory (tests, benchmarks)."""
    builder = CorpusBuilder(threshold)
    for reading in readings:
        builder.add_reading(reading)
    return builder.finish()
