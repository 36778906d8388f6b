"""Issue 13, hostile files: each defect reproduced first (every text here is our own)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summitgraph.errors import InputError
from summitgraph.ingest import read_bytes, read_path
from summitgraph.store import open_store

SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
BODY = "Ngày 12/11/2022, Hội nghị Cấp cao ASEAN lần thứ 40 khai mạc tại Phnôm Pênh, Campuchia."


def good_line(i: int) -> str:
    return json.dumps({"id": f"bai-{i}", "title": f"Tin số {i}", "text": f"{BODY} Bản tin số {i}."},
                      ensure_ascii=False)


def cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(SUMMITGRAPH), *args], capture_output=True, timeout=120, input=input)


HOSTILE_LINES = {
    "deep": "[" * 2000 + "]" * 2000,
    "deep-object": '{"text": ' + "[" * 5000 + "]" * 5000 + "}",
    "surrogate-text": '{"id": "s1", "text": "' + BODY + ' \\ud800 hết."}',
    "surrogate-title": '{"id": "s2", "title": "Tin \\udfff", "text": "' + BODY + '"}',
    "nul-text": '{"id": "n1", "text": "' + BODY + ' \\u0000 hết."}',
    "nul-title": '{"id": "n2", "title": "Tin\\u0000 số", "text": "' + BODY + ' Thêm."}',
}


def test_each_hostile_jsonl_line_is_one_reason_or_a_clean_article():
    lines = [good_line(1), *HOSTILE_LINES.values(), good_line(2)]
    errors: list[InputError] = []
    articles = read_bytes("\n".join(lines).encode("utf-8"), "tin.jsonl", errors=errors)
    assert {a.id for a in articles} >= {"bai-1", "bai-2", "s1", "s2", "n1", "n2"}
    assert [e.source for e in errors] == ["tin.jsonl:2", "tin.jsonl:3"]
    assert all("\n" not in e.one_line() and "nested" in e.one_line() for e in errors)
    for article in articles:
        for value in (article.text, article.original, article.title or "", article.id):
            assert "\x00" not in value and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)
            value.encode("utf-8")
    assert next(a for a in articles if a.id == "n2").title == "Tin số"


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_hostile_lines_never_stop_an_ingest(how, store_url, tmp_path):
    lines = [good_line(1), *HOSTILE_LINES.values(), good_line(2)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (tmp_path / "a.jsonl").write_bytes(data)
    (tmp_path / "z.jsonl").write_text(good_line(3) + "\n", encoding="utf-8")
    args = [str(tmp_path / "a.jsonl"), str(tmp_path / "z.jsonl")] if how == "file" else ["-"]
    result = cli("ingest", *args, "--db", store_url, "--no-resolve", input=data if how == "stdin" else None)
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert len([line for line in stderr.splitlines() if line.startswith("error:")]) == 2
    with open_store(store_url) as store:
        assert store.count_articles() == (7 if how == "file" else 6)


def test_extract_survives_a_surrogate_in_a_jsonl_line():
    for name, key in (("surrogate-text", "s1"), ("surrogate-title", "s2")):
        result = cli("extract", "-", input=(HOSTILE_LINES[name] + "\n").encode())
        assert result.returncode == 0 and json.loads(result.stdout)["file"] == key, result.stderr


def test_same_named_files_in_different_folders_are_distinct_articles(store_url, tmp_path):
    for folder, city in (("d1", "Hà Nội"), ("d2", "Huế")):
        (tmp_path / "root" / folder).mkdir(parents=True)
        (tmp_path / "root" / folder / "article.txt").write_text(
            f"Tin từ {city}\n\nNgày 3/3/2024, đoàn đại biểu thăm {city} và dự hội nghị.", encoding="utf-8")
    for _ in range(3):
        result = cli("ingest", str(tmp_path / "root"), "--db", store_url, "--no-resolve", "--reread")
        assert result.returncode == 0, result.stderr
    with open_store(store_url) as store:
        assert sorted(a.key for a in store.list_articles()) == ["d1/article.txt", "d2/article.txt"]
        assert store.stats()["article_versions"] == 2
    assert {a.id for a in read_path(tmp_path / "root")} == {"d1/article.txt", "d2/article.txt"}
    assert [a.id for a in read_path(tmp_path / "root" / "d1" / "article.txt")] == ["article.txt"]


def test_a_named_pipe_in_a_folder_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "ok.txt").write_text(f"Tin\n\n{BODY}", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    found = list(read_path(tmp_path))
    reasons = [item for item in found if isinstance(item, InputError)]
    assert [r.source for r in reasons] == [str(tmp_path / "pipe.txt")] and "named pipe" in reasons[0].one_line()
    assert sum(not isinstance(item, InputError) for item in found) == 1


def test_a_txt_with_cr_only_line_ends_keeps_its_body():
    article = read_bytes(f"Tiêu đề bài\r\r{BODY}\rĐoạn thứ hai của bài.".encode(), "cr.txt")[0]
    assert article.title == "Tiêu đề bài" and "Đoạn thứ hai" in article.text and BODY in article.text


def test_only_http_and_https_urls_are_links():
    from summitgraph.ingest.sources import web_url as safe_link
    assert safe_link("https://example.org/a") == "https://example.org/a"
    assert safe_link("HTTP://example.org/a") == "HTTP://example.org/a"
    for bad in ("javascript:alert(1)", "data:text/html,<b>x</b>", " javascript:alert(1)", "vbscript:x",
                "file:///etc/passwd", "//evil.example/x", "java\tscript:alert(1)"):
        assert safe_link(bad) is None, bad


def test_terminal_escapes_in_file_names_are_printed_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\x1b[31mred.pdf").write_bytes(b"%PDF-1.4")
    (folder / "tin\x1b]0;owned\x07.txt").write_text("", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    result = cli("ingest", str(folder), "--db", url)
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr
    assert result.stderr.count(b"\\x1b") == 2
    status = subprocess.run([str(SUMMITGRAPH), "status", "--db", url], capture_output=True, timeout=60,
                            env={**os.environ, "COLUMNS": "400"})
    assert b"\x1b" not in status.stdout and b"\\x1b" in status.stdout


def test_workers_exit_when_the_ingest_is_killed(tmp_path):
    import signal
    import time

    import psutil

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"tin-{i}.txt").write_text(f"Tin số {i}\n\n{BODY} Bản tin số {i}.", encoding="utf-8")
    plugins = Path(__file__).resolve().parent / "plugins"
    env = {**os.environ, "SUMMITGRAPH_EXTRA_STAGES": "slow_stages:STAGES",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([str(SUMMITGRAPH), "ingest", str(folder), "--db", f"sqlite:///{tmp_path / 's.db'}",
                             "--workers", "2", "--batch", "1", "--no-resolve"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        children: list = []
        while time.monotonic() < deadline:
            children = psutil.Process(proc.pid).children(recursive=True)
            if len(children) >= 3:   # forkserver (or resource tracker) and the two workers
                break
            time.sleep(0.2)
        assert len(children) >= 3, children
        time.sleep(1.0)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        gone, alive = psutil.wait_procs(children, timeout=15)
        assert alive == [], [(p.pid, p.name()) for p in alive]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
