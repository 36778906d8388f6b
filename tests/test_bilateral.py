"""Bilateral visits and talks on sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str, published: str | None = None):
    article = Article(id="b.txt", source="b.txt", text=text, original=text,
                      offsets=OffsetMap.identity(len(text)), published=published)
    return extract_meetings(make_context(article))


def by_series(found, series):
    return [m for m in found if m.series == series]


def test_visit_parties_host_and_dates():
    text = ("Thủ tướng Phạm Minh Chính thăm chính thức Lào\n"
            "Từ ngày 8 đến 9/1/2024, Thủ tướng Phạm Minh Chính thăm chính thức Lào theo lời mời của "
            "Thủ tướng Lào Sonexay Siphandone.")
    (visit,) = by_series(meetings_of(text), "bilateral-visit")
    assert visit.parties == ["LA", "VN"] and visit.country == "LA"
    assert (visit.start, visit.end) == ("2024-01-08", "2024-01-09")


def test_one_talk_per_counterpart_each_dated_by_the_visit():
    text = ("Phó Thủ tướng Trần Lưu Quang thăm chính thức Malaysia từ ngày 3 đến 5/4/2024. "
            "Trong chuyến thăm, Phó Thủ tướng Trần Lưu Quang đã hội đàm với Phó Thủ tướng Malaysia Fadillah Yusof; "
            "hội kiến Thủ tướng Anwar Ibrahim và Chủ tịch Hạ viện Johari Abdul.")
    found = meetings_of(text)
    talks = by_series(found, "bilateral-talks")
    assert len(talks) == 3
    assert all(t.parties == ["MY", "VN"] for t in talks)
    # Undated talks take the month of the visit they happen in, and its country.
    assert all((t.start, t.end, t.country) == ("2024-04", "2024-04", "MY") for t in talks)


def test_a_guest_visiting_viet_nam():
    text = ("Ngày 12/6/2023, Thủ tướng Nguyễn Xuân Phúc hội kiến Tổng thống Pháp Emmanuel Macron, "
            "người đang có chuyến thăm chính thức Việt Nam.")
    found = meetings_of(text)
    (visit,) = by_series(found, "bilateral-visit")
    assert visit.parties == ["FR", "VN"] and visit.country == "VN"
    (talk,) = by_series(found, "bilateral-talks")
    assert talk.parties == ["FR", "VN"] and talk.start == "2023-06-12"


def test_meetings_with_businesses_are_not_talks():
    text = "Ngày 9/7/2017, Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed Ernst Wastler."
    assert by_series(meetings_of(text), "bilateral-talks") == []


def test_a_list_of_counterparts_do_not_meet_each_other():
    text = ("Bên lề hội nghị, Chủ tịch nước đã gặp Tổng thống Nga V.Pu-tin. "
            "Gặp gỡ Tổng thống Chi-lê M.Ba-chê-lết, Chủ tịch nước đề nghị tăng cường hợp tác.")
    talks = by_series(meetings_of(text), "bilateral-talks")
    assert sorted(tuple(t.parties) for t in talks) == [("CL", "VN"), ("RU", "VN")]


def test_asean_ministers_meeting_a_partner_is_an_asean_partner_meeting():
    text = ("Ngày 22/9/2023, bên lề Đại hội đồng Liên hợp quốc, các ngoại trưởng ASEAN đã có cuộc gặp "
            "không chính thức với Ngoại trưởng Mỹ Antony Blinken.")
    found = meetings_of(text)
    partner = [m for m in found if m.series == "asean-partner-other"]
    assert [(m.partner, m.start) for m in partner] == [("US", "2023-09-22")]
    assert by_series(found, "bilateral-talks") == []


def test_two_office_holders_named_before_a_talk_verb():
    text = "Ngày 10/1/2024, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã trao đổi về hợp tác kinh tế."
    (talk,) = by_series(meetings_of(text), "bilateral-talks")
    assert talk.parties == ["LA", "VN"] and talk.start == "2024-01-10"


def test_trao_doi_alone_is_not_a_talk():
    text = "Ngày 10/1/2024, các chuyên gia Việt Nam và Lào đã trao đổi kinh nghiệm về quản lý thuế."
    assert by_series(meetings_of(text), "bilateral-talks") == []


def test_each_visit_takes_the_date_beside_it_and_each_destination_is_a_visit():
    text = ("Trước đó, tháng 7/2015, Tổng Bí thư Nguyễn Phú Trọng đã có chuyến thăm lịch sử đến Mỹ, "
            "và sau đó Tổng thống Mỹ Barack Obama có chuyến thăm Việt Nam hồi tháng 5/2016. "
            "Năm 2017, Thủ tướng Nguyễn Xuân Phúc có các chuyến thăm Mỹ và Nhật Bản.")
    visits = by_series(meetings_of(text), "bilateral-visit")
    got = sorted((v.country, v.start) for v in visits)
    assert ("US", "2015-07") in got and ("VN", "2016-05") in got
    assert {"US", "JP"} <= {v.country for v in visits if v.start != "2015-07"}
