"""Meeting slots, round 2: the article's year, the days of a meeting told in several sentences, where a
talk happens, who chairs an ASEAN sectoral meeting.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import article_of, meetings_of, only

from summitgraph.extract.context import make_context


# --- the article's year ---------------------------------------------------------------------------------

def test_the_year_a_forum_was_founded_does_not_date_the_article():
    text = ("Diễn đàn an ninh khu vực khép lại\nDiễn đàn ra đời năm 2003 theo sáng kiến của một viện nghiên cứu "
            "châu Âu. Phiên bế mạc diễn ra sáng 5/6 với nhiều phát biểu.")
    assert make_context(article_of(text)).default_year is None


def test_a_programme_signed_since_a_year_does_not_date_the_article():
    text = ("Hợp tác an toàn lao động trong khu vực\nChương trình hợp tác này được ký kết từ năm 1998 giữa "
            "các nước thành viên. Hội thảo khai mạc ngày 14/3 tại thủ đô.")
    assert make_context(article_of(text)).default_year is None


def test_a_year_said_as_the_time_of_the_news_still_dates_the_article():
    text = ("Kinh tế khu vực năm 2019\nTrong năm 2019, thương mại nội khối tăng mạnh. Hội nghị khai mạc "
            "ngày 14/3 tại thủ đô.")
    assert make_context(article_of(text)).default_year == 2019


# --- the days of a meeting told in several sentences -----------------------------------------------------

def test_a_forum_opened_one_evening_and_addressed_two_days_later_spans_both_days():
    text = ("Bộ trưởng phát biểu tại Đối thoại Shangri-La\n"
            "Bộ trưởng Quốc phòng đã phát biểu tại Đối thoại Shangri-La lần thứ 19 ở Singapore sáng 9/6/2019. "
            "Trước đó, Đối thoại Shangri-La đã khai mạc tối 7/6/2019 tại Singapore với bài phát biểu của "
            "một nhà lãnh đạo khu vực.")
    rec = only(meetings_of(text), "other-multilateral")
    assert (rec.start, rec.end) == ("2019-06-07", "2019-06-09")


def test_two_meetings_of_one_body_a_month_apart_stay_two():
    text = ("Ngày 3/3/2019, Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức diễn ra tại Bangkok. "
            "Ngày 7/9/2019, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 diễn ra tại Bangkok.")
    assert len([r for r in meetings_of(text) if r.series == "aem"]) == 2


# --- where a talk happens -------------------------------------------------------------------------------

def test_a_dated_talk_happens_in_the_country_of_the_visit_of_that_day():
    text = ("Phó Thủ tướng thăm chính thức Ấn Độ\n"
            "Trong khuôn khổ chuyến thăm chính thức Ấn Độ từ ngày 3 đến 5/7/2018, chiều 4/7, Phó Thủ tướng, "
            "Bộ trưởng Ngoại giao Phạm Bình Minh đã đến chào Tổng thống Ấn Độ Ram Nath Kovind tại New Delhi. "
            "Tổng thống Ấn Độ Ram Nath Kovind tiếp Phó Thủ tướng Phạm Bình Minh ngày 4/7/2018. "
            "Năm 2014, Tổng thống Ấn Độ đã thăm cấp Nhà nước Việt Nam.")
    talks = [m for m in meetings_of(text) if m.series == "bilateral-talks" and m.start == "2018-07-04"]
    assert talks and all(t.country == "IN" for t in talks), talks


# --- who chairs an ASEAN sectoral meeting ----------------------------------------------------------------

def test_an_asean_sectoral_meeting_in_a_member_country_is_chaired_by_that_country():
    text = ("Ngày 12/10/2019, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 23 đã khai mạc tại Chiang Rai, "
            "Thái Lan.")
    rec = only(meetings_of(text), "asean-sectoral")
    assert rec.country == "TH"
    assert rec.chair == "TH"


def test_a_country_after_a_place_the_gazetteer_does_not_know_is_the_host():
    text = "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 đã diễn ra ngày 9/9/2020 tại Kota Kinabalu, Malaysia."
    rec = only(meetings_of(text), "aem")
    assert (rec.country, rec.format) == ("MY", "in_person")


def test_a_country_opening_the_next_clause_is_not_the_host():
    text = "Phát biểu tại Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52, Việt Nam đề nghị các nước tăng cường hợp tác."
    rec = only(meetings_of(text), "aem")
    assert rec.country is None


# --- a day told within the frame of a longer event -------------------------------------------------------

def test_a_day_after_trong_khuon_kho_dates_the_activity_not_the_visit():
    text = ("Thủ tướng thăm Ba Lan\nTrong khuôn khổ chuyến thăm chính thức Ba Lan, chiều 14/10/2018, "
            "Thủ tướng Nguyễn Xuân Phúc đã đặt vòng hoa tại Đài tưởng niệm Chiến sĩ vô danh.")
    visit = only(meetings_of(text), "bilateral-visit")
    assert visit.start == "2018-10"


def test_a_day_after_a_meeting_framing_the_sentence_gives_its_month():
    text = ("Trong khuôn khổ Hội nghị Quan chức cao cấp ASEAN (SOM) và các hội nghị liên quan, ngày 20/6/2019 "
            "tại Bangkok, Thái Lan đã diễn ra Hội nghị SOM ASEAN+3.")
    som = only(meetings_of(text), "asean-som")
    assert som.start == "2019-06"
    apt = only(meetings_of(text), "apt-other")
    assert apt.start == "2019-06-20"


def test_a_range_after_trong_khuon_kho_still_dates_the_visit():
    text = ("Trong khuôn khổ chuyến thăm chính thức Ba Lan từ ngày 14 đến 16/10/2018, Thủ tướng Nguyễn Xuân Phúc "
            "đã đặt vòng hoa tại Đài tưởng niệm Chiến sĩ vô danh.")
    visit = only(meetings_of(text), "bilateral-visit")
    assert (visit.start, visit.end) == ("2018-10-14", "2018-10-16")


# --- a numbered ASEAN Summit dated by one of its days ------------------------------------------------------

def test_a_document_adopted_on_one_day_of_a_numbered_summit_leaves_the_summit_its_days():
    text = ("Chương trình hành động mới được các nhà lãnh đạo thông qua ngày 30/11/2004 tại Hội nghị Cấp cao "
            "ASEAN lần thứ 10 ở Viêng Chăn.")
    summit = only(meetings_of(text), "asean-summit")
    assert (summit.start, summit.end) == ("2004-11-29", "2004-11-30")


def test_a_summit_month_the_text_gives_stays_a_month():
    text = "Hội nghị Cấp cao ASEAN lần thứ 10 diễn ra vào tháng 11/2004 tại Viêng Chăn, Lào."
    summit = only(meetings_of(text), "asean-summit")
    assert summit.start == "2004-11"


# --- the host city named in another sentence ---------------------------------------------------------------

def test_a_visit_to_a_country_is_in_the_one_city_of_it_the_article_names():
    text = ("Chủ tịch nước thăm cấp Nhà nước Hàn Quốc\nChủ tịch nước bắt đầu chuyến thăm cấp Nhà nước Hàn Quốc "
            "ngày 20/10/2019. Trả lời phỏng vấn phóng viên thường trú tại Seoul, Đại sứ Việt Nam cho biết "
            "chuyến thăm có ý nghĩa quan trọng.")
    visit = only(meetings_of(text), "bilateral-visit")
    assert (visit.country, visit.city) == ("KR", "Seoul")


def test_with_two_cities_of_the_host_named_the_city_stays_unknown():
    text = ("Chủ tịch nước bắt đầu chuyến thăm cấp Nhà nước Nhật Bản ngày 20/10/2019. Lịch trình gồm các "
            "hoạt động ở Tokyo và Osaka.")
    visit = only(meetings_of(text), "bilateral-visit")
    assert visit.country == "JP" and visit.city is None


# --- who chairs an ASEAN+1 ministers' meeting -------------------------------------------------------------

def test_a_dialogue_the_partner_hosts_is_chaired_by_the_partner():
    text = ("Ngày 12/9/2019, Hội nghị Bộ trưởng Ngoại giao ASEAN-Hàn Quốc đã diễn ra tại Seoul với sự tham dự "
            "của ngoại trưởng các nước.")
    rec = only(meetings_of(text), "asean-partner-other")
    assert (rec.partner, rec.country, rec.chair) == ("KR", "KR", "KR")
