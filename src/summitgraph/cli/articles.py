"""`summitgraph articles`, `article`, `status`: what is stored, and what failed (rich, kb and the store's
serialiser are imported inside the commands: `--help` does not load them)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Optional

import typer

from summitgraph.cli.app import DbOption, JsonOption, app, out, printable, store_at
from summitgraph.cli.output import Column, FormatOption, chosen_format, emit


@app.command()
def articles(
    db: Optional[str] = DbOption,
    query: Optional[str] = typer.Option(None, "--query", "-q", help="Only articles whose title or key match (diacritics ignored); `summitgraph search` looks in the text."),
    limit: int = typer.Option(50, "--limit", min=1, max=10000, help="How many rows at most."),
    offset: int = typer.Option(0, "--offset", min=0, help="Rows to skip (paging)."),
    as_json: bool = JsonOption,
    fmt: Optional[str] = FormatOption,
) -> None:
    """List stored articles (current versions), newest publication date first."""
    with store_at(db) as store:
        rows = store.list_articles(limit=limit, offset=offset, query=query)
        total = store.count_articles(query=query)
    columns = (Column("id", no_wrap=True), Column("key", key_like=True), Column("title", name_like=True),
               Column("published", no_wrap=True), Column("facts", no_wrap=True))
    emit(columns, [(row.pk, row.key, row.title, row.published, row.fact_count) for row in rows],
         fmt=chosen_format(fmt, as_json), title=f"{len(rows)} of {total} articles",
         records=[row.__dict__ for row in rows])


@app.command()
def article(
    key: str = typer.Argument(..., help="The article's key (file name or JSONL id) or its numeric id."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one stored article: metadata, quality flags, and the facts read from it."""
    from rich.table import Table
    from rich.text import Text

    from summitgraph.store.serialize import article_to_dict

    with store_at(db) as store:
        stored = store.get_article(int(key) if key.isdigit() else key)
        facts = store.facts(article=stored.pk)
    if as_json:
        data = article_to_dict(stored.article)
        data.update(pk=stored.pk, version=stored.version, content_hash=stored.content_hash,
                    facts=[{"kind": f.kind, "record": f.record,
                            "confidence": f.evidence.confidence if f.evidence else None,
                            "spans": [s.to_json() for s in f.evidence.spans] if f.evidence else []}
                           for f in facts])
        out.print_json(json.dumps(data, ensure_ascii=False))
        return
    a = stored.article
    out.print(Text(printable(a.title or a.id), style="bold"))
    out.print(printable(f"key {stored.key} · version {stored.version} · source {a.url or a.source}"), markup=False)
    # Only what is known: a missing outlet or date is left out, never printed as "?" or "None".
    about = [f"published {a.published}" + (f" {a.published_time}" if a.published_time else "") if a.published
             else "no publication date", f"outlet {a.outlet}" if a.outlet else "", f"by {a.author}" if a.author else ""]
    out.print(printable(" · ".join(part for part in about if part)), markup=False)
    out.print(f"quality: {', '.join(a.quality) or 'no flags'}", markup=False)
    table = Table("kind", "record", "confidence", "evidence", expand=True)
    for f in facts:
        spans = f.evidence.spans if f.evidence else []
        quote = a.text[spans[0].start:spans[0].end] if spans else ""
        table.add_row(f.kind, fact_label(f.kind, f.record), f"{f.evidence.confidence:.2f}" if f.evidence else "",
                      quote)
    out.print(table)


def fact_label(kind: str, record: dict) -> str:
    """A fact in a few words: its name, else what identifies it for its kind (never "None None")."""
    if record.get("name"):
        return str(record["name"])
    if kind == "chair":
        return " ".join(str(v) for v in (record.get("country"), record.get("year")) if v) or "chair year"
    if kind == "published":
        return str(record.get("published") or "publication date")
    values = [str(v) for v in record.values() if isinstance(v, (str, int)) and v != ""]
    return ", ".join(values[:3]) or kind


@app.command()
def status(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of what is stored, and every input that failed with its reason."""
    from rich.table import Table
    from rich.text import Text

    from summitgraph import kb

    with store_at(db) as store:
        stats = store.stats()
        failures = store.failures()
        built = kb.status(store)
        stage_failures = store.stage_failures()
    if as_json:
        out.print_json(json.dumps({"stats": stats, "knowledge_base": built,
                                   "failures": [f.__dict__ for f in failures],
                                   # The failure's fields, as `extract` prints them (asdict, not the extractor's
                                   # stage_failure_to_json: status would import the whole extractor for it).
                                   "stage_failures": [{"article": row.article_key, "at": row.at,
                                                       **asdict(row.failure)}
                                                      for row in stage_failures]},
                                  ensure_ascii=False, default=str))
        return
    for line in status_lines(stats, built):
        out.print(line, markup=False)
    if failures:
        table = Table("source", "problem", "at", title=f"{len(failures)} failed inputs")
        for f in failures:
            # Text, not markup: a "[" in a file name is shown, not read as a style; escapes are escaped.
            table.add_row(Text(printable(f.source)), Text(printable(f.problem)), f.at)
        out.print(table)
    if stage_failures:
        table = Table("article", "stage", "version", "problem", title=f"{len(stage_failures)} failed extraction "
                      "stages (the articles are stored with what the other stages read)")
        for row in stage_failures:
            table.add_row(Text(printable(row.article_key)), row.failure.stage, row.failure.extractor_version,
                          Text(printable(row.failure.message)))
        out.print(table)


_FACT_KINDS = (("meeting", "meeting mentions"), ("person", "person mentions"), ("document", "document mentions"),
               ("chair", "chair-year statements"), ("published", "publication dates"))


def status_lines(stats: dict, built: dict) -> list[str]:
    """The store and the knowledge base in a few sentences a person reads."""
    facts = stats.get("facts") or {}
    named = [f"{facts[kind]} {words}" for kind, words in _FACT_KINDS if facts.get(kind)]
    named += [f"{n} {kind}" for kind, n in facts.items() if kind not in dict(_FACT_KINDS) and n]
    lines = [f"store: {stats['backend']}, schema version {stats['schema_version']}",
             f"articles: {stats['articles']} current ({stats['article_versions']} versions stored)",
             "facts: " + (", ".join(named) if named else "none"),
             f"ingest runs: {stats['runs']} · failed inputs: {stats['failures']} · corrections: {stats['corrections']}"]
    summary = (built or {}).get("summary") or {}
    if summary:
        lines.append(f"knowledge base: {summary.get('meetings', 0)} meetings, {summary.get('people', 0)} people, "
                     f"{summary.get('documents', 0)} documents, {summary.get('meetings_with_conflicts', 0)} meetings "
                     f"with conflicts (built {built.get('built_at') or '?'} from {summary.get('articles', 0)} articles)")
    else:
        lines.append("knowledge base: not built (run `summitgraph resolve`)")
    return lines
