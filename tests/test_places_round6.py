"""Round 6 of places: where a meeting or a talk is held, said by the forms Vietnamese news writes it in."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str):
    return [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def test_a_talk_at_a_seat_of_state_in_hanoi_is_held_in_vietnam():
    [talk] = _meetings("Thủ tướng tiếp khách\n\nChiều 14/3/2024, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã "
                       "tiếp Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko.", "bilateral-talks")
    assert talk.country == "VN"


def test_a_talk_at_a_palace_abroad_is_held_in_its_city():
    [talk] = _meetings("Hội đàm cấp cao\n\nNgày 5/5/2024, tại Đại lễ đường Nhân dân, Chủ tịch Trung Quốc Tập Cận "
                       "Bình đã hội đàm với Tổng Bí thư Nguyễn Phú Trọng.", "bilateral-talks")
    assert (talk.city, talk.country) == ("Beijing", "CN")


def test_a_ministers_meeting_at_the_national_convention_centre_is_in_hanoi():
    [aem] = _meetings("Khai mạc AEM\n\nNgày 9/9/2020, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 đã khai mạc tại "
                      "Trung tâm Hội nghị Quốc gia.", "aem")
    assert (aem.city, aem.country) == ("Hanoi", "VN")


def test_a_reception_nothing_else_places_is_held_in_the_receivers_country():
    [talk] = _meetings("Tiếp khách\n\nChiều 20/2/2024, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp Bộ trưởng Quốc phòng "
                       "Australia Richard Marles.", "bilateral-talks")
    assert talk.country == "VN" and talk.format == "in_person"


def test_a_talk_after_the_hosts_welcome_is_held_in_the_hosts_country():
    [talk] = _meetings("Hội đàm\n\nSáng 26/6/2024, Thủ tướng Lào Sonexay Siphandone đã chủ trì lễ đón và hội đàm với "
                       "Chủ tịch Quốc hội Trần Thanh Mẫn.", "bilateral-talks")
    assert talk.country == "LA"


def test_a_guest_received_by_a_king_meets_in_the_kings_country():
    [talk] = _meetings("Tiếp kiến\n\nChiều 16/5/2024, Thủ tướng Phạm Minh Chính đã được Nhà vua Thái Lan Maha "
                       "Vajiralongkorn tiếp kiến.", "bilateral-talks")
    assert talk.country == "TH"


def test_a_reception_on_the_sidelines_is_held_where_the_summit_is():
    talks = _meetings("Bên lề Hội nghị\n\nChiều 6/9/2023, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Nhật Bản "
                      "Hayashi Yoshimasa bên lề Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta.", "bilateral-talks")
    assert [(t.city, t.country) for t in talks] == [("Jakarta", "ID")]


def test_a_call_stays_unplaced():
    [talk] = _meetings("Điện đàm\n\nChiều 9/8/2023, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản "
                       "Kishida Fumio.", "bilateral-talks")
    assert talk.country is None


def test_talks_the_day_after_a_visit_began_are_held_where_the_visit_is():
    talks = _meetings("Thăm Indonesia\n\nNgày 9/8/2023, Thủ tướng Phạm Minh Chính đã tới Jakarta, bắt đầu chuyến thăm chính "
                      "thức Indonesia.\nNgày 10/8/2023, Tổng thống Indonesia Joko Widodo đã hội đàm với Thủ tướng Phạm "
                      "Minh Chính.", "bilateral-talks")
    assert [t.country for t in talks] == ["ID"]


def test_talks_weeks_after_a_visit_are_not_placed_by_it():
    talks = _meetings("Thăm Indonesia\n\nNgày 9/8/2023, Thủ tướng Phạm Minh Chính đã thăm chính thức Indonesia.\n"
                      "Ngày 20/8/2023, Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Indonesia Joko Widodo.",
                      "bilateral-talks")
    assert [t.country for t in talks] == [None]


def test_a_place_said_only_in_the_title_places_the_talk_the_lead_tells():
    [talk] = _meetings("Thủ tướng hội đàm với Thủ tướng Campuchia tại Phnom Penh\n\nNgày 9/8/2023, Thủ tướng Phạm Minh "
                       "Chính đã hội đàm với Thủ tướng Campuchia Hun Manet.", "bilateral-talks")
    assert (talk.city, talk.country) == ("Phnom Penh", "KH")


def test_a_leader_abroad_receiving_the_hosts_minister_is_not_placed_at_home():
    talks = _meetings("Thăm Hoa Kỳ\n\nChiều 30/5/2023, Thủ tướng Phạm Minh Chính sẽ tiếp Bộ trưởng Thương mại Hoa Kỳ Gina "
                      "Raimondo. Ngày 31/5/2023, Tổng thống Mỹ Joe Biden sẽ hội đàm với Thủ tướng Phạm Minh Chính tại "
                      "Nhà Trắng.", "bilateral-talks")
    assert "VN" not in [t.country for t in talks]



def test_a_country_told_by_its_byname_is_that_country():
    [talk] = _meetings("Hội đàm\n\nNgày 9/8/2023, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Thái Lan Srettha "
                       "Thavisin ở xứ sở Chùa Vàng.", "bilateral-talks")
    [visit] = _meetings("Thăm Singapore\n\nNgày 9/2/2023, Thủ tướng Phạm Minh Chính đã thăm chính thức Đảo quốc Sư tử.",
                        "bilateral-visit")
    assert (talk.country, visit.country) == ("TH", "SG")


def test_a_talk_said_to_be_part_of_a_visit_is_held_in_the_country_visited():
    [talk] = _meetings("Hội kiến\n\nNgày 23/6/2023, Chủ tịch nước Võ Văn Thưởng đã hội kiến Tổng thống Hàn Quốc Yoon Suk "
                       "Yeol nhân dịp Chủ tịch nước thăm cấp Nhà nước Hàn Quốc.", "bilateral-talks")
    assert talk.country == "KR"


def test_attending_is_no_visit():
    [talk] = _meetings("Hội kiến\n\nNgày 23/6/2023, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Hàn Quốc Yoon Suk "
                       "Yeol trong khi tham dự Hội nghị Thượng đỉnh G20.", "bilateral-talks")
    assert talk.country != "KR"


def test_a_meeting_in_a_province_is_in_its_country_and_not_in_the_datelines_city():
    [meeting] = _meetings("Hội nghị Y tế\nHà Nội, 10/8/2023 - Ngày 9/8, Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 diễn ra "
                          "tại tỉnh Quảng Nam.", "asean-sectoral")
    assert (meeting.city, meeting.country) == (None, "VN")


def test_an_online_meeting_hosted_at_home_takes_no_city_from_the_dateline():
    [aem] = _meetings("Hội nghị AEM\nHà Nội, 10/8/2023 - Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 do Việt Nam chủ trì "
                      "theo hình thức trực tuyến đã diễn ra ngày 9/8.", "aem")
    assert (aem.city, aem.country, aem.format) == (None, "VN", "online")


def test_the_visit_a_title_tells_undated_places_the_talk_its_body_tells():
    talks = _meetings("Thủ tướng Campuchia Hun Manet thăm chính thức Việt Nam\n\nNgày 11/12/2023, Thủ tướng Phạm Minh "
                      "Chính đã hội đàm với Thủ tướng Campuchia Hun Manet.", "bilateral-talks")
    assert [t.country for t in talks] == ["VN"]
