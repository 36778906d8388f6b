"""Who chairs a meeting, round 11: the chair said by its subject, by a person, by co-chairs of an ASEAN+1 meeting,
in a later sentence. Sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, only


# "Thái Lan chủ trì Hội nghị ...": the country right before "chủ trì" chairs the meeting named next, even one held
# online the year another member chairs ASEAN.

def test_a_country_said_to_chair_the_meeting_named_next_chairs_it():
    text = "Ngày 14/5/2020, Thái Lan chủ trì cuộc họp Quan chức cao cấp ASEAN+3 theo hình thức trực tuyến."
    assert only(meetings_of(text), "apt-other").chair == "TH"


def test_a_minister_whose_title_names_his_country_chairs_the_meeting_named_next():
    text = ("Ngày 3/6/2021, Bộ trưởng Ngoại giao Indonesia Retno Marsudi chủ trì Hội nghị Bộ trưởng Ngoại giao "
            "ASEAN - Hàn Quốc theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-partner-other").chair == "ID"


def test_a_vietnamese_minister_named_without_country_chairs_for_viet_nam():
    text = ("Sáng 22/10/2020, Bộ trưởng Lao động Đào Ngọc Dung chủ trì Hội nghị Bộ trưởng Lao động ASEAN lần "
            "thứ 26 theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-sectoral").chair == "VN"


def test_an_apposition_between_the_subject_and_its_verb_is_skipped():
    text = ("Ngày 9/11/2022, Bộ trưởng Thương mại Campuchia Pan Sorasak, Chủ tịch AEM năm nay, chủ trì phiên khai "
            "mạc Hội nghị Bộ trưởng Năng lượng ASEAN đặc biệt theo hình thức trực tuyến.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"


# "do Bộ trưởng Công Thương Trần Tuấn Anh chủ trì": the chairing person's name tells the country.

def test_a_vietnamese_person_said_after_do_chairs_for_viet_nam():
    text = ("Ngày 26/8/2020, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 khai mạc theo hình thức trực tuyến, do "
            "Bộ trưởng Công Thương Trần Tuấn Anh chủ trì.")
    assert only(meetings_of(text), "aem").chair == "VN"


def test_a_known_foreign_leader_said_after_duoi_su_chu_tri_cua_chairs_for_his_country():
    text = ("Hội nghị Bộ trưởng Y tế ASEAN đặc biệt diễn ra trực tuyến ngày 7/4/2021 dưới sự chủ trì của "
            "Thủ tướng Hun Sen.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"


# ASEAN and one partner meet under two co-chairs: the member among them chairs on ASEAN's side.

def test_the_member_of_two_co_chairs_chairs_an_asean_plus_one_meeting():
    text = ("Ngày 6/8/2021, Thái Lan và Australia đồng chủ trì cuộc họp SOM ASEAN - Australia theo hình thức "
            "trực tuyến.")
    assert only(meetings_of(text), "asean-partner-other").chair == "TH"


def test_co_chairing_leaders_after_do_name_the_member_country():
    text = ("Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 24 diễn ra ngày 11/11/2022 tại Phnom Penh, do Thủ tướng "
            "Hàn Quốc và Thủ tướng Lào đồng chủ trì.")
    assert only(meetings_of(text), "asean-partner-summit").chair == "LA"


# A later sentence points back to the meeting as the one chaired.

def test_the_chair_of_the_meeting_said_as_a_title_in_a_later_sentence():
    text = ("Hội nghị Bộ trưởng Văn hóa ASEAN lần thứ 9 khai mạc sáng 24/10/2022. Bộ trưởng Văn hóa Campuchia "
            "Phoeurng Sackona, Chủ tịch Hội nghị, phát biểu khai mạc.")
    assert only(meetings_of(text), "asean-sectoral").chair == "KH"


def test_the_country_of_the_year_chairing_the_meeting_in_a_later_sentence():
    text = ("Hội nghị Bộ trưởng Giáo dục ASEAN đặc biệt diễn ra trực tuyến ngày 8/6/2021. Brunei, nước Chủ tịch "
            "ASEAN năm nay, chủ trì Hội nghị.")
    assert only(meetings_of(text), "asean-sectoral").chair == "BN"


def test_chu_tri_hoi_nghi_la_names_the_chair_after():
    text = ("Ngày 3/3/2024, Hội nghị Bộ trưởng Lao động ASEAN lần thứ 28 đã diễn ra trực tuyến. Chủ trì Hội nghị "
            "là Bộ trưởng Lao động Lào.")
    assert only(meetings_of(text), "asean-sectoral").chair == "LA"


def test_the_coordinator_co_chairing_the_meeting_in_a_later_sentence_chairs_it():
    text = ("Ngày 2/8/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN - Canada đã diễn ra tại Jakarta. Malaysia, với tư "
            "cách nước điều phối quan hệ ASEAN - Canada, đồng chủ trì Hội nghị.")
    assert only(meetings_of(text), "asean-partner-other").chair == "MY"


# The member coordinating ASEAN's relations with a partner, said to chair, chairs the meeting with that partner.

def test_the_coordinator_of_the_relation_said_to_chair_chairs_the_partner_meeting():
    text = ("Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 25 diễn ra ngày 6/9/2023 tại Jakarta. Malaysia hiện là nước "
            "điều phối quan hệ ASEAN - Hàn Quốc và sẽ chủ trì phần thảo luận tại Hội nghị này.")
    assert only(meetings_of(text), "asean-partner-summit").chair == "MY"



# Before the Charter the chair passed in July to the host of the next Summit: January to July, the host of the
# previous year's Summit chaired whatever met; from August, the host of the Summit to come.

def test_a_summit_meeting_in_january_2007_was_chaired_by_the_previous_years_chair():
    text = "CEBU, 15/1/2007 - Hội nghị Cấp cao Đông Á lần thứ 2 đã diễn ra hôm nay."
    assert only(meetings_of(text, published="2007-01-15"), "eas").chair == "PH"


def test_a_summit_due_in_december_2008_was_chaired_by_thailand():
    text = "Hội nghị Cấp cao ASEAN sẽ diễn ra tại Chiang Mai vào giữa tháng 12/2008."
    assert only(meetings_of(text, published="2008-11-20"), "asean-summit").chair == "TH"


# A country said to organise the meeting hosts and chairs it; the economic ministers meet, as the sectoral bodies do,
# in the member that chairs them.

def test_a_country_said_to_organise_an_online_meeting_chairs_it():
    text = ("Ngày 10/3/2020, Việt Nam đã tổ chức Hội nghị Bộ trưởng Kinh tế ASEAN hẹp theo hình thức trực tuyến.")
    assert only(meetings_of(text), "aem").chair == "VN"


def test_an_economic_ministers_meeting_in_the_chair_country_is_chaired_by_it():
    text = "Ngày 23/9/2025, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57 đã khai mạc tại Kuala Lumpur, Malaysia."
    assert only(meetings_of(text), "aem").chair == "MY"


# "do Indonesia - nước Chủ tịch ASEAN 2023 - chủ trì", "được chủ trì bởi Philippines": ASEAN named in the apposition
# is no chair, the country is.

def test_a_country_with_a_dashed_apposition_naming_asean_chairs():
    text = ("Ngày 24/8/2023, Hội nghị Bộ trưởng Môi trường ASEAN đặc biệt do Indonesia - nước Chủ tịch ASEAN 2023 - "
            "chủ trì đã diễn ra trực tuyến.")
    assert only(meetings_of(text), "asean-sectoral").chair == "ID"


def test_a_passive_duoc_chu_tri_boi_names_the_chair():
    text = "Hội nghị Bộ trưởng Nông Lâm ASEAN được chủ trì bởi Malaysia ngày 26/9/2024 theo hình thức trực tuyến."
    assert only(meetings_of(text), "asean-sectoral").chair == "MY"


# The host of a UN climate conference or of a Francophonie summit presides over it.

def test_the_host_of_a_climate_conference_presides_over_it():
    text = "Hội nghị COP30 diễn ra tại Belém, Brazil từ ngày 10 đến 21/11/2025."
    (m,) = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert m.chair == "BR"


def test_the_host_of_a_francophonie_summit_presides_over_it():
    text = "Hội nghị Thượng đỉnh Pháp ngữ lần thứ 18 diễn ra tại Djerba, Tunisia ngày 19-20/11/2022."
    (m,) = [m for m in meetings_of(text) if m.series == "other-multilateral"]
    assert m.chair == "TN"


def test_a_meeting_noun_with_its_own_modifier_is_not_the_meeting_named_before():
    text = ("Hội nghị Cấp cao ASEAN - Ấn Độ diễn ra ngày 10/10/2024 tại Viêng Chăn. Trước đó, Thủ tướng Phạm Minh "
            "Chính chủ trì cuộc họp trù bị của đoàn Việt Nam.")
    assert only(meetings_of(text), "asean-partner-summit").chair == "LA"


def test_the_chairing_person_is_the_one_after_the_last_do():
    text = ("Ngày 9/3/2021, đoàn do Thứ trưởng Việt Nam dẫn đầu dự họp do Bộ trưởng Vương Nghị chủ trì, "
            "tức Hội nghị Bộ trưởng Ngoại giao ASEAN+3 đặc biệt trực tuyến.")
    assert only(meetings_of(text), "apt-other").chair == "CN"


# Met online, a meeting's place may be where the delegation joined from: the year's chair still chairs it.

def test_an_online_ministers_meeting_joined_from_hanoi_is_chaired_by_the_years_chair():
    text = ("Ngày 9/9/2021, từ điểm cầu Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị hẹp Bộ trưởng "
            "Ngoại giao ASEAN theo hình thức trực tuyến.")
    assert only(meetings_of(text), "amm-retreat").chair == "BN"


def test_a_numbered_summit_joined_online_from_hanoi_is_chaired_by_its_host():
    text = ("Sáng 26/10/2021, tại điểm cầu Hà Nội, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 39 theo hình thức "
            "trực tuyến.")
    assert only(meetings_of(text), "asean-summit").chair == "BN"


# Two meetings in one sentence, each with its own chair: the one said of a mention wins over the sentence's.

def test_each_of_two_meetings_in_a_sentence_takes_the_chair_said_of_it():
    text = ("Ngày 20/5/2019, Lào chủ trì Hội nghị Quan chức cao cấp ASEAN+3, trong khi Hội nghị Quan chức cao cấp "
            "EAS do Việt Nam chủ trì.")
    found = meetings_of(text)
    assert (only(found, "apt-other").chair, only(found, "eas-other").chair) == ("LA", "VN")


def test_two_co_chairs_said_of_the_meeting_in_a_later_sentence_name_the_member():
    text = ("Hội nghị Bộ trưởng Ngoại giao ASEAN - New Zealand diễn ra trực tuyến ngày 4/8/2021. Brunei và New "
            "Zealand đồng chủ trì Hội nghị.")
    assert only(meetings_of(text), "asean-partner-other").chair == "BN"


def test_a_later_sentence_opening_on_hoi_nghi_names_its_co_chairs():
    text = ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Australia diễn ra ngày 4/8/2021. Hội nghị diễn ra dưới sự đồng "
            "chủ trì của Indonesia và Australia.")
    assert only(meetings_of(text), "asean-partner-other").chair == "ID"


# "Đỗ" folds to "do": a Vietnamese surname is not the word that introduces who chairs.

def test_the_surname_do_is_not_the_word_do():
    text = ("Thứ trưởng Ngoại giao Hàn Quốc Chung Byung-won và Thứ trưởng Đỗ Hùng Việt đồng chủ trì cuộc họp SOM "
            "ASEAN - Hàn Quốc ngày 21/6/2023.")
    assert only(meetings_of(text), "asean-partner-other").chair == "VN"


# Schedules and lists: "Chủ trì: Thái Lan", "(Malaysia và Ấn Độ đồng chủ trì)".

def test_a_schedules_chair_label_names_the_chair():
    text = "Hội nghị Bộ trưởng Lao động ASEAN lần thứ 27 - Chủ trì: Thái Lan - Thời gian: 24/10/2022."
    assert only(meetings_of(text), "asean-sectoral").chair == "TH"


def test_co_chairs_in_brackets_after_the_name_name_the_member():
    text = "- Sáng 10/7/2025: Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ (Indonesia và Ấn Độ đồng chủ trì)"
    assert only(meetings_of(text), "asean-partner-other").chair == "ID"


def test_a_meeting_named_as_prepared_for_is_not_the_one_chaired():
    text = ("Để chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta tháng 9/2023, Thủ tướng Phạm Minh Chính "
            "chủ trì Hội nghị.")
    assert only(meetings_of(text), "asean-summit").chair == "ID"


def test_cuoc_hop_points_back_only_to_a_meeting_named_cuoc_hop():
    text = ("Hội nghị Cấp cao ASEAN - Ấn Độ diễn ra tại Viêng Chăn ngày 10/10/2024. Sáng nay, Phó Thủ tướng Trần "
            "Lưu Quang chủ trì cuộc họp.")
    assert only(meetings_of(text), "asean-partner-summit").chair == "LA"


# A Mekong grouping meets where its chair is, inside ASEAN or not.

def test_a_mekong_partner_summit_in_the_partners_capital_is_chaired_by_the_host():
    text = "Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 3 diễn ra tại Seoul, Hàn Quốc ngày 27/11/2019."
    assert only(meetings_of(text), "subregional").chair == "KR"


# A numbered Summit is chaired by its host whatever place its sentence names beside it.

def test_a_numbered_summit_keeps_its_hosts_chair_when_its_sentence_names_another_city():
    text = ("Ngày 8/5/2023, tại Hà Nội, Thứ trưởng Ngoại giao thông tin về việc Thủ tướng dự Hội nghị Cấp cao ASEAN "
            "lần thứ 42.")
    assert only(meetings_of(text), "asean-summit").chair == "ID"


# "do nước Chủ tịch ASEAN 2021 chủ trì": the chair named by its year only.

def test_the_asean_chair_of_a_year_named_by_its_year_chairs():
    text = "Hội nghị Bộ trưởng Y tế ASEAN đặc biệt diễn ra trực tuyến ngày 15/9/2021 do nước Chủ tịch ASEAN 2021 chủ trì."
    assert only(meetings_of(text), "asean-sectoral").chair == "BN"
