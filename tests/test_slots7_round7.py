"""Meeting slots on phrasings met in round 7, each class on sentences written for the test."""
from __future__ import annotations

from written import meetings_of


# The opening day is reported, a later sentence on "Hội nghị" gives the whole span: the meeting runs over it.

def test_a_meeting_dated_by_its_opening_day_runs_over_the_span_a_later_sentence_gives():
    text = ("Khai mạc Hội nghị Cấp cao ASEAN lần thứ 43\n\n"
            "JAKARTA (TTXVN) - Sáng 5/9, Hội nghị Cấp cao ASEAN lần thứ 43 đã khai mạc tại Jakarta, Indonesia. "
            "Hội nghị diễn ra từ ngày 5 đến 7/9/2023 với nhiều phiên thảo luận.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert (m.start, m.end) == ("2023-09-05", "2023-09-07")


def test_a_later_span_that_misses_the_reported_day_leaves_it():
    text = ("Sáng 5/9/2023, Hội nghị Cấp cao ASEAN lần thứ 43 đã khai mạc tại Jakarta, Indonesia. "
            "Hội nghị diễn ra sau các cuộc họp từ ngày 1 đến 3/8/2023.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert m.start == m.end == "2023-09-05"


# A numbered AEM dated by day and month only: its ordinal gives the year (annual, the 55th in 2023).

def test_a_numbered_aem_takes_its_year_from_its_ordinal():
    text = ("Ngày 20/8, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 (AEM-55) đã khai mạc tại Semarang, Indonesia.")
    (m,) = [m for m in meetings_of(text) if m.series == "aem"]
    assert m.start == "2023-08-20"


# "Sáng nay (26/10) ... Chiều cùng ngày, Hội nghị ...": a day written with "nay"/"qua" is still the day told last.

def test_same_day_follows_a_day_written_with_nay():
    text = ("Sáng nay (26/10), tại Kuala Lumpur, Thủ tướng Malaysia Anwar Ibrahim chủ trì lễ khai mạc Hội nghị Cấp cao "
            "ASEAN lần thứ 47. Chiều cùng ngày, Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 28 đã diễn ra.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert m.start == m.end == "2025-10-26"


# "Hội nghị do Brunei, Chủ tịch ASEAN 2021, chủ trì": an online meeting with no host still has the chair said.

def test_the_country_said_to_chair_an_online_meeting_chairs_it():
    text = ("Ngày 20/10/2021, Bộ trưởng Công Thương Nguyễn Hồng Diên dự Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 39 "
            "theo hình thức trực tuyến. Hội nghị do Brunei, Chủ tịch ASEAN 2021, chủ trì.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert m.chair == "BN"


def test_co_chairs_name_no_chair():
    text = ("Ngày 20/10/2021, Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 39 diễn ra theo hình thức trực tuyến "
            "do Brunei và Nhật Bản đồng chủ trì.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert m.chair is None


# "BANGKOK, 23/6/2019 (TTXVN) - Hội nghị Cấp cao ASEAN lần thứ 34 ...": a dateline in capitals names the summit's
# city as the reference list of summits has it.

def test_a_numbered_summit_takes_its_city_from_a_dateline_in_capitals():
    text = "BANGKOK, 23/6/2019 (TTXVN) - Hội nghị Cấp cao ASEAN lần thứ 34 đã bế mạc chiều nay."
    (m,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert (m.city, m.country) == ("Bangkok", "TH")


# "về đến Hà Nội, kết thúc chuyến công tác dự Hội nghị ... tại Viêng Chăn": the city come home to is no venue.

def test_the_city_a_delegation_comes_home_to_is_not_the_venue():
    text = ("Thủ tướng Phạm Minh Chính về đến Hà Nội, kết thúc chuyến công tác tham dự Hội nghị Cấp cao ASEAN "
            "lần thứ 44 và 45 tại Viêng Chăn, Lào.")
    summits = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert summits and all((m.city, m.country) == ("Vientiane", "LA") for m in summits)


# "Chiều nay, ... rời Hà Nội lên đường tham dự Hội nghị ...": the deictic day is the journey's, as a numbered one is.

def test_a_deictic_day_of_setting_off_dates_the_meeting_to_its_month_only():
    text = ("Hà Nội, 5/7/2019 - Chiều nay, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh rời Hà Nội lên đường "
            "tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52.")
    (m,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert m.start == m.end == "2019-07"


# "Vào đầu tháng này, ... đã dự Hội nghị ...": with the publication date known, the month of the article.

def test_a_meeting_this_month_is_dated_to_the_article_month():
    text = ("Vào đầu tháng này, Bộ trưởng Trần Tuấn Anh đã dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 "
            "tại Bangkok, Thái Lan.")
    (m,) = [m for m in meetings_of(text, published="2019-09-12") if m.series == "aem"]
    assert m.start == m.end == "2019-09"


# "khai mạc sáng nay ... và kéo dài đến hết ngày 14/7": a deictic opening day runs to the closing day said.

def test_a_meeting_opening_this_morning_runs_to_the_closing_day_said():
    text = ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) khai mạc sáng nay tại Jakarta, Indonesia "
            "và kéo dài đến hết ngày 14/7.")
    (m,) = [m for m in meetings_of(text, published="2023-07-11") if m.series == "amm"]
    assert (m.start, m.end) == ("2023-07-11", "2023-07-14")


# "hôm thứ Tư" (wire style): the last Wednesday on or before the publication day.

def test_a_meeting_held_hom_thu_tu_takes_the_last_wednesday():
    text = "Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 18 (ADMM-18) đã diễn ra hôm thứ Tư tại Viêng Chăn, Lào."
    (m,) = [m for m in meetings_of(text, published="2024-11-22") if m.series == "admm"]
    assert m.start == m.end == "2024-11-20"


def test_hom_thu_tu_followed_by_its_day_keeps_that_day():
    text = "Hội nghị ADMM lần thứ 18 đã diễn ra hôm thứ Tư (20/11) tại Viêng Chăn, Lào."
    (m,) = [m for m in meetings_of(text, published="2024-11-25") if m.series == "admm"]
    assert m.start == "2024-11-20"


# "Cuối tháng này, Hội nghị ... sẽ được tổ chức": the article's own month decides nothing; "sẽ" makes it planned.

def test_a_meeting_later_this_month_is_planned():
    text = "Cuối tháng này, Hội nghị Cấp cao ASEAN lần thứ 45 sẽ được tổ chức tại Viêng Chăn, Lào."
    (m,) = [m for m in meetings_of(text, published="2024-10-01") if m.series == "asean-summit"]
    assert m.status == "planned"


# "do Bộ trưởng Năng lượng Brunei chủ trì": a chairing minister's title names the country.

def test_a_minister_whose_title_names_the_country_chairs_for_it():
    text = ("Ngày 10/7/2021, Hội nghị Bộ trưởng Năng lượng ASEAN diễn ra theo hình thức trực tuyến do Bộ trưởng "
            "Năng lượng Brunei chủ trì.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert m.chair == "BN"


# Hybrid said other ways: "trực tuyến kết hợp trực tiếp", "trực tiếp và trực tuyến", "hybrid".

def test_hybrid_phrasings():
    for said in ("theo hình thức trực tuyến kết hợp trực tiếp", "theo hình thức trực tiếp và trực tuyến",
                 "theo hình thức hybrid", "theo hình thức trực tiếp tại Jakarta kết hợp trực tuyến"):
        text = f"Ngày 5/9/2023, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra {said}."
        (m,) = [m for m in meetings_of(text) if m.series == "aem"]
        assert m.format == "hybrid", said


# "họp trực tiếp sau hai năm họp trực tuyến": in person said first, the online words tell the past.

def test_meeting_in_person_again_after_online_years_is_in_person():
    text = ("Ngày 3/8/2022, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 họp trực tiếp tại Phnom Penh "
            "sau hai năm họp trực tuyến.")
    (m,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert m.format == "in_person"


# "tại Phủ Tổng thống Singapore": a venue named before its city places the talks there.

def test_talks_at_the_presidential_palace_are_placed_in_its_city():
    text = ("Sáng 12/3/2025, tại Phủ Tổng thống Singapore, Tổng Bí thư Tô Lâm đã hội đàm với Thủ tướng Singapore "
            "Lawrence Wong.")
    talks = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert talks and all(t.country == "SG" for t in talks)


# A day and the meeting's length: "bế mạc hôm 11/7 sau 4 ngày làm việc", "khai mạc ... và kéo dài 4 ngày".

def test_a_closing_day_and_a_length_give_the_opening_day():
    text = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 đã bế mạc hôm 11/7/2025 sau 4 ngày làm việc."
    (m,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert (m.start, m.end) == ("2025-07-08", "2025-07-11")


def test_an_opening_day_and_a_length_give_the_closing_day():
    text = "Ngày 8/7/2025, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 khai mạc tại Kuala Lumpur và kéo dài 4 ngày."
    (m,) = [m for m in meetings_of(text) if m.series == "amm"]
    assert (m.start, m.end) == ("2025-07-08", "2025-07-11")


# Spellings of host cities met in Vietnamese news: "Nê Pi Đô", "Phnom Pênh", "Luông Pha Bang".

def test_more_spellings_of_host_cities():
    for written, city in (("Nê Pi Đô", "Naypyidaw"), ("Phnom Pênh", "Phnom Penh"), ("Luông Pha Bang", "Luang Prabang")):
        text = f"Ngày 5/3/2014, Hội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra tại {written}."
        (m,) = [m for m in meetings_of(text) if m.series == "aem"]
        assert m.city == city, written


# "lần thứ 40, 41." closing the sentence: both summits, the full stop is no decimal point.

def test_two_numbers_closing_the_sentence_name_two_summits():
    text = "Ngày 11/11/2022, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 40, 41."
    assert sorted(m.ordinal for m in meetings_of(text) if m.series == "asean-summit") == [40, 41]


# The 12th Summit (Cebu, January 2007) met the year Singapore chaired ASEAN: its host chaired it.

def test_a_numbered_summit_is_chaired_by_its_host():
    text = "Sáng 13/1/2007, tại Cebu, Phi-líp-pin, Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Cấp cao ASEAN lần thứ 12."
    (m,) = [m for m in meetings_of(text) if m.series == "asean-summit"]
    assert m.chair == "PH"


# "Việt Nam, Chủ tịch ASEAN 2020, đã tổ chức Hội nghị ... trực tuyến": the chair hosting names the meeting's chair.

def test_the_asean_chair_said_to_organise_an_online_meeting_chairs_it():
    text = ("Ngày 12/11/2020, Việt Nam, Chủ tịch ASEAN 2020, đã tổ chức Hội nghị Bộ trưởng Y tế ASEAN theo hình thức "
            "trực tuyến.")
    (m,) = [m for m in meetings_of(text) if m.series == "asean-sectoral"]
    assert m.chair == "VN"


# "Hội nghị Cấp cao ASEAN lần thứ 44, 45 ... từ ngày 8-11/10": both summits named at once meet on the same days.

def test_two_summits_numbered_in_one_name_share_the_days_said():
    text = ("Sáng nay, Thủ tướng Phạm Minh Chính rời Hà Nội, lên đường tham dự Hội nghị Cấp cao ASEAN lần thứ 44, 45 "
            "và các Hội nghị cấp cao liên quan tại Viêng Chăn, Lào từ ngày 8-11/10.")
    summits = [m for m in meetings_of(text, published="2024-10-08") if m.series == "asean-summit"]
    assert sorted((m.ordinal, m.start, m.end) for m in summits) == [
        (44, "2024-10-08", "2024-10-11"), (45, "2024-10-08", "2024-10-11")]
