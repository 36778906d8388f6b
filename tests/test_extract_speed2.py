"""Scans skipped where a cheap look finds none of the words they need must read exactly as scanning: speed2's steps."""
from __future__ import annotations

from summitgraph.extract import mentions
from summitgraph.extract.mentions import find_meeting_mentions
from summitgraph.text.normalize import fold_keep_length

from written import context_of


def test_an_english_summit_name_is_still_read_and_needs_the_word_summit():
    ctx = context_of("Thủ tướng tới Jakarta dự 26th ASEAN-China Summit ngày 6/9. Sau đó ông về nước.",
                     title="Thủ tướng dự hội nghị")
    found = [m for s in ctx.sentences for m in ctx.meeting_mentions(s.start, s.end)]
    assert [(m.name, m.series, m.partner) for m in found] == [("26th ASEAN-China Summit", "asean-partner-summit", "CN")]
    match = mentions._english_summit().search(fold_keep_length("Ông dự East Asia Summit tại Lào."))
    assert match and "summit" in match.group()


def test_a_list_announced_by_its_head_is_still_read_and_opens_with_a_meeting_noun():
    ctx = context_of("Các hội nghị cấp cao liên quan gồm: ASEAN+3, ASEAN - Hàn Quốc sẽ diễn ra tại Viêng Chăn.",
                     title="ASEAN họp tại Lào")
    s = ctx.sentences[1]
    assert [m.series for m in find_meeting_mentions(ctx.text, ctx.folded, ctx.lower, s.start, s.end)] == \
        ["apt-summit", "asean-partner-summit"]
    for sentence in ("Cuộc họp với các đối tác gồm: Nhật Bản, Hàn Quốc.", "Hội nghị liên quan gồm: ASEAN+3."):
        intro = mentions._LIST_INTRO.search(fold_keep_length(sentence))
        assert intro and mentions._may_hold(intro.group(), 0, len(intro.group()), ("hoi nghi", "cuoc hop"))


def test_a_sentence_without_a_meeting_noun_opens_no_list():
    ctx = context_of("Ông nói các nước gồm: Lào, Campuchia sẽ hợp tác chặt chẽ.", title="Hợp tác khu vực")
    s = ctx.sentences[1]
    assert mentions._related_lists(ctx.text, ctx.folded, s.start, s.end) == []


def test_people_read_from_titles_honorifics_and_bare_names_after_the_listed_word_check():
    """The people reader now asks the lexicon only at words it lists first: each kind of start still reads."""
    from written import people_by_name

    people = people_by_name("Chiều 5/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp ông Kao Kim Hourn tại Hà Nội. "
                            "Bà Rịa - Vũng Tàu đón đoàn; Sonexay Siphandone nói chuyện với Thủ tướng Lào.")
    assert people["Bùi Thanh Sơn"].titles == ["Bộ trưởng Ngoại giao"]
    assert people["Bùi Thanh Sơn"].country == "VN"
    assert "Kao Kim Hourn" in people
    assert not any("Rịa" in name for name in people)


def test_a_place_compound_needs_a_hyphen():
    from summitgraph.extract.names import is_place_compound, tokenize

    assert [is_place_compound(t) for t in tokenize("Mỹ-Việt Hà Nội ASEAN-Hàn Ki-moon")] == [True, False, False, True,
                                                                                        False]


def test_a_clipped_country_is_read_only_before_a_foreign_name():
    from written import people_by_name

    people = people_by_name("Thủ tướng Thái Thaksin Shinawatra hội đàm với Thủ tướng Phan Văn Khải tại Hà Nội.")
    assert people["Thaksin Shinawatra"].country == "TH"
