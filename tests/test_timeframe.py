"""The article's year: the year its days and months written without one belong to.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations


import pytest

from summitgraph import registry
from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def article(text: str, published: str | None = None) -> Article:
    return Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                   title=text.split("\n", 1)[0], published=published)


def year_of(text: str, published: str | None = None) -> int | None:
    return make_context(article(text, published)).default_year


LEAD = "Quan hệ thương mại hai nước tiếp tục phát triển\n"


@pytest.mark.parametrize("text, year", [
    # Statistics recall last year; the quarter just ended is this year's.
    (LEAD + "Năm 2016, kim ngạch song phương đạt 9 tỷ USD. Năm 2016 cũng là năm du lịch tăng mạnh. "
            "Trong quý I/2017, kim ngạch đạt 2,1 tỷ USD.", 2017),
    # Events of two years: the later one is the news.
    (LEAD + "Hai bên đánh giá cao kết quả hợp tác. Tháng 4/2016, hai bên ký thỏa thuận hợp tác. Tháng 9/2016, Bộ trưởng sang thăm Hà Nội. "
            "Tháng 5/2017, hai nước nâng cấp quan hệ.", 2017),
    # Horizons are plans, not the time of the news.
    (LEAD + "Hai bên đặt mục tiêu đưa kim ngạch lên 20 tỷ USD đến năm 2030. Tháng 3/2018, hai bên "
            "họp lần đầu. Tầm nhìn 2045 được nhắc lại.", 2018),
    # A year said only as a plan ("sẽ ... năm 2019") does not date the article.
    (LEAD + "Tháng 6/2018, hai bên họp tại Hà Nội. Hai nước sẽ tổ chức năm văn hóa trong năm 2019. "
            "Năm 2019 sẽ có thêm đường bay mới.", 2018),
    # A year far beyond every other one is a horizon even without a horizon word.
    (LEAD + "Tháng 5/2021, hai bên ký hiệp định. Năm 2021, kim ngạch tăng 12%. Hai nước cam kết phát thải "
            "ròng bằng 0 vào năm 2050, năm 2050 là mốc chung.", 2021),
    # A plan's year names the plan; bare years alone do not make a later year the news.
    (LEAD + "Tháng 5/2017, các bên họp tại Hà Nội. Kế hoạch tổng thể Cộng đồng Kinh tế ASEAN 2025 (ASEAN "
            "Blueprint 2025) được nhắc lại. Năm 1995, hội nghị đầu tiên diễn ra.", 2017),
    # A later year named twice only bare still wins a tie; seven years ahead is no horizon.
    (LEAD + "Việt Nam coi trọng hợp tác đa phương. Từ năm 2008, G20 họp thường niên. Việt Nam dự các hội nghị G20 vào năm 2010. Với vai trò chủ nhà "
            "APEC 2017, Việt Nam đề xuất sáng kiến cho Năm APEC 2017.", 2017),
    # An event named with its year ("Chương trình Du lịch ... năm 2004") is the time of the news.
    (LEAD + "Tháng 11/2002, hiệp định được ký. Diễn đàn Du lịch thường niên 2004 (ATF-2004) giới thiệu Chương "
            "trình Du lịch Điện Biên năm 2004.", 2004),
    # A document's year names the document.
    (LEAD + "Hai bên nhấn mạnh tôn trọng Công ước Liên hợp quốc về Luật Biển năm 1982. Các bên nhắc lại "
            "UNCLOS 1982 nhiều lần.", None),
    # Bare years alone ("APEC 2017") are too weak to date an article.
    (LEAD + "Đoàn sẽ trao đổi về APEC 2017 tại Đà Nẵng.", None),
])
def test_article_year_from_the_years_it_states(text, year):
    assert year_of(text) == year


def test_publication_date_decides_alone():
    text = LEAD + "Tháng 4/2016, hai bên ký thỏa thuận hợp tác. Tháng 9/2016, Bộ trưởng sang thăm Hà Nội."
    assert year_of(text, published="2019-03-02") == 2019


@pytest.mark.parametrize("text, year", [
    # Founding year and anniversary year as a span.
    (LEAD + "Các hoạt động kỷ niệm 25 năm thiết lập quan hệ ngoại giao (1992-2017) diễn ra sôi nổi. "
            "Năm 2015, kim ngạch đạt 3 tỷ USD.", 2017),
    # "năm sau": the anniversary is next year.
    (LEAD + "Hai bên bắt đầu chuẩn bị cho dịp kỷ niệm 50 năm quan hệ ngoại giao vào năm sau "
            "(21/9/1973-21/9/2023). Năm 2021, thương mại hai chiều đạt 12 tỷ USD.", 2022),
    # Said once as next year's, the anniversary is not this year's where it is named again.
    (LEAD + "Chuyến thăm hướng tới kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào năm sau (1973-2023). "
            "Năm 2021, kim ngạch đạt 12 tỷ USD. Hai bên phối hợp chặt chẽ kỷ niệm 50 năm thiết lập quan hệ ngoại giao "
            "(1973-2023).", 2022),
    # A founding year alone: the anniversary falls that many years later.
    (LEAD + "Hai bên chúc mừng kỷ niệm 30 năm ngày thiết lập quan hệ ngoại giao năm 1991.", 2021),
])
def test_anniversary_dates_the_article(text, year):
    assert year_of(text) == year


def test_anniversary_still_to_come_leaves_its_celebration_year_out():
    # "chuẩn bị ... kỷ niệm 45 năm ... trong năm 2018": written before 2018.
    text = LEAD + ("Tháng 7/2017, Phó Thủ tướng thăm Kuala Lumpur. Hai nước đang chuẩn bị các hoạt động kỷ niệm "
                   "45 năm thiết lập quan hệ ngoại giao trong năm 2018. Tháng 3/2015 hai bên nâng cấp quan hệ.")
    assert year_of(text) == 2017


def test_chair_year_statement_dates_the_article_unless_to_come():
    assert year_of(LEAD + "Việt Nam, Chủ tịch ASEAN 2020, đề xuất nhiều sáng kiến.") == 2020
    assert year_of(LEAD + "Việt Nam sẽ đảm nhận vai trò Chủ tịch ASEAN năm 2020.") is None


def test_the_host_year_of_apec_dates_the_article_like_the_asean_chair_year():
    assert year_of(LEAD + "Thủ tướng dự Hội nghị tại Đức (ngày 7-8/7) với tư cách Chủ tịch Năm APEC 2019.") == 2019
    assert year_of(LEAD + "Chủ nhà APEC năm 2019 đã chuẩn bị chu đáo cho Tuần lễ Cấp cao.") == 2019
    assert year_of(LEAD + "Việt Nam sẽ là chủ nhà APEC năm 2027.") is None


def test_numbered_meeting_in_the_lead_gives_the_registry_year():
    text = ("Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37\n"
            "Chiều 12/11, Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc theo hình thức trực tuyến. "
            "Năm 2019, các nước đã thống nhất nhiều sáng kiến.")
    ctx = make_context(article(text))
    assert ctx.default_year == 2020
    assert any(v.kind == "numbered" and v.year == 2020 for v in ctx.timeframe.votes)


def test_year_in_gives_the_one_year_a_sentence_states():
    text = LEAD + "Ngày 12/5, diễn đàn năm 2017 khai mạc. Năm 2015 và năm 2016, kim ngạch tăng."
    tf = make_context(article(text)).timeframe
    first_end = text.index("khai mạc.") + len("khai mạc.")
    assert tf.year_in(len(LEAD), first_end) == 2017
    assert tf.year_in(first_end, len(text)) is None       # two years: neither


@pytest.mark.parametrize("series, ordinal, year", [
    ("asean-summit", 37, 2020), ("amm", 50, 2017), ("arf", 24, 2017), ("eas", 1, 2005), ("eas", 3, 2007),
    ("eas", 12, 2017), ("apt-summit", 20, 2017), ("admm", 14, 2020), ("admm-plus", 7, 2020),
    ("admm-plus", 10, 2023), ("aipa", 41, 2020), ("acc", 21, None), ("amm", 5, None),
])
def test_year_of_numbered_meeting(series, ordinal, year):
    assert registry.year_of_numbered(series, ordinal) == year


def test_chairs_before_2008_are_the_summit_hosts():
    assert [registry.chair_of(y) for y in range(2003, 2008)] == ["ID", "LA", "MY", "PH", "SG"]


def test_undated_article_dates_its_meetings_in_its_year():
    text = ("Phó Thủ tướng thăm chính thức Xin-ga-po\n"
            "Từ ngày 13-15/7, Phó Thủ tướng Phạm Bình Minh thăm chính thức Xin-ga-po. Trong quý II/2017, "
            "thương mại hai chiều tăng 10%. Năm 2016, hai nước kỷ niệm quan hệ đối tác chiến lược; năm 2016 "
            "cũng là năm đầu tư tăng mạnh.")
    found = extract_meetings(make_context(article(text)))
    visit = next(m for m in found if m.series == "bilateral-visit")
    assert (visit.start, visit.end) == ("2017-07-13", "2017-07-15")


def test_numbered_meeting_without_a_year_takes_its_own_year():
    # The article is about 2021 events, but the 37th Summit it recalls met in 2020.
    text = ("Tăng cường hợp tác ASEAN\n"
            "Tháng 3/2021, các Bộ trưởng họp trực tuyến. Tháng 6/2021, SOM ASEAN họp tại Jakarta. "
            "Trước đó, ngày 12/11, Hội nghị Cấp cao ASEAN lần thứ 37 đã thông qua nhiều văn kiện.")
    found = extract_meetings(make_context(article(text)))
    summit = next(m for m in found if m.series == "asean-summit")
    assert summit.start == "2020-11-12"


def test_numbered_meeting_the_text_never_dates_takes_the_registry_dates():
    text = ("Việt Nam đóng góp tích cực cho ASEAN\n"
            "Các nhà lãnh đạo đánh giá cao những kết quả của Hội nghị Cấp cao ASEAN lần thứ 37 tại Hà Nội. "
            "Đại hội đồng AIPA-41 cũng thông qua nhiều nghị quyết quan trọng.")
    found = {m.series: m for m in extract_meetings(make_context(article(text)))}
    summit = registry.summits()[37]
    assert (found["asean-summit"].start, found["asean-summit"].end) == (summit.start, summit.end)
    assert (found["aipa"].start, found["aipa"].end) == ("2020", "2020")
    # Read from no sentence, the date makes the record less sure than one the text dates.
    dated = extract_meetings(make_context(article(text.replace("tại Hà Nội", "ngày 12/11/2020 tại Hà Nội"))))
    dated_summit = next(m for m in dated if m.series == "asean-summit")
    assert found["asean-summit"].evidence.confidence < dated_summit.evidence.confidence


@pytest.mark.parametrize("goal", ["mở đường cho việc hình thành khu vực thương mại tự do vào năm 2008",
                                  "hướng tới xây dựng thị trường chung vào năm 2008",
                                  "phấn đấu xóa bỏ hàng rào thuế quan vào năm 2008"])
def test_a_year_a_goal_is_to_be_reached_by_does_not_date_the_article(goal):
    # the numbered Summit (the 11th, 2005) is the time of the news; the goal's year is a deadline
    text = ("Lãnh đạo ASEAN ký hiệp định khung\nCác nhà lãnh đạo hôm qua đã ký hiệp định khung, " + goal + ". "
            "Lễ ký diễn ra ngày 12/12 tại Hội nghị Cấp cao ASEAN lần thứ 11 ở Kuala Lumpur.")
    assert year_of(text) == 2005


def test_a_year_of_what_a_goal_does_this_year_still_dates_the_article():
    text = ("Bộ trưởng Kinh tế họp tại Hạ Long\nNgày 26/4, các Bộ trưởng bàn định hướng chính sách nhằm tăng "
            "cường hợp tác kinh tế trong năm 2005 và các năm tiếp theo.")
    assert year_of(text) == 2005
