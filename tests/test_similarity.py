"""How alike two records are, as the knowledge base compares them: partial dates as intervals, and
one-to-one assignments that maximise the matched pairs."""
from __future__ import annotations

import pytest

from summitgraph.similarity import best_assignment, intervals_overlap, meeting_interval


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


def test_best_assignment_prefers_quality_only_among_maximum_matchings():
    assert sorted(best_assignment([[0.9, 0.1], [0.8, None]])) == [(0, 1), (1, 0)]
    assert sorted(best_assignment([[0.2, 0.9], [0.9, 0.2]])) == [(0, 1), (1, 0)]
    assert best_assignment([[None, None]]) == []
    assert best_assignment([]) == []
