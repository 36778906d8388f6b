"""A fixture HTTP server on 127.0.0.1 for the monitor's tests: routes answer with scripted responses (a status,
headers, a body, a delay; a list of them is served in turn, the last one repeating), and every request is
logged with its arrival time and headers."""
from __future__ import annotations

import select
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "monitor"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0               # seconds before the status line
    etag: str | None = None          # answers 304 to a matching If-None-Match
    length: bool = True              # False: no Content-Length (the body ends when the connection closes)
    trickle: float = 0.0             # seconds between chunks of 1 kB (a server that drips)


@dataclass(frozen=True)
class Logged:
    at: float                        # time.monotonic() at arrival
    path: str                        # with the query string
    headers: dict[str, str]


@dataclass
class Route:
    replies: list[Reply]
    served: int = 0
    on_request: Callable[[], None] | None = None

    def next(self) -> Reply:
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


class FixtureServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Logged] = []
        self.in_flight = 0
        self.most_in_flight = 0          # requests being answered at once, at most
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
                server.handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "FixtureServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def route(self, path: str, *replies: Reply, on_request: Callable[[], None] | None = None) -> None:
        self.routes[path] = Route(list(replies), on_request=on_request)

    def page(self, path: str, fixture: str, **kwargs: object) -> None:
        """Serve a fixture file as an HTML page."""
        self.route(path, Reply(200, fixture_bytes(fixture, self.base),
                               (("Content-Type", "text/html; charset=utf-8"),
                                ("Last-Modified", "Wed, 08 Jul 2026 03:00:00 GMT")), **kwargs))

    def requests(self, path: str | None = None) -> list[Logged]:
        with self._lock:
            return [entry for entry in self.log if path is None or entry.path == path]

    def paths(self) -> list[str]:
        return [entry.path for entry in self.requests()]

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            self._answer(handler)
        finally:
            with self._lock:
                self.in_flight -= 1

    def gaps(self) -> list[float]:
        """Seconds between the arrivals of consecutive requests."""
        times = [entry.at for entry in self.requests()]
        return [later - earlier for earlier, later in zip(times, times[1:])]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.log.append(Logged(time.monotonic(), handler.path, {k.lower(): v for k, v in handler.headers.items()}))
            route = self.routes.get(handler.path) or self.routes.get(handler.path.split("?")[0])
            reply = route.next() if route else Reply(404, b"not found", (("Content-Type", "text/plain"),))
        if route and route.on_request:
            route.on_request()
        if reply.delay and not _wait_unless_client_leaves(handler, reply.delay):
            return   # the client hung up (it timed out): nothing is in flight any more
        if reply.etag and handler.headers.get("If-None-Match") == reply.etag:
            handler.send_response(304)
            handler.send_header("ETag", reply.etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers:
                handler.send_header(name, value)
            if reply.etag:
                handler.send_header("ETag", reply.etag)
            if reply.length:
                handler.send_header("Content-Length", str(len(reply.body)))
            else:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            if reply.trickle:
                for start in range(0, len(reply.body), 1024):
                    handler.wfile.write(reply.body[start:start + 1024])
                    handler.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass   # the client gave up (a timeout, a page too large): that is what some tests check


def _wait_unless_client_leaves(handler: BaseHTTPRequestHandler, seconds: float) -> bool:
    """Sleep ``seconds``; False as soon as the client closes the connection."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([handler.connection], [], [], min(left, 0.02))
        if readable and handler.connection.recv(1, socket.MSG_PEEK) == b"":
            handler.close_connection = True
            return False
    return True


def fixture_bytes(name: str, base: str) -> bytes:
    """A fixture file with {BASE} replaced by the server's address."""
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{BASE}", base).encode("utf-8")


def rss(base: str, items: list[tuple[str, str, str]], *, title: str = "Thời sự - Báo Thế giới và Việt Nam") -> bytes:
    """A small RSS 2.0 feed of (path, title, description) items, in the layout the outlets publish."""
    entries = "".join(
        f"<item><title><![CDATA[{t}]]></title><link>{base}{p}</link><guid isPermaLink=\"true\">{base}{p}</guid>"
        f"<description><![CDATA[{d}]]></description><pubDate>Wed, 08 Jul 2026 02:30:00 GMT</pubDate></item>"
        for p, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>Tin mới</description><language>vi</language>{entries}"
            "</channel></rss>").encode("utf-8")


def rss_reply(base: str, items: list[tuple[str, str, str]], **kwargs: object) -> Reply:
    return Reply(200, rss(base, items), (("Content-Type", "application/rss+xml; charset=utf-8"),), **kwargs)
