"""Pages marked up as Vietnamese news CMSs mark them: photo captions the markup names (a caption cell, a
"PhotoCMS_Caption", a p.Image in a "tplCaption" table) are not body text, same-topic stories set as <article>
cards inside the body are not the article, and the date is read in the shapes these CMSs print it."""
from __future__ import annotations

import pytest

from summitgraph.ingest import read_bytes
from summitgraph.ingest.html import extract_html, is_story_card, marked_as_caption, only_a_header_left
import lxml.html

TITLE = "Thủ tướng dự Hội nghị Cấp cao ASEAN tại Gia-các-ta"
LEAD = "Chiều 9/5, Thủ tướng cùng Đoàn đại biểu cấp cao Việt Nam đã tới thủ đô Gia-các-ta, bắt đầu chuyến công tác."
FIRST = ("Tại sân bay quốc tế, đón Thủ tướng có Bộ trưởng phụ trách các vấn đề kinh tế của nước chủ nhà cùng "
         "Đại sứ Việt Nam và cán bộ, nhân viên Đại sứ quán.")
SECOND = ("Theo chương trình, Thủ tướng sẽ dự phiên họp toàn thể, phiên họp hẹp và các cuộc đối thoại của lãnh đạo "
          "ASEAN với đại diện thanh niên, doanh nghiệp và Hội đồng liên nghị viện.")
THIRD = ("Nhân dịp này, Thủ tướng dự kiến có các cuộc tiếp xúc song phương với lãnh đạo một số nước để bàn biện "
         "pháp thúc đẩy quan hệ hợp tác trên các lĩnh vực.")
CAPTION = "Lãnh đạo các nước tham dự hội nghị chụp ảnh chung tại hội trường."
OTHER_HEADLINE = "Bộ trưởng Ngoại giao các nước ASEAN họp hẹp tại Phnôm Pênh"
OTHER_TEASER = "Các bộ trưởng trao đổi về công tác chuẩn bị cho hội nghị cấp cao tháng sau tại thủ đô nước chủ nhà."


def page(body: str, head: str = "", above: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
            f"<div class='menu'><a href='/'>Trang chủ</a> <a href='/tg'>Thế giới</a></div>"
            f"<div class='detail'><h1>{TITLE}</h1>{above}<h2 class='detail-sapo'>{LEAD}</h2>"
            f"<div class='detail-content'>{body}</div></div><footer>Giấy phép số 1/GP-BTTTT.</footer></body></html>")


def lines(html: str) -> list[str]:
    return extract_html(html, "a.html").text.split("\n")


# ------------------------------------------------------------------------------------------ captions

@pytest.mark.parametrize("picture", [
    f"<table class='picture'><tr><td class='pic'><img src='a.jpg'></td></tr><tr><td class='caption'>{CAPTION}</td>"
    f"</tr></table>",
    f"<div class='VCSortableInPreviewMode' type='Photo'><div><img src='a.jpg'></div>"
    f"<div class='PhotoCMS_Caption'><p>{CAPTION}</p></div></div>",
    f"<table class='tplCaption' align='center'><tr><td><img src='a.jpg'></td></tr><tr><td><p class='Image'>{CAPTION}"
    f"</p></td></tr></table>",
])
def test_a_caption_the_markup_names_is_not_body_text(picture: str) -> None:
    text = lines(page(f"<p>{FIRST}</p>{picture}<p>{SECOND}</p><p>{THIRD}</p>"))
    assert not any(CAPTION in line for line in text)
    assert FIRST in text and SECOND in text and THIRD in text


def test_a_plain_paragraph_after_a_picture_stays() -> None:
    """No class, no italics, no credit: the text may be a caption or the body, and it may name the meeting."""
    text = lines(page(f"<p>{FIRST}</p><p><img src='a.jpg'></p><p>{SECOND}</p><p>{THIRD}</p>"))
    assert SECOND in text


def test_marked_as_caption_looks_at_the_block_and_its_picture_box() -> None:
    table = lxml.html.fromstring(f"<table class='tplCaption'><tr><td><img></td></tr><tr><td>{CAPTION}</td></tr></table>")
    assert marked_as_caption(table.findall(".//tr")[1])
    plain = lxml.html.fromstring(f"<div class='content'><p><img></p><p>{CAPTION}</p></div>")
    assert not marked_as_caption(plain.findall(".//p")[1])


# ------------------------------------------------------------------------------------ story cards

CARD = (f"<article class='item-news'><h4 class='title-news'><a href='/b.html'>{OTHER_HEADLINE}</a></h4>"
        f"<p class='description'>{OTHER_TEASER}</p></article>")


def test_story_cards_at_the_end_of_the_body_are_not_the_article() -> None:
    body = (f"<p class='Normal'>{FIRST}</p><p class='Normal'>{SECOND}</p><p class='Normal'>{THIRD}</p>"
            f"<p class='author_mail'><strong>Minh An</strong></p><div class='box-tinlienquanv2'>{CARD}</div>")
    text = extract_html(page(body).replace("<h2 class='detail-sapo'>", "<p class='description'>")
                        .replace(f"{LEAD}</h2>", f"{LEAD}</p>"), "a.html").text
    assert OTHER_HEADLINE not in text and OTHER_TEASER not in text
    assert text.split("\n")[0] == LEAD


def test_a_headed_box_of_cards_in_a_short_article_leaves_the_body_and_drops_the_caption() -> None:
    """The cards gone, the box's header alone would make the body's paragraphs look like its stories."""
    picture = (f"<table class='picture'><tr><td><img src='a.jpg'></td></tr><tr><td class='caption'>{CAPTION}</td>"
               f"</tr></table>")
    body = f"<p>{FIRST}</p>{picture}<div class='box-related'><h3>Tin liên quan</h3>{CARD}</div><p>{SECOND}</p>"
    result = read_bytes(page(body).encode(), "a.html", "html")[0]
    assert FIRST in result.text and SECOND in result.text
    assert CAPTION not in result.text and OTHER_HEADLINE not in result.text


def test_is_story_card() -> None:
    assert is_story_card(lxml.html.fromstring(CARD))
    own = lxml.html.fromstring(f"<article><h1>{TITLE}</h1><p>{FIRST}</p></article>")
    assert not is_story_card(own)
    long_body = lxml.html.fromstring(f"<article><h2><a href='/x'>{OTHER_HEADLINE}</a></h2>"
                                     f"<p>{FIRST} {SECOND} {THIRD}</p></article>")
    assert not is_story_card(long_body)   # a body longer than a card


def test_only_a_header_left() -> None:
    assert only_a_header_left(lxml.html.fromstring("<div><h3>Tin liên quan</h3></div>"))
    assert not only_a_header_left(lxml.html.fromstring(f"<div><p>{FIRST}</p></div>"))


def test_the_articles_own_article_element_is_read() -> None:
    html = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><article class='fck_detail'>"
            f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></article></body></html>")
    text = lines(html)
    assert FIRST in text and THIRD in text


# ------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("line, expected", [
    ("<span class='date'>Thứ năm, 9/5/2024, 14:27 (GMT+7)</span>", ("2024-05-09", "14:27")),
    ("<div class='article__meta'><time class='time'>Thứ Năm, 09-05-2024, 14:27:00</time></div>", ("2024-05-09", "14:27")),
    ("<div class='amp-date'>14:27 | 09/05/2024</div>", ("2024-05-09", "14:27")),
    ("<div class='date'>Thứ Năm, 14:27, 09/05/2024</div>", ("2024-05-09", "14:27")),
    ("<div class='detail-time'><div data-role='publishdate'>09/05/2024 14:27 GMT+7</div></div>", ("2024-05-09", "14:27")),
])
def test_printed_date_shapes(line: str, expected: tuple[str, str]) -> None:
    result = extract_html(page(f"<p>{FIRST}</p><p>{SECOND}</p>", above=line), "a.html")
    assert (result.published, result.published_time) == expected


def test_microdata_date_published_beats_date_modified() -> None:
    head = ""
    above = ("<meta itemprop='datePublished' content='2024-05-09T14:27:00+07:00'>"
             "<meta itemprop='dateModified' content='2024-05-12T08:00:00+07:00'>")
    result = read_bytes(page(f"<p>{FIRST}</p><p>{SECOND}</p>", head=head, above=above).encode(), "a.html", "html")[0]
    assert result.published == "2024-05-09"
