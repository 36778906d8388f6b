"""Bilateral visits and talks: who went where, and who met whom.

A visit is a visit verb ("thăm chính thức", "chuyến thăm", "công du") with a destination country;
its parties are the visitor's country and the host's. Talks are a meeting verb ("hội đàm", "hội
kiến", "gặp", "tiếp", "điện đàm", "chào xã giao") followed by an office-holder of minister rank
or above; one talk per counterpart, its parties the two sides' countries.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from dataclasses import dataclass, replace

from summitgraph import registry
from summitgraph.extract import attributes as attr
from summitgraph.extract.candidate import Candidate
from summitgraph.extract.context import DocContext
from summitgraph.extract.dates import DateMention
from summitgraph.extract.people import PersonMention, find_person_mentions
from summitgraph.extract.trip_dates import (bracketed_after, dates_of_events, invited, near_enough, said_year, span_after,
                                           span_right_after, trip_long, year_right_after)
from summitgraph.model import Span
from summitgraph.text.normalize import fold
from summitgraph.text.scan import WordStart

HOME = "VN"
# The counterpart of a talk told of "hai nhà lãnh đạo": both sides of the talk told before it, on another occasion.
BOTH_OF_THEM = "hai nha lanh dao"
# Marks a counterpart named by office only: it may be the same side's named office-holder told elsewhere.
OFFICE_MARK = "~"  # the country whose press this is: the side a talk has when no other is named

# Each WordStart phrase starts a word (as if written after \b).
_VISIT = WordStart(
    r"(?:chuyen tham(?: va lam viec| lam viec| chinh thuc| cap nha nuoc| huu nghi| lich su)*"
    r"|tham (?:chinh thuc|cap nha nuoc|lam viec|huu nghi)(?: (?:va lam viec|chinh thuc|cap nha nuoc|huu nghi))*"
    r"|(?:chuyen )?vieng tham"
    r"|chuyen cong du|cong du|chuyen cong tac|chuyen di|sang tham|den tham|toi tham|dung chan|tham)\b")
# Folding makes "thăm" (visit) one with "tham" (tham dự, tham gia), "thảm", "thẩm" and "thậm": a visit verb's
# "tham" must be "thăm" as written.
_THAM = re.compile(r"\btham\b")


def _visit_word(text: str, folded: str, start: int, end: int) -> bool:
    return all(text[m.start():m.end()].lower() == "thăm" for m in _THAM.finditer(folded, start, end))


_TALK = WordStart(
    # "cuộc gặp gỡ với": a meeting named twice over
    r"(?:hoi dam(?: truc tuyen)?|hoi kien|yet kien|dien dam"
    r"|cuoc gap(?: song phuong| rieng| ngan| hep| go)?|gap go|gap gio|gap rieng"
    # a translated "bilateral meeting": "tổ chức một cuộc họp song phương với Tổng thống A"
    r"|cuoc hop song phuong|(?:cuoc )?trao doi truc tuyen(?= voi )"
    # translated "held talks with": "tổ chức các cuộc đàm phán với Thủ tướng A"
    r"|(?:cuoc )?dam phan(?= voi )"
    # translated: "Trong cuộc họp của họ tại Bắc Kinh, Chủ tịch A nói với Thủ tướng B"
    r"|cuoc hop(?= cua ho\b| cua hai (?:nha lanh dao|ong|ba)\b)"
    # "trò chuyện thân mật với Tổng thống A", "ăn sáng làm việc với Thủ tướng B"
    r"|tro chuyen(?: than mat| rieng)?(?= voi )|(?:an sang|an trua|an toi|dung bua)(?: lam viec)?(?= voi )"
    # "chủ trì lễ đón chính thức Thủ tướng A": the host welcoming his guest
    r"|le don(?: chinh thuc| trong the| cap nha nuoc)?"
    # "mở tiệc tối chiêu đãi Thủ tướng A": a leader hosting another at a banquet meets him
    r"|(?:(?:mo|thiet|to chuc) )?(?:tiec )?(?:chieu dai|thet dai)(?: (?:toi|trua|com toi|com trua))?"
    # "cuộc thảo luận giữa A và B": a discussion is a talk when its two sides follow "giữa"
    r"|(?:cuoc )?(?:thao luan|trao doi)(?= giua )"
    # a call: "trao đổi qua điện thoại với", "gọi điện cho", "gọi điện chúc mừng"; "gặp mặt"
    r"|(?:trao doi|noi chuyen) qua dien thoai|goi dien(?: thoai)?(?: chuc mung| cho)?|gap mat"
    # translated: "một cuộc nói chuyện điện thoại với", "nói chuyện với A qua điện thoại", "tổ chức hội nghị
    # thượng đỉnh với nhà lãnh đạo A", "cuộc họp trực tuyến với"
    r"|(?:cuoc )?noi chuyen dien thoai|noi chuyen(?= voi )|hoi nghi thuong dinh(?= voi )|cuoc hop truc tuyen(?= voi )"
    # "tiếp xã giao", "tiếp thân mật", "tiếp riêng": a reception whose manner stands between verb and guest
    r"|gap hep|gap lam viec|gap|tiep xuc(?: ngan)?(?: ben le)?|tiep don|don tiep|tiep kien|tiep (?:xa giao|than mat|rieng)|tiep|den chao(?: xa giao| tu biet)?"
    # "làm việc với", "trao đổi với": a working meeting, a talk only with an office-holder named after it
    r"|chao xa giao|chao|tham xa giao|lam viec voi|trao doi voi"
    # "có trao đổi ngắn với Tổng thống A" on the sidelines: a brief exchange is a talk too
    r"|trao doi ngan)\b")
# "tiếp" and "chào" are talk verbs only before the person received or greeted ("tiếp Bộ trưởng A",
# "chào Tổng thống B"), not in "tiếp tục", "tại buổi tiếp,", "chào mừng".
_BARE_VERB = {"tiep", "chao"}
# "tiếp người đồng cấp Trung Quốc A": the counterpart named as such is received too.
_RECEIVED = re.compile(rf"\s+(?:[{registry.UPPER_CHARS}]|ông\s|bà\s|ngài\s|đoàn\s|phái đoàn\s|người đồng (?:cấp|nhiệm)\s)")
# Verbs that are a talk only between two office-holders named just before them.
# "Ngoại trưởng A và người đồng nhiệm B đã thông qua một hiệp định", "... đã ký", "... chứng kiến lễ ký": what two
# office-holders of two countries do together, they do meeting.
_PAIR_TALK = WordStart(r"(?:trao doi|thao luan|gap nhau|dien dam voi nhau|ky ket|ky|thong qua|chung kien|hop bao chung"
                       # translated: "A và B đã tổ chức một cuộc họp trực tuyến", "... tổ chức hội nghị thượng đỉnh"
                       r"|to chuc (?:mot |cac )?(?:cuoc hop(?: truc tuyen)?|hoi nghi thuong dinh|cuoc gap(?: thuong dinh)?)"
                       r"|gap go bao chi|bat tay)\b")
# What may stand between a talk verb and the person met, or between two people met.
_LINK = re.compile(r"^(?:\s|,|;|va|voi|giua|song phuong|cap cao|thuong dinh|trong the|ngan|ben le|dien dan|cac|cua|rieng|lan luot|da|se|co|cuoc"
                   r"|dan dau|ong|ba|ngai|nha lanh dao|lanh dao|nguoi dong nhiem|dong nhiem|nguoi dong cap|dong cap"
                   r"|va du chieu dai|sap dien ra|du kien"
                   # a day said of the talk: "tại cuộc hội kiến ngày 21-11, Tổng thống A"
                   r"|(?:sang |chieu |toi |trua )?(?:ngay )?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)*$")
# "tiếp xúc ngắn bên lề Diễn đàn ... với Thủ tướng A": an aside before the person met.
# "tiếp Đoàn đại biểu cấp cao Quốc hội Lào do Phó Chủ tịch Quốc hội A dẫn đầu": the delegation's head is met.
_ASIDE = re.compile(r"^[^;:.]{0,140}\svoi\s*$|^[^,;:.]{0,60}\scua\s*$|^\s*(?:doan|phai doan)\b[^;:.]{0,120}\sdo\s*$")
# "không gặp", "chưa điện đàm": a talk said not to happen.
_NEGATED = re.compile(r"\b(?:khong|chua|khong the|se khong)\s+$")
# "mong muốn sớm gặp", "hy vọng sẽ gặp lại", "từ chối gặp", "có thể gặp": a meeting wished, refused or
# supposed, not one told as held or set.
_WISHED = re.compile(r"\b(?:mong muon|mong|hy vong|hi vong|muon|tu choi|co the|san sang)"
                     r"(?:\s+(?:duoc|se|som|lai|truc tiep|co dip))*\s+$")
# "đã có năm lần gặp gỡ", "nhiều cuộc điện đàm": meetings counted, none of them told as one meeting.
_COUNTED = re.compile(r"\b(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhieu|vai|mot so)\s+(?:lan|cuoc)\s*$")
# "đã có năm lần gặp gỡ và trao đổi": the count covers the verbs joined after the first.
_COUNTED_PAIR = re.compile(r"\b(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhieu|vai|mot so)\s+(?:lan|cuoc)"
                           r"(?:\s+\w+){1,3}\s+va\s+$")
# "cuộc gặp ba bên với A và B", "hội đàm bốn bên": a meeting of more than two sides is no bilateral talk.
_MORE_SIDES = re.compile(r"\s+(?:ba|bon|nam|tay ba|tay tu|da) (?:ben|phuong|nuoc)\b|\s+tay ba\b")
# "tổ chức hội nghị thượng đỉnh với A và B": a summit held with leaders of two other countries is a trilateral one.
_SUMMIT_WITH = re.compile(r"(?:to chuc )?(?:hoi nghi thuong dinh|cuoc hop truc tuyen)")
# An aside that tells another event: the person after it is not the one met.
_NOT_ASIDE = re.compile(r"\b(?:chuyen tham|dien ra|to chuc)\b")
# The form of a state written before its name: "Cộng hòa Ả-rập Ai Cập", "Nhà nước Qatar", "Vương quốc Bỉ".
_STATE_FORM = (r"cong hoa|vuong quoc|lien bang|hop chung quoc|nhan dan|dan chu|hoi giao|xa hoi chu nghia|quan dao"
               r"|nha nuoc|a[ -]?rap|ch|chdc|chdcnd|chnd|chlb|chxhcn")
# Between a visit verb and its destination ("cấp" alone before a state read with its form: "thăm cấp Nhà nước Việt Nam").
# "thăm trụ sở Tổ chức Y tế Thế giới": an organisation's seat is the organisation visited.
_TO = re.compile(r"^(?:\s|,|lai|chinh|tru so(?: chinh)?(?: cua)?|chinh thuc|cap nha nuoc|cap|lam viec|huu nghi|va|tai|toi|den|sang|nuoc|lich su|dau tien|(?:hai|ba|bon|nam|sau|\d{1,2}) (?:nuoc|quoc gia)"
                 # "chuyến công du ba nước châu Âu gồm Ba Lan, Séc và Thụy Sĩ"
                 r"|chau (?:au|a|phi|my|uc)|trung dong|dong nam a|dong a|nam a|bac au|tay au|dong au"
                 r"|my latinh|nam my|bac my|gom|bao gom|la|:"
                 # "thăm chính thức Cộng hòa Mozambique", "Cộng hòa Dân chủ Congo": a state's form before its name
                 rf"|{_STATE_FORM}"
                 # "thăm bang California, Hoa Kỳ", "thăm thành phố Yokohama của Nhật Bản": a part of the country first
                 r"|(?:bang|tinh|thanh pho|thu do|vung|dao|khu tu tri)(?: \w+){1,3}\s*(?:,|cua))*$")

# Offices of minister rank or above (folded heads), for either side of a talk.
_SENIOR = re.compile(
    # a deputy ("Phó đại diện thương mại", "Phó Tổng thư ký") is no senior side unless named as one below
    # a state's or province's premier ("Thủ tướng bang Bavaria") is no national office
    r"\b(?<!pho )(?:thu tuong(?! bang| tieu bang| vung)|chu tich nuoc|chu tich quoc hoi|tong thong|tong bi thu|bo truong"
    r"|ngoai truong|quoc vuong|giao hoang|toan quyen|dai cong tuoc"
    r"|nu hoang|hoang de|nha vua|thai tu|co van nha nuoc|tong thu ky(?! dang)|chu tich thuong vien|chu tich ha vien"
    r"|chanh an|tong chuong ly|uy vien truong|chu tich hoi nghi hiep thuong|pho thu tuong|pho tong thong"
    r"|pho chu tich nuoc|chu tich$|emir|tieu vuong|dai dien cap cao|chu tich hoi dong (?:hanh chinh )?nha nuoc|pho chu tich (?:thuong truc )?quoc hoi|uy vien bo chinh tri|cao uy|quoc truong|thong doc|tong cong to|tong thanh tra"
    r"|chu tich (?:\w+ ){0,4}?(?:quoc hoi|duma|nghi vien|thuong vien|ha vien|nhan dai)|dai dien thuong mai"
    # Party and state posts of minister rank: "Trưởng Ban Đối ngoại Trung ương", "Chánh Văn phòng Trung ương
    # Đảng", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Chủ nhiệm Văn phòng Chính phủ"
    r"|truong ban (?:\w+ ){1,4}trung uong|chanh van phong trung uong|bi thu trung uong"
    r"|giam doc hoc vien chinh tri quoc gia|chu nhiem (?:uy ban kiem tra trung uong|van phong (?:chinh phu|quoc hoi))"
    r"|tong kiem toan nha nuoc|chu tich uy ban trung uong mat tran)\b")
# The head of an international organisation ("Tổng Giám đốc WHO", "Chủ tịch Ủy ban châu Âu").
_ORG_HEAD = re.compile(r"\b(?:tong giam doc|chu tich|tong thu ky|giam doc dieu hanh|pho chu tich)\b")


# An office named without a person or a country ("Chủ tịch nước đã gặp ..."): in the home press, the home side's.
_HOME_TITLE = re.compile(r"\b(?:chu tich nuoc|thu tuong|tong bi thu|chu tich quoc hoi|pho thu tuong|pho chu tich nuoc)\b")


# "Bên lề hội nghị, Bộ trưởng đã gặp Ngoại trưởng Nhật Bản A": a minister told again by his title alone is an
# office-holder meeting, though not one a side is told by (his country is the article's).
_MINISTER_TITLE = re.compile(r"\b(?:bo truong|ngoai truong)\b")


def _bare_home_title(text: str, folded: str, lo: int, hi: int, titles: re.Pattern[str] = _HOME_TITLE) -> bool:
    """True when the sentence names a head office (one of ``titles``) with no name or country after it."""
    for m in titles.finditer(folded, lo, hi):
        rest = text[m.end():m.end() + 2]
        if not rest.strip() or not rest[1:2].isupper():
            return True
    return False


def _senior(person: PersonMention) -> bool:
    if registry.is_organisation(person.country) and any(_ORG_HEAD.search(fold(t)) for t in person.titles):
        return True
    if not person.titles:
        # "gặp ông Joe Biden": a well-known head of state or government, named without a title
        return registry.office_holder_country(person.person or person.name) is not None
    return any(_SENIOR.search(fold(t)) for t in person.titles)


# "cuộc gặp người đồng cấp A": the person met holds the subject's office, in the other country.
# "người đồng cấp Trung Quốc A": the counterpart's country may stand between.
_PEER = re.compile(r"\b(?:nguoi |nhung nguoi )?(?:dong cap|dong nhiem)(?: \w+){0,3}\s*$")


def _peer(folded: str, person: PersonMention) -> bool:
    """True for a person named without a title as the subject's counterpart ("người đồng nhiệm A",
    "người đồng cấp Nhật Bản B"): after the country, only the name."""
    if person.titles:
        return False
    found = _PEER.search(folded, max(0, person.start - 40), person.start)
    if found is None:
        return False
    between = folded[found.start():person.start].split()
    tail = between[3:] if between[0] in ("nguoi", "nhung") else between[2:]
    return not tail or bool(person.country)


def _head_start(person: PersonMention) -> int:
    return min([s.start for s in person.title_spans] + [person.start])


@dataclass(frozen=True)
class Sides:
    """Who the article is about: its protagonist's country, and the host and guest of its main visit."""

    protagonist: str
    guest_of: dict[str, str]   # host country -> visiting country, from the article's visits
    # People whose office is said in one mention and who are met in another by name alone ("Chủ tịch
    # Nhân đại Trung Quốc Triệu Lạc Tế ...; Thủ tướng đã hội kiến ông Triệu Lạc Tế").
    seniors: frozenset[str] = frozenset()


def _titled(folded: str, people: list[PersonMention]) -> list[PersonMention]:
    """Mentions by name alone ("Ông Joe Biden vừa kết thúc chuyến thăm ...") with the titles the same person
    holds where the article gives them ("Tổng thống Mỹ Joe Biden"): an office-holder named bare is still one.
    A counterpart named as such ("người đồng nhiệm Đông Timor A") keeps his bare name: he holds the subject's office."""
    titles: dict[str, list[str]] = {}
    for p in people:
        if p.person and p.titles and _senior(p):
            titles.setdefault(p.person, p.titles)
    return [replace(p, titles=titles[p.person])
            if not p.titles and p.person in titles and not _PEER.search(folded, max(0, p.start - 40), p.start) else p
            for p in people]


# Head offices only the home state has by these names: said bare ("Chủ tịch nước đã tiếp ..."), they are the home's.
_HOME_ONLY_TITLE = re.compile(r"\b(?:chu tich nuoc|tong bi thu|chu tich quoc hoi)\b")


def _protagonist(text: str, folded: str, people: list[PersonMention]) -> str:
    """The side the article tells from: the home press's country when any of its office-holders is
    named, or a head office only the home state has is said by title alone, else the country whose office-holders
    it names most."""
    counts = Counter(p.country for p in people if p.country and _senior(p) and len(p.country) == 2)
    if counts[HOME] or not counts or _bare_home_title(text, folded, 0, len(folded), _HOME_ONLY_TITLE):
        return HOME
    return counts.most_common(1)[0][0]


# A sentence opened by a pronoun for its subject: "Tiếp đó, ông sẽ thăm Philippines", "Bà cũng thăm Lào".
_PRONOUN_OPENS = re.compile(r"\W*(?:(?:sau do|tiep do|tiep theo|truoc do|ngay sau do|cung ngay"
                            r"|(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:ngay\s+)?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)"
                            r"\s*,?\s*)?(?:ong|ba|ngai)\s")
# "đã gặp Thủ tướng A", "hội đàm với Tổng thống B": the one named next is met.
_MET_RIGHT_BEFORE = re.compile(r"\b(?:hoi dam|hoi kien|yet kien|tiep|don tiep|gap(?: go| rieng)?|chao(?: xa giao)?"
                               r"|dien dam)(?:\s+voi)?\s+(?:ong\s+|ba\s+|ngai\s+)?$")
# How far back the office-holder a pronoun stands for may be named.
_PRONOUN_REACH = 600


def _pronoun_side(folded: str, people: list[PersonMention], lo: int, visits: list[Candidate] = ()) -> str | None:
    """The country of the traveller a sentence opening with a pronoun tells of ("Ngoại trưởng Mỹ A ... Tiếp đó, ông
    sẽ thăm Philippines"): the traveller of the visit told last before it, else the office-holder named last before
    it within reach, not one met ("ông đã gặp Thủ tướng B": B is no "ông" of the next sentence)."""
    if not _PRONOUN_OPENS.match(folded, lo):
        return None
    told = [v for v in visits if v.span.start < lo and v.country and len(v.parties) == 2]
    if told:
        return next(c for c in told[-1].parties if c != told[-1].country)
    named = [p for p in people if lo - _PRONOUN_REACH <= p.start < lo and p.country and _senior(p)
             and not _MET_RIGHT_BEFORE.search(folded, max(0, _head_start(p) - 30), _head_start(p))]
    return named[-1].country if named else None


def _talk_side(protagonist: str, people: list[PersonMention], visits: list[Candidate]) -> str:
    """The side a talk has when the sentence names none: the home country when the article names its
    office-holders or its visits involve it, else the article's protagonist (a foreign leader's tour)."""
    if any(p.country == HOME for p in people) or any(HOME in v.parties for v in visits):
        return HOME
    return protagonist


_ABBREVIATED_END = re.compile(r"(?:\bjr|\bsr|\b[a-z])$")


def _pair_before(folded: str, people: list[PersonMention], t_start: int, lo: int) -> list[PersonMention]:
    """"Thủ tướng A và Thủ tướng Lào B trong cuộc hội kiến": the two people named just before the verb."""
    before = [p for p in people if lo <= p.start < t_start and p.country]
    if len(before) < 2:
        return []
    first, second = before[-2], before[-1]
    gap = folded[first.end:_head_start(second)].strip()
    # "Ngoại trưởng A và người đồng cấp Malaysia B đã gặp nhau"
    joined = gap in ("va", "va ong", "va ba", "va ngai") or gap.startswith("va ") and _peer(folded, second)
    after = folded[second.end:t_start]
    if after.startswith(".") and _ABBREVIATED_END.search(folded, max(0, second.end - 4), second.end):
        after = after[1:]       # "Tổng thống Marcos Jr. đã có cuộc gặp": the name's own dot
    near = re.fullmatch(r"[^,.;:()]{0,28}", after)
    return [first, second] if joined and near and first.country != second.country else []


# "Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào A": the party office
# said before the state office the name is read with.
_PARTY_OFFICE = re.compile(r"(?:tong bi thu|pho chu tich|chu tich|bi thu thu nhat)(?: ban chap hanh trung uong)?"
                           r" dang(?: [^\W\d_]+){1,8}\s*,\s*$")


# "hội kiến lãnh đạo cấp cao Việt Nam gồm Tổng Bí thư A, Chủ tịch nước B": the leaders met, then each by name.
_LEADERS_NAMED = re.compile(r"(?:cac |nhung )?(?:nha )?lanh dao(?: cap cao)?(?: [^\W\d_]+){0,3}"
                            r"\s*,?\s*(?:gom|bao gom|la)\s*:?\s*$")


def _without_party_office(gap: str) -> str:
    """The words before a person met, without a party office said before their state office, or the leaders
    named as a group before each is."""
    party = _PARTY_OFFICE.search(gap) or _LEADERS_NAMED.search(gap)
    return gap[:party.start()] if party else gap


def _counterparts(folded: str, people: list[PersonMention], trigger_end: int, limit: int) -> list[PersonMention]:
    """Office-holders named right after a talk verb: "hội đàm với Thủ tướng A", "tiếp B, C và D"."""
    found: list[PersonMention] = []
    cursor = trigger_end
    for person in sorted(people, key=_head_start):
        head = _head_start(person)
        if head < cursor or head >= limit:
            continue
        gap = folded[cursor:head]
        if found and gap.startswith(".") and _ABBREVIATED_END.search(folded, max(0, cursor - 4), cursor):
            gap = gap[1:]                  # "Tổng thống Ferdinand Marcos Jr. và Thủ tướng B": the name's own dot
        if _peer(folded, person):
            gap = gap[:_PEER.search(gap).start()] + " dong cap"   # "với người đồng cấp Trung Quốc A"
        gap = _without_party_office(gap)
        aside = not found and _ASIDE.match(gap) and not _NOT_ASIDE.search(gap)
        if not (len(gap) <= 45 and _LINK.match(gap.strip())) and not aside:
            break
        found.append(person)
        cursor = person.end
    return found


# "A đã thăm Trung Quốc từ ngày 18 đến 19/6 và gặp B": a second verb of one subject, joined by "và".
_CHAINED = re.compile(r"\bva\s+(?:da\s+|cung\s+|sau do\s+)*(?:co\s+)?$")
_CHAIN_REACH = 120


_AGENT = re.compile(r"\bdo\s+$")
# "Đoàn đại biểu do Chủ tịch Quốc hội A dẫn đầu sẽ hội kiến ...": the head of a delegation does its meeting.
_LEADS = re.compile(r"\s*(?:dan dau|lam truong doan)\b")


def _subject(people: list[PersonMention], met: set[int], t_start: int, lo: int,
             folded: str | None = None) -> PersonMention | None:
    """The person doing the meeting: named before the verb in the same sentence, and not someone met by
    an earlier verb ("gặp A, gặp B": A does not meet B)."""
    # "dự tiệc do Tổng thống A chủ trì và đã trao đổi với ...": one named after "do" is the agent of another verb
    # (but the head of a delegation, "do A dẫn đầu", does its meetings)
    before = [p for p in people if lo <= p.start < t_start and p.country and p.start not in met
              and not (folded is not None and _AGENT.search(folded, max(lo, _head_start(p) - 4), _head_start(p))
                       and not _LEADS.match(folded, p.end))]
    # Only a subject close to the verb ("Thủ tướng A đã có cuộc gặp"), not one from an earlier clause,
    # unless the verb is the second of the subject's, joined by "và" with no comma between.
    if not before:
        return None
    last = before[-1]
    if t_start - last.end <= 40:
        return last
    chained = folded is not None and t_start - last.end <= _CHAIN_REACH \
        and _CHAINED.search(folded, max(lo, t_start - 16), t_start) and not re.search(r"[,;:()]", folded[last.end:t_start])
    return last if chained else None


# "Thủ tướng được Nhà vua Akihito tiếp kiến", "Bộ trưởng đã được Tổng thống A đón tiếp": the host named between
# "được" and the verb receives the one named before "được".
_PASSIVE_BEFORE = re.compile(r"\bduoc\s+$")
_PASSIVE_GAP = re.compile(r"^(?:\s|va|hoang hau|phu nhan|da|se|trang trong|than mat)*$")
# Verbs of receiving a guest: the subject is the host.
_RECEIVING_VERBS = frozenset({"tiep", "tiep don", "don tiep", "tiep xa giao", "tiep than mat", "tiep rieng", "le don",
                              "le don chinh thuc", "le don trong the", "le don cap nha nuoc"})
# Told in the passive, an audience ("được Nhà vua tiếp kiến", "được Tổng thống hội kiến") is a reception too.
_RECEIVING = _RECEIVING_VERBS | {"tiep kien", "hoi kien"}


def _received_by(folded: str, people: list[PersonMention], t_start: int, t_end: int) -> PersonMention | None:
    """The office-holder a passive reception names ("được Nhà vua A tiếp kiến"): right before the verb, right
    after "được"."""
    hosts = _received_by_all(folded, people, t_start, t_end)
    return hosts[-1] if hosts else None


# Between two hosts listed after "được": "được Tổng Bí thư A, Chủ tịch nước B và Thủ tướng C tiếp".
_HOSTS_JOINED = re.compile(r"\s*(?:,|va|,\s*va)\s*")


def _received_by_all(folded: str, people: list[PersonMention], t_start: int, t_end: int) -> list[PersonMention]:
    """The office-holders a passive reception names, in order ("được Nhà vua A tiếp kiến", "lần lượt được Tổng Bí
    thư A và Chủ tịch nước B tiếp"): a list right after "được", the last right before the verb."""
    if folded[t_start:t_end] not in _RECEIVING:
        return []
    before = [p for p in people if p.end <= t_start and _PASSIVE_GAP.match(folded[p.end:t_start])]
    if not before:
        return []
    hosts = [max(before, key=lambda p: p.end)]
    while True:
        head = _head_start(hosts[0])
        if _PASSIVE_BEFORE.search(folded, max(0, head - 8), head):
            return hosts
        prior = [p for p in people if p.end <= head and _HOSTS_JOINED.fullmatch(folded, p.end, head)]
        if not prior:
            return []
        hosts.insert(0, prior[-1])


# Offices named by title and country with no person's name ("Chủ tịch Ủy ban châu Âu", "Tổng Giám đốc
# WHO", "Thủ tướng Liên bang Nga"), and heads whose title alone says they are foreign ("Nhà Vua Nhật Bản",
# "Chủ tịch Hạ viện"): each is a side a talk can be with.
# Prime ministers are left out: a "Thủ tướng X" without a name is most often the article's own or a
# heading's, told with the name elsewhere.
_OFFICE = re.compile(r"\b(?:pho tong thong|tong thong|chu tich nuoc|tong bi thu|quoc vuong"
                     r"|nu hoang|hoang de|nha vua|tong thu ky|tong giam doc|chu tich (?:\w+ ){0,4}?(?:quoc hoi|duma"
                     r"|nghi vien|thuong vien|ha vien)|bo truong|ngoai truong|chu tich)\b")
# "Bộ trưởng Chiến tranh Mỹ": a minister's portfolio stands between the title and the country.
# The name goes on within its line: a headline's office is not held by the dateline's city under it.
_UNREAD_NAME = re.compile(rf"(?:[ \t]+[{registry.UPPER_CHARS}][\w.'-]*){{1,4}}")
_NAME_NEXT = re.compile(rf"\s+[{registry.UPPER_CHARS}]")
# "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản": a portfolio of several fields, listed.
_PORTFOLIO = re.compile(r"^(?:\s+\w+){1,3}(?:\s*,(?:\s+\w+){1,3}){0,3}(?:\s+va(?:\s+\w+){1,3})?\s+$")
_OFFICE_TO_PLACE = re.compile(r"^(?:\s|nuoc|lien bang|cong hoa|vuong quoc|hop chung quoc|nhan dan|dan chu|a[ -]?rap|cua|dac cu|tan|\()*$")
_FOREIGN_HEAD = re.compile(r"^(?:quoc vuong|nu hoang|hoang de|nha vua|chu tich (?:thuong vien|ha vien|duma))$")


def _offices(ctx: DocContext, folded: str, people: list[PersonMention]) -> list[PersonMention]:
    taken = [(_head_start(p), p.end) for p in people]
    out: list[PersonMention] = []
    for m in _OFFICE.finditer(folded):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            continue
        hit = next(iter(registry.find_countries(ctx.text[m.end():m.end() + 40])), None)
        gap = folded[m.end():m.end() + hit.start] if hit is not None else ""
        if hit is not None and (_OFFICE_TO_PLACE.match(gap) or m.group(0) == "bo truong" and _PORTFOLIO.match(gap)):
            end, country = m.end() + hit.end, hit.key
        elif _FOREIGN_HEAD.match(m.group(0)):
            end, country = m.end(), None
        else:
            continue
        if not ctx.text[m.start()].isupper():
            continue            # "thủ tướng các nước": an office in general, not one holder
        if country == HOME or _NAME_NEXT.match(ctx.text[end:end + 3]) and country is None:
            continue            # the home side's offices, and names the people reader left unread
        if any(end <= p.start <= end + 2 for p in people):
            continue            # the holder is named right after: the people reader's mention is the side
        key = fold(ctx.text[m.start():end])
        holder = _UNREAD_NAME.match(ctx.text, end)
        if holder and country is not None:
            end = holder.end()      # "Bộ trưởng Chiến tranh Mỹ Pete Hegseth": the name the people reader missed
        title = ctx.text[m.start():m.end()]
        out.append(PersonMention(start=m.start(), end=end, name=ctx.text[m.start():end], titles=[title],
                                 title_spans=[Span(m.start(), m.end())], country=country,
                                 person=OFFICE_MARK + key))
        taken.append((m.start(), end))
    return out


_ANNIVERSARY = re.compile(r"\bky niem\b")
_NEXT_YEAR = re.compile(r"\bnam (?:sau|toi)\b")


def _anniversary_year(dates: list[DateMention], folded: str, year: int | None) -> int | None:
    """Visits are timed to anniversaries: "kỷ niệm 45 năm quan hệ ngoại giao (1972-2017)" says the news
    happens in 2017 (in 2016 when "vào năm sau"), whatever other years the article recalls or aims at. Used
    only when the article has no publication date."""
    ends: set[int] = set()
    coming: set[int] = set()      # anniversaries said to fall next year: "vào năm sau (1973-2023)"
    for d in dates:
        a, b = d.first.year, d.last.year
        if not (a and b and b > a and (b - a) % 5 == 0):
            continue
        if not _ANNIVERSARY.search(folded, max(0, d.start - 150), d.start):
            continue
        ends.add(b)
        if _NEXT_YEAR.search(folded, max(0, d.start - 40), d.start):
            coming.add(b)
    best = max((b - 1 if b in coming else b for b in ends), default=None)
    return best or year


def find_bilateral(ctx: DocContext, folded: str, dates: list[DateMention], year: int | None) -> list[Candidate]:
    if ctx.anchor is None:
        year = _anniversary_year(dates, folded, year)
    people = _titled(folded, find_person_mentions(ctx))
    protagonist = _protagonist(ctx.text, folded, people)
    visits: list[Candidate] = []
    talks: list[Candidate] = []
    untold: list[tuple[int, int, int, int]] = []   # visit verbs with no destination: verb and sentence bounds
    arrivals: list[Candidate] = []                  # visits read from an arrival ("đã tới Quảng Châu")
    for i, sentence in enumerate(ctx.sentences):
        lo, hi = sentence.start, sentence.end
        found = [m for m in _VISIT.finditer(folded, lo, hi) if _visit_word(ctx.text, folded, m.start(), m.end())]
        here = [p for p in people if lo <= p.start < hi] if found else []   # most sentences tell no visit
        traveller_side = (_pronoun_side(folded, people, lo, visits) or protagonist) if found else protagonist
        told_here = False
        for m in found:
            if _COUNTED.search(folded, max(lo, m.start() - 24), m.start()):
                continue        # "đã nhiều lần sang thăm Việt Nam": visits counted, none told as one
            told = _listed_visits(ctx, folded, dates, year, here, m.start(), m.end(), lo, hi) \
                or _visits(ctx, folded, dates, year, here, traveller_side, m.start(), m.end(), lo, hi)
            visits.extend(told)
            told_here = told_here or bool(told)
            if not told and _NAMED_TRIP.search(m.group(0)):
                untold.append((m.start(), m.end(), lo, hi))
        # "đã đến Bắc Kinh trong chặng cuối của chuyến công du châu Á": a trip named with no country, the
        # arrival tells where the visit is.
        if not told_here and _ARRIVAL.search(folded, lo, hi):
            # the purpose of an arrival may be told in the next sentence ("Ông sẽ tham dự Hội nghị ...")
            purpose_end = ctx.sentences[i + 1].end if i + 1 < len(ctx.sentences) else hi
            arrived = _arrival(ctx, folded, dates, year, [p for p in people if lo <= p.start < hi],
                               _pronoun_side(folded, people, lo, visits) or protagonist, lo, hi, purpose_end)
            visits.extend(arrived)
            arrivals.extend(arrived)
    # "Bà cũng đã thăm Thành phố Hồ Chí Minh": a city visited, like an arrival, may be a stop of the named visit
    arrivals.extend(v for v in visits if _to_a_city(v))
    visits = [v for v in visits if not any(v is a for a in arrivals) or not _within_a_named_visit(v, visits, arrivals)]
    visits.extend(_the_one_visit_again(ctx, folded, dates, year, visits, untold))
    visits.extend(_another_travellers_trip(ctx, folded, dates, year, people, visits, untold))
    visits.extend(_the_trip_it_follows(ctx, folded, dates, year, visits, untold))
    _tour_month(ctx, dates, year, visits, untold)
    guest_of = {v.country: next(c for c in v.parties if c != v.country) for v in visits if v.country}
    sides = Sides(_talk_side(protagonist, people, visits), guest_of,
                  frozenset(p.person for p in people if p.person and _senior(p)))
    # Offices named without a holder are sides of talks only: a visit is told from its visitor by name.
    offices = _offices(ctx, folded, people)
    for sentence in ctx.sentences:
        lo, hi = sentence.start, sentence.end
        here_all = [p for p in people if lo <= p.start < hi]
        said = [m for m in _TALK.finditer(folded, lo, hi)
                if (m.group(0) not in _BARE_VERB or _RECEIVED.match(ctx.text, m.end())
                    or _received_by(folded, here_all, m.start(), m.end()))
                and not _NEGATED.search(folded, max(lo, m.start() - 12), m.start())
                and not _WISHED.search(folded, max(lo, m.start() - 40), m.start())
                and not _COUNTED.search(folded, max(lo, m.start() - 24), m.start())
                and not _COUNTED_PAIR.search(folded, max(lo, m.start() - 40), m.start())
                and not _MORE_SIDES.match(folded, m.end())
                # "lễ đón Tổng thống A và các Trưởng đoàn dự Hội nghị": a summit's welcome, no talk of two
                and not (m.group(0).startswith("le don") and _FOR_AN_EVENT.search(folded, m.end(), hi))]
        paired = [m for m in _PAIR_TALK.finditer(folded, lo, hi)
                  if not _NEGATED.search(folded, max(lo, m.start() - 12), m.start())
                  and not _COUNTED_PAIR.search(folded, max(lo, m.start() - 40), m.start())
                  # folded, "ký" (sign) is one with "kỳ" ("Hoa Kỳ", "kỳ vọng"): as written only
                  and (not m.group(0).startswith("ky") or ctx.text[m.start():m.start() + 2].lower() == "ký")]
        if not said and not paired:
            talks.extend(_talk_of_pair_names(ctx, folded, dates, year, people, lo, hi))
            continue                       # most sentences tell no talks
        here = [p for p in people if lo <= p.start < hi]
        # Offices named without a holder ("tân Bộ trưởng Ngoại giao Australia đã chào ...") are sides too.
        met_too = sorted(here + [p for p in offices if lo <= p.start < hi], key=lambda p: p.start)
        met: set[int] = set()
        subject: list[PersonMention] = []  # "A hội đàm với B; hội kiến với C": A does both
        told = len(talks)
        # "Tiếp đó, ông sẽ ... hội đàm với Tổng thống A": the pronoun's office-holder, named before, meets
        pronoun = _pronoun_side(folded, people, lo, visits)
        said_sides = replace(sides, protagonist=pronoun) if pronoun else sides
        for m in said:
            found = _talks(ctx, folded, dates, year, met_too, met_too, said_sides, met, subject, m.start(), m.end(), lo, hi)
            talks.extend(found or _talk_of_countries(ctx, folded, dates, year, m.start(), m.end(), lo, hi)
                         or _countries_then_talk(ctx, folded, dates, year, m.start(), m.end(), lo, hi)
                         or _talks_with_leaders_of(ctx, folded, dates, year, here, m.start(), m.end(), lo, hi)
                         or _framed_talk_of_two(ctx, folded, dates, year, here, m.start(), m.end(), lo, hi))
        # Formal talks told without naming who met ("hai bên đã tiến hành hội đàm", "Bước vào cuộc hội đàm").
        formal = next((m for m in said if m.group(0) == "hoi dam"
                       and not _SUMMED_UP.search(folded, max(lo, m.start() - 20), m.start())
                       and not _BETWEEN.match(folded, m.end())), None)
        if formal and len(talks) == told:
            unnamed = _unnamed_talk(ctx, folded, dates, year, visits, formal.start(), formal.end(), lo, hi,
                                    [p for p in people if p.start < formal.start()])
            # After talks of the same sides, "Tại cuộc hội đàm, ..." tells one of them again.
            if unnamed and not (folded.startswith(",", formal.end())
                                and any(t.parties == unnamed.parties for t in talks)):
                talks.append(unnamed)
        if len(talks) == told:
            talks.extend(_talk_of_pair_names(ctx, folded, dates, year, people, lo, hi))
        if len(talks) == told:
            # "hai nhà lãnh đạo đã gặp nhau": the sides of the talk told last, else the pair the sentence before names
            # (with no talk told before, the two sides of the article's visits, when they are one pair)
            both = talks[-1].parties if talks else _pair_told_before(folded, people, ctx.sentences, lo) \
                or (next(iter({v.parties for v in visits})) if len({v.parties for v in visits}) == 1 else ())
            talks.extend(_talk_of_both(ctx, folded, dates, year, said + paired, both, lo, hi))
        else:
            # "A và B đã hội đàm tại Tokyo; hai Thủ tướng cũng đã gặp nhau bên lề ...": a clause of its own
            clause = folded.find(";", talks[-1].span.end, hi)
            if clause >= 0:
                talks.extend(_talk_of_both(ctx, folded, dates, year, [m for m in said + paired if m.start() > clause],
                                           talks[-1].parties, clause + 1, hi))
        for m in paired:
            # "Thủ tướng A và Thủ tướng Lào B trao đổi ...": only with two sides named right before.
            if _pair_before(folded, here, m.start(), lo):
                talks.extend(_talks(ctx, folded, dates, year, here, here, sides, met, subject, m.start(), m.start(),
                                    lo, hi))
            elif folded.startswith("gap nhau", m.start()):
                # "Thủ tướng Nhật Bản và Tổng thống Hàn Quốc đã gặp nhau": two offices of two countries
                talks.extend(_countries_then_talk(ctx, folded, dates, year, m.start(), m.end(), lo, hi))
    return visits + _banquets_alone(folded, talks)


_BANQUET = re.compile(r"\b(?:chieu dai|thet dai)\b")


def _banquets_alone(folded: str, talks: list[Candidate]) -> list[Candidate]:
    """A banquet one leader gives another (the verb "chiêu đãi") is their meeting only when the article tells
    no other talk of the two: at a visit's talks it is one of the day's events, not a talk of its own."""
    def banquet(t: Candidate) -> bool:
        return _BANQUET.search(folded, t.span.start, t.span.end) is not None
    told = {t.parties for t in talks if not banquet(t)}
    return [t for t in talks if not banquet(t) or t.parties not in told]


# "Việt Nam đón nhiều chuyến thăm cấp cao: Tổng thống A (tháng 6), Thủ tướng B (tháng 9)", "các chuyến thăm Việt Nam
# của Tổng thống A (6/2023) và Tổng thống B": several visitors to one host, each a visit, dated in its own brackets.
_MANY = re.compile(r"\b(?:cac|nhieu|nhung|loat|mot loat)\s+$")
_HOST_WELCOMES = re.compile(r"\s+(?:da\s+|lien tiep\s+)*(?:don|tiep don|don tiep|chao don)\s+(?:cac|nhieu|nhung|loat|mot loat)\s+$")
_FIRST_VISITOR = re.compile(r"^\s*(?:cap cao|chinh thuc)?\s*(?::|cua)\s*$")
_NEXT_VISITOR = re.compile(r"^\s*(?:\([^()]{0,30}\))?\s*(?:,|;|va|,\s*va)\s*$")


def _listed_visits(ctx, folded, dates, year, people: list[PersonMention], t_start, t_end, lo, hi) -> list[Candidate]:
    if not _MANY.search(folded, max(lo, t_start - 10), t_start):
        return []
    dest = _destination(ctx, folded, t_end, hi)
    if dest is not None:
        host, after = dest.country, dest.end
    else:
        welcomes = _HOST_WELCOMES.search(folded, max(lo, t_start - 40), t_start)
        hits = [h for h in registry.find_countries(ctx.text[lo:welcomes.start()]) if len(h.key) == 2] if welcomes else []
        if not hits or ctx.text[lo + hits[-1].end:welcomes.start()].strip():
            return []
        host, after = hits[-1].key, t_end
    visitors: list[PersonMention] = []
    cursor = after
    for p in sorted((p for p in people if _head_start(p) >= after), key=_head_start):
        gap = folded[cursor:_head_start(p)]
        if not (_NEXT_VISITOR if visitors else _FIRST_VISITOR).match(gap):
            break
        if p.country and p.country != host and _senior(p):
            visitors.append(p)
        cursor = p.end
    if len(visitors) < 2:
        return []
    out = []
    for p in visitors:
        chosen = bracketed_after(folded, dates, p.end, hi) or near_enough(
            attr.nearest_date(dates_of_events(folded, dates, lo, hi), t_start, t_end, anchored=ctx.anchor is not None),
            t_start, t_end)
        start, end = attr.resolve_date(chosen, ctx.anchor, said_year(chosen, dates, year),
                                       attr.article_reference(ctx, dates))
        status, said = attr.meeting_status(folded[lo:hi], folded[max(lo, t_start - 30):t_start], start, ctx.anchor)
        out.append(Candidate(series="bilateral-visit", name=ctx.text[t_start:p.end], span=Span(t_start, t_end),
                             parties=tuple(sorted({p.country, host})), start=start, end=end, city=None, country=host,
                             format="in_person", status=status, status_said=said, confidence=0.6,
                             spans=[Span(t_start, t_end), Span(p.start, p.end)]))
    return out


# "chuyên cơ chở Thủ tướng A đã hạ cánh tại sân bay ..., Washington", "Tổng thống B đã tới Hà Nội": a leader's
# arrival abroad, told without a visit verb, is a visit.
# "Ngoại trưởng Mỹ A đến Bắc Kinh ngày 18/6": right after the one arriving, the verb needs no "đã".
# "Tổng thống A sẽ sang Việt Nam vào cuối tháng 5": going over to a country is arriving there, done or to come.
_ARRIVAL = re.compile(r"\b(?:(?:(?:da|vua)\s+)?(?:ha canh(?:\s+(?:xuong|tai|o))?|den|toi)|(?:(?:da|vua|se)\s+)?sang)\s+")
_AUXILIARY = re.compile(r"(?:da|vua)\s|se\s+sang\s")
_ARRIVAL_GAP = re.compile(r"(?:san bay[^,;:]{0,50}?,\s*|thu do\s+|thanh pho\s+)?")
# An arrival for a summit or forum is no bilateral visit. Folded, "dự" (attend) is one with "du" of "công du" (a
# tour) and "du lịch" (tourism): those are not it.
# (not "cấp cao" alone: "đoàn đại biểu cấp cao" is the visitor's delegation)
_FOR_AN_EVENT = re.compile(r"\b(?:(?<!cong )du(?! lich| hoc| khach)|tham du|hoi nghi|dien dan|thuong dinh|hoi thao|apec|g20|asean|truong doan)\b")


def _to_a_city(visit: Candidate) -> bool:
    """Whether a visit names a city of its host as its destination and no country ("thăm Thành phố Hồ Chí Minh")."""
    return visit.city is not None and not any(len(h.key) == 2 for h in registry.find_countries(visit.name)) \
        and any(h.key == visit.city for h in registry.find_cities(visit.name))


def _within_a_named_visit(arrival: Candidate, visits: list[Candidate], arrivals: list[Candidate]) -> bool:
    """"chuyến thăm cấp Nhà nước Trung Quốc từ ngày 18 đến 20/8" and "ngày 18/8, ... đã tới Quảng Châu": an arrival
    in a city of the host during a visit the article names by its verb, of the same two sides, is a stop of that
    visit, not a visit of its own."""
    month = arrival.start[:7] if arrival.start else None
    return any(v.parties == arrival.parties and v.country == arrival.country and v.start
               and not any(v is a for a in arrivals)
               and (month is None or v.start[:7] <= month <= (v.end or v.start)[:7]) for v in visits)


def _arrival(ctx, folded, dates, year, people: list[PersonMention], protagonist, lo, hi,
             purpose_end: int) -> list[Candidate]:
    for m in _ARRIVAL.finditer(folded, lo, hi):
        gap = _ARRIVAL_GAP.match(folded, m.end(), hi)
        # "Sau đó, Ngoại trưởng tới Malaysia": the article's protagonist told by his title alone
        titled = _BARE_TITLE_BEFORE.search(folded, max(lo, m.start() - 40), m.start()) is not None \
            and _bare_home_title(ctx.text, folded, max(lo, m.start() - 40), m.start(), _TRAVELLER)
        if not (titled or any(p.end <= m.start() and _senior(p) and p.country for p in people)) \
                or _FOR_AN_EVENT.search(folded, m.end(), purpose_end):
            continue
        if not titled and not _AUXILIARY.match(folded, m.start()) and not any(0 <= m.start() - p.end <= 2 for p in people):
            continue    # a bare "đến", "tới" ("từ ... đến", "trong tuần tới") is no arrival
        dest = _destination(ctx, folded, gap.end(), hi)
        if dest is None or dest.start > gap.end():
            continue
        found = _visit(ctx, folded, dates, year, people, protagonist, m.start(), m.end(), lo, hi, dest, m.end())
        if found and found.start and found.start == found.end:
            # the day of arrival is the visit's first, not all of it: only its month is told
            found.start = found.end = attr.month_of(found.start)
        return [found] if found else []
    return []


_TRAVELLER = re.compile(r"\b(?:ngoai truong|thu tuong|tong thong|bo truong|chu tich nuoc|tong bi thu)\b")
_BARE_TITLE_BEFORE = re.compile(_TRAVELLER.pattern + r"(?:\s+(?:da|cung|sau do|tiep tuc|vua|tiep do))*\s+$")


# A trip named as such ("chuyến thăm", "thăm chính thức"), not a bare "thăm" (of a pagoda, of voters).
_NAMED_TRIP = re.compile(r"chuyen|chinh thuc|cap nha nuoc|lam viec")


def _trip_span(ctx, dates, year, t_start: int, t_end: int, lo: int, hi: int):
    """(start, end, the date mention) of the span of days said beside a trip named without its destination, if
    one is: a single day dates something done during the trip, a span of years no trip."""
    chosen = near_enough(attr.nearest_date(attr.dates_in(dates, lo, hi), t_start, t_end,
                                            anchored=ctx.anchor is not None), t_start, t_end)
    if chosen is None or not chosen.is_range or not chosen.first.day:
        return None
    start, end = attr.resolve_date(chosen, ctx.anchor, said_year(chosen, dates, year),
                                   attr.article_reference(ctx, dates))
    return (start, end, chosen) if trip_long(start, end) else None


def _tour_month(ctx, dates, year, visits: list[Candidate], untold: list[tuple[int, int, int, int]]) -> None:
    """"3 chặng dừng chân gồm Israel, Palestine và Saudi Arabia" ... "Chuyến công du từ ngày 13 đến 16-7": the
    stops of one tour, listed by one verb and undated, fall in the month of the tour's span of days (which days
    each took is not said)."""
    listed = Counter(v.span for v in visits)
    stops = [v for v in visits if listed[v.span] > 1 and v.start is None]
    if not stops or len({c for v in visits for c in v.parties}) != len({v.country for v in visits}) + 1:
        return      # stops of one tour only: one visitor, each visit to another host
    for t_start, t_end, lo, hi in untold:
        span = _trip_span(ctx, dates, year, t_start, t_end, lo, hi)
        if span and span[0] and attr.month_of(span[0]) == attr.month_of(span[1]):
            for v in stops:
                v.start = v.end = attr.month_of(span[0])
            return


def _the_one_visit_again(ctx, folded, dates, year, visits: list[Candidate],
                         untold: list[tuple[int, int, int, int]]) -> list[Candidate]:
    """"Thủ tướng đã tới thủ đô, bắt đầu chuyến thăm chính thức từ ngày 8 đến 10/2": in an article about one
    visit (told with its destination in the headline or elsewhere), a trip named without a destination is
    that visit, and gives it the days said beside it."""
    if len({v.parties for v in visits}) != 1:
        return []
    visit = visits[0]
    out: list[Candidate] = []
    for t_start, t_end, lo, hi in untold:
        span = _trip_span(ctx, dates, year, t_start, t_end, lo, hi)
        if span is None:
            continue    # "kỷ niệm 45 năm (7/1/1972-7/1/2017)": a span of years is no trip's
        start, end, chosen = span
        status, said = attr.meeting_status(folded[lo:hi], folded[max(lo, t_start - 30):t_start], start, ctx.anchor)
        out.append(Candidate(series="bilateral-visit", name=ctx.text[t_start:t_end], span=Span(t_start, t_end),
                             parties=visit.parties, start=start, end=end, city=visit.city, country=visit.country,
                             format="in_person", status=status, status_said=said, confidence=0.6,
                             spans=[Span(t_start, t_end), Span(chosen.start, chosen.end)]))
    return out


# A date right after the traveller of a trip named without its destination ("... của Chủ tịch nước A hồi tháng 12/2021").
_OWN_DATE_GAP = re.compile(r"[\s,]*(?:(?:hoi|vao|trong|dip)\s+)?$")


def _another_travellers_trip(ctx, folded, dates, year, people: list[PersonMention], visits: list[Candidate],
                             untold: list[tuple[int, int, int, int]]) -> list[Candidate]:
    """"Chuyến thăm Campuchia của Bộ trưởng A diễn ra một tháng sau chuyến thăm cấp nhà nước của Chủ tịch nước B": a
    trip named without its destination, by another traveller of the same side, in the sentence of a visit with
    its destination, is another visit to that host (dated only by a date said right after its traveller)."""
    out: list[Candidate] = []
    for t_start, t_end, lo, hi in untold:
        traveller = _visitor_after(folded, people, t_end, hi)
        if traveller is None or not _senior(traveller):
            continue
        name = fold(traveller.person or traveller.name)
        known = next((v for v in visits if lo <= v.span.start < hi and v.subject and v.subject != name
                      and v.country and traveller.country in v.parties and traveller.country != v.country), None)
        if known is None:
            continue
        own = next((d for d in attr.dates_in(dates, traveller.end, hi)
                    if _OWN_DATE_GAP.fullmatch(folded, traveller.end, d.start)), None)
        start, end = attr.resolve_date(own, ctx.anchor, said_year(own, dates, year), attr.article_reference(ctx, dates)) \
            if own else (None, None)
        status, said = attr.meeting_status(folded[lo:hi], folded[max(lo, t_start - 30):t_start], start, ctx.anchor)
        out.append(Candidate(series="bilateral-visit", name=ctx.text[t_start:traveller.end], span=Span(t_start, t_end),
                             parties=known.parties, start=start, end=end, country=known.country, subject=name,
                             format="in_person", status=status, status_said=said, confidence=0.6,
                             spans=[Span(t_start, t_end), Span(traveller.start, traveller.end)]))
    return out


# "chuyến thăm Việt Nam thứ hai của ông A, sau chuyến thăm năm 2016": the trip this one follows, dated right after.
_AFTER_TRIP = re.compile(r"\bsau\s+$")
_TRIP_DATE_GAP = re.compile(r"[\s,]*(?:(?:hoi|vao|nam|thang)\s+)?$")


# "sau lần đầu tiên hồi tháng 9/2022": the first time, a visit too when the sentence tells a visit.
_AFTER_FIRST_TIME = re.compile(r"\bsau (?:lan dau(?: tien)?|lan truoc)\b")


def _the_trip_it_follows(ctx, folded, dates, year, visits: list[Candidate],
                         untold: list[tuple[int, int, int, int]]) -> list[Candidate]:
    """"Đây là chuyến thăm Việt Nam thứ hai của ông Modi, sau chuyến thăm năm 2016", "... lần thứ hai, sau lần đầu
    tiên hồi tháng 9/2022": a trip (or time) named without its destination after "sau", in the sentence of a visit
    with its destination, is an earlier visit of the same two sides, dated only by the date said right after it."""
    out: list[Candidate] = []
    times = [(m.start() + 4, m.end(), s.start, s.end) for s in ctx.sentences
             for m in _AFTER_FIRST_TIME.finditer(folded, s.start, s.end)]
    for t_start, t_end, lo, hi in list(untold) + times:
        if not _AFTER_TRIP.search(folded, max(lo, t_start - 6), t_start):
            continue
        known = next((v for v in visits if lo <= v.span.start < t_start and v.country and v.parties), None)
        own = next((d for d in attr.dates_in(dates, t_end, hi) if _TRIP_DATE_GAP.fullmatch(folded, t_end, d.start)),
                   None)
        if known is None or own is None or not any(v.parties == known.parties and v.start for v in visits):
            continue    # (with the visit told dated nowhere, its undated mention would be taken for the earlier one)
        start, end = attr.resolve_date(own, ctx.anchor, said_year(own, dates, year), attr.article_reference(ctx, dates))
        if not start or known.start and start <= known.start <= (end or start):
            continue        # the date is the visit's own
        out.append(Candidate(series="bilateral-visit", name=ctx.text[t_start:own.end], span=Span(t_start, t_end),
                             parties=known.parties, start=start, end=end, country=known.country, format="in_person",
                             status="held", status_said=True, confidence=0.55,
                             spans=[Span(t_start, t_end), Span(own.start, own.end)]))
    return out


_BUSINESS = re.compile(r"\b(?:doanh nghiep|tap doan|cong ty|doanh nhan|nha dau tu)\b")


def _destination(ctx: DocContext, folded: str, t_end: int, hi: int) -> attr.Place | None:
    """The country or city a visit goes to: named right after the verb ("thăm chính thức Malaysia",
    "chuyến thăm tới Đức"), where even a short country name ("Mỹ", "Đức") is meant as a country."""
    window = min(hi, t_end + 60)
    for hit in registry.find_countries(ctx.text[t_end:window]):
        start = t_end + hit.start
        if hit.key in {"ASEAN", "GCC"}:
            continue        # ASEAN's and the Gulf's bodies are met at their meetings, not visited
        if _TO.match(folded[t_end:start]):
            # "thăm, làm việc tại Liên Hợp Quốc": an organisation visited is a side with no host country.
            return attr.Place(None, hit.key, start, t_end + hit.end)
        break
    for hit in registry.find_cities(ctx.text[t_end:window]):
        start = t_end + hit.start
        if _TO.match(folded[t_end:start]):
            return attr.Place(hit.key, registry.country_of_city(hit.key), start, t_end + hit.end)
    return None


# "đã đến Hà Nội, bắt đầu chuyến thăm ...": the place arrived at, right before the trip begun.
_ARRIVE = re.compile(r"\b(?:den|toi|sang)\s+(?:thu do\s+|thanh pho\s+)?$")
# "..., bắt đầu chuyến thăm", or straight on: "đến Bắc Kinh thăm chính thức".
_BEGINS = re.compile(r"(?:\s*,?\s*(?:va\s+)?(?:chinh thuc\s+)?(?:bat dau|mo dau|khoi dau)\s+(?:cac\s+)?|\s+)$")
# "đã tới Hà Nội tối 14/4 trong chuyến công du châu Á": the arrival, its day, then the trip it is part of.
_ARRIVAL_DAY = r"(?:\s*,?\s*(?:(?:sang|chieu|toi|trua|dem|hom)\s+)?(?:ngay\s+)?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)?"
_DURING = re.compile(_ARRIVAL_DAY + r"\s*,?\s*trong\s+(?:khuon kho\s+)?$")
# "đã đến Hà Nội hôm 22/6/2023 để bắt đầu chuyến thăm": the day of arrival between the city and the trip begun.
_BEGINS_AFTER_DAY = re.compile(_ARRIVAL_DAY + r"\s*,?\s*(?:va\s+|de\s+)?(?:chinh thuc\s+)?(?:bat dau|mo dau|khoi dau)\s+(?:cac\s+)?$")


def _arrived_at(ctx: DocContext, folded: str, t_start: int, lo: int) -> attr.Place | None:
    """The city or country a visitor arrives at, told right before the trip it begins."""
    for begins in (_BEGINS.search(folded, max(lo, t_start - 30), t_start),
                   _DURING.search(folded, max(lo, t_start - 45), t_start),
                   _BEGINS_AFTER_DAY.search(folded, max(lo, t_start - 50), t_start)):
        place = begins and _arrived_before(ctx, folded, begins.start(), lo)
        if place:
            return place
    stop = _STOP_OF_TRIP.search(folded, max(lo, t_start - 50), t_start)
    if stop:
        # "chọn Việt Nam là điểm đến đầu tiên trong chuyến công du": the country named right before
        hits = [h for h in registry.find_countries(ctx.text[max(lo, stop.start() - 40):stop.start()]) if len(h.key) == 2]
        if hits and ctx.text[max(lo, stop.start() - 40) + hits[-1].end:stop.start()].strip() == "":
            start = max(lo, stop.start() - 40)
            return attr.Place(None, hits[-1].key, start + hits[-1].start, start + hits[-1].end)
    return None


def _arrived_before(ctx: DocContext, folded: str, begins: int, lo: int) -> attr.Place | None:
    """The city or country arrived at ("đến Hà Nội"), named right before ``begins``."""
    window = max(lo, begins - 50)
    for hit in reversed(list(registry.find_cities(ctx.text[window:begins]))):
        start, end = window + hit.start, window + hit.end
        if end == begins and _ARRIVE.search(folded, max(lo, start - 20), start):
            return attr.Place(hit.key, registry.country_of_city(hit.key), start, end)
    for hit in reversed([h for h in registry.find_countries(ctx.text[window:begins]) if len(h.key) == 2]):
        start, end = window + hit.start, window + hit.end
        if end == begins and _ARRIVE.search(folded, max(lo, start - 20), start):
            return attr.Place(None, hit.key, start, end)
    return None


# "Israel, khu Bờ Tây của Palestine và Saudi Arabia": a stop named by a part of the country.
# "Việt Nam là điểm đến đầu tiên trong chuyến công du", "Lào là quốc gia đầu tiên trong chuyến thăm": a stop of
# the trip named before it.
_STOP_OF_TRIP = re.compile(r"\b(?:la|lam)\s+(?:diem den|dia diem|quoc gia|nuoc|chang)(?: dau tien| cuoi cung| tiep theo"
                           r"| thu \w+)?\s+(?:trong|cua)\s+(?:cac\s+)?$")


_AND = re.compile(rf"\s*(?:,|va)\s*(?:(?:khu|vung|thanh pho|thu do)(?: \w+){{1,3}} cua\s+|(?:(?:{_STATE_FORM})\s+)+)?$")


_BRACKETED = re.compile(r"\s*\([^()]{1,15}\)")


def _also_to(ctx: DocContext, folded: str, dates: list[DateMention], after: int, hi: int) -> list[attr.Place]:
    """Further destinations joined to the first by "và" or a comma."""
    out = []
    while True:
        # "các Tiểu vương quốc Ả-rập Thống nhất (UAE), Qatar": the short name in brackets is the same country;
        # "Nhật Bản từ ngày 5 đến 7/11, Hàn Quốc ...": a stop's own span of days
        bracketed = _BRACKETED.match(folded, after, hi)
        after = bracketed.end() if bracketed else after
        span = span_right_after(folded, dates, after, hi)
        after = span.end if span else after
        hits = [h for h in registry.find_countries(ctx.text[after:min(hi, after + 60)]) if len(h.key) == 2]
        if not hits or not _AND.match(folded[after:after + hits[0].start]) or not folded[after:after + hits[0].start].strip():
            return out
        hit = hits[0]
        out.append(attr.Place(None, hit.key, after + hit.start, after + hit.end))
        after = after + hit.end


def _visits(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi) -> list[Candidate]:
    """The visits a visit verb tells: its destination right after it ("thăm chính thức Lào"), else each
    "tới X" later in its clause with the visitor named before it ("các chuyến thăm đầu tiên của A tới
    Việt Nam và B tới Lào")."""
    dest = _destination(ctx, folded, t_end, hi)
    if dest is not None:
        # "chuyến thăm Mỹ và Nhật Bản": one visit to each.
        dests = [dest] + _also_to(ctx, folded, dates, dest.end, hi)
        found = [_visit(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi, d, t_end)
                 for d in dests]
        return _one_visitor([f for f in found if f], dests[0].country)
    visitor = _visitor_after(folded, people, t_end, hi)
    if visitor is not None:
        # "chuyến thăm của Phó Thủ tướng A tại Singapore": the visitor named before the destination.
        dest = _destination(ctx, folded, visitor.end, hi)
        if dest is not None:
            found = _visit(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi, dest, t_end)
            return [found] if found else []
    arrived = _arrived_at(ctx, folded, t_start, lo)
    if arrived is not None:
        found = _visit(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi, arrived, t_end)
        return [found] if found else []
    clause_end = min(hi, t_end + 220, *[i for i in (folded.find(";", t_end, hi),) if i >= 0])
    out = []
    cursor = t_end
    for m in _TOWARDS.finditer(folded, t_end, clause_end):
        dest = _destination(ctx, folded, m.end(), clause_end)
        if dest is None:
            continue
        found = _visit(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi, dest, cursor)
        if found:
            out.append(found)
        cursor = dest.end
    return out


def _one_visitor(visits: list[Candidate], first_host: str | None) -> list[Candidate]:
    """"thăm Hoa Kỳ và Liên Hợp Quốc": one visitor goes to each destination, the one found for the first
    (a host's office-holder named before the verb is not the visitor of the next destination)."""
    if len(visits) < 2 or visits[0].country != first_host:
        return visits
    visitor = next((c for c in visits[0].parties if c != first_host), None)
    for v in visits[1:]:
        host = v.country or next((c for c in v.parties if registry.is_organisation(c)), None)
        if visitor and host and host != visitor:
            v.parties = tuple(sorted({visitor, host}))
    return visits


_OF_VISITOR = re.compile(r"\s+(?:chinh thuc\s+|lam viec\s+)*cua\s+(?:ong |ba |ngai |doan |phai doan )?")


def _visitor_after(folded: str, people: list[PersonMention], t_end: int, hi: int) -> PersonMention | None:
    """The person named right after "chuyến thăm của", if any."""
    of = _OF_VISITOR.match(folded, t_end, hi)
    if of is None:
        return None
    return next((p for p in people if _head_start(p) == of.end() and p.country), None)


# "chuyến thăm Nhật Bản của Thủ tướng A": the visitor is named right after "của".
_OF = re.compile(r"\bcua\s+(?:ong |ba |ngai |doan |phai doan )?$")
_TOWARDS = re.compile(r"\b(?:toi|den|sang)\b")


# A sentence opening on the visit: "Trong chuyến thăm Malaysia tháng 12/2021, Ngoại trưởng Mỹ A khẳng định".
_FRAME = re.compile(r"\W*(?:trong|nhan|nhan dip|trong dip|trong khuon kho|sau)\s*")


def _framing_subject(folded: str, people: list[PersonMention], host: str, t_start: int, dest_end: int,
                     lo: int, hi: int) -> PersonMention | None:
    """The visitor of a visit told as the frame of its sentence: the person right after the frame's comma."""
    if not _FRAME.fullmatch(folded, lo, t_start):
        return None
    comma = folded.find(",", dest_end, hi)
    if comma < 0:
        return None
    return next((p for p in people if p.country and p.country != host
                 and comma < _head_start(p) <= comma + 3), None)


_HOST_AS_OBJECT = re.compile(r"\b(?:loi moi cua|voi)\s*$")
# "chuyến thăm I-ta-li-a của Chủ tịch nước tháng 11-2016": the traveller named by a home office alone after "của".
_OF_TITLE = re.compile(r"\s+(?:chinh thuc\s+|lam viec\s+)*cua\s+")


def _of_home_title(text: str, folded: str, after: int, hi: int) -> bool:
    """Whether a visit's destination is followed by "của" and a home head office with no name after it."""
    of = _OF_TITLE.match(folded, after, hi)
    return of is not None and _HOME_TITLE.match(folded, of.end()) is not None \
        and _bare_home_title(text, folded, of.end(), min(hi, of.end() + 40))


def _framed_by_home_title(text: str, folded: str, t_start: int, dest_end: int, lo: int, hi: int) -> bool:
    """Whether a visit told as its sentence's frame ("Trong chuyến thăm Thái Lan, Thủ tướng đã ...") has a home head
    office with no name right after the frame's comma."""
    if not _FRAME.fullmatch(folded, lo, t_start):
        return False
    comma = folded.find(",", dest_end, hi)
    opening = _HOME_TITLE.match(folded, comma + 1 + (len(folded[comma + 1:]) - len(folded[comma + 1:].lstrip()))) \
        if comma >= 0 else None
    return opening is not None and _bare_home_title(text, folded, opening.start(), min(hi, opening.end() + 2))


# "Chủ tịch nước mời Tổng thống A thăm Việt Nam": an invitation only extended, undated and with no answer told, is no
# visit yet; "... Tổng thống A vui vẻ nhận lời" (or a promise to arrange it) makes it a planned one.
_INVITING = re.compile(r"(?<!\bloi )\bmoi\b(?! cua)(?:[^.;:]|\.(?=\w)){0,70}$")
_ACCEPTED = re.compile(r"\b(?:nhan loi|chap nhan|hua (?:se )?(?:thu xep|sang|den|toi))\b")
_ANSWER_REACH = 250     # the invitation's sentence and the next one


def _unanswered_invitation(folded: str, t_start: int, dest_end: int, lo: int, hi: int) -> bool:
    """Whether a visit is told only as an invitation the sentence makes with the verb "mời", its acceptance not told
    right after."""
    return _INVITING.search(folded, max(lo, t_start - 70), t_start) is not None \
        and _ACCEPTED.search(folded, dest_end, min(len(folded), hi + _ANSWER_REACH)) is None


# "hoan nghênh Thủ tướng A thăm Việt Nam": a welcome to a person to come, not to a visit under way ("hoan nghênh
# chuyến thăm của ...", "hoan nghênh và chào mừng A thăm chính thức Việt Nam").
_WELCOMING = re.compile(r"\bhoan nghenh\s+(?!(?:chuyen|cuoc|viec|va|dip)\b)(?:[^.;:,]|\.(?=\w)){0,60}$")


def _unanswered_welcome(folded: str, t_start: int, dest_end: int, lo: int, hi: int) -> bool:
    """Whether an undated visit is told only as a welcome to someone to come, its acceptance not told right after."""
    return _WELCOMING.search(folded, max(lo, t_start - 60), t_start) is not None \
        and _ACCEPTED.search(folded, dest_end, min(len(folded), hi + _ANSWER_REACH)) is None


# "rời New Delhi, kết thúc chuyến thăm": the day of leaving, the trip's last (the day one sets off, "lên đường
# thăm", is its first: its start).
_ENDS_OF_TRIP = re.compile(r"\b(?:ket thuc|hoan thanh|roi)\b[^.;:]{0,30}$")


# "tiếp Thủ tướng A đang thăm chính thức Việt Nam", "đang ở thăm", "đang có chuyến thăm": a visit under way on the
# day the sentence tells something else.
_UNDER_WAY = re.compile(r"\bdang\s+(?:o\s+|co\s+)?$")


_MET_BEFORE = WordStart(r"(?:hoi dam voi|hoi dam|hoi kien|yet kien|tiep(?: don| kien| xa giao| than mat)?|don tiep"
                        r"|le don(?: chinh thuc)?|gap(?: go| rieng)?|chao(?: xa giao)?|dien dam voi)\b")


def _under_way(text: str, folded: str, chosen: DateMention | None, t_start: int, lo: int) -> bool:
    """Whether the single day dating a visit is one the visit is said to be under way on, or a talk's told before
    it: only its month is the visit's."""
    if chosen is None or chosen.is_range or chosen.first.day is None:
        return False
    # "Chiều 9/1, Chủ tịch nước tiếp Thủ tướng A sang thăm / nhân dịp thăm chính thức Việt Nam", "chủ trì lễ đón
    # Thủ tướng A thăm chính thức": the day is the talk's, told between the day and the visit
    return _UNDER_WAY.search(folded, max(lo, t_start - 12), t_start) is not None \
        or chosen.end <= t_start and (_framing_visit(folded, chosen, t_start)
                                      or any(_RECEIVED.match(text, m.end())
                                             for m in _MET_BEFORE.finditer(folded, chosen.end, t_start)))


# "Sáng 9/2, tại Singapore, trong khuôn khổ chuyến thăm chính thức ..., Thủ tướng đã hội đàm ...": the visit frames
# what the sentence tells next; the day said before the frame is that act's.
# A clause of its own, after a comma ("đã tới Hà Nội chiều 17/6 trong chuyến công du": the day is the arrival's).
_FRAMING_VISIT = re.compile(r",\s*(?:trong khuon kho|nhan dip|trong dip|trong)\s+(?:cac hoat dong cua\s+)?(?:chuyen\s+)?$")


def _framing_visit(folded: str, chosen: DateMention, t_start: int) -> bool:
    """Whether a visit is named, in a clause of its own, as the frame of what its sentence tells after a day said
    before it (no full stop between)."""
    return _FRAMING_VISIT.search(folded, max(chosen.end, t_start - 40), t_start) is not None \
        and "." not in folded[chosen.end:t_start]


def _last_day(folded: str, chosen: DateMention | None, t_start: int, lo: int) -> bool:
    """Whether the single day dating a visit is the day it ends: only its month is the visit's."""
    return chosen is not None and not chosen.is_range and chosen.first.day is not None \
        and _ENDS_OF_TRIP.search(folded, max(lo, t_start - 40), t_start) is not None


def _over_days(day: str, stretch: tuple[int, int] | None) -> tuple[str, str]:
    """(start, end) of a visit dated by the one full ``day`` that ``stretch`` (days before, days after) widens; the
    day alone without one."""
    first, last = (attr.moved_day(day, -stretch[0]), attr.moved_day(day, stretch[1])) if stretch else (None, None)
    return (first, last) if first and last else (day, day)


# Between a subject and its visit verb: no clause break, no word of saying ("Bộ trưởng A nói với chuyến thăm tới
# Mỹ, Thủ tướng ...": A tells of someone else's trip).
_SAID_OF = re.compile(r"[,;:]|\b(?:noi|cho biet|khang dinh|nhan dinh|danh gia|nhan manh|theo)\b")


def _traveller(folded: str, visitor: PersonMention | None, by_person: PersonMention | None, side: str,
               t_start: int) -> str | None:
    """The folded name of who travels, when the text names them as the visit's own ("chuyến thăm Lào của Bộ trưởng
    A", "Thủ tướng B thăm Lào"): two travellers named, two visits to one host."""
    if visitor is None or visitor.country != side:
        return None
    if visitor is not by_person and (visitor.end > t_start or _SAID_OF.search(folded, visitor.end, t_start)):
        return None
    return fold(visitor.person or visitor.name)


def _dates_a_later_trip(text: str, folded: str, people: list[PersonMention], visitor: PersonMention | None,
                        told_end: int, date_start: int) -> bool:
    """Whether a date said after a visit follows another trip of someone else told in between ("Chuyến thăm Lào
    của Bộ trưởng A diễn ra sau chuyến thăm Lào của Thủ tướng B hồi tháng 1"): the date is that trip's."""
    for m in _VISIT.finditer(folded, told_end, date_start):
        if _visit_word(text, folded, m.start(), m.end()) and any(
                m.end() <= p.start < date_start and p.country and (visitor is None or p.person != visitor.person)
                for p in people):
            return True
    return False


def _visit(ctx, folded, dates, year, people, protagonist, t_start, t_end, lo, hi,
           dest: attr.Place, named_from: int) -> Candidate | None:
    if dest.country is None:
        return None
    host = dest.country
    # The visitor: named after "của" (or, for a destination far in the clause, the last person named
    # before it), else the subject before the verb, else the article's protagonist.
    if dest.start > t_end + 60:
        between = [p for p in people if named_from <= p.start < dest.start and p.country and p.country != host]
        by_person = between[-1] if between else None
    else:
        after = [p for p in people if t_end <= p.start < min(hi, t_end + 120) and p.country and p.country != host]
        by_person = after[0] if after and _OF.search(folded, t_end, _head_start(after[0])) else None
    before = [p for p in people if lo <= p.start < t_start and p.country]
    if by_person is None and not before:
        by_person = _framing_subject(folded, people, host, t_start, dest.end, lo, hi)
    visitor_person = by_person or (before[-1] if before else None)
    if visitor_person is None and folded.startswith("chuyen di", t_start):
        return None     # "chuyến đi Anh" of a student: a trip is a visit only with an office-holder named on it
    # Only office-holders' visits count: not a provincial secretary's, not a business delegation's.
    if visitor_person is not None and not _senior(visitor_person):
        return None
    if _BUSINESS.search(folded, t_end, min(hi, t_end + 90)):
        return None
    # "chuyến thăm Lào của Thủ tướng", "Trong chuyến thăm Thái Lan, Thủ tướng đã ...": the home side's office-holder
    # told by title alone, where no one of another side than the host is named as the traveller, in a story told from
    # the home side or the host's (one that follows a third country's leader gives the bare title to that leader)
    home_titled = host != HOME and protagonist in (HOME, host) \
        and (visitor_person is None or visitor_person.country == host) \
        and (_of_home_title(ctx.text, folded, max(t_end, dest.end), hi)
             or by_person is None and _framed_by_home_title(ctx.text, folded, t_start, dest.end, lo, hi))
    if home_titled:
        visitor_person = by_person = None
    visitor = visitor_person.country if visitor_person else HOME if home_titled else protagonist
    if visitor == host:
        # The host's office-holder named before the verb: a guest visits when the host is the one who
        # invited or was met ("theo lời mời của Tổng thống Mỹ A, ...", "hội đàm với Tổng thống A trong chuyến
        # thăm tới Mỹ"); when the host is the subject who welcomes or invites ("hoan nghênh lãnh đạo Ấn Độ
        # sang thăm", "mời Tổng thống B thăm"), no visit is told.
        guests = [p.country for p in people if p.country and p.country != host]
        if not guests or visitor_person is None or not _HOST_AS_OBJECT.search(
                folded, max(lo, _head_start(visitor_person) - 20), _head_start(visitor_person)):
            return None
        visitor = guests[0]
    # The mention runs from its verb to its destination ("chuyến thăm của Tổng thống A tới Việt Nam vào ngày
    # 10/9"): a day right after the destination is nearer it than one opening the sentence.
    told_end = max(t_end, dest.end)
    own_dates = [d for d in dates_of_events(folded, dates, lo, hi) if not _of_another_occasion(folded, d, t_start, lo)
                 and not _another_trip_between(ctx, folded, host, dest.end, d.start)]
    chosen = bracketed_after(folded, dates, told_end, hi) or year_right_after(folded, dates, told_end, hi) \
        or span_right_after(folded, dates, dest.end, hi) or near_enough(
        attr.nearest_date(own_dates, t_start, told_end, anchored=ctx.anchor is not None), t_start, told_end)
    if chosen is not None and _dates_a_later_trip(ctx.text, folded, people, visitor_person, told_end, chosen.start):
        chosen = None
    start, end = attr.resolve_date(chosen, ctx.anchor, said_year(chosen, dates, year),
                                   attr.article_reference(ctx, dates))
    span = span_after(ctx, folded, dates, year, chosen, t_end, hi)
    if span is not None and _another_trip_between(ctx, folded, host, dest.end, span[0].start):
        span = None     # "dừng chân tại Nhật Bản trên đường đi thăm Hoa Kỳ từ ngày 19 đến 25/6": the next trip's days
    if span is not None:
        chosen, (start, end) = span
    elif chosen is not None and start and start == end:
        # "đến Hà Nội hôm 13/12, bắt đầu chuyến thăm kéo dài ba ngày": its first day and its length.
        start, end = _over_days(start, attr.span_by_length(folded, chosen, lo, hi, attr.TRIP_LENGTH))
    if start and (attr.frame_day(folded, chosen, t_start, dest.end) or _last_day(folded, chosen, t_start, lo)
                  or _under_way(ctx.text, folded, chosen, t_start, lo)):
        start = end = attr.month_of(start)
    if start is None and _in_dateline_sentence(ctx, lo, hi) and _arrived_at(ctx, folded, t_start, lo) is not None:
        start = end = ctx.filed_iso()   # "Bắc Kinh (TTXVN) 19/10 - ... đã tới Bắc Kinh, bắt đầu chuyến thăm": that day's
    region = folded[lo:hi]
    status, said = attr.meeting_status(region, folded[max(lo, t_start - 30):t_start], start, ctx.anchor)
    if invited(ctx.text, folded, t_start, dest.end, lo, hi):
        status, said = "planned", True
        if chosen is not None and chosen.end <= t_start:
            chosen, start, end = None, None, None     # the day the invitation was made, not the visit's
        if start is None and _unanswered_invitation(folded, t_start, dest.end, lo, hi):
            return None
    elif start is None and _unanswered_welcome(folded, t_start, dest.end, lo, hi):
        return None
    spans = [Span(t_start, t_end), Span(dest.start, dest.end)]
    if chosen:
        spans.append(Span(chosen.start, chosen.end))
    place = attr.pick_place(folded, _places_of_the_visit(ctx, folded, lo, hi, dest.end), t_start, t_end)
    city = dest.city or (place.city if place and place.country == host else None)
    country = host
    if registry.is_organisation(host):
        # An organisation visited is where the sentence says it sits ("trụ sở WHO tại Geneva"), else nowhere said.
        seat = attr.located_place(folded, attr.places_in(ctx.text, dest.end, hi), t_start, t_end)
        city, country = (seat.city, seat.country) if seat else (None, None)
    traveller = _traveller(folded, visitor_person, by_person, visitor, t_start)
    return Candidate(series="bilateral-visit", name=ctx.text[t_start:max(dest.end, t_end)], span=Span(t_start, t_end),
                     parties=tuple(sorted({visitor, host})), start=start, end=end, city=city, subject=traveller,
                     country=country, format="in_person", status=status, status_said=said,
                     confidence=0.75 if visitor_person else 0.6, spans=spans)


# "chuyến thăm lần thứ hai, sau lần đầu tiên hồi tháng 9/2022", "sau cuộc gặp ở Tokyo tháng 12": the occasion before.
_AFTER_ANOTHER = re.compile(r"\bsau (?:lan|chuyen|cuoc|dip)\b[^.;:,]{0,50}$")


_EN_ROUTE = re.compile(r"\btren duong\b")


def _another_trip_between(ctx: DocContext, folded: str, host: str, after: int, before: int) -> bool:
    """Whether a visit to another host than ``host`` is told between ``after`` and ``before`` as the trip the
    visitor is on the way to ("dừng chân tại Nhật Bản trên đường đi thăm Hoa Kỳ từ ngày 19 đến 25/6": what is said
    after it is that trip's; the stops of one tour listed, "thăm A, thăm B từ ngày ...", share their span)."""
    for m in _VISIT.finditer(folded, after, before):
        if not _visit_word(ctx.text, folded, m.start(), m.end()) \
                or not _EN_ROUTE.search(folded, max(after, m.start() - 20), m.start()):
            continue
        dest = _destination(ctx, folded, m.end(), before)
        if dest is not None and dest.country and dest.country != host:
            return True
    return False


def _of_another_occasion(folded: str, date: DateMention, t_start: int, lo: int) -> bool:
    """Whether a date of the sentence is that of an occasion the visit at ``t_start`` is said to follow ("sau lần
    đầu tiên hồi tháng 9/2022"), the visit's verb not being that occasion's own ("Sau chuyến thăm Lào tháng 5, ...")."""
    after = _AFTER_ANOTHER.search(folded, max(lo, date.start - 60), date.start)
    return after is not None and not after.start() <= t_start < date.start


def _places_of_the_visit(ctx: DocContext, folded: str, lo: int, hi: int, dest_end: int) -> list[attr.Place]:
    """The places of a visit's sentence, without those said as another gathering's ("thăm chính thức Indonesia và dự
    Hội nghị Cấp cao ASEAN tại Labuan Bajo", "Sau khi dự Hội nghị G20 tại Osaka, ... thăm Nhật Bản")."""
    return [p for p in attr.places_in(ctx.text, lo, hi)
            if not attr.gathering_place(folded, p.start, dest_end if p.start >= dest_end else lo)]


def _talks(ctx, folded, dates, year, people, met_people, sides: Sides, met: set[int], subjects: list[PersonMention],
           t_start, t_end, lo, hi) -> list[Candidate]:
    named = _counterparts(folded, met_people, t_end, hi) if t_end > t_start and not _frame_closed(folded, t_start, t_end, lo) else []
    hosts = [] if named or t_end == t_start else _received_by_all(folded, met_people, t_start, t_end)
    host = hosts[0] if hosts else None
    if host is not None:
        named = hosts
        t_start = folded.rfind("duoc", lo, _head_start(host))   # the guest is named before "được"
    # Everyone named as met is met, senior or not: none of them is the subject of the next verb.
    met_before = {at for at in met if at < t_start}
    met.update(p.start for p in named)
    counterparts = [p for p in named if _senior(p) or _peer(folded, p) or p.person in sides.seniors]
    between = bool(counterparts) and "giua" in folded[t_end:_head_start(counterparts[0])]
    if not counterparts:
        counterparts = [p for p in _pair_before(folded, people, t_start, lo) if _senior(p) or _peer(folded, p)]
        between = len(counterparts) == 2
    if not counterparts or _SUMMIT_WITH.fullmatch(folded, t_start, t_end) and len({p.country for p in counterparts}) > 1:
        return []
    if host is not None:
        # Received by an office-holder: the guest named before "được" must hold an office too (a provincial
        # secretary "vinh dự được Thủ tướng tiếp" tells no talk of two countries).
        subject = _subject(people, met, t_start, lo)
        if subject is not None and not _senior(subject):
            return []
    else:
        subject = _subject(people, met, t_start, lo, folded) \
            or _framed_talk_subject(folded, people, counterparts, t_start, lo, hi) or (subjects[-1] if subjects else None)
    # "Bà cũng gặp ...", "Ông đã hội kiến ...": the visitor told by a pronoun opening the sentence.
    visitor_pronoun = subject is None and host is None and _PRONOUN_SUBJECT.fullmatch(folded, lo, t_start) is not None
    leader_of = _leader_of(ctx, folded, t_start, lo) if subject is None and host is None else None
    # "Hội kiến Nhà vua A; gặp Chủ tịch Hạ viện B": a verb after one that met someone shares its unnamed subject.
    chained = any(lo <= p.start < t_start and _senior(p) and _NEXT_VERB.fullmatch(folded, p.end, t_start)
                  for p in people if p.start in met_before)
    if subject is None and folded[t_start:t_end] == "gap" and not visitor_pronoun and not leader_of and not chained \
            and not _bare_home_title(ctx.text, folded, lo, t_start) \
            and not _bare_home_title(ctx.text, folded, lo, t_start, _MINISTER_TITLE):
        # Plain "gặp" is said of anyone (voters, businesses, reporters meeting a leader): a talk only
        # when an office-holder, named or by office ("Thủ tướng đã ... gặp"), does the meeting.
        return []
    if subject is not None and _junior(subject) and subject.person not in sides.seniors and not between:
        # "Chủ tịch UBND thành phố A tiếp Bộ trưởng B", "Thứ trưởng C hội đàm với Bộ trưởng D", "Đại sứ E gặp
        # Thủ tướng F": below minister rank on one side is no talk of two governments.
        return []
    if subject:
        subjects.append(subject)
    home_subject = subject is None and _bare_home_title(ctx.text, folded, lo, hi)
    met.update(p.start for p in counterparts)
    if between and len(counterparts) >= 2:
        pairs = [(counterparts[1], counterparts[0].country)]
    else:
        side = subject.country if subject else leader_of or (HOME if home_subject else sides.protagonist)
        # The pronoun's visitor is the other side of the visit to the country of the one met.
        pairs = [(p, (_host_or_guest(sides, p.country) if visitor_pronoun and p.country else None) or side)
                 for p in counterparts]
    start, end, place, status, said = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi,
                                                  max(t_end, max(p.end for p in counterparts)))
    if is_call(folded[t_start:t_end]):
        place = None        # a call has no host city: "tại Hà Nội" is where one side spoke from
    asean_side = _ASEAN_SUBJECT.search(folded, max(lo, t_start - 90), t_start)
    if asean_side and (subject is not None and subject.country in registry.member_codes()
                       or _MEETING_NOUN_BEFORE.search(folded, max(lo, asean_side.start() - 12), asean_side.start())):
        # "trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN, Bộ trưởng Trần Tuấn Anh đã gặp ...": the ministers named
        # are a meeting's, and one member's minister meets the partner's: talks of two governments.
        asean_side = None
    # "Thủ tướng A và Tổng thống B đã hội đàm": the talk is named from the first side to the verb.
    named_from = _head_start(counterparts[0]) if counterparts[0].start < t_start else None
    if host is not None:
        named_from = t_start                                    # "được Nhà vua A tiếp kiến"
    if t_end == t_start:
        said = _PAIR_TALK.pattern.match(folded, t_start)
        t_end = said.end() if said else t_start
    out = []
    for person, side in pairs:
        name = ctx.text[named_from:t_end] if named_from is not None \
            else _own_part(ctx.text, t_start, counterparts[0], person)
        other = person.country or _host_or_guest(sides, side)
        if other is None and _peer(folded, person) and place and place.country != side:
            other = place.country      # "gặp người đồng cấp A tại Bắc Kinh": the host's minister
        if asean_side and other and len(other) == 2 and other not in registry.member_codes():
            # "các ngoại trưởng ASEAN có cuộc gặp với Ngoại trưởng Mỹ": ASEAN meets a partner.
            leaders = _LEADER.search(asean_side.group(0))
            out.append(Candidate(
                series="asean-partner-summit" if leaders else "asean-partner-other",
                name=name, span=Span(t_start, t_end), partner=other,
                start=start, end=end, city=place.city if place else None,
                country=place.country if place else None, format="in_person" if place else None,
                status=status, status_said=said, confidence=0.7,
                spans=[Span(t_start, t_end), Span(person.start, person.end)]))
            continue
        if not side or not other or side == other:
            continue
        by_phone = _BY_PHONE.match(folded, person.end)
        if by_phone and named_from is None:
            # "trao đổi với Bộ trưởng A qua điện thoại": a call, named with its medium, held nowhere.
            name, place = ctx.text[t_start:by_phone.end()], None
        receiver = other if host is not None or _calls_on(folded, t_start, t_end, lo, hi) \
            else side if _receives(folded, t_start, t_end, lo) else None
        out.append(Candidate(
            series="bilateral-talks", name=name, span=Span(t_start, t_end), receiver=receiver,
            parties=tuple(sorted({side, other})), counterpart=fold(person.person or person.name),
            subject=fold(subject.person or subject.name) if subject else None,
            counterpart_titles=tuple(fold(t) for t in person.titles),
            counterpart_country=other,
            start=start, end=end, city=place.city if place else None, country=place.country if place else None,
            format=None if by_phone else _talk_format(folded, t_start, person.end, hi, place is not None),
            status=status, status_said=said, confidence=0.75 if person.country else 0.6,
            spans=[Span(t_start, t_end), Span(person.start, person.end)]))
    co = _co_subject(folded, people, subject, lo) if subject and _IN_TURN.search(folded, max(lo, t_start - 20), t_start) else None
    if co is not None:
        # "A và B đã lần lượt hội kiến C": one talk with each of them
        out += [replace(c, subject=fold(co.person or co.name), spans=list(c.spans)) for c in out
                if c.series == "bilateral-talks"]
    return out


def _own_part(text: str, t_start: int, first: PersonMention, person: PersonMention) -> str:
    """The name of the talk with ``person``: the verb and the first one met as written ("hội kiến Chủ tịch Thượng
    viện A"); for each one listed after, the verb and their own part only, the others elided ("hội kiến ... Chủ tịch
    Hạ viện B"), not the list up to them."""
    if person is first or _head_start(person) <= first.end:
        return text[t_start:person.end]
    verb = text[t_start:_head_start(first)].rstrip(" ,;")
    return f"{verb} ... {text[_head_start(person):person.end]}"


_IN_TURN = re.compile(r"\blan luot\s+$")
# Between the one met by a verb and the next verb of the same unnamed subject: "A; gặp B", "A, sau đó gặp B".
_NEXT_VERB = re.compile(r"\s*[;,]?\s*(?:va\s+)?(?:(?:da|cung|sau do|tiep do|tiep tuc)\s+)*")


def _co_subject(folded: str, people: list[PersonMention], subject: PersonMention, lo: int) -> PersonMention | None:
    """The office-holder of the subject's side named just before the subject and joined to him by "và" or a comma."""
    before = [p for p in people if lo <= p.end <= _head_start(subject) and p.country == subject.country and _senior(p)]
    if not before:
        return None
    co = before[-1]
    return co if re.fullmatch(r"\s*(?:,|va|,\s*va)\s*", folded[co.end:_head_start(subject)]) else None


# "đến chào xã giao Thủ tướng A", "chào Chủ tịch nước B": a guest calls on the host, who receives him at home.
_CALLS_ON = re.compile(r"(?:den )?chao(?: xa giao| tu biet)?|tham xa giao")
# "hội kiến", "yết kiến": an audience with the one met, granted where they hold office, as a courtesy call is;
# not one on the sidelines of an event both attend ("hội kiến Tổng thống A trong khi tham dự Hội nghị G20").
_AUDIENCE = re.compile(r"(?:cuoc )?(?:hoi kien|yet kien)")


def _calls_on(folded: str, t_start: int, t_end: int, lo: int, hi: int) -> bool:
    """Whether the talk verb at t_start..t_end is a call on the one met, in their country."""
    if _CALLS_ON.fullmatch(folded, t_start, t_end):
        return True
    return _AUDIENCE.fullmatch(folded, t_start, t_end) is not None and _FOR_AN_EVENT.search(folded, lo, hi) is None


# "chủ trì lễ đón và hội đàm với", "đón, hội đàm với": the talk follows the subject's welcome of the guest.
_WELCOMED_BEFORE = re.compile(r"\b(?:le don|don)(?: chinh thuc| trong the)?\s*(?:,|va)\s*$")


def _receives(folded: str, t_start: int, t_end: int, lo: int) -> bool:
    """Whether the subject of a talk verb receives the one met: "tiếp", "đón tiếp", or a welcome just before."""
    return folded[t_start:t_end] in _RECEIVING_VERBS or _BANQUET.search(folded, t_start, t_end) is not None \
        or _WELCOMED_BEFORE.search(folded, max(lo, t_start - 30), t_start) is not None


def _talk_format(folded: str, t_start: int, met_end: int, hi: int, placed: bool) -> str | None:
    """"hội đàm trực tuyến với A", "điện đàm với B qua video": a link said between the verb and just after the
    one met makes the talk online; else it is in person where a place is said."""
    return attr.meeting_format(folded[t_start:min(hi, met_end + 40)], placed)


# Offices below minister rank that lead talks in the news: deputies, envoys, provinces, departments.
_JUNIOR = re.compile(r"^(?:thu truong|dai su|tong lanh su|dai bien lam thoi|truong dai dien|dai dien"
                     r"|(?:pho )?chu tich (?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)|(?:pho )?bi thu (?:tinh|thanh) uy"
                     r"|giam doc so|vu truong|cuc truong|tong cuc truong|pho vu truong|pho cuc truong)\b")


def _junior(person: PersonMention) -> bool:
    """True for a person whose every title is of an office below minister rank (a rank such as "Đại tướng"
    says nothing of the office)."""
    titles = [fold(t) for t in person.titles]
    # "Tổng Giám đốc Tập đoàn Dầu khí quốc gia Malaysia" calling on a leader: a business, no side of state
    return bool(titles) and not _senior(person) and all(_JUNIOR.match(t) or _BUSINESS.search(t) for t in titles)


_BY_PHONE = re.compile(r"\s*,?\s*(?:qua|bang)\s+(?:dien thoai|duong dien thoai)\b")
_CALL = re.compile(r"\b(?:dien dam|dien thoai|goi dien)\b")


def is_call(folded_name: str) -> bool:
    """Whether a talk's verb or name tells a telephone call ("điện đàm", "gọi điện", "qua điện thoại")."""
    return _CALL.search(folded_name) is not None


# "Nhà lãnh đạo Mỹ cũng đã gặp Thủ tướng A", "nhà lãnh đạo Hàn Quốc đã hội kiến B": a leader told by his country.
_LEADER_WORDS = re.compile(r"\b(?:nha lanh dao|lanh dao|nguyen thu|nguoi dung dau(?: chinh phu| nha nuoc)?)\s+$")
_ADVERBS_TO_VERB = re.compile(r"(?:\s+(?:cung|da|se|vua|tiep tuc|sau do|con|co|cuoc|buoi))*\s*")


def _leader_of(ctx: DocContext, folded: str, t_start: int, lo: int) -> str | None:
    """The country of a leader told by it right before the talk verb ("nhà lãnh đạo Mỹ cũng đã gặp")."""
    window = max(lo, t_start - 60)
    hits = [h for h in registry.find_countries(ctx.text[window:t_start]) if len(h.key) == 2]
    if not hits:
        return None
    hit = hits[-1]
    if not _ADVERBS_TO_VERB.fullmatch(folded, window + hit.end, t_start) \
            or not _LEADER_WORDS.search(folded, max(lo, window + hit.start - 30), window + hit.start):
        return None
    return hit.key


# A sentence opened by a pronoun and an adverb or two before its talk verb.
# "Sau đó, ông tiếp tục gặp ...": a connective may open the sentence before the pronoun.
# "Sáng hôm sau, ông hội kiến ...", "Chiều cùng ngày, bà ...": a time may open it too.
_PRONOUN_SUBJECT = re.compile(r"\W*(?:(?:sau do|tiep do|truoc do|cung ngay|ngay sau do|tai day|trong chuyen tham(?: nay)?"
                              r"|(?:(?:sang|chieu|toi|trua|dem|ngay)\s+)?(?:hom sau|cung ngay|hom nay|hom qua)"
                              # "Ngày 28/2, ông đã chào xã giao ...": a day opening the sentence
                              r"|(?:(?:sang|chieu|toi|trua|dem)\s+)?(?:ngay\s+)?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)"
                              r"\s*,?\s*)?(?:ong|ba|ngai)(?: (?:cung|da|se|sau do|tiep tuc|lan luot|dong thoi|tiep do))*\s*")


# A talk told as the frame of its sentence: "Trong cuộc gặp Thủ tướng A bên lề ..., Thủ tướng B nêu rõ".
_TALK_FRAME = re.compile(r"(?:^|,)\s*(?:trong|tai|nhan dip|trong dip)\s+(?:cac\s+)?(?:(?:cuoc|buoi)\s*)?$")


def _frame_closed(folded: str, t_start: int, t_end: int, lo: int) -> bool:
    """"Tại cuộc điện đàm, Thủ tướng A đánh giá ...": a talk told as its sentence's frame and closed by a comma
    right after its verb names no one met; the one after the comma is the main clause's subject."""
    return folded.startswith(",", t_end) and _TALK_FRAME.search(folded[lo:t_start]) is not None


def _framed_talk_subject(folded: str, people: list[PersonMention], counterparts: list[PersonMention],
                         t_start: int, lo: int, hi: int) -> PersonMention | None:
    """The one who met the counterparts of a talk told as its sentence's frame: the office-holder named
    right after the frame's comma."""
    # sliced: the frame's "^" is the sentence's start (a search from lo finds it only at the text's)
    if not _TALK_FRAME.search(folded[lo:t_start]):
        return None
    comma = folded.find(",", max(p.end for p in counterparts), hi)
    if comma < 0:
        return None
    return next((p for p in people if p.country and comma < _head_start(p) <= comma + 3 and _senior(p)
                 and all(p.country != c.country for c in counterparts)), None)


def _in_dateline_sentence(ctx: DocContext, lo: int, hi: int) -> bool:
    """Whether the sentence lo..hi opens with the article's dateline, whose day tells when it happened."""
    return ctx.filed_iso() is not None and ctx.credited is not None and ctx.credited.start == lo


def _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi, met_end: int | None = None):
    """The day, place and status of a talk told in the sentence lo..hi; ``met_end`` is where the last one
    met is named ("hội kiến Tổng thống A tại Phủ Tổng thống ở Jakarta": the place is said after them)."""
    region = folded[lo:hi]
    # A talk takes one day: a day said in its sentence, before the span of the visit framing it
    # ("chiều 29/6, trong khuôn khổ chuyến thăm từ ngày 28/6-1/7, ... hội đàm").
    said_dates = dates_of_events(folded, dates, lo, hi)
    days = [d for d in said_dates if d.first.day and not d.is_range]
    chosen = near_enough(attr.nearest_date(days or said_dates, t_start, t_end, anchored=ctx.anchor is not None),
                          t_start, t_end)
    start, end = attr.resolve_date(chosen, ctx.anchor, said_year(chosen, dates, year),
                                   attr.article_reference(ctx, dates))
    if start and attr.reported_day(folded, chosen, t_start):
        start = end = attr.month_of(start)     # "ngày 16-5, ông A cho biết ông đã gặp B": the day it was told
    if chosen is None and _in_dateline_sentence(ctx, lo, hi):
        start = end = ctx.filed_iso()   # "Jakarta, 10/5/2023 - Thủ tướng đã hội kiến ...": that day's
    if chosen is None and _NEXT_DAY.match(folded, lo, t_start):
        start = end = _day_after_told(ctx, dates, year, lo)
    # Only a place said next to the verb is the talk's; else it happens where its visit or event does.
    place = attr.pick_place(folded, attr.places_in(ctx.text, max(lo, t_start - 60), min(hi, t_end + 60)),
                            t_start, t_end)
    if place is None and met_end:
        # Said after a long name of the one met: only a place after "tại"/"ở" (not "người từng thăm Hà Nội").
        place = attr.located_place(folded, attr.places_in(ctx.text, t_end, min(hi, met_end + 60)), t_start, t_end)
    if place is None:
        place = _frame_place(ctx, folded, t_start, lo)
    status, said = attr.meeting_status(region, folded[max(lo, t_start - 30):t_start], start, ctx.anchor)
    return start, end, place, status, said


# "Chiều 19/8, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, ngay sau lễ đón, A đã hội đàm với B": the place opening
# the sentence, before a comma, frames all it tells, however far from the verb.
_OPENING_AT = re.compile(r"\W*(?:[^,;:.]{0,40},\s*)?(?:tai|o)\s[^,;:]{0,80}$")


def _frame_place(ctx: DocContext, folded: str, t_start: int, lo: int) -> attr.Place | None:
    """The place said after "tại" in the opening frame of the sentence lo..t_start."""
    place = attr.located_place(folded, attr.places_in(ctx.text, lo, t_start), lo, lo)
    if place is None or not _OPENING_AT.fullmatch(folded, lo, place.end) or "," not in folded[place.end:t_start]:
        return None
    return place


# "Sáng hôm sau, ông hội kiến ...", "Ngày hôm sau (11/9)" undated: the day after the one the text told last.
_NEXT_DAY = re.compile(r"\W*(?:(?:sang|chieu|toi|trua|dem|ngay)\s+)?(?:hom sau|ngay tiep theo|ngay ke tiep)\b")
_NEXT_DAY_REACH = 600


def _day_after_told(ctx: DocContext, dates: list[DateMention], year: int | None, lo: int) -> str | None:
    """The ISO day after the last single day written in reach before ``lo``, when its year can be told."""
    told = attr.last_day_before(dates, lo, _NEXT_DAY_REACH)
    if told is None:
        return None
    start, _ = attr.resolve_date(told, ctx.anchor, said_year(told, dates, year), attr.article_reference(ctx, dates))
    if not start or len(start) != 10 or start.startswith("-"):
        return None
    return (date.fromisoformat(start) + timedelta(days=1)).isoformat()


def _talk_of_sides(ctx: DocContext, folded: str, slots: tuple, t_start: int, t_end: int, hi: int,
                   named: tuple[int, int], sides: set[str], **more: str) -> Candidate:
    """A talk told by its two sides rather than by the one met: named by text[named], its day, place and status
    the sentence's (``slots``, from _talk_slots), online where a link is said within its name."""
    start, end, place, status, said = slots
    return Candidate(
        series="bilateral-talks", name=ctx.text[named[0]:named[1]], span=Span(t_start, t_end),
        parties=tuple(sorted(sides)), start=start, end=end, city=place.city if place else None,
        country=place.country if place else None, format=_talk_format(folded, t_start, named[1], hi, place is not None),
        status=status, status_said=said, confidence=0.6, spans=[Span(*named)], **more)


def _framed_talk_of_two(ctx, folded, dates, year, people, t_start, t_end, lo, hi) -> list[Candidate]:
    """"Trong cuộc điện đàm chiều 15/8, Thủ tướng A chúc mừng Thủ tướng Campuchia B": a talk told as its
    sentence's frame, naming no one, between the office-holder opening the main clause and the next one of
    another country."""
    # sliced: "^" of the frame is the sentence's start, not the line's
    if not _TALK_FRAME.search(folded[lo:t_start]) or folded.startswith(" voi", t_end):
        return []
    comma = folded.find(",", t_end, hi)
    if comma < 0 or comma - t_end > 40:
        return []
    after = [p for p in people if p.country and _senior(p) and _head_start(p) > comma]
    if len(after) < 2 or _head_start(after[0]) > comma + 3:
        return []
    other = next((p for p in after[1:] if p.country != after[0].country), None)
    if other is None:
        return []
    slots = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi)
    return [_talk_of_sides(ctx, folded, slots, t_start, t_end, hi, (t_start, t_end), {after[0].country, other.country},
                           counterpart_country=other.country)]


# "cuộc hội đàm cấp cao Việt Nam - Campuchia", "hội đàm giữa hai Bộ trưởng Ngoại giao Việt Nam và Hàn Quốc":
# talks named by their level and the two countries, with no one named.
_LEVEL_THEN_SIDES = re.compile(r"\s+(?:song phuong\s+)?(?:cap cao(?:\s+giua)?|giua\s+(?:hai\s+)?(?P<office>(?:\w+\s+){0,4}?\w+))\s+$")
_SIDES_JOINED = re.compile(r"^\s*(?:-|–|va)\s*$")


_THIRD_SIDE = re.compile(r"\s*(?:-|–|,|va)\s*")
_PAIR_AFTER = re.compile(rf"[ \t]+[{registry.UPPER_CHARS}][\w ]{{0,20}}?\s*[-\u2013\u2014]\s*[{registry.UPPER_CHARS}]\w*(?: [{registry.UPPER_CHARS}]\w*){{0,2}}")


def _talk_of_countries(ctx, folded, dates, year, t_start, t_end, lo, hi) -> list[Candidate]:
    """A talk named by its level and its two countries: leaders' ("cấp cao") or two office-holders'
    of minister rank or above ("giữa hai Bộ trưởng Ngoại giao")."""
    # "Hội đàm Việt Nam - Trung Quốc", "điện đàm Việt - Mỹ": the pair right after the verb, as headlines write it
    pair = _PAIR_AFTER.match(ctx.text, t_end, hi)
    sides = pair and registry.two_sides(pair.group(0), whole_left=True)
    if sides:
        slots = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi, pair.end())
        return [_talk_of_sides(ctx, folded, slots, t_start, t_end, hi, (t_start, pair.end()), set(sides))]
    hits = [h for h in registry.find_countries(ctx.text[t_end:min(hi, t_end + 80)])
            if len(h.key) == 2 or registry.is_organisation(h.key)]
    if len(hits) < 2 or hits[0].key == hits[1].key:
        return []
    first, second = hits[0], hits[1]
    if len(hits) > 2 and _THIRD_SIDE.fullmatch(folded, t_end + second.end, t_end + hits[2].start):
        return []       # "Cuộc gặp cấp cao Việt Nam - Lào - Campuchia": three sides, no bilateral talk
    level = _LEVEL_THEN_SIDES.fullmatch(folded, t_end, t_end + first.start)
    # "giữa Thủ tướng Campuchia và Tổng Thư ký ASEAN": each side after its own office
    joined = _JOINED_BY_OFFICE.fullmatch(folded, t_end + first.end, t_end + second.start)
    if level is None or not (_SIDES_JOINED.match(folded[t_end + first.end:t_end + second.start])
                             or level.group("office") and joined and joined.group("office")
                             and (_SENIOR.search(joined.group("office")) or _ORG_HEAD.search(joined.group("office")))):
        return []
    office = level.group("office")
    if office and not _SENIOR.search(office):
        return []
    slots = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi, t_end + second.end)
    return [_talk_of_sides(ctx, folded, slots, t_start, t_end, hi, (t_start, t_end + second.end),
                           {first.key, second.key})]


# "Bộ trưởng Quốc phòng hai nước Việt Nam và Lào đã có cuộc gặp", "Lãnh đạo cấp cao Việt Nam - Lào đã hội đàm".
_SIDES_THEN_VERB = re.compile(r"\s+(?:da\s+|se\s+|vua\s+)?(?:co\s+|tien hanh\s+)?(?:cac\s+)?(?:cuoc\s+|buoi\s+)?$")
_OFFICE_THEN_SIDES = re.compile(r"(?:^|[,;:])\s*(?P<office>[^,;:]{3,60}?)\s+(?:cua\s+)?(?:hai nuoc\s+)?$")
_LEADERS = re.compile(r"\b(?:(?:nha )?lanh dao(?: cap cao)?|cap cao|nguyen thu)\b")
# "Thủ tướng Nhật Bản và Tổng thống Hàn Quốc", "Bộ trưởng Quốc phòng Mỹ và người đồng cấp Trung Quốc": each country
# after its own office.
_JOINED_BY_OFFICE = re.compile(r"\s*va\s+(?:nguoi dong (?:cap|nhiem)|(?P<office>(?:\w+\s+){0,4}?\w+))\s*")
# "lãnh đạo hai Đảng, hai Nhà nước Việt Nam và Lào": the leaders' office split by a comma.
_PARTY_LEADERS = re.compile(r"\blanh dao hai dang\b")


def _countries_then_talk(ctx, folded, dates, year, t_start, t_end, lo, hi) -> list[Candidate]:
    """A talk whose two countries are named before its verb with the office-holders' level."""
    window = max(lo, t_start - 90)
    hits = [h for h in registry.find_countries(ctx.text[window:t_start]) if len(h.key) == 2]
    if len(hits) < 2 or hits[-2].key == hits[-1].key:
        return []
    first, second = hits[-2], hits[-1]
    joined = _JOINED_BY_OFFICE.fullmatch(folded, window + first.end, window + second.start)
    if not _SIDES_THEN_VERB.fullmatch(folded, window + second.end, t_start) \
            or not (_SIDES_JOINED.match(folded[window + first.end:window + second.start])
                    or joined and (joined.group("office") is None or _SENIOR.search(joined.group("office")))):
        return []
    office = _OFFICE_THEN_SIDES.search(folded[lo:window + first.start])
    if office is None or not (_SENIOR.search(office.group("office")) or _LEADERS.search(office.group("office"))
                              or _PARTY_LEADERS.search(folded, lo, window + first.start)):
        return []
    slots = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi)
    return [_talk_of_sides(ctx, folded, slots, t_start, t_end, hi, (lo + office.start("office"), t_end),
                           {first.key, second.key})]


# "các cuộc gặp song phương với lãnh đạo Nhật Bản, Hàn Quốc và Australia": one talk with each country's leaders.
_WITH_LEADERS_OF = re.compile(r"\s*(?:song phuong\s+)?(?:voi\s+)?(?:cac\s+)?(?:nha\s+)?lanh dao(?:\s+cap cao)?"
                              r"(?:\s+cac nuoc|\s+cua)?\s+$")
_LISTED = re.compile(r"^\s*(?:,|va|,\s*va)\s*$")


def _talks_with_leaders_of(ctx, folded, dates, year, people, t_start, t_end, lo, hi) -> list[Candidate]:
    """Talks with the leaders of countries listed by name, held by the office-holder named before the verb."""
    hits = [h for h in registry.find_countries(ctx.text[t_end:min(hi, t_end + 160)]) if len(h.key) == 2]
    if not hits or not _WITH_LEADERS_OF.fullmatch(folded, t_end, t_end + hits[0].start):
        return []
    listed = [hits[0]]
    for prev, nxt in zip(hits, hits[1:]):
        if not _LISTED.match(folded[t_end + prev.end:t_end + nxt.start]):
            break
        listed.append(nxt)
    subject = _subject(people, set(), t_start, lo, folded)
    if subject is None or not _senior(subject) or _SUMMIT_WITH.fullmatch(folded, t_start, t_end) and len(listed) > 1:
        return []
    slots = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi, t_end + listed[-1].end)
    return [_talk_of_sides(ctx, folded, slots, t_start, t_end, hi, (t_start, t_end + h.end), {subject.country, h.key},
                           counterpart_country=h.key)
            for h in listed if h.key != subject.country]


# "Thượng đỉnh Trump-Kim", "cuộc gặp Biden - Tập", "điện đàm Nguyễn Phú Trọng-Joe Biden": a talk named by its two
# leaders' names joined by a dash, as headlines and foreign news write it.
_PAIR_NAMES_HEAD = WordStart(r"(?:cuoc gap(?: thuong dinh)?|cuoc hoi dam|hoi dam|cuoc dien dam|dien dam"
                             r"|(?:hoi nghi |cuoc )?thuong dinh)\s+(?=\S)")
_NAME_RUN = re.compile(rf"[{registry.UPPER_CHARS}][\w'.]*(?:-\w+)*(?:(?:\s*[-\u2013\u2014]\s*|\s+)[{registry.UPPER_CHARS}][\w'.]*(?:-\w+)*)*")
_PAIR_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def _named_by(side: str, people: list[PersonMention]) -> PersonMention | None:
    """The office-holder of the article a side of a pair name is: his full name, or its first or last word
    ("Tập" for Tập Cận Bình, "Biden" for Joe Biden, "Kim" for Kim Jong-un)."""
    key = fold(side)
    for p in people:
        words = fold(p.person or p.name).split()
        if p.country and _senior(p) and words and key in (" ".join(words), words[0], words[-1]):
            return p
    return None


def _talk_of_pair_names(ctx, folded, dates, year, people: list[PersonMention], lo: int, hi: int) -> list[Candidate]:
    for head in _PAIR_NAMES_HEAD.finditer(folded, lo, hi):
        run = _NAME_RUN.match(ctx.text, head.end(), hi)
        if run is None:
            continue
        for dash in _PAIR_DASH.finditer(run.group(0)):
            a = _named_by(run.group(0)[:dash.start()], people)
            b = _named_by(run.group(0)[dash.end():], people)
            if a is None or b is None or a.country == b.country:
                continue
            slots = _talk_slots(ctx, folded, dates, year, head.start(), head.end(), lo, hi, run.end())
            return [_talk_of_sides(ctx, folded, slots, head.start(), head.end(), hi, (head.start(), run.end()),
                                   {a.country, b.country})]
    return []


# "Hai nhà lãnh đạo đã gặp gỡ lần đầu tại Seoul", "hai Ngoại trưởng từng điện đàm": the two sides of a talk told
# just before, meeting (again, or before) on another occasion.
_BOTH_OF_THEM = re.compile(r"\bhai (?:nha lanh dao|vi lanh dao|lanh dao|nguyen thu|thu tuong|tong thong|bo truong"
                           r"|ngoai truong|chu tich|ong|ba|nguoi)(?: (?:da|se|tung|cung|con|vua|tiep tuc|tung co|da co|co))*"
                           r"(?: (?:cuoc|buoi|lan))?\s+$")


# What may follow the two leaders' verb: "nhau", a time, a place, a manner; not others met ("gặp gỡ báo chí",
# "gặp gỡ cộng đồng doanh nghiệp").
# "gặp gỡ và trao đổi với nhau": a second verb of the two joined by "và".
_NO_OTHER_MET = re.compile(r"\s*(?:$|[,.;:(\d]|(?:nhau|voi nhau|va (?:trao doi|hoi dam|thao luan|dien dam)|lan|tai|o|hoi|vao|ben le|truc tuyen|qua|rieng|ngan|thuong nien|dau tien"
                           r"|hang nam|trong|nam|thang|ngay|tu|sang|chieu|toi|truoc|sau|nhieu|mot)\b)")
# Verbs of meeting, not of what was said at it ("hai nhà lãnh đạo đã trao đổi", "thảo luận": the talk's content).
_MEETING_VERB = re.compile(r"(?:cuoc )?(?:gap(?: go| nhau| rieng| mat| ngan| hep| song phuong)?|hoi dam(?: truc tuyen)?|dien dam(?: voi nhau)?|hoi kien)")


def _pair_told_before(folded: str, people: list[PersonMention], sentences: list, lo: int) -> tuple[str, ...]:
    """The countries of two office-holders joined by "và" in the sentence before ``lo`` ("Thủ tướng A và Thủ
    tướng Campuchia B cùng dự Hội nghị"), if it names such a pair."""
    before = next((s for s in reversed(sentences) if s.end <= lo), None)
    if before is None:
        return ()
    here = [p for p in people if before.start <= p.start < before.end and p.country and _senior(p)]
    for first, second in zip(here, here[1:]):
        if first.country != second.country and folded[first.end:_head_start(second)].strip() == "va":
            return tuple(sorted({first.country, second.country}))
    return ()


# "Đây là lần thứ năm hai nhà lãnh đạo gặp nhau": the talk just told, counted among their meetings.
_NTH_TIME = re.compile(r"\blan thu \w+\s+$")


def _talk_of_both(ctx, folded, dates, year, verbs: list[re.Match[str]], parties: tuple[str, ...], lo: int,
                  hi: int) -> list[Candidate]:
    """A talk of "hai nhà lãnh đạo" (the two leaders) is between ``parties``, the sides told last."""
    for m in verbs:
        both = _BOTH_OF_THEM.search(folded, max(lo, m.start() - 40), m.start())
        if both is None or not parties or not _MEETING_VERB.fullmatch(m.group(0)) \
                or not _NO_OTHER_MET.match(folded, m.end()) \
                or _NTH_TIME.search(folded, max(lo, both.start() - 30), both.start()):
            continue
        call = _call_of_both_too(ctx, folded, dates, year, verbs, m, parties, lo, hi)
        # the meeting's day and place are said before the call joined to it
        slots = _talk_slots(ctx, folded, dates, year, m.start(), m.end(), lo, call[0].span.start if call else hi,
                            call[0].span.start if call else None)
        end = _PAIR_TALK.pattern.match(folded, m.start()) or m
        # another occasion than the talk told last: kept apart from it even when neither is dated
        return [_talk_of_sides(ctx, folded, slots, m.start(), end.end(), hi, (both.start(), end.end()),
                               set(parties), counterpart=BOTH_OF_THEM)] + call
    return []


# "hai Thủ tướng đã có cuộc gặp ... hồi tháng 9 và điện đàm ngày 25/8": a call joined to a meeting of the same two.
_AND_THEN = re.compile(r"\s*(?:,\s*)?va\s+(?:(?:da|cung|co|mot|cuoc)\s+)*$")


def _call_of_both_too(ctx, folded, dates, year, verbs: list[re.Match[str]], met: re.Match[str], parties: tuple[str, ...],
                      lo: int, hi: int) -> list[Candidate]:
    """The call of the same two leaders told after their meeting in the same clause, joined by "và": a talk of its
    own, dated by its own day."""
    for m in verbs:
        if m.start() <= met.end() or not is_call(m.group(0)) or is_call(met.group(0)) \
                or not _AND_THEN.search(folded, max(lo, m.start() - 20), m.start()) \
                or re.search(r"[.;:]", folded[met.end():m.start()]):
            continue
        start, end, _, status, said = _talk_slots(ctx, folded, dates, year, m.start(), m.end(), m.start(), hi)
        # a call is held nowhere, and on its own day, said after it
        return [_talk_of_sides(ctx, folded, (start, end, None, status, said), m.start(), m.end(), hi,
                               (m.start(), m.end()), set(parties), counterpart=BOTH_OF_THEM + " " + m.group(0))]
    return []


# "Tại các cuộc gặp và hội đàm": the visit's talks summed up, each told already.
_SUMMED_UP = re.compile(r"\bcac cuoc (?:\w+ )*$")
# "cuộc hội đàm giữa Quảng Tây và 4 tỉnh": sides named but not read as the visit's.
_BETWEEN = re.compile(r"[^.,;]{0,30}\bgiua\b")


def _unnamed_talk(ctx, folded, dates, year, visits: list[Candidate], t_start, t_end, lo, hi,
                  people: list[PersonMention]) -> Candidate | None:
    """Formal talks during the article's one visit are between its two sides, even when no one is named;
    with no visit told, between the home side and the one foreign side whose office-holders the article
    names ("chủ trì lễ đón Thủ tướng Campuchia A. Sau lễ đón, hai Thủ tướng đã hội đàm")."""
    pairs = {v.parties for v in visits} or _sides_named(people)
    if len(pairs) != 1:
        return None
    start, end, place, status, said = _talk_slots(ctx, folded, dates, year, t_start, t_end, lo, hi)
    return Candidate(
        series="bilateral-talks", name=ctx.text[t_start:t_end], span=Span(t_start, t_end),
        parties=next(iter(pairs)), start=start, end=end, city=place.city if place else None,
        country=place.country if place else None, format="in_person" if place else None,
        status=status, status_said=said, confidence=0.55, spans=[Span(t_start, t_end)])


def _sides_named(people: list[PersonMention]) -> set[tuple[str, ...]]:
    """The home side and the one other country whose office-holders are named before, if just one."""
    seniors = {p.country for p in people if p.country and _senior(p)}
    foreign = seniors - {HOME}
    return {tuple(sorted({HOME, *foreign}))} if HOME in seniors and len(foreign) == 1 else set()


# ASEAN's ministers or leaders as one side: "các ngoại trưởng ASEAN", "lãnh đạo các nước ASEAN".
# "các Bộ trưởng Kinh tế ASEAN đã gặp Đại diện Thương mại Hoa Kỳ": ASEAN's ministers of any portfolio.
_ASEAN_SUBJECT = re.compile(r"\b(?:cac )?(?:bo truong (?:ngoai giao|kinh te|thuong mai|tai chinh|quoc phong)|ngoai truong"
                            r"|bo truong|nha lanh dao|lanh dao)"
                            r"(?: cac nuoc| cac quoc gia)? asean\b[^.;]*$")
_LEADER = re.compile(r"lanh dao")
_MEETING_NOUN_BEFORE = re.compile(r"\b(?:hoi nghi|cuoc hop|dien dan)\s+$")


def _host_or_guest(sides: Sides, side: str) -> str | None:
    """A counterpart of unknown country during a visit belongs to the other side of that visit."""
    if side in sides.guest_of.values():
        hosts = [h for h, g in sides.guest_of.items() if g == side]
        return hosts[0] if len(hosts) == 1 else None
    return sides.guest_of.get(side)
