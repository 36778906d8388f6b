"""A meeting's name ends with its line: a bracket or a quotation opening the next line (an outlet's tag
"(Báo Mẫu) -" before the lead, a quoted caption) is not its abbreviation or its title."""
from __future__ import annotations

from written import meetings_of


def test_an_outlet_tag_opening_the_next_line_is_not_the_abbreviation_of_a_headline_meeting():
    text = ("Khai mạc Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 12\n"
            "(Báo Mẫu) - Sáng 4/4/2008, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 12 đã khai mạc tại Đà Nẵng.")
    names = [m.name for m in meetings_of(text)]
    assert names and all("\n" not in name and "Báo Mẫu" not in name for name in names)


def test_an_abbreviation_on_the_same_line_stays_part_of_the_name():
    text = ("Tin đối ngoại\nNgày 12/5/2015, Hội nghị Quan chức cao cấp ASEAN (SOM) đã họp tại Kuala Lumpur "
            "để chuẩn bị cho Hội nghị Cấp cao.")
    assert any(m.name.endswith("(SOM)") for m in meetings_of(text))
