"""Invitations only extended, and visits whose traveller is a home office told by title alone: sentences written for
these tests."""
from __future__ import annotations

from written import meetings_of


def visits_of(text: str) -> list:
    return [m for m in meetings_of(text) if m.series == "bilateral-visit"]


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
