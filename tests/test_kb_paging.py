"""Keyset paging of the meetings listing on every backend: pages read after a cursor give every meeting once,
in the listing's order (newest first, same-day meetings by key, undated last), as the offset pages do."""
from __future__ import annotations

import pytest

from summitgraph import kb
from summitgraph.kb.db import write_session
from summitgraph.kb.build import tables
from summitgraph.kb.read.cursor import BadCursor, MeetingCursor
from summitgraph.store import open_store

# Start dates with ties (several meetings on one day), partial dates and undated meetings.
DATES = ["2022-11-11", "2022-11-11", "2022-11-12", "2021-10-26", "2021-10", "2021", None, "2020-06-26",
         "2022-11-11", None, "2019-06-23", "2021-10-26", None, "2023-05-10", "2020"]


def meeting(n: int, start: str | None) -> dict:
    # A key whose order differs from the insertion order, so the key tie-break is really exercised.
    return {"key": f"asean-summit#{(n * 7) % 17:02d}-{n}", "series": "asean-summit", "name": f"Hội nghị {n}",
            "start": start, "year": int(start[:4]) if start else None, "sources": [], "facts": {}}


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        with write_session(opened) as db:
            for n, start in enumerate(DATES):
                raw = meeting(n, start)
                tables.insert_meeting(db, raw, raw)
        yield opened


def pages(store, limit: int, **filters) -> list[str]:
    seen, after = [], None
    while True:
        rows = kb.list_meetings(store, limit=limit, after=after, **filters)
        seen += [row.key for row in rows]
        if len(rows) < limit:
            return seen
        after = kb.meeting_cursor(rows[-1])


@pytest.mark.parametrize("limit", [1, 2, 4, 100])
def test_cursor_pages_give_every_meeting_once_in_the_listing_order(store, limit):
    everything = [row.key for row in kb.list_meetings(store, limit=1000)]
    assert len(everything) == len(set(everything)) == len(DATES)
    assert pages(store, limit) == everything
    by_offset = [row.key for offset in range(0, len(DATES), limit)
                 for row in kb.list_meetings(store, limit=limit, offset=offset)]
    assert by_offset == everything


def test_the_order_is_newest_first_same_day_by_key_and_undated_last(store):
    rows = kb.list_meetings(store, limit=1000)
    dated = [(r.start, r.key) for r in rows if r.start]
    assert [d for d, _ in dated] == sorted((d for d, _ in dated), reverse=True)
    same_day = [k for d, k in dated if d == "2022-11-11"]
    assert same_day == sorted(same_day) and len(same_day) == 3
    assert [r.start for r in rows[-3:]] == [None, None, None]
    assert [r.key for r in rows[-3:]] == sorted(r.key for r in rows[-3:])


def test_a_cursor_keeps_the_filters(store):
    assert pages(store, 1, year=2021) == [row.key for row in kb.list_meetings(store, year=2021, limit=1000)]
    assert len(pages(store, 1, year=2021)) == 4


def test_a_cursor_round_trips_and_refuses_what_it_did_not_hand_out():
    for cursor in (MeetingCursor("2022-11-11", "asean-summit#40"), MeetingCursor(None, "đ|x#1")):
        assert MeetingCursor.decode(cursor.encode()) == cursor
    for bad in ("", "@@@", "WzEsMl0", "WyJ4Il0", "x" * 1000):
        with pytest.raises(BadCursor):
            MeetingCursor.decode(bad)
