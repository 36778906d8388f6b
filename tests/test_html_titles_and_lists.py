"""Web pages: a two-party headline keeps its second party, an old table layout wrapped in <font> reads as
paragraphs, and a related-stories list whose headlines are printed once is cut when it runs to the end."""
from summitgraph.ingest.clean import clean_page
from summitgraph.ingest.html import extract_html, restored_title

BODY = ("Chiều 14/5 tại Hà Nội, Bộ trưởng Ngoại giao hai nước đã hội đàm và nhất trí tăng cường hợp tác "
        "trên nhiều lĩnh vực, trong đó có thương mại, đầu tư và giáo dục.",
        "Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, khẳng định ủng hộ vai trò "
        "trung tâm của ASEAN trong cấu trúc khu vực đang định hình.",
        "Sau hội đàm, hai Bộ trưởng đã chứng kiến lễ ký Bản ghi nhớ về hợp tác đào tạo cán bộ ngoại giao "
        "giai đoạn tới, mở ra nhiều cơ hội trao đổi cho sinh viên hai nước.")


def test_a_country_after_the_dash_of_a_title_is_the_second_party():
    assert restored_title("Hội đàm Việt Nam - Nhật Bản", "Hội đàm Việt Nam") == "Hội đàm Việt Nam - Nhật Bản"
    assert restored_title("Tuyên bố chung ASEAN – Hàn Quốc - Báo Thời Sự",
                          "Tuyên bố chung ASEAN – Hàn Quốc") == "Tuyên bố chung ASEAN – Hàn Quốc"


def test_a_site_name_after_the_dash_stays_dropped():
    assert restored_title("Hội đàm cấp Bộ trưởng - Báo Thời Sự", "Hội đàm cấp Bộ trưởng") == "Hội đàm cấp Bộ trưởng"
    assert restored_title("Hội đàm cấp Bộ trưởng | Nhật Bản", "Hội đàm cấp Bộ trưởng") == "Hội đàm cấp Bộ trưởng"
    assert restored_title(None, "Hội đàm") == "Hội đàm"


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")


def test_the_page_title_keeps_both_parties():
    page = extract_html(_page("Hội đàm Việt Nam - Nhật Bản", "".join(f"<p>{p}</p>" for p in BODY)), "p.html")
    assert page.title == "Hội đàm Việt Nam - Nhật Bản"


def test_an_old_table_layout_in_font_tags_reads_one_paragraph_a_line():
    menu = "<br>".join(f'<a href="/{i}">Mục {i}</a>' for i in range(6))
    body = "<br><br>".join(BODY)
    html = (f"<html><head><title>Hội đàm</title></head><body><table><tr><td>{menu}</td><td>"
            f'<font face="Arial" size="4"><b>Hội đàm</b></font><br><br><font face="Arial" size="2">'
            f"Ảnh tư liệu<br><br>{body}<br><br>Tin cùng chuyên mục:<br><br>Giá rau xanh tăng nhẹ"
            "</font></td></tr></table></body></html>")
    lines = extract_html(html, "old.html").text.split("\n")
    assert [line for line in lines if line.startswith("Chiều 14/5")] == [BODY[0]]
    assert BODY[2] in lines


def test_a_list_of_single_headlines_and_teasers_to_the_end_of_the_page_is_cut():
    related = ["Bài viết cùng chủ đề",
               "Tỉnh ven biển mở lại tuyến xe buýt đường dài",
               "Sau ba tháng tạm dừng, tuyến xe buýt nối hai thành phố đã chạy lại từ sáng thứ Hai.",
               "Người phát ngôn thông tin về vụ tai nạn tàu cá",
               "Người phát ngôn Lê Thị Mai cho biết cơ quan chức năng đang xác minh thông tin về tàu cá."]
    text = "\n".join(["Hội đàm Việt Nam - Nhật Bản", *BODY, *related])
    cleaned = clean_page(text).text
    assert BODY[2] in cleaned
    assert "Lê Thị Mai" not in cleaned and "xe buýt" not in cleaned


def test_prose_after_a_headed_list_that_does_not_end_the_page_is_kept():
    text = "\n".join(["Hội đàm Việt Nam - Nhật Bản", BODY[0], "Tin liên quan",
                      "Hai nước ký kết hiệp định hàng không mới", BODY[1], BODY[2]])
    cleaned = clean_page(text).text
    assert BODY[1] in cleaned and BODY[2] in cleaned


def test_an_office_credited_last_does_not_turn_the_last_line_into_a_related_list():
    # the last body line is headline-shaped (no final stop); the credit after it is the source, not a headline
    last = "Tháp tùng Bộ trưởng trong chuyến công tác có Thứ trưởng Bộ Công Thương Trần Minh Khang"
    body = "<br><br>".join((*BODY, last, "Vụ Thông tin Báo chí"))
    html = (f"<html><head><title>Hội đàm</title></head><body><div class='title'>Hội đàm</div>"
            f"<div class='body'>{body}</div></body></html>")
    text = clean_page(extract_html(html, "p.html").text).text
    assert "Trần Minh Khang" in text


def test_page_controls_between_paragraphs_go_and_prose_that_starts_alike_stays():
    controls = ("Chia sẻ bài viết", "In bài viết", "Lưu bài viết", "Nghe bài viết", "Đánh giá bài viết",
                "Lượt xem: 1.234", "00:00 / 03:12", "Quảng cáo", "Bài viết được tài trợ")
    prose = "Nghe Bộ trưởng phát biểu, các đại biểu đều tán thành đề xuất về hợp tác đào tạo cán bộ ngoại giao."
    text = "\n".join(("Hội đàm", "", BODY[0], *controls, prose, BODY[1]))
    cleaned = clean_page(text).text
    assert [c for c in controls if c in cleaned] == []
    assert prose in cleaned and BODY[1] in cleaned


MORE = ("Hai Bộ trưởng cũng nhất trí thúc đẩy trao đổi đoàn các cấp, tăng cường hợp tác giữa các địa phương và "
        "kết nối doanh nghiệp hai nước trong thời gian tới.",
        "Nhân dịp này, hai bên đã trao đổi về công tác chuẩn bị cho chuyến thăm cấp cao sắp tới và thống nhất "
        "giao các cơ quan chức năng phối hợp chặt chẽ.")


def test_related_cards_after_the_closing_byline_are_cut_and_a_closing_cross_head_stays():
    cards = ("Hai nước ký kết thỏa thuận hợp tác giáo dục",
             "Ngày 3/5, tại Hà Nội, Bộ trưởng Giáo dục hai nước đã ký thỏa thuận trao đổi giáo viên.")
    text = "\n".join(("Hội đàm", "", *BODY, *MORE, "TTXVN/Báo Mẫu", *cards))
    cleaned = clean_page(text).text
    assert cards[0] not in cleaned and cards[1] not in cleaned and MORE[-1] in cleaned
    cross_head = ("Hợp tác giáo dục", "Hai bên nhất trí tăng học bổng cho sinh viên hai nước trong năm học tới.")
    kept = clean_page("\n".join(("Hội đàm", "", *BODY, *MORE, *cross_head))).text
    assert all(line in kept for line in cross_head)


def test_two_cards_ending_the_page_with_a_teaser_cut_short_are_cut():
    cards = ("Hai nước ký kết thỏa thuận hợp tác giáo dục",
             "Ngày 3/5, tại Hà Nội, Bộ trưởng Giáo dục hai nước đã ký thỏa thuận trao đổi giáo viên.",
             "Diễn đàn kinh tế khu vực nhóm họp tại Bangkok",
             "Các bộ trưởng kinh tế sẽ thảo luận về chuỗi cung ứng và chuyển đổi số trong khu vực ...")
    cleaned = clean_page("\n".join(("Hội đàm", "", *BODY, *cards))).text
    assert not any(card in cleaned for card in cards) and BODY[-1] in cleaned


def test_a_title_of_the_site_name_and_its_separator_alone_is_no_title():
    page = extract_html("<html><head><title>Báo Thời Sự |</title></head><body><article>"
                        + "".join(f"<div>{p}</div>" for p in BODY) + "</article></body></html>", "p.html")
    assert page.title is None
    assert not page.text.startswith("Báo Thời Sự")
