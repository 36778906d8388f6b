"""A meeting's name ends with its line: a bracket or a quotation opening the next line (an outlet's tag
"(Báo Mẫu) -" before the lead, a quoted caption) is not its abbreviation or its title."""
from __future__ import annotations

from written import meetings_of

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.ingest.article import article_from_text


def test_an_outlet_tag_opening_the_next_line_is_not_the_abbreviation_of_a_headline_meeting():
    text = ("Khai mạc Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 12\n"
            "(Báo Mẫu) - Sáng 4/4/2008, Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 12 đã khai mạc tại Đà Nẵng.")
    names = [m.name for m in meetings_of(text)]
    assert names and all("\n" not in name and "Báo Mẫu" not in name for name in names)


def test_an_abbreviation_on_the_same_line_stays_part_of_the_name():
    text = ("Tin đối ngoại\nNgày 12/5/2015, Hội nghị Quan chức cao cấp ASEAN (SOM) đã họp tại Kuala Lumpur "
            "để chuẩn bị cho Hội nghị Cấp cao.")
    assert any(m.name.endswith("(SOM)") for m in meetings_of(text))


def test_two_spaces_inside_a_name_read_as_one():
    text = "Tin ASEAN\nNgày 30/7/2019, Hội nghị Bộ trưởng  Ngoại giao ASEAN  lần thứ 52 đã bế mạc tại Bangkok."
    read = extract_meetings(make_context(article_from_text(text, "spaced.txt")))
    [rec] = [m for m in read if m.series == "amm"]
    assert rec.ordinal == 52 and "  " not in rec.name
