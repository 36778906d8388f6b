"""From a knowledge-base source (article key, record position) to the sentence that states it.

The knowledge base cites sources as (article, position of the record in that article's reading); the store
keeps each record's evidence spans. This joins the two, so a merged fact on a dossier links to the sentence
of each article that gives its value, and the link is the same one the article page understands.
"""
from __future__ import annotations

import re
from typing import Any

from summitgraph.api import views
from summitgraph.kb.heads import CITES_SHOWN
from summitgraph.model import Span
from summitgraph.store import ArticleBrief, Store, StoredFact
from summitgraph.store.fold import fold
from summitgraph.web.highlight import sentence_of

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Citations quoted per value: a story re-published by many outlets would otherwise cost one lookup per copy;
# the rest are still listed by the knowledge base's sources, as plain article links.
MAX_CITES_PER_VALUE = CITES_SHOWN


def value_cues(field: str | None, value: Any) -> list[str]:
    """Folded strings whose presence in a span shows that the span states ``value``: the value itself, and for
    a full date its day/month as Vietnamese news writes it ("3/8" for 2022-08-03)."""
    if value is None or isinstance(value, (dict, bool)):
        return []
    if isinstance(value, list):
        return [cue for item in value for cue in value_cues(field, item)]
    text = str(value)
    cues = [fold(text)] if len(text) >= 2 or text.isdigit() else []
    if (m := _ISO_DAY.match(text)) and field in ("start", "end", None):
        cues.append(f"{int(m[3])}/{int(m[2])}")
    return cues


def best_span(spans: list[Span], text: str, field: str | None, value: Any) -> Span | None:
    """The evidence span that states the value, else the first span (where the record is named): a link then
    still lands on the record's own sentence."""
    if not spans:
        return None
    cues = value_cues(field, value)
    for span in spans:
        folded = fold(text[span.start:span.end])
        if any(cue and cue in folded for cue in cues):
            return span
    return spans[0]


class Provenance:
    """Looks up records' evidence for one request; each article is read once, and only what a citation shows
    (a brief of the many, the text of the few quoted)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._facts: dict[tuple[str, str], list[StoredFact]] = {}
        self._texts: dict[str, str] = {}
        # What a reader is shown of a cited article instead of its key: title, outlet and quality flags.
        self._briefs: dict[str, ArticleBrief | None] = {}

    def prefetch(self, keys: list[str]) -> None:
        """Read the briefs of many articles in a few queries (a dossier's hundreds of linked sources)."""
        wanted = [key for key in dict.fromkeys(keys) if key not in self._briefs]
        found = self.store.article_briefs(wanted)
        for key in wanted:
            self._briefs[key] = found.get(key)   # None: deleted since the build, cited without a link

    def _brief(self, key: str) -> ArticleBrief | None:
        if key not in self._briefs:
            self.prefetch([key])
        return self._briefs[key]

    def _article(self, key: str) -> tuple[str, str | None]:
        if key not in self._texts:
            found = self.store.article_text(key)
            self._texts[key] = found[0] if found else ""
            self._briefs[key] = found[1] if found else None
        brief = self._briefs.get(key)
        return self._texts[key], brief.title if brief else None

    def _about(self, article: str) -> dict[str, Any]:
        brief = self._brief(article)
        return {"outlet": brief.outlet if brief else None, "flags": list(brief.quality) if brief else []}

    def _citation(self, article: str, title: str | None, link: str, quote: str | None) -> dict[str, Any]:
        return {"article": article, "title": title, "link": link, "quote": quote, **self._about(article)}

    def fact(self, article: str, kind: str, position: int) -> StoredFact | None:
        if (article, kind) not in self._facts:
            self._facts[(article, kind)] = self.store.facts(kind=kind, article=article)
        return next((f for f in self._facts[(article, kind)] if f.position == position), None)

    def link_only(self, article: str) -> dict[str, Any]:
        """A citation of the article, not its sentence (its title and outlet still shown)."""
        brief = self._brief(article)
        return self._citation(article, brief.title if brief else None, views.article_link(article), None)

    def cite(self, article: str, kind: str, position: int | None, field: str | None = None,
             value: Any = None) -> dict[str, Any]:
        """{article, title, link, quote}: the link opens the article with the stating sentence highlighted."""
        text, title = self._article(article)
        found = self.fact(article, kind, position) if position is not None else None
        spans = [s for s in (found.evidence.spans if found and found.evidence else []) if s.end <= len(text)]
        span = best_span(spans, text, field, value)
        if span is None:
            return self._citation(article, title, views.article_link(article), None)
        sentence = sentence_of(text, span)
        return self._citation(article, title, views.span_link(article, span.start, span.end),
                              text[sentence.start:sentence.end])

    def cite_span(self, article: str, start: int, end: int) -> dict[str, Any]:
        text, title = self._article(article)
        if not text or end > len(text) or start >= end:
            return self._citation(article, title, views.article_link(article), None)
        sentence = sentence_of(text, Span(start, end))
        return self._citation(article, title, views.span_link(article, start, end), text[sentence.start:sentence.end])


def cite_facts(prov: Provenance, kind: str, facts: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """For each field of a dossier's ``facts``: its values, each with the citations of its sources."""
    out: dict[str, list[dict[str, Any]]] = {}
    for field, fact in (facts or {}).items():
        values = []
        for candidate in fact.get("values") or []:
            sources = [s for s in candidate.get("sources") or [] if s.get("article")]
            cites = [prov.cite(s["article"], kind, s.get("position"), field, candidate.get("value"))
                     for s in sources[:MAX_CITES_PER_VALUE]]
            # A dossier's head keeps the first sources of a value and their number (source_total).
            total = candidate.get("source_total", len(sources))
            values.append({"value": candidate.get("value"), "rule": candidate.get("rule"), "sources": cites,
                           "more": max(0, total - len(cites))})
        out[field] = values
    return out
