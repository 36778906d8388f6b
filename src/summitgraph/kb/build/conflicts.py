"""Merging what several sources say about one field, without overwriting anything silently.

Each distinct value becomes a ``Candidate`` with its sources (and the registry rule when one gave it). A source
supports every value compatible with its own ("2020-04" supports "2020-04-05"; "planned" supports "held").
The chosen value is the most precise one no other value refines, among those the most independent sources
support: five articles saying "July 2017" and one saying "5 July 2017" give "2017-07-05". Any candidate
incompatible with the choice (another article's "7 July 2017") makes the field a conflict, and every candidate
stays in the fact with its sources and count.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from summitgraph.text.normalize import fold
from summitgraph.kb import dates
from summitgraph.kb.types import Candidate, Fact, SourceRef

# A reference rule (the checked numbered-summit table) outweighs any number of articles: those articles are
# usually announcing plans that later changed (a summit moved online, to another city).
REFERENCE_WEIGHT = 1000.0
# A rule that is not reference data only fills a gap: half of one article.
RULE_WEIGHT = 0.5
REFERENCE_CONFIDENCE = 0.98
RULE_CONFIDENCE = 0.6

_STATUS_ORDER = {"planned": 0, "held": 1, "cancelled": 1}
_FORMAT_ORDER = {"online": 0, "in_person": 0, "hybrid": 1}


def value_key(field: str, value: Any) -> Any:
    """What makes two written values the same value."""
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(sorted(str(v).upper() for v in value))
    if field in {"city", "name", "theme"}:
        return _folded(str(value))
    if field in {"country", "chair", "partner"}:
        return str(value).upper()
    return value


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    """A city, name or theme folded once per build, not once per mention that writes it."""
    return fold(text)


def compatible(field: str, a: Any, b: Any) -> bool:
    """Whether two values can both be true of one meeting."""
    if field in {"start", "end"}:
        return dates.compatible(a, b)
    if field == "status":
        return a == b or "planned" in (a, b)        # a plan precedes either outcome
    if field == "format":
        return a == b or "hybrid" in (a, b)         # a hybrid meeting is partly online and partly in person
    return value_key(field, a) == value_key(field, b)


def specificity(field: str, value: Any) -> int:
    if field in {"start", "end"}:
        return 2 * dates.precision(value) + (dates.year_of(value) is not None)   # "2020-01-15" over "--01-15"
    if field == "status":
        return _STATUS_ORDER.get(value, 0)
    if field == "format":
        return _FORMAT_ORDER.get(value, 0)
    return 0


class CandidateSet:
    """Candidates of one field, grouped by value."""

    def __init__(self, field: str) -> None:
        self.field = field
        self._by_key: dict[Any, Candidate] = {}
        # The sources each candidate already lists, as a set: a person named in thousands of articles would
        # otherwise be checked against the whole list for each new mention.
        self._listed: dict[Any, set[SourceRef]] = {}

    def add(self, value: Any, source: SourceRef | None = None, *, rule: str | None = None,
            reference: bool = False) -> None:
        if value is None or value == [] or value == "":
            return
        key = value_key(self.field, value)
        candidate = self._by_key.get(key)
        if candidate is None:
            candidate = self._by_key[key] = Candidate(value=value)
        listed = self._listed.setdefault(key, set())
        if source is not None and source not in listed:
            listed.add(source)
            candidate.sources.append(source)
        if rule is not None and candidate.rule is None:
            candidate.rule = rule
        candidate.reference = candidate.reference or reference

    def candidates(self) -> list[Candidate]:
        return list(self._by_key.values())

    def merge(self) -> Fact:
        return merge(self.field, self.candidates())


@lru_cache(maxsize=None)
def _no_value(field: str) -> Fact:
    """The fact of a field no source gives: one per field name, shared (a build holds every meeting's facts,
    and most meetings leave several of their 13 fields empty). Never changed after it is made."""
    return Fact(field=field, value=None, confidence=0.0, candidates=[])


def weight(candidate: Candidate) -> float:
    if candidate.reference:
        return REFERENCE_WEIGHT + candidate.independent
    if candidate.sources:
        return float(candidate.independent)
    return RULE_WEIGHT if candidate.rule else 0.0


def merge(field: str, candidates: list[Candidate]) -> Fact:
    """The fact for one field: chosen value, confidence, conflict flag, all candidates best first."""
    if not candidates:
        return _no_value(field)

    # Pairwise compatibility once; support, specificity and confidence once per candidate.
    agree = [[compatible(field, c.value, o.value) for o in candidates] for c in candidates]
    weights = [weight(c) for c in candidates]
    ranks = {}
    for i, c in enumerate(candidates):
        support = sum(w for w, ok in zip(weights, agree[i]) if ok)
        ranks[id(c)] = (support, specificity(field, c.value), _confidence(field, c, candidates),
                        -len(str(c.value)), str(c.value))

    def rank(c: Candidate) -> tuple:
        return ranks[id(c)]

    # Only values nothing compatible refines can be chosen: a coarser value lends its support instead.
    finest = [c for i, c in enumerate(candidates)
              if not any(ranks[id(o)][1] > ranks[id(c)][1] and agree[i][j] for j, o in enumerate(candidates))]
    chosen = max(finest, key=rank)
    ordered = [chosen] + sorted((c for c in candidates if c is not chosen), key=rank, reverse=True)
    chosen_row = agree[candidates.index(chosen)]
    for c, ok in zip(candidates, chosen_row):
        c.agrees = ok
    conflict = not all(c.agrees for c in candidates)
    return Fact(field=field, value=chosen.value, confidence=_confidence(field, chosen, candidates),
                candidates=ordered, conflict=conflict,
                rule=chosen.rule if not chosen.sources else None)


def _confidence(field: str, chosen: Candidate, candidates: list[Candidate]) -> float:
    """Noisy-or over the independent sources of every compatible value, less what the incompatible ones
    claim; reference data is trusted as checked, a gap-filling rule moderately."""
    if chosen.reference:
        return REFERENCE_CONFIDENCE
    best_per_group: dict[str, float] = {}
    against = 0.0
    for c in candidates:
        agrees = compatible(field, chosen.value, c.value)
        for s in c.sources:
            if agrees:
                best_per_group[s.group] = max(best_per_group.get(s.group, 0.0), s.confidence)
            else:
                against = max(against, s.confidence)
    if not best_per_group:
        return RULE_CONFIDENCE if chosen.rule else 0.0
    doubt = 1.0
    for confidence in best_per_group.values():
        doubt *= 1.0 - min(max(confidence, 0.0), 0.999)
    return (1.0 - doubt) * (1.0 - 0.5 * against)


def merge_values(field: str, values: Iterable[tuple[Any, SourceRef | None]],
                 rules: Iterable[tuple[Any, str, bool]] = ()) -> Fact:
    """Convenience: a fact from (value, source) pairs and (value, rule, reference) inferences."""
    found = CandidateSet(field)
    for value, source in values:
        found.add(value, source)
    for value, rule, reference in rules:
        found.add(value, rule=rule, reference=reference)
    return found.merge()


def conflicting(fact: Fact) -> list[Candidate]:
    """The candidates that disagree with the chosen value."""
    return [c for c in fact.candidates if not compatible(fact.field, fact.value, c.value)]

