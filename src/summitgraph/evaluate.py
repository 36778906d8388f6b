"""Score extracted records against the gold annotations, by the reference scorer's own definitions.

``../shared/gold/README.md`` ("Scoring") defines the project's figures and ``../shared/eval/score.py``
computes them; this module computes the same figures, so ``summitgraph evaluate`` and the reference
scorer agree to the last digit (tests/test_evaluate.py compares the two on the dev gold):

- a meeting matches a gold one of the same series when their ordinals agree; with no ordinal on one
  side, when partners and parties agree and their dates overlap, or (no dates) their cities agree, or
  (nothing to compare) on the series alone, the weakest match;
- people match on their diacritic-folded names, documents on folded names at least 80% alike
  (``difflib``'s ratio), chairmanships on (country, year);
- pairs are taken one to one, best match first (``_greedy``);
- a slot's accuracy counts the matched pairs whose gold fills it: a prediction that leaves it empty is
  wrong; one that fills a slot the gold leaves empty is counted apart as *extra*. The mean slot
  accuracy is the mean over start, end, city, country, format and chair.

On the same matched pairs it also reports what the reference leaves out (ordinal, partner, parties,
status and ``prepares`` of meetings, people's countries, documents' statuses), as diagnostics.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable, Sequence

from summitgraph.errors import InputError

LIST_FIELDS = ("meetings", "people", "documents", "chairmanships")
# The slots whose accuracies make the mean meeting-slot accuracy.
SCORED_SLOTS = ("start", "end", "city", "country", "format", "chair")
# Compared on the same pairs, reported apart.
DIAGNOSTIC_SLOTS = ("ordinal", "partner", "parties", "status", "prepares")
SERIES_GROUPS: dict[str, tuple[str, ...]] = {
    "asean": ("asean-summit", "amm", "amm-retreat", "acc", "asean-som", "jcm", "aem", "admm", "admm-plus",
              "asean-sectoral"),
    "partners": ("apt-summit", "apt-other", "eas", "eas-other", "arf", "arf-other", "asean-partner-summit",
                 "asean-partner-other"),
    "bilateral": ("bilateral-visit", "bilateral-talks"),
    "other": ("aipa", "subregional", "other-multilateral"),
}
_GROUP_OF_SERIES = {s: group for group, members in SERIES_GROUPS.items() for s in members}
DOCUMENT_NAME_RATIO = 0.8        # difflib ratio of folded names from which two documents are one
THEME_TOKEN_F1 = 0.8             # token F1 from which a chair year's theme counts as read right


# --------------------------------------------------------------------------------------------- counts

@dataclass
class Counts:
    """True/false positives and false negatives of one field; P/R/F1 derive from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        # Nothing to find and nothing found is a perfect score; otherwise 0/0 is 0.
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    """Share of matched pairs whose gold fills a slot that the prediction has right; ``extra`` counts
    pairs where the prediction fills a slot the gold leaves empty. ``value`` is None with no pair."""

    correct: int = 0
    total: int = 0
    extra: int = 0

    def add(self, gold: Any, pred: Any, agree: Callable[[Any, Any], bool]) -> None:
        if gold is None:
            self.extra += int(pred is not None)
            return
        self.total += 1
        self.correct += int(pred is not None and agree(gold, pred))

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict[str, float | int | None]:
        value = self.value
        return {"correct": self.correct, "total": self.total, "extra": self.extra,
                "accuracy": None if value is None else round(value, 4)}


@dataclass
class Mean:
    """A mean of per-pair scores (person-title token F1)."""

    total: float = 0.0
    count: int = 0

    def add(self, value: float) -> None:
        self.total += value
        self.count += 1

    @property
    def value(self) -> float | None:
        return self.total / self.count if self.count else None

    def to_json(self) -> dict[str, float | int | None]:
        value = self.value
        return {"count": self.count, "mean": None if value is None else round(value, 4)}


def _slot_accuracies(slots: Sequence[str]) -> dict[str, Accuracy]:
    return {slot: Accuracy() for slot in slots}


@dataclass
class Report:
    """Everything ``score`` measures. Field counts are micro over all gold articles."""

    articles: int = 0
    without_prediction: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in LIST_FIELDS})
    series_groups: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in SERIES_GROUPS})
    meeting_slots: dict[str, Accuracy] = field(default_factory=lambda: _slot_accuracies(SCORED_SLOTS))
    diagnostic_slots: dict[str, Accuracy] = field(default_factory=lambda: _slot_accuracies(DIAGNOSTIC_SLOTS))
    person_titles: Mean = field(default_factory=Mean)
    person_country: Accuracy = field(default_factory=Accuracy)
    document_status: Accuracy = field(default_factory=Accuracy)
    chairmanship_theme: Accuracy = field(default_factory=Accuracy)
    published: Accuracy = field(default_factory=Accuracy)
    unscored_predictions: list[str] = field(default_factory=list)  # predicted files with no gold

    @property
    def mean_meeting_slot_accuracy(self) -> float | None:
        """Unweighted mean of the scored slots' accuracies (None when no gold slot was compared)."""
        values = [a.value for a in self.meeting_slots.values() if a.value is not None]
        return sum(values) / len(values) if values else None


# -------------------------------------------------------------------------------------- normalising

def norm(value: Any) -> str | None:
    """NFC, case-folded, đ as d, single-spaced: how codes and formats compare."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).casefold().strip()
    return " ".join(text.replace("đ", "d").split())


def scorer_fold(value: Any) -> str | None:
    """``norm`` without diacritics or punctuation (old and new tone placement fold alike): how names
    compare."""
    text = norm(value)
    if text is None:
        return None
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return "".join(c for c in bare if c.isalnum() or c == " ").strip()


def series_group(series: Any) -> str:
    """The reporting group of a series id; ids outside the gold README's table count as "other"."""
    return _GROUP_OF_SERIES.get(str(series), "other")


def _as_int(value: Any) -> int | None:
    """Ordinals and years may arrive as 21 or "21"; anything else counts as none."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------------------------------- dates

def _bounds(value: Any, upper: bool) -> tuple[str | None, str] | None:
    """'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY' / '--MM-DD' / '--MM' -> (year or None, 'MM-DD'): a partial
    date's first day, or its last when ``upper`` (any month is taken to have 31 days)."""
    if not value:
        return None
    text = str(value)
    year = None if text.startswith("--") else text[:4]
    month_day = text[2:] if text.startswith("--") else text[5:]
    if not month_day:
        month_day = "12-31" if upper else "01-01"
    elif len(month_day) == 2:
        month_day += "-31" if upper else "-01"
    return year, month_day


def dates_overlap(a: dict, b: dict) -> bool | None:
    """Whether two meetings' start..end can be the same days; None when one has no start. Where
    either side lacks a year, only months and days are compared."""
    range_a = (_bounds(a.get("start"), False), _bounds(a.get("end") or a.get("start"), True))
    range_b = (_bounds(b.get("start"), False), _bounds(b.get("end") or b.get("start"), True))
    if not range_a[0] or not range_b[0]:
        return None
    bounds = [x for x in range_a + range_b if x is not None]   # a start makes all four bounds known
    with_year = all(year for year, _ in bounds)
    lo_a, hi_a, lo_b, hi_b = (f"{year}-{md}" if with_year else md for year, md in bounds)
    return lo_a <= hi_b and lo_b <= hi_a


# ---------------------------------------------------------------------------------------- matching

def meeting_score(gold: dict, pred: dict) -> float:
    """How well a predicted meeting matches a gold one: 3 equal ordinals, 2 overlapping dates, 1.5
    the same city, 1 nothing to tell them apart; 0 no match."""
    if gold.get("series") != pred.get("series"):
        return 0
    gold_ordinal, pred_ordinal = _as_int(gold.get("ordinal")), _as_int(pred.get("ordinal"))
    if gold_ordinal is not None and pred_ordinal is not None:
        return 3 if gold_ordinal == pred_ordinal else 0
    if gold.get("partner") and pred.get("partner") and norm(gold["partner"]) != norm(pred["partner"]):
        return 0
    if gold.get("parties") and pred.get("parties") and _parties(gold["parties"]) != _parties(pred["parties"]):
        return 0
    overlap = dates_overlap(gold, pred)
    if overlap is False:
        return 0
    if overlap:
        return 2
    if gold.get("city") and pred.get("city"):
        return 1.5 if slot_equal("city", gold["city"], pred["city"]) else 0
    return 1


def _parties(value: Any) -> list[str | None]:
    return sorted((norm(v) for v in value), key=lambda x: x or "")


def person_score(gold: dict, pred: dict) -> float:
    a, b = scorer_fold(gold.get("name")), scorer_fold(pred.get("name"))
    return 1 if a and b and a == b else 0


def document_score(gold: dict, pred: dict) -> float:
    a, b = scorer_fold(gold.get("name")), scorer_fold(pred.get("name"))
    if not a or not b:
        return 0
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio if ratio >= DOCUMENT_NAME_RATIO else 0


def chairmanship_score(gold: dict, pred: dict) -> float:
    same_country = norm(gold.get("country")) == norm(pred.get("country"))
    return 1 if same_country and gold.get("year") == pred.get("year") else 0


def _greedy(gold: list[dict], pred: list[dict], score: Callable[[dict, dict], float]) -> list[tuple[int, int]]:
    """One-to-one pairs, the best-scoring first; among equal scores the later gold record, then the
    later prediction, is taken first (the reference scorer's order)."""
    ranked = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for value, i, j in ranked:
        if value <= 0 or i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return pairs


def slot_equal(slot: str, gold: Any, pred: Any) -> bool:
    """Whether a predicted slot value is the gold one. Cities compare folded without spaces; a gold
    date without a year compares month and day only; codes and formats compare case-folded."""
    if slot == "city":
        return (scorer_fold(gold) or "").replace(" ", "") == (scorer_fold(pred) or "").replace(" ", "")
    if slot in ("start", "end"):
        gold, pred = str(gold), str(pred)
        if gold.startswith("--"):
            return pred[-len(gold) + 2:] == gold[2:] and len(pred) >= len(gold) - 2
        return gold == pred
    if slot in ("country", "chair", "format", "partner", "status"):
        return norm(gold) == norm(pred)
    if slot == "ordinal":
        return _as_int(gold) == _as_int(pred)
    if slot == "parties":
        return _parties(gold) == _parties(pred)
    return gold == pred


def token_f1(gold: str, pred: str) -> float:
    """F1 of the two texts' sets of folded words."""
    gold_words, pred_words = set((scorer_fold(gold) or "").split()), set((scorer_fold(pred) or "").split())
    shared = len(gold_words & pred_words)
    if not shared:
        return 0.0
    precision, recall = shared / len(pred_words), shared / len(gold_words)
    return 2 * precision * recall / (precision + recall)


# ----------------------------------------------------------------------------------------- fields

def _score_meetings(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _greedy(gold, pred, meeting_score)
    report.fields["meetings"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, _ in pairs:
        report.series_groups[series_group(gold[i].get("series"))].add(tp=1)
    matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, meeting in enumerate(gold):
        if i not in matched_gold:
            report.series_groups[series_group(meeting.get("series"))].add(fn=1)
    for j, meeting in enumerate(pred):
        if j not in matched_pred:
            report.series_groups[series_group(meeting.get("series"))].add(fp=1)
    gold_of_pred = {j: i for i, j in pairs}
    for i, j in pairs:
        for slot, accuracy in list(report.meeting_slots.items()) + list(report.diagnostic_slots.items()):
            if slot == "prepares":
                continue
            accuracy.add(gold[i].get(slot), pred[j].get(slot), lambda g, p, s=slot: slot_equal(s, g, p))
        # ``prepares`` points into each side's own list: the prediction's target, through the matching.
        target = _as_int(pred[j].get("prepares"))
        mapped = None if target is None else gold_of_pred.get(target, -1)
        report.diagnostic_slots["prepares"].add(_as_int(gold[i].get("prepares")), mapped, lambda g, p: g == p)


def _score_people(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _greedy(gold, pred, person_score)
    report.fields["people"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j in pairs:
        gold_titles, pred_titles = gold[i].get("titles") or [], pred[j].get("titles") or []
        if gold_titles:
            report.person_titles.add(token_f1(" ".join(gold_titles), " ".join(pred_titles)))
        report.person_country.add(gold[i].get("country"), pred[j].get("country"), lambda g, p: norm(g) == norm(p))


def _score_documents(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _greedy(gold, pred, document_score)
    report.fields["documents"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j in pairs:
        report.document_status.add(gold[i].get("status"), pred[j].get("status"), lambda g, p: norm(g) == norm(p))


def _score_chairmanships(gold: list[dict], pred: list[dict], report: Report) -> None:
    pairs = _greedy(gold, pred, chairmanship_score)
    report.fields["chairmanships"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j in pairs:
        report.chairmanship_theme.add(gold[i].get("theme") or None, pred[j].get("theme"),
                                      lambda g, p: token_f1(g, p) >= THEME_TOKEN_F1)


# ------------------------------------------------------------------------------------------ scoring

def article_key(name: str) -> str:
    """Gold and predictions may be keyed "x.txt", "x.json", "x.html" or "x": all name article x."""
    return Path(name).stem if Path(name).suffix in (".txt", ".json", ".html", ".htm", ".jsonl") else name


def _record_lists(record: Any, source: str) -> dict[str, list[dict]]:
    """The four list fields of a record, checked; raises InputError naming the file and the field."""
    if record is None:
        record = {}
    if not isinstance(record, dict):
        raise InputError(source, f"record is a {type(record).__name__}, expected a JSON object")
    lists: dict[str, list[dict]] = {}
    for name in LIST_FIELDS:
        items = record.get(name) or []
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(source, f'"{name}" must be a list of objects')
        lists[name] = items
    return lists


def score(gold: dict[str, dict], predicted: dict[str, dict]) -> Report:
    """Score predicted article records against gold ones (both: file name -> record). A gold article
    with no prediction counts as one with empty predictions; predictions without gold are listed."""
    report = Report()
    predicted_by_key = {article_key(name): (name, record) for name, record in predicted.items()}
    gold_keys = {article_key(name) for name in gold}
    report.unscored_predictions = sorted(name for key, (name, _) in predicted_by_key.items()
                                         if key not in gold_keys)
    for name in sorted(gold):
        pred_name, pred_record = predicted_by_key.get(article_key(name), (name, None))
        gold_lists = _record_lists(gold[name], name)
        pred_lists = _record_lists(pred_record, pred_name)
        report.articles += 1
        report.without_prediction += int(pred_record is None)
        _score_meetings(gold_lists["meetings"], pred_lists["meetings"], report)
        _score_people(gold_lists["people"], pred_lists["people"], report)
        _score_documents(gold_lists["documents"], pred_lists["documents"], report)
        _score_chairmanships(gold_lists["chairmanships"], pred_lists["chairmanships"], report)
        report.published.add(gold[name].get("published") or None, (pred_record or {}).get("published"),
                             lambda g, p: str(p)[:10] == g)
    return report


# ------------------------------------------------------------------------------------------ loading

def load_records(directory: Path, *, errors: list[InputError] | None = None) -> dict[str, dict]:
    """Every ``*.json`` record in a directory, keyed by its article file name (its "file" key, else
    the JSON file's stem + ".txt"). A bad file raises InputError, or, when ``errors`` is given, is
    appended there and skipped so the rest of the batch still loads."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory of JSON records")
    records: dict[str, dict] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            record = _read_record(path)
        except InputError as problem:
            if errors is None:
                raise
            errors.append(problem)
            continue
        name = record.get("file") if isinstance(record.get("file"), str) else f"{path.stem}.txt"
        records[name] = record
    return records


def _read_record(path: Path) -> dict:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8") from None
    except json.JSONDecodeError as problem:
        raise InputError(str(path), f"invalid JSON at line {problem.lineno}: {problem.msg}") from None
    _record_lists(record, str(path))
    return record


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """The gold annotations of a directory; strict, because a skipped gold file would flatter scores."""
    records = load_records(gold_dir)
    if not records:
        raise InputError(str(gold_dir), "holds no *.json gold records")
    return records


# ----------------------------------------------------------------------------------------- output

def _number(value: float | None) -> float:
    return float("nan") if value is None else value


def _counts_row(label: str, counts: Counts) -> str:
    return f"{label}{counts.precision:7.3f}{counts.recall:7.3f}{counts.f1:7.3f}{counts.tp + counts.fn:7d}"


def _slot_row(label: str, accuracy: Accuracy) -> str:
    return f"  {label:<10}{_number(accuracy.value):7.3f}  of {accuracy.total:4d}   extra {accuracy.extra}"


def summary_line(report: Report) -> str:
    """The reference scorer's last line, figure for figure."""
    f1 = {name: counts.f1 for name, counts in report.fields.items()}
    return (f"SUMMARY meetingF1={f1['meetings']:.3f} slotAcc={report.mean_meeting_slot_accuracy or 0.0:.3f} "
            f"peopleF1={f1['people']:.3f} docsF1={f1['documents']:.3f} chairF1={f1['chairmanships']:.3f} "
            f"titleF1={_number(report.person_titles.value):.3f}")


def format_report(report: Report) -> str:
    """The reference scorer's table, then the diagnostics it leaves out."""
    lines = [f"documents: {report.articles} gold, {report.without_prediction} without a prediction",
             f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    lines += [_counts_row(f"{name:<16}", counts) for name, counts in report.fields.items()]
    lines += [_counts_row(f"  meetings/{name:<9}", counts) for name, counts in report.series_groups.items()]
    lines.append("meeting slots (accuracy over matched gold slots; 'extra' = filled where gold is empty):")
    lines += [_slot_row(slot, accuracy) for slot, accuracy in report.meeting_slots.items()]
    lines.append(f"  person titles token-F1 {_number(report.person_titles.value):.3f} of {report.person_titles.count}; "
                 f"chair themes {_number(report.chairmanship_theme.value):.3f} of {report.chairmanship_theme.total}; "
                 f"published {_number(report.published.value):.3f} of {report.published.total}")
    lines.append(summary_line(report))
    lines.append("diagnostics on the same pairs (not in the summary):")
    lines += [_slot_row(slot, accuracy) for slot, accuracy in report.diagnostic_slots.items()]
    lines.append(_slot_row("person country", report.person_country))
    lines.append(_slot_row("doc status", report.document_status))
    if report.unscored_predictions:
        lines.append(f"predictions without gold (not scored): {len(report.unscored_predictions)}")
    return "\n".join(lines)


def report_to_json(report: Report) -> dict:
    """A report as plain JSON-ready data."""
    mean = report.mean_meeting_slot_accuracy
    return {
        "articles": report.articles,
        "without_prediction": report.without_prediction,
        "fields": {name: counts.to_json() for name, counts in report.fields.items()},
        "series_groups": {name: counts.to_json() for name, counts in report.series_groups.items()},
        "meeting_slots": {slot: acc.to_json() for slot, acc in report.meeting_slots.items()},
        "mean_meeting_slot_accuracy": None if mean is None else round(mean, 4),
        "person_titles": report.person_titles.to_json(),
        "chairmanship_theme": report.chairmanship_theme.to_json(),
        "published": report.published.to_json(),
        "diagnostics": {
            "meeting_slots": {slot: acc.to_json() for slot, acc in report.diagnostic_slots.items()},
            "person_country": report.person_country.to_json(),
            "document_status": report.document_status.to_json(),
        },
        "unscored_predictions": list(report.unscored_predictions),
    }
