"""Input shapes: the same article in the messy forms real text arrives in, read as the plain form.

Each step takes text and a map (for every character, the index of the original character it comes from) and gives
both back, so a span found in the reshaped text still points into the original:

- ``decode_entities``: HTML entities left in text by a scraper (``&nbsp;``, ``&amp;``, ``&#8211;``).
- ``unify_dashes_and_quotes``: every dash variant as one "-", guillemets as curly quotes: the grammars know those.
- ``unwrap_hard_lines``: e-mail and copy-paste wrap paragraphs at 70-80 columns; the breaks inside a paragraph
  become spaces again (same length: offsets unchanged).
- ``strip_site_name``: a title copied from a browser tab carries the site's name ("Báo X | ...").
- ``restore_case``: a headline or lead set in capitals, in the case prose has (same length).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator
from html.entities import html5

from summitgraph.ingest.lexicon import COMMON_SYLLABLES
from summitgraph.text.normalize import fold, fold_keep_length

# A character reference: decimal, hexadecimal or named, closed by its semicolon.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> tuple[str, list[int]]:
    """``text`` with its character references expanded, and for each output character the input index it comes
    from (an expanded reference points at its "&"). Unknown names and invalid code points stay as written."""
    if "&" not in text:
        return text, list(range(len(text)))
    pieces: list[str] = []
    index: list[int] = []
    copied = 0
    for match in _ENTITY.finditer(text):
        value = _entity_value(match.group())
        if value is None:
            continue
        start = match.start()
        pieces.append(text[copied:start])
        index.extend(range(copied, start))
        pieces.append(value)
        index.extend([start] * len(value))
        copied = match.end()
    if not copied:
        return text, list(range(len(text)))
    pieces.append(text[copied:])
    index.extend(range(copied, len(text)))
    return "".join(pieces), index


def _entity_value(reference: str) -> str | None:
    """What one reference stands for; None when it names nothing a text can hold."""
    body = reference[1:]
    if not body.startswith("#"):
        return html5.get(body)
    code = int(body[2:-1], 16) if body[1] in "xX" else int(body[1:-1])
    if code < 0x20 and code not in (0x09, 0x0A) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or code == 0x7F:
        return None
    return chr(code)


# Hyphen look-alikes: non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign; and the
# quotation marks of other typographies (guillemets, low-9) as the curly ones Vietnamese news prints.
_DASHES = str.maketrans({c: "-" for c in "\u2011\u2012\u2013\u2014\u2015\u2212"})
_GUILLEMETS = str.maketrans({"«": "“", "»": "”", "‹": "‘", "›": "’", "„": "“"})


def unify_dashes_and_quotes(text: str) -> str:
    """Every dash variant as "-" and guillemets as curly quotes (same length): a date range "18–19/1", an aside
    " — " or a «quotation» reads as typed. Only a text that opens a guillemet quotes with them: a "»" alone is
    more likely a byte of mojibake ("Há»™i"), which the quality flags must still see."""
    text = text.translate(_DASHES)
    return text.translate(_GUILLEMETS) if "«" in text or "„" in text else text


def compose_index(outer: list[int], inner: list[int]) -> list[int]:
    """Chain two maps: ``inner`` indexes into the text ``outer`` maps back to the original."""
    return [outer[i] for i in inner]


# A text is hard-wrapped when most of its lines stop near one width no paragraph of news prose keeps to.
MIN_WRAPPED_LINES = 6
# A short text (a brief of 3 to 5 lines) gives fewer lines to judge by, so more of them must stop mid-sentence.
MIN_SHORT_WRAPPED_LINES = 3
MIN_SHORT_OPEN_END_SHARE = 0.6
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 40, 110
NEAR_WIDTH = 20            # a wrapped line ends within this many characters of the width...
MIN_NEAR_SHARE = 0.5       # ...for at least half of the lines
MAX_OVER_SHARE = 0.05      # and hardly any line (a long web address) runs past it;
MIN_OPEN_END_SHARE = 0.4   # many lines stop inside a sentence, where no writer ends a line
MIN_DISTINCT_SHARE = 0.5   # and the lines differ from each other
_SENTENCE_CLOSERS = frozenset('.!?…:;"”»)')


def unwrap_hard_lines(text: str) -> str:
    """Join the lines a hard wrap broke a paragraph into (same length: each such line break becomes a space).
    A line is joined to the next when the next one's first word would not have fitted after it: the wrap broke
    there, not the writer. Blank lines still part paragraphs."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out = list(text)
    offset = 0
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        if _broken_by_the_wrap(line, following, width):
            out[offset] = " "
        offset += 1
    return "".join(out)


# A line opening as a list item ("- 9h30: ...", "• ...", "2. ..."): its line break is the writer's, not a wrap's.
_LIST_ITEM = re.compile(r"\s*(?:[-+*\u2022]\s|\d{1,2}[.)]\s)")


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard wrap broke ``lines`` at, or None when they are not hard-wrapped (list items, whose lines
    the writer broke, do not count: a schedule of short items is no wrapped paragraph)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip() and not _LIST_ITEM.match(line))
    if len(lengths) < MIN_SHORT_WRAPPED_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    near = sum(1 for n in lengths if width - NEAR_WIDTH <= n <= width)
    over = sum(1 for n in lengths if n > width + 5)
    if near < MIN_NEAR_SHARE * len(lengths) or over > MAX_OVER_SHARE * len(lengths):
        return None
    if len({line.strip() for line in lines if line.strip()}) < MIN_DISTINCT_SHARE * len(lengths):
        return None   # the same line over and over is a menu or a repeated headline, not a paragraph cut up
    open_ends = sum(1 for line in lines if line.strip() and line.rstrip()[-1] not in _SENTENCE_CLOSERS)
    open_share = MIN_OPEN_END_SHARE if len(lengths) >= MIN_WRAPPED_LINES else MIN_SHORT_OPEN_END_SHARE
    if open_ends < open_share * len(lengths):
        return None
    return max(n for n in lengths if n <= width + 5)


def _starts_an_item(line: str, following: str) -> bool:
    """``following`` opens the next item of a list: after an item or after the colon that announces the list (a
    wrap may also put a sentence's " - " first on a line: "Hà Nội\n- Trung Quốc" is still joined)."""
    return bool(_LIST_ITEM.match(following)) and (bool(_LIST_ITEM.match(line)) or line.rstrip().endswith(":"))


def _broken_by_the_wrap(line: str, following: str, width: int) -> bool:
    """``line`` is full: the first word of ``following`` would have run past ``width`` after it."""
    if not line.strip() or not following.strip() or following[0].isspace() or _starts_an_item(line, following):
        return False
    next_word = following.split()[0]
    return len(line.rstrip()) + 1 + len(next_word) > width


# A line set in capitals: enough words that it is a headline or a paragraph (not an acronym, a byline or a label),
# nearly every cased letter upper case.
MIN_SHOUTED_WORDS = 5
MIN_UPPER_SHARE = 0.9
_WORD = re.compile(r"[^\W\d_]+")
# What a word that opens a sentence follows (besides the line's start): an end of sentence or an opening mark.
_SENTENCE_OPENERS = frozenset('.!?:;…"“”«»()[]-')


def restore_case(text: str) -> str:
    """Lines set in capitals (a headline, a lead) in the case prose has, for rules that read capitals as names.
    Each word takes the case the article writes it in elsewhere ("ASEAN", "Campuchia", "bộ trưởng"); a word the
    article writes nowhere else is lower case, capitalised where a sentence opens. Same length: offsets hold."""
    lines = text.split("\n")
    shouted = [i for i, line in enumerate(lines) if _is_shouted(line)]
    if not shouted:
        return text
    others = [line for i, line in enumerate(lines) if i not in set(shouted)]
    casing, names = _article_casing(others), _article_names(others)
    for i in shouted:
        lines[i] = _in_prose_case(lines[i], casing, names)
    return "\n".join(lines)


def _is_shouted(line: str) -> bool:
    """Capitals throughout a line of several words."""
    if len(line.split()) < MIN_SHOUTED_WORDS:
        return False
    cased = [ch for ch in line if ch.isupper() or ch.islower()]
    return len(cased) >= 12 and sum(ch.isupper() for ch in cased) >= MIN_UPPER_SHARE * len(cased)


def _article_casing(lines: list[str]) -> dict[str, str]:
    """For each word (lower-cased) the spelling the article uses most inside sentences (an opening word is
    capitalised whatever it is, so it does not count)."""
    counts: dict[str, dict[str, int]] = {}
    for line in lines:
        for match in _WORD.finditer(line):
            if _opens_sentence(line, match.start()):
                continue
            word = match.group()
            forms = counts.setdefault(word.lower(), {})
            forms[word] = forms.get(word, 0) + 1
    return {key: max(forms, key=lambda form: (forms[form], form.islower())) for key, forms in counts.items()}


MAX_NAME_WORDS = 5


def _article_names(lines: list[str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The runs of two or more capitalised words the article writes ("Phạm Minh Chính", "Biển Đông"), found in
    lower-case text: a name keeps its capitals even where one of its words is also a common word ("chính")."""
    names = {name.lower(): name for line in lines for name in _capitalised_runs(line)
             if len(name.lower()) == len(name)}
    if not names:
        return None
    alternation = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])"), names


def _capitalised_runs(line: str) -> Iterator[str]:
    """Two to five capitalised words in a row, one space apart; a sentence's first word is no part of one."""
    run: list[re.Match[str]] = []
    for match in [*_WORD.finditer(line), None]:
        capital = match is not None and match.group()[:1].isupper() and not _opens_sentence(line, match.start())
        if capital and run and line[run[-1].end():match.start()] == " ":
            run.append(match)
            continue
        if 2 <= len(run) <= MAX_NAME_WORDS:
            yield line[run[0].start():run[-1].end()]
        run = [match] if capital else []


def _case_article_names(line: str, out: list[str], names: tuple[re.Pattern[str], dict[str, str]] | None) -> set[int]:
    """The article's own capitalised names, spelled as it spells them; the offsets they cover."""
    covered: set[int] = set()
    if names is None:
        return covered
    pattern, spellings = names
    for match in pattern.finditer(line.lower()):
        _put(out, match.start(), match.group(), spellings[match.group()])
        covered.update(range(match.start(), match.end()))
    return covered


def _opens_sentence(line: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its line or follows a sentence's end or an opening mark."""
    before = start - 1
    while before >= 0 and line[before].isspace():
        before -= 1
    return before < 0 or line[before] in _SENTENCE_OPENERS


def _in_prose_case(line: str, casing: dict[str, str], names: tuple[re.Pattern[str], dict[str, str]] | None) -> str:
    """One capitals line in prose case: each word as the article spells it elsewhere; else a place, country or
    office-holder the registry knows as it is written there; else a person's name opening with a family name
    capitalised; else lower case, capitalised where a sentence opens."""
    out = list(line.lower())
    unknown = set()
    for match in _WORD.finditer(line):
        word, start = match.group(), match.start()
        opens = _opens_sentence(line, start)
        form = casing.get(word.lower())
        if form is None:
            form = _unknown_word_case(word, opens_sentence=opens, after_hyphen=_after_hyphen(line, start))
        elif opens:
            form = form[:1].upper() + form[1:]
        _put(out, start, word, form)
    registry_names = _case_known_names(line, out) | _case_article_names(line, out, names)
    _case_person_names(line, out, casing, registry_names)
    return "".join(out)


def _unknown_word_case(word: str, *, opens_sentence: bool, after_hyphen: bool) -> str:
    """A word the article writes nowhere else: one without a vowel ("GD", "ĐT") or that the registry writes in
    capitals ("ADMM") is an acronym; one that is no Vietnamese syllable is a foreign name ("DUTERTE"), lower
    case after a hyphen inside it ("Moo-hyun"); a syllable is lower case, capitalised where a sentence opens."""
    if not _VOWEL.search(fold_keep_length(word)) or word in known_acronyms():
        return word
    if not is_vietnamese_syllable(word):
        return word.lower() if after_hyphen else word[:1] + word[1:].lower()
    lower = word.lower()
    return lower[:1].upper() + lower[1:] if opens_sentence else lower


_VOWEL = re.compile(r"[aeiouy]")


def _after_hyphen(line: str, start: int) -> bool:
    """The word at ``start`` follows a hyphen joined to a letter ("MOO-HYUN"): the second syllable of one name."""
    return start >= 2 and line[start - 1] == "-" and line[start - 2].isalpha()


# One Vietnamese syllable, folded: an initial consonant, one to three vowels, a final consonant or glide.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptiouy])?")


def is_vietnamese_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(fold_keep_length(word)) is not None


@lru_cache(maxsize=1)
def known_acronyms() -> frozenset[str]:
    """Every word in capitals the registry writes (ASEAN, ADMM, RCEP, APEC...)."""
    from summitgraph import registry
    found: set[str] = set()
    for path in registry.DATA.iterdir():
        if path.suffix in (".tsv", ".txt"):
            found.update(w for w in re.findall(r"[^\W\d_]{2,}", path.read_text(encoding="utf-8")) if w.isupper())
    return frozenset(found)


def _put(out: list[str], start: int, word: str, form: str) -> None:
    """Write ``form`` over ``word`` at ``start`` when it has the same length (the offsets must hold)."""
    if len(form) == len(word):
        out[start:start + len(word)] = form


def _case_known_names(line: str, out: list[str]) -> set[int]:
    """Places, countries and office-holders of the registry, spelled as the registry spells them; the offsets
    they cover."""
    pattern, spellings = _registry_names()
    covered: set[int] = set()
    for match in pattern.finditer(line.lower()):
        _put(out, match.start(), match.group(), spellings[match.group()])
        covered.update(range(match.start(), match.end()))
    return covered


# Function words that end a name run: "NGUYỄN VĂN A ĐÃ ...", "BỘ NÔNG NGHIỆP VÀ ...".
NOT_IN_NAMES = frozenset("và của là có đã sẽ được với tại cho trong về này các những một không đến từ theo nói cũng "
                         "khi để ở vào ra nhưng".split())


# Middle names that are common words too ("văn bản", "thị trường"): after a family name they are a name's.
MIDDLE_NAMES = frozenset("văn thị đình hữu đức xuân quang minh thanh ngọc thế công bá trọng duy".split())


def _case_person_names(line: str, out: list[str], casing: dict[str, str], taken: set[int]) -> None:
    """A Vietnamese family name the article writes nowhere else and that is no common word, and the one or two
    words after it the article does not write in lower case ("NGUYỄN HỒNG DIÊN", "TRƯƠNG MỸ HOA"), as a name. A name the
    article writes elsewhere has its case from there already."""
    words = [w for w in _WORD.finditer(line) if w.start() not in taken]
    family_names = vietnamese_family_names()
    i = 0
    while i < len(words):
        first = words[i].group()
        if first.lower() in casing or first.lower() in COMMON_SYLLABLES \
                or first[:1] + first[1:].lower() not in family_names:
            i += 1
            continue
        run = [words[i]]
        for following in words[i + 1:i + 3]:
            key = following.group().lower()
            lower_elsewhere = casing.get(key, "").islower() and key not in MIDDLE_NAMES
            if lower_elsewhere or key in NOT_IN_NAMES or line[run[-1].end():following.start()] != " ":
                break
            run.append(following)
        if len(run) >= 2:
            for word in run:
                text = word.group()
                _put(out, word.start(), text, text[:1] + text[1:].lower())
        i += len(run)


@lru_cache(maxsize=1)
def vietnamese_family_names() -> frozenset[str]:
    from summitgraph.extract.names import surnames
    return surnames()[0]


@lru_cache(maxsize=1)
def _registry_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Capitalised spellings of the registry's places, countries and office-holders, by their lower case."""
    from summitgraph import registry
    names = [s for city in registry.cities().values() for s in city.spellings]
    names += [s for country in registry.countries().values() for s in country.names]
    names += list(registry.provinces())
    for row in registry._rows("office_holders.tsv"):
        names += row[2].split("|") if len(row) > 2 else []
    # A one-word spelling that is also a Vietnamese syllable ("Viên", "Lào") would be read in common words.
    spellings = {n.lower(): n for n in names if n[:1].isupper() and len(n.lower()) == len(n) and len(n) > 2
                 and (" " in n or not is_vietnamese_syllable(n))}
    alternation = "|".join(re.escape(k) for k in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])"), spellings


# A title copied from a browser tab carries the site's name before or after a separator ("Báo X | ...").
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|::|»)\s+")
# How outlets name themselves (folded): a paper, a magazine, a portal, a station.
_OUTLET_OPENERS = ("bao ", "tap chi ", "cong thong tin", "trang thong tin", "trang tin ", "dai ", "kenh ",
                   "truyen hinh ", "thong tan xa ")
_DOMAIN = re.compile(r"\.(?:vn|com|net|org|gov|info)\b")
MAX_SITE_WORDS = 8
MIN_HEADLINE_WORDS = 4


def strip_site_name(text: str, index: list[int]) -> tuple[str, list[int]]:
    """The title line without a site's name before or after it, and the map with those characters gone."""
    title_end = text.find("\n")
    title = text if title_end < 0 else text[:title_end]
    keep = _headline_part(title)
    if keep is None:
        return text, index
    start, end = keep
    return text[start:end] + text[len(title):], index[start:end] + index[len(title):]


def _headline_part(title: str) -> tuple[int, int] | None:
    """Where the headline stands in ``title`` when a site name opens or closes it, else None."""
    headless = re.fullmatch(r"\s*(?:\||-|::|»)\s+(.*)", title)
    if headless and is_site_name(headless.group(1)):
        return 0, 0   # a page without a headline: its tab shows the site's name alone
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return None
    first, last = separators[0], separators[-1]
    if is_site_name(title[last.end():]) and len(title[:last.start()].split()) >= MIN_HEADLINE_WORDS:
        return 0, last.start()
    if is_site_name(title[:first.start()]) and len(title[first.end():].split()) >= MIN_HEADLINE_WORDS:
        return first.end(), len(title)
    return None


def is_site_name(part: str) -> bool:
    """An outlet's name: a paper, magazine, portal or station ("Báo Quốc tế", "Tạp chí Cộng sản"), a web
    address, or one of the outlets the monitor watches ("VietnamPlus", "Thanh Niên")."""
    words = part.split()
    if not words or len(words) > MAX_SITE_WORDS:
        return False
    key = fold(part)
    if key.startswith(_OUTLET_OPENERS) or _DOMAIN.search(key):
        return True
    return key.replace(" ", "") in known_outlets()


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    """The names of the monitor's bundled outlets, folded, without spaces ("vietnamplus", "thanhnien")."""
    from importlib.resources import files
    listing = files("summitgraph.monitor").joinpath("data/default_sources.toml").read_text(encoding="utf-8")
    return frozenset(re.findall(r'^name = "([^"]+)"', listing, flags=re.MULTILINE))
