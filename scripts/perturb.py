#!/usr/bin/env python3
"""Rewrite the articles of a ../shared/corpus set in one of the messy shapes real input comes in, for scoring the
reader on them (scripts/score.sh --perturb KIND).

usage: scripts/perturb.py SET KIND OUT_DIR [SEED]
       scripts/perturb.py --kinds

Each kind is a pure function (text, rng) -> text; the same seed gives the same files. The files go to a
temporary folder of the caller's: never into the repository.
"""
from __future__ import annotations

import os
import random
import re
import sys
import textwrap
import unicodedata
import zlib
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITGRAPH_SHARED", ROOT.parent / "shared"))

Perturbation = Callable[[str, random.Random], str]


def _title_and_body(text: str) -> tuple[str, list[str]]:
    title, _, body = text.partition("\n")
    return title, body.split("\n")


def _join(title: str, lines: list[str]) -> str:
    return "\n".join([title, *lines])


# --- one function per kind --------------------------------------------------------------------------------------
def hard_wrap(text: str, rng: random.Random) -> str:
    """E-mail and copy-paste wrap every paragraph at 70-80 columns and set paragraphs apart by a blank line."""
    width = rng.randint(70, 80)
    title, lines = _title_and_body(text)
    out: list[str] = []
    for line in [title, *lines]:
        wrapped = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        if not wrapped:
            continue
        if out:
            out.append("")
        out.extend(wrapped)
    return "\n".join(out) + "\n"


def hard_wrap_dense(text: str, rng: random.Random) -> str:
    """Text copied from a fixed-width view wraps at 70-80 columns with no blank line between paragraphs."""
    return "\n".join(line for line in hard_wrap(text, rng).split("\n") if line.strip()) + "\n"


def crlf(text: str, rng: random.Random) -> str:
    """Files saved on Windows end their lines with CR LF."""
    return text.replace("\n", "\r\n")


ODD_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000"


def odd_spaces(text: str, rng: random.Random) -> str:
    """Word processors and web pages put no-break and typographic spaces between words (one in four here)."""
    return re.sub(" ", lambda m: rng.choice(ODD_SPACES) if rng.random() < 0.25 else " ", text)


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def zero_width(text: str, rng: random.Random) -> str:
    """Editors and CMSs leave invisible characters inside words and at word ends (one word in five here)."""
    def touch(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= 0.2:
            return word
        cut = rng.randint(1, len(word))
        return word[:cut] + rng.choice(ZERO_WIDTH) + word[cut:]
    return re.sub(r"\w+", touch, text)


def nfd(text: str, rng: random.Random) -> str:
    """macOS file names and some input methods store Vietnamese letters decomposed (base letter + marks)."""
    return unicodedata.normalize("NFD", text)


_NEW_TONE = re.compile(r"(?<![^\W\d_])([òóỏõọÒÓỎÕỌ])([aeAE])(?![^\W\d_])|(?<![qQ\W\d_])([ùúủũụÙÚỦŨỤ])([yY])(?![^\W\d_])")


def old_tones(text: str, rng: random.Random) -> str:
    """Older sites and typists put the tone on the second vowel of open oa/oe/uy ("hoà", "thuý")."""
    def move(match: re.Match[str]) -> str:
        toned, plain = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        base, *marks = unicodedata.normalize("NFD", toned)
        return unicodedata.normalize("NFC", base + plain + "".join(marks))
    return _NEW_TONE.sub(move, unicodedata.normalize("NFC", text))


def _upper_first_body_line(lines: list[str]) -> list[str]:
    out = list(lines)
    for i, line in enumerate(out):
        if line.strip() and any(ch.isalpha() for ch in line) and len(line.split()) >= 8:
            out[i] = line.upper()
            break
    return out


def caps_title(text: str, rng: random.Random) -> str:
    """Some sites and wire feeds print the headline in capitals."""
    title, lines = _title_and_body(text)
    return _join(title.upper(), lines)


def caps_lead(text: str, rng: random.Random) -> str:
    """Headline and lead paragraph in capitals, as print layouts and some portals set them."""
    title, lines = _title_and_body(text)
    return _join(title.upper(), _upper_first_body_line(lines))


def dashes_quotes(text: str, rng: random.Random) -> str:
    """Word processors turn hyphens into en/em dashes and straight quotes into curly or guillemet ones."""
    text = re.sub(r" - ", lambda m: rng.choice([" – ", " — ", " — "]), text)
    text = re.sub(r"(?<=\d)-(?=\d)", "–", text)
    text = re.sub(r"(?<=\d) ?- ?(?=\d)", lambda m: m.group().replace("-", "–"), text)
    style = rng.choice([("“", "”"), ("«", "»"), ("«\u00a0", "\u00a0»")])
    text = re.sub(r'"([^"\n]{1,300})"', lambda m: f"{style[0]}{m.group(1)}{style[1]}", text)
    text = re.sub(r"“([^”\n]{1,300})”", lambda m: f"«{m.group(1)}»" if rng.random() < 0.5 else m.group(), text)
    return re.sub(r"(?<=\w)'(?=\w)|'", lambda m: "’", text)


def entities(text: str, rng: random.Random) -> str:
    """Text scraped from HTML keeps some entities unexpanded (&nbsp; &amp; &quot; and numeric ones)."""
    text = text.replace("&", "&amp;")
    text = re.sub(r'"', lambda m: rng.choice(["&quot;", "&#34;", '"']), text)
    text = re.sub(r"“|”", lambda m: rng.choice([m.group(), "&ldquo;" if m.group() == "“" else "&rdquo;"]), text)
    return re.sub(" ", lambda m: rng.choice(["&nbsp;", "&#160;"]) if rng.random() < 0.08 else " ", text)


def blank_tabs(text: str, rng: random.Random) -> str:
    """Pasted text carries doubled blank lines between paragraphs, tab indents and trailing spaces."""
    title, lines = _title_and_body(text)
    out = [title + "  ", "", ""]
    for line in lines:
        if not line.strip():
            continue
        out.append(rng.choice(["\t", "\t", "    ", "  \t"]) + line + rng.choice(["", " ", "\t"]))
        out.extend([""] * rng.choice([1, 2, 2, 3]))
    return "\n".join(out)


SITE_NAMES = ("Báo Quốc Tế", "Báo Tin tức", "VietnamPlus", "Báo Nhân Dân điện tử", "Tạp chí Thế giới & Việt Nam",
              "Cổng thông tin điện tử Chính phủ", "Báo Thanh Niên")


def site_name(text: str, rng: random.Random) -> str:
    """Titles copied from a browser tab carry the site's name before or after them ("Báo X | ...")."""
    title, lines = _title_and_body(text)
    site = rng.choice(SITE_NAMES)
    if not title.strip():
        return text   # a file without a headline has no tab title to copy
    title = rng.choice([f"{site} | {title}", f"{title} - {site}", f"{title} | {site}", f"{site} - {title}"])
    return _join(title, lines)


# Our own headlines, none taken from an article: other stories a page lists under its body.
RELATED_HEADLINES = (
    "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt nhân dịp kết thúc nhiệm kỳ",
    "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Australia tại Canberra",
    "Việt Nam và Lào ký kết kế hoạch hợp tác giai đoạn mới",
    "Phó Thủ tướng dự Diễn đàn Kinh tế Đông Á tại Tokyo",
    "Chủ tịch nước gặp gỡ cộng đồng người Việt tại Singapore",
    "Giá xăng dầu tiếp tục giảm trong kỳ điều hành chiều nay",
    "ASEAN và Trung Quốc thúc đẩy đàm phán Bộ quy tắc ứng xử ở Biển Đông",
    "Hội thảo quốc tế về an ninh hàng hải khai mạc tại Hà Nội",
)
RELATED_HEADERS = ("Tin liên quan:", "Xem thêm:", "TIN LIÊN QUAN", "Bài viết liên quan", None)


def related_stories(text: str, rng: random.Random) -> str:
    """Pages copied whole end with a list of related stories, with or without a header over them."""
    header = rng.choice(RELATED_HEADERS)
    bullet = rng.choice(["", "- ", ">> ", "• "])
    picks = rng.sample(RELATED_HEADLINES, rng.randint(2, 4))
    tail = ([header] if header else []) + [bullet + h for h in picks]
    return text.rstrip("\n") + "\n" + "\n".join(tail) + "\n"


def eth_d(text: str, rng: random.Random) -> str:
    """Old pages and converted fonts type the Icelandic eth for "Đ"/"đ" ("Ấn Ðộ", "Ðông Á")."""
    return text.translate({0x0110: "\u00d0", 0x0111: "\u00f0"})


KINDS: dict[str, Perturbation] = {
    "wrap": hard_wrap,
    "wrap-dense": hard_wrap_dense,
    "crlf": crlf,
    "spaces": odd_spaces,
    "zero-width": zero_width,
    "nfd": nfd,
    "old-tones": old_tones,
    "eth-d": eth_d,
    "caps-title": caps_title,
    "caps-lead": caps_lead,
    "dashes": dashes_quotes,
    "entities": entities,
    "blank-tabs": blank_tabs,
    "site-name": site_name,
    "related": related_stories,
}


def perturb(text: str, kind: str, key: str, seed: int = 13) -> str:
    """``text`` in shape ``kind``; ``key`` (the file's name) and ``seed`` fix the random choices."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(key.encode("utf-8")))
    return KINDS[kind](text, rng)


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[1] == "--kinds":
        print("\n".join(KINDS))
        return
    if len(argv) not in (4, 5):
        raise SystemExit(__doc__)
    name, kind, out = argv[1], argv[2], Path(argv[3])
    seed = int(argv[4]) if len(argv) == 5 else 13
    if kind not in KINDS:
        raise SystemExit(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((SHARED / "corpus" / name).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (out / path.name).write_bytes(perturb(text, kind, path.name, seed).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv)
