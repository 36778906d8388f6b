"""Round 6 of places: where a meeting or a talk is held, said by the forms Vietnamese news writes it in."""
from summitgraph.extract.pipeline import read_article
from summitgraph.ingest.article import article_from_text


def _meetings(text: str, series: str):
    return [m for m in read_article(article_from_text(text, "t.txt")).meetings if m.series == series]


def test_a_talk_at_a_seat_of_state_in_hanoi_is_held_in_vietnam():
    [talk] = _meetings("Thủ tướng tiếp khách\n\nChiều 14/3/2024, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã "
                       "tiếp Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko.", "bilateral-talks")
    assert talk.country == "VN"


def test_a_talk_at_a_palace_abroad_is_held_in_its_city():
    [talk] = _meetings("Hội đàm cấp cao\n\nNgày 5/5/2024, tại Đại lễ đường Nhân dân, Chủ tịch Trung Quốc Tập Cận "
                       "Bình đã hội đàm với Tổng Bí thư Nguyễn Phú Trọng.", "bilateral-talks")
    assert (talk.city, talk.country) == ("Beijing", "CN")


def test_a_ministers_meeting_at_the_national_convention_centre_is_in_hanoi():
    [aem] = _meetings("Khai mạc AEM\n\nNgày 9/9/2020, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 đã khai mạc tại "
                      "Trung tâm Hội nghị Quốc gia.", "aem")
    assert (aem.city, aem.country) == ("Hanoi", "VN")
