"""Meeting resolution: the mentions of one real meeting in different articles become one cluster.

Mentions are compared only within a block of the same series and the same partner or parties. Inside a block,
links are made strongest first, and a link that would put two different ordinals, two mentions of one article,
or (catch-all series) two different bodies into one cluster is refused:

1. same ordinal ("lần thứ 33" in both);
2. dates pinned to a month or a day, with a year, that overlap (a numbered summit without dates of its own is
   pinned by the registry's dates); a mention that overlaps two numbered meetings (the 28th and 29th summits
   shared their days) is left to its other links;
3. a mention with only coarse dates ("2017", "--06-30") joins the one cluster its dates overlap, if there is
   exactly one and both name the same host city.

A mention with neither ordinal nor dates stays a meeting of its own: nothing tells which meeting it is.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from summitgraph.kb.dates import DateInterval, interval, intervals_overlap, is_pinned
from summitgraph.kb.build.infer import numbered_summit
from summitgraph.kb.build.blocks import meeting_block
from summitgraph.kb.build.subjects import CATCH_ALL_SERIES, folded_words, same_body
from summitgraph.kb.types import Mention


@dataclass
class _Cluster:
    articles: set[str]
    ordinals: set[int]
    names: set[str]          # distinct names: copies of one story name a meeting alike, and are compared once
    cities: set[str]
    members: list[int] = field(default_factory=list)


def ordinal_of(mention: Mention) -> int | None:
    value = mention.record.get("ordinal")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def city_of(mention: Mention) -> str | None:
    city = mention.record.get("city")
    if city:
        return folded_words(str(city))
    summit = numbered_summit(mention.record.get("series"), ordinal_of(mention))
    return folded_words(summit.city) if summit else None


def stated_interval(mention: Mention) -> DateInterval | None:
    return interval(mention.value("start"), mention.value("end"))


def pinned_interval(mention: Mention) -> DateInterval | None:
    """The mention's dates when they pin it to a month or a day; else a numbered summit's registry dates."""
    start, end = mention.value("start"), mention.value("end")
    if is_pinned(start, end):
        return interval(start, end)
    summit = numbered_summit(mention.record.get("series"), ordinal_of(mention))
    if summit is not None:
        return interval(summit.start, summit.end)
    return None


def _profile(mention: Mention, catch_all: bool) -> tuple | None:
    """What resolution reads of a mention that has an ordinal or pinned dates, or None for one that has
    neither. Copies of one story give identical profiles: they are linked through one representative
    instead of compared pairwise (a block of n identical profiles costs n, not n squared)."""
    ordinal = ordinal_of(mention)
    if ordinal is None and pinned_interval(mention) is None:
        return None     # coarse or undated: such mentions never link to each other, so each stays apart
    name = str(mention.record.get("name") or "") if catch_all else ""
    return (ordinal, mention.value("start"), mention.value("end"), city_of(mention), name)


def _units(block: list[Mention], catch_all: bool) -> list[list[int]]:
    """Mentions grouped by identical profile, the k-th of each article's identical mentions in the k-th unit
    (an article's two mentions are two meetings), in the order of their first member."""
    units: dict[tuple, list[int]] = {}
    seen: dict[tuple, int] = defaultdict(int)
    out: list[list[int]] = []
    for i, mention in enumerate(block):
        profile = _profile(mention, catch_all)
        if profile is None:
            out.append([i])
            continue
        copy = seen[(profile, mention.article)]
        seen[(profile, mention.article)] += 1
        unit = units.get((profile, copy))
        if unit is None:
            unit = units[(profile, copy)] = []
            out.append(unit)
        unit.append(i)
    return out


class _Clusters:
    """Union-find over one block's units (identical mentions of different articles), refusing joins that
    break a constraint."""

    def __init__(self, mentions: list[Mention], units: list[list[int]], catch_all: bool) -> None:
        self.mentions = [mentions[unit[0]] for unit in units]     # each unit's representative
        self.catch_all = catch_all
        self.parent = list(range(len(units)))
        self.clusters = {}
        for n, unit in enumerate(units):
            members = [mentions[i] for i in unit]
            first = members[0]
            self.clusters[n] = _Cluster(
                articles={m.article for m in members},
                ordinals={o} if (o := ordinal_of(first)) is not None else set(),
                names={str(m.record.get("name") or "") for m in members},
                cities={c} if (c := city_of(first)) else set(), members=list(unit))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_join(self, a: int, b: int) -> bool:
        ca, cb = self.clusters[self.find(a)], self.clusters[self.find(b)]
        if ca is cb:
            return False
        if ca.articles & cb.articles:
            return False        # an article lists each meeting once: two of its mentions are two meetings
        if ca.ordinals and cb.ordinals and ca.ordinals != cb.ordinals:
            return False
        if self.catch_all and not all(same_body(x, y) for x in ca.names for y in cb.names if x and y):
            return False
        return True

    def join(self, a: int, b: int) -> bool:
        if not self.can_join(a, b):
            return False
        ra, rb = sorted((self.find(a), self.find(b)))
        keep, gone = self.clusters[ra], self.clusters.pop(rb)
        keep.articles |= gone.articles
        keep.ordinals |= gone.ordinals
        keep.names |= gone.names
        keep.cities |= gone.cities
        keep.members += gone.members
        self.parent[rb] = ra
        return True

    def groups(self, block: list[Mention]) -> list[list[Mention]]:
        return [[block[i] for i in sorted(c.members)] for c in self.clusters.values()]


def resolve_meetings(mentions: list[Mention]) -> list[list[Mention]]:
    """Clusters of mentions, one per real meeting, in a stable order (by their first mention)."""
    out: list[list[Mention]] = []
    for (series, _side), block in meeting_blocks(mentions):
        out.extend(resolve_block(series, block))
    out.sort(key=lambda cluster: (cluster[0].article, cluster[0].position))
    return out


def meeting_blocks(mentions: list[Mention]) -> list[tuple[tuple[str, str | None], list[Mention]]]:
    """The mentions by block (series, side), blocks in order, each block's mentions by article and position."""
    blocks: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[meeting_block(mention.record)].append(mention)
    out = sorted(blocks.items(), key=lambda item: (item[0][0], item[0][1] or ""))
    for _, block in out:
        block.sort(key=lambda m: (m.article, m.position))
    return out


def resolve_block(series: str, block: list[Mention]) -> list[list[Mention]]:
    """The clusters of one block: no mention of another block takes part."""
    return _resolve_block(block, catch_all=series in CATCH_ALL_SERIES)


def _resolve_block(block: list[Mention], *, catch_all: bool) -> list[list[Mention]]:
    clusters = _Clusters(block, _units(block, catch_all), catch_all)
    _link_ordinals(clusters.mentions, clusters)
    _link_pinned(clusters.mentions, clusters)
    _attach_coarse(clusters.mentions, clusters)
    return clusters.groups(block)


def _link_ordinals(block: list[Mention], clusters: _Clusters) -> None:
    by_ordinal: dict[int, list[int]] = defaultdict(list)
    for i, mention in enumerate(block):
        ordinal = ordinal_of(mention)
        if ordinal is not None:
            by_ordinal[ordinal].append(i)
    for members in by_ordinal.values():
        for other in members[1:]:
            clusters.join(members[0], other)


def _link_pinned(block: list[Mention], clusters: _Clusters) -> None:
    pinned = [(iv, i) for i, m in enumerate(block) if (iv := pinned_interval(m)) is not None]
    pinned.sort(key=lambda item: (item[0].lo, item[0].hi, item[1]))
    pairs: list[tuple[tuple[int, float], int, int]] = []
    numbered_neighbours: dict[int, set[int]] = defaultdict(set)
    for n, (iv, i) in enumerate(pinned):
        for jv, j in pinned[n + 1:]:
            if jv.lo > iv.hi:
                break       # sorted by start: nothing further can overlap
            if not intervals_overlap(iv, jv):
                continue
            if clusters.find(i) != clusters.find(j):   # joined already (one ordinal): the link would add nothing
                pairs.append((_strength(block[i], block[j], iv, jv), i, j))
            for a, b in ((i, j), (j, i)):
                ordinal = ordinal_of(block[b])
                if ordinal is not None and ordinal_of(block[a]) is None:
                    numbered_neighbours[a].add(ordinal)
    ambiguous = {i for i, ordinals in numbered_neighbours.items() if len(ordinals) > 1}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0][0], -p[0][1], p[1], p[2])):
        numbered = ordinal_of(block[i]) is not None or ordinal_of(block[j]) is not None
        if numbered and (i in ambiguous or j in ambiguous):
            continue
        clusters.join(i, j)


def _strength(a: Mention, b: Mention, ia: DateInterval, ib: DateInterval) -> tuple[int, float]:
    """Same start date first, then the share of their days the two intervals have in common."""
    same_start = int(a.value("start") is not None and a.value("start") == b.value("start"))
    common = (min(ia.hi, ib.hi) - max(ia.lo, ib.lo)).days + 1
    spanned = (max(ia.hi, ib.hi) - min(ia.lo, ib.lo)).days + 1
    return same_start, common / spanned if spanned > 0 else 0.0


def _attach_coarse(block: list[Mention], clusters: _Clusters) -> None:
    pinned = {i: iv for i, m in enumerate(block) if (iv := pinned_interval(m)) is not None}
    for i, mention in enumerate(block):
        if i in pinned:
            continue
        own = stated_interval(mention)
        city = city_of(mention)
        if own is None or city is None:
            continue
        roots = {clusters.find(j) for j, iv in pinned.items() if intervals_overlap(own, iv)}
        roots = {r for r in roots if city in clusters.clusters[r].cities and clusters.can_join(i, r)}
        if len(roots) == 1:
            clusters.join(i, roots.pop())
