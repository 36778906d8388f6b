"""Pages laid out as 2018-2025 Vietnamese news sites print them: the reader finds the lead wherever it is printed,
and the publication date where the page states it, never beside another story."""
from __future__ import annotations

from summitgraph.ingest import read_bytes
from summitgraph.ingest.html import extract_html
from summitgraph.ingest.meta import published_part

BODY = ("<p>Sáng 14/3, tại thủ đô Viêng Chăn, Bộ trưởng Ngoại giao các nước ASEAN đã họp phiên toàn thể để "
        "rà soát việc thực hiện các thỏa thuận của lãnh đạo khu vực trong năm qua.</p>"
        "<p>Các bộ trưởng nhất trí tăng cường kết nối hạ tầng số, thúc đẩy thương mại nội khối và phối hợp "
        "chặt chẽ hơn trong ứng phó với thiên tai, dịch bệnh xuyên biên giới.</p>"
        "<p>Phát biểu tại phiên họp, trưởng đoàn Việt Nam đề nghị các nước giữ vững đoàn kết và phát huy vai "
        "trò trung tâm của Hiệp hội trong cấu trúc khu vực đang thay đổi nhanh chóng.</p>")
LEAD = "Hội nghị diễn ra trong bối cảnh khu vực đứng trước nhiều thách thức mới về kinh tế và an ninh."
TITLE = "Bộ trưởng Ngoại giao ASEAN họp tại Viêng Chăn"
# Other stories listed after the article, each with the date the site prints beside it.
OTHER_STORIES = ("<div class='more'><h3>Tin khác</h3><ul>"
                 "<li><a href='/a'>Giá rau xanh tại các chợ dân sinh tăng mạnh sau mưa lớn</a>"
                 "<span class='time'>05/09/2019</span></li>"
                 "<li><a href='/b'>Học sinh vùng cao háo hức ngày tựu trường năm học mới</a>"
                 "<span class='time'>06/09/2019</span></li></ul></div>")
NEXT_STORY = ("<div class='story'><div class='story-head'><h2>Mùa nước nổi về sớm ở đầu nguồn sông Cửu Long</h2>"
              "<span class='time'>02/10/2018 06:30</span></div><div class='sapo'>Nước lũ năm nay về sớm hơn mọi "
              "năm, người dân các xã ven sông tranh thủ đánh bắt cá linh, hái bông điên điển.</div></div>")


def page(header: str = "", after: str = "", head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
            f"<div class='menu'><a href='/'>Trang chủ</a> <a href='/tg'>Thế giới</a></div>"
            f"<div class='story'><div class='story-head'><h1>{TITLE}</h1>{header}</div>"
            f"<div class='article-body'>{BODY}</div></div>{after}</body></html>")


def test_a_lead_in_a_classless_h2_under_the_headline_is_read_first() -> None:
    result = extract_html(page(header=f"<div class='by'>Minh Anh</div><h2>{LEAD}</h2>"), "a.html")
    assert result.text.index(LEAD) < result.text.index("Sáng 14/3")
    html = page().replace("<div class='article-body'>", f"<h2>{LEAD}</h2><div class='article-body'>")
    assert extract_html(html, "a.html").text.split("\n")[0] == LEAD


def test_a_lead_in_h2_with_bold_text_is_read_first() -> None:
    result = extract_html(page(header=f"<h2><strong>{LEAD}</strong></h2>"), "a.html")
    assert result.text.split("\n")[0] == LEAD


def test_another_storys_headline_in_h2_after_the_body_is_no_lead() -> None:
    result = extract_html(page(after=NEXT_STORY), "a.html")
    assert "Mùa nước nổi" not in result.text.split("\n")[0]


def test_an_intro_class_names_the_lead() -> None:
    result = extract_html(page(header=f"<div class='article-intro'>{LEAD}</div>"), "a.html")
    assert result.text.split("\n")[0] == LEAD


def test_the_next_storys_lead_is_not_the_articles() -> None:
    """The article's own lead is already in the text: the next story's "sapo" below must not be put first."""
    html = page(header=f"<div class='sapo'>{LEAD}</div>", after=NEXT_STORY).replace("article-body", "story-text")
    result = extract_html(html, "a.html")   # trafilatura reads the story's block, its lead with it
    assert result.text.split("\n")[0] == LEAD
    assert "Nước lũ năm nay" not in result.text


def test_a_page_without_a_date_takes_none_from_its_list_of_other_stories() -> None:
    assert extract_html(page(after=OTHER_STORIES), "a.html").published is None


def test_a_page_without_a_date_takes_none_from_the_next_story() -> None:
    assert extract_html(page(after=NEXT_STORY), "a.html").published is None


def test_the_byline_date_beats_the_dated_list_of_other_stories() -> None:
    header = "<div class='byline'><span>Minh Anh</span> <span>Thứ Năm, 14/03/2024 - 09:15</span></div>"
    result = extract_html(page(header=header, after=OTHER_STORIES), "a.html")
    assert (result.published, result.published_time) == ("2024-03-14", "09:15")


def test_the_articles_own_date_in_its_header_is_kept() -> None:
    header = "<span class='time'>14/03/2024 09:15</span>"
    result = extract_html(page(header=header, after=NEXT_STORY), "a.html")
    assert result.published == "2024-03-14"


def test_a_date_in_json_ld_graph_gives_its_time() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "BreadcrumbList", "itemListElement": []},'
          '{"@type": "NewsArticle", "headline": "x", "datePublished": "2024-03-14T09:15:00+07:00"}]}</script>')
    result = extract_html(page(head=ld, after=OTHER_STORIES), "a.html")
    assert (result.published, result.published_time) == ("2024-03-14", "09:15")


def test_a_meta_date_equal_to_a_listed_storys_date_is_kept() -> None:
    meta = '<meta property="article:published_time" content="2019-09-05T08:00:00+07:00">'
    assert extract_html(page(head=meta, after=OTHER_STORIES), "a.html").published == "2019-09-05"


CAPTION = "Các trưởng đoàn bắt tay nhau trước giờ khai mạc phiên họp toàn thể."


def with_photo(caption_block: str) -> str:
    return page().replace("<div class='article-body'><p>", f"<div class='article-body'><p><img src='a.jpg'></p>"
                                                           f"{caption_block}<p>", 1)


def test_a_credited_caption_under_a_picture_is_not_body() -> None:
    text = extract_html(with_photo(f"<p class='note'>{CAPTION} Ảnh: Hữu Thắng</p>"), "a.html").text
    assert "bắt tay nhau" not in text
    assert "Sáng 14/3" in text


def test_an_italic_caption_under_a_picture_is_not_body() -> None:
    text = extract_html(with_photo(f"<p><em>{CAPTION}</em></p>"), "a.html").text
    assert "bắt tay nhau" not in text


def test_a_plain_paragraph_after_a_picture_stays() -> None:
    text = extract_html(with_photo(f"<p>{CAPTION}</p>"), "a.html").text
    assert CAPTION in text


def test_a_title_that_names_a_menu_section_is_no_headline() -> None:
    html = page().replace(f"<title>{TITLE}</title>", "<title>Thế giới - Báo Mẫu</title>").replace(
        f"<h1>{TITLE}</h1>", "")
    assert extract_html(html, "a.html").title is None


def test_a_short_headline_that_no_link_repeats_stays() -> None:
    html = page().replace(f"<title>{TITLE}</title>", "<title>ASEAN họp khẩn</title>").replace(
        f"<h1>{TITLE}</h1>", "")
    assert extract_html(html, "a.html").title == "ASEAN họp khẩn"


def test_the_next_story_under_a_short_article_is_cut_at_its_header() -> None:
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><main><article>"
            f"<h1>{TITLE}</h1><p>Sáng 14/3, tại thủ đô Viêng Chăn, Bộ trưởng Ngoại giao các nước ASEAN đã họp "
            f"phiên toàn thể để rà soát việc thực hiện các thỏa thuận của lãnh đạo khu vực.</p></article>"
            f"<section class='next'><h3>Bài tiếp theo</h3><h2><a href='/n'>Mùa nước nổi về sớm ở đầu nguồn sông "
            f"Cửu Long</a></h2><p>Nước lũ năm nay về sớm hơn mọi năm, người dân các xã ven sông tranh thủ đánh bắt "
            f"cá linh, hái bông điên điển.</p></section></main></body></html>")
    article = read_bytes(html.encode("utf-8"), "a.html")[0]
    assert "Viêng Chăn" in article.text
    assert "Mùa nước nổi" not in article.text and "Nước lũ" not in article.text


def test_a_related_header_inside_a_short_body_block_keeps_the_body() -> None:
    body = ("<p>Sáng 14/3, tại thủ đô Viêng Chăn, Bộ trưởng Ngoại giao các nước ASEAN đã họp phiên toàn thể để "
            "rà soát việc thực hiện các thỏa thuận của lãnh đạo khu vực.</p><h3>Tin liên quan</h3>"
            "<ul><li><a href='/x'>Giá rau xanh tại các chợ dân sinh tăng mạnh sau mưa lớn</a></li></ul>"
            "<p>Các bộ trưởng nhất trí tăng cường kết nối hạ tầng số và thúc đẩy thương mại nội khối.</p>")
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='article-body'>{body}</div></body></html>")
    text = extract_html(html, "a.html").text
    assert "Viêng Chăn" in text and "hạ tầng số" in text


def test_a_follow_us_link_beside_the_date_leaves_it_the_pages() -> None:
    header = ("<div class='meta'><span class='date'>Thứ Năm, 14/03/2024 09:15</span> "
              "<a href='https://news.google.com/x'>Theo dõi Báo Mẫu trên Google News</a></div>")
    result = extract_html(page(header=header).replace(f"<h1>{TITLE}</h1>", f"<h1>{TITLE}</h1></div><div>"),
                          "a.html")
    assert (result.published, result.published_time) == ("2024-03-14", "09:15")


def test_a_logo_in_an_h1_does_not_hide_the_h2_lead() -> None:
    html = page().replace("<div class='menu'>", "<h1 class='logo'><a href='/'>Báo Mẫu</a></h1><div class='menu'>")
    html = html.replace("<div class='article-body'>", f"<h2 class='head'>{LEAD}</h2><div class='article-body'>")
    assert extract_html(html, "a.html").text.split("\n")[0] == LEAD


def test_a_short_sentence_with_tag_links_stays_in_its_place() -> None:
    linked = ("<p>Ông đang ở <a href='/tag/lao'>Lào</a> để dự hội nghị <a href='/tag/asean'>ASEAN</a> "
              "mở rộng.</p>")
    html = page().replace("</p></div>", f"</p>{linked}</div>", 1)   # trafilatura drops it last in the body
    lines = extract_html(html, "a.html").text.split("\n")
    assert lines[-1] == "Ông đang ở Lào để dự hội nghị ASEAN mở rộng."
    assert lines[-2].startswith("Phát biểu tại phiên họp")
    html = page().replace("</p><p>Các bộ trưởng", f"</p>{linked}<p>Các bộ trưởng", 1)
    lines = extract_html(html, "a.html").text.split("\n")
    assert lines[1] == "Ông đang ở Lào để dự hội nghị ASEAN mở rộng." and lines.count(lines[1]) == 1


def test_a_related_link_paragraph_in_the_body_stays_out() -> None:
    more = "<p><strong>Xem thêm:</strong> <a href='/x'>Giá rau xanh tại các chợ dân sinh tăng mạnh sau mưa lớn</a></p>"
    html = page().replace("</p><p>Các bộ trưởng", f"</p>{more}<p>Các bộ trưởng", 1)
    assert "Giá rau xanh" not in extract_html(html, "a.html").text


def boxed_page(boxes_in_body: str, after: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div id='noidung'>"
            f"<h1>{TITLE}</h1><div class='chitiet'>{boxes_in_body}{BODY}</div>{after}</div>"
            f"<div id='chantrang'>Giấy phép hoạt động báo chí điện tử số 123/GP-BTTTT do Bộ Thông tin và "
            f"Truyền thông cấp. Tòa soạn: số 1 phố Mẫu, Hà Nội.</div></body></html>")


def test_a_related_table_inside_the_body_is_not_read() -> None:
    table = ("<table align='right'><tr><td><b>Tin liên quan</b></td></tr><tr><td><a href='/x'>Khai mạc Hội nghị "
             "Bộ trưởng Kinh tế ASEAN lần thứ 61 tại Jakarta</a></td></tr></table>")
    text = extract_html(boxed_page(table, ""), "a.html").text
    assert "Jakarta" not in text and "Tin liên quan" not in text
    assert "Viêng Chăn" in text


def test_a_picture_table_caption_is_not_read() -> None:
    table = (f"<table><tr><td><img src='a.jpg'></td></tr><tr><td>{CAPTION} (Ảnh: Đức Tám)</td></tr></table>")
    text = extract_html(boxed_page(table, ""), "a.html").text
    assert "bắt tay nhau" not in text and "Viêng Chăn" in text


def test_a_dated_table_of_other_stories_and_the_footer_are_not_read() -> None:
    others = ("<table><tr><td colspan='2'><b>Các tin khác</b></td></tr><tr><td><a href='/y'>Giá rau xanh tại các "
              "chợ dân sinh tăng mạnh sau mưa lớn</a></td><td>(05/09/2019)</td></tr></table>")
    result = extract_html(boxed_page("", others), "a.html")
    assert "Giá rau xanh" not in result.text and "Giấy phép" not in result.text
    assert result.published is None


def test_a_line_with_the_publication_and_the_update_gives_the_publication() -> None:
    header = "<div class='meta'>Ngày đăng: 10/06/2023 08:00 - Cập nhật: 12/06/2023 09:15</div>"
    result = extract_html(page(header=header), "a.html")
    assert (result.published, result.published_time) == ("2023-06-10", "08:00")
    assert published_part("Thứ Bảy, 10/06/2023, 08:00 (GMT+7) | Cập nhật lần cuối: 12/06/2023, 09:15") \
        == "Thứ Bảy, 10/06/2023, 08:00 (GMT+7)"
    assert published_part("Cập nhật: 10/06/2023 - 08:00") is None     # one stamp: parse_date_line reads it
    assert published_part("Hội nghị ngày 10/06/2023 được cập nhật vào lịch") is None
