"""The people reader, round 13: classes of phrasing probed with sentences written for these tests."""
from __future__ import annotations

import pytest

from written import people_by_name


# ------------------------------------------------------------------ a role set off by dashes, then the verb

@pytest.mark.parametrize("text, name, titles", [
    ('Ông Trần Văn Nam - Giám đốc Trung tâm Xúc tiến đầu tư miền Trung - phát biểu: "Chúng tôi đã sẵn sàng".',
     "Trần Văn Nam", ["Giám đốc Trung tâm Xúc tiến đầu tư miền Trung"]),
    ("Bà Lê Thị Hoa - Phó Giám đốc Ban quản lý khu kinh tế cửa khẩu - cho phóng viên biết: dự án sẽ xong "
     "trong năm nay.", "Lê Thị Hoa", ["Phó Giám đốc Ban quản lý khu kinh tế cửa khẩu"]),
])
def test_a_dash_before_the_verb_closes_the_role(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_an_interviewers_label_after_the_role_is_not_part_of_it():
    text = "Ông Phạm Quang Huy - Cục trưởng Cục Đường thủy nội địa PV: Xin ông cho biết kế hoạch năm tới?"
    assert people_by_name(text)["Phạm Quang Huy"].titles == ["Cục trưởng Cục Đường thủy nội địa"]


# ------------------------------------------------------------------ a state's formal name with qualifiers

@pytest.mark.parametrize("text, name, country", [
    ("Tổng thống Cộng hòa Ả-rập Ai Cập Abdel Fattah al-Sisi đã đón Thủ tướng tại Cairo.",
     "Abdel Fattah al-Sisi", "EG"),
    ("Tổng thống Cộng hòa Ả Rập Syria Bashar al-Assad gửi điện mừng.", "Bashar al-Assad", "SY"),
    ("Thủ tướng Cộng hòa Dân chủ Xã hội chủ nghĩa Sri Lanka Ranil Wickremesinghe tới thăm Hà Nội.",
     "Ranil Wickremesinghe", "LK"),
])
def test_a_qualified_state_name_is_the_country_not_the_title(text, name, country):
    person = people_by_name(text)[name]
    assert len(person.titles) == 1 and person.titles[0] in ("Tổng thống", "Thủ tướng")
    assert person.country == country


def test_a_qualified_state_name_after_the_name_is_the_country():
    person = people_by_name("Ông Hosni Mubarak, Tổng thống Cộng hòa Ả-rập Ai Cập, phát biểu khai mạc.")["Hosni Mubarak"]
    assert person.titles == ["Tổng thống"]
    assert person.country == "EG"


# ------------------------------------------------------------------ a foreign name glued to the next word

@pytest.mark.parametrize("text, name", [
    ("Tổng thống Philippines Rodrigo Dutertenhấn mạnh lập trường của nước này.", "Rodrigo Duterte"),
    ("Thủ tướng Malaysia Najib Razakcũng tham dự lễ bế mạc.", "Najib Razak"),
    ("Thủ tướng Nhật Bản Shinzo Abecho biết Tokyo sẽ tăng viện trợ.", "Shinzo Abe"),
])
def test_a_foreign_name_loses_the_word_glued_to_it(text, name):
    assert name in people_by_name(text)


def test_an_unmarked_cho_ending_a_foreign_word_stays_when_no_saying_follows():
    from summitgraph.extract.names import tokenize
    assert [t.text for t in tokenize("Ông Pancho Villa")] == ["Ông", "Pancho", "Villa"]


# ------------------------------------------------------------------ a firm's coined name before its officer

@pytest.mark.parametrize("text, name, title", [
    ("Tổng Giám đốc Vinasun Đặng Phước Thành cho biết hãng sẽ mở rộng sang Lào.", "Đặng Phước Thành",
     "Tổng Giám đốc Vinasun"),
    ("Chủ tịch Viettravel Nguyễn Quốc Kỳ đề xuất miễn thị thực cho khách ASEAN.", "Nguyễn Quốc Kỳ",
     "Chủ tịch Viettravel"),
])
def test_a_brand_after_a_head_is_the_firm_and_the_full_name_its_officer(text, name, title):
    people = people_by_name(text)
    assert list(people) == [name]
    assert people[name].titles == [title]


# ------------------------------------------------------------------ Chinese family names in their Sino-Vietnamese reading

@pytest.mark.parametrize("text, name, titles", [
    ("Phó Thủ tướng Trung Quốc Hồi Lương Ngọc đã tiếp đoàn doanh nghiệp Việt Nam.", "Hồi Lương Ngọc",
     ["Phó Thủ tướng"]),
    ("Phó Chủ tịch Bắc Kinh Diêm Lâm Phong dự lễ khai trương.", "Diêm Lâm Phong", ["Phó Chủ tịch Bắc Kinh"]),
])
def test_a_chinese_family_name_opens_the_name(text, name, titles):
    people = people_by_name(text)
    assert list(people) == [name]
    assert people[name].country == "CN"
    assert people[name].titles == titles


def test_a_queen_mother_is_titled():
    person = people_by_name("Thái hậu Norodom Monineath Sihanouk gửi thư chúc mừng nhân dịp Tết.")
    assert person["Norodom Monineath Sihanouk"].titles == ["Thái hậu"]


# ------------------------------------------------------------------ two people, each set off with a role, joined by "và ông"

def test_va_ong_after_a_role_introduces_the_next_person():
    people = people_by_name("Bà Lê Thị Thu, Giám đốc Sở Ngoại vụ và ông Phan Văn Hùng, Giám đốc Sở Du lịch đã "
                            "tiếp đoàn.")
    assert people["Lê Thị Thu"].titles == ["Giám đốc Sở Ngoại vụ"]
    assert people["Phan Văn Hùng"].titles == ["Giám đốc Sở Du lịch"]


# ------------------------------------------------------------------ a remit that names a people or a country

@pytest.mark.parametrize("text, name, title", [
    ("Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Lương Thanh Tùng gặp gỡ kiều bào tại Viêng Chăn.",
     "Lương Thanh Tùng", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"),
])
def test_a_remit_naming_a_people_stays_in_the_title(text, name, title):
    assert people_by_name(text)[name].titles == [title]


# ------------------------------------------------------------------ a province closing a title in brackets

def test_a_province_at_the_end_of_a_bracketed_title_stays_in_it():
    person = people_by_name("Ông Hồ Văn Lực (Phó Giám đốc Sở Ngoại vụ Quảng Trị) cho biết đoàn sẽ tới Savannakhet.")
    assert person["Hồ Văn Lực"].titles == ["Phó Giám đốc Sở Ngoại vụ Quảng Trị"]


# ------------------------------------------------------------------ a body named after a person, inside a speaker's role

def test_the_namesake_of_a_body_in_a_speakers_role_is_no_person():
    people = people_by_name("Ông Kishore Mahbubani, Hiệu trưởng Trường Chính sách công Lý Quang Diệu, nhận định "
                            "ASEAN cần giữ vai trò trung tâm.")
    assert list(people) == ["Kishore Mahbubani"]
    assert people["Kishore Mahbubani"].titles == ["Hiệu trưởng Trường Chính sách công Lý Quang Diệu"]


# ------------------------------------------------------------------ a known leader named by one word

@pytest.mark.parametrize("text, name, country", [
    ("Chủ tịch Triều Tiên Kim Jong Un đã gặp Tổng thống Trump tại Hà Nội.", "Trump", "US"),
    ("Tổng thống V.Pu-tin đã tiếp đoàn đại biểu.", "V.Pu-tin", "RU"),
])
def test_a_listed_leader_named_by_one_word_keeps_their_country(text, name, country):
    assert people_by_name(text)[name].country == country


def test_a_korean_given_name_syllable_is_no_family_name():
    from summitgraph.registry import office_holder_country_by_last_name
    assert office_holder_country_by_last_name("Moon") is None     # "Ban Ki Moon" ends in a given name
    assert office_holder_country_by_last_name("Trump") == "US"


# ------------------------------------------------------------------ a leader named by one word, then where

@pytest.mark.parametrize("text, name, title", [
    ("Thủ tướng Nguyễn Tấn Dũng đã hội kiến Tổng thống Obama tại Bali.", "Obama", "Tổng thống"),
    ("Phó Thủ tướng Phạm Bình Minh đã gặp Ngoại trưởng Kerry tại Kuala Lumpur.", "Kerry", "Ngoại trưởng"),
])
def test_a_leader_named_by_one_word_before_where_is_a_person(text, name, title):
    assert people_by_name(text)[name].titles == [title]


def test_a_firm_posted_somewhere_is_still_no_person():
    assert "Microsoft" not in people_by_name("Giám đốc Microsoft tại Việt Nam cho biết hãng sẽ mở thêm văn phòng.")


def test_a_leader_named_by_one_word_then_the_country_in_brackets_is_a_person():
    people = people_by_name("Tổng thống Widodo (Indonesia) và Thủ tướng Turnbull (Australia) cùng dự lễ ký.")
    assert {n: (p.titles, p.country) for n, p in people.items()} == {
        "Widodo": (["Tổng thống"], "ID"), "Turnbull": (["Thủ tướng"], "AU")}


def test_a_name_with_a_particle_is_listed_after_a_shared_title():
    people = people_by_name("Các Ngoại trưởng Marty Natalegawa (Indonesia) và Albert del Rosario (Philippines) "
                            "đã ra tuyên bố chung.")
    assert {n: p.country for n, p in people.items()} == {"Marty Natalegawa": "ID", "Albert del Rosario": "PH"}


# ------------------------------------------------------------------ "của" and the country ending an office

@pytest.mark.parametrize("text, name, title, country", [
    ("Ông Barack Obama, Tổng thống thứ 44 của Mỹ, đã thăm Hà Nội năm 2016.", "Barack Obama", "Tổng thống thứ 44",
     "US"),
    ("Ông Malcolm Turnbull, Thủ tướng thứ 29 của Australia, đã tới Đà Nẵng.", "Malcolm Turnbull",
     "Thủ tướng thứ 29", "AU"),
])
def test_cua_and_the_country_ending_an_office_say_whom_the_holder_serves(text, name, title, country):
    person = people_by_name(text)[name]
    assert (person.titles, person.country) == ([title], country)


# ------------------------------------------------------------------ a leader's spouse does not take the office

@pytest.mark.parametrize("text", [
    "Phu nhân Thủ tướng Nguyễn Thị Hoa đã thăm một trường học ở Viêng Chăn.",
    "Phu nhân Tổng thống Hàn Quốc Kim Yoon-ok đã thăm làng gốm Bát Tràng.",
])
def test_a_name_after_phu_nhan_and_an_office_is_not_the_officeholder(text):
    assert all("Thủ tướng" not in p.titles and "Tổng thống" not in p.titles for p in people_by_name(text).values())
