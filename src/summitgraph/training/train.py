"""Train the meeting-name tagger and the series classifier from the annotated sets.

    python -m summitgraph.training.train SHARED [OUT_DIR]

reads SHARED/corpus/{dev,train,recent} and SHARED/gold/ and writes ``meetings.crf`` and ``series.lr`` to
OUT_DIR (default: the package's ``learned/data``). The same inputs give the same model: the trainers are
deterministic (L-BFGS for the tagger, full-batch gradient descent for the classifier).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import underthesea_core as uc

from summitgraph.training.align import Example, load_set, sequences
from summitgraph.extract.learned.series_features import name_features
from summitgraph.extract.learned.tagger import CRF_FILE, DATA, SERIES_FILE

SETS = ("dev", "train", "recent")
CRF_ITERATIONS = 150
# An L1 penalty prunes the many word features to the few that matter: a smaller model, no loss of F1.
CRF_L1, CRF_L2 = 0.05, 0.01
# Features seen fewer times than this in the training sentences are dropped: the model keeps no rare word
# or word pair (nothing that could spell out a sentence), and stays small.
MIN_COUNT = 3


def train_tagger(examples: list[Example], path: Path) -> None:
    xs, ys = [], []
    for ex in examples:
        for seq in sequences(ex):
            xs.append(seq.features)
            ys.append(seq.labels)
    counts = Counter(f for x in xs for token in x for f in token)
    xs = [[[f for f in token if counts[f] >= MIN_COUNT] for token in x] for x in xs]
    trainer = uc.CRFTrainer(loss_function="lbfgs", l1_penalty=CRF_L1, l2_penalty=CRF_L2,
                            max_iterations=CRF_ITERATIONS, verbose=0)
    trainer.train(xs, ys)
    trainer.get_model().save(str(path))


def train_series(examples: list[Example], path: Path) -> None:
    xs, ys = [], []
    for ex in examples:
        for name, series in ex.names:
            if not series.startswith("bilateral"):
                xs.append(name_features(name))
                ys.append(series)
    trainer = uc.LRTrainer(l2_penalty=0.0001, learning_rate=5.0, max_epochs=1000, batch_size=len(xs), verbose=0)
    trainer.train(xs, ys)
    trainer.get_model().save(str(path))


def train(examples: list[Example], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    train_tagger(examples, out / CRF_FILE)
    train_series(examples, out / SERIES_FILE)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    shared = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(str(DATA))
    examples = [ex for name in SETS for ex in load_set(shared, name)]
    train(examples, out)
    for f in (CRF_FILE, SERIES_FILE):
        print(f"{out / f}: {(out / f).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
