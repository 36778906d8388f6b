"""A headline above the body: its last words are no date's prefix, and its predicate is no part of a meeting's
name. Sentences written for the test."""
from __future__ import annotations

import pytest

from summitgraph.extract.dates import find_dates
from written import meetings_of, only


def test_a_headline_ending_in_hoi_does_not_make_the_first_day_of_the_body_a_past_one():
    text = "Các nước cam kết thúc đẩy phục hồi\n\nChiều 10/9/2020, các Bộ trưởng họp trực tuyến."
    (day,) = find_dates(text)
    assert text[day.start:day.end] == "Chiều 10/9/2020"
    assert day.relative is None


def test_a_meeting_named_in_the_headline_and_dated_in_the_lead_takes_the_lead_day():
    text = ("Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21 nhất trí đẩy mạnh phục hồi\n\n"
            "Chiều 10/9/2020, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN+3 "
            "lần thứ 21 theo hình thức trực tuyến.")
    meeting = only(meetings_of(text, published="2020-09-10"), "apt-other")
    assert meeting.start == "2020-09-10"
    assert meeting.name == "Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21"


@pytest.mark.parametrize("predicate", ["nhất trí tăng cường kết nối", "thảo luận về an ninh lương thực",
                                       "kêu gọi kiềm chế", "nhấn mạnh vai trò trung tâm của ASEAN",
                                       "tái khẳng định cam kết chung", "hoan nghênh sáng kiến mới",
                                       "thống nhất lộ trình hợp tác"])
def test_a_headline_predicate_ends_the_meeting_name(predicate: str):
    text = f"Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 19 {predicate}\n\nCác nhà lãnh đạo đã họp tại Phnom Penh."
    meeting = only(meetings_of(text), "asean-partner-summit")
    assert meeting.name == "Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 19"



def test_a_dateline_on_a_line_of_its_own_does_not_push_the_lead_out():
    # The lead's meeting is the article's own even undated and unplaced; the dateline line is no sentence of it.
    body = "Các Bộ trưởng đã dự Diễn đàn Khu vực ASEAN và bàn về an ninh biển."
    with_dateline = meetings_of(f"Tin đối ngoại\n\nVientiane, ngày 28/11\n\n{body}")
    assert only(with_dateline, "arf").name == "Diễn đàn Khu vực ASEAN"
