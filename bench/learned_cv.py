#!/usr/bin/env python3
"""K-fold cross-validation of the learned meeting tagger (issue 11), on the annotated sets of ../shared.

    .venv/bin/python bench/learned_cv.py [--folds 5] [--thresholds 0.3,0.5,0.7,0.9]

Articles of dev, train and recent are dealt into folds; for each fold the tagger and the series classifier
are trained on the other folds and read the fold's articles. Prints, for each threshold:
  - the tagger's mention precision, recall and F1 (a proposed name counts when its span is a gold name's);
  - its recall of the gold names no rule-found mention overlaps (what the tagger is for);
  - where its errors lie: proposals that overlap a gold name with other bounds, proposals that overlap
    none, gold names no proposal overlaps;
  - the reference scorer's meetings P/R/F1 over all folds' predictions, with the tagger and without.
Prints figures only, never a sentence.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from summitgraph.extract.learned import tagger  # noqa: E402
from summitgraph.training.align import Example, load_set, name_spans, tagged_name  # noqa: E402
from summitgraph.extract.learned.features import places  # noqa: E402
from summitgraph.training.train import SETS, train  # noqa: E402
from summitgraph.extract.mentions import find_meeting_mentions  # noqa: E402
from summitgraph.extract.pipeline import read_article, reading_to_json  # noqa: E402
from summitgraph.extract.series import classify  # noqa: E402
from summitgraph.text.normalize import fold_keep_length, lower_keep_length  # noqa: E402
from summitgraph.text.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"


def folds_of(examples: list[Example], k: int) -> list[list[Example]]:
    order = sorted(examples, key=lambda e: e.key)
    random.Random(11).shuffle(order)
    return [order[i::k] for i in range(k)]


def tagger_counts(examples: list[Example]) -> tuple[int, ...]:
    """(proposed, gold, exact matches, gold names no rule mention overlaps, of those found, proposals with
    other bounds than the gold name they overlap, proposals overlapping no gold name, gold names missed)."""
    proposed = gold = hit = unseen = unseen_hit = bounds = spurious = missed = 0
    for ex in examples:
        text = ex.article.text
        folded, lower = fold_keep_length(text), lower_keep_length(text)
        spans = set(name_spans(folded, [n for n, s in ex.names if tagged_name(n, s)]))
        known = places(text)
        found = set()
        rule_spans = []
        for s in split_sentences(text):
            found.update((p.start, p.end) for p in tagger.propose(text, folded, s.start, s.end, known))
            rule_spans += [(m.start, m.end) for m in find_meeting_mentions(text, folded, lower, s.start, s.end)]
        proposed += len(found)
        gold += len(spans)
        hit += len(found & spans)
        for x, y in found - spans:
            if any(x < b and a < y for a, b in spans):
                bounds += 1
            else:
                spurious += 1
        missed += sum(1 for a, b in spans if not any(x < b and a < y for x, y in found))
        for a, b in spans:
            if not any(x < b and a < y for x, y in rule_spans):
                unseen += 1
                unseen_hit += any(x < b and a < y for x, y in found)
    return proposed, gold, hit, unseen, unseen_hit, bounds, spurious, missed


def series_counts(examples: list[Example]) -> tuple[int, int, int, int]:
    """(gold names, the classifier's right series, names the series rules leave unread, of those right)."""
    names = right = unread = unread_right = 0
    for ex in examples:
        for name, series in ex.names:
            if series.startswith("bilateral"):
                continue
            guess = tagger.series_of(name)
            names += 1
            right += guess == series
            if classify(name)[0] is None:
                unread += 1
                unread_right += guess == series
    return names, right, unread, unread_right


def score(gold_dir: Path, predictions: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in predictions:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_dir), f.name],
                         capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    line = next(x for x in out.splitlines() if x.startswith("meetings "))
    p, r, f1 = line.split()[1:4]
    summary = out.strip().splitlines()[-1].split()
    slot = next(x for x in summary if x.startswith("slotAcc="))
    return f"meetings P {p} R {r} F1 {f1} {slot}"


def prf(proposed: int, gold: int, hit: int) -> str:
    p = hit / proposed if proposed else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", default="0.3,0.5,0.7,0.9")
    ap.add_argument("--tagger-only", action="store_true", help="the tagger's figures only (no extraction)")
    args = ap.parse_args()
    if not (SHARED / "gold").is_dir():
        print(f"no annotated sets at {SHARED}: nothing to cross-validate")
        return 0
    thresholds = [float(t) for t in args.thresholds.split(",")]
    examples = [ex for name in SETS for ex in load_set(SHARED, name)]
    folds = folds_of(examples, args.folds)
    counts = {t: [0] * 8 for t in thresholds}
    series = [0] * 4
    preds: dict[float | None, list[dict]] = {t: [] for t in [None] + thresholds}
    seconds = {t: 0.0 for t in [None] + thresholds}
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        for ex in examples:
            set_name, stem = ex.key.split("/")
            (gold_dir / f"{stem}.json").symlink_to(SHARED / "gold" / set_name / f"{stem}.json")
        for i, held in enumerate(folds):
            model_dir = Path(tmp) / f"fold{i}"
            started = time.perf_counter()
            train([ex for j, fold in enumerate(folds) if j != i for ex in fold], model_dir)
            print(f"fold {i + 1}/{len(folds)}: {len(held)} articles, trained in {time.perf_counter() - started:.1f} s",
                  flush=True)
            tagger.SETTINGS.directory = model_dir
            series = [a + b for a, b in zip(series, series_counts(held))]
            for t in [None] + thresholds:
                tagger.SETTINGS.enabled = t is not None
                tagger.SETTINGS.threshold = t or 0.0
                if not args.tagger_only:
                    started = time.perf_counter()
                    preds[t] += [reading_to_json(read_article(ex.article)) for ex in held]
                    seconds[t] += time.perf_counter() - started
                if t is not None:
                    counts[t] = [a + b for a, b in zip(counts[t], tagger_counts(held))]
        n = len(examples)
        print(f"\n{len(folds)}-fold cross-validation over {n} articles ({', '.join(SETS)})")
        if not args.tagger_only:
            print(f"without the tagger:        {score(gold_dir, preds[None])}  "
                  f"({1000 * seconds[None] / n:.1f} ms/article)")
        names, right, unread, unread_right = series
        print(f"series classifier (probability >= {tagger.SETTINGS.series_threshold}): {right}/{names} gold names "
              f"right; of the {unread} the series rules cannot read, {unread_right} right")
        for t in thresholds:
            proposed, gold, hit, unseen, unseen_hit, bounds, spurious, missed = counts[t]
            print(f"tagger, threshold {t:.2f}:  mentions {prf(proposed, gold, hit)}; "
                  f"names no rule finds: {unseen_hit}/{unseen} found")
            print(f"  errors: {bounds} proposals with other bounds, {spurious} overlapping no gold name, "
                  f"{missed} of {gold} gold names missed")
            if not args.tagger_only:
                print(f"  with the tagger:         {score(gold_dir, preds[t])}  ({1000 * seconds[t] / n:.1f} ms/article)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
