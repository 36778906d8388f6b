"""Talks kept apart from a named bilateral body's session of the same day, and title reading that does not
start inside a place name; sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, people_by_name, talks_of  # noqa: F401


def test_a_reception_is_not_the_joint_committee_session_of_that_day():
    text = ("Ngày 5/3/2024, tại Hà Nội, Phiên họp lần thứ hai Ủy ban hợp tác giữa Bộ Công Thương Việt Nam "
            "và Bộ Thương mại Lào đã diễn ra. Cùng ngày, Thủ tướng Phạm Minh Chính đã tiếp ông Malaithong "
            "Kommasith, Bộ trưởng Công Thương Lào.")
    talks = talks_of(text)
    names = sorted(t.name for t in talks)
    assert len(talks) == 2, names
    assert any(n.startswith("Phiên họp") for n in names) and any(n.startswith("tiếp") for n in names)


def test_mentions_of_one_session_still_merge():
    text = ("Ngày 5/3/2024, tại Hà Nội, Phiên họp lần thứ hai Ủy ban hợp tác giữa Bộ Công Thương Việt Nam "
            "và Bộ Thương mại Lào đã diễn ra. Phát biểu tại Phiên họp lần thứ hai Ủy ban hợp tác, hai "
            "Bộ trưởng đánh giá cao kết quả đạt được.")
    talks = talks_of(text)
    assert len(talks) == 1, [t.name for t in talks]


def test_no_title_starts_inside_a_country_name():
    from summitgraph.extract.names import TokenDoc, head_at
    doc = TokenDoc.of("Đoàn Hàn Quốc Vương Minh Tuấn dẫn đầu đã tới Hà Nội.")
    assert [i for i in range(len(doc.tokens)) if head_at(doc, i)] == []
    assert people_by_name("Đoàn Hàn Quốc Vương Minh Tuấn dẫn đầu đã tới Hà Nội.") == {}


def test_a_king_is_still_a_title_before_his_country():
    people = people_by_name("Ngày 3/4, Quốc vương Campuchia Norodom Sihamoni đã tiếp Chủ tịch nước.")
    assert people["Norodom Sihamoni"].titles == ["Quốc vương"]
    assert people["Norodom Sihamoni"].country == "KH"


def test_a_spokesperson_named_before_whose_ministry_he_speaks_for():
    people = people_by_name("Người phát ngôn Mao Ninh của Bộ Ngoại giao Trung Quốc cho biết Bắc Kinh hoan "
                            "nghênh đề xuất này.")
    assert people["Mao Ninh"].titles == ["Người phát ngôn Bộ Ngoại giao"]
    assert people["Mao Ninh"].country == "CN"


def test_an_office_of_a_country_is_no_name():
    assert people_by_name("Đại sứ Đặc mệnh Toàn quyền của Việt Nam tại Lào cho biết hai bên nhất trí.") == {}


def test_talks_naming_nobody_join_the_talks_told_by_their_verb():
    from summitgraph.extract.candidate import Candidate
    from summitgraph.extract.meetings import merge
    from summitgraph.model import Span

    def talk(name: str, at: int, counterpart: str | None) -> Candidate:
        return Candidate(series="bilateral-talks", name=name, span=Span(at, at + len(name)), parties=("RU", "VN"),
                         counterpart=counterpart, subject="tran dai quang" if counterpart else None,
                         counterpart_country="RU" if counterpart else None, start="2017-06-29", end="2017-06-29",
                         spans=[Span(at, at + len(name))])

    talks = [talk("hội đàm với Tổng thống Nga Vladimir Putin", 0, "vladimir putin"),
             talk("hội kiến Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin", 60, "vyacheslav volodin"),
             talk("hội đàm", 140, None)]
    records = merge(talks)
    assert [len(r.spans) for r in records] == [2, 1]
    assert records[0].counterpart == "vladimir putin"


def test_two_hosts_receiving_one_guest_hold_two_talks():
    text = ("Ngày 5/3/2024, Tổng Bí thư Tô Lâm đã tiếp ông Vương Văn Đào, Bộ trưởng Thương mại Trung Quốc. "
            "Cũng trong ngày 5/3, Chủ tịch nước Lương Cường đã hội kiến ông Vương Văn Đào.")
    talks = talks_of(text)
    assert len(talks) == 2, [t.name for t in talks]
    assert {t.start for t in talks} == {"2024-03-05"}


def test_one_host_said_again_by_a_shorter_name_is_one_talk():
    text = ("Ngày 5/3/2024, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone. "
            "Tại cuộc hội đàm ngày 5/3, Thủ tướng Chính đã hội đàm với Thủ tướng Sonexay Siphandone về hợp tác.")
    assert len(talks_of(text)) == 1
