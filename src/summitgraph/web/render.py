"""Rendering pages: the Jinja2 environment (autoescaping everything), the language and CSRF cookies."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from summitgraph.web import csrf, i18n
from summitgraph.web.dates import vn_date, vn_range

LANG_COOKIE_AGE = 365 * 24 * 3600


def make_environment() -> Environment:
    env = Environment(loader=PackageLoader("summitgraph.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["vn_date"] = vn_date
    env.filters["vn_range"] = vn_range
    env.filters["pct"] = lambda value: "" if value is None else f"{float(value) * 100:.0f}%"
    return env


def with_query(request: Request, **changes: Any) -> str:
    """The current path with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = str(value)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


class Pages:
    """Renders templates with what every page needs: language, labels, CSRF token, links."""

    def __init__(self, signer: csrf.CsrfSigner | None = None) -> None:
        self.env = make_environment()
        self.signer = signer or csrf.CsrfSigner()

    def language(self, request: Request) -> str:
        return i18n.pick_language(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE))

    def csrf_token(self, request: Request) -> tuple[str, bool]:
        """The browser's token if the server signed it, else a new one (True: set the cookie)."""
        current = request.cookies.get(csrf.COOKIE)
        if self.signer.is_valid(current):
            return current, False
        return self.signer.new_token(), True

    def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = self.language(request)
        token, fresh = self.csrf_token(request)
        other = "en" if lang == "vi" else "vi"
        html = self.env.get_template(template).render(
            request=request, lang=lang, t=i18n.Translator(lang), csrf_field=csrf.FIELD, csrf_token=token,
            switch_language=with_query(request, lang=other), with_query=lambda **kw: with_query(request, **kw),
            path=request.url.path, **context)
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in i18n.LANGUAGES:
            response.set_cookie(i18n.COOKIE, lang, max_age=LANG_COOKIE_AGE, samesite="lax", httponly=True)
        if fresh:
            response.set_cookie(csrf.COOKIE, token, samesite="strict", httponly=True, path="/")
        return response

    def error(self, request: Request, status: int, code: str, reason: str) -> HTMLResponse:
        return self.render(request, "error.html", status=status, status_code=status, code=code, reason=reason)
