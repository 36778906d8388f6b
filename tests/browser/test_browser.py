"""The site in a real browser: timeline and filters, a dossier, a source link to its highlighted sentence,
folded search, corrections with and without a token, escaping, the language switch."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def test_home_shows_the_timeline_and_charts(page, shot):
    page.goto(page.base_url + "/")
    expect(page.locator("h1")).to_have_text("Dòng thời gian các hội nghị")
    expect(page.locator("svg.chart")).to_have_count(2)
    expect(page.locator("#y2022")).to_be_visible()
    expect(page.locator("#y2022 li.meeting")).not_to_have_count(0)
    shot("home")


def test_filtering_the_timeline(page, shot):
    page.goto(page.base_url + "/")
    everything = page.locator("li.meeting").count()
    page.select_option("#f-series", "asean-summit")
    page.click("#timeline-filters button[type=submit]")
    expect(page).to_have_url(re.compile(r"series=asean-summit"))
    meetings = page.locator("li.meeting")
    expect(meetings).not_to_have_count(0)
    assert meetings.count() < everything
    assert set(meetings.evaluate_all("els => els.map(e => e.dataset.series)")) == {"asean-summit"}
    page.select_option("#f-country", "KH")
    page.click("#timeline-filters button[type=submit]")
    # The 40th and 41st Summits, held together in Phnom Penh: two records.
    expect(page.locator("li.meeting")).to_have_count(2)
    hrefs = page.locator("li.meeting a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert sorted(hrefs) == ["/meetings/asean-summit%2340", "/meetings/asean-summit%2341"]
    expect(page.locator("li.meeting a").first).to_contain_text("Hội nghị Cấp cao ASEAN lần thứ 4")
    shot("timeline-filtered")


def test_meeting_dossier_source_link_leads_to_the_highlighted_sentence(page, shot):
    page.goto(page.base_url + "/")
    page.click("text=Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55)")
    expect(page.locator("h1")).to_have_text("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55)")
    expect(page.locator("#m-dates")).to_have_text("03/08/2022")
    expect(page.locator("text=Bùi Thanh Sơn").first).to_be_visible()
    expect(page.locator("#chain")).to_contain_text("Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN)")
    shot("meeting-dossier")
    page.locator("#fact-city a.cite").first.click()
    expect(page).to_have_url(re.compile(r"/articles/amm-55-phnom-penh\.txt\?hl=\d+-\d+#hl$"))
    target = page.locator("#hl")
    expect(target).to_have_class(re.compile(r"\btarget\b"))
    expect(target).to_contain_text("Phnom Penh")
    expect(target).to_be_in_viewport()
    expect(target.locator("mark.hl").first).to_be_visible()
    shot("source-sentence")


def test_search_folds_diacritics(page, shot):
    page.goto(page.base_url + "/")
    page.fill("form.search input[name=q]", "hoi nghi cap cao")
    page.press("form.search input[name=q]", "Enter")
    expect(page.locator("#results-meetings")).to_contain_text("Hội nghị Cấp cao")
    shot("search-hoi-nghi-cap-cao")
    page.fill("form.search input[name=q]", "da nang")
    page.press("form.search input[name=q]", "Enter")
    expect(page.locator("main")).to_contain_text("Đà Nẵng")
    expect(page.locator("#results-articles")).to_contain_text("diễn ra tại Đà Nẵng")
    shot("search-da-nang")


def open_correction_form(page):
    page.goto(page.base_url + "/meetings/asean-summit%2342")
    expect(page.locator("#fact-status td.value")).to_contain_text("Đã diễn ra")
    page.click("text=Gửi đính chính")
    expect(page.locator("#c-key")).to_have_value("asean-summit#42")
    page.fill("#c-field", "status")
    page.fill("#c-value", "cancelled")
    page.fill("#c-note", "kiểm tra bằng trình duyệt")


def test_correction_without_a_token_is_refused(page, shot):
    open_correction_form(page)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("form.correction button[type=submit]")
    assert posted.value.status == 401
    expect(page.locator(".notice.refused")).to_contain_text("Bị từ chối")
    shot("correction-refused")
    page.goto(page.base_url + "/meetings/asean-summit%2342")
    expect(page.locator("#fact-status td.value")).not_to_contain_text("Bị hủy")


def test_correction_with_a_token_is_applied(page, shot, live_server):
    from browser.corpus import TOKEN

    open_correction_form(page)
    page.fill("#c-token", TOKEN)
    page.click("form.correction button[type=submit]")
    expect(page).to_have_url(re.compile(r"/meetings/asean-summit%2342\?corrected=\d+$"))
    expect(page.locator(".notice.ok")).to_be_visible()
    expect(page.locator("#fact-status td.value")).to_contain_text("Bị hủy")
    expect(page.locator("#fact-status td.value")).to_contain_text("reviewer")
    shot("correction-applied")
    page.goto(page.base_url + "/corrections")
    expect(page.locator("table.list")).to_contain_text("kiểm tra bằng trình duyệt")


def test_script_in_an_article_is_shown_not_run(page, shot):
    page.goto(page.base_url + "/articles/script-payload.txt")
    expect(page.locator("h1")).to_have_text("Họp báo về SOM ASEAN <script>alert('tieu-de')</script> tại Hà Nội")
    expect(page.locator(".text")).to_contain_text("<script>alert('than-bai')</script>")
    expect(page.locator(".text")).to_contain_text("<img src=x onerror=alert(1)>")
    expect(page.locator(".text img")).to_have_count(0)
    page.goto(page.base_url + "/search?q=script")
    expect(page.locator("#results-articles")).to_contain_text("<script>")
    shot("script-payload")     # the page fixture then checks that no dialog opened


def test_language_switch_is_remembered(page, shot):
    page.goto(page.base_url + "/")
    page.click("a.lang")
    expect(page.locator("h1")).to_have_text("Timeline of meetings")
    page.goto(page.base_url + "/meetings/amm%2355")
    expect(page.locator("dl.meta")).to_contain_text("In person")
    expect(page.locator("#m-dates")).to_have_text("03/08/2022")     # dates stay Vietnamese-style
    shot("english")
    page.click("a.lang")
    expect(page.locator("dl.meta")).to_contain_text("Trực tiếp")


def test_api_docs_page_needs_nothing_from_elsewhere(page, shot):
    page.goto(page.base_url + "/docs")
    expect(page.locator("h1")).to_contain_text("summitgraph API")
    expect(page.locator("section.docs-endpoint")).not_to_have_count(0)
    expect(page.locator("main")).to_contain_text("/api/meetings/{key}")
    shot("api-docs")      # the page fixture checks: no external loads, no CSP errors
