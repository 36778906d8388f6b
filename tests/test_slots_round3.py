"""Meeting slots, round 3 (issue 11): the days a meeting takes, its host, its chair.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import meetings_of, only

from summitgraph.extract.dates import find_dates


# --- a month said in brackets after the name ------------------------------------------------------------

def test_a_month_in_brackets_with_a_dash_is_a_month():
    [d] = find_dates("chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 (7-2019).")
    assert (d.first.year, d.first.month, d.first.day) == (2019, 7, None)


def test_a_span_of_years_in_brackets_stays_a_span():
    [d] = find_dates("kỷ niệm 30 năm quan hệ ngoại giao (1989-2019) giữa hai nước")
    assert (d.first.year, d.last.year, d.first.month) == (1989, 2019, None)


# --- a day of something else done at the meeting -------------------------------------------------------

def test_talks_on_a_day_at_a_summit_date_the_summit_only_to_its_month():
    text = ("Hôm 10/11/2023, khi Thủ tướng gặp Tổng thống Hàn Quốc tại Hội nghị Cấp cao APEC ở San Francisco, "
            "hai bên đã bàn về thương mại.")
    rec = only(meetings_of(text), "other-multilateral")
    assert (rec.start, rec.end) == ("2023-11", "2023-11")


def test_a_call_on_the_occasion_of_attending_a_summit_dates_it_only_to_its_month():
    text = ("Thủ tướng hội kiến Thủ tướng Thái Lan chiều ngày 15/3/2019 nhân dịp dự Hội nghị Cấp cao Mekong - "
            "Lan Thương lần thứ 3 tại Bangkok.")
    rec = only(meetings_of(text), "subregional")
    assert rec.start == "2019-03"


def test_a_day_after_the_forum_is_the_trip_homes():
    text = ("Phát biểu với báo chí ngày 20/4/2019 sau khi dự Diễn đàn Kinh tế Thế giới về ASEAN tại Hà Nội, "
            "Tổng thống cho biết ông hài lòng.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.start == "2019-04"


def test_a_day_on_the_sidelines_of_a_summit_is_the_day_of_the_talks():
    text = ("Bên lề Hội nghị Thượng đỉnh G20 tại Osaka, ngày 28/6/2019, Thủ tướng đã gặp Thủ tướng Ca-na-đa "
            "để bàn về hiệp định thương mại.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.start == "2019-06"


def test_a_meeting_opened_on_a_day_keeps_that_day():
    text = "Ngày 4/9/2019, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 đã khai mạc tại Bangkok, Thái Lan."
    rec = only(meetings_of(text), "aem")
    assert rec.start == "2019-09-04"


def test_a_document_signed_on_a_day_at_a_summit_keeps_that_day():
    text = "Hiệp định được ký ngày 12/11/2019 tại Hội nghị Cấp cao ASEAN - Hàn Quốc ở Busan."
    rec = only(meetings_of(text), "asean-partner-summit")
    assert rec.start == "2019-11-12"


# --- the host said by who chairs or hosts ---------------------------------------------------------------

def test_a_country_that_chairs_a_summit_hosts_and_chairs_it():
    text = "Năm 2006, Việt Nam chủ trì Hội nghị cấp cao APEC lần thứ 14 và đón lãnh đạo 20 nền kinh tế."
    rec = only(meetings_of(text), "other-multilateral")
    assert (rec.country, rec.chair) == ("VN", "VN")


def test_a_summit_under_a_countrys_chairing_is_hosted_and_chaired_by_it():
    text = ("Dưới sự chủ trì của Italy, Hội nghị thượng đỉnh G7 mở rộng năm 2024 có sự tham dự của "
            "nhiều nước khách mời.")
    rec = only(meetings_of(text), "other-multilateral")
    assert (rec.country, rec.chair) == ("IT", "IT")


def test_a_meeting_a_country_hosts_said_after_its_name():
    text = ("Ngày 3/3/2021, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 15 do Brunei đăng cai đã diễn ra "
            "theo hình thức trực tuyến.")
    rec = only(meetings_of(text), "admm")
    assert rec.country == "BN"


def test_a_country_chairing_a_session_at_a_meeting_does_not_host_it():
    text = ("Tại Hội nghị Cấp cao G20 ở Rome, Indonesia chủ trì phiên thảo luận về y tế tại Hội nghị "
            "Cấp cao G20 hôm 30/10/2021.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.country == "IT"


# --- where a delegation leaves from and goes to ---------------------------------------------------------

def test_the_city_a_delegation_leaves_is_not_the_venue():
    text = ("Sáng 10/11/2022, Thủ tướng rời Hà Nội, lên đường tham dự Hội nghị Cấp cao ASEAN lần thứ 40 "
            "và 41 tại Phnom Penh.")
    summits = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert summits and all(m.city != "Hanoi" for m in summits), summits


def test_the_country_a_delegation_goes_to_for_a_meeting_hosts_it():
    text = "Các bộ trưởng kinh tế ASEAN sẽ sang Nhật Bản để vận động tại Hội nghị Bộ trưởng WTO vào tháng 12/2022."
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.country == "JP"


# --- a meeting dated only by "năm nay", "năm ngoái" ---------------------------------------------------------

def test_a_summit_said_this_year_takes_the_articles_year():
    text = ("Kinh tế thế giới năm 2017\nThủ tướng dự Hội nghị thượng đỉnh G20 năm nay tại Hamburg với tư cách "
            "khách mời.")
    rec = only(meetings_of(text), "other-multilateral")
    assert (rec.start, rec.end) == ("2017", "2017")


def test_a_summit_said_next_year_takes_the_year_after():
    text = ("Thương mại khu vực năm 2019\nTăng trưởng tiếp tục trong năm 2019. Hội nghị Cấp cao APEC năm tới "
            "sẽ diễn ra tại Kuala Lumpur.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.start == "2020"


def test_a_summit_recalled_as_last_years_stays_undated():
    text = ("Thương mại khu vực năm 2019\nTăng trưởng tiếp tục trong năm 2019. Hội nghị Cấp cao APEC năm ngoái "
            "diễn ra tại Port Moresby.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.start is None


# --- an opening day and a closing day said together ---------------------------------------------------------

def test_an_opening_day_and_the_day_it_runs_to_make_a_span():
    text = ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 khai mạc ngày 8/9/2022 tại Siem Reap và kéo dài đến hết "
            "ngày 10/9/2022.")
    rec = only(meetings_of(text), "aem")
    assert (rec.start, rec.end) == ("2022-09-08", "2022-09-10")


def test_an_opening_day_and_a_closing_day_without_its_year_make_a_span():
    text = "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 khai mạc ngày 8/9/2022 tại Siem Reap và sẽ bế mạc ngày 10/9."
    rec = only(meetings_of(text), "aem")
    assert (rec.start, rec.end) == ("2022-09-08", "2022-09-10")


def test_a_later_day_of_something_else_does_not_stretch_the_meeting():
    text = ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 khai mạc ngày 8/9/2022 tại Siem Reap; các bộ trưởng sẽ "
            "gặp Bộ trưởng Thương mại Nhật Bản ngày 10/9.")
    rec = only(meetings_of(text), "aem")
    assert rec.end == "2022-09-08"


# --- a year that names a document, not the meeting ---------------------------------------------------------

def test_the_year_of_a_convention_named_in_the_meeting_is_not_its_date():
    text = ("Hội nghị lần thứ 30 các quốc gia thành viên Công ước Liên hợp quốc về Luật Biển (UNCLOS) năm 1982 "
            "đã khai mạc tại New York.")
    rec = only(meetings_of(text), "other-multilateral")
    assert rec.start != "1982"


# --- a year opening the clause ---------------------------------------------------------------------------------

def test_a_year_opening_the_sentence_dates_the_meeting_it_tells():
    text = "Quan hệ hai nước\nNăm 2016, Thủ tướng đã dự Hội nghị Cấp cao ASEAN tại Viêng Chăn, Lào."
    rec = only(meetings_of(text), "asean-summit")
    assert (rec.start, rec.end) == ("2016", "2016")


def test_a_year_inside_the_clause_of_something_else_does_not_date_the_meeting():
    text = ("Quan hệ hai nước\nHai nước thiết lập quan hệ ngoại giao năm 1995 và Thủ tướng đã dự Hội nghị "
            "Cấp cao ASEAN tại Viêng Chăn, Lào.")
    rec = only(meetings_of(text), "asean-summit")
    assert rec.start is None


# --- what the ASEAN system implies when the article does not say it -------------------------------------

def test_an_asean_defence_ministers_meeting_is_chaired_by_the_years_asean_chair():
    text = ("Tin quốc phòng\nNgày 16/6/2022, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 16 (ADMM-16) "
            "đã diễn ra tại Phnom Penh.")
    rec = only(meetings_of(text), "admm")
    assert rec.chair == "KH"


def test_a_dated_foreign_ministers_meeting_without_a_place_meets_in_the_chair_country():
    text = ("Tin ASEAN\nNgày 10/7/2019, các Bộ trưởng Ngoại giao đã dự Hội nghị Bộ trưởng Ngoại giao ASEAN "
            "lần thứ 52 và thảo luận về tình hình khu vực.")
    rec = only(meetings_of(text), "amm")
    assert rec.country == "TH"


def test_talks_are_face_to_face_unless_told_as_a_call():
    said = "Tin đối ngoại\nChiều 3/3/2021, Thủ tướng Nguyễn Văn An đã {} với Thủ tướng Nhật Bản Suzuki Taro."
    assert [r.format for r in meetings_of(said.format("hội đàm"))] == ["in_person"]
    called = meetings_of(said.format("điện đàm"))
    assert called and all(r.format != "in_person" for r in called)
