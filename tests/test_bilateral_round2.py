"""Bilateral talks and visits, second round: what a talk borrows from a visit, and who the other side is.
Sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of  # noqa: F401




def test_a_talk_held_does_not_take_the_date_of_a_visit_to_come():
    text = ("Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị Thượng đỉnh G20 tại Hamburg ngày 7-8/7/2017. "
            "Bên lề hội nghị, Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp với Tổng thống Hoa Kỳ Donald Trump. "
            "Tổng thống Donald Trump khẳng định sẽ sang thăm Việt Nam vào tháng 11/2017.")
    (talk,) = [t for t in talks_of(text) if t.parties == ["US", "VN"]]
    assert not (talk.start or "").startswith("2017-11")
    assert talk.country != "VN"


def test_a_talk_to_come_during_a_visit_under_way_takes_its_dates():
    text = ("Chủ tịch Quốc hội Cuba Esteban Lazo thăm chính thức Việt Nam từ ngày 11 đến 18/6/2017. "
            "Trong chuyến thăm, Chủ tịch Quốc hội Cuba sẽ hội kiến Thủ tướng Nguyễn Xuân Phúc.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CU", "VN"] and talk.start == "2017-06" and talk.country == "VN"


def test_a_counterpart_named_without_title_is_met_in_the_host_country():
    text = ("Ngày 13/5/2017, Ngoại trưởng Indonesia Retno Marsudi có cuộc gặp người đồng cấp Vương Nghị "
            "tại thủ đô Bắc Kinh để thảo luận về hợp tác hai nước.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "ID"] and talk.start == "2017-05-13"


def test_a_counterpart_named_without_title_or_place_is_no_talk():
    # Nothing says whose minister the counterpart is: no talk between known sides.
    text = "Ngày 13/5/2017, Ngoại trưởng Indonesia Retno Marsudi có cuộc gặp người đồng cấp Lâm Đức Hòa."
    assert talks_of(text) == []


def test_a_counterpart_the_registry_knows_gives_the_talk_its_second_side():
    text = "Ngày 13/5/2017, Ngoại trưởng Indonesia Retno Marsudi có cuộc gặp người đồng cấp Vương Nghị."
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "ID"]


def test_a_talk_at_the_white_house_is_in_washington():
    text = ("Ngày 31/5/2017, Tổng thống Mỹ Donald Trump đã tiếp đón Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"] and talk.city == "Washington" and talk.country == "US"


def test_a_talk_in_moscow_spelled_moskva():
    text = ("Chiều 29/6/2017, tại Điện Kremlin ở thủ đô Moskva, Chủ tịch nước Trần Đại Quang đã hội đàm với "
            "Tổng thống Nga Vladimir Putin.")
    (talk,) = talks_of(text)
    assert talk.parties == ["RU", "VN"] and talk.city == "Moscow"


def test_the_person_met_named_after_the_day_of_the_audience():
    text = ("Trước đó, tại cuộc hội kiến ngày 21-11-2025, Tổng thống Nam Phi Cyril Ramaphosa đã cảm ơn "
            "Thủ tướng Phạm Minh Chính và Đoàn đại biểu Việt Nam.")
    (talk,) = talks_of(text)
    assert talk.parties == ["VN", "ZA"] and talk.start == "2025-11-21"


def test_formal_talks_told_without_names_are_between_the_visits_sides():
    text = ("Từ ngày 31/8 đến ngày 2/9/2024, Chủ tịch Quốc hội Trung Quốc Triệu Lạc Tế thăm chính thức Việt Nam. "
            "Chiều 31/8/2024, tại Hà Nội, ngay sau lễ đón, hai bên đã tiến hành hội đàm.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"] and talk.start == "2024-08-31"


def test_talks_summed_up_or_between_others_are_not_a_new_talk():
    text = ("Từ ngày 11 đến 13/7/2017, Phó Thủ tướng Trương Hòa Bình thăm chính thức Malaysia. "
            "Tại các cuộc gặp và hội đàm, hai bên nhất trí tăng cường hợp tác. "
            "Ông hoan nghênh kết quả cuộc hội đàm giữa bang Johor và các tỉnh phía Nam.")
    assert talks_of(text) == []


def test_each_destination_of_one_trip_has_the_same_visitor():
    text = ("Ngày 10/5/2022, Thủ tướng Phạm Minh Chính lên đường dự hội nghị theo lời mời của Tổng thống Hoa Kỳ "
            "Joe Biden; đồng thời thăm, làm việc tại Hoa Kỳ và Liên Hợp Quốc từ ngày 11-17/5/2022.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert {tuple(v.parties) for v in visits} == {("US", "VN"), ("UN", "VN")}


def test_the_visitor_of_a_visit_framing_its_sentence_is_named_after_the_comma():
    text = ("Trong chuyến thăm Malaysia vào tháng 12/2021, Bộ trưởng Ngoại giao Mỹ Anthony Blinken khẳng định "
            "ASEAN đóng vai trò trung tâm trong khu vực.")
    (visit,) = [m for m in meetings_of(text, "2022-02-10") if m.series == "bilateral-visit"]
    assert visit.parties == ["MY", "US"] and visit.country == "MY"


def test_a_phone_call_to_come_between_two_leaders():
    text = ("Bộ Ngoại giao cho biết Việt Nam đang chuẩn bị cho cuộc điện đàm sắp diễn ra giữa Tổng Bí thư "
            "Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"]


def test_a_host_welcoming_or_inviting_guests_tells_no_visit():
    text = ("Ngày 8/7/2017, Thủ tướng Nguyễn Xuân Phúc hoan nghênh các nhà lãnh đạo Ấn Độ sang thăm Việt Nam "
            "trong năm 2017; Chủ tịch nước Trần Đại Quang cũng đã mời Tổng thống Argentina thăm Việt Nam.")
    assert [m for m in meetings_of(text) if m.series == "bilateral-visit"] == []


def test_a_guest_invited_by_the_host_visits():
    text = ("Ngày 10/5/2022, theo lời mời của Tổng thống Hoa Kỳ Joe Biden, Thủ tướng Phạm Minh Chính "
            "thăm chính thức Hoa Kỳ.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert visit.parties == ["US", "VN"] and visit.country == "US"


def test_plain_meeting_by_no_office_holder_is_no_talk():
    text = ("Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao đặc biệt ASEAN - Australia tại Melbourne. "
            "Chiều 5/3/2024, đông đảo doanh nghiệp và kiều bào tại Australia đã gặp Thủ tướng Australia "
            "Anthony Albanese.")
    assert talks_of(text) == []


def test_plain_meeting_by_a_home_office_is_a_talk():
    text = ("Trước đó, tại New York ngày 29/5/2017, Thủ tướng đã gặp Tổng Thư ký Liên Hợp Quốc Antonio Guterres.")
    (talk,) = talks_of(text)
    assert talk.parties == ["UN", "VN"]
