"""Write tokens. Only their sha256 is stored, so a copy of the database does not leak a usable token."""
from __future__ import annotations

import hashlib
import secrets

from ..errors import StoreError
from .backend import Backend
from .clock import utc_now

MIN_TOKEN_LENGTH = 16


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add(db: Backend, name: str, token: str) -> None:
    if not name:
        raise StoreError("a token needs a name", hint="e.g. the person or service that uses it")
    if len(token) < MIN_TOKEN_LENGTH:
        raise StoreError(f"token {name!r} is too short", hint=f"use at least {MIN_TOKEN_LENGTH} characters")
    with db.transaction():
        if db.query_one("SELECT name FROM tokens WHERE name = ?", (name,)):
            raise StoreError(f"a token named {name!r} exists already", hint="revoke it first, or pick another name")
        db.execute("INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)",
                   (name, token_hash(token), utc_now()))


def create(db: Backend, name: str) -> str:
    """A new random token under ``name``; the plain token is returned once and never stored."""
    token = secrets.token_urlsafe(32)
    add(db, name, token)
    return token


def verify(db: Backend, token: str) -> str | None:
    """The name of the token, or None when no stored token matches."""
    if not token:
        return None
    row = db.query_one("SELECT name FROM tokens WHERE hash = ?", (token_hash(token),))
    return row["name"] if row else None


def revoke(db: Backend, name: str) -> bool:
    with db.transaction():
        existed = db.query_one("SELECT name FROM tokens WHERE name = ?", (name,)) is not None
        db.execute("DELETE FROM tokens WHERE name = ?", (name,))
    return existed


def names(db: Backend) -> list[str]:
    return [row["name"] for row in db.query("SELECT name FROM tokens ORDER BY name")]
