"""Store and knowledge-base objects as the plain dicts the API returns and the pages show.

The API and the web pages both use these, so a fact looks the same in JSON and in HTML, and both link to the
same sentence.
"""
from __future__ import annotations

from typing import Any, Callable
from urllib.parse import quote

from summitgraph.model import Span
from summitgraph.store import ArticleSummary, Correction, StoredArticle, StoredFact
from summitgraph.web.highlight import sentence_of


def article_link(key: str) -> str:
    return f"/articles/{quote(key, safe='')}"


def span_link(key: str, start: int, end: int) -> str:
    """The article page with [start, end) highlighted and scrolled to."""
    return f"{article_link(key)}?hl={int(start)}-{int(end)}#hl"


def fact_spans(fact: StoredFact) -> list[Span]:
    return list(fact.evidence.spans) if fact.evidence else []


def fact_link(fact: StoredFact) -> str:
    spans = fact_spans(fact)
    if not spans:
        return article_link(fact.article_key)
    return span_link(fact.article_key, min(s.start for s in spans), max(s.end for s in spans))


def fact_view(fact: StoredFact, text: str) -> dict[str, Any]:
    """A fact with its provenance: the article, the spans, what they cover and the sentence around them."""
    spans = [s for s in fact_spans(fact) if s.end <= len(text)]
    quote_text = " … ".join(text[s.start:s.end] for s in spans)
    sentence = None
    if spans:
        whole = sentence_of(text, Span(min(s.start for s in spans), max(s.end for s in spans)))
        sentence = {"start": whole.start, "end": whole.end, "text": text[whole.start:whole.end]}
    return {
        "id": fact.id, "kind": fact.kind, "article": fact.article_key, "position": fact.position,
        "record": fact.record,
        "confidence": fact.evidence.confidence if fact.evidence else None,
        "extractor": fact.evidence.extractor if fact.evidence else None,
        "version": fact.version,
        "spans": [s.to_json() for s in spans], "quote": quote_text, "sentence": sentence,
        "link": fact_link(fact),
    }


def public_source(source: str) -> str:
    """Where an article came from, as a client may see it: an absolute path (how the operator named the
    folder) is cut to its file name (with its ":line" for JSONL); the key holds the path inside the folder."""
    if source.startswith("/") or (len(source) > 2 and source[1] == ":" and source[2] in "\\/"):
        return source.replace("\\", "/").rsplit("/", 1)[-1]
    return source


def summary_view(row: ArticleSummary) -> dict[str, Any]:
    return {"key": row.key, "pk": row.pk, "version": row.version, "title": row.title, "outlet": row.outlet,
            "published": row.published, "source": public_source(row.source), "url": row.url, "ingested_at": row.ingested_at,
            "fact_count": row.fact_count, "link": article_link(row.key)}


def removed_view(stored: StoredArticle) -> list[dict[str, Any]]:
    original = stored.article.original
    return [{"start": s.start, "end": s.end, "text": original[s.start:s.end]}
            for s in stored.article.removed if s.end <= len(original)]


def article_view(stored: StoredArticle, facts: list[StoredFact], versions: int) -> dict[str, Any]:
    a = stored.article
    return {
        "key": stored.key, "pk": stored.pk, "version": stored.version, "versions": versions, "title": a.title,
        "source": public_source(a.source), "url": a.url, "outlet": a.outlet, "author": a.author, "published": a.published,
        "published_time": a.published_time, "fmt": a.fmt, "content_hash": stored.content_hash,
        "ingested_at": stored.ingested_at, "extracted_with": stored.extracted_with, "quality": list(a.quality),
        "text": a.text, "removed": removed_view(stored), "facts": [fact_view(f, a.text) for f in facts],
        "link": article_link(stored.key),
    }


def correction_view(c: Correction) -> dict[str, Any]:
    return {"id": c.id, "target_kind": c.target_kind, "target_key": c.target_key, "field": c.field,
            "value": c.value, "action": c.action, "author": c.author, "at": c.at, "note": c.note,
            "withdrawn": c.withdrawn}


class TextCache:
    """Article texts by row id, read once per request: a page of facts often cites one article many times."""

    def __init__(self, load: Callable[[int], str]) -> None:
        self._load = load
        self._texts: dict[int, str] = {}

    def __call__(self, pk: int) -> str:
        if pk not in self._texts:
            self._texts[pk] = self._load(pk)
        return self._texts[pk]


def record_label(kind: str, record: dict[str, Any]) -> str:
    """A short name for a record in a list: its name, or "VN 2020" for a chair year, or the date."""
    if kind == "chair":
        return f"{record.get('country') or '?'} {record.get('year') or '?'}"
    if kind == "published":
        return str(record.get("published") or "")
    return str(record.get("name") or "")


def meeting_link(key: str) -> str:
    return f"/meetings/{quote(key, safe='')}"


def person_link(key: str) -> str:
    return f"/people/{quote(key, safe='')}"


def document_link(key: str) -> str:
    return f"/documents/{quote(key, safe='')}"


def series_link(series: str) -> str:
    """The timeline filtered to one series."""
    return f"/?series={quote(series, safe='')}"


def chair_link(year: int | None) -> str:
    return f"/chairs/{year}" if year is not None else "/chairs"


def with_link(row: dict[str, Any], link: Callable[[str], str]) -> dict[str, Any]:
    return {**row, "link": link(row["key"])}
