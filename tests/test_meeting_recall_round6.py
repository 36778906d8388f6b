"""Meeting forms the extractor missed in round 6 (train recall), each class on sentences written for the test."""
from __future__ import annotations

from written import talks_of


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
