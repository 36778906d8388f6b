"""The people reader, third round: forms of Vietnamese news the earlier rounds did not read.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_a_peer_whose_family_name_after_the_country_reads_like_a_title():
    # "Trung Quốc Vương Nghị": "Quốc Vương" (king) spans the place's end and is no title.
    people = people_by_name("Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Trung Quốc Vương Nghị.")
    assert people["Vương Nghị"].country == "CN"
