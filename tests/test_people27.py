"""People read from whole sentences of a visit's invitation: a consort's title is no office of the next person."""
from __future__ import annotations

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text


def titles_of(text: str) -> dict[str, list[str]]:
    reading = read_article(article_from_text("Tin\n" + text + "\n", "t.txt"))
    return {p.name: list(p.titles) for p in reading.people}


def test_a_queen_named_without_a_name_gives_her_title_to_no_one():
    people = titles_of("Nhận lời mời của Nhà Vua Nhật Bản Naruhito và Hoàng hậu, Chủ tịch nước Lương Cường "
                       "và Phu nhân sẽ thăm cấp nhà nước Nhật Bản từ ngày 4 đến 8/5.")
    assert people["Lương Cường"] == ["Chủ tịch nước"]
    assert people["Naruhito"] == ["Nhà Vua"]


def test_a_queen_with_her_name_keeps_her_title_and_stacked_offices_still_chain():
    people = titles_of("Quốc vương Campuchia Norodom Sihamoni và Hoàng thái hậu Norodom Monineath đã đón "
                       "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Phnom Penh.")
    assert people["Norodom Monineath"] == ["Hoàng thái hậu"]
    assert people["Bùi Thanh Sơn"] == ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]
