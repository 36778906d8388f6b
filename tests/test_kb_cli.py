"""The knowledge-base commands: resolve, meetings, meeting, people, person, chair, search, timeline, export,
correct; tables by default, JSON with --json, one-line errors."""
from __future__ import annotations

import csv
import json

import pytest
from test_kb_fixtures import all_readings
from typer.testing import CliRunner

from summitgraph.cli import app
from summitgraph.store import open_store


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with open_store(url) as store:
        for reading in all_readings():
            store.add_article(reading.article, reading, extractor_version="test")
    return url


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result


def run_json(*args: str):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def resolved(db):
    summary = run_json("resolve", "--db", db)
    assert summary["meetings"] == 5 and summary["meeting_mentions"] == 8
    return db


def test_resolve_then_list_and_show_meetings(resolved):
    rows = run_json("meetings", "--db", resolved, "--year", "2020")
    assert {r["key"] for r in rows} == {"asean-summit#37", "asean-som|2020-01-15", "amm-retreat|2020-01-16"}
    assert [r["key"] for r in run_json("meetings", "--db", resolved, "--series", "bilateral-talks",
                                       "--country", "KH")] == ["bilateral-talks|KH-VN|2022-06-20"]
    piped = run("meetings", "--db", resolved)          # not a terminal: tab-separated, a header line first
    lines = piped.stdout.splitlines()
    assert piped.exit_code == 0 and lines[0].split("\t")[:3] == ["key", "name", "dates"]
    assert "asean-summit#37" in {line.split("\t")[0] for line in lines[1:]} and len(lines) == 6
    table = run("meetings", "--db", resolved, "--format", "table")
    assert table.exit_code == 0 and "5 of 5 meetings" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    dossier = run_json("meeting", "asean-summit#37", "--db", resolved)
    assert dossier["chair"] == "VN" and dossier["conflicts"] == ["end", "city"]
    shown = run("meeting", "asean-summit#37", "--db", resolved)
    assert shown.exit_code == 0
    assert "conflict: Da Nang ×1" in shown.stdout and "[hncc37-a.txt]" in shown.stdout


def test_person_chair_search_and_timeline(resolved):
    person = run_json("person", "Ông Nguyen Xuan Phuc", "--db", resolved)
    assert person["key"] == "nguyen-xuan-phuc"
    assert {r["position"] for r in person["roles"]} >= {"Thủ tướng", "Chủ tịch nước"}
    assert "Chủ tịch nước" in run("person", "Nguyễn Xuân Phúc", "--db", resolved).stdout
    assert run_json("chair", "2020", "--db", resolved)["country"] == "VN"
    found = run_json("search", "hoi nghi cap cao", "--db", resolved)
    assert found["meetings"][0]["key"] == "asean-summit#37"
    years = run_json("timeline", "--db", resolved)
    assert [y["year"] for y in years] == [2020, 2022]
    text = run("timeline", "--db", resolved, "--from", "2022", "--format", "table").stdout
    assert text.startswith("2022 (2)") and "2020" not in text.splitlines()[0]
    assert [p["key"] for p in run_json("people", "--db", resolved, "--country", "VN")][0] == "nguyen-xuan-phuc"


def test_correct_from_the_command_line_survives_resolve(resolved):
    result = run("correct", "meeting", "bilateral-talks|KH-VN|2022-06-20", "--field", "city", "--value", "Siem Reap",
                 "--author", "Lan", "--db", resolved)
    assert result.exit_code == 0, result.output
    assert "by Lan" in result.stderr
    rejected = run("correct", "meeting", "asean-som|2020-01-15", "--reject", "--author", "Lan", "--db", resolved)
    assert rejected.exit_code == 0
    person = run_json("correct", "person", "Lim Jock Hoi", "--field", "country", "--value", "asean",
                      "--author", "Lan", "--db", resolved)
    assert person["country"] == "ASEAN"
    run_json("resolve", "--db", resolved)
    assert run_json("meeting", "bilateral-talks|KH-VN|2022-06-20", "--db", resolved)["city"] == "Siem Reap"
    assert "asean-som|2020-01-15" not in {r["key"] for r in run_json("meetings", "--db", resolved)}


def test_bad_commands_fail_with_one_line(resolved):
    missing = run("meeting", "asean-summit#99", "--db", resolved)
    assert missing.exit_code == 1 and missing.stderr.startswith("error: meeting 'asean-summit#99'")
    assert len(missing.stderr.strip().splitlines()) == 1
    bad_field = run("correct", "meeting", "asean-summit#37", "--field", "colour", "--value", "x", "--author", "L",
                    "--db", resolved)
    assert bad_field.exit_code == 1 and "cannot be corrected" in bad_field.stderr
    bad_date = run("correct", "meeting", "asean-summit#37", "--field", "start", "--value", "tháng sau",
                   "--author", "L", "--db", resolved)
    assert bad_date.exit_code == 1 and "is not a date" in bad_date.stderr
    nothing = run("correct", "meeting", "asean-summit#37", "--author", "L", "--db", resolved)
    assert nothing.exit_code == 1
    wrong_format = run("export", "--format", "xml", "--db", resolved)
    assert wrong_format.exit_code == 1 and "unknown export format" in wrong_format.stderr


def test_export_writes_files_that_load_back(resolved, tmp_path):
    jsonl = tmp_path / "meetings.jsonl"
    result = run("export", "--format", "jsonl", "--what", "meetings", "--out", str(jsonl), "--db", resolved)
    assert result.exit_code == 0 and "exported 5 meetings" in result.stderr
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert {r["key"] for r in records} >= {"asean-summit#37", "amm-retreat|2020-01-16"}
    roles = tmp_path / "roles.csv"
    assert run("export", "--format", "csv", "--what", "roles", "--out", str(roles), "--db", resolved).exit_code == 0
    with roles.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    phuc = [r for r in rows if r["person"] == "nguyen-xuan-phuc"]
    assert {r["position"] for r in phuc} >= {"Thủ tướng", "Chủ tịch nước"}
    qs = tmp_path / "meetings.qs.tsv"
    assert run("export", "--format", "wikidata", "--out", str(qs), "--db", resolved).exit_code == 0
    assert qs.read_text(encoding="utf-8").count("CREATE\n") == 5


def test_the_knowledge_base_is_stale_until_rebuilt_after_any_change(tmp_path):
    from summitgraph import kb
    from summitgraph.extract.pipeline import read_article
    from summitgraph.ingest import article_from_text
    from summitgraph.store import open_store

    first = article_from_text("Hội nghị Cấp cao ASEAN lần thứ 37\nNgày 12/11/2020, Hội nghị Cấp cao ASEAN lần thứ 37 "
                              "khai mạc trực tuyến tại Hà Nội.", "a.txt")
    changed = article_from_text("Hội nghị Cấp cao ASEAN lần thứ 37\nNgày 12/11/2020, Hội nghị Cấp cao ASEAN lần thứ "
                                "37 khai mạc theo hình thức trực tuyến tại Hà Nội.", "a.txt")
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store:
        assert kb.stale_reason(store) is None  # nothing stored, nothing to show
        store.add_article(first, read_article(first))
        assert kb.stale_reason(store) == "it was never built"
        kb.rebuild(store)
        assert kb.stale_reason(store) is None
        assert store.add_article(changed, read_article(changed)) == "updated"
        assert "versions" in kb.stale_reason(store)  # same number of articles, one changed
        kb.rebuild(store)
        assert kb.stale_reason(store) is None
