"""Where articles come from: files, folders, stdin; .txt, .html/.htm, .jsonl and RSS/Atom feeds.

Every reader yields ``Article`` or ``InputError``: one bad file or JSONL line is reported in one
line naming it, and the rest of the batch goes on.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from stat import S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK
from typing import Any, BinaryIO, Iterator

from summitgraph.errors import InputError, UnsupportedFormatError
from summitgraph.ingest.article import article_from_text
from summitgraph.ingest.decode import decode_bytes
from summitgraph.ingest.feed import FeedItem, feed_items, item_text
from summitgraph.ingest.html import extract_html
from summitgraph.ingest.limits import MAX_HTML_BYTES, check_file_size, check_line_length
from summitgraph.ingest.meta import parse_date
from summitgraph.model import Article

SUFFIX_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
                  ".rss": "feed", ".atom": "feed", ".xml": "feed"}
STDIN = "-"
STDIN_SOURCE = "<stdin>"


def format_for(name: str) -> str:
    """txt | html | jsonl | feed, from the file name's suffix."""
    fmt = SUFFIX_FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise UnsupportedFormatError(name, f"unsupported file type {Path(name).suffix or '(no suffix)'!r}")
    return fmt


def read_path(path: Path | str, *, stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Articles from a file, a folder (recursively, sorted, hidden files and side files such as
    SOURCES.tsv skipped, each real folder once so symlink loops end) or "-" for stdin (JSONL if
    the content starts with "{", else one .txt article). A file of another type in a folder (a PDF,
    an image) or an unreadable folder is an InputError, never silently dropped."""
    if str(path) == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        yield from iter_bytes(data, STDIN_SOURCE, stdin_format(data))
        return
    for item in read_files(Path(path)):
        if isinstance(item, InputError):
            yield item
        else:
            data, source, fmt, key = item
            yield from iter_bytes(data, source, fmt, key=key)


def read_files(path: Path) -> Iterator[tuple[bytes, str, str, str] | InputError]:
    """(bytes, source, format, key) of every file a path names, or the reason a file cannot be read."""
    for file in files_of(path):
        if isinstance(file, InputError):
            yield file
            continue
        try:
            data, fmt = read_file(file)
        except InputError as exc:
            yield exc
            continue
        yield data, str(file), fmt, file_key(path, file)


def file_key(root: Path, file: Path) -> str:
    """A file's article key: its path relative to the folder given to ingest ("d1/article.txt"), so files of
    the same name in different folders stay distinct, and stable whatever the folder's absolute path; a file
    given by itself is its name."""
    if root != file:
        try:
            return file.relative_to(root).as_posix()
        except ValueError:
            pass
    return file.name


def files_of(path: Path) -> Iterator[Path | InputError]:
    """The files a path given by the user names: itself, or a folder's files; errors for what cannot be
    read as articles (a named pipe would be waited on forever, so it is refused, never opened)."""
    if path.is_dir():
        yield from walk_folder(path)
    elif path.is_file() or path.is_symlink():  # a link to nowhere or in a loop: reading says which
        yield path
    elif path.exists():
        yield InputError(str(path), f"not a regular file ({special_file_kind(path)})")
    else:
        yield InputError(str(path), "no such file or directory")


def read_file(path: Path) -> tuple[bytes, str]:
    """A file's bytes and format; InputError naming the whole path when it cannot be read as an article."""
    try:
        fmt = format_for(str(path))  # the whole path: an error in a folder says which file
        check_file_size(path.stat().st_size, str(path), fmt)  # before reading: a huge file never enters memory
        return path.read_bytes(), fmt
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None


# What piped input starts with, lower-cased, past a BOM, blanks, an XML declaration and comments.
_FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf")
_PAGE_STARTS = (b"<!doctype html", b"<html")


def stdin_format(data: bytes) -> str:
    """jsonl, feed, html or txt, from how piped input begins (it has no file name to tell)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "jsonl"
    start = _past_prolog(head).lower()
    if start.startswith(_FEED_STARTS):
        return "feed"
    return "html" if start.startswith(_PAGE_STARTS) else "txt"


def _past_prolog(head: bytes) -> bytes:
    while head.startswith((b"<?", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
        if end < 0:
            return head
        head = head[end + (2 if head.startswith(b"<?") else 3):].lstrip()
    return head


# Files that sit beside articles in a corpus folder and are not articles: skipped, not errors.
SIDE_FILE_SUFFIXES = frozenset({".tsv", ".csv", ".md", ".json", ".yaml", ".yml", ".log",
                                ".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite"})  # and a store kept beside them


def walk_folder(root: Path) -> Iterator[Path | InputError]:
    """Files under ``root`` in sorted order, except hidden and side files; follows symlinks but
    visits each real folder once. A folder that cannot be listed comes out as an InputError."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path) -> Iterator[Path | InputError]:
        try:
            stat = folder.stat()
        except OSError:
            return
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(folder), f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = Path(entry.path)
            kind = _entry_kind(entry)
            if kind == "dir":
                yield from visit(child)
            elif kind == "file" and child.suffix.lower() not in SIDE_FILE_SUFFIXES:
                yield child
            elif kind == "special":
                # Named pipes, sockets, devices: never opened (reading one could wait forever), but said.
                yield InputError(str(child), f"not a regular file ({_special_kind(child)})")

    yield from visit(root)


def _entry_kind(entry: os.DirEntry) -> str:
    """"dir", "file" or "special", following symlinks. A link that leads nowhere or in a loop is a
    "file": reading it fails and says why. (DirEntry.is_dir() raises on a loop, which would otherwise
    end the whole walk.)"""
    try:
        if entry.is_dir():
            return "dir"
        if entry.is_file():
            return "file"
    except OSError:
        return "file"
    return "file" if entry.is_symlink() else "special"


def _special_kind(path: Path) -> str:
    try:
        return special_file_kind(path)
    except OSError:
        return "special file"


def special_file_kind(path: Path) -> str:
    """What a path that exists but is neither a folder nor a regular file is."""
    mode = os.stat(path).st_mode
    return ("named pipe" if S_ISFIFO(mode) else "socket" if S_ISSOCK(mode)
            else "device" if S_ISCHR(mode) or S_ISBLK(mode) else "special file")


def read_bytes(data: bytes, source: str, fmt: str | None = None, *,
               errors: list[InputError] | None = None) -> list[Article]:
    """Articles in ``data``; ``fmt`` defaults to the suffix of ``source``. A problem with the
    whole input raises InputError. A broken JSONL line is appended to ``errors`` when given
    (the other lines still come back); without ``errors`` it is raised."""
    articles: list[Article] = []
    for item in iter_bytes(data, source, fmt):
        if isinstance(item, Article):
            articles.append(item)
        elif errors is not None and item.source.startswith(source + ":"):
            errors.append(item)
        else:
            raise item
    return articles


def iter_bytes(data: bytes, source: str, fmt: str | None = None, *,
               key: str | None = None) -> Iterator[Article | InputError]:
    """The articles ``data`` holds; ``key`` is the file's article key (default: its name), which a JSONL
    line without an id extends with its line number."""
    try:
        fmt = fmt or format_for(source)
        if fmt not in SUFFIX_FORMATS.values():
            raise UnsupportedFormatError(source, f"unsupported format {fmt!r}")
        check_file_size(len(data), source, fmt)
        text = decode_bytes(data, source).text
        if fmt == "jsonl":
            yield from _jsonl_articles(text, source, key)
        elif fmt == "feed":
            yield from _feed_articles(text, source, key)
        elif fmt == "html":
            yield with_text(_html_article(text, source, id=key))
        else:
            yield with_text(article_from_text(text, source, id=key or _file_id(source), fmt="txt"))
    except InputError as exc:
        yield exc


def with_text(article: Article) -> Article:
    """The article, unless cleaning left no text: zero-width spaces, BOMs, separators are bytes, so the
    file was not "empty", but stored it would be an article of nothing (and every other one its duplicate)."""
    if not article.text.strip():
        raise InputError(article.source, "no text (nothing but blank or invisible characters)")
    return article


def _file_id(source: str) -> str:
    return "stdin" if source == STDIN_SOURCE else Path(source).name


def _text_article(text: str, source: str, *, id: str, url: str | None, title: str | None,
                  published: str | None, fmt: str) -> Article:
    """An article given as text with its metadata beside it (a JSONL line, a feed item's lead)."""
    stated_date, stated_time = parse_date(published) if published else (None, None)
    return article_from_text(text, source, title=title or "", id=id, url=url, published=stated_date,
                             published_time=stated_time, fmt=fmt)


def _html_article(html: str, source: str, *, id: str | None = None, url: str | None = None,
                  title: str | None = None, published: str | None = None, fmt: str = "html") -> Article:
    page = extract_html(html, source, url=url)
    stated_date, stated_time = parse_date(published) if published else (None, None)
    return article_from_text(
        page.text, source, title=title or page.title or "", id=id or _file_id(source), url=web_url(page.url) or url,
        published=stated_date or page.published,
        published_time=stated_time or (page.published_time if stated_date in (None, page.published) else None),
        author=page.author, outlet=page.outlet, fmt=fmt)


def _jsonl_articles(text: str, source: str, key: str | None) -> Iterator[Article | InputError]:
    for number, line in numbered_lines(text):
        try:
            yield jsonl_line_article(line, f"{source}:{number}",
                                     fallback_id=jsonl_fallback_id(source, number, key=key))
        except InputError as exc:
            yield exc


def _feed_articles(text: str, source: str, key: str | None) -> Iterator[Article | InputError]:
    """Each item of a feed; ``source:N`` names the Nth item, as a JSONL line is named by its number."""
    for item in feed_items(text, source):
        try:
            yield feed_item_article(item, f"{source}:{item.number}",
                                    fallback_id=jsonl_fallback_id(source, item.number, key=key))
        except InputError as exc:
            yield exc


def feed_item_article(item: FeedItem, where: str, *, fallback_id: str) -> Article:
    """The whole article when the item carries it as HTML, else its lead as a short article of its own."""
    record_id = storable_text(item.id or item.url or fallback_id)
    url = web_url(item.url)
    title = storable_text(item.title) if item.title else None
    if item.html and item.html.strip():
        if len(item.html) > MAX_HTML_BYTES:
            raise InputError(where, f"feed item too large ({len(item.html):,} characters of HTML > "
                                    f"{MAX_HTML_BYTES:,} limit)", hint="one feed item is one article")
        return with_text(_html_article(item.html, where, id=record_id, url=url, title=title,
                                       published=item.published, fmt="feed"))
    lead = item_text(item)
    if lead is None:
        raise InputError(where, "feed item without content or description")
    return with_text(_text_article(storable_text(lead), where, id=record_id, url=url, title=title,
                                   published=item.published, fmt="feed"))


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) of every line of a decoded JSONL file that is not blank: the numbers name
    the lines in sources and fallback ids."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def jsonl_fallback_id(source: str, number: int, *, key: str | None = None) -> str:
    """The id of a JSONL line's article when the record has none: the file's key (default: its name) and
    the line number."""
    name = key or (Path(source).name if source != STDIN_SOURCE else "stdin")
    return f"{name}:{number}"


# The names other tools give each field (news-please, trafilatura's JSON, scrapers, dataset dumps), tried in
# this order after summitgraph's own; the first one present is read and must be a string.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid", "_id"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "date_publish", "publish_date", "published_at", "datePublished", "pubDate"),
    # A feed's summary last: an item that carries only its lead ("description" in RSS dumps) is read from it.
    "text": ("text", "maintext", "content", "body", "article", "raw_text", "articleBody", "description", "summary",
             "sapo"),
    "html": ("html", "raw_html", "content_html", "body_html"),
}


def _field(record: dict[str, Any], field: str, where: str) -> str | None:
    """The first of the field's names (FIELD_NAMES) the record fills, as a string; InputError naming it when
    it is not one. An empty string counts as absent: a dump may keep "text" empty and the body in "content"."""
    for key in FIELD_NAMES[field]:
        value = record.get(key)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return _optional_str(record, key, where, numeric_ok=field == "id")
    return None


def jsonl_line_article(line: str, where: str, *, fallback_id: str) -> Article:
    """The article one JSONL line holds; ``where`` ("file:line") names it in errors. InputError for a line
    that is too long, not a JSON object, or without text."""
    check_line_length(line, where)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError:
        # Python's parser recurses once per level: thousands of "[" exhaust the stack. No article nests.
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    record_id = _field(record, "id", where) or fallback_id
    url = web_url(_field(record, "url", where))
    title = _field(record, "title", where)
    published = _field(record, "published", where)
    body = _field(record, "text", where)
    html = _field(record, "html", where)
    if body and body.strip():
        return with_text(_text_article(body, where, id=record_id, url=url, title=title, published=published,
                                       fmt="jsonl"))
    if html and html.strip():
        return with_text(_html_article(html, where, id=record_id, url=url, title=title, published=published,
                                       fmt="jsonl"))
    raise InputError(where, 'no "text" or "html" field with content')


def _optional_str(record: dict[str, Any], key: str, where: str, *, numeric_ok: bool = False) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and numeric_ok:
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f'field "{key}" should be a string, got {type(value).__name__}')
    return storable_text(value)


def storable_text(value: str) -> str:
    """A JSON string as every backend can store it: a lone surrogate ("\\ud800", which no UTF-8 encoder
    accepts) becomes U+FFFD and NUL (which PostgreSQL refuses) is removed, on every backend alike."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        value = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return value


WEB_SCHEMES = ("http", "https")


def web_url(value: str | None) -> str | None:
    """An article's URL if it is an http(s) address, else None: a ``javascript:`` or ``data:`` URL must
    never become a link on a page."""
    if not value:
        return None
    value = value.strip()
    scheme, sep, rest = value.partition(":")
    if not sep or scheme.lower() not in WEB_SCHEMES or not rest.startswith("//") or len(rest) < 3:
        return None
    if any(ord(ch) < 33 or ord(ch) == 127 for ch in value):
        return None
    return value
