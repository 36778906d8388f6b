"""Bilateral talks and visits, round 9: forms found by probing with sentences written for these tests."""
from __future__ import annotations

from written import talks_of


def test_a_discussion_between_two_named_office_holders_is_a_talk():
    # "cuộc trao đổi giữa A và B": a discussion with its two sides after "giữa".
    text = ("Cuộc trao đổi giữa Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Trung Quốc Vương Nghị kéo dài "
            "3 tiếng tại Jakarta ngày 13/7/2023.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"] and talk.start == "2023-07-13" and talk.city == "Jakarta"


def test_a_congratulatory_call_is_a_talk():
    # "gọi điện chúc mừng Thủ tướng A": the call's purpose stands between the verb and the one called.
    text = "Ngày 6/4/2021, Thủ tướng Campuchia Hun Sen đã gọi điện chúc mừng Thủ tướng Phạm Minh Chính."
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.start == "2021-04-06" and talk.city is None


def test_leaders_talks_between_two_countries_named_after_giua():
    # "hội đàm cấp cao giữa Việt Nam và Lào": the level, then the two countries.
    text = "Ngày 9/1/2023, tại Viêng Chăn, đã diễn ra hội đàm cấp cao giữa Việt Nam và Lào."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.start == "2023-01-09"


def test_a_meeting_named_twice_over_and_a_translated_bilateral_meeting():
    # "cuộc gặp gỡ với người đồng cấp", "một cuộc họp song phương với": how translated copy names talks.
    text = ("Thủ tướng Australia Anthony Albanese đã có cuộc gặp gỡ với người đồng cấp Việt Nam Phạm Minh Chính "
            "tại Canberra ngày 7/3/2024.")
    (talk,) = talks_of(text)
    assert talk.parties == ["AU", "VN"] and talk.city == "Canberra"
    text = ("Tổng thống Hoa Kỳ Joe Biden đã tổ chức một cuộc họp song phương với Tổng Bí thư Nguyễn Phú Trọng "
            "tại Hà Nội ngày 10/9/2023.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"] and talk.start == "2023-09-10"


def test_a_summit_between_two_leaders_named_after_giua():
    text = ("Cuộc gặp thượng đỉnh giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Joe Biden diễn ra tại "
            "Geneva ngày 16/6/2021.")
    (talk,) = talks_of(text)
    assert talk.parties == ["RU", "US"] and talk.city == "Geneva"


def test_the_one_after_a_framed_calls_comma_is_not_the_one_called():
    # "Tại cuộc điện đàm, Thủ tướng A đánh giá ...": the same call told again, A its caller, not one called.
    text = ("Ngày 6/4/2021, Thủ tướng Campuchia Hun Sen đã gọi điện chúc mừng Thủ tướng Phạm Minh Chính. "
            "Tại cuộc điện đàm, Thủ tướng Hun Sen bày tỏ tin tưởng Việt Nam sẽ đạt nhiều thành công.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.start == "2021-04-06" and talk.status == "held"


def test_a_summit_of_two_states_named_by_the_pair():
    # "Hội nghị thượng đỉnh Mỹ - Triều": the pair's short forms name the two sides.
    text = "Hội nghị thượng đỉnh Mỹ - Triều lần hai đã diễn ra tại Hà Nội từ ngày 27 đến 28/2/2019."
    (talk,) = talks_of(text)
    assert talk.parties == ["KP", "US"] and talk.start == "2019-02-27" and talk.country == "VN"
    text = "Cuộc gặp cấp cao Việt - Trung diễn ra tại Bắc Kinh ngày 30/10/2022."
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"] and talk.city == "Beijing"
    # The Mekong's pairs and three states' summits are not two states' talks.
    text = ("Hội nghị cấp cao Mekong - Nhật Bản và Hội nghị Cấp cao Campuchia - Lào - Việt Nam diễn ra tại "
            "Viêng Chăn ngày 10/9/2024.")
    assert talks_of(text) == []


def test_a_defence_dialogue_of_two_states_named_by_the_pair():
    text = "Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ lần thứ 12 diễn ra tại New Delhi ngày 14/6/2018."
    (talk,) = talks_of(text)
    assert talk.parties == ["IN", "VN"] and talk.start == "2018-06-14"


def test_a_headline_naming_a_session_without_its_sides_is_the_session_told_with_them():
    from written import meetings_of
    text = ("Tham vấn chính trị\n\nPhiên tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Thái Lan lần thứ 8 "
            "diễn ra ngày 20/6/2019 tại Bangkok.")
    (talk,) = [m for m in meetings_of(text) if m.series == "bilateral-talks"]
    assert talk.parties == ["TH", "VN"] and talk.start == "2019-06-20"


def test_talks_with_the_heads_of_more_international_organisations():
    # The Inter-Parliamentary Union's, the Francophonie's and the IOM's heads are sides of talks.
    text = ("Ngày 3/4/2023, Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Liên minh Nghị viện Thế giới "
            "(IPU) Duarte Pacheco.")
    (talk,) = talks_of(text)
    assert talk.parties == ["IPU", "VN"]
    text = "Ngày 5/6/2024, Thủ tướng Phạm Minh Chính tiếp Tổng Giám đốc Tổ chức Di cư Quốc tế Amy Pope."
    (talk,) = talks_of(text)
    assert talk.parties == ["IOM", "VN"]


def test_the_forum_an_office_holder_heads_is_no_meeting():
    # "Chủ tịch Diễn đàn Kinh tế Thế giới (WEF) A": the organisation in a title, not one of its meetings.
    from written import meetings_of
    text = ("Ngày 27/6/2023, Thủ tướng Phạm Minh Chính tiếp Người sáng lập, Chủ tịch Diễn đàn Kinh tế Thế giới "
            "(WEF) Klaus Schwab.")
    assert [m for m in meetings_of(text) if m.series == "other-multilateral"] == []


def test_a_talk_named_by_its_two_leaders_names():
    # "Cuộc gặp Biden - Tập", "Thượng đỉnh Trump-Kim": the leaders the article names, by a word of their names.
    text = ("Cuộc gặp Biden - Tập tại Bali ngày 14/11/2022 được đánh giá tích cực. Tổng thống Mỹ Joe Biden và "
            "Chủ tịch Trung Quốc Tập Cận Bình nhất trí duy trì liên lạc.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"] and talk.start == "2022-11-14" and talk.city == "Bali"
    text = ("Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un sẽ gặp lại nhau. Thượng đỉnh Trump-Kim "
            "lần hai diễn ra tại Hà Nội ngày 27-28/2/2019.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KP", "US"] and talk.start == "2019-02-27"


def test_the_two_leaders_meeting_on_another_occasion():
    # "Hai nhà lãnh đạo đã gặp gỡ lần đầu tại Seoul tháng 7/2003": the sides of the talk told before, another time.
    text = ("Tổng thống Hàn Quốc Roh Moo-hyun ngày 2/12/2004 bắt đầu chuyến thăm chính thức Anh. Tổng thống cũng sẽ có "
            "cuộc gặp với Thủ tướng Anh Tony Blair. Hai nhà lãnh đạo đã gặp gỡ lần đầu tiên tại Seoul tháng 7/2003.")
    talks = talks_of(text)
    assert len(talks) == 2 and all(t.parties == ["GB", "KR"] for t in talks)
    assert talks[1].start == "2003-07" and talks[1].city == "Seoul" and talks[0].start != "2003-07"
    # Meeting the press or businesses together is no talk of the two.
    text = ("Ngày 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Mỹ Joe Biden. Sau hội đàm, hai nhà "
            "lãnh đạo đã gặp gỡ báo chí. Hai nhà lãnh đạo cũng gặp gỡ cộng đồng doanh nghiệp hai nước.")
    assert len(talks_of(text)) == 1
    # What the two said at a talk is no other talk.
    text = ("Ngày 10/5/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Nhật Bản Hayashi Yoshimasa. "
            "Hai Bộ trưởng đã trao đổi về hợp tác kinh tế.")
    assert len(talks_of(text)) == 1


def test_a_banquet_one_leader_gives_another_is_their_meeting():
    # "mở tiệc tối chiêu đãi Thủ tướng A": the host's meeting with his guest, where the host receives him.
    text = ("Thủ tướng Phan Văn Khải sẽ dừng chân tại Nhật Bản trên đường công du Mỹ và Canada. Thủ tướng Nhật Bản "
            "Junichiro Koizumi sẽ mở tiệc tối chiêu đãi Thủ tướng Phan Văn Khải tại dinh thự chính thức.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and talk.country == "JP"
    # At a visit's talks, a banquet is one of the day's events, not a talk of its own.
    text = ("Chiều 12/12/2023, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận "
            "Bình. Tối 12/12/2023, Tổng Bí thư Nguyễn Phú Trọng chủ trì tiệc chiêu đãi trọng thể Chủ tịch nước Trung "
            "Quốc Tập Cận Bình và Phu nhân.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"]


def test_a_leaders_arrival_abroad_is_a_visit_of_that_month():
    # "chuyên cơ chở Thủ tướng A đã hạ cánh tại sân bay ..., Washington": no visit verb, still a visit; the day of
    # arrival is its first, so only its month is told.
    from written import meetings_of
    text = ("Chiều 30/5/2017 theo giờ địa phương, chuyên cơ chở Thủ tướng Nguyễn Xuân Phúc và đoàn đại biểu cấp cao "
            "Việt Nam đã hạ cánh tại sân bay quân sự St. Andrews, Washington DC, Mỹ.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert visit.parties == ["US", "VN"] and visit.city == "Washington" and visit.start == "2017-05"
    # Arriving for a summit is no bilateral visit.
    text = "Thủ tướng Phạm Minh Chính đã đến Jakarta chiều 4/9/2023 để tham dự Hội nghị Cấp cao ASEAN 43."
    assert [m for m in meetings_of(text) if m.series == "bilateral-visit"] == []
    # ... even told in the next sentence
    text = "Tổng thống Indonesia Joko Widodo đã đến Hà Nội tối 25/10/2020. Ông sẽ tham dự Hội nghị Cấp cao ASEAN 37."
    assert [m for m in meetings_of(text) if m.series.startswith("bilateral")] == []


def test_two_office_holders_of_two_countries_acting_together_met():
    # "A và người đồng nhiệm B đã thông qua một hiệp định", "A và B đã ký tuyên bố chung": done together, at a meeting.
    text = ("Hôm 15/3/2005, Ngoại trưởng Indonesia Hassan Wirayuda và người đồng nhiệm Đông Timor Jose Ramos Horta "
            "đã thông qua một hiệp định tạm thời về biên giới.")
    (talk,) = talks_of(text)
    assert talk.parties == ["ID", "TL"] and talk.start == "2005-03-15"
    text = "Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Philippines Rodrigo Duterte đã ký tuyên bố chung ngày 30/5/2019."
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "PH"]
    # "kỳ vọng" (hope), folded as "ký" is, is nothing they do together.
    assert talks_of("Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Philippines Rodrigo Duterte kỳ vọng quan hệ phát triển.") == []


def _visits_of(text: str):
    from written import meetings_of
    return [m for m in meetings_of(text) if m.series == "bilateral-visit"]


def test_a_visitor_named_bare_holds_the_office_the_article_gives_him_elsewhere():
    # "Ông Joe Biden vừa kết thúc chuyến thăm ..." and later "Tổng thống Mỹ Joe Biden": the visitor is an office-holder.
    text = ("Ông Joe Biden vừa kết thúc chuyến thăm Saudi Arabia. Tổng thống Mỹ Joe Biden đã dự hội nghị "
            "tại Jeddah.")
    (visit,) = _visits_of(text)
    assert visit.parties == ["SA", "US"]


def test_the_stops_of_one_tour_fall_in_the_month_of_its_span():
    # The stops listed by one verb (one named by a part of its country), dated by the tour's span of days.
    text = ("Tổng thống Mỹ Joe Biden vừa kết thúc chuyến thăm Trung Đông với 3 chặng dừng chân chính bao gồm Israel, "
            "khu Bờ Tây của Palestine và Saudi Arabia. Chuyến công du từ ngày 13 đến 16-7 của ông Biden đặt ra "
            "nhiều mục tiêu.")
    visits = _visits_of(text)
    assert [v.country for v in visits] == ["IL", "PS", "SA"]
    assert all(v.start == "--07" and v.parties[1] == "US" for v in visits)


def test_an_arrival_right_after_the_one_arriving_needs_no_auxiliary():
    text = "Ngoại trưởng Mỹ Antony Blinken đến Bắc Kinh ngày 18/6/2023. Ông Blinken đã gặp Chủ tịch Tập Cận Bình."
    (visit,) = _visits_of(text)
    assert visit.parties == ["CN", "US"] and visit.city == "Beijing" and visit.start == "2023-06"


def test_heads_of_state_by_rarer_titles_and_no_state_premier():
    # A Governor-General and a Grand Duke are heads of state; a German state's premier holds no national office.
    text = "Ngày 12/3/2024, Chủ tịch nước tiếp Toàn quyền Australia David Hurley."
    (talk,) = talks_of(text)
    assert talk.parties == ["AU", "VN"]
    text = "Ngày 12/3/2024, Chủ tịch nước tiếp Đại Công tước Luxembourg Henri."
    (talk,) = talks_of(text)
    assert talk.parties == ["LU", "VN"]
    assert talks_of("Ngày 12/3/2024, Thủ tướng tiếp Thủ tướng bang Bavaria của Đức Markus Söder.") == []


def test_a_welcome_ceremony_an_online_exchange_and_an_online_summit_with_the_eu():
    text = "Ngày 19/10/2020, Thủ tướng Nguyễn Xuân Phúc đã chủ trì lễ đón chính thức Thủ tướng Nhật Bản Suga Yoshihide."
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and talk.start == "2020-10-19" and talk.country == "VN"
    # A summit's welcome of the heads of delegation is no talk of two.
    text = ("Sáng 26/10/2020, Thủ tướng Nguyễn Xuân Phúc chủ trì lễ đón Tổng thống Indonesia Joko Widodo và các Trưởng "
            "đoàn dự Hội nghị Cấp cao ASEAN 37.")
    assert talks_of(text) == []
    text = ("Ngày 12/8/2020, Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc trao đổi trực tuyến với Ngoại trưởng Mỹ "
            "Mike Pompeo.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"] and talk.format == "online"
    text = ("Ngày 30/6/2020, Thủ tướng Nguyễn Xuân Phúc và Chủ tịch Hội đồng châu Âu Charles Michel đã dự Hội nghị "
            "thượng đỉnh trực tuyến Việt Nam - EU.")
    (talk,) = talks_of(text)
    assert talk.parties == ["EU", "VN"] and talk.format == "online"


def test_a_stop_of_a_trip_named_before_it():
    # "chọn Việt Nam là điểm đến đầu tiên trong chuyến công du": the destination said before the trip.
    text = ("Tân Thủ tướng Nhật Bản Suga Yoshihide đã chọn Việt Nam là điểm đến đầu tiên trong chuyến công du "
            "nước ngoài đầu tiên từ ngày 18 đến 21/10/2020.")
    (visit,) = _visits_of(text)
    assert visit.parties == ["JP", "VN"] and visit.country == "VN" and visit.start == "2020-10-18"


def test_several_visitors_to_one_host_each_a_visit_dated_in_its_brackets():
    text = ("Năm 2023, Việt Nam đón nhiều chuyến thăm cấp cao: Tổng thống Hàn Quốc Yoon Suk Yeol (tháng 6), Tổng thống "
            "Mỹ Joe Biden (tháng 9) và Chủ tịch Trung Quốc Tập Cận Bình (tháng 12).")
    visits = _visits_of(text)
    assert [(v.parties, v.start) for v in visits] == [(["KR", "VN"], "2023-06"), (["US", "VN"], "2023-09"),
                                                      (["CN", "VN"], "2023-12")]
    text = ("Các chuyến thăm Việt Nam của Tổng thống Hàn Quốc Yoon Suk Yeol (6/2023) và Tổng thống Mỹ Joe Biden "
            "(9/2023) đã nâng cấp quan hệ.")
    assert [(v.parties, v.start) for v in _visits_of(text)] == [(["KR", "VN"], "2023-06"), (["US", "VN"], "2023-09")]


def test_a_visit_to_a_part_of_a_country_named_with_it():
    text = "Thủ tướng Nguyễn Xuân Phúc đã thăm bang California, Hoa Kỳ từ ngày 1 đến 3/6/2017."
    (visit,) = _visits_of(text)
    assert visit.parties == ["US", "VN"] and visit.start == "2017-06-01" and visit.end == "2017-06-03"
    text = "Chủ tịch nước Trần Đại Quang thăm thành phố Yokohama của Nhật Bản ngày 2/6/2018."
    (visit,) = _visits_of(text)
    assert visit.parties == ["JP", "VN"] and visit.country == "JP"


def test_a_well_known_leader_named_without_a_title():
    # "hội đàm với ông Joe Biden", "Ông Lý Hiển Long đã thăm ...": listed office-holders hold their office bare.
    text = "Ngày 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng hội đàm với ông Joe Biden tại Hà Nội."
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"]
    text = "Ông Lý Hiển Long đã thăm chính thức Việt Nam từ ngày 27 đến 28/3/2017."
    (visit,) = _visits_of(text)
    assert visit.parties == ["SG", "VN"] and visit.start == "2017-03-27"


def test_the_day_a_visit_ends_dates_it_only_to_its_month():
    # "Chiều 4/7, ... rời New Delhi, kết thúc chuyến thăm": the last day, not the visit's days; its talks alike.
    text = ("Chiều 4/7/2017, Chủ tịch nước Trần Đại Quang rời New Delhi, kết thúc tốt đẹp chuyến thăm cấp nhà nước "
            "Ấn Độ. Trong chuyến thăm, Chủ tịch nước đã hội đàm với Tổng thống Pranab Mukherjee.")
    (visit,) = _visits_of(text)
    assert visit.parties == ["IN", "VN"] and visit.start == visit.end == "2017-07"
    (talk,) = talks_of(text)
    assert talk.start == "2017-07"


def test_a_courtesy_call_told_as_coming_to_greet():
    text = ("Nhân dịp sang Việt Nam dự Hội nghị, Ngoại trưởng Nhật Bản Taro Kono đã đến chào xã giao Thủ tướng Nguyễn "
            "Xuân Phúc ngày 7/8/2017.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and talk.start == "2017-08-07"


def test_a_trip_of_an_office_holder_is_a_visit_and_a_students_is_not():
    # "chuyến đi tới Trung Quốc", as translated copy writes a visit; with no office-holder on it, no visit.
    text = "Ngoại trưởng Mỹ Antony Blinken sẽ có chuyến đi tới Trung Quốc vào ngày 18/6/2023."
    (visit,) = _visits_of(text)
    assert visit.parties == ["CN", "US"] and visit.start == "2023-06-18"
    assert _visits_of("Sau khi nhận giải thưởng, em đã có chuyến đi Anh kéo dài 3 tuần.") == []


def test_talks_named_by_the_pair_of_countries_right_after_the_verb():
    text = "Cuộc hội đàm Việt Nam - Lào diễn ra trong không khí hữu nghị ngày 9/1/2023."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.start == "2023-01-09"
    (talk,) = talks_of("Điện đàm Việt - Mỹ: hai bên nhất trí thúc đẩy quan hệ.")
    assert talk.parties == ["US", "VN"]


def test_two_offices_of_two_countries_named_without_their_holders():
    text = "Bộ trưởng Quốc phòng Mỹ và người đồng cấp Trung Quốc đã có cuộc gặp tại Singapore ngày 3/6/2022."
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"] and talk.city == "Singapore"
    (talk,) = talks_of("Lãnh đạo Mỹ và Trung Quốc đã điện đàm ngày 28/7/2022.")
    assert talk.parties == ["CN", "US"] and talk.start == "2022-07-28"
    (talk,) = talks_of("Thủ tướng Nhật Bản và Tổng thống Hàn Quốc đã gặp nhau ngày 21/5/2023.")
    assert talk.parties == ["JP", "KR"]


def test_a_discussion_between_two_offices_one_of_an_organisation():
    text = "Nội dung chính của cuộc thảo luận giữa Thủ tướng Campuchia và Tổng Thư ký ASEAN là tình hình Myanmar."
    (talk,) = talks_of(text)
    assert talk.parties == ["ASEAN", "KH"]


def test_subjects_told_by_their_country_a_pronoun_after_a_connective_or_bare_names():
    text = ("Tổng thống Hàn Quốc Yoon Suk Yeol thăm Việt Nam từ ngày 22 đến 24/6/2023. Trong chuyến thăm, nhà lãnh đạo "
            "Hàn Quốc đã hội kiến Tổng Bí thư Nguyễn Phú Trọng.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KR", "VN"]
    text = ("Thủ tướng Anh Rishi Sunak đã có cuộc gặp Tổng thống Pháp Emmanuel Macron. Sau đó, ông tiếp tục gặp Thủ "
            "tướng Đức Olaf Scholz.")
    assert sorted(tuple(t.parties) for t in talks_of(text)) == [("DE", "GB"), ("FR", "GB")]
    (talk,) = talks_of("Ông Tập Cận Bình và ông Joe Biden đã có cuộc gặp kéo dài 3 giờ tại Bali ngày 14/11/2022.")
    assert talk.parties == ["CN", "US"] and talk.city == "Bali"


def test_a_working_breakfast_and_a_friendly_chat_with_a_leader():
    text = "Ngày 5/5/2023, Thủ tướng Phạm Minh Chính đã ăn sáng làm việc với Thủ tướng Singapore Lý Hiển Long."
    (talk,) = talks_of(text)
    assert talk.parties == ["SG", "VN"]
    (talk,) = talks_of("Tối 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng đã trò chuyện thân mật với Tổng thống Mỹ Joe Biden.")
    assert talk.parties == ["US", "VN"]


def test_two_hosts_receiving_a_guest_in_turn_are_two_talks():
    text = ("Chủ tịch Trung Quốc Hồ Cẩm Đào và Thủ tướng Ôn Gia Bảo đã lần lượt hội kiến Thủ tướng Phan Văn Khải "
            "hôm 20/7/2005.")
    talks = talks_of(text)
    assert len(talks) == 2 and all(t.parties == ["CN", "VN"] for t in talks)



def test_a_counterpart_named_bare_as_such_is_still_read_when_titled_later():
    text = ("Hôm 15/3/2005, Ngoại trưởng Indonesia Hassan Wirayuda và người đồng nhiệm Đông Timor Jose Ramos Horta "
            "đã thông qua một hiệp định. Ngoại trưởng Jose Ramos Horta cho biết hai bên hài lòng.")
    (talk,) = talks_of(text)
    assert talk.parties == ["ID", "TL"]


def test_a_translated_meeting_of_theirs_framing_its_sentence():
    text = ("Trong cuộc họp của họ tại Bắc Kinh ngày 1/4/2025, Chủ tịch Trung Quốc Tập Cận Bình nói với Thủ tướng "
            "Malaysia Anwar Ibrahim rằng Trung Quốc coi trọng quan hệ hai nước.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "MY"] and talk.city == "Beijing"
