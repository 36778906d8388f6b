"""Ingest: bytes from files, folders, stdin or uploads -> ``Article`` (cleaned text, offset map to
the original, metadata, quality flags).

    read_path(path)                      files, folders, "-" for stdin -> Article | InputError
    read_bytes(data, source, fmt=None)   one upload or file's bytes -> list[Article]
    article_from_text(raw, source, ...)  decoded text -> Article
    content_hash(article)                sha256 of the cleaned, normalised text
"""
from __future__ import annotations

from summitgraph.ingest.article import article_from_text, content_hash
from summitgraph.ingest.clean import clean, clean_page
from summitgraph.ingest.decode import decode_bytes
from summitgraph.ingest.quality import quality_flags, quality_report
from summitgraph.ingest.sources import format_for, iter_bytes, read_bytes, read_path

__all__ = [
    "article_from_text", "clean", "clean_page", "content_hash", "decode_bytes", "format_for", "iter_bytes",
    "quality_flags", "quality_report", "read_bytes", "read_path",
]
