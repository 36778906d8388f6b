"""Round 13 (dates13): the dates of meetings as a class: report credits that carry no date, the year of an
article's own undated visit. Sentences written for these tests."""
from __future__ import annotations

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.dates import report_credit
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def article(text: str) -> Article:
    return Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                   title=text.split("\n", 1)[0])


def meetings_of(text: str):
    return extract_meetings(make_context(article(text)))


@pytest.mark.parametrize("line, words", [
    ("TGVN. Chiều 29/4, tại Hà Nội, Thủ tướng đã tiếp Đại sứ Nhật Bản.", "Chiều 29/4"),
    ("ĐCSVN - Sáng 5/3, Phó Thủ tướng dự phiên khai mạc.", "Sáng 5/3"),
    ("GD&TĐ - Ngày 8/7, Bộ trưởng Giáo dục các nước ASEAN họp tại Bali.", "Ngày 8/7"),
    ("TG&VN - Ngày 2/10, hai Bộ trưởng đã điện đàm.", "Ngày 2/10"),
    ("TTXVN. Sáng nay, Hội nghị đã bế mạc.", "Sáng nay"),
])
def test_an_outlets_initials_without_a_day_credit_the_report(line, words):
    credit = report_credit(line)
    assert credit is not None and credit.date_start is None
    assert line[credit.end:].startswith(words)


@pytest.mark.parametrize("line", [
    "ASEAN - Trung Quốc nhất trí đẩy nhanh đàm phán COC.",
    "APEC - Diễn đàn của 21 nền kinh tế thành viên.",
    "ĐBSCL - vựa lúa của cả nước đang chịu hạn mặn.",
    "TP. Hồ Chí Minh đón đoàn đại biểu Lào.",
    "VN - Lào ký kết hiệp định mới.",
])
def test_other_initials_open_no_credit(line):
    assert report_credit(line) is None


def test_the_credited_sentence_starts_after_the_initials():
    text = ("Thủ tướng tiếp Đại sứ Nhật Bản\n"
            "TGVN. Chiều 29/4, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản.\n")
    ctx = make_context(article(text))
    assert ctx.credited is not None and ctx.credited.text.startswith("Chiều 29/4")


def visits(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.start, m.end) for m in meetings_of(text) if m.series == "bilateral-visit"]


def test_an_undated_visit_takes_the_articles_one_firm_year():
    text = ("Việt Nam và Đức thúc đẩy hợp tác đào tạo nghề\n"
            "Ngày 10/7/2017, tại Berlin, Bộ trưởng Lao động hai nước đã ký bản ghi nhớ về đào tạo nghề.\n"
            "Trong chuyến thăm chính thức Đức, Thủ tướng Nguyễn Xuân Phúc cũng đã làm việc với lãnh đạo bang Hessen.\n")
    assert visits(text) == [("2017", "2017")]


def test_a_visit_in_an_article_of_two_years_stays_undated():
    text = ("Việt Nam và Đức thúc đẩy hợp tác đào tạo nghề\n"
            "Ngày 10/7/2017, tại Berlin, Bộ trưởng Lao động hai nước đã ký bản ghi nhớ về đào tạo nghề.\n"
            "Kim ngạch thương mại hai nước tháng 3/2015 đã đạt mức cao kỷ lục.\n"
            "Trong chuyến thăm chính thức Đức, Thủ tướng Nguyễn Xuân Phúc cũng đã làm việc với lãnh đạo bang Hessen.\n")
    assert visits(text) == [(None, None)]


@pytest.mark.parametrize("frame", ["trong khuôn khổ chuyến thăm chính thức", "nhân dịp thăm chính thức",
                                   "trong chuyến thăm chính thức"])
def test_a_day_said_before_the_visit_framing_a_talk_is_the_talks(frame):
    text = ("Thủ tướng hội đàm với Thủ tướng Singapore\n"
            f"Sáng 9/2/2023, tại Singapore, {frame} Singapore, Thủ tướng Phạm Minh Chính đã hội đàm với "
            "Thủ tướng Lý Hiển Long.\n")
    found = {m.series: (m.start, m.end) for m in meetings_of(text)}
    assert found["bilateral-visit"] == ("2023-02", "2023-02")
    assert found["bilateral-talks"] == ("2023-02-09", "2023-02-09")


@pytest.mark.parametrize("sentence, series, span", [
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra trong ba ngày, từ ngày 19/8/2023, tại Semarang, Indonesia.",
     "aem", ("2023-08-19", "2023-08-21")),
    ("Thủ tướng Phạm Minh Chính thăm chính thức Singapore trong hai ngày, từ 8/2/2023.",
     "bilateral-visit", ("2023-02-08", "2023-02-09")),
])
def test_a_length_counted_from_a_day_spans_from_it(sentence, series, span):
    found = {m.series: (m.start, m.end) for m in meetings_of("Tin ngắn\n" + sentence + "\n")}
    assert found[series] == span


def test_an_opening_day_lasts_the_agenda_the_next_sentence_gives():
    text = ("Đối thoại an ninh khu vực khai mạc\n"
            "Tối 6/11/2023, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 đã khai mạc tại Jakarta, Indonesia. "
            "Các vấn đề an ninh biển sẽ được bàn nhiều trong chương trình nghị sự 3 ngày tới.\n")
    (admm,) = [m for m in meetings_of(text) if m.series == "admm"]
    assert (admm.start, admm.end) == ("2023-11-06", "2023-11-08")


def test_a_closing_day_takes_no_agenda_length_after_it():
    text = ("Hội nghị bế mạc\n"
            "Chiều 8/11/2023, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 đã bế mạc tại Jakarta, Indonesia. "
            "Hội nghị năm sau dự kiến kéo dài 2 ngày.\n")
    (admm,) = [m for m in meetings_of(text) if m.series == "admm"]
    assert admm.end == "2023-11-08"


def test_the_year_of_a_role_handed_over_is_not_the_articles():
    text = ("Bế mạc Hội nghị Bộ trưởng Kinh tế ASEAN\n"
            "Chiều 12/9, Hội nghị Bộ trưởng Kinh tế ASEAN đã bế mạc tại Phnom Penh sau các phiên thảo luận "
            "trong tháng 9/2022.\n"
            "Tại lễ bế mạc, Campuchia đã bàn giao vai trò Chủ tịch ASEAN năm 2023 cho Indonesia.\n"
            "Nước chủ nhà cũng tổ chức lễ chuyển giao vai trò chủ nhà Diễn đàn Kinh tế năm 2023 cho Jakarta.\n")
    ctx = make_context(article(text))
    assert ctx.timeframe.year == 2022 and {v.year for v in ctx.timeframe.votes} == {2022}


@pytest.mark.parametrize("sentence", [
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã về tới Hà Nội ngày 15/7/2023, kết thúc chuyến tham dự Hội nghị Bộ trưởng "
    "Ngoại giao ASEAN lần thứ 56 tại Jakarta.",
    "Ngày 15/7/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn trở về Hà Nội sau chuyến dự Hội nghị Bộ trưởng Ngoại giao "
    "ASEAN lần thứ 56 tại Jakarta.",
])
def test_the_day_of_the_homecoming_dates_the_meeting_to_its_month(sentence):
    (amm,) = [m for m in meetings_of("Tin ASEAN\n" + sentence + "\n") if m.series == "amm"]
    assert (amm.start, amm.end) == ("2023-07", "2023-07")


@pytest.mark.parametrize("when, year", [("vào đầu năm 2024", "2024"), ("vào cuối năm 2024", "2024"),
                                        ("vào giữa năm 2024", "2024")])
def test_part_of_a_year_said_after_the_destination_is_the_visits(when, year):
    text = ("Tin đối ngoại\n"
            f"Thủ tướng Nhật Bản Kishida Fumio sẽ thăm Việt Nam {when}, theo Bộ Ngoại giao ngày 15/12/2023.\n")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert (visit.start, visit.end) == (year, year)
