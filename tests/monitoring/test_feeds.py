"""What is new for users: Atom feeds of meetings that appeared or changed, and the Sources page."""
from __future__ import annotations

import feedparser
from fastapi.testclient import TestClient

from summitgraph.api.app import create_app
from summitgraph.monitor import fetch_all, state
from summitgraph.monitor.atom import atom_feed
from summitgraph.monitor.changes import Change, diff, record_changes, recent_changes

from .server import Reply, rss_reply
from .test_fetch import AMM, ARF, ASEAN_SUMMARY, ASEAN_TITLE, SUMMIT, source


def read_feed(web: TestClient, path: str) -> feedparser.FeedParserDict:
    response = web.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_atom_feed_lists_the_meeting_the_last_fetch_added_with_its_facts(server, backend_store, client):
    store = backend_store
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.page(SUMMIT, "summit-manila.html")
    sources = [source(server, feeds=["/rss.xml"])]
    fetch_all(store, sources, client)
    web = TestClient(create_app(store))

    first = read_feed(web, "/feeds/meetings.atom")

    assert [e.title for e in first.entries] == [
        "New meeting: Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 59 (AMM-59)"]
    assert "city: Manila" in first.entries[0].summary and "host country: PH" in first.entries[0].summary

    # The next fetch finds the summit: it tops the feed, and the minister's meeting is not listed again.
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY)]))
    report = fetch_all(store, sources, client)
    assert report.stored == 1 and report.meetings_changed == 1

    second = read_feed(web, "/feeds/meetings.atom")

    assert [e.title for e in second.entries] == [
        "New meeting: Hội nghị Cấp cao ASEAN lần thứ 49",
        "New meeting: Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 59 (AMM-59)"]
    assert "start: 2026-10-26" in second.entries[0].summary
    assert second.entries[0].link.endswith("/meetings/asean-summit%2349")
    assert len({e.id for e in second.entries}) == 2

    assert [e.title for e in read_feed(web, "/feeds/series/amm.atom").entries] == [second.entries[1].title]
    assert len(read_feed(web, "/feeds/country/ph.atom").entries) == 2
    assert read_feed(web, "/feeds/country/LA.atom").entries == []
    person = read_feed(web, "/feeds/person/pham-minh-chinh.atom")
    assert [e.title for e in person.entries] == [second.entries[0].title]


def test_a_changed_meeting_is_listed_with_the_facts_that_changed(server, backend_store, client):
    store = backend_store
    server.route("/rss.xml", rss_reply(server.base, [(ARF, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(ARF, "arf-manila.html")
    fetch_all(store, [source(server, feeds=["/rss.xml"])], client)
    # A correction is one way a meeting's facts change between two fetches.
    store.add_correction("meeting", "arf#33", "city", "Cebu", author="editor")
    from summitgraph import kb
    kb.rebuild(store)

    assert record_changes(store) == 1
    latest = recent_changes(store, limit=1)[0]

    assert latest.kind == "changed" and latest.changes == {"city": ["Manila", "Cebu"]}
    parsed = feedparser.parse(atom_feed([latest], title="t", feed_path="/feeds/meetings.atom",
                                        base_url="http://testserver/"))
    assert parsed.entries[0].title.startswith("Meeting changed: ")
    assert parsed.entries[0].summary == "city: Manila -> Cebu"
    assert record_changes(store) == 0        # nothing changed since


def test_diff_lists_only_what_differs():
    before = {"city": "Manila", "country": "PH", "people": ["A"], "_people_keys": ["a"]}
    after = {"city": "Cebu", "country": "PH", "people": ["A", "B"], "_people_keys": ["a", "b"]}
    assert diff(before, after) == {"city": ["Manila", "Cebu"], "people": [["A"], ["A", "B"]]}
    assert diff(None, {"city": None, "country": "PH", "people": []}) == {"country": [None, "PH"]}


def test_an_empty_feed_is_still_valid_atom():
    parsed = feedparser.parse(atom_feed([], title="t", feed_path="/feeds/meetings.atom", base_url="http://x/"))
    assert not parsed.bozo and parsed.version == "atom10" and parsed.entries == []


def test_feed_text_with_markup_and_control_characters_stays_well_formed():
    change = Change(1, "amm#1", "2026-07-08T00:00:00+00:00", "new", "<script>alert(1)</script> & co", "amm",
                    "PH", [], {"name": [None, "<b>x</b> & y"]})
    parsed = feedparser.parse(atom_feed([change], title="t", feed_path="/f", base_url="http://x/"))
    assert not parsed.bozo
    assert parsed.entries[0].title == "New meeting: <script>alert(1)</script> & co"


def test_the_sources_page_and_api_show_last_fetch_counts_and_error(server, backend_store, client):
    store = backend_store
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     ("/het-han.html", ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.route("/broken.rss", Reply(500, b"down"))
    fetch_all(store, [source(server, feeds=["/rss.xml"], name="baoquocte"),
                      source(server, feeds=["/broken.rss"], name="vietnamplus")], client, rebuild=False)
    web = TestClient(create_app(store))

    page = web.get("/sources?lang=en")
    assert page.status_code == 200
    html = page.text
    assert 'href="/sources" aria-current="page"' in html
    row = html[html.index('id="source-baoquocte"'):]
    row = row[:row.index("</tr>")]
    assert "<td>2</td>" in row and "<td>1</td>" in row        # items seen, articles stored
    broken = html[html.index('id="source-vietnamplus"'):]
    assert "HTTP 500 after 3 attempts" in broken[:broken.index("</tr>")]

    listed = {s["name"]: s for s in web.get("/api/sources").json()}
    assert listed["baoquocte"]["items_seen"] == 2 and listed["baoquocte"]["articles_stored"] == 1
    assert listed["baoquocte"]["last_fetch"] and listed["baoquocte"]["last_error"] is None
    assert "HTTP 500" in listed["vietnamplus"]["last_error"]
    assert state.source_statuses(store, ["never-fetched"])[0].last_fetch is None
