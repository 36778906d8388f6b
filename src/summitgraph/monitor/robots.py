"""robots.txt, read once per host per run and asked before every request to that host (protego)."""
from __future__ import annotations

from dataclasses import dataclass

from protego import Protego


@dataclass(frozen=True)
class Robots:
    """What one host's robots.txt says for our User-Agent. ``rules`` None with ``allow_all``: no robots.txt
    (4xx); None without: it could not be read (5xx, network), and RFC 9309 says to assume full disallow."""

    rules: Protego | None
    allow_all: bool
    note: str = ""

    @classmethod
    def parse(cls, text: str) -> "Robots":
        return cls(Protego.parse(text), allow_all=False)

    def allows(self, url: str, agent: str) -> bool:
        if self.rules is None:
            return self.allow_all
        return bool(self.rules.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(agent)
        return float(delay) if delay is not None else None


ALLOW_ALL = Robots(None, allow_all=True, note="no robots.txt")


def unreachable(reason: str) -> Robots:
    return Robots(None, allow_all=False, note=f"robots.txt unreachable ({reason}): nothing fetched")
