"""The people reader, third round: forms of Vietnamese news the earlier rounds did not read.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_a_peer_whose_family_name_after_the_country_reads_like_a_title():
    # "Trung Quốc Vương Nghị": "Quốc Vương" (king) spans the place's end and is no title.
    people = people_by_name("Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Trung Quốc Vương Nghị.")
    assert people["Vương Nghị"].country == "CN"


def test_a_journalist_named_only_as_such_is_no_person_in_a_public_role():
    people = people_by_name("Vụ sát hại nhà báo Peter Holmgren tại Istanbul khiến quan hệ hai nước căng thẳng.")
    assert "Peter Holmgren" not in people


def test_a_journalist_who_also_holds_another_role_keeps_both_titles():
    people = people_by_name("Nhà báo Lâm Quốc Thắng, chuyên gia về các vấn đề Đông Nam Á, nhận định ASEAN cần đoàn kết.")
    assert people["Lâm Quốc Thắng"].titles[0] == "Nhà báo" and len(people["Lâm Quốc Thắng"].titles) == 2
