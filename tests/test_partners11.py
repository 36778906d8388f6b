"""Round 11 of ASEAN's partner meetings: older copy's "10+1" and "10+3", each partner met in a summit week."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in _meetings(text) if m.series == series}


def test_ten_plus_three_listed_after_ten_plus_one():
    text = ("Tuần lễ cấp cao\n\nNgày 19/11/2007 - Ngày mai, lãnh đạo các nước sẽ dự các hội nghị 10+1, 10+3 và Cấp "
            "cao Đông Á tại Singapore.")
    assert {m.series for m in _meetings(text)} >= {"apt-summit", "eas"}


def test_asean_plus_one_with_partners_listed_after_the_summit_and_asean_plus_three():
    text = ("Lịch trình\n\nNgày 6/10/2003 - Thủ tướng sẽ dự Hội nghị cấp cao ASEAN lần thứ 9, ASEAN+3, ASEAN+1 với "
            "Trung Quốc, Nhật Bản, Hàn Quốc và Ấn Độ tại Bali.")
    found = _meetings(text)
    assert "apt-summit" in {m.series for m in found}
    assert _partners(text, "asean-partner-summit") == {"CN", "JP", "KR", "IN"}


def test_asean_plus_one_said_without_partner_meets_each_partner_the_sentence_lists():
    text = ("Thủ tướng tới Hà Nội\n\nHà Nội, ngày 27/10/2010 - Ngày 29/10, Thủ tướng sẽ lần lượt gặp riêng rẽ lãnh đạo "
            "Trung Quốc, Nhật Bản, Hàn Quốc và Ấn Độ trong khuôn khổ các hội nghị 10+1.")
    found = [m for m in _meetings(text) if m.series == "asean-partner-summit"]
    assert {m.partner for m in found} == {"CN", "JP", "KR", "IN"}
    assert {m.start for m in found} == {"2010-10-29"}
    # Partners in two clauses, lowercase words between them, are no list of who met.
    text = ("Thủ tướng tới Hà Nội\n\nHà Nội, ngày 27/10/2010 - Tại hội nghị 10+1 hôm qua, Trung Quốc đã cam kết hỗ trợ, "
            "còn Nhật Bản chưa nêu ý kiến.")
    assert "JP" not in {m.partner for m in _meetings(text)}


def test_ten_plus_one_in_brackets_after_the_partners_met_one_by_one():
    text = ("Cấp cao ASEAN\n\nNgày 15/1/2007 - Hôm qua, lãnh đạo ASEAN cũng đã họp riêng với từng nước Trung Quốc, "
            "Nhật Bản, Hàn Quốc (hội nghị 10+1).")
    assert _partners(text, "asean-partner-summit") == {"CN", "JP", "KR"}
    assert not [m for m in _meetings(text) if m.series.startswith("asean-partner") and m.partner is None]


def test_the_three_together_then_each_of_them():
    text = ("Lịch trình cấp cao\n\nHà Nội, ngày 28/10/2010 - Chiều mai diễn ra Hội nghị Cấp cao ASEAN với Trung Quốc, "
            "Nhật Bản, Hàn Quốc (ASEAN+3) và với từng nước (ASEAN+1).")
    found = _meetings(text)
    assert "apt-summit" in {m.series for m in found}
    assert _partners(text, "asean-partner-summit") == {"CN", "JP", "KR"}


def test_asean_plus_three_and_asean_plus_one_with_the_partners_share_the_day():
    text = ("Cấp cao\n\nNgày 27/10/2010 - Ngày 29/10, Thủ tướng sẽ chủ trì Hội nghị Cấp cao ASEAN+3 và ASEAN+1 với "
            "Trung Quốc, Nhật Bản, Hàn Quốc tại Hà Nội.")
    found = [m for m in _meetings(text) if m.series == "asean-partner-summit"]
    assert {m.partner for m in found} == {"CN", "JP", "KR"}
    assert {m.start for m in found} == {"2010-10-29"}


def test_leaders_of_asean_and_two_partners_met_at_a_summit():
    text = ("Cấp cao kỷ niệm\n\nViêng Chăn, ngày 30/11/2004 - Chiều nay, các nhà lãnh đạo ASEAN, Australia và New "
            "Zealand đã họp thượng đỉnh tại Viêng Chăn.")
    found = _meetings(text)
    assert _partners(text, "asean-partner-summit") == {"AU", "NZ"}
    assert "asean-summit" not in {m.series for m in found}


def test_leaders_of_asean_and_the_three_met_at_a_summit_is_asean_plus_three():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Hôm nay, lãnh đạo ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc đã họp "
            "thượng đỉnh tại Viêng Chăn.")
    assert [m.series for m in _meetings(text)] == ["apt-summit"]


def test_asean_and_one_partner_meeting_at_a_summit_is_one_meeting():
    text = ("Cấp cao\n\nViêng Chăn, ngày 30/11/2004 - Hôm qua, lãnh đạo ASEAN và Ấn Độ đã họp thượng đỉnh lần thứ ba "
            "tại Viêng Chăn.")
    assert [(m.series, m.partner, m.ordinal) for m in _meetings(text)] == [("asean-partner-summit", "IN", 3)]


def test_asean_plus_one_and_asean_plus_three_attended_by_a_partners_leader():
    text = ("Thủ tướng Trung Quốc tới Lào\n\nViêng Chăn, ngày 28/11/2004 - Thủ tướng Trung Quốc Ôn Gia Bảo đã tới Viêng "
            "Chăn dự hội nghị thượng đỉnh ASEAN+1 và ASEAN+3.")
    found = _meetings(text)
    assert {(m.series, m.partner) for m in found} == {("asean-partner-summit", "CN"), ("apt-summit", None)}


def test_a_summit_between_the_two_sides_the_sentence_names():
    text = ("Tuyên bố chung\n\nViêng Chăn, ngày 30/11/2004 - Hôm nay, ASEAN và Hàn Quốc đã ra tuyên bố chung về quan hệ "
            "đối tác toàn diện tại hội nghị cấp cao giữa hai bên.")
    assert _partners(text, "asean-partner-summit") == {"KR"}


def test_a_summit_with_asean_whose_partner_is_said_after_it():
    text = ("Hiệp định đối tác\n\nViêng Chăn, ngày 30/11/2004 - Tại hội nghị thượng đỉnh với ASEAN hôm qua, Thủ tướng "
            "Ấn Độ đã ký hiệp định khung về hợp tác kinh tế.")
    assert _partners(text, "asean-partner-summit") == {"IN"}


def test_post_ministerial_conference_with_the_dialogue_partners_listed():
    text = ("Tuần lễ AMM\n\nViêng Chăn, ngày 26/7/2005 - Ngày 28/7, các ngoại trưởng sẽ dự Hội nghị sau Hội nghị Bộ "
            "trưởng (PMC) với các bên đối thoại Trung Quốc, Nhật Bản, Mỹ tại Viêng Chăn.")
    assert _partners(text, "asean-partner-other") == {"CN", "JP", "US"}


def test_pmc_acronym_with_the_partners_after_it():
    text = ("Ngoại trưởng ASEAN họp\n\nPhuket, ngày 21/7/2009 - Ngày 22/7, các ngoại trưởng ASEAN sẽ dự PMC với Nhật "
            "Bản, Hàn Quốc và Nga tại Phuket.")
    assert _partners(text, "asean-partner-other") == {"JP", "KR", "RU"}


def test_economic_ministers_consultations_by_the_partners_ministries():
    text = ("AEM 36\n\nJakarta, ngày 2/9/2004 - Hội nghị AEM+3 và các cuộc tham vấn AEM-MOFCOM, AEM-METI, AEM-USTR sẽ "
            "diễn ra tại Jakarta ngày 3/9.")
    assert _partners(text, "asean-partner-other") == {"CN", "JP", "US"}


def test_consultations_with_several_partners_office_holders():
    text = ("AEM\n\nJakarta, ngày 2/9/2004 - Ngày mai, các bộ trưởng kinh tế ASEAN sẽ tham vấn với Bộ trưởng Thương mại "
            "Trung Quốc, Bộ trưởng METI Nhật Bản và Đại diện Thương mại Mỹ.")
    assert _partners(text, "asean-partner-other") == {"CN", "JP", "US"}


def test_asean_to_hold_a_summit_with_the_partners_leaders():
    text = ("Cấp cao ASEAN\n\nViêng Chăn, ngày 27/11/2004 - ASEAN sẽ tổ chức hội nghị thượng đỉnh với các nhà lãnh đạo "
            "Trung Quốc, Ấn Độ và New Zealand vào ngày 29/11.")
    assert _partners(text, "asean-partner-summit") == {"CN", "IN", "NZ"}


def test_asean_and_two_partners_at_a_commemorative_summit_named_by_its_level():
    text = ("Tuyên bố chung\n\nViêng Chăn, ngày 30/11/2004 - Các nhà lãnh đạo ASEAN và Úc, New Zealand đã ra tuyên bố "
            "chung tại hội nghị cấp cao kỷ niệm 30 năm quan hệ đối thoại.")
    assert _partners(text, "asean-partner-summit") == {"AU", "NZ"}


def test_asean_leaders_meet_the_heads_of_the_partners_counted():
    text = ("Cấp cao\n\nViêng Chăn, ngày 28/11/2004 - Ngày 29/11, lãnh đạo 10 nước ASEAN sẽ gặp gỡ người đứng đầu 3 "
            "nước đối tác là Ấn Độ, Australia và New Zealand.")
    assert _partners(text, "asean-partner-summit") == {"IN", "AU", "NZ"}


def test_south_korea_by_its_older_name_and_new_zealand_capitalised():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Chiều nay diễn ra Hội nghị cấp cao ASEAN - Nam Triều Tiên và Hội "
            "nghị cấp cao ASEAN - Niu Di-Lân tại Viêng Chăn.")
    assert _partners(text, "asean-partner-summit") == {"KR", "NZ"}


def test_levelless_asean_plus_three_in_an_article_of_leaders_meetings_is_the_summit():
    text = ("Cấp cao ASEAN 10\n\nViêng Chăn, ngày 30/11/2004 - Hội nghị Cấp cao ASEAN lần thứ 10 đã bế mạc tại Viêng "
            "Chăn. Ngày 29/11, Hội nghị ASEAN+3 đã nhất trí tổ chức Hội nghị Cấp cao Đông Á tại Malaysia năm 2005.")
    assert "apt-summit" in {m.series for m in _meetings(text)}


def test_asean_plus_one_with_the_plus_said_as_a_word():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Chiều nay, Hội nghị ASEAN cộng 1 với Ấn Độ đã diễn ra tại Viêng "
            "Chăn.")
    assert {m.partner for m in _meetings(text) if m.series.startswith("asean-partner")} == {"IN"}


def test_the_leaders_level_said_after_a_levelless_partner_meeting():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Chiều nay, Hội nghị ASEAN với Ấn Độ ở cấp thượng đỉnh đã diễn ra "
            "tại Viêng Chăn.")
    assert _partners(text, "asean-partner-summit") == {"IN"}


def test_two_partners_office_holders_who_met_asean_leaders():
    text = ("Cấp cao\n\nViêng Chăn, ngày 30/11/2004 - Chiều nay, Thủ tướng Australia John Howard và Thủ tướng New "
            "Zealand Helen Clark đã họp với lãnh đạo ASEAN tại Viêng Chăn.")
    assert _partners(text, "asean-partner-summit") == {"AU", "NZ"}


def test_asean_leaders_hold_talks_with_each_partners_leaders():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Hôm nay, các nhà lãnh đạo ASEAN đã lần lượt hội đàm với lãnh đạo "
            "Trung Quốc, Hàn Quốc và Ấn Độ tại Viêng Chăn.")
    assert _partners(text, "asean-partner-summit") == {"CN", "KR", "IN"}


def test_asean_itself_meets_the_partners_at_leaders_level():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Trong ngày 30/11, ASEAN sẽ lần lượt họp cấp cao với Nhật Bản, "
            "Ấn Độ và Australia.")
    assert _partners(text, "asean-partner-summit") == {"JP", "IN", "AU"}


def test_the_summit_widened_to_the_three_partners_is_asean_plus_three():
    text = ("Cấp cao\n\nBali, ngày 8/10/2003 - Chiều nay, Hội nghị cấp cao ASEAN mở rộng với sự tham gia của lãnh đạo "
            "Trung Quốc, Nhật Bản và Hàn Quốc đã diễn ra tại Bali.")
    assert [m.series for m in _meetings(text)] == ["apt-summit"]


def test_the_summit_to_be_widened_to_several_partners_meets_each():
    text = ("Cấp cao\n\nCebu, ngày 12/1/2007 - Ngày 14/1, Hội nghị thượng đỉnh ASEAN sẽ mở rộng với sự tham gia của lãnh "
            "đạo Ấn Độ, Australia và New Zealand.")
    assert _partners(text, "asean-partner-summit") == {"IN", "AU", "NZ"}


def test_leaders_meeting_the_three_within_the_named_asean_plus_three_summit_is_that_summit():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Chiều nay, các nhà lãnh đạo ASEAN sẽ họp với lãnh đạo Trung Quốc, "
            "Nhật Bản và Hàn Quốc trong khuôn khổ Hội nghị cấp cao ASEAN+3.")
    assert [m.series for m in _meetings(text)] == ["apt-summit"]


def test_summits_with_each_country_in_turn():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Ngày mai, ASEAN sẽ có các hội nghị cấp cao với từng nước Trung "
            "Quốc, Hàn Quốc và Ấn Độ.")
    assert _partners(text, "asean-partner-summit") == {"CN", "KR", "IN"}


def test_counterparts_listed_with_their_names_between_partners():
    text = ("Ngoại trưởng ASEAN\n\nManila, ngày 7/8/2017 - Hôm qua, ngoại trưởng ASEAN đã gặp người đồng cấp Nhật Bản "
            "Kono Taro, Ấn Độ Sushma Swaraj và Nga Sergey Lavrov tại Manila.")
    assert _partners(text, "asean-partner-other") == {"JP", "IN", "RU"}


def test_a_seminar_named_by_its_subject_within_the_asean_regional_forum():
    text = ("An ninh biển\n\nHà Nội, ngày 20/3/2017 - Sáng nay, Hội thảo về an ninh hàng hải trong khuôn khổ Diễn đàn "
            "khu vực ASEAN đã khai mạc tại Hà Nội.")
    assert [m.series for m in _meetings(text)] == ["arf-other"]


def test_the_forums_defence_officials_are_below_its_ministers():
    text = ("ARF\n\nManila, ngày 20/3/2017 - Hội nghị các nhà hoạch định chính sách quốc phòng ARF (ARF DOD) đã diễn ra "
            "tại Manila hôm qua.")
    assert [m.series for m in _meetings(text)] == ["arf-other"]


def test_the_first_summit_to_be_held_in_a_country_but_not_the_first_time_in_a_country():
    text = ("Cấp cao Đông Á\n\nViêng Chăn, ngày 30/11/2004 - Hội nghị thượng đỉnh Đông Á đầu tiên sẽ được tổ chức tại "
            "Malaysia vào năm 2005.")
    assert [(m.series, m.ordinal) for m in _meetings(text)] == [("eas", 1)]
    text = ("Cấp cao\n\nHà Nội, ngày 15/12/2008 - Hội nghị Cấp cao ASEAN lần đầu tiên được tổ chức tại Việt Nam vào năm "
            "1998.")
    assert [m.ordinal for m in _meetings(text)] == [None]


def test_a_bullet_schedule_under_a_sentence_ending_in_a_full_stop_takes_its_day_place_and_format():
    text = ("Lịch trình\n\nNgày 28/10/2010 tại Hà Nội.\n• Hội nghị Cấp cao ASEAN – Trung Quốc lần thứ 13.\n"
            "• Hội nghị Cấp cao ASEAN+3 lần thứ 13.")
    found = _meetings(text)
    assert {(m.start, m.city) for m in found} == {("2010-10-28", "Hanoi")}
    text = ("Tuần lễ Cấp cao\n\nNgày 12/11/2021, Thủ tướng dự các hội nghị trực tuyến.\n- Cấp cao ASEAN-Ấn Độ lần thứ "
            "18\n- Cấp cao ASEAN - Nhật Bản lần thứ 24")
    assert {(m.start, m.format) for m in _meetings(text)} == {("2021-11-12", "online")}


def test_schedule_lines_naming_the_partner_meetings_by_their_parties_alone():
    text = ("Lịch trình\n\nCác hội nghị cấp cao ASEAN+1 ngày 29/11/2004:\n+ ASEAN - Nhật Bản lần thứ 8\n"
            "+ ASEAN - Ấn Độ\nCác hội nghị sẽ diễn ra tại Viêng Chăn.")
    found = _meetings(text)
    assert {(m.series, m.partner) for m in found} >= {("asean-partner-summit", "JP"), ("asean-partner-summit", "IN")}
    text = ("Lịch trình\n\nNội dung:\n- ASEAN - những thách thức mới\n- ASEAN - an ninh khu vực\nHội thảo kết thúc "
            "chiều nay.")
    assert not _meetings(text)


def test_the_three_partners_leaders_named_with_hyphenated_names_meet_asean_leaders():
    text = ("Thượng đỉnh\n\nCebu, ngày 12/1/2007 - Thủ tướng Trung Quốc Ôn Gia Bảo, Thủ tướng Nhật Bản Shinzo Abe và "
            "Tổng thống Hàn Quốc Roh Moo-hyun sẽ gặp các nhà lãnh đạo ASEAN vào ngày 14/1.")
    assert "apt-summit" in {m.series for m in _meetings(text)}


def test_older_copys_ten_plus_one_after_summit_and_after_meetings():
    text = ("Cấp cao\n\nViêng Chăn, ngày 30/11/2004 - Tại thượng đỉnh 10+1 với Nhật Bản hôm qua, hai bên nhất trí khởi "
            "động đàm phán.")
    assert _partners(text, "asean-partner-summit") == {"JP"}
    text = ("Cấp cao\n\nViêng Chăn, ngày 30/11/2004 - Tại các cuộc gặp 10+1 với Trung Quốc và Hàn Quốc hôm qua, hai bên "
            "nhất trí.")
    assert {m.partner for m in _meetings(text) if m.series.startswith("asean-partner")} == {"CN", "KR"}


def test_a_partners_leader_meets_asean_leaders_counted():
    text = ("Cấp cao\n\nViêng Chăn, ngày 30/11/2004 - Thủ tướng Koizumi đã có cuộc gặp với 10 nhà lãnh đạo ASEAN chiều "
            "qua tại Viêng Chăn.")
    assert _partners(text, "asean-partner-summit") == {"JP"}


def test_partners_listed_after_the_three_and_their_bracket_are_each_met():
    text = ("Cấp cao\n\nViêng Chăn, ngày 29/11/2004 - Trong khuôn khổ hội nghị, lãnh đạo ASEAN cũng sẽ có các cuộc gặp "
            "với lãnh đạo Trung Quốc, Nhật Bản, Hàn Quốc (ASEAN+3), Ấn Độ, Australia và New Zealand.")
    found = _meetings(text)
    assert "apt-summit" in {m.series for m in found}
    assert _partners(text, "asean-partner-summit") == {"IN", "AU", "NZ"}
    assert {m.status for m in found} == {"planned"}


def test_economic_ministers_meetings_with_each_partner_by_the_aem_acronym():
    text = ("AEM 49\n\nManila, ngày 10/9/2017 - Bên lề AEM 49, Bộ trưởng Công Thương dự các hội nghị AEM - Trung Quốc, "
            "AEM - Nhật Bản và AEM - Hoa Kỳ.")
    assert _partners(text, "asean-partner-other") == {"CN", "JP", "US"}


def test_an_article_naming_asean_by_its_region_reads_its_summits_with_partners():
    text = ("Thượng đỉnh Đông Nam Á\n\nViêng Chăn, ngày 29/11/2004 - Lãnh đạo các nước Đông Nam Á hôm nay bắt đầu hội "
            "nghị thượng đỉnh thường niên tại Viêng Chăn. Ngày mai là hội nghị thượng đỉnh với Nhật Bản và Hàn Quốc.")
    found = _meetings(text)
    assert "asean-summit" in {m.series for m in found}
    assert _partners(text, "asean-partner-summit") == {"JP", "KR"}


def test_the_forums_inter_sessional_and_subject_meetings_are_below_its_ministers():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị giữa kỳ ARF về an ninh biển lần thứ 9")[0] == "arf-other"
    assert classify("Hội nghị Nhóm hỗ trợ liên kỳ ARF về các biện pháp xây dựng lòng tin")[0] == "arf-other"
    assert classify("Hội nghị ARF về chống khủng bố và tội phạm xuyên quốc gia")[0] == "arf-other"
    assert classify("Diễn đàn Khu vực ASEAN lần thứ 24")[0] == "arf"


def test_summits_of_the_regions_countries_in_older_copy():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị thượng đỉnh các nước Đông Á")[0] == "eas"
    assert classify("Hội nghị thượng đỉnh khu vực Đông Á")[0] == "eas"
    assert classify("Hội nghị thượng đỉnh các nước Đông Nam Á lần thứ 10")[0] == "asean-summit"


def test_a_title_asean_plus_one_is_the_one_partner_meeting_the_body_names():
    text = ("Hội nghị 10+1\n\nBali, ngày 8/10/2003 - Thủ tướng Phan Văn Khải đã dự Hội nghị cấp cao ASEAN+1 với Hàn Quốc "
            "tại Bali.")
    assert [(m.series, m.partner) for m in _meetings(text)] == [("asean-partner-summit", "KR")]
