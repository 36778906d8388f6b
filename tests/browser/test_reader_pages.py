"""What a reader sees in a real browser, in both languages: screenshots of the home timeline, a meeting
dossier, a person, a chair year and search; the header on one row at 1280 px; the filter bar on a phone; the
favicon; search hits with their marked passage."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser.conftest import ARTIFACTS

PAGES = {
    "home": "/",
    "meeting": "/meetings/amm%2355",
    "person": "/people/bui-thanh-son",
    "chair-year": "/chairs/2020",
    "search": "/search?q=da+nang",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_reader_pages_in_each_language(page, name, lang):
    path = PAGES[name]
    response = page.goto(page.base_url + path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert response.status == 200, (path, response.status)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"reader-{name}-{lang}.png"), full_page=True)


def test_search_hit_shows_the_phrase_marked(page):
    page.goto(page.base_url + "/search?q=da+nang&lang=vi")
    first = page.locator("#results-articles li.hit").first
    expect(first.locator("mark").first).to_have_text("Đà Nẵng")
    expect(page.locator("#results-articles li.tier-head").first).to_have_text("Có đúng cụm từ")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_header_is_one_row_at_1280(page, lang):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.base_url + f"/chairs/2020?lang={lang}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    tops = page.locator("header.site > *").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect()).map(r => r.top + r.height / 2)")
    assert max(tops) - min(tops) < 12, tops
    # and the search box keeps room for a query (it had shrunk to five letters of its placeholder)
    assert page.locator("header.site form.search input").bounding_box()["width"] >= 110


def test_filter_bar_fits_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(page.base_url + "/?lang=vi")
    right = page.locator("form.filters, form.filters *").evaluate_all(
        "els => Math.max(...els.map(e => e.getBoundingClientRect().right))")
    assert right <= 390, right
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "reader-home-phone-vi.png"), full_page=False)


def test_a_favicon_is_served(page):
    page.goto(page.base_url + "/")
    href = page.locator("link[rel=icon]").get_attribute("href")
    assert page.request.get(page.base_url + href).status == 200
