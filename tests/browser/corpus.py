"""The web tests' store: articles written for these tests (tests/browser/articles), read through the real
pipeline (ingest -> extract -> store -> knowledge base), exactly as `summitgraph ingest` does."""
from __future__ import annotations

from pathlib import Path

from summitgraph.errors import InputError
from summitgraph.extract.pipeline import extractor_version, read_article
from summitgraph.ingest import read_path
from summitgraph.kb import rebuild
from summitgraph.store import Store, open_store

ARTICLES = Path(__file__).resolve().parent / "articles"
TOKEN = "test-write-token-0123456789"
TOKEN_NAME = "reviewer"


def ingest(store: Store, path: Path = ARTICLES) -> list[str]:
    """Ingest every article under ``path``; returns their keys. A file the reader refuses fails the test."""
    keys = []
    version = extractor_version()
    for item in read_path(str(path)):
        if isinstance(item, InputError):
            raise AssertionError(f"test article refused: {item.one_line()}")
        store.add_article(item, read_article(item), extractor_version=version)
        keys.append(item.id)
    return keys


def rebuild_kb(store: Store) -> None:
    """Resolve meetings, people, documents and chair years across the articles (as `summitgraph resolve`)."""
    rebuild(store)


def filled_store(url: str) -> Store:
    store = open_store(url)
    ingest(store)
    rebuild_kb(store)
    store.add_token(TOKEN_NAME, TOKEN)
    return store
