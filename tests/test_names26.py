"""Meeting names as users' own files write them (stop 26): sentences written for these tests."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _names(text: str, series: str) -> list[str]:
    return [m.name for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def test_an_ampersand_before_the_related_meetings_ends_the_name_as_va_does():
    for joiner in ("&", "&amp;", "và"):
        text = ("Thủ tướng dự Cấp cao ASEAN\n\nChiều 5/9/2023, tại Jakarta, Thủ tướng dẫn đầu Đoàn đại biểu Việt Nam dự "
                f"Hội nghị Cấp cao ASEAN lần thứ 43 {joiner} các hội nghị liên quan.")
        assert _names(text, "asean-summit") == ["Hội nghị Cấp cao ASEAN lần thứ 43"], joiner


def test_an_ampersand_inside_a_portfolio_stays_in_the_name():
    text = ("Hợp tác khoa học\n\nNgày 10/6/2023, Hội nghị Bộ trưởng Khoa học & Công nghệ ASEAN lần thứ 20 diễn ra tại "
            "Siem Reap.")
    names = _names(text, "asean-sectoral")
    assert names and "Công nghệ" in names[0]
