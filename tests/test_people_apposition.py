"""People named once, with a role after the name, on sentences written for these tests (issue 11)."""
from __future__ import annotations

from written import people_by_name


def test_a_role_in_free_words_up_to_its_organisation_is_a_title():
    people = people_by_name("Marc Johnson, Giám đốc phụ trách quan hệ đối ngoại của Phòng Thương mại Mỹ, cho rằng "
                            "hai bên còn nhiều dư địa hợp tác.")
    assert list(people) == ["Marc Johnson"]
    assert people["Marc Johnson"].titles == ["Giám đốc phụ trách quan hệ đối ngoại của Phòng Thương mại Mỹ"]


def test_a_role_after_a_dash_ending_in_a_speech_verb():
    people = people_by_name("“Thời gian này rất thú vị với chúng tôi”, Hubert Kessler – người phụ trách bán hàng "
                            "của KTM nói.")
    assert list(people) == ["Hubert Kessler"]


def test_the_next_clause_is_not_a_role():
    people = people_by_name("Tiếp Bí thư Tỉnh ủy Nguyễn Văn An, Thủ tướng nhấn mạnh vai trò của Quảng Ninh.")
    assert people["Nguyễn Văn An"].titles == ["Bí thư Tỉnh ủy"]


def test_a_firm_name_is_not_a_person():
    people = people_by_name("Ma Tieying, nhà kinh tế học tại DBS Group Holdings ở Singapore, cho rằng các thị "
                            "trường đang hấp dẫn.")
    assert list(people) == ["Ma Tieying"]


def test_a_firm_name_before_a_person_ends_at_its_company_word():
    people = people_by_name("Theo chuyên gia của Goldman Sachs Group Jim Walker, thị trường sẽ phục hồi.")
    assert list(people) == ["Jim Walker"]


def test_title_comma_name_comma():
    people = people_by_name("Ngày mai, các Bộ trưởng sẽ tham vấn với Cao ủy Thương mại Ủy ban châu Âu, Peter "
                            "Mandelberg, về hợp tác kinh tế.")
    assert list(people) == ["Peter Mandelberg"]
    assert people["Peter Mandelberg"].titles == ["Cao ủy Thương mại Ủy ban châu Âu"]


def test_countries_after_a_title_and_a_comma_are_not_a_name():
    assert people_by_name("Tổng thống Mỹ, Nhật Bản và Hàn Quốc đã gặp nhau.") == {}


def test_an_initial_name_before_another_title_ends_there():
    people = people_by_name("Tổng thống V.Pu-tin và Thủ tướng Ấn Độ N.Modi đã điện đàm.")
    assert list(people) == ["V.Pu-tin", "N.Modi"]


def test_a_space_lost_between_a_title_and_a_name():
    people = people_by_name("Thủ tướngNguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Nhật Bản Motegi Toshimitsu.")
    assert list(people) == ["Nguyễn Xuân Phúc", "Motegi Toshimitsu"]


def test_brands_with_an_inner_capital_are_not_split():
    from summitgraph.extract.names import tokenize
    assert [t.text for t in tokenize("iPhone eBay")] == ["iPhone", "eBay"]


def test_a_plural_title_lists_its_holders():
    people = people_by_name("Các Bộ trưởng Ngoại giao Vivian Balakrishnan, Don Pramudwinai và Retno Marsudi đã "
                            "phát biểu.")
    assert list(people) == ["Vivian Balakrishnan", "Don Pramudwinai", "Retno Marsudi"]
    assert all(p.titles == ["Bộ trưởng Ngoại giao"] for p in people.values())


def test_a_plural_title_without_names_is_no_one():
    assert people_by_name("Các Bộ trưởng Quốc phòng ASEAN đã họp tại Jakarta.") == {}


def test_an_academic_title_after_theo():
    assert list(people_by_name("Theo PGS.TS Nguyễn Văn Hùng, chính sách này hợp lý.")) == ["Nguyễn Văn Hùng"]
    assert list(people_by_name("Theo GS.TSKH Trần Minh Đức, chính sách này hợp lý.")) == ["Trần Minh Đức"]


def test_two_name_particles_in_a_row():
    people = people_by_name("Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu tại Brussels.")
    assert list(people) == ["Ursula von der Leyen"]


def test_the_cabinet_is_an_institution_in_a_title():
    people = people_by_name("Chánh Văn phòng Nội các Nhật Bản Matsuno Hirokazu cho biết Tokyo quan ngại.")
    assert list(people) == ["Matsuno Hirokazu"]
    assert people["Matsuno Hirokazu"].country == "JP"
