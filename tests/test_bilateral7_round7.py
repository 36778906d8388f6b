"""Bilateral talks, round 7: forms found by probing with sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of


def test_a_brief_exchange_on_the_sidelines_is_a_talk():
    # "có trao đổi ngắn với": a brief exchange between leaders is told as a talk.
    text = ("Ngày 23/9/2024, bên lề Tuần lễ Cấp cao Liên Hợp Quốc, Thủ tướng Phạm Minh Chính đã có trao đổi ngắn "
            "với Tổng thống Hàn Quốc Yoon Suk Yeol.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KR", "VN"] and talk.start == "2024-09-23"


def test_talks_of_the_leaders_of_two_parties_and_two_states():
    # "lãnh đạo hai Đảng, hai Nhà nước Việt Nam và Lào": the leaders' office is split by a comma.
    text = "Ngày 10/1/2025, lãnh đạo hai Đảng, hai Nhà nước Việt Nam và Lào đã hội đàm tại Viêng Chăn."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.start == "2025-01-10"


def test_a_talk_told_in_the_dateline_sentence_falls_on_the_datelines_day():
    # The lead names no day of its own: the dateline's day is the talk's.
    text = ("Manila, ngày 28/10/2024 - Ngay sau khi tới Philippines, Thủ tướng Phạm Minh Chính đã hội kiến "
            "Tổng thống Ferdinand Marcos Jr. tại Dinh Tổng thống.")
    (talk,) = talks_of(text)
    assert talk.parties == ["PH", "VN"] and talk.start == "2024-10-28"


def test_an_arrival_during_a_tour_is_a_visit_to_the_city():
    # "đã tới Hà Nội tối 14/4 trong chuyến công du châu Á": the tour names no country, the arrival does.
    text = "Ngoại trưởng Australia Penny Wong đã tới Hà Nội chiều 17/6/2024 trong chuyến công du Đông Nam Á."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert [(v.parties, v.city, v.start) for v in visits] == [(["AU", "VN"], "Hanoi", "2024-06-17")]


def test_visits_of_one_sentence_each_take_the_year_said_after_them():
    # "A thăm Hàn Quốc tháng 12/2009, và B thăm Hàn Quốc năm 2011": the second visit is 2011's, not December 2009's.
    text = ("Chủ tịch nước Nguyễn Minh Triết thăm Hàn Quốc tháng 11/2009, và Thủ tướng Nguyễn Tấn Dũng "
            "thăm Hàn Quốc năm 2011.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(v.start for v in visits) == ["2009-11", "2011"]


def test_an_arrival_dated_before_the_trip_it_begins_gives_the_visit_its_day():
    # "đã đến Hà Nội ngày 5/9/2023, bắt đầu chuyến thăm": the day stands between the city and the trip begun.
    text = "Tổng thống Chile Gabriel Boric đã đến Hà Nội hôm 5/11/2023 để bắt đầu chuyến thăm cấp nhà nước."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert [(v.parties, v.city, v.start) for v in visits] == [(["CL", "VN"], "Hanoi", "2023-11-05")]


def test_a_call_told_as_the_frame_of_its_sentence_is_between_the_two_named_after_it():
    # "Trong cuộc điện đàm tối 2/9, Thủ tướng A chúc mừng Thủ tướng B": no one is named after the verb.
    text = ("Tin đối ngoại\n\nTrong cuộc điện đàm tối 2/9/2024, Thủ tướng Phạm Minh Chính cảm ơn Thủ tướng "
            "Lào Sonexay Siphandone.")
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.start == "2024-09-02"


def test_a_framed_meeting_opening_a_paragraph_is_told_by_the_one_after_the_comma():
    # The frame opens a line: its "^" is the sentence's start, not only the text's.
    text = ("Tin đối ngoại\n\nTrong cuộc gặp Thủ tướng Lào Sonexay Siphandone bên lề Hội nghị Cấp cao ASEAN ngày "
            "9/10/2024, Tổng thống Indonesia Joko Widodo nhấn mạnh quan hệ hai nước.")
    (talk,) = talks_of(text)
    assert talk.parties == ["ID", "LA"] and talk.start == "2024-10-09"
