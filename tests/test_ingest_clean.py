"""summitgraph.ingest.clean: the body stays, site furniture goes, and every kept character maps back."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.ingest import article_from_text, clean, clean_page
from summitgraph.ingest.article import read_shapes
from summitgraph.ingest.clean import _only_share_runs, _share_words, credit_spans, is_headline, related_marker
from summitgraph.ingest.meta import parse_byline, parse_date, parse_date_line
from summitgraph.model import Span
from summitgraph.text.normalize import normalize

FURNITURE_MARKERS = ("Đọc thêm", "Tin liên quan", "Bài viết cùng chủ đề", "Chia sẻ", "Tags:", "Xem thêm",
                     "Bình luận", "Bản quyền", "Theo dõi", "(Ảnh:", "Giá vàng")


@pytest.fixture()
def page(fixtures_dir: Path) -> str:
    return normalize((fixtures_dir / "ingest" / "furniture_page.txt").read_text(encoding="utf-8"))


def test_furniture_page_keeps_title_lead_and_body(page: str) -> None:
    result = clean_page(page)
    lines = result.text.split("\n")
    assert lines[0] == "Việt Nam và Indonesia thúc đẩy hợp tác biển"
    assert lines[1].startswith("Bộ trưởng Ngoại giao hai nước đã có cuộc điện đàm")
    assert lines[2] == "Hai Bộ trưởng tại cuộc điện đàm."  # the caption stays, its credit goes
    assert lines[-1] == "Bộ trưởng Retno Marsudi cảm ơn Việt Nam đã ủng hộ đề xuất tổ chức Hội nghị " \
                        "các nhà lãnh đạo ASEAN tại Jakarta."
    assert len(lines) == 7
    for marker in FURNITURE_MARKERS:
        assert marker not in result.text
    assert result.text.count("Việt Nam và Indonesia thúc đẩy hợp tác biển") == 1


def test_furniture_page_metadata(page: str) -> None:
    result = clean_page(page)
    assert result.title == "Việt Nam và Indonesia thúc đẩy hợp tác biển"
    assert result.author == "Lan Phương"
    assert (result.published, result.published_time) == ("2021-05-07", "08:10")
    reasons = {r.reason for r in result.removed}
    assert {"byline: author metadata", "date line: publication metadata", "follow-us prompt",
            "headline printed twice", "caption printed twice", "photo credit", "link to another story",
            "share bar", "tag list", "related-stories list"} <= reasons


def test_body_without_furniture_is_untouched(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "ingest" / "body_only.txt").read_text(encoding="utf-8")
    cleaned, offsets, removed = clean(normalize(raw))
    assert cleaned == raw.strip()
    assert removed == []


def test_related_list_in_the_middle_keeps_the_body_after_it() -> None:
    page = "\n".join([
        "Thủ tướng dự Hội nghị Cấp cao ASEAN",
        "Sáng 26/10, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 38 theo hình thức trực tuyến "
        "cùng lãnh đạo các nước thành viên.",
        "Tin liên quan",
        "Brunei công bố chương trình Hội nghị Cấp cao",
        "Các nước ASEAN họp trù bị",
        "Tại Hội nghị, Thủ tướng đề nghị ASEAN đẩy nhanh tiêm chủng và phục hồi kinh tế bao trùm, bền vững "
        "trong bối cảnh mới.",
        "Các nhà lãnh đạo đã thông qua nhiều văn kiện quan trọng về phục hồi sau đại dịch và chuyển đổi số.",
    ])
    cleaned, _, _ = clean(page)
    assert "Tin liên quan" not in cleaned and "Brunei công bố" not in cleaned
    assert cleaned.split("\n")[-2].startswith("Tại Hội nghị, Thủ tướng đề nghị")
    assert cleaned.endswith("chuyển đổi số.")


def test_single_repeated_caption_is_not_a_related_list() -> None:
    page = "\n".join([
        "Hội nghị SOM ASEAN khai mạc",
        "Ngày 3/6, Hội nghị Quan chức cao cấp ASEAN đã khai mạc tại Phnom Penh với sự tham dự của trưởng đoàn "
        "các nước thành viên.",
        "Toàn cảnh phiên khai mạc",
        "Toàn cảnh phiên khai mạc",
        "Các Trưởng SOM đã rà soát chương trình nghị sự của Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55.",
        "Hội nghị cũng thảo luận về tình hình Myanmar và việc thực hiện Đồng thuận 5 điểm.",
    ])
    cleaned, _, removed = clean(page)
    assert cleaned.count("Toàn cảnh phiên khai mạc") == 1
    assert "Các Trưởng SOM đã rà soát" in cleaned
    assert cleaned.endswith("Đồng thuận 5 điểm.")


def test_trailing_headlines_are_a_related_list() -> None:
    page = "\n".join([
        "Ngoại trưởng ASEAN họp không chính thức",
        "Các Bộ trưởng Ngoại giao ASEAN đã có cuộc họp không chính thức bên lề Đại hội đồng Liên hợp quốc "
        "tại New York để trao đổi về hợp tác khu vực.",
        "ASEAN và Nhật Bản kỷ niệm 50 năm quan hệ(12/09/2023)",
        "Indonesia kết thúc năm Chủ tịch ASEAN(10/09/2023)",
        "Lào chuẩn bị cho năm Chủ tịch(05/09/2023)",
    ])
    cleaned, _, _ = clean(page)
    assert cleaned.split("\n")[-1].endswith("hợp tác khu vực.")


SCHEDULE_LEAD = ("Thủ tướng sẽ chủ trì và tham dự nhiều hội nghị trong tuần lễ cấp cao tại Trung tâm Hội nghị "
                 "Quốc gia. {}")


@pytest.mark.parametrize("lead, items", [
    (SCHEDULE_LEAD.format("Cụ thể như sau."), ["Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 17",
                                               "Hội nghị Cấp cao ASEAN+3 lần thứ 23"]),
    (SCHEDULE_LEAD.format(""), ["1. Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 17",
                                "2. Hội nghị Cấp cao ASEAN+3 lần thứ 23"]),
    (SCHEDULE_LEAD.format(""), ["- 8h30: Lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ 37",
                                "- 14h00: Hội nghị Cấp cao ASEAN+3 lần thứ 23"]),
])
def test_a_list_the_body_announces_numbers_or_times_is_kept_at_the_end(lead: str, items: list[str]) -> None:
    page = "\n".join(["Tuần lễ cấp cao ASEAN", lead.strip(), *items])
    cleaned, _, removed = clean(page)
    assert cleaned.split("\n")[-2:] == items and removed == []


def test_a_dateline_of_its_own_under_the_title_is_no_menu_item() -> None:
    page = "\n".join(["Khai mạc AMM-56", "Jakarta, ngày 10/7/2023",
                      "Các Bộ trưởng Ngoại giao ASEAN đã khai mạc hội nghị thường niên tại thủ đô của Indonesia."])
    cleaned, _, _ = clean(page)
    assert "Jakarta, ngày 10/7/2023" in cleaned


def test_breadcrumb_caption_label_and_closing_source() -> None:
    result = clean_page("\n".join([
        "Hội nghị Bộ trưởng Kinh tế ASEAN",
        "Trang chủ > Thế giới > ASEAN",
        "Các Bộ trưởng Kinh tế ASEAN đã họp tại Jakarta để rà soát tiến độ thực hiện Kế hoạch tổng thể "
        "Cộng đồng Kinh tế ASEAN 2025.",
        "(Ảnh minh họa)",
        "Hội nghị cũng thảo luận về việc nâng cấp Hiệp định Thương mại hàng hóa ASEAN.",
        "(TTXVN/Vietnam+)",
    ]))
    assert result.text.split("\n")[1].startswith("Các Bộ trưởng Kinh tế ASEAN")
    assert result.text.endswith("Hiệp định Thương mại hàng hóa ASEAN.")
    assert result.author == "TTXVN/Vietnam+"
    assert [r.reason for r in result.removed] == ["breadcrumb", "photo caption label", "byline: author metadata"]


def test_a_name_deeper_in_the_head_is_a_subheading_not_a_byline() -> None:
    result = clean_page("\n".join([
        "Những gương mặt nổi bật của ASEAN năm qua",
        "Nhiều nhà lãnh đạo đã để lại dấu ấn trong năm qua với những sáng kiến hợp tác khu vực quan trọng.",
        "Joko Widodo",
        "Tổng thống Indonesia đã thúc đẩy việc kết nạp Timor-Leste và các sáng kiến về kinh tế xanh.",
    ]))
    assert result.author is None
    assert "Joko Widodo" in result.text


def test_menu_and_related_box_above_the_body() -> None:
    cleaned, _, _ = clean("\n".join([
        "Ngoại trưởng ASEAN họp tại Jakarta",
        "Thế giới",
        "ASEAN",
        "Tin liên quan",
        "Indonesia công bố chủ đề năm Chủ tịch",
        "Timor-Leste dự hội nghị với tư cách quan sát viên",
        "Ngày 4/2, các Bộ trưởng Ngoại giao ASEAN đã có cuộc họp hẹp tại Jakarta để bàn kế hoạch hợp tác "
        "trong năm Indonesia làm Chủ tịch ASEAN.",
        "Các Bộ trưởng cũng trao đổi về tình hình Myanmar.",
    ]))
    assert cleaned.split("\n") == [
        "Ngoại trưởng ASEAN họp tại Jakarta",
        "Ngày 4/2, các Bộ trưởng Ngoại giao ASEAN đã có cuộc họp hẹp tại Jakarta để bàn kế hoạch hợp tác "
        "trong năm Indonesia làm Chủ tịch ASEAN.",
        "Các Bộ trưởng cũng trao đổi về tình hình Myanmar.",
    ]


def test_unknown_title_when_first_line_is_empty() -> None:
    result = clean_page("\nNgày 6/3, Hội đồng Kinh doanh Hoa Kỳ - ASEAN cho biết một phái đoàn doanh nghiệp "
                        "sẽ thăm Hà Nội.\n")
    assert result.title is None
    assert result.text.startswith("Ngày 6/3")


@pytest.mark.parametrize("line, credit", [
    ("Toàn cảnh hội nghị. (Ảnh: TTXVN)", " (Ảnh: TTXVN)"),
    ("Toàn cảnh hội nghị. Ảnh: TTXVN phát", " Ảnh: TTXVN phát"),
    ("Thủ tướng phát biểu. Ảnh: Thống Nhất/TTXVN Ngày 12/5, tại Phnom Penh", " Ảnh: Thống Nhất/TTXVN"),
    ("Bộ trưởng tiếp Đại sứ. Ảnh: Nguyễn Khang – TTXVN Theo Bộ trưởng, hai bên", " Ảnh: Nguyễn Khang – TTXVN"),
    ("Quang cảnh lễ ký. Ảnh: Hải An. Tàu Izumo đi cùng", " Ảnh: Hải An."),
    ("Các đại biểu chụp ảnh. Ảnh: LÊ KIÊN Nhân chuyến thăm", " Ảnh: LÊ KIÊN"),
])
def test_photo_credits_inside_lines(line: str, credit: str) -> None:
    spans = credit_spans(line)
    assert [line[s:e] for s, e in spans] == [credit]


def test_caption_introduced_by_anh_is_kept() -> None:
    assert credit_spans("Ảnh: Thủ tướng Nguyễn Xuân Phúc cùng các đại biểu thảo luận về hợp tác ASEAN") == []


@pytest.mark.parametrize("line, name", [
    ("Minh Hằng (TTXVN)", "Minh Hằng (TTXVN)"),
    ("Hữu Toàn", "Hữu Toàn"),
    ("TTXVN/Báo Tin tức", "TTXVN/Báo Tin tức"),
    ("Theo VnExpress", "VnExpress"),
    ("Tác giả: Nguyễn Lan", "Nguyễn Lan"),
    ("PV", "PV"),
    ("Hội nghị cấp cao", None),
    ("Việt Nam", None),
    ("Theo kế hoạch, hội nghị", None),
    ("Theo dõi Báo Thời Đại trên Google News", None),
    ("(TTXVN/Vietnam+)", "TTXVN/Vietnam+"),
    ("(Theo Reuters)", "Reuters"),
    ("(giữa)", None),
    ("Theo Chinhphu.vn", "Chinhphu.vn"),
    ("Tuấn Anh/TTXVN", "Tuấn Anh/TTXVN"),
    ("Vụ Thông tin Báo chí", "Vụ Thông tin Báo chí"),
    ("Cổng TTĐT Chính phủ", "Cổng TTĐT Chính phủ"),
    ("Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("Bộ Ngoại giao thông báo", None),
    ("Bộ trưởng Ngoại giao hai nước", None),
])
def test_bylines(line: str, name: str | None) -> None:
    assert parse_byline(line) == name


@pytest.mark.parametrize("line, parsed", [
    ("Thứ Năm, 16/01/2020, 14:27", ("2020-01-16", "14:27")),
    ("16/01/2020 14:27 GMT+7", ("2020-01-16", "14:27")),
    ("Cập nhật: 08:15 ngày 12/11/2020", ("2020-11-12", "08:15")),
    ("Thứ hai, ngày 12 tháng 11 năm 2020 - 10h30", ("2020-11-12", "10:30")),
    ("Ngày 5/1/2022, Campuchia đã chủ trì hội nghị", None),
    ("31/02/2020", None),
])
def test_date_lines(line: str, parsed: tuple[str, str] | None) -> None:
    assert parse_date_line(line) == parsed


def test_stated_dates_in_other_shapes() -> None:
    assert parse_date("2020-01-16T14:27:00+07:00") == ("2020-01-16", "14:27")
    assert parse_date("16/01/2020") == ("2020-01-16", None)
    assert parse_date("không rõ") == (None, None)


def test_line_shapes() -> None:
    assert related_marker("Đọc thêm:") and related_marker(">> Tin liên quan") and related_marker("BÀI VIẾT CÙNG CHỦ ĐỀ")
    assert not related_marker("Đọc thêm các báo cáo của Ban Thư ký ASEAN, các nước nhận thấy tiến triển.")
    assert is_headline("Những nước nào có Ngày Quốc khánh trong tháng 12?")
    assert not is_headline("Các nước hoan nghênh đề xuất của Việt Nam.")


# --- the offset map, on the fixture and on random pages ---------------------------------------------------
def assert_offsets_hold(raw: str) -> None:
    """Every kept character is the normalised original's character at its mapped offset, and the
    article's composed map lands on the same letter of the raw original. The article reads the original in its
    plain shape (ingest.article.read_shapes: normalised, hard wraps joined, capitals lines in prose case)."""
    normalized, index = read_shapes(raw)
    cleaned, offsets, removed = clean(normalized)
    for seg in offsets.segments:
        assert cleaned[seg.clean_start:seg.clean_start + seg.length] == \
            normalized[seg.original_start:seg.original_start + seg.length]
    kept = [i for seg in offsets.segments for i in range(seg.clean_start, seg.clean_start + seg.length)]
    assert len(kept) == len(cleaned) - cleaned.count("\n")  # everything but the line joins is copied
    for span in removed:
        assert 0 <= span.start <= span.end <= len(normalized)

    article = article_from_text(raw, "x.txt")
    assert article.text == cleaned
    for i in kept:
        j = article.offsets.to_original(i)
        assert j == index[offsets.to_original(i)]
        if not unicodedata.combining(article.text[i]):  # a stray mark NFC reordered points into its cluster
            assert letter(article.text[i]) == letter(article.original[j])
    for span in article.removed:
        assert 0 <= span.start <= span.end <= len(raw)


def letter(ch: str) -> str:
    return " " if ch.isspace() else (unicodedata.normalize("NFKD", ch)[:1] or ch).lower()


def test_offsets_on_the_fixture(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "ingest" / "furniture_page.txt").read_text(encoding="utf-8")
    assert_offsets_hold(raw)
    decomposed = unicodedata.normalize("NFD", raw).replace("\n", "\r\n").replace("hòa", "hoà")
    assert_offsets_hold(decomposed)


def test_span_in_cleaned_text_maps_to_the_same_words_in_the_original(fixtures_dir: Path) -> None:
    raw = unicodedata.normalize("NFD", (fixtures_dir / "ingest" / "furniture_page.txt").read_text(encoding="utf-8"))
    article = article_from_text(raw, "furniture_page.txt")
    start = article.text.index("Retno Marsudi")
    original = article.offsets.span_to_original(Span(start, start + len("Retno Marsudi")))
    assert article.original[original.start:original.end] == "Retno Marsudi"
    start = article.text.index("Bùi Thanh Sơn")
    original = article.offsets.span_to_original(Span(start, start + len("Bùi Thanh Sơn")))
    assert normalize(article.original[original.start:original.end]) == "Bùi Thanh Sơn"


LINES = [
    "Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc", "Đọc thêm", "Tin liên quan", "Chia sẻ: Facebook | Zalo",
    "Thủ tướng phát biểu. (Ảnh: Thống Nhất/TTXVN)", "Minh Hằng (TTXVN)", "Thứ Năm, 16/01/2020, 14:27",
    "Các Bộ trưởng nhất trí thúc đẩy hợp tác biển, hoà bình và ổn định trong khu vực Đông Nam Á.",
    "Ảnh: Quang Hòa", "Tags: ASEAN, Việt Nam", "...", "Hoà bình, thuỷ sản, khoẻ mạnh", "", " ", "Xem thêm: Lào họp",
]
PIECES = st.one_of(st.sampled_from(LINES), st.text(alphabet="aàoòuủyýHhĐđ .,:()\u00a0\u200b\u0300\u0323", max_size=20))


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=14), st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_offsets_hold_on_random_pages(pieces: list[str], newline: str) -> None:
    assert_offsets_hold(newline.join(pieces))


SHARE_BAR_PIECES = ["chia se", "facebook", "zalo", "google+", "google", "a+", "a-", "a", "in", "in2", "2023", "luu",
                    "sao chep lien ket", "sao", "thu tuong", "x", "_", "+", "-", "|", " ", "  ", "(", ")", "©", "é"]


def is_share_bar_by_words(key: str) -> bool:
    """The share-bar test itself, without the quick look at the line's runs of word characters."""
    rest = _share_words().sub(" ", key)
    return rest != key and not re.sub(r"[\W\d_]+", "", rest)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SHARE_BAR_PIECES), min_size=1, max_size=10).map("".join))
def test_a_share_bar_is_never_turned_away_by_the_quick_look(key: str) -> None:
    if is_share_bar_by_words(key):
        assert _only_share_runs(key)


@pytest.mark.parametrize("key, share_bar", [
    ("chia se facebook zalo", True), ("facebook | twitter | in bai", True), ("google+ a+ a- 2023", True),
    ("chia se thu tuong", False), ("facebook2", False), ("googlex+", False), ("a", False),
])
def test_quick_look_and_share_bar(key: str, share_bar: bool) -> None:
    assert is_share_bar_by_words(key) == share_bar
    assert _only_share_runs(key) or not share_bar


def test_a_list_the_body_announces_at_the_end_is_kept():
    from summitgraph.ingest.article import article_from_text
    raw = ("Lịch làm việc của Thủ tướng tại Phnom Penh\n"
           "Phnom Penh - Từ ngày 10-13/11, Thủ tướng dự các hội nghị cấp cao của ASEAN tại Phnom Penh, Campuchia.\n"
           "Theo chương trình, trong ngày 12/11, Thủ tướng sẽ dự các hội nghị sau:\n"
           "Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25\n"
           "Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 23\n")
    text = article_from_text(raw, "t.txt").text
    assert "ASEAN - Trung Quốc lần thứ 25" in text and "ASEAN - Hàn Quốc lần thứ 23" in text


def test_headlines_after_a_related_header_still_go():
    from summitgraph.ingest.article import article_from_text
    raw = ("Thủ tướng dự hội nghị cấp cao\n"
           "Phnom Penh - Ngày 12/11, Thủ tướng dự các hội nghị cấp cao của ASEAN tại Phnom Penh, Campuchia.\n"
           "Tin liên quan:\n"
           "Thủ tướng gặp lãnh đạo các nước\n"
           "Khai mạc tuần lễ cấp cao\n")
    text = article_from_text(raw, "t.txt").text
    assert "Khai mạc tuần lễ cấp cao" not in text
