"""The one place that composes the extraction stages.

Each stage is a pure function of the ``DocContext`` and returns records; stages run in order and
their results are kept in ``ctx.facts`` under the stage's name, so a later stage may use an earlier
one's. Adding a stage is one line in ``STAGES``.

A stage that raises on one article (an IndexError in a rule, a RecursionError on an odd text) does not stop
the others or the batch: the failure is recorded in ``Reading.stage_failures``, the stage counts as having
read nothing, and the article carries the quality flag ``stage_failed:<stage>``. ``strict=True`` raises
instead, for developers and CI.

``SUMMITGRAPH_EXTRA_STAGES`` (``module:attribute``, comma-separated; each a Stage or a tuple of them) appends
stages after the built-in ones, in every process that reads articles (local workers and Dask workers inherit
the environment). The tests use it to plug in a stage that fails on purpose.
"""
from __future__ import annotations

import importlib
import os
import traceback
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable

from summitgraph.extract import chairs, documents, meetings, people
from summitgraph.extract.context import DocContext, make_context
from summitgraph.model import Article, Reading, StageFailure
from summitgraph.store.serialize import evidence_to_dict, record_to_dict

PIPELINE_VERSION = "1.1"   # 1.1: a stage that raises is recorded, the others still run
EXTRA_STAGES_ENV = "SUMMITGRAPH_EXTRA_STAGES"
FAILED_FLAG = "stage_failed:"
MAX_MESSAGE = 300


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    run: Callable[[DocContext], list[Any]]
    target: str   # the Reading list it fills ("": none, its records are only for later stages)


STAGES: tuple[Stage, ...] = (
    Stage(people.NAME, people.VERSION, people.extract_people, "people"),
    Stage(meetings.NAME, meetings.VERSION, meetings.extract_meetings, "meetings"),
    Stage(documents.NAME, documents.VERSION, documents.extract_documents, "documents"),
    Stage(chairs.NAME, chairs.VERSION, chairs.extract_chairs, "chairmanships"),
)


@lru_cache(maxsize=8)
def _load_extra_stages(spec: str) -> tuple[Stage, ...]:
    stages: list[Stage] = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        module_name, _, attribute = item.partition(":")
        found = getattr(importlib.import_module(module_name), attribute)
        stages.extend(found if isinstance(found, (tuple, list)) else (found,))
    for stage in stages:
        if not isinstance(stage, Stage):
            raise TypeError(f"{EXTRA_STAGES_ENV}: {stage!r} is not a Stage")
    return tuple(stages)


def active_stages() -> tuple[Stage, ...]:
    """The built-in stages, then any named in SUMMITGRAPH_EXTRA_STAGES."""
    spec = os.environ.get(EXTRA_STAGES_ENV, "").strip()
    return STAGES + _load_extra_stages(spec) if spec else STAGES


def extractor_version() -> str:
    """One string naming every stage's version: stored with each run, so a new version re-reads."""
    return ";".join([f"pipeline={PIPELINE_VERSION}"] + [f"{s.name}={s.version}" for s in active_stages()])


def stage_failure(stage: Stage, exc: BaseException) -> StageFailure:
    """One line for an exception: its type, the first line of its text and where it was raised (file name and
    line only, never a server path)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    line = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        line += f" (at {os.path.basename(last.filename)}:{last.lineno} in {last.name})"
    if len(line) > MAX_MESSAGE:
        line = line[:MAX_MESSAGE - 1] + "…"
    return StageFailure(stage.name, type(exc).__name__, line, stage.version)


def read_article(article: Article, *, strict: bool = False) -> Reading:
    """Everything the extractor reads from one article. A stage that raises is recorded and skipped (its
    records are empty for the stages after it); with ``strict`` the exception propagates."""
    ctx = make_context(article)
    reading = Reading(article=article, published=article.published)
    for stage in active_stages():
        try:
            records = stage.run(ctx)
        except Exception as exc:   # any bug in one stage on one text; KeyboardInterrupt and exits still stop
            if strict:
                raise
            reading.stage_failures.append(stage_failure(stage, exc))
            records = []
        ctx.facts[stage.name] = records
        if stage.target:
            setattr(reading, stage.target, records)
    if reading.stage_failures:
        flags = [FAILED_FLAG + failure.stage for failure in reading.stage_failures]
        reading.article = replace(article, quality=list(article.quality) + flags)
    return reading


def stage_failure_to_json(failure: StageFailure) -> dict[str, str]:
    return {"stage": failure.stage, "error_type": failure.error_type, "message": failure.message,
            "extractor_version": failure.extractor_version}


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
    out["stage_failures"] = [stage_failure_to_json(f) for f in reading.stage_failures]
    return out
