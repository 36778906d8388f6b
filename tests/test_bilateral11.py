"""Bilateral talks and visits, round 11: forms found by probing with sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of


def test_a_counterpart_received_by_his_peer_is_met():
    # "tiếp người đồng cấp Trung Quốc A": the one received is named as the host's counterpart, in lower case.
    text = ("Ngày 15/11/2023, Tổng thống Joe Biden tiếp người đồng cấp Trung Quốc Tập Cận Bình tại điền trang "
            "Filoli gần San Francisco.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"] and talk.start == "2023-11-15"


def test_a_transport_minister_s_country_is_no_venue():
    # Folded, "vận tải Lào" reads "van tai Lao" ("at Laos"): the portfolio does not place the reception abroad.
    text = "Phó Thủ tướng Trịnh Đình Dũng đã tiếp Bộ trưởng Giao thông vận tải Lào Viengsavath Siphandone."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.country == "VN"


def test_the_place_opening_the_sentence_frames_a_talk_told_far_after_it():
    # "Chiều 19/8, tại X ở thủ đô Bắc Kinh, ngay sau lễ đón chính thức, A đã hội đàm với B": the frame's place.
    text = ("Chiều 19/8/2024, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, ngay sau lễ đón chính thức, Tổng Bí thư, "
            "Chủ tịch nước Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"] and (talk.city, talk.country) == ("Beijing", "CN")


def test_a_minister_told_again_by_title_meets_on_the_sidelines_of_the_meeting_told_before():
    # "Bên lề hội nghị, Bộ trưởng đã gặp A": the minister named by title alone; the meeting is the one told before.
    text = ("Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam tham dự Hội nghị AMM-56 tại Jakarta. "
            "Bên lề hội nghị, Bộ trưởng đã gặp Ngoại trưởng Nhật Bản Hayashi Yoshimasa.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and (talk.city, talk.country) == ("Jakarta", "ID")


def test_a_talk_on_the_sidelines_of_the_general_assembly_told_before_is_held_there():
    text = ("Chủ tịch Quốc hội Vương Đình Huệ dự AIPA-44 tại Jakarta. Bên lề Đại hội đồng, Chủ tịch Quốc hội "
            "đã gặp Chủ tịch Hạ viện Malaysia Johari Abdul.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"] and talk.country == "ID"


def test_a_second_verb_of_a_schedule_line_shares_the_unnamed_subject():
    # "Hội kiến Nhà vua A; gặp Chủ tịch Hạ viện B": the plain "gặp" after a verb that met someone.
    text = ("Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản từ ngày 10 đến 12/3/2024. Lịch trình chuyến thăm:\n"
            "- Ngày 11/3: Hội kiến Nhà vua Naruhito; gặp Chủ tịch Hạ viện Nukaga Fukushiro.")
    names = [t.name for t in talks_of(text)]
    assert any(n.startswith("gặp Chủ tịch Hạ viện") for n in names), names


def test_the_two_named_in_the_sentence_before_meet_briefly():
    # "A và B cùng dự ... Hai Thủ tướng đã có cuộc gặp ngắn": no talk told before, the pair named just before.
    text = ("Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet cùng dự Hội nghị Cấp cao ASEAN 43 tại "
            "Jakarta. Hai Thủ tướng đã có cuộc gặp ngắn bên lề Hội nghị.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.country == "ID"


def test_talks_held_with_a_translated_verb():
    text = ("Thủ tướng Ấn Độ Narendra Modi đã tổ chức các cuộc đàm phán với Thủ tướng Nhật Bản Shinzo Abe tại "
            "Tokyo ngày 29/10/2018.")
    (talk,) = talks_of(text)
    assert talk.parties == ["IN", "JP"] and talk.start == "2018-10-29"


def test_the_two_leaders_meeting_on_the_sidelines_of_several_meetings_meet_at_each():
    # "hai Thủ tướng cũng đã gặp gỡ và trao đổi với nhau bên lề X tại Mông Cổ (7/2016), Y tại Lào (9/2016)".
    text = ("Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe đã có cuộc hội đàm tại Tokyo (tháng "
            "5/2016); hai Thủ tướng cũng đã gặp gỡ và trao đổi với nhau bên lề Hội nghị Cấp cao Á-Âu (ASEM) tại "
            "Mông Cổ (tháng 7/2016), Hội nghị Cấp cao ASEAN tại Lào (tháng 9/2016).")
    talks = talks_of(text)
    assert sorted((t.start, t.country) for t in talks) == [("2016-05", "JP"), ("2016-07", "MN"), ("2016-09", "LA")]


def test_the_two_leaders_also_meet_again_elsewhere():
    text = ("Tổng thống Joe Biden và Thủ tướng Anthony Albanese đã hội đàm tại Nhà Trắng năm 2023. Hai nhà lãnh đạo "
            "còn gặp nhau bên lề Hội nghị G20 tại Ấn Độ (tháng 9/2023) và Hội nghị APEC tại Mỹ (tháng 11/2023).")
    talks = talks_of(text)
    assert sorted(t.start for t in talks) == ["2023", "2023-09", "2023-11"]


def test_a_talk_at_a_leader_s_office_is_in_its_capital():
    # "tại Phòng Bầu dục", "tại Phủ Thủ tướng Nhật Bản", "tại Perdana Putra": the seat names the city.
    text = "Thủ tướng Phan Văn Khải và Tổng thống Mỹ George W. Bush đã hội đàm tại Phòng Bầu dục ngày 21/6/2005."
    (talk,) = talks_of(text)
    assert talk.city == "Washington"
    text = ("Ngày 10/3/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Phủ Thủ "
            "tướng Nhật Bản.")
    (talk,) = talks_of(text)
    assert talk.city == "Tokyo"


def test_a_company_head_calling_on_a_leader_is_no_talk():
    text = "Tổng Giám đốc Tập đoàn Dầu khí quốc gia Malaysia Petronas đã chào xã giao Thủ tướng Phạm Minh Chính."
    assert talks_of(text) == []


def test_a_tour_whose_first_stop_has_its_short_name_in_brackets():
    # "thăm các Tiểu vương quốc Ả-rập Thống nhất (UAE), Qatar và Saudi Arabia": lower-case "các", then brackets.
    text = ("Thủ tướng Phạm Minh Chính thăm các Tiểu vương quốc Ả-rập Thống nhất (UAE), Qatar và Saudi Arabia từ "
            "28/10 đến 1/11/2024.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(v.country for v in visits) == ["AE", "QA", "SA"]


def test_the_visitor_told_by_a_pronoun_after_a_time_meets_on_the_day_after():
    # "Sáng hôm sau, ông hội kiến A": the pronoun is the visitor; "hôm sau" the day after the one told last.
    text = ("Tổng thống Joe Biden thăm cấp Nhà nước Việt Nam từ ngày 10-11/9/2023. Chiều 10/9, Tổng thống Biden hội "
            "đàm với Tổng Bí thư Nguyễn Phú Trọng. Sáng hôm sau, ông hội kiến Chủ tịch nước Võ Văn Thưởng.")
    talks = talks_of(text)
    assert [(t.parties, t.start) for t in talks] == [(["US", "VN"], "2023-09-10"), (["US", "VN"], "2023-09-11")]


def test_the_protagonist_told_by_title_alone_arrives_at_the_next_stop():
    # "Sau đó, Ngoại trưởng tới Malaysia, gặp Thủ tướng A": the tour's next stop, the traveller by title alone.
    text = ("Ngoại trưởng Mỹ Antony Blinken thăm Indonesia\n\nNgoại trưởng Mỹ Antony Blinken đã tới Jakarta ngày "
            "13/12/2021. Tại đây, ông đã hội đàm với Ngoại trưởng Retno Marsudi. Sau đó, Ngoại trưởng tới Malaysia, "
            "gặp Thủ tướng Ismail Sabri Yaakob.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(v.country for v in visits) == ["ID", "MY"] and all(v.parties[1] == "US" for v in visits)


def test_translated_calls_and_summits_are_talks():
    # Foreign-agency copy: "một cuộc nói chuyện điện thoại với", "nói chuyện với A qua điện thoại",
    # "tổ chức hội nghị thượng đỉnh với", "A và B đã tổ chức một cuộc họp trực tuyến".
    text = ("Thủ tướng Campuchia Hun Sen cho biết ông đã có một cuộc nói chuyện điện thoại với Thủ tướng Thái Lan "
            "Prayuth Chan-ocha ngày 4/6/2020.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "TH"] and talk.city is None
    text = "Ngoại trưởng Nga Sergei Lavrov nói chuyện với người đồng cấp Trung Quốc Vương Nghị qua điện thoại hôm 10/2."
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "RU"]
    text = ("Tổng thống Mỹ Donald Trump đã tổ chức hội nghị thượng đỉnh với nhà lãnh đạo Triều Tiên Kim Jong-un tại "
            "Singapore ngày 12/6/2018.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KP", "US"] and talk.city == "Singapore"
    text = ("Thủ tướng Singapore Lý Hiển Long và Thủ tướng Malaysia Muhyiddin Yassin đã tổ chức một cuộc họp trực "
            "tuyến vào ngày 10/11/2020.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "SG"] and talk.format == "online"


def test_an_undated_visit_takes_the_month_of_its_talks_in_the_host_country():
    text = ("Chuyến thăm Mỹ của Thủ tướng Nguyễn Xuân Phúc mở ra chương mới. Thủ tướng Nguyễn Xuân Phúc đã hội đàm "
            "với Tổng thống Donald Trump tại Nhà Trắng ngày 31/5/2017.")
    (visit,) = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert visit.country == "US" and visit.start == "2017-05"


def test_a_courtesy_call_is_held_in_the_country_of_the_one_called_on():
    # "đến chào xã giao Thủ tướng A": the guest calls on the host, who receives him at home.
    text = "Ngày 5/5/2023, Ngoại trưởng Nhật Bản Hayashi Yoshimasa đã đến chào xã giao Thủ tướng Phạm Minh Chính."
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and talk.country == "VN"


def test_a_visit_under_way_on_the_day_of_a_talk_is_dated_by_its_month():
    # "tiếp Thủ tướng A đang thăm chính thức Việt Nam": the sentence's day is the talk's, the visit spans more.
    text = ("Chiều 9/1/2024, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã tiếp Thủ tướng Lào Sonexay "
            "Siphandone đang thăm chính thức Việt Nam.")
    records = meetings_of(text)
    visit = next(m for m in records if m.series == "bilateral-visit")
    talk = next(m for m in records if m.series == "bilateral-talks")
    assert (visit.start, talk.start) == ("2024-01", "2024-01-09")


def test_a_visit_told_after_a_reception_of_its_visitor_is_dated_by_its_month():
    # "tiếp A sang thăm / nhân dịp thăm chính thức", "chủ trì lễ đón A thăm chính thức": the day is the reception's.
    for text in ("Chiều 9/1/2024, Chủ tịch nước Võ Văn Thưởng đã tiếp Thủ tướng Lào Sonexay Siphandone sang thăm "
                 "chính thức Việt Nam.",
                 "Chiều 9/1/2024, Chủ tịch nước Võ Văn Thưởng đã tiếp Thủ tướng Lào Sonexay Siphandone nhân dịp Thủ "
                 "tướng Lào thăm chính thức Việt Nam.",
                 "Sáng 9/1/2024, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Lào Sonexay Siphandone "
                 "thăm chính thức Việt Nam."):
        visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
        assert visit.start == "2024-01", text


def test_an_arrival_day_takes_the_span_opening_on_it_far_on_in_the_sentence():
    text = ("Ngày 23/6/2017, Đoàn đại biểu cấp cao Quốc hội Lào do Chủ tịch Quốc hội Pany Yathotou dẫn đầu đã tới Hà "
            "Nội, bắt đầu chuyến thăm hữu nghị chính thức Việt Nam, dự các hoạt động kỷ niệm 55 năm Ngày thiết lập "
            "quan hệ ngoại giao Việt Nam - Lào và tham dự các sự kiện giao lưu nhân dân, hữu nghị giữa hai nước tại "
            "Thủ đô Hà Nội từ ngày 23 - 26/6/2017.")
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert (visit.start, visit.end) == ("2017-06-23", "2017-06-26")


def test_a_meeting_of_three_sides_is_no_bilateral_talk():
    for text in ("Tổng thống Mỹ Joe Biden đã có cuộc gặp ba bên với Thủ tướng Nhật Bản Kishida Fumio và Tổng thống "
                 "Hàn Quốc Yoon Suk Yeol tại Trại David ngày 18/8/2023.",
                 "Tổng thống Mỹ Joe Biden tổ chức hội nghị thượng đỉnh với Thủ tướng Nhật Bản Kishida Fumio và Tổng "
                 "thống Hàn Quốc Yoon Suk Yeol tại Trại David ngày 18/8/2023.",
                 "Tổng thống Mỹ Joe Biden tổ chức hội nghị thượng đỉnh với lãnh đạo Nhật Bản và Hàn Quốc tại Trại "
                 "David ngày 18/8/2023.",
                 "Cuộc gặp cấp cao Việt Nam - Lào - Campuchia diễn ra tại Viêng Chăn ngày 5/7/2024."):
        assert talks_of(text) == [], text


def test_each_stop_of_a_tour_takes_the_span_said_after_it():
    text = ("Trong chuyến công du châu Á, Tổng thống Mỹ Donald Trump đã thăm Nhật Bản từ ngày 5 đến 7/11/2017, Hàn "
            "Quốc từ 7 đến 8/11 và Trung Quốc từ 8 đến 10/11.")
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted((v.country, v.start, v.end) for v in visits) == [
        ("CN", "2017-11-08", "2017-11-10"), ("JP", "2017-11-05", "2017-11-07"), ("KR", "2017-11-07", "2017-11-08")]


def test_a_destination_named_with_its_state_s_form():
    # "thăm chính thức Cộng hòa Mozambique", "Cộng hòa Nam Phi": the form of state before a name listed without it.
    for text, host in (("Phó Chủ tịch nước Võ Thị Ánh Xuân thăm chính thức Cộng hòa Mozambique từ ngày 10-12/5/2023.",
                        "MZ"),
                       ("Thủ tướng Phạm Minh Chính thăm chính thức Cộng hòa Nam Phi từ ngày 6-7/10/2024.", "ZA")):
        visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
        assert visit.country == host and visit.parties == sorted([host, "VN"])


def test_further_stops_named_with_their_state_s_form():
    text = "Thủ tướng Phạm Minh Chính thăm chính thức Nhà nước Kuwait và Cộng hòa Dân chủ Nhân dân Algeria."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(v.country for v in visits) == ["DZ", "KW"]
    text = "Chủ tịch Quốc hội thăm chính thức Cộng hòa Séc, Cộng hòa Slovakia và Vương quốc Bỉ."
    visits = [m for m in meetings_of(text) if m.series == "bilateral-visit"]
    assert sorted(v.country for v in visits) == ["BE", "CZ", "SK"]


def test_visits_to_countries_spelled_as_the_press_transliterates_them():
    for text, host in (("Phó Chủ tịch nước thăm chính thức Cộng hòa Tô-gô từ ngày 3-5/4/2024.", "TG"),
                       ("Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm chính thức Vương quốc Gioóc-đan ngày 2/12/2023.", "JO")):
        visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
        assert visit.country == host


def test_a_visit_to_a_capital_named_with_its_country():
    text = "Ngày 5/3/2024, Phó Chủ tịch nước Võ Thị Ánh Xuân thăm thủ đô Maputo của Mozambique."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.parties == ["MZ", "VN"]


def test_going_over_to_a_country_is_a_visit():
    # "sẽ sang Việt Nam", "đã sang Washington để gặp": no visit verb, an arrival told with "sang".
    text = "Tổng thống Pháp Emmanuel Macron sẽ sang Việt Nam vào cuối tháng 5/2025."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.parties == ["FR", "VN"] and visit.status == "planned"
    text = "Thủ tướng Nhật Bản Kishida Fumio đã sang Washington để gặp Tổng thống Joe Biden ngày 13/1/2023."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.parties == ["JP", "US"] and visit.city == "Washington"


def test_talks_in_capitals_outside_asia_are_placed():
    text = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ba Lan Donald Tusk tại Warszawa ngày 16/1/2025."
    (talk,) = talks_of(text)
    assert (talk.city, talk.country) == ("Warsaw", "PL")
    text = "Phó Chủ tịch nước Võ Thị Ánh Xuân đã tới Maputo ngày 10/5/2023, bắt đầu chuyến thăm chính thức Mozambique."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.city == "Maputo"


def test_a_head_of_state_named_with_his_state_s_full_form():
    # "Tổng thống Cộng hòa Ả-rập Ai Cập A": the people reader leaves him unread; the office gives the side.
    text = "Chủ tịch nước hội đàm với Tổng thống Cộng hòa Ả-rập Ai Cập Abdel Fattah el-Sisi tại Cairo ngày 3/8/2024."
    (talk,) = talks_of(text)
    assert talk.parties == ["EG", "VN"] and talk.city == "Cairo"


def test_a_destination_after_an_abbreviated_state_form():
    text = "Thủ tướng Phạm Minh Chính thăm chính thức CH Séc từ ngày 18-20/1/2025."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.country == "CZ"


def test_a_destination_told_by_its_nickname():
    text = "Thủ tướng Nguyễn Xuân Phúc có chuyến thăm chính thức tới xứ Cờ hoa từ ngày 29-31/5/2017."
    visit = next(m for m in meetings_of(text) if m.series == "bilateral-visit")
    assert visit.parties == ["US", "VN"]
