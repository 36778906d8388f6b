"""Round 11 (dates11): date spans across a month's turn and meetings dated relative to another. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.dates import find_dates
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str):
    article = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                      title=text.split("\n", 1)[0])
    return extract_meetings(make_context(article))


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    from summitgraph.extract.dates import iso
    return [(m.text, iso(m.first), iso(m.last)) for m in find_dates(text)]


@pytest.mark.parametrize("sentence, first, last", [
    ("Các đoàn sẽ họp trong hai ngày 31/7 và 1/8 tại Băng Cốc.", "--07-31", "--08-01"),
    ("Diễn đàn được tổ chức trong 2 ngày 30/11, 1/12 tại Viêng Chăn.", "--11-30", "--12-01"),
    ("Phiên họp kéo dài các ngày 28/2 và 1/3/2023.", "2023-02-28", "2023-03-01"),
])
def test_two_days_across_the_turn_of_a_month_are_one_span(sentence, first, last):
    (found,) = [s for s in spans(sentence) if s[1]]
    assert found[1:] == (first, last)


@pytest.mark.parametrize("sentence, first, last", [
    ("Phiên họp diễn ra vào cuối tháng 6, đầu tháng 7 năm 2013.", "2013-06", "2013-07"),
    ("Phiên họp diễn ra vào cuối tháng 10 đầu tháng 11/2024 ở Lima.", "2024-10", "2024-11"),
])
def test_the_turn_of_two_months_is_one_span(sentence, first, last):
    (found,) = spans(sentence)
    assert found[1:] == (first, last)
    # Two months apart are no turn: two dates.
    assert len(spans(sentence.replace(f"tháng {int(first[5:])}", f"tháng {int(first[5:]) - 1}"))) == 2


def test_a_meeting_over_two_days_across_a_month_takes_both():
    text = ("Ngoại trưởng ASEAN nhóm họp\n"
            "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 46 được tổ chức tại Bandar Seri Begawan trong hai ngày "
            "30/6 và 1/7/2013.")
    (amm,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert (amm.start, amm.end) == ("2013-06-30", "2013-07-01")
    # Not counted as two days, "30/4 và 1/5" are the two holidays.
    assert all(first == last for _, first, last in spans("Nhân dịp ngày 30/4 và 1/5, đoàn đã về thăm quê."))


def test_a_meeting_told_the_next_or_previous_day_is_a_day_from_the_one_told():
    text = ("Các hội nghị cấp cao ở Manila\n"
            "Ngày 13/11/2017, Hội nghị Cấp cao ASEAN - Trung Quốc diễn ra tại Manila.\n"
            "Ngày hôm sau, Hội nghị Cấp cao Đông Á khai mạc với sự tham dự của lãnh đạo 18 nước.\n"
            "Một ngày trước đó, Hội nghị Cấp cao ASEAN+3 đã họp tại đây.")
    found = {m.series: m for m in meetings_of(text)}
    assert (found["eas"].start, found["eas"].end) == ("2017-11-14", "2017-11-14")
    assert found["apt-summit"].start == "2017-11-12"


def test_a_meeting_said_days_from_the_day_of_another_is_not_dated_by_that_day():
    text = ("Ngoại trưởng ASEAN và Nga họp tại Jakarta\n"
            "Hội nghị Bộ trưởng Ngoại giao ASEAN - Nga diễn ra sáng 14/7/2023 tại Jakarta, một ngày sau Hội nghị "
            "Bộ trưởng Ngoại giao ASEAN - Trung Quốc.")
    found = {m.partner: m for m in meetings_of(text)}
    assert found["RU"].start == "2023-07-14"
    assert (found["CN"].start, found["CN"].end) == ("2023-07-13", "2023-07-13")


def test_the_same_day_said_after_a_long_report_is_the_day_of_the_lead():
    speech = "Hai bên trao đổi về hợp tác kinh tế, văn hóa, giáo dục và quốc phòng giữa hai nước. " * 20
    text = ("Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Lào\n"
            "Sáng 12/6/2017, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ tịch Quốc hội "
            "Lào Pany Yathotou. " + speech + "Chiều cùng ngày, Chủ tịch Quốc hội Lào Pany Yathotou hội kiến Thủ tướng "
            "Nguyễn Xuân Phúc.")
    talks = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert {m.start for m in talks} == {"2017-06-12"}


def test_a_schedule_head_line_is_no_publication_date():
    from summitgraph.ingest.meta import parse_date_line
    assert parse_date_line("Ngày 27/10/2021:") is None
    assert parse_date_line("Thứ Tư, 27/10/2021, 08:15") == ("2021-10-27", "08:15")


def test_the_year_a_figure_is_to_reach_is_not_the_year_of_the_news():
    text = ("Thủ tướng Thái Lan sắp thăm Việt Nam\n"
            "Thủ tướng Thái Lan Thaksin Shinawatra sẽ thăm Việt Nam từ ngày 5 đến 7/6. Hai nước đặt mục tiêu đưa "
            "kim ngạch thương mại song phương lên 5 tỷ USD vào năm 2010.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert (visit.start, visit.end) == ("--06-05", "--06-07")


@pytest.mark.parametrize("text, start, end", [
    ("Tổng thống Indonesia thăm Việt Nam\nSáng 11/9/2023, Tổng thống Indonesia Joko Widodo đến Hà Nội, bắt đầu "
     "chuyến thăm cấp nhà nước 3 ngày tới Việt Nam.", "2023-09-11", "2023-09-13"),
    ("Thủ tướng thăm Campuchia\nNgày 5/3, Thủ tướng Phan Văn Khải bắt đầu chuyến thăm chính thức Campuchia kéo dài "
     "hai ngày theo lời mời của Thủ tướng Hun Sen.", "--03-05", "--03-06"),
])
def test_a_visit_dated_by_its_first_day_lasts_the_days_said(text, start, end):
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert (visit.start, visit.end) == (start, end)


def test_the_day_said_after_on_the_eve_of_a_meeting_is_not_that_meetings_day():
    text = ("Quan chức ASEAN họp trù bị\n"
            "Trước thềm Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 (AMM 50), ngày 4/8/2017, Hội nghị SOM ASEAN đã "
            "họp tại Manila.")
    found = {m.series: m for m in meetings_of(text)}
    assert found["asean-som"].start == "2017-08-04"
    assert found["amm"].start == "2017-08"


def test_the_end_of_a_plan_is_not_the_year_of_a_meeting():
    text = ("Hàng không ASEAN họp tại Hạ Long\n"
            "Trong các ngày 20-22/9 tại Hạ Long, Hội nghị nhóm công tác vận tải hàng không ASEAN lần thứ 12 sẽ diễn "
            "ra. Các nước đã thống nhất lộ trình tự do hoá cho giai đoạn đến năm 2015. Thị trường vận tải được mở "
            "cửa hoàn toàn sau 2008 theo thỏa thuận chung.")
    (meeting,) = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert (meeting.start, meeting.end) == ("--09-20", "--09-22")


def test_a_span_from_the_day_of_arrival_said_far_on_is_the_visits():
    text = ("Chủ tịch Quốc hội Lào thăm Việt Nam\n"
            "Ngày 23/6/2017, Chủ tịch Quốc hội Lào Pany Yathotou đã tới Hà Nội, bắt đầu chuyến thăm hữu nghị chính "
            "thức Việt Nam, dự các hoạt động kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước, gặp gỡ "
            "cộng đồng người Lào tại Hà Nội và thăm tỉnh Quảng Ninh từ ngày 23 - 26/6/2017.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert (visit.start, visit.end) == ("2017-06-23", "2017-06-26")


def test_aseans_age_tells_the_year():
    text = ("Lễ kỷ niệm tại Manila\n"
            "Nhân kỷ niệm 50 năm thành lập ASEAN, ngày 8/8, Hội nghị Bộ trưởng Ngoại giao ASEAN đã tổ chức lễ kỷ "
            "niệm tại Manila.")
    (amm,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert amm.start == "2017-08-08"


def test_the_day_said_after_continuing_a_visit_is_not_the_visits():
    text = ("Chủ tịch nước hội đàm với Tổng thống Chile\n"
            "Tiếp tục chuyến thăm cấp Nhà nước tới Chile, sáng 10/11 (giờ địa phương), Chủ tịch nước Trần Đại Quang đã "
            "hội đàm với Tổng thống Michelle Bachelet.")
    found = {m.series: m for m in meetings_of(text)}
    assert found["bilateral-talks"].start == "--11-10"
    assert found["bilateral-visit"].start == "--11"


def test_the_talk_pointed_back_to_after_the_lead_falls_on_the_leads_day():
    text = ("Việt Nam - Italy tăng cường hợp tác\n"
            "Ngày 14-5, tại Rome, Chủ tịch nước Trần Đức Lương và Tổng thống Italy Carlo Ciampi đã nhất trí thúc đẩy "
            "quan hệ song phương.\n"
            "Tại cuộc hội đàm, Chủ tịch nước Trần Đức Lương và Tổng thống Carlo Ciampi nhất trí tăng cường hợp tác "
            "kinh tế.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert (talk.start, talk.end) == ("--05-14", "--05-14")


def test_the_stops_of_one_tour_dated_by_its_span_take_its_month():
    text = ("Thủ tướng sẽ thăm Ấn Độ và Bangladesh\n"
            "Nhận lời mời của Thủ tướng Ấn Độ và Thủ tướng Bangladesh, Thủ tướng Nguyễn Tấn Dũng cùng Phu nhân sẽ thăm "
            "chính thức Ấn Độ và Bangladesh, tham dự Hội nghị Thượng đỉnh Kinh tế châu Á tại New Delhi từ ngày 3 đến "
            "9/12/2013.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert len(visits) == 2 and {(v.start, v.end) for v in visits} == {("2013-12", "2013-12")}


def test_the_day_an_earlier_talk_is_told_of_is_not_its_day():
    text = ("Tổng thống Philippines muốn mở rộng ASEAN\n"
            "Trả lời phỏng vấn ngày 16-5 sau chuyến thăm Bắc Kinh, Tổng thống Philippines Rodrigo Duterte cho biết ông "
            "đã gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert (talk.start, talk.end) == ("--05", "--05")


def test_a_meeting_next_week_takes_the_weeks_month_once_the_day_of_writing_is_known():
    text = ("Bộ trưởng Kinh tế ASEAN sắp họp\n"
            "Thứ Hai, 07/08/2017, 10:20\n"
            "Hội nghị Bộ trưởng Kinh tế ASEAN sẽ diễn ra vào tuần tới tại Manila.")
    article = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                      title=text.split("\n", 1)[0], published="2017-08-07")
    (aem,) = [m for m in extract_meetings(make_context(article)) if m.series == "aem"]
    assert (aem.start, aem.end) == ("2017-08", "2017-08")


def test_a_year_whose_own_verb_is_to_come_is_not_the_year_of_the_news():
    text = ("Thủ tướng hội đàm với Thủ tướng Lào\n"
            "Ngày 10/1, tại Hà Nội, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Lào Bounnhang Vorachith. Năm 2007 "
            "sẽ là Năm Hữu nghị Việt Nam - Lào.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert talk.start == "--01-10"
