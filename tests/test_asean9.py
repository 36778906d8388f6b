"""Round 9 of ASEAN's own meetings: meetings told by who holds them, councils without "ASEAN" in their name,
sector SOMs, AIPA's host as its chair. Sentences written for these tests."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str | None = None):
    found = read_article(article_from_text(text, "t.txt")).meetings
    return [m for m in found if series is None or m.series == series]


def test_defence_ministers_who_hold_a_retreat_hold_the_admm():
    [admm] = _meetings("Quốc phòng khu vực\n\nChiều 17/11/2019, bộ trưởng quốc phòng các nước ASEAN tổ chức hội nghị hẹp "
                       "tại Bangkok để bàn về an ninh biển.", "admm")
    assert admm.city == "Bangkok" and admm.start == "2019-11-17"


def test_foreign_ministers_who_have_an_informal_meeting_hold_the_amm():
    [amm] = _meetings("Bên lề Liên Hợp Quốc\n\nCác ngoại trưởng ASEAN đã có cuộc họp không chính thức tại New York ngày "
                      "22/9/2005.", "amm")
    assert amm.start == "2005-09-22"


def test_foreign_ministers_who_hold_a_retreat_hold_the_amm_retreat():
    [retreat] = _meetings("Ngoại giao ASEAN\n\nCác Bộ trưởng Ngoại giao ASEAN sẽ tổ chức cuộc họp hẹp tại Luang Prabang "
                          "ngày 29/1/2024.", "amm-retreat")
    assert retreat.city == "Luang Prabang"
    # A meeting they hold "với" others is not their own.
    assert _meetings("Ngoại giao\n\nCác ngoại trưởng ASEAN đã tổ chức cuộc họp hẹp với các đối tác tại Jakarta ngày "
                     "4/2/2023.", "amm") == []


def test_economic_ministers_who_hold_an_online_meeting_hold_the_aem():
    [aem] = _meetings("Ứng phó dịch bệnh\n\nBộ trưởng kinh tế các nước ASEAN sẽ tổ chức một cuộc họp trực tuyến vào ngày "
                      "10/3/2020.", "aem")
    assert aem.format == "online"


def test_ministers_of_asean_by_its_full_name_who_meet():
    [amm] = _meetings("Khủng hoảng Myanmar\n\nCác Bộ trưởng Ngoại giao của Hiệp hội các quốc gia Đông Nam Á (ASEAN) đã gặp "
                      "nhau tại Phnom Penh ngày 17/2/2022.", "amm")
    assert amm.city == "Phnom Penh"


def test_the_afta_council_is_an_asean_body():
    [council] = _meetings("Thuế quan\n\nHội nghị Hội đồng AFTA lần thứ 19 diễn ra tại Viêng Chăn ngày 27/9/2005.",
                          "asean-sectoral")
    assert council.ordinal == 19 and council.city == "Vientiane"


def test_the_cept_afta_council_that_met():
    [council] = _meetings("Thuế quan\n\nHội đồng Hiệp định CEPT/AFTA đã nhóm họp tại Kuala Lumpur hồi tháng 9/2003.",
                          "asean-sectoral")
    assert council.start == "2003-09"


def test_a_sectors_senior_officials_are_that_sectors_body_not_the_som():
    found = _meetings("An ninh phi truyền thống\n\nHội nghị Quan chức cao cấp ASEAN về tội phạm xuyên quốc gia (SOMTC) "
                      "lần thứ 20 được tổ chức tại Hà Nội ngày 24/6/2020.")
    assert [(m.series, m.ordinal) for m in found] == [("asean-sectoral", 20)]


def test_the_coordinating_council_by_its_numbered_acronym():
    [acc] = _meetings("Trước thềm Cấp cao\n\nNgày 25/6/2020, ACC-27 họp trực tuyến dưới sự chủ trì của Việt Nam.", "acc")
    assert acc.ordinal == 27 and acc.format == "online"


def test_aipa_is_chaired_by_its_host_not_the_years_asean_chair():
    [aipa] = _meetings("Nghị viện khu vực\n\nĐại hội đồng Tổ chức Liên nghị viện ASEAN (AIPO) lần thứ 26 diễn ra tại Viêng "
                       "Chăn từ 18 đến 23/9/2005.", "aipa")
    assert aipa.country == "LA" and aipa.chair == "LA"


def test_a_deputy_prime_minister_with_his_portfolio_chairs():
    [admm] = _meetings("Quốc phòng\n\nTrước đó, Hội nghị Bộ trưởng Quốc phòng ASEAN hẹp đã bàn về an ninh biển. "
                       "Cuộc họp do Phó Thủ tướng Thái Lan phụ trách an ninh Prawit Wongsuwon chủ trì.", "admm")
    assert admm.chair == "TH"


def test_the_day_said_before_chuan_bi_cho_is_the_preparers_not_the_targets():
    som, summit = _meetings("Chuẩn bị Cấp cao\n\nThứ trưởng Ngoại giao chủ trì cuộc họp SOM ASEAN trực tuyến ngày 13/4/2020 "
                            "để chuẩn bị cho Hội nghị Cấp cao đặc biệt ASEAN về Covid-19.")
    assert som.start == "2020-04-13" and summit.start != "2020-04-13" and summit.status == "planned"


def test_finance_ministers_who_end_their_numbered_annual_meeting():
    [afmm] = _meetings("Tài chính khu vực\n\nCác bộ trưởng tài chính ASEAN đã kết thúc hội nghị thường niên lần thứ 9 tại "
                       "Viêng Chăn ngày 7/4/2005.", "asean-sectoral")
    assert afmm.ordinal == 9 and afmm.city == "Vientiane"


def test_an_asean_conference_on_a_subject_is_an_asean_bodys_meeting():
    [conference] = _meetings("Phòng chống dịch bệnh\n\nHội nghị ASEAN về phòng chống HIV/AIDS khai mạc tại Hà Nội sáng "
                             "20/11/2005.", "asean-sectoral")
    assert conference.start == "2005-11-20"


def test_the_bodies_a_country_chairs_for_its_year_are_not_meetings():
    found = _meetings("Hợp tác quốc phòng\n\nNgày 5/10/2020, tại Hà Nội, Bộ Quốc phòng phát huy vai trò trên cương vị Chủ "
                      "tịch Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) và Hội nghị Bộ trưởng Quốc phòng các nước "
                      "ASEAN Mở rộng (ADMM+) trong năm 2020. Ngày 10/12/2020, Chủ tịch Hội nghị Bộ trưởng Quốc phòng "
                      "các nước ASEAN (ADMM) lần thứ 14 phát biểu khai mạc.")
    # One numbered after its chair is still a meeting.
    assert [(m.series, m.ordinal) for m in found if m.series in ("admm", "admm-plus")] == [("admm", 14)]



def test_a_page_opening_on_its_meeting_by_who_attends():
    [meeting] = _meetings("Hài hòa tiêu chuẩn thuốc trong khu vực\nHội nghị có sự tham dự của cơ quan quản lý dược các nước "
                          "ASEAN và Ban thư ký ASEAN. Phát biểu khai mạc Hội nghị, Bộ trưởng Bộ Y tế Việt Nam nhấn mạnh "
                          "yêu cầu hội nhập.", "asean-sectoral")
    assert meeting.country == "VN"
    # After a meeting the title names, the bare noun is that one.
    found = _meetings("Khai mạc Hội nghị Bộ trưởng Y tế ASEAN lần thứ 15\nHội nghị có sự tham dự của cơ quan quản lý y tế "
                      "các nước ASEAN. Hội nghị Bộ trưởng Y tế ASEAN lần thứ 15 diễn ra tại Đà Nẵng ngày 14/5/2022.")
    assert [(m.series, m.ordinal) for m in found] == [("asean-sectoral", 15)]


def test_asean_and_a_number_after_the_meeting_noun_is_the_numbered_summit():
    [summit] = _meetings("Cấp cao trực tuyến\n\nHội nghị ASEAN 36 diễn ra trực tuyến ngày 26/6/2020.", "asean-summit")
    assert summit.ordinal == 36 and summit.format == "online"


def test_foreign_ministers_who_have_an_informal_get_together():
    [amm] = _meetings("Tình hình Myanmar\n\nTối 9/9/2023, tại Jakarta, Ngoại trưởng các nước ASEAN đã có cuộc gặp không "
                      "chính thức bàn về tình hình Myanmar.", "amm")
    assert amm.city == "Jakarta"


def test_ministers_of_the_bloc_or_of_the_southeast_asian_nations_keep_their_series():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị Bộ trưởng Ngoại giao các nước Đông Nam Á")[0] == "amm"
    assert classify("Hội nghị ngoại trưởng khối ASEAN")[0] == "amm"
    assert classify("Hội nghị bộ trưởng kinh tế khối ASEAN")[0] == "aem"
    assert classify("Hội nghị Bộ trưởng Quốc phòng khối ASEAN")[0] == "admm"
    assert classify("Cuộc gặp các nhà lãnh đạo ASEAN")[0] == "asean-summit"


def test_the_heads_of_a_sectors_bodies_meet_as_an_asean_body():
    from summitgraph.extract.series import classify
    for name in ("Hội nghị Thống đốc Ngân hàng Trung ương ASEAN", "Hội nghị Tổng Tư lệnh Quân đội các nước ASEAN",
                 "Hội nghị Chánh án các nước ASEAN", "Hội nghị Tổng Kiểm toán ASEAN"):
        assert classify(name)[0] == "asean-sectoral", name


def test_a_high_level_task_force_is_no_summit():
    from summitgraph.extract.series import classify
    assert classify("Cuộc họp lần thứ 5 của Nhóm đặc trách cấp cao về hội nhập kinh tế ASEAN (HLTF)")[0] == "asean-sectoral"


def test_the_leaders_of_a_sectors_bodies_meet_as_an_asean_body():
    [customs] = _meetings("Hải quan khu vực\n\nHội nghị các nhà lãnh đạo ngành hải quan ASEAN lần thứ 14 sẽ khai mạc tại "
                          "Hà Nội ngày 12/6/2005.", "asean-sectoral")
    assert customs.ordinal == 14


def test_a_committee_of_the_cept_agreement_is_an_asean_body():
    [committee] = _meetings("Cắt giảm thuế\n\nCuộc họp Ủy ban điều phối thực hiện Hiệp định CEPT (CCCA) diễn ra tại TP HCM "
                            "từ 15 đến 17/3/2005.", "asean-sectoral")
    assert committee.city == "Ho Chi Minh City"


def test_summits_in_plural_framing_one_occasion_are_one_meeting():
    found = _meetings("Thương mại tự do ASEAN\n\nKế hoạch sẽ được Hàn Quốc công bố tại Viêng Chăn tuần tới, trong khuôn "
                      "khổ các hội nghị cấp cao của khối.", "asean-summit")
    assert [m.country for m in found] == ["LA"]


def test_a_day_two_off_a_numbered_summits_days_is_another_events():
    [summit] = _meetings("Chuẩn bị Cấp cao\n\nTrong khuôn khổ chuẩn bị cho Hội nghị Cấp cao ASEAN 37, ngày 10/11/2020 đã "
                         "diễn ra Hội nghị Hội đồng Điều phối ASEAN (ACC) lần thứ 27.", "asean-summit")
    assert (summit.start, summit.end) == ("2020-11-12", "2020-11-15")


def test_the_meeting_just_named_prepares_what_the_next_sentence_says():
    jcm, summit = _meetings("Điều phối chung\n\nChiều 24/6/2020, Hội nghị Điều phối chung ASEAN (JCM) đã họp trực tuyến. "
                            "Hội nghị nhằm chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 36.")
    assert jcm.series == "jcm" and jcm.prepares == 1 and summit.ordinal == 36


def test_preparing_the_content_for_a_meeting_prepares_it():
    som, amm = _meetings("SOM ASEAN\n\nHội nghị SOM ASEAN lần này có nhiệm vụ chuẩn bị nội dung cho Hội nghị AMM-53 diễn ra "
                         "vào tháng 9/2020.")
    assert som.prepares == 1 and amm.status == "planned"


def test_before_the_charter_the_mid_year_amm_was_held_by_the_previous_summits_host():
    [amm] = _meetings("AMM 38: ASEAN kêu gọi cải cách\n\nCác ngoại trưởng ASEAN hôm nay kêu gọi Myanmar đẩy nhanh tiến trình "
                      "dân chủ.", "amm")
    assert amm.ordinal == 38 and amm.country == "LA" and amm.chair == "LA"


def test_the_host_said_after_the_name_by_one_of_its_ministries():
    [telmin] = _meetings("Viễn thông ASEAN\n\nHội nghị Bộ trưởng Viễn thông ASEAN lần thứ 5 sẽ được Bộ Bưu chính Viễn thông "
                         "VN phối hợp với các đối tác tổ chức vào cuối tháng 9 tới.", "asean-sectoral")
    assert telmin.country == "VN"



def test_aipa_by_its_acronym_and_number_with_a_space():
    [aipa] = _meetings("Nghị viện khu vực\n\nNgày 10/8/2020, Quốc hội cho biết AIPA 41 sẽ được tổ chức theo hình thức trực "
                       "tuyến.", "aipa")
    assert aipa.ordinal == 41 and aipa.format == "online"



def test_a_council_by_its_acronym_and_number_that_met():
    [aecc] = _meetings("Kinh tế khu vực\n\nNgày 19/9/2020, Hội đồng Cộng đồng Kinh tế ASEAN (AECC) lần thứ 19 đã họp trực "
                       "tuyến.", "asean-sectoral")
    assert aecc.ordinal == 19 and aecc.format == "online"


def test_asean_trade_ministers_hold_the_aem():
    [aem] = _meetings("Thương mại khu vực\n\nHội nghị Bộ trưởng Thương mại ASEAN diễn ra tại Manila ngày 7/9/2017.", "aem")
    assert aem.city == "Manila"


def test_the_asean_ministerial_meeting_by_its_number_is_the_amm():
    [amm] = _meetings("Ngoại giao khu vực\n\nHội nghị Bộ trưởng ASEAN lần thứ 38 khai mạc tại Viêng Chăn ngày 26/7/2005.",
                      "amm")
    assert amm.ordinal == 38 and amm.chair == "LA"


def test_a_body_by_its_bare_acronym_dated_and_online():
    [acc] = _meetings("Trước thềm Cấp cao\n\nNgày 25/6/2020, ACC đã họp trực tuyến dưới sự chủ trì của Phó Thủ tướng.", "acc")
    assert acc.start == "2020-06-25" and acc.format == "online"


def test_the_aem_by_its_acronym_and_number():
    [aem] = _meetings("Kinh tế ASEAN\n\nAEM 52 đã thông qua nhiều văn kiện quan trọng về phục hồi kinh tế.", "aem")
    assert aem.ordinal == 52


def test_the_som_by_its_acronym_dated_and_placed():
    [som] = _meetings("Năm Chủ tịch ASEAN\n\nSOM ASEAN 2020 diễn ra tại Nha Trang ngày 16/1/2020 dưới sự chủ trì của Thứ "
                      "trưởng Ngoại giao.", "asean-som")
    assert som.city == "Nha Trang" and som.start == "2020-01-16"


def test_the_members_as_members_or_annual_keep_the_series():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị Ngoại trưởng các nước thành viên ASEAN")[0] == "amm"
    assert classify("Hội nghị Bộ trưởng Ngoại giao thường niên ASEAN")[0] == "amm"
    assert classify("Hội nghị Bộ trưởng Kinh tế các nước thành viên ASEAN")[0] == "aem"
    assert classify("Hội nghị thượng đỉnh khối Đông Nam Á")[0] == "asean-summit"
    assert classify("Hội nghị Bộ trưởng Ngoại giao các nước Hiệp hội Đông Nam Á")[0] == "amm"
