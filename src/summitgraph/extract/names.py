"""The building blocks of reading people: tokens, the role-phrase lexicon, and the shape of names.

Vietnamese writes every syllable of a personal name with a capital letter ("Nguyễn Quốc Dũng") and
only the first word of most organisation names ("Bộ Ngoại giao"), so capitalisation, a list of family
names and a lexicon of titles and organisation words carry most of the decision. Everything here is a
small pure function over tokens; ``people.py`` composes them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from summitgraph.registry import (
    DATA, GazetteerHit, countries, country_code, country_of_city, find_cities, find_countries, office_holder_country,
    provinces, two_sides,
)

_LETTERS = "A-Za-zÀ-ỹĐđ"
# A word: letters/digits, joined inside by hyphens, apostrophes or the dot of an initial ("V.Pu-tin").
# A dot joins only after an initial or a short abbreviation ("V.Pu-tin", "TP.HCM"); "Ngân.Chiều" is two
# words with a missing space.
_TOKEN = re.compile(rf"(?:(?<![{_LETTERS}0-9])[{_LETTERS}]{{1,3}}\.(?=[{_LETTERS}]))*"
                    rf"[{_LETTERS}0-9]+(?:['’\-][{_LETTERS}0-9]+)*|\n|\S")

# A token and the blanks before it: between two tokens there is nothing else (a line end is a token).
_SPACED_TOKEN = re.compile(rf"([^\S\n]*)({_TOKEN.pattern})")

_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII)$")

# Words that join the parts of a foreign name without a capital ("Raus bin Sharif").
NAME_PARTICLES = frozenset({"bin", "binti", "bte", "van", "von", "de", "del", "der", "da", "dos", "al", "el"})

# Words of a state's formal name that stand before the country ("nước Cộng hòa Nhân dân Trung Hoa"),
# as folded word sequences; they belong to the country, not to the title.
_STATE_PREFIXES = tuple(tuple(p.split()) for p in (
    "nước", "cộng hòa", "cộng hòa xã hội chủ nghĩa", "cộng hòa nhân dân", "cộng hòa dân chủ nhân dân",
    "cộng hòa liên bang", "cộng hòa hồi giáo", "cộng hòa dân chủ", "liên bang", "vương quốc", "hoàng gia",
    "hợp chủng quốc", "hợp chúng quốc", "chxhcn", "chlb", "chnd", "chdcnd", "nhà nước"))

# A state's form ("Cộng hòa", "Vương quốc") and up to two words that qualify it ("Cộng hòa Ả-rập Ai Cập",
# "Cộng hòa Dân chủ Xã hội chủ nghĩa Sri Lanka", "Cộng hòa Bô-li-va Vê-nê-xu-ê-la"): all of it the state's
# name. A qualifier alone is not ("Đảng Dân chủ Mỹ"), so the pairs are spelled out.
_STATE_FORMS = ("cộng hòa", "vương quốc", "liên bang", "tiểu vương quốc", "đại công quốc")
_STATE_QUALIFIERS = ("xã hội chủ nghĩa", "nhân dân", "dân chủ", "liên bang", "hồi giáo", "thống nhất",
                     "ả-rập", "ả rập", "a-rập", "a rập", "arab", "bô-li-va", "bolivar", "bolivarian")
_STATE_PREFIXES += tuple(tuple(f"{form} {q1} {q2}".split()) for form in _STATE_FORMS
                         for q1 in _STATE_QUALIFIERS for q2 in _STATE_QUALIFIERS if q1 != q2)
_STATE_PREFIXES += tuple(tuple(f"{form} {q}".split()) for form in _STATE_FORMS for q in _STATE_QUALIFIERS)


def _by_last_word(prefixes: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Prefixes by their last word, longest first: most words end none and are passed over in one lookup."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for prefix in sorted(prefixes, key=len, reverse=True):
        grouped.setdefault(prefix[-1], []).append(prefix)
    return {word: tuple(group) for word, group in grouped.items()}


_STATE_PREFIXES_BY_LAST = _by_last_word(_STATE_PREFIXES)


@lru_cache(maxsize=1 << 14)   # names and titles, compared with each other again and again
def fold(text: str) -> str:
    """Lower case without diacritics, đ -> d: how names are compared."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").replace("ð", "d")
                                       .replace("Ð", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# Old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy") spell one word.
_TONE_PLACEMENT = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
                   "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT))


@lru_cache(maxsize=1 << 16)   # an article's words are a small vocabulary, read over and over
def lower_key(text: str) -> str:
    """Lower case, diacritics kept, one tone placement: the key of every lexicon lookup (folding
    would make "Thu Hiền" a "Thủ hiến" and "đề" a "để")."""
    text = text.replace("Ð", "Đ").replace("ð", "đ")   # the Icelandic eth some sites type for "Đ"
    return _TONE_RE.sub(lambda m: _TONE_PLACEMENT[m.group()], unicodedata.normalize("NFC", text).lower())


# ---------------------------------------------------------------------------------------- tokens

class Token:
    """One word or punctuation mark of a text: its character span, its text and its lexicon key.

    Made once per word of an article and asked about many times, so the case of its first character is
    worked out here, not on every question."""

    __slots__ = ("start", "end", "text", "key", "is_word", "is_cap", "is_lower")

    def __init__(self, start: int, end: int, text: str, key: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.key = key            # lower-case text, one tone placement (see lower_key)
        first = text[0]
        self.is_word, self.is_cap, self.is_lower = _first_case(first)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.start, self.end, self.text, self.key) == \
            (other.start, other.end, other.text, other.key)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


@lru_cache(maxsize=1 << 12)   # a token's first character: a few hundred characters in all
def _first_case(char: str) -> tuple[bool, bool, bool]:
    """(alphanumeric, upper case, lower case)."""
    return char.isalnum(), char.isupper(), char.islower()


@lru_cache(maxsize=1 << 16)   # an article's words are a small vocabulary
def _word_facts(word: str) -> tuple[str, bool, bool, bool]:
    """What a Token keeps of its word besides the span: (lexicon key, alphanumeric, capital, lower case)."""
    return (lower_key(word), *_first_case(word[0]))


_new_object = object.__new__


def _token(start: int, end: int, word: str) -> Token:
    """``Token(start, end, word, lower_key(word))``, made without a call to ``__init__``: a few hundred thousand
    are made over a corpus, the same few thousand words again and again."""
    token = _new_object(Token)
    token.start, token.end, token.text = start, end, word
    token.key, token.is_word, token.is_cap, token.is_lower = _word_facts(word)
    return token


# "GS.Yasuhiro", "TS.Nguyễn": an abbreviated title glued to the name by its dot.
_GLUED_ABBREVIATION = re.compile(r"^([A-ZĐ]{2,}(?:\.[A-ZĐ]{2,})*\.)(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    # findall hands back plain strings, cheaper than a match object per token: each token comes with the
    # blanks before it, which is all that lies between tokens, so the offsets are kept by adding lengths up.
    # Most words are whole lower-case syllables or punctuation: they skip every repair below on their first
    # character (a glued abbreviation and a glued common word start with a capital, a lost space inside a
    # lower-case word needs a capital in it).
    end = 0
    pieces = _SPACED_TOKEN.findall(text)
    for n, (blanks, word) in enumerate(pieces):
        start = end + len(blanks)
        end = start + len(word)
        if word[0].islower():
            if len(word) <= 3 or word.islower():
                append(_token(start, end, word))
                continue
        elif not word[0].isupper():
            append(_token(start, end, word))
            continue
        glued = _GLUED_ABBREVIATION.match(word) if "." in word else None
        if glued:
            cut = glued.end()
            append(_token(start, start + cut - 1, word[:cut - 1]))
            append(Token(start + cut - 1, start + cut, ".", "."))
            word, start = word[cut:], start + cut
        cut = _lost_space(word) if word[:1].islower() and len(word) > 3 else 0
        if cut:                               # "tướngNguyễn", "quyềnTrump": a space lost before a name
            append(_token(start, start + cut, word[:cut]))
            word, start = word[cut:], start + cut
        typo = _GLUED_WORD.match(word) if word[:1].isupper() and len(word) > 4 else None
        if typo and (_glued_to_a_syllable(typo.group(1), typo.group(2))
                     or _glued_to_a_foreign_word(typo.group(1), typo.group(2),
                                                 pieces[n + 1][1] if n + 1 < len(pieces) else "")):
            cut = typo.end(1)                 # "Dũngcũng", "Kỳcủa", "Trumpđã": a space left out after a name
            append(_token(start, start + cut, word[:cut]))
            word, start = word[cut:], start + cut
        append(_token(start, end, word))
    return out


def _glued_to_a_syllable(left: str, word: str) -> bool:
    """Whether ``left`` is a name's syllable that ``word`` lost its space after: a Vietnamese syllable with a
    diacritic ("Dũngcũng"), or one without when the word has one ("Sentiếp") or it has four letters or more
    ("Trungcho"); an English word may end in an unmarked "cho" or "tham" ("Gotham", "Pancho")."""
    if not is_vietnamese_syllable(left):
        return False
    return not left.isascii() or not word.isascii() or len(left) >= 4


_SAID_AFTER_CHO = frozenset({"biết", "hay", "rằng"})


def _glued_to_a_foreign_word(left: str, word: str, after: str) -> bool:
    """Whether ``left`` is a foreign name's last word that a Vietnamese ``word`` lost its space after:
    a word with Vietnamese marks ("Trumpđã", "Razakcũng"), which no foreign word ends in, or "cho" before
    "biết" ("Abecho biết"); an English word may end in an unmarked "cho" ("Pancho")."""
    if len(left) < 3 or not left.isascii() or is_vietnamese_syllable(left):
        return False
    return not word.isascii() or word == "cho" and after in _SAID_AFTER_CHO


def _lost_space(word: str) -> int:
    """Where a capitalised word starts inside a lower-case one: after a whole Vietnamese syllable
    ("tướngNguyễn"), not inside a brand ("iPhone", "eBay"). 0 when nothing is glued."""
    cut = next((k for k, ch in enumerate(word) if ch.isupper()), 0)
    if cut == 0 or not word[cut + 1:cut + 2].islower() or not word[cut:].isalpha():
        return 0
    left = word[:cut]
    if not left.isalpha() or not is_vietnamese_syllable(left) or (left.isascii() and len(left) < 3):
        return 0
    return cut


# A capitalised syllable and a common word glued to it without the space.
# Beside the particles, the verbs that follow a leader's name in a lead ("Lương Cườngtiếp").
_GLUED_WORD = re.compile(r"^([A-ZÀ-ỸĐ][a-zà-ỹđ]+?)(của|cũng|đã|tại|và|được|đang|sẽ|cho|với|tiếp|gặp|hội|dự|"
                         r"phát|nhấn|khẳng|là|có|nói|thăm|gửi|đón|trao|ký|chủ|tham|cùng|đề|điện|nêu|chúc|mời)$")


def is_acronym(token: Token) -> bool:
    """An organisation's initials ("UMNO", "G20", "TTXVN"); a lone capital ("U" Nyan Win) or a
    regnal number ("Elizabeth II") is not."""
    return _is_acronym_text(token.text)


@lru_cache(maxsize=1 << 14)   # asked of the same few hundred words again and again
def _is_acronym_text(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    digits = any(ch.isdigit() for ch in text)
    if not letters or "." in text or _ROMAN.match(text) or not all(ch.isupper() for ch in letters):
        return False
    return len(letters) >= 2 or digits


# ---------------------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]     # lower-case words (see lower_key)
    surface: str               # as written in the data file
    kind: str
    country: str | None
    capital: bool = False      # only a title when written with a capital ("Đại diện")
    business: bool = False     # a company ("Tập đoàn"): the titles in it are not public offices


@dataclass(frozen=True)
class Lexicon:
    by_first: dict[str, tuple[Entry, ...]]   # folded first word -> entries, longest first

    def match(self, tokens: list[Token], i: int, kinds: frozenset[str] | set[str], *,
              ignore_case: bool = False) -> Entry | None:
        """The longest entry of one of ``kinds`` that starts at token ``i``; case is ignored except where
        the kind needs it (an organisation is written with a capital, a stop word without)."""
        if i >= len(tokens):
            return None
        entries = self.by_first.get(tokens[i].key)
        if not entries:
            return None
        keys: tuple[str, ...] | None = None   # the keys from token i on, as many as the longest entry has words
        for entry in entries:
            if entry.kind not in kinds:
                continue
            n = len(entry.words)
            if n > 1:                         # the first word is the one looked up: only the others to compare
                if i + n > len(tokens):
                    continue
                if keys is None:
                    keys = tuple(t.key for t in tokens[i:i + len(entries[0].words)])
                if keys[:n] != entry.words:
                    continue
            if not ignore_case and not _case_fits(entry, tokens[i:i + n]):
                continue
            return entry
        return None


# Kinds matched with their case: places and sentence openers.
_EXACT_KINDS = frozenset({"not-name", "place-noun"})
# Kinds that name an organisation: written with a capital.
_CAPITAL_KINDS = frozenset({"org", "institution"})
# Kinds that are ordinary lower-case words.
_LOWER_KINDS = frozenset({"connector", "stop"})


def _case_fits(entry: Entry, span: list[Token]) -> bool:
    if entry.kind in _EXACT_KINDS:
        return " ".join(t.text for t in span) == entry.surface
    if entry.kind in _CAPITAL_KINDS:
        return span[0].is_cap
    if entry.kind in _LOWER_KINDS:
        return span[0].is_lower
    return True


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """titles.tsv, loaded once."""
    grouped: dict[str, list[Entry]] = {}
    for line in (DATA / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [_nfc(c.strip()) for c in line.split("\t")]
        surface, kind = cells[0], cells[1]
        country = cells[2] if len(cells) > 2 and cells[2] else None
        flags = set(cells[3].split(",")) if len(cells) > 3 else set()
        words = tuple(t.key for t in tokenize(surface))
        grouped.setdefault(words[0], []).append(
            Entry(words, surface, kind, country, "capital" in flags, "business" in flags))
    return Lexicon({k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in grouped.items()})


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(Vietnamese family names, family names common in China but rare in Vietnam), as written.
    Only one-word names: a name starts at its first word, and "Âu" alone is no family name."""
    vietnamese: set[str] = set()
    chinese: set[str] = set()
    for line in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [_nfc(c.strip()) for c in line.split("\t")]
        if " " not in cells[0]:
            (chinese if len(cells) > 1 and cells[1] == "cn" else vietnamese).add(cells[0])
    return frozenset(vietnamese), frozenset(chinese)


def is_vietnamese_surname(word: str) -> bool:
    return word in surnames()[0]


def is_surname(word: str) -> bool:
    vietnamese, chinese = surnames()
    return word in vietnamese or word in chinese


# ---------------------------------------------------------------------------------------- name shape

_VN_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


# Vowel pairs no Vietnamese syllable holds, even with its marks folded away ("Lee", "Moon", "Yoon").
_NOT_VN_VOWELS = re.compile(r"ee|ea|ae|ei|ou|yo|oo(?!ng|c)")


@lru_cache(maxsize=1 << 14)
def is_vietnamese_syllable(word: str) -> bool:
    """True for a word that could be one Vietnamese syllable ("Dũng", "Sen"); false for "Trump", "Lee"."""
    folded = fold(word)
    return bool(_VN_SYLLABLE.match(folded)) and not _NOT_VN_VOWELS.search(folded)


def is_foreign_word(token: Token) -> bool:
    """A capitalised word no Vietnamese name is made of: a transliteration with hyphens or an initial
    ("Pu-tin", "V.Pu-tin"), or a word that is not a Vietnamese syllable ("Koizumi")."""
    text = token.text
    if is_acronym(token):
        return False
    if "-" in text or "." in text:
        return True
    return not is_vietnamese_syllable(text)


def vietnamese_name(words: list[str]) -> bool:
    """A Vietnamese full name: a Vietnamese family name and one to three more syllables."""
    return (2 <= len(words) <= 5 and is_vietnamese_surname(words[0])
            and all(is_vietnamese_syllable(w) and w[0].isupper() for w in words))


def name_like(tokens: list[Token]) -> bool:
    """Strong evidence that a run of capitalised words is a person's name by its shape alone:
    a family name and one to three syllables, or a word no Vietnamese phrase is made of."""
    if len(tokens) < 2:
        return len(tokens) == 1 and is_foreign_word(tokens[0])
    words = [t.text for t in tokens]
    if is_surname(words[0]) and len(words) <= 4 and all(is_vietnamese_syllable(w) for w in words):
        return True
    return any(is_foreign_word(t) for t in tokens) and not any(is_acronym(t) for t in tokens)


# ---------------------------------------------------------------------------------------- places

@dataclass(frozen=True)
class PlaceHit:
    start: int          # token index
    end: int            # token index, exclusive
    code: str           # country or organisation code
    is_org: bool        # ASEAN, UN, EU, WHO...
    ambiguous: bool = False   # also an ordinary word or a name syllable ("Anh", "Đức", "Mỹ")


def country_hits(tokens: list[Token], hits: list[GazetteerHit], by_start: dict[int, int]) -> dict[int, PlaceHit]:
    """Country and organisation names (the gazetteer's ``hits`` in the text, see ``spaced``), widened
    leftwards over the words of a state's formal name ("nước Cộng hòa Nhân dân Trung Hoa", "Cộng hòa Liên
    bang (CHLB) Đức"). Keyed by every token index from the widened start to the country's own first word,
    so a reader that has already consumed "nước" as part of "Chủ tịch nước" still finds the country at the
    next word."""
    by_end = {t.end: i for i, t in enumerate(tokens)}
    kinds = _country_kinds()
    out: dict[int, PlaceHit] = {}
    for hit in hits:
        if hit.start not in by_start or hit.end not in by_end:
            continue
        core, last = by_start[hit.start], by_end[hit.end] + 1
        inside = lexicon().match(tokens, core, {"not-name"})
        if inside and len(inside.words) > last - core:
            continue                           # "Ấn Độ Dương": an ocean's name that opens with a country's
        if hit.ambiguous and (not tokens[core].is_cap or _family_name_of(tokens, core, last)):
            continue
        first = _widen_state_name(tokens, core)
        place = PlaceHit(first, last, hit.key, kinds.get(hit.key) == "org", hit.ambiguous)
        for i in range(first, core + 1):
            out.setdefault(i, place)
    return out


# Clipped country names that older news puts between a title and a foreign name ("Thủ tướng Thái Thaksin",
# "Thủ tướng Ấn Manmohan Singh", "Tổng thống Phi Arroyo"); elsewhere "Thái" is a family name and all are words
# of other names, so they are read as countries only there, not by the gazetteer.
_CLIPPED_COUNTRIES = {"Thái": "TH", "Ấn": "IN", "Phi": "PH"}


def short_countries_before_names(tokens: list[Token], places: dict[int, PlaceHit]) -> dict[int, PlaceHit]:
    """The clipped country words directly before a capitalised word no Vietnamese name is made of."""
    out: dict[int, PlaceHit] = {}
    for i, token in enumerate(tokens[:-1]):
        code = _CLIPPED_COUNTRIES.get(token.text)
        if code is None:
            continue                      # nearly every word: nothing more to look at
        after = tokens[i + 1]
        if i not in places and is_name_word(after) and is_foreign_word(after) \
                and after.start == token.end + 1:
            out[i] = PlaceHit(i, i + 1, code, False, True)
    return out


def _family_name_of(tokens: list[Token], core: int, last: int) -> bool:
    """A country word that is also a Chinese family name, before one or two syllables that end the
    capitalised run: "Phó Thủ tướng Hàn Chính" names a person ("Ngoại trưởng Hàn Ban Ki-moon" does not)."""
    if last != core + 1 or not is_surname(tokens[core].text):
        return False
    k = last
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_cap and k - last < 3:
        if "-" in tokens[k].text or not is_vietnamese_syllable(tokens[k].text):
            return False
        k += 1
    return 1 <= k - last <= 2 and not (k < len(tokens) and tokens[k].is_word and tokens[k].is_cap)


_LOOSE_HYPHEN = re.compile(r"-(?:(?<=\S-)(?=\s)|(?<=\s-)(?=\S))")   # starts with "-": re jumps to each one


def spaced(text: str) -> str:
    """The text countries are looked for in: "Việt Nam- Cuba": a hyphen against a space joins nothing, so it
    must not hide the country."""
    return _LOOSE_HYPHEN.sub(" ", text) if "-" in text else text


@lru_cache(maxsize=1)
def _country_kinds() -> dict[str, str]:
    return {c.code: c.kind for c in countries().values()}


def token_starts(tokens: list[Token]) -> dict[int, int]:
    """Token index by the character offset where the token starts."""
    return {t.start: i for i, t in enumerate(tokens)}


def _widen_state_name(tokens: list[Token], first: int) -> int:
    while True:
        i = first
        if i >= 3 and tokens[i - 1].text == ")" and tokens[i - 3].text == "(" and is_acronym(tokens[i - 2]):
            i -= 3        # "Cộng hòa Liên bang (CHLB) Đức"
        best = None
        for prefix in _STATE_PREFIXES_BY_LAST.get(tokens[i - 1].key, ()) if i else ():
            n = len(prefix)       # longest first: the first that fits is the best
            if i - n >= 0 and tuple(t.key for t in tokens[i - n:i]) == prefix:
                best = n
                break
        if best is None:
            return first
        first = i - best


def city_country(doc: "TokenDoc", i: int) -> str | None:
    """The country of the host city whose name covers token ``i``."""
    for hit in find_cities(doc.text[doc.tokens[i].start:doc.tokens[min(len(doc.tokens), i + 5) - 1].end]):
        if hit.start == 0:
            return country_of_city(hit.key)
    return None


def city_token_starts(tokens: list[Token], hits: list[GazetteerHit], by_start: dict[int, int]) -> set[int]:
    """Token indexes covered by a host-city name ("TP Hồ Chí Minh", "Hà Nội"), the gazetteer's ``hits``."""
    covered: set[int] = set()
    for hit in hits:
        i = by_start.get(hit.start)
        while i is not None and i < len(tokens) and tokens[i].start < hit.end:
            covered.add(i)
            i += 1
    return covered


# ---------------------------------------------------------------------------------------- documents

@dataclass
class TokenDoc:
    """One text, tokenised once, with the country and city names found in it."""

    text: str
    tokens: list[Token]
    places: dict[int, PlaceHit]
    cities: set[int]

    @classmethod
    def of(cls, text: str, *, countries_found: list[GazetteerHit] | None = None,
           cities_found: list[GazetteerHit] | None = None) -> "TokenDoc":
        """``countries_found`` and ``cities_found``: the gazetteer's hits in ``text``, when the caller has them."""
        tokens = tokenize(text)
        by_start = token_starts(tokens)
        looked_in = spaced(text)
        if countries_found is None or looked_in != text:
            countries_found = find_countries(looked_in)
        if cities_found is None:
            cities_found = find_cities(text)
        places = country_hits(tokens, countries_found, by_start)
        places.update(short_countries_before_names(tokens, places))
        return cls(text, tokens, places, city_token_starts(tokens, cities_found, by_start))

    def place_at(self, i: int) -> PlaceHit | None:
        return self.places.get(i)

    @cached_property
    def _inside_places(self) -> frozenset[int]:
        return frozenset(k for p in set(self.places.values()) for k in range(p.start + 1, p.end))

    def inside_place(self, i: int) -> bool:
        """Whether token ``i`` is a later word of a country's name ("Quốc" in "Trung Quốc")."""
        return i in self._inside_places


HEAD_KINDS = frozenset({"office", "business", "military", "expert", "artist"})
_KEEP_BEFORE_PLACE = frozenset({"tại", "về", "và", "với", "giữa", "ở", "từ", "sang", "đến", "người"})
_OWNER = "của"
WHERE = frozenset({"tại", "ở"})   # a place after these is where a post or a meeting is
# Bodies of a state whose names carry no country: "Bộ Giáo dục Philippines" is Philippine, not a name.
_STATE_BODIES = frozenset({("bộ",), ("tòa", "án"), ("toà", "án"), ("tòa",)})
# Undertakings whose own name follows them inside a title ("Ban quản lý dự án Khu liên hợp thể thao").
_NAMED_UNDERTAKINGS = frozenset({("dự", "án")})
# Connectors that may open an office's remit in lower-case words ("về quyền con người", "phụ trách các vấn đề
# đối ngoại"), read only when a name follows within a few words.
_REMITS = frozenset({("về",), ("phụ", "trách")})
_REMIT_WORDS = 5
_PLACES_NAMED_AFTER_LEADERS = frozenset({"Hồ Chí Minh"})   # "thành phố Hồ Chí Minh"
_LOCAL_UNITS = tuple(tuple(u.split()) for u in ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã"))
_CONTINENTS = frozenset({"Á", "Âu", "Phi", "Mỹ", "Úc"})   # "châu Á": written small, then the continent
_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»"}
_QUOTED_WORDS = 6
# A ministry's field, an institution after an office ("Bộ trưởng Ngoại giao Lào") but a word of the name
# after an organisation's head ("Phòng Công nghiệp và Thương mại Việt Nam").
_FIELDS = frozenset(tuple(lower_key(w).split()) for w in (
    "ngoại giao", "quốc phòng", "công an", "thương mại", "tài chính", "kinh tế", "công thương"))
_SPLITS_TITLES = "kiêm"           # "Chủ tịch X kiêm Phó chủ tịch Y": two titles
# Heads of two offices of state joined by "kiêm" are two titles; a company's "Chủ tịch kiêm Giám đốc
# điều hành" is one.
_STATE_OFFICES = frozenset({"office", "military"})
_SHORT_PLACES = frozenset({"Việt", "Trung", "Nhật", "Hàn", "Mỹ", "Lào", "Á", "Âu", "Phi", "Ấn", "Nga", "Pháp",
                           "Đức", "Anh", "Úc", "Thái", "Cam", "Triều", "Xô"})


def is_place_compound(token: Token) -> bool:
    """"Mỹ-Việt", "ASEAN-Hàn": countries joined by a hyphen, never a person's name."""
    if "-" not in token.text:
        return False                      # asked of every capitalised word; few have a hyphen to split at
    parts = token.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    return any(p in _SHORT_PLACES or country_code(p) or (len(p) > 1 and p.isupper()) for p in parts)


def is_name_word(token: Token) -> bool:
    return token.is_word and token.is_cap and not is_acronym(token) and not is_place_compound(token)


def head_has_org(head: Entry) -> bool:
    """"Trưởng ban X", "Trưởng khoa Luật", "Chánh Văn phòng Chủ tịch nước": a title whose last words are a
    board, a faculty or an office still to be named (the name may itself hold a title's words)."""
    return len(head.words) > 1 and head.words[-1] in ("ban", "khoa") \
        or len(head.words) > 2 and head.words[-2:] == ("văn", "phòng")


def head_at(doc: TokenDoc, i: int) -> tuple[int, Entry] | None:
    """A title head at token ``i``, with an optional "nguyên"/"cựu" before it: (first token, entry)."""
    lex = lexicon()
    if i >= len(doc.tokens) or doc.tokens[i].key not in lex.by_first:
        return None                        # most words start no entry: one lookup, not three
    if doc.inside_place(i):
        return None                        # "Trung Quốc Vương Nghị": no "Quốc vương" inside a country's name
    prefix = lex.match(doc.tokens, i, {"prefix"})
    if prefix and (doc.tokens[i].is_cap or not prefix.capital or _opens_clause(doc.tokens, i, prefix)):
        entry = lex.match(doc.tokens, i + len(prefix.words), HEAD_KINDS)
        if entry:
            return i, entry
    entry = lex.match(doc.tokens, i, HEAD_KINDS)
    if entry is None:
        return None
    org = lex.match(doc.tokens, i, {"org", "institution"})
    if org and len(org.words) > len(entry.words):
        return None                        # "Đại sứ quán" is an embassy, not an ambassador
    after = i + len(entry.words)
    owned = after < len(doc.tokens) and doc.tokens[after].key == "của"
    if entry.capital and not doc.tokens[i].is_cap and not owned:
        return None                        # "đại diện nhiều nước": a representative of no one named
    return i, entry


def _opens_clause(toks: list[Token], i: int, prefix: Entry) -> bool:
    """"Đại sứ X, quyền Trưởng SOM ASEAN": a prefix written small still opens a title right after
    punctuation and before a capitalised head ("chính quyền Tổng thống Trump" is the administration)."""
    after = i + len(prefix.words)
    return (i == 0 or not toks[i - 1].is_word) and after < len(toks) and toks[after].is_cap


def run_end(doc: TokenDoc, j: int) -> int:
    """End of the run of capitalised name words that starts at ``j``."""
    toks = doc.tokens
    k = j
    while k < len(toks):
        t = toks[k]
        if t.is_word and t.is_cap:
            if k > j and _ends_run(doc, j, k):
                break
            if k == j and not is_name_word(t):
                break
            k += 1
        elif t.is_word and t.text in NAME_PARTICLES and k > j and _particles_then_name(toks, k):
            k += 1                                # "bin Hassan", "von der Leyen"
        elif t.is_word and k > j and _JOINED_PARTICLE.match(t.text):
            k += 1                                # "Bashar al-Assad", "Abdel Fattah el-Sisi"
        elif t.text == "." and k > j and (_initial(toks[k - 1]) or _inner_honorific(toks, k)) \
                and k + 1 < len(toks) and toks[k + 1].start == t.end + 1 \
                and (toks[k + 1].is_cap or toks[k + 1].text in NAME_PARTICLES and _particles_then_name(toks, k + 1)):
            k += 1                                # "V. Putin", "Tun Dr. Mahathir Mohamad", "Albert F. del Rosario"
        elif t.text in _OPEN_QUOTES and k > j and _quoted_nickname(toks, k):
            k += 3                                # 'Ferdinand "Bongbong" Marcos': a nickname inside the name
        elif t.text in _APOSTROPHES and k > j and t.start == toks[k - 1].end and k + 1 < len(toks) \
                and toks[k + 1].is_cap and toks[k + 1].start > t.end:
            k += 1                                # "Dato' Seri", "Dato’ Johari": a Malay honorific's elision
        else:
            break
    return k


_APOSTROPHES = frozenset({"'", "’"})


def _quoted_nickname(toks: list[Token], k: int) -> bool:
    """A quote at ``k`` around one capitalised word, then another capitalised word: a nickname inside a name."""
    return k + 3 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap \
        and toks[k + 2].text == _OPEN_QUOTES.get(toks[k].text) \
        and toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end \
        and toks[k + 3].is_word and toks[k + 3].is_cap
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z]")


def _abbreviated_rank(doc: TokenDoc, j: int) -> bool:
    """"Pol. Gen.", "Lt. Gen.": a rank written in English abbreviations, its words cut by full stops."""
    found = head_at(doc, j)
    return bool(found and found[1].kind == "military" and "." in found[1].surface)


def _particles_then_name(toks: list[Token], k: int) -> bool:
    """Whether one or two particles from ``k`` lead to a capitalised word ("von der Leyen", "de Mistura")."""
    for n in (1, 2):
        if k + n >= len(toks) or toks[k + n - 1].text not in NAME_PARTICLES:
            return False
        if toks[k + n].is_cap:
            return True
    return False


_INITIAL_GLUED = re.compile(r"^[A-ZĐ]\.[A-ZÀ-ỸĐ](?:[a-zà-ỹđ]|-[a-zà-ỹđ])")   # "V.Pu-tin", "S.A-bê"
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.)*[A-ZĐ]$")


# Abbreviated honorifics inside a Malay name's run of honorifics ("Tun Dr. Mahathir", "Datuk Seri Dr. Wan Azizah").
_INNER_HONORIFICS = frozenset({"Dr", "Ir", "Prof"})


def _inner_honorific(toks: list[Token], k: int) -> bool:
    """"Dr" written before the full stop at ``k``, after other words of the name (not opening it)."""
    return toks[k - 1].text in _INNER_HONORIFICS and toks[k - 1].end == toks[k].start and k >= 2 \
        and toks[k - 2].is_cap and toks[k - 2].is_word


def _initial(token: Token) -> bool:
    """"V" of "V. Putin", "A.V" of "A.V. Kutepov"."""
    return bool(_INITIALS.match(token.text))


def _ends_run(doc: TokenDoc, j: int, k: int) -> bool:
    """Whether the capitalised word at ``k`` cannot continue the name begun at ``j``."""
    toks, lex = doc.tokens, lexicon()
    t = toks[k]
    if _ROMAN.match(t.text):
        return False                      # "Elizabeth II"
    if _middle_initials(toks, k):
        return False                      # "Retno LP Marsudi": initials between two foreign names
    if not is_name_word(t) or _is_long_head(toks, k):
        return True
    opener = lex.match(toks, k, {"not-name"})
    if opener and len(opener.words) == 1:
        return not _given_name(toks, j, k)
    if not t.text.isascii() and is_vietnamese_syllable(t.text) and toks[k - 1].text.isascii() \
            and is_foreign_word(toks[k - 1]):
        return True                       # "Donald Trump Tiếp theo": a sentence runs on after a caption
    place = doc.place_at(k)
    if place is None:
        return False
    # "Lê Hồng Anh", "Nông Đức Mạnh", "Trương Mỹ Hoa": a country word inside a Vietnamese name, also
    # when the run began at an organisation's words ("Bộ trưởng Công Thương Trần Tuấn Anh").
    return not (place.ambiguous and place.end == k + 1 and _family_name_before(toks, j, k))


# Words after which "Sáng", "Chiều", "Tối" open a sentence ("Sáng nay", "Chiều 10/8") rather than end a name.
_TIME_AFTER = frozenset({"nay", "qua", "mai", "hôm", "cùng", "ngày", "tới", "sớm"})


def _given_name(toks: list[Token], j: int, k: int) -> bool:
    """A word that opens sentences ("Sáng", "Hiện", "Tham") as the given name of a Vietnamese name of three
    syllables begun in this run: "Thứ trưởng Nguyễn Văn Sáng phát biểu", not "... Phúc Sáng nay"."""
    if k - 2 < j or not is_vietnamese_surname(toks[k - 2].text) or not is_vietnamese_syllable(toks[k - 1].text):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return is_vietnamese_syllable(toks[k].text) and not (
        after is not None and (after.key in _TIME_AFTER or after.text[:1].isdigit()))


def _family_name_before(toks: list[Token], j: int, k: int) -> bool:
    """A Vietnamese family name one to three syllables before ``k`` (not before the run's start ``j``),
    with only Vietnamese syllables between: "Nguyễn Thị Kim | Anh"."""
    for m in range(k - 1, max(j, k - 4) - 1, -1):
        if not is_vietnamese_syllable(toks[m].text):
            return False
        if is_vietnamese_surname(toks[m].text):
            return True
    return False


def _middle_initials(toks: list[Token], k: int) -> bool:
    """Two capitals between foreign name words ("Retno LP Marsudi"), not an organisation's initials
    after a name ("Joko Widodo AS"): foreign words on both sides."""
    t = toks[k]
    if not (len(t.text) <= 2 and t.text.isalpha() and t.text.isupper()) or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return before.start < t.start and is_name_word(before) and is_foreign_word(before) \
        and is_name_word(after) and is_foreign_word(after) and after.start > t.end


def _is_long_head(toks: list[Token], k: int) -> bool:
    entry = lexicon().match(toks, k, HEAD_KINDS)
    return bool(entry and len(entry.words) >= 2)


# English words that end a firm's or body's name; no person's name holds them ("Group Holdings",
# "Human Rights Watch").
_COMPANY_WORDS = frozenset("""Group Holdings Holding Corporation Corp Inc Ltd Limited Co Company Bank Securities
Capital Partners Associates Consulting Motors Airlines Airways Technologies Foundation Institute University
Fund Investments Industries Enterprises LLC PLC JSC Watch International Forum Council Organization Organisation
Association Agency Network Alliance Commission Committee Center Centre Society Union Trust Research Studies
Programme Program Initiative Services Media News Times Post Journal Review Club Coalition Movement""".split())


_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Van)[A-Z][a-z]+[A-Z]")


def _camel_case(word: str) -> bool:
    """"EuroCham", "AmCham", "PetroVietnam": a capital inside the word, as bodies coin names ("McCain" is no body)."""
    return bool(_CAMEL.match(word))


def _ong_surname(toks: list[Token], i: int, j: int) -> bool:
    """"Tổng Thư ký ASEAN Ông Keng Yong": "Ông" written large inside a sentence, before a name that is not
    Vietnamese, is the family name Ong of a listed office-holder, not "Mr"."""
    return toks[i].text == "Ông" and i > 0 and toks[i - 1].is_word and j - i >= 3 \
        and office_holder_country(" ".join(t.text for t in toks[i:j])) is not None


def clean_name(doc: TokenDoc, i: int, j: int) -> tuple[int, int] | None:
    """The person's name inside the capitalised run ``[i, j)``: without leading honorifics, places,
    initials of organisations and not-name words, and starting at a family name when organisation words
    come first ("Vụ châu Âu Lê Dũng"). None when nothing name-like is left."""
    toks, lex = doc.tokens, lexicon()
    company = [k for k in range(i, j) if toks[k].text in _COMPANY_WORDS]
    if company:
        i = company[-1] + 1               # "DBS Group Holdings Ma Tieying": the firm's name ends there
    while i < j:
        place = doc.place_at(i)
        skip = lex.match(toks, i, {"not-name", "honorific", "institution"})   # "Nhà Trắng Jen Psaki"
        if place and place.end <= j:
            i = place.end
        elif skip and i + len(skip.words) <= j and not _ong_surname(toks, i, j):
            i += len(skip.words)
        elif not is_name_word(toks[i]) or i in doc.cities or _camel_case(toks[i].text) and j - i > 2:
            i += 1                        # "EuroCham Alain Cany": a body's coined name before the person's
        else:
            break
    while j > i:
        tail = next((n for n in (3, 2, 1) if j - n >= i and (e := lex.match(toks, j - n, {"not-name"}))
                     and len(e.words) == n and not (n == 1 and _given_name(toks, i, j - 1))), 0)
        if tail:
            j -= tail
        elif not toks[j - 1].is_cap and not _JOINED_PARTICLE.match(toks[j - 1].text):
            j -= 1
        else:
            break
    if i >= j:
        return None
    i = _family_name_start(toks, i, j)
    words = toks[i:j]
    inside = [doc.place_at(k) for k in range(i + 1, j) if doc.place_at(k)]
    if any(k in doc.cities for k in range(i, j)) or any(
            not (p.ambiguous and is_vietnamese_surname(toks[i].text)) for p in inside):
        return None
    if lex.match(toks, i, {"not-name"}) and len(lex.match(toks, i, {"not-name"}).words) == len(words):
        return None
    return i, j


def _family_name_start(toks: list[Token], i: int, j: int) -> int:
    """Move the start to a family name when the words before it are Vietnamese organisation words."""
    if j - i < 3:
        return i
    foreign = _foreign_name_after_body(toks, i, j)
    if foreign is not None:
        return foreign
    for k in range(i, j - 1):
        if j - k > 4:
            continue
        if k > i and is_surname(toks[k].text) and all(is_vietnamese_syllable(t.text) for t in toks[k:j]):
            return _commoner_family_name(toks, k, j)
        if k == i and is_surname(toks[k].text):
            return i
    return i


def _foreign_name_after_body(toks: list[Token], i: int, j: int) -> int | None:
    """"Trung ương Đảng Daniel Kerrigan", "Học viện ... Hồ Chí Minh Daniel Kerrigan": Vietnamese words of a
    body's name, then two foreign name words or more, are the body's and the person's; where the person's
    start, or None. One short Vietnamese word may open a foreign name ("U Win Myint") unless it heads a body."""
    k = i
    while k < j and is_vietnamese_syllable(toks[k].text) and not is_foreign_word(toks[k]):
        k += 1
    if k == i or j - k < 2 or not all(is_foreign_word(t) for t in toks[k:j]):
        return None
    if k - i == 1 and not lexicon().match(toks, i, {"org", "institution"}):
        return None
    return k


# The family names most Vietnamese bear: one of them right after a rarer one starts the name ("Tập đoàn Tuần
# Châu Đào Hồng Tuyển"), while after a common one it is a middle name ("Đặng Lê Nguyên Vũ").
_COMMON_FAMILY_NAMES = frozenset("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh
Trịnh Trương Lưu Đoàn""".split())


def _commoner_family_name(toks: list[Token], k: int, j: int) -> int:
    if toks[k].text not in _COMMON_FAMILY_NAMES and j - k == 4 and toks[k + 1].text in _COMMON_FAMILY_NAMES:
        return k + 1
    return k


# ---------------------------------------------------------------------------------------- title phrases

@dataclass
class TitlePart:
    """One role phrase: its tokens minus the parts that name the person's country."""

    start: int                      # first token
    end: int                        # token after the last
    kind: str                       # kind of its head
    removed: list[tuple[int, int]]  # token ranges cut out ("Lào" in "Thủ tướng Lào")
    countries: list[tuple[str, int]]  # (code, strength): 3 said of the person, 2 the organisation's
    head_len: int = 1               # tokens of the head, with its "nguyên"/"cựu"

    @property
    def bare(self) -> bool:
        """Only the head ("Thủ tướng"), nothing that ties it to anyone."""
        return self.end - self.start <= self.head_len

    def text(self, doc: TokenDoc) -> str:
        toks = doc.tokens
        end = self.end
        while end > self.start and toks[end - 1].key in _TRAILING:
            end -= 1
        cut = {k for a, b in self.removed for k in range(a, b)}
        pieces: list[str] = []
        k = self.start
        while k < end:
            if k in cut:
                k += 1
                continue
            first = k
            while k < end and k not in cut:
                k += 1
            pieces.append(doc.text[toks[first].start:toks[k - 1].end])
        text = " ".join(" ".join(pieces).split())
        text = _HOST.sub("", text)          # "Tổng thống nước chủ nhà": the host, said of the country
        text = _THIS_BODY.sub("", text)     # "Giám đốc tổ chức này": the body named before, not a name of it
        text = _THEN.sub("", text)          # "Bộ trưởng Ngoại giao khi đó": when, not which office
        return text.strip(" ,;:-–.")        # "PGS." is the title "PGS"


_THEN = re.compile(r"\s+(?:(?:khi|lúc|hồi|thời điểm|vào thời điểm) (?:đó|ấy|bấy giờ)|năm nay|hiện nay|hiện tại)$",
                   re.IGNORECASE)
_HOST = re.compile(r"\s+nước (?:chủ nhà|này|bạn)\b", re.IGNORECASE)   # the country, referred to
_THIS_BODY = re.compile(r"\s+(?:của\s+)?(?:tổ chức|cơ quan|bộ|tập đoàn|công ty|hiệp hội|hội đồng|trung tâm|viện"
                        r"|ngân hàng|quỹ|ủy ban|uỷ ban|diễn đàn|hãng|đơn vị|trường|nhóm|khối|liên minh) (?:này|trên)\s*$", re.IGNORECASE)

# Words a title does not end with: they joined it to something that turned out not to belong.
_TRAILING = frozenset({"của", "và", "tại", "về", "kiêm", "thuộc", "(", "-", "–", ","})


@dataclass
class Walk:
    parts: list[TitlePart]
    end: int                        # token where the phrase stopped
    name: tuple[int, int] | None    # the name the phrase introduces, if any


class _Walker:
    """Reads a role phrase forwards from its head until the name it introduces, or until it stops.

    Inside an organisation's name ("Cục Hàng hải Việt Nam", "Viện nghiên cứu thương mại") lower-case
    words go on; outside one only the words of titles do ("Phó Thủ tướng thường trực"). A run of
    capitalised words that has the shape of a name, or that nothing can follow, is the name."""

    def __init__(self, doc: TokenDoc, limit: int) -> None:
        self.doc, self.toks, self.lex = doc, doc.tokens, lexicon()
        self.limit = min(limit, len(doc.tokens))
        self.parts: list[TitlePart] = []
        self.org: str | None = None      # "org" inside an organisation's name, "institution" after one
        self.named = False               # something of the organisation's own name has been read
        self.described = False           # lower-case words describe it ("Tập đoàn tư vấn ...")
        self.loose = False               # an expert's title went on in free words ("luật sư của ...")
        self.expert = False
        self.topic = False               # lower-case words of a remit after "về"/"phụ trách", up to the name
        self.chains = True
        self.apposition = False

    def walk(self, start: int, head: Entry) -> Walk:
        # "Tại cuộc tiếp Chủ tịch Tập đoàn Vamed, Thủ tướng Nguyễn Xuân Phúc ...": a full title after
        # a meeting verb names the guest, and the title after the comma someone else (a bare one,
        # "gặp Thượng tướng, Thứ trưởng ... X", still goes on to its name).
        self.chains = not _after_meeting_verb(self.toks, start)
        j = self._open(start, head)
        while j < self.limit:
            step = self._step(j)
            if isinstance(step, Walk):
                return step
            if step is None:
                break
            j = step
        self.part.end = min(j, self.limit)
        return Walk(self.parts, self.part.end, None)

    @property
    def part(self) -> TitlePart:
        return self.parts[-1]

    def _open(self, start: int, head: Entry) -> int:
        """Start a new title part at a head; returns the token after the head."""
        if self.parts:
            self.part.end = start if self.part.end <= start else self.part.end
        self.parts.append(TitlePart(start, start, head.kind, [], []))
        self.org = "org" if head_has_org(head) else None
        self.org_words: tuple[str, ...] = ()
        self.head_end = start + len(head.words)
        self.named = self.described = self.loose = self.topic = False
        self.expert = head.kind == "expert"
        prefix = self.lex.match(self.toks, start, {"prefix"})
        skip = len(prefix.words) if prefix and self.lex.match(
            self.toks, start + len(prefix.words), HEAD_KINDS) else 0
        self.part.head_len = skip + len(head.words)
        return start + skip + len(head.words)

    def _step(self, j: int) -> int | Walk | None:
        """Read the token at ``j``: where to go on, the finished walk, or None where the title ends."""
        t = self.toks[j]
        self.part.end = j
        if not t.is_word:
            return self._punctuation(j)
        place = self.doc.place_at(j)
        if place and (t.is_cap or t.key in ("nước",)):
            return self._place(j, place)
        if t.is_cap or t.text[0].isdigit():
            return self._capitalised(j)
        return self._lower(j)

    def _new_head(self, j: int) -> int | None:
        """A second title right after a complete one ("Phó Thủ tướng Bộ trưởng Ngoại giao ...")."""
        found = head_at(self.doc, j)
        if not found:
            return None
        if self.org == "org" or self.toks[j - 1].key in _JOINS:
            return None            # "Văn phòng Chủ tịch nước", "của Chủ tịch ASEAN": part of this title
        return self._open(found[0], found[1])

    def _country_ends_at(self, j: int) -> bool:
        """Whether a country's name (not an organisation's) ends right before token ``j``."""
        places = (self.doc.place_at(s) for s in range(max(0, j - 4), j))
        return any(p is not None and p.end == j and not p.is_org for p in places)

    def _is_rank(self, j: int) -> bool:
        """A one-word rank ("Tướng") at the start of a capitalised run: a title of its own, not a name word."""
        found = head_at(self.doc, j)
        return bool(found and found[1].kind == "military" and found[0] == j)

    def _capitalised(self, j: int) -> int | Walk | None:
        toks, doc = self.toks, self.doc
        if j + 1 < self.limit and toks[j + 1].text == ":":
            return None                                   # "PV:", a speaker's label
        rest = _rest_of_glued_country(toks, j, self.limit)
        if rest:
            self.named = True                     # "SOM ASEAN-Trung Quốc": the partner, glued to ASEAN
            return rest
        pair = _glued_pair_end(toks, j, self.limit)
        if pair:
            self.named = True                     # "Nhóm Nghị sĩ Hữu nghị Việt Nam-Cuba": two states, one token
            return pair
        glued = _glued_initials_end(toks, j, self.limit)
        if glued > j + 1:
            self.named = True                     # "Bộ VH,TT&DL", "Bộ LĐ-TB&XH": one ministry's initials
            return glued
        k = run_end(doc, j)
        run = toks[j:k]
        if k < self.limit and toks[k].text == "&":
            self.named = True                     # "Ernst & Young": a firm
            return run_end(doc, k + 1) if k + 1 < self.limit and toks[k + 1].is_cap else k + 1
        if (len(run) > 1 or _abbreviated_rank(doc, j)) and self._is_rank(j):
            nxt = self._new_head(j)               # "Thủ tướng Myanmar Tướng Khin Nyunt": a rank, then the name
            if nxt is None and self._country_ends_at(j):
                nxt = self._open(j, head_at(doc, j)[1])   # "Tư lệnh Lục quân Thái Lan Tướng X": the country
            if nxt is not None:                           # closed the army's name
                return nxt
        if self._coined_body_then_person(run, k):
            self.named = True                     # "Công ty Du lịch Saigontourist Nguyễn Văn An": the firm's name
            return k
        if run and name_like(run) and not self._organisation_name(run) and not self._firm_then_name(run, k) \
                and not (len(run) == 1 and _camel_case(run[0].text)) \
                and not self._opens_foreign_body(j, k) \
                and not (len(run) == 1 and not _initial_then_title(doc, run[0], k)
                         and (self._continues(k) or self.apposition)
                         and not self._leader_then_where(j, k)):   # "Chủ tịch Duma quốc gia"
            found = clean_name(doc, j, k)
            if found:
                if self.loose or toks[j - 1].key in _NOT_THE_HOLDER:
                    return None          # "luật sư của nghi phạm Siti Aisyah": the title is not hers
                return self._named(j, found, k)
        inner = head_at(doc, j)
        if inner:
            nxt = self._new_head(j)
            if nxt is not None:
                return nxt
            self.named = True
            return inner[0] + len(inner[1].words)     # "của Chủ tịch ASEAN", "Văn phòng Chủ tịch nước"
        entry = self.lex.match(toks, j, {"org", "institution", "continuation", "not-name"})
        if entry and entry.kind != "not-name" or entry and len(entry.words) > 1:
            if entry.kind == "org":
                self.org, self.named = "org", False
                self.org_words = entry.words
                if entry.business and self.part.kind == "office":
                    self.part.kind = "business"      # "Phó Chủ tịch Tập đoàn GE": a company's officer
            elif entry.kind == "institution" and self.org == "org" and entry.words in _FIELDS:
                self.named = True                    # "Học viện Ngoại giao Việt Nam": the field names the body
            elif entry.kind == "institution":
                self.org, self.named = "institution", True
            else:
                self.named = True
            if entry.country:
                self.part.countries.append((entry.country, 2))
            return j + len(entry.words)
        if is_acronym(toks[j]) or is_place_compound(toks[j]) or toks[j].text[0].isdigit() \
                or k == j + 1 and _camel_case(toks[j].text):   # "Chủ tịch AmCham Hà Nội X": a body's coined name
            self.named = True
            return j + 1
        if j in doc.cities:                              # "Trung tâm châu Âu đóng tại Thượng Hải"
            k = j
            while k < self.limit and k in doc.cities:
                k += 1
            code = city_country(doc, j)
            if code:
                self.part.countries.append((code, 1))
            return k
        if not run:
            return None
        if self.org == "org" and not self.named:
            self.named = True
            if len(run) >= 3 and not self.described and name_like(run[1:]) and is_foreign_word(run[-1]):
                found = clean_name(doc, j + 1, k)    # "Tập đoàn Shire Linda Seah"
                if found:
                    return self._named(j + 1, found, k)
            if _has_family_split(run):
                found = clean_name(doc, j, k)        # "Vụ châu Âu Lê Dũng"
                if found:
                    return self._named(j, found, k)
            return k
        if self._name_before_owner(j, k):
            found = clean_name(doc, j, k)
            if found:
                return self._named(j, found, k)
        if self._holder_before_next_title(j, k):
            found = clean_name(doc, j, k)
            if found == (j, k):
                return self._named(j, found, k)
        if self._continues(k):
            return k
        if self.org == "org" and not name_like(run) or self.apposition and len(run) == 1:
            return None                  # "Công ty Bóng đèn Điện Quang": the company's name ends the title
        found = clean_name(doc, j, k)
        if found:
            return self._named(j, found, k)
        return None

    def _holder_before_next_title(self, j: int, k: int) -> bool:
        """"Thủ tướng Hun Xen và Thủ tướng Thaksin": capitalised words right after a bare office, then "và" and
        another title, are the first holder's name, not the office going on ("Bộ trưởng Kế hoạch và Đầu tư")."""
        toks = self.toks
        return j == self.head_end and self.org is None and not self.parts[-1].countries and 2 <= k - j <= 3 \
            and k + 1 < self.limit and toks[k].key == "và" and head_at(self.doc, k + 1) is not None \
            and all(t.is_word and t.is_cap and not is_acronym(t) for t in toks[j:k])

    def _name_before_owner(self, j: int, k: int) -> bool:
        """"Người phát ngôn Mao Ninh của Bộ Ngoại giao": two to four capitalised syllables right after a
        bare office title, then "của" and an organisation, are the holder's name even when the family
        name is not on the list (the owner's name is read as the title's by people's reader)."""
        toks = self.toks
        if j != self.head_end or self.org is not None or self.part.kind not in ("office", "expert") \
                or not 2 <= k - j <= 4:
            return False
        if k + 1 >= self.limit or toks[k].key != _OWNER or not toks[k + 1].is_cap \
                or not self.lex.match(toks, k + 1, {"org", "institution"}):
            return False
        return all(is_vietnamese_syllable(t.text) and not self.doc.place_at(m) and m not in self.doc.cities
                   for m, t in enumerate(toks[j:k], j))

    def _organisation_name(self, run: list[Token]) -> bool:
        """Whether a name-like run right after an organisation's head is that organisation's name
        ("Công ty Kim Hằng", "Tập đoàn tư vấn Albright Stonebridge"), not a person's."""
        if self.org != "org" or self.named or _has_family_split(run):
            return False
        if len(run) >= 2 and any(_INITIAL_GLUED.match(t.text) for t in run[1:]):
            return False                 # "Hội đồng Ernest Z.Bower": an initial is a person's, not a body's
        words = [t.text for t in run]
        return not (self.described and len(words) >= 3 and vietnamese_name(words))

    def _named(self, j: int, found: tuple[int, int], k: int) -> Walk:
        """The title ends where the name starts, less any honorific standing between them."""
        end = found[0]
        while end > j and self.lex.match(self.toks, end - 1, {"honorific"}):
            end -= 1
        self.part.end = end
        for p in range(self.part.start, end):     # "Thư ký báo chí Nhà Trắng X": the institution's country
            entry = self.lex.match(self.toks, p, {"institution"})
            if entry and entry.country and p + len(entry.words) <= end:
                self.part.countries.append((entry.country, 2))
        return Walk(self.parts, k, found)

    def _lower(self, j: int) -> int | None:
        toks, lex = self.toks, self.lex
        t = toks[j]
        if _ordinal_at(toks, j, self.limit) and self.named:
            return j + 3                              # "Chủ tịch Hội nghị ... (ADMM) lần thứ 18": which one
        inside = self.org == "org" or self.expert or self.topic
        stop = lex.match(toks, j, {"stop"})
        go_on = lex.match(toks, j, {"continuation"})
        if stop and not (t.key in _DETERMINERS and inside) and not (go_on and len(go_on.words) > len(stop.words)):
            return None                               # "dự" ends a title, "dự án" does not
        if t.key == "và" and self._honorific_then_name(j + 1):
            return None                               # "ông A, Giám đốc Sở X và ông B, ...": the next person
        connector = lex.match(toks, j, {"connector"})
        if connector:
            return self._connector(j, connector)
        province = self._province_after_unit(j)
        if province:
            self.named = True
            return province                           # "tỉnh Bắc Giang Nguyễn Văn Linh": the province is the title's
        unit = self._local_unit_then_name(j)
        if unit:
            self.named = True
            return j + unit                           # "Chủ tịch UBND tỉnh Nguyễn Văn Thọ": the province named before
        if t.key == "châu" and j + 1 < self.limit and toks[j + 1].text in _CONTINENTS:
            self.named = True
            return j + 2                              # "Giám đốc Chương trình châu Á tại ...": a region's name
        if j == self.head_end:
            org = lex.match(toks, j, {"org"}, ignore_case=True)
            if org:                                   # "phó tổng giám đốc công ty"
                self.org, self.named = "org", True
                self.org_words = org.words
                return j + len(org.words)
        found = head_at(self.doc, j)
        if found and self.org != "org" and toks[j - 1].key not in _JOINS:
            return self._open(found[0], found[1])
        continuation = lex.match(toks, j, {"continuation"})
        if continuation:
            if continuation.words in _NAMED_UNDERTAKINGS:
                self.org, self.named = "org", False   # "Ban quản lý dự án Metro Hà Nội": the project's name follows
            elif self.org == "org":
                self.named = True
            return j + len(continuation.words)
        nationality = self._nationality(j) if inside and t.key == "người" and self.org != "org" \
            and not self.topic else None          # "Ủy ban ... về người Việt Nam ở nước ngoài": whom the remit is about
        if nationality is not None:
            end, code = nationality               # "chuyên gia người Mỹ X", "nhà bình luận người Thái": said of
            self.part.removed.append((j, end))    # the person, not part of the title
            self.part.countries.append((code, 3))
            return end
        if inside:
            if self.org == "org":
                self.described = True
            elif not self.topic:
                self.loose = True
            return j + 1
        return None

    def _honorific_then_name(self, j: int) -> bool:
        """A lower-case "ông"/"bà" at ``j`` and a capitalised word after it: someone else is introduced."""
        entry = self.lex.match(self.toks, j, {"honorific"})
        after = j + len(entry.words) if entry else j
        return entry is not None and self.toks[j].is_lower and after < self.limit and self.toks[after].is_cap

    def _nationality(self, j: int) -> tuple[int, str] | None:
        """The end and country of the nationality after "người" at ``j`` ("người Mỹ", "người Thái")."""
        if j + 1 >= self.limit:
            return None
        place = self.doc.place_at(j + 1)
        if place is not None and not place.is_org:
            return place.end, place.code
        code = _CLIPPED_COUNTRIES.get(self.toks[j + 1].text)
        return (j + 2, code) if code else None

    def _province_after_unit(self, j: int) -> int:
        """The token after a province named after "tỉnh" ("tỉnh Lai Châu"), whose last syllable may also be a
        family name ("Châu", "Giang"); 0 when no listed province follows."""
        toks = self.toks
        if toks[j].key != "tỉnh":
            return 0
        for n in (5, 4, 3, 2, 1):              # "Bà Rịa - Vũng Tàu": five tokens
            end = j + 1 + n
            if end <= self.limit and " ".join(t.text for t in toks[j + 1:end]) in provinces():
                return end
        return 0

    def _local_unit_then_name(self, j: int) -> int:
        """The length of "tỉnh", "thành phố"... standing without its place's name and followed by a
        Vietnamese full name (no city in it: "thành phố Hồ Chí Minh" is the city); 0 otherwise."""
        toks = self.toks
        unit = next((len(u) for u in _LOCAL_UNITS if tuple(t.key for t in toks[j:j + len(u)]) == u), 0)
        start = j + unit
        if not unit or start >= self.limit or not toks[start].is_cap:
            return 0
        end = run_end(self.doc, start)
        words = [t.text for t in toks[start:end]]
        named_place = " ".join(words) in _PLACES_NAMED_AFTER_LEADERS
        if not 3 <= len(words) <= 4 or not vietnamese_name(words) or named_place \
                or any(k in self.doc.cities or self.doc.place_at(k) for k in range(start, end)):
            return 0
        return unit

    def _and_the_countries(self, after: int) -> bool:
        """"các nước" and a capitalised region inside an organisation's name (a centre for studies of them)."""
        toks = self.toks
        return self.org == "org" and after + 2 < self.limit and toks[after].key == "các" \
            and toks[after + 1].key == "nước" and toks[after + 2].is_cap

    def _connector(self, j: int, connector: Entry) -> int | None:
        toks = self.toks
        after = j + len(connector.words)
        if after >= self.limit:
            return None
        if connector.words[0] == _SPLITS_TITLES and head_at(self.doc, after):
            first, entry = head_at(self.doc, after)
            if j > self.head_end or self.part.kind in _STATE_OFFICES and entry.kind in _STATE_OFFICES:
                # "Chủ tịch X kiêm Phó chủ tịch Y", "Phó Thủ tướng kiêm Bộ trưởng Quốc phòng": two titles
                return self._open(first, entry)
            # "Chủ tịch kiêm Giám đốc điều hành ...": one head, so what follows is read after both words
            self.head_end = first + len(entry.words)
            self.part.head_len = self.head_end - self.part.start
            return self.head_end
        if head_at(self.doc, after) and connector.words[0] != "của":
            return None                               # "Thủ tướng Campuchia và Tổng Thư ký ASEAN"
        if connector.words[0] in WHERE and self.lex.match(toks, after, {"event"}, ignore_case=True):
            return None                               # "Trưởng đoàn Việt Nam tại hội nghị": where, not the office
        if connector.words[0] == "và" and self._and_the_countries(after):
            return after + 2                          # "Trung tâm Nghiên cứu Nga và các nước SNG": a field's name
        if connector.words[0] == "và" and toks[after].key in ("nhiều", "các", "những", "một"):
            return None                               # "... và nhiều chính khách": others, not a title
        nxt = toks[after]
        if nxt.is_word and (nxt.is_cap or nxt.text[0].isdigit()):
            return after
        if self.lex.match(toks, after, {"continuation"}):
            return after                              # "Giám đốc phụ trách khu vực ASEAN"
        if nxt.is_word and (self.org == "org" or self.expert) and (
                not self.lex.match(toks, after, {"stop"}) or nxt.key in _DETERMINERS):
            return after
        if connector.words in _REMITS and self._remit_then_name(after):
            self.topic = True                         # "Cao ủy Liên Hợp Quốc về người tị nạn Filippo Grandi"
            return after
        return None

    def _remit_then_name(self, after: int) -> bool:
        """A few lower-case words (no verb among them) and then a capitalised name: an office's remit."""
        toks = self.toks
        k, limit = after, min(after + _REMIT_WORDS + 1, self.limit)
        while k < limit:
            t = toks[k]
            if t.key == "châu" and k + 1 < self.limit and toks[k + 1].text in _CONTINENTS:
                k += 2                                # "về các vấn đề châu Á": a region, still the remit
                continue
            place = self.doc.place_at(k) if t.is_cap else None
            if place is not None and k > after and place.end < self.limit and not place.is_org:
                limit = min(limit + place.end - k - 1, self.limit)   # the country counts as one word
                k = place.end                         # "về người Việt Nam ở nước ngoài": a country, still the remit
                continue
            if t.is_word and t.is_cap:
                return k > after and name_like(toks[k:run_end(self.doc, k)])
            if not t.is_word or not t.is_lower or (
                    self.lex.match(toks, k, {"stop"}) and t.key not in _DETERMINERS and t.key not in WHERE):
                return False
            k += 1
        return False

    def _posted_city_before(self, j: int) -> bool:
        """Whether "tại"/"ở" and a city stand right before token ``j``: a country in brackets there says where
        the city is, and stays in the title ("Tham tán Thương mại tại Bắc Kinh (Trung Quốc)")."""
        k = j
        while k > 0 and k - 1 in self.doc.cities:
            k -= 1
        return k < j and k > 0 and self.toks[k - 1].key in WHERE

    def _punctuation(self, j: int) -> int | None:
        """Where reading goes on after punctuation inside a title, or None where the title ends."""
        toks = self.toks
        t = toks[j]
        if t.text == "+" and is_acronym(toks[j - 1]):
            self.named = True                         # "ASEAN+3", "ADMM+": the grouping's name goes on
            return j + 2 if j + 1 < self.limit and toks[j + 1].text.isdigit() else j + 1
        if t.text == "(":
            close = _closing(toks, j, self.limit)
            if close is None:
                return None
            place = self.doc.place_at(j + 1)
            if place and place.end == close:
                if place.is_org:
                    self.part.countries.append((place.code, 2))
                elif self._posted_city_before(j):
                    self.part.countries.append((place.code, 1))   # "tại Bắc Kinh (Trung Quốc)": the post's country
                else:
                    self.part.removed.append((j, close + 1))
                    self.part.countries.append((place.code, 3))
                return close + 1
            inner = toks[j + 1:close]
            if inner and all(x.text[0].isdigit() or x.text in "-–/" for x in inner) and inner[0].text[0].isdigit():
                return close + 1                      # "Tổng Thư ký ASEAN (2008-2012) X": the term held
            if inner and (all(is_acronym(x) or x.text in "-&/" for x in inner)
                          or len(inner) == 1 and _camel_case(inner[0].text)):   # "(AmCham)"
                if self.org == "org":
                    self.org = "institution"          # "(USVTC)" closes the organisation's name
                if coined_abbreviation(toks, j, close):
                    self.part.removed.append((j, close + 1))
                return close + 1
            if self.org and inner[0].is_cap and self.lex.match(toks, j + 1, {"org", "institution"}) \
                    and all(x.is_word for x in inner) and not head_at(self.doc, j + 1):
                return close + 1                      # "Cục thuế xuất nhập khẩu (Tổng cục Hải quan)": its parent
            return None
        if t.text in "-–" and self.org and j + 1 < self.limit and toks[j + 1].is_cap and toks[j - 1].is_cap:
            end = run_end(self.doc, j + 1)
            if (self.apposition or owned_by_country(self.doc, end)) and name_like(toks[j + 1:end]):
                return end                            # "X, chuyên gia Viện ISEAS - Yusof Ishak": the body's namesake
            return j + 1                              # "Việt Nam- Cuba"
        if t.text in "-–" and not self.part.bare and j + 1 < self.limit and toks[j + 1].is_cap \
                and not self.apposition and name_like(toks[j + 1:run_end(self.doc, j + 1)]):
            return j + 1                              # "Thủ tướng Nhật Bản - Shinzo Abe"
        if t.text == "," and self.apposition and self.org and j + 1 < self.limit and self.toks[j + 1].is_cap \
                and self.lex.match(self.toks, j + 1, {"org", "institution"}) and not head_at(self.doc, j + 1):
            return j + 1                              # "Phó Cục trưởng Cục Xúc tiến Thương mại, Bộ Công Thương"
        if t.text == "," and j + 1 < self.limit and (self.chains or self.part.bare) and not self._consort_part():
            found = head_at(self.doc, j + 1)
            if found:
                return self._open(found[0], found[1])  # "Phó Thủ tướng, Bộ trưởng Ngoại giao ..."
        if t.text in _OPEN_QUOTES and self.org == "org":
            close = self._quoted_name_end(j)
            if close is not None:
                self.org, self.named = "institution", True
                return close + 1                      # "Công ty “Kim Vang” X": the firm's name, quoted
        return None

    def _consort_part(self) -> bool:
        """The phrase read so far is a consort's title alone ("Nhà Vua X và Hoàng hậu, Chủ tịch nước Y"): a consort
        holds no office, so the title after the comma is the next person's."""
        part = self.part
        return part.bare and " ".join(t.key for t in self.toks[part.start:part.end]) in _CONSORTS

    def _quoted_name_end(self, j: int) -> int | None:
        """The closing quote of a short capitalised name opened at ``j``."""
        toks = self.toks
        closing = _OPEN_QUOTES[toks[j].text]
        for k in range(j + 1, min(j + 1 + _QUOTED_WORDS, self.limit)):
            if toks[k].text == closing:
                first = toks[j + 1].text[:1]
                return k if k > j + 1 and (first.isupper() or first.isdigit()) else None
            if not toks[k].is_word and toks[k].text not in "-&.":
                return None
        return None

    def _place(self, j: int, place: PlaceHit) -> int:
        """Keep a country that is part of the title, cut out one that says whom the person serves."""
        toks, part = self.toks, self.part
        before = toks[j - 1] if j > 0 else None
        after = toks[place.end] if place.end < len(toks) else None
        compound = (after is not None and after.text == "-" and after.start == toks[place.end - 1].end) or (
            before is not None and before.text in "-–")
        region = j >= 2 and (toks[j - 2].key, toks[j - 1].key) == ("khu", "vực")
        if compound or region or (before is not None and before.key in _KEEP_BEFORE_PLACE):
            if before is not None and before.key in ("tại", "ở") and self.org == "org":
                self.org = "institution"   # "Đại sứ quán tại Việt Nam": a place closes the organisation
            if before is not None and before.key in ("tại", "ở") and self.part.kind in ("expert", "business"):
                part.countries.append((place.code, 1))   # "chuyên gia ... ở Singapore": where they work
                if not place.is_org and j - 1 > self.head_end and self._title_ends(place.end):
                    part.removed.append((j - 1, place.end))   # "... ngân hàng ANZ ở Singapore": where the
            return place.end                                  # firm's office is, not the role
        if place.is_org:
            if before is not None and before.key == _OWNER and self._title_ends(place.end) \
                    and place.end - j == 1 and is_acronym(toks[j]):
                # "Trưởng SOM ASEAN của EU": whom they serve; an organisation written out in words ("Giám đốc
                # khu vực của Tổ chức Y tế thế giới") is part of the title
                part.removed.append((j - 1, place.end))
            if self.org == "org" and self.org_words == ("vụ",):
                self.named = True           # the department is named: "Vụ ASEAN Vũ Hồ" is its head, not its name
                return place.end            # "Vụ ASEAN": a ministry's department for ASEAN, not ASEAN's own
            part.countries.append((place.code, 2))
        elif after is not None and after.key == "tại":
            owner = j - 1 if before is not None and before.key == _OWNER else j
            part.removed.append((owner, place.end))    # "Đại sứ (của) Việt Nam tại Ấn Độ"
            part.countries.append((place.code, 3))
        elif before is not None and before.key == _OWNER:
            part.removed.append((j - 1, place.end))
            part.countries.append((place.code, 3))
        elif self.org == "org" and self.org_words in _STATE_BODIES and self._title_ends(place.end):
            part.removed.append((j, place.end))         # "Bộ trưởng Bộ Giáo dục Philippines": a ministry's
            part.countries.append((place.code, 3))      # name holds no country, it says whom the person serves
            self.named = True
        elif self.org == "org":
            part.countries.append((place.code, 2))      # "Cục Hàng hải Việt Nam": the organisation's name
            self.named = True
        else:
            part.removed.append((j, place.end))
            part.countries.append((place.code, 3))
        return place.end

    def _title_ends(self, k: int) -> bool:
        """Whether nothing of the title follows token ``k``: a name, punctuation or the end."""
        if k >= self.limit:
            return True
        t = self.toks[k]
        return not t.is_word and t.text != "(" or t.is_cap and not self.lex.match(self.toks, k, {"org", "institution", "continuation"}) \
            and not head_at(self.doc, k)

    def _opens_foreign_body(self, j: int, k: int) -> bool:
        """A run that starts with an organisation's head and goes on in foreign words ("tại Viện Lowy Hervé
        Lemahieu"): the body comes first, read as one, and the person after it."""
        entry = self.lex.match(self.toks, j, {"org"})
        return entry is not None and k - j > len(entry.words) + 2 and (
            is_foreign_word(self.toks[j + len(entry.words)])
            or is_foreign_word(self.toks[k - 1]) and is_foreign_word(self.toks[k - 2]))   # "Quỹ Châu Á Carlos D.

    def _coined_body_then_person(self, run: list[Token], k: int) -> bool:
        """Inside an organisation's name, one coined word right before a Vietnamese full name: the word is the
        body's own name ("Saigontourist", "Vinamilk"), the full name its officer's."""
        if len(run) != 1 or k >= self.limit or not self.toks[k].is_cap:
            return False
        if self.org != "org" and not self._brand_after_head(run[0], k - 1):
            return False
        words = [t.text for t in self.toks[k:run_end(self.doc, k)]]
        return len(words) >= 3 and vietnamese_name(words)

    def _leader_then_where(self, j: int, k: int) -> bool:
        """"gặp Tổng thống Obama tại Singapore", "Thủ tướng Abe (Nhật Bản)": one foreign word right after a
        leader's bare office (a country may stand between), then "tại"/"ở" and a place or a country in
        brackets, is the leader, not a body posted there ("Giám đốc
        Microsoft tại Việt Nam" keeps its firm: a firm's officer is no leader)."""
        toks = self.toks
        if k + 1 >= self.limit or not (self._where_after(k) or self._country_in_brackets_at(k)):
            return False
        between = range(self.head_end, j)
        if len(self.parts) != 1 or any(not self.doc.inside_place(m) and not self.doc.place_at(m) for m in between):
            return False
        word = toks[j]
        head = " ".join(t.key for t in toks[self.part.start:self.head_end])
        return word.text.isascii() and is_foreign_word(word) and not is_acronym(word) \
            and not _camel_case(word.text) and head in _LEADERS

    def _where_after(self, k: int) -> bool:
        """"tại"/"ở" and a place at ``k``."""
        return self.toks[k].key in WHERE and bool(self.doc.place_at(k + 1) or k + 1 in self.doc.cities)

    def _country_in_brackets_at(self, k: int) -> bool:
        """"(Nhật Bản)" at ``k``: a country alone in brackets, the one the person before serves."""
        place = self.doc.place_at(k + 1) if self.toks[k].text == "(" else None
        return place is not None and not place.is_org and place.end < self.limit and self.toks[place.end].text == ")"

    def _brand_after_head(self, word: Token, j: int) -> bool:
        """"Tổng Giám đốc Vingroup Nguyễn Việt Quang", "Chủ tịch Vietjet ...": a coined word no Vietnamese
        name is made of, right after a bare head, names the firm the holder heads."""
        return j == self.head_end and len(self.parts) == 1 and word.text.isascii() and is_foreign_word(word) \
            and not is_acronym(word) and self.part.kind in ("business", "office")

    def _firm_then_name(self, run: list[Token], k: int) -> bool:
        """Foreign words, a country and then a name: a firm's local arm and its officer ("Tổng Giám đốc
        Standard Chartered Việt Nam Michele Wee"), not a person and a country."""
        return len(run) > 1 and self.part.kind == "business" and not vietnamese_name([t.text for t in run]) \
            and self._continues(k) and self.doc.place_at(k) is not None

    def _continues(self, k: int) -> bool:
        """Whether the title goes on after the capitalised run that ends at ``k``."""
        if k >= self.limit:
            return False
        t = self.toks[k]
        inside = self.org == "org" or self.expert
        place = self.doc.place_at(k)
        if place is not None and not place.is_org and place.end < self.limit and self.toks[place.end].is_cap:
            after = self.toks[place.end:run_end(self.doc, place.end)]
            return bool(after) and name_like(after)    # "Tổng Giám đốc Samsung Việt Nam Choi Joo Ho"
        if t.is_word and t.is_lower:
            if self.lex.match(self.toks, k, {"stop"}) and not (t.key in _DETERMINERS and inside):
                return False
            if self.lex.match(self.toks, k, {"continuation"}):
                return True
            connector = self.lex.match(self.toks, k, {"connector"})
            if connector and k + 1 < self.limit and self.toks[k + 1].is_cap:
                return True
            return inside
        if t.text == "(":
            close = _closing(self.toks, k, self.limit)
            if close is None:
                return False
            place = self.doc.place_at(k + 1)
            inner = self.toks[k + 1:close]
            return bool(place and place.end == close) or bool(inner) and all(is_acronym(x) for x in inner)
        return False


def coined_abbreviation(toks: list[Token], open_: int, close: int) -> bool:
    """"Bộ Khoa học và Công nghệ (KH&CN)", "Cục Hàng hải Việt Nam (HHVN)": initials the article makes of
    the Vietnamese words before the bracket, for its own later use, are not part of the title; an
    organisation's own abbreviation ("(VCCI)", "(ADB)", from its English name) is."""
    letters = fold("".join(t.text for t in toks[open_ + 1:close] if is_acronym(t))).upper()
    if len(letters) < 2 or not letters.isalpha():
        return False
    initials: list[str] = []
    k = open_ - 1
    while k >= 0 and len(initials) < len(letters):
        t = toks[k]
        if t.key == "và" or t.text in ",&":
            k -= 1
            continue
        if not t.is_word:
            return False
        initials.append(fold(t.text)[0].upper())
        k -= 1
    return "".join(reversed(initials)) == letters


def _ordinal_at(toks: list[Token], j: int, limit: int) -> bool:
    """"lần thứ 18" at ``j``: the number of a meeting or a term."""
    return j + 2 < limit and toks[j].key == "lần" and toks[j + 1].key == "thứ" and toks[j + 2].text.isalnum() \
        and (toks[j + 2].text.isdigit() or _ROMAN.match(toks[j + 2].text) is not None)


def owned_by_country(doc: TokenDoc, k: int) -> bool:
    """"... Viện ISEAS – Yusof Ishak của Singapore": "của" and a country right after a run ending at ``k`` say
    whose body the run names, so it is the body's name, not its officer's."""
    if k + 1 >= len(doc.tokens) or doc.tokens[k].key != _OWNER:
        return False
    place = doc.place_at(k + 1)
    return place is not None and not place.is_org


def _rest_of_glued_country(toks: list[Token], j: int, limit: int) -> int | None:
    """The token after a country whose first word is glued by a hyphen to the word before ("ASEAN-Nhật Bản",
    "ASEAN-Trung Quốc"), when token ``j`` is its second word; None otherwise."""
    if j == 0 or "-" not in toks[j - 1].text or toks[j - 1].end + 1 != toks[j].start:
        return None
    piece = toks[j - 1].text.rsplit("-", 1)[1]
    for n in (2, 1):
        if j + n <= limit and all(t.is_word for t in toks[j:j + n]) \
                and country_code(" ".join([piece] + [t.text for t in toks[j:j + n]])):
            return j + n
    return None


def _glued_pair_end(toks: list[Token], j: int, limit: int) -> int | None:
    """The token after a pair of states whose dash glues two words into one token ("Việt Nam-Cuba",
    "Việt Nam-Hàn Quốc"), when the pair starts at token ``j``; None otherwise."""
    for m in range(j, min(j + 3, limit)):
        if not toks[m].is_cap or m > j and toks[m].start != toks[m - 1].end + 1:
            return None
        if "-" not in toks[m].text.strip("-"):
            continue
        piece = toks[m].text.rsplit("-", 1)[1]
        for n in (2, 1, 0):
            end = m + 1 + n
            if end <= limit and all(t.is_word and t.is_cap for t in toks[m + 1:end]) \
                    and country_code(" ".join([piece] + [t.text for t in toks[m + 1:end]])) \
                    and two_sides(" ".join(t.text for t in toks[j:end]), whole_left=True):
                return end
        return None
    return None


def _glued_initials_end(toks: list[Token], j: int, limit: int) -> int:
    """The token after a chain of initials joined without spaces by "&" or "," ("VH,TT&DL"); ``j + 1``
    when the word at ``j`` starts no such chain. A spaced "&" ("Ernst & Young") is no chain."""
    k = j + 1
    if not is_acronym(toks[j]):
        return k
    while k + 1 < limit and toks[k].text in ("&", ",") and toks[k].start == toks[k - 1].end \
            and toks[k + 1].start == toks[k].end and _initials_word(toks[k + 1]):
        k += 2
    return k


def _initials_word(token: Token) -> bool:
    """An acronym, or initials joined by a hyphen ("TT-DL")."""
    return is_acronym(token) or all(_is_acronym_text(p) or p.isupper() for p in token.text.split("-"))


def _initial_then_title(doc: TokenDoc, token: Token, k: int) -> bool:
    """"Tổng thống V.Pu-tin và Thủ tướng ...": an initial glued to a name is a person's, and "và" with
    another title after it starts the next person, not more of this title."""
    return bool(_INITIAL_GLUED.match(token.text)) and k + 1 < len(doc.tokens) and doc.tokens[k].key == "và" \
        and head_at(doc, k + 1) is not None


_MEETING_VERBS = tuple(tuple(v.split()) for v in (
    "tiếp", "cuộc tiếp", "gặp", "gặp gỡ", "hội kiến", "hội đàm với", "điện đàm với", "tiếp xúc với",
    "chào xã giao", "cuộc gặp", "với"))


_MEETING_VERBS_BY_LAST = _by_last_word(_MEETING_VERBS)


def _after_meeting_verb(toks: list[Token], start: int) -> bool:
    # Only the verbs ending in the word before ``start`` can end there: one lookup passes over the others.
    verbs = _MEETING_VERBS_BY_LAST.get(toks[start - 1].key, ()) if 0 < start <= len(toks) else ()
    return any(len(v) <= start and tuple(t.key for t in toks[start - len(v):start]) == v for v in verbs)


# Offices only one person holds at a time, named by the holder's name alone ("Tổng thống Obama").
_LEADERS = frozenset(lower_key(w) for w in ("tổng thống", "phó tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương",
                                              "nhà vua", "chủ tịch nước", "tổng bí thư", "quốc vụ khanh"))

# A monarch's spouse: a title that stacks with no office.
_CONSORTS = frozenset(lower_key(w) for w in ("hoàng hậu", "vương hậu", "hoàng thái hậu"))

# After these a name is whom or where the title refers to, not who holds it.
_NOT_THE_HOLDER = frozenset({"của", "tại", "thuộc", "ở"})
_JOINS = frozenset({"của", "và", "tại", "về", "thuộc", "phụ trách"})
_DETERMINERS = frozenset({"các", "những", "một", "hai", "người", "này", "đó"})


def _has_family_split(run: list[Token]) -> bool:
    """A run after an organisation's head that still ends in a full name ("Công ty X Nguyễn Văn A")."""
    return len(run) >= 3 and any(is_surname(t.text) for t in run[1:len(run) - 1])


def _closing(toks: list[Token], j: int, limit: int) -> int | None:
    for k in range(j + 1, min(limit, j + 12)):
        if toks[k].text == ")":
            return k
        if toks[k].text in "(.;\n":
            return None
    return None


def walk_title(doc: TokenDoc, start: int, head: Entry, limit: int | None = None, *,
               apposition: bool = False) -> Walk:
    """Read the role phrase whose head starts at token ``start``. In apposition (after a name,
    "X, Trưởng đại diện Mercedes-Benz Việt Nam") one capitalised word is an organisation, not a name."""
    walker = _Walker(doc, len(doc.tokens) if limit is None else limit)
    walker.apposition = apposition
    return walker.walk(start, head)
