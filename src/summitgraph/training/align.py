"""Gold meeting names laid on the article text as BIO tags: the tagger's training data.

A gold name is written as in the text, but case, diacritics (NFC or not) and spacing may differ: names are
matched on the fold, word by word. Every occurrence of a name is tagged. Bilateral meetings are named by
verb phrases ("hội đàm với ..."), which the bilateral reader finds; only named meetings are tagged.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from summitgraph.extract.learned.features import MEETING_WORD, Token, places, sentence_features, tokens, windows
from summitgraph.ingest.sources import read_path
from summitgraph.model import Article
from summitgraph.text.normalize import fold, fold_keep_length
from summitgraph.text.sentences import split_sentences


@dataclass
class Example:
    """One annotated article: its text and the gold meetings' names and series."""
    key: str
    article: Article
    names: list[tuple[str, str]]   # (name, series) of the gold's named meetings


@dataclass
class Sequence:
    tokens: list[Token]
    features: list[list[str]]
    labels: list[str]


def tagged_name(name: str, series: str) -> bool:
    """Whether a gold meeting's name is one the tagger learns: a named meeting, whole (no "..."), with a
    meeting word in it."""
    return not series.startswith("bilateral") and "..." not in name and "…" not in name \
        and MEETING_WORD.search(fold(name)) is not None


def load_set(shared: Path, name: str) -> list[Example]:
    out = []
    for txt in sorted((shared / "corpus" / name).glob("*.txt")):
        gold = json.loads((shared / "gold" / name / (txt.stem + ".json")).read_text(encoding="utf-8"))
        article = next(a for a in read_path(txt) if isinstance(a, Article))
        names = [(m["name"], m["series"]) for m in gold.get("meetings") or [] if m.get("name")]
        out.append(Example(f"{name}/{txt.stem}", article, names))
    return out


def _pattern(name: str) -> re.Pattern[str] | None:
    words = re.findall(r"\w+|[^\w\s]", fold(name))
    if not words:
        return None
    body = r"\s*".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def name_spans(folded: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the names occur in the folded text, longest first, never overlapping."""
    found: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = _pattern(name)
        for m in pattern.finditer(folded) if pattern else ():
            if not any(a < m.end() and m.start() < b for a, b in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def bio(toks: list[Token], spans: list[tuple[int, int]]) -> list[str]:
    labels = ["O"] * len(toks)
    for a, b in spans:
        inside = [i for i, t in enumerate(toks) if a <= t.start and t.end <= b]
        for k, i in enumerate(inside):
            labels[i] = "B" if k == 0 else "I"
    return labels


def sequences(example: Example) -> list[Sequence]:
    """The article's sentences that name a meeting word, tokenized, with their features and gold tags."""
    text = example.article.text
    folded = fold_keep_length(text)
    spans = name_spans(folded, [n for n, s in example.names if tagged_name(n, s)])
    found = places(text)
    out = []
    for s in split_sentences(text):
        for lo, hi in windows(folded, s.start, s.end):
            toks = tokens(text, folded, lo, hi)
            if toks:
                inside = [(a, b) for a, b in spans if toks[0].start <= a and b <= toks[-1].end]
                out.append(Sequence(toks, sentence_features(toks, found), bio(toks, inside)))
    return out
