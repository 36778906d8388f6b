"""A digest of everything a record's dossier is made from, so an incremental build composes and writes again
only the records whose inputs changed.

A dossier is a function of its record (mentions, merged facts, key, aliases), the articles it cites (their
metadata, near-duplicate group and the sentences its mentions sit in), the records it lists (participants,
documents, linked meetings, each by what its listing shows) and the corrections filed under it; the code and
the registry are the same between two builds that share a resolver version (rebuild.resolver_version). Each
digest below takes every one of those inputs, so equal digests mean equal dossiers.

What a build reads of an article (its metadata, kept sentences and mentions as stated) is fixed by the
article's row id and its highest fact id (its ``mark``: a new version is a new row, facts extracted again are new
rows), so a mention enters a digest by its article's mark, its position and its group, not by its contents.
A meeting's facts enter as its stored block holds them (merge_meetings.encode_facts): a source that is one of
its mentions by its index among them, whose state the digest takes.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from summitgraph.kb.types import Mention


def digest(parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


Marks = dict[str, Any]     # article key -> (row id, highest fact id)


def mention_states(mentions: Iterable[Mention], marks: Marks) -> list[Any]:
    """Each mention by where it is read (its article's mark, its position) and its article's group; the
    mark stands for the article's metadata, kept sentences and the mention's record, spans and sentences."""
    return [[m.article, marks.get(m.article), m.position, m.group] for m in mentions]


class Briefs:
    """What another record's listing of a meeting shows (key, name, series, dates, city), by its inputs;
    each meeting's digest is made once per build."""

    def __init__(self) -> None:
        self._made: dict[int, str] = {}

    def of(self, meeting: Any) -> str:
        found = self._made.get(id(meeting))
        if found is None:
            found = self._made[id(meeting)] = digest([
                meeting.key, meeting.series, meeting.value("start"), meeting.value("end"), meeting.value("city"),
                meeting.value("partner"), meeting.value("parties"),
                [[m.article, m.position, m.record.get("name"), m.sentences] for m in meeting.mentions]])
        return found


def meeting_fingerprint(meeting: Any, index: Any, marks: Marks, briefs: Briefs, corrections: list[Any]) -> str:
    key = meeting.key
    return digest([
        key, meeting.aliases, meeting.series, meeting.names,
        meeting.encoded_facts(), meeting.issues,
        mention_states(meeting.mentions, marks),
        [p.to_json() for p in index.taking_part[key]],
        [[d.key, d.name, d.abbr, d.status] for d in index.docs_of[key]],
        [link.to_json() for link in index.links_of[key]],
        [briefs.of(index.by_key[k]) for k in index.before.get(key, []) if k in index.by_key],
        [briefs.of(index.by_key[k]) for k in index.after.get(key, []) if k in index.by_key],
        corrections,
    ])


def person_fingerprint(person: Any, index: Any, marks: Marks, briefs: Briefs, corrections: list[Any]) -> str:
    return digest([
        person.key, person.names, person.country.to_json(), [role.to_json() for role in person.roles],
        mention_states(person.mentions, marks),
        [[briefs.of(m), p.titles, p.link, p.head] for m, p in index.meetings_of_person[person.key]],
        corrections,
    ])


def document_fingerprint(document: Any, index: Any, marks: Marks, briefs: Briefs) -> str:
    return digest([
        document.key, document.names, document.abbr, document.status, document.history,
        mention_states(document.mentions, marks),
        sorted(briefs.of(m) for m in index.meetings_of_document[document.key]),
    ])
