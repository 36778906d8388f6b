"""Round 13 of ASEAN's meetings with partners: lists of office-holders met, English names, meetings told by who met."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in _meetings(text) if m.series == series}


def test_summit_with_two_office_holders_meets_each_partner():
    text = ("Tuần lễ cấp cao\n\nBangkok, ngày 4/11/2019 - Chiều nay, các nhà lãnh đạo ASEAN cũng họp thượng đỉnh với Thủ "
            "tướng Nhật Bản và Tổng thống Hàn Quốc để bàn về thương mại.")
    assert _partners(text, "asean-partner-summit") == {"JP", "KR"}


def test_office_holders_named_between_the_partners():
    text = ("Tuần lễ cấp cao\n\nBangkok, ngày 4/11/2019 - Chiều nay, lãnh đạo ASEAN họp thượng đỉnh với Thủ tướng Ấn Độ "
            "Narendra Modi, Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Hàn Quốc Moon Jae-in.")
    assert _partners(text, "asean-partner-summit") == {"IN", "JP", "KR"}


def test_english_ministers_meeting_names():
    text = ("Ngoại giao\n\nManila, ngày 5/8/2017 - Phó Thủ tướng dự The 50th ASEAN Foreign Ministers' Meeting tại "
            "Manila cùng các đồng nghiệp trong khu vực.")
    found = [m for m in _meetings(text) if m.series == "amm"]
    assert [m.ordinal for m in found] == [50]
    text = ("Ngoại giao\n\nManila, ngày 6/8/2017 - Chiều nay diễn ra ASEAN-Japan Foreign Ministers' Meeting tại Manila.")
    assert _partners(text, "asean-partner-other") == {"JP"}


def test_english_ordinal_before_the_acronym():
    text = "Ngoại giao\n\nManila, ngày 5/8/2017 - Bộ trưởng dự The 50th AMM tại Manila hôm nay."
    assert [(m.series, m.ordinal) for m in _meetings(text)] == [("amm", 50)]


def test_two_acronyms_joined_by_a_slash_are_two_meetings():
    text = "Ngoại giao\n\nManila, ngày 5/8/2017 - Bộ trưởng lên đường dự các hội nghị AMM/PMC tại Manila."
    assert {m.series for m in _meetings(text)} == {"amm", "asean-partner-other"}


def test_heads_of_asean_as_who_met():
    text = ("Cấp cao\n\nCebu, ngày 12/1/2007 - Thủ tướng các nước ASEAN nhóm họp tại Cebu, Philippines để bàn về an ninh "
            "năng lượng của khu vực.")
    assert [m.series for m in _meetings(text)] == ["asean-summit"]
    # One head, then ASEAN: his remark on it, no meeting of heads.
    text = "Cấp cao\n\nNgày 12/1/2007 - Thủ tướng Singapore nói ASEAN sẽ họp bàn về khủng hoảng."
    assert "asean-summit" not in {m.series for m in _meetings(text)}


def test_annual_meeting_told_by_asean_ministers():
    text = ("Ngoại giao\n\nManila, ngày 25/7/2007 - Tại cuộc gặp thường niên ở Manila, các ngoại trưởng ASEAN kêu gọi "
            "chính quyền Myanmar đẩy nhanh cải cách.")
    found = _meetings(text)
    assert [(m.series, m.city) for m in found] == [("amm", "Manila")]
    text = ("Ngoại giao\n\nNgày 25/7/2007 - Tại cuộc họp thường niên ở Jakarta, các bộ trưởng kinh tế ASEAN bàn về "
            "thuế quan.")
    assert [m.series for m in _meetings(text)] == ["aem"]


def test_meeting_pointed_back_to_is_not_a_new_one():
    text = ("Du lịch\n\nSáng 3/2, Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 9 khai mạc tại Vientiane.\n\nTại hội nghị, "
            "các bộ trưởng thông qua kế hoạch mà nguyên thủ các nước ASEAN ký tháng 11/2002.")
    assert "asean-summit" not in {m.series for m in _meetings(text)}


def test_day_between_asean_ministers_and_their_verb():
    text = ("Ngoại giao\n\nManila, ngày 1/8/2007 - Các ngoại trưởng ASEAN hôm qua cũng đã họp với Ngoại trưởng Trung "
            "Quốc, Nhật Bản và Hàn Quốc trong khuôn khổ ASEAN+3.")
    assert "apt-other" in {m.series for m in _meetings(text)}
    text = ("Ngoại giao\n\nManila, ngày 1/8/2007 - Các ngoại trưởng ASEAN sáng nay sẽ gặp Ngoại trưởng Australia để bàn "
            "về chống khủng bố.")
    assert _partners(text, "asean-partner-other") == {"AU"}


def test_dialogue_and_separate_meeting_with_one_partner():
    text = ("Cấp cao\n\nManila, ngày 13/11/2017 - Chiều nay, lãnh đạo ASEAN đã có cuộc đối thoại với Thủ tướng Canada tại "
            "Manila.")
    assert _partners(text, "asean-partner-summit") == {"CA"}
    text = "Cấp cao\n\nManila, ngày 13/11/2017 - Lãnh đạo ASEAN cũng họp riêng với Thủ tướng Trung Quốc Lý Khắc Cường."
    assert _partners(text, "asean-partner-summit") == {"CN"}


def test_partners_counted_after_asean_as_who_met():
    text = ("Ngoại giao\n\nKuala Lumpur, ngày 26/7/2005 - Các ngoại trưởng 10 nước ASEAN và ba nước Trung Quốc, Nhật Bản, "
            "Hàn Quốc đã nhóm họp tại Kuala Lumpur.")
    assert [m.series for m in _meetings(text)] == ["apt-other"]


def test_bare_meeting_under_a_title_naming_a_framework():
    text = ("ASEAN+3 nhất trí tăng cường hợp tác tài chính\n\nManila, ngày 14/11/2017 - Tại hội nghị hôm qua, lãnh đạo "
            "các nước nhất trí mở rộng quỹ dự trữ khu vực.")
    assert [m.series for m in _meetings(text)] == ["apt-summit"]
    text = ("ASEAN+3 nhất trí tăng cường hợp tác tài chính\n\nManila, ngày 14/11/2017 - Tại hội nghị hôm qua, các ngoại "
            "trưởng nhất trí mở rộng quỹ dự trữ khu vực.")
    assert [m.series for m in _meetings(text)] == ["apt-other"]
    # Who met is not told: no level to read.
    text = ("ASEAN+3 nhất trí tăng cường hợp tác tài chính\n\nManila, ngày 14/11/2017 - Tại hội nghị hôm qua, các bên "
            "nhất trí mở rộng quỹ dự trữ khu vực.")
    assert not {m.series for m in _meetings(text)} & {"apt-summit", "apt-other"}


def test_partners_listed_before_a_summit_with_asean():
    text = ("Tuần lễ cấp cao\n\nManila, ngày 13/11/2017 - Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Hàn Quốc Moon "
            "Jae-in cũng dự các cuộc họp thượng đỉnh riêng với ASEAN chiều nay.")
    assert _partners(text, "asean-partner-summit") == {"JP", "KR"}
    text = ("Tuần lễ cấp cao\n\nManila, ngày 13/11/2017 - Lãnh đạo Nhật Bản, Hàn Quốc và Ấn Độ lần lượt họp thượng đỉnh "
            "với ASEAN chiều nay.")
    assert _partners(text, "asean-partner-summit") == {"JP", "KR", "IN"}


def test_leaders_of_the_east_asian_countries_counted_as_who_met():
    text = "Cấp cao\n\nKuala Lumpur, ngày 15/12/2005 - Lãnh đạo 16 nước Đông Á đã nhóm họp tại Kuala Lumpur hôm qua."
    assert [m.series for m in _meetings(text)] == ["eas"]


def test_framework_named_alone_as_what_is_attended():
    text = "Tuần lễ cấp cao\n\nManila, ngày 13/11/2017 - Thủ tướng sẽ dự ASEAN+1 với Nhật Bản tại Manila vào ngày 14/11."
    assert _partners(text, "asean-partner-summit") == {"JP"}
    text = "Tuần lễ cấp cao\n\nManila, ngày 15/11/2017 - Tại ASEAN+3 hôm qua, các nhà lãnh đạo nhất trí tăng cường hợp tác."
    assert [m.series for m in _meetings(text)] == ["apt-summit"]
    text = "Ngoại giao\n\nManila, ngày 6/8/2017 - Bộ trưởng dự ASEAN - Hàn Quốc tại Manila ngày 7/8."
    assert _partners(text, "asean-partner-other") == {"KR"}
    # A relation, not a meeting attended.
    text = "Ngoại giao\n\nManila, ngày 6/8/2017 - Quan hệ ASEAN - Hàn Quốc phát triển mạnh trong năm qua."
    assert not _partners(text, "asean-partner-other")
