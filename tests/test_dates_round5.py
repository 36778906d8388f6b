"""Dates, round 5: the date shapes and attachments of Vietnamese news that probing found read wrong.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import meetings_of, only

from summitgraph.extract.dates import find_dates, resolve


# --- a range carries its year on its end: a dated dateline and the day after it are two dates ----------

def test_a_dated_dateline_and_the_day_after_it_are_two_dates():
    found = find_dates("Hà Nội, 12/9/2022 - Ngày 10/9, tại Phnom Penh, các bộ trưởng đã họp.")
    assert [m.text for m in found] == ["12/9/2022", "Ngày 10/9"]


def test_a_one_day_meeting_after_a_dated_dateline_does_not_end_a_year_later():
    text = ("Tin ngoại giao\nHà Nội, 12/9/2022 - Ngày 10/9, tại Phnom Penh, Hội nghị Bộ trưởng Kinh tế ASEAN "
            "lần thứ 54 đã diễn ra.")
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2022-09-10", "2022-09-10")


def test_a_range_with_its_year_on_the_end_still_reads():
    (m,) = find_dates("Hội nghị diễn ra từ 30/12 - 2/1/2020 tại Hà Nội.")
    assert resolve(m, None) == ("2019-12-30", "2020-01-02")
