"""How an article's shape is read around extraction: report credits opening the body ("Bangkok (TTXVN) 2/8 - "),
lead-sentence pages, lists ending a page (issue 11). Sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def meetings(text: str, series: str):
    return [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def one(text: str, series: str):
    found = meetings(text, series)
    assert len(found) == 1, found
    return found[0]


# --- report credits --------------------------------------------------------------------------------------------
def test_dated_credit_then_the_meeting_by_its_noun_today():
    m = one("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52\n"
            "Bangkok, 2/8/2019 (TTXVN) - Hội nghị do Thái Lan chủ trì đã khai mạc sáng nay với sự tham dự của "
            "Phó Thủ tướng, Bộ trưởng Ngoại giao.\nCác bộ trưởng bàn về tình hình khu vực.", "amm")
    assert (m.start, m.end) == ("2019-08-02", "2019-08-02")


def test_credit_with_the_agency_before_a_day_without_year():
    m = one("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52\n"
            "Bangkok (TTXVN) 2/8 - Hội nghị do Thái Lan chủ trì đã khai mạc sáng nay với sự tham dự của "
            "Phó Thủ tướng.\nCác bộ trưởng bàn về tình hình khu vực trong năm 2019.", "amm")
    assert m.start == "2019-08-02"


def test_outlet_and_place_credit():
    m = one("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52\n"
            "TTXVN/Bangkok 2/8/2019 - Hội nghị do Thái Lan chủ trì đã khai mạc sáng nay với sự tham dự của "
            "Phó Thủ tướng.\nCác bộ trưởng bàn về tình hình khu vực.", "amm")
    assert m.start == "2019-08-02"


def test_credit_without_year_tells_the_day_of_writing():
    m = one("Bộ trưởng dự hội nghị Mekong - Hàn Quốc\n"
            "Hà Nội, 18/8 (TTXVN) - Hôm qua, Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc "
            "lần thứ 13 theo hình thức trực tuyến.\nHội nghị đánh giá hợp tác năm 2022.", "subregional")
    assert m.start == "2022-08-17"


def test_upper_case_credit_without_year():
    m = one("Khai mạc hội nghị quốc phòng ASEAN\n"
            "HÀ NỘI, 2/8 - Sáng nay, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 đã khai mạc tại Hà Nội, trong "
            "chương trình năm 2023 của khối.", "admm")
    assert m.start == "2023-08-02"


def test_talk_in_the_credited_sentence_takes_the_day_filed_without_year():
    found = meetings("Thủ tướng hội kiến Tổng thống Philippines\n"
                     "Manila, 28/10 (TTXVN) - Ngay sau khi tới Philippines, Thủ tướng Phạm Minh Chính đã hội kiến "
                     "Tổng thống Ferdinand Marcos Jr. tại Dinh Tổng thống.\nHai bên nhất trí nâng tầm quan hệ trong "
                     "năm 2024.", "bilateral-talks")
    assert [m.start for m in found if m.parties == ["PH", "VN"]] == ["2024-10-28"]


def test_outlet_online_credit_is_no_video_link():
    m = one("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng\n"
            "QĐND Online - Sáng 16/11, tại Jakarta, Đại tướng dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần "
            "thứ 10.\nHội nghị được tổ chức năm 2023.", "admm-plus")
    assert m.format == "in_person"


def test_place_and_day_alone_on_a_line_is_the_day_filed():
    art = article_from_text("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN\nJakarta, ngày 20/8/2023\nSáng nay, Hội nghị "
                            "Bộ trưởng Kinh tế ASEAN lần thứ 55 khai mạc với sự tham gia của các bộ trưởng.", "t.txt")
    assert art.published == "2023-08-20"
    (m,) = [m for m in read_article(art).meetings if m.series == "aem"]
    assert (m.start, m.city) == ("2023-08-20", "Jakarta")


def test_meeting_told_under_a_credit_abroad_is_held_there():
    m = one("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương\n"
            "Viêng Chăn (TTXVN) 7/12 - Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 8 đã diễn ra hôm nay, "
            "năm 2023.", "subregional")
    assert (m.start, m.city, m.country) == ("2023-12-07", "Vientiane", "LA")


def test_title_meeting_told_by_its_noun_under_a_credit_abroad():
    m = one("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52\n"
            "TTXVN/Bangkok 2/8/2019 - Hội nghị đã khai mạc sáng nay với sự tham dự của Phó Thủ tướng.\n"
            "Các bộ trưởng bàn về tình hình khu vực.", "amm")
    assert (m.city, m.country) == ("Bangkok", "TH")



# --- pages of lead sentences -----------------------------------------------------------------------------------
LEAD_PAGE = "\n".join([
    "Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru tại Hà Nội.",
    "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 11 diễn ra ngày 21/11/2024 tại Viêng Chăn, Lào.",
    "Thủ tướng tiếp Đại sứ Hoa Kỳ nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam trong chiều nay.",
    "Chủ tịch nước Lương Cường hội kiến Tổng thống Chile Gabriel Boric Font bên lề Tuần lễ Cấp cao APEC.",
    "Giá xăng dầu trong nước tiếp tục giảm mạnh ở kỳ điều hành chiều nay theo quyết định của liên bộ.",
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Hàn Quốc Cho Tae-yul ngày 15/11/2024.",
    "Đội tuyển bóng đá Việt Nam hội quân chuẩn bị cho giải vô địch Đông Nam Á cuối năm nay tại Hà Nội.",
    "Phó Thủ tướng Trần Hồng Hà làm việc với Bộ trưởng Năng lượng Australia về hợp tác chuyển đổi xanh.",
    "Hội nghị thượng đỉnh G20 khai mạc ngày 18/11/2024 tại Rio de Janeiro, Brazil với nhiều nội dung quan trọng.",
])


def test_on_a_lead_page_a_talk_keeps_to_its_own_line():
    art = article_from_text(LEAD_PAGE, "t.txt")
    assert "lead_sentences" in art.quality
    talks = {tuple(m.parties): m for m in read_article(art).meetings if m.series == "bilateral-talks"}
    assert talks[("JP", "VN")].start is None
    assert (talks[("CL", "VN")].start, talks[("CL", "VN")].country) == (None, None)


def test_a_short_digest_of_stories_is_a_lead_page():
    art = article_from_text("Tin tức thời sự ngày 16/11\n"
                            "Chủ tịch nước Lương Cường hội đàm với Tổng thống Peru Dina Boluarte tại Lima.\n"
                            "Sáng 15/11, Hội nghị Bộ trưởng APEC lần thứ 35 diễn ra tại Lima, Peru.\n"
                            "Bộ trưởng Công an tiếp Đại sứ Nga tại trụ sở bộ.\n"
                            "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone ngày 10/11/2024.\n"
                            "Giá vàng hôm nay tăng trở lại sau nhiều phiên giảm liên tiếp.", "t.txt")
    assert "lead_sentences" in art.quality
    (talk,) = [m for m in read_article(art).meetings if m.parties == ["PE", "VN"]]
    assert talk.start is None


# --- the title's meeting and the week the lead tells -----------------------------------------------------------
def test_leaders_week_in_the_lead_is_the_titles_summit():
    (m,) = meetings("Chủ tịch nước dự Hội nghị Cấp cao APEC lần thứ 30\n"
                    "Từ ngày 14 đến 17/11/2023, Chủ tịch nước dự Tuần lễ Cấp cao APEC tại San Francisco, Hoa Kỳ.\n"
                    "Các nhà lãnh đạo bàn về tăng trưởng bền vững.", "other-multilateral")
    assert (m.ordinal, m.start, m.end, m.city) == (30, "2023-11-14", "2023-11-17", "San Francisco")


# --- lists ending a page ---------------------------------------------------------------------------------------
from summitgraph.ingest.clean import clean  # noqa: E402

BODY = ("Thủ tướng lên đường dự Hội nghị Cấp cao ASEAN lần thứ 43\n"
        "Chiều 4/9/2023, Thủ tướng rời Hà Nội lên đường dự Hội nghị Cấp cao ASEAN lần thứ 43 và các hội nghị liên "
        "quan tại Jakarta, Indonesia.\n"
        "Trong hai ngày, Thủ tướng sẽ dự khoảng 12 hội nghị và có nhiều cuộc gặp song phương với lãnh đạo các nước.\n")


def test_a_bulleted_list_of_meetings_ending_the_page_is_the_articles():
    items = ["• Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26", "• Hội nghị Cấp cao ASEAN+3 lần thứ 26",
             "• Hội nghị Cấp cao Đông Á lần thứ 18"]
    cleaned, _, _ = clean(BODY + "\n".join(items))
    assert all(item in cleaned for item in items)
    # Other stories' headlines, bulleted too, still go: who did what, or a day stamp.
    items = ["• Thủ tướng dự Hội nghị Cấp cao ASEAN - Nhật Bản", "• Giá lúa gạo đầu vụ tăng nhẹ ở đồng bằng",
             "• Hội nghị Cấp cao ASEAN 42 bế mạc tại Labuan Bajo (11/5/2023)"]
    cleaned, _, _ = clean(BODY + "\n".join(items))
    assert not any(item in cleaned for item in items)
    stamped = ["- Hội nghị Cấp cao APEC khai mạc (18/11/2005)", "- Hội nghị Cấp cao ASEAN bế mạc (14/12/2005)"]
    cleaned, _, _ = clean(BODY + "\n".join(stamped))
    assert not any(item in cleaned for item in stamped)


def test_a_schedules_day_heads_its_items():
    page = BODY + "Ngày 5/9:\n- Hội nghị Cấp cao ASEAN lần thứ 43 và Lễ khai mạc\n- Hội nghị Cấp cao ASEAN - Trung Quốc"
    cleaned, _, _ = clean(page)
    assert "Ngày 5/9:" in cleaned and cleaned.endswith("- Hội nghị Cấp cao ASEAN - Trung Quốc")


def test_credit_in_capitals_names_its_city():
    m = one("Khai mạc AMM 57\nVIENTIANE, 24/7/2024 (VNA) – Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc "
            "sáng nay.\nHội nghị kéo dài đến ngày 27/7.", "amm")
    assert (m.start, m.city) == ("2024-07-24", "Vientiane")
    talk = one("Hội đàm Việt Nam - Campuchia\nPNÔM PÊNH, 20/12 (TTXVN) - Hôm nay, Thủ tướng Hun Manet đã hội đàm với "
               "Thủ tướng Phạm Minh Chính.\nHai bên đánh giá quan hệ năm 2023.", "bilateral-talks")
    assert (talk.start, talk.city) == ("2023-12-20", "Phnom Penh")


def test_talk_under_a_credit_with_no_year_anywhere():
    talk = one("Thủ tướng hội đàm với Thủ tướng Lào\nViêng Chăn, 9/1 (TTXVN) - Thủ tướng Phạm Minh Chính đã hội đàm với "
               "Thủ tướng Lào Sonexay Siphandone.\nHai bên nhất trí tăng cường hợp tác.", "bilateral-talks")
    assert (talk.start, talk.city) == ("--01-09", "Vientiane")


def test_lists_of_meeting_names_in_other_shapes_stay():
    for items in (["Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26", "Hội nghị Cấp cao Đông Á lần thứ 18"],
                  ["3. Hội nghị Cấp cao ASEAN+3 lần thứ 26", "4. Hội nghị Cấp cao Đông Á lần thứ 18"],
                  ["- Ngày 5/9: Hội nghị Cấp cao ASEAN lần thứ 43", "- Ngày 6/9: Hội nghị Cấp cao Đông Á lần thứ 18"],
                  ["- Lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ 43", "- Hội nghị Cấp cao ASEAN - Ấn Độ (ngày 7/9)"],
                  ["Các hội nghị Thủ tướng dự gồm", "• Hội nghị Cấp cao ASEAN+3 lần thứ 26",
                   "• Hội nghị Cấp cao Đông Á lần thứ 18"]):
        cleaned, _, _ = clean(BODY + "\n".join(items))
        assert all(item in cleaned for item in items), items
    headlines = ["Hội nghị Cấp cao ASEAN 42 bế mạc tại Labuan Bajo", "Giá lúa gạo đầu vụ tăng nhẹ ở đồng bằng"]
    cleaned, _, _ = clean(BODY + "\n".join(headlines))
    assert not any(item in cleaned for item in headlines)


def test_a_meeting_name_with_its_acronym_opens_no_credit():
    m = one("An ninh khu vực\nDiễn đàn Khu vực ASEAN (ARF) - Diễn đàn an ninh của khu vực - đã họp tại Jakarta ngày "
            "14/7/2023 với sự tham dự của các ngoại trưởng.", "arf")
    assert (m.start, m.city) == ("2023-07-14", "Jakarta")


def test_a_long_digest_of_uneven_leads_is_a_lead_page():
    lines = ["Điểm tin", "Thủ tướng hội đàm với Thủ tướng Singapore Lawrence Wong tại Rio de Janeiro.",
             "Giá xăng giảm.", "Hội nghị thượng đỉnh G20 khai mạc ngày 18/11/2024 tại Brazil với chủ đề chống đói "
             "nghèo, phát triển bền vững và cải cách các thể chế toàn cầu.", "Mưa lớn kéo dài ở duyên hải.",
             "Đội tuyển bóng đá hội quân chuẩn bị giải vô địch Đông Nam Á.", "Chứng khoán khởi sắc.",
             "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành từ đầu tháng tới theo hướng ổn định thị trường.",
             "Lễ hội hoa xuân mở cửa."]
    art = article_from_text("\n".join(lines), "t.txt")
    assert "lead_sentences" in art.quality
    (talk,) = [m for m in read_article(art).meetings if m.series == "bilateral-talks"]
    assert talk.start is None


def test_arrival_told_under_a_credit_begins_the_visit_that_day():
    visit = one("Chủ tịch nước thăm cấp Nhà nước Trung Quốc\nBắc Kinh (TTXVN) 19/10 - Chủ tịch nước Võ Văn Thưởng đã tới "
                "thủ đô Bắc Kinh, bắt đầu chuyến thăm cấp Nhà nước Trung Quốc.\nChuyến thăm diễn ra trong năm 2023.",
                "bilateral-visit")
    assert (visit.start, visit.city) == ("2023-10-19", "Beijing")


def test_a_meeting_commented_on_from_abroad_is_not_held_there():
    found = meetings("Trung Quốc phản đối tuyên bố của G7\nBắc Kinh, 21/5/2023 (TTXVN) - Bộ Ngoại giao Trung Quốc bày "
                     "tỏ phản đối tuyên bố chung của Hội nghị thượng đỉnh G7 về các vấn đề liên quan.\n"
                     "Các bộ trưởng bàn về tình hình khu vực.", "other-multilateral")
    assert [m.city for m in found] == [None]
    # An ASEAN Summit meets in a member: a credit from a partner's capital does not place it.
    m = one("Thủ tướng Nhật Bản dự Hội nghị Cấp cao ASEAN\nTokyo (TTXVN) 5/9 - Thủ tướng Nhật Bản lên đường dự Hội nghị "
            "Cấp cao ASEAN - Nhật Bản lần thứ 26 trong năm 2023.", "asean-partner-summit")
    assert m.city != "Tokyo"
