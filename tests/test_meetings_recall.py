"""Meetings the extractor used to drop or fold into another: each class on sentences written for the test."""
from __future__ import annotations

from written import meetings_of




def test_partner_summits_sharing_a_number_stay_apart():
    text = ("Tháng 11/2019 tại Bangkok, bên lề Hội nghị Cấp cao ASEAN lần thứ 35 còn có Hội nghị Cấp cao "
            "ASEAN - Trung Quốc lần thứ 22, Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22 và Hội nghị Cấp cao "
            "ASEAN - Hàn Quốc lần thứ 20.")
    found = {(m.series, m.partner, m.ordinal) for m in meetings_of(text)}
    assert {("asean-partner-summit", "CN", 22), ("asean-partner-summit", "JP", 22),
            ("asean-partner-summit", "KR", 20)} <= found


def test_a_later_mention_of_one_partner_summit_joins_it():
    text = ("Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22 và Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 16 diễn ra "
            "tại Bangkok ngày 3/11/2019. Tại Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22, các nhà lãnh đạo "
            "bàn về kinh tế số.")
    partner_summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert sorted(m.partner for m in partner_summits) == ["IN", "JP"]


def test_officials_of_asean_plus_three_meeting_told_by_the_verb():
    text = "Ngày 14/3/2005, các quan chức cấp cao của 10 nước ASEAN, Hàn Quốc, Nhật Bản và Trung Quốc sẽ nhóm họp tại Hà Nội."
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.city, meeting.start) == ("apt-other", "Hanoi", "2005-03-14")


def test_leaders_of_a_partner_and_asean_meeting_is_a_partner_summit():
    text = "Tháng 11/2016, các nhà lãnh đạo Hàn Quốc và ASEAN sẽ gặp nhau tại Lào."
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.partner, meeting.country) == ("asean-partner-summit", "KR", "LA")


def test_diplomats_of_asean_and_a_partner_meet():
    text = "Tháng 5/2017, các nhà ngoại giao ASEAN và Trung Quốc sẽ nhóm họp tại Bắc Kinh để bàn về COC."
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.partner, meeting.city) == ("asean-partner-other", "CN", "Beijing")


def test_a_partner_minister_meeting_asean_counterparts():
    text = ("Ngày 16/11/2016, Bộ trưởng Quốc phòng Nhật Bản đã có cuộc họp không chính thức với những người "
            "đồng cấp ASEAN tại Viêng Chăn.")
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.partner, meeting.city) == ("asean-partner-other", "JP", "Vientiane")


def test_ministers_meeting_each_other_without_asean_is_not_a_partner_meeting():
    text = "Ngày 4/8/2022, Bộ trưởng Ngoại giao Trung Quốc sẽ gặp Bộ trưởng Ngoại giao Campuchia tại Phnom Penh."
    assert all(m.series.startswith("bilateral") for m in meetings_of(text))


def test_a_partner_hosting_a_summit_with_asean_leaders():
    text = ("Ngày 2/3/2024, Thủ tướng Australia cho biết sẽ đăng cai hội nghị cấp cao đặc biệt với các nhà lãnh đạo "
            "ASEAN tại Melbourne vào ngày 4-6/3/2024.")
    summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert [(m.partner, m.city) for m in summits] == [("AU", "Melbourne")]


def test_a_leaders_meeting_with_asean_is_a_partner_summit_even_unnamed():
    text = ("Thủ tướng Australia và Thủ tướng New Zealand sẽ được mời họp thượng đỉnh với ASEAN vào tháng 11/2004 "
            "tại Lào.")
    summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert [(m.partner, m.country) for m in summits] == [(None, "LA")]


def test_the_asean_summit_itself_stays_an_asean_summit():
    text = "Ngày 5/9/2023, Thủ tướng Việt Nam dự Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta."
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.partner) == ("asean-summit", None)


def test_an_undated_named_meeting_outside_asean_is_kept():
    text = ("Các bộ trưởng ASEAN thống nhất lập trường chung trước Hội nghị Bộ trưởng WTO, "
            "theo Bộ trưởng Công Thương.")
    assert [m.series for m in meetings_of(text)] == ["other-multilateral"]


def test_a_forum_named_as_a_body_without_date_is_not_a_meeting():
    text = "Việt Nam là thành viên tích cực của Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC)."
    assert meetings_of(text) == []


def test_a_forum_joined_by_va_to_a_ministers_meeting_is_a_meeting_of_its_own():
    text = ("Ngoại trưởng dự hội nghị trực tuyến\n\nNgày 12/9/2020, Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng "
            "Ngoại giao Cấp cao Đông Á lần thứ 10 và Diễn đàn Khu vực ASEAN (ARF) lần thứ 27 theo hình thức trực tuyến.")
    found = {(m.series, m.ordinal) for m in meetings_of(text)}
    assert {("eas-other", 10), ("arf", 27)} <= found


def test_two_numbers_joined_by_va_inside_a_name_are_two_summits():
    text = ("Bế mạc hội nghị\n\nNgày 13/11/2022, Thủ tướng Campuchia chủ trì lễ bế mạc Hội nghị Cấp cao ASEAN lần "
            "thứ 40 và 41 cùng các hội nghị liên quan tại Phnom Penh.")
    summits = sorted(m.ordinal for m in meetings_of(text) if m.series == "asean-summit")
    assert summits == [40, 41]
    assert all(not m.name.endswith("cùng các") for m in meetings_of(text))


def test_meetings_listed_with_one_coming_date_are_all_to_come():
    text = ("Năm Chủ tịch ASEAN\n\nTrong tháng 4/2020 sẽ diễn ra Hội nghị Cấp cao ASEAN lần thứ 36; Hội nghị Cấp cao "
            "kỷ niệm ASEAN-New Zealand tại Đà Nẵng.")
    found = {m.series: m for m in meetings_of(text, published="2020-01-20")}
    assert found["asean-summit"].status == found["asean-partner-summit"].status == "planned"


def test_summits_numbered_together_are_each_named_with_their_own_number():
    for joined in ("40 và 41", "40, 41"):
        text = f"Bế mạc hội nghị\n\nNgày 13/11/2022, Hội nghị Cấp cao ASEAN lần thứ {joined} bế mạc tại Phnom Penh."
        names = sorted(m.name for m in meetings_of(text) if m.series == "asean-summit")
        assert names == ["Hội nghị Cấp cao ASEAN lần thứ 40", "Hội nghị Cấp cao ASEAN lần thứ 41"], joined
