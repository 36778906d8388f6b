"""Input shapes (round 13): the same article read the same when its text comes hard-wrapped, with entities left in,
typographic dashes, capitals, a site name on the title. Articles written for these tests."""
from __future__ import annotations

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text
from summitgraph.ingest.shapes import decode_entities
from summitgraph.model import Span

TITLE = "Việt Nam dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 tại Campuchia"
BODY = [
    "Ngày 14/9/2022, tại thành phố Siem Reap, Campuchia, Bộ trưởng Công Thương Nguyễn Hồng Diên dẫn đầu đoàn Việt "
    "Nam tham dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 (AEM 54), diễn ra từ ngày 14-18/9/2022.",
    "Phát biểu khai mạc, Phó Thủ tướng Campuchia Sun Chanthol nhấn mạnh rằng khu vực cần giữ vững đà phục hồi "
    "kinh tế sau đại dịch và thúc đẩy thương mại nội khối trong bối cảnh thế giới nhiều biến động.",
    "Các bộ trưởng đã trao đổi về việc triển khai Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP), đồng thời "
    "thống nhất các ưu tiên hợp tác kinh tế trong năm tới, trong đó có chuyển đổi số và kinh tế xanh.",
    "Bên lề Hội nghị, Bộ trưởng Nguyễn Hồng Diên đã có các cuộc gặp song phương với Bộ trưởng Thương mại "
    "Thái Lan và Bộ trưởng Công nghiệp Malaysia để bàn về việc tháo gỡ rào cản thương mại giữa các nước.",
]
PLAIN = TITLE + "\n" + "\n".join(BODY) + "\n"


def facts(text: str) -> tuple[set, set]:
    """The meetings (series, ordinal, dates, city, country) and people (name, country) read from a .txt file."""
    reading = read_article(article_from_text(text, "t.txt"))
    meetings = {(m.series, m.ordinal, m.start, m.end, m.city, m.country) for m in reading.meetings}
    people = {(p.name, p.country) for p in reading.people}
    return meetings, people


def spans_in_original(text: str) -> list[str]:
    """Each meeting's evidence as the original text it maps back to."""
    article = article_from_text(text, "t.txt")
    out = []
    for meeting in read_article(article).meetings:
        for span in meeting.evidence.spans:
            original = article.offsets.span_to_original(span)
            out.append(article.original[original.start:original.end])
    return out


def test_the_plain_article_gives_the_meeting():
    meetings, people = facts(PLAIN)
    assert any(m[0] == "aem" and m[1] == 54 for m in meetings), meetings
    assert ("Nguyễn Hồng Diên", "VN") in people


# --- HTML entities left in the text -------------------------------------------------------------------------------

def test_entities_left_in_the_text_read_as_the_characters_they_stand_for():
    messy = PLAIN.replace("Kinh tế ASEAN", "Kinh&nbsp;tế ASEAN").replace("Hồng Diên", "Hồng&#160;Diên")
    assert facts(messy) == facts(PLAIN)


def test_an_expanded_entity_maps_back_to_its_ampersand():
    text, index = decode_entities("A&amp;B &nbsp;C &bogus; &#x2013;")
    assert text == "A&B \u00a0C &bogus; \u2013"
    assert index[1] == 1 and index[2] == 6 and index[4] == 8 and index[5] == 14


# --- typographic dashes -------------------------------------------------------------------------------------------

def test_en_and_em_dashes_read_as_the_hyphen():
    typed = PLAIN.replace("diễn ra từ ngày 14-18/9/2022", "diễn ra từ ngày 14 đến 18-9-2022 - tại Siem Reap")
    messy = typed.replace("18-9-2022", "18–9–2022").replace(" - tại", " — tại")
    assert facts(messy) == facts(typed)
    meetings, _ = facts(messy)
    assert any(m[0] == "aem" and m[3] == "2022-09-18" for m in meetings), meetings


# --- hard-wrapped lines -------------------------------------------------------------------------------------------

def wrapped(width: int, *, blank_between: bool) -> str:
    """PLAIN as an e-mail client or a fixed-width copy wraps it."""
    import textwrap
    paragraphs = [textwrap.fill(p, width=width, break_long_words=False) for p in [TITLE, *BODY]]
    return ("\n\n" if blank_between else "\n").join(paragraphs) + "\n"


def test_a_hard_wrapped_article_gives_the_same_meetings_and_people():
    assert facts(wrapped(72, blank_between=True)) == facts(PLAIN)
    assert facts(wrapped(78, blank_between=False)) == facts(PLAIN)


def test_spans_of_a_hard_wrapped_article_map_back_to_the_wrapped_original():
    text = wrapped(60, blank_between=True)
    article = article_from_text(text, "t.txt")
    assert article.title == TITLE
    assert BODY[0] in article.text   # a paragraph is one line again
    found = spans_in_original(text)
    assert found
    for piece in found:
        assert " ".join(piece.split()) in " ".join(text.split())  # the same words, with the wrap's line breaks


def test_prose_with_lines_of_every_length_is_not_taken_for_a_hard_wrap():
    from summitgraph.ingest.shapes import unwrap_hard_lines
    assert unwrap_hard_lines(PLAIN) == PLAIN
    menu = "\n".join(["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Văn hóa", "Thể thao", "Liên hệ"])
    assert unwrap_hard_lines(menu) == menu


# --- headline and lead in capitals --------------------------------------------------------------------------------

def test_a_headline_and_lead_in_capitals_give_the_same_meeting_city_and_people():
    messy = TITLE.upper() + "\n" + BODY[0].upper() + "\n" + "\n".join(BODY[1:]) + "\n"
    plain_meetings, plain_people = facts(PLAIN)
    meetings, people = facts(messy)
    assert meetings == plain_meetings
    assert ("Nguyễn Hồng Diên", "VN") in people and ("Sun Chanthol", "KH") in people


def test_a_name_said_only_in_a_capitals_lead_is_read_as_a_name():
    lead = ("NGÀY 14/9/2022, BỘ TRƯỞNG CÔNG THƯƠNG TRẦN VĂN KHÔI ĐÃ DỰ HỘI NGHỊ BỘ TRƯỞNG KINH TẾ ASEAN LẦN THỨ 54 "
            "TẠI SIEM REAP, CAMPUCHIA.")
    text = TITLE + "\n" + lead + "\n" + "\n".join(BODY[1:]) + "\n"
    article = article_from_text(text, "t.txt")
    assert "Trần Văn Khôi" in article.text and "Siem Reap" in article.text
    people = {p.name for p in read_article(article).people}
    assert "Trần Văn Khôi" in people
    start = article.text.index("Trần Văn Khôi")
    span = article.offsets.span_to_original(Span(start, start + len("Trần Văn Khôi")))
    assert article.original[span.start:span.end] == "TRẦN VĂN KHÔI"


def test_an_acronym_and_a_foreign_name_in_capitals_keep_their_shape():
    from summitgraph.ingest.shapes import restore_case
    text = "Tin\nÔNG DUTERTE DỰ HỘI NGHỊ ADMM TẠI MANILA CÙNG CÁC BỘ TRƯỞNG.\nCác bộ trưởng đã dự hội nghị.\n"
    restored = restore_case(text)
    assert len(restored) == len(text)
    assert "Duterte" in restored and "ADMM" in restored and "Manila" in restored and "bộ trưởng" in restored


# --- a site's name on the title line ------------------------------------------------------------------------------

def test_a_site_name_before_or_after_the_title_is_not_part_of_it():
    for title in (f"Báo Nhân Dân điện tử | {TITLE}", f"{TITLE} - VietnamPlus", f"{TITLE} | baoquocte.vn"):
        article = article_from_text(title + "\n" + "\n".join(BODY) + "\n", "t.txt")
        assert article.title == TITLE, title
        start = article.text.index(TITLE)
        span = article.offsets.span_to_original(Span(start, start + len(TITLE)))
        assert article.original[span.start:span.end] == TITLE


def test_a_title_whose_second_half_follows_a_dash_keeps_it():
    title = "Hội đàm cấp cao Việt Nam - Nhật Bản tại Tokyo"
    assert article_from_text(title + "\n" + "\n".join(BODY) + "\n", "t.txt").title == title


def test_a_short_foreign_name_in_capitals_is_no_acronym_and_a_name_run_stops_at_a_function_word():
    from summitgraph.ingest.shapes import restore_case
    text = "Tin\nĐẠI SỨ MARC MEALY VÀ ÔNG LƯU VĂN KHÁNH ĐÃ DỰ HỘI NGHỊ ADMM TẠI JAKARTA.\nCác đại biểu đã dự.\n"
    restored = restore_case(text)
    assert restored.split("\n")[1].startswith("Đại sứ Marc Mealy và ông Lưu Văn Khánh đã dự hội nghị ADMM tại Jakarta")


def test_guillemets_read_as_curly_quotes():
    from summitgraph.ingest.shapes import unify_dashes_and_quotes
    assert unify_dashes_and_quotes("«Hợp tác» — ‹tốt›") == "“Hợp tác” - ‘tốt’"
    typed = PLAIN.replace("Phát biểu khai mạc, Phó Thủ tướng", "“Khu vực cần đoàn kết”, Phó Thủ tướng")
    messy = typed.replace("“", "«").replace("”", "»")
    assert facts(messy) == facts(typed)


def test_a_name_whose_word_is_also_a_common_word_keeps_its_capitals():
    from summitgraph.ingest.shapes import restore_case
    text = ("Tin\nTHỦ TƯỚNG PHẠM MINH CHÍNH DỰ HỘI NGHỊ VỀ BIỂN ĐÔNG TẠI HÀ NỘI.\n"
            "Ngày 5/1, Thủ tướng Phạm Minh Chính nói về chính sách biển và Biển Đông. Chính phủ đã họp về chính sách.\n")
    assert restore_case(text).split("\n")[1] == "Thủ tướng Phạm Minh Chính dự hội nghị về Biển Đông tại Hà Nội."


def test_hyphenated_foreign_names_vowelless_acronyms_and_names_with_a_country_word():
    from summitgraph.ingest.shapes import restore_case
    text = "Tin\nTỔNG THỐNG ROH MOO-HYUN VÀ BÀ TRƯƠNG MỸ HOA GẶP LÃNH ĐẠO BỘ GD-ĐT TẠI SEOUL.\nNước Mỹ đã họp.\n"
    line = restore_case(text).split("\n")[1]
    assert "Roh Moo-hyun" in line and "Trương Mỹ Hoa" in line and "GD-ĐT" in line


def test_a_middle_name_that_is_also_a_common_word_stays_in_the_name():
    from summitgraph.ingest.shapes import restore_case
    text = "Tin\nĐẠI TƯỚNG PHAN VĂN GIANG DẪN ĐẦU ĐOÀN ĐẠI BIỂU DỰ HỘI NGHỊ.\nCác văn bản đã được ký kết.\n"
    assert "Phan Văn Giang" in restore_case(text)


def test_a_schedule_of_items_is_no_hard_wrap():
    from summitgraph.ingest.shapes import unwrap_hard_lines
    text = ("Lịch làm việc\n\nHà Nội, ngày 3/3/2025 - Lịch làm việc của đoàn tại hội nghị.\nNgày 5/3:\n"
            "- 8h00: Phiên họp toàn thể của các trưởng đoàn tại Trung tâm Hội nghị\n"
            "- 14h00: Phiên thảo luận về hợp tác kinh tế và thương mại khu vực\nNgày 6/3:\n"
            "- 9h00: Lễ bế mạc và họp báo quốc tế của nước chủ nhà")
    assert unwrap_hard_lines(text) == text
    # A wrapped paragraph whose wrap put a sentence's dash first on a line is still joined.
    prose = ("Hội nghị quan chức cao cấp ASEAN diễn ra tại Hà Nội với sự tham dự của đại\n"
             "- diện các nước thành viên, bàn về việc chuẩn bị cho hội nghị cấp cao sắp\n"
             "tới và các văn kiện sẽ được các nhà lãnh đạo thông qua trong dịp này. Các\n"
             "trưởng đoàn cũng trao đổi về tình hình khu vực và quốc tế cùng quan tâm\n"
             "như an ninh biển, biến đổi khí hậu, chuyển đổi số và phục hồi kinh tế sau\n"
             "đại dịch, nhất trí tăng cường phối hợp trong thời gian tới giữa các bên\n"
             "để chuẩn bị chu đáo cho chuỗi hội nghị cấp cao vào cuối năm nay tại thủ\n"
             "đô của nước chủ nhà, nơi các nhà lãnh đạo sẽ gặp nhau trong ba ngày liền.\n")
    assert "\n- diện" not in unwrap_hard_lines(prose)


def test_a_short_hard_wrapped_brief_is_unwrapped_too():
    import textwrap
    from summitgraph.ingest.shapes import unwrap_hard_lines
    headline = "Thủ tướng hội kiến Tổng thống Indonesia Joko Widodo"
    body = ("Chiều 5/9/2023, tại Jakarta, bên lề Hội nghị Cấp cao ASEAN lần thứ 43, Thủ tướng Phạm Minh Chính đã "
            "hội kiến Tổng thống Indonesia Joko Widodo. Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác kinh tế.")
    text = headline + "\n\n" + textwrap.fill(body, 60) + "\n"
    assert len(text.splitlines()) == 6   # the headline, a blank line and four wrapped lines: a brief
    assert unwrap_hard_lines(text) == headline + "\n\n" + body + "\n"
    meetings, people = facts(text)
    assert any(m[0] == "bilateral-talks" for m in meetings), meetings
    assert ("Joko Widodo", "ID") in people, people


def test_a_short_text_of_whole_sentences_keeps_its_lines():
    from summitgraph.ingest.shapes import unwrap_hard_lines
    text = ("Hội nghị SOM ASEAN khai mạc tại Hà Nội\n"
            "Ngày 3/3/2025\n"
            "Sáng nay, các trưởng đoàn SOM của mười nước thành viên đã họp tại Trung tâm Hội nghị Quốc gia.\n"
            "Hội nghị bàn việc chuẩn bị cho Hội nghị Cấp cao ASEAN sẽ diễn ra vào tháng 5 tới.\n")
    assert unwrap_hard_lines(text) == text
