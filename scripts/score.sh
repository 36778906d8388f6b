#!/usr/bin/env bash
# Score the extractor on the annotated sets of ../shared with the reference scorer.
#   scripts/score.sh                 # dev, train and recent: one SUMMARY line each
#   scripts/score.sh train -v        # one set, the scorer's whole table
# Predictions are kept in ${SCORE_OUT:-/tmp/summitgraph-score}/<set>.jsonl for scripts/misses.py.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SUMMITGRAPH_SHARED:-../shared}
out=${SCORE_OUT:-/tmp/summitgraph-score}
sg=${SUMMITGRAPH:-.venv/bin/summitgraph}
mkdir -p "$out"
sets=() verbose=0
for arg in "$@"; do
    if [[ $arg == -v ]]; then verbose=1; else sets+=("$arg"); fi
done
[[ ${#sets[@]} -gt 0 ]] || sets=(dev train recent)
for set in "${sets[@]}"; do
    "$sg" extract "$shared/corpus/$set"/*.txt > "$out/$set.jsonl"
    if [[ $verbose == 1 ]]; then
        python3 "$shared/eval/score.py" "$shared/gold/$set" "$out/$set.jsonl"
    else
        printf '%-7s ' "$set"
        python3 "$shared/eval/score.py" "$shared/gold/$set" "$out/$set.jsonl" | tail -n 1
    fi
done
