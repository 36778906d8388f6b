"""What a database backend provides. SQLite and PostgreSQL differ only here.

Queries elsewhere in the store are written once, with ``?`` placeholders and values passed as parameters;
a backend adapts the placeholder style, returns rows as plain dicts, and supplies the pieces SQL does not
share: the id column type, "insert and give me the id", write locking, and full-text search.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from typing import Any, Sequence

Row = dict[str, Any]
Params = Sequence[Any]


class Backend(ABC):
    dialect: str       # "sqlite" | "postgresql": selects the per-backend pieces of a migration
    id_column: str     # replaces @ID@ in migrations: an auto-assigned integer primary key
    description: str   # where the data lives, for messages (no password)

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Params = ()) -> list[Row]: ...

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return next(iter(row.values())) if row else None

    @abstractmethod
    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT into a table with an ``id`` column and return the new id."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All or nothing; nests (an inner block is a savepoint)."""

    @abstractmethod
    def lock_writes(self, name: str) -> None:
        """Inside a transaction: serialise writers that read before they write (ingest, migrations)."""

    @abstractmethod
    def index_for_search(self, article_id: int, title_folded: str, text_folded: str) -> None:
        """Make a stored article findable by the folded words of its title and text."""

    @abstractmethod
    def search_rows(self, tokens: list[str], limit: int) -> list[Row]:
        """Current articles containing every token, best first: rows of id, key, title, published and
        score (higher is better)."""

    @abstractmethod
    def close(self) -> None: ...
