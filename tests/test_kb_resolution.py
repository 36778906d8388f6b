"""Resolution across articles: meetings, people, near-duplicate articles; and the B-cubed score on the dev gold."""
from __future__ import annotations

import pytest
from test_kb_fixtures import SUMMIT_BODY, mention

from summitgraph.kb.build.dedup import duplicate_groups
from summitgraph.kb.build.goldset import bcubed, gold_mentions, predicted_clusters, truth_clusters
from summitgraph.kb.build.infer import complete_mention
from summitgraph.kb.build.resolve_meetings import resolve_meetings
from summitgraph.kb.build.resolve_people import resolve_people


def clusters_of(mentions):
    for m in mentions:
        complete_mention(m)
    return sorted(sorted(m.ref for m in cluster) for cluster in resolve_meetings(mentions))


# --- meetings -----------------------------------------------------------------------------------

def test_the_same_ordinal_in_different_articles_is_one_meeting_whatever_else_they_say():
    found = clusters_of([
        mention("a", 0, series="asean-summit", ordinal=37, start="2020-11-12", city="Hanoi"),
        mention("b", 0, series="asean-summit", ordinal=37, start="2020-04", city="Da Nang"),
        mention("c", 1, series="asean-summit", ordinal=36, start="2020-06-26"),
    ])
    assert found == [["a#0", "b#0"], ["c#1"]]


def test_numbered_meetings_that_shared_their_days_stay_apart_and_an_unnumbered_mention_joins_neither():
    # The 28th and 29th summits were held together (registry: 6-8 September 2016, Vientiane).
    found = clusters_of([
        mention("a", 0, series="asean-summit", ordinal=28),
        mention("b", 0, series="asean-summit", ordinal=29),
        mention("c", 0, series="asean-summit", start="2016-09-07", end="2016-09-07", city="Vientiane"),
    ])
    assert found == [["a#0"], ["b#0"], ["c#0"]]


def test_an_unnumbered_mention_joins_the_one_numbered_meeting_its_dates_fall_in():
    found = clusters_of([
        mention("a", 0, series="asean-summit", ordinal=33),
        mention("b", 2, series="asean-summit", start="2018-11-13", end="2018-11-13", city="Singapore"),
    ])
    assert found == [["a#0", "b#2"]]


def test_overlapping_dates_join_meetings_of_the_same_parties_only():
    found = clusters_of([
        mention("a", 0, series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20", end="2022-06-20"),
        mention("b", 0, series="bilateral-talks", parties=["VN", "KH"], start="2022-06", end="2022-06"),
        mention("c", 0, series="bilateral-talks", parties=["LA", "VN"], start="2022-06-20", end="2022-06-20"),
        mention("d", 0, series="bilateral-talks", parties=["KH", "VN"], start="2022-09-01", end="2022-09-01"),
    ])
    assert found == [["a#0", "b#0"], ["c#0"], ["d#0"]]


def test_copies_of_one_numbered_catch_all_meeting_join_even_beside_another_body_of_that_number():
    # Sectoral meetings share a series; the customs meeting's copies are linked through one representative,
    # not only to the first mention of ordinal 12 (another body's, which they cannot join).
    customs = dict(series="asean-sectoral", ordinal=12, name="Hội nghị Tổng cục trưởng Hải quan ASEAN lần thứ 12",
                   city="Hanoi")
    found = clusters_of([
        mention("a", 0, series="asean-sectoral", ordinal=12, name="Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 12"),
        mention("b", 0, **customs),
        mention("c", 0, **customs),
        mention("d", 0, **customs),
    ])
    assert found == [["a#0"], ["b#0", "c#0", "d#0"]]


def test_identical_copies_join_but_an_articles_two_identical_mentions_stay_two_meetings():
    same = dict(series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20", end="2022-06-20")
    found = clusters_of([mention("a", 0, **same), mention("a", 1, **same), mention("b", 0, **same),
                         mention("c", 0, **same), mention("c", 1, **same)])
    assert found == [["a#0", "b#0", "c#0"], ["a#1", "c#1"]]


def test_copies_without_ordinal_or_pinned_dates_are_not_linked_to_each_other():
    coarse = dict(series="bilateral-talks", parties=["KH", "VN"], start="2022", city="Phnom Penh")
    found = clusters_of([mention(key, 0, **coarse) for key in ("a", "b", "c")])
    assert found == [["a#0"], ["b#0"], ["c#0"]]


def test_two_meetings_of_one_article_are_never_merged():
    found = clusters_of([
        mention("a", 0, series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20"),
        mention("a", 1, series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20"),
        mention("b", 0, series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20"),
    ])
    assert len(found) == 2 and ["a#0", "b#0"] in found


def test_a_year_less_date_takes_the_year_of_publication_and_then_matches():
    found = clusters_of([
        mention("a", 0, series="bilateral-talks", parties=["KH", "VN"], start="2022-06-20", end="2022-06-20"),
        mention("b", 0, series="bilateral-talks", parties=["KH", "VN"], start="--06-20", end="--06-20",
                published="2022-06-21"),
    ])
    assert found == [["a#0", "b#0"]]


def test_a_coarse_date_joins_only_the_single_cluster_of_the_same_host_city():
    hamburg = [
        mention("a", 0, series="other-multilateral", name="Hội nghị Thượng đỉnh G20", start="2017-07-07",
                end="2017-07-08", city="Hamburg"),
        mention("b", 0, series="other-multilateral", name="Hội nghị cấp cao G20", start="2017", city="Hamburg"),
        mention("c", 0, series="other-multilateral", name="Hội nghị cấp cao G20", start="2017"),
    ]
    assert clusters_of(hamburg) == [["a#0", "b#0"], ["c#0"]]


def test_meetings_of_a_catch_all_series_merge_only_when_their_names_are_about_the_same_body():
    found = clusters_of([
        mention("a", 0, series="other-multilateral", name="Hội nghị Thượng đỉnh G20", start="2017-07"),
        mention("b", 0, series="other-multilateral",
                name="Hội nghị cấp cao Nhóm các nền kinh tế phát triển và mới nổi", start="2017-07-07"),
        mention("c", 0, series="other-multilateral", name="Hội nghị cấp cao APEC", start="2017-07"),
        mention("d", 0, series="other-multilateral", name="Hội nghị Sherpa G20 lần thứ 3", start="2017-07"),
        mention("e", 0, series="asean-sectoral", name="Hội nghị Bộ trưởng Tài chính ASEAN", start="2017-04"),
        mention("f", 0, series="asean-sectoral", name="Hội nghị Bộ trưởng Du lịch ASEAN", start="2017-04"),
    ])
    assert ["a#0", "b#0"] in found                       # the body spelled out is G20
    assert ["c#0"] in found and ["d#0"] in found          # APEC; G20 senior officials, not leaders
    assert ["e#0"] in found and ["f#0"] in found


def test_a_mention_with_neither_ordinal_nor_date_stays_a_meeting_of_its_own():
    found = clusters_of([
        mention("a", 0, series="asean-summit", city="Vientiane"),
        mention("b", 0, series="asean-summit", city="Vientiane"),
    ])
    assert found == [["a#0"], ["b#0"]]


# --- people -------------------------------------------------------------------------------------

def person(article, position, name, titles=(), country=None, published=None):
    return mention(article, position, kind="person", published=published,
                   name=name, titles=list(titles), country=country)


def test_people_merge_across_diacritics_honorifics_and_word_order():
    people = resolve_people([
        person("a", 0, "Nguyễn Xuân Phúc", ["Thủ tướng"], "VN"),
        person("b", 0, "ông Nguyen Xuan Phuc", [], "VN"),
        person("a", 1, "Samdech Techo Hun Sen", ["Thủ tướng"], "KH"),
        person("b", 1, "Hun Sen", ["Thủ tướng Campuchia"], "KH"),
        person("c", 0, "Widodo Joko", ["Tổng thống"], "ID"),
        person("d", 0, "Joko Widodo", ["Tổng thống"], "ID"),
    ], {})
    by_key = {p.key: p for p in people}
    assert set(by_key) == {"nguyen-xuan-phuc", "hun-sen", "widodo-joko"} or \
        set(by_key) == {"nguyen-xuan-phuc", "hun-sen", "joko-widodo"}
    assert by_key["nguyen-xuan-phuc"].name == "Nguyễn Xuân Phúc"   # the marked spelling is shown
    assert len(by_key["hun-sen"].mentions) == 2


def test_different_diacritics_are_different_people_and_a_bare_spelling_joins_the_commonest():
    people = resolve_people([
        person("a", 0, "Nguyễn Văn Nam", ["Thứ trưởng"], "VN"),
        person("b", 0, "Nguyễn Văn Nam", ["Thứ trưởng"], "VN"),
        person("c", 0, "Nguyễn Văn Năm", ["Đại sứ"], "VN"),
        person("d", 0, "Nguyen Van Nam", [], "VN"),
    ], {})
    sizes = sorted((p.name, len(p.mentions)) for p in people)
    assert sizes == [("Nguyễn Văn Nam", 3), ("Nguyễn Văn Năm", 1)]
    assert len({p.key for p in people}) == 2


def test_a_part_of_exactly_one_longer_name_joins_it():
    people = resolve_people([
        person("a", 0, "Ir Joko Widodo", ["Tổng thống"], "ID"),
        person("b", 0, "Joko Widodo", [], "ID"),
        person("c", 0, "Lý Hiển Long", ["Thủ tướng"], "SG"),
    ], {})
    assert sorted(len(p.mentions) for p in people) == [1, 2]


def test_a_role_history_keeps_each_title_with_first_and_last_dates_and_sources():
    dates = {"a": "2017-05-01", "b": "2019-06-02", "c": "2022-01-18"}
    people = resolve_people([
        person("a", 0, "Nguyễn Xuân Phúc", ["Thủ tướng"], "VN"),
        person("b", 0, "Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"], "VN"),
        person("c", 0, "Nguyễn Xuân Phúc", ["Chủ tịch nước"], "VN"),
    ], dates)
    (phuc,) = people
    roles = {r.position: r for r in phuc.roles}
    assert set(roles) == {"Thủ tướng", "Chủ tịch nước"}
    assert (roles["Thủ tướng"].first_seen, roles["Thủ tướng"].last_seen) == ("2017-05-01", "2019-06-02")
    assert roles["Thủ tướng"].sources == ["a", "b"] and roles["Thủ tướng"].organisation == "Chính phủ"
    assert roles["Chủ tịch nước"].first_seen == "2022-01-18"
    assert (phuc.first_seen, phuc.last_seen) == ("2017-05-01", "2022-01-18")


def test_a_person_given_two_countries_is_one_person_with_a_country_conflict():
    (sokhonn,) = resolve_people([
        person("a", 0, "Prak Sokhonn", ["Bộ trưởng Ngoại giao"], "KH"),
        person("b", 0, "Prak Sokhonn", ["Bộ trưởng Ngoại giao"], "KH"),
        person("c", 0, "Prak Sokhonn", ["Bộ trưởng Ngoại giao"], "VN"),
    ], {})
    assert sokhonn.country.value == "KH" and sokhonn.country.conflict
    assert {c.value: c.independent for c in sokhonn.country.candidates} == {"KH": 2, "VN": 1}


# --- near-duplicate articles --------------------------------------------------------------------

def test_a_wire_story_in_two_outlets_is_one_group_and_a_different_story_is_not():
    other = ("Chiều 14/11/2020, các Bộ trưởng Kinh tế ASEAN họp trực tuyến để rà soát tiến độ đàm phán Hiệp định "
             "Đối tác Kinh tế Toàn diện Khu vực trước khi trình lên các nhà lãnh đạo tại Hội nghị cấp cao.")
    groups = duplicate_groups({"a.txt": SUMMIT_BODY, "b.txt": "(TTXVN) Hà Nội - " + SUMMIT_BODY, "c.txt": other})
    assert groups == {"a.txt": "a.txt", "b.txt": "a.txt", "c.txt": "c.txt"}


# --- the dev gold as a resolution test set ------------------------------------------------------

def test_resolution_of_the_dev_gold_meetings_reaches_b_cubed_f1_of_0_9(shared_dir):
    gold_dir = shared_dir / "gold" / "dev"
    if not any(gold_dir.glob("*.json")):
        pytest.skip("no dev gold")
    mentions = gold_mentions(gold_dir)
    truth = truth_clusters(mentions)
    for m in mentions:
        complete_mention(m)
    score = bcubed(truth, predicted_clusters(resolve_meetings(mentions)))
    assert score.items == len(mentions) > 100
    assert score.f1 >= 0.90, score
    # Cross-article merges exist in the set, so a resolver that merged nothing would not pass on recall alone.
    assert len(set(truth.values())) < len(mentions)


def test_b_cubed_counts_both_kinds_of_error():
    truth = {"a": 1, "b": 1, "c": 2}
    assert bcubed(truth, {"a": 1, "b": 1, "c": 2}).f1 == 1.0
    merged_all = bcubed(truth, {"a": 1, "b": 1, "c": 1})
    assert merged_all.recall == 1.0 and merged_all.precision == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    split_all = bcubed(truth, {"a": 1, "b": 2, "c": 3})
    assert split_all.precision == 1.0 and split_all.recall == pytest.approx((0.5 + 0.5 + 1) / 3)
