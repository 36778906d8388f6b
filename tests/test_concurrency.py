"""Concurrent use: `summitgraph ingest` writes in its own process while reader threads list articles, read facts
and search, on SQLite and PostgreSQL. No reader errs, every read is consistent (a fact's article exists, a
reading's spans lie in its text), and what readers see only grows."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from summitgraph.store import Store, open_store

SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
PG_URL = os.environ.get("SUMMITGRAPH_TEST_PG")
ARTICLES = 240
READERS = 4

CITIES = ("Hà Nội", "Đà Nẵng", "Huế", "Viêng Chăn", "Băng Cốc", "Manila", "Xin-ga-po", "Cuala Lămpơ")
MEETINGS = ("Hội nghị Cấp cao ASEAN", "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị Quan chức cao cấp ASEAN",
            "Hội nghị Bộ trưởng Quốc phòng ASEAN", "Diễn đàn Khu vực ASEAN")


def write_corpus(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir()
    for i in range(1, n + 1):
        city, meeting = rng.choice(CITIES), rng.choice(MEETINGS)
        (folder / f"bai-{i:04d}.txt").write_text(
            f"{meeting} lần thứ {i} tại {city}\n"
            f"Ngày {1 + i % 28}/{rng.randint(1, 12)}/{rng.randint(2008, 2023)}, {meeting} lần thứ {i} diễn ra tại "
            f"{city}. Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam. Hội nghị thông qua Tuyên bố "
            f"chung về hợp tác hàng hải.\n")


@dataclass
class Reader:
    """One reader thread's view: what it saw, and anything that went wrong."""

    store: Store
    seed: int
    errors: list[str] = field(default_factory=list)
    reads: int = 0
    last_articles: int = 0
    last_facts: int = 0
    partial_reads: int = 0   # reads that saw the ingest part way through

    def run(self, stop: threading.Event) -> None:
        rng = random.Random(self.seed)
        while not stop.is_set():
            try:
                self.read_once(rng)
            except Exception as exc:  # every failure is kept and reported by the test, with its type
                self.errors.append(f"{type(exc).__name__}: {exc}")
            self.reads += 1

    def read_once(self, rng: random.Random) -> None:
        # Each query sees the store as it is at that moment. Articles listed before the facts were read
        # were whole (article and facts are one transaction) by then, so their facts are all in ``facts``.
        complete_before = sorted(row.key for row in self.store.list_articles(limit=1000))
        facts = self.store.facts()
        count = self.store.count_articles()
        listed = {row.key for row in self.store.list_articles(limit=1000)}
        # Articles are only ever added here: what was seen once is seen again, counts never go down.
        assert count >= self.last_articles, f"article count fell from {self.last_articles} to {count}"
        assert len(facts) >= self.last_facts, f"fact count fell from {self.last_facts} to {len(facts)}"
        self.last_articles, self.last_facts = count, len(facts)
        self.partial_reads += 0 < count < ARTICLES
        missing = {f.article_key for f in facts} - listed
        assert not missing, f"facts of articles not listed: {sorted(missing)[:3]}"
        assert len(listed) >= count
        for hit in self.store.search(rng.choice(["hội nghị", "Ha Noi", "tuyen bo chung", "Bùi Thanh Sơn"])):
            assert hit.key in listed or self.store.get_article(hit.key), hit.key
        if complete_before:
            key = rng.choice(complete_before)
            reading = self.store.get_reading(key)
            text = reading.article.text
            for record in reading.meetings + reading.people + reading.documents + reading.chairmanships:
                for span in record.evidence.spans:
                    assert 0 <= span.start < span.end <= len(text), (key, span)
            own = [f for f in facts if f.article_key == key]
            assert len(self.store.facts(article=key)) == len(own), f"{key}: facts changed after being written"


def ingest_while_reading(url: str, corpus: Path) -> list[Reader]:
    """Run the ingest in a subprocess; meanwhile READERS threads read (two with stores of their own, two
    sharing one Store, as a web server's threads do)."""
    with open_store(url) as first:
        first.count_articles()  # create and migrate before anyone reads
    shared = open_store(url)
    stores = [open_store(url), open_store(url), shared, shared]
    readers = [Reader(store, seed) for seed, store in enumerate(stores)]
    stop = threading.Event()
    threads = [threading.Thread(target=reader.run, args=(stop,), daemon=True) for reader in readers]
    for thread in threads:
        thread.start()
    try:
        writer = subprocess.run([str(SUMMITGRAPH), "ingest", str(corpus), "--db", url, "--batch", "4"],
                                capture_output=True, text=True, timeout=120)
        time.sleep(0.2)  # a last round of reads on the finished store
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        for store in {id(s): s for s in stores}.values():
            store.close()
    assert writer.returncode == 0, writer.stderr
    assert f"summary: {ARTICLES} ingested, 0 updated, 0 unchanged, 0 failed" in writer.stderr
    return readers


def check_readers(readers: list[Reader]) -> None:
    errors = [error for reader in readers for error in reader.errors]
    assert errors == [], f"{len(errors)} failed reads, e.g. {errors[:3]}"
    assert all(reader.reads >= 5 for reader in readers), [r.reads for r in readers]
    assert all(reader.last_articles == ARTICLES for reader in readers)
    partial = sum(r.partial_reads for r in readers)
    assert partial > 0, "no read happened while the ingest was part way through"
    print(f"\n{sum(r.reads for r in readers)} reads by {len(readers)} threads, {partial} of them part way through "
          f"the ingest, no errors")


def test_sqlite_ingest_while_threads_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, ARTICLES, seed=1)
    readers = ingest_while_reading(f"sqlite:///{tmp_path / 'kho.db'}", corpus)
    check_readers(readers)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason='SUMMITGRAPH_TEST_PG is not set; run eval "$(scripts/postgres.sh start)" first')
def test_postgres_ingest_while_threads_read(tmp_path: Path) -> None:
    import psycopg
    from psycopg import sql as pgsql

    schema = f"test_{uuid.uuid4().hex[:12]}"
    corpus = tmp_path / "corpus"
    write_corpus(corpus, ARTICLES, seed=2)
    try:
        readers = ingest_while_reading(f"{PG_URL}{'&' if '?' in PG_URL else '?'}schema={schema}", corpus)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(pgsql.Identifier(schema)))
    check_readers(readers)
