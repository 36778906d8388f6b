"""A test-only extraction stage that fails on purpose, plugged in with SUMMITGRAPH_EXTRA_STAGES.

It lives outside the package so that no shipped extractor is patched: the pipeline loads it by name, in the
test process and in every worker (local pool or Dask), which inherit the environment. Each article says how
it should fail by a marker word in its text."""
from __future__ import annotations

from summitgraph.extract.context import DocContext
from summitgraph.extract.pipeline import Stage

NAME = "fragile"
VERSION = "test-1"
MARKERS = ("failindex", "failrecursion", "failmemory")


def _recurse(depth: int) -> int:
    return _recurse(depth + 1) + 1


def read_fragile(ctx: DocContext) -> list:
    """Raises as the article's marker asks; reads nothing otherwise. Sees the earlier stages' records."""
    text = ctx.text
    if "failindex" in text:
        return [ctx.sentences[len(ctx.sentences) + 5]]          # an IndexError, as a rule's off-by-one gives
    if "failrecursion" in text:
        _recurse(0)                                              # a real RecursionError
    if "failmemory" in text:
        raise MemoryError("cannot allocate 8589934592 bytes")   # what a runaway allocation raises
    return []


STAGES = (Stage(NAME, VERSION, read_fragile, ""),)
