"""The dates meetings get from their mentions: finest date on merging. Sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str):
    article = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                      title=text.split("\n", 1)[0])
    return extract_meetings(make_context(article))


def test_merged_meeting_keeps_the_finest_date():
    text = ("Chuẩn bị cho năm Chủ tịch ASEAN\n"
            "Tháng 3/2020, Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) sẽ họp tại Đà Nẵng. "
            "Các đại biểu đánh giá cao công tác chuẩn bị. "
            "Hội nghị SOM ASEAN diễn ra trong hai ngày 23-24/3/2020 tại Đà Nẵng.")
    (som,) = [m for m in meetings_of(text) if m.series == "asean-som"]
    assert (som.start, som.end) == ("2020-03-23", "2020-03-24")


def test_a_coarser_date_said_later_does_not_replace_a_finer_one():
    text = ("Hội nghị SOM ASEAN tại Đà Nẵng\n"
            "Ngày 23/3/2020, Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) khai mạc tại Đà Nẵng. "
            "Các đại biểu đánh giá cao công tác chuẩn bị. "
            "Hội nghị SOM ASEAN tháng 3/2020 tại Đà Nẵng thông qua nhiều khuyến nghị.")
    (som,) = [m for m in meetings_of(text) if m.series == "asean-som"]
    assert (som.start, som.end) == ("2020-03-23", "2020-03-23")


def test_meetings_listed_with_one_date_share_it_and_its_place():
    text = ("Thủ tướng dự các hội nghị cấp cao\n"
            "Các đại biểu đánh giá cao công tác tổ chức. Ngày 14/11/2017, Hội nghị Cấp cao ASEAN+3, Hội nghị Cấp cao "
            "Đông Á và Hội nghị Cấp cao ASEAN-Nhật Bản diễn ra tại Manila.")
    found = {m.series: m for m in meetings_of(text)}
    assert found["apt-summit"].start == "2017-11-14"
    for series in ("eas", "asean-partner-summit"):
        assert (found[series].start, found[series].city) == ("2017-11-14", "Manila")


def test_a_date_after_the_list_dates_each_meeting_of_it():
    text = ("Hoạt động ngoại giao trong tuần\n"
            "Các đại biểu đánh giá cao công tác tổ chức. Hội nghị Cấp cao ASEAN+3 và Hội nghị Cấp cao Đông Á "
            "diễn ra ngày 14/11/2017 tại Manila.")
    found = {m.series: m for m in meetings_of(text)}
    assert found["apt-summit"].start == found["eas"].start == "2017-11-14"


def test_a_talk_during_a_one_day_visit_takes_its_day():
    text = ("Chủ tịch Quốc hội Lào thăm Việt Nam\n"
            "Sáng 6/12/2023, Chủ tịch Quốc hội Lào Saysomphone Phomvihane đến Hà Nội, thăm chính thức Việt Nam. "
            "Các đại biểu chào mừng đoàn tại sân bay. "
            "Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert (talk.start, talk.end) == ("2023-12-06", "2023-12-06")


def test_a_talk_during_a_longer_visit_takes_only_its_month():
    text = ("Chủ tịch Quốc hội Lào thăm Việt Nam\n"
            "Chủ tịch Quốc hội Lào Saysomphone Phomvihane thăm chính thức Việt Nam từ ngày 6 đến 9/12/2023. "
            "Các đại biểu chào mừng đoàn tại sân bay. "
            "Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert (talk.start, talk.end) == ("2023-12", "2023-12")


def test_a_past_day_falls_in_the_article_year_even_after_the_latest_written_date():
    from datetime import date

    from summitgraph.extract.attributes import resolve_date
    from summitgraph.extract.dates import find_dates
    (past,) = find_dates("Hội nghị đã kết thúc hôm qua (26/1) tại Langkawi.")
    # The article is about 2005; the latest full date it writes is a past event of 26/12/2004.
    assert resolve_date(past, None, 2005, date(2004, 12, 26)) == ("2005-01-26", "2005-01-26")
    # Without an article year, the day is placed before that date.
    assert resolve_date(past, None, None, date(2004, 12, 26)) == ("2004-01-26", "2004-01-26")


def test_a_coming_day_is_not_put_before_the_latest_written_date():
    from datetime import date

    from summitgraph.extract.attributes import resolve_date
    from summitgraph.extract.dates import find_dates
    (coming,) = find_dates("Hội nghị sẽ khai mạc ngày 8/2 tới tại Hà Nội.")
    assert resolve_date(coming, None, 2019, date(2019, 12, 20)) == ("2020-02-08", "2020-02-08")
    assert resolve_date(coming, None, 2020, date(2019, 12, 20)) == ("2020-02-08", "2020-02-08")


def test_a_talk_during_a_one_day_visit_of_unknown_year_takes_its_day():
    text = ("Chủ tịch Quốc hội Lào thăm Việt Nam\n"
            "Sáng 6/12, Chủ tịch Quốc hội Lào Saysomphone Phomvihane đến Hà Nội, thăm chính thức Việt Nam. "
            "Các đại biểu chào mừng đoàn tại sân bay. "
            "Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert (talk.start, talk.end) == ("--12-06", "--12-06")


def test_a_date_joined_by_tai_dates_the_meeting_after_it_not_the_one_before():
    text = ("Việt Nam gia nhập Hiệp định\n"
            "Hiệp định được các nước ký ngày 10/02/1993 tại Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 24 "
            "và được sửa đổi ngày 20/9/1996 tại Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 28.")
    found = {m.ordinal: m for m in meetings_of(text) if m.series == "aem"}
    assert found[24].start == "1993-02-10"
    assert found[28].start == "1996-09-20"


def test_a_meeting_held_during_what_the_sentence_before_dates_takes_its_month():
    text = ("Hội chợ Việt Nam - ASEAN sắp khai mạc\n"
            "Hội chợ thương mại Việt Nam - ASEAN sẽ được tổ chức vào ngày 8-11/10/2024 tại Cần Thơ. "
            "Trong thời gian này cũng diễn ra Hội nghị Bộ trưởng Kinh tế ASEAN tại Cần Thơ.")
    (aem,) = [m for m in meetings_of(text) if m.series == "aem"]
    assert (aem.start, aem.end) == ("2024-10", "2024-10")


def test_a_meeting_on_the_sidelines_of_a_dated_one_takes_its_month():
    text = ("Thủ tướng dự Hội nghị Cấp cao ASEAN\n"
            "Ngày 10/10/2024, Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc tại Viêng Chăn. "
            "Bên lề Hội nghị Cấp cao ASEAN lần thứ 44, đã diễn ra Hội nghị Cấp cao Campuchia - Lào - Việt Nam.")
    (trio,) = [m for m in meetings_of(text) if m.series == "subregional"]
    assert (trio.start, trio.end) == ("2024-10", "2024-10")


def test_a_day_off_the_summit_list_is_another_events_and_the_list_dates_the_summit():
    text = ("Các ngoại trưởng ASEAN gặp nhau tại New York\n"
            "Ngày 13/9/2005, các ngoại trưởng đã trao đổi công tác chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 11.")
    (summit,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert (summit.start, summit.end) == ("2005-12-12", "2005-12-14")


def test_a_month_planned_for_a_summit_is_kept_even_off_the_list():
    text = ("Việt Nam chuẩn bị cho năm Chủ tịch ASEAN\n"
            "Hội nghị Cấp cao ASEAN lần thứ 36 dự kiến diễn ra vào tháng 4/2020 tại Đà Nẵng.")
    (summit,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert summit.start == "2020-04"


def test_the_day_a_delegation_arrives_to_attend_dates_the_meeting_only_to_its_month():
    text = ("Phó Chủ tịch nước dự Hội nghị tại New York\n"
            "Chiều 18/9/2023, Phó Chủ tịch nước đã đến New York (Mỹ) tham dự Hội nghị cấp cao Đại hội đồng "
            "Liên hợp quốc khóa 78.")
    (unga,) = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert (unga.start, unga.end) == ("2023-09", "2023-09")


def test_the_day_a_meeting_opens_still_dates_it():
    text = ("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN\n"
            "Chiều 18/9/2023, các bộ trưởng đã tham dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 tại Jakarta.")
    (aem,) = [m for m in meetings_of(text) if m.series == "aem"]
    assert aem.start == "2023-09-18"


def test_a_visit_said_to_be_early_this_year_takes_the_article_year():
    text = ("Quan hệ Việt Nam - Lào tiếp tục phát triển\n"
            "Tháng 5/2019, hai bên ký kết nhiều văn kiện hợp tác. "
            "Các bộ ngành hai nước đã triển khai kết quả chuyến thăm Lào thành công đầu năm nay của "
            "Thủ tướng Nguyễn Xuân Phúc.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert (visit.start, visit.end) == ("2019", "2019")
