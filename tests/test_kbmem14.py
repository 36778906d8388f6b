"""A rebuild's memory: the mentions and kept sentences a build holds for the whole corpus are held compactly
(slots, packed spans, interned record fields, compressed sentences) and read back unchanged."""
from __future__ import annotations

import json
import sys

from test_kb_fixtures import all_readings, mention, summit_reading

from summitgraph.kb.build.rebuild import build
from summitgraph.kb.build.sources import CorpusBuilder, entry_from_json, entry_json, from_readings
from summitgraph.kb.types import ArticleInfo, Mention, PackedSentences, SentenceRef


def test_a_mention_has_no_instance_dict():
    m = mention("a.txt", series="asean-summit", name="Hội nghị Cấp cao ASEAN")
    assert not hasattr(m, "__dict__")
    assert not hasattr(SentenceRef(0, 0, 3, "abc"), "__dict__")


def test_spans_are_packed_and_given_back_as_pairs():
    m = Mention(kind="person", article="a.txt", position=0, record={"name": "Lim Jock Hoi"}, confidence=0.8,
                group="a.txt", published=None, spans=[(120, 132), (400, 412)])
    assert m.span_pairs() == [(120, 132), (400, 412)]
    assert sys.getsizeof(m.spans) < sys.getsizeof([(120, 132), (400, 412)]) + 2 * sys.getsizeof((120, 132))


def test_record_field_names_and_short_values_are_shared_between_mentions():
    # Two records read from JSON separately, as the store gives them: each holds its own strings until interned.
    a = json.loads('{"name": "Nguyễn Xuân Phúc", "country": "VN", "titles": ["Thủ tướng"]}')
    b = json.loads('{"name": "Nguyễn Xuân Phúc", "country": "VN", "titles": ["Thủ tướng"]}')
    first = Mention(kind="person", article="a.txt", position=0, record=a, confidence=0.8, group="a.txt",
                    published=None)
    second = Mention(kind="person", article="b.txt", position=0, record=b, confidence=0.8, group="b.txt",
                     published=None)
    assert first.record == second.record == a
    key_a = next(k for k in first.record if k == "country")
    key_b = next(k for k in second.record if k == "country")
    assert key_a is key_b
    assert first.record["name"] is second.record["name"]
    assert first.record["titles"][0] is second.record["titles"][0]


def test_a_long_free_text_value_is_left_alone():
    long_name = "Hội nghị " + "rất dài " * 20
    m = mention("a.txt", name=long_name)
    assert m.record["name"] == long_name


def test_a_completed_field_is_recorded_only_where_one_was_completed():
    m = mention("a.txt", start="12-11")
    assert m.filled is None and m.value("start") == "12-11" and m.rule_of("start") is None
    m.fill("start", "2020-11-12", "year-from-publication")
    assert m.value("start") == "2020-11-12" and m.rule_of("start") == "year-from-publication"


def test_packed_sentences_read_back_as_given_in_their_order():
    given = {3: SentenceRef(3, 200, 260, "Hai bên nhất trí tăng cường hợp tác."),
             0: SentenceRef(0, 0, 41, "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37")}
    packed = PackedSentences(given)
    assert list(packed) == [3, 0]
    assert dict(packed) == given and packed == given
    assert packed.get(0).text == "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37" and packed.get(7) is None
    assert len(PackedSentences()) == 0


def test_kept_sentences_take_less_memory_than_their_strings():
    text = "Thủ tướng Nguyễn Xuân Phúc chủ trì lễ khai mạc Hội nghị Cấp cao ASEAN theo hình thức trực tuyến. "
    given = {i: SentenceRef(i, 100 * i, 100 * i + len(text), text + str(i)) for i in range(8)}
    as_strings = sum(sys.getsizeof(s.text) for s in given.values())
    info = ArticleInfo(key="a.txt", title=None, url=None, outlet=None, published=None, group="a.txt",
                       sentences=given)
    assert isinstance(info.sentences, PackedSentences)
    assert sys.getsizeof(info.sentences._packed) < as_strings / 2
    assert dict(info.sentences) == given


def test_an_entry_read_back_is_the_entry_written():
    corpus = from_readings([summit_reading()])
    key = next(iter(corpus.articles))
    written = entry_json(corpus.articles[key], corpus.of_article[key])
    info, mentions = entry_from_json(key, written)
    assert entry_json(info, mentions) == written
    assert any(m.span_pairs() for m in mentions)


def test_a_build_from_stored_entries_gives_the_dossiers_of_a_build_from_readings():
    # What a full build reads (the articles' facts) and what an update takes from the last build (the entries)
    # must hold the same mentions and sentences once packed, or the two builds' records would differ.
    readings = all_readings()
    direct = build(from_readings(readings))
    builder = CorpusBuilder(groups={key: info.group for key, info in direct.corpus.articles.items()})
    for key, info in direct.corpus.articles.items():
        builder.add_entry(key, entry_json(info, direct.corpus.of_article[key]))
    again = build(builder.finish())
    assert again.meeting_dossiers == direct.meeting_dossiers
    assert again.person_dossiers == direct.person_dossiers
    assert again.document_dossiers == direct.document_dossiers
    evidence = [e for d in direct.meeting_dossiers for s in d.get("sources", []) for e in s.get("evidence", [])]
    assert evidence and all(isinstance(e, list) and len(e) == 2 for e in evidence)


def test_mentions_share_their_kind_date_and_sentence_indices():
    kind, date = "".join(["pers", "on"]), "".join(["2020-", "11-12"])     # made at run time: not interned
    first = Mention(kind=kind, article="a.txt", position=0, record={}, confidence=0.8, group="a.txt",
                    published=date, sentences=[1, 2])
    second = Mention(kind="person", article="b.txt", position=0, record={}, confidence=0.8, group="b.txt",
                     published="2020-11-12", sentences=(1, 2))
    assert first.kind is second.kind and first.published is second.published
    assert first.sentences == (1, 2) and first.sentences is second.sentences


def test_a_merged_meeting_does_not_keep_its_encoding_but_a_stored_one_does():
    from summitgraph.kb.build.merge_meetings import encode_facts

    built = build(from_readings(all_readings()))
    meeting = built.meetings[0]
    assert meeting.encoded_facts() == encode_facts(meeting)
    assert meeting._encoded is None
    stored = [list(row) for row in encode_facts(meeting)]
    meeting.facts_encoded_as(stored)
    assert meeting.encoded_facts() is stored


def test_blocks_merged_anew_are_held_compressed_and_written_as_json():
    from summitgraph.kb.build.meeting_blocks import BlockCache

    corpus = from_readings(all_readings())
    cache = BlockCache({key: (n, n) for n, key in enumerate(corpus.articles)})
    build(corpus, cache)
    assert cache.merged
    for name, (inputs, as_json) in cache.merged_json().items():
        held = cache.merged[name][1]
        assert isinstance(json.loads(as_json), list) and held != as_json
        assert cache.merged[name][0] == inputs


def test_an_article_key_is_one_string_for_the_corpus_and_the_marks():
    from summitgraph.kb.build.rebuild import shared_marks

    corpus = from_readings([summit_reading()])
    key = next(iter(corpus.articles))
    (marked, _, _), = shared_marks([("".join(list(key)), 7, 9)])     # a copy, as the store's query gives it
    assert marked is key
    assert all(m.article is key for m in corpus.of_article[key])


def test_equal_confidences_are_one_float_and_spans_one_bytes_object():
    a, b = (Mention(kind="person", article=f"{n}.txt", position=0, record={}, confidence=float("0.83"),
                    group=f"{n}.txt", published=None, spans=[(5, 9)]) for n in "ab")
    assert a.confidence is b.confidence
    assert isinstance(a.spans, bytes) and a.span_pairs() == [(5, 9)]


def test_a_record_keeps_only_its_values_and_gives_back_the_record_as_stated():
    stated = {"series": "asean-summit", "ordinal": 37, "partner": None, "name": "Hội nghị Cấp cao ASEAN 37",
              "city": None, "country": "VN"}
    m = Mention(kind="meeting", article="a.txt", position=0, record=dict(stated), confidence=0.8,
                group="a.txt", published=None)
    assert m.record == {"series": "asean-summit", "ordinal": 37, "name": "Hội nghị Cấp cao ASEAN 37",
                        "country": "VN"}
    assert m.value("partner") is None and m.record.get("city") is None
    assert m.stated_record() == stated and list(m.stated_record()) == list(stated)
    other = Mention(kind="meeting", article="b.txt", position=0, record=dict(stated), confidence=0.8,
                    group="b.txt", published=None)
    assert other.fields is m.fields


def test_an_entry_keeps_the_null_fields_of_its_records():
    corpus = from_readings([summit_reading()])
    key = next(iter(corpus.articles))
    stored = json.loads(entry_json(corpus.articles[key], corpus.of_article[key]))
    meeting = next(row for row in stored["mentions"] if row[0] == "meeting")
    assert None in meeting[2].values()


def test_every_field_no_source_gives_is_one_shared_fact():
    built = build(from_readings(all_readings()))
    empty = [fact for m in built.meetings for fact in m.facts.values() if not fact.candidates]
    assert len(empty) > len({fact.field for fact in empty})
    by_field = {}
    for fact in empty:
        assert by_field.setdefault(fact.field, fact) is fact
        assert fact.value is None and fact.candidates == [] and not fact.conflict


def test_spilled_sentences_read_back_as_given_and_hold_no_text():
    from summitgraph.kb.types import SentenceSpill

    spill = SentenceSpill()
    given = [{0: SentenceRef(0, 0, 30, "Khai mạc Hội nghị Cấp cao ASEAN"),
              4: SentenceRef(4, 300, 340, "Hai bên ký kết.")},
             {1: SentenceRef(1, 50, 90, "Thủ tướng Campuchia Hun Sen phát biểu.")}]
    packed = [PackedSentences(sentences, spill) for sentences in given]
    assert [dict(p) for p in packed] == given and [list(p) for p in packed] == [[0, 4], [1]]
    assert all(isinstance(p._packed, int) for p in packed)
    assert PackedSentences({}, spill)._packed == b""
    spill.RECENT = 1
    for _ in range(2):      # read back again once the decoded copy is dropped
        assert dict(packed[0]) == given[0] and dict(packed[1]) == given[1]


def test_a_corpus_read_from_a_store_spills_its_sentences_and_builds_the_same_dossiers(tmp_path):
    from summitgraph.kb.build.sources import load
    from summitgraph.store import open_store

    readings = all_readings()
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store:
        for reading in readings:
            store.add_article(reading.article, reading)
        spilled = load(store)
    assert all(info.sentences._spill is not None for info in spilled.articles.values() if info.sentences)
    in_memory = from_readings(readings)
    for key, info in in_memory.articles.items():
        assert dict(spilled.articles[key].sentences) == dict(info.sentences)
    assert build(spilled).meeting_dossiers == build(in_memory).meeting_dossiers
