"""Build the knowledge base from every current article's facts and store it, replacing the previous build.

``build`` is pure (a Corpus in, the resolved records out); ``rebuild`` reads the store, builds, applies the
correction log and writes the ``kb_*`` tables in one transaction, so readers see the old build or the new
one, never half of each.
"""
from __future__ import annotations

import gc
import hashlib
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from summitgraph.store import Store
from summitgraph.store.records import Correction
from summitgraph.kb.build import corrections as corrections_module
from summitgraph.kb.build import fingerprints, tables
from summitgraph.kb.build.blocks import block_of
from summitgraph.kb.build.chain import Link, chains, flag_out_of_order, link_meetings
from summitgraph.kb.build.chairs import ChairYear, resolve_chairs
from summitgraph.kb.db import session, write_session
from summitgraph.kb.build.dedup import DEFAULT_THRESHOLD
from summitgraph.kb.build.documents import ResolvedDocument, resolve_documents
from summitgraph.kb.build.dossier import document_dossier, document_links, meeting_dossier, participations, person_dossier
from summitgraph.kb.build.infer import complete_mention
from summitgraph.kb.keys import slug
from summitgraph.kb.build.meeting_blocks import BlockCache, merge_meetings
from summitgraph.kb.build.merge_meetings import MergedMeeting, assign_keys
from summitgraph.kb.build.resolve_people import ResolvedPerson, resolve_people
from summitgraph.kb.build.sources import Corpus, entry_json, load, load_unchanged, load_with_entries

# Bump when a build's result changes in a way the code digest (resolver_version) cannot see.
RESOLVER_VERSION = "1"


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
    incremental: bool = False        # built on the previous build: only changed articles read, changed records written
    articles_read: int = 0           # articles whose facts were read and texts split (the others came from the last build)
    records_written: int = 0         # meetings, people and documents composed and written
    meeting_blocks_merged: int = 0   # meeting blocks clustered again (the others taken whole from the last build)
    meeting_blocks_reused: int = 0
    meetings_merged: int = 0         # meetings merged from their mentions (the others taken from the last build)
    dedup_seconds: float = 0.0       # CPU seconds of near-duplicate detection (it reads every text)
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
        for meeting in self.meetings:
            yield self.meeting_dossier_of(meeting)

    def meeting_dossier_of(self, meeting: MergedMeeting) -> dict[str, Any]:
        index = self.index
        return meeting_dossier(
            meeting, self.corpus.articles, index.taking_part[meeting.key], index.docs_of[meeting.key],
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


def build(corpus: Corpus, blocks: BlockCache | None = None) -> Built:
    """``blocks``: the last build's merged meeting blocks, taken where their mentions are unchanged (and the
    blocks merged anew, recorded for the next build)."""
    meeting_mentions = corpus.of("meeting")
    for mention in meeting_mentions:
        complete_mention(mention)
    meetings = merge_meetings(meeting_mentions, blocks)
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


class _Corrections:
    """The correction log by target, and which targets the build's records claimed."""

    def __init__(self, found: list[Correction], meeting_keys: set[str], person_keys: set[str]) -> None:
        self.by_target = _corrections_by_target(found)
        self.used: set[tuple[str, str]] = set()
        self.meeting_keys, self.person_keys = meeting_keys, person_keys

    def collect(self, kind: str, keys: list[str]) -> list[Correction]:
        found = []
        for key in keys:
            if (kind, key) in self.by_target:
                self.used.add((kind, key))
                found.extend(self.by_target[(kind, key)])
        return found

    def of_meeting(self, meeting: MergedMeeting) -> list[Correction]:
        return self.collect("meeting", meeting_correction_keys(meeting.key, meeting.aliases, self.meeting_keys))

    def of_person(self, person: ResolvedPerson) -> list[Correction]:
        return self.collect("person", person_correction_keys(person.key, person.names, self.person_keys))

    def count(self, summary: Summary) -> None:
        summary.corrections_applied = sum(len(self.by_target[t]) for t in self.used)
        summary.corrections_unmatched = sum(len(v) for t, v in self.by_target.items()
                                            if t not in self.used and t[0] in corrections_module.FIELDS)


@dataclass
class Previous:
    """What the last build (made by this resolver version) left for an incremental one: the articles it read
    and the digest of each record it wrote."""

    marks: dict[str, tuple[int, int]]               # article key -> (row id, highest fact id)
    fingerprints: dict[tuple[str, str], str]        # (kind, key) -> digest
    groups: dict[str, str]                          # article key -> near-duplicate group
    state: dict[str, Any] = field(default_factory=dict)   # kb_state as read: another build since changes it
    blocks: dict[str, str] = field(default_factory=dict)  # meeting block -> digest of its mentions as read


def write(store: Store, built: Built, summary: Summary, *, resolver: str | None = None,
          marks: list[tuple[str, int, int]] | None = None, previous: Previous | None = None,
          blocks: BlockCache | None = None) -> None:
    """Write the build: every row (``previous`` None), or only the rows of records whose digest changed since
    the build ``previous`` describes. Either way the tables end the same."""
    corrections = _Corrections(store.corrections(), {m.key for m in built.meetings}, {p.key for p in built.people})
    briefs = fingerprints.Briefs()
    # The build's marks by key: the block cache's, when given (made from the same marks), else made here.
    marked = blocks.marks if blocks is not None else {key: (article_id, last_fact)
                                                      for key, article_id, last_fact in marks or []}
    touched = {"meeting": 0, "person": 0, "document": 0}

    def changed(kind: str, key: str, digest: str) -> bool:
        if old.get((kind, key)) == digest:
            return False
        tables.set_fingerprint(db, kind, key, digest, replace=(kind, key) in old)
        touched[kind] += 1
        return True

    with write_session(store) as db:
        if previous is not None and tables.state(db) != previous.state:
            previous = None     # another build wrote since this one read the last: write everything
            summary.incremental = False
        old = previous.fingerprints if previous else {}
        if previous is None:
            tables.clear(db)
        else:
            tables.clear_chairs_and_state(db)
            for kind, keys in (("meeting", {m.key for m in built.meetings}), ("person", {p.key for p in built.people}),
                               ("document", {d.key for d in built.documents})):
                tables.delete_records(db, kind, sorted(k for (t, k) in old if t == kind and k not in keys))
        # Each dossier is written as it is made: memory holds one at a time, not the whole knowledge base.
        for kind in _record_kinds(built, corrections, marked, briefs):
            for record in kind.records:
                found = kind.corrections_of(record)
                if not changed(kind.name, record.key, kind.fingerprint(record, found)):
                    continue
                raw = kind.compose(record)
                kind.write(db, raw, corrections_module.apply(raw, found) if found else raw,
                           (kind.name, record.key) in old)
        for raw in built.chair_dossiers:
            tables.insert_chair(db, raw)
        _write_articles(db, built.corpus, marks or [], previous)
        if blocks is not None:
            _write_meeting_blocks(db, blocks, previous)
        corrections.count(summary)
        summary.records_written = sum(touched.values())
        tables.write_state(db, summary.to_json(), resolver)


@dataclass
class _RecordKind:
    """How one kind of record is fingerprinted, composed and written: ``write`` takes the dossier, the dossier
    with its corrections applied, and whether a row of the last build is replaced."""

    name: str
    records: list[Any]
    corrections_of: Callable[[Any], list[Correction]]
    fingerprint: Callable[[Any, list[Correction]], str]
    compose: Callable[[Any], dict[str, Any]]
    write: Callable[[Any, dict[str, Any], dict[str, Any], bool], None]


def _record_kinds(built: Built, corrections: _Corrections, marked: fingerprints.Marks,
                  briefs: fingerprints.Briefs) -> list[_RecordKind]:
    """People, documents and meetings, in the order a build writes them."""
    index, articles = built.index, built.corpus.articles
    return [
        _RecordKind("person", built.people, corrections.of_person,
                    lambda p, found: fingerprints.person_fingerprint(p, index, marked, briefs, found),
                    lambda p: person_dossier(p, articles, index.meetings_of_person[p.key]), _write_person),
        _RecordKind("document", built.documents, lambda d: [],
                    lambda d, found: fingerprints.document_fingerprint(d, index, marked, briefs),
                    lambda d: document_dossier(d, articles, index.meetings_of_document[d.key]), _write_document),
        _RecordKind("meeting", built.meetings, corrections.of_meeting,
                    lambda m, found: fingerprints.meeting_fingerprint(m, index, marked, briefs, found),
                    built.meeting_dossier_of, _write_meeting),
    ]


def _write_person(db: Any, raw: dict[str, Any], corrected: dict[str, Any], replace: bool) -> None:
    (tables.replace_person if replace else tables.insert_person)(db, raw, corrected)


def _write_document(db: Any, raw: dict[str, Any], _corrected: dict[str, Any], replace: bool) -> None:
    (tables.replace_document if replace else tables.insert_document)(db, raw)


def _write_meeting(db: Any, raw: dict[str, Any], corrected: dict[str, Any], replace: bool) -> None:
    (tables.replace_meeting if replace else tables.insert_meeting)(db, raw, corrected)
    for participant in raw["participants"]:
        tables.insert_participant(db, raw["key"], participant)
    for document in raw["documents"]:
        tables.insert_meeting_document(db, raw["key"], document["key"])


def _write_meeting_blocks(db: Any, blocks: BlockCache, previous: Previous | None) -> None:
    """The meeting blocks merged anew, for the next build; blocks gone since ``previous`` are dropped. A block
    taken whole from the last build keeps its row, or is written again after a full clear (``previous`` None)."""
    old = previous.blocks if previous else {}
    tables.delete_meeting_blocks(db, sorted(set(old) - blocks.current))
    merged = blocks.merged_json()
    written = merged if previous else {**blocks.kept, **merged}
    for name, (inputs, merged) in sorted(written.items()):
        tables.set_meeting_block(db, name, inputs, merged, replace=name in old)


def _write_articles(db: Any, corpus: Corpus, marks: list[tuple[str, int, int]], previous: Previous | None) -> None:
    """Each article's near-duplicate group, and what this build read of it (its entry and its mentions'
    blocks) for the next incremental build: only the articles added, changed or regrouped since ``previous``."""
    old_marks = previous.marks if previous else {}
    old_groups = previous.groups if previous else {}
    current = {key for key, _, _ in marks}
    for key in sorted(set(old_marks) - current):
        tables.delete_built_article(db, key)
    for key in sorted(set(old_groups) - set(corpus.articles)):
        tables.delete_group(db, key)
    for key, article_id, last_fact in marks:
        info = corpus.articles.get(key)
        if info is None:
            continue
        if old_groups.get(key) != info.group:
            if key in old_groups:
                tables.delete_group(db, key)
            tables.insert_group(db, key, info.group)
        if old_marks.get(key) != (article_id, last_fact):
            if key in old_marks:
                tables.delete_built_article(db, key)
            mentions = corpus.of_article.get(key, [])
            tables.insert_built_article(db, key, article_id, last_fact, entry_json(info, mentions),
                                        [(m.kind, m.position, block_of(m)) for m in mentions])


def resolver_version(threshold: float = DEFAULT_THRESHOLD) -> str:
    """What a build's result depends on besides the store: the code of the knowledge base and the text and
    similarity helpers it calls, the registry's data, and the near-duplicate threshold. An incremental build
    reuses only what a build of the same version wrote."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha1(f"{RESOLVER_VERSION}|{threshold!r}".encode())
    paths = [root / "similarity.py", root / "model.py"]
    for folder in ("kb", "kb/build", "registry", "registry/data", "text"):
        paths.extend(sorted((root / folder).glob("*")))
    for path in paths:
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def previous_build(store: Store, resolver: str) -> Previous | None:
    """What the last build left, when it was made by this resolver version; else None (build everything)."""
    with session(store) as db:
        state = tables.state(db)
        if state.get("resolver") != resolver or "summary" not in state:
            return None
        return Previous(tables.built_marks(db), tables.fingerprints(db), tables.article_groups(db), state,
                        tables.meeting_blocks(db))


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a build runs. A build holds hundreds of thousands of long-lived
    objects (mentions, facts, candidates) and makes few reference cycles, so each collection walks them all
    to free next to nothing: a quarter of an incremental update's time at 10k articles. Reference counting
    still frees every object no cycle holds; the collector is back on, as it was, when the build ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def rebuild(store: Store, *, threshold: float = DEFAULT_THRESHOLD, full: bool = False) -> Summary:
    """Rebuild the knowledge base from the store's current facts (and its corrections).

    Unless ``full``, and when the last build was made by the same resolver version, the articles unchanged
    since are taken from what that build read (with their stored near-duplicate signatures, for detection),
    the meetings of unchanged clusters are taken as that build merged them (meeting_blocks), and only the
    records whose inputs changed are composed and written again; the tables end as a full build leaves them."""
    with collector_paused():
        return _rebuild(store, threshold, full)


def _rebuild(store: Store, threshold: float, full: bool) -> Summary:
    started = time.perf_counter()
    versions = store.count_article_versions()
    resolver = resolver_version(threshold)
    previous = None if full else previous_build(store, resolver)
    marks = shared_marks(store.article_marks())
    if previous is None:
        corpus = load(store, threshold)
        read_again = len(corpus.articles)
    else:
        reuse = {key for key, article_id, last_fact in marks if previous.marks.get(key) == (article_id, last_fact)}
        if len(reuse) == len(marks) == len(previous.marks):
            corpus = load_unchanged([key for key, _, _ in marks], lambda keys: _entries(store, keys), previous.groups)
        else:
            corpus = load_with_entries(store, lambda keys: _entries(store, keys), reuse, threshold, marks=marks,
                                       grown_from=previous.groups if _only_added(previous, reuse) else None)
        read_again = len(set(corpus.articles) - reuse)
    blocks = BlockCache({key: (article_id, last_fact) for key, article_id, last_fact in marks})   # write's too
    if previous is not None:
        blocks.inputs, blocks.read = previous.blocks, lambda names: _merged(store, names)
    built = build(corpus, blocks)
    summary = summarize_build(built)
    summary.article_versions = versions
    summary.incremental = previous is not None
    summary.articles_read = read_again
    summary.meeting_blocks_merged, summary.meeting_blocks_reused = len(blocks.current) - blocks.reused, blocks.reused
    summary.meetings_merged = blocks.meetings_merged
    summary.dedup_seconds = round(corpus.dedup_seconds, 3)
    summary.seconds = round(time.perf_counter() - started, 3)
    write(store, built, summary, resolver=resolver, marks=marks, previous=previous, blocks=blocks)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def shared_marks(marks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The marks with their keys interned: the corpus holds each article's key as the same string (sources),
    so the build's marks and groups do not hold a second copy of every key."""
    return [(sys.intern(key), article_id, last_fact) for key, article_id, last_fact in marks]


def _only_added(previous: Previous, reuse: set[str]) -> bool:
    """Every article of the last build is still there unchanged (``reuse``: the current articles whose mark is
    the one it read), and its groups cover them: articles were only added since."""
    return set(previous.marks) <= reuse and set(previous.groups) == set(previous.marks)


def _merged(store: Store, names: list[str]) -> dict[str, bytes]:
    with session(store) as db:
        return tables.merged_of_blocks(db, names)


def _entries(store: Store, keys: list[str]) -> dict[str, str]:
    with session(store) as db:
        return tables.built_entries(db, keys)
