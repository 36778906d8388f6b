"""The documents extractor on sentences written for these tests, then on the whole corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.documents import NAME, STATUSES, VERSION, extract_documents, lexicon, status_cues
from summitgraph.model import Article, OffsetMap
from conftest import corpus_files


def article(text: str, published: str | None = None) -> Article:
    return Article(id="t.txt", source="t.txt", text=text, original=text,
                   offsets=OffsetMap.identity(len(text)), title=None, published=published)


def documents_of(text: str):
    return extract_documents(make_context(article(text)))


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(d.name, d.abbr, d.status) for d in documents_of(text)]


# ----------------------------------------------------------------------------- one status each

@pytest.mark.parametrize("text, expected", [
    ("Các nhà lãnh đạo đã thông qua Tuyên bố Hà Nội về ứng phó với biến đổi khí hậu.",
     ("Tuyên bố Hà Nội về ứng phó với biến đổi khí hậu", None, "adopted")),
    ("Chiều qua, hai bộ trưởng đã ký Bản ghi nhớ về hợp tác phòng chống thiên tai.",
     ("Bản ghi nhớ về hợp tác phòng chống thiên tai", None, "signed")),
    ("Dự kiến hai bên sẽ ký Hiệp định Thương mại tự do ASEAN - Canada vào cuối năm.",
     ("Hiệp định Thương mại tự do ASEAN - Canada", None, "to_be_signed")),
    ("Hội nghị dự kiến thông qua Kế hoạch hành động giai đoạn 2026-2030.",
     ("Kế hoạch hành động giai đoạn 2026-2030", None, "to_be_adopted")),
    ("ASEAN và Trung Quốc tiếp tục đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC).",
     ("Bộ Quy tắc ứng xử ở Biển Đông", "COC", "negotiating")),
    ("Các nước nhất trí triển khai hiệu quả Tầm nhìn Cộng đồng ASEAN 2045.",
     ("Tầm nhìn Cộng đồng ASEAN 2045", None, "implementing")),
    ("Mọi hoạt động trên biển phải tôn trọng Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).",
     ("Công ước Liên hợp quốc về Luật Biển năm 1982", "UNCLOS", "mentioned")),
])
def test_each_status_from_its_cue(text, expected):
    assert triples(text) == [expected]


def test_cue_after_the_name_when_none_before():
    text = "Theo bộ trưởng, Hiệp định Thương mại tự do Việt Nam - Israel (VIFTA) sẽ được ký kết trong năm nay."
    assert triples(text) == [("Hiệp định Thương mại tự do Việt Nam - Israel", "VIFTA", "to_be_signed")]


def test_future_cue_after_the_name():
    text = "Doanh nghiệp cần tận dụng cơ hội mà Hiệp định Thương mại tự do ASEAN - Hồng Kông mang lại khi được ký kết."
    assert triples(text) == [("Hiệp định Thương mại tự do ASEAN - Hồng Kông", None, "to_be_signed")]


def test_verb_after_the_name_counts_only_with_the_document_as_subject():
    text = "Mọi hợp tác phải tôn trọng Hiến chương ASEAN và các cam kết trong quá trình triển khai dự án."
    assert triples(text) == [("Hiến chương ASEAN", None, "mentioned")]


def test_common_verb_counts_only_right_before_the_name():
    near = "Các bên nhất trí thúc đẩy Bộ Quy tắc ứng xử ở Biển Đông."
    far = "Hai nước thúc đẩy hợp tác kinh tế, thương mại trên cơ sở tôn trọng Hiến chương Liên hợp quốc."
    assert triples(near) == [("Bộ Quy tắc ứng xử ở Biển Đông", None, "negotiating")]
    assert triples(far) == [("Hiến chương Liên hợp quốc", None, "mentioned")]


def test_anniversary_of_signing_is_not_a_signing():
    text = "Năm nay hai nước kỷ niệm 30 năm ngày ký Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Campuchia."
    assert triples(text) == [("Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Campuchia", None, "mentioned")]


def test_sentence_initial_through_is_not_adoption():
    text = "Thông qua các khuôn khổ như Hiệp định Đầu tư toàn diện ASEAN, dòng vốn vào khu vực tăng mạnh."
    assert triples(text) == [("Hiệp định Đầu tư toàn diện ASEAN", None, "implementing")]


def test_list_shares_one_cue():
    text = ("Hai bên nhất trí đàm phán và ký kết Hiệp định dẫn độ, Hiệp định tương trợ tư pháp về hình sự "
            "và Bản ghi nhớ về hợp tác pháp luật.")
    assert triples(text) == [
        ("Hiệp định dẫn độ", None, "to_be_signed"),
        ("Hiệp định tương trợ tư pháp về hình sự", None, "to_be_signed"),
        ("Bản ghi nhớ về hợp tác pháp luật", None, "to_be_signed"),
    ]


# ----------------------------------------------------------------------------- names and extent

def test_abbreviation_links_later_mentions():
    text = ("Các bên cần thực hiện đầy đủ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC). "
            "Việc thực hiện nghiêm túc DOC tạo môi trường thuận lợi cho đàm phán.")
    docs = documents_of(text)
    assert [(d.name, d.abbr, d.status) for d in docs] == [
        ("Tuyên bố về ứng xử của các bên ở Biển Đông", "DOC", "implementing")]
    assert [text[s.start:s.end] for s in docs[0].evidence.spans] == [
        "Tuyên bố về ứng xử của các bên ở Biển Đông", "DOC"]


def test_head_with_an_acronym_and_the_acronym_later():
    text = ("Quốc hội đã phê chuẩn Hiệp định RCEP vào tháng 11. Các doanh nghiệp cần chuẩn bị để tận dụng "
            "RCEP.")
    docs = documents_of(text)
    assert [(d.name, d.abbr, d.status) for d in docs] == [("Hiệp định RCEP", "RCEP", "signed")]
    assert len(docs[0].evidence.spans) == 2


def test_outlook_with_its_abbreviation():
    text = ("Các nước nhất trí thúc đẩy triển khai Quan điểm của ASEAN về Ấn Độ Dương - Thái Bình Dương "
            "(AOIP) trong các lĩnh vực hợp tác.")
    assert triples(text) == [("Quan điểm của ASEAN về Ấn Độ Dương - Thái Bình Dương", "AOIP", "implementing")]


def test_known_acronym_alone_is_a_document():
    assert triples("Các bên cam kết thực hiện nghiêm túc DOC và sớm hoàn tất COC.") == [
        ("DOC", "DOC", "implementing"), ("COC", "COC", "negotiating")]


def test_two_documents_joined_by_and():
    text = "Các nước cần triển khai Hiệp định Thương mại hàng hóa ASEAN và Hiệp định Đầu tư toàn diện ASEAN."
    assert triples(text) == [("Hiệp định Thương mại hàng hóa ASEAN", None, "implementing"),
                             ("Hiệp định Đầu tư toàn diện ASEAN", None, "implementing")]


def test_plan_that_implements_a_vision_is_two_documents():
    text = "Hội nghị đã thông qua Kế hoạch tổng thể thực hiện Tầm nhìn Cộng đồng ASEAN 2045."
    assert triples(text) == [
        ("Kế hoạch tổng thể thực hiện Tầm nhìn Cộng đồng ASEAN 2045", None, "adopted"),
        ("Tầm nhìn Cộng đồng ASEAN 2045", None, "implementing"),
    ]


def test_quoted_title():
    text = 'Tại hội nghị, các nhà lãnh đạo sẽ ký "Tuyên bố chung Kuala Lumpur" vào sáng mai.'
    assert triples(text) == [("Tuyên bố chung Kuala Lumpur", None, "to_be_signed")]


def test_quoted_complement_after_head():
    text = "Hai bên đã đưa ra tuyên bố chung về “Tăng cường quan hệ đối tác chiến lược toàn diện” sau hội đàm."
    assert triples(text) == [
        ("tuyên bố chung về Tăng cường quan hệ đối tác chiến lược toàn diện", None, "adopted")]


def test_date_is_the_name_of_a_statement():
    text = "Các ngoại trưởng nhắc lại quan điểm đã nêu trong Tuyên bố ngày 8/8/2022 về tình hình khu vực."
    assert [d.name for d in documents_of(text)] == ["Tuyên bố ngày 8/8/2022"]


def test_shortened_mention_joins_the_full_name():
    text = ("ASEAN kêu gọi thực hiện Đồng thuận 5 điểm của các Nhà Lãnh đạo ASEAN. "
            "Đồng thuận 5 điểm vẫn là cơ sở để giải quyết khủng hoảng.")
    assert [d.name for d in documents_of(text)] == ["Đồng thuận 5 điểm của các Nhà Lãnh đạo ASEAN"]


def test_same_organisation_written_two_ways_is_one_document():
    text = ("Hai bên cam kết tôn trọng Hiến chương Liên hợp quốc. "
            "Các nguyên tắc của Hiến chương LHQ là nền tảng của quan hệ quốc tế.")
    assert [d.name for d in documents_of(text)] == ["Hiến chương Liên hợp quốc"]


def test_bracketed_years_belong_to_the_name():
    text = "Hai ngành đã thống nhất Kế hoạch 5 năm (2021-2025) về hợp tác giao thông."
    assert triples(text) == [("Kế hoạch 5 năm (2021-2025) về hợp tác giao thông", None, "adopted")]


def test_topic_list_after_about():
    text = "Hai bên ký Thỏa thuận về hợp tác kinh tế, thương mại và đầu tư, mở ra giai đoạn mới."
    assert triples(text) == [("Thỏa thuận về hợp tác kinh tế, thương mại và đầu tư", None, "signed")]


def test_lower_case_agreement_with_a_specific_topic():
    text = "Hai bộ trưởng nhất trí sớm đàm phán thỏa thuận về hợp tác nghề cá trong thời gian tới."
    assert triples(text) == [("thỏa thuận về hợp tác nghề cá", None, "negotiating")]


def test_statement_issued_with_ra():
    assert triples("Kết thúc cuộc họp, các ngoại trưởng đã ra thông cáo kêu gọi kiềm chế.") == [
        ("thông cáo", None, "adopted")]


# ----------------------------------------------------------------------------- not documents

@pytest.mark.parametrize("text", [
    "Hai nước đã ký nhiều thỏa thuận hợp tác quan trọng trong chuyến thăm.",
    "Chuyến thăm diễn ra trong khuôn khổ quan hệ đối tác chiến lược giữa hai nước.",
    "Người phát ngôn tuyên bố Việt Nam kiên quyết bảo vệ chủ quyền.",
    "Ông là Bộ trưởng Bộ Kế hoạch và Đầu tư từ năm 2016.",
    "Bộ đã thực hiện Chương trình đào tạo cán bộ ngoại giao trẻ.",
    "Hai bên nhắc lại tầm nhìn chung về một khu vực hòa bình.",
    "Đây là một Hiệp định quan trọng. Hiệp định này mở ra nhiều cơ hội.",
    "Sáng kiến Vành đai và Con đường được nhắc tới nhiều lần tại diễn đàn.",
    "Trung tâm Nghiên cứu Chiến lược và Quốc tế công bố báo cáo mới.",
    "Luật sư của bị cáo đã đề nghị hoãn phiên tòa.",
])
def test_generic_words_are_not_documents(text):
    assert documents_of(text) == []


# ----------------------------------------------------------------------------- records

def test_evidence_points_at_the_name():
    text = "Hôm nay, Quốc hội đã phê chuẩn Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)."
    (doc,) = documents_of(text)
    assert (doc.name, doc.abbr) == ("Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "RCEP")
    assert doc.evidence.extractor == NAME and doc.evidence.version == VERSION
    assert [text[s.start:s.end] for s in doc.evidence.spans] == [doc.name]
    assert 0 < doc.evidence.confidence <= 1


def test_quality_flags_lower_confidence():
    text = "Các nước đã thông qua Tuyên bố Kuala Lumpur về Cộng đồng ASEAN."
    clean = documents_of(text)[0].evidence.confidence
    flagged_article = article(text)
    flagged_article.quality = ["machine_translated"]
    flagged = extract_documents(make_context(flagged_article))[0].evidence.confidence
    assert flagged < clean


def test_lexicons_load():
    assert "hiệp định" in lexicon().heads and "DOC" in lexicon().acronyms
    cues = status_cues()
    assert cues.status[("before", "thông qua")] == "adopted"
    assert "sẽ" in cues.future
    allowed = set(STATUSES) | {"drafting", "future", "none"}
    assert {status for status in cues.status.values()} <= allowed


# ----------------------------------------------------------------------------- the corpus

def _corpus_files(shared: Path) -> list[Path]:
    return corpus_files(shared)


@pytest.mark.shared
def test_runs_on_every_corpus_file(shared_dir):
    from summitgraph.ingest import read_path

    files = _corpus_files(shared_dir)
    assert files
    for path in files:
        for item in read_path(path):
            if not isinstance(item, Article):
                continue
            ctx = make_context(item)
            for doc in extract_documents(ctx):
                assert doc.status in STATUSES
                assert doc.name.strip()
                for span in doc.evidence.spans:
                    assert 0 <= span.start < span.end <= len(item.text), (path.name, doc)
