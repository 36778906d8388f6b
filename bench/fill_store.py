"""A large bench store made fast: the articles of a small ingested store repeated to SIZE, as ingest would have
stored the bench corpus (bench/throughput.py's ``varied`` copies), without reading them again.

    python bench/fill_store.py --template sqlite:////work/bench-data/x/corpus.db --size 100000 OUT.db

The template must hold the bench corpus ingested with its copy numbers (files ``{k:06d}_{name}``, whose text
ends "Bản tin số {k}."), e.g. the first 167 of a ``bench/throughput.py`` store. Copy k repeats template article
k mod T with its closing line renumbered: a reading of the article is unchanged by that line, so its facts are
copied as they are. Rows of the full-text search index are not written (a rebuild does not read them).
SQLite only: a bench store for timing `summitgraph resolve`, never a store to serve.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sqlite3
import sys
from pathlib import Path

_COPY_LINE = re.compile(r"Bản tin số \d+\.(\s*)$")
_KEY = re.compile(r"^(?:\d{4}/)?(\d{6})_(.*)$")     # [folder/]copy_name
BATCH = 2000


def renumber(text: str, copy: int) -> str:
    renumbered, found = _COPY_LINE.subn(lambda m: f"Bản tin số {copy}.{m.group(1)}", text)
    if not found:
        raise SystemExit("a template article without its copy line: not a bench corpus store")
    return renumbered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--template", required=True, help="sqlite:///... store holding the ingested bench corpus")
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--first", type=int, default=0, help="number of the first copy (to add articles)")
    parser.add_argument("--sources", type=int, default=167, help="how many distinct articles the corpus cycles")
    args = parser.parse_args()

    from summitgraph.store import open_store

    open_store(f"sqlite:///{args.out}").close()      # the schema, by the store's own migrations
    template = sqlite3.connect(args.template.removeprefix("sqlite:///"))
    template.row_factory = sqlite3.Row
    rows = template.execute("SELECT * FROM articles WHERE superseded_by IS NULL ORDER BY key LIMIT ?",
                            (args.sources,)).fetchall()
    if len(rows) < args.sources:
        raise SystemExit(f"the template holds {len(rows)} articles, fewer than --sources {args.sources}")
    facts = {row["id"]: template.execute("SELECT * FROM facts WHERE article_id = ? ORDER BY id",
                                         (row["id"],)).fetchall() for row in rows}
    out = sqlite3.connect(args.out)
    article_columns = [c for c in rows[0].keys() if c != "id"]
    fact_columns = [c for c in template.execute("SELECT * FROM facts LIMIT 1").fetchone().keys()
                    if c not in ("id", "article_id", "run_id")]
    insert_article = (f"INSERT INTO articles ({', '.join(article_columns)}) "
                      f"VALUES ({', '.join('?' for _ in article_columns)})")
    insert_fact = (f"INSERT INTO facts (article_id, {', '.join(fact_columns)}) "
                   f"VALUES (?, {', '.join('?' for _ in fact_columns)})")
    for copy in range(args.first, args.first + args.size):
        source = rows[copy % args.sources]
        name = _KEY.match(source["key"]).group(2)
        values = dict(source)
        values["key"] = f"{copy // 1000:04d}/{copy:06d}_{name}"     # as throughput.write_scaled names files
        values["source"] = values["key"]
        values["text"] = renumber(source["text"], copy)
        values["original"] = renumber(source["original"], copy)
        # Unique per copy, as the real hash is (the copy line differs); offsets are left as the template's.
        values["content_hash"] = hashlib.sha256(values["text"].encode("utf-8")).hexdigest()
        cursor = out.execute(insert_article, [values[c] for c in article_columns])
        out.executemany(insert_fact, [(cursor.lastrowid, *(f[c] for c in fact_columns)) for f in facts[source["id"]]])
        if copy % BATCH == BATCH - 1:
            out.commit()
    out.commit()
    out.close()
    print(f"{args.out}: {args.size} articles from {args.sources} sources", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
