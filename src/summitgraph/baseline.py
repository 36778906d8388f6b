"""Baseline for the people field: underthesea's off-the-shelf NER, no rules, no titles, no countries.

    python bench/baseline_ner.py --gold ../shared/gold/dev --corpus ../shared/corpus/dev
    summitgraph evaluate --gold ../shared/gold/dev --corpus ../shared/corpus/dev --baseline

prints the people P/R/F1 this baseline reaches under summitgraph's scorer, the bar the extractor
has to clear. Importable: ``underthesea_people(text)`` and ``baseline_predictions(corpus_dir)``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from summitgraph.errors import InputError
from summitgraph.evaluate import load_gold, score, scorer_fold

PERSON_TAGS = ("B-PER", "I-PER")


def _underthesea() -> tuple[Callable[[str], list[str]], Callable[[str], list[tuple[Any, ...]]]]:
    try:
        from underthesea import ner, sent_tokenize
    except ImportError as problem:
        raise SystemExit(
            f"baseline_ner needs underthesea ({problem}); install it with: pip install -e '.[baseline]'"
        ) from None
    return sent_tokenize, ner


def person_runs(tagged: Iterable[tuple[Any, ...]]) -> list[str]:
    """Names from one tagged sentence: each B-PER starts a name, I-PER tokens extend it.

    A stray I-PER after a non-person token starts a name too, since the tagger sometimes omits B-PER.
    """
    names: list[str] = []
    current: list[str] = []
    for token in tagged:
        word, tag = str(token[0]), str(token[-1])
        if tag == "B-PER" or (tag == "I-PER" and not current):
            if current:
                names.append(" ".join(current))
            current = [word]
        elif tag == "I-PER":
            current.append(word)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return names


def underthesea_people(text: str) -> list[dict]:
    """People records (gold format, no titles or country) for every person underthesea tags."""
    sent_tokenize, ner = _underthesea()
    people: list[dict] = []
    seen: set[str] = set()
    for sentence in sent_tokenize(text):
        for name in person_runs(ner(sentence)):
            key = scorer_fold(name)
            if key and key not in seen:
                seen.add(key)
                people.append({"name": name, "titles": [], "country": None})
    return people


def baseline_predictions(corpus_dir: Path, names: Iterable[str] | None = None) -> dict[str, dict]:
    """Baseline records for the ``*.txt`` articles of a directory (or only the given file names).

    An unreadable file is reported on stderr in one line and skipped; the rest goes on.
    """
    corpus_dir = Path(corpus_dir)
    paths = sorted(corpus_dir.glob("*.txt")) if names is None else [corpus_dir / n for n in names]
    predictions: dict[str, dict] = {}
    for path in paths:
        try:
            text = _read_article(path)
        except InputError as problem:
            print(problem.one_line(), file=sys.stderr)
            continue
        predictions[path.name] = {
            "file": path.name, "published": None, "meetings": [],
            "people": underthesea_people(text), "documents": [], "chairmanships": [],
        }
    return predictions


def _read_article(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such article") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="directory of gold *.json")
    parser.add_argument("--corpus", type=Path, required=True, help="directory of the articles *.txt")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except InputError as problem:
        print(problem.one_line(), file=sys.stderr)
        return 2
    # only the annotated articles: predictions for others could not be scored anyway
    predicted = baseline_predictions(args.corpus, sorted(gold))
    people = score(gold, predicted).fields["people"]
    print(f"underthesea NER baseline, people on {len(gold)} articles: "
          f"tp={people.tp} fp={people.fp} fn={people.fn} "
          f"P={people.precision:.3f} R={people.recall:.3f} F1={people.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
