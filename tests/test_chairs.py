"""The chair-years extractor on sentences written for these tests, then on the whole corpus."""
from __future__ import annotations

import re

import pytest

from summitgraph.extract.chairs import (
    CONFIDENCE_AGREES,
    CONFIDENCE_CONTRADICTED,
    NAME,
    VERSION,
    extract_chairs,
    handover_year,
    registry_confidence,
)
from summitgraph.extract.context import make_context
from summitgraph.model import Article, OffsetMap
from conftest import corpus_files


def article(text: str, published: str | None = None) -> Article:
    return Article(id="t.txt", source="t.txt", text=text, original=text,
                   offsets=OffsetMap.identity(len(text)), title=None, published=published)


def chairs_of(text: str, published: str | None = None):
    return extract_chairs(make_context(article(text, published)))


def pairs(text: str, published: str | None = None) -> list[tuple[str, int | None]]:
    return [(c.country, c.year) for c in chairs_of(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # "X - nước Chủ tịch ASEAN 2024": apposition with the year written
    ("Hôm qua, Lào - nước Chủ tịch ASEAN 2024 đã khai mạc cuộc họp quan chức cao cấp tại Viêng Chăn.",
     None, [("LA", 2024)]),
    # "nước Chủ tịch ASEAN năm 2025", the country a little before
    ("Phát biểu khai mạc, Thủ tướng Malaysia, nước Chủ tịch ASEAN năm 2025, kêu gọi các nước đoàn kết.",
     None, [("MY", 2025)]),
    # "Năm Chủ tịch ASEAN 2020 của Việt Nam": the country after the cue
    ("Năm Chủ tịch ASEAN 2020 của Việt Nam diễn ra trong bối cảnh dịch bệnh diễn biến phức tạp.",
     None, [("VN", 2020)]),
    # "X đảm nhận vai trò Chủ tịch ASEAN", the year from the publication date
    ("Việt Nam đảm nhận vai trò Chủ tịch ASEAN trong bối cảnh khu vực có nhiều biến động.",
     "2020-03-02", [("VN", 2020)]),
    # "Với tư cách Chủ tịch ASEAN, X": the country after, the year from the same sentence
    ("Với tư cách Chủ tịch ASEAN, Indonesia sẽ tổ chức hơn 200 cuộc họp trong năm 2023.",
     None, [("ID", 2023)]),
    # "X, nước Chủ tịch năm nay" without "ASEAN", in an article about ASEAN
    ("Đại diện Singapore, nước Chủ tịch năm nay, cho biết ASEAN sẽ ưu tiên kinh tế số.",
     "2018-05-10", [("SG", 2018)]),
    # a past year in the sentence beats the publication year
    ("Năm 2010, khi Việt Nam là Chủ tịch ASEAN, Hà Nội đã đón nhiều đoàn lãnh đạo.",
     "2017-07-08", [("VN", 2010)]),
    # the year of a date in the sentence
    ("Tại lễ khai mạc tháng 8/2021, Brunei với tư cách Chủ tịch ASEAN kêu gọi các nước đoàn kết.",
     None, [("BN", 2021)]),
    # "năm tới" in the cue's clause moves the year; elsewhere in the sentence it dates something else
    ("Theo thứ tự luân phiên, Philippines sẽ giữ chức Chủ tịch ASEAN vào năm tới.",
     "2025-08-08", [("PH", 2026)]),
    ("Việt Nam với cương vị Chủ tịch ASEAN, sẽ tổ chức hội nghị về biển vào năm tới.",
     "2020-02-10", [("VN", 2020)]),
    # "không ngừng" is not a negation
    ("Việt Nam không ngừng nỗ lực trên cương vị Chủ tịch ASEAN.", "2020-06-01", [("VN", 2020)]),
    # the country of a leader named in apposition
    ("Thủ tướng Campuchia Hun Sen, Chủ tịch ASEAN, đã gửi thư tới các nhà lãnh đạo.",
     "2022-06-01", [("KH", 2022)]),
    # "Chủ tịch luân phiên của Hiệp hội" with no year anywhere: the year stays unknown
    ("Brunei hiện là Chủ tịch luân phiên của Hiệp hội các quốc gia Đông Nam Á.", None, [("BN", None)]),
    # no country in the sentence, but the year is written: the registry names the chair
    ("Các hoạt động trong năm Chủ tịch ASEAN 2019 đều hướng tới sự bền vững.", None, [("TH", 2019)]),
])
def test_chair_statements(text, published, expected):
    assert pairs(text, published) == expected


def test_taking_over_from_the_previous_chair():
    text = ("Tại lễ bế mạc Hội nghị Cấp cao, Việt Nam đã chính thức tiếp nhận vai trò Chủ tịch ASEAN "
            "từ Thái Lan.")
    # Handed over in November 2019: Việt Nam chairs 2020, Thái Lan chaired 2019.
    assert pairs(text, "2019-11-04") == [("TH", 2019), ("VN", 2020)]


def test_handing_over_to_the_next_chair():
    text = "Tại lễ bế mạc, Thủ tướng Lào đã trao lại chức Chủ tịch ASEAN cho Malaysia."
    assert pairs(text, "2024-10-11") == [("LA", 2024), ("MY", 2025)]


def test_predecessor_chair():
    text = ("Việt Nam là nước Chủ tịch ASEAN 2020. Chúng tôi kế thừa những thành quả do Thái Lan "
            "và các nước Chủ tịch tiền nhiệm xây dựng.")
    assert pairs(text) == [("TH", 2019), ("VN", 2020)]


def test_theme_as_written_without_quotes():
    text = ("Trong năm Chủ tịch ASEAN 2024, Lào chọn chủ đề “ASEAN: Tăng cường kết nối và khả năng "
            "tự cường,” với ba trụ cột ưu tiên.")
    (chair,) = chairs_of(text)
    assert (chair.country, chair.year, chair.theme) == (
        "LA", 2024, "ASEAN: Tăng cường kết nối và khả năng tự cường")


def test_theme_of_the_registry_found_in_the_text():
    text = ("Singapore, nước giữ vai trò Chủ tịch ASEAN năm 2018, thúc đẩy một ASEAN tự cường và sáng tạo "
            "trong mọi lĩnh vực.")
    (chair,) = chairs_of(text)
    assert (chair.country, chair.year, chair.theme) == ("SG", 2018, "tự cường và sáng tạo")


def test_theme_of_another_meeting_is_not_taken():
    text = ("Việt Nam là Chủ tịch ASEAN năm 2020. Hội nghị G20 năm nay có chủ đề “Định hình tương lai "
            "chung”.")
    (chair,) = chairs_of(text)
    assert chair.theme is None


@pytest.mark.parametrize("text", [
    "Myanmar sẽ không nhận chức Chủ tịch ASEAN vào năm tới.",
    "Đặc phái viên của Chủ tịch ASEAN về Myanmar đã có chuyến thăm lần thứ hai.",
    "Ông Nguyễn Văn Nam, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa, phát biểu tại diễn đàn.",
    "Việt Nam là Chủ tịch APEC 2017 và đã tổ chức thành công Tuần lễ Cấp cao.",
    "Nếu Campuchia sẵn sàng đảm nhận chức Chủ tịch ASEAN, nước này sẽ được ủng hộ.",
    "Việt Nam sẽ phối hợp chặt chẽ với nước Chủ tịch để chuẩn bị cho hội nghị.",
    "Việt Nam ủng hộ Chủ tịch ASEAN trong việc thúc đẩy đối thoại giữa các bên.",
    "Việt Nam đảm nhận vai trò chủ tịch hội nghị các quan chức ASEAN về lao động.",
])
def test_not_chair_statements(text):
    assert chairs_of(text) == []


def test_registry_checks_but_never_drops():
    (agrees,) = chairs_of("Lào - nước Chủ tịch ASEAN 2024 đã chủ trì hội nghị.")
    (contradicts,) = chairs_of("Thái Lan - nước Chủ tịch ASEAN 2021 đã chủ trì hội nghị.")
    assert (contradicts.country, contradicts.year) == ("TH", 2021)
    assert contradicts.evidence.confidence < agrees.evidence.confidence
    assert registry_confidence("LA", 2024) == CONFIDENCE_AGREES
    assert registry_confidence("TH", 2021) == CONFIDENCE_CONTRADICTED


def test_handover_year_uses_the_registry():
    assert handover_year("VN", 2019, "việt nam tiếp nhận vai trò chủ tịch asean") == 2020
    assert handover_year("VN", 2020, "việt nam tiếp nhận vai trò chủ tịch asean") == 2020
    assert handover_year("VN", 2019, "việt nam là chủ tịch asean") == 2019


def test_one_record_per_year_with_every_mention():
    text = ("Campuchia - nước Chủ tịch ASEAN 2022 đã chủ trì cuộc họp. Các nước chúc mừng Campuchia "
            "đảm nhiệm vai trò Chủ tịch ASEAN 2022.")
    (chair,) = chairs_of(text)
    assert (chair.country, chair.year) == ("KH", 2022)
    assert chair.evidence.extractor == NAME and chair.evidence.version == VERSION
    assert {text[s.start:s.end] for s in chair.evidence.spans} == {"Campuchia", "Chủ tịch ASEAN"}
    assert len(chair.evidence.spans) == 4


@pytest.mark.shared
def test_runs_on_every_corpus_file(shared_dir):
    from summitgraph.ingest import read_path

    files = corpus_files(shared_dir)
    assert files
    members = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}
    for path in files:
        for item in read_path(path):
            if not isinstance(item, Article):
                continue
            for chair in extract_chairs(make_context(item)):
                assert chair.country in members
                assert chair.year is None or 1967 <= chair.year <= 2100
                for span in chair.evidence.spans:
                    assert 0 <= span.start < span.end <= len(item.text), (path.name, chair)


# --- the year pattern checks what stands before a year after reading it ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from summitgraph.extract.chairs import statement_years  # noqa: E402

_YEAR_PIECES = st.sampled_from(["1999", "2019", "2020", "19", "20", "0", "5", "-", "–", " ", " - ", "năm ", "\n",
                                "2019-2020", "2019 - 2020", "12345", "đến năm ", "giai đoạn "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_YEAR_PIECES, max_size=14).map("".join), st.data())
def test_statement_years_are_the_years_no_digit_or_range_touches(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    plain = re.compile(r"(?<!\d)(?<!\d\d\d\d[-–])(?<!\d\d\d\d [-–] )((?:19|20)\d\d)(?!\d)(?!\s?[-–]\s?(?:19|20)\d\d)")
    expected = [m.start() for m in plain.finditer(text, lo, hi)]
    assert [offset for offset, _ in statement_years(text, lo, hi)] == [
        start for start in expected if not re.search(r"(?:đến năm|tới năm|tầm nhìn|nhiệm kỳ|giai đoạn)\s*$",
                                                      text[max(0, start - 20):start].lower())]
