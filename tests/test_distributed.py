"""Ingest through every mapper (in process, local process pool, Dask cluster) leaves the store exactly as a
single-process run does, on SQLite and PostgreSQL; a Dask worker killed mid-run loses and duplicates nothing.

The articles are written here from templates (never corpus text) and varied so no two hash alike."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summitgraph.cli import app
from summitgraph.ingest.runner import (
    Piece,
    ProcessPoolMapper,
    Reporter,
    inline_mapper,
    iter_batches,
    iter_pieces,
    process_batch,
    run_ingest,
)
from summitgraph.store import Store, open_store


# --- a corpus written for these tests --------------------------------------------------------------------

CITIES = ("Hà Nội", "Đà Nẵng", "Nha Trang", "Hạ Long", "Cần Thơ", "Huế")
LEADERS = (("Thủ tướng", "Nguyễn Văn Thành"), ("Phó Thủ tướng", "Trần Quốc Bảo"),
           ("Bộ trưởng Ngoại giao", "Lê Minh Khôi"), ("Thứ trưởng Ngoại giao", "Phạm Thu Hằng"))

SUMMIT = """Khai mạc Hội nghị Cấp cao ASEAN lần thứ {n}

Sáng {d}/{m}/{y}, tại {city}, {title} {name} dự lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ {n}. \
Hội nghị diễn ra theo hình thức trực tiếp, với sự tham dự của lãnh đạo mười nước thành viên.

Phát biểu tại phiên toàn thể, {title} {name} nhấn mạnh vai trò trung tâm của ASEAN. Các nhà lãnh đạo \
dự kiến thông qua Tuyên bố {city} về phục hồi bền vững sau đại dịch.
"""
MINISTERS = """Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ {n} bế mạc

Chiều {d}/{m}/{y}, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ {n} (AMM-{n}) đã bế mạc tại {city} \
sau hai ngày làm việc. {title} {name} dẫn đầu đoàn Việt Nam tham dự hội nghị.

Các Bộ trưởng ra Thông cáo chung, khẳng định cam kết duy trì hòa bình, ổn định ở khu vực. Năm {y}, \
Việt Nam giữ vai trò Chủ tịch ASEAN.
"""
VISIT = """{title} {name} thăm chính thức Lào

Từ ngày {d} đến {d2}/{m}/{y}, {title} {name} thăm chính thức Cộng hòa Dân chủ Nhân dân Lào theo lời mời \
của Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.

Trong chuyến thăm, hai bên đã hội đàm tại Viêng Chăn và ký Bản ghi nhớ về hợp tác đào tạo cán bộ. \
Hai Bộ trưởng nhất trí phối hợp chặt chẽ tại các diễn đàn khu vực, nhất là trong khuôn khổ ASEAN.
"""
TEMPLATES = (SUMMIT, MINISTERS, VISIT)


def article_text(i: int) -> str:
    title, name = LEADERS[i % len(LEADERS)]
    day = 1 + i % 25
    return TEMPLATES[i % len(TEMPLATES)].format(
        n=20 + i, d=day, d2=day + 2, m=1 + i % 12, y=2000 + i % 24, city=CITIES[i % len(CITIES)],
        title=title, name=name)


def write_corpus(folder: Path, count: int, start: int = 0) -> Path:
    """``count`` articles as .txt files (numbered from ``start``), in two subfolders."""
    for i in range(start, start + count):
        sub = folder / ("a" if i % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"bai-{i:04d}.txt").write_text(article_text(i), encoding="utf-8")
    return folder


def write_jsonl(path: Path, count: int, start: int = 0) -> Path:
    lines = []
    for i in range(start, start + count):
        title, _, body = article_text(i).partition("\n\n")
        lines.append(json.dumps({"id": f"dong-{i}", "title": title, "text": body}, ensure_ascii=False))
    path.write_text("\n".join(lines[:3] + [""] + lines[3:]) + "\n", encoding="utf-8")  # a blank line: numbering
    return path


# --- what a store holds, without ids and clocks --------------------------------------------------------------

def snapshot(store: Store) -> dict[str, Any]:
    """Every current article and its facts, plus open failures, in a form two stores can be compared by."""
    articles = {}
    for stored in store.iter_articles():
        facts = sorted(
            (fact.kind, fact.position, json.dumps(fact.record, ensure_ascii=False, sort_keys=True),
             json.dumps(fact.evidence.to_json() if fact.evidence else None), fact.version)
            for fact in store.facts(article=stored.key))
        articles[stored.key] = (stored.version, stored.content_hash, stored.article.source,
                                stored.extracted_with, facts)
    failures = sorted((f.source, f.problem) for f in store.failures())
    with store.session() as db:   # each current version's near-duplicate signature, made by the worker
        signatures = {row["key"]: bytes(row["signature"]) for row in db.query(
            "SELECT a.key, s.signature FROM article_signatures AS s JOIN articles AS a ON a.id = s.article_id "
            "WHERE a.superseded_by IS NULL")}
    return {"articles": articles, "failures": failures, "signatures": signatures}


def fact_count(snap: dict[str, Any]) -> int:
    return sum(len(entry[-1]) for entry in snap["articles"].values())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = write_corpus(tmp_path_factory.mktemp("corpus"), 24)
    write_jsonl(root / "b" / "nguon.jsonl", 7)
    (root / "a" / "trong.txt").write_bytes(b"")                      # a bad file: reported, the rest goes on
    (root / "a" / "ban-sao.txt").write_text(article_text(5), encoding="utf-8")  # same content, other name
    return root


def ingest(url: str, paths: list[str], mapper=inline_mapper, batch_size: int = 4,
           reporter: Reporter | None = None) -> tuple[dict[str, int], dict[str, Any]]:
    failures: list[str] = []
    with open_store(url) as store:
        counts = run_ingest(paths, store, mapper=mapper, batch_size=batch_size,
                            reporter=reporter or Reporter(failure=failures.append))
        return dict(counts), snapshot(store)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[dict[str, int], dict[str, Any]]:
    """The single-process run everything else must equal (SQLite; the backends agree, test_store shows)."""
    return ingest(f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.db'}", [str(corpus)], batch_size=1)


# --- the runner on its own ---------------------------------------------------------------------------------

def test_reference_run_reads_every_input_once(reference):
    counts, snap = reference
    # 24 files + 7 JSONL lines; the empty file fails; the copy has content already stored
    assert counts == {"ingested": 31, "updated": 0, "unchanged": 1, "failed": 1}
    assert len(snap["articles"]) == 31
    assert fact_count(snap) > 31 * 2   # meetings, people, documents... from every article
    assert [source for source, _ in snap["failures"]][0].endswith("trong.txt")
    jsonl_lines = sorted(entry[2].rpartition(":")[2] for entry in snap["articles"].values()
                         if ".jsonl:" in entry[2])
    assert jsonl_lines == ["1", "2", "3", "5", "6", "7", "8"]   # numbered as in the file: line 4 is blank
    # every article carries its signature, so the runs compared with this one compare signatures too
    assert sorted(snap["signatures"]) == sorted(snap["articles"]) and all(snap["signatures"].values())


def test_batches_never_exceed_their_size_and_keep_input_order(corpus):
    pieces = list(iter_pieces([str(corpus)], jsonl_lines=3))
    jsonl = [p for p in pieces if isinstance(p, Piece) and p.fmt == "jsonl"]
    assert [len(p.lines) for p in jsonl] == [3, 3, 1]
    assert [number for p in jsonl for number, _ in p.lines] == [1, 2, 3, 5, 6, 7, 8]
    batches = list(iter_batches(iter(pieces), 5))
    assert all(sum(p.size if isinstance(p, Piece) else 1 for p in b) <= 5 for b in batches)
    flattened = [p for b in batches for p in b]
    assert [getattr(p, "source", None) for p in flattened] == [getattr(p, "source", None) for p in pieces]


def test_process_batch_is_pure_and_skips_known_content(corpus):
    [batch] = list(iter_batches(iter_pieces([str(corpus / "b" / "bai-0000.txt")]), 4))
    first, again = process_batch(batch, frozenset()), process_batch(batch, frozenset())
    assert first == again
    [extracted] = first.results
    assert extracted.reading.meetings   # the summit is read
    from summitgraph.store import content_hash
    [known] = process_batch(batch, frozenset({content_hash(extracted.article)})).results
    assert type(known).__name__ == "Known" and known.source.endswith("bai-0000.txt")


@pytest.mark.parametrize("batch_size", [1, 5, 64])
def test_batch_size_changes_nothing(corpus, reference, store_url, batch_size):
    assert ingest(store_url, [str(corpus)], batch_size=batch_size) == reference


def test_process_pool_equals_a_single_process_run(corpus, reference, store_url):
    assert ingest(store_url, [str(corpus)], mapper=ProcessPoolMapper(2), batch_size=3) == reference


def test_a_dead_pool_worker_stops_the_run_in_one_line_and_a_rerun_completes_it(corpus, reference, store_url):
    import psutil

    from summitgraph.ingest.runner import WorkerError

    killed: list[int] = []

    def tick() -> None:
        # After the first result is written, kill one pool worker (a child of the pool's fork server).
        if not killed:
            workers = [p for p in psutil.Process().children(recursive=True)
                       if p.parent() is not None and p.parent().pid != os.getpid() and "forkserver" in " ".join(p.cmdline())]
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].pid)

    with pytest.raises(WorkerError, match="a worker process died") as raised:
        ingest(store_url, [str(corpus)], mapper=ProcessPoolMapper(2), batch_size=1,
               reporter=Reporter(failure=lambda _: None, tick=tick))
    assert "articles already stored are skipped" in raised.value.one_line()
    with open_store(store_url) as store:
        partial = snapshot(store)["articles"]
    assert 1 <= len(partial) < len(reference[1]["articles"])
    assert all(reference[1]["articles"][key] == entry for key, entry in partial.items())  # a prefix, nothing twice
    counts, snap = ingest(store_url, [str(corpus)])
    assert snap == reference[1]
    assert counts["unchanged"] == len(partial) + 1   # what the first run wrote, and the copy


# --- Dask ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="600MiB",
                                  dashboard_address=None) as local:
        yield local


def test_dask_cluster_equals_a_single_process_run(corpus, reference, store_url, cluster):
    from summitgraph.ingest.distributed import dask_mapper

    with dask_mapper(cluster.scheduler_address) as mapper:
        assert ingest(store_url, [str(corpus)], mapper=mapper, batch_size=2) == reference


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, reference, store_url, cluster):
    from distributed import Client

    from summitgraph.ingest.distributed import dask_mapper

    killed: list[tuple[str, int]] = []
    with Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)

        def tick() -> None:
            # After the first result is written, kill a worker with tasks in flight, preferably one holding the
            # known hashes every batch depends on (the result of the mapper's "hold" task).
            if killed:
                return
            busy = {worker: len(keys) for worker, keys in client.processing().items() if keys}
            holders = {w for key, where in client.who_has().items() if str(key).startswith("hold-") for w in where}
            if busy:
                worker = max(busy, key=lambda w: (w in holders, busy[w]))
                pid = client.run(os.getpid, workers=[worker])[worker]
                os.kill(pid, signal.SIGKILL)
                killed.append((worker, pid))

        with dask_mapper(cluster.scheduler_address, window=8) as mapper:
            got = ingest(store_url, [str(corpus)], mapper=mapper, batch_size=1,
                         reporter=Reporter(failure=lambda _: None, tick=tick))
        assert killed, "no task was in flight to kill"
        assert got == reference
        client.wait_for_workers(2, timeout=60)  # the nanny restarted it
        assert killed[0][1] not in client.run(os.getpid).values()


def test_cli_ingest_on_a_dask_cluster_then_again_changes_nothing(corpus, reference, tmp_path, cluster):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    cli = CliRunner()
    first = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--dask", cluster.scheduler_address,
                             "--batch", "3"])
    assert first.exit_code == 0, first.output
    assert "summary: 31 ingested, 0 updated, 1 unchanged, 1 failed" in first.output
    assert "trong.txt: empty file" in first.output
    second = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--workers", "2"])
    assert "summary: 0 ingested, 0 updated, 32 unchanged, 1 failed" in second.output
    with open_store(url) as store:
        assert snapshot(store) == reference[1]


def test_cli_names_an_unreachable_scheduler_in_one_line(tmp_path, monkeypatch):
    import summitgraph.ingest.distributed

    monkeypatch.setattr(summitgraph.ingest.distributed, "CONNECT_TIMEOUT", "1s")  # port 9 refuses; no need to wait 20 s
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                                      "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "tcp://127.0.0.1:9: cannot reach the Dask scheduler" in result.output
    assert "Traceback" not in result.output


def test_a_local_cluster_closes_without_its_shutdown_chatter_and_logs_again_after():
    """A worker's last heartbeat meeting a closed scheduler is logged with a traceback by distributed: the close
    of a cluster started here hides it, and the levels are as they were once it has closed."""
    import logging

    import distributed  # noqa: F401  its configuration gives some loggers levels of their own

    from summitgraph.ingest.distributed import _quiet_shutdown

    class GoneWorkers:
        def run(self, *args, **kwargs):
            raise OSError("comm closed")

    before = logging.getLogger("distributed").level
    with _quiet_shutdown(GoneWorkers()):
        assert not logging.getLogger("distributed.worker").isEnabledFor(logging.ERROR)
        assert not logging.getLogger("tornado.application").isEnabledFor(logging.ERROR)
    assert logging.getLogger("distributed").level == before
    assert logging.getLogger("distributed.worker").isEnabledFor(logging.ERROR)
    assert logging.getLogger("tornado.application").isEnabledFor(logging.ERROR)
