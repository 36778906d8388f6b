"""Bilateral visits and talks: who went where, and who met whom.

A visit is a visit verb ("thăm chính thức", "chuyến thăm", "công du") with a destination country;
its parties are the visitor's country and the host's. Talks are a meeting verb ("hội đàm", "hội
kiến", "gặp", "tiếp", "điện đàm", "chào xã giao") followed by an office-holder of minister rank
or above; one talk per counterpart, its parties the two sides' countries.
"""
from __future__ import annotations

import re
from summitgraph.extract import attributes as attr
from summitgraph.extract.candidate import Candidate
from summitgraph.extract.context import DocContext
from summitgraph.extract.dates import DateMention
from summitgraph.extract.people import PersonMention, find_person_mentions
from summitgraph.model import Span
from summitgraph.text.normalize import fold

HOME = "VN"  # the country whose press this is: the side a talk has when no other is named

_VISIT = re.compile(
    r"\b(?:chuyen tham(?: va lam viec| lam viec| chinh thuc| cap nha nuoc| huu nghi)*"
    r"|tham (?:chinh thuc|cap nha nuoc|lam viec|huu nghi)(?: (?:va lam viec|chinh thuc|cap nha nuoc|huu nghi))*"
    r"|(?:chuyen )?cong du|sang tham|den tham|toi tham|dung chan)\b")
_TALK = re.compile(
    r"\b(?:hoi dam|hoi kien|dien dam|cuoc gap(?: song phuong| rieng| ngan)?|gap go|gap gio|gap rieng|gap"
    r"|tiep kien|tiep|chao xa giao|tiep xuc(?: ngan)?|tham xa giao)\b")
_LINK = re.compile(r"^(?:\s|,|;|va|voi|giua|song phuong|ngan|ben le|dien dan|cac|cua|rieng|lan luot|da|se|co|cuoc"
                   r"|dan dau|ong|ba|ngai|nha lanh dao|lanh dao|nguoi dong nhiem|dong nhiem)*$")

# Offices of minister rank or above (folded heads), for either side of a talk.
_SENIOR = re.compile(
    r"\b(?:thu tuong|chu tich nuoc|chu tich quoc hoi|tong thong|tong bi thu|bo truong|ngoai truong|quoc vuong"
    r"|nu hoang|hoang de|nha vua|thai tu|co van nha nuoc|tong thu ky|chu tich thuong vien|chu tich ha vien"
    r"|chanh an|tong chuong ly|uy vien truong|chu tich hoi nghi hiep thuong|pho thu tuong|pho tong thong"
    r"|pho chu tich nuoc|thu tuong quoc vu vien|chu tich|cao uy|quoc truong|thong doc|tong cong to)\b")


def _senior(person: PersonMention) -> bool:
    return any(_SENIOR.search(fold(t)) for t in person.titles)


def _head_start(person: PersonMention) -> int:
    starts = [s.start for s in person.title_spans] + [person.start]
    return min(starts)


def _counterparts(folded: str, people: list[PersonMention], trigger_end: int, limit: int) -> list[PersonMention]:
    """Office-holders named right after a talk verb: "hội đàm với Thủ tướng A", "tiếp B, C và D"."""
    found: list[PersonMention] = []
    cursor = trigger_end
    for person in sorted(people, key=_head_start):
        head = _head_start(person)
        if head < cursor or head >= limit:
            continue
        gap = folded[cursor:head]
        if len(gap) > 45 or not _LINK.match(gap.strip()):
            break
        found.append(person)
        cursor = person.end
    return found


def _side_before(people: list[PersonMention], offset: int, lo: int) -> str | None:
    before = [p for p in people if lo <= p.start < offset and p.country]
    return before[-1].country if before else None


def find_bilateral(ctx: DocContext, folded: str, dates: list[DateMention], year: int | None) -> list[Candidate]:
    people = find_person_mentions(ctx)
    out: list[Candidate] = []
    visits: list[Candidate] = []
    for sentence in ctx.sentences:
        lo, hi = sentence.start, sentence.end
        here = [p for p in people if lo <= p.start < hi]
        for m in _VISIT.finditer(folded, lo, hi):
            cand = _visit(ctx, folded, dates, year, here, m.start(), m.end(), lo, hi)
            if cand:
                visits.append(cand)
        for m in _TALK.finditer(folded, lo, hi):
            out.extend(_talks(ctx, folded, dates, year, here, m.start(), m.end(), lo, hi))
    for talk in out:
        _inherit_from_visit(talk, visits)
    return visits + out


def _visit(ctx, folded, dates, year, people, t_start, t_end, lo, hi) -> Candidate | None:
    places = [p for p in attr.places_in(ctx.text, t_end, min(hi, t_end + 90))]
    if not places:
        return None
    dest = places[0]
    host = dest.country
    # The visitor: named after "của", else the subject before the verb, else the home side.
    after = [p for p in people if t_end <= p.start < min(hi, t_end + 120) and p.country and p.country != host]
    visitor = (after[0].country if after and "cua" in folded[t_end:after[0].start] else None) \
        or _side_before(people, t_start, lo) or HOME
    if visitor == host:
        guests = [p.country for p in people if p.country and p.country != host]
        if not guests:
            return None
        visitor = guests[0]
    if not host:
        return None
    chosen = attr.pick_date(attr.dates_in(dates, lo, hi), t_start, t_end)
    start, end = attr.resolve_date(chosen, ctx.anchor, year)
    region = folded[lo:hi]
    spans = [Span(t_start, t_end), Span(dest.start, dest.end)]
    return Candidate(series="bilateral-visit", name=ctx.text[t_start:dest.end], span=Span(t_start, t_end),
                     parties=tuple(sorted({visitor, host})), start=start, end=end, city=dest.city,
                     country=host, format="in_person",
                     status=attr.meeting_status(region, folded[max(lo, t_start - 30):t_start], start, ctx.anchor),
                     confidence=0.7, spans=spans)


def _talks(ctx, folded, dates, year, people, t_start, t_end, lo, hi) -> list[Candidate]:
    counterparts = [p for p in _counterparts(folded, people, t_end, hi) if p.country and _senior(p)]
    if not counterparts:
        return []
    region = folded[lo:hi]
    chosen = attr.pick_date(attr.dates_in(dates, lo, hi), t_start, t_end)
    start, end = attr.resolve_date(chosen, ctx.anchor, year)
    place = attr.pick_place(folded, attr.places_in(ctx.text, lo, hi), t_start, t_end)
    between = "giua" in folded[t_end:_head_start(counterparts[0])]
    if between and len(counterparts) >= 2:
        pairs = [(counterparts[0], counterparts[1].country)]
    else:
        side = _side_before(people, t_start, lo) or HOME
        pairs = [(p, side) for p in counterparts]
    out = []
    for person, side in pairs:
        if not side or side == person.country:
            continue
        out.append(Candidate(
            series="bilateral-talks", name=ctx.text[t_start:person.end], span=Span(t_start, t_end),
            parties=tuple(sorted({side, person.country})), counterpart=fold(person.name),
            start=start, end=end, city=place.city if place else None, country=place.country if place else None,
            format="in_person" if place else None,
            status=attr.meeting_status(region, folded[max(lo, t_start - 30):t_start], start, ctx.anchor),
            confidence=0.7, spans=[Span(t_start, t_end), Span(person.start, person.end)]))
    return out


def _inherit_from_visit(talk: Candidate, visits: list[Candidate]) -> None:
    """Talks held during a visit happen in the host country, within the visit's dates."""
    for visit in visits:
        if visit.parties == talk.parties:
            if talk.start is None:
                talk.start, talk.end = visit.start, visit.end
            if talk.country is None:
                talk.country = visit.country
                talk.format = talk.format or "in_person"
            return
