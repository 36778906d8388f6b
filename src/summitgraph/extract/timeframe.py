"""The year an article is about: the year its days and months written without one belong to.

Few articles state their publication date. A day written "12/5" then takes its year from the article as
a whole, by votes, each weighed by how surely it tells "this is when the news happens":

- the publication date, when the file states it, decides alone;
- a numbered meeting whose year is known: the registry's ASEAN Summits, an annual series' numbering
  ("Hội nghị Cấp cao ASEAN lần thứ 37", "AMM-50");
- an anniversary with its founding year ("kỷ niệm 25 năm thiết lập quan hệ ngoại giao (1992-2017)");
- a chair-year statement ("Việt Nam, Chủ tịch ASEAN 2020");
- years written as times ("tháng 5/2017" more than "năm 2016", a bare "2017" least), not horizons
  ("đến năm 2030", "Tầm nhìn 2025", "giai đoạn 2016-2020") and not a year far beyond every other;
- what the title and the lead say counts more: they tell the article's own event.

The year with most weight wins; on a near tie the later, since news recalls older years more than it
names later ones ("năm 2016 đạt 1,8 tỷ USD, quý I/2017 ..." is written in 2017).

``Timeframe.year_in`` gives the year a sentence itself states, for a day in that sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summitgraph import registry
from summitgraph.extract.dates import DateMention

VERSION = "7"  # what each version changed: docs/versions.md

# A year after these words is a horizon or a plan, not the time of the news.
_HORIZON_BEFORE = re.compile(
    r"(?:\bden|\btoi|\btam nhin|\bgiai doan|\bke hoach|\bchuong trinh nghi su|\bvision|\btruoc|\bchien luoc"
    r"|\bmuc tieu|\bnhiem ky|\blo trinh)\s*(?:het\s+)?(?:nam\s*)?$")
# A year after a figure to reach ("đưa kim ngạch lên 5 tỷ USD vào năm 2010", "đạt 20 triệu lượt khách trong năm
# 2020", "tăng 10% đến năm 2025"): a target, not the time of the news.
_TARGET_FIGURE = re.compile(
    r"\b(?:dat|len|toi|tang|giam|phan dau|nang|dua)\b[^.;:()\n]{0,50}?\d[\d.,]*\s*"
    r"(?:%|phan tram|ty|trieu|nghin|ngan|usd|do la|euro|dong|luot khach|luot|tan|nguoi)\b"
    r"[^.;:()\n\d]{0,12}?(?:vao|trong|den|toi|nam|truoc)\s*(?:nam\s*)?$")


# A year a goal is to be reached by ("mở đường cho việc thành lập khu vực mậu dịch tự do vào năm 2010", "hướng tới
# xây dựng Cộng đồng vào năm 2015"): a deadline, not the time of the news. ("nhằm tăng cường hợp tác trong năm 2005"
# is what is done this year: "nhằm" and "trong" tell no deadline.)
_TARGET_GOAL = re.compile(r"\b(?:mo duong cho|huong toi|tien toi|phan dau)\b[^.;:()\n]{0,70}?"
                          r"\b(?:vao|truoc)\s*(?:nam\s*)?$")


def _target(folded: str, d: DateMention) -> bool:
    """Whether a year is the one a figure or a goal is to reach by ("5 tỷ USD vào năm 2010")."""
    lo = max(0, d.start - 90)
    return _TARGET_FIGURE.search(folded, lo, d.start) is not None or _TARGET_GOAL.search(folded, lo, d.start) is not None


# "giai đoạn đến năm 2015", "lộ trình đến 2020": the end of a period of plans, no deadline of the news; "tự do hoá
# hoàn toàn ... sau 2008": what is to hold after a year.
_SPAN_UP_TO = re.compile(r"\b(?:giai doan|lo trinh|ke hoach|tam nhin|chien luoc|muc tieu)\b[^.;:()\n]{0,25}?"
                         r"\b(?:den|toi)\s*(?:het\s+)?(?:nam\s*)?$|\bsau\s+(?:nam\s+)?$")
# "Năm 2007 sẽ là Năm Hữu nghị": a year whose own verb is still to come.
_TO_COME_AFTER_YEAR = re.compile(r"\s+(?:cung\s+)?(?:se|sap)\b")
# A year said as an origin ("ra đời năm 2002", "thành lập năm 1967", "ký kết từ năm 1999") is history,
# not the time of the news.
_ORIGIN_BEFORE = re.compile(r"\b(?:ra doi|thanh lap|sang lap|khoi xuong|bat dau tu|ky ket tu|tu)\s*(?:nam\s*)?$")
# "10 năm kể từ khi sáng kiến được đưa ra vào năm 2013", "từ khi gia nhập năm 1995", "kể từ Hội nghị Cấp cao ASEAN
# lần thứ 6 năm 1998": the year (or the numbered meeting) a count starts from.
_SINCE_CLAUSE = re.compile(r"\b(?:ke tu|tu khi)\b[^.;:,()\n]{0,100}$")


def _origin(folded: str, d: DateMention) -> bool:
    """Whether a year said without a month is an origin, history rather than the time of the news."""
    return d.first.month is None and (_ORIGIN_BEFORE.search(folded, max(0, d.start - 24), d.start) is not None
                                      or _SINCE_CLAUSE.search(folded, max(0, d.start - 80), d.start) is not None)
# "năm 2016" (a year said as a time) rather than a bare number ("APEC 2017", "Tầm nhìn 2025").
_YEAR_WORD = re.compile(r"(?:trong |vao |tu |hoi |cuoi |dau |giua )?nam\b")
# "đúng 10 năm sau khi sáng kiến được đưa ra năm 2013", "tròn 30 năm kể từ khi ... (1992)": a count of years from a
# founding, as an anniversary is.
_ANNIVERSARY = re.compile(r"\b(?:ky niem (\d{1,3}) nam|(\d{1,3}) nam (?:ngay )?ky niem"
                          r"|(?:dung|tron|danh dau) (\d{1,3}) nam (?:sau khi|ke tu khi|ke tu|tu khi))\b")
# The founding year after it, alone or opening a span to the anniversary ("(1992-2017)",
# "(26/2/1973-26/2/2023)"); "trong năm 2018" is the time of the celebration, not a founding.
_FOUNDING_YEAR = re.compile(
    r"(?<![\d.-])(?:\d{1,2}/\d{1,2}/)?((?:19|20)\d\d)(?:\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?((?:19|20)\d\d))?(?![\d/])")
_CELEBRATION_YEAR = re.compile(r"\b(?:trong|vao|cua) nam\s*$")
_NEXT_YEAR = re.compile(r"\b(?:nam toi|nam sau|sang nam)\b")
_LAST_YEAR = re.compile(r"\b(?:nam ngoai|nam truoc)\b")
# "năm ngoái" said before a date of its clause (not "năm trước", which is also "3 năm trước", three years ago).
_LAST_YEAR_SAID = re.compile(r"\bnam ngoai\b")
# The same for the host of a forum's year: "Chủ tịch Năm APEC 2017", "chủ nhà APEC năm 2017", "Năm APEC 2017".
_CHAIR_YEAR = re.compile(
    r"\b(?:(?:nam )?(?:chu tich|chu nha) (?:luan phien )?(?:cua )?(?:nam )?(?:asean|apec|g20|asem)|nam apec)"
    r" (?:trong |vao )?(?:nam )?((?:19|20)\d\d)(?![\d-])")
# Words saying the chair year is still to come: "sẽ đảm nhận", "chuẩn bị cho năm Chủ tịch".
_TO_COME = re.compile(r"\b(?:se|sap|chuan bi|tiep nhan|nhan ban giao|tien toi|huong toi|du kien)\b")
# A role handed over ("Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018 cho Việt Nam", "chuyển giao
# vai trò Chủ tịch ASEAN 2021"): the year is the next holder's, still to come.
_HANDED_OVER = re.compile(r"\b(?:ban|chuyen) giao (?:vai tro|chuc|cuong vi|trong trach)\b[^.;:()\n]{0,70}$")
# Documents and plans named with their year ("Công ước Liên hợp quốc về Luật Biển năm 1982", "UNCLOS 1982",
# "Kế hoạch tổng thể Cộng đồng Kinh tế ASEAN 2025"): the year names the document, not the time of the news.
_DOCUMENT_BEFORE = re.compile(
    r"(?:\b(?:cong uoc|hiep uoc|hiep dinh|hien chuong|tuyen bo|luat|bo quy tac|ban ghi nho|thoa thuan|nghi dinh thu"
    r"|ke hoach|tam nhin|chien luoc|lo trinh|blueprint|vision)\b[^.,;:()\n]{0,60}?|\bunclos\b|\bdoc\b)"
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:nam\s*)?$")

# Words telling an event as past: "đã", "được (ký, thông qua)", "hồi", "vừa", "từng"; "vừa qua" after it.
# Read in the lower-cased text: folded, "đã" is "đa" (Đà Nẵng) and "hồi" is "hội" (hội nghị).
_PAST_BEFORE = re.compile(r"(?<!\w)(?:đã|được|vừa|từng)(?!\w)|(?<!\w)hồi\s*$")
PAST_CUE_REACH = 60
# A day said in another year than the article's ("ngày 5/4 năm ngoái") is not its own day.
_OTHER_YEAR = ("last_year", "next_year")        # how far before a date its past cue may stand

# Weights: how surely each kind of evidence tells the article's year.
W_DAY_OR_MONTH = 2.0      # "tháng 5/2017", "12/5/2017", "quý I/2017"
W_YEAR_WORD = 1.0         # "năm 2016"
W_BARE_YEAR = 0.5         # "APEC 2017"
W_NUMBERED = 2.0          # "Hội nghị Cấp cao ASEAN lần thứ 30" (the registry's year)
W_ANNIVERSARY = 1.5       # "kỷ niệm 50 năm (1967-2017)"; twice that with "năm sau" / "năm ngoái"
W_CHAIR = 1.5             # "Chủ tịch ASEAN 2020"
LEAD_FACTOR = 2.0         # said in the title or the lead
NEAR_TIE = 0.5            # a later year this close to the best one's weight wins
MIN_WEIGHT = 1.0          # less than this (bare years only) dates no article
FAR_AHEAD = 10            # a year more than this after every other stated year is a horizon
FIRM_WEIGHT = 1.5         # a year vote this heavy (a year word in the lead) says the article's year firmly
_FIRM_KINDS = ("month", "numbered", "chair", "anniversary")


@dataclass(frozen=True)
class YearVote:
    year: int
    weight: float
    start: int
    kind: str      # "month" (a day or month with its year), "date", "numbered", "anniversary", "chair"
    first_month: bool = False   # a day or month stated with the year
    end: int = 0                # where the date said ends (date votes)
    anniversary: int | None = None  # the year an anniversary falls in (anniversary votes)


@dataclass(frozen=True)
class Timeframe:
    """The article's year and what it rests on."""

    year: int | None
    source: str                           # "dateline", "votes", "weak" or "none"
    votes: tuple[YearVote, ...] = ()

    def sole_firm_year(self, held: bool = False) -> int | None:
        """The article's year when it is the only year it states as a time and something firm says it: the
        publication date, a day or month with that year, a numbered meeting, a chair year, an anniversary, or
        "năm 2017" in the lead. One bare "năm 2006" elsewhere may be a plan ("tập trung ... ở năm 2006")."""
        if self.year is None or self.source not in ("dateline", "votes"):
            return None
        if any(v.year != self.year for v in self.votes):
            return None
        # For a meeting told as held, a month said as still to come ("Hội nghị lần tới sẽ diễn ra ... tháng 8/2025")
        # is another occasion's, no firm word on when it met.
        if self.source == "dateline" or any(v.kind in _FIRM_KINDS or v.weight >= FIRM_WEIGHT
                                            and not (held and v.first_month) for v in self.votes):
            return self.year
        return None

    def year_in(self, lo: int, hi: int, others: tuple[int, ...] = ()) -> int | None:
        """The one year that text[lo:hi] (a sentence) states as a time, if it states exactly one; not a year said
        right after the end of another meeting's name (``others``: "... nhận bàn giao vai trò chủ nhà Hội nghị Cấp
        cao Mekong - Lan Thương lần thứ 5 năm 2026" dates that one only)."""
        years = {v.year for v in self.votes if v.kind in ("date", "month") and lo <= v.start < hi and v.weight >= W_YEAR_WORD
                 and not any(0 <= v.start - end <= _NAMED_YEAR_GAP for end in others)}
        return years.pop() if len(years) == 1 else None


# How far after a meeting's name its own year may be said: "lần thứ 5 năm 2026", "... (AIPA-46) vào năm 2025".
_NAMED_YEAR_GAP = 8


# A clause break: not the decimal comma of a number ("đạt 6,2% và dự kiến ...").
_CLAUSE_BREAK = re.compile(r"[;:(]|,(?!\d)|(?<!\d),")


def _clause_start(folded: str, offset: int) -> int:
    lo, _ = _sentence_at(folded, offset)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, lo, offset)]
    return max(lo, breaks[-1] if breaks else lo, offset - 50)


def _to_come_before(folded: str, offset: int) -> bool:
    """Whether the clause before ``offset`` says what follows is still to come ("sẽ", "chuẩn bị")."""
    return _TO_COME.search(folded, _clause_start(folded, offset), offset) is not None


def _date_votes(dates: list[DateMention], folded: str, lead_end: int) -> list[YearVote]:
    out = []
    for d in dates:
        year = d.first.year
        if year is None or d.last.year != year:
            continue                                   # no year, or a span of years ("2016-2020")
        if _HORIZON_BEFORE.search(folded, max(0, d.start - 24), d.start) or _target(folded, d):
            continue
        if d.first.month is None and _DOCUMENT_BEFORE.search(folded, max(0, d.start - 80), d.start):
            continue
        if _origin(folded, d):
            continue
        to_come = _to_come_before(folded, d.start) or _TO_COME_AFTER_YEAR.match(folded, d.end) is not None \
            or _HANDED_OVER.search(folded, max(0, d.start - 90), d.start) is not None
        if d.first.month is not None:
            weight = W_DAY_OR_MONTH
        elif to_come:
            continue                                   # "sẽ ... trong năm 2018": a plan, not the present
        elif _YEAR_WORD.match(folded, d.start):
            weight = W_YEAR_WORD
        else:
            weight = W_BARE_YEAR
        if d.start < lead_end:
            weight *= LEAD_FACTOR
        kind = "month" if d.first.month is not None and not to_come else "date"
        if _LAST_YEAR_SAID.search(folded, _clause_start(folded, d.start), d.start):
            year += 1                                  # "Đối thoại năm ngoái diễn ra ngày 2-4/6/2023": now is 2024
        out.append(YearVote(year, weight, d.start, kind, d.first.month is not None, d.end))
    return out


def _without_far_horizons(votes: list[YearVote]) -> list[YearVote]:
    """Drop a year said without a month far beyond every other year stated ("phát thải ròng bằng 0 vào
    năm 2050")."""
    with_month = {v.year for v in votes if v.first_month}
    years = {v.year for v in votes}
    far = {y for y in years - with_month if any(o < y for o in years) and y > max(o for o in years if o != y) + FAR_AHEAD}
    return [v for v in votes if v.year not in far]


def _numbered_votes(numbered: list[tuple[int, str, int]], lead_end: int, folded: str) -> list[YearVote]:
    """(offset, series, ordinal) of numbered meetings -> their registry years, one vote per meeting; not a meeting
    a count starts from ("kể từ Hội nghị Cấp cao ASEAN lần thứ 6")."""
    seen: set[tuple[str, int]] = set()
    out = []
    for start, series, ordinal in sorted(numbered):
        year = registry.year_of_numbered(series, ordinal)
        if year is None or (series, ordinal) in seen or _SINCE_CLAUSE.search(folded, max(0, start - 100), start):
            continue
        seen.add((series, ordinal))
        # Outside the lead a numbered meeting is as often history ("Hội nghị Cấp cao lần thứ 5 năm 1995").
        out.append(YearVote(year, W_NUMBERED * LEAD_FACTOR if start < lead_end else W_YEAR_WORD, start, "numbered"))
    return out


def _sentence_at(folded: str, offset: int) -> tuple[int, int]:
    lo = max(folded.rfind(".", 0, offset), folded.rfind("\n", 0, offset)) + 1
    ends = [i for i in (folded.find(".", offset), folded.find("\n", offset)) if i >= 0]
    return lo, min(ends, default=len(folded))


def _not_yet(year: int) -> bool:
    """A year no news written so far can be in: "kỷ niệm 25 năm quan hệ ASEAN-Ấn Độ ngày 25/1/2018" read the
    day of the celebration as the founding (2043)."""
    return year > date.today().year + 1


def _anniversary_votes(folded: str, date_votes: list[YearVote]) -> tuple[list[YearVote], list[tuple[int, int]]]:
    """"kỷ niệm 50 năm ... (1967-2017)" -> 2017; "kỷ niệm 25 năm ... năm 1992" -> 2017. Said as still to
    come ("hướng tới kỷ niệm ..."), it dates the article only with "năm sau": "hướng tới 50 năm kỷ niệm ...
    vào năm sau (1973-2023)" is written in 2022. An anniversary more than a year after every other year
    the article states as a time (``date_votes``) read its founding year wrong. Also returns the spans of the years read, which are
    part of the anniversary and no time of their own ("kỷ niệm 45 năm ... trong năm 2018")."""
    out, taken = [], []
    for m in _ANNIVERSARY.finditer(folded):
        years = int(m.group(1) or m.group(2) or m.group(3))
        lo, hi = _sentence_at(folded, m.start())
        found = _FOUNDING_YEAR.search(folded, m.end(), min(hi, m.end() + 160))
        if found is None or not 1 <= years <= 200:
            continue
        taken.append(found.span())
        founded, until = int(found.group(1)), found.group(2)
        if until:
            if int(until) - founded != years:
                continue                               # a span that is not this anniversary
            year = int(until)
        elif _CELEBRATION_YEAR.search(folded, max(0, found.start() - 12), found.start()):
            year = founded                             # "kỷ niệm 45 năm ... trong năm 2018"
        else:
            year = founded + years
        between = folded[m.end():found.start()]
        shift = -1 if _NEXT_YEAR.search(between) else 1 if _LAST_YEAR.search(between) else 0
        if shift == 0 and _TO_COME.search(folded, max(lo, m.start() - 40), m.start()):
            continue                                   # to come, but when?
        others = [v.year for v in date_votes if not v.start <= found.start() < max(v.end, v.start + 1)]
        if not until and (others and year > max(others) + 1 or _not_yet(year)):
            taken.pop()                                # no founding year: the date is the time it tells
            continue
        out.append(YearVote(year + shift, W_ANNIVERSARY * (2.0 if shift else 1.0), m.start(), "anniversary",
                            anniversary=year))
    # Once the text says the anniversary is next year (or was last year), its other mentions do not
    # make it this year.
    placed = {v.anniversary for v in out if v.year != v.anniversary}
    return [v for v in out if v.year != v.anniversary or v.anniversary not in placed], taken


# "kỷ niệm 50 năm thành lập ASEAN", "chặng đường 50 năm hình thành và phát triển của ASEAN": ASEAN's age, counted
# from its founding (the Bangkok Declaration, 8 August 1967), with no founding year written.
_ASEAN_AGE = re.compile(r"\b(\d{1,2}) nam (?:ngay )?(?:thanh lap|ra doi|hinh thanh(?: va phat trien)?)(?: cua)?"
                        r" (?:hiep hoi cac quoc gia dong nam a|asean)\b")
ASEAN_FOUNDED = 1967


def _asean_age_votes(folded: str) -> list[YearVote]:
    """The year ASEAN's age is said in ("50 năm thành lập ASEAN" -> 2017), not when said as still to come."""
    out = []
    for m in _ASEAN_AGE.finditer(folded):
        lo, _ = _sentence_at(folded, m.start())
        if _TO_COME.search(folded, max(lo, m.start() - 40), m.start()):
            continue                               # to come, but when?
        year = ASEAN_FOUNDED + int(m.group(1))
        out.append(YearVote(year, W_ANNIVERSARY, m.start(), "anniversary", anniversary=year))
    return out


def _chair_votes(folded: str) -> list[YearVote]:
    """"Chủ tịch ASEAN 2020", "năm Chủ tịch ASEAN 2010": the year a country holds the chair, said as
    the present (not "sẽ đảm nhận vai trò Chủ tịch ASEAN năm 2020")."""
    out = []
    for m in _CHAIR_YEAR.finditer(folded):
        lo, _ = _sentence_at(folded, m.start())
        if _TO_COME.search(folded, max(lo, m.start() - 40), m.start()) \
                or _HANDED_OVER.search(folded, max(lo, m.start() - 90), m.start()):
            continue                               # the next holder's year
        out.append(YearVote(int(m.group(1)), W_CHAIR, m.start(), "chair", end=m.end()))
    return out


def _best(votes: list[YearVote]) -> int | None:
    weights: dict[int, float] = {}
    for v in votes:
        weights[v.year] = weights.get(v.year, 0.0) + v.weight
    if not weights:
        return None
    top = max(weights.values())
    if top < MIN_WEIGHT:
        return None
    # A later year needs more than bare mentions ("Blueprint 2025", "APEC 2017" name things).
    said = {v.year for v in votes if v.weight >= W_YEAR_WORD}
    return max(y for y, w in weights.items() if w == top or (w >= max(MIN_WEIGHT, NEAR_TIE * top) and y in said))


def _after_told_events(year: int | None, votes: list[YearVote], dates: list[DateMention], lower: str) -> int | None:
    """The news comes after the events it tells with their month and year ("hai Thủ tướng đã gặp nhau
    (tháng 7/2016) ... Thủ tướng Abe thăm Việt Nam (tháng 1/2017)" is written in 2017 at the earliest),
    and its own days said without a year ("từ 4-8/6") fall after them: when every told month of that
    latest year comes after the article's first such day ("ký tắt vào tháng 12/2004" and a visit
    "ngày 26/4"), the day is in the next year."""
    told = [v for v in votes if v.kind == "month"]
    if year is None or not told:
        return year
    # A later year told as past in its sentence ("đã gặp ... (tháng 7/2016), ... tiếp đó là ... (tháng
    # 1/2017)") is a floor; one said without a past cue may be a plan ("Hội nghị ... (8-2017)").
    floors = [v.year for v in told if v.year > year and _told_as_past(lower, v, dates, whole_sentence=True)]
    latest = max([year, *floors])
    if not any(v.year == latest for v in told):
        return year
    own = next((d.first for d in dates if d.first.year is None and d.first.month is not None
                and d.first.day is not None and d.relative not in _OTHER_YEAR), None)
    last_told = [v for v in told if v.year == latest]
    if (own is not None and all(_month_of(v, dates) > own.month for v in last_told)
            and any(_told_as_past(lower, v, dates) for v in last_told)):
        return latest + 1
    return latest


def _told_as_past(lower: str, vote: YearVote, dates: list[DateMention], *, whole_sentence: bool = False) -> bool:
    """"đã ký ... tháng 10/2004", "được thông qua ... tháng 11/2004", "tháng 11/2016 vừa qua"; with
    ``whole_sentence``, a cue anywhere before it in its sentence."""
    lo, _ = _sentence_at(lower, vote.start)
    if any(d.start == vote.start and d.relative == "past" for d in dates):
        return True
    reach = lo if whole_sentence else max(lo, vote.start - PAST_CUE_REACH)
    return _PAST_BEFORE.search(lower, reach, vote.start) is not None


def _month_of(vote: YearVote, dates: list[DateMention]) -> int:
    return next((d.first.month for d in dates if d.start == vote.start and d.first.month is not None), 0)


def article_timeframe(folded: str, dates: list[DateMention], anchor: date | None, lead_end: int,
                      numbered: list[tuple[int, str, int]], lower: str | None = None) -> Timeframe:
    """The article's year from its publication date, else from the votes of its text.

    ``folded``: the article's folded text; ``dates``: its date mentions; ``lead_end``: where its title
    and lead end; ``numbered``: (offset, series, ordinal) of the numbered meetings it names; ``lower``: its
    text lower-cased one character for one (past cues such as "đã" are read in it)."""
    date_votes = _without_far_horizons(_date_votes(dates, folded, lead_end))
    anniversaries, taken = _anniversary_votes(folded, date_votes)
    # ASEAN's age said with its years ("kỷ niệm 50 năm thành lập ASEAN (1967-2017)") is read once, above.
    anniversaries += [v for v in _asean_age_votes(folded)
                      if not any(abs(a.start - v.start) <= 40 for a in anniversaries)]
    date_votes = [v for v in date_votes if not any(a <= v.start < b or v.start <= a < v.end for a, b in taken)]
    chairs = _chair_votes(folded)
    # "Chủ tịch ASEAN năm 2018" is one statement: its year votes once, as the chair year.
    date_votes = [v for v in date_votes if not any(c.start <= v.start < c.end for c in chairs)]
    votes = date_votes + _numbered_votes(numbered, lead_end, folded) + anniversaries + chairs
    votes.sort(key=lambda v: v.start)
    if anchor is not None:
        return Timeframe(anchor.year, "dateline", tuple(votes))
    year = _after_told_events(_best(votes), votes, dates, lower or folded)
    if year is not None:
        return Timeframe(year, "votes", tuple(votes))
    weak = _weak_year(dates, folded)
    return Timeframe(weak, "weak" if weak is not None else "none", tuple(votes))


def _weak_year(dates: list[DateMention], folded: str) -> int | None:
    """When nothing votes, the latest year the article writes at all: a bare year ("Shangri-La 2017",
    "Mốc 2005"), a deadline ("trước giữa năm 2017"), the first year of a term ("nhiệm kỳ 2017-2026"). An
    article that writes only such years is of the latest of them more often than not; a document's year
    ("UNCLOS 1982"), an origin, a year still to come ("sẽ đảm nhận ... năm 2020") and a far horizon still say
    nothing of when the news happens."""
    years = []
    for d in dates:
        year = d.first.year
        if year is None:
            continue
        if _DOCUMENT_BEFORE.search(folded, max(0, d.start - 80), d.start) or _target(folded, d) \
                or _SPAN_UP_TO.search(folded, max(0, d.start - 40), d.start) \
                or _origin(folded, d) or _to_come_before(folded, d.start) \
                or _TO_COME_AFTER_YEAR.match(folded, d.end):
            continue
        years.append(year)
    said = set(years)
    far = {y for y in said if len(said) > 1 and y > max(o for o in said if o != y) + FAR_AHEAD}
    return max(said - far, default=None)
