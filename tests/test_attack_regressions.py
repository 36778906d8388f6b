"""Issue 13: defects found by an outside attack run, each reproduced here first (all text is our own)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser.corpus import TOKEN, TOKEN_NAME, filled_store
from summitgraph.api.app import create_app
from summitgraph.kb import CorrectionError, correct, get_meeting, rebuild

SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
MEETING = "asean-summit#42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def store(tmp_path):
    store = filled_store(f"sqlite:///{tmp_path / 'attack.db'}")
    yield store
    store.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store)) as client:
        yield client


def cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(SUMMITGRAPH), *args], capture_output=True, text=True, timeout=120, input=input)


# --- 1. a correction's value is checked by type and range before anything is stored --------------------------

BAD_VALUES = [("city", {"a": 1}), ("city", ["Huế"]), ("city", 7), ("city", "x" * 600), ("ordinal", 1.5),
              ("ordinal", 1e308), ("ordinal", -3), ("ordinal", True), ("ordinal", 10**30), ("start", "yesterday"),
              ("format", "telepathy"), ("parties", 5), ("parties", [{"a": 1}]), ("country", "Việt Nam!"),
              ("name", "a\x1b[31mb"), ("city", "Huế\x00"), ("city", "\ud800")]


@pytest.mark.parametrize("field,value", BAD_VALUES)
def test_a_correction_with_a_wrong_value_is_refused_and_nothing_is_stored(client, store, field, value):
    body = {"target_kind": "meeting", "target_key": MEETING, "field": field, "value": value}
    # As a client sends it: JSON with \u escapes (a lone surrogate cannot be encoded otherwise).
    response = client.post("/api/corrections", content=json.dumps(body),
                           headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert store.corrections() == []
    with pytest.raises(CorrectionError):
        correct(store, "meeting", MEETING, field, value, author="cli")
    assert store.corrections() == []
    assert client.get("/api/timeline").status_code == 200 and client.get("/api/meetings").status_code == 200


def test_good_values_still_pass(client):
    for field, value in (("ordinal", 42), ("city", "Labuan Bajo"), ("parties", ["vn", "id"]), ("start", "2023-05")):
        body = {"target_kind": "meeting", "target_key": MEETING, "field": field, "value": value}
        assert client.post("/api/corrections", json=body, headers=AUTH).status_code == 201


def test_a_bad_correction_already_stored_is_skipped_and_reported_never_fatal(client, store):
    # As a store written before values were checked holds it: straight into the log.
    store.add_correction("meeting", MEETING, "ordinal", 1e308, author="old", note=None)
    store.add_correction("meeting", MEETING, "city", {"a": 1}, author="old", note=None)
    store.add_correction("meeting", MEETING, "city", "Labuan Bajo", author="good", note=None)
    rebuild(store)
    meeting = get_meeting(store, MEETING)
    assert meeting["city"] == "Labuan Bajo"
    assert sum(issue["issue"] == "correction skipped" for issue in meeting["issues"]) == 2
    assert client.get("/api/timeline").status_code == 200 and client.get("/api/meetings").status_code == 200
    assert client.get("/api/meetings/asean-summit%2342").status_code == 200


def test_withdraw_through_the_api_needs_a_token_and_the_log_keeps_both(client, store):
    body = {"target_kind": "meeting", "target_key": MEETING, "field": "city", "value": "Labuan Bajo"}
    before = get_meeting(store, MEETING)["city"]
    made = client.post("/api/corrections", json=body, headers=AUTH).json()["correction"]["id"]
    assert get_meeting(store, MEETING)["city"] == "Labuan Bajo"
    assert client.delete(f"/api/corrections/{made}").status_code == 401
    gone = client.delete(f"/api/corrections/{made}", params={"note": "wrong city"}, headers=AUTH)
    assert gone.status_code == 200 and gone.json()["withdrawn"]["by"] == TOKEN_NAME
    assert get_meeting(store, MEETING)["city"] == before
    listed = client.get("/api/corrections").json()["items"]
    assert [(c["id"], c["withdrawn"]["note"]) for c in listed] == [(made, "wrong city")]
    assert client.delete(f"/api/corrections/{made}", headers=AUTH).status_code == 400   # once only
    assert client.delete("/api/corrections/999", headers=AUTH).status_code == 404


def test_withdraw_on_the_command_line(store, tmp_path):
    made = store.add_correction("meeting", MEETING, "city", "Labuan Bajo", author="a", note=None)
    url = f"sqlite:///{tmp_path / 'attack.db'}"
    result = cli("correct", "--withdraw", str(made), "--author", "b", "--db", url)
    assert result.returncode == 0, result.stderr
    assert store.corrections()[0].withdrawn["by"] == "b"
    again = cli("correct", "--withdraw", str(made), "--author", "b", "--db", url)
    assert again.returncode == 1 and "withdrawn already" in again.stderr
    bad = cli("correct", "meeting", MEETING, "--field", "ordinal", "--value", "0", "--author", "c", "--db", url)
    assert bad.returncode == 1 and len(store.corrections()) == 1


# --- 4. tokens live with the store under names and can be revoked ----------------------------------------

def test_tokens_are_added_listed_and_revoked_by_name(tmp_path):
    url = f"sqlite:///{tmp_path / 't.db'}"
    added = cli("token", "add", "alice", "--db", url)
    assert added.returncode == 0 and len(added.stdout.strip()) >= 16
    token = added.stdout.strip()
    assert cli("token", "list", "--db", url).stdout.split() == ["alice"]
    from summitgraph.store import open_store
    with open_store(url) as store:
        assert store.verify_token(token) == "alice"
    assert cli("token", "revoke", "alice", "--db", url).returncode == 0
    with open_store(url) as store:
        assert store.verify_token(token) is None
    assert cli("token", "revoke", "alice", "--db", url).returncode == 1


def test_a_read_only_server_honours_no_stored_token(store):
    store.tokens_honoured = False
    with TestClient(create_app(store)) as client:
        body = {"target_kind": "meeting", "target_key": MEETING, "field": "city", "value": "Huế"}
        refused = client.post("/api/corrections", json=body, headers=AUTH)
    assert refused.status_code == 401 and "read-only" in refused.json()["reason"]
    assert store.corrections() == []


# --- 8, 9. no server path in an error; HEAD as GET ---------------------------------------------------------

def test_errors_never_show_a_server_path(client, store, tmp_path):
    from summitgraph.errors import StoreError
    from summitgraph.api import errors
    assert str(tmp_path) not in errors.scrub(f"sqlite:///{tmp_path}/x.db: database is locked")
    assert str(tmp_path) not in errors.scrub(StoreError(f"{tmp_path}/x.db: disk full").one_line())


def test_head_is_answered_like_get_without_a_body(client):
    for path in ("/api/meetings", "/api/articles", "/", "/api/meetings/asean-summit%2342"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


def test_the_api_never_shows_an_absolute_source_path(client, store):
    listed = client.get("/api/articles").json()["items"]
    assert listed and all(not item["source"].startswith("/") for item in listed)
    one = client.get(f"/api/articles/{listed[0]['key']}").json()
    assert not one["source"].startswith("/")
    from summitgraph.api.views import public_source
    assert public_source("/srv/corpus/d1/tin.jsonl:3") == "tin.jsonl:3"
    assert public_source("corpus/a.txt") == "corpus/a.txt"
