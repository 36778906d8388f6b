"""Round 14: the ASEAN registry checks what an article says of its meetings (a numbered Summit's date, the chair
of the year), and dates told in background clauses or from the day of publication. Sentences written for these
tests."""
from __future__ import annotations

from written import meetings_of, only


# A numbered Summit held: a month or a year its sentence gives to another event is not its own; the list of summits
# says when it met, and the date read is not kept as its evidence.

def test_a_held_summit_dated_by_another_event_of_its_sentence_takes_the_registry_days():
    text = ("ASEAN sau Hiến chương\nHiến chương ASEAN bắt đầu có hiệu lực từ tháng 12/2008, và Hội nghị Cấp cao "
            "ASEAN lần thứ 14 tại Thái Lan là hội nghị cấp cao đầu tiên được tổ chức sau mốc đó.")
    summit = only(meetings_of(text), "asean-summit")
    assert (summit.start, summit.end) == ("2009-02-27", "2009-03-01")
    month_said = text.index("tháng 12/2008")
    assert all(not (span.start <= month_said < span.end) for span in summit.evidence.spans)


def test_a_summit_year_the_registry_gives_keeps_the_texts_precision():
    text = ("Nhìn lại chặng đường\nNăm 2007, tại Hội nghị Cấp cao ASEAN lần thứ 13 ở Singapore, lãnh đạo các nước "
            "đã ký Hiến chương ASEAN.")
    summit = only(meetings_of(text), "asean-summit")
    assert (summit.start, summit.city) == ("2007", "Singapore")


def test_a_summit_to_come_keeps_the_month_planned_for_it():
    text = ("Chuẩn bị năm Chủ tịch\nHội nghị Cấp cao ASEAN lần thứ 36 dự kiến sẽ diễn ra vào tháng 4/2020 tại "
            "Đà Nẵng, theo kế hoạch của nước chủ nhà.")
    summit = only(meetings_of(text, published="2020-01-10"), "asean-summit")
    assert summit.start == "2020-04"


# "cuối tuần này / trước / tới": the weekend of that week, its Saturday and Sunday, not the week's month.

def test_this_weekend_is_the_saturday_and_sunday_even_in_the_next_month():
    text = ("SOM ASEAN họp tại Đà Nẵng\nHội nghị Quan chức cao cấp ASEAN (SOM ASEAN) sẽ diễn ra vào cuối tuần "
            "này tại Đà Nẵng, Bộ Ngoại giao cho biết.")
    som = only(meetings_of(text, published="2020-03-30"), "asean-som")
    assert (som.start, som.end, som.status) == ("2020-04-04", "2020-04-05", "planned")


def test_last_weekend_is_held_the_days_before_publication():
    text = ("Bộ trưởng Kinh tế ASEAN họp\nHội nghị Bộ trưởng Kinh tế ASEAN đã diễn ra cuối tuần trước tại Băng "
            "Cốc với nhiều kết quả.")
    aem = only(meetings_of(text, published="2019-07-01"), "aem")
    assert (aem.start, aem.end, aem.status) == ("2019-06-29", "2019-06-30", "held")


# "do nước Chủ tịch ASEAN chủ trì": no country named, the chair of the meeting's year chairs it.

def test_the_asean_chair_said_without_a_country_is_the_chair_of_the_meetings_year():
    text = ("Đối thoại với Trung Quốc\nHội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc đã được tổ chức trực "
            "tuyến chiều 9/9/2020, do nước Chủ tịch ASEAN chủ trì.")
    assert only(meetings_of(text), "asean-partner-other").chair == "VN"


# "Chủ tịch Hội nghị là Bộ trưởng Y tế Indonesia ...": the chair's title said first, then who holds it.

def test_the_chair_of_the_meeting_said_as_is_someone():
    text = ("Bộ trưởng Y tế ASEAN họp tại Bali\nHội nghị Bộ trưởng Y tế ASEAN lần thứ 15 đã diễn ra tại Bali ngày "
            "14/5/2022. Chủ tịch Hội nghị là Bộ trưởng Y tế Indonesia Budi Gunadi Sadikin.")
    assert only(meetings_of(text), "asean-sectoral").chair == "ID"


# A year said as the time of the clause that names the meeting: opening the sentence, or set off by commas after an
# opening phrase; a place written as a city and its country before the year of the name.

def test_a_year_set_off_by_commas_after_an_opening_phrase_dates_the_meeting():
    text = ("Hợp tác kinh tế\nTrước đó, năm 2003, tại Hội nghị Bộ trưởng Kinh tế ASEAN ở Phnôm Pênh, các bộ trưởng "
            "đã nhất trí một lộ trình hội nhập mới.")
    assert only(meetings_of(text, published="2015-11-20"), "aem").start == "2003"


def test_a_year_opening_the_sentence_without_a_comma_dates_the_meeting():
    text = ("Hợp tác khu vực\nNăm 2009 tại Hội nghị Bộ trưởng Ngoại giao ASEAN ở Phuket các nước đã nhất trí thành "
            "lập một ủy ban về nhân quyền.")
    assert only(meetings_of(text, published="2015-11-20"), "amm").start == "2009"


def test_a_year_after_a_city_and_its_country_dates_the_meeting_named_before():
    text = ("Sở hữu trí tuệ\nHiệp định khung về hợp tác sở hữu trí tuệ được thông qua tại hội nghị thượng đỉnh lần "
            "thứ 5 của các nước ASEAN tại Băng Cốc, Thái Lan năm 1995 và vẫn còn hiệu lực.")
    assert only(meetings_of(text, published="2017-08-01"), "asean-summit").start == "1995"


# "Ngày 11/11, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 40, Thủ tướng hội kiến ...": the day is the talk's;
# the numbered Summits framing it (several days each) are dated to its month, as when a talk is said held "tại" one.

def test_a_day_said_before_a_trip_to_the_summits_framing_a_talk_is_the_talks():
    text = ("Thủ tướng hội kiến\nNgày 11/11, trong khuôn khổ chuyến công tác dự Hội nghị Cấp cao ASEAN lần thứ 40, 41 "
            "tại Phnôm Pênh, Thủ tướng đã hội kiến Thủ tướng Nhật Bản Kishida Fumio.")
    records = meetings_of(text, published="2022-11-12")
    summits = [m for m in records if m.series == "asean-summit"]
    assert [(m.ordinal, m.start, m.end) for m in summits] == [(40, "2022-11", "2022-11"), (41, "2022-11", "2022-11")]
    assert only(records, "bilateral-talks").start == "2022-11-11"


def test_the_second_of_two_summits_framing_a_talk_is_no_meeting_attended_within_the_first():
    text = ("Thủ tướng gặp lãnh đạo các nước\nNgày 11/11, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 40 và 41, Thủ "
            "tướng Phạm Minh Chính đã hội kiến Thủ tướng Nhật Bản Kishida Fumio.")
    summits = [m for m in meetings_of(text, published="2022-11-12") if m.series == "asean-summit"]
    assert [(m.ordinal, m.start) for m in summits] == [(40, "2022-11"), (41, "2022-11")]


# "do Bộ Công Thương chủ trì": a ministry named by its portfolio alone is the paper's own, Viet Nam's.

def test_a_ministry_named_without_a_country_chairs_for_viet_nam():
    text = ("Tham vấn kinh tế\nNgày 28/8/2020, Hội nghị Bộ trưởng Kinh tế ASEAN - Nhật Bản do Bộ Công Thương chủ trì "
            "đã diễn ra theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-partner-other").chair == "VN"


# "Hội nghị Cấp cao ASEAN lần thứ 38 và 39 theo hình thức trực tuyến": the format said after a list is each one's.

def test_summits_listed_together_online_are_each_online():
    text = ("Brunei chủ trì các hội nghị\nBrunei, với vai trò Chủ tịch ASEAN năm nay, sẽ chủ trì Hội nghị Cấp cao ASEAN "
            "lần thứ 38 và 39 theo hình thức trực tuyến từ ngày 26-28/10.")
    summits = [m for m in meetings_of(text, published="2021-10-20") if m.series == "asean-summit"]
    assert [(m.ordinal, m.format) for m in summits] == [(38, "online"), (39, "online")]


# The partner summits of a Summit week meet in its last days: the month the Summit ends in.

def test_a_partner_summit_of_a_summit_week_across_two_months_takes_the_month_it_ends_in():
    text = ("Hợp tác ASEAN\nHội nghị Cấp cao ASEAN lần thứ 35 đã bế mạc tại Băng Cốc. Trước đó, các nhà lãnh đạo đã dự "
            "Hội nghị Cấp cao ASEAN - Ấn Độ tại Băng Cốc.")
    assert only(meetings_of(text), "asean-partner-summit").start == "2019-11"


# "chủ tọa" (presides) says who chairs as "chủ trì" does.

def test_presided_over_by_a_minister_names_his_country_as_chair():
    text = ("Năng lượng ASEAN\nHội nghị Bộ trưởng Năng lượng ASEAN đã diễn ra ngày 15/6/2019 dưới sự chủ tọa của Bộ "
            "trưởng Năng lượng Thái Lan.")
    assert only(meetings_of(text), "asean-sectoral").chair == "TH"


# A sentence opening on the chairing verb: its subject, the chair, comes after the comma.

def test_a_sentence_opening_on_chairing_the_meeting_named_next_has_its_chair_after_the_comma():
    text = ("Môi trường ASEAN\nChủ trì Hội nghị Bộ trưởng Môi trường ASEAN ngày 15/6/2019, Bộ trưởng Môi trường "
            "Campuchia Say Sam Al nhấn mạnh tầm quan trọng của hợp tác khu vực.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"


def test_a_sentence_opening_on_chairing_the_meeting_told_before_has_its_chair_after_the_comma():
    text = ("Y tế ASEAN\nNgày 15/6/2019, Hội nghị Bộ trưởng Y tế ASEAN đã diễn ra. Chủ trì hội nghị, Bộ trưởng Y tế "
            "Brunei cho biết các nước sẽ tăng cường hợp tác với Việt Nam.")
    assert only(meetings_of(text), "asean-sectoral").chair == "BN"


def test_last_weekend_said_as_cuoi_tuan_qua_is_the_weekend_before_publication():
    text = ("Hội nghị Bộ trưởng Kinh tế ASEAN\nHội nghị Bộ trưởng Kinh tế ASEAN diễn ra cuối tuần qua tại Băng Cốc đã "
            "thông qua nhiều văn kiện.")
    aem = only(meetings_of(text, published="2019-07-01"), "aem")
    assert (aem.start, aem.end) == ("2019-06-29", "2019-06-30")


def test_the_past_week_alone_is_no_date():
    from summitgraph.extract.dates import find_dates
    assert find_dates("Trong tuần qua, các bộ trưởng đã có nhiều cuộc tiếp xúc.") == []


# A numbered Summit met where the list of summits says: a place of another country said beside it is where the news
# was told.

def test_a_numbered_summit_placed_by_the_briefing_city_takes_the_registry_country():
    text = ("Họp báo về Hội nghị Cấp cao\nTại Hà Nội, Thứ trưởng Ngoại giao đã thông tin với báo chí về Hội nghị Cấp "
            "cao ASEAN lần thứ 34 sắp diễn ra.")
    summit = only(meetings_of(text, published="2019-06-18"), "asean-summit")
    assert (summit.city, summit.country, summit.chair) == (None, "TH", "TH")


# A numbered meeting of an annual series held in another year than its number gives was dated by another event.

def test_a_numbered_ministers_meeting_dated_by_another_event_takes_the_year_of_its_number():
    text = ("ASEAN sau Hiến chương\nHiến chương ASEAN có hiệu lực từ tháng 12/2008, và Hội nghị Bộ trưởng Ngoại giao "
            "ASEAN lần thứ 42 tại Phuket là hội nghị bộ trưởng đầu tiên sau đó.")
    amm = only(meetings_of(text, published="2015-08-01"), "amm")
    assert (amm.start, amm.end, amm.chair) == ("2009", "2009", "TH")


# "trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN, Bộ trưởng Trần Tuấn Anh đã gặp Bộ trưởng ... Ấn Độ": the ministers
# named in the frame are the meeting's; one member's minister meeting a partner's holds talks of two governments.

def test_a_members_minister_meeting_a_partners_within_an_asean_meeting_holds_bilateral_talks():
    text = ("Bộ trưởng gặp người đồng cấp\nNgày 20/8/2019, trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 "
            "tại Băng Cốc, Bộ trưởng Công Thương Trần Tuấn Anh đã gặp Bộ trưởng Thương mại Ấn Độ Piyush Goyal.")
    records = meetings_of(text)
    talk = only(records, "bilateral-talks")
    assert (talk.parties, talk.start) == (["IN", "VN"], "2019-08-20")
    assert not [m for m in records if m.series == "asean-partner-other"]


# The chair year boundary before the Charter: Thailand took the chair on 24 July 2008 (the registry's takeover day);
# a meeting dated by the year alone may have met under either of the year's two chairs.

def test_a_meeting_after_the_2008_takeover_day_is_chaired_by_thailand():
    text = ("Kinh tế ASEAN\nNgày 28/7/2008, Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã diễn ra tại Băng Cốc.")
    assert only(meetings_of(text), "aem").chair == "TH"


def test_a_meeting_of_2008_held_in_the_incoming_chair_is_chaired_by_it():
    text = ("Quan chức cao cấp ASEAN\nNăm 2008, Hội nghị Quan chức cao cấp ASEAN tại Băng Cốc đã thảo luận việc thực thi "
            "Hiến chương.")
    assert only(meetings_of(text), "asean-som").chair == "TH"


def test_a_meeting_of_2008_held_away_from_both_chairs_has_no_chair_told():
    text = ("Ngoại trưởng ASEAN\nTháng 12/2008, Hội nghị Bộ trưởng Ngoại giao ASEAN không chính thức diễn ra tại "
            "Gia-các-ta nhân dịp Hiến chương có hiệu lực.")
    assert only(meetings_of(text), "amm").chair is None


# "hồi tháng 10" written in January is last October; "tháng 1 tới" written in December is next January: the year of
# publication given as the default still moves with the relative word.

def test_a_past_month_after_the_publication_month_is_last_year():
    text = "Quốc phòng ASEAN\nHội nghị Bộ trưởng Quốc phòng ASEAN diễn ra hồi tháng 10 tại Clark, Philippines."
    admm = only(meetings_of(text, published="2018-01-10"), "admm")
    assert (admm.start, admm.status, admm.chair) == ("2017-10", "held", "PH")


def test_a_coming_month_before_the_publication_month_is_next_year():
    text = "Ngoại trưởng ASEAN\nHội nghị hẹp Bộ trưởng Ngoại giao ASEAN sẽ diễn ra vào tháng 1 tới tại Chiang Mai."
    retreat = only(meetings_of(text, published="2018-12-20"), "amm-retreat")
    assert (retreat.start, retreat.status, retreat.chair) == ("2019-01", "planned", "TH")


# "dự kiến diễn ra tháng 12/2008 ... đã bị hoãn": a Summit put off was not held; the month planned for it stays.

def test_a_postponed_summit_keeps_the_month_it_was_planned_for():
    text = ("Hoãn hội nghị\nHội nghị Cấp cao ASEAN lần thứ 14 dự kiến diễn ra tháng 12/2008 tại Chiang Mai đã bị hoãn "
            "do bất ổn chính trị.")
    summit = only(meetings_of(text, published="2008-12-20"), "asean-summit")
    assert (summit.start, summit.status) == ("2008-12", "planned")
