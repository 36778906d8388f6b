"""Meetings of one loose series (ASEAN sectoral bodies, other multilateral forums) that share a number are told
apart by the body their names give, before their numbers join them."""
from __future__ import annotations

from summitgraph.extract.series import bracketed_acronym, identity
from written import meetings_of


def test_three_ministers_meetings_with_one_number_stay_three():
    text = ("Ngày 30/3/2023, Hội nghị Bộ trưởng Tài chính ASEAN (AFMM) lần thứ 27 họp tại Bali. Ngày 4/9/2023, Hội nghị "
            "Hội đồng Cộng đồng Chính trị - An ninh ASEAN (APSC) lần thứ 27 họp tại Jakarta. Hội nghị Bộ trưởng Lao động "
            "ASEAN lần thứ 27 sẽ họp tại Singapore vào tháng 10/2023.")
    numbered = sorted((m.name, m.city) for m in meetings_of(text) if m.ordinal == 27)
    assert [(name.split(" ASEAN")[0], city) for name, city in numbered] == [
        ("Hội nghị Bộ trưởng Lao động", "Singapore"), ("Hội nghị Bộ trưởng Tài chính", "Bali"),
        ("Hội nghị Hội đồng Cộng đồng Chính trị - An ninh", "Jakarta")]


def test_the_same_body_said_twice_with_its_number_is_one_meeting():
    text = ("Ngày 30/3/2023, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 27 khai mạc tại Bali. Phát biểu tại AFMM lần "
            "thứ 27, Bộ trưởng Tài chính Hồ Đức Phớc đề nghị tăng cường hợp tác.")
    assert [(m.series, m.ordinal) for m in meetings_of(text)] == [("asean-sectoral", 27)]


def test_bodies_and_acronyms_a_name_gives():
    assert identity("Hội nghị Hội đồng Cộng đồng Kinh tế ASEAN (AECC)")[0] == "cong dong kinh te"
    assert identity("Hội nghị Ủy ban Đại diện thường trực ASEAN")[0] == "dai dien thuong truc"
    assert identity("Hội nghị Bộ trưởng Nông lâm ASEAN")[0] == "nong lam"
    assert bracketed_acronym("Hội nghị Bộ trưởng Nông lâm ASEAN (AMAF-45)") == "AMAF"
    assert bracketed_acronym("Hội nghị Bộ trưởng Du lịch ASEAN (M-ATM) lần thứ 26") == "M-ATM"
    assert bracketed_acronym("Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16") is None
