"""`fetch` against a fixture server: what is stored, what is skipped and why, and what was asked of the server."""
from __future__ import annotations

import threading

from summitgraph.monitor import fetch_all, state
from summitgraph.monitor.canonical import canonical_url
from summitgraph.monitor.fetch import NO_KEYWORD
from summitgraph.monitor.sources_file import Source

from .conftest import DELAY
from .server import Reply, fixture_bytes, rss_reply

AMM = "/thoi-su/khai-mac-amm-59-tai-manila-301.html"
SUMMIT = "/thu-tuong-toi-manila-du-hoi-nghi-cap-cao-asean-49-4901.html"
ARF = "/chinh-tri/dien-dan-khu-vuc-asean-lan-thu-33-401.vnp"
ASEAN_TITLE = "Hội nghị Bộ trưởng Ngoại giao ASEAN bàn về kết nối khu vực"
ASEAN_SUMMARY = "Các Bộ trưởng Ngoại giao ASEAN đã họp."


def source(server, *, feeds=(), sitemaps=(), urls=(), name="fixture") -> Source:
    return Source(name, tuple(server.url(p) for p in feeds), tuple(server.url(p) for p in sitemaps),
                  tuple(server.url(p) for p in urls), delay=DELAY)


def item_state(store, server, path: str) -> tuple[str, str | None]:
    row = state.item(store, canonical_url(server.url(path)))
    assert row is not None, f"{path} was never discovered"
    return row["state"], row["reason"]


def test_rss_item_is_stored_with_its_url_and_raw_page_and_an_unchanged_feed_costs_one_304(server, backend_store,
                                                                                         client):
    store = backend_store
    server.route("/rss/thoi-su.rss", Reply(200, fixture_bytes("rss-baoquocte.xml", server.base),
                                           (("Content-Type", "application/rss+xml"),), etag='"feed-v1"'))
    server.page(AMM, "amm-manila.html")
    sources = [source(server, feeds=["/rss/thoi-su.rss"])]

    first = fetch_all(store, sources, client, rebuild=False)

    assert first.sources[0].stored == 1 and first.sources[0].errors == []
    key = canonical_url(server.url(AMM))   # the tracking parameters of the feed's link are gone
    stored = store.get_article(key)
    assert stored.article.source == server.url(AMM) + "?utm_source=rss&utm_medium=feed"
    assert stored.article.published == "2026-07-08"
    assert {f.record["series"] for f in store.facts("meeting", article=key)} == {"amm"}
    page = state.pages(store, key)[0]
    assert page["status"] == 200 and "<h1" in page["html"] and page["fetched_at"]
    assert page["last_modified"] == "Wed, 08 Jul 2026 03:00:00 GMT" and page["http_date"]
    assert item_state(store, server, "/the-thao/bong-da-nu-302.html") == ("skipped", NO_KEYWORD)
    assert "/the-thao/bong-da-nu-302.html" not in server.paths()
    ua = server.requests("/rss/thoi-su.rss")[0].headers["user-agent"]
    assert ua.startswith("summitgraph/")

    before = len(server.requests())
    second = fetch_all(store, sources, client, rebuild=False)

    asked = server.requests()[before:]
    assert [entry.path for entry in asked] == ["/rss/thoi-su.rss"]   # robots.txt is read once per run's client
    assert asked[0].headers["if-none-match"] == '"feed-v1"'
    assert second.sources[0].feeds_unchanged == 1 and second.sources[0].stored == 0
    assert store.stats()["articles"] == 1


def test_atom_feed_and_news_sitemap_through_an_index(server, store, client):
    server.route("/rss/chinh-tri.atom", Reply(200, fixture_bytes("atom-vietnamplus.xml", server.base),
                                              (("Content-Type", "application/atom+xml"),)))
    server.route("/sitemap.xml", Reply(200, fixture_bytes("sitemap-index.xml", server.base),
                                       (("Content-Type", "application/xml"),), etag='"index-1"'))
    server.route("/sitemaps/news-1.xml", Reply(200, fixture_bytes("sitemap-news-vnexpress.xml", server.base),
                                               (("Content-Type", "application/xml"),)))
    server.page(ARF, "arf-manila.html")
    server.page(SUMMIT, "summit-manila.html")

    report = fetch_all(store, [source(server, feeds=["/rss/chinh-tri.atom"], sitemaps=["/sitemap.xml"])], client,
                       rebuild=False)

    assert report.sources[0].stored == 2, report.sources[0].line()
    assert item_state(store, server, ARF)[0] == "stored"
    summit = state.item(store, canonical_url(server.url(SUMMIT)))
    assert summit["state"] == "stored" and summit["published"] == "2026-10-26T07:15:00+07:00"
    assert summit["title"] == "Thủ tướng tới Manila dự Hội nghị Cấp cao ASEAN lần thứ 49"
    assert item_state(store, server, "/gia-vang-hom-nay-4902.html") == ("skipped", NO_KEYWORD)
    assert "/gia-vang-hom-nay-4902.html" not in server.paths()

    # The index is unchanged (304) while its news sitemap gained a story: the story is still found.
    news = fixture_bytes("sitemap-news-vnexpress.xml", server.base).replace(
        b"/gia-vang-hom-nay-4902.html", AMM.encode()).replace("Giá vàng hôm nay".encode(), b"ASEAN")
    server.route("/sitemaps/news-1.xml", Reply(200, news, (("Content-Type", "application/xml"),)))
    server.page(AMM, "amm-manila.html")
    again = fetch_all(store, [source(server, feeds=["/rss/chinh-tri.atom"], sitemaps=["/sitemap.xml"])], client,
                      rebuild=False)
    assert server.requests("/sitemap.xml")[-1].headers["if-none-match"] == '"index-1"'
    assert again.sources[0].feeds_unchanged == 1 and again.sources[0].stored == 1
    assert item_state(store, server, AMM) == ("stored", None)


def test_the_same_story_under_two_urls_is_stored_once(server, store, client):
    copy = "/ban-in/khai-mac-amm-59-301-print.html"
    server.route("/rss.xml", rss_reply(server.base, [
        (AMM, ASEAN_TITLE, ASEAN_SUMMARY),
        (AMM + "?utm_source=zalo&utm_campaign=share", ASEAN_TITLE, ASEAN_SUMMARY),   # same page, other link
        (copy, ASEAN_TITLE, ASEAN_SUMMARY),                                          # same story, other page
    ]))
    server.page(AMM, "amm-manila.html")
    server.page(copy, "amm-manila.html")

    report = fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert report.sources[0].new_items == 2      # the two links of one page are one item
    assert store.stats()["articles"] == 1
    kind, reason = item_state(store, server, copy)
    assert kind == "skipped" and reason == f"same story as {canonical_url(server.url(AMM))}"
    assert server.paths().count(AMM) == 1


def test_429_with_retry_after_is_waited_out(server, store, client):
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(AMM, Reply(429, b"slow down", (("Retry-After", "1"),)),
                 Reply(200, fixture_bytes("amm-manila.html", server.base), (("Content-Type", "text/html"),)))

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    tries = server.requests(AMM)
    assert len(tries) == 2 and tries[1].at - tries[0].at >= 1.0
    assert item_state(store, server, AMM) == ("stored", None)


def test_a_retry_after_longer_than_allowed_leaves_the_host_and_keeps_the_item(server, store, client):
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(AMM, Reply(503, b"maintenance", (("Retry-After", "3600"),)))

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    kind, reason = item_state(store, server, AMM)
    assert kind == "failed" and "3600" in reason
    assert len(server.requests(AMM)) == 1


def test_500_then_success_is_retried_with_backoff(server, store, client):
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(AMM, Reply(500, b"oops"),
                 Reply(200, fixture_bytes("amm-manila.html", server.base), (("Content-Type", "text/html"),)))

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert len(server.requests(AMM)) == 2
    assert item_state(store, server, AMM) == ("stored", None)


def test_a_slow_page_times_out_is_retried_later_and_given_up_after_three_fetches(server, store, client):
    slow = "/thoi-su/trang-cham-303.html"
    server.route("/rss.xml", rss_reply(server.base, [(slow, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(slow, Reply(200, b"<html>late</html>", (("Content-Type", "text/html"),), delay=2.0))
    sources = [source(server, feeds=["/rss.xml"])]

    fetch_all(store, sources, client, rebuild=False)

    kind, reason = item_state(store, server, slow)
    assert kind == "failed" and reason.startswith("timed out")
    assert len(server.requests(slow)) == 3               # one try and two retries, within the fetch
    fetch_all(store, sources, client, rebuild=False)
    fetch_all(store, sources, client, rebuild=False)
    fetch_all(store, sources, client, rebuild=False)     # attempts are used up: not asked again
    assert len(server.requests(slow)) == 9
    assert state.item(store, canonical_url(server.url(slow)))["attempts"] == 3


def test_redirects_are_followed_and_a_loop_is_stopped(server, store, client):
    old, loop_a, loop_b = "/tin-cu/amm-59.html", "/vong/a.html", "/vong/b.html"
    server.route("/rss.xml", rss_reply(server.base, [(old, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (loop_a, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(old, Reply(301, b"", (("Location", AMM),)))
    server.page(AMM, "amm-manila.html")
    server.route(loop_a, Reply(302, b"", (("Location", loop_b),)))
    server.route(loop_b, Reply(302, b"", (("Location", loop_a),)))
    away = "/tai-ve/van-kien.html"
    server.route(away, Reply(302, b"", (("Location", "ftp://files.example/van-kien.pdf"),)))
    server.route("/rss.xml", rss_reply(server.base, [(old, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (loop_a, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (away, ASEAN_TITLE, ASEAN_SUMMARY)]))

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert item_state(store, server, old) == ("stored", None)
    assert state.pages(store, canonical_url(server.url(old)))[0]["url"] == server.url(AMM)
    kind, reason = item_state(store, server, loop_a)
    assert kind == "skipped" and reason.startswith("redirect loop")
    assert len(server.requests(loop_a)) == 1 and len(server.requests(loop_b)) == 1
    assert item_state(store, server, away)[1].startswith("redirected out of the web")


def test_robots_txt_disallowing_a_path_is_honoured(server, store, client):
    private = "/noi-bo/bien-ban-hop-304.html"
    server.route("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /noi-bo/\n", (("Content-Type", "text/plain"),)))
    server.route("/rss.xml", rss_reply(server.base, [(private, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(private, "amm-manila.html")
    server.page(AMM, "amm-manila.html")

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert item_state(store, server, private) == ("skipped", "disallowed by robots.txt")
    assert not [path for path in server.paths() if path.startswith("/noi-bo/")]
    assert server.paths()[0] == "/robots.txt" and server.paths().count("/robots.txt") == 1
    assert item_state(store, server, AMM) == ("stored", None)


def test_robots_txt_that_cannot_be_read_stops_every_request_to_the_host(server, store, client):
    server.route("/robots.txt", Reply(503, b"down"))
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))

    report = fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert server.paths() == ["/robots.txt"]
    assert "robots.txt unreachable" in report.sources[0].errors[0]


def test_a_page_too_large_is_not_read(server, store, client, settings):
    declared, streamed = "/thoi-su/rat-dai-305.html", "/thoi-su/rat-dai-306.html"
    big = b"<html><body><p>" + "Hội nghị ASEAN. ".encode() * 30_000 + b"</p></body></html>"
    assert len(big) > settings.max_page_bytes
    server.route("/rss.xml", rss_reply(server.base, [(declared, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (streamed, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(declared, Reply(200, big, (("Content-Type", "text/html"),)))
    server.route(streamed, Reply(200, big, (("Content-Type", "text/html"),), length=False))

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    for path in (declared, streamed):
        kind, reason = item_state(store, server, path)
        assert kind == "skipped" and reason.startswith("too large"), (path, reason)
        assert len(server.requests(path)) == 1
    assert store.stats()["articles"] == 0 and state.pages(store) == []


def test_a_feed_item_whose_page_is_gone_is_skipped_and_the_rest_stored(server, store, client):
    gone = "/thoi-su/da-go-307.html"
    server.route("/rss.xml", rss_reply(server.base, [(gone, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)
    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert item_state(store, server, gone) == ("skipped", "gone (HTTP 404)")
    assert len(server.requests(gone)) == 1           # not asked again by the second fetch
    assert item_state(store, server, AMM) == ("stored", None)


def test_requests_to_one_host_keep_the_delay_even_from_two_sources(server, store, client):
    server.route("/a.rss", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route("/b.rss", rss_reply(server.base, [(SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY),
                                                   (ARF, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.page(SUMMIT, "summit-manila.html")
    server.page(ARF, "arf-manila.html")

    fetch_all(store, [source(server, feeds=["/a.rss"], name="a"), source(server, feeds=["/b.rss"], name="b")],
              client, workers=2, rebuild=False)

    assert store.stats()["articles"] == 3
    assert len(server.requests()) == 6               # robots.txt, two feeds, three pages
    assert min(server.gaps()) >= DELAY - 0.01 and server.most_in_flight == 1


def test_a_failing_source_does_not_stop_the_others_and_its_error_is_kept(server, store, client):
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route("/broken.rss", Reply(200, b"<html>this is not a feed</html>", (("Content-Type", "text/html"),)))
    server.page(AMM, "amm-manila.html")
    dead = Source("dead", ("http://127.0.0.1:9/rss.xml",), delay=DELAY)   # nothing listens on port 9

    report = fetch_all(store, [dead, source(server, feeds=["/broken.rss"], name="broken"),
                               source(server, feeds=["/rss.xml"], name="good")], client, rebuild=False)

    by_name = {s.name: s for s in report.sources}
    assert by_name["good"].stored == 1
    statuses = {s.name: s for s in state.source_statuses(store)}
    assert "robots.txt unreachable" in statuses["dead"].last_error
    assert "not an RSS or Atom feed" in statuses["broken"].last_error
    assert statuses["good"].last_error is None and statuses["good"].articles_stored == 1


def test_a_fetch_stopped_midway_resumes_without_refetching_or_losing_items(server, backend_store, client):
    store = backend_store
    stop = threading.Event()
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (ARF, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(AMM, Reply(200, fixture_bytes("amm-manila.html", server.base), (("Content-Type", "text/html"),)),
                 on_request=stop.set)   # a stop signal arrives while the first page is being fetched
    server.page(SUMMIT, "summit-manila.html")
    server.page(ARF, "arf-manila.html")
    sources = [source(server, feeds=["/rss.xml"])]

    first = fetch_all(store, sources, client, stop=stop)

    assert first.stopped and first.stored == 1
    assert {row["state"] for row in state.items(store)} == {"stored", "pending"}
    assert len(state.items(store)) == 3

    second = fetch_all(store, sources, client)

    assert second.stored == 2
    for path in (AMM, SUMMIT, ARF):
        assert len(server.requests(path)) == 1
    assert {row["state"] for row in state.items(store)} == {"stored"}


def test_a_stop_during_a_retry_after_wait_ends_the_wait_and_keeps_the_item_pending(server, store, settings):
    from summitgraph.monitor.client import PoliteClient
    import time

    stop = threading.Event()
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.route(AMM, Reply(429, b"later", (("Retry-After", "4"),)),
                 on_request=lambda: threading.Timer(0.3, stop.set).start())
    started = time.monotonic()
    with PoliteClient(settings, stop=stop) as polite:
        report = fetch_all(store, [source(server, feeds=["/rss.xml"])], polite)

    assert time.monotonic() - started < 3.0 and report.stopped
    assert len(server.requests(AMM)) == 1
    row = state.item(store, canonical_url(server.url(AMM)))
    assert row["state"] == "pending" and row["attempts"] == 0


def test_a_page_that_trickles_past_the_whole_response_limit_is_given_up(server, store):
    from summitgraph.monitor.client import FetchError, PoliteClient, Settings
    import pytest

    trickle = "/thoi-su/nho-giot-308.html"
    body = ("<html><body>" + "<p>Hội nghị ASEAN.</p>" * 2000 + "</body></html>").encode()
    server.route(trickle, Reply(200, body, (("Content-Type", "text/html"),), trickle=0.05))
    slow_but_steady = Settings(delay=DELAY, timeout=1.0, retries=0, max_seconds=0.5)
    with PoliteClient(slow_but_steady) as polite, pytest.raises(FetchError, match="timed out"):
        polite.get(server.url(trickle), limit=1_000_000)


def test_a_crawl_delay_in_robots_txt_slows_requests_down(server, store, client):
    server.route("/robots.txt", Reply(200, b"User-agent: summitgraph\nCrawl-delay: 0.6\nDisallow:\n",
                                      (("Content-Type", "text/plain"),)))
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.page(SUMMIT, "summit-manila.html")

    fetch_all(store, [source(server, feeds=["/rss.xml"])], client, rebuild=False)

    assert server.paths() == ["/robots.txt", "/rss.xml", AMM, SUMMIT]
    assert min(server.gaps()) >= 0.6 - 0.01          # from robots.txt on, every gap is the crawl delay


def test_a_new_run_of_the_same_client_keeps_each_hosts_pacing_and_reads_robots_again(server, client):
    # watch's cycles share one client: the first request of a cycle keeps its distance from the last of the
    # cycle before, and a robots.txt changed between cycles is obeyed.
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, "ASEAN")]))
    client.get(server.url("/rss.xml"), limit=100_000)
    client.begin_run()
    client.get(server.url("/rss.xml"), limit=100_000)
    assert min(server.gaps()) >= DELAY - 0.01
    assert len(server.requests("/robots.txt")) == 2
