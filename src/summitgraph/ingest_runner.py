"""Streaming ingest: inputs in bounded batches, read + extract anywhere, written here one article at a time.

    with open_store(url) as store:
        counts = run_ingest(["corpus/"], store, mapper=inline_mapper, batch_size=32)

The client (this process) turns paths into ``Piece``s (one file's bytes, or some numbered lines of a JSONL
file), groups them into batches of at most ``batch_size`` articles and hands the batches to a mapper:
``inline_mapper`` (this process), ``ProcessPoolMapper`` (a local process pool) or ``DaskMapper``
(summitgraph.distributed). Workers run ``process_batch``, a pure function: decode, clean, hash, and extract
unless the content is already in the store. Results come back in input order and are written here, each
article in its own transaction, so every mapper leaves the store exactly as a single-process run does, and
a retried batch (a worker died) only meets content the store already has. At most ``window`` batches are in
flight or waiting to be written, so memory stays flat however large the corpus.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Protocol, Sequence

from summitgraph.errors import InputError, StoreError, SummitGraphError
from summitgraph.extract.pipeline import extractor_version, read_article
from summitgraph.ingest import iter_bytes
from summitgraph.ingest.decode import decode_bytes
from summitgraph.ingest.limits import check_file_size
from summitgraph.ingest.sources import (
    STDIN,
    STDIN_SOURCE,
    jsonl_fallback_id,
    jsonl_line_article,
    numbered_lines,
    read_files,
    stdin_format,
)
from summitgraph.model import Article, Reading
from summitgraph.store import Store, content_hash

DEFAULT_BATCH = 16
OUTCOMES = ("ingested", "updated", "unchanged", "failed")
RERUN_HINT = "run the same command again: articles already stored are skipped"


class WorkerError(SummitGraphError):
    """A worker process died (killed, out of memory) and took its batch with it."""


# --- what travels to the workers ------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """One unit of input: a txt/html file's bytes, or numbered lines of a JSONL file (already decoded: the
    encoding is decided once per file, as a single-process read does)."""

    source: str
    fmt: str
    data: bytes = b""
    lines: tuple[tuple[int, str], ...] = ()

    @property
    def size(self) -> int:
        """How many articles this piece can hold, for sizing batches."""
        return len(self.lines) if self.fmt == "jsonl" else 1


# --- what travels back -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Failed:
    source: str
    problem: str   # what the store records
    message: str   # the one line the user sees


@dataclass(frozen=True)
class Known:
    """Content already current in the store: read, hashed, not extracted."""

    source: str


@dataclass(frozen=True)
class Extracted:
    article: Article
    reading: Reading


Result = Failed | Known | Extracted
# An input the client could not even read (missing file, unsupported type, undecodable JSONL) travels with the
# batch as its failure, so it is written in its place in the input order.
Batch = list[Piece | Failed]


@dataclass(frozen=True)
class BatchResult:
    version: str   # the extractor version that ran: the worker's, which is what the facts came from
    results: list[Result] = field(default_factory=list)


# --- the client side: paths to pieces to batches -----------------------------------------------------------

def iter_pieces(paths: Iterable[str], *, jsonl_lines: int = DEFAULT_BATCH,
                stdin: BinaryIO | None = None) -> Iterator[Piece | InputError]:
    """The inputs ``read_path`` would read, as pieces, lazily and in the same order: files, folders
    (recursively, sorted) or "-" for standard input. A JSONL file is cut into pieces of ``jsonl_lines``."""
    for path in paths:
        if str(path) == STDIN:
            data = (stdin or sys.stdin.buffer).read()
            yield from _pieces_of(data, STDIN_SOURCE, stdin_format(data), jsonl_lines)
            continue
        for item in read_files(Path(path)):
            if isinstance(item, InputError):
                yield item
            else:
                yield from _pieces_of(*item, jsonl_lines)


def _pieces_of(data: bytes, source: str, fmt: str, jsonl_lines: int) -> Iterator[Piece | InputError]:
    if fmt != "jsonl":
        yield Piece(source, fmt, data=data)
        return
    try:
        check_file_size(len(data), source, fmt)  # as iter_bytes does (no limit on a whole JSONL file today)
        text = decode_bytes(data, source).text
    except InputError as exc:
        yield exc
        return
    # Numbered as sources.py numbers them (from 1, blank lines skipped), so sources and ids are the same.
    chunk: list[tuple[int, str]] = []
    for number, line in numbered_lines(text):
        chunk.append((number, line))
        if len(chunk) >= jsonl_lines:
            yield Piece(source, "jsonl", lines=tuple(chunk))
            chunk = []
    if chunk:
        yield Piece(source, "jsonl", lines=tuple(chunk))


def iter_batches(items: Iterable[Piece | InputError], batch_size: int) -> Iterator[Batch]:
    """Pieces grouped into batches of at most ``batch_size`` articles (a bigger JSONL piece goes alone)."""
    batch: Batch = []
    held = 0
    for item in items:
        entry = failed_input(item) if isinstance(item, InputError) else item
        size = entry.size if isinstance(entry, Piece) else 1
        if batch and held + size > batch_size:
            yield batch
            batch, held = [], 0
        batch.append(entry)
        held += size
    if batch:
        yield batch


# --- the worker side: pure functions -------------------------------------------------------------------------

def read_piece(piece: Piece) -> Iterator[Article | InputError]:
    """The articles of one piece, exactly as ``read_path`` reads them."""
    if piece.fmt != "jsonl":
        yield from iter_bytes(piece.data, piece.source, piece.fmt)
        return
    for number, line in piece.lines:
        try:
            yield jsonl_line_article(line, f"{piece.source}:{number}",
                                     fallback_id=jsonl_fallback_id(piece.source, number))
        except InputError as exc:
            yield exc


def process_article(article: Article, known: frozenset[str] | set[str]) -> Result:
    """Skip what the store already has (by content hash, before the costly part); extract the rest."""
    if content_hash(article) in known:
        return Known(article.source)
    try:
        return Extracted(article, read_article(article))
    except SummitGraphError as exc:
        return failed_article(article.source, exc)


def process_batch(batch: Batch, known: frozenset[str] | set[str]) -> BatchResult:
    """Read and extract one batch. Pure: the same batch gives the same result wherever and however often it runs."""
    results: list[Result] = []
    for piece in batch:
        if isinstance(piece, Failed):
            results.append(piece)
            continue
        for item in read_piece(piece):
            if isinstance(item, InputError):
                results.append(failed_input(item))
            else:
                results.append(process_article(item, known))
    return BatchResult(extractor_version(), results)


def failed_input(error: InputError) -> Failed:
    # Exceptions do not travel well between processes (InputError's arguments are not its args); plain fields do.
    return Failed(error.source, error.problem, error.one_line())


def failed_article(source: str, error: SummitGraphError) -> Failed:
    """An article that was read but could not be extracted or stored: the store records the problem, the user
    sees it after the source."""
    return Failed(source, error.one_line(), InputError(source, error.one_line()).one_line())


# --- mappers: batches in, results out, in order, at most ``window`` at a time ------------------------------------

class Mapper(Protocol):
    def __call__(self, batches: Iterable[Batch], known: frozenset[str]) -> Iterator[BatchResult]: ...


def inline_mapper(batches: Iterable[Batch], known: frozenset[str]) -> Iterator[BatchResult]:
    """Everything in this process, one batch at a time."""
    for batch in batches:
        yield process_batch(batch, known)


class HasResult(Protocol):
    def result(self) -> BatchResult: ...
    def cancel(self) -> object: ...


def ordered_window(submit: Callable[[Batch], HasResult], batches: Iterable[Batch],
                   window: int) -> Iterator[BatchResult]:
    """Submit batches, keep at most ``window`` outstanding, yield their results in submission order.

    In order so the store ends up exactly as a single-process run leaves it (versions of a key, which of two
    copies is "ingested"); bounded so a slow batch holds back at most ``window`` results, never the corpus."""
    pending: deque[HasResult] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:  # the consumer stopped early (an error, Ctrl-C): do not leave work running
            future.cancel()


_worker_known: frozenset[str] = frozenset()


def _init_pool_worker(known: frozenset[str]) -> None:
    # Sent once per worker process rather than with every batch.
    global _worker_known
    _worker_known = known


def _process_in_pool(batch: Batch) -> BatchResult:
    return process_batch(batch, _worker_known)


def pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers start from a clean process that already imported summitgraph
    (cheap to start, and nothing of the client's open database connection or threads is inherited)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["summitgraph.ingest_runner"])
        return context
    return multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class ProcessPoolMapper:
    """A local pool of ``workers`` processes; this process reads files and writes the store meanwhile."""

    workers: int
    window: int = 0   # 0: twice the workers, enough to keep them busy while the head of the queue finishes

    def __call__(self, batches: Iterable[Batch], known: frozenset[str]) -> Iterator[BatchResult]:
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=pool_context(),
                                 initializer=_init_pool_worker, initargs=(known,)) as pool:
            def submit(batch: Batch) -> Future[BatchResult]:
                return pool.submit(_process_in_pool, batch)

            try:
                yield from ordered_window(submit, batches, self.window or 2 * self.workers)
            except BrokenProcessPool as exc:
                # A local pool cannot run a dead worker's batch again (Dask can); stop with what is written.
                raise WorkerError(f"a worker process died ({exc})", hint=RERUN_HINT) from exc


# --- writing ------------------------------------------------------------------------------------------------------

@dataclass
class Reporter:
    """Where the runner says what happens: one line per failure, one tick per input."""

    failure: Callable[[str], None] = lambda message: print(f"error: {message}", file=sys.stderr)
    tick: Callable[[], None] = lambda: None


def write_result(store: Store, result: Result, version: str, reporter: Reporter) -> str:
    """Write one result in its own transaction; returns its outcome (ingested, updated, unchanged, failed)."""
    if isinstance(result, Failed):
        return _record_failure(store, result, reporter)
    if isinstance(result, Known):
        store.resolve_failure(result.source)  # it reads fine now, whatever failed before
        return "unchanged"
    try:
        return store.add_article(result.article, result.reading, extractor_version=version)
    except StoreError:
        raise  # the store itself fails (a full disk, a lost connection): one line for the run, not one per article
    except SummitGraphError as exc:
        return _record_failure(store, failed_article(result.article.source, exc), reporter)


def _record_failure(store: Store, failed: Failed, reporter: Reporter) -> str:
    reporter.failure(failed.message)
    store.record_failure(failed.source, failed.problem)
    return "failed"


def run_ingest(paths: Sequence[str], store: Store, *, mapper: Mapper = inline_mapper,
               batch_size: int = DEFAULT_BATCH, reporter: Reporter | None = None,
               stdin: BinaryIO | None = None) -> Counter[str]:
    """Ingest ``paths`` into ``store`` through ``mapper``; returns the count of each outcome."""
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    reporter = reporter or Reporter()
    counts: Counter[str] = Counter({key: 0 for key in OUTCOMES})
    known = frozenset(store.known_hashes())  # unchanged articles are read and hashed, never extracted
    pieces = iter_pieces(paths, jsonl_lines=batch_size, stdin=stdin)
    for batch_result in mapper(iter_batches(pieces, batch_size), known):
        for result in batch_result.results:
            reporter.tick()
            counts[write_result(store, result, batch_result.version, reporter)] += 1
    return counts


def summary_line(counts: Counter[str]) -> str:
    return ", ".join(f"{counts[key]} {key}" for key in OUTCOMES)
