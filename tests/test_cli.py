"""The command line end to end on the bundled example articles and the team's own broken inputs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitgraph.cli import app
from conftest import CORPUS_FOLDERS

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "summitgraph" / "examples"
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_extract_prints_one_json_object_per_article_with_evidence():
    result = run("extract", str(EXAMPLES))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 6  # five files, one of them JSON Lines with two articles
    for row in rows:
        assert set(row) >= {"file", "published", "meetings", "people", "documents", "chairmanships",
                            "title", "author", "outlet", "quality"}
    meetings = [m for row in rows for m in row["meetings"]]
    assert any(m["series"] == "asean-summit" and m["ordinal"] == 37 for m in meetings)
    for m in meetings:
        assert 0 < m["confidence"] <= 1
        assert m["evidence"]["spans"] and m["evidence"]["extractor"] == "meetings"


def test_ingest_is_idempotent_and_reports_bad_files(tmp_path: Path, db: str):
    broken = tmp_path / "inputs"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (broken / "ok.txt").write_text("Thủ tướng thăm Lào\nNgày 3/3/2024, Thủ tướng Phạm Minh Chính thăm chính thức Lào.",
                                   encoding="utf-8")
    first = run("ingest", str(EXAMPLES), str(broken), "--db", db)
    assert first.exit_code == 0
    assert "empty.txt" in first.stderr and "picture.png" in first.stderr
    assert "failed" in first.stderr and "ingested" in first.stderr
    second = run("ingest", str(EXAMPLES), "--db", db)
    assert second.exit_code == 0
    assert "0 ingested" in second.stderr and "0 updated" in second.stderr
    status = run("status", "--db", db, "--json")
    data = json.loads(status.stdout)
    assert data["stats"]["articles"] >= 7
    assert {Path(f["source"]).name for f in data["failures"]} == {"empty.txt", "picture.png"}


def test_ingest_of_nothing_but_bad_input_fails(tmp_path: Path, db: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert run("ingest", str(bad), "--db", db).exit_code == 1


def test_articles_and_article_show_what_is_stored(db: str):
    run("ingest", str(EXAMPLES), "--db", db)
    listing = json.loads(run("articles", "--db", db, "--json").stdout)
    key = next(row["key"] for row in listing if row["key"].startswith("cap-cao-asean-37"))
    shown = json.loads(run("article", key, "--db", db, "--json").stdout)
    assert shown["title"].startswith("Khai mạc Hội nghị Cấp cao ASEAN")
    assert any(f["kind"] == "meeting" and f["record"]["ordinal"] == 37 for f in shown["facts"])
    assert all(0 <= s[0] < s[1] <= len(shown["text"]) for f in shown["facts"] for s in f["spans"])


def test_bad_store_url_is_one_line(tmp_path: Path):
    result = run("articles", "--db", "mysql://nowhere")
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and "mysql" in result.stderr


def test_extract_reads_standard_input():
    text = "Hội nghị Cấp cao ASEAN lần thứ 38 và 39\nNgày 26/10/2021, Hội nghị Cấp cao ASEAN lần thứ 38 khai mạc trực tuyến."
    result = run("extract", "-", input=text)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(m["ordinal"] == 38 and m["format"] == "online" for m in row["meetings"])


@pytest.mark.shared
def test_the_whole_shared_corpus_ingests_without_failure_and_a_second_ingest_adds_nothing(shared_dir: Path,
                                                                                             db: str):
    corpus = [str(shared_dir / "corpus" / folder) for folder in CORPUS_FOLDERS]
    first = run("ingest", *corpus, "--db", db)
    assert first.exit_code == 0
    assert "error:" not in first.stderr and " 0 failed" in first.stderr
    stored = json.loads(run("status", "--db", db, "--json").stdout)["stats"]
    n_files = sum(1 for folder in corpus for p in Path(folder).glob("*.txt"))
    assert stored["articles"] == n_files and stored["facts"]["meeting"] > 200
    second = run("ingest", *corpus, "--db", db)
    assert f"0 ingested, 0 updated, {n_files} unchanged, 0 failed" in second.stderr
    again = json.loads(run("status", "--db", db, "--json").stdout)["stats"]
    # Nothing new is stored, but each ingest is a run of its own.
    assert (stored.pop("runs"), again.pop("runs")) == (1, 2)
    assert again == stored
