"""Where a knowledge-base rebuild's time goes: cProfile's hot spots over `rebuild` on a store.

    python bench/profile_rebuild.py --db sqlite:////path/to/store.db [--top 30] [--full]

Prints the rebuild's summary, wall time, peak resident memory of this process, and the functions with the most
cumulative and own time. Run it on a copy of a bench store: the rebuild rewrites the kb_* tables.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--no-profile", action="store_true", help="time only (cProfile slows Python code)")
    args = parser.parse_args()

    from summitgraph.kb.build.rebuild import rebuild
    from summitgraph.store import open_store

    with open_store(args.db) as store:
        started = time.perf_counter()
        if args.no_profile:
            summary = rebuild(store)
        else:
            profile = cProfile.Profile()
            summary = profile.runcall(rebuild, store)
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{summary.articles} articles: {summary.meetings} meetings, {summary.people} people, "
          f"{summary.documents} documents in {wall:.1f} s, peak RSS {peak:.0f} MB")
    if not args.no_profile:
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
