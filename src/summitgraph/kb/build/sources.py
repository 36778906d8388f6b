"""What the knowledge base is built from: every current article's metadata, the sentences its facts sit in,
its near-duplicate group, and one ``Mention`` per record read from it.

Article texts are read once, a batch at a time, and only the sentences that facts point at are kept, so a
rebuild over tens of thousands of articles does not hold their texts in memory.
"""
from __future__ import annotations

import json
import sys
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from summitgraph.errors import NotFoundError
from summitgraph.model import Article, Evidence, Reading
from summitgraph.store import Store
from summitgraph.store.serialize import reading_records, record_to_dict
from summitgraph.text.normalize import fold
from summitgraph.text.sentences import split_sentences
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD, DuplicateFinder, GrowingFinder, StoredSignatures
from summitgraph.kb.types import (UNKNOWN_CONFIDENCE, ArticleInfo, Mention, PackedSentences, SentenceRef,
                                  SentenceSpill)

KINDS = ("meeting", "person", "document", "chair")


@dataclass
class Corpus:
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    # Each article's mentions in the order they were read: what the next build finds again in the entry
    # cache (``entry_json``) instead of reading the article's text.
    of_article: dict[str, list[Mention]] = field(default_factory=dict)
    # Near-duplicate detection's share of the load, in CPU seconds (it reads every text until signatures are
    # stored).
    dedup_seconds: float = 0.0

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

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, groups: dict[str, str] | None = None,
                 grown_from: dict[str, str] | None = None, spill: SentenceSpill | None = None) -> None:
        # Known groups (nothing added, changed or removed since the build that found them) need no detection;
        # ``grown_from``: the groups of a build since which articles were only added (only theirs are detected).
        self._duplicates: DuplicateFinder | GrowingFinder | None = None
        if grown_from is not None:
            self._duplicates = GrowingFinder(grown_from, threshold)
        elif groups is None:
            self._duplicates = DuplicateFinder(threshold)
        self._groups = groups
        self._corpus = Corpus()
        self._spill = spill       # where kept sentences go, when not held in memory (SentenceSpill)

    def add(self, article: Article, facts: Iterable[RawFact], published: str | None = None,
            signature: bytes | None = None) -> None:
        """``signature``: the article's packed near-duplicate signature when known (else made from its text)."""
        facts = [f for f in facts if f.kind in KINDS]
        key = sys.intern(article.id)     # the same string as the key in the build's marks (rebuild.shared_marks)
        self.add_text(key, article.text, signature)
        sentences = split_sentences(article.text)
        ends = [s.end for s in sentences]
        folded: list[str] | None = None       # folded only if some fact has no spans to place it by
        kept: dict[int, SentenceRef] = {}
        mentions: list[Mention] = []
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
            mentions.append(Mention(
                kind=fact.kind, article=key, position=fact.position, record=fact.record,
                confidence=confidence, group=key, published=article.published or published,
                spans=spans, sentences=tuple(where)))
        self._add_read(ArticleInfo(
            key=key, title=article.title, url=article.url, outlet=article.outlet,
            published=article.published or published, group=key,
            sentences=PackedSentences(kept, self._spill)), mentions)

    def add_text(self, key: str, text: str, signature: bytes | None = None) -> None:
        """The article's text, for near-duplicate detection only (``signature``: its stored one, if known)."""
        if self._duplicates is None:
            return
        started = time.process_time()
        self._duplicates.add(key, text, signature)
        self._corpus.dedup_seconds += time.process_time() - started

    def add_entry(self, key: str, entry: str) -> None:
        """An article as a previous build read it (``entry_json``); its text goes to ``add_text``."""
        info, mentions = entry_from_json(key, entry, self._spill)
        self._add_read(info, mentions)

    def _add_read(self, info: ArticleInfo, mentions: list[Mention]) -> None:
        for mention in mentions:
            self._corpus.mentions[mention.kind].append(mention)
        self._corpus.of_article[info.key] = mentions
        self._corpus.articles[info.key] = info

    def add_reading(self, reading: Reading) -> None:
        facts = [RawFact(kind, position, record_to_dict(record), record.evidence)
                 for kind, position, record in reading_records(reading)]
        self.add(reading.article, facts, reading.published)

    def finish(self) -> Corpus:
        groups = self._groups if self._duplicates is None else self._duplicates.groups()
        for info in self._corpus.articles.values():
            info.group = groups.get(info.key, info.key)
        for mentions in self._corpus.mentions.values():
            for mention in mentions:
                mention.group = groups.get(mention.article, mention.article)
        return self._corpus


def entry_json(info: ArticleInfo, mentions: list[Mention]) -> str:
    """What a build read of one article (its metadata, the sentences its facts sit in, its mentions as read,
    before any resolution), as JSON. Its near-duplicate group is not part of it: that depends on the others."""
    return json.dumps({
        "title": info.title, "url": info.url, "outlet": info.outlet, "published": info.published,
        "sentences": [[s.index, s.start, s.end, s.text] for s in info.sentences.values()],
        "mentions": [[m.kind, m.position, m.stated_record(), m.confidence, m.published, m.span_pairs(), m.sentences]
                     for m in mentions],
    }, ensure_ascii=False, separators=(",", ":"))


def entry_from_json(key: str, text: str, spill: SentenceSpill | None = None) -> tuple[ArticleInfo, list[Mention]]:
    key = sys.intern(key)
    data = json.loads(text)
    info = ArticleInfo(key=key, title=data["title"], url=data["url"], outlet=data["outlet"],
                       published=data["published"], group=key,
                       sentences=PackedSentences({s[0]: SentenceRef(s[0], s[1], s[2], s[3]) for s in data["sentences"]},
                                                 spill))
    mentions = [Mention(kind=kind, article=key, position=position, record=record, confidence=confidence,
                        group=key, published=published, spans=spans, sentences=tuple(where))
                for kind, position, record, confidence, published, spans, where in data["mentions"]]
    return info, mentions


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
    builder = CorpusBuilder(threshold, spill=SentenceSpill())
    signatures = StoredSignatures(store)   # made at ingest; those missing are made here and stored
    for stored, found in store.iter_articles_with_facts():
        _add_stored(builder, stored.article, found, signatures.of(stored.pk, stored.article.text))
    signatures.flush()
    return builder.finish()


def _add_stored(builder: CorpusBuilder, article: Article, found: Iterable[Any], signature: bytes | None = None) -> None:
    published = None
    raw: list[RawFact] = []
    for fact in found:
        if fact.kind == "published":
            published = fact.record.get("published") or published
        else:
            raw.append(RawFact(fact.kind, fact.position, fact.record, fact.evidence))
    builder.add(article, raw, published, signature)


def load_with_entries(store: Store, entries: "EntryReader", reuse: set[str],
                      threshold: float = DEFAULT_THRESHOLD, batch: int = 200,
                      marks: list[tuple[str, int, int]] | None = None,
                      grown_from: dict[str, str] | None = None) -> Corpus:
    """The same corpus as ``load``, in the same order, taking the articles in ``reuse`` (unchanged since the
    previous build) from that build's entries instead of reading their facts and splitting their texts again.
    Every article's near-duplicate signature is still read (made from its text where none is stored).

    ``marks``: the current articles as ``store.article_marks`` gave them (key, row id, highest fact id, in row
    order): the articles are walked by them, and the text of an article taken from its entry is read only
    when no signature is stored for it. ``grown_from``: the previous build's groups, when articles were only
    added since (near-duplicates are then detected for the new articles only: GrowingFinder)."""
    if marks is not None:
        return _load_by_marks(store, entries, reuse, marks, threshold, batch, grown_from)
    builder = CorpusBuilder(threshold)
    signatures = StoredSignatures(store)
    for page in _pages(store.iter_articles(batch), batch):
        cached = entries([s.key for s in page if s.key in reuse])
        for stored in page:
            signature = signatures.of(stored.pk, stored.article.text)
            if stored.key in cached:
                builder.add_text(stored.key, stored.article.text, signature)
                builder.add_entry(stored.key, cached[stored.key])
            else:
                _add_stored(builder, stored.article, store.facts(article=stored.pk), signature)
    signatures.flush()
    return builder.finish()


EntryReader = Any   # (keys) -> {key: entry JSON}: the previous build's entries of those articles


def _load_by_marks(store: Store, entries: EntryReader, reuse: set[str], marks: list[tuple[str, int, int]],
                   threshold: float, batch: int, grown_from: dict[str, str] | None = None) -> Corpus:
    builder = CorpusBuilder(threshold, grown_from=grown_from, spill=SentenceSpill())
    signatures = StoredSignatures(store)
    for start in range(0, len(marks), batch):
        page = marks[start:start + batch]
        cached = entries([key for key, _, _ in page if key in reuse])
        for key, article_id, _ in page:
            try:
                if key in cached:
                    signature = signatures.of_row(article_id, lambda: store.get_article(article_id).article.text)
                    builder.add_text(key, "", signature)      # the signature stands for the text
                    builder.add_entry(key, cached[key])
                else:
                    stored = store.get_article(article_id)
                    signature = signatures.of(article_id, stored.article.text)
                    _add_stored(builder, stored.article, store.facts(article=article_id), signature)
            except NotFoundError:
                continue        # deleted since the marks were read: a full build would not see it either
    signatures.flush()
    return builder.finish()


def load_unchanged(keys: list[str], entries: EntryReader, groups: dict[str, str], batch: int = 500) -> Corpus:
    """The corpus when no article was added, changed or removed since the previous build (``keys`` in
    ingest order): that build's entries and near-duplicate groups; no text is read."""
    builder = CorpusBuilder(groups=groups, spill=SentenceSpill())
    for start in range(0, len(keys), batch):
        page = keys[start:start + batch]
        cached = entries(page)
        for key in page:
            builder.add_entry(key, cached[key])
    return builder.finish()


def _pages(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    page: list[Any] = []
    for item in items:
        page.append(item)
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page


def from_readings(readings: Iterable[Reading], threshold: float = DEFAULT_THRESHOLD) -> Corpus:
    """The corpus of readings held in memory (tests, benchmarks)."""
    builder = CorpusBuilder(threshold)
    for reading in readings:
        builder.add_reading(reading)
    return builder.finish()
