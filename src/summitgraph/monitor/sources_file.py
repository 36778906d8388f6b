"""The sources file: the outlets to watch, in TOML.

    [[source]]
    name = "baoquocte"
    feeds = ["https://baoquocte.vn/rss/thoi-su.rss"]     # RSS 2.0 or Atom
    sitemaps = ["https://baoquocte.vn/sitemap-news.xml"]  # news sitemaps (or sitemap indexes)
    urls = []                                             # pages to fetch as they are
    keywords = []                                         # none: the default words (series, ASEAN, hội nghị...)
    delay = 1.0                                           # seconds between two requests to one host

A missing file means the bundled default list of Vietnamese outlets; `sources add` and `sources remove` write
that list out first, so the file is always the defaults plus the user's changes.
"""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from summitgraph.errors import ConfigError

ENV_VAR = "SUMMITGRAPH_SOURCES"
DEFAULT_PATH = "summitgraph-sources.toml"
MIN_DELAY = 1.0          # politeness floor for the open web
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()   # empty: the default keywords
    delay: float = MIN_DELAY

    @property
    def locations(self) -> tuple[str, ...]:
        return self.feeds + self.sitemaps + self.urls

    def to_toml(self) -> str:
        lines = ["[[source]]", f"name = {_string(self.name)}"]
        for key in ("feeds", "sitemaps", "urls", "keywords"):
            values = getattr(self, key)
            lines.append(f"{key} = [{', '.join(_string(v) for v in values)}]")
        lines.append(f"delay = {self.delay!r}")
        return "\n".join(lines) + "\n"


def _string(value: str) -> str:
    # A JSON string is a TOML basic string (same escapes), and it keeps Vietnamese letters as they are.
    return json.dumps(value, ensure_ascii=False)


def sources_path(path: str | Path | None) -> Path:
    """The file named, else $SUMMITGRAPH_SOURCES, else summitgraph-sources.toml in the working folder."""
    return Path(path or os.environ.get(ENV_VAR) or DEFAULT_PATH)


def default_sources_text() -> str:
    return (resources.files("summitgraph.monitor") / "data" / "default_sources.toml").read_text(encoding="utf-8")


def load_sources(path: str | Path | None = None) -> list[Source]:
    """The sources of the file (the bundled defaults when it does not exist). ConfigError names the file and
    the entry for anything malformed."""
    file = sources_path(path)
    if not file.exists():
        return parse_sources(default_sources_text(), "(bundled default sources)")
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read the sources file ({exc})") from None
    return parse_sources(text, str(file))


def parse_sources(text: str, where: str) -> list[Source]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: 'source' must be an array of tables ([[source]])")
    sources = [_source(entry, f"{where}, source {number}") for number, entry in enumerate(entries, start=1)]
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{where}: source names must be unique; repeated: {', '.join(duplicates)}")
    return sources


def _source(entry: object, where: str) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = set(entry) - {"name", "feeds", "sitemaps", "urls", "keywords", "delay"}
    if unknown:
        raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: 'name' must be a non-empty string")
    lists = {key: _strings(entry.get(key, []), f"{where} ({name}), {key}") for key in
             ("feeds", "sitemaps", "urls", "keywords")}
    for key in ("feeds", "sitemaps", "urls"):
        for url in lists[key]:
            check_url(url, f"{where} ({name}), {key}")
    delay = entry.get("delay", MIN_DELAY)
    if isinstance(delay, bool) or not isinstance(delay, (int, float)):
        raise ConfigError(f"{where} ({name}): 'delay' must be a number of seconds")
    source = Source(name.strip(), **lists, delay=float(delay))
    check_delay(source, where)
    return source


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def check_url(url: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {url!r} is not an http(s) URL")


def check_delay(source: Source, where: str) -> None:
    """At least MIN_DELAY between requests to a host of the open web; a loopback host (tests, a local mirror)
    may be asked faster."""
    if source.delay >= MIN_DELAY:
        return
    hosts = {urlsplit(url).hostname for url in source.locations}
    if source.delay <= 0 or not hosts <= LOOPBACK_HOSTS:
        raise ConfigError(f"{where} ({source.name}): 'delay' must be at least {MIN_DELAY} s "
                          f"(below that only for a loopback host)")


def save_sources(sources: list[Source], path: str | Path | None = None) -> Path:
    """Write the sources file whole (through a temporary file, so a crash leaves the old one)."""
    file = sources_path(path)
    text = ("# summitgraph sources: outlets to watch (see `summitgraph sources --help`)\n\n"
            + "\n".join(source.to_toml() for source in sources))
    parse_sources(text, str(file))  # never write a file that would not load back
    temporary = file.with_name(file.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, file)
    return file


def add_source(sources: list[Source], new: Source) -> list[Source]:
    """The list with ``new`` added, or merged into the source of the same name (its URLs added, its keywords
    and delay replaced when given)."""
    out = []
    merged = False
    for source in sources:
        if source.name == new.name:
            source = replace(source, feeds=_union(source.feeds, new.feeds),
                             sitemaps=_union(source.sitemaps, new.sitemaps), urls=_union(source.urls, new.urls),
                             keywords=new.keywords or source.keywords, delay=new.delay)
            merged = True
        out.append(source)
    if not merged:
        out.append(new)
    return out


def remove_source(sources: list[Source], name: str) -> list[Source]:
    remaining = [source for source in sources if source.name != name]
    if len(remaining) == len(sources):
        raise ConfigError(f"no source named {name!r}", hint="see `summitgraph sources list`")
    return remaining


def _union(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(old + new))


__all__ = ["DEFAULT_PATH", "ENV_VAR", "MIN_DELAY", "Source", "add_source", "load_sources", "parse_sources",
           "remove_source", "save_sources", "sources_path"]
