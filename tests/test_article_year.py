"""The article's year when it tells earlier events: the news comes after them.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

import pytest

from summitgraph.extract.context import make_context
from summitgraph.model import Article, OffsetMap


def year_of(text: str) -> int | None:
    art = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                  title=text.split("\n", 1)[0], published=None)
    return make_context(art).default_year


@pytest.mark.parametrize("text, year", [
    # Many meetings of one year recalled, one of the next: the article is written in the later year.
    ("Thủ tướng lên đường thăm chính thức Hàn Quốc\n"
     "Chuyến thăm chính thức Hàn Quốc của Thủ tướng (từ 10 - 13/8) được kỳ vọng mở ra giai đoạn mới. "
     "Hai nhà lãnh đạo đã gặp nhau tại Seoul (tháng 3/2018), bên lề Hội nghị APEC (tháng 11/2018) và tại "
     "Singapore (tháng 12/2018). Tổng thống Hàn Quốc đã thăm Việt Nam (tháng 2/2019).", 2019),
    # The visit is announced for a day in April; the treaty it follows was initialled in December:
    # the April is in the next year.
    ("Ủy viên châu Âu sắp thăm Việt Nam\n"
     "Ngày 14-15/4, Ủy viên Thương mại châu Âu sẽ thăm chính thức Việt Nam. "
     "Hiệp định khung đã được ký tắt vào tháng 11/2009 sau nhiều vòng đàm phán.", 2010),
    # "vừa qua" after the month says it is past: the June visit is after it.
    ("Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Lào\n"
     "Đoàn đại biểu Quốc hội Lào thăm chính thức Việt Nam từ ngày 5-9/6. "
     "Hai bên nhắc lại cuộc gặp tại Viêng Chăn vào tháng 10 năm 2015 vừa qua.", 2016),
    # "ngày mai (9/3)" is the article's own day as much as a bare "ngày 9/3".
    ("Bộ trưởng Nông nghiệp ASEAN họp tại Bangkok\n"
     "Hôm nay, các bộ trưởng nông nghiệp ASEAN nhóm họp để kiểm điểm kế hoạch đã được thông qua vào "
     "tháng 10/2012. Ngày mai (9/3), các bộ trưởng sẽ ra tuyên bố chung.", 2013),
])
def test_the_news_comes_after_what_it_tells_as_past(text, year):
    assert year_of(text) == year


@pytest.mark.parametrize("text, year", [
    # A meeting later in the same year, told as planned, does not push the article to the next year.
    ("Hội nghị quan chức cao cấp ASEAN họp tại Manila\n"
     "Ngày 20-5 tại Manila đã diễn ra Hội nghị SOM ASEAN. Các nước nhất trí tổ chức Hội nghị Cấp cao "
     "kỷ niệm vào tháng 11-2015 và chuẩn bị cho Hội nghị Bộ trưởng (8-2015).", 2015),
    # Đà Nẵng is no "đã": an event named with its city is not told as past.
    ("Thủ tướng gặp Tổng thống Indonesia\n"
     "Ngày 8/7, Thủ tướng gặp Tổng thống Indonesia và mời ông tham dự Hội nghị cấp cao APEC "
     "tại Đà Nẵng tháng 11/2017.", 2017),
])
def test_a_later_month_of_the_same_year_told_as_to_come_keeps_the_year(text, year):
    assert year_of(text) == year


def test_a_chair_year_votes_once():
    # "Chủ tịch ASEAN năm 2020" said as a wish for the partner is one vote, not a chair and a year vote
    # that outweigh two meetings told with their month.
    text = ("Phó Thủ tướng thăm Singapore\n"
            "Phó Thủ tướng thăm Singapore từ ngày 13-15/7. Hai bên nhắc lại chuyến thăm của Thủ tướng "
            "(3/2019) và của Chủ tịch Quốc hội (6/2019) vừa qua. Việt Nam sẽ tiếp tục hợp tác, phối hợp "
            "chặt chẽ để Singapore đảm nhiệm thành công vai trò Chủ tịch ASEAN năm 2020.")
    assert year_of(text) == 2019


def test_a_decimal_comma_does_not_hide_a_forecast():
    # "dự kiến đạt 6,7% trong năm 2018" is a forecast: the comma in 6,7 is no clause break.
    text = ("Kinh tế tăng trưởng ổn định\n"
            "Quốc hội họp bàn về kinh tế. Tăng trưởng năm 2017 đạt 6,2% và dự kiến đạt 6,7% trong năm 2018.")
    assert year_of(text) == 2017


def test_a_later_year_told_without_a_past_cue_is_no_floor():
    # "(8-2016)" names the ministers' meeting the draft goes to: a plan, even without "sẽ".
    text = ("Hội nghị quan chức cao cấp họp tại Manila\n"
            "Ngày 20/5, các quan chức cao cấp họp tại Manila, tiếp nối các cuộc họp đã diễn ra vào tháng 1/2015, "
            "tháng 2/2015 và tháng 3/2015. Các nước nhất trí hoàn tất dự thảo để trình Hội nghị Bộ trưởng "
            "(8-2016) thông qua.")
    assert year_of(text) == 2015
