"""Near-duplicate articles: one wire story printed by several outlets counts once as corroboration.

Each article's folded body becomes a set of word 5-grams; MinHash LSH finds the pairs whose sets are similar
(estimated Jaccard >= threshold) without comparing every pair, and the pairs are joined into groups. A group is
named by its alphabetically first article key, so the name does not depend on ingest order.
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datasketch (with scipy) costs a third of a second: imported where a rebuild first uses it
    from datasketch import MinHash

from summitgraph.text.normalize import fold

SHINGLE_WORDS = 5
NUM_PERM = 128
# Wire copies differ by the outlet's header, byline and a trimmed paragraph or two; distinct reports of one
# event share names and phrases but far fewer 5-word runs. 0.7 keeps the first together and the second apart.
DEFAULT_THRESHOLD = 0.7
# Below this many shingles a text is too short for its similarity to mean anything.
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(fold(text))
    if len(words) < SHINGLE_WORDS:
        return set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def _empty_signature() -> MinHash:
    """A signature of nothing, copied for each article: its random permutations are drawn once (from MinHash's
    fixed seed, the same in every process), not once per article. Shingles are hashed with CRC-32, in C: sha1
    per shingle cost more than all the rest of a signature."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)


class DuplicateFinder:
    """Feed articles one at a time (``add``), then read the groups (``groups``)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._parent: dict[str, str] = {}

    def add(self, key: str, text: str) -> None:
        self._parent.setdefault(key, key)
        found = shingles(text)
        if len(found) < MIN_SHINGLES or key in self._hashes:
            return
        signature = _empty_signature().copy()
        signature.update_batch(list(found))
        for other in self._lsh.query(signature):
            if self._find(other) == self._find(key):
                continue    # already in its group (many copies of one story): confirming it would change nothing
            # LSH returns likely candidates; the signature estimate confirms them.
            if signature.jaccard(self._hashes[other]) >= self.threshold:
                self._union(key, other)
        self._lsh.insert(key, signature)
        self._hashes[key] = signature

    def _find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, str]:
        """Every article key -> its group's key (its own key when it has no near-duplicate)."""
        roots: dict[str, list[str]] = {}
        for key in self._parent:
            roots.setdefault(self._find(key), []).append(key)
        return {key: min(members) for members in roots.values() for key in members}


def duplicate_groups(texts: dict[str, str], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Article key -> group key for a whole batch of texts."""
    finder = DuplicateFinder(threshold)
    for key in sorted(texts):
        finder.add(key, texts[key])
    return finder.groups()
