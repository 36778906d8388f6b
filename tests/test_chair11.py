"""Who chairs a meeting, round 11: the chair said by its subject, by a person, by co-chairs of an ASEAN+1 meeting,
in a later sentence. Sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, only


# "Thái Lan chủ trì Hội nghị ...": the country right before "chủ trì" chairs the meeting named next, even one held
# online the year another member chairs ASEAN.

def test_a_country_said_to_chair_the_meeting_named_next_chairs_it():
    text = "Ngày 14/5/2020, Thái Lan chủ trì cuộc họp Quan chức cao cấp ASEAN+3 theo hình thức trực tuyến."
    assert only(meetings_of(text), "apt-other").chair == "TH"


def test_a_minister_whose_title_names_his_country_chairs_the_meeting_named_next():
    text = ("Ngày 3/6/2021, Bộ trưởng Ngoại giao Indonesia Retno Marsudi chủ trì Hội nghị Bộ trưởng Ngoại giao "
            "ASEAN - Hàn Quốc theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-partner-other").chair == "ID"


def test_a_vietnamese_minister_named_without_country_chairs_for_viet_nam():
    text = ("Sáng 22/10/2020, Bộ trưởng Lao động Đào Ngọc Dung chủ trì Hội nghị Bộ trưởng Lao động ASEAN lần "
            "thứ 26 theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-sectoral").chair == "VN"


def test_an_apposition_between_the_subject_and_its_verb_is_skipped():
    text = ("Ngày 9/11/2022, Bộ trưởng Thương mại Campuchia Pan Sorasak, Chủ tịch AEM năm nay, chủ trì phiên khai "
            "mạc Hội nghị Bộ trưởng Năng lượng ASEAN đặc biệt theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"


# "do Bộ trưởng Công Thương Trần Tuấn Anh chủ trì": the chairing person's name tells the country.

def test_a_vietnamese_person_said_after_do_chairs_for_viet_nam():
    text = ("Ngày 26/8/2020, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 khai mạc theo hình thức trực tuyến, do "
            "Bộ trưởng Công Thương Trần Tuấn Anh chủ trì.")
    assert only(meetings_of(text), "aem").chair == "VN"


def test_a_known_foreign_leader_said_after_duoi_su_chu_tri_cua_chairs_for_his_country():
    text = ("Hội nghị Bộ trưởng Y tế ASEAN đặc biệt diễn ra trực tuyến ngày 7/4/2021 dưới sự chủ trì của "
            "Thủ tướng Hun Sen.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"
