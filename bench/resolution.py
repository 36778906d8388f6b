"""Meeting resolution on the dev gold: B-cubed precision, recall and F1 of the merged meetings.

    python bench/resolution.py [--gold ../shared/gold/dev] [--db sqlite:////tmp/kb.db]

Truth (summitgraph.kb.build.goldset): gold meetings of different articles that share series and ordinal, or series,
partner or parties and overlapping dates (pinned to a month or a day, with a year), are one meeting. The
resolver sees the gold records as if an extractor had read them. Pairwise precision and recall over
cross-article pairs are printed too: with most meetings mentioned once, B-cubed is dominated by singletons.
With --db (a store holding the dev articles, resolved with `summitgraph resolve`): its counts, and the same
B-cubed score on what the extractor read, each extracted meeting standing for the gold meeting the scorer
matches it to (summitgraph.similarity), clustered as the knowledge base merged it.
"""
from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

from summitgraph.kb.build.goldset import bcubed, gold_mentions, predicted_clusters, truth_clusters
from summitgraph.kb.build.infer import complete_mention
from summitgraph.kb.build.resolve_meetings import resolve_meetings

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev"


def pairs(clusters: dict[str, int]) -> set[tuple[str, str]]:
    members: dict[int, list[str]] = {}
    for ref, cluster in clusters.items():
        members.setdefault(cluster, []).append(ref)
    return {tuple(sorted(p)) for refs in members.values() for p in combinations(refs, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--db", help="also report the counts of this store's knowledge base")
    args = parser.parse_args()
    if not any(args.gold.glob("*.json")):
        print(f"{args.gold}: no gold files", file=sys.stderr)
        return 1
    mentions = gold_mentions(args.gold)
    truth = truth_clusters(mentions)
    for mention in mentions:
        complete_mention(mention)
    clusters = resolve_meetings(mentions)
    predicted = predicted_clusters(clusters)
    score = bcubed(truth, predicted)
    true_pairs, found_pairs = pairs(truth), pairs(predicted)
    common = len(true_pairs & found_pairs)
    print(f"gold meetings (mentions): {len(mentions)} in {len({m.article for m in mentions})} articles")
    print(f"true meetings: {len(set(truth.values()))}   resolved meetings: {len(clusters)}")
    print(f"B-cubed precision {score.precision:.4f}  recall {score.recall:.4f}  F1 {score.f1:.4f}")
    print(f"cross-article pairs: true {len(true_pairs)}, found {len(found_pairs)}, both {common} "
          f"(pair precision {common / len(found_pairs) if found_pairs else 1:.3f}, "
          f"recall {common / len(true_pairs) if true_pairs else 1:.3f})")
    for pair in sorted(found_pairs - true_pairs):
        print(f"  merged, not in truth: {pair[0]}  +  {pair[1]}")
    for pair in sorted(true_pairs - found_pairs):
        print(f"  in truth, not merged: {pair[0]}  +  {pair[1]}")
    if args.db:
        from summitgraph import kb
        from summitgraph.store import open_store

        with open_store(args.db) as store:
            summary = kb.status(store).get("summary")
            if not summary:
                print(f"{args.db}: no knowledge base (run `summitgraph resolve --db {args.db}`)", file=sys.stderr)
                return 1
            print(f"{args.db}: {summary['articles']} articles, {summary['meeting_mentions']} meeting mentions -> "
                  f"{summary['meetings']} meetings; {summary['person_mentions']} person mentions -> "
                  f"{summary['people']} people; {summary['duplicate_articles']} near-duplicate articles")
            report_extracted(store, mentions, truth)
    return 0


def report_extracted(store, gold: list, truth: dict[str, int]) -> None:
    """B-cubed of the knowledge base's clusters over extracted meetings matched one-to-one to gold ones."""
    from summitgraph.similarity import best_assignment, meeting_match_quality
    from summitgraph.kb.db import session

    with session(store) as db:
        rows = db.query("SELECT meeting_key, article_key, position FROM kb_meeting_articles")
    cluster_of = {(r["article_key"], int(r["position"])): r["meeting_key"] for r in rows}
    by_article: dict[str, list] = {}
    for mention in gold:
        by_article.setdefault(mention.article, []).append(mention)
    matched_truth: dict[str, int] = {}
    matched_predicted: dict[str, str] = {}
    for article, gold_here in by_article.items():
        extracted = store.facts(kind="meeting", article=article)
        quality = [[meeting_match_quality(g.record, f.record) for f in extracted] for g in gold_here]
        for i, j in best_assignment(quality):
            key = cluster_of.get((article, extracted[j].position))
            if key is not None:
                matched_truth[gold_here[i].ref] = truth[gold_here[i].ref]
                matched_predicted[gold_here[i].ref] = key
    if not matched_truth:
        print("  no extracted meeting of the store matches a gold one (are the dev articles in it?)")
        return
    score = bcubed(matched_truth, matched_predicted)
    true_pairs, found_pairs = pairs(matched_truth), pairs({k: hash(v) for k, v in matched_predicted.items()})
    common = len(true_pairs & found_pairs)
    print(f"  extracted meetings matched to gold: {len(matched_truth)} of {len(gold)}; B-cubed precision "
          f"{score.precision:.4f} recall {score.recall:.4f} F1 {score.f1:.4f}; cross-article pairs true "
          f"{len(true_pairs)}, found {len(found_pairs)}, both {common}")


if __name__ == "__main__":
    sys.exit(main())
