"""What every extractor receives: the article's text, its sentences and what is known of its time."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any, Callable

from summitgraph.extract.dates import DateMention, ReportCredit, find_dates, implied_today, opening_credit
from summitgraph.extract.mentions import MeetingMention, SeriesFallback, find_meeting_mentions
from summitgraph.extract.timeframe import Timeframe, article_timeframe
from summitgraph.model import Article, Evidence, Span
from summitgraph.registry import GazetteerHit, find_cities, find_countries
from summitgraph.text.normalize import fold_keep_length, lower_keep_length
from summitgraph.text.sentences import Sentence, split_sentences

# How much a quality flag lowers the confidence of what is read from the article.
QUALITY_PENALTY = {
    "machine_translated": 0.8,
    "lead_sentences": 0.8,
    "garbled": 0.6,
    "not_vietnamese": 0.5,
    "too_short": 0.9,
}


@dataclass
class DocContext:
    article: Article
    sentences: list[Sentence]
    anchor: date | None = None          # publication date, when the file states it
    default_year: int | None = None     # the year the article is about, when it can be told
    facts: dict[str, object] = field(default_factory=dict)  # what earlier stages found, by stage name
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    # Per sentence span: the rules' meeting mentions read without a fallback, and the names the fallback was asked.
    _mentions: dict[tuple[int, int], tuple[list[MeetingMention], tuple[str, ...]]] = \
        field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def folded(self) -> str:
        """The text folded one character for one (lower case, no diacritics, đ -> d)."""
        return fold_keep_length(self.text)

    @cached_property
    def credit(self) -> tuple[int, ReportCredit] | None:
        """(offset of its line, credit) of the report credit opening the body ("Hà Nội, 18/8 (TTXVN) - ")."""
        return opening_credit(self.text, self.article.body_start)

    @cached_property
    def dateline(self) -> tuple[int, int, date] | None:
        """(start, end, day) of the date of a dateline opening the article ("Hà Nội, 10/8/2023 - "), with its year."""
        found = self._credit_day(None)
        return found if found and self.credit and self.credit[1].year is not None else None

    @property
    def credit_end(self) -> int | None:
        """Where the sentence a report credit opens begins its own words."""
        return None if self.credit is None else self.credit[0] + self.credit[1].end

    @cached_property
    def credited(self) -> Sentence | None:
        """The sentence a report credit opens, or the first after a credit alone on its line."""
        end = self.credit_end
        return None if end is None else next((s for s in self.sentences if s.start >= end), None)

    def filed_day(self) -> date | None:
        """The day the credit says the report was filed, its year the credit's, else the article's."""
        found = self._credit_day(self.default_year)
        return found[2] if found else None

    def filed_iso(self) -> str | None:
        """``filed_day`` as ISO text; "--MM-DD" when neither the credit nor the article tells the year."""
        day = self.filed_day()
        if day is not None:
            return day.isoformat()
        credit = self.credit[1] if self.credit else None
        if credit is None or credit.date_start is None:
            return None
        try:
            date(2000, credit.month, credit.day)      # a day of some year (29/2 of a leap one)
        except ValueError:
            return None
        return f"--{credit.month:02d}-{credit.day:02d}"

    def _credit_day(self, year: int | None) -> tuple[int, int, date] | None:
        """The credit's day, its year the credit's own, else ``year``."""
        if self.credit is None or self.credit[1].date_start is None:
            return None
        pos, credit = self.credit
        try:
            day = date(credit.year or year or 0, credit.month, credit.day)
        except ValueError:
            return None
        return pos + credit.date_start, pos + credit.date_end, day

    @cached_property
    def dates(self) -> list[DateMention]:
        """Every date expression of the text, found once for every stage; not a credit's day ("Hà Nội,
        10/8/2023 - ", "Hà Nội, 18/8 (TTXVN) - "), which tells when the report was filed."""
        # "Chiều 20/9 (giờ địa phương, tức rạng sáng 21/9 giờ Việt Nam)": a day restated in the home clock dates nothing
        found = [d for d in find_dates(self.text) if not _converted_day(self.folded, d)]
        if self.credit is None or self.credit[1].date_start is None:
            return found
        pos, credit = self.credit
        start, end = pos + credit.date_start, pos + credit.date_end
        return [d for d in found if not (d.start < end and start < d.end)]

    @property
    def lead_end(self) -> int:
        """End of the article's lead: its title and first body sentence, which tell its own event (a credit alone on
        its line, "Vientiane, ngày 28/11", is no sentence: see ``_past_the_credit``)."""
        return self.sentences[1].end if len(self.sentences) > 1 else len(self.text)

    @cached_property
    def timeframe(self) -> Timeframe:
        """The article's year (see ``extract.timeframe``) and the votes behind it."""
        return article_timeframe(self.folded, self.dates, self.anchor, self.lead_end, self._numbered_meetings(),
                                 self.lower)

    def _numbered_meetings(self) -> list[tuple[int, str, int]]:
        out = []
        for s in self.sentences:
            for m in self.meeting_mentions(s.start, s.end):
                if m.ordinal is not None and not m.generic:
                    out.append((m.start, m.series, m.ordinal))
        return out

    def meeting_mentions(self, start: int, end: int, fallback: SeriesFallback | None = None) -> list[MeetingMention]:
        """``find_meeting_mentions`` over ``text[start:end]``, read once per span: the year vote and the meeting
        reader both read every sentence. The fallback changes the reading only where it names a series for a
        name no rule knows; where it names none for every name it is asked, the reading without it stands."""
        key = (start, end)
        if key not in self._mentions:
            asked: list[str] = []

            def record(name: str) -> None:
                asked.append(name)      # answering None reads exactly as having no fallback
                return None

            found = find_meeting_mentions(self.text, self.folded, self.lower, start, end, fallback=record)
            self._mentions[key] = (found, tuple(asked))
        found, asked = self._mentions[key]
        if fallback is not None and any(fallback(name) is not None for name in asked):
            return find_meeting_mentions(self.text, self.folded, self.lower, start, end, fallback=fallback)
        return list(found)   # a copy: the meeting reader replaces items of its list

    @cached_property
    def lower(self) -> str:
        """The text lower-cased one character for one."""
        return lower_keep_length(self.text)

    @cached_property
    def country_hits(self) -> list[GazetteerHit]:
        """Country and organisation names in the whole text, looked up once for every stage."""
        return find_countries(self.text)

    @cached_property
    def city_hits(self) -> list[GazetteerHit]:
        """Host-city names in the whole text, looked up once for every stage."""
        return find_cities(self.text)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A per-article result computed once, for stages that read the same thing (people's mentions
        are read by the people and the meetings stages)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def quality_factor(self) -> float:
        factor = 1.0
        for flag in self.article.quality:
            factor *= QUALITY_PENALTY.get(flag, 1.0)
        return factor

    def evidence(self, spans: list[Span], extractor: str, version: str, confidence: float) -> Evidence:
        """Evidence with the confidence lowered by the article's quality flags."""
        return Evidence(sorted(set(spans)), extractor, version, round(confidence * self.quality_factor, 3))

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


# "Chiều 20/9 (giờ địa phương, tức rạng sáng 21/9 giờ Việt Nam)": a day restated in another time zone's clock.
_CONVERTED_BEFORE = re.compile(r"\((?:[^()]{0,40}[,;]\s*)?(?:tuc(?: la)?|nghia la)\s+(?:(?:rang sang|sang|chieu|toi|trua|dem)\s+)?"
                               r"(?:ngay\s+)?$")
_CONVERTED_AFTER = re.compile(r"\s*(?:\(\s*)?(?:theo\s+)?gio\s+(?:viet nam|ha noi)\b")


def _converted_day(folded: str, d: DateMention) -> bool:
    """Whether a date only restates, in the home clock, the day of what the text tells (the local day said before
    it is the one meant)."""
    return bool(_CONVERTED_BEFORE.search(folded, max(0, d.start - 70), d.start) or _CONVERTED_AFTER.match(folded, d.end))


def _past_the_credit(sentences: list[Sentence], credit: tuple[int, ReportCredit] | None) -> list[Sentence]:
    """The sentence a report credit opens starts after it: "Bangkok, 2/8 (TTXVN) - Hội nghị đã khai mạc ..." is
    read, as every other sentence, from its own first word ("Hội nghị ...")."""
    if credit is None:
        return sentences
    end = credit[0] + credit[1].end
    out = []
    for s in sentences:
        if credit[0] <= s.start and s.end <= end:
            continue            # "Jakarta, ngày 10/7/2023" alone on its line: no sentence of the body
        if s.start <= credit[0] < end < s.end:
            s = replace(s, span=Span(end, s.end), text=s.text[end - s.start:])
        out.append(s)
    return out


def make_context(article: Article) -> DocContext:
    anchor = None
    if article.published:
        try:
            anchor = date.fromisoformat(article.published[:10])
        except ValueError:
            anchor = None
    ctx = DocContext(article=article, sentences=split_sentences(article.text), anchor=anchor)
    ctx.sentences = _past_the_credit(ctx.sentences, ctx.credit)
    if anchor is None and ctx.dateline is not None:
        ctx.anchor = ctx.dateline[2]      # before the timeframe is read: the day the report was filed
    ctx.default_year = ctx.timeframe.year
    if ctx.anchor is None and ctx.default_year is not None and (filed := ctx._credit_day(ctx.default_year)):
        ctx.anchor = filed[2]             # "Hà Nội, 18/8 (TTXVN) - Hôm qua, ...": filed on 18/8 of the article's year
    if ctx.anchor is None and ctx.default_year is not None:
        # "kết thúc vào ngày mai (7/4)": the text tells the day it was written; the article's year stays its votes'.
        ctx.anchor = implied_today(ctx.dates, ctx.default_year)
    return ctx
