"""Browser tests: the real server (uvicorn, on a free loopback port, in a thread) over a store filled through
the pipeline, driven by Playwright with Debian's Chromium. Screenshots go to test-artifacts/browser/."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser.corpus import filled_store

CHROMIUM = Path(os.environ.get("SUMMITGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"Debian Chromium is not installed at {CHROMIUM} (scripts/browser.sh installs it)")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, chromium_path):
    import uvicorn

    from summitgraph.api.app import create_app

    store = filled_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'browser.db'}")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "store": store}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """What a page did that it should not: load from another host, log an error (a CSP violation is one),
    open a dialog (a script that ran)."""

    def __init__(self, allowed_host: str) -> None:
        self.allowed_host = allowed_host
        self.external: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture()
def page(browser, live_server, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(10_000)
    host = urlparse(live_server["url"]).netloc
    watch = PageWatch(host)

    def guard(route):
        if urlparse(route.request.url).netloc == host:
            route.continue_()
        else:
            watch.external.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("console", lambda msg: watch.console_errors.append(msg.text) if msg.type == "error" else None)

    def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.watch = watch
    page.base_url = live_server["url"]
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-final.png"), full_page=True)
    context.close()
    assert not watch.external, f"the page loaded from elsewhere: {watch.external}"
    assert not watch.dialogs, f"a script ran and opened a dialog: {watch.dialogs}"
    # 401/403 responses are logged by Chromium as failed loads; anything else is a page error.
    errors = [e for e in watch.console_errors if "status of 40" not in e]
    assert not errors, f"console errors: {errors}"


@pytest.fixture()
def shot(page):
    """shot("name"): keep a screenshot of the page as it is now."""
    def take(name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    return take
