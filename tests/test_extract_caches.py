"""Readings kept for reuse must read exactly as reading afresh: the per-sentence meeting mentions of the context."""
from __future__ import annotations

from summitgraph.extract.meetings import ArticleSeries
from summitgraph.extract.mentions import find_meeting_mentions

from written import context_of

BODY = ("Thủ tướng dự Hội nghị cấp cao tại Viêng Chăn ngày 6/9. Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 "
        "khai mạc tại Lào; ARF 31 họp sau đó. Các hội nghị cấp cao liên quan gồm: ASEAN+3, ASEAN - Trung Quốc.")


def test_meeting_mentions_read_once_match_a_fresh_reading_with_and_without_fallback():
    ctx = context_of(BODY, title="ASEAN họp tại Lào")
    fallbacks = (None, ArticleSeries(asean=True), ArticleSeries(asean=False))
    for s in ctx.sentences:
        for fallback in fallbacks:
            fresh = find_meeting_mentions(ctx.text, ctx.folded, ctx.lower, s.start, s.end, fallback=fallback)
            assert ctx.meeting_mentions(s.start, s.end, fallback) == fresh


def test_a_fallback_that_names_a_series_is_heard_after_the_reading_without_it():
    ctx = context_of(BODY, title="ASEAN họp tại Lào")
    lead = ctx.sentences[1]
    assert ctx.meeting_mentions(lead.start, lead.end) == []          # "Hội nghị cấp cao": no rule knows it alone
    found = ctx.meeting_mentions(lead.start, lead.end, ArticleSeries(asean=True))
    assert [(m.name, m.series) for m in found] == [("Hội nghị cấp cao", "asean-summit")]


def test_the_reader_may_change_its_list_without_changing_the_kept_one():
    ctx = context_of(BODY, title="ASEAN họp tại Lào")
    s = ctx.sentences[2]
    first = ctx.meeting_mentions(s.start, s.end)
    first.clear()
    assert [m.name for m in ctx.meeting_mentions(s.start, s.end)] == ["Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57",
                                                                      "ARF 31"]


def test_a_token_made_from_the_word_cache_is_the_token_init_makes():
    from summitgraph.extract.names import Token, _token, lower_key, tokenize

    text = "Thủ tướngNguyễn Xuân Phúc hội đàm với Tổng thống V.Pu-tin (Nga) ngày 2/9; GS.Yasuhiro và ông Dũngcũng đến."
    for t in tokenize(text) + tokenize(text):       # the second time from the cache
        made = Token(t.start, t.end, t.text, lower_key(t.text))
        assert (t.start, t.end, t.text, t.key, t.is_word, t.is_cap, t.is_lower) == \
            (made.start, made.end, made.text, made.key, made.is_word, made.is_cap, made.is_lower)
    assert [t.text for t in tokenize(text)][:3] == ["Thủ", "tướng", "Nguyễn"]
    assert _token(0, 3, "Hòa") == Token(0, 3, "Hòa", lower_key("Hòa"))


def test_the_readings_skipped_without_asean_each_need_asean_written():
    """find_meeting_mentions passes over three readings in a sentence without "asean": each must need it."""
    from summitgraph.extract import mentions
    from summitgraph.text.normalize import fold_keep_length

    # A body that meets may be named "Đông Nam Á" too (its skip test looks for that as well as "asean").
    cases = [(mentions._MET_AS_A_BODY, "Các Bộ trưởng Kinh tế các nước ASEAN vừa nhóm họp tại Singapore.", ("APEC", "khu vực")),
             (mentions._PARTNER_MEETS_ASEAN, "Ngoại trưởng Trung Quốc sẽ gặp các Ngoại trưởng ASEAN tại Viêng Chăn.",
              ("APEC", "Đông Nam Á", "khu vực")),
             (mentions._asean_meets_partner(), "Các Bộ trưởng Ngoại giao ASEAN sẽ họp với Ngoại trưởng Trung Quốc.",
              ("APEC", "Đông Nam Á", "khu vực"))]
    for pattern, sentence, others in cases:
        assert pattern.search(fold_keep_length(sentence))
        for other in others:
            assert pattern.search(fold_keep_length(sentence.replace("ASEAN", other))) is None, (sentence, other)


def test_a_sentence_without_asean_reads_the_same_meetings_as_before():
    ctx = context_of("Các Bộ trưởng Kinh tế APEC vừa nhóm họp tại Singapore. Ngoại trưởng Trung Quốc sẽ gặp "
                     "các Ngoại trưởng ASEAN tại Viêng Chăn.")
    read = [(m.name, m.series) for s in ctx.sentences for m in ctx.meeting_mentions(s.start, s.end)]
    assert read == [(m.name, m.series) for s in ctx.sentences
                    for m in find_meeting_mentions(ctx.text, ctx.folded, ctx.lower, s.start, s.end)]
    assert any(series == "asean-partner-other" for _, series in read), read
