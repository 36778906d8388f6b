"""The knowledge base's way into the store's database.

The Store exposes no SQL of its own; the knowledge base owns its own tables (``kb_*``, created by the store's
migrations) and reads and writes them in bulk through ``Store.session``. Every statement the kb runs goes
through ``session``: parameters only, one lock.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from summitgraph.store import Store
from summitgraph.store.backend import Backend


@contextmanager
def session(store: Store) -> Iterator[Backend]:
    """The store's backend, held under the store's lock (one Store may serve several threads)."""
    with store.session() as db:
        yield db


@contextmanager
def write_session(store: Store) -> Iterator[Backend]:
    """``session`` inside one transaction: all of the block's writes, or none."""
    with session(store) as db, db.transaction():
        yield db
