"""Sentence splitting: where Vietnamese news sentences end, with offsets into the text."""
from __future__ import annotations

import pytest

from summitgraph.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_end_before_a_capital_and_keep_their_offsets():
    text = "Sáng 5/1, Hội nghị SOM ASEAN diễn ra tại Nha Trang. Thứ trưởng dẫn đầu đoàn Việt Nam."
    found = split_sentences(text)
    assert [s.text for s in found] == ["Sáng 5/1, Hội nghị SOM ASEAN diễn ra tại Nha Trang.",
                                       "Thứ trưởng dẫn đầu đoàn Việt Nam."]
    assert all(text[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize("tag", ["TGVN.", "NDO.", "VOV.VN.", "BQT."])
def test_an_outlet_tag_opening_the_lead_is_part_of_its_first_sentence(tag: str):
    text = f"{tag} Sáng 3/2, Hội nghị Bộ trưởng Du lịch ASEAN khai mạc tại Vientiane. Các bộ trưởng thông qua tuyên bố."
    assert texts(text) == [f"{tag} Sáng 3/2, Hội nghị Bộ trưởng Du lịch ASEAN khai mạc tại Vientiane.",
                           "Các bộ trưởng thông qua tuyên bố."]


def test_a_short_sentence_in_capitals_after_another_still_ends():
    # Only a tag alone before the dot at a paragraph's start is the outlet's.
    assert texts("Hội nghị bế mạc. ASEAN. Các nước nhất trí.") == ["Hội nghị bế mạc.", "ASEAN.",
                                                                  "Các nước nhất trí."]


def test_initials_and_abbreviations_do_not_end_a_sentence():
    assert texts("Tổng thống V. Putin tiếp TS. Nguyễn Văn A tại TP. Hồ Chí Minh.") == [
        "Tổng thống V. Putin tiếp TS. Nguyễn Văn A tại TP. Hồ Chí Minh."]


def test_a_dot_before_a_lower_case_vietnamese_letter_ends_no_sentence():
    # "đ", "ư", "ơ" sit inside the "À-Ỹ" range with the capitals: "Jr. đã" was cut in two
    text = ("Tổng thống Philippines Ferdinand Marcos Jr. đã tiếp Bộ trưởng Ngoại giao Việt Nam tại Manila. "
            "Ủy ban hỗn hợp sẽ họp vào tháng tới. Đoàn rời Manila chiều cùng ngày.")
    assert [s.text[:12] for s in split_sentences(text)] == ["Tổng thống P", "Ủy ban hỗn h", "Đoàn rời Man"]


def test_a_name_starts_with_a_capital_only():
    from summitgraph.extract.bilateral import _RECEIVED, _UNREAD_NAME
    from summitgraph.registry import UPPER_CHARS

    assert all(c.isupper() for c in UPPER_CHARS.replace("A-Z", "") if c != "-")
    assert _RECEIVED.match(" Đại sứ Nhật Bản") and _RECEIVED.match(" Ủy viên Bộ Chính trị")
    assert not _RECEIVED.match(" đó, Bộ trưởng dự lễ") and not _UNREAD_NAME.match(" ấy")


def test_an_unknown_place_and_a_leader_apposition_start_with_capitals():
    from summitgraph.extract.attributes import _AT_UNKNOWN_PLACE
    from summitgraph.extract.chairs import _LEADER_APPOSITION

    assert _AT_UNKNOWN_PLACE.search("Hội nghị diễn ra tại Chiang Rai, ")
    assert not _AT_UNKNOWN_PLACE.search("Hội nghị diễn ra tại đây, ")     # "here" is no place name
    assert _LEADER_APPOSITION.match(" Hun Sen, ") and not _LEADER_APPOSITION.match(" ông ấy, ")
