"""A page whose body is in its JSON-LD ``articleBody`` (a script renders it) reads paragraph by paragraph; a
page that prints its body keeps its own text."""
import json

import lxml.html
import pytest

from summitgraph.errors import InputError
from summitgraph.ingest.clean import clean_page
from summitgraph.ingest.html import extract_html
from summitgraph.ingest.structured import article_body, body_to_read

PARAGRAPHS = (
    "Sáng 8/8 tại Viêng Chăn, Bộ trưởng Ngoại giao các nước ASEAN đã dự lễ kỷ niệm ngày thành lập Hiệp hội, "
    "khẳng định quyết tâm xây dựng Cộng đồng đoàn kết và tự cường.",
    "Phát biểu tại buổi lễ, Bộ trưởng Ngoại giao nước chủ nhà nhấn mạnh vai trò trung tâm của ASEAN trong "
    "cấu trúc khu vực và kêu gọi các nước tăng cường kết nối kinh tế.",
    "Trong khuôn khổ chuyến công tác, Bộ trưởng Ngoại giao Việt Nam đã có cuộc gặp song phương với người "
    "đồng cấp Lào để trao đổi về hợp tác biên giới và giáo dục.",
)
RELATED = "Giá cà phê tăng mạnh trong tuần qua"


def _ld(body: str, kind: str = "NewsArticle", graph: bool = False) -> str:
    item = {"@type": kind, "headline": "Kỷ niệm ngày ASEAN", "articleBody": body}
    data = {"@context": "https://schema.org", "@graph": [item]} if graph else item
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _page(head: str, body: str) -> str:
    return (f"<html><head><title>Kỷ niệm ngày ASEAN</title>{head}</head><body><h1>Kỷ niệm ngày ASEAN</h1>{body}"
            f"<section><h3>Đọc nhiều nhất</h3><ul><li><a href='/a'>{RELATED}</a></li></ul></section></body></html>")


def test_a_script_rendered_page_reads_its_structured_body_line_by_line():
    page = extract_html(_page(_ld("\n".join(PARAGRAPHS)), "<div id='body'>Đang tải nội dung...</div>"), "a.html")
    assert page.body_from.startswith("structured body")
    text = clean_page(page.text).text
    for paragraph in PARAGRAPHS:
        assert paragraph in text.split("\n")


def test_a_page_that_prints_its_body_keeps_its_own_text():
    printed = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = extract_html(_page(_ld("\n".join(PARAGRAPHS)), f"<article>{printed}</article>"), "b.html")
    assert page.body_from.startswith("page text")
    assert PARAGRAPHS[1] in page.text


def test_a_page_with_no_body_but_its_structured_data_is_read_not_refused():
    page = extract_html(f"<html><head>{_ld(chr(10).join(PARAGRAPHS))}</head><body></body></html>", "c.html")
    assert PARAGRAPHS[2] in page.text


def test_a_page_with_neither_is_still_refused_by_name():
    with pytest.raises(InputError, match="d.html"):
        extract_html("<html><head><script type='application/ld+json'>{broken</script></head><body></body></html>",
                     "d.html")


def test_a_structured_body_in_html_markup_inside_a_graph_becomes_lines():
    marked = "".join(f"<p>{p.replace('ASEAN', 'ASEAN &amp; đối tác', 1)}</p>" for p in PARAGRAPHS)
    tree = lxml.html.fromstring(_page(_ld(marked, graph=True), ""))
    lines = article_body(tree).split("\n")
    assert len(lines) == 3 and "ASEAN & đối tác" in lines[0] and "<p>" not in lines[0]


def test_teasers_and_other_types_are_not_bodies():
    tree = lxml.html.fromstring(_page(_ld("Kỷ niệm ngày ASEAN tại Viêng Chăn.") + _ld("\n".join(PARAGRAPHS),
                                                                                      kind="Organization"), ""))
    assert article_body(tree) is None


@pytest.mark.parametrize("text, reason", [
    (" ".join(PARAGRAPHS), "structured body: the page's text is it on one line"),
    (PARAGRAPHS[0][:80], "structured body: the page's text is a stub of it"),
    ("\n".join(PARAGRAPHS), "page text: as long as the structured body"),
])
def test_each_choice_has_its_reason(text, reason):
    assert body_to_read(text, "\n".join(PARAGRAPHS))[1] == reason
