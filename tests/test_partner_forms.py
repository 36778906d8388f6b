"""ASEAN's meetings with its partners (ASEAN+1, ASEAN+3, EAS, ARF) and the subregional frameworks, named every
way Vietnamese news names them: with and without "Hội nghị", partners in Vietnamese, English or transliterated,
any dash, lists under one head noun, acronyms with numbers. Sentences written for the tests."""
from __future__ import annotations

import unicodedata

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.ingest.article import article_from_text
from written import meetings_of, only

PUBLISHED = "2022-11-12"


def read(sentence: str, published: str = PUBLISHED):
    return meetings_of(f"Tin đối ngoại\n\n{sentence}", published=published)


def ingested(sentence: str):
    """Through the reader as a file would go (NFC, one tone placement), then the meetings extractor."""
    article = article_from_text(f"Tin đối ngoại\n{sentence}\n", "t.txt", published=PUBLISHED)
    return extract_meetings(make_context(article))


def keys(meetings):
    return {(m.series, m.partner, m.ordinal) for m in meetings}


# (sentence, series, partner, ordinal): one meeting each.
ONE_MEETING = [
    ("Chiều 12/11, Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 23.", "asean-partner-summit", "KR", 23),
    ("Thủ tướng đã dự Hội nghị Cấp cao ASEAN với Nhật Bản.", "asean-partner-summit", "JP", None),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 25 với Nhật Bản.", "asean-partner-summit", "JP", 25),
    ("Hội nghị Cấp cao lần thứ 25 giữa ASEAN và Nhật Bản khép lại chiều qua.", "asean-partner-summit", "JP", 25),
    ("Ngày 3/8, Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc (PMC+1) đã diễn ra.", "asean-partner-other", "CN",
     None),
    ("Diễn đàn Khu vực ASEAN lần thứ 29 (ARF 29) họp ngày 5/8.", "arf", None, 29),
    ("Hội nghị SOM ASEAN - EU đã được tổ chức trực tuyến ngày 10/6.", "asean-partner-other", "EU", None),
    ("Đối thoại ASEAN - Ấn Độ lần thứ 24 đã diễn ra ngày 15/6.", "asean-partner-other", "IN", 24),
    ("Hội nghị thượng đỉnh ASEAN-Mỹ đặc biệt khai mạc ngày 12/5.", "asean-partner-summit", "US", None),
    ("Hội nghị Tham vấn Bộ trưởng Kinh tế ASEAN - Nhật Bản (AEM-METI) lần thứ 28 họp ngày 16/9.",
     "asean-partner-other", "JP", 28),
    ("Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) lần thứ nhất họp ngày 20/10/2023.",
     "asean-partner-summit", "GCC", 1),
    ("Thủ tướng phát biểu tại Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 10.", "asean-partner-summit", "US", 10),
    ("Hội nghị Cấp cao ASEAN - Liên hợp quốc lần thứ 12 họp ngày 11/11.", "asean-partner-summit", "UN", 12),
    ("Hội nghị Cấp cao ASEAN - LHQ lần thứ 14 họp ngày 11/10/2024.", "asean-partner-summit", "UN", 14),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN - Ô-xtrây-li-a lần thứ hai.", "asean-partner-summit", "AU", 2),
    ("Hội nghị Cấp cao ASEAN-Ốt-xtrây-li-a họp ngày 12/11.", "asean-partner-summit", "AU", None),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Niu Di-lân họp ngày 4/8.", "asean-partner-other", "NZ", None),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Ca-na-đa đã diễn ra chiều 4/8.", "asean-partner-other", "CA", None),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Vương quốc Anh họp sáng 5/8.", "asean-partner-other", "GB", None),
    ("Hội nghị Cấp cao ASEAN - Liên minh châu Âu (EU) kỷ niệm 45 năm quan hệ họp ngày 14/12.",
     "asean-partner-summit", "EU", None),
    ("Hội nghị Cấp cao ASEAN – Liên bang Nga họp dưới hình thức trực tuyến ngày 28/10.", "asean-partner-summit",
     "RU", None),
    ("Hội nghị Cấp cao ASEAN-Mĩ lần thứ 10 họp ngày 12/11.", "asean-partner-summit", "US", 10),
    ("Hội nghị Cấp cao ASEAN-Korea lần thứ 24 họp ngày 6/9/2023.", "asean-partner-summit", "KR", 24),
    ("Hội nghị Cấp cao ASEAN/Nhật Bản lần thứ 26 họp ngày 6/9/2023.", "asean-partner-summit", "JP", 26),
    ("Hội nghị Cấp cao ASEAN\u2011Hàn Quốc lần thứ 23 họp tại Phnom Penh.", "asean-partner-summit", "KR", 23),
    ("Hội nghị Cấp cao ASEAN\u2212Hàn Quốc lần thứ 23 họp tại Phnom Penh.", "asean-partner-summit", "KR", 23),
    ("Hội nghị Cấp cao ASEAN -Hàn Quốc lần thứ 23 họp tại Phnom Penh.", "asean-partner-summit", "KR", 23),
    ("Hội nghị thượng đỉnh Hàn Quốc - ASEAN lần thứ 23 họp tại Phnom Penh.", "asean-partner-summit", "KR", 23),
    ("Hội nghị ASEAN-Japan Commemorative Summit họp tại Tokyo ngày 17/12/2023.", "asean-partner-summit", "JP",
     None),
    ("Hội nghị cấp cao ASEAN+1 với Hàn Quốc họp ngày 26/10/2021.", "asean-partner-summit", "KR", None),
    ("Hội nghị cấp cao 10+3 lần thứ 8 họp tại Viêng Chăn ngày 29/11/2004.", "apt-summit", None, 8),
    ("Hội nghị Cấp cao ASEAN cộng 3 lần thứ 25 họp chiều 12/11.", "apt-summit", None, 25),
    ("Ngày 4/8, Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Ngoại giao ASEAN+3 tại Phnom Penh.", "apt-other", None,
     None),
    ("Hội nghị Bộ trưởng Ngoại giao Đông Á (EAS FMM) lần thứ 12 họp ngày 5/8.", "eas-other", None, 12),
    ("Hội nghị SOM ASEAN - Trung Quốc họp ngày 27/10 tại Siem Reap.", "asean-partner-other", "CN", None),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN - Trung Quốc (AEM-MOFCOM) lần thứ 23 họp ngày 17/9.", "asean-partner-other",
     "CN", 23),
    ("Hội nghị các Bộ trưởng Kinh tế ASEAN với Bộ trưởng Thương mại Nhật Bản họp ngày 3/8.", "asean-partner-other",
     "JP", None),
    ("Hội nghị tham vấn giữa các Bộ trưởng Kinh tế ASEAN và Ủy viên Thương mại EU họp ngày 3/8.",
     "asean-partner-other", "EU", None),
    ("Hội nghị cấp cao Mekong - Lan Thương lần thứ 3 họp trực tuyến ngày 24/8/2020.", "subregional", None, 3),
    ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 họp tại Tokyo.", "subregional", None, 10),
    ("Hội nghị Cấp cao CLMV lần thứ 10 họp tại Viêng Chăn.", "subregional", None, 10),
    ("Hội nghị Cấp cao ACMECS lần thứ 9 họp trực tuyến.", "subregional", None, 9),
    # A summit named by its level and body, without "Hội nghị".
    ("Phát biểu tại Cấp cao ASEAN - Nhật Bản lần thứ 25, Thủ tướng nhấn mạnh chuyển đổi số.", "asean-partner-summit",
     "JP", 25),
    ("Tại Thượng đỉnh ASEAN - Mỹ đặc biệt ở Washington ngày 13/5, hai bên nâng cấp quan hệ.", "asean-partner-summit",
     "US", None),
    ("Thượng đỉnh Đông Á lần thứ 16 họp trực tuyến ngày 27/10/2021.", "eas", None, 16),
    ("Cấp cao ASEAN+3 lần thứ 24 họp trực tuyến ngày 27/10/2021.", "apt-summit", None, 24),
    # Acronyms with their numbers.
    ("EAS 19 họp ngày 11/10 tại Viêng Chăn.", "eas", None, 19),
    ("Tại Hội nghị APT 27, Thủ tướng nhấn mạnh vai trò của hợp tác khu vực.", "apt-other", None, 27),
]


@pytest.mark.parametrize("sentence,series,partner,ordinal", ONE_MEETING)
def test_one_meeting_named_one_way(sentence, series, partner, ordinal):
    assert (series, partner, ordinal) in keys(read(sentence))


def test_korea_is_no_asean_summit_however_the_republic_is_spelled():
    for spelling in ("Cộng hòa Hàn Quốc", "Cộng hoà Hàn Quốc"):
        found = keys(ingested(f"Hội nghị Cấp cao ASEAN - {spelling} lần thứ 23 họp ngày 12/11."))
        assert found == {("asean-partner-summit", "KR", 23)}


def test_decomposed_text_reads_as_composed():
    sentence = "Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25 họp ngày 11/11 tại Phnom Penh."
    found = ingested(unicodedata.normalize("NFD", sentence))
    assert [(m.series, m.partner, m.ordinal, m.city) for m in found] == [
        ("asean-partner-summit", "CN", 25, "Phnom Penh")]


def test_dates_and_place_stated_with_a_partner_summit():
    (m,) = read("Hội nghị Cấp cao kỷ niệm 30 năm quan hệ ASEAN - Úc diễn ra tại Melbourne từ ngày 4 đến 6/3/2024.")
    assert (m.series, m.partner, m.start, m.end, m.city, m.country) == (
        "asean-partner-summit", "AU", "2024-03-04", "2024-03-06", "Melbourne", "AU")


def test_an_online_partner_summit():
    (m,) = read("Hội nghị Cấp cao ASEAN-Nga lần thứ 4 đã diễn ra trực tuyến ngày 28/10/2021.")
    assert (m.partner, m.ordinal, m.start, m.format) == ("RU", 4, "2021-10-28", "online")


def test_plus_three_and_east_asia_summits_in_one_sentence():
    found = read("Sáng 13/11, Thủ tướng tham dự Hội nghị Cấp cao ASEAN+3 lần thứ 25 và Hội nghị Cấp cao Đông Á "
                 "lần thứ 17 (EAS 17).")
    assert {(m.series, m.ordinal, m.start) for m in found} == {("apt-summit", 25, "2022-11-13"),
                                                               ("eas", 17, "2022-11-13")}


@pytest.mark.parametrize("sentence,partners", [
    ("Chiều 12/11, Thủ tướng tham dự các Hội nghị Cấp cao ASEAN với các đối tác Trung Quốc, Hàn Quốc, Nhật Bản.",
     {"CN", "KR", "JP"}),
    ("Hội nghị Cấp cao ASEAN - Trung Quốc, ASEAN - Hàn Quốc, ASEAN - Nhật Bản diễn ra trong ngày 11/11.",
     {"CN", "KR", "JP"}),
    ("Ngày 26/10, Thủ tướng tham dự Cấp cao ASEAN - Trung Quốc, ASEAN - Hàn Quốc và ASEAN - Hoa Kỳ.",
     {"CN", "KR", "US"}),
    ("Ngày 5/9, Thủ tướng dự các hội nghị cấp cao ASEAN+1 với Trung Quốc, Hàn Quốc, Canada.", {"CN", "KR", "CA"}),
    ("Chiều cùng ngày, Thủ tướng dự Hội nghị cấp cao ASEAN với Hoa Kỳ và Ấn Độ.", {"US", "IN"}),
])
def test_one_summit_per_partner_listed(sentence, partners):
    found = read(sentence)
    assert {m.partner for m in found if m.series == "asean-partner-summit"} == partners


@pytest.mark.parametrize("sentence,partners,day", [
    ("Hội nghị Bộ trưởng ASEAN - Trung Quốc (PMC+1) và ASEAN - Nhật Bản diễn ra ngày 3/8.", {"CN", "JP"},
     "2022-08-03"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN với Nhật Bản (PMC+1) và với Hàn Quốc họp ngày 26/7.", {"JP", "KR"},
     "2022-07-26"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN-Trung Quốc (PMC+1), ASEAN-Hàn Quốc, ASEAN-Nhật Bản họp ngày 3/8.",
     {"CN", "KR", "JP"}, "2022-08-03"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Ấn Độ, ASEAN - Úc, ASEAN - Niu Di-lân được tổ chức ngày 26/7.",
     {"IN", "AU", "NZ"}, "2022-07-26"),
])
def test_one_ministers_meeting_per_partner_listed(sentence, partners, day):
    found = read(sentence)
    assert {m.partner for m in found if m.series == "asean-partner-other"} == partners
    assert {m.start for m in found} == {day}


def test_each_partner_listed_keeps_its_own_number():
    found = read("Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 27, ASEAN - Hàn Quốc lần thứ 25 và ASEAN - Nhật Bản "
                 "lần thứ 27 họp ngày 10/10/2024.")
    assert keys(found) == {("asean-partner-summit", "CN", 27), ("asean-partner-summit", "KR", 25),
                           ("asean-partner-summit", "JP", 27)}


@pytest.mark.parametrize("sentence,series,partner", [
    ("Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) - Trung Quốc họp ngày 11/11.", "asean-partner-summit",
     "CN"),
    ("Hội nghị Bộ trưởng Ngoại giao Hiệp hội các quốc gia Đông Nam Á (ASEAN) và Nhật Bản họp ngày 3/8.",
     "asean-partner-other", "JP"),
    ("Hội nghị Cấp cao Hiệp hội các nước Đông Nam Á - Hàn Quốc họp ngày 11/11.", "asean-partner-summit", "KR"),
    ("Hội nghị cấp cao ASEAN (Hiệp hội các quốc gia Đông Nam Á) - Nhật Bản họp ngày 12/11.", "asean-partner-summit",
     "JP"),
    ("Hội nghị thượng đỉnh Đông Nam Á - Ấn Độ khai mạc ngày 12/11.", "asean-partner-summit", "IN"),
])
def test_asean_by_its_full_name_is_no_asean_summit(sentence, series, partner):
    assert {(m.series, m.partner) for m in read(sentence)} == {(series, partner)}


def test_the_full_name_keeps_the_number_for_the_partner_summit():
    found = read("Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) - Trung Quốc lần thứ 25 họp ngày 11/11.")
    assert keys(found) == {("asean-partner-summit", "CN", 25)}


@pytest.mark.parametrize("sentence,series,partner", [
    ("Hội nghị Ủy ban Hợp tác chung ASEAN - Pa-ki-xtan lần thứ 8 họp ngày 3/6 tại Jakarta.", "asean-partner-other",
     "PK"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Thụy Sĩ diễn ra ngày 3/8.", "asean-partner-other", "CH"),
])
def test_sectoral_partners(sentence, series, partner):
    assert (series, partner) in {(m.series, m.partner) for m in read(sentence)}


def test_an_ambiguous_word_after_asean_is_no_new_partner():
    assert not [m for m in read("Hội nghị ASEAN và pháp luật quốc tế diễn ra ngày 5/8.") if m.partner]


@pytest.mark.parametrize("sentence,series,ordinal", [
    ("Hội nghị thượng đỉnh ASEAN Plus Three lần thứ 25 khai mạc ngày 12/11.", "apt-summit", 25),
    ("Hội nghị East Asia Summit lần thứ 17 khai mạc ngày 13/11.", "eas", 17),
    ("Hội nghị ASEAN Regional Forum lần thứ 29 khai mạc ngày 5/8.", "arf", 29),
])
def test_english_names_a_translation_keeps(sentence, series, ordinal):
    assert (series, None, ordinal) in keys(read(sentence))


@pytest.mark.parametrize("sentence,series,partner", [
    ("Ngoại trưởng các nước ASEAN sẽ gặp Ngoại trưởng Trung Quốc tại Phnom Penh ngày 3/8.", "asean-partner-other",
     "CN"),
    ("Các Bộ trưởng Ngoại giao ASEAN sẽ họp với Ngoại trưởng Trung Quốc tại Phnom Penh ngày 3/8.",
     "asean-partner-other", "CN"),
    ("Lãnh đạo các nước ASEAN đã có cuộc gặp với Thủ tướng Australia tại Phnom Penh ngày 12/11.",
     "asean-partner-summit", "AU"),
    ("Thủ tướng Nhật Bản sẽ tiếp các nhà lãnh đạo ASEAN tại Tokyo vào tháng 12.", "asean-partner-summit", "JP"),
])
def test_a_meeting_told_by_who_meets_whom(sentence, series, partner):
    assert (series, partner) in {(m.series, m.partner) for m in read(sentence)}


def test_a_framework_acronym_with_a_day_and_a_place_is_one_meeting():
    (m,) = read("Tại ARF ở Phnom Penh ngày 5/8, các bộ trưởng thảo luận về an ninh biển.")
    assert (m.series, m.start, m.city) == ("arf", "2022-08-05", "Phnom Penh")


def test_a_framework_acronym_said_in_passing_is_no_meeting():
    assert read("Việt Nam coi trọng các cơ chế như ARF và EAS trong chính sách đối ngoại.") == []


@pytest.mark.parametrize("sentence,series,partner", [
    ("Hội nghị cấp cao kỷ niệm 25 năm quan hệ đối tác đối thoại ASEAN - Nga họp tại Sochi ngày 19-20/5/2016.",
     "asean-partner-summit", "RU"),
    ("Hội nghị Cấp cao kỷ niệm 30 năm quan hệ đối thoại ASEAN - Trung Quốc họp trực tuyến ngày 22/11/2021.",
     "asean-partner-summit", "CN"),
    ("Hội nghị cấp cao đặc biệt kỷ niệm 30 năm Quan hệ Đối thoại ASEAN - Ấn Độ khai mạc ngày 25/1/2018.",
     "asean-partner-summit", "IN"),
    ("Hội nghị Bộ trưởng Ngoại giao đặc biệt kỷ niệm 30 năm quan hệ đối thoại ASEAN - Trung Quốc khai mạc ngày 7/6.",
     "asean-partner-other", "CN"),
])
def test_a_dialogue_relation_in_a_commemorative_name_is_no_dialogue_meeting(sentence, series, partner):
    assert {(m.series, m.partner) for m in read(sentence)} == {(series, partner)}


def test_summits_with_the_dialogue_partners_listed():
    found = read("Hội nghị Cấp cao ASEAN với các bên đối thoại Trung Quốc, Nhật Bản và Hàn Quốc khai mạc ngày 12/11.")
    assert {(m.series, m.partner) for m in found} == {("asean-partner-summit", p) for p in ("CN", "JP", "KR")}


@pytest.mark.parametrize("sentence,partner", [
    ("Hội nghị Cấp cao Nhật Bản với ASEAN khai mạc tại Tokyo ngày 14/12.", "JP"),
    ("Hội nghị thượng đỉnh Mỹ với ASEAN khai mạc tại Sunnylands ngày 15/2/2016.", "US"),
])
def test_the_partner_named_first_with_asean(sentence, partner):
    assert {(m.series, m.partner) for m in read(sentence)} == {("asean-partner-summit", partner)}


@pytest.mark.parametrize("sentence,partner,ordinal", [
    ("Tham vấn Bộ trưởng Kinh tế ASEAN - Trung Quốc lần thứ 21 khai mạc ngày 17/9.", "CN", 21),
    ("Cuộc tham vấn giữa các Bộ trưởng Kinh tế ASEAN và Bộ trưởng Thương mại Hàn Quốc khai mạc chiều 16/9.", "KR",
     None),
    ("Sáng 17/9, các Bộ trưởng Kinh tế ASEAN đã có cuộc tham vấn với Bộ trưởng Thương mại Hoa Kỳ.", "US", None),
    ("Hội nghị AEM-METI lần thứ 28 khai mạc ngày 16/9.", "JP", 28),
    ("Hội nghị AEM - MOFCOM lần thứ 21 khai mạc ngày 16/9.", "CN", 21),
    ("Hội nghị AEM-USTR khai mạc ngày 16/9.", "US", None),
])
def test_economic_ministers_consultations_with_one_partner(sentence, partner, ordinal):
    assert ("asean-partner-other", partner, ordinal) in keys(read(sentence))


def test_east_asia_named_after_a_ministers_meeting_is_its_ministers_meeting():
    found = read("Bộ trưởng đã dự các Hội nghị Bộ trưởng Ngoại giao ASEAN+3, Cấp cao Đông Á (EAS) và Diễn đàn Khu vực "
                 "ASEAN (ARF) ngày 14/7.")
    assert {(m.series, m.start) for m in found} == {("apt-other", "2022-07-14"), ("eas-other", "2022-07-14"),
                                                   ("arf", "2022-07-14")}


def test_east_asia_named_after_a_summit_stays_a_summit():
    found = read("Thủ tướng đã dự các Hội nghị Cấp cao ASEAN+3, Cấp cao Đông Á (EAS) ngày 13/11.")
    assert {m.series for m in found} == {"apt-summit", "eas"}


@pytest.mark.parametrize("sentence", [
    "Tại Thượng đỉnh Mỹ - ASEAN ở Washington ngày 13/5, hai bên nâng cấp quan hệ.",
    "HỘI NGHỊ CẤP CAO ASEAN - MỸ LẦN THỨ 10 khai mạc ngày 12/11.",
])
def test_partner_first_and_capitals(sentence):
    assert {(m.series, m.partner) for m in read(sentence)} == {("asean-partner-summit", "US")}


def test_a_summit_with_a_partner_in_an_article_about_asean():
    found = read("Hội nghị Cấp cao ASEAN lần thứ 41 khai mạc tại Phnom Penh ngày 11/11/2022. Chiều cùng ngày, Thủ tướng "
                 "dự Hội nghị Cấp cao với Nhật Bản và Hội nghị Cấp cao với Hàn Quốc.")
    assert {(m.series, m.partner, m.city) for m in found if m.partner} == {
        ("asean-partner-summit", "JP", "Phnom Penh"), ("asean-partner-summit", "KR", "Phnom Penh")}


def test_ministers_with_a_partner_in_an_article_about_asean():
    found = read("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 khai mạc ngày 3/8/2022. Chiều 4/8, Bộ trưởng dự Hội "
                 "nghị Bộ trưởng với Trung Quốc.")
    assert ("asean-partner-other", "CN", "2022-08-04") in {(m.series, m.partner, m.start) for m in found}


def test_a_meeting_with_a_partner_elsewhere_is_not_asean_s():
    found = read("Bộ Công Thương tổ chức Hội nghị xúc tiến đầu tư với Nhật Bản tại Hà Nội ngày 3/8/2022.")
    assert not [m for m in found if m.series.startswith("asean-partner")]


def test_officials_of_the_frameworks_named_by_acronyms():
    found = read("Các Hội nghị SOM ASEAN+3, SOM EAS và SOM ARF đã diễn ra ngày 15-16/6 tại Nha Trang.")
    assert {(m.series, m.start, m.city) for m in found} == {(s, "2022-06-15", "Nha Trang")
                                                            for s in ("apt-other", "eas-other", "arf-other")}


def test_east_asia_officials_after_and():
    found = read("Hội nghị SOM ASEAN+3 và SOM EAS diễn ra ngày 15/6 tại Nha Trang.")
    assert {m.series for m in found} == {"apt-other", "eas-other"}


@pytest.mark.parametrize("sentence,series,partner", [
    ("Thủ tướng Ấn Độ đã gặp gỡ lãnh đạo 10 nước ASEAN tại New Delhi ngày 25/1/2018.", "asean-partner-summit", "IN"),
    ("Ngày 4/8, Bộ trưởng Ngoại giao và các đồng nghiệp ASEAN đã có cuộc gặp với Ngoại trưởng Mỹ tại Phnom Penh.",
     "asean-partner-other", "US"),
])
def test_a_partner_meets_asean_s_leaders_or_colleagues(sentence, series, partner):
    assert (series, partner) in {(m.series, m.partner) for m in read(sentence)}


def test_a_list_the_head_noun_announces_gives_one_meeting_per_item():
    found = read("Từ ngày 10-13/11, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 40, 41 và các hội nghị cấp cao liên "
                 "quan gồm: ASEAN+3, ASEAN - Trung Quốc, ASEAN - Hàn Quốc, ASEAN - Liên hợp quốc và Cấp cao Đông Á.")
    assert {(m.series, m.partner) for m in found if m.series != "asean-summit"} == {
        ("apt-summit", None), ("asean-partner-summit", "CN"), ("asean-partner-summit", "KR"),
        ("asean-partner-summit", "UN"), ("eas", None)}


def test_partners_listed_after_a_colon():
    found = read("Ngày 12/11, Thủ tướng tham dự các Hội nghị Cấp cao ASEAN với các đối tác: Trung Quốc, Hàn Quốc, "
                 "Nhật Bản.")
    partner_summits = [m for m in found if m.series == "asean-partner-summit"]
    assert {m.partner for m in partner_summits} == {"CN", "KR", "JP"}
    assert {m.start for m in partner_summits} == {"2022-11-12"}
    assert all(m.name.startswith("Hội nghị Cấp cao ASEAN - ") for m in partner_summits)


def test_ministers_list_reads_east_asia_as_its_ministers_meeting():
    found = read("Ngày 5/8, Bộ trưởng dự các hội nghị bộ trưởng ngoại giao liên quan gồm: ASEAN+3, Cấp cao Đông Á và "
                 "ARF.")
    assert {m.series for m in found} == {"apt-other", "eas-other", "arf"}


def test_a_list_of_other_things_is_no_meeting():
    assert read("Các hội nghị liên quan gồm: an ninh lương thực, biến đổi khí hậu và kinh tế số.") == []


def test_a_number_after_lan_without_thu():
    assert ("asean-partner-summit", "JP", 25) in keys(read("Hội nghị Cấp cao ASEAN-Nhật Bản lần 25 khai mạc ngày 12/11."))


def test_asean_and_a_year_is_still_no_summit_number():
    assert all(m.ordinal is None for m in read("Hội nghị Cấp cao ASEAN 2022 khai mạc ngày 11/11 tại Phnom Penh."))


# ASEAN's leaders meeting two partners under one name: each partner's summit.

@pytest.mark.parametrize("name", ["Hội nghị Cấp cao kỷ niệm ASEAN - Australia - New Zealand",
                                  "Hội nghị thượng đỉnh ASEAN-Úc-New Zealand"])
def test_a_leaders_meeting_of_asean_with_two_partners_is_each_partner_summit(name: str):
    text = f"Tin đối ngoại\n\nNgày 30/11/2004, tại Vientiane, các nhà lãnh đạo dự {name}."
    summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert sorted(m.partner for m in summits) == ["AU", "NZ"]
    assert {m.start for m in summits} == {"2004-11-30"}


def test_a_body_of_asean_and_two_partners_is_no_partner_summit():
    text = ("Tin kinh tế\n\nNgày 8/9/2019, tại Bangkok, đã diễn ra phiên họp của Ủy ban hỗn hợp Hiệp định thương mại "
            "tự do ASEAN - Australia - New Zealand.")
    assert not [m for m in meetings_of(text) if m.series.startswith("asean-partner")]


def test_a_name_stops_before_the_next_framework_said_by_its_numbers():
    text = "Tin đối ngoại\n\nThủ tướng Trung Quốc Ôn Gia Bảo đã tới Vientiane dự Hội nghị 10+1 và 10+3 ngày 29/11/2004."
    summit = only(meetings_of(text), "asean-partner-summit")
    assert (summit.name, summit.partner) == ("Hội nghị 10+1", "CN")


def test_partners_listed_each_after_asean_and_a_plus_sign_are_one_summit_each():
    text = ("Tin đối ngoại\n\nNgày 29/11/2004, các nhà lãnh đạo dự Hội nghị thượng đỉnh ASEAN + Trung Quốc, "
            "ASEAN + Nhật Bản, ASEAN + Hàn Quốc tại Vientiane.")
    summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert [m.partner for m in summits] == ["CN", "JP", "KR"]
    assert summits[1].name == "Hội nghị thượng đỉnh ASEAN + Nhật Bản"
