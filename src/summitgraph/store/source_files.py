"""Input files as they were when last read whole: size, modification time, reader version, and the articles
they gave. The ingest runner stats a file before reading it; while the stamp recorded here still matches
(and the file's articles are all still current) the file is not read again."""
from __future__ import annotations

from dataclasses import dataclass

from .backend import Backend
from .clock import utc_now
from .serialize import dumps, loads


@dataclass(frozen=True)
class FileStamp:
    """What a stat said about a file before it was read, and which way of reading files read it."""

    path: str            # absolute, so the same file named from two working folders is one file
    size: int
    mtime_ns: int
    reader_version: str


@dataclass(frozen=True)
class SourceFile:
    """A recorded stamp and (source, content_hash) of each article read from the file."""

    stamp: FileStamp
    articles: tuple[tuple[str, str], ...]

    @property
    def hashes(self) -> list[str]:
        return [digest for _, digest in self.articles]


def stamp_of(db: Backend, path: str) -> SourceFile | None:
    """The stamp recorded for ``path`` (absolute), or None."""
    row = db.query_one("SELECT path, size, mtime_ns, reader_version, articles FROM source_files WHERE path = ?",
                       (path,))
    if row is None:
        return None
    stamp = FileStamp(row["path"], int(row["size"]), int(row["mtime_ns"]), row["reader_version"])
    return SourceFile(stamp, tuple((source, digest) for source, digest in loads(row["articles"])))


def record(db: Backend, stamp: FileStamp, articles: list[tuple[str, str]]) -> None:
    """Remember (or replace) a file's stamp and its articles' (source, content_hash)."""
    db.execute(
        "INSERT INTO source_files (path, size, mtime_ns, reader_version, articles, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "reader_version = excluded.reader_version, articles = excluded.articles, recorded_at = excluded.recorded_at",
        (stamp.path, stamp.size, stamp.mtime_ns, stamp.reader_version, dumps([list(a) for a in articles]),
         utc_now()))


def forget(db: Backend, path: str) -> None:
    """Drop the stamp of ``path``, if any."""
    db.execute("DELETE FROM source_files WHERE path = ?", (path,))
