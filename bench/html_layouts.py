"""News-site layouts, written for the benchmark and for scoring the reader on pages, to wrap corpus texts in HTML.

    page = LAYOUTS["portal"](title, paragraphs, slug)
    page = OUTLET_LAYOUTS["vnexpress"](title, paragraphs, slug, published="2020-01-16")   # or None: no date

Each page carries site furniture (menus, related stories, most-read lists, share bars, comment forms, legal
footers) whose phrases are listed in FURNITURE_MARKERS: an extractor that keeps any of them has leaked it.
LAYOUTS are three generic layouts; OUTLET_LAYOUTS follow the markup conventions of ten kinds of Vietnamese
news CMS (a description paragraph before the body, a BEM-named sapo, related boxes inside the body, dates in
meta tags, JSON-LD, <time> or a printed date line, a byline at the end of the body).
"""
from __future__ import annotations

import re
from html import escape
from typing import Callable

RELATED = ("Giá lúa gạo đầu vụ tăng nhẹ ở đồng bằng", "Thời tiết miền Bắc chuyển rét từ cuối tuần",
           "Đội tuyển bóng đá nữ tập huấn tại Đà Lạt")
MOST_READ = ("Mẹo giữ ấm nhà cửa mùa mưa phùn", "Lịch nghỉ Tết của học sinh các tỉnh phía Nam")
COMMENTS = ("Bài viết rất hay, cảm ơn tòa soạn!", "Mong có thêm nhiều tin như thế này.")
MENU = ("Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Văn hóa", "Thể thao")
LEGAL = "Giấy phép hoạt động báo chí điện tử số 999/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin."
NEWSLETTER = "Đăng ký nhận bản tin buổi sáng qua thư điện tử"
# Real sites link stories on the same topic: these name meetings of their own, which must not become the
# article's meetings. Written here; the ordinals, cities and names are chosen to match no scored article's.
ON_TOPIC = ("Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 29 tại Kuala Lumpur",
            "Thủ tướng hội đàm với Tổng thống Chile bên lề Hội nghị APEC",
            "Hội nghị Cấp cao ASEAN - Nga lần thứ 9 thông qua tuyên bố chung",
            "Phó Thủ tướng tiếp Đại sứ Ireland chào từ biệt",
            "ASEAN và đối tác ký Hiệp định thương mại tự do sửa đổi tại Yangon")

FURNITURE_MARKERS = (*RELATED, *ON_TOPIC, *MOST_READ, *COMMENTS, LEGAL, NEWSLETTER, "Gửi bình luận", "Tin cùng chuyên mục",
                     "Đọc nhiều nhất")

MIN_PARAGRAPH = 40   # shorter lines (photo captions, datelines) may fairly be dropped by either side


def body_paragraphs(body: str) -> list[str]:
    """The body's paragraphs, one per non-empty line."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def scored_paragraphs(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if len(p) >= MIN_PARAGRAPH]


def _links(items: tuple[str, ...], slug: str) -> str:
    return "".join(f'<li><a href="/tin/{slug}-{i}.html">{escape(t)}</a></li>' for i, t in enumerate(items))


def portal(title: str, paragraphs: list[str], slug: str) -> str:
    """HTML5 with semantic tags: header menu, article with a bold lead, related list, aside, footer."""
    lead, rest = (paragraphs[0], paragraphs[1:]) if paragraphs else ("", [])
    body = "".join(f"<p>{escape(p)}</p>" for p in rest)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu"><meta property="og:title" content="{escape(title)}">
<meta name="description" content="{escape(lead[:150])}"></head><body>
<header><nav><ul>{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))}</ul></nav>
<form class="newsletter"><label>{NEWSLETTER}</label><input type="email"></form></header>
<main><article><h1 class="title">{escape(title)}</h1>
<div class="sapo"><strong>{escape(lead)}</strong></div>
<div class="content">{body}</div>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>{_links(RELATED, slug)}</ul></section></article>
<aside><h3>Đọc nhiều nhất</h3><ol>{_links(MOST_READ, slug)}</ol></aside></main>
<footer><p>{LEGAL}</p></footer></body></html>"""


def magazine(title: str, paragraphs: list[str], slug: str) -> str:
    """Div soup with site class names, a byline, a share bar, tags and a comment thread."""
    body = "".join(f'<div class="para">{escape(p)}</div>' for p in paragraphs)
    comments = "".join(f'<div class="comment"><span class="who">Bạn đọc {i}</span><div>{escape(c)}</div></div>'
                       for i, c in enumerate(COMMENTS))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(title)}</title></head><body><div id="wrapper">
<div class="top-menu">{" | ".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div class="detail"><div class="detail-title">{escape(title)}</div>
<div class="share">Chia sẻ: <a href="#fb">Facebook</a> <a href="#zl">Zalo</a></div>
<div class="detail-content">{body}</div>
<div class="author">Tác giả: Minh An</div><div class="tags">Từ khóa: <a href="/tag/asean">ASEAN</a></div>
<div class="comments"><div class="head">Gửi bình luận</div>{comments}</div>
<div class="box-related"><div class="head">Tin cùng chuyên mục</div><ul>{_links(RELATED, slug)}</ul></div></div>
<div class="sidebar"><div class="head">Đọc nhiều nhất</div><ul>{_links(MOST_READ, slug)}</ul></div>
<div class="footer">{LEGAL}</div></div></body></html>"""


def legacy_table(title: str, paragraphs: list[str], slug: str) -> str:
    """A 2000s table layout: menu column, text column with <br><br> between paragraphs, right column."""
    body = "<br><br>".join(escape(p) for p in paragraphs)
    menu = "<br>".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))
    return f"""<html><head><title>{escape(title)}</title></head><body bgcolor="#ffffff">
<table width="100%" border="0"><tr><td width="150" valign="top">{menu}</td>
<td valign="top"><font face="Arial" size="4"><b>{escape(title)}</b></font><br><br>
<font face="Arial" size="2">{body}</font><br><br>
<b>Tin cùng chuyên mục:</b><br>{"<br>".join(escape(t) for t in RELATED)}</td>
<td width="180" valign="top"><b>Đọc nhiều nhất</b><br>{"<br>".join(escape(t) for t in MOST_READ)}</td></tr>
<tr><td colspan="3" align="center"><font size="1">{LEGAL}</font></td></tr></table></body></html>"""


LAYOUTS: dict[str, Callable[[str, list[str], str], str]] = {
    "portal": portal, "magazine": magazine, "legacy-table": legacy_table,
}


# ------------------------------------------------------------------------------------- outlet layouts

def _paragraphs(paragraphs: list[str], cls: str = "") -> str:
    attribute = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attribute}>{escape(p)}</p>" for p in paragraphs)


def _lead_and_rest(paragraphs: list[str]) -> tuple[str, list[str]]:
    return (paragraphs[0], paragraphs[1:]) if paragraphs else ("", [])


def _day_month_year(published: str) -> str:
    return f"{published[8:10]}/{published[5:7]}/{published[:4]}"


def description_first(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A description paragraph before the body, a photo with its caption mid-body, the date line in a span."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    meta = f'<meta itemprop="datePublished" content="{published}T14:27:00+07:00">' if published else ""
    date_line = f'<span class="date">Thứ năm, {_day_month_year(published)}, 14:27 (GMT+7)</span>' if published else ""
    figure = ('<figure class="tplCaption"><img src="a.jpg" alt=""><figcaption><p class="Image">Các đại biểu '
              'chụp ảnh chung. Ảnh: TTXVN</p></figcaption></figure>')
    related = "".join(f'<article class="item-news"><h4><a href="/{slug}-{i}">{escape(t)}</a></h4></article>'
                      for i, t in enumerate(RELATED))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>{meta}
<meta property="og:site_name" content="Báo Mẫu"></head><body>
<header>{"".join(f'<a href="/{i}">{m}</a> ' for i, m in enumerate(MENU))}</header>
<section class="page-detail"><div class="header-content">{date_line}</div>
<h1 class="title-detail">{escape(title)}</h1><p class="description">{escape(lead)}</p>
<article class="fck_detail">{_paragraphs(rest[:half], "Normal")}{figure}{_paragraphs(rest[half:], "Normal")}
<p class="Normal" style="text-align:right;"><strong>Minh An</strong></p></article>
<div class="box-related"><h3>Tin cùng chuyên mục</h3>{related}</div></section>
<footer>{LEGAL}</footer></body></html>"""


def related_inside(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A related-news box in the middle of the body, the sapo in an h2, the date in a data-role div."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    meta = f'<meta property="article:published_time" content="{published}T14:27:00+07:00">' if published else ""
    date_line = f'<div data-role="publishdate">{_day_month_year(published)} 14:27 GMT+7</div>' if published else ""
    box = (f'<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><ul>{_links(RELATED[:2], slug)}</ul></div>')
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title>{meta}</head><body>
<div class="header__nav">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div class="detail-container"><div class="detail-top">{date_line}</div>
<h1 class="detail-title" data-role="title">{escape(title)}</h1><h2 class="detail-sapo" data-role="sapo">{escape(lead)}</h2>
<div class="detail-content afcbc-body" data-role="content">{_paragraphs(rest[:half])}{box}{_paragraphs(rest[half:])}</div>
<div class="author-info"><div class="name">NGỌC AN</div></div></div>
<div class="box-category"><h3>Đọc nhiều nhất</h3><ul>{_links(MOST_READ, slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def json_ld(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A BEM-named sapo ("article__sapo cms-desc"), the date in JSON-LD and a <time>, the agency credit last."""
    lead, rest = _lead_and_rest(paragraphs)
    ld = (f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{escape(title)}",'
          f'"datePublished":"{published}T14:27:00+07:00"}}</script>') if published else ""
    time = f'<time class="time" datetime="{published}T14:27:00+07:00">{_day_month_year(published)} 14:27</time>' \
        if published else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>{ld}</head><body>
<nav class="menu">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</nav>
<div class="article"><h1 class="article__title">{escape(title)}</h1>{time}
<div class="article__sapo cms-desc">{escape(lead)}</div><div class="article__body cms-body">{_paragraphs(rest)}
<p style="text-align:right"><strong>(TTXVN)</strong></p></div></div>
<div class="timeline-news"><h2>Tin cùng chuyên mục</h2><ul>{_links(RELATED, slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def author_time(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A sapo opening with the outlet's tag "(Báo Mẫu) -", the author and a <time> above it."""
    lead, rest = _lead_and_rest(paragraphs)
    time = f'<time class="author-time" datetime="{published} 14:27">{_day_month_year(published)} - 14:27</time>' \
        if published else ""
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title></head><body>
<article class="singular-container"><h1 class="title-page">{escape(title)}</h1>
<div class="author-wrap"><div class="author-name"><b>Thanh Bình</b></div>{time}</div>
<h2 class="singular-sapo">(Báo Mẫu) - {escape(lead)}</h2><div class="singular-content">{_paragraphs(rest)}</div>
<div class="article-related"><h3>Tin cùng chuyên mục</h3><ul>{_links(RELATED, slug)}</ul></div></article>
<div class="footer">{LEGAL}</div></body></html>"""


def cms_content(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Justified paragraphs in a CMS content div, a sapo with the outlet's prefix, the date in a span."""
    lead, rest = _lead_and_rest(paragraphs)
    date_line = f'<span class="article-date">{_day_month_year(published)} 14:27</span>' if published else ""
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="og:site_name" content="Báo Mẫu"></head><body>
<div class="menu"><ul>{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))}</ul></div>
<div class="detail-page"><h1 class="titleDetail">{escape(title)}</h1><div class="time">{date_line}</div>
<div class="sapo">BM. {escape(lead)}</div>
<div class="__MASTERCMS_CONTENT fw clearfix">{"".join(f'<p style="text-align: justify;">{escape(p)}</p>' for p in rest)}
<p style="text-align: right;"><strong>Minh Quân</strong></p></div>
<div class="related"><div class="title">Tin cùng chuyên mục</div><ul>{_links(RELATED, slug)}</ul></div></div>
<div class="footer">{LEGAL}</div></body></html>"""


def br_lines(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """An older portal: the body one div of lines split by <br>, an "Update:" date line, other news after."""
    lead, rest = _lead_and_rest(paragraphs)
    date_line = f'<div class="date">Cập nhật: {_day_month_year(published)}</div>' if published else ""
    body = "<br><br>".join(escape(p) for p in rest)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{escape(title)}</title>
</head><body><div id="menu">{" | ".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div id="content"><div class="title">{escape(title)}</div>{date_line}
<div class="summary"><b>{escape(lead)}</b></div><div class="body">{body}<br><br><i>Vụ Thông tin Báo chí</i></div>
<div class="othernews"><b>Các tin khác</b><ul>{_links(RELATED, slug)}</ul></div></div>
<div id="footer">{LEGAL}</div></body></html>"""


def inline_more(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """"Xem thêm" links and a photo caption between paragraphs, keywords and the source credit after the body."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    meta = f'<meta name="pubdate" content="{published}T08:05:00+07:00">' if published else ""
    date_line = f'<span class="publish-date">{_day_month_year(published)} 08:05</span>' if published else ""
    more = f'<p class="more"><strong>Xem thêm:</strong> <a href="/{slug}-x">{escape(RELATED[0])}</a></p>'
    photo = ('<table class="image"><tr><td><img src="b.jpg"></td></tr><tr><td class="caption"><em>Quang cảnh '
             'buổi làm việc. (Ảnh: Văn Điệp/TTXVN)</em></td></tr></table>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>{meta}
</head><body><ul class="nav">{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))}</ul>
<div class="article-detail"><h1 class="article-title">{escape(title)}</h1>{date_line}
<div class="article-summary">{escape(lead)}</div><div class="article-content">{_paragraphs(rest[:third])}{more}{photo}
{_paragraphs(rest[third:])}<p class="source">Theo TTXVN</p></div>
<div class="tags">Từ khóa: <a href="/tag/asean">ASEAN</a>, <a href="/tag/ngoai-giao">ngoại giao</a></div>
<div class="comment-box"><h3>Gửi bình luận</h3><p>{COMMENTS[0]}</p></div>
<div class="related-news"><h3>Tin cùng chuyên mục</h3><ul>{_links(RELATED, slug)}</ul></div></div>
<footer>{LEGAL}</footer></body></html>"""


def amp(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """An AMP page: amp-img figures, the date in a <time>, a sidebar of most-read stories and a share bar."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    time = f'<time datetime="{published}">{_day_month_year(published)}</time>' if published else ""
    figure = ('<figure><amp-img src="c.jpg" width="600" height="400" layout="responsive"></amp-img>'
              '<figcaption>Toàn cảnh phiên họp.</figcaption></figure>')
    return f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="canonical" href="https://bao.example/{slug}.html"><style amp-custom>p{{margin:0}}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul>{"".join(f'<li>{m}</li>' for m in MENU)}</ul></amp-sidebar>
<header class="amp-header"><a href="/">Báo Mẫu</a></header><article><h1>{escape(title)}</h1>{time}
<p class="lead"><strong>{escape(lead)}</strong></p>{_paragraphs(rest[:half])}{figure}{_paragraphs(rest[half:])}
<div class="share">Chia sẻ: Facebook | Zalo | Twitter</div></article>
<section class="most-read"><h2>Đọc nhiều nhất</h2><ol>{_links(MOST_READ, slug)}</ol></section>
<footer>{LEGAL}</footer></body></html>"""


def script_rendered(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A page whose body a script renders: the HTML holds the title, the lead and a loading note; the whole
    text is in the JSON-LD's articleBody (paragraphs joined by newlines, as such sites write it)."""
    import json

    lead, _ = _lead_and_rest(paragraphs)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "articleBody": "\n".join(paragraphs), "publisher": {"@type": "Organization", "name": "Báo Mẫu"}}
    if published:
        ld["datePublished"] = f"{published}T09:30:00+07:00"
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<div id="__next"><nav>{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</nav>
<main><h1>{escape(title)}</h1><p class="sapo">{escape(lead)}</p><div id="article-body">Đang tải nội dung...</div>
<section><h2>Đọc nhiều nhất</h2><ul>{_links(MOST_READ, slug)}</ul></section></main>
<footer>{LEGAL}</footer></div></body></html>"""


def div_paragraphs(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Paragraphs in <div>s, no <p> at all; the site's name before the title in <title>; a photo gallery with
    long captions after the body; a tag cloud; the date in an "og" meta tag."""
    lead, rest = _lead_and_rest(paragraphs)
    meta = f'<meta property="og:published_time" content="{published}">' if published else ""
    gallery = "".join(f'<div class="gallery-item"><img src="g{i}.jpg"><div class="gallery-caption">Ảnh {i + 1}: '
                      f'Các đại biểu dự phiên khai mạc tại hội trường chính của trung tâm hội nghị.</div></div>'
                      for i in range(2))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo Mẫu | {escape(title)}</title>{meta}
</head><body><div class="topbar">{"".join(f'<div class="menu-item"><a href="/{i}">{m}</a></div>' for i, m in enumerate(MENU))}</div>
<div class="post"><div class="post-title"><h1>{escape(title)}</h1></div><div class="post-lead">{escape(lead)}</div>
<div class="post-body">{"".join(f'<div class="text">{escape(p)}</div>' for p in rest)}</div>
<div class="gallery">{gallery}</div><div class="tag-cloud"><a href="/t/1">ASEAN</a> <a href="/t/2">Ngoại giao</a></div>
<div class="related"><div class="heading">Tin cùng chuyên mục</div>{"".join(f'<div><a href="/{slug}-{i}">{escape(t)}</a></div>' for i, t in enumerate(RELATED))}</div>
</div><div class="footer">{LEGAL}</div></body></html>"""


def on_topic(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Related stories on the article's own topic, where sites put them: a "Tin liên quan" box inside the
    body, a "Xem thêm" link between paragraphs, and a list of same-topic headlines after the body."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    meta = f'<meta property="article:published_time" content="{published}T10:15:00+07:00">' if published else ""
    date_line = f'<span class="date-time">{_day_month_year(published)} 10:15</span>' if published else ""
    box = f'<div class="box-tinlienquan"><h4>Tin liên quan</h4><ul>{_links(ON_TOPIC[:2], slug)}</ul></div>'
    more = f'<p><em>Xem thêm: <a href="/{slug}-m">{escape(ON_TOPIC[2])}</a></em></p>'
    after = "".join(f'<li class="story"><h3><a href="/{slug}-a{i}">{escape(t)}</a></h3></li>'
                    for i, t in enumerate(ON_TOPIC[3:]))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>{meta}
</head><body><nav>{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</nav>
<div class="main-article"><h1 class="article-title">{escape(title)}</h1>{date_line}
<h2 class="sapo">{escape(lead)}</h2><div id="main-detail">{_paragraphs(rest[:third])}{box}
{_paragraphs(rest[third:2 * third])}{more}{_paragraphs(rest[2 * third:])}</div>
<div class="same-topic"><h3>Cùng chủ đề</h3><ul>{after}</ul></div></div>
<footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS: dict[str, Callable[..., str]] = {
    "description-first": description_first, "related-inside": related_inside, "json-ld": json_ld,
    "author-time": author_time, "cms-content": cms_content, "br-lines": br_lines, "inline-more": inline_more,
    "amp": amp, "script-rendered": script_rendered,
    "div-paragraphs": div_paragraphs, "on-topic": on_topic,
}



# ------------------------------------------------------------------------ round-13 layouts (2018-2025 sites)
# Furniture of these layouts, written for them: unrelated stories, each with its own date as sites print it.
OTHER_STORIES = (("Hà Nội mở thêm tuyến xe buýt điện nối các khu đô thị phía Tây", "03/02/2019"),
                 ("Giá cà phê xuất khẩu lập đỉnh mới trong quý đầu năm", "17/04/2021"),
                 ("Ngành du lịch chuẩn bị đón cao điểm hè với nhiều ưu đãi", "28/05/2018"))
NEXT_STORY = ("Nông dân miền Tây tất bật thu hoạch lúa Đông Xuân",
              "Những ngày này, trên khắp các cánh đồng ở miền Tây, nông dân tranh thủ nắng ráo để thu hoạch lúa "
              "Đông Xuân, giá bán tại ruộng cao hơn cùng kỳ năm trước khoảng vài trăm đồng mỗi ký.")
BREADCRUMB = ("Trang chủ", "Thời sự", "Đối ngoại")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
CAPTION = "Các trưởng đoàn chụp ảnh chung trước giờ khai mạc phiên họp toàn thể."
FURNITURE_MARKERS = (*FURNITURE_MARKERS, *(story for story, _ in OTHER_STORIES), NEXT_STORY[0], NEXT_STORY[1][:60],
                     CAPTION)


def _weekday_line(published: str, clock: str) -> str:
    """"Thứ Hai, 12/06/2023 - 09:15", the byline date most sites print."""
    from datetime import date

    day = date.fromisoformat(published)
    return f"{WEEKDAYS[day.weekday()]}, {_day_month_year(published)} - {clock}"


def _breadcrumbs() -> str:
    return '<ol class="breadcrumb">' + "".join(f'<li><a href="/c{i}">{c}</a></li>' for i, c in enumerate(BREADCRUMB)) \
        + "</ol>"


def _other_stories(slug: str) -> str:
    return "".join(f'<li><a href="/{slug}-o{i}">{escape(story)}</a><span class="time">{when}</span></li>'
                   for i, (story, when) in enumerate(OTHER_STORIES))


def byline_visible(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Menu and breadcrumbs before the title; the date only in the visible byline beside the author
    ("Thứ Hai, 12/06/2023 - 09:15"); the lead in an <h2> without a class; an unrelated "Tin liên quan" box
    mid-body; the writer's name last; tags, then other stories each with its date."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    byline = (f'<div class="byline"><span class="writer">Minh Anh</span> '
              f'<span>{_weekday_line(published, "09:15")}</span></div>') if published else \
        '<div class="byline"><span class="writer">Minh Anh</span></div>'
    box = f'<div class="inner-related"><b>Tin liên quan</b><ul>{_links(RELATED, slug)}</ul></div>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
</head><body><header><ul class="main-menu">{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))}</ul></header>
<div class="container">{_breadcrumbs()}<h1>{escape(title)}</h1>{byline}<h2>{escape(lead)}</h2>
<div class="entry">{_paragraphs(rest[:half])}{box}{_paragraphs(rest[half:])}<p><b>Minh Anh</b></p></div>
<div class="tag-list">Tags: <a href="/t/a">ASEAN</a> <a href="/t/b">đối ngoại</a></div>
<div class="more-stories"><h3>Tin khác</h3><ul>{_other_stories(slug)}</ul></div></div>
<footer>{LEGAL}</footer></body></html>"""


def time_attribute(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """The date only in a <time datetime> whose text is relative ("2 giờ trước"); the lead in a div of its own
    ("article-intro"); figures with a caption and a photo credit inside the body; a "Đọc thêm" box; the source
    line "Theo TTXVN" last."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    time = f'<time datetime="{published}T09:15:00+07:00">2 giờ trước</time>' if published else ""
    figure = (f'<figure class="picture"><img src="p.jpg" alt=""><figcaption>{CAPTION} '
              '<span class="credit">Ảnh: Quang Hòa</span></figcaption></figure>')
    more = f'<div class="read-more"><p>Đọc thêm</p><ul>{_links(RELATED[1:], slug)}</ul></div>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<nav class="site-nav">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</nav>
<article class="story"><h1 class="story-title">{escape(title)}</h1><div class="story-meta">{time}</div>
<div class="article-intro">{escape(lead)}</div>
<div class="story-body">{_paragraphs(rest[:third])}{figure}{_paragraphs(rest[third:2 * third])}{more}
{_paragraphs(rest[2 * third:])}<p class="story-source">Theo TTXVN</p></div></article>
<aside><h3>Đọc nhiều nhất</h3><ol>{_links(MOST_READ, slug)}</ol></aside>
<footer>{LEGAL}</footer></body></html>"""


def ld_graph(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """The date only in JSON-LD datePublished inside an @graph with breadcrumbs (no meta tag, nothing visible);
    the lead a bold first paragraph; photo captions as italic paragraphs under the image; the writer's name in
    capitals last; a list of same-section stories with their dates."""
    import json

    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    graph: list[dict] = [{"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(BREADCRUMB)]},
        {"@type": "NewsArticle", "headline": title, "author": {"@type": "Person", "name": "Hoàng Nam"}}]
    if published:
        graph[1]["datePublished"] = f"{published}T09:15:00+07:00"
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    photo = (f'<div class="img-wrap"><img src="q.jpg"></div><p class="img-caption"><em>{CAPTION} '
             '(Ảnh: Thanh Tùng)</em></p>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>
<script type="application/ld+json">{ld}</script></head><body>
<div class="topnav">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>{_breadcrumbs()}
<div class="news-detail"><h1>{escape(title)}</h1><div class="news-content"><p><strong>{escape(lead)}</strong></p>
{_paragraphs(rest[:half])}{photo}{_paragraphs(rest[half:])}<p style="text-align:right"><strong>HOÀNG NAM</strong></p></div>
<div class="same-section"><h3>Tin cùng chuyên mục</h3><ul>{_other_stories(slug)}</ul></div></div>
<footer>{LEGAL}</footer></body></html>"""


def amp_byline(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """An AMP page of a 2020s site: breadcrumbs, the date in a byline "Cập nhật 09:15 ngày 12/06/2023",
    amp-img figures with a credited caption, an amp-ad slot, a related box mid-body and the next story's
    headline and lead after the article."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    meta = f'<div class="amp-meta">Cập nhật {"09:15"} ngày {_day_month_year(published)}</div>' if published else ""
    figure = (f'<figure><amp-img src="r.jpg" width="640" height="360" layout="responsive"></amp-img>'
              f'<figcaption>{CAPTION} (Ảnh: TTXVN)</figcaption></figure>')
    box = f'<div class="amp-related"><h4>Tin liên quan</h4>{_links(RELATED[:2], slug)}</div>'
    return f"""<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
<link rel="canonical" href="https://bao.example/{slug}.html"></head><body>
<header class="amp-top"><a href="/">Báo Mẫu</a></header>{_breadcrumbs()}<main><article>
<h1 class="amp-title">{escape(title)}</h1>{meta}<p class="amp-sapo">{escape(lead)}</p>
{_paragraphs(rest[:half])}{figure}<amp-ad width="300" height="250" type="adsense"></amp-ad>{box}{_paragraphs(rest[half:])}
<p class="amp-author">Ngọc Lan</p></article>
<section class="next-story"><h3>Bài tiếp theo</h3><h2><a href="/{slug}-n">{escape(NEXT_STORY[0])}</a></h2>
<p>{escape(NEXT_STORY[1])}</p></section></main><footer>{LEGAL}</footer></body></html>"""


def next_story(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Endless scroll: the article, then the next story already loaded below it with its own date, lead and
    first paragraph; the date of each story in a span of the story's header."""
    lead, rest = _lead_and_rest(paragraphs)
    date_line = f'<span class="time">{_day_month_year(published)} 09:15</span>' if published else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
</head><body><div class="menu-bar">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div class="scroll"><div class="story" data-id="{slug}"><div class="story-head"><h1>{escape(title)}</h1>{date_line}</div>
<div class="sapo">{escape(lead)}</div><div class="story-text">{_paragraphs(rest)}<p class="pen">Minh Anh</p></div>
<div class="tag-list">Từ khóa: <a href="/t/a">ASEAN</a></div></div>
<div class="story" data-id="{slug}-next"><div class="story-head"><h2>{escape(NEXT_STORY[0])}</h2>
<span class="time">{OTHER_STORIES[0][1]} 07:40</span></div><div class="sapo">{escape(NEXT_STORY[1])}</div></div></div>
<footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS.update({
    "byline-visible": byline_visible, "time-attribute": time_attribute, "ld-graph": ld_graph,
    "amp-byline": amp_byline, "next-story": next_story,
})


def title_div(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """No <h1>: the headline in a div, a <title> that names only the site and its section, the headline in
    og:title; the writer and the date on one line ("Minh Anh - Thứ Hai, 12/06/2023 09:15"); a caption
    paragraph with its credit after a photo paragraph; "Nguồn:" line last."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    byline = f'<div class="info">Minh Anh - {_weekday_line(published, "09:15").replace(" - ", " ")}</div>' \
        if published else '<div class="info">Minh Anh</div>'
    photo = f'<p><img src="s.jpg"></p><p class="pic-note"><em>{CAPTION} Ảnh: Hữu Thắng</em></p>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thời sự - Báo Mẫu</title>
<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="Báo Mẫu"></head><body>
<div class="nav">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div class="main"><div class="news-title">{escape(title)}</div>{byline}<div class="news-lead"><b>{escape(lead)}</b></div>
<div class="news-body">{_paragraphs(rest[:half])}{photo}{_paragraphs(rest[half:])}<p>Nguồn: Báo Mẫu</p></div>
<div class="tags">Từ khóa: <a href="/t/1">ASEAN</a></div>
<div class="others"><div class="hd">Tin khác</div><ul>{_other_stories(slug)}</ul></div></div>
<div class="foot">{LEGAL}</div></body></html>"""


def meta_line(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A site name before the headline in <title>; the date, the time and a view count on one line
    ("12/06/2023 | 09:15 | Lượt xem: 1.234"); breadcrumbs; a "Đọc thêm" link paragraph and a quote box repeating
    a body sentence; "PV" last; a most-read list with dates."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    meta = f'<p class="meta">{_day_month_year(published)} | 09:15 | Lượt xem: 1.234</p>' if published else \
        '<p class="meta">Lượt xem: 1.234</p>'
    more = f'<p><strong>&gt;&gt; Đọc thêm:</strong> <a href="/{slug}-d">{escape(RELATED[2])}</a></p>'
    quote = f'<blockquote class="quote">{escape(rest[0])}</blockquote>' if rest else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Mẫu - {escape(title)}</title>
</head><body><div class="header">{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>{_breadcrumbs()}
<div class="detail"><h1 class="h1-title">{escape(title)}</h1>{meta}<p class="lead-in"><strong>{escape(lead)}</strong></p>
<div class="detail-body">{_paragraphs(rest[:third])}{more}{_paragraphs(rest[third:2 * third])}{quote}
{_paragraphs(rest[2 * third:])}<p style="text-align:right">PV</p></div></div>
<div class="most-read"><h3>Đọc nhiều nhất</h3><ul>{_other_stories(slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS.update({"title-div": title_div, "meta-line": meta_line})


TEASERS = ("Các bộ trưởng dự kiến thông qua thông cáo chung và nhiều văn kiện hợp tác quan trọng của khu vực.",
           "Hai bên nhất trí thúc đẩy trao đổi đoàn các cấp và mở rộng hợp tác trên nhiều lĩnh vực.")
FURNITURE_MARKERS = (*FURNITURE_MARKERS, *TEASERS)


def unlabelled_related(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """The site's logo in an <h1> too; the date beside a "Theo dõi ... trên Google News" link; the lead in an
    <h2> under the headline; a box of same-topic links with no header mid-body; after the writer's name, cards
    of same-topic stories (headline and teaser) with no header either."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    date = f'<span class="date">{_weekday_line(published, "16:40")}</span>' if published else ""
    box = f'<div class="related-inline"><ul>{_links(ON_TOPIC[:2], slug)}</ul></div>'
    cards = "".join(f'<div class="card"><h3><a href="/{slug}-c{i}">{escape(t)}</a></h3><p>{escape(teaser)}</p></div>'
                    for i, (t, teaser) in enumerate(zip(ON_TOPIC[2:4], TEASERS)))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>
</head><body><div class="header"><h1 class="logo"><a href="/">Báo Mẫu</a></h1>
<ul class="menu">{"".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))}</ul></div>{_breadcrumbs()}
<div class="article"><h1 class="article-title">{escape(title)}</h1>
<div class="article-meta">{date} <a href="https://news.google.com/s/bm">Theo dõi Báo Mẫu trên Google News</a></div>
<h2 class="article-head">{escape(lead)}</h2><div class="article-body">{_paragraphs(rest[:half])}{box}
{_paragraphs(rest[half:])}<p class="author">THANH HÀ</p></div><div class="list-news">{cards}</div></div>
<footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS.update({"unlabelled-related": unlabelled_related})


# Words sites link to their tag pages wherever the body prints them.
TAGGED = re.compile(r"\b(ASEAN|Việt Nam|Campuchia|Lào|Thái Lan|Indonesia|Malaysia|Singapore|Philippines|Myanmar|"
                    r"Brunei|Trung Quốc|Nhật Bản|Hàn Quốc|Hoa Kỳ|Liên hợp quốc|Thủ tướng|Bộ trưởng|Hà Nội)\b")


def _tag_links(paragraph: str) -> str:
    return TAGGED.sub(lambda m: f'<a href="/tag/{len(m.group())}" class="tag-link">{m.group()}</a>', escape(paragraph))


def keyword_links(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Keywords of the body linked to their tag pages in every paragraph (places, countries, offices), the lead
    too; the date as "Cập nhật: 16:40, 12/06/2023"; a share bar before and after the body."""
    lead, rest = _lead_and_rest(paragraphs)
    date = f'<div class="updated">Cập nhật: 16:40, {_day_month_year(published)}</div>' if published else ""
    share = '<div class="share-bar"><a href="#f">Facebook</a><a href="#z">Zalo</a><a href="#c">Sao chép liên kết</a></div>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="og:site_name" content="Báo Mẫu"></head><body>
<nav>{"".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</nav>
<article class="post"><h1>{escape(title)}</h1>{date}{share}<p class="sapo">{_tag_links(lead)}</p>
<div class="post-content">{"".join(f"<p>{_tag_links(p)}</p>" for p in rest)}</div>{share}
<div class="post-tags">Tags: <a href="/tag/a">ASEAN</a> <a href="/tag/b">Ngoại giao</a></div></article>
<aside><h3>Đọc nhiều nhất</h3><ul>{_links(MOST_READ, slug)}</ul></aside><footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS.update({"keyword-links": keyword_links})


def _wordy_date(published: str) -> str:
    """"thứ hai, ngày 12 tháng 6 năm 2023", as older government and party papers print it."""
    from datetime import date

    day = date.fromisoformat(published)
    return f"{WEEKDAYS[day.weekday()].capitalize()}, ngày {day.day} tháng {day.month} năm {day.year}"


def table_boxes(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Boxes set as tables inside the body, as 2010s CMSs did: a same-topic "Tin liên quan" table floated
    right and a picture table with its caption cell; the date in words ("Thứ hai, ngày 12 tháng 6 năm 2023");
    a table of other stories with their dates after the body."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    date = f'<div class="ngay-dang">{_wordy_date(published)} - 09:15</div>' if published else ""
    related = ('<table class="tbl-lienquan" align="right" width="220"><tr><td><b>Tin liên quan</b></td></tr>'
               + "".join(f'<tr><td><a href="/{slug}-t{i}">{escape(t)}</a></td></tr>' for i, t in enumerate(ON_TOPIC[:2]))
               + "</table>")
    picture = (f'<table class="tbl-anh" align="center"><tr><td><img src="t.jpg"></td></tr>'
               f'<tr><td class="chu-thich">{CAPTION} (Ảnh: Đức Tám)</td></tr></table>')
    others = ('<table class="tbl-tinkhac"><tr><td colspan="2"><b>Các tin khác</b></td></tr>'
              + "".join(f'<tr><td><a href="/{slug}-k{i}">{escape(s)}</a></td><td>({when})</td></tr>'
                        for i, (s, when) in enumerate(OTHER_STORIES)) + "</table>")
    return f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<div id="menu">{" | ".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div id="noidung"><h1 class="tieude">{escape(title)}</h1>{date}<p class="tomtat"><b>{escape(lead)}</b></p>
<div class="chitiet">{related}{_paragraphs(rest[:half])}{picture}{_paragraphs(rest[half:])}
<p align="right"><b>Vũ Hà</b></p></div>{others}</div><div id="chantrang">{LEGAL}</div></body></html>"""


OUTLET_LAYOUTS.update({"table-boxes": table_boxes})


# ------------------------------------------------------------------------ round-15 layouts (CMS markup kinds)
# Furniture of these layouts, written for them: share and audio bars, an English version's headline.
SHARE_WORDS = ("Sao chép liên kết", "Nghe đọc bài viết", "Chọn cỡ chữ hiển thị")
ENGLISH_HEADLINE = "Farmers in the Mekong Delta race to bring in the winter-spring rice crop"
FURNITURE_MARKERS = (*FURNITURE_MARKERS, *SHARE_WORDS, ENGLISH_HEADLINE)


def _short_day_month_year(published: str) -> str:
    """"16/1/2020": day and month without their leading zero, as some CMSs print them."""
    return f"{int(published[8:10])}/{int(published[5:7])}/{published[:4]}"


def _weekday(published: str) -> str:
    from datetime import date

    return WEEKDAYS[date.fromisoformat(published).weekday()]


def _menu() -> str:
    return "".join(f'<a href="/{i}">{m}</a>' for i, m in enumerate(MENU))


def _share_bar(slug: str) -> str:
    """Facebook and Zalo buttons as their SDKs mark them, a copy-link button, an audio player and font sizes."""
    return (f'<div class="social-share"><div class="fb-like" data-href="https://bao.example/{slug}.html" '
            f'data-layout="button_count"></div><div class="zalo-share-button" data-href="https://bao.example/{slug}.html" '
            f'data-oaid="123" data-layout="1"></div><a class="copy-link" href="#">{SHARE_WORDS[0]}</a></div>'
            f'<div class="audio-player"><span>{SHARE_WORDS[1]}</span><audio src="/a/{slug}.mp3"></audio>'
            f'<span class="audio-time">00:00 / 03:25</span></div>'
            f'<div class="font-size"><span>{SHARE_WORDS[2]}</span> <a href="#">A-</a> <a href="#">A+</a></div>')


def fck_weekday(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """The body a <div class="fck_detail"> of p.Normal paragraphs; the date only in the span.date weekday
    line, day and month without zeros ("Thứ năm, 16/1/2020, 14:27 (GMT+7)"); a photo table "tplCaption"
    with a p.Image caption; at the body's end a same-topic box whose teasers are p.description too."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    date_line = (f'<span class="date">{_weekday(published).capitalize()}, {_short_day_month_year(published)}, '
                 f'14:27 (GMT+7)</span>') if published else ""
    photo = (f'<table align="center" class="tplCaption"><tr><td><img src="v.jpg"></td></tr><tr><td>'
             f'<p class="Image">{CAPTION}</p></td></tr></table>')
    box = '<div class="box-tinlienquanv2">' + "".join(
        f'<article class="item-news"><h4 class="title-news"><a href="/{slug}-v{i}">{escape(t)}</a></h4>'
        f'<p class="description">{escape(teaser)}</p></article>' for i, (t, teaser) in enumerate(zip(ON_TOPIC, TEASERS))) \
        + "</div>"
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
</head><body><header class="header">{_menu()}</header><section class="section page-detail top-detail">
<div class="container"><div class="sidebar-1"><div class="header-content width_common">
<ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul>{date_line}</div>
<h1 class="title-detail">{escape(title)}</h1><p class="description">{escape(lead)}</p>
<div class="fck_detail">{_paragraphs(rest[:half], "Normal")}{photo}{_paragraphs(rest[half:], "Normal")}
<p class="author_mail"><strong>Minh An</strong></p>{box}</div>
<div class="footer-content">{_share_bar(slug)}</div></div>
<div class="sidebar-2"><h3>Đọc nhiều nhất</h3><ul>{_links(MOST_READ, slug)}</ul></div></div></section>
<footer>{LEGAL}</footer></body></html>"""


def sortable_boxes(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A CMS whose editor boxes are div.VCSortableInPreviewMode inside div.detail-content: a "Photo" box with a
    div.PhotoCMS_Caption, a "RelatedOneNews" box (a same-topic story's headline and teaser in a relate-container)
    and a "RelatedNewsBox" list; the date in div.detail-time ("16/01/2020 14:27 GMT+7"); Facebook/Zalo buttons."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    date_line = (f'<div class="detail-time"><div data-role="publishdate">{_day_month_year(published)} 14:27 GMT+7'
                 f'</div></div>') if published else ""
    photo = (f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="w.jpg"></div>'
             f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{CAPTION}</p></div></div>')
    one = (f'<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="relate-container">'
           f'<div class="kbwscwl-relatedbox"><a href="/{slug}-r" class="title">{escape(ON_TOPIC[0])}</a>'
           f'<p class="sapo">{escape(TEASERS[0])}</p></div></div></div>')
    news = (f'<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox">'
            f'<ul>{_links(ON_TOPIC[1:3], slug)}</ul></div></div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<div class="header">{_menu()}</div><div class="detail-cmain"><div class="detail-top">
<div class="detail-cate"><a href="/the-gioi">Thế giới</a></div>{date_line}</div>
<h1 class="detail-title article-title" data-role="title">{escape(title)}</h1>
<div class="detail-social">{_share_bar(slug)}</div>
<h2 class="detail-sapo" data-role="sapo">{escape(lead)}</h2>
<div class="detail-content afcbc-body" data-role="content">{_paragraphs(rest[:third])}{photo}
{_paragraphs(rest[third:2 * third])}{one}{_paragraphs(rest[2 * third:])}{news}</div>
<div class="detail-author"><div class="name">Ngọc Hà</div></div></div>
<div class="box-category"><h3>Tin cùng chuyên mục</h3><ul>{_links(RELATED, slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def dashed_date(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """div.article__body with div.article__sapo; the date with dashes and seconds in article__meta
    ("Thứ Năm, 16-01-2020, 14:27:00"); a table.picture with td.caption; a "Tin liên quan" box of same-topic
    stories inside the body; the writer in div.article__author after it."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    date_line = (f'<div class="article__meta"><time class="time">{_weekday(published)}, '
                 f'{published[8:10]}-{published[5:7]}-{published[:4]}, 14:27:00</time></div>') if published else \
        '<div class="article__meta"></div>'
    picture = (f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="x.jpg"></td></tr>'
               f'<tr><td class="caption">{CAPTION}</td></tr></tbody></table>')
    box = ('<div class="box-related"><h3 class="box-heading">Tin liên quan</h3>'
           + "".join(f'<article class="story"><h2 class="story__heading"><a href="/{slug}-n{i}">{escape(t)}</a></h2>'
                     f'</article>' for i, t in enumerate(ON_TOPIC[:2])) + '</div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<header class="site-header">{_menu()}</header><div class="container"><div class="article">
<h1 class="article__title cms-title">{escape(title)}</h1>{date_line}
<div class="article__sapo cms-desc"><p>{escape(lead)}</p></div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">{_paragraphs(rest[:half])}{picture}
{box}{_paragraphs(rest[half:])}</div><div class="article__author"><span class="name">Trần Hải</span></div>
<div class="article__social">{_share_bar(slug)}</div></div>
<div class="col-right"><h3>Đọc nhiều nhất</h3><ul>{_links(MOST_READ, slug)}</ul></div></div>
<footer>{LEGAL}</footer></body></html>"""


def itemprop_only(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """Microdata only: the date in <meta itemprop="datePublished"> and a later <meta itemprop="dateModified">,
    nothing visible; the body in div#content_detail itemprop="articleBody"; the lead a bold first paragraph."""
    from datetime import date, timedelta

    lead, rest = _lead_and_rest(paragraphs)
    modified = (date.fromisoformat(published) + timedelta(days=3)).isoformat() if published else ""
    meta = (f'<meta itemprop="datePublished" content="{published}T14:27:00+07:00">'
            f'<meta itemprop="dateModified" content="{modified}T08:00:00+07:00">') if published else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - Báo Mẫu</title>
</head><body><div id="menu">{_menu()}</div>
<div class="main" itemscope itemtype="http://schema.org/NewsArticle">{meta}
<h1 itemprop="headline" class="title">{escape(title)}</h1>
<div id="content_detail" itemprop="articleBody"><p><strong>{escape(lead)}</strong></p>{_paragraphs(rest)}
<p style="text-align:right"><strong>Hữu Long</strong></p></div></div>
<div class="othernews"><h3>Tin khác</h3><ul>{_other_stories(slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def ld_body_and_html(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """The text twice: in the HTML body and in a JSON-LD NewsArticle's articleBody (with dateModified three days
    later than datePublished), a second JSON-LD (WebSite) and a BreadcrumbList; no date printed."""
    import json
    from datetime import date, timedelta

    lead, rest = _lead_and_rest(paragraphs)
    article: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "description": lead, "articleBody": "\n".join(rest)}
    if published:
        article["datePublished"] = f"{published}T14:27:00+07:00"
        article["dateModified"] = f"{(date.fromisoformat(published) + timedelta(days=3)).isoformat()}T08:00:00+07:00"
    site = {"@context": "https://schema.org", "@type": "WebSite", "name": "Báo Mẫu", "url": "https://bao.example/"}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(BREADCRUMB)]}
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>'
                      for x in (site, article, crumbs))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} | Báo Mẫu</title>
{scripts}</head><body><div class="nav">{_menu()}</div>{_breadcrumbs()}
<div class="detail"><h1 class="detail__title">{escape(title)}</h1><div class="detail__summary">{escape(lead)}</div>
<div class="detail__content">{_paragraphs(rest)}</div><div class="detail__author">Phương Linh</div></div>
<div class="detail__related"><h3>Tin cùng chuyên mục</h3><ul>{_links(RELATED, slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def amp_cms(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """An AMP page of a CMS: amp-analytics with its JSON config, an amp-list of related stories with a
    mustache template, amp-social-share buttons, the date "14:27 | 16/01/2020" (time first), JSON-LD dates."""
    import json

    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     **({"datePublished": f"{published}T14:27:00+07:00"} if published else {})}, ensure_ascii=False)
    date_line = f'<div class="amp-date">14:27 | {_day_month_year(published)}</div>' if published else ""
    analytics = ('<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":'
                 '"UA-1"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>')
    related = ('<amp-list width="auto" height="300" layout="fixed-height" src="/api/related.json">'
               '<template type="amp-mustache"><div class="item"><a href="{{url}}">{{title}}</a></div></template>'
               '<div fallback>Tin cùng chuyên mục</div></amp-list>')
    share = ('<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="1"></amp-social-share>'
             '<amp-social-share type="email"></amp-social-share>'
             f'<a class="zalo" href="https://sp.zalo.me/share?u={slug}">Zalo</a></div>')
    figure = (f'<div class="VCSortableInPreviewMode" type="Photo"><amp-img src="y.jpg" width="600" height="400" '
              f'layout="responsive"></amp-img><div class="PhotoCMS_Caption"><p>{CAPTION}</p></div></div>')
    return f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="canonical" href="https://bao.example/{slug}.htm"><script type="application/ld+json">{ld}</script>
<style amp-custom>.amp-date{{color:#999}}</style></head><body>{analytics}
<amp-sidebar id="sb" layout="nodisplay"><nav>{_menu()}</nav></amp-sidebar><header class="amp-header">Báo Mẫu</header>
<article class="amp-article"><h1>{escape(title)}</h1>{date_line}{share}<h2 class="sapo">{escape(lead)}</h2>
<div class="amp-content">{_paragraphs(rest[:half])}{figure}{_paragraphs(rest[half:])}<p class="author">Minh Hằng</p></div>
</article>{related}<footer>{LEGAL}</footer></body></html>"""


def caption_figure(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """<figure class="expNoEdit"> photos with a figcaption in the body; a div.box-tinlienquan inside the text
    with same-topic headlines and teasers; the share bar above and below; the date "Cập nhật lúc 14:27,
    16/01/2020" in a span; the lead in a div.chappeau paragraph."""
    lead, rest = _lead_and_rest(paragraphs)
    third = max(1, len(rest) // 3)
    date_line = f'<span class="time">Cập nhật lúc 14:27, {_day_month_year(published)}</span>' if published else ""
    figure = (f'<figure class="expNoEdit"><img src="z.jpg" alt=""><figcaption>{CAPTION} Ảnh: Nhật Bắc'
              f'</figcaption></figure>')
    box = ('<div class="box-tinlienquan"><div class="box-title">Tin liên quan</div>'
           + "".join(f'<div class="item"><a href="/{slug}-b{i}">{escape(t)}</a><p>{escape(teaser)}</p></div>'
                     for i, (t, teaser) in enumerate(zip(ON_TOPIC[1:3], TEASERS))) + '</div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="og:site_name" content="Báo Mẫu"></head><body><nav>{_menu()}</nav>
<div class="art-detail"><h1 class="art-title">{escape(title)}</h1><div class="art-info">{date_line}</div>
{_share_bar(slug)}<div class="chappeau"><p>{escape(lead)}</p></div>
<div class="art-body">{_paragraphs(rest[:third])}{figure}{_paragraphs(rest[third:2 * third])}{box}
{_paragraphs(rest[2 * third:])}<p class="art-author"><strong>Hoài Thu</strong></p></div>{_share_bar(slug)}
<div class="art-tags">Từ khóa: <a href="/t/1">ASEAN</a></div></div>
<div class="most-read"><h3>Đọc nhiều nhất</h3><ul>{_links(MOST_READ, slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


def bilingual(title: str, paragraphs: list[str], slug: str, published: str | None = None) -> str:
    """A Vietnamese page of a bilingual site: a language switch ("Tiếng Việt | English") above the menu, the
    English version's link in <link hreflang>, a "Read in English" box with the English headline; the date
    "Thứ Năm, 14:27, 16/01/2020" (time before the date)."""
    lead, rest = _lead_and_rest(paragraphs)
    half = len(rest) // 2
    date_line = f'<div class="date">{_weekday(published)}, 14:27, {_day_month_year(published)}</div>' \
        if published else ""
    switch = ('<div class="lang-switch"><a href="/vi" class="active" hreflang="vi">Tiếng Việt</a> | '
              '<a href="/en" hreflang="en">English</a></div>')
    english = (f'<div class="other-language" lang="en"><span>Read in English</span> '
               f'<a href="/en/{slug}.html" hreflang="en">{ENGLISH_HEADLINE}</a></div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="alternate" hreflang="en" href="https://bao.example/en/{slug}.html">
<link rel="alternate" hreflang="vi" href="https://bao.example/{slug}.html"></head><body>
<div class="top">{switch}<div class="menu">{_menu()}</div></div>
<div class="article"><h1 class="article-title">{escape(title)}</h1>{date_line}
<div class="article-sapo">{escape(lead)}</div><div class="article-content">{_paragraphs(rest[:half])}{english}
{_paragraphs(rest[half:])}<p class="author">Lan Hương</p></div></div>
<div class="others"><h3>Tin khác</h3><ul>{_other_stories(slug)}</ul></div>
<footer>{LEGAL}</footer></body></html>"""


OUTLET_LAYOUTS.update({
    "fck-weekday": fck_weekday, "sortable-boxes": sortable_boxes, "dashed-date": dashed_date,
    "itemprop-only": itemprop_only, "ld-body-and-html": ld_body_and_html, "amp-cms": amp_cms,
    "caption-figure": caption_figure, "bilingual": bilingual,
})
