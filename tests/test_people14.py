"""The people reader, round 14: classes of phrasing probed with sentences written for these tests."""
from __future__ import annotations

import pytest

from written import people_by_name


# ------------------------------------------------------------------ an office, its countries, then its holders

@pytest.mark.parametrize("text, office, expected", [
    ("Ngoại trưởng các nước Mỹ, Nhật, Úc là Antony Blinken, Hayashi Yoshimasa và Penny Wong đã tham dự.",
     "Ngoại trưởng", {"Antony Blinken": "US", "Hayashi Yoshimasa": "JP", "Penny Wong": "AU"}),
    ("Bộ trưởng Quốc phòng Mỹ, Nhật Bản và Australia lần lượt là Lloyd Austin, Kishi Nobuo và Richard Marles "
     "đã ra tuyên bố chung.", "Bộ trưởng Quốc phòng",
     {"Lloyd Austin": "US", "Kishi Nobuo": "JP", "Richard Marles": "AU"}),
    ("Tham dự có Thủ tướng Lào và Campuchia, lần lượt là Sonexay Siphandone và Hun Manet.",
     "Thủ tướng", {"Sonexay Siphandone": "LA", "Hun Manet": "KH"}),
    ("Các Ngoại trưởng Mỹ, Nhật, Úc lần lượt là ông Antony Blinken, ông Hayashi Yoshimasa và bà Penny Wong.",
     "Ngoại trưởng", {"Antony Blinken": "US", "Hayashi Yoshimasa": "JP", "Penny Wong": "AU"}),
])
def test_holders_listed_respectively_take_the_office_and_their_country(text, office, expected):
    people = people_by_name(text)
    assert {name: people[name].country for name in expected} == expected
    assert all(people[name].titles == [office] for name in expected)


def test_holders_listed_respectively_need_as_many_names_as_countries():
    text = "Ngoại trưởng các nước Mỹ, Nhật, Úc là Antony Blinken, Hayashi Yoshimasa, Penny Wong và Retno Marsudi."
    assert "Penny Wong" not in people_by_name(text)


# ------------------------------------------------------------------ one title, a short name, "và" and the next title

@pytest.mark.parametrize("text, name", [
    ("Tổng thống Pu-tin cho biết Nga sẵn sàng hợp tác với khu vực.", "Pu-tin"),
    ("Tổng thống Pu-tin và Thủ tướng Abe đã có cuộc gặp ngắn.", "Pu-tin"),
    ("Thủ tướng Hun Xen và Thủ tướng Thaksin gặp nhau bên lề hội nghị.", "Hun Xen"),
])
def test_a_short_name_after_a_bare_office_names_its_holder(text, name):
    assert people_by_name(text)[name].titles[0] in ("Tổng thống", "Thủ tướng")


@pytest.mark.parametrize("text", [
    "Bộ trưởng Tài chính và Bộ trưởng Kế hoạch dự họp.",
    "Thống đốc Ca-li-phoóc-ni-a đã ký sắc lệnh mới.",
])
def test_a_field_or_an_unknown_transliteration_is_no_holder(text):
    assert people_by_name(text) == {}


# -------------------------------------------------------------- ranks in English abbreviations, initials and particles

@pytest.mark.parametrize("text, name, rank", [
    ("Phó Thủ tướng Thái Lan Pol. Gen. Prawit Wongsuwan dẫn đầu đoàn đại biểu.", "Prawit Wongsuwan", "Pol. Gen"),
    ("Tổng tư lệnh Lt. Gen. Apirat Kongsompong có mặt tại lễ đón.", "Apirat Kongsompong", "Lt. Gen"),
    ("Tư lệnh Lục quân Thái Lan Tướng Apirat Kongsompong dự lễ ký.", "Apirat Kongsompong", "Tướng"),
])
def test_a_rank_before_the_name_is_a_title_not_a_name(text, name, rank):
    people = people_by_name(text)
    assert list(people) == [name]
    assert people[name].titles[-1] == rank


def test_an_initial_then_a_particle_stays_in_the_name():
    people = people_by_name("Ngoại trưởng Philippines Albert F. del Rosario cho biết Manila sẽ kiện.")
    assert list(people) == ["Albert F. del Rosario"]


def test_a_country_right_before_a_one_word_name_makes_it_a_holder_before_and():
    people = people_by_name("Bộ trưởng Ngoại giao Indonesia Sugiono và Bộ trưởng Ngoại giao Malaysia Mohamad Hasan "
                            "đã trao đổi ý kiến.")
    assert people["Sugiono"].titles == ["Bộ trưởng Ngoại giao"] and people["Sugiono"].country == "ID"


# ------------------------------------------------------------------ Malay names with "bin"/"binti" after a field

@pytest.mark.parametrize("text, name", [
    ("Bộ trưởng Du lịch Malaysia Ahmad Zulkifli bin Hassan khẳng định khu vực vẫn an toàn.",
     "Ahmad Zulkifli bin Hassan"),
    ("Bộ trưởng Du lịch Malaysia Nur Aisyah binti Rahman khẳng định khu vực vẫn an toàn.",
     "Nur Aisyah binti Rahman"),
])
def test_a_particle_inside_a_name_after_an_unread_field_keeps_the_name(text, name):
    assert people_by_name(text)[name].country == "MY"


@pytest.mark.parametrize("text", [
    "Bộ trưởng Du lịch Malaysia Dato' Seri Tengku Zafrul Aziz khẳng định khu vực vẫn an toàn.",
    "Các Bộ trưởng sẽ trao đổi với Cao ủy Thương mại Ủy ban châu Âu, Dato' Seri Tengku Zafrul Aziz, về đầu tư.",
    "Thủ tướng sẽ tiếp Bộ trưởng Nông nghiệp Dato' Seri Tengku Zafrul Aziz. Sau đó Thủ tướng dự tọa đàm.",
])
def test_an_honorifics_elision_inside_a_name_keeps_the_name(text):
    assert "Dato' Seri Tengku Zafrul Aziz" in people_by_name(text)


# --------------------------------------------------------- one-word names (Indonesian style) after a country or a body

@pytest.mark.parametrize("text, name, title", [
    ("Bộ trưởng Du lịch Malaysia Sutrisno khẳng định khu vực vẫn an toàn.", "Sutrisno", "Bộ trưởng Du lịch"),
    ("Dự lễ có Phó Thủ tướng Hoàng Trung Hải, Tổng thư ký ASEAN Sutrisno, Bộ trưởng Bộ Quốc phòng Phùng Quang "
     "Thanh.", "Sutrisno", "Tổng thư ký ASEAN"),
    ("Thủ tướng đã gặp Chủ tịch Hội đồng châu Âu Sutrisno và Chủ tịch Ủy ban châu Âu Jean-Claude Juncker.",
     "Sutrisno", "Chủ tịch Hội đồng châu Âu"),
])
def test_one_word_after_a_country_or_a_body_names_the_holder(text, name, title):
    assert people_by_name(text)[name].titles == [title]


def test_a_one_word_holder_in_a_list_leaves_the_title_before_it_alone():
    text = "Dự lễ có Phó Thủ tướng Hoàng Trung Hải, Tổng thư ký ASEAN Sutrisno, Bộ trưởng Quốc phòng Phùng Quang Thanh."
    assert people_by_name(text)["Hoàng Trung Hải"].titles == ["Phó Thủ tướng"]


@pytest.mark.parametrize("text", [
    "Đại sứ, Trưởng Phái đoàn Việt Nam tại ASEAN Jakarta, Indonesia cho biết.",
    "Đại diện Ban Thư ký ASEAN Jakarta và các nước dự họp.",
])
def test_a_city_after_a_body_is_no_holder(text):
    assert "Jakarta" not in people_by_name(text)


# --------------------------------------------------------------- "là" between a title and its holder, either way round

@pytest.mark.parametrize("text, name, title", [
    ("Người đứng đầu Ban Thư ký ASEAN hiện nay là Kao Kim Hourn.", "Kao Kim Hourn",
     "Người đứng đầu Ban Thư ký ASEAN"),
    ("Đặc phái viên của Chủ tịch ASEAN về Myanmar là Prak Sokhonn.", "Prak Sokhonn",
     "Đặc phái viên của Chủ tịch ASEAN về Myanmar"),
    ("Joko Widodo hiện là Tổng thống Indonesia nhiệm kỳ thứ hai.", "Joko Widodo", "Tổng thống"),
    ("Ngoài ra, Trần Minh Khoa còn là Phó Chủ tịch Hiệp hội Doanh nghiệp trẻ.", "Trần Minh Khoa",
     "Phó Chủ tịch Hiệp hội Doanh nghiệp trẻ"),
])
def test_a_copula_joins_a_title_and_its_holder(text, name, title):
    assert people_by_name(text)[name].titles == [title]


@pytest.mark.parametrize("text", [
    "Việt Nam là Chủ tịch ASEAN năm 2020.",
    "Bộ trưởng Quốc phòng Mỹ và Nhật Bản là những người ủng hộ mạnh mẽ.",
])
def test_a_copula_after_a_country_or_a_plain_phrase_names_no_one(text):
    assert people_by_name(text) == {}


# ------------------------------------------------------------------ a foreign name right after a body's Vietnamese name

@pytest.mark.parametrize("text, title", [
    ("Bà cũng gặp Trưởng ban Đối ngoại Trung ương Đảng Daniel Kerrigan tại Hà Nội.",
     "Trưởng ban Đối ngoại Trung ương Đảng"),
    ("Bà cũng gặp Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Daniel Kerrigan.",
     "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
])
def test_a_bodys_last_words_stay_in_the_title(text, title):
    assert people_by_name(text)["Daniel Kerrigan"].titles == [title]


def test_a_short_word_opening_a_foreign_name_stays_in_it():
    assert "U Win Myint" in people_by_name("Tổng thống Myanmar U Win Myint tiếp đoàn đại biểu.")


@pytest.mark.parametrize("text, title", [
    ("Chủ tịch Nhóm Nghị sĩ Hữu nghị Việt Nam-Cuba Võ Trọng Việt dự buổi gặp.",
     "Chủ tịch Nhóm Nghị sĩ Hữu nghị Việt Nam-Cuba"),
    ("Phó Chủ tịch Nhóm Nghị sĩ Hữu nghị Việt Nam-Hàn Quốc Võ Trọng Việt dự buổi gặp.",
     "Phó Chủ tịch Nhóm Nghị sĩ Hữu nghị Việt Nam-Hàn Quốc"),
])
def test_a_pair_of_states_glued_by_a_dash_stays_in_the_title(text, title):
    assert people_by_name(text)["Võ Trọng Việt"].titles == [title]


# ------------------------------------------------------------------ lists that name the country with each holder

def test_a_list_of_countries_each_with_its_holder_in_brackets():
    people = people_by_name("Tham dự có Bộ trưởng Ngoại giao các nước: Indonesia (Retno Marsudi), Malaysia "
                            "(Saifuddin Abdullah) và Philippines (Teodoro Locsin).")
    assert {name: p.country for name, p in people.items()} == {
        "Retno Marsudi": "ID", "Saifuddin Abdullah": "MY", "Teodoro Locsin": "PH"}
    assert all(p.titles == ["Bộ trưởng Ngoại giao"] for p in people.values())


def test_a_plural_title_then_names_each_of_a_country():
    people = people_by_name("Các Ngoại trưởng Retno Marsudi của Indonesia và Vivian Balakrishnan của Singapore "
                            "đồng chủ trì phiên họp.")
    assert people["Vivian Balakrishnan"].titles == ["Ngoại trưởng"]
    assert people["Vivian Balakrishnan"].country == "SG" and people["Retno Marsudi"].country == "ID"


# ------------------------------------------------------------ lower-case words that qualify an office before a country

@pytest.mark.parametrize("text, name, title", [
    ("Trưởng đoàn thể thao Việt Nam Hoàng Vĩnh Giang cho biết các vận động viên đã sẵn sàng.", "Hoàng Vĩnh Giang",
     "Trưởng đoàn thể thao"),
    ("Trưởng đoàn đàm phán Việt Nam Nguyễn Quốc Dũng cho biết vòng này đạt tiến triển.", "Nguyễn Quốc Dũng",
     "Trưởng đoàn đàm phán"),
    ("Trưởng đại diện thường trú UNDP tại Việt Nam Ramla Khalidi cho biết.", "Ramla Khalidi",
     "Trưởng đại diện thường trú UNDP tại Việt Nam"),
])
def test_lower_case_words_before_a_country_qualify_the_office(text, name, title):
    assert people_by_name(text)[name].titles == [title]


def test_a_verb_after_an_office_still_takes_its_object():
    assert people_by_name("Thủ tướng cảm ơn Nhật Bản Shinzo Abe đã ủng hộ dự án.") == {}


# ----------------------------------------------------------- a titled short form, the full name written bare elsewhere

@pytest.mark.parametrize("text, name, title", [
    ("Thủ tướng Lee cho biết Singapore ủng hộ. Trước đó, Lee Hsien Loong đã gặp các nhà lãnh đạo.",
     "Lee Hsien Loong", "Thủ tướng"),
    ("Tổng thống Widodo khai mạc hội nghị. Joko Widodo nhấn mạnh vai trò của ASEAN.", "Joko Widodo", "Tổng thống"),
    ("Ngoại trưởng Balakrishnan cho biết. Phát biểu tại phiên họp, Vivian Balakrishnan kêu gọi các nước kiềm chế.",
     "Vivian Balakrishnan", "Ngoại trưởng"),
])
def test_a_titled_short_form_takes_the_full_name_written_elsewhere(text, name, title):
    assert list(people_by_name(text)) == [name]
    assert people_by_name(text)[name].titles == [title]


@pytest.mark.parametrize("text, name", [
    ("Thủ tướng Lee cho biết Singapore ủng hộ. Ông từng học tại Trường Chính sách công Lee Kuan Yew.", "Lee"),
    ("Thủ tướng Lee phát biểu. Lee Jae-myung và Lee Hsien Loong đều có mặt.", "Lee"),
])
def test_a_bodys_namesake_or_two_candidates_leave_the_short_form(text, name):
    assert list(people_by_name(text)) == [name]


def test_a_titled_given_name_takes_the_vietnamese_full_name_written_elsewhere():
    text = "Chiều nay, Thủ tướng Phúc đã tiếp đoàn. Trước đó, Nguyễn Xuân Phúc đã tới thăm khu công nghiệp."
    assert people_by_name(text)["Nguyễn Xuân Phúc"].titles == ["Thủ tướng"]


@pytest.mark.parametrize("text, name", [
    ("Thủ tướng Lee cho biết Singapore ủng hộ. Theo Lee Hsien Loong, ASEAN cần đoàn kết.", "Lee Hsien Loong"),
    ("Tổng thống Jokowi tiếp đoàn. Joko Widodo cho biết Indonesia sẵn sàng.", "Joko Widodo"),
])
def test_the_full_name_after_a_sentence_opener_or_as_a_listed_spelling(text, name):
    assert list(people_by_name(text)) == [name]


@pytest.mark.parametrize("text", [
    "Các ông Antony Blinken, Hayashi Yoshimasa và bà Penny Wong, lần lượt là Ngoại trưởng Mỹ, Nhật Bản và "
    "Australia, đã ra tuyên bố chung.",
    "Ngoại trưởng Mỹ, Nhật Bản và Australia, lần lượt là các ông Antony Blinken, Hayashi Yoshimasa và bà Penny "
    "Wong, đã ra tuyên bố chung.",
])
def test_names_and_offices_matched_respectively_either_way_round(text):
    people = people_by_name(text)
    assert {name: (p.titles, p.country) for name, p in people.items()} == {
        "Antony Blinken": (["Ngoại trưởng"], "US"), "Hayashi Yoshimasa": (["Ngoại trưởng"], "JP"),
        "Penny Wong": (["Ngoại trưởng"], "AU")}


def test_a_plural_honorific_lists_a_name_after_its_own_honorific():
    people = people_by_name("Đoàn có các ông Nguyễn Văn An, Trần Quốc Bảo và bà Lê Thị Châu cùng tham dự.")
    assert set(people) == {"Nguyễn Văn An", "Trần Quốc Bảo", "Lê Thị Châu"}


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch Tập tới Hà Nội. Tập Cận Bình cũng hội kiến Tổng Bí thư.", "Tập Cận Bình"),
    ("Bộ trưởng Ngụy phát biểu. Ngụy Phượng Hòa cho rằng hai bên cần kiềm chế.", "Ngụy Phượng Hòa"),
])
def test_a_chinese_family_name_takes_the_full_name_written_elsewhere(text, name):
    assert list(people_by_name(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("Tổng thống Pu-tin phát biểu. Vla-đi-mia Pu-tin cho rằng Nga sẵn sàng.", "Vla-đi-mia Pu-tin"),
    ("Thủ tướng Ma-ha-thia phát biểu. Ma-ha-thia Mô-ha-mát cho rằng ASEAN cần đoàn kết.", "Ma-ha-thia Mô-ha-mát"),
])
def test_a_hyphenated_transliteration_takes_the_full_name_written_elsewhere(text, name):
    assert list(people_by_name(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("Nhận lời mời của Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Sutrisno, Thủ tướng sẽ thăm Lào.",
     "Sutrisno"),
    ("Tổng thống Biden phát biểu. Cuộc gặp Nguyễn Phú Trọng-Joe Biden diễn ra tại Hà Nội.", "Biden"),
    ("Bộ trưởng Sutrisno phát biểu. Chị Sutrisno Wibowo là một tình nguyện viên.", "Sutrisno"),
])
def test_no_fuller_form_from_a_states_name_two_glued_names_or_a_capitalised_word(text, name):
    assert name in people_by_name(text)


# ------------------------------------------------------------------------------ offices missing from the vocabulary

@pytest.mark.parametrize("text, name, title", [
    ("Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam Pauline Tamesis cho biết.", "Pauline Tamesis",
     "Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam"),
    ("Phó Trợ lý Ngoại trưởng Mỹ Jung Pak cho biết.", "Jung Pak", "Phó Trợ lý Ngoại trưởng"),
    ("Chánh Văn phòng Chủ tịch nước Lê Khánh Hải cho biết.", "Lê Khánh Hải", "Chánh Văn phòng Chủ tịch nước"),
])
def test_offices_of_envoys_and_staff(text, name, title):
    assert people_by_name(text)[name].titles == [title]


@pytest.mark.parametrize("text, name, title", [
    ("Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản Nishimura Yasutoshi dự phiên họp.", "Nishimura Yasutoshi",
     "Bộ trưởng Kinh tế, Thương mại và Công nghiệp"),
    ("Bộ trưởng Điều phối Chính trị, Pháp lý và An ninh Indonesia Wiranto cho biết.", "Wiranto",
     "Bộ trưởng Điều phối Chính trị, Pháp lý và An ninh"),
    ("Chủ nhiệm Khoa Quan hệ quốc tế Nguyễn Văn An phát biểu.", "Nguyễn Văn An",
     "Chủ nhiệm Khoa Quan hệ quốc tế"),
    ("Trần Anh Tuấn, Trưởng Khoa Luật Đại học Quốc gia, cho biết.", "Trần Anh Tuấn",
     "Trưởng Khoa Luật Đại học Quốc gia"),
    ("Phó Đại sứ Mỹ Marie Damour cho biết.", "Marie Damour", "Phó Đại sứ"),
])
def test_portfolios_faculties_and_deputies(text, name, title):
    people = people_by_name(text)
    assert list(people) == [name] and people[name].titles == [title]


def test_offices_listed_by_commas_are_no_portfolio():
    assert people_by_name("Bộ trưởng Ngoại giao, Thủ tướng và Tổng thống đều có mặt.") == {}


def test_a_title_a_colon_and_its_holder():
    assert people_by_name("Trưởng các đoàn: Ngoại trưởng Mỹ: Antony Blinken.")["Antony Blinken"].titles == \
        ["Ngoại trưởng"]


def test_a_quoted_nickname_stays_inside_the_name():
    assert list(people_by_name('Tổng thống Philippines Ferdinand "Bongbong" Marcos Jr. phát biểu.')) == [
        'Ferdinand "Bongbong" Marcos Jr']
