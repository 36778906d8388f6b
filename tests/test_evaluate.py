"""The scorer: each matching rule of the gold README on small hand-written records, then the gold
scored against itself and the underthesea baseline on a few dev articles."""
from __future__ import annotations

import json

import pytest

from summitgraph.errors import InputError
from summitgraph.evaluate import (
    MEETING_SLOTS,
    Counts,
    best_assignment,
    fold,
    format_report,
    intervals_overlap,
    load_gold,
    load_records,
    meeting_interval,
    report_to_json,
    score,
    series_group,
)



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
    assert report.meeting_slots["ordinal"].value == 1.0
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
    assert report.meeting_slots["ordinal"].value == 0.0


def test_partner_must_agree_before_dates_count():
    gold = article(meetings=[
        meeting("asean-partner-summit", partner="CN", start="2019-11-03", end="2019-11-03"),
        meeting("asean-partner-summit", partner="JP", start="2019-11-04", end="2019-11-04"),
    ])
    pred = article(meetings=[
        meeting("asean-partner-summit", partner="jp", start="2019-11"),   # overlaps both, JP only
        meeting("asean-partner-summit", partner="KR", start="2019-11-03"),  # no KR in gold
    ])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (1, 1, 1)
    assert report.meeting_slots["partner"].value == 1.0


def test_parties_compare_as_sorted_codes_and_dates_must_overlap():
    gold = article(meetings=[meeting("bilateral-talks", parties=["KH", "VN"], start="2022-08-03")])
    same_day = article(meetings=[meeting("bilateral-talks", parties=["VN", "KH"], start="2022-08-03")])
    next_week = article(meetings=[meeting("bilateral-talks", parties=["KH", "VN"], start="2022-08-10")])
    assert counts(score_one(gold, same_day), "meetings") == (1, 0, 0)
    assert counts(score_one(gold, next_week), "meetings") == (0, 1, 1)


def test_without_dates_the_cities_decide():
    gold = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="Vientiane")])
    same_city = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="vientiane",
                                          start="2016-12-20")])  # dates on one side only
    other_city = article(meetings=[meeting("bilateral-visit", parties=["LA", "VN"], city="Luang Prabang")])
    assert counts(score_one(gold, same_city), "meetings") == (1, 0, 0)
    assert counts(score_one(gold, other_city), "meetings") == (0, 1, 1)


def test_without_dates_or_cities_series_and_partner_alone_match():
    gold = article(meetings=[meeting("aipa", ordinal=None)])
    pred = article(meetings=[meeting("aipa", city="Jakarta")])
    assert counts(score_one(gold, pred), "meetings") == (1, 0, 0)


@pytest.mark.parametrize("gold_dates, pred_dates, overlap", [
    (("2020-04", None), ("2020-04-30", "2020-05-02"), True),    # month vs days spanning its last day
    (("2020-05", "2020-05"), ("2020-04-29", "2020-04-30"), False),
    (("2012", None), ("2012-11-17", "2012-11-20"), True),       # year vs days
    (("2013", None), ("2012-11-17", "2012-11-20"), False),
    (("--11-12", None), ("2019-11-10", "2019-11-13"), True),    # year-less: month-days only
    (("--11-12", None), ("2019-11-13", "2019-11-14"), False),
    (("--12", None), ("2019-11-30", "2019-12-01"), True),
    (("--12-30", "2021-01-02"), ("2021-01-01", None), True),    # year lent across New Year
    (("--12-30", "--01-02"), ("--01-01", None), True),
    (("--12-30", "--01-02"), ("--06-01", None), False),
    ((None, "2019-06-23"), ("2019-06-22", "2019-06-23"), True), # end only means that day
])
def test_partial_dates_overlap_as_the_intervals_they_denote(gold_dates, pred_dates, overlap):
    assert intervals_overlap(meeting_interval(*gold_dates), meeting_interval(*pred_dates)) is overlap


def test_missing_end_means_start_only_and_junk_means_no_date():
    interval = meeting_interval("2020-01-16", None)
    assert (interval.lo.isoformat(), interval.hi.isoformat()) == ("2020-01-16", "2020-01-16")
    assert meeting_interval("16/01/2020", None) is None
    assert meeting_interval("2021-02-30", None) is None


def test_a_duplicate_prediction_is_a_false_positive():
    gold = article(meetings=[meeting("amm", ordinal=53, start="2020-09-09")])
    pred = article(meetings=[meeting("amm", ordinal=53), meeting("amm", start="2020-09-09")])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (1, 1, 0)
    assert report.meeting_slots["start"].total == 1


def test_matching_maximises_pairs_where_greedy_would_not():
    # The best-looking pair (pred 0, gold 0) would leave pred 1 alone: pred 1 has no dates, so only
    # its city can match it, and only gold 0 is in Hanoi. Pred 0's dates also fit gold 1's month.
    gold = article(meetings=[
        meeting("asean-summit", start="2020-06-26", end="2020-06-26", city="Hanoi", format="online",
                chair="VN", status="held"),
        meeting("asean-summit", start="2020-06", end="2020-06", city="Singapore"),
    ])
    pred = article(meetings=[
        meeting("asean-summit", start="2020-06-26", end="2020-06-26", city="Hanoi", format="online",
                chair="VN", status="held"),
        meeting("asean-summit", city="Hanoi"),
    ])
    report = score_one(gold, pred)
    assert counts(report, "meetings") == (2, 0, 0)
    assert report.meeting_slots["city"].correct == 1


def test_best_assignment_prefers_quality_only_among_maximum_matchings():
    assert sorted(best_assignment([[0.9, 0.1], [0.8, None]])) == [(0, 1), (1, 0)]
    assert sorted(best_assignment([[0.2, 0.9], [0.9, 0.2]])) == [(0, 1), (1, 0)]
    assert best_assignment([[None, None]]) == []
    assert best_assignment([]) == []


def test_prepares_is_compared_through_the_matching():
    gold = article(meetings=[
        meeting("asean-som", start="2020-01-16", prepares=1),
        meeting("amm-retreat", start="2020-01-17"),
    ])
    right = article(meetings=[  # listed the other way round: SOM's index 0 points at the retreat
        meeting("amm-retreat", start="2020-01-17"),
        meeting("asean-som", start="2020-01-16", prepares=0),
    ])
    wrong = article(meetings=[
        meeting("asean-som", start="2020-01-16", prepares=0),  # points at itself
        meeting("amm-retreat", start="2020-01-17"),
    ])
    dangling = article(meetings=[meeting("asean-som", start="2020-01-16", prepares=5)])
    assert score_one(gold, right).meeting_slots["prepares"].correct == 2
    assert score_one(gold, wrong).meeting_slots["prepares"].correct == 1
    assert score_one(gold, dangling).meeting_slots["prepares"].correct == 0


def test_slot_accuracies_and_their_mean():
    gold = article(meetings=[meeting("asean-summit", ordinal=40, start="2022-11-10", end="2022-11-13",
                                     city="Phnom Penh", country="KH", format="in_person", chair="KH",
                                     status="held")])
    pred = article(meetings=[meeting("asean-summit", ordinal=40, start="2022-11-10", end="2022-11-10",
                                     city="phnom penh", country="kh", format="online", chair="KH",
                                     status="held")])
    report = score_one(gold, pred)
    wrong = {slot for slot in MEETING_SLOTS if report.meeting_slots[slot].value == 0.0}
    assert wrong == {"end", "format"}
    assert report.mean_meeting_slot_accuracy == pytest.approx(9 / 11)


def test_series_groups_split_tp_fp_fn():
    gold = article(meetings=[meeting("amm", ordinal=53), meeting("bilateral-talks", parties=["JP", "VN"]),
                             meeting("aem", ordinal=52)])
    pred = article(meetings=[meeting("amm", ordinal=53), meeting("eas", ordinal=15),
                             meeting("made-up-series")])
    groups = score_one(gold, pred).series_groups
    assert (groups["asean-core"].tp, groups["partners"].fp, groups["bilateral"].fn) == (1, 1, 1)
    assert (groups["asean-other"].fn, groups["other"].tp) == (1, 0)
    assert groups["unknown-series"].fp == 1
    assert series_group("apt-summit") == "partners" and series_group("jcm") == "asean-core"


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
        {"name": "Đặng Đình Quý", "titles": [], "country": None},   # worse duplicate: a false positive
        {"name": "Hun Sen", "titles": [], "country": "KH"},
    ])
    report = score_one(gold, pred)
    assert counts(report, "people") == (2, 2, 0)
    # tokens: gold "thu tuong" + "thu truong bo ngoai giao truong som asean" (2 + 8),
    # pred "thu tuong chinh phu" + "thu truong ngoai giao" (the duplicate with titles is preferred)
    titles = report.person_titles
    assert (titles.tp, titles.fp, titles.fn) == (6, 2, 4)
    assert (report.person_country.correct, report.person_country.total) == (1, 2)
    assert fold("  Đặng   ĐÌNH Quý ") == "dang dinh quy"


def test_person_country_is_compared_on_matched_people():
    gold = article(people=[{"name": "Hun Sen", "titles": ["Thủ tướng"], "country": "KH"}])
    pred = article(people=[{"name": "Hun Sen", "titles": ["Thủ tướng"], "country": "VN"}])
    report = score_one(gold, pred)
    assert (report.person_titles.tp, report.person_titles.fp, report.person_titles.fn) == (2, 0, 0)
    assert report.person_country.value == 0.0


def test_documents_match_fuzzily_or_by_abbreviation():
    gold = article(documents=[
        {"name": "Kế hoạch tổng thể xây dựng Cộng đồng ASEAN 2015-2025", "abbr": None,
         "status": "implementing"},
        {"name": "Hiệp định Đối tác kinh tế toàn diện khu vực", "abbr": "RCEP", "status": "signed"},
        {"name": "Hiệp định thương mại", "abbr": None, "status": "mentioned"},
        {"name": "Tầm nhìn Cộng đồng ASEAN 2025", "abbr": None, "status": "adopted"},
    ])
    pred = article(documents=[
        {"name": "Kế hoạch tổng thể Cộng đồng ASEAN 2015 - 2025", "abbr": None,
         "status": "implementing"},                                          # ratio ~90: match
        {"name": "RCEP", "abbr": None, "status": "negotiating"},            # name = gold abbr
        {"name": "Hiệp định thương mại tự do song phương", "abbr": None,
         "status": "mentioned"},                                             # ratio 69: no match
        {"name": "Tầm nhìn Cộng đồng ASEAN 2015", "abbr": None, "status": "adopted"},  # year conflicts
    ])
    report = score_one(gold, pred)
    assert counts(report, "documents") == (2, 2, 2)
    assert (report.document_status.correct, report.document_status.total) == (1, 2)


def test_documents_with_equal_abbreviations_match():
    gold = article(documents=[{"name": "Tuyên bố về cách ứng xử của các bên ở Biển Đông", "abbr": "DOC",
                               "status": "implementing"}])
    pred = article(documents=[{"name": "Tuyên bố ứng xử", "abbr": "doc", "status": "implementing"}])
    assert counts(score_one(gold, pred), "documents") == (1, 0, 0)


def test_chairmanships_match_on_country_and_year_and_compare_themes_loosely():
    gold = article(chairmanships=[
        {"country": "VN", "year": 2020, "theme": "Gắn kết và chủ động thích ứng"},
        {"country": "TH", "year": 2019, "theme": None},
        {"country": "SG", "year": 2018, "theme": "ASEAN tự cường và sáng tạo"},
    ])
    pred = article(chairmanships=[
        {"country": "vn", "year": "2020", "theme": "“gắn kết và chủ động thích ứng”"},
        {"country": "TH", "year": 2020, "theme": None},                      # wrong year
        {"country": "SG", "year": 2018, "theme": "ASEAN tự cường"},
    ])
    report = score_one(gold, pred)
    assert counts(report, "chairmanships") == (2, 1, 1)
    assert (report.chairmanship_theme.correct, report.chairmanship_theme.total) == (1, 2)


def test_published_is_an_exact_date_match():
    gold = {"a.txt": article(published="2020-01-16"), "b.txt": article(published="2020-01-16"),
            "c.txt": article(published=None), "d.txt": article(published="2019-06-22")}
    pred = {"a.txt": article(published="2020-01-16"), "b.txt": article(published="2020-01-15"),
            "c.txt": article(published="2020-01-01")}                    # d.txt not predicted
    assert counts(score(gold, pred), "published") == (1, 2, 2)


# ------------------------------------------------------------------------ articles and reporting

def test_missing_predictions_count_as_empty_and_extra_ones_are_listed():
    gold = {"x.txt": article(people=[{"name": "Hun Sen", "titles": [], "country": "KH"}]),
            "y.txt": article(people=[{"name": "Joko Widodo", "titles": [], "country": "ID"}])}
    pred = {"y.json": article(people=[{"name": "Joko Widodo", "titles": [], "country": "ID",
                                       "evidence": [[0, 11]], "confidence": 0.9}]),
            "z.txt": article(people=[{"name": "Lý Hiển Long", "titles": [], "country": "SG"}])}
    report = score(gold, pred)
    assert report.articles == 2
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
    assert "meetings" in text and "mean meeting-slot accuracy" in text
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["fields"]["meetings"]["f1"] == 1.0
    assert data["fields"]["people"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0,
                                        "f1": 0.0}
    assert data["meeting_slots"]["prepares"]["accuracy"] == 1.0
    assert data["person_country"]["accuracy"] is None


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
    assert all(acc.value == 1.0 for acc in report.meeting_slots.values())
    assert report.mean_meeting_slot_accuracy == 1.0
    assert report.person_titles.f1 == 1.0
    assert report.person_country.value == report.document_status.value == 1.0
    assert report.chairmanship_theme.value == 1.0


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
    names = [fold(p["name"]) for p in people]
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
        folded = [fold(person["name"]) for person in record["people"]]
        assert len(folded) == len(set(folded))
    people = score({n: gold[n] for n in names}, predicted).fields["people"]
    assert people.tp >= 1
    assert people.tp + people.fp == sum(len(r["people"]) for r in predicted.values())
    assert people.tp + people.fn == sum(len(gold[n]["people"]) for n in names)
