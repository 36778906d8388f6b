"""The Typer application and the options every store command shares."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import typer
from rich.console import Console

from summitgraph.errors import SummitGraphError
from summitgraph.ingest.decode import printable

app = typer.Typer(
    name="summitgraph",
    help="A sourced, queryable record of the ASEAN meeting system, read from Vietnamese news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

# Results go to standard output; progress, summaries and errors to standard error.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

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
