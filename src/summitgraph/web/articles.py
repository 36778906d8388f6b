"""Article pages: the list, and one article's cleaned text with its facts highlighted."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from summitgraph.api import views
from summitgraph.api.articles import article_detail, list_articles
from summitgraph.api.params import MAX_TEXT, clean_text, limit_param, offset_param
from summitgraph.model import Span
from summitgraph.web.highlight import Mark, highlight, parse_target

router = APIRouter(include_in_schema=False)


def fact_marks(facts: list[dict]) -> list[Mark]:
    return [Mark(f["id"], f["kind"], Span(start, end)) for f in facts for start, end in f["spans"]]


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, q: str | None = Query(None, max_length=MAX_TEXT),
                  limit: int = limit_param(), offset: int = offset_param()) -> HTMLResponse:
    q = clean_text(q, "q")
    data = list_articles(request.app.state.store, q, limit, offset)
    return request.app.state.pages.render(request, "articles.html", q=q, **data)


@router.get("/articles/{key:path}", response_class=HTMLResponse)
def article_page(request: Request, key: str, hl: str | None = Query(None, max_length=40)) -> HTMLResponse:
    article = article_detail(request.app.state.store, key)
    for fact in article["facts"]:
        fact["label"] = views.record_label(fact["kind"], fact["record"])
    target = parse_target(hl, len(article["text"]))
    paragraphs = highlight(article["text"], fact_marks(article["facts"]), target)
    return request.app.state.pages.render(request, "article.html", article=article, paragraphs=paragraphs)
