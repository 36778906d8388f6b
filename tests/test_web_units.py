"""The small pure pieces behind the pages: dates, labels, highlights, charts, CSRF tokens, form values."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from summitgraph.model import Span
from summitgraph.web import charts, csrf, i18n
from summitgraph.web.dates import vn_date, vn_range, year_of
from summitgraph.web.highlight import Mark, highlight, parse_target, sentence_of


@pytest.mark.parametrize("iso, shown", [
    ("2020-01-16", "16/01/2020"), ("2020-01", "01/2020"), ("2020", "2020"), ("--11-12", "12/11"),
    ("--04", "04"), (None, ""), ("", ""), ("around Tết", "around Tết"),
])
def test_vn_date(iso, shown):
    assert vn_date(iso) == shown


def test_vn_range():
    assert vn_range("2022-11-10", "2022-11-13") == "10/11/2022 – 13/11/2022"
    assert vn_range("2020-01-16", "2020-01-16") == "16/01/2020"
    assert vn_range("2020-04", None) == "04/2020"
    assert vn_range(None, None) == ""
    assert year_of("2023-05") == 2023 and year_of("--05-01") is None


def test_language_choice():
    assert i18n.pick_language("en", "vi") == "en"
    assert i18n.pick_language(None, "en") == "en"
    assert i18n.pick_language("xx", None) == "vi"
    assert i18n.label("meeting", "en") == "Meeting" and i18n.label("meeting", "vi") == "Hội nghị"
    assert i18n.label("no-such-label", "en") == "no-such-label"


def test_every_label_has_both_languages():
    for key, entry in i18n.LABELS.items():
        assert entry.get("vi") and entry.get("en"), key


def test_series_and_country_labels_come_from_the_registry():
    assert i18n.series_label("asean-summit", "vi") == "Hội nghị Cấp cao ASEAN"
    assert i18n.series_label("asean-summit", "en") == "ASEAN Summit"
    assert i18n.country_label("KH", "vi") == "Campuchia" and i18n.country_label("KH", "en") == "Cambodia"
    assert i18n.country_label("ZZ", "en") == "ZZ"


TEXT = "Tiêu đề\n\nSáng 3/8, Hội nghị khai mạc tại Phnom Penh. Bộ trưởng Bùi Thanh Sơn dự họp.\nĐoạn hai."


def test_highlight_tags_pieces_and_keeps_all_text():
    city = TEXT.index("Phnom Penh")
    person = TEXT.index("Bùi Thanh Sơn")
    marks = [Mark(1, "meeting", Span(city, city + 10)), Mark(2, "person", Span(person, person + 13)),
             Mark(3, "meeting", Span(city, city + 5))]   # overlaps mark 1
    paragraphs = highlight(TEXT, marks)
    assert len(paragraphs) == 3
    for sentence in (s for para in paragraphs for s in para.sentences):
        assert "".join(p.text for p in sentence.pieces) == TEXT[sentence.start:sentence.end]
    pieces = [p for para in paragraphs for s in para.sentences for p in s.pieces]
    phnom = next(p for p in pieces if p.text == "Phnom")
    assert {m.fact_id for m in phnom.marks} == {1, 3} and phnom.anchors == ["f-1", "f-3"]
    penh = next(p for p in pieces if p.text == " Penh")
    assert {m.fact_id for m in penh.marks} == {1} and penh.anchors == []
    assert next(p for p in pieces if p.text == "Bùi Thanh Sơn").kinds == ["person"]


def test_highlight_target_marks_the_sentence_and_anchors_it_once():
    person = TEXT.index("Bùi Thanh Sơn")
    paragraphs = highlight(TEXT, [], Span(person, person + 13))
    sentences = [s for para in paragraphs for s in para.sentences]
    targets = [s for s in sentences if s.target]
    assert len(targets) == 1 and targets[0].anchor == "hl"
    assert TEXT[targets[0].start:targets[0].end] == "Bộ trưởng Bùi Thanh Sơn dự họp."
    assert [p.text for p in targets[0].pieces if p.target] == ["Bùi Thanh Sơn"]


def test_parse_target_and_sentence_of():
    assert parse_target("3-9", len(TEXT)) == Span(3, 9)
    for bad in (None, "", "9-3", "3-", "a-b", f"0-{len(TEXT) + 1}", "1-2-3"):
        assert parse_target(bad, len(TEXT)) is None
    person = TEXT.index("Bùi")
    whole = sentence_of(TEXT, Span(person, person + 3))
    assert TEXT[whole.start:whole.end] == "Bộ trưởng Bùi Thanh Sơn dự họp."


def test_stacked_bars_are_valid_svg_with_escaped_labels():
    bars = [charts.Bar("2020", {"amm": 2, "asean-summit": 1}), charts.Bar("2022", {"amm": 1})]
    svg = str(charts.stacked_bars(bars, {"amm": "<AMM & co>", "asean-summit": "Summit"}, title="Per year"))
    root = ET.fromstring(svg)           # well-formed XML, so the labels were escaped
    assert root.tag.endswith("svg")
    assert "&lt;AMM &amp; co&gt;" in svg and "<AMM" not in svg
    rects = [r for r in root.iter() if r.tag.endswith("rect") and r.find("{http://www.w3.org/2000/svg}title") is not None]
    assert len(rects) == 3
    heights = {r.find("{http://www.w3.org/2000/svg}title").text: float(r.get("height")) for r in rects}
    # Bar heights are proportional to counts: 2 AMMs in 2020 are twice as tall as the one in 2022.
    assert heights["2020 · <AMM & co>: 2"] == pytest.approx(2 * heights["2022 · <AMM & co>: 1"], abs=0.2)
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_every_series_of_the_registry_has_a_colour_of_its_own():
    from summitgraph.kb.labels import series_labels
    colours = [charts.series_colour(series) for series in series_labels()]
    assert len(set(colours)) == len(colours) == len(series_labels())


def test_horizontal_bars_and_empty_chart():
    svg = str(charts.horizontal_bars([("Phnom Penh", 3), ("Đà Nẵng", 1), ("Nowhere", 0)], title="Where"))
    ET.fromstring(svg)
    assert "Phnom Penh" in svg and "Đà Nẵng" in svg and "Nowhere" not in svg
    empty = str(charts.stacked_bars([], {}, title="Nothing", empty="no data"))
    assert "no data" in empty and ET.fromstring(empty) is not None


def test_csrf_tokens_are_signed_by_the_server():
    signer = csrf.CsrfSigner(b"k" * 32)
    token = signer.new_token()
    assert signer.is_valid(token) and signer.matches(token, token)
    assert not signer.matches(token, signer.new_token())
    assert not signer.matches(None, token) and not signer.matches(token, "")
    assert not csrf.CsrfSigner(b"other" * 7).is_valid(token)
    nonce = token.split(".")[0]
    assert not signer.is_valid(f"{nonce}.{'0' * 32}")
    assert not signer.is_valid("no-dot") and not signer.is_valid("ä.ö")


def test_a_long_series_name_is_shown_whole_in_the_legend():
    long_name = "Hội nghị Bộ trưởng Ngoại giao ASEAN mở rộng với các Đối tác (PMC) và Diễn đàn Khu vực ASEAN"
    svg = str(charts.stacked_bars([charts.Bar("2019", {"pmc": 1, "amm": 2})], {"pmc": long_name, "amm": "AMM"},
                                  title="Per year"))
    root = ET.fromstring(svg)
    legend = [t.text for t in root.iter() if t.tag.endswith("text") and t.get("class") == "chart-legend"]
    assert " ".join(legend[:-1] if legend[-1] == "AMM" else legend[1:]) == long_name
    assert "…" not in svg
    # The chart is as wide as its longest legend line, so nothing is clipped.
    assert float(root.get("width")) >= 6 * max(len(line) for line in legend)


def test_the_sentence_of_a_span_is_the_same_as_when_the_whole_text_is_split():
    from summitgraph.model import Span
    from summitgraph.text.sentences import split_sentences
    from summitgraph.web.highlight import _overlaps, sentence_of
    text = ("HÀ NỘI. Sáng 10/5, Hội nghị Cấp cao ASEAN lần thứ 42 khai mạc. Thủ tướng phát biểu.\n\n"
            "Các nhà lãnh đạo thảo luận về Biển Đông. TS. Nguyễn Văn A nhận định: hợp tác là cần thiết!\n"
            "Dòng cuối không có dấu chấm")
    for start in range(0, len(text), 3):
        for length in (1, 7, 40, 150):
            span = Span(start, min(len(text), start + length))
            covering = [s for s in split_sentences(text) if _overlaps(s.start, s.end, span)]
            whole = Span(covering[0].start, covering[-1].end) if covering else span
            assert sentence_of(text, span) == whole


def test_a_chart_of_many_years_fits_its_column_and_labels_the_latest_year():
    bars = [charts.Bar(str(year), {"amm": 1} if year % 3 else {}) for year in range(1976, 2026)]
    root = ET.fromstring(str(charts.stacked_bars(bars, {"amm": "AMM"}, title="Per year")))
    assert float(root.get("width")) <= charts.MAX_PLOT_PX + 1
    labels = [t.text for t in root.iter() if t.tag.endswith("text") and t.get("class") == "chart-label"]
    assert labels[-1] == "2025" and labels[0] == "1976"
    assert 5 < len(labels) < 50             # every few years, so that the labels do not overlap
    rects = [r for r in root.iter() if r.tag.endswith("rect") and r.find("{http://www.w3.org/2000/svg}title") is not None]
    assert max(float(r.get("x")) + float(r.get("width")) for r in rects) <= float(root.get("width"))
