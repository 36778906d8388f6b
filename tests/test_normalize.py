"""summitgraph.text.normalize: one spelling per word, with a map back to the input."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.text.normalize import (
    _OLD_TONE, _OLD_TONE_FROM_THE_TONE, SPACE_LIKE, ZERO_WIDTH, _clean_characters, fold, fold_keep_length, normalize, normalize_with_map,
)


@pytest.mark.parametrize("raw, expected", [
    ("hoà bình", "hòa bình"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("thuỷ sản", "thủy sản"),
    ("sức khoẻ", "sức khỏe"),
    ("hoá chất", "hóa chất"),
    ("tuỳ theo", "tùy theo"),
    ("Uỷ ban", "Ủy ban"),
    ("KHOẺ MẠNH", "KHỎE MẠNH"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("xoè", "xòe"),
    ("oà khóc", "òa khóc"),
    ("hoạ sĩ", "họa sĩ"),
])
def test_tone_moves_to_first_vowel_of_open_oa_oe_uy(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("word", ["hoàn thành", "toán học", "quý", "quỳnh", "Huỳnh", "tuyết", "khoảng", "ngoài",
                                  "hòa", "thủy", "khuya", "quà"])
def test_tone_stays_where_both_styles_agree(word: str) -> None:
    assert normalize(word) == word


def test_combining_marks_are_composed_and_mapped_to_their_letter() -> None:
    raw = "Ho\u0300i nghi\u0323"          # decomposed "Hòi nghị"
    text, index = normalize_with_map(raw)
    assert text == "Hòi nghị"
    assert text == unicodedata.normalize("NFC", raw)
    assert index == [0, 1, 3, 4, 5, 6, 7, 8]


def test_line_ends_spaces_and_invisible_characters() -> None:
    raw = "Hà\u00a0Nội\r\nĐà\u200bNẵng\rHuế\ufeff"
    text, index = normalize_with_map(raw)
    assert text == "Hà Nội\nĐàNẵng\nHuế"
    assert [raw[i] for i in index] == ["H", "à", "\u00a0", "N", "ộ", "i", "\r", "Đ", "à", "N", "ẵ", "n", "g",
                                       "\r", "H", "u", "ế"]


def test_fold_for_search() -> None:
    assert fold("  Hội nghị   Cấp cao\tĐà Nẵng ") == "hoi nghi cap cao da nang"
    assert fold("Hoà") == fold("Hòa") == "hoa"


def test_fold_keep_length_keeps_offsets() -> None:
    text = "Thủ tướng Đức Olaf Scholz thăm Đà Nẵng"
    folded = fold_keep_length(text)
    assert folded == "thu tuong duc olaf scholz tham da nang"
    start = text.index("Đà Nẵng")
    assert folded[start:start + 7] == "da nang"


VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệioòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐ"
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + " \n\r\t\u00a0\u200b\ufeff\u0300\u0301\u0303\u0309\u0323\u0302.,"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_map_points_at_the_input_character_each_output_character_came_from(raw: str) -> None:
    text, index = normalize_with_map(raw)
    assert len(index) == len(text)
    assert index == sorted(index) and len(set(index)) == len(index)
    for ch, i in zip(text, index):
        if unicodedata.combining(ch):
            continue  # a mark left over from a cluster NFC reordered: it points into that cluster
        assert base(ch) == base(raw[i]) or (ch == "\n" and raw[i] == "\r")
    assert normalize(text) == text  # idempotent


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_unicode_comes_out_nfc_and_mapped(raw: str) -> None:
    text, index = normalize_with_map(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert len(index) == len(text)
    assert all(0 <= i < len(raw) for i in index)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_fold_keep_length_is_one_to_one(raw: str) -> None:
    text = normalize(raw)
    assert len(fold_keep_length(text)) == len(text)


def base(ch: str) -> str:
    """The letter under its marks, lower case; spaces of any kind as a plain space."""
    if ch.isspace():
        return " "
    return unicodedata.normalize("NFKD", ch)[:1].lower() or ch


def walk_characters(text: str) -> tuple[str, list[int]]:
    """The line-end / space / invisible clean-up one character at a time: what the fast version must equal.
    A run of spaces, tabs and space-likes side by side in the input is one space, at the run's first."""
    chars: list[str] = []
    index: list[int] = []
    after_cr = False
    spacing = lambda ch: ch in SPACE_LIKE or ch in " \t"  # noqa: E731
    for i, ch in enumerate(text):
        if after_cr and ch == "\n":
            after_cr = False
            continue
        after_cr = ch == "\r"
        if ch in ZERO_WIDTH or (spacing(ch) and i > 0 and spacing(text[i - 1])):
            continue
        chars.append("\n" if ch == "\r" else " " if spacing(ch) else ch)
        index.append(i)
    return "".join(chars), index


CLEANUP_ALPHABET = "ab\u00e0  \t\n\r\r\n" + "".join(ZERO_WIDTH) + "".join(SPACE_LIKE)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CLEANUP_ALPHABET, max_size=40))
def test_cleanup_visits_only_what_changes_yet_equals_the_character_walk(raw: str) -> None:
    assert _clean_characters(raw) == walk_characters(raw)


def fold_by_definition(text: str) -> str:
    """fold as its doc says, step by step on the whole text: what the one-pass table must equal.
    (Of the marks in FOLD_ALPHABET, fold deletes those of U+0300-U+036F and keeps the others.)"""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    folded = "".join("d" if ch in "đĐ" else (ch.lower() if len(ch.lower()) == 1 else ch) for ch in stripped)
    return re.sub(r"\s+", " ", folded).strip()


# Kana voicing marks and the Devanagari nukta are marks fold keeps, and NFD reorders them.
FOLD_ALPHABET = ALPHABET + "\u3099\u309a\u304b\u30ab\u093c\u0915\u0300\u0345İẞ\u2000\u3000\u00adçñ"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=FOLD_ALPHABET, max_size=40))
def test_fold_in_one_pass_equals_fold_by_definition(raw: str) -> None:
    assert fold(raw) == fold_by_definition(raw)


TONE_PAIR_ALPHABET = "oOuUqQaynh àáạèẻỳýỷỵỲÀẸ\u0300\u0301\u0309\u03231_.ăơ"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=TONE_PAIR_ALPHABET, max_size=12))
def test_old_tone_pairs_found_from_the_tone_where_found_from_the_vowel(raw: str) -> None:
    assert bool(_OLD_TONE_FROM_THE_TONE.search(raw)) == bool(_OLD_TONE.search(raw))
