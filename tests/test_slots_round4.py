"""Meeting slots, round 4 (issue 11): which day of a visit its talks take, which visit a dated talk is part of.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import meetings_of, only, talks_of

from summitgraph.extract.attributes import day_told_before
from summitgraph.extract.dates import find_dates


# --- a talk undated in its own sentence takes the day of its visit told before it ----------------------

VISIT = ("Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 8-10/1/2024 theo lời mời của "
         "Thủ tướng Phạm Minh Chính. ")


def test_talks_after_the_welcome_take_the_welcome_day():
    text = VISIT + ("Sáng 9/1, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào. "
                    "Ngay sau lễ đón, hai Thủ tướng đã hội đàm về hợp tác kinh tế.")
    talk = only(talks_of(text), "bilateral-talks")
    assert (talk.start, talk.end) == ("2024-01-09", "2024-01-09")


def test_talks_with_no_day_told_before_take_the_visit_month():
    text = VISIT + "Trong chuyến thăm, hai Thủ tướng đã hội đàm về hợp tác kinh tế."
    talk = only(talks_of(text), "bilateral-talks")
    assert talk.start == "2024-01"


def test_a_day_outside_the_visit_dates_no_talk_of_it():
    text = "Ngày 20/12, hai bên ký thỏa thuận. Ngày 9/1, lễ đón diễn ra. Hai bên hội đàm."
    dates = find_dates(text)
    assert day_told_before(dates, len(text), "2024-01-08", "2024-01-10") == "2024-01-09"
    assert day_told_before(dates[:1], len(text), "2024-01-08", "2024-01-10") is None


def test_a_day_told_far_before_dates_no_talk():
    text = "Ngày 9/1, lễ đón diễn ra. " + "Hai nước có quan hệ hữu nghị truyền thống. " * 40 + "Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "2024-01-08", "2024-01-10") is None


def test_no_day_is_read_against_a_visit_known_only_by_its_month():
    text = "Ngày 9/1, lễ đón diễn ra. Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "2024-01", "2024-01") is None


def test_a_visit_without_a_year_gives_days_without_one():
    text = "Chiều 31/8, lễ đón diễn ra. Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "--08-31", "--09-02") == "--08-31"


# --- a dated talk is not part of a visit dated to other days --------------------------------------------

def test_a_dated_talk_does_not_take_the_place_of_a_visit_to_come():
    text = ("Ngày 31/5/2017, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng thống Hoa Kỳ Donald Trump. "
            "Tổng thống Trump cho biết ông mong chờ chuyến thăm Việt Nam vào tháng 11/2017.")
    records = meetings_of(text)
    talk = only(records, "bilateral-talks")
    assert talk.start == "2017-05-31"
    assert talk.country != "VN"
