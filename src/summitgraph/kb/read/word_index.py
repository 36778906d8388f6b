"""Candidates for the knowledge base's search, found through a word index instead of a scan of every record.

Search keeps a record when its folded text holds every query word (``LIKE``, kb/read/queries.search). Testing that
on every meeting costs work in proportion to the meetings; these queries bound it. The word index (migration 14:
an FTS5 table on SQLite, a GIN index of the words on PostgreSQL, both kept by the database itself) finds the records
with a word starting with each query word, at most ``CANDIDATES + 1``:

- no more than ``CANDIDATES``: those are every record the search can keep (a word found by ``LIKE`` inside
  another word, "nang" in "danang", is the one kind it leaves out);
- more: the query is common, and the records that rank first are the most cited ones: they are read off an
  index in that order (``importance``), the ``LIKE`` tested on each, stopping after a page of them.

Either way the ranking itself runs over at most a few hundred rows, whatever the size of the knowledge base.
"""
from __future__ import annotations

from dataclasses import dataclass

from summitgraph.store.backend import Backend

CANDIDATES = 200


@dataclass(frozen=True)
class Kind:
    table: str         # kb_meetings, kb_people, kb_documents: fixed names, never user input
    words: str         # its FTS5 table (SQLite)
    importance: str    # its ORDER BY, served by an index (migration 14)
    shown: str         # the filter of shown records ("" when every record is shown)


MEETINGS = Kind("kb_meetings", "kb_meetings_words", "source_count DESC, key", "rejected = ? AND ")
PEOPLE = Kind("kb_people", "kb_people_words", "mention_count DESC, key", "rejected = ? AND ")


def _word_match(db: Backend, kind: Kind, tokens: list[str], limit: int) -> list[int]:
    """Ids of records with a word starting with each token (tokens are \\w+: no query syntax gets through)."""
    if db.dialect == "sqlite":
        match = " ".join(f'"{token}"*' for token in tokens)
        rows = db.query("SELECT rowid AS id FROM " + kind.words + " WHERE " + kind.words + " MATCH ? LIMIT ?",
                        (match, limit))
    else:
        query = " & ".join(f"{token}:*" for token in tokens)
        rows = db.query("SELECT id FROM " + kind.table + " WHERE to_tsvector('simple', search_text) @@ "
                        "to_tsquery('simple', ?) LIMIT ?", (query, limit))
    return [int(row["id"]) for row in rows]


def candidates(db: Backend, kind: Kind, tokens: list[str], where: str, params: list, page: int) -> list[int]:
    """Ids of the records the search ranks: every match when there are few, else the most cited ``page`` matches
    (``where`` is the search's fixed LIKE clause, ``params`` its patterns) and the word index's first matches."""
    found = _word_match(db, kind, tokens, CANDIDATES + 1)
    if len(found) <= CANDIDATES:
        return found
    shown = [False] if kind.shown else []
    top = db.query("SELECT id FROM " + kind.table + " WHERE " + kind.shown + where + " ORDER BY " + kind.importance +
                   " LIMIT ?", [*shown, *params, page])
    return list(dict.fromkeys([int(row["id"]) for row in top] + found))


def in_series(db: Backend, series: list[str], page: int) -> list[int]:
    """Ids of the most cited shown meetings of each named series, a page each."""
    ids: list[int] = []
    for name in series:
        ids.extend(int(row["id"]) for row in db.query(
            "SELECT id FROM kb_meetings WHERE rejected = ? AND series = ? ORDER BY source_count DESC, key LIMIT ?",
            (False, name, page)))
    return ids
