"""Which series a meeting name belongs to, its ordinal and its partner.

The rules themselves are data (registry/data/series_rules.tsv); this module only folds a name to
the canonical form those rules are written against, and reads ordinals and partners.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summitgraph import registry
from summitgraph.text.normalize import fold

# Partners with which ASEAN holds "ASEAN + 1" meetings: dialogue partners, then sectoral and development
# partners ("Ủy ban Hợp tác chung ASEAN - Pa-ki-xtan", "ASEAN - Thụy Sĩ"), read only by their unambiguous names.
PARTNERS = ("CN", "JP", "KR", "IN", "US", "RU", "AU", "NZ", "CA", "EU", "UN", "GCC", "GB")
_SECTORAL_PARTNERS = ("PK", "CH", "NO", "TR", "BR", "AE", "DE", "FR", "IT", "CL", "MA", "HK")
ALL_PARTNERS = PARTNERS + _SECTORAL_PARTNERS


def partners_named(text: str) -> set[str]:
    """The codes of the ASEAN partners ``text`` names: one makes an ASEAN+1 meeting, more make none."""
    return {hit.key for hit in registry.find_countries(text) if hit.key in ALL_PARTNERS}

# How many partners a text counts before naming them ("với 6 đối tác", "với sáu đối tác"), folded.
_COUNT = r"(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot| hai)?)"
_PORTFOLIOS = {"foreign": "ngoai giao", "economic": "kinh te", "defence": "quoc phong", "defense": "quoc phong"}


def _english_ministers(m: re.Match[str]) -> str:
    """"50th ASEAN Foreign Ministers' Meeting" as "hoi nghi bo truong ngoai giao asean lan thu 50"."""
    body = m.group(2) + (" mo rong" if m.group(4) else "")
    number = f" lan thu {m.group(1)}" if m.group(1) else ""
    return f"hoi nghi bo truong {_PORTFOLIOS[m.group(3)]} {body}{number}"


# Every dash a page may use: hyphen, non-breaking hyphen, figure dash, en and em dash, bar, minus.
_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212/-]\s*")
_CANON = [
    # "ASEAN/Nhật Bản" is written as "ASEAN - Nhật Bản" is.
    (_DASHES, "-"),
    # "Quan chức Kinh tế Cao cấp ASEAN+3 (SEOM+3)": the senior economic officials, no leaders' "cấp cao".
    (re.compile(r"quan chuc kinh te (?:cap cao|cao cap)"), "seom"),
    (re.compile(r"quan chuc (?:cap cao|cao cap)(?: \(som\))?"), "som"),
    # "Mê Kông", "Mê-kông": the river as older copy transliterates it is the Mekong of the subregion's bodies.
    (re.compile(r"\bme(?:-| )?kong\b"), "mekong"),
    # "G-8", "G-20": the groups with a dash, as older copy writes them.
    (re.compile(r"\bg-(7|8|20|77)\b"), r"g\1"),
    # "Diễn đàn Hợp tác Đông Á - Mỹ Latinh": FEALAC, no East Asia Summit body.
    (re.compile(r"\bdong a-my la-?tinh\b"), "fealac"),
    # "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương" without its acronym is APEC.
    (re.compile(r"\bhop tac kinh te chau a-thai binh duong\b(?! \(apec\))"), "hop tac kinh te chau a-thai binh duong (apec)"),
    (re.compile(r"\bthuong dinh\b"), "cap cao"),
    # "HNCC ASEAN 43", "HNTĐ": the summit's initials, as headlines and captions write them.
    (re.compile(r"\b(?:hncc|hntd)\b"), "hoi nghi cap cao"),
    # "Hội nghị BTNG ASEAN+3", "HNBTNG ASEAN - Nhật Bản": the foreign ministers' meeting by its initials.
    (re.compile(r"\bhnbtng\b"), "hoi nghi bo truong ngoai giao"),
    (re.compile(r"\bbtng\b"), "bo truong ngoai giao"),
    # ASEAN's full name, alone or with its acronym either side: "Hiệp hội các quốc gia Đông Nam Á (ASEAN) -
    # Trung Quốc".
    # "Hiệp hội Đông Nam Á" without "các quốc gia" too.
    (re.compile(r"\bhiep hoi (?:cac (?:quoc gia|nuoc) )?dong nam a(?: \(asean\))?|\basean \(hiep hoi (?:cac (?:quoc gia|nuoc) )?"
                r"dong nam a\)"), "asean"),
    (re.compile(r"\bngoai truong\b"), "bo truong ngoai giao"),
    # "Hội nghị Thủ tướng các nước ASEAN", "các nguyên thủ ASEAN": ASEAN's heads of government or state, several of
    # them, are its leaders.
    (re.compile(r"\b(?:(?:cac )?(?:nha )?(?:thu tuong|nguyen thu(?: quoc gia)?|nguoi dung dau(?: chinh phu| nha nuoc)?)"
                r"(?= (?:cua )?(?:cac|\d{1,2}|muoi) (?:nuoc|quoc gia) (?:thanh vien )?(?:asean|dong nam a)\b)"
                r"|cac (?:nha )?(?:thu tuong|nguyen thu(?: quoc gia)?|nguoi dung dau(?: chinh phu| nha nuoc)?)"
                r"(?= (?:asean|dong nam a)\b))"), "lanh dao"),
    # "EAS FMM", "APT FMM", "EAS EMM": the frameworks' foreign and economic ministers' meetings by their acronyms.
    (re.compile(r"\b(eas|apt|asean\+3|arf) fmm\b"), r"\1 bo truong ngoai giao"),
    (re.compile(r"\b(eas|apt|asean\+3) emm\b"), r"\1 bo truong kinh te"),
    # "10+3": ASEAN's ten and its three partners, as older news writes ASEAN+3.
    # "AEM + 3": the economic ministers' ASEAN+3.
    (re.compile(r"\b(?:asean|10|aem) ?(?:\+|cong|plus) ?(?:3|ba|three)\b|\basean\+3\b"), "asean+3"),
    # "10+1": ASEAN's ten and one partner, as older news writes ASEAN+1 ("hội nghị 10+1 với Trung Quốc").
    # "ASEAN cộng 1": the plus said as a word.
    (re.compile(r"\b(?:10|asean) ?(?:\+|cong) ?1\b(?! ?\d)"), "asean+1"),
    # "Hội nghị ASEAN+1 (Trung Quốc)": the partner in the bracket after "ASEAN+1".
    (re.compile(r"\b(asean ?\+ ?1) \((?!voi )(?=[a-z ]{2,24}\))"), r"\1 voi "),
    # "Hội nghị sau Hội nghị Bộ trưởng (PMC) với ...": the Post Ministerial Conference is ASEAN's foreign ministers'.
    (re.compile(r"\bsau hoi nghi bo truong(?: ngoai giao)?(?: asean)?(?= \(pmc)"), "sau hoi nghi bo truong ngoai giao asean"),
    # Economic ministers' consultations named by the partner's ministry: AEM-METI (Japan), AEM-MOFCOM (China),
    # AEM-USTR (United States), AEM-ROK (Korea).
    (re.compile(r"\baem-meti\b"), "aem-nhat ban"),
    (re.compile(r"\baem-mofcom\b"), "aem-trung quoc"),
    (re.compile(r"\baem-ustr\b"), "aem-hoa ky"),
    (re.compile(r"\baem-rok\b"), "aem-han quoc"),
    # "ASEAN - Australia - New Zealand", "ASEAN - Úc và New Zealand" below leaders: the two as their Closer Economic
    # Relations (CER), as the AEM meets them (leaders meet each, see _leaders_of_two_partners).
    (re.compile(r"^(?!.*\b(?:cap cao|lanh dao)\b)(.*?\b(?:asean|aem))-(?:australia|uc|o-?xtray-?li-?a)(?:-| va )"
                r"(?:new zealand|niu(?:-| )?di-?lan|tan tay lan)\b"), r"\1-cer"),
    # English names a translated page keeps: "East Asia Summit", "ASEAN Regional Forum".
    (re.compile(r"\beast asia summit\b"), "cap cao dong a"),
    (re.compile(r"\basean regional forum\b"), "dien dan khu vuc asean"),
    # "ASEAN, Hàn Quốc, Nhật Bản và Trung Quốc": the three partners of ASEAN+3 named one by one.
    # "ASEAN - Nhật Bản - Trung Quốc - Hàn Quốc": the three after ASEAN's dashes.
    (re.compile(r"\basean(?:(?:, | va |-)(?:trung quoc|nhat ban|han quoc)\b){3}"), "asean+3"),
    # "ASEAN-Trung-Nhật-Hàn", "ASEAN - Trung, Nhật, Hàn", "ASEAN với ba nước Đông Bắc Á": ASEAN+3 as Chinese-sourced
    # and older copy writes it.
    # ("ASEAN với ba nước Trung Quốc, Nhật Bản, Hàn Quốc" may be three ASEAN+1 meetings: not read here.)
    # (Spelled out after "với" and commas, the three may be three ASEAN+1 meetings: only their short names here.)
    (re.compile(r"\basean-trung(?: quoc)?-nhat(?: ban)?-han(?: quoc)?\b"
                r"|\basean ?(?:-|,| va) ?trung(?: ?- ?|, | va )nhat(?: ?- ?|, | va )han\b(?! quoc)"
                r"|\basean (?:va|voi) (?:ba|3) nuoc dong bac a\b"),
     "asean+3"),
    # "ASEAN-Trung", "ASEAN-Ấn": the partner cut to its first syllable after ASEAN's dash.
    # Only where the name ends there (or its number or bracket follows): "ASEAN - an ninh" is no India.
    # "ASEAN-Trung lần 9": "lần" with no "thứ", as hurried copy writes it.
    (re.compile(r"\basean-trung(?=$| ?\(| lan(?: thu)? \w+$)"), "asean-trung quoc"),
    (re.compile(r"\basean-an(?=$| ?\(| lan(?: thu)? \w+$)"), "asean-an do"),
    # "50th ASEAN Foreign Ministers' Meeting", "ASEAN-Japan Economic Ministers Meeting", "ASEAN Defence Ministers'
    # Meeting-Plus": a ministers' meeting by its English name, in the Vietnamese order the rules read.
    (re.compile(r"\b(?:the )?(?:(\d{1,2})(?:st|nd|rd|th) )?(asean(?:-[a-z]+(?: [a-z]+)?)?|asean\+3|east asia|cap cao dong a|eas)"
                r" (foreign|economic|defen[cs]e) ministers['’]? meeting(-? ?plus)?\b"), _english_ministers),
    # "ASEAN Senior Officials' Meeting", "ASEAN Post Ministerial Conference": the officials and the PMC.
    (re.compile(r"\b(asean(?:\+3)? )?senior officials['’]? meeting\b"), r"hoi nghi som \1"),
    (re.compile(r"\b(?:asean )?post[- ]ministerial conference\b"), "hoi nghi pmc"),
    (re.compile(r"\s+"), " "),
]


@lru_cache(maxsize=4096)   # one article's few hundred names, asked again by every rule that reads them
def canonical(name: str) -> str:
    """The folded, canonical form of a meeting name that series rules are written against."""
    out = fold(name)
    for pattern, repl in _CANON:
        out = pattern.sub(repl, out)
    return out.strip()


@dataclass(frozen=True)
class SeriesRule:
    series: str
    pattern: re.Pattern[str]
    partner: str | None = None   # "asean-partner-other/IN": a body that meets one partner under its own name


@lru_cache(maxsize=1)
def rules() -> tuple[SeriesRule, ...]:
    out = []
    for line in (registry.DATA / "series_rules.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        series, pattern = line.split("\t", 1)
        series, _, partner = series.strip().partition("/")
        out.append(SeriesRule(series, re.compile(pattern.strip()), partner or None))
    return tuple(out)


@lru_cache(maxsize=1)
def _partner_pattern() -> re.Pattern[str]:
    names: dict[str, str] = {}
    for code in ALL_PARTNERS:
        country = registry.countries()[code]
        for spelling in country.names + (country.ambiguous if code in PARTNERS else ()):
            names[fold(spelling)] = code
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # "asean-nhat ban", "asean va han quoc", "asean - lhq"
    # "asean-australia-new zealand" names two partners: an ASEAN+2 body, no ASEAN+1 meeting.
    # "AEM - EU", "ADMM - Trung Quốc": an ASEAN body with one partner.
    # "ASEAN+1 với Trung Quốc", "ASEAN với đối tác Nhật Bản".
    # "ASEAN lần thứ 25 với Nhật Bản": the number said before the partner.
    # "ASEAN và Bộ trưởng Thương mại Nhật Bản", "AEM với Đại diện Thương mại Hoa Kỳ": the partner's office-holder, its
    # portfolio of several words ("Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản").
    # "Đông Nam Á - Ấn Độ": the region's name for ASEAN's.
    # "PMC+1 với Hoa Kỳ", "ASEAN (PMC) với Trung Quốc", "ASEAN mở rộng với Nhật Bản", "với từng đối tác",
    # "với các đối tác như": the foreign ministers' meeting with each partner under its older names.
    # "ASEAN+1 cấp Bộ trưởng với Trung Quốc": the level said between.
    return re.compile(rf"\b(?:asean|aem|admm|amm|pmc|dong nam a)(?: ?\+ ?10?)?"
                      rf"(?: cap (?:cao|thuong dinh|bo truong(?: ngoai giao| kinh te)?)(?= voi ))?(?: mo rong)?(?: \((?:pmc|amm|aem)(?: ?\+ ?1)?\))?"
                      rf"(?: lan thu \w+(?= voi))?(?: \((?=voi ))? ?"
                      rf"(?:-|\+|(?:va|voi)(?: (?:cac |tung |{_COUNT} )?(?:nuoc |ben )?(?:doi tac doi thoai|doi tac|doi thoai)"
                      # "với các đối tác (ASEAN+1) gồm Trung Quốc, ...": the framework's name before the list.
                      rf"(?: \((?:asean ?\+ ?1|10 ?\+ ?1)\))?(?: (?:nhu|gom|la)| \((?=\w))?| (?:cac|tung) nuoc)?:?)"
                      rf"(?: (?:cac |nhung )?(?:nha lanh dao|lanh dao|tong thong|thu tuong|chu tich|ngoai truong|bo truong"
                      # "người đứng đầu 6 nước đối tác là Trung Quốc": the partners' leaders, counted.
                      rf"|uy vien|cao uy|dai dien|(?:nguoi )?dong (?:cap|nhiem)|nguoi dung dau)(?:,? [a-z0-9]+){{0,8}}?(?= ))? ?"
                      # Atomic: "Nhật Bản - Trung Quốc" is not "Nhật" followed by a word.
                      rf"((?>{alternation}))\b(?! ?- ?(?:{alternation})\b)"
                      # "Nga - khối ASEAN", "Trung Quốc và các nước Đông Nam Á".
                      # "Trung Quốc và 10 nước ASEAN", "Hàn Quốc với các nước thành viên ASEAN", "Ngoại trưởng Mỹ và
                      # các Ngoại trưởng ASEAN".
                      rf"|\b({alternation}) ?(?:-|va|voi) ?(?:(?:cac |nhung )?(?:nha )?(?:lanh dao|bo truong(?: ngoai giao)?"
                      rf"|nguoi dong cap|dong cap) (?:cua )?)?"
                      rf"(?:cac nuoc |cac quoc gia |khoi |(?:\d{{1,2}}|muoi) nuoc |cac (?:nuoc|quoc gia) thanh vien )?"
                      rf"(?:asean|dong nam a)\b"), names


@lru_cache(maxsize=1)
def _counterparts_pattern() -> re.Pattern[str]:
    """"Ngoại trưởng Úc ... với các đồng cấp ASEAN": one partner meets ASEAN's ministers."""
    _, names = _partner_pattern()
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b({alternation})\b[^.;]{{0,60}}\b(?:voi|gap(?: go)?|tiep) (?:nhung nguoi |cac (?:nguoi )?)?"
                      rf"(?:dong cap|dong nghiep|dong nhiem|bo truong|ngoai truong"
                      rf"|lanh dao|nha lanh dao)(?: \w+){{0,3}} (?:cac nuoc )?asean\b")


@lru_cache(maxsize=1)
def _partner_office_holders() -> tuple[re.Pattern[str], dict[str, str]]:
    """Known office-holders of ASEAN's partners (registry/data/office_holders.tsv) by full name, and by a
    Latin-letter surname that names one person ("Obama", "Blinken", "Kishida")."""
    names: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for line in (registry.DATA / "office_holders.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _role, spellings = line.split("\t")[:3]
        if code not in ALL_PARTNERS:
            continue
        for spelling in spellings.split("|"):
            names[spelling.strip()] = code
            last = spelling.split()[-1]
            if len(spelling.split()) > 1 and len(last) >= 4 and re.fullmatch(r"[A-Za-z][A-Za-z-]+", last):
                surnames.setdefault(last, set()).add(code)
    for last, codes in surnames.items():
        if len(codes) == 1:
            names.setdefault(last, codes.pop())
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


def office_holder_partner(text: str) -> str | None:
    """The partner whose known office-holder ``text`` names last ("Ngoại trưởng Rice" -> US), else None."""
    pattern, names = _partner_office_holders()
    hits = list(pattern.finditer(text))
    return names[hits[-1].group()] if hits else None


def partner_alternation() -> str:
    """A regex alternation of every folded partner name, longest first."""
    _, names = _partner_pattern()
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4096)
def partner_of(canon: str) -> str | None:
    pattern, names = _partner_pattern()
    m = pattern.search(canon) or _counterparts_pattern().search(canon) or _leaders_of_two_partners().search(canon)
    if not m:
        return _other_partner(canon)
    return names[next(g for g in m.groups() if g)]


@lru_cache(maxsize=1)
def _leaders_of_two_partners() -> re.Pattern[str]:
    # "Hội nghị Cấp cao kỷ niệm ASEAN - Australia - New Zealand": the leaders of ASEAN meet each of the two (the
    # first here; the meeting reader lists the second), where "ASEAN - Australia - New Zealand" without a leaders'
    # level is one body of the three (an FTA's committee), no ASEAN+1 meeting.
    alternation = partner_alternation()
    return re.compile(rf"^(?=.*\b(?:cap cao|lanh dao)\b).*\basean ?- ?({alternation}) ?- ?(?:{alternation})\b")


@lru_cache(maxsize=1)
def _other_partner_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    # Every state or organisation but ASEAN's members (and Timor-Leste, its newest), the known partners' ambiguous
    # spellings too ("Đức", "Pháp", "Ý").
    names: dict[str, str] = {}
    for code, country in registry.countries().items():
        if country.kind == "member" or code in ("ASEAN", "TL") or code in PARTNERS:
            continue
        for spelling in country.names + country.ambiguous:
            names.setdefault(_DASHES.sub("-", fold(spelling)), code)   # "Á - Âu" as the canonical name writes it
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:asean|aem|amm|admm|dong nam a)-({alternation})(?=$| ?\(| lan\b| \d{{1,2}}$)"), names


def _other_partner(canon: str) -> str | None:
    """A partner outside the registry's ASEAN partners right after ASEAN's dash, the name ending there or its number
    or bracket following ("Hội nghị Bộ trưởng Ngoại giao ASEAN - Mông Cổ", "ASEAN - Mercosur", "ASEAN - Đức"): there
    even a spelling that is also a word names the country."""
    pattern, names = _other_partner_pattern()
    m = pattern.search(canon)
    return names[m.group(1)] if m else None


@lru_cache(maxsize=1)
def _with_partner_pattern() -> re.Pattern[str]:
    # "Hội nghị thượng đỉnh với Thủ tướng Trung Quốc": the partner by its office-holder's office.
    # "tham vấn với Cao ủy Thương mại EU": a consultation with the partner's office-holder; "với Bộ trưởng Kinh tế,
    # Thương mại và Công nghiệp Nhật Bản": a portfolio of several words.
    # "các hội nghị cấp cao với từng nước Trung Quốc, ...": each partner in turn.
    return re.compile(r"^(?:hoi nghi|cuoc hop|hop|cuoc gap|(?:cuoc )?tham van)(?: [a-z]+){0,4}? voi (?:cac |tung )?(?:nuoc |ben )?"
                      rf"(?:doi tac (?:doi thoai )?)?(?:la |gom |nhu )?"
                      # "hội nghị thượng đỉnh với các nhà lãnh đạo Trung Quốc, ...".
                      r"(?:(?:tong thong|thu tuong|chu tich|bo truong|(?:nha )?lanh dao|dai dien|cao uy)(?:,? [a-z]+){0,8}? )?"
                      rf"({partner_alternation()})\b")


def partner_with(canon: str) -> str | None:
    """The partner a meeting named only by its level is held with ("Hội nghị Cấp cao với Nhật Bản"): in an
    article about ASEAN, ASEAN's meeting with that partner."""
    m = _with_partner_pattern().match(canon)
    return _partner_pattern()[1][m.group(1)] if m else None


# "Thượng đỉnh thương mại và đầu tư Trung Quốc - ASEAN", "Diễn đàn cấp cao về kinh doanh": business, not leaders.
# "ASEAN-Japan Commemorative Summit": the English word says leaders too.
# "cuộc họp với Thủ tướng Ấn Độ": ASEAN meeting the partner's head of state or government.
# "Tham vấn cấp cao ASEAN - Trung Quốc": senior officials' consultations, not leaders.
# "với Đại diện cấp cao EU": the EU's High Representative is an office, not a leaders' level.
_LEADERS = re.compile(r"(?<!tham van )(?<!dai dien )\bcap cao\b(?! (?:ve )?(?:thuong mai|dau tu|kinh doanh|kinh te))|\b(?:cac )?(?:nha )?lanh dao\b"
                      r"|\bsummit\b|\bvoi (?:tong thong|thu tuong|chu tich nuoc)\b")


def _partner_level(canon: str) -> str:
    return "asean-partner-summit" if _LEADERS.search(canon) and "dien dan" not in canon \
        else "asean-partner-other"


def partner_series(canon: str) -> str:
    """Which of ASEAN's two partner series a canonical name with one partner belongs to, by its level."""
    return _partner_level(canon)


# Series whose rules outrank an "ASEAN-partner" reading: "ASEAN+3" names partners too.
_APT_FIRST = {"apt-summit", "apt-other", "eas", "eas-other", "arf", "arf-other", "aipa", "subregional"}


# The Declaration on the Conduct of Parties in the South China Sea and the Code of Conduct ASEAN negotiates with
# China: "SOM DOC", "SOM-DOC", "Nhóm công tác chung về thực hiện DOC", "vòng đàm phán COC" meet with China alone. The
# acronyms are read case-sensitively: folded, "độc" and "cốc" are ordinary words.
_CONDUCT_ACRONYM = re.compile(r"(?<![\w-])(?:(?:JWG|SOM)-)?(?:DOC|COC)(?![\w])")
_CONDUCT_TITLE = re.compile(r"\b(?:tuyen bo ve ung xu|bo quy tac ung xu)(?: cua cac ben)? (?:o|tren|tai) bien dong\b")


def _conduct_partner(name: str, canon: str) -> str | None:
    return "CN" if _CONDUCT_ACRONYM.search(name) or _CONDUCT_TITLE.search(canon) else None


# "ASEAN+1" (canonical for "10+1"): ASEAN and one partner.
PLUS_ONE = re.compile(r"\basean ?\+ ?1\b")
# "các Hội nghị ASEAN+1 với 10 đối tác": a meeting with each partner, none of them said: no one meeting.
_EACH_PARTNER = re.compile(rf"\bvoi (?:cac|nhung|tung|nhieu|{_COUNT}) (?:nuoc )?doi tac\b")


@lru_cache(maxsize=4096)
def classify(name: str) -> tuple[str | None, str | None]:
    """(series, partner) of a meeting name; (None, None) when no rule fits."""
    canon = canonical(name)
    # "SOM ASEAN+3 (giữa ASEAN với các nước Trung Quốc, Nhật Bản, Hàn Quốc)": the three partners say ASEAN+3.
    partner = None if "asean+3" in canon else partner_of(canon) or _conduct_partner(name, canon)
    if partner is None and PLUS_ONE.search(canon) and not _EACH_PARTNER.search(canon):
        return _partner_level(canon), None   # "cuộc gặp thượng đỉnh 10+1": ASEAN and a partner said elsewhere
    framework = _framework_before_members(canon) if partner else None
    if framework:
        return framework
    for rule in rules():
        if partner and rule.series not in _APT_FIRST and not rule.partner:
            return _partner_level(canon), partner
        if rule.pattern.search(canon):
            return rule.series, rule.partner
    if partner:
        return _partner_level(canon), partner
    if _TWO_SIDED.match(canon) and canon.count("-") == 1 and registry.two_sides(name):
        return "bilateral-talks", None
    return None, None


def _framework_before_members(canon: str) -> tuple[str | None, str | None] | None:
    """"SOM EAS (giữa ASEAN với 8 đối tác gồm Australia, ...)": a framework named before a bracket that lists its
    members is that framework's meeting, not ASEAN's meeting with the first member."""
    bracket = canon.find("(")
    if bracket <= 0:
        return None
    return next(((rule.series, rule.partner) for rule in rules()
                 if rule.series in _APT_FIRST and rule.pattern.search(canon[:bracket])), None)


# A summit or a security dialogue of two states named by the pair: "Hội nghị thượng đỉnh Mỹ - Triều Tiên", "Cuộc
# gặp cấp cao Việt - Trung", "Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ" (read after every rule: ASEAN's,
# the Mekong's and Asia-Europe's pairs are theirs).
# "Hội nghị Bộ trưởng Ngoại giao Việt Nam - Australia lần thứ 5": the two states' ministers' annual meeting.
_TWO_SIDED = re.compile(r"(?:(?:hoi nghi|cuoc gap|cuoc hop|hop) )?(?:cap cao|doi thoai (?:chinh sach |chien luoc )?"
                        r"(?:quoc phong|an ninh|ngoai giao)|bo truong ngoai giao)\b")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18,
          "xix": 19, "xx": 20}
_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
          "muoi": 10}
# The Mekong's frameworks and ASEAN's sectoral bodies that name one meeting by their acronym and its number only
# ("ACMECS-9", "CLMV 10", "GMS-7", "AMAF 45", "(ACDFM-20)"); alone, "ACMECS" and "CLMV" are groupings of countries.
NUMBERED_BY_ACRONYM = ("ACMECS", "CLMV", "CLV", "GMS", "MLC", "AMMTC", "AMAF", "AMEM", "AMME", "AMRI", "M-ATM", "AMMDM",
                       "ACDFM", "ADGMIN", "AECC", "AHMM", "ALAWMM", "AMCA", "AMMY", "ASED")
# "ba mươi", "hai mươi mốt", "mười lăm": a number of two words or three, tens first ("năm" not when a year or
# "năm nay" follows: "lần thứ mười năm 2019" is the tenth).
_UNIT_AFTER_TENS = r"(?:mot|hai|ba|bon|tu|lam|nam(?! (?:\d|nay|ngoai|toi|qua|truoc|sau))|sau|bay|tam|chin)"
_COMPOUND_NUMBER = (rf"(?:hai|ba|bon|tu|nam|sau|bay|tam|chin) muoi(?: {_UNIT_AFTER_TENS})?"
                    rf"|muoi {_UNIT_AFTER_TENS}")
_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "lam": 5, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}


def _compound_value(words: str) -> int | None:
    """The value of a number in words of two or three ("ba muoi" 30, "hai muoi mot" 21, "muoi lam" 15)."""
    parts = words.split()
    if "muoi" not in parts:
        return None
    at = parts.index("muoi")
    tens = _UNITS.get(parts[0], 0) if at == 1 else 1
    unit = _UNITS.get(parts[at + 1], 0) if at + 1 < len(parts) else 0
    return tens * 10 + unit


_ORDINAL = re.compile(
    rf"\blan thu ({_COMPOUND_NUMBER}|\d{{1,3}}|[ivx]{{1,5}}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b"
    r"|\bthu (\d{1,3})\b"
    # "lần 25" without "thứ", as hurried copy writes it.
    r"|\blan (\d{1,3})\b(?![/.,]\d)"
    r"|\b(?:asean(?: summit)?|amm|aem|admm\+?|arf|eas|apt|som|aipa|asem|apec|shangri-la|jcm|acc|"
    + "|".join(a.lower() for a in NUMBERED_BY_ACRONYM) + r")(?: |-)(\d{1,2})\b(?![/.,]\d)"
    # "Hội nghị thượng đỉnh ASEAN-Nhật Bản 22": the number after ASEAN and its partner, ending the name.
    r"|\basean-(?:[a-z]+ ){0,2}[a-z]+ (\d{1,2})$"
    # "Hội nghị Cấp cao Đông Á (EAS) 18": the number after the bracketed acronym.
    r"|\((?:arf|eas|apt|amm|aem|admm|aipa)\) (\d{1,2})$"
    r"|\b(?:khoa(?: hop)?|ky hop|vong) (?:thu )?(\d{1,3})\b"
    # "MC13": the WTO's Ministerial Conference and its number.
    r"|\b(?:telmin|ipc|awgipc|seamec|delhi|adsom|cop|mc) ?(\d{1,2})\b"
    # "26th ASEAN-China Summit": an English ordinal a translated page keeps.
    # "50th AMM", "12th EAS": the English ordinal before an acronym too.
    r"|\b(\d{1,2})(?:st|nd|rd|th) (?=asean|east asia|(?:amm|aem|arf|eas|admm|acc|jcm|aipa)\b)")


def ordinal_of(canon: str) -> int | None:
    """The number the name gives its meeting ("lần thứ 33", "ASEAN 21", "AMM-38", "lần thứ X")."""
    m = _ORDINAL.search(canon)
    if not m:
        return None
    token = next(g for g in m.groups() if g)
    if token.isdigit():
        value = int(token)
    else:
        value = _ROMAN.get(token) or _WORDS.get(token) or _compound_value(token)
    # An ordinal is small; "ASEAN 2020" is a year, not the 2020th meeting.
    if not value or value >= 200:
        return None
    # "ASEAN 50" is ASEAN's fiftieth year: a bare "ASEAN n" is a summit only up to the summits there are.
    if m.group(4) and canon.startswith("asean") and value > max(registry.summits(), default=0) + 2:
        return None
    return value


# What tells apart two meetings of one loose series in one article ("APEC" from "G20", the leaders'
# meeting from the ministers'): the body named and the level.
_BODIES = re.compile(r"\b(apec|asem|a-au|g20|g7|g8|sco|tuong lai chau a|wef|kinh te the gioi|bac ngao|boao|kinh te phuong dong|p4g|fealac|hoi dong bao an|hop tac thuong hai|cica|brics|khong lien ket|sherpa|lien hop quoc|lhq|shangri-la|vanh dai va con duong|phap ngu"
                     # The trade pacts and the WTO: "Hội nghị Bộ trưởng CPTPP" is no APEC ministers' meeting.
                     r"|rcep|(?:cp)?tpp|wto|to chuc thuong mai the gioi|ipef"
                     r"|gms|mlc|tieu vung (?:mekong|me cong) mo rong|clv|campuchia-lao-viet nam|campuchia-lao-myanmar-viet nam"
                     r"|(?:mekong|me cong)-(?:lan thuong|nhat ban|(?:cong hoa )?han quoc|an do|song hang|my|hoa ky)"
                     r"|lan thuong-(?:mekong|me cong)"
                     r"|mekong|clmv|acmecs|tam giac phat trien|du lich|tai chinh|kinh te|quoc phong|van tai|hang khong"
                     r"|y te|nong nghiep|nong lam|hai quan|tu phap|toi pham|vien thong|nang luong|moi truong|lao dong"
                     r"|cong dong chinh tri|cong dong kinh te|cong dong van hoa|tong tu lenh|dai dien thuong truc"
                     r"|giao duc|khoa hoc|thong tin|khi hau|cop(?:\d{1,2})?|cong uoc khung)\b")
# "Tuần lễ Cấp cao APEC", "Tuần lễ các nhà lãnh đạo APEC": the leaders' week is told by the leaders' level.
_LEVELS = re.compile(r"\b(cap cao|bo truong|som|sherpa|ban tron|tuan le(?! (?:cap cao|(?:cac )?nha lanh dao)\b)|dai hoi dong|dien dan|nhom cong tac|co quan"
                     r"|quan chuc|uy ban|hang hang khong|nu nghi s[iy]|nghi s[iy] tre|ban dieu hanh|ban chap hanh"
                     r"|(?:cac )?nha lanh dao)\b")
# "Hội nghị các nhà lãnh đạo kinh tế APEC" is the leaders' meeting, "cấp cao" by another word.
_LEVEL_ALIASES = {"nha lanh dao": "cap cao", "cac nha lanh dao": "cap cao"}
# The ministers' portfolio: "Hội nghị Bộ trưởng Tài chính G20" and "Hội nghị Bộ trưởng Năng lượng G20" are two meetings.
_PORTFOLIO = re.compile(r"\b(?:lien )?bo truong ([a-z]+ [a-z]+)\b")


# Bodies from the most to the least specific.
_BODY_ORDER = ["rcep", "cptpp", "ipef", "wto", "apec", "asem", "g20", "g7", "g8", "sco", "tuong lai chau a", "wef", "boao",
               "kinh te phuong dong", "p4g", "fealac", "hoi dong bao an", "cica", "brics", "khong lien ket", "sherpa", "cop",
               "lien hop quoc", "shangri-la", "vanh dai va con duong",
               "phap ngu", "gms", "mekong-lancang", "mekong-japan", "mekong-korea", "mekong-ganga", "mekong-us",
               "mekong", "clmv", "acmecs", "tam giac phat trien", "cong dong chinh tri",
               "cong dong kinh te", "cong dong van hoa", "dai dien thuong truc", "tong tu lenh", "du lich",
               "tai chinh", "quoc phong", "van tai", "hang khong", "y te", "nong nghiep", "nong lam", "hai quan",
               "tu phap", "toi pham", "vien thong", "nang luong", "moi truong", "lao dong", "giao duc", "khoa hoc",
               "thong tin", "kinh te", "khi hau"]
# One body, several names: "Á - Âu" is ASEM, "LHQ" the United Nations.
# "COP28" and "Công ước khung ... về biến đổi khí hậu" are one climate conference; "khí hậu" alone may be a summit
# beside it.
# The Mekong's bodies by their acronyms or members: CLV is the Development Triangle, CLMV its four members; the
# Mekong with a partner (Lan Thương, Nhật Bản, Hàn Quốc, Ấn Độ ...) is each its own framework.
_BODY_ALIASES = {"a-au": "asem", "kinh te the gioi": "wef", "bac ngao": "boao", "lhq": "lien hop quoc", "cong uoc khung": "cop", "hop tac thuong hai": "sco",
                 "tpp": "cptpp", "to chuc thuong mai the gioi": "wto",
                 "tieu vung mekong mo rong": "gms", "mlc": "mekong-lancang", "tieu vung me cong mo rong": "gms", "clv": "tam giac phat trien",
                 "campuchia-lao-viet nam": "tam giac phat trien", "campuchia-lao-myanmar-viet nam": "clmv",
                 **{f"{mekong}-{partner}": body for mekong in ("mekong", "me cong") for partner, body in (
                     ("lan thuong", "mekong-lancang"), ("nhat ban", "mekong-japan"), ("han quoc", "mekong-korea"),
                     ("cong hoa han quoc", "mekong-korea"), ("an do", "mekong-ganga"), ("song hang", "mekong-ganga"),
                     ("my", "mekong-us"), ("hoa ky", "mekong-us"))},
                 "lan thuong-mekong": "mekong-lancang", "lan thuong-me cong": "mekong-lancang",
                 **{f"cop{n}": "cop" for n in range(1, 100)}}


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z&+\-]*[A-Z+])(?:[\s\-]*\d+)?\)")


def bracketed_acronym(name: str) -> str | None:
    """The acronym a meeting's name gives in brackets, without a number ("(AFMM)", "(AMAF-45)" -> "AMAF"):
    two of them differing name two bodies."""
    found = _BRACKETED_ACRONYM.search(name)
    return found.group(1) if found else None


@lru_cache(maxsize=4096)
def identity(name: str) -> tuple[str | None, str | None]:
    """(body, level) of a meeting name, for telling apart meetings of the same loose series."""
    canon = canonical(name)
    # The most specific body named wins: "Nhóm các nền kinh tế ... (G20)" is G20, not "kinh tế".
    bodies = [_BODY_ALIASES.get(b, b) for b in _BODIES.findall(canon)]
    body = min(bodies, key=_BODY_ORDER.index, default=None)
    # "Phiên thảo luận chung cấp cao Khóa họp thứ 78 Đại hội đồng": a session of the General Assembly is the
    # Assembly's, whatever level the session itself is said at.
    level = _PLENARY_LEVEL.search(canon) or _LEVELS.search(canon)
    return body, (_LEVEL_ALIASES.get(level.group(1), level.group(1)) if level else None)


# The plenary body a session belongs to, which outranks the session's own level in telling meetings apart.
_PLENARY_LEVEL = re.compile(r"\b(dai hoi dong|hoi dong bao an)\b")


def portfolio(name: str) -> str | None:
    """The ministers' portfolio a meeting's name gives ("tai chinh", "ngoai giao"), if any."""
    found = _PORTFOLIO.search(canonical(name))
    return found.group(1) if found else None
