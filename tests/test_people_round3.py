"""The people reader, third round: forms of Vietnamese news the earlier rounds did not read.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_a_peer_whose_family_name_after_the_country_reads_like_a_title():
    # "Trung Quốc Vương Nghị": "Quốc Vương" (king) spans the place's end and is no title.
    people = people_by_name("Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Trung Quốc Vương Nghị.")
    assert people["Vương Nghị"].country == "CN"


def test_a_journalist_named_only_as_such_is_no_person_in_a_public_role():
    people = people_by_name("Vụ sát hại nhà báo Peter Holmgren tại Istanbul khiến quan hệ hai nước căng thẳng.")
    assert "Peter Holmgren" not in people


def test_a_journalist_who_also_holds_another_role_keeps_both_titles():
    people = people_by_name("Nhà báo Lâm Quốc Thắng, chuyên gia về các vấn đề Đông Nam Á, nhận định ASEAN cần đoàn kết.")
    assert people["Lâm Quốc Thắng"].titles[0] == "Nhà báo" and len(people["Lâm Quốc Thắng"].titles) == 2


def test_two_leaders_each_named_by_one_word_and_joined_by_và():
    people = people_by_name("Tổng thống Obama và Thủ tướng Cameron đã điện đàm về tình hình Ukraine.")
    assert people["Obama"].titles == ["Tổng thống"] and people["Cameron"].titles == ["Thủ tướng"]


def test_a_list_of_leaders_each_named_by_one_word():
    people = people_by_name("Tổng thống Obama, Thủ tướng Abe và Thủ tướng Modi đã dự phiên họp.")
    assert {name: p.titles for name, p in people.items()} == {
        "Obama": ["Tổng thống"], "Abe": ["Thủ tướng"], "Modi": ["Thủ tướng"]}


def test_a_ministry_joined_by_và_stays_one_title():
    people = people_by_name("Bộ trưởng Văn hóa và Thông tin Phạm Quang Nghị cho biết.")
    assert people["Phạm Quang Nghị"].titles == ["Bộ trưởng Văn hóa và Thông tin"]


def test_the_last_word_of_a_country_is_no_one_word_name():
    people = people_by_name("Ngoại trưởng Saudi Arabia, Ngoại trưởng Qatar Mohammed Al Thani đã tới dự.")
    assert "Arabia" not in people


def test_a_shared_title_then_a_colon_and_names_each_with_its_country():
    people = people_by_name("Tham dự có Bộ trưởng Ngoại giao các nước: Prak Sokhonn (Campuchia), "
                            "Saleumxay Kommasith (Lào), Vivian Balakrishnan (Singapore).")
    assert {name: (p.titles, p.country) for name, p in people.items()} == {
        "Prak Sokhonn": (["Bộ trưởng Ngoại giao"], "KH"),
        "Saleumxay Kommasith": (["Bộ trưởng Ngoại giao"], "LA"),
        "Vivian Balakrishnan": (["Bộ trưởng Ngoại giao"], "SG")}


def test_a_plural_title_lists_names_each_with_its_country_in_brackets():
    people = people_by_name("Các Bộ trưởng Ngoại giao Prak Sokhonn (Campuchia), Saleumxay Kommasith (Lào) và "
                            "Vivian Balakrishnan (Singapore) đã phát biểu.")
    assert set(people) == {"Prak Sokhonn", "Saleumxay Kommasith", "Vivian Balakrishnan"}
    assert people["Vivian Balakrishnan"].country == "SG"


def test_a_colon_after_a_title_without_countries_lists_no_one():
    people = people_by_name("Bộ trưởng Ngoại giao các nước: Hội nghị sẽ bàn về Biển Đông.")
    assert people == {}


def test_a_role_in_free_words_set_off_before_a_verb_of_saying():
    people = people_by_name("Ông Trần Văn Nam, giám đốc một công ty xuất khẩu thủy sản ở Cà Mau, cho biết giá cá "
                            "tra đã giảm mạnh.")
    assert people["Trần Văn Nam"].titles == ["giám đốc một công ty xuất khẩu thủy sản ở Cà Mau"]


def test_a_role_cut_short_by_an_unknown_word_runs_to_its_closing_comma():
    people = people_by_name("Ông Hứa Minh Khang, giáo sư danh dự Học viện Quốc phòng Australia, nhận định ASEAN "
                            "cần đoàn kết hơn.")
    assert people["Hứa Minh Khang"].titles == ["giáo sư danh dự Học viện Quốc phòng Australia"]


def test_a_clause_set_off_by_commas_without_a_verb_of_saying_is_no_role():
    people = people_by_name("Ông Trần Văn Nam, giám đốc một công ty ở Cà Mau, năm ngoái đã mở rộng sản xuất.")
    assert people["Trần Văn Nam"].titles != ["giám đốc một công ty ở Cà Mau"]


def test_an_aside_in_brackets_keeps_the_role_as_the_walk_read_it():
    people = people_by_name("Ông Lục Văn Hào, Giám đốc Công ty Hoa Sen (một doanh nghiệp có vốn Đài Loan), cho biết.")
    assert people["Lục Văn Hào"].titles == ["Giám đốc Công ty Hoa Sen"]


def test_a_lecturer_or_researcher_role_in_apposition():
    people = people_by_name("Tiến sĩ Đoàn Thị Mai, giảng viên Học viện Ngoại giao, nhận định ASEAN đã có nhiều "
                            "bước tiến.")
    assert people["Đoàn Thị Mai"].titles == ["Tiến sĩ", "giảng viên Học viện Ngoại giao"]


def test_a_university_name_after_a_role_is_no_person():
    people = people_by_name("Ông Richard Heydarian, nhà nghiên cứu tại Đại học De La Salle, nhận định Manila "
                            "sẽ cứng rắn hơn.")
    assert set(people) == {"Richard Heydarian"}
    assert people["Richard Heydarian"].titles == ["nhà nghiên cứu tại Đại học De La Salle"]


def test_a_council_head_named_after_the_council_is_still_its_holder():
    people = people_by_name("Trong cuộc họp báo chiều qua, Chủ tịch Hội đồng Ernest Z.Bowman cho biết doanh nghiệp "
                            "Mỹ quan tâm tới ASEAN.")
    assert people["Ernest Z.Bowman"].titles == ["Chủ tịch Hội đồng"]


def test_a_role_after_theo_closes_at_its_comma_without_a_verb_of_saying():
    people = people_by_name("Theo ông Lê Văn Bình, giám đốc một công ty xuất khẩu ở Cần Thơ, thị trường ASEAN "
                            "rất tiềm năng.")
    assert people["Lê Văn Bình"].titles == ["giám đốc một công ty xuất khẩu ở Cần Thơ"]


def test_an_invitation_by_a_foreign_office_then_the_same_office_named_is_two_people():
    people = people_by_name("Nhận lời mời của Thủ tướng Singapore, Thủ tướng Phạm Minh Chính sẽ thăm chính thức "
                            "Singapore từ ngày 8 đến 10/2/2023.")
    assert people["Phạm Minh Chính"].country == "VN" and people["Phạm Minh Chính"].titles == ["Thủ tướng"]


def test_one_persons_two_offices_with_one_head_keep_the_country():
    people = people_by_name("Phiên họp do Chủ tịch Hạ viện Malaysia, Chủ tịch AIPA-46 Tan Sri Johari Abdul chủ trì.")
    assert people["Tan Sri Johari Abdul"].country == "MY"


def test_a_bare_title_and_an_organisation_after_the_name_make_one_title():
    people = people_by_name("Trả lời phóng viên, người phát ngôn Đoàn Thu Hà của Bộ Ngoại giao Việt Nam nói hai bên "
                            "đang trao đổi.")
    assert people["Đoàn Thu Hà"].titles == ["người phát ngôn Bộ Ngoại giao"]
    assert people["Đoàn Thu Hà"].country == "VN"


def test_a_title_with_its_own_organisation_is_not_joined_to_another():
    people = people_by_name("Thủ tướng Phạm Minh Chính của Việt Nam phát biểu tại phiên khai mạc.")
    assert people["Phạm Minh Chính"].titles == ["Thủ tướng"]


def test_royal_titles_before_one_word_names():
    people = people_by_name("Nhật hoàng Akihito và Hoàng hậu Michiko đã tới Hà Nội; Hoàng tử Nhật Bản Akishino và "
                            "Công nương Kiko thăm Việt Nam năm sau.")
    assert {name: p.titles for name, p in people.items()} == {
        "Akihito": ["Nhật hoàng"], "Michiko": ["Hoàng hậu"], "Akishino": ["Hoàng tử"], "Kiko": ["Công nương"]}
