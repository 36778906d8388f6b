"""Candidates for the knowledge base's search, found through a word index instead of a scan of every record.

Search keeps a record when its folded text holds every query word (``LIKE``, kb/read/queries.search). Testing that
on every meeting costs work in proportion to the meetings; these queries bound it. The word index (migration 14:
an FTS5 table on SQLite, a GIN index of the words on PostgreSQL, both kept by the database itself) finds the records
with a word starting with each query word, at most ``CANDIDATES + 1``:

- no more than ``CANDIDATES``: those are every record the search can keep (what ``LIKE`` finds inside a
  word, "nang" in "danang", or a word other than the last cut short, is what it leaves out);
- more: the query is common, and the records that rank first are the most cited ones: the ``MOST_CITED`` first
  are read off an index in that order (``importance``), the ``LIKE`` tested on each, a page of matches kept,
  beside the word index's first matches.

Either way the ranking itself runs over at most a few hundred rows, whatever the size of the knowledge base.
"""
from __future__ import annotations

from dataclasses import dataclass

from summitgraph.store.backend import Backend

CANDIDATES = 200
PROBE = 5000   # rows read to tell a common query on PostgreSQL
MOST_CITED = 2000   # the most cited records a common query's page is picked from


@dataclass(frozen=True)
class Kind:
    table: str         # kb_meetings, kb_people, kb_documents: fixed names, never user input
    words: str         # its FTS5 table (SQLite)
    importance: str    # its ORDER BY, served by an index (migration 14)
    shown: str         # the WHERE clause of shown records ("" when every record is shown)


MEETINGS = Kind("kb_meetings", "kb_meetings_words", "source_count DESC, key", "WHERE rejected = ? ")
PEOPLE = Kind("kb_people", "kb_people_words", "mention_count DESC, key", "WHERE rejected = ? ")


def _word_match(db: Backend, kind: Kind, tokens: list[str], limit: int) -> list[int]:
    """Ids of records holding each token as a word, the last one as the start of a word (still being typed);
    tokens are \\w+, so no query syntax gets through."""
    if db.dialect == "sqlite":
        match = " ".join(f'"{token}"' for token in tokens[:-1]) + f' "{tokens[-1]}"*'
        rows = db.query("SELECT rowid AS id FROM " + kind.words + " WHERE " + kind.words + " MATCH ? LIMIT ?",
                        (match, limit))
        return [int(row["id"]) for row in rows]
    query = " & ".join([*tokens[:-1], tokens[-1] + ":*"])
    # A common query is told by its first PROBE rows (read in order, stopping at ``limit`` matches): the GIN
    # index would first intersect the words' whole lists; a rarer one goes through the index.
    rows = db.query("SELECT id FROM (SELECT id, search_words FROM " + kind.table + " LIMIT ?) AS probe "
                    "WHERE search_words @@ to_tsquery('simple', ?) LIMIT ?", (PROBE, query, limit))
    if len(rows) < limit:
        rows = db.query("SELECT id FROM " + kind.table + " WHERE search_words @@ to_tsquery('simple', ?) LIMIT ?",
                        (query, limit))
    return [int(row["id"]) for row in rows]


def candidates(db: Backend, kind: Kind, tokens: list[str], where: str, params: list, page: int) -> list[int]:
    """Ids of the records the search ranks: every match when there are few, else the most cited ``page`` matches
    (``where`` is the search's fixed LIKE clause, ``params`` its patterns) and the word index's first matches."""
    found = _word_match(db, kind, tokens, CANDIDATES + 1)
    if len(found) <= CANDIDATES:
        return found
    shown = [False] if kind.shown else []
    top = db.query("SELECT id FROM (SELECT id, search_text FROM " + kind.table + " " + kind.shown + "ORDER BY " +
                   kind.importance + " LIMIT ?) AS cited WHERE " + where + " LIMIT ?",
                   [*shown, MOST_CITED, *params, page])
    return list(dict.fromkeys([int(row["id"]) for row in top] + found))


def in_series(db: Backend, series: list[str], page: int) -> list[int]:
    """Ids of the most cited shown meetings of each named series, a page each."""
    ids: list[int] = []
    for name in series:
        ids.extend(int(row["id"]) for row in db.query(
            "SELECT id FROM kb_meetings WHERE rejected = ? AND series = ? ORDER BY source_count DESC, key LIMIT ?",
            (False, name, page)))
    return ids
