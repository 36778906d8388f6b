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
