"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC), VNI and Windows-1258, as data plus small converters.

- TCVN3 maps one byte to one precomposed lowercase letter (capitals with tones were typed
  with a separate capitals font, so the same bytes serve both; we read them as lowercase).
- VNI writes a plain base letter followed by one byte carrying its marks ("o" + "ä" = "ộ");
  a few letters (đ, ơ, ư, and i/y with some tones) are single bytes.
- Windows-1258 has base letters with hats/horns precomposed and the five tones as combining bytes.

Each has an ``encode_*`` inverse, used to check the tables round-trip.
"""
from __future__ import annotations

import unicodedata

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)

# --- TCVN3 (TCVN 5712:1993, VN3) -------------------------------------------------------------
# Five tones in the order grave, hook, tilde, acute, dot below, for each base vowel.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN = {0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
                0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ"}


def _build_tcvn3() -> dict[int, str]:
    table = dict(_TCVN3_PLAIN)
    for base, codes in _TCVN3_TONED.items():
        for tone, code in zip(TONES, codes):
            table[code] = unicodedata.normalize("NFC", base + tone)
    return table


TCVN3_TO_UNICODE: dict[int, str] = _build_tcvn3()
UNICODE_TO_TCVN3: dict[str, int] = {ch: code for code, ch in TCVN3_TO_UNICODE.items()}

# --- VNI (VNI-Windows) -----------------------------------------------------------------------
# Bytes that follow a base vowel and carry its marks (lowercase byte; capitals use byte - 0x20).
_VNI_MARKS_LOWER = {
    0xF9: ACUTE, 0xF8: GRAVE, 0xFB: HOOK, 0xF5: TILDE, 0xEF: DOT,
    0xE2: CIRCUMFLEX, 0xEA: BREVE,
    0xE1: CIRCUMFLEX + ACUTE, 0xE0: CIRCUMFLEX + GRAVE, 0xE5: CIRCUMFLEX + HOOK,
    0xE3: CIRCUMFLEX + TILDE, 0xE4: CIRCUMFLEX + DOT,
    0xE9: BREVE + ACUTE, 0xE8: BREVE + GRAVE, 0xFA: BREVE + HOOK,
    0xFC: BREVE + TILDE, 0xEB: BREVE + DOT,
}
VNI_MARKS: dict[int, str] = {**_VNI_MARKS_LOWER, **{code - 0x20: marks for code, marks in _VNI_MARKS_LOWER.items()}}
# Letters that are a single byte in VNI.
_VNI_LETTERS_LOWER = {0xF1: "đ", 0xF4: "ơ", 0xF6: "ư", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ",
                      0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ"}
VNI_LETTERS: dict[int, str] = {**_VNI_LETTERS_LOWER,
                               **{code - 0x20: ch.upper() for code, ch in _VNI_LETTERS_LOWER.items()}}
_VNI_BASES = set("aeiouyAEIOUY") | {"ơ", "ư", "Ơ", "Ư"}
_HAT_BASES = {CIRCUMFLEX: set("aeoAEO"), BREVE: set("aA")}


def decode_vni(data: bytes) -> str:
    """VNI bytes to Unicode (NFC). Bytes outside the table read as Windows-1252."""
    out: list[str] = []
    i = 0
    while i < len(data):
        byte = data[i]
        letter = chr(byte) if byte < 0x80 else VNI_LETTERS.get(byte)
        if letter is None:
            out.append(_cp1252_char(byte))
            i += 1
            continue
        nxt = data[i + 1] if i + 1 < len(data) else None
        marks = VNI_MARKS.get(nxt) if nxt is not None else None
        if letter in _VNI_BASES and marks is not None and _marks_fit(letter, marks):
            out.append(unicodedata.normalize("NFC", letter + marks))
            i += 2
        else:
            out.append(letter)
            i += 1
    return "".join(out)


def _marks_fit(base: str, marks: str) -> bool:
    """A hat needs a base that takes it (â ê ô ă); tones fit any vowel."""
    hat = marks[0] if marks[0] in _HAT_BASES else None
    return hat is None or base in _HAT_BASES[hat]


def encode_vni(text: str) -> bytes:
    """Unicode to VNI bytes (inverse of ``decode_vni`` for Vietnamese text)."""
    by_letter = {ch: code for code, ch in VNI_LETTERS.items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if ch in by_letter:
            out.append(by_letter[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if HORN in marks:  # ơ / ư are single bytes; the tone follows as a mark byte
            base = unicodedata.normalize("NFC", base + HORN)
            marks = marks.replace(HORN, "")
            out.append(by_letter[base])
        elif ord(base) < 0x80:
            out.append(ord(base))
        else:
            out.extend(ch.encode("cp1252"))
            continue
        if marks:
            hat = "".join(m for m in marks if m in (CIRCUMFLEX, BREVE))
            tone = "".join(m for m in marks if m in TONES)
            code = _vni_mark_code(hat + tone, upper=base.isupper())
            out.append(code)
    return bytes(out)


def _vni_mark_code(marks: str, *, upper: bool) -> int:
    for code, value in _VNI_MARKS_LOWER.items():
        if value == marks:
            return code - 0x20 if upper else code
    raise ValueError(f"no VNI byte for marks {marks!r}")


# --- TCVN3 converters ------------------------------------------------------------------------
def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes to Unicode. Bytes outside the table read as Windows-1252."""
    return "".join(TCVN3_TO_UNICODE.get(b) or _cp1252_char(b) for b in data)


def encode_tcvn3(text: str) -> bytes:
    """Unicode to TCVN3 bytes. Capitals with tones come out as their lowercase code (TCVN3 has no
    separate code for them)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in UNICODE_TO_TCVN3:
            out.append(UNICODE_TO_TCVN3[ch])
        elif ch.lower() in UNICODE_TO_TCVN3:
            out.append(UNICODE_TO_TCVN3[ch.lower()])
        else:
            out.extend(ch.encode("cp1252"))
    return bytes(out)


# --- Windows-1258 ----------------------------------------------------------------------------
def decode_cp1258(data: bytes) -> str:
    """Windows-1258 bytes to composed Unicode. The code page stores tones as separate combining
    bytes by design; composing them is part of reading it, not an edit of the text."""
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def encode_cp1258(text: str) -> bytes:
    """Unicode to Windows-1258: letters the code page holds stay whole, tones become combining bytes."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.extend(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in decomposed if m in TONES)
        rest = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONES))
        out.extend((rest + tone).encode("cp1258"))
    return bytes(out)


# --- Windows-1252 as a byte view of a string ----------------------------------------------------
def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # the five bytes cp1252 leaves undefined survive as C1 controls


def _build_cp1252_bytes() -> dict[str, int]:
    table = {chr(code): code for code in range(0xA0)}  # ASCII and the C1 controls stand for themselves
    for byte in range(0x80, 0x100):
        table.setdefault(_cp1252_char(byte), byte)
    return table


CP1252_BYTE: dict[str, int] = _build_cp1252_bytes()


def to_cp1252_bytes(text: str) -> bytes | None:
    """The bytes ``text`` would have been, had they been read as Windows-1252 (C1 controls
    standing for the undefined bytes); None when a character has no such byte."""
    try:
        return bytes(CP1252_BYTE[ch] for ch in text)
    except KeyError:
        return None
