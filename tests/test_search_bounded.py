"""Search ranks a bounded set of candidates: sensible order on a small store, the same work on a large one."""
from __future__ import annotations

import pytest

from browser.corpus import filled_store
from summitgraph import kb
from summitgraph.model import Article, OffsetMap
from summitgraph.kb.read import word_index
from summitgraph.store import open_store, search_rank
from summitgraph.store.fold import fold


def article(key: str, title: str, body: str, published: str) -> Article:
    text = f"{title}\n\n{body}"
    return Article(id=key, source=f"bai-viet/{key}", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                   title=title, published=published)


# Written for these tests: the summit in one title (stored first, published first), the words apart in
# another's title, and newer articles naming the summit only in their bodies.
SUMMIT = article("khai-mac.txt", "Khai mạc Hội nghị Cấp cao ASEAN tại Hà Nội",
                 "Sáng nay các nhà lãnh đạo khu vực bắt đầu phiên họp toàn thể.", "2020-11-12")
APART = article("cap-cao-cao-diem.txt", "Cao điểm ngoại giao: hội nghị thượng đỉnh và cấp bộ trưởng ASEAN",
                "Các cuộc họp Hội nghị Cấp cao diễn ra liên tục trong tuần.", "2020-11-13")
BODIES = [article(f"tin-{n}.txt", f"Bản tin thời sự số {n}",
                  f"Phóng viên đưa tin thêm về Hội nghị Cấp cao ASEAN, bản thứ {n}.", f"2021-01-{n + 10:02d}")
          for n in range(1, 6)]


@pytest.fixture
def small(store_url):
    with open_store(store_url) as store:
        for item in [SUMMIT, APART, *BODIES]:
            store.add_article(item, None)
        yield store


def test_the_title_holding_the_phrase_comes_first_then_newest(small):
    hits = small.search("hoi nghi cap cao asean")
    assert hits[0].key == "khai-mac.txt"            # oldest, but the phrase is its title
    assert hits[0].score == search_rank.TITLE_PHRASE
    assert [h.key for h in hits[1:6]] == [f"tin-{n}.txt" for n in range(5, 0, -1)]   # phrase in body, newest first
    assert hits[-1].key == "cap-cao-cao-diem.txt"   # the words apart: the last tier, whatever its title holds


def test_every_word_in_a_title_outranks_a_body_only_match(small):
    hits = small.search("hoi nghi asean")
    # (the two titles' order is the words' closeness on PostgreSQL, the publication date on SQLite)
    assert {h.key for h in hits[:2]} == {"cap-cao-cao-diem.txt", "khai-mac.txt"}
    assert [h.key for h in hits[2:]] == [f"tin-{n}.txt" for n in range(5, 0, -1)]
    assert [h.score for h in hits[:3]] == [search_rank.TITLE_WORDS, search_rank.TITLE_WORDS, search_rank.BODY_ONLY]


@pytest.mark.parametrize("title, level", [
    ("Hội nghị Cấp cao ASEAN", search_rank.TITLE_PHRASE),
    ("Cấp cao, hội nghị", search_rank.TITLE_WORDS),
    ("Hội nghị Bộ trưởng", search_rank.BODY_ONLY),
    (None, search_rank.BODY_ONLY),
])
def test_title_levels(title, level):
    assert search_rank.title_level(title and fold(title), ["hoi", "nghi", "cap", "cao"]) == level


def test_the_knowledge_base_search_finds_the_named_meeting_first(tmp_path):
    store = filled_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        found = kb.search(store, "Hội nghị Cấp cao ASEAN lần thứ 43")
        assert found["meetings"][0]["key"] == "asean-summit#43"
        assert found["articles"][0]["key"] == "cap-cao-asean-43-jakarta.txt"
        assert kb.search(store, "Bùi Thanh Sơn")["people"][0]["key"] == "bui-thanh-son"
        kb.rebuild(store)   # the build deletes and writes every row again: the word index follows
        assert kb.search(store, "jakarta")["meetings"][0]["key"] == "asean-summit#43"
        with store.session() as db:   # FTS5 checks its index against the rows (raises when they differ)
            db.execute("INSERT INTO kb_meetings_words (kb_meetings_words, rank) VALUES ('integrity-check', 1)")
            assert db.scalar("SELECT COUNT(*) AS n FROM kb_meetings_words") == \
                db.scalar("SELECT COUNT(*) AS n FROM kb_meetings") > 0
    finally:
        store.close()


def test_a_common_word_ranks_a_bounded_number_of_rows(store_url, monkeypatch):
    monkeypatch.setattr(search_rank, "CANDIDATES", 6)
    ranked: list[int] = []
    plain_rank = search_rank.rank

    def counting(candidates, tokens):
        ranked.append(len(candidates))
        return plain_rank(candidates, tokens)

    monkeypatch.setattr(search_rank, "rank", counting)
    with open_store(store_url) as store:
        work, stored = [], 0
        for matching in (40, 120):
            for n in range(stored, matching):
                store.add_article(article(f"asean-{n:03d}.txt", f"Tin ASEAN số {n}", "Nội dung về cộng đồng ASEAN.",
                                          f"2022-{n % 12 + 1:02d}-{n % 28 + 1:02d}"), None)
            stored = matching
            ranked.clear()
            assert len(store.search("cong dong asean", limit=3)) == 3
            work.append(sum(ranked))
    assert 0 < work[0] <= 6 * 3        # each tier ranks its candidates at most, not the 40 matches
    assert work[1] == work[0]          # three times the matches, the same work


# --- the knowledge base's records ---------------------------------------------------------------------------

def _meeting_rows(store, first: int, last: int) -> None:
    """Meetings written straight into kb_meetings (as a build would), each holding "hoi nghi" and "asean"; the
    multiples of 7 also "jakarta"; the source count rises with the number."""
    with store._db.transaction():
        for n in range(first, last):
            city = " jakarta" if n % 7 == 0 else ""
            store._db.execute(
                "INSERT INTO kb_meetings (key, series, name, article_count, source_count, conflict_count, rejected, "
                "search_text, dossier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"asean-meeting#{n}", "other-asean", f"Hội nghị ASEAN số {n}", n, n, 0, False,
                 f"asean-meeting#{n} other-asean hoi nghi asean so {n}{city}", "{}"))


def test_a_common_query_over_records_ranks_a_bounded_set_most_cited_first(store_url, monkeypatch):
    monkeypatch.setattr(word_index, "CANDIDATES", 10)
    with open_store(store_url) as store:
        _meeting_rows(store, 1, 60)
        rare = kb.search(store, "asean jakarta", limit=3)["meetings"]
        assert [m["key"] for m in rare] == ["asean-meeting#56", "asean-meeting#49", "asean-meeting#42"]
        common = kb.search(store, "hoi nghi asean", limit=3)["meetings"]
        assert [m["key"] for m in common] == ["asean-meeting#59", "asean-meeting#58", "asean-meeting#57"]
        ranked = []
        plain = word_index.candidates

        def counting(db, kind, *rest):
            ids = plain(db, kind, *rest)
            if kind is word_index.MEETINGS:
                ranked.append(len(ids))
            return ids

        monkeypatch.setattr(word_index, "candidates", counting)
        kb.search(store, "hoi nghi asean", limit=3)
        _meeting_rows(store, 60, 200)
        kb.search(store, "hoi nghi asean", limit=3)
    # The meetings ranked (the word index's first matches past the bound, and a page of the most cited): the
    # same number at 59 and at 199 matching meetings.
    assert ranked[0] == ranked[1] <= 10 + 1 + 3
