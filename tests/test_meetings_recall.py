"""Meetings the extractor used to drop or fold into another: each class on sentences written for the test."""
from __future__ import annotations

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.model import Article, OffsetMap


def meetings_of(text: str, published: str | None = None):
    article = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                      title=None, published=published)
    return extract_meetings(make_context(article))


def test_partner_summits_sharing_a_number_stay_apart():
    text = ("Tháng 11/2019 tại Bangkok, bên lề Hội nghị Cấp cao ASEAN lần thứ 35 còn có Hội nghị Cấp cao "
            "ASEAN - Trung Quốc lần thứ 22, Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22 và Hội nghị Cấp cao "
            "ASEAN - Hàn Quốc lần thứ 20.")
    found = {(m.series, m.partner, m.ordinal) for m in meetings_of(text)}
    assert {("asean-partner-summit", "CN", 22), ("asean-partner-summit", "JP", 22),
            ("asean-partner-summit", "KR", 20)} <= found


def test_a_later_mention_of_one_partner_summit_joins_it():
    text = ("Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22 và Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 16 diễn ra "
            "tại Bangkok ngày 3/11/2019. Tại Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 22, các nhà lãnh đạo "
            "bàn về kinh tế số.")
    partner_summits = [m for m in meetings_of(text) if m.series == "asean-partner-summit"]
    assert sorted(m.partner for m in partner_summits) == ["IN", "JP"]
