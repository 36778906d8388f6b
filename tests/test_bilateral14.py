"""Bilateral talks and visits, round 14: whole articles whose paragraphs interact, written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of


def visits_of(text: str) -> list:
    return [m for m in meetings_of(text) if m.series == "bilateral-visit"]


# A visit whose story recalls, in another paragraph, a summit the visitor attended in another city of the host.
RECALLED_SUMMIT = (
    "Thủ tướng thăm chính thức Hàn Quốc\n\n"
    "Thứ Ba, 5/12/2023, 09:00\n\n"
    "Hà Nội (TTXVN) - Thủ tướng Phạm Minh Chính sẽ thăm chính thức Hàn Quốc từ ngày 10 đến 12/12.\n\n"
    "Hồi tháng 6, Thủ tướng đã dự Hội nghị thượng đỉnh Hàn Quốc - châu Phi mở rộng tại Busan theo lời mời "
    "của nước chủ nhà.\n\n"
    "Trong chuyến thăm, Thủ tướng sẽ hội đàm với Tổng thống Hàn Quốc Yoon Suk Yeol.\n\n"
    "Tin liên quan\nHội nghị tại Busan thành công tốt đẹp\n")


def test_a_city_stated_for_another_meeting_is_not_the_visits():
    (visit,) = visits_of(RECALLED_SUMMIT)
    assert visit.country == "KR" and visit.city is None


def test_a_city_stated_for_another_meeting_is_not_the_visits_talks():
    talk = next(t for t in talks_of(RECALLED_SUMMIT) if t.parties == ["KR", "VN"])
    assert talk.city is None


def test_the_visits_own_city_said_beside_the_other_meeting_still_places_it():
    # The visit's sentence names the capital too: the forum held there takes nothing from the visit.
    text = ("Chủ tịch nước kết thúc chuyến thăm Trung Quốc\n\n"
            "Ngày 20/10/2023, tại Bắc Kinh đã diễn ra Diễn đàn hợp tác quốc tế Vành đai và Con đường lần thứ ba.\n\n"
            "Chiều 21/10/2023, Chủ tịch nước Võ Văn Thưởng rời thủ đô Bắc Kinh, kết thúc chuyến thăm chính thức "
            "Trung Quốc.\n")
    visit = next(v for v in visits_of(text) if v.parties == ["CN", "VN"])
    assert visit.city == "Beijing"


def test_each_listed_counterpart_names_the_talk_by_its_own_part():
    text = ("Ngày 8/3/2024, tại Tokyo, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Thủ tướng Nhật Bản Kishida "
            "Fumio và Chủ tịch Thượng viện Otsuji Hidehisa.")
    names = sorted(t.name for t in talks_of(text))
    assert names == ["hội kiến ... Chủ tịch Thượng viện Otsuji Hidehisa", "hội kiến Thủ tướng Nhật Bản Kishida Fumio"]


def test_a_list_of_three_leaders_met_names_three_talks_apart():
    text = ("Ngày 12/9/2023, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Pháp Emmanuel Macron, Thủ tướng Ấn Độ "
            "Narendra Modi và Tổng thống Brazil Lula da Silva.")
    names = {t.parties[0]: t.name for t in talks_of(text)}
    assert names["FR"] == "gặp Tổng thống Pháp Emmanuel Macron"
    assert names["IN"] == "gặp ... Thủ tướng Ấn Độ Narendra Modi"
    assert names["BR"] == "gặp ... Tổng thống Brazil Lula da Silva"


def test_a_talk_on_the_sidelines_of_the_meeting_told_before_takes_its_place_though_dated():
    text = ("Thủ tướng dự Hội nghị Cấp cao G20\n\n"
            "New Delhi (TTXVN) - Thủ tướng Phạm Minh Chính đã dự Hội nghị thượng đỉnh G20 tại New Delhi, Ấn Độ, "
            "từ ngày 9 đến 10/9/2023.\n\n"
            "Thủ tướng cũng đã có cuộc gặp với Thủ tướng Anh Rishi Sunak bên lề hội nghị ngày 10/9. Hai bên nhất trí "
            "tăng cường hợp tác.\n")
    talk = next(t for t in talks_of(text) if t.parties == ["GB", "VN"])
    assert (talk.city, talk.country, talk.start) == ("New Delhi", "IN", "2023-09-10")


def test_a_visit_told_with_a_summit_of_another_month_is_not_placed_at_the_summits_city():
    text = ("Tổng thống Indonesia thăm Việt Nam\n\n"
            "Ngày 11/9/2023, Tổng thống Indonesia Joko Widodo bắt đầu thăm cấp Nhà nước Việt Nam. "
            "Thủ tướng Phạm Minh Chính từng thăm chính thức Indonesia vào tháng 12/2022 và dự Hội nghị Cấp cao "
            "ASEAN lần thứ 42 tại Labuan Bajo vào tháng 5/2023.\n")
    visit = next(v for v in visits_of(text) if v.country == "ID")
    assert visit.city is None


def test_two_hosts_receiving_one_guest_on_one_day_are_two_talks():
    # One names the guest by office, the other by name: two hosts still make two talks.
    text = ("Tổng thống Kenya thăm Việt Nam\n\n"
            "Ngày 8/5/2024, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Kenya. "
            "Cũng trong ngày 8/5/2024, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp Tổng thống Kenya William Ruto.\n")
    talks = [t for t in talks_of(text) if t.parties == ["KE", "VN"]]
    assert len(talks) == 2


# A foreign minister's tour told by a pronoun after his first mention, in an article that also names a home leader.
TOUR_BY_PRONOUN = (
    "Ngoại trưởng Anh công du châu Á\n\n"
    "Ngày 2/10/2024, Ngoại trưởng Anh David Lammy đã tới Tokyo, mở đầu chuyến công du châu Á. "
    "Ông đã gặp Thủ tướng Nhật Bản Ishiba Shigeru.\n\n"
    "Tiếp đó, ông sẽ thăm Malaysia từ ngày 5 đến 6/10/2024 và hội đàm với Thủ tướng Anwar Ibrahim.\n\n"
    "Trước đó, Thủ tướng Phạm Minh Chính đã gửi điện mừng Thủ tướng Anh.\n")


def test_a_visit_told_by_a_pronoun_is_the_named_travellers():
    visit = next(v for v in visits_of(TOUR_BY_PRONOUN) if v.country == "MY")
    assert visit.parties == ["GB", "MY"]


def test_a_talk_told_by_a_pronoun_is_the_named_travellers():
    talk = next(t for t in talks_of(TOUR_BY_PRONOUN) if "MY" in t.parties)
    assert talk.parties == ["GB", "MY"]


def test_a_word_of_one_accented_capital_ends_its_sentence():
    # "châu Á." is a word, not an initial: the talk told after it is a sentence of its own.
    talk = next(t for t in talks_of(TOUR_BY_PRONOUN) if "JP" in t.parties)
    assert talk.parties == ["GB", "JP"]


def test_formal_talks_named_by_the_verb_alone_are_not_a_later_call_or_phone_call():
    text = ("Thủ tướng New Zealand thăm Việt Nam\n\n"
            "Sáng 27/2/2025, Thủ tướng New Zealand Christopher Luxon đã đến Hà Nội, bắt đầu chuyến thăm chính thức "
            "Việt Nam từ ngày 27 đến 28/2/2025.\n\n"
            "Ngay sau lễ đón chính thức tại Phủ Chủ tịch, hai Thủ tướng đã tiến hành hội đàm.\n\n"
            "Ngày 28/2/2025, ông đã chào xã giao Chủ tịch nước Lương Cường.\n\n"
            "Trước đó, tháng 11/2024, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Christopher Luxon.\n")
    talks = sorted((t.start, t.name) for t in talks_of(text) if t.parties == ["NZ", "VN"])
    assert [start for start, _ in talks] == ["2024-11", "2025-02-27", "2025-02-28"]


RECALLED_OCCASIONS = (
    "Thủ tướng Thái Lan kết thúc chuyến thăm Việt Nam\n\n"
    "Ngày 17/5/2024, Thủ tướng Thái Lan Srettha Thavisin đã hội đàm với Thủ tướng Phạm Minh Chính tại Hà Nội.\n\n"
    "Đây là chuyến thăm Việt Nam lần thứ hai của ông Srettha Thavisin, sau lần đầu tiên hồi tháng 9/2023.\n\n"
    "Hồi tháng 11/2023, Thủ tướng Phạm Minh Chính và Thủ tướng Srettha Thavisin đã có cuộc gặp bên lề Hội nghị "
    "Cấp cao APEC tại San Francisco.\n")


def test_a_date_after_sau_lan_dau_tien_is_the_earlier_occasions_not_the_visits():
    assert all(v.start != "2023-09" for v in visits_of(RECALLED_OCCASIONS))


def test_two_leaders_named_before_a_meeting_verb_meet_though_a_name_ends_in_its_own_dot():
    text = ("Ngày 20/12/2023, Thủ tướng Phạm Minh Chính và Tổng thống Philippines Ferdinand Marcos Jr. đã có cuộc gặp "
            "bên lề hội nghị tại Tokyo.")
    (talk,) = talks_of(text)
    assert talk.parties == ["PH", "VN"]


def test_a_minister_of_several_listed_fields_unread_by_name_is_still_met():
    text = ("Ngày 4/3/2024, tại Tokyo, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã gặp Bộ trưởng Kinh tế, Thương mại "
            "và Công nghiệp Nhật Bản Saito Ken.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"]


def test_a_day_restated_in_the_home_clock_does_not_date_the_talks():
    text = ("Thủ tướng dự Đại hội đồng Liên hợp quốc\n\n"
            "Chiều 20/9/2023 (theo giờ địa phương, tức rạng sáng 21/9 giờ Việt Nam), tại New York, Thủ tướng Phạm "
            "Minh Chính đã gặp Tổng thống Brazil Luiz Inácio Lula da Silva.\n\n"
            "Cùng ngày, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Canada Justin Trudeau.\n")
    assert sorted(t.start for t in talks_of(text)) == ["2023-09-20", "2023-09-20"]


def test_the_host_of_a_banquet_named_after_do_is_not_the_subject_of_the_next_verb():
    text = ("Tối 19/9/2023, Thủ tướng Phạm Minh Chính dự tiệc chiêu đãi do Tổng thống Hoa Kỳ Joe Biden chủ trì và đã "
            "có trao đổi ngắn với Tổng thống Biden.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"]


def test_a_home_only_office_said_bare_makes_the_home_press_the_protagonist():
    # Only foreign office-holders are named; "Chủ tịch nước" said bare is the home one's, whose trips these are.
    text = ("Quan hệ Việt Nam - Campuchia\n\n"
            "Chuyến thăm của Chủ tịch nước tới Campuchia hồi tháng 2/2023 đã thành công tốt đẹp. "
            "Chủ tịch nước đã hội đàm với Quốc vương Campuchia Norodom Sihamoni. "
            "Trong chuyến thăm Thái Lan tháng 3/2023, Thủ tướng đã hội đàm với Thủ tướng Thái Lan Prayut Chan-o-cha.\n")
    assert sorted(tuple(v.parties) for v in visits_of(text)) == [("KH", "VN"), ("TH", "VN")]


FIRST_VISIT_AFTER_OFFICE = (
    "Thủ tướng Thái Lan thăm chính thức Việt Nam\n\n"
    "Thủ tướng Thái Lan Paetongtarn Shinawatra sẽ thăm chính thức Việt Nam từ ngày 15 đến 16/5/2025. Đây là chuyến "
    "thăm chính thức Việt Nam đầu tiên của bà kể từ khi nhậm chức hồi tháng 8/2024.\n\n"
    "Trước đó, hai Thủ tướng đã có cuộc gặp đầu tiên bên lề Hội nghị Cấp cao ASEAN lần thứ 45 tại Viêng Chăn hồi "
    "tháng 10/2024 và điện đàm ngày 20/8/2024.\n")


def test_a_day_counted_from_kể_từ_khi_dates_no_visit():
    assert [v.start for v in visits_of(FIRST_VISIT_AFTER_OFFICE)] == ["2025-05-15"]


def test_the_two_leaders_meeting_and_their_call_joined_by_và_are_two_talks_each_with_its_own_slots():
    talks = sorted((t.start, t.city, t.country) for t in talks_of(FIRST_VISIT_AFTER_OFFICE))
    assert talks == [("2024-08-20", None, None), ("2024-10", "Vientiane", "LA")]


def test_a_visit_joined_to_a_meeting_its_traveller_attends_falls_in_that_meetings_month():
    text = ("Quan hệ Việt Nam - Hàn Quốc\n\n"
            "Hội nghị Cấp cao APEC năm 2017 diễn ra tại Đà Nẵng tháng 11/2017. "
            "Việt Nam mong muốn đón Tổng thống Hàn Quốc Moon Jae-in thăm Việt Nam và tham dự Hội nghị Cấp cao APEC "
            "năm 2017 tại Đà Nẵng.\n")
    (visit,) = visits_of(text)
    assert visit.start == "2017-11"


STOPOVER = (
    "Thủ tướng Phan Văn Khải hội đàm với Thủ tướng Koizumi\n\n"
    "Chiều 20/6/2005, tại Tokyo, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Nhật Bản Junichiro Koizumi. Đây là "
    "lần thứ năm hai nhà lãnh đạo gặp nhau.\n\n"
    "Thủ tướng Phan Văn Khải dừng chân tại Nhật Bản trên đường đi thăm chính thức Hoa Kỳ từ ngày 19 đến 25/6/2005. "
    "Tại Washington, Thủ tướng sẽ hội đàm với Tổng thống George W. Bush.\n\n"
    "Ngày 21/6/2005, Thủ tướng Phan Văn Khải sẽ yết kiến Nhà vua Akihito trước khi rời Tokyo đi Seattle.\n")


def test_a_stopover_takes_no_days_of_the_trip_it_is_on_the_way_to():
    # (taking them, the two read as stops of one tour, and the trip lost its days to their month)
    trip = next(v for v in visits_of(STOPOVER) if v.country == "US")
    assert (trip.start, trip.end) == ("2005-06-19", "2005-06-25")


def test_a_day_told_of_a_talk_in_another_country_does_not_date_the_next_visits_talks():
    talk = next(t for t in talks_of(STOPOVER) if t.parties == ["US", "VN"])
    assert talk.start == "2005-06"


def test_the_nth_meeting_of_the_two_leaders_is_the_talk_just_told():
    assert len([t for t in talks_of(STOPOVER) if t.parties == ["JP", "VN"]]) == 2


def test_a_city_gone_on_to_is_not_the_talks():
    audience = next(t for t in talks_of(STOPOVER) if "Akihito" in t.name)
    assert audience.city != "Seattle"


def test_a_talk_said_of_last_year_takes_no_date_of_the_articles_visit():
    text = ("Thủ tướng thăm Nhật Bản\n\n"
            "Thủ tướng Phan Văn Khải thăm chính thức Nhật Bản từ ngày 19 đến 22/6.\n\n"
            "Năm ngoái, Thủ tướng Nhật Bản Junichiro Koizumi đã sang Hà Nội dự Hội nghị cấp cao ASEM 5 và hội đàm với "
            "Thủ tướng Phan Văn Khải.\n")
    # no year is written: last year's talk is undated, not in the visit's month
    talk = next(t for t in talks_of(text) if t.city == "Hanoi")
    assert talk.start is None


def test_a_state_visit_written_cap_nha_nuoc_before_the_country_is_read():
    text = ("Sáng 23/6/2023, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón chính thức Tổng thống Hàn Quốc Yoon Suk Yeol "
            "sang thăm cấp Nhà nước Việt Nam từ ngày 22 đến 24/6.")
    (visit,) = visits_of(text)
    assert (visit.parties, visit.start, visit.end) == (["KR", "VN"], "2023-06-22", "2023-06-24")


def test_cung_ngay_after_a_talk_is_that_talks_day_not_an_arrival_told_in_between():
    text = ("Tổng thống Hàn Quốc thăm Việt Nam\n\n"
            "Sáng 23/6/2023, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón chính thức Tổng thống Hàn Quốc Yoon Suk Yeol "
            "sang thăm cấp Nhà nước Việt Nam từ ngày 22 đến 24/6.\n\n"
            "Tổng thống Yoon Suk Yeol đã đến Hà Nội tối 22/6.\n\n"
            "Sau lễ đón, hai nhà lãnh đạo đã hội đàm. Chiều cùng ngày, Tổng thống Yoon Suk Yeol hội kiến Tổng Bí thư "
            "Nguyễn Phú Trọng.\n")
    talk = next(t for t in talks_of(text) if "Trọng" in t.name)
    assert talk.start == "2023-06-23"


def test_stops_of_a_tour_listed_by_several_verbs_keep_sharing_its_span():
    # a guard for the stopover rule: only a trip "trên đường đi" to takes the days said after it
    text = ("Thủ tướng kết thúc chuyến công tác\n\n"
            "Tối 2/11/2023, Thủ tướng Phạm Minh Chính đã về đến Hà Nội, kết thúc chuyến thăm chính thức Thổ Nhĩ Kỳ, "
            "dự Diễn đàn Sáng kiến Đầu tư Tương lai lần thứ 7 và thăm làm việc tại Saudi Arabia, thăm chính thức Qatar "
            "từ ngày 26/10 đến 2/11/2023.\n")
    spans = {v.country: (v.start, v.end) for v in visits_of(text)}
    assert spans == {c: ("2023-10-26", "2023-11-02") for c in ("TR", "SA", "QA")}


def test_a_talk_on_the_sidelines_is_not_placed_at_the_articles_first_dated_event():
    text = ("Ngoại trưởng Mỹ công du châu Á\n\n"
            "Tại Viêng Chăn, Ngoại trưởng Mỹ Antony Blinken sẽ tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Mỹ và Hội "
            "nghị Bộ trưởng Ngoại giao Cấp cao Đông Á. Bên lề các hội nghị, Ngoại trưởng Mỹ dự kiến gặp Bộ trưởng "
            "Ngoại giao Trung Quốc Vương Nghị.\n\n"
            "Sau đó, ông Blinken sẽ thăm Philippines từ ngày 30 đến 31/7/2024 và hội đàm với Tổng thống Ferdinand "
            "Marcos Jr. tại Manila.\n")
    talk = next(t for t in talks_of(text) if t.parties == ["CN", "US"])
    assert talk.country != "PH"


STATE_VISIT_TO_CHINA = (
    "Tổng Bí thư thăm Trung Quốc\n\n"
    "Chiều 19/8/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận "
    "Bình tại Bắc Kinh, trong khuôn khổ chuyến thăm cấp Nhà nước Trung Quốc từ ngày 18 đến 20/8/2024.\n\n"
    "Trước đó, ngày 18/8/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm đã tới Quảng Châu.\n\n"
    "Ngày 20/8/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm sẽ hội kiến Thủ tướng Quốc vụ viện Lý Cường và Chủ tịch Ủy ban "
    "Thường vụ Nhân đại toàn quốc Triệu Lạc Tế.\n")


def test_an_arrival_in_a_city_during_the_named_visit_is_no_visit_of_its_own():
    assert len([v for v in visits_of(STATE_VISIT_TO_CHINA) if v.parties == ["CN", "VN"]]) == 1


def test_the_head_of_the_chinese_parliament_is_met_as_a_senior_office_holder():
    assert any("Triệu Lạc Tế" in t.name for t in talks_of(STATE_VISIT_TO_CHINA))


def test_the_earlier_trip_a_visit_follows_is_a_visit_of_the_same_sides_dated_after_it():
    # a guard: since "sau chuyến thăm năm 2016" no longer dates "chuyến thăm Việt Nam thứ hai", the earlier trip is
    # read as a visit of its own
    text = ("Thủ tướng Ấn Độ sẽ thăm Việt Nam\n\n"
            "Thủ tướng Ấn Độ Narendra Modi sẽ thăm chính thức Việt Nam vào cuối tháng 3/2024. Đây là chuyến thăm Việt "
            "Nam thứ hai của ông Modi, sau chuyến thăm năm 2016.\n")
    assert sorted(v.start for v in visits_of(text)) == ["2016", "2024-03"]


def test_the_first_time_a_dated_visit_follows_is_an_earlier_visit_of_the_same_sides():
    text = ("Tổng thống Philippines thăm Việt Nam\n\n"
            "Tổng thống Philippines Ferdinand Marcos Jr. thăm cấp Nhà nước Việt Nam từ ngày 29 đến 30/1/2024. Đây là "
            "chuyến thăm Việt Nam lần thứ hai của ông, sau lần đầu tiên hồi tháng 9/2022.\n")
    assert sorted(v.start for v in visits_of(text)) == ["2022-09", "2024-01-29"]


def test_a_city_visited_during_the_named_visit_is_a_stop_of_it():
    text = ("Ngoại trưởng Australia thăm Việt Nam\n\n"
            "Chiều 27/6/2023, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao "
            "Australia Penny Wong, nhân dịp bà Penny Wong thăm chính thức Việt Nam từ ngày 26 đến 28/6/2023.\n\n"
            "Ngày 28/6/2023, bà Penny Wong đã thăm Thành phố Hồ Chí Minh và gặp lãnh đạo thành phố.\n")
    assert len(visits_of(text)) == 1


def test_two_states_foreign_ministers_meeting_named_by_the_pair_is_bilateral_talks():
    text = ("Ngày 27/6/2023, tại Hà Nội, hai Bộ trưởng đồng chủ trì Hội nghị Bộ trưởng Ngoại giao Việt Nam - Australia "
            "lần thứ 5.")
    assert [t.parties for t in talks_of(text)] == [["AU", "VN"]]
