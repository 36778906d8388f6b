"""Three news-site layouts, written for the benchmark, to wrap corpus texts in HTML pages.

    page = LAYOUTS["portal"](title, paragraphs, slug)

Each page carries site furniture (menus, related stories, most-read lists, share bars, comment forms, legal
footers) whose phrases are listed in FURNITURE_MARKERS: an extractor that keeps any of them has leaked it.
"""
from __future__ import annotations

from html import escape
from typing import Callable

RELATED = ("Giá lúa gạo đầu vụ tăng nhẹ ở đồng bằng", "Thời tiết miền Bắc chuyển rét từ cuối tuần",
           "Đội tuyển bóng đá nữ tập huấn tại Đà Lạt")
MOST_READ = ("Mẹo giữ ấm nhà cửa mùa mưa phùn", "Lịch nghỉ Tết của học sinh các tỉnh phía Nam")
COMMENTS = ("Bài viết rất hay, cảm ơn tòa soạn!", "Mong có thêm nhiều tin như thế này.")
MENU = ("Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Văn hóa", "Thể thao")
LEGAL = "Giấy phép hoạt động báo chí điện tử số 999/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin."
NEWSLETTER = "Đăng ký nhận bản tin buổi sáng qua thư điện tử"

FURNITURE_MARKERS = (*RELATED, *MOST_READ, *COMMENTS, LEGAL, NEWSLETTER, "Gửi bình luận", "Tin cùng chuyên mục",
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
