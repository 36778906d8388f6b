"""Dossier heads: what the API and the pages read of a record. On every backend the head of each record is its
whole dossier with the long lists cut and counted; below the cut it holds the same content."""
from __future__ import annotations

import copy

import pytest
from test_kb_fixtures import all_readings

from summitgraph import kb
from summitgraph.kb.heads import CITES_SHOWN, PERSON_MEETINGS_SHOWN, ROLE_SOURCES_SHOWN, SOURCES_SHOWN, dossier_head
from summitgraph.store import open_store


@pytest.fixture
def built(store_url):
    with open_store(store_url) as store:
        for reading in all_readings():
            store.add_article(reading.article, reading, extractor_version="test")
        kb.rebuild(store)
        yield store


def without_totals(head: dict) -> dict:
    """The head with the counts it adds taken out again."""
    out = copy.deepcopy(head)
    out.pop("source_total", None)
    for fact in (out.get("facts") or {}).values():
        for candidate in fact.get("values") or []:
            candidate.pop("source_total", None)
    for role in out.get("roles") or []:
        role.pop("source_total", None)
    out.pop("meeting_total", None)
    return out


def cited_only(dossier: dict) -> dict:
    """The whole dossier with each value's sources limited to those naming an article (the ones cited)."""
    out = copy.deepcopy(dossier)
    for fact in (out.get("facts") or {}).values():
        for candidate in fact.get("values") or []:
            candidate["sources"] = [s for s in candidate.get("sources") or [] if s.get("article")]
    return out


def test_below_the_cut_a_head_holds_the_whole_dossier(built):
    meetings = kb.list_meetings(built, limit=1000)
    assert meetings
    for row in meetings:
        whole, head = kb.get_meeting(built, row.key), kb.get_meeting(built, row.key, head=True)
        assert head["source_total"] == len(whole["sources"]) == len(head["sources"])
        assert without_totals(head) == cited_only(whole)
    for row in kb.list_people(built, limit=1000):
        whole, head = kb.get_person(built, row.key), kb.get_person(built, row.key, head=True)
        assert without_totals(head) == cited_only(whole)


def test_a_head_cuts_the_lists_that_grow_with_the_corpus_and_counts_them():
    sources = [{"article": f"a{n}.txt", "positions": [0]} for n in range(SOURCES_SHOWN + 37)]
    cites = [{"article": f"a{n}.txt", "position": 0} for n in range(CITES_SHOWN + 8)] + [{"rule": "registry"}]
    dossier = {"key": "asean-summit#40", "sources": sources, "names": ["x"],
               "facts": {"city": {"value": "Phnom Penh", "values": [{"value": "Phnom Penh", "sources": cites}]}},
               "roles": [{"title": "Thủ tướng", "sources": [f"a{n}.txt" for n in range(ROLE_SOURCES_SHOWN + 1)]}]}
    head = dossier_head(dossier)
    assert head["sources"] == sources[:SOURCES_SHOWN] and head["source_total"] == len(sources)
    value = head["facts"]["city"]["values"][0]
    assert value["sources"] == cites[:CITES_SHOWN] and value["source_total"] == CITES_SHOWN + 8
    assert head["roles"][0]["sources"] == dossier["roles"][0]["sources"][:ROLE_SOURCES_SHOWN]
    assert head["roles"][0]["source_total"] == ROLE_SOURCES_SHOWN + 1
    assert head["names"] == ["x"] and dossier["sources"] is sources   # the dossier itself is left as it was


def test_a_persons_head_keeps_the_newest_meetings_and_counts_them_all():
    meetings = [{"key": f"bilateral-talks#{n}", "start": f"2020-01-{n % 28 + 1:02d}"}
                for n in range(PERSON_MEETINGS_SHOWN + 12)]
    head = dossier_head({"key": "nguyen-van-a", "roles": [], "meetings": meetings})
    assert head["meetings"] == meetings[-PERSON_MEETINGS_SHOWN:] and head["meeting_total"] == len(meetings)
    assert "meeting_total" not in dossier_head({"key": "asean-summit#40", "meetings": meetings})   # people only


class QuotesNothing:
    """A stand-in for api.provenance.Provenance: a citation names its article only."""

    def cite(self, article, kind, position, field=None, value=None):
        return {"article": article}


def test_the_api_counts_the_same_further_sources_from_a_head_as_from_the_whole_dossier():
    from summitgraph.api.provenance import cite_facts
    cites = [{"article": f"a{n}.txt", "position": 0} for n in range(CITES_SHOWN + 8)] + [{"rule": "registry"}]
    facts = {"city": {"values": [{"value": "Phnom Penh", "sources": cites}, {"value": "Hà Nội", "sources": cites[:2]}]}}
    whole = cite_facts(QuotesNothing(), "meeting", facts)
    from_head = cite_facts(QuotesNothing(), "meeting", dossier_head({"facts": facts})["facts"])
    assert from_head == whole
    assert [v["more"] for v in whole["city"]] == [8, 0]
