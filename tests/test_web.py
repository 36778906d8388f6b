"""The web pages over a store filled through the real pipeline: escaping, highlights, language, dates,
corrections with CSRF and token."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from browser.corpus import TOKEN, filled_store
from summitgraph.api.app import create_app
from summitgraph.web import csrf

AMM = "amm-55-phnom-penh.txt"
PAYLOAD = "script-payload.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = filled_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}")
    yield store
    store.close()


@pytest.fixture()
def client(store):
    # A fresh client per test: cookies (language, CSRF) never leak from one test to the next.
    with TestClient(create_app(store), follow_redirects=False) as client:
        yield client


# --- escaping ----------------------------------------------------------------------------------------

def test_script_in_title_and_body_is_shown_as_text(client):
    page = client.get(f"/articles/{PAYLOAD}")
    assert page.status_code == 200
    html = page.text
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(&#39;tieu-de&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;than-bai&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_script_payload_stays_escaped_in_lists_and_search(client):
    for url in ("/articles", "/search?q=script", "/search?q=<script>alert(1)</script>"):
        html = client.get(url).text
        assert "<script" not in html.lower(), url


# --- article page ------------------------------------------------------------------------------------

def test_article_page_highlights_every_fact(client, store):
    html = client.get(f"/articles/{AMM}").text
    facts = [f for f in store.facts(article=AMM) if f.evidence and f.evidence.spans]
    for fact in facts:
        assert f'id="f-{fact.id}"' in html
    assert html.count('<mark class="fact') >= len(facts)
    assert "fact-person" in html and "fact-meeting" in html and "fact-document" in html


def test_source_link_marks_the_sentence_it_points_at(client, store):
    person = next(f for f in store.facts(kind="person", article=AMM) if f.record["name"] == "Bùi Thanh Sơn")
    start = min(s.start for s in person.evidence.spans)
    end = max(s.end for s in person.evidence.spans)
    html = client.get(f"/articles/{AMM}", params={"hl": f"{start}-{end}"}).text
    target = re.search(r'<span class="sent target" id="hl"[^>]*>(.*?)</span>', html, re.S)
    assert target is not None
    sentence_text = re.sub(r"<[^>]+>", "", target.group(1))
    assert "Bùi Thanh Sơn" in sentence_text and sentence_text.startswith("Bộ trưởng Ngoại giao")
    assert html.count('id="hl"') == 1


@pytest.mark.parametrize("hl", ["abc", "10-5", "0-999999", "-", "5-"])
def test_a_bad_highlight_still_shows_the_article(client, hl):
    page = client.get(f"/articles/{AMM}", params={"hl": hl})
    assert page.status_code == 200 and 'id="hl"' not in page.text


def test_article_page_shows_quality_flags_and_removed_furniture(client):
    html = client.get(f"/articles/{AMM}").text
    assert "Phần đã lược bỏ" in html
    assert "Thứ Tư, 03/08/2022, 10:15" in html
    assert "Cảnh báo chất lượng" in html


def test_dates_are_shown_the_vietnamese_way(client):
    html = client.get(f"/articles/{AMM}").text
    assert "03/08/2022" in html
    assert "2022-08-03</dd>" not in html


def test_unknown_article_page_is_a_404_page(client):
    page = client.get("/articles/no-such.txt")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no-such.txt" in page.text


# --- language ----------------------------------------------------------------------------------------

def test_language_defaults_to_vietnamese_and_switch_is_remembered(client):
    assert 'lang="vi"' in client.get("/articles").text
    english = client.get("/articles", params={"lang": "en"})
    assert 'lang="en"' in english.text and "Articles" in english.text
    assert english.cookies.get("lang") == "en"
    # The cookie carries the choice to the next page, without the parameter.
    later = client.get(f"/articles/{AMM}")
    assert 'lang="en"' in later.text and "Published" in later.text
    back = client.get("/articles", params={"lang": "vi"})
    assert 'lang="vi"' in back.text and "Bài báo" in back.text


def test_unknown_language_falls_back_to_vietnamese(client):
    page = client.get("/articles", params={"lang": "fr"})
    assert 'lang="vi"' in page.text and "lang" not in page.cookies


def test_language_switch_link_keeps_the_query(client):
    html = client.get("/articles", params={"q": "phnom"}).text
    assert 'href="/articles?q=phnom&amp;lang=en"' in html


# --- timeline, dossiers, chair years -----------------------------------------------------------------

def test_home_shows_the_timeline_by_year_with_charts(client):
    html = client.get("/").text
    for year in ("2020", "2022", "2023"):
        assert f'id="y{year}"' in html
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 2
    places = html.split('<svg xmlns="http://www.w3.org/2000/svg" class="chart"')[2]
    assert "Campuchia" in places and "Phnom Penh" not in places   # one kind of place: host countries
    assert "<script" not in html.lower()


def test_home_lists_the_newest_years_up_to_its_bound_and_links_the_others(client, monkeypatch):
    from summitgraph import kb
    from summitgraph.web import knowledge
    everything = client.get("/").text
    years = re.findall(r'<section class="year" id="y(\d{4})"', everything)
    assert len(years) >= 3 and 'Show this year' not in client.get("/", params={"lang": "en"}).text
    monkeypatch.setattr(knowledge, "HOME_MEETINGS", 1)
    bounded = client.get("/", params={"lang": "en"}).text
    # Every year still has its heading and count; only the newest year's meetings are listed.
    assert re.findall(r'<section class="year" id="y(\d{4})"', bounded) == years
    newest = kb.list_meetings(client.app.state.store, year=int(years[0]), limit=1000)
    assert bounded.split(f'id="y{years[0]}"')[1].split("</section>")[0].count('<li class="meeting"') == len(newest)
    assert f'href="/?year={years[1]}"' in bounded and f'href="/?year={years[0]}"' not in bounded
    assert re.search(r'id="timeline-count">(\d+)', bounded).group(1) == str(kb.count_meetings(client.app.state.store))


def test_home_counts_follow_a_correction(client, store):
    from summitgraph import kb
    before = int(re.search(r'id="timeline-count">(\d+)', client.get("/").text).group(1))
    target = kb.list_meetings(store, limit=1)[0].key
    kb.correct(store, "meeting", target, reject=True, author="test")
    try:
        after = int(re.search(r'id="timeline-count">(\d+)', client.get("/").text).group(1))
        assert after == before - 1 == kb.count_meetings(store)
    finally:
        kb.withdraw(store, store.corrections("meeting", target)[-1].id, author="test")
    assert int(re.search(r'id="timeline-count">(\d+)', client.get("/").text).group(1)) == before


def test_home_filters_by_series_country_and_year(client):
    summits = client.get("/", params={"series": "asean-summit"}).text
    series = set(re.findall(r'data-series="([^"]+)"', summits))
    assert series == {"asean-summit"}
    cambodia = client.get("/", params={"country": "KH", "year": "2022"}).text
    assert set(re.findall(r'data-country="([^"]*)"', cambodia)) == {"KH"}
    assert 'id="y2022"' in cambodia and 'id="y2020"' not in cambodia
    assert '<option value="KH" selected>' in cambodia
    assert client.get("/", params={"year": "", "series": ""}).status_code == 200


def test_meeting_page_links_each_fact_to_its_sentence(client):
    html = client.get("/meetings/amm%2355").text
    row = re.search(r'<tr id="fact-city".*?</tr>', html, re.S).group(0)
    link = re.search(r'href="(/articles/amm-55-phnom-penh.txt\?hl=\d+-\d+#hl)"', row).group(1)
    article = client.get(link.replace("&amp;", "&")).text
    target = re.search(r'<span class="sent target" id="hl"[^>]*>(.*?)</span>', article, re.S).group(1)
    assert "Phnom Penh" in re.sub(r"<[^>]+>", "", target)
    assert "Bùi Thanh Sơn" in html and "/people/bui-thanh-son" in html        # delegation heads
    assert "Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN)" in html             # the preparatory chain
    assert "03/08/2022" in html


def test_person_page_shows_role_history(client):
    html = client.get("/people/pham-minh-chinh").text
    assert "Phạm Minh Chính" in html and "Lịch sử chức vụ" in html and "Thủ tướng" in html
    assert "/meetings/asean-summit%2343" in html


def test_chair_year_page(client):
    html = client.get("/chairs/2023").text
    assert "ASEAN tầm vóc: Tâm điểm tăng trưởng" in html and "Indonesia" in html
    assert "/meetings/asean-summit%2343" in html
    assert client.get("/chairs/2022", params={"lang": "en"}).text.count("Cambodia") >= 1


# --- search page -------------------------------------------------------------------------------------

def test_search_page_folds_diacritics(client):
    html = client.get("/search", params={"q": "da nang"}).text
    assert "Đà Nẵng" in html and "aem-retreat-da-nang.txt" in html and "/meetings/aem%2326" in html
    html = client.get("/search", params={"q": "hoi nghi cap cao"}).text
    assert "Hội nghị Cấp cao" in html


# --- corrections form --------------------------------------------------------------------------------

def form_token(client) -> str:
    page = client.get("/corrections")
    token = client.cookies.get(csrf.COOKIE)
    assert token and f'value="{token}"' in page.text
    return token


def correction_form(csrf_token: str, token: str | None) -> dict[str, str]:
    data = {"target_kind": "meeting", "target_key": "asean-summit#43", "action": "set", "field": "format",
            "value": "hybrid", "note": "<b>kiểm tra</b>", csrf.FIELD: csrf_token}
    if token is not None:
        data["token"] = token
    return data


def test_correction_without_csrf_token_is_refused(client, store):
    before = len(store.corrections())
    form_token(client)
    response = client.post("/corrections", data=correction_form("", TOKEN))
    assert response.status_code == 403 and "security token" in response.text
    assert len(store.corrections()) == before


def test_correction_with_a_forged_csrf_token_is_refused(client):
    forged = "abc.0123456789abcdef0123456789abcdef"
    client.cookies.set(csrf.COOKIE, forged)
    response = client.post("/corrections", data=correction_form(forged, TOKEN))
    assert response.status_code == 403


def test_correction_without_write_token_is_refused_and_nothing_is_written(client, store):
    before = len(store.corrections())
    response = client.post("/corrections", data=correction_form(form_token(client), None))
    assert response.status_code == 401
    assert "Bị từ chối" in response.text and "token" in response.text
    assert len(store.corrections()) == before


def test_correction_with_both_tokens_is_applied_and_shown_on_its_page(client, store):
    before = len(store.corrections())
    response = client.post("/corrections", data=correction_form(form_token(client), TOKEN))
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert location.startswith("/meetings/asean-summit%2343?corrected=")
    assert len(store.corrections()) == before + 1
    latest = store.corrections()[-1]
    assert (latest.field, latest.value, latest.author) == ("format", "hybrid", "reviewer")
    page = client.get(location).text
    assert "Đã lưu đính chính" in page
    value_cell = re.search(r'<tr id="fact-format"[^>]*>.*?<td class="value">(.*?)</td>', page, re.S).group(1)
    assert "Kết hợp trực tiếp và trực tuyến" in value_cell and "reviewer" in value_cell
    assert "&lt;b&gt;kiểm tra&lt;/b&gt;" in client.get("/corrections").text


def test_an_invalid_correction_is_refused_with_its_reason(client):
    data = {**correction_form(form_token(client), TOKEN), "field": "format", "value": "by carrier pigeon"}
    response = client.post("/corrections", data=data)
    assert response.status_code == 400 and "by carrier pigeon" in response.text


def test_correction_form_is_prefilled_from_the_query(client):
    html = client.get("/corrections", params={"target_kind": "person", "target_key": "bui-thanh-son",
                                              "field": "country"}).text
    assert 'value="bui-thanh-son"' in html and 'value="country"' in html
    assert '<option value="person" selected>' in html
