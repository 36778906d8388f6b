"""Numbered sessions of two countries' standing bodies are bilateral talks, a tour of counted countries one visit
to each; sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str, published: str | None = None):
    article = Article(id="t.txt", source="t.txt", text=text, original=text,
                      offsets=OffsetMap.identity(len(text)), published=published)
    return extract_meetings(make_context(article))


def talks_of(text: str, published: str | None = None):
    return [m for m in meetings_of(text, published) if m.series == "bilateral-talks"]


def test_a_numbered_session_of_a_parliamentary_cooperation_committee():
    text = ("Chủ tịch Quốc hội đến Bắc Kinh để đồng chủ trì Phiên họp lần thứ hai Ủy ban hợp tác giữa "
            "Quốc hội Việt Nam và Nhân đại toàn quốc Trung Quốc.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"] and talk.ordinal == 2
    assert talk.name.startswith("Phiên họp lần thứ hai Ủy ban hợp tác")


def test_a_numbered_theory_workshop_between_two_parties():
    text = ("Đoàn đại biểu đã dự Hội thảo lý luận lần thứ 12 giữa Đảng Cộng sản Việt Nam với Đảng Nhân dân "
            "Cách mạng Lào tại Viêng Chăn.")
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.ordinal == 12


def test_political_consultations_at_deputy_minister_level():
    text = ("Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Ấn Độ lần thứ 9 đã diễn ra tại Hà Nội "
            "ngày 10/3/2024.")
    (talk,) = talks_of(text)
    assert talk.parties == ["IN", "VN"] and talk.ordinal == 9


def test_a_session_of_a_joint_committee_named_with_both_countries():
    text = ("Hai Bộ trưởng đồng chủ trì Kỳ họp lần thứ 8 Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam - Campuchia "
            "tại Hà Nội ngày 4/4/2022.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.ordinal == 8 and talk.start == "2022-04-04"

def test_a_session_of_a_national_steering_committee_is_no_bilateral_talk():
    text = ("Phiên họp lần thứ 3 của Ủy ban Chỉ đạo Quốc gia về cơ chế một cửa ASEAN đã được tổ chức tại "
            "Hà Nội ngày 5/6/2019.")
    assert not [m for m in meetings_of(text) if m.name.startswith("Phiên họp")]


def test_a_tour_of_three_named_countries_is_one_visit_to_each():
    text = "Ngày 10/5/2024, Thủ tướng Phạm Minh Chính lên đường công du ba nước Anh, Ba Lan và Pháp."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(tuple(v.parties) for v in visits) == [("FR", "VN"), ("GB", "VN"), ("PL", "VN")]
    assert all(v.start == "2024-05-10" for v in visits)


def test_a_state_visit_to_two_countries_counted_before_their_names():
    text = "Chủ tịch nước sẽ thăm chính thức hai nước Nhật Bản và Hàn Quốc từ ngày 3/6/2023."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(tuple(v.parties) for v in visits) == [("JP", "VN"), ("KR", "VN")]
