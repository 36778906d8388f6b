"""The trie-shaped alternation matches exactly what a longest-first alternation of the same phrases matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summitgraph.text.alternation import phrase_alternation


def longest_first(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    bounded = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
    return [m.span() for m in bounded.finditer(text)]


def test_the_longest_phrase_wins_and_a_shorter_one_is_kept_where_the_longer_one_does_not_fit():
    phrases = ["Đức", "Cộng hòa Liên bang Đức", "Cộng hòa Séc", "Séc", "Liên bang Nga"]
    pattern = re.compile(phrase_alternation(phrases))
    text = "Đoàn Cộng hòa Liên bang Đức gặp Cộng hòa Séc, rồi Cộng hòa Liên bang Nga và Đức."
    assert [m.group() for m in pattern.finditer(text)] == [
        "Cộng hòa Liên bang Đức", "Cộng hòa Séc", "Liên bang Nga", "Đức"]


def test_a_word_boundary_after_the_phrase_makes_it_fall_back_to_a_shorter_phrase():
    phrases = ["Hà", "Hà Nội", "Hà Nội mới"]
    assert spans(phrase_alternation(phrases), "Hà Nội mớiz ở Hà") == [(0, 6), (14, 16)]


def test_special_characters_are_literal_and_no_phrase_matches_nothing():
    assert re.fullmatch(phrase_alternation(["A.B (C)", "1+1"]), "A.B (C)")
    assert not re.search(phrase_alternation(["A.B"]), "AxB")
    assert not re.search(phrase_alternation([]), "anything at all")
    assert not re.search(phrase_alternation([""]), "anything at all")


_WORDS = st.sampled_from(["Việt", "Nam", "Hà", "Nội", "Lào", "Cộng", "hòa", "Séc", "Đức", "ASEAN", "+3"])
_PHRASES = st.lists(st.lists(_WORDS, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_PHRASES, st.lists(_WORDS, max_size=30).map(" ".join))
def test_it_matches_what_a_longest_first_alternation_matches(phrases, text):
    assert spans(phrase_alternation(phrases), text) == spans(longest_first(phrases), text)
