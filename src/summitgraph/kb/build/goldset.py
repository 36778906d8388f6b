"""A resolution test set from gold annotations, and the B-cubed score of a clustering against it.

Truth (the issue's definition, made precise): two gold meetings of different articles are one meeting when
they share series and ordinal, or, without an ordinal on one side, share series and partner or parties and
have overlapping dates. "Dates" means dates that pin a meeting down: a year and at least a month. A bare year
or a year-less day cannot tell two meetings of a series apart (in the dev set one article's "2017" G20 summit
and another's "2017" APEC summit would otherwise be one meeting). The relation is closed transitively.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Hashable, Iterable

from summitgraph.kb.dates import interval, intervals_overlap, is_pinned
from summitgraph.kb.keys import who
from summitgraph.kb.types import UNKNOWN_CONFIDENCE, Mention


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(truth: dict[Hashable, Hashable], predicted: dict[Hashable, Hashable]) -> BCubed:
    """B-cubed precision and recall: for each item, the share of its predicted cluster that truly belongs
    with it, and the share of its true cluster that was put with it; averaged over items."""
    items = list(truth)
    if set(items) != set(predicted):
        raise ValueError("truth and prediction must cover the same items")
    if not items:
        return BCubed(1.0, 1.0, 0)
    true_members: dict[Hashable, set] = {}
    predicted_members: dict[Hashable, set] = {}
    for item in items:
        true_members.setdefault(truth[item], set()).add(item)
        predicted_members.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        mine = predicted_members[predicted[item]]
        true = true_members[truth[item]]
        common = len(mine & true)
        precision += common / len(mine)
        recall += common / len(true)
    return BCubed(precision / len(items), recall / len(items), len(items))


def gold_mentions(gold_dir: Path) -> list[Mention]:
    """One Mention per gold meeting, as if an extractor had read it (no spans, unknown confidence)."""
    mentions: list[Mention] = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = str(gold.get("file") or path.stem)
        for position, record in enumerate(gold.get("meetings") or []):
            mentions.append(Mention(kind="meeting", article=article, position=position, record=dict(record),
                                    confidence=UNKNOWN_CONFIDENCE, group=article,
                                    published=gold.get("published")))
    return mentions


def same_meeting(a: Mention, b: Mention) -> bool:
    """The truth relation between two gold meetings (see the module doc)."""
    ra, rb = a.record, b.record
    if a.article == b.article or ra.get("series") != rb.get("series"):
        return False
    oa, ob = ra.get("ordinal"), rb.get("ordinal")
    if oa is not None and ob is not None:
        return oa == ob
    if who(ra.get("partner"), ra.get("parties")) != who(rb.get("partner"), rb.get("parties")):
        return False
    if not (is_pinned(ra.get("start"), ra.get("end")) and is_pinned(rb.get("start"), rb.get("end"))):
        return False
    ia, ib = interval(ra.get("start"), ra.get("end")), interval(rb.get("start"), rb.get("end"))
    return ia is not None and ib is not None and intervals_overlap(ia, ib)


def truth_clusters(mentions: list[Mention]) -> dict[str, int]:
    """Mention ref -> true cluster number (transitive closure of ``same_meeting``)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if same_meeting(a, mentions[j]):
                parent[find(j)] = find(i)
    return {m.ref: find(i) for i, m in enumerate(mentions)}


def predicted_clusters(clusters: Iterable[list[Mention]]) -> dict[str, int]:
    return {m.ref: n for n, cluster in enumerate(clusters) for m in cluster}
