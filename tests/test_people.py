"""The people extractor on sentences written for these tests, and a smoke run over the shared corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.extract.context import make_context
from summitgraph.extract.people import NAME, VERSION, extract_people, find_person_mentions
from summitgraph.model import Article, OffsetMap, PersonRecord
from written import context_of, people_by_name
from conftest import corpus_files


_context, _people = context_of, people_by_name


def _one(body: str) -> PersonRecord:
    people = extract_people(_context(body))
    assert len(people) == 1, [p.name for p in people]
    return people[0]


# ------------------------------------------------------------------------------------ title before name

def test_title_with_ministry_before_vietnamese_name():
    person = _one("Sáng 3/4, Thứ trưởng Bộ Công Thương Trần Quốc Hưng đã tiếp đoàn doanh nghiệp Nhật Bản.")
    assert person.name == "Trần Quốc Hưng"
    assert person.titles == ["Thứ trưởng Bộ Công Thương"]
    assert person.country == "VN"


def test_country_after_the_title_is_the_country_served_not_part_of_the_title():
    person = _one("Thủ tướng Lào Sonexay Siphandone cảm ơn sự giúp đỡ của Việt Nam.")
    assert (person.name, person.titles, person.country) == ("Sonexay Siphandone", ["Thủ tướng"], "LA")


def test_country_inside_an_organisation_name_stays_in_the_title():
    person = _one("Cục trưởng Cục Hàng không Việt Nam Đinh Việt Thắng cho biết sân bay sẽ mở rộng.")
    assert person.titles == ["Cục trưởng Cục Hàng không Việt Nam"]
    assert person.country == "VN"


def test_two_titles_joined_by_a_comma_before_one_name():
    person = _one("Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Minh Tuấn chủ trì buổi họp báo.")
    assert person.name == "Lê Minh Tuấn"
    assert person.titles == ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]


def test_formal_state_name_is_dropped_with_the_country():
    person = _one("Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith phát biểu khai mạc.")
    assert (person.name, person.titles, person.country) == ("Thongloun Sisoulith", ["Chủ tịch nước"], "LA")


def test_a_family_name_marks_where_the_name_starts_after_organisation_words():
    person = _one("Vụ trưởng Vụ châu Âu Đỗ Hùng Việt đã trả lời phỏng vấn báo chí.")
    assert (person.name, person.titles) == ("Đỗ Hùng Việt", ["Vụ trưởng Vụ châu Âu"])


def test_chinese_names_in_sino_vietnamese_reading():
    people = _people("Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với Thủ tướng Quốc vụ viện Lý Cường.")
    assert people["Tập Cận Bình"].country == "CN"
    assert people["Lý Cường"].titles == ["Thủ tướng Quốc vụ viện"]
    assert people["Lý Cường"].country == "CN"


def test_a_dash_between_title_and_name():
    person = _one("Thủ tướng Nhật Bản - Kishida Fumio và các lãnh đạo ASEAN đã dự lễ khai mạc.")
    assert (person.name, person.titles, person.country) == ("Kishida Fumio", ["Thủ tướng"], "JP")


# ------------------------------------------------------------------------------------ name then title

def test_name_then_titles_after_a_dash_with_the_country_dropped():
    person = _one("Phát biểu khai mạc, ông Lê Hoài Trung – Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN "
                  "của Việt Nam cho biết Việt Nam ủng hộ nước Chủ tịch.")
    assert person.name == "Lê Hoài Trung"
    assert person.titles == ["Thứ trưởng Bộ Ngoại giao", "Trưởng SOM ASEAN"]
    assert person.country == "VN"


def test_name_then_title_after_a_comma():
    person = _one("Bà Nguyễn Thị Thanh Hà, Phó Cục trưởng Cục Xúc tiến thương mại, cho biết xuất khẩu tăng.")
    assert person.name == "Nguyễn Thị Thanh Hà"
    assert person.titles == ["Phó Cục trưởng Cục Xúc tiến thương mại"]


def test_a_title_of_another_country_after_a_named_official_starts_the_next_clause():
    people = _people("Đồng tình với ý kiến của Chủ tịch Quốc hội Trần Thanh Hải, Chủ tịch Quốc hội Lào "
                     "nhấn mạnh hai bên cần phối hợp chặt chẽ.")
    assert people["Trần Thanh Hải"].titles == ["Chủ tịch Quốc hội"]
    assert people["Trần Thanh Hải"].country == "VN"


def test_quoted_expert_with_workplace_country():
    person = _one("Theo chuyên gia Derek Grossman thuộc Tập đoàn RAND (Mỹ), ASEAN cần thống nhất hơn.")
    assert (person.name, person.titles, person.country) == ("Derek Grossman", ["chuyên gia"], "US")


def test_expert_named_with_an_appositive_description():
    person = _one("Hãng tin dẫn lời Ian Storey, chuyên gia về an ninh biển của Viện ISEAS, nói rằng "
                  "căng thẳng có thể giảm.")
    assert person.name == "Ian Storey"
    assert person.titles == ["chuyên gia về an ninh biển của Viện ISEAS"]
    assert person.country is None


# ------------------------------------------------------------------------------------ honorifics and foreign names

def test_honorific_is_dropped_but_a_royal_style_is_kept():
    people = _people("Ngài Samdech Techo Hun Manet, Thủ tướng Campuchia, đã tiếp ông Hoàng Văn Nam.")
    assert "Samdech Techo Hun Manet" in people
    assert people["Samdech Techo Hun Manet"].titles == ["Thủ tướng"]
    assert people["Samdech Techo Hun Manet"].country == "KH"


def test_foreign_names_as_printed():
    people = _people("Tổng thống Nga V.Pu-tin đã điện đàm với Ngoại trưởng Mỹ C.Rai-xơ. "
                     "Tổng Chưởng lý Malaysia Mohamed Hanif bin Ali cũng có mặt.")
    assert people["V.Pu-tin"].country == "RU"
    assert people["C.Rai-xơ"].titles == ["Ngoại trưởng"]
    assert people["C.Rai-xơ"].country == "US"
    assert people["Mohamed Hanif bin Ali"].titles == ["Tổng Chưởng lý"]


def test_transliteration_in_brackets_is_not_the_name():
    person = _one("Thứ trưởng Ngoại giao Hàn Quốc Park Min-soo (Pắc Min Xu) khẳng định Hàn Quốc coi trọng ASEAN.")
    assert (person.name, person.country) == ("Park Min-soo", "KR")


def test_latin_spelling_in_brackets_is_preferred():
    person = _one("Thủ tướng tiếp Chủ tịch Tập đoàn Bosch của Đức Xtê-phan Hác-tung (Stefan Hartung).")
    assert person.name == "Stefan Hartung"
    assert person.country == "DE"


# ------------------------------------------------------------------------------------ one person, several mentions

def test_mentions_of_one_person_merge_with_titles_in_order():
    people = extract_people(_context(
        "Bộ trưởng Ngoại giao Bùi Văn Tâm đã dự hội nghị. Ông Tâm nhấn mạnh vai trò của ASEAN. "
        "Bộ trưởng Tâm cũng gặp Thượng tướng, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến."))
    names = [p.name for p in people]
    assert names == ["Bùi Văn Tâm", "Hoàng Xuân Chiến"]
    tam = people[0]
    assert tam.titles == ["Bộ trưởng Ngoại giao"]
    assert len(tam.evidence.spans) >= 3
    assert people[1].titles == ["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"]


def test_short_form_of_a_foreign_name_merges_into_the_full_one():
    people = extract_people(_context(
        "Thủ tướng Hun Manet cho biết Campuchia sẵn sàng. Thủ tướng Campuchia Samdech Techo Hun Manet "
        "cảm ơn Việt Nam."))
    assert [p.name for p in people] == ["Samdech Techo Hun Manet"]
    assert people[0].country == "KH"


def test_a_given_name_alone_never_makes_a_person():
    assert extract_people(_context("Ông Dũng cho biết sẽ trình đề án vào tháng sau.")) == []


# ------------------------------------------------------------------------------------ countries

def test_organisation_as_country():
    people = _people("Tổng Thư ký ASEAN Kao Kim Hourn và Tổng thư ký LHQ António Guterres đã gặp nhau.")
    assert people["Kao Kim Hourn"].country == "ASEAN"
    assert people["Kao Kim Hourn"].titles == ["Tổng Thư ký ASEAN"]
    assert people["António Guterres"].country == "UN"


def test_vietnamese_official_without_a_country_is_vietnamese():
    assert _one("Bộ trưởng Nguyễn Chí Thành đã ký quyết định.").country == "VN"


def test_businessperson_without_a_country_has_none():
    assert _one("Ông Lâm Quốc Bảo, Giám đốc Công ty Sao Mai, cho hay đơn hàng tăng.").country is None


def test_foreign_official_in_a_sentence_about_one_country():
    person = _one("Phó Thủ tướng sẽ tới Ba Lan và hội kiến Tổng thống Andrzej Duda.")
    assert person.country == "PL"


# ------------------------------------------------------------------------------------ lists

def test_a_list_of_leaders_keeps_each_title_with_its_own_name():
    people = _people("Dự lễ có Phó Tổng thống Indonesia, Phó Thủ tướng Thái Lan, nguyên Thủ tướng Singapore "
                     "Lý Quang Minh, nguyên Thủ tướng Malaysia Anwar Rahim, Giám đốc Quỹ Tiền tệ Quốc tế.")
    assert people["Lý Quang Minh"].titles == ["nguyên Thủ tướng"]
    assert people["Lý Quang Minh"].country == "SG"
    assert people["Anwar Rahim"].titles == ["nguyên Thủ tướng"]
    assert people["Anwar Rahim"].country == "MY"


def test_a_shared_title_before_a_colon_goes_to_everyone_listed():
    people = _people("Tham dự có các Ủy viên Trung ương Đảng: Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh; "
                     "Trưởng Ban Dân nguyện Dương Thanh Bình.")
    assert people["Vũ Hồng Thanh"].titles == ["Ủy viên Trung ương Đảng", "Chủ nhiệm Ủy ban Kinh tế"]
    assert people["Dương Thanh Bình"].titles == ["Ủy viên Trung ương Đảng", "Trưởng Ban Dân nguyện"]


# ------------------------------------------------------------------------------------ not people

def test_bylines_credits_and_places_are_not_people():
    body = ("Hội nghị diễn ra tại TP Hồ Chí Minh. (Ảnh: Quang Hiếu)\n"
            "Các đại biểu thăm Công viên Chủ tịch Hồ Chí Minh tại Viêng Chăn.\n"
            "Minh Hằng (TTXVN)")
    assert extract_people(_context(body)) == []


def test_the_president_named_after_the_city_is_a_person():
    person = _one("Hai bên ôn lại những lời dạy của Chủ tịch Hồ Chí Minh về tình đoàn kết.")
    assert (person.name, person.titles, person.country) == ("Hồ Chí Minh", ["Chủ tịch"], "VN")


def test_a_title_inside_a_meeting_name_names_no_one():
    assert extract_people(_context(
        "Hội nghị Bộ trưởng Ngoại giao ASEAN-Nhật Bản lần thứ 25 đã bế mạc tại Gia-các-ta.")) == []


def test_artists_alone_are_not_people_in_a_public_role():
    assert extract_people(_context("Đêm nhạc có sự góp mặt của nhạc sĩ Quốc Trung và ca sĩ Mỹ Linh.")) == []


# ------------------------------------------------------------------------------------ evidence and mentions

def test_evidence_points_at_the_name_and_its_titles():
    ctx = _context("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu đã trình quốc thư.")
    (person,) = extract_people(ctx)
    assert person.titles == ["Đại sứ tại Nhật Bản"]
    assert person.country == "VN"
    evidence = person.evidence
    assert (evidence.extractor, evidence.version) == (NAME, VERSION)
    assert 0.0 < evidence.confidence <= 1.0
    texts = [span.text(ctx.text) for span in evidence.spans]
    assert "Phạm Quang Hiệu" in texts
    assert any(t.startswith("Đại sứ") for t in texts)


def test_confidence_is_lower_for_a_weak_cue():
    strong = _one("Thủ tướng Phạm Minh Chính chủ trì phiên họp.")
    weak = _one("Ông Trịnh Văn Quyết chia sẻ thêm về kế hoạch.")
    assert strong.evidence.confidence > weak.evidence.confidence


def test_find_person_mentions_gives_name_spans_titles_and_country():
    ctx = _context("Thủ tướng hội đàm với Thủ tướng Lào Sonexay Siphandone. Thủ tướng Sonexay Siphandone "
                   "cảm ơn Việt Nam.")
    mentions = find_person_mentions(ctx)
    assert [ctx.text[m.start:m.end] for m in mentions] == ["Sonexay Siphandone"] * 2
    assert all(m.country == "LA" and m.person == "Sonexay Siphandone" for m in mentions)
    assert mentions[0].titles == ["Thủ tướng"]
    assert ctx.text[mentions[0].title_spans[0].start:mentions[0].title_spans[0].end].startswith("Thủ tướng")


_PIECES = ("Thủ tướng", "Bộ trưởng", "Ngoại giao", "Nguyễn Văn An", "Lào", ",", "(", ")", "-", "của", "tại",
           "kiêm", "ông", "Việt Nam", "Chủ tịch nước", "Cộng hòa", ".", ":", ";", "Hun Sen", "V.Pu-tin", "và",
           "các", "\n", "Cục", "Hàng hải", "ASEAN")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_any_mix_of_title_words_reads_without_error_and_spans_stay_in_the_text(pieces: list[str]):
    ctx = _context(" ".join(pieces))
    for person in extract_people(ctx):
        assert person.name
        for span in person.evidence.spans:
            assert 0 <= span.start < span.end <= len(ctx.text)
    for mention in find_person_mentions(ctx):
        assert ctx.text[mention.start:mention.end] == mention.name


# ------------------------------------------------------------------------------------ the shared corpus

@pytest.mark.shared
def test_runs_on_every_annotated_article(shared_dir: Path):
    paths = corpus_files(shared_dir)
    assert paths
    found = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0]
        article = Article(id=path.name, source=str(path), text=text, original=text,
                          offsets=OffsetMap.identity(len(text)), title=title)
        for person in extract_people(make_context(article)):
            found += 1
            assert person.name.strip() == person.name and person.name
            for span in person.evidence.spans:
                assert 0 <= span.start < span.end <= len(text), (path.name, person.name, span)
    assert found > 100


# --- tokens: offsets kept by adding lengths up ---------------------------------------------------------------

from summitgraph.extract.names import tokenize  # noqa: E402

_TEXT_PIECES = st.sampled_from(["Nguyễn", "Quốc", "Dũng", "V.Pu-tin", "GS.Yasuhiro", "TP.HCM", "Ngân.Chiều", "A.V.",
                                "O’Brien", "G20", "ASEAN+3", "(", ")", ",", ".", "–", " ", "  ", "\t", "\u00a0",
                                "\n", " \n ", "\u2009", "…", "“", "”"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=30).map("".join))
def test_every_token_stands_at_its_offsets_and_only_blanks_lie_between_tokens(text):
    tokens = tokenize(text)
    end = 0
    for token in tokens:
        assert text[token.start:token.end] == token.text
        assert _blanks(text[end:token.start])
        end = token.end
    assert _blanks(text[end:])


def _blanks(text: str) -> bool:
    """Nothing, or white space without a line end (a line end is a token)."""
    return not text or (text.isspace() and "\n" not in text)
