"""CLI start-up: wall time (median, p95) and CPU time of `summitgraph --help`, `meetings --help` and the
read-only commands, each run N times as a new process, beside the previous figures.

    python bench/startup.py [--runs 15] [--compare /work/main/src]

Each run is `python -c "from summitgraph.cli import main; main()" ARGS` (what the `summitgraph` script
does) with PYTHONPATH at this tree's src, and with --compare at another tree's src too, run alternately, so
both see the same load: on a shared machine the wall time moves with the other processes, the CPU time
(user + system of the child) much less. The read-only commands run on a store made once from the bundled
example articles (src/summitgraph/examples), ingested and resolved by the tree measured first.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "summitgraph" / "examples"
RUN = "from summitgraph.cli import main; main()"
# The figures (issue 14), measured before this work on the same machine.
PREVIOUS = {"--help": 1.40, "meetings --help": 1.04}
LIMIT = 0.3


def run_once(src: Path, args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `summitgraph ARGS` in a new process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RUN, *args], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def make_store(src: Path, folder: Path) -> tuple[str, str]:
    """A store of the example articles, and the key of a person in it (for `summitgraph person`)."""
    db = f"sqlite:///{folder / 'startup.db'}"
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, "-c", RUN, "ingest", str(EXAMPLES), "--db", db], env=env, check=True,
                   capture_output=True)
    people = subprocess.run([sys.executable, "-c", RUN, "people", "--db", db, "--format", "tsv", "--limit", "1"],
                            env=env, check=True, capture_output=True, text=True).stdout.splitlines()
    return db, people[1].split("\t")[0]


def commands(db: str, person: str) -> list[list[str]]:
    return [["--help"], ["meetings", "--help"], ["meetings", "--db", db], ["timeline", "--db", db],
            ["person", person, "--db", db], ["status", "--db", db]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="Runs of each command (default 15).")
    parser.add_argument("--compare", type=Path, help="Another tree's src folder, measured alongside.")
    options = parser.parse_args()
    trees = {"this tree": ROOT / "src"}
    if options.compare:
        trees = {"compared": options.compare.resolve(), **trees}
    with tempfile.TemporaryDirectory(prefix="summitgraph-startup-") as folder:
        db, person = make_store(ROOT / "src", Path(folder))
        print(f"{options.runs} runs each, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
        header = f"{'command':<22} {'previous':>8}"
        for name in trees:
            header += f" | {name + ' wall p50 / p95, cpu p50':>34}"
        print(header)
        for args in commands(db, person):
            label = " ".join(a if not a.startswith("sqlite") else "" for a in args).replace("--db", "").strip()
            figures: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in trees}
            for _ in range(options.runs):
                for name, src in trees.items():   # alternately, so both see the same load
                    wall, cpu = run_once(src, args)
                    figures[name][0].append(wall)
                    figures[name][1].append(cpu)
            previous = f"{PREVIOUS[label]:.2f} s" if label in PREVIOUS else "-"
            line = f"{label:<22} {previous:>8}"
            for walls, cpus in figures.values():
                line += (f" | {statistics.median(walls):>9.3f} s / {p95(walls):.3f} s, "
                         f"{statistics.median(cpus):.3f} s cpu")
            print(line, flush=True)
        print(f"(acceptance: --help and meetings --help under {LIMIT} s)")


if __name__ == "__main__":
    main()
