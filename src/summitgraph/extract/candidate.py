"""A meeting as one mention says it, before mentions of the same meeting are merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from summitgraph.model import Span


@dataclass
class Candidate:
    """One mention of a meeting with the slots read around it."""

    series: str
    name: str
    span: Span
    ordinal: int | None = None
    partner: str | None = None
    parties: tuple[str, ...] | None = None
    counterpart: str | None = None     # folded name of the other side's person, for talks
    counterpart_country: str | None = None  # a visitor meets the host's office-holders
    subject: str | None = None         # folded name of the person meeting the counterpart, for talks
    receiver: str | None = None        # the side receiving a guest ("tiếp", "chủ trì lễ đón"), for talks
    counterpart_titles: tuple[str, ...] = ()  # the counterpart's folded titles ("chu tich quoc hoi")
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    format: str | None = None
    status: str | None = None
    topical: bool = False              # dated, or named in the article's lead: one occasion
    host_said: bool = False            # the text says the host country hosts or chairs it
    chair_said: str | None = None      # the country the text says chairs it ("do Lào chủ trì")
    cochairs_said: tuple[str, ...] = ()  # the countries the text says co-chair it ("Việt Nam và Nhật Bản đồng chủ trì")
    status_said: bool = False          # the status was read from words or dates, not defaulted
    prepares: "Candidate | None" = None
    generic: bool = False
    acronym_only: bool = False
    day_of_act: bool = False           # its day is that of something done at it ("ký ngày 28/1 tại Hội nghị ...")
    other_year: bool = False           # dated by a bare year other than the article's ("đăng cai APEC năm 2006")
    confidence: float = 0.7
    spans: list[Span] = field(default_factory=list)
