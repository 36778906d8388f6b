"""Where an article's time goes: each stage timed plainly, then cProfile's hot spots by module and by function.

    python bench/profile_pipeline.py                  # ../shared/corpus dev + train
    python bench/profile_pipeline.py --top 25 --corpus DIR

CPU time (time.process_time), so a busy machine changes the totals little and the shares not at all.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def stage_times(paths: list[str]) -> tuple[int, dict[str, float]]:
    """CPU seconds per stage over the corpus: read (decode, clean, offsets, quality), hash, each extractor, store."""
    import tempfile

    from summitgraph.extract.context import make_context
    from summitgraph.extract.pipeline import STAGES, extractor_version
    from summitgraph.ingest.runner import iter_pieces, read_piece
    from summitgraph.model import Article, Reading
    from summitgraph.store import content_hash, open_store

    totals: dict[str, float] = defaultdict(float)
    count = 0
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/profile.db") as store:
        version = extractor_version()
        for piece in iter_pieces(paths):
            if not hasattr(piece, "fmt"):
                continue
            started = time.process_time()
            articles = [a for a in read_piece(piece) if isinstance(a, Article)]
            totals["ingest: read (decode, clean, offsets, quality)"] += time.process_time() - started
            for article in articles:
                count += 1
                started = time.process_time()
                content_hash(article)
                totals["ingest: content hash"] += time.process_time() - started
                started = time.process_time()
                ctx = make_context(article)
                totals["extract: context (sentences, fold)"] += time.process_time() - started
                reading = Reading(article=article, published=article.published)
                for stage in STAGES:
                    started = time.process_time()
                    records = stage.run(ctx)
                    totals[f"extract: {stage.name}"] += time.process_time() - started
                    ctx.facts[stage.name] = records
                    setattr(reading, stage.target, records)
                started = time.process_time()
                store.add_article(article, reading, extractor_version=version)
                totals["store: add_article (SQLite)"] += time.process_time() - started
    return count, totals


def profile(paths: list[str]) -> pstats.Stats:
    from summitgraph.ingest.runner import iter_batches, iter_pieces, process_batch

    batches = list(iter_batches(iter_pieces(paths), 16))
    process_batch(batches[0], frozenset())  # registries and tables load once; not what we are after
    profiler = cProfile.Profile()
    profiler.enable()
    for batch in batches:
        process_batch(batch, frozenset())
    profiler.disable()
    return pstats.Stats(profiler)


def by_module(stats: pstats.Stats) -> dict[str, float]:
    """Own time (tottime) summed per source file: where the interpreter actually spends it."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        totals[_short(filename)] += tottime
    return totals


def _short(filename: str) -> str:
    for marker in ("/src/summitgraph/", "/site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename if filename.startswith("~") else Path(filename).name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with dev/ and train/")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    paths = [str(args.corpus / "dev"), str(args.corpus / "train")]

    count, stages = stage_times(paths)
    total = sum(stages.values())
    print(f"Stages over {count} articles: {total / count * 1000:.1f} ms CPU per article")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<48} {seconds / count * 1000:7.2f} ms  {seconds / total:6.1%}")

    stats = profile(paths)
    profiled = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\ncProfile, own time by module (top {args.top}):")
    for name, seconds in sorted(by_module(stats).items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {name:<48} {seconds / profiled:6.1%}")
    print(f"\ncProfile, functions by cumulative time (top {args.top}), share of the whole run:")
    rows = []
    for (filename, line, function), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "summitgraph" in filename:
            rows.append((cumtime, tottime, calls, f"{_short(filename)}:{line} {function}"))
    for cumtime, tottime, calls, where in sorted(rows, reverse=True)[:args.top]:
        print(f"  {cumtime / profiled:6.1%} cum  {tottime / profiled:6.1%} own  {calls:>9} calls  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
