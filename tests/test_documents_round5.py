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
