"""Round 9 of ASEAN's partner meetings: who meets whom, lists of frameworks, office titles, first meetings."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in _meetings(text) if m.series == series}


def test_ministers_meeting_each_partner_without_asean_said():
    text = ("Hội nghị ngoại trưởng\n\nViêng Chăn, ngày 28/7/2024 - Hôm qua, các Bộ trưởng cũng đã lần lượt họp với "
            "từng đối tác Nhật Bản, Ấn Độ, New Zealand và Canada.")
    assert _partners(text, "asean-partner-other") == {"JP", "IN", "NZ", "CA"}
