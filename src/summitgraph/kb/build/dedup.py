"""Near-duplicate articles: one wire story printed by several outlets counts once as corroboration.

Each article's folded body becomes a set of word 5-grams and a MinHash signature of them (text/minhash.py); LSH
bands find the pairs whose signatures are similar (estimated Jaccard >= threshold) without comparing every pair,
and the pairs are joined into groups. A group is named by its alphabetically first article key, so the name does
not depend on ingest order.

Signatures are made at ingest and stored with each article version; a rebuild reads them (``StoredSignatures``)
and computes only those a store lacks (articles stored before signatures were, or under another scheme), and
stores what it computed, so the next rebuild hashes no text at all.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from summitgraph.text import minhash
from summitgraph.text.minhash import MIN_SHINGLES, NO_SIGNATURE, NUM_PERM, SCHEME, SHINGLE_WORDS, shingles

if TYPE_CHECKING:
    from summitgraph.store import Store

__all__ = ["DEFAULT_THRESHOLD", "DuplicateFinder", "GrowingFinder", "MIN_SHINGLES", "NUM_PERM", "SHINGLE_WORDS",
           "StoredSignatures", "duplicate_groups", "shingles"]

# Wire copies differ by the outlet's header, byline and a trimmed paragraph or two; distinct reports of one
# event share names and phrases but far fewer 5-word runs. 0.7 keeps the first together and the second apart.
DEFAULT_THRESHOLD = 0.7
_BYTES_PER_VALUE = 4


# (threshold, permutations) -> (bands, rows per band) as MinHashLSH chooses them: finding them integrates
# (scipy), and importing datasketch alone costs half a second of every rebuild (test_incremental_cost checks them).
_KNOWN_SHAPES = {(0.7, 128): (14, 9)}


@lru_cache(maxsize=8)
def bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """The LSH bands (byte ranges of a packed signature) datasketch's MinHashLSH chooses for this threshold:
    two signatures are candidates when they agree on every value of at least one band."""
    shape = _KNOWN_SHAPES.get((threshold, NUM_PERM))
    if shape is None:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        ranges = list(lsh.hashranges)
    else:
        count, rows = shape
        ranges = [(i * rows, (i + 1) * rows) for i in range(count)]
    return tuple((start * _BYTES_PER_VALUE, end * _BYTES_PER_VALUE) for start, end in ranges)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two packed signatures: the share of equal values (MinHash.jaccard)."""
    import numpy as np

    same = np.count_nonzero(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4"))
    return float(same) / float(NUM_PERM)


class _Groups:
    """Keys joined pair by pair into groups (union-find with path halving); the smaller root wins a join."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class DuplicateFinder:
    """Feed articles one at a time (``add``), then read the groups (``groups``).

    The groups are the connected parts of the graph whose edges join two articles that share an LSH band
    and whose estimated Jaccard similarity reaches the threshold; they do not depend on the order of ``add``.
    A band's bucket keeps its articles by the group they were in when added: a new article skips, in one
    step, the members of a group it has already joined (a story copied a thousand times is one entry to
    check, not a thousand)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._bands = bands(threshold)
        self._buckets: list[dict[bytes, dict[str, list[str]]]] = [{} for _ in self._bands]
        self._signatures: dict[str, bytes] = {}
        self._groups = _Groups()

    def add(self, key: str, text: str, signature: bytes | None = None) -> None:
        """``signature``: the text's packed signature when it is known (stored at ingest); else it is
        computed from ``text``."""
        self._groups.find(key)   # every key added has a group, if only its own
        if key in self._signatures:
            return
        packed = minhash.signature(text) if signature is None else signature
        if packed == NO_SIGNATURE:
            return
        keys = [packed[start:end] for start, end in self._bands]
        for band, band_key in zip(self._buckets, keys):
            entries = band.get(band_key)
            if entries:
                self._join_similar(key, packed, entries)
        root = self._groups.find(key)
        for band, band_key in zip(self._buckets, keys):
            band.setdefault(band_key, {}).setdefault(root, []).append(key)
        self._signatures[key] = packed

    def _join_similar(self, key: str, packed: bytes, entries: dict[str, list[str]]) -> None:
        """Join ``key`` to each group of the bucket holding a member similar enough; regroup the bucket's
        entries by their groups' current roots (groups merge as articles are added)."""
        current: dict[str, list[str]] = {}
        for entry_root, members in entries.items():
            root = self._groups.find(entry_root)
            if root in current:
                current[root].extend(members)
            else:
                current[root] = members
        if len(current) != len(entries):
            entries.clear()
            entries.update(current)
        for root, members in list(current.items()):
            if self._groups.find(root) == self._groups.find(key):
                continue    # already in its group: confirming it would change nothing
            for other in members:
                # The band makes it a candidate; the signature estimate confirms it.
                if similarity(packed, self._signatures[other]) >= self.threshold:
                    self._groups.union(key, other)
                    break

    def groups(self) -> dict[str, str]:
        """Every article key -> its group's key (its own key when it has no near-duplicate)."""
        roots: dict[str, list[str]] = {}
        for key in self._groups.parent:
            roots.setdefault(self._groups.find(key), []).append(key)
        return {key: min(members) for members in roots.values() for key in members}


class GrowingFinder:
    """The groups when articles were only added since a build that found ``known`` (every article then ->
    its group): the same groups DuplicateFinder finds from scratch, at the cost of the new articles only.

    A group is a connected part of the graph of similar pairs that share a band; adding articles adds nodes
    and the edges at them, never removes one, so the new groups are the known ones joined through the new
    articles' edges. Those edges are found by indexing only the new articles' bands and looking every known
    signature's bands up in that index (a dict lookup each), then confirming each candidate pair as
    DuplicateFinder does."""

    def __init__(self, known: dict[str, str], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._bands = bands(threshold)
        self._known = known
        self._old: list[tuple[str, bytes]] = []
        self._new: dict[str, bytes] = {}
        self._groups = _Groups()

    def add(self, key: str, text: str, signature: bytes | None = None) -> None:
        packed = minhash.signature(text) if signature is None else signature
        if packed == NO_SIGNATURE:
            if key not in self._known:
                self._new.setdefault(key, packed)
            return
        if key in self._known:
            self._old.append((key, packed))
        else:
            self._new[key] = packed

    def groups(self) -> dict[str, str]:
        index: list[dict[bytes, list[str]]] = [{} for _ in self._bands]
        for key, packed in self._new.items():
            if packed != NO_SIGNATURE:
                for band, (start, end) in zip(index, self._bands):
                    band.setdefault(packed[start:end], []).append(key)
        for key, packed in self._old:
            self._join_to_new(key, packed, index)
        for key, packed in self._new.items():
            if packed != NO_SIGNATURE:
                self._join_to_new(key, packed, index)
        members: dict[str, list[str]] = {}
        for key, group in self._known.items():
            members.setdefault(self._groups.find(group), []).append(key)
        for key in self._new:
            members.setdefault(self._groups.find(key), []).append(key)
        return {key: min(keys) for keys in members.values() for key in keys}

    def _join_to_new(self, key: str, packed: bytes, index: list[dict[bytes, list[str]]]) -> None:
        """Join ``key`` (by its group) to each new article sharing a band with it and similar enough."""
        node = self._known.get(key, key)
        for band, (start, end) in zip(index, self._bands):
            for other in band.get(packed[start:end], ()):
                if other != key and self._groups.find(other) != self._groups.find(node) \
                        and similarity(packed, self._new[other]) >= self.threshold:
                    self._groups.union(node, other)



def duplicate_groups(texts: dict[str, str], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Article key -> group key for a whole batch of texts."""
    finder = DuplicateFinder(threshold)
    for key in sorted(texts):
        finder.add(key, texts[key])
    return finder.groups()


class StoredSignatures:
    """The signatures a store holds, read in article row order a page at a time as a rebuild walks the
    articles; a missing one is computed from the text and written back (a page at a time)."""

    def __init__(self, store: Store, page: int = 2000) -> None:
        self.store = store
        self.page = page
        self._loaded: dict[int, bytes] = {}
        self._loaded_to = 0          # rows below this id have been asked for
        self._computed: list[tuple[int, bytes]] = []
        self.read = 0                # how many came from the store
        self.made = 0                # how many were computed from text

    def of(self, pk: int, text: str) -> bytes:
        """The packed signature of article row ``pk`` (whose text is ``text``)."""
        return self.of_row(pk, lambda: text)

    def of_row(self, pk: int, read_text: Callable[[], str]) -> bytes:
        """As ``of``, reading the text (``read_text``) only when no signature is stored."""
        if pk >= self._loaded_to:
            found = self.store.signatures_from(pk, SCHEME, self.page)
            self._loaded = dict(found)
            # A short page reached the end: no stored signature lies beyond it.
            self._loaded_to = found[-1][0] + 1 if len(found) == self.page else 1 << 62
        stored = self._loaded.pop(pk, None)
        if stored is not None:
            self.read += 1
            return stored
        made = minhash.signature(read_text())
        self.made += 1
        self._computed.append((pk, made))
        if len(self._computed) >= self.page:
            self.flush()
        return made

    def flush(self) -> None:
        """Write the signatures computed so far."""
        if self._computed:
            self.store.put_signatures(SCHEME, self._computed)
            self._computed = []
