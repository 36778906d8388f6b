"""People across articles: one record per person, with every title and organisation seen and when.

Names are compared in their folded, sorted-word form (see names.py), so diacritics, honorifics and word order
do not split a person. Two spellings with different diacritics ("Năm" and "Nam") are two people: folding
would make them one, but the marks are what tell Vietnamese names apart. A bare spelling ("Nguyen Xuan
Phuc") joins the most used marked one. A name whose words are a part of exactly one longer name ("Joko
Widodo" in "Ir Joko Widodo") joins it. Different countries do not split a person: they become a conflict.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from summitgraph.text.normalize import fold
from summitgraph.kb.build.conflicts import CandidateSet
from summitgraph.kb.dates import interval
from summitgraph.kb.keys import person_key, slug, unique
from summitgraph.kb.build.merge_meetings import source_of
from summitgraph.kb.names import PersonName, parse_name
from summitgraph.kb.transliteration import same_name, sound_key
from summitgraph.kb.titles import split_title
from summitgraph.kb.types import Fact, Mention, Sourced


@dataclass
class Role:
    title: str                  # the full title as most often written
    position: str
    organisation: str | None
    first_seen: str | None
    last_seen: str | None
    mentions: int
    sources: list[str]          # article keys

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "position": self.position, "organisation": self.organisation,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "mentions": self.mentions,
                "sources": self.sources}


@dataclass
class ResolvedPerson(Sourced):
    mentions: list[Mention]
    names: list[str]            # spellings as written (honorifics removed), most used first
    country: Fact
    roles: list[Role] = field(default_factory=list)
    key: str = ""

    @property
    def name(self) -> str:
        return self.names[0] if self.names else "?"

    @property
    def aliases(self) -> list[str]:
        """Every folded spelling, word-sorted and as written, for lookup by name."""
        forms = set()
        for name in self.names:
            parsed = parse_name(name)
            forms.add(parsed.folded)
            forms.add(" ".join(fold(parsed.written).split()))
        return sorted(f for f in forms if f)

    @property
    def first_seen(self) -> str | None:
        return _earliest([r.first_seen for r in self.roles])

    @property
    def last_seen(self) -> str | None:
        return _latest([r.last_seen for r in self.roles])


def resolve_people(mentions: list[Mention], article_dates: dict[str, str | None]) -> list[ResolvedPerson]:
    parsed = {id(m): _parsed(str(m.record.get("name") or "")) for m in mentions}
    identities = _identities([m for m in mentions if parsed[id(m)].tokens], parsed)
    identities = _join_partial_names(identities, parsed)
    identities = _join_transliterations(identities, parsed)
    people = [_person(group, parsed, article_dates) for group in identities]
    people.sort(key=lambda p: (p.mentions[0].article, p.mentions[0].position))
    # Keys come from the squashed spelling, so showing "Pu-tin" instead of "Putin" never changes a key.
    keyed = [person_key(_parsed(person.name).written) for person in people]
    order = sorted(range(len(people)), key=lambda i: (keyed[i], people[i].mentions[0].ref))
    for i, key in zip(order, unique(keyed[i] for i in order)):
        people[i].key = key
    return people


@lru_cache(maxsize=65536)
def _parsed(name: str) -> PersonName:
    """parse_name, remembered: a corpus names its few thousand people hundreds of thousands of times."""
    return parse_name(name)


def _identities(mentions: list[Mention], parsed: dict[int, PersonName]) -> list[list[Mention]]:
    by_folded: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_folded[parsed[id(mention)].folded].append(mention)
    out: list[list[Mention]] = []
    for group in by_folded.values():
        marked = Counter(parsed[id(m)].marked for m in group if parsed[id(m)].has_marks)
        if not marked:
            out.append(group)
            continue
        by_marked: dict[str, list[Mention]] = defaultdict(list)
        commonest = marked.most_common(1)[0][0]
        for mention in group:
            p = parsed[id(mention)]
            by_marked[p.marked if p.has_marks else commonest].append(mention)
        out.extend(by_marked.values())
    return out


def _join_partial_names(identities: list[list[Mention]], parsed: dict[int, PersonName]) -> list[list[Mention]]:
    """A name of two or more words that are all words of exactly one longer name joins that name."""
    tokens = [parsed[id(group[0])].tokens for group in identities]
    countries = [{m.record.get("country") for m in group} - {None} for group in identities]
    holding: dict[str, set[int]] = defaultdict(set)     # word -> identities whose name has it
    for i, words in enumerate(tokens):
        for word in words:
            holding[word].add(i)
    target = list(range(len(identities)))
    for i in sorted(range(len(identities)), key=lambda n: len(tokens[n])):
        if len(tokens[i]) < 2:
            continue
        containing = set.intersection(*(holding[word] for word in tokens[i]))
        wider = [j for j in sorted(containing) if j != i and tokens[i] < tokens[j]
                 and not (countries[i] and countries[j] and not countries[i] & countries[j])]
        if len(wider) == 1:
            target[i] = wider[0]
    merged: dict[int, list[Mention]] = defaultdict(list)
    for i, group in enumerate(identities):
        root = i
        seen = set()
        while target[root] != root and root not in seen:
            seen.add(root)
            root = target[root]
        merged[root].extend(group)
    return list(merged.values())


def _join_transliterations(identities: list[list[Mention]],
                           parsed: dict[int, PersonName]) -> list[list[Mention]]:
    """A foreign name in its original spelling and in Vietnamese transliteration ("Bounnhang Volachith",
    "Bun-nhăng Vô-la-chít"; "Angela Merkel", "A. Méc-ken") is one person when exactly one other identity
    matches it (transliteration.same_name) and their countries do not differ. Two spellings that both carry
    Vietnamese marks are never joined this way: there the marks tell people apart."""
    words = [parsed[id(group[0])].written.split() for group in identities]
    marked = [parsed[id(group[0])].has_marks for group in identities]
    countries = [{m.record.get("country") for m in group} - {None} for group in identities]
    by_last: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(words):
        if name:
            by_last[sound_key(name[-1])].append(i)
    target = list(range(len(identities)))
    for i, name in enumerate(words):
        if not name:
            continue
        matches = [j for j in by_last[sound_key(name[-1])] if j != i and not (marked[i] and marked[j])
                   and not (countries[i] and countries[j] and not countries[i] & countries[j])
                   and same_name(name, words[j])]
        # Join the smaller spelling into the larger one, once, so a chain cannot form.
        if len(matches) == 1 and (len(identities[i]), i) < (len(identities[matches[0]]), matches[0]):
            target[i] = matches[0]
    merged: dict[int, list[Mention]] = defaultdict(list)
    for i, group in enumerate(identities):
        merged[target[i] if target[target[i]] == target[i] else i].extend(group)
    return list(merged.values())


def _person(group: list[Mention], parsed: dict[int, PersonName],
            article_dates: dict[str, str | None]) -> ResolvedPerson:
    group.sort(key=lambda m: (m.article, m.position))
    spellings = Counter(parsed[id(m)].shown for m in group)      # as written: hyphens and initials kept
    names = [n for n, _ in sorted(spellings.items(),
                                  key=lambda item: (-_parsed(item[0]).has_marks, -item[1], -len(item[0]), item[0]))]
    countries = CandidateSet("country")
    for mention in group:
        countries.add(mention.record.get("country"), source_of(mention))
    person = ResolvedPerson(mentions=group, names=names, country=countries.merge())
    person.roles = roles_of(group, article_dates)
    return person


def roles_of(mentions: list[Mention], article_dates: dict[str, str | None]) -> list[Role]:
    """Titles grouped by position, then organisation; a title naming no organisation joins the position's
    most used organisation (so "Thủ tướng" and "Thủ tướng Chính phủ" are one role)."""
    seen: dict[str, list[tuple[str, str | None, str | None, str]]] = defaultdict(list)
    for mention in mentions:
        for title in mention.record.get("titles") or []:
            folded, position, organisation = _title_parts(str(title))
            seen[folded].append((str(title), position, organisation, mention.article))
    roles: list[Role] = []
    for items in seen.values():
        organisations = Counter(slug(org) for _, _, org, _ in items if org)
        default = organisations.most_common(1)[0][0] if organisations else ""
        by_org: dict[str, list[tuple[str, str | None, str | None, str]]] = defaultdict(list)
        for item in items:
            by_org[slug(item[2]) if item[2] else default].append(item)
        for members in by_org.values():
            roles.append(_role(members, article_dates))
    roles.sort(key=lambda r: (_sort_date(r.first_seen), r.title))
    return roles


@lru_cache(maxsize=65536)
def _title_parts(title: str) -> tuple[str, str, str | None]:
    """The title's position (folded, and as written) and organisation: split_title, remembered, as a corpus
    gives its people the same few hundred titles tens of thousands of times."""
    position, organisation = split_title(title)
    return fold(position), position, organisation


def _role(items: list[tuple[str, str | None, str | None, str]], article_dates: dict[str, str | None]) -> Role:
    title = Counter(t for t, _, _, _ in items).most_common(1)[0][0]
    positions = Counter(p for _, p, _, _ in items)
    organisations = Counter(o for _, _, o, _ in items if o)
    articles = sorted({a for _, _, _, a in items})
    dates = [article_dates.get(a) for a in articles]
    return Role(title=title, position=positions.most_common(1)[0][0],
                organisation=organisations.most_common(1)[0][0] if organisations else None,
                first_seen=_earliest(dates), last_seen=_latest(dates), mentions=len(items), sources=articles)


@lru_cache(maxsize=65536)
def _sort_date(value: str | None) -> str:
    """When a date begins, as ISO text ("9999" without a year); remembered: a person's roles compare the
    dates of thousands of articles, few of them distinct."""
    found = interval(value, value) if value else None
    return found.lo.isoformat() if found and found.has_year else "9999"


@lru_cache(maxsize=65536)
def _end_date(value: str) -> str:
    return interval(value, value).hi.isoformat()


def _earliest(values: list[str | None]) -> str | None:
    dated = [v for v in values if v and _sort_date(v) != "9999"]
    return min(dated, key=_sort_date) if dated else None


def _latest(values: list[str | None]) -> str | None:
    dated = [v for v in values if v and _sort_date(v) != "9999"]
    if not dated:
        return None
    return max(dated, key=_end_date)
