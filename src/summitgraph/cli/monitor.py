"""`summitgraph sources add|list|remove`, `fetch` and `watch`: keep the record current from news sources."""
from __future__ import annotations

import json
import threading
from typing import List, Optional

import typer

from summitgraph.cli.app import DbOption, JsonOption, app, err, fail, out, store_at
from summitgraph.errors import ConfigError

sources_app = typer.Typer(help="The news sources to watch (a TOML file; see README: Watching news sources).",
                          no_args_is_help=True, rich_markup_mode=None)
app.add_typer(sources_app, name="sources")

SourcesOption = typer.Option(None, "--sources", envvar="SUMMITGRAPH_SOURCES", show_envvar=False,
                             help="The sources file (default: $SUMMITGRAPH_SOURCES, else summitgraph-sources.toml; "
                                  "a missing file means the bundled list of Vietnamese outlets).")
OnlyOption = typer.Option(None, "--source", help="Only this source (repeatable).")
TimeoutOption = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a server before a retry.")
RetriesOption = typer.Option(3, "--retries", min=0, max=10, help="Further attempts after a timeout, 5xx or 429.")
WorkersOption = typer.Option(4, "--workers", min=1, max=16,
                             help="Sources fetched at once (one host is always paced as one).")


def _load(path: Optional[str]):
    from summitgraph.monitor.sources_file import load_sources

    try:
        return load_sources(path)
    except ConfigError as exc:
        fail(exc.one_line())


@sources_app.command("list")
def sources_list(sources: Optional[str] = SourcesOption, db: Optional[str] = DbOption,
                 as_json: bool = JsonOption) -> None:
    """Each source: its feeds, last fetch, items seen, articles stored, and the last error."""
    from rich.table import Table

    from summitgraph.monitor.state import source_statuses

    listed = _load(sources)
    with store_at(db) as store:
        statuses = {s.name: s for s in source_statuses(store, [source.name for source in listed])}
    if as_json:
        out.print_json(json.dumps([{"name": s.name, "feeds": list(s.feeds), "sitemaps": list(s.sitemaps),
                                    "urls": list(s.urls), "keywords": list(s.keywords), "delay": s.delay,
                                    **statuses[s.name].to_json()} for s in listed], ensure_ascii=False))
        return
    table = Table(title=f"{len(listed)} sources")
    table.add_column("source", no_wrap=True)
    table.add_column("watches", no_wrap=True)
    for name in ("last fetch", "items seen", "articles stored", "pending", "last error"):
        table.add_column(name)
    for source in listed:
        s = statuses[source.name]
        watches = f"{len(source.feeds)} feeds, {len(source.sitemaps)} sitemaps, {len(source.urls)} urls"
        table.add_row(source.name, watches, s.last_fetch or "never", str(s.items_seen), str(s.articles_stored),
                      str(s.pending), s.last_error or "")
    out.print(table)


@sources_app.command("add")
def sources_add(
    name: str = typer.Argument(..., help="A short name for the outlet (adding to an existing name merges)."),
    feed: List[str] = typer.Option([], "--feed", help="An RSS or Atom feed URL (repeatable)."),
    sitemap: List[str] = typer.Option([], "--sitemap", help="A news sitemap or sitemap index URL (repeatable)."),
    url: List[str] = typer.Option([], "--url", help="An article page URL to fetch as it is (repeatable)."),
    keyword: List[str] = typer.Option([], "--keyword", help="Keep only items whose title or summary holds one "
                                                            "of these (repeatable; default: the built-in words)."),
    delay: Optional[float] = typer.Option(None, "--delay", help="Seconds between two requests to one host (at "
                                                                  "least 1; default: the source's, else 1)."),
    sources: Optional[str] = SourcesOption,
) -> None:
    """Add a source (or more URLs to one) to the sources file."""
    from summitgraph.monitor.sources_file import (MIN_DELAY, Source, add_source, check_delay, check_url,
                                                  save_sources)

    listed = _load(sources)
    known = {source.name: source for source in listed}
    try:
        for value in (*feed, *sitemap, *url):
            check_url(value, name)
        if delay is None:   # adding a URL to a source keeps its delay
            delay = known[name.strip()].delay if name.strip() in known else MIN_DELAY
        new = Source(name.strip(), tuple(feed), tuple(sitemap), tuple(url), tuple(keyword), delay)
        if not new.locations:
            raise ConfigError(f"{name}: give at least one --feed, --sitemap or --url")
        check_delay(new, "sources add")
        written = save_sources(add_source(listed, new), sources)
    except (ConfigError, OSError) as exc:
        fail(exc.one_line() if isinstance(exc, ConfigError) else f"cannot write the sources file: {exc}")
    err.print(f"{name}: saved in {written}", markup=False)


@sources_app.command("remove")
def sources_remove(name: str = typer.Argument(..., help="The source's name."),
                   sources: Optional[str] = SourcesOption) -> None:
    """Remove a source from the sources file (what it stored stays in the store)."""
    from summitgraph.monitor.sources_file import remove_source, save_sources

    try:
        written = save_sources(remove_source(_load(sources), name), sources)
    except (ConfigError, OSError) as exc:
        fail(exc.one_line() if isinstance(exc, ConfigError) else f"cannot write the sources file: {exc}")
    err.print(f"{name}: removed from {written}", markup=False)


def _selected(sources: Optional[str], only: list[str]):
    listed = _load(sources)
    if only:
        unknown = sorted(set(only) - {s.name for s in listed})
        if unknown:
            fail(f"no source named {', '.join(unknown)} (see `summitgraph sources list`)")
        listed = [s for s in listed if s.name in only]
    return listed


def _settings(timeout: float, retries: int):
    from summitgraph.monitor.client import Settings

    return Settings(timeout=timeout, retries=retries)


def _client(settings, stop: threading.Event):
    from summitgraph.monitor import PoliteClient

    return PoliteClient(settings, stop=stop)


def _run_fetch(store, listed, client, stop: threading.Event, workers: int):
    from summitgraph.ingest.runner import Reporter
    from summitgraph.monitor import fetch_all

    reporter = Reporter(failure=lambda message: err.print(f"error: {message}", markup=False))
    client.begin_run()
    report = fetch_all(store, listed, client, stop=stop, reporter=reporter, workers=workers,
                       on_source=lambda r: err.print(r.line(), markup=False))
    err.print(f"fetch: {report.stored} articles stored, {report.meetings_changed} meeting changes"
              + (" (stopped early)" if report.stopped else ""), markup=False)
    return report


@app.command()
def fetch(db: Optional[str] = DbOption, sources: Optional[str] = SourcesOption,
          source: List[str] = OnlyOption, timeout: float = TimeoutOption, retries: int = RetriesOption,
          workers: int = WorkersOption) -> None:
    """Fetch every source once: new items of its feeds and sitemaps, each page once, stored with its URL as
    provenance; then rebuild the knowledge base and record the meetings that appeared or changed.

    For cron or a systemd timer. SIGTERM or Ctrl-C: the page in hand is finished, the rest waits for the next
    run. The exit status is 1 when no source could be reached at all."""
    from summitgraph.monitor.watch import stop_on_signals

    listed = _selected(sources, source)
    stop = threading.Event()
    with store_at(db) as store, stop_on_signals(stop), _client(_settings(timeout, retries), stop) as client:
        report = _run_fetch(store, listed, client, stop, workers)
    # For cron and systemd: a run that reached no source at all fails, so it shows in their logs and alerts.
    if report.sources and all(s.errors and not s.feeds_fetched for s in report.sources):
        raise typer.Exit(1)


@app.command()
def watch(db: Optional[str] = DbOption, sources: Optional[str] = SourcesOption,
          source: List[str] = OnlyOption,
          every: str = typer.Option("15m", "--every", help="Time between two fetches: 15m, 1h, 90s (at least 1m)."),
          cycles: Optional[int] = typer.Option(None, "--cycles", min=1, help="Stop after this many fetches."),
          timeout: float = TimeoutOption, retries: int = RetriesOption, workers: int = WorkersOption) -> None:
    """Fetch every source, then again every --every, until SIGTERM or Ctrl-C (which end it cleanly: the page in
    hand is stored, nothing discovered is lost)."""
    from summitgraph.monitor.sources_file import LOOPBACK_HOSTS
    from summitgraph.monitor.watch import parse_every, stop_on_signals
    from summitgraph.monitor.watch import watch as watch_loop
    from urllib.parse import urlsplit

    listed = _selected(sources, source)
    # Sources that are all on this machine (tests, a local mirror) may be polled faster than once a minute.
    local = bool(listed) and all(urlsplit(u).hostname in LOOPBACK_HOSTS for s in listed for u in s.locations)
    try:
        seconds = parse_every(every, floor=0.1 if local else 60.0)
    except ConfigError as exc:
        fail(exc.one_line())
    stop = threading.Event()
    # One client for every cycle: a host's pacing spans cycles (robots.txt is read again each cycle).
    with store_at(db) as store, stop_on_signals(stop), _client(_settings(timeout, retries), stop) as client:
        def cycle(number: int) -> None:
            err.print(f"cycle {number}", markup=False)
            _run_fetch(store, listed, client, stop, workers)

        done = watch_loop(cycle, seconds, stop, cycles=cycles)
    err.print(f"watch: stopped after {done} cycles", markup=False)
