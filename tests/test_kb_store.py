"""The knowledge base in the store, on every backend (SQLite always, PostgreSQL when SUMMITGRAPH_TEST_PG is
set: `eval "$(scripts/postgres.sh start)"`): rebuild, queries, dossiers, corrections, exports."""
from __future__ import annotations

import csv
import io
import json

import pytest
from test_kb_fixtures import TALKS_BODY, all_readings, make_article, talks_reading

from summitgraph import kb
from summitgraph.errors import NotFoundError
from summitgraph.kb.build.corrections import CorrectionError
from summitgraph.store import open_store





@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        for reading in all_readings():
            opened.add_article(reading.article, reading, extractor_version="test")
        yield opened


@pytest.fixture
def built(store):
    summary = kb.rebuild(store)
    return store, summary


# --- rebuild ------------------------------------------------------------------------------------

def test_rebuild_merges_mentions_into_meetings_and_people_and_counts_a_wire_copy_once(built):
    store, summary = built
    assert summary.articles == 7 and summary.duplicate_groups == 1 and summary.duplicate_articles == 1
    assert (summary.meeting_mentions, summary.meetings) == (8, 5)
    assert summary.people < summary.person_mentions
    assert summary.links == 1
    summit = kb.get_meeting(store, "asean-summit#37")
    assert summit["article_count"] == 3 and summit["source_count"] == 2
    # The registry says 12-15 November in Hanoi; the articles wrote the opening day as a one-day meeting, and
    # one put it in Da Nang: both disagreements are flagged, the registry's values chosen.
    assert summit["city"] == "Hanoi" and summit["end"] == "2020-11-15"
    assert summit["conflicts"] == ["end", "city"]
    city = summit["facts"]["city"]
    # Hanoi: two articles, one story (the wire copy counts once); Da Nang: one article.
    assert {v["value"]: (v["count"], v["articles"]) for v in city["values"]} == {"Hanoi": (1, 2), "Da Nang": (1, 1)}
    assert kb.status(store)["summary"]["meetings"] == 5


def test_a_meeting_dossier_has_sources_people_documents_chain_and_a_cited_summary(built):
    store, _ = built
    summit = kb.get_meeting(store, "asean-summit#37")
    assert [s["article"] for s in summit["sources"]] == ["hncc37-a.txt", "hncc37-c.txt", "hncc37-b.txt"]
    heads = {h["country"]: h["name"] for h in summit["delegation_heads"]}
    assert heads == {"VN": "Nguyễn Xuân Phúc", "KH": "Hun Sen", "ASEAN": "Lim Jock Hoi"}
    links = {p["name"]: p["link"] for p in summit["participants"]}
    # Named with the summit in one sentence, or elsewhere in a story whose headline is the summit.
    assert links == {"Nguyễn Xuân Phúc": "sentence", "Hun Sen": "article", "Lim Jock Hoi": "article"}
    assert [d["name"] for d in summit["documents"]] == ["Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025"]
    assert summit["summary"] and all(item["article"] in {"hncc37-a.txt", "hncc37-b.txt", "hncc37-c.txt"}
                                     for item in summit["summary"])
    first = summit["summary"][0]
    article = store.get_article(first["article"]).article
    assert article.text[first["span"][0]:first["span"][1]] == first["text"]      # the article's own words
    assert "[hncc37-" in summit["summary_text"]
    retreat = kb.get_meeting(store, "amm-retreat|2020-01-16")
    assert [m["key"] for m in retreat["prepared_by"]] == ["asean-som|2020-01-15"]
    assert retreat["chair"] == "VN" and retreat["inferred"]["chair"]["rule"] == "chair-of-year"
    som = kb.get_meeting(store, "asean-som|2020-01-15")
    assert som["completed"]["start"]["rule"] == "year-from-publication"
    assert kb.get_meeting(store, str(summit["id"]))["key"] == "asean-summit#37"     # a row id works too


def test_listing_filters_by_series_year_and_country(built):
    store, _ = built
    assert [m.key for m in kb.list_meetings(store, series="asean-summit")] == ["asean-summit#37"]
    assert {m.key for m in kb.list_meetings(store, year=2022)} == {"bilateral-talks|KH-VN|2022-06-20",
                                                                     "bilateral-talks|KH-VN|2022-03-10"}
    assert [m.key for m in kb.list_meetings(store, year=2022, country="Campuchia")] == [
        "bilateral-talks|KH-VN|2022-06-20"]
    assert kb.count_meetings(store) == 5
    page = kb.list_meetings(store, limit=2, offset=1)
    assert [m.key for m in page] == [m.key for m in kb.list_meetings(store)][1:3]
    assert json.loads(json.dumps(page[0].to_json()))["key"] == page[0].key


def test_a_person_is_found_by_any_spelling_with_a_role_history(built):
    store, _ = built
    for query in ("Nguyễn Xuân Phúc", "nguyen xuan phuc", "Ông Nguyen Xuan Phuc", "Phúc Nguyễn Xuân",
                  "nguyen-xuan-phuc"):
        assert kb.get_person(store, query)["key"] == "nguyen-xuan-phuc", query
    phuc = kb.get_person(store, "nguyen xuan phuc")
    roles = {r["position"]: r for r in phuc["roles"]}
    assert roles["Thủ tướng"]["last_seen"] == "2020-11-12"   # the 13 November article gives him no title
    assert roles["Chủ tịch nước"]["first_seen"] == "2022-03-10"
    assert {m["key"] for m in phuc["meetings"]} == {"asean-summit#37", "bilateral-talks|KH-VN|2022-03-10"}
    sokhonn = kb.get_person(store, "Samdech Prak Sokhonn")
    assert sokhonn["key"] == "prak-sokhonn" and sokhonn["mention_count"] == 3
    with pytest.raises(NotFoundError):
        kb.get_person(store, "Người Không Có")
    assert [(p.key, p.mention_count) for p in kb.list_people(store, country="KH")] == [
        ("hun-sen", 3), ("prak-sokhonn", 3)]


def test_chair_year_and_timeline(built):
    store, _ = built
    year = kb.chair_year(store, 2020)
    assert year["country"] == "VN" and year["theme"] == "Gắn kết và chủ động thích ứng"
    assert {m["key"] for m in year["meetings"]} == {"asean-summit#37", "asean-som|2020-01-15",
                                                     "amm-retreat|2020-01-16"}
    assert kb.chair_year(store, 2024)["country"] == "LA"          # from the registry alone
    with pytest.raises(NotFoundError):
        kb.chair_year(store, 1950)
    timeline = kb.timeline(store)
    assert [(y["year"], y["count"]) for y in timeline] == [(2020, 3), (2022, 2)]
    assert [m["key"] for m in timeline[0]["meetings"]][0] == "asean-som|2020-01-15"


def test_search_folds_diacritics_and_d_over_meetings_people_documents_and_articles(built):
    store, _ = built
    found = kb.search(store, "hoi nghi cap cao")
    # Every word matches the SOM too ("Hội nghị Quan chức Cao cấp"); the phrase itself ranks the summit first.
    assert [m["key"] for m in found["meetings"]] == ["asean-summit#37", "asean-som|2020-01-15"]
    assert {a["key"] for a in found["articles"]} >= {"hncc37-a.txt", "hncc37-b.txt"}
    assert [p["key"] for p in kb.search(store, "dung nguyen")["people"]] == ["nguyen-quoc-dung"]
    assert kb.search(store, "Đà Nẵng")["articles"][0]["key"] == "hncc37-b.txt"
    assert [d["key"] for d in kb.search(store, "tuyen bo ha noi")["documents"]]
    assert kb.search(store, "%_'") ["meetings"] == []


# --- corrections --------------------------------------------------------------------------------

def test_a_correction_is_applied_logged_and_survives_a_reingest_and_a_rebuild(built):
    store, _ = built
    key = "bilateral-talks|KH-VN|2022-06-20"
    corrected = kb.correct(store, "meeting", key, "city", "Siem Reap", author="Lan")
    assert corrected["city"] == "Siem Reap"
    assert corrected["facts"]["city"]["corrected"]["previous"] == "Phnom Penh"
    assert corrected["corrections"][0]["author"] == "Lan" and corrected["corrections"][0]["at"]
    assert [m.key for m in kb.list_meetings(store, series="bilateral-talks") if m.city == "Siem Reap"] == [key]
    # The article is re-ingested with new text (a new version, re-extracted), then the kb is rebuilt.
    edited = talks_reading(TALKS_BODY + " Hai bên cũng trao đổi về tình hình khu vực.")
    assert store.add_article(edited.article, edited, extractor_version="test-2") == "updated"
    kb.rebuild(store)
    after = kb.get_meeting(store, key)
    assert after["city"] == "Siem Reap"
    assert kb.list_meetings(store, series="bilateral-talks", country="KH")[0].city == "Siem Reap"
    assert kb.status(store)["summary"]["corrections_applied"] == 1


def test_corrections_survive_deleting_every_article_and_ingesting_them_again(built):
    store, _ = built
    kb.correct(store, "meeting", "asean-summit#37", "format", "hybrid", author="Lan", note="per the programme")
    kb.correct(store, "person", "Nguyễn Quốc Dũng", "country", "VN", author="Lan")
    for reading in all_readings():
        store.delete_article(reading.article.id)
    assert kb.rebuild(store).meetings == 0
    for reading in all_readings():
        store.add_article(reading.article, reading, extractor_version="test-3")
    summary = kb.rebuild(store)
    assert summary.corrections_applied == 2 and summary.corrections_unmatched == 0
    summit = kb.get_meeting(store, "asean-summit#37")
    assert summit["format"] == "hybrid" and summit["corrections"][0]["note"] == "per the programme"
    assert kb.list_meetings(store, series="asean-summit")[0].format == "hybrid"


def test_rejecting_a_value_falls_back_to_the_next_and_rejecting_a_meeting_hides_it(built):
    store, _ = built
    summit = kb.correct(store, "meeting", "asean-summit#37", "city", reject=True, author="Minh")
    assert summit["city"] == "Da Nang"                  # the next candidate
    assert summit["facts"]["city"]["rejected"] == ["Hanoi"]
    kb.correct(store, "meeting", "asean-som|2020-01-15", reject=True, author="Minh", note="not a real SOM")
    assert "asean-som|2020-01-15" not in {m.key for m in kb.list_meetings(store)}
    assert kb.get_meeting(store, "asean-som|2020-01-15")["rejected"]["note"] == "not a real SOM"
    kb.rebuild(store)
    assert "asean-som|2020-01-15" not in {m.key for m in kb.list_meetings(store)}
    assert kb.get_meeting(store, "asean-summit#37")["city"] == "Da Nang"


def test_a_person_correction_and_bad_corrections(built):
    store, _ = built
    corrected = kb.correct(store, "person", "Lim Jock Hoi", "country", "ASEAN", author="Hoa")
    assert corrected["key"] == "lim-jock-hoi" and corrected["country"] == "ASEAN"
    renamed = kb.correct(store, "person", "hun-sen", "name", "Samdech Hun Sen", author="Hoa")
    assert renamed["name"] == "Samdech Hun Sen"
    kb.rebuild(store)
    assert kb.get_person(store, "hun-sen")["name"] == "Samdech Hun Sen"
    with pytest.raises(CorrectionError):
        kb.correct(store, "meeting", "asean-summit#37", "colour", "red", author="Hoa")
    with pytest.raises(CorrectionError):
        kb.correct(store, "meeting", "asean-summit#37", "city", "Hanoi", author=" ")
    with pytest.raises(NotFoundError):
        kb.correct(store, "meeting", "asean-summit#99", "city", "Hanoi", author="Hoa")


# --- exports ------------------------------------------------------------------------------------

@pytest.mark.parametrize("what", ["meetings", "people", "roles", "documents"])
def test_json_lines_round_trip_and_csv_parses_back(built, what):
    store, _ = built
    lines = io.StringIO()
    result = kb.export(store, what, "jsonl", lines)
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert result["records"] == len(records) > 0
    assert records == list(kb.records(store, what))
    table = io.StringIO()
    kb.export(store, what, "csv", table)
    rows = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert len(rows) == len(records)
    key = "person" if what == "roles" else "key"
    assert [r[key] for r in rows] == [str(r[key]) for r in records]


def test_csv_keeps_commas_quotes_and_line_breaks_inside_fields(built, tmp_path):
    store, _ = built
    kb.correct(store, "meeting", "asean-summit#37", "name", 'Hội nghị "37", phiên\nkhai mạc', author="Lan")
    path = tmp_path / "meetings.csv"
    kb.export(store, "meetings", "csv", path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["key"]: row for row in csv.DictReader(handle)}
    assert rows["asean-summit#37"]["name"] == 'Hội nghị "37", phiên\nkhai mạc'
    assert rows["asean-summit#37"]["delegation_heads"].count(";") == 2


def test_wikidata_statements_reference_their_articles(built):
    store, _ = built
    out = io.StringIO()
    result = kb.export(store, "meetings", "wikidata", out)
    blocks = [b for b in out.getvalue().split("CREATE\n") if b]
    assert result["records"] == len(blocks) == 5
    summit = next(b for b in blocks if '"Hội nghị Cấp cao ASEAN lần thứ 37"' in b)
    lines = [line.split("\t") for line in summit.splitlines()]
    by_prop = {cells[1]: cells[2:] for cells in lines}
    assert by_prop["P1545"][0] == '"37"'
    assert by_prop["P276"][0] == "Q1858" and by_prop["P17"][0] == "Q881"
    assert by_prop["P580"][0] == "+2020-11-12T00:00:00Z/11"
    assert by_prop["P580"][1:] == ["S854", '"https://bao-a.vn/hncc37"']
    assert {tuple(cells[2:3]) for cells in lines if cells[1] == "P710"} == {("Q881",), ("Q424",), ("Q7768",)}
    talks = next(b for b in blocks if "2022-06-20" in b)
    assert ".txt" not in out.getvalue()     # a file name is never a reference: no URL, no S854
    assert all(cells[-2:] != ["S854", '""'] for cells in (line.split("\t") for line in talks.splitlines()))
    with pytest.raises(kb.ExportError):
        kb.export(store, "people", "wikidata", io.StringIO())


def test_an_unbuilt_knowledge_base_says_how_to_build_it(store):
    with pytest.raises(NotFoundError) as raised:
        kb.get_meeting(store, "asean-summit#37")
    assert "summitgraph resolve" in raised.value.one_line()
    assert kb.list_meetings(store) == []


def test_a_rebuild_after_deleting_an_article_forgets_its_facts(built):
    store, _ = built
    store.delete_article("hncc37-b.txt")
    kb.rebuild(store)
    summit = kb.get_meeting(store, "asean-summit#37")
    assert summit["conflicts"] == ["end"] and summit["article_count"] == 2


def test_a_new_article_joins_an_existing_meeting_on_rebuild(built):
    store, _ = built
    article = make_article("hoidam-c.txt", "Tin vắn", "Ngày 20/6/2022, hai Bộ trưởng Ngoại giao Việt Nam và "
                           "Campuchia đã hội đàm tại Phnom Penh.", published="2022-06-22")
    from summitgraph.model import MeetingRecord, Reading
    reading = Reading(article=article, meetings=[MeetingRecord(
        series="bilateral-talks", name="hội đàm", parties=["KH", "VN"], start="2022-06-20", end="2022-06-20",
        city="Phnom Penh")], published="2022-06-22")
    store.add_article(article, reading, extractor_version="test")
    kb.rebuild(store)
    assert kb.get_meeting(store, "bilateral-talks|KH-VN|2022-06-20")["article_count"] == 3
