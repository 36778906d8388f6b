"""Talks read from more meeting verbs, with sides named by office and country; sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of  # noqa: F401




def test_an_audience_with_a_king_is_a_talk_with_the_host():
    text = ("Thủ tướng Phạm Minh Chính thăm chính thức Nhật Bản từ ngày 14 đến 16/12/2023. "
            "Trong chuyến thăm, Thủ tướng sẽ yết kiến Nhà Vua Nhật Bản và hội đàm với Thủ tướng Nhật Bản Kishida Fumio.")
    talks = talks_of(text)
    assert {tuple(t.parties) for t in talks} == {("JP", "VN")}
    assert len(talks) == 2


def test_a_courtesy_call_and_a_greeting():
    text = ("Chiều 4/7/2023, tại New Delhi, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã đến chào Tổng thống Ấn Độ "
            "Droupadi Murmu.")
    (talk,) = talks_of(text)
    assert talk.parties == ["IN", "VN"] and talk.start == "2023-07-04"


def test_going_on_is_not_a_reception():
    text = ("Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone nhất trí hai bên sẽ tiếp tục "
            "hợp tác chặt chẽ trong năm 2024.")
    assert talks_of(text) == []


def test_a_reception_said_as_a_noun_names_nobody_received():
    text = ("Tại buổi tiếp, Tổng thống Hàn Quốc Yoon Suk Yeol đánh giá cao quan hệ hai nước trong năm 2023.")
    assert talks_of(text) == []


def test_heads_of_international_organisations_are_a_side():
    text = ("Ngày 8/7/2023, bên lề Hội nghị G20, Thủ tướng Phạm Minh Chính đã có các cuộc gặp với Chủ tịch "
            "Ủy ban châu Âu và Tổng Giám đốc WHO.")
    parties = {tuple(t.parties) for t in talks_of(text)}
    assert parties == {("EU", "VN"), ("VN", "WHO")}


def test_a_parliament_head_named_by_a_long_title_is_senior():
    text = ("Ngày 29/6/2023, Chủ tịch nước Võ Văn Thưởng hội kiến Chủ tịch Duma quốc gia Quốc hội Liên bang Nga "
            "Vyacheslav Volodin.")
    (talk,) = talks_of(text)
    assert talk.parties == ["RU", "VN"]


def test_a_side_met_after_an_aside_with_a_comma():
    text = ("Ngày 1/11/2023, tại Kuala Lumpur, Đại tướng Phan Văn Giang đã tiếp xúc bên lề, trao đổi về hợp tác "
            "quốc phòng với Bộ trưởng Quốc phòng Hàn Quốc Shin Won-sik.")
    (talk,) = talks_of(text)
    assert talk.parties == ["KR", "VN"]


def test_a_yearless_day_takes_the_year_the_visit_is_written_with():
    text = ("Chủ tịch nước Võ Văn Thưởng thăm chính thức Liên bang Nga từ ngày 28/6 đến ngày 1/7/2023. "
            "Năm 2021 và năm 2021, hai nước ký nhiều văn kiện. Tháng 3/2021, hai bên nhất trí tăng cường hợp tác. "
            "Chiều 29/6, Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Nga Vladimir Putin.")
    (talk,) = talks_of(text)
    assert talk.start == "2023-06-29"


def visits_of(text: str, published: str | None = None):
    return [m for m in meetings_of(text, published) if m.series == "bilateral-visit"]


def test_a_visit_named_from_its_visitor_before_the_destination():
    text = ("Đây là kết quả chuyến thăm của Phó Thủ tướng Thường trực Nguyễn Hòa Bình tại Singapore từ ngày "
            "13-15/7/2023 theo lời mời của Phó Thủ tướng Singapore Lawrence Wong.")
    (visit,) = visits_of(text)
    assert visit.parties == ["SG", "VN"] and visit.country == "SG"
    assert (visit.start, visit.end) == ("2023-07-13", "2023-07-15")


def test_an_organisation_visited_is_a_side_with_no_host_country():
    text = ("Từ ngày 11 đến 17/5/2022, Thủ tướng Phạm Minh Chính sẽ dẫn đầu Đoàn đại biểu Việt Nam thăm, "
            "làm việc tại Hoa Kỳ và Liên Hợp Quốc.")
    visits = {tuple(v.parties): v for v in visits_of(text)}
    assert set(visits) == {("US", "VN"), ("UN", "VN")}
    assert visits[("US", "VN")].country == "US" and visits[("UN", "VN")].country is None


def test_a_talk_said_not_to_happen_is_not_one():
    text = ("Ngày 8/7/2023, Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergey Lavrov dự kiến không gặp "
            "nhau bên lề hội nghị.")
    assert talks_of(text) == []


def test_an_anniversary_dates_an_undated_article():
    text = ("Chiều 4/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã đến chào Tổng thống Ấn Độ Droupadi Murmu. "
            "Chuyến thăm diễn ra vào dịp hai nước kỷ niệm 50 năm quan hệ ngoại giao (7/1/1972-7/1/2022). "
            "Tháng 9/2016, hai nước nâng cấp quan hệ; năm 2016 và năm 2016 là những dấu mốc.")
    (talk,) = talks_of(text)
    assert talk.start == "2022-07-04"


def test_an_anniversary_next_year_dates_the_article_a_year_before():
    text = ("Chiều 4/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã đến chào Tổng thống Ấn Độ Droupadi Murmu, "
            "hướng tới kỷ niệm 50 năm quan hệ ngoại giao vào năm sau (1972-2022). "
            "Hai nước đặt mục tiêu đạt mức phát thải ròng bằng 0 vào năm 2050 và năm 2050.")
    (talk,) = talks_of(text)
    assert talk.start == "2021-07-04"


def test_a_talk_takes_its_day_not_the_span_of_the_visit_framing_it():
    text = ("Chiều 29/6/2023, trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ ngày 28/6-1/7, "
            "Chủ tịch nước Võ Văn Thưởng đã hội đàm với Tổng thống Nga Vladimir Putin.")
    (talk,) = talks_of(text)
    assert (talk.start, talk.end) == ("2023-06-29", "2023-06-29")


def test_a_visitor_named_by_office_calls_on_the_hosts():
    text = ("Nhân dịp sang Hà Nội từ 14 đến 16/3/2024, tân Bộ trưởng Ngoại giao Australia đã chào "
            "Thủ tướng Phạm Minh Chính, sau đó hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn.")
    talks = talks_of(text)
    assert len(talks) == 2 and all(t.parties == ["AU", "VN"] for t in talks)


def test_each_minister_met_after_one_whose_name_was_not_read():
    text = ("Chiều 2/11/2025, bên lề hội nghị, Đại tướng Phan Văn Giang tiếp xúc bên lề với Bộ trưởng Chiến tranh "
            "Mỹ Pete Hegseth, Bộ trưởng Quốc phòng Hàn Quốc Ahn Gyu-back và Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen.")
    assert {tuple(t.parties) for t in talks_of(text)} == {("US", "VN"), ("JP", "VN"), ("KR", "VN")}


def test_a_year_far_from_the_visit_dates_another_event():
    text = ("Nhân chuyến thăm Hoa Kỳ của Thủ tướng Phạm Minh Chính, một tạp chí vừa đăng bài phân tích về kỷ "
            "nguyên mới trong quan hệ song phương kể từ sau khi hai bên bình thường hóa quan hệ ngoại giao vào năm 1995.")
    (visit,) = visits_of(text)
    assert visit.parties == ["US", "VN"] and visit.start is None


def test_a_talk_in_an_undated_visit_does_not_take_another_visits_date():
    text = ("Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Joe Biden trong chuyến thăm tới Mỹ. "
            "Tại cuộc hội đàm, Thủ tướng mời Tổng thống Joe Biden thăm chính thức Việt Nam vào tháng 11/2023.")
    (talk,) = talks_of(text)
    assert talk.parties == ["US", "VN"] and talk.start is None and talk.country == "US"


def test_a_party_secretary_general_met_is_no_talk_and_no_subject():
    text = ("Ngày 12/7/2023, Phó Thủ tướng Trần Lưu Quang gặp Tổng thư ký đảng cầm quyền UMNO Asyraf Wajdi, "
            "tiếp Chánh án Tòa án Liên bang Malaysia Tengku Maimun.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"] and "Chánh án" in talk.name


def test_a_head_of_state_named_with_the_long_form_of_the_country():
    text = ("Ngày 15/11/2024, Chủ tịch nước Lương Cường gặp Tổng thống Hợp chúng quốc Hoa Kỳ Joe Biden, "
            "rồi gặp Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình.")
    assert {tuple(t.parties) for t in talks_of(text)} == {("CN", "VN"), ("US", "VN")}
