"""Well-known foreign office-holders keep their country when the text names none (issue 11)."""
from __future__ import annotations

from summitgraph.extract.people import find_person_mentions
from written import context_of, people_by_name
from summitgraph.registry import office_holder_country


_context, _people = context_of, people_by_name


def test_registry_reads_any_spelling_case_and_hyphenation():
    assert office_holder_country("Lý Hiển Long") == "SG"
    assert office_holder_country("Lee Hsien Loong") == "SG"
    assert office_holder_country("thông-lun xi-xu-lít") == "LA"
    assert office_holder_country("Thông lun Xi xu lít") == "LA"
    assert office_holder_country("Ong Keng Yong") == "ASEAN"
    assert office_holder_country("Nguyễn Văn An") is None


def test_sino_vietnamese_leader_without_a_country_is_not_read_as_vietnamese():
    people = _people("Chiều nay, Thủ tướng Lý Hiển Long đã tiếp Bộ trưởng Bộ Công Thương Trần Văn Hải "
                     "tại Phủ Thủ tướng.")
    assert people["Lý Hiển Long"].country == "SG"
    assert people["Trần Văn Hải"].country == "VN"


def test_chinese_foreign_minister_named_alone():
    people = _people("Bộ trưởng Ngoại giao Vương Nghị cho biết hai bên sẽ sớm nối lại đối thoại.")
    assert people["Vương Nghị"].country == "CN"


def test_lao_leader_in_vietnamese_transliteration():
    people = _people("Tổng Bí thư, Chủ tịch nước Thông-lun Xi-xu-lít đánh giá cao kết quả chuyến thăm.")
    assert people["Thông-lun Xi-xu-lít"].country == "LA"


def test_an_honorific_before_a_listed_name_still_finds_it():
    mentions = find_person_mentions(_context(
        "Thủ tướng Samdech Techo Hun Sen phát biểu khai mạc hội nghị, sau đó ông Hun Sen trả lời báo chí."))
    assert mentions and {m.country for m in mentions} == {"KH"}


def test_a_country_the_text_gives_wins_over_the_registry():
    # The text is the stronger evidence: a namesake serving another country keeps the country said.
    people = _people("Đại sứ Việt Nam Lý Cường trình quốc thư lên Tổng thống nước sở tại.")
    assert people["Lý Cường"].country == "VN"


def test_a_listed_leader_beats_the_country_of_the_sentence():
    # The only country in the sentence is the visitor's; the host's leader is known by name.
    people = _people("Tổng thống Hàn Quốc Roh Moo-hyun sẽ hội đàm với Thủ tướng Tony Blair vào tuần tới.")
    assert people["Roh Moo-hyun"].country == "KR"
    assert people["Tony Blair"].country == "GB"


def test_an_unlisted_foreign_official_still_takes_the_country_of_the_sentence():
    people = _people("Tổng thống Roh Moo-hyun sẽ tới Ba Lan và gặp Tổng thống Aleksander Nowicki.")
    assert people["Roh Moo-hyun"].country == "KR"
    assert people["Aleksander Nowicki"].country == "PL"
