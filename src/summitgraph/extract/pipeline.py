"""The one place that composes the extraction stages.

Each stage is a pure function of the ``DocContext`` and returns records; stages run in order and
their results are kept in ``ctx.facts`` under the stage's name, so a later stage may use an earlier
one's. Adding a stage is one line in ``STAGES``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from summitgraph.extract import chairs, documents, meetings, people
from summitgraph.extract.context import DocContext, make_context
from summitgraph.model import Article, Reading
from summitgraph.store.serialize import evidence_to_dict, record_to_dict

PIPELINE_VERSION = "1.0"


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    run: Callable[[DocContext], list[Any]]
    target: str   # the Reading list it fills


STAGES: tuple[Stage, ...] = (
    Stage(people.NAME, people.VERSION, people.extract_people, "people"),
    Stage(meetings.NAME, meetings.VERSION, meetings.extract_meetings, "meetings"),
    Stage(documents.NAME, documents.VERSION, documents.extract_documents, "documents"),
    Stage(chairs.NAME, chairs.VERSION, chairs.extract_chairs, "chairmanships"),
)


def extractor_version() -> str:
    """One string naming every stage's version: stored with each run, so a new version re-reads."""
    return ";".join([f"pipeline={PIPELINE_VERSION}"] + [f"{s.name}={s.version}" for s in STAGES])


def read_article(article: Article) -> Reading:
    """Everything the extractor reads from one article."""
    ctx = make_context(article)
    reading = Reading(article=article, published=article.published)
    for stage in STAGES:
        records = stage.run(ctx)
        ctx.facts[stage.name] = records
        setattr(reading, stage.target, records)
    return reading


def reading_to_json(reading: Reading) -> dict[str, Any]:
    """The public JSON of one article (``summitgraph extract``): the gold fields, plus for each record
    its ``evidence`` and ``confidence``, plus the article's title, author, outlet and quality flags."""
    article = reading.article
    out: dict[str, Any] = {"file": article.id, "published": reading.published, "title": article.title,
                           "author": article.author, "outlet": article.outlet, "url": article.url,
                           "quality": list(article.quality)}
    for key in ("meetings", "people", "documents", "chairmanships"):
        rows = []
        for record in getattr(reading, key):
            row = record_to_dict(record)
            if record.evidence:
                ev = evidence_to_dict(record.evidence)
                row["confidence"] = ev.pop("confidence")
                row["evidence"] = ev
            rows.append(row)
        out[key] = rows
    return out
