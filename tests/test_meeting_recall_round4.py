"""Meeting forms the extractor missed in round 4 (issue 11), each class on sentences written for the test."""
from __future__ import annotations

from written import meetings_of, talks_of


# A reception told in the passive: the guest named before "được", the host between "được" and the verb.

def test_a_guest_received_by_a_head_of_state_holds_a_talk_with_the_host():
    text = ("Ngày 3/6/2017, Thủ tướng Nguyễn Xuân Phúc thăm chính thức Nhật Bản. Chiều 5/6, Thủ tướng Nguyễn Xuân Phúc "
            "đã được Nhà vua Akihito tiếp kiến tại Hoàng cung.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"]
    assert talk.name.startswith("được Nhà vua Akihito tiếp kiến")


def test_a_minister_received_by_a_president_and_a_guest_welcomed_by_a_queen():
    received = ("Ngày 3/6/2017, Bộ trưởng Ngoại giao Phạm Bình Minh thăm Pháp. Bộ trưởng Phạm Bình Minh được Tổng thống "
                "Pháp Emmanuel Macron tiếp tại Điện Elysée.")
    welcomed = ("Ngày 3/7/2004, Tổng thống Hàn Quốc Roh Moo-hyun thăm Anh và được Nữ hoàng Elizabeth II đón tiếp "
                "tại Điện Buckingham.")
    assert [t.parties for t in talks_of(received)] == [["FR", "VN"]]
    assert [t.parties for t in talks_of(welcomed)] == [["GB", "KR"]]


def test_no_talk_when_the_guest_received_holds_no_office_of_minister_rank():
    honoured = ("Ngày 3/6/2017, Bí thư Khu ủy Quảng Tây Bành Thanh Hoa bày tỏ vinh dự được Thủ tướng Nguyễn Xuân Phúc "
                "tiếp tại trụ sở Chính phủ.")
    crowd = "Ngày 3/6/2017, Tổng thống Pháp Emmanuel Macron tiếp tục chuyến công du và được người dân đón tiếp nồng nhiệt."
    assert talks_of(honoured) == []
    assert talks_of(crowd) == []


# A session of one of a body's organs and the numbered plenary said by its acronym are two meetings.

def test_an_executive_committee_session_stays_apart_from_the_numbered_general_assembly():
    text = ("Ngày 20/9/2025, Chủ tịch Quốc hội dự Phiên họp Ban điều hành AIPA tại Kuala Lumpur. Phiên họp do Chủ tịch "
            "Hạ viện Malaysia, Chủ tịch AIPA-46 chủ trì.")
    aipa = [m for m in meetings_of(text) if m.series == "aipa"]
    assert sorted((m.ordinal or 0, m.name) for m in aipa) == [(0, "Phiên họp Ban điều hành AIPA"), (46, "AIPA-46")]


def test_the_numbered_acronym_still_joins_the_plenary_it_names():
    text = ("Ngày 20/9/2025, Chủ tịch Quốc hội dự Đại hội đồng AIPA lần thứ 46 tại Kuala Lumpur. Chủ tịch AIPA-46 "
            "phát biểu khai mạc.")
    aipa = [m for m in meetings_of(text) if m.series == "aipa"]
    assert [(m.ordinal, m.name) for m in aipa] == [(46, "Đại hội đồng AIPA lần thứ 46")]


# A visitor told by a pronoun opening the sentence ("Bà cũng gặp ...") meets for the visiting side.

def test_a_pronoun_opening_the_sentence_is_the_visitor_who_meets():
    text = ("Ngày 26/6/2022, Bộ trưởng Ngoại giao Australia Penny Wong thăm chính thức Việt Nam. Bà cũng gặp Trưởng ban "
            "Đối ngoại Trung ương Đảng Lê Hoài Trung và Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng.")
    talks = talks_of(text)
    assert len(talks) == 2 and all(t.parties == ["AU", "VN"] for t in talks)


def test_people_who_are_no_pronoun_meet_no_one():
    text = ("Ngày 26/6/2022, Bộ trưởng Ngoại giao Australia Penny Wong thăm chính thức Việt Nam. Bà con kiều bào cũng gặp "
            "Bộ trưởng Ngoại giao Bùi Thanh Sơn.")
    assert talks_of(text) == []
