"""The server: one FastAPI app with the REST API under /api, the web pages, the static files and /docs.

    app = create_app(open_store("sqlite:///summitgraph.db"))

The app only reads and writes through the store (and the knowledge base's query functions); it keeps no state
of its own beyond the CSRF signing secret.
"""
from __future__ import annotations

from importlib import metadata, resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from summitgraph.api import articles, corrections, errors, feeds, knowledge, search
from summitgraph.api.head import HeadAsGet
from summitgraph.api.limits import DEFAULT_MAX_BODY, LimitBody, SecurityHeaders
from summitgraph.store import Store
from summitgraph.web import articles as article_pages
from summitgraph.web import corrections as correction_pages
from summitgraph.web import docs, knowledge as knowledge_pages, search as search_pages
from summitgraph.web.render import Pages

DESCRIPTION = """A sourced record of ASEAN meetings read from Vietnamese news.

Every fact carries its provenance: the article, the character spans in its cleaned text, the extractor and its
version, and a confidence. Reads are open; writes (corrections) need a write token sent as
`Authorization: Bearer <token>`. Errors are JSON: `{"error": code, "reason": sentence}`."""


def _version() -> str:
    try:
        return metadata.version("summitgraph")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def create_app(store: Store, *, max_body: int = DEFAULT_MAX_BODY, pages: Pages | None = None) -> FastAPI:
    app = FastAPI(title="summitgraph", version=_version(), description=DESCRIPTION,
                  docs_url=None, redoc_url=None)  # /docs is our own page: Swagger UI would load from a CDN
    app.state.store = store
    app.state.pages = pages or Pages()
    errors.install(app, app.state.pages.error)
    for router in (articles.router, knowledge.router, corrections.router, search.router, article_pages.router,
                   correction_pages.router, search_pages.router, knowledge_pages.router, docs.router, feeds.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(resources.files("summitgraph.web") / "static")), name="static")
    app.add_middleware(LimitBody, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)   # outermost: every route, page and error answers HEAD as GET
    return app
