"""RSS and Atom feeds: each item an article, the whole one when the feed carries it, else its lead; a bad
item or a file that is no feed is one line naming it."""
import time
from pathlib import Path

import pytest

from summitgraph.errors import InputError
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.feed import feed_items
from summitgraph.ingest.sources import read_bytes, read_path

FULL = ("<p>Sáng 21/8 tại Semarang, Indonesia, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 đã khai mạc dưới sự "
        "chủ trì của Bộ trưởng Thương mại nước chủ nhà.</p><p>Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên dẫn đầu "
        "đoàn Việt Nam tham dự hội nghị, nơi các bộ trưởng dự kiến thông qua nhiều văn kiện về kinh tế số.</p>")
LEAD = "Chiều 22/8 tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone."

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Báo Mẫu</title>
<item><title>Hội nghị AEM lần thứ 55 khai mạc</title><link>https://bao.example.vn/a/1.html</link>
<guid>https://bao.example.vn/a/1.html</guid><pubDate>Mon, 21 Aug 2023 09:00:00 +0700</pubDate>
<description><![CDATA[<img src="x.jpg">Hội nghị AEM lần thứ 55 khai mạc.]]></description>
<content:encoded><![CDATA[{FULL}]]></content:encoded></item>
<item><title>Thủ tướng hội đàm với Thủ tướng Lào</title><link>https://bao.example.vn/a/2.html</link>
<pubDate>Tue, 22 Aug 2023 15:30:00 +0700</pubDate><description>{LEAD}</description></item>
<item><title>Ảnh trong ngày</title></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Mẫu</title>
<entry><title>AEM 55</title><id>tag:bao.example.vn,2023:1</id><link rel="alternate" href="https://bao.example.vn/1"/>
<published>2023-08-21T09:00:00+07:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{FULL}</div></content></entry>
<entry><title>Hội đàm</title><id>tag:bao.example.vn,2023:2</id><updated>2023-08-22T15:30:00+07:00</updated>
<summary>{LEAD}</summary></entry></feed>"""

RDF = f"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Báo Mẫu</title></channel>
<item><title>Hội đàm</title><link>https://bao.example.vn/2</link><dc:date>2023-08-22</dc:date>
<description>{LEAD}</description></item></rdf:RDF>"""


def _articles_and_errors(data: str, name: str):
    errors: list[InputError] = []
    return read_bytes(data.encode(), name, errors=errors), errors


def test_an_rss_item_with_its_whole_article_and_one_with_its_lead():
    articles, errors = _articles_and_errors(RSS, "tin.rss")
    first, second = articles
    assert first.id == "https://bao.example.vn/a/1.html" and first.fmt == "feed"
    assert (first.published, first.published_time) == ("2023-08-21", "09:00")
    assert "Nguyễn Hồng Diên dẫn đầu" in first.text and first.source == "tin.rss:1"
    assert second.title == "Thủ tướng hội đàm với Thủ tướng Lào" and "Sonexay Siphandone" in second.text
    assert [e.one_line() for e in errors] == ["tin.rss:3: feed item without content or description"]


def test_the_items_read_as_articles_do():
    first = read_bytes(RSS.encode(), "tin.rss", errors=[])[0]
    meetings = read_article(first).meetings
    assert any(m.series == "aem" and m.ordinal == 55 for m in meetings)


@pytest.mark.parametrize("feed, name", [(ATOM, "tin.atom"), (RDF, "tin.xml")])
def test_atom_and_rss_1_feeds(feed, name):
    articles, errors = _articles_and_errors(feed, name)
    assert errors == []
    assert articles[-1].published == "2023-08-22" and "Sonexay Siphandone" in articles[-1].text
    if name == "tin.atom":
        assert articles[0].id == "tag:bao.example.vn,2023:1" and articles[0].url == "https://bao.example.vn/1"
        lines = articles[0].text.split("\n")   # xhtml content: its paragraphs stay lines
        assert "Semarang" in lines[1] and lines[2].startswith("Bộ trưởng Bộ Công Thương")


def test_an_xml_file_that_is_no_feed_is_named_with_its_root():
    with pytest.raises(InputError, match=r"sitemap.xml: not an RSS or Atom feed \(the root element is <urlset>\)"):
        list(feed_items("<urlset><url><loc>https://bao.example.vn</loc></url></urlset>", "sitemap.xml"))


def test_a_broken_feed_is_read_as_far_as_it_goes():
    broken = f"<rss><channel><item><title>Hội đàm</title><description>{LEAD}</description></item><item><title>x"
    articles, errors = _articles_and_errors(broken, "hong.rss")
    assert "Sonexay Siphandone" in articles[0].text
    assert [e.one_line() for e in errors] == ["hong.rss:2: feed item without content or description"]


def test_entities_are_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
            + f']><rss><channel><item><title>&i;</title><description>&i; {LEAD}</description></item></channel></rss>')
    start = time.process_time()
    articles, _ = _articles_and_errors(bomb, "bom.rss")
    assert time.process_time() - start < 5
    assert all("aaaaaaaaaaaaaaaaaaaa" not in a.text for a in articles)


def test_a_folder_mixing_a_feed_and_a_text_file(tmp_path: Path):
    (tmp_path / "tin.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "bai.txt").write_text("Hội đàm Việt Nam - Lào\n\n" + LEAD, encoding="utf-8")
    items = list(read_path(tmp_path))
    good = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert sorted(a.fmt for a in good) == ["feed", "feed", "txt"]
    assert len(bad) == 1 and bad[0].source.endswith("tin.rss:3")
