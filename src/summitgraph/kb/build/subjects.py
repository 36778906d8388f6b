"""What a meeting name is about and at which level: the test that keeps apart meetings of catch-all series.

Series such as ``other-multilateral`` or ``asean-sectoral`` hold many bodies (G20, APEC, tourism ministers,
air transport working groups), so two of their meetings on the same days are one meeting only if their
names are about the same body and at the same level (leaders, ministers, officials).
"""
from __future__ import annotations

import re
from functools import lru_cache

from summitgraph.text.normalize import fold

# Series whose meetings are of different bodies; the others name one body each.
CATCH_ALL_SERIES = frozenset({
    "other-multilateral", "asean-sectoral", "subregional", "apt-other", "eas-other", "arf-other",
    "asean-partner-other",
})

# A name that spells a body out stands for its short token (phrases folded: lower case, no diacritics, d for
# đ, punctuation as spaces). Without these, "Nhóm các nền kinh tế phát triển và mới nổi" would not meet "G20".
_ALIASES = """
g20	nhom cac nen kinh te phat trien va moi noi
g20	nhom cac nen kinh te lon
apec	dien dan hop tac kinh te chau a thai binh duong
apec	hop tac kinh te chau a thai binh duong
asem	hop tac a au
asem	a au
wef	dien dan kinh te the gioi
un	lien hop quoc
un	lhq
brf	vanh dai va con duong
clv	campuchia lao viet nam
clmv	campuchia lao myanmar va viet nam
clmv	campuchia lao myanmar viet nam
mekong	me kong
"""

# Phrases every meeting name uses, removed whole (removing their syllables one by one would also remove
# "chính" from "tài chính"); then single function words. What is left says what the meeting is about.
_GENERIC_PHRASES = tuple(sorted("""
hoi nghi|cap cao|thuong dinh|lan thu|ky hop|cuoc hop|cuoc gap|nha lanh dao|lanh dao|bo truong|ngoai truong|
quan chuc|cao cap|hiep hoi cac quoc gia dong nam a|quoc gia|khong chinh thuc|thuong nien|mo rong|dac biet|
dien dan|tuan le|nhom cong tac|the gioi|hang dau|tien trinh|khuon kho|cac nuoc|trong khuon kho
""".replace("\n", "").split("|"), key=len, reverse=True))
_GENERIC_WORDS = frozenset("cac va cua ve voi nam lan thu khoa trong som asean nuoc".split())

# Level words, most specific first: "quan chuc cap cao" (senior officials) holds "cap cao" (summit).
_LEVELS = (
    ("officials", ("quan chuc", "som", "sherpa", "nhom cong tac", "chuyen vien", "cap vien")),
    ("ministers", ("bo truong", "ngoai truong", "cap bo")),
    ("leaders", ("cap cao", "thuong dinh", "nguyen thu", "lanh dao")),
)

_NON_WORD = re.compile(r"[^a-z0-9]+")


def folded_words(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


@lru_cache(maxsize=1)
def _alias_table() -> tuple[tuple[str, str], ...]:
    rows = [line.split("\t") for line in _ALIASES.strip().splitlines()]
    return tuple((token, phrase) for token, phrase in rows)


@lru_cache(maxsize=4096)
def subject(name: str) -> frozenset[str]:
    """The distinctive words of a meeting name, with spelled-out bodies replaced by their tokens."""
    words = f" {folded_words(name)} "
    tokens: set[str] = set()
    for token, phrase in _alias_table():
        if f" {phrase} " in words:
            tokens.add(token)
            words = words.replace(f" {phrase} ", " ")
    for phrase in _GENERIC_PHRASES:
        words = words.replace(f" {phrase.strip()} ", " ")
    tokens.update(w for w in words.split() if w not in _GENERIC_WORDS and not w.isdigit())
    return frozenset(tokens)


@lru_cache(maxsize=4096)   # asked of the same names for every pair of mentions compared
def level(name: str) -> str | None:
    words = f" {folded_words(name)} "
    for found, cues in _LEVELS:
        if any(f" {cue} " in words for cue in cues):
            return found
    return None


def same_body(a: str, b: str) -> bool:
    """True unless the names show two different bodies or levels. Subjects must overlap on more than half of
    the shorter one ("tài chính" vs "chính trị" share one word of two: not enough); a name with no distinctive
    word ("Hội nghị cấp cao") is compatible with any."""
    level_a, level_b = level(a), level(b)
    if level_a and level_b and level_a != level_b:
        return False
    sa, sb = subject(a), subject(b)
    if not sa or not sb:
        return True
    return len(sa & sb) / min(len(sa), len(sb)) > 0.5
