#!/usr/bin/env python3
"""What the extractor misses, article by article, by the reference scorer's matching.

usage: scripts/misses.py SET [meetings|people|documents|chairmanships] [FILE-SUBSTRING]

Reads ${SCORE_OUT:-/tmp/summitgraph-score}/SET.jsonl (written by scripts/score.sh) and ../shared/gold/SET.
Prints, per article: MISS (in the gold, not found), FP (found, not in the gold), SLOT (a matched
meeting's wrong slots) and TITLE (a matched person's titles) lines. Development aid: it prints what
the gold says, so its output stays on the terminal and never goes into the repository.
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITGRAPH_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(SHARED / "eval"))
import score as S  # noqa: E402  the reference scorer's own matching

KEYS = {
    "meetings": ("series", "ordinal", "partner", "parties", "name", "start", "end", "city", "country", "format",
                 "chair", "status"),
    "people": ("name", "titles", "country"),
    "documents": ("name", "abbr", "status"),
    "chairmanships": ("country", "year", "theme"),
}
SCORERS = {"meetings": S.meeting_score, "people": S.name_score, "documents": S.doc_score,
           "chairmanships": S.chair_score}


def short(record: dict, kind: str) -> str:
    return json.dumps({k: record[k] for k in KEYS[kind] if record.get(k) is not None}, ensure_ascii=False)


def article_lines(gold: dict, pred: dict, kind: str) -> list[str]:
    gl, pl = gold.get(kind) or [], pred.get(kind) or []
    pairs = S.greedy(gl, pl, SCORERS[kind])
    matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
    out = [f"  MISS {short(x, kind)}" for i, x in enumerate(gl) if i not in matched_g]
    out += [f"  FP   {short(x, kind)}" for j, x in enumerate(pl) if j not in matched_p]
    for i, j in pairs:
        g, p = gl[i], pl[j]
        if kind == "meetings":
            bad = [s for s in S.SLOTS if g.get(s) is not None
                   and not (p.get(s) is not None and S.slot_equal(s, g[s], p[s]))]
            if bad:
                slots = ", ".join(f"{s}: gold={g.get(s)} pred={p.get(s)}" for s in bad)
                out.append(f"  SLOT {slots}  [{g['series']} {(g.get('name') or '')[:50]}]")
        elif kind == "people":
            gt, pt = g.get("titles") or [], p.get("titles") or []
            if gt and S.token_f1(" ".join(gt), " ".join(pt)) < 0.99:
                out.append(f"  TITLE {g['name']}: gold={gt} pred={pt}")
    return out


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    name = argv[1]
    kind = argv[2] if len(argv) > 2 else "meetings"
    only = argv[3] if len(argv) > 3 else ""
    out_dir = Path(os.environ.get("SCORE_OUT", "/tmp/summitgraph-score"))
    pred = {}
    for line in (out_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pred[S.stem(row.get("file") or "")] = row
    gold_dir = SHARED / "gold" / name
    for path in sorted(gold_dir.glob("*.json")):
        if only not in path.name:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        lines = article_lines(gold, pred.get(S.stem(gold["file"]), {}), kind)
        if lines:
            print(f"{S.stem(gold['file'])} (published {gold.get('published')})")
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)
