"""The meetings extractor on sentences written for these tests."""
from __future__ import annotations

import pytest

from summitgraph.extract.context import make_context
from summitgraph.extract.meetings import article_year, extract_meetings
from summitgraph.extract.dates import find_dates
from summitgraph.extract.series import classify, ordinal_of, canonical
from summitgraph.model import Article, OffsetMap
from summitgraph.text.normalize import fold_keep_length


def article(text: str, published: str | None = None, title: str | None = None) -> Article:
    full = f"{title}\n{text}" if title else text
    return Article(id="t.txt", source="t.txt", text=full, original=full, offsets=OffsetMap.identity(len(full)),
                   title=title, published=published)


def meetings_of(text: str, **kw):
    return extract_meetings(make_context(article(text, **kw)))


@pytest.mark.parametrize("name, series, partner", [
    ("Hội nghị Cấp cao ASEAN lần thứ 40", "asean-summit", None),
    ("Hội nghị thượng đỉnh ASEAN", "asean-summit", None),
    ("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN (AMM Retreat)", "amm-retreat", None),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55)", "amm", None),
    ("Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN)", "asean-som", None),
    ("Hội nghị quan chức cấp cao ASEAN+3", "apt-other", None),
    ("Hội nghị Cấp cao ASEAN + 3", "apt-summit", None),
    ("Hội nghị Cấp cao Đông Á lần thứ 17", "eas", None),
    ("Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á", "eas-other", None),
    ("Diễn đàn Khu vực ASEAN (ARF) lần thứ 29", "arf", None),
    ("Hội nghị Cấp cao ASEAN-Trung Quốc lần thứ 25", "asean-partner-summit", "CN"),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản", "asean-partner-other", "JP"),
    ("Hội nghị Cấp cao ASEAN - Liên hợp quốc", "asean-partner-summit", "UN"),
    ("Hội nghị Điều phối chung (JCM)", "jcm", None),
    ("Hội đồng Điều phối ASEAN lần thứ 31", "acc", None),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN (AEM)", "aem", None),
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)", "admm-plus", None),
    ("Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 26", "asean-sectoral", None),
    ("Đại hội đồng AIPA lần thứ 43", "aipa", None),
    ("Hội nghị Cấp cao hợp tác Mekong - Lan Thương", "subregional", None),
    ("Hội nghị Cấp cao APEC 2017", "other-multilateral", None),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN với các đối tác (PMC)", "asean-partner-other", None),
    ("Hội nghị thượng đỉnh G20", "other-multilateral", None),
])
def test_series_of_a_name(name, series, partner):
    assert classify(name) == (series, partner)


@pytest.mark.parametrize("name, ordinal", [
    ("Hội nghị Cấp cao ASEAN lần thứ 33", 33),
    ("Hội nghị cấp cao ASEAN 21", 21),
    ("Hội nghị AMM-38", 38),
    ("Hội nghị Thượng đỉnh ASEAN lần thứ X", 10),
    ("Hội nghị cấp cao ASEAN - LHQ lần thứ hai", 2),
    ("Hội nghị Cấp cao ASEAN 2020", None),
])
def test_ordinal_of_a_name(name, ordinal):
    assert ordinal_of(canonical(name)) == ordinal


def test_som_prepares_the_retreat_with_dates_and_place():
    text = ("Ngày 14/2, tại thủ đô Ma-ni-la đã diễn ra Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) "
            "chuẩn bị cho Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN, dự kiến diễn ra từ 16-17/2 tới.")
    found = meetings_of(text, published="2026-02-14")
    assert [m.series for m in found] == ["asean-som", "amm-retreat"]
    som, retreat = found
    assert (som.start, som.end, som.city, som.country) == ("2026-02-14", "2026-02-14", "Manila", "PH")
    assert som.prepares == 1 and som.status == "held"
    assert (retreat.start, retreat.end, retreat.status) == ("2026-02-16", "2026-02-17", "planned")
    assert som.chair == "PH"  # the registry's chair of 2026, hosting it
    assert som.evidence.spans and all(0 <= s.start < s.end <= len(text) for s in som.evidence.spans)


def test_no_chair_when_the_host_is_not_that_years_chair():
    (meeting,) = meetings_of("Ngày 3/3/2026, Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) họp tại Hà Nội.")
    assert meeting.country == "VN" and meeting.chair is None


def test_numbered_summit_takes_its_year_from_the_registry():
    text = "Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra trực tuyến từ ngày 12 đến 15/11 tại Hà Nội."
    (summit,) = meetings_of(text)
    assert summit.ordinal == 37
    assert (summit.start, summit.end) == ("2020-11-12", "2020-11-15")
    assert summit.format == "online" and summit.city == "Hanoi" and summit.chair == "VN"


def test_mentions_of_one_meeting_merge_and_plurals_do_not_count():
    text = ("Hội nghị Cấp cao ASEAN lần thứ 42 khai mạc tại Labuan Bajo ngày 10/5/2023. "
            "Các hội nghị cấp cao thường được tổ chức hai lần mỗi năm. "
            "Tại Hội nghị Cấp cao ASEAN 42, các nhà lãnh đạo thảo luận về Myanmar.")
    found = meetings_of(text)
    assert len(found) == 1
    assert found[0].ordinal == 42 and found[0].start == "2023-05-10"
    assert len(found[0].evidence.spans) >= 3


def test_undated_day_without_any_year_stays_partial():
    (meeting,) = meetings_of("Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) sẽ họp tại Viêng Chăn ngày 20/9 tới.")
    assert meeting.start == "--09-20" and meeting.city == "Vientiane" and meeting.status == "planned"


def test_article_year_prefers_written_times_over_targets():
    text = ("Năm 2019, hai bên ký kế hoạch đến năm 2030. Tầm nhìn ASEAN 2025 được nhắc lại. "
            "Ngày 5/3/2019 hai bộ trưởng gặp nhau.")
    assert article_year(find_dates(text), fold_keep_length(text), None) == 2019


def test_framework_named_in_passing_is_not_a_meeting():
    assert meetings_of("Việt Nam tích cực tham gia các cơ chế do ASEAN dẫn dắt như EAS, ARF và ADMM+.") == []


def test_meetings_of_the_lead_meetings_sector_share_its_place_and_year():
    text = ("Sáng 3/2/2024, Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 27 đã diễn ra tại Viêng Chăn. "
            "Bên cạnh đó, Hội nghị các Cơ quan Du lịch quốc gia ASEAN cũng thảo luận kế hoạch quảng bá chung.")
    found = meetings_of(text)
    assert len(found) == 2
    lead, other = found
    assert (lead.ordinal, lead.start, lead.city) == (27, "2024-02-03", "Vientiane")
    assert (other.start, other.city, other.country) == ("2024", "Vientiane", "LA")


def test_an_invitation_to_a_summit_is_not_a_plural():
    text = "Thủ tướng hai nước này sẽ được mời họp thượng đỉnh với ASEAN vào tháng 11/2004 tại Viêng Chăn."
    found = meetings_of(text)
    assert [m.start for m in found] == ["2004-11"]


def test_business_meetings_are_not_meetings_of_governments():
    text = "Ngày 5/3/2024, Hội nghị lần thứ 8 các hãng hàng không ASEAN diễn ra tại Băng Cốc."
    assert meetings_of(text) == []


def test_a_year_right_after_a_name_keeps_two_summits_apart():
    text = ("Từ ngày 7-8/7/2017, Hội nghị thượng đỉnh G20 diễn ra tại Hăm-buốc. "
            "Việt Nam từng dự Hội nghị cấp cao G20 năm 2010 với tư cách Chủ tịch ASEAN.")
    found = meetings_of(text)
    assert sorted(m.start for m in found) == ["2010", "2017-07-07"]


def test_a_meeting_told_by_its_verb():
    text = "Bộ trưởng kinh tế các nước ASEAN vừa nhóm họp tại Singapore ngày 3/9/2004."
    (meeting,) = meetings_of(text)
    assert (meeting.series, meeting.city, meeting.start) == ("aem", "Singapore", "2004-09-03")


def test_a_bare_ministers_meeting_belongs_to_the_lead_meetings_series():
    text = ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 36 diễn ra tại Gia-các-ta ngày 5/9/2004. "
            "Hội nghị Bộ trưởng tiếp theo sẽ diễn ra tại Viêng Chăn vào tháng 9/2005.")
    found = meetings_of(text)
    assert [(m.series, m.city, m.start) for m in found] == [("aem", "Jakarta", "2004-09-05"),
                                                            ("aem", "Vientiane", "2005-09")]


def test_officials_of_two_frameworks_and_their_summits_named_together():
    text = ("Ngày 15/10/2018, tại Singapore, Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) đã họp. "
            "Tại Hội nghị quan chức cấp cao ASEAN+3 và các nước tham gia Hội nghị cấp cao Đông Á (EAS), "
            "các nước cho ý kiến về các văn kiện sẽ trình lên các Hội nghị cấp cao ASEAN+3 và EAS.")
    series = sorted(m.series for m in meetings_of(text))
    assert series == ["apt-other", "apt-summit", "asean-som", "eas", "eas-other"]


def test_the_meeting_held_and_the_one_things_are_submitted_to_are_two():
    text = ("Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã kết thúc chiều qua. "
            "Các nước sẽ soạn thảo biện pháp để trình lên Hội nghị Bộ trưởng vào tháng 9 diễn ra ở Lào.")
    found = meetings_of(text)
    assert [(m.series, m.status, m.start, m.country) for m in found] == [
        ("aem", "held", None, None), ("aem", "planned", "--09", "LA")]


def test_a_session_day_gives_way_to_the_meetings_range():
    text = ("Chiều 10/5/2023, Thủ tướng dự phiên toàn thể Hội nghị Cấp cao ASEAN lần thứ 42. "
            "Hội nghị Cấp cao ASEAN lần thứ 42 diễn ra từ ngày 9 đến 11/5/2023 tại Labuan Bajo.")
    (summit,) = meetings_of(text)
    assert (summit.start, summit.end, summit.city) == ("2023-05-09", "2023-05-11", "Labuan Bajo")


def test_asean_n_is_a_summit_only_where_a_summit_is_meant():
    assert meetings_of("Việt Nam phấn đấu đạt mức trung bình của nhóm ASEAN-4 về môi trường kinh doanh.") == []
    (summit,) = meetings_of("Nhiều hiệp định sẽ được ký kết tại ASEAN 10 ở Viêng Chăn.")
    assert (summit.series, summit.ordinal) == ("asean-summit", 10)


def test_a_forum_quoted_as_a_source_is_not_a_meeting():
    text = "Theo đánh giá của Diễn đàn Kinh tế thế giới năm 2017, năng lực cạnh tranh của Việt Nam tăng 5 bậc."
    assert meetings_of(text) == []
