"""WordStart finds exactly what ``\\b`` + the same pattern finds, with and without a window."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.text.scan import WordStart

BODY = r"(?:tham chinh thuc|tham|hoi dam|gap(?: rieng)?)\b"


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_a_phrase_inside_a_word_is_passed_over_and_the_next_one_found():
    text = "xtham Lao, roi tham chinh thuc Thai Lan va hoi dam; khong gap_rieng, gap rieng"
    found = spans(WordStart(BODY).finditer(text))
    assert [text[a:b] for a, b in found] == ["tham chinh thuc", "hoi dam", "gap rieng"]
    assert found == spans(re.compile(r"\b" + BODY).finditer(text))


def test_a_window_sees_the_character_before_it_as_the_boundary_does():
    text = "xtham tham"
    assert spans(WordStart(BODY).finditer(text, 1, 10)) == spans(re.compile(r"\b" + BODY).finditer(text, 1, 10)) \
        == [(6, 10)]


_PIECES = st.sampled_from(["tham", "chinh", "thuc", "hoi", "dam", "gap", "rieng", "x", "_", " ", ",", "đ", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_it_equals_a_leading_word_boundary(text, pos, endpos):
    assert spans(WordStart(BODY).finditer(text, pos, endpos)) == \
        spans(re.compile(r"\b" + BODY).finditer(text, pos, endpos))
