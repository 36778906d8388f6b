"""One sound key for a foreign name's Vietnamese transliteration and its original spelling.

Vietnamese news writes foreign names either in the original ("Bounnhang Volachith", "Angela Merkel") or
transliterated by sound ("Bun-nhăng Vô-la-chít", "A. Méc-ken"). Folded (no diacritics, no hyphens) the two
still differ in ways the transliteration is regular about: "ou" is "u", a final "th" is "t", "ck" and "c"
are "k", an "r" before a consonant is not written, a final "l" becomes "n", doubled letters are one. The key
makes those equal; two names match when every word's key is equal or one word is the other's initial.
"""
from __future__ import annotations

import re

from summitgraph.text.normalize import fold

# Applied in order to a folded word (letters only).
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"ou", "u"), (r"ph", "f"), (r"th", "t"), (r"ch", "k"), (r"ck", "k"), (r"c", "k"), (r"q", "k"),
    (r"y", "i"), (r"w", "u"), (r"z", "d"), (r"r(?=[^aeiou])", ""), (r"l$", "n"), (r"(.)\1+", r"\1"),
    (r"(?<=[^aeiou])h", ""),
))
# A key shorter than this says too little to join two people on.
MIN_KEY = 4


def sound_key(word: str) -> str:
    key = re.sub(r"[^a-z]", "", fold(word))
    for pattern, repl in _RULES:
        key = pattern.sub(repl, key)
    return key


def same_name(words_a: list[str], words_b: list[str]) -> bool:
    """The same name once transliterated: as many words, the last (the family name of a Western-order name)
    with one key of MIN_KEY letters or more, each other word the same key or the other's initial."""
    if len(words_a) != len(words_b) or not words_a:
        return False
    last_a, last_b = sound_key(words_a[-1]), sound_key(words_b[-1])
    if len(last_a) < MIN_KEY or last_a != last_b:
        return False
    for a, b in zip(words_a[:-1], words_b[:-1]):
        ka, kb = sound_key(a), sound_key(b)
        if ka == kb:
            continue
        if len(ka) == 1 and kb.startswith(ka) or len(kb) == 1 and ka.startswith(kb):
            continue
        return False
    return True
