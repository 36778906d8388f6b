"""Fixtures of the monitor's tests: a fixture HTTP server on 127.0.0.1, a store, fast polite settings."""
from __future__ import annotations

from typing import Iterator

import pytest

from summitgraph.monitor.client import PoliteClient, Settings
from summitgraph.store import open_store

from .server import FixtureServer

DELAY = 0.2   # seconds between two requests to the fixture host (loopback may go below the 1 s floor)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    """The fixture server; after each test, whatever it tested, the requests it received were polite: one at a
    time, and at least DELAY apart."""
    running = FixtureServer().start()
    yield running
    running.stop()
    assert running.most_in_flight <= 1, "two requests to one host at once"
    assert min(running.gaps(), default=DELAY) >= DELAY - 0.01, f"requests closer than {DELAY} s: {running.gaps()}"


@pytest.fixture
def store(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as opened:
        yield opened


@pytest.fixture
def settings() -> Settings:
    return Settings(delay=DELAY, timeout=1.0, retries=2, backoff=0.1, max_retry_after=5.0,
                    max_page_bytes=200_000, max_feed_bytes=200_000)


@pytest.fixture
def client(settings) -> Iterator[PoliteClient]:
    with PoliteClient(settings) as polite:
        yield polite


@pytest.fixture
def backend_store(store_url):
    """A store on each backend (SQLite; PostgreSQL when the test command started it)."""
    with open_store(store_url) as opened:
        yield opened
