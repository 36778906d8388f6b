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


# --- search ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["da nang", "Đà Nẵng", "DA NANG", "đà nẵng"])
def test_search_folds_diacritics_and_d_bar(client, query):
    hits = client.get("/api/search", params={"q": query}).json()["items"]
    assert DANANG in [h["key"] for h in hits if h["kind"] == "article"]


def test_search_for_unaccented_phrase_finds_the_accented_title(client):
    hits = client.get("/api/search", params={"q": "hoi nghi cap cao"}).json()["items"]
    labels = [h["label"] for h in hits]
    assert any("Hội nghị Cấp cao" in (label or "") for label in labels)


@pytest.mark.parametrize("query", ["'; DROP TABLE articles; --", "\" OR 1=1", "NEAR(a b)", "*", "a AND"])
def test_search_never_interprets_query_syntax(client, query):
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert client.get("/api/articles").json()["total"] == 5


def test_nul_in_a_query_is_a_bad_request_not_a_crash(client):
    response = client.get("/api/search", params={"q": "da\x00nang"})
    assert response.status_code == 400 and "NUL" in response.json()["reason"]


# --- corrections and tokens --------------------------------------------------------------------------

CORRECTION = {"target_kind": "meeting", "target_key": "amm#55", "field": "city", "value": "Phnom Penh",
              "note": "checked against the communiqué"}


def test_writing_without_a_token_is_refused(client):
    response = client.post("/api/corrections", json=CORRECTION)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized" and "token" in response.json()["reason"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_writing_with_an_unknown_token_is_refused(client):
    response = client.post("/api/corrections", json=CORRECTION, headers=auth("not-the-right-token-000000"))
    assert response.status_code == 401 and "not valid" in response.json()["reason"]


def test_correction_with_a_token_is_logged_under_the_token_name(client):
    created = client.post("/api/corrections", json=CORRECTION, headers=auth())
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["author"] == TOKEN_NAME and body["value"] == "Phnom Penh" and body["action"] == "set"
    listed = client.get("/api/corrections", params={"target_kind": "meeting", "target_key": "amm#55"}).json()
    assert body["id"] in [c["id"] for c in listed["items"]]


def test_token_header_alternative_is_accepted(client):
    response = client.post("/api/corrections", json={**CORRECTION, "value": "Phnom Pênh"},
                           headers={"X-SummitGraph-Token": TOKEN})
    assert response.status_code == 201


def test_set_without_a_field_is_a_bad_request(client):
    response = client.post("/api/corrections", json={**CORRECTION, "field": None}, headers=auth())
    assert response.status_code == 400 and "field" in response.json()["reason"]


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
