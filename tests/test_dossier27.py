"""A talk's head of delegation is the person its name names, not the highest office in its sentence."""
from __future__ import annotations

from summitgraph import kb
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text
from summitgraph.store import open_store

VISIT = ("Chủ tịch nước thăm cấp nhà nước Nhật Bản\n"
         "Ngày 27/11/2023, Chủ tịch nước Võ Văn Thưởng bắt đầu chuyến thăm cấp nhà nước Nhật Bản.\n"
         "Trong chuyến thăm, Chủ tịch nước sẽ hội đàm với Thủ tướng Kishida Fumio, hội kiến Chủ tịch Thượng viện "
         "Otsuji Hidehisa và Chủ tịch Hạ viện Nukaga Fukushiro.\n")


def test_each_call_on_a_speaker_is_headed_by_that_speaker(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'sg.db'}") as store:
        reading = read_article(article_from_text(VISIT, "visit.txt"))
        store.add_article(reading.article, reading, extractor_version="test")
        kb.rebuild(store)
        heads = {}
        for row in kb.list_meetings(store, series="bilateral-talks"):
            meeting = kb.get_meeting(store, row.key)
            heads[meeting["name"].split()[-1]] = {h["name"] for h in meeting["delegation_heads"] if h["country"] == "JP"}
    assert heads["Fumio"] == {"Kishida Fumio"}
    assert heads["Hidehisa"] == {"Otsuji Hidehisa"}
    assert heads["Fukushiro"] == {"Nukaga Fukushiro"}


def test_a_person_is_found_by_part_of_the_name_and_a_title_alone_finds_no_one(tmp_path):
    import pytest

    from summitgraph.errors import NotFoundError
    with open_store(f"sqlite:///{tmp_path / 'sg.db'}") as store:
        reading = read_article(article_from_text(VISIT, "visit.txt"))
        store.add_article(reading.article, reading, extractor_version="test")
        kb.rebuild(store)
        assert kb.get_person(store, "Nukaga")["name"] == "Nukaga Fukushiro"
        assert kb.get_person(store, "vo van")["name"] == "Võ Văn Thưởng"
        with pytest.raises(NotFoundError):
            kb.get_person(store, "Chủ tịch")
