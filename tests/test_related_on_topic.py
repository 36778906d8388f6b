"""Related stories on the article's own topic, where news sites put them inside the body: a "Tin liên quan"
box, a "Xem thêm:" link, a photo credit between paragraphs. Their headlines go; the body around them stays,
including a long paragraph that ends in "..." (the writer's "and so on", not a card's cut summary)."""
from summitgraph.ingest.clean import clean_page, is_truncated_teaser
from summitgraph.ingest.html import extract_html

LEAD = ("Sáng 9/3, tại Viêng Chăn, các Quan chức cao cấp ASEAN đã họp để chuẩn bị cho Hội nghị hẹp "
        "Bộ trưởng Ngoại giao ASEAN diễn ra vào ngày hôm sau.")
LISTING = ("Các bên đã rà soát nhiều lĩnh vực hợp tác, trong đó có kinh tế số, chuyển đổi năng lượng, "
           "an ninh lương thực, y tế công cộng, giáo dục nghề nghiệp, du lịch bền vững, giao thông kết nối, "
           "ứng phó thiên tai và biến đổi khí hậu, quản lý nguồn nước, phát triển nguồn nhân lực, hợp tác "
           "văn hóa, thể thao, thanh niên...")
AFTER_CREDIT = ("Tại cuộc họp, Trưởng đoàn Việt Nam đề nghị các nước tiếp tục phối hợp chặt chẽ để bảo đảm "
                "thành công của năm Chủ tịch ASEAN, đồng thời thúc đẩy hoàn tất các văn kiện trình lãnh đạo.")
AFTER_LINK = ("Theo chương trình, ngày mai Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN sẽ khai mạc tại thủ đô "
              "Viêng Chăn với sự tham dự của Tổng Thư ký ASEAN.")
CLOSING = ("Các Bộ trưởng dự kiến thảo luận về phương hướng hợp tác của Hiệp hội trong năm nay và các vấn đề "
           "khu vực cùng quan tâm, trong đó có tình hình Biển Đông.")
RELATED = ("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 12 tại Manila",
           "Thủ tướng tiếp Đại sứ Phần Lan chào từ biệt")
MORE = "Hội nghị Cấp cao ASEAN - Canada lần thứ 2 thông qua tuyên bố chung"


def _page() -> str:
    box = "".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    return (f"<html><head><title>Họp SOM ASEAN tại Viêng Chăn</title></head><body><h1>Họp SOM ASEAN tại Viêng Chăn"
            f"</h1><h2 class='sapo'>{LEAD}</h2><div id='main-detail'><p>{LISTING}</p>"
            f"<div class='box-tinlienquan'><h4>Tin liên quan</h4><ul>{box}</ul></div>"
            f"<p>Ảnh: Minh Hà |</p><p>{AFTER_CREDIT}</p><p><em>Xem thêm: <a href='/m'>{MORE}</a></em></p>"
            f"<p>{AFTER_LINK}</p><p>{CLOSING}</p></div></body></html>")


def test_the_body_around_an_on_topic_related_box_is_kept():
    text = extract_html(_page(), "page.html").text
    cleaned = clean_page(text).text
    for paragraph in (LEAD, LISTING, AFTER_CREDIT, AFTER_LINK, CLOSING):
        assert paragraph in cleaned
    for headline in (*RELATED, MORE):
        assert headline not in cleaned


def test_prose_after_a_dropped_photo_credit_under_a_related_header_is_the_body():
    text = "\n".join(["Họp SOM ASEAN", LEAD, "Tin liên quan", "Ảnh: Minh Hà |", AFTER_CREDIT, CLOSING])
    cleaned = clean_page(text).text
    assert AFTER_CREDIT in cleaned and CLOSING in cleaned


def test_prose_after_a_lone_see_also_link_is_the_body():
    text = "\n".join(["Họp SOM ASEAN", LEAD, "Tin liên quan", LISTING, f"Xem thêm: {MORE}", AFTER_LINK, CLOSING])
    cleaned = clean_page(text).text
    assert AFTER_LINK in cleaned and LISTING in cleaned
    assert MORE not in cleaned


def test_a_long_paragraph_ending_in_an_ellipsis_is_not_a_card_summary():
    assert not is_truncated_teaser(LISTING)
    assert is_truncated_teaser("Chiều 9/3, Phó Thủ tướng đã tiếp Đại sứ Phần Lan đến chào từ biệt nhân dịp kết thúc...")


# Same-topic stories a text scrape leaves after the article: each a headline over one full sentence.
CARDS = (("Bế mạc Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 12 tại Manila",
          "Chiều 20/8, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 12 đã bế mạc tại Manila sau ba ngày làm việc."),
         ("Phó Thủ tướng hội đàm với Ngoại trưởng Peru bên lề Hội nghị APEC",
          "Sáng 14/11, Phó Thủ tướng đã hội đàm với Ngoại trưởng Peru nhân dịp dự Hội nghị Cấp cao APEC tại Lima."),
         ("Hội nghị Cấp cao ASEAN - Canada lần thứ 2 thông qua tuyên bố chung",
          "Các nhà lãnh đạo ASEAN và Canada đã thông qua tuyên bố chung về kinh tế số tại hội nghị ở Vientiane."))
ARTICLE = ["Họp SOM ASEAN tại Viêng Chăn", LEAD, AFTER_CREDIT, CLOSING]


def _kept(lines: list[str]) -> str:
    return clean_page("\n".join(lines)).text


def test_three_same_topic_cards_ending_a_page_are_other_stories():
    kept = _kept([*ARTICLE, *(line for card in CARDS for line in card)])
    assert CLOSING in kept
    for headline, teaser in CARDS:
        assert headline not in kept and teaser not in kept


def test_an_article_closing_on_two_cross_heads_keeps_them():
    kept = _kept([*ARTICLE, *(line for card in CARDS[:2] for line in card)])
    assert CARDS[1][1] in kept


def test_full_sentence_cards_under_a_header_inside_a_list_go_to_the_end():
    lines = [*ARTICLE, CARDS[0][0], CARDS[0][0], CARDS[0][1], "Tin liên quan",
             *(line for card in CARDS[1:] for line in card)]
    kept = _kept(lines)
    assert CLOSING in kept
    for headline, teaser in CARDS:
        assert headline not in kept and teaser not in kept


def test_headlines_after_a_body_line_closing_with_see_also_are_other_stories():
    kept = _kept([*ARTICLE[:-1], CLOSING + " Xem thêm:", *(headline for headline, _ in CARDS)])
    assert CLOSING in kept
    assert not any(headline in kept for headline, _ in CARDS)


def test_a_line_listing_after_its_colon_is_the_body_not_a_headline():
    suite = "Tháp tùng Phó Thủ tướng trong chuyến công tác có: Thứ trưởng Bộ Ngoại giao Lê Minh An"
    kept = _kept([*ARTICLE, suite, *(headline for headline, _ in CARDS)])
    assert suite in kept
    assert not any(headline in kept for headline, _ in CARDS)


def test_a_photo_gallery_closing_the_article_is_its_own():
    title = "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Campuchia"
    gallery = [line for n in range(2, 5) for line in (f"{title} -{n}", f"Các đại biểu dự lễ đón chiều {n}/5.")]
    kept = _kept([*ARTICLE, *gallery])
    assert all(line in kept for line in gallery)
