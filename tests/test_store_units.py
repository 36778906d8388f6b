"""Pure parts of the store: URLs, (de)serialisers, the search fold. No database needed."""
from __future__ import annotations

import json

import pytest

from summitgraph.errors import ConfigError
from summitgraph.model import (
    Article,
    ChairRecord,
    DocumentRecord,
    Evidence,
    MeetingRecord,
    OffsetMap,
    PersonRecord,
    Reading,
    Segment,
    Span,
)
from summitgraph.store.fold import fold, like_pattern, query_tokens
from summitgraph.store.postgres import redact, to_pyformat
from summitgraph.store.serialize import (
    article_from_dict,
    article_to_dict,
    content_hash,
    evidence_from_dict,
    reading_from_gold,
    reading_to_gold,
    record_from_dict,
    record_to_dict,
)
from summitgraph.store.url import DEFAULT_URL, PostgresTarget, SqliteTarget, parse_url, resolve_url

# --- URLs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url, path", [
    ("sqlite:///summitgraph.db", "summitgraph.db"),
    ("sqlite:///data/kho.db", "data/kho.db"),
    ("sqlite:////tmp/kho.db", "/tmp/kho.db"),
    ("sqlite:///:memory:", ":memory:"),
    ("SQLITE:///x.db", "x.db"),
])
def test_sqlite_urls_name_a_relative_or_absolute_path(url, path):
    assert parse_url(url) == SqliteTarget(path)


def test_postgres_urls_keep_the_conninfo_and_take_out_the_schema():
    assert parse_url("postgresql://sg@127.0.0.1:54329/summitgraph") == \
        PostgresTarget("postgresql://sg@127.0.0.1:54329/summitgraph", None)
    assert parse_url("postgres://sg:pw@db/kho?schema=thu_nghiem&sslmode=disable") == \
        PostgresTarget("postgres://sg:pw@db/kho?sslmode=disable", "thu_nghiem")
    # No host: libpq's default, the local socket.
    assert parse_url("postgresql:///kho") == PostgresTarget("postgresql:///kho", None)


@pytest.mark.parametrize("url, problem", [
    ("summitgraph.db", "no scheme"),
    ("mysql://localhost/kho", "unsupported scheme"),
    ("sqlite://kho.db", "three slashes"),
    ("sqlite:///", "three slashes"),
    ("sqlite:///kho.db?mode=ro", "no query parameters"),
    ("postgresql://localhost:abc/kho", "port is not a number"),
    ("postgresql://localhost:5432/", "no database name"),
    ("postgresql://h/kho?schema=a;DROP", "not a plain identifier"),
])
def test_malformed_urls_raise_config_error_with_a_hint(url, problem):
    with pytest.raises(ConfigError, match=problem) as bad:
        parse_url(url)
    assert bad.value.hint


def test_url_falls_back_to_the_environment_then_the_default(monkeypatch):
    monkeypatch.delenv("SUMMITGRAPH_DB", raising=False)
    assert resolve_url(None) == DEFAULT_URL == "sqlite:///summitgraph.db"
    monkeypatch.setenv("SUMMITGRAPH_DB", "sqlite:///tu-bien-moi-truong.db")
    assert resolve_url(None) == "sqlite:///tu-bien-moi-truong.db"
    assert resolve_url("sqlite:///ro-rang.db") == "sqlite:///ro-rang.db"


def test_messages_never_show_the_password():
    assert redact("postgresql://sg:bi-mat@db:5432/kho") == "postgresql://sg:***@db:5432/kho"
    assert redact("postgresql://sg@db/kho") == "postgresql://sg@db/kho"


def test_placeholders_become_pyformat_and_percent_signs_stay_literal():
    assert to_pyformat("SELECT '100%' WHERE a = ? AND b LIKE ?") == "SELECT '100%%' WHERE a = %s AND b LIKE %s"


# --- folding ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, folded", [
    ("Hội nghị Cấp cao", "hoi nghi cap cao"),
    ("Đà Nẵng", "da nang"),
    ("ĐỖ HÙNG VIỆT", "do hung viet"),
    ("Thượng đỉnh", "thuong dinh"),
    ("ASEAN-Nhật Bản", "asean-nhat ban"),
])
def test_fold_lowers_strips_marks_and_maps_d_bar(raw, folded):
    assert fold(raw) == folded


def test_fold_handles_decomposed_input():
    assert fold("Ho\u0302\u0323i ngh\u0323i") == "hoi nghi"  # combining marks typed separately


def test_query_tokens_drop_runs_of_underscores_but_keep_words_joined_by_them():
    assert query_tokens("__ hội_nghị _ cấp__cao ___") == ["hoi_nghi", "cap__cao"]


def test_query_tokens_keep_words_and_drop_syntax():
    assert query_tokens('"Hội nghị" AND (cấp*) OR -cao; DROP--') == ["hoi", "nghi", "and", "cap", "or", "cao", "drop"]
    assert query_tokens("___ ... \\ \x00") == []


def test_like_pattern_escapes_wildcards():
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


# --- serialisation ----------------------------------------------------------------------------------

TEXT = "Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN\n\nNha Trang, 16/1 - Bộ trưởng Phạm Bình Minh chủ trì hội nghị."


def an_article() -> Article:
    return Article(id="amm-r.txt", source="/du-lieu/amm-r.txt", text=TEXT, original="  " + TEXT,
                   offsets=OffsetMap((Segment(0, 2, len(TEXT)),)), title=TEXT.split("\n")[0],
                   published="2020-01-16", published_time="14:27", author="Phóng viên", outlet="Báo Thử",
                   url="https://vi.example/amm-r", fmt="html", quality=["short"], removed=[Span(0, 2)])


def test_article_round_trips_through_a_dict_and_json():
    article = an_article()
    data = json.loads(json.dumps(article_to_dict(article)))
    assert article_from_dict(data) == article


def test_content_hash_follows_content_not_location():
    article = an_article()
    moved = article_from_dict({**article_to_dict(article), "source": "/noi-khac/amm-r.txt"})
    edited = article_from_dict({**article_to_dict(article), "text": TEXT + " Hết."})
    retitled = article_from_dict({**article_to_dict(article), "title": "Tiêu đề khác"})
    assert content_hash(moved) == content_hash(article)
    assert len({content_hash(article), content_hash(edited), content_hash(retitled)}) == 3


def test_records_become_gold_dicts_in_gold_field_order():
    evidence = Evidence([Span(44, 53)], "rules", "0.3", 0.7)
    meeting = MeetingRecord(series="amm-retreat", name="Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN", city="Nha Trang",
                            country="VN", start="2020-01-16", end="2020-01-16", status="held", evidence=evidence)
    data = record_to_dict(meeting)
    assert list(data) == ["series", "ordinal", "partner", "parties", "name", "start", "end", "city", "country",
                          "format", "chair", "status", "prepares"]
    assert record_from_dict("meeting", data, evidence) == meeting
    with_evidence = record_to_dict(meeting, evidence=True)
    assert with_evidence["evidence"] == {"spans": [[44, 53]], "extractor": "rules", "version": "0.3",
                                         "confidence": 0.7}
    assert record_from_dict("meeting", json.loads(json.dumps(with_evidence))) == meeting
    assert evidence_from_dict(with_evidence["evidence"]) == evidence


def test_record_lists_are_copied_not_shared():
    person = PersonRecord(name="Phạm Bình Minh", titles=["Bộ trưởng"], country="VN")
    data = record_to_dict(person)
    data["titles"].append("Phó Thủ tướng")
    assert person.titles == ["Bộ trưởng"]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown record kind"):
        record_from_dict("treaty", {"name": "x"})


def test_reading_round_trips_through_the_gold_format():
    article = an_article()
    reading = Reading(
        article=article, published="2020-01-16",
        meetings=[MeetingRecord(series="amm-retreat", name="Hội nghị hẹp", city="Nha Trang", country="VN")],
        people=[PersonRecord(name="Phạm Bình Minh", titles=["Bộ trưởng"], country="VN")],
        documents=[DocumentRecord(name="Hiến chương ASEAN")],
        chairmanships=[ChairRecord(country="VN", year=2020, theme="Gắn kết và chủ động thích ứng")],
    )
    gold = reading_to_gold(reading)
    assert set(gold) == {"file", "published", "meetings", "people", "documents", "chairmanships"}
    assert gold["file"] == "amm-r.txt"
    assert reading_from_gold(article, json.loads(json.dumps(gold))) == reading


@pytest.mark.shared
def test_every_dev_gold_file_round_trips(shared_dir):
    article = an_article()
    files = sorted((shared_dir / "gold" / "dev").glob("*.json"))
    assert files
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        again = reading_to_gold(reading_from_gold(article, gold))
        assert {**again, "file": gold["file"]} == gold, path.name
