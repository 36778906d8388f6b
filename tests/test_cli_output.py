"""What the commands print for a person reading it: tab-separated when piped, 80-column tables, a readable
status, an article without "None" or "?", every meeting in the timeline (the undated ones too)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from browser.corpus import filled_store
from summitgraph import kb
from summitgraph.cli import app
from summitgraph.cli.articles import fact_label, status_lines


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('cli-out') / 'c.db'}"
    filled_store(url).close()
    return url


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_status_is_sentences_not_a_python_dict(db):
    text = run("status", "--db", db)
    assert "{" not in text and "'" not in text
    assert "articles: 5 current" in text and "meeting mentions" in text and "knowledge base:" in text


def test_status_lines_say_when_the_knowledge_base_is_not_built():
    stats = {"backend": "sqlite", "schema_version": 3, "articles": 0, "article_versions": 0, "facts": {},
             "runs": 0, "failures": 0, "corrections": 0}
    assert status_lines(stats, {})[-1].startswith("knowledge base: not built")


def test_article_prints_only_what_is_known(db):
    text = run("article", "script-payload.txt", "--db", db)
    assert "None" not in text and "outlet ?" not in text and "published ?" not in text


def test_fact_labels_never_read_none():
    assert fact_label("chair", {"country": "VN", "year": 2020}) == "VN 2020"
    assert fact_label("chair", {"country": None, "year": None}) == "chair year"
    assert fact_label("published", {"published": "2020-01-16"}) == "2020-01-16"


def test_piped_listing_is_tsv_with_every_meeting_and_the_undated_ones(db):
    lines = run("timeline", "--db", db).splitlines()
    assert lines[0].split("\t")[:3] == ["year", "key", "name"]
    with _open(db) as store:
        total = kb.count_meetings(store)
    assert len(lines) - 1 == total


def test_format_option_chooses_table_tsv_or_json(db):
    table = run("people", "--db", db, "--format", "table")
    assert max(len(line) for line in table.splitlines()) <= 80
    assert "Bùi Thanh Sơn" in table           # a name is never cut to a few letters
    rows = json.loads(run("people", "--db", db, "--format", "json"))
    assert rows and {"key", "name"} <= set(rows[0])
    tsv = run("people", "--db", db, "--format", "tsv").splitlines()
    assert all(len(line.split("\t")) == 6 for line in tsv)


def test_search_prints_the_marked_passage(db):
    text = run("search", "phnom penh", "--db", db, "--format", "tsv")
    kinds = {line.split("\t")[0] for line in text.splitlines()[1:]}
    assert "article" in kinds
    assert any("Phnom Penh" in line.split("\t")[3] for line in text.splitlines()[1:] if line.startswith("article"))


def _open(url):
    from summitgraph.store import open_store
    return open_store(url)


def test_piped_articles_are_tsv_like_every_listing(db):
    lines = run("articles", "--db", db, "--limit", "5").splitlines()
    assert lines[0].split("\t") == ["id", "key", "title", "published", "facts"]
    assert len(lines) == 6 and all(len(line.split("\t")) == 5 for line in lines)
    table = run("articles", "--db", db, "--limit", "5", "--format", "table")
    assert "of" in table.splitlines()[0] and "┃" in table
