"""Dates, round 5: the date shapes and attachments of Vietnamese news that probing found read wrong.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from written import meetings_of, only

from summitgraph.extract.context import make_context
from summitgraph.extract.dates import find_dates, implied_today, opening_dateline, resolve
from summitgraph.extract.meetings import extract_meetings
from summitgraph.ingest import article_from_text


# --- a range carries its year on its end: a dated dateline and the day after it are two dates ----------

def test_a_dated_dateline_and_the_day_after_it_are_two_dates():
    found = find_dates("Hà Nội, 12/9/2022 - Ngày 10/9, tại Phnom Penh, các bộ trưởng đã họp.")
    assert [m.text for m in found] == ["12/9/2022", "Ngày 10/9"]


def test_a_one_day_meeting_after_a_dated_dateline_does_not_end_a_year_later():
    text = ("Tin ngoại giao\nHà Nội, 12/9/2022 - Ngày 10/9, tại Phnom Penh, Hội nghị Bộ trưởng Kinh tế ASEAN "
            "lần thứ 54 đã diễn ra.")
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2022-09-10", "2022-09-10")


def test_a_range_with_its_year_on_the_end_still_reads():
    (m,) = find_dates("Hội nghị diễn ra từ 30/12 - 2/1/2020 tại Hà Nội.")
    assert resolve(m, None) == ("2019-12-30", "2020-01-02")


# --- time zones: "giờ Washington" is no quantity, and the bracketed other zone's day is no date of its own --

def test_a_day_with_its_time_zone_is_a_date():
    found = find_dates("Tối 14/3 giờ Canberra, hai bộ trưởng đã gặp nhau.")
    assert [m.text for m in found] == ["Tối 14/3"]


def test_hours_after_a_bare_fraction_are_still_a_quantity():
    assert find_dates("Chuyến bay kéo dài 3-4 giờ.") == []


def test_the_day_restated_in_another_time_zone_is_dropped():
    found = find_dates("Chiều 14/3 theo giờ địa phương (tức sáng 15/3 giờ Hà Nội), hai bên đã ký thỏa thuận.")
    assert [m.text for m in found] == ["Chiều 14/3"]


def test_talks_take_the_local_day_not_the_restated_one():
    text = ("Tin ngoại giao\nTối 14/3 giờ Canberra (tức sáng 15/3 giờ Việt Nam), Thủ tướng Phạm Minh Chính đã "
            "hội đàm với Thủ tướng Australia Anthony Albanese tại "
            "Canberra. Năm 2024 là năm kỷ niệm quan trọng.")
    talk = only(meetings_of(text), "bilateral-talks")
    assert (talk.start, talk.end) == ("2024-03-14", "2024-03-14")


def test_two_bracketed_dates_of_two_meetings_both_stay():
    found = find_dates("Hội nghị thứ nhất (ngày 5/6) và hội nghị thứ hai (ngày 8/6 giờ địa phương) đều ở Lima.")
    assert [m.text for m in found] == ["ngày 5/6", "ngày 8/6"]


# --- dotted days ("Sáng 15.8", "hôm 15.8", "Thứ Năm (15.8)") after a word said only of days ---------------

def test_dotted_days_after_a_day_word_are_dates():
    for sentence, expression in (("Sáng 21.3, các bộ trưởng đã họp tại Huế.", "Sáng 21.3"),
                                 ("Các bộ trưởng đã họp hôm 21.3 tại Huế.", "hôm 21.3"),
                                 ("Thứ Năm (21.3), các bộ trưởng đã họp tại Huế.", "Thứ Năm (21.3)")):
        (m,) = find_dates(sentence)
        assert m.text == expression
        assert resolve(m, None, default_year=2024) == ("2024-03-21", "2024-03-21")


def test_a_dotted_span_after_tu_is_a_span_of_days():
    (m,) = find_dates("Hội nghị diễn ra từ 19 - 21.3 tại Huế.")
    assert resolve(m, None, default_year=2024) == ("2024-03-19", "2024-03-21")


def test_dotted_figures_stay_figures():
    assert find_dates("Tỷ lệ tăng từ 15.8 lên 16.2, chỉ số đạt 12.5 điểm.") == []


def test_a_meeting_dated_by_a_dotted_day():
    text = "Tin ngoại giao\nChiều 21.3, Hội nghị Bộ trưởng Kinh tế ASEAN đã khai mạc tại Huế. Năm 2024 ..."
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2024-03-21", "2024-03-21")


# --- consecutive days listed up to a day: "các ngày 19, 20 và 21/8" ------------------------------------------

def test_consecutive_listed_days_are_one_span():
    for sentence in ("Diễn đàn diễn ra vào các ngày 4, 5 và 6/11 tại Đà Nẵng.",
                     "Diễn đàn diễn ra ngày 4, 5, 6/11 tại Đà Nẵng."):
        (m,) = find_dates(sentence)
        assert resolve(m, None, default_year=2024) == ("2024-11-04", "2024-11-06")


def test_listed_days_with_a_gap_are_no_span():
    assert all(m.is_range is False for m in find_dates("Các phiên họp diễn ra ngày 4, 9 và 12/11 tại Đà Nẵng."))


def test_a_meeting_over_listed_days():
    text = "Tin ngoại giao\nHội nghị Bộ trưởng Kinh tế ASEAN diễn ra vào các ngày 4, 5 và 6/11/2024 tại Đà Nẵng."
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2024-11-04", "2024-11-06")


# --- a dateline ("Hà Nội, 10/8/2023 - ") is the publication day, not a day of the meetings ------------------

def test_dateline_shapes():
    for line in ("Hà Nội, 12/9/2022 - Các bộ trưởng đã họp.", "Viêng Chăn, ngày 12/9/2022 (TTXVN) - Các bộ trưởng",
                 "TP.HCM, thứ Hai, 12/9/2022 – Các bộ trưởng"):
        found = opening_dateline("Tin\n" + line)
        assert found is not None and found[2].isoformat() == "2022-09-12", line


def test_dates_opening_prose_are_no_dateline():
    for line in ("Ngày 12/9/2022 - 14/9/2022, các bộ trưởng đã họp.", "Sáng nay, 12/9/2022 - các bộ trưởng",
                 "Hà Nội, 12/9/2022: các bộ trưởng đã họp."):
        assert opening_dateline("Tin\n" + line) is None, line


def _read(text: str):
    article = article_from_text(text, "t.txt")
    return article, extract_meetings(make_context(article))


def test_a_dateline_gives_the_publication_day():
    article, _ = _read("Tin ngoại giao\nHà Nội, 12/9/2022 - Ngày 10/9, tại Phnom Penh, Hội nghị Bộ trưởng Kinh tế "
                       "ASEAN lần thứ 54 đã diễn ra với sự tham dự của các bộ trưởng mười nước thành viên.")
    assert article.published == "2022-09-12"


def test_a_meeting_said_next_year_does_not_take_the_dateline_day():
    _, meetings = _read("Tin ngoại giao\nHà Nội, 12/9/2022 - Hội nghị Bộ trưởng Kinh tế ASEAN sẽ được tổ chức "
                        "vào năm tới tại Viêng Chăn, Lào, theo thông báo của nước chủ nhà.")
    aem = only(meetings, "aem")
    assert aem.start != "2022-09-12"


# --- status: a held word after a future one ("sẽ khai mạc", "sẽ diễn ra từ") tells what is to come -----------

def test_a_meeting_that_will_open_is_planned():
    for verb in ("sẽ khai mạc vào ngày", "sẽ diễn ra từ ngày", "dự kiến khai mạc ngày", "sắp khai mạc vào ngày"):
        text = f"Tin ngoại giao\nHội nghị Bộ trưởng Kinh tế ASEAN {verb} 21/3/2024 tại Huế."
        assert only(meetings_of(text), "aem").status == "planned", verb


def test_a_meeting_opened_and_closing_later_is_held():
    text = "Tin ngoại giao\nHội nghị Bộ trưởng Kinh tế ASEAN đã khai mạc ngày 21/3/2024 và sẽ bế mạc ngày 23/3 tại Huế."
    assert only(meetings_of(text), "aem").status == "held"


# --- an undated multilateral meeting of an article that speaks of one year firmly met in that year ----------

def test_an_undated_meeting_takes_the_one_year_the_article_states():
    text = ("Tin ngoại giao\nNgày 21/3/2024, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
            "Tại Hội nghị Bộ trưởng Kinh tế ASEAN ở Viêng Chăn, các bên đã thống nhất thúc đẩy thương mại nội khối.")
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2024", "2024")


def test_no_year_when_the_article_states_two():
    text = ("Tin ngoại giao\nNgày 21/3/2024, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
            "Tháng 5/2019, hai nước đã ký kết thỏa thuận. Tại Hội nghị Bộ trưởng Kinh tế ASEAN ở Viêng Chăn, "
            "các bên đã thống nhất thúc đẩy thương mại nội khối.")
    assert only(meetings_of(text), "aem").start is None


def test_no_year_from_one_loose_year_word():
    text = ("Tin ngoại giao\nCác bộ trưởng cho biết sẽ tập trung nỗ lực cho năm 2025. Tại Hội nghị Bộ trưởng Kinh "
            "tế ASEAN ở Viêng Chăn, các bên đã thống nhất thúc đẩy thương mại nội khối.")
    assert only(meetings_of(text), "aem").start is None


def test_undated_talks_stay_undated():
    text = ("Tin ngoại giao\nNgày 21/3/2024, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
            "Thủ tướng nhắc lại cuộc hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo.")
    talks = [m for m in meetings_of(text) if m.series == "bilateral-talks" and "JP" in (m.parties or [])]
    assert all(t.start is None for t in talks)


def test_no_article_year_for_a_meeting_whose_sentence_states_a_year():
    text = ("Tin ngoại giao\nNgày 21/3/2024, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
            "Năm ngoái, tại Hội nghị Bộ trưởng Kinh tế ASEAN ở Viêng Chăn, các bên đã thống nhất nhiều biện pháp.")
    assert only(meetings_of(text), "aem").start != "2024"


# --- "đến hết ngày 17", "ngày 15/8 và 16/8": more ways to write a span of days --------------------------------

def test_up_to_and_including_a_day_is_a_span():
    for sentence in ("Hội nghị diễn ra từ ngày 4 đến hết ngày 6 tháng 11 tại Đà Nẵng.",
                     "Hội nghị diễn ra từ 4 đến hết 6/11 tại Đà Nẵng."):
        (m,) = find_dates(sentence)
        assert resolve(m, None, default_year=2024) == ("2024-11-04", "2024-11-06"), sentence


def test_two_following_days_written_in_full_are_a_span():
    (m,) = find_dates("Hội nghị diễn ra ngày 4/11 và 5/11 tại Đà Nẵng.")
    assert resolve(m, None, default_year=2024) == ("2024-11-04", "2024-11-05")


def test_two_days_apart_stay_two_dates():
    for sentence in ("Hai phiên họp diễn ra ngày 4/11 và 9/11 tại Đà Nẵng.", "Nghỉ lễ 30/4 và 1/5 kéo dài 5 ngày."):
        assert not any(m.is_range for m in find_dates(sentence)), sentence


# --- the closing day a later sentence gives ("Hội nghị sẽ kéo dài đến ngày 17/8") ------------------------------

def test_a_meeting_runs_to_the_closing_day_said_after_it():
    text = ("Tin ngoại giao\nNgày 4/11/2024, Hội nghị Bộ trưởng Kinh tế ASEAN đã khai mạc tại Đà Nẵng. "
            "Hội nghị sẽ kéo dài đến ngày 6/11.")
    aem = only(meetings_of(text), "aem")
    assert (aem.start, aem.end) == ("2024-11-04", "2024-11-06")


def test_a_closing_day_weeks_later_is_not_the_meetings():
    text = ("Tin ngoại giao\nNgày 4/11/2024, Hội nghị Bộ trưởng Kinh tế ASEAN đã khai mạc tại Đà Nẵng. "
            "Hội nghị sẽ kéo dài đến ngày 30/11.")
    aem = only(meetings_of(text), "aem")
    assert aem.end == "2024-11-04"


# --- a deictic day written with its date tells the day an undated article was written -----------------------

def test_the_day_of_writing_from_a_deictic_day_with_its_date():
    for sentence, expected in (("Hội nghị sẽ kết thúc vào ngày mai (7/4).", "2004-04-06"),
                               ("Hôm qua (15/8), hội nghị đã khai mạc.", "2004-08-16"),
                               ("Sáng nay (6-4), hội nghị đã khai mạc.", "2004-04-06")):
        assert implied_today(find_dates(sentence), 2004).isoformat() == expected, sentence


def test_no_day_of_writing_when_they_disagree_or_none_is_said():
    assert implied_today(find_dates("Hôm qua (15/8) và hôm nay (20/8), các bên đã họp."), 2004) is None
    assert implied_today(find_dates("Ngày 15/8, các bên đã họp."), 2004) is None


def test_a_meeting_said_today_takes_the_day_of_writing():
    text = ("Tin ngoại giao\nHôm nay, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 8 đã khai mạc tại Singapore. "
            "Hội nghị sẽ kết thúc vào ngày mai (7/4/2004).")
    rec = only(meetings_of(text), "asean-sectoral")
    assert rec.start == "2004-04-06"


def test_a_span_with_the_first_days_weekday_in_brackets():
    (m,) = find_dates("Hội nghị diễn ra từ ngày 4/11 (thứ Hai) đến ngày 6/11 (thứ Tư) tại Đà Nẵng.")
    assert resolve(m, None, default_year=2024) == ("2024-11-04", "2024-11-06")


def test_from_the_end_of_a_month_to_the_start_of_the_next():
    (m,) = find_dates("Các phiên họp diễn ra từ cuối tháng 10 đến đầu tháng 11 năm 2024 tại Đà Nẵng.")
    assert resolve(m, None) == ("2024-10", "2024-11")


# --- a day right after a talk's noun ("tại cuộc hội kiến ngày 21/11") is the talk's, not the summit's --------

def test_the_day_of_a_talk_named_before_a_summit_does_not_date_the_summit():
    text = ("Tin ngoại giao\nSáng 22/11/2024, Thủ tướng dự phiên khai mạc Hội nghị Thượng đỉnh G20 tại Rio de "
            "Janeiro. Trước đó, tại cuộc hội kiến ngày 21/11, Tổng thống Brazil Lula da Silva chào mừng Thủ tướng "
            "tham dự Hội nghị Thượng đỉnh G20.")
    g20 = only(meetings_of(text), "other-multilateral")
    assert (g20.start, g20.end) == ("2024-11-22", "2024-11-22")
