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
