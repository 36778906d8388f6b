"""Visits whose traveller is a home office told by title alone, and invitations only extended: sentences written for
these tests."""
from __future__ import annotations

from written import meetings_of


def visits_of(text: str) -> list:
    return [m for m in meetings_of(text) if m.series == "bilateral-visit"]


# A talk abroad whose summary recalls the home president's earlier visit to the counterpart's country, by title alone.
RECALLED_BY_TITLE = (
    "Chủ tịch nước gặp Tổng thống Pháp bên lề diễn đàn\n\n"
    "Ngày 12/5/2017, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã gặp Tổng thống Pháp Emmanuel Macron. "
    "Tổng thống Emmanuel Macron khẳng định Pháp sẽ cùng Việt Nam triển khai kết quả chuyến thăm Pháp của Chủ tịch "
    "nước tháng 3-2016.\n")


def test_a_visit_of_the_home_office_named_by_title_after_cua_is_the_home_sides():
    visit = next(v for v in visits_of(RECALLED_BY_TITLE) if v.country == "FR")
    assert visit.parties == ["FR", "VN"] and visit.start == "2016-03"


def test_a_visit_framing_its_sentence_with_a_home_title_after_the_comma_is_the_home_sides():
    text = ("Quan hệ Việt Nam - Thái Lan\n\n"
            "Thủ tướng Thái Lan Prayut Chan-o-cha đánh giá cao quan hệ hai nước. "
            "Trong chuyến thăm Thái Lan tháng 3/2023, Thủ tướng đã hội đàm với Thủ tướng Thái Lan Prayut Chan-o-cha.\n")
    assert [v.parties for v in visits_of(text) if v.country == "TH"] == [["TH", "VN"]]


def test_a_bare_title_in_a_story_told_from_a_foreign_side_is_not_the_home_office():
    # No home office-holder is named: "Thủ tướng" is the Thai prime minister the story follows.
    text = ("Thủ tướng Thái Lan thăm Campuchia\n\n"
            "Ngày 5/6/2023, Thủ tướng Thái Lan Prayut Chan-o-cha bắt đầu chuyến thăm chính thức Campuchia. "
            "Chuyến thăm Campuchia của Thủ tướng lần này nhằm thúc đẩy thương mại biên giới.\n")
    assert [v.parties for v in visits_of(text)] == [["KH", "TH"]]


def test_an_invitation_only_extended_is_no_visit():
    text = ("Chủ tịch nước gặp Tổng thống Nga\n\n"
            "Chiều 14/5/2017, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã gặp Tổng thống Nga V.Pu-tin. "
            "Chủ tịch nước mời Tổng thống V.Pu-tin thăm chính thức Việt Nam. "
            "Tổng thống V.Pu-tin cho biết Nga coi trọng quan hệ với Việt Nam.\n")
    assert visits_of(text) == []


def test_an_invitation_accepted_is_a_planned_visit():
    text = ("Chủ tịch nước gặp Tổng thống Nga\n\n"
            "Chiều 14/5/2017, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã gặp Tổng thống Nga V.Pu-tin. "
            "Chủ tịch nước mời Tổng thống V.Pu-tin thăm chính thức Việt Nam. "
            "Tổng thống V.Pu-tin cảm ơn và vui vẻ nhận lời.\n")
    (visit,) = visits_of(text)
    assert visit.parties == ["RU", "VN"] and visit.status == "planned"


def test_an_invitation_made_as_a_noun_is_not_an_invitation_only_extended():
    # "đưa lời mời đón tiếp ... khi ông dừng chân": the stop the host arranges, not an open invitation.
    text = ("Thủ tướng dừng chân tại Nhật Bản\n\n"
            "Ngày 10/6/2023, Đại sứ Nhật Bản cho biết Thủ tướng Nhật Bản Kishida Fumio đã đưa lời mời đón tiếp "
            "Thủ tướng Phạm Minh Chính khi ông thăm Nhật Bản trên đường đi Canada.\n")
    assert [v.parties for v in visits_of(text) if v.country == "JP"] == [["JP", "VN"]]


def test_a_welcome_to_someone_to_come_with_no_answer_is_no_visit():
    # Met abroad, the guest is welcomed to come: no visit yet, whose place the recalled one would be confused with.
    text = ("Chủ tịch nước gặp Thủ tướng Italy\n\n"
            "Ngày 15/5/2017, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang gặp Thủ tướng Italy Paolo Gentiloni. "
            "Chủ tịch nước đề nghị hai bên sớm ký các thỏa thuận hợp tác và hoan nghênh Thủ tướng Paolo Gentiloni "
            "thăm Việt Nam. Thủ tướng Paolo Gentiloni đánh giá cao quan hệ hai nước.\n")
    assert [v for v in visits_of(text) if v.country == "VN"] == []


def test_a_welcome_to_a_visit_under_way_keeps_the_visit():
    text = ("Chủ tịch Quốc hội Lào thăm Việt Nam\n\n"
            "Ngày 4/12/2023, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ hoan nghênh và chào mừng Chủ tịch Quốc hội "
            "Lào Xaysomphone Phomvihane thăm chính thức Việt Nam.\n")
    assert [v.parties for v in visits_of(text)] == [["LA", "VN"]]
