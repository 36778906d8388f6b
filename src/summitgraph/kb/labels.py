"""Display labels for series and countries, from the registry's data files."""
from __future__ import annotations

from functools import lru_cache

from summitgraph import registry


@lru_cache(maxsize=1)
def series_labels() -> dict[str, tuple[str, str]]:
    """Series id -> (Vietnamese label, English label)."""
    out: dict[str, tuple[str, str]] = {}
    for line in (registry.DATA / "series.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 5:
            out[cells[0]] = (cells[3], cells[4])
    return out


def series_label(series: str | None, language: str = "vi") -> str | None:
    labels = series_labels().get(series or "")
    if labels is None:
        return None
    return labels[0] if language == "vi" else labels[1]


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    found = registry.countries().get(str(code).upper())
    return found.name if found else None


def series_level(series: str | None) -> str | None:
    """The level a series meets at (series.tsv's third column): leaders, ministers, officials."""
    return _series_levels().get(series or "")


@lru_cache(maxsize=1)
def _series_levels() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (registry.DATA / "series.tsv").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("\t")]
        if line.strip() and not line.startswith("#") and len(cells) >= 3:
            out[cells[0]] = cells[2]
    return out
