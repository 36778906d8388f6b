"""Extraction on a Dask cluster: ``summitgraph ingest --dask tcp://HOST:8786``, or ``--dask local --workers N``.

Workers run ``runner.process_batch``, a pure function (bytes in; articles, readings and failures
out), so they need summitgraph installed but no access to the files or the database. This process streams
the inputs in bounded batches, keeps a few in flight and writes each article in its own transaction, in
input order. When a worker dies, the scheduler runs its tasks again elsewhere; nothing was written by the
worker, and a batch that had in fact come back already is not asked for twice, so no article is lost or
stored twice (and a rerun of the whole command finds every written article "unchanged" by its content hash).
Files unchanged since they were last read whole are skipped by this process, unread: they never reach the
cluster.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from summitgraph.errors import SummitGraphError
from summitgraph.extract.pipeline import extractor_version
from summitgraph.ingest.runner import RERUN_HINT, Batch, BatchResult, ordered_window, process_batch

LOCAL = "local"
CONNECT_TIMEOUT = "20s"


class ClusterError(SummitGraphError):
    """The Dask cluster cannot be reached or cannot run summitgraph."""


@dataclass(frozen=True)
class DaskMapper:
    """Batches to the cluster's workers, results back in order, at most ``window`` outstanding."""

    client: Any       # distributed.Client
    window: int

    def __call__(self, batches: Iterable[Batch], known: frozenset[str]) -> Iterator[BatchResult]:
        import dask
        from distributed import KilledWorker

        # The known hashes travel once, as the result of a task of their own, not with each batch: a worker
        # fetches them once and keeps them. Not client.scatter: scattered data lost with its worker cannot be
        # recomputed and every batch waiting on it would be cancelled; a task's result can be.
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": "1GB"}):  # a big store, no noise
            known_on_workers = self.client.submit(hold, known, pure=False)

        def submit(batch: Batch) -> Any:
            # pure=False: two equal batches are still two tasks (their results are written twice, as inputs).
            return self.client.submit(process_batch, batch, known_on_workers, pure=False)

        try:
            yield from ordered_window(submit, batches, self.window)
        except KilledWorker as exc:
            # The scheduler reran the batch on other workers and they died too: something in it kills workers.
            raise ClusterError(f"Dask workers keep dying on one batch ({exc})",
                               hint="give the workers more memory or lower --batch; " + RERUN_HINT) from exc
        finally:
            known_on_workers.release()


def hold(value: Any) -> Any:
    """A task whose result is its argument: data the scheduler can recompute if the worker holding it dies."""
    return value


@contextmanager
def dask_mapper(address: str, *, workers: int | None = None, window: int | None = None,
                memory_limit: str | None = None) -> Iterator[DaskMapper]:
    """A mapper on the cluster at ``address`` (tcp://HOST:PORT), or on a cluster of ``workers`` single-threaded
    processes started here when ``address`` is "local". Raises ClusterError when it cannot be used."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if address == LOCAL:
            # One thread per process: the extractors are pure Python, threads would only share the GIL.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, memory_limit=memory_limit or "auto")
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({exc})",
                           hint="start one with `dask scheduler` and workers with `dask worker tcp://HOST:8786`")
    try:
        check_workers(client)
        threads = sum(client.nthreads().values())
        yield DaskMapper(client, window or 2 * max(threads, 1))
    finally:
        if cluster is None:
            client.close()
        else:
            with _quiet_shutdown(client):
                client.close()
                cluster.close()


@contextmanager
def _quiet_shutdown(client: Any) -> Iterator[None]:
    """Close a cluster started here without its shutdown chatter: on a loaded machine a worker's last heartbeat
    can meet a scheduler already gone, and distributed logs that with a traceback, although every batch came
    back and nothing is wrong. Logs from the run itself are left as they are; a user's own cluster is not ours
    to silence."""
    try:
        client.run(_silence_distributed_logs)
        client.run(_silence_distributed_logs, nanny=True)
    except Exception:   # noqa: BLE001  a worker already gone has nothing left to say
        pass
    # The scheduler of a local cluster logs in this process.
    loggers = [logging.getLogger(name) for name in SHUTDOWN_LOGGERS]
    levels = [logger.level for logger in loggers]
    _silence_distributed_logs()
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


# distributed's own loggers, and tornado's, which reports a callback that failed on a closed stream (distributed
# configures some of the children with levels of their own).
SHUTDOWN_LOGGERS = ("distributed", "distributed.client", "tornado", "tornado.application")


def _silence_distributed_logs() -> None:
    for name in SHUTDOWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def check_workers(client: Any) -> None:
    """Every worker must run this extractor version: the facts stored say which version read them."""
    wanted = extractor_version()
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError as exc:
        raise ClusterError(f"{client.scheduler.address}: the cluster has no workers",
                           hint="start some with `dask worker tcp://HOST:8786`") from exc
    try:
        found = client.run(extractor_version)
    except ImportError as exc:
        raise ClusterError(f"a Dask worker cannot import summitgraph ({exc})",
                           hint="pip install the same summitgraph on every worker") from exc
    for worker, version in sorted(found.items()):
        if version != wanted:
            raise ClusterError(f"worker {worker} runs extractor {version}, this process {wanted}",
                               hint="install the same summitgraph on every worker and here")
