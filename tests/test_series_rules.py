"""Series of meeting names the first rules missed: bodies named by description, acronym and number."""
from __future__ import annotations

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import extract_meetings
from summitgraph.extract.series import canonical, classify, ordinal_of
from summitgraph.model import Article, OffsetMap


@pytest.mark.parametrize("name, series, partner", [
    ("Đối thoại Delhi lần thứ 10", "asean-partner-other", "IN"),
    ("Hội nghị Quan chức Quốc phòng cấp cao ASEAN mở rộng (ADSOM+)", "asean-sectoral", None),
    ("Hội nghị các Nhà Lãnh đạo ASEAN", "asean-summit", None),
    ("Hội nghị thượng đỉnh kinh doanh và đầu tư ASEAN lần thứ 5", "asean-sectoral", None),
    ("Hội nghị thượng đỉnh thương mại và đầu tư Trung Quốc - ASEAN", "asean-partner-other", "CN"),
    ("Diễn đàn cấp cao về đầu tư giữa Nhật Bản và ASEAN", "asean-partner-other", "JP"),
    ("Hội nghị hải quan ASEAN 14", "asean-sectoral", None),
    ("Hội nghị Bộ trưởng Viễn thông ASEAN (TELMIN 7)", "asean-sectoral", None),
    ("Cuộc họp Tiểu ban về hàng hóa của Hiệp định Thương mại tự do ASEAN-Australia-New Zealand",
     "asean-sectoral", None),
    ("Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO)", "other-multilateral", None),
    ("Hội nghị Bộ trưởng Giáo dục các nước Đông Nam Á (SEAMEC) lần thứ 41", "other-multilateral", None),
    ("Hội nghị Thủ tướng ba nước Campuchia - Lào - Việt Nam", "subregional", None),
    ("Hội nghị lãnh đạo Việt Nam, Lào và Campuchia", "subregional", None),
    ("Đối thoại nhân quyền Việt Nam - Australia", "bilateral-talks", None),
    ("Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 20", "asean-partner-summit", "JP"),
    ("Hội nghị tham vấn AEM - Hàn Quốc", "asean-partner-other", "KR"),
    ("Hội nghị Cấp cao ASEAN+1 với Nhật Bản", "asean-partner-summit", "JP"),
    ("hội nghị hẹp bộ trưởng quốc phòng 10 nước ASEAN", "admm", None),
    ("Hội nghị Bộ trưởng Ngoại giao 10 nước ASEAN", "amm", None),
    ("cuộc họp giữa Bộ trưởng Quốc phòng Australia với các đồng cấp ASEAN", "asean-partner-other", "AU"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN với đối tác Ấn Độ", "asean-partner-other", "IN"),
])
def test_series_of_a_described_name(name, series, partner):
    assert classify(name) == (series, partner)


@pytest.mark.parametrize("name, ordinal", [
    ("vòng 17 Đối thoại nhân quyền Việt Nam - Australia", 17),
    ("Hội nghị TELMIN 7", 7),
    ("Đối thoại Delhi 11", 11),
])
def test_ordinal_given_by_round_or_acronym(name, ordinal):
    assert ordinal_of(canonical(name)) == ordinal


def meetings_of(text: str):
    art = Article(id="t.txt", source="t.txt", text=text, original=text, offsets=OffsetMap.identity(len(text)),
                  title=None, published=None)
    return extract_meetings(make_context(art))


def test_an_informal_meeting_of_defence_ministers_with_one_partner_is_an_asean_plus_one_meeting():
    found = meetings_of("Ngày 2/6/2019, tại Băng Cốc, các bộ trưởng có cuộc gặp không chính thức Bộ trưởng "
                        "Quốc phòng ASEAN - Hàn Quốc.")
    rec = next(r for r in found if r.series == "asean-partner-other")
    assert rec.partner == "KR"
    assert (rec.city, rec.chair) == ("Bangkok", "TH")


def test_a_round_number_before_a_dialogue_is_its_ordinal():
    found = meetings_of("Ngày 5/12/2023, vòng 12 Đối thoại nhân quyền Việt Nam - Australia đã diễn ra tại Hà Nội.")
    rec = next(r for r in found if r.series == "bilateral-talks")
    assert rec.ordinal == 12
    assert rec.name.startswith("vòng 12")


def test_one_head_noun_with_two_partners_is_one_meeting_per_partner():
    found = meetings_of("Bộ trưởng sẽ dự ADMM-12 và các cuộc gặp Bộ trưởng Quốc phòng ASEAN-Úc và ASEAN-Hàn Quốc "
                        "tại Singapore ngày 20/10/2018.")
    partners = sorted((r.partner, r.name) for r in found if r.series == "asean-partner-other")
    assert partners == [("AU", "cuộc gặp Bộ trưởng Quốc phòng ASEAN-Úc"),
                        ("KR", "cuộc gặp Bộ trưởng Quốc phòng ASEAN-Hàn Quốc")]
    assert any(r.series == "admm" and r.ordinal == 12 for r in found)


def test_a_list_of_partners_after_one_head_noun_gives_each_partner_its_summit_with_the_lists_date_and_place():
    found = meetings_of("Ngày 13/11/2017, Thủ tướng dự các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản và "
                        "Hàn Quốc tại Manila.")
    summits = sorted((r.partner, r.start, r.city) for r in found if r.series == "asean-partner-summit")
    assert summits == [("CN", "2017-11-13", "Manila"), ("JP", "2017-11-13", "Manila"), ("KR", "2017-11-13", "Manila")]


def test_a_numbered_summit_in_an_asean_article_ends_before_where_it_was_held():
    found = meetings_of("Văn kiện về hợp tác ASEAN được các nhà lãnh đạo thông qua tại Hội nghị thượng đỉnh lần "
                        "thứ 7 tổ chức tại Bandar Seri Begawan năm 2001.")
    rec = next(r for r in found if r.series == "asean-summit")
    assert (rec.ordinal, rec.name, rec.city) == (7, "Hội nghị thượng đỉnh lần thứ 7", "Bandar Seri Begawan")
