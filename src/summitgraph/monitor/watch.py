"""`summitgraph watch`: fetch, wait, fetch again, until SIGTERM or Ctrl-C.

A signal sets an event: the fetch in progress finishes the page in hand (its article and item are written in
one transaction) and the loop ends; the wait between fetches ends at once. Nothing discovered is lost: items
not yet fetched stay pending in the store for the next run.
"""
from __future__ import annotations

import re
import time
import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from summitgraph.errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}
MIN_EVERY = 60.0   # a source is not polled more often than once a minute


def parse_every(text: str, *, floor: float = MIN_EVERY) -> float:
    """"15m", "1h", "90s" or a number of seconds -> seconds; ConfigError below ``floor``."""
    match = _DURATION.match(text)
    if not match:
        raise ConfigError(f"--every {text!r}: expected a duration such as 15m, 1h or 90s")
    seconds = float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]
    if seconds < floor:
        raise ConfigError(f"--every {text!r}: at least {floor:.0f} s between fetches")
    return seconds


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """While inside: SIGTERM and SIGINT set ``stop`` instead of killing the process mid-write."""
    def handler(signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(cycle: Callable[[int], None], every: float, stop: threading.Event, *, cycles: int | None = None) -> int:
    """Run ``cycle(n)`` every ``every`` seconds (counted from each start) until ``stop`` is set or ``cycles``
    have run. Returns the number of cycles completed."""
    done = 0
    while not stop.is_set():
        started = time.monotonic()
        cycle(done + 1)
        done += 1
        if cycles is not None and done >= cycles:
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return done

