"""The shipped meeting-name tagger: proposes meeting names the rules did not find in a sentence.

A CRF tags the tokens of a sentence that holds a meeting word B/I/O; each tagged stretch whose tokens'
marginal probability stays above ``THRESHOLD`` (chosen by cross-validation, see bench/learned_cv.py) becomes a
name. The rules' own series reading decides its series when it can; else the series classifier does, when
sure enough. The mention then goes through everything a rule-found name goes through (slots, merging,
the filters that keep only specific meetings).

``SUMMITGRAPH_LEARNED_MEETINGS=0`` (or 1) turns the tagger off (or on) whatever the default.
"""
from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from summitgraph.extract.learned.features import Place, sentence_features, tokens, windows
from summitgraph.extract.learned.series_features import name_features

DATA = resources.files("summitgraph.extract.learned") / "data"
CRF_FILE, SERIES_FILE = "meetings.crf", "series.lr"
ENV = "SUMMITGRAPH_LEARNED_MEETINGS"
ENABLED_BY_DEFAULT = True
THRESHOLD = 0.5          # the least marginal probability of a proposed name's tokens
SERIES_THRESHOLD = 0.7   # the least probability of the classifier's series (90% right in cross-validation)


@dataclass(frozen=True)
class Proposal:
    start: int
    end: int
    confidence: float


@dataclass
class Settings:
    """Where the model is read from and how sure it must be; the cross-validation swaps these."""
    directory: Path | None = None
    threshold: float = THRESHOLD
    series_threshold: float = SERIES_THRESHOLD
    enabled: bool | None = None


SETTINGS = Settings()


def enabled() -> bool:
    if not _installed():
        return False    # an install from before the dependency: the rules alone read
    said = os.environ.get(ENV, "").strip()
    if said:
        return said not in ("0", "false", "no", "off")
    return ENABLED_BY_DEFAULT if SETTINGS.enabled is None else SETTINGS.enabled


@lru_cache(maxsize=1)
def _installed() -> bool:
    return importlib.util.find_spec("underthesea_core") is not None


@lru_cache(maxsize=4)
def _models(directory: str):
    import underthesea_core as uc  # imported only when the tagger runs

    base = Path(directory) if directory else DATA
    crf = uc.CRFTagger.from_model(uc.CRFModel.load(str(base / CRF_FILE)))
    lr = uc.LRClassifier.from_model(uc.LRModel.load(str(base / SERIES_FILE)))
    return crf, lr


def models():
    return _models(str(SETTINGS.directory or ""))


def propose(text: str, folded: str, start: int, end: int, found: list[Place],
            skip: Sequence[tuple[int, int]] = ()) -> list[Proposal]:
    """Meeting names the tagger reads in ``text[start:end]``, with their confidence. ``found`` is
    ``features.places`` of the text; meeting words inside ``skip`` spans (names the rules found) are not read
    again."""
    out: list[Proposal] = []
    for lo, hi in windows(folded, start, end, skip):
        out += _tag(text, folded, lo, hi, found)
    return out


def _tag(text: str, folded: str, start: int, end: int, found: list[Place]) -> list[Proposal]:
    toks = tokens(text, folded, start, end)
    if not toks:
        return []
    crf, _ = models()
    feats = sentence_features(toks, found)
    labels = crf.tag(feats)
    if "B" not in labels and "I" not in labels:
        return []
    names = crf.labels()
    marginals = crf.marginals(feats)
    out: list[Proposal] = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < len(labels) and labels[j] == "I":
            j += 1
        sure = min(marginals[k][names.index(labels[k])] for k in range(i, j))
        if sure >= SETTINGS.threshold:
            out.append(Proposal(toks[i].start, toks[j - 1].end, sure))
        i = j
    return out


# The classifier learned ASEAN's meetings: it may name the series only of a name that says it is one (ASEAN,
# or a body's acronym). "Hội nghị thượng đỉnh lần thứ 6" is left to the rules, which read it as the ASEAN
# Summit only in an article about ASEAN; a name with two countries is a bilateral body's, not ASEAN's.
_WHOSE = re.compile(r"\bASEAN\b|\b[A-Z]{2,}\b")


def series_of(name: str) -> str | None:
    """The classifier's series for a name that says it is ASEAN's, when its probability is high enough."""
    if not _WHOSE.search(name):
        return None
    _, lr = models()
    label, prob = lr.predict_with_prob(name_features(name))
    return label if prob >= SETTINGS.series_threshold else None
