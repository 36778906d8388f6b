"""Meeting forms the extractor missed in round 6 (train recall), each class on sentences written for the test."""
from __future__ import annotations

from written import meetings_of, talks_of


# "doanh nghiệp vừa và nhỏ" (small and medium firms): its "vừa" is no "just", so talks listed in a schedule
# to come stay to come.

def test_talks_in_a_schedule_naming_small_and_medium_firms_are_planned():
    text = ("Hà Nội, 2/6/2023 - Thủ tướng Phạm Minh Chính sẽ thăm chính thức Hàn Quốc từ ngày 5 đến 7/6/2023. "
            "Trong chuyến thăm, Thủ tướng sẽ hội đàm với Tổng thống Hàn Quốc Yoon Suk-yeol, gặp Chủ tịch Quốc hội "
            "Hàn Quốc Kim Jin-pyo và làm việc với đại diện các doanh nghiệp vừa và nhỏ.")
    talks = talks_of(text)
    assert talks and all(t.status == "planned" for t in talks)
    assert all(t.parties == ["KR", "VN"] and t.country == "KR" for t in talks)


def test_a_talk_just_held_is_still_held():
    text = ("Hà Nội, 2/6/2023 - Thủ tướng Phạm Minh Chính vừa hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội "
            "về hợp tác hỗ trợ các doanh nghiệp nhỏ và vừa.")
    (talk,) = talks_of(text)
    assert talk.status == "held"
    assert talk.parties == ["LA", "VN"]


# A list of events each dated in brackets: the visit takes the bracket after it, not the one closing the item
# before it.

def test_a_visit_listed_after_other_events_takes_its_own_bracketed_month():
    text = ("Hà Nội, 10/8/2023 - Thủ tướng Phạm Minh Chính và Tổng thống Yoon Suk-yeol đã gặp nhau bên lề Hội nghị "
            "Cấp cao G20 tại Ấn Độ (tháng 9/2022), Hội nghị Cấp cao ASEAN tại Campuchia (tháng 11/2022), tiếp đó là "
            "chuyến thăm chính thức Việt Nam của Tổng thống Yoon Suk-yeol (tháng 6/2023).")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert visit.parties == ["KR", "VN"]
    assert (visit.start, visit.end, visit.country) == ("2023-06", "2023-06", "VN")


def test_a_visit_dated_before_it_keeps_that_date_when_no_bracket_follows():
    text = ("Hà Nội, 10/8/2023 - Tháng 6/2023, Tổng thống Yoon Suk-yeol đã thăm chính thức Việt Nam (chuyến thăm "
            "đầu tiên của ông tới Đông Nam Á).")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert visit.start == "2023-06"


# "thứ 2 trong năm": a count of the year's meetings, not the meeting's number.

def test_the_second_meeting_of_the_year_is_no_second_meeting_of_the_series():
    text = ("Việt Nam đăng cai các cuộc họp ASEAN về sở hữu trí tuệ\n"
            "Hà Nội, 10/7/2023 - Từ ngày 12 đến 14/7/2023, tại Hạ Long, Cục Sở hữu trí tuệ sẽ tổ chức Cuộc họp lần thứ "
            "70 Nhóm công tác về hợp tác sở hữu trí tuệ ASEAN (AWGIPC 70).\n"
            "Cuộc họp lần thứ 12 Tiểu ban SHTT Hiệp định thương mại tự do ASEAN - Australia - New Zealand: đây là "
            "cuộc họp thường niên liền kề với Cuộc họp AWGIPC thứ 2 trong năm.")
    found = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert sorted(m.ordinal for m in found) == [12, 70]
