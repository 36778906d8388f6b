"""Round 7 (people7): sentences written for these tests."""
from __future__ import annotations

from summitgraph.extract.people import extract_people
from written import context_of


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_people(context_of(body))}


def test_nickname_of_a_listed_leader_is_the_same_person():
    people = _people("Ngày 12/1/2018, Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Indonesia Joko Widodo. "
                     "Tổng thống Jokowi cho biết Indonesia coi trọng quan hệ với Việt Nam.")
    assert "Joko Widodo" in people and "Jokowi" not in people


def test_bongbong_is_marcos_jr():
    people = _people("Tổng thống Philippines Ferdinand Marcos Jr. đón Thủ tướng Phạm Minh Chính. "
                     "Tổng thống Bongbong Marcos khẳng định hai nước là đối tác chiến lược.")
    assert "Bongbong Marcos" not in people and len(people) == 2


def test_field_word_inside_an_organisation_keeps_its_country():
    people = _people("Ông Đoàn Duy Khương, Phó Chủ tịch Phòng Công nghiệp và Thương mại Việt Nam (VCCI), phát biểu. "
                     "Giám đốc Học viện Ngoại giao Việt Nam Phạm Lan Dung cho biết.")
    assert people["Đoàn Duy Khương"] == ["Phó Chủ tịch Phòng Công nghiệp và Thương mại Việt Nam (VCCI)"]
    assert people["Phạm Lan Dung"] == ["Giám đốc Học viện Ngoại giao Việt Nam"]



def test_lien_hiep_opens_an_organisation_not_a_name():
    people = _people("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu tại buổi gặp mặt.")
    assert people == {"Phan Anh Sơn": ["Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam"]}


def test_trung_uong_doan_is_the_youth_union_not_a_surname():
    people = _people("Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy dẫn đầu đoàn thanh niên Việt Nam.")
    assert people == {"Bùi Quang Huy": ["Bí thư thứ nhất Trung ương Đoàn"]}


def test_head_of_a_representative_office():
    people = _people("Trưởng Cơ quan đại diện Bộ Ngoại giao tại Đà Nẵng Nguyễn Văn Hiệu tiếp đoàn. "
                     "Trưởng Văn phòng JICA tại Việt Nam Sugano Yuichi cũng tham dự.")
    assert people == {"Nguyễn Văn Hiệu": ["Trưởng Cơ quan đại diện Bộ Ngoại giao tại Đà Nẵng"],
                      "Sugano Yuichi": ["Trưởng Văn phòng JICA tại Việt Nam"]}


def test_list_by_country_after_a_grouping_acronym_with_a_one_word_name():
    people = _people("Bộ trưởng Ngoại giao các nước ASEAN: Erywan Yusof (Brunei), Sok Chenda Sophea (Campuchia), "
                     "Sugiono (Indonesia), Mohamad Hasan (Malaysia).")
    assert set(people) == {"Erywan Yusof", "Sok Chenda Sophea", "Sugiono", "Mohamad Hasan"}


def test_one_title_shared_by_names_each_with_its_country():
    people = _people("Tham dự có Bộ trưởng Ngoại giao Erywan Yusof (Brunei), Sok Chenda Sophea (Campuchia) "
                     "và Mohamad Hasan (Malaysia).")
    assert people == {"Erywan Yusof": ["Bộ trưởng Ngoại giao"], "Sok Chenda Sophea": ["Bộ trưởng Ngoại giao"],
                      "Mohamad Hasan": ["Bộ trưởng Ngoại giao"]}


def test_doctoral_student_and_initiative_director_have_titles():
    people = _people("Ông Ngô Di Lân, nghiên cứu sinh tại Đại học Brandeis (Mỹ), cho rằng như vậy. "
                     "Giám đốc Sáng kiến Minh bạch Hàng hải châu Á Greg Poling cũng nhận định tương tự.")
    assert people == {"Ngô Di Lân": ["nghiên cứu sinh tại Đại học Brandeis"],
                      "Greg Poling": ["Giám đốc Sáng kiến Minh bạch Hàng hải châu Á"]}


def test_name_glued_to_the_verb_after_it():
    people = _people("Chủ tịch nước Lương Cườngtiếp Tổng thống Hàn Quốc Lee Jae-myung tại Phủ Chủ tịch.")
    assert set(people) == {"Lương Cường", "Lee Jae-myung"}


def test_ong_written_large_is_the_family_name_of_ong_keng_yong():
    people = _people("Tổng thư ký ASEAN Ông Keng Yong phát biểu tại lễ khai mạc Hội nghị cấp cao ASEAN lần thứ 11.")
    assert people == {"Ông Keng Yong": ["Tổng thư ký ASEAN"]}


def test_expert_named_without_diacritics_before_cua_and_a_body():
    people = _people("Nhà nghiên cứu Huong Le Thu của Nhóm Khủng hoảng Quốc tế nhận định ASEAN cần đoàn kết.")
    assert set(people) == {"Huong Le Thu"}
