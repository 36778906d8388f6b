"""Name spans and name forms of the people extractor, on sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.people import extract_people
from summitgraph.model import Article, OffsetMap, PersonRecord


def _people(body: str) -> list[PersonRecord]:
    text = f"Tin đối ngoại\n\n{body}"
    article = Article(id="t", source="test", text=text, original=text,
                      offsets=OffsetMap.identity(len(text)), title="Tin đối ngoại")
    return extract_people(make_context(article))


def _names(body: str) -> list[str]:
    return [p.name for p in _people(body)]


def test_initials_between_two_foreign_names_stay_in_the_name():
    assert _names("Ngoại trưởng Indonesia Retno LP Marsudi đã tới Manila chiều qua.") == ["Retno LP Marsudi"]


def test_initials_after_a_name_are_not_part_of_it():
    people = _people("Tổng thống Joko Widodo AS có nhiều dự án, ông nói.")
    assert [p.name for p in people] == ["Joko Widodo"]


def test_malay_honorifics_with_an_elision_open_the_name():
    people = _people("Bộ trưởng Quốc phòng Malaysia Dato' Seri Ahmad Zaki bin Hassan phát biểu khai mạc.")
    assert [(p.name, p.country) for p in people] == [("Dato' Seri Ahmad Zaki bin Hassan", "MY")]
    people = _people("Chủ tịch Hạ viện Malaysia Tan Sri Dato’ Azhar Bin Harun chủ trì phiên họp.")
    assert [p.name for p in people] == ["Tan Sri Dato’ Azhar Bin Harun"]


def test_formal_state_name_spelt_hop_chung_quoc_is_dropped_with_the_country():
    people = _people("Theo lời mời của Tổng thống Hợp chúng quốc Hoa Kỳ Joseph Biden, đoàn sẽ thăm Washington.")
    assert [(p.name, p.titles, p.country) for p in people] == [("Joseph Biden", ["Tổng thống"], "US")]


def test_an_initial_and_family_name_refer_back_to_the_full_name():
    people = _people("Tổng thống Nga V. Putin đón đoàn tại sân bay. Trước đó, Chủ tịch nước đã hội đàm "
                     "với Tổng thống Nga Vladimir Putin tại Moskva.")
    assert [p.name for p in people] == ["Vladimir Putin"]
    people = _people("Thủ tướng gặp Thủ tướng Ấn Độ Narendra Modi. Gặp lại Thủ tướng Ấn Độ N.Modi, "
                     "Thủ tướng hoan nghênh chuyến thăm.")
    assert [p.name for p in people] == ["Narendra Modi"]


def test_an_initial_does_not_join_two_vietnamese_names():
    people = _people("Thứ trưởng Nguyễn Văn Bình và Thứ trưởng Nguyễn Văn Bảo cùng dự buổi lễ.")
    assert sorted(p.name for p in people) == ["Nguyễn Văn Bình", "Nguyễn Văn Bảo"]


# ------------------------------------------------------------------------- titles the walk cannot read

def _triples(body: str) -> list[tuple[str, list[str], str | None]]:
    return [(p.name, p.titles, p.country) for p in _people(body)]


def test_a_field_written_with_one_capital_is_part_of_the_title():
    assert _triples("Bộ trưởng Du lịch Malaysia Leo Michael Tan khẳng định ngành sẽ phục hồi.") == \
        [("Leo Michael Tan", ["Bộ trưởng Du lịch"], "MY")]


def test_an_organisation_with_lower_case_words_runs_to_a_vietnamese_full_name():
    assert _triples("Cục trưởng Cục Y tế dự phòng Lê Văn Khoa cho biết số ca bệnh đã giảm.") == \
        [("Lê Văn Khoa", ["Cục trưởng Cục Y tế dự phòng"], "VN")]
    assert _triples("Bà cũng gặp Trưởng ban Đối ngoại Trung ương Đảng Phạm Văn Hòa tại Hà Nội.") == \
        [("Phạm Văn Hòa", ["Trưởng ban Đối ngoại Trung ương Đảng"], "VN")]


def test_an_institution_in_capitals_ends_the_title_and_tells_the_country():
    assert _triples("Theo Thư ký báo chí Nhà Trắng Karen Ross, cuộc gặp sẽ diễn ra tuần tới.") == \
        [("Karen Ross", ["Thư ký báo chí Nhà Trắng"], "US")]
    assert _triples("Ông gặp Chủ tịch Ủy ban châu Âu Ursula Becker tại Brussels.") == \
        [("Ursula Becker", ["Chủ tịch Ủy ban châu Âu"], "EU")]


def test_a_place_announced_by_a_lower_case_noun_is_not_the_name():
    assert [p.name for p in _people("Thống đốc bang Florida Mark Peters đã tới thăm tỉnh Aceh.")] == ["Mark Peters"]


def test_two_people_joined_by_va_are_not_one_title():
    names = [p.name for p in _people("Tổng thống Lee và Đệ nhất phu nhân Kim Hye-jin sẽ được Nhà vua đón tiếp.")]
    assert "Kim Hye-jin" not in names


def test_a_bracket_with_words_ends_the_title():
    names = [p.name for p in _people("Thị trưởng Rome (giữa) và Paolo Bianchi dự lễ mặc niệm.")]
    assert names == []


# ------------------------------------------------------------------------- vocabulary and title chains

def test_titles_added_to_the_lexicon_introduce_a_name():
    assert _triples("Trong khi đó, Phó công tố viên Ahmad Faizal Rahman kêu gọi bình tĩnh.") == \
        [("Ahmad Faizal Rahman", ["Phó công tố viên"], None)]
    assert [(p.name, p.titles) for p in _people("Ông gặp người đồng cấp Vương Kiến Quốc tại Bắc Kinh.")] == \
        [("Vương Kiến Quốc", [])]
    assert [(p.name, p.titles) for p in _people("Cả hội trường chúc mừng Tổng thống đắc cử John Miller.")] == \
        [("John Miller", ["Tổng thống đắc cử"])]


def test_an_abbreviated_degree_with_a_dot_and_a_space_is_the_title():
    assert [(p.name, p.titles) for p in _people("Tại hội thảo, PGS. Kenji Tanaka - Đại học Osaka chia sẻ.")] == \
        [("Kenji Tanaka", ["PGS"])]


def test_a_chain_of_titles_after_a_ranked_name_is_all_his():
    person = _people("Đại tướng Trần Văn Hùng, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, "
                     "Bộ trưởng Bộ Quốc phòng dự hội nghị.")[0]
    assert person.titles == ["Đại tướng", "Ủy viên Bộ Chính trị", "Phó Bí thư Quân ủy Trung ương",
                             "Bộ trưởng Bộ Quốc phòng"]


def test_offices_listed_after_a_name_that_follows_co_are_other_members():
    person = _people("Cùng đi với Phó Thủ tướng có Tổng Thanh tra Chính phủ Lê Văn Tâm, Phó Chủ nhiệm Văn phòng "
                     "Chính phủ, Phó Chánh án Tòa án Nhân dân Tối cao, Thứ trưởng các Bộ Tư pháp, Công Thương.")[0]
    assert (person.name, person.titles) == ("Lê Văn Tâm", ["Tổng Thanh tra Chính phủ"])


def test_names_that_share_all_but_the_last_word_are_two_people():
    names = sorted(p.name for p in _people("Ông Park Min-ho, em trai của nhà lãnh đạo Park Min-su, đã tới Seoul."))
    assert names == ["Park Min-ho", "Park Min-su"]


def test_whoever_follows_the_country_after_an_unread_title_is_named():
    assert _triples("Bộ trưởng Thương mại và công nghiệp Singapore Lim Boon Heng tiết lộ kế hoạch mới.") == \
        [("Lim Boon Heng", ["Bộ trưởng Thương mại và công nghiệp"], "SG")]


def test_a_country_between_an_honorific_and_the_name_is_the_persons():
    assert _triples("Ngoại trưởng Mỹ Antony Blake và người đồng cấp Trung Quốc Tần Minh đã gặp nhau.") == \
        [("Antony Blake", ["Ngoại trưởng"], "US"), ("Tần Minh", [], "CN")]


def test_diplomatic_and_military_titles_of_the_region():
    assert [(p.name, p.titles) for p in _people("Thống tướng Min Aung Kyaw dự hội nghị tại Naypyidaw.")] == \
        [("Min Aung Kyaw", ["Thống tướng"])]
    assert _triples("Đại biện lâm thời Mỹ tại Việt Nam Susan Clark tham dự buổi lễ.") == \
        [("Susan Clark", ["Đại biện lâm thời tại Việt Nam"], "US")]


def test_a_country_after_a_ministry_says_whom_the_person_serves():
    assert _triples("Ông Trần Văn Minh, nguyên bộ trưởng Bộ Giáo dục Philippines, phát biểu.")[0][1:] == \
        (["nguyên bộ trưởng Bộ Giáo dục"], "PH")


def test_a_country_in_an_agencys_own_name_stays():
    assert _triples("Cục trưởng Cục Hàng không Việt Nam Đinh Văn Thắng cho biết.")[0][1] == \
        ["Cục trưởng Cục Hàng không Việt Nam"]


def test_an_organisation_after_cua_at_the_end_of_a_title_is_whom_one_serves():
    person = _people("Trưởng SOM ASEAN của EU, ông Hans Keller, dự cuộc họp.")[0]
    assert (person.name, person.titles, person.country) == ("Hans Keller", ["Trưởng SOM ASEAN"], "EU")
    person = _people("Giám đốc khu vực Đông Nam Á của Tổ chức Y tế Thế giới (WHO) Kenji Ota cho biết.")[0]
    assert person.titles == ["Giám đốc khu vực Đông Nam Á của Tổ chức Y tế Thế giới (WHO)"]


def test_a_long_company_title_with_its_country_in_brackets_reaches_the_name():
    person = _people("Thủ tướng đã gặp Chủ tịch phụ trách khu vực châu Á - Thái Bình Dương của Tập đoàn "
                     "Acme (Mỹ) Rajiv Kumaran; sau đó ông dự hội thảo.")[0]
    assert (person.name, person.country) == ("Rajiv Kumaran", "US")
    assert person.titles == ["Chủ tịch phụ trách khu vực châu Á - Thái Bình Dương của Tập đoàn Acme"]


def test_an_eth_typed_for_d_with_stroke_reads_as_that_letter():
    people = _people("Ông Bounkham, Ủy viên Bộ Chính trị Ðảng Nhân dân Cách mạng Lào, phát biểu tại lễ.")
    assert [p.name for p in people] == ["Bounkham"]


def test_titles_before_a_comma_and_an_honorific_then_va():
    people = _people("Cuộc họp do Bí thư thường trực Bộ Ngoại giao, Trưởng SOM ASEAN của Thái Lan, bà Suda "
                     "Chaiyaporn và Vụ trưởng Vụ Châu Á, ông Hans Keller, đồng chủ trì.")
    assert (people[0].name, people[0].titles, people[0].country) == \
        ("Suda Chaiyaporn", ["Bí thư thường trực Bộ Ngoại giao", "Trưởng SOM ASEAN"], "TH")


def test_the_host_country_is_not_part_of_the_title():
    assert [(p.name, p.titles) for p in _people("Tổng thống nước chủ nhà Arief Wibowo Santoso khai mạc.")] == \
        [("Arief Wibowo Santoso", ["Tổng thống"])]


def test_a_parent_body_after_a_comma_belongs_to_the_title_in_apposition():
    assert [(p.name, p.titles) for p in _people(
        "Phát biểu, ông Đỗ Văn Lâm, Phó Cục trưởng Cục Xúc tiến Thương mại, Bộ Công Thương nhấn mạnh.")] == \
        [("Đỗ Văn Lâm", ["Phó Cục trưởng Cục Xúc tiến Thương mại, Bộ Công Thương"])]


def test_a_title_of_this_country_then_an_honorific_and_a_name_before_a_verb():
    assert [(p.name, p.titles) for p in _people("Phó thủ tướng nước này, bà Lưu Diễm đã cho biết như vậy.")] == \
        [("Lưu Diễm", ["Phó thủ tướng"])]


def test_a_plural_honorific_introduces_every_name_listed():
    assert [p.name for p in _people("Các ông Nguyễn Văn An, Trần Quốc Bảo và Lê Minh Châu đã ký biên bản.")] == \
        ["Nguyễn Văn An", "Trần Quốc Bảo", "Lê Minh Châu"]


def test_nguoi_dong_nhiem_introduces_a_counterpart():
    people = _people("Ngoại trưởng Singapore Peter Lim và người đồng nhiệm Malaysia Syed Omar Albar gặp nhau.")
    assert [(p.name, p.country) for p in people] == [("Peter Lim", "SG"), ("Syed Omar Albar", "MY")]


def test_a_word_glued_to_a_name_without_its_space_is_cut_off():
    assert [p.name for p in _people("Thứ trưởng Ngoại giao Nguyễn Quốc Hùngcũng cho biết như vậy.")] == \
        ["Nguyễn Quốc Hùng"]


def test_a_foreign_name_ending_like_a_vietnamese_word_is_not_cut():
    # an unmarked ending stays; a marked one ("Trumpđã") is a Vietnamese word glued on: test_people13
    assert [p.name for p in _people("Đại sứ Mexico Pedro Pancho phát biểu.")] == ["Pedro Pancho"]
    assert [p.name for p in _people("Đại sứ Brazil Pedro Nova phát biểu.")] == ["Pedro Nova"]


def test_a_name_with_a_glued_initial_after_an_organisation_is_a_person():
    assert [(p.name, p.titles) for p in _people("Chủ tịch Hội đồng Robert K.Miller cho biết như vậy.")] == \
        [("Robert K.Miller", ["Chủ tịch Hội đồng"])]
    assert _people("Giám đốc Công ty Kim Hằng cho biết như vậy.") == []
