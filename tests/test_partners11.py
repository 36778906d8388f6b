"""Round 11 of ASEAN's partner meetings: older copy's "10+1" and "10+3", each partner met in a summit week."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str):
    return read_article(article_from_text(text, "t.txt")).meetings


def _partners(text: str, series: str) -> set[str]:
    return {m.partner for m in _meetings(text) if m.series == series}


def test_ten_plus_three_listed_after_ten_plus_one():
    text = ("Tuần lễ cấp cao\n\nNgày 19/11/2007 - Ngày mai, lãnh đạo các nước sẽ dự các hội nghị 10+1, 10+3 và Cấp "
            "cao Đông Á tại Singapore.")
    assert {m.series for m in _meetings(text)} >= {"apt-summit", "eas"}


def test_asean_plus_one_with_partners_listed_after_the_summit_and_asean_plus_three():
    text = ("Lịch trình\n\nNgày 6/10/2003 - Thủ tướng sẽ dự Hội nghị cấp cao ASEAN lần thứ 9, ASEAN+3, ASEAN+1 với "
            "Trung Quốc, Nhật Bản, Hàn Quốc và Ấn Độ tại Bali.")
    found = _meetings(text)
    assert "apt-summit" in {m.series for m in found}
    assert _partners(text, "asean-partner-summit") == {"CN", "JP", "KR", "IN"}
