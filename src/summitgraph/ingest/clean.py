"""Keep the article body, drop the site furniture around it.

``clean(text)`` works on whole lines of the (normalised) page: each rule below is a small pure
function that names why a line is not body (a share bar, a related-stories list, a photo credit,
a byline...). The cleaned text is the kept line ranges joined with "\\n", so every kept
character is a character of the input and ``OffsetMap`` maps it back exactly.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import Callable, Iterator

from summitgraph.extract.dates import dateline_alone, opening_dateline
from summitgraph.extract.mentions import find_meeting_mentions
from summitgraph.ingest.meta import parse_byline, parse_date_line
from summitgraph.model import OffsetMap, Segment, Span
from summitgraph.text.normalize import fold as _fold_text, fold_keep_length, lower_keep_length

# Section headers that open a list of other stories.
RELATED_MARKERS = (
    "doc them", "xem them", "tin lien quan", "bai lien quan", "bai viet lien quan", "tin bai lien quan",
    "tin tuc lien quan", "bai viet cung chu de", "cung chu de", "tin cung chu de", "tin cung chuyen muc",
    "bai cung chuyen muc", "cung chuyen muc", "tin khac", "cac tin khac", "tin khac cung chuyen muc",
    "tin moi", "tin moi nhat", "tin moi hon", "tin cu hon", "tin doc nhieu", "doc nhieu nhat", "doc nhieu",
    "xem nhieu", "xem nhieu nhat", "tin xem nhieu", "co the ban quan tam", "ban co the quan tam",
    "co the ban chua doc", "tin noi bat", "tin hot", "tin tieu diem", "chu de lien quan", "cac bai viet khac",
    "bai viet khac", "tin tuc khac", "video lien quan", "video noi bat", "dung bo lo", "moi nhat",
    "dong su kien", "tin anh", "bai doc nhieu", "tin da dua", "cac tin da dua", "tin tuc", "tin cung loai",
    # endless-scroll pages load the next story under the article, headed so
    "bai tiep theo", "tin tiep theo", "bai ke tiep", "tin ke tiep", "doc tiep",
)
# Lines after which nothing is article any more: comments, legal footer, page navigation.
END_MARKERS = (
    "ban quyen", "copyright", "©", "ghi ro nguon", "lien he quang cao", "phien ban di dong", "giay phep so",
    "toa soan:", "tong bien tap:", "chiu trach nhiem noi dung", "ve dau trang", "len dau trang",
    "y kien ban doc", "gui binh luan", "viet binh luan", "y kien cua ban", "ban doc binh luan",
    "binh luan (", "cac binh luan", "dang nhap de binh luan", "chua co binh luan", "tro ve dau trang",
    "quay lai dau trang",
)
SHARE_WORDS = (
    "sao chep lien ket", "copy link", "chia se", "facebook", "twitter", "zalo", "email", "in bai", "gui bai",
    "luu bai", "tweet", "like", "thich", "share", "google+", "linkedin", "pinterest", "messenger", "print",
    "ban in", "binh luan", "co chu", "luu", "gui", "in", "a+", "a-", "bai viet", "danh gia", "nghe", "in bai viet",
    "luu bai viet",
)
# Page controls that are no share bar: a view counter, an audio player's clock, an advertisement's label.
PAGE_CONTROL = re.compile(r"^(?:(?:so )?luot (?:xem|doc|nghe)\s*:?\s*[\d.,]+|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
                          r"|quang cao|(?:bai viet|noi dung) (?:duoc )?tai tro)$")
FOLLOW_US = re.compile(r"^(?:theo doi .{1,40} tren\b|theo doi .{0,40}(?:facebook|youtube|zalo|google news|tiktok|fanpage)"
                       r"|tai ung dung|dang ky nhan tin|moi quy doc gia theo doi|quet ma qr)")
TAG_LIST = re.compile(r"^(?:tags?|tu khoa|chu de|keywords?|nhan)\s*:")
CAPTION_LABELS = frozenset({"chu thich anh", "anh minh hoa", "video", "clip", "infographic", "anh", "nguon anh",
                            "anh dai dien", "xem video", "xem anh"})
CAPTION_LINE = re.compile(r"^\(?(?:anh|nguon anh|photo|video)\s*:")
# "Trang chủ > Thế giới > ASEAN", "Thời sự » Đối ngoại": where the page sits in the site.
BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?:\s*[>»›/|]\s*[^.!?>»›/|]{1,40}){1,5}$")
# Stories no article about diplomacy carries in its body: horoscopes, lottery, football tips...
OFF_TOPIC = re.compile(
    r"\b(?:tu vi|con giap|cung hoang dao|cung menh|phong thuy|van khan|xo so|xsmn|xsmb|xsmt|xskt|soi keo"
    r"|ty le keo|keo nha cai|lich thi dau|ngoai hang anh|lich cup dien|lich cat dien|gia vang hom nay"
    r"|thoi tiet hom nay|lich am hom nay)\b")
SENTENCE_END = ".!?…\"”'’)»"
MAX_HEADLINE_WORDS = 30
MAX_LIST_HEADLINE_WORDS = 20
MAX_TEASER_WORDS = 60
MIN_UNMARKED_CARDS = 3  # headline + teaser cards ending a page with no header, byline or "..." to tell them  # a card's summary is cut within two or three lines
LINK_TO_STORY = "link to another story"
OFF_TOPIC_TEASER = "off-topic teaser (horoscope, lottery, football, utilities)"
MAX_MENU_WORDS = 3
MIN_BODY_WORDS = 12
HEAD_LINES = 4      # metadata (bylines, dates) stands within the first lines after the title...
TAIL_LINES = 2      # ...or among the last lines of the body


@dataclass(frozen=True)
class Line:
    index: int
    start: int      # offsets into the page text; the line break is not included
    end: int
    text: str

    # Rules ask for these over and over; each is worked out once per line (a long paragraph folded
    # by every rule was most of the cleaning time).
    @cached_property
    def blank(self) -> bool:
        return not self.text.strip()

    @cached_property
    def key(self) -> str:
        """The line folded for matching: lower case, no diacritics, spaces collapsed."""
        return fold_line(self.text)

    @cached_property
    def marker_key(self) -> str:
        """The folded line without the bullets and brackets around a section header or label."""
        return _strip_marker_punctuation(self.key)

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Removal:
    span: Span      # in the text given to ``clean``
    reason: str


@dataclass
class CleanResult:
    text: str
    offsets: OffsetMap                 # cleaned -> text given to ``clean``
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_time: str | None = None


def clean(text: str, *, has_title: bool = True) -> tuple[str, OffsetMap, list[Span]]:
    """Cleaned text, its map back into ``text``, and the removed furniture as spans of ``text``."""
    result = clean_page(text, has_title=has_title)
    return result.text, result.offsets, [r.span for r in result.removed]


def clean_page(text: str, *, has_title: bool = True) -> CleanResult:
    """``clean`` plus what the furniture told us: title, byline author, stated publication date."""
    lines = split_lines(text)
    page = _Page(lines)
    title = lines[0] if has_title and lines and not lines[0].blank else None
    if title is not None:
        page.keep_title(title)
    _read_head_metadata(page, title)
    for rule in LINE_RULES:
        for line in page.undecided():
            reason = rule(line, page)
            if reason:
                page.drop(line, reason)
    _cut_related_lists(page)
    _cut_after_end_marker(page, len(text))
    _cut_trailing_headlines(page)
    _cut_trailing_cards(page)
    _read_tail_byline(page)
    ranges = _kept_ranges(page)
    cleaned, offsets = _join(text, ranges)
    removed = [Removal(Span(line.start, line.end), reason) for line, reason in page.dropped()]
    removed += [Removal(span, reason) for span, reason in page.trims]
    removed.sort(key=lambda r: r.span.start)
    return CleanResult(cleaned, offsets, removed, title=title.text.strip() if title else None,
                       author=page.author, published=page.published, published_time=page.published_time)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for index, part in enumerate(text.split("\n")):
        lines.append(Line(index, start, start + len(part), part))
        start += len(part) + 1
    return lines


class _Page:
    """The lines of one page and what has been decided about each."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.reasons: dict[int, str] = {}
        self.title_index: int | None = None
        self.trims: list[tuple[Span, str]] = []
        self.author: str | None = None
        self.published: str | None = None
        self.published_time: str | None = None
        # Rules ask these for every line; recomputed each time, a page of thousands of short lines took
        # minutes (time growing with the square of its lines).
        self._first_body: int | None = None
        self._by_text: dict[str, list[int]] | None = None

    def keep_title(self, line: Line) -> None:
        self.title_index = line.index
        self._first_body = None

    def drop(self, line: Line, reason: str) -> None:
        self.reasons.setdefault(line.index, reason)
        if line.index == self._first_body:
            self._first_body = None  # that was the first paragraph: the next one is, found on the next ask

    def is_kept(self, line: Line) -> bool:
        return not line.blank and line.index not in self.reasons

    def undecided(self) -> list[Line]:
        return [ln for ln in self.lines if self.is_kept(ln) and ln.index != self.title_index]

    def kept(self) -> list[Line]:
        return [ln for ln in self.lines if self.is_kept(ln)]

    def dropped(self) -> list[tuple[Line, str]]:
        return [(self.lines[i], reason) for i, reason in sorted(self.reasons.items())]

    @property
    def title(self) -> Line | None:
        return self.lines[self.title_index] if self.title_index is not None else None

    def first_body_index(self) -> int:
        """Index of the first kept line that reads as a paragraph of the article. Only dropping that very
        line changes the answer (lines are never taken back), so it is kept until then."""
        if self._first_body is None:
            self._first_body = next((line.index for line in self.undecided()
                                     if is_sentence(line.text) and line.words >= MIN_BODY_WORDS), len(self.lines))
        return self._first_body

    def earlier_copies(self, line: Line) -> Iterator[int]:
        """Indexes of the lines before ``line`` with the same text (stripped), in page order."""
        if self._by_text is None:
            self._by_text = {}
            for other in self.lines:
                self._by_text.setdefault(other.text.strip(), []).append(other.index)
        same = self._by_text[line.text.strip()]
        return islice(same, bisect_left(same, line.index))


# --- line shapes -------------------------------------------------------------------------------
def is_sentence(text: str) -> bool:
    """Ends like prose, or is too long to be a headline."""
    stripped = text.strip()
    return bool(stripped) and (stripped[-1] in SENTENCE_END or len(stripped.split()) > MAX_HEADLINE_WORDS)


def is_headline(text: str) -> bool:
    """Short and unpunctuated at the end, as headlines, labels and menu items are."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > MAX_HEADLINE_WORDS:
        return False
    return stripped[-1] not in ".…;:," or stripped.endswith("?") or stripped.endswith("!")


def is_truncated_teaser(text: str) -> bool:
    """A story summary cut short with an ellipsis, as related-story cards show them. Cards cut their summary
    within a few lines; a longer paragraph ending in "..." is the writer's "and so on", not a teaser."""
    stripped = text.strip()
    return (stripped.endswith("...") or stripped.endswith("…")) and len(stripped.split()) <= MAX_TEASER_WORDS


@lru_cache(maxsize=8192)
def _fold_line(text: str) -> str:
    return _fold_text(text)


def fold_line(text: str) -> str:
    """Fold a line once however many rules look at it (lines are short; long texts are not kept)."""
    return _fold_line(text) if len(text) <= 400 else _fold_text(text)


def _strip_marker_punctuation(key: str) -> str:
    return key.strip(" :>»«-–•|*[]()").strip()


def related_marker(text: str) -> bool:
    """A section header that opens a list of other stories ("Đọc thêm", "Tin liên quan")."""
    return _strip_marker_punctuation(fold_line(text)) in RELATED_MARKERS


def _is_related_marker(line: Line) -> bool:
    """``related_marker`` of a line, from its folded key worked out once."""
    return line.marker_key in RELATED_MARKERS


# --- metadata near the top ---------------------------------------------------------------------
def _read_head_metadata(page: _Page, title: Line | None) -> None:
    """Date lines and bylines just under the title are metadata, not body. A bare name counts as
    a byline only as the first line under the title (later it is more likely a subheading)."""
    start = title.index + 1 if title else 0
    seen = 0
    for line in page.lines[start:]:
        if seen >= HEAD_LINES:
            break
        if line.blank:
            continue
        seen += 1
        if _take_date(page, line) or _take_dateline_alone(page, line):
            seen -= 1  # a date line does not use up the byline's place
            continue
        if _take_dateline(page, line):
            continue
        _take_byline(page, line, bare_name_ok=seen == 1)


def _take_dateline(page: _Page, line: Line) -> bool:
    """"Hà Nội, 10/8/2023 - Ngày 8/8, ...": the first paragraph opens with the day the report was filed; the
    paragraph stays body."""
    found = opening_dateline(line.text)
    if found is None:
        return False
    if page.published is None:
        page.published = found[2].isoformat()
    return True


def _take_dateline_alone(page: _Page, line: Line) -> bool:
    """"Jakarta, ngày 10/7/2023" alone on its line: the report's day of filing. The line stays: its city abroad is
    where the correspondent, and so the meeting, is."""
    day = dateline_alone(line.text)
    if day is None:
        return False
    if page.published is None:
        page.published = day.isoformat()
    return True


def _take_date(page: _Page, line: Line) -> bool:
    parsed = parse_date_line(line.text)
    if parsed is None:
        return False
    if page.published is None:
        page.published, page.published_time = parsed
    page.drop(line, "date line: publication metadata")
    return True


def _take_byline(page: _Page, line: Line, *, bare_name_ok: bool = True) -> bool:
    author = parse_byline(line.text)
    if author is None or (not bare_name_ok and is_bare_name(line.text)):
        return False
    if page.author is None:
        page.author = author
    page.drop(line, "byline: author metadata")
    return True


def is_bare_name(text: str) -> bool:
    """A byline that is only a name ("Hữu Toàn"), with no agency, prefix or "Theo"."""
    stripped = text.strip()
    return "(" not in stripped and "/" not in stripped and ":" not in stripped and \
        not fold_line(stripped).startswith(("theo ", "nguon")) and not stripped.isupper()


def _read_tail_byline(page: _Page) -> None:
    """A byline or date closing the body ("Hữu Toàn", "Minh Hằng (TTXVN)") is metadata too."""
    for line in reversed(page.kept()[-TAIL_LINES:]):
        if line.index == page.title_index:
            break
        if not (_take_byline(page, line) or _take_date(page, line)):
            break


# --- rules for single lines (line, page) -> reason or None ---------------------------------------
def rule_punctuation_only(line: Line, page: _Page) -> str | None:
    if not any(ch.isalnum() for ch in line.text):
        return "no letters: separator"
    return None


def rule_share_bar(line: Line, page: _Page) -> str | None:
    key = line.key
    if not _only_share_runs(key):
        return None
    rest = _share_words().sub(" ", key)
    if rest != key and not re.sub(r"[\W\d_]+", "", rest):
        return "share bar"
    return None


_RUN = re.compile(r"[\w+]+")
_LETTER = re.compile(r"[^\W\d_]")


def _only_share_runs(key: str) -> bool:
    """Whether every run of word characters with a letter in it is one a share word is made of. A share
    word is matched only where no word character or "+" touches it, so it covers whole runs: a line with
    any other run keeps letters and is no share bar. Most lines fail at their first word, before any pattern
    of the share words is tried along the whole line."""
    runs = _share_runs()
    return all(m.group() in runs or not _LETTER.search(m.group()) for m in _RUN.finditer(key))


@lru_cache(maxsize=1)
def _share_runs() -> frozenset[str]:
    return frozenset(_RUN.findall(" ".join(SHARE_WORDS)))


@lru_cache(maxsize=1)
def _share_words() -> re.Pattern[str]:
    """Every share-bar word as one pattern, longest first (as removing them one by one did)."""
    words = sorted(SHARE_WORDS, key=len, reverse=True)
    return re.compile(r"(?<![\w+])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w+])")


def rule_page_control(line: Line, page: _Page) -> str | None:
    if PAGE_CONTROL.match(line.key.strip()):
        return "page control"
    return None


def rule_follow_us(line: Line, page: _Page) -> str | None:
    if FOLLOW_US.match(line.key) and line.words <= 15:
        return "follow-us prompt"
    return None


def rule_tag_list(line: Line, page: _Page) -> str | None:
    if TAG_LIST.match(line.key):
        return "tag list"
    return None


def rule_caption_label(line: Line, page: _Page) -> str | None:
    key = line.marker_key
    if key in CAPTION_LABELS:
        return "photo caption label"
    if CAPTION_LINE.match(key) and line.words <= 10 and not is_sentence(line.text.rstrip(".")):
        return "photo credit line"
    return None


def rule_related_link(line: Line, page: _Page) -> str | None:
    """One link to another story inside the body ("Xem thêm: ...", ">> ...")."""
    text = line.text.strip()
    if text.startswith((">>", "»", "→")) and is_headline(text.lstrip(">»→ ")):
        return "link to another story"
    key = line.key  # the same as the stripped text's: folding collapses and strips spaces
    for marker in ("xem them", "doc them", "tin lien quan", "bai lien quan", "video"):
        if key.startswith(marker + ":") and len(key) > len(marker) + 5:
            return LINK_TO_STORY
    return None


def rule_off_topic(line: Line, page: _Page) -> str | None:
    if is_headline(line.text) and OFF_TOPIC.search(line.key):
        return OFF_TOPIC_TEASER
    return None


def rule_breadcrumb(line: Line, page: _Page) -> str | None:
    text = line.text.strip()
    if line.words <= 12 and BREADCRUMB.match(text) and sum(text.count(c) for c in ">»›") >= 1 \
            and not is_sentence(text):
        return "breadcrumb"
    return None


def rule_navigation(line: Line, page: _Page) -> str | None:
    """Menu items between the title and the first paragraph ("Thế giới", "ASEAN", "Video"). A short line with
    a day in it ("Jakarta, ngày 10/7/2023", "Ngày 10/10:") is a dateline or a schedule's head, not a menu."""
    if line.index < page.first_body_index() and line.words <= MAX_MENU_WORDS and not is_sentence(line.text) \
            and not _is_related_marker(line) and not _HAS_A_DAY.search(line.text):
        return "navigation"
    return None


_HAS_A_DAY = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")


def rule_title_repeated(line: Line, page: _Page) -> str | None:
    title = page.title
    if title is not None and line.key == title.key:
        return "headline printed twice"
    return None


def rule_repeated_paragraph(line: Line, page: _Page) -> str | None:
    """The same paragraph printed again later (sapo repeated, caption doubled)."""
    if line.words < 5:
        return None
    for index in page.earlier_copies(line):
        earlier = page.lines[index]
        if earlier.index != page.title_index and page.is_kept(earlier):
            if _next_nonblank_is(page, earlier, line):
                return None  # consecutive copies are a related-story card; the list rule decides
            return "paragraph printed twice"
    return None


def rule_prefix_of_next(line: Line, page: _Page) -> str | None:
    """An image's alt text followed by the same caption with its credit: keep the fuller one."""
    nxt = _next_nonblank(page, line)
    text = line.text.strip()
    if nxt is not None and len(text) >= 20 and nxt.text.strip() != text and nxt.text.strip().startswith(text):
        return "caption printed twice"
    return None


LINE_RULES: tuple[Callable[[Line, _Page], str | None], ...] = (
    rule_punctuation_only, rule_share_bar, rule_page_control, rule_follow_us, rule_tag_list, rule_caption_label,
    rule_related_link, rule_off_topic, rule_breadcrumb, rule_navigation, rule_title_repeated, rule_repeated_paragraph, rule_prefix_of_next,
)


def _next_nonblank(page: _Page, line: Line) -> Line | None:
    for other in page.lines[line.index + 1:]:
        if not other.blank:
            return other
    return None


def _next_nonblank_is(page: _Page, line: Line, other: Line) -> bool:
    nxt = _next_nonblank(page, line)
    return nxt is not None and nxt.index == other.index


# --- related-story lists -----------------------------------------------------------------------
def _cut_related_lists(page: _Page) -> None:
    """A list of other stories starts at a section header ("Đọc thêm") or at a card (a headline
    printed twice, as image alt text and link). Cards run headline, headline, teaser; the list
    ends where the body resumes (prose that no headline introduces)."""
    first_body = page.first_body_index()
    i = (page.title_index + 1) if page.title_index is not None else 0
    while i < len(page.lines):
        line = page.lines[i]
        if not page.is_kept(line):
            i += 1
            continue
        marker = _is_related_marker(line)
        card = i > first_body and _is_card_start(page, line)  # before the body a doubled line is the sapo
        if not (marker or card):
            i += 1
            continue
        stop, cards, saw_marker = _scan_list(page, i)
        reaches_end = _nothing_kept_after(page, stop)
        if (marker or saw_marker) and not reaches_end:
            stop, reaches_end = _headed_list_to_the_end(page, i, stop)
        if marker or saw_marker or cards >= 2 or reaches_end:
            for ln in page.lines[i:stop]:
                if page.is_kept(ln):
                    page.drop(ln, "related-stories list")
        else:
            nxt = _next_nonblank(page, line)
            if nxt is not None:
                page.drop(nxt, "headline printed twice")
        i = max(stop, i + 1)
    _drop_consecutive_copies(page)


def _drop_consecutive_copies(page: _Page) -> None:
    previous: Line | None = None
    for line in page.undecided():
        if previous is not None and line.text.strip() == previous.text.strip():
            page.drop(line, "printed twice")
            continue
        previous = line


def _is_card_start(page: _Page, line: Line) -> bool:
    nxt = _next_nonblank(page, line)
    return (nxt is not None and page.is_kept(nxt) and nxt.text.strip() == line.text.strip()
            and is_headline(line.text))


def _nothing_kept_after(page: _Page, index: int) -> bool:
    return all(not page.is_kept(ln) for ln in page.lines[index:])


def _headed_list_to_the_end(page: _Page, start: int, stop: int) -> tuple[int, bool]:
    """A page read from HTML prints each related headline once (the doubled alt text is gone), so after a
    section header its cards are headline, teaser: read them so when they run to the end of the page, and
    keep the strict reading (``stop``) when prose follows, since a cross-head and its paragraph look alike."""
    lenient = _scan_list(page, start, single_headline_cards=True)[0]
    if _nothing_kept_after(page, lenient):
        return lenient, True
    return stop, False


def _scan_list(page: _Page, start: int, *, single_headline_cards: bool = False) -> tuple[int, int, bool]:
    """Walk a related-stories list from ``start``; return where it stops, how many
    headline+teaser cards it held and whether it crossed a section header. Prose belongs to
    the list only as a card's teaser: after a headline printed twice, or cut short with "..."."""
    previous = "start"
    cards = 0
    saw_marker = False
    i = start
    while i < len(page.lines):
        line = page.lines[i]
        if line.blank:
            i += 1
            continue
        if not page.is_kept(line):
            # an off-topic headline already dropped: its teaser may follow. Other furniture (a photo credit,
            # a lone "Xem thêm: ..." link) has none: the list reads on as if it were not there
            if page.reasons.get(line.index) == OFF_TOPIC_TEASER:
                previous = "card"
            i += 1
            continue
        nxt = _next_nonblank(page, line)
        doubled = nxt is not None and nxt.text.strip() == line.text.strip()
        if _is_related_marker(line) or _is_end_marker(line):
            saw_marker = saw_marker or i != start
            previous = "header"
        elif is_headline(line.text):
            previous = "card" if doubled else "headline"
            if doubled:
                i = nxt.index
        elif previous == "card" or (single_headline_cards and previous == "headline") \
                or is_truncated_teaser(line.text):
            previous = "teaser"
            cards += 1
        else:
            break
        i += 1
    return i, cards, saw_marker


def _is_end_marker(line: Line) -> bool:
    return line.words <= 15 and line.key.startswith(END_MARKERS)


def _cut_after_end_marker(page: _Page, length: int) -> None:
    """Comments and the legal footer close the page; everything after them goes."""
    for line in page.undecided():
        if line.start > length // 2 and _is_end_marker(line):
            for ln in page.lines[line.index:]:
                if page.is_kept(ln):
                    page.drop(ln, "page footer or comments")
            return


# A line introducing a list with more words than this is a sentence of the body, not a section header.
MAX_MARKER_WORDS = 4


def _previous_kept(page: _Page, line: Line) -> Line | None:
    return next((ln for ln in reversed(page.lines[:line.index]) if page.is_kept(ln) and not ln.blank), None)


def _cut_trailing_headlines(page: _Page) -> None:
    """Two or more short headline-shaped lines ending the page are a list of other stories.
    A line with a photo credit is a caption, not a headline."""
    kept = page.undecided()
    run: list[Line] = []
    for line in reversed(kept):
        if is_headline(line.text) and line.words <= MAX_LIST_HEADLINE_WORDS and not credit_spans(line.text) \
                and parse_byline(line.text) is None and not _LIST_AFTER_A_COLON.search(line.key):
            run.append(line)
        elif run or parse_byline(line.text) is None:
            break
    if len(run) >= 2 and len(run) < len(kept) and not _introduced_by_the_body(page, run[-1]) \
            and not _meeting_names(run):
        for line in run:
            page.drop(line, "related-stories list at the end")


def _cut_trailing_cards(page: _Page) -> None:
    """Related stories a web page prints after the article as headline + teaser cards, each headline once (a
    text scrape doubles it, as the picture's alt text and the link, and _cut_related_lists reads that): cut when
    the cards follow the article's closing byline, or when two or more end the page and one teaser is cut short
    ("..."). A cross-head and its paragraph closing an article are neither."""
    kept = [ln for ln in page.undecided() if not ln.blank]
    cards: list[tuple[Line, Line]] = []
    i = len(kept) - 1
    while i >= 0 and parse_byline(kept[i].text) is not None:
        i -= 1                      # the page's own credit closing it ("(TTXVN)"): read as its byline later
    while i >= 1 and is_sentence(kept[i].text) and is_headline(kept[i - 1].text) \
            and parse_byline(kept[i - 1].text) is None and not _GALLERY_ALT.search(kept[i - 1].text):
        cards.append((kept[i - 1], kept[i]))
        i -= 2
    if not cards or i < 0:
        return
    after_byline = parse_byline(kept[i].text) is not None and i > 0
    cut_short = len(cards) >= 2 and any(is_truncated_teaser(teaser.text) for _, teaser in cards)
    # An article may close on a cross-head and its paragraph, or two; three in a row, each headline over a single
    # paragraph, is a list of other stories, whatever their topic
    many = len(cards) >= MIN_UNMARKED_CARDS
    if after_byline or cut_short or many:
        for headline, teaser in cards:
            page.drop(headline, "related stories after the article")
            page.drop(teaser, "related stories after the article")


def _introduced_by_the_body(page: _Page, first: Line) -> bool:
    """A run the body's own sentence announces ("Thủ tướng sẽ dự các hội nghị sau:", "... cụ thể như sau.") is
    the article's list of items, not other stories; a related-stories header ("Tin liên quan:") introduces
    other stories. So is a run numbered from 1 ("1. Hội nghị ...", "2) ...") or a programme's hours: other
    stories come unnumbered and without an hour."""
    if _NUMBERED_FROM_ONE.match(first.text) or _AT_AN_HOUR.match(first.text):
        return True
    before = _previous_kept(page, first)
    if before is None or _is_related_marker(before) or _ENDS_WITH_A_RELATED_MARKER.search(before.key):
        return False
    if _DAY_HEAD.match(before.key):
        return True
    if before.words <= MAX_MARKER_WORDS:
        return False
    return before.text.rstrip().endswith(":") or bool(_ANNOUNCES_A_LIST.search(before.key))


def _meeting_names(run: list[Line]) -> bool:
    """"• Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26", "3. Hội nghị Cấp cao Đông Á lần thứ 18", "- Ngày 6/9:
    Hội nghị Cấp cao ASEAN - Nhật Bản": a run whose every line is a meeting's name (after a bullet, a number or its
    day), maybe under a line announcing it ("Các hội nghị Thủ tướng dự gồm"), is the article's list of meetings.
    Other stories' headlines tell who did what ("Thủ tướng dự ...", "... bế mạc tại ...") or carry a day stamp."""
    items = run[:-1] if len(run) > 2 and _INTRODUCES.search(run[-1].key) else run
    return all(_a_meeting_name(line.text) for line in items)


def _a_meeting_name(text: str) -> bool:
    stripped = text.strip()
    if _DAY_STAMP.search(stripped):
        return False
    lead_in = _NAME_LEAD_IN.match(stripped)
    start = lead_in.end() if lead_in else 0
    names = find_meeting_mentions(stripped, fold_keep_length(stripped), lower_keep_length(stripped), 0, len(stripped))
    return any(m.start == start and _ASIDE.fullmatch(stripped, m.end) for m in names)


# A photo gallery's pictures carry the title numbered as alt text ("Chủ tịch ... hội đàm với ... -3"), each over
# its caption: the article's own pictures, not other stories.
_GALLERY_ALT = re.compile(r"\s[-–]\s?\d{1,2}\s*$")
# A body line closing with "Xem thêm:" or "Tin liên quan:" hands over to other stories.
_ENDS_WITH_A_RELATED_MARKER = re.compile(r"\b(?:xem them|doc them|tin lien quan|bai lien quan)\s*:?\s*$")
# "Tháp tùng Thủ tướng có: Bộ trưởng ...": a sentence opening a list after its colon, not a headline.
_LIST_AFTER_A_COLON = re.compile(r"\b(?:co|gom|bao gom|la|nhu sau|sau day)\s*:\s*\S")
_NUMBERED_FROM_ONE = re.compile(r"\s*1\s*[.)]\s+\S")
# A programme's line opens with its hour ("- 8h30: Lễ khai mạc ...", "14:00 - Hội nghị ..."): headlines do not.
_AT_AN_HOUR = re.compile(r"\s*(?:[-–•+*]\s*)?\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}\s*(?:phút\s*)?[:\-–]?\s+\S", re.IGNORECASE)
# "... như sau.", "... sau đây.", "... gồm các hội nghị dưới đây."
_ANNOUNCES_A_LIST = re.compile(r"\b(?:nhu sau|sau day|duoi day)\s*\W*$")
# A schedule's day heading its items: "Ngày 10/10:", "Sáng 13/11:", "Thứ Sáu (13/11):".
_DAY_HEAD = re.compile(r"\W*(?:(?:ngay|sang|chieu|toi|trua|thu \w+|chu nhat)\s*)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}"
                       r"(?:\s*[/.-]\s*\d{2,4})?\)?\s*:\s*$")
# What may stand before a listed meeting's name: a bullet, a number, its day or hour, its opening ceremony.
_NAME_LEAD_IN = re.compile(r"(?:[-–•+*·]\s*|\d{1,2}\s*[.)]\s*)?(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)?\s*\d{1,2}\s*[/.-]"
                           r"\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*[:\-–]\s*|\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}\s*[:\-–]?\s*)?"
                           r"(?:(?:[Ll]ễ|[Pp]hiên)\s+(?:khai|bế)\s+mạc\s+)?")
# What may follow it: its day or place in brackets, a closing stop or semicolon.
_ASIDE = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*[.;,]?\s*")
_DAY_STAMP = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)\s*$")
# A line announcing the items under it: "Các hội nghị Thủ tướng dự gồm", "... bao gồm", "... như sau".
_INTRODUCES = re.compile(r"\b(?:gom|bao gom|nhu sau|sau day|duoi day|sau)\s*\W*$")


# --- photo credits inside kept lines -------------------------------------------------------------
_PAREN_CREDIT = re.compile(r"\s*\(\s*(?:Ảnh|ảnh|Nguồn|nguồn|Photo|Video|Clip)\s*:[^()]{1,80}\)")
_CREDIT_START = re.compile(r"(?:(?<=[.!?…”\"')])\s*|\s+[-–]\s+|(?<=\s)|^)(?:Ảnh|Nguồn ảnh|Nguồn|Photo)\s*:\s*")
MAX_CREDIT_WORDS = 6
CREDIT_WORDS = frozenset({"phát", "minh", "họa", "hoạ", "tư", "liệu", "chụp", "màn", "hình", "internet", "nguồn"})
# Words every credit starts with (each _CREDIT_START opener begins with one): a line without any has no
# credit, found by a substring test instead of trying the pattern at every position of a long paragraph.
_CREDIT_OPENERS = ("Ảnh", "Nguồn", "Photo")
_TOKEN = re.compile(r"\S+")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Photo credits inside a line: "(Ảnh: TTXVN)", "... hội nghị. Ảnh: Thống Nhất/TTXVN Ngày 12/5...".
    A caption introduced by "Ảnh:" ("Ảnh: Thủ tướng ... phát biểu") is not a credit and stays."""
    spans = [(m.start(), m.end()) for m in _PAREN_CREDIT.finditer(text)] if "(" in text else []
    if not any(opener in text for opener in _CREDIT_OPENERS):
        return spans
    for match in _CREDIT_START.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        end = _credit_end(text, match.end())
        if end is not None:
            spans.append((match.start(), end))
    return sorted(spans)


def _credit_end(text: str, start: int) -> int | None:
    """Where a credit that starts at ``start`` ends: a run of capitalised names and agencies
    ("Thống Nhất – TTXVN", "Quang Toàn/BNEWS/TTXVN"), ended by a period, the line end, an agency
    name, a double space, or the capitalised first word of the next sentence."""
    rest = text[start:]
    # Enough words to tell a short credit from a longer rest, and as many as the walk below can reach.
    tokens = [(m.start(), m.end(), m.group()) for m in islice(_TOKEN.finditer(rest), MAX_CREDIT_WORDS + 1)]
    if tokens and len(tokens) <= MAX_CREDIT_WORDS and "." not in rest.rstrip().rstrip(".") and all(
            not tok[2][0].islower() or tok[2].lower() in CREDIT_WORDS for tok in tokens):
        return len(text.rstrip())  # "Ảnh: TTXVN phát", "Ảnh minh họa": the credit runs to the line end
    run: list[tuple[int, int, str]] = []
    for tok in tokens:
        word = tok[2]
        if run and rest[run[-1][1]:tok[0]].count(" ") >= 2:
            break  # a double space is where the page joined caption and paragraph
        if word in ("-", "–", "/") or word[0].isupper():
            run.append(tok)
            if word.endswith(".") and word.rstrip(".").isalpha():
                return start + tok[1]
            if len(run) >= MAX_CREDIT_WORDS:
                break
            continue
        if word[0].isalnum():
            # a lowercase word or a number: the last capitalised word began the next sentence
            if len(run) < 2:
                return None
            run.pop()
        break
    agencies = [i for i, tok in enumerate(run) if _is_agency_token(tok[2])]
    if agencies:
        run = run[:agencies[-1] + 1]  # an agency name closes a credit
    elif len(run) >= MAX_CREDIT_WORDS:
        run = run[:3]
    while run and run[-1][2] in ("-", "–", "/"):
        run.pop()
    return start + run[-1][1] if run else None


def _is_agency_token(word: str) -> bool:
    """"TTXVN", "Nhất/TTXVN", "Vietnam+", "AFP": the part of a credit naming the agency."""
    core = word.strip(".,")
    return "/" in core or core.endswith("+") or (len(core) >= 2 and core.isupper() and core.isalpha())


# --- output --------------------------------------------------------------------------------------
def _kept_ranges(page: _Page) -> list[tuple[int, int]]:
    """Kept lines as (start, end) ranges of the page, credits cut out and whitespace trimmed."""
    ranges: list[tuple[int, int]] = []
    for line in page.kept():
        pieces = [(line.start, line.end)]
        if line.index != page.title_index:
            pieces = []
            cursor = 0
            for s, e in credit_spans(line.text):
                pieces.append((line.start + cursor, line.start + s))
                page.trims.append((Span(line.start + s, line.start + e), "photo credit"))
                cursor = e
            pieces.append((line.start + cursor, line.end))
        for s, e in pieces:
            s, e = _strip_range(page.lines[line.index].text, line.start, s, e)
            if e > s:
                ranges.append((s, e))
    return ranges


def _strip_range(line_text: str, line_start: int, s: int, e: int) -> tuple[int, int]:
    piece = line_text[s - line_start:e - line_start]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    return s + lead, e - trail


def _join(text: str, ranges: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    segments: list[Segment] = []
    position = 0
    for s, e in ranges:
        if parts:
            parts.append("\n")
            position += 1
        parts.append(text[s:e])
        segments.append(Segment(position, s, e - s))
        position += e - s
    return "".join(parts), OffsetMap(tuple(segments))


def compose(offsets: OffsetMap, index: list[int]) -> OffsetMap:
    """Chain cleaned -> normalised (``offsets``) with normalised -> original (``index``): one
    segment per run where both maps advance together."""
    segments: list[Segment] = []
    for seg in offsets.segments:
        segments.extend(_compose_segment(seg, index))
    return OffsetMap(tuple(segments))


def _compose_segment(seg: Segment, index: list[int]) -> list[Segment]:
    """One segment of ``offsets`` as runs of the original. Most come from one stretch of the input
    that normalising left alone, so their map is a plain count: checked whole, then one run."""
    mapped = index[seg.original_start:seg.original_start + seg.length]
    if not mapped:
        return []
    first = mapped[0]
    if mapped[-1] - first == seg.length - 1 and mapped == list(range(first, first + seg.length)):
        return [Segment(seg.clean_start, first, seg.length)]
    runs: list[Segment] = []
    run_clean, run_orig, run_len = seg.clean_start, first, 0
    for k, orig in enumerate(mapped):
        if run_len and orig == run_orig + run_len:
            run_len += 1
            continue
        if run_len:
            runs.append(Segment(run_clean, run_orig, run_len))
        run_clean, run_orig, run_len = seg.clean_start + k, orig, 1
    runs.append(Segment(run_clean, run_orig, run_len))
    return runs


def span_to_original(span: Span, index: list[int], original_length: int) -> Span:
    """A span of normalised text as a span of the original it came from."""
    if span.start >= len(index):
        return Span(original_length, original_length)
    start = index[span.start]
    end = index[span.end - 1] + 1 if span.end > span.start else start
    return Span(start, max(start, end))
