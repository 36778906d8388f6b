"""Meeting slots, round 4 (issue 11): which day of a visit its talks take, which visit a dated talk is part of.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import article_of, context_of, meetings_of, only, talks_of

from summitgraph.extract.attributes import day_told_before
from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.extract.dates import find_dates


# --- a talk undated in its own sentence takes the day of its visit told before it ----------------------

VISIT = ("Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 8-10/1/2024 theo lời mời của "
         "Thủ tướng Phạm Minh Chính. ")


def test_talks_after_the_welcome_take_the_welcome_day():
    text = VISIT + ("Sáng 9/1, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào. "
                    "Ngay sau lễ đón, hai Thủ tướng đã hội đàm về hợp tác kinh tế.")
    talk = only(talks_of(text), "bilateral-talks")
    assert (talk.start, talk.end) == ("2024-01-09", "2024-01-09")


def test_talks_with_no_day_told_before_take_the_visit_month():
    text = VISIT + "Trong chuyến thăm, hai Thủ tướng đã hội đàm về hợp tác kinh tế."
    talk = only(talks_of(text), "bilateral-talks")
    assert talk.start == "2024-01"


def test_a_day_outside_the_visit_dates_no_talk_of_it():
    text = "Ngày 20/12, hai bên ký thỏa thuận. Ngày 9/1, lễ đón diễn ra. Hai bên hội đàm."
    dates = find_dates(text)
    assert day_told_before(dates, len(text), "2024-01-08", "2024-01-10") == "2024-01-09"
    assert day_told_before(dates[:1], len(text), "2024-01-08", "2024-01-10") is None


def test_a_day_told_far_before_dates_no_talk():
    text = "Ngày 9/1, lễ đón diễn ra. " + "Hai nước có quan hệ hữu nghị truyền thống. " * 40 + "Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "2024-01-08", "2024-01-10") is None


def test_no_day_is_read_against_a_visit_known_only_by_its_month():
    text = "Ngày 9/1, lễ đón diễn ra. Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "2024-01", "2024-01") is None


def test_a_visit_without_a_year_gives_days_without_one():
    text = "Chiều 31/8, lễ đón diễn ra. Hai bên hội đàm."
    assert day_told_before(find_dates(text), len(text), "--08-31", "--09-02") == "--08-31"


# --- a dated talk is not part of a visit dated to other days --------------------------------------------

def test_a_dated_talk_does_not_take_the_place_of_a_visit_to_come():
    text = ("Ngày 31/5/2017, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng thống Hoa Kỳ Donald Trump. "
            "Tổng thống Trump cho biết ông mong chờ chuyến thăm Việt Nam vào tháng 11/2017.")
    records = meetings_of(text)
    talk = only(records, "bilateral-talks")
    assert talk.start == "2017-05-31"
    assert talk.country != "VN"


# --- an article that states no year as a time still has one it writes --------------------------------

def _year_of(body: str) -> int | None:
    return context_of(body).default_year


def test_a_deadline_year_dates_an_article_that_states_no_other():
    body = ("Ngày 13/5, tại Bắc Kinh, Bộ trưởng Ngoại giao Phạm Bình Minh đã gặp Bộ trưởng Ngoại giao Trung Quốc "
            "Vương Nghị. Hai bên mong các cuộc đàm phán "
            "kết thúc trước giữa năm 2017.")
    assert _year_of(body) == 2017
    talk = only(talks_of("Gặp gỡ tại Bắc Kinh\n\n" + body), "bilateral-talks")
    assert talk.start == "2017-05-13"


def test_a_documents_year_dates_no_article():
    body = "Ngày 13/5, hai Bộ trưởng nhắc lại tầm quan trọng của UNCLOS 1982 và Công ước năm 1982."
    assert _year_of(body) is None


def test_a_term_gives_its_first_year_and_the_latest_written_year_wins():
    body = ("Hội nghị các nước thành viên khai mạc ngày 12/6 tại New York và bầu các thẩm phán nhiệm kỳ "
            "2017-2026. Tại Đối thoại Shangri-La 2016, vấn đề này cũng được nêu.")
    assert _year_of(body) == 2017


def test_a_year_to_come_dates_no_article_even_as_a_last_resort():
    assert _year_of("Ngày 12/6, hai bên gặp nhau. Việt Nam sẽ đăng cai hội nghị vào năm 2027.") is None


# --- ASEAN's frameworks named by their acronym alone meet in ASEAN --------------------------------------

def test_an_acronym_placed_outside_asean_is_no_framework_meeting():
    text = "Ngày 14/7/2016, lễ bế mạc APT JSO-6 diễn ra tại Đài Bắc với 50 giải thưởng."
    assert [m for m in meetings_of(text) if m.series.startswith("apt")] == []


# --- a talk on the sidelines of a meeting is held where the meeting is -----------------------------------

def test_a_talk_on_the_sidelines_of_a_summit_takes_its_place():
    text = ("Tổng thống Philippines Rodrigo Duterte cho biết, trong cuộc gặp Thủ tướng Nguyễn Xuân Phúc bên lề "
            "Hội nghị Cấp cao ASEAN lần thứ 30 tại Manila vào cuối tháng 4/2017, hai bên đã bàn về nghề cá.")
    talk = only(meetings_of(text), "bilateral-talks")
    assert (talk.city, talk.country, talk.format) == ("Manila", "PH", "in_person")


def test_a_talk_with_no_meeting_named_after_its_cue_stays_unplaced():
    text = ("Ngày 12/5/2017, Thủ tướng Nguyễn Xuân Phúc đã gặp Tổng thống Philippines Rodrigo Duterte bên lề "
            "các hoạt động của mình. Trước đó, Hội nghị Cấp cao ASEAN lần thứ 30 diễn ra tại Manila.")
    talk = only(meetings_of(text), "bilateral-talks")
    assert talk.country is None


# --- who chairs an ASEAN body's meeting -----------------------------------------------------------------

def test_a_sectoral_meeting_hosted_the_year_another_member_chairs_asean_has_no_chair_told():
    text = ("Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 20 đã diễn ra ngày 16/7/2017 tại Hà Nội với sự tham dự "
            "của các nước thành viên.")
    rec = only(meetings_of(text), "asean-sectoral")
    assert (rec.country, rec.chair) == ("VN", None)


def test_a_sectoral_meeting_its_host_chairs_says_so():
    text = ("Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 20 do Việt Nam chủ trì đã diễn ra ngày 16/7/2017 tại "
            "Hà Nội.")
    rec = only(meetings_of(text), "asean-sectoral")
    assert rec.chair == "VN"


def test_a_sectoral_meeting_in_the_asean_chair_country_is_chaired_by_it():
    text = "Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 23 đã diễn ra ngày 20/11/2020 tại Hà Nội."
    rec = only(meetings_of(text), "asean-sectoral")
    assert rec.chair == "VN"


# --- "cùng ngày": the day told last ----------------------------------------------------------------------

def test_a_meeting_told_the_same_day_takes_the_day_told_before():
    text = ("Sáng 8/9/2020, Đại hội đồng AIPA lần thứ 41 khai mạc theo hình thức trực tuyến tại Hà Nội. "
            "Chiều cùng ngày, Hội nghị nữ nghị sỹ AIPA đã diễn ra với nội dung bình đẳng giới.")
    rec = next(m for m in meetings_of(text) if "nữ nghị sỹ" in m.name)
    assert (rec.start, rec.end) == ("2020-09-08", "2020-09-08")


def test_a_meeting_with_its_own_day_keeps_it_on_the_same_day():
    text = ("Sáng 8/9/2020, Đại hội đồng AIPA lần thứ 41 khai mạc tại Hà Nội. "
            "Cũng như cùng ngày năm ngoái, Hội nghị nữ nghị sỹ AIPA diễn ra ngày 9/9/2020.")
    rec = next(m for m in meetings_of(text) if "nữ nghị sỹ" in m.name)
    assert rec.start == "2020-09-09"


def test_the_day_before_is_read_only_within_reach():
    text = ("Ngày 8/9/2020, hai bên ký thỏa thuận. " + "Hai nước có quan hệ hữu nghị truyền thống. " * 40
            + "Chiều cùng ngày, Hội nghị nữ nghị sỹ AIPA đã diễn ra tại Hà Nội.")
    rec = next(m for m in meetings_of(text) if "nữ nghị sỹ" in m.name)
    assert rec.start != "2020-09-08"


# --- talks of one trip ------------------------------------------------------------------------------------

TRIP = ("Theo lịch trình, chiều 30/5/2017, Thủ tướng Nguyễn Xuân Phúc sẽ tiếp Bộ trưởng Thương mại Hoa Kỳ "
        "Wilbur Ross. Tổng thống Hoa Kỳ Donald Trump sẽ hội đàm với Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng "
        "vào ngày 31/5/2017.")


def test_a_talk_not_placed_is_held_where_the_same_sides_talk_the_next_day():
    talks = sorted(talks_of(TRIP), key=lambda t: t.start)
    assert [t.start for t in talks] == ["2017-05-30", "2017-05-31"]
    assert [(t.city, t.country) for t in talks] == [("Washington", "US"), ("Washington", "US")]


def test_talks_a_week_apart_are_not_one_trip():
    text = TRIP.replace("30/5/2017", "20/5/2017")
    first = min(talks_of(text), key=lambda t: t.start)
    assert first.start == "2017-05-20" and first.country is None


# --- meetings named in one list meet in one place ---------------------------------------------------------

def test_a_meeting_listed_with_a_placed_one_takes_its_place():
    text = ("Sáng 26/4/2005, Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức khai mạc tại Hạ Long. "
            "Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức và Hội nghị tham vấn AEM - EU kết thúc vào ngày 27/4.")
    rec = only(meetings_of(text), "asean-partner-other")
    assert (rec.city, rec.country, rec.format) == ("Ha Long", "VN", "in_person")


def test_a_meeting_not_listed_with_the_placed_one_keeps_no_place():
    text = ("Sáng 26/4/2005, Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức khai mạc tại Hạ Long. "
            "Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã thảo luận về thương mại dịch vụ, còn Hội nghị "
            "tham vấn AEM - EU kết thúc vào ngày 27/5.")
    rec = only(meetings_of(text), "asean-partner-other")
    assert rec.country is None


# --- the title's meeting, placed by the lead -------------------------------------------------------------

def _title_article(lead: str) -> list:
    title = "Khai mạc Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 8"
    return extract_meetings(make_context(article_of(f"{title}\n{lead}", title=title)))


def test_the_title_meeting_meets_where_the_lead_says_they_meet():
    rec = only(_title_article("Hôm nay, các vị bộ trưởng đã nhóm họp tại Singapore để bàn "
                              "về kinh tế khu vực."), "asean-sectoral")
    assert (rec.city, rec.country) == ("Singapore", "SG")


def test_a_lead_naming_another_meeting_places_the_title_meeting_nowhere():
    rec = next(m for m in _title_article("Hôm nay, Hội nghị Bộ trưởng Kinh tế ASEAN đã nhóm họp tại Singapore.")
               if "Tài chính" in m.name)
    assert rec.country is None


# --- a format said after one meeting's name is that meeting's ---------------------------------------------

def test_the_online_format_of_a_preparatory_meeting_is_not_the_prepared_ones():
    text = ("Ngày 5/1/2022, Hội nghị Quan chức cao cấp ASEAN đã diễn ra theo hình thức trực tuyến, nhằm chuẩn bị "
            "cho Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN dự kiến diễn ra vào ngày 18-19/1/2022 tại Siem Reap.")
    records = meetings_of(text)
    assert only(records, "asean-som").format == "online"
    assert only(records, "amm-retreat").format == "in_person"


def test_an_online_format_said_after_the_name_still_counts():
    text = ("Ngày 5/1/2022, Hội nghị Quan chức cao cấp ASEAN đã chuẩn bị cho Hội nghị hẹp Bộ trưởng Ngoại giao "
            "ASEAN diễn ra ngày 18/1/2022 theo hình thức trực tuyến.")
    assert only(meetings_of(text), "amm-retreat").format == "online"


def test_in_person_said_before_an_online_past_is_in_person():
    text = ("Campuchia tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 16 ngày 22/6/2022 theo hình thức trực "
            "tiếp sau 2 năm phải tổ chức trực tuyến do dịch bệnh.")
    assert only(meetings_of(text), "admm").format == "in_person"


def test_online_said_first_stays_online():
    text = ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 14 ngày 10/12/2020 diễn ra trực tuyến, thay vì tổ chức "
            "trực tiếp như mọi năm.")
    assert only(meetings_of(text), "admm").format == "online"


# --- the officials of ASEAN's frameworks meet with the SOM ------------------------------------------------

SOM_WEEK = ("Ngày 23/5/2017 tại Manila, Philippines đã diễn ra Hội nghị SOM ASEAN+3 và Hội nghị SOM EAS. "
            "Ngày mai, 24/5/2017 sẽ diễn ra Hội nghị Quan chức cao cấp Diễn đàn Khu vực ASEAN (ARF).")


def test_the_arf_officials_meeting_the_next_day_meets_in_the_som_city():
    rec = only(meetings_of(SOM_WEEK), "arf-other")
    assert (rec.start, rec.city, rec.country) == ("2017-05-24", "Manila", "PH")


def test_an_arf_officials_meeting_weeks_later_is_not_placed_by_the_som():
    rec = only(meetings_of(SOM_WEEK.replace("24/5/2017", "14/6/2017")), "arf-other")
    assert rec.city is None


# --- "hôm qua / hôm nay / ngày mai": days told from the publication date ------------------------------

def test_yesterday_today_and_tomorrow_count_as_days_when_the_page_is_dated():
    opened = "Hôm qua, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 đã khai mạc tại Jakarta."
    upcoming = "Ngày mai, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 sẽ khai mạc tại Jakarta."
    talk = "Hôm qua, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone."
    assert only(meetings_of(opened, published="2023-07-12"), "amm").start == "2023-07-11"
    rec = only(meetings_of(upcoming, published="2023-07-12"), "amm")
    assert (rec.start, rec.status) == ("2023-07-13", "planned")
    assert only(meetings_of(talk, published="2023-07-12"), "bilateral-talks").start == "2023-07-11"


def test_without_a_publication_date_they_date_nothing():
    talk = "Hôm qua, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone."
    assert only(meetings_of(talk), "bilateral-talks").start is None
