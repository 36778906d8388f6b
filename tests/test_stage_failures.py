"""Issue 16: one article that trips an extraction stage never stops a batch.

A test-only stage (tests/plugins/failing_stages.py, plugged in by SUMMITGRAPH_EXTRA_STAGES, no extractor
patched) raises IndexError, RecursionError or MemoryError on articles that carry a marker word. Every article
must still be stored with the built-in stages' facts, the failed stage recorded per article, the summary and
the exit status saying so, and --strict must fail the run; in one process, with --workers 2 and on a local
Dask cluster, on SQLite and PostgreSQL."""
from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summitgraph.extract.pipeline import EXTRA_STAGES_ENV, FAILED_FLAG, read_article, reading_to_json
from summitgraph.ingest import read_bytes
from summitgraph.ingest.runner import STAGE_FAILED, StageError, run_ingest, summary_line
from summitgraph.store import open_store

PLUGINS = Path(__file__).resolve().parent / "plugins"
SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
STAGE_SPEC = "failing_stages:STAGES"

# Our own sentences: each article reads a meeting and a person, so the built-in stages' facts can be checked.
BODY = ("Ngày 12/11/2022, Hội nghị Cấp cao ASEAN lần thứ {n} khai mạc tại Phnôm Pênh, Campuchia. "
        "Thủ tướng Phạm Minh Chính dẫn đầu đoàn Việt Nam dự hội nghị. Ghi chú kiểm thử: {marker}.")
FAILURES = {"failindex": "IndexError", "failrecursion": "RecursionError", "failmemory": "MemoryError"}


def article_text(n: int, marker: str) -> str:
    return f"Hội nghị Cấp cao ASEAN lần thứ {n}\n\n" + BODY.format(n=n, marker=marker)


@pytest.fixture
def fragile_stage(monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    monkeypatch.setenv(EXTRA_STAGES_ENV, STAGE_SPEC)


def write_corpus(folder: Path) -> dict[str, str]:
    """Three articles that trip the stage, one that does not; returns file name -> expected error type."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for n, (marker, error) in zip((40, 41, 42), FAILURES.items()):
        (folder / f"{marker}.txt").write_text(article_text(n, marker), encoding="utf-8")
        expected[f"{marker}.txt"] = error
    (folder / "healthy.txt").write_text(article_text(43, "không có"), encoding="utf-8")
    return expected


@pytest.mark.parametrize("marker", sorted(FAILURES))
def test_a_failing_stage_is_recorded_and_the_other_stages_still_read(fragile_stage, marker):
    article = read_bytes(article_text(40, marker).encode(), "a.txt")[0]
    reading = read_article(article)
    assert [(f.stage, f.error_type, f.extractor_version) for f in reading.stage_failures] == \
        [("fragile", FAILURES[marker], "test-1")]
    message = reading.stage_failures[0].message
    assert message.startswith(FAILURES[marker]) and "\n" not in message and "failing_stages.py" in message
    assert "/" not in message.split(" (at ")[1]   # a file name, never a server path
    assert any(m.ordinal == 40 for m in reading.meetings) and reading.people
    assert FAILED_FLAG + "fragile" in reading.article.quality and FAILED_FLAG + "fragile" not in article.quality
    shown = reading_to_json(reading)
    assert shown["stage_failures"][0]["stage"] == "fragile" and FAILED_FLAG + "fragile" in shown["quality"]
    with pytest.raises(getattr(builtins, FAILURES[marker])):
        read_article(article, strict=True)


def test_an_article_no_stage_trips_has_no_failure(fragile_stage):
    reading = read_article(read_bytes(article_text(43, "không có").encode(), "a.txt")[0])
    assert reading.stage_failures == [] and not any(q.startswith(FAILED_FLAG) for q in reading.article.quality)
    assert reading_to_json(reading)["stage_failures"] == []


def check_store(url: str, expected: dict[str, str]) -> None:
    with open_store(url) as store:
        assert store.count_articles() == len(expected) + 1   # every article stored
        failed = {row.article_key: row.failure for row in store.stage_failures()}
        assert {key: f.error_type for key, f in failed.items()} == expected
        assert all(f.stage == "fragile" and f.extractor_version == "test-1" for f in failed.values())
        for key in [*expected, "healthy.txt"]:
            reading = store.get_reading(key)
            assert any(m.ordinal for m in reading.meetings) and reading.people   # the others' facts are there
            assert (FAILED_FLAG + "fragile" in reading.article.quality) == (key in expected)
            assert [f.error_type for f in reading.stage_failures] == ([expected[key]] if key in expected else [])
        assert store.stats()["articles_with_stage_failures"] == len(expected)


def test_a_batch_in_one_process_stores_every_article(fragile_stage, store_url, tmp_path):
    expected = write_corpus(tmp_path / "corpus")
    warnings: list[str] = []
    from summitgraph.ingest.runner import Reporter
    with open_store(store_url) as store:
        counts = run_ingest([str(tmp_path / "corpus")], store, batch_size=2,
                            reporter=Reporter(stage_failure=warnings.append))
    assert counts["ingested"] == 4 and counts["failed"] == 0 and counts[STAGE_FAILED] == 3
    assert "3 stored with a failed extraction stage" in summary_line(counts)
    assert len(warnings) == 3 and all("stage fragile (test-1) failed" in w for w in warnings)
    check_store(store_url, expected)


def test_strict_stops_at_the_first_failing_stage(fragile_stage, store_url, tmp_path):
    write_corpus(tmp_path / "corpus")
    with open_store(store_url) as store:
        with pytest.raises(StageError, match="failindex.txt: stage fragile"):
            run_ingest([str(tmp_path / "corpus")], store, strict=True)
        assert store.stage_failures() == []


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, EXTRA_STAGES_ENV: STAGE_SPEC,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(PLUGINS), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([str(SUMMITGRAPH), *args], capture_output=True, text=True, timeout=300, env=env)


MODES = {"one-process": (), "workers-2": ("--workers", "2"), "dask-local": ("--dask", "local", "--workers", "2")}


@pytest.mark.parametrize("mode", sorted(MODES))
def test_cli_ingest_stores_every_article_and_exits_3(mode, store_url, tmp_path):
    expected = write_corpus(tmp_path / "corpus")
    result = cli("ingest", str(tmp_path / "corpus"), "--db", store_url, "--batch", "2", *MODES[mode])
    assert result.returncode == 3, result.stderr
    assert "summary: 4 ingested, 0 updated, 0 unchanged, 0 failed (3 stored with a failed extraction stage)" \
        in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")
                and "stage fragile" in line]
    assert len(warnings) == 3 and "Traceback" not in result.stderr
    check_store(store_url, expected)
    status = cli("status", "--json", "--db", store_url)
    shown = json.loads(status.stdout)
    assert shown["stats"]["articles_with_stage_failures"] == 3
    assert sorted(row["error_type"] for row in shown["stage_failures"]) == sorted(expected.values())
    again = cli("ingest", str(tmp_path / "corpus"), "--db", store_url, *MODES[mode])
    assert again.returncode == 0 and "4 unchanged" in again.stderr   # stored as read: nothing to redo


@pytest.mark.parametrize("mode", ["one-process", "workers-2"])
def test_cli_strict_fails_the_run(mode, tmp_path):
    write_corpus(tmp_path / "corpus")
    result = cli("ingest", str(tmp_path / "corpus"), "--db", f"sqlite:///{tmp_path / 's.db'}", "--strict",
                 *MODES[mode])
    assert result.returncode == 1
    assert "error: " in result.stderr and "stage fragile" in result.stderr and "Traceback" not in result.stderr


def test_cli_extract_shows_the_failure_in_the_json_and_exits_3(tmp_path):
    path = tmp_path / "failindex.txt"
    path.write_text(article_text(40, "failindex"), encoding="utf-8")
    result = cli("extract", str(path))
    assert result.returncode == 3
    shown = json.loads(result.stdout)
    assert shown["stage_failures"][0]["error_type"] == "IndexError" and shown["meetings"]
    strict = cli("extract", "--strict", str(path))
    assert strict.returncode != 0 and "IndexError" in strict.stderr
