"""`summitgraph ingest` and `summitgraph extract`: read articles, extract, store or print."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, List, Optional

import typer

from summitgraph.cli.app import DbOption, app, err, printable, store_at
from summitgraph.errors import InputError

if TYPE_CHECKING:   # the commands import the reader, the extractor and the runner when they run
    from rich.progress import Progress

    from summitgraph.ingest.runner import Mapper
    from summitgraph.model import Article

# The runner's DEFAULT_BATCH, written out so that `--help` does not import the runner (and the extractor with
# it); tests/test_startup.py checks that the two agree.
DEFAULT_BATCH = 16

PathsArgument = typer.Argument(..., help="Files, folders (read recursively) or - for standard input.")


def iter_inputs(paths: list[str]) -> Iterator[Article | InputError]:
    from summitgraph.ingest import read_path

    for path in paths:
        yield from read_path(path)


def _report_failure(failure: InputError) -> None:
    err.print(f"error: {printable(failure.one_line())}", markup=False)


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err.real(), transient=True, disable=not err.is_terminal)


WorkersOption = typer.Option(0, "--workers", min=0,
                             help="Extract in N local worker processes (0: in this process). With --dask local: "
                                  "the number of Dask workers to start.")
DaskOption = typer.Option(None, "--dask", metavar="ADDRESS",
                          help="Extract on a Dask cluster: its scheduler (tcp://HOST:8786), or 'local' to start "
                               "one here with --workers processes. This process still writes the store.")
ResolveOption = typer.Option(True, "--resolve/--no-resolve",
                             help="Rebuild the knowledge base (one record per meeting and person) when articles "
                                  "changed; --no-resolve for bulk loads, then `summitgraph resolve` once.")
BatchOption = typer.Option(DEFAULT_BATCH, "--batch", min=1,
                           help="Articles per batch sent to a worker; memory holds a few batches, never the corpus.")
StrictOption = typer.Option(False, "--strict",
                            help="Stop with an error when an extraction stage raises on an article (for developers "
                                 "and CI); without it the article is stored with what the other stages read, "
                                 "flagged, and the exit status is 3.")
# Exit statuses of ingest: 1 nothing could be processed; 3 everything was stored but some extraction stage
# failed on some article (recorded, see `summitgraph status`).
EXIT_NOTHING_PROCESSED = 1
EXIT_STAGE_FAILED = 3
RereadOption = typer.Option(False, "--reread",
                            help="Read every file again, even one whose size, modification time and reader "
                                 "version are unchanged since it was last read (stored content is still not "
                                 "extracted again).")


@app.command()
def ingest(paths: List[str] = PathsArgument, db: Optional[str] = DbOption, workers: int = WorkersOption,
           dask: Optional[str] = DaskOption, batch: int = BatchOption, resolve: bool = ResolveOption,
           reread: bool = RereadOption, strict: bool = StrictOption) -> None:
    """Read articles, extract what they say, and store both with provenance.

    Prints a summary: ingested, updated, unchanged, failed (with reasons). Exit status: 1 when nothing could
    be processed, 3 when an extraction stage failed on some article (stored flagged), else 0."""
    from summitgraph.extract.pipeline import extractor_version
    from summitgraph.ingest.runner import OUTCOMES, STAGE_FAILED, Reporter, run_ingest, summary_line

    with store_at(db) as store:
        with _progress() as progress, _mapper(workers, dask) as mapper:
            task = progress.add_task("ingesting", total=None)
            reporter = Reporter(failure=lambda message: err.print(f"error: {printable(message)}", markup=False),
                                tick=lambda: progress.advance(task),
                                stage_failure=lambda message: err.print(f"warning: {printable(message)}",
                                                                        markup=False))
            # Each ingest is a run in the store (when, which extractor, what came of it): `status` counts them.
            run_id = store.start_run(extractor_version())
            counts = run_ingest(paths, store, mapper=mapper, batch_size=batch, reporter=reporter, reread=reread,
                                strict=strict)
            store.finish_run(run_id, dict(counts))
        # The workers (a local Dask cluster's too) are let go before the rebuild, which runs here alone.
        err.print(f"summary: {summary_line(counts)}", markup=False)
        if resolve:
            _resolve_if_stale(store)
    if counts["failed"] and sum(counts[key] for key in OUTCOMES) == counts["failed"]:
        raise typer.Exit(EXIT_NOTHING_PROCESSED)
    if counts[STAGE_FAILED]:
        raise typer.Exit(EXIT_STAGE_FAILED)


def _resolve_if_stale(store) -> None:
    """Rebuild the knowledge base whenever it lags the store: after this run's changes, and also after an
    earlier run was killed between its article writes and its rebuild."""
    from summitgraph import kb

    if kb.stale_reason(store) is None:
        return
    built = kb.rebuild(store)
    err.print(f"knowledge base: {built.meetings} meetings from {built.meeting_mentions} mentions, "
              f"{built.people} people, in {built.seconds:.1f} s", markup=False)


@contextmanager
def _mapper(workers: int, dask: str | None) -> Iterator[Mapper]:
    """Where extraction runs: here, a local process pool, or a Dask cluster."""
    from summitgraph.ingest.runner import ProcessPoolMapper, inline_mapper

    if dask is None:
        yield ProcessPoolMapper(workers) if workers > 0 else inline_mapper
        return
    from summitgraph.ingest.distributed import dask_mapper  # dask is imported only when asked for

    # A cluster that cannot be reached raises SummitGraphError, which store_at turns into one line.
    with dask_mapper(dask, workers=workers or None) as mapper:
        yield mapper


@app.command()
def extract(paths: List[str] = PathsArgument, strict: bool = StrictOption) -> None:
    """Print what is read from each article as JSON Lines (the gold fields plus evidence and confidence).

    Nothing is stored. One object per article on standard output (a stage that raised is listed in its
    "stage_failures"); errors on standard error."""
    from summitgraph.extract.pipeline import read_article, reading_to_json
    from summitgraph.ingest.runner import stage_failure_line

    processed = failed = stage_failed = 0
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            _report_failure(item)
            failed += 1
            continue
        reading = read_article(item, strict=strict)
        for failure in reading.stage_failures:
            err.print(f"warning: {printable(stage_failure_line(item.source, failure))}", markup=False)
        stage_failed += bool(reading.stage_failures)
        sys.stdout.write(json.dumps(reading_to_json(reading), ensure_ascii=False) + "\n")
        processed += 1
    if failed and not processed:
        raise typer.Exit(EXIT_NOTHING_PROCESSED)
    if stage_failed:
        raise typer.Exit(EXIT_STAGE_FAILED)
