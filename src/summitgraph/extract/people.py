"""People the article names in a public role, with their titles and the country they serve.

Three cues introduce a person: a title before the name ("Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng"),
an honorific ("ông Nguyễn Quốc Dũng – Thứ trưởng ..."), or a name followed by a title in apposition
("Carl Thayer, chuyên gia về Việt Nam ..."). Every mention is read on its own; then mentions of one
person ("Thủ tướng Hun Sen", "Samdech Techo Hun Sen", "ông Hun Sen") are merged, their titles listed in
order, and a country is chosen from the strongest evidence.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from summitgraph.extract.context import DocContext
from summitgraph.extract.names import (
    HEAD_KINDS, NAME_PARTICLES, WHERE, Entry, TitlePart, Token, TokenDoc, Walk, city_country, clean_name, fold,
    head_at, is_acronym,
    is_foreign_word, is_surname, is_vietnamese_surname, is_vietnamese_syllable, lexicon, name_like, owned_by_country, run_end,
    vietnamese_name, walk_title,
)
from summitgraph.model import PersonRecord, Span
from summitgraph.registry import countries as registry_countries
from summitgraph.registry import office_holder_country, office_holder_country_by_last_name, same_office_holder

NAME = "people"
VERSION = "1.52"  # what each version changed: docs/versions.md

# Evidence for a person's country, strongest first.
SAID = 3            # "Thủ tướng Lào", "của Việt Nam", "(Trung Quốc)"
ORGANISATION = 2    # "Cục Hàng hải Việt Nam", "Tổng Thư ký ASEAN", "Quốc vụ viện"
AFFILIATION = 1     # "chuyên gia William Braniff thuộc Đại học Maryland (Mỹ)"

# Kinds of title that make a Vietnamese-looking official Vietnamese when nothing else is said.
_PUBLIC_KINDS = frozenset({"office", "military"})
_SEPARATORS = frozenset({",", "–", "-", "—"})
_DASHES = frozenset({"–", "-", "—"})
_OWNER = "của"
_INTERVIEW_LABELS = frozenset({"PV", "Phóng viên"})   # who speaks next in an interview ("PV: ...")
# Words between a name and a title in apposition: "X, một chuyên gia ...", "X vừa là Trưởng ban ...".
_APPOSITION_LINKS = tuple(tuple(link.split()) for link in (
    "khi đó là", "khi ấy là", "lúc đó là", "lúc ấy là", "lúc bấy giờ là", "hiện đang là", "người giữ chức",
    "giữ chức", "người từng giữ chức", "từng giữ chức", "người từng là", "từng là", "được bầu giữ chức",
    "được bổ nhiệm giữ chức", "tái đắc cử", "được bổ nhiệm làm", "được cử làm", "được bầu làm", "trên cương vị", "đồng thời là", "vừa là",
    "cũng là", "hiện là", "còn là", "nguyên là", "một", "là", "kiêm", "làm"))
# How far a title may run before its name when the walk cannot read it (tokens, lower-case words).
_REACH = 24
_REACH_LOWER = 5
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})
_APOSTROPHES = frozenset({"'", "’"})   # "Dato' Seri": a Malay honorific's elision, inside a name
# Words that qualify an office between it and the holder's name ("Thủ tướng mãn nhiệm X"): the only lower-case
# words a bare office may be followed by when the name is reached for.
_OFFICE_MODIFIERS = tuple(tuple(w.split()) for w in (
    "mãn nhiệm", "sắp mãn nhiệm", "đương nhiệm", "tạm quyền", "lâm thời", "đắc cử", "kỳ cựu", "mới", "tân",
    "tiền nhiệm", "kế nhiệm", "danh dự", "trưởng", "cấp cao", "chuyên trách", "phụ trách", "thứ nhất", "thứ hai",
    "đặc biệt", "đặc mệnh toàn quyền", "nhiệm kỳ", "khóa", "lâu năm", "thường trực", "đặc trách", "lưu động",
    "hàng đầu", "quân sự", "quân đội", "cao nhất", "chóp bu",   # "nhà lãnh đạo quân sự Myanmar X"
    # a ministry's field written small ("bộ trưởng y tế Indonesia X")
    "y tế", "giáo dục", "năng lượng", "nông nghiệp", "giao thông", "du lịch", "lao động", "văn hóa", "môi trường",
    "công nghiệp", "thông tin", "truyền thông", "xây dựng", "khoa học", "công nghệ", "tài nguyên", "ngoại thương"))
# Lower-case nouns whose next capitalised word is a place: "bang Florida", "châu Âu", "tỉnh Aceh".
_PLACE_NOUNS = frozenset({"bang", "châu", "tỉnh", "phố", "đô", "vùng", "đảo", "quận", "huyện",
                          "biển", "miền", "sông"})
_INSIDE_TITLE = frozenset({"-", "–", "&", "/"})
_AFFILIATION_WORDS = frozenset({"thuộc", "tại", "của", "ở"})
_PLURAL = frozenset({"các", "những", "nhiều", "một số"})
_TWO = "hai"
_SIDES = frozenset({"nước", "bên"})   # "Thủ tướng hai nước", "Bộ trưởng hai bên"
# Words after a head written small that still make it a title: "đại diện một doanh nghiệp", "đại diện cho".
_SMALL_HEAD_OBJECTS = frozenset({"một", "cho", "của"})
# Organisations always followed by their own name ("Đại học De La Salle"), unlike a council or committee
# whose holder may follow the head noun when the article leaves its name out ("Chủ tịch Hội đồng A").
_NAMED_ORGANISATIONS = frozenset(tuple(w.split()) for w in (
    "đại học", "trường", "học viện", "viện", "công ty", "tập đoàn", "ngân hàng", "hãng", "bệnh viện"))
# Words between a shared title and the colon of its list: "Bộ trưởng Ngoại giao các nước thành viên:".
_LIST_OPENERS = frozenset({"các", "nước", "quốc", "gia", "thành", "viên", "có", "là"})
# How far a role set off by commas before a verb of saying may run, in tokens.
_QUOTED_ROLE_TOKENS = 24
_BEFORE_SAYING = frozenset({"cũng", "đã", "vừa", "thì", "lại", "còn", "từng"})
# Words of time between a title and the "là" that names its holder ("... hiện nay là X", "... năm nay là X").
_NOW_WORDS = frozenset({"hiện", "nay", "năm", "này", "hiện tại", "mới"})
# How far a title in apposition may run in free words to its organisation and the closing comma.
_FREE_TITLE_WORDS = 16


@dataclass
class PersonMention:
    """One place where the text names a person. ``start``/``end`` is the span of the name."""

    start: int
    end: int
    name: str
    titles: list[str]
    title_spans: list[Span]
    country: str | None
    person: str = ""            # the full name of the person this mention was resolved to
    confidence: float = 0.5


@dataclass
class _Mention:
    start: int                  # token span of the name
    end: int
    name: str
    char_start: int             # character span of the name
    char_end: int
    titles: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    countries: list[tuple[str, int]] = field(default_factory=list)
    cue: str = "title"          # title | honorific | apposition
    words: tuple[str, ...] = ()

    def add_part(self, doc: TokenDoc, part: TitlePart) -> None:
        text = part.text(doc)
        self.countries.extend(part.countries)
        city = next((k for k in range(part.start, part.end) if k in doc.cities), None)
        if city is not None and (code := city_country(doc, city)):
            self.countries.append((code, AFFILIATION))   # "Thị trưởng London X": the city's country, if no other
        if not text:
            return
        self.titles.append(text)
        self.kinds.append(part.kind)
        toks = doc.tokens
        self.spans.append(Span(toks[part.start].start, toks[max(part.start, part.end - 1)].end))


@dataclass
class _Person:
    mentions: list[_Mention]

    @property
    def best(self) -> _Mention:
        # The fullest form names the person; between equals, the first one written.
        return max(self.mentions, key=lambda m: (len(m.words), len(m.name), -m.start))


# ---------------------------------------------------------------------------------------- reading mentions

class _Reader:
    """Reads the mentions of people in one text, left to right."""

    def __init__(self, doc: TokenDoc) -> None:
        self.doc, self.toks, self.lex = doc, doc.tokens, lexicon()
        self.openers = _openers()
        self.mentions: list[_Mention] = []
        # ("các Ủy viên Trung ương Đảng:", the token where its list ends)
        self.collective: list[tuple[TitlePart, int]] = []

    def read(self) -> list[_Mention]:
        # Most words start nothing (no title, no honorific, no name): step only where one could start.
        openers = self.openers
        starts = [i for i, t in enumerate(self.toks) if t.is_cap or t.key in openers]
        i = 0
        for start in starts:
            if start >= i:        # not inside what the last step read
                i = self._step(start)
        self._apply_collective()
        return self.mentions

    def _step(self, i: int) -> int:
        toks = self.toks
        # A title, a place or an honorific starts only at a word the lexicon lists first; most capitalised
        # words are none, and go straight to the bare-name reading.
        if toks[i].key in self.lex.by_first:
            end = self._from_listed_word(i)
            if end is not None:
                return end
        if toks[i].is_word and toks[i].is_cap:
            return self._from_bare_name(i)
        return i + 1

    def _from_listed_word(self, i: int) -> int | None:
        """Where the reading from a title head, a place or an honorific at token ``i`` ends; None when none fits."""
        toks = self.toks
        head = head_at(self.doc, i)
        if head and toks[i].is_word:
            return self._from_head(i, head[1])
        place = self.lex.match(toks, i, {"not-name"})
        if place and len(place.words) > 1 and toks[i].is_cap:
            return i + len(place.words)        # "Bà Nà", "Bà Rịa": places that open with an honorific's word
        honorific = self.lex.match(toks, i, {"honorific"})
        if honorific and i + len(honorific.words) < len(toks):
            j = i + len(honorific.words)
            if toks[j].is_cap and not head_at(self.doc, j):
                return self._from_honorific(j)
        return None

    def _from_head(self, i: int, head: Entry) -> int:
        walk = walk_title(self.doc, i, head)
        if self._spouse_before(i):
            return max(i + 1, walk.end)        # "Phu nhân Thủ tướng X": the office is not X's, X is not annotated
        pair = self._two_holders(i, walk)
        if pair is not None:
            return pair                        # "Hai Ngoại trưởng A và B", "Thủ tướng hai nước A và B"
        if self._blocked(i):
            listed = self._list_by_country(walk) if walk.name is None and self._plural_before(i) else None
            listed = self._respective_holders(walk) if listed is None and walk.name is None else listed
            if listed is not None:
                return listed                  # "các Bộ trưởng Ngoại giao ASEAN gồm ông A (Singapore), B (Lào)"
            if walk.name is None and walk.end < len(self.toks) and self.toks[walk.end].text == ":" \
                    and self._plural_before(i):
                self.collective.append((walk.parts[0], self._sentence_end(walk.end)))
            if walk.name is None:
                return max(i + 1, walk.end)
            if self._plural_before(i) and self._listed_name(*walk.name):
                return self._titled_list(walk)
            # "Hội nghị Tổng Cục trưởng Hải quan ASEAN, Phó Thủ tướng X": start again at X's title
            return walk.parts[-1].start if len(walk.parts) > 1 else i + len(head.words)
        first = self._one_word_holder(walk.parts[0])
        if first is not None and (walk.name is None or len(walk.parts) > 1):
            return first
        if walk.name is None or self._weak_name(walk.name):
            reached = self._reach_name(walk)
            if reached is not None:
                return self._reached(walk, *reached)
            comma = self._clause_to_comma(walk)
            if comma is not None and (walk.name is not None or walk.end < comma):
                # "Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Chính trị - An ninh, ông X": the title runs to
                # the comma and the holder is named after it
                parts = walk.parts[:-1] + [self._reached_part(walk, comma)]
                return self._title_then_name(Walk(parts, comma, None), i)
        if walk.name is not None and self._names_an_organisation(*walk.name):
            return max(i + 1, walk.end)        # "nhà nghiên cứu tại Đại học De La Salle": the university's name
        if walk.name is None:
            listed = self._respective_holders(walk)
            listed = self._list_by_country(walk) if listed is None else listed
            listed = self._countries_listed_after(walk) if listed is None else listed
            listed = self._holder_in_brackets(walk) if listed is None else listed
            listed = self._holder_after_copula(walk) if listed is None else listed
            if listed is not None:
                return listed
            return self._title_then_name(walk, i)
        if self._listed_by_country_after(walk.name[1]):
            return self._titled_list(walk)     # "Bộ trưởng Ngoại giao A (Brunei), B (Campuchia) và C (Lào)"
        if self._country_before(walk.name[0]) is not None and self._country_then_name(walk.name[1]) is not None:
            return self._by_country_names(walk, walk.name[1])   # "Ngoại trưởng Nhật Bản A, Hàn Quốc B và ..."
        mention = self._titled(*walk.name, walk, cue="title")
        if self._in_list(i, mention):
            return max(walk.end, mention.end)  # one of a list ("..., nguyên Thủ tướng Malaysia X, ..."):
        return self._apposition(mention, walk.end)  # what follows is the next item, not X's title

    def _two_holders(self, i: int, walk: Walk) -> int | None:
        """"Hai Bộ trưởng A và B", "Thủ tướng hai nước A và B": a title said of two, then two names joined by
        "và", each holding it (the count vouches for the second name, whatever its shape). The token after
        the second name, or None."""
        toks = self.toks
        if i > 0 and toks[i - 1].key == _TWO and walk.name is not None:
            first = walk.name[0]
        elif walk.name is None and walk.end + 2 < len(toks) and toks[walk.end].key == _TWO \
                and toks[walk.end + 1].key in _SIDES:
            first = walk.end + 2
        else:
            return None
        a = self._whole_name(first)
        b = self._whole_name(a[1] + 1) if a and a[1] < len(toks) and toks[a[1]].key == "và" else None
        if b is None:
            return None
        parts = _own_parts(self.doc, walk.parts)
        for found in (a, b):
            mention = self._mention(*found, cue="title")
            for part in parts:
                mention.add_part(self.doc, part)
        return b[1]

    def _whole_name(self, k: int) -> tuple[int, int] | None:
        """The capitalised run at ``k`` when all of it is a name of two words or more (no title, no place)."""
        found = self._clean_run(k)
        return found if found and found[1] - k >= 2 else None

    def _clean_run(self, k: int) -> tuple[int, int] | None:
        """The capitalised run at ``k`` when all of it reads as a name: no title opens it, no place is in it."""
        toks = self.toks
        if k >= len(toks) or not (toks[k].is_word and toks[k].is_cap) or head_at(self.doc, k) \
                or self.doc.place_at(k):
            return None
        end = run_end(self.doc, k)
        return (k, end) if clean_name(self.doc, k, end) == (k, end) else None

    def _names_an_organisation(self, i: int, j: int) -> bool:
        """Foreign name words right after an organisation's head noun ("Đại học De La Salle", "Viện
        Brookings"): the organisation's own name. A Vietnamese full name there is a person's ("Cục trưởng
        Cục Y tế Nguyễn Văn A" is read otherwise; "Vụ Lê Dũng" cannot be told)."""
        if vietnamese_name([t.text for t in self.toks[i:j]]):
            return False
        for p in range(max(0, i - 3), i):
            entry = self.lex.match(self.toks, p, {"org"})
            if entry is not None and p + len(entry.words) == i and entry.words in _NAMED_ORGANISATIONS:
                return True
        return False

    def _namesake_before_saying(self, mention: _Mention, walk: Walk) -> bool:
        """"Ông X, Hiệu trưởng Trường Chính sách công Lý Quang Diệu, nhận định": a name closing the role of
        someone who opens the sentence, right before the comma and the verb of saying, is the namesake of
        the body in the role; X is who speaks."""
        end = walk.name[1]
        if end + 1 >= len(self.toks) or self.toks[end].text != "," or not self._saying_at(end + 1):
            return False
        if self.toks[walk.parts[0].start - 1].text != "," or self.toks[walk.name[0] - 1].text == ",":
            return False
        first = self._first_token(mention)
        return first == 0 or self.toks[first - 1].text in ".\n" or self.toks[first - 1].key == "theo"

    def _one_word_holder(self, part: TitlePart) -> int | None:
        """"Tổng thống Bush và Thủ tướng Blair": a head (and a country) then one foreign word before "và"
        or a comma names that word's holder, though the walk read on as if the word began an organisation
        ("Bộ trưởng Tài chính và Kế hoạch"). Returns the token after the name when it made the mention."""
        k = self._one_word_name(part)
        if k is None:
            return None
        mention = self._mention(k, k + 1, cue="title")
        mention.add_part(self.doc, TitlePart(part.start, k, part.kind, part.removed, part.countries, part.head_len))
        return k + 1

    def _one_word_name(self, part: TitlePart) -> int | None:
        """The token of the one foreign word that ends ``part`` (or follows it, after a country or a body)
        before "và" or a comma, if it is a name."""
        toks, k = self.toks, part.end - 1
        if part.end + 1 < len(toks) and toks[part.end + 1].key in ("và", ",") and self._place_ends_at(part.end):
            k = part.end                      # "..., Tổng thư ký ASEAN X, ...": the walk stopped at the word
        elif part.end >= len(toks) or toks[part.end].key not in ("và", ","):
            return None
        if k < part.start + part.head_len:
            return None
        cut = {j for a, b in part.removed for j in range(a, b)}
        if k in cut or k - 1 not in cut and not self._place_ends_at(k) \
                and any(j not in cut for j in range(part.start + part.head_len, k)):
            return None                       # more than a country between the head and the word, and no
                                              # country or body right before it ("Bộ trưởng Ngoại giao Indonesia
                                              # X và", "Tổng thư ký ASEAN X, ...")
        word = toks[k]
        if not (word.is_word and word.is_cap and is_foreign_word(word)) or is_acronym(word) \
                or "-" in word.text and not _listed_family_name(word.text) \
                or self._in_place(k) or k in self.doc.cities \
                or self.lex.match(toks, k, {"org", "institution", "not-name", "stop"}):
            return None
        return k

    def _place_ends_at(self, k: int) -> bool:
        """Whether the name of a country or of a body such as ASEAN or the EU ends right before token ``k``."""
        places = (self.doc.place_at(s) for s in range(max(0, k - 6), k))
        return any(p is not None and p.end == k for p in places)

    def _in_place(self, k: int) -> bool:
        """Whether token ``k`` is a word of a place's name ("Arabia" in "Saudi Arabia")."""
        return any((p := self.doc.place_at(j)) is not None and p.end > k for j in range(max(0, k - 4), k + 1))

    # -- a title whose organisation the walk could not read to its end

    def _weak_name(self, name: tuple[int, int]) -> bool:
        """One Vietnamese syllable and then a lower-case word: the first word of a field or an
        organisation ("Bộ trưởng Du lịch", "Cục Y tế dự phòng"), unless no name follows."""
        toks = self.toks
        a, b = name
        return b - a == 1 and not is_foreign_word(toks[a]) and b < len(toks) and toks[b].is_word \
            and toks[b].is_lower and not self.lex.match(toks, b, {"stop", "connector"})

    def _reach_name(self, walk: Walk) -> tuple[TitlePart, tuple[int, int]] | None:
        """The full name that ends a title whose words the walk did not know ("Cục trưởng Cục Y tế
        dự phòng Trịnh Quân Huấn", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân
        Thắng"): a few more words of the same clause, no other title or verb, then a name of strong
        shape right before the clause goes on."""
        toks, last = self.toks, walk.parts[-1]
        j, lower = last.start + last.head_len, 0
        limit = min(len(toks), last.start + _REACH)
        while j < limit:
            t = toks[j]
            if t.is_word and t.is_cap:
                if j > last.start + last.head_len and head_at(self.doc, j):
                    return None                # another title: another person's
                k = run_end(self.doc, j)
                if self._named_place_word(j) and k - j > 1:
                    j += 1                     # "bang Florida Jeb Bush", "châu Âu Donald Tusk"
                found = clean_name(self.doc, j, k) if k > j else None
                found = found and self._past_institution(*found)
                if found and owned_by_country(self.doc, k):
                    found = None               # "Viện ISEAS – Yusof Ishak của Singapore": the body's namesake
                if found and found[1] == k and self._strong_name(*found):
                    return self._reached_part(walk, self._honorific_before(found[0])), found
                j = max(k, j + 1)
            elif t.is_word:
                if toks[j - 1].text in _SEPARATORS and self.lex.match(toks, j, {"honorific"}):
                    return None                # "Bộ trưởng ... - bà X -": the title is set off before its holder
                stop = self.lex.match(toks, j, {"stop"})
                go_on = self.lex.match(toks, j, {"continuation"})
                if stop and not (go_on and len(go_on.words) > len(stop.words)) or head_at(self.doc, j):
                    return None               # "dự" ends a title, "dự phòng" does not
                if t.key == "và" and toks[j - 1].is_cap and not is_acronym(toks[j - 1]) \
                        and not self.doc.place_at(j - 1):
                    return None               # "Tổng thống Roh và Đệ nhất phu nhân X": two people
                if j == last.start + last.head_len and last.kind == "office" and not self._modifies_office(j) \
                        and not self._qualifier_then_country(j):
                    return None               # "Thủ tướng tiễn X": a verb after a bare office, X its object
                if not self.lex.match(toks, j, {"connector", "continuation"}):
                    lower += 1                 # "phụ trách", "khu vực", "của" join titles; other words count
                if lower > _REACH_LOWER:
                    return None
                j += 1
            elif t.text == "(":
                close = self._bracketed_code(j)
                if close is None:
                    return None
                j = close + 1
            elif t.text in _INSIDE_TITLE or t.text == "," and self._portfolio_goes_on(j):
                j += 1
            else:
                return None
        return None

    def _portfolio_goes_on(self, j: int) -> bool:
        """"Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản X": the comma at ``j`` lists the fields of one
        ministry when only capitalised field words follow, up to "và" and the last field."""
        toks, k, fields = self.toks, j + 1, 0
        while k < min(len(toks), j + 10):
            t = toks[k]
            if t.key == "và":
                return fields > 0 and k + 1 < len(toks) and toks[k + 1].is_cap and not head_at(self.doc, k + 1) \
                    and not self.doc.place_at(k + 1)
            if t.text == ",":
                k += 1
                continue
            opens = toks[k - 1].text == ","        # each field opens with a capital ("Thương mại", "An ninh")
            if not t.is_word or opens and not t.is_cap or t.is_lower and self.lex.match(toks, k, {"stop", "saying"}) \
                    or head_at(self.doc, k) or self._country_not_field(k) \
                    or self.lex.match(toks, k, {"org", "honorific"}):
                return False
            fields += opens
            k += 1
        return False

    def _country_not_field(self, k: int) -> bool:
        """A country's name at ``k``, unless a lower-case syllable goes on with it into a field ("Pháp lý")."""
        place = self.doc.place_at(k)
        return place is not None and not (place.end == k + 1 and k + 1 < len(self.toks) and self.toks[k + 1].is_lower
                                           and self.toks[k + 1].is_word)

    def _honorific_before(self, k: int) -> int:
        """Where a lower-case "ông"/"bà" written right before the name at ``k`` starts ("Ngoại trưởng
        Australia bà Julie Bishop"): the title ends before it; ``k`` when there is none."""
        for h in range(max(0, k - 2), k):
            entry = self.lex.match(self.toks, h, {"honorific"})
            if entry is not None and h + len(entry.words) == k and self.toks[h].is_lower:
                return h
        return k

    def _qualifier_then_country(self, j: int) -> bool:
        """"Trưởng đoàn thể thao Việt Nam X", "Trưởng đại diện thường trú UNDP tại ...": a few lower-case words
        after an office that run straight into a country or a body qualify the office (a verb would take the
        country as object and no name would follow it; the caller asks for the name)."""
        toks, k = self.toks, j
        while k < len(toks) and k < j + 3 and toks[k].is_word and toks[k].is_lower \
                and not self.lex.match(toks, k, {"stop", "saying", "honorific"}):
            k += 1
        place = self.doc.place_at(k) if k > j else None
        return place is not None and place.start == k

    def _modifies_office(self, j: int) -> bool:
        """A lower-case word that may stand right after an office and before its holder's name."""
        if self.toks[j].key in _PLACE_NOUNS or self.lex.match(self.toks, j, {"org"}, ignore_case=True):
            return True                          # "thống đốc bang Florida X", "Thứ trưởng bộ Văn hóa X"
        return bool(self.lex.match(self.toks, j, {"connector", "continuation"})) or any(
            tuple(t.key for t in self.toks[j:j + len(words)]) == words for words in _OFFICE_MODIFIERS)

    def _clause_to_comma(self, walk: Walk) -> int | None:
        """The comma that ends a title the walk could not read to its end, when only words of an
        organisation's name stand between ("... phụ trách Cộng đồng Kinh tế,"): no verb, no other title,
        few lower-case words. None when the clause goes on otherwise."""
        toks, last = self.toks, walk.parts[-1]
        j, lower = last.start + last.head_len, 0
        limit = min(len(toks), last.start + _REACH)
        while j < limit:
            t = toks[j]
            if t.text == ",":
                return j if j > last.start + last.head_len else None
            if t.is_word and t.is_cap:
                if j > last.start + last.head_len and head_at(self.doc, j):
                    return None
            elif t.is_word:
                if self.lex.match(toks, j, {"stop"}) or head_at(self.doc, j) or t.key == "và":
                    return None
                if not self.lex.match(toks, j, {"connector", "continuation"}):
                    lower += 1
                if lower > _REACH_LOWER:
                    return None
            elif t.text not in _INSIDE_TITLE:
                return None
            j += 1
        return None

    def _bracketed_code(self, j: int) -> int | None:
        """The closing bracket of "(VCCI)", "(Mỹ)": initials or a country, nothing said in words."""
        toks = self.toks
        close = next((c for c in range(j + 1, min(len(toks), j + 8)) if toks[c].text == ")"), None)
        if close is None or close == j + 1:
            return None
        place = self.doc.place_at(j + 1)
        if place and place.end == close or all(is_acronym(t) or t.text in "&-/" for t in toks[j + 1:close]):
            return close
        return None

    def _named_place_word(self, j: int) -> bool:
        """A capitalised word that names the place a lower-case noun before it announces."""
        return j > 0 and self.toks[j - 1].key in _PLACE_NOUNS and self.toks[j - 1].is_lower

    def _past_institution(self, i: int, j: int) -> tuple[int, int] | None:
        """"Nhà Trắng Jen Psaki": an institution written in capitals is the title's, not the name's."""
        entry = self.lex.match(self.toks, i, {"institution"})
        while entry is not None and i + len(entry.words) < j:
            i += len(entry.words)
            entry = self.lex.match(self.toks, i, {"institution"})
        return (i, j) if entry is None else None

    def _strong_name(self, i: int, j: int) -> bool:
        """A name nothing else could be: a Vietnamese full name of three syllables or more, or
        foreign name words that do not follow an organisation's head as its own name."""
        toks = self.toks
        words = [t.text for t in toks[i:j]]
        if vietnamese_name(words):   # two syllables right after a country: "của Trung Quốc Vương Nghị"
            return len(words) >= 3 or len(words) == 2 and self._after_country(i)
        # "Zulkifli bin Hassan", "Dato' Seri X": a particle or an honorific's elision inside the name
        capitalised = all(t.is_word and (t.is_cap or t.text in NAME_PARTICLES) or t.text in _APOSTROPHES
                          for t in toks[i:j]) and toks[i].is_cap and toks[j - 1].is_cap
        if 2 <= sum(t.is_word for t in toks[i:j]) <= 6 and self._after_country(i) and capitalised \
                and not any(is_acronym(t) for t in toks[i:j]):
            return True                        # "... Singapore Lim Hong Kiang": whoever follows the country
        if j - i == 1 and self._after_country(i) and self._closes_clause(j) and is_foreign_word(toks[i]) \
                and not is_acronym(toks[i]) and not self.lex.match(toks, i, {"org", "institution", "not-name"}):
            return True                        # "Bộ trưởng Du lịch Malaysia Sutrisno khẳng định": one word
        if j - i < 2 or not name_like(toks[i:j]) or not capitalised:
            return False
        return not any(self.lex.match(toks, p, {"org"}) and p + len(self.lex.match(toks, p, {"org"}).words) == i
                       for p in range(max(0, i - 3), i))

    def _closes_clause(self, k: int) -> bool:
        """Whether the title and its name end before token ``k``: punctuation, "và", or a verb that ends a title."""
        toks = self.toks
        return k >= len(toks) or toks[k].text in ",.;:)" or toks[k].key == "và" \
            or toks[k].is_lower and bool(self.lex.match(toks, k, {"stop", "saying"}))

    def _after_country(self, i: int) -> bool:
        """Whether a country's name ends right before token ``i``."""
        for k in range(max(0, i - 6), i):
            place = self.doc.place_at(k)
            if place is not None and place.end == i and not place.is_org:
                return True
        return False

    def _reached_part(self, walk: Walk, name_start: int) -> TitlePart:
        """The title from the last head to the name; a country right before the name, or after "của",
        is whom the person serves, one inside is the organisation's."""
        last = walk.parts[-1]
        part = TitlePart(last.start, name_start, last.kind, [], [], last.head_len)
        k = part.start + part.head_len
        for p in range(k, name_start):
            entry = self.lex.match(self.toks, p, {"institution"})
            if entry and entry.country and p + len(entry.words) <= name_start:
                part.countries.append((entry.country, ORGANISATION))   # "Nhà Trắng", "Quốc vụ viện"
        while k < name_start:
            place = self.doc.place_at(k)
            if place is None or place.end > name_start:
                k += 1
                continue
            k = place.start
            owner = k > 0 and self.toks[k - 1].key == "của"
            posted = k > 0 and self.toks[k - 1].key in WHERE   # "Đại sứ Mỹ tại Việt Nam ông X"
            bracketed = k > 0 and self.toks[k - 1].text == "(" and place.end + 1 == name_start \
                and self.toks[place.end].text == ")"
            if bracketed and not place.is_org:
                part.removed.append((k - 1, place.end + 1))   # "Tập đoàn P&G (Mỹ) X": whom X serves
                part.countries.append((place.code, SAID))
            elif place.is_org:
                part.countries.append((place.code, ORGANISATION))
            elif place.end == name_start and not posted or owner or self._sends(part, place, name_start):
                part.removed.append((k - 1 if owner else k, place.end))
                part.countries.append((place.code, SAID))
            else:
                part.countries.append((place.code, ORGANISATION))
            k = place.end
        return part

    def _sends(self, part: TitlePart, place: PlaceHit, name_start: int) -> bool:
        """"Đại sứ Mỹ tại Việt Nam ông X": the country right after the head, before where the holder is
        posted, is whom the holder serves."""
        return place.start == part.start + part.head_len and place.end < name_start \
            and self.toks[place.end].key in WHERE

    def _reached(self, walk: Walk, part: TitlePart, name: tuple[int, int]) -> int:
        mention = self._mention(*name, cue="title")
        for earlier in _own_parts(self.doc, walk.parts[:-1] + [part]):
            mention.add_part(self.doc, earlier)
        return self._apposition(mention, name[1])

    def _in_list(self, i: int, mention: _Mention) -> bool:
        """Whether the titled name starting at token ``i`` follows another name and a comma."""
        if i == 0 or self.toks[i - 1].text != ",":
            return False
        return any(m.end == i - 1 for m in self.mentions if m is not mention)

    def _title_then_name(self, walk: Walk, i: int) -> int:
        """"Phó tổng giám đốc Công ty X, bà Dương Thị Tô Châu, cho hay": the title stands first."""
        toks = self.toks
        walk = self._with_parent_organisation(walk)
        k = walk.end
        # "Bộ trưởng ..., bà X" and "Bộ trưởng ... - bà X -": the title, set off, then the honorific and the name
        honorific = self.lex.match(toks, k + 1, {"honorific"}) if k < len(toks) and toks[k].text in _SEPARATORS \
            else None
        if honorific is None and not walk.parts[-1].bare:
            return self._title_comma_name(walk, i)
        if honorific is None or walk.parts[-1].bare:
            return max(i + 1, walk.end)
        j = k + 1 + len(honorific.words)
        end = run_end(self.doc, j) if j < len(toks) and toks[j].is_cap else j
        found = clean_name(self.doc, j, end)
        if not found or found[1] >= len(toks) or toks[found[1]].text not in (",", ":", ";", ".", "-", "–", "—") \
                and toks[found[1]].key != "và" and not self.lex.match(toks, found[1], {"stop"}):
            return max(i + 1, walk.end)
        self._titled(*found, walk, cue="honorific")
        return found[1]

    def _with_parent_organisation(self, walk: Walk) -> Walk:
        """"Vụ trưởng Vụ ASEAN, Bộ Ngoại giao, bà X": the organisation set off by commas after a title that
        names its own unit is the unit's parent, part of the title, when "ông"/"bà" and the name follow."""
        toks, k = self.toks, walk.end
        if walk.parts[-1].bare or k + 2 >= len(toks) or toks[k].text != "," or not toks[k + 1].is_cap:
            return walk
        org = self.lex.match(toks, k + 1, {"org", "institution"})
        if org is None or head_at(self.doc, k + 1):
            return walk
        parent = walk_title(self.doc, k + 1, org, limit=min(len(toks), k + 1 + _FREE_TITLE_WORDS))
        end = parent.end
        if parent.name is not None or end + 1 >= len(toks) or toks[end].text != "," \
                or not self.lex.match(toks, end + 1, {"honorific"}):
            return walk
        walk.parts[-1].end = end
        return Walk(walk.parts, end, None)

    def _title_comma_name(self, walk: Walk, i: int) -> int:
        """"Cao ủy Thương mại Ủy ban châu Âu, Peter Mandelberg, về ...": a full name of strong shape set
        off by commas right after a complete title is its holder."""
        toks, k = self.toks, walk.end
        if k + 1 >= len(toks) or toks[k].text != "," or not toks[k + 1].is_cap:
            return max(i + 1, walk.end)
        end = run_end(self.doc, k + 1)
        found = clean_name(self.doc, k + 1, end)
        if found != (k + 1, end) or end >= len(toks) or not self._strong_name(*found) or self.doc.place_at(k + 1):
            return max(i + 1, walk.end)
        # "Bộ trưởng Ngoại giao Indonesia, Retno Marsudi cho biết": the predicate may follow the name at once
        if toks[end].text not in (",", ".", ";", ")") and not self.lex.match(toks, end, {"stop"}):
            return max(i + 1, walk.end)
        self._titled(*found, walk, cue="title")
        return found[1]

    def _from_honorific(self, j: int) -> int:
        k = run_end(self.doc, j)
        place = self.doc.place_at(j)
        if place is not None and place.start == j and k < place.end < len(self.toks) \
                and self.toks[place.end].is_cap:
            # "người đồng cấp Trung Quốc Vương Nghị": "Quốc Vương" across the place's end is no title
            k = run_end(self.doc, place.end)
        found = clean_name(self.doc, j, k)
        if not found or self.lex.match(self.toks, found[0], {"org", "institution"}) and not self._family_name(*found):
            return j                           # "các đồng chí Bộ Chính trị": an organisation, no one named
        mention = self._mention(*found, cue="honorific")
        place = self.doc.place_at(j)
        if place is not None and place.end == found[0] and not place.is_org:
            mention.countries.append((place.code, SAID))   # "người đồng cấp Trung Quốc Vương Nghị"
        honorific_at = next((h for h in range(j - 1, max(-1, j - 4), -1)
                             if self.lex.match(self.toks, h, {"honorific"})), j)
        if self._plural_before(honorific_at):
            first = len(self.mentions) - 1
            end = self._named_together(found[1])
            return self._respective_offices(self.mentions[first:], end)
        return self._apposition(mention, found[1])

    def _family_name(self, i: int, j: int) -> bool:
        """"bà Đoàn Thị Hà": a word that also heads an organisation ("Đoàn") is a family name when a
        Vietnamese given name of two syllables or more, and no place, follows it."""
        words = [t.text for t in self.toks[i:j]]
        return len(words) >= 3 and is_vietnamese_surname(words[0]) and vietnamese_name(words) \
            and not any(self.doc.place_at(k) or self.doc.inside_place(k) for k in range(i + 1, j))

    def _listed_name(self, i: int, j: int) -> bool:
        """A name of a shape nothing else has, as one of a list: a Vietnamese full name, or two or more
        foreign name words."""
        words = [t.text for t in self.toks[i:j]]
        return vietnamese_name(words) and len(words) >= 3 or j - i >= 2 and name_like(self.toks[i:j]) \
            and not vietnamese_name(words) and all(t.is_word and (t.is_cap or t.text in NAME_PARTICLES)
                                                   or t.text in _APOSTROPHES
                                                   for t in self.toks[i:j])   # "Albert del Rosario", "Dato' Seri"

    def _titled_list(self, walk: Walk) -> int:
        """"các Bộ trưởng Ngoại giao A, B và C": a plural title and the names it lists, each with it."""
        toks = self.toks
        first = self._mention(*walk.name, cue="title")
        parts = _own_parts(self.doc, walk.parts)
        for part in parts:
            first.add_part(self.doc, part)
        k = self._country_in_brackets(first, walk.name[1])
        if self._country_before(walk.name[0]) is not None:
            return self._by_country_names(walk, k)   # "các ngoại trưởng Nhật Bản A, Hàn Quốc B và Trung Quốc C"
        while k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và") and toks[k + 1].is_cap:
            end = run_end(self.doc, k + 1)
            found = clean_name(self.doc, k + 1, end)
            if not found or found != (k + 1, end) or not self._listed_name(*found) or head_at(self.doc, k + 1):
                break
            mention = self._mention(*found, cue="title")
            for part in parts:
                mention.add_part(self.doc, part)
            k = self._country_in_brackets(mention, found[1])
        return k

    def _listed_by_country_after(self, k: int) -> bool:
        """Whether the name ending at ``k`` and the next one, after a comma or "và", each have a country
        in brackets: one title shared by a list of names."""
        toks = self.toks
        after = self._country_in_brackets(_Mention(0, 0, "", 0, 0), k)
        if after == k or after + 1 >= len(toks) or not (toks[after].text == "," or toks[after].key == "và") \
                or not toks[after + 1].is_cap:
            return False
        end = run_end(self.doc, after + 1)
        found = clean_name(self.doc, after + 1, end)
        return found == (after + 1, end) and self._listed_name(*found) and \
            self._country_in_brackets(_Mention(0, 0, "", 0, 0), end) > end

    def _country_before(self, k: int) -> PlaceHit | None:
        """The country (not an organisation) whose name ends right before token ``k``."""
        places = (self.doc.place_at(s) for s in range(max(0, k - 4), k))
        return next((p for p in places if p is not None and p.end == k and not p.is_org), None)

    def _country_then_name(self, k: int) -> tuple[PlaceHit, tuple[int, int]] | None:
        """After the name ending at ``k``: a comma or "và", a country and a name of its own shape (", Hàn Quốc
        Ban Ki-moon"), the next holder of the same office."""
        toks = self.toks
        if k + 2 >= len(toks) or not (toks[k].text == "," or toks[k].key == "và"):
            return None
        return self._country_name_at(k + 1)

    def _country_name_at(self, k: int) -> tuple[PlaceHit, tuple[int, int]] | None:
        """A country at ``k`` and a name of its own shape right after it ("Hàn Quốc Ban Ki-moon")."""
        toks = self.toks
        place = self.doc.place_at(k)
        if place is None or place.is_org or place.end >= len(toks) or not toks[place.end].is_cap \
                or head_at(self.doc, place.end):
            return None
        end = run_end(self.doc, place.end)
        found = clean_name(self.doc, place.end, end)
        if found != (place.end, end) or not (self._listed_name(*found) or vietnamese_name(
                [t.text for t in toks[found[0]:found[1]]])):
            return None
        return place, found

    def _by_country_names(self, walk: Walk, k: int) -> int:
        """The first name of a shared title and each "country name" pair listed after it; returns the
        token after the list."""
        parts = _own_parts(self.doc, walk.parts)
        first = self._mention(*walk.name, cue="title")
        for part in parts:
            first.add_part(self.doc, part)
        said = self._country_before(walk.name[0])
        shared = [replace(p, countries=[c for c in p.countries if c[0] != said.code]) for p in parts]
        return self._named_by_country(shared, k)

    def _named_by_country(self, shared: list[TitlePart], k: int) -> int:
        """Each ", country name" pair from ``k`` on, with the office ``shared``; the token after the last."""
        while (item := self._country_then_name(k)) is not None:
            place, found = item
            mention = self._mention(*found, cue="title")
            for part in shared:                # the office, not the first holder's country
                mention.add_part(self.doc, part)
            mention.countries.append((place.code, SAID))
            k = found[1]
        return k

    def _countries_listed_after(self, walk: Walk) -> int | None:
        """"Bộ trưởng Ngoại giao các nước Indonesia A, Singapore B và Philippines C": a bare office, "các
        nước", then "country name" pairs (two at least) that each hold it. The token after the list, or None."""
        toks, k = self.toks, walk.end
        while k < len(toks) and k < walk.end + 3 and toks[k].key in _LIST_OPENERS:
            k += 1
        first = self._country_name_at(k) if k > walk.end else None
        if first is None or self._country_then_name(first[1][1]) is None:
            return None
        place, found = first
        shared = _own_parts(self.doc, walk.parts)
        mention = self._mention(*found, cue="title")
        for part in shared:
            mention.add_part(self.doc, part)
        mention.countries.append((place.code, SAID))
        return self._named_by_country(shared, found[1])

    def _respective_holders(self, walk: Walk) -> int | None:
        """"Ngoại trưởng các nước Mỹ, Nhật, Úc (lần lượt) là A, B và C": an office, two countries or more, "là"
        and as many names; each name holds the office for the country in the same place. None unless the
        counts agree."""
        listed = self._office_of_countries(walk)
        if listed is None:
            return None
        shared, countries, k = listed
        names = self._respective_names(k, len(countries))
        if names is None:
            return None
        for found, code in zip(names, countries):
            self._holds(self._mention(*found, cue="title"), shared, code)
        return names[-1][1]

    def _office_of_countries(self, walk: Walk) -> tuple[list[TitlePart], list[str], int] | None:
        """An office and the two countries or more listed with it ("Ngoại trưởng các nước Mỹ, Nhật, Úc",
        "Bộ trưởng Quốc phòng Mỹ, Nhật Bản và Australia"): the office's parts without them, the countries'
        codes in order and the token after the last one; None when fewer than two countries are listed."""
        last = walk.parts[-1]
        for p in range(last.start + last.head_len, min(len(self.toks), walk.end + 3)):
            place = self.doc.place_at(p)
            if place is None or place.is_org or place.end <= p:
                continue
            countries, k = self._country_chain(p)
            if len(countries) < 2:
                return None
            return _own_parts(self.doc, walk.parts[:-1] + [self._office_before_countries(last, p)]), countries, k
        return None

    def _holds(self, mention: _Mention, shared: list[TitlePart], code: str) -> None:
        """Give ``mention`` the office ``shared`` and the country it holds it for."""
        for part in shared:
            mention.add_part(self.doc, part)
        mention.countries.append((code, SAID))

    def _respective_offices(self, listed: list[_Mention], k: int) -> int:
        """"Các ông A, B và bà C, lần lượt là Ngoại trưởng Mỹ, Nhật Bản và Australia": names listed first,
        then "là", an office and as many countries; each name holds it for the country in its place. The token
        after the countries, or ``k`` when the shape or the counts differ."""
        toks, j = self.toks, self._past_respectively(k)
        if len(listed) < 2 or j + 1 >= len(toks) or toks[j].key != "là" or not (head := head_at(self.doc, j + 1)):
            return k
        walk = walk_title(self.doc, j + 1, head[1])
        found = self._office_of_countries(walk) if walk.name is None else None
        if found is None or len(found[1]) != len(listed):
            return k
        shared, countries, end = found
        for mention, code in zip(listed, countries):
            self._holds(mention, shared, code)
        return end

    def _holder_after_copula(self, walk: Walk) -> int | None:
        """"Người đứng đầu Ban Thư ký ASEAN hiện nay là X", "Tân Ngoại trưởng Nhật Bản là X": a complete title,
        "là" and a name that ends the clause: the name holds the title. The token after the name, or None."""
        toks, k = self.toks, walk.end
        while k < len(toks) and k < walk.end + 2 and toks[k].key in _NOW_WORDS:
            k += 1
        if k + 1 >= len(toks) or toks[k].key != "là" and toks[k].text != ":" \
                or walk.parts[-1].bare and len(walk.parts) == 1 and not self._country_before(walk.end):
            return None                        # "Ngoại trưởng Mỹ: Antony Blinken." in a list of delegations
        honorific = self.lex.match(toks, k + 1, {"honorific"}) if toks[k + 1].is_lower else None
        k += 1 + (len(honorific.words) if honorific else 0)
        found = self._whole_name(k) or self._respective_name(k)
        if found is None or not self._closes_clause(found[1]):
            return None
        self._titled(*found, walk, cue="title")
        return found[1]

    def _country_chain(self, k: int) -> tuple[list[str], int]:
        """The countries listed from token ``k`` ("Mỹ, Nhật Bản và Australia"), and the token after the last."""
        toks, codes = self.toks, []
        while (place := self.doc.place_at(k)) is not None and not place.is_org and place.end > k:
            codes.append(place.code)
            k = place.end
            if k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và") \
                    and (nxt := self.doc.place_at(k + 1)) is not None and not nxt.is_org:
                k += 1
            else:
                break
        return codes, k

    def _past_respectively(self, k: int) -> int:
        """The token after a comma and "lần lượt" (respectively) at ``k``, each optional, before the "là" of a
        respective list."""
        toks = self.toks
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if tuple(t.key for t in toks[k:k + 2]) == ("lần", "lượt"):
            k += 2
        return k

    def _respective_names(self, k: int, count: int) -> list[tuple[int, int]] | None:
        """After a list of countries: [","] ["lần lượt"] "là" and exactly ``count`` names (each perhaps after
        "ông"/"bà") joined by commas and "và". None when the shape or the count differs."""
        toks, k = self.toks, self._past_respectively(k)
        if k >= len(toks) or toks[k].key != "là":
            return None
        names: list[tuple[int, int]] = []
        k += 1
        if k < len(toks) and toks[k].key in _PLURAL and self._honorific_then_name(k + 1):
            k += 1                             # "lần lượt là các ông A, B và bà C"
        while len(names) < count:
            if names:
                if k >= len(toks) or not (toks[k].text == "," or toks[k].key == "và"):
                    return None
                k += 2 if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].key == "và" else 1
            honorific = self.lex.match(toks, k, {"honorific"}) if k < len(toks) and toks[k].is_lower else None
            k += len(honorific.words) if honorific else 0
            found = self._respective_name(k)
            if found is None:
                return None
            names.append(found)
            k = found[1]
        if k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và") \
                and self._respective_name(k + 1) is not None:
            return None                        # more names than countries: not matched one to one
        return names

    def _respective_name(self, k: int) -> tuple[int, int] | None:
        """A whole capitalised run at ``k`` that is a name ("Hun Sen"), or one foreign word: the count of
        countries before vouches for its shape."""
        toks = self.toks
        found = self._clean_run(k)
        if found is None:
            return None
        end = found[1]
        if end - k == 1:
            return found if is_foreign_word(toks[k]) and not is_acronym(toks[k]) else None
        return found if all(t.is_word and not is_acronym(t) for t in toks[k:end]) else None

    def _office_before_countries(self, part: TitlePart, k: int) -> TitlePart:
        """The office of ``part`` up to the list of countries at ``k``, without "các nước" before them."""
        end = k
        while end > part.start + part.head_len and self.toks[end - 1].key in _LIST_OPENERS:
            end -= 1
        return TitlePart(part.start, end, part.kind, [], [], part.head_len)

    def _holder_in_brackets(self, walk: Walk) -> int | None:
        """"Bộ trưởng Ngoại giao Indonesia (bà Retno Marsudi)", "Trưởng đoàn Việt Nam (Thứ trưởng X)": a title,
        then its holder in brackets, with "ông"/"bà" or a title of their own. The token after the bracket, or None."""
        toks, k = self.toks, walk.end
        if k + 2 >= len(toks) or toks[k].text != "(" or walk.parts[-1].bare and len(walk.parts) == 1:
            return None
        j, own = k + 1, None
        honorific = self.lex.match(toks, j, {"honorific"})
        if honorific is not None and toks[j].is_lower:
            j += len(honorific.words)
        elif head_at(self.doc, j):
            own = walk_title(self.doc, j, head_at(self.doc, j)[1], limit=min(len(toks), j + _FREE_TITLE_WORDS))
            j = own.name[0] if own.name is not None else j
        found = self._whole_name(j)
        if found is None or found[1] >= len(toks) or toks[found[1]].text != ")" or own is not None and own.name != found:
            return None
        mention = self._mention(*found, cue="title")
        for part in _own_parts(self.doc, walk.parts + (own.parts if own is not None else [])):
            mention.add_part(self.doc, part)
        return found[1] + 1

    def _country_in_brackets(self, mention: _Mention, k: int) -> int:
        """"Prak Sokhonn (Campuchia)", "Prak Sokhonn của Campuchia": a country in brackets, or after "của" and
        before the next item, right after a listed name is the one served."""
        toks = self.toks
        if k + 2 < len(toks) and toks[k].text == "(":
            place = self.doc.place_at(k + 1)
            if place is not None and not place.is_org and place.end < len(toks) and toks[place.end].text == ")":
                mention.countries.append((place.code, SAID))
                return place.end + 1
        if k + 1 < len(toks) and toks[k].key == _OWNER:
            place = self.doc.place_at(k + 1)
            if place is not None and not place.is_org and (place.end >= len(toks) or toks[place.end].key == "và"
                                                           or toks[place.end].text in ",;."):
                mention.countries.append((place.code, SAID))
                return place.end
        return k

    def _list_by_country(self, walk: Walk) -> int | None:
        """"Bộ trưởng Ngoại giao các nước: A (Campuchia), B (Lào) và C (Singapore)": a title shared by a
        list of names, each with the country it serves in brackets (the first one at least). Returns the
        token after the list, or None when no such list follows."""
        toks, k = self.toks, walk.end
        # "các nước ASEAN:": the grouping's acronym opens the list too
        while k < len(toks) and k < walk.end + 4 and (toks[k].key in _LIST_OPENERS or is_acronym(toks[k])):
            k += 1
        if k >= len(toks) or toks[k].text != ":" and toks[k].key != "gồm":
            return None
        k += 1
        parts = _own_parts(self.doc, walk.parts)
        listed = 0
        while (item := self._country_then_bracketed_name(k)) is not None:
            code, found, k = item              # "Bộ trưởng Ngoại giao các nước: Indonesia (A), Malaysia (B) và ..."
            mention = self._mention(*found, cue="title")
            for part in parts:
                mention.add_part(self.doc, part)
            mention.countries.append((code, SAID))
            listed += 1
            if k < len(toks) and (toks[k].text in (",", ";") or toks[k].key == "và"):
                k += 1
            else:
                return k
        while k < len(toks) and (toks[k].is_cap or self._honorific_then_name(k)):
            if not toks[k].is_cap:
                k += len(self.lex.match(toks, k, {"honorific"}).words)   # "gồm ông A (Singapore), ông B (Lào)"
            end = run_end(self.doc, k)
            found = clean_name(self.doc, k, end)
            after = self._country_in_brackets(_Mention(0, 0, "", 0, 0), found[1]) if found else k
            # a one-word name ("Sugiono (Indonesia)") is listed by the country in brackets after it
            mononym = found == (k, k + 1) and after > k + 1 and is_foreign_word(toks[k])
            if not found or found != (k, end) or not (self._listed_name(*found) or mononym) or head_at(self.doc, k):
                break
            if after == found[1] and not listed:
                return None                    # no country said of the first name: not such a list
            mention = self._mention(*found, cue="title")
            for part in parts:
                mention.add_part(self.doc, part)
            k = self._country_in_brackets(mention, found[1])
            listed += 1
            if k < len(toks) and (toks[k].text in (",", ";") or toks[k].key == "và"):
                k += 1
            else:
                break
        return k if listed else None

    def _country_then_bracketed_name(self, k: int) -> tuple[str, tuple[int, int], int] | None:
        """"Indonesia (Retno Marsudi)": a country, then the name of whom it sends in brackets. The country's code,
        the name and the token after the bracket, or None."""
        toks = self.toks
        place = self.doc.place_at(k)
        if place is None or place.is_org or place.end + 2 >= len(toks) or toks[place.end].text != "(":
            return None
        found = self._respective_name(place.end + 1)
        if found is None or found[1] >= len(toks) or toks[found[1]].text != ")":
            return None
        return place.code, found, found[1] + 1

    def _honorific_then_name(self, k: int) -> bool:
        """"ông"/"bà" written small and a capitalised word right after it."""
        entry = self.lex.match(self.toks, k, {"honorific"})
        after = k + len(entry.words) if entry else k
        return entry is not None and after < len(self.toks) and self.toks[after].is_cap

    def _named_together(self, k: int) -> int:
        """"các ông Nguyễn Văn An, Trần Quốc Bảo và Lê Minh Châu": every full name the plural
        honorific introduces, separated by commas and "và"."""
        toks = self.toks
        while k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và"):
            start = k + 1
            if self._honorific_then_name(start) and toks[start].is_lower:
                start += len(self.lex.match(toks, start, {"honorific"}).words)   # "..., B và bà C"
            if not toks[start].is_cap:
                break
            end = run_end(self.doc, start)
            found = clean_name(self.doc, start, end)
            if not found or found != (start, end) or not (
                    vietnamese_name([t.text for t in toks[found[0]:found[1]]])
                    or found[1] - found[0] >= 2 and name_like(toks[found[0]:found[1]])):
                break
            self._mention(*found, cue="honorific")
            k = found[1]
        return k

    def _from_bare_name(self, i: int) -> int:
        k = run_end(self.doc, i)
        opener = self.lex.match(self.toks, i, {"not-name"})
        if opener and i + len(opener.words) < k and head_at(self.doc, i + len(opener.words)):
            return i + len(opener.words)       # "Theo PGS.TS Nguyễn Văn Hùng": the title starts after "Theo"
        after = self._past_suffix_stop(k)
        bracketed = self._title_in_brackets(after)
        if not bracketed and not self._separator_after(after):
            if self._copula_then_title(k):
                return self._named_as_subject(i, k)
            return max(i + 1, k)               # no apposition can follow: the cheap test first, most runs fail it
        found = clean_name(self.doc, i, k)
        if not found or not name_like(self.toks[found[0]:found[1]]) or found[1] - found[0] < 2:
            return max(i + 1, k)
        if bracketed and found[1] == k:
            mention = self._mention(*found, cue="apposition")   # "Lim Jock Hoi (Tổng Thư ký ASEAN) nói"
            end = self._apposition(mention, after)
            if not mention.titles:
                self.mentions.remove(mention)
            return max(end, i + 1)
        if not self._separator_after(self._past_suffix_stop(found[1])):
            return max(i + 1, k)
        link = self._link(self._skip_parentheses(self._past_suffix_stop(found[1])) + 1)
        if not head_at(self.doc, link):
            return max(i + 1, k)
        walk = walk_title(self.doc, link, head_at(self.doc, link)[1])
        if walk.name is not None or (_bare(walk, link) and not self._closed(walk.end)
                                     and self._of_an_organisation(walk.end) is None):
            return max(i + 1, k)               # "Nhân dịp Xuân mới Đinh Dậu, Thủ tướng chúc ..."
        mention = self._mention(*found, cue="apposition")
        end = self._apposition(mention, self._past_suffix_stop(found[1]))
        if not mention.titles:
            self.mentions.remove(mention)
        return end

    def _copula_then_title(self, k: int) -> bool:
        """"X hiện là Phó Chủ tịch ...", "X còn là Giám đốc ...": a linking verb right after the name, then a
        title head: the name is the subject the role is said of, with no comma between."""
        link = self._link(k)
        return link > k and self.toks[link - 1].key == "là" and head_at(self.doc, link) is not None

    def _named_as_subject(self, i: int, k: int) -> int:
        """The mention of a name of strong shape that a linking verb gives a role ("X là Bộ trưởng ...")."""
        found = clean_name(self.doc, i, k)
        if found != (i, k) or not self._strong_name(i, k) or self.doc.place_at(i) or i in self.doc.cities:
            return max(i + 1, k)
        link = self._link(k)
        walk = walk_title(self.doc, link, head_at(self.doc, link)[1])
        if walk.name is not None or _bare(walk, link) and not self._closed(walk.end):
            return max(i + 1, k)               # "X là Thủ tướng Y", "X là Chủ tịch đầu tiên": not a role of X's
        mention = self._mention(*found, cue="apposition")
        end = self._apposition(mention, k)
        if not mention.titles:
            self.mentions.remove(mention)
        return max(end, i + 1)

    def _past_suffix_stop(self, k: int) -> int:
        """Past the full stop of "Jr." / "Sr." that ends a name ("Teodoro Locsin Jr., Ngoại trưởng ...")."""
        toks = self.toks
        if 0 < k < len(toks) and toks[k].text == "." and toks[k - 1].text in _NAME_SUFFIXES \
                and toks[k].start == toks[k - 1].end:
            return k + 1
        return k

    def _title_in_brackets(self, k: int) -> bool:
        """A title in brackets right after a name: "Nguyễn Văn Thành (Giám đốc Sở Ngoại vụ) cho biết"."""
        return k + 1 < len(self.toks) and self.toks[k].text == "(" and self.toks[k + 1].is_cap \
            and head_at(self.doc, k + 1) is not None

    # -- a mention and what follows its name

    def _mention(self, i: int, j: int, cue: str) -> _Mention:
        toks = self.toks
        mention = _Mention(i, j, self.doc.text[toks[i].start:toks[j - 1].end], toks[i].start, toks[j - 1].end,
                           cue=cue)
        mention.words = _name_words(mention.name)
        self.mentions.append(mention)
        return mention

    def _titled(self, i: int, j: int, walk: Walk, cue: str) -> _Mention:
        """The person named at tokens ``i``-``j`` with the role parts of the title ``walk`` read before the name."""
        mention = self._mention(i, j, cue)
        for part in _own_parts(self.doc, walk.parts):
            mention.add_part(self.doc, part)
        return mention

    def _apposition(self, mention: _Mention, k: int) -> int:
        """Read what stands after the name: an alternative spelling in brackets, titles in apposition,
        and where the person works ("thuộc Đại học Maryland (Mỹ)")."""
        toks = self.toks
        while k < len(toks):
            if (aged := _age_end(toks, k)) is not None:
                k = aged                       # "ông X, 45 tuổi, Giám đốc ...": the title follows the age
                continue
            if toks[k].text == "(":
                nxt = self._bracket(mention, k)
                if nxt is None:
                    break
                k = nxt
                continue
            start = k + 1 if toks[k].text in _SEPARATORS else k
            link = self._link(start)
            # a head written small only for someone not yet given a title: after a titled name it is the next
            # item of a list ("Phó Chủ tịch Quốc hội X, đại diện Đại sứ quán các nước")
            head = head_at(self.doc, link) or (self._small_head(link) if start > k and not mention.titles else None)
            if link == start and start == k and not (head and mention.cue == "honorific" and toks[k].is_lower):
                break                          # neither a separator nor a linking word ("ông X giám đốc Y")
            if not head:
                break
            walk = walk_title(self.doc, link, head[1], apposition=True)
            if walk.name is not None and len(walk.parts) == 1 and (self._names_an_organisation(*walk.name)
                                                                  or self._namesake_before_saying(mention, walk)):
                walk.parts[-1].end = walk.name[1]   # "X, nhà nghiên cứu tại Đại học De La Salle, nói": all X's
                walk = Walk(walk.parts, walk.name[1], None)
            if start > k and self._one_word_name(walk.parts[0]) is not None:
                return walk.parts[0].start     # "Tổng thống Obama, Thủ tướng Abe và ...": the next person
            if walk.name is not None:
                # "ông X, Chủ tịch AIIB, Thủ tướng Y ...": the titles before the last comma are X's,
                # the last one opens the next person
                if 1 < len(walk.parts) < 4:
                    # "X, Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước Trung Hoa Hồ Cẩm Đào":
                    # titles of another country are all the next person's; so are bare heads chained by a
                    # comma to the last title ("A, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ B")
                    if _conflicts(mention.countries, walk.parts[:-1]) or all(
                            _only_head(self.doc, p) for p in walk.parts[:-1]):
                        return walk.parts[0].start
                    for part in walk.parts[:-1]:
                        mention.add_part(self.doc, part)
                    return walk.parts[-1].start
                break                          # the next person's title, not this one's
            if len(walk.parts) >= 3 and mention.titles and self._attendance_list(mention, walk):
                break                          # "có X, Phó Chánh án ..., Phó Chủ nhiệm ..., Thứ trưởng các Bộ":
                                               # others, named by their offices
            close = self._quoted_role_end(link, self._after_theo(mention)) \
                if start > k and walk.name is None and len(walk.parts) == 1 else None
            if close is not None and walk.end < close:
                walk.parts[-1].end = close     # "ông X, giám đốc một công ty thủy sản ở Cà Mau, cho biết"
                self._served_country_at_end(walk.parts[-1])
                walk = Walk(walk.parts, close, None)
            if start > k and _bare(walk, link) and not self._closed(walk.end):
                comma = self._of_an_organisation(walk.end)
                if comma is None:
                    break                      # "Bí thư X, Thủ tướng nhấn mạnh ...": the next clause's subject
                walk.parts[-1].end = comma     # "Giám đốc phụ trách quan hệ đối ngoại của Phòng ...": all of it
                self._served_country_at_end(walk.parts[-1])   # "Tổng thống thứ 45 của Mỹ": whom they serve
                walk = Walk(walk.parts, comma, None)
            if _conflicts(_known_countries(mention), walk.parts) or toks[k].text == "," and self._next_subject(mention, walk):
                break                          # "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội
                                               # Cuba nhấn mạnh ...": someone else's title
            for part in walk.parts:
                mention.add_part(self.doc, part)
            k = max(walk.end, link + 1)
        self._affiliation(mention, k)
        return max(k, mention.end)

    def _small_head(self, j: int) -> tuple[int, Entry] | None:
        """"X, đại diện Bộ Công Thương," "X (đại diện Microsoft)": right after a name and a comma or a
        bracket, a head written small that is a title only when capitalised elsewhere ("đại diện nhiều
        nước") is one when an organisation's name follows it."""
        entry = self.lex.match(self.toks, j, HEAD_KINDS)
        after = j + len(entry.words) if entry else j
        if entry is None or not entry.capital or after >= len(self.toks):
            return None
        nxt = self.toks[after]
        if nxt.is_cap and nxt.is_word and not self.doc.place_at(after) or nxt.key in _SMALL_HEAD_OBJECTS:
            return j, entry
        return None

    def _bracket(self, mention: _Mention, k: int) -> int | None:
        toks = self.toks
        close = next((c for c in range(k + 1, min(len(toks), k + 14)) if toks[c].text == ")"), None)
        if close is None:
            return None
        inner_head = head_at(self.doc, k + 1) or self._small_head(k + 1)
        if inner_head:
            walk = walk_title(self.doc, k + 1, inner_head[1], limit=close)
            if walk.name is None and (self._rest_names_organisation(walk.end, close)
                                      or self._place_name_ends_bracket(walk.end, close)):
                walk.parts[-1].end = close     # "(Vụ trưởng Vụ châu Á - châu Phi)", "(..., Bộ Ngoại giao)"
            for part in walk.parts:
                mention.add_part(self.doc, part)
            return close + 1
        place = self.doc.place_at(k + 1)
        if place and place.end == close:
            mention.countries.append((place.code, AFFILIATION))
            return close + 1
        if all(t.is_word and t.is_lower or t.text == "," for t in toks[k + 1:close]):
            return close + 1                   # "(giữa)", "(ảnh, trái)": where the person stands in a photo
        alt = clean_name(self.doc, k + 1, close)
        if alt and alt == (k + 1, close) and name_like(toks[k + 1:close]):
            self._prefer_latin(mention, *alt)
            return close + 1
        return None

    def _place_name_ends_bracket(self, k: int, close: int) -> bool:
        """"ông X (Giám đốc Sở Du lịch Quảng Nam)": capitalised words up to the closing bracket that are
        neither a country nor a name nor a title name where the body is, and belong to the title."""
        toks = self.toks
        words = toks[k:close]
        return bool(words) and len(words) <= 4 and all(t.is_word and t.is_cap for t in words) \
            and not name_like(words) and not any(self.doc.place_at(j) or head_at(self.doc, j) for j in range(k, close))

    def _rest_names_organisation(self, k: int, close: int) -> bool:
        """Whether the words a title in brackets stopped short of, up to the closing bracket, only go on
        naming its organisation: capitalised words, places, joining words and "-" or ",", no other title."""
        toks = self.toks
        if k >= close or toks[k].text not in ("-", "–", ","):
            return False
        words = [j for j in range(k, close) if toks[j].is_word]
        if all(self.doc.place_at(j) or self.doc.inside_place(j) for j in words):
            return False                       # "(Thứ trưởng Bộ Công Thương, Việt Nam)": whom they serve
        return bool(words) and all(
            (toks[j].is_cap or self.doc.place_at(j) or toks[j].key == "châu"
             or self.lex.match(toks, j, {"connector", "continuation"})) and not head_at(self.doc, j)
            for j in words) and all(toks[j].is_word or toks[j].text in "-–,&" for j in range(k, close))

    def _prefer_latin(self, mention: _Mention, i: int, j: int) -> None:
        """"Ơn Oát-xlơ (Ernst Wastler)": keep the spelling closer to the person's own."""
        toks = self.toks
        alt = self.doc.text[toks[i].start:toks[j - 1].end]
        if _non_ascii(alt) < _non_ascii(mention.name):
            mention.start, mention.end, mention.name = i, j, alt
            mention.char_start, mention.char_end = toks[i].start, toks[j - 1].end
            mention.words = _name_words(alt)

    def _affiliation(self, mention: _Mention, k: int) -> None:
        """"thuộc Đại học Maryland (Mỹ)", "của Mỹ"; "tại"/"ở" only for experts and businesspeople,
        since for an official they tell where a meeting was ("gặp Thủ tướng X tại Philippines")."""
        toks = self.toks
        if k >= len(toks) or toks[k].key not in _AFFILIATION_WORDS:
            return
        if toks[k].key in ("tại", "ở") and set(mention.kinds) & _PUBLIC_KINDS:
            return
        self._title_of_organisation(mention, k)
        last = None
        for j in range(k, min(len(toks), k + 16)):
            if toks[j].text == "." and j > 0 and len(toks[j - 1].text) <= 3 and toks[j - 1].is_cap:
                continue                       # "Bệnh viện Nhi St. Jude"
            if toks[j].text in ",.;:!?\n" or (toks[j].is_word and self.lex.match(toks, j, {"stop"})
                                                and toks[j].key not in ("các", "những", "một")):
                break
            place = self.doc.place_at(j)
            if place and not place.is_org:
                last = place.code
        if last:
            mention.countries.append((last, AFFILIATION))

    def _title_of_organisation(self, mention: _Mention, k: int) -> None:
        """"người phát ngôn Lê Thị Thu Hằng của Bộ Ngoại giao Việt Nam": a bare title right before the name
        and "của" an organisation right after it make one title ("người phát ngôn Bộ Ngoại giao"), the
        country at its end whom the person serves."""
        toks = self.toks
        if toks[k].key != "của" or k != mention.end or len(mention.titles) != 1 or len(mention.spans) != 1:
            return
        title_start = next((j for j in range(mention.start - 1, max(-1, mention.start - 6), -1)
                            if toks[j].start == mention.spans[0].start), None)
        if title_start is None or toks[mention.start - 1].end != mention.spans[0].end:
            return                             # the title is not the one right before the name
        head = head_at(self.doc, title_start)
        if head is None or title_start + len(head[1].words) != mention.start:
            return                             # not a bare title
        org = self.lex.match(toks, k + 1, {"org"})
        if org is None or not toks[k + 1].is_cap:
            return
        walk = walk_title(self.doc, k + 1, org, limit=min(len(toks), k + 1 + _FREE_TITLE_WORDS))
        end = walk.end if walk.name is None else walk.name[0]
        if end <= k + 1 + len(org.words) - 1 or end < len(toks) and toks[end].text not in ",.;:" \
                and not self.lex.match(toks, end, {"stop", "saying"}):
            return
        removed = [(mention.start, k + 1)]
        place = next((self.doc.place_at(j) for j in range(k + 2, end) if self.doc.place_at(j)
                      and self.doc.place_at(j).end == end and not self.doc.place_at(j).is_org), None)
        if place is not None:
            removed.append((place.start, place.end))
            mention.countries.append((place.code, SAID))
        part = TitlePart(title_start, end, mention.kinds[0], removed, [], len(head[1].words))
        mention.titles[0] = part.text(self.doc)
        toks_end = toks[end - 1].end
        mention.spans[0] = Span(mention.spans[0].start, toks_end)

    def _attendance_list(self, mention: _Mention, walk: Walk) -> bool:
        """Whether titles after a name list the other members of a delegation: the name follows
        "có" ("Tháp tùng ... có"), or the titles run into a plural ("Thứ trưởng các Bộ")."""
        toks = self.toks
        first = mention.start
        if mention.spans:
            first = next((k for k in range(mention.start, -1, -1) if toks[k].start <= mention.spans[0].start),
                         mention.start)
        plural = walk.parts[-1].bare and walk.end < len(toks) and toks[walk.end].key in _PLURAL
        return first > 0 and toks[first - 1].key == "có" or plural

    def _of_an_organisation(self, k: int) -> int | None:
        """Whether a title the walk stopped reading at ``k`` goes on in free words to "của"/"tại"/"thuộc"
        and an organisation's capitalised name, then a comma ("X, Giám đốc phụ trách quan hệ đối ngoại
        của Phòng Thương mại Mỹ, cho rằng ..."): a role, not the predicate of a sentence."""
        toks, lex = self.toks, self.lex
        limit = min(len(toks), k + _FREE_TITLE_WORDS)
        owner = False
        for j in range(k, limit):
            t = toks[j]
            if t.text in ",.;" or owner and t.is_word and t.is_lower and lex.match(toks, j, {"stop"}):
                return j if owner else None    # "..., cho rằng", "... của KTM nói."
            if not t.is_word or lex.match(toks, j, {"stop"}) or head_at(self.doc, j) and not owner:
                return None
            if self._at_an_event(j):
                return None
            if t.key in _AFFILIATION_WORDS and j + 1 < limit and toks[j + 1].is_cap:
                owner = True
            elif not owner and t.is_cap:
                return None
        return None

    def _served_country_at_end(self, part: TitlePart) -> None:
        """"X, Bộ trưởng Hợp tác quốc tế Myanmar, cho biết": a country ending an office read to its comma, with
        no organisation's head noun and no "tại"/"của" before it, is whom the holder serves, not the title's."""
        toks, k = self.toks, part.end
        place = self._country_before(k)
        if place is None or part.kind not in _PUBLIC_KINDS or place.start <= part.start + part.head_len:
            return
        owner = toks[place.start - 1].key == _OWNER   # "Tổng thống thứ 45 của Mỹ": "của" goes with the country
        if toks[place.start - 1].key in _AFFILIATION_WORDS and not owner:
            return
        if any(self.lex.match(toks, p, {"org", "institution"} if owner else {"org"})
               for p in range(part.start + part.head_len, place.start)):
            return                             # "Cục Hàng hải Việt Nam": the organisation's own name
        part.removed.append((place.start - 1 if owner else place.start, place.end))
        part.countries.append((place.code, SAID))

    def _at_an_event(self, j: int) -> bool:
        """"tại hội nghị", "ở Hội thảo quốc tế": where the person spoke, which no title of gold runs into."""
        return self.toks[j].key in WHERE and bool(self.lex.match(self.toks, j + 1, {"event"}, ignore_case=True))

    def _first_token(self, mention: _Mention) -> int:
        """The first token of a mention with its title or honorific before the name."""
        toks = self.toks
        first = mention.start
        if mention.spans:
            first = min(first, next((k for k in range(mention.start, -1, -1)
                                     if toks[k].start <= mention.spans[0].start), mention.start))
        elif first > 0 and self.lex.match(toks, first - 1, {"honorific"}):
            first -= 1
        return first

    def _after_theo(self, mention: _Mention) -> bool:
        """"Theo ông X, <role>, <what X says>": the source opens its sentence with "Theo"."""
        first = self._first_token(mention)
        return first > 0 and self.toks[first - 1].key == "theo"

    def _next_subject(self, mention: _Mention, walk: Walk) -> bool:
        """"dự lễ tang Tổng tư lệnh X, Chủ tịch Quốc hội Cuba khẳng định": a title after a comma and right
        before a verb of saying, after a name that does not open its clause, is the subject of the next one."""
        if walk.end >= len(self.toks) or not self._saying_at(walk.end):
            return False
        first = self._first_token(mention)
        return first > 0 and self.toks[first - 1].is_word and self.toks[first - 1].key != "theo"

    def _quoted_role_end(self, k: int, after_theo: bool = False) -> int | None:
        """"X, <role>, cho biết": the comma that closes a role set off before a verb of saying, the way
        Vietnamese news quotes its sources. The role may run in free words ("giám đốc một công ty xuất khẩu
        thủy sản ở Cà Mau"); the verb after the comma is what says it was a role, not a clause."""
        toks = self.toks
        verb = None   # "X, <role> cũng cho rằng": the comma before the verb left out, if no comma closes the role
        for j in range(k + 1, min(len(toks), k + _QUOTED_ROLE_TOKENS)):
            t = toks[j]
            if t.text == ":" and verb is None and (toks[j - 1].is_word or toks[j - 1].text == ")"):
                if toks[j - 1].text in _INTERVIEW_LABELS and j - 1 > k + 1:
                    return j - 1               # "Ông X - Cục trưởng Cục Y PV: ...": the interviewer's turn
                return j                       # "Ông X, Giám đốc Công ty Y:": the speaker and role of a quote
            if t.text in ".;:!?\n\"“”" or head_at(self.doc, j) and toks[j - 1].text == ",":
                return verb
            if t.text == "(" and any(x.is_word and x.is_lower for x in toks[j + 1:j + 4]):
                return None                    # "(Công ty Trung Quốc có chi nhánh ...)": an aside, not the role
            if verb is None and t.is_word and j > k + 1 and toks[j - 1].is_word and self._saying_at(j):
                verb = j
            if verb is None and self._at_an_event(j):
                return None                    # "X, đại diện Bộ Y tại hội thảo, cho biết": where X spoke
            if t.text in _DASHES and self._predicate_at(j + 1):
                return j                       # "ông X - Giám đốc Ban Y - phát biểu:": the dash closes the role
            if t.text != ",":
                continue
            if after_theo:
                return j                       # "Theo ông X, <role>, <what X says>"
            return j if self._saying_at(j + 1) else verb
        return verb

    def _predicate_at(self, v: int) -> bool:
        """Whether a verb starts at token ``v``: one of saying, or a word that ends a title ("cho", "đã")."""
        return v < len(self.toks) and self.toks[v].is_lower and (
            self._saying_at(v) or bool(self.lex.match(self.toks, v, {"stop"})))

    def _saying_at(self, v: int) -> bool:
        """Whether a verb of saying, after "cũng", "đã" and the like, starts at token ``v``."""
        toks = self.toks
        while v < len(toks) and toks[v].key in _BEFORE_SAYING:
            v += 1
        return bool(self.lex.match(toks, v, {"saying"}))

    def _closed(self, k: int) -> bool:
        return k >= len(self.toks) or self.toks[k].text in ",;.)\n"

    def _link(self, k: int) -> int:
        for words in _APPOSITION_LINKS:
            if tuple(t.key for t in self.toks[k:k + len(words)]) == words:
                return k + len(words)
        return k

    def _separator_after(self, k: int) -> bool:
        """Whether a comma or a dash follows token ``k`` (past a bracketed aside): what an apposition needs."""
        after = self._skip_parentheses(k)
        return after < len(self.toks) and self.toks[after].text in _SEPARATORS

    def _skip_parentheses(self, k: int) -> int:
        if k < len(self.toks) and self.toks[k].text == "(":
            close = next((c for c in range(k + 1, min(len(self.toks), k + 14)) if self.toks[c].text == ")"), None)
            if close is not None:
                return close + 1
        return k

    # -- titles that name no one

    def _spouse_before(self, i: int) -> bool:
        """"Phu nhân Tổng thống", "Đệ nhất phu nhân": the office that follows is the spouse's husband's."""
        return i >= 2 and (self.toks[i - 2].key, self.toks[i - 1].key) == ("phu", "nhân")

    def _blocked(self, i: int) -> bool:
        """A title inside the name of a place, a meeting or an organisation, or a plural ("các Bộ trưởng")."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        if self._plural_before(i):
            return True
        for n in (2, 1, 3):
            if i - n >= 0 and self.lex.match(self.toks, i - n, {"place-noun"}) and \
                    len(self.lex.match(self.toks, i - n, {"place-noun"}).words) == n:
                return True
        return prev.is_word and prev.is_cap and bool(self.lex.match(self.toks, i - 1, {"org"})) \
            and not head_at(self.doc, i - 1)

    def _plural_before(self, i: int) -> bool:
        prev = self.toks[i - 1] if i > 0 else None
        two = " ".join(t.key for t in self.toks[max(0, i - 2):i])
        return bool(prev and (prev.key in _PLURAL or two in _PLURAL))

    def _sentence_end(self, k: int) -> int:
        while k < len(self.toks) and self.toks[k].text not in ".\n":
            k += 1
        return k

    def _apply_collective(self) -> None:
        """"có các Ủy viên Trung ương Đảng: A; B; C": the shared title goes to everyone listed."""
        for part, until in self.collective:
            for mention in self.mentions:
                if part.end < mention.start < until:
                    text = part.text(self.doc)
                    mention.titles.insert(0, text)
                    mention.kinds.insert(0, part.kind)
                    toks = self.doc.tokens
                    mention.spans.insert(0, Span(toks[part.start].start, toks[part.end - 1].end))


_AGE_WORDS = (("tuổi",), ("sinh", "năm"))   # "45 tuổi", "sinh năm 1970"


def _age_end(toks: list[Token], k: int) -> int | None:
    """Where an age set off after a name ends (", 45 tuổi", "(52 tuổi)", ", sinh năm 1970"): the token
    after it, so that a title after the age is still the person's; None when no age stands at ``k``."""
    if k + 2 >= len(toks) or toks[k].text not in _SEPARATORS and toks[k].text != "(":
        return None
    words = tuple(t.key for t in toks[k + 1:k + 4])
    if words[:1] and words[0].isdigit() and words[1:2] == _AGE_WORDS[0]:
        end = k + 3
    elif words[:2] == _AGE_WORDS[1] and words[2:] and words[2].isdigit():
        end = k + 4
    else:
        return None
    if toks[k].text == "(":
        return end + 1 if end < len(toks) and toks[end].text == ")" else None
    return end


def _own_parts(doc: TokenDoc, parts: list[TitlePart]) -> list[TitlePart]:
    """The titles of a chain that belong to the person named at its end: "Đại diện Bộ Ngoại giao Mỹ,
    Đại sứ Việt Nam tại Mỹ X" lists two people, told apart by the countries they serve; "Thủ tướng
    Singapore, Thủ tướng X" too, one office of a country said and the same office again bare."""
    said = [{code for code, strength in p.countries if strength == SAID} for p in parts]
    own = said[-1]
    kept = [parts[-1]]
    for part, served in zip(reversed(parts[:-1]), reversed(said[:-1])):
        if served and own and served != own:
            break
        if served and not own and _head_key(doc, part) in {_head_key(doc, k) for k in kept if k.bare}:
            break
        own = own or served
        kept.insert(0, part)
    return kept


def _only_head(doc: TokenDoc, part: TitlePart) -> bool:
    """A title that says nothing but its head ("Bộ trưởng", read to the comma after it)."""
    return len(part.text(doc).split()) <= part.head_len


def _head_key(doc: TokenDoc, part: TitlePart) -> tuple[str, ...]:
    return tuple(t.key for t in doc.tokens[part.start:part.start + part.head_len])


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """ASEAN, UN, EU...: one serves them together with a country, never instead of it."""
    return frozenset(c.code for c in registry_countries().values() if c.kind == "org")


def _known_countries(mention: _Mention) -> list[tuple[str, int]]:
    """What is known of a mention's country so far; a Vietnamese official is taken to be Vietnamese."""
    known = [c for c in mention.countries if c[1] >= ORGANISATION]
    listed = _listed_country(mention.name)
    if not known and listed:
        known = [(listed, ORGANISATION)]
    elif not known and set(mention.kinds) & _PUBLIC_KINDS and vietnamese_name(mention.name.split()):
        known = [("VN", ORGANISATION)]
    return known


def _titled_surname_country(mention: _Mention) -> str | None:
    """"Tổng thống Putin", "Thủ tướng Abe": a well-known foreign office-holder named by an office and a surname no
    Vietnamese name is made of, the only listed holder whose name ends so."""
    words = mention.name.split()
    if len(words) != 1 or not set(mention.kinds) & _PUBLIC_KINDS or is_vietnamese_syllable(words[0].split(".")[-1]):
        return None
    return office_holder_country_by_last_name(words[0])


def _listed_country(name: str) -> str | None:
    """The country of a well-known foreign office-holder, by the whole name or its last two or more
    words ("Samdech Techo Hun Sen"): "Lý Hiển Long" or "Tập Cận Bình" look Vietnamese but are not."""
    words = name.split()
    for k in range(len(words) - 1):
        code = office_holder_country(" ".join(words[k:]))
        if code:
            return code
    if len(words) == 1 and is_foreign_word_text(name):   # "V.Pu-tin", "Tổng thống Trump"
        return office_holder_country(name) or office_holder_country_by_last_name(name)
    return None


def _conflicts(known: list[tuple[str, int]], parts: list[TitlePart]) -> bool:
    """Whether titles tie a person to another country than the one already known."""
    own = {code for code, strength in known if strength >= ORGANISATION} - _organisations()
    theirs = {code for p in parts for code, strength in p.countries if strength >= ORGANISATION}
    theirs -= _organisations()
    return bool(own and theirs and not own & theirs)


def _bare(walk: Walk, link: int) -> bool:
    """A single title that is only its head ("Thủ tướng"), nothing that ties it to the name before."""
    return len(walk.parts) == 1 and walk.parts[0].bare


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace("-", " ").replace(".", " ").split())


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127)


# ---------------------------------------------------------------------------------------- merging

_PARTICLES = frozenset({"bin", "binti", "bte", "van", "von", "de"})


def _same_word(a: str, b: str, *, initials: bool = False) -> bool:
    """Equal, or one slip apart in a long word ("Macr"/"Macri", "Dorren"/"Doreen", "Trum"/"Trump");
    with ``initials``, an initial stands for the word it begins ("V. Putin" / "Vladimir Putin")."""
    if a == b:
        return True
    if initials and min(len(a), len(b)) == 1 and max(len(a), len(b)) > 1 and a[0] == b[0]:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b) == 4:
        return False                     # "Moon" / "Yoon": a letter changed in a short word is another name
    return _edit_distance_at_most_one(a, b)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(1 for x, y in zip(a, b) if x != y) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _same_person(short: tuple[str, ...], full: tuple[str, ...], full_is_vietnamese: bool) -> bool:
    """Whether a name form can refer to a fuller one: "Hun Sen" / "Samdech Techo Hun Sen", "Dũng" /
    "Nguyễn Quốc Dũng", "Md Raus Sharif" / "Raus bin Sharif", "Lê Huy Hiệp" / "Lê Duy Hiệp"."""
    if not short or not full or len(short) > len(full):
        return False
    n = len(short)
    # a foreign name is shortened to an initial and the family name ("N.Modi", "K. Annan")
    initials = not full_is_vietnamese and n >= 2 and len(short[-1]) > 1
    for k in range(len(full) - n + 1):
        if all(_same_word(x, y, initials=initials) for x, y in zip(short, full[k:k + n])):
            # a Vietnamese name is shortened to its given name, the last word
            return n > 1 or not full_is_vietnamese or k == len(full) - 1
    if full_is_vietnamese:
        # one letter apart in the middle name, a slip of the keyboard
        return len(short) == len(full) >= 3 and short[0] == full[0] and short[-1] == full[-1] and \
            _edit_distance_at_most_one(" ".join(short), " ".join(full))
    if all(is_vietnamese_syllable(w) for w in short + full):
        return False                     # "Tập Cận Bình" / "Phạm Bình Minh": one letter is another syllable
    shared = [w for w in short if w not in _PARTICLES and any(_same_word(w, f) for f in full)]
    # the last words agree: "Kim Jong-un" and "Kim Jong-nam" share two words and are brothers
    return len(shared) >= 2 and len(shared) >= min(len(short), len(full)) - 1 and _same_word(short[-1], full[-1])


def _merge(mentions: list[_Mention]) -> list[_Person]:
    """Group mentions into people, fullest forms first, so that a short form ("ông Dũng", "Thủ tướng
    Hun Sen") finds the person it abbreviates; a short form that finds no one is dropped."""
    people: list[_Person] = []
    for mention in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        candidates = [p for p in people if _same_person(mention.words, p.best.words, _is_vietnamese(p.best))
                      or same_office_holder(mention.name, p.best.name)]
        if candidates:
            _closest(candidates, mention).mentions.append(mention)
        elif _stands_alone(mention):
            people.append(_Person([mention]))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    return sorted(people, key=lambda p: p.mentions[0].start)


def _closest(candidates: list[_Person], mention: _Mention) -> _Person:
    """Between people a short form could name, the one holding the same title, else the last named."""
    heads = {_head_words(t) for t in mention.titles}
    same_title = [p for p in candidates if heads & {_head_words(t) for m in p.mentions for t in m.titles}]
    pool = same_title or candidates
    return max(pool, key=lambda p: max((m.start for m in p.mentions if m.start < mention.start), default=-1))


def _head_words(title: str) -> str:
    return " ".join(fold(title).split()[:2])


def _stands_alone(mention: _Mention) -> bool:
    """A mention that names a person by itself: a full name, or one foreign word with a title
    ("Thủ tướng Koizumi"). A given name ("ông Dũng") or a one-word transliteration ("Tổng thống
    Pu-tin", which could as well be a country spelt in a way the registry does not know) only ever
    refers back to a fuller mention."""
    word = mention.name.strip()
    if " " in word or ("." in word and len(mention.words) >= 2):
        return True                      # "Nguyễn Quốc Dũng", "V.Pu-tin"
    # "Tổng thống Nga Pu-tin": with the country said before it, the transliteration cannot be the country;
    # nor can a listed office-holder's family name ("Tổng thống Pu-tin cho biết")
    country_said = any(strength == SAID for _, strength in mention.countries)
    return bool(mention.titles) and any(k != "artist" for k in mention.kinds) \
        and ("-" not in word or country_said or _listed_family_name(word)) and is_foreign_word_text(word)


def _listed_family_name(word: str) -> bool:
    """A one-word transliteration that is the last word of an office-holder listed in the registry."""
    return office_holder_country_by_last_name(word) is not None


def is_foreign_word_text(name: str) -> bool:
    return is_foreign_word(Token(0, len(name), name, fold(name)))


def _is_vietnamese(mention: _Mention) -> bool:
    return vietnamese_name(mention.name.split())


# ---------------------------------------------------------------------------------------- records

def _titles(person: _Person) -> list[str]:
    seen: dict[str, tuple[str, str]] = {}
    for mention in person.mentions:
        for title, kind in zip(mention.titles, mention.kinds):
            seen.setdefault(_title_key(title), (title, kind))
    strong = any(kind != "artist" for _, kind in seen.values())
    keys = [k for k, (_, kind) in seen.items() if strong or kind != "artist"]
    # "Thủ tướng" adds nothing next to "Thủ tướng Chính phủ": drop a title inside a longer one.
    # "Ủy viên Bộ Chí", cut off at the end of a caption, is the start of "Ủy viên Bộ Chính trị".
    # A rank is no word of an office ("Tướng" is not the end of "Thủ tướng").
    kept = [k for k in keys if not any(
        k != other and (_contains(other.split(), k.split()) and seen[k][1] != "military" or other.startswith(k))
        for other in keys)]
    return [seen[k][0] for k in kept]


def _title_key(title: str) -> str:
    """"Tiến sĩ" and "Tiến sỹ", "Ủy viên" and "Uỷ viên" are one title."""
    words = fold(title).replace("-", " ").replace("(", " ").replace(")", " ").split()
    return " ".join(w.replace("y", "i") if len(w) <= 3 else w for w in words)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return len(longer) > n and any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


_SENTENCE_ENDS = frozenset({".", "\n", "!", "?"})


class _Setting:
    """What the article says around its people, for those whose country is not said. Worked out when the
    first such person comes up: most articles have none."""

    def __init__(self, doc: TokenDoc) -> None:
        self._doc = doc

    @cached_property
    def _foreign(self) -> list[tuple[int, str]]:
        """(token, country) of each foreign country named, in text order."""
        return sorted((i, p.code) for i, p in self._doc.places.items()
                      if i == p.start and not p.is_org and p.code != "VN")

    @cached_property
    def _sentences(self) -> tuple[list[int], list[frozenset[str]]]:
        """The tokens that end sentences, and the foreign countries named in each sentence (one more
        sentence than ends: the last runs to the end of the text)."""
        ends = [k for k, t in enumerate(self._doc.tokens) if t.text in _SENTENCE_ENDS]
        named: list[set[str]] = [set() for _ in range(len(ends) + 1)]
        for token, code in self._foreign:
            named[bisect_left(ends, token)].add(code)
        return ends, [frozenset(codes) for codes in named]

    def countries_around(self, token: int) -> frozenset[str]:
        """The foreign countries named in the sentence of ``token`` (none for a sentence end itself)."""
        ends, named = self._sentences
        sentence = bisect_left(ends, token)
        if sentence < len(ends) and ends[sentence] == token:
            return frozenset()
        return named[sentence]

    @cached_property
    def default_foreign(self) -> str | None:
        """The one foreign country the article is about: named at least twice, and twice as often as any other."""
        votes = Counter(code for _, code in self._foreign).most_common(2)
        if votes and votes[0][1] >= 2 and not (len(votes) > 1 and votes[1][1] * 2 > votes[0][1]):
            return votes[0][0]
        return None


def _country(person: _Person, setting: _Setting) -> str | None:
    """The country said of the person or of their organisation; else one of the fallbacks."""
    evidence = [c for m in person.mentions for c in m.countries if c[1] >= ORGANISATION]
    if evidence:
        return _strongest(evidence)
    listed = Counter(code for m in person.mentions if (code := _listed_country(m.name) or _titled_surname_country(m)))
    if listed:
        return listed.most_common(1)[0][0]   # a known foreign leader, before the Vietnamese default
    if _official(person) and _is_vietnamese(person.best):
        return "VN"                      # a Vietnamese official, nothing else said
    weak = [c for m in person.mentions for c in m.countries]
    if weak:
        return _strongest(weak)          # where the person works ("thuộc Đại học Maryland (Mỹ)")
    if _official(person) and not any(vietnamese_name(m.name.split()) for m in person.mentions):
        return _context_country(person, setting)
    return None


def _strongest(evidence: list[tuple[str, int]]) -> str:
    best = max(strength for _, strength in evidence)
    return Counter(code for code, strength in evidence if strength == best).most_common(1)[0][0]


def _official(person: _Person) -> bool:
    return bool({k for m in person.mentions for k in m.kinds} & _PUBLIC_KINDS)


def _context_country(person: _Person, setting: _Setting) -> str | None:
    """A foreign official whose country is not said: the one foreign country the sentences naming
    them mention ("tới Ba Lan và gặp Tổng thống Aleksander Kwasniewski"), else the one the article
    is about."""
    around: set[str] = set()
    for m in person.mentions:
        around |= setting.countries_around(m.start)
    if len(around) == 1:
        return next(iter(around))
    return setting.default_foreign


def _confidence(person: _Person) -> float:
    """Higher for a title from the lexicon before a name of known shape, lower for weaker cues."""
    kinds = {k for m in person.mentions for k in m.kinds}
    if kinds & (_PUBLIC_KINDS | {"business"}):
        base = 0.85
    elif kinds:
        base = 0.7
    else:
        base = 0.5
    best = person.best
    if _is_vietnamese(best) or any(is_foreign_word_text(w) for w in best.name.split()):
        base += 0.05
    if len(person.mentions) > 1:
        base += 0.05
    return min(base, 0.95)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """First words of every title head, prefix and honorific: the only lower-case words a mention starts at."""
    kinds = HEAD_KINDS | {"prefix", "honorific"}
    return frozenset(first for first, entries in lexicon().by_first.items() if any(e.kind in kinds for e in entries))


def _read(ctx: DocContext) -> tuple[list[_Person], dict[int, str | None]]:
    return ctx.memo("people.read", lambda: _read_people(ctx))


def _read_people(ctx: DocContext) -> tuple[list[_Person], dict[int, str | None]]:
    doc = TokenDoc.of(ctx.text, countries_found=ctx.country_hits, cities_found=ctx.city_hits)
    mentions = _Reader(doc).read()
    people = [p for p in _merge(mentions + _fuller_forms(doc, mentions)) if _is_person(p)]
    setting = _Setting(doc)
    return people, {id(p): _country(p, setting) for p in people}


def _fuller_forms(doc: TokenDoc, mentions: list[_Mention]) -> list[_Mention]:
    """"Thủ tướng Lee cho biết ... Lee Hsien Loong nhấn mạnh": a titled one-word mention that no fuller mention
    spells out is named in full by the one name elsewhere in the text, written bare, that it shortens. None
    when two such names could be meant."""
    short = [m for m in mentions if " " not in m.name.strip() and "." not in m.name and m.titles
             and not any(len(o.words) > len(m.words) and _same_person(m.words, o.words, _is_vietnamese(o))
                         for o in mentions)]
    if not short:
        return []
    runs = _bare_names(doc, {(m.start, m.end) for m in mentions})
    found: list[_Mention] = []
    for m in short:
        fuller = {r.words: r for r in runs if (_same_person(m.words, r.words, _is_vietnamese(r))
                                               or same_office_holder(m.name, r.name))
                  and (is_foreign_word_text(m.name) or "-" in m.name or _is_vietnamese(r) and len(r.words) >= 3)
                  or _chinese_family_name(m, r)}
        if len(fuller) == 1 and not any(f.words == next(iter(fuller)) for f in found):
            found.append(next(iter(fuller.values())))
    return found


def _word_before_foreign_name(words: list[Token]) -> bool:
    """"Chị Sutrisno", "Hãng Reuters Lee": a Vietnamese word that is no family name, before foreign name words,
    is a word of the sentence written with a capital, not the name's."""
    first = words[0].text
    return is_vietnamese_syllable(first) and not is_surname(first) and any(is_foreign_word(t) for t in words[1:])


def _two_names_glued(word: str) -> bool:
    """"Trọng-Joe" in "cuộc gặp Nguyễn Phú Trọng-Joe Biden": a dash joining a Vietnamese name's last syllable
    to a capitalised word joins two people's names, not the parts of one ("Jean-Claude", "Ki-moon")."""
    left, _, right = word.partition("-")
    return bool(right) and right[:1].isupper() and is_vietnamese_syllable(left) and left[:1].isupper()


def _place_tokens(doc: TokenDoc) -> set[int]:
    """Every token inside a country's or a body's name ("nước Cộng hòa Dân chủ Nhân dân Lào")."""
    covered: set[int] = set()
    for k in range(len(doc.tokens)):
        place = doc.place_at(k)
        if place is not None:
            covered.update(range(place.start, place.end))
    return covered


def _chinese_family_name(short: _Mention, full: _Mention) -> bool:
    """"Chủ tịch Tập" for "Tập Cận Bình": a Chinese name in its Sino-Vietnamese reading is shortened to its
    family name, the first word, when that name is common in China and rare in Vietnam."""
    first = full.name.split()[0]
    return len(full.words) >= 2 and short.words[0] == full.words[0] and is_surname(first) \
        and not is_vietnamese_surname(first)


def _bare_names(doc: TokenDoc, taken: set[tuple[int, int]]) -> list[_Mention]:
    """Capitalised runs of two words or more that are a name of strong shape and no mention already."""
    toks, out, i = doc.tokens, [], 0
    placed = _place_tokens(doc)
    lex = lexicon()
    while i < len(toks):
        if not (toks[i].is_word and toks[i].is_cap) or head_at(doc, i) or i in placed:
            i += 1
            continue
        k = run_end(doc, i)
        found = clean_name(doc, i, k)
        if found and found[1] - found[0] >= 2 and found not in taken and name_like(toks[found[0]:found[1]]) \
                and not any(j in placed or j in doc.cities for j in range(found[0], found[1])) \
                and not lex.match(toks, found[0], {"org", "institution", "honorific"}, ignore_case=True) \
                and not any(_two_names_glued(t.text) for t in toks[found[0]:found[1]]) \
                and not _word_before_foreign_name(toks[found[0]:found[1]]) \
                and not _after_organisation(doc, found[0], i):
            a, b = found
            name = doc.text[toks[a].start:toks[b - 1].end]
            out.append(_Mention(a, b, name, toks[a].start, toks[b - 1].end, cue="bare", words=_name_words(name)))
        i = max(k, i + 1)
    return out


def _after_organisation(doc: TokenDoc, i: int, run: int) -> bool:
    """Whether an organisation's head noun stands a few words before token ``i`` ("Trường ... Lee Kuan Yew",
    "Viện ISEAS – Yusof Ishak"), or the capitalised run the name ends began before ``run``: a name there is
    the body's namesake or the end of a longer name."""
    toks, lex = doc.tokens, lexicon()
    k = i - 1 if i > 0 and toks[i - 1].text in ("-", "–") else i
    if k == run and k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
        return True                            # more capitalised words before: the end of a longer name
    p = k - 1
    while p >= 0 and p >= k - 5 and toks[p].is_word:   # "Trường Chính sách công Lee Kuan Yew"
        if lex.match(toks, p, {"org", "institution"}):
            return True
        p -= 1
    return False


def _is_person(person: _Person) -> bool:
    """Someone named in a role: with a title, or a full name introduced by "ông"/"bà"."""
    titled = any(k != "artist" for m in person.mentions for k in m.kinds)
    introduced = any(m.cue == "honorific" for m in person.mentions)
    return titled or introduced and len(person.best.words) >= 2


def find_person_mentions(ctx: DocContext) -> list[PersonMention]:
    """Every mention of a person, in text order, each resolved to the person's full name and country."""
    people, served = _read(ctx)
    out: list[PersonMention] = []
    for person in people:
        full, country, confidence = person.best.name, served[id(person)], _confidence(person)
        for m in person.mentions:
            said = [code for code, strength in m.countries if strength == SAID]
            out.append(PersonMention(
                start=m.char_start, end=m.char_end, name=m.name, titles=list(m.titles),
                title_spans=list(m.spans), country=said[0] if said else country, person=full,
                confidence=confidence))
    return sorted(out, key=lambda m: m.start)


def extract_people(ctx: DocContext) -> list[PersonRecord]:
    """One record per person, with evidence spans of every mention (name and titles)."""
    people, served = _read(ctx)
    records: list[PersonRecord] = []
    for person in people:
        spans: list[Span] = []
        for m in person.mentions:
            spans.append(Span(m.char_start, m.char_end))
            spans.extend(m.spans)
        records.append(PersonRecord(
            name=person.best.name, titles=_titles(person), country=served[id(person)],
            evidence=ctx.evidence(spans, NAME, VERSION, _confidence(person))))
    return records
