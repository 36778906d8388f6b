"""What an incremental knowledge-base update costs: it does the work its new articles call for, not the whole
corpus's, and still ends exactly as a full rebuild (tests/test_incremental.py compares the two tables row by row;
the tests here check that the shortcuts are taken and give the same result)."""
from __future__ import annotations

import importlib
import sys

import pytest

importlib.import_module("summitgraph.kb.build.dedup")
dedup = sys.modules["summitgraph.kb.build.dedup"]     # kb.build's package exports a function named like it


@pytest.mark.parametrize("threshold", [0.7])
def test_the_known_lsh_bands_are_those_datasketch_chooses(threshold):
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=dedup.NUM_PERM)
    expected = tuple((start * 4, end * 4) for start, end in lsh.hashranges)
    dedup.bands.cache_clear()
    assert dedup.bands(threshold) == expected


def test_a_rebuild_at_the_default_threshold_does_not_import_datasketch():
    import subprocess

    code = ("import sys, importlib; importlib.import_module('summitgraph.kb.build.dedup');"
            "d = sys.modules['summitgraph.kb.build.dedup']; d.bands(d.DEFAULT_THRESHOLD);"
            "print('datasketch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
