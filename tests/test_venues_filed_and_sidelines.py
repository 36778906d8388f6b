"""Where a meeting is held: not the city a report was filed from, and, for a meeting held on the sidelines of
another, where that one is held."""
from __future__ import annotations

from written import meetings_of, only

FILED = "Tin ASEAN\n\n{dateline} Hội nghị Bộ trưởng Giao thông vận tải ASEAN lần thứ 29 đã khai mạc ngày 9/11."


def test_the_city_a_report_is_filed_from_is_not_the_venue():
    for dateline in ("Hà Nội, 10/11/2023 -", "Hà Nội (TTXVN) -", "Hà Nội, ngày 10/11/2023 (PV) –",
                     "Hà Nội (Chinhphu.vn) 10/11/2023 -"):
        meeting = only(meetings_of(FILED.format(dateline=dateline)), "asean-sectoral")
        assert (meeting.city, meeting.country) == (None, None), dateline


def test_a_city_named_in_the_body_is_still_read_without_a_locative():
    text = "Tin ASEAN\n\nHà Nội, 10/11/2023 - Hội nghị Bộ trưởng Giao thông vận tải ASEAN lần thứ 29 ở Luang Prabang."
    assert only(meetings_of(text), "asean-sectoral").city == "Luang Prabang"


def test_a_meeting_on_the_sidelines_of_another_is_held_where_that_one_is():
    text = ("Tin ASEAN\n\nHà Nội, 20/9/2022 - Cuộc họp không chính thức các Bộ trưởng Ngoại giao ASEAN diễn ra ngày 22/9 "
            "bên lề Khóa họp 77 Đại hội đồng Liên hợp quốc tại New York.")
    side = only(meetings_of(text), "amm")
    assert (side.city, side.country, side.format, side.start) == ("New York", "US", "in_person", "2022-09-22")


def test_a_meeting_that_opens_a_sentence_about_sidelines_keeps_its_own_place():
    text = ("Tin ASEAN\n\nNgày 5/8/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản diễn ra tại Jakarta. Bên lề "
            "hội nghị, Bộ trưởng đã gặp người đồng cấp Nhật Bản.")
    assert only(meetings_of(text), "asean-partner-other").city == "Jakarta"
