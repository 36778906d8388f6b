"""`summitgraph ingest` and `summitgraph extract`: read articles, extract, store or print."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summitgraph.cli.app import DbOption, app, err, store_at
from summitgraph.errors import InputError, SummitGraphError
from summitgraph.extract.pipeline import extractor_version, read_article, reading_to_json
from summitgraph.ingest import read_path
from summitgraph.model import Article
from summitgraph.store.serialize import content_hash

PathsArgument = typer.Argument(..., help="Files, folders (read recursively) or - for standard input.")


def iter_inputs(paths: list[str]) -> Iterator[Article | InputError]:
    for path in paths:
        yield from read_path(path)


def _report_failure(failure: InputError) -> None:
    err.print(f"error: {failure.one_line()}", markup=False)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


@app.command()
def ingest(paths: List[str] = PathsArgument, db: Optional[str] = DbOption) -> None:
    """Read articles, extract what they say, and store both with provenance.

    Prints a summary: ingested, updated, unchanged, failed (with reasons). The exit status is non-zero
    only when nothing could be processed."""
    counts: Counter[str] = Counter()
    version = extractor_version()
    with store_at(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        known = store.known_hashes()  # unchanged articles are not read again
        for item in iter_inputs(paths):
            progress.advance(task)
            if isinstance(item, InputError):
                _report_failure(item)
                store.record_failure(item.source, item.problem)
                counts["failed"] += 1
                continue
            if content_hash(item) in known:
                store.resolve_failure(item.source)  # it reads fine now, whatever failed before
                counts["unchanged"] += 1
                continue
            try:
                outcome = store.add_article(item, read_article(item), extractor_version=version)
            except SummitGraphError as exc:
                _report_failure(InputError(item.source, exc.one_line()))
                store.record_failure(item.source, exc.one_line())
                counts["failed"] += 1
                continue
            counts[outcome] += 1
    summary = ", ".join(f"{counts[k]} {k}" for k in ("ingested", "updated", "unchanged", "failed"))
    err.print(f"summary: {summary}", markup=False)
    if counts["failed"] and sum(counts.values()) == counts["failed"]:
        raise typer.Exit(1)


@app.command()
def extract(paths: List[str] = PathsArgument) -> None:
    """Print what is read from each article as JSON Lines (the gold fields plus evidence and confidence).

    Nothing is stored. One object per article on standard output; errors on standard error."""
    processed = failed = 0
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            _report_failure(item)
            failed += 1
            continue
        sys.stdout.write(json.dumps(reading_to_json(read_article(item)), ensure_ascii=False) + "\n")
        processed += 1
    if failed and not processed:
        raise typer.Exit(1)


def default_corpus() -> Path:
    """The bundled example articles."""
    return Path(__file__).resolve().parents[1] / "examples"
