"""Knowledge-base rebuild time and peak memory at several store sizes, beside the figures before issue 14.

    python bench/rebuild.py sqlite:////work/bench-data/rebuild/fill-10000.db sqlite:///.../fill-30000.db ...

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
    started = time.perf_counter()
    child = subprocess.Popen(["nice", str(SUMMITGRAPH), "resolve", "--db", url, *options],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    stderr = child.stderr.read() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"resolve failed on {url}:\n{stderr[-2000:]}")
    last = stderr.strip().splitlines()[-1] if stderr.strip() else "?"
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", help="store URLs, smallest first")
    parser.add_argument("--option", action="append", default=[], help="passed to `summitgraph resolve`")
    args = parser.parse_args()
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


if __name__ == "__main__":
    raise SystemExit(main())
