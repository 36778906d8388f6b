"""Errors as JSON with a reason (for /api) and as pages (for everything else), never as a traceback."""
from __future__ import annotations

import logging
import re
from typing import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from summitgraph.errors import AuthError, ConfigError, NotFoundError, StoreError, SummitGraphError

log = logging.getLogger("summitgraph.api")

# A page renderer for errors on web routes: (request, status, code, reason) -> Response.
PageRenderer = Callable[[Request, int, str, str], Response]

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
          422: "invalid_request", 429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


def status_of(exc: SummitGraphError) -> int:
    """The HTTP status a project error stands for."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, AuthError):
        return 401
    if isinstance(exc, (StoreError, ConfigError)):
        return 400
    return 400


# Anything that looks like a server path or a store URL: an error answer must not tell a client where the
# database or the files live (the server log keeps the full message).
_SERVER_PATH = re.compile(r"(?:sqlite|postgresql|postgres)://\S*|(?<![\w.])/(?:[^\s/'\"():,]+/)+[^\s/'\"():,]*")


def scrub(reason: str) -> str:
    return _SERVER_PATH.sub("<server path>", reason)


def code_of(status: int) -> str:
    return _CODES.get(status, "error")


def is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def validation_reason(exc: RequestValidationError) -> str:
    """The first few problems as one line: "query.limit: Input should be less than or equal to 1000"."""
    parts = []
    for problem in exc.errors()[:3]:
        where = ".".join(str(p) for p in problem.get("loc", ()))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is not valid"


def install(app: FastAPI, render_page: PageRenderer | None = None) -> None:
    """Register the handlers: project errors, HTTP errors, validation errors, anything unexpected."""

    def respond(request: Request, status: int, reason: str, headers: dict[str, str] | None = None) -> Response:
        code = code_of(status)
        reason = scrub(reason)
        if render_page is not None and not is_api(request):
            return render_page(request, status, code, reason)
        return JSONResponse({"error": code, "reason": reason}, status_code=status, headers=headers)

    async def project_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SummitGraphError)
        status = status_of(exc)
        if isinstance(exc, StoreError):
            log.warning("store error on %s: %s", request.url.path, exc.one_line())
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return respond(request, status, exc.one_line(), headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return respond(request, exc.status_code, str(exc.detail), dict(exc.headers or {}) or None)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, validation_reason(exc))

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    handlers: dict[type, Callable[[Request, Exception], Awaitable[Response]]] = {
        SummitGraphError: project_error, StarletteHTTPException: http_error,
        RequestValidationError: invalid, Exception: unexpected}
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
