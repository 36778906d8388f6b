"""Incremental ingest: a re-run extracts only what is new or changed (skipped by content hash before
extraction), on SQLite and PostgreSQL, through the runner and the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summitgraph.ingest_runner as runner
from summitgraph.cli import app
from summitgraph.ingest_runner import ProcessPoolMapper, Reporter, run_ingest
from summitgraph.store import open_store
from test_distributed import article_text, snapshot, write_corpus, write_jsonl


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The id of every article the extractor reads (in this process: the inline mapper)."""
    seen: list[str] = []
    real = runner.read_article

    def counting(article):
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(runner, "read_article", counting)
    return seen


def ingest(url: str, paths: list[Path], **options) -> dict[str, int]:
    with open_store(url) as store:
        return dict(run_ingest([str(p) for p in paths], store, reporter=Reporter(failure=lambda _: None), **options))


def test_a_rerun_with_one_percent_new_articles_extracts_only_those(tmp_path, store_url, extractions):
    corpus = write_corpus(tmp_path / "corpus", 200)
    assert ingest(store_url, [corpus]) == {"ingested": 200, "updated": 0, "unchanged": 0, "failed": 0}
    assert len(extractions) == 200
    extractions.clear()

    write_corpus(corpus, 2, start=200)   # 1% new
    assert ingest(store_url, [corpus]) == {"ingested": 2, "updated": 0, "unchanged": 200, "failed": 0}
    assert sorted(extractions) == ["bai-0200.txt", "bai-0201.txt"]
    with open_store(store_url) as store:
        assert store.count_articles() == 202


def test_a_changed_article_becomes_a_new_version_and_nothing_else_is_read_again(tmp_path, store_url, extractions):
    corpus = write_corpus(tmp_path / "corpus", 12)
    ingest(store_url, [corpus])
    extractions.clear()
    changed = corpus / "b" / "bai-0004.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHội nghị khép lại trong không khí hữu nghị.\n",
                       encoding="utf-8")
    assert ingest(store_url, [corpus]) == {"ingested": 0, "updated": 1, "unchanged": 11, "failed": 0}
    assert extractions == ["bai-0004.txt"]
    with open_store(store_url) as store:
        versions = store.article_versions("bai-0004.txt")
        assert [v.version for v in versions] == [1, 2]
        assert versions[-1].current and "hữu nghị" in versions[-1].article.text


def test_lines_appended_to_a_jsonl_feed_are_the_only_ones_read(tmp_path, store_url, extractions):
    feed = write_jsonl(tmp_path / "feed.jsonl", 6)
    ingest(store_url, [feed], batch_size=4)
    extractions.clear()
    title, _, body = article_text(40).partition("\n\n")
    with feed.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "dong-moi", "title": title, "text": body}, ensure_ascii=False) + "\n")
    assert ingest(store_url, [feed], batch_size=4) == {"ingested": 1, "updated": 0, "unchanged": 6, "failed": 0}
    assert extractions == ["dong-moi"]


def test_a_file_that_failed_is_read_again_and_its_failure_resolved_once_fixed(tmp_path, store_url):
    corpus = write_corpus(tmp_path / "corpus", 3)
    broken = corpus / "a" / "hong.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    assert ingest(store_url, [corpus])["failed"] == 1
    broken.write_text(article_text(77), encoding="utf-8")
    assert ingest(store_url, [corpus]) == {"ingested": 1, "updated": 0, "unchanged": 3, "failed": 0}
    with open_store(store_url) as store:
        assert store.failures() == []


def test_a_rerun_in_worker_processes_equals_a_rerun_in_one(tmp_path, store_url):
    corpus = write_corpus(tmp_path / "corpus", 20)
    ingest(store_url, [corpus])
    write_corpus(corpus, 3, start=20)
    counts = ingest(store_url, [corpus], mapper=ProcessPoolMapper(2), batch_size=4)
    assert counts == {"ingested": 3, "updated": 0, "unchanged": 20, "failed": 0}
    single = f"sqlite:///{tmp_path / 'single.db'}"
    ingest(single, [corpus])
    with open_store(store_url) as parallel, open_store(single) as one:
        assert snapshot(parallel)["articles"] == snapshot(one)["articles"]


def test_cli_rerun_prints_the_same_summary_line_as_before(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 5)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    cli = CliRunner()
    assert "summary: 5 ingested, 0 updated, 0 unchanged, 0 failed" in cli.invoke(
        app, ["ingest", str(corpus), "--db", url]).output
    write_corpus(corpus, 1, start=5)
    again = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--batch", "2"])
    assert again.exit_code == 0
    assert "summary: 1 ingested, 0 updated, 5 unchanged, 0 failed" in again.output
