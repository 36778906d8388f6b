"""Text safe to print on a terminal, for every layer that prints what an input holds (file names, errors)."""
from __future__ import annotations


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (an ESC in a file name would recolour or rewrite
    the screen) are shown as escapes, \\x1b; a tab stays a tab."""
    if not any(_is_control(ch) for ch in text):
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if _is_control(ch) else ch for ch in text)


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 32 and ch != "\t") or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF
