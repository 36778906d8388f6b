"""Round 9 of ASEAN's partner meetings: who meets whom, lists of frameworks, office titles, first meetings."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in _meetings(text) if m.series == series}


def test_ministers_meeting_each_partner_without_asean_said():
    text = ("Hội nghị ngoại trưởng\n\nViêng Chăn, ngày 28/7/2024 - Hôm qua, các Bộ trưởng cũng đã lần lượt họp với "
            "từng đối tác Nhật Bản, Ấn Độ, New Zealand và Canada.")
    assert _partners(text, "asean-partner-other") == {"JP", "IN", "NZ", "CA"}


def test_the_forum_last_in_a_list_of_frameworks_under_a_ministers_head():
    text = ("Ngoại trưởng dự hội nghị\n\nViêng Chăn, ngày 28/7/2024 - Sáng 27/7, Bộ trưởng Bùi Thanh Sơn tham dự "
            "Hội nghị Bộ trưởng Ngoại giao ASEAN+3, EAS và ARF.")
    assert {m.series for m in _meetings(text)} >= {"apt-other", "eas-other", "arf"}


def test_meetings_with_ten_partners_name_no_one_meeting_and_related_meetings_share_the_heads_level():
    text = ("Khai mạc AMM\n\nViêng Chăn, ngày 28/7/2024 - Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và các hội "
            "nghị liên quan, gồm các Hội nghị ASEAN+1 với 10 đối tác, ASEAN+3, EAS và ARF diễn ra tại Viêng Chăn "
            "từ ngày 24 đến 27/7.")
    found = _meetings(text)
    assert not [m for m in found if m.series.startswith("asean-partner")]
    assert {m.series for m in found} >= {"apt-other", "eas-other", "arf"}


def test_asean_plus_three_related_to_a_summit_is_the_leaders():
    text = ("Bế mạc Cấp cao\n\nViêng Chăn, ngày 12/10/2024 - Hội nghị Cấp cao ASEAN lần thứ 44 và các hội nghị liên "
            "quan, gồm các Hội nghị ASEAN+1 với 8 đối tác, ASEAN+3, EAS diễn ra tại Viêng Chăn từ ngày 8 đến 11/10.")
    assert "apt-summit" in {m.series for m in _meetings(text)}


def test_the_eus_high_representative_is_no_leaders_level():
    text = ("Ngoại trưởng ASEAN gặp EU\n\nViêng Chăn, ngày 27/7/2024 - Chiều 26/7, Hội nghị Bộ trưởng Ngoại giao ASEAN - "
            "EU với Đại diện cấp cao EU Josep Borrell đã diễn ra tại Viêng Chăn.")
    [eu] = [m for m in _meetings(text) if m.partner == "EU"]
    assert eu.series == "asean-partner-other" and "Borrell" not in eu.name


def test_a_date_ending_the_line_before_does_not_count_the_meeting():
    text = "Thứ Hai, 10/6/2024, 08:15\nHội nghị Nhóm chuyên gia ARF về an ninh mạng diễn ra tại Đà Nẵng."
    assert {m.series for m in _meetings(text)} == {"arf-other"}


def test_apt_written_as_its_acronym_at_leaders_level():
    text = ("Cấp cao APT\n\nViêng Chăn, ngày 11/10/2024 - Hội nghị cấp cao APT lần thứ 27 đã diễn ra tại Viêng Chăn.")
    assert [(m.series, m.ordinal) for m in _meetings(text)] == [("apt-summit", 27)]


def test_the_first_summit_said_as_a_word_after_its_name():
    text = ("Lịch sử EAS\n\nNgày 10/10/2024 - Hội nghị Cấp cao ASEAN - Nga lần đầu tiên được tổ chức tại Kuala Lumpur "
            "năm 2005. Hội nghị Cấp cao Đông Á lần đầu tiên có sự tham gia của Mỹ và Nga diễn ra tại Bali.")
    found = {(m.series, m.ordinal) for m in _meetings(text)}
    assert ("asean-partner-summit", 1) in found and ("eas", 1) not in found


def test_an_annual_summit_asean_and_one_partner_hold():
    text = "Tin\n\nNgày 9/10/2024, tại Viêng Chăn, ASEAN và Australia đã tổ chức Hội nghị cấp cao thường niên."
    assert _partners(text, "asean-partner-summit") == {"AU"}


def test_an_anniversary_meeting_a_president_attends_is_the_leaders():
    text = ("Tin\n\nNgày 26/10/2025, Tổng thống Mỹ cùng các nhà lãnh đạo ASEAN dự hội nghị kỷ niệm 48 năm quan hệ "
            "ASEAN - Mỹ tại Kuala Lumpur.")
    assert _partners(text, "asean-partner-summit") == {"US"}


def test_asean_foreign_ministers_and_one_partners_minister_met():
    text = "Tin\n\nNgày 10/7/2025, tại Kuala Lumpur, các ngoại trưởng ASEAN và Ngoại trưởng New Zealand đã nhóm họp."
    assert _partners(text, "asean-partner-other") == {"NZ"}


def test_an_asean_plus_one_meeting_takes_its_partner_from_a_bracket_or_the_subject():
    bracket = "Tin\n\nNgày 10/7/2025, tại Kuala Lumpur, Hội nghị ASEAN+1 (Nhật Bản) đã diễn ra."
    subject = ("Tin\n\nNgày 10/7/2025, Ngoại trưởng Hàn Quốc tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN+1 tại "
               "Kuala Lumpur.")
    assert _partners(bracket, "asean-partner-other") == {"JP"}
    assert _partners(subject, "asean-partner-other") == {"KR"}


def test_a_bodyless_summit_whose_subject_joins_one_partners_leader_with_asean():
    text = ("Tin\n\nNgày 10/10/2024, tại Viêng Chăn, Thủ tướng Ấn Độ Narendra Modi và lãnh đạo các nước ASEAN đã "
            "tham dự hội nghị thượng đỉnh.")
    assert _partners(text, "asean-partner-summit") == {"IN"}


def test_ministers_meeting_the_partners_themselves_and_the_three_of_asean_plus_three():
    each = "Tin\n\nNgày 25/7/2024, các Bộ trưởng ASEAN đã họp với Ấn Độ và Nga tại Viêng Chăn."
    three = ("Tin\n\nNgày 26/7/2024, các Bộ trưởng ASEAN đã họp với Trung Quốc, Nhật Bản và Hàn Quốc trong khuôn khổ "
             "ASEAN+3 tại Viêng Chăn.")
    assert _partners(each, "asean-partner-other") == {"IN", "RU"}
    assert [m.series for m in _meetings(three)] == ["apt-other"]


def test_a_partners_leader_by_name_and_asean_leaders_met():
    text = "Tin\n\nNgày 5/9/2023, tại Jakarta, Thủ tướng Modi và các nhà lãnh đạo ASEAN đã họp."
    assert _partners(text, "asean-partner-summit") == {"IN"}


def test_the_number_after_a_bracketed_acronym():
    text = "Tin\n\nNgày 26/10/2025, Hội nghị Cấp cao Đông Á (EAS) 20 diễn ra tại Kuala Lumpur."
    assert [(m.series, m.ordinal) for m in _meetings(text)] == [("eas", 20)]


def test_an_annual_meeting_leaders_hold_is_their_numbered_summit():
    text = ("Tin\n\nNgày 10/10/2024, tại Viêng Chăn, lãnh đạo ASEAN và Nhật Bản đã có cuộc họp thường niên lần thứ 27.")
    assert {(m.series, m.ordinal) for m in _meetings(text)} == {("asean-partner-summit", 27)}


def test_east_asian_leaders_meeting():
    text = "Tin\n\nNgày 11/10/2024, tại Viêng Chăn, Thủ tướng Úc dự Hội nghị các nhà lãnh đạo Đông Á."
    assert "eas" in {m.series for m in _meetings(text)}


def test_a_sitting_named_by_its_level_and_the_two_sides():
    text = "Tin\n\nNgày 6/9/2023, buổi họp cấp Bộ trưởng ASEAN - Canada đã diễn ra tại Jakarta."
    assert _partners(text, "asean-partner-other") == {"CA"}


def test_asean_and_one_partner_told_as_who_met():
    text = "Tin\n\nNgày 12/7/2024, Asean và New Zealand đã nhóm họp tại Viêng Chăn."
    assert _partners(text, "asean-partner-other") == {"NZ"}


def test_a_bare_meeting_attended_by_a_partners_minister_with_asean_ministers():
    text = ("Tin\n\nNgày 12/7/2024, Ngoại trưởng Blinken cùng các ngoại trưởng ASEAN dự cuộc họp tại Viêng Chăn.")
    assert _partners(text, "asean-partner-other") == {"US"}


def test_a_schedules_items_fall_on_the_day_its_head_gives():
    text = ("Lịch trình Cấp cao\n\nViêng Chăn, ngày 8/10/2024 - Các hoạt động của Thủ tướng.\nChương trình ngày 10/10:\n"
            "- 9h30: Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 27\n- 15h00: Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 25\n"
            "Chương trình ngày 11/10:\n- 10h00: Hội nghị Cấp cao Đông Á lần thứ 19")
    days = {(m.series, m.partner): m.start for m in _meetings(text)}
    assert days[("asean-partner-summit", "CN")] == days[("asean-partner-summit", "KR")] == "2024-10-10"
    assert days[("eas", None)] == "2024-10-11"


def test_the_foreign_ministers_meeting_by_its_initials():
    text = ("Tin\n\nNgày 26/7/2024, Hội nghị BTNG EAS lần thứ 14 và HNBTNG ASEAN - Nhật Bản đã diễn ra tại "
            "Viêng Chăn.")
    found = {(m.series, m.partner) for m in _meetings(text)}
    assert found >= {("eas-other", None), ("asean-partner-other", "JP")}


def test_a_meeting_with_asean_whose_subject_is_one_partners_leader_or_minister():
    leader = "Tin\n\nNgày 10/10/2024, tại Viêng Chăn, Thủ tướng Canada dự hội nghị với ASEAN."
    minister = "Tin\n\nNgày 26/7/2024, Ngoại trưởng Úc dự cuộc họp với các nước ASEAN tại Viêng Chăn."
    assert _partners(leader, "asean-partner-summit") == {"CA"}
    assert _partners(minister, "asean-partner-other") == {"AU"}


def test_listed_partner_meetings_each_with_its_number_in_brackets():
    text = ("Tin\n\nNgày 10/10/2024, các hội nghị ASEAN với các đối tác: ASEAN - Nhật Bản (lần thứ 27), ASEAN - Hàn "
            "Quốc (lần thứ 25) đã diễn ra tại Viêng Chăn.")
    assert {(m.partner, m.ordinal) for m in _meetings(text)} == {("JP", 27), ("KR", 25)}


def test_asean_plus_one_among_listed_frameworks_names_no_meeting():
    text = ("Tin\n\nHội nghị Cấp cao ASEAN 45 và các hội nghị liên quan (ASEAN+1, ASEAN+3, EAS) diễn ra tại Viêng Chăn "
            "từ 8-11/10/2024.")
    assert not [m for m in _meetings(text) if m.series.startswith("asean-partner")]


def test_a_summit_with_a_partner_said_without_its_noun_in_an_article_about_asean():
    text = "Cấp cao ASEAN\n\nNgày 10/10/2024, tại thượng đỉnh với Nhật Bản, lãnh đạo ASEAN kêu gọi hợp tác."
    assert _partners(text, "asean-partner-summit") == {"JP"}


def test_a_special_summit_a_partners_known_leader_hosts():
    text = ("Tin ASEAN\n\nNgày 13/5/2022, Tổng thống Joe Biden chủ trì Hội nghị Cấp cao đặc biệt tại Nhà Trắng với sự "
            "tham dự của lãnh đạo ASEAN.")
    assert _partners(text, "asean-partner-summit") == {"US"}


def test_a_numbered_consultation_between_asean_and_a_partner():
    text = "Tin\n\nNgày 13/5/2024, cuộc tham vấn lần thứ 30 giữa ASEAN và Trung Quốc diễn ra tại Bắc Kinh."
    assert {(m.partner, m.ordinal) for m in _meetings(text)} == {("CN", 30)}


def test_leaders_meeting_partners_none_named_is_no_asean_summit():
    text = "Tin ASEAN\n\nNgày 10/10/2024, tại Viêng Chăn, lãnh đạo ASEAN họp với lãnh đạo các nước đối tác."
    assert _meetings(text) == []


def test_the_same_day_said_right_after_the_name():
    text = ("Tin ASEAN\n\nNgày 26/7/2024, tại Viêng Chăn, Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ đã diễn ra. "
            "Hội nghị Bộ trưởng Ngoại giao ASEAN - Canada cùng ngày bàn về an ninh biển.")
    [ca] = [m for m in _meetings(text) if m.partner == "CA"]
    assert ca.start == "2024-07-26"


def test_a_ten_plus_one_meeting_a_head_of_government_speaks_at_is_the_leaders():
    text = "Tin\n\nNgày 10/10/2024, tại Viêng Chăn, Thủ tướng Lý Cường nêu đề xuất tại Hội nghị 10+1."
    assert _partners(text, "asean-partner-summit") == {"CN"}


def test_a_levelless_partner_meeting_in_an_article_of_leaders_meetings_is_the_leaders():
    text = ("Tin ASEAN\n\nNgày 11/10/2024, Hội nghị Cấp cao ASEAN lần thứ 45 bế mạc tại Viêng Chăn. Chiều cùng ngày, "
            "Hội nghị ASEAN - Canada đã diễn ra.")
    assert _partners(text, "asean-partner-summit") == {"CA"}


def test_a_summit_between_a_partner_and_the_ten_asean_countries():
    text = "Tin\n\nNgày 10/10/2024, Hội nghị cấp cao giữa Canada và 10 nước ASEAN diễn ra tại Viêng Chăn."
    assert _partners(text, "asean-partner-summit") == {"CA"}


def test_a_meeting_between_a_partners_minister_and_the_asean_ministers():
    text = ("Tin\n\nNgày 26/7/2024, cuộc họp giữa Ngoại trưởng Australia và các Ngoại trưởng ASEAN diễn ra tại "
            "Viêng Chăn.")
    assert _partners(text, "asean-partner-other") == {"AU"}


def test_asean_leaders_separate_meetings_with_each_partners_leaders():
    text = ("Tin\n\nNgày 29/11/2004, tại Viêng Chăn, các nhà lãnh đạo ASEAN đã có các cuộc gặp riêng rẽ với lãnh đạo "
            "Ấn Độ, Australia và New Zealand.")
    assert _partners(text, "asean-partner-summit") == {"IN", "AU", "NZ"}


def test_asean_ministers_meeting_the_partners_ministers_said_in_the_plural():
    text = ("Tin\n\nNgày 29/7/2005, tại Viêng Chăn, các Bộ trưởng ASEAN đã gặp các Bộ trưởng Ngoại giao Nga và "
            "Canada.")
    assert _partners(text, "asean-partner-other") == {"RU", "CA"}


def test_a_forum_workshop_is_one_of_its_other_meetings():
    text = "Tin\n\nNgày 6/6/2024, Hội thảo ARF về an ninh mạng diễn ra tại Đà Nẵng."
    assert [m.series for m in _meetings(text)] == ["arf-other"]


def test_a_bare_meeting_of_both_sides_under_a_title_naming_asean_and_one_partner():
    text = ("ASEAN - Ấn Độ: Thúc đẩy kết nối\n\n11/10/2024 18:00 GMT+7\n\nTại hội nghị hôm qua ở Viêng Chăn, lãnh đạo "
            "hai bên nhất trí đẩy mạnh kết nối.")
    assert _partners(text, "asean-partner-summit") == {"IN"}


def test_the_frameworks_senior_officials_listed_under_one_plural_head():
    text = "Tin\n\nNgày 5/6/2024, các Hội nghị SOM ASEAN, SOM ASEAN+3, SOM EAS và SOM ARF đã diễn ra."
    assert {m.series for m in _meetings(text)} == {"asean-som", "apt-other", "eas-other", "arf-other"}


def test_numbers_and_english_names_a_translated_page_keeps():
    trailing = "Tin\n\nNgày 10/10/2024, Hội nghị thượng đỉnh ASEAN-Nhật Bản 27 diễn ra tại Viêng Chăn."
    english = "Tin\n\nNgày 10/10/2024, ASEAN+3 Summit lần thứ 27 diễn ra tại Viêng Chăn."
    assert [(m.series, m.ordinal) for m in _meetings(trailing)] == [("asean-partner-summit", 27)]
    assert [(m.series, m.ordinal) for m in _meetings(english)] == [("apt-summit", 27)]


def test_a_name_holding_sang_kien_is_not_cut_at_the_morning():
    text = ("Tin\n\nNgày 25/7/2024, Hội nghị Bộ trưởng Sáng kiến Hạ nguồn Mekong lần thứ 15 diễn ra tại Viêng Chăn.")
    assert [(m.series, m.ordinal) for m in _meetings(text)] == [("subregional", 15)]


def test_cooperating_is_not_meeting():
    for sentence in ("Ngày 3/8/2024, ASEAN và Mỹ hợp tác chặt chẽ tại Viêng Chăn.",
                     "Ngày 3/8/2024, các Bộ trưởng ASEAN hợp tác với Nhật Bản tại Viêng Chăn."):
        assert _meetings("Tin\n\n" + sentence) == []
