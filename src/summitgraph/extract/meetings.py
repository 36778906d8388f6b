"""Meetings: named multilateral meetings and bilateral visits and talks, one record per meeting.

Mentions are found sentence by sentence, given their slots from the words around them, then merged
within the article: the same series and ordinal, or the same series and partner or parties with
dates that fit, are one meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from collections import Counter
from datetime import date, timedelta
from typing import Callable

from summitgraph import registry
from summitgraph.extract import attributes as attr
from summitgraph.extract.bilateral import OFFICE_MARK, find_bilateral, is_call
from summitgraph.extract.candidate import Candidate
from summitgraph.extract.context import DocContext
from summitgraph.extract.dates import DateMention
from summitgraph.extract.learned.hook import more_mentions
from summitgraph.extract.mentions import MeetingMention, levelless_partner_name
from summitgraph.extract.series import (PLUS_ONE, bracketed_acronym, canonical, classify, identity, ordinal_of,
                                       partner_series, partner_with, partners_named, portfolio)
from summitgraph.model import MeetingRecord, Span

NAME = "meetings"
VERSION = "1.87"  # what each version changed: docs/versions.md

# Series the ASEAN chair of the year chairs.
CHAIRED_BY_ASEAN_CHAIR = {"asean-summit", "amm", "admm", "admm-plus", "amm-retreat", "acc", "asean-som", "jcm", "apt-summit",
                          "apt-other", "eas", "eas-other", "arf", "arf-other", "aipa", "asean-partner-summit"}


# A year written after these words is a target, not the time of the news: "đến năm 2030", "Tầm nhìn 2025".
_TARGET_BEFORE = re.compile(r"(?:den|toi|tam nhin|giai doan|ke hoach|chuong trinh nghi su|vision|truoc)\s*(?:nam\s*)?$")


_YEAR_WORD = re.compile(r"(?:nam|trong nam)\b")


def _year_weight(d: DateMention, folded: str) -> float:
    """How strongly a date mention says "this is when the news happens": a day or month with its
    year most, "năm 2018" less, a bare year after a name ("APEC 2017", "Tầm nhìn 2025") or "vào năm
    2020" (as often a target as a past) least."""
    if d.first.month is not None:
        return 2.0
    return 1.0 if _YEAR_WORD.match(folded, d.start) else 0.5


_OFFICIALS_OF = {"eas": "eas-other", "apt-summit": "apt-other"}
_OFFICIALS = {"asean-som", "apt-other", "eas-other", "arf-other", "asean-partner-other"}
_SHARED_HEAD = re.compile(r"\bva (?:cac nuoc |cac quoc gia )?tham gia\s*$")
# A leaders' meeting named with no body ("Hội nghị cấp cao lần thứ 10", "hội nghị thượng đỉnh").
# "hội nghị thượng đỉnh của khối 10 thành viên": the bloc the article is about.
# "hội nghị thượng đỉnh thường niên": the yearly one.
_BARE_SUMMIT = re.compile(r"^(?:hoi nghi |cuoc hop |hop )?(?:cap cao|thuong dinh)(?: thuong nien)?(?: lan thu \w+)?"
                          r"(?: cua khoi(?: \d{1,2} (?:thanh vien|nuoc))?)?$")
# A ministers' meeting named with no body ("Hội nghị Bộ trưởng").
_BARE_MINISTERS = re.compile(r"^(?:hoi nghi |cuoc hop )(?:cac )?bo truong(?: lan thu \w+)?$")
# A ministers' or senior officials' meeting named by its sector and no body ("Hội nghị bộ trưởng kinh tế",
# "cuộc họp các Bộ trưởng Quốc phòng lần thứ 9", "Hội nghị trù bị cấp Bộ trưởng Ngoại giao").
_SECTOR_MINISTERS = re.compile(r"^((?:hoi nghi|cuoc hop) (?:tru bi cap )?(?:cac )?(?:bo truong|som)(?: [a-z]+){1,4}?)"
                               r"((?: hep| khong chinh thuc)?(?: lan thu \w+)?(?: \([a-z+ -]+\d*\))?)$")
_OWN_ASEAN_SERIES = {"amm", "aem", "admm", "asean-sectoral", "asean-som", "amm-retreat"}


def _as_asean_body(canon: str) -> str | None:
    """The series of a bodyless sector meeting's name read as ASEAN's, if one of ASEAN's own."""
    m = _SECTOR_MINISTERS.match(canon)
    series = classify(f"{m.group(1)} asean{m.group(2)}")[0] if m else None
    return series if series in _OWN_ASEAN_SERIES else None


# A framework named without its own meeting noun ("Cấp cao Đông Á", "EAS") in a list after a ministers' meeting.
_LEVEL_LEFT_TO_HEAD = re.compile(r"(?:cap cao dong a|eas)\b")
_MINISTERS = re.compile(r"\b(?:bo truong|ngoai truong)\b")
# "Hội nghị EAS", "EAS", "Hội nghị ASEAN+3": a framework's name with no level of its own.
_LEVELLESS_EAS = re.compile(r"^(?:hoi nghi |cuoc hop )?(?:eas|dong a)\b(?! .*\b(?:cap cao|lanh dao)\b)")
_LEVELLESS_APT = re.compile(r"^(?:hoi nghi |cuoc hop )?asean\+3(?: lan thu \w+)?$")
_ANY_LEVEL = re.compile(r"\b(?:bo truong|ngoai truong|cap cao|lanh dao)\b")


def _head_is_ministers(mentions: list[MeetingMention]) -> bool | None:
    """Whether the last of ``mentions`` that says its level is a ministers' meeting (None: none says one).
    "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 và các hội nghị liên quan gồm ASEAN+3, EAS và ARF": the related
    meetings are at the level of the one they are related to."""
    levelled = [m for m in mentions if _ANY_LEVEL.search(canonical(m.name))]
    return bool(_MINISTERS.search(canonical(levelled[-1].name))) if levelled else None


def _level_of_listed(m: MeetingMention, before: list[MeetingMention], after: list[MeetingMention] = ()) -> str:
    """The series of a listed framework meeting named without its level, at the level of the meeting before it;
    when none before says one, at the level of the next in its list ("các hội nghị 10+1, 10+3 và Cấp cao Đông Á")."""
    canon = canonical(m.name)
    if m.listed is None or not (before or after):
        return m.series
    ministers = _head_is_ministers(before)
    if ministers is None:
        ministers = _head_is_ministers([x for x in after if x.listed == m.listed][:1])
    if m.series == "eas" and _LEVELLESS_EAS.match(canon) and ministers:
        return "eas-other"
    if m.series == "apt-other" and _LEVELLESS_APT.match(canon) and ministers is False:
        return "apt-summit"
    return m.series
_SECTOR_SERIES = {"aem", "amm", "admm", "asean-sectoral", "apt-other"}
_SUMMITS_OUTSIDE_ASEAN = {"subregional", "other-multilateral"}


@dataclass
class ArticleSeries:
    """What an article is about, for names no series rule knows: in an article about ASEAN "the summit"
    is the ASEAN Summit; a meeting of the lead meeting's sector ("Diễn đàn Du lịch ...", "Hội nghị Bộ
    trưởng") belongs to the lead meeting's series."""

    asean: bool
    lead_series: str | None = None
    lead_body: str | None = None
    lead_summit: str | None = None   # the series of a leaders' meeting outside ASEAN the lead tells of

    def learn(self, found: list[Candidate]) -> None:
        for cand in found:
            if self.lead_series is None and cand.series in _SECTOR_SERIES:
                self.lead_series, self.lead_body = cand.series, identity(cand.name)[0]
            if self.lead_summit is None and cand.series in _SUMMITS_OUTSIDE_ASEAN \
                    and identity(cand.name)[1] == "cap cao":
                self.lead_summit = cand.series

    def __call__(self, name: str) -> str | None:
        canon = canonical(name)
        if self.asean and _BARE_SUMMIT.match(canon):
            return "asean-summit"
        if not self.asean and self.lead_summit and _BARE_SUMMIT.match(canon) and ordinal_of(canon):
            # "kể từ Hội nghị Cấp cao lần thứ 3" in an article about the Mekong-Lancang summit: that body's summit (a
            # bare "hội nghị thượng đỉnh" unnumbered is as often the lead's own, told again).
            return self.lead_summit
        if self.asean and partner_with(canon):
            return partner_series(canon)  # "Hội nghị Cấp cao với Nhật Bản": ASEAN's, in the week of its summit
        if self.lead_series and _BARE_MINISTERS.match(canon):
            return self.lead_series
        own = _as_asean_body(canon) if self.asean else None
        if own:
            return own  # "Tại Hội nghị bộ trưởng kinh tế vừa qua, ASEAN đã ký ..."
        if self.lead_series == "asean-sectoral" and self.lead_body and identity(name)[0] == self.lead_body:
            return self.lead_series
        return None


def article_year(dates: list[DateMention], folded: str, anchor: date | None) -> int | None:
    """The year an undated day or month belongs to: the publication year, else the year the article
    writes most strongly as a time (ties: the later, since news recalls older years); not spans
    ("2015-2025"), not targets ("đến năm 2030"). None when no year is written: dates stay "--MM-DD"."""
    if anchor:
        return anchor.year
    weights: dict[int, float] = {}
    for d in dates:
        y = d.first.year
        if y is None or d.last.year != y:
            continue
        if _TARGET_BEFORE.search(folded[max(0, d.start - 24):d.start]):
            continue
        weights[y] = weights.get(y, 0.0) + _year_weight(d, folded)
    best = max(weights, key=lambda y: (weights[y], y), default=None)
    # Bare years alone ("APEC 2017", "vào năm 2020") are too weak to date the whole article.
    return best if best is not None and weights[best] >= 1.0 else None


def _summit_year(ordinal: int | None) -> int | None:
    summit = registry.summits().get(ordinal) if ordinal else None
    return int(summit.start[:4]) if summit else None


def registry_dates(series: str, ordinal: int) -> tuple[str | None, str | None]:
    """(start, end) of a numbered meeting by the registry: a numbered ASEAN Summit's days, else the
    year of a meeting of an annual series ("AIPA-46" -> 2025), else (None, None)."""
    summit = registry.summits().get(ordinal) if series == "asean-summit" else None
    if summit:
        return summit.start, summit.end
    year = registry.year_of_numbered(series, ordinal)
    return (str(year), str(year)) if year else (None, None)


def _candidates_in_sentence(ctx: DocContext, folded: str, lower: str, dates: list[DateMention],
                            year: int | None, s_start: int, s_end: int, about: "ArticleSeries") -> list[Candidate]:
    text = ctx.text
    mentions = ctx.meeting_mentions(s_start, s_end, fallback=about)  # folded, lower: ctx's own
    mentions = more_mentions(ctx, s_start, s_end, mentions, about)  # the learned tagger's (issue 11)
    out: list[Candidate] = []
    for i, m in enumerate(mentions):
        if i and m.series in _OFFICIALS_OF and _SHARED_HEAD.search(folded, mentions[i - 1].end, m.start) \
                and mentions[i - 1].series in _OFFICIALS:
            # "Hội nghị quan chức cấp cao ASEAN+3 và các nước tham gia Hội nghị cấp cao Đông Á": the officials
            # of the second framework meet too.
            m = replace(m, series=_OFFICIALS_OF[m.series])
            mentions[i] = m
        if i and m.series == "eas" and _LEVEL_LEFT_TO_HEAD.match(canonical(m.name)) \
                and _MINISTERS.search(canonical(mentions[i - 1].name)) \
                and attr.listed_together(folded, mentions[i - 1].end, m.start):
            # "Hội nghị Bộ trưởng Ngoại giao ASEAN+3, Cấp cao Đông Á và ...": the ministers of the East Asia Summit.
            m = replace(m, series="eas-other")
            mentions[i] = m
        elif _level_of_listed(m, mentions[:i], mentions[i + 1:]) != m.series:
            m = replace(m, series=_level_of_listed(m, mentions[:i], mentions[i + 1:]))
            mentions[i] = m
        # Meetings named under one head noun ("ASEAN-Úc và ASEAN-Hàn Quốc") share the words around the list.
        before = [x for x in mentions[:i] if m.listed is None or x.listed != m.listed]
        after = [x for x in mentions[i + 1:] if m.listed is None or x.listed != m.listed]
        lo = before[-1].end if before else s_start
        hi = after[0].start if after else s_end
        # A venue said before an acronym that names the same meeting ("tại ... Busan, các Bộ trưởng APEC
        # ... Hội nghị Bộ trưởng APEC 2005") is still this meeting's: look back past acronyms.
        venue_lo = max((x.end for x in mentions[:i] if not x.acronym_only), default=s_start)
        # "SOM ASEAN ngày 13/4 để chuẩn bị cho Hội nghị Cấp cao ...": the day said before the cue is the preparer's.
        cue = attr.prepare_cue(folded, mentions[i - 1].end, m.start) if i else None
        others = tuple(x.end for x in mentions if x is not m)
        out.append(_candidate(ctx, folded, dates, year, m, lo, hi, s_start, s_end, venue_lo,
                              dates_lo=None if cue is None else max(lo, cue), others=others))
        if cue is not None:
            out[i - 1].prepares = out[i]
        elif i > 1 and out[i - 2].prepares is out[i - 1] and attr.joined(folded, mentions[i - 1].end, m.start):
            # "chuẩn bị cho X và Y": Y is to come as well.
            out[i].status, out[i].status_said = "planned", True
    _share_list_dates(folded, mentions, out)
    _respectively(ctx, folded, dates, year, mentions, out, s_start, s_end)
    _day_given_by_frame(ctx, folded, dates, year, mentions, out, s_start)
    return out


_RESPECTIVELY = re.compile(r"\blan luot\b")


def _respectively(ctx: DocContext, folded: str, dates: list[DateMention], year: int | None,
                  mentions: list[MeetingMention], out: list[Candidate], s_start: int, s_end: int) -> None:
    """"Hội nghị A và Hội nghị B lần lượt diễn ra vào ngày 5/9 và 6/9", "... lần thứ 42 và 43 lần lượt diễn ra tại
    Labuan Bajo và Jakarta": as many days (or places) said after "lần lượt" as meetings named before it are each
    one's, in order; a span of as many days ("các ngày 5, 6 và 7/9") gives one day each."""
    cue = _RESPECTIVELY.search(folded, s_start, s_end)
    named = [i for i, m in enumerate(mentions) if cue and m.end <= cue.start()]
    if len(named) < 2:
        return
    told = attr.dates_in(dates, cue.end(), s_end)
    days = [attr.resolve_date(d, ctx.anchor, ctx.timeframe.year_in(s_start, s_end) or year,
                              attr.article_reference(ctx, dates)) for d in told]
    if len(days) == 1 and days[0][0] and days[0][1]:
        first = days[0][0]
        count = _day_count(first, days[0][1])
        days = [(attr.moved_day(first, k),) * 2 for k in range(len(named))] if count == len(named) else []
    if len(days) == len(named) and all(start for start, _ in days):
        for i, (start, end) in zip(named, days):
            out[i].start, out[i].end = start, end
    places = [p for p in attr.places_in(ctx.text, cue.end(), s_end) if p.city]
    if len(places) == len(named):
        for i, place in zip(named, places):
            out[i].city, out[i].country = place.city, place.country


def _day_count(first: str, last: str) -> int | None:
    """How many days first..last spans, both full days written alike; None otherwise."""
    a, b = _day(first), _day(last)
    return (b - a).days + 1 if a and b and b >= a else None


# What opens a frame the sentence's act happens within: "bên lề", "trong khuôn khổ", "nhân dịp (tham) dự".
_FRAME_OPENS = re.compile(r"\b(?:ben le|trong khuon kho|nhan dip(?: tham)?(?: du)?|trong dip(?: tham)? du)\s*(?:cac\s+|cua\s+)?$")


def _day_before_its_frame(folded: str, chosen: DateMention, m: MeetingMention, s_lo: int) -> bool:
    """"Ngày 11/11, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 40, Thủ tướng hội kiến ...": a day said before
    the frame a meeting opens is the day of what was done within it; a numbered Summit, which meets over several
    days, is then dated to its month (as one whose talks are said held "tại" it)."""
    return chosen.end <= m.start and _FRAME_BEFORE_NAME.search(folded, max(s_lo, chosen.end), m.start) is not None


# A frame opened before a meeting's name, perhaps by a trip to attend it ("trong khuôn khổ chuyến công tác dự").
_FRAME_BEFORE_NAME = re.compile(r"\b(?:ben le|trong khuon kho|nhan dip|trong dip)\b[^.;:,]{0,45}$")


def _day_given_by_frame(ctx: DocContext, folded: str, dates: list[DateMention], year: int | None,
                        mentions: list[MeetingMention], out: list[Candidate], s_start: int) -> None:
    """"Chiều 6/9, bên lề Hội nghị Cấp cao ASEAN 43, Thủ tướng dự Hội nghị Cấp cao ASEAN - Nhật Bản": the day
    said before the frame is not the frame's but the day of the meeting attended within it."""
    for i in range(1, len(out)):
        frame, m = mentions[i - 1], mentions[i]
        if out[i].start and len(out[i].start) >= 10 or "." in folded[frame.end:m.start] or frame.listed is not None \
                and frame.listed == m.listed:
            continue
        if m.series == frame.series and attr.listed_together(folded, frame.end, m.start):
            continue      # "trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 40 và 41": both are the frame
        opens = _FRAME_OPENS.search(folded, max(s_start, frame.start - 30), frame.start)
        if not opens:
            continue
        days = [d for d in attr.dates_in(dates, s_start, frame.start) if not d.is_range and d.first.day]
        # "Ngày 6/9, trong khuôn khổ Hội nghị X, ...": the day is the act's within X (X keeps it too).
        if not days or not (attr.frame_day(folded, days[-1], frame.start, frame.end)
                            or opens.group().startswith("trong khuon kho")):
            continue
        own_year = ctx.timeframe.year_in(s_start, m.end) or year
        start, end = attr.resolve_date(days[-1], ctx.anchor, own_year, attr.article_reference(ctx, dates))
        # The meetings listed with the one attended ("các hội nghị với Trung Quốc, Nhật Bản") share its day.
        listed = [k for k in range(i, len(out)) if k == i or m.listed is not None and mentions[k].listed == m.listed]
        for k in listed if start else ():
            if not (out[k].start and len(out[k].start) >= 10):
                out[k].start, out[k].end = start, end


def _status_from_dates(records: list[Candidate], anchor) -> None:
    """A meeting whose words said nothing of its status but which took a date later (from its list, its lead,
    the event it sits beside) is planned when that date is after the article's."""
    for rec in records:
        if rec.status_said or anchor is None or not rec.start or rec.start.startswith("--") or len(rec.start) < 7:
            continue
        rec.status = "planned" if rec.start > anchor.isoformat()[:len(rec.start)] else "held"


def _share_list_dates(folded: str, mentions: list[MeetingMention], out: list[Candidate]) -> None:
    """Meetings listed together with one date ("Ngày 14/11, Hội nghị Cấp cao ASEAN+3, Hội nghị Cấp cao
    Đông Á và ...") all take it, whether it comes before the list or after it, and the place said with it."""
    def take(i: int, k: int) -> None:
        lo, hi = min(i, k), max(i, k)
        if not attr.listed_together(folded, mentions[lo].end, mentions[hi].start):
            return
        if out[i].start is None and out[k].start:
            out[i].start, out[i].end = out[k].start, out[k].end
            if not out[i].status_said and out[k].status_said:
                # The list's date says whether it is still to come, for each meeting listed.
                out[i].status, out[i].status_said = out[k].status, True
        if out[i].start is None and out[k].start is None and not out[i].status_said and out[k].status_said:
            # "Hội nghị A và Hội nghị B sẽ diễn ra tại Busan": undated, the list's verb still says it is to come.
            out[i].status, out[i].status_said = out[k].status, True
        if out[i].city is None and out[i].country is None and (out[k].city or out[k].country):
            out[i].city, out[i].country, out[i].format = out[k].city, out[k].country, out[k].format
        if out[i].format is None and out[k].format in ("online", "hybrid"):
            out[i].format = out[k].format   # "Hội nghị A và B theo hình thức trực tuyến": both met online

    for i in range(1, len(out)):
        take(i, i - 1)
    for i in range(len(out) - 2, -1, -1):
        take(i, i + 1)


def _lead_end(ctx: DocContext) -> int:
    """End of the article's lead: its title and first body sentence, which name the article's own event."""
    return ctx.lead_end


def _un_organ_session(name: str) -> bool:
    """Whether a name is a session of a UN organ ("Phiên thảo luận mở ... của Hội đồng Bảo an")."""
    body, level = identity(name)
    return body in ("lien hop quoc", "hoi dong bao an") and level in ("dai hoi dong", "hoi dong bao an")


def _candidate(ctx: DocContext, folded: str, dates: list[DateMention], year: int | None,
               m: MeetingMention, lo: int, hi: int, s_lo: int, s_hi: int, venue_lo: int | None = None,
               dates_lo: int | None = None, others: tuple[int, ...] = ()) -> Candidate:
    region_dates = attr.dates_in(dates, lo if dates_lo is None else dates_lo, hi)
    if hi < s_hi and dates_lo is None:
        region_dates = [d for d in region_dates if not _opens_next_clause(folded, d, m, hi)]
    chosen = attr.pick_date(region_dates, m.start, m.end, folded, anchored=ctx.anchor is not None)
    if attr.telling_day(folded, chosen, m.start, m.end):
        chosen = None           # the day the meeting to come was told of
    # A day without a year: a numbered meeting's own year, else the one its sentence states, else the article's.
    own_year = (registry.year_of_numbered(m.series, m.ordinal) if m.ordinal else None) \
        or ctx.timeframe.year_in(s_lo, s_hi, others) or year
    start, end = attr.resolve_date(chosen, ctx.anchor, own_year, attr.article_reference(ctx, dates))
    if start and chosen and (_travel_day(folded, chosen, m) or attr.frame_day(folded, chosen, m.start, m.end)
                             or _trip_span(ctx.lower, s_lo, s_hi, m, start, end)
                             or m.series == "asean-summit" and m.ordinal and _day_before_its_frame(folded, chosen, m, s_lo)):
        start = end = start[:7] if not start.startswith("--") else start[:4]
    if start and chosen and (offset := _days_from_the_other(folded, chosen, m.start)) is not None:
        start = end = attr.moved_day(start, offset) if start == end else None
    day_of_act = bool(chosen and attr.joined_by_at(folded, chosen, m.start))
    if start is None:
        start = end = attr.year_in_name(m.name)
    region_places = [p for p in attr.places_in(ctx.text, lo, hi) if not _placed_the_one_before(folded, p, lo, s_lo, m)]
    earlier = attr.places_in(ctx.text, venue_lo, lo) if venue_lo is not None and venue_lo < lo else []
    place = attr.located_place(folded, region_places, m.start, m.end) \
        or attr.located_place(folded, earlier, m.start, m.end) \
        or attr.pick_place(folded, region_places, m.start, m.end)
    # "Việt Nam đã tổ chức Hội nghị ...": a country said to organise it hosts it, and so chairs it.
    # A session of the General Assembly or the Security Council is chaired by a member, hosted by none.
    host = None if place or _un_organ_session(m.name) \
        else attr.host_before(ctx.text, folded, s_lo, m.start) or attr.host_after(ctx.text, folded, m.end, hi)
    place = place or host
    city = place.city if place else None
    country = place.country if place else None
    region = folded[lo:hi]
    # A time with no number ("chiều qua", "hôm nay") still makes it one dated occasion.
    said_when = chosen is not None or any(d.is_deictic for d in region_dates)
    status, status_said = attr.meeting_status(region, folded[max(lo, m.start - 90):m.start], start, ctx.anchor)
    spans = [Span(m.start, m.end)] + ([Span(chosen.start, chosen.end)] if chosen else [])
    host_said = bool(host or country and attr.HOST_CUE.search(folded, s_lo, s_hi))
    # The chair said of this mention (right before it, or after it up to the next) before one said in its sentence.
    said_year = (_year_of(start) if start else None) or own_year
    chair = attr.chair_before(ctx.text, folded, s_lo, m.start, said_year) \
        or attr.chair_said(ctx.text, folded, m.end, hi, said_year) or attr.chair_said(ctx.text, folded, s_lo, s_hi, said_year)
    cochairs = attr.cochairs_said(ctx.text, folded, s_lo, s_hi, m.start)
    if place:
        spans.append(Span(place.start, place.end))
    confidence = 0.85 if m.ordinal or chosen or place else 0.6
    parties = _sentence_parties(ctx.text, m.name, s_lo, s_hi) if m.series == "bilateral-talks" else None
    cand = Candidate(
        series=m.series, name=m.name, span=Span(m.start, m.end), ordinal=m.ordinal, partner=m.partner,
        parties=parties,
        start=start, end=end, city=city, country=country,
        # A format said after the previous meeting's name is that meeting's ("SOM ... theo hình thức trực
        # tuyến, nhằm chuẩn bị cho Hội nghị ... tại Siem Reap"): only the mention's own words and after count.
        format=attr.meeting_format(region if lo <= s_lo else folded[m.start:hi], place is not None),
        status=status, status_said=status_said, host_said=host_said, chair_said=chair, cochairs_said=cochairs,
        generic=m.generic, acronym_only=m.acronym_only, confidence=confidence * (0.8 if m.acronym_only else 1.0),
        spans=spans, topical=said_when or s_lo <= ctx.article.body_start + 1 or m.start < _lead_end(ctx),
        day_of_act=day_of_act, other_year=_other_year(start, year))
    if chosen is not None and (first_weekday := attr.days_from_weekday(folded, chosen)):
        _stretch(cand, first_weekday, 0)          # "từ thứ Ba đến thứ Năm tuần này"
    if chosen is not None and (stretch := attr.span_by_length(folded, chosen, s_lo, s_hi)):
        _stretch(cand, *stretch)
    elif chosen is not None and (after := _sentence_after(ctx, s_hi)) is not None \
            and (before := attr.closed_after_days_of_work(folded, chosen, after.start, after.end)):
        _stretch(cand, before, 0)
    elif chosen is not None and (after := _sentence_after(ctx, s_hi)) is not None \
            and (later := attr.opened_for_days(folded, chosen, s_lo, s_hi, after.start, after.end)):
        _stretch(cand, 0, later)
    if chosen is not None and chosen.is_deictic:
        # "khai mạc sáng nay ... và kéo dài đến hết ngày 14/7": a day with no number runs to the closing day.
        _close_on_day_said(cand, attr.closing_day_in(dates, m.end, hi, folded))
    return cand


def _other_year(start: str | None, year: int | None) -> bool:
    """Whether a meeting is dated in a year other than the article's: by a bare year ("đăng cai APEC năm 2006") or
    by a month or day with its year ("tại Phnom Penh tháng 11/2002", in an article on the 2004 summits)."""
    return bool(start and year and not start.startswith("--") and start[:4] != str(year))


# "... Hội nghị A tại Sydney vào tháng 3/2018 và Ấn Độ tổ chức Hội nghị B": the place said right after A's name.
_ATTACHED_PLACE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:se|da|duoc|dang)\s+)*(?:(?:to chuc|dien ra|khai mac|hop)\s+)?"
                             r"(?:tai|o)\s+(?:thu do\s+|thanh pho\s+)?")


def _placed_the_one_before(folded: str, place: attr.Place, lo: int, s_lo: int, m: MeetingMention) -> bool:
    """Whether a place said before a meeting's name, right after the previous meeting's ("A tại Sydney ... và B"),
    is that previous meeting's venue rather than this one's; not when the previous one is the frame this one is held
    in ("Bên lề Hội nghị A diễn ra tại Kuala Lumpur, đã diễn ra Hội nghị B": B meets there too)."""
    return lo > s_lo and place.end <= m.start and _ATTACHED_PLACE.fullmatch(folded, lo, place.start) is not None \
        and _FRAMED_BEFORE.search(folded, s_lo, lo) is None


_FRAMED_BEFORE = re.compile(r"\b(?:ben le|trong khuon kho|nhan dip|trong dip|khuon kho)\b")


# A date that opens a new clause after a meeting's name: ", còn vào ngày 13/11/2017, ", "; ngày 6/3, ", ", tiếp đó ngày
# 13/7 là ".
# The clause of the first name has words of its own before the break ("Hội nghị A đã kết thúc, còn vào ngày ..."),
# else it is an adverbial ("Sau Hội nghị A, ngày 14/7 ..."); a date right after the name and its comma ("Hội nghị
# A, ngày 7/9 tại Manila, ...") is A's own.
_CLAUSE_OPENED = re.compile(r"(?P<said>[^,;]*?)[,;]\s*(?:(?:con|va|roi|tiep do|sau do|tiep theo|trong khi do|den|toi)\s+)?"
                            r"(?:vao\s+)?")
_ADVERBIAL = re.compile(r"\b(?:sau|truoc|tiep sau)\s*$")
_INTO_NEXT_NAME = re.compile(r"\s*,?[^,;.:()]{0,50}")


def _opens_next_clause(folded: str, d: DateMention, m: MeetingMention, next_start: int) -> bool:
    """Whether a date said after a meeting's name opens the clause that names the next meeting ("Hội nghị A đã kết
    thúc, còn vào ngày 13/11, Hội nghị B sẽ khai mạc"): the date is B's, not A's."""
    opened = _CLAUSE_OPENED.fullmatch(folded, m.end, d.start) if d.start >= m.end else None
    return opened is not None and _INTO_NEXT_NAME.fullmatch(folded, d.end, next_start) is not None \
        and (opened.group("said").strip() != "" or _ADVERBIAL.search(folded, max(0, m.start - 12), m.start) is not None)


# A trip's days: a meeting attended on a trip that also visits ("sẽ thăm chính thức Kuwait và Algeria, tham dự Hội
# nghị Thượng đỉnh G20 ... từ ngày 16 đến 24/11") meets on some of them, in that month.
_VISIT = re.compile(r"(?<!\w)thăm(?!\w)")
_TRIP_LONGER_THAN = 4


def _trip_span(lower: str, s_lo: int, s_hi: int, m: MeetingMention, start: str, end: str | None) -> bool:
    """Whether the span of days given a multilateral meeting is that of a trip its sentence tells with visits."""
    first, last = _day(start), _day(end)
    return not m.series.startswith("bilateral") and first is not None and last is not None \
        and (last - first).days > _TRIP_LONGER_THAN and _VISIT.search(lower, s_lo, s_hi) is not None


# "diễn ra ngày 14/7, một ngày sau Hội nghị ...", "hai ngày trước khi Hội nghị ... khai mạc": the meeting named
# after it is that many days before (after) the day said.
_DAYS_FROM_THE_OTHER = re.compile(r"[,;(]?\s*(mot|1|hai|2|ba|3) ngay (sau|truoc)(?: khi)?(?: (?:dien ra|khai mac))?"
                                  r"\s*(?:cac\s+)?$")
_DAY_COUNT = {"mot": 1, "hai": 2, "ba": 3}


def _days_from_the_other(folded: str, chosen: DateMention, mention_start: int) -> int | None:
    """Days from the single day ``chosen``, said right before a mention that "một ngày sau" puts at a distance from
    it, to the mention's meeting; None when nothing does."""
    if chosen.is_range or chosen.end > mention_start or mention_start - chosen.end > 60:
        return None
    m = _DAYS_FROM_THE_OTHER.search(folded, chosen.end, mention_start)
    if m is None or _CLAUSE_END.search(folded, chosen.end, m.start()):
        return None
    n = _DAY_COUNT.get(m.group(1)) or int(m.group(1))
    return -n if m.group(2) == "sau" else n


_CLAUSE_END = re.compile(r"[.;:!?]")


def _sentence_after(ctx: DocContext, offset: int):
    """The sentence that begins at or after ``offset``, if any."""
    return next((s for s in ctx.sentences if s.start >= offset), None)


# "Chiều 12/9, đoàn đã đến New York tham dự Hội nghị ...": the day is the journey's; so is a homecoming's ("về tới Hà
# Nội ngày 15/7, kết thúc chuyến tham dự Hội nghị ...", "ngày 15/7 trở về nước sau chuyến dự ...").
_TRAVEL_TO_ATTEND = re.compile(r"\b(?:den|toi|len duong|roi|sang|ket thuc (?:chuyen|chuong trinh)|tro ve|ve nuoc)\b"
                               r"[^.;]{0,80}\b(?:tham du|de du|du)\s*(?:cac\s*)?$")


def _travel_day(folded: str, chosen: DateMention, m: MeetingMention) -> bool:
    """Whether a single day before a meeting's name is the day someone set off or arrived to attend it:
    the meeting is then dated only to that month. "Chiều nay, ... rời Hà Nội lên đường dự": a deictic day too."""
    if chosen.is_range or not (chosen.first.day or chosen.relative in attr.DEICTIC_DAYS) \
            or chosen.end > m.start or m.start - chosen.end > 200:
        return False
    return _TRAVEL_TO_ATTEND.search(folded, chosen.end, m.start) is not None


def _without_year(iso: str) -> str:
    """"2020-04-05" -> "04-05", "--04-05" -> "04-05", "2020" -> "" (any day)."""
    return iso[2:] if iso.startswith("--") else iso[5:]


def _overlap(a: str | None, b: str | None, c: str | None, d: str | None) -> bool:
    """Whether two partial ISO date ranges can be the same days; unknown dates always can.

    When one side has no year, only months and days are compared."""
    if not a or not c:
        return True
    b, d = b or a, d or c
    if a.startswith("--") or c.startswith("--"):
        a, b, c, d = (_without_year(x) for x in (a, b, c, d))
    # A partial date covers everything that starts with it: "2020-04" ends at "2020-04\uffff".
    return a <= d + "\uffff" and c <= b + "\uffff"


# Series whose meetings are told apart by the body and level their names give.
_LOOSE = {"other-multilateral", "asean-sectoral", "subregional", "apt-other", "eas-other", "arf-other",
          "asean-partner-other", "aipa"}


def _one_traveller(a: Candidate, b: Candidate) -> bool:
    """Two mentions of a visit by the one traveller they both name: one trip, whichever tense each is told in
    ("sẽ thăm cấp Nhà nước Trung Quốc từ ngày 11 đến 15/5", "chuyến thăm Trung Quốc lần này của Chủ tịch nước")."""
    return a.series == "bilateral-visit" and a.subject is not None and a.subject == b.subject


def _held_and_to_come(a: Candidate, b: Candidate) -> bool:
    """A meeting the text says took place, and one it says is being prepared for, one of them dated: two
    occasions ("đã tổ chức Hội nghị Cấp cao ASEAN-Ấn Độ ngày 25/1/2018" and "Hội nghị Cấp cao ASEAN-Ấn Độ lần
    thứ 21 sẽ được tổ chức tại Viêng Chăn")."""
    if not (a.status == "held" and a.status_said and b.status == "planned" and b.status_said):
        return False
    if b.start is not None and a.start is None:
        return True
    # Held on its day with no number, to come with a number and no day: the number tells an edition to come.
    return a.start is not None and b.start is None and a.ordinal is None and b.ordinal is not None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


# Two words for one office: a headline's "Nhà vua" is the body's "Quốc vương", "Ngoại trưởng" its "Bộ trưởng
# Ngoại giao".
_TITLE_SYNONYMS = (("nha vua", "quoc vuong"), ("ngoai truong", "bo truong ngoai giao"))


def _one_title(folded_title: str) -> str:
    for word, same in _TITLE_SYNONYMS:
        if folded_title.startswith(word):
            return same + folded_title[len(word):]
    return folded_title


# A talk named by its verb alone, "hội đàm" (the formal talks of a visit), and one named by a call on, an audience
# with or a reception of someone ("chào xã giao Chủ tịch nước C", "hội kiến Tổng Bí thư D", "tiếp Bộ trưởng E").
_FORMAL_TALKS = re.compile(r"(?:cuoc |buoi )?hoi dam$")
_CALL_ON_SOMEONE = re.compile(r"(?:(?:da|se|cung|den) )*(?:chao|chao xa giao|tham xa giao|hoi kien|yet kien|tiep"
                              r"(?: xa giao| than mat| kien)?) [a-z]")


def _same_counterpart(rec: Candidate, cand: Candidate) -> bool:
    """Two talks of the same sides can be one when they name the same person met, or one names only the
    office ("Chủ tịch Quốc hội Cuba") the other names the holder of, or one tells the host receiving the
    guest and the other the guest calling on the host ("A tiếp B", "B đến chào A")."""
    a, b = rec.counterpart, cand.counterpart
    if a and b and rec.subject and cand.subject and rec.subject != cand.subject \
            and a not in (rec.subject, cand.subject) and b not in (rec.subject, cand.subject):
        # "Tổng Bí thư tiếp ông X", "Chủ tịch nước hội kiến ông X": two hosts, two talks; so too when one of them
        # names X by office ("Thủ tướng A hội kiến Tổng thống Indonesia", "Chủ tịch Quốc hội B tiếp Tổng thống X")
        return False
    if not a or not b:
        # "hai Thủ tướng đã hội đàm" and "chào xã giao Chủ tịch nước C" (or "điện đàm với Thủ tướng D"): formal
        # talks, and a call on, an audience with or a reception of someone named (or a phone call), are two meetings
        named = canonical((rec if a else cand).name)
        return not (_FORMAL_TALKS.match(canonical((cand if a else rec).name))
                    and (_CALL_ON_SOMEONE.match(named) or is_call(named)))
    if a == b:
        return True
    if registry.is_organisation(rec.counterpart_country) and rec.counterpart_country == cand.counterpart_country:
        return True     # "gặp Chủ tịch Ủy ban châu Âu và Chủ tịch Hội đồng châu Âu": one talk with the EU
    if a.startswith(OFFICE_MARK) != b.startswith(OFFICE_MARK):
        return rec.counterpart_country == cand.counterpart_country and any(
            x.startswith(y) or y.startswith(x) for x in map(_one_title, rec.counterpart_titles)
            for y in map(_one_title, cand.counterpart_titles))
    return a == cand.subject and b == rec.subject


# "Hội nghị Bộ trưởng Ngoại giao ASEAN với các Đối tác đối thoại (PMC)": ASEAN with all its partners at once.
_WITH_ALL_PARTNERS = re.compile(r"\b(?:cac|nhung) (?:nuoc |ben )?doi tac\b|\bpmc\b(?! ?\+)")


_RELATED = re.compile(r"\blien quan\b")


def _related_and_main(rec: Candidate, cand: Candidate) -> bool:
    """"hội nghị thượng đỉnh và các hội nghị liên quan của G20": the meetings related to one are not that one."""
    return bool(_RELATED.search(canonical(rec.name))) != bool(_RELATED.search(canonical(cand.name)))


def _all_partners_and_one(rec: Candidate, cand: Candidate) -> bool:
    """ASEAN's meeting with all its partners and its meeting with one of them are two meetings: the one
    partner is no slot the other lacks."""
    if bool(rec.partner) == bool(cand.partner):
        return False
    partnerless = cand if rec.partner else rec
    return bool(_WITH_ALL_PARTNERS.search(canonical(partnerless.name)))


_OCCASION = re.compile(r"\b(?:ky niem|dac biet)\b")


def _regular_and_occasion(a: Candidate, b: Candidate) -> bool:
    """A numbered or dated summit held and a commemorative or special one to come ("hoan nghênh Hội nghị Cấp cao
    kỷ niệm 30 năm ... sẽ diễn ra tại Busan", said at the 21st): two meetings with one partner."""
    def to_come(c: Candidate) -> bool:
        return c.ordinal is None and c.status == "planned" and c.status_said \
            and bool(_OCCASION.search(canonical(c.name)))
    def regular(c: Candidate) -> bool:   # numbered or dated, and held
        return (c.ordinal is not None or c.start is not None) and c.status == "held" \
            and not _OCCASION.search(canonical(c.name))
    return regular(a) and to_come(b) or regular(b) and to_come(a)


def _numbered_and_occasion(a: Candidate, b: Candidate) -> bool:
    """A numbered meeting and a special or commemorative one named without a number ("Hội nghị Cấp cao đặc biệt
    kỷ niệm 30 năm quan hệ ASEAN-Trung Quốc" beside "Hội nghị Cấp cao ASEAN-Trung Quốc lần thứ 25"): the
    regular edition and the occasion are two meetings, whatever each one's tense."""
    def occasion(c: Candidate) -> bool:
        return c.ordinal is None and bool(_OCCASION.search(canonical(c.name)))
    return a.ordinal is not None and occasion(b) or b.ordinal is not None and occasion(a)


_ANNIVERSARY_OF = re.compile(r"\bky niem (\d{1,3}) nam\b")


def _other_anniversaries(a: Candidate, b: Candidate) -> bool:
    """Summits for two anniversaries ("kỷ niệm 25 năm", "kỷ niệm 30 năm") are two meetings, dated or not."""
    years_a, years_b = _ANNIVERSARY_OF.search(canonical(a.name)), _ANNIVERSARY_OF.search(canonical(b.name))
    return bool(years_a and years_b) and years_a.group(1) != years_b.group(1)


def _same_meeting(rec: Candidate, cand: Candidate) -> bool:
    if rec.series != cand.series:
        return False
    if _regular_and_occasion(rec, cand) or _numbered_and_occasion(rec, cand) or _other_anniversaries(rec, cand):
        return False
    # "Cấp cao ASEAN - Nhật Bản lần thứ 9, ASEAN - Hàn Quốc lần thứ 9": one number, two partners.
    if rec.partner != cand.partner and rec.partner and cand.partner:
        return False
    if _all_partners_and_one(rec, cand):
        return False
    if _related_and_main(rec, cand):
        return False
    if rec.series in _LOOSE and _distinct_bodies(rec, cand):
        return False
    if rec.ordinal is not None and cand.ordinal is not None:
        return rec.ordinal == cand.ordinal
    if _edition_recalled(rec, cand) or _edition_recalled(cand, rec):
        return False
    if rec.partner != cand.partner and rec.partner and cand.partner:
        return False
    # A named body's session whose sentence names no sides ("Tham vấn chính trị" in a headline) may be the one
    # told with them.
    if not _compatible(rec.parties, cand.parties):
        return False
    if not _same_counterpart(rec, cand):
        return False
    if rec.series == "bilateral-visit" and rec.subject and cand.subject and rec.subject != cand.subject:
        return False    # two travellers named: two visits to one host
    if rec.city and cand.city and rec.city != cand.city:
        return False
    if rec.country and cand.country and rec.country != cand.country:
        return False
    if (_held_and_to_come(rec, cand) or _held_and_to_come(cand, rec)) and not _one_traveller(rec, cand):
        return False
    return _overlap(rec.start, rec.end, cand.start, cand.end) or _near_days(rec, cand)


def _edition_recalled(undated: Candidate, other: Candidate) -> bool:
    """An undated numbered meeting (the title's "Hội nghị Cấp cao APEC lần thứ 30") and an unnumbered one dated
    by a bare year other than the article's ("Việt Nam từng đăng cai APEC năm 2006"), or an undated meeting and a
    body's acronym with such a year ("Chủ tịch G20 năm 2022"): an edition recalled, not the one the article tells."""
    return undated.start is None and (undated.ordinal is not None or other.acronym_only) \
        and other.ordinal is None and other.other_year


def _distinct_bodies(rec: Candidate, cand: Candidate) -> bool:
    """Two meetings of one loose series whose names give different bodies or levels, or different acronyms:
    told apart before their numbers are (the 27th finance ministers' meeting is not the 27th labour
    ministers' meeting)."""
    (body1, level1), (body2, level2) = identity(rec.name), identity(cand.name)
    return not (_compatible(body1, body2) and _compatible(level1, level2)
                and (_compatible(bracketed_acronym(rec.name), bracketed_acronym(cand.name))
                     or _is_side_event(rec.name) or _is_side_event(cand.name))
                and _one_portfolio(rec.name, cand.name)) \
        or _plenary_and_sub_body(rec, level1, cand, level2)


def _one_portfolio(a: str, b: str) -> bool:
    """Whether two ministers' meetings can be of one portfolio: either names none, or each names the other's
    ("Bộ trưởng Viễn thông và Công nghệ thông tin" and "Bộ trưởng Bưu chính Viễn thông" share "viễn thông"; "Tài
    chính G20" and "Năng lượng G20" do not)."""
    pa, pb = portfolio(a), portfolio(b)
    return not pa or not pb or pa in canonical(b) or pb in canonical(a)


# Levels that name a body meeting beside the numbered plenary: "Phiên họp Ban điều hành AIPA" is not AIPA-46.
_SUB_BODY_LEVELS = {"ban dieu hanh", "ban chap hanh", "uy ban", "nhom cong tac", "co quan", "quan chuc", "som",
                    "nu nghi si", "nu nghi sy", "nghi si tre", "nghi sy tre"}


def _plenary_and_sub_body(rec: Candidate, level1: str | None, cand: Candidate, level2: str | None) -> bool:
    """A numbered meeting said by its acronym alone ("Chủ tịch AIPA-46") and a session of one of its bodies
    ("Phiên họp Ban điều hành AIPA") are two meetings."""
    return (cand.acronym_only and cand.ordinal is not None and level1 in _SUB_BODY_LEVELS) \
        or (rec.acronym_only and rec.ordinal is not None and level2 in _SUB_BODY_LEVELS)


def _within(start: str | None, end: str | None, range_start: str | None, range_end: str | None) -> bool:
    """True when the single day start..end lies inside a longer, fully dated range."""
    if not (start and range_start and range_end) or (end or start) != start or range_start == range_end:
        return False
    if len(start) != 10 or len(range_start) != 10 or len(range_end) != 10 or start.startswith("--"):
        return False
    return range_start <= start <= range_end


def _one_name(a: Candidate, b: Candidate) -> bool:
    """Whether two records come from one name: the same first span, or (numbered twice) a span in common."""
    return a.span == b.span or a.ordinal != b.ordinal \
        and bool({(sp.start, sp.end) for sp in a.spans} & {(sp.start, sp.end) for sp in b.spans})


def _twins_share_days(records: list[Candidate]) -> None:
    """"Hội nghị Cấp cao ASEAN lần thứ 44, 45 ... từ ngày 8-11/10": the two meetings one name numbers twice meet
    on the same days; the one dated less finely takes the other's days."""
    for a in records:
        for b in records:
            if a is not b and a.series == b.series and _one_name(a, b) and _finer(b.start, a.start) \
                    and _finer(b.end or b.start, a.end or a.start):
                a.start, a.end = b.start, b.end


def _finer(a: str | None, b: str | None) -> bool:
    """True when date ``a`` says more of the same time than ``b`` ("2017-05-23" than "2017-05")."""
    return bool(a and b) and len(a) > len(b) and a.startswith(b)


def _day(iso: str | None) -> date | None:
    """A full day ("2017-06-04", or "--06-04" in a leap year so 29 February reads) as a date, else None."""
    if not iso or len(iso) not in (7, 10) or iso.startswith("--") != (len(iso) == 7):
        return None
    try:
        return date.fromisoformat("2000" + iso[1:] if iso.startswith("--") else iso)
    except ValueError:
        return None


# Days of one meeting said apart lie within this many days of each other.
_MEETING_DAYS = 6


def _near_days(rec: Candidate, cand: Candidate) -> bool:
    """Whether two mentions of a multilateral meeting date it by different days of one week (with or
    without a year alike)."""
    if rec.series.startswith("bilateral"):
        return False
    days = [_day(x) for x in (rec.start, rec.end or rec.start, cand.start, cand.end or cand.start)]
    if None in days or rec.start[:2].startswith("-") != cand.start[:2].startswith("-") or rec.start == cand.start and (rec.end or rec.start) == (cand.end or cand.start):
        return False
    return (max(days) - min(days)).days <= _MEETING_DAYS


# A side event held within a meeting: "Đối thoại giữa các Nhà Lãnh đạo APEC với khách mời", "phiên họp toàn
# thể", "tiệc chiêu đãi", "cuộc gặp không chính thức ... với đại diện ABAC".
_SIDE_EVENT = re.compile(r"^(?:(?:cac |mot )?(?:phien|cuoc)\s|tiec\b|le (?:khai|be)\b|buoi\b)"
                         r"|\bvoi (?:cac |mot so )?(?:khach moi|dai dien|doanh nghiep|nha lanh dao doanh nghiep|abac)\b"
                         # "Đối thoại giữa các Nhà Lãnh đạo APEC với Hội đồng Tư vấn Kinh doanh APEC (ABAC)"
                         r"|^doi thoai giua\b.*\bvoi\b"
                         # "Hội nghị các nhà lãnh đạo BRICS mở rộng": the outreach session with guests, within the summit.
                         r"|\bmo rong$")


def _is_side_event(name: str) -> bool:
    """Whether a name is that of a side event inside a meeting rather than of the meeting itself."""
    return bool(_SIDE_EVENT.search(canonical(name)))


def _better_name(rec: Candidate, cand: Candidate) -> bool:
    """Whether ``cand``'s name should name the meeting: the main event's fullest name, never a side event's
    ("Tuần lễ Cấp cao APEC" and "Đối thoại ... với khách mời" merged are named by the former)."""
    if cand.acronym_only:
        return False
    side_rec, side_cand = _is_side_event(rec.name), _is_side_event(cand.name)
    if side_rec != side_cand:
        return side_rec
    return len(cand.name) > len(rec.name)


def _absorb(rec: Candidate, cand: Candidate) -> None:
    """Fill what ``rec`` lacks from another mention of the same meeting."""
    if _better_name(rec, cand):
        rec.name = cand.name
    # A body's acronym alone ("Thượng đỉnh Doanh nghiệp APEC từ 17 đến 18/11") may date another of its events: it
    # refines a meeting's dates but neither stretches nor moves them.
    if _within(rec.start, rec.end, cand.start, cand.end) and not cand.acronym_only:
        # "Chiều 10/5 ... dự phiên toàn thể" then "diễn ra từ ngày 9 đến 11/5": the meeting spans the range.
        rec.start, rec.end = cand.start, cand.end
    elif _finer(cand.start, rec.start) and _finer(cand.end or cand.start, rec.end or rec.start):
        # "tháng 5" then "ngày 23-24/5": the meeting keeps the finest dates said of it.
        rec.start, rec.end = cand.start, cand.end
    elif _near_days(rec, cand) and not cand.acronym_only:
        # "khai mạc tối 2/6" then "phiên toàn thể sáng 4/6": a meeting of several days spans the days said of it.
        rec.start, rec.end = min(rec.start, cand.start), max(rec.end or rec.start, cand.end or cand.start)
    if rec.counterpart and rec.counterpart.startswith(OFFICE_MARK) and cand.counterpart \
            and not cand.counterpart.startswith(OFFICE_MARK):
        # The office's holder, named: later mentions name them.
        rec.counterpart, rec.counterpart_titles = cand.counterpart, cand.counterpart_titles
    if rec.start is None and cand.start is not None:
        rec.day_of_act = cand.day_of_act
    for slot in ("ordinal", "partner", "counterpart", "subject", "receiver", "start", "end", "city", "country",
                 "prepares"):
        if getattr(rec, slot) is None and getattr(cand, slot) is not None:
            setattr(rec, slot, getattr(cand, slot))
    if rec.format in (None, "in_person") and cand.format in ("online", "hybrid"):
        rec.format = cand.format
    elif rec.format is None:
        rec.format = cand.format
    if cand.status_said and not rec.status_said:
        rec.status, rec.status_said = cand.status, True
    rec.host_said = rec.host_said or cand.host_said
    rec.chair_said = rec.chair_said or cand.chair_said
    rec.cochairs_said = rec.cochairs_said or cand.cochairs_said
    rec.topical = rec.topical or cand.topical
    rec.generic = rec.generic and cand.generic
    rec.acronym_only = rec.acronym_only and cand.acronym_only
    rec.confidence = max(rec.confidence, cand.confidence)
    rec.spans.extend(cand.spans)


def _session_and_talk(rec: Candidate, cand: Candidate, sessions: frozenset[int]) -> bool:
    """A named bilateral body's session ("Phiên họp Ủy ban hợp tác ...") and talks of persons ("tiếp ông
    X", "hai bên hội đàm") on the same day are two meetings: the gold keeps both."""
    return rec.series == "bilateral-talks" and (id(rec) in sessions) != (id(cand) in sessions)


def _latest_fit(fits: list[Candidate], cand: Candidate) -> Candidate | None:
    """The most recent record a mention can be; a talk that names nobody met ("hai bên hội đàm") is the
    most recent talk told by its own verb, not a call on someone else ("hội kiến Chủ tịch Duma") said after it."""
    if cand.series == "bilateral-talks" and cand.counterpart is None:
        verb = canonical(cand.name)
        if len(verb.split()) <= 3:
            said = next((r for r in fits if verb in canonical(r.name)), None)
            if said is not None:
                return said
    return next((r for r in fits if _days_in_common(r, cand)), None) or (fits[0] if fits else None)


def _days_in_common(rec: Candidate, cand: Candidate) -> bool:
    """Whether a record and a mention, both dated to the day, share a day: "Chiều 18/11, đối thoại với ABAC" is
    part of the leaders' meeting of 18-19/11, not of the ministers' meeting of 15-16/11 told after it."""
    return not rec.series.startswith("bilateral") and _day(rec.start) is not None and _day(cand.start) is not None \
        and _overlap(rec.start, rec.end, cand.start, cand.end)


def merge(candidates: list[Candidate], sessions: frozenset[int] = frozenset()) -> list[Candidate]:
    """One record per meeting: each mention joins the most recent record it can be, else opens one.
    ``sessions`` holds the ids of the candidates that name a bilateral body's session."""
    records: list[Candidate] = []
    home: dict[int, Candidate] = {}
    for cand in candidates:
        # A record with the same ordinal first; else the most recent record this mention can be.
        match = next((r for r in records if cand.ordinal is not None and r.ordinal == cand.ordinal
                      and r.series == cand.series and _compatible(r.partner, cand.partner)
                      and not (r.series in _LOOSE and _distinct_bodies(r, cand))), None) \
            or _latest_fit([r for r in reversed(records)
                            if _same_meeting(r, cand) and not _session_and_talk(r, cand, sessions)], cand)
        if match is None:
            records.append(cand)
            home[id(cand)] = cand
        else:
            _absorb(match, cand)
            home[id(cand)] = match
    for rec in records:
        if rec.prepares is not None:
            rec.prepares = home.get(id(rec.prepares), rec.prepares)
    return records


def _held_before(talk: Candidate, visit: Candidate) -> bool:
    """A talk the text says took place is not part of a visit it says is to come (a talk to come may be
    part of a visit under way, which the text tells as held)."""
    return talk.status_said and visit.status_said and talk.status == "held" and visit.status == "planned"


def _stories_apart(ctx: DocContext) -> bool:
    """A page of lead sentences: each paragraph is another story, so no day or place flows from one to the next
    ("A hội đàm với B tại Hà Nội." above "Hội nghị ... diễn ra ngày 21/11 tại Viêng Chăn.")."""
    return "lead_sentences" in ctx.article.quality


def _paragraph_of(ctx: DocContext) -> Callable[[Candidate], int | None]:
    """The paragraph a record is first told in."""
    def paragraph(rec: Candidate) -> int | None:
        sentence = ctx.sentence_at(rec.span.start)
        return sentence.paragraph if sentence else None
    return paragraph


# "Trước đó, Thủ tướng đã gặp ...": told after the day before it, but earlier than that day.
_EARLIER = re.compile(r"\W*(?:truoc do|truoc khi\b[^,]{0,80},)")


def _told_as_earlier(ctx: DocContext, talk: Candidate) -> bool:
    """Whether the talk's sentence opens by saying it came before what the text told last."""
    sentence = ctx.sentence_at(talk.span.start)
    return sentence is not None and _EARLIER.match(ctx.folded, sentence.start) is not None


def _inherit_for_talks(records: list[Candidate], lead_end: int, dates: list[DateMention],
                       story: Callable[[Candidate], int | None] | None = None,
                       earlier: Callable[[Candidate], bool] = lambda talk: False,
                       sentence_of: Callable[[int], tuple[int, int] | None] = lambda at: None,
                       same_day: Callable[[Candidate], str | None] = lambda talk: None,
                       sidelines: Callable[[Candidate], bool] = lambda talk: False) -> None:
    """Talks happen during the visit of the same two sides, else during the article's main event (the
    first dated visit or meeting): a talk the text does not date takes the day of the visit told just
    before it, else its month, and a talk the text does not place takes its place. With ``story`` (a page of
    lead sentences), only a visit or event of the talk's own story counts."""
    for talk in records:
        if talk.series != "bilateral-talks" or (talk.start and talk.country):
            continue
        if talk.start is None and _told_at_another_time(talk, dates, sentence_of):
            continue    # "Năm ngoái, Thủ tướng A đã ... hội đàm với B": not during the article's visit or event
        own = [r for r in records if story is None or story(r) == story(talk)]
        events = [r for r in own if r.start and r.series != "bilateral-talks"]
        call = is_call(canonical(talk.name))   # a call takes its day from a visit, not its place
        visits = [v for v in own if v.series == "bilateral-visit" and v.parties == talk.parties
                  and (talk.country is None or v.country == talk.country) and not _held_before(talk, v)]
        # A talk the text dates happens during the visit of those days, whoever received whom.
        during = [v for v in visits if talk.start and v.start and _overlap(v.start, v.end, talk.start, talk.end)]
        # A dated talk is not part of a visit dated to other days (a visit to come, one years before); an undated
        # one not of a dated visit first told after it ("... triển khai kết quả chuyến thăm I-ta-li-a tháng 11-2016").
        visits = during or [v for v in visits if not (talk.start and v.start)
                            and not (v.start and min(sp.start for sp in v.spans) > talk.span.start)]
        # A visitor meets the host's office-holders, a host receives the visitor: the visit hosted by the
        # counterpart's or the receiver's country, even undated (then it gives the place only, not another
        # visit's date).
        hosted = [v for v in visits if v.country and v.country in (talk.counterpart_country, talk.receiver)]
        # The article's own visit, told in its title or lead undated, frames the talks its body tells.
        visits = hosted or [v for v in visits if v.start] or [v for v in visits if v.span.start < lead_end]
        # Of several visits by the same two sides, the article's own (told in its lead), else the nearest.
        visit = min(visits, key=lambda v: (min(sp.start for sp in v.spans) >= lead_end,
                                           abs(v.span.start - talk.span.start)), default=None)
        event = visit or (next((e for e in events if _frames_talk(e, talk)), None)
                          if talk.start is None else None)
        if event is None:
            continue
        if talk.start is None and event.start:
            # Borrowed from the event around it, the talk's date is that event's day when it lasts one day,
            # else only the event's month: which day of a longer visit the talk fell on is not said.
            if event.start == (event.end or event.start) and len(event.start) in (7, 10) \
                    and event.start.startswith("--") == (len(event.start) == 7):
                talk.start = talk.end = event.start
            else:
                # not a day of something told in another country ("Chiều 20/6, tại Tokyo, ... hội đàm" before the
                # talks of a visit to Washington)
                elsewhere = [d for d in dates if not _day_of_another_country(d, records, event.country, sentence_of)]
                day = (same_day(talk) or attr.day_told_before(elsewhere, talk.span.start, event.start,
                                                              event.end or event.start)) \
                    if event is visit and not earlier(talk) else None
                talk.start = talk.end = day or (event.start[:7] if not event.start.startswith("--") else event.start[:4])
        # a talk on the sidelines of a meeting ("Bên lề các hội nghị, ... gặp ...") is held where that meeting is
        # (placed later), not where the article's first dated event is
        if talk.country is None and event.country and not call and (event is visit or not sidelines(talk)):
            talk.city, talk.country, talk.format = event.city, event.country, "in_person"


def _day_of_another_country(day: DateMention, records: list[Candidate], country: str | None,
                            sentence_of: Callable[[int], tuple[int, int] | None]) -> bool:
    """Whether a date is said in the sentence of a record placed in another country than ``country``."""
    bounds = sentence_of(day.start)
    return bounds is not None and any(r.country and country and r.country != country
                                      and any(bounds[0] <= sp.start < bounds[1] for sp in r.spans) for r in records)


# Times said relative to the article's, of another year or month than its own story.
_ANOTHER_TIME = frozenset({"last_year", "next_year", "last_month", "next_month"})


def _told_at_another_time(talk: Candidate, dates: list[DateMention],
                          sentence_of: Callable[[int], tuple[int, int] | None]) -> bool:
    """Whether the talk's sentence says, by a word and no number ("năm ngoái", "tháng trước"), that it happened
    in another year or month than the article's story."""
    bounds = sentence_of(talk.span.start)
    return bounds is not None and any(d.relative in _ANOTHER_TIME and d.first.is_empty
                                      and bounds[0] <= d.start < bounds[1] for d in dates)


def _on_the_sidelines(ctx: DocContext, talk: Candidate) -> bool:
    """Whether the talk's sentence says it was held "bên lề" (on the sidelines of) a meeting."""
    sentence = ctx.sentence_at(talk.span.start)
    return sentence is not None and _SIDELINES.search(ctx.folded, sentence.start, sentence.end) is not None


def _bounds(sentence) -> tuple[int, int] | None:
    return (sentence.start, sentence.end) if sentence is not None else None


def _frames_talk(event: Candidate, talk: Candidate) -> bool:
    """Whether the article's dated meeting or visit can be where a talk it does not date took place: not one
    still to come when the talk has been held (a page ending on the next ministers' meeting "vào tháng 4 năm
    sau" dated and placed the talks told above it)."""
    return not (event.status == "planned" and talk.status == "held")


# Meetings held in the week of a numbered ASEAN Summit, and those held around a SOM, share its month and place.
_WITH_SUMMIT = {"apt-summit", "eas", "asean-partner-summit"}
_WITH_SOM = {"apt-other", "eas-other"}


def _inherit_summit_week(records: list[Candidate], lead_end: int,
                         told_another_year: Callable[[Candidate], bool] = lambda rec: False) -> None:
    """ASEAN+3, East Asia and ASEAN+1 summits meet in the ASEAN Summit's week, in its city; the
    officials' meetings of ASEAN+3 and EAS meet with the ASEAN SOM. An undated one of these takes the
    month, place and (unless the text said otherwise) status of such a meeting: the one the article's
    lead names, else the one mentioned nearest to it. Not one its sentence tells in another year ("Năm
    ngoái, Hội nghị Cấp cao ASEAN-Mỹ lần thứ 11 diễn ra tại Jakarta") or placed in another country; one dated
    by its year alone (a registry's) takes the week of a Summit of that year."""
    for rec in records:
        if rec.start and not (len(rec.start) == 4 and rec.start[0] != "-") \
                or rec.series not in _WITH_SUMMIT | _WITH_SOM or told_another_year(rec):
            continue
        kinds = {"asean-summit"} if rec.series in _WITH_SUMMIT else {"asean-som", "jcm"}
        dated = [r for r in records if r.series in kinds and r.start and not r.start.startswith("--")
                 and (rec.start is None or r.start[:4] == rec.start)
                 and rec.country in (None, r.country or registry.country_of_city(r.city or ""))]
        if not dated:
            continue
        anchor = min(dated, key=lambda r: (min(sp.start for sp in r.spans) >= lead_end,
                                           min(abs(sp.start - rec.span.start) for sp in r.spans)))
        # The leaders meet their partners in the Summit's last days: the month it ends in (the 35th, 31 October
        # to 4 November 2019, held its partner summits in November).
        rec.start = rec.end = (anchor.end or anchor.start)[:7]
        if not rec.status_said:
            rec.status = anchor.status
        if rec.city is None and rec.country is None:
            rec.city, rec.country = anchor.city, anchor.country
        rec.spans.extend(anchor.spans[:1])


def _fits_summit(start: str, summit_start: str, summit_end: str, planned: bool = False) -> bool:
    """Whether a date read for a numbered Summit can be that Summit's, by the months the list gives. A date
    said of a Summit to come is tested by its day only: a month or year said ahead of time ("dự kiến vào
    tháng 4") may be a plan the list's date later moved. Of a Summit held, a month or year the list does not
    give is another event's of its sentence ("Hiến chương có hiệu lực từ tháng 12/2008, và Hội nghị Cấp cao
    lần thứ 14 ..."): the list says when it met."""
    if not planned and len(start) in (4, 7) and not start.startswith("--"):
        return start in {summit_start[:len(start)], summit_end[:len(start)]}
    if len(start) not in (7, 10) or start.startswith("--") != (len(start) == 7):
        return True
    months = {summit_start[:7], summit_end[:7]}
    if len(start) == 10 and not start.startswith("--"):
        # A day more than one off the Summit's days is another event's ("ngày 10/11 đã diễn ra Hội nghị ACC").
        first, last = date.fromisoformat(summit_start), date.fromisoformat(summit_end)
        return first - timedelta(days=1) <= date.fromisoformat(start) <= last + timedelta(days=1)
    if start.startswith("--"):
        return start[2:4] in {m[5:7] for m in months}
    return start[:7] in months if len(start) >= 7 else start[:4] in {m[:4] for m in months}


def _one_of_its_days(start: str, end: str | None, first: str, last: str) -> bool:
    """Whether start..end is a single day (with its year, or "--MM-DD") within first..last. (A month the
    text gives stays a month: the annotations keep what the text says.)"""
    if (end or start) != start:
        return False
    if len(start) == 10:
        return first <= start <= last
    if start.startswith("--") and len(start) == 7:
        return first[:4] == last[:4] and first[4:] <= start[1:] <= last[4:]
    return False


_WORD = re.compile(r"[^\W\d_]{2,}")


def _titled_capitals(text: str) -> str:
    """Words written in capitals made title-case ("BANGKOK, 23/6 (TTXVN)" -> "Bangkok, 23/6 (Ttxvn)"): a
    dateline's city, as the gazetteer spells it."""
    return _WORD.sub(lambda m: m.group().title() if m.group().isupper() else m.group(), text)


def _registry_summit_facts(records: list[Candidate], text: str, dates: list[DateMention]) -> None:
    """A numbered ASEAN Summit the text does not date takes its days from the reference list of summits,
    and its city when the article names that city (the number says which summit; the list, when and where)."""
    date_spans = {(d.start, d.end) for d in dates}
    named_cities: set[str] | None = None    # read from the text once, and only for an article with a numbered Summit
    for rec in records:
        summit = registry.summits().get(rec.ordinal) if rec.series == "asean-summit" and rec.ordinal else None
        if summit is None:
            continue
        if named_cities is None:
            named_cities = {hit.key for hit in registry.find_cities(text) + registry.find_cities(_titled_capitals(text))}
        if rec.start is None or not _fits_summit(rec.start, summit.start, summit.end, rec.status == "planned"):
            # Undated, or dated by a day of another event of its sentence ("chuẩn bị cho Hội nghị A vào
            # ngày 13/9 và Hội nghị Cấp cao ASEAN lần thứ 11"): the list says when it met, and the date
            # read is no evidence for it.
            if rec.start is not None:
                rec.spans = [sp for sp in rec.spans if (sp.start, sp.end) not in date_spans]
            rec.start, rec.end = summit.start, summit.end
            rec.confidence *= 0.8  # read from no sentence: less sure than a date the text states
        elif rec.day_of_act and _one_of_its_days(rec.start, rec.end, summit.start, summit.end):
            # "ký ngày 28/1/1992 tại Hội nghị Cấp cao lần thứ 4": the day of a signing, one of the Summit's
            # days; the list gives them all.
            rec.start, rec.end = summit.start, summit.end
        elif rec.start.startswith("--") and rec.start[2:4] == summit.start[5:7]:
            # "ngày 12/12" of the 11th Summit: the year is the summit's.
            rec.start = summit.start[:4] + rec.start[1:]
            rec.end = summit.start[:4] + rec.end[1:] if rec.end and rec.end.startswith("--") else rec.end
        if rec.city is None and summit.city in named_cities and rec.country in (None, summit.country):
            rec.city, rec.country = summit.city, summit.country
        if rec.country is not None and rec.country != summit.country and rec.format != "online":
            # A place of another member said beside it ("Tại Hà Nội, Thứ trưởng thông tin về Hội nghị Cấp cao
            # lần thứ 34"): where the news was told, not where the Summit met; the list says where.
            rec.city, rec.country = None, summit.country


_DEFENCE = re.compile(r"\bquoc phong\b|\badmm\b")


def _inherit_admm_days(records: list[Candidate]) -> None:
    """The ADMM-Plus and the defence ministers' informal meetings with one partner are held with the ADMM,
    where it meets: one the text does not date or place takes the ADMM's days and place."""
    admm = [r for r in records if r.series == "admm" and (r.start or r.country)]
    for rec in records:
        if not admm or not (rec.series == "admm-plus" or (rec.series == "asean-partner-other"
                                                           and _DEFENCE.search(canonical(rec.name)))):
            continue
        host = min(admm, key=lambda r: abs(r.span.start - rec.span.start))
        if rec.start is None and host.start:
            rec.start, rec.end = host.start, host.end
            rec.spans.extend(host.spans[:1])
        if rec.city is None and rec.country is None and host.country:
            rec.city, rec.country = host.city, host.country
            rec.format = rec.format or host.format


# A sentence that opens on the bare head noun tells more of the meeting just named: "Hội nghị sẽ họp
# trực tuyến tại điểm cầu Huế", "Hội nghị lần này diễn ra từ ngày 9 đến 11/5".
# The nouns a text names a meeting by when it points back to one ("Hội nghị", "Đại hội đồng", "sự kiện").
_MEETING_NOUNS = r"hoi nghi|cuoc hop|dien dan|dai hoi dong|su kien"
# Nouns that point back only to a meeting named by them ("Đối thoại Shangri-La ... Đối thoại do IISS tổ chức",
# "Tuần lễ Cấp cao APEC ... Tuần lễ kéo dài", "Khóa họp thứ 78 ... Khóa họp khai mạc"): never to another meeting.
_OWN_NAME_NOUNS = ("doi thoai", "tuan le", "khoa hop")
_ANAPHOR = re.compile(rf"\s*({_MEETING_NOUNS}|{'|'.join(_OWN_NAME_NOUNS)})(?: lan nay| nam nay| nay)?\s+"
                      r"(?:duoc|da|se|dien ra|khai mac|to chuc|dang|keo dai|bat dau|vua|hop|do|lam viec|ket thuc|be mac)\b")


# "Thủ tướng dẫn đầu đoàn tham dự hội nghị kéo dài hai ngày 4 và 5/7": the bare noun attended inside the sentence,
# with the span it runs over.
_ATTENDED_ANAPHOR = re.compile(rf"\b(?:tham du|du) ({_MEETING_NOUNS})(?: lan nay| nay)?\s+(?:keo dai|dien ra)\b")


def _anaphoric_slots(ctx: DocContext, records: list[Candidate], dates: list[DateMention], year: int | None) -> None:
    folded = ctx.folded
    for sentence in ctx.sentences:
        anaphor = _ANAPHOR.match(folded, sentence.start) \
            or _ATTENDED_ANAPHOR.search(folded, sentence.start, sentence.end)
        if not anaphor:
            continue
        named = _named_before(records, sentence.start)
        # "Hội nghị sẽ kết thúc ngày 27-4" after "... tham vấn với Cao ủy Thương mại EU ngày 27-4": the last meeting
        # named by that noun, when one is.
        noun = anaphor.group(1)
        by_noun = [pair for pair in named if canonical(pair[1].name).startswith(noun)]
        named = by_noun or ([] if noun in _OWN_NAME_NOUNS else named)
        if not named:
            continue
        rec = max(named, key=lambda pair: pair[0])[1]
        lo, hi = sentence.start, sentence.end
        region = folded[lo:hi]
        place = attr.located_place(folded, attr.places_in(ctx.text, lo, hi), lo, lo)
        if place and rec.city is None and rec.country is None:
            rec.city, rec.country = place.city, place.country
            rec.spans.append(Span(place.start, place.end))
        said = attr.meeting_format(region, place is not None)
        if said in ("online", "hybrid") and rec.format in (None, "in_person") or rec.format is None:
            rec.format = said or rec.format
        # The closing day is that of the last meeting it can close ("Hội nghị sẽ kết thúc ngày 27-4" after a summit
        # recalled from last November): one dated by the day before it in the same week.
        _close_the_last_it_can(named, attr.closing_day_in(dates, lo, hi, folded))
        rec.chair_said = rec.chair_said or attr.chair_said(ctx.text, folded, lo, hi, (_year_of(rec.start) if rec.start else None) or year)
        rec.cochairs_said = rec.cochairs_said or attr.cochairs_said(ctx.text, folded, lo, hi, lo)
        _widen_to_span_said(rec, attr.dates_in(dates, lo, hi), ctx.anchor, year, attr.article_reference(ctx, dates))
        if rec.start is None or _year_or_month_only(rec):
            # "Hội nghị ... đã khai mạc sáng nay": a day with no number counts once the day of writing is known.
            chosen = attr.pick_date(attr.dates_in(dates, lo, hi), lo, lo, anchored=ctx.anchor is not None)
            start, end = attr.resolve_date(chosen, ctx.anchor, year, attr.article_reference(ctx, dates))
            if start and (rec.start is None or _refines(rec, start)):
                rec.start, rec.end = start, end
                rec.spans.append(Span(chosen.start, chosen.end))


def _year_or_month_only(rec: Candidate) -> bool:
    """A meeting dated only by its year or month (a numbered meeting's year, a year in its name)."""
    return bool(rec.start) and (rec.end or rec.start) == rec.start \
        and len(rec.start) == (4 if rec.start.startswith("--") else 7 if "-" in rec.start else 4)


def _refines(rec: Candidate, start: str) -> bool:
    """Whether ``start`` is a finer date inside the year or month ``rec`` is dated by."""
    return _year_or_month_only(rec) and start.startswith(rec.start) and len(start) > len(rec.start)


def _named_before(records: list[Candidate], offset: int) -> list[tuple[int, Candidate]]:
    """(where it was last named, record) of each multilateral meeting named before ``offset``."""
    return [(max(sp.start for sp in r.spans if sp.start < offset), r) for r in records
            if not r.series.startswith("bilateral") and any(sp.start < offset for sp in r.spans)]


def _close_the_last_it_can(named: list[tuple[int, Candidate]], closing: DateMention | None) -> None:
    """The closing day goes to the meeting named last that it can close."""
    for _, rec in sorted(named, key=lambda pair: -pair[0]):
        if _close_on_day_said(rec, closing):
            return


# "Các hoạt động của hội nghị sẽ kéo dài đến hết ngày 12/9", "Chương trình làm việc của Đại hội đồng diễn ra đến
# ngày 10/9": the meeting told before, by its noun inside the sentence.
_MEETING_NOUN = re.compile(rf"\b(?:{_MEETING_NOUNS})\b")


def _closing_said_later(ctx: DocContext, records: list[Candidate], dates: list[DateMention]) -> None:
    """A sentence naming no meeting but the meeting noun, and a closing day, closes the last meeting named before it
    that the day can close (one day, within the week)."""
    folded = ctx.folded
    for sentence in ctx.sentences:
        if _ANAPHOR.match(folded, sentence.start) \
                or any(sentence.start <= sp.start < sentence.end for r in records for sp in r.spans):
            continue
        closing = attr.closing_day_in(dates, sentence.start, sentence.end, folded)
        if closing is None or not _MEETING_NOUN.search(folded, sentence.start, closing.start):
            continue
        _close_the_last_it_can(_named_before(records, sentence.start), closing)


def _chair_said_back(ctx: DocContext, records: list[Candidate]) -> None:
    """"Bộ trưởng Y tế Thái Lan, Chủ tịch Hội nghị, ...": the chair said of the bare noun goes to the meeting named
    last before it by that noun (for "Hội nghị", else the last one named). A meeting its sentence names as prepared
    for is not it ("Để chuẩn bị cho Hội nghị Cấp cao ASEAN 43, Thủ tướng chủ trì cuộc họp.")."""
    folded = ctx.folded
    for sentence in ctx.sentences:
        for back in attr.chairs_said_back(ctx.text, folded, sentence.start, sentence.end):
            if any(sp.start == back.noun_start for r in records for sp in r.spans):
                continue                                    # the noun opens a meeting's own name
            named = [(at, rec) for at, rec in _named_before(records, back.noun_start)
                     if at < sentence.start or attr.prepare_cue(folded, sentence.start, rec.span.start) is None]
            by_noun = [pair for pair in named if canonical(pair[1].name).startswith(back.noun)]
            named = by_noun or (named if back.noun == "hoi nghi" else [])
            if not named:
                continue
            rec = max(named, key=lambda pair: pair[0])[1]
            rec.chair_said = rec.chair_said or back.chair
            rec.cochairs_said = rec.cochairs_said or back.cochairs


def _coordinator_chairs(ctx: DocContext, records: list[Candidate]) -> None:
    """"Việt Nam hiện là nước điều phối quan hệ ASEAN - Trung Quốc và đồng chủ trì Hội nghị": the coordinator chairs
    the meeting with that partner named last, up to the sentence's end."""
    for sentence in ctx.sentences:
        said = attr.coordinator_chairing(ctx.text, ctx.folded, sentence.start, sentence.end)
        if said is None:
            continue
        member, partner = said
        named = [pair for pair in _named_before(records, sentence.end)
                 if pair[1].series in PLUS_ONE_SERIES and pair[1].partner == partner]
        if named:
            rec = max(named, key=lambda pair: pair[0])[1]
            rec.chair_said = rec.chair_said or member


# "Hội nghị nhằm chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 36": the meeting just named prepares the one this
# sentence names next.
_ANAPHOR_PREPARES = re.compile(r"\s*(?:hoi nghi|cuoc hop)(?: lan nay| nay)?\s+(?:(?:nham|de|co nhiem vu|duoc to chuc nham)\s+)?"
                               r"(?:chuan bi|tru bi)\b")


def _anaphoric_prepares(ctx: DocContext, records: list[Candidate]) -> None:
    for sentence in ctx.sentences:
        cue = _ANAPHOR_PREPARES.match(ctx.folded, sentence.start)
        if not cue:
            continue
        named = _named_before(records, sentence.start)
        targets = [r for r in records if any(cue.end() <= sp.start < sentence.end for sp in r.spans)]
        source = max(named, key=lambda pair: pair[0])[1] if named else None
        targets = [r for r in targets if r is not source]
        if source is not None and targets and source.prepares is None:
            source.prepares = min(targets, key=lambda r: min(sp.start for sp in r.spans if sp.start >= cue.end()))


def _one_full_day(rec: Candidate) -> date | None:
    """The day of a meeting dated by one full day, with its year or without it ("--06-04", an article that tells
    no year), else None."""
    day = _day(rec.start)
    return None if day is None or (rec.end or rec.start) != rec.start else day


def _iso_like(day: date, like: str) -> str:
    """``day`` written as ``like`` is: "--MM-DD" when ``like`` has no year."""
    return "--" + day.isoformat()[5:] if like.startswith("--") else day.isoformat()


def _stretch(rec: Candidate, before: int, after: int) -> None:
    """A meeting dated by one full day runs ``before`` days earlier and ``after`` days later."""
    day = _one_full_day(rec)
    if day is None:
        return
    like = rec.start
    rec.start = _iso_like(day - timedelta(days=before), like)
    rec.end = _iso_like(day + timedelta(days=after), like)


def _close_on_day_said(rec: Candidate, closing: DateMention | None) -> bool:
    """"Ngày 15/8, Hội nghị ... khai mạc. Hội nghị sẽ kéo dài đến ngày 17/8.": a meeting dated by one day runs to
    the closing day a later sentence gives it, within a week in the same year (or, told without years, alike)."""
    start = _one_full_day(rec)
    if closing is None or start is None or rec.start.startswith("--") and closing.first.year is not None:
        return False
    year = closing.first.year or start.year
    try:
        last = date(year, closing.first.month, closing.first.day)
    except ValueError:
        return False
    if not 0 < (last - start).days <= _MEETING_DAYS:
        return False
    rec.end = _iso_like(last, rec.start)
    return True


def _widen_to_span_said(rec: Candidate, sentence_dates: list[DateMention], anchor: date | None, year: int | None,
                        reference: date | None) -> None:
    """"Sáng 5/9, Hội nghị ... khai mạc. Hội nghị diễn ra từ ngày 5 đến 7/9/2023.": a meeting dated by the one
    day reported runs over the span a later sentence gives it, when that span holds the day (both told with
    their years, or both without)."""
    day = _one_full_day(rec)
    if day is None:
        _month_to_span_said(rec, sentence_dates, anchor, year, reference)
        return
    for d in sentence_dates:
        if not d.is_range or not d.first.day or not d.last.day:
            continue
        own = None if rec.start.startswith("--") else day.year
        first, last = attr.resolve_date(d, anchor, d.last.year or year or own, reference)
        lo, hi = _day(first), _day(last)
        if lo and hi and lo <= day <= hi and (hi - lo).days <= _MEETING_DAYS \
                and first.startswith("--") == rec.start.startswith("--"):
            rec.start, rec.end = first, last
            return


def _month_to_span_said(rec: Candidate, sentence_dates: list[DateMention], anchor: date | None, year: int | None,
                        reference: date | None) -> None:
    """"Ngày 7/7, ... gặp Thủ tướng Canada bên lề Hội nghị Thượng đỉnh G20. Hội nghị diễn ra trong hai ngày 7-8/7.":
    a meeting dated only to its month (by a day of something done at it) takes the span of days a later sentence
    gives it in that month."""
    month = rec.start
    if not month or (rec.end or month) != month or len(month) != (4 if month.startswith("--") else 7):
        return
    for d in sentence_dates:
        if not d.is_range or not d.first.day or not d.last.day:
            continue
        first, last = attr.resolve_date(d, anchor, d.last.year or year or _year_of(month), reference)
        lo, hi = _day(first), _day(last)
        if lo and hi and first.startswith(month) and last.startswith(month) and (hi - lo).days <= _MEETING_DAYS:
            rec.start, rec.end = first, last
            return


def _year_of(iso: str) -> int | None:
    return None if iso.startswith("--") else int(iso[:4])


# "Bên lề Hội nghị ..., đã diễn ra ...": a side meeting of a dated one.
_SIDELINES = re.compile(r"\bben le\b")
# "Bên lề hội nghị, ...", "bên lề các hội nghị này": the meeting the text has just told.
# "bên lề hội nghị ngày 16/11.": the day of the talk may follow.
_SIDELINES_OF_IT = re.compile(r"\s*(?:cac\s+)?(?:hoi nghi(?: cap cao| thuong dinh)?|cuoc hop|dien dan|su kien|dai hoi dong|thuong dinh)(?:\s+(?:nay|tren|lan nay))?"
                              r"(?:\s+(?:vao\s+)?(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)?\s*[,.;]")
# "Trong thời gian này cũng diễn ra ...": held during what the sentence before dates.
_MEANWHILE = re.compile(r"\b(?:trong|cung) thoi gian (?:nay|do|tren)\b")


def _during_another_event(ctx: DocContext, records: list[Candidate], dates: list[DateMention],
                          year: int | None) -> None:
    """An undated meeting held on the sidelines of a dated one, or "trong thời gian này" of what the
    sentence before dates, falls in that month (which of its days is not said)."""
    folded = ctx.folded
    for rec in records:
        if rec.start is not None or rec.series == "bilateral-talks":
            continue
        at = next((i for i, s in enumerate(ctx.sentences) if s.start <= rec.span.start < s.end), None)
        if at is None:
            continue
        lo = ctx.sentences[at].start
        start = None
        side = _SIDELINES.search(folded, lo, rec.span.start)
        if side:
            hosts = [r for r in records if r is not rec and r.start
                     and any(side.end() <= sp.start < rec.span.start for sp in r.spans)]
            if not hosts and _SIDELINES_OF_IT.match(folded, side.end()):
                # "Bên lề hội nghị, ...": the dated meeting last named before the sentence.
                hosts = [r for r in records if r is not rec and r.start and not r.series.startswith("bilateral")
                         and r.span.start < lo][-1:]
            start = hosts[0].start if hosts else None
        elif _MEANWHILE.search(folded, lo, rec.span.start) and at > 0:
            before = ctx.sentences[at - 1]
            said = [d for d in attr.dates_in(dates, before.start, before.end) if d.first.month is not None]
            if said:
                start, _ = attr.resolve_date(said[-1], ctx.anchor, year, attr.article_reference(ctx, dates))
        if start:
            rec.start = rec.end = start[:7] if not start.startswith("--") else start[:4]


# "thăm Việt Nam và tham dự Hội nghị Cấp cao APEC tại Đà Nẵng": a visit joined to a meeting its traveller attends.
_AND_ATTEND = re.compile(r"\s*(?:,\s*)?va\s+(?:(?:se|da|cung)\s+)*(?:tham du|du)\s+$")


def _visit_joined_to_a_meeting(ctx: DocContext, records: list[Candidate]) -> None:
    """A visit its sentence joins by "và (tham) dự" to a meeting held in the host country, and dated no finer than
    a year, falls in that meeting's month ("Tổng thống A sẽ thăm Việt Nam và tham dự Hội nghị Cấp cao APEC tại Đà
    Nẵng", the summit dated elsewhere)."""
    for visit in records:
        if visit.series != "bilateral-visit" or not visit.country or visit.start and len(visit.start) > 4:
            continue
        sentence = ctx.sentence_at(visit.span.start)
        if sentence is None:
            continue
        joined = [r for r in records if r is not visit and not r.series.startswith("bilateral") and r.start
                  and not r.start.startswith("--") and len(r.start) >= 7 and r.country == visit.country
                  and (visit.start is None or r.start.startswith(visit.start))
                  and any(sentence.start <= sp.start < sentence.end and visit.span.end <= sp.start
                          and _AND_ATTEND.search(ctx.folded, max(visit.span.end, sp.start - 80), sp.start)
                          for sp in r.spans)]
        if len({_month(r.start) for r in joined}) == 1:
            visit.start = visit.end = _month(joined[0].start)


def _meeting_joined_to_a_visit(ctx: DocContext, records: list[Candidate]) -> None:
    """A multilateral meeting its sentence joins by "và (tham) dự" to a visit, and dated and placed nowhere, is held
    in the host country in the visit's month ("chuyến thăm chính thức Nhật Bản và dự Diễn đàn Tương lai châu Á")."""
    visits = [r for r in records if r.series == "bilateral-visit" and r.country]
    for rec in records:
        if rec.series.startswith("bilateral") or rec.start or rec.city or rec.country:
            continue
        sentence = ctx.sentence_at(rec.span.start)
        joined = [v for v in visits if sentence is not None
                  and any(sentence.start <= sp.start and sp.end <= rec.span.start
                          and _AND_ATTEND.search(ctx.folded, max(sp.end, rec.span.start - 80), rec.span.start)
                          for sp in v.spans)]
        if len(joined) != 1:
            continue
        visit = joined[0]
        rec.country, rec.format = visit.country, rec.format or "in_person"
        if visit.start:
            rec.start = rec.end = _month(visit.start)


# "bên lề Hội nghị ...", "nhân dịp dự Hội nghị ...", "trong khuôn khổ Hội nghị ...": what the sentence
# tells happens at the meeting named next.
_AT_EVENT = re.compile(r"\b(?:ben le|nhan dip (?:tham )?du|khi (?:tham )?du|trong khuon kho|tham du)\b")


def _talks_at_their_event(ctx: DocContext, records: list[Candidate]) -> None:
    """A talk its sentence places on the sidelines of a meeting ("gặp Thủ tướng ... bên lề Hội nghị Cấp
    cao ASEAN lần thứ 30") is held where that meeting is, and (undated) in its month; so is a meeting said
    to be held on the sidelines of another ("Hội nghị ... không chính thức diễn ra bên lề Đại hội đồng Liên hợp
    quốc tại New York")."""
    folded = ctx.folded
    for rec in records:
        talk = rec.series == "bilateral-talks"
        # A talk its sentence places already ("bên lề Hội nghị ... tại Nay Pyi Taw") still takes the event's month.
        if rec.series == "bilateral-visit" or rec.country is not None and not (talk and rec.start is None):
            continue
        sentence = ctx.sentence_at(rec.span.start)
        if sentence is None:
            continue
        # A meeting's own sidelines are said after its name; a talk's anywhere in its sentence.
        cue = _AT_EVENT.search(folded, sentence.start if talk else rec.span.end, sentence.end)
        if cue is None or (not talk and not _SIDELINES.match(folded, cue.start())):
            continue
        events = [(min(sp.start for sp in r.spans if cue.end() <= sp.start < sentence.end), r) for r in records
                  if r is not rec and not r.series.startswith("bilateral") and r.country
                  and any(cue.end() <= sp.start < sentence.end for sp in r.spans)]
        event = min(events, key=lambda pair: pair[0])[1] if events else \
            _the_event_told_before(ctx, records, cue.start(), cue.end(), sentence.start) if talk else None
        if event is None or rec.country is not None and event.country != rec.country:
            continue
        if rec.country is None and not (talk and (rec.format == "online" or is_call(canonical(rec.name)))):
            rec.city, rec.country, rec.format = event.city, event.country, "in_person"   # a call is held nowhere
        if rec.start is None and event.start:
            rec.start = rec.end = event.start[:7] if not event.start.startswith("--") else event.start[:4]


def _talks_at_each_event(ctx: DocContext, records: list[Candidate]) -> None:
    """"hai Thủ tướng đã gặp nhau bên lề ASEM tại Mông Cổ (tháng 7/2016), Hội nghị Cấp cao ASEAN tại Lào (tháng
    9/2016)": a talk said on the sidelines of several meetings, each in another place or month, is one talk at each;
    the talk read is the first one's."""
    folded = ctx.folded
    for rec in [r for r in records if r.series == "bilateral-talks"]:
        sentence = ctx.sentence_at(rec.span.start)
        cue = sentence and _SIDELINES.search(folded, rec.span.start, sentence.end)
        if not cue:
            continue
        events = sorted(((min(sp.start for sp in r.spans if cue.end() <= sp.start < sentence.end), r) for r in records
                         if not r.series.startswith("bilateral") and r.country and r.start
                         and any(cue.end() <= sp.start < sentence.end for sp in r.spans)), key=lambda pair: pair[0])
        occasions = [(r.country, _month(r.start)) for _, r in events]
        if len(events) < 2 or len(set(occasions)) < len(occasions) or rec.country not in (None, occasions[0][0]) \
                or rec.start and _month(rec.start) != occasions[0][1]:
            continue
        for _, event in events[1:]:
            records.append(replace(rec, spans=list(rec.spans), city=event.city, country=event.country,
                                   format="in_person", start=_month(event.start), end=_month(event.start)))


def _month(iso: str) -> str:
    """The month of a date ("2016-07-12" -> "2016-07"); a year alone, or a month without a year, as it is."""
    return iso[:7] if not iso.startswith("--") else iso[:4]


def _the_event_told_before(ctx: DocContext, records: list[Candidate], cue_start: int, cue_end: int,
                           lo: int) -> Candidate | None:
    """"Bên lề hội nghị, Bộ trưởng đã gặp ...": the placed meeting (not a talk or visit) the text told last before
    the sentence, which "hội nghị" points back to."""
    if not (_SIDELINES.match(ctx.folded, cue_start) and _SIDELINES_OF_IT.match(ctx.folded, cue_end)):
        return None
    # An edition recalled from another year ("Hội nghị lần thứ nhất tổ chức tại Phnom Penh năm 2002") is not the one
    # whose sidelines the article tells.
    told = [r for r in records if r.country and not r.series.startswith("bilateral") and r.span.start < lo
            and not r.other_year]
    return max(told, key=lambda r: r.span.start, default=None)


# "Cùng ngày", "Chiều cùng ngày", "Trước đó cùng ngày", "Cũng trong ngày": the day the text told last.
_SAME_DAY = re.compile(r"\b(?:cung|cung trong) ngay\b")
# "Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản (cũng diễn ra) cùng ngày": said right after the name.
_SAME_DAY_AFTER = re.compile(r"\s*(?:(?:cung |da |duoc )*(?:dien ra|to chuc|khai mac|hop) )?(?:trong |vao )?cung ngay\b")
SAME_DAY_REACH = 1500
# A sentence opening "Ngay sau đó", "Tiếp đó", "Buổi chiều" (the next act of the day told before) or "(Ngay) sau
# lễ đón" (talks follow the welcome ceremony on its day).
_NEXT_IN_THE_DAY = re.compile(r"\W*(?:ngay sau do|tiep do|tiep theo do|buoi (?:sang|trua|chieu|toi)"
                              r"|(?:ngay )?sau (?:le don|nghi le don))\b")


# "Cuộc họp không chính thức của nghị sỹ trẻ AIPA cũng sẽ diễn ra": held besides what the text told last, that day.
_ALSO_HELD = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?cung (?:se |da )?(?:dien ra|duoc to chuc)\b")


# "Ngày hôm sau", "hôm sau", "một ngày sau đó", "ngày tiếp theo": the day after the one the text told last;
# "ngày hôm trước", "một ngày trước đó": the day before it.
# (Folded, "ngày sau đó" would read as "ngay sau đó", right after: not a cue.)
_DAY_AFTER_TOLD = re.compile(r"\b(?:ngay hom sau|hom sau|(?:mot|1) ngay sau do|sau do (?:mot|1) ngay"
                             r"|ngay ke tiep)\b")
_DAY_BEFORE_TOLD = re.compile(r"\b(?:ngay hom truoc|(?:mot|1) ngay truoc do|truoc do (?:mot|1) ngay)\b")
# ... said right after the meeting's name: "Hội nghị Cấp cao Đông Á diễn ra ngày hôm sau".
_TOLD_DAY_AFTER_NAME = r"\s*(?:(?:cung |se |da |duoc )*(?:dien ra|to chuc|khai mac|hop|nhom hop) )?(?:trong |vao )?"
_NAMED_THEN_TOLD_DAY = {shift: re.compile(_TOLD_DAY_AFTER_NAME + f"(?:{cue.pattern})")
                        for shift, cue in ((1, _DAY_AFTER_TOLD), (-1, _DAY_BEFORE_TOLD))}


def _told_day_shift(folded: str, rec: Candidate, sentence) -> int | None:
    """How many days after the day the text told last a meeting falls on, by the words of its sentence: 0 for
    "cùng ngày", 1 for "ngày hôm sau", -1 for "ngày hôm trước"; None when they tie it to no told day."""
    before, after = (sentence.start, rec.span.start), (rec.span.end, sentence.end)
    for shift, cue in ((1, _DAY_AFTER_TOLD), (-1, _DAY_BEFORE_TOLD)):
        if cue.search(folded, *before) or _NAMED_THEN_TOLD_DAY[shift].match(folded, *after):
            return shift
    if _SAME_DAY.search(folded, *before) or _NEXT_IN_THE_DAY.match(folded, sentence.start) \
            or _SAME_DAY_AFTER.match(folded, *after) or _ALSO_HELD.match(folded, rec.span.end):
        return 0
    return None


# "đang thăm", "đang ở thăm", "đang có chuyến thăm": a visit under way on the day the sentence tells something else.
_UNDER_WAY = re.compile(r"\bdang\s+(?:o\s+|co\s+)?$")


def _same_day_as_told(ctx: DocContext, records: list[Candidate], dates: list[DateMention], year: int | None) -> None:
    """A meeting its sentence tells "cùng ngày" (the same day), with no day of its own, falls on the last
    day the text wrote before that sentence; "ngày hôm sau" (the next day), on the day after it."""
    for rec in records:
        if rec.start and len(rec.start.lstrip("-")) in (5, 10):
            continue                                  # a day of its own ("--09-08", "2020-09-08")
        if rec.series == "bilateral-visit" and _UNDER_WAY.search(ctx.folded, max(0, rec.span.start - 12), rec.span.start):
            continue    # "Cùng ngày, ... tiếp B đang thăm Việt Nam": the day is the reception's, the visit goes on
        sentence = ctx.sentence_at(rec.span.start)
        shift = None if sentence is None else _told_day_shift(ctx.folded, rec, sentence)
        if shift is None:
            continue
        day = attr.last_day_before(dates, sentence.start, SAME_DAY_REACH) \
            or (_lead_day(ctx, dates) if _lead_tells_another(ctx, records, rec) else None)
        if day is None:
            continue
        told = _day_of_the_talk_told_last(ctx, records, rec, sentence.start, day) if shift == 0 else None
        if told is not None and (not rec.start or told.startswith(rec.start)):
            rec.start = rec.end = told   # "Sau lễ đón, hai bên hội đàm. Chiều cùng ngày, ...": that talk's day
            continue

        own_year = day.first.year or (int(rec.start[:4]) if rec.start and rec.start[:4].isdigit() else year)
        moved = attr.moved_day(_iso_of_day(day, own_year), shift)
        if moved is None or shift and rec.start and not moved.startswith(rec.start):
            continue                                  # the month or year it has says another time
        rec.start = rec.end = moved
        rec.spans.append(Span(day.start, day.end))


def _same_day_as_the_talk_before(ctx: DocContext, records: list[Candidate], talk: Candidate,
                                 dates: list[DateMention]) -> str | None:
    """The day of a talk told "cùng ngày" (the same day) as the talk of the sentence before, when the last day
    written before it is an earlier one's (see ``_day_of_the_talk_told_last``)."""
    sentence = ctx.sentence_at(talk.span.start)
    if sentence is None or _told_day_shift(ctx.folded, talk, sentence) != 0:
        return None
    written = attr.last_day_before(dates, sentence.start, SAME_DAY_REACH)
    return _day_of_the_talk_told_last(ctx, records, talk, sentence.start, written) if written else None


def _day_of_the_talk_told_last(ctx: DocContext, records: list[Candidate], rec: Candidate, before: int,
                               written: DateMention) -> str | None:
    """The day of the talk told in the sentence right before ``before``, when the last day written before is said
    earlier than that talk, in a sentence telling none ("đã đến Hà Nội tối 22/6. Sau lễ đón, hai nhà lãnh đạo đã
    hội đàm. Chiều cùng ngày, ...": the talk's day, 23/6, not the arrival's)."""
    previous = max((s for s in ctx.sentences if s.end <= before), key=lambda s: s.start, default=None)
    if previous is None or written.start >= previous.start:
        return None
    said = ctx.sentence_at(written.start)
    if said is None or any(said.start <= sp.start < said.end for r in records if r.series == "bilateral-talks"
                           for sp in r.spans):
        return None
    talks = [r for r in records if r is not rec and r.series == "bilateral-talks" and r.start and len(r.start) == 10
             and any(previous.start <= sp.start < previous.end for sp in r.spans)]
    return talks[0].start if len({t.start for t in talks}) == 1 else None


# "Tại cuộc hội đàm, hai bên ...": the talk the lead told, pointed back to.
_AT_THE_TALK = re.compile(r"\W*(?:tai|trong) (?:cuoc|buoi) (?:hoi dam|hoi kien|gap|gap go|tiep|dien dam|lam viec)\b")


def _talk_pointed_back_to(ctx: DocContext, records: list[Candidate], dates: list[DateMention],
                          year: int | None) -> None:
    """An undated talk its sentence opens with "Tại cuộc hội đàm" is the one the article's lead tells: it falls on
    the one day the lead tells, when the lead is the sentence before, and (unplaced) where the lead says
    ("Ngày 7-6, tại Paris, Tổng Bí thư A và Tổng thống B đã nhất trí ..." then "Tại cuộc hội đàm, ...")."""
    for rec in records:
        if rec.series != "bilateral-talks" or (rec.start and rec.country):
            continue
        sentence = ctx.sentence_at(rec.span.start)
        if sentence is None or sentence.start < ctx.lead_end or not _AT_THE_TALK.match(ctx.folded, sentence.start) \
                or any(s.start >= ctx.lead_end and s.end <= sentence.start for s in ctx.sentences):
            continue
        day = _lead_day(ctx, dates)
        if day is not None and rec.start is None:
            rec.start = rec.end = _iso_of_day(day, day.first.year or year)
            rec.spans.append(Span(day.start, day.end))
        place = _lead_place(ctx, sentence.start)
        if place is not None and rec.country is None and not is_call(canonical(rec.name)):
            rec.city, rec.country, rec.format = place.city, place.country, rec.format or "in_person"


def _lead_place(ctx: DocContext, talk_sentence_start: int) -> attr.Place | None:
    """The one place the sentence before ``talk_sentence_start`` says something happened at ("tại Paris")."""
    lead = max((s for s in ctx.sentences if s.end <= talk_sentence_start), key=lambda s: s.start, default=None)
    if lead is None:
        return None
    places = attr.places_in(ctx.text, lead.start, lead.end)
    located = [p for p in places if attr.located_place(ctx.folded, [p], lead.start, lead.start) is not None]
    return located[0] if len({(p.city, p.country) for p in located}) == 1 else None


def _iso_of_day(day: DateMention, year: int | None) -> str:
    """The day and month of ``day`` as ISO text in ``year``; "--MM-DD" without one."""
    return (f"{year:04d}-" if year else "--") + f"{day.first.month:02d}-{day.first.day:02d}"


def _lead_tells_another(ctx: DocContext, records: list[Candidate], rec: Candidate) -> bool:
    """Whether the lead tells a meeting besides ``rec``: only then is its day the story's, which a "cùng ngày" said
    far from any day still points back to ("Ngày 8/9, hai bên ký thỏa thuận" tells no meeting, so no story's day)."""
    return any(r is not rec and r.span.start < ctx.lead_end for r in records)


def _lead_day(ctx: DocContext, dates: list[DateMention]) -> DateMention | None:
    """The one day the article's lead tells ("Sáng 12/6, Lễ đón ... diễn ra"): the story's day, which a "cùng ngày"
    said after a long report of speeches (no day told within reach) still points back to."""
    days = attr.single_days_before(dates, ctx.lead_end, ctx.lead_end)
    return days[0] if len({(d.first.month, d.first.day) for d in days}) == 1 else None


# A line of a schedule: a bullet, or the hour it starts at ("- 9h00:", "• 14:30", "10 giờ:").
_SCHEDULE_ITEM = re.compile(r"[ \t]*(?:[-–•*+·][ \t]|\d{1,2}(?:h\d{0,2}|:\d{2}| gio)\b)")
_SCHEDULE_LINES = 12    # how many items back a schedule's head may be


_SCHEDULE_HEAD_CHARS = 160   # a head line ending in a full stop ("Ngày 28/10 tại Hà Nội.") is one short sentence


def _schedule_head(text: str, folded: str, rec: Candidate) -> tuple[int, int] | None:
    """(start, end) of the head line of the schedule ``rec`` is an item of: the line above its run of items, ending
    with a colon, or a short one-sentence line ending with a full stop."""
    line_start = text.rfind("\n", 0, rec.span.start) + 1
    if not _SCHEDULE_ITEM.match(folded, line_start):
        return None
    head_end = line_start - 1
    for _ in range(_SCHEDULE_LINES):
        if head_end <= 0:
            return None
        head_start = text.rfind("\n", 0, head_end) + 1
        if not _SCHEDULE_ITEM.match(folded, head_start):
            break
        head_end = head_start - 1
    else:
        return None
    head_start = text.rfind("\n", 0, max(head_end, 0)) + 1
    head = text[head_start:head_end].rstrip()
    if head_end <= 0 or not (head.endswith(":") or head.endswith(".") and len(head) <= _SCHEDULE_HEAD_CHARS
                             and "." not in head[:-1].replace("..", "")):
        return None
    return head_start, head_end


def _schedule_place(ctx: DocContext, rec: Candidate, head_start: int, head_end: int) -> None:
    """An item with no place or format of its own takes the head's ("Ngày 28/10 tại Hà Nội.", "... trực tuyến")."""
    places = attr.places_in(ctx.text, head_start, head_end)
    if rec.city is None and rec.country is None and len(places) == 1 and places[0].city:
        rec.city, rec.country = places[0].city, places[0].country
    if rec.format is None:
        rec.format = attr.meeting_format(ctx.folded[head_start:head_end], bool(places))


def _schedule_day(ctx: DocContext, records: list[Candidate], year: int | None) -> None:
    """A meeting on a schedule's line with no day of its own falls on the day its head line gives ("Chương trình
    ngày 14/11:" then "- 9h00: Hội nghị Cấp cao ASEAN - Hàn Quốc"), in its place."""
    text, folded = ctx.text, ctx.folded
    for rec in records:
        head = _schedule_head(text, folded, rec)
        if head is not None:
            _schedule_place(ctx, rec, *head)
        if rec.start and len(rec.start.lstrip("-")) in (5, 10):
            continue                                  # a day of its own
        if head is None:
            continue
        head_start, head_end = head
        days = [d for d in attr.dates_in(ctx.dates, head_start, head_end) if d.first.day and d.first.month]
        if len(days) != 1:
            continue
        day = days[0]
        own_year = day.first.year or (int(rec.start[:4]) if rec.start and rec.start[:4].isdigit() else year)
        prefix = f"{own_year:04d}-" if own_year else "--"
        rec.start = rec.end = f"{prefix}{day.first.month:02d}-{day.first.day:02d}"
        rec.spans.append(Span(day.start, day.end))


def _listed_share_place(ctx: DocContext, records: list[Candidate]) -> None:
    """Meetings named in one list ("Hội nghị AEM Retreat và Hội nghị tham vấn AEM - EU kết thúc ...") meet
    in one place: one the text does not place takes the place of the one listed next to it."""
    spans = sorted(((sp, r) for r in records if not r.series.startswith("bilateral") for sp in r.spans
                    if ctx.text[sp.start:sp.start + 1].strip()), key=lambda pair: pair[0].start)
    for (a, ra), (b, rb) in zip(spans, spans[1:]):
        if ra is rb or a.end > b.start or not attr.listed_together(ctx.folded, a.end, b.start):
            continue
        for unplaced, placed in ((ra, rb), (rb, ra)):
            if unplaced.country is None and unplaced.city is None and placed.country:
                unplaced.city, unplaced.country = placed.city, placed.country
                unplaced.format = unplaced.format or placed.format


def _title_meeting_told_by_lead(ctx: DocContext, records: list[Candidate]) -> Candidate | None:
    """The one meeting the title names, when the lead's first sentence names none: that sentence tells it."""
    if len(ctx.sentences) < 2:
        return None
    title, lead = ctx.sentences[0], ctx.sentences[1]
    named = [r for r in records if not r.series.startswith("bilateral")
             and any(title.start <= sp.start < title.end for sp in r.spans)]
    in_lead = [r for r in records if any(lead.start <= sp.start < lead.end for sp in r.spans)]
    return named[0] if len(named) == 1 and not in_lead else None


# "... đã tham dự hội nghị", "Hội nghị diễn ra": the lead refers to the title's meeting by its noun.
_REFERS_TO_MEETING = re.compile(r"\b(?:hoi nghi|cuoc hop|hop|nhom hop|khai mac|be mac|dien ra)\b")


def _title_meeting_told_by_lead_slots(ctx: DocContext, records: list[Candidate], dates: list[DateMention],
                                      year: int | None) -> None:
    """The title's one meeting takes the day and place the lead, naming no meeting, tells."""
    rec = _title_meeting_told_by_lead(ctx, records)
    if rec is not None:
        _title_meeting_dated_by_lead(ctx, rec, dates, year)
        _title_meeting_placed_by_lead(ctx, rec)


def _title_meeting_dated_by_lead(ctx: DocContext, rec: Candidate, dates: list[DateMention], year: int | None) -> None:
    """"Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc" over "Chiều 26/10/2021, Thủ tướng đã tham dự hội nghị
    theo hình thức trực tuyến": the lead's day, and its format, are the title meeting's."""
    if rec.start is not None and not _year_or_month_only(rec):
        return
    lead = ctx.sentences[1]
    if not _REFERS_TO_MEETING.search(ctx.folded, lead.start, lead.end):
        return
    # "... sẽ bắt đầu hội nghị thượng đỉnh tại Hiroshima vào hôm nay": a day told from a known day of publication.
    days = [d for d in attr.dates_in(dates, lead.start, lead.end) if d.first.day and d.first.month
            or ctx.anchor is not None and d.relative in attr.DEICTIC_DAYS]
    if len(days) != 1:
        return
    own_year = ctx.timeframe.year_in(lead.start, lead.end) or year
    start, end = attr.resolve_date(days[0], ctx.anchor, own_year, attr.article_reference(ctx, dates))
    if start is None or rec.start is not None and not _refines(rec, start):
        return          # "Hội nghị APEC lần thứ 30" (2023) under a lead telling a day of another year
    rec.start, rec.end = start, end
    if stretch := attr.span_by_length(ctx.folded, days[0], lead.start, lead.end):
        _stretch(rec, *stretch)    # "bắt đầu hội nghị kéo dài ba ngày vào hôm nay"
    rec.format = rec.format or attr.meeting_format(ctx.folded[lead.start:lead.end], False)
    rec.spans.append(Span(days[0].start, days[0].end))


def _title_meeting_placed_by_lead(ctx: DocContext, rec: Candidate) -> None:
    """The meeting a title names ("Khai mạc hội nghị bộ trưởng tài chính ASEAN 8") is the one the lead's first
    sentence tells, without its name, as meeting somewhere ("... đã nhóm họp tại Singapore"): when that
    sentence names no meeting, its place is the title meeting's."""
    if rec.country or rec.city:
        return
    lead = ctx.sentences[1]
    place = attr.located_place(ctx.folded, attr.places_in(ctx.text, lead.start, lead.end), lead.start, lead.start)
    if place is not None and place.country:
        rec.city, rec.country = place.city, place.country
        rec.format = rec.format or "in_person"
        rec.spans.append(Span(place.start, place.end))


def _lead_placed_by_title(ctx: DocContext, records: list[Candidate]) -> None:
    """"Thủ tướng hội đàm với Thủ tướng Campuchia tại Phnom Penh" over a lead that tells the talk without its place:
    the place the title says after "tại"/"ở" is that of the meetings the lead tells unplaced (not calls or video
    links, held nowhere)."""
    if len(ctx.sentences) < 2 or not ctx.article.title:
        return
    title, lead = ctx.sentences[0], ctx.sentences[1]
    place = attr.located_place(ctx.folded, attr.places_in(ctx.text, title.start, title.end), title.start, title.start)
    if place is None or place.country is None:
        return
    for rec in records:
        if rec.country is None and lead.start <= rec.span.start < lead.end and rec.format != "online" \
                and not is_call(canonical(rec.name)):
            rec.city, rec.country, rec.format = place.city, place.country, rec.format or "in_person"


_FRAMEWORK_OFFICIALS = {"apt-other", "eas-other", "arf-other"}
SOM_WEEK_DAYS = 3


_LEADERS_WEEK = {"asean-summit", "apt-summit", "eas", "asean-partner-summit"}
SUMMIT_WEEK_DAYS = 3


def _leaders_meet_in_summit_week(records: list[Candidate]) -> None:
    """ASEAN's leaders meet their partners in the city of their Summit, its week: an unplaced leaders' meeting
    with partners dated within days of a placed Summit (ASEAN, ASEAN+3, East Asia) is held there."""
    placed = [r for r in records if r.series in _LEADERS_WEEK and r.city]
    for rec in records:
        if rec.series not in _LEADERS_WEEK - {"asean-summit"} or rec.city or rec.country:
            continue
        _take_place_of_nearest(rec, placed, SUMMIT_WEEK_DAYS)


# ASEAN's foreign (economic) ministers meet their partners' in the days and city of their own meeting.
_MINISTERS_WEEK = {"amm", "aem"}
_WITH_MINISTERS = {"asean-partner-other", "apt-other", "eas-other", "arf", "subregional"}
MINISTERS_WEEK_DAYS = 3


def _ministers_meet_in_their_week(records: list[Candidate]) -> None:
    """"Từ ngày 11 đến 14/7, ... AMM-56 và các hội nghị liên quan tại Jakarta" then "Sáng 13/7, Hội nghị Bộ trưởng
    Ngoại giao ASEAN-Trung Quốc ...": an unplaced ministers' meeting with partners dated within days of a placed
    AMM or AEM, and not online, is held in its city (the AEM-EU consultation the day after the AEM Retreat in Hạ
    Long met there)."""
    placed = [r for r in records if r.series in _MINISTERS_WEEK and r.city and r.format != "online"]
    for rec in records:
        if rec.series not in _WITH_MINISTERS or rec.city or rec.country or rec.format == "online":
            continue
        _take_place_of_nearest(rec, placed, MINISTERS_WEEK_DAYS)


def _within_its_bodys_week(records: list[Candidate]) -> None:
    """"Tuần lễ Cấp cao APEC ... tại San Francisco từ ngày 13 đến 17/11" then "Hội nghị Bộ trưởng APEC lần thứ 34 diễn
    ra trong hai ngày 14-15/11": an unplaced meeting of a body outside ASEAN, dated within the days of a placed
    meeting of the same body, meets in its city."""
    placed = [r for r in records if r.series in _SUMMITS_OUTSIDE_ASEAN and r.country and r.format != "online"
              and _day(r.start) and _day(r.end or r.start)]
    for rec in records:
        if rec.series not in _SUMMITS_OUTSIDE_ASEAN or rec.city or rec.country or rec.format == "online" \
                or not (_day(rec.start) and _day(rec.end or rec.start)):
            continue
        body = identity(rec.name)[0]
        weeks = [p for p in placed if p is not rec and p.series == rec.series and body and identity(p.name)[0] == body
                 and p.start <= rec.start and (rec.end or rec.start) <= (p.end or p.start)]
        if len({(p.city, p.country) for p in weeks}) == 1:
            rec.city, rec.country = weeks[0].city, weeks[0].country
            rec.format = rec.format or weeks[0].format


def _officials_meet_with_som(records: list[Candidate]) -> None:
    """ASEAN's senior officials meet their ASEAN+3, EAS and ARF counterparts the days around their own SOM, in
    its city: such a meeting dated within days of a placed SOM (or of another of these), in no other city, is
    held there."""
    soms = [r for r in records if r.series in _FRAMEWORK_OFFICIALS | {"asean-som", "jcm"} and r.city]
    for rec in records:
        if rec.series not in _FRAMEWORK_OFFICIALS or rec.city:
            continue
        _take_place_of_nearest(rec, [s for s in soms if rec.country in (None, s.country)], SOM_WEEK_DAYS)


TRIP_DAYS = 2


def _day_number(iso: str | None) -> int | None:
    """Days since an epoch of a full ISO day, with or without its year ("--05-30" in year 1); else None."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso if not iso.startswith("--") else "0001" + iso[1:])
    except ValueError:
        return None
    return day.toordinal()


def _take_place_of_nearest(rec: Candidate, frames: list[Candidate], days: int) -> None:
    """``rec`` meets where the frame dated nearest it, at most ``days`` away, met (city, country and, unless said,
    format); nothing changes when no frame is that near."""
    frame = _nearest_within(rec, frames, days)
    if frame is not None:
        rec.city, rec.country = frame.city, frame.country
        rec.format = rec.format or frame.format


def _nearest_within(rec: Candidate, others: list[Candidate], days: int) -> Candidate | None:
    """Of ``others``, the one dated nearest ``rec`` and at most ``days`` from it: both full days, written alike
    (with a year, or both without); on a tie, the first."""
    here = _day_number(rec.start)
    if here is None:
        return None
    near = [(abs(there - here), o) for o in others
            if o is not rec and o.start and o.start.startswith("--") == rec.start.startswith("--")
            and (there := _day_number(o.start)) is not None and abs(there - here) <= days]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _stops_of_one_tour(records: list[Candidate]) -> None:
    """"sẽ thăm chính thức Kuwait và Algeria, tham dự Hội nghị G20 ... từ ngày 16 đến 24/11": visits to two countries
    or more dated by one span of days are the stops of one tour; which of its days each took is not said, only the
    month."""
    tours: dict[tuple[str, str], list[Candidate]] = {}
    for rec in records:
        if rec.series == "bilateral-visit" and rec.start and rec.end and rec.start != rec.end:
            tours.setdefault((rec.start, rec.end), []).append(rec)
    for (start, end), visits in tours.items():
        hosts = {v.country for v in visits if v.country and not registry.is_organisation(v.country)}
        if len(hosts) > 1 and attr.month_of(start) == attr.month_of(end):
            for v in visits:
                v.start = v.end = attr.month_of(start)


def _talks_of_one_trip(records: list[Candidate]) -> None:
    """Talks of the same two sides a day or two apart are of one trip: one the text does not place is held
    where the nearest placed one is ("chiều 30/5 ... sẽ tiếp Đại diện Thương mại Mỹ", "tiếp đón Thủ tướng tại
    Nhà Trắng vào ngày 31/5")."""
    talks = [r for r in records if r.series == "bilateral-talks" and r.parties and r.start
             and len(r.start.lstrip("-")) in (5, 10)]
    for talk in talks:
        if talk.country is not None or talk.format == "online" or is_call(canonical(talk.name)):
            continue    # a call or a video link is held nowhere, whatever trip it falls in
        other = _nearest_within(talk, [o for o in talks if o.country and o.parties == talk.parties], TRIP_DAYS)
        if other is not None:
            talk.city, talk.country, talk.format = other.city, other.country, other.format or "in_person"


def _others_met(talk: Candidate, visit: Candidate) -> bool:
    """Whether a talk names both who met, and the visit's traveller is neither ("tiếp Bộ trưởng A" tells nothing of
    the month of "chuyến thăm Việt Nam của Thủ tướng B")."""
    named = [n for n in (talk.subject, talk.counterpart) if n and not n.startswith(OFFICE_MARK)]
    return visit.subject is not None and len(named) == 2 and visit.subject not in named


def _visit_in_the_month_of_its_talks(records: list[Candidate]) -> None:
    """"chuyến thăm Mỹ của Thủ tướng" told undated, and "hội đàm với Tổng thống Mỹ tại Nhà Trắng ngày 31/5/2017": a
    visit the text does not date takes the month of the talks of its two sides held in its host country, when
    they all fall in one month."""
    for visit in records:
        if visit.series != "bilateral-visit" or visit.start is not None or not visit.country or not visit.parties:
            continue
        # talks of people met ("hội đàm với Tổng thống A"), not a named body's session ("kỳ họp Ủy ban liên Chính phủ")
        months = {_month(t.start) for t in records if t.series == "bilateral-talks" and t.parties == visit.parties
                  and (t.counterpart or t.subject) and t.country == visit.country
                  and t.start and not t.start.startswith("--") and not _others_met(t, visit)}
        if len(months) == 1:
            visit.start = visit.end = next(iter(months))


def _undated_talks_in_their_visits_month(ctx: DocContext, records: list[Candidate]) -> None:
    """"Tổng Thư ký ASEAN cũng đã chào xã giao Thủ tướng" after "tiếp Tổng Thư ký ASEAN đang thăm làm việc tại Việt
    Nam": a talk still undated once the visit of its two sides is dated (by its talks) is in that visit's month,
    when the article's visits of those sides all fall in one month. A call is no part of a visit."""
    for talk in records:
        if talk.series != "bilateral-talks" or talk.start is not None or not talk.parties or is_call(canonical(talk.name)) \
                or _told_at_another_time(talk, ctx.dates, lambda at: _bounds(ctx.sentence_at(at))):
            continue
        months = {_month(v.start) for v in records if v.series == "bilateral-visit" and v.parties == talk.parties
                  and v.start}
        if len(months) == 1 and all(v.start for v in records if v.series == "bilateral-visit" and v.parties == talk.parties):
            talk.start = talk.end = next(iter(months))


def _talks_in_the_days_after_arrival(records: list[Candidate]) -> None:
    """"Ngày 9/8, Thủ tướng bắt đầu chuyến thăm chính thức Indonesia" then "Ngày 10/8, ... hội đàm với Tổng thống
    Indonesia": a visit dated by its first day only goes on the days after; an unplaced talk of the same two sides
    a day or two after it began is held where the visit is."""
    visits = [v for v in records if v.series == "bilateral-visit" and v.country and v.parties
              and v.start and (v.end or v.start) == v.start]
    for talk in records:
        if talk.series != "bilateral-talks" or talk.country is not None or talk.format == "online" \
                or is_call(canonical(talk.name)):
            continue
        here = _day_number(talk.start)
        begun = [v for v in visits if v.parties == talk.parties
                 and v.start.startswith("--") == (talk.start or "").startswith("--")
                 and here is not None and (day := _day_number(v.start)) is not None and 0 < here - day <= TRIP_DAYS]
        if begun:
            talk.city, talk.country, talk.format = begun[0].city, begun[0].country, talk.format or "in_person"


def _numbered_year_checked(records: list[Candidate], dates: list[DateMention]) -> None:
    """A numbered meeting of an annual series held in another year than its number gives ("Hiến chương có hiệu lực
    từ tháng 12/2008, và Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 42 ...": the 42nd met in 2009) was dated by
    another event of its sentence: it takes the year of its number, and the date read is no evidence for it. A
    date said of one to come may be a plan and stays."""
    date_spans = {(d.start, d.end) for d in dates}
    for rec in records:
        if rec.series == "asean-summit" or rec.ordinal is None or rec.status == "planned" or not rec.start \
                or rec.start.startswith("--"):
            continue
        year = registry.year_of_numbered(rec.series, rec.ordinal)
        if year is not None and rec.start[:4] != str(year) and (rec.end or rec.start)[:4] != str(year):
            rec.spans = [sp for sp in rec.spans if (sp.start, sp.end) not in date_spans]
            rec.start = rec.end = str(year)


def _date_from_registry(records: list[Candidate]) -> None:
    """A numbered meeting the text never dates met when the registry says; read from no sentence, the
    date lowers the record's confidence."""
    for rec in records:
        if rec.start is None and rec.ordinal is not None and not rec.generic:
            rec.start, rec.end = registry_dates(rec.series, rec.ordinal)
            if rec.start is not None:
                rec.confidence *= 0.8


def _name_parties(name: str) -> tuple[str, ...] | None:
    """The two sides a bilateral body's name gives ("Ủy ban liên Chính phủ Việt Nam - Lào", "thượng đỉnh Mỹ -
    Triều")."""
    codes = sorted({h.key for h in registry.find_countries(name) if len(h.key) == 2})
    return tuple(codes) if len(codes) == 2 else registry.two_sides(name)


def _sentence_parties(text: str, name: str, lo: int, hi: int) -> tuple[str, ...] | None:
    """The two sides of a named bilateral body ("Ủy ban liên Chính phủ hai nước"): from its name, else
    the two countries its sentence names ("Việt - Lào")."""
    named = _name_parties(name)
    if named:
        return named
    codes = sorted({h.key for h in registry.find_countries(text[lo:hi]) if len(h.key) == 2 and not h.ambiguous})
    return tuple(codes) if len(codes) == 2 else None


def _give_named_talks_parties(records: list[Candidate]) -> None:
    """A named bilateral meeting ("kỳ họp Ủy ban liên Chính phủ hai nước") is between the sides its name
    gives, else between the two sides the article's other bilateral meetings are about."""
    pairs = Counter(r.parties for r in records if r.parties)
    for rec in records:
        if rec.series == "bilateral-talks" and rec.parties is None:
            rec.parties = _name_parties(rec.name) or (pairs.most_common(1)[0][0] if pairs else None)


def _inherit_from_lead(records: list[Candidate], lead_end: int) -> None:
    """Meetings of the same sector an article tells around its lead meeting ("Hội nghị Bộ trưởng Du lịch
    ASEAN ... các Cơ quan Du lịch quốc gia ASEAN") meet where it meets, in its year (or month, when no
    year is known) unless the text says otherwise."""
    lead = next((r for r in records if r.span.start < lead_end and r.start and (r.city or r.country)
                 and not r.series.startswith("bilateral")), None)
    if lead is None:
        return
    body = identity(lead.name)[0]
    for rec in records:
        if rec is lead or rec.start or rec.city or rec.country or rec.series.startswith("bilateral"):
            continue
        # No sector named: a side meeting of the lead's own series ("Hội nghị nữ nghị sĩ AIPA" at the AIPA
        # General Assembly) meets with it.
        if identity(rec.name)[0] == body and (body is not None or rec.series == lead.series):
            rec.start = rec.end = lead.start[:4]
            rec.city, rec.country, rec.format = lead.city, lead.country, rec.format or lead.format


# ASEAN's wider frameworks, whose acronym with a day and a place is one of their meetings ("ARF ở Phnom Penh
# ngày 5/8").
# ASEAN's own bodies by their acronyms too: "Phát biểu tại AMM ở Jakarta ngày 11/7/2023".
_NAMED_BY_ACRONYM = {"arf", "arf-other", "eas", "eas-other", "apt-other", "apt-summit", "amm", "aem", "admm",
                      "admm-plus", "amm-retreat", "jcm", "acc", "asean-som"}


# A name that opens with a meeting noun names a meeting, not the forum or body that holds it.
# Forums that are yearly events, not bodies: "Diễn đàn Tương lai châu Á" (Nikkei), "Diễn đàn cấp cao Vành đai và Con
# đường", "Diễn đàn châu Á Bác Ngao", "Diễn đàn Kinh tế phương Đông".
_MEETING_HEAD = re.compile(r"(?:hoi nghi|cuoc hop|hop|cap cao|cuoc gap"
                           r"|dien dan (?:tuong lai chau a|cap cao|(?:chau a )?bac ngao|boao|kinh te phuong dong))\b")


def _in_the_one_year(ctx: DocContext, records: list[Candidate]) -> None:
    """An undated multilateral meeting of an article that speaks of one year only, and firmly, met in that year
    (the gold writes "YYYY" when only the year is known, taking it from elsewhere in the article), unless its
    sentence tells some other time; so does a visit (see ``_dated_like_a_meeting``), not a talk."""
    year, held_year = ctx.timeframe.sole_firm_year(), ctx.timeframe.sole_firm_year(held=True)
    if year is None:
        return
    for rec in records:
        if rec.start is None and (not rec.series.startswith("bilateral") or _dated_like_a_meeting(rec)) \
                and not _time_told_beside(ctx, rec) \
                and (held_year if rec.status_said and rec.status == "held" else year) is not None:
            rec.start = rec.end = str(year)


def _dated_like_a_meeting(rec: Candidate) -> bool:
    """A visit left undated takes the article's one firm year as a multilateral meeting does (a visit recalled
    from another year has that year said beside it); talks do not: a visit's talks are dated by the visit."""
    return rec.series == "bilateral-visit"


def _time_told_beside(ctx: DocContext, rec: Candidate) -> bool:
    """Whether the sentence naming a meeting states a year ("năm 1995", "tháng 5/2019", "năm ngoái"): left
    undated by its own words, the meeting may be of another year than the article's."""
    sentence = ctx.sentence_at(rec.span.start)
    if sentence is None:
        return False
    return any(d.first.year is not None or d.relative in _OTHER_YEARS
               for d in attr.dates_in(ctx.dates, sentence.start, sentence.end))


_OTHER_YEARS = ("last_year", "next_year")


def _other_year_told(ctx: DocContext, rec: Candidate, year: int | None) -> bool:
    """Whether the sentence naming a meeting tells another year than the article's ("năm ngoái", "năm 2023" in
    an article of 2024)."""
    sentence = ctx.sentence_at(rec.span.start)
    return sentence is not None and any(
        d.relative in _OTHER_YEARS or d.first.year is not None and year is not None and d.first.year != year
        for d in attr.dates_in(ctx.dates, sentence.start, sentence.end))


def _before_what_it_prepares(records: list[Candidate]) -> None:
    """A preparatory meeting meets before the meeting it prepares: one dated by a day after it took a year the
    text gives the other meeting ("SOM ngày 3/12 ... chuẩn bị cho Hội nghị Cấp cao ... vào tháng 1/2018" is in
    2017), and falls in the year before."""
    for rec in records:
        target = rec.prepares
        if target is None or not rec.start or not target.start or rec.start.startswith("--") \
                or target.start.startswith("--") or len(rec.start) != 10 or len(target.start) < 7 \
                or rec.start <= (target.end or target.start):
            continue
        shift = int(rec.start[:4]) - int(target.start[:4]) + (1 if rec.start[5:] > target.start[5:] else 0)
        if shift > 0:
            rec.start = f"{int(rec.start[:4]) - shift}{rec.start[4:]}"
            rec.end = f"{int(rec.end[:4]) - shift}{rec.end[4:]}" if rec.end else rec.end


def _keep(rec: Candidate) -> bool:
    """A record is one specific meeting when something tells it apart: an ordinal, a date, a place, a
    partner or parties, or a meeting it prepares. A framework named in passing ("các cơ chế như EAS,
    ARF") or a plural ("các hội nghị cấp cao") is not one meeting."""
    if rec.generic and rec.ordinal is None and not (rec.start and (rec.city or rec.country)):
        return False
    if rec.acronym_only:
        # A bare acronym ("APEC", "SOM") names a process more often than one meeting.
        # "Ngày 25/6/2020, ACC họp trực tuyến": a meeting online has no place to give.
        dated_and_placed = bool(rec.start) and len(rec.start) == 10 and bool(rec.city or rec.country
                                                                               or rec.format == "online")
        # ASEAN's frameworks meet in ASEAN: the same letters placed elsewhere ("APT JSO-6" in Taipei) name
        # something else.
        in_asean = (rec.country or registry.country_of_city(rec.city or "")) in registry.member_codes() \
            or rec.format == "online" and not (rec.city or rec.country)
        return bool(rec.ordinal or rec.prepares) or (rec.series in _NAMED_BY_ACRONYM and dated_and_placed and in_asean)
    if rec.series.startswith("bilateral") and not rec.parties:
        return False
    if rec.series == "other-multilateral" and _MEETING_HEAD.match(canonical(rec.name)):
        # "Hội nghị thượng đỉnh G20", "Hội nghị Bộ trưởng WTO": a meeting of a body outside ASEAN, named
        # by its meeting noun, is one occasion even undated; "Diễn đàn APEC" may be the body itself.
        return True
    return bool(rec.ordinal or rec.start or rec.city or rec.country or rec.partner or rec.parties
                or rec.prepares or rec.topical)


# ASEAN bodies meet in the country that chairs them (the ASEAN chair, or the host of an ADMM or ASEAN+1
# meeting): a meeting of these placed in a member country is chaired by that country.
HOSTED_BY_CHAIR = CHAIRED_BY_ASEAN_CHAIR | {"admm", "admm-plus", "asean-partner-summit", "asean-sectoral", "aem",
                                            "asean-partner-other", "subregional"}
# ASEAN bodies that meet where their members take turns, not always in the year's chair: the economic ministers and
# the sectoral bodies.
_SECTORAL_BODIES = {"asean-sectoral", "aem"}
# Groupings whose presidency rotates to the host: a G20 summit in Osaka is chaired by Japan; the host of a UN
# climate conference (COP28, Dubai), of a Francophonie or Non-Aligned summit, of P4G, presides over it.
_HOST_PRESIDES = re.compile(r"\b(?:g20|g7|g8|apec|asem|brics|sco|cica|vanh dai va con duong|mot vanh dai|cop ?\d+"
                            r"|cac ben tham gia cong uoc|phap ngu|khong lien ket|p4g)\b")


def _asean_chair(year: int) -> str | None:
    """The ASEAN chair of a year: the list of chairs, else (before it begins) the host of that year's Summit."""
    hosts = {s.country for s in registry.summits().values() if s.start[:4] == str(year)}
    return registry.chair_of(year) or (hosts.pop() if len(hosts) == 1 else None)


# Before the Charter the chair passed at the AMM in July to the host of the next Summit: from January to July the
# host of the previous year's Summit chaired (the 38th AMM in Vientiane, July 2005; the 12th Summit and the second
# East Asia Summit, Cebu, January 2007), from August the host of the Summit to come (Thailand from August 2008).
# A meeting dated by its year alone: the foreign ministers' meetings of mid-year (AMM, SOM, PMC, ARF) fell in July.
_MID_YEAR_CYCLE = {"amm", "amm-retreat", "asean-som", "arf", "arf-other"}
_CHARTER_YEAR = 2008
_HANDOVER_MONTH = 7


def _summit_host_after_handover(year: int) -> str | None:
    """The host of the first numbered Summit from August of year on: the chair from that handover."""
    later = [s for s in registry.summits().values() if s.start >= f"{year}-{_HANDOVER_MONTH + 1:02d}"]
    return min(later, key=lambda s: s.start).country if later else None


def _chairs_in_year(rec: Candidate) -> set[str]:
    """The chairs of a meeting dated by its year alone: before the Charter the chair changed in July, so a year
    has two (2008: Singapore, then Thailand)."""
    year = int(rec.start[:4])
    if year > _CHARTER_YEAR:
        return {c for c in (_asean_chair(year),) if c}
    return {c for c in (_asean_chair(year - 1), _summit_host_after_handover(year) or _asean_chair(year)) if c}


def _chair_on(rec: Candidate) -> str | None:
    """The ASEAN chair when a meeting dated by at least its year met."""
    year = int(rec.start[:4])
    month = int(rec.start[5:7]) if len(rec.start) >= 7 else None
    if len(rec.start) == 10 and (since := registry.chair_since(rec.start)):
        return since        # a day after the takeover the list gives (Thailand from 24 July 2008)
    if year <= _CHARTER_YEAR and month is not None:
        if month <= _HANDOVER_MONTH:
            return _asean_chair(year - 1)
        return _summit_host_after_handover(year) or _asean_chair(year)
    if rec.series in _MID_YEAR_CYCLE and year <= _CHARTER_YEAR:
        return _asean_chair(year - 1)
    return _asean_chair(year)


# ASEAN meets one partner under two co-chairs, the partner's and one member's (the coordinator of the relation, or
# the year's chair): that member is the meeting's chair on ASEAN's side.
PLUS_ONE_SERIES = {"asean-partner-summit", "asean-partner-other"}


def _asean_cochair(rec: Candidate) -> str | None:
    members = [code for code in rec.cochairs_said if code in registry.member_codes()]
    others = [code for code in rec.cochairs_said if code not in registry.member_codes()]
    return members[0] if len(members) == 1 and all(code == rec.partner for code in others) else None


def _chair(rec: Candidate) -> str | None:
    if rec.series.startswith("bilateral"):
        return None
    if rec.chair_said:
        return rec.chair_said
    if rec.series in PLUS_ONE_SERIES and (member := _asean_cochair(rec)):
        return member
    # Met online, its place may be where a delegation joined from ("từ điểm cầu Hà Nội"): the year's chair still chairs.
    remote = rec.format in ("online", "hybrid")
    summit = registry.summits().get(rec.ordinal) if rec.series == "asean-summit" and rec.ordinal else None
    if summit:
        # A numbered Summit is chaired by its host (the 12th, Cebu 2007, the year Singapore chaired), whatever place
        # the text names beside it (the city a report was filed from, where a delegation set off).
        return summit.country
    if rec.series == "asean-partner-summit" and rec.country and rec.country == rec.partner:
        return rec.country  # a summit the partner hosts ("Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ" in Washington)
    if rec.series == "asean-partner-other" and rec.country and rec.country == rec.partner:
        return rec.country  # a ministers' dialogue the partner hosts ("Đối thoại ASEAN-Ấn Độ" in New Delhi)
    if rec.series == "aipa" and rec.country in registry.member_codes() and not remote:
        return rec.country  # AIPA's President is the host parliament's Speaker (Jakarta 2004, the year Laos chaired ASEAN)
    if rec.series in CHAIRED_BY_ASEAN_CHAIR and rec.start and not rec.start.startswith("--"):
        chair = _chair_on(rec)
        if chair:
            # Held away from the year's chair (a SOM in Hanoi the year the Philippines chairs): not told; the AIPA
            # General Assembly is presided over by its host parliament.
            if rec.series == "aipa":
                return chair if remote else rec.country or chair
            if len(rec.start) == 4 and rec.country in _chairs_in_year(rec):
                return rec.country  # "Năm 2008, Hội nghị SOM tại Bangkok": met in one of the year's two chairs
            return chair if rec.country in (None, chair) or remote else None
    if rec.series in _SECTORAL_BODIES and not rec.host_said and rec.start and not rec.start.startswith("--") \
            and _chair_on(rec) not in (None, rec.country):
        # An ASEAN body's meeting in a member the year another chairs ASEAN: who chairs it is not told.
        return None
    if rec.series in HOSTED_BY_CHAIR and rec.country in registry.member_codes():
        return rec.country
    if rec.series == "subregional" and rec.country and not registry.is_organisation(rec.country):
        return rec.country  # a Mekong grouping meets where its chair is: a Mekong - Japan summit in Tokyo, the GMS in Kunming
    if rec.country and _HOST_PRESIDES.search(canonical(rec.name)):
        return rec.country
    # Elsewhere, the host chairs only where the text says it hosts or chairs.
    return rec.country if rec.host_said else None


# "nhân dịp (Chủ tịch nước) thăm cấp Nhà nước Hàn Quốc", "trong chuyến thăm Hàn Quốc": the visit a talk is part of.
_DURING_VISIT = re.compile(r"\b(?:nhan dip|trong dip|trong khuon kho|trong)\b[^.;:]{0,40}?\b(?:chuyen tham|tham)\b")


def _talks_during_the_visit_said(ctx: DocContext, records: list[Candidate]) -> None:
    """"hội kiến Tổng thống A nhân dịp thăm cấp Nhà nước Hàn Quốc": an unplaced talk whose sentence says it is
    part of a visit to one of its two sides' countries is held in that country."""
    for rec in records:
        if rec.series != "bilateral-talks" or rec.country is not None or not rec.parties \
                or rec.format == "online" or is_call(canonical(rec.name)):
            continue
        sentence = ctx.sentence_at(rec.span.start)
        if sentence is None:
            continue
        for cue in _DURING_VISIT.finditer(ctx.folded, sentence.start, sentence.end):
            if ctx.text[cue.end() - 4:cue.end()].lower() != "thăm":
                continue                   # "tham dự", "tham gia": no visit
            hit = next((h for h in registry.find_countries(ctx.text[cue.end():min(sentence.end, cue.end() + 60)])
                        if not h.ambiguous), None)
            if hit is not None and hit.key in rec.parties:
                rec.country, rec.format = hit.key, rec.format or "in_person"
                break


def _held_by_the_receiver(records: list[Candidate]) -> None:
    """A reception ("Thủ tướng A tiếp Bộ trưởng B", "Tổng thống C chủ trì lễ đón và hội đàm với D") that nothing else
    places is held in the receiver's country: one receives guests at home. Calls and video links are held nowhere."""
    for rec in records:
        if rec.series == "bilateral-talks" and rec.country is None and rec.receiver and rec.format != "online" \
                and not is_call(canonical(rec.name)) and not _away_then(rec, records):
            rec.country, rec.format = rec.receiver, rec.format or "in_person"


def _placed_like_the_talks_beside_it(ctx: DocContext, records: list[Candidate]) -> None:
    """"Thủ tướng sẽ hội kiến Nhà vua A và hội đàm với Thủ tướng B": talks of the same two sides told in one
    sentence are held in one place, the one the sentence gives any of them (when it gives only one)."""
    talks = [r for r in records if r.series == "bilateral-talks"]
    for talk in talks:
        if talk.country is not None or talk.format == "online" or is_call(canonical(talk.name)):
            continue
        sentence = ctx.sentence_at(talk.span.start)
        if sentence is None:
            continue
        beside = {(t.city, t.country) for t in talks if t is not talk and t.country and t.parties == talk.parties
                  and sentence.start <= t.span.start < sentence.end}
        if len(beside) == 1:
            (talk.city, talk.country), talk.format = beside.pop(), talk.format or "in_person"


def _away_then(talk: Candidate, records: list[Candidate]) -> bool:
    """Whether the article places something in another country than the receiver's in the talk's month (or, the
    talk undated, at all): a leader abroad receives the host's ministers where they stay ("Thủ tướng sẽ tiếp Bộ
    trưởng Thương mại Mỹ" during a visit to Washington)."""
    month = talk.start[:7] if talk.start and not talk.start.startswith("--") else None
    return any(r.country and r.country != talk.receiver and (month is None or not r.start or r.start[:7] == month)
               for r in records if r is not talk)


def _city_of_host(ctx: DocContext, records: list[Candidate]) -> None:
    """A meeting placed in a country but in no city is in the one city of that country the article names
    ("chuyến thăm cấp Nhà nước tới Trung Quốc" ... "phóng viên tại Bắc Kinh"); with two cities named, which
    one is not told."""
    named: dict[str, set[str]] = {}
    # A city inside a name ("Tổ chức Hợp tác Thượng Hải") places nothing.
    names = [(r.span.start, r.span.end) for r in records]
    for hit in ctx.city_hits:
        country = registry.country_of_city(hit.key) or ""
        if any(a <= hit.start < b for a, b in names) or country == "VN" \
                and attr.in_dateline(ctx.folded, attr.Place(hit.key, None, hit.start, hit.end)):
            continue            # a home dateline names where the newsroom is, not where the meeting is
        named.setdefault(country, set()).add(hit.key)
    for rec in records:
        if not (rec.country and rec.city is None):
            continue
        cities = named.get(rec.country, set())
        if rec.series.startswith("bilateral"):
            cities = cities - _stated_for_another(ctx, records, rec)
        if len(cities) == 1:
            rec.city = next(iter(cities))


def _stated_for_another(ctx: DocContext, records: list[Candidate], rec: Candidate) -> set[str]:
    """The cities the article states only as the place of an occasion at another time than the visit or talk ``rec``
    ("tham dự Hội nghị G7 tại Hiroshima" in May, in a story of a visit to Tokyo in November): each named in the
    sentence of such a meeting placed there that is not one of ``rec``'s trip (a visit and its talks share their
    sides), or said as the place of such a gathering, read as a meeting or not; and named in none of the sentences
    that tell ``rec`` or its trip but as such a gathering's place."""
    def own_trip(other: Candidate) -> bool:
        return other.series.startswith("bilateral") and other.parties == rec.parties

    def sentences_of(other: Candidate) -> list:
        # a record merged from several mentions is told in the sentence of each
        return [s for s in (ctx.sentence_at(sp.start) for sp in [other.span, *other.spans]) if s]

    others = [r for r in records if r is not rec and not own_trip(r)]
    # "Hồi tháng 5, Thủ tướng đã dự Hội nghị ... tại Hiroshima": a gathering's place, at another time than rec's
    elsewhen = {h.start for h in ctx.city_hits if attr.gathering_place(ctx.folded, h.start, 0)
                and _said_at_another_time(ctx, others, h.start, rec)}
    claimed = {h.key for h in ctx.city_hits if h.start in elsewhen}
    own: set[str] = set()
    for other in records:
        named = [h for h in ctx.city_hits if any(s.start <= h.start < s.end for s in sentences_of(other))]
        if other is rec or own_trip(other):
            # "rời Bắc Kinh, kết thúc chuyến thăm": a city its own sentences name
            own |= {h.key for h in named if h.start not in elsewhen} | {other.city}
        elif other.city and other.city in {h.key for h in named} and _another_time(other.start, rec):
            claimed |= {h.key for h in named}     # "tại Hà Nội và tỉnh Quảng Ninh": each city of its place
    return claimed - own


def _said_at_another_time(ctx: DocContext, others: list[Candidate], at: int, rec: Candidate) -> bool:
    """Whether the sentence at ``at`` tells a time other than ``rec``'s: the dates of the meetings it tells, else
    the dates written in it, none of them in ``rec``'s year and month."""
    sentence = ctx.sentence_at(at)
    if sentence is None or not rec.start:
        return False
    told = [r.start for r in others if r.start and any(sentence.start <= sp.start < sentence.end for sp in r.spans)]
    if not told:
        told = [f"{d.first.year or '-'}-{d.first.month:02d}" for d in ctx.dates
                if sentence.start <= d.start < sentence.end and d.first.month]
    return bool(told) and all(_another_time(t, rec) for t in told)


def _another_time(iso: str | None, rec: Candidate) -> bool:
    """Whether a meeting dated ``iso`` is held at another time than ``rec`` (both dated)."""
    return bool(iso and rec.start) and not (_same_time(iso, rec.start) or _same_time(iso, rec.end or rec.start))


def _same_time(a: str, b: str) -> bool:
    """Whether two dates ("2023-05-09", "2023-05", "2023", "--05-09", "--05") can be of one month: their years, then
    their months, agree where both say them."""
    ya, yb = a[:4] if not a.startswith("-") else None, b[:4] if not b.startswith("-") else None
    ma = a[5:7] if len(a) >= 7 and a[5:7].isdigit() else (a[2:4] if a.startswith("--") else None)
    mb = b[5:7] if len(b) >= 7 and b[5:7].isdigit() else (b[2:4] if b.startswith("--") else None)
    return (not ya or not yb or ya == yb) and (not ma or not mb or ma == mb)


_AT_VENUE = re.compile(r"\b(?:tai|o)\s+(?:thu do\s+|thanh pho\s+)?$")


def _bare_asean_meeting_in_the_one_city(ctx: DocContext, records: list[Candidate]) -> None:
    """"Bên lề hội nghị thượng đỉnh, ...", "Tại Hội nghị bộ trưởng kinh tế vừa qua, ASEAN ...": in an article about
    ASEAN, a meeting named by its level or sector alone, told by nothing else, met in the one city of a member the
    article names as a venue (old wire copy tells the place once, beside the agreement it reports)."""
    bare = [r for r in records if r.series in _ASEAN_OWN and not (r.ordinal or r.start or r.city or r.country
                                                                   or r.partner or r.prepares)
            and (_BARE_SUMMIT.match(canonical(r.name)) or _SECTOR_MINISTERS.match(canonical(r.name)))]
    if not bare or "ASEAN" not in ctx.text:
        return
    # A venue said "tại"/"ở": "Washington", "Bắc Kinh" and "Singapore" also stand for governments.
    cities = {hit.key for hit in ctx.city_hits if registry.country_of_city(hit.key) in registry.member_codes()
              and _AT_VENUE.search(ctx.folded, max(0, hit.start - 24), hit.start)}
    if len(cities) != 1:
        return
    for rec in bare:
        rec.city = next(iter(cities))
        rec.country = registry.country_of_city(rec.city)


def _filed_abroad(ctx: DocContext) -> attr.Place | None:
    """The city abroad a report credit opening the body names ("Bangkok, 2/8 (TTXVN) - "): the correspondent is
    where the meeting is."""
    if ctx.credit_end is None:
        return None
    line, credit = ctx.credit
    hits = [(h.key, h.start, h.end) for h in ctx.city_hits if line <= h.start < ctx.credit_end]
    if not hits and credit.place:
        # "VIENTIANE, 24/7 (VNA) - ", "PNÔM PÊNH, 20/12 (TTXVN) - ": a place in capitals, as the gazetteer spells it.
        lo, hi = line + credit.place[0], line + credit.place[1]
        hits = [(h.key, lo, hi) for h in registry.find_cities(ctx.text[lo:hi].title())]
    for key, start, end in hits:
        country = registry.country_of_city(key)
        if country not in (None, "VN"):
            return attr.Place(key, country, start, end)
    return None


def _placed_where_filed(ctx: DocContext, records: list[Candidate]) -> None:
    """"Bangkok, 2/8 (TTXVN) - Hội nghị ... đã khai mạc": the meetings the credited sentence tells, and the title's
    one meeting the lead tells by its noun, unplaced or placed only in that country, are held in the city abroad
    the report was filed from. Calls and video links are held nowhere."""
    place = _filed_abroad(ctx)
    if place is None or len(ctx.sentences) < 2:
        return
    lead = ctx.credited
    # Only a sentence telling a meeting held or attended ("Bắc Kinh (TTXVN) - ... phản đối tuyên bố của Hội nghị
    # G7" comments from afar).
    if lead is None or not _HELD_OR_ATTENDED.search(ctx.lower, lead.start, lead.end) \
            or _SETTING_OFF.search(ctx.lower, lead.start, lead.end):
        return
    # Told there by name or by what the sentence gave it (a day said of the title's meeting by its noun).
    told = [r for r in records if any(lead.start <= sp.start < lead.end for sp in r.spans)]
    title_one = _title_meeting_told_by_lead(ctx, records) if lead is ctx.sentences[1] else None
    for rec in told or ([title_one] if title_one else []):
        if rec.city is None and rec.country in (None, place.country) and rec.format != "online" \
                and not is_call(canonical(rec.name)) and _may_meet_in(rec, place.country):
            rec.city, rec.country, rec.format = place.city, place.country, rec.format or "in_person"
            rec.spans.append(Span(place.start, place.end))


_HELD_OR_ATTENDED = re.compile(r"(?<!\w)(?:dự|khai mạc|bế mạc|diễn ra|họp|chủ trì|tổ chức|tiến hành|hội đàm|hội kiến"
                               r"|thăm|gặp|tiếp)(?!\w)")


# "Tokyo (TTXVN) - Thủ tướng lên đường dự ...": the credit's city is the one left for the meeting.
_SETTING_OFF = re.compile(r"(?<!\w)(?:lên đường|rời)(?!\w)")


def _may_meet_in(rec: Candidate, country: str | None) -> bool:
    """ASEAN's own meetings meet in a member (a numbered Summit where the list says); others anywhere."""
    summit = registry.summits().get(rec.ordinal) if rec.series == "asean-summit" and rec.ordinal else None
    if summit is not None:
        return summit.country == country
    return rec.series not in CHAIRED_BY_ASEAN_CHAIR or rec.series == "asean-partner-summit" \
        or country in registry.member_codes()


def _fill_country(rec: Candidate) -> None:
    if rec.city and not rec.country:
        rec.country = registry.country_of_city(rec.city)


_PARTNER_LEVELS = ("asean-partner-summit", "asean-partner-other")


def _one_partner_of_the_title(ctx: DocContext, candidates: list[Candidate]) -> None:
    """"Trong cuộc gặp thượng đỉnh 10+1, hai bên ..." under "ASEAN và Trung Quốc ký thỏa thuận mới": an ASEAN+1
    meeting that names no partner is with the one partner the title names beside ASEAN."""
    if not ctx.sentences:
        return
    title = ctx.sentences[0]
    codes = partners_named(ctx.text[title.start:title.end])
    if len(codes) != 1 or "asean" not in ctx.folded[title.start:title.end]:
        return
    for cand in candidates:
        if cand.series in _PARTNER_LEVELS and cand.partner is None and PLUS_ONE.search(canonical(cand.name)):
            cand.partner = next(iter(codes))


def _one_partner_of_the_article(candidates: list[Candidate]) -> None:
    """"Hội nghị 10+1" (a title) over "Thủ tướng dự Hội nghị cấp cao ASEAN+1 với Hàn Quốc": an ASEAN+1 meeting said
    without its partner, in an article whose ASEAN+1 meetings are all with one partner, is that meeting."""
    named = [c for c in candidates if c.series in _PARTNER_LEVELS and c.partner]
    if len({c.partner for c in named}) != 1 or len({c.series for c in named}) != 1:
        return
    for cand in candidates:
        if cand.series in _PARTNER_LEVELS and cand.partner is None and not cand.generic \
                and PLUS_ONE.search(canonical(cand.name)):
            cand.partner, cand.series = named[0].partner, named[0].series


def _levelless_take_named_level(candidates: list[Candidate]) -> None:
    """"Hội nghị ASEAN - Nhật Bản" said after "Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26": the meeting with
    that partner the article names with its level, when it names only one."""
    levels: dict[str, set[str]] = {}
    for cand in candidates:
        if cand.series in _PARTNER_LEVELS and cand.partner and not levelless_partner_name(cand.name):
            levels.setdefault(cand.partner, set()).add(cand.series)
    for cand in candidates:
        named = levels.get(cand.partner or "", set())
        if cand.series in _PARTNER_LEVELS and len(named) == 1 and levelless_partner_name(cand.name):
            cand.series = next(iter(named))


_LEADERS_SERIES = {"asean-summit", "apt-summit", "eas"}
_MINISTERS_SERIES = {"amm", "amm-retreat", "arf", "eas-other", "aem"}


def _levelless_take_article_level(candidates: list[Candidate]) -> None:
    """"Hội nghị ASEAN - Nhật Bản lần thứ 22" in an article whose other meetings are all leaders' (the Summit,
    ASEAN+3, East Asia): the leaders' meeting with that partner. Left as it is when ministers' meet too."""
    said = {c.series for c in candidates if not levelless_partner_name(c.name) and not _LEVELLESS_APT.match(canonical(c.name))}
    # "Hội nghị 10+1 giữa ASEAN và Trung Quốc" beside "các nhà lãnh đạo cũng dự Hội nghị 10+1 với Nhật Bản": one form
    # of name read at the leaders' level by who attends says the level of the others.
    attended = any(c.series in ("asean-partner-summit", "apt-summit") and levelless_partner_name(c.name)
                   for c in candidates)
    if not (said & _LEADERS_SERIES or attended) or said & _MINISTERS_SERIES:
        return
    for cand in candidates:
        if cand.series == "asean-partner-other" and cand.partner and levelless_partner_name(cand.name):
            cand.series = "asean-partner-summit"
        elif cand.series == "apt-other" and _LEVELLESS_APT.match(canonical(cand.name)):
            cand.series = "apt-summit"   # "Hội nghị ASEAN+3 cũng nhất trí ..." in the leaders' week


# "Hội nghị có sự tham dự của cơ quan quản lý dược các nước ASEAN", "Dự hội nghị có Trưởng ADSOM các nước ASEAN": a
# page whose lead sentence was lost opens on its meeting by the bare noun, and names it by who attends.
_ATTENDED_BY = re.compile(r"\b(?:hoi nghi|cuoc hop)\s+co\s+(?:su (?:tham du|tham gia|hien dien) cua\s+)?([^,;:(.\n]{4,80})")
_ASEAN_OWN = _OWN_ASEAN_SERIES | {"asean-summit", "admm-plus", "acc", "jcm"}


def _opening_meeting_by_attendees(ctx: DocContext, dates: list[DateMention], year: int | None,
                                  candidates: list[Candidate]) -> Candidate | None:
    """The meeting of ASEAN's own a page opens on by the bare noun, when nothing before names a meeting."""
    lead_end = _lead_end(ctx)
    found = _ATTENDED_BY.search(ctx.folded, ctx.article.body_start, lead_end)
    if found is None or any(c.span.start < found.start() for c in candidates):
        return None
    series, partner = classify("Hội nghị " + ctx.text[found.start(1):found.end(1)])
    if series not in _ASEAN_OWN or partner:
        return None
    name = ctx.text[found.start():found.end(1)].strip()
    mention = MeetingMention(found.start(), found.start() + len(name), name, series, None, None, False, False)
    sentence = next(s for s in ctx.sentences if s.start <= found.start() < s.end)
    cand = _candidate(ctx, ctx.folded, dates, year, mention, sentence.start, sentence.end, sentence.start, sentence.end)
    cand.country = cand.country or _opener_country(ctx, sentence.end)
    return cand


# "Phát biểu khai mạc Hội nghị, Bộ trưởng Bộ Y tế Việt Nam ...": the host's minister opens the meeting.
_OPENS_IT = re.compile(r"\bphat bieu khai mac (?:hoi nghi|cuoc hop)\s*,\s*")


def _opener_country(ctx: DocContext, after: int) -> str | None:
    """The member country whose office-holder the next sentences say opens the meeting just told, else None."""
    opens = _OPENS_IT.search(ctx.folded, after, min(len(ctx.text), after + 400))
    hits = registry.find_countries(ctx.text[opens.end():opens.end() + 50]) if opens else []
    return hits[0].key if hits and not hits[0].ambiguous and hits[0].key in registry.member_codes() else None


# "các nước Đông Nam Á", "Hiệp hội các quốc gia Đông Nam Á": older copy names ASEAN by its region.
_ASEAN_BY_REGION = re.compile(r"\b(?:cac nuoc|cac quoc gia|khoi|hiep hoi cac quoc gia|(?:\d{1,2}|muoi) nuoc) dong nam a\b")


def _about_asean(ctx: DocContext) -> bool:
    """Whether the article's head (its title and first lines) is about ASEAN, by its name or its region's."""
    head = ctx.article.body_start + 600
    return "ASEAN" in ctx.text[:head] or _ASEAN_BY_REGION.search(ctx.folded, 0, head) is not None


def extract_meetings(ctx: DocContext) -> list[MeetingRecord]:
    text = ctx.text
    folded = ctx.folded
    dates = ctx.dates
    year = ctx.default_year
    lower = ctx.lower
    about = ArticleSeries(asean=_about_asean(ctx))
    lead_end = _lead_end(ctx)
    candidates: list[Candidate] = []
    for sentence in ctx.sentences:
        found = _candidates_in_sentence(ctx, folded, lower, dates, year, sentence.start, sentence.end, about)
        if sentence.start < lead_end:
            about.learn(found)
        candidates.extend(found)
    opening = _opening_meeting_by_attendees(ctx, dates, year, candidates)
    candidates.extend([opening] if opening else [])
    # Bilateral talks the mention finder names are sessions of a named body; the bilateral reader's are persons'.
    sessions = frozenset(id(c) for c in candidates if c.series == "bilateral-talks")
    candidates.extend(find_bilateral(ctx, folded, dates, year))
    candidates.sort(key=lambda c: c.span.start)
    _one_partner_of_the_title(ctx, candidates)
    _one_partner_of_the_article(candidates)
    _levelless_take_named_level(candidates)
    _levelless_take_article_level(candidates)
    records = merge(candidates, sessions)
    _give_named_talks_parties(records)
    one_story = not _stories_apart(ctx)
    _inherit_for_talks(records, _lead_end(ctx), dates, None if one_story else _paragraph_of(ctx),
                       lambda talk: _told_as_earlier(ctx, talk), lambda at: _bounds(ctx.sentence_at(at)),
                       lambda talk: _same_day_as_the_talk_before(ctx, records, talk, dates),
                       lambda talk: _on_the_sidelines(ctx, talk))
    if one_story:
        _anaphoric_slots(ctx, records, dates, year)
        _anaphoric_prepares(ctx, records)
        _closing_said_later(ctx, records, dates)
        _chair_said_back(ctx, records)
        _coordinator_chairs(ctx, records)
    _twins_share_days(records)
    _registry_summit_facts(records, text, dates)
    _inherit_admm_days(records)
    _numbered_year_checked(records, dates)
    _date_from_registry(records)
    _inherit_summit_week(records, _lead_end(ctx), lambda rec: _other_year_told(ctx, rec, year))
    if one_story:
        _during_another_event(ctx, records, dates, year)
        _visit_joined_to_a_meeting(ctx, records)
        _meeting_joined_to_a_visit(ctx, records)
    _talks_at_each_event(ctx, records)
    _talks_at_their_event(ctx, records)
    if one_story:
        _inherit_from_lead(records, _lead_end(ctx))
        _same_day_as_told(ctx, records, dates, year)
        _talk_pointed_back_to(ctx, records, dates, year)
    _schedule_day(ctx, records, year)
    _stops_of_one_tour(records)
    if one_story:
        _talks_of_one_trip(records)
        _talks_in_the_days_after_arrival(records)
        _visit_in_the_month_of_its_talks(records)
        _undated_talks_in_their_visits_month(ctx, records)
    _listed_share_place(ctx, records)
    if one_story:
        _title_meeting_told_by_lead_slots(ctx, records, dates, year)
        _lead_placed_by_title(ctx, records)
    _officials_meet_with_som(records)
    _leaders_meet_in_summit_week(records)
    _ministers_meet_in_their_week(records)
    _within_its_bodys_week(records)
    _before_what_it_prepares(records)
    _status_from_dates(records, ctx.anchor)
    _talks_during_the_visit_said(ctx, records)
    _held_by_the_receiver(records)
    _placed_like_the_talks_beside_it(ctx, records)
    _placed_where_filed(ctx, records)
    if one_story:
        _city_of_host(ctx, records)
        _bare_asean_meeting_in_the_one_city(ctx, records)
    records = [r for r in records if _keep(r)]
    _in_the_one_year(ctx, records)
    index = {id(r): i for i, r in enumerate(records)}
    out = []
    for rec in records:
        _fill_country(rec)
        if rec.country is None and rec.series in CHAIRED_BY_ASEAN_CHAIR and rec.series != "aipa" \
                and rec.start and not rec.start.startswith("--"):
            rec.country = _chair_on(rec)   # ASEAN meets in the country that chairs it
        if rec.format is None and (rec.city or rec.country):
            rec.format = "in_person"
        if rec.format is None and rec.series == "bilateral-talks" \
                and not re.search(r"\b(?:dien dam|dien thoai|goi dien|truc tuyen|hoi nghi truyen hinh)\b", canonical(rec.name)):
            rec.format = "in_person"                          # talks face to face unless a call or a video link
        out.append(MeetingRecord(
            series=rec.series, name=rec.name, ordinal=rec.ordinal, partner=rec.partner,
            parties=list(rec.parties) if rec.parties else None, start=rec.start, end=rec.end or rec.start,
            city=rec.city, country=rec.country, format=rec.format, chair=_chair(rec), status=rec.status,
            prepares=index.get(id(rec.prepares)) if rec.prepares is not None else None,
            evidence=ctx.evidence(rec.spans, NAME, VERSION, rec.confidence)))
    return out
