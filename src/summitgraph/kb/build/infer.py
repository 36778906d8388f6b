"""Facts the ASEAN system implies, each marked with the rule that gave it.

Every rule is a small pure function of a meeting's values (and the registry) returning ``Inference``s; the
merge adds them as candidates beside what the articles say, so an inferred value never silently replaces a
stated one: a disagreement shows up as a conflict. Rules reading checked reference data (the numbered-summit
table) are ``reference`` rules and outweigh articles; the others only fill gaps.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summitgraph import registry
from summitgraph.kb.dates import complete_year, year_of
from summitgraph.kb.types import Mention

RULE_YEAR_FROM_PUBLICATION = "year-from-publication"
RULE_SUMMIT_REGISTRY = "numbered-summit"
RULE_SUMMIT_CHAIR = "summit-host-chairs"
RULE_CHAIR_OF_YEAR = "chair-of-year"
RULE_COUNTRY_OF_CITY = "country-of-city"
RULE_SOM_PREPARES_RETREAT = "som-before-retreat"
RULE_YEAR_OF_PREPARED = "year-of-prepared-meeting"
RULE_CHAIR_TABLE = "chair-table"

RULES: dict[str, str] = {
    RULE_YEAR_FROM_PUBLICATION: "a date written without a year takes the year that puts it closest to the "
                                "article's publication date",
    RULE_SUMMIT_REGISTRY: "a numbered ASEAN Summit has the dates and place of the registry's summit table",
    RULE_SUMMIT_CHAIR: "a numbered ASEAN Summit is chaired by its host, the ASEAN chair",
    RULE_CHAIR_OF_YEAR: "the ASEAN chair of the year chairs that year's summits, SOM and ministers' meetings",
    RULE_COUNTRY_OF_CITY: "a host city lies in its registry country",
    RULE_SOM_PREPARES_RETREAT: "a SOM held in the days before an AMM Retreat of the same year and host "
                               "prepares it",
    RULE_YEAR_OF_PREPARED: "a preparatory meeting without a year is held in the year of the meeting it prepares",
    RULE_CHAIR_TABLE: "the registry's table of ASEAN chairs by year (and their themes)",
}

# Series the year's ASEAN chair chairs (gold README: "the ASEAN chair of that year chairs SOM, AMM, summits").
# Sectoral bodies, AIPA and subregional groups rotate their chairs on their own schedules, so they are left out.
CHAIRED_BY_ASEAN_CHAIR = frozenset({
    "asean-summit", "amm", "amm-retreat", "acc", "asean-som", "jcm", "aem", "admm", "admm-plus",
    "apt-summit", "eas", "arf",
})


@dataclass(frozen=True)
class Inference:
    field: str
    value: Any
    rule: str
    reference: bool = False


# --- one mention ---------------------------------------------------------------------------------

def complete_mention(mention: Mention) -> None:
    """Give year-less dates the year of the article's publication (recorded in ``mention.filled``)."""
    for name in ("start", "end"):
        completed = complete_year(mention.record.get(name), mention.published)
        if completed is not None:
            mention.fill(name, completed, RULE_YEAR_FROM_PUBLICATION)


# --- one meeting ---------------------------------------------------------------------------------

def numbered_summit(series: str | None, ordinal: Any) -> registry.Summit | None:
    if series != "asean-summit" or not isinstance(ordinal, int):
        return None
    return registry.summits().get(ordinal)


def summit_facts(series: str | None, ordinal: Any) -> list[Inference]:
    summit = numbered_summit(series, ordinal)
    if summit is None:
        return []
    return [Inference("start", summit.start, RULE_SUMMIT_REGISTRY, reference=True),
            Inference("end", summit.end, RULE_SUMMIT_REGISTRY, reference=True),
            Inference("city", summit.city, RULE_SUMMIT_REGISTRY, reference=True),
            Inference("country", summit.country, RULE_SUMMIT_REGISTRY, reference=True),
            Inference("chair", summit.country, RULE_SUMMIT_CHAIR, reference=True)]


def chair_of_year(series: str | None, start: Any, end: Any, country: Any) -> list[Inference]:
    """The year's chair for the series it chairs, when the meeting falls in one known year.

    Left out when the host is another member state: members host the meetings of the year they chair, so a
    different member host means the year is wrong or the chair changed hands mid-year (2008: Singapore, then
    Thailand from July), and guessing would only add noise."""
    if series not in CHAIRED_BY_ASEAN_CHAIR:
        return []
    years = {year_of(v) for v in (start, end) if v is not None}
    if len(years) != 1 or None in years:
        return []
    chair = registry.chair_of(years.pop())
    if chair is None:
        return []
    if country in registry.member_codes() and country != chair:
        return []
    return [Inference("chair", chair, RULE_CHAIR_OF_YEAR)]


def country_from_city(city: Any) -> list[Inference]:
    country = registry.country_of_city(city) if isinstance(city, str) else None
    return [Inference("country", country, RULE_COUNTRY_OF_CITY)] if country else []


def infer_meeting(values: dict[str, Any]) -> list[Inference]:
    """Every registry inference for a meeting whose chosen values (from its sources) are ``values``.

    Rules run in order and each sees what the earlier ones give, the way the merge will choose it (a
    reference value wins, any other only fills a gap): a numbered summit's registry date yields its year's
    chair, a registry city its country."""
    view = dict(values)
    found: list[Inference] = []
    for rule in _MEETING_RULES:
        for inference in rule(view):
            found.append(inference)
            if inference.reference or view.get(inference.field) is None:
                view[inference.field] = inference.value
    return found


_MEETING_RULES = (
    lambda v: summit_facts(v.get("series"), v.get("ordinal")),
    lambda v: country_from_city(v.get("city")),
    lambda v: chair_of_year(v.get("series"), v.get("start"), v.get("end"), v.get("country")),
)
