"""Round 7 of ASEAN's partner meetings: phrasings unseen news writes them in."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series}


def test_a_listed_partner_glossed_by_a_bracket_is_still_a_partner():
    text = ("Thủ tướng dự hội nghị\n\nNgày 12/11/2022, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN với các "
            "nước đối tác gồm Hàn Quốc, Nhật Bản, Trung Quốc (ASEAN+1).")
    assert _partners(text, "asean-partner-summit") == {"KR", "JP", "CN"}


def test_asean_leaders_meeting_a_list_of_partners_hold_one_meeting_each():
    text = ("Bế mạc hội nghị\n\nNgày 4/11/2019, tại Bangkok, lãnh đạo ASEAN đã họp với các đối tác Trung Quốc, "
            "Nhật Bản, Ấn Độ và Liên hợp quốc.")
    assert _partners(text, "asean-partner-summit") == {"CN", "JP", "IN", "UN"}


def test_ministers_meeting_one_by_one_with_a_partners_minister():
    text = ("Hội nghị ngoại trưởng\n\nNgày 26/7/2024, các Bộ trưởng Ngoại giao ASEAN đã lần lượt họp với Bộ trưởng "
            "Ngoại giao Trung Quốc Vương Nghị.")
    assert _partners(text, "asean-partner-other") == {"CN"}


def test_a_partner_hosting_a_commemorative_summit_holds_it_with_asean():
    text = ("Thúc đẩy quan hệ ASEAN - Nhật Bản\n\nTOKYO (VOV) - Ngày 10/8/2023, Nhật Bản cho biết sẽ đăng cai "
            "Hội nghị Cấp cao kỷ niệm vào tháng 12 tới.")
    assert _partners(text, "asean-partner-summit") == {"JP"}


def test_a_numbered_summit_and_the_commemorative_one_it_looks_forward_to_are_two():
    text = ("Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc\n\nBANGKOK (TTXVN) - Chiều 3/11/2019, Thủ tướng Nguyễn "
            "Xuân Phúc dự Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 21.\n\nTại Hội nghị, Thủ tướng hoan nghênh Hội "
            "nghị Cấp cao kỷ niệm 30 năm quan hệ ASEAN - Hàn Quốc sẽ diễn ra tại Busan vào tháng 11 này.")
    summits = [m for m in read_article(article_from_text(text, "t.txt")).meetings
               if m.series == "asean-partner-summit"]
    # The credit abroad ("BANGKOK (TTXVN) - ") places the summit its sentence tells (ingest10).
    assert sorted((m.ordinal or 0, m.city or "") for m in summits) == [(0, "Busan"), (21, "Bangkok")]


def test_a_frameworks_officials_told_by_their_verb_meet():
    text = ("Diễn đàn khu vực ASEAN\n\nJAKARTA (VnExpress) - Hôm 14/7/2023, ngoại trưởng dự ARF tại Jakarta. Trước "
            "đó, các quan chức cấp cao ARF đã họp tại Bali hồi tháng 6.")
    [som] = [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == "arf-other"]
    assert som.city == "Bali"


def test_ministers_meeting_several_partners_ministers_in_turn_hold_one_meeting_each():
    text = ("Hội nghị ngoại trưởng\n\nNgày 26/7/2024, các Bộ trưởng Ngoại giao ASEAN đã lần lượt họp với Bộ trưởng "
            "Ngoại giao Trung Quốc Vương Nghị, Ngoại trưởng Nhật Bản Kamikawa Yoko và Ngoại trưởng Hàn Quốc Cho "
            "Tae-yul.")
    met = [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == "asean-partner-other"]
    assert {m.partner for m in met} == {"CN", "JP", "KR"}
    assert {m.start for m in met} == {"2024-07-26"}


def test_a_session_named_asean_and_a_partner_is_their_meeting():
    text = ("Thủ tướng dự phiên họp\n\nVIENTIANE (Báo Chính phủ) - Chiều thứ Năm, 10/10/2024, Thủ tướng Phạm Minh "
            "Chính dự phiên họp ASEAN - Hàn Quốc, trong đó hai bên chính thức nâng cấp quan hệ.")
    assert _partners(text, "asean-partner-summit") == {"KR"}


def test_the_gulf_cooperation_councils_full_name_is_a_partner():
    text = ("ASEAN và GCC\n\nRIYADH (VOV) - Ngày 20/10/2023, Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác các quốc gia "
            "Ả-rập vùng Vịnh lần thứ nhất đã diễn ra tại Riyadh.")
    assert _partners(text, "asean-partner-summit") == {"GCC"}


def test_a_dated_summit_and_the_commemorative_one_welcomed_at_it_are_two():
    text = ("Thủ tướng dự các hội nghị cấp cao\n\nBANGKOK (TTXVN) - Ngày 4/11/2019, Thủ tướng dự Hội nghị Cấp cao "
            "ASEAN+3.\n\nTrước đó, ngày 3/11, tại Hội nghị Cấp cao ASEAN - Hàn Quốc, Thủ tướng hoan nghênh Hội nghị "
            "Cấp cao kỷ niệm 30 năm quan hệ ASEAN - Hàn Quốc sẽ diễn ra tại Busan vào cuối tháng này.")
    meetings = read_article(article_from_text(text, "t.txt")).meetings
    assert sorted(m.city or "" for m in meetings if m.series == "asean-partner-summit") == ["", "Busan"]
    assert [m.city for m in meetings if m.series == "apt-summit"] != ["Busan"]


def test_meetings_listed_before_one_to_come_verb_are_all_to_come():
    text = ("Thủ tướng dự các hội nghị cấp cao\n\nBANGKOK (TTXVN) - Ngày 3/11/2019, tại Hội nghị Cấp cao ASEAN - Hàn "
            "Quốc, Thủ tướng hoan nghênh Hội nghị Cấp cao kỷ niệm 30 năm quan hệ ASEAN - Hàn Quốc và Hội nghị Cấp "
            "cao Mekong - Hàn Quốc lần thứ nhất sẽ diễn ra tại Busan.")
    summits = [m for m in read_article(article_from_text(text, "t.txt")).meetings
               if m.series == "asean-partner-summit"]
    assert sorted(m.city or "" for m in summits) == ["Bangkok", "Busan"]


def test_both_sides_of_the_sentence_before_hold_a_special_summit():
    text = ("Quan hệ ASEAN - Hoa Kỳ\n\nHÀ NỘI (Báo Quốc tế) - Quan hệ ASEAN - Hoa Kỳ được nâng cấp năm 2022. Trước đó, "
            "hai bên đã tổ chức Hội nghị Cấp cao đặc biệt tại Washington vào tháng 5/2022.")
    summits = [m for m in read_article(article_from_text(text, "t.txt")).meetings
               if m.series == "asean-partner-summit"]
    assert [(m.partner, m.city) for m in summits] == [("US", "Washington")]
