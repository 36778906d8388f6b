"""Keyset cursors for the meetings listing: where a page ended, as an opaque token the next request sends back.

A page that starts after a cursor is found by a seek on the listing's order (undated last, newest first, then
key), so the thousandth page costs what the first does; an offset makes the database walk every row before it.
The token is the last row's (start date, key) as URL-safe base64 JSON: opaque to a client, checked on the way in.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from summitgraph.errors import SummitGraphError

MAX_CURSOR = 400   # characters: a key and a date, base64-encoded, fit well under this


class BadCursor(SummitGraphError):
    """A cursor this server did not hand out (edited, truncated, or from another listing)."""


@dataclass(frozen=True)
class MeetingCursor:
    start: str | None   # the last row's start date (None: the undated part of the list)
    key: str

    def encode(self) -> str:
        raw = json.dumps([self.start, self.key], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, token: str) -> "MeetingCursor":
        hint = "send back the next_cursor of the previous page unchanged"
        if len(token) > MAX_CURSOR:
            raise BadCursor("cursor: too long", hint=hint)
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            start, key = json.loads(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError, TypeError):
            raise BadCursor("cursor: not one this server handed out", hint=hint) from None
        if not isinstance(key, str) or not (start is None or isinstance(start, str)):
            raise BadCursor("cursor: not one this server handed out", hint=hint)
        return cls(start, key)
