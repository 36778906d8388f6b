"""From decoded text to an ``Article``: normalise, clean, map offsets back, flag quality."""
from __future__ import annotations

import hashlib
from pathlib import PurePath

from summitgraph.ingest.clean import clean_page, compose, span_to_original
from summitgraph.ingest.limits import check_text_length
from summitgraph.ingest.quality import quality_flags
from summitgraph.ingest.shapes import (compose_index, decode_entities, restore_case, strip_site_name,
                                       unify_dashes_and_quotes, unwrap_hard_lines)
from summitgraph.model import Article
from summitgraph.text.normalize import normalize_with_map


def article_from_text(raw: str, source: str, *, title: str | None = None, id: str | None = None,
                      url: str | None = None, published: str | None = None, published_time: str | None = None,
                      author: str | None = None, outlet: str | None = None, fmt: str = "txt") -> Article:
    """Build an article from decoded text.

    Without ``title`` the first line of ``raw`` is the title (an empty first line: title unknown),
    as in the .txt files. With ``title`` (HTML, JSONL), ``raw`` is the body and the original is
    laid out the same way: the title line, then the body.
    """
    check_text_length(raw, source)
    original = raw if title is None else " ".join(title.split()) + "\n" + raw
    normalized, index = read_shapes(original)
    result = clean_page(normalized, has_title=True)
    article = Article(
        id=id or PurePath(source).name or source,
        source=source,
        text=result.text,
        original=original,
        offsets=compose(result.offsets, index),
        title=result.title,
        published=published or result.published,
        published_time=published_time or (result.published_time if published in (None, result.published) else None),
        author=author or result.author,
        outlet=outlet,
        url=url,
        fmt=fmt,
        removed=[span_to_original(r.span, index, len(original)) for r in result.removed],
    )
    article.quality = quality_flags(article)
    return article


def read_shapes(original: str) -> tuple[str, list[int]]:
    """The original in its plain shape (entities expanded, normalised, one dash, curly quotes, hard-wrapped lines
    joined, no site name on the title, capitals lines in prose case) and the map back into it."""
    decoded, decoded_index = decode_entities(original)
    normalized, index = normalize_with_map(decoded)
    text = unwrap_hard_lines(unify_dashes_and_quotes(normalized))
    text, index = strip_site_name(text, compose_index(decoded_index, index))
    return restore_case(text), index


def text_hash(article: Article) -> str:
    """sha256 of the cleaned, normalised text: the same story read from two pages (different
    furniture, encodings or tone spellings) gets the same hash."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()
