#!/usr/bin/env bash
# Score the extractor on the annotated sets of ../shared with the reference scorer.
#   scripts/score.sh                 # dev, train and recent: one SUMMARY line each
#   scripts/score.sh train -v        # one set, the scorer's whole table
#   scripts/score.sh --html json-ld  # the articles as web pages in one of bench/html_layouts.py's layouts
#   scripts/score.sh --perturb wrap  # the .txt files rewritten in one of scripts/perturb.py's messy shapes
#                                    # (--perturb all: every kind, one SUMMARY line each)
# Predictions are kept in ${SCORE_OUT:-/tmp/summitgraph-score}/<set>.jsonl for scripts/misses.py.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SUMMITGRAPH_SHARED:-../shared}
out=${SCORE_OUT:-/tmp/summitgraph-score}
sg=${SUMMITGRAPH:-.venv/bin/summitgraph}
mkdir -p "$out"
py=${PYTHON:-.venv/bin/python}
[[ -x $py ]] || py=python3
sets=() verbose=0 layout= kind=
while [[ $# -gt 0 ]]; do
    case $1 in
        -v) verbose=1 ;;
        --html) layout=$2; shift ;;
        --perturb) kind=$2; shift ;;
        *) sets+=("$1") ;;
    esac
    shift
done
[[ ${#sets[@]} -gt 0 ]] || sets=(dev train recent)
if [[ $kind == all ]]; then
    for k in $("$py" scripts/perturb.py --kinds); do
        echo "== $k"
        "$0" --perturb "$k" "${sets[@]}" $([[ $verbose == 1 ]] && echo -v)
    done
    exit 0
fi
for set in "${sets[@]}"; do
    if [[ -n $layout ]]; then
        pages=$(mktemp -d)
        "$py" scripts/html_pages.py "$set" "$layout" "$pages"
        "$sg" extract "$pages"/*.html > "$out/$set.jsonl"
        rm -rf "$pages"
    elif [[ -n $kind ]]; then
        files=$(mktemp -d)
        "$py" scripts/perturb.py "$set" "$kind" "$files"
        "$sg" extract "$files"/*.txt > "$out/$set.jsonl"
        rm -rf "$files"
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
