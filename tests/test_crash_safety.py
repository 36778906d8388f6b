"""Crash safety: `summitgraph ingest` killed with SIGKILL at random points leaves a consistent store, and the next
run picks up where it stopped; a full disk is one line of error and no corruption.

Every check reads the database through the store's own backend, with SQL: integrity, foreign keys, no fact
without its article, every article with all the facts extraction gives it (none half-written), one current
version per key, the search index in step with the articles."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import read_path
from summitgraph.model import Article
from summitgraph.store import open_backend, open_store
from summitgraph.store.serialize import content_hash, reading_records

SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
KILLS = 22

CITIES = ("Hà Nội", "Đà Nẵng", "Huế", "Nha Trang", "Viêng Chăn", "Phnôm Pênh", "Gia-các-ta", "Băng Cốc")
MEETINGS = ("Hội nghị Cấp cao ASEAN", "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị Bộ trưởng Kinh tế ASEAN",
            "Hội nghị Quan chức cao cấp ASEAN", "Hội nghị Cấp cao ASEAN - Hàn Quốc", "Hội nghị Cấp cao Đông Á")
LEADERS = ("Thủ tướng Nguyễn Xuân Phúc", "Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Phó Thủ tướng Phạm Bình Minh",
           "Thứ trưởng Ngoại giao Nguyễn Quốc Dũng", "Chủ tịch nước Trương Tấn Sang")
CLOSINGS = ("Hội nghị thông qua Tuyên bố chung về hợp tác ứng phó biến đổi khí hậu.",
            "Các bên nhất trí tăng cường kết nối kinh tế và giao lưu nhân dân.",
            "Việt Nam đề xuất thành lập quỹ ứng phó dịch bệnh khu vực.",
            "Các trưởng đoàn trao đổi về tình hình Biển Đông và bán đảo Triều Tiên.")


def article_text(rng: random.Random, number: int) -> str:
    """A short news item, different for every ``number`` (its ordinal and day), the rest drawn at random."""
    city, meeting, leader = rng.choice(CITIES), rng.choice(MEETINGS), rng.choice(LEADERS)
    year = rng.randint(2005, 2023)
    return (f"{meeting} lần thứ {number} khai mạc tại {city}\n"
            f"Ngày {1 + number % 28}/{rng.randint(1, 12)}/{year}, tại {city}, {leader} dẫn đầu đoàn Việt Nam dự "
            f"{meeting} lần thứ {number}. {rng.choice(CLOSINGS)} {rng.choice(CLOSINGS)}\n")


class Corpus:
    """A folder of generated articles that grows between runs (so every run has new work to be killed in)."""

    def __init__(self, folder: Path, seed: int) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.count = 0
        folder.mkdir()

    def add(self, n: int) -> None:
        for _ in range(n):
            self.count += 1
            (self.folder / f"tin-{self.count:04d}.txt").write_text(article_text(self.rng, self.count))

    def add_jsonl(self, name: str, n: int) -> None:
        import json
        lines = []
        for _ in range(n):
            self.count += 1
            lines.append(json.dumps({"id": f"dong-{self.count:04d}", "text": article_text(self.rng, self.count)},
                                    ensure_ascii=False))
        (self.folder / name).write_text("\n".join(lines) + "\n")

    def rewrite_one(self) -> None:
        """A new version of an existing article: its update supersedes the old row, in the same transaction."""
        victim = self.rng.choice(sorted(self.folder.glob("tin-*.txt")))
        victim.write_text(article_text(self.rng, int(victim.stem.split("-")[1])) + "Cập nhật thêm.\n")

    def articles(self) -> dict[str, Article]:
        return {a.id: a for a in read_path(self.folder) if isinstance(a, Article)}


class FactCounts:
    """How many facts extraction gives an article, by content: a stored article must have exactly these."""

    def __init__(self) -> None:
        self.by_hash: dict[str, int] = {}

    def of(self, article: Article) -> int:
        digest = content_hash(article)
        if digest not in self.by_hash:
            reading = read_article(article)
            self.by_hash[digest] = len(reading_records(reading)) + (1 if reading.published else 0)
        return self.by_hash[digest]


def check_consistent(url: str, counts: FactCounts) -> int:
    """Assert the store is whole; returns its number of current articles."""
    db = open_backend(url)
    try:
        assert [row["integrity_check"] for row in db.query("PRAGMA integrity_check")] == ["ok"]
        assert db.query("PRAGMA foreign_key_check") == []
        tables = {row["name"] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return 0   # killed before the schema's one transaction committed: nothing landed, nothing half made
        assert {"schema_version", "articles", "facts"} <= tables, f"a schema half made: {sorted(tables)}"
        orphans = db.scalar("SELECT COUNT(*) AS n FROM facts AS f LEFT JOIN articles AS a ON a.id = f.article_id "
                            "WHERE a.id IS NULL")
        assert orphans == 0, f"{orphans} facts without their article"
        unindexed = db.scalar("SELECT COUNT(*) AS n FROM articles AS a LEFT JOIN articles_fts AS f "
                              "ON f.rowid = a.id WHERE f.rowid IS NULL AND a.superseded_by IS NULL")
        assert unindexed == 0, f"{unindexed} current articles missing from the search index"
        stale = db.scalar("SELECT COUNT(*) AS n FROM articles_fts AS f LEFT JOIN articles AS a ON a.id = f.rowid "
                          "WHERE a.id IS NULL OR a.superseded_by IS NOT NULL")
        assert stale == 0, f"{stale} search entries for no current article"
        doubled = db.query("SELECT key, COUNT(*) AS n FROM articles WHERE superseded_by IS NULL GROUP BY key "
                           "HAVING COUNT(*) > 1")
        assert doubled == [], f"keys current twice: {doubled}"
        gaps = db.query("SELECT key FROM articles GROUP BY key HAVING MAX(version) <> COUNT(*)")
        assert gaps == [], f"versions missing: {gaps}"
        fact_rows = {row["article_id"]: int(row["n"]) for row in db.query(
            "SELECT article_id, COUNT(*) AS n FROM facts GROUP BY article_id")}
        current = db.scalar("SELECT COUNT(*) AS n FROM articles WHERE superseded_by IS NULL")
    finally:
        db.close()
    with open_store(url) as store:
        for stored in store.iter_articles():
            expected = counts.of(stored.article)
            assert fact_rows.get(stored.pk, 0) == expected, \
                f"{stored.key}: {fact_rows.get(stored.pk, 0)} facts stored, extraction gives {expected}"
    return int(current)


def article_count(path: Path) -> int:
    """Current articles, read with the plain sqlite3 module while the ingest writes (WAL lets it)."""
    import sqlite3
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles WHERE superseded_by IS NULL").fetchone()[0]
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def kill_at_random_point(command: list[str], db_file: Path, rng: random.Random, *, blind: bool) -> str:
    """Run ``command`` and SIGKILL it: ``blind``, after a random delay from its start (startup, migration,
    anything); else a random moment after it began writing articles. Returns where the kill fell."""
    before = article_count(db_file)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if blind:
            time.sleep(rng.uniform(0.0, 2.0))
        else:
            deadline = time.monotonic() + 30
            while process.poll() is None and article_count(db_file) == before and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.25))
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if finished:
        return "finished before the kill"
    return "while writing" if article_count(db_file) > before else "before writing"


def test_sigkill_at_random_points_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(20240607)
    corpus = Corpus(tmp_path / "corpus", seed=7)
    corpus.add(40)
    corpus.add_jsonl("lo-1.jsonl", 25)
    db_file = tmp_path / "kho.db"
    url = f"sqlite:///{db_file}"
    counts = FactCounts()
    landed: list[str] = []
    stored = 0
    for kill in range(KILLS):
        corpus.add(rng.randint(15, 30))
        if kill % 5 == 2:
            corpus.rewrite_one()
        if kill == 10:
            corpus.add_jsonl("lo-2.jsonl", 30)
        command = [str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url, "--batch", str(rng.choice([1, 4, 16]))]
        landed.append(kill_at_random_point(command, db_file, rng, blind=kill % 4 == 0))
        now = check_consistent(url, counts) if db_file.exists() else 0
        assert now >= stored, f"kill {kill}: {stored - now} articles lost"
        stored = now

    final = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url, "--no-resolve"],
                           capture_output=True, text=True, timeout=60)
    assert final.returncode == 0, final.stderr
    summary = re.search(r"summary: (\d+) ingested, (\d+) updated, (\d+) unchanged, (\d+) failed", final.stderr)
    expected = corpus.articles()
    ingested, updated, unchanged, failed = map(int, summary.groups())
    assert failed == 0 and ingested + updated + unchanged == len(expected)
    assert ingested == len(expected) - stored, "the last run did not resume where the others stopped"
    assert check_consistent(url, counts) == len(expected)
    with open_store(url) as store:
        keys = [a.key for a in store.iter_articles()]
        assert sorted(keys) == sorted(expected), "articles lost or duplicated"
        for key, article in expected.items():
            assert store.get_article(key).article.text == article.text   # the current version of each file
    print(f"\n{KILLS} kills: {landed.count('while writing')} while writing, {landed.count('before writing')} "
          f"before writing, {landed.count('finished before the kill')} after finishing; "
          f"{len(expected)} articles, none lost or duplicated")
    assert landed.count("while writing") >= KILLS // 3


def test_a_rerun_after_a_crash_before_the_knowledge_base_rebuild_completes_it(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path / "corpus", seed=3)
    corpus.add(5)
    url = f"sqlite:///{tmp_path / 'kho.db'}"
    # --no-resolve leaves the store exactly as a kill during the rebuild does (its one transaction rolled back).
    subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url, "--no-resolve"], check=True,
                   capture_output=True, timeout=60)
    rerun = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url], capture_output=True,
                           text=True, timeout=60)
    assert "5 unchanged" in rerun.stderr
    from summitgraph.kb.read.queries import status
    with open_store(url) as store:
        assert (status(store).get("summary") or {}).get("articles") == 5


# --- a full disk ------------------------------------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 1 MB tmpfs, mounted for the test (root only); skipped where mounting is not permitted."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill ({mounted.stderr.strip() or 'mount refused'})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_full_disk_is_one_line_and_leaves_the_store_whole(tmp_path: Path, tiny_disk: Path) -> None:
    corpus = Corpus(tmp_path / "corpus", seed=11)
    corpus.add(400)   # a few hundred kilobytes of text, its facts and search index: more than 1 MB stored
    url = f"sqlite:///{tiny_disk / 'kho.db'}"
    result = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url, "--no-resolve"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and "Traceback" not in result.stderr, result.stderr
    assert lines[-1].startswith("error: ") and "full" in lines[-1], result.stderr[-2000:]
    stored = check_consistent(url, FactCounts())
    assert 0 < stored < 400

    # With room again, the next run stores the rest, each article once.
    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_disk)], check=True)
    again = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db", url, "--no-resolve"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"summary: {400 - stored} ingested, 0 updated, {stored} unchanged, 0 failed" in again.stderr
    assert check_consistent(url, FactCounts()) == 400


def test_a_full_disk_is_exactly_one_line(tmp_path: Path, tiny_disk: Path) -> None:
    corpus = Corpus(tmp_path / "corpus", seed=12)
    corpus.add(400)
    result = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus.folder), "--db",
                             f"sqlite:///{tiny_disk / 'kho.db'}", "--no-resolve"], capture_output=True, text=True,
                            timeout=120)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: sqlite:///{tiny_disk / 'kho.db'}: database or disk is full"], errors


# --- commit failures, in process ------------------------------------------------------------------------------

def small_articles(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    from summitgraph.ingest import article_from_text
    return [article_from_text(article_text(rng, i), f"tin-{i}.txt") for i in range(1, n + 1)]


def test_sqlite_out_of_pages_is_a_store_error_and_the_store_stays_usable(tmp_path: Path) -> None:
    from summitgraph.errors import StoreError
    url = f"sqlite:///{tmp_path / 'kho.db'}"
    articles = small_articles(300, seed=5)
    with open_store(url) as store:
        pages = store._db.scalar("PRAGMA page_count")
        store._db.execute(f"PRAGMA max_page_count = {int(pages) + 40}")   # SQLite's own way to fill the disk
        written = 0
        with pytest.raises(StoreError, match="database or disk is full"):
            for article in articles:
                store.add_article(article, read_article(article), extractor_version="t")
                written += 1
        assert 0 < written < len(articles)
        assert store.count_articles() == written            # the failed article left nothing behind
        store._db.execute("PRAGMA max_page_count = 1073741823")
        for article in articles[written:]:                   # and the same connection goes on once there is room
            store.add_article(article, read_article(article), extractor_version="t")
    assert check_consistent(url, FactCounts()) == len(articles)


PG_URL = os.environ.get("SUMMITGRAPH_TEST_PG")


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason='SUMMITGRAPH_TEST_PG is not set; run eval "$(scripts/postgres.sh start)" first')
def test_postgres_connection_lost_in_a_transaction_is_a_store_error() -> None:
    import uuid

    import psycopg
    from psycopg import sql as pgsql

    from summitgraph.errors import StoreError
    schema = f"test_{uuid.uuid4().hex[:12]}"
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}schema={schema}"
    [article] = small_articles(1, seed=9)
    try:
        store = open_store(url)
        pid = store._db.scalar("SELECT pg_backend_pid() AS pid")
        with pytest.raises(StoreError) as caught:
            with store._db.transaction():
                store._db.execute("SELECT 1")
                with psycopg.connect(PG_URL, autocommit=True) as admin:   # the server drops the connection
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert "\n" not in caught.value.one_line().strip()
        store.close()
        with open_store(url) as again:                      # nothing half-written: a fresh connection works
            assert again.add_article(article) == "ingested"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(pgsql.Identifier(schema)))
