"""Sentences written for the tests, made into articles and read by one extractor: one place for the helpers
the extraction tests share."""
from __future__ import annotations

from summitgraph.extract.context import DocContext, make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.extract.people import extract_people
from summitgraph.model import Article, MeetingRecord, OffsetMap, PersonRecord


def article_of(text: str, *, title: str | None = None, published: str | None = None) -> Article:
    return Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                   title=title, published=published)


def context_of(body: str, title: str = "Tin đối ngoại") -> DocContext:
    """A body under a headline, as an article reads."""
    return make_context(article_of(f"{title}\n\n{body}", title=title))


def meetings_of(text: str, published: str | None = None) -> list[MeetingRecord]:
    return extract_meetings(make_context(article_of(text, published=published)))


def talks_of(text: str, published: str | None = None) -> list[MeetingRecord]:
    return [m for m in meetings_of(text, published) if m.series == "bilateral-talks"]


def people_by_name(body: str) -> dict[str, PersonRecord]:
    return {p.name: p for p in extract_people(context_of(body))}


def only(records: list[MeetingRecord], series: str) -> MeetingRecord:
    """The one record of ``series`` (fails, listing them all, when there is none or more than one)."""
    found = [r for r in records if r.series == series]
    assert len(found) == 1, records
    return found[0]
