"""Name spans and name forms of the people extractor, on sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.people import extract_people
from summitgraph.model import Article, OffsetMap, PersonRecord


def _people(body: str) -> list[PersonRecord]:
    text = f"Tin đối ngoại\n\n{body}"
    article = Article(id="t", source="test", text=text, original=text,
                      offsets=OffsetMap.identity(len(text)), title="Tin đối ngoại")
    return extract_people(make_context(article))


def _names(body: str) -> list[str]:
    return [p.name for p in _people(body)]


def test_initials_between_two_foreign_names_stay_in_the_name():
    assert _names("Ngoại trưởng Indonesia Retno LP Marsudi đã tới Manila chiều qua.") == ["Retno LP Marsudi"]


def test_initials_after_a_name_are_not_part_of_it():
    people = _people("Tổng thống Joko Widodo AS có nhiều dự án, ông nói.")
    assert [p.name for p in people] == ["Joko Widodo"]


def test_malay_honorifics_with_an_elision_open_the_name():
    people = _people("Bộ trưởng Quốc phòng Malaysia Dato' Seri Ahmad Zaki bin Hassan phát biểu khai mạc.")
    assert [(p.name, p.country) for p in people] == [("Dato' Seri Ahmad Zaki bin Hassan", "MY")]
    people = _people("Chủ tịch Hạ viện Malaysia Tan Sri Dato’ Azhar Bin Harun chủ trì phiên họp.")
    assert [p.name for p in people] == ["Tan Sri Dato’ Azhar Bin Harun"]


def test_formal_state_name_spelt_hop_chung_quoc_is_dropped_with_the_country():
    people = _people("Theo lời mời của Tổng thống Hợp chúng quốc Hoa Kỳ Joseph Biden, đoàn sẽ thăm Washington.")
    assert [(p.name, p.titles, p.country) for p in people] == [("Joseph Biden", ["Tổng thống"], "US")]


def test_an_initial_and_family_name_refer_back_to_the_full_name():
    people = _people("Tổng thống Nga V. Putin đón đoàn tại sân bay. Trước đó, Chủ tịch nước đã hội đàm "
                     "với Tổng thống Nga Vladimir Putin tại Moskva.")
    assert [p.name for p in people] == ["Vladimir Putin"]
    people = _people("Thủ tướng gặp Thủ tướng Ấn Độ Narendra Modi. Gặp lại Thủ tướng Ấn Độ N.Modi, "
                     "Thủ tướng hoan nghênh chuyến thăm.")
    assert [p.name for p in people] == ["Narendra Modi"]


def test_an_initial_does_not_join_two_vietnamese_names():
    people = _people("Thứ trưởng Nguyễn Văn Bình và Thứ trưởng Nguyễn Văn Bảo cùng dự buổi lễ.")
    assert sorted(p.name for p in people) == ["Nguyễn Văn Bình", "Nguyễn Văn Bảo"]
