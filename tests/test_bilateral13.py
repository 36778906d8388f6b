"""Bilateral talks and visits, round 13: sentences written for these tests."""
from __future__ import annotations

from written import talks_of


def test_an_audience_is_held_where_the_one_received_holds_office():
    # "hội kiến" is a call on the one met: with no place said, it is held in their country.
    text = ("Chiều 14/3/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội kiến Tổng thống Kenya William Ruto. "
            "Hai bên nhất trí thúc đẩy thương mại song phương.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KE", "VN"] and talk.country == "KE"


def test_an_audience_abroad_in_a_third_country_is_not_placed_at_home():
    text = ("Ngày 20/9/2023, Thủ tướng Phạm Minh Chính dự Đại hội đồng Liên hợp quốc tại New York, Hoa Kỳ. "
            "Trong dịp này, ngày 21/9/2023, Thủ tướng đã hội kiến Thủ tướng Canada Justin Trudeau.")
    talks = [t for t in talks_of(text) if t.parties == ["CA", "VN"]]
    assert talks and all(t.country != "CA" for t in talks)


def test_a_meeting_only_wished_for_is_no_talk():
    text = ("Ngày 2/4/2024, Tổng thống Chile Gabriel Boric cho biết ông mong muốn sớm gặp Chủ tịch nước Võ Văn Thưởng. "
            "Thủ tướng Phạm Minh Chính hy vọng sẽ sớm gặp lại Thủ tướng Ấn Độ Narendra Modi.")
    assert talks_of(text) == []


def test_a_meeting_refused_is_no_talk():
    text = "Ngày 3/4/2024, Tổng thống Nga Vladimir Putin từ chối gặp Tổng thống Ukraine Volodymyr Zelensky."
    assert talks_of(text) == []


def test_a_meeting_set_for_a_day_is_still_a_planned_talk():
    text = "Ngày 5/5/2023, Thủ tướng Phạm Minh Chính sẽ gặp Tổng thống Mỹ Joe Biden tại Washington."
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"] and talk.status == "planned"
