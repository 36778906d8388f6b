"""Inference from the ASEAN system (each rule), and conflicts between sources (kept, counted, flagged)."""
from __future__ import annotations

from test_kb_fixtures import mention

from summitgraph.kb.build import infer
from summitgraph.kb.build.conflicts import merge_values
from summitgraph.kb.build.rebuild import build
from summitgraph.kb.build.sources import Corpus
from summitgraph.kb.types import ArticleInfo, SourceRef


def corpus_of(*mentions, published=None):
    corpus = Corpus()
    for m in mentions:
        corpus.articles.setdefault(m.article, ArticleInfo(key=m.article, title=None, url=None, outlet=None,
                                                          published=published or m.published, group=m.group))
        corpus.mentions[m.kind].append(m)
    return corpus


def meeting(built, series):
    (found,) = [m for m in built.meetings if m.series == series]
    return found


def values_of(fact):
    return {c.value: (c.independent, c.rule) for c in fact.candidates}


# --- rules --------------------------------------------------------------------------------------

def test_a_numbered_summit_gets_its_dates_place_and_chair_from_the_registry_marked_with_the_rule():
    built = build(corpus_of(mention("a", 0, series="asean-summit", ordinal=33, name="Hội nghị Cấp cao ASEAN 33")))
    summit = meeting(built, "asean-summit")
    assert summit.key == "asean-summit#33"
    assert (summit.value("start"), summit.value("end")) == ("2018-11-11", "2018-11-15")
    assert (summit.value("city"), summit.value("country"), summit.value("chair")) == ("Singapore", "SG", "SG")
    assert summit.year == 2018
    assert summit.facts["city"].rule == infer.RULE_SUMMIT_REGISTRY
    assert summit.facts["chair"].rule == infer.RULE_SUMMIT_CHAIR
    assert not summit.conflicts


def test_an_article_disagreeing_with_the_registry_is_kept_as_a_conflicting_value_with_its_source():
    built = build(corpus_of(
        mention("a", 0, series="asean-summit", ordinal=36, start="2020-04", city="Da Nang", country="VN",
                status="planned"),
        mention("b", 0, series="asean-summit", ordinal=36, start="2020-04-08", city="Da Nang", country="VN",
                status="planned")))
    summit = meeting(built, "asean-summit")
    assert summit.value("city") == "Hanoi"                   # the checked registry outweighs plans that changed
    assert set(summit.conflicts) >= {"city", "start"}
    city = values_of(summit.facts["city"])
    assert city == {"Hanoi": (0, infer.RULE_SUMMIT_REGISTRY), "Da Nang": (2, None)}
    da_nang = next(c for c in summit.facts["city"].candidates if c.value == "Da Nang")
    assert sorted(s.article for s in da_nang.sources) == ["a", "b"]


def test_the_years_chair_chairs_that_years_som_and_ministers_meetings_but_not_sectoral_ones():
    built = build(corpus_of(
        mention("a", 0, series="asean-som", start="2022-01-05", end="2022-01-05", format="online"),
        mention("b", 0, series="amm", start="2019-07-31", end="2019-08-03", city="Bangkok"),
        mention("c", 0, series="asean-sectoral", name="Hội nghị Bộ trưởng Du lịch ASEAN", start="2019-01-16"),
        mention("d", 0, series="aem", start="2008-08-26", country="TH")))   # another member hosting: no guess
    assert meeting(built, "asean-som").value("chair") == "KH"
    assert meeting(built, "asean-som").facts["chair"].rule == infer.RULE_CHAIR_OF_YEAR
    assert meeting(built, "amm").value("chair") == "TH"
    assert meeting(built, "amm").value("country") == "TH"    # from the host city
    assert meeting(built, "amm").facts["country"].rule == infer.RULE_COUNTRY_OF_CITY
    assert meeting(built, "asean-sectoral").value("chair") is None
    assert meeting(built, "aem").value("chair") is None     # 2008's chair is SG; a Thai host says otherwise
    assert infer.chair_of_year("aem", "2008-08-26", None, "SG") == [
        infer.Inference("chair", "SG", infer.RULE_CHAIR_OF_YEAR)]


def test_a_stated_chair_beats_the_years_chair_and_the_disagreement_is_flagged():
    built = build(corpus_of(mention("a", 0, series="asean-som", start="2022-01-05", chair="SG")))
    som = meeting(built, "asean-som")
    assert som.value("chair") == "SG" and som.conflicts == ["chair"]
    assert values_of(som.facts["chair"]) == {"SG": (1, None), "KH": (0, infer.RULE_CHAIR_OF_YEAR)}


def test_a_som_in_the_days_before_an_amm_retreat_of_the_same_host_prepares_it():
    built = build(corpus_of(
        mention("a", 0, series="asean-som", start="2020-01-15", end="2020-01-15", city="Nha Trang"),
        mention("b", 0, series="amm-retreat", start="2020-01-16", end="2020-01-17", city="Nha Trang"),
        mention("c", 0, series="asean-som", start="2020-06-20", city="Hanoi")))   # months apart: no link
    (link,) = built.links
    assert (link.before.key, link.after.key) == ("asean-som|2020-01-15", "amm-retreat|2020-01-16")
    assert link.rule == infer.RULE_SOM_PREPARES_RETREAT and not link.out_of_order
    dossiers = {d["key"]: d for d in built.meeting_dossiers}
    assert [m["key"] for m in dossiers["amm-retreat|2020-01-16"]["prepared_by"]] == ["asean-som|2020-01-15"]
    assert [m["key"] for m in dossiers["asean-som|2020-01-15"]["prepares"]] == ["amm-retreat|2020-01-16"]


def test_a_stated_preparatory_link_completes_the_year_and_an_impossible_order_is_flagged():
    built = build(corpus_of(
        mention("a", 0, series="asean-som", start="--01-15", end="--01-15", prepares=1),
        mention("a", 1, series="amm-retreat", start="2020-01-16", end="2020-01-17", city="Nha Trang"),
        mention("b", 0, series="jcm", start="2021-03-10", end="2021-03-10", prepares=1),
        mention("b", 1, series="acc", start="2021-03-02", end="2021-03-02")))
    som = meeting(built, "asean-som")
    assert som.value("start") == "2020-01-15" and som.key == "asean-som|2020-01-15"
    assert som.facts["start"].candidates[0].rule == infer.RULE_YEAR_OF_PREPARED
    jcm = meeting(built, "jcm")
    assert [i["issue"] for i in jcm.issues] == ["prepares-after"]
    assert any(link.out_of_order for link in built.links)


def test_a_year_less_date_takes_the_year_nearest_the_publication():
    m = mention("a", 0, series="amm", start="--12-30", end="--01-02", published="2021-01-05")
    infer.complete_mention(m)
    assert m.filled == {"start": ("2020-12-30", infer.RULE_YEAR_FROM_PUBLICATION),
                        "end": ("2021-01-02", infer.RULE_YEAR_FROM_PUBLICATION)}
    undated = mention("a", 0, series="amm", start="--12-30")
    infer.complete_mention(undated)
    assert not undated.filled


# --- conflicts ----------------------------------------------------------------------------------

def source(article, group=None, confidence=0.8):
    return SourceRef(article, 0, confidence, group or article)


def test_sources_that_disagree_keep_each_value_with_its_sources_and_count():
    fact = merge_values("start", [("2017-07-05", source("a")), ("2017-07-07", source("b")),
                                  ("2017-07-07", source("c")), ("2017-07", source("d"))])
    assert fact.value == "2017-07-07" and fact.conflict
    assert {c.value: c.independent for c in fact.candidates} == {"2017-07-07": 2, "2017-07-05": 1, "2017-07": 1}
    assert {c.value: c.agrees for c in fact.candidates} == {"2017-07-07": True, "2017-07-05": False, "2017-07": True}


def test_a_coarser_value_supports_the_precise_one_without_a_conflict():
    fact = merge_values("start", [("2017-07", source("a")), ("2017-07", source("b")), ("2017-07-07", source("c"))])
    assert fact.value == "2017-07-07" and not fact.conflict
    status = merge_values("status", [("planned", source("a")), ("held", source("b"))])
    assert status.value == "held" and not status.conflict
    outcome = merge_values("status", [("held", source("a")), ("cancelled", source("b")), ("cancelled", source("c"))])
    assert outcome.value == "cancelled" and outcome.conflict


def test_near_duplicate_articles_count_once():
    # Two outlets printing one wire story (group "w") against two independent reports.
    fact = merge_values("city", [("Da Nang", source("w1", "w")), ("Da Nang", source("w2", "w")),
                                 ("Hanoi", source("x")), ("Hanoi", source("y"))])
    assert fact.value == "Hanoi" and fact.conflict
    counts = {c.value: (c.independent, len(c.sources)) for c in fact.candidates}
    assert counts == {"Hanoi": (2, 2), "Da Nang": (1, 2)}


def test_confidence_grows_with_independent_agreeing_sources_and_falls_with_dissent():
    one = merge_values("city", [("Hanoi", source("a", confidence=0.6))])
    two = merge_values("city", [("Hanoi", source("a", confidence=0.6)), ("Hanoi", source("b", confidence=0.6))])
    copied = merge_values("city", [("Hanoi", source("a", "g", 0.6)), ("Hanoi", source("b", "g", 0.6))])
    disputed = merge_values("city", [("Hanoi", source("a", confidence=0.6)), ("Hanoi", source("b", confidence=0.6)),
                                     ("Hue", source("c", confidence=0.6))])
    assert one.confidence == copied.confidence < two.confidence
    assert disputed.confidence < two.confidence


def test_the_chair_table_outweighs_an_article_naming_another_chair_and_the_conflict_is_kept():
    from summitgraph.kb.build.chairs import resolve_chairs

    chairs = {c.year: c for c in resolve_chairs([
        mention("a", 0, kind="chair", country="VN", year=2020, theme="Gắn kết và chủ động thích ứng"),
        mention("b", 0, kind="chair", country="TH", year=2020, theme=None),
        mention("c", 0, kind="chair", country="XX", year=1999, theme=None)])}
    year = chairs[2020]
    assert year.country.value == "VN" and year.country.conflict
    assert {c.value: (c.independent, c.rule) for c in year.country.candidates} == {
        "VN": (1, infer.RULE_CHAIR_TABLE), "TH": (1, None)}
    assert year.theme.value == "Gắn kết và chủ động thích ứng" and not year.theme.conflict
    assert chairs[1999].country.value == "XX" and not chairs[1999].country.conflict   # no registry row
    assert chairs[2024].country.value == "LA" and chairs[2024].articles == []           # registry only
