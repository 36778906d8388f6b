"""Size limits that keep one hostile input from taking the batch's time or memory.

The longest article in the corpora is about 25,000 characters; reading and extracting grow faster
than linearly with an article's length, so a "file" of 50 MB is refused up front, with its size,
instead of running for an hour. Every limit is many times what a real news article needs.
"""
from __future__ import annotations

from summitgraph.errors import InputError

# Characters of article text (a .txt file, a JSONL "text" field, what an HTML page yields).
MAX_TEXT_CHARS = 200_000
# Bytes of one HTML page (a .html file or a JSONL "html" field): markup, scripts and styles included.
MAX_HTML_BYTES = 5 * 1024 * 1024
# Bytes of a .txt file: no encoding takes more than 4 bytes a character, so more than this is
# certainly over MAX_TEXT_CHARS, and is refused before it is decoded.
MAX_TXT_BYTES = 4 * MAX_TEXT_CHARS
# Bytes of an RSS or Atom feed: parsed whole, so it has a limit; a feed of a few hundred full articles fits.
MAX_FEED_BYTES = 50 * 1024 * 1024
# Characters of one JSONL line: one article, as text or as a page.
MAX_JSONL_LINE_CHARS = MAX_HTML_BYTES

MB = 1024 * 1024


def byte_limit(fmt: str) -> int | None:
    """How many bytes a whole file of format ``fmt`` may hold; None: no limit on the file (a JSONL
    file holds any number of articles, each line is checked on its own)."""
    return {"txt": MAX_TXT_BYTES, "html": MAX_HTML_BYTES, "feed": MAX_FEED_BYTES}.get(fmt)


def check_file_size(size: int, source: str, fmt: str) -> None:
    """InputError when a whole txt/html/feed input is over its limit."""
    limit = byte_limit(fmt)
    if limit is not None and size > limit:
        raise InputError(source, f"file too large ({_megabytes(size)} > {_megabytes(limit)} limit for .{fmt})",
                         hint="an article is a few dozen kilobytes; split the file")


def check_line_length(line: str, where: str) -> None:
    if len(line) > MAX_JSONL_LINE_CHARS:
        raise InputError(where, f"line too large ({len(line):,} characters > {MAX_JSONL_LINE_CHARS:,} limit)",
                         hint="one JSONL line is one article")


def check_text_length(text: str, source: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(source, f"article text too long ({len(text):,} characters > {MAX_TEXT_CHARS:,} limit)",
                         hint="an article is a few dozen kilobytes; split the text")


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"
