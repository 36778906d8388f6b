"""JSONL written by other tools (news-please, scrapers, dataset dumps) reads without renaming its fields."""
import json

import pytest

from summitgraph.errors import InputError
from summitgraph.ingest.meta import parse_date
from summitgraph.ingest.sources import jsonl_line_article

BODY = ("Chiều 9/5 tại Gia-các-ta, Bộ trưởng Kinh tế các nước ASEAN đã họp trực tuyến với Bộ trưởng Thương mại "
        "Australia để rà soát việc nâng cấp Hiệp định Thương mại tự do ASEAN - Australia - New Zealand.")


def _read(record: dict) -> object:
    return jsonl_line_article(json.dumps(record, ensure_ascii=False), "dump.jsonl:1", fallback_id="dump.jsonl:1")


def test_a_news_please_record_reads_its_text_date_and_link():
    article = _read({"maintext": BODY, "headline": "Họp Bộ trưởng Kinh tế ASEAN - Australia",
                     "date_publish": "2023-05-09 18:40:00", "link": "https://tin.example.vn/a/9"})
    assert "Gia-các-ta" in article.text
    assert article.title == "Họp Bộ trưởng Kinh tế ASEAN - Australia"
    assert (article.published, article.published_time) == ("2023-05-09", "18:40")
    assert article.url == "https://tin.example.vn/a/9"


def test_an_rss_style_record_with_pubdate_and_html_content():
    article = _read({"guid": 77, "title": "Họp trực tuyến", "pubDate": "Tue, 09 May 2023 18:40:00 +0700",
                     "content_html": f"<html><body><article><p>{BODY}</p></article></body></html>"})
    assert article.id == "77"
    assert article.published == "2023-05-09"
    assert "Hiệp định Thương mại tự do" in article.text


def test_our_own_names_come_first_and_an_empty_one_falls_through():
    article = _read({"text": "", "content": BODY, "title": "Tên riêng", "headline": "Tên khác"})
    assert "Gia-các-ta" in article.text and article.title == "Tên riêng"


def test_a_wrong_type_under_another_name_is_named_in_the_error():
    with pytest.raises(InputError, match='dump.jsonl:1: field "body" should be a string, got dict'):
        _read({"body": {"vi": BODY}})


@pytest.mark.parametrize("value, parsed", [
    ("Tue, 09 May 2023 18:40:00 +0700", ("2023-05-09", "18:40")),
    ("9 May 2023 06:05 GMT", ("2023-05-09", "06:05")),
    ("Wed, 30 Feb 2023 10:00:00 +0700", (None, None)),
])
def test_rss_dates(value, parsed):
    assert parse_date(value) == parsed


def test_an_item_with_only_its_summary_is_read_from_it_and_a_body_wins_over_it():
    lead_only = _read({"guid": "r9", "title": "Họp trực tuyến", "description": BODY})
    assert "Gia-các-ta" in lead_only.text
    both = _read({"guid": "r9", "description": "Tóm tắt ngắn.", "body": BODY})
    assert "Gia-các-ta" in both.text and "Tóm tắt" not in both.text
