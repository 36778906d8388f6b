"""Quality flags: reasons to trust what an article says a little less. Flags never drop an article.

Each check is a pure function of the article returning a ``Flag`` (name and reason) or None.
Thresholds were set on ../shared/corpus (dev + train, 221 articles): the machine-translated
and lead-sentence seeds are flagged and no other article is.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Callable

from summitgraph.ingest.lexicon import lexicon_stats, vietnamese_letter_share
from summitgraph.model import Article
from summitgraph.text.normalize import fold


@dataclass(frozen=True)
class Flag:
    name: str
    reason: str


MIN_BODY_CHARS = 300
MIN_VIETNAMESE_LETTER_SHARE = 0.05   # Vietnamese news: 0.16-0.30 of letters are Vietnamese-only
MIN_KNOWN_WORD_SHARE = 0.15          # Vietnamese news: 0.43-0.65 of words are common syllables
MIN_MT_SIGNALS = 3
# Windows-1252 renderings of UTF-8 Vietnamese that survived decoding ("á»", "Æ°", "Ä‘").
_MOJIBAKE = re.compile(r"á»|áº|Æ°|Ä‘|Ä\x90|Ã[\xa0-\xbf]|Ã¡|Ã¢|Ã³|Ã´")


def body_of(article: Article) -> str:
    return article.text[article.body_start:].strip()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


# --- too short, not Vietnamese, garbled ---------------------------------------------------------
def check_too_short(article: Article) -> Flag | None:
    length = len(body_of(article))
    if length < MIN_BODY_CHARS:
        return Flag("too_short", f"body has {length} characters (< {MIN_BODY_CHARS})")
    return None


def check_not_vietnamese(article: Article) -> Flag | None:
    body = body_of(article)
    stats = lexicon_stats(body)
    share = vietnamese_letter_share(body, stats)
    known = stats.known_share
    if share < MIN_VIETNAMESE_LETTER_SHARE or known < MIN_KNOWN_WORD_SHARE:
        return Flag("not_vietnamese", f"{share:.0%} Vietnamese letters, {known:.0%} common Vietnamese words")
    return None


def check_garbled(article: Article) -> Flag | None:
    replacement = article.text.count("\ufffd")
    mojibake = len(_MOJIBAKE.findall(article.text))
    if replacement or mojibake >= 2:
        return Flag("garbled", f"{replacement} replacement characters, {mojibake} mojibake sequences left")
    return None


# --- machine translation -------------------------------------------------------------------------
# Each telltale is written to start with its fixed words, and the context before them is checked by a
# lookbehind: the regex engine then jumps from one occurrence of the words to the next instead of trying
# every position of the body. Each finds a match exactly when its plain form (in the comment) does.
_SPACE_BEFORE_PUNCTUATION = re.compile(r" [.,;:](?<=\w [.,;:])(?=\s|$)")      # \w [.,;:](?=\s|$)
_DOUBLED_ACRONYM = re.compile(r"([A-Z])(?<!\w[A-Z])([A-Z]+)\s+\1\2\b")          # \b([A-Z]{2,})\s+\1\b
_ORDINAL_BEFORE_NOUN = re.compile(r"ội nghị(?:(?<=(?<![\w/.,-])\d [Hh]ội nghị)"  # (?<![\w/.,-])\d{1,2} [Hh]ội nghị
                                  r"|(?<=(?<![\w/.,-])\d\d [Hh]ội nghị))")
_CAPITAL_MONTH = re.compile(r" Tháng \d(?<=\d Tháng \d)")                      # \d Tháng \d
_SUMMIT_CALQUE = re.compile(r"thượng đỉnh", re.IGNORECASE)
_SUMMIT_USUAL = re.compile(r"cấp cao", re.IGNORECASE)
MIN_SUMMIT_CALQUES = 5


def mt_signals(body: str) -> list[str]:
    """Telltales of machine-translated Vietnamese, each rare in edited news."""
    signals = []
    paras = paragraphs(body)
    if _SPACE_BEFORE_PUNCTUATION.search(body):
        signals.append("space before punctuation")
    if any(p[0].islower() for p in paras):
        signals.append("paragraph starting in lowercase")
    if _DOUBLED_ACRONYM.search(body):
        signals.append("acronym doubled (ASEAN ASEAN)")
    if _ORDINAL_BEFORE_NOUN.search(body):
        signals.append("ordinal before the noun (21 Hội nghị)")
    if _CAPITAL_MONTH.search(body):
        signals.append("capitalised month after a day (20 Tháng 11)")
    if _summit_calque_throughout(body):
        signals.append("'thượng đỉnh' for summit throughout")
    return signals


def _summit_calque_throughout(body: str) -> bool:
    """"thượng đỉnh" at least five times and over three times as often as "cấp cao" (counted only then)."""
    calque = len(_SUMMIT_CALQUE.findall(body))
    return calque >= MIN_SUMMIT_CALQUES and calque > 3 * len(_SUMMIT_USUAL.findall(body))


def check_machine_translated(article: Article) -> Flag | None:
    signals = mt_signals(body_of(article))
    if len(signals) >= MIN_MT_SIGNALS:
        return Flag("machine_translated", "; ".join(signals))
    return None


# --- a page of lead sentences --------------------------------------------------------------------
LEAD_MIN_PARAGRAPHS = 8
LEAD_SINGLE_SENTENCE_SHARE = 0.8
LEAD_MAX_LENGTH_CV = 0.15
LEAD_MAX_NEIGHBOUR_OVERLAP = 0.15
HEADLINES_MIN_PARAGRAPHS = 4
HEADLINES_MAX_NEIGHBOUR_OVERLAP = 0.05
_STOP = frozenset(fold("của và các là có được trong cho với đã này những một người không năm ngày tại về để "
                       "khi đến từ cũng theo như sẽ đó ra vào nhiều hai nước việt nam asean hội nghị").split())


def lead_signals(article: Article) -> list[str]:
    """A page of lead sentences from different stories: many one-sentence paragraphs of the same
    length that share no words with their neighbours, under a "title" that is itself a lead."""
    paras = paragraphs(body_of(article))
    if len(paras) < LEAD_MIN_PARAGRAPHS:
        return []
    single = _one_sentence_share(paras)
    if single < LEAD_SINGLE_SENTENCE_SHARE:
        return []
    signals = [f"{len(paras)} paragraphs, {single:.0%} of one sentence"]
    title = article.title or ""
    if title.endswith(".") and len(title) > 100:
        signals.append("the title line is a sentence")
    lengths = [len(p) for p in paras]
    cv = statistics.pstdev(lengths) / statistics.mean(lengths)
    if cv <= LEAD_MAX_LENGTH_CV:
        signals.append(f"paragraphs of near-equal length (cv {cv:.2f})")
    overlap = _neighbour_overlap(paras)
    if overlap <= LEAD_MAX_NEIGHBOUR_OVERLAP:
        signals.append(f"neighbouring paragraphs share few words ({overlap:.2f})")
    return signals


def headlines_signals(article: Article) -> list[str]:
    """A page of one-sentence paragraphs (a digest of the day's stories, shorter or of uneven lengths) is one of
    leads when neighbours share next to no word: an article's paragraphs share at least its people and places."""
    paras = paragraphs(body_of(article))
    if len(paras) < HEADLINES_MIN_PARAGRAPHS:
        return []
    single = _one_sentence_share(paras)
    overlap = _neighbour_overlap(paras)
    if single < LEAD_SINGLE_SENTENCE_SHARE or overlap > HEADLINES_MAX_NEIGHBOUR_OVERLAP:
        return []
    return [f"{len(paras)} paragraphs, {single:.0%} of one sentence",
            f"neighbouring paragraphs share no words ({overlap:.2f})"]


def _one_sentence_share(paras: list[str]) -> float:
    return sum(len(re.findall(r"[.!?…](?:\s|$)", p)) <= 1 for p in paras) / len(paras)


def _neighbour_overlap(paras: list[str]) -> float:
    def content(p: str) -> set[str]:
        return {w for w in fold(p).split() if len(w) > 2 and w not in _STOP}
    shares = []
    for a, b in zip(paras, paras[1:]):
        ca, cb = content(a), content(b)
        if ca and cb:
            shares.append(len(ca & cb) / min(len(ca), len(cb)))
    return statistics.mean(shares) if shares else 1.0


def check_lead_sentences(article: Article) -> Flag | None:
    signals = lead_signals(article)
    if len(signals) >= 3:  # the shape, plus two of: sentence title, equal lengths, no shared words
        return Flag("lead_sentences", "; ".join(signals))
    if signals := headlines_signals(article):
        return Flag("lead_sentences", "; ".join(signals))
    return None


CHECKS: tuple[Callable[[Article], Flag | None], ...] = (
    check_too_short, check_not_vietnamese, check_garbled, check_machine_translated, check_lead_sentences,
)


def quality_report(article: Article) -> list[Flag]:
    """Every flag that applies, with its reason."""
    return [flag for check in CHECKS if (flag := check(article)) is not None]


def quality_flags(article: Article) -> list[str]:
    return [flag.name for flag in quality_report(article)]
