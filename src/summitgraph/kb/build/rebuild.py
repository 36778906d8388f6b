"""Build the knowledge base from every current article's facts and store it, replacing the previous build.

``build`` is pure (a Corpus in, the resolved records out); ``rebuild`` reads the store, builds, applies the
correction log and writes the ``kb_*`` tables in one transaction, so readers see the old build or the new
one, never half of each.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator

from summitgraph.store import Store
from summitgraph.store.records import Correction
from summitgraph.kb.build import corrections as corrections_module
from summitgraph.kb.build import tables
from summitgraph.kb.build.chain import Link, chains, flag_out_of_order, link_meetings
from summitgraph.kb.build.chairs import ChairYear, resolve_chairs
from summitgraph.kb.db import write_session
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD
from summitgraph.kb.build.documents import ResolvedDocument, resolve_documents
from summitgraph.kb.build.dossier import document_dossier, document_links, meeting_dossier, participations, person_dossier
from summitgraph.kb.build.infer import complete_mention
from summitgraph.kb.keys import slug
from summitgraph.kb.build.merge_meetings import MergedMeeting, assign_keys, merge_cluster
from summitgraph.kb.build.resolve_meetings import resolve_meetings
from summitgraph.kb.build.resolve_people import ResolvedPerson, resolve_people
from summitgraph.kb.build.sources import Corpus, load


@dataclass
class Summary:
    """What a rebuild found; ``meeting_mentions`` -> ``meetings`` is the effect of resolution."""

    articles: int = 0
    article_versions: int = 0        # stored article rows when built: a changed article adds one
    duplicate_groups: int = 0        # groups of near-duplicate articles (2 or more)
    duplicate_articles: int = 0      # articles that repeat another one's story
    meeting_mentions: int = 0
    meetings: int = 0
    person_mentions: int = 0
    people: int = 0
    roles: int = 0
    documents: int = 0
    chair_years: int = 0
    meetings_with_conflicts: int = 0
    conflicting_fields: int = 0
    inferred_facts: int = 0          # meeting fields whose chosen value a registry rule gave or completed
    links: int = 0                   # preparatory links between meetings
    corrections_applied: int = 0
    corrections_unmatched: int = 0   # corrections whose target no longer exists
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Built:
    """The resolved records. Their dossiers are composed one at a time when iterated (``iter_*``), so a
    rebuild writes each as it is made and never holds them all."""

    corpus: Corpus
    meetings: list[MergedMeeting]
    links: list[Link]
    people: list[ResolvedPerson]
    documents: list[ResolvedDocument]
    chairs: list[ChairYear]
    _index: "_DossierIndex | None" = field(default=None, repr=False)

    @property
    def index(self) -> "_DossierIndex":
        if self._index is None:
            self._index = _DossierIndex(self)
        return self._index

    def iter_meeting_dossiers(self) -> Iterator[dict[str, Any]]:
        index, articles = self.index, self.corpus.articles
        for meeting in self.meetings:
            yield meeting_dossier(
                meeting, articles, index.taking_part[meeting.key], index.docs_of[meeting.key],
                index.links_of[meeting.key], index.before.get(meeting.key, []), index.after.get(meeting.key, []),
                index.by_key)

    def iter_person_dossiers(self) -> Iterator[dict[str, Any]]:
        for person in self.people:
            yield person_dossier(person, self.corpus.articles, self.index.meetings_of_person[person.key])

    def iter_document_dossiers(self) -> Iterator[dict[str, Any]]:
        for document in self.documents:
            yield document_dossier(document, self.corpus.articles, self.index.meetings_of_document[document.key])

    # Whole lists, for tests and small corpora.
    @property
    def meeting_dossiers(self) -> list[dict[str, Any]]:
        return list(self.iter_meeting_dossiers())

    @property
    def person_dossiers(self) -> list[dict[str, Any]]:
        return list(self.iter_person_dossiers())

    @property
    def document_dossiers(self) -> list[dict[str, Any]]:
        return list(self.iter_document_dossiers())

    @property
    def chair_dossiers(self) -> list[dict[str, Any]]:
        return [c.to_json() for c in self.chairs]


class _DossierIndex:
    """What the dossiers of one build share: who took part in which meeting, which documents it adopted,
    the preparatory chain, and the reverse lists for people and documents."""

    def __init__(self, built: Built) -> None:
        self.by_key = {m.key: m for m in built.meetings}
        self.before, self.after = chains(built.links)
        self.links_of: dict[str, list[Link]] = defaultdict(list)
        for link in built.links:
            self.links_of[link.before.key].append(link)
            self.links_of[link.after.key].append(link)
        self.taking_part = participations(built.meetings, built.people, built.corpus.articles)
        self.docs_of = document_links(built.meetings, built.documents)
        self.meetings_of_person: dict[str, list] = defaultdict(list)
        self.meetings_of_document: dict[str, list[MergedMeeting]] = defaultdict(list)
        for meeting in built.meetings:
            for participation in self.taking_part[meeting.key]:
                self.meetings_of_person[participation.person.key].append((meeting, participation))
            for document in self.docs_of[meeting.key]:
                self.meetings_of_document[document.key].append(meeting)


def article_dates(corpus: Corpus) -> dict[str, str | None]:
    """When each article speaks: its publication date, else the latest held meeting it reports (old archives
    carry no date line; a story reports its latest events and looks back at older ones, so the latest is
    closest to when it was written)."""
    dates: dict[str, str | None] = {key: info.published for key, info in corpus.articles.items()}
    latest: dict[str, str] = {}
    for mention in corpus.of("meeting"):
        start = mention.value("start")
        if mention.record.get("status") not in (None, "held"):
            continue
        if isinstance(start, str) and start[:4].isdigit() and start > latest.get(mention.article, ""):
            latest[mention.article] = start
    for key, value in latest.items():
        if not dates.get(key):
            dates[key] = value
    return dates


def build(corpus: Corpus) -> Built:
    meeting_mentions = corpus.of("meeting")
    for mention in meeting_mentions:
        complete_mention(mention)
    meetings = [merge_cluster(cluster) for cluster in resolve_meetings(meeting_mentions)]
    links = link_meetings(meetings)
    assign_keys(meetings)
    flag_out_of_order(links)
    dates = article_dates(corpus)
    people = resolve_people(corpus.of("person"), dates)
    documents = resolve_documents(corpus.of("document"), dates)
    chairs = resolve_chairs(corpus.of("chair"))
    return Built(corpus, meetings, links, people, documents, chairs)


def summarize_build(built: Built) -> Summary:
    corpus = built.corpus
    group_sizes: dict[str, int] = defaultdict(int)
    for info in corpus.articles.values():
        group_sizes[info.group] += 1
    return Summary(
        articles=len(corpus.articles),
        duplicate_groups=sum(1 for n in group_sizes.values() if n > 1),
        duplicate_articles=sum(n - 1 for n in group_sizes.values()),
        meeting_mentions=len(corpus.of("meeting")),
        meetings=len(built.meetings),
        person_mentions=len(corpus.of("person")),
        people=len(built.people),
        roles=sum(len(p.roles) for p in built.people),
        documents=len(built.documents),
        chair_years=len(built.chairs),
        meetings_with_conflicts=sum(1 for m in built.meetings if m.conflicts or m.issues),
        conflicting_fields=sum(len(m.conflicts) for m in built.meetings),
        inferred_facts=sum(1 for m in built.meetings for f in m.facts.values()
                           if f.rule or (f.candidates and f.candidates[0].rule)),
        links=len(built.links),
    )


# --- corrections ---------------------------------------------------------------------------------

def meeting_correction_keys(key: str, aliases: list[str], taken: set[str]) -> list[str]:
    """The keys a meeting's corrections may be filed under: its key, and its aliases that are no other
    meeting's key (a correction made before new sources changed the chosen key)."""
    return [key] + [a for a in aliases if a not in taken]


def person_correction_keys(key: str, names: list[str], taken: set[str]) -> list[str]:
    """A person's key, and the keys its other spellings would give (a correction made when another spelling
    was the display name)."""
    return [key] + sorted({slug(n) for n in names} - taken - {key})


def _corrections_by_target(found: list[Correction]) -> dict[tuple[str, str], list[Correction]]:
    out: dict[tuple[str, str], list[Correction]] = defaultdict(list)
    for correction in found:
        out[(correction.target_kind, correction.target_key)].append(correction)
    return out


def write(store: Store, built: Built, summary: Summary) -> None:
    by_target = _corrections_by_target(store.corrections())
    used: set[tuple[str, str]] = set()
    meeting_keys = {m.key for m in built.meetings}
    person_keys = {p.key for p in built.people}

    def collect(kind: str, keys: list[str]) -> list[Correction]:
        found = []
        for key in keys:
            if (kind, key) in by_target:
                used.add((kind, key))
                found.extend(by_target[(kind, key)])
        return found

    with write_session(store) as db:
        tables.clear(db)
        # Each dossier is written as it is made: memory holds one at a time, not the whole knowledge base.
        for raw in built.iter_person_dossiers():
            found = collect("person", person_correction_keys(raw["key"], raw.get("names") or [], person_keys))
            tables.insert_person(db, raw, corrections_module.apply(raw, found) if found else raw)
        for raw in built.iter_document_dossiers():
            tables.insert_document(db, raw)
        for raw in built.iter_meeting_dossiers():
            found = collect("meeting", meeting_correction_keys(raw["key"], raw.get("aliases") or [], meeting_keys))
            tables.insert_meeting(db, raw, corrections_module.apply(raw, found) if found else raw)
            for participant in raw["participants"]:
                tables.insert_participant(db, raw["key"], participant)
            for document in raw["documents"]:
                tables.insert_meeting_document(db, raw["key"], document["key"])
        for raw in built.chair_dossiers:
            tables.insert_chair(db, raw)
        for info in built.corpus.articles.values():
            tables.insert_group(db, info.key, info.group)
        summary.corrections_applied = sum(len(by_target[t]) for t in used)
        summary.corrections_unmatched = sum(len(v) for t, v in by_target.items()
                                            if t not in used and t[0] in corrections_module.FIELDS)
        tables.write_state(db, summary.to_json())


def rebuild(store: Store, *, threshold: float = DEFAULT_THRESHOLD) -> Summary:
    """Rebuild the knowledge base from the store's current facts (and its corrections)."""
    started = time.perf_counter()
    versions = store.stats()["article_versions"]
    built = build(load(store, threshold))
    summary = summarize_build(built)
    summary.article_versions = versions
    summary.seconds = round(time.perf_counter() - started, 3)
    write(store, built, summary)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary

