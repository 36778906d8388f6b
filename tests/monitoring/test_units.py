"""The monitor's small parts: keyword filter, canonical URLs, durations, Retry-After, feed and sitemap parsing."""
from __future__ import annotations

import pytest

from summitgraph.errors import ConfigError
from summitgraph.monitor.canonical import canonical_url
from summitgraph.monitor.client import Fetched, PoliteClient, user_agent
from summitgraph.monitor.discover import NotAListing, parse_feed, parse_sitemap
from summitgraph.monitor.keywords import KeywordFilter, keyword_filter
from summitgraph.monitor.watch import parse_every

from .server import fixture_bytes


def test_default_keywords_match_diplomacy_and_keep_diacritics_apart():
    wanted = keyword_filter(())
    assert wanted.matches("Thủ tướng hội đàm với Thủ tướng Lào")
    assert wanted.matches("Chủ tịch nước thăm chính thức Indonesia")
    assert wanted.matches("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN")     # a registry series label
    assert not wanted.matches("Hàng nghìn người tham gia lễ hội hoa")         # "tham" is not "thăm"
    assert not wanted.matches("Giá vàng hôm nay tăng mạnh")
    assert wanted.matches(None, "")                                           # a bare URL: nothing to judge


def test_keywords_are_whole_words():
    wanted = KeywordFilter(["ARF"])
    assert wanted.matches("Khai mạc ARF lần thứ 33")
    assert not wanted.matches("Giải golf SCARFACE mở rộng")


def test_canonical_url_drops_tracking_and_fragments():
    one = canonical_url("HTTPS://Baoquocte.VN:443/thoi-su/amm-59-301.html?utm_source=rss&utm_medium=feed#top")
    two = canonical_url("https://baoquocte.vn/thoi-su/amm-59-301.html")
    assert one == two == "https://baoquocte.vn/thoi-su/amm-59-301.html"
    assert canonical_url("https://vnexpress.net/the-gioi/") == "https://vnexpress.net/the-gioi"
    assert canonical_url("https://x.vn/a?id=2&p=1") == canonical_url("https://x.vn/a?p=1&id=2")


@pytest.mark.parametrize("text, seconds", [("15m", 900), ("1h", 3600), ("90s", 90), ("120", 120)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


def test_parse_every_refuses_nonsense_and_too_often():
    with pytest.raises(ConfigError, match="duration"):
        parse_every("soon")
    with pytest.raises(ConfigError, match="at least 60 s"):
        parse_every("10s")


def test_retry_after_as_seconds_or_http_date():
    client = PoliteClient()
    try:
        def reply(value):
            return Fetched("http://x/", 429, {"retry-after": value}, b"", "")
        assert client._retry_after(reply("7")) == 7.0
        assert client._retry_after(reply("Wed, 21 Oct 2015 07:28:00 GMT")) == 0.0   # in the past: no wait
        assert client._retry_after(reply("soon")) is None
    finally:
        client.close()


def test_user_agent_names_summitgraph_and_its_version():
    from summitgraph.ingest import package_version
    assert user_agent().startswith(f"summitgraph/{package_version()} ")


def test_rss_items_keep_title_summary_and_vietnam_date():
    listing = parse_feed(fixture_bytes("rss-baoquocte.xml", "http://h"), "http://h/rss")
    first = listing.items[0]
    assert first.url.startswith("http://h/thoi-su/khai-mac-amm-59-tai-manila-301.html?utm_source=rss")
    assert first.title == "Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 59 tại Manila"
    assert first.published == "2026-07-08T09:30:00+07:00"        # 02:30 GMT is 09:30 in Hà Nội


def test_sitemap_index_and_bad_xml():
    index = parse_sitemap(fixture_bytes("sitemap-index.xml", "http://h"))
    assert index.sitemaps == ["http://h/sitemaps/news-1.xml"] and index.items == []
    with pytest.raises(NotAListing):
        parse_sitemap(b"<html><body>not a sitemap</body></html>")
    with pytest.raises(NotAListing):
        parse_sitemap(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;&a;</urlset')
    with pytest.raises(NotAListing):
        parse_feed(b"<html><body>no feed</body></html>", "http://h/")


def test_a_feeds_relative_links_resolve_against_where_it_was_fetched():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Tin</title>'
            b"<link>/thoi-su/tin-1.html</link></item></channel></rss>")
    assert parse_feed(feed, "http://h/rss").items[0].url == "http://h/thoi-su/tin-1.html"
