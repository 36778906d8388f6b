"""Shared test fixtures. Tests that read ../shared skip cleanly when it is absent."""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITGRAPH_SHARED", REPO.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (corpus, gold, reference); skips the test when it is not beside the repo."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


# The annotated article folders of ../shared/corpus (each with its gold under ../shared/gold).
CORPUS_FOLDERS = ("dev", "train", "recent")


def corpus_files(shared: Path) -> list[Path]:
    """Every annotated article of ../shared/corpus, folder by folder, each folder in name order."""
    return [p for folder in CORPUS_FOLDERS for p in sorted((shared / "corpus" / folder).glob("*.txt"))]


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


PG_URL = os.environ.get("SUMMITGRAPH_TEST_PG")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> Iterator[str]:
    """A fresh store URL on each backend: SQLite in a temporary folder, PostgreSQL in a schema of its own
    (dropped afterwards) on the server the test command starts; skipped when that server is not there."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not PG_URL:
        pytest.skip('SUMMITGRAPH_TEST_PG is not set; run eval "$(scripts/postgres.sh start)" first')
    schema = f"test_{uuid.uuid4().hex[:12]}"
    yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}schema={schema}"
    import psycopg
    from psycopg import sql as pgsql
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(pgsql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(pgsql.Identifier(schema)))
