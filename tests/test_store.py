"""The store, run against every backend: SQLite always, PostgreSQL when SUMMITGRAPH_TEST_PG names a server
(`eval "$(scripts/postgres.sh start)"`). Every PostgreSQL test gets its own schema, dropped afterwards."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from summitgraph.errors import ConfigError, NotFoundError, StoreError
from summitgraph.model import (
    Article,
    ChairRecord,
    DocumentRecord,
    Evidence,
    MeetingRecord,
    OffsetMap,
    PersonRecord,
    Reading,
    Span,
)
from summitgraph.store import LATEST_VERSION, content_hash, open_backend, open_store
from summitgraph.store import facts as facts_module


# --- articles written for these tests --------------------------------------------------------------

SUMMIT_TITLE = "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37"
SUMMIT_BODY = ("Sáng 12/11/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc, Chủ tịch ASEAN 2020, chủ trì "
               "Hội nghị Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến. Các nhà lãnh đạo dự kiến "
               "thông qua Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025.")
DANANG_TITLE = "Đà Nẵng đón các trưởng đoàn SOM ASEAN"
DANANG_BODY = ("Chiều 3/3, Thứ trưởng Ngoại giao Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam, đón các trưởng "
               "đoàn dự cuộc họp SOM ASEAN tại Đà Nẵng, chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN.")
TALKS_TITLE = "Hội đàm giữa hai Bộ trưởng Ngoại giao Việt Nam và Campuchia"
TALKS_BODY = ("Ngày 20/6, tại Phnom Penh, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Phó Thủ tướng, "
              "Bộ trưởng Ngoại giao Campuchia Prak Sokhonn về hợp tác song phương 100% minh bạch.")


def make_article(key: str, title: str, body: str, **meta: object) -> Article:
    text = f"{title}\n\n{body}"
    return Article(id=key, source=f"bai-viet/{key}", text=text, original=text,
                   offsets=OffsetMap.identity(len(text)), title=title, **meta)


def span_of(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(start, start + len(phrase))


def evidence(article: Article, *phrases: str, confidence: float = 0.8) -> Evidence:
    return Evidence(spans=[span_of(article, p) for p in phrases], extractor="rules", version="0.3",
                    confidence=confidence)


def summit_reading(article: Article) -> Reading:
    return Reading(
        article=article,
        meetings=[
            MeetingRecord(series="asean-summit", name="Hội nghị Cấp cao ASEAN lần thứ 37", ordinal=37,
                          start="2020-11-12", end="2020-11-12", city="Hanoi", country="VN", format="online",
                          chair="VN", status="held",
                          evidence=evidence(article, "Hội nghị Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến",
                                            "Sáng 12/11/2020, tại Hà Nội", confidence=0.9)),
            MeetingRecord(series="bilateral-talks", name="hội đàm", parties=["KH", "VN"], prepares=0,
                          evidence=None),
        ],
        people=[PersonRecord(name="Nguyễn Xuân Phúc", titles=["Thủ tướng", "Chủ tịch ASEAN 2020"], country="VN",
                             evidence=evidence(article, "Nguyễn Xuân Phúc"))],
        documents=[DocumentRecord(name="Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025",
                                  status="to_be_adopted",
                                  evidence=evidence(article, "Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025"))],
        chairmanships=[ChairRecord(country="VN", year=2020, evidence=evidence(article, "Chủ tịch ASEAN 2020"))],
        published="2020-11-12",
    )


# --- one fixture, two backends ----------------------------------------------------------------------



@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


@pytest.fixture
def summit() -> Article:
    return make_article("hnch-37.txt", SUMMIT_TITLE, SUMMIT_BODY, published="2020-11-12", outlet="Báo Thử")


def table_counts(url: str) -> dict[str, int]:
    backend = open_backend(url)
    try:
        return {table: int(backend.scalar(query)) for table, query in (
            ("articles", "SELECT COUNT(*) AS n FROM articles"),
            ("facts", "SELECT COUNT(*) AS n FROM facts"),
        )}
    finally:
        backend.close()


# --- migrations ---------------------------------------------------------------------------------------

def test_opening_an_empty_database_migrates_it_and_reopening_changes_nothing(store_url, summit):
    with open_store(store_url) as store:
        assert store.stats()["schema_version"] == LATEST_VERSION
        store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    with open_store(store_url) as store:
        stats = store.stats()
        assert stats["schema_version"] == LATEST_VERSION
        assert stats["articles"] == 1
        assert stats["facts"]["meeting"] == 2
    backend = open_backend(store_url)
    try:
        applied = backend.query("SELECT version FROM schema_version ORDER BY version")
    finally:
        backend.close()
    assert [row["version"] for row in applied] == list(range(1, LATEST_VERSION + 1))


def test_a_database_from_a_newer_summitgraph_is_refused(store_url):
    open_store(store_url).close()
    backend = open_backend(store_url)
    backend.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    (LATEST_VERSION + 1, "from the future", "2099-01-01T00:00:00+00:00"))
    backend.close()
    with pytest.raises(StoreError, match="newer than this summitgraph"):
        open_store(store_url)


# --- ingest: unchanged, updated ---------------------------------------------------------------------

def test_ingesting_the_same_content_again_changes_nothing(store, summit):
    assert store.add_article(summit, summit_reading(summit), extractor_version="0.3") == "ingested"
    before = store.get_article("hnch-37.txt")
    assert store.add_article(summit, summit_reading(summit), extractor_version="0.3") == "unchanged"
    moved = replace(summit, source="thu-muc-khac/hnch-37.txt")
    assert store.add_article(moved, None, extractor_version="0.4") == "unchanged"
    after = store.get_article("hnch-37.txt")
    assert (after.pk, after.version, after.ingested_at, after.extracted_with) == \
           (before.pk, 1, before.ingested_at, "0.3")
    stats = store.stats()
    assert stats["articles"] == stats["article_versions"] == 1
    assert sum(stats["facts"].values()) == 6
    assert store.known_hashes() == {content_hash(summit)}


def test_changed_content_under_a_known_key_becomes_a_new_version(store, summit):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    edited = make_article("hnch-37.txt", SUMMIT_TITLE,
                          SUMMIT_BODY.replace("theo hình thức trực tuyến", "tại Trung tâm Hội nghị Quốc gia"),
                          published="2020-11-12")
    assert store.add_article(edited, None, extractor_version="0.3") == "updated"

    current = store.get_article("hnch-37.txt")
    first = store.get_article("hnch-37.txt", version=1)
    assert current.version == 2 and current.current
    assert first.superseded_by == current.pk and not first.current
    assert current.article.text == edited.text and first.article.text == summit.text
    assert [v.version for v in store.article_versions("hnch-37.txt")] == [1, 2]
    assert store.stats()["articles"] == 1 and store.stats()["article_versions"] == 2
    assert store.count_article_versions() == 2 and store.count_articles() == 1
    assert store.known_hashes() == {content_hash(edited)}
    # History keeps the old facts; the current view shows only the new version's (none yet).
    assert store.facts(article="hnch-37.txt") == []
    assert {f.article_pk for f in store.facts(include_superseded=True)} == {first.pk}
    # Search follows the current text only.
    assert [hit.key for hit in store.search("trung tam quoc gia")] == ["hnch-37.txt"]
    assert store.search("hinh thuc") == []


def test_going_back_to_earlier_content_is_a_third_version_not_a_clash(store, summit):
    edited = make_article("hnch-37.txt", SUMMIT_TITLE, SUMMIT_BODY + " Hội nghị kết thúc chiều cùng ngày.")
    assert store.add_article(summit, None) == "ingested"
    assert store.add_article(edited, None) == "updated"
    assert store.add_article(summit, None) == "updated"
    assert [(v.version, v.current) for v in store.article_versions("hnch-37.txt")] == \
           [(1, False), (2, False), (3, True)]
    assert store.get_article("hnch-37.txt").article.text == summit.text


# --- facts and provenance -----------------------------------------------------------------------------

def test_a_reading_round_trips_with_its_evidence(store, summit):
    reading = summit_reading(summit)
    run_id = store.start_run("0.3")
    store.add_article(summit, reading, extractor_version="0.3", run_id=run_id)
    store.finish_run(run_id, {"articles": 1, "facts": 6})

    assert store.get_reading("hnch-37.txt") == reading
    [person] = store.facts(kind="person")
    assert person.record == {"name": "Nguyễn Xuân Phúc", "titles": ["Thủ tướng", "Chủ tịch ASEAN 2020"],
                             "country": "VN"}
    assert [s.text(summit.text) for s in person.evidence.spans] == ["Nguyễn Xuân Phúc"]
    assert (person.evidence.extractor, person.evidence.version, person.evidence.confidence) == ("rules", "0.3", 0.8)
    assert person.run_id == run_id and person.article_key == "hnch-37.txt"
    summit_fact, talks_fact = store.facts(kind="meeting")
    assert summit_fact.to_record() == reading.meetings[0]
    assert [s.text(summit.text) for s in summit_fact.evidence.spans] == [
        "Hội nghị Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến", "Sáng 12/11/2020, tại Hà Nội"]
    # A record without evidence keeps the version of the extractor that produced it.
    assert talks_fact.evidence is None and talks_fact.version == "0.3"
    assert talks_fact.record["parties"] == ["KH", "VN"] and talks_fact.record["prepares"] == 0
    [published] = store.facts(kind="published")
    assert published.record == {"published": "2020-11-12"}
    [run] = store.runs()
    assert run.counts == {"articles": 1, "facts": 6} and run.finished_at is not None


def test_facts_come_in_pages_with_their_total(store, summit):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    every = store.facts()
    assert store.count_facts() == len(every) >= 4
    pages = [store.facts(limit=2, offset=offset) for offset in range(0, len(every), 2)]
    assert [f.id for page in pages for f in page] == [f.id for f in every]
    assert store.count_facts(kind="meeting") == len(store.facts(kind="meeting", limit=100)) == 2
    assert store.count_facts(article="no-such-article") == 0 and store.facts(article="nope", limit=5) == []


def test_replace_facts_swaps_the_reading_of_the_same_text(store, summit):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    newer = Reading(article=summit, chairmanships=[
        ChairRecord(country="VN", year=2020, theme=None,
                    evidence=Evidence([span_of(summit, "Chủ tịch ASEAN 2020")], "rules", "0.4", 0.95))])
    assert store.replace_facts("hnch-37.txt", newer, extractor_version="0.4") == 1
    [chair] = store.facts()
    assert chair.kind == "chair" and chair.evidence.version == "0.4"
    assert store.get_article("hnch-37.txt").extracted_with == "0.4"

    other_text = make_article("hnch-37.txt", SUMMIT_TITLE, "Một nội dung khác hẳn.")
    with pytest.raises(StoreError, match="different text"):
        store.replace_facts("hnch-37.txt", Reading(article=other_text), extractor_version="0.5")
    assert len(store.facts()) == 1


def test_a_span_outside_the_text_is_refused_and_nothing_is_written(store, summit):
    reading = Reading(article=summit, people=[
        PersonRecord(name="Nguyễn Xuân Phúc", evidence=Evidence([Span(0, len(summit.text) + 5)], "rules", "0.3", 0.5))])
    with pytest.raises(StoreError, match="beyond the text"):
        store.add_article(summit, reading, extractor_version="0.3")
    assert store.stats()["article_versions"] == 0


# --- atomicity ----------------------------------------------------------------------------------------

def test_a_crash_mid_write_leaves_nothing_of_the_article(store, store_url, summit, monkeypatch):
    real_insert = facts_module.insert_fact
    calls = []

    def failing_insert(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("simulated crash while writing facts")
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(facts_module, "insert_fact", failing_insert)
    with pytest.raises(RuntimeError, match="simulated crash"):
        store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    assert len(calls) == 3  # two facts were written inside the transaction before the crash

    with pytest.raises(NotFoundError):
        store.get_article("hnch-37.txt")
    assert store.facts(include_superseded=True) == []
    assert store.search("cap cao") == []
    assert table_counts(store_url) == {"articles": 0, "facts": 0}
    # The store still works after the rollback.
    monkeypatch.setattr(facts_module, "insert_fact", real_insert)
    assert store.add_article(summit, summit_reading(summit), extractor_version="0.3") == "ingested"


def test_a_crash_while_updating_keeps_the_old_version_current(store, summit, monkeypatch):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    edited = make_article("hnch-37.txt", SUMMIT_TITLE, SUMMIT_BODY.replace("37", "38"))

    def crash(*args, **kwargs):
        raise RuntimeError("simulated crash")

    monkeypatch.setattr(facts_module, "insert_fact", crash)
    reading = Reading(article=edited, people=[
        PersonRecord(name="Nguyễn Xuân Phúc", evidence=evidence(edited, "Nguyễn Xuân Phúc"))])
    with pytest.raises(RuntimeError):
        store.add_article(edited, reading, extractor_version="0.3")
    current = store.get_article("hnch-37.txt")
    assert current.version == 1 and current.current and current.article.text == summit.text
    assert store.stats()["article_versions"] == 1
    assert len(store.facts()) == 6
    assert [hit.key for hit in store.search("cap cao 37")] == ["hnch-37.txt"]


def test_writers_racing_on_a_new_database_store_each_article_once(store_url):
    # Three connections open the same new database at once (all try to migrate it) and ingest the same
    # articles: the write lock makes exactly one of them ingest each article.
    batch = [make_article(f"dua-{n}.txt", f"Tin thứ {n} về ASEAN", f"Nội dung riêng của tin số {n}.")
             for n in range(6)]
    results: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def writer() -> None:
        try:
            start.wait()
            with open_store(store_url) as own:
                results.extend(own.add_article(article, None) for article in batch)
        except BaseException as exc:  # handed to the main thread, which fails the test with it
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(results) == ["ingested"] * 6 + ["unchanged"] * 12
    assert table_counts(store_url)["articles"] == 6


# --- search -------------------------------------------------------------------------------------------

@pytest.fixture
def three_articles(store, summit):
    store.add_article(summit, None)
    store.add_article(make_article("som-danang.txt", DANANG_TITLE, DANANG_BODY, published="2021-03-03"), None)
    store.add_article(make_article("hoi-dam.txt", TALKS_TITLE, TALKS_BODY, published="2022-06-20"), None)
    return store


@pytest.mark.parametrize("query, expected", [
    ("hoi nghi cap cao", {"hnch-37.txt"}),
    ("Hội nghị Cấp cao", {"hnch-37.txt"}),
    ("da nang", {"som-danang.txt"}),
    ("ĐÀ NẴNG", {"som-danang.txt"}),
    ("do hung viet", {"som-danang.txt"}),
    ("bo truong ngoai giao", {"som-danang.txt", "hoi-dam.txt"}),
    ("asean", {"hnch-37.txt", "som-danang.txt"}),
    ("phnom penh hoi dam", {"hoi-dam.txt"}),
    ("ha noi phnom penh", set()),
])
def test_search_ignores_case_and_diacritics_and_needs_every_word(three_articles, query, expected):
    assert {hit.key for hit in three_articles.search(query)} == expected


def test_search_ranks_a_title_match_first_and_honours_the_limit(three_articles):
    hits = three_articles.search("ngoai giao")
    assert hits[0].key == "hoi-dam.txt"  # in its title; the other one only in the body
    assert hits[0].score >= hits[-1].score
    assert len(three_articles.search("ngoai giao", limit=1)) == 1
    assert three_articles.search("", limit=5) == []
    assert three_articles.search("!!! ...") == []


BOTH_ASEAN = {"hnch-37.txt", "som-danang.txt"}


@pytest.mark.parametrize("attack, expected", [
    ("'; DROP TABLE articles; --", set()),
    ("\" OR 1=1 --", set()),
    ("asean\" OR \"", set()),          # "or" is a word like any other, and no article has it
    ("NEAR(hoi nghi, 2)", set()),
    ("title:asean", set()),
    ("asean*", BOTH_ASEAN),             # operators are dropped, the words stay
    ("-asean", BOTH_ASEAN),
    ("hoi & nghi | !cap", {"hnch-37.txt"}),
    ("%' OR '1'='1", set()),
    ("\\", set()),
    ("\x00", set()),
])
def test_hostile_search_text_is_only_ever_words(three_articles, attack, expected):
    assert {hit.key for hit in three_articles.search(attack)} == expected
    assert three_articles.stats()["articles"] == 3


def test_hostile_filters_return_nothing(three_articles):
    store = three_articles
    assert store.list_articles(query="%") == []
    assert store.list_articles(query="_") == []
    assert store.list_articles(query="' OR '1'='1") == []
    assert store.count_articles(query="x' OR 1=1 --") == 0
    assert store.facts(article="hnch-37.txt' OR '1'='1") == []
    with pytest.raises(StoreError, match="unknown fact kind"):
        store.facts(kind="meeting' OR '1'='1")
    with pytest.raises(NotFoundError):
        store.get_article("x' OR 1=1 --")
    with pytest.raises(NotFoundError):
        store.delete_article("' OR ''='")
    assert store.stats()["articles"] == 3


def test_listing_filters_pages_and_sorts_newest_first(three_articles):
    store = three_articles
    assert [a.key for a in store.list_articles()] == ["hoi-dam.txt", "som-danang.txt", "hnch-37.txt"]
    assert [a.key for a in store.list_articles(limit=1, offset=1)] == ["som-danang.txt"]
    assert [a.key for a in store.list_articles(query="cap cao")] == ["hnch-37.txt"]
    assert [a.key for a in store.list_articles(query="asean")] == ["som-danang.txt", "hnch-37.txt"]
    assert [a.key for a in store.list_articles(query="Đà Nẵng")] == ["som-danang.txt"]
    assert [a.key for a in store.list_articles(query="HOI-DAM")] == ["hoi-dam.txt"]
    assert store.count_articles() == 3 and store.count_articles(query="asean") == 2
    with pytest.raises(StoreError, match="must not be negative"):
        store.list_articles(limit=-1)


def test_iter_articles_streams_current_versions_across_batches(store):
    for n in range(5):
        store.add_article(make_article(f"bai-{n}.txt", f"Bài thứ {n}", f"Nội dung số {n} về ASEAN."), None)
    store.add_article(make_article("bai-2.txt", "Bài thứ 2", "Nội dung số 2 đã sửa."), None)
    seen = [(s.key, s.version) for s in store.iter_articles(batch=2)]
    assert sorted(seen) == [("bai-0.txt", 1), ("bai-1.txt", 1), ("bai-2.txt", 2), ("bai-3.txt", 1),
                            ("bai-4.txt", 1)]


def test_articles_stream_with_their_own_facts_and_not_a_superseded_versions(store, summit):
    store.add_article(summit, summit_reading(summit))
    for n in range(4):
        store.add_article(make_article(f"bai-{n}.txt", f"Bài thứ {n}", f"Nội dung số {n} về ASEAN."), None)
    changed = make_article("hnch-37.txt", SUMMIT_TITLE, SUMMIT_BODY + " Thêm một câu.", published="2020-11-12")
    store.add_article(changed, Reading(article=changed, published="2020-11-12"))
    streamed = {stored.key: (stored.version, sorted((f.kind, f.position) for f in found))
                for stored, found in store.iter_articles_with_facts(batch=2)}
    assert streamed == {"hnch-37.txt": (2, [("published", 0)]),
                        **{f"bai-{n}.txt": (1, []) for n in range(4)}}
    first = make_article("dau.txt", SUMMIT_TITLE, SUMMIT_BODY + " Bài đăng lại.", published="2020-11-12")
    store.add_article(first, summit_reading(first))
    kinds = {stored.key: sorted({f.kind for f in found}) for stored, found in store.iter_articles_with_facts(batch=3)}
    assert kinds["dau.txt"] == ["chair", "document", "meeting", "person", "published"]
    assert all(f.article_key == stored.key for stored, found in store.iter_articles_with_facts(batch=1)
               for f in found)


# --- failures, corrections, tokens, delete -----------------------------------------------------------------

def test_failures_are_kept_per_source_and_resolved_by_a_later_ingest(store, summit):
    store.record_failure("bai-viet/hnch-37.txt", "not UTF-8")
    store.record_failure("bai-viet/hong.html", "empty page")
    store.record_failure("bai-viet/hong.html", "no main text")
    assert [(f.source, f.problem) for f in store.failures()] == [
        ("bai-viet/hnch-37.txt", "not UTF-8"), ("bai-viet/hong.html", "no main text")]
    store.add_article(summit, None)
    assert [f.source for f in store.failures()] == ["bai-viet/hong.html"]
    resolved = [f for f in store.failures(include_resolved=True) if f.resolved]
    assert [f.source for f in resolved] == ["bai-viet/hnch-37.txt"]
    assert store.stats()["failures"] == 1


def test_corrections_are_logged_apart_from_facts(store, summit):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    first = store.add_correction("meeting", "asean-summit/37", "city", "Hanoi", author="biên tập viên",
                                 note="theo thông cáo báo chí")
    second = store.add_correction("person", "nguyen xuan phuc", "titles", ["Thủ tướng", "Chủ tịch ASEAN"],
                                  author="an")
    store.add_correction("document", "'; DELETE FROM facts; --", None, action="reject", author="an")
    assert second > first
    [city] = store.corrections(target_kind="meeting")
    assert (city.field, city.value, city.action, city.author, city.note) == \
           ("city", "Hanoi", "set", "biên tập viên", "theo thông cáo báo chí")
    [titles] = store.corrections(target_key="nguyen xuan phuc")
    assert titles.value == ["Thủ tướng", "Chủ tịch ASEAN"]
    [rejected] = store.corrections(target_kind="document")
    assert rejected.target_key == "'; DELETE FROM facts; --" and rejected.action == "reject"
    assert len(store.facts()) == 6  # corrections never touch facts
    with pytest.raises(StoreError, match="action 'drop' is not known") as bad_action:
        store.add_correction("meeting", "x", "city", "Hanoi", action="drop", author="an")
    assert "'set' or 'reject'" in bad_action.value.one_line()
    with pytest.raises(StoreError, match="author"):
        store.add_correction("meeting", "x", "city", "Hanoi", author="")


def test_tokens_are_stored_hashed(store, store_url):
    token = store.create_token("bien-tap")
    assert store.verify_token(token) == "bien-tap"
    assert store.verify_token(token + "x") is None and store.verify_token("") is None
    backend = open_backend(store_url)
    try:
        stored = backend.query("SELECT name, hash FROM tokens")
    finally:
        backend.close()
    assert [row["name"] for row in stored] == ["bien-tap"] and token not in stored[0]["hash"]
    with pytest.raises(StoreError, match="exists already"):
        store.add_token("bien-tap", "another-long-token-value")
    with pytest.raises(StoreError, match="too short"):
        store.add_token("ngan", "abc")
    assert store.revoke_token("bien-tap") and not store.revoke_token("bien-tap")
    assert store.verify_token(token) is None


def test_deleting_an_article_takes_its_versions_facts_and_index_with_it(store, store_url, summit):
    store.add_article(summit, summit_reading(summit), extractor_version="0.3")
    edited = make_article("hnch-37.txt", SUMMIT_TITLE, SUMMIT_BODY + " Bế mạc.")
    store.add_article(edited, summit_reading(edited), extractor_version="0.3")
    store.add_article(make_article("som-danang.txt", DANANG_TITLE, DANANG_BODY), None)
    assert len(store.facts(include_superseded=True)) == 12

    assert store.delete_article("hnch-37.txt") == 2
    assert store.facts(include_superseded=True) == []
    assert store.search("cap cao 37") == []
    assert table_counts(store_url) == {"articles": 1, "facts": 0}
    with pytest.raises(NotFoundError):
        store.delete_article("hnch-37.txt")


def test_sqlite_file_is_in_wal_mode_with_foreign_keys(tmp_path):
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    open_store(url).close()
    backend = open_backend(url)
    try:
        assert backend.scalar("PRAGMA journal_mode") == "wal"
        assert backend.scalar("PRAGMA foreign_keys") == 1
    finally:
        backend.close()


def test_in_memory_sqlite_works(summit):
    with open_store("sqlite:///:memory:") as store:
        assert store.add_article(summit, summit_reading(summit), extractor_version="0.3") == "ingested"
        assert store.backend == "sqlite" and store.stats()["articles"] == 1


def test_a_bad_url_or_folder_says_what_to_do(tmp_path):
    with pytest.raises(ConfigError) as bad:
        open_store("mysql://localhost/x")
    assert "postgresql://" in bad.value.one_line()
    with pytest.raises(StoreError, match="folder"):
        open_store(f"sqlite:///{tmp_path / 'khong-co' / 'db.sqlite'}")
