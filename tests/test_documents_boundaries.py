"""Documents: name boundaries and abbreviations, on sentences written for these tests (issue 11)."""
from __future__ import annotations

from test_documents import documents_of


def test_bracketed_acronym_with_a_year_is_the_abbreviation():
    # "(MPAC 2025)" abbreviates the plan before it: one document, not two.
    docs = documents_of("Các nước đã thông qua Kế hoạch Tổng thể về Kết nối ASEAN 2025 (MPAC 2025) tại Hà Nội.")
    assert [(d.name, d.abbr) for d in docs] == [("Kế hoạch Tổng thể về Kết nối ASEAN 2025", "MPAC 2025")]


def test_bracketed_convention_acronym_with_a_year_joins_its_later_mentions():
    docs = documents_of("Bộ trưởng nhấn mạnh Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982) là cơ sở "
                        "pháp lý. Mọi tranh chấp cần được giải quyết theo UNCLOS 1982.")
    assert [d.name for d in docs] == ["Công ước Liên hợp quốc về Luật Biển năm 1982"]


def test_parties_named_after_a_common_noun_belong_to_the_name():
    docs = documents_of("Hai nước đã ký Hiệp định khung về hợp tác kinh tế giữa các nước ASEAN và Trung Quốc vào năm 2002.")
    assert [d.name for d in docs] == ["Hiệp định khung về hợp tác kinh tế giữa các nước ASEAN và Trung Quốc"]


def test_a_place_after_o_with_a_lower_case_noun_belongs_to_the_name():
    docs = documents_of("Hai nước tiếp tục thực hiện Hiệp định phân định ở vịnh Bắc Bộ và tăng cường tuần tra chung.")
    assert [d.name for d in docs] == ["Hiệp định phân định ở vịnh Bắc Bộ"]


def test_formal_and_short_styles_of_the_parties_are_one_document():
    docs = documents_of("Hai bên ra Tuyên bố chung về quan hệ đối tác giữa nước Cộng hòa Pháp và nước Cộng hòa xã hội "
                        "chủ nghĩa Việt Nam. Toàn văn Tuyên bố chung về quan hệ đối tác Pháp - Việt Nam được đăng tải.")
    assert [d.name for d in docs] == ["Tuyên bố chung về quan hệ đối tác giữa nước Cộng hòa Pháp và nước Cộng hòa xã "
                                      "hội chủ nghĩa Việt Nam"]


def test_an_agreement_signed_with_counted_partners_is_a_kind():
    assert documents_of("Campuchia đã ký Hiệp định vận tải đường bộ song phương với 12 quốc gia trong khu vực.") == []


def test_a_lower_case_head_with_only_fta_is_a_kind():
    assert documents_of("Ông cho biết các nước sẽ tiếp tục đàm phán hiệp định FTA trong thời gian tới.") == []


def test_an_fta_with_a_named_partner_is_one():
    docs = documents_of("Việt Nam đã ký thỏa thuận FTA với Singapore vào năm ngoái.")
    assert [d.name for d in docs] == ["thỏa thuận FTA với Singapore"]


def test_an_accession_protocol_names_the_treaty_it_joins():
    docs = documents_of("Các bộ trưởng đã ký Nghị định thư về việc Đông Ti-mo gia nhập Hiệp ước Thân thiện và Hợp tác "
                        "ở Đông Nam Á (TAC).")
    # The treaty named only inside the protocol's name is not listed apart (it is when named on its own).
    assert [d.name for d in docs] == [
        "Nghị định thư về việc Đông Ti-mo gia nhập Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á"]


def test_an_amending_protocol_names_the_agreement_it_amends():
    docs = documents_of("Hai bên đã ký Nghị định thư sửa đổi Hiệp định về hợp tác hàng không giữa hai nước.")
    assert [d.name for d in docs] == ["Nghị định thư sửa đổi Hiệp định về hợp tác hàng không giữa hai nước"]


def test_recovery_after_an_event_stays_in_the_name():
    docs = documents_of("Các nhà lãnh đạo đã ra Tuyên bố Hà Nội về phục hồi sau đại dịch.")
    assert [d.name for d in docs] == ["Tuyên bố Hà Nội về phục hồi sau đại dịch"]


def test_a_list_of_topics_before_the_clause_goes_on():
    docs = documents_of("Hai bên đã ký Thỏa thuận về hợp tác kinh tế, thương mại và đầu tư cùng nhiều văn kiện khác.")
    assert [d.name for d in docs] == ["Thỏa thuận về hợp tác kinh tế, thương mại và đầu tư"]
    docs = documents_of("Hội nghị thông qua Tuyên bố chung về an ninh lương thực, phát triển nông thôn và xóa đói "
                        "giảm nghèo.")
    assert [d.name for d in docs] == ["Tuyên bố chung về an ninh lương thực, phát triển nông thôn và xóa đói giảm nghèo"]


def test_a_bracketed_acronym_with_a_version():
    docs = documents_of("Hai bên nhất trí nâng cấp Hiệp định Thương mại hàng hóa ASEAN - Trung Quốc (ACFTA 3.0).")
    assert [(d.name, d.abbr) for d in docs] == [("Hiệp định Thương mại hàng hóa ASEAN - Trung Quốc", "ACFTA 3.0")]


def test_a_known_document_and_its_lone_acronym_are_one():
    docs = documents_of("Các bên cam kết thực hiện Tuyên bố về ứng xử của các bên ở Biển Đông. Việc thực hiện đầy "
                        "đủ DOC rất quan trọng.")
    assert [d.name for d in docs] == ["Tuyên bố về ứng xử của các bên ở Biển Đông"]
    docs = documents_of("Hai bên nhấn mạnh Công ước Liên hợp quốc về Luật Biển năm 1982. Mọi tranh chấp cần giải "
                        "quyết theo UNCLOS.")
    assert [d.name for d in docs] == ["Công ước Liên hợp quốc về Luật Biển năm 1982"]


def test_two_spellings_of_a_known_declaration_are_one():
    docs = documents_of("Các nước tái khẳng định Tuyên bố ứng xử ở Biển Đông. Việc tuân thủ Tuyên bố về ứng xử của "
                        "các bên trên Biển Đông là cần thiết.")
    assert len(docs) == 1


def test_a_lone_acronym_with_no_full_name_stays():
    docs = documents_of("Các nước kêu gọi tuân thủ UNCLOS và sớm hoàn tất COC.")
    assert sorted(d.name for d in docs) == ["COC", "UNCLOS"]


def test_a_bare_title_opening_a_sentence_is_a_document():
    docs = documents_of("Hội nghị kết thúc tốt đẹp. Thông cáo chung đưa ra sau hội nghị nhấn mạnh vai trò của "
                        "đối thoại.")
    assert [d.name for d in docs] == ["Thông cáo chung"]


def test_a_bare_title_opening_a_sentence_refers_to_the_named_one():
    docs = documents_of("Các nhà lãnh đạo đã thông qua Tuyên bố chung Hà Nội về hợp tác khu vực. Tuyên bố chung "
                        "nêu rõ các nước cam kết duy trì hòa bình.")
    assert [d.name for d in docs] == ["Tuyên bố chung Hà Nội về hợp tác khu vực"]
