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
