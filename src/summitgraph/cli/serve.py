"""`summitgraph serve`: the REST API and the web pages over a store, on 127.0.0.1 unless told otherwise."""
from __future__ import annotations

import ipaddress
import socket
from typing import Optional

import typer

from summitgraph.cli.app import DbOption, app, err, fail, out
from summitgraph.errors import ConfigError, SummitGraphError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_NAME = "serve"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 takes a free one. Bound here so the real address can be printed first."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                          hint="pick another --port, or stop what uses it") from exc
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def address_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def register_token(store: object, token: str, name: str = TOKEN_NAME) -> None:
    """Make ``token`` a valid write token under ``name`` (stored hashed). Giving the same token again changes
    nothing; a different one replaces the one registered under that name before."""
    current = store.verify_token(token)
    if current is not None:
        return
    if name in store.token_names():
        store.revoke_token(name)
    store.add_token(name, token)


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(DEFAULT_PORT, "--port", min=0, max=65535, help="Port (0: any free port)."),
    token: Optional[str] = typer.Option(None, "--token", envvar="SUMMITGRAPH_TOKEN", show_envvar=True,
                                        help="Register this write token (at least 16 characters) for corrections, "
                                             "stored under the name 'serve'."),
    read_only: bool = typer.Option(False, "--read-only",
                                   help="Honour no write token: corrections are refused."),
    log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level: debug, info, warning, error."),
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web pages over the store, and print the address."""
    import uvicorn

    from summitgraph import kb
    from summitgraph.api.app import create_app
    from summitgraph.store import open_store

    try:
        store = open_store(db)
    except SummitGraphError as exc:
        fail(exc.one_line())
    if read_only and token:
        store.close()
        fail("--read-only and --token contradict each other")
    try:
        if token:
            register_token(store, token)
        store.tokens_honoured = not read_only
        writers = store.token_names()
        reason = kb.stale_reason(store)
        if reason:
            summary = kb.rebuild(store)
            err.print(f"knowledge base rebuilt ({reason}): {summary.meetings} meetings, {summary.people} people "
                      f"from {summary.articles} articles", markup=False)
        sock = bind(host, port)
    except SummitGraphError as exc:
        store.close()
        fail(exc.one_line())
    if not is_loopback(host):
        err.print(f"warning: listening on {host}, reachable from other machines; reads are open to them",
                  markup=False)
    address = address_of(sock)
    out.print(f"summitgraph: serving {store.description} at {address} (API docs: {address}docs)", markup=False)
    if read_only:
        err.print("note: --read-only: no write token is honoured; corrections are refused", markup=False)
    elif writers:
        err.print(f"note: corrections accepted with the {len(writers)} stored write token(s): {', '.join(writers)} "
                  "(`summitgraph token revoke NAME` takes one back)", markup=False)
    else:
        err.print("note: no write token stored (--token, SUMMITGRAPH_TOKEN or `summitgraph token add NAME`); "
                  "corrections are read-only", markup=False)
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level=log_level, access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        store.close()
