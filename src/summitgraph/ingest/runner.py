"""Streaming ingest: inputs in bounded batches, read + extract anywhere, written here one article at a time.

    with open_store(url) as store:
        counts = run_ingest(["corpus/"], store, mapper=inline_mapper, batch_size=32)

The client (this process) turns paths into ``Piece``s (one file's bytes, or some numbered lines of a JSONL
file), groups them into batches of at most ``batch_size`` articles and hands the batches to a mapper:
``inline_mapper`` (this process), ``ProcessPoolMapper`` (a local process pool) or ``DaskMapper``
(summitgraph.ingest.distributed). Workers run ``process_batch``, a pure function: decode, clean, hash, and extract
unless the content is already in the store, with the text's near-duplicate signature (stored with the article,
so a rebuild does not hash texts). Results come back in input order and are written here, each article in its
own transaction, so every mapper leaves the store exactly as a single-process run does, and
a retried batch (a worker died) only meets content the store already has. At most ``window`` batches are in
flight or waiting to be written, so memory stays flat however large the corpus.

A re-run costs what is new, not the corpus: the client stats each file before reading it, and a file whose
size, modification time and reader version are those recorded when it was last read whole (and whose
articles are all still current in the store) is not read at all; its articles count as "unchanged". A file
is stamped once all its articles are written without a failure.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Protocol, Sequence

from summitgraph.errors import InputError, StoreError, SummitGraphError
from summitgraph.extract.pipeline import extractor_version, read_article
from summitgraph.ingest import iter_bytes, reader_version
from summitgraph.ingest.decode import decode_bytes
from summitgraph.text.minhash import SCHEME as SIGNATURE_SCHEME, signature
from summitgraph.text.terminal import printable
from summitgraph.ingest.limits import check_file_size
from summitgraph.ingest.sources import (
    STDIN,
    STDIN_SOURCE,
    file_key,
    files_of,
    jsonl_fallback_id,
    jsonl_line_article,
    numbered_lines,
    read_file,
    stdin_format,
)
from summitgraph.model import Article, Reading, StageFailure
from summitgraph.store import FileStamp, SourceFile, Store, content_hash

DEFAULT_BATCH = 16
OUTCOMES = ("ingested", "updated", "unchanged", "failed")
# Counted beside the outcomes: articles stored although an extraction stage raised on them.
STAGE_FAILED = "stage_failed"
RERUN_HINT = "run the same command again: articles already stored are skipped"
# A file modified this recently may change again within the same timestamp tick (two seconds on FAT) with its
# size unchanged, and its stamp would not show it: it is read, but not stamped.
SETTLED_NS = 2_000_000_000


class WorkerError(SummitGraphError):
    """A worker process died (killed, out of memory) and took its batch with it."""


class StageError(SummitGraphError):
    """--strict: an extraction stage raised on an article, which a normal run would store flagged."""


# --- what travels to the workers ------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """One unit of input: a txt/html file's bytes, or numbered lines of a JSONL file (already decoded: the
    encoding is decided once per file, as a single-process read does). ``stamp`` is the file's, taken before
    it was read (None: not to be stamped, as stdin); ``last`` marks the file's last piece, after which the
    file is stamped if none of its articles failed."""

    source: str
    fmt: str
    data: bytes = b""
    lines: tuple[tuple[int, str], ...] = ()
    stamp: FileStamp | None = None
    last: bool = True
    key: str | None = None   # the file's article key, relative to the folder given (None: its name)

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
    content_hash: str


@dataclass(frozen=True)
class Extracted:
    article: Article
    reading: Reading
    content_hash: str
    # The text's near-duplicate signature (text.minhash, packed), made here so a rebuild does not hash texts.
    signature: bytes | None = None


Result = Failed | Known | Extracted
# An input the client could not even read (missing file, unsupported type, undecodable JSONL) travels with the
# batch as its failure, so it is written in its place in the input order.
Batch = list[Piece | Failed]


@dataclass(frozen=True)
class PieceResult:
    """The results of one entry of a batch, with its piece's stamp and ``last`` flag handed back."""

    results: list[Result]
    stamp: FileStamp | None = None
    last: bool = True


@dataclass(frozen=True)
class BatchResult:
    version: str   # the extractor version that ran: the worker's, which is what the facts came from
    pieces: list[PieceResult] = field(default_factory=list)

    @property
    def results(self) -> list[Result]:
        return [result for piece in self.pieces for result in piece.results]


@dataclass(frozen=True)
class Unchanged:
    """A file skipped by its stamp, never read: the client counts its recorded articles as unchanged."""

    source: str
    recorded: SourceFile


# --- the client side: paths to pieces to batches -----------------------------------------------------------

class Stamps:
    """The client's side of skipping files by stamp: before a file is read, is it unchanged since it was last
    read whole? ``reread``: never skip (files read whole are still stamped again)."""

    def __init__(self, store: Store, known: frozenset[str], *, reread: bool = False) -> None:
        self.store = store
        self.known = known
        self.reread = reread
        self.reader_version = reader_version()

    def check(self, file: Path) -> Unchanged | FileStamp | None:
        """Unchanged when the file can be skipped; else the stamp to record once it is read whole (None: a
        file not to stamp, because it cannot be stat'ed, so reading it says why, or it changed just now)."""
        try:
            stat = file.stat()
        except OSError:
            return None
        now = FileStamp(os.path.abspath(file), stat.st_size, stat.st_mtime_ns, self.reader_version)
        recorded = self.store.source_file(now.path)
        if recorded is not None:
            if not self.reread and self.still_holds(recorded, now):
                return Unchanged(str(file), recorded)
            # Read again: until it is read whole without a failure, the file has no stamp.
            self.store.forget_source_file(now.path)
        return now if time.time_ns() - stat.st_mtime_ns >= SETTLED_NS else None

    def still_holds(self, recorded: SourceFile, now: FileStamp) -> bool:
        """Same size, modification time and reader version, and every article the file gave still current (a
        deleted or superseded one makes the file be read again)."""
        return recorded.stamp == now and all(digest in self.known for digest in recorded.hashes)


def iter_pieces(paths: Iterable[str], *, jsonl_lines: int = DEFAULT_BATCH, stdin: BinaryIO | None = None,
                stamps: Stamps | None = None) -> Iterator[Piece | InputError | Unchanged]:
    """The inputs ``read_path`` would read, as pieces, lazily and in the same order: files, folders
    (recursively, sorted) or "-" for standard input. A JSONL file is cut into pieces of ``jsonl_lines``.
    With ``stamps``, a file unchanged since it was last read whole comes out as Unchanged, unread."""
    for path in paths:
        if str(path) == STDIN:
            data = (stdin or sys.stdin.buffer).read()
            yield from _pieces_of(data, STDIN_SOURCE, stdin_format(data), jsonl_lines, None)
            continue
        for file in files_of(Path(path)):
            if isinstance(file, InputError):
                yield file
            else:
                yield from _pieces_of_file(file, jsonl_lines, stamps, file_key(Path(path), file))


def _pieces_of_file(file: Path, jsonl_lines: int, stamps: Stamps | None,
                    key: str | None = None) -> Iterator[Piece | InputError | Unchanged]:
    checked = stamps.check(file) if stamps is not None else None   # the stat comes before the read
    if isinstance(checked, Unchanged):
        yield checked
        return
    try:
        data, fmt = read_file(file)
    except InputError as exc:
        yield exc
        return
    yield from _pieces_of(data, str(file), fmt, jsonl_lines, checked, key)


def _pieces_of(data: bytes, source: str, fmt: str, jsonl_lines: int,
               stamp: FileStamp | None, key: str | None = None) -> Iterator[Piece | InputError]:
    if fmt != "jsonl":
        yield Piece(source, fmt, data=data, stamp=stamp, key=key)
        return
    try:
        check_file_size(len(data), source, fmt)  # as iter_bytes does (no limit on a whole JSONL file today)
        text = decode_bytes(data, source).text
    except InputError as exc:
        yield exc
        return
    # Numbered as sources.py numbers them, so sources and ids are the same. Each chunk goes out once the next
    # is known to exist, so the last one can say so; a file of blank lines still gives one (empty) piece, which
    # carries its stamp.
    chunks = _chunks(numbered_lines(text), jsonl_lines)
    chunk = next(chunks, ())
    for following in chunks:
        yield Piece(source, "jsonl", lines=chunk, stamp=stamp, last=False, key=key)
        chunk = following
    yield Piece(source, "jsonl", lines=chunk, stamp=stamp, key=key)


def _chunks(lines: Iterable[tuple[int, str]], size: int) -> Iterator[tuple[tuple[int, str], ...]]:
    chunk: list[tuple[int, str]] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


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
        yield from iter_bytes(piece.data, piece.source, piece.fmt, key=piece.key)
        return
    for number, line in piece.lines:
        try:
            yield jsonl_line_article(line, f"{piece.source}:{number}",
                                     fallback_id=jsonl_fallback_id(piece.source, number, key=piece.key))
        except InputError as exc:
            yield exc


def process_article(article: Article, known: frozenset[str] | set[str]) -> Result:
    """Skip what the store already has (by content hash, before the costly part); extract the rest."""
    digest = content_hash(article)
    if digest in known:
        return Known(article.source, digest)
    try:
        reading = read_article(article)
        # The reading's article carries a quality flag when a stage failed; the content hash is unchanged.
        return Extracted(reading.article, reading, digest, signature(reading.article.text))
    except SummitGraphError as exc:
        return failed_article(article.source, exc)


def process_piece(piece: Piece, known: frozenset[str] | set[str]) -> PieceResult:
    results = [failed_input(item) if isinstance(item, InputError) else process_article(item, known)
               for item in read_piece(piece)]
    return PieceResult(results, piece.stamp, piece.last)


def process_batch(batch: Batch, known: frozenset[str] | set[str]) -> BatchResult:
    """Read and extract one batch. Pure: the same batch gives the same result wherever and however often it runs."""
    pieces = [PieceResult([entry]) if isinstance(entry, Failed) else process_piece(entry, known) for entry in batch]
    return BatchResult(extractor_version(), pieces)


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


PARENT_CHECK_SECONDS = 1.0


def _init_pool_worker(known: frozenset[str], client_pid: int | None = None) -> None:
    # Sent once per worker process rather than with every batch.
    global _worker_known
    _worker_known = known
    if client_pid is not None:
        threading.Thread(target=_exit_when_gone, args=(client_pid,), name="parent-check", daemon=True).start()


def _exit_when_gone(client_pid: int) -> None:
    """A worker's parent-death check: when the client that submits the batches is gone (kill -9 gives the
    pool no chance to stop its workers), the worker exits, and with the last one the forkserver and the
    resource tracker, which only live as long as someone holds their pipes."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(client_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:   # the pid was reused by another user's process: ours is gone
            os._exit(1)


def _process_in_pool(batch: Batch) -> BatchResult:
    return process_batch(batch, _worker_known)


def pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers start from a clean process that already imported summitgraph
    (cheap to start, and nothing of the client's open database connection or threads is inherited)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["summitgraph.ingest.runner"])
        return context
    return multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class ProcessPoolMapper:
    """A local pool of ``workers`` processes; this process reads files and writes the store meanwhile."""

    workers: int
    window: int = 0   # 0: twice the workers, enough to keep them busy while the head of the queue finishes

    def __call__(self, batches: Iterable[Batch], known: frozenset[str]) -> Iterator[BatchResult]:
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=pool_context(),
                                 initializer=_init_pool_worker, initargs=(known, os.getpid())) as pool:
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

    failure: Callable[[str], None] = lambda message: print(f"error: {printable(message)}", file=sys.stderr)
    tick: Callable[[], None] = lambda: None
    stage_failure: Callable[[str], None] = lambda message: print(f"warning: {printable(message)}", file=sys.stderr)


def stage_failure_line(source: str, failure: StageFailure) -> str:
    return f"{source}: stage {failure.stage} ({failure.extractor_version}) failed: {failure.message}"


def write_result(store: Store, result: Result, version: str, reporter: Reporter) -> str:
    """Write one result in its own transaction; returns its outcome (ingested, updated, unchanged, failed)."""
    if isinstance(result, Failed):
        return _record_failure(store, result, reporter)
    if isinstance(result, Known):
        store.resolve_failure(result.source)  # it reads fine now, whatever failed before
        return "unchanged"
    try:
        stored_signature = None if result.signature is None else (SIGNATURE_SCHEME, result.signature)
        return store.add_article(result.article, result.reading, extractor_version=version,
                                 signature=stored_signature)
    except StoreError:
        raise  # the store itself fails (a full disk, a lost connection): one line for the run, not one per article
    except SummitGraphError as exc:
        return _record_failure(store, failed_article(result.article.source, exc), reporter)


def _record_failure(store: Store, failed: Failed, reporter: Reporter) -> str:
    reporter.failure(failed.message)
    store.record_failure(failed.source, failed.problem)
    return "failed"


@dataclass
class FileTally:
    """A file's articles as they are written, piece by piece: it is stamped at its last piece unless one failed."""

    stamp: FileStamp
    articles: list[tuple[str, str]] = field(default_factory=list)   # (source, content_hash)
    failed: bool = False

    def add(self, result: Result, outcome: str) -> None:
        if isinstance(result, Failed) or outcome == "failed":
            self.failed = True
        elif isinstance(result, Known):
            self.articles.append((result.source, result.content_hash))
        else:
            self.articles.append((result.article.source, result.content_hash))


class Writer:
    """The client's writing: results in input order, a count of each outcome, and the stamp of each file read
    whole without a failure, recorded after its articles (a crash in between: the file is read again)."""

    def __init__(self, store: Store, reporter: Reporter, *, strict: bool = False) -> None:
        self.store = store
        self.reporter = reporter
        self.strict = strict
        self.counts: Counter[str] = Counter({key: 0 for key in OUTCOMES})
        self.open_failures = {failure.source for failure in store.failures()}
        self._file: FileTally | None = None   # the file whose pieces are being written

    def skip_unchanged(self, items: Iterable[Piece | InputError | Unchanged]) -> Iterator[Piece | InputError]:
        """The items less the files skipped by their stamps, counted here as they are met: they need no
        worker, and counts do not depend on order."""
        for item in items:
            if isinstance(item, Unchanged):
                self.write_unchanged(item)
            else:
                yield item

    def write_unchanged(self, skipped: Unchanged) -> None:
        # As for Known content: whatever failed before for the file or its articles' sources reads fine now.
        for source in sorted({skipped.source, *(source for source, _ in skipped.recorded.articles)}
                             & self.open_failures):
            self.store.resolve_failure(source)
        for _ in skipped.recorded.articles:
            self.reporter.tick()
            self.counts["unchanged"] += 1

    def write_batch(self, batch_result: BatchResult) -> None:
        for piece in batch_result.pieces:
            outcomes = [self.write(result, batch_result.version) for result in piece.results]
            if piece.stamp is not None:
                self.follow_file(piece, outcomes)

    def write(self, result: Result, version: str) -> str:
        self.reporter.tick()
        failed_stages = result.reading.stage_failures if isinstance(result, Extracted) else []
        if failed_stages and self.strict:
            raise StageError(stage_failure_line(result.article.source, failed_stages[0]),
                             hint="--strict stops at a failing stage; without it the article is stored flagged")
        outcome = write_result(self.store, result, version, self.reporter)
        self.counts[outcome] += 1
        if failed_stages:
            self.counts[STAGE_FAILED] += 1
            for failure in failed_stages:
                self.reporter.stage_failure(stage_failure_line(result.article.source, failure))
        return outcome

    def follow_file(self, piece: PieceResult, outcomes: list[str]) -> None:
        """Add a written piece to its file's tally (a file's pieces come one after another); stamp the file
        at its last piece."""
        assert piece.stamp is not None
        same_file = self._file is not None and self._file.stamp == piece.stamp
        tally = self._file if same_file and self._file is not None else FileTally(piece.stamp)
        for result, outcome in zip(piece.results, outcomes):
            tally.add(result, outcome)
        self._file = None if piece.last else tally
        if piece.last and not tally.failed:
            self.store.record_source_file(tally.stamp, tally.articles)


def run_ingest(paths: Sequence[str], store: Store, *, mapper: Mapper = inline_mapper,
               batch_size: int = DEFAULT_BATCH, reporter: Reporter | None = None,
               stdin: BinaryIO | None = None, reread: bool = False, strict: bool = False) -> Counter[str]:
    """Ingest ``paths`` into ``store`` through ``mapper``; returns the count of each outcome (and of articles
    stored with a failed stage, under STAGE_FAILED). A file unchanged since it was last read whole is skipped
    unread unless ``reread``; an article whose content the store already has is read and hashed but never
    extracted. ``strict``: a failed stage raises StageError, before its article is written."""
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    writer = Writer(store, reporter or Reporter(), strict=strict)
    known = frozenset(store.known_hashes())
    stamps = Stamps(store, known, reread=reread)
    pieces = writer.skip_unchanged(iter_pieces(paths, jsonl_lines=batch_size, stdin=stdin, stamps=stamps))
    for batch_result in mapper(iter_batches(pieces, batch_size), known):
        writer.write_batch(batch_result)
    return writer.counts


def summary_line(counts: Counter[str]) -> str:
    line = ", ".join(f"{counts[key]} {key}" for key in OUTCOMES)
    if counts[STAGE_FAILED]:
        line += f" ({counts[STAGE_FAILED]} stored with a failed extraction stage)"
    return line
