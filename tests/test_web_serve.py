"""`summitgraph serve` as a user runs it: a process on a free loopback port that prints its address, brings
the knowledge base up to date, registers the token it was given, and answers."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from browser.corpus import ingest
from summitgraph.cli.serve import is_loopback, register_token
from summitgraph.store import open_store

TOKEN = "serve-test-token-0123456789"


@pytest.fixture()
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    with open_store(url) as store:
        ingest(store)          # ingested but not resolved: serve must build the knowledge base itself
    return url


@pytest.fixture()
def server(db_url):
    env = {**os.environ, "SUMMITGRAPH_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-c", "from summitgraph.cli import main; main()", "serve",
                             "--db", db_url, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line + proc.stderr.read() if proc.poll() is not None else line
        address = line.split(" at ")[1].split()[0]
        yield proc, address
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_until_up(address: str) -> httpx.Response:
    deadline = time.monotonic() + 15
    while True:
        try:
            return httpx.get(address + "api/health", timeout=2)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_serve_prints_its_loopback_address_and_answers(server):
    proc, address = server
    assert address.startswith("http://127.0.0.1:") and address.endswith("/")
    assert wait_until_up(address).json() == {"status": "ok", "articles": 5}
    meetings = httpx.get(address + "api/meetings").json()
    assert meetings["total"] > 0            # the knowledge base was built before serving
    assert "Dòng thời gian" in httpx.get(address).text


def test_serve_registers_the_token_from_the_environment(server):
    _, address = server
    wait_until_up(address)
    body = {"target_kind": "meeting", "target_key": "amm#55", "field": "status", "value": "held"}
    assert httpx.post(address + "api/corrections", json=body).status_code == 401
    accepted = httpx.post(address + "api/corrections", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert accepted.status_code == 201 and accepted.json()["correction"]["author"] == "serve"


def test_serve_refuses_a_port_in_use(db_url):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-c", "from summitgraph.cli import main; main()", "serve",
                               "--db", db_url, "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr


def test_register_token_is_idempotent_and_replaces(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        register_token(store, TOKEN)
        register_token(store, TOKEN)
        assert store.verify_token(TOKEN) == "serve"
        register_token(store, "another-token-abcdefghijkl")
        assert store.verify_token(TOKEN) is None and store.verify_token("another-token-abcdefghijkl") == "serve"


def test_loopback():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
