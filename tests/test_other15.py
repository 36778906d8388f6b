"""Round 15 of the "other" group (APEC, ASEM, G20, the UN, NAM, Francophonie, subregional bodies): whole articles of
forums abroad, their side events and the years said after their host."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(body: str, published: str = "16/11/2023"):
    text = f"Tin thế giới\n\nThứ Năm, {published}, 10:20\n\n{body}"
    return read_article(article_from_text(text, "t.txt")).meetings


def test_a_week_merged_with_its_side_dialogue_is_named_by_the_main_event():
    body = ("Chiều 15/11, tại San Francisco, Hoa Kỳ, Chủ tịch nước dự Đối thoại giữa các Nhà Lãnh đạo APEC với khách "
            "mời, mở đầu Tuần lễ Cấp cao APEC lần thứ 30.\n\nHội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 30 "
            "diễn ra trong hai ngày 16 và 17/11.")
    apec = [m for m in _meetings(body) if m.ordinal == 30]
    assert len(apec) == 1
    assert apec[0].name == "Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 30"


def test_a_year_said_after_the_host_without_vao():
    assert [(m.ordinal, m.start) for m in _meetings(
        "Hội nghị ASEM lần thứ 8 sẽ diễn ra tại Bỉ năm 2010.", "24/10/2008")] == [(8, "2010")]


def test_a_year_said_after_a_city_and_its_country():
    assert [(m.ordinal, m.start, m.city) for m in _meetings(
        "Hội nghị Thượng đỉnh NAM lần thứ 14 được tổ chức tại La Habana, Cuba năm 2006.", "16/07/2009")] \
        == [(14, "2006", "Havana")]


def test_a_year_said_after_the_host_that_takes_it_on():
    assert [(m.ordinal, m.start, m.country) for m in _meetings(
        "Hội nghị Cấp cao CLV lần thứ 11 sẽ do Lào đăng cai năm 2020.", "29/11/2018")] == [(11, "2020", "LA")]


def test_a_dialogue_said_back_by_its_own_noun_takes_the_days():
    body = ("Tối 2/6, Đối thoại Shangri-La lần thứ 20 đã khai mạc tại Singapore.\n\n"
            "Đối thoại do Viện Nghiên cứu chiến lược quốc tế tổ chức, diễn ra từ ngày 2 đến 4/6.")
    assert [(m.ordinal, m.start, m.end) for m in _meetings(body, "02/06/2023")] == [(20, "2023-06-02", "2023-06-04")]


def test_a_session_of_the_general_assembly_and_a_un_summit_that_week_are_two_meetings():
    body = ("Ngày 22/9, tại New York, Thủ tướng phát biểu tại Phiên thảo luận chung cấp cao Khóa họp thứ 78 Đại hội "
            "đồng Liên hợp quốc.\n\nTrước đó, ngày 18/9, Thủ tướng đã dự Hội nghị thượng đỉnh về các Mục tiêu phát "
            "triển bền vững của Liên hợp quốc.")
    assert [(m.ordinal, m.start) for m in _meetings(body, "22/09/2023")] == [(78, "2023-09-22"), (None, "2023-09-18")]


def _series(sentence: str) -> list[tuple[str, int | None]]:
    return [(m.series, m.ordinal) for m in _meetings(sentence, "10/06/2009")]


def test_older_transliterations_of_the_mekong_and_the_groups():
    assert _series("Ngày 9/6, Thủ tướng dự Hội nghị thượng đỉnh Tiểu vùng sông Mê Kông mở rộng lần thứ ba.") \
        == [("subregional", 3)]
    assert _series("Ngày 9/6, Thủ tướng dự Hội nghị cấp cao Mê Kông - Nhật Bản lần thứ 2.") == [("subregional", 2)]
    assert _series("Ngày 9/6, Thủ tướng dự Hội nghị thượng đỉnh G-8 mở rộng.") == [("other-multilateral", None)]


def test_apec_by_its_full_name_without_the_acronym():
    assert _series("Ngày 9/6, Chủ tịch nước dự Hội nghị thượng đỉnh Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình "
                   "Dương.") == [("other-multilateral", None)]


def test_fealac_is_no_east_asia_body():
    assert _series("Ngày 9/6, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Diễn đàn Hợp tác Đông Á - Mỹ Latinh lần "
                   "thứ 9.") == [("other-multilateral", 9)]


_WEEK = ("Sáng 18/11, tại Hà Nội, Chủ tịch nước khai mạc Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 14.\n\n"
         "Hội nghị diễn ra trong hai ngày 18 và 19/11.\n\n"
         "Trước đó, Hội nghị Bộ trưởng Ngoại giao và Kinh tế APEC lần thứ 18 đã diễn ra trong hai ngày 15 và 16/11 "
         "tại Hà Nội. Hội nghị Thượng đỉnh Doanh nghiệp APEC cũng diễn ra từ 17 đến 18/11.\n\n"
         "Chiều 18/11, các nhà lãnh đạo sẽ có cuộc đối thoại với Hội đồng Tư vấn Kinh doanh APEC (ABAC).")


def test_a_side_event_dated_joins_the_meeting_of_its_days_not_the_last_told():
    days = {m.ordinal: (m.start, m.end) for m in _meetings(_WEEK, "18/11/2006")}
    assert days[18] == ("2006-11-15", "2006-11-16")


def test_a_bare_acronym_dating_a_business_event_moves_no_meeting():
    days = {m.ordinal: (m.start, m.end) for m in _meetings(_WEEK, "18/11/2006")}
    assert days[14] == ("2006-11-18", "2006-11-19")


def test_a_yearly_forum_joined_to_a_visit_is_held_in_the_host_that_month():
    body = ("Thủ tướng sẽ thăm chính thức Nhật Bản từ ngày 4 đến 8/6.\n\n"
            "Đại sứ chia sẻ với báo chí trước thềm chuyến thăm chính thức Nhật Bản và dự Diễn đàn Tương lai châu Á "
            "của Thủ tướng.\n\nNăm ngoái, Thủ tướng đã dự Hội nghị G7 mở rộng tại Nhật Bản vào tháng 5/2016.")
    forum = [m for m in _meetings(body, "01/06/2017") if "Tương lai" in m.name]
    assert [(m.start, m.country) for m in forum] == [("2017-06", "JP")]


def test_a_predicate_after_the_bare_noun_is_no_name():
    body = ("Sáng 25/12, Thủ tướng tham dự Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 4 theo hình thức "
            "trực tuyến.\n\nHội nghị đánh giá kết quả hợp tác Mê Công - Lan Thương kể từ năm 2020.")
    assert [m.name for m in _meetings(body, "25/12/2023")] == ["Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 4"]


def test_a_bare_numbered_summit_in_an_article_about_a_subregional_summit_is_its_body():
    body = ("Sáng 25/12, Thủ tướng tham dự Hội nghị Cấp cao Hợp tác Mê Công - Lan Thương lần thứ 4 theo hình thức "
            "trực tuyến.\n\nCác nhà lãnh đạo điểm lại kết quả hợp tác kể từ Hội nghị Cấp cao lần thứ 3 năm 2020.")
    assert [(m.series, m.ordinal, m.start) for m in _meetings(body, "25/12/2023")] \
        == [("subregional", 4, "2023-12-25"), ("subregional", 3, "2020")]


_SF = ("Sáng 13/11, Chủ tịch nước lên đường tham dự Tuần lễ Cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương "
       "(APEC) năm 2023 tại thành phố San Francisco, Hoa Kỳ, từ ngày 13 đến 17/11.\n\n"
       "Chủ tịch nước sẽ phát biểu tại Đối thoại giữa các Nhà Lãnh đạo APEC với Hội đồng Tư vấn Kinh doanh APEC (ABAC)."
       "\n\nTrước đó, Hội nghị Bộ trưởng Ngoại giao - Kinh tế APEC lần thứ 34 diễn ra trong hai ngày 14-15/11.\n\n"
       "Đây là lần thứ hai Chủ tịch nước dự Hội nghị Cấp cao APEC, sau Tuần lễ Cấp cao APEC 2022 tại Bangkok, Thái Lan.")


def test_a_dialogue_with_the_business_council_is_part_of_the_week_not_last_years_week():
    recalled = [m for m in _meetings(_SF, "13/11/2023") if m.city == "Bangkok"]
    assert [m.name for m in recalled] == ["Tuần lễ Cấp cao APEC 2022"]


def test_a_ministers_meeting_within_its_bodys_week_meets_in_its_city():
    ministers = [m for m in _meetings(_SF, "13/11/2023") if m.ordinal == 34]
    assert [(m.city, m.country) for m in ministers] == [("San Francisco", "US")]


def test_summits_and_conferences_named_without_a_known_body():
    for name in ("Hội nghị Davos mùa Hè", "Hội nghị Thượng đỉnh về an ninh hạt nhân lần thứ 4",
                 "Hội nghị Thượng đỉnh Thiên niên kỷ", "Hội nghị các bên tham gia Công ước Luật Biển (SPLOS) lần thứ 33",
                 "Hội nghị Thượng đỉnh Tương lai"):
        assert [m.series for m in _meetings(f"Ngày 9/6, Bộ trưởng đã dự {name}.", "10/06/2019")] \
            == ["other-multilateral"], name


def test_host_cities_of_forums_abroad_as_older_copy_spells_them():
    for place, city in (("Pu-xan", "Busan"), ("Bru-xen", "Brussels"), ("thủ đô Ulan Bato, Mông Cổ", "Ulaanbaatar"),
                        ("Thẩm Quyến", "Shenzhen"), ("Cô-pen-ha-gen", "Copenhagen")):
        assert [m.city for m in _meetings(f"Ngày 9/6, tại {place}, Hội nghị Thượng đỉnh ASEM lần thứ 6 đã khai mạc.",
                                          "10/06/2019")] == [city], place


def test_ordinals_in_words_of_two_or_three():
    for words, number in (("ba mươi", 30), ("hai mươi mốt", 21), ("mười lăm", 15), ("mười bốn", 14),
                          ("hai mươi tư", 24)):
        assert [m.ordinal for m in _meetings(f"Ngày 9/6, Chủ tịch nước dự Hội nghị Cấp cao APEC lần thứ {words}.",
                                             "10/06/2019")] == [number], words


def test_a_year_after_ten_in_words_is_no_unit():
    assert [m.ordinal for m in _meetings("Ngày 9/6, Thủ tướng dự Hội nghị Cấp cao GMS lần thứ mười năm 2019.",
                                         "10/06/2019")] == [10]


def test_a_security_council_session_chaired_by_a_member_is_one_meeting_in_new_york():
    body = ("Việt Nam chủ trì phiên thảo luận mở cấp cao của Hội đồng Bảo an\n\nNgày 9/1 (giờ New York), Phó Thủ tướng "
            "đã chủ trì Phiên thảo luận mở cấp Bộ trưởng của Hội đồng Bảo an Liên hợp quốc tại New York.")
    text = f"Tin thế giới\n\nThứ Năm, 09/01/2020, 23:30\n\n{body}"
    found = read_article(article_from_text(text, "t.txt")).meetings
    assert [(m.start, m.country) for m in found] == [("2020-01-09", "US")]


def test_the_aipa_assembly_keeps_its_host():
    found = _meetings("Việt Nam đăng cai Đại hội đồng AIPA lần thứ 41 vào tháng 9.", "10/06/2020")
    assert [m.country for m in found] == ["VN"]


def test_the_bare_noun_attended_inside_a_sentence_gives_the_meetings_days():
    body = ("Hội nghị thượng đỉnh Hợp tác Tiểu vùng sông Mê Kông mở rộng (GMS) lần thứ hai đã khai mạc tại thành phố "
            "Côn Minh, Trung Quốc.\n\nThủ tướng dẫn đầu đoàn Việt Nam tham dự hội nghị kéo dài hai ngày 4 và 5/7.")
    assert [(m.ordinal, m.start, m.end) for m in _meetings(body, "04/07/2005")] == [(2, "2005-07-04", "2005-07-05")]


def test_a_bare_unnumbered_summit_prepared_for_is_no_new_meeting():
    body = ("Chiều 9/10, Hội nghị Thượng đỉnh Á - Âu lần thứ năm (ASEM 5) đã bế mạc tại Hà Nội.\n\n"
            "Trước đó, Hội nghị Bộ trưởng Ngoại giao ASEM lần thứ 6 đã diễn ra tại Kildare, Ai-len vào tháng 4/2004 để "
            "chuẩn bị cho hội nghị thượng đỉnh.")
    assert [m.ordinal for m in _meetings(body, "09/10/2004")] == [5, 6]


def test_the_sidelines_of_the_bare_noun_are_not_those_of_an_edition_recalled():
    body = ("Hội nghị thượng đỉnh GMS lần thứ hai đã khai mạc sáng 4/7 tại thành phố Côn Minh, Trung Quốc.\n\n"
            "Hội nghị lần này diễn ra ba năm sau Hội nghị thượng đỉnh GMS lần thứ nhất tổ chức tại Phnom Penh năm "
            "2002.\n\nBên lề hội nghị, Thủ tướng Phan Văn Khải đã hội kiến Thủ tướng Trung Quốc Ôn Gia Bảo.")
    talks = [m for m in _meetings(body, "04/07/2005") if m.series == "bilateral-talks"]
    assert [m.city for m in talks] == ["Kunming"]


def test_an_outreach_session_merged_into_its_summit_is_named_by_the_summit():
    body = ("Chiều 24/10, tại Kazan, Nga, Thủ tướng phát biểu tại Hội nghị các nhà lãnh đạo BRICS mở rộng, trong khuôn "
            "khổ Hội nghị thượng đỉnh BRICS lần thứ 16.")
    assert [m.name for m in _meetings(body, "24/10/2024")] == ["Hội nghị thượng đỉnh BRICS lần thứ 16"]
