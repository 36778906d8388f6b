"""What an incremental knowledge-base update costs: it does the work its new articles call for, not the whole
corpus's, and still ends exactly as a full rebuild (tests/test_incremental.py compares the two tables row by row;
the tests here check that the shortcuts are taken and give the same result)."""
from __future__ import annotations

import importlib
import sys

import pytest

importlib.import_module("summitgraph.kb.build.dedup")
dedup = sys.modules["summitgraph.kb.build.dedup"]     # kb.build's package exports a function named like it


@pytest.mark.parametrize("threshold", [0.7])
def test_the_known_lsh_bands_are_those_datasketch_chooses(threshold):
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=dedup.NUM_PERM)
    expected = tuple((start * 4, end * 4) for start, end in lsh.hashranges)
    dedup.bands.cache_clear()
    assert dedup.bands(threshold) == expected


def test_a_rebuild_at_the_default_threshold_does_not_import_datasketch():
    import subprocess

    code = ("import sys, importlib; importlib.import_module('summitgraph.kb.build.dedup');"
            "d = sys.modules['summitgraph.kb.build.dedup']; d.bands(d.DEFAULT_THRESHOLD);"
            "print('datasketch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- near-duplicates: an update that only adds articles detects them for the new ones only -------------------

from test_dedup_signatures import corpus_texts, story, wire_copy  # noqa: E402


def grown_groups(texts: dict[str, str], old: list[str]) -> dict[str, str]:
    known = dedup.duplicate_groups({k: texts[k] for k in old})
    finder = dedup.GrowingFinder(known)
    for key in sorted(texts):
        finder.add(key, texts[key])
    return finder.groups()


@pytest.mark.parametrize("seed", range(6))
def test_groups_grown_by_new_articles_equal_groups_found_from_scratch(seed):
    import random

    texts = corpus_texts()
    for i in (100, 103):      # more copies, so some new ones join old groups and some form groups of their own
        for outlet in ("Tuổi Trẻ", "Thanh Niên"):
            texts[f"ban-{i}-{outlet[:2].lower()}.txt"] = wire_copy(story(i), outlet)
    keys = sorted(texts)
    random.Random(seed).shuffle(keys)
    old = keys[:len(keys) * (seed + 2) // 9]
    whole = dedup.duplicate_groups(texts)
    assert grown_groups(texts, old) == whole
    assert len(set(whole.values())) < len(whole)     # near-duplicates exist to be found


def test_a_new_copy_renames_a_group_whose_first_key_it_precedes():
    texts = {"b-goc.txt": story(7), "c-vov.txt": wire_copy(story(7), "VOV")}
    texts["a-ttxvn.txt"] = wire_copy(story(7), "TTXVN")
    assert grown_groups(texts, ["b-goc.txt", "c-vov.txt"]) == {k: "a-ttxvn.txt" for k in texts}


from summitgraph.store import open_store  # noqa: E402
from test_incremental import assert_incremental_equals_full, built, ingest, write_stories  # noqa: E402

importlib.import_module("summitgraph.kb.build.sources")
sources = sys.modules["summitgraph.kb.build.sources"]


@pytest.fixture
def finders(monkeypatch) -> list[str]:
    """Which near-duplicate finder each build made: 'scratch' (every article) or 'grown' (new ones only)."""
    made: list[str] = []
    for name, label in (("DuplicateFinder", "scratch"), ("GrowingFinder", "grown")):
        real = getattr(sources, name)

        def making(*args, _real=real, _label=label, **kwargs):
            made.append(_label)
            return _real(*args, **kwargs)

        monkeypatch.setattr(sources, name, making)
    return made


def test_an_update_that_only_adds_articles_grows_the_known_groups(tmp_path, store_url, finders):
    write_stories(tmp_path / "a", range(0, 16))
    ingest(store_url, [tmp_path / "a"])
    built(store_url)
    write_stories(tmp_path / "b", range(16, 20))
    write_stories(tmp_path / "b", range(2, 5), outlet="TTXVN", prefix="ban-sao")    # copies join old groups
    ingest(store_url, [tmp_path / "b"])
    finders.clear()
    assert_incremental_equals_full(store_url, read_again=7)
    assert finders == ["grown", "scratch"]       # the update, then the full rebuild it is compared with


def test_an_update_after_a_change_or_a_removal_finds_the_groups_from_scratch(tmp_path, store_url, finders):
    folder = write_stories(tmp_path / "tin", range(0, 12))
    write_stories(folder, range(0, 3), outlet="VOV", prefix="sao")
    ingest(store_url, [folder])
    built(store_url)
    with open_store(store_url) as store:
        store.delete_article("tin-001.txt")           # a copy's group may split: only a whole detection knows
    finders.clear()
    assert_incremental_equals_full(store_url)
    assert finders == ["scratch", "scratch"]


# --- a meeting's facts digested as its stored block holds them ------------------------------------------------

importlib.import_module("summitgraph.kb.build.merge_meetings")
merge_meetings_module = sys.modules["summitgraph.kb.build.merge_meetings"]


def as_json(value):
    import json

    return json.loads(json.dumps(value, ensure_ascii=False))


def test_a_stored_meeting_keeps_its_stored_encoding_which_equals_its_facts_encoded_again(tmp_path, store_url,
                                                                                       monkeypatch):
    write_stories(tmp_path / "a", range(0, 12))
    write_stories(tmp_path / "a", range(0, 2), outlet="VOV", prefix="sao")
    ingest(store_url, [tmp_path / "a"])
    built(store_url)
    taken = []
    real = merge_meetings_module.MergedMeeting.facts_encoded_as

    def remembering(meeting, encoded):
        if encoded is not None:
            taken.append(meeting)
        return real(meeting, encoded)

    monkeypatch.setattr(merge_meetings_module.MergedMeeting, "facts_encoded_as", remembering)
    write_stories(tmp_path / "b", range(12, 13))
    ingest(store_url, [tmp_path / "b"])
    assert_incremental_equals_full(store_url, read_again=1)
    assert taken       # the update took stored meetings, and their stored encodings stand for their facts
    for meeting in taken:
        assert as_json(meeting.encoded_facts()) == as_json(merge_meetings_module.encode_facts(meeting))


def test_facts_changed_after_the_merge_are_encoded_again():
    from summitgraph.kb.build.infer import Inference
    from summitgraph.kb.types import Mention

    mention = Mention(kind="meeting", article="tin-1.txt", position=0, confidence=0.9, group="tin-1.txt",
                      published="2023-05-10", spans=[], sentences=(1,),
                      record={"series": "som", "start": "--05-08", "city": "Hà Nội"})
    meeting = merge_meetings_module.merge_cluster([mention])
    before = meeting.encoded_facts()
    merge_meetings_module.remerge(meeting, [Inference("start", "2023-05-08", "year-of-prepared")])
    assert meeting.value("start") == "2023-05-08"
    assert meeting.encoded_facts() == merge_meetings_module.encode_facts(meeting) != before


# --- the cyclic collector stays off while a build runs --------------------------------------------------------

importlib.import_module("summitgraph.kb.build.rebuild")
rebuild_module = sys.modules["summitgraph.kb.build.rebuild"]


@pytest.mark.parametrize("enabled_before", [True, False])
def test_a_rebuild_pauses_the_cyclic_collector_and_restores_it(tmp_path, monkeypatch, enabled_before):
    import gc

    seen = []
    real = rebuild_module._rebuild

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(rebuild_module, "_rebuild", watching)
    url = f"sqlite:///{tmp_path / 'gc.db'}"
    ingest(url, [write_stories(tmp_path / "tin", range(0, 4))])
    (gc.enable if enabled_before else gc.disable)()
    try:
        with open_store(url) as store:
            summary = rebuild_module.rebuild(store, full=True)
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()
    assert seen == [False] and summary.meetings > 0
