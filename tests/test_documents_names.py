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
