"""A regular-expression alternation of many literal phrases, written as a trie.

Python's ``re`` tries the branches of ``a|b|c|...`` one after another at every position of the text; with
hundreds of country spellings or document names that is most of the cost of a scan. Sharing prefixes
("Cộng hòa (Liên bang Đức|Séc|...)") lets each position fail on its first character. Greedy optional tails
try the longest phrase first and fall back to shorter ones, so matches are the same as a longest-first
alternation's ("Cộng hòa Liên bang Đức" before "Đức").
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""   # marks a node where a phrase ends (no phrase character is the empty string)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A pattern (no group of its own captures) matching any of ``phrases``, longest first."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _emit(trie) if trie else "(?!)"   # no phrase: a pattern that matches nothing


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
