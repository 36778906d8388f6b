"""People's names: the same person written with or without diacritics, with honorifics ("ông", "Samdech
Techo", "Dato'"), or in another word order, reduces to one comparison form."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from summitgraph.text.normalize import fold

# Honorifics and forms of address that come before a name, folded; longest first so "samdech techo" is
# removed whole. Vietnamese ones are matched with their diacritics ("bà", not "ba": Ba is a given name).
_FOREIGN_HONORIFICS = tuple(sorted((
    "samdech akka moha sena padei techo", "samdech akka moha thamma pothisal", "samdech techo", "samdech",
    "techo", "dato seri paduka", "dato seri", "dato sri", "dato", "datuk seri", "datuk", "tan sri", "tun",
    "pehin", "dr", "mr", "mrs", "ms", "sir", "h e", "he", "ir", "haji", "hj", "excellency",
), key=len, reverse=True))
_VIETNAMESE_HONORIFICS = tuple(sorted((
    "ông", "bà", "ngài", "tiến sĩ", "ts", "pgs ts", "gs ts", "pgs", "gs", "thạc sĩ", "ths", "đồng chí", "đ/c",
    "phu nhân", "cố",
), key=len, reverse=True))

_SPLIT = re.compile(r"[\s,;]+")
_HYPHEN_IN_WORD = re.compile(r"(?<=\w)[-‐‑](?=\w)")
_NOT_NAME = re.compile(r"[^\w\s'’/]")


@dataclass(frozen=True)
class PersonName:
    written: str            # as written, honorifics removed, hyphens and initials' dots squashed: compared, keyed
    marked: str             # lower case with diacritics, words joined: tells "Năm" from "Nam"
    folded: str             # no diacritics, words sorted: the comparison form
    tokens: frozenset[str]  # folded words
    shown: str = ""         # as the article wrote it, honorifics removed: "A. Lu-ca-sen-cô", "Moon Jae-in"

    @property
    def has_marks(self) -> bool:
        """Whether the spelling carries Vietnamese diacritics (then it is a stronger identity than a bare one)."""
        return fold(self.written) != self.written.lower()


def _strip_prefix(words: list[str]) -> list[str]:
    """Drop leading honorifics, repeatedly ("Samdech Techo Hun Sen" -> "Hun Sen")."""
    changed = True
    while changed and len(words) > 1:
        changed = False
        lowered = " ".join(w.lower().strip(".'’") for w in words)
        folded = fold(lowered)
        for phrase in _VIETNAMESE_HONORIFICS:
            if lowered.startswith(phrase + " "):
                words = words[len(phrase.split()):]
                changed = True
                break
        else:
            for phrase in _FOREIGN_HONORIFICS:
                if folded.startswith(phrase + " "):
                    words = words[len(phrase.split()):]
                    changed = True
                    break
    return words


# An initial's dot glued to the next word ("A.Lu-ca-sen-cô") is followed by a space when shown.
_GLUED_INITIAL = re.compile(r"(?<![\w.])(\w)\.(?=\w)")
# What a shown name keeps besides letters: hyphens inside transliterations, initials' dots, apostrophes.
_NOT_SHOWN = re.compile(r"[^\w\s'’/.\-‐‑]")


def parse_name(name: str) -> PersonName:
    text = unicodedata.normalize("NFC", name).strip()
    shown_words = [w.strip("-‐‑") for w in _SPLIT.split(_NOT_SHOWN.sub(" ", _GLUED_INITIAL.sub(r"\1. ", text)))]
    shown = " ".join(_strip_prefix([w for w in shown_words if w.strip(".")]))
    text = _HYPHEN_IN_WORD.sub("", text)            # "Pu-tin" and "Putin" are one spelling
    text = _NOT_NAME.sub(" ", text)
    words = [w for w in _SPLIT.split(text) if w]
    words = _strip_prefix(words)
    written = " ".join(words)
    lowered = [w.lower().strip("'’") for w in words]
    folded_words = sorted(fold(w) for w in lowered if fold(w))
    return PersonName(written=written, marked=" ".join(sorted(lowered)), folded=" ".join(folded_words),
                      tokens=frozenset(folded_words), shown=shown or written)
