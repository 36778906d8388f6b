"""Knowledge-base rebuild time and peak memory at several store sizes, beside the figures before issue 14.

    python bench/rebuild.py sqlite:////work/bench-data/rebuild/fill-10000.db sqlite:///.../fill-30000.db ...
    python bench/rebuild.py --incremental NEW_FOLDER sqlite:////COPY/fill-100000.db

With ``--incremental``, each store (a copy: it is written) is rebuilt whole (`resolve --full`), then the
articles of NEW_FOLDER are ingested without a rebuild (`ingest --no-resolve`, not timed), then `resolve` updates
the knowledge base; the update's time is reported as a share of the full rebuild's.

Each store is rebuilt by `summitgraph resolve` in a child process (niced), so the figures are the command's own:
wall seconds, CPU seconds (user + system) and peak resident memory (ru_maxrss from wait4). CPU seconds are
the steadier figure on a shared machine; the ratio of CPU times is the growth. Make the stores with
bench/throughput.py (real ingest) or bench/fill_store.py (the bench corpus repeated, in seconds).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
# Before issue 14 (README's performance table): articles -> (wall seconds, peak RSS MB or None).
BEFORE = {10000: (26.6, None), 30000: (98.0, 1100), 100000: (708.0, 4500)}


def articles_in(url: str) -> int:
    from summitgraph.store import open_store

    with open_store(url) as store:
        return int(store.stats()["articles"])


def timed_resolve(url: str, options: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one `summitgraph resolve`, and its last line."""
    return timed_command(["resolve", "--db", url, *options])


def timed_command(arguments: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one niced `summitgraph` command, and its last line."""
    started = time.perf_counter()
    child = subprocess.Popen(["nice", str(SUMMITGRAPH), *arguments],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    stderr = child.stderr.read() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(arguments)} failed:\n{stderr[-2000:]}")
    last = stderr.strip().splitlines()[-1] if stderr.strip() else "?"
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", help="store URLs, smallest first")
    parser.add_argument("--option", action="append", default=[], help="passed to `summitgraph resolve`")
    parser.add_argument("--incremental", metavar="NEW_FOLDER", type=Path,
                        help="time a full rebuild, ingest this folder's articles, time the incremental update")
    args = parser.parse_args()
    if args.incremental:
        for url in args.stores:
            incremental(url, args.incremental, args.option)
        return 0
    rows = []
    for url in args.stores:
        size = articles_in(url)
        wall, cpu, rss, last = timed_resolve(url, args.option)
        rows.append((size, wall, cpu, rss))
        before = BEFORE.get(size)
        was = (f"before {before[0]:6.1f} s" + (f", {before[1]:5.0f} MB" if before[1] else "")) if before else ""
        print(f"{size:>7} articles: {wall:6.1f} s wall, {cpu:6.1f} s CPU, peak RSS {rss:5.0f} MB   {was}", flush=True)
        print(f"          {last}", flush=True)
    if len(rows) > 1:
        first = rows[0]
        for size, wall, cpu, _ in rows[1:]:
            print(f"growth {first[0]:,} -> {size:,} articles (x{size / first[0]:.0f}): wall x{wall / first[1]:.1f}, "
                  f"CPU x{cpu / first[2]:.1f}")
    return 0


def incremental(url: str, new: Path, options: list[str]) -> None:
    size = articles_in(url)
    wall, cpu, rss, last = timed_resolve(url, ["--full", *options])
    print(f"{size:>7} articles, full rebuild:  {wall:6.1f} s wall, {cpu:6.1f} s CPU, peak RSS {rss:5.0f} MB", flush=True)
    print(f"          {last}", flush=True)
    i_wall, i_cpu, _, _ = timed_command(["ingest", str(new), "--db", url, "--no-resolve"])
    added = articles_in(url) - size
    print(f"          ingested {added} new articles ({added / size:.1%}) in {i_wall:.1f} s wall, {i_cpu:.1f} s CPU "
          f"(not counted)", flush=True)
    u_wall, u_cpu, u_rss, u_last = timed_resolve(url, options)
    print(f"{size + added:>7} articles, incremental: {u_wall:6.1f} s wall, {u_cpu:6.1f} s CPU, peak RSS {u_rss:5.0f} MB"
          f"   = {u_cpu / cpu:.1%} of the full rebuild's CPU ({u_wall / wall:.1%} of its wall time)", flush=True)
    print(f"          {u_last}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
