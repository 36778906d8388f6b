"""What dates and places a talk the text does not date: the article's event, never one still to come. Sentences
written for the test."""
from __future__ import annotations

from written import meetings_of, only


def test_a_held_talk_is_not_dated_or_placed_by_a_meeting_still_to_come():
    text = ("Tin đối ngoại\n\n"
            "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp Chủ tịch Hạ viện Australia Tony Smith. "
            "Hai bên nhất trí tăng cường trao đổi đoàn.\n"
            "Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 22 sẽ diễn ra tại Chiang Rai vào tháng 4/2019.")
    records = meetings_of(text)
    talk = only(records, "bilateral-talks")
    assert (talk.start, talk.city) == (None, None)
    assert only(records, "asean-sectoral").city == "Chiang Rai"


def test_a_talk_still_takes_the_day_and_place_of_the_held_meeting_the_article_is_about():
    text = ("Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 35\n\n"
            "Ngày 3/11/2019, tại Bangkok, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao ASEAN lần thứ 35. "
            "Thủ tướng đã gặp Thủ tướng Nhật Bản Shinzo Abe.")
    talk = only(meetings_of(text), "bilateral-talks")
    assert talk.start == "2019-11-03" and talk.city == "Bangkok"
