"""The command line: a thin layer over the ingest, extract, store and kb modules.

Each command group lives in its own module and registers itself on ``app``; this file only
composes them.
"""
from __future__ import annotations

from summitgraph.cli.app import app
from summitgraph.cli import ingest as _ingest  # noqa: F401  (registers commands)
from summitgraph.cli import evaluate as _evaluate  # noqa: F401
from summitgraph.cli import articles as _articles  # noqa: F401
from summitgraph.cli import serve as _serve  # noqa: F401
from summitgraph.cli import kb as _kb  # noqa: F401
from summitgraph.cli import monitor as _monitor  # noqa: F401
from summitgraph.cli import tokens as _tokens  # noqa: F401


def main() -> None:
    app()


__all__ = ["app", "main"]
