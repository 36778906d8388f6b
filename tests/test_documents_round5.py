"""Documents, round 5: forms found by probing with sentences written for these tests (each a class of
mention that news the extractor was not written from uses)."""
from __future__ import annotations

import pytest

from test_documents import documents_of


def names(text: str) -> list[str]:
    return [d.name for d in documents_of(text)]


# ------------------------------------------------------------------ the sentence before says nothing

@pytest.mark.parametrize("text", [
    "Hai nước cam kết tiếp tục tăng cường hợp tác. Hiệp định Thương mại Tự do Việt Nam - EU mang lại nhiều lợi ích.",
    "Nhật Bản là một đối tác. Hiệp định Thương mại Tự do Việt Nam - EU mang lại nhiều lợi ích.",
])
def test_a_name_opening_a_sentence_is_not_read_with_the_last_words_of_the_one_before(text):
    assert names(text) == ["Hiệp định Thương mại Tự do Việt Nam - EU"]


# ------------------------------------------------------------------ an abbreviation right after the head

@pytest.mark.parametrize("text, expected", [
    ("Hai bộ trưởng đã ký Bản ghi nhớ (MOU) về hợp tác trong lĩnh vực năng lượng tái tạo.",
     [("Bản ghi nhớ về hợp tác trong lĩnh vực năng lượng tái tạo", "MOU")]),
    ("Hai bên trao Bản ghi nhớ (MoU) giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.",
     [("Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào", "MoU")]),
    ("ASEAN và Trung Quốc tiếp tục đàm phán Bộ Quy tắc ứng xử (COC) ở Biển Đông.",
     [("Bộ Quy tắc ứng xử ở Biển Đông", "COC")]),
])
def test_an_abbreviation_right_after_the_head_does_not_end_the_name(text, expected):
    assert [(d.name, d.abbr) for d in documents_of(text)] == expected


def test_an_abbreviation_after_a_bare_head_then_who_negotiates_it():
    text = "Các bên đang đàm phán Bộ Quy tắc ứng xử (COC) giữa ASEAN và Trung Quốc."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [("Bộ Quy tắc ứng xử", "COC")]


# ------------------------------------------------------------------ a protocol that amends a named text

def test_a_protocol_upgrading_an_agreement_reads_through_it_and_does_not_take_its_abbreviation():
    text = "Các bộ trưởng hoan nghênh việc ký Nghị định thư nâng cấp Hiệp định Thương mại Tự do ASEAN - Trung Quốc (ACFTA)."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Nghị định thư nâng cấp Hiệp định Thương mại Tự do ASEAN - Trung Quốc", None)]


def test_the_amended_name_goes_on_after_its_abbreviation():
    text = ("Bộ trưởng các nước đã ký Nghị định thư bổ sung Hiệp định về Biểu thuế Hài hòa (AHTN) "
            "cho Khu vực Mậu dịch tự do ASEAN vào tuần trước.")
    assert names(text)[0] == ("Nghị định thư bổ sung Hiệp định về Biểu thuế Hài hòa (AHTN) "
                              "cho Khu vực Mậu dịch tự do ASEAN")


def test_the_upgraded_agreement_named_on_its_own_stays_apart_from_the_protocol():
    text = ("Các bộ trưởng hoan nghênh việc ký Nghị định thư nâng cấp Hiệp định Thương mại Tự do ASEAN - Trung Quốc "
            "(ACFTA). Kim ngạch thương mại theo ACFTA tăng mạnh.")
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Nghị định thư nâng cấp Hiệp định Thương mại Tự do ASEAN - Trung Quốc", None), ("ACFTA", "ACFTA")]


# ------------------------------------------------------------------ a resolution and the body that adopted it

def test_a_numbered_resolution_after_the_international_body_adopting_it():
    text = "Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2728 về lệnh ngừng bắn ở dải Gaza."
    assert names(text) == ["Nghị quyết 2728 về lệnh ngừng bắn ở dải Gaza"]


@pytest.mark.parametrize("text", [
    "Tại kỳ họp về ASEAN, Quốc hội đã thông qua Nghị quyết 20 về cơ chế đặc thù.",
    "Đại hội đồng Liên hợp quốc đã thông qua nghị quyết về hợp tác với các tổ chức khu vực.",
])
def test_a_state_organ_or_an_unnumbered_resolution_after_a_body_is_not_one(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Các nước ủng hộ Tuyên bố về phi hạt nhân hóa ở bán đảo Triều Tiên.",
     ["Tuyên bố về phi hạt nhân hóa ở bán đảo Triều Tiên"]),
    ("Hai bên nhắc lại Thỏa thuận về hòa bình trên eo biển Đài Loan.", ["Thỏa thuận về hòa bình trên eo biển Đài Loan"]),
])
def test_a_place_named_after_a_lower_case_noun_stays_in_the_name(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ "trên đất liền" is where, not "the one above"

def test_on_land_ends_an_agreement_name_instead_of_pointing_back():
    text = "Hai bên cam kết thực thi nghiêm túc Hiệp định về quy chế quản lý cửa khẩu trên đất liền."
    assert names(text) == ["Hiệp định về quy chế quản lý cửa khẩu trên đất liền"]


def test_the_one_above_still_points_back():
    assert names("Hai bên đã ký hiệp định về vận tải. Hiệp định về vận tải trên đã có hiệu lực.") == [
        "hiệp định về vận tải"]


# ------------------------------------------------------------------ a lower-case plural is a kind

@pytest.mark.parametrize("text", [
    "Hai tỉnh rà soát các thỏa thuận hợp tác về du lịch trên sông Mê Kông và Biển Hồ.",
    "Hai bên rà soát những hiệp định đã ký với Nhật Bản và Hàn Quốc.",
])
def test_a_lower_case_plural_with_names_inside_is_not_one_document(text):
    assert names(text) == []


def test_a_dated_plural_is_one_set_of_plans():
    text = "Các bộ ngành đánh giá giữa kỳ các kế hoạch tổng thể về Kết nối ASEAN 2030."
    assert names(text) == ["kế hoạch tổng thể về Kết nối ASEAN 2030"]


# ------------------------------------------------------------------ a special meeting; the circumstances after a name

@pytest.mark.parametrize("text, expected", [
    ("Hai bên thông qua Tuyên bố chung của Hội nghị Cấp cao đặc biệt ASEAN - New Zealand.",
     ["Tuyên bố chung của Hội nghị Cấp cao đặc biệt ASEAN - New Zealand"]),
    ("Hai nước ký Tuyên bố chung Kuala Lumpur về ngừng bắn dưới sự chứng kiến của nhiều nhà lãnh đạo.",
     ["Tuyên bố chung Kuala Lumpur về ngừng bắn"]),
    ("Hai nước đã ký Hiệp định về hợp tác nghề cá, qua đó mở rộng ngư trường.", ["Hiệp định về hợp tác nghề cá"]),
    ("Hai bên ký Hiệp định về hợp tác nghề cá theo đó tàu cá được hỗ trợ.", ["Hiệp định về hợp tác nghề cá"]),
])
def test_special_meeting_stays_and_circumstances_end_the_name(text, expected):
    assert names(text) == expected


def test_especially_still_ends_a_name():
    text = "Các nước thực hiện Hiệp định Thương mại hàng hóa ASEAN, đặc biệt là các cam kết cắt giảm thuế."
    assert names(text) == ["Hiệp định Thương mại hàng hóa ASEAN"]


# ------------------------------------------------------------------ the qualities a title gives a community

@pytest.mark.parametrize("text, expected", [
    ("Các nhà lãnh đạo thông qua Tuyên bố của các Nhà Lãnh đạo ASEAN về một ASEAN tự cường, năng động và sáng tạo.",
     ["Tuyên bố của các Nhà Lãnh đạo ASEAN về một ASEAN tự cường, năng động và sáng tạo"]),
    ("Hội nghị sẽ thông qua Tuyên bố Viêng Chăn về xây dựng Cộng đồng ASEAN bền vững.",
     ["Tuyên bố Viêng Chăn về xây dựng Cộng đồng ASEAN bền vững"]),
])
def test_a_quality_after_a_name_stays_in_a_title(text, expected):
    assert names(text) == expected


def test_a_verb_after_a_name_still_ends_it():
    text = "Hiệp định Thương mại Tự do Việt Nam - EU giúp hàng hóa thâm nhập thị trường."
    assert names(text) == ["Hiệp định Thương mại Tự do Việt Nam - EU"]


# ------------------------------------------------------------------ two acts on one topic

def test_two_acts_on_one_topic_stay_in_the_name():
    text = ("Các bộ trưởng ra Tuyên bố chung của các Bộ trưởng Ngoại giao ASEAN về duy trì và thúc đẩy ổn định "
            "ở khu vực Đông Nam Á.")
    assert names(text) == ["Tuyên bố chung của các Bộ trưởng Ngoại giao ASEAN về duy trì và thúc đẩy ổn định "
                           "ở khu vực Đông Nam Á"]


def test_a_new_clause_after_a_topic_still_ends_the_name():
    text = "Hai bên ký Thỏa thuận về hợp tác nghề cá và tăng cường trao đổi đoàn các cấp."
    assert names(text) == ["Thỏa thuận về hợp tác nghề cá"]


# ------------------------------------------------------------------ "văn kiện" before a quoted title

def test_the_quoted_title_after_van_kien_is_the_name():
    text = "Hai thủ tướng ký văn kiện “Kế hoạch hành động Hà Nội” nhằm triển khai quan hệ hai nước."
    assert names(text) == ["Kế hoạch hành động Hà Nội"]


# ------------------------------------------------------------------ the parties after an abbreviation

def test_the_parties_after_the_abbreviation_of_a_bare_title_stay_in_the_name():
    text = "Các bộ trưởng ghi nhận việc ký Hiệp định Đối tác và Hợp tác Toàn diện (PCA) giữa Việt Nam và EU."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Hiệp định Đối tác và Hợp tác Toàn diện (PCA) giữa Việt Nam và EU", "PCA")]


def test_who_negotiates_a_named_text_after_its_abbreviation_is_not_its_name():
    text = "Các bên cam kết thực hiện Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) giữa ASEAN và Trung Quốc."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Tuyên bố về ứng xử của các bên ở Biển Đông", "DOC")]


# ------------------------------------------------------------------ what the document says ends its name

@pytest.mark.parametrize("text, expected", [
    ("Tuyên bố chung của Hội nghị Cấp cao ASEAN nhấn mạnh vai trò trung tâm của ASEAN.",
     ["Tuyên bố chung của Hội nghị Cấp cao ASEAN"]),
    ("Tuyên bố Hà Nội về hợp tác biển hoan nghênh các sáng kiến của các đối tác.", ["Tuyên bố Hà Nội về hợp tác biển"]),
    ("Tuyên bố Chủ tịch về tình hình khu vực kêu gọi các bên kiềm chế.", ["Tuyên bố Chủ tịch về tình hình khu vực"]),
])
def test_a_verb_saying_what_the_document_says_ends_its_name(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ who or what a text is for

@pytest.mark.parametrize("text, expected", [
    ("Hai bên ký Hiệp định về việc miễn thị thực cho người mang hộ chiếu ngoại giao và công vụ.",
     ["Hiệp định về việc miễn thị thực cho người mang hộ chiếu ngoại giao và công vụ"]),
    ("Hai bộ trưởng ký Thỏa thuận về tạo thuận lợi cho vận tải đường bộ qua biên giới.",
     ["Thỏa thuận về tạo thuận lợi cho vận tải đường bộ qua biên giới"]),
])
def test_who_or_what_the_text_is_for_stays_in_its_name(text, expected):
    assert names(text) == expected


def test_for_whom_it_was_signed_still_ends_a_name():
    text = "Hai bên ký Hiệp định về hợp tác nghề cá cho giai đoạn tới."
    assert names(text) == ["Hiệp định về hợp tác nghề cá"]


def test_a_record_of_agreement_is_a_document():
    assert names("Hai bên ký Biên bản thỏa thuận về hợp tác du lịch.") == ["Biên bản thỏa thuận về hợp tác du lịch"]


# ------------------------------------------------------------------ a motto, a mechanism, a count of years

@pytest.mark.parametrize("text", [
    "Năm ASEAN 2026 với chủ đề “Tầm nhìn chung, hành động chung” đã được công bố.",
    "Chủ đề năm ASEAN 2026 là “Tầm nhìn chung vì tương lai”.",
    "Thủ tướng dự Hội nghị Cấp cao Mekong - Lan Thương trong Khuôn khổ Hợp tác Mekong - Lan Thương.",
])
def test_a_motto_or_a_mechanism_is_not_a_document(text):
    assert names(text) == []


def test_a_quoted_vision_that_is_not_a_motto_stays():
    assert names("Hội nghị thông qua “Tầm nhìn ASEAN 2040” sau hai ngày thảo luận.") == ["Tầm nhìn ASEAN 2040"]


def test_a_count_of_years_ends_a_name():
    assert names("Hai bộ ký Kế hoạch 5 năm về hợp tác giáo dục.") == ["Kế hoạch 5 năm về hợp tác giáo dục"]
    assert names("Hai bộ thông qua Kế hoạch 5 năm.") == ["Kế hoạch 5 năm"]


# ------------------------------------------------------------------ an abbreviation put inside the name

def test_a_place_after_an_abbreviation_inside_the_name_stays():
    text = "Giới nghiên cứu cho rằng cần thực thi nghiêm Tuyên bố về ứng xử của các bên (DOC) trên Biển Đông."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Tuyên bố về ứng xử của các bên trên Biển Đông", "DOC")]


def test_where_it_was_signed_after_an_abbreviation_is_not_its_name():
    text = "Hai bên ký Hiệp định Đối tác Kinh tế Toàn diện (CEPA) tại Hà Nội."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [("Hiệp định Đối tác Kinh tế Toàn diện", "CEPA")]


# ------------------------------------------------------------------ "phòng, chống" is one word pair

@pytest.mark.parametrize("text, expected", [
    ("Hai bên ký Bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên quốc gia.",
     ["Bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên quốc gia"]),
    ("ASEAN thông qua Kế hoạch hành động về Phòng, Chống buôn bán người giai đoạn 2026-2030.",
     ["Kế hoạch hành động về Phòng, Chống buôn bán người giai đoạn 2026-2030"]),
])
def test_prevent_and_fight_written_with_a_comma_stays_in_a_name(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ a convention's year after its abbreviation

@pytest.mark.parametrize("text, expected", [
    ("Các bên cần tuân thủ Công ước Liên hợp quốc về Luật Biển (UNCLOS) năm 1982.",
     "Công ước Liên hợp quốc về Luật Biển (UNCLOS) năm 1982"),
    ("Các nước tôn trọng Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982, các cam kết khu vực.",
     "Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982"),
])
def test_a_convention_keeps_its_year_after_the_abbreviation(text, expected):
    assert [(d.name, d.abbr) for d in documents_of(text)] == [(expected, "UNCLOS")]


def test_an_agreement_does_not_take_the_year_it_was_signed():
    text = "Hai nước ký Hiệp định Đối tác Kinh tế Toàn diện (CEPA) năm 2023."
    assert names(text) == ["Hiệp định Đối tác Kinh tế Toàn diện"]


# ------------------------------------------------------------------ a lower-case joint statement alone

def test_a_lower_case_joint_statement_alone_is_the_meetings_one():
    text = "Trong tuyên bố chung, các bộ trưởng bày tỏ quan ngại về tình hình khu vực."
    assert names(text) == ["tuyên bố chung"]


def test_a_lower_case_joint_statement_alone_is_folded_into_the_one_named_in_full():
    text = ("Hai nhà lãnh đạo ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược. "
            "Trong tuyên bố chung, hai bên nhất trí mở rộng hợp tác kinh tế.")
    assert names(text) == ["Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược"]


def test_joint_statements_counted_are_not_one():
    assert names("Hai bên đã ký nhiều tuyên bố chung trong những năm qua.") == []


def test_the_visit_it_was_signed_on_ends_a_name():
    text = "Hai bên ký Hiệp định về hợp tác nghề cá nhân chuyến thăm chính thức của Thủ tướng."
    assert names(text) == ["Hiệp định về hợp tác nghề cá"]


# ------------------------------------------------------------------ two documents by acronym

def test_a_second_acronym_after_and_is_a_second_document():
    text = "Việt Nam là thành viên của Hiệp định RCEP và CPTPP."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [("Hiệp định RCEP", "RCEP"), ("CPTPP", "CPTPP")]


# ------------------------------------------------------------------ a consensus named by its points

@pytest.mark.parametrize("text, expected", [
    ("ASEAN kêu gọi các bên ở Myanmar thực hiện đồng thuận 5 điểm.", ["đồng thuận 5 điểm"]),
    ("Các nhà lãnh đạo tái khẳng định Đồng thuận năm điểm của ASEAN.", ["Đồng thuận năm điểm của ASEAN"]),
])
def test_a_consensus_named_by_its_points(text, expected):
    assert names(text) == expected


def test_a_consensus_reached_is_not_one():
    assert names("Hai bên đạt được đồng thuận về nhiều vấn đề quan trọng.") == []


# ------------------------------------------------------------------ whose use it is, after a finished name

@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng đánh giá việc thực thi Hiệp định RCEP của Việt Nam đạt kết quả tốt.", ["Hiệp định RCEP"]),
    ("Tỷ lệ tận dụng ưu đãi Hiệp định Thương mại Tự do ASEAN - Nhật Bản của doanh nghiệp còn thấp.",
     ["Hiệp định Thương mại Tự do ASEAN - Nhật Bản"]),
])
def test_whose_use_it_is_is_not_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị thông qua Tuyên bố chung của các Bộ trưởng Kinh tế ASEAN.",
     ["Tuyên bố chung của các Bộ trưởng Kinh tế ASEAN"]),
    ("Thành phố thực hiện chiến lược phát triển du lịch của thành phố đến năm 2035.",
     ["chiến lược phát triển du lịch của thành phố đến năm 2035"]),
])
def test_who_issued_or_owns_a_text_stays_in_its_name(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ "với" a person met is not a partner

@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng thảo luận về Hiệp định Đối tác Kinh tế Toàn diện Việt Nam - Indonesia với Tổng thống Indonesia.",
     ["Hiệp định Đối tác Kinh tế Toàn diện Việt Nam - Indonesia"]),
    ("Bộ trưởng trao đổi về Hiệp định RCEP với Đại sứ Nhật Bản.", ["Hiệp định RCEP"]),
    ("Việt Nam đang đàm phán Hiệp định Thương mại Tự do với Liên minh châu Âu.",
     ["Hiệp định Thương mại Tự do với Liên minh châu Âu"]),
])
def test_a_person_met_after_with_is_not_the_partner(text, expected):
    assert names(text) == expected


def test_a_country_after_and_opens_a_new_clause_after_a_lower_case_topic():
    text = "Hai bên ký Bản ghi nhớ về hợp tác y tế và Việt Nam cam kết hỗ trợ trang thiết bị."
    assert names(text) == ["Bản ghi nhớ về hợp tác y tế"]


def test_the_parties_joined_by_and_stay():
    text = "Hai bên ký Bản ghi nhớ về hợp tác giữa Việt Nam và Lào trong lĩnh vực y tế."
    assert names(text) == ["Bản ghi nhớ về hợp tác giữa Việt Nam và Lào trong lĩnh vực y tế"]


# ------------------------------------------------------------------ a name that points back

def test_a_name_followed_by_this_points_back():
    text = "Doanh nghiệp được hưởng lợi ngay khi Hiệp định về Quy chế này được áp dụng."
    assert names(text) == []


def test_this_after_a_nested_document_points_at_the_nested_one():
    text = "Hai viện nghiên cứu xây dựng Chương trình hành động 2027 triển khai Thỏa thuận Hợp tác này."
    assert names(text) == ["Chương trình hành động 2027 triển khai Thỏa thuận Hợp tác"]


# ------------------------------------------------------------------ an indefinite kind by acronym

def test_an_indefinite_fta_is_not_a_document():
    assert names("Hai bên nỗ lực hướng tới một FTA giữa hai khối ASEAN và EU.") == []


def test_a_definite_fta_with_a_partner_stays():
    text = "Việt Nam đã ký hiệp định thương mại tự do (FTA) với Hàn Quốc."
    assert names(text) == ["hiệp định thương mại tự do (FTA) với Hàn Quốc"]


def test_a_nuclear_weapon_free_zone_stays_in_the_treaty_name():
    text = "Các nước cam kết tuân thủ Hiệp ước về Khu vực Đông Nam Á không có vũ khí hạt nhân (SEANWFZ)."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Hiệp ước về Khu vực Đông Nam Á không có vũ khí hạt nhân", "SEANWFZ")]


# ------------------------------------------------------------------ trade agreements' full styles

def test_hong_kong_china_is_one_party_and_the_acronym_is_the_same_agreement():
    text = ("Hiệp định Thương mại Tự do ASEAN - Hồng Kông, Trung Quốc (AHKFTA) có hiệu lực từ năm 2019. "
            "Kim ngạch theo AHKFTA tăng nhanh.")
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Hiệp định Thương mại Tự do ASEAN - Hồng Kông, Trung Quốc", "AHKFTA")]


def test_the_parties_after_the_kinds_abbreviation_stay_in_the_name():
    text = "Hai bên ký Hiệp định Thương mại Tự do (FTA) Việt Nam - Hàn Quốc tại Hà Nội."
    assert names(text) == ["Hiệp định Thương mại Tự do (FTA) Việt Nam - Hàn Quốc"]


@pytest.mark.parametrize("text, expected", [
    ("Hiệp định Thương mại Tự do Việt Nam - Hàn Quốc đã có hiệu lực. Nhờ VKFTA, xuất khẩu tăng mạnh.",
     "Hiệp định Thương mại Tự do Việt Nam - Hàn Quốc"),
    ("Các nước triển khai Kế hoạch tổng thể về Kết nối ASEAN 2025. MPAC gồm năm lĩnh vực chiến lược.",
     "Kế hoạch tổng thể về Kết nối ASEAN 2025"),
])
def test_a_known_acronym_alone_joins_the_full_name_written_without_it(text, expected):
    assert names(text) == [expected]


def test_a_capitalised_van_kien_before_a_quoted_title_is_named_by_the_title():
    text = "Văn kiện “Tuyên bố Hà Nội về thúc đẩy hợp tác” đã được các bộ trưởng ký."
    assert names(text) == ["Tuyên bố Hà Nội về thúc đẩy hợp tác"]


# ------------------------------------------------------------------ long official titles of joint statements

@pytest.mark.parametrize("text, expected", [
    ("Hai bên ra Tuyên bố chung về việc tiếp tục làm sâu sắc hơn nữa và nâng tầm quan hệ Đối tác hợp tác "
     "chiến lược toàn diện.",
     "Tuyên bố chung về việc tiếp tục làm sâu sắc hơn nữa và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện"),
    ("Hai bên ra Tuyên bố chung về tăng cường hơn nữa quan hệ Đối tác Chiến lược Toàn diện Việt Nam - Nga.",
     "Tuyên bố chung về tăng cường hơn nữa quan hệ Đối tác Chiến lược Toàn diện Việt Nam - Nga"),
    ("Hai bên ký Tuyên bố chung về tiếp tục thúc đẩy quan hệ Đối tác chiến lược.",
     "Tuyên bố chung về tiếp tục thúc đẩy quan hệ Đối tác chiến lược"),
])
def test_a_joint_statements_topic_of_acts_stays_whole(text, expected):
    assert names(text) == [expected]


# ------------------------------------------------------------------ a meeting's acronym inside a name

def test_a_meetings_acronym_in_brackets_does_not_end_the_name():
    text = "Các nhà lãnh đạo thông qua Tuyên bố của Hội nghị Cấp cao Đông Á (EAS) về hợp tác biển."
    assert [(d.name, d.abbr) for d in documents_of(text)] == [
        ("Tuyên bố của Hội nghị Cấp cao Đông Á (EAS) về hợp tác biển", None)]


@pytest.mark.parametrize("text, expected", [
    ("Các nhà lãnh đạo thông qua Tuyên bố về Tầm nhìn Cộng đồng ASEAN hậu 2025.",
     "Tuyên bố về Tầm nhìn Cộng đồng ASEAN hậu 2025"),
    ("Hội nghị thông qua Chương trình Nghị sự Kinh tế số ASEAN đến 2030.",
     "Chương trình Nghị sự Kinh tế số ASEAN đến 2030"),
])
def test_a_horizon_without_nam_stays_in_the_name(text, expected):
    assert names(text) == [expected]


def test_a_horizon_word_before_a_non_year_still_ends_it():
    assert names("Hai bên triển khai Hiệp định RCEP đến các địa phương.") == ["Hiệp định RCEP"]


# ------------------------------------------------------------------ a meeting's code; "Tự do thương mại"

def test_a_meeting_code_with_its_number_is_not_an_abbreviation():
    text = ("Phiên họp lần thứ 4 của Tiểu ban Hải quan Hiệp định Thương mại Tự do ASEAN - Ấn Độ (CC4) diễn ra "
            "tại Hà Nội.")
    assert [(d.name, d.abbr) for d in documents_of(text)] == [("Hiệp định Thương mại Tự do ASEAN - Ấn Độ", None)]


def test_free_trade_written_the_other_way_round_is_the_same_agreement():
    text = ("Hiệp định Tự do thương mại ASEAN - Ấn Độ thúc đẩy trao đổi hàng hóa. "
            "Các nước đang rà soát Hiệp định Thương mại Tự do ASEAN - Ấn Độ (AIFTA).")
    assert len(documents_of(text)) == 1


# ------------------------------------------------------------------ "thông qua" meaning "through"

def test_through_a_named_means_stays_in_the_name():
    text = "Các nước triển khai Đề án kết nối dữ liệu hải quan thông qua Cổng thông tin một cửa ASEAN."
    assert names(text) == ["Đề án kết nối dữ liệu hải quan thông qua Cổng thông tin một cửa ASEAN"]


def test_adopting_a_second_document_still_ends_the_name():
    text = "Các bộ trưởng ký Hiệp định về vận tải đường bộ và thông qua Kế hoạch hành động 2026-2030."
    assert names(text) == ["Hiệp định về vận tải đường bộ", "Kế hoạch hành động 2026-2030"]


# ------------------------------------------------------------------ a capitalised word before a head

@pytest.mark.parametrize("text", [
    "Quỹ Tầm nhìn Xanh tài trợ dự án trồng rừng ngập mặn.",
    "Sinh viên nhận Giải thưởng Tầm nhìn ASEAN tại Jakarta.",
])
def test_a_head_inside_a_bodys_or_awards_name_is_not_a_document(text):
    assert names(text) == []


def test_a_head_after_a_proper_name_is_read():
    text = "Đoàn đại biểu Campuchia Hun Manet Tuyên bố chung Phnom Penh về hợp tác được thông qua."
    assert names(text) == ["Tuyên bố chung Phnom Penh về hợp tác"]


def test_declare_that_is_a_verb():
    assert names("Ông Nguyễn Văn Bình, Giám đốc Học viện, Tuyên bố rằng hợp tác là cần thiết.") == []


@pytest.mark.parametrize("text, expected", [
    ("Các bộ trưởng nhất trí đẩy nhanh rà soát AITIGA trong năm nay.", ("AITIGA", "AITIGA")),
    ("Hai nước mở rộng các địa điểm theo EDCA.", ("EDCA", "EDCA")),
])
def test_more_agreements_known_by_acronym(text, expected):
    assert [(d.name, d.abbr) for d in documents_of(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Các bộ trưởng ra Tuyên bố chung của Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng về an ninh biển.",
     "Tuyên bố chung của Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng về an ninh biển"),
    ("Các nước từng ký Hiệp định khung về ASEAN điện tử để phát triển hạ tầng số.",
     "Hiệp định khung về ASEAN điện tử"),
    ("Hiệp định RCEP mở rộng thị trường cho doanh nghiệp.", "Hiệp định RCEP"),
])
def test_admm_plus_and_e_asean_stay_in_a_name_a_verb_does_not(text, expected):
    assert names(text) == [expected]
