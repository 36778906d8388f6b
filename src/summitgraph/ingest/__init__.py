"""Ingest: bytes from files, folders, stdin or uploads -> ``Article`` (cleaned text, offset map to
the original, metadata, quality flags).

    read_path(path)                      files, folders, "-" for stdin -> Article | InputError
    read_bytes(data, source, fmt=None)   one upload or file's bytes -> list[Article]
    article_from_text(raw, source, ...)  decoded text -> Article
    text_hash(article)                   sha256 of the cleaned, normalised text (the store hashes text and
                                         metadata: store.content_hash)
    reader_version()                     names the way files are read, stored with each file's stamp
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from summitgraph.ingest.article import article_from_text, text_hash
from summitgraph.ingest.clean import clean, clean_page
from summitgraph.ingest.decode import decode_bytes
from summitgraph.ingest.quality import quality_flags, quality_report
from summitgraph.ingest.sources import format_for, iter_bytes, read_bytes, read_path

__all__ = [
    "READER_VERSION", "article_from_text", "clean", "clean_page", "decode_bytes", "format_for", "iter_bytes",
    "quality_flags", "quality_report", "read_bytes", "read_path", "reader_version", "text_hash",
]

# Bump this whenever a change to reading (decoding, cleaning, HTML, metadata, quality flags, JSONL fields)
# changes the articles a file gives: `summitgraph ingest` skips a file whose size, modification time and
# reader version are those recorded when it was last read, so without a bump it keeps the old reading.
READER_VERSION = "13"  # what each version changed: docs/versions.md


def reader_version() -> str:
    """READER_VERSION and the package's version: a new release reads every file again."""
    return f"{READER_VERSION}+summitgraph-{package_version()}"


@lru_cache(maxsize=1)
def package_version() -> str:
    """The installed summitgraph's version; run from a source tree that is not installed, pyproject.toml's."""
    try:
        return version("summitgraph")
    except PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"
