"""Incremental ingest: a re-run extracts only what is new or changed (skipped by content hash before
extraction) and reads only the files that changed (skipped by their stamp: size, modification time, reader
version), on SQLite and PostgreSQL, through the runner and the CLI."""
from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path
from typing import Any, Callable

import pytest
from typer.testing import CliRunner

import summitgraph.ingest as ingest_package
import summitgraph.ingest.runner as runner
from summitgraph.cli import app
from summitgraph.ingest.runner import ProcessPoolMapper, Reporter, run_ingest
from summitgraph.store import open_store
from test_distributed import article_text, snapshot, write_corpus, write_jsonl


def calls_of(monkeypatch, name: str, label: Callable[[Any], str]) -> list[str]:
    """A label for every call the runner makes to its function ``name`` (in this process)."""
    seen: list[str] = []
    real = getattr(runner, name)

    def counting(argument):
        seen.append(label(argument))
        return real(argument)

    monkeypatch.setattr(runner, name, counting)
    return seen


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The id of every article the extractor reads (in this process: the inline mapper)."""
    return calls_of(monkeypatch, "read_article", lambda article: article.id)


def ingest(url: str, paths: list[Path], **options) -> dict[str, int]:
    with open_store(url) as store:
        return dict(run_ingest([str(p) for p in paths], store, reporter=Reporter(failure=lambda _: None), **options))


def test_a_rerun_with_one_percent_new_articles_extracts_only_those(tmp_path, store_url, extractions):
    corpus = write_corpus(tmp_path / "corpus", 200)
    assert ingest(store_url, [corpus]) == {"ingested": 200, "updated": 0, "unchanged": 0, "failed": 0}
    assert len(extractions) == 200
    extractions.clear()

    write_corpus(corpus, 2, start=200)   # 1% new
    assert ingest(store_url, [corpus]) == {"ingested": 2, "updated": 0, "unchanged": 200, "failed": 0}
    assert sorted(extractions) == ["a/bai-0201.txt", "b/bai-0200.txt"]   # keys: paths inside the folder
    with open_store(store_url) as store:
        assert store.count_articles() == 202


def test_a_changed_article_becomes_a_new_version_and_nothing_else_is_read_again(tmp_path, store_url, extractions):
    corpus = write_corpus(tmp_path / "corpus", 12)
    ingest(store_url, [corpus])
    extractions.clear()
    changed = corpus / "b" / "bai-0004.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHội nghị khép lại trong không khí hữu nghị.\n",
                       encoding="utf-8")
    assert ingest(store_url, [corpus]) == {"ingested": 0, "updated": 1, "unchanged": 11, "failed": 0}
    assert extractions == ["b/bai-0004.txt"]
    with open_store(store_url) as store:
        versions = store.article_versions("b/bai-0004.txt")
        assert [v.version for v in versions] == [1, 2]
        assert versions[-1].current and "hữu nghị" in versions[-1].article.text


def test_lines_appended_to_a_jsonl_feed_are_the_only_ones_read(tmp_path, store_url, extractions):
    feed = write_jsonl(tmp_path / "feed.jsonl", 6)
    ingest(store_url, [feed], batch_size=4)
    extractions.clear()
    title, _, body = article_text(40).partition("\n\n")
    with feed.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "dong-moi", "title": title, "text": body}, ensure_ascii=False) + "\n")
    assert ingest(store_url, [feed], batch_size=4) == {"ingested": 1, "updated": 0, "unchanged": 6, "failed": 0}
    assert extractions == ["dong-moi"]


def test_a_file_that_failed_is_read_again_and_its_failure_resolved_once_fixed(tmp_path, store_url):
    corpus = write_corpus(tmp_path / "corpus", 3)
    broken = corpus / "a" / "hong.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    assert ingest(store_url, [corpus])["failed"] == 1
    broken.write_text(article_text(77), encoding="utf-8")
    assert ingest(store_url, [corpus]) == {"ingested": 1, "updated": 0, "unchanged": 3, "failed": 0}
    with open_store(store_url) as store:
        assert store.failures() == []


def test_a_rerun_in_worker_processes_equals_a_rerun_in_one(tmp_path, store_url):
    corpus = write_corpus(tmp_path / "corpus", 20)
    ingest(store_url, [corpus])
    write_corpus(corpus, 3, start=20)
    counts = ingest(store_url, [corpus], mapper=ProcessPoolMapper(2), batch_size=4)
    assert counts == {"ingested": 3, "updated": 0, "unchanged": 20, "failed": 0}
    single = f"sqlite:///{tmp_path / 'single.db'}"
    ingest(single, [corpus])
    with open_store(store_url) as parallel, open_store(single) as one:
        assert snapshot(parallel)["articles"] == snapshot(one)["articles"]


def test_cli_rerun_prints_the_same_summary_line_as_before(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 5)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    cli = CliRunner()
    assert "summary: 5 ingested, 0 updated, 0 unchanged, 0 failed" in cli.invoke(
        app, ["ingest", str(corpus), "--db", url]).output
    write_corpus(corpus, 1, start=5)
    again = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--batch", "2"])
    assert again.exit_code == 0
    assert "summary: 1 ingested, 0 updated, 5 unchanged, 0 failed" in again.output


# --- files skipped by their stamps ----------------------------------------------------------------------------

@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The name of every file the runner reads."""
    return calls_of(monkeypatch, "read_file", lambda path: path.name)


def settle(*paths: Path, seconds_ago: int = 3600) -> None:
    """Date files back: a file changed moments before it is read is read again next time, not stamped."""
    past = time.time_ns() - seconds_ago * 1_000_000_000
    for path in paths:
        for file in [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]:
            os.utime(file, ns=(past, past))


def unchanged(count: int) -> dict[str, int]:
    return {"ingested": 0, "updated": 0, "unchanged": count, "failed": 0}


def test_a_rerun_over_an_unchanged_corpus_reads_no_file(tmp_path, store_url, reads, extractions):
    corpus = write_corpus(tmp_path / "corpus", 20)
    settle(corpus)
    ingest(store_url, [corpus])
    assert len(reads) == 20
    reads.clear(), extractions.clear()
    assert ingest(store_url, [corpus]) == unchanged(20)
    assert reads == [] and extractions == []


def test_a_rerun_with_one_percent_new_files_reads_only_those(tmp_path, store_url, reads, extractions):
    corpus = write_corpus(tmp_path / "corpus", 200)
    settle(corpus)
    ingest(store_url, [corpus])
    reads.clear(), extractions.clear()
    write_corpus(corpus, 2, start=200)
    settle(corpus)   # dating the old files back again changes their stamps: read, hashed, not extracted
    ingest(store_url, [corpus])
    reads.clear(), extractions.clear()
    write_corpus(corpus, 2, start=202)
    settle(corpus / "a" / "bai-0203.txt", corpus / "b" / "bai-0202.txt")
    assert ingest(store_url, [corpus]) == {"ingested": 2, "updated": 0, "unchanged": 202, "failed": 0}
    assert sorted(reads) == ["bai-0202.txt", "bai-0203.txt"]
    assert sorted(extractions) == ["a/bai-0203.txt", "b/bai-0202.txt"]


def test_a_touched_file_is_read_again_and_found_unchanged(tmp_path, store_url, reads, extractions):
    corpus = write_corpus(tmp_path / "corpus", 12)
    settle(corpus)
    ingest(store_url, [corpus])
    reads.clear(), extractions.clear()
    settle(corpus / "b" / "bai-0004.txt", seconds_ago=1800)   # same content, another modification time
    assert ingest(store_url, [corpus]) == unchanged(12)
    assert reads == ["bai-0004.txt"] and extractions == []
    reads.clear()
    assert ingest(store_url, [corpus]) == unchanged(12)
    assert reads == []   # stamped again with its new time


def test_a_file_whose_article_was_deleted_is_read_and_stored_again(tmp_path, store_url, reads, extractions):
    corpus = write_corpus(tmp_path / "corpus", 6)
    settle(corpus)
    ingest(store_url, [corpus])
    reads.clear(), extractions.clear()
    with open_store(store_url) as store:
        store.delete_article("a/bai-0003.txt")
    assert ingest(store_url, [corpus]) == {"ingested": 1, "updated": 0, "unchanged": 5, "failed": 0}
    assert reads == ["bai-0003.txt"] and extractions == ["a/bai-0003.txt"]


def test_another_reader_version_reads_every_file_again(tmp_path, store_url, reads, extractions, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", 8)
    settle(corpus)
    ingest(store_url, [corpus])
    reads.clear(), extractions.clear()
    monkeypatch.setattr(ingest_package, "READER_VERSION", "cleaning changed")
    assert ingest(store_url, [corpus]) == unchanged(8)
    assert len(reads) == 8 and extractions == []
    reads.clear()
    assert ingest(store_url, [corpus]) == unchanged(8)
    assert reads == []


class Interrupted(Exception):
    pass


def test_a_jsonl_file_is_stamped_once_its_last_piece_is_written(tmp_path, store_url, reads):
    feed = write_jsonl(tmp_path / "feed.jsonl", 7)   # pieces of 3, 3 and 1 lines
    settle(feed)
    with open_store(store_url) as store:
        ticks = 0

        def stop_in_the_second_piece() -> None:
            nonlocal ticks
            ticks += 1
            assert store.source_file(str(feed)) is None
            if ticks == 5:
                raise Interrupted

        with pytest.raises(Interrupted):
            run_ingest([str(feed)], store, batch_size=3, reporter=Reporter(tick=stop_in_the_second_piece))
        assert store.source_file(str(feed)) is None
    assert ingest(store_url, [feed], batch_size=3) == {"ingested": 3, "updated": 0, "unchanged": 4, "failed": 0}
    with open_store(store_url) as store:
        recorded = store.source_file(str(feed))
        assert [source.rpartition(":")[2] for source, _ in recorded.articles] == ["1", "2", "3", "5", "6", "7", "8"]
    reads.clear()
    assert ingest(store_url, [feed], batch_size=3) == unchanged(7)
    assert reads == []


def test_a_file_with_a_failure_is_read_again_next_run(tmp_path, store_url, reads):
    corpus = write_corpus(tmp_path / "corpus", 3)
    (corpus / "a" / "hong.txt").write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    feed = write_jsonl(corpus / "b" / "feed.jsonl", 5)
    feed.write_text(feed.read_text(encoding="utf-8").replace('{"id": "dong-4"', '{"id": dong-4'), encoding="utf-8")
    settle(corpus)
    assert ingest(store_url, [corpus], batch_size=2)["failed"] == 2
    reads.clear()
    assert ingest(store_url, [corpus], batch_size=2) == {"ingested": 0, "updated": 0, "unchanged": 7, "failed": 2}
    assert sorted(reads) == ["feed.jsonl", "hong.txt"]


def test_a_stamped_file_that_now_fails_loses_its_stamp(tmp_path, store_url, reads):
    corpus = write_corpus(tmp_path / "corpus", 2)
    settle(corpus)
    ingest(store_url, [corpus])
    changed = corpus / "b" / "bai-0000.txt"
    before = changed.stat()
    changed.write_bytes(b"\x00" * before.st_size)   # content changed behind a preserved modification time
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert ingest(store_url, [corpus], reread=True)["failed"] == 1
    reads.clear()
    assert ingest(store_url, [corpus])["failed"] == 1
    assert reads == ["bai-0000.txt"]


def test_a_file_changed_moments_before_it_is_read_is_read_again(tmp_path, store_url, reads):
    corpus = write_corpus(tmp_path / "corpus", 3)   # just written: it may change again within the same tick
    ingest(store_url, [corpus])
    reads.clear()
    assert ingest(store_url, [corpus]) == unchanged(3)
    assert len(reads) == 3


def test_a_skipped_file_resolves_an_old_failure_of_its_source(tmp_path, store_url, reads):
    corpus = write_corpus(tmp_path / "corpus", 2)
    settle(corpus)
    ingest(store_url, [corpus])
    with open_store(store_url) as store:
        store.record_failure(str(corpus / "a" / "bai-0001.txt"), "cannot read: Permission denied")
    reads.clear()
    assert ingest(store_url, [corpus]) == unchanged(2)
    assert reads == []
    with open_store(store_url) as store:
        assert store.failures() == []


def test_files_read_by_worker_processes_are_stamped_here(tmp_path, store_url, reads):
    corpus = write_corpus(tmp_path / "corpus", 10)
    write_jsonl(corpus / "feed.jsonl", 9)
    settle(corpus)
    ingest(store_url, [corpus], mapper=ProcessPoolMapper(2), batch_size=4)
    reads.clear()
    assert ingest(store_url, [corpus], batch_size=4) == unchanged(19)
    assert reads == []


def test_standard_input_is_never_stamped(tmp_path, store_url):
    data = article_text(3).encode("utf-8")
    with open_store(store_url) as store:
        run_ingest(["-"], store, stdin=io.BytesIO(data))
        with store.session() as db:
            assert db.scalar("SELECT COUNT(*) AS n FROM source_files") == 0


def test_cli_reread_reads_every_file_again(tmp_path, reads):
    corpus = write_corpus(tmp_path / "corpus", 5)
    settle(corpus)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    cli = CliRunner()
    cli.invoke(app, ["ingest", str(corpus), "--db", url, "--no-resolve"])
    reads.clear()
    again = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--no-resolve"])
    assert "summary: 0 ingested, 0 updated, 5 unchanged, 0 failed" in again.output and reads == []
    reread = cli.invoke(app, ["ingest", str(corpus), "--db", url, "--no-resolve", "--reread"])
    assert reread.exit_code == 0
    assert "summary: 0 ingested, 0 updated, 5 unchanged, 0 failed" in reread.output and len(reads) == 5


# --- the knowledge base: an incremental rebuild ends exactly as a full one -----------------------------------
#
# Articles written here: several report one meeting (same ordinal, other words), some are wire copies of another
# (near-duplicates), people recur across articles, documents are adopted, a SOM prepares a retreat. Each test
# builds, changes the store, updates the knowledge base incrementally, takes every kb table, rebuilds it whole
# (--full) on the same store and compares the two, row by row.

from summitgraph.kb.build import rebuild as rebuild_module
from summitgraph.kb.build import tables as kb_tables
from summitgraph.kb.build.rebuild import rebuild
from summitgraph.kb.db import session

KB_TABLES = ("kb_meetings", "kb_meeting_aliases", "kb_meeting_articles", "kb_people", "kb_person_aliases",
             "kb_roles", "kb_participants", "kb_documents", "kb_meeting_documents", "kb_chairs", "kb_article_groups",
             "kb_meeting_heads", "kb_person_heads", "kb_meeting_counts", "kb_built_articles", "kb_mention_blocks",
             "kb_fingerprints")
# Summary fields that say how a build went, not what it found.
HOW_BUILT = {"seconds", "incremental", "articles_read", "records_written", "dedup_seconds", "meeting_blocks_merged",
             "meeting_blocks_reused", "meetings_merged"}

STORIES = (
    ("Hội nghị Cấp cao ASEAN lần thứ {n} khai mạc tại {city}",
     "Ngày {d}/{m}/{y}, Hội nghị Cấp cao ASEAN lần thứ {n} đã khai mạc tại {city} dưới sự chủ trì của nước chủ "
     "nhà. Thủ tướng Hoàng Đức Minh dẫn đầu đoàn Việt Nam dự hội nghị. Trong phiên bế mạc, các nhà lãnh đạo "
     "đã thông qua Tuyên bố {city} về kết nối số trong khu vực. Tổng Thư ký ASEAN Kao Kim Hourn phát biểu tại "
     "phiên khai mạc và nhấn mạnh vai trò của hợp tác kinh tế nội khối."),
    ("Bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ {n}",
     "Chiều {d}/{m}/{y}, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ {n} bế mạc tại {city} sau hai ngày thảo "
     "luận. Bộ trưởng Ngoại giao Đỗ Thanh Sơn dẫn đầu đoàn Việt Nam. Các Bộ trưởng ra Thông cáo chung khẳng "
     "định cam kết giữ gìn hòa bình và ổn định ở khu vực, đồng thời trao đổi về tình hình Biển Đông."),
    ("Thủ tướng Hoàng Đức Minh hội đàm với Thủ tướng Lào",
     "Ngày {d}/{m}/{y}, tại {city}, Thủ tướng Hoàng Đức Minh đã hội đàm với Thủ tướng Lào Sonexay Siphandone. "
     "Hai bên nhất trí tăng cường hợp tác về giao thông, năng lượng và giáo dục, và chứng kiến lễ ký Bản ghi "
     "nhớ về hợp tác đào tạo nguồn nhân lực giữa hai nước."),
    ("Hội nghị Quan chức Cao cấp ASEAN chuẩn bị cho Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN",
     "Ngày {d}/{m}/{y}, Hội nghị Quan chức Cao cấp ASEAN (SOM ASEAN) đã họp tại {city} nhằm chuẩn bị cho Hội "
     "nghị hẹp Bộ trưởng Ngoại giao ASEAN (AMM Retreat) diễn ra ngay sau đó. Thứ trưởng Ngoại giao Lưu Hải Yến "
     "dẫn đầu đoàn Việt Nam tại hội nghị."),
)
CITY_NAMES = ("Jakarta", "Viêng Chăn", "Kuala Lumpur", "Hà Nội", "Manila")


def story(i: int, *, outlet: str = "") -> str:
    """Article ``i``: story i % 4 about meeting number 30 + i // 4 (so articles 4 apart report one meeting
    in other words when the same ``n`` comes back); an outlet line makes a wire copy of the same story."""
    title, body = STORIES[i % len(STORIES)]
    n = 30 + (i // 8)
    day, month, year = 3 + (n % 20), 1 + (n % 12), 1990 + n
    values = dict(n=n, d=day, m=month, y=year, city=CITY_NAMES[n % len(CITY_NAMES)])
    lead = f"({outlet}) " if outlet else ""
    extra = f" Đây là bản tin thứ {i} về sự kiện này." + (" Phóng viên gửi thêm chi tiết từ hội trường." if i >= 8 else "")
    return title.format(**values) + "\n\n" + lead + body.format(**values) + extra + "\n"


def write_stories(folder: Path, numbers: range, *, outlet: str = "", prefix: str = "tin") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in numbers:
        (folder / f"{prefix}-{i:03d}.txt").write_text(story(i, outlet=outlet), encoding="utf-8")
    return folder


def kb_snapshot(store) -> dict[str, Any]:
    """Every kb table's rows (without row ids), sorted, and the build's summary without its timings."""
    out: dict[str, Any] = {}
    with session(store) as db:
        for table in KB_TABLES:
            rows = db.query("SELECT * FROM " + table)      # the names are the constants above
            out[table] = sorted(json.dumps({k: v for k, v in dict(row).items() if k != "id"}, sort_keys=True,
                                           ensure_ascii=False, default=str) for row in rows)
        # Each meeting block's inputs and merged meetings (as JSON values: key order and spacing aside).
        out["kb_meeting_blocks"] = sorted((row["block"], row["inputs"], repr(json.loads(bytes(row["merged"]))))
                                          for row in db.query("SELECT block, inputs, merged FROM kb_meeting_blocks"))
        summary = kb_tables.state(db)["summary"]
    out["summary"] = {k: v for k, v in summary.items() if k not in HOW_BUILT}
    return out


def assert_incremental_equals_full(url: str, *, read_again: int | None = None) -> dict[str, Any]:
    """Update incrementally, take the kb, rebuild whole, take it again: the two must be the same."""
    with open_store(url) as store:
        updated = rebuild(store)
        assert updated.incremental
        if read_again is not None:
            assert updated.articles_read == read_again
        after_update = kb_snapshot(store)
        whole = rebuild(store, full=True)
        assert not whole.incremental
        after_full = kb_snapshot(store)
    for table in after_full:
        assert after_update[table] == after_full[table], table
    assert updated.records_written <= whole.records_written
    return after_full


def built(url: str) -> None:
    with open_store(url) as store:
        rebuild(store, full=True)


def test_articles_a_then_b_updated_incrementally_equal_a_full_rebuild(tmp_path, store_url):
    write_stories(tmp_path / "a", range(0, 24))
    write_stories(tmp_path / "b", range(24, 36))
    write_stories(tmp_path / "b", range(0, 6), outlet="TTXVN", prefix="ban-sao")   # wire copies of A's stories
    ingest(store_url, [tmp_path / "a"])
    built(store_url)
    ingest(store_url, [tmp_path / "b"])
    snapshot_ = assert_incremental_equals_full(store_url, read_again=18)
    assert len(snapshot_["kb_meetings"]) > 5 and len(snapshot_["kb_people"]) > 3
    groups = [json.loads(row) for row in snapshot_["kb_article_groups"]]
    assert any(g["article_key"] != g["group_key"] for g in groups)      # the copies joined A's articles' groups


def test_a_stored_block_that_is_no_json_is_never_unpickled_and_is_merged_again(tmp_path, store_url):
    import pickle

    class Trap:   # unpickling it would run os.system: a store may be shared, its rows are no trusted code
        def __reduce__(self):
            return (os.system, (f"touch {tmp_path / 'ran'}",))

    write_stories(tmp_path / "a", range(0, 12))
    ingest(store_url, [tmp_path / "a"])
    built(store_url)
    with open_store(store_url) as store, session(store) as db, db.transaction():
        blocks = [r["block"] for r in db.query("SELECT block FROM kb_meeting_blocks")]
        db.execute("UPDATE kb_meeting_blocks SET merged = ? WHERE block = ?", (pickle.dumps(Trap()), blocks[0]))
        db.execute("UPDATE kb_meeting_blocks SET merged = ? WHERE block = ?", (b"\xff\x00damaged", blocks[-1]))
    write_stories(tmp_path / "a", range(12, 14))
    ingest(store_url, [tmp_path / "a"])
    assert_incremental_equals_full(store_url, read_again=2)
    assert not (tmp_path / "ran").exists()


def test_articles_b_then_a_updated_incrementally_equal_a_full_rebuild(tmp_path, store_url):
    write_stories(tmp_path / "a", range(0, 24))
    write_stories(tmp_path / "b", range(24, 36))
    ingest(store_url, [tmp_path / "b"])
    built(store_url)
    ingest(store_url, [tmp_path / "a"])
    assert_incremental_equals_full(store_url, read_again=24)


def test_wire_copies_ingested_before_their_originals_update_as_a_full_rebuild_does(tmp_path, store_url):
    """The originals come after their copies: each copy's group takes an original's (alphabetically first) key,
    and the groups the update grows from the last build's are those a full rebuild finds."""
    write_stories(tmp_path / "b", range(0, 6), outlet="VOV", prefix="vov")
    write_stories(tmp_path / "b", range(12, 16))
    ingest(store_url, [tmp_path / "b"])
    built(store_url)
    write_stories(tmp_path / "a", range(0, 12))
    ingest(store_url, [tmp_path / "a"])
    snapshot_ = assert_incremental_equals_full(store_url, read_again=12)
    groups = {g["article_key"]: g["group_key"] for g in map(json.loads, snapshot_["kb_article_groups"])}
    assert any(key.startswith("vov-") and group.startswith("tin-") for key, group in groups.items())


def test_a_changed_a_removed_and_a_copied_article_update_as_a_full_rebuild_does(tmp_path, store_url):
    folder = write_stories(tmp_path / "tin", range(0, 30))
    ingest(store_url, [folder])
    built(store_url)
    # A new version that moves its meeting to another number, one article gone, a wire copy of a third.
    changed = folder / "tin-005.txt"
    changed.write_text(story(5).replace("lần thứ 30", "lần thứ 41"), encoding="utf-8")
    write_stories(tmp_path / "copies", range(9, 10), outlet="VOV", prefix="sao")
    ingest(store_url, [folder, tmp_path / "copies"])
    with open_store(store_url) as store:
        assert store.article_versions("tin-005.txt")[-1].version == 2
        store.delete_article("tin-012.txt")
    assert_incremental_equals_full(store_url, read_again=2)


def test_corrections_apply_after_an_incremental_update_as_after_a_full_one(tmp_path, store_url):
    folder = write_stories(tmp_path / "tin", range(0, 16))
    ingest(store_url, [folder])
    built(store_url)
    with open_store(store_url) as store, session(store) as db:
        meeting = db.query("SELECT key FROM kb_meetings ORDER BY article_count DESC, key")[0]["key"]
        person = db.query("SELECT key FROM kb_people ORDER BY mention_count DESC, key")[0]["key"]
    with open_store(store_url) as store:
        store.add_correction("meeting", meeting, "city", "Singapore", author="kiem-dinh")
        store.add_correction("person", person, "country", "LA", author="kiem-dinh")
    write_stories(folder, range(16, 24))
    ingest(store_url, [folder])
    snapshot_ = assert_incremental_equals_full(store_url, read_again=8)
    assert snapshot_["summary"]["corrections_applied"] == 2
    rows = [json.loads(r) for r in snapshot_["kb_meetings"]]
    assert any(r["key"] == meeting and r["city"] == "Singapore" for r in rows)


def test_an_update_with_nothing_new_writes_nothing_and_keeps_the_knowledge_base(tmp_path, store_url):
    ingest(store_url, [write_stories(tmp_path / "tin", range(0, 12))])
    built(store_url)
    with open_store(store_url) as store:
        before = kb_snapshot(store)
        again = rebuild(store)
        assert again.incremental and again.articles_read == 0 and again.records_written == 0
        assert again.dedup_seconds == 0          # nothing added or removed: the groups are the last build's
        assert kb_snapshot(store) == before


def test_a_correction_alone_rewrites_its_record_as_a_full_rebuild_would(tmp_path, store_url):
    ingest(store_url, [write_stories(tmp_path / "tin", range(0, 12))])
    built(store_url)
    with open_store(store_url) as store, session(store) as db:
        meeting = db.query("SELECT key FROM kb_meetings ORDER BY article_count DESC, key")[0]["key"]
    with open_store(store_url) as store:
        store.add_correction("meeting", meeting, "format", "virtual", author="kiem-dinh")
        updated = rebuild(store)
    assert updated.records_written == 1
    assert_incremental_equals_full(store_url, read_again=0)


def test_an_update_started_before_another_build_wrote_writes_everything(tmp_path, store_url, monkeypatch):
    folder = write_stories(tmp_path / "tin", range(0, 12))
    ingest(store_url, [folder])
    built(store_url)
    with open_store(store_url) as store:
        stale = rebuild_module.previous_build(store, rebuild_module.resolver_version())
    write_stories(folder, range(12, 18))
    ingest(store_url, [folder])
    with open_store(store_url) as store:
        rebuild(store)                       # another build writes after ``stale`` was read
    write_stories(folder, range(18, 22))
    ingest(store_url, [folder])
    monkeypatch.setattr(rebuild_module, "previous_build", lambda store, resolver: stale)
    with open_store(store_url) as store:
        late = rebuild(store)
        assert not late.incremental
        assert late.records_written == late.meetings + late.people + late.documents   # all, not the stale diff
        after_late = kb_snapshot(store)
        rebuild(store, full=True)
        assert kb_snapshot(store) == after_late


def test_a_late_update_that_writes_everything_keeps_the_meeting_blocks_it_took_whole(tmp_path, store_url,
                                                                                   monkeypatch):
    """An update that finds another build wrote since it read the last one writes everything: the meeting
    blocks it took from the store unchanged are written again too, as a full rebuild writes them."""
    folder = write_stories(tmp_path / "tin", range(0, 16))
    ingest(store_url, [folder])
    built(store_url)
    with open_store(store_url) as store:
        stale = rebuild_module.previous_build(store, rebuild_module.resolver_version())
    (folder / "moi-1.txt").write_text(story(48).replace("lần thứ 36", "lần thứ 47"), encoding="utf-8")
    ingest(store_url, [folder])
    with open_store(store_url) as store:
        rebuild(store)
    (folder / "moi-2.txt").write_text(story(56).replace("lần thứ 37", "lần thứ 48"), encoding="utf-8")
    ingest(store_url, [folder])
    monkeypatch.setattr(rebuild_module, "previous_build", lambda store, resolver: stale)
    with open_store(store_url) as store:
        late = rebuild(store)
        assert not late.incremental and late.meeting_blocks_reused >= 1
        after_late = kb_snapshot(store)
        rebuild(store, full=True)
        assert kb_snapshot(store) == after_late


def test_an_update_reads_the_text_of_no_article_it_takes_from_the_last_build(tmp_path, store_url, monkeypatch):
    """Articles unchanged since the last build come from their entries and their stored near-duplicate
    signatures: only the new articles' rows are read."""
    from summitgraph.store.store import Store

    folder = write_stories(tmp_path / "tin", range(0, 12))
    ingest(store_url, [folder])
    built(store_url)
    write_stories(folder, range(12, 14))
    ingest(store_url, [folder])
    read: list[str] = []
    real_get = Store.get_article
    monkeypatch.setattr(Store, "get_article", lambda self, key, **kw: read.append(real_get(self, key, **kw).key)
                        or real_get(self, key, **kw))
    monkeypatch.setattr(Store, "iter_articles", lambda self, batch=100: pytest.fail("every article's text read"))
    with open_store(store_url) as store:
        updated = rebuild(store)
    assert updated.incremental and sorted(read) == ["tin-012.txt", "tin-013.txt"]
    monkeypatch.undo()
    assert_incremental_equals_full(store_url, read_again=0)


def test_another_resolver_version_rebuilds_everything(tmp_path, store_url, monkeypatch):
    ingest(store_url, [write_stories(tmp_path / "tin", range(0, 8))])
    built(store_url)
    monkeypatch.setattr(rebuild_module, "RESOLVER_VERSION", rebuild_module.RESOLVER_VERSION + "-next")
    with open_store(store_url) as store:
        summary = rebuild(store)
    assert not summary.incremental and summary.articles_read == 8


def test_the_store_answers_which_blocks_articles_touch_and_what_a_block_holds(tmp_path, store_url):
    ingest(store_url, [write_stories(tmp_path / "tin", range(0, 16))])
    built(store_url)
    with open_store(store_url) as store, session(store) as db:
        touched = kb_tables.blocks_of_articles(db, ["tin-000.txt", "tin-008.txt"])
        assert any(b.startswith("meeting:asean-summit|") for b in touched)
        assert any(b.startswith("person:") for b in touched)
        summit = sorted(b for b in touched if b.startswith("meeting:asean-summit|"))[0]
        holders = {article for article, kind, _, block in kb_tables.mentions_of_blocks(db, [summit])}
    assert {"tin-000.txt", "tin-008.txt"} <= holders
    assert "tin-001.txt" not in holders      # a ministers' meeting, another block


def test_only_the_meeting_blocks_new_articles_touch_are_merged_again(tmp_path, store_url, monkeypatch):
    """Articles about one more summit touch the summit block only: the ministers', officials' and bilateral
    blocks are taken as the last build merged them, and the knowledge base still equals a full rebuild's."""
    from summitgraph.kb.build import meeting_blocks

    folder = write_stories(tmp_path / "tin", range(0, 24))
    ingest(store_url, [folder])
    built(store_url)
    (folder / "hoi-nghi-moi.txt").write_text(story(24 * 2).replace("lần thứ 36", "lần thứ 47"), encoding="utf-8")
    ingest(store_url, [folder])
    merged: list[str] = []
    real = meeting_blocks.merge_cluster
    monkeypatch.setattr(meeting_blocks, "merge_cluster",
                        lambda cluster: merged.append(str(cluster[0].record.get("series"))) or real(cluster))
    with open_store(store_url) as store:
        updated = rebuild(store)
        after_update = kb_snapshot(store)
    assert updated.incremental and updated.meeting_blocks_merged == 1 and updated.meeting_blocks_reused >= 3
    # In the summit block, clustered again, only the new summit's cluster is merged: the others are unchanged.
    # (the new article may also join an older story's near-duplicate group: that story's meeting counts it.)
    summits = sum(1 for row in after_update["kb_meetings"] if json.loads(row)["series"] == "asean-summit")
    assert set(merged) == {"asean-summit"} and updated.meetings_merged == len(merged) < summits
    with open_store(store_url) as store:
        rebuild(store, full=True)
        assert kb_snapshot(store) == after_update
    assert len(merged) > updated.meetings            # the full rebuild merged every block again
    assert {"asean-summit", "amm"} <= set(merged)


def test_a_mention_joining_a_known_meeting_merges_that_meeting_again_and_no_other(tmp_path, store_url):
    """A wire copy of one summit story joins that summit's cluster: it is merged again, with the new source
    counted, and every other meeting of the block is taken from the last build."""
    folder = write_stories(tmp_path / "tin", range(0, 24))
    ingest(store_url, [folder])
    built(store_url)
    write_stories(folder, range(8, 9), outlet="VOV", prefix="sao")
    ingest(store_url, [folder])
    with open_store(store_url) as store:
        updated = rebuild(store)
    assert updated.meeting_blocks_merged >= 1 and 1 <= updated.meetings_merged <= 2
    assert_incremental_equals_full(store_url, read_again=0)


def test_a_removed_block_leaves_no_stored_meetings_and_a_changed_one_is_merged_again(tmp_path, store_url):
    folder = write_stories(tmp_path / "tin", range(0, 16))
    ingest(store_url, [folder])
    built(store_url)
    with open_store(store_url) as store, session(store) as db:
        before = dict(kb_tables.meeting_blocks(db))
        bilateral = [name for name in before if name.startswith("meeting:bilateral")]
        for victim in ("tin-002.txt", "tin-006.txt", "tin-010.txt", "tin-014.txt"):   # every bilateral story
            store.delete_article(victim)
    (folder / "tin-000.txt").write_text(story(0).replace("lần thứ 30", "lần thứ 44"), encoding="utf-8")
    for victim in ("tin-002.txt", "tin-006.txt", "tin-010.txt", "tin-014.txt"):
        (folder / victim).unlink()
    ingest(store_url, [folder])
    assert bilateral
    snapshot_ = assert_incremental_equals_full(store_url)
    blocks = {name: inputs for name, inputs, _ in snapshot_["kb_meeting_blocks"]}
    assert not set(bilateral) & set(blocks)
    summit = [name for name in blocks if name.startswith("meeting:asean-summit")]
    assert summit and all(blocks[name] != before.get(name) for name in summit)


def test_the_cli_updates_incrementally_unless_full(tmp_path, store_url):
    ingest(store_url, [write_stories(tmp_path / "tin", range(0, 8))])
    runner_ = CliRunner()
    first = runner_.invoke(app, ["resolve", "--db", store_url, "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["incremental"] is False          # nothing built before
    again = runner_.invoke(app, ["resolve", "--db", store_url, "--json"])
    assert json.loads(again.stdout)["incremental"] is True
    whole = runner_.invoke(app, ["resolve", "--db", store_url, "--full", "--json"])
    assert json.loads(whole.stdout)["incremental"] is False


def test_the_dev_corpus_in_two_halves_updated_incrementally_equals_a_full_rebuild(tmp_path, store_url, shared_dir):
    files = sorted((shared_dir / "corpus" / "dev").glob("*.txt"))
    if len(files) < 4:
        pytest.skip("../shared/corpus/dev holds too few articles")
    half = len(files) // 2
    for name, part in (("first", files[:half]), ("second", files[half:])):
        (tmp_path / name).mkdir()
        for path in part:
            (tmp_path / name / path.name).write_bytes(path.read_bytes())
    ingest(store_url, [tmp_path / "first"])
    built(store_url)
    ingest(store_url, [tmp_path / "second"])
    assert_incremental_equals_full(store_url, read_again=len(files) - half)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_sequences_of_changes_update_as_a_full_rebuild_does(tmp_path, store_url, seed):
    """Steps drawn at random (new stories, wire copies, an article rewritten to another meeting, an article
    deleted, a correction filed); after each, the incremental update equals a full rebuild."""
    import random

    rng = random.Random(seed)
    folder = write_stories(tmp_path / "tin", range(0, 10))
    ingest(store_url, [folder])
    built(store_url)
    next_story = 10
    for step in range(4):
        action = rng.choice(("new", "copies", "rewrite", "delete", "correct"))
        present = sorted(p.name for p in folder.glob("*.txt"))
        if action == "new":
            count = rng.randint(1, 4)
            write_stories(folder, range(next_story, next_story + count))
            next_story += count
        elif action == "copies":
            write_stories(folder, [rng.randrange(next_story)], outlet=f"bao-{step}", prefix=f"sao{step}")
        elif action == "rewrite" and present:
            path = folder / rng.choice(present)
            path.write_text(path.read_text(encoding="utf-8").replace("lần thứ", "lần thứ 1", 1), encoding="utf-8")
        elif action == "delete" and len(present) > 3:
            victim = rng.choice(present)
            (folder / victim).unlink()
            with open_store(store_url) as store:
                store.delete_article(victim)
        elif action == "correct":
            with open_store(store_url) as store, session(store) as db:
                keys = [r["key"] for r in db.query("SELECT key FROM kb_meetings ORDER BY key")]
            with open_store(store_url) as store:
                store.add_correction("meeting", rng.choice(keys), "city", rng.choice(CITY_NAMES), author="kiem-dinh")
        ingest(store_url, [folder])
        assert_incremental_equals_full(store_url)
