"""A meeting's name ends where the subject's next act begins ("... lần thứ 26 và hội kiến ...")."""
from __future__ import annotations

import pytest

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest import article_from_text


def names(sentence: str) -> set[str]:
    reading = read_article(article_from_text("Tin\n" + sentence + "\n", "t.txt"))
    return {m.name for m in reading.meetings}


@pytest.mark.parametrize("act", ["hội kiến Tổng thống Philippines", "điện đàm với Thủ tướng Ấn Độ",
                                 "có cuộc gặp với Thủ tướng Lào", "chủ trì phiên họp hẹp",
                                 "tham dự lễ đón chính thức"])
def test_the_name_stops_before_the_next_act(act):
    found = names(f"Ngày 26/10/2025, Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 26 và {act}.")
    assert "Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 26" in found, found


def test_a_partner_listed_after_and_is_still_part_of_the_name():
    found = names("Ngày 5/8/2025, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản và Hàn Quốc.")
    assert not any(name.endswith(" và") for name in found), found
