"""Round 11 of ASEAN's own and the subregional meetings: acronyms with their numbers, summits said in English or
without their level. Sentences written for these tests."""
import pytest

from summitgraph.extract.pipeline import read_article
from summitgraph.extract.series import canonical, classify, ordinal_of
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str | None = None):
    found = read_article(article_from_text(text, "t.txt")).meetings
    return [m for m in found if series is None or m.series == series]


def test_mekong_frameworks_by_acronym_and_number_alone_are_meetings():
    found = _meetings("Hợp tác tiểu vùng\n\nSáng 16/6/2019 tại Bangkok, Thủ tướng đã dự ACMECS-9 và CLMV-10.",
                      "subregional")
    assert sorted((m.name, m.ordinal, m.city) for m in found) == [("ACMECS-9", 9, "Bangkok"),
                                                                  ("CLMV-10", 10, "Bangkok")]


def test_the_greater_mekong_summit_by_its_acronym_online():
    [gms] = _meetings("Phục hồi sau đại dịch\n\nNgày 9/9/2021, Thủ tướng dự GMS-7 theo hình thức trực tuyến.",
                      "subregional")
    assert (gms.ordinal, gms.format) == (7, "online")


@pytest.mark.parametrize("name, ordinal", [
    ("Hội nghị Cấp cao CLMV 10", 10),
    ("Hội nghị Cấp cao ACMECS-9", 9),
    ("ASEAN Summit 43", 43),
    ("Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN (ACDFM-20)", 20),
    ("Hội nghị Bộ trưởng Nông Lâm ASEAN (AMAF 45)", 45),
])
def test_the_number_after_an_acronym_is_the_ordinal(name, ordinal):
    assert ordinal_of(canonical(name)) == ordinal


@pytest.mark.parametrize("sentence, ordinal, city", [
    ("Ngày 5/10/2023, AMAF 45 khai mạc tại Kuala Lumpur.", 45, "Kuala Lumpur"),
    ("Ngày 25/5/2024, AHMM 16 diễn ra tại Viêng Chăn.", 16, "Vientiane"),
])
def test_a_sectoral_body_by_its_acronym_and_number_alone(sentence, ordinal, city):
    [body] = _meetings("Hợp tác chuyên ngành\n\n" + sentence, "asean-sectoral")
    assert (body.ordinal, body.city) == (ordinal, city)


def test_an_asean_conference_with_its_number_and_nothing_else_is_the_summit():
    assert classify("Hội nghị ASEAN lần thứ 37") == ("asean-summit", None)
    # The sector said keeps it the sector's.
    assert classify("Hội nghị ASEAN lần thứ 12 về phúc lợi xã hội")[0] == "asean-sectoral"


def test_a_narrow_meeting_of_the_amm_is_the_retreat():
    assert classify("Hội nghị hẹp AMM")[0] == "amm-retreat"


def test_ministers_of_the_ten_member_states_who_meet_hold_the_amm():
    [amm] = _meetings("Tin khu vực\n\nNgoại trưởng 10 nước thành viên ASEAN đã nhóm họp tại Singapore ngày 20/7/2008.",
                      "amm")
    assert (amm.start, amm.city) == ("2008-07-20", "Singapore")


def test_leaders_of_the_ten_countries_who_meet_hold_the_summit():
    [summit] = _meetings("Tin khu vực\n\nLãnh đạo 10 nước ASEAN đã gặp nhau tại Hua Hin, Thái Lan, ngày 28/2/2009.",
                         "asean-summit")
    assert summit.start == "2009-02-28"


def test_a_southeast_asian_summit_said_without_hoi_nghi():
    [summit] = _meetings("Hiến chương khu vực\n\nThượng đỉnh Đông Nam Á năm 2005 tại Kuala Lumpur sẽ bàn về Hiến chương "
                         "ASEAN.", "asean-summit")
    assert (summit.start, summit.city) == ("2005", "Kuala Lumpur")


@pytest.mark.parametrize("sentence", [
    "Việt Nam ủng hộ nghị quyết của Đại hội đồng Liên hợp quốc về quyền con người.",
    "Đại hội đồng Liên hợp quốc đã thông qua nghị quyết với 120 phiếu thuận.",
    "Việt Nam được Đại hội đồng Liên hợp quốc bầu vào Hội đồng Nhân quyền nhiệm kỳ 2023-2025.",
])
def test_the_un_general_assembly_as_the_organ_that_acts_is_no_meeting(sentence):
    assert _meetings("Tin đa phương\n\n" + sentence, "other-multilateral") == []


@pytest.mark.parametrize("sentence", [
    "Đại hội đồng Liên hợp quốc đã khai mạc kỳ họp thường niên ngày 19/9/2023 tại New York.",
    "Đại hội đồng Liên hợp quốc (LHQ) họp phiên đặc biệt ngày 2/3/2022.",
])
def test_the_un_general_assembly_that_meets_is_a_meeting(sentence):
    assert len(_meetings("Tin đa phương\n\n" + sentence, "other-multilateral")) == 1


def test_a_numbered_session_of_the_un_general_assembly_is_a_meeting():
    [session] = _meetings("Tin đa phương\n\nChủ tịch nước dự Khóa họp thứ 78 Đại hội đồng Liên hợp quốc tại New York "
                          "ngày 19/9/2023.", "other-multilateral")
    assert (session.ordinal, session.start) == (78, "2023-09-19")


def test_two_summits_numbered_after_asean_in_a_schedule_are_two_and_stop_at_the_next_day():
    found = _meetings("Lịch trình\n\nChương trình: - 8/10/2024: Khai mạc Hội nghị Cấp cao ASEAN 44 và 45 - 9/10/2024: "
                      "Cấp cao Đông Á - 10/10/2024: Bế mạc")
    assert sorted((m.series, m.ordinal, m.name) for m in found if m.series == "asean-summit") == [
        ("asean-summit", 44, "Hội nghị Cấp cao ASEAN 44"), ("asean-summit", 45, "Hội nghị Cấp cao ASEAN 45")]
    assert [m.name for m in found if m.series == "eas"] == ["Cấp cao Đông Á"]


def test_the_annual_ministerial_meeting_of_asean_is_the_amm():
    assert classify("Cuộc họp cấp bộ trưởng ASEAN thường niên lần thứ 55")[0] == "amm"


@pytest.mark.parametrize("sentence, city", [
    ("Các ngoại trưởng G20 đã nhóm họp tại New Delhi ngày 2/3/2023.", "New Delhi"),
    ("Bộ trưởng Tài chính các nước G20 họp tại Washington ngày 12/10/2023.", "Washington"),
])
def test_ministers_of_a_group_outside_asean_who_meet_hold_its_meeting(sentence, city):
    [meeting] = _meetings("Kinh tế toàn cầu\n\n" + sentence, "other-multilateral")
    assert meeting.city == city


def test_a_bare_summit_in_an_asean_article_met_in_the_one_member_city_said_as_a_venue():
    text = ("Khối ASEAN ký hiệp định đầu tư\n\nCác nước ASEAN hôm qua đã ký hiệp định đầu tư toàn diện tại Viêng Chăn. "
            "Washington và Bắc Kinh đều theo dõi sát tiến trình này.\n\n"
            "Bên lề hội nghị thượng đỉnh, hai bộ trưởng năng lượng cũng nhất trí mở rộng hợp tác.")
    [summit] = _meetings(text, "asean-summit")
    assert (summit.city, summit.country) == ("Vientiane", "LA")
    # Two member cities as venues: which one is not told, and the bare summit stays unplaced (and unkept).
    two = text.replace("tiến trình này.", "tiến trình này. Giới đầu tư cũng đã khảo sát thị trường tại Manila.")
    assert _meetings(two, "asean-summit") == []


def test_phong_chong_is_one_phrase_inside_a_name():
    [meeting] = _meetings("An ninh khu vực\n\nHội nghị Bộ trưởng ASEAN về phòng, chống ma túy lần thứ 8 diễn ra tại Hà Nội "
                          "ngày 19/10/2023.", "asean-sectoral")
    assert meeting.ordinal == 8


def test_the_capacity_a_delegation_attends_in_is_not_part_of_the_name():
    found = _meetings("Ngoại giao đa phương\n\nNgày 18/5/2017, Thứ trưởng dự Hội nghị Sherpa G20 lần thứ 3 với tư cách khách "
                      "mời của nước Chủ tịch tại Munich.", "other-multilateral")
    assert [m.name for m in found] == ["Hội nghị Sherpa G20 lần thứ 3"]


def test_the_forum_a_country_hosts_for_its_year_is_no_meeting():
    assert _meetings("Ngoại giao đa phương\n\nĐoàn Việt Nam tham dự với tư cách Chủ nhà Diễn đàn Hợp tác kinh tế châu Á - "
                     "Thái Bình Dương (APEC) 2017.", "other-multilateral") == []
    # A numbered forum its host holds is a meeting.
    [arf] = _meetings("An ninh khu vực\n\nIndonesia, nước chủ nhà Diễn đàn Khu vực ASEAN (ARF) lần thứ 30, đã tổ chức thành "
                      "công sự kiện tại Jakarta ngày 14/7/2023.", "arf")
    assert arf.ordinal == 30


def test_related_meetings_are_not_the_meeting_they_relate_to():
    found = _meetings("G20 mở rộng\n\nViệt Nam từng dự các hội nghị liên quan của G20 năm 2010 tại Hàn Quốc. Năm nay, đoàn "
                      "góp ý dự thảo Tuyên bố chung của Hội nghị Thượng đỉnh G20.", "other-multilateral")
    assert len(found) == 2


def test_the_number_after_admm_plus_is_its_ordinal():
    [plus] = _meetings("Quốc phòng khu vực\n\nĐại tướng dự ADMM+ 10 tại Jakarta ngày 16/11/2023.", "admm-plus")
    assert (plus.ordinal, plus.name) == (10, "ADMM+ 10")


@pytest.mark.parametrize("sentence", [
    "Diễn đàn Kinh tế thế giới (WEF) vừa công bố báo cáo năng lực cạnh tranh tại Geneva ngày 9/10/2019.",
    "Diễn đàn Kinh tế thế giới xếp hạng Việt Nam thứ 67 về năng lực cạnh tranh năm 2019.",
])
def test_a_forum_that_ranks_or_publishes_is_the_organisation(sentence):
    assert _meetings("Năng lực cạnh tranh\n\n" + sentence, "other-multilateral") == []


def test_a_forum_named_by_what_it_forecasts_is_a_meeting():
    [forum] = _meetings("Khí hậu khu vực\n\nDiễn đàn Dự báo khí hậu khu vực ASEAN lần thứ 20 diễn ra tại Hà Nội ngày 20/5/2023.")
    assert forum.ordinal == 20


def test_a_number_ending_the_line_before_does_not_count_the_meeting():
    [amm] = _meetings("Việt Nam chủ trì ASEAN 2020\nCuộc họp không chính thức các Bộ trưởng Ngoại giao ASEAN diễn ra trực "
                      "tuyến ngày 2/3/2021.", "amm")
    assert amm.start == "2021-03-02"


def test_the_asean_leaders_meeting_by_its_english_name():
    [summit] = _meetings("Myanmar\n\nASEAN Leaders' Meeting diễn ra ngày 24/4/2021 tại Jakarta.", "asean-summit")
    assert (summit.start, summit.city) == ("2021-04-24", "Jakarta")


@pytest.mark.parametrize("sentence, city", [
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 2 diễn ra tại Xinh-ga-po tháng 11/2007.", "Singapore"),
    ("Hội nghị Cấp cao ASEAN lần thứ 19 diễn ra tại Ba Li, Inđônêxia ngày 17-19/11/2011.", "Bali"),
    ("Hội nghị Cấp cao ASEAN lần thứ 15 diễn ra tại Hủa Hin, Thái Lan ngày 24/10/2009.", "Cha-am"),
    ("Hội nghị Cấp cao G20 diễn ra tại Xơun, Hàn Quốc ngày 11/11/2010.", "Seoul"),
])
def test_older_transliterations_of_host_cities(sentence, city):
    [meeting] = _meetings("Hợp tác khu vực\n\n" + sentence)
    assert meeting.city == city


@pytest.mark.parametrize("name", [
    "Hội nghị Hội đồng Cộng đồng Kinh tế (AECC) lần thứ 22",
    "Hội nghị Hội đồng Cộng đồng Văn hóa - Xã hội (ASCC) lần thứ 30",
])
def test_the_community_councils_without_asean_in_their_name_are_asean_bodies(name):
    assert classify(name)[0] == "asean-sectoral"


@pytest.mark.parametrize("name", [
    "Hội nghị Bộ trưởng Y tế (AHMM) lần thứ 16",
    "Hội nghị Bộ trưởng Giao thông vận tải (ATM) lần thứ 29",
    "Hội nghị Bộ trưởng Thanh niên (AMMY) lần thứ 13",
])
def test_sector_ministers_by_their_acronym_without_asean(name):
    assert classify(name)[0] == "asean-sectoral"


def test_a_portfolio_of_several_words_stays_in_the_name():
    [meeting] = _meetings("Khoa học khu vực\n\nHội nghị Bộ trưởng Khoa học, Công nghệ và Đổi mới sáng tạo ASEAN (AMMSTI) lần "
                          "thứ 20 diễn ra tại Bangkok ngày 5/11/2023.", "asean-sectoral")
    assert meeting.ordinal == 20


@pytest.mark.parametrize("sentence, ordinal", [
    ("Thủ tướng dự Thượng đỉnh GMS lần thứ 7 theo hình thức trực tuyến ngày 9/9/2021.", 7),
    ("Hội nghị Cấp cao MLC lần thứ 4 diễn ra trực tuyến ngày 25/12/2023.", 4),
    ("Thủ tướng dự Cấp cao Tiểu vùng Mekong mở rộng lần thứ 8 tại Viêng Chăn ngày 7/11/2024.", 8),
])
def test_mekong_summits_by_acronym_or_without_hoi_nghi(sentence, ordinal):
    [summit] = _meetings("Hợp tác Mekong\n\n" + sentence, "subregional")
    assert summit.ordinal == ordinal


@pytest.mark.parametrize("sentence", [
    "Thủ tướng dự Thượng đỉnh Á - Âu lần thứ 13 trực tuyến ngày 25/11/2021.",
    "Thủ tướng dự Thượng đỉnh SCO tại Astana ngày 4/7/2024.",
    "Thủ tướng dự Thượng đỉnh Liên hợp quốc về Tương lai tại New York ngày 22/9/2024.",
])
def test_summits_outside_asean_without_hoi_nghi(sentence):
    assert len(_meetings("Đa phương\n\n" + sentence, "other-multilateral")) == 1
