"""The people reader, round 11: forms found by probing sentences written in many outlets' styles.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from written import people_by_name


# ------------------------------------------------------------------ "ông"/"bà" between a title and the name

@pytest.mark.parametrize("text, name, titles, country", [
    ("Ngoại trưởng Australia bà Julie Bishop chủ trì phiên họp sáng nay.", "Julie Bishop", ["Ngoại trưởng"], "AU"),
    ("Bộ trưởng Ngoại giao Indonesia bà Retno Marsudi đồng chủ trì cuộc họp.", "Retno Marsudi",
     ["Bộ trưởng Ngoại giao"], "ID"),
    ("Thứ trưởng Ngoại giao ông Lê Hoài Trung dẫn đầu đoàn.", "Lê Hoài Trung", ["Thứ trưởng Ngoại giao"], "VN"),
])
def test_an_honorific_before_the_name_is_not_part_of_the_title(text, name, titles, country):
    person = people_by_name(text)[name]
    assert person.titles == titles
    assert person.country == country


def test_an_ambassador_posted_to_a_country_keeps_the_posting_and_serves_the_sender():
    person = people_by_name("Đại sứ Mỹ tại Việt Nam ông Ted Osius đã trình quốc thư hôm qua.")["Ted Osius"]
    assert person.titles == ["Đại sứ tại Việt Nam"]
    assert person.country == "US"


# ------------------------------------------------------------------ an age set off after the name

@pytest.mark.parametrize("text, name, titles", [
    ("Ông Nguyễn Văn An, 45 tuổi, Giám đốc Sở Ngoại vụ tỉnh Quảng Ninh, cho rằng cần đẩy mạnh hợp tác.",
     "Nguyễn Văn An", ["Giám đốc Sở Ngoại vụ tỉnh Quảng Ninh"]),
    ("Ông Trần Minh Tuấn (52 tuổi), Phó Giám đốc Sở Công Thương, cho biết như vậy.",
     "Trần Minh Tuấn", ["Phó Giám đốc Sở Công Thương"]),
    ("Bà Lê Thị Mai, sinh năm 1975, Phó Chủ tịch Hội Doanh nhân trẻ, kiến nghị thêm.",
     "Lê Thị Mai", ["Phó Chủ tịch Hội Doanh nhân trẻ"]),
])
def test_a_title_after_the_age_is_still_the_persons(text, name, titles):
    assert people_by_name(text)[name].titles == titles


# ------------------------------------------------------------------ one office, "các nước", then country-name pairs

@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng Ngoại giao các nước Indonesia Retno Marsudi, Singapore Vivian Balakrishnan và Philippines "
     "Teodoro Locsin đã ra tuyên bố chung.",
     {"Retno Marsudi": "ID", "Vivian Balakrishnan": "SG", "Teodoro Locsin": "PH"}),
    ("Bộ trưởng Quốc phòng các nước Mỹ Lloyd Austin và Nhật Bản Kishi Nobuo cũng có bài phát biểu.",
     {"Lloyd Austin": "US", "Kishi Nobuo": "JP"}),
])
def test_an_office_shared_by_country_name_pairs_after_cac_nuoc(text, expected):
    people = people_by_name(text)
    assert {n: p.country for n, p in people.items()} == expected
    assert len({tuple(p.titles) for p in people.values()}) == 1


# ------------------------------------------------------------------ a role set off by one comma before a verb of saying

@pytest.mark.parametrize("text, name, titles", [
    ("Ông Trịnh Văn Khải, đại diện một hãng lữ hành ở Hội An cũng cho rằng lượng khách sẽ tăng.",
     "Trịnh Văn Khải", ["đại diện một hãng lữ hành ở Hội An"]),
    ("Bà Lương Thị Hà, giám đốc một công ty xuất khẩu gạo cho biết: \"Đơn hàng đã kín\".",
     "Lương Thị Hà", ["giám đốc một công ty xuất khẩu gạo"]),
])
def test_a_free_role_closed_by_the_verb_of_saying_alone(text, name, titles):
    assert people_by_name(text)[name].titles == titles



# ------------------------------------------------------------------ a family name that also heads an organisation

@pytest.mark.parametrize("text, name", [
    ("Ông Đoàn Xuân Hưng cho biết hai bên đã thống nhất lộ trình.", "Đoàn Xuân Hưng"),
    ("Bà Đoàn Thị Hà, giám đốc một công ty xuất khẩu gạo cho biết đơn hàng đã kín.", "Đoàn Thị Hà"),
])
def test_doan_after_an_honorific_begins_a_vietnamese_name(text, name):
    assert name in people_by_name(text)



# ------------------------------------------------------------------ "tại <a gathering>" is where one spoke, not the office

@pytest.mark.parametrize("text, name, titles", [
    ("Thứ trưởng Ngoại giao Đặng Hoàng Giang, Trưởng đoàn Việt Nam tại phiên họp, đã nêu rõ lập trường.",
     "Đặng Hoàng Giang", ["Thứ trưởng Ngoại giao", "Trưởng đoàn"]),
    ("Ông Châu Văn Lộc, đại diện Bộ Công Thương tại hội thảo, cho biết hạn ngạch sẽ được nới.",
     "Châu Văn Lộc", ["đại diện Bộ Công Thương"]),
])
def test_a_title_stops_before_the_gathering_it_was_said_at(text, name, titles):
    assert people_by_name(text)[name].titles == titles


# ------------------------------------------------------------------ one title said of two, then "A và B"

@pytest.mark.parametrize("text, names, title", [
    ("Hai Bộ trưởng Bùi Thanh Sơn và Vương Nghị đã đồng chủ trì phiên họp.",
     {"Bùi Thanh Sơn", "Vương Nghị"}, "Bộ trưởng"),
    ("Bộ trưởng Quốc phòng hai nước Phan Văn Giang và Đổng Quân đã hội đàm trực tuyến.",
     {"Phan Văn Giang", "Đổng Quân"}, "Bộ trưởng Quốc phòng"),
    ("Thủ tướng hai nước Nguyễn Xuân Phúc và Hun Sen đã chứng kiến lễ ký.",
     {"Nguyễn Xuân Phúc", "Hun Sen"}, "Thủ tướng"),
])
def test_a_title_of_two_goes_to_both_names(text, names, title):
    people = people_by_name(text)
    assert set(people) == names
    assert all(p.titles == [title] for p in people.values())


# ------------------------------------------------------------------ a title said of a past time

@pytest.mark.parametrize("text, name, titles", [
    ("Ông Nguyễn Dy Niên, Bộ trưởng Ngoại giao khi đó, cho biết Việt Nam sẵn sàng.",
     "Nguyễn Dy Niên", ["Bộ trưởng Ngoại giao"]),
    ("Ông Tạ Quang Bửu, Thứ trưởng Bộ Công nghiệp lúc bấy giờ, cho hay.", "Tạ Quang Bửu", ["Thứ trưởng Bộ Công nghiệp"]),
    ("Ông Phạm Gia Khiêm, lúc đó là Phó Thủ tướng kiêm Bộ trưởng Ngoại giao, đã ký văn kiện.",
     "Phạm Gia Khiêm", ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]),
    ("Ông Lê Lương Minh, người giữ chức Tổng Thư ký ASEAN, nhận định.", "Lê Lương Minh", ["Tổng Thư ký ASEAN"]),
])
def test_when_the_title_was_held_is_no_part_of_it(text, name, titles):
    assert people_by_name(text)[name].titles == titles


# ------------------------------------------------------------------ an initial glued to a hyphenated transliteration

def test_an_initial_before_a_hyphenated_name_then_va_and_a_title_is_a_person():
    people = people_by_name("Thủ tướng Nhật Bản S.A-bê và Tổng thống Hàn Quốc Pác Cưn Hê đã gặp nhau.")
    assert people["S.A-bê"].titles == ["Thủ tướng"]
    assert people["S.A-bê"].country == "JP"
    assert "Pác Cưn Hê" in people


# ------------------------------------------------------------------ a firm's coined one-word name, then its officer

def test_a_coined_firm_name_before_a_vietnamese_full_name_is_the_firms():
    people = people_by_name("Phó Giám đốc Công ty Lữ hành Vietravelix Đỗ Minh Quân cho biết số khách tăng.")
    assert list(people) == ["Đỗ Minh Quân"]
    assert people["Đỗ Minh Quân"].titles == ["Phó Giám đốc Công ty Lữ hành Vietravelix"]


# ------------------------------------------------------------------ local police and military commands

@pytest.mark.parametrize("text, name, titles", [
    ("Thượng tá Hà Văn Khởi, Phó trưởng Công an huyện Quế Phong, cho biết vụ việc đang được xác minh.",
     "Hà Văn Khởi", ["Thượng tá", "Phó trưởng Công an huyện Quế Phong"]),
    ("Trưởng Công an xã Lò Văn Piệng cho biết người dân đã được sơ tán.", "Lò Văn Piệng", ["Trưởng Công an xã"]),
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên Giàng A Tủa chủ trì buổi diễn tập.",
     "Giàng A Tủa", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên"]),
])
def test_heads_of_local_police_and_military_commands_are_titles(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_a_hmong_family_name_opens_a_name_after_a_provinces_office():
    people = people_by_name("Chủ tịch UBND tỉnh Lai Châu Sùng A Hồ chủ trì cuộc họp về phòng chống lũ.")
    assert people["Sùng A Hồ"].titles == ["Chủ tịch UBND tỉnh Lai Châu"]


@pytest.mark.parametrize("text, name, title", [
    ("Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương chủ trì buổi làm việc.", "Lê Ánh Dương", "Chủ tịch UBND tỉnh Bắc Giang"),
    ("Phó Chủ tịch UBND tỉnh Tiền Giang Trần Văn Dũng cho biết vụ lúa đạt.", "Trần Văn Dũng",
     "Phó Chủ tịch UBND tỉnh Tiền Giang"),
])
def test_a_province_whose_last_syllable_is_a_family_name_stays_in_the_title(text, name, title):
    assert people_by_name(text)[name].titles == [title]


# ------------------------------------------------------------------ a body's namesake, then "của" and its country

def test_a_namesake_after_a_dash_owned_by_a_country_is_the_bodys_name():
    people = people_by_name("Nghiên cứu viên tại Viện ISEAS – Yusof Ishak của Singapore, ông Mark Tennyson, nhận "
                            "định Hà Nội sẽ thận trọng.")
    assert list(people) == ["Mark Tennyson"]
    assert people["Mark Tennyson"].titles == ["Nghiên cứu viên tại Viện ISEAS – Yusof Ishak"]


# ------------------------------------------------------------------ machine-translated descriptions of leaders

@pytest.mark.parametrize("text, name, titles, country", [
    ("Nhà lãnh đạo quân sự Myanmar Min Aung Hlaing đã không được mời dự hội nghị.", "Min Aung Hlaing",
     ["Nhà lãnh đạo quân sự"], "MM"),
    ("Nhà ngoại giao hàng đầu của Trung Quốc Vương Nghị cho biết Bắc Kinh phản đối.", "Vương Nghị",
     ["Nhà ngoại giao hàng đầu"], "CN"),
])
def test_a_leader_described_in_translated_words_is_named(text, name, titles, country):
    person = people_by_name(text)[name]
    assert person.titles == titles
    assert person.country == country


def test_a_title_once_held_is_read_after_nguoi_tung_giu_chuc():
    people = people_by_name("Ông Surin Pitsuwan, người từng giữ chức Tổng Thư ký ASEAN, phát biểu tại diễn đàn.")
    assert people["Surin Pitsuwan"].titles == ["Tổng Thư ký ASEAN"]


# ------------------------------------------------------------------ a verb glued to a name without a diacritic

@pytest.mark.parametrize("text, name", [
    ("Thứ trưởng Ngoại giao Lê Hoài Trungcho biết hội nghị sẽ bàn nhiều vấn đề.", "Lê Hoài Trung"),
    ("Thủ tướng Hun Sentiếp đoàn đại biểu Việt Nam tại Phnom Penh.", "Hun Sen"),
])
def test_a_verb_glued_to_an_unaccented_syllable_is_cut_off(text, name):
    assert name in people_by_name(text)


def test_a_country_in_brackets_after_the_city_of_a_post_stays_in_the_title():
    people = people_by_name("Theo ông Đinh Công Lượng, Tham tán Thương mại Việt Nam tại Bắc Kinh (Trung Quốc), "
                            "kim ngạch tăng mạnh.")
    assert people["Đinh Công Lượng"].titles == ["Tham tán Thương mại tại Bắc Kinh (Trung Quốc)"]
    assert people["Đinh Công Lượng"].country == "VN"


# ------------------------------------------------------------------ groupings written with "+" and working groups

@pytest.mark.parametrize("text, name, titles", [
    ("Giám đốc Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO) Kouqing Li cho biết lạm phát sẽ giảm.",
     "Kouqing Li", ["Giám đốc Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO)"]),
    ("Ông Hoàng Văn Nam, Trưởng nhóm công tác ASEAN+3 về an ninh lương thực, cho biết.",
     "Hoàng Văn Nam", ["Trưởng nhóm công tác ASEAN+3 về an ninh lương thực"]),
])
def test_a_grouping_written_with_a_plus_goes_on_in_the_title(text, name, titles):
    assert people_by_name(text)[name].titles == titles


# ------------------------------------------------------------------ the subject of the next clause after a comma

@pytest.mark.parametrize("text, name, titles", [
    ("Cảm ơn Việt Nam đã cử đoàn dự lễ tang Tổng thống Omar Hakimi, Chủ tịch Quốc hội Cuba khẳng định tình hữu "
     "nghị bền chặt.", "Omar Hakimi", ["Tổng thống"]),
    ("Sau cuộc gặp với lãnh tụ Raúl Mendez, Chủ tịch Quốc hội Cuba khẳng định tình hữu nghị.", "Raúl Mendez",
     ["lãnh tụ"]),
])
def test_a_title_before_a_verb_of_saying_after_an_object_name_is_the_next_subject(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_the_ordinal_of_a_chaired_meeting_stays_in_the_title():
    people = people_by_name("Đại tướng Sanan Phomma, Chủ tịch Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) "
                            "lần thứ 18, phát biểu khai mạc.")
    assert people["Sanan Phomma"].titles == [
        "Đại tướng", "Chủ tịch Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 18"]


def test_a_title_one_is_elected_to_is_the_persons():
    people = people_by_name("Nhân dịp ông Đào Quang Khải được bầu giữ chức Chủ tịch Quốc hội, nhiều nước gửi thư.")
    assert people["Đào Quang Khải"].titles == ["Chủ tịch Quốc hội"]


# ------------------------------------------------------------------ interview headers and degree abbreviations

@pytest.mark.parametrize("text, name, titles", [
    ("Ông Lý Văn Đạt, Giám đốc Công ty TNHH Hòa Phong:\nDoanh nghiệp cần được hỗ trợ nhiều hơn.",
     "Lý Văn Đạt", ["Giám đốc Công ty TNHH Hòa Phong"]),
    ("Phó Giám đốc Sở Y tế Hà Nội, BS Vương Văn Kiên, cho biết số ca bệnh giảm.",
     "Vương Văn Kiên", ["Phó Giám đốc Sở Y tế Hà Nội", "BS"]),
])
def test_a_speaker_label_and_a_doctors_abbreviation(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_a_country_ending_an_office_read_to_its_comma_is_whom_the_holder_serves():
    people = people_by_name("Ông U Kyaw Tin, Bộ trưởng Hợp tác quốc tế Myanmar, cho biết Naypyidaw ủng hộ.")
    assert people["U Kyaw Tin"].titles == ["Bộ trưởng Hợp tác quốc tế"]
    assert people["U Kyaw Tin"].country == "MM"


# ------------------------------------------------------------------ the holder named in brackets after the title

@pytest.mark.parametrize("text, name, titles", [
    ("Bộ trưởng Ngoại giao Indonesia (bà Retno Marsudi) đã phát biểu bế mạc.", "Retno Marsudi",
     ["Bộ trưởng Ngoại giao"]),
    ("Tổng thống Mỹ (Joe Biden) đã không tới dự hội nghị năm nay.", "Joe Biden", ["Tổng thống"]),
    ("Trưởng đoàn Việt Nam (Thứ trưởng Lương Thanh Nghị) đã phát biểu.", "Lương Thanh Nghị",
     ["Trưởng đoàn", "Thứ trưởng"]),
])
def test_a_holder_in_brackets_after_the_title_holds_it(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_the_years_of_a_term_in_brackets_do_not_end_the_title():
    people = people_by_name("Tổng Thư ký ASEAN (2008-2012) Surin Pitsuwan nhận định khu vực cần đoàn kết.")
    assert people["Surin Pitsuwan"].titles == ["Tổng Thư ký ASEAN (2008-2012)"]


def test_a_remit_naming_a_continent_still_reaches_the_holder():
    people = people_by_name("Đặc phái viên Trung Quốc về các vấn đề châu Á Tôn Quốc Tường đã thăm Myanmar.")
    assert people["Tôn Quốc Tường"].titles == ["Đặc phái viên về các vấn đề châu Á"]
    assert people["Tôn Quốc Tường"].country == "CN"


@pytest.mark.parametrize("text, name", [
    ("Tổng thống Hàn Quốc Yoon Suk-yeol và người tiền nhiệm Moon Jae-in từng dự hội nghị này.", "Moon Jae-in"),
    ("Tổng thống Rodrigo Duterte và người kế nhiệm là Ferdinand Marcos Jr cùng ủng hộ.", "Ferdinand Marcos Jr"),
])
def test_a_predecessor_or_successor_named_after_the_office_holder_is_a_person(text, name):
    assert name in people_by_name(text)
