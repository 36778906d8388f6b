"""ASEAN's leaders meeting partners counted before they are named ("6 đối tác là ...")."""
from __future__ import annotations

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text


def partner_meetings(sentence: str) -> set[tuple[str, str | None]]:
    reading = read_article(article_from_text("Tin\n" + sentence + "\n", "t.txt"))
    return {(m.series, m.partner) for m in reading.meetings if m.series.startswith("asean-partner")}


def test_meetings_with_partners_counted_then_named_are_one_summit_each():
    found = partner_meetings("Trong dịp này, ASEAN sẽ có các cuộc gặp cấp cao riêng với 3 đối tác là Ấn Độ, "
                             "Australia và New Zealand tại Thủ đô Viêng Chăn.")
    assert found == {("asean-partner-summit", "IN"), ("asean-partner-summit", "AU"),
                     ("asean-partner-summit", "NZ")}


def test_asean_meeting_partners_below_leaders_is_no_summit():
    found = partner_meetings("Các Bộ trưởng Ngoại giao ASEAN đã họp với 2 nước đối tác là Nga và Canada.")
    assert found == {("asean-partner-other", "RU"), ("asean-partner-other", "CA")}


def test_summits_with_partners_counted_or_bracketed_are_one_each():
    counted = partner_meetings("Tại các Hội nghị Cấp cao ASEAN+1 với 6 đối tác Trung Quốc, Nhật Bản, Hàn Quốc, "
                               "Ấn Độ, Australia và New Zealand, các nhà lãnh đạo bàn về kinh tế.")
    assert {p for _, p in counted} == {"CN", "JP", "KR", "IN", "AU", "NZ"}
    assert {s for s, _ in counted} == {"asean-partner-summit"}
    framed = partner_meetings("Hội nghị cấp cao ASEAN với các đối tác (ASEAN+1) gồm Trung Quốc, Nhật Bản và "
                              "Hàn Quốc diễn ra ngày 20/11.")
    assert framed == {("asean-partner-summit", "CN"), ("asean-partner-summit", "JP"),
                      ("asean-partner-summit", "KR")}


def test_a_bracketed_list_of_partners_names_each_meeting_without_the_bracket():
    reading = read_article(article_from_text(
        "Tin\nCác Bộ trưởng cũng dự các Hội nghị ASEAN+1 với hai đối tác (Nga, Canada) ngày 5/8/2025.\n", "t.txt"))
    names = {m.name for m in reading.meetings if m.series.startswith("asean-partner")}
    assert names == {"Hội nghị ASEAN+1 với hai đối tác Nga", "Hội nghị ASEAN+1 với hai đối tác Canada"}, names


def test_a_framework_named_before_the_bracket_of_its_members_is_the_frameworks_meeting():
    from summitgraph.extract.series import classify
    assert classify("Hội nghị SOM EAS (giữa ASEAN với 8 đối tác gồm Australia") == ("eas-other", None)
