"""The scorer: each rule of the gold README's "Scoring" on small hand-written records, then the same
figures as the reference scorer (../shared/eval/score.py) on the annotated sets, the gold scored
against itself, and the underthesea baseline on a few dev articles."""
from __future__ import annotations

import json

import pytest

from summitgraph.errors import InputError
from summitgraph.evaluate import (
    Counts,
    format_report,
    load_gold,
    load_records,
    report_to_json,
    score,
    scorer_fold,
    series_group,
    summary_line,
)
from conftest import CORPUS_FOLDERS



def meeting(series: str, **slots) -> dict:
    base = {"series": series, "ordinal": None, "partner": None, "parties": None, "name": "",
            "start": None, "end": None, "city": None, "country": None, "format": None,
            "chair": None, "status": None, "prepares": None}
    base.update(slots)
    return base


def article(**fields) -> dict:
    base = {"published": None, "meetings": [], "people": [], "documents": [], "chairmanships": []}
    base.update(fields)
    return base


def score_one(gold: dict, pred: dict):
    return score({"a.txt": gold}, {"a.txt": pred})


def counts(report, name: str) -> tuple[int, int, int]:
    c = report.fields[name]
    return c.tp, c.fp, c.fn


# ------------------------------------------------------------------------------------- meetings

def test_equal_ordinals_match_even_with_different_dates():
    gold = article(meetings=[meeting("asean-summit", ordinal=36, start="2020-06-26", end="2020-06-26")])
    pred = article(meetings=[meeting("asean-summit", ordinal="36", start="2020-04", end="2020-04")])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (1, 0, 0)
    assert report.diagnostic_slots["ordinal"].value == 1.0
    assert report.meeting_slots["start"].value == 0.0


def test_different_ordinals_never_match_even_on_the_same_dates():
    gold = article(meetings=[meeting("asean-summit", ordinal=36, start="2020-06-26")])
    pred = article(meetings=[meeting("asean-summit", ordinal=37, start="2020-06-26")])
    assert counts(score_one(gold, pred), "meetings") == (0, 1, 1)


def test_series_must_agree():
    gold = article(meetings=[meeting("amm", ordinal=53)])
    pred = article(meetings=[meeting("asean-summit", ordinal=53)])
    assert counts(score_one(gold, pred), "meetings") == (0, 1, 1)


def test_ordinal_on_one_side_falls_back_to_dates_and_costs_the_ordinal_slot():
    gold = article(meetings=[meeting("asean-summit", ordinal=32, start="2018-04-27", end="2018-04-28")])
    pred = article(meetings=[meeting("asean-summit", start="2018-04")])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (1, 0, 0)
    assert report.diagnostic_slots["ordinal"].value == 0.0


def test_a_partner_or_parties_given_on_both_sides_must_agree():
    gold = article(meetings=[
        meeting("asean-partner-summit", partner="CN", start="2019-11-03", end="2019-11-03"),
        meeting("asean-partner-summit", partner="JP", start="2019-11-04", end="2019-11-04"),
    ])
    pred = article(meetings=[
        meeting("asean-partner-summit", partner="jp", start="2019-11"),   # overlaps both, JP only
        meeting("asean-partner-summit", partner="KR", start="2019-11-03"),  # no KR in the gold
    ])
    assert counts(score_one(gold, pred), "meetings") == (1, 1, 1)
    # A partner on one side only does not stand in the way.
    unsaid = article(meetings=[meeting("asean-partner-summit", start="2019-11-03")])
    assert counts(score_one(gold, unsaid), "meetings") == (1, 0, 1)


def test_parties_compare_as_sorted_codes_and_dates_must_overlap():
    gold = article(meetings=[meeting("bilateral-talks", parties=["KH", "VN"], start="2022-08-03")])
    same_day = article(meetings=[meeting("bilateral-talks", parties=["VN", "kh"], start="2022-08-03")])
    next_week = article(meetings=[meeting("bilateral-talks", parties=["KH", "VN"], start="2022-08-10")])
    assert counts(score_one(gold, same_day), "meetings") == (1, 0, 0)
    assert counts(score_one(gold, next_week), "meetings") == (0, 1, 1)


@pytest.mark.parametrize("gold_dates, pred_dates, matched", [
    (("2020-04", None), ("2020-04-30", "2020-05-02"), True),     # a month against days spanning its end
    (("2020-05", "2020-05"), ("2020-04-29", "2020-04-30"), False),
    (("2012", None), ("2012-11-17", "2012-11-20"), True),        # a year against days
    (("2013", None), ("2012-11-17", "2012-11-20"), False),
    (("--11-12", None), ("2019-11-10", "2019-11-13"), True),     # no year on one side: months and days
    (("--11-12", None), ("2019-11-13", "2019-11-14"), False),
    (("--12", None), ("2019-11-30", "2019-12-01"), True),
    ((None, "2019-06-23"), ("2019-06-23", None), True),          # no start: nothing to compare, a weak match
])
def test_dates_overlap_as_the_partial_dates_they_write(gold_dates, pred_dates, matched):
    gold = article(meetings=[meeting("amm", start=gold_dates[0], end=gold_dates[1])])
    pred = article(meetings=[meeting("amm", start=pred_dates[0], end=pred_dates[1])])
    assert counts(score_one(gold, pred), "meetings") == ((1, 0, 0) if matched else (0, 1, 1))


def test_without_dates_the_cities_decide():
    gold = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="Vientiane")])
    same_city = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="vientiane",
                                          start="2016-12-20")])  # dates on one side only
    other_city = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="Luang Prabang")])
    assert counts(score_one(gold, same_city), "meetings") == (1, 0, 0)
    assert counts(score_one(gold, other_city), "meetings") == (0, 1, 1)


def test_without_dates_or_cities_the_series_alone_match():
    gold = article(meetings=[meeting("aipa", ordinal=None)])
    pred = article(meetings=[meeting("aipa", city="Jakarta")])
    assert counts(score_one(gold, pred), "meetings") == (1, 0, 0)


def test_a_duplicate_prediction_is_a_false_positive():
    gold = article(meetings=[meeting("amm", ordinal=53, start="2020-09-09")])
    pred = article(meetings=[meeting("amm", ordinal=53), meeting("amm", start="2020-09-09")])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (1, 1, 0)
    assert report.meeting_slots["start"].total == 1


def test_pairs_are_taken_best_first_even_where_that_leaves_one_unmatched():
    # The reference takes the equal-ordinal pair first; the undated prediction could then only match
    # the second gold meeting by its city, which differs, so it stays a false positive (a maximum
    # matching would have paired both).
    gold = article(meetings=[
        meeting("asean-summit", ordinal=40, start="2022-11-10", city="Phnom Penh"),
        meeting("asean-summit", start="2022-11-10", city="Bangkok"),
    ])
    pred = article(meetings=[
        meeting("asean-summit", ordinal=40, start="2022-11-10"),
        meeting("asean-summit", city="Phnom Penh"),
    ])
    assert counts(score_one(gold, pred), "meetings") == (1, 1, 1)


def test_prepares_is_compared_through_the_matching():
    gold = article(meetings=[
        meeting("asean-som", start="2020-01-16", prepares=1),
        meeting("amm-retreat", start="2020-01-17"),
    ])
    right = article(meetings=[  # listed the other way round: the SOM's index 0 points at the retreat
        meeting("amm-retreat", start="2020-01-17"),
        meeting("asean-som", start="2020-01-16", prepares=0),
    ])
    wrong = article(meetings=[
        meeting("asean-som", start="2020-01-16", prepares=0),  # points at itself
        meeting("amm-retreat", start="2020-01-17"),
    ])
    assert score_one(gold, right).diagnostic_slots["prepares"].correct == 1
    assert score_one(gold, wrong).diagnostic_slots["prepares"].correct == 0


def test_slot_accuracy_counts_gold_filled_slots_and_extras_apart():
    gold = article(meetings=[meeting("asean-summit", ordinal=40, start="2022-11-10", end="2022-11-13",
                                     city="Phnom Penh", country="KH", format="in_person", chair=None)])
    pred = article(meetings=[meeting("asean-summit", ordinal=40, start="2022-11-10", end="2022-11-10",
                                     city="phnompenh", country="kh", format=None, chair="KH")])
    report = score_one(gold, pred)
    values = {slot: acc.value for slot, acc in report.meeting_slots.items()}
    # end wrong, format left empty where the gold fills it; chair filled where the gold leaves it empty
    assert values == {"start": 1.0, "end": 0.0, "city": 1.0, "country": 1.0, "format": 0.0, "chair": None}
    assert report.meeting_slots["chair"].extra == 1
    assert report.mean_meeting_slot_accuracy == pytest.approx(3 / 5)


def test_a_gold_date_without_a_year_compares_month_and_day():
    gold = article(meetings=[meeting("amm", ordinal=1, start="--07-08", end="--07")])
    pred = article(meetings=[meeting("amm", ordinal=1, start="2017-07-08", end="--07")])
    report = score_one(gold, pred)
    assert (report.meeting_slots["start"].value, report.meeting_slots["end"].value) == (1.0, 1.0)


def test_series_groups_split_tp_fp_fn():
    gold = article(meetings=[meeting("amm", ordinal=53), meeting("bilateral-talks", parties=["JP", "VN"]),
                             meeting("aipa", ordinal=42)])
    pred = article(meetings=[meeting("amm", ordinal=53), meeting("eas", ordinal=15),
                             meeting("made-up-series")])
    groups = score_one(gold, pred).series_groups
    assert (groups["asean"].tp, groups["partners"].fp, groups["bilateral"].fn) == (1, 1, 1)
    assert (groups["other"].fn, groups["other"].fp) == (1, 1)    # an unknown series counts as other
    assert series_group("apt-summit") == "partners" and series_group("admm-plus") == "asean"


# ---------------------------------------------------------------------------- people, documents

def test_people_match_on_folded_names_and_score_title_tokens():
    gold = article(people=[
        {"name": "Nguyễn Tấn Dũng", "titles": ["Thủ tướng"], "country": "VN"},
        {"name": "Đặng Đình Quý", "titles": ["Thứ trưởng Bộ Ngoại giao", "Trưởng SOM ASEAN"],
         "country": "VN"},
    ])
    pred = article(people=[
        {"name": "nguyen  tan dung", "titles": ["Thủ tướng Chính phủ"], "country": "VN"},
        {"name": "Dang Dinh Quy", "titles": ["Thứ trưởng Ngoại giao"], "country": None},
        {"name": "Hun Sen", "titles": [], "country": "KH"},
    ])
    report = score_one(gold, pred)
    assert counts(report, "people") == (2, 1, 0)
    # title token-F1 over word sets: {thu, tuong} vs {thu, tuong, chinh, phu} = 2/3;
    # {thu, truong, bo, ngoai, giao, som, asean} vs {thu, truong, ngoai, giao} = 8/11
    assert report.person_titles.value == pytest.approx((2 / 3 + 8 / 11) / 2)
    assert (report.person_country.correct, report.person_country.total) == (1, 2)
    assert scorer_fold("  Đặng   ĐÌNH Quý ") == "dang dinh quy"


def test_documents_match_on_names_at_least_four_fifths_alike():
    gold = article(documents=[
        {"name": "Kế hoạch tổng thể xây dựng Cộng đồng ASEAN 2015-2025", "abbr": None,
         "status": "implementing"},
        {"name": "Hiệp định thương mại", "abbr": None, "status": "mentioned"},
        {"name": "Hiệp định Đối tác kinh tế toàn diện khu vực", "abbr": "RCEP", "status": "signed"},
    ])
    pred = article(documents=[
        {"name": "Kế hoạch tổng thể Cộng đồng ASEAN 2015 - 2025", "abbr": None,
         "status": "negotiating"},                                             # alike: a match
        {"name": "Hiệp định thương mại tự do song phương", "abbr": None,
         "status": "mentioned"},                                               # too long: no match
        {"name": "RCEP", "abbr": None, "status": "signed"},                    # the abbreviation alone: no match
    ])
    report = score_one(gold, pred)
    assert counts(report, "documents") == (1, 2, 2)
    assert (report.document_status.correct, report.document_status.total) == (0, 1)


def test_chairmanships_match_on_country_and_year_and_compare_themes_by_tokens():
    gold = article(chairmanships=[
        {"country": "VN", "year": 2020, "theme": "Gắn kết và chủ động thích ứng"},
        {"country": "TH", "year": 2019, "theme": None},
        {"country": "SG", "year": 2018, "theme": "ASEAN tự cường và sáng tạo"},
    ])
    pred = article(chairmanships=[
        {"country": "vn", "year": 2020, "theme": "“gắn kết và chủ động thích ứng”"},
        {"country": "TH", "year": 2020, "theme": None},                      # wrong year
        {"country": "SG", "year": 2018, "theme": "ASEAN tự cường"},          # token F1 2/3.5: wrong
    ])
    report = score_one(gold, pred)
    assert counts(report, "chairmanships") == (2, 1, 1)
    assert (report.chairmanship_theme.correct, report.chairmanship_theme.total) == (1, 2)


def test_published_counts_the_articles_whose_gold_states_it():
    gold = {"a.txt": article(published="2020-01-16"), "b.txt": article(published="2020-01-16"),
            "c.txt": article(published=None), "d.txt": article(published="2019-06-22")}
    pred = {"a.txt": article(published="2020-01-16T14:27"), "b.txt": article(published="2020-01-15"),
            "c.txt": article(published="2020-01-01")}                    # d.txt not predicted
    published = score(gold, pred).published
    assert (published.correct, published.total, published.extra) == (1, 3, 1)


# ------------------------------------------------------------------------ articles and reporting

def test_missing_predictions_count_as_empty_and_extra_ones_are_listed():
    gold = {"x.txt": article(people=[{"name": "Hun Sen", "titles": [], "country": "KH"}]),
            "y.txt": article(people=[{"name": "Joko Widodo", "titles": [], "country": "ID"}])}
    pred = {"y.json": article(people=[{"name": "Joko Widodo", "titles": [], "country": "ID",
                                       "evidence": [[0, 11]], "confidence": 0.9}]),
            "z.txt": article(people=[{"name": "Lý Hiển Long", "titles": [], "country": "SG"}])}
    report = score(gold, pred)
    assert (report.articles, report.without_prediction) == (2, 1)
    assert counts(report, "people") == (1, 0, 1)
    assert report.unscored_predictions == ["z.txt"]


def test_malformed_prediction_names_the_file():
    with pytest.raises(InputError, match=r"a\.txt.*people"):
        score({"a.txt": article()}, {"a.txt": {"people": "Hun Sen"}})


def test_counts_conventions():
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(fn=3).precision, Counts(fn=3).f1) == (0.0, 0.0)
    assert Counts(tp=2, fp=2, fn=0).f1 == pytest.approx(2 / 3)


def test_report_renders_as_text_and_json():
    gold = article(meetings=[meeting("amm", ordinal=53)],
                   people=[{"name": "Hun Sen", "titles": ["Thủ tướng"], "country": "KH"}])
    report = score_one(gold, article(meetings=[meeting("amm", ordinal=53)]))
    text = format_report(report)
    assert text.splitlines()[-1 - len(text.split("diagnostics")[1].splitlines())].startswith("SUMMARY meetingF1=1.000")
    assert summary_line(report) == ("SUMMARY meetingF1=1.000 slotAcc=0.000 peopleF1=0.000 docsF1=1.000 "
                                    "chairF1=1.000 titleF1=nan")
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["fields"]["meetings"]["f1"] == 1.0
    assert data["fields"]["people"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0,
                                        "f1": 0.0}
    assert data["diagnostics"]["person_country"]["accuracy"] is None


def test_load_records_reports_bad_files_and_goes_on(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(article(file="good.txt")), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"meetings": [', encoding="utf-8")
    errors: list[InputError] = []
    records = load_records(tmp_path, errors=errors)
    assert list(records) == ["good.txt"]
    assert len(errors) == 1 and "broken.json" in errors[0].one_line()
    with pytest.raises(InputError, match="broken.json"):
        load_gold(tmp_path)


# ------------------------------------------------------------------------------- real gold files

@pytest.mark.shared
def test_gold_scored_against_itself_is_perfect(shared_dir):
    gold = load_gold(shared_dir / "gold" / "dev")
    report = score(gold, gold)
    assert report.articles == len(gold) > 0
    assert {name: c.f1 for name, c in report.fields.items()} == {name: 1.0 for name in report.fields}
    assert all(acc.value == 1.0 and acc.extra == 0 for acc in report.meeting_slots.values())
    assert report.mean_meeting_slot_accuracy == 1.0
    assert report.person_titles.value == 1.0
    assert report.person_country.value == report.document_status.value == 1.0
    assert report.chairmanship_theme.value == report.published.value == 1.0


@pytest.mark.shared
@pytest.mark.parametrize("folder", CORPUS_FOLDERS)
def test_the_same_table_as_the_reference_scorer(shared_dir, folder, tmp_path):
    """`summitgraph evaluate` and ../shared/eval/score.py print the same figures on the same predictions."""
    import subprocess
    import sys

    from summitgraph.extract.pipeline import read_article, reading_to_json
    from summitgraph.ingest import read_path

    gold = load_gold(shared_dir / "gold" / folder)
    predicted = {a.id: reading_to_json(read_article(a)) for a in read_path(shared_dir / "corpus" / folder)}
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predicted.values()),
                           encoding="utf-8")
    reference = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "gold" / folder),
                                str(predictions)], capture_output=True, text=True, check=True).stdout
    ours = format_report(score(gold, predicted))
    assert ours.split("\ndiagnostics")[0] == reference.rstrip("\n")


def _baseline_module():
    pytest.importorskip("underthesea")
    from summitgraph import baseline

    return baseline


def test_person_runs_join_tagged_tokens():
    baseline = _baseline_module()
    tagged = [("Thủ tướng", "N", "B-NP", "O"), ("Phạm Minh", "Np", "B-NP", "B-PER"),
              ("Chính", "Np", "B-NP", "I-PER"), ("tiếp", "V", "B-VP", "O"),
              ("Hun", "Np", "B-NP", "I-PER"), ("Manet", "Np", "B-NP", "I-PER"),
              ("và", "C", "O", "O"), ("Anwar", "Np", "B-NP", "B-PER"), ("Ibrahim", "Np", "B-NP", "B-PER")]
    assert baseline.person_runs(tagged) == ["Phạm Minh Chính", "Hun Manet", "Anwar", "Ibrahim"]


def test_underthesea_people_on_a_written_sentence():
    baseline = _baseline_module()
    text = ("Thủ tướng Nguyễn Tấn Dũng đã tới Phnom Penh. "
            "Chiều nay, Thủ tướng Nguyễn Tấn Dũng hội kiến Quốc vương Norodom Sihamoni.")
    people = baseline.underthesea_people(text)
    names = [scorer_fold(p["name"]) for p in people]
    assert "nguyen tan dung" in names
    assert len(names) == len(set(names))
    assert all(p["titles"] == [] and p["country"] is None for p in people)


@pytest.mark.shared
def test_baseline_on_three_dev_articles(shared_dir):
    baseline = _baseline_module()
    gold = load_gold(shared_dir / "gold" / "dev")
    names = sorted(gold)[:3]
    predicted = baseline.baseline_predictions(shared_dir / "corpus" / "dev", names)
    assert sorted(predicted) == names
    for name, record in predicted.items():
        text = (shared_dir / "corpus" / "dev" / name).read_text(encoding="utf-8")
        # names are the tagger's word tokens joined by spaces: every word comes from the article
        assert all(word in text for person in record["people"] for word in person["name"].split())
        folded = [scorer_fold(person["name"]) for person in record["people"]]
        assert len(folded) == len(set(folded))
    people = score({n: gold[n] for n in names}, predicted).fields["people"]
    assert people.tp >= 1
    assert people.tp + people.fp == sum(len(r["people"]) for r in predicted.values())
    assert people.tp + people.fn == sum(len(gold[n]["people"]) for n in names)
