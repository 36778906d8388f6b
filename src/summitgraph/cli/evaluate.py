"""`summitgraph evaluate`: score the extractor against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from summitgraph.cli.app import app, err, fail, out
from summitgraph.errors import InputError, SummitGraphError


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold JSON files (one per article)."),
    corpus: Path = typer.Option(..., "--corpus", help="Folder of the articles the gold describes."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    baseline: bool = typer.Option(False, "--baseline",
                                  help="Also score underthesea's NER on people over the same articles."),
    save: Optional[Path] = typer.Option(None, "--save", help="Also write the predictions as JSON Lines here."),
) -> None:
    """Precision, recall and F1 per field, slot accuracies, and meetings per series group."""
    from summitgraph.evaluate import article_key, format_report, load_gold, report_to_json, score
    from summitgraph.extract.pipeline import read_article, reading_to_json
    from summitgraph.ingest import read_path

    if baseline:
        from summitgraph.baseline import underthesea_people
    try:
        gold_records = load_gold(gold)
    except SummitGraphError as exc:
        fail(exc.one_line())
    wanted = {article_key(name) for name in gold_records}
    predicted: dict[str, dict] = {}
    baseline_people: dict[str, dict] = {}
    for item in read_path(corpus):
        if isinstance(item, InputError):
            err.print(f"error: {item.one_line()}", markup=False)
            continue
        if article_key(item.id) not in wanted:
            continue  # only annotated articles can be scored
        predicted[item.id] = reading_to_json(read_article(item))
        if baseline:
            baseline_people[item.id] = {"file": item.id, "people": underthesea_people(item.text)}
    if save:
        save.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predicted.values()),
                        encoding="utf-8")
    report = score(gold_records, predicted)
    result = {"summitgraph": report_to_json(report)}
    if baseline:
        result["baseline"] = report_to_json(score(gold_records, baseline_people))
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    out.print(format_report(report), markup=False)
    if baseline:
        people = result["baseline"]["fields"]["people"]
        ours = result["summitgraph"]["fields"]["people"]
        out.print(f"\npeople F1: summitgraph {ours['f1']:.3f} | underthesea NER (baseline) {people['f1']:.3f}",
                  markup=False)
