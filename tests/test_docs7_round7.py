"""Documents, round 7: forms found by probing with sentences written for these tests."""
from __future__ import annotations

import pytest

from test_documents import documents_of


def names(text: str) -> list[str]:
    return [d.name for d in documents_of(text)]


# ------------------------------------------------------------------ a motto after a colon, in a list

@pytest.mark.parametrize("text, expected", [
    ("Năm 2015, ASEAN thông qua Tuyên bố Kuala Lumpur về ASEAN 2025: Cùng vững vàng tiến bước, cùng Tầm nhìn "
     "Cộng đồng ASEAN 2025.",
     ["Tuyên bố Kuala Lumpur về ASEAN 2025: Cùng vững vàng tiến bước", "Tầm nhìn Cộng đồng ASEAN 2025"]),
    ("Các nhà lãnh đạo thông qua Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta, Tầm nhìn "
     "Cộng đồng ASEAN 2045 và các kế hoạch chiến lược của ba trụ cột.",
     ["Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta", "Tầm nhìn Cộng đồng ASEAN 2045"]),
])
def test_a_motto_ends_at_the_comma_before_the_next_listed_document(text, expected):
    assert names(text) == expected
