"""The learned meeting-name tagger (issue 11): the shipped model, read on sentences written for these tests."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from summitgraph.extract.learned import tagger
from summitgraph.extract.learned.features import places, sentence_features, tokens, windows
from summitgraph.text.normalize import fold_keep_length
from written import meetings_of

ROOT = Path(__file__).resolve().parents[1]


def proposed(sentence: str) -> list[str]:
    folded = fold_keep_length(sentence)
    return [sentence[p.start:p.end] for p in tagger.propose(sentence, folded, 0, len(sentence), places(sentence))]


@pytest.mark.parametrize("name", [tagger.CRF_FILE, tagger.SERIES_FILE])
def test_the_model_ships_small_and_holds_no_sentence(name):
    data = (tagger.DATA / name).read_bytes()
    assert 0 < len(data) < 1_000_000
    # Feature names are a word, a word's shape or a pair of words: no run of text long enough for a phrase.
    text = data.decode("utf-8", errors="replace")
    assert not re.search(r"[^\x00-\x1f\ufffd]{40,}", text)


def test_features_are_read_word_by_word():
    sentence = "Sáng 9/9, đoàn Việt Nam dự Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 27 tại Phnom Penh."
    folded = fold_keep_length(sentence)
    toks = tokens(sentence, folded, 0, len(sentence))
    feats = sentence_features(toks, places(sentence))
    assert len(feats) == len(toks)
    assert all(" " not in f for token in feats for f in token)
    assert "g=city" in feats[[t.word for t in toks].index("Phnom")]


def test_only_the_stretch_around_a_meeting_word_is_read():
    sentence = "Kim ngạch thương mại hai chiều năm ngoái tăng 12% so với năm trước đó."
    assert windows(fold_keep_length(sentence), 0, len(sentence)) == []
    assert proposed(sentence) == []


@pytest.mark.parametrize("sentence, name", [
    ("Chiều 3/6, Hội nghị Bộ trưởng Nông Lâm ASEAN lần thứ 44 bế mạc tại Kuala Lumpur, Malaysia.",
     "Hội nghị Bộ trưởng Nông Lâm ASEAN lần thứ 44"),
    ("Ngày 14/8, Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 16 đã khai mạc tại thủ đô Viêng Chăn của Lào.",
     "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 16"),
    ("Sáng 22/4, Hội nghị Quan chức Kinh tế Cao cấp ASEAN - Nhật Bản đã họp trực tuyến.",
     "Hội nghị Quan chức Kinh tế Cao cấp ASEAN - Nhật Bản"),
])
def test_the_tagger_finds_where_a_name_starts_and_ends(sentence, name):
    assert proposed(sentence) == [name]


def test_the_series_classifier_reads_a_partner_meeting():
    assert tagger.series_of("Hội nghị Bộ trưởng Ngoại giao ASEAN - Hàn Quốc") == "asean-partner-other"
    assert tagger.series_of("Hội nghị Cấp cao ASEAN lần thứ 40") == "asean-summit"


def test_the_series_classifier_reads_only_names_that_say_they_are_asean_s():
    # Left to the rules, which read a bare summit as ASEAN's only in an article about ASEAN.
    assert tagger.series_of("Hội nghị thượng đỉnh lần thứ 6") is None
    assert tagger.series_of("Hội nghị Hợp tác thương mại biên giới Lào - Campuchia lần thứ 3") is None


def test_a_name_no_rule_opens_becomes_a_meeting(monkeypatch):
    text = "Tin ASEAN\n\nPhiên họp Cấp cao ASEAN - Nhật Bản lần thứ 24 đã diễn ra theo hình thức trực tuyến chiều 12/11."
    monkeypatch.setenv(tagger.ENV, "0")
    assert meetings_of(text, published="2022-11-13") == []
    monkeypatch.setenv(tagger.ENV, "1")
    [m] = meetings_of(text, published="2022-11-13")
    assert (m.series, m.partner, m.ordinal, m.start, m.format) == \
        ("asean-partner-summit", "JP", 24, "2022-11-12", "online")


def test_the_environment_turns_the_tagger_off(monkeypatch):
    monkeypatch.setenv(tagger.ENV, "0")
    assert not tagger.enabled()
    monkeypatch.setenv(tagger.ENV, "1")
    assert tagger.enabled()


def test_a_name_the_rules_found_is_not_read_twice(monkeypatch):
    text = "Tin ASEAN\n\nChiều 3/6, Hội nghị Bộ trưởng Nông Lâm ASEAN lần thứ 44 bế mạc tại Kuala Lumpur, Malaysia."
    monkeypatch.setenv(tagger.ENV, "1")
    with_tagger = meetings_of(text, published="2022-06-04")
    monkeypatch.setenv(tagger.ENV, "0")
    assert with_tagger == meetings_of(text, published="2022-06-04")
    assert [m.series for m in with_tagger] == ["asean-sectoral"]


def test_a_fuller_name_takes_the_place_of_the_bare_acronym_the_rules_read(monkeypatch):
    text = "Tin ASEAN\n\nPhiên họp Cấp cao Đông Á (EAS) lần thứ 18 sẽ diễn ra tại Jakarta vào ngày 7/9/2023."
    monkeypatch.setenv(tagger.ENV, "0")
    [bare] = meetings_of(text, published="2023-09-01")   # the rules read only the acronym, without its number
    assert (bare.name, bare.ordinal) == ("EAS", None)
    monkeypatch.setenv(tagger.ENV, "1")
    [m] = meetings_of(text, published="2023-09-01")
    assert (m.series, m.ordinal, m.start, m.city, m.status) == ("eas", 18, "2023-09-07", "Jakarta", "planned")


def test_a_tagged_stretch_stops_where_the_rules_stop_a_name(monkeypatch):
    # A bare "Hội nghị" then a clause: what follows the comma is no part of a name.
    text = ("Tin ASEAN\n\nTại Hội nghị, các bộ trưởng đã thông qua Kế hoạch hành động ASEAN về an ninh mạng "
            "giai đoạn 2026-2030 và nhất trí họp lại vào năm sau.")
    monkeypatch.setenv(tagger.ENV, "1")
    with_tagger = meetings_of(text, published="2025-10-02")
    monkeypatch.setenv(tagger.ENV, "0")
    assert with_tagger == meetings_of(text, published="2025-10-02")


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_model_keeps_the_shipped_model_without_annotated_sets(tmp_path):
    before = (tagger.DATA / tagger.CRF_FILE).read_bytes()
    done = subprocess.run(["make", "-s", "-o", ".venv/bin/summitgraph", "model", f"SHARED={tmp_path}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "keeping the shipped model" in done.stdout
    assert (tagger.DATA / tagger.CRF_FILE).read_bytes() == before
