"""Round 10 of economic and trade meetings: pacts beside ASEAN, ASEAN's councils and FTA bodies, partners the
registry does not list as ASEAN's, consultations told by their verb."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(sentence: str):
    text = f"Tin kinh tế\n\nHà Nội, ngày 9/9/2019\n\n{sentence}"
    return read_article(article_from_text(text, "t.txt")).meetings


def _read(sentence: str) -> list[tuple[str, str | None, int | None]]:
    return [(m.series, m.partner, m.ordinal) for m in _meetings(sentence)]


def test_the_rcep_and_cptpp_meet_as_pacts_beside_asean():
    assert _read("Ngày 7/9, tại Đà Nẵng, Hội nghị Bộ trưởng các nước tham gia RCEP lần thứ 9 đã khai mạc.") \
        == [("other-multilateral", None, 9)]
    assert _read("Hội nghị Ủy ban CPTPP lần thứ 4 sẽ diễn ra tại Singapore.") == [("other-multilateral", None, 4)]
    assert _read("Các Bộ trưởng RCEP đã nhóm họp trực tuyến ngày 15/9.") == [("other-multilateral", None, None)]


def test_a_negotiating_round_of_a_pact_by_its_acronym():
    assert _read("Vòng đàm phán RCEP lần thứ 19 đã kết thúc tại Hyderabad.") == [("other-multilateral", None, 19)]
    assert _read("Vòng đàm phán AKFTA nâng cấp lần thứ 3 khai mạc tại Seoul.") == [("asean-partner-other", "KR", 3)]


def test_the_wto_by_its_full_name():
    assert _read("Hội nghị Bộ trưởng Tổ chức Thương mại Thế giới lần thứ 10 đã bế mạc tại Nairobi.") \
        == [("other-multilateral", None, 10)]


def test_a_numbered_council_session_without_the_word_hoi_nghi():
    assert _read("Hội đồng Khu vực Mậu dịch tự do ASEAN (AFTA) lần thứ 30 đã họp tại Manila.") \
        == [("asean-sectoral", None, 30)]
    assert _read("Hội đồng AIA lần thứ 20 đã thông qua báo cáo.") == [("asean-sectoral", None, 20)]
    assert _read("Hội đồng Chương trình ưu đãi thuế quan có hiệu lực chung (CEPT) lần thứ 15 diễn ra tại Hà Nội.") \
        == [("asean-sectoral", None, 15)]


def test_a_joint_committee_of_an_asean_fta_with_two_partners_is_no_bilateral_commission():
    assert _read("Hội nghị Ủy ban hỗn hợp Hiệp định thương mại tự do ASEAN - Úc - New Zealand (AANZFTA) lần thứ 9 "
                 "đã diễn ra tại Jakarta.") == [("asean-sectoral", None, 9)]


def test_an_fta_body_by_its_acronym_names_the_partner():
    assert _read("Hội nghị Ủy ban hỗn hợp AJCEP lần thứ 15 diễn ra tại Tokyo.") == [("asean-partner-other", "JP", 15)]


def test_asean_economic_ministers_with_australia_and_new_zealand_meet_the_cer():
    assert _read("Tham vấn AEM - CER lần thứ 22 diễn ra tại Singapore.") == [("asean-partner-other", "CER", 22)]
    assert _read("Hội nghị Bộ trưởng Kinh tế ASEAN - Australia - New Zealand lần thứ 21 đã diễn ra tại Pasay.") \
        == [("asean-partner-other", "CER", 21)]


def test_a_partners_minister_with_a_portfolio_of_several_words():
    assert _read("Ngày 8/9, các Bộ trưởng Kinh tế ASEAN đã tham vấn với Bộ trưởng Kinh tế, Thương mại và Công nghiệp "
                 "Nhật Bản.") == [("asean-partner-other", "JP", None)]


def test_a_partner_outside_the_registrys_partners_after_aseans_dash():
    for name, code in (("Mông Cổ", "MN"), ("Ai Cập", "EG"), ("Hà Lan", "NL"), ("Đức", "DE"), ("Pháp", "FR"),
                       ("Mercosur", "MERCOSUR"), ("Liên minh châu Phi", "AFRICAN_UNION")):
        assert _read(f"Hội nghị Bộ trưởng Ngoại giao ASEAN - {name} đã diễn ra tại Bangkok.") \
            == [("asean-partner-other", code, None)], name


def test_ministers_told_as_who_met_with_the_number_after_the_verb_and_an_eu_commissioner():
    assert _read("Các Bộ trưởng Kinh tế ASEAN (AEM) đã nhóm họp lần thứ 47 tại Kuala Lumpur.") == [("aem", None, 47)]
    assert _read("Các Bộ trưởng Kinh tế ASEAN và Ủy viên Thương mại EU đã họp tại Bangkok ngày 8/9.") \
        == [("asean-partner-other", "EU", None)]


def test_economic_ministers_meeting_a_partners_trade_representative_are_one_partner_meeting():
    assert _read("Ngày 8/9 tại Bangkok, các Bộ trưởng Kinh tế ASEAN đã gặp Đại diện Thương mại Hoa Kỳ Robert "
                 "Lighthizer.") == [("asean-partner-other", "US", None)]


def test_finance_ministers_by_their_acronym():
    assert _read("Hội nghị AFMM lần thứ 25 đã diễn ra tại Chiang Rai.") == [("asean-sectoral", None, 25)]


def test_an_economic_consultation_by_its_acronym_alone():
    assert _read("AEM-METI lần thứ 23 thúc đẩy kết nối chuỗi cung ứng.") == [("asean-partner-other", "JP", 23)]
    assert _read("Bộ trưởng Công Thương dự AEM-CER lần thứ 23.") == [("asean-partner-other", "CER", 23)]


def test_senior_economic_officials_are_no_leaders_and_asean_with_its_three_after_dashes_is_asean_plus_three():
    assert _read("Hội nghị Quan chức kinh tế cấp cao ASEAN+3 (SEOM+3) đã diễn ra tại Hội An ngày 8/9.") \
        == [("apt-other", None, None)]
    assert _read("Hội nghị Bộ trưởng Kinh tế ASEAN - Nhật Bản - Trung Quốc - Hàn Quốc đã diễn ra tại Manila ngày 8/9.") \
        == [("apt-other", None, None)]


def test_a_session_of_the_afta_council_said_after_its_number():
    assert _read("Phiên họp lần thứ 24 của Hội đồng AFTA diễn ra tại Cebu.") == [("asean-sectoral", None, 24)]


def test_the_wto_ministerial_conference_by_its_number_and_the_ipef_and_adb_meetings():
    assert _read("Hội nghị MC11 đã khai mạc tại Buenos Aires ngày 10/12.") == [("other-multilateral", None, 11)]
    assert _read("Vòng đàm phán thứ 5 Khung kinh tế Ấn Độ Dương - Thái Bình Dương (IPEF) đã diễn ra tại Bangkok.") \
        == [("other-multilateral", None, 5)]
    assert _read("Hội nghị thường niên lần thứ 50 của Ngân hàng Phát triển châu Á diễn ra tại Yokohama.") \
        == [("other-multilateral", None, 50)]


def test_the_aem_by_its_acronym_with_three_or_consulting_one_partner_and_the_cer_said_with_and():
    assert _read("Hội nghị AEM + 3 lần thứ 8 đã diễn ra tại Kuala Lumpur.") == [("apt-other", None, 8)]
    assert _read("Theo chương trình, AEM sẽ tham vấn với Bộ trưởng Thương mại Ấn Độ vào ngày 26/8.") \
        == [("asean-partner-other", "IN", None)]
    assert _read("Hội nghị Bộ trưởng Kinh tế ASEAN - Úc và New Zealand lần thứ 11 đã diễn ra tại Cebu.") \
        == [("asean-partner-other", "CER", 11)]


def test_an_unlisted_partner_before_the_first_time_said():
    [found] = _meetings("Hội nghị Cấp cao ASEAN - Liên minh châu Phi lần đầu tiên diễn ra tại Kuala Lumpur năm 2025.")
    assert (found.series, found.partner) == ("asean-partner-summit", "AFRICAN_UNION")


def test_a_consultation_said_by_its_number_whose_co_chairs_are_asean_and_one_partner():
    assert _read("Bộ trưởng Thương mại Trung Quốc và các Bộ trưởng Kinh tế ASEAN đã đồng chủ trì cuộc tham vấn lần "
                 "thứ 19 tại Kuala Lumpur.") == [("asean-partner-other", "CN", 19)]
    assert _read("Các Bộ trưởng Kinh tế ASEAN đã có cuộc tham vấn lần thứ 14 với Bộ trưởng Thương mại Ấn Độ.") \
        == [("asean-partner-other", "IN", 14)]


def test_the_wtos_ministers_and_apecs_in_one_article_are_two_meetings():
    found = _meetings("Hội nghị Bộ trưởng WTO đã diễn ra tại Buenos Aires. Tại Hội nghị Bộ trưởng Thương mại APEC, các "
                      "Bộ trưởng kêu gọi ủng hộ hệ thống thương mại đa phương.")
    assert [(m.name, m.city) for m in found] == [("Hội nghị Bộ trưởng WTO", "Buenos Aires"),
                                                 ("Hội nghị Bộ trưởng Thương mại APEC", None)]


def test_the_oecds_ministerial_council():
    assert _read("Hội nghị Hội đồng Bộ trưởng OECD đã khai mạc tại Paris ngày 6/6.") == [("other-multilateral", None, None)]


def test_host_cities_of_finance_and_trade_ministers_meetings():
    [found] = _meetings("Hội nghị Bộ trưởng Tài chính ASEAN+3 lần thứ 9 tại Hyderabad đã thông qua tuyên bố chung.")
    assert (found.series, found.city, found.country) == ("apt-other", "Hyderabad", "IN")
    [found] = _meetings("Hội nghị Bộ trưởng Thương mại APEC lần thứ 25 đã diễn ra tại Viña del Mar.")
    assert (found.city, found.country) == ("Viña del Mar", "CL")


def test_australia_dash_new_zealand_in_a_list_of_partners_is_the_cer_and_the_list_goes_on():
    found = _read("Ngày 9/9, các Bộ trưởng Kinh tế ASEAN đã tham vấn với các đối tác gồm Trung Quốc, Úc - New Zealand, "
                  "Hoa Kỳ và Canada.")
    assert [partner for _, partner, _ in found] == ["CN", "CER", "US", "CA"]
