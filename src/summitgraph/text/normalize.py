"""Vietnamese text normalisation with a map back to the input, and diacritic folding.

``normalize`` gives one canonical spelling of the same words: NFC, one tone placement
("hoà" -> "hòa", "thuỷ" -> "thủy"), "Đ" for its look-alikes ("Ð"), LF line ends, plain single spaces,
no zero-width characters.
``normalize_with_map`` also says, for every output character, which input character it came
from, so spans found in normalised text can be shown in the original.

``fold`` / ``fold_keep_length`` strip diacritics for matching; the second keeps one output
character per input character so offsets into the folded text are offsets into the input.
"""
from __future__ import annotations

import re
import unicodedata

# Invisible characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Space-like characters that should read as an ordinary space.
SPACE_LIKE = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot below

_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
              "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")

# An open syllable ending in oa / oe / uy with the tone on the second vowel ("hoà", "thuỷ").
# The pair must end the word (a final consonant keeps the tone where it is: "hoàn", "tuyết";
# a combining mark after it belongs to the same letter),
# must not follow another vowel, and "uy" after "q" is "qu" + "y" ("quý" is already right).
_TONED_A_E = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_OPEN_END = r"(?![^\W\d_]|[\u0300-\u036f])"
_OLD_TONE = re.compile(f"([oO][{_TONED_A_E}]|[uU][{_TONED_Y}]){_OPEN_END}")
# The same pairs found from their toned vowel, the rarer letter: the engine skips from one toned a/e/y to
# the next instead of stopping at every o and u. Most text has no old-style pair, and this says so quickly.
_OLD_TONE_FROM_THE_TONE = re.compile(f"[{_TONED_A_E}{_TONED_Y}](?:(?<=[oO][{_TONED_A_E}])|(?<=[uU][{_TONED_Y}])){_OPEN_END}")


def normalize(text: str) -> str:
    """One canonical form of ``text`` (see the module doc)."""
    return normalize_with_map(text)[0]


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index of the input character it
    comes from. Where NFC merges a letter and its combining marks, the merged character points
    at the letter; a moved tone keeps both vowels at their own positions."""
    cleaned, index = _clean_characters(text)
    cleaned, index = _compose(cleaned, index)
    return _move_tones(_vietnamese_d(cleaned)), index


# Letters old pages and converted fonts type for "Đ"/"đ" (the Icelandic eth, the African D): the same letter
# to a reader, another one to every rule ("Ấn Ðộ", "Ðông Á"). Each is one character, so offsets carry over.
_LOOKALIKE_D = {0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ"}
_HAS_LOOKALIKE_D = re.compile("[" + "".join(map(chr, _LOOKALIKE_D)) + "]")


def _vietnamese_d(text: str) -> str:
    """``text`` with the look-alikes of "Đ"/"đ" written as the Vietnamese letter."""
    return text.translate(_LOOKALIKE_D) if _HAS_LOOKALIKE_D.search(text) else text


# What _clean_characters changes: a line end with CR, an invisible character, a run of spaces and tabs (two
# spaces inside a name are a scraper's seam, not two words' distance), a space-like character.
_SPACES = "".join(sorted(SPACE_LIKE)) + " \t"
_CHANGED = re.compile("\r\n?|[" + "".join(sorted(ZERO_WIDTH)) + "]+|[" + _SPACES + "]{2,}|\t|["
                      + "".join(sorted(SPACE_LIKE)) + "]")


def _clean_characters(text: str) -> tuple[str, list[int]]:
    """CRLF/CR -> LF, space-likes -> space, zero-width characters dropped. Only the places that
    change are visited (most text has none, or a few); the text between them is copied whole."""
    pieces: list[str] = []
    index: list[int] = []
    copied = 0
    for match in _CHANGED.finditer(text):
        start = match.start()
        pieces.append(text[copied:start])
        index.extend(range(copied, start))
        copied = match.end()
        replacement = _replacement(match.group())
        if replacement:
            pieces.append(replacement)
            index.append(start)
    if not copied:
        return text, list(range(len(text)))
    pieces.append(text[copied:])
    index.extend(range(copied, len(text)))
    return "".join(pieces), index


def _replacement(changed: str) -> str:
    """What one match of _CHANGED becomes: a line end, a space, or nothing (a run of invisibles)."""
    if changed[0] == "\r":
        return "\n"
    return "" if changed[0] in ZERO_WIDTH else " "


def _compose(text: str, index: list[int]) -> tuple[str, list[int]]:
    """NFC, keeping the map. Text already in NFC (the usual case) passes through untouched."""
    if unicodedata.is_normalized("NFC", text):
        return text, index
    out: list[str] = []
    out_index: list[int] = []
    for start, end in _composition_groups(text):
        group = text[start:end]
        composed = unicodedata.normalize("NFC", group)
        if len(composed) == end - start:
            out.append(composed)
            out_index.extend(index[start:end])
        else:
            # Merged (or expanded): every output character points into the group, first to last.
            for k, ch in enumerate(composed):
                out.append(ch)
                out_index.append(index[start + min(k, end - start - 1)])
    return "".join(out), out_index


def _composition_groups(text: str) -> list[tuple[int, int]]:
    """Split into runs that NFC treats independently: a character starts a new run unless it
    is a combining mark or composes with the run before it (as Hangul jamo do)."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text):
            groups.append((start, i))
            break
        ch = text[i]
        if unicodedata.combining(ch):
            continue
        run = text[start:i]
        if len(unicodedata.normalize("NFC", run + ch)) <= len(unicodedata.normalize("NFC", run)):
            continue
        groups.append((start, i))
        start = i
    return groups


def _move_tones(text: str) -> str:
    """"oà" -> "òa", "oẻ" -> "ỏe", "uỷ" -> "ủy": the tone goes on the first vowel of an open
    oa/oe/uy syllable, the spelling most Vietnamese news sites use. Same length in and out."""
    if not _OLD_TONE_FROM_THE_TONE.search(text):   # no toned a/e/y after an o/u: nothing to move
        return text
    return _OLD_TONE.sub(_swap_tone, text)


def _swap_tone(match: re.Match[str]) -> str:
    pair = match.group(0)
    start = match.start()
    source = match.string
    before = source[start - 1] if start > 0 else ""
    if before and (before in _VOWELS or (pair[0] in "uU" and before in "qQ")):
        return pair
    first, second = pair
    decomposed = unicodedata.normalize("NFD", second)
    base = decomposed[0]
    tone = "".join(c for c in decomposed[1:] if c in TONE_MARKS)
    if not tone or len(decomposed) != 2:
        return pair
    return unicodedata.normalize("NFC", first + tone) + base


class _FoldTable(dict):
    """str.translate table that folds one character to one character, filled on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "đĐ" or code in _LOOKALIKE_D:   # with the look-alikes normalize writes as đ
            folded = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            lower = base.lower()
            folded = lower if len(lower) == 1 else base
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold_keep_length(text: str) -> str:
    """Lowercase, diacritics stripped, đ -> d; exactly one output character per input
    character (input assumed NFC), so offsets carry over unchanged."""
    return text.translate(_FOLD)


def lower_keep_length(text: str) -> str:
    """Lower case with exactly one output character per input character (a few letters, such as
    "İ", lower-case to two; those stay as written), so offsets carry over unchanged."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# Every combining mark, deleted by str.translate (in C, not a Python loop over characters).
_COMBINING = {cp: None for lo, hi in ((0x0300, 0x0370), (0x0483, 0x048A), (0x0591, 0x05C8), (0x0610, 0x061B),
                                      (0x064B, 0x0670), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100),
                                      (0xFE20, 0xFE30))
              for cp in range(lo, hi) if unicodedata.combining(chr(cp))}


# What the one-pass table gives a character that needs the long way round: one whose decomposition
# keeps a mark fold does not delete (the voicing mark of Japanese kana), since NFD can reorder such
# marks across neighbouring characters; and this character itself, so its presence always means "long way".
_LONG_WAY = "\uffff"


class _OnePassFoldTable(dict):
    """str.translate table doing fold's work on one character: decompose, delete the combining
    marks, fold what is left. Filled on first use. One pass through a table, instead of NFD then
    two tables, is what makes ``fold`` cheap; text decomposed character by character is the
    same as text decomposed whole once every mark that NFD could reorder is deleted anyway."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        left = unicodedata.normalize("NFD", ch).translate(_COMBINING)
        if ch == _LONG_WAY or any(unicodedata.combining(c) for c in left):
            folded = _LONG_WAY
        else:
            folded = left.translate(_FOLD)
        self[code] = folded
        return folded


_FOLD_ONE_PASS = _OnePassFoldTable()


def fold(text: str) -> str:
    """Search key: lowercase, no diacritics, đ -> d, whitespace collapsed to single spaces."""
    folded = text.translate(_FOLD_ONE_PASS)
    if _LONG_WAY in folded:
        folded = unicodedata.normalize("NFD", text).translate(_COMBINING).translate(_FOLD)
    return " ".join(folded.split())  # split() and \s+ agree on what whitespace is
