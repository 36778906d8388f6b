"""A test-only stage that takes its time, so a test can kill an ingest while its workers are busy."""
from __future__ import annotations

import time

from summitgraph.extract.context import DocContext
from summitgraph.extract.pipeline import Stage


def read_slowly(ctx: DocContext) -> list:
    time.sleep(0.5)
    return []


STAGES = (Stage("slow", "test-1", read_slowly, ""),)
