"""Meetings as QuickStatements (v1, tab-separated) a Wikidata editor can review and load.

Per meeting: CREATE, a Vietnamese label and description, instance of (P31), series ordinal (P1545), location
(P276), country (P17), start and end (P580/P582) and participants (P710: the delegations' countries), each
statement referenced to the article that states it (S854 with its URL; an article without a URL gives no
reference, never its local file name). A value read from the registry rather than an article carries no
article reference. Values without a known item (a city missing below) are left out and
counted, never guessed.

The item ids below are a small table to review and extend; they are not looked up at run time (offline).
"""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from summitgraph.kb.dates import DAY, MONTH, YEAR, precision
from summitgraph.kb.labels import series_label

# Countries and organisations (registry codes).
COUNTRY_ITEMS = {
    "VN": "Q881", "KH": "Q424", "LA": "Q819", "TH": "Q869", "MM": "Q836", "MY": "Q833", "SG": "Q334",
    "ID": "Q252", "PH": "Q928", "BN": "Q921", "TL": "Q574", "CN": "Q148", "JP": "Q17", "KR": "Q884",
    "IN": "Q668", "US": "Q30", "RU": "Q159", "AU": "Q408", "NZ": "Q664", "CA": "Q16", "GB": "Q145",
    "FR": "Q142", "DE": "Q183", "EU": "Q458", "UN": "Q1065", "ASEAN": "Q7768",
}
# Host cities (registry English names).
CITY_ITEMS = {
    "Hanoi": "Q1858", "Ho Chi Minh City": "Q1854", "Da Nang": "Q25282", "Phnom Penh": "Q1850",
    "Vientiane": "Q9326", "Bangkok": "Q1861", "Kuala Lumpur": "Q1865", "Jakarta": "Q3630", "Manila": "Q1461",
    "Singapore": "Q334", "Naypyidaw": "Q37400", "Bandar Seri Begawan": "Q9279",
}
# Class of every meeting ("meeting"); a series-specific class can be added per series.
MEETING_CLASS = "Q2761147"
SERIES_CLASSES: dict[str, str] = {}

_PRECISION = {DAY: 11, MONTH: 10, YEAR: 9}


def time_value(value: Any) -> str | None:
    """A gold-format date as a QuickStatements time ("+2020-11-12T00:00:00Z/11"); year-less dates: None."""
    if not isinstance(value, str) or value.startswith("--"):
        return None
    found = precision(value)
    if found not in _PRECISION:
        return None
    parts = (value.split("-") + ["00", "00"])[:3]
    return f"+{parts[0]}-{parts[1]:0>2}-{parts[2]:0>2}T00:00:00Z/{_PRECISION[found]}"


def _text(value: str) -> str:
    """A QuickStatements string: quoted, no tabs, line breaks or double quotes inside."""
    return '"' + " ".join(str(value).split()).replace('"', "'") + '"'


def _reference(dossier: dict[str, Any], field: str | None, urls: dict[str, str | None]) -> list[str]:
    """S854 for the first article stating the field's value (or, for the item itself, the first source)."""
    if field is None:
        articles = [s["article"] for s in dossier.get("sources") or []]
    else:
        fact = (dossier.get("facts") or {}).get(field) or {}
        chosen = (fact.get("values") or [{}])[0]
        if fact.get("corrected") or not chosen.get("sources"):
            return []
        articles = [s["article"] for s in chosen["sources"]]
    if not articles:
        return []
    with_url = [a for a in articles if urls.get(a)]
    # Only a web address is a reference: a local file name would be loaded into Wikidata as one.
    return ["S854", _text(urls[with_url[0]])] if with_url else []


def meeting_statements(dossier: dict[str, Any], urls: dict[str, str | None]) -> tuple[list[str], int]:
    """The QuickStatements lines of one meeting, and how many values had no known item."""
    lines = ["CREATE"]
    missing = 0
    lines.append("\t".join(["LAST", "Lvi", _text(dossier.get("name") or dossier["key"])]))
    description = ", ".join(str(p) for p in (series_label(dossier.get("series")), dossier.get("city"),
                                              dossier.get("year")) if p)
    if description:
        lines.append("\t".join(["LAST", "Dvi", _text(description)]))

    def add(prop: str, value: str, field: str | None) -> None:
        lines.append("\t".join(["LAST", prop, value, *_reference(dossier, field, urls)]))

    add("P31", SERIES_CLASSES.get(dossier.get("series") or "", MEETING_CLASS), None)
    if dossier.get("ordinal") is not None:
        add("P1545", _text(str(dossier["ordinal"])), "ordinal")
    if dossier.get("city"):
        item = CITY_ITEMS.get(dossier["city"])
        missing += item is None
        if item:
            add("P276", item, "city")
    if dossier.get("country"):
        item = COUNTRY_ITEMS.get(dossier["country"])
        missing += item is None
        if item:
            add("P17", item, "country")
    for prop, field in (("P580", "start"), ("P582", "end")):
        value = time_value(dossier.get(field))
        if value:
            add(prop, value, field)
    for code in participant_countries(dossier):
        item = COUNTRY_ITEMS.get(code)
        missing += item is None
        if item:
            add("P710", item, None)
    return lines, missing


def participant_countries(dossier: dict[str, Any]) -> list[str]:
    """The parties, the partner, and the countries of the delegations' heads, each once."""
    codes = list(dossier.get("parties") or [])
    if dossier.get("partner"):
        codes.append(dossier["partner"])
    codes += [h.get("country") for h in dossier.get("delegation_heads") or [] if h.get("country")]
    return list(dict.fromkeys(str(c).upper() for c in codes if c))


def write_statements(dossiers: Iterable[dict[str, Any]], urls: dict[str, str | None], out: TextIO) -> tuple[int, int]:
    """Write every meeting's statements; returns (meetings written, values left out for want of an item)."""
    written = missing = 0
    for dossier in dossiers:
        lines, lost = meeting_statements(dossier, urls)
        out.write("\n".join(lines) + "\n")
        written += 1
        missing += lost
    return written, missing
