"""Round 14 of ASEAN's meetings with partners: several meetings told in one article stay apart and keep their dates."""
from summitgraph.extract.dates import find_dates
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _of(text: str, series: str):
    return [m for m in _meetings(text) if m.series == series]


def test_ordinal_three_before_a_date_is_no_tuesday():
    found = find_dates("Hội nghị Cấp cao ASEAN-Australia lần thứ 3 ngày 6/9/2023 tại Jakarta.")
    assert [(d.text, d.weekday) for d in found] == [("ngày 6/9/2023", None)]
    assert find_dates("Sáng thứ 3 ngày 6/9/2023, hội nghị khai mạc.")[0].weekday == 1


def test_numbered_summit_keeps_its_date_said_after_the_number():
    text = ("Hợp tác khu vực\n\nCác nhà lãnh đạo đã gặp nhau tại Hội nghị Cấp cao ASEAN-Australia lần thứ ba "
            "ngày 6/9/2023 ở Jakarta để bàn về kinh tế số.")
    found = _of(text, "asean-partner-summit")
    assert [(m.ordinal, m.start) for m in found] == [(3, "2023-09-06")]


def test_year_opening_a_reported_clause_dates_its_meeting():
    text = ("Quan hệ đối tác\n\nNgười phát ngôn cho biết, năm 2025, ASEAN và New Zealand sẽ tổ chức một Hội nghị "
            "Cấp cao đặc biệt tại Auckland.")
    found = _of(text, "asean-partner-summit")
    assert [(m.partner, m.start) for m in found] == [("NZ", "2025")]


def test_special_summit_and_numbered_summit_with_one_partner_stay_apart():
    text = ("Quan hệ đối tác\n\nHai bên đã tổ chức trực tuyến Hội nghị Cấp cao đặc biệt kỷ niệm 25 năm quan hệ "
            "ASEAN-Ấn Độ ngày 25/1/2018. Năm nay, Hội nghị Cấp cao ASEAN-Ấn Độ lần thứ 21 sẽ được tổ chức tại Viêng Chăn.")
    found = sorted(_of(text, "asean-partner-summit"), key=lambda m: m.ordinal or 0)
    assert [(m.ordinal, m.city) for m in found] == [(None, None), (21, "Vientiane")]
    assert found[0].start == "2018-01-25" and found[1].start != "2043"


def test_summit_agreed_to_be_held_is_planned_without_a_publication_date():
    text = ("Quan hệ đối tác\n\nCác nhà lãnh đạo nhất trí tổ chức Hội nghị Cấp cao đặc biệt ASEAN-Hàn Quốc tại "
            "Busan vào tháng 11/2019.")
    assert [m.status for m in _of(text, "asean-partner-summit")] == ["planned"]
    text = ("Quan hệ đối tác\n\nCác nhà lãnh đạo hoan nghênh việc Hàn Quốc tổ chức thành công Hội nghị Cấp cao đặc "
            "biệt ASEAN-Hàn Quốc tại Busan vào tháng 11/2019.")
    assert [m.status for m in _of(text, "asean-partner-summit")] == ["held"]


def test_dated_summit_held_and_numbered_summit_to_come_stay_apart():
    text = ("Quan hệ đối tác\n\nHai bên đã tổ chức Hội nghị Cấp cao ASEAN-Ấn Độ ngày 25/1/2018. "
            "Hội nghị Cấp cao ASEAN-Ấn Độ lần thứ 21 sẽ được tổ chức tại Viêng Chăn.")
    found = sorted(_of(text, "asean-partner-summit"), key=lambda m: m.ordinal or 0)
    assert [(m.ordinal, m.city) for m in found] == [(None, None), (21, "Vientiane")]
    assert found[0].start == "2018-01-25"


def test_partner_body_told_meeting_by_its_verb():
    text = "Hợp tác\n\nNgày 15/6/2023, Ủy ban Hợp tác chung ASEAN-Nga (AR-JCC) họp lần thứ 19 tại Jakarta."
    found = _of(text, "asean-partner-other")
    assert [(m.partner, m.ordinal, m.start, m.city) for m in found] == [("RU", 19, "2023-06-15", "Jakarta")]
    text = "Hợp tác\n\nỦy ban Hợp tác chung ASEAN-Nga đã hợp tác chặt chẽ trong nhiều năm."
    assert _of(text, "asean-partner-other") == []


def test_ministers_and_a_council_joined_by_and_are_two_meetings():
    text = ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN và Hội đồng Cộng đồng Chính trị - An ninh ASEAN (APSC) "
            "đã họp tại Jakarta một ngày trước đó.")
    assert sorted(m.series for m in _meetings(text)) == ["amm", "asean-sectoral"]


def test_anniversary_summits_said_without_the_partner_take_the_one_before():
    text = ("Quan hệ đối tác\n\nNăm 2009, Hàn Quốc tổ chức Hội nghị Cấp cao đặc biệt kỷ niệm 20 năm quan hệ ASEAN-Hàn "
            "Quốc tại đảo Jeju. Năm 2014, Hội nghị Cấp cao đặc biệt kỷ niệm 25 năm được tổ chức tại Busan, và năm 2019 "
            "Busan tiếp tục đón Hội nghị Cấp cao đặc biệt kỷ niệm 30 năm.")
    found = _of(text, "asean-partner-summit")
    assert sorted((m.partner, m.start, m.city) for m in found) == [
        ("KR", "2009", "Jeju"), ("KR", "2014", "Busan"), ("KR", "2019", "Busan")]


def test_ministers_meeting_with_a_partner_in_the_days_of_the_amm_is_held_in_its_city():
    text = ("Ngoại giao\n\nTừ ngày 11 đến 14/7/2023, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các "
            "hội nghị liên quan tại Jakarta, Indonesia.\n\nSáng 13/7/2023, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao "
            "ASEAN-Nhật Bản, bàn về hợp tác kinh tế.")
    found = _of(text, "asean-partner-other")
    assert [(m.partner, m.start, m.city, m.country) for m in found] == [("JP", "2023-07-13", "Jakarta", "ID")]


def test_portfolio_with_a_comma_in_a_title_that_opens_the_text():
    text = ("Hội nghị tham vấn giữa các Bộ trưởng Kinh tế ASEAN và Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật "
            "Bản (AEM-METI)\n\nCác bộ trưởng đã thảo luận về chuỗi cung ứng khu vực.")
    assert [(m.series, m.partner) for m in _meetings(text)] == [("asean-partner-other", "JP")]


def test_numbered_summit_and_an_edition_recalled_with_its_month_stay_apart():
    text = ("ASEAN và Trung Quốc\n\nHôm qua, bên lề Hội nghị thượng đỉnh ASEAN lần thứ 10 ở Vientiane, hai bên ký hiệp "
            "định mới. Văn kiện được ký tại Hội nghị thượng đỉnh ASEAN-Trung Quốc lần thứ 8.\n\nTrước đó, tại Hội nghị "
            "thượng đỉnh ASEAN-Trung Quốc ở Phnom Penh tháng 11/2002, hai bên đã ký một hiệp định khung.")
    found = sorted(_of(text, "asean-partner-summit"), key=lambda m: m.ordinal or 0)
    assert [(m.ordinal, m.start, m.city) for m in found] == [(None, "2002-11", "Phnom Penh"), (8, "2004-11", "Vientiane")]


def test_year_said_after_the_verb_of_holding_dates_the_meeting():
    text = ("ASEAN và Nga\n\nTại Hội nghị thượng đỉnh ASEAN lần thứ 10, các bên cho biết Hội nghị thượng đỉnh ASEAN-Nga "
            "đầu tiên dự kiến tổ chức vào năm tới tại Malaysia.")
    found = _of(text, "asean-partner-summit")
    assert [(m.partner, m.start, m.status) for m in found] == [("RU", "2005", "planned")]


def test_a_relative_year_or_a_quantifier_after_the_name_is_no_part_of_it():
    text = ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc năm ngoái tại Vientiane đã thông qua hướng "
            "dẫn về đường dây nóng.")
    assert [m.name for m in _of(text, "asean-partner-other")] == ["Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc"]
    text = ("Y tế\n\nHội nghị Bộ trưởng Giao thông ASEAN-Trung Quốc và Hội nghị Bộ trưởng Y tế ASEAN-Trung Quốc đều "
            "diễn ra tại Jakarta.")
    assert sorted(m.name for m in _of(text, "asean-partner-other")) == [
        "Hội nghị Bộ trưởng Giao thông ASEAN-Trung Quốc", "Hội nghị Bộ trưởng Y tế ASEAN-Trung Quốc"]
    text = ("Cấp cao\n\nThủ tướng dự Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 24 với sự tham dự của Tổng thống Hàn "
            "Quốc v.v.. Hai bên nhất trí nâng cấp quan hệ.")
    assert [m.name for m in _of(text, "asean-partner-summit")] == ["Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 24"]


def test_ministers_of_asean_and_a_partner_at_a_meeting_placed_by_its_noun():
    text = ("COC\n\nNgày 6/8/2017, các ngoại trưởng ASEAN và Trung Quốc đã thông qua dự thảo khung COC tại cuộc gặp ở "
            "Manila.")
    found = _of(text, "asean-partner-other")
    assert [(m.partner, m.start, m.city) for m in found] == [("CN", "2017-08-06", "Manila")]


def test_next_edition_said_by_its_number_after_the_first_ones_date():
    text = ("Kinh tế\n\nHội nghị Bộ trưởng Kinh tế ASEAN-Trung Quốc lần thứ 21 ngày 20/8/2022 và lần thứ 22 ngày "
            "21/8/2023 đều thảo luận về việc nâng cấp hiệp định thương mại tự do.")
    found = sorted(_of(text, "asean-partner-other"), key=lambda m: m.ordinal)
    assert [(m.ordinal, m.partner, m.start) for m in found] == [(21, "CN", "2022-08-20"), (22, "CN", "2023-08-21")]


def test_a_count_after_a_numbered_meeting_is_no_edition():
    text = ("Cấp cao\n\nĐây là Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta, lần thứ hai Indonesia đảm nhận vai trò "
            "chủ nhà trong thập kỷ này.")
    assert [m.ordinal for m in _of(text, "asean-summit")] == [43]


def test_a_date_opening_the_next_meetings_clause_is_that_meetings():
    text = ("Cấp cao\n\nHội nghị Cấp cao ASEAN-Nhật Bản đã kết thúc tốt đẹp, còn vào ngày 13/11/2017, Hội nghị Cấp cao "
            "ASEAN-Hàn Quốc sẽ khai mạc.")
    found = {m.partner: m.start for m in _of(text, "asean-partner-summit")}
    assert found["KR"] == "2017-11-13" and found["JP"] != "2017-11-13"
    text = ("Kinh tế\n\nHội nghị Bộ trưởng Kinh tế ASEAN lần thứ 49, ngày 7/9/2017 tại Manila đã chuẩn bị cho Hội nghị "
            "Cấp cao ASEAN lần thứ 31.")
    assert [m.start for m in _of(text, "aem")] == ["2017-09-07"]


def test_first_summit_with_a_partner_said_after_the_noun():
    text = "Cấp cao\n\nNgày mai, ASEAN sẽ tổ chức hội nghị thượng đỉnh đầu tiên với Ấn Độ tại Viêng Chăn."
    assert [(m.partner, m.city) for m in _of(text, "asean-partner-summit")] == [("IN", "Vientiane")]


def test_a_bracket_of_place_and_day_after_a_recalled_summit():
    text = ("Quan hệ đối tác\n\nHội nghị Cấp cao kỷ niệm ASEAN-Ấn Độ (New Delhi, tháng 1/2018) và Hội nghị Cấp cao "
            "ASEAN-Ấn Độ lần thứ 16 (Singapore, tháng 11/2018) đều thành công.")
    found = sorted(_of(text, "asean-partner-summit"), key=lambda m: m.ordinal or 0)
    assert [(m.ordinal, m.start, m.city) for m in found] == [(None, "2018-01", "New Delhi"), (16, "2018-11", "Singapore")]
    found = find_dates("Hội nghị Cấp cao đặc biệt ASEAN-Hàn Quốc (Busan, 25/11) đã thông qua tuyên bố (xăng, 5/1).")
    assert [d.text for d in found] == ["25/11"]
    found = find_dates("Hội nghị Cấp cao đặc biệt ASEAN-Hàn Quốc (Busan, 11/2019) và giá (xăng, 5/2019).")
    assert [(d.text, d.first.month, d.first.year) for d in found] == [("11/2019", 11, 2019)]


def test_asean_ministers_alone_in_the_clause_of_a_meeting_on_an_island():
    text = ("TAC\n\nNgoại trưởng Thái Lan cho biết Anh đã gửi đề nghị tới ASEAN và ông tin rằng các ngoại trưởng Đông "
            "Nam Á sẽ xem xét việc này trong một cuộc họp trên đảo Bali vào ngày 12-5 tới.")
    found = [(m.series, m.partner, m.start, m.city) for m in _meetings(text)]
    assert found == [("amm", None, "--05-12", "Bali")]


def test_levelless_plus_one_meetings_take_the_level_their_attendees_give_one_of_them():
    text = ("Hội nghị 10+1\n\nChiều 29/11/2004, tại Viêng Chăn, Hội nghị 10+1 giữa ASEAN và Trung Quốc đã diễn ra. Cùng "
            "ngày, các nhà lãnh đạo cũng dự Hội nghị 10+1 với Nhật Bản.")
    found = sorted((m.series, m.partner) for m in _meetings(text) if m.partner)
    assert found == [("asean-partner-summit", "CN"), ("asean-partner-summit", "JP")]


def test_next_partner_meeting_said_without_its_head_noun():
    text = ("Cấp cao\n\nSáng 8/10/2003, tại Bali, Thủ tướng dự Hội nghị cấp cao ASEAN-Trung Quốc, chiều cùng ngày là "
            "ASEAN-Nhật Bản.")
    found = sorted((m.partner, m.start, m.city) for m in _of(text, "asean-partner-summit"))
    assert found == [("CN", "2003-10-08", "Bali"), ("JP", "2003-10-08", "Bali")]


def test_summit_week_lends_no_month_to_a_summit_told_in_another_year_or_place():
    text = ("Cấp cao\n\nTừ ngày 8 đến 11/10/2024, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 44, 45 và các Hội nghị "
            "Cấp cao liên quan tại Viêng Chăn.\n\nNgày 10/10/2024, Thủ tướng dự Hội nghị Cấp cao ASEAN-Trung Quốc lần "
            "thứ 27. Cũng trong ngày, Hội nghị Cấp cao ASEAN+3 lần thứ 27 diễn ra. Năm ngoái, Hội nghị Cấp cao "
            "ASEAN-Mỹ lần thứ 11 diễn ra tại Jakarta.")
    found = {(m.series, m.ordinal): (m.start, m.city) for m in _meetings(text)}
    assert found[("apt-summit", 27)] == ("2024-10-10", "Vientiane")
    assert found[("asean-partner-summit", 11)] == (None, "Jakarta")


def test_respectively_gives_each_meeting_its_own_day_or_place():
    text = ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN-Nga và ASEAN-Mỹ lần lượt được tổ chức ngày 13/7/2023 "
            "và 14/7/2023.")
    assert sorted((m.partner, m.start) for m in _of(text, "asean-partner-other")) == [
        ("RU", "2023-07-13"), ("US", "2023-07-14")]
    text = "Cấp cao\n\nHội nghị Cấp cao ASEAN lần thứ 42 và 43 lần lượt diễn ra tại Labuan Bajo và Jakarta."
    assert sorted((m.ordinal, m.city) for m in _of(text, "asean-summit")) == [(42, "Labuan Bajo"), (43, "Jakarta")]
    text = ("Cấp cao\n\nCác Hội nghị Cấp cao ASEAN-Ấn Độ, ASEAN-Australia và ASEAN-Canada lần lượt diễn ra vào các "
            "ngày 5, 6 và 7/9/2023.")
    assert sorted((m.partner, m.start) for m in _of(text, "asean-partner-summit")) == [
        ("AU", "2023-09-06"), ("CA", "2023-09-07"), ("IN", "2023-09-05")]


def test_the_day_of_an_anniversary_summit_still_votes_for_the_articles_year():
    from summitgraph.extract.context import make_context
    from summitgraph.ingest.article import article_from_text
    text = ("Quan hệ đối tác\n\nTại Hội nghị Cấp cao ASEAN-Trung Quốc lần thứ 7 năm 2003 ở Bali, hai bên ký nhiều văn "
            "kiện. Hội nghị Cấp cao đặc biệt kỷ niệm 30 năm quan hệ ASEAN-Trung Quốc diễn ra trực tuyến ngày 22/11/2021.")
    ctx = make_context(article_from_text(text, "t.txt"))
    assert 2021 in {v.year for v in ctx.timeframe.votes}


def test_a_place_said_right_after_the_previous_meeting_is_that_ones():
    text = ("Cấp cao\n\nCác nhà lãnh đạo hoan nghênh việc Australia sẽ tổ chức Hội nghị Cấp cao đặc biệt ASEAN-Australia "
            "tại Sydney vào tháng 3/2018 và Ấn Độ tổ chức Hội nghị Cấp cao kỷ niệm 25 năm quan hệ ASEAN-Ấn Độ vào "
            "tháng 1/2018.")
    found = {m.partner: (m.city, m.country) for m in _of(text, "asean-partner-summit")}
    assert found == {"AU": ("Sydney", "AU"), "IN": (None, "IN")}
    text = ("Cấp cao\n\nBên lề Hội nghị Cấp cao ASEAN lần thứ 11 diễn ra tại Kuala Lumpur (Malaysia), đã diễn ra Hội nghị "
            "Cấp cao ASEAN-Nhật Bản với sự tham dự của các Thủ tướng.")
    assert [m.city for m in _of(text, "asean-partner-summit")] == ["Kuala Lumpur"]


def test_a_bracket_of_place_and_year_after_a_recalled_summit():
    text = ("Quan hệ đối tác\n\nTại Hội nghị Cấp cao ASEAN-Trung Quốc (Bali, 2003), hai bên thiết lập quan hệ Đối tác "
            "chiến lược; Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 8 (Vientiane, 2004) nâng quan hệ lên Đối tác toàn diện.")
    found = {m.partner: (m.name, m.start, m.city) for m in _of(text, "asean-partner-summit")}
    assert found == {"CN": ("Hội nghị Cấp cao ASEAN-Trung Quốc", "2003", "Bali"),
                     "KR": ("Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 8", "2004", "Vientiane")}


def test_som_doc_is_asean_and_chinas_officials():
    text = "Biển Đông\n\nHội nghị SOM-DOC lần thứ 19 diễn ra tại Campuchia tháng 10/2022."
    assert [(m.series, m.partner, m.ordinal) for m in _meetings(text)] == [("asean-partner-other", "CN", 19)]


def test_plus_one_with_its_level_before_the_partner_and_the_three_by_their_short_names():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị 10+1 cấp Bộ trưởng với Trung Quốc") == ("asean-partner-other", "CN")
    assert classify("Hội nghị 10+1 cấp cao với Nhật Bản") == ("asean-partner-summit", "JP")
    assert classify("Hội nghị thượng đỉnh ASEAN - Trung, Nhật, Hàn")[0] == "apt-summit"
    assert classify("Hội nghị cấp cao ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc")[0] != "apt-summit"


def test_partner_cut_to_a_syllable_before_a_number_without_thu():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị thượng đỉnh ASEAN-Trung lần 9") == ("asean-partner-summit", "CN")
    assert classify("Hội nghị thượng đỉnh ASEAN-Ấn lần 4") == ("asean-partner-summit", "IN")
    assert classify("Hội nghị ASEAN - an ninh mạng")[1] is None


def test_ho_chi_minh_city_in_mixed_case_abbreviation():
    text = "Kinh tế\n\nNgày 6/9/2023, tại Tp.HCM, Hội nghị Bộ trưởng Kinh tế ASEAN-Nhật Bản đã diễn ra."
    assert [m.city for m in _of(text, "asean-partner-other")] == ["Ho Chi Minh City"]


def test_mekong_ministers_in_the_days_of_the_amm_meet_in_its_city():
    text = ("Ngoại giao\n\nTừ ngày 5 đến 8/8/2017, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 diễn ra tại Manila. "
            "Ngày 7/8/2017, Hội nghị Bộ trưởng Ngoại giao Mekong-Nhật Bản lần thứ 10 cũng được tổ chức.")
    assert [(m.ordinal, m.city) for m in _of(text, "subregional")] == [(10, "Manila")]
