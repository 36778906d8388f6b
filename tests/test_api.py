"""The REST API over a store filled through the real pipeline from articles written for these tests."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from browser.corpus import TOKEN, TOKEN_NAME, filled_store
from summitgraph.api.app import create_app

DANANG = "aem-retreat-da-nang.txt"
AMM = "amm-55-phnom-penh.txt"
PAYLOAD = "script-payload.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = filled_store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store, max_body=4096)) as client:
        yield client


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- articles ----------------------------------------------------------------------------------------

def test_articles_are_listed_newest_first_with_paging(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 5 and first["limit"] == 2 and len(first["items"]) == 2
    published = [a["published"] for a in first["items"]]
    assert published == sorted(published, reverse=True)
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert {a["key"] for a in first["items"]}.isdisjoint(a["key"] for a in second["items"])


def test_article_filter_folds_diacritics(client):
    found = client.get("/api/articles", params={"q": "da nang"}).json()
    assert [a["key"] for a in found["items"]] == [DANANG]
    assert found["items"][0]["link"] == f"/articles/{DANANG}"


def test_article_carries_text_quality_removed_furniture_and_facts(client):
    article = client.get(f"/api/articles/{AMM}").json()
    assert article["title"] == "Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55"
    assert article["published"] == "2022-08-03"
    assert article["text"].startswith(article["title"])
    assert isinstance(article["quality"], list)
    # The dateline was page furniture: removed from the text, kept in the list of what was removed.
    assert any("03/08/2022" in r["text"] for r in article["removed"])
    assert "03/08/2022" not in article["text"]
    meetings = [f for f in article["facts"] if f["kind"] == "meeting"]
    assert {m["record"]["series"] for m in meetings} >= {"amm", "asean-som"}


def test_every_fact_quotes_the_text_its_spans_cover(client):
    article = client.get(f"/api/articles/{AMM}").json()
    text = article["text"]
    with_spans = [f for f in article["facts"] if f["spans"]]
    assert with_spans
    for fact in with_spans:
        assert fact["quote"] == " … ".join(text[s:e] for s, e in fact["spans"])
        sentence = fact["sentence"]
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
        assert sentence["start"] <= min(s for s, _ in fact["spans"])
        lo, hi = min(s for s, _ in fact["spans"]), max(e for _, e in fact["spans"])
        assert fact["link"] == f"/articles/{AMM}?hl={lo}-{hi}#hl"


def test_unknown_article_is_a_json_404_with_a_reason(client):
    response = client.get("/api/articles/no-such-article.txt")
    assert response.status_code == 404
    body = response.json()
    assert body["error"] == "not_found" and "no-such-article.txt" in body["reason"]


# --- facts -------------------------------------------------------------------------------------------

def test_facts_filter_by_kind_and_article(client):
    people = client.get("/api/facts", params={"kind": "person", "article": AMM}).json()
    names = {f["record"]["name"] for f in people["items"]}
    assert names == {"Prak Sokhonn", "Bùi Thanh Sơn"}
    assert all(f["article"] == AMM and f["extractor"] and f["version"] for f in people["items"])
    assert people["total"] == 2


def test_facts_page_through_everything(client):
    total = client.get("/api/facts", params={"limit": 1}).json()["total"]
    seen = []
    for offset in range(0, total, 7):
        seen += [f["id"] for f in client.get("/api/facts", params={"limit": 7, "offset": offset}).json()["items"]]
    assert len(seen) == len(set(seen)) == total


def test_unknown_fact_kind_is_refused_with_a_reason(client):
    response = client.get("/api/facts", params={"kind": "rumour"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request" and "kind" in response.json()["reason"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100000}, {"offset": -1}])
def test_paging_bounds_are_enforced(client, params):
    response = client.get("/api/articles", params=params)
    assert response.status_code == 422 and response.json()["reason"]


# --- knowledge base ----------------------------------------------------------------------------------

def test_meetings_filter_by_series_year_and_country(client):
    summits = client.get("/api/meetings", params={"series": "asean-summit"}).json()
    # The 40th and 41st, held together in Phnom Penh and told in one article, are two records.
    assert {m["key"] for m in summits["items"]} == {"asean-summit#40", "asean-summit#41", "asean-summit#42",
                                                    "asean-summit#43", "asean-summit#36"}
    assert summits["total"] == 5
    cambodia = client.get("/api/meetings", params={"country": "Campuchia", "year": 2022}).json()
    assert {m["key"] for m in cambodia["items"]} >= {"asean-summit#40", "amm#55"}
    assert all(m["country"] == "KH" and m["year"] == 2022 for m in cambodia["items"])
    assert all(m["link"] == "/meetings/" + m["key"].replace("#", "%23").replace("|", "%7C")
               for m in cambodia["items"])


def test_paging_meetings_with_the_cursor_yields_every_meeting_once_in_order(client):
    everything = client.get("/api/meetings", params={"limit": 1000}).json()
    assert everything["next_cursor"] is None and len(everything["items"]) == everything["total"] >= 6
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/meetings", params=params).json()
        seen += [m["key"] for m in page["items"]]
        cursor, pages = page["next_cursor"], pages + 1
        if cursor is None:
            break
    assert seen == [m["key"] for m in everything["items"]]
    assert pages == (everything["total"] + 1) // 2
    # The offset still pages the same list.
    by_offset = [m["key"] for offset in range(0, everything["total"], 3)
                 for m in client.get("/api/meetings", params={"limit": 3, "offset": offset}).json()["items"]]
    assert by_offset == seen


def test_a_cursor_keeps_the_filters_and_a_bad_cursor_is_a_400(client):
    first = client.get("/api/meetings", params={"year": 2022, "limit": 1}).json()
    second = client.get("/api/meetings", params={"year": 2022, "limit": 1, "cursor": first["next_cursor"]}).json()
    assert second["items"] and all(m["year"] == 2022 for m in first["items"] + second["items"])
    for bad in ("not-a-cursor", "WyJ4Il0", "e30"):   # garbage, a one-item list, an object
        response = client.get("/api/meetings", params={"cursor": bad})
        assert response.status_code == 400 and "cursor" in response.json()["reason"]
    both = client.get("/api/meetings", params={"cursor": first["next_cursor"], "offset": 1})
    assert both.status_code == 400 and both.json()["error"] == "bad_request"


def test_meeting_dossier_cites_the_sentence_of_each_value(client):
    dossier = client.get("/api/meetings/amm%2355").json()
    assert dossier["name"].startswith("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55")
    assert (dossier["city"], dossier["country"], dossier["start"]) == ("Phnom Penh", "KH", "2022-08-03")
    city = dossier["provenance"]["city"][0]
    assert city["value"] == "Phnom Penh"
    cite = city["sources"][0]
    assert cite["article"] == AMM and "Phnom Penh" in cite["quote"]
    start, end = map(int, cite["link"].split("hl=")[1].split("#")[0].split("-"))
    text = client.get(f"/api/articles/{AMM}").json()["text"]
    assert "Phnom Penh" in text[start:end]
    # The date's citation lands on the words that state it ("3/8"), not just anywhere in the record.
    date_cite = dossier["provenance"]["start"][0]["sources"][0]
    s, e = map(int, date_cite["link"].split("hl=")[1].split("#")[0].split("-"))
    assert "3/8" in text[s:e]


def test_a_dossier_counts_its_sources_and_a_person_their_meetings(client):
    dossier = client.get("/api/meetings/amm%2355").json()
    assert dossier["source_total"] == len(dossier["sources"]) >= 1
    person = client.get("/api/people", params={"limit": 1}).json()["items"][0]
    found = client.get(person["link"].replace("/people/", "/api/people/")).json()
    assert found["meeting_total"] == len(found["meetings"]) >= 1


def test_meeting_dossier_has_heads_chain_and_summary(client):
    dossier = client.get("/api/meetings/amm%2355").json()
    heads = {p["name"]: p for p in dossier["delegation_heads"]}
    assert "Bùi Thanh Sơn" in heads and heads["Bùi Thanh Sơn"]["link"] == "/people/bui-thanh-son"
    assert [m["series"] for m in dossier["prepared_by"]] == ["asean-som"]
    assert dossier["prepared_by"][0]["link"].startswith("/meetings/asean-som")
    assert dossier["summary"] and dossier["summary"][0]["cite"]["link"].startswith(f"/articles/{AMM}?hl=")


def test_unknown_meeting_is_a_404_with_a_reason(client):
    response = client.get("/api/meetings/asean-summit%23999")
    assert response.status_code == 404 and "asean-summit#999" in response.json()["reason"]


def test_timeline_groups_meetings_by_year(client):
    years = client.get("/api/timeline").json()["years"]
    assert [y["year"] for y in years] == sorted(y["year"] for y in years)
    assert {2020, 2022, 2023} <= {y["year"] for y in years}
    assert all(y["count"] == len(y["meetings"]) for y in years)
    only_2023 = client.get("/api/timeline", params={"start_year": 2023, "end_year": 2023}).json()["years"]
    assert [y["year"] for y in only_2023] == [2023]


def test_people_and_person_by_any_spelling(client):
    people = client.get("/api/people", params={"q": "pham minh chinh"}).json()["items"]
    assert [p["name"] for p in people] == ["Phạm Minh Chính"]
    by_name = client.get("/api/people/Pham Minh Chinh").json()
    assert by_name["key"] == "pham-minh-chinh" and by_name["country"] == "VN"
    assert any(r["title"] == "Thủ tướng" for r in by_name["roles"])
    assert {m["key"] for m in by_name["meetings"]} >= {"asean-summit#40", "asean-summit#43"}


def test_chair_year_with_theme_sources_and_meetings(client):
    chair = client.get("/api/chairs/2022").json()
    assert chair["country"] == "KH" and chair["theme"] == "ASEAN hành động: Cùng ứng phó các thách thức"
    assert any(c["article"] == "cap-cao-asean-40-41-phnom-penh.txt"
               for v in chair["provenance"]["theme"] for c in v["sources"])
    assert {m["key"] for m in chair["meetings"]} >= {"asean-summit#40", "amm#55"}
    assert client.get("/api/chairs/1990").status_code == 404
    years = [c["year"] for c in client.get("/api/chairs").json()["items"]]
    assert 2022 in years and years == sorted(years, reverse=True)


def test_documents(client):
    docs = client.get("/api/documents", params={"q": "dong thuan"}).json()["items"]
    assert docs and docs[0]["name"].startswith("Đồng thuận 5 điểm")
    dossier = client.get(docs[0]["link"].replace("/documents/", "/api/documents/")).json()
    assert dossier["sources"][0]["cite"]["link"].startswith(f"/articles/{AMM}?hl=")


# --- search ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["da nang", "Đà Nẵng", "DA NANG", "đà nẵng"])
def test_search_folds_diacritics_and_d_bar(client, query):
    found = client.get("/api/search", params={"q": query}).json()
    assert DANANG in [a["key"] for a in found["articles"]]
    assert "aem#26" in [m["key"] for m in found["meetings"]]


def test_search_for_unaccented_phrase_finds_the_accented_names(client):
    found = client.get("/api/search", params={"q": "hoi nghi cap cao"}).json()
    assert any("Hội nghị Cấp cao" in m["name"] for m in found["meetings"])
    assert any("Hội nghị Cấp cao" in (a["label"] or "") for a in found["articles"])


@pytest.mark.parametrize("query", ["'; DROP TABLE articles; --", "\" OR 1=1", "NEAR(a b)", "*", "a AND", "%", "_"])
def test_search_never_interprets_query_syntax(client, query):
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    found = response.json()
    # Only the words count: the same search written as plain words finds exactly the same.
    plain = client.get("/api/search", params={"q": " ".join(found["words"]) or "-"}).json()
    for kind in ("meetings", "people", "documents", "articles"):
        assert [x["key"] for x in found[kind]] == [x["key"] for x in plain[kind]]
    assert client.get("/api/articles").json()["total"] == 5


def test_nul_in_a_query_is_a_bad_request_not_a_crash(client):
    response = client.get("/api/search", params={"q": "da\x00nang"})
    assert response.status_code == 400 and "NUL" in response.json()["reason"]


# --- corrections and tokens --------------------------------------------------------------------------

CORRECTION = {"target_kind": "meeting", "target_key": "asean-summit#42", "field": "city", "value": "Labuan Bajo",
              "note": "checked against the chair's statement"}


def test_writing_without_a_token_is_refused(client):
    response = client.post("/api/corrections", json=CORRECTION)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized" and "token" in response.json()["reason"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_writing_with_an_unknown_token_is_refused(client):
    response = client.post("/api/corrections", json=CORRECTION, headers=auth("not-the-right-token-000000"))
    assert response.status_code == 401 and "not valid" in response.json()["reason"]


def test_correction_with_a_token_is_applied_at_once(client):
    body = {**CORRECTION, "field": "format", "value": "hybrid"}
    created = client.post("/api/corrections", json=body, headers=auth())
    assert created.status_code == 201, created.text
    result = created.json()
    assert result["target_key"] == "asean-summit#42" and result["link"] == "/meetings/asean-summit%2342"
    assert result["correction"]["author"] == TOKEN_NAME and result["correction"]["value"] == "hybrid"
    dossier = client.get("/api/meetings/asean-summit%2342").json()
    assert dossier["format"] == "hybrid"
    assert dossier["facts"]["format"]["corrected"]["author"] == TOKEN_NAME
    listed = client.get("/api/corrections", params={"target_kind": "meeting", "target_key": "asean-summit#42"})
    assert result["correction"]["id"] in [c["id"] for c in listed.json()["items"]]


def test_correction_value_text_is_read_as_the_field_type(client):
    created = client.post("/api/corrections", json={**CORRECTION, "field": "ordinal", "value": "42"},
                          headers={"X-SummitGraph-Token": TOKEN})
    assert created.status_code == 201 and created.json()["correction"]["value"] == 42


def test_correction_of_an_unknown_field_or_target_is_refused(client):
    unknown = client.post("/api/corrections", json={**CORRECTION, "field": "weather"}, headers=auth())
    assert unknown.status_code == 422 and "field" in unknown.json()["reason"]
    # "city" is a meeting's field, not a person's: the schema cannot say so, the knowledge base does.
    wrong_kind = client.post("/api/corrections", headers=auth(), json={
        "target_kind": "person", "target_key": "bui-thanh-son", "field": "city", "value": "Hà Nội"})
    assert wrong_kind.status_code == 400 and "city" in wrong_kind.json()["reason"]
    bad_value = client.post("/api/corrections", json={**CORRECTION, "field": "format", "value": "by pigeon"},
                            headers=auth())
    assert bad_value.status_code == 400 and "by pigeon" in bad_value.json()["reason"]
    missing = client.post("/api/corrections", json={**CORRECTION, "target_key": "amm#999"}, headers=auth())
    assert missing.status_code == 404
    no_field = client.post("/api/corrections", json={**CORRECTION, "field": None}, headers=auth())
    assert no_field.status_code == 400


def test_unknown_body_fields_are_refused(client):
    response = client.post("/api/corrections", json={**CORRECTION, "admin": True}, headers=auth())
    assert response.status_code == 422


def test_oversized_body_is_refused_before_parsing(client):
    big = {**CORRECTION, "note": "x" * 5000}
    response = client.post("/api/corrections", json=big, headers=auth())
    assert response.status_code == 413 and response.json()["error"] == "too_large"


def test_oversized_body_without_length_is_refused(client):
    def chunks():
        for _ in range(10):
            yield b"x" * 1000

    response = client.post("/api/corrections", content=chunks(),
                           headers={**auth(), "Content-Type": "application/json"})
    assert response.status_code == 413


# --- the app as a whole ------------------------------------------------------------------------------

def test_every_endpoint_is_documented(client):
    spec = client.get("/openapi.json").json()
    operations = [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
    assert len(operations) >= 8
    for path, method, op in operations:
        assert path.startswith("/api/"), path
        assert op.get("summary"), f"{method} {path} has no summary"
        assert op.get("description"), f"{method} {path} has no description"


def test_docs_page_lists_every_endpoint_and_loads_nothing_from_elsewhere(client):
    spec = client.get("/openapi.json").json()
    page = client.get("/docs")
    assert page.status_code == 200
    for path in spec["paths"]:
        assert path in page.text
    assert "cdn" not in page.text.lower()
    assert "<script src=\"http" not in page.text


def test_security_headers_on_api_and_pages(client):
    for url in ("/api/health", f"/articles/{AMM}"):
        headers = client.get(url).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_stats_and_health(client):
    assert client.get("/api/health").json() == {"status": "ok", "articles": 5}
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 5 and stats["facts"]["meeting"] >= 6


def test_titles_come_back_as_data_not_markup(client):
    article = client.get(f"/api/articles/{PAYLOAD}").json()
    assert "<script>" in article["title"]     # JSON returns the text as written...
    assert client.get(f"/api/articles/{PAYLOAD}").headers["content-type"].startswith("application/json")
    assert json.loads(client.get(f"/api/articles/{PAYLOAD}").text)["key"] == PAYLOAD
