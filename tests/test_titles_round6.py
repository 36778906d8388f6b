"""Person titles, sixth round: role phrases cut short, run on or missed, found by probing.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_a_state_councillor_is_an_office_before_and_after_the_name():
    people = people_by_name("Ủy viên Quốc vụ Ngụy Phượng Hòa tiếp đoàn. Ông Tần Cương, Ủy viên Quốc vụ kiêm "
                            "Bộ trưởng Ngoại giao Trung Quốc, cho biết Bắc Kinh coi trọng ASEAN.")
    assert people["Ngụy Phượng Hòa"].titles == ["Ủy viên Quốc vụ"]
    assert people["Tần Cương"].titles == ["Ủy viên Quốc vụ", "Bộ trưởng Ngoại giao"]
    assert people["Tần Cương"].country == "CN"


def test_a_title_of_the_body_named_before_drops_this_body():
    # "tổ chức này" points back to the council; it is no part of the director's title
    people = people_by_name("Chủ tịch Hội đồng Doanh nghiệp ASEAN Lim Kok Seng và Giám đốc tổ chức này, "
                            "Mary Jones, cùng phát biểu. Ông Peter Hall, Giám đốc điều hành của cơ quan này, "
                            "cho biết thêm.")
    assert people["Mary Jones"].titles == ["Giám đốc"]
    assert people["Peter Hall"].titles == ["Giám đốc điều hành"]


def test_a_ministry_written_by_initials_joined_with_a_comma_or_ampersand_is_one_organisation():
    people = people_by_name("Thứ trưởng Bộ VH,TT&DL Lê Văn Hải phát biểu khai mạc. Thứ trưởng Bộ LĐ-TB&XH "
                            "Phạm Thị Lan và Chủ tịch Tập đoàn AT&T John Smith cùng dự.")
    assert people["Lê Văn Hải"].titles == ["Thứ trưởng Bộ VH,TT&DL"]
    assert people["Lê Văn Hải"].country == "VN"
    assert people["Phạm Thị Lan"].titles == ["Thứ trưởng Bộ LĐ-TB&XH"]
    assert people["John Smith"].titles == ["Chủ tịch Tập đoàn AT&T"]


def test_a_parent_ministry_set_off_by_commas_before_an_introduced_name_stays_in_the_title():
    people = people_by_name("Vụ trưởng Vụ ASEAN, Bộ Ngoại giao, bà Lê Thị Minh cho biết hội nghị sẽ khai mạc "
                            "vào sáng mai.")
    assert people["Lê Thị Minh"].titles == ["Vụ trưởng Vụ ASEAN, Bộ Ngoại giao"]
    assert people["Lê Thị Minh"].country == "VN"


def test_a_title_in_brackets_runs_to_the_bracket_over_a_dash_or_a_parent_ministry():
    people = people_by_name("Dự họp có bà Lê Thị Hoa (Vụ trưởng Vụ Thị trường châu Á - châu Phi) và ông Trần "
                            "Văn Sơn (Phó Vụ trưởng Vụ châu Âu, Bộ Ngoại giao).")
    assert people["Lê Thị Hoa"].titles == ["Vụ trưởng Vụ Thị trường châu Á - châu Phi"]
    assert people["Trần Văn Sơn"].titles == ["Phó Vụ trưởng Vụ châu Âu, Bộ Ngoại giao"]


def test_a_country_after_a_comma_in_brackets_is_not_part_of_the_title():
    people = people_by_name("Ông Trần Văn Sơn (Thứ trưởng Bộ Công Thương, Việt Nam) cho biết.")
    assert people["Trần Văn Sơn"].titles == ["Thứ trưởng Bộ Công Thương"]


def test_the_indian_ocean_in_a_command_s_name_is_no_country():
    people = people_by_name("Đô đốc Mark Stone, Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương, thăm cảng "
                            "Cam Ranh. Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương của Mỹ Paul Green "
                            "cũng phát biểu.")
    assert people["Mark Stone"].titles == ["Đô đốc", "Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương"]
    assert people["Mark Stone"].country != "IN"
    assert people["Paul Green"].titles == ["Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương"]
    assert people["Paul Green"].country == "US"


def test_a_partner_glued_to_asean_by_a_hyphen_stays_whole_in_the_title():
    people = people_by_name("Ông Đặng Văn Hải, Trưởng SOM ASEAN-Trung Quốc, chủ trì cuộc họp. Thứ trưởng Ngoại "
                            "giao Nhật Bản Kenji Sato, Trưởng SOM ASEAN-Nhật Bản, cũng phát biểu.")
    assert people["Đặng Văn Hải"].titles == ["Trưởng SOM ASEAN-Trung Quốc"]
    assert people["Kenji Sato"].titles == ["Thứ trưởng Ngoại giao", "Trưởng SOM ASEAN-Nhật Bản"]
    assert people["Kenji Sato"].country == "JP"


def test_a_co_chair_keeps_dong_in_the_title():
    people = people_by_name("Đồng Chủ tịch Ủy ban hỗn hợp Việt Nam - Lào Nguyễn Văn An chủ trì phiên họp. "
                            "Ông Trần Minh Đức, đồng Chủ tịch Hội đồng Doanh nghiệp, cho biết.")
    assert people["Nguyễn Văn An"].titles == ["Đồng Chủ tịch Ủy ban hỗn hợp Việt Nam - Lào"]
    assert people["Trần Minh Đức"].titles == ["đồng Chủ tịch Hội đồng Doanh nghiệp"]


def test_an_army_is_an_organisation_in_a_title_after_the_name():
    # before a verb that is no verb of saying, the title was read bare and then dropped
    people = people_by_name("Trung tướng Nguyễn Văn Cường, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, "
                            "tiếp Tùy viên Quốc phòng Lào.")
    assert people["Nguyễn Văn Cường"].titles == ["Trung tướng",
                                                 "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"]
    assert people["Nguyễn Văn Cường"].country == "VN"


def test_military_commands_are_organisations_in_a_commander_s_title():
    people = people_by_name("Chuẩn Đô đốc Trần Văn Nghĩa, Tư lệnh Quân chủng Hải quân, tiếp Tư lệnh Hải quân "
                            "Ấn Độ. Trung tướng Nguyễn Văn Dũng, Tư lệnh Quân khu 7, cũng dự. Thiếu tướng Lê "
                            "Quang Minh, Tư lệnh Cảnh sát biển Việt Nam, hội đàm với người đồng cấp.")
    assert people["Trần Văn Nghĩa"].titles == ["Chuẩn Đô đốc", "Tư lệnh Quân chủng Hải quân"]
    assert people["Nguyễn Văn Dũng"].titles == ["Trung tướng", "Tư lệnh Quân khu 7"]
    assert people["Lê Quang Minh"].titles == ["Thiếu tướng", "Tư lệnh Cảnh sát biển Việt Nam"]
    assert "Hải" not in people


def test_a_news_agency_or_broadcaster_is_an_organisation_in_a_title():
    people = people_by_name("Ông Vũ Minh Trang, Tổng Giám đốc Thông tấn xã Việt Nam, tiếp đoàn. Tổng Giám đốc "
                            "Đài Truyền hình Việt Nam Lê Ngọc Quân cũng dự. Ông Lê Quốc Hùng, Tổng Biên tập Báo "
                            "Nhân Dân, phát biểu.")
    assert people["Vũ Minh Trang"].titles == ["Tổng Giám đốc Thông tấn xã Việt Nam"]
    assert people["Lê Ngọc Quân"].titles == ["Tổng Giám đốc Đài Truyền hình Việt Nam"]
    assert people["Lê Quốc Hùng"].titles == ["Tổng Biên tập Báo Nhân Dân"]
    assert "Đài Truyền" not in people
