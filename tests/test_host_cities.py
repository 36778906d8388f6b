"""Host cities of ASEAN meetings of the late 2010s and 2020s, written as Vietnamese news writes them."""
import pytest

from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text
from summitgraph.registry import country_of_city, find_cities


@pytest.mark.parametrize("spelling, city, country", [
    ("Semarang", "Semarang", "ID"), ("Xê-ma-răng", "Semarang", "ID"), ("Melaka", "Melaka", "MY"),
    ("Ma-lắc-ca", "Melaka", "MY"), ("Vàng Viêng", "Vang Vieng", "LA"), ("Bagan", "Bagan", "MM"),
    ("Ninh Bình", "Ninh Binh", "VN"), ("Quảng Ninh", "Quang Ninh", "VN"), ("Tagaytay", "Tagaytay", "PH"),
    ("Đại Liên", "Dalian", "CN"), ("Hàng Châu", "Hangzhou", "CN"), ("Bình Nhưỡng", "Pyongyang", "KP"),
    ("Beograd", "Belgrade", "RS"), ("Hồ Tràm", "Ho Tram", "VN"),
])
def test_the_city_and_its_country(spelling, city, country):
    [hit] = find_cities(f"Hội nghị diễn ra tại {spelling} trong hai ngày.")
    assert hit.key == city and country_of_city(city) == country


def test_a_ministers_meeting_in_semarang_is_placed_there():
    article = article_from_text("Hội nghị AEM khai mạc\n\nSáng 21/8/2023 tại Semarang, Indonesia, Hội nghị Bộ "
                                "trưởng Kinh tế ASEAN lần thứ 55 đã khai mạc.", "t.txt")
    [meeting] = [m for m in read_article(article).meetings if m.series == "aem"]
    assert (meeting.city, meeting.country) == ("Semarang", "ID")


def test_a_forum_in_a_city_the_gazetteer_knows_is_not_moved_to_another_city_of_its_country():
    """Unknown, "Đại Liên" left the forum placed in China only, and the one Chinese city the article named
    elsewhere (the Boao forum's) became its city."""
    article = article_from_text("Thủ tướng dự WEF\n\nNgày 27/6/2023, Thủ tướng dự Hội nghị thường niên các nhà tiên "
                                "phong của Diễn đàn Kinh tế Thế giới (WEF) tại Đại Liên, Trung Quốc. Trước đó, Phó Thủ "
                                "tướng đã dự Diễn đàn châu Á Bác Ngao.", "t.txt")
    [forum] = [m for m in read_article(article).meetings if "WEF" in m.name]
    assert (forum.city, forum.country) == ("Dalian", "CN")
