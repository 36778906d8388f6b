"""The people reader, round 13: classes of phrasing probed with sentences written for these tests."""
from __future__ import annotations

import pytest

from written import people_by_name


# ------------------------------------------------------------------ a role set off by dashes, then the verb

@pytest.mark.parametrize("text, name, titles", [
    ('Ông Trần Văn Nam - Giám đốc Trung tâm Xúc tiến đầu tư miền Trung - phát biểu: "Chúng tôi đã sẵn sàng".',
     "Trần Văn Nam", ["Giám đốc Trung tâm Xúc tiến đầu tư miền Trung"]),
    ("Bà Lê Thị Hoa - Phó Giám đốc Ban quản lý khu kinh tế cửa khẩu - cho phóng viên biết: dự án sẽ xong "
     "trong năm nay.", "Lê Thị Hoa", ["Phó Giám đốc Ban quản lý khu kinh tế cửa khẩu"]),
])
def test_a_dash_before_the_verb_closes_the_role(text, name, titles):
    assert people_by_name(text)[name].titles == titles


def test_an_interviewers_label_after_the_role_is_not_part_of_it():
    text = "Ông Phạm Quang Huy - Cục trưởng Cục Đường thủy nội địa PV: Xin ông cho biết kế hoạch năm tới?"
    assert people_by_name(text)["Phạm Quang Huy"].titles == ["Cục trưởng Cục Đường thủy nội địa"]
