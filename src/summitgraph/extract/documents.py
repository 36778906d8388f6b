"""Documents: named declarations, agreements, treaties, charters, plans, visions and codes.

A document mention is a head word from ``document_kinds.tsv`` ("Hiệp định", "Tuyên bố chung", ...)
plus its complement, read word by word up to a natural boundary: punctuation, a clause word ("được",
"sẽ", "để"...), another document's head, a date. A parenthesised acronym right after the name is its
abbreviation; a known acronym alone ("DOC", "RCEP") is a mention too. Mentions of one document
(same folded name, or linked by the abbreviation) become one record with the fullest name.
Generic uses ("các thỏa thuận", "một tuyên bố", "trong khuôn khổ"), bare kinds ("hiệp định thương
mại tự do" with no partner: ``generic`` rows) and a government office's press release ("Thông cáo
của Bộ Ngoại giao": ``office`` rows) are skipped by small rules, each with its reason (see
``rejection``). The status comes from cue words around the mention
(``status_cues.tsv``, see ``document_status``).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

from summitgraph.extract.context import DocContext
from summitgraph.model import DocumentRecord, Span
from summitgraph.registry import DATA, WORD_CHARS, country_code, find_countries
from summitgraph.text.alternation import phrase_alternation
from summitgraph.text.normalize import fold, lower_keep_length

NAME = "documents"
VERSION = "1.54"  # what each version changed: docs/versions.md

STATUSES = ("adopted", "signed", "to_be_adopted", "to_be_signed", "negotiating", "implementing", "mentioned")

# Longest complement read: beyond this many words the walk has run into the sentence. An official title
# with both states' formal styles ("giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ
# Liên bang Nga về ...") runs to some thirty.
MAX_WORDS = 32
# A proper name the limit falls inside ("ở khu vực Đông | Nam Á") is read to its end, this far at most.
MAX_NAME_OVERRUN = 4
_ASKS_FOR_A_NAME = frozenset({"ở", "tại", "vực", "của", "về"})
# How far (characters) status cues are looked for around a mention, inside its clause.
CUE_WINDOW_BEFORE = 220
CUE_WINDOW_AFTER = 90
# How far before a "ký"/"thông qua" cue a future marker ("sẽ", "dự kiến") still applies to it.
FUTURE_WINDOW = 80
# Words allowed between an "adjacent" cue and the mention.
ADJACENT_WORDS = 2
# A quoted name longer than this is a quotation, not a title.
MAX_QUOTED = 160

_W = WORD_CHARS
_TOKEN = re.compile(rf"[{_W}]+(?:[\-/.+&'’][{_W}]+)*\+?")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*(?:[\-/+&][A-Za-z0-9]+)*\+?")
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?")
_OPEN_QUOTES = "\"“‘«"
_CLOSE_QUOTES = "\"”’»"

# Single words that end a name: clause words and verbs that follow a document named as a subject or
# object ("X được ký", "X sẽ giúp", "X để xử lý"). Only lower-case words stop a name.
_STOP = frozenset("""
được đã đang sẽ vừa do mà nhằm để là có cho khi nếu nhưng thì bởi vào từ hồi cùng cũng như gồm
này đó kể nói hôm sau trước lần cần phải không chưa đều vẫn còn nay đây ký tháng ngày giúp góp
đem nêu chiếm hay hoặc thay hết kêu rồi dành nhờ tuy dù mặc dẫu sớm ra bằng kèm mang hơn luôn rất
chậm muộn rằng
""".split())
# Two-word verbs and connectives that end a name; their first word alone may belong to one.
_STOP_PAIRS = frozenset({
    "thông qua", "quy định", "khẳng định", "yêu cầu", "cho phép", "đề ra", "tạo ra", "tạo điều",
    "góp phần", "liên quan", "hiện nay", "hiện là", "hiện đang", "tiếp tục", "nhất là", "đặc biệt",
    "bên lề", "nhân dịp", "mở ra", "đưa ra", "bao gồm", "đi vào", "chỉ rõ", "đánh dấu", "thể hiện",
    "phản ánh", "một cách", "dự kiến",
    "vì lợi",                              # "vì lợi ích của ...": the sentence's purpose ("vì hòa bình" stays)
    "dưới sự", "qua đó", "theo đó", "bên cạnh", "nhân chuyến",   # "... dưới sự chứng kiến của ...": the
                                                                  # circumstances
    "nhấn mạnh", "bày tỏ", "hoan nghênh", "cam kết", "kêu gọi", "nêu rõ", "tái khẳng", "đề cập",   # what the
                                                                # text itself says ("Tuyên bố ... nhấn mạnh ...")
})
# After "và", these start a new clause rather than continue a name ("... và tăng cường hợp tác").
_VERBS_AFTER_AND = frozenset("tăng thúc đẩy mở tiếp nâng hỗ tạo góp bảo đảm giải cùng khuyến hoan đàm "
                             "nhất khẳng kêu đề cam nhấn luật".split())   # "... và luật pháp quốc tế"
_DETERMINERS = frozenset("các những nhiều một mọi mỗi hai ba bốn vài số bản".split())
_COUNT_WORDS = frozenset("hai ba bốn năm sáu bảy tám chín mười".split())
# Two-syllable words whose second syllable alone would stop the name ("tự do", "hàng không").
_COMPOUNDS = frozenset({"tự do", "hàng không", "khoảng không", "đi lại", "có hiệu", "ra đời", "phó với",
                        "hai lần", "đăng ký", "cuối cùng", "phục hồi",
                        "hiện tại", "đổi mới", "hơn nữa"})
# A stop word that opens a noun with the next word ("Hiệp ước Hợp tác bằng sáng chế").
_NOUN_OPENERS = frozenset({"bằng sáng", "bằng lái", "bằng cấp", "lần thứ", "mang hộ",   # "cho người mang hộ chiếu ..."
                           "hơn nữa"})   # "về tăng cường hơn nữa quan hệ ...", "công nhận lẫn nhau bằng lái xe"
# "ưu đãi thuế quan có hiệu lực chung" (CEPT): a fixed term, not "... comes into force".
_COMMON_EFFECTIVE = "có hiệu lực chung"
# "Khu vực Đông Nam Á không có vũ khí hạt nhân": a zone's name, not a negation.
_NUCLEAR_FREE = ("không có vũ khí", "có vũ khí hạt nhân")
# Lower-case words allowed right after a proper name or a year inside a name ("... ASEAN giai đoạn").
_AFTER_PROPER = frozenset("giai khu năm".split())
# A head right after these is part of an organisation's or another phrase's name ("Bộ Kế hoạch và
# Đầu tư", "Viện Chiến lược", "đối tác chiến lược", "tầm nhìn chiến lược", "nhóm Thỏa thuận ...", a group of
# states): not a document.
_NOT_AFTER = frozenset("bộ sở viện vụ cục ban ủy uỷ tâm tác tầm nhìn tính cứu trình hệ trưởng chức nhóm".split())
# Words after a head that make it another noun ("Luật sư", "luật pháp", "Bộ Kế hoạch và Đầu tư").
_NOT_BEFORE = {"luật": frozenset("sư pháp gia".split()), "kế hoạch": frozenset({"và"})}
# Capitalised last words of a body's name that a capitalised head after it belongs to ("Quỹ Tầm nhìn Xanh",
# "Giải thưởng Tầm nhìn ...", "Công ty Thỏa thuận ..."). Any other capitalised word before a head (a name, a
# title-case verb) is not read as a longer proper name: across the annotated articles that never held one.
_NAMED_BODY_ENDS = frozenset("quỹ giải thưởng ty chức hội đoàn".split())
# A bare lower-case "tuyên bố"/"thông cáo" is a verb unless one of these nominal markers precedes it.
_NOMINAL_MARKERS = frozenset("bản một các những ra đưa ký qua bố trong theo thảo văn với của".split())
# Anaphors: "Hiệp định này", "thỏa thuận trên" refer back; they are not names.
_ANAPHORS = frozenset("này đó trên ấy".split())
# Lower-case complements that still pick out one agreement ("hiệp định thương mại tự do song phương",
# "thỏa thuận ba bên về ..."): what the agreement is about, not an adjective.
_TOPIC_WORDS = frozenset("thương hợp khung đối vận dẫn tương chuyển phòng hành ba đầu dịch".split())
# Words before a nested head that make the nested document a second document of its own
# ("Kế hoạch tổng thể thực hiện Tầm nhìn Cộng đồng ASEAN 2025").
_OWN_NESTED_AFTER = ("thực hiện", "triển khai", "áp dụng")
# Last words before a nested head that make it the object of the outer name ("về", "của", "thực hiện",
# "triển khai", "sửa đổi", "bổ sung", "gia nhập"): the walk reads on through it.
_OBJECT_AFTER = frozenset("về của hiện khai đổi sung nhập cấp".split())   # "cấp": "nâng cấp"
# Linking words cannot end a name ("Hiệp định về" -> "Hiệp định").
_TRAILING = frozenset("của và về với giữa ở trên tại trong theo vì đến tới năm các những việc giai đoạn đối thuộc sau"
                      .split())


@dataclass(frozen=True)
class Head:
    surface: str
    kind: str
    any_case: bool
    bare: bool
    dated: bool = False               # lower-case, it names a document only with a year ("đến năm 2030")
    named: bool = False               # lower-case, it names a document only with a name, an acronym or a
                                      # year after it ("thỏa thuận Paris"; "thỏa thuận về hợp tác" is a deal)
    yearly: bool = False              # capitalised, it names a document only with a year or a name after it
                                      # ("Chương trình nghị sự 2030"; "... của các bộ trưởng" is an agenda)


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, Head]            # lower-case surface -> head
    pattern: re.Pattern[str]          # heads, matched in lower-case text (diacritics kept: folded,
                                      # "thực hiện Chương" would read as "Hiến chương")
    acronyms: dict[str, str]          # acronym -> kind
    acronym_pattern: re.Pattern[str]
    generic: frozenset[str] = frozenset()   # complements that only say what kind of agreement it is
    signatures: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()   # acronym -> its full name's marks
    offices: tuple[str, ...] = ()            # a government office whose press release is a news source
    bodies: tuple[str, ...] = ()             # international bodies whose resolutions are documents (folded)
    programmes: tuple[str, ...] = ()         # openings of a programme's complement that name a document (folded)
    not_programmes: tuple[str, ...] = ()     # openings that name a body instead (folded)
    organs: tuple[str, ...] = ()             # a state's organs, whose resolutions are its own acts (folded)


@dataclass
class Mention:
    name: str
    span: Span                       # the name as written (without the abbreviation)
    kind: str
    abbr: str | None = None
    status: str = "mentioned"
    confidence: float = 0.8
    spans: list[Span] = field(default_factory=list)
    specific: bool = True            # capitalised or name-like: a shortened mention of a longer name
    alias: str | None = None         # the known acronym its full name stands for ("DOC"), for merging only
    inner_abbr: str | None = None    # the abbreviation, right after the name, of the text it amends


def _data_rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    heads: dict[str, Head] = {}
    acronyms: dict[str, str] = {}
    generic: set[str] = set()
    offices: list[str] = []
    bodies: list[str] = []
    programmes: list[str] = []
    not_programmes: list[str] = []
    organs: list[str] = []
    signatures: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    for row in _data_rows("document_kinds.tsv"):
        if row[0] == "head":
            surface, kind, case, bare = row[1:5]
            heads[lower_keep_length(unicodedata.normalize("NFC", surface))] = Head(
                surface, kind, case in ("any", "dated", "named"), bare == "yes", case == "dated",
                case == "named", case == "year")
        elif row[0] == "acronym":
            acronyms[row[1]] = row[2]
            if len(row) > 3 and row[3]:
                signatures.append((row[1], tuple(tuple(p.strip() for p in alt.split("+"))
                                                 for alt in row[3].split("|"))))
        elif row[0] == "generic":
            generic.add(row[1].lower())
        elif row[0] == "office":
            offices.append(row[1].lower())
        elif row[0] in ("programme", "not_programme"):
            (programmes if row[0] == "programme" else not_programmes).append(fold(row[1]))
        elif row[0] in ("body", "organ"):
            (bodies if row[0] == "body" else organs).append(fold(row[1]))
    pattern = re.compile(rf"(?<![{_W}\-])(?:{phrase_alternation(heads)})(?![{_W}\-])")
    acronym_pattern = re.compile(rf"(?<![{_W}\-/])(?:{phrase_alternation(acronyms)})(?![{_W}\-/])")
    return Lexicon(heads, pattern, acronyms, acronym_pattern, generic=frozenset(generic), offices=tuple(offices),
                   signatures=tuple(signatures), bodies=tuple(bodies), organs=tuple(organs),
                   programmes=tuple(programmes), not_programmes=tuple(not_programmes))


@dataclass(frozen=True)
class Cues:
    patterns: dict[str, re.Pattern[str]]     # side -> every phrase usable on that side
    status: dict[tuple[str, str], str]       # (side, phrase) -> status
    future: frozenset[str]                   # phrases that put a nearby "ký"/"thông qua" ahead


@lru_cache(maxsize=1)
def status_cues() -> Cues:
    """Cue phrases by side. A "none" phrase ("ngày ký", "thư ký") is usable on every side so that,
    matched longest-first, it hides the cue word inside it."""
    phrases: dict[str, list[str]] = {"before": [], "after": [], "adjacent": []}
    status: dict[tuple[str, str], str] = {}
    future: set[str] = set()
    for cue_status, phrase, side in (row[:3] for row in _data_rows("status_cues.tsv")):
        if cue_status == "future":
            future.add(phrase)
        sides = tuple(phrases) if cue_status == "none" else (side,)
        for s in sides:
            phrases[s].append(phrase)
            status.setdefault((s, phrase), cue_status)
    patterns = {side: re.compile(rf"(?<![{_W}])(?:{phrase_alternation(ps)})(?![{_W}])") for side, ps in phrases.items()}
    return Cues(patterns, status, frozenset(future))




# ------------------------------------------------------------------------------------ text views

@dataclass
class _View:
    """The article text and its lower-case form (same offsets), plus what is known of it."""

    text: str
    lower: str
    entities: list[tuple[int, int]]    # country, organisation and city names, by start
    sentence_starts: list[int]
    clause_ends: list[int]             # offsets of ";", line ends and sentence ends

    def __post_init__(self) -> None:
        # Asked thousands of times an article: answered by bisection over the starts, with the furthest end
        # reached by any entity starting so far.
        self.entities.sort()
        self._entity_starts = [s for s, _ in self.entities]
        self._furthest_end = list(accumulate((e for _, e in self.entities), max))

    def is_entity(self, start: int, end: int) -> bool:
        """Whether a country, organisation or city name overlaps ``[start, end)``."""
        before_end = bisect_left(self._entity_starts, end)   # entities starting before ``end``
        return before_end > 0 and self._furthest_end[before_end - 1] > start

    def sentence_start_before(self, offset: int) -> int:
        at = bisect_right(self.sentence_starts, offset)
        return self.sentence_starts[at - 1] if at else 0


def _view(ctx: DocContext) -> _View:
    text = ctx.text
    entities = [(h.start, h.end) for h in ctx.country_hits] + [(h.start, h.end) for h in ctx.city_hits]
    starts = sorted({s.start for s in ctx.sentences} | {m.end() for m in re.finditer(r"\n", text)})
    ends = sorted({m.start() for m in re.finditer(r"[;\n]", text)} | {s.end for s in ctx.sentences})
    return _View(text, lower_keep_length(text), entities, starts, ends)


def _at_sentence_start(view: _View, offset: int) -> bool:
    start = view.sentence_start_before(offset)
    return not view.text[start:offset].strip(" \t-–•*" + _OPEN_QUOTES)


# A list item's marker at the start of its line: "- ", "• ", "1. ", "2) ", "(3) ".
_LIST_MARKER = re.compile(r"[ \t]*(?:[-–•*+]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]*")


def _opens_list_item(view: _View, offset: int) -> bool:
    """A head right after a list item's marker on its own line: the item is the document's title
    ("các văn kiện:\n1. Thỏa thuận hợp tác về chuyển đổi số"), capitalised as a title, not as a sentence."""
    line_start = view.text.rfind("\n", 0, offset) + 1
    return line_start < offset and _LIST_MARKER.fullmatch(view.text, line_start, offset) is not None


@dataclass
class _Token:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def _token_at(view: _View, pos: int) -> _Token | None:
    """The word starting at ``pos`` after spaces and tabs (not line breaks), if any."""
    while pos < len(view.text) and view.text[pos] in " \t":
        pos += 1
    m = _TOKEN.match(view.text, pos)
    return _Token(m.start(), m.end(), m.group()) if m else None


def _proper_name_runs_on(view: _View, walk: Walk, pos: int, end: int) -> bool:
    """At the word limit, before a capitalised word that goes on a name ("Đông | Nam Á") or follows a word
    that asks for one ("ở khu vực | Đông Nam Á", "của | Liên hợp quốc"): the walk reads that name."""
    if not walk.words or len(walk.words) >= MAX_WORDS + MAX_NAME_OVERRUN:
        return False
    if not (walk.words[-1].capital or walk.words[-1].low in _ASKS_FOR_A_NAME):
        return False
    after = _token_at(view, pos)
    return after is not None and after.end <= end and after.capital


def _token_before(view: _View, offset: int) -> _Token | None:
    """The word ending right before ``offset`` (spaces and opening quotes between), in its sentence:
    the last word of the sentence before ("... tăng cường hợp tác.") says nothing of this one."""
    lo = max(0, offset - 40, view.sentence_start_before(offset))
    m = re.search(rf"([{_W}]+)[ \t\"“]*$", view.text[lo:offset])
    if not m:
        return None
    start = lo + m.start(1)
    return _Token(start, start + len(m.group(1)), m.group(1))


def _words_before(view: _View, offset: int, n: int) -> str:
    """The last ``n`` words before ``offset``, in its sentence."""
    words = re.findall(rf"[{_W}]+", view.lower[max(0, offset - 60, view.sentence_start_before(offset)):offset])
    return " ".join(words[-n:])


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def _head_at(view: _View, pos: int) -> bool:
    """Whether a document head that could stand here starts at ``pos`` (a head that needs a capital
    letter does not start at "luật" in "pháp luật")."""
    m = lexicon().pattern.match(view.lower, pos)
    if m is None:
        return False
    return lexicon().heads[m.group()].any_case or view.text[pos].isupper()


def _is_document_acronym(word: str) -> bool:
    """An acronym in brackets that can abbreviate a document: not a country or organisation code, nor a
    meeting's code with its number glued on ("IPC9", "SOM2"). A year may follow it ("(MPAC 2025)", "(UNCLOS 1982)")."""
    word = _BRACKET_YEAR.sub("", word)
    if word[-1:].isdigit() and word not in lexicon().acronyms:
        return False
    return (_is_acronym(word) or word in lexicon().acronyms) and country_code(word) is None


_BRACKET_YEAR = re.compile(r"\s+(?:(?:19|20)\d\d|\d\.\d)$")   # "(MPAC 2025)", "(ACFTA 3.0)"


# ------------------------------------------------------------------------------------- the walk

@dataclass
class Walk:
    """The complement read after a head: its words, where it ends, and an abbreviation if given."""

    start: int
    words: list[_Token] = field(default_factory=list)
    quoted_end: int | None = None     # the complement is a quoted title ending here
    in_quotes: bool = False           # the whole name stands inside quotation marks
    abbr: str | None = None
    bracket_inside: bool = False      # the abbreviation stands inside the name, which is given without it

    @property
    def end(self) -> int:
        if self.quoted_end is not None:
            return self.quoted_end
        return self.words[-1].end if self.words else self.start


def _paren_group(view: _View, pos: int) -> tuple[int, str] | None:
    """``(…)`` starting at ``pos``: (end offset, content) when it closes soon on the same line."""
    close = view.text.find(")", pos)
    if close < 0 or "\n" in view.text[pos:close] or close - pos > 40:
        return None
    return close + 1, view.text[pos + 1:close].strip()


def _quoted(view: _View, pos: int) -> int | None:
    """End of the quoted title opening at ``pos`` (before its closing quote), if it reads as one."""
    m = re.match(rf"[{_OPEN_QUOTES}]([^\"”’»\n.!?]{{2,{MAX_QUOTED}}})[{_CLOSE_QUOTES}]", view.text[pos:])
    return pos + m.end(1) if m else None


def continues(view: _View, words: list[_Token], tok: _Token, nxt: _Token | None, *,
              in_quotes: bool = False, titled: bool = False) -> bool:
    """Whether ``tok`` still belongs to the name whose complement so far is ``words``."""
    low, nxt_low = tok.low, (nxt.low if nxt else "")
    prev = words[-1] if words else None
    if low == "và" and prev is None:
        return False                      # "chiến lược và ...": the head word is coordinated, not named
    if (_head_at(view, tok.start) and not in_quotes
            and not (prev is None and (low == "chiến" or tok.text.isupper()
                                       or (titled and tok.text[:1].isupper())))
            and not (prev is not None and prev.low in _NOT_AFTER | _OBJECT_AFTER)):
        # Another document starts, unless this one is about it; "chiến lược" right after the head
        # is an adjective ("hiệp định khung chiến lược về ..."), and a capitalised head right after
        # a capitalised head is part of the title ("Tuyên bố Tầm nhìn chung"; in "văn kiện Tuyên bố
        # ...", the title starts at the second head).
        return False
    if tok.capital or view.is_entity(tok.start, tok.end):
        return True
    if prev is not None and f"{prev.low} {low}" in _COMPOUNDS:
        return True
    if (f"{low} {nxt_low}" in _NOUN_OPENERS or view.lower.startswith(_COMMON_EFFECTIVE, tok.start)
            or view.lower.startswith(_NUCLEAR_FREE, tok.start)):
        return True
    if f"{low} {nxt_low}" == "đặc biệt" and nxt is not None and _special_meeting(view, prev, nxt):
        return True                       # "Tuyên bố chung Hội nghị Cấp cao đặc biệt ASEAN - Australia"
    if f"{low} {nxt_low}" == "thông qua" and _through_a_named_means(view, prev, nxt):
        return True                       # "Đề án quản lý ... thông qua Cơ chế một cửa quốc gia": "through"
    if f"{low} {nxt_low}" == "tiếp tục" and prev is not None and prev.low in ("về", "việc"):
        return True                       # "Tuyên bố chung về việc tiếp tục làm sâu sắc ...": the topic
    if f"{low} {nxt_low}" in _STOP_PAIRS:
        return False
    prev_proper = prev is not None and (view.is_entity(prev.start, prev.end) or _is_acronym(prev.text)
                                        or bool(_YEAR.fullmatch(prev.text)))
    if low == "và" and prev_proper and _AND_TO_PERIOD.match(view.lower, tok.end):
        return True                       # "Chương trình hành động KHCN và đổi mới trong giai đoạn 2016-2025"
    if low == "và" and nxt is not None and nxt.text in lexicon().acronyms:
        return False                      # "Hiệp định RCEP và CPTPP": a second document by its acronym
    if low == "và" and nxt_low in _VERBS_AFTER_AND and _acts_on_topic(words):
        return True                       # "Tuyên bố ... về duy trì và thúc đẩy ...": two acts, one topic
    if (low == "và" and nxt is not None and not prev_proper and view.is_entity(nxt.start, nxt.end)
            and "giữa" not in [w.low for w in words]):
        return False                      # "Bản ghi nhớ về hợp tác y tế và Việt Nam cam kết ...": a new clause
    if low == "và" and nxt is not None and _carries_out_a_document(view, nxt):
        return False                      # "Thỏa thuận Paris ... và thực hiện Chương trình nghị sự 2030": a second act
    if low == "và":
        if nxt is None or nxt_low in _STOP or nxt_low in _DETERMINERS or nxt_low in _VERBS_AFTER_AND:
            return False
        if _head_at(view, nxt.start):
            return False
        return (nxt.capital or _states_named_after(view, nxt)) if prev_proper else True
    if low == "của" and _owner_not_issuer(view, words, nxt, titled):
        return False                      # "Hiệp định RCEP của Việt Nam", "... ASEAN - Nhật Bản của doanh nghiệp"
    if low in ("của", "về"):
        return nxt is not None and nxt_low not in _STOP and nxt_low not in ("mình", "nó", "họ")
    if low == "giữa":
        return nxt is not None and (nxt.capital or nxt_low in _COUNT_WORDS or _states_named_after(view, nxt))
    if low == "với":
        # the partner: a state or an organisation, not a person met ("... với Đại sứ EU"), and not after a name
        # that is whole ("Hiệp định EVFTA với ...")
        return (nxt is not None and nxt.text[:1].isupper() and not view.lower.startswith(_PERSON_TITLES, nxt.start)
                and not (len(words) == 1 and words[0].text in lexicon().acronyms))
    if low in ("ở", "trên"):
        return nxt is not None and (nxt.capital or nxt_low in _PLACE_NOUNS or low == "trên" and nxt_low in _ON_PLACES)
    if low == "tại":
        return nxt_low in _PLACE_NOUNS
    if low in ("cho", "trong") and _DATED_PERIOD.match(view.lower, tok.end):
        return True                       # "... cho giai đoạn 2026-2030": the period the plan covers
    if low == "cho":
        # "... cho Khu vực Mậu dịch tự do ASEAN", "miễn thị thực cho người mang hộ chiếu ...", "tạo thuận lợi cho ..."
        return nxt_low in ("khu", "người", "công") or (prev is not None and prev.low == "lợi" and nxt is not None
                                                      and nxt_low not in _STOP and nxt_low not in _DETERMINERS)
    if low == "sau":
        if _POST_YEAR.match(view.lower, tok.end):
            return True                   # "Tầm nhìn Cộng đồng ASEAN sau (năm) 2025"
        return prev is not None and prev.low == "hồi" and nxt_low in _AFTER_EVENTS   # "phục hồi sau đại dịch"
    if low == "hiện":
        return (prev is not None and prev.low == "thực") or nxt_low == "tại"   # "thực hiện", "hiện tại"
    if low == "trong" and titled and "về" in [w.low for w in words] and _WITHIN_TOPIC.match(view.text, tok.end):
        return True                       # "Tuyên bố ... về ... trong thiên niên kỷ mới", "trong quan hệ song phương"
    if low in ("trong", "theo"):
        return nxt_low == "lĩnh"
    if low == "vì":
        return nxt is not None and not nxt.capital and nxt_low not in _STOP
    if low in ("đến", "tới"):
        return nxt_low == "năm" or (nxt is not None and bool(_YEAR.fullmatch(nxt.text)))   # "đến (năm) 2030"
    if low == "hậu" and _POST_YEAR.match(view.lower, tok.end):
        return True                       # "Tầm nhìn Cộng đồng ASEAN hậu 2025"
    if low == "năm":
        return ((nxt is not None and nxt.text[:1].isdigit()) or (prev is not None and prev.text.isdigit())
                or (prev is None and nxt_low == "điểm"))          # "Đồng thuận năm điểm"
    if low in ("các", "những"):
        return prev is not None and (prev.low in ("của", "giữa", "về", "với", "nghị", "trong")
                                     or _title_case_act_takes_object(view, words, nxt))
    if low == "mới":
        return (nxt is None or nxt_low in ("và", "về") or nxt.text[:1].isdigit()
                or view.text[tok.end:nxt.start].strip() != "")
    if low in ("nhằm", "để") and nxt is not None and _acts_on_a_name(view, nxt, _token_at(view, nxt.end),
                                                                  _PURPOSE_VERBS):
        return True                       # "... để xây dựng Khu vực Mậu dịch tự do ASEAN"
    if low == "là" and prev is not None and prev.low == "gọi":
        return True                       # "cái gọi là ...": the name being objected to
    if low in _STOP:
        return False
    if prev_proper:
        if _state_acts_after_viec(view, words):
            return True                   # "Tuyên bố về việc Trung Quốc thành lập ...": the state's act is the topic
        if low == "gia" and nxt_low == "nhập" and any(w.low == "việc" for w in words):
            return True                   # "Nghị định thư về việc Lào gia nhập Hiệp ước ..."
        if _acts_on_a_name(view, tok, nxt, _CARRIES_OUT):
            return True                   # "Kế hoạch hành động giai đoạn 2021-2025 thực hiện Tuyên bố chung ..."
        if titled and f"{low} {nxt_low}" in _QUALITIES:
            return True                   # "Tuyên bố ... về một ASEAN tự cường, năng động ..."
        if f"{low} {nxt_low}" == "mở rộng" and "phòng" in [w.low for w in words[-3:]]:
            return True                   # "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng" (ADMM+)
        return low in _AFTER_PROPER   # "Việt Nam - EU giúp ...", "2025 phấn đấu ..." end the name
    return True


# What "trong" opens inside a title's topic: a setting of the topic ("trong thiên niên kỷ mới", "trong quan hệ song
# phương", "trong các tình huống khủng hoảng", "trong xây dựng Cộng đồng ASEAN"), not when or where it was done.
_WITHIN_TOPIC = re.compile(r"[ \t]+(?:các[ \t]+)?"
                           r"(?:thiên niên kỷ|thế kỷ|kỷ nguyên|quan hệ|tình huống|xây dựng[ \t]+[A-ZĐ])")


# Titles of the person someone talks with ("với Chủ tịch Ủy ban châu Âu"): not a partner to a document.
_PERSON_TITLES = ("đại sứ", "chủ tịch", "thủ tướng", "bộ trưởng", "thứ trưởng", "tổng thống", "phó ", "ngoại trưởng",
                  "tổng bí thư", "quốc vương", "nhà vua", "tổng thư ký", "ông ", "bà ", "đoàn ", "lãnh đạo",
                  "người đứng đầu", "trưởng ")


def _this_one_follows(view: _View, end: int) -> bool:
    """"này", "đó", "ấy" right after a name: it points back to something named before."""
    after = _token_at(view, end)
    return after is not None and after.low in ("này", "đó", "ấy")


def _owner_not_issuer(view: _View, words: list[_Token], nxt: _Token | None, titled: bool) -> bool:
    """Whether "của" after a finished name says whose use it is, not who issued it: after a lone known acronym
    ("Hiệp định RCEP của Việt Nam"), or a lower-case owner that issues nothing ("của doanh nghiệp") after a
    capitalised title with no topic yet ("chiến lược phát triển ... của tỉnh" is the province's own)."""
    if nxt is None or not words:
        return False
    if len(words) == 1 and words[0].text in lexicon().acronyms:
        return True
    if not titled or nxt.capital or any(w.low in ("về", "ở", "của", "trên", "giữa") for w in words):
        return False
    rest = view.lower[nxt.start:nxt.start + 40]
    return not rest.startswith(_ISSUING_BODIES + _GROUP_WORDS)


# Words opening a group that issues a text together ("của các nước ...", "của hai nước").
_GROUP_WORDS = ("các ", "hai ", "ba ", "những ", "nhóm ")


def _through_a_named_means(view: _View, prev: _Token | None, qua: _Token | None) -> bool:
    """"thông qua" + a capitalised means that is not a document, after a lower-case topic word: "through", inside
    the name (a document adopted is "được thông qua", or "thông qua" + the document)."""
    if prev is None or qua is None or prev.capital or prev.low in _STOP:
        return False
    obj = _token_at(view, qua.end)
    return obj is not None and obj.text[:1].isupper() and not _head_at(view, obj.start) \
        and not view.is_entity(obj.start, obj.end)


def _special_meeting(view: _View, prev: _Token | None, biet: _Token) -> bool:
    """"Hội nghị Cấp cao đặc biệt", "phiên họp đặc biệt": an adjective of the meeting inside a name, not
    "đặc biệt là ..." opening an aside."""
    if prev is None or not (prev.capital or prev.low in ("họp", "cao")):
        return False
    after = _token_at(view, biet.end)
    return (after is not None and view.text[biet.end:after.start].strip() == ""
            and after.low not in ("là", "quan", "chú", "nhấn", "coi") and after.low not in _STOP)


# Verbs (first syllables) that open the topic after "về" ("về duy trì và thúc đẩy ...", "về tăng cường và ...").
_TOPIC_ACTS = _VERBS_AFTER_AND | frozenset("duy xây phát củng".split())


# Words a topic of acts may run to after "về" before a second act joins it with "và".
MAX_ACT_WORDS = 8


def _acts_on_topic(words: list[_Token]) -> bool:
    """The complement ends "về (việc)" + a verb phrase with no object named yet ("về duy trì", "về việc tiếp
    tục làm sâu sắc hơn nữa"): a second verb after "và" shares its object."""
    lows = [w.low for w in words]
    if "về" not in lows[-MAX_ACT_WORDS - 1:]:
        return False
    topic = lows[len(lows) - 1 - lows[::-1].index("về") + 1:]
    topic = topic[1:] if topic[:1] == ["việc"] else topic
    return (bool(topic) and topic[0] in _TOPIC_ACTS | {"tiếp", "làm"} and "và" not in topic
            and all(not w.capital for w in words[-len(topic):]))


# Qualities a title gives the community or region it names ("một ASEAN tự cường", "Cộng đồng ASEAN bền vững").
_QUALITIES = frozenset({"tự cường", "bền vững", "năng động", "sáng tạo", "thịnh vượng", "hùng cường", "vững mạnh",
                        "tự chủ", "hòa bình", "gắn kết", "đoàn kết", "hài hòa", "bao trùm", "thống nhất",
                        "điện tử"})                    # "ASEAN điện tử" (e-ASEAN); not "mở rộng", a verb too


# After a year or a name, these go on a plan's name when a capitalised object follows.
_CARRIES_OUT = frozenset({"thực hiện", "triển khai"})
# "giai đoạn 2026-2030", "giai đoạn tháng 7/2026 - 6/2027": a period with its dates ("trong giai đoạn tới" is not).
_DATED_PERIOD = re.compile(r"[ \t]+giai đoạn[ \t]+(?:từ[ \t]+)?(?:tháng[ \t]+)?\d")
# "và" and a few lower-case words up to a dated period: the name goes on ("... KHCN và đổi mới giai đoạn 2016-2025").
_AND_TO_PERIOD = re.compile(r"(?:[ \t]+[a-zà-ỹđ]+){1,4}[ \t]+(?:(?:trong|cho)[ \t]+)?giai đoạn[ \t]+(?:từ[ \t]+)?(?:tháng[ \t]+)?\d")
# After "nhằm"/"để", a verb that carries out or builds something named goes on in a title
# ("Hiệp định về ... để xây dựng Khu vực Mậu dịch Tự do ASEAN", "... nhằm thực hiện Tầm nhìn ASEAN 2020").
_PURPOSE_VERBS = frozenset({"thực hiện", "triển khai", "xây dựng"})


def _state_acts_after_viec(view: _View, words: list[_Token]) -> bool:
    """The complement ends "về việc" + a state's name: what that state did follows."""
    lows = [w.low for w in words]
    if "việc" not in lows:
        return False
    after = words[lows.index("việc") + 1:]
    return bool(after) and all(w.capital and view.is_entity(w.start, w.end) for w in after)


def _title_case_act_takes_object(view: _View, words: list[_Token], nxt: _Token | None) -> bool:
    """"về Hội nhập | các lĩnh vực ...": a title-case topic word (no state's name) with its lower-case object."""
    if not words or not _ends_capitalised(words):
        return False
    word = words[-1] if words[-1].capital else words[-2]
    return (not word.text.isupper() and not word.text[:1].isdigit() and not view.is_entity(word.start, word.end)
            and "về" in [w.low for w in words] and nxt is not None and not nxt.capital
            and nxt.low not in _STOP and nxt.low not in _DETERMINERS and nxt.low not in _PARTY_NOUNS)


def _carries_out_a_document(view: _View, verb: _Token) -> bool:
    """"thực hiện"/"triển khai" at ``verb`` with a document's head right after it."""
    second = _token_at(view, verb.end)
    if second is None or f"{verb.low} {second.low}" not in _CARRIES_OUT:
        return False
    obj = _token_at(view, second.end)
    return obj is not None and _head_at(view, obj.start)


def _acts_on_a_name(view: _View, first: _Token, second: _Token | None, verbs: frozenset[str]) -> bool:
    """Whether ``first second`` is one of ``verbs`` with a capitalised object after it."""
    if second is None or f"{first.low} {second.low}" not in verbs:
        return False
    obj = _token_at(view, second.end)
    return obj is not None and obj.text[:1].isupper()


_POST_YEAR = re.compile(r"[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d(?!\d)")
_LINKING = frozenset("của về ở trên tại giữa với năm".split())
# The occasion or meeting a joint statement belongs to is part of its name ("Tuyên bố chung nhân kỷ
# niệm 40 năm ...", "Tuyên bố chung hội nghị ADMM+ lần thứ 7").
_OCCASION = ("nhân kỷ niệm", "hội nghị")
# ", thương mại và đầu tư" after "về ...": a list of topics inside the name, not a new clause.
_TOPIC_LIST = re.compile(r",\s((?:[a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+){0,3},\s){0,3}(?:[a-zà-ỹđ]+\s){1,4}và(?:\s[a-zà-ỹđ]+){1,4})"
                         r"(?=\s*[,.;)\n]|$|\s(?:cùng|được|đã|sẽ|vào|tại|nhằm|để|là|có|giữa|của|trong|giai)\s)")
# ", văn hóa, khoa học kỹ thuật giai đoạn 2021-2025": a list of fields with no "và", up to the dated period
# that closes the name.
_FIELDS_TO_PERIOD = re.compile(r"(?:,[ \t][a-zà-ỹđ]+(?:[ \t][a-zà-ỹđ]+){0,3}){1,4}(?=" + _DATED_PERIOD.pattern + ")")
_SHARED_TOPIC = re.compile(r",\s([a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)?)(?=\svề\s)")
_PREVENT_AND_FIGHT = re.compile(rf",[ \t]*chống(?![{_W}])")
_OF_CHINA = re.compile(rf",[ \t]*trung quốc(?![{_W}])")
_VISION_TAIL = re.compile(r",\s(tầm nhìn (?:đến|tới) năm (?:19|20)\d\d)")


def _comma_continuation(view: _View, walk: Walk, pos: int) -> int | None:
    """End of what follows the comma at ``pos`` when it still belongs to the name: a list of topics
    after "về", or ", tầm nhìn đến năm 2030" after a strategy's horizon."""
    lows = [w.low for w in walk.words]
    m = _PREVENT_AND_FIGHT.match(view.lower, pos)
    if m and lows[-1] == "phòng":
        return m.end()                    # "về Phòng, Chống buôn lậu": one word pair written with a comma
    m = _OF_CHINA.match(view.lower, pos)
    if m and lows[-2:] == ["hồng", "kông"]:
        return m.end()                    # "ASEAN - Hồng Kông, Trung Quốc": the territory's full style
    m = _FIELDS_TO_PERIOD.match(view.lower, pos)
    if m and not any(_head_at(view, pos + k) for k in range(2, m.end() - pos)):
        return m.end()
    m = _VISION_TAIL.match(view.lower, pos)
    if m and "năm" in lows:
        return m.end()
    m = _SHARED_TOPIC.match(view.lower, pos)
    if (m and "về" in lows and not _head_at(view, m.start(1)) and m.group(1) not in _STOP_PAIRS
            and not set(m.group(1).split()) & _STOP):
        return m.end()                    # "về tuyên truyền, quảng bá về ...": two acts on one topic
    m = _TOPIC_LIST.match(view.lower, pos)
    if m is None or any(_head_at(view, pos + k) for k in range(2, m.end() - pos)):
        return None
    if "về" in lows:
        return m.end()
    # A title-case name that ends on a lower-case syllable ("Hiệp định Mua bán, trao đổi hàng hóa và dịch
    # vụ ...") goes on with one more item; after a country or organisation ("Hiến chương Liên hợp quốc,
    # luật pháp quốc tế và ...") or a verb, the list is the sentence's.
    last = walk.words[-1]
    first_listed = m.group(1).split()[0]
    if (walk.words[0].capital and not last.capital and not view.is_entity(last.start, last.end)
            and m.group(1).count(",") == 0 and first_listed not in _VERBS_AFTER_AND):
        return m.end()
    return None


# Linking words that go on a name after an abbreviation written right after its head.
_AFTER_HEAD_BRACKET = frozenset("về ở trên tại của giữa".split())


def _complement_after_bracket(view: _View, pos: int, bare: bool) -> bool:
    """Whether the name goes on after "(MOU)" right after its head: a linking word follows (after a head
    that names a document alone, "giữa" says who negotiates it: "Bộ Quy tắc ứng xử (COC) giữa ASEAN và ...")."""
    after = _token_at(view, pos)
    if after is None or _head_at(view, after.start):
        return False
    return after.low in _AFTER_HEAD_BRACKET and not (bare and after.low == "giữa")


def _amended_name_goes_on(view: _View, walk: Walk, pos: int) -> bool:
    """After the abbreviation of a text a protocol amends, the amended text's name may go on ("Nghị định thư
    bổ sung Hiệp định về ... (AHTN) cho Khu vực Mậu dịch tự do ASEAN")."""
    if not _amends_a_named_text(view, walk.words):
        return False
    tok = _token_at(view, pos)
    return tok is not None and continues(view, walk.words, tok, _token_at(view, tok.end))


def _on_a_place(view: _View, tok: _Token) -> bool:
    """"trên đất liền", "trên không": "trên" opening where the document applies, not "the one above"."""
    nxt = _token_at(view, tok.end)
    return tok.low == "trên" and nxt is not None and nxt.low in _ON_PLACES


# What "trên" opens in a document's name rather than pointing back ("Hiệp định ... trên đất liền").
_ON_PLACES = frozenset("đất biển không mạng lãnh".split())


def _a_name_after(view: _View, link: _Token) -> bool:
    """Whether a capitalised word that opens no document of its own follows ``link``: the name goes on."""
    after = _token_at(view, link.end)
    return after is not None and after.text[:1].isupper() and not _head_at(view, after.start)


def _partner_follows(view: _View, pos: int) -> bool:
    """Whether "với" and a capitalised name (not another document) follow ``pos``: what comes after
    an abbreviation still says with whom the agreement is ("giữa ..." after a bracket is more often
    who negotiates it: "COC (...) giữa ASEAN và Trung Quốc")."""
    link = _token_at(view, pos)
    if link is None or link.low != "với":
        return False
    return _a_name_after(view, link)


def _place_follows(view: _View, walk: Walk, pos: int) -> bool:
    """"ở/trên" and a capitalised place after an abbreviation, when the name has no place yet: the
    abbreviation was put inside the name ("Bộ Quy tắc ứng xử của các bên (COC) ở Biển Đông")."""
    if any(w.low in ("ở", "trên", "tại") for w in walk.words):
        return False
    link = _token_at(view, pos)
    if link is None or link.low not in ("ở", "trên") or view.text[pos:link.start].strip():   # "tại": where signed
        return False
    return _a_name_after(view, link)


# Acronyms of meetings, forums and communities, which a document's name may hold in brackets.
_BODY_ACRONYMS = frozenset("EAS ARF ADMM ADMM+ AMM AEM SOM AIPA APEC ASEM WEF WTO AEC APSC ASCC ACC GMS CLMV ACMECS "
                           "AMMTC AHA AICHR ASEAN+3 APT".split())


def _name_goes_on(view: _View, walk: Walk, pos: int) -> bool:
    """Whether a linking word that goes on a name follows the bracket at ``pos`` ("(EAS) về ...")."""
    link = _token_at(view, pos)
    return (link is not None and link.low in ("về", "lần", "cho", "giai", "năm")
            and continues(view, walk.words, link, _token_at(view, link.end)))


def _named_after_kind(view: _View, group: tuple[int, str]) -> bool:
    """"Hiệp định Thương mại Tự do (FTA) Việt Nam - Hàn Quốc": the bracket abbreviates the kind of agreement and
    the parties follow it."""
    if group[1] not in KIND_ACRONYMS:
        return False
    after = _token_at(view, group[0])
    return (after is not None and after.start == group[0] + 1 and after.text[:1].isupper()
            and not _head_at(view, after.start) and view.is_entity(after.start, after.end))


def _parties_follow(view: _View, walk: Walk, pos: int) -> bool:
    """"Hiệp định Đối tác và Hợp tác Toàn diện (PCA) giữa Việt Nam và EU": after a bare title (no topic, place
    or party in it yet), "giữa" and a capitalised name are its parties."""
    if any(w.low in ("về", "ở", "của", "giữa", "với", "tại", "trên") for w in walk.words):
        return False
    link = _token_at(view, pos)
    if link is None or link.low != "giữa":
        return False
    return _a_name_after(view, link)


# Lower-case nouns that open a place's name after "ở", "trên", "tại" ("ở vịnh Bắc Bộ", "tại khu vực ...").
_PLACE_NOUNS = frozenset("biển khu vùng cửa vịnh dải bán eo quần".split())   # "bán đảo", "eo biển", "quần đảo"
# What a recovery comes after, in a title ("phục hồi sau đại dịch", "sau khủng hoảng").
_AFTER_EVENTS = frozenset("đại dịch khủng xung thảm thiên covid".split())
# "giữa (các) nước X", "giữa Chính phủ X": the parties, named after a common noun.
_PARTY_NOUNS = frozenset("nước chính phủ".split())


def _states_named_after(view: _View, nxt: _Token) -> bool:
    """Whether "giữa" is followed by "(các) nước" or "chính phủ" and then a name ("giữa các nước ASEAN",
    "giữa nước Cộng hòa ..."): the parties to the agreement, part of its name."""
    words = []
    pos = nxt.start
    for _ in range(3):
        tok = _token_at(view, pos)
        if tok is None:
            return False
        words.append(tok)
        pos = tok.end
    first = 1 if words[0].low in ("các", "hai") else 0
    return words[first].low in _PARTY_NOUNS and words[first + 1].capital


def _ends_capitalised(words: list[_Token]) -> bool:
    """The complement ends in a capitalised word, or in a capitalised two-syllable word ("Chính trị",
    "Kinh tế"): a dash after it joins two names ("Chính trị - An ninh", "Kinh tế - Thương mại")."""
    return words[-1].capital or (len(words) >= 2 and words[-2].capital and words[-1].text.islower())


# A plan's words up to its dated period, within a clause ("... CNTT trọng tâm ASEAN cho giai đoạn 2005-2010").
_RUNS_TO_PERIOD = re.compile(r"[^\s,.;:()“”\"]+(?:[ \t]+[^\s,.;:()“”\"]+){0,9}?"
                             r"(?=[ \t]+(?:(?:trong|cho)[ \t]+)?giai đoạn[ \t]+(?:từ[ \t]+)?(?:tháng[ \t]+)?\d)")
_PERIOD = re.compile(r"[ \t]+(?:(?:trong|cho)[ \t]+)?giai đoạn[ \t]+(?:từ[ \t]+)?(?:tháng[ \t]+)?\d[\d/\-–]*")


def _plan_runs_to_period(view: _View, pos: int) -> int | None:
    """Where a programme's or plan's complement ends with its dated period, read from ``pos``: no clause word
    ("được", "sẽ", "đã") and no other document on the way."""
    m = _RUNS_TO_PERIOD.match(view.lower, pos)
    if m is None:
        return None
    words = [(w.start() + pos, w.group()) for w in re.finditer(rf"[{_W}]+", m.group())]
    if any(w in _STOP for _, w in words) or any(_head_at(view, at) for at, _ in words):
        return None
    return _PERIOD.match(view.lower, m.end()).end()   # with the period: "giai đoạn tháng 7/2004-6/2005"


def walk_complement(view: _View, pos: int, *, date_ok: bool, bare: bool = False,
                    limit: int | None = None, titled: bool = False, convention: bool = False,
                    plan: bool = False) -> Walk:
    """Read the complement that starts at ``pos`` (right after the head) up to its boundary; never
    past ``limit`` (a closing quote). After a head that is a name by itself (``bare``), only a
    capitalised word or a linking word ("của", "về", "ở") starts a complement. ``titled``: the head
    is capitalised, so a capitalised head right after it belongs to the title. ``convention``: a year after
    the abbreviation is the convention's ("Công ước ... (UNCLOS) năm 1982")."""
    walk = Walk(start=pos)
    text = view.text[:limit] if limit is not None else view.text
    i = pos
    to_period = None                      # ``plan``: the complement runs to its dated period
    while len(walk.words) < MAX_WORDS or _proper_name_runs_on(view, walk, i, len(text)):
        j = i
        while j < len(text) and text[j] in " \t":
            j += 1
        if j >= len(text):
            break
        ch = text[j]
        if ch == "," and walk.words and limit is None:
            end = _comma_continuation(view, walk, j)
            if end is not None:
                walk.words.append(_Token(j, end, text[j:end]))
                i = end
                continue
        if ch in _OPEN_QUOTES and (not walk.words or walk.words[-1].low in ("về", "tên")):
            walk.quoted_end = _quoted(view, j)
            break
        if ch == "(":
            group = _paren_group(view, j)
            if group and re.fullmatch(r"[\d\s\-–/]+", group[1]) and re.search(r"\d{4}", group[1]):
                walk.words.append(_Token(j, group[0], text[j:group[0]]))   # "(2016-2020)"
                i = group[0]
                continue
            if (group and walk.words and not _is_document_acronym(group[1])
                    and _DATED_PERIOD.match(view.lower, group[0])):
                # "chương trình hành động Hà Nội (phần về SHTT) giai đoạn 1998-2004": an aside inside the name
                # (after an abbreviation, "(ATIGA) giai đoạn 2016-2018" dates what is done under it)
                walk.words.append(_Token(j, group[0], text[j:group[0]]))
                i = group[0]
                continue
            if group and not walk.words and _is_document_acronym(group[1]):
                walk.abbr = group[1]
                if _complement_after_bracket(view, group[0], bare):
                    # "Bản ghi nhớ (MOU) về hợp tác ...", "Bộ Quy tắc ứng xử (COC) ở Biển Đông"
                    walk.words.append(_Token(j, group[0], text[j:group[0]]))
                    walk.bracket_inside = True
                    i = group[0]
                    continue
                break
            if group and walk.words and group[1] in _BODY_ACRONYMS and _name_goes_on(view, walk, group[0]):
                # "Tuyên bố của Hội nghị Cấp cao Đông Á (EAS) về hợp tác biển": a meeting's acronym inside the name
                walk.words.append(_Token(j, group[0], text[j:group[0]]))
                i = group[0]
                continue
            if group and walk.words and _is_document_acronym(group[1]):
                walk.abbr = walk.abbr or group[1]
                year = _YEAR_AFTER_BRACKET.match(view.lower, group[0]) if convention else None
                if year:
                    walk.words.append(_Token(j, year.end(), text[j:year.end()]))
                    break
                if (_partner_follows(view, group[0]) or _amended_name_goes_on(view, walk, group[0])
                        or (titled and not bare and _parties_follow(view, walk, group[0]))
                        or _named_after_kind(view, group)):
                    # "hiệp định thương mại tự do (FTA) với Australia và New Zealand"
                    walk.words.append(_Token(j, group[0], text[j:group[0]]))
                    i = group[0]
                    continue
                if _place_follows(view, walk, group[0]):
                    # "Bộ Quy tắc ứng xử của các bên (COC) ở Biển Đông"
                    walk.words.append(_Token(j, group[0], text[j:group[0]]))
                    walk.bracket_inside = True
                    i = group[0]
                    continue
            break
        if ch in "-–" and walk.words:
            # " - " between two names ("Việt Nam - Trung Quốc", "2017 - 2018") is part of the name.
            after = _token_at(view, j + 1)
            if after and _ends_capitalised(walk.words) and after.capital and not _head_at(view, after.start):
                walk.words.append(after)
                i = after.end
                continue
            break
        tok = _token_at(view, j)
        if tok is None:
            break
        if tok.low == "ngày" and not walk.words and date_ok:
            # "Tuyên bố ngày 28/4/2017": the date is the name.
            m = re.match(r"ngày\s+\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?", text[j:], re.IGNORECASE)
            if m:
                walk.words.append(_Token(j, j + m.end(), m.group()))
            break
        if (bare and not walk.words and not tok.text[:1].isupper() and tok.low not in _LINKING
                and not view.lower.startswith(_OCCASION, tok.start)):
            break
        after_tok = tok.end
        while after_tok < len(text) and text[after_tok] in " \t":
            after_tok += 1
        if tok.low in ("về", "tên") and after_tok < len(text) and text[after_tok] in _OPEN_QUOTES:
            walk.words.append(tok)        # tuyên bố chung về “...”
            i = tok.end
            continue
        nxt = _token_at(view, tok.end)
        if nxt is not None and limit is not None and nxt.end > limit:
            nxt = None
        if plan and to_period is None:
            to_period = _plan_runs_to_period(view, tok.start) or -1
        if not (tok.end <= (to_period or -1) or continues(view, walk.words, tok, nxt, in_quotes=limit is not None,
                                                   titled=titled)):
            break
        walk.words.append(tok)
        i = tok.end
    while (walk.quoted_end is None and walk.words and walk.words[-1].low in _TRAILING
           and not _counted_years(walk.words)):
        walk.words.pop()
    return walk


def _counted_years(words: list[_Token]) -> bool:
    """"... 5 năm", "10 năm": a count of years ends the name ("Kế hoạch 5 năm"); a lone "năm" does not."""
    return len(words) >= 2 and words[-1].low == "năm" and words[-2].text.isdigit()


# A theme in quotes after these is a year's or a meeting's motto, not a document ("chủ đề “Tầm nhìn chung ...”").
_MOTTO_WORDS = ("chủ đề", "khẩu hiệu", "thông điệp")
MOTTO_WORDS_BEFORE = 6


def _motto(view: _View, start: int) -> bool:
    """Whether the head at ``start`` opens a quoted motto."""
    if start == 0 or view.text[start - 1] not in _OPEN_QUOTES:
        return False
    before = f" {_words_before(view, start - 1, MOTTO_WORDS_BEFORE)} "
    return any(f" {w} " in before for w in _MOTTO_WORDS)      # "Chủ đề năm ASEAN 2026 là “...”" too


# ------------------------------------------------------------------------------ is it a name?

def _name_like(words: list[_Token]) -> bool:
    """A complement that names something specific: a capitalised word, an acronym, a year, or a
    number in a short complement ("Đồng thuận 5 điểm"; not "hơn 3.400 người")."""
    for w in words:
        if w.text[:1].isupper() or _is_acronym(w.text):
            return True
        if w.text[:1].isdigit() and (_YEAR.search(w.text) or len(words) <= 3):
            return True
    return False


def _points(words: list[_Token]) -> bool:
    """"5 điểm", "năm điểm" right after the head: a consensus or plan named by its number of points, in lower
    case too ("thực hiện đồng thuận 5 điểm")."""
    lows = [w.low for w in words[:2]]
    return len(lows) == 2 and lows[1] == "điểm" and (lows[0].isdigit() or lows[0] in _COUNT_WORDS)


def _specific_topic(words: list[_Token]) -> bool:
    """A lower-case complement that still picks out one document: "về hợp tác nghề cá",
    "thương mại tự do song phương"."""
    lows = [w.low for w in words]
    if any(w in ("về", "giữa", "của") for w in lows[:-1]):
        return True
    return len(lows) >= 2 and lows[0] in _TOPIC_WORDS


_ISSUING_BODIES = ("bộ trưởng", "hội nghị", "lãnh đạo", "nhà lãnh đạo", "nguyên thủ", "ngoại trưởng")


def _issued_by_a_body(words: list[_Token]) -> bool:
    """"của (các) Bộ trưởng / hội nghị / nhà lãnh đạo ...": a declaration named by who issued it."""
    rest = " ".join(w.low for w in words[1:])
    rest = rest[4:] if rest.startswith("các ") else rest
    return rest.startswith(_ISSUING_BODIES)


def _office_release(head: Head, words: list[_Token]) -> bool:
    """"Thông cáo (báo chí) của Bộ Ngoại giao", "Tuyên bố của Người phát ngôn ...": not a joint text."""
    if head.kind != "declaration" or head.bare:
        return False
    rest = " ".join(w.low for w in words)
    rest = rest[len("báo chí "):] if rest.startswith("báo chí ") else rest
    return rest.startswith("của ") and rest[4:].startswith(lexicon().offices)


# How far before "ra thông cáo" the office that issues it is looked for ("Bộ Ngoại giao vừa ra thông cáo").
OFFICE_WINDOW = 30


def _office_before(view: _View, start: int) -> bool:
    lo = max(view.sentence_start_before(start), start - OFFICE_WINDOW)
    return any(office in view.lower[lo:start] for office in lexicon().offices)


_COUNTED = re.compile(r"[ \t]+với[ \t]+(?:\d+|hơn|gần|khoảng|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]")


def _counted_partners_follow(view: _View, end: int) -> bool:
    """"... song phương với 26 quốc gia", "với nhiều nước": the partners are counted, not named."""
    return _COUNTED.match(view.lower, end) is not None


# The number of a state's own legal act: "19-2017/NQ-CP", "36-NQ/TW", "123/2020/NĐ-CP", "45/QĐ-TTg".
_STATE_ACT_NUMBER = re.compile(r"\d[\d\-/]*[-/](?:NQ|NĐ|QĐ|TT|CT)(?:[-/]|$)")


def _programme_named(words: list[_Token]) -> bool:
    """A "Chương trình" whose complement opens as a cooperation, security, finance or integration
    programme ("Chương trình hợp tác ...", "Chương trình An ninh y tế toàn cầu")."""
    complement = " ".join(fold(w.text) for w in words) + " "
    return (complement.startswith(tuple(f"{p} " for p in lexicon().programmes))
            and not complement.startswith(lexicon().not_programmes))


# Words a small-written programme or plan says of itself before its dated period to name one.
MIN_DATED_PLAN_WORDS = 3


def _dated_plan(head: Head, words: list[_Token]) -> bool:
    """A programme or plan whose complement ends in its dated period ("chương trình phát triển CNTT trọng tâm
    cho giai đoạn 2005-2010", "chương trình dự kiến ... cho giai đoạn tháng 7/2004-6/2005"): one by name, even
    written small; not a body's ("Chương trình Phát triển Liên hợp quốc") or a grant's."""
    if head.kind not in ("programme", "plan") or len(words) < 4:
        return False
    complement = " ".join(fold(w.text) for w in words) + " "
    lows = [w.low for w in words]
    at = next((k for k in range(len(lows) - 2) if lows[k:k + 2] == ["giai", "đoạn"]), None)
    if at is None or complement.startswith(lexicon().not_programmes):
        return False
    if len([w for w in lows[:at] if w not in ("cho", "trong")]) < MIN_DATED_PLAN_WORDS:
        return False                      # "chương trình học bổng giai đoạn ...": a kind, dated
    period = [w for w in lows[at + 2:] if w not in ("từ", "tháng")]
    return bool(period) and period[0][:1].isdigit()


def _body_adopting(view: _View, start: int) -> bool:
    """Whether the sentence names an international body, and no state organ, before the resolution at
    ``start`` ("Hội đồng Bảo an đã thông qua Nghị quyết 2728 ...")."""
    before = f" {' '.join(re.sub(rf'[^{_W}]+', ' ', fold(view.text[view.sentence_start_before(start):start])).split())} "
    return (any(f" {body} " in before for body in lexicon().bodies)
            and not any(f" {organ} " in before for organ in lexicon().organs))


def _resolution_rejection(words: list[_Token], capital: bool, body_before: bool = False) -> str | None:
    """A resolution is a document when an international body adopted it ("Nghị quyết 2397 của Hội đồng
    Bảo an"); a state's own ("Nghị quyết của Quốc hội", "Nghị quyết 19/NQ-CP") is its legal act."""
    complement = f" {' '.join(re.sub(rf'[^{_W}]+', ' ', fold(w.text)) for w in words)} "
    if any(f" {organ} " in complement for organ in lexicon().organs):
        return "a state's own resolution, a legal act"
    numbered = any(w.text[:1].isdigit() for w in words)
    if not any(f" {body} " in complement for body in lexicon().bodies) and not (body_before and numbered):
        return "a resolution with no international body named"
    if not (capital or numbered):
        return "what a body resolved, not a resolution by name"
    return None


# A number of documents right before the head ("12 thỏa thuận", "5 văn kiện"); a year is not a count.
_COUNT = re.compile(r"\d{1,3}")


_KIND_WITH_ADJECTIVE = ("a capitalised kind with an adjective (\"Hiệp định tuân thủ\", \"Văn kiện cuối cùng\"), "
                        "not a name")


def _shared_tail(view: _View, head_low: str, end: int) -> str | None:
    """The place two coordinated documents of one kind share: in "Hiệp định phân định và Hiệp định hợp tác nghề
    cá ở Vịnh Bắc Bộ", the first is "Hiệp định phân định ở Vịnh Bắc Bộ" too. None when no such pair follows."""
    link = re.match(r"[ \t]+và[ \t]+", view.text[end:])
    if link is None:
        return None
    second = end + link.end()
    m = lexicon().pattern.match(view.lower, second)
    if m is None or m.group() != head_low or not view.text[second].isupper():
        return None
    words = walk_complement(view, m.end(), date_ok=False, titled=True).words
    for k in range(1, len(words)):
        at_place = words[k].low in ("ở", "tại", "trên") and k + 1 < len(words) and words[k + 1].capital
        if at_place or (words[k].capital and not words[k - 1].capital):
            if view.is_entity(words[k].start, words[-1].end):
                return None               # "... Thương mại tự do Việt Nam - EU": the parties are the second's own
            return _clean_name(view.text[words[k].start:words[-1].end])
    return None


def rejection(view: _View, start: int, head: Head, walk: Walk, capital: bool) -> str | None:
    """Why the head at ``start`` with this complement is not a named document; None when it is."""
    words = walk.words
    before = _token_before(view, start)
    prev = before.low if before else ""
    lower_case = not capital and not walk.in_quotes
    written_upper = view.text[start].isupper()
    # only words right before it: "văn kiện hợp tác: Bản ghi nhớ ..." opens a list, not "hợp tác Bản ghi nhớ"
    two_before = _words_before(view, start, 2) if before else ""
    if _COUNT.fullmatch(prev):
        prev = "các"                      # "ký 5 văn kiện hợp tác": a count of documents, like "các"
    if (prev in _NOT_AFTER and two_before != "cơ sở") or two_before in ("quan hệ", "hợp tác"):
        return "part of an organisation's name or of another phrase"
    if _motto(view, start):
        return "a year's or a meeting's motto in quotes"
    if prev == "trong" and fold(head.surface) in ("khuon kho", "khung"):
        return "\"trong Khuôn khổ ...\": within a cooperation mechanism, not a framework text"
    if words and words[0].low in _NOT_BEFORE.get(head.surface.lower(), ()):
        return "another noun that starts with the head word"
    if capital and prev in _NAMED_BODY_ENDS:
        return "inside the name of a fund, an award, a firm or another body (\"Quỹ Tầm nhìn Xanh\")"
    if any(_STATE_ACT_NUMBER.search(w.text) for w in words):
        return "carries out a state's own legal act (\"Nghị quyết 19-2017/NQ-CP\")"
    if head.kind == "resolution":
        return _resolution_rejection(words, capital, _body_adopting(view, start))
    dated_plan = _dated_plan(head, words)
    if head.kind == "programme" and not _programme_named(words) and not dated_plan:
        return "a programme that is a show, a visit, an exchange or a body, not a document"
    if not head.any_case and not written_upper and not _points(words) and not dated_plan:
        return "lower-case word in ordinary use"
    if not head.any_case and lower_case and not _name_like(words):
        return "capitalised only because it opens the sentence"
    if not head.any_case and lower_case and [w.low for w in words[:2]] in (["đến", "năm"], ["tới", "năm"]):
        return "a horizon (\"Lộ trình đến năm 2030 ...\") opening the sentence, not a title"
    if head.surface.isupper() and head.kind == "agreement" and not _name_like(words):
        return "an acronym of a kind of agreement with no partner named (\"FTA thế hệ mới\")"
    if head.surface.isupper() and before is not None and before.low == "một":
        return "an indefinite kind of agreement (\"tiến tới một FTA song phương\"), not one by name"
    if head.dated and not written_upper and not any(_YEAR.search(w.text) for w in words):
        return "a lower-case word in ordinary use unless a year dates it"
    if head.yearly and not _name_like(words):
        return "a meeting's agenda or another ordinary use unless a year or a name follows"
    if (lower_case and fold(head.surface) in ("tuyen bo", "thong cao") and prev not in _NOMINAL_MARKERS
            and not (written_upper and words and words[0].text[:1].isupper())   # "Tuyên bố Hà Nội ..."
            and not (words and words[0].low == "của" and _issued_by_a_body(words))):  # "tuyên bố của hội nghị"
        return "a verb, not a document"
    if (not written_upper and words and words[0].low == "của"
            and not (head.surface.lower().startswith(("tuyên bố", "thông cáo")) and _issued_by_a_body(words))):
        return "what someone agreed or declared, not a title"
    if not words and prev in _DETERMINERS and prev not in ("một", "bản"):
        return "generic plural"
    if not walk.in_quotes and " ".join(w.low for w in words) in lexicon().generic:
        return "a kind of agreement, not one by name"
    if _office_release(head, words):
        return "a government office's press release, the source of the news"
    if not walk.in_quotes and not _name_like(words) and _counted_partners_follow(view, walk.end):
        return "a kind of agreement signed with many partners, not one by name"
    if not written_upper and [w.text for w in words] in (["FTA"], ["MOU"], ["MoU"]):
        return "a kind of agreement, not one by name"
    if (head.named and lower_case and words and words[0].low in ("ở", "tại", "trên")
            and not two_before.endswith(_DOCUMENT_VERBS)):
        return "what was agreed about a place (\"thỏa thuận ở Biển Đông\"), not an agreement by name"
    if (lower_case and not written_upper and before is not None and before.low in ("các", "những")
            and walk.quoted_end is None
            and not any(_YEAR.search(w.text) for w in words)):     # "các kế hoạch tổng thể ... 2015-2025" is one set
        return "plural: documents of a kind (\"các hiệp định về hợp tác với Lào\")"
    if lower_case and not written_upper and two_before == "là một":
        return "a description (\"là một hiệp định về ...\"), not a name"
    if (words and walk.quoted_end is None and not walk.in_quotes and _this_one_follows(view, walk.end)
            and not any(_head_at(view, w.start) for w in words)):    # "Chương trình ... triển khai Hiệp định này"
        return "refers back (\"Hiệp định về Quy chế này\"): the name is the one given earlier"
    if walk.quoted_end is not None or (walk.in_quotes and (words or head.bare)) or _name_like(words):
        return None
    after = _token_at(view, walk.end)
    if after is not None and after.low in _ANAPHORS and not _on_a_place(view, after):
        return "refers back to a document named earlier"
    if not words:
        if head.bare and (capital or written_upper or prev not in _DETERMINERS):
            # "Thông cáo chung đưa ra sau hội nghị ...", at a sentence start too; lower-case, "trong tuyên bố
            # chung, ..." is the meeting's one (folded into its full name when the article gives it)
            return None
        if head.kind == "declaration" and prev == "ra":
            if _office_before(view, start):
                return "a government office's press release, the source of the news"
            return None
        return "head word alone"
    if (prev in _DETERMINERS and (prev not in ("một", "bản") or not _specific_topic(words))
            and not (written_upper and len(words) >= 3)):
        return "generic: a kind of document, not one by name"
    if (capital and len(words) <= MAX_KIND_WORDS and not _specific_topic(words)
            and not any(c.isdigit() for w in words for c in w.text)):
        return _KIND_WITH_ADJECTIVE
    if head.named and not capital and not two_before.endswith(_DOCUMENT_VERBS):
        return "what was agreed (\"đạt được thỏa thuận về ...\"), not an agreement by name"
    if capital or _specific_topic(words):
        return None
    if len(head.surface.split()) >= 3 and len(words) >= 2:
        return None                       # "chương trình hành động triển khai quan hệ ..."
    # "ký hiệp định biên giới", "ký kết thỏa thuận hợp tác đầu tư": signing does not make a kind a name.
    return "generic lower-case phrase"


# Verbs right before a lower-case "thỏa thuận" that make it a text being negotiated
# ("đàm phán thỏa thuận về hợp tác nghề cá"), not a deal reached ("đạt được thỏa thuận").
_DOCUMENT_VERBS = ("đàm phán", "hoàn tất")
# A capitalised head with at most this many lower-case words after it, none a topic, a date or a name,
# is a kind with an adjective ("Thỏa thuận cấp cao", "Hiệp định tuân thủ").
MAX_KIND_WORDS = 2


# ----------------------------------------------------------------------------------- the status

def _clause(view: _View, start: int, end: int, *, cut: bool = True) -> tuple[int, int]:
    """The clause around [start, end): from the sentence start or a ";" to the next ";" or sentence
    end, cut to the cue windows unless ``cut`` is False."""
    lo = view.sentence_start_before(start)
    hi = len(view.text)
    for mark in view.clause_ends:
        if mark < start:
            if view.text[mark] in ";\n":
                lo = max(lo, mark + 1)
        elif mark >= end:
            hi = mark
            break
    if not cut:
        return lo, hi
    return max(lo, start - CUE_WINDOW_BEFORE), min(hi, end + CUE_WINDOW_AFTER)


def _is_through(view: _View, cue_start: int, phrase: str) -> bool:
    """Sentence-initial "Thông qua ..." and "thông qua việc" mean "through", not "adopt"."""
    if phrase != "thông qua":
        return False
    return _at_sentence_start(view, cue_start) or view.lower.startswith("thông qua việc", cue_start)


def _future(view: _View, lo: int, hi: int) -> bool:
    """Whether a future marker ("sẽ", "dự kiến", "nhất trí") stands shortly before ``hi``."""
    cues = status_cues()
    return any(m.group() in cues.future
               for m in cues.patterns["before"].finditer(view.lower, max(lo, hi - FUTURE_WINDOW), hi))


def resolve_status(status: str, kind: str, future: bool) -> str:
    """A cue's status for this kind of document, turned to the future when a marker says so."""
    if status == "drafting":
        return "negotiating" if kind in ("agreement", "code", "memorandum") else "to_be_adopted"
    if future and status == "signed":
        return "to_be_signed"
    if future and status == "adopted":
        return "to_be_adopted"
    return status


# A cue after the mention speaks of it only when the document is the subject of that verb.
_PREDICATE = re.compile(rf"(?<![{_W}])(?:được|đã|sẽ|do|đang|vừa|khi|có hiệu lực)(?![{_W}])")


def document_status(view: _View, start: int, end: int, kind: str) -> str:
    """Status of the mention at [start, end): the nearest cue before it in its clause ("sẽ ký X",
    "triển khai X"), else the nearest after it ("X sẽ được ký kết"), else "mentioned"."""
    lo, hi = _clause(view, start, end)
    cues = status_cues()
    best: tuple[int, str] | None = None
    for m in cues.patterns["before"].finditer(view.lower, lo, start):
        status = cues.status[("before", m.group())]
        if status != "future" and not _is_through(view, m.start(), m.group()):
            best = (m.start(), status)
    for m in cues.patterns["adjacent"].finditer(view.lower, lo, start):
        gap = re.findall(rf"[{_W}]+", view.lower[m.end():start])
        if len(gap) <= ADJACENT_WORDS and not re.search(r"[,;:.]", view.lower[m.end():start]) \
                and (best is None or m.start() >= best[0]):
            best = (m.start(), cues.status[("adjacent", m.group())])
    if best is not None:
        cue_start, status = best
        if status == "none":
            return "mentioned"
        # A future marker counts anywhere shortly before the cue, even outside the cue window.
        clause_lo = _clause(view, start, end, cut=False)[0]
        return resolve_status(status, kind, _future(view, clause_lo, cue_start))
    for m in cues.patterns["after"].finditer(view.lower, end, hi):
        status = cues.status[("after", m.group())]
        if status in ("none", "future"):
            continue
        between = view.lower[end:m.start()] + " " + m.group()
        if _PREDICATE.search(between):
            return resolve_status(status, kind, _future(view, end, m.end()))
    colon = _list_introduced_at(view, start)
    if colon is not None:
        return document_status(view, colon, colon, kind)   # "ký các văn kiện:\n1. ...": the line's cue
    return "mentioned"


def _list_introduced_at(view: _View, start: int) -> int | None:
    """The colon that introduces the list whose item opens with the head at ``start``: in the same sentence,
    items parted by ";" ("các văn kiện: A; B; C"), or ending the line above the items, if there is one."""
    colon = view.text.rfind(":", view.sentence_start_before(start), start)
    if colon >= 0 and ";" in view.text[colon:start] and "\n" not in view.text[colon:start]:
        return colon
    if not _opens_list_item(view, start):
        return None
    line_start = view.text.rfind("\n", 0, start) + 1
    while line_start > 0:
        prev_start = view.text.rfind("\n", 0, line_start - 1) + 1
        line = view.text[prev_start:line_start - 1].rstrip()
        if line.endswith(":"):
            return prev_start + len(line) - 1
        if not _LIST_MARKER.match(line):
            return None
        line_start = prev_start
    return None


# ---------------------------------------------------------------------------------- the mentions

_YEAR_AFTER_BRACKET = re.compile(r"[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d(?![\d/\-])")
_QUOTED_YEAR = re.compile(r"[ \t]+(năm[ \t]+(?:19|20)\d\d)(?![\d/\-])")


def _quoted_head(view: _View, start: int, head_end: int) -> Walk | None:
    """A head that opens a quotation: "“Tuyên bố chung Phnom Penh”" runs to the closing quote."""
    if start == 0 or view.text[start - 1] not in _OPEN_QUOTES:
        return None
    end = _quoted(view, start - 1)
    if end is None:
        return None
    head = lexicon().heads[lexicon().pattern.match(view.lower, start).group()]
    walk = walk_complement(view, head_end, date_ok=head.kind == "declaration", bare=head.bare, limit=end,
                           titled=True)
    walk.in_quotes = True
    year = _QUOTED_YEAR.match(view.lower, end + 1)
    if year and walk.words:
        # "“Công ước Luật biển” năm 1982 của Liên Hợp Quốc": the year and who made it follow the quote
        walk.words.append(_Token(year.start(1), year.end(), view.text[year.start(1):year.end()]))
        walk.words += walk_complement(view, year.end(), date_ok=False, titled=True).words
    group = _paren_group(view, view.text.find("(", end, end + 4)) if "(" in view.text[end:end + 4] else None
    if group and _is_document_acronym(group[1]):
        walk.abbr = group[1]
    return walk


# A declaration's motto after a colon, up to the sentence end, is part of its title
# ("Tuyên bố chung Viêng Chăn của ADMM: Cùng nhau vì hòa bình ..."); a longer run is a quotation.
MAX_SUBTITLE_WORDS = 12
_SUBTITLE = re.compile(rf":[ \t]+([{_W}][^.!?;:\n\"“”]*?)(?=[.!?;\n]|$)")


def _subtitle_end(view: _View, end: int) -> int | None:
    m = _SUBTITLE.match(view.text, end)
    if m is None or not m.group(1)[0].isupper() or _head_at(view, m.start(1)):
        return None
    stop = _next_listed_document(view, m.start(1), m.end(1))
    if stop is not None:
        return stop                       # "...: Cùng vững vàng tiến bước, cùng Tầm nhìn ...": a list goes on
    return m.end(1) if len(m.group(1).split()) <= MAX_SUBTITLE_WORDS else None


def _next_listed_document(view: _View, start: int, end: int) -> int | None:
    """The last comma before the first document head inside a subtitle's run, if any: the motto ends there."""
    for word in re.finditer(rf"[{_W}]+", view.text[start:end]):
        at = start + word.start()
        if _head_at(view, at):
            comma = view.text.rfind(",", start, at)
            return comma if comma > start else None
    return None


def _head_mentions(view: _View) -> list[Mention]:
    mentions: list[Mention] = []
    covered_until = -1
    for m in lexicon().pattern.finditer(view.lower):
        start, head_end = m.start(), m.end()
        if start < covered_until and not _words_before(view, start, 2).endswith(_OWN_NESTED_AFTER):
            continue                      # inside the name just read ("Thỏa thuận về Kế hoạch ...")
        head = lexicon().heads[m.group()]
        walk = _quoted_head(view, start, head_end)
        capital = walk is not None or (view.text[start].isupper()
                                       and (not _at_sentence_start(view, start) or _opens_list_item(view, start)))
        if walk is None:
            walk = walk_complement(view, head_end, date_ok=head.kind == "declaration", bare=head.bare,
                                   titled=view.text[start].isupper(), convention=fold(head.surface) == "cong uoc",
                                   plan=head.kind in ("programme", "plan"))
        why = rejection(view, start, head, walk, capital)
        tail = _shared_tail(view, m.group(), walk.end) if why == _KIND_WITH_ADJECTIVE else None
        if why and not tail:
            continue
        end = max(walk.end, head_end)
        if capital and walk.words and head.kind in ("declaration", "vision"):
            end = _subtitle_end(view, end) or end
        abbr = walk.abbr
        amended_abbr = None
        if abbr and _amends_a_named_text(view, walk.words):
            abbr, amended_abbr = None, abbr
        if abbr is None and len(walk.words) == 1 and walk.words[0].text in lexicon().acronyms:
            abbr = walk.words[0].text                      # "Hiệp định RCEP"
        if abbr and mentions and start < covered_until and mentions[-1].abbr == abbr:
            mentions[-1].abbr = None      # the bracket names the nested document, not the outer one
        if (fold(head.surface) == "van kien" and not view.text[start].isupper() and walk.words
                and walk.words[0].text[:1].isupper()):
            start = walk.words[0].start   # "văn kiện Hanoi ICT Agenda": the title is what follows
        elif fold(head.surface) == "van kien" and not walk.words and walk.quoted_end is not None:
            start = re.compile(r"[ \t]*.").match(view.text, walk.start).end()   # văn kiện “Kế hoạch ...”: after the quote
        span = Span(start, end)
        name = _clean_name(view.text[start:end]) + (f" {tail}" if tail else "")
        if walk.bracket_inside:
            name = name.replace(f" ({walk.abbr})", "", 1)   # named as without it: "Bản ghi nhớ về hợp tác ..."
        mentions.append(Mention(name=name, span=span, kind=head.kind,
                                abbr=abbr, inner_abbr=amended_abbr,
                                status=document_status(view, start, end, head.kind),
                                confidence=_confidence(capital, walk), spans=[span],
                                specific=capital or walk.in_quotes or _name_like(walk.words)
                                or head.bare and view.text[start].isupper()))
        covered_until = max(covered_until, end)
    return mentions


# Last words of a verb that amends, upgrades or accedes to the document named after it.
_AMENDS = frozenset("đổi sung cấp nhập".split())


def _amends_a_named_text(view: _View, words: list[_Token]) -> bool:
    """"Nghị định thư nâng cấp Hiệp định ... (ACFTA)": the abbreviation is the amended agreement's, not the
    protocol's."""
    return any(_head_at(view, b.start) and a.low in _AMENDS for a, b in zip(words, words[1:]))


def _clean_name(raw: str) -> str:
    name = re.sub(r"[\"“”‘’«»]", "", raw)
    return " ".join(name.split()).strip(" ,;:-–")


def _confidence(capital: bool, walk: Walk) -> float:
    if walk.quoted_end is not None or (capital and walk.words):
        return 0.85
    return 0.7 if capital else 0.6


_ACRONYM_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d(?![\d\-–/])")


def _acronym_mentions(view: _View, taken: list[Span]) -> list[Mention]:
    """Known document acronyms written alone ("thực hiện DOC")."""
    out = []
    for m in lexicon().acronym_pattern.finditer(view.text):
        if any(s.start <= m.start() < s.end for s in taken):
            continue
        kind = lexicon().acronyms[m.group()]
        year = _ACRONYM_YEAR.match(view.text, m.end())
        span = Span(m.start(), year.end() if year else m.end())      # "UNCLOS 1982"
        out.append(Mention(name=view.text[span.start:span.end], span=span, kind=kind, abbr=m.group(),
                           status=document_status(view, m.start(), m.end(), kind), confidence=0.7,
                           spans=[span]))
    return out


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """Comparison key: folded words, with country and organisation names replaced by their code
    ("Hiến chương Liên hợp quốc" and "Hiến chương LHQ" are one)."""
    for hit in reversed(find_countries(name)):
        name = name[:hit.start] + f" {hit.key} " + name[hit.end:]
    return " ".join(re.sub(rf"[^{_W}]+", " ", fold(name)).split())


def known_acronym(name: str) -> str | None:
    """The acronym of a well-known document whose full name this is, by the signature words the
    lexicon gives ("Tuyên bố ứng xử ở Biển Đông" -> "DOC"), if exactly one fits."""
    words = " ".join(re.sub(rf"[^{_W}]+", " ", fold(name)).split())
    found = {acronym for acronym, alternatives in lexicon().signatures for alt in alternatives
             if _signed(words, alt)}
    return found.pop() if len(found) == 1 else None


def _signed(words: str, alternative: tuple[str, ...]) -> bool:
    """The name opens with the first phrase (a protocol to the TAC or a plan to carry out the DOC is
    another document) and holds the others; "=" asks for the whole name."""
    first, rest = alternative[0], alternative[1:]
    if first.startswith("="):
        return words == first[1:]
    return f"{words} ".startswith(f"{first} ") and all(f" {p} " in f" {words} " for p in rest)


# Folded words a lower-case mention needs to be read as the start of a capitalised name said in full elsewhere
# ("hiệp định đầu tư toàn diện" of "Hiệp định đầu tư toàn diện ASEAN"; "hiệp định thương mại" may be another one).
MIN_SHORTENED_WORDS = 5


def _same_document(a: Mention, b: Mention) -> bool:
    """Same folded name; or linked by an abbreviation; or one is a specific shortening of the other
    ("Đồng thuận 5 điểm" of "Đồng thuận 5 điểm của các Nhà Lãnh đạo ASEAN")."""
    key_a, key_b = _key(a.name), _key(b.name)
    if key_a == key_b:
        return True
    if _identifying(a.abbr) and a.abbr in (b.abbr, b.name) or _identifying(b.abbr) and b.abbr == a.name:
        return True
    ident_a, ident_b = _identifying(a.abbr) or a.alias, _identifying(b.abbr) or b.alias
    if (ident_a and ident_a in (ident_b, b.name)) or (ident_b and ident_b == a.name):
        return True                       # the full name of a known document and its acronym
    if a.specific and b.specific and _parties_key(key_a) == _parties_key(key_b):
        return True
    if any(_by_abbreviation(x) == key_y for x, key_y in ((a, key_b), (b, key_a))):
        return True
    shorter, longer = (a, b) if len(key_a) < len(key_b) else (b, a)
    short_key, long_key = _key(shorter.name), _key(longer.name)
    if not longer.specific:
        return False
    if not shorter.specific:
        # "ký hiệp định đầu tư toàn diện" in the headline, "Hiệp định đầu tư toàn diện ASEAN" in the body
        return len(short_key.split()) >= MIN_SHORTENED_WORDS and long_key.startswith(short_key + " ")
    return (long_key.startswith(short_key + " ") or _dated_shortening(short_key, long_key)
            or _misspelt(short_key, long_key))


# Acronyms of a kind of agreement, not of one agreement: "hiệp định thương mại tự do (FTA) với Ấn Độ" and "...
# (FTA) với Hàn Quốc" are two documents (their partners tell them apart: _by_abbreviation).
KIND_ACRONYMS = frozenset({"FTA", "MOU", "MoU", "CEPA", "EPA", "PTA", "BIT"})


def _identifying(abbr: str | None) -> str | None:
    """The abbreviation, when it names one document."""
    return abbr if abbr and abbr not in KIND_ACRONYMS else None


def _by_abbreviation(m: Mention) -> str | None:
    """The key of the name written with its abbreviation in place of the words it stands for:
    "hiệp định thương mại tự do (FTA) với Ấn Độ" -> "fta voi IN", as "FTA với Ấn Độ" is written later."""
    if not m.abbr or f"({m.abbr})" not in m.name:
        return None
    tail = m.name.split(f"({m.abbr})", 1)[1].strip()
    return _key(f"{m.abbr} {tail}") if tail else None


# A state's formal style, written out in a full title ("giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Hợp
# chúng quốc Hoa Kỳ") and left out in a short one ("Việt Nam - Hoa Kỳ").
_STATE_STYLE = re.compile(r"\b(?:giua (?:hai )?(?:nuoc )?|nuoc |cong hoa xa hoi chu nghia |cong hoa dan chu nhan dan "
                          r"|cong hoa |hop chung quoc |vuong quoc |lien bang |va (?=\S+$))")


@lru_cache(maxsize=4096)
def _parties_key(key: str) -> str:
    """A comparison key without the way the parties are joined or styled: "... giữa nước Cộng hòa X và
    Hợp chúng quốc Y" and "... X - Y" (already without the dash) are one."""
    while (shorter := _STATE_STYLE.sub("", key)) != key:
        key = shorter
    return " ".join(key.split())


# Two long names this alike are one name written with a typo ("Internet" / "Interrnet").
MISSPELT_RATIO = 0.95
MISSPELT_MIN_CHARS = 20


def _misspelt(key_a: str, key_b: str) -> bool:
    if min(len(key_a), len(key_b)) < MISSPELT_MIN_CHARS or key_a.split()[:2] != key_b.split()[:2]:
        return False
    if [w for w in key_a.split() if w.isdigit()] != [w for w in key_b.split() if w.isdigit()]:
        return False                      # "... lần thứ 7" and "... lần thứ 8" are two
    return SequenceMatcher(None, key_a, key_b).ratio() >= MISSPELT_RATIO


def _dated_shortening(short_key: str, long_key: str) -> bool:
    """"Kế hoạch hành động giai đoạn 2018-2022" of "Kế hoạch Hành động ASEAN-EU giai đoạn 2018-2022":
    same head, a year, and every word of the shorter name in the longer one, in order."""
    short, long = short_key.split(), long_key.split()
    if short[:2] != long[:2] or not any(_YEAR.search(w) for w in short):
        return False
    rest = iter(long)
    return all(w in rest for w in short)


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """One record per document: same folded name, or joined by an abbreviation. The fullest name
    is kept; the first status a cue gave wins over "mentioned"."""
    merged: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.span.start):
        target = next((r for r in merged if _same_document(r, m)), None)
        if target is None:
            merged.append(m)
            continue
        target.spans.extend(m.spans)
        if len(m.name) > len(target.name) and m.name != m.abbr:
            target.name, target.kind, target.span = m.name, m.kind, m.span
        target.abbr = target.abbr or m.abbr
        if target.status == "mentioned":
            target.status = m.status
        target.confidence = max(target.confidence, m.confidence)
    return merged


def _bracket_end(view: _View, end: int, abbr: str | None) -> int:
    """The end of "(ABBR)" right after a name ending at ``end``; ``end`` when none follows."""
    m = re.match(r"[ \t]*\(([^()\n]{1,40})\)", view.text[end:end + 48])
    inside = m.group(1).strip() if m else ""
    return end + m.end() if abbr and abbr in (inside, _BRACKET_YEAR.sub("", inside)) else end


def _without_bare_repeats(records: list[Mention]) -> list[Mention]:
    """A lower-case head alone ("trong tuyên bố chung, ...") is the document of that kind the article names in
    full ("Tuyên bố chung Hà Nội về ..."), when it names one: folded into it, not listed apart."""
    keys = [_key(r.name) for r in records]
    out = []
    for r, key in zip(records, keys):
        named_in_full = any(k != key and k.startswith(key + " ") for k in keys)
        if r.name[:1].islower() and key in _bare_head_keys() and named_in_full:
            continue
        out.append(r)
    return out


@lru_cache(maxsize=1)
def _bare_head_keys() -> frozenset[str]:
    """Keys of the heads that name a document alone ("tuyen bo chung", "thong cao chung")."""
    return frozenset(_key(h.surface) for h in lexicon().heads.values() if h.bare)


def extract_documents(ctx: DocContext) -> list[DocumentRecord]:
    """Every named document the article mentions, once each, with its status."""
    view = _view(ctx)
    mentions = _head_mentions(view)
    # An abbreviation in brackets after a name is read with it (the amended text's too: a treaty named only
    # inside a protocol's name is not listed apart).
    taken = [Span(m.span.start, _bracket_end(view, m.span.end, m.abbr or m.inner_abbr)) for m in mentions]
    mentions += _acronym_mentions(view, taken)
    for m in mentions:
        m.alias = known_acronym(m.name) if m.abbr is None else None
    return [DocumentRecord(name=m.name, abbr=m.abbr, status=m.status,
                           evidence=ctx.evidence(m.spans, NAME, VERSION, m.confidence))
            for m in _without_bare_repeats(merge_mentions(mentions))]
