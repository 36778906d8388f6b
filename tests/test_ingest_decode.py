"""summitgraph.ingest.decode / legacy: every encoding a Vietnamese news file turns up in comes back as Unicode."""
from __future__ import annotations

import codecs
import gzip

import pytest

from summitgraph.errors import EncodingError, InputError
from summitgraph.ingest.decode import binary_kind, decode_bytes, repair_mojibake
from summitgraph.ingest.legacy import (
    decode_tcvn3, decode_vni, encode_cp1258, encode_tcvn3, encode_vni, to_cp1252_bytes,
)

SENTENCE = ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 được tổ chức tại Đà Nẵng; "
            "người dân ủng hộ các nước thành viên.")
CAPITALS = "HỘI NGHỊ CẤP CAO ASEAN Ở VIỆT NAM. Ý KIẾN Ưu tiên, Ơn nghĩa, Đoàn kết"
MIXED = "Thủy sản, sức khỏe, quỹ, mỹ thuật, lý luận, tuyến đường, ỵ"


def as_cp1252_text(data: bytes) -> str:
    """What a Windows-1252 editor shows for ``data`` (undefined bytes as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def mojibake(text: str) -> str:
    return as_cp1252_text(text.encode("utf-8"))


@pytest.mark.parametrize("encode, name", [
    (lambda s: s.encode("utf-8"), "utf-8"),
    (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
    (lambda s: s.encode("utf-16"), "utf-16"),
    (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16"),
    (encode_cp1258, "cp1258"),
    (encode_vni, "vni"),
    (encode_tcvn3, "tcvn3"),
    (lambda s: mojibake(s).encode("utf-8"), "utf-8+mojibake-repair"),
    (lambda s: mojibake(mojibake(s)).encode("utf-8"), "utf-8+mojibake-repair"),
    (lambda s: as_cp1252_text(encode_vni(s)).encode("utf-8"), "utf-8+vni"),
    (lambda s: as_cp1252_text(encode_tcvn3(s)).encode("utf-8"), "utf-8+tcvn3"),
])
def test_round_trip(encode, name: str) -> None:
    decoded = decode_bytes(encode(SENTENCE), "bai-viet.txt")
    assert decoded.text == SENTENCE
    assert decoded.encoding == name


def test_vni_looks_like_its_windows_1252_rendering() -> None:
    assert as_cp1252_text(encode_vni("Hội nghị")) == "Hoäi nghò"
    assert decode_vni("Hoäi nghò".encode("cp1252")) == "Hội nghị"


def test_tcvn3_looks_like_its_windows_1252_rendering() -> None:
    assert as_cp1252_text(encode_tcvn3("Hội nghị Việt Nam")) == "Héi nghÞ ViÖt Nam"
    assert decode_tcvn3("Héi nghÞ ViÖt Nam".encode("cp1252")) == "Hội nghị Việt Nam"


@pytest.mark.parametrize("text", [SENTENCE, CAPITALS, MIXED])
def test_vni_and_cp1258_tables_round_trip_capitals_and_all_tones(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text
    assert codecs.decode(encode_cp1258(text), "cp1258") != text  # tones really are separate bytes
    assert decode_bytes(encode_cp1258(text + " " + SENTENCE), "x.txt").text == text + " " + SENTENCE


def test_tcvn3_reads_capitals_with_tones_as_lowercase() -> None:
    # TCVN3 has one code per toned vowel; capitals came from a separate font.
    assert decode_tcvn3(encode_tcvn3("Ủy ban")) == "ủy ban"
    assert decode_tcvn3(encode_tcvn3("Đà Nẵng")) == "Đà Nẵng"


def test_mojibake_repair_leaves_correct_text_alone() -> None:
    mixed = SENTENCE + " " + mojibake(SENTENCE)
    assert repair_mojibake(mixed) == SENTENCE + " " + SENTENCE
    assert repair_mojibake(SENTENCE) == SENTENCE
    assert decode_bytes("Há»™i nghá»‹ cáº¥p cao ASEAN Ä‘Æ°á»£c tá»• chá»©c".encode("utf-8"), "a.txt").text == \
        "Hội nghị cấp cao ASEAN được tổ chức"


def test_correct_utf8_is_not_reinterpreted() -> None:
    text = "Café «Sài Gòn» – giá 25.000 đồng; ông Müller nói: “Tôi thích phở”."
    assert decode_bytes(text.encode("utf-8"), "a.txt").text == text


def test_latin1_english_is_not_a_known_vietnamese_encoding() -> None:
    with pytest.raises(EncodingError) as info:
        decode_bytes("Déjà vu: the café served crème brûlée.".encode("latin-1"), "notes.txt")
    assert info.value.one_line() == ("notes.txt: not UTF-8 and not a known Vietnamese encoding "
                                     "(re-save the file as UTF-8)")


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 ...", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (gzip.compress("Hội nghị".encode()), "gzip"),
    (b"PK\x03\x04\x14\x00", "ZIP/Office"),
    (b"Hoi nghi\x00\x00\x01\x02", "contains NUL bytes"),
])
def test_binary_files_are_refused_by_name(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind
    with pytest.raises(InputError) as info:
        decode_bytes(data, "scan.txt")
    assert str(info.value) == f"scan.txt: binary file ({kind})"


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "empty.txt")
    assert str(info.value) == "empty.txt: empty file"


def test_cp1252_byte_view_of_text() -> None:
    assert to_cp1252_bytes("Há»™i") == "Hội".encode("utf-8")
    assert to_cp1252_bytes("Hội") is None  # "ộ" has no Windows-1252 byte


def test_overlong_utf8_shape_inside_mojibake_is_left_as_read():
    # "à" followed by two C1 controls reads, byte for byte, like an overlong UTF-8 sequence (E0 80 80).
    from summitgraph.ingest.decode import repair_mojibake

    assert repair_mojibake("à\x80\x80 Hà Nội") == "à\x80\x80 Hà Nội"
