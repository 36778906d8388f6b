"""Documents across articles: one record per declaration, agreement, plan... with its status history.

Two mentions are one document when the scorer would match them (the rule of
summitgraph.similarity.document_match_quality: folded names at least 85% alike with no conflicting numbers, or
a shared abbreviation). Names are compared within blocks of the same two first words ("tuyen bo", "hiep
dinh"), in rapidfuzz's C loop, and abbreviations through an index, so large corpora stay fast.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

from rapidfuzz import fuzz, process

from summitgraph.similarity import DOCUMENT_NAME_THRESHOLD, fold_words, numbers_compatible
from summitgraph.kb.dates import interval
from summitgraph.kb.keys import document_key, unique
from summitgraph.kb.types import Mention, Sourced

# Later stages of a document's life; "mentioned" says nothing about where it stands.
_STATUS_STAGE = {"mentioned": 0, "negotiating": 1, "to_be_adopted": 2, "to_be_signed": 2, "adopted": 3,
                 "signed": 3, "implementing": 4}


@dataclass
class ResolvedDocument(Sourced):
    mentions: list[Mention]
    names: list[str]
    abbr: str | None
    status: str | None
    history: list[dict[str, Any]] = field(default_factory=list)   # status per source, oldest first
    key: str = ""

    @property
    def name(self) -> str:
        return self.names[0] if self.names else (self.abbr or "?")


def _folded(text: Any) -> str:
    return _folded_text(text) if text is None or isinstance(text, str) else fold_words(text)


@lru_cache(maxsize=65536)
def _folded_text(text: str | None) -> str:
    """fold_words, remembered: a corpus names its few hundred documents tens of thousands of times."""
    return fold_words(text)


def resolve_documents(mentions: list[Mention], article_dates: dict[str, str | None]) -> list[ResolvedDocument]:
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        name = _folded(mention.record.get("name")) or _folded(mention.record.get("abbr"))
        if name:
            by_name[name].append(mention)
    names = sorted(by_name)
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in _matching_pairs(names, by_name):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for name in names:
        clusters[find(name)].extend(by_name[name])
    documents = [_document(group, article_dates) for group in clusters.values()]
    documents.sort(key=lambda d: (d.mentions[0].article, d.mentions[0].position))
    wanted = [document_key(d.name, d.abbr) for d in documents]
    order = sorted(range(len(documents)), key=lambda i: (wanted[i], documents[i].mentions[0].article))
    for i, key in zip(order, unique(wanted[i] for i in order)):
        documents[i].key = key
    return documents


def _matching_pairs(names: list[str], by_name: dict[str, list[Mention]]) -> Iterator[tuple[str, str]]:
    """Pairs of folded names the scorer's rule calls one document: similar names (compared a block at a time,
    in rapidfuzz's C loop) without conflicting numbers, and names sharing an abbreviation."""
    blocks: dict[str, list[str]] = defaultdict(list)
    by_abbr: dict[str, set[str]] = defaultdict(set)
    for name in names:
        blocks[" ".join(name.split()[:2])].append(name)
        for mention in by_name[name]:
            abbr = fold_words(mention.record.get("abbr"))
            if abbr:
                by_abbr[abbr].add(name)
        if " " not in name:
            by_abbr[name].add(name)            # a name that is itself an abbreviation ("AOIP")
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=DOCUMENT_NAME_THRESHOLD,
                               dtype="uint8")
        rows, cols = scores.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist()):
            if i < j and numbers_compatible(block[i], block[j]):
                yield block[i], block[j]
    for members in by_abbr.values():
        ordered = sorted(members)
        for other in ordered[1:]:
            yield ordered[0], other


def _document(group: list[Mention], article_dates: dict[str, str | None]) -> ResolvedDocument:
    group.sort(key=lambda m: (m.article, m.position))
    spellings = Counter(str(m.record.get("name") or "").strip() for m in group)
    spellings.pop("", None)
    names = [n for n, _ in sorted(spellings.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))]
    abbrs = Counter(str(m.record["abbr"]).strip() for m in group if m.record.get("abbr"))
    history = sorted(({"status": m.record.get("status") or "mentioned", "date": article_dates.get(m.article),
                       "article": m.article} for m in group), key=lambda h: (_sort_date(h["date"]), h["article"]))
    return ResolvedDocument(mentions=group, names=names, abbr=abbrs.most_common(1)[0][0] if abbrs else None,
                            status=current_status(history), history=history)


def current_status(history: list[dict[str, Any]]) -> str | None:
    """The status of the latest dated source that says more than "mentioned"; among sources of the same date
    (or undated), the furthest stage. A document's status moves on over time, so older sources are not
    contradicted by newer ones."""
    informative = [h for h in history if h["status"] != "mentioned"]
    if not informative:
        return "mentioned" if history else None
    latest = max(_sort_date(h["date"]) for h in informative)
    same_time = [h for h in informative if _sort_date(h["date"]) == latest]
    return max(same_time, key=lambda h: _STATUS_STAGE.get(h["status"], 0))["status"]


def _sort_date(value: str | None) -> str:
    found = interval(value, value) if value else None
    return found.lo.isoformat() if found and found.has_year else ""
