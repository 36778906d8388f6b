"""Input shapes: the same article in the messy forms real text arrives in, read as the plain form.

Each step takes text and a map (for every character, the index of the original character it comes from) and gives
both back, so a span found in the reshaped text still points into the original:

- ``decode_entities``: HTML entities left in text by a scraper (``&nbsp;``, ``&amp;``, ``&#8211;``).
- ``unify_dashes``: every dash variant (en, em, figure, minus...) as one "-": the grammars know one.
- ``unwrap_hard_lines``: e-mail and copy-paste wrap paragraphs at 70-80 columns; the breaks inside a paragraph
  become spaces again (same length: offsets unchanged).
"""
from __future__ import annotations

import re
from html.entities import html5

# A character reference: decimal, hexadecimal or named, closed by its semicolon.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> tuple[str, list[int]]:
    """``text`` with its character references expanded, and for each output character the input index it comes
    from (an expanded reference points at its "&"). Unknown names and invalid code points stay as written."""
    if "&" not in text:
        return text, list(range(len(text)))
    pieces: list[str] = []
    index: list[int] = []
    copied = 0
    for match in _ENTITY.finditer(text):
        value = _entity_value(match.group())
        if value is None:
            continue
        start = match.start()
        pieces.append(text[copied:start])
        index.extend(range(copied, start))
        pieces.append(value)
        index.extend([start] * len(value))
        copied = match.end()
    if not copied:
        return text, list(range(len(text)))
    pieces.append(text[copied:])
    index.extend(range(copied, len(text)))
    return "".join(pieces), index


def _entity_value(reference: str) -> str | None:
    """What one reference stands for; None when it names nothing a text can hold."""
    body = reference[1:]
    if not body.startswith("#"):
        return html5.get(body)
    code = int(body[2:-1], 16) if body[1] in "xX" else int(body[1:-1])
    if code < 0x20 and code not in (0x09, 0x0A) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or code == 0x7F:
        return None
    return chr(code)


# Hyphen look-alikes: non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
_DASHES = str.maketrans({c: "-" for c in "\u2011\u2012\u2013\u2014\u2015\u2212"})


def unify_dashes(text: str) -> str:
    """Every dash variant as "-" (same length): a date range "18–19/1" or an aside " — " reads as typed."""
    return text.translate(_DASHES)


def compose_index(outer: list[int], inner: list[int]) -> list[int]:
    """Chain two maps: ``inner`` indexes into the text ``outer`` maps back to the original."""
    return [outer[i] for i in inner]


# A text is hard-wrapped when most of its lines stop near one width no paragraph of news prose keeps to.
MIN_WRAPPED_LINES = 6
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 40, 110
NEAR_WIDTH = 20            # a wrapped line ends within this many characters of the width...
MIN_NEAR_SHARE = 0.5       # ...for at least half of the lines
MAX_OVER_SHARE = 0.05      # and hardly any line (a long web address) runs past it


def unwrap_hard_lines(text: str) -> str:
    """Join the lines a hard wrap broke a paragraph into (same length: each such line break becomes a space).
    A line is joined to the next when the next one's first word would not have fitted after it: the wrap broke
    there, not the writer. Blank lines still part paragraphs."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out = list(text)
    offset = 0
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        if _broken_by_the_wrap(line, following, width):
            out[offset] = " "
        offset += 1
    return "".join(out)


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard wrap broke ``lines`` at, or None when they are not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    near = sum(1 for n in lengths if width - NEAR_WIDTH <= n <= width)
    over = sum(1 for n in lengths if n > width + 5)
    if near < MIN_NEAR_SHARE * len(lengths) or over > MAX_OVER_SHARE * len(lengths):
        return None
    return max(n for n in lengths if n <= width + 5)


def _broken_by_the_wrap(line: str, following: str, width: int) -> bool:
    """``line`` is full: the first word of ``following`` would have run past ``width`` after it."""
    if not line.strip() or not following.strip() or following[0].isspace():
        return False
    next_word = following.split()[0]
    return len(line.rstrip()) + 1 + len(next_word) > width
