"""Slots of named multilateral meetings: who chairs them, and what the list of ASEAN Summits adds."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap
from written import only


def meetings_of(text: str, published: str | None = None):
    art = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                  title=None, published=published)
    return extract_meetings(make_context(art))


def test_an_asean_meeting_in_a_member_country_is_chaired_by_that_country_when_its_year_is_unknown():
    rec = only(meetings_of("Ngày 15/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) đã khai mạc tại "
                           "Jakarta, Indonesia với sự tham dự của bộ trưởng các nước."), "admm")
    assert rec.country == "ID"
    assert rec.chair == "ID"


def test_the_host_of_a_g20_summit_holds_its_presidency():
    rec = only(meetings_of("Hội nghị thượng đỉnh G20 diễn ra tại Hamburg, Đức ngày 7/7/2017 với nhiều cuộc "
                           "gặp bên lề."), "other-multilateral")
    assert rec.country == "DE"
    assert rec.chair == "DE"


def test_a_forum_with_no_presidency_has_no_chair_from_its_venue():
    rec = only(meetings_of("Đối thoại Shangri-La lần thứ 20 diễn ra tại Singapore từ ngày 10 đến 12/6/2022."),
               "other-multilateral")
    assert rec.country == "SG"
    assert rec.chair is None


def test_a_numbered_summit_the_text_does_not_date_takes_its_days_and_named_city_from_the_list():
    rec = only(meetings_of("Các nhà lãnh đạo đã thông qua tuyên bố tại Hội nghị cấp cao ASEAN lần thứ 21. "
                           "Thủ đô Phnom Penh đã đón hàng nghìn đại biểu."), "asean-summit")
    assert (rec.start, rec.end) == ("2012-11-18", "2012-11-20")
    assert (rec.city, rec.country) == ("Phnom Penh", "KH")
    assert rec.chair == "KH"


def test_a_summit_dated_by_day_and_month_only_takes_the_year_of_its_number():
    rec = only(meetings_of("Hội nghị cấp cao ASEAN lần thứ 11 khai mạc ngày 12/12 với chủ đề một tầm nhìn."),
               "asean-summit")
    assert rec.start == "2005-12-12"


def test_a_city_after_a_named_venue_is_the_meetings_place():
    rec = only(meetings_of("Chiều 18/11/2005, tại Trung tâm Hội nghị quốc tế Busan, Hội nghị Bộ trưởng APEC 2005 "
                           "bế mạc cùng với đại diện khách mời đến từ Dubai."), "other-multilateral")
    assert (rec.city, rec.country) == ("Busan", "KR")
    assert rec.chair == "KR"


def test_cities_away_from_asean_are_known():
    rec = only(meetings_of("Các bộ trưởng tài chính G20 sẽ gặp nhau tại Hội nghị G20 ở Durban vào tháng 3/2026."),
               "other-multilateral")
    assert (rec.city, rec.country, rec.format) == ("Durban", "ZA", "in_person")


def test_two_numbered_summits_held_together_are_two_meetings():
    found = meetings_of("Năm 2016, Lào tổ chức Hội nghị Cấp cao ASEAN lần thứ 28, 29 tại Viêng Chăn.")
    summits = sorted((r.ordinal, r.city) for r in found if r.series == "asean-summit")
    assert summits == [(28, "Vientiane"), (29, "Vientiane")]


def test_the_admm_plus_held_with_the_admm_takes_its_days_and_place():
    found = meetings_of("Hội nghị Bộ trưởng Quốc phòng ASEAN (ADMM) lần thứ 9 họp tại Kuala Lumpur từ ngày 3 đến "
                        "5/11/2015. Bên lề, Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ 3 thông "
                        "qua một tuyên bố chung.")
    plus = only(found, "admm-plus")
    assert (plus.start, plus.end, plus.city, plus.chair) == ("2015-11-03", "2015-11-05", "Kuala Lumpur", "MY")


def test_side_meetings_of_aipa_are_not_merged_into_its_general_assembly():
    found = meetings_of("Đại hội đồng AIPA lần thứ 40 khai mạc ngày 26/8/2019 tại Băng Cốc. Ngày 27/8/2019, Hội "
                        "nghị nữ nghị sĩ AIPA bàn về bình đẳng giới.")
    assert len([r for r in found if r.series == "aipa"]) == 2


def test_an_asean_plus_one_summit_before_the_list_of_chairs_is_chaired_by_that_years_summit_host():
    rec = only(meetings_of("Tháng 12/2005, Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 9 sẽ diễn ra."),
               "asean-partner-summit")
    assert (rec.partner, rec.chair) == ("KR", "MY")


def test_a_summit_the_partner_hosts_is_chaired_by_the_partner():
    rec = only(meetings_of("Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ diễn ra tại Washington từ ngày 12 đến "
                           "13/5/2022."), "asean-partner-summit")
    assert (rec.country, rec.chair) == ("US", "US")


def test_a_sentence_opening_on_the_bare_head_noun_places_the_meeting_just_named():
    rec = only(meetings_of("Ngày 5/10/2021, Đại hội đồng AIPA lần thứ 42 bắt đầu phiên toàn thể đầu tiên. "
                           "Hội nghị sẽ họp trực tuyến tại điểm cầu Bandar Seri Begawan trong ba ngày."), "aipa")
    assert (rec.city, rec.country, rec.format) == ("Bandar Seri Begawan", "BN", "online")
