"""ASEAN chair years: who held the chair each year and the year's theme, from the articles and the registry.

The registry's chair table is reference data: an article naming another chair for a year is kept as a
conflicting value with its sources. Themes are translated differently from one article to the next, so
different wordings are kept side by side without being called a conflict.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from summitgraph import registry
from summitgraph.kb.build.conflicts import CandidateSet
from summitgraph.kb.build.infer import RULE_CHAIR_TABLE
from summitgraph.kb.build.merge_meetings import source_of
from summitgraph.kb.types import Fact, Mention


@dataclass
class ChairYear:
    year: int
    country: Fact
    theme: Fact
    mentions: list[Mention]

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    def to_json(self) -> dict[str, Any]:
        reference = registry.chairs().get(self.year)
        return {
            "year": self.year, "country": self.country.value, "theme": self.theme.value,
            "facts": {"country": self.country.to_json(), "theme": self.theme.to_json()},
            "conflicts": ["country"] if self.country.conflict else [],
            "registry": None if reference is None else {
                "country": reference.country, "theme_en": reference.theme_en, "theme_vi": reference.theme_vi},
            "articles": self.articles,
        }


def _year(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def resolve_chairs(mentions: list[Mention]) -> list[ChairYear]:
    by_year: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        year = _year(mention.record.get("year"))
        if year is not None:
            by_year[year].append(mention)
    out = []
    for year in sorted(set(by_year) | set(registry.chairs())):
        countries, themes = CandidateSet("country"), CandidateSet("theme")
        for mention in by_year.get(year, []):
            countries.add(mention.record.get("country"), source_of(mention))
            themes.add(mention.record.get("theme"), source_of(mention))
        reference = registry.chairs().get(year)
        if reference is not None:
            countries.add(reference.country, rule=RULE_CHAIR_TABLE, reference=True)
            themes.add(reference.theme_vi or reference.theme_en, rule=RULE_CHAIR_TABLE)
        theme = themes.merge()
        if theme.conflict:          # (an empty theme is a shared fact: never written to)
            theme.conflict = False
        out.append(ChairYear(year, countries.merge(), theme, by_year.get(year, [])))
    return out
