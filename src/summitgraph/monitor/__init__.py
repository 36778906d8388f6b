"""The monitor: keep the record current by watching news sources, politely.

    sources = load_sources("summitgraph-sources.toml")
    with PoliteClient(Settings()) as client:
        report = fetch_all(store, sources, client)     # discover, fetch new pages, store, rebuild, record changes

Modules, one job each: sources_file (the TOML list of outlets), keywords (the item filter), canonical (one
URL per page), robots and client (polite HTTP), discover (feeds and sitemaps), state (the monitor's tables),
pages (a page into the store through the ingest path), changes and atom (what is new, as Atom), fetch (one
pass over the sources) and watch (the loop and its signals).
"""
from __future__ import annotations

from summitgraph.monitor.client import FetchError, Fetched, PoliteClient, Settings, user_agent
from summitgraph.monitor.fetch import FetchReport, SourceReport, fetch_all, update_record
from summitgraph.monitor.sources_file import Source, load_sources

__all__ = ["FetchError", "FetchReport", "Fetched", "PoliteClient", "Settings", "Source", "SourceReport",
           "fetch_all", "load_sources", "update_record", "user_agent"]
