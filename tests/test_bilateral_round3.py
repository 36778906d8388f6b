"""Bilateral talks and visits, third round: forms of Vietnamese news the earlier rounds did not read.
Sentences written for these tests."""
from __future__ import annotations

from written import meetings_of, talks_of


def _visits(text: str, published: str | None = None):
    return [m for m in meetings_of(text, published) if m.series == "bilateral-visit"]


def test_attending_a_meeting_is_no_visit_even_with_a_place_after_tới():
    # "tham dự" folds like "thăm": only the written "thăm" is a visit verb.
    text = ("Phó Thủ tướng Singapore Tiêu Chí Hiền cho biết Thủ tướng Lý Hiển Long sẽ tham dự Hội nghị cấp cao "
            "APEC vào tháng 11 tới tại Đà Nẵng.")
    assert _visits(text) == []


def test_a_visit_written_thăm_is_still_a_visit():
    text = "Ngày 5/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm chính thức Campuchia."
    (visit,) = _visits(text)
    assert visit.parties == ["KH", "VN"] and visit.country == "KH"


def test_a_person_met_by_name_alone_is_senior_by_the_office_said_earlier():
    text = ("Chủ tịch Quốc hội Lào Saysomphone Phomvihane đang thăm chính thức Việt Nam. "
            "Chiều 14/10/2024, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông Saysomphone Phomvihane.")
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.start == "2024-10-14"


def test_a_person_met_by_name_alone_with_no_office_anywhere_is_no_talk():
    text = ("Chiều 14/10/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp ông Kim Sung-ho, "
            "người sáng lập một quỹ đầu tư Hàn Quốc.")
    assert talks_of(text) == []


def test_a_peer_named_with_a_country_between_is_met():
    text = ("Chiều 10/7/2025, tại Kuala Lumpur, Ngoại trưởng Nga Sergei Lavrov đã có cuộc gặp với người đồng cấp "
            "Trung Quốc Vương Nghị.")
    (talk,) = talks_of(text)
    assert talk.parties == ["CN", "RU"] and talk.start == "2025-07-10"


def test_two_ministers_joined_by_a_peer_and_meeting_each_other():
    text = ("Ngày 3/8/2025, Bộ trưởng Quốc phòng Hàn Quốc Ahn Gyu-back và người đồng cấp Nhật Bản Nakatani Gen "
            "đã gặp nhau tại Tokyo.")
    (talk,) = talks_of(text)
    assert talk.parties == ["JP", "KR"]


def test_a_peer_without_a_country_said_gives_no_second_side():
    text = "Ngày 13/5/2025, Ngoại trưởng Indonesia Sugiono có cuộc gặp người đồng cấp Trần Văn Minh."
    assert talks_of(text) == []


def test_a_guest_meets_a_party_post_of_minister_rank():
    text = ("Ngày 27/6/2022, Bộ trưởng Ngoại giao Australia Penny Wong đã gặp Trưởng Ban Đối ngoại Trung ương "
            "Lê Hoài Trung tại Hà Nội.")
    (talk,) = talks_of(text)
    assert talk.parties == ["AU", "VN"]


def test_a_well_known_leader_named_without_country_gives_the_talk_its_side():
    text = "Ngày 6/10/2024, tại Paris, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Emmanuel Macron."
    (talk,) = talks_of(text)
    assert talk.parties == ["FR", "VN"]


def test_a_phone_call_said_as_an_exchange_over_the_phone():
    text = ("Tối 12/3/2024, Thủ tướng Phạm Minh Chính đã trao đổi qua điện thoại với Thủ tướng Australia "
            "Anthony Albanese.")
    (talk,) = talks_of(text)
    assert talk.parties == ["AU", "VN"] and talk.start == "2024-03-12"


def test_a_meeting_said_gặp_mặt():
    text = "Ngày 20/5/2024, Thủ tướng Phạm Minh Chính đã gặp mặt Thủ tướng Lào Sonexay Siphandone tại Hà Nội."
    (talk,) = talks_of(text)
    assert talk.parties == ["LA", "VN"] and talk.city == "Hanoi"


def test_a_visit_at_the_invitation_of_the_hosts_office():
    text = ("Nhận lời mời của Thủ tướng Singapore, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Singapore từ ngày "
            "8 đến 10/2/2023.")
    (visit,) = _visits(text)
    assert visit.parties == ["SG", "VN"] and visit.start == "2023-02-08"


def test_a_talk_told_as_the_frame_of_its_sentence_is_met_by_the_one_named_after_it():
    text = ("Trước đó, trong cuộc gặp Thủ tướng Nguyễn Xuân Phúc bên lề Hội nghị Cấp cao ASEAN lần thứ 30 hồi "
            "tháng 4/2017 tại Manila, Thủ tướng Malaysia Najib Razak cam kết bảo đảm xét xử công bằng.")
    (talk,) = talks_of(text)
    assert talk.parties == ["MY", "VN"]


def test_meetings_counted_are_no_one_meeting():
    text = ("Từ đầu năm 2024 đến nay, Thủ tướng Phạm Minh Chính đã có ba lần gặp Thủ tướng Nhật Bản Kishida Fumio "
            "tại các hội nghị quốc tế.")
    assert talks_of(text) == []


def test_a_second_leader_met_after_a_name_ending_in_jr():
    text = ("Ngày 26/5/2025, bên lề Hội nghị, Thủ tướng Phạm Minh Chính đã có các cuộc gặp song phương với Tổng thống "
            "Philippines Ferdinand Marcos Jr. và Thủ tướng Thái Lan Paetongtarn Shinawatra.")
    assert sorted(t.parties for t in talks_of(text)) == [["PH", "VN"], ["TH", "VN"]]


def test_a_visit_again_and_a_visit_said_viếng_thăm():
    again = "Tổng thống Pháp Jacques Chirac cho biết ông sẽ sang thăm lại Việt Nam vào năm 2006."
    (visit,) = _visits(again)
    assert visit.parties == ["FR", "VN"] and visit.country == "VN"
    formal = "Tháng 6/2005, Thủ tướng Phan Văn Khải có chuyến viếng thăm Hoa Kỳ."
    (visit,) = _visits(formal)
    assert visit.parties == ["US", "VN"] and visit.country == "US"


def test_a_deputy_trade_representative_visiting_is_no_bilateral_visit():
    text = "Ngày 22/7/2003, Phó Đại diện Thương mại Mỹ Josette Sheeran sẽ thăm Hà Nội để bàn về thực thi BTA."
    assert _visits(text) == []


def test_a_trade_representative_visiting_is_a_bilateral_visit():
    text = "Ngày 22/7/2003, Đại diện Thương mại Mỹ Robert Zoellick sẽ thăm Hà Nội để bàn về thực thi BTA."
    (visit,) = _visits(text)
    assert visit.parties == ["US", "VN"]
