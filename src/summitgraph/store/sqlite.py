"""SQLite: one file, WAL, foreign keys on, FTS5 over a folded copy of each article."""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from . import search_rank
from .backend import Backend, Params, Row

BUSY_TIMEOUT_MS = 10_000


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL (a setting stored in the file, so usually already on). Switching ignores the
    busy timeout: when another connection is opening the same new file at that moment, wait and retry."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# How many words may stand between two query words for the "near each other" tier.
NEAR_DISTANCE = 5


def _tier_matches(tokens: list[str]) -> list[str]:
    """FTS5 queries from the strictest to the loosest; one word needs only one."""
    quoted = [f'"{token}"' for token in tokens]
    if len(quoted) == 1:
        return quoted
    phrase = '"' + " ".join(tokens) + '"'
    return [phrase, f"NEAR({' '.join(quoted)}, {NEAR_DISTANCE})", " ".join(quoted)]


class SqliteBackend(Backend):
    dialect = "sqlite"
    # AUTOINCREMENT: ids are never reused after a delete, so a correction naming an old id cannot hit a new row.
    id_column = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def __init__(self, path: str) -> None:
        self.description = f"sqlite:///{path}"
        if path != ":memory:" and not Path(path).parent.resolve().is_dir():
            raise StoreError(f"{path}: the folder for the database does not exist",
                             hint="create it, or point SUMMITGRAPH_DB / --db elsewhere")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction is exactly our block.
            # check_same_thread=False: the Store's own lock serialises use across threads (web server pools).
            # timeout: the busy timeout, how long to wait for another process's write lock.
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                _enable_wal(self._conn)
                self._conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a crash loses no committed row
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the SQLite database: {exc}",
                             hint="check the path and its permissions") from exc
        self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> None:
        self._run(sql, params)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        return [dict(row) for row in self._run(sql, params).fetchall()]

    def insert(self, sql: str, params: Params = ()) -> int:
        cursor = self._run(sql, params)
        return int(cursor.lastrowid)

    def _run(self, sql: str, params: Params) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.description}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # The outer block takes the write lock up front (IMMEDIATE): a read-then-write cannot interleave with
        # another process's write. Inner blocks are savepoints; one name serves every level because SQLite
        # releases or rolls back to the most recent savepoint of that name.
        self._run("BEGIN IMMEDIATE" if self._depth == 0 else "SAVEPOINT nested", ())
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._undo()
            raise
        self._depth -= 1
        try:
            # COMMIT is where a full disk or a lost lock shows: a StoreError like any other statement's.
            self._run("COMMIT" if self._depth == 0 else "RELEASE nested", ())
        except StoreError:
            self._undo()
            raise

    def _undo(self) -> None:
        """Roll back the block that failed, unless SQLite already rolled the whole transaction back (it does
        on a full disk or an I/O error: a second ROLLBACK would fail and hide the error that says why)."""
        if not self._conn.in_transaction:
            return
        if self._depth == 0:
            self._conn.execute("ROLLBACK")
        else:
            self._conn.execute("ROLLBACK TO nested")
            self._conn.execute("RELEASE nested")

    def lock_writes(self, name: str) -> None:
        """BEGIN IMMEDIATE already holds the database's single write lock."""

    def index_for_search(self, article_id: int, title_folded: str, text_folded: str) -> None:
        self.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        self.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     (article_id, title_folded, text_folded))

    def search_rows(self, tokens: list[str], limit: int) -> list[Row]:
        # Tiers, best first: the words as one phrase, the words near each other, every word anywhere. Each
        # token becomes a quoted FTS5 string (tokens are \w+, so they hold no quote): whatever the user typed,
        # the query only ever means these words. Each tier ranks its newest CANDIDATES matches only (read off
        # the index in row-id order, which FTS5 stops after them): bm25 would first count every match.
        found: dict[int, Row] = {}
        for tier, match in enumerate(_tier_matches(tokens)):
            candidates = self.query(
                "SELECT a.id, a.key, a.title, a.title_folded, a.published FROM "
                "(SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS c "
                "JOIN articles AS a ON a.id = c.id WHERE a.superseded_by IS NULL",
                (match, max(search_rank.CANDIDATES, limit)))
            for row in search_rank.rank(candidates, tokens):
                if row["id"] not in found:
                    found[row["id"]] = {**row, "tier": tier}
            if len(found) >= limit:
                break
        return list(found.values())[:limit]

    def close(self) -> None:
        self._conn.close()
