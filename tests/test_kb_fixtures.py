"""Articles and readings written for the knowledge-base tests (no text from ../shared), and small builders.

Imported by the other test_kb_* modules; holds no tests itself.
"""
from __future__ import annotations

from typing import Any

from summitgraph.kb.types import UNKNOWN_CONFIDENCE, Mention
from summitgraph.model import (
    Article,
    ChairRecord,
    DocumentRecord,
    Evidence,
    MeetingRecord,
    OffsetMap,
    PersonRecord,
    Reading,
    Span,
)


def make_article(key: str, title: str, body: str, **meta: Any) -> Article:
    text = f"{title}\n\n{body}"
    return Article(id=key, source=f"bai-viet/{key}", text=text, original=text,
                   offsets=OffsetMap.identity(len(text)), title=title, **meta)


def evidence(article: Article, *phrases: str, confidence: float = 0.8) -> Evidence:
    spans = []
    for phrase in phrases:
        start = article.text.index(phrase)
        spans.append(Span(start, start + len(phrase)))
    return Evidence(spans=spans, extractor="viet-tay", version="test", confidence=confidence)


def mention(article: str, position: int = 0, *, published: str | None = None, group: str | None = None,
            confidence: float = UNKNOWN_CONFIDENCE, kind: str = "meeting", **record: Any) -> Mention:
    """A mention as an extractor would give it; unspecified meeting fields are null."""
    if kind == "meeting":
        base = {"series": None, "ordinal": None, "partner": None, "parties": None, "name": "", "start": None,
                "end": None, "city": None, "country": None, "format": None, "chair": None, "status": None,
                "prepares": None}
        base.update(record)
        record = base
    return Mention(kind=kind, article=article, position=position, record=record, confidence=confidence,
                   group=group or article, published=published)


# --- the 37th summit, told three times (one a wire copy) ------------------------------------------

SUMMIT_TITLE = "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37"
SUMMIT_BODY = (
    "Sáng 12/11/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc, Chủ tịch ASEAN 2020, chủ trì lễ khai mạc Hội nghị "
    "Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến. Dự lễ khai mạc có Thủ tướng Campuchia Samdech Techo "
    "Hun Sen và Tổng Thư ký ASEAN Lim Jock Hoi. Các nhà lãnh đạo dự kiến thông qua Tuyên bố Hà Nội về Tầm nhìn "
    "Cộng đồng ASEAN sau năm 2025. Năm 2020 là một năm đầy thử thách đối với toàn khối, khi dịch bệnh buộc "
    "nhiều hoạt động phải chuyển sang hình thức trực tuyến. Chủ đề năm Chủ tịch ASEAN 2020 của Việt Nam là "
    "Gắn kết và chủ động thích ứng.")


def summit_reading(key: str = "hncc37-a.txt", *, outlet: str = "Báo Thử A", url: str | None = "https://bao-a.vn/hncc37",
                   body: str = SUMMIT_BODY, published: str = "2020-11-12") -> Reading:
    article = make_article(key, SUMMIT_TITLE, body, published=published, outlet=outlet, url=url)
    return Reading(
        article=article,
        meetings=[MeetingRecord(
            series="asean-summit", name="Hội nghị Cấp cao ASEAN lần thứ 37", ordinal=37, start="2020-11-12",
            end="2020-11-12", city="Hanoi", country="VN", format="online", chair="VN", status="held",
            evidence=evidence(article, "Hội nghị Cấp cao ASEAN lần thứ 37", "Sáng 12/11/2020, tại Hà Nội",
                              confidence=0.9))],
        people=[
            PersonRecord(name="Nguyễn Xuân Phúc", titles=["Thủ tướng", "Chủ tịch ASEAN 2020"], country="VN",
                         evidence=evidence(article, "Nguyễn Xuân Phúc")),
            PersonRecord(name="Samdech Techo Hun Sen", titles=["Thủ tướng"], country="KH",
                         evidence=evidence(article, "Samdech Techo Hun Sen")),
            PersonRecord(name="Lim Jock Hoi", titles=["Tổng Thư ký ASEAN"], country="ASEAN",
                         evidence=evidence(article, "Lim Jock Hoi")),
        ],
        documents=[DocumentRecord(
            name="Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025", status="to_be_adopted",
            evidence=evidence(article, "Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025"))],
        chairmanships=[ChairRecord(country="VN", year=2020, theme="Gắn kết và chủ động thích ứng",
                                   evidence=evidence(article, "Chủ tịch ASEAN 2020"))],
        published=published,
    )


SECOND_TITLE = "Lãnh đạo ASEAN họp trực tuyến"
SECOND_BODY = (
    "Ngày 12/11, Hội nghị cấp cao ASEAN 37 đã khai mạc tại Đà Nẵng. Ông Nguyen Xuan Phuc nhấn mạnh ASEAN cần "
    "đoàn kết để vượt qua đại dịch. Thủ tướng Hun Sen đề nghị tăng cường hợp tác y tế trong khu vực.")


def second_summit_reading() -> Reading:
    """Another outlet: no diacritics on one name, no honorific on the other, a wrong city (Đà Nẵng)."""
    article = make_article("hncc37-b.txt", SECOND_TITLE, SECOND_BODY, published="2020-11-13", outlet="Báo Thử B")
    return Reading(
        article=article,
        meetings=[MeetingRecord(
            series="asean-summit", name="Hội nghị cấp cao ASEAN 37", ordinal=37, start="--11-12", end="--11-12",
            city="Da Nang", country="VN", status="held",
            evidence=evidence(article, "Hội nghị cấp cao ASEAN 37", "Ngày 12/11", confidence=0.7))],
        people=[
            PersonRecord(name="Ông Nguyen Xuan Phuc", titles=[], country="VN",
                         evidence=evidence(article, "Nguyen Xuan Phuc")),
            PersonRecord(name="Hun Sen", titles=["Thủ tướng"], country="KH", evidence=evidence(article, "Hun Sen")),
        ],
        published="2020-11-13",
    )


# --- SOM and AMM Retreat ------------------------------------------------------------------------

RETREAT_TITLE = "SOM ASEAN chuẩn bị cho Hội nghị hẹp Bộ trưởng Ngoại giao"
RETREAT_BODY = (
    "Ngày 15/1, tại Nha Trang, Thứ trưởng Ngoại giao Nguyễn Quốc Dũng, Trưởng SOM ASEAN Việt Nam, chủ trì cuộc "
    "họp các quan chức cao cấp ASEAN (SOM ASEAN). Cuộc họp nhằm chuẩn bị cho Hội nghị hẹp các Bộ trưởng Ngoại "
    "giao ASEAN diễn ra tại Nha Trang trong hai ngày 16-17/1/2020. Trưởng SOM Thái Lan Busadee Santipitaks "
    "cũng tham dự cuộc họp.")


def retreat_reading() -> Reading:
    article = make_article("som-2020.txt", RETREAT_TITLE, RETREAT_BODY, published="2020-01-15", outlet="Báo Thử C")
    return Reading(
        article=article,
        meetings=[
            MeetingRecord(series="asean-som", name="cuộc họp các quan chức cao cấp ASEAN (SOM ASEAN)",
                          start="--01-15", end="--01-15", city="Nha Trang", country="VN", status="held", prepares=1,
                          evidence=evidence(article, "cuộc họp các quan chức cao cấp ASEAN (SOM ASEAN)")),
            MeetingRecord(series="amm-retreat", name="Hội nghị hẹp các Bộ trưởng Ngoại giao ASEAN",
                          start="2020-01-16", end="2020-01-17", city="Nha Trang", country="VN", status="planned",
                          evidence=evidence(article, "Hội nghị hẹp các Bộ trưởng Ngoại giao ASEAN")),
        ],
        people=[
            PersonRecord(name="Nguyễn Quốc Dũng", titles=["Thứ trưởng Ngoại giao", "Trưởng SOM ASEAN"], country="VN",
                         evidence=evidence(article, "Nguyễn Quốc Dũng")),
            PersonRecord(name="Busadee Santipitaks", titles=["Trưởng SOM"], country="TH",
                         evidence=evidence(article, "Busadee Santipitaks")),
        ],
        published="2020-01-15",
    )


# --- bilateral talks, two outlets ----------------------------------------------------------------

TALKS_TITLE = "Hội đàm giữa Bộ trưởng Ngoại giao Việt Nam và Campuchia"
TALKS_BODY = (
    "Chiều 20/6/2022, tại Phnom Penh, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Phó Thủ tướng, Bộ trưởng "
    "Ngoại giao Campuchia Prak Sokhonn. Hai bên nhất trí thúc đẩy hợp tác kinh tế và thương mại.")
TALKS_TITLE_B = "Việt Nam và Campuchia thúc đẩy hợp tác"
TALKS_BODY_B = (
    "Ngày 20/6, Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Ngoại giao Campuchia Samdech Prak Sokhonn đã hội đàm tại "
    "thủ đô Phnom Penh. Hai bộ trưởng cũng bàn về công tác chuẩn bị cho các hội nghị ASEAN sắp tới.")


def talks_reading(body: str = TALKS_BODY) -> Reading:
    article = make_article("hoidam-a.txt", TALKS_TITLE, body, published="2022-06-20", outlet="Báo Thử A",
                           url="https://bao-a.vn/hoi-dam")
    return Reading(
        article=article,
        meetings=[MeetingRecord(series="bilateral-talks", name="hội đàm", parties=["KH", "VN"], start="2022-06-20",
                                end="2022-06-20", city="Phnom Penh", country="KH", status="held",
                                evidence=evidence(article, "hội đàm", "Chiều 20/6/2022, tại Phnom Penh"))],
        people=[
            PersonRecord(name="Bùi Thanh Sơn", titles=["Bộ trưởng Ngoại giao"], country="VN",
                         evidence=evidence(article, "Bùi Thanh Sơn")),
            PersonRecord(name="Prak Sokhonn", titles=["Phó Thủ tướng", "Bộ trưởng Ngoại giao"], country="KH",
                         evidence=evidence(article, "Prak Sokhonn")),
        ],
        published="2022-06-20",
    )


def talks_reading_b() -> Reading:
    article = make_article("hoidam-b.txt", TALKS_TITLE_B, TALKS_BODY_B, published="2022-06-21", outlet="Báo Thử B")
    return Reading(
        article=article,
        meetings=[MeetingRecord(series="bilateral-talks", name="hội đàm", parties=["VN", "KH"], start="--06-20",
                                end="--06-20", city="Phnom Penh", country="KH", status="held",
                                evidence=evidence(article, "hội đàm", "Ngày 20/6"))],
        people=[
            PersonRecord(name="Bùi Thanh Sơn", titles=["Bộ trưởng"], country="VN",
                         evidence=evidence(article, "Bùi Thanh Sơn")),
            PersonRecord(name="Samdech Prak Sokhonn", titles=["Bộ trưởng Ngoại giao"], country="KH",
                         evidence=evidence(article, "Samdech Prak Sokhonn")),
        ],
        published="2022-06-21",
    )


# --- the same man, two years later --------------------------------------------------------------

STATE_TITLE = "Chủ tịch nước Nguyễn Xuân Phúc tiếp Bộ trưởng Ngoại giao Campuchia"
STATE_BODY = (
    "Ngày 10/3/2022, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc tiếp Phó Thủ tướng, Bộ trưởng Ngoại giao "
    "Campuchia Prak Sokhonn đang ở thăm Việt Nam.")


def state_reading() -> Reading:
    article = make_article("tiep-2022.txt", STATE_TITLE, STATE_BODY, published="2022-03-10", outlet="Báo Thử C")
    return Reading(
        article=article,
        meetings=[MeetingRecord(series="bilateral-talks", name="tiếp", parties=["KH", "VN"], start="2022-03-10",
                                end="2022-03-10", city="Hanoi", country="VN", status="held",
                                evidence=evidence(article, "tiếp Phó Thủ tướng", "Ngày 10/3/2022"))],
        people=[
            PersonRecord(name="Nguyễn Xuân Phúc", titles=["Chủ tịch nước"], country="VN",
                         evidence=evidence(article, "Nguyễn Xuân Phúc")),
            PersonRecord(name="Prak Sokhonn", titles=["Phó Thủ tướng", "Bộ trưởng Ngoại giao"], country="KH",
                         evidence=evidence(article, "Prak Sokhonn")),
        ],
        published="2022-03-10",
    )


def all_readings() -> list[Reading]:
    """The test corpus: the 37th summit three times (one a wire copy of the first), the SOM before the 2020
    AMM Retreat, one set of talks in two outlets, and a reception two years after the summit."""
    wire_copy = summit_reading("hncc37-c.txt", outlet="Báo Thử D", url="https://bao-d.vn/hncc37",
                               body="(TTXVN) " + SUMMIT_BODY)
    return [summit_reading(), second_summit_reading(), wire_copy, retreat_reading(), talks_reading(),
            talks_reading_b(), state_reading()]
