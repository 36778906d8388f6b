"""A polite HTTP client: robots.txt, a delay between requests to one host, few requests at a time per host,
conditional GETs, timeouts, size limits, retries with backoff, Retry-After, bounded redirects.

    with PoliteClient(Settings()) as client:
        page = client.get("https://example.vn/a.html", limit=client.settings.max_page_bytes)

``get`` returns a Fetched (any 2xx, 304, 404 or 410) or raises FetchError saying why nothing usable came back
and whether trying again later could help.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Mapping
from urllib.parse import urljoin, urlsplit

import httpx

from summitgraph.ingest import package_version
from summitgraph.monitor.robots import ALLOW_ALL, Robots, unreachable

AGENT_TOKEN = "summitgraph"


def user_agent() -> str:
    return f"{AGENT_TOKEN}/{package_version()} (ASEAN meeting record; news monitor)"


@dataclass(frozen=True)
class Settings:
    delay: float = 1.0                 # seconds between two requests to one host (a source's delay may raise it)
    per_host: int = 1                  # requests in flight to one host at a time
    timeout: float = 20.0              # seconds to connect, and between two bytes of a response
    max_seconds: float = 120.0         # for a whole response, however steadily it trickles
    max_page_bytes: int = 5_000_000
    max_feed_bytes: int = 10_000_000
    retries: int = 3                   # further attempts after a timeout, a 5xx, or a 429/503
    backoff: float = 2.0               # first wait before a retry; doubled each time
    max_retry_after: float = 300.0     # a longer Retry-After is not waited out: the host is left for this run
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    url: str                 # after redirects
    status: int              # 2xx, 304, 404 or 410
    headers: Mapping[str, str]
    body: bytes
    fetched_at: str          # ISO 8601 UTC, when the response came

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class FetchError(Exception):
    """Nothing usable came back. ``retryable``: a later fetch may succeed (timeouts, 5xx, rate limits)."""

    def __init__(self, url: str, reason: str, *, retryable: bool) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.retryable = retryable


@dataclass(frozen=True)
class LoggedRequest:
    url: str
    status: int | None       # None: no response (timeout, connection error, aborted as too large)
    started: float           # time.monotonic()
    note: str = ""


@dataclass
class _Host:
    """One host's pacing: at most ``per_host`` requests at once, ``delay`` apart; its robots.txt."""

    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots_lock: threading.Lock = field(default_factory=threading.Lock)   # one robots.txt request per host
    next_at: float = 0.0
    delay: float = 1.0
    blocked: str | None = None       # why the host is left alone for the rest of the run
    robots: Robots | None = None


RETRY_STATUSES = frozenset({500, 502, 503, 504, 429})
FINAL_STATUSES = frozenset({404, 410})


class PoliteClient:
    def __init__(self, settings: Settings | None = None, *, transport: httpx.BaseTransport | None = None,
                 stop: threading.Event | None = None) -> None:
        self.settings = settings or Settings()
        self.stop = stop or threading.Event()   # set: every wait ends at once and the request is not made
        self.agent = user_agent()
        timeout = httpx.Timeout(self.settings.timeout)
        self.http = httpx.Client(headers={"User-Agent": self.agent}, timeout=timeout, follow_redirects=False,
                                 transport=transport)
        self.log: list[LoggedRequest] = []
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    # --- public ----------------------------------------------------------------------------------------

    def get(self, url: str, *, limit: int, headers: Mapping[str, str] | None = None,
            delay: float | None = None) -> Fetched:
        """GET ``url`` politely, following redirects (each hop asked of robots.txt). ``delay``: the source's
        own minimum gap between requests to this host."""
        seen: set[str] = set()
        current = url
        for _ in range(self.settings.max_redirects + 1):
            seen.add(current)
            response = self._get_once(current, limit=limit, headers=headers, delay=delay)
            if not isinstance(response, str):
                return response
            target = urljoin(current, response)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(url, f"redirected out of the web ({target[:80]})", retryable=False)
            if target in seen:
                raise FetchError(url, f"redirect loop (back to {target})", retryable=False)
            current = target
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects", retryable=False)

    def begin_run(self) -> None:
        """A new fetch by the same client (``watch``'s next cycle): robots.txt is read again and hosts left alone
        are tried again, but each host's pacing carries on, so a cycle's first request keeps its distance from
        the previous cycle's last."""
        with self._hosts_lock:
            for host in self._hosts.values():
                host.robots, host.blocked = None, None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- one URL, with robots, pacing and retries ------------------------------------------------------

    def _get_once(self, url: str, *, limit: int, headers: Mapping[str, str] | None,
                  delay: float | None) -> Fetched | str:
        """A Fetched, or the Location of a redirect."""
        host = self._host(url, delay)
        if host.blocked:
            raise FetchError(url, host.blocked, retryable=True)
        robots = self._robots(url, host)
        if not robots.allows(url, AGENT_TOKEN):
            raise FetchError(url, robots.note or "disallowed by robots.txt", retryable=False)
        wait = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            last = attempt == self.settings.retries
            try:
                response = self._request(url, host, limit=limit, headers=headers)
            except httpx.TimeoutException:
                if last:
                    raise FetchError(url, f"timed out after {self.settings.retries + 1} attempts",
                                     retryable=True) from None
                self._pause(wait, url)
                wait *= 2
                continue
            except httpx.HTTPError as exc:
                if last:
                    raise FetchError(url, f"connection failed ({type(exc).__name__})", retryable=True) from None
                self._pause(wait, url)
                wait *= 2
                continue
            status = response.status
            if status in RETRY_STATUSES:
                pause = self._retry_after(response) if status in (429, 503) else None
                if pause is not None and pause > self.settings.max_retry_after:
                    host.blocked = f"HTTP {status}: the server asked to wait {pause:.0f} s; left for this run"
                    raise FetchError(url, host.blocked, retryable=True)
                if last:
                    raise FetchError(url, f"HTTP {status} after {self.settings.retries + 1} attempts",
                                     retryable=True)
                if pause is not None:
                    with host.lock:   # every request to the host waits, not only this one
                        host.next_at = max(host.next_at, time.monotonic() + pause)
                else:
                    self._pause(wait, url)
                    wait *= 2
                continue
            if 300 <= status < 400 and status != 304:
                location = response.header("location")
                if not location:
                    raise FetchError(url, f"HTTP {status} without a Location", retryable=False)
                return location
            if 200 <= status < 300 or status == 304 or status in FINAL_STATUSES:
                return response
            raise FetchError(url, f"HTTP {status}", retryable=False)
        raise AssertionError("unreachable")  # pragma: no cover  (the loop returns or raises)

    def _retry_after(self, response: Fetched) -> float | None:
        value = response.header("retry-after")
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())

    def _request(self, url: str, host: _Host, *, limit: int, headers: Mapping[str, str] | None) -> Fetched:
        """One request, paced, with the body read up to ``limit`` bytes."""
        with host.slots:
            self._wait_turn(host, url)
            started = time.monotonic()
            try:
                with self.http.stream("GET", url, headers=dict(headers or {})) as response:
                    body = self._read_body(url, response, limit, started)
                    fetched = Fetched(str(response.url), response.status_code,
                                      {k.lower(): v for k, v in response.headers.items()}, body, _now())
            except httpx.HTTPError as exc:
                self.log.append(LoggedRequest(url, None, started, type(exc).__name__))
                raise
            finally:
                with host.lock:
                    host.next_at = max(host.next_at, time.monotonic() + host.delay)
        self.log.append(LoggedRequest(url, fetched.status, started))
        return fetched

    def _read_body(self, url: str, response: httpx.Response, limit: int, started: float) -> bytes:
        if not (200 <= response.status_code < 300):
            return b""   # errors, redirects and 304s are judged by status and headers alone
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            self.log.append(LoggedRequest(url, response.status_code, started, "too large"))
            raise FetchError(url, f"too large ({int(declared)} bytes declared, limit {limit})", retryable=False)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            if time.monotonic() - started > self.settings.max_seconds:
                # A server that drips a byte at a time never trips the timeout between bytes.
                self.log.append(LoggedRequest(url, response.status_code, started, "too slow"))
                raise httpx.ReadTimeout(f"{url}: still sending after {self.settings.max_seconds:.0f} s")
            size += len(chunk)
            if size > limit:
                self.log.append(LoggedRequest(url, response.status_code, started, "too large"))
                raise FetchError(url, f"too large (over {limit} bytes)", retryable=False)
            chunks.append(chunk)
        return b"".join(chunks)

    def _pause(self, seconds: float, url: str) -> None:
        """Wait (a backoff, a host's turn), unless told to stop: then give up on this URL for now."""
        if self.stop.wait(seconds):
            raise FetchError(url, "stopped before it was fetched", retryable=True)

    def _wait_turn(self, host: _Host, url: str) -> None:
        while True:
            with host.lock:
                pause = host.next_at - time.monotonic()
                if pause <= 0:
                    host.next_at = time.monotonic() + host.delay
                    return
            self._pause(pause, url)

    # --- hosts and robots.txt --------------------------------------------------------------------------

    def _host(self, url: str, delay: float | None) -> _Host:
        key = _host_key(url)
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(self.settings.per_host),
                                                delay=self.settings.delay)
        if delay is not None and delay > host.delay:
            host.delay = delay
        return host

    def _robots(self, url: str, host: _Host) -> Robots:
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._read_robots(url, host)
            return host.robots

    def _read_robots(self, url: str, host: _Host) -> Robots:
        robots_url = urljoin(_host_key(url) + "/", "/robots.txt")
        try:
            response = self._robots_response(robots_url, host)
        except (httpx.HTTPError, FetchError) as exc:
            return unreachable(type(exc).__name__)
        if 200 <= response.status < 300:
            robots = Robots.parse(response.body.decode("utf-8", errors="replace"))
            crawl_delay = robots.crawl_delay(AGENT_TOKEN)
            if crawl_delay and crawl_delay > host.delay:
                with host.lock:   # the request after robots.txt already keeps the new delay
                    host.delay = crawl_delay
                    host.next_at = max(host.next_at, time.monotonic() + crawl_delay)
            return robots
        if 400 <= response.status < 500:
            return ALLOW_ALL
        return unreachable(f"HTTP {response.status}")

    def _robots_response(self, robots_url: str, host: _Host) -> Fetched:
        """robots.txt, following up to five redirects (RFC 9309), paced like any request, not retried."""
        current = robots_url
        for _ in range(5):
            response = self._request(current, host, limit=500_000, headers=None)
            location = response.header("location")
            if not (300 <= response.status < 400 and location):
                return response
            current = urljoin(current, location)
        raise FetchError(robots_url, "robots.txt redirects too often", retryable=True)


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
