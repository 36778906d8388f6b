"""The gazetteer's scan finds what the look-behind pattern it stands for finds, and each caller gets its own list."""
from __future__ import annotations

import re

from summitgraph.registry import LOWER_CHARS, WORD_CHARS, BoundedNames, find_cities, find_countries
from summitgraph.text.alternation import phrase_alternation

NAMES = ["Nga", "la", "Lào", "Việt Nam", "Cộng hòa Liên bang Đức", "Đức", "Ấn Độ", "Bê-la-rút", "Hà Nội"]
SENTENCES = [
    "Việt Nam-Lào ký kết thỏa thuận; quan hệ ASEAN-Ấn Độ phát triển.",
    "Đoàn Bê-la-rút và đoàn Nga đến Hà Nội, không phải Nga-la hay xNga.",
    "Cộng hòa Liên bang Đức và Đức; Lào- Việt Nam; -Nga; Nga-lào; 3Nga, _Nga, ×Nga.",
    "Nga",
    "",
]


def _look_behind_pattern(names: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![{WORD_CHARS}])(?<![{WORD_CHARS}]-(?=[{LOWER_CHARS}]))(?:{phrase_alternation(names)})"
                      rf"(?![{WORD_CHARS}])(?!-[{LOWER_CHARS}])")


def test_bounded_names_find_what_the_look_behind_pattern_finds():
    fast, reference = BoundedNames(phrase_alternation(NAMES)), _look_behind_pattern(NAMES)
    for text in SENTENCES:
        assert [(m.start(), m.end(), m.group()) for m in fast.finditer(text)] == \
            [(m.start(), m.end(), m.group()) for m in reference.finditer(text)], text


def test_a_hyphen_joins_names_but_not_the_syllables_of_one_word():
    found = [m.group() for m in BoundedNames(phrase_alternation(NAMES)).finditer(SENTENCES[0] + " " + SENTENCES[1])]
    assert found == ["Việt Nam", "Lào", "Ấn Độ", "Bê-la-rút", "Nga", "Hà Nội"]


def test_each_caller_gets_its_own_list_of_hits():
    text = "Thủ tướng thăm Lào và Campuchia, rồi tới Viêng Chăn."
    first = find_countries(text)
    first.clear()
    assert [h.key for h in find_countries(text)] == ["LA", "KH"]
    cities = find_cities(text)
    cities.append(cities[0])
    assert len(find_cities(text)) == 1


def test_each_data_table_names_each_of_its_entries_once():
    # a second row for a city replaced the first when loaded, so spellings added to the first did nothing
    from pathlib import Path

    import summitgraph.registry as registry_package
    data = Path(registry_package.__file__).parent / "data"
    for table in ("cities.tsv", "countries.tsv"):
        keys = [line.split("\t")[0] for line in (data / table).read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        assert not repeated, f"{table} lists {repeated} more than once"
