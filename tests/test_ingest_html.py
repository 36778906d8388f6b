"""summitgraph.ingest.html: trafilatura's reading, with the gaps Vietnamese pages leave filled in."""
from __future__ import annotations

import lxml.html
import pytest

from summitgraph.errors import InputError
from summitgraph.ingest import read_bytes
from summitgraph.ingest.html import (clean_author, extract_html, lead_paragraph, page_date_line, site_name,
                                     without_title_line)

BODY = ("<p>Chiều 9/5, tại Labuan Bajo, Tổng thống Indonesia Joko Widodo đã chủ trì phiên khai mạc Hội nghị "
        "Cấp cao ASEAN lần thứ 42 với chủ đề ASEAN tầm vóc: Tâm điểm tăng trưởng.</p>"
        "<p>Các nhà lãnh đạo thảo luận về việc xây dựng Tầm nhìn Cộng đồng ASEAN sau năm 2025 và tình hình "
        "Myanmar, đồng thời thông qua một số tuyên bố về an ninh lương thực.</p>"
        "<p>Thủ tướng Phạm Minh Chính đề nghị ASEAN tăng cường kết nối kinh tế, thúc đẩy thương mại nội khối "
        "và phát triển hệ sinh thái xe điện trong khu vực.</p>")


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><div class='detail'>"
            f"<h1>Khai mạc Hội nghị Cấp cao ASEAN 42</h1>{before}<div class='content'>{BODY}</div>{after}"
            f"</div></body></html>")


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_date_line_with_time_beats_a_bare_date() -> None:
    html = page(head='<meta property="article:published_time" content="2023-05-09">',
                before="<span class='time'>Thứ Ba, 09/05/2023 | 16:45</span>")
    result = extract_html(html, "a.html")
    assert (result.published, result.published_time) == ("2023-05-09", "16:45")
    assert page_date_line(tree(html)) == ("2023-05-09", "16:45")


def test_no_date_is_guessed_from_the_text() -> None:
    result = extract_html(page(), "a.html")
    assert result.published is None  # "năm 2025" in the body is not a publication date


def test_lead_paragraph_is_put_back_first() -> None:
    lead = "Hội nghị diễn ra trong bối cảnh ASEAN chuẩn bị kết nạp Timor-Leste làm thành viên thứ 11."
    html = page(before=f"<h2 class='sapo'>{lead}</h2>")
    assert lead_paragraph(tree(html), "nội dung khác") == lead
    assert extract_html(html, "a.html").text.split("\n")[0] == lead
    assert lead_paragraph(tree(html), lead + " Tiếp theo.") is None  # already in the text


@pytest.mark.parametrize("cls", ["article__sapo cms-desc", "detail-sapo", "singular-sapo", "box-lead",
                                 "article-desc", "description"])
def test_lead_classes_in_the_naming_styles_of_news_sites(cls: str) -> None:
    lead = "Hội nghị diễn ra trong bối cảnh ASEAN chuẩn bị kết nạp Timor-Leste làm thành viên thứ 11."
    assert lead_paragraph(tree(page(before=f"<div class='{cls}'>{lead}</div>")), "nội dung khác") == lead


@pytest.mark.parametrize("cls", ["leader-board", "descendant", "mislead", "leadership"])
def test_class_names_that_only_contain_a_lead_word_are_not_leads(cls: str) -> None:
    lead = "Hội nghị diễn ra trong bối cảnh ASEAN chuẩn bị kết nạp Timor-Leste làm thành viên thứ 11."
    assert lead_paragraph(tree(page(before=f"<div class='{cls}'>{lead}</div>")), "nội dung khác") is None


def test_a_title_printed_inside_the_content_block_is_read_once() -> None:
    html = ("<html><head><meta charset='utf-8'><title>Khai mạc Hội nghị Cấp cao ASEAN 42</title></head><body>"
            f"<div class='content'><h1>Khai mạc Hội nghị Cấp cao ASEAN 42</h1>{BODY}</div></body></html>")
    result = extract_html(html, "a.html")
    assert result.title == "Khai mạc Hội nghị Cấp cao ASEAN 42"
    assert result.text.startswith("Chiều 9/5, tại Labuan Bajo")
    assert without_title_line("ASEAN 42\nThân bài.", "ASEAN  42") == "Thân bài."
    assert without_title_line("ASEAN 42", "ASEAN 42") == "ASEAN 42"          # never the whole text
    assert without_title_line("Mở đầu khác\nASEAN 42", "ASEAN 42") == "Mở đầu khác\nASEAN 42"


def test_site_name_from_meta() -> None:
    assert site_name(tree(page(head='<meta name="application-name" content="Báo Ví Dụ">'))) == "Báo Ví Dụ"
    assert site_name(tree(page(head='<meta property="og:site_name" content="Tin Mẫu">'))) == "Tin Mẫu"
    assert site_name(tree(page())) is None


@pytest.mark.parametrize("raw, name", [
    ("Tác giả Hoàng Lâm", "Hoàng Lâm"), ("Tác giả: Hoàng Lâm", "Hoàng Lâm"), ("Minh Anh", "Minh Anh"), (None, None),
])
def test_author_label_is_dropped(raw: str | None, name: str | None) -> None:
    assert clean_author(raw) == name


def test_title_loses_the_site_name() -> None:
    html = ("<html><head><title>Khai mạc Hội nghị Cấp cao ASEAN 42 | Báo Ví Dụ</title>"
            "<meta property='og:site_name' content='Báo Ví Dụ'></head>"
            f"<body><div>{BODY}</div></body></html>")
    result = extract_html(html, "a.html")
    assert result.title == "Khai mạc Hội nghị Cấp cao ASEAN 42"
    assert result.outlet == "Báo Ví Dụ"


@pytest.mark.parametrize("page_title", ["| Báo Ví Dụ", "Báo Ví Dụ", " - Báo Ví Dụ", "| Báo Khác", "Đọc nhiều nhất"])
def test_a_page_without_a_headline_has_no_title_and_does_not_read_the_site_name_first(page_title: str) -> None:
    html = (f"<html><head><title>{page_title}</title>"
            "<meta property='og:site_name' content='Báo Ví Dụ'></head>"
            f"<body><div>{BODY}</div></body></html>")
    article = next(iter(read_bytes(html.encode(), "khong-tieu-de.html")))
    assert article.title is None
    assert article.text.startswith("Chiều 9/5, tại Labuan Bajo")


def test_page_without_text() -> None:
    with pytest.raises(InputError, match="no article text found in the HTML"):
        extract_html("<html><body></body></html>", "blank.html")


def test_a_table_layout_page_reads_as_paragraphs_without_its_side_columns():
    body = "<br><br>".join([
        "Sáng 12/11/2020, Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc theo hình thức trực tuyến tại Hà Nội.",
        "Các nhà lãnh đạo thảo luận về phục hồi kinh tế và thông qua nhiều văn kiện của Cộng đồng ASEAN."])
    page = ("<html><head><title>Khai mạc Hội nghị Cấp cao ASEAN 37</title></head><body><table><tr>"
            "<td width=150><a href=/1>Trang chủ</a><br><a href=/2>Thể thao</a></td>"
            f"<td><b>Khai mạc Hội nghị Cấp cao ASEAN 37</b><br><br>{body}<br><br>"
            "<b>Tin cùng chuyên mục:</b><br>Giá lúa tăng nhẹ<br>Thời tiết chuyển rét</td>"
            "<td width=180><b>Đọc nhiều nhất</b><br>Mẹo giữ ấm nhà cửa</td></tr></table></body></html>")
    (article,) = read_bytes(page.encode("utf-8"), "bang.html")
    assert "Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc" in article.text
    assert "Cộng đồng ASEAN" in article.text
    for furniture in ("Trang chủ", "Đọc nhiều nhất", "Mẹo giữ ấm", "Giá lúa tăng nhẹ"):
        assert furniture not in article.text
