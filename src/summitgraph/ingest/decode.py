"""Bytes to text: find the encoding, repair mis-encoded Vietnamese, refuse binary files.

Order of trust: a BOM; then valid UTF-8 (checked for Windows-1252 mojibake and for VNI/TCVN3
text that went through a Windows-1252 round trip); then the legacy Vietnamese code pages,
picked by which one yields real Vietnamese words.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from summitgraph.errors import EncodingError, InputError
from summitgraph.ingest.legacy import CP1252_BYTE, decode_cp1258, decode_tcvn3, decode_vni, to_cp1252_bytes
from summitgraph.ingest.lexicon import vietnamese_score

# Leading bytes of common non-text files, with the name a user knows them by.
MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"Rar!", "RAR"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE)"),
    (b"SQLite format 3", "SQLite"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A candidate decoding must read at least this well to be believed (share of accented tokens
# that are common Vietnamese syllables; correct text scores 0.3-0.7, wrong code pages ~0).
MIN_SCORE = 0.15
# A repair must beat the text as it stands by this margin.
REPAIR_MARGIN = 0.1

# UTF-8 multi-byte sequences, as they look once their bytes were read as Windows-1252.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters typical of VNI / TCVN3 bytes shown as Windows-1252 (mark bytes after vowels, ®, ¸, µ...).
_VNI_HINT = re.compile(r"[aeiouyAEIOUYôöÔÖ][øùûõïâêáàåãäéèúüëØÙÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|[ñÑ]")
_TCVN3_HINT = re.compile(r"[®§µ¸¹¶·¬\u00ad¨©ª«ÞÖÕÇÊËÒÓ]")
_CP1252_EXTRA = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str   # what the bytes were read as: utf-8, utf-16, cp1258, vni, tcvn3, utf-8+mojibake-repair...


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` starts with, or a note on NUL bytes; None for text."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    if b"\x00" in data[:4096]:
        return "contains NUL bytes"
    return None


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode a file's bytes, raising InputError for empty or binary input and EncodingError
    when no known encoding fits."""
    bom = _bom_encoding(data)
    if bom is not None:
        text = _decode_with_bom(data, bom, source)
        _require_content(text, source)
        return Decoded(text, bom)
    if not data.strip():
        raise InputError(source, "empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(source, f"binary file ({kind})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data, source)
    return repair_text(text)


def repair_text(text: str) -> Decoded:
    """Valid UTF-8 can still be wrong: UTF-8 read as Windows-1252 ("Há»™i"), or VNI / TCVN3
    text that was shown in a Windows-1252 font and saved ("Hoäi", "Héi"). Keep the reading
    that looks most like Vietnamese, preferring the text as it is."""
    if not _has_cp1252_high_chars(text):
        return Decoded(text, "utf-8")
    best = Decoded(text, "utf-8")
    # Scored only when a repair has to beat it: most text has nothing to repair, and scoring reads every word.
    best_score: float | None = None
    for _ in range(2):  # text can be mis-decoded twice over
        repaired = repair_mojibake(best.text)
        if repaired == best.text:
            break
        best_score = vietnamese_score(best.text) if best_score is None else best_score
        repaired_score = vietnamese_score(repaired)
        if not mojibake_repair_holds(best_score, repaired_score):
            break
        best, best_score = Decoded(repaired, "utf-8+mojibake-repair"), repaired_score
    for candidate in _legacy_candidates(best.text):
        best_score = vietnamese_score(best.text) if best_score is None else best_score
        score = vietnamese_score(candidate.text)
        if score >= MIN_SCORE and score > best_score + REPAIR_MARGIN:
            best, best_score = candidate, score
    return best


def mojibake_repair_holds(text_score: float, repaired_score: float) -> bool:
    """Keep a mojibake repair when it reads at least as well as the text did: sequences that are
    valid UTF-8 once seen as Windows-1252 bytes almost never occur in real text."""
    return repaired_score >= text_score


def _has_cp1252_high_chars(text: str) -> bool:
    return any(0xA0 <= ord(ch) <= 0xFF or 0x80 <= ord(ch) <= 0x9F or ch in _CP1252_EXTRA for ch in text)


def _legacy_candidates(text: str) -> list[Decoded]:
    """VNI / TCVN3 bytes that were shown as Windows-1252 and saved as UTF-8."""
    raw = to_cp1252_bytes(text)
    if raw is None:
        return []
    candidates: list[Decoded] = []
    if _VNI_HINT.search(text):
        candidates.append(Decoded(decode_vni(raw), "utf-8+vni"))
    if _TCVN3_HINT.search(text):
        candidates.append(Decoded(decode_tcvn3(raw), "utf-8+tcvn3"))
    return candidates


def _char_class(low: int, high: int) -> str:
    return "".join(re.escape(ch) for ch, byte in CP1252_BYTE.items() if low <= byte <= high)


# A UTF-8 lead byte then a continuation byte, as Windows-1252 shows them: every repair starts with one.
# Text without such a pair (most text) is returned as it is without the character-by-character walk,
# which takes seconds on a big JSONL file.
_MOJIBAKE_PAIR = re.compile(f"[{_char_class(0xC2, 0xF4)}][{_char_class(0x80, 0xBF)}]")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 bytes that were read as Windows-1252: "Há»™i nghá»‹" -> "Hội nghị".
    Works run by run, so correct text mixed in stays as it is."""
    if not _MOJIBAKE_PAIR.search(text):
        return text
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(_repair_run("".join(run)))
            run.clear()

    for ch in text:
        if ch in CP1252_BYTE:
            run.append(ch)
        else:
            flush()
            out.append(ch)
    flush()
    return "".join(out)


def _repair_run(run: str) -> str:
    # Windows-1252 is one byte per character, so byte offsets in ``raw`` are offsets in ``run``.
    raw = to_cp1252_bytes(run)
    if raw is None or raw.isascii():
        return run
    pieces: list[str] = []
    last = 0
    for match in _UTF8_SEQUENCE.finditer(raw):
        try:
            decoded = match.group(0).decode("utf-8")
        except UnicodeDecodeError:
            continue  # shaped like UTF-8 but not (an overlong form): not mojibake, leave it as read
        pieces.append(run[last:match.start()])
        pieces.append(decoded)
        last = match.end()
    pieces.append(run[last:])
    return "".join(pieces)


def _decode_legacy(data: bytes, source: str) -> Decoded:
    """Not UTF-8: try the Vietnamese 8-bit code pages and keep the one that reads as Vietnamese."""
    candidates: list[Decoded] = []
    try:
        candidates.append(Decoded(decode_cp1258(data), "cp1258"))
    except UnicodeDecodeError:
        pass
    candidates.append(Decoded(decode_vni(data), "vni"))
    candidates.append(Decoded(decode_tcvn3(data), "tcvn3"))
    scored = [(vietnamese_score(c.text), c) for c in candidates]
    score, best = max(scored, key=lambda pair: pair[0])
    if score < MIN_SCORE:
        raise EncodingError(source, "not UTF-8 and not a known Vietnamese encoding")
    return best


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def _decode_with_bom(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(source, f"starts with a {encoding} byte-order mark but is not {encoding} "
                                    f"(bad byte at {exc.start})") from exc


def _require_content(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(source, "empty file")
    if "\x00" in text:
        raise InputError(source, "binary file (contains NUL characters)")

