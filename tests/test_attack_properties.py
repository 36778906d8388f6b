"""Issue 13: property tests over the JSONL reader and the corrections API, with JSON values of every type
(nested lists and objects, huge and fractional numbers, booleans, null, lone surrogates, NUL, control text)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from browser.corpus import TOKEN, filled_store
from summitgraph.api.app import create_app
from summitgraph.errors import InputError
from summitgraph.ingest import read_bytes
from summitgraph.kb.build.corrections import FIELDS

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
# Any text, lone surrogates and NUL included (hypothesis leaves surrogates out unless asked).
TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40) | st.sampled_from(
    ["\ud800", "\udfff tin", "a\x00b", "\x1b[31m", "Hà Nội", "", " ", "2023-05-01", "online", "VN"])
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-10**40, max_value=10**40)
           | st.floats(allow_nan=False) | st.sampled_from([1e308, -1e308, 1.5, 0.0, 33.0]) | TEXT)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(TEXT, inner, max_size=4), max_leaves=12)
FIELDS_KEYS = ("id", "url", "title", "published", "text", "html")
BODY = "Ngày 12/11/2022, Hội nghị Cấp cao ASEAN lần thứ 40 khai mạc tại Phnôm Pênh, Campuchia."


def clean(value: str) -> bool:
    return "\x00" not in value and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


@SETTINGS
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS_KEYS), JSON_VALUES | TEXT.map(lambda t: BODY + t),
                                max_size=6) | JSON_VALUES, min_size=1, max_size=4))
def test_any_jsonl_line_is_an_article_or_one_reason_line(records):
    lines = [json.dumps(record, ensure_ascii=True) for record in records]
    errors: list[InputError] = []
    articles = read_bytes("\n".join(lines).encode("utf-8"), "feed.jsonl", errors=errors)
    assert len(articles) + len(errors) == len(lines)
    for error in errors:
        assert "\n" not in error.one_line() and error.source.startswith("feed.jsonl:")
    for article in articles:
        for value in (article.id, article.text, article.original, article.title or "", article.url or ""):
            assert clean(value)
        assert article.url is None or article.url.lower().startswith(("http://", "https://"))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = filled_store(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'prop.db'}")
    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        yield client
    store.close()


@SETTINGS
@given(kind=st.sampled_from(["meeting", "person"]), field=st.sampled_from(sorted(set(FIELDS["meeting"]))),
       value=JSON_VALUES, action=st.sampled_from(["set", "reject"]))
def test_no_correction_value_breaks_the_api(client, kind, field, value, action):
    key = "asean-summit#42" if kind == "meeting" else "pham-minh-chinh"
    body = {"target_kind": kind, "target_key": key, "field": field, "value": value, "action": action}
    response = client.post("/api/corrections", content=json.dumps(body), headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code in (201, 400, 404, 422), response.text
    for path in ("/api/timeline", "/api/meetings", "/api/corrections", "/api/meetings/asean-summit%2342"):
        assert client.get(path).status_code == 200, path
