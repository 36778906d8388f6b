"""The commands: `sources add|list|remove`, `fetch`, and `watch` run in a subprocess and stopped by SIGTERM."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitgraph.cli import app
from summitgraph.monitor import state
from summitgraph.monitor.canonical import canonical_url
from summitgraph.monitor.sources_file import load_sources, parse_sources
from summitgraph.store import open_store
from summitgraph.errors import ConfigError

from .server import Reply, fixture_bytes, rss_reply
from .test_fetch import AMM, ARF, ASEAN_SUMMARY, ASEAN_TITLE, SUMMIT

runner = CliRunner()
VENV_BIN = Path(sys.executable).parent


def test_the_default_sources_name_the_main_vietnamese_outlets(tmp_path):
    sources = load_sources(tmp_path / "absent.toml")
    names = {s.name for s in sources}
    assert {"baoquocte", "vietnamplus", "vnexpress", "tuoitre", "thanhnien", "nhandan", "dangcongsan",
            "mofa"} <= names
    assert all(s.delay >= 1.0 and s.locations for s in sources)


def test_sources_add_list_remove(tmp_path):
    file = tmp_path / "sources.toml"
    db = f"sqlite:///{tmp_path / 'store.db'}"
    added = runner.invoke(app, ["sources", "add", "local", "--feed", "http://127.0.0.1:8999/rss.xml",
                                "--keyword", "hội nghị", "--delay", "0.5", "--sources", str(file)])
    assert added.exit_code == 0, added.output
    again = runner.invoke(app, ["sources", "add", "local", "--sitemap", "http://127.0.0.1:8999/sitemap.xml",
                                "--delay", "0.5", "--sources", str(file)])
    assert again.exit_code == 0, again.output

    listed = runner.invoke(app, ["sources", "list", "--sources", str(file), "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert "baoquocte" in rows                          # the defaults were written out first
    assert rows["local"]["feeds"] == ["http://127.0.0.1:8999/rss.xml"]
    assert rows["local"]["sitemaps"] == ["http://127.0.0.1:8999/sitemap.xml"]
    assert rows["local"]["keywords"] == ["hội nghị"] and rows["local"]["last_fetch"] is None

    assert rows["local"]["delay"] == 0.5                 # the second add, without --delay, kept it
    more = runner.invoke(app, ["sources", "add", "baoquocte", "--feed", "https://baoquocte.vn/rss/asean.rss",
                               "--sources", str(file)])
    assert more.exit_code == 0, more.output
    baoquocte = {s.name: s for s in load_sources(file)}["baoquocte"]
    assert baoquocte.delay == 2.0 and baoquocte.feeds[-1] == "https://baoquocte.vn/rss/asean.rss"

    removed = runner.invoke(app, ["sources", "remove", "baoquocte", "--sources", str(file)])
    assert removed.exit_code == 0
    assert "baoquocte" not in {s.name for s in load_sources(file)}
    missing = runner.invoke(app, ["sources", "remove", "nowhere", "--sources", str(file)])
    assert missing.exit_code == 1 and "no source named 'nowhere'" in missing.output


def test_a_delay_under_one_second_is_refused_for_the_open_web(tmp_path):
    result = runner.invoke(app, ["sources", "add", "fast", "--feed", "https://example.vn/rss.xml", "--delay", "0.2",
                                 "--sources", str(tmp_path / "s.toml")])
    assert result.exit_code == 1 and "at least 1.0 s" in result.output
    with pytest.raises(ConfigError, match="not an http"):
        parse_sources('[[source]]\nname = "x"\nfeeds = ["ftp://example.vn/x"]\n', "t.toml")
    with pytest.raises(ConfigError, match="unknown keys"):
        parse_sources('[[source]]\nname = "x"\nfeed = ["https://example.vn/x"]\n', "t.toml")


def write_sources(tmp_path: Path, server) -> Path:
    file = tmp_path / "sources.toml"
    file.write_text(f'[[source]]\nname = "fixture"\nfeeds = ["{server.url("/rss.xml")}"]\ndelay = 0.2\n',
                    encoding="utf-8")
    return file


def test_fetch_command_stores_and_reports(server, tmp_path):
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    db = f"sqlite:///{tmp_path / 'store.db'}"

    result = runner.invoke(app, ["fetch", "--db", db, "--sources", str(write_sources(tmp_path, server))])

    assert result.exit_code == 0, result.output
    assert "fixture: 1 feeds (0 unchanged), 1 new items, 1 stored" in result.stderr
    assert "fetch: 1 articles stored, 1 meeting changes" in result.stderr
    listed = runner.invoke(app, ["sources", "list", "--db", db, "--sources", str(tmp_path / "sources.toml")])
    assert "fixture" in listed.stdout


def test_watch_three_cycles_then_sigterm_stops_cleanly_and_loses_nothing(server, tmp_path):
    """Each cycle the feed has one more story; SIGTERM arrives while the third cycle's page is in flight."""
    proc: list[subprocess.Popen] = []
    server.route("/rss.xml",
                 rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY)]),
                 rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY), (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY)]),
                 rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY), (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY),
                                         (ARF, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.page(SUMMIT, "summit-manila.html")
    server.route(ARF, Reply(200, fixture_bytes("arf-manila.html", server.base), (("Content-Type", "text/html"),),
                            delay=1.0),
                 on_request=lambda: os.kill(proc[0].pid, signal.SIGTERM))
    db_path = tmp_path / "store.db"
    command = [str(VENV_BIN / "summitgraph"), "watch", "--every", "1s", "--db", f"sqlite:///{db_path}",
               "--sources", str(write_sources(tmp_path, server)), "--timeout", "5"]
    proc.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 cwd=tmp_path))
    try:
        _, stderr = proc[0].communicate(timeout=120)
    finally:
        if proc[0].poll() is None:
            proc[0].kill()

    assert proc[0].returncode == 0, stderr
    assert "cycle 3" in stderr and "watch: stopped after 3 cycles" in stderr
    assert len(server.requests("/rss.xml")) == 3
    for path in (AMM, SUMMIT, ARF):
        assert len(server.requests(path)) == 1, path
    with open_store(f"sqlite:///{db_path}") as store:
        states = {row["canonical_url"]: row["state"] for row in state.items(store)}
        assert states == {canonical_url(server.url(p)): "stored" for p in (AMM, SUMMIT, ARF)}
        assert store.stats()["articles"] == 3


def test_a_fetch_killed_hard_midway_resumes_without_refetching_or_losing_items(server, tmp_path):
    """SIGKILL (no chance to clean up) while the second page is in flight: the next fetch asks only for that page
    and the third, and every discovered item ends stored."""
    proc: list[subprocess.Popen] = []
    server.route("/rss.xml", rss_reply(server.base, [(AMM, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (SUMMIT, ASEAN_TITLE, ASEAN_SUMMARY),
                                                     (ARF, ASEAN_TITLE, ASEAN_SUMMARY)]))
    server.page(AMM, "amm-manila.html")
    server.route(SUMMIT, Reply(200, fixture_bytes("summit-manila.html", server.base), (("Content-Type", "text/html"),),
                               delay=1.0),
                 Reply(200, fixture_bytes("summit-manila.html", server.base), (("Content-Type", "text/html"),)),
                 on_request=lambda: proc and proc[0].poll() is None and os.kill(proc[0].pid, signal.SIGKILL))
    server.page(ARF, "arf-manila.html")
    db_path = tmp_path / "store.db"
    command = [str(VENV_BIN / "summitgraph"), "fetch", "--db", f"sqlite:///{db_path}",
               "--sources", str(write_sources(tmp_path, server)), "--timeout", "5"]
    proc.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path))
    proc[0].communicate(timeout=120)
    assert proc[0].returncode == -signal.SIGKILL
    with open_store(f"sqlite:///{db_path}") as store:
        states = {row["canonical_url"]: row["state"] for row in state.items(store)}
    assert states == {canonical_url(server.url(AMM)): "stored", canonical_url(server.url(SUMMIT)): "pending",
                      canonical_url(server.url(ARF)): "pending"}

    proc.clear()   # the second run is not killed
    again = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120)

    assert again.returncode == 0, again.stderr
    assert [len(server.requests(p)) for p in (AMM, SUMMIT, ARF)] == [1, 2, 1]
    with open_store(f"sqlite:///{db_path}") as store:
        assert {row["state"] for row in state.items(store)} == {"stored"}
        assert store.stats()["articles"] == 3


def test_fetch_fails_when_no_source_can_be_reached(tmp_path):
    file = tmp_path / "sources.toml"
    file.write_text('[[source]]\nname = "dead"\nfeeds = ["http://127.0.0.1:9/rss.xml"]\ndelay = 0.2\n',
                    encoding="utf-8")
    result = runner.invoke(app, ["fetch", "--db", f"sqlite:///{tmp_path / 'store.db'}", "--sources", str(file),
                                 "--retries", "0"])
    assert result.exit_code == 1
    assert "dead: 0 feeds" in result.stderr and "robots.txt unreachable" in result.stderr
