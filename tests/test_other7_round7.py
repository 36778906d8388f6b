"""Other multilateral and subregional meetings missed in round 7, each class on sentences written for the test."""
from __future__ import annotations

from written import meetings_of, only


# Forums and bodies outside ASEAN that no series rule named: Vietnam's Future of ASEAN Forum, the Boao Forum for
# Asia, the Inter-Parliamentary Union.

def test_the_future_of_asean_forum_is_another_multilateral_meeting():
    text = ("HÀ NỘI (TTXVN) - Sáng 25/2/2025, Diễn đàn Tương lai ASEAN 2025 khai mạc tại Hà Nội với sự tham dự "
            "của Thủ tướng Phạm Minh Chính.")
    m = only(meetings_of(text), "other-multilateral")
    assert m.city == "Hanoi" and m.start == "2025-02-25"


def test_the_boao_forum_is_another_multilateral_meeting():
    text = ("HẢI NAM - Ngày 27/3/2019, Phó Thủ tướng dự Hội nghị thường niên Diễn đàn châu Á Bác Ngao 2019 "
            "tại Hải Nam, Trung Quốc.")
    m = only(meetings_of(text), "other-multilateral")
    assert m.country == "CN"


def test_an_ipu_assembly_is_another_multilateral_meeting_in_its_host_city():
    text = ("Từ ngày 22 đến 26/10/2023, đoàn Quốc hội Việt Nam dự Đại hội đồng Liên minh Nghị viện thế giới "
            "lần thứ 147 (IPU-147) tại Luanda, Angola.")
    m = only(meetings_of(text), "other-multilateral")
    assert m.ordinal == 147 and m.city == "Luanda" and m.country == "AO"


# Host cities of summits and COPs that the city list lacked.

def test_a_summit_in_baku_has_its_city():
    text = ("Ngày 25/10/2019, Hội nghị Thượng đỉnh Phong trào Không liên kết lần thứ 18 khai mạc tại Baku, "
            "Azerbaijan.")
    assert only(meetings_of(text), "other-multilateral").city == "Baku"


def test_cop30_in_belem_has_its_city():
    text = "Ngày 6/11/2025, Hội nghị COP30 khai mạc tại thành phố Belém, Brazil."
    m = only(meetings_of(text), "other-multilateral")
    assert m.city == "Belem" and m.country == "BR"


# A summit or conference named without "Hội nghị": "Thượng đỉnh G20", "COP29" by its acronym and number.

def test_a_g20_summit_named_by_its_level_alone():
    text = "NEW DELHI - Thượng đỉnh G20 năm 2023 đã khai mạc ngày 9/9/2023 tại thủ đô New Delhi, Ấn Độ."
    m = only(meetings_of(text), "other-multilateral")
    assert m.start == "2023-09-09" and m.country == "IN"


def test_a_cop_named_by_its_acronym_has_its_number():
    text = "Sáng 11/11/2024, Thủ tướng Phạm Minh Chính lên đường tới Baku, Azerbaijan dự COP29 từ ngày 11 đến 13/11."
    m = only(meetings_of(text), "other-multilateral")
    assert m.ordinal == 29 and m.name == "COP29"


# The name stops before its predicate: "... chính thức khai mạc", "... tổ chức trực tuyến".

def test_a_name_stops_before_officially_opened():
    text = "Ngày 12/9/2018, Hội nghị Diễn đàn Kinh tế thế giới về ASEAN chính thức khai mạc tại Hà Nội."
    assert only(meetings_of(text), "other-multilateral").name == "Hội nghị Diễn đàn Kinh tế thế giới về ASEAN"


def test_a_name_stops_before_held_online():
    text = "Hội nghị Thượng đỉnh Á - Âu lần thứ 13 tổ chức trực tuyến ngày 25-26/11/2021 do Campuchia chủ trì."
    assert only(meetings_of(text), "other-multilateral").name == "Hội nghị Thượng đỉnh Á - Âu lần thứ 13"


# A session of a UN organ opened by "Phiên thảo luận" / "Phiên họp": one meeting, numbered by its session.

def test_a_security_council_open_debate_is_a_meeting():
    text = ("NEW YORK - Ngày 9/1/2020, Việt Nam chủ trì Phiên thảo luận mở cấp Bộ trưởng của Hội đồng Bảo an "
            "Liên hợp quốc về tuân thủ Hiến chương Liên hợp quốc.")
    m = only(meetings_of(text), "other-multilateral")
    assert m.name.startswith("Phiên thảo luận mở") and m.start == "2020-01-09"


def test_the_general_debate_of_a_numbered_assembly_session_is_one_meeting():
    text = ("Ngày 23/9/2025, tại New York, Chủ tịch nước Lương Cường phát biểu tại Phiên thảo luận chung cấp cao "
            "Khóa họp thứ 80 Đại hội đồng Liên hợp quốc.")
    m = only(meetings_of(text), "other-multilateral")
    assert m.ordinal == 80 and m.name.startswith("Phiên thảo luận chung")


# The P4G summit by its acronym; Francophonie and UN conference hosts the city list lacked.

def test_the_p4g_summit_is_another_multilateral_meeting():
    text = ("Ngày 16/4/2025, Thủ tướng dự Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và Mục tiêu toàn cầu 2030 "
            "(P4G) lần thứ 4 tại Hà Nội.")
    assert only(meetings_of(text), "other-multilateral").ordinal == 4


def test_a_francophonie_summit_in_yerevan_has_its_city():
    text = "Chủ tịch nước dự Hội nghị thượng đỉnh Pháp ngữ lần thứ 17 tại Yerevan, Armenia ngày 11-12/10/2018."
    assert only(meetings_of(text), "other-multilateral").city == "Yerevan"


def test_the_un_ocean_conference_in_nice_has_its_city():
    text = "Ngày 9/6/2025, Phó Thủ tướng dự Hội nghị Liên hợp quốc về Đại dương lần thứ ba tại thành phố Nice, Pháp."
    assert only(meetings_of(text), "other-multilateral").city == "Nice"


def test_the_asian_african_summit_is_another_multilateral_meeting():
    text = "Ngày 22/4/2015, Phó Thủ tướng dự Hội nghị cấp cao Á - Phi tại Jakarta, Indonesia."
    m = only(meetings_of(text), "other-multilateral")
    assert m.city == "Jakarta"


# G20, G7 and G77 by their Vietnamese names, without the acronym.

def test_a_summit_of_the_group_of_20_by_its_vietnamese_name():
    text = "Ngày 15/11/2022, Chủ tịch nước dự Hội nghị thượng đỉnh Nhóm 20 nền kinh tế lớn tại Bali, Indonesia."
    assert only(meetings_of(text), "other-multilateral").city == "Bali"


def test_an_outreach_summit_of_the_leading_industrial_nations():
    text = ("Ngày 20/5/2023, Thủ tướng dự Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển hàng đầu thế giới "
            "mở rộng tại Hiroshima.")
    assert only(meetings_of(text), "other-multilateral").city == "Hiroshima"


def test_a_g77_ministers_meeting_is_another_multilateral_meeting():
    text = "Ngày 26/9/2024, tại New York, Bộ trưởng dự cuộc họp thường niên các Bộ trưởng Ngoại giao G77."
    assert only(meetings_of(text), "other-multilateral").country == "US"


# A leaders' climate summit beside a COP is a meeting of its own; the COP's headline and its full name stay one.

def test_a_leaders_climate_summit_beside_a_cop_is_its_own_meeting():
    text = ("Ngày 6/11/2025, Thủ tướng dự Hội nghị thượng đỉnh các nhà lãnh đạo về khí hậu tại Belém, Brazil, trước "
            "thềm Hội nghị lần thứ 30 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu.")
    found = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert len(found) == 2, found
    assert {m.ordinal for m in found} == {None, 30}


def test_a_cop_headline_and_its_full_name_are_one_meeting_beside_the_summit():
    text = ("Thủ tướng dự Hội nghị COP28 tại Dubai\n\nNgày 1/12/2023, Thủ tướng dự Hội nghị thượng đỉnh về hành động "
            "khí hậu thế giới trong khuôn khổ Hội nghị lần thứ 28 Các bên tham gia Công ước khung của LHQ về biến đổi "
            "khí hậu (COP28) tại Dubai, UAE.")
    found = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert sorted((m.ordinal or 0) for m in found) == [0, 28], found


# "WEF Davos 2025", "Shangri-La 2023": a forum named by its year is one meeting; "APEC 2017" stays the host's year.

def test_wef_davos_named_by_its_year_is_a_meeting():
    text = "Thủ tướng Phạm Minh Chính tham dự WEF Davos 2025 từ ngày 20 đến 24/1/2025 tại Davos, Thụy Sĩ."
    assert only(meetings_of(text), "other-multilateral").city == "Davos"


def test_shangri_la_named_by_its_year_is_a_meeting():
    text = "Bộ trưởng Quốc phòng Phan Văn Giang dự Shangri-La 2023 tại Singapore ngày 2-4/6/2023."
    assert only(meetings_of(text), "other-multilateral").start == "2023-06-02"


# Forums outside ASEAN that no rule named: the Eastern Economic Forum, SPIEF (whose "St." ends no name), the
# Munich Security Conference, the Paris Peace Forum, the Raisina Dialogue.

def test_the_eastern_economic_forum_is_another_multilateral_meeting():
    text = "Ngày 5/9/2024, tại Vladivostok, Phó Thủ tướng dự Diễn đàn Kinh tế Phương Đông lần thứ 9."
    assert only(meetings_of(text), "other-multilateral").ordinal == 9


def test_spief_keeps_st_petersburg_in_its_name():
    text = "Ngày 20/6/2025, Phó Thủ tướng dự Diễn đàn Kinh tế Quốc tế St. Petersburg lần thứ 28."
    m = only(meetings_of(text), "other-multilateral")
    assert m.name == "Diễn đàn Kinh tế Quốc tế St. Petersburg lần thứ 28" and m.ordinal == 28


def test_the_munich_security_conference_is_another_multilateral_meeting():
    text = "Ngày 17/2/2024, Phó Thủ tướng dự Hội nghị An ninh Munich lần thứ 60 tại Munich, Đức."
    assert only(meetings_of(text), "other-multilateral").ordinal == 60


# Two summits of different bodies in one article stay two: SCO and CICA.

def test_an_sco_summit_and_a_cica_summit_stay_apart():
    text = ("Ngày 4/7/2024, tại Astana, Kazakhstan, Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) đã diễn ra. "
            "Cùng tuần, Hội nghị thượng đỉnh CICA lần thứ 6 diễn ra tại Astana.")
    found = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert sorted((m.ordinal or 0) for m in found) == [0, 6], found


# Subregional meetings listed under one head noun are one meeting each; GMS by its acronym.

def test_two_numbered_mekong_summits_under_one_head_noun_are_two():
    text = ("Ngày 26/10/2021, Thủ tướng dự các Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13 và Mekong - Hàn Quốc "
            "lần thứ 3 theo hình thức trực tuyến.")
    found = [m for m in meetings_of(text) if m.series == "subregional"]
    assert sorted(m.ordinal for m in found) == [3, 13], found


def test_gms_acmecs_and_clmv_summits_listed_together_are_three():
    text = ("Từ ngày 6-8/11/2024, tại Côn Minh, Trung Quốc, Thủ tướng dự Hội nghị Cấp cao GMS lần thứ 8, Hội nghị "
            "Cấp cao ACMECS lần thứ 10 và CLMV lần thứ 11.")
    found = [m for m in meetings_of(text) if m.series == "subregional"]
    assert sorted(m.ordinal for m in found) == [8, 10, 11], found


def test_a_clv_summit_and_a_clmv_summit_on_one_day_stay_two():
    text = ("Sáng 9/10/2024 tại Viêng Chăn, Thủ tướng dự Hội nghị Cấp cao Campuchia - Lào - Việt Nam, và Hội nghị "
            "Cấp cao CLMV lần thứ 11.")
    found = [m for m in meetings_of(text) if m.series == "subregional"]
    assert sorted((m.ordinal or 0) for m in found) == [0, 11], found


def test_a_name_stops_before_a_negated_predicate():
    text = "Ngày 11/11/2022, Hội nghị Thượng đỉnh Hợp tác Mekong - Hàn Quốc không diễn ra tại Phnom Penh."
    assert only(meetings_of(text), "subregional").name == "Hội nghị Thượng đỉnh Hợp tác Mekong - Hàn Quốc"
