"""What the knowledge base is built from and what it holds, as plain dataclasses.

Inputs: ``ArticleInfo`` (an article's metadata and the sentences its facts sit in) and ``Mention`` (one record of
one article). Outputs: ``Fact`` (one merged field: the chosen value, every candidate value with its sources, the
conflict flag, the registry rule when inferred). Everything has ``to_json`` so the API can return it as is.
"""
from __future__ import annotations

import os
import sys
import tempfile
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

# Confidence given to a fact read without a confidence (hand-written records, gold files).
UNKNOWN_CONFIDENCE = 0.5


# A build holds every mention and kept sentence of the corpus at once (tens of thousands of articles), so the
# classes it holds by the hundred thousand have slots: no per-object __dict__.
@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of an article that one of its facts sits in."""

    index: int        # order within the article
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ArticleInfo:
    key: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None              # ISO date: the file's own, else the extractor's "published" fact
    group: str                         # near-duplicate group: the key of the group's first article
    # Only the sentences facts sit in; a mapping given is kept packed (PackedSentences).
    sentences: Mapping[int, SentenceRef] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.outlet, self.published = _interned(self.outlet), _interned(self.published)
        if not isinstance(self.sentences, PackedSentences):
            self.sentences = PackedSentences(self.sentences)

    def cite(self) -> dict[str, Any]:
        return {"article": self.key, "title": self.title, "url": self.url, "outlet": self.outlet,
                "published": self.published}


class PackedSentences(Mapping):
    """An article's kept sentences, index -> SentenceRef, held as one compressed block: a build holds the kept
    sentences of every article until its dossiers are written, and as strings (two bytes a character for
    Vietnamese) with an object per sentence they were the largest share of its memory. Read back only when a
    dossier's summary or the article's entry is composed (the last few read are kept decoded).

    With a ``spill`` (a rebuild reading the store), the block is written to the spill's temporary file
    uncompressed (compressing it would save disk, not memory, at 5% of the rebuild's time) and only where it
    lies is held."""

    __slots__ = ("_packed", "_spill")

    def __init__(self, sentences: Mapping[int, SentenceRef] | None = None,
                 spill: "SentenceSpill | None" = None) -> None:
        refs = list((sentences or {}).values())
        heads = array("i", [n for ref in refs for n in (ref.index, ref.start, ref.end)])
        texts = [ref.text.encode("utf-8") for ref in refs]
        lengths = array("i", [len(t) for t in texts])
        raw = len(refs).to_bytes(4, "little") + heads.tobytes() + lengths.tobytes() + b"".join(texts)
        self._spill = spill if refs else None
        if self._spill is not None:
            self._packed: bytes | int = self._spill.put(raw)
        else:
            self._packed = zlib.compress(raw, 1) if refs else b""

    def _decoded(self) -> dict[int, SentenceRef]:
        if self._spill is not None:
            return self._spill.decoded(self._packed)
        return _unpack_sentences(self._packed)

    def __getitem__(self, index: int) -> SentenceRef:
        return self._decoded()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    def __repr__(self) -> str:
        return f"PackedSentences({self._decoded()!r})"


class SentenceSpill:
    """A temporary file the kept sentences of a rebuild's articles are written to as they are read, so memory
    holds where each article's block lies (an int) instead of the block; read back with os.pread, the last
    64 blocks read kept decoded. The file goes when the last article holding it does."""

    RECENT = 64

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="summitgraph-sentences-")
        self._end = 0
        self._unflushed = False
        self._recent: OrderedDict[int, dict[int, SentenceRef]] = OrderedDict()

    def put(self, packed: bytes) -> int:
        """Where ``packed`` lies: its offset and length in one int."""
        self._file.write(packed)
        self._unflushed = True
        where = self._end << 32 | len(packed)
        self._end += len(packed)
        return where

    def decoded(self, where: int) -> dict[int, SentenceRef]:
        found = self._recent.get(where)
        if found is not None:
            self._recent.move_to_end(where)
            return found
        if self._unflushed:
            self._file.flush()
            self._unflushed = False
        found = _decode_sentences(os.pread(self._file.fileno(), where & 0xFFFFFFFF, where >> 32))
        self._recent[where] = found
        if len(self._recent) > self.RECENT:
            self._recent.popitem(last=False)
        return found


@lru_cache(maxsize=64)
def _unpack_sentences(packed: bytes) -> dict[int, SentenceRef]:
    return _decode_sentences(zlib.decompress(packed)) if packed else {}


def _decode_sentences(raw: bytes) -> dict[int, SentenceRef]:
    if not raw:
        return {}
    count = int.from_bytes(raw[:4], "little")
    heads, lengths = array("i"), array("i")
    heads.frombytes(raw[4:4 + 12 * count])
    lengths.frombytes(raw[4 + 12 * count:4 + 16 * count])
    out: dict[int, SentenceRef] = {}
    at = 4 + 16 * count
    for n in range(count):
        text = raw[at:at + lengths[n]].decode("utf-8")
        at += lengths[n]
        out[heads[3 * n]] = SentenceRef(heads[3 * n], heads[3 * n + 1], heads[3 * n + 2], text)
    return out


@dataclass(slots=True)
class Mention:
    """One record (meeting, person or document) as one article states it."""

    kind: str                          # meeting | person | document | chair
    article: str
    position: int                      # index in the article's list (a meeting's "prepares" points here)
    record: dict[str, Any]             # gold-format record as stated
    confidence: float
    group: str                         # the article's near-duplicate group
    published: str | None
    # Evidence spans, given as (start, end) pairs and kept packed as the bytes of an int array (``span_pairs``
    # gives them back): a tuple per span cost more than the mention's other fields together.
    spans: bytes = b""
    sentences: tuple[int, ...] = ()    # indices of the article's sentences the record's evidence sits in
    filled: dict[str, tuple[Any, str]] | None = None  # field -> (value, rule) completed here (None: none)
    # The record's field names as stated, in order (one tuple shared by every record of that shape): the
    # record keeps only the fields with a value, ``stated_record`` gives it back whole.
    fields: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.kind = sys.intern(self.kind)
        self.published = _interned(self.published)
        self.confidence = _shared_number(self.confidence)
        self.spans = pack_spans(self.spans)
        self.sentences = _shared_indices(tuple(self.sentences))
        if self.fields is None:
            self.fields = _shared_fields(tuple(self.record))
        self.record = compact_record(self.record)

    @property
    def ref(self) -> str:
        return f"{self.article}#{self.position}"

    def stated_record(self) -> dict[str, Any]:
        """The record as it was given: every field it named, in order, null ones included."""
        return {name: self.record.get(name) for name in self.fields or ()}

    def span_pairs(self) -> list[tuple[int, int]]:
        offsets = memoryview(self.spans).cast("i")
        return [(offsets[i], offsets[i + 1]) for i in range(0, len(offsets), 2)]

    def value(self, name: str) -> Any:
        """The record's value with any mention-level completion (e.g. the year of a year-less date)."""
        if self.filled and name in self.filled:
            return self.filled[name][0]
        return self.record.get(name)

    def rule_of(self, name: str) -> str | None:
        """The rule that completed the field here, if one did."""
        return self.filled[name][1] if self.filled and name in self.filled else None

    def fill(self, name: str, value: Any, rule: str) -> None:
        if self.filled is None:
            self.filled = {}
        self.filled[name] = (value, rule)


def pack_spans(spans: Iterable[Any]) -> bytes:
    """(start, end) pairs as the bytes of one flat int array (bytes given are kept as they are)."""
    if isinstance(spans, bytes):
        return spans
    return array("i", [offset for span in spans for offset in span]).tobytes()


# Confidences come from a few values an extractor gives; each read from JSON is its own float object.
_NUMBERS: dict[float, float] = {}
_NUMBERS_KEPT = 4096


def _shared_number(value: Any) -> Any:
    if type(value) is not float:
        return value
    found = _NUMBERS.get(value)
    if found is None and len(_NUMBERS) < _NUMBERS_KEPT:
        found = _NUMBERS[value] = value
    return value if found is None else found


# Strings longer than this are left as they are: names, codes, titles and dates repeat across the corpus,
# long free text rarely does.
_INTERNED_LENGTH = 80


def compact_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its null fields (read as ``get``: a missing field is None), with its field names
    and short string values interned: every mention of a corpus repeats the same few field names and many of
    the same values (country codes, titles, series, names), and a record read from JSON holds its own copy of
    each; a meeting record names 13 fields, half of them usually null."""
    return {sys.intern(key): _interned(value) for key, value in record.items() if value is not None}


_FIELD_TUPLES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared_fields(names: tuple[str, ...]) -> tuple[str, ...]:
    found = _FIELD_TUPLES.get(names)
    if found is None:
        found = _FIELD_TUPLES[names] = tuple(sys.intern(name) for name in names)
    return found


# Sentence indices repeat ((0,), (1, 2), ...): one tuple of each, shared by every mention that has it.
_INDEX_TUPLES: dict[tuple[int, ...], tuple[int, ...]] = {}


def _shared_indices(indices: tuple[int, ...]) -> tuple[int, ...]:
    if len(indices) > 8:
        return indices
    return _INDEX_TUPLES.setdefault(indices, indices)


def _interned(value: Any) -> Any:
    if type(value) is str:
        return sys.intern(value) if len(value) <= _INTERNED_LENGTH else value
    if type(value) is list:
        return [_interned(item) for item in value]
    return value


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One place a value is stated."""

    article: str
    position: int
    confidence: float
    group: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "position": self.position, "confidence": round(self.confidence, 3)}


@dataclass(slots=True)
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


@dataclass(slots=True)
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

