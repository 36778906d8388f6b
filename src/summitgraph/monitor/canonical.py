"""Canonical URLs: one spelling per page, so a story reached through a feed link with tracking parameters and
through a sitemap's clean link is one item."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url


def canonical_url(url: str) -> str:
    """courlan's normalisation (host lower case, default port and fragment dropped, query sorted, tracking
    parameters such as utm_* and fbclid removed), and no trailing slash on a path that is not the root."""
    try:
        normal = normalize_url(url.strip(), strict=True)
    except ValueError:
        normal = url.strip()
    parts = urlsplit(normal)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
