"""Who may write: the holder of a token the store knows (stored hashed). Reads need nothing."""
from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from summitgraph.errors import AuthError
from summitgraph.store import Store

TOKEN_HEADER = "X-SummitGraph-Token"

# auto_error=False: a missing token is reported by writer_name, as a JSON error with a reason.
bearer = HTTPBearer(auto_error=False, description="A write token: `Authorization: Bearer <token>`.")
header_key = APIKeyHeader(name=TOKEN_HEADER, auto_error=False, description="A write token, as a header.")


def writer_name(store: Store, token: str | None) -> str:
    """The name of the token's owner; AuthError when there is no token or the store does not know it."""
    if not store.tokens_honoured:
        raise AuthError("this server is read-only", hint="it was started with --read-only; corrections are refused")
    if not token or not token.strip():
        raise AuthError("writing needs a token", hint=f"send 'Authorization: Bearer <token>' or {TOKEN_HEADER}")
    name = store.verify_token(token.strip())
    if name is None:
        raise AuthError("the token is not valid", hint="ask the server's operator for a write token")
    return name


def request_writer(request: Request,
                   credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
                   header_token: str | None = Depends(header_key)) -> str:
    """FastAPI dependency for write endpoints: the verified writer's name."""
    token = credentials.credentials if credentials is not None else header_token
    return writer_name(request.app.state.store, token)
