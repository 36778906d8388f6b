"""The Typer application and the options every store command shares.

Importing the CLI must stay cheap (`--help` answers in a fraction of a second): command modules import what
their commands use inside the commands, and nothing here loads rich until something is printed.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import typer

from summitgraph.cli import coercion
from summitgraph.errors import SummitGraphError
from summitgraph.text.terminal import printable

coercion.install()

app = typer.Typer(
    name="summitgraph",
    help="A sourced, queryable record of the ASEAN meeting system, read from Vietnamese news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class LazyConsole:
    """A rich Console built on first use: rich costs tens of milliseconds to import, which `--help` and a
    command that fails on its arguments never need."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Any = None

    def real(self) -> Any:
        """The rich Console itself, for rich objects that take one (a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


# Results go to standard output; progress, summaries and errors to standard error.
out = LazyConsole(highlight=False, soft_wrap=True)
err = LazyConsole(stderr=True, highlight=False, soft_wrap=True)

DB_HELP = "Store URL: sqlite:///path or postgresql://user@host:port/db (default: $SUMMITGRAPH_DB, else sqlite:///summitgraph.db)."
DbOption = typer.Option(None, "--db", help=DB_HELP, envvar="SUMMITGRAPH_DB", show_envvar=False)
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {printable(message)}", markup=False)
    raise typer.Exit(code)


@contextmanager
def store_at(url: str | None) -> Iterator["object"]:
    """Open the store for one command; a store problem becomes a one-line error, not a traceback."""
    from summitgraph.store import open_store

    try:
        store = open_store(url)
    except SummitGraphError as exc:
        fail(exc.one_line())
    try:
        yield store
    except SummitGraphError as exc:
        fail(exc.one_line())
    finally:
        store.close()
