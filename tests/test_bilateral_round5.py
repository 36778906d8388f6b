"""Bilateral talks and visits, fifth round: forms found by probing with sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of


def test_a_courtesy_reception_is_a_talk():
    # "tiếp xã giao": the manner of the reception stands between the verb and the guest.
    text = ("Chiều 12/9/2024, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp xã giao Bộ trưởng Ngoại giao "
            "New Zealand Winston Peters.")
    (talk,) = talks_of(text)
    assert talk.parties == ["NZ", "VN"] and talk.start == "2024-09-12"


def test_a_warm_reception_and_a_private_one_are_talks():
    text = ("Tối 3/10/2024, Thủ tướng Phạm Minh Chính đã tiếp thân mật Thủ tướng Thái Lan Paetongtarn Shinawatra. "
            "Sáng 4/10/2024, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp riêng Thủ tướng Thái Lan Paetongtarn Shinawatra.")
    talks = talks_of(text)
    assert [t.parties for t in talks] == [["TH", "VN"], ["TH", "VN"]]
    assert [t.start for t in talks] == ["2024-10-03", "2024-10-04"]


def test_an_ambassadors_courtesy_call_is_still_no_talk():
    text = "Ngày 5/3/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp xã giao Đại sứ Hàn Quốc Choi Young-sam."
    assert talks_of(text) == []


def test_talks_over_a_video_link_are_online():
    text = ("Sáng 21/5/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm trực tuyến với Bộ trưởng Ngoại giao "
            "Canada Mélanie Joly. Chiều cùng ngày, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ấn Độ Narendra "
            "Modi qua hình thức truyền hình.")
    talks = talks_of(text)
    assert [(t.parties, t.format) for t in talks] == [(["CA", "VN"], "online"), (["IN", "VN"], "online")]


def test_a_phone_call_has_no_format_and_a_placed_talk_is_in_person():
    text = ("Ngày 7/6/2024, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Hà Lan Mark Rutte. "
            "Ngày 8/6/2024, Chủ tịch nước Tô Lâm hội kiến Tổng thống Lào Thongloun Sisoulith tại Viêng Chăn.")
    talks = talks_of(text)
    assert [(t.parties, t.format) for t in talks] == [(["NL", "VN"], None), (["LA", "VN"], "in_person")]


def test_a_headline_office_is_not_held_by_the_dateline_city():
    text = ("Chủ tịch Quốc hội tiếp Tổng Thư ký Liên Hợp Quốc\n"
            "Hà Nội, 2/11/2024 - Chiều 2/11, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Tổng Thư ký Liên Hợp Quốc "
            "ông Guterres.")
    (talk,) = talks_of(text)
    assert talk.parties == ["UN", "VN"] and talk.name == "tiếp Tổng Thư ký Liên Hợp Quốc"


def test_a_headline_king_is_the_bodys_monarch():
    # "Nhà vua" in the headline, "Quốc vương" in the body: one office, one talk.
    text = ("Thủ tướng yết kiến Nhà vua Malaysia\n"
            "Kuala Lumpur, 21/11/2024 - Sáng 21/11, Thủ tướng Phạm Minh Chính đã yết kiến Quốc vương Malaysia "
            "Sultan Ibrahim.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"] and talk.start == "2024-11-21"


def test_a_headline_foreign_minister_is_the_bodys_minister_of_foreign_affairs():
    text = ("Ngoại trưởng hội đàm với Ngoại trưởng Nhật Bản\n"
            "Tokyo, 5/12/2024 - Chiều 5/12, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao "
            "Nhật Bản Iwaya Takeshi.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and talk.start == "2024-12-05"


def _visits(text: str):
    return [m for m in meetings_of(text) if m.series == "bilateral-visit"]


def test_a_trip_named_without_its_destination_dates_the_one_visit():
    text = ("Chủ tịch nước Lương Cường thăm cấp nhà nước Chile\n"
            "Santiago, 11/11/2024 - Chủ tịch nước Lương Cường đã tới thủ đô Santiago, bắt đầu chuyến thăm cấp nhà "
            "nước từ ngày 10 đến 12/11/2024 theo lời mời của Tổng thống Gabriel Boric.")
    (visit,) = _visits(text)
    assert visit.parties == ["CL", "VN"] and (visit.start, visit.end) == ("2024-11-10", "2024-11-12")


def test_a_day_told_during_a_trip_does_not_date_it():
    text = ("Thủ tướng thăm chính thức Brazil\n"
            "Brasilia, 6/7/2025 - Trong chuyến thăm, ngày 6/7/2025, Thủ tướng Phạm Minh Chính dự lễ khánh thành "
            "một nhà máy.")
    (visit,) = _visits(text)
    # Not that day; the article's one year may still date it (dates13: an undated visit takes it).
    assert visit.parties == ["BR", "VN"] and visit.start in (None, "2025")


def test_an_anniversary_span_is_no_trip():
    text = ("Phó Thủ tướng thăm chính thức Ấn Độ\n"
            "New Delhi, 4/3/2024 - Chuyến thăm diễn ra đúng dịp kỷ niệm 50 năm quan hệ ngoại giao "
            "(7/1/1974-7/1/2024).")
    (visit,) = _visits(text)
    assert visit.start != "1974-01-07"


def test_a_visit_lasts_the_span_said_after_its_visitor():
    # The dateline's day is nearest the verb; the span after the visitor's name is the visit's.
    text = ("Hà Nội, 12/8/2024 - Chuyến thăm chính thức Việt Nam của Tổng thống Indonesia Joko Widodo "
            "từ ngày 12 đến 13/8 mở ra giai đoạn hợp tác mới.")
    (visit,) = _visits(text)
    assert visit.parties == ["ID", "VN"] and (visit.start, visit.end) == ("2024-08-12", "2024-08-13")


def test_the_span_of_an_event_told_after_the_visit_is_not_its_own():
    text = ("Ngày 12/5/2024, Thủ tướng Phạm Minh Chính thăm làm việc Lào, sau khi dự Hội nghị Cấp cao Mekong "
            "từ ngày 10 đến 11/5 tại Viêng Chăn.")
    (visit,) = _visits(text)
    assert (visit.start, visit.end) == ("2024-05-12", "2024-05-12")


def test_working_with_the_head_of_an_organisation_is_a_talk():
    text = ("Chiều 22/9/2024, tại New York, Tổng Bí thư, Chủ tịch nước Tô Lâm đã làm việc với Tổng Giám đốc "
            "Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva.")
    (talk,) = talks_of(text)
    assert talk.parties == ["IMF", "VN"] and talk.start == "2024-09-22" and talk.city == "New York"


def test_exchanging_views_with_a_minister_is_a_talk_and_told_again_inside_talks_is_the_same_one():
    text = ("Chiều 15/10/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Trung Quốc Lý Cường. Tại hội đàm, "
            "Thủ tướng Phạm Minh Chính trao đổi với Thủ tướng Lý Cường về đường sắt. Ngày 16/10/2024, Phó Thủ "
            "tướng Bùi Thanh Sơn trao đổi với Bộ trưởng Thương mại Mỹ Gina Raimondo.")
    talks = talks_of(text)
    assert [(t.parties, t.start) for t in talks] == [(["CN", "VN"], "2024-10-15"), (["US", "VN"], "2024-10-16")]


def test_working_with_ones_own_delegation_is_no_talk():
    text = ("Trong chuyến thăm chính thức Lào, chiều 10/8/2023, Thủ tướng Phạm Minh Chính đã làm việc với "
            "Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng và Đại sứ quán Việt Nam tại Lào.")
    assert talks_of(text) == []


def test_a_talk_is_held_where_it_is_said_after_a_long_name_of_the_one_met():
    text = ("Chiều 8/10/2024, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Tổng thống Indonesia Joko Widodo "
            "tại Phủ Tổng thống ở Jakarta.")
    (talk,) = talks_of(text)
    assert talk.parties == ["ID", "VN"] and (talk.city, talk.country) == ("Jakarta", "ID")


def test_a_city_named_in_a_remark_on_the_one_met_is_not_the_talks_place():
    text = ("Chiều 8/10/2024, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Malaysia Anwar Ibrahim, "
            "người bạn lâu năm của nhân dân Hà Nội.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"] and talk.city is None


def test_visits_counted_are_no_visit():
    text = ("Hà Nội, 3/4/2024 - Thủ tướng Lào Sonexay Siphandone đã nhiều lần sang thăm Việt Nam, "
            "và Chủ tịch Quốc hội Lào đã hai lần thăm chính thức Việt Nam.")
    assert _visits(text) == []


def test_a_first_visit_is_still_a_visit():
    text = "Ngày 3/4/2024, Thủ tướng Lào Sonexay Siphandone lần đầu tiên thăm chính thức Việt Nam."
    (visit,) = _visits(text)
    assert visit.parties == ["LA", "VN"] and visit.start == "2024-04-03"


def test_heads_of_world_bodies_received_are_talks_with_the_body():
    text = ("Chiều 10/6/2024, Thủ tướng Phạm Minh Chính tiếp Tổng Giám đốc Tổ chức Thương mại Thế giới (WTO) "
            "Ngozi Okonjo-Iweala. Ngày 11/6/2024, Chủ tịch nước tiếp Tổng Thư ký Tổ chức Hợp tác và Phát triển "
            "Kinh tế (OECD) Mathias Cormann. Ngày 12/6/2024, Phó Thủ tướng Trần Hồng Hà tiếp Tổng Giám đốc "
            "UNESCO Audrey Azoulay.")
    talks = talks_of(text)
    assert [t.parties for t in talks] == [["VN", "WTO"], ["OECD", "VN"], ["UNESCO", "VN"]]


def test_the_head_of_a_un_agency_received_is_a_talk_with_the_agency():
    text = ("Chiều 20/5/2024, Bộ trưởng Nông nghiệp và Phát triển nông thôn Lê Minh Hoan tiếp Tổng Giám đốc "
            "Tổ chức Nông Lương Liên Hợp Quốc (FAO) Khuất Đông Ngọc.")
    (talk,) = talks_of(text)
    assert talk.parties == ["FAO", "VN"]


def test_a_visit_invited_is_to_come_and_not_dated_by_the_invitation():
    text = ("Chiều 14/3/2024, tại Canberra, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony "
            "Albanese. Ngày 14/3/2024, Thủ tướng Phạm Minh Chính trân trọng mời Thủ tướng Anthony Albanese sớm "
            "thăm Việt Nam. Thủ tướng Anthony Albanese vui vẻ nhận lời.")    # answered: see test_hometitle15
    (visit,) = _visits(text)
    assert visit.parties == ["AU", "VN"] and visit.status == "planned" and visit.start is None


def test_an_invitation_accepted_for_a_fitting_time_is_to_come():
    text = ("Ngày 14/3/2024, Thủ tướng Australia Anthony Albanese vui vẻ nhận lời sang thăm Việt Nam "
            "vào thời gian thích hợp.")
    (visit,) = _visits(text)
    assert visit.status == "planned"


def test_a_visit_by_invitation_of_the_host_is_the_visit_itself():
    text = ("Theo lời mời của Thủ tướng Australia Anthony Albanese, Thủ tướng Phạm Minh Chính thăm chính thức "
            "Australia từ ngày 7 đến 9/3/2024.")
    (visit,) = _visits(text)
    assert visit.status == "held" and (visit.start, visit.end) == ("2024-03-07", "2024-03-09")


def test_formal_talks_of_two_leaders_with_no_visit_told_are_between_the_sides_named():
    text = ("Sáng 12/12/2023, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng "
            "Campuchia Hun Manet. Sau đó, hai Thủ tướng đã hội đàm hẹp và hội đàm mở rộng.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"]


def test_formal_talks_with_two_foreign_sides_named_are_left_unread():
    text = ("Sáng 12/12/2023, Thủ tướng Phạm Minh Chính đón Thủ tướng Campuchia Hun Manet và Thủ tướng Lào "
            "Sonexay Siphandone. Sau đó, các bên đã hội đàm.")
    assert talks_of(text) == []


def test_talks_right_after_the_welcome_ceremony_fall_on_its_day():
    text = ("Sáng 12/12/2023, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng "
            "Campuchia Hun Manet. Ngay sau lễ đón, hai Thủ tướng đã hội đàm.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.start == "2023-12-12"


def test_a_trip_begun_on_arrival_goes_where_the_visitor_arrived():
    text = ("Chiều 10/8/2023, Tổng thống Indonesia Joko Widodo và Phu nhân đã đến Hà Nội, bắt đầu chuyến thăm cấp "
            "nhà nước từ ngày 10 đến 12/8.")
    (visit,) = _visits(text)
    assert visit.parties == ["ID", "VN"] and (visit.city, visit.country) == ("Hanoi", "VN")
    assert (visit.start, visit.end) == ("2023-08-10", "2023-08-12") and visit.name == "chuyến thăm cấp nhà nước"


def test_leaving_a_city_to_begin_a_trip_is_no_destination():
    text = "Sáng 10/8/2023, Thủ tướng Phạm Minh Chính rời Hà Nội, bắt đầu chuyến thăm chính thức từ ngày 10 đến 12/8."
    assert _visits(text) == []


def test_below_minister_rank_on_the_home_side_is_no_talk():
    text = ("Chiều 10/8/2023, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Bộ trưởng Ngoại giao Lào "
            "Saleumxay Kommasith. Cùng ngày, Thứ trưởng Ngoại giao Đỗ Hùng Việt hội đàm với Bộ trưởng Ngoại giao "
            "Campuchia Sok Chenda Sophea; Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng đã gặp Thủ tướng Lào Sonexay "
            "Siphandone.")
    assert talks_of(text) == []


def test_a_minister_named_by_military_rank_still_holds_talks():
    text = ("Ngày 1/11/2025, Bộ trưởng Quốc phòng Phan Văn Giang dự hội nghị tại Kuala Lumpur. Bên lề hội nghị, "
            "Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Nhật Bản Koizumi Shinjiro.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"]


def test_a_visitor_who_visits_and_meets_is_the_subject_of_both_verbs():
    text = ("Ngoại trưởng Mỹ Antony Blinken đã thăm Trung Quốc từ ngày 18 đến 19/6/2023 và gặp Ngoại trưởng "
            "Trung Quốc Tần Cương.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"]


def test_a_subject_of_an_earlier_clause_after_a_comma_does_not_meet():
    text = ("Ngày 18/6/2023, Ngoại trưởng Mỹ Antony Blinken tới Bắc Kinh, trong khi nhiều doanh nghiệp đã "
            "chuẩn bị từ lâu và gặp Bộ trưởng Thương mại Trung Quốc Vương Văn Đào.")
    assert talks_of(text) == []


def test_talks_with_leaders_of_countries_further_afield_have_their_codes():
    text = ("Chiều 5/4/2024, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Mozambique Filipe Nyusi. "
            "Ngày 6/4/2024, Chủ tịch nước hội kiến Tổng thống Azerbaijan Ilham Aliyev. Ngày 7/4/2024, Bộ trưởng "
            "Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Uruguay Omar Paganini.")
    assert [t.parties for t in talks_of(text)] == [["MZ", "VN"], ["AZ", "VN"], ["UY", "VN"]]


def test_heads_by_rarer_titles_are_senior():
    text = ("Chiều 5/4/2024, Thủ tướng Phạm Minh Chính tiếp Emir Qatar Tamim bin Hamad Al Thani. Ngày 6/4/2024, "
            "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Đại diện cấp cao EU về chính sách đối ngoại và an "
            "ninh Josep Borrell. Ngày 7/4/2024, Thủ tướng tiếp Chủ tịch Hội đồng Hành chính Nhà nước Myanmar "
            "Min Aung Hlaing.")
    assert [t.parties for t in talks_of(text)] == [["QA", "VN"], ["EU", "VN"], ["MM", "VN"]]


def test_meetings_counted_cover_the_verbs_joined_to_the_first():
    text = ("Từ năm 2021, Thủ tướng Phạm Minh Chính và Thủ tướng Nhật Bản Kishida Fumio đã có bốn lần gặp gỡ "
            "và trao đổi với nhau.")
    assert talks_of(text) == []


def test_the_king_met_on_a_visit_to_come_is_met_on_it_to_come():
    # "Nhà vua" folds to "nha vua": its "vua" is no "vừa" (just done).
    text = ("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Nhật Bản từ ngày 4 đến 8/6/2024. Trong chuyến thăm, "
            "Thủ tướng sẽ hội đàm với Thủ tướng Kishida Fumio và yết kiến Nhà vua Nhật Bản Naruhito.")
    talks = talks_of(text)
    assert [(t.parties, t.status) for t in talks] == [(["JP", "VN"], "planned"), (["JP", "VN"], "planned")]


def test_a_working_trip_is_a_visit_and_dates_the_talks_on_it():
    text = ("Từ ngày 3 đến 6/5/2024, Phó Thủ tướng Trần Lưu Quang có chuyến công tác tại Nhật Bản. Trong chuyến "
            "công tác, Phó Thủ tướng đã hội kiến Thủ tướng Nhật Bản Kishida Fumio.")
    records = meetings_of(text)
    assert [(r.series, r.parties, r.start) for r in records] == [
        ("bilateral-visit", ["JP", "VN"], "2024-05-03"), ("bilateral-talks", ["JP", "VN"], "2024-05")]


def test_arriving_straight_to_a_visit_goes_where_arrived():
    text = ("Ngày 3/5/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn đến Bắc Kinh thăm chính thức và hội đàm với "
            "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.")
    (visit,) = _visits(text)
    assert visit.parties == ["CN", "VN"] and (visit.city, visit.country) == ("Beijing", "CN")


def test_a_call_has_no_host_city():
    text = "Tối 10/8/2023, tại Hà Nội, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Canada Justin Trudeau."
    (talk,) = talks_of(text)
    assert talk.parties == ["CA", "VN"] and (talk.city, talk.country, talk.format) == (None, None, None)


def test_a_call_during_a_visit_takes_no_place_from_it():
    text = ("Thủ tướng Canada Justin Trudeau thăm chính thức Việt Nam từ ngày 9 đến 11/8/2023. Trước đó, "
            "Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Canada Justin Trudeau.")
    (talk,) = talks_of(text)
    assert talk.country is None and talk.format is None


def test_a_visit_to_an_organisations_seat_is_a_visit_to_it_where_it_sits():
    text = ("Chiều 10/8/2023, Thủ tướng Phạm Minh Chính thăm trụ sở Tổ chức Y tế Thế giới (WHO) tại Geneva "
            "và làm việc với Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus.")
    (visit,) = _visits(text)
    assert visit.parties == ["VN", "WHO"] and (visit.city, visit.country) == ("Geneva", "CH")


def test_a_visit_to_an_organisation_placed_nowhere_has_no_country():
    text = "Ngày 11/5/2022, Thủ tướng Phạm Minh Chính thăm, làm việc tại Liên Hợp Quốc."
    (visit,) = _visits(text)
    assert visit.parties == ["UN", "VN"] and (visit.city, visit.country) == (None, None)


def test_an_organisations_seat_is_no_host_country():
    text = ("Ngày 20/9/2023, tại trụ sở Ngân hàng Thế giới, Thủ tướng Phạm Minh Chính gặp Chủ tịch Ngân hàng "
            "Thế giới Ajay Banga.")
    (talk,) = talks_of(text)
    assert talk.parties == ["VN", "WB"] and talk.country is None


def test_talks_named_by_their_level_and_two_countries():
    text = ("Sáng 5/6/2024, tại Hà Nội đã diễn ra cuộc hội đàm cấp cao Việt Nam - Campuchia. Ngày 6/6/2024, "
            "cuộc hội đàm giữa hai Bộ trưởng Ngoại giao Việt Nam và Hàn Quốc đã diễn ra tại Seoul.")
    talks = talks_of(text)
    assert [(t.parties, t.start, t.city) for t in talks] == [
        (["KH", "VN"], "2024-06-05", "Hanoi"), (["KR", "VN"], "2024-06-06", "Seoul")]


def test_talks_between_two_countries_at_no_senior_level_are_left_out():
    text = "Ngày 6/6/2024, cuộc hội đàm giữa hai đoàn doanh nghiệp Việt Nam và Hàn Quốc đã diễn ra tại Seoul."
    assert talks_of(text) == []


def test_a_leaders_talk_named_by_countries_then_by_persons_is_one():
    text = ("Chiều 5/6/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet. "
            "Cuộc hội đàm cấp cao Việt Nam - Campuchia diễn ra trong không khí hữu nghị.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KH", "VN"] and talk.start == "2024-06-05"


def test_talks_whose_two_countries_and_level_are_named_before_the_verb():
    text = ("Bộ trưởng Quốc phòng hai nước Việt Nam và Lào đã có cuộc gặp song phương tại Viêng Chăn ngày 6/6/2024. "
            "Ngày 7/6/2024, lãnh đạo cấp cao Việt Nam - Campuchia đã hội đàm tại Phnom Penh. Ngày 8/6/2024, "
            "doanh nghiệp Việt Nam và Lào đã có cuộc gặp tại Hà Nội.")
    talks = talks_of(text)
    assert [(t.parties, t.start, t.country) for t in talks] == [
        (["LA", "VN"], "2024-06-06", "LA"), (["KH", "VN"], "2024-06-07", "KH")]
    assert talks[0].name.startswith("Bộ trưởng Quốc phòng")


def test_a_day_said_after_the_destination_dates_the_visit_not_the_days_news():
    text = ("Ngày 5/9/2023, Bộ Ngoại giao cho biết đang chuẩn bị tích cực cho chuyến thăm sắp tới của Tổng thống "
            "Mỹ Joe Biden tới Việt Nam vào ngày 10/9.")
    (visit,) = _visits(text)
    assert visit.parties == ["US", "VN"] and visit.start == "2023-09-10"


def test_receiving_a_delegation_led_by_an_office_holder_is_a_talk_with_them():
    text = ("Chiều 10/8/2023, Chủ tịch Quốc hội Vương Đình Huệ tiếp Đoàn đại biểu cấp cao Quốc hội Lào do Phó Chủ "
            "tịch Quốc hội Lào Sommad Pholsena dẫn đầu. Sáng 11/8/2023, Thủ tướng Phạm Minh Chính tiếp đoàn đại "
            "biểu Bộ Quốc phòng Campuchia do Phó Thủ tướng, Bộ trưởng Quốc phòng Campuchia Tea Seiha dẫn đầu.")
    talks = talks_of(text)
    assert [(t.parties, t.start) for t in talks] == [(["LA", "VN"], "2023-08-10"), (["KH", "VN"], "2023-08-11")]


def test_a_delegation_led_by_a_business_or_a_province_is_no_talk():
    text = ("Chiều 10/8/2023, Thủ tướng Phạm Minh Chính tiếp đoàn doanh nghiệp Nhật Bản do Chủ tịch Tập đoàn "
            "Toyota Akio Toyoda dẫn đầu. Cùng ngày, Phó Thủ tướng tiếp đoàn đại biểu tỉnh Champasak của Lào do "
            "Tỉnh trưởng Vilayvong Boudakham dẫn đầu.")
    assert talks_of(text) == []


def test_a_year_counted_from_does_not_date_the_visit():
    text = ("Ngày 11/1/2024, Tổng thống Indonesia Joko Widodo bắt đầu thăm cấp nhà nước Việt Nam. Đây là chuyến "
            "thăm đầu tiên của một Tổng thống Indonesia tới Việt Nam kể từ năm 2018.")
    (visit,) = _visits(text)
    assert visit.parties == ["ID", "VN"] and visit.start == "2024-01-11"


def test_talks_with_the_leaders_of_countries_listed_by_name():
    text = ("Ngày 7/9/2023, bên lề Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta, Thủ tướng Phạm Minh Chính đã có "
            "các cuộc gặp song phương với lãnh đạo Nhật Bản, Hàn Quốc và Australia.")
    talks = talks_of(text)
    assert [t.parties for t in talks] == [["JP", "VN"], ["KR", "VN"], ["AU", "VN"]]
    assert {t.city for t in talks} == {"Jakarta"}


def test_a_talk_with_a_countrys_leaders_told_again_by_name_is_one():
    text = ("Ngày 7/7/2017, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp với lãnh đạo các nước Indonesia và Ấn Độ. "
            "Ngày 7/7/2017, Thủ tướng Nguyễn Xuân Phúc gặp Tổng thống Indonesia Joko Widodo.")
    talks = talks_of(text)
    assert sorted(tuple(t.parties) for t in talks) == [("ID", "VN"), ("IN", "VN")]


def test_a_tour_of_a_region_listing_its_countries_visits_each():
    text = ("Từ ngày 15 đến 22/1/2025, Thủ tướng Phạm Minh Chính thực hiện chuyến công du ba nước châu Âu gồm "
            "Ba Lan, Séc và Thụy Sĩ.")
    assert [v.parties for v in _visits(text)] == [["PL", "VN"], ["CZ", "VN"], ["CH", "VN"]]


def test_a_courtesy_reception_told_in_the_passive_is_a_talk_with_the_host():
    text = ("Chiều 10/8/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã được Tổng thống Philippines Ferdinand Marcos "
            "tiếp xã giao tại Manila.")
    (talk,) = talks_of(text)
    assert talk.parties == ["PH", "VN"] and talk.city == "Manila"


def test_talks_said_to_be_by_telephone_after_the_one_met_are_a_call():
    text = ("Tối 3/3/2024, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã trao đổi với Bộ trưởng Ngoại giao "
            "Nhật Bản Kamikawa Yoko qua điện thoại.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and (talk.city, talk.format) == (None, None)
    assert talk.name.endswith("qua điện thoại")


def test_an_interview_with_reporters_is_no_talk():
    text = ("Trao đổi với phóng viên tại Tokyo ngày 3/3/2024, Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết "
            "chuyến thăm sẽ thúc đẩy quan hệ hai nước.")
    assert talks_of(text) == []
