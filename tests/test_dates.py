"""The Vietnamese date grammar: spans, ranges, context words, resolution against an anchor, datelines.

Every sentence here is written for the test; none comes from the corpus.
"""
from __future__ import annotations

from datetime import date

import pytest

from summitgraph.extract.dates import DateMention, PartialDate, find_dates, parse_published, resolve
from conftest import corpus_files

JAN16_2020 = date(2020, 1, 16)     # a Thursday
JUN10_2019 = date(2019, 6, 10)
DEC01_2019 = date(2019, 12, 1)
NOV03_2017 = date(2017, 11, 3)

# (sentence, the one date expression in it, anchor, default_year, expected (start, end))
RESOLVED = [
    # plain day/month, with and without year, numeric shapes
    ("Hội nghị SOM ASEAN khai mạc ngày 5/1 tại Đà Nẵng.", "ngày 5/1", JAN16_2020, None, ("2020-01-05", "2020-01-05")),
    ("Văn bản được ký ngày 5/1/2020 tại trụ sở Bộ.", "ngày 5/1/2020", None, None, ("2020-01-05", "2020-01-05")),
    ("Thỏa thuận có hiệu lực từ 05-01-2020 theo quy định.", "05-01-2020", None, None, ("2020-01-05", "2020-01-05")),
    ("Quy định mới áp dụng từ 16.1.2020 đối với hàng nhập khẩu.", "16.1.2020", None, None, ("2020-01-16", "2020-01-16")),
    ("Chính sách thuế mới áp dụng từ ngày 1.1.2017 cho xe nhập khẩu.", "ngày 1.1.2017", None, None, ("2017-01-01", "2017-01-01")),
    ("Hội nghị khai mạc ngày 16-1 tại TP Nha Trang.", "ngày 16-1", JAN16_2020, None, ("2020-01-16", "2020-01-16")),
    ("Hai nước thiết lập quan hệ ngoại giao ngày 23-9-1975.", "ngày 23-9-1975", None, None, ("1975-09-23", "1975-09-23")),
    ("Thư được gửi ngày 28/07/1995 tới Tổng Thư ký.", "ngày 28/07/1995", None, None, ("1995-07-28", "1995-07-28")),
    ("Bản ghi được tạo lúc 2020-01-16 theo hệ thống lưu trữ.", "2020-01-16", None, None, ("2020-01-16", "2020-01-16")),
    ("Quyết định có hiệu lực kể từ ngày 1/7/2017.", "ngày 1/7/2017", None, None, ("2017-07-01", "2017-07-01")),
    ("Lễ kỷ niệm diễn ra vào 30/4 hằng năm.", "30/4", JAN16_2020, None, ("2020-04-30", "2020-04-30")),
    ("Lễ đón năm mới diễn ra vào đêm 31/12 tại Hà Nội.", "đêm 31/12", JAN16_2020, None, ("2020-12-31", "2020-12-31")),
    # verbal day and month
    ("Ngày 16 tháng 1, các trưởng đoàn chụp ảnh chung.", "Ngày 16 tháng 1", JAN16_2020, None, ("2020-01-16", "2020-01-16")),
    ("Hội nghị trù bị sẽ diễn ra vào ngày 5 tháng 3 năm 2021.", "ngày 5 tháng 3 năm 2021", None, None, ("2021-03-05", "2021-03-05")),
    ("Cuộc gặp được dời sang ngày 10/10 năm nay.", "ngày 10/10 năm nay", JAN16_2020, None, ("2020-10-10", "2020-10-10")),
    # day ranges
    ("Hội nghị hẹp diễn ra ngày 18-19/1/2022 tại Xiêm Riệp.", "ngày 18-19/1/2022", None, None, ("2022-01-18", "2022-01-19")),
    ("Hội chợ sẽ được tổ chức tại Băng Cốc từ 11-15/11 tới, với nhiều gian hàng.", "từ 11-15/11 tới", DEC01_2019, None,
     ("2020-11-11", "2020-11-15")),
    ("Các cuộc họp trù bị diễn ra từ ngày 15 đến 18-1 tại Nha Trang.", "từ ngày 15 đến 18-1", JAN16_2020, None,
     ("2020-01-15", "2020-01-18")),
    ("Đoàn công tác làm việc tại Viêng Chăn từ ngày 15 đến ngày 18/1/2020.", "từ ngày 15 đến ngày 18/1/2020", None, None,
     ("2020-01-15", "2020-01-18")),
    ("Chuỗi sự kiện kéo dài 29/11-4/12 tại Manila.", "29/11-4/12", NOV03_2017, None, ("2017-11-29", "2017-12-04")),
    ("Diễn đàn được tổ chức từ 29/11 - 4/12/2019 ở Hà Nội.", "từ 29/11 - 4/12/2019", None, None, ("2019-11-29", "2019-12-04")),
    ("Hội nghị cấp cao diễn ra ngày 17-ngày 20 Tháng 11 tại Phnôm Pênh.", "ngày 17-ngày 20 Tháng 11", date(2012, 11, 10), None,
     ("2012-11-17", "2012-11-20")),
    ("Hội nghị kéo dài từ ngày 17 đến 20 tháng 11 năm 2018 tại Singapore.", "từ ngày 17 đến 20 tháng 11 năm 2018", None, None,
     ("2018-11-17", "2018-11-20")),
    ("Kỳ nghỉ kéo dài từ 29/12-2/1/2020 theo thông báo của Chính phủ.", "từ 29/12-2/1/2020", None, None,
     ("2019-12-29", "2020-01-02")),
    ("Các quan chức họp trong các ngày 12, 13/11 tại Đà Nẵng.", "ngày 12, 13/11", date(2017, 11, 20), None,
     ("2017-11-12", "2017-11-13")),
    ("Hội nghị trù bị diễn ra từ ngày 30/10 đến 1/11 tại Hà Nội.", "từ ngày 30/10 đến 1/11", None, 2019,
     ("2019-10-30", "2019-11-01")),
    ("Lễ hội kéo dài từ 30/12 đến 2/1 ở Bangkok.", "từ 30/12 đến 2/1", None, 2020, ("2020-12-30", "2021-01-02")),
    ("Các bộ trưởng sẽ họp trong hai ngày 26 và 27/5 tại Hà Nội.", "ngày 26 và 27/5", JUN10_2019, None,
     ("2019-05-26", "2019-05-27")),
    ("Chương trình diễn ra từ 30/1 đến 7/2 với nhiều hoạt động văn hóa.", "từ 30/1 đến 7/2", date(2006, 1, 20), None,
     ("2006-01-30", "2006-02-07")),
    ("Hội nghị dự kiến diễn ra từ 12 đến ngày 14-12 tại Kuala Lumpur.", "từ 12 đến ngày 14-12", date(2005, 11, 1), None,
     ("2005-12-12", "2005-12-14")),
    ("Cuộc họp được tổ chức trong các ngày 20-22/9 tại thành phố Đà Nẵng.", "ngày 20-22/9", date(2017, 9, 25), None,
     ("2017-09-20", "2017-09-22")),
    ("Phái đoàn thăm Ấn Độ từ ngày 11 – 13/7 theo lời mời của nước bạn.", "từ ngày 11 – 13/7", date(2017, 7, 14), None,
     ("2017-07-11", "2017-07-13")),
    ("Chuyến thăm diễn ra từ 4 - 8/6 theo lời mời của Tổng thống.", "từ 4 - 8/6", date(2017, 6, 1), None,
     ("2017-06-04", "2017-06-08")),
    ("Đoàn lưu lại từ ngày 30 tháng 11 đến ngày 2 tháng 12 năm 2019.", "từ ngày 30 tháng 11 đến ngày 2 tháng 12 năm 2019",
     None, None, ("2019-11-30", "2019-12-02")),
    # months, quarters, years
    ("Kế hoạch được thông qua vào tháng 4-2020 sau nhiều vòng thảo luận.", "tháng 4-2020", None, None, ("2020-04", "2020-04")),
    ("Đến tháng 4/2020, dự án đã hoàn thành giai đoạn một.", "tháng 4/2020", None, None, ("2020-04", "2020-04")),
    ("Vào tháng 4 năm 2012, các nhà lãnh đạo họp tại Phnôm Pênh.", "tháng 4 năm 2012", None, None, ("2012-04", "2012-04")),
    ("Vào tháng Tư năm 2012, các nhà lãnh đạo họp tại Phnôm Pênh.", "tháng Tư năm 2012", None, None, ("2012-04", "2012-04")),
    ("Tết Nguyên đán năm ấy rơi vào tháng Giêng năm 2021.", "tháng Giêng năm 2021", None, None, ("2021-01", "2021-01")),
    ("Thượng đỉnh dự kiến vào tháng Mười một năm 2020 tại Hà Nội.", "tháng Mười một năm 2020", None, None,
     ("2020-11", "2020-11")),
    ("Lễ ký kết dự kiến vào tháng Chạp.", "tháng Chạp", JAN16_2020, None, ("2020-12", "2020-12")),
    ("Đoàn sẽ sang thăm Lào vào đầu tháng 12.", "đầu tháng 12", JAN16_2020, None, ("2020-12", "2020-12")),
    ("Hội nghị sẽ được tổ chức vào cuối tháng Năm này.", "cuối tháng Năm này", JAN16_2020, None, ("2020-05", "2020-05")),
    ("Hội nghị Bộ trưởng Kinh tế dự kiến tổ chức vào tháng 9 năm nay.", "tháng 9 năm nay", JAN16_2020, None,
     ("2020-09", "2020-09")),
    ("Hai nước ký kết thỏa thuận vào tháng 3 năm ngoái.", "tháng 3 năm ngoái", JAN16_2020, None, ("2019-03", "2019-03")),
    ("Nhập khẩu tăng mạnh trong quý I/2020 so với cùng kỳ.", "quý I/2020", None, None, ("2020-01", "2020-03")),
    ("Từ tháng 3 đến tháng 5/2020, nhiều hội nghị phải hoãn.", "Từ tháng 3 đến tháng 5/2020", None, None,
     ("2020-03", "2020-05")),
    ("Dịch bệnh bùng phát mạnh trong tháng 3-5/2020 ở nhiều nước.", "tháng 3-5/2020", None, None, ("2020-03", "2020-05")),
    ("Việt Nam đã tổ chức thành công sự kiện này trong năm 2019.", "năm 2019", None, None, ("2019", "2019")),
    ("Vòng đàm phán cuối cùng dự kiến vào giữa năm 2021.", "giữa năm 2021", None, None, ("2021", "2021")),
    ("Đà tăng trưởng được duy trì từ đầu năm 2005.", "đầu năm 2005", None, None, ("2005", "2005")),
    ("Quan hệ Đối tác đối thoại (1992-2017) đã đạt nhiều thành tựu.", "1992-2017", None, None, ("1992", "2017")),
    ("Kế hoạch tổng thể xây dựng Cộng đồng ASEAN 2015-2025 đang được triển khai.", "2015-2025", None, None,
     ("2015", "2025")),
    ("Trong giai đoạn 2021 - 2025, hai bên ưu tiên hợp tác kinh tế.", "2021 - 2025", None, None, ("2021", "2025")),
    ("Từ năm 2015 đến năm 2020, kim ngạch thương mại tăng gấp đôi.", "Từ năm 2015 đến năm 2020", None, None,
     ("2015", "2020")),
    ("Tuần lễ Cấp cao APEC 2017 diễn ra tại Đà Nẵng.", "2017", None, None, ("2017", "2017")),
    # weekdays and parts of the day
    ("Thứ Năm, 16/01/2020, đoàn đại biểu đến Nha Trang.", "Thứ Năm, 16/01/2020", None, None, ("2020-01-16", "2020-01-16")),
    ("Bộ trưởng sẽ tiếp đại sứ vào thứ hai (5/1) tại trụ sở Bộ.", "thứ hai (5/1)", date(2015, 1, 2), None,
     ("2015-01-05", "2015-01-05")),
    ("Chủ nhật 7/1, hàng nghìn người đổ về quảng trường.", "Chủ nhật 7/1", date(2018, 1, 8), None,
     ("2018-01-07", "2018-01-07")),
    ("Chiều 22/3, Thủ tướng tiếp Bộ trưởng Ngoại giao Indonesia.", "Chiều 22/3", date(2019, 3, 23), None,
     ("2019-03-22", "2019-03-22")),
    ("Sáng nay 16-1, các quan chức cao cấp bắt đầu phiên họp.", "Sáng nay 16-1", JAN16_2020, None,
     ("2020-01-16", "2020-01-16")),
    ("Phiên họp toàn thể diễn ra sáng 12/5/2017 tại Phnôm Pênh.", "sáng 12/5/2017", None, None, ("2017-05-12", "2017-05-12")),
    ("Đoàn Việt Nam rời Manila rạng sáng 14/11 sau hội nghị.", "rạng sáng 14/11", date(2017, 11, 15), None,
     ("2017-11-14", "2017-11-14")),
    ("Đoàn đến Hà Nội tối 2/6, ngay sau chuyến thăm Lào.", "tối 2/6", date(2017, 6, 5), None, ("2017-06-02", "2017-06-02")),
    ("Thủ tướng tiếp Đại sứ Nhật Bản vào chiều 13-6 tại Phủ Chủ tịch.", "chiều 13-6", date(2017, 6, 14), None,
     ("2017-06-13", "2017-06-13")),
    ("Hội đàm diễn ra hôm 4/6 tại Singapore.", "hôm 4/6", date(2017, 6, 6), None, ("2017-06-04", "2017-06-04")),
    ("Chiều hôm qua (15/1), Bộ trưởng đã trả lời báo chí.", "Chiều hôm qua (15/1)", JAN16_2020, None,
     ("2020-01-15", "2020-01-15")),
    # "tới" / "vừa qua" move the year; default_year and no anchor
    ("Hội nghị sẽ khai mạc vào ngày 20/5 tới tại Nay Pyi Taw.", "ngày 20/5 tới", JUN10_2019, None,
     ("2020-05-20", "2020-05-20")),
    ("Hội nghị đã bế mạc ngày 20/11 vừa qua tại Singapore.", "ngày 20/11 vừa qua", JUN10_2019, None,
     ("2018-11-20", "2018-11-20")),
    ("Hội nghị Cấp cao tại Băng Cốc hồi tháng 6 vừa qua đã thông qua tuyên bố.", "hồi tháng 6 vừa qua", date(2019, 11, 2),
     None, ("2019-06", "2019-06")),
    ("Hội nghị Cấp cao tại Băng Cốc hồi tháng 6 vừa qua đã thông qua tuyên bố.", "hồi tháng 6 vừa qua", date(2020, 3, 1),
     None, ("2019-06", "2019-06")),
    ("Hội nghị sẽ được tổ chức vào tháng 1 tới tại Hà Nội.", "tháng 1 tới", date(2019, 11, 20), None, ("2020-01", "2020-01")),
    ("Hội nghị diễn ra ngày 8/8 tại Băng Cốc.", "ngày 8/8", None, 2017, ("2017-08-08", "2017-08-08")),
    ("Hội nghị diễn ra ngày 8/8 tại Băng Cốc.", "ngày 8/8", JAN16_2020, 2017, ("2017-08-08", "2017-08-08")),
    ("Hội nghị diễn ra ngày 8/8 tại Băng Cốc.", "ngày 8/8", None, None, ("--08-08", "--08-08")),
    ("Đoàn sẽ sang thăm vào tháng 9 để dự hội chợ.", "tháng 9", None, None, ("--09", "--09")),
    ("Diễn đàn diễn ra từ ngày 15-16/10 ở Singapore.", "từ ngày 15-16/10", None, None, ("--10-15", "--10-16")),
    # deictic words need the anchor
    ("Hôm nay, các bộ trưởng thảo luận về an ninh hàng hải.", "Hôm nay", JAN16_2020, None, ("2020-01-16", "2020-01-16")),
    ("Phiên bế mạc sẽ diễn ra ngày mai tại Trung tâm Hội nghị Quốc gia.", "ngày mai", JAN16_2020, None,
     ("2020-01-17", "2020-01-17")),
    ("Bộ trưởng đã điện đàm với người đồng cấp hôm qua.", "hôm qua", JAN16_2020, None, ("2020-01-15", "2020-01-15")),
    ("Hai bên đã gặp nhau tháng trước tại Tokyo.", "tháng trước", JAN16_2020, None, ("2019-12", "2019-12")),
    ("Hiệp định dự kiến được ký cuối năm nay.", "cuối năm nay", JAN16_2020, None, ("2020", "2020")),
    ("Kim ngạch thương mại năm ngoái tăng mạnh.", "năm ngoái", JAN16_2020, None, ("2019", "2019")),
    ("Hội nghị sẽ do Brunei chủ trì năm tới.", "năm tới", JAN16_2020, None, ("2021", "2021")),
    ("Đoàn sẽ lên đường vào tuần tới.", "tuần tới", JAN16_2020, None, ("2020-01-20", "2020-01-26")),
    ("Bộ trưởng đã có cuộc gặp với đối tác tuần trước.", "tuần trước", JAN16_2020, None, ("2020-01-06", "2020-01-12")),
    ("Diễn đàn sẽ được tổ chức vào thứ Hai tuần tới tại Hà Nội.", "thứ Hai tuần tới", JAN16_2020, None,
     ("2020-01-20", "2020-01-20")),
    ("Hội nghị sẽ diễn ra vào thứ Sáu tới tại Jakarta.", "thứ Sáu tới", JAN16_2020, None, ("2020-01-17", "2020-01-17")),
    ("Thỏa thuận được ký thứ Sáu vừa qua tại Jakarta.", "thứ Sáu vừa qua", JAN16_2020, None, ("2020-01-10", "2020-01-10")),
    ("Hiệp định dự kiến được ký cuối năm nay.", "cuối năm nay", None, None, (None, None)),
    ("Bộ trưởng đã điện đàm với người đồng cấp hôm qua.", "hôm qua", None, None, (None, None)),
    # a month and year alone in brackets after an event
    ("Quan hệ khởi sắc sau chuyến thăm Lào của Chủ tịch nước (02/2019).", "02/2019", None, None,
     ("2019-02", "2019-02")),
]


@pytest.mark.parametrize(("sentence", "expression", "anchor", "default_year", "expected"), RESOLVED)
def test_expression_is_found_and_resolved(sentence, expression, anchor, default_year, expected):
    mentions = find_dates(sentence)
    assert [m.text for m in mentions] == [expression]
    m = mentions[0]
    assert sentence[m.start:m.end] == m.text
    assert resolve(m, anchor, default_year=default_year) == expected


NOT_DATES = [
    "Đội tuyển Việt Nam thắng Thái Lan với tỷ số 2-1.",
    "Họ dẫn trước 2-1 sau hiệp một.",
    "Khoảng 3/4 số thành viên tán thành đề xuất.",
    "Tỷ lệ ủng hộ đạt 2/3 dân số cả nước.",
    "Ứng dụng đã được nâng cấp lên phiên bản 2.1.3 vào cuối tuần.",
    "Giá xăng tăng từ 5-10% so với cùng kỳ.",
    "Vị trí này yêu cầu từ 3-5 năm kinh nghiệm.",
    "Liên hệ đường dây nóng 0912.345.678 hoặc 1900 1234 để được hỗ trợ.",
    "Dự án có tổng vốn 1,5 tỷ USD.",
    "Cuộc họp bắt đầu lúc 14:27 và kết thúc lúc 16:00.",
    "Đại dịch COVID-19 ảnh hưởng đến các nền kinh tế G20.",
    "Theo Nghị định 15/2020/NĐ-CP, mức phạt được nâng lên.",
    "Nghị quyết 19-2017/NQ-CP yêu cầu cải thiện môi trường kinh doanh.",
    "Đây là lần thứ 20 hội nghị được tổ chức, với 10 nước thành viên.",
    "Trong 5 năm tới, hai nước phấn đấu nâng kim ngạch lên 10 tỷ USD.",
    "Những năm trước, quan hệ hai nước gặp nhiều khó khăn.",
    "Nhóm công tác họp mỗi tháng hai lần.",
    "Việt Nam là nước thứ hai tới thăm chính thức quốc gia này.",
    "Giá thịt lợn dao động 17.000-18.000 đồng/kg.",
    "Các số đo của thí sinh là 84-64-89.",
    "Ngày nay, ASEAN có 10 thành viên.",
    "Dự án hỗ trợ 2000 người dân vùng lũ.",
    "Năm sau đó, tổ chức này mở rộng thêm hai thành viên.",
    "Hội nghị lần thứ 33 nhất trí với 4/5 đề xuất.",
    "Những tháng năm gian khó đã qua.",
    "Nghị quyết số 3/2017 quy định mức thuế mới.",
    "Đoàn dự Lễ kỷ niệm 79 năm Cách mạng Tháng Tám thành công.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence):
    assert find_dates(sentence) == []


def test_year_after_a_name_is_a_year_but_a_legal_number_is_not():
    text = "Tại APEC 2017, hai bên nhắc lại Nghị định 15/2020/NĐ-CP."
    assert [(m.text, m.first) for m in find_dates(text)] == [("2017", PartialDate(2017))]


@pytest.mark.parametrize(("sentence", "expression", "attribute", "value"), [
    ("Thứ Năm, 16/01/2020, đoàn đến Nha Trang.", "Thứ Năm, 16/01/2020", "weekday", 3),
    ("Chủ nhật 7/1, hàng nghìn người đổ về.", "Chủ nhật 7/1", "weekday", 6),
    ("Vào thứ 6 ngày 29/3/2024, đoàn lên đường.", "thứ 6 ngày 29/3/2024", "weekday", 4),
    ("Chiều 22/3, Thủ tướng tiếp đoàn.", "Chiều 22/3", "part_of_day", "chiều"),
    ("Trưa 11/5, Thủ tướng dự tiệc chiêu đãi.", "Trưa 11/5", "part_of_day", "trưa"),
    ("Sáng nay 16-1, phiên họp bắt đầu.", "Sáng nay 16-1", "part_of_day", "sáng"),
    ("Sáng nay 16-1, phiên họp bắt đầu.", "Sáng nay 16-1", "relative", "this"),
    ("Hội nghị diễn ra hồi tháng 4 vừa qua.", "hồi tháng 4 vừa qua", "relative", "past"),
    ("Hội nghị diễn ra tại Singapore từ 11-15/11 tới.", "từ 11-15/11 tới", "relative", "next"),
    ("Hội nghị sẽ được tổ chức cuối tháng Năm này.", "cuối tháng Năm này", "relative", "this"),
    ("Hội nghị sẽ được tổ chức cuối tháng Năm này.", "cuối tháng Năm này", "phase", "late"),
    ("Đoàn sẽ sang thăm Lào vào đầu tháng 12.", "đầu tháng 12", "phase", "early"),
    ("Kim ngạch thương mại năm ngoái tăng mạnh.", "năm ngoái", "relative", "last_year"),
    ("Hai bên đã gặp nhau tháng trước.", "tháng trước", "relative", "last_month"),
    ("Diễn đàn tổ chức vào thứ Hai tuần tới.", "thứ Hai tuần tới", "weekday", 0),
])
def test_context_words(sentence, expression, attribute, value):
    (m,) = [m for m in find_dates(sentence) if m.text == expression]
    assert getattr(m, attribute) == value


def test_range_parts_are_kept_unresolved():
    (m,) = find_dates("Hội nghị diễn ra từ ngày 17 đến 20 tháng 11 năm 2018.")
    assert m.is_range
    assert (m.first, m.last) == (PartialDate(2018, 11, 17), PartialDate(2018, 11, 20))


def test_day_before_range_end_is_a_range_only_when_ordered():
    # "20 - 15/11" would end before it starts: only the well-formed date is kept.
    assert [m.text for m in find_dates("Hội chợ diễn ra ngày 20 - ngày 15/11 tại Hà Nội.")] == ["ngày 15/11"]
    assert not any(m.is_range for m in find_dates("Hội chợ diễn ra ngày 20-15/11 tại Hà Nội."))


def test_comma_joins_only_consecutive_days():
    # "ngày 12, 13/11" is two days of one event; "30/4, 1/5" and "ngày 12, 20/11" are separate dates.
    assert [m.text for m in find_dates("Hội nghị họp các ngày 12, 13/11 tại Huế.")] == ["ngày 12, 13/11"]
    assert not any(m.is_range for m in find_dates("Nghỉ lễ ngày 30/4, 1/5 và các ngày 12, 20/11 tại Huế."))


def test_invalid_calendar_days_are_dropped():
    assert find_dates("Hội nghị diễn ra ngày 31/2/2020 và ngày 30/2.") == []


def test_many_dates_in_order_without_overlap():
    text = ("Ngày 5/1, Campuchia chủ trì SOM trực tuyến. Hội nghị hẹp diễn ra từ ngày 18-19/1/2022 tại Xiêm Riệp, "
            "sau đó Hội nghị Cấp cao dự kiến vào tháng 11 năm nay. Năm 2021, Brunei là Chủ tịch ASEAN.")
    mentions = find_dates(text)
    assert [m.text for m in mentions] == ["Ngày 5/1", "từ ngày 18-19/1/2022", "tháng 11 năm nay", "Năm 2021"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    anchor = date(2022, 1, 5)
    assert [resolve(m, anchor) for m in mentions] == [
        ("2022-01-05", "2022-01-05"), ("2022-01-18", "2022-01-19"), ("2022-11", "2022-11"), ("2021", "2021")]


def test_deictic_day_word_merges_into_the_date_after_it():
    (m,) = find_dates("Kết quả xổ số hôm nay thứ 6 ngày 29/3/2024 được cập nhật liên tục.")
    assert m.text == "hôm nay thứ 6 ngày 29/3/2024"
    assert (m.weekday, m.relative) == (4, "this")


def test_date_mention_is_hashable_and_frozen():
    (m,) = find_dates("Ngày 5/1/2020, đoàn lên đường.")
    assert isinstance(m, DateMention)
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]
    assert len({m, m}) == 1


PUBLISHED = [
    ("Tiêu đề bài viết\n\nThứ Năm, 16/01/2020, 14:27\n\nNội dung bài viết.", ("2020-01-16", "14:27")),
    ("Tiêu đề bài viết\n16/01/2020 14:27 GMT+7\nNội dung bài viết.", ("2020-01-16", "14:27")),
    ("Tiêu đề bài viết\nCập nhật: 10:15 ngày 5/3/2019\nNội dung bài viết.", ("2019-03-05", "10:15")),
    ("Tiêu đề bài viết\nNgày đăng: 05/03/2019\nNội dung bài viết.", ("2019-03-05", None)),
    ("Tiêu đề bài viết\nĐăng lúc 8h05 ngày 1/12/2018 (GMT+7)\nNội dung.", ("2018-12-01", "08:05")),
    ("Tiêu đề bài viết\nThứ hai, ngày 16 tháng 1 năm 2020\nNội dung.", ("2020-01-16", None)),
    ("Tiêu đề bài viết\n2020-01-16 09:30\nNội dung.", ("2020-01-16", "09:30")),
    # prose that holds a date is not a dateline
    ("Hội nghị ASEAN\n\nNgày 16/1/2020, các bộ trưởng đã họp tại Nha Trang và thông qua tuyên bố chung.",
     (None, None)),
    ("Lịch cúp điện An Giang hôm nay ngày 30/3/2024\nNội dung.", (None, None)),
    # no year: cannot be a publication date
    ("Tiêu đề bài viết\nThứ Năm, 16/1\nNội dung.", (None, None)),
    # too far from the top
    ("Tiêu đề\n" + "Một đoạn văn của bài viết.\n" * 20 + "16/01/2020 14:27\n", (None, None)),
    ("", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED)
def test_parse_published(text, expected):
    assert parse_published(text) == expected


@pytest.mark.shared
def test_corpus_spans_are_exact(shared_dir):
    files = corpus_files(shared_dir)
    assert files
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        mentions = find_dates(text)
        total += len(mentions)
        for m in mentions:
            assert text[m.start:m.end] == m.text, path.name
            resolve(m, date(2020, 1, 16))
            resolve(m, None)
        assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), path.name
    assert total > 0


# --- the opener scan finds what each atom pattern's own finditer finds ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from summitgraph.extract import dates as date_grammar  # noqa: E402

_DATE_PHRASES = st.sampled_from([
    "ngày 5", "Ngày 12/3", "NGÀY 1-2", "mùng 2 Tết", "mồng 10", "tháng 12", "Tháng Giêng", "tháng Một năm nay",
    "năm 2019", "năm ngoái", "quý IV/2020", "quý 3 năm tới", "tuần tới", "tuần này", "thứ Hai tuần sau",
    "Thứ 5 tới", "chủ nhật vừa qua", "sáng nay", "chiều tối qua", "rạng sáng mai", "hôm nay", "ngày hôm qua",
    "ngày mai", "2019-2020", "2019-05-31", "12/3/2019", "11-15/11", "3.2.2021", "5/1", "16-1", "2020",
    "số 12", "x", "đến", "và", "từ"])
_SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "\n", "-", "/", "", "x"])


@st.composite
def _date_texts(draw) -> str:
    phrases = draw(st.lists(_DATE_PHRASES, max_size=12))
    return "".join(phrase + draw(_SEPARATORS) for phrase in phrases)


@settings(max_examples=500, deadline=None)
@given(_date_texts())
def test_each_atom_pattern_is_matched_at_its_openers_exactly_as_its_finditer_matches(text):
    expected = [[m.span() for m in spec.pattern.finditer(text)] for spec in date_grammar._ATOM_PATTERNS]
    assert [[m.span() for m in found] for found in date_grammar._matches(text)] == expected
