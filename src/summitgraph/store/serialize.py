"""Model dataclasses to and from plain JSON-able dicts.

Records use the gold format (``/work/shared/gold/README.md``) field for field, so the store, the scorer and the
exports all speak one shape. Evidence travels beside a record as ``{"spans", "extractor", "version",
"confidence"}``; ``record_to_dict(..., evidence=True)`` nests it under ``"evidence"``.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Literal, Union

from ..model import (
    Article,
    ChairRecord,
    DocumentRecord,
    Evidence,
    MeetingRecord,
    OffsetMap,
    PersonRecord,
    Reading,
    Span,
)

Record = Union[MeetingRecord, PersonRecord, DocumentRecord, ChairRecord]
Kind = Literal["meeting", "person", "document", "chair", "published"]

RECORD_KINDS: tuple[str, ...] = ("meeting", "person", "document", "chair")
FACT_KINDS: tuple[str, ...] = RECORD_KINDS + ("published",)

# Field order of each gold-format record; the dict keys come out in this order.
GOLD_FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("series", "ordinal", "partner", "parties", "name", "start", "end", "city", "country",
                "format", "chair", "status", "prepares"),
    "person": ("name", "titles", "country"),
    "document": ("name", "abbr", "status"),
    "chair": ("country", "year", "theme"),
}
_CLASSES: dict[str, type] = {
    "meeting": MeetingRecord,
    "person": PersonRecord,
    "document": DocumentRecord,
    "chair": ChairRecord,
}
# Which list of a Reading (and of a gold file) holds each kind.
READING_LISTS: dict[str, str] = {
    "meeting": "meetings",
    "person": "people",
    "document": "documents",
    "chair": "chairmanships",
}


def kind_of(record: Record) -> str:
    for kind, cls in _CLASSES.items():
        if isinstance(record, cls):
            return kind
    raise TypeError(f"not a record: {type(record).__name__}")


# --- spans and evidence -------------------------------------------------------------------------

def spans_to_json(spans: list[Span]) -> list[list[int]]:
    return [s.to_json() for s in spans]


def spans_from_json(rows: list[list[int]] | None) -> list[Span]:
    return [Span(int(start), int(end)) for start, end in rows or []]


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    return {**evidence.to_json(), "confidence": evidence.confidence}


def evidence_from_dict(data: dict[str, Any]) -> Evidence:
    return Evidence(spans=spans_from_json(data.get("spans")), extractor=str(data.get("extractor", "")),
                    version=str(data.get("version", "")), confidence=float(data.get("confidence", 0.0)))


# --- records ------------------------------------------------------------------------------------

def record_to_dict(record: Record, *, evidence: bool = False) -> dict[str, Any]:
    """The gold-format dict of a record; with ``evidence=True`` also its evidence (or None)."""
    kind = kind_of(record)
    data: dict[str, Any] = {name: _copy(getattr(record, name)) for name in GOLD_FIELDS[kind]}
    if evidence:
        data["evidence"] = evidence_to_dict(record.evidence) if record.evidence else None
    return data


def record_from_dict(kind: str, data: dict[str, Any], evidence: Evidence | None = None) -> Record:
    """Build a record from a gold-format dict. Evidence comes from ``evidence`` or the dict's "evidence" key;
    unknown keys are ignored so gold files (which carry none) and stored records load alike."""
    if kind not in _CLASSES:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(RECORD_KINDS)}")
    fields = {name: _copy(data[name]) for name in GOLD_FIELDS[kind] if name in data}
    if evidence is None and isinstance(data.get("evidence"), dict):
        evidence = evidence_from_dict(data["evidence"])
    return _CLASSES[kind](**fields, evidence=evidence)


def _copy(value: Any) -> Any:
    # Lists are copied so a dict and the record it came from never share a mutable list.
    return list(value) if isinstance(value, list) else value


# --- readings -----------------------------------------------------------------------------------

def reading_records(reading: Reading) -> list[tuple[str, int, Record]]:
    """Every record of a reading as (kind, position in its list, record), in gold order."""
    out: list[tuple[str, int, Record]] = []
    for kind in RECORD_KINDS:
        for position, record in enumerate(getattr(reading, READING_LISTS[kind])):
            out.append((kind, position, record))
    return out


def reading_to_gold(reading: Reading, *, evidence: bool = False) -> dict[str, Any]:
    """A reading in the gold file format (``file`` is the article id)."""
    gold: dict[str, Any] = {"file": reading.article.id, "published": reading.published}
    for kind in RECORD_KINDS:
        gold[READING_LISTS[kind]] = [record_to_dict(r, evidence=evidence)
                                     for r in getattr(reading, READING_LISTS[kind])]
    return gold


def reading_from_gold(article: Article, gold: dict[str, Any]) -> Reading:
    reading = Reading(article=article, published=gold.get("published"))
    for kind in RECORD_KINDS:
        records = [record_from_dict(kind, item) for item in gold.get(READING_LISTS[kind]) or []]
        setattr(reading, READING_LISTS[kind], records)
    return reading


# --- articles -----------------------------------------------------------------------------------

def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "source": article.source, "text": article.text, "original": article.original,
        "offsets": article.offsets.to_json(), "title": article.title, "published": article.published,
        "published_time": article.published_time, "author": article.author, "outlet": article.outlet,
        "url": article.url, "fmt": article.fmt, "quality": list(article.quality),
        "removed": spans_to_json(article.removed),
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    return Article(
        id=data["id"], source=data["source"], text=data["text"], original=data["original"],
        offsets=OffsetMap.from_json(data.get("offsets") or []), title=data.get("title"),
        published=data.get("published"), published_time=data.get("published_time"),
        author=data.get("author"), outlet=data.get("outlet"), url=data.get("url"),
        fmt=data.get("fmt") or "txt", quality=list(data.get("quality") or []),
        removed=spans_from_json(data.get("removed")),
    )


# What makes two ingests "the same content". The id and the path are left out on purpose: the same file
# read from another folder is not new content.
_HASHED_FIELDS = ("original", "text", "title", "published", "published_time", "author", "outlet", "url",
                  "fmt")


def content_hash(article: Article) -> str:
    """sha256 over the article's content and metadata (not its id or source path)."""
    payload = {name: getattr(article, name) for name in _HASHED_FIELDS}
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def dumps(value: Any) -> str:
    """JSON for a column: compact, UTF-8 kept readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
