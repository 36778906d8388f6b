"""People and documents, round 9: forms found by probing with sentences written for these tests."""
from __future__ import annotations

import pytest

from test_documents import documents_of
from written import people_by_name


def names_of(text: str) -> list[str]:
    return [d.name for d in documents_of(text)]


def statuses(text: str) -> dict[str, str]:
    return {d.name: d.status for d in documents_of(text)}


# ------------------------------------------------------------------ a convention cited as international law

@pytest.mark.parametrize("text", [
    "Hai bên nhất trí hướng tới sớm đạt được một COC hiệu quả, phù hợp với luật pháp quốc tế, trong đó có "
    "Công ước Liên hợp quốc về Luật Biển năm 1982.",
    "Các bên cam kết đàm phán giải quyết tranh chấp trên cơ sở luật quốc tế, nhất là Công ước Liên hợp quốc "
    "về Luật Biển năm 1982.",
])
def test_a_convention_cited_as_international_law_is_mentioned(text):
    assert statuses(text)["Công ước Liên hợp quốc về Luật Biển năm 1982"] == "mentioned"


# ------------------------------------------------------------------ a body named after a person, after a dash

@pytest.mark.parametrize("text, name, title", [
    ("Tiến sĩ Termsak Chalermpalanupap, chuyên gia tại Viện ISEAS - Yusof Ishak, nhận xét hội nghị đã thành công.",
     "Termsak Chalermpalanupap", "chuyên gia tại Viện ISEAS - Yusof Ishak"),
    ("Theo bà Lê Thu Hằng, nghiên cứu viên Viện ISEAS – Yusof Ishak, các nước ASEAN cần đoàn kết hơn.",
     "Lê Thu Hằng", "nghiên cứu viên Viện ISEAS – Yusof Ishak"),
])
def test_a_namesake_after_a_dash_in_an_institute_is_not_a_person(text, name, title):
    people = people_by_name(text)
    assert set(people) == {name}
    assert title in people[name].titles


# ------------------------------------------------------------------ "Vụ ASEAN" then a two-syllable name

@pytest.mark.parametrize("text, name", [
    ("Vụ trưởng Vụ ASEAN Vũ Hồ cho biết hội nghị sẽ diễn ra vào tuần tới.", "Vũ Hồ"),
    ("Phát biểu tại cuộc họp báo, Phó Vụ trưởng Vụ ASEAN Trần Minh nhấn mạnh vai trò trung tâm.", "Trần Minh"),
])
def test_the_head_of_the_asean_department_is_named_after_it(text, name):
    people = people_by_name(text)
    assert list(people) == [name]
    assert people[name].titles[0].endswith("Vụ ASEAN")


# ------------------------------------------------------------------ a body's coined name alone after the head

@pytest.mark.parametrize("text, name, title", [
    ("Chủ tịch AmCham Hà Nội Trần Sơn cho biết doanh nghiệp Mỹ quan tâm tới thị trường ASEAN.",
     "Trần Sơn", "Chủ tịch AmCham Hà Nội"),
    ("Giám đốc PetroVietnam Lê Văn Hùng đã tháp tùng Thủ tướng trong chuyến thăm.", "Lê Văn Hùng",
     "Giám đốc PetroVietnam"),
])
def test_a_coined_camel_case_name_is_the_body_not_the_person(text, name, title):
    people = people_by_name(text)
    assert name in people and not any(n in people for n in ("AmCham", "PetroVietnam"))
    assert people[name].titles[0] == title


# ------------------------------------------------------------------ a lower-case shortening of a full name

@pytest.mark.parametrize("text, name", [
    ("ASEAN ký hiệp định đầu tư toàn diện\n\nSáng 26/2, các Bộ trưởng Kinh tế ASEAN đã ký Hiệp định đầu tư toàn "
     "diện ASEAN (ACIA) tại Cha-am.", "Hiệp định đầu tư toàn diện ASEAN"),
    ("Hai nước sẽ sớm ký kết hiệp định thương mại tự do song phương. Theo Bộ Công Thương, Hiệp định thương mại tự do "
     "song phương Việt Nam - Israel sẽ mở ra nhiều cơ hội.",
     "Hiệp định thương mại tự do song phương Việt Nam - Israel"),
])
def test_a_lower_case_shortening_is_the_document_named_in_full(text, name):
    assert names_of(text) == [name]


# ------------------------------------------------------------------ a plural title, then names with countries

@pytest.mark.parametrize("text", [
    "Các Bộ trưởng Ngoại giao gồm ông George Yeo (Singapore), ông Surakiart Sathirathai (Thái Lan) và ông Alberto "
    "Romulo (Philippines) đã ký văn kiện.",
    "Tới dự có các Bộ trưởng Ngoại giao: George Yeo (Singapore), Surakiart Sathirathai (Thái Lan) và Alberto Romulo "
    "(Philippines).",
])
def test_a_plural_title_is_shared_by_the_names_listed_with_their_countries(text):
    people = people_by_name(text)
    assert set(people) == {"George Yeo", "Surakiart Sathirathai", "Alberto Romulo"}
    assert all(p.titles == ["Bộ trưởng Ngoại giao"] for p in people.values())
    assert people["Alberto Romulo"].country == "PH"


# ------------------------------------------------------------------ one office, a list of "country name" pairs

@pytest.mark.parametrize("text, expected", [
    ("Ngoại trưởng Nhật Bản Taro Aso, Hàn Quốc Ban Ki-moon và Trung Quốc Lý Triệu Tinh đã dự hội nghị.",
     {"Taro Aso": "JP", "Ban Ki-moon": "KR", "Lý Triệu Tinh": "CN"}),
    ("Trước đó, các Bộ trưởng Quốc phòng Mỹ Lloyd Austin, Australia Richard Marles và Nhật Bản Hamada Yasukazu "
     "đã họp.", {"Lloyd Austin": "US", "Richard Marles": "AU", "Hamada Yasukazu": "JP"}),
])
def test_one_office_shared_by_a_list_of_country_and_name(text, expected):
    people = people_by_name(text)
    assert {n: p.country for n, p in people.items()} == expected
    assert len({tuple(p.titles) for p in people.values()}) == 1


# ------------------------------------------------------------------ fields listed by commas up to a dated period

@pytest.mark.parametrize("text, expected", [
    ("Hai bên nhất trí triển khai Thỏa thuận hợp tác kinh tế, văn hóa, khoa học kỹ thuật giai đoạn 2021-2025.",
     ["Thỏa thuận hợp tác kinh tế, văn hóa, khoa học kỹ thuật giai đoạn 2021-2025"]),
    ("Hai Bộ trưởng đã ký Kế hoạch hợp tác giáo dục, đào tạo, y tế giai đoạn 2026-2030 tại Viêng Chăn.",
     ["Kế hoạch hợp tác giáo dục, đào tạo, y tế giai đoạn 2026-2030"]),
])
def test_fields_listed_up_to_a_dated_period_stay_in_the_name(text, expected):
    assert names_of(text) == expected


# ------------------------------------------------------------------ degrees joined by a hyphen

@pytest.mark.parametrize("text, name, title", [
    ("PGS-TS Nguyễn Vũ Tùng cho biết ASEAN cần giữ vai trò trung tâm.", "Nguyễn Vũ Tùng", "PGS-TS"),
    ("Theo GS-TSKH Võ Đại Lược, hội nhập kinh tế khu vực mang lại nhiều cơ hội.", "Võ Đại Lược", "GS-TSKH"),
])
def test_degrees_joined_by_a_hyphen_introduce_an_expert(text, name, title):
    assert people_by_name(text)[name].titles == [title]


# ------------------------------------------------------------------ "tầm nhìn chiến lược" inside a name

def test_a_strategic_vision_is_the_topic_not_a_strategy():
    text = ("Hai bên ký Tuyên bố chung về tầm nhìn chiến lược và hợp tác toàn diện và Chương trình hành động "
            "2024-2028.")
    assert names_of(text) == ["Tuyên bố chung về tầm nhìn chiến lược và hợp tác toàn diện",
                              "Chương trình hành động 2024-2028"]


# ------------------------------------------------------------------ "trong" opening the setting of a title's topic

@pytest.mark.parametrize("text, expected", [
    ("Các nhà lãnh đạo đã thông qua Tuyên bố về bảo vệ lao động di cư trong các tình huống khủng hoảng.",
     ["Tuyên bố về bảo vệ lao động di cư trong các tình huống khủng hoảng"]),
    ("ASEAN và Nhật Bản thông qua Tuyên bố Tokyo về quan hệ đối tác năng động và bền vững ASEAN - Nhật Bản trong "
     "thiên niên kỷ mới.",
     ["Tuyên bố Tokyo về quan hệ đối tác năng động và bền vững ASEAN - Nhật Bản trong thiên niên kỷ mới"]),
    ("Hội nghị thông qua Tuyên bố về thúc đẩy vai trò của phụ nữ trong xây dựng Cộng đồng ASEAN.",
     ["Tuyên bố về thúc đẩy vai trò của phụ nữ trong xây dựng Cộng đồng ASEAN"]),
])
def test_within_opens_the_setting_of_a_titled_topic(text, expected):
    assert names_of(text) == expected


# ------------------------------------------------------------------ a nationality after an expert's title

@pytest.mark.parametrize("text, name, title, country", [
    ("Theo chuyên gia người Mỹ Gregory Poling, ASEAN cần đoàn kết hơn nữa.", "Gregory Poling", "chuyên gia", "US"),
    ("Nhà nghiên cứu người Singapore Ian Storey nhận định hội nghị đã thành công.", "Ian Storey", "Nhà nghiên cứu",
     "SG"),
    ("Ông Kavi Chongkittavorn, nhà bình luận kỳ cựu người Thái, viết trên tờ Bangkok Post.", "Kavi Chongkittavorn",
     "nhà bình luận kỳ cựu", "TH"),
])
def test_a_nationality_after_an_experts_title_is_the_country_not_the_title(text, name, title, country):
    person = people_by_name(text)[name]
    assert person.titles == [title]
    assert country is None or person.country == country


# ------------------------------------------------------------------ "bằng lái", "bằng cấp": a noun, not "by"

@pytest.mark.parametrize("text, expected", [
    ("Hai bên sẽ ký Thỏa thuận về công nhận lẫn nhau bằng lái xe trong chuyến thăm.",
     ["Thỏa thuận về công nhận lẫn nhau bằng lái xe"]),
    ("Các nước ASEAN đã ký Hiệp định khung về công nhận lẫn nhau bằng cấp giáo dục đại học.",
     ["Hiệp định khung về công nhận lẫn nhau bằng cấp giáo dục đại học"]),
])
def test_a_licence_or_a_degree_stays_in_the_name(text, expected):
    assert names_of(text) == expected


# ------------------------------------------------------------------ a programme or plan named by its dated period

@pytest.mark.parametrize("text, expected", [
    ("Các bộ trưởng viễn thông sẽ thông qua chương trình phát triển CNTT trọng tâm ASEAN cho giai đoạn 2026-2030.",
     ["chương trình phát triển CNTT trọng tâm ASEAN cho giai đoạn 2026-2030"]),
    ("Hội nghị xem xét chương trình dự kiến về hoạt động hợp tác hải quan cho giai đoạn tháng 7/2026-6/2027.",
     ["chương trình dự kiến về hoạt động hợp tác hải quan cho giai đoạn tháng 7/2026-6/2027"]),
    ("Các nước tiếp tục triển khai kế hoạch hợp tác phòng chống thiên tai của khu vực giai đoạn 2021-2025.",
     ["kế hoạch hợp tác phòng chống thiên tai của khu vực giai đoạn 2021-2025"]),
])
def test_a_small_written_programme_with_its_dated_period_is_a_document(text, expected):
    assert names_of(text) == expected



# ------------------------------------------------------------------ "là một hiệp định về ...": a description

@pytest.mark.parametrize("text, expected", [
    ("Hiệp định Đối tác kinh tế toàn diện khu vực là một hiệp định về hội nhập kinh tế sâu rộng ở châu Á.",
     ["Hiệp định Đối tác kinh tế toàn diện khu vực"]),
    ("Theo giới quan sát, đây là một thỏa thuận về hợp tác nghề cá giữa Việt Nam và Indonesia.", []),
])
def test_a_description_after_la_mot_is_not_a_name(text, expected):
    assert names_of(text) == expected


# ------------------------------------------------------------------ a title, a dash, then "bà X -"

@pytest.mark.parametrize("text, name, title", [
    ("Bộ trưởng Ngoại giao Philippines - bà Theresa Lazaro - khẳng định cam kết với ASEAN.", "Theresa Lazaro",
     "Bộ trưởng Ngoại giao"),
    ("Giám đốc Sở Ngoại vụ Đà Nẵng – ông Nguyễn Văn Hùng – cho biết thành phố sẵn sàng đón khách.",
     "Nguyễn Văn Hùng", "Giám đốc Sở Ngoại vụ Đà Nẵng"),
])
def test_a_title_set_off_by_a_dash_before_the_honorific_and_name(text, name, title):
    assert people_by_name(text)[name].titles == [title]


# ------------------------------------------------------------------ "người đứng đầu ngành ngoại giao Mỹ X"

@pytest.mark.parametrize("text, name, country", [
    ("Người đứng đầu ngành ngoại giao Mỹ Antony Blinken đã tới Jakarta dự các hội nghị.", "Antony Blinken", "US"),
    ("Hôm qua, người đứng đầu ngành ngoại giao Trung Quốc Vương Nghị đã điện đàm với Bộ trưởng Bùi Thanh Sơn.",
     "Vương Nghị", "CN"),
])
def test_the_head_of_a_sector_is_a_title(text, name, country):
    person = people_by_name(text)[name]
    assert person.titles[0].lower() == "người đứng đầu ngành ngoại giao"
    assert person.country == country


# ------------------------------------------------------------------ a list of documents, one an item

def test_each_listed_item_is_a_titled_document_with_the_introducing_cue():
    text = ("Sáng 5/3, tại Hà Nội, hai Thủ tướng đã chứng kiến lễ ký các văn kiện hợp tác:\n"
            "1. Thỏa thuận hợp tác về chuyển đổi số\n"
            "2. Biên bản ghi nhớ về hợp tác trong lĩnh vực khoa học và công nghệ\n"
            "(3) Nghị định thư sửa đổi Hiệp định vận tải đường bộ\n")
    assert statuses(text) == {"Thỏa thuận hợp tác về chuyển đổi số": "signed",
                              "Biên bản ghi nhớ về hợp tác trong lĩnh vực khoa học và công nghệ": "signed",
                              "Nghị định thư sửa đổi Hiệp định vận tải đường bộ": "signed"}


def test_a_future_cue_on_the_introducing_line_goes_to_every_item():
    text = ("Hai bên nhất trí sẽ ký các văn kiện sau trong chuyến thăm:\n- Hiệp định về hợp tác quốc phòng;\n"
            "- Bản ghi nhớ về hợp tác y tế.\n")
    assert set(statuses(text).values()) == {"to_be_signed"}


def test_items_parted_by_semicolons_after_a_colon_share_its_cue():
    text = ("Hai Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác: Hiệp định về hợp tác phòng chống tội phạm; "
            "Bản ghi nhớ về hợp tác trong lĩnh vực du lịch; Kế hoạch hợp tác năm 2026 giữa hai Bộ Ngoại giao.")
    assert set(statuses(text).values()) == {"signed"}


@pytest.mark.parametrize("text, name", [
    ("Hội nghị tập trung vào các biện pháp hiện thực hóa Tầm nhìn Cộng đồng ASEAN 2045.",
     "Tầm nhìn Cộng đồng ASEAN 2045"),
    ("Từ năm 2010, Hiệp định Thương mại hàng hóa ASEAN được áp dụng đầy đủ tại sáu nước.",
     "Hiệp định Thương mại hàng hóa ASEAN"),
])
def test_realising_or_applying_a_document_is_implementing_it(text, name):
    assert statuses(text)[name] == "implementing"
