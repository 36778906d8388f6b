"""The people reader, fourth round: forms of ASEAN news the earlier rounds did not read.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_two_offices_joined_by_kiêm_before_a_ministry_named_with_và():
    # the second head ("Bộ trưởng") is read as part of the first, not as another person's title
    people = people_by_name("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao và Hợp tác quốc tế Prak Sokhonn "
                            "đã tiếp đoàn.")
    assert people["Prak Sokhonn"].titles == ["Phó Thủ tướng", "Bộ trưởng Ngoại giao và Hợp tác quốc tế"]


def test_two_offices_of_state_joined_by_kiêm_are_two_titles():
    people = people_by_name("Phó Thủ tướng kiêm Bộ trưởng Quốc phòng New Zealand Winston Peters phát biểu.")
    assert people["Winston Peters"].titles == ["Phó Thủ tướng", "Bộ trưởng Quốc phòng"]
    assert people["Winston Peters"].country == "NZ"


def test_a_company_chair_who_is_also_its_chief_executive_keeps_one_title():
    people = people_by_name("Chủ tịch kiêm Giám đốc điều hành Tập đoàn Hưng Phát Lê Văn Tâm cho biết.")
    assert people["Lê Văn Tâm"].titles == ["Chủ tịch kiêm Giám đốc điều hành Tập đoàn Hưng Phát"]


def test_an_acting_office_written_small_after_a_comma_is_a_title():
    people = people_by_name("Đại sứ Trần Văn Nam, quyền Trưởng SOM ASEAN Việt Nam, dẫn đầu đoàn.")
    assert people["Trần Văn Nam"].titles == ["Đại sứ", "quyền Trưởng SOM ASEAN"]


def test_an_administration_is_no_acting_office():
    people = people_by_name("Chính sách của chính quyền Tổng thống Barack Obama đối với khu vực đã thay đổi.")
    assert people["Barack Obama"].titles == ["Tổng thống"]


def test_a_title_read_to_its_comma_then_an_honorific_and_the_name():
    people = people_by_name("Dự hội nghị có Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa Xã hội, "
                            "ông Ekkaphab Phanthavong.")
    person = people["Ekkaphab Phanthavong"]
    assert person.titles == ["Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa Xã hội"]
    assert person.country == "ASEAN"


def test_a_verb_before_the_comma_ends_the_title_there():
    # "phát biểu" is the predicate: the man named after the comma holds no title from it
    people = people_by_name("Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Kinh tế phát biểu, ông Lê Văn Hùng lắng nghe.")
    assert "Phó Tổng Thư ký" not in " ".join(people["Lê Văn Hùng"].titles)


def test_a_title_cut_off_inside_a_word_adds_nothing_to_the_whole_title():
    people = people_by_name("Đại tướng Lương Cường, Ủy viên Bộ Chính trị, phát biểu.\n"
                            "| Đại tướng Lương Cường, Ủy viên Bộ Chí")
    assert people["Lương Cường"].titles == ["Đại tướng", "Ủy viên Bộ Chính trị"]


def test_a_title_a_comma_and_a_name_followed_at_once_by_the_predicate():
    people = people_by_name("Bộ trưởng Quốc phòng Nhật Bản, Nakatani Gen cho biết Tokyo ủng hộ ASEAN.")
    assert people["Nakatani Gen"].titles == ["Bộ trưởng Quốc phòng"]
    assert people["Nakatani Gen"].country == "JP"


def test_a_vietnamese_official_named_after_his_title_and_a_comma():
    people = people_by_name("Thứ trưởng Bộ Công Thương, Phan Thị Thắng đã chủ trì phiên họp.")
    assert people["Phan Thị Thắng"].titles == ["Thứ trưởng Bộ Công Thương"]


def test_a_place_after_the_comma_is_no_holder():
    people = people_by_name("Bộ trưởng Ngoại giao Việt Nam, Lào và Campuchia đã gặp nhau tại Viêng Chăn.")
    assert people == {}


def test_initials_the_article_coins_in_brackets_are_not_part_of_the_title():
    people = people_by_name("Thứ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Lê Công Thành cho biết.")
    assert people["Lê Công Thành"].titles == ["Thứ trưởng Bộ Tài nguyên và Môi trường"]


def test_an_organisations_own_abbreviation_stays_in_the_title():
    people = people_by_name("Chủ tịch Ngân hàng Phát triển châu Á (ADB) Masatsugu Asakawa phát biểu.")
    assert people["Masatsugu Asakawa"].titles == ["Chủ tịch Ngân hàng Phát triển châu Á (ADB)"]


def test_a_representative_written_small_after_a_name_and_a_comma():
    people = people_by_name("Theo ông Trần Văn Bình, đại diện Bộ Công Thương, việc này cần xem xét thêm.")
    assert people["Trần Văn Bình"].titles == ["đại diện Bộ Công Thương"]


def test_a_representative_of_a_firm_written_small():
    people = people_by_name("Ông Lê Quốc Toàn, đại diện một doanh nghiệp xuất khẩu gạo, cho biết giá đã tăng.")
    assert people["Lê Quốc Toàn"].titles == ["đại diện một doanh nghiệp xuất khẩu gạo"]


def test_representatives_listed_after_a_titled_name_are_other_people():
    people = people_by_name("Tham dự có Phó Chủ tịch Quốc hội Trần Quang Phương, đại diện Đại sứ quán "
                            "một số nước tại Việt Nam.")
    assert people["Trần Quang Phương"].titles == ["Phó Chủ tịch Quốc hội"]


def test_the_head_of_an_organisation_in_apposition():
    people = people_by_name("Chuyên gia Hoàng Thị Mai, người đứng đầu Trung tâm Nghiên cứu Biển Đông, cho rằng "
                            "tình hình sẽ còn căng thẳng.")
    assert people["Hoàng Thị Mai"].titles == ["Chuyên gia", "người đứng đầu Trung tâm Nghiên cứu Biển Đông"]


def test_the_country_of_a_firms_office_closing_an_experts_role_leaves_the_title():
    people = people_by_name("Ông Trần Văn Lâm, chuyên gia kinh tế thuộc ngân hàng HSBC ở Singapore, nhận định "
                            "lạm phát sẽ giảm.")
    assert people["Trần Văn Lâm"].titles == ["chuyên gia kinh tế thuộc ngân hàng HSBC"]


def test_an_ambassadors_posting_stays_in_the_title():
    people = people_by_name("Đại sứ Nguyễn Văn Hải, Đại sứ đặc mệnh toàn quyền tại Singapore, cho biết.")
    assert any("tại Singapore" in t for t in people["Nguyễn Văn Hải"].titles)


def test_a_palace_named_after_an_office_gives_no_title_to_the_next_person():
    people = people_by_name("Khi đoàn xe tới Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã ra tận nơi đón.")
    assert people["Phạm Minh Chính"].titles == ["Thủ tướng Chính phủ"]


def test_a_permanent_mission_to_an_organisation_joined_by_bên_cạnh():
    people = people_by_name("Đại sứ Nguyễn Văn Thảo, Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên minh "
                            "châu Âu, cho biết.")
    assert people["Nguyễn Văn Thảo"].titles == ["Đại sứ", "Trưởng Phái đoàn thường trực bên cạnh Liên minh châu Âu"]


def test_an_organisation_written_out_after_của_stays_in_the_title():
    people = people_by_name("TS. Takeshi Kasai, Giám đốc khu vực Tây Thái Bình Dương của Tổ chức Y tế thế giới, "
                            "sẽ làm việc với Bộ Y tế.")
    assert people["Takeshi Kasai"].titles[-1] == "Giám đốc khu vực Tây Thái Bình Dương của Tổ chức Y tế thế giới"


def test_an_organisations_initials_after_của_say_whom_the_person_serves():
    people = people_by_name("Vụ trưởng Vụ châu Á, Trưởng SOM ASEAN của EU, ông Gunnar Wiegand phát biểu.")
    assert "Trưởng SOM ASEAN" in people["Gunnar Wiegand"].titles


def test_a_project_board_reads_on_through_the_projects_name():
    people = people_by_name("Ông Lê Văn Trung - Giám đốc Ban quản lý dự án Đường sắt đô thị Hà Nội - cho biết "
                            "tiến độ đã chậm.")
    assert people["Lê Văn Trung"].titles == ["Giám đốc Ban quản lý dự án Đường sắt đô thị Hà Nội"]


def test_a_projects_name_is_not_a_person_before_the_holders_name():
    people = people_by_name("Giám đốc Ban quản lý dự án Metro Hà Nội Lê Văn Trung cho biết.")
    assert set(people) == {"Lê Văn Trung"}


def test_a_departments_parent_body_in_brackets_stays_in_the_title():
    people = people_by_name("Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) Trần Thanh Hải cho biết.")
    assert people["Trần Thanh Hải"].titles == ["Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)"]


def test_a_bare_head_chained_by_a_comma_belongs_to_the_next_name_in_a_list():
    people = people_by_name("Đoàn có Bộ trưởng Bộ Ngoại giao Lê Hoài Nam, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
                            "Trần Quốc Bảo, Thứ trưởng Bộ Công Thương Đỗ Thắng Hải.")
    assert people["Trần Quốc Bảo"].titles == ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"]
    assert people["Lê Hoài Nam"].titles == ["Bộ trưởng Bộ Ngoại giao"]
