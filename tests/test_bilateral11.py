"""Bilateral talks and visits, round 11: forms found by probing with sentences written for these tests."""
from __future__ import annotations

from written import talks_of


def test_a_counterpart_received_by_his_peer_is_met():
    # "tiếp người đồng cấp Trung Quốc A": the one received is named as the host's counterpart, in lower case.
    text = ("Ngày 15/11/2023, Tổng thống Joe Biden tiếp người đồng cấp Trung Quốc Tập Cận Bình tại điền trang "
            "Filoli gần San Francisco.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "US"] and talk.start == "2023-11-15"


def test_a_transport_minister_s_country_is_no_venue():
    # Folded, "vận tải Lào" reads "van tai Lao" ("at Laos"): the portfolio does not place the reception abroad.
    text = "Phó Thủ tướng Trịnh Đình Dũng đã tiếp Bộ trưởng Giao thông vận tải Lào Viengsavath Siphandone."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.country == "VN"


def test_the_place_opening_the_sentence_frames_a_talk_told_far_after_it():
    # "Chiều 19/8, tại X ở thủ đô Bắc Kinh, ngay sau lễ đón chính thức, A đã hội đàm với B": the frame's place.
    text = ("Chiều 19/8/2024, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, ngay sau lễ đón chính thức, Tổng Bí thư, "
            "Chủ tịch nước Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "VN"] and (talk.city, talk.country) == ("Beijing", "CN")


def test_a_minister_told_again_by_title_meets_on_the_sidelines_of_the_meeting_told_before():
    # "Bên lề hội nghị, Bộ trưởng đã gặp A": the minister named by title alone; the meeting is the one told before.
    text = ("Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam tham dự Hội nghị AMM-56 tại Jakarta. "
            "Bên lề hội nghị, Bộ trưởng đã gặp Ngoại trưởng Nhật Bản Hayashi Yoshimasa.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "VN"] and (talk.city, talk.country) == ("Jakarta", "ID")


def test_a_talk_on_the_sidelines_of_the_general_assembly_told_before_is_held_there():
    text = ("Chủ tịch Quốc hội Vương Đình Huệ dự AIPA-44 tại Jakarta. Bên lề Đại hội đồng, Chủ tịch Quốc hội "
            "đã gặp Chủ tịch Hạ viện Malaysia Johari Abdul.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"] and talk.country == "ID"
