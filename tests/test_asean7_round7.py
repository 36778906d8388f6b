"""Round 7 of ASEAN's own meetings: names unseen news writes them by."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str):
    return [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def test_the_summits_initials_name_it():
    [summit] = _meetings("HNCC ASEAN 43: Đoàn kết nội khối\n\n(Chinhphu.vn) - Chiều 5/9/2023, tại Jakarta, Thủ tướng "
                         "Phạm Minh Chính dự phiên toàn thể HNCC ASEAN 43.", "asean-summit")
    assert summit.ordinal == 43 and summit.city == "Jakarta"


def test_a_sector_ministers_meeting_with_no_body_in_an_asean_article_is_asean_s():
    [aem] = _meetings("ASEAN thúc đẩy hội nhập kinh tế\n\nNgày 12/3/2024, tại Hội nghị Bộ trưởng Kinh tế hẹp lần thứ 30 "
                      "ở Luang Prabang, các Bộ trưởng đã nhất trí về các ưu tiên của ASEAN.", "aem")
    assert aem.ordinal == 30


def test_a_defence_ministers_meeting_with_no_body_in_an_asean_article_is_the_admm():
    [admm] = _meetings("Quốc phòng ASEAN\n\nCuộc họp các Bộ trưởng Quốc phòng diễn ra tại Vientiane ngày 30/1/2024, "
                       "bàn về hợp tác quốc phòng ASEAN.", "admm")
    assert admm.city == "Vientiane"


def test_a_meeting_told_as_a_get_together_of_asean_ministers():
    [amm] = _meetings("Myanmar trên bàn nghị sự\n\nCuộc gặp gỡ ngoại trưởng ASEAN dự kiến diễn ra tại Jakarta ngày "
                      "11/7/2023.", "amm")
    assert amm.city == "Jakarta"


def test_southeast_asian_foreign_ministers_who_meet_hold_the_amm():
    [amm] = _meetings("Ngoại giao khu vực\n\nTheo Reuters, các bộ trưởng ngoại giao Đông Nam Á sẽ gặp nhau tại Jakarta "
                      "ngày 11/7/2023.", "amm")
    assert amm.start == "2023-07-11"


def test_southeast_asian_defence_ministers_meeting_is_the_admm():
    [admm] = _meetings("Quốc phòng khu vực\n\nHội nghị Bộ trưởng Quốc phòng các nước Đông Nam Á lần thứ 17 diễn ra tại "
                       "Jakarta ngày 15/11/2023.", "admm")
    assert admm.ordinal == 17


def test_the_english_asean_summit_keeps_its_number():
    [summit] = _meetings("ASEAN Summit lần thứ 44 tại Lào\n\nCác nhà lãnh đạo ASEAN đã dự ASEAN Summit lần thứ 44 tại "
                         "Vientiane ngày 9/10/2024.", "asean-summit")
    assert summit.ordinal == 44


def test_a_session_of_an_asean_council_is_a_meeting():
    found = _meetings("Hội đồng APSC\n\nPhiên họp Hội đồng Cộng đồng Chính trị - An ninh ASEAN lần thứ 29 được tổ chức "
                      "tại Vientiane ngày 24/1/2024.", "asean-sectoral")
    assert [m.ordinal for m in found] == [29]


def test_a_captions_bracket_of_place_and_day_is_not_part_of_the_name():
    [aem] = _meetings("Ảnh: Các trưởng đoàn chụp ảnh chung tại Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57 (Kuala Lumpur, "
                      "23/9/2025).", "aem")
    assert aem.name == "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57"


def test_the_ministers_preparatory_meeting_for_a_summit_is_their_own():
    text = ("Chuẩn bị Cấp cao\n\nSáng 24/10/2025, Hội nghị trù bị cấp Bộ trưởng Ngoại giao cho Hội nghị Cấp cao ASEAN "
            "lần thứ 47 đã diễn ra tại Kuala Lumpur.")
    [amm] = _meetings(text, "amm")
    [summit] = _meetings(text, "asean-summit")
    assert amm.start == "2025-10-24" and summit.ordinal == 47


def test_an_asean_council_that_meets_is_its_meeting():
    [acc] = _meetings("Timor-Leste sắp gia nhập ASEAN\n\nHội đồng Điều phối ASEAN đã họp tại Kuala Lumpur ngày 25/10/2025 "
                      "để xem xét việc kết nạp Timor-Leste.", "acc")
    assert acc.city == "Kuala Lumpur"


def test_a_name_stops_where_the_subject_does_something_else():
    [summit] = _meetings("Thái Lan và Campuchia\n\nTrong chuyến công tác, Thủ tướng Anutin Charnvirakul sẽ dự Cấp cao "
                         "ASEAN-47 và ký Tuyên bố chung với Campuchia.", "asean-summit")
    assert summit.name == "Cấp cao ASEAN-47"


def test_two_summits_numbered_without_lan_are_two():
    found = _meetings("Cấp cao tại Lào\n\nHội nghị thượng đỉnh ASEAN thứ 44 và 45 đã được tổ chức tại Viêng Chăn từ ngày "
                      "8 đến ngày 11 tháng 10 năm 2024.", "asean-summit")
    assert sorted(m.ordinal for m in found) == [44, 45]


def test_southeast_asian_leaders_who_meet_hold_the_summit():
    [summit] = _meetings("Khủng hoảng Myanmar\n\nCác nhà lãnh đạo Đông Nam Á đã nhóm họp tại Labuan Bajo hôm thứ Tư, "
                         "10/5/2023.", "asean-summit")
    assert summit.start == "2023-05-10"


def test_the_blocs_summit_in_an_asean_article_is_the_asean_summit():
    [summit] = _meetings("Malaysia làm Chủ tịch ASEAN 2025\n\nMalaysia sẽ đăng cai hội nghị thượng đỉnh của khối 10 thành "
                         "viên vào tháng 5/2025 tại Kuala Lumpur.", "asean-summit")
    assert summit.city == "Kuala Lumpur"


def test_an_asean_body_by_its_acronym_dated_and_placed_in_asean_is_a_meeting():
    [amm] = _meetings("Biển Đông\n\nPhát biểu tại AMM ở Jakarta ngày 11/7/2023, Bộ trưởng Bùi Thanh Sơn kêu gọi kiềm chế.",
                      "amm")
    assert amm.city == "Jakarta"
