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


# ------------------------------------------------------------------ "và thực hiện" + another document

@pytest.mark.parametrize("text, expected", [
    ("Việt Nam kêu gọi các bên tuân thủ Thỏa thuận Paris về biến đổi khí hậu và thực hiện Chương trình nghị sự 2030 "
     "vì sự phát triển bền vững.",
     ["Thỏa thuận Paris về biến đổi khí hậu", "Chương trình nghị sự 2030 vì sự phát triển bền vững"]),
    ("Hai bên nhất trí tuân thủ Hiệp định về hợp tác nghề cá và triển khai Kế hoạch hành động giai đoạn 2024-2028.",
     ["Hiệp định về hợp tác nghề cá", "Kế hoạch hành động giai đoạn 2024-2028"]),
])
def test_and_carrying_out_a_second_document_ends_the_first_name(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ a list after "văn kiện hợp tác:"

def test_the_first_item_after_a_colon_is_not_read_with_the_words_before_it():
    text = ("Hai Thủ tướng chứng kiến lễ trao 4 văn kiện hợp tác: Bản ghi nhớ về hợp tác trong lĩnh vực tài chính, "
            "Bản ghi nhớ về hợp tác y tế.")
    assert names(text) == ["Bản ghi nhớ về hợp tác trong lĩnh vực tài chính", "Bản ghi nhớ về hợp tác y tế"]


# ------------------------------------------------------------------ "và đàm phán" opens a second act

def test_and_negotiating_ends_the_name():
    text = ("Hai bên nhất trí sớm ký Hiệp định hợp tác về quốc phòng và đàm phán Hiệp định về hợp tác an ninh mạng.")
    assert names(text) == ["Hiệp định hợp tác về quốc phòng", "Hiệp định về hợp tác an ninh mạng"]


# ------------------------------------------------------------------ "về việc" + a state + what it did

@pytest.mark.parametrize("text, expected", [
    ("Người phát ngôn ra Tuyên bố về việc Trung Quốc thành lập cái gọi là thành phố Tam Sa.",
     ["Tuyên bố về việc Trung Quốc thành lập cái gọi là thành phố Tam Sa"]),
    ("Nhiều nước ra Tuyên bố về việc Nga sáp nhập bán đảo Crimea.",
     ["Tuyên bố về việc Nga sáp nhập bán đảo Crimea"]),
])
def test_a_states_act_after_ve_viec_is_the_topic(text, expected):
    assert names(text) == expected


# ------------------------------------------------------------------ a title-case topic with its object

@pytest.mark.parametrize("text, expected", [
    ("Các nhà lãnh đạo ký Hiệp định Khung ASEAN về Hội nhập các lĩnh vực ưu tiên.",
     ["Hiệp định Khung ASEAN về Hội nhập các lĩnh vực ưu tiên"]),
])
def test_a_title_case_topic_takes_its_lower_case_object(text, expected):
    assert names(text) == expected
