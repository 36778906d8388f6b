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
