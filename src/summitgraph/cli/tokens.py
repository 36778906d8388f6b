"""`summitgraph token add/list/revoke`: write tokens, stored hashed with the store under names, so one can
be taken back without touching the others; `serve` honours them unless started with --read-only."""
from __future__ import annotations

from typing import Optional

import typer

from summitgraph.cli.app import DbOption, app, err, fail, out, store_at

token_app = typer.Typer(help="Write tokens for corrections: add, list, revoke.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(token_app, name="token")


@token_app.command("add")
def add(name: str = typer.Argument(..., help="Who or what uses the token (a person, a service)."),
        db: Optional[str] = DbOption) -> None:
    """Create a write token under NAME and print it once (only its hash is stored)."""
    with store_at(db) as store:
        token = store.create_token(name.strip())
    out.print(token, markup=False)
    err.print(f"token {name.strip()!r} added; it is shown only now. Revoke it with "
              f"`summitgraph token revoke {name.strip()}`", markup=False)


@token_app.command("list")
def list_tokens(db: Optional[str] = DbOption) -> None:
    """The names of the stored write tokens (never the tokens)."""
    with store_at(db) as store:
        names = store.token_names()
    for name in names:
        out.print(name, markup=False)
    if not names:
        err.print("no write tokens: corrections are read-only (`summitgraph token add NAME`)", markup=False)


@token_app.command("revoke")
def revoke(name: str = typer.Argument(..., help="The token's name."), db: Optional[str] = DbOption) -> None:
    """Take a write token back: from now on it writes nothing, on every server over this store."""
    with store_at(db) as store:
        existed = store.revoke_token(name)
    if not existed:
        fail(f"no token named {name!r} (`summitgraph token list` shows them)")
    err.print(f"token {name!r} revoked", markup=False)
