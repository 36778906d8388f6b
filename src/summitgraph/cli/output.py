"""How a listing command prints its rows: a table on a terminal, tab-separated values when piped, or JSON.

A table never cuts a name: the name column keeps a readable width and long keys fold onto a second line
instead of squeezing it. TSV is one record a line with a header, tabs and line breaks inside a cell turned
into spaces, for `cut`, `sort` and spreadsheets.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import typer

from summitgraph.cli.app import out

FORMATS = ("table", "tsv", "json")
FormatOption = typer.Option(None, "--format", "-f",
                            help="table, tsv or json (default: a table on a terminal, tsv when piped).")
KEY_MAX_WIDTH = 18


def chosen_format(fmt: Optional[str], as_json: bool = False) -> str:
    """--json wins (kept for scripts), then --format, then the terminal test."""
    if as_json:
        return "json"
    if fmt is not None:
        if fmt not in FORMATS:
            raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
        return fmt
    return "table" if out.is_terminal else "tsv"


@dataclass(frozen=True)
class Column:
    header: str
    name_like: bool = False     # a name or title: takes the width the others leave
    key_like: bool = False      # a key: folded onto more lines rather than widening the table
    no_wrap: bool = False       # short values that read wrongly when broken (ids, codes)
    min_width: int | None = None
    max_width: int | None = None


def tsv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\t", " ").split())


def emit(columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, fmt: str, title: str = "",
         records: Any = None) -> None:
    """Print ``rows`` (one value per column) in ``fmt``; JSON prints ``records`` (the full records)."""
    if fmt == "json":
        out.print_json(json.dumps(records if records is not None else
                                  [dict(zip((c.header for c in columns), row)) for row in rows],
                                  ensure_ascii=False, default=str))
        return
    if fmt == "tsv":
        lines = ["\t".join(c.header for c in columns)]
        lines.extend("\t".join(tsv_cell(v) for v in row) for row in rows)
        # Plain print: no wrapping, no markup, whatever the width.
        out.file.write("\n".join(lines) + "\n")
        return
    from rich.table import Table

    # A name column takes the width the capped columns leave (ratio works only on an expanded table).
    table = Table(title=title or None, expand=any(c.name_like for c in columns))
    for column in columns:
        if column.key_like:
            table.add_column(column.header, overflow="fold", max_width=KEY_MAX_WIDTH)
        elif column.no_wrap:
            table.add_column(column.header, no_wrap=True)
        elif column.name_like:
            # The other columns are capped, so the name takes what is left of the width.
            table.add_column(column.header, overflow="fold", ratio=1)
        else:
            table.add_column(column.header, overflow="fold", min_width=column.min_width,
                             max_width=column.max_width)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
