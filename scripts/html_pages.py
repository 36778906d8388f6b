#!/usr/bin/env python3
"""Write the annotated articles of a ../shared/corpus set as HTML pages in one of bench/html_layouts.py's
layouts, with the publication date the gold states (else none), for scoring the reader on pages.

usage: scripts/html_pages.py SET LAYOUT OUT_DIR
The pages go to a temporary folder of the caller's (scripts/score.sh --html LAYOUT): never into the repository.
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from html_layouts import LAYOUTS, OUTLET_LAYOUTS, body_paragraphs  # noqa: E402

SHARED = Path(os.environ.get("SUMMITGRAPH_SHARED", ROOT.parent / "shared"))


def main(argv: list[str]) -> None:
    if len(argv) != 4:
        raise SystemExit(__doc__)
    name, layout, out = argv[1], argv[2], Path(argv[3])
    if layout not in {**LAYOUTS, **OUTLET_LAYOUTS}:
        raise SystemExit(f"unknown layout {layout!r}: one of {', '.join([*LAYOUTS, *OUTLET_LAYOUTS])}")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((SHARED / "corpus" / name).glob("*.txt")):
        gold = json.loads((SHARED / "gold" / name / f"{path.stem}.json").read_text(encoding="utf-8"))
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        paragraphs = body_paragraphs(body)
        if layout in OUTLET_LAYOUTS:
            page = OUTLET_LAYOUTS[layout](title, paragraphs, path.stem, published=gold.get("published"))
        else:
            page = LAYOUTS[layout](title, paragraphs, path.stem)
        (out / f"{path.stem}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
