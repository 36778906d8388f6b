"""Old pages type the Icelandic eth (U+00D0/U+00F0) for the Vietnamese "Đ"/"đ": read as the same letter."""
from __future__ import annotations

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text
from summitgraph.text.normalize import fold, normalize, normalize_with_map

PLAIN = ("Thủ tướng dự các hội nghị cấp cao tại Hà Nội\n"
         "Ngày 30/10/2010, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 8 "
         "và Hội nghị Cấp cao Đông Á lần thứ 5 do Việt Nam đăng cai.\n")
ETH = PLAIN.replace("Đ", "\u00d0").replace("đ", "\u00f0")


def test_the_eth_is_normalised_to_the_vietnamese_letter_in_place():
    text, index = normalize_with_map("Ấn \u00d0ộ và \u00f0ông")
    assert text == "Ấn Độ và đông"
    assert index == list(range(len(text)))          # one letter for one: spans still point into the input
    assert normalize("\u0189ông Á") == "Đông Á"


def test_fold_reads_the_eth_as_d():
    assert fold("Ấn \u00d0ộ") == fold("Ấn Độ") == "an do"


def test_an_article_typed_with_the_eth_gives_the_same_meetings():
    def meetings(text: str) -> set[tuple]:
        reading = read_article(article_from_text(text, "t.txt"))
        return {(m.series, m.ordinal, m.partner, m.start, m.city) for m in reading.meetings}
    plain = meetings(PLAIN)
    assert ("asean-partner-summit", 8, "IN", "2010-10-30", "Hanoi") in plain
    assert ("eas", 5, None, "2010-10-30", "Hanoi") in plain
    assert meetings(ETH) == plain
