"""Meeting dates in articles that tell no year, and dates a sentence gives another meeting (issue 11).
Sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str, published: str | None = None):
    art = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                  title=text.split("\n", 1)[0], published=published)
    return extract_meetings(make_context(art))


def one(text: str, series: str, **kw):
    found = [m for m in meetings_of(text, **kw) if m.series == series]
    assert len(found) == 1, found
    return found[0]


def test_closing_day_said_later_without_a_year():
    m = one("Phó Thủ tướng dự Đối thoại Shangri-La\nTối thứ Sáu (31/5), Đối thoại Shangri-La lần thứ 21 đã khai mạc "
            "tại Singapore. Hội nghị sẽ kéo dài đến Chủ nhật (2/6).", "other-multilateral")
    assert (m.start, m.end) == ("--05-31", "--06-02")


def test_span_said_later_without_a_year():
    m = one("Khai mạc Hội nghị Bộ trưởng G20\nSáng 14/7, Hội nghị Bộ trưởng Tài chính G20 đã khai mạc tại Gandhinagar, "
            "Ấn Độ. Hội nghị diễn ra từ ngày 14 đến 16/7.", "other-multilateral")
    assert (m.start, m.end) == ("--07-14", "--07-16")


def test_days_of_work_behind_the_day_said():
    m = one("Bế mạc Đối thoại Shangri-La lần thứ 18\nĐối thoại Shangri-La lần thứ 18 đã khép lại sau 3 ngày làm việc "
            "vào hôm 2/6 với nhiều cam kết về an ninh khu vực.", "other-multilateral")
    assert (m.start, m.end) == ("--05-31", "--06-02")


def test_year_a_count_starts_from_dates_nothing():
    m = one("Khai mạc Diễn đàn Vành đai và Con đường lần thứ ba\nSáng 18/10, Diễn đàn Vành đai và Con đường lần thứ ba "
            "khai mạc tại Bắc Kinh. Năm nay là năm thứ 10 kể từ khi sáng kiến được đưa ra vào năm 2013.",
            "other-multilateral")
    assert m.start == "--10-18"


def test_preparatory_meeting_before_what_it_prepares():
    found = meetings_of("Họp quan chức cao cấp Mekong - Lan Thương\nNgày 3/12, tại Tam Á, Trung Quốc, đã diễn ra Hội nghị "
                        "Quan chức cao cấp Hợp tác Mekong - Lan Thương nhằm chuẩn bị cho Hội nghị Cấp cao Mekong - Lan "
                        "Thương lần thứ 2 dự kiến tổ chức tại Campuchia vào tháng 1/2018.")
    som = next(m for m in found if m.ordinal is None)
    assert som.start == "2017-12-03"


def test_edition_recalled_by_its_year_is_not_the_numbered_one():
    found = meetings_of("Thủ tướng dự Hội nghị Cấp cao APEC lần thứ 30\nThủ tướng Phạm Minh Chính tham dự Tuần lễ Cấp cao "
                        "APEC tại San Francisco, Hoa Kỳ từ ngày 14 đến 17/11/2023. Việt Nam từng đăng cai APEC năm 2006.")
    numbered = next(m for m in found if m.ordinal == 30)
    assert numbered.start != "2006"


def test_weekday_of_last_week_dates_a_meeting_when_the_page_is_dated():
    m = one("Hội nghị Bộ trưởng APEC\nHội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC lần thứ 29 đã diễn ra vào "
            "thứ Tư tuần trước tại Đà Nẵng.", "other-multilateral", published="2017-11-16")
    assert m.start == "2017-11-08"


def test_closing_today_after_days_of_work():
    m = one("Hội nghị Bộ trưởng Ngoại giao G20 bế mạc\nHội nghị Bộ trưởng Ngoại giao G20 đã bế mạc hôm nay tại Bali sau "
            "hai ngày làm việc.", "other-multilateral", published="2022-07-08")
    assert (m.start, m.end) == ("2022-07-07", "2022-07-08")


def test_next_editions_month_does_not_date_the_one_held():
    m = one("Thủ tướng dự Hội nghị thượng đỉnh G20\nThủ tướng đã tham dự Hội nghị thượng đỉnh G20. Hội nghị năm sau sẽ "
            "diễn ra tại Nam Phi vào tháng 11/2025.", "other-multilateral")
    assert m.start is None


def test_last_years_date_says_the_article_is_a_year_later():
    m = one("Đối thoại Shangri-La\nBộ trưởng Quốc phòng đã dự Đối thoại Shangri-La. Đối thoại năm ngoái diễn ra ngày "
            "2-4/6/2023.", "other-multilateral")
    assert m.start != "2023"


def test_day_a_meeting_to_come_is_announced_is_not_its_day():
    m = one("Thông cáo báo chí\nNgày 30/10/2024, Người phát ngôn Bộ Ngoại giao thông báo: Thủ tướng sẽ dự Hội nghị Cấp cao "
            "Hợp tác Tiểu vùng Mekong mở rộng lần thứ 8 tại Côn Minh, Trung Quốc.", "subregional")
    assert m.start != "2024-10-30"


def test_day_on_the_eve_of_a_summit_dates_only_its_month():
    m = one("Thủ tướng gửi thư chúc mừng\nNgày 5/9, trước thềm Hội nghị thượng đỉnh G20 tại New Delhi, Thủ tướng Phạm "
            "Minh Chính đã gửi thư chúc mừng Ấn Độ.", "other-multilateral")
    assert m.start == "--09"


def test_title_meeting_dated_by_the_leads_today_and_its_length():
    m = one("Hội nghị thượng đỉnh G7 khai mạc\nCác nhà lãnh đạo G7 sẽ bắt đầu hội nghị thượng đỉnh kéo dài ba ngày tại "
            "Hiroshima vào hôm nay.", "other-multilateral", published="2023-05-19")
    assert (m.start, m.end) == ("2023-05-19", "2023-05-21")


def test_chair_year_of_a_body_is_no_date_of_its_summit():
    m = one("ASEAN và G20\nJakarta, 8/9/2023 - Thư ký ASEAN cho biết Hội nghị thượng đỉnh G20 sẽ diễn ra vào cuối tuần "
            "tới. Indonesia sẽ chia sẻ kinh nghiệm Chủ tịch G20 năm 2022 tại hội nghị.", "other-multilateral")
    assert m.start != "2022"


def test_month_of_a_side_act_refined_by_the_span_said_later():
    m = one("Thủ tướng dự G20\nNgày 7/7, tại Hamburg, Đức, Thủ tướng đã gặp Thủ tướng Canada bên lề Hội nghị Thượng đỉnh "
            "G20. Hội nghị diễn ra trong hai ngày 7-8/7.", "other-multilateral")
    assert (m.start, m.end) == ("--07-07", "--07-08")


def test_numbered_summit_a_count_starts_from_dates_nothing():
    m = one("Hội nghị ASEM 5 tại Hà Nội\nNgày 8/10, Hội nghị cấp cao Á - Âu lần thứ 5 (ASEM 5) đã khai mạc tại Hà Nội. Đây "
            "là hội nghị lớn nhất Việt Nam từng tổ chức kể từ Hội nghị cấp cao ASEAN lần thứ 6 năm 1998.",
            "other-multilateral")
    assert m.start == "--10-08"


def test_days_of_work_counted_in_the_next_sentence_end_on_the_closing_day():
    m = one("Bế mạc Hội nghị Bộ trưởng Y tế APEC\nHội nghị Bộ trưởng Y tế APEC đã bế mạc chiều qua, 20-8, tại Seattle. "
            "Trả lời báo chí, Bộ trưởng cho biết sau 3 ngày làm việc, hội nghị đã thông qua tuyên bố chung.",
            "other-multilateral")
    assert (m.start, m.end) == ("--08-18", "--08-20")


def test_meeting_works_until_the_day_said_next():
    found = meetings_of("Khai mạc hội nghị\nSáng 17-3, Hội nghị Bộ trưởng Y tế ASEAN lần thứ 9 đã khai mạc tại Hạ Long. "
                        "Hội nghị làm việc đến hết ngày 19-3.")
    assert [(m.start, m.end) for m in found] == [("--03-17", "--03-19")]


def test_closing_day_said_by_the_noun_goes_to_the_meeting_it_can_close():
    found = meetings_of("Khai mạc AEM không chính thức\nNgày 26-4-2005, Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã "
                        "khai mạc tại Hạ Long. Các cam kết đã được thông qua tại Hội nghị Thượng đỉnh ASEAN lần thứ 10 tại "
                        "Viêng Chăn tháng 11-2004. Hội nghị sẽ kết thúc ngày 27-4.")
    aem = next(m for m in found if m.series == "aem")
    assert (aem.start, aem.end) == ("2005-04-26", "2005-04-27")


def test_trip_span_dates_the_summit_attended_on_it_only_to_its_month():
    m = one("Thủ tướng sẽ thăm Kuwait, Algeria và dự G20\nThủ tướng sẽ thăm chính thức Kuwait và Algeria, tham dự Hội nghị "
            "Thượng đỉnh G20 tại Nam Phi từ ngày 16 đến 24/11/2025.", "other-multilateral")
    assert m.start == "2025-11"


def test_meeting_one_has_a_letter_inviting_to_is_to_come():
    m = one("Nam Phi mời Việt Nam dự G20\nTổng thống Nam Phi đã có thư mời Thủ tướng Chính phủ Phạm Minh Chính tham dự "
            "Hội nghị Thượng đỉnh G20 mở rộng tại Johannesburg.", "other-multilateral")
    assert m.status == "planned"


def test_host_said_as_such_after_the_name():
    m = one("Chúc mừng Campuchia\nChủ tịch Quốc hội chúc mừng thành công của Diễn đàn Kinh tế Thế giới về ASEAN "
            "(11-12/5/2017) mà Campuchia là chủ nhà.", "other-multilateral")
    assert m.country == "KH"


def test_host_said_as_such_before_the_name():
    m = one("Hội nghị G20\nThủ tướng đánh giá cao vai trò của Ấn Độ, nước chủ nhà Hội nghị thượng đỉnh G20 năm 2023.",
            "other-multilateral")
    assert m.country == "IN"


def test_mekong_frameworks_with_two_partners_are_two_meetings_on_the_sidelines():
    found = meetings_of("Hội nghị AMM-56\nNgày 13/7/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) đã bế "
                        "mạc tại Jakarta. Bên lề hội nghị, Bộ trưởng Bùi Thanh Sơn đã dự Hội nghị Bộ trưởng Ngoại giao "
                        "Mekong - Hàn Quốc và Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương.")
    assert [m.start for m in found if m.series == "subregional"] == ["2023-07", "2023-07"]


def test_span_of_weekdays_told_from_the_day_of_publication():
    m = one("Lãnh đạo BRICS họp tại Nam Phi\nHội nghị thượng đỉnh BRICS sẽ diễn ra tại Johannesburg từ thứ Ba đến thứ Năm "
            "tuần này.", "other-multilateral", published="2023-08-21")
    assert (m.start, m.end) == ("2023-08-22", "2023-08-24")


def test_meeting_also_held_is_on_the_day_told_last():
    found = meetings_of("Khai mạc Đại hội đồng AIPA\nSáng 8/9/2020, Đại hội đồng AIPA lần thứ 41 khai mạc tại Hà Nội. "
                        "Hội nghị các nữ nghị sĩ AIPA cũng sẽ diễn ra bên cạnh các phiên họp chính.")
    assert [m.start for m in found if m.ordinal is None] == ["2020-09-08"]


def test_day_of_the_press_briefing_after_a_meeting_to_come_is_not_its_day():
    found = meetings_of("Thủ tướng sẽ dự Hội nghị ASEAN - Mỹ\nThủ tướng sẽ tham dự hội nghị cấp cao đặc biệt ASEAN - Mỹ "
                        "tại Washington thời gian tới, Người phát ngôn Bộ Ngoại giao thông tin tại họp báo thường kỳ "
                        "chiều ngày 3/3/2022.")
    assert all(m.start != "2022-03-03" for m in found)


def test_years_counted_after_a_founding_date_the_article_as_an_anniversary():
    m = one("Diễn đàn Vành đai và Con đường\nDiễn đàn Vành đai và Con đường lần thứ ba diễn ra ngày 17-18/10 tại Bắc Kinh, "
            "đúng 10 năm sau khi sáng kiến được đưa ra năm 2013.", "other-multilateral")
    assert (m.start, m.end) == ("2023-10-17", "2023-10-18")


def test_year_named_with_the_next_edition_is_not_the_sentences_year():
    found = meetings_of("Hội nghị Cấp cao Mekong - Lan Thương\nHồi tháng 8/2024, các Bộ trưởng đã họp chuẩn bị. Ngày 20/9, "
                        "Hội nghị Cấp cao Hợp tác Mekong - Lan Thương lần thứ 4 bế mạc và Trung Quốc nhận vai trò chủ "
                        "nhà Hội nghị Cấp cao Mekong - Lan Thương lần thứ 5 năm 2026.")
    assert next(m for m in found if m.ordinal == 4).start == "2024-09-20"


def test_day_before_the_name_opens_a_meeting_closing_on_the_day_after_it():
    m = one("Hội nghị APEC khai mạc\nNgày 6/11/2017, Tuần lễ Cấp cao APEC 2017 chính thức khai mạc tại Đà Nẵng và sẽ kéo "
            "dài đến ngày 11/11.", "other-multilateral")
    assert (m.start, m.end) == ("2017-11-06", "2017-11-11")


def test_closing_day_said_later_of_the_meeting_by_its_noun():
    m = one("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN\nSáng 8/9/2020, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 đã khai "
            "mạc theo hình thức trực tuyến. Các hoạt động của hội nghị sẽ kéo dài đến hết ngày 12/9.", "aem")
    assert (m.start, m.end) == ("2020-09-08", "2020-09-12")


def test_aipa_assembly_is_presided_by_its_host():
    found = meetings_of("Đại hội đồng AIPA\nĐây là lần thứ ba Việt Nam đăng cai Đại hội đồng AIPA, sau lần đầu tại Hà Nội "
                        "vào năm 1995.")
    assert [(m.country, m.chair) for m in found if m.series == "aipa"] == [("VN", "VN")]


def test_year_said_after_the_meetings_place():
    m = one("Việt Nam đăng cai APEC\nTháng 7/2005, Chủ tịch nước thăm Chile. Chủ tịch nước mời Tổng thống Chile dự Hội nghị "
            "cấp cao APEC lần thứ 14 tại Hà Nội vào cuối năm 2006.", "other-multilateral")
    assert m.start == "2006"


def test_place_of_what_is_talked_of_is_no_venue():
    m = one("G20\nPhát biểu tại Hội nghị Bộ trưởng Ngoại giao G20 ngày 22/2/2024, Ngoại trưởng Nga cáo buộc phương Tây gây "
            "căng thẳng tại Ukraine.", "other-multilateral")
    assert m.country is None


def test_two_portfolios_of_one_grouping_are_two_meetings():
    found = meetings_of("G20 Ấn Độ\nHội nghị Bộ trưởng Tài chính G20 diễn ra ngày 17/7/2023 tại Gandhinagar. Ngày 21/7/2023, "
                        "Hội nghị Bộ trưởng Năng lượng G20 diễn ra tại Goa.")
    assert [(m.start, m.end) for m in found] == [("2023-07-17", "2023-07-17"), ("2023-07-21", "2023-07-21")]


def test_leaders_of_a_grouping_meet_apart_from_its_ministers():
    found = meetings_of("APEC 2017\nNgày 8/11/2017, Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC diễn ra tại Đà Nẵng. "
                        "Ngày 10/11, Hội nghị các nhà lãnh đạo kinh tế APEC khai mạc.")
    assert len(found) == 2
