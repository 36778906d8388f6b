"""Database URLs: which backend, and where."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import ConfigError

DEFAULT_URL = "sqlite:///summitgraph.db"
ENV_VAR = "SUMMITGRAPH_DB"
_HINT = ("use sqlite:///relative/path.db, sqlite:////absolute/path.db, sqlite:///:memory: "
         "or postgresql://user@host:port/dbname")
_SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


@dataclass(frozen=True)
class SqliteTarget:
    path: str          # a file path, or ":memory:"


@dataclass(frozen=True)
class PostgresTarget:
    conninfo: str      # the URL psycopg connects with (our own ``schema`` parameter removed)
    schema: str | None  # tables live in this schema (created if missing); None: the default search_path


def resolve_url(url: str | None) -> str:
    """The URL to use: the argument, else $SUMMITGRAPH_DB, else the default SQLite file."""
    if url:
        return url
    return os.environ.get(ENV_VAR) or DEFAULT_URL


def parse_url(url: str) -> SqliteTarget | PostgresTarget:
    """``sqlite:///path`` (three slashes then the path: ``sqlite:////abs.db`` is absolute) or
    ``postgresql://user@host:port/db[?schema=name]``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ConfigError(f"database URL {url!r} has no scheme", hint=_HINT)
    scheme = scheme.lower()
    if scheme == "sqlite":
        return _parse_sqlite(url, rest)
    if scheme in ("postgresql", "postgres"):
        return _parse_postgres(url)
    raise ConfigError(f"database URL {url!r}: unsupported scheme {scheme!r}", hint=_HINT)


def _parse_sqlite(url: str, rest: str) -> SqliteTarget:
    # sqlite:///x -> rest "/x": the host part must be empty and the path non-empty.
    if not rest.startswith("/") or len(rest) < 2:
        raise ConfigError(f"database URL {url!r}: a SQLite URL needs three slashes and a path", hint=_HINT)
    path = rest[1:]
    if "?" in path or "#" in path:
        raise ConfigError(f"database URL {url!r}: SQLite URLs take no query parameters", hint=_HINT)
    return SqliteTarget(path)


def _parse_postgres(url: str) -> PostgresTarget:
    parts = urlsplit(url)
    try:
        parts.port  # urlsplit parses the port lazily; reading it is the check
    except ValueError:
        raise ConfigError(f"database URL {url!r}: the port is not a number", hint=_HINT) from None
    if not parts.path.strip("/"):
        raise ConfigError(f"database URL {url!r}: no database name", hint=_HINT)
    params = parse_qsl(parts.query, keep_blank_values=True)
    schema = None
    kept = []
    for key, value in params:
        if key == "schema":
            schema = value
        else:
            kept.append((key, value))
    if schema is not None and not _SCHEMA_NAME.fullmatch(schema):
        raise ConfigError(f"database URL {url!r}: schema {schema!r} is not a plain identifier",
                          hint="use letters, digits and underscores")
    if schema is None:
        return PostgresTarget(conninfo=url, schema=None)
    # Rebuilt by hand: urlunsplit would drop the "//" of a URL without a host (postgresql:///db).
    base = url.split("?", 1)[0]
    return PostgresTarget(conninfo=base + ("?" + urlencode(kept) if kept else ""), schema=schema)
