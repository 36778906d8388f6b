"""API latency (p50, p95) on a store of many articles, over real HTTP to the real server.

    python bench/api_latency.py --articles 10000 [--requests 40] [--db sqlite:///bench.db]

The articles are the web tests' hand-written Vietnamese articles (tests/browser/articles), read once through
the real pipeline, then copied under new ids with a varied closing sentence (so every copy is new content),
stored with their readings, and resolved by the knowledge base. Then the server runs on a free loopback port
and each endpoint is timed over HTTP, one request at a time.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import uvicorn

from summitgraph import kb
from summitgraph.api.app import create_app
from summitgraph.errors import InputError
from summitgraph.extract.pipeline import extractor_version, read_article
from summitgraph.ingest import read_path
from summitgraph.model import Reading
from summitgraph.store import Store, open_store

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "browser" / "articles"
CLOSINGS = ("Bản tin số {n} được cập nhật lúc {h} giờ.", "Phóng viên thường trú tổng hợp, bản số {n}.",
            "Thông tin do Ban biên tập cung cấp ({n}, {h} giờ).", "Bài viết được đăng lại lần thứ {n}.")


def base_readings() -> list[Reading]:
    readings = []
    for item in read_path(str(ARTICLES)):
        if isinstance(item, InputError):
            raise SystemExit(f"error: {item.one_line()}")
        readings.append(read_article(item))
    return readings


def variant(reading: Reading, n: int, rng: random.Random) -> Reading:
    """A copy under a new id whose text ends with a different sentence. Appending keeps every span of the
    reading valid, so the copy is stored with the same facts, as a re-published story would be."""
    closing = rng.choice(CLOSINGS).format(n=n, h=rng.randint(6, 22))
    article = reading.article
    suffix = f"\n\n{closing}"
    copy = replace(article, id=f"{Path(article.id).stem}-{n:06d}", source=f"bench/{n:06d}/{article.id}",
                   text=article.text + suffix, original=article.original + suffix)
    return replace(reading, article=copy)


def fill(store: Store, count: int, seed: int) -> float:
    rng = random.Random(seed)
    bases = base_readings()
    version = extractor_version()
    started = time.perf_counter()
    for n in range(count):
        reading = variant(bases[n % len(bases)], n, rng)
        store.add_article(reading.article, reading, extractor_version=version)
        if (n + 1) % 1000 == 0:
            print(f"  stored {n + 1}/{count} articles", file=sys.stderr)
    return time.perf_counter() - started


# Figures measured before (README, performance section): p50 / p95 in ms by backend and store size, printed
# beside a run on a store of that size (within 10%) so a change shows against them.
PREVIOUS: dict[tuple[str, int], dict[str, tuple[float, float]]] = {
    ("sqlite", 10_000): {
        "GET /api/health": (3.4, 4.3), "GET /api/meetings": (9.2, 9.7),
        "GET /api/meetings (deep, offset)": (9.5, 10.1), "GET /api/meetings (deep, cursor)": (9.9, 10.3),
        "GET /api/meetings/{key}": (19.2, 19.8), "GET /meetings/{key} (page)": (23.0, 23.7),
        "GET /api/people/{key}": (17.8, 18.9), "GET /people/{key} (page)": (26.5, 27.8),
        "GET /api/search": (42.2, 43.2), "GET / (page)": (14.8, 15.7),
    },
    ("postgresql", 10_000): {
        "GET /api/health": (12.3, 13.3), "GET /api/meetings": (10.0, 13.9),
        "GET /api/meetings (deep, offset)": (16.5, 29.9), "GET /api/meetings (deep, cursor)": (10.5, 10.9),
        "GET /api/meetings/{key}": (32.1, 44.7), "GET /meetings/{key} (page)": (35.8, 36.8),
        "GET /api/people/{key}": (21.6, 26.3), "GET /people/{key} (page)": (32.7, 107.0),
        "GET /api/search": (180.1, 194.9), "GET / (page)": (16.2, 17.1),
    },
    # 100,000 articles (44,552 meetings), at load average 5.5 with other jobs running (README).
    ("sqlite", 100_000): {
        "GET /api/health": (11.6, 14.5), "GET /api/meetings": (13.2, 19.6),
        "GET /api/meetings (deep, offset)": (15.2, 20.8), "GET /api/meetings (deep, cursor)": (10.4, 16.0),
        "GET /api/meetings/{key}": (13.3, 20.1), "GET /meetings/{key} (page)": (17.4, 27.3),
        "GET /api/people/{key}": (8.0, 9.7), "GET /people/{key} (page)": (25.6, 33.0),
        "GET /api/search": (22.6, 27.9), "GET / (page)": (11.5, 20.0),
    },
    ("postgresql", 100_000): {
        "GET /api/health": (15.6, 19.9), "GET /api/meetings": (12.7, 16.4),
        "GET /api/meetings (deep, offset)": (16.4, 20.4), "GET /api/meetings (deep, cursor)": (8.5, 14.3),
        "GET /api/meetings/{key}": (18.6, 24.4), "GET /meetings/{key} (page)": (29.7, 40.0),
        "GET /api/people/{key}": (11.4, 17.6), "GET /people/{key} (page)": (24.0, 33.0),
        "GET /api/search": (36.5, 50.0), "GET / (page)": (12.3, 18.9),
    },
}


def previous(backend: str, articles: int) -> dict[str, tuple[float, float]]:
    """The figures measured before on a store of about this size, or none."""
    for (kind, size), figures in PREVIOUS.items():
        if kind == backend and abs(articles - size) <= size // 10:
            return figures
    return {}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(store: Store) -> tuple[uvicorn.Server, str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def targets(store: Store) -> dict[str, str]:
    """One URL per kind of request, with keys taken from the store so every request finds something."""
    article = store.list_articles(limit=1, offset=store.count_articles() // 2)[0].key
    meeting = kb.list_meetings(store, limit=1)[0].key
    person = kb.list_people(store, limit=1)[0].key
    quoted = meeting.replace("#", "%23").replace("|", "%7C")
    # Deep in the meetings list: the last full page, by offset and by the cursor of the row before it.
    deep = max(0, kb.count_meetings(store) - 51)
    before = kb.list_meetings(store, limit=1, offset=deep)
    cursor = kb.meeting_cursor(before[0]).encode() if before else ""
    return {
        "GET /api/health": "/api/health",
        "GET /api/articles": "/api/articles?limit=50",
        "GET /api/articles?q=": "/api/articles?q=da%20nang&limit=50",
        "GET /api/articles/{key}": f"/api/articles/{article}",
        "GET /api/facts?article=": f"/api/facts?article={article}",
        "GET /api/facts?kind=meeting": "/api/facts?kind=meeting&limit=50&offset=5000",
        "GET /api/meetings": "/api/meetings?limit=50",
        "GET /api/meetings (deep, offset)": f"/api/meetings?limit=50&offset={deep + 1}",
        "GET /api/meetings (deep, cursor)": f"/api/meetings?limit=50&cursor={cursor}",
        "GET /api/meetings?series=&year=": "/api/meetings?series=asean-summit&year=2022",
        "GET /api/meetings/{key}": f"/api/meetings/{quoted}",
        "GET /api/timeline": "/api/timeline",
        "GET /api/people": "/api/people?limit=50",
        "GET /api/people/{key}": f"/api/people/{person}",
        "GET /api/chairs/{year}": "/api/chairs/2022",
        "GET /api/search": "/api/search?q=hoi%20nghi%20cap%20cao",
        "GET / (page)": "/",
        "GET /meetings/{key} (page)": f"/meetings/{quoted}",
        "GET /people/{key} (page)": f"/people/{person}",
        "GET /articles/{key} (page)": f"/articles/{article}",
    }


def server_cpu(store: Store):
    """A reader of the CPU seconds the PostgreSQL server process serving ``store`` has used, when that server
    runs on this machine (its /proc entry readable); None otherwise (SQLite works inside this process)."""
    if store.backend != "postgresql":
        return None
    with store.session() as db:
        pid = int(db.scalar("SELECT pg_backend_pid() AS pid"))
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks     # utime, stime
    return read


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(base: str, urls: dict[str, str], requests: int,
            server=None) -> list[tuple[str, float, float, float, int]]:
    """p50, p95, CPU per request (this process's, server and client, plus the database server's when
    ``server`` reads it) and the response size of each URL."""
    rows = []
    with httpx.Client(base_url=base, timeout=120) as client:
        for label, url in urls.items():
            first = client.get(url)          # warm-up; also checks the request works
            if first.status_code != 200:
                raise SystemExit(f"error: {label} answered {first.status_code}: {first.text[:200]}")
            times = []
            cpu = time.process_time()   # server and client share this process: CPU of both, all threads
            cpu += server() if server else 0.0
            for _ in range(requests):
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            cpu_ms = (time.process_time() + (server() if server else 0.0) - cpu) * 1000 / requests
            rows.append((label, percentile(times, 0.5), percentile(times, 0.95), cpu_ms, len(first.content)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000, help="articles to store (default 10000)")
    parser.add_argument("--requests", type=int, default=40, help="timed requests per endpoint (default 40)")
    parser.add_argument("--db", help="store URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", help="time only the endpoints whose label holds one of these words "
                                       "(comma-separated, e.g. meetings,people,search,page)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="sg-bench-") as tmp:
        store = open_store(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        if store.count_articles() < args.articles:
            print(f"storing {args.articles} articles with their readings…", file=sys.stderr)
            stored_s = fill(store, args.articles - store.count_articles(), args.seed)
            print(f"  {stored_s:.1f} s ({args.articles / stored_s:.0f} articles/s)", file=sys.stderr)
            started = time.perf_counter()
            summary = kb.rebuild(store)
            print(f"knowledge base: {summary.meetings} meetings, {summary.people} people from "
                  f"{summary.articles} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        server, base = serve(store)
        try:
            urls = targets(store)
            if args.only:
                words = [w.strip() for w in args.only.split(",") if w.strip()]
                urls = {label: url for label, url in urls.items() if any(w in label for w in words)}
            rows = measure(base, urls, args.requests, server_cpu(store))
        finally:
            server.should_exit = True
        stats = store.stats()
        store.close()

    print(f"API latency over HTTP, {stats['articles']} articles, {sum(stats['facts'].values())} facts, "
          f"{store.backend}, {args.requests} requests per endpoint")
    # CPU per request is steadier than wall time when other work shares the machine (load shows in health); on
    # PostgreSQL it includes the server process's CPU when the server runs on this machine.
    before = previous(store.backend, stats["articles"])
    print(f"{'endpoint':34} {'p50 ms':>9} {'p95 ms':>9} {'CPU ms':>9} {'bytes':>9}" +
          (f" {'before p50 / p95':>18}" if before else ""))
    for label, p50, p95, cpu_ms, size in rows:
        then = f" {before[label][0]:8.1f} / {before[label][1]:7.1f}" if label in before else ""
        print(f"{label:34} {p50:9.1f} {p95:9.1f} {cpu_ms:9.1f} {size:9d}{then}")
    everything = [p for _, p, _, _, _ in rows]
    print(f"{'median of p50s':34} {statistics.median(everything):9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
