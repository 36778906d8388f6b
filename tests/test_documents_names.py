"""Documents: where names end, what is not a document, and which mentions are one document.

Each case is a class of error seen across the annotated articles, on sentences written for these tests.
"""
from __future__ import annotations

import pytest

from test_documents import documents_of, triples


@pytest.mark.parametrize("text", [
    # A state's own law is not a document here.
    "Quốc hội đã thông qua Luật Đầu tư sửa đổi vào năm ngoái.",
    # "Tổ chức Hiệp ước ..." names an organisation, not the treaty.
    "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) tăng cường hiện diện ở châu Âu.",
    # A lower-case strategy without a year is ordinary prose.
    "Hai bên thúc đẩy kết nối chiến lược phát triển giữa hai nước.",
    "Ông không nói rõ chiến lược châu Á của Mỹ sẽ ra sao dưới chính quyền mới.",
    # Only the kind of agreement, with no partner.
    "Việt Nam đã ký 15 Hiệp định thương mại tự do (FTA) với độ mở lớn.",
    "Theo ông, hiệp định thương mại tự do mở ra nhiều cơ hội cho doanh nghiệp.",
    # An initiative's acronym is not a document.
    "Các hoạt động trong khuôn khổ TREATI sẽ được mở rộng.",
])
def test_not_documents(text):
    assert documents_of(text) == []


def test_lower_case_strategy_with_a_year():
    text = "Tỉnh giới thiệu chiến lược phát triển du lịch đến năm 2030 với các nhà đầu tư."
    assert [d.name for d in documents_of(text)] == ["chiến lược phát triển du lịch đến năm 2030"]


def test_acronym_with_its_year():
    text = "Mọi tranh chấp cần được giải quyết trên cơ sở luật pháp quốc tế, nhất là UNCLOS 1982."
    assert triples(text) == [("UNCLOS 1982", "UNCLOS", "mentioned")]


def test_shortened_name_with_the_same_years_is_the_same_plan():
    text = ("Các bên sẽ thông qua Kế hoạch Hành động ASEAN-Canada giai đoạn 2026-2030. Các nước mong muốn "
            "sớm hoàn tất Kế hoạch hành động giai đoạn 2026-2030 để tạo khuôn khổ hợp tác.")
    assert [d.name for d in documents_of(text)] == ["Kế hoạch Hành động ASEAN-Canada giai đoạn 2026-2030"]


def test_plans_of_different_periods_stay_apart():
    text = ("Hai bên đã hoàn thành Kế hoạch hành động giai đoạn 2021-2025 và sẽ thông qua "
            "Kế hoạch Hành động ASEAN-Canada giai đoạn 2026-2030.")
    assert len(documents_of(text)) == 2


def test_occasion_belongs_to_a_joint_statement():
    text = "Hai bên ra Tuyên bố chung nhân kỷ niệm 50 năm quan hệ ASEAN-Nhật Bản."
    assert triples(text) == [("Tuyên bố chung nhân kỷ niệm 50 năm quan hệ ASEAN-Nhật Bản", None, "adopted")]


def test_stop_word_that_opens_a_noun():
    text = "Việt Nam là thành viên của Hiệp ước Hợp tác bằng sáng chế (PCT) từ năm 1993."
    assert triples(text) == [("Hiệp ước Hợp tác bằng sáng chế", "PCT", "mentioned")]


@pytest.mark.parametrize("text, name", [
    # The partner after an abbreviation still belongs to the name.
    ("Hai bên đang đàm phán hiệp định thương mại tự do (FTA) với Canada và Mexico.",
     "hiệp định thương mại tự do (FTA) với Canada và Mexico"),
    # "có hiệu lực chung" is part of a tariff scheme's name, not "comes into force".
    ("Các nước cam kết thực hiện Hiệp định về Chương trình ưu đãi thuế quan có hiệu lực chung (CEPT).",
     "Hiệp định về Chương trình ưu đãi thuế quan có hiệu lực chung"),
    # A bare head followed by "tại Biển Đông".
    ("Các bên cần sớm xây dựng Bộ quy tắc ứng xử tại Biển Đông có tính ràng buộc pháp lý.",
     "Bộ quy tắc ứng xử tại Biển Đông"),
    # "hiện tại" before the years.
    ("Hai bên đánh giá Kế hoạch công tác hiện tại (2021-2025) đã hoàn thành tốt.",
     "Kế hoạch công tác hiện tại (2021-2025)"),
    # A capitalised head right after the head is part of the title; "dự kiến" ends it.
    ("Hai bên đang hoàn tất văn kiện Tuyên bố Tầm nhìn chung dự kiến trình lên các nhà lãnh đạo.",
     "Tuyên bố Tầm nhìn chung"),
    # The meeting a joint statement belongs to, with its number.
    ("Các quan chức thảo luận dự thảo Tuyên bố chung hội nghị ADMM+ lần thứ 12 vào tuần tới.",
     "Tuyên bố chung hội nghị ADMM+ lần thứ 12"),
])
def test_name_extent(text, name):
    assert [d.name for d in documents_of(text)] == [name]


def test_signatories_after_between_are_not_the_name():
    text = "Các nước tiếp tục tuân thủ Hiệp ước Ba-li giữa các nguyên thủ quốc gia ASEAN."
    assert [d.name for d in documents_of(text)] == ["Hiệp ước Ba-li"]


def test_and_international_law_is_not_part_of_the_charter():
    text = "Hai bên cam kết tôn trọng Hiến chương Liên Hợp quốc và luật pháp quốc tế."
    assert [d.name for d in documents_of(text)] == ["Hiến chương Liên Hợp quốc"]


# ----------------------------------------------------------------------------- status

@pytest.mark.parametrize("text, status", [
    # "theo X" / "tham gia vào X": the document is in force and applied.
    ("Theo Hiệp định Thương mại hàng hóa ASEAN, thuế nhập khẩu ô tô giảm về 0%.", "implementing"),
    ("Việt Nam tham gia vào Kế hoạch tổng thể về Kết nối ASEAN 2025 với nhiều dự án.", "implementing"),
    # "hoàn tất" a plan: it is still to be adopted (an agreement is still being negotiated).
    ("ASEAN mong muốn hai bên sớm hoàn tất Kế hoạch hành động giai đoạn 2026-2030.", "to_be_adopted"),
    ("Hai nước nỗ lực hoàn tất Hiệp định Thương mại tự do Việt Nam - Israel.", "negotiating"),
    # A future marker further back in a list still applies ("dự kiến sẽ thông qua A và ra B").
    ("Tại hội nghị sắp tới, hai bên dự kiến sẽ thông qua Kế hoạch hành động giai đoạn 2026-2030 "
     "và ra Tuyên bố chung nhân kỷ niệm 50 năm quan hệ ASEAN-Canada.", "to_be_adopted"),
])
def test_status_of_the_last_document(text, status):
    assert documents_of(text)[-1].status == status


def test_framework_and_master_programmes_are_documents():
    text = ("Hai bên rà soát chương trình khung về hợp tác ASEAN - Canada và chương trình tổng thể kết nối "
            "ASEAN trong năm nay.")
    assert [d.name for d in documents_of(text)] == ["chương trình khung về hợp tác ASEAN - Canada",
                                                    "chương trình tổng thể kết nối ASEAN"]


def test_convention_named_thoa_uoc():
    text = "Việt Nam đã tham gia Thỏa ước Madrid về đăng ký quốc tế nhãn hiệu từ nhiều năm trước."
    assert [d.name for d in documents_of(text)] == ["Thỏa ước Madrid về đăng ký quốc tế nhãn hiệu"]


def test_a_typo_does_not_make_a_second_document():
    text = ("Các bộ trưởng thông qua tuyên bố chung về quản lý Internet. Theo tuyên bố chung về quản lý "
            "Interrnet, các nước sẽ chia sẻ thông tin.")
    assert len(documents_of(text)) == 1


def test_numbered_statements_stay_apart():
    text = ("Hội nghị nhắc lại Tuyên bố chung hội nghị ADMM+ lần thứ 7 và thông qua Tuyên bố chung hội nghị "
            "ADMM+ lần thứ 8.")
    assert len(documents_of(text)) == 2


@pytest.mark.parametrize("text", [
    "Thông cáo của Bộ Ngoại giao cho biết Thủ tướng sẽ thăm chính thức Lào vào tuần tới.",
    "Hôm qua, Bộ Ngoại giao vừa ra thông cáo cho biết chuyến thăm sẽ diễn ra từ ngày 3/12.",
])
def test_an_office_press_release_is_the_news_source(text):
    assert documents_of(text) == []


def test_ministers_statement_is_still_a_document():
    text = "Hội nghị đã thông qua Tuyên bố của các Bộ trưởng Ngoại giao ASEAN về tình hình Myanmar."
    assert [d.name for d in documents_of(text)] == [
        "Tuyên bố của các Bộ trưởng Ngoại giao ASEAN về tình hình Myanmar"]


def test_on_the_basis_of_is_not_an_office():
    # "sở" alone names a department ("Sở Ngoại vụ"); "cơ sở" is "basis".
    text = "Hai bên hợp tác trên cơ sở Bản ghi nhớ về hợp tác quốc phòng song phương năm 2011."
    assert [d.name for d in documents_of(text)] == ["Bản ghi nhớ về hợp tác quốc phòng song phương năm 2011"]


def test_motto_after_a_colon_belongs_to_a_declaration():
    text = "Hội nghị đã thông qua Tuyên bố chung Hà Nội của ADMM: Đoàn kết vì một khu vực hòa bình và tự cường."
    assert [d.name for d in documents_of(text)] == [
        "Tuyên bố chung Hà Nội của ADMM: Đoàn kết vì một khu vực hòa bình và tự cường"]


def test_what_a_declaration_says_after_a_colon_is_not_its_name():
    text = "Tuyên bố chung Hà Nội nêu rõ: Các bên cam kết duy trì hòa bình, ổn định và hợp tác trong khu vực."
    assert [d.name for d in documents_of(text)] == ["Tuyên bố chung Hà Nội"]


def test_generic_word_before_a_title_is_not_part_of_it():
    text = "Các bộ trưởng dự kiến thông qua văn kiện Singapore Digital Agenda tại hội nghị."
    assert [d.name for d in documents_of(text)] == ["Singapore Digital Agenda"]


def test_a_long_title_ending_in_a_place_name_is_read_to_the_end_of_the_name():
    # The word limit falls inside "Đông Nam Á": the place is not cut to "Đông".
    (name,) = [d.name for d in documents_of(
        "Các Bộ trưởng cũng ra Tuyên bố của các Bộ trưởng Kinh tế ASEAN về ý nghĩa của việc giữ vững chuỗi cung "
        "ứng và thương mại mở ở khu vực Đông Nam Á trong đại dịch.")]
    assert name.endswith("khu vực Đông Nam Á")
