"""Chair years: which member holds the ASEAN chair in which year, and the year's theme.

A statement is a cue ("Chủ tịch ASEAN", "Chủ tịch luân phiên của Hiệp hội", "nước Chủ tịch tiền
nhiệm", "tiếp nhận vai trò Chủ tịch từ ...") with a member country bound to it: as its subject or
apposition before it ("Campuchia - nước Chủ tịch ASEAN 2022", "Singapore, nước hiện đảm nhận vai trò
Chủ tịch"), or right after it ("với tư cách Chủ tịch ASEAN, Việt Nam", "năm Chủ tịch ASEAN của Việt
Nam"). The year is the one written with the cue, else one said relative to the article ("năm tới"),
else the nearest year in the sentence, else the article's year. The registry's chairs table fills a
country the text leaves out and checks the pair: a pair it contradicts is kept with low confidence.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from summitgraph import registry
from summitgraph.extract.context import DocContext
from summitgraph.model import ChairRecord, Span
from summitgraph.registry import WORD_CHARS
from summitgraph.text.normalize import fold, fold_keep_length, lower_keep_length

NAME = "chairs"
VERSION = "1.0"

_W = WORD_CHARS
# Confidence of a (country, year) pair by what the registry says of that year.
CONFIDENCE_AGREES = 0.9
CONFIDENCE_UNKNOWN = 0.7
CONFIDENCE_CONTRADICTED = 0.4
# A country filled in from the registry because the text names none.
CONFIDENCE_FROM_REGISTRY = 0.6
# How far before a cue its subject may stand ("Campuchia tổ chức với tư cách nước giữ cương vị ...").
SUBJECT_WINDOW = 100
# How far after a cue a bound country may stand ("... Chủ tịch ASEAN 2020, Việt Nam").
OBJECT_WINDOW = 30

# "Chủ tịch ASEAN", "Chủ tịch luân phiên của ASEAN", "chủ tịch hiệp hội"; matched in lower case.
_CUE = re.compile(rf"(?<![{_W}])chủ tịch(?: luân phiên)?(?: của)? (?:asean|hiệp hội)(?![{_W}\-+])")
_PREDECESSOR = re.compile(rf"(?<![{_W}])(?:các )?(?:nước )?chủ tịch (?:asean )?tiền nhiệm(?![{_W}])")
_TAKE_OVER = re.compile(rf"(?<![{_W}])(?:tiếp nhận|nhận bàn giao)(?: vai trò| chức| cương vị| chức vụ)?"
                        rf" chủ tịch(?: luân phiên)?(?: asean)? từ(?![{_W}])")
_HAND_OVER = re.compile(rf"(?<![{_W}])(?:bàn giao|chuyển giao|trao)(?: lại)?(?: vai trò| chức| cương vị| chức vụ)?"
                        rf" chủ tịch(?: luân phiên)?(?: asean)?(?: \d{{4}})? cho(?![{_W}])")
# Words before a cue that make it someone else's thing ("Đặc phái viên của Chủ tịch ASEAN",
# "Tuyên bố của Chủ tịch ASEAN") rather than a statement of who chairs.
_POSSESSIVE = re.compile(r"(?:của|phái viên|tuyên bố|văn phòng)\s+$")
# Negation and counterfactuals in the clause before a cue ("sẽ không giữ chức chủ tịch",
# "lẽ ra Myanmar giữ chức chủ tịch", "nếu Myanmar sẵn sàng đảm đương ...").
_NEGATION = re.compile(rf"(?<![{_W}])(?:không(?! chỉ| ngừng| những| ít| kém)|chưa|từ chối|lẽ ra|nếu|rút lui)(?![{_W}])")
# Between a cue and a country bound after it: nothing but a year, "của", "là" and punctuation
# ("Chủ tịch ASEAN 2020, Việt Nam", "năm Chủ tịch ASEAN của Việt Nam", "Chủ tịch ASEAN năm nay là Lào").
_OBJECT_GAP = re.compile(r"(?:\s|,|-|–|:|của|là|sẽ|thuộc về|trong|vào|năm|nay|tới|hiện|\d{4})*")
# "nước Chủ tịch", "năm Chủ tịch" without "ASEAN": a chair statement only in an article about ASEAN,
# and only with a country bound tightly to it ("Singapore, nước Chủ tịch năm nay"). A capitalised
# word after it names another body ("năm Chủ tịch APEC", "Chủ tịch Hội đồng Bảo an").
_WEAK_CUE = re.compile(rf"(?<![{_W}])(?:nước|năm|vai trò|cương vị|nhiệm kỳ) chủ tịch(?: luân phiên)?(?![{_W}])")
# What may follow a weak cue: punctuation or a word that cannot name a body ("vai trò chủ tịch hội
# nghị" is the chair of a meeting, not of ASEAN).
_AFTER_WEAK_CUE = re.compile(r"\s*(?:$|[,.;:)”\"]|(?:năm|của|trong|và|với|là|nay|này|tới|sắp|sẽ|đã)(?![\w]))")
# Between a country and a cue in apposition: "Campuchia - nước", "Singapore, nước hiện đảm nhận
# vai trò", "Philippines là nước đang giữ chức", "Lào đảm nhiệm vai trò".
_SUBJECT_GAP = re.compile(r"(?:\s|,|-|–|:)*(?:là |hiện là |đang là |sẽ là )?(?:nước |quốc gia )?")
# A year written with the cue: "Chủ tịch ASEAN 2020", "Chủ tịch ASEAN năm 2018", "trong năm 2012".
_ATTACHED_YEAR = re.compile(r"\s*(?:(?:trong |vào )?năm\s*)?((?:19|20)\d\d)(?![\d\-–])")
# A year, alone or ending a date ("năm 2010", "tháng 11/2019", "16-1-2020"), but not either end of a
# range ("2015-2025", "2017 - 2018"). What stands before it is checked after the year is read (the
# look-behinds reach back over its four digits), so the pattern starts with the year and ``re`` jumps from
# one "1" or "2" to the next instead of testing every position.
_YEAR = re.compile(r"((?:19|20)\d\d)(?<!\d\d{4})(?<!\d\d\d\d[-–]\d{4})(?<!\d\d\d\d [-–] \d{4})"
                   r"(?!\d)(?!\s?[-–]\s?(?:19|20)\d\d)")
# Years that are horizons or ranges, not the year a statement is about.
_NOT_A_STATEMENT_YEAR = re.compile(r"(?:đến năm|tới năm|tầm nhìn|nhiệm kỳ|giai đoạn)\s*$")
_NEXT_YEAR = re.compile(rf"(?<![{_W}])(?:năm tới|năm sau|sang năm|năm tiếp theo)(?![{_W}])")
# ("năm qua" is left out: in a year-end review it is the current year.)
_LAST_YEAR = re.compile(rf"(?<![{_W}])(?:năm ngoái|năm trước)(?![{_W}])")
_THEME = re.compile(r"chủ đề[^“\"\n.]{0,70}?[“\"]([^”\"\n]{3,150})[”\"]")


@dataclass
class Statement:
    country: str
    year: int | None
    spans: list[Span]
    confidence: float
    theme: str | None = None
    theme_span: Span | None = None


@dataclass
class _Found:
    by_key: dict[tuple[str, int | None], Statement] = field(default_factory=dict)

    def add(self, st: Statement) -> None:
        key = (st.country, st.year)
        old = self.by_key.get(key)
        if old is None:
            self.by_key[key] = st
            return
        old.spans.extend(st.spans)
        old.confidence = max(old.confidence, st.confidence)
        if old.theme is None and st.theme:
            old.theme, old.theme_span = st.theme, st.theme_span




def _members(text: str) -> list[registry.GazetteerHit]:
    members = registry.member_codes()
    return [h for h in registry.find_countries(text) if h.key in members and not h.ambiguous]


def statement_years(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(offset, year) of the years in text[lo:hi] that can date a statement: not ranges, not
    horizons ("đến năm 2030", "Tầm nhìn 2025")."""
    out = []
    for m in _YEAR.finditer(text, lo, hi):
        if _NOT_A_STATEMENT_YEAR.search(lower_keep_length(text[max(0, m.start() - 20):m.start()])):
            continue
        out.append((m.start(), int(m.group(1))))
    return out


def _year_about(ctx: DocContext) -> int | None:
    """The year the article is about: the context's, the publication year, else the year most
    written in its body (a date stated nowhere gives None)."""
    if ctx.default_year:
        return ctx.default_year
    if ctx.anchor:
        return ctx.anchor.year
    years = Counter(year for _, year in statement_years(ctx.text, ctx.article.body_start, len(ctx.text)))
    return years.most_common(1)[0][0] if years else None


def registry_confidence(country: str, year: int | None) -> float:
    """How far the registry's chairs table supports the pair (never a reason to drop it)."""
    if year is None:
        return CONFIDENCE_UNKNOWN
    holder = registry.chair_of(year)
    if holder is None:
        return CONFIDENCE_UNKNOWN
    return CONFIDENCE_AGREES if holder == country else CONFIDENCE_CONTRADICTED


def _sentence_bounds(ctx: DocContext, offset: int) -> tuple[int, int]:
    sentence = ctx.sentence_at(offset)
    if sentence is None:
        return max(0, offset - 200), min(len(ctx.text), offset + 200)
    return sentence.start, sentence.end


def _bound_country(ctx: DocContext, lower: str, cue_start: int, cue_end: int, *,
                   tight: bool = False) -> registry.GazetteerHit | None:
    """The member country the cue speaks of: in apposition before it, right after it, or (unless
    ``tight``) the nearest subject before it in the sentence."""
    s_lo, s_hi = _sentence_bounds(ctx, cue_start)
    hits = _members(ctx.text[s_lo:s_hi])
    before = [h for h in hits if s_lo + h.end <= cue_start]
    after = [h for h in hits if s_lo + h.start >= cue_end]
    if before:
        last = before[-1]
        if _SUBJECT_GAP.fullmatch(lower[s_lo + last.end:cue_start_of_role(lower, cue_start)]):
            return last
        if _LEADER_APPOSITION.fullmatch(ctx.text[s_lo + last.end:cue_start]):
            return last           # "Thủ tướng Campuchia Hun Sen, Chủ tịch ASEAN 2022"
    if after:
        first = after[0]
        gap = lower[cue_end:s_lo + first.start]
        if len(gap) <= OBJECT_WINDOW and _OBJECT_GAP.fullmatch(gap):
            return first
    if (not tight and before and cue_start - (s_lo + before[-1].end) <= SUBJECT_WINDOW
            and _ROLE_BEFORE.search(lower[max(0, cue_start - 20):cue_start])):
        return before[-1]
    return None


# A role word right before the cue makes the cue a predicate of the subject before it ("Lào đảm
# nhiệm vai trò Chủ tịch ASEAN", "khi Việt Nam là Chủ tịch ASEAN"); without one the cue names the
# chair as someone else's object ("Việt Nam ủng hộ Chủ tịch ASEAN"), and the subject is not the chair.
_ROLE_BEFORE = re.compile(rf"(?<![{_W}])(?:vai trò|cương vị|chức|chức vụ|ghế|tư cách|là|làm|nhiệm kỳ|năm|"
                          rf"nước|quốc gia)\s+$")


# A leader's name between the country and the cue: "Campuchia Hun Sen, " / "Indonesia Joko Widodo, ".
_LEADER_APPOSITION = re.compile(rf"\s+(?:[{registry.UPPER_CHARS}][^\s,]*\s+){{0,3}}[{registry.UPPER_CHARS}][^\s,]*\s*,\s*")
# Role words that may stand between an appositive country and the cue ("vai trò", "chức", "năm").
_ROLE_WORDS = re.compile(r"(?:(?:đảm nhận|đảm nhiệm|giữ|đóng|nhận|tiếp nhận)(?: thành công| tốt)? )?"
                         r"(?:vai trò |chức |cương vị |ghế |nhiệm kỳ |năm )?$")


def cue_start_of_role(lower: str, cue_start: int) -> int:
    """Start of the role phrase in front of a cue ("đảm nhận vai trò Chủ tịch ASEAN")."""
    m = _ROLE_WORDS.search(lower[max(0, cue_start - 40):cue_start])
    return cue_start - len(m.group()) if m else cue_start


def cue_year(ctx: DocContext, lower: str, cue_start: int, cue_end: int, fallback: int | None) -> int | None:
    """The year a cue speaks of: written with it, relative ("năm tới"), nearest in the sentence,
    else ``fallback`` (the article's year)."""
    m = _ATTACHED_YEAR.match(ctx.text, cue_end)
    if m:
        return int(m.group(1))
    s_lo, s_hi = _sentence_bounds(ctx, cue_start)
    if fallback is not None:
        # Only in the cue's own clause: "năm tới" elsewhere in the sentence dates something else.
        c_lo, c_hi = _clause_start(lower, s_lo, cue_start), _clause_end(lower, cue_end, s_hi)
        if _NEXT_YEAR.search(lower, c_lo, c_hi):
            return fallback + 1
        if _LAST_YEAR.search(lower, c_lo, c_hi):
            return fallback - 1
    years = statement_years(ctx.text, s_lo, s_hi)
    if years:
        return min(years, key=lambda oy: abs(oy[0] - cue_start))[1]
    return fallback


def _negated(lower: str, clause_lo: int, cue_start: int) -> bool:
    return _NEGATION.search(lower, clause_lo, cue_start) is not None


def _clause_end(lower: str, offset: int, sentence_end: int) -> int:
    """End of the clause holding ``offset``: the next comma or semicolon, else the sentence end."""
    ends = [e for e in (lower.find(",", offset, sentence_end), lower.find(";", offset, sentence_end)) if e >= 0]
    return min(ends) if ends else sentence_end


def _clause_start(lower: str, sentence_start: int, offset: int) -> int:
    """Start of the clause holding ``offset``: after the last comma or semicolon before it."""
    cut = max(lower.rfind(",", sentence_start, offset), lower.rfind(";", sentence_start, offset))
    return cut + 1 if cut >= 0 else sentence_start


def _weak_statements(ctx: DocContext, lower: str, year: int | None) -> list[Statement]:
    """"nước Chủ tịch" / "năm Chủ tịch" with a country in apposition, in an article about ASEAN."""
    if "asean" not in lower:
        return []
    out = []
    for m in _WEAK_CUE.finditer(lower):
        chair_word = m.start() + m.group().index("chủ tịch")
        if not _AFTER_WEAK_CUE.match(lower, m.end()) or _CUE.match(lower, chair_word):
            continue              # another body's chair, or a full cue read already
        if lower.startswith(" của", m.end()) and not _members(ctx.text[m.end():m.end() + 20]):
            continue              # "nhiệm kỳ chủ tịch của Hiệp hội ...": the full cue's business
        if _POSSESSIVE.search(lower[max(0, m.start() - 20):m.start()]):
            continue
        hit = _bound_country(ctx, lower, m.start(), m.end(), tight=True)
        if hit is None:
            continue
        s_lo, _ = _sentence_bounds(ctx, m.start())
        if _negated(lower, _clause_start(lower, s_lo, m.start()), m.start()):
            continue
        y = cue_year(ctx, lower, m.start(), m.end(), year)
        out.append(Statement(hit.key, y, [Span(m.start(), m.end()), Span(s_lo + hit.start, s_lo + hit.end)],
                             min(registry_confidence(hit.key, y), CONFIDENCE_UNKNOWN)))
    return out


def _chair_statements(ctx: DocContext, lower: str, year: int | None) -> list[Statement]:
    out = []
    for m in _CUE.finditer(lower):
        if m.group().endswith("hiệp hội"):
            nxt = re.match(r"\s+(\S+)", ctx.text[m.end():m.end() + 30])
            if nxt and nxt.group(1)[:1].isupper():
                continue          # "Chủ tịch Hiệp hội Dệt may": another association
        if _POSSESSIVE.search(lower[max(0, m.start() - 20):m.start()]):
            continue
        s_lo, _ = _sentence_bounds(ctx, m.start())
        if _negated(lower, _clause_start(lower, s_lo, m.start()), m.start()):
            continue
        hit = _bound_country(ctx, lower, m.start(), m.end())
        cue_year_ = cue_year(ctx, lower, m.start(), m.end(), year)
        spans = [Span(m.start(), m.end())]
        if hit is None:
            attached = _ATTACHED_YEAR.match(ctx.text, m.end())
            holder = registry.chair_of(int(attached.group(1))) if attached else None
            if holder is None:
                continue
            out.append(Statement(holder, cue_year_, spans, CONFIDENCE_FROM_REGISTRY))
            continue
        s_lo, s_hi = _sentence_bounds(ctx, m.start())
        spans.append(Span(s_lo + hit.start, s_lo + hit.end))
        if not _ATTACHED_YEAR.match(ctx.text, m.end()):
            cue_year_ = handover_year(hit.key, cue_year_, lower[s_lo:s_hi])
        out.append(Statement(hit.key, cue_year_, spans, registry_confidence(hit.key, cue_year_)))
    return out


def _sentence_statement(ctx: DocContext, statements: list[Statement], offset: int) -> Statement | None:
    """The chair statement made in the sentence holding ``offset``, if one is."""
    s_lo, s_hi = _sentence_bounds(ctx, offset)
    for st in statements:
        if any(s_lo <= sp.start < s_hi for sp in st.spans):
            return st
    return None


def _neighbour_statements(ctx: DocContext, lower: str, statements: list[Statement],
                          current: int | None) -> list[Statement]:
    """Predecessors and successors: "Thái Lan và các nước Chủ tịch tiền nhiệm", "tiếp nhận vai trò
    Chủ tịch từ Thái Lan" (the year before the receiver's), "bàn giao chức Chủ tịch ASEAN cho Brunei"
    (the year after the giver's). The reference year is the chair year stated in the same sentence,
    else the article's current chair year."""
    out = []
    for m in _PREDECESSOR.finditer(lower):
        s_lo, _ = _sentence_bounds(ctx, m.start())
        before = [h for h in _members(ctx.text[s_lo:m.start()]) if m.start() - (s_lo + h.end) <= 25]
        if before and current is not None:
            hit = before[-1]
            out.append(Statement(hit.key, current - 1, [Span(s_lo + hit.start, s_lo + hit.end), Span(m.start(), m.end())],
                                 registry_confidence(hit.key, current - 1)))
    for pattern, delta in ((_TAKE_OVER, -1), (_HAND_OVER, 1)):
        for m in pattern.finditer(lower):
            hits = _members(ctx.text[m.end():m.end() + 30])
            if not hits or ctx.text[m.end():m.end() + hits[0].start].strip():
                continue
            here = _sentence_statement(ctx, statements, m.start())
            reference = here.year if here is not None and here.year is not None else current
            if reference is None:
                continue
            hit = hits[0]
            span = Span(m.end() + hit.start, m.end() + hit.end)
            out.append(Statement(hit.key, reference + delta, [Span(m.start(), m.end()), span],
                                 registry_confidence(hit.key, reference + delta)))
    return out


def handover_year(country: str, year: int | None, sentence: str) -> int | None:
    """A chair taking over at a handover ceremony ("tiếp nhận vai trò Chủ tịch ASEAN") usually does so
    at the end of the year before its own: when the registry says the country chairs the next year
    and not this one, the statement is about the next year."""
    if year is None or not re.search(r"tiếp nhận|nhận bàn giao|bàn giao|chuyển giao", sentence):
        return year
    if registry.chair_of(year) != country and registry.chair_of(year + 1) == country:
        return year + 1
    return year


def _clean_theme(theme: str) -> str:
    return theme.strip().strip(",.;:").strip()


def _attach_themes(ctx: DocContext, lower: str, found: _Found) -> None:
    """A quoted theme ("với chủ đề “...”") goes to the chair year stated in its sentence, or to the
    year whose registry theme it is; else the registry's theme found written in the text."""
    for m in _THEME.finditer(ctx.text):
        theme = _clean_theme(m.group(1))
        s_lo, s_hi = _sentence_bounds(ctx, m.start())
        in_sentence = [st for st in found.by_key.values() if any(s_lo <= sp.start < s_hi for sp in st.spans)]
        by_registry = [st for st in found.by_key.values() if st.year and _registry_theme_matches(st.year, theme)]
        for st in (in_sentence or by_registry)[:1]:
            if st.theme is None:
                st.theme, st.theme_span = theme, Span(m.start(1), m.end(1))
    folded = None
    for st in found.by_key.values():
        if st.theme is not None or st.year is None:
            continue
        if folded is None:  # folded once, and only when a theme is still to be found
            folded = " ".join(ctx.folded.split())
        chair = registry.chairs().get(st.year)
        if chair is None or not chair.theme_vi or fold(chair.theme_vi) not in folded:
            continue
        span = _find_folded(ctx.text, chair.theme_vi)
        if span is not None:
            st.theme, st.theme_span = ctx.text[span.start:span.end], span


def _registry_theme_matches(year: int, theme: str) -> bool:
    chair = registry.chairs().get(year)
    if chair is None:
        return False
    return fold(theme) in (fold(chair.theme_vi or ""), fold(chair.theme_en))


def _find_folded(text: str, phrase: str) -> Span | None:
    """Where ``phrase`` is written in ``text``, ignoring case and diacritics."""
    folded_text = fold_keep_length(text)
    at = folded_text.find(fold_keep_length(phrase))
    return Span(at, at + len(phrase)) if at >= 0 else None


def extract_chairs(ctx: DocContext) -> list[ChairRecord]:
    """Every (country, year) the text says or clearly implies holds the ASEAN chair."""
    lower = ctx.lower
    year = _year_about(ctx)
    found = _Found()
    for st in _chair_statements(ctx, lower, year) + _weak_statements(ctx, lower, year):
        found.add(st)
    if found.by_key:
        stated = list(found.by_key.values())
        years = Counter(st.year for st in stated if st.year is not None)
        current = years.most_common(1)[0][0] if years else year
        for st in _neighbour_statements(ctx, lower, stated, current):
            found.add(st)
    _attach_themes(ctx, lower, found)
    records = []
    for st in found.by_key.values():
        spans = st.spans + ([st.theme_span] if st.theme_span else [])
        records.append(ChairRecord(country=st.country, year=st.year, theme=st.theme,
                                   evidence=ctx.evidence(spans, NAME, VERSION, st.confidence)))
    return sorted(records, key=lambda r: (r.year or 0, r.country))
