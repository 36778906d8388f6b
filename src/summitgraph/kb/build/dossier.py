"""Dossiers: everything known about one meeting (or person, or document), as one JSON-ready dict.

Who took part is read from where the articles put people: a person named in a sentence that also names the
meeting took part ("sentence" link); a person named elsewhere in an article is linked to the article's lead
meeting only (the one its headline names, else its first), since a story about one meeting mentions people
of others in passing ("article" link). Documents are linked the same way, but only by sentence or when the
article names a single meeting. A delegation's head is its most senior participant, an explicit "Trưởng đoàn"
first.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from summitgraph.kb.build.chain import Link
from summitgraph.kb.dates import interval
from summitgraph.kb.build.documents import ResolvedDocument
from summitgraph.kb.build.infer import RULES
from summitgraph import registry
from summitgraph.kb.labels import country_name, series_label, series_level
from summitgraph.kb.build.merge_meetings import MergedMeeting
from summitgraph.kb.build.resolve_people import ResolvedPerson
from summitgraph.kb.build.summary import as_text, summarize
from summitgraph.kb.titles import rank
from summitgraph.text.normalize import fold
from summitgraph.kb.types import ArticleInfo, Mention

# Below this rank a participant is an expert or an official quoted in passing, not a delegation's head.
HEAD_MIN_RANK = 45
# The least senior title that can head a delegation at each level: a deputy minister who led the SOM in
# the same article is not Viet Nam's head at the Summit (titles.py ranks: Phó Thủ tướng 80, Chủ tịch 75,
# Thứ trưởng 60).
HEAD_MIN_RANK_BY_LEVEL = {"leaders": 75, "ministers": 55}


@dataclass
class Participation:
    person: ResolvedPerson
    titles: list[str] = field(default_factory=list)
    link: str = "article"        # "sentence" | "article"
    head: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person.key, "name": self.person.name, "country": self.person.country.value,
                "titles": self.titles, "link": self.link, "head": self.head}


def lead_meetings(meetings: list[MergedMeeting], articles: dict[str, ArticleInfo]) -> dict[str, tuple[str, int]]:
    """Article key -> (article, position) of its lead meeting: named in the headline, else listed first."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for meeting in meetings:
        for mention in meeting.mentions:
            by_article[mention.article].append(mention)
    lead = {}
    for article, mentions in by_article.items():
        titled = [m for m in mentions if 0 in m.sentences and articles.get(article) and articles[article].title]
        first = min(titled or mentions, key=lambda m: m.position)
        lead[article] = (article, first.position)
    return lead


def _index_by_article(mentions: list[Mention], owner: dict[int, Any]) -> dict[str, list[tuple[Mention, Any]]]:
    out: dict[str, list[tuple[Mention, Any]]] = defaultdict(list)
    for mention in mentions:
        if id(mention) in owner:
            out[mention.article].append((mention, owner[id(mention)]))
    return out


def participations(meetings: list[MergedMeeting], people: list[ResolvedPerson],
                   articles: dict[str, ArticleInfo]) -> dict[str, list[Participation]]:
    owner = {id(m): p for p in people for m in p.mentions}
    people_in = _index_by_article([m for p in people for m in p.mentions], owner)
    lead = lead_meetings(meetings, articles)
    out: dict[str, list[Participation]] = {}
    for meeting in meetings:
        found: dict[str, Participation] = {}
        for mention in meeting.mentions:
            is_lead = lead.get(mention.article) == (mention.article, mention.position)
            sentences = frozenset(mention.sentences)     # once per mention, not once per person beside it
            for person_mention, person in people_in.get(mention.article, []):
                shared = not sentences.isdisjoint(person_mention.sentences)
                if not shared and not is_lead:
                    continue
                entry = found.setdefault(person.key, Participation(person))
                if shared:
                    entry.link = "sentence"
                for title in person_mention.record.get("titles") or []:
                    if title not in entry.titles:
                        entry.titles.append(title)
        listed = sorted(found.values(), key=lambda p: (p.link != "sentence", -_rank(p), p.person.name))
        _mark_heads(listed, HEAD_MIN_RANK_BY_LEVEL.get(series_level(meeting.series) or "", HEAD_MIN_RANK),
                    named=fold(" ".join(meeting.names)))
        out[meeting.key] = listed
    return out


def _rank(participation: Participation) -> int:
    return max((_title_rank(t) if isinstance(t, str) else rank(t) for t in participation.titles), default=0)


@lru_cache(maxsize=65536)
def _title_rank(title: str) -> int:
    """titles.rank, remembered: a build ranks the same few hundred titles tens of thousands of times."""
    return rank(title)


def _mark_heads(listed: list[Participation], min_rank: int = HEAD_MIN_RANK, named: str = "") -> None:
    """Mark each country's head of delegation: the one the meeting's name names ("hội kiến Chủ tịch Hạ viện X":
    X, not the Prime Minister the same sentence names for another talk), else the highest-ranking person
    its sentences name. ``named`` is the meeting's names, folded."""
    by_country: dict[str, list[Participation]] = defaultdict(list)
    for p in listed:
        if p.person.country.value:
            by_country[str(p.person.country.value)].append(p)
    for country, members in by_country.items():
        best = max(members, key=lambda p: (bool(named) and fold(p.person.name) in named, p.link == "sentence",
                                           _rank(p)))
        # An organisation's delegation (the ASEAN Secretariat, the UN) is led by its own officers, whose
        # titles the level does not speak of: only a state's head must match the meeting's level.
        found = registry.countries().get(country)
        needed = HEAD_MIN_RANK if found is not None and found.kind == "org" else min_rank
        if _rank(best) >= needed:
            best.head = True


def document_links(meetings: list[MergedMeeting], documents: list[ResolvedDocument]) -> dict[str, list[ResolvedDocument]]:
    owner = {id(m): d for d in documents for m in d.mentions}
    docs_in = _index_by_article([m for d in documents for m in d.mentions], owner)
    meetings_in: dict[str, int] = defaultdict(int)
    for meeting in meetings:
        for mention in meeting.mentions:
            meetings_in[mention.article] += 1
    out: dict[str, list[ResolvedDocument]] = {}
    for meeting in meetings:
        found: dict[str, ResolvedDocument] = {}
        for mention in meeting.mentions:
            alone = meetings_in[mention.article] == 1
            sentences = frozenset(mention.sentences)
            for doc_mention, document in docs_in.get(mention.article, []):
                if alone or not sentences.isdisjoint(doc_mention.sentences):
                    found[document.key] = document
        out[meeting.key] = sorted(found.values(), key=lambda d: d.name)
    return out


def meeting_dossier(meeting: MergedMeeting, articles: dict[str, ArticleInfo], participants: list[Participation],
                    documents: list[ResolvedDocument], links: list[Link], before: list[str], after: list[str],
                    by_key: dict[str, MergedMeeting]) -> dict[str, Any]:
    values = meeting.values()
    inferred = {name: fact.rule for name, fact in meeting.facts.items() if fact.rule}
    completed = {name: c.rule for name, fact in meeting.facts.items() for c in fact.candidates[:1]
                 if c.rule and c.sources}
    summary = summarize(meeting.mentions, articles, [p.person.name for p in participants])
    return {
        "key": meeting.key,
        "aliases": meeting.aliases,
        "series": meeting.series,
        "series_label": series_label(meeting.series),
        "name": meeting.name,
        "names": meeting.names,
        **{name: values.get(name) for name in ("ordinal", "partner", "parties", "start", "end", "city",
                                                 "country", "format", "chair", "status")},
        "year": meeting.year,
        "country_name": country_name(values.get("country")),
        "facts": {name: fact.to_json() for name, fact in meeting.facts.items() if fact.candidates},
        "conflicts": meeting.conflicts,
        "issues": meeting.issues,
        "inferred": {name: {"rule": rule, "why": RULES.get(rule, "")} for name, rule in inferred.items()},
        "completed": {name: {"rule": rule, "why": RULES.get(rule, "")} for name, rule in completed.items()},
        "sources": _sources(meeting.mentions, articles),
        "article_count": len(meeting.articles),
        "source_count": len(meeting.groups),
        "delegation_heads": [p.to_json() for p in participants if p.head],
        "participants": [p.to_json() for p in participants],
        "documents": [{"key": d.key, "name": d.name, "abbr": d.abbr, "status": d.status} for d in documents],
        "prepared_by": [_brief(by_key[k]) for k in before if k in by_key],
        "prepares": [_brief(by_key[k]) for k in after if k in by_key],
        "links": [link.to_json() for link in links],
        "summary": summary,
        "summary_text": as_text(summary),
    }


def _when(meeting: MergedMeeting) -> str:
    """Sort key: the first day a meeting's dates can mean; undated and year-less meetings last."""
    found = interval(meeting.value("start"), meeting.value("end"))
    return found.lo.isoformat() if found and found.has_year else "9999"


def _brief(meeting: MergedMeeting) -> dict[str, Any]:
    return {"key": meeting.key, "name": meeting.name, "series": meeting.series, "start": meeting.value("start"),
            "end": meeting.value("end"), "city": meeting.value("city")}


def _sources(mentions: list[Mention], articles: dict[str, ArticleInfo]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        info = articles.get(mention.article)
        entry = out.setdefault(mention.article, {
            **(info.cite() if info else {"article": mention.article}),
            "group": mention.group, "positions": [], "confidence": 0.0, "evidence": []})
        entry["positions"].append(mention.position)
        entry["confidence"] = round(max(entry["confidence"], mention.confidence), 3)
        entry["evidence"].extend([list(span) for span in mention.span_pairs()])
    return sorted(out.values(), key=lambda s: (s.get("published") or "9999", s["article"]))


def person_dossier(person: ResolvedPerson, articles: dict[str, ArticleInfo],
                   meetings: list[tuple[MergedMeeting, Participation]]) -> dict[str, Any]:
    return {
        "key": person.key,
        "name": person.name,
        "names": person.names,
        "aliases": person.aliases,
        "country": person.country.value,
        "country_name": country_name(person.country.value),
        "facts": {"country": person.country.to_json()},
        "conflicts": ["country"] if person.country.conflict else [],
        "roles": [role.to_json() for role in person.roles],
        "first_seen": person.first_seen,
        "last_seen": person.last_seen,
        "meetings": [{**_brief(m), "titles": p.titles, "link": p.link, "head": p.head}
                     for m, p in sorted(meetings, key=lambda mp: (_when(mp[0]), mp[0].key))],
        "sources": _sources(person.mentions, articles),
        "mention_count": len(person.mentions),
        "source_count": len(person.groups),
    }


def document_dossier(document: ResolvedDocument, articles: dict[str, ArticleInfo],
                     meetings: list[MergedMeeting]) -> dict[str, Any]:
    return {
        "key": document.key,
        "name": document.name,
        "names": document.names,
        "abbr": document.abbr,
        "status": document.status,
        "history": document.history,
        "meetings": [_brief(m) for m in sorted(meetings, key=lambda m: m.key)],
        "sources": _sources(document.mentions, articles),
        "source_count": len(document.groups),
    }
