#!/usr/bin/env bash
# Score the extractor on the annotated sets of ../shared with the reference scorer.
#   scripts/score.sh                 # dev, train and recent: one SUMMARY line each
#   scripts/score.sh train -v        # one set, the scorer's whole table
#   scripts/score.sh --html json-ld  # the articles as web pages in one of bench/html_layouts.py's layouts
# Predictions are kept in ${SCORE_OUT:-/tmp/summitgraph-score}/<set>.jsonl for scripts/misses.py.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SUMMITGRAPH_SHARED:-../shared}
out=${SCORE_OUT:-/tmp/summitgraph-score}
sg=${SUMMITGRAPH:-.venv/bin/summitgraph}
mkdir -p "$out"
sets=() verbose=0 layout=
while [[ $# -gt 0 ]]; do
    case $1 in
        -v) verbose=1 ;;
        --html) layout=$2; shift ;;
        *) sets+=("$1") ;;
    esac
    shift
done
[[ ${#sets[@]} -gt 0 ]] || sets=(dev train recent)
for set in "${sets[@]}"; do
    if [[ -n $layout ]]; then
        pages=$(mktemp -d)
        .venv/bin/python scripts/html_pages.py "$set" "$layout" "$pages"
        "$sg" extract "$pages"/*.html > "$out/$set.jsonl"
        rm -rf "$pages"
    else
        "$sg" extract "$shared/corpus/$set"/*.txt > "$out/$set.jsonl"
    fi
    if [[ $verbose == 1 ]]; then
        python3 "$shared/eval/score.py" "$shared/gold/$set" "$out/$set.jsonl"
    else
        printf '%-7s ' "$set"
        python3 "$shared/eval/score.py" "$shared/gold/$set" "$out/$set.jsonl" | tail -n 1
    fi
done
