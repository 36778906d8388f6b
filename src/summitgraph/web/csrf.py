"""CSRF protection for the forms: a signed double-submit token.

The browser gets a random value in a cookie, signed with a secret only the server knows; every form carries the
same value in a hidden field. A write is accepted only when the field equals the cookie and the signature holds,
so another site can neither read the value nor plant a cookie of its own making.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

COOKIE = "sg_csrf"
FIELD = "csrf_token"


class CsrfSigner:
    def __init__(self, secret: bytes | None = None) -> None:
        # A fresh secret per server start: a restart only asks open forms to be reloaded.
        self._secret = secret or secrets.token_bytes(32)

    def _signature(self, nonce: str) -> str:
        return hmac.new(self._secret, nonce.encode("ascii"), hashlib.sha256).hexdigest()[:32]

    def new_token(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._signature(nonce)}"

    def is_valid(self, token: str | None) -> bool:
        if not token or token.count(".") != 1:
            return False
        nonce, signature = token.split(".")
        try:
            expected = self._signature(nonce)
        except UnicodeEncodeError:
            return False
        return hmac.compare_digest(signature, expected)

    def matches(self, cookie: str | None, submitted: str | None) -> bool:
        """The form's token is the cookie's, and the server signed it."""
        if not cookie or not submitted:
            return False
        return hmac.compare_digest(cookie.encode("utf-8"), submitted.encode("utf-8")) and self.is_valid(cookie)
