"""The preparatory chain: which meeting prepares which ("chuẩn bị cho", "trù bị cho").

Links come from the articles (a record's ``prepares`` points at another meeting of the same article) and from
one registry rule: a SOM held in the days before an AMM Retreat of the same year and host prepares it. A link
whose preparatory meeting starts after the meeting it prepares is kept and flagged.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from summitgraph.kb.dates import DateInterval, complete_year, interval, is_pinned, year_of
from summitgraph.kb.build.infer import RULE_SOM_PREPARES_RETREAT, RULE_YEAR_OF_PREPARED, Inference
from summitgraph.kb.build.merge_meetings import MergedMeeting, remerge

# How long before an AMM Retreat its SOM meets: the SOM usually sits on the eve or a few days before.
SOM_LEAD_DAYS = 14


@dataclass
class Link:
    before: MergedMeeting              # the preparatory meeting
    after: MergedMeeting               # the meeting it prepares
    sources: list[str] = field(default_factory=list)   # "article#position" of the stating record
    rule: str | None = None
    out_of_order: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"before": self.before.key, "after": self.after.key, "sources": self.sources, "rule": self.rule,
                "out_of_order": self.out_of_order}


Links = dict[tuple[int, int], Link]   # by (id(before), id(after)): meetings have no keys yet


def stated_links(meetings: list[MergedMeeting]) -> Links:
    """Links the articles state, mapped from positions within an article to meetings."""
    where: dict[tuple[str, int], MergedMeeting] = {}
    for meeting in meetings:
        for mention in meeting.mentions:
            where[(mention.article, mention.position)] = meeting
    links: Links = {}
    for meeting in meetings:
        for mention in meeting.mentions:
            target = mention.record.get("prepares")
            if not isinstance(target, int) or isinstance(target, bool):
                continue
            after = where.get((mention.article, target))
            if after is None or after is meeting:
                continue
            link = links.setdefault((id(meeting), id(after)), Link(meeting, after))
            link.sources.append(mention.ref)
    return links


def _interval(meeting: MergedMeeting) -> DateInterval | None:
    start, end = meeting.value("start"), meeting.value("end")
    return interval(start, end) if is_pinned(start, end) else None


def som_retreat_links(meetings: list[MergedMeeting], known: Links) -> list[Link]:
    """The rule: a SOM that prepares nothing yet, ending 0..14 days before the start of the one AMM Retreat
    of the same host (country, or chair when no host is known)."""
    prepared = {before for before, _ in known}
    retreats = [m for m in meetings if m.series == "amm-retreat" and _interval(m)]
    found = []
    for som in meetings:
        if som.series != "asean-som" or id(som) in prepared:
            continue
        som_dates = _interval(som)
        if som_dates is None:
            continue
        candidates = [r for r in retreats if _same_host(som, r)
                      and timedelta(0) <= _interval(r).lo - som_dates.hi <= timedelta(days=SOM_LEAD_DAYS)]
        if len(candidates) == 1:
            found.append(Link(som, candidates[0], rule=RULE_SOM_PREPARES_RETREAT))
    return found


def _same_host(a: MergedMeeting, b: MergedMeeting) -> bool:
    for name in ("country", "chair"):
        va, vb = a.value(name), b.value(name)
        if va and vb:
            return va == vb
    return False


def link_meetings(meetings: list[MergedMeeting]) -> list[Link]:
    """All links, with the year of a year-less preparatory meeting completed from the meeting it prepares.
    Runs before keys are assigned (completing a year changes a key); ``flag_out_of_order`` runs after."""
    links = stated_links(meetings)
    for link in som_retreat_links(meetings, links):
        links[(id(link.before), id(link.after))] = link
    for link in links.values():
        _complete_year(link.before, link.after)
    return list(links.values())


def flag_out_of_order(links: list[Link]) -> None:
    """A preparatory meeting that starts after the meeting it prepares ends: one of the two has wrong dates."""
    for link in links:
        first, second = _interval(link.before), _interval(link.after)
        if first is not None and second is not None and first.lo > second.hi:
            link.out_of_order = True
            link.before.issues.append({"issue": "prepares-after", "meeting": link.after.key,
                                       "detail": "held after the meeting it prepares"})


def _complete_year(before: MergedMeeting, after: MergedMeeting) -> None:
    """A preparatory meeting known only by day and month ("--01-16") takes the year that puts it just before
    the meeting it prepares."""
    target = after.value("start")
    if year_of(target) is None:
        return
    found = []
    for name in ("start", "end"):
        value = before.value(name)
        completed = complete_year(value, target)
        if completed is not None:
            found.append(Inference(name, completed, RULE_YEAR_OF_PREPARED))
    if found:
        remerge(before, found)


def chains(links: list[Link]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """For each meeting, the meetings that prepare it (transitively, nearest first) and those it prepares."""
    preparing: dict[str, list[str]] = defaultdict(list)
    prepared: dict[str, list[str]] = defaultdict(list)
    for link in sorted(links, key=lambda link: (link.before.key, link.after.key)):
        preparing[link.after.key].append(link.before.key)
        prepared[link.before.key].append(link.after.key)
    return ({key: _walk(key, preparing) for key in list(preparing)},
            {key: _walk(key, prepared) for key in list(prepared)})


def _walk(start: str, edges: dict[str, list[str]]) -> list[str]:
    seen: list[str] = []
    frontier = list(edges.get(start, []))
    while frontier:
        key = frontier.pop(0)
        if key in seen or key == start:
            continue
        seen.append(key)
        frontier.extend(edges.get(key, []))
    return seen
