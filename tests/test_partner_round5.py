"""Round 5 of ASEAN's meetings with its partners: forms found by probing with sentences written for the tests
(the meetings with China on the South China Sea conduct texts, ...)."""
from __future__ import annotations

import pytest

from written import meetings_of

PUBLISHED = "2023-08-10"


def read(sentence: str, published: str = PUBLISHED):
    return meetings_of(f"Tin đối ngoại\n\n{sentence}", published=published)


def keyed(sentence: str):
    return {(m.series, m.partner, m.ordinal) for m in read(sentence)}


# The DOC and the COC are ASEAN's texts with China: their officials' meetings and negotiating rounds meet China.
@pytest.mark.parametrize("sentence, ordinal", [
    ("Sáng 8/8, Hội nghị SOM DOC lần thứ 22 đã họp tại Bali.", 22),
    ("Hôm 8/8, Hội nghị Quan chức cao cấp về thực hiện DOC lần thứ 22 họp tại Bali.", 22),
    ("Ngày 8/8, tại Bali, ASEAN và Trung Quốc bước vào vòng đàm phán mới về COC.", None),
])
def test_a_meeting_on_the_conduct_texts_is_asean_meeting_china(sentence, ordinal):
    assert ("asean-partner-other", "CN", ordinal) in keyed(sentence)


def test_the_declarations_full_title_with_its_sea_stays_in_the_name_with_its_number():
    found = read("Ngày 8/8, tại Bali, Hội nghị các quan chức cấp cao ASEAN - Trung Quốc về thực hiện Tuyên bố về "
                 "ứng xử của các bên ở Biển Đông (SOM DOC) lần thứ 22 đã được tổ chức.")
    rec = next(m for m in found if m.series == "asean-partner-other")
    assert (rec.partner, rec.ordinal, rec.start, rec.city) == ("CN", 22, "2023-08-08", "Bali")
    assert rec.name.endswith("(SOM DOC) lần thứ 22")


def test_a_doc_read_as_a_word_is_no_conduct_text():
    # Folded, "độc" is "doc": only the capitalised acronym names the Declaration.
    assert ("asean-partner-other", "CN", None) not in keyed(
        "Ngày 8/8, Hội nghị Bộ trưởng Y tế ASEAN về phòng chống chất độc hóa học họp tại Bali.")


# "(PMC+1) với X": the foreign ministers' meeting with each partner, the acronym said before the partners.
def test_the_partners_after_the_pmc_acronym_each_get_their_meeting():
    found = read("Ngày 13/7, Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN với các đối tác (PMC+1) với "
                 "Hàn Quốc, Ấn Độ và Úc tại Jakarta.")
    assert {m.partner for m in found if m.series == "asean-partner-other"} >= {"KR", "IN", "AU"}


def test_the_pmc_acronym_in_brackets_opens_no_list():
    found = read("Ngày 12/7, Hội nghị Bộ trưởng Ngoại giao ASEAN với các Đối tác đối thoại (PMC) diễn ra tại Jakarta.")
    rec = next(m for m in found if m.series == "asean-partner-other")
    assert rec.name == "Hội nghị Bộ trưởng Ngoại giao ASEAN với các Đối tác đối thoại (PMC)"
    assert rec.partner is None


def test_pmc_plus_ten_names_its_one_partner():
    assert ("asean-partner-other", "KR", None) in keyed("Ngày 12/7, Hội nghị PMC+10 với Hàn Quốc họp tại Jakarta.")


# A meeting of ASEAN and one partner said without its level: the leaders' when a head of government is the actor.
@pytest.mark.parametrize("sentence, partner, series", [
    ("Chiều 6/9, Thủ tướng dự Hội nghị ASEAN - Ấn Độ tại Jakarta.", "IN", "asean-partner-summit"),
    ("Tại Hội nghị ASEAN+1 với Nhật Bản hôm 6/9, Thủ tướng đề nghị hai bên mở rộng đầu tư.", "JP",
     "asean-partner-summit"),
    ("Chiều 13/7, Phó Thủ tướng dự Hội nghị ASEAN - Ấn Độ tại Jakarta.", "IN", "asean-partner-other"),
    ("Chiều 13/7, Bộ trưởng Ngoại giao dự Hội nghị ASEAN - Canada tại Jakarta.", "CA", "asean-partner-other"),
])
def test_a_partner_meeting_without_its_level_is_the_leaders_when_a_leader_attends(sentence, partner, series):
    assert (series, partner, None) in keyed(sentence)


def test_a_named_ministers_meeting_stays_the_ministers_whoever_attends():
    assert ("asean-partner-other", "CN", None) in keyed(
        "Ngày 13/7, Thủ tướng chúc mừng Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc diễn ra tại Jakarta.")


def test_each_partner_of_a_levelless_list_is_the_leaders_when_a_leader_attends():
    found = read("Ngày 6/9, Thủ tướng tham dự hội nghị ASEAN+1 với Ấn Độ và Úc.")
    assert {(m.series, m.partner) for m in found} >= {("asean-partner-summit", "IN"), ("asean-partner-summit", "AU")}


def test_a_datelines_date_and_the_leads_first_day_make_no_span():
    found = meetings_of("Tin đối ngoại\n\nHà Nội, 14/7/2023 - Ngày 13/7, tại Jakarta, Phó Thủ tướng đồng chủ trì "
                        "Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ.")
    rec = next(m for m in found if m.partner == "IN")
    assert (rec.start, rec.end, rec.city) == ("2023-07-13", "2023-07-13", "Jakarta")


def test_a_span_whose_second_end_is_in_lower_case_still_joins():
    found = read("Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ họp từ 12/7 - ngày 13/7 tại Jakarta.")
    rec = next(m for m in found if m.partner == "IN")
    assert (rec.start, rec.end) == ("2023-07-12", "2023-07-13")


def test_the_meeting_with_all_partners_and_the_one_with_a_partner_stay_two():
    found = read("Ngày 12/7, Hội nghị Bộ trưởng Ngoại giao ASEAN với các Đối tác đối thoại (PMC) diễn ra tại Jakarta. "
                 "Tại Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản, Bộ trưởng đề nghị hai bên thúc đẩy đầu tư.")
    partners = sorted((m.partner or "") for m in found if m.series == "asean-partner-other")
    assert partners == ["", "JP"]


# Older copy: "TQ" for China, "10+1" for ASEAN and one partner, "các nhà lãnh đạo" as the leaders attending.
@pytest.mark.parametrize("sentence, key", [
    ("Sáng 29/11, Thủ tướng dự hội nghị ASEAN - TQ tại Vientiane.", ("asean-partner-summit", "CN", None)),
    ("Ngày 29/11, tại Vientiane, các nhà lãnh đạo dự hội nghị 10+1 với Hàn Quốc.", ("asean-partner-summit", "KR", None)),
    ("Ngày 29/11, tại Vientiane, Thủ tướng dự hội nghị ASEAN+3 lần thứ 8.", ("apt-summit", None, 8)),
    ("Ngày 29/11, tại Vientiane, hội nghị ASEAN+3 đã thông qua kế hoạch hành động.", ("apt-other", None, None)),
])
def test_older_forms_of_partner_meetings(sentence, key):
    assert key in keyed(sentence)


def test_a_summit_meeting_told_as_a_cuoc_gap_of_asean_and_one_partner():
    assert ("asean-partner-summit", "IN", 2) in keyed(
        "Ngày 8/10, tại Bali, lãnh đạo ASEAN và Ấn Độ đã có cuộc gặp thượng đỉnh lần thứ hai.")


def test_a_meeting_with_a_partners_head_of_government_is_the_leaders():
    assert ("asean-partner-summit", "AU", None) in keyed(
        "Ngày 11/12, tại Kuala Lumpur, các nhà lãnh đạo ASEAN có cuộc họp với Thủ tướng Úc John Howard.")


# A meeting named by its noun alone whose sentence says ASEAN and one partner met at it, with its day or place.
@pytest.mark.parametrize("sentence, partner", [
    ("Ngoại trưởng các nước ASEAN và Hàn Quốc đã ra tuyên bố chung tại cuộc họp ở Manila hôm 6/8.", "KR"),
    ("Tại cuộc họp ở Manila hôm 6/8, ngoại trưởng ASEAN và Ấn Độ đã nhất trí tăng cường kết nối.", "IN"),
    ("Ngày 6/8, ASEAN và Nhật Bản đã tổ chức cuộc họp cấp bộ trưởng tại Manila.", "JP"),
])
def test_a_bare_meeting_of_asean_and_one_partner_told_by_who_met(sentence, partner):
    assert ("asean-partner-other", partner, None) in keyed(sentence)


@pytest.mark.parametrize("sentence", [
    # Referring back to a meeting named before, or no day nor place to tell it apart.
    "Ngày 6/8, Việt Nam sẽ chủ trì thảo luận giữa ASEAN và Nhật Bản tại Hội nghị này.",
    "Ngoại trưởng ASEAN và Hàn Quốc đã nhất trí tại cuộc họp rằng hai bên cần thúc đẩy kết nối.",
    # The Indian Ocean is no partner.
    "Ngày 6/8, hội nghị tại Jakarta bàn về cảnh báo sóng thần ở ASEAN và Ấn Độ Dương.",
])
def test_no_bare_meeting_without_its_own_day_or_place_or_partner(sentence):
    assert not [m for m in read(sentence) if m.series.startswith("asean-partner")]


# The day said before a frame ("bên lề", "nhân dịp dự", "trong khuôn khổ" the Summit) is the day of the meeting
# attended within it.
@pytest.mark.parametrize("sentence", [
    "Chiều 7/10, bên lề Hội nghị Cấp cao ASEAN 44, Thủ tướng dự Hội nghị Cấp cao ASEAN - Ấn Độ.",
    "Chiều 7/10, nhân dịp tham dự Hội nghị Cấp cao ASEAN lần thứ 44 tại Vientiane, Thủ tướng dự Hội nghị Cấp cao "
    "ASEAN - Ấn Độ.",
    "Chiều 7/10, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 44, Thủ tướng dự Hội nghị Cấp cao ASEAN - Ấn Độ.",
])
def test_the_day_before_a_frame_dates_the_partner_meeting_attended_within_it(sentence):
    found = meetings_of(f"Tin đối ngoại\n\n{sentence}", published="2024-10-08")
    rec = next(m for m in found if m.partner == "IN")
    assert (rec.series, rec.start, rec.end) == ("asean-partner-summit", "2024-10-07", "2024-10-07")


def test_the_partners_listed_after_a_frame_share_the_day():
    found = meetings_of("Tin đối ngoại\n\nNgày 7/10, bên lề Hội nghị Cấp cao ASEAN 44, Thủ tướng dự các hội nghị với "
                        "Ấn Độ, Úc và Canada.", published="2024-10-08")
    dated = {(m.partner, m.start) for m in found if m.series == "asean-partner-summit"}
    assert dated == {("IN", "2024-10-07"), ("AU", "2024-10-07"), ("CA", "2024-10-07")}


def test_the_partners_cochair_said_after_the_name_is_not_part_of_it():
    found = read("Ngày 13/7, Phó Thủ tướng đồng chủ trì Hội nghị ASEAN - Ấn Độ với Ngoại trưởng Ấn Độ tại Jakarta.")
    rec = next(m for m in found if m.partner == "IN")
    assert rec.name == "Hội nghị ASEAN - Ấn Độ"


def test_a_name_that_says_its_partner_only_by_the_office_holder_keeps_it():
    found = read("Ngày 11/12, tại Kuala Lumpur, các nhà lãnh đạo ASEAN có cuộc họp với Thủ tướng Úc John Howard.")
    assert any(m.partner == "AU" and "Thủ tướng Úc" in m.name for m in found)


def test_the_title_meeting_takes_the_day_and_format_of_a_lead_that_names_no_meeting():
    found = meetings_of("Thủ tướng dự Hội nghị Cấp cao ASEAN - Úc lần thứ 2\n\nChiều 27/10/2022, Thủ tướng đã tham dự "
                        "hội nghị theo hình thức trực tuyến.")
    rec = next(m for m in found if m.partner == "AU")
    assert (rec.start, rec.end, rec.format) == ("2022-10-27", "2022-10-27", "online")


def test_the_title_meeting_takes_both_the_day_and_the_place_of_the_lead():
    found = meetings_of("Hội nghị Cấp cao ASEAN - Ấn Độ\n\nSáng 12/11/2022, tại Phnom Penh, Thủ tướng đã dự Hội nghị.")
    rec = next(m for m in found if m.partner == "IN")
    assert (rec.start, rec.city) == ("2022-11-12", "Phnom Penh")


def test_a_partner_said_in_brackets_after_asean_plus_one_with_a_leader_attending():
    assert ("asean-partner-summit", "KR", None) in keyed("Ngày 6/9, Thủ tướng dự Hội nghị ASEAN+1 (với Hàn Quốc) tại Jakarta.")


def test_the_officials_meeting_that_a_partner_and_asean_hold():
    assert ("asean-partner-other", "CN", None) in keyed(
        "Trung Quốc và ASEAN đã nhất trí về dự thảo khung COC tại cuộc họp các quan chức cấp cao ở Bali hồi tháng 5.")


def test_the_acronym_in_a_lists_head_leaves_the_lists_date_to_every_partner():
    found = read("Ngày 6/8, Bộ trưởng dự các Hội nghị Bộ trưởng Ngoại giao ASEAN với các Đối tác (PMC+1) với Ấn Độ, "
                 "Úc, Canada.")
    assert {(m.partner, m.start) for m in found if m.series == "asean-partner-other"} == {
        ("IN", "2023-08-06"), ("AU", "2023-08-06"), ("CA", "2023-08-06")}


@pytest.mark.parametrize("sentence, ordinal", [
    ("Ngày 4/8, Bộ trưởng dự Hội nghị EAS FMM lần thứ 8 tại Bangkok.", 8),
    ("Ngày 4/8, Bộ trưởng dự Hội nghị EAS EMM lần thứ 8 tại Bangkok.", 8),
])
def test_the_east_asia_summits_ministers_by_their_acronym(sentence, ordinal):
    found = read(sentence)
    rec = next(m for m in found if m.series.startswith("eas"))
    assert (rec.series, rec.ordinal, rec.start) == ("eas-other", ordinal, "2023-08-04")


def test_a_partners_leader_hosting_a_meeting_with_asean_leaders():
    assert ("asean-partner-summit", "AU", None) in keyed(
        "Ngày 4/3, Thủ tướng Úc chủ trì cuộc gặp với các nhà lãnh đạo ASEAN tại Sydney.")


@pytest.mark.parametrize("opener", ["Ngay sau đó", "Tiếp đó", "Buổi chiều"])
def test_the_next_act_of_the_day_falls_on_the_day_told_before(opener):
    found = read(f"Sáng 10/10, tại Vientiane, Thủ tướng dự Hội nghị Cấp cao ASEAN+3. {opener}, Thủ tướng dự Hội nghị "
                 "Cấp cao ASEAN - Canada.")
    rec = next(m for m in found if m.partner == "CA")
    assert (rec.start, rec.end) == ("2023-10-10", "2023-10-10")


def test_a_partner_summit_in_the_week_of_a_placed_summit_meets_in_its_city():
    found = read("Sáng 10/10, tại Vientiane, Thủ tướng dự Hội nghị Cấp cao ASEAN+3. Ngày 11/10, Thủ tướng dự Hội nghị "
                 "Cấp cao ASEAN - Canada.")
    rec = next(m for m in found if m.partner == "CA")
    assert (rec.start, rec.city, rec.country) == ("2023-10-11", "Vientiane", "LA")


def test_a_partner_summit_weeks_away_from_the_summit_is_not_placed_by_it():
    found = read("Sáng 10/10, tại Vientiane, Thủ tướng dự Hội nghị Cấp cao ASEAN+3. Ngày 12/12, Thủ tướng sẽ dự Hội nghị "
                 "Cấp cao kỷ niệm ASEAN - Canada.")
    rec = next(m for m in found if m.partner == "CA")
    assert rec.city is None


# English names a translated page keeps, with an English ordinal or a Vietnamese one after them.
@pytest.mark.parametrize("sentence, key", [
    ("Ngày 10/10, Thủ tướng dự 27th ASEAN-Korea Summit tại Vientiane.", ("asean-partner-summit", "KR", 27)),
    ("Ngày 10/10, tại Vientiane, ASEAN-India Summit lần thứ 21 đã diễn ra.", ("asean-partner-summit", "IN", 21)),
    ("Ngày 11/10, Thủ tướng dự East Asia Summit (EAS) lần thứ 19 tại Vientiane.", ("eas", None, 19)),
])
def test_english_summit_names(sentence, key):
    assert key in keyed(sentence)


def test_a_levelless_mention_of_a_partner_meeting_named_with_its_level_is_that_meeting():
    found = read("Ngày 10/10, tại Vientiane, Thủ tướng dự Hội nghị Cấp cao ASEAN - Canada lần thứ 2. Hội nghị ASEAN - "
                 "Canada năm nay đánh dấu 47 năm quan hệ hai bên.")
    assert [(m.series, m.partner) for m in found if m.partner == "CA"] == [("asean-partner-summit", "CA")]


def test_defence_ministers_of_the_asean_countries_expanded_is_admm_plus():
    found = read("Ngày 1/11, tại Kuala Lumpur, hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng đã diễn ra.")
    assert [m.series for m in found] == ["admm-plus"]


# ASEAN by its region or as "khối ASEAN", the partner first, "đầu tiên" before "giữa".
@pytest.mark.parametrize("sentence, partner", [
    ("Ngày 12/12, hội nghị thượng đỉnh giữa Ấn Độ và các nước Đông Nam Á đã diễn ra tại Kuala Lumpur.", "IN"),
    ("Ngày 12/12, hội nghị thượng đỉnh đầu tiên giữa Úc và ASEAN đã diễn ra tại Kuala Lumpur.", "AU"),
    ("Ngày 12/12, hội nghị thượng đỉnh Nga - khối ASEAN đã diễn ra tại Kuala Lumpur.", "RU"),
    ("Ngày 12/12, Tổng thống Nga đã dự hội nghị thượng đỉnh với các nhà lãnh đạo Đông Nam Á tại Kuala Lumpur.", "RU"),
])
def test_asean_named_by_its_region_or_as_a_bloc(sentence, partner):
    assert ("asean-partner-summit", partner, None) in keyed(sentence)


def test_education_ministers_of_southeast_asia_stay_seameo():
    assert ("other-multilateral", None, None) in keyed(
        "Ngày 12/12, Hội nghị Bộ trưởng Giáo dục các nước Đông Nam Á đã diễn ra tại Bangkok.")


def test_asean_ministers_meeting_the_partners_counterpart():
    assert ("asean-partner-other", "IN", None) in keyed(
        "Ngày 28/11, các ngoại trưởng ASEAN đã họp với người đồng cấp Ấn Độ tại Vientiane.")


def test_an_asean_plus_one_meeting_naming_no_partner_is_with_the_titles_one_partner():
    found = meetings_of("ASEAN và Ấn Độ ký hiệp định mới\n\nNgày 29/11/2004, tại Vientiane, các nhà lãnh đạo đã ký hiệp "
                        "định. Trong cuộc gặp thượng đỉnh 10+1 hôm 29/11/2004, hai bên thảo luận về an ninh khu vực.")
    assert ("asean-partner-summit", "IN") in {(m.series, m.partner) for m in found}


def test_an_asean_plus_one_meeting_with_several_partners_in_the_title_takes_none():
    found = meetings_of("ASEAN, Trung Quốc và Nhật Bản hợp tác\n\nTrong cuộc gặp thượng đỉnh 10+1 hôm 29/11/2004, hai "
                        "bên thảo luận về an ninh khu vực.")
    assert all(m.partner is None for m in found if m.series.startswith("asean-partner"))


def test_senior_consultations_are_below_leaders():
    assert ("asean-partner-other", "CN", 25) in keyed(
        "Ngày 20/6, Hội nghị tham vấn cấp cao ASEAN - Trung Quốc lần thứ 25 diễn ra tại Bắc Kinh.")
