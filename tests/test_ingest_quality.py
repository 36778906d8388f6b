"""summitgraph.ingest.quality: flags that lower trust, measured so ordinary articles stay unflagged."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.ingest import article_from_text, read_path
from summitgraph.ingest.lexicon import vietnamese_letter_share
from summitgraph.ingest.quality import (
    _CAPITAL_MONTH, _DOUBLED_ACRONYM, _ORDINAL_BEFORE_NOUN, _SPACE_BEFORE_PUNCTUATION, quality_report,
)

NORMAL = """Việt Nam và Philippines tăng cường hợp tác biển
Ngày 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Việt Nam và Bộ trưởng Ngoại giao Philippines đã đồng chủ trì kỳ họp lần thứ 10 Ủy ban hỗn hợp về hợp tác song phương.
Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực quốc phòng, an ninh, thương mại và nông nghiệp, đồng thời thúc đẩy trao đổi đoàn các cấp.
Về vấn đề Biển Đông, hai Bộ trưởng khẳng định tầm quan trọng của việc duy trì hòa bình, ổn định, an ninh và tự do hàng hải trong khu vực.
Hai bên cũng trao đổi về công tác chuẩn bị cho Hội nghị Cấp cao ASEAN sắp tới và cam kết phối hợp chặt chẽ tại các diễn đàn khu vực.
"""

MACHINE_TRANSLATED = """Hội nghị thượng đỉnh ASEAN 25: Đẩy mạnh kết nối
Theo lời mời của Tổng thống Myanmar, 25 Hội nghị thượng đỉnh ASEAN sẽ tổ chức ngày 12-ngày 13 Tháng 11 tại thủ đô Naypyidaw .
Hội nghị thượng đỉnh năm nay sẽ nỗ lực để thúc đẩy Cộng đồng ASEAN ASEAN và quá trình kết nối, duy trì đoàn kết ASEAN và vai trò trung tâm .
tình hình khu vực hiện nay là phức tạp, yêu cầu ASEAN đoàn kết chặt chẽ trong việc bảo đảm hòa bình, ổn định và phát triển của các khu vực lợi ích chung.
Đoàn Việt Nam sẽ tham gia vào hội nghị thượng đỉnh này với tinh thần tích cực, và các hội nghị thượng đỉnh liên quan của các nhà lãnh đạo.
Các nhà lãnh đạo dự kiến ký một tuyên bố tại hội nghị thượng đỉnh, và hội nghị thượng đỉnh Đông Á cũng được tổ chức trong dịp này.
"""

LEAD_PAGE = """Bộ trưởng Ngoại giao hai nước khẳng định quyết tâm đưa quan hệ đối tác chiến lược đi vào chiều sâu trong giai đoạn mới, vì lợi ích của nhân dân hai nước.
Thủ tướng Lào tiếp Đại sứ Việt Nam nhân dịp kết thúc nhiệm kỳ công tác, đánh giá cao những đóng góp cho quan hệ đặc biệt giữa hai nước.
Giá gạo xuất khẩu của Việt Nam tăng mạnh trong tháng qua do nhu cầu từ các thị trường châu Phi và Trung Đông tiếp tục ở mức cao kỷ lục.
Đội tuyển bóng đá nữ Việt Nam giành chiến thắng đậm trong trận ra quân tại giải vô địch Đông Nam Á diễn ra ở thành phố Hải Phòng tối qua.
Ngân hàng Nhà nước công bố giữ nguyên các mức lãi suất điều hành để hỗ trợ doanh nghiệp phục hồi sản xuất kinh doanh sau thời gian khó khăn.
Lễ hội hoa anh đào Nhật Bản được tổ chức tại Hà Nội với nhiều hoạt động giao lưu văn hóa, thu hút hàng nghìn người dân và du khách tham gia.
Cục Khí tượng dự báo một đợt không khí lạnh mạnh sẽ ảnh hưởng tới các tỉnh miền Bắc từ cuối tuần này, nhiệt độ có thể giảm sâu ở vùng núi cao.
Hội nghị Bộ trưởng Kinh tế ASEAN thống nhất đẩy nhanh việc nâng cấp Hiệp định Thương mại hàng hóa ASEAN trong năm nay theo lộ trình đã đề ra.
Nhiều trường đại học công bố phương án tuyển sinh mới, trong đó tăng chỉ tiêu xét tuyển bằng kết quả kỳ thi đánh giá năng lực của các đại học lớn.
Các nhà khoa học phát hiện một loài ếch mới tại vườn quốc gia ở miền Trung, nâng tổng số loài lưỡng cư được ghi nhận tại khu vực này lên hơn tám mươi.
"""


def flags(text: str) -> dict[str, str]:
    return {f.name: f.reason for f in quality_report(article_from_text(text, "x.txt"))}


def test_ordinary_article_has_no_flags() -> None:
    assert flags(NORMAL) == {}


def test_too_short() -> None:
    found = flags("Tin vắn\nHội nghị SOM ASEAN khai mạc tại Jakarta sáng nay.")
    assert "too_short" in found and "< 300" in found["too_short"]


def test_not_vietnamese() -> None:
    english = "ASEAN leaders meet\n" + "The leaders of the Association of Southeast Asian Nations met in Jakarta " \
              "on Tuesday to discuss regional cooperation, trade and the situation in Myanmar. " * 4
    assert "not_vietnamese" in flags(english)
    assert "not_vietnamese" not in flags(NORMAL)


def test_garbled() -> None:
    found = flags(NORMAL.replace("hợp tác", "h\ufffdp t\ufffdc"))
    assert "garbled" in found
    leftover = NORMAL + "Há»™i nghá»‹ cáº¥p cao sẽ diễn ra vào tháng tới tại thủ đô Jakarta của Indonesia.\n"
    assert "garbled" in flags(leftover)


def test_machine_translated() -> None:
    found = flags(MACHINE_TRANSLATED)
    assert set(found) == {"machine_translated"}
    assert "space before punctuation" in found["machine_translated"]
    assert "machine_translated" not in flags(NORMAL)


def test_lead_sentences() -> None:
    found = flags(LEAD_PAGE)
    assert set(found) == {"lead_sentences"}
    assert "the title line is a sentence" in found["lead_sentences"]


def test_flags_never_drop_the_article() -> None:
    article = article_from_text(MACHINE_TRANSLATED, "mt.txt")
    assert article.quality == ["machine_translated"]
    assert "Naypyidaw" in article.text


def test_seeds_are_flagged_and_few_others(shared_dir: Path) -> None:
    flagged: dict[str, list[str]] = {}
    total = 0
    for folder in ("dev", "train"):
        for article in read_path(shared_dir / "corpus" / folder):
            total += 1
            if article.quality:
                flagged[article.id] = article.quality
    assert flagged.get("000_d5da1811fefd442d.txt") == ["machine_translated"]
    assert flagged.get("001_3f2a9a5be9877268.txt") == ["lead_sentences"]
    assert len(flagged) <= max(2, total // 50)  # at most 2% of ordinary news flagged


# Each telltale pattern is written to start at its fixed words; it must find a match exactly when the
# plain form it stands for does.
PLAIN_TELLTALES = [
    (_SPACE_BEFORE_PUNCTUATION, r"\w [.,;:](?=\s|$)"),
    (_DOUBLED_ACRONYM, r"\b([A-Z]{2,})\s+\1\b"),
    (_ORDINAL_BEFORE_NOUN, r"(?<![\w/.,-])\d{1,2} (?:Hội nghị|hội nghị)"),
    (_CAPITAL_MONTH, r"\d Tháng \d"),
]
TELLTALE_PIECES = ["Hội nghị", "hội nghị", "Hội", "nghị", "Tháng", "ASEAN", "AS", "EAN", "A", "B", "Ba", "a",
                   "1", "21", "9", " ", "  ", "\n", ".", ",", ";", ":", "/", "-", "_", "é", "(", "0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TELLTALE_PIECES), max_size=12).map("".join))
def test_telltale_patterns_match_where_their_plain_forms_do(text: str) -> None:
    for fast, plain in PLAIN_TELLTALES:
        assert bool(fast.search(text)) == bool(re.search(plain, text)), (plain, text)


@pytest.mark.parametrize("text", [
    "Hội nghị ASEAN ASEAN lần 21 Hội nghị vào 20 Tháng 11 .", "x21 Hội nghị, 2/3 Tháng 5, AASEAN ASEAN, kết thúc :",
    "các 21 hội nghị", "các 7 hội nghị", "mã 123 Hội nghị", "số 1,21 Hội nghị", "số 1.2 Hội nghị", "số 3.21 hội nghị", "x-5 Hội nghị", "năm a Tháng 5", "tên ASEANS ASEAN",
    "SOM  SOM", "ASEAN\nASEAN.", "kết thúc ;", "kết thúc .x", "kết thúc - .", "kết thúc\n.",
])
def test_telltale_patterns_on_sentences(text: str) -> None:
    for fast, plain in PLAIN_TELLTALES:
        assert bool(fast.search(text)) == bool(re.search(plain, text)), plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aăđêơưạỹẠÀ Ab_1²½Ⅻ\u0301.,\nİß日", max_size=40))
def test_letter_share_counts_letters_from_tokens_as_one_by_one(text: str) -> None:
    letters = sum(ch.isalpha() for ch in text)
    vietnamese = sum(ch in "ăđêơưạỹẠ" for ch in text)  # capital À is not among the Vietnamese-only letters
    assert vietnamese_letter_share(text) == (vietnamese / letters if letters else 0.0)
