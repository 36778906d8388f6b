"""How Vietnamese a piece of text looks: shares of common syllables and Vietnamese letters.

Used to pick between candidate decodings (a wrong code page yields no common syllables) and
by the quality flags. The syllable list is ordinary Vietnamese vocabulary (function words and
the most frequent words of news prose), written out by hand.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

COMMON_SYLLABLES = frozenset("""
của và các là có được trong cho với đã này những một người không năm ngày tại về để khi đến
từ cũng theo như sẽ đó ra vào nhiều hai bộ trưởng thủ tướng chính phủ quốc gia quan hệ hợp
tác phát triển kinh tế đối ngoại giao thông tin cao cấp chủ tịch đoàn đại biểu lần thứ tháng
tổ chức tham dự diễn khu vực thế giới an ninh hòa bình ổn định đẩy mạnh tăng cường cùng nhau
đây sự việc nhằm thúc bên lãnh đạo đề nghị nhất trí khẳng nhấn cho biết thời gian qua tiếp
tục mới lớn vấn quan trọng chung ý kiến trao đổi văn kiện tuyên bố ký kết hiệp thỏa thuận
thương mại đầu tư du lịch giáo dục hóa xã hội y biển đông nhân dân nhà đất thành phố hà nội
sau trước trên dưới giữa ngoài cả đều rất hơn nhưng mà thì vì nên nếu hay hoặc còn đang vừa
sắp chỉ mỗi ít số lượng tỷ đồng triệu phần trăm ông bà anh chị cuộc họp phiên đón chào mừng
thăm chuyến chương trình kế hoạch dự án chiến lược toàn diện đối truyền thống hữu nghị đặc
biệt việt nam trung hàn nhật bản lào mỹ ấn độ nga pháp đức thái lan cộng điều phối ủy ban
thư ký tổng viên trò tâm hướng động lực tiến nâng sâu rộng hiệu quả thực hiện triển khai
xây dựng bảo đảm duy trì hỗ trợ đóng góp cam khuyến khích ủng hoan nghênh đánh giá trọng
nhận thấy bày tỏ mong muốn sẵn sàng đề xuất thông qua chuẩn bị trù kỳ nhiệm luân nước quốc
gia các vùng địa phương tỉnh huyện sáng chiều tối hôm nay qua tới sớm lâu dài ngắn hạn
""".split())

_WORD = re.compile(r"[^\W\d_]+")
_VIET_ONLY = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạ-ỹẠ-Ỹàáãèéìíòóõùúýỳỷỹỵ]")


@dataclass(frozen=True)
class LexiconStats:
    words: int              # alphabetic tokens
    accented: int           # tokens with a letter outside ASCII
    known_accented: int     # accented tokens that are common Vietnamese syllables
    known: int              # tokens (accented or not) that are common Vietnamese syllables
    letters: int            # alphabetic characters (every one stands in a token)

    @property
    def accented_known_share(self) -> float:
        """Of the accented tokens, how many are ordinary Vietnamese syllables (wrong decodings: ~0)."""
        return self.known_accented / self.accented if self.accented else 0.0

    @property
    def known_share(self) -> float:
        return self.known / self.words if self.words else 0.0


def lexicon_stats(text: str) -> LexiconStats:
    """Counts over the distinct tokens, each weighed by how often it occurs: news repeats its
    syllables, so each is looked up once rather than at every occurrence."""
    words = accented = known_accented = known = letters = 0
    for token, count in Counter(_WORD.findall(text)).items():
        words += count
        letters += count * (len(token) if token.isalpha() else sum(ch.isalpha() for ch in token))
        is_known = token.lower() in COMMON_SYLLABLES
        known += is_known * count
        if not token.isascii():
            accented += count
            known_accented += is_known * count
    return LexiconStats(words, accented, known_accented, known, letters)


def vietnamese_score(text: str) -> float:
    """0..1: how much ``text`` reads as correctly decoded Vietnamese. Needs accented syllables
    that are real words; plain ASCII or garbled letters score 0."""
    stats = lexicon_stats(text)
    if stats.known_accented < 2:
        return 0.0
    return stats.accented_known_share


def vietnamese_letter_share(text: str, stats: LexiconStats | None = None) -> float:
    """Share of letters that only Vietnamese uses (ă, ơ, ư, đ, tones on vowels...). ``stats`` of the
    same text, when the caller has them, hold its letter count already."""
    letters = (stats if stats is not None else lexicon_stats(text)).letters
    return len(_VIET_ONLY.findall(text)) / letters if letters else 0.0
