"""Meetings resolved and merged block by block, each block's result kept for the next build.

A block (one series and side: resolve_meetings.meeting_blocks) is clustered and merged from its own mentions
only, and a mention as read is fixed by its article's mark, its position and its near-duplicate group
(fingerprints.mention_states). So a block whose mentions all have the same states as at the last build has
the same merged meetings: the build takes them as that build stored them (``kb_meeting_blocks``). A block that
gained, lost or changed a mention is clustered again (cheap), and of its clusters only those whose mention
states differ from every stored cluster's are merged again (merging is most of the resolution's time). What
follows the merge (preparatory links, keys, chain inferences) runs over all meetings as before.

The merged meetings are stored as JSON (never pickled: a store may be shared, and unpickling runs what it is
given); only a build of the same resolver version (the same code) reads them.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Callable

from summitgraph.kb.build.fingerprints import Marks, digest, mention_states
from summitgraph.kb.build.merge_meetings import MergedMeeting, merge_cluster, source_of
from summitgraph.kb.build.resolve_meetings import meeting_blocks, resolve_block
from summitgraph.kb.types import Candidate, Fact, Mention, SourceRef

StoredReader = Callable[[list[str]], dict[str, bytes]]   # block names -> their merged meetings as JSON


def _nothing_stored(_names: list[str]) -> dict[str, bytes]:
    return {}


@dataclass
class BlockCache:
    """What a build knows of the last build's blocks (``inputs``: name -> digest; ``read``: their merged
    meetings), and what it leaves for the next one: every current block's name, and the blocks merged anew."""

    marks: Marks
    inputs: dict[str, str] = field(default_factory=dict)
    read: StoredReader = _nothing_stored
    current: set[str] = field(default_factory=set)
    # name -> (inputs, meetings as JSON, zlib-compressed while held: a full build holds every block's until
    # they are written; ``merged_json`` gives the JSON to store)
    merged: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    kept: dict[str, tuple[str, bytes]] = field(default_factory=dict)     # blocks taken whole, as stored
    reused: int = 0              # blocks taken whole
    meetings_merged: int = 0     # clusters merged anew (the others taken from the last build)


    def merged_json(self) -> dict[str, tuple[str, bytes]]:
        """The blocks merged anew: name -> (inputs, meetings as JSON)."""
        return {name: (inputs, zlib.decompress(packed)) for name, (inputs, packed) in self.merged.items()}


def block_name(series: str, side: str | None) -> str:
    """As blocks.block_of names a meeting mention's block."""
    return f"meeting:{series}|{side or ''}"


def merge_meetings(mentions: list[Mention], cache: BlockCache | None = None) -> list[MergedMeeting]:
    """The merged meetings of every block, in the order of their first mention; with a ``cache``, the blocks
    whose inputs are unchanged are taken from it whole, and in the others the clusters whose mentions are
    unchanged; what was merged anew is recorded in it."""
    meetings: list[MergedMeeting] = []
    blocks = meeting_blocks(mentions)
    if cache is None:
        for (series, _side), block in blocks:
            meetings.extend(merge_cluster(cluster) for cluster in resolve_block(series, block))
    else:
        named = [(block_name(series, side), series, block, digest(mention_states(block, cache.marks)))
                 for (series, side), block in blocks]
        raw = cache.read([name for name, _, _, _ in named if name in cache.inputs])
        stored = {name: rows for name, rows in ((name, _load(data)) for name, data in raw.items()) if rows is not None}
        for name, series, block, inputs in named:
            cache.current.add(name)
            keep = _refs_unique(block)
            if keep and name in stored and cache.inputs.get(name) == inputs:
                meetings.extend(meeting for _, meeting in _unpack(stored[name], series, block))
                cache.kept[name] = (inputs, raw[name])
                cache.reused += 1
                continue
            known = dict(_unpack(stored[name], series, block)) if keep and name in stored else {}
            merged = []
            for cluster in resolve_block(series, block):
                state = digest(mention_states(cluster, cache.marks))
                meeting = known.get(state)
                if meeting is None:
                    meeting = merge_cluster(cluster)
                    cache.meetings_merged += 1
                merged.append((state, meeting))
            if keep:
                cache.merged[name] = (inputs, zlib.compress(_pack(merged), 1))   # before links and keys change them
            meetings.extend(meeting for _, meeting in merged)
    meetings.sort(key=lambda m: (m.mentions[0].article, m.mentions[0].position))
    return meetings


def _refs_unique(block: list[Mention]) -> bool:
    """A stored meeting names its mentions by (article, position): only a block where that names one can be
    kept."""
    return len({(m.article, m.position) for m in block}) == len(block)


def _pack(merged: list[tuple[str, MergedMeeting]]) -> bytes:
    """Each meeting as merged, by the digest of its cluster's mention states: its mentions by (article,
    position), its names as written and its facts, each source that is one of its mentions by its index (a
    source is made from its mention, so a block's hundred thousand sources need not be stored)."""
    return json.dumps([(state, [(m.article, m.position) for m in meeting.mentions], meeting.names,
                        meeting.encoded_facts()) for state, meeting in merged],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode_facts(encoded: list, mentions: list[Mention]) -> dict[str, Fact]:
    """What merge_meetings.encode_facts wrote."""
    sources = [source_of(m) for m in mentions]
    return {name: Fact(field_, value, confidence,
                       [Candidate(c_value, [sources[s] if isinstance(s, int) else SourceRef(*s) for s in c_sources], c_rule,
                                  c_reference, c_agrees)
                        for c_value, c_sources, c_rule, c_reference, c_agrees in candidates],
                       conflict, rule)
            for name, field_, value, confidence, conflict, rule, candidates in encoded}


def _load(data: bytes) -> list | None:
    """A stored block's rows; None for one that is not what _pack writes (a block stored by other code, or
    damaged): that block is merged again, as if never stored."""
    try:
        rows = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    return rows if isinstance(rows, list) and all(isinstance(r, list) and len(r) == 4 for r in rows) else None


def _unpack(rows: list, series: str, block: list[Mention]) -> list[tuple[str, MergedMeeting]]:
    """The stored meetings, their mentions taken from ``block``; a meeting naming a mention the block no
    longer holds is left out (its cluster changed: it is merged again)."""
    by_ref = {(m.article, m.position): m for m in block}
    out = []
    for state, refs, names, facts in rows:
        refs = [tuple(ref) for ref in refs]
        if all(ref in by_ref for ref in refs):
            mentions = [by_ref[ref] for ref in refs]
            meeting = MergedMeeting(series=series, mentions=mentions, facts=_decode_facts(facts, mentions), names=names)
            meeting.facts_encoded_as(facts)
            out.append((state, meeting))
    return out
