"""What a reader sees: search tiers and passages, series named by the words, the timeline's undated group,
pages wholly in their language (labels, inference reasons, flags, themes), no internal keys as text."""
from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from browser.corpus import ingest, rebuild_kb
from summitgraph import kb
from summitgraph.api.app import create_app
from summitgraph.ingest.quality import CHECKS
from summitgraph.kb.build.infer import RULES
from summitgraph.store import open_store
from summitgraph.store.snippet import snippet
from summitgraph.web import i18n
from test_web import client, store  # noqa: F401  (the filled store and a fresh client per test)

# Articles written for these tests: one names Đà Nẵng, the others hold "đã" and "nâng" apart or together.
SEARCH_ARTICLES = {
    "hop-tai-da-nang.txt": "Bộ trưởng các nước họp tại Đà Nẵng\n\nNgày 4/3/2021, các Bộ trưởng Kinh tế ASEAN "
                           "đã họp tại thành phố Đà Nẵng để rà soát tiến độ hội nhập kinh tế khu vực.",
    "nang-tam-quan-he.txt": "Hai nước nâng tầm quan hệ\n\nNgày 5/3/2021, hai bên đã nhất trí nâng quan hệ lên "
                            "đối tác chiến lược toàn diện trong chuyến thăm chính thức.",
    "xa-nhau.txt": "Thương mại tăng nhanh\n\nNgày 6/3/2021, kim ngạch thương mại giữa hai nước đã tăng mạnh trong "
                   "quý đầu năm. Các doanh nghiệp kỳ vọng sẽ tiếp tục cải thiện chất lượng hàng hóa, mở rộng thị "
                   "trường và từng bước nâng giá trị xuất khẩu trong những năm tới.",
}


@pytest.fixture(scope="module")
def search_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-articles")
    for name, text in SEARCH_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('search') / 's.db'}")
    ingest(store, folder)
    rebuild_kb(store)
    yield store
    store.close()


# --- search ----------------------------------------------------------------------------------------------

def test_the_phrase_comes_first_then_near_words_then_words_apart(search_store):
    hits = search_store.search("da nang", 10)
    assert [h.key for h in hits] == ["hop-tai-da-nang.txt", "nang-tam-quan-he.txt", "xa-nhau.txt"]
    assert [h.tier for h in hits] == [0, 1, 2]


def test_each_hit_has_a_passage_with_the_words_marked_in_their_spelling(search_store):
    first = search_store.search("da nang", 10)[0]
    marked = [text for text, hit in first.snippet if hit]
    assert marked and set(marked) == {"Đà Nẵng"}
    apart = next(h for h in search_store.search("da nang", 10) if h.key == "xa-nhau.txt")
    assert {text.lower() for text, hit in apart.snippet if hit} >= {"đã", "nâng"}


def test_snippet_joins_marked_words_with_their_spaces():
    parts = snippet("Hội nghị diễn ra tại Đà Nẵng vào tháng 11.", ["da", "nang"])
    assert "".join(text for text, _ in parts) == "Hội nghị diễn ra tại Đà Nẵng vào tháng 11."
    assert parts[1] == ("Đà Nẵng", True)
    assert snippet("Không có từ nào.", ["da", "nang"]) == []


def test_query_syntax_is_never_run(search_store):
    assert search_store.search('"da" * (nang^', 10)[0].key == "hop-tai-da-nang.txt"


def test_words_naming_a_series_put_its_meetings_first(store):
    assert kb.named_series(["hoi", "nghi", "cap", "cao"])[0] == "asean-summit"
    found = kb.search(store, "hoi nghi cap cao", 20)
    assert found["series"][0]["series"] == "asean-summit"
    assert found["meetings"] and found["meetings"][0]["series"] == "asean-summit"


def test_search_page_shows_tiers_and_marked_passages(search_store):
    with TestClient(create_app(search_store)) as client:
        html = client.get("/search?q=da+nang&lang=vi").text
    assert "<mark>Đà Nẵng</mark>" in html
    assert i18n.label("search_tier_0", "vi") in html and i18n.label("search_tier_2", "vi") in html
    assert html.index("hop-tai-da-nang.txt") < html.index("xa-nhau.txt")


# --- language --------------------------------------------------------------------------------------------

def test_every_inference_rule_and_quality_flag_reads_in_both_languages():
    for rule in RULES:
        assert i18n.Translator("vi").rule(rule) != i18n.Translator("en").rule(rule), rule
    names = {check.__name__.removeprefix("check_") for check in CHECKS}
    assert names <= set(i18n.FLAG_LABELS), names - set(i18n.FLAG_LABELS)


@pytest.mark.parametrize("year", [2008, 2009, 2011, 2013, 2015])
def test_chair_themes_only_in_english_in_the_registry_read_in_vietnamese(year):
    vi = i18n.Translator("vi").theme(year, {"theme_en": "An English theme", "theme_vi": ""})
    assert vi.translated and vi.text != "An English theme"
    en = i18n.Translator("en").theme(year, {"theme_en": "An English theme", "theme_vi": ""})
    assert en.text == "An English theme" and not en.translated


def _visible_lines(html: str) -> list[str]:
    html = re.sub(r"(?s)<(script|style|svg)\b.*?</\1>", " ", html)
    html = re.sub(r"</?mark\b[^>]*>", "", html)   # a marked word is content inside its line
    return [line.strip() for line in unescape(re.sub(r"(?s)<[^>]+>", "\n", html)).splitlines() if line.strip()]


def _ui_strings(lang: str) -> set[str]:
    """The other language's labels that are not also ours (a label is a whole line or starts one)."""
    entries = list(i18n.LABELS.values()) + list(i18n.RULE_LABELS.values()) + list(i18n.FLAG_LABELS.values())
    return {e[lang] for e in entries if e[lang] != e["vi" if lang == "en" else "en"] and len(e[lang]) > 3}


def _pages(client) -> list[str]:
    home = client.get("/?lang=vi").text
    meetings = sorted(set(re.findall(r'href="(/meetings/[^"?#]+)"', home)))
    people = sorted(set(re.findall(r'href="(/people/[^"?#]+)"', client.get("/people").text)))[:3]
    return ["/", "/people", "/documents", "/articles", "/chairs", "/chairs/2020", "/chairs/2015", "/docs",
            "/meetings/no-such-meeting", "/chairs/1900",
            "/search?q=hoi+nghi", "/no-such-page", "/articles/amm-55-phnom-penh.txt", *meetings, *people]


@pytest.mark.parametrize("lang, other", [("vi", "en"), ("en", "vi")])
def test_no_ui_string_of_the_other_language_on_a_page(client, lang, other):
    foreign = _ui_strings(other)
    for path in _pages(client):
        page = client.get(path + ("&" if "?" in path else "?") + f"lang={lang}")
        lines = _visible_lines(page.text)
        leaked = {line for line in lines for s in foreign if line == s or line.startswith((s + ":", s + " ("))}
        assert not leaked, (path, leaked)


def test_no_internal_key_shown_as_text(client):
    for path in _pages(client):
        lines = _visible_lines(client.get(path + ("&" if "?" in path else "?") + "lang=vi").text)
        for line in lines:
            assert not re.search(r"\b[\w-]+\.txt\b|[a-z-]+#\d+|\b[a-z]+(?:-[a-z]+)+\|", line), (path, line)
            assert not any(rule in line for rule in RULES), (path, line)


# --- timeline ----------------------------------------------------------------------------------------------

def test_meetings_without_a_date_are_listed_and_counted(client, store):
    total = kb.count_meetings(store)
    undated = [m for y in kb.timeline(store, include_undated=True) if y["year"] is None for m in y["meetings"]]
    html = client.get("/?lang=vi").text
    assert re.search(rf'id="timeline-count">{total} ', html)
    if undated:
        assert 'id="y-undated"' in html and i18n.label("date_unknown", "vi") in html


def test_search_api_carries_tier_and_passage(search_store):
    with TestClient(create_app(search_store)) as client:
        body = client.get("/api/search", params={"q": "da nang"}).json()
    assert body["articles"][0]["tier"] == 0
    assert any(part["hit"] and part["text"] == "Đà Nẵng" for part in body["articles"][0]["snippet"])


# --- meeting names ---------------------------------------------------------------------------------------

from summitgraph.kb.build.display_name import clean_name, composed_name, display_name  # noqa: E402
from summitgraph.kb.types import Mention  # noqa: E402


def _mention(name: str, series: str, sentences=(3,)) -> Mention:
    return Mention(kind="meeting", article="a.txt", position=0, record={"name": name, "series": series},
                   confidence=0.8, group="g", published="2019-06-01", sentences=tuple(sentences))


def test_caption_tail_and_doubled_word_are_cut():
    assert clean_name("Hội nghị hẹp các Bộ trưởng Ngoại giao chụp ảnh lưu niệm", "amm-retreat") == \
        "Hội nghị hẹp các Bộ trưởng Ngoại giao"
    assert clean_name("Hội nghị Cấp cao ASEAN ASEAN lần thứ 34", "asean-summit") == "Hội nghị Cấp cao ASEAN lần thứ 34"
    assert clean_name("hội nghị các nước Pháp ngữ và", "other-multilateral") == "Hội nghị các nước Pháp ngữ"


def test_a_list_of_counterparts_keeps_the_meetings_own():
    listed = ("tiếp xúc bên lề Diễn đàn với Thủ tướng Thái Lan Pra-yut Chan-ô-cha, Tổng thống In-đô-nê-xi-a "
              "Giô-cô Uy-đô-đô, Thủ tướng Xéc-bi-a A-lếch-xan-đa Vu-xíc")
    assert clean_name(listed, "bilateral-talks", "ID") == \
        "Tiếp xúc bên lề Diễn đàn với Tổng thống In-đô-nê-xi-a Giô-cô Uy-đô-đô"
    assert clean_name(listed, "bilateral-talks", "RS").endswith("Thủ tướng Xéc-bi-a A-lếch-xan-đa Vu-xíc")
    # Two titles of one person are not two counterparts.
    one = "cuộc gặp với Tổng Bí thư, Chủ tịch nước Lào Bun-nhăng Vô-la-chít"
    assert clean_name(one, "bilateral-talks", "LA") == "Cuộc gặp với Tổng Bí thư, Chủ tịch nước Lào Bun-nhăng Vô-la-chít"


def test_a_bare_verb_or_series_id_becomes_a_composed_name():
    mentions = [_mention("tiếp", "bilateral-talks"), _mention("bilateral-talks", "bilateral-talks")]
    assert display_name(mentions, "bilateral-talks", None, ["VN", "LA"]) == "Hội đàm Việt Nam – Lào"
    assert composed_name("eas", None, None) == "Hội nghị Cấp cao Đông Á"


def test_a_body_mention_wins_over_a_longer_headline():
    mentions = [_mention("Hội nghị Cấp cao ASEAN lần thứ 34 khai mạc trọng thể tại Băng Cốc hôm nay", "asean-summit",
                         sentences=(0,)),
                _mention("Hội nghị Cấp cao ASEAN lần thứ 34", "asean-summit", sentences=(2,))]
    assert display_name(mentions, "asean-summit") == "Hội nghị Cấp cao ASEAN lần thứ 34"


def test_search_tiers_agree_on_both_backends(store_url, tmp_path):
    for name, text in SEARCH_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(store_url)
    try:
        ingest(store, tmp_path)
        hits = store.search("da nang", 10)
        assert [h.key for h in hits] == ["hop-tai-da-nang.txt", "nang-tam-quan-he.txt", "xa-nhau.txt"]
        assert hits[0].tier == 0 and hits[-1].tier == 2
        assert {t for t, hit in hits[0].snippet if hit} == {"Đà Nẵng"}
        one_word = store.search("nâng", 10)
        assert len(one_word) == 3 and all(h.tier == 0 for h in one_word)   # one word is its own phrase
    finally:
        store.close()


# --- status against time, chair years, error pages ---------------------------------------------------------

def test_a_planned_meeting_whose_date_has_passed_is_said_so():
    from summitgraph.api.knowledge import date_passed
    planned = {"status": "planned", "start": "2020-03-12", "end": "2020-03-13"}
    assert date_passed(planned, "2020-06-01")
    assert not date_passed(planned, "2020-03-01")
    assert not date_passed({**planned, "status": "held"}, "2021-01-01")
    assert date_passed({"status": "planned", "start": "2020-03"}, "2020-04-02")
    assert not date_passed({"status": "planned", "start": "--03-12"}, "2020-04-02")   # no year: cannot tell


def test_a_chair_year_lists_every_meeting_of_the_year(client, store):
    year = kb.chair_year(store, 2020)
    assert {m["key"] for m in year["meetings"]} == {m.key for m in kb.list_meetings(store, year=2020)}
    assert any(m["by_chair"] for m in year["meetings"])


def test_error_pages_speak_the_pages_language(client):
    vi = client.get("/meetings/no-such-meeting?lang=vi")
    assert vi.status_code == 404 and i18n.label("error_404", "vi") in vi.text
    assert "is not in the knowledge base" not in vi.text
    en = client.get("/meetings/no-such-meeting?lang=en")
    assert i18n.label("error_404", "en") in en.text


def test_api_page_in_vietnamese_names_every_endpoint_in_vietnamese(client):
    html = client.get("/docs?lang=vi").text
    summaries = re.findall(r"</code> — ([^<]+)</h2>", html)
    assert summaries and all(s.strip() in i18n.api_summaries_vi().values() for s in summaries), summaries


# --- people across spellings -------------------------------------------------------------------------------

from summitgraph.kb.names import parse_name  # noqa: E402
from summitgraph.kb.build.resolve_people import resolve_people  # noqa: E402
from summitgraph.kb.transliteration import same_name  # noqa: E402


def _person_mention(name: str, article: str, country: str | None = None) -> Mention:
    return Mention(kind="person", article=article, position=0, record={"name": name, "country": country,
                   "titles": []}, confidence=0.8, group=article, published="2017-05-15")


def test_hyphenated_transliterations_are_shown_as_written():
    assert parse_name("Tổng thống A.Lu-ca-sen-cô").shown.endswith("A. Lu-ca-sen-cô")
    assert parse_name("Tổng thống Hàn Quốc Moon Jae-in").shown.endswith("Moon Jae-in")
    assert parse_name("Moon Jae-in").written == "Moon Jaein"        # compared and keyed without the hyphen


def test_original_and_transliterated_spellings_are_one_person():
    assert same_name("Bunnhăng Vôlachít".split(), "Bounnhang Volachith".split())
    assert same_name("A Mécken".split(), "Angela Merkel".split())
    assert not same_name("Lý Hiển Long".split(), "Lý Hiền Quang".split())
    people = resolve_people([_person_mention("Bun-nhăng Vô-la-chít", "a.txt", "LA"),
                             _person_mention("Bounnhang Volachith", "b.txt", "LA"),
                             _person_mention("Angela Merkel", "c.txt", "DE"),
                             _person_mention("A.Méc-ken", "d.txt", "DE")], {})
    assert sorted(sorted(p.names) for p in people) == [["A. Méc-ken", "Angela Merkel"],
                                                       ["Bounnhang Volachith", "Bun-nhăng Vô-la-chít"]]


def test_two_marked_spellings_or_two_countries_stay_apart():
    people = resolve_people([_person_mention("Lê Văn Lâm", "a.txt", "VN"), _person_mention("Lê Văn Lắm", "b.txt", "VN"),
                             _person_mention("Angela Merkel", "c.txt", "DE"), _person_mention("A. Mécken", "d.txt", "FR")],
                            {})
    assert len(people) == 4


def test_a_headline_verb_phrase_is_not_part_of_the_name():
    assert clean_name("Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21 nhất trí tăng cường hợp tác", "apt-other") == \
        "Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21"
    # A verb inside the first words of a name is left alone.
    assert clean_name("Thống nhất hành động vì cộng đồng ASEAN", "asean-summit") == \
        "Thống nhất hành động vì cộng đồng ASEAN"


# --- delegation heads ----------------------------------------------------------------------------------------

def test_a_deputy_minister_heads_no_delegation_at_a_summit_but_may_at_a_ministers_meeting():
    from types import SimpleNamespace

    from summitgraph.kb.build.dossier import HEAD_MIN_RANK_BY_LEVEL, Participation, _mark_heads

    def taking_part(name, country, title):
        person = SimpleNamespace(key=name, name=name, country=SimpleNamespace(value=country))
        return Participation(person, titles=[title], link="sentence")

    at_summit = [taking_part("Tô Anh Dũng", "VN", "Thứ trưởng Ngoại giao"),
                 taking_part("Kao Kim Hourn", "ASEAN", "Tổng Thư ký ASEAN")]
    _mark_heads(at_summit, HEAD_MIN_RANK_BY_LEVEL["leaders"])
    assert [p.head for p in at_summit] == [False, True]     # the Secretariat's own head still leads it
    at_ministers = [taking_part("Tô Anh Dũng", "VN", "Thứ trưởng Ngoại giao")]
    _mark_heads(at_ministers, HEAD_MIN_RANK_BY_LEVEL["ministers"])
    assert at_ministers[0].head
