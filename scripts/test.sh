#!/usr/bin/env bash
# The whole test suite. Starts what the tests need on loopback (a throwaway PostgreSQL cluster,
# Debian's Chromium for the browser tests), runs pytest, then stops the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin

eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
if [[ -x scripts/browser.sh ]]; then
    scripts/browser.sh >&2
fi

# pytest's exit 5 ("no tests collected") is a failure here: a suite that ran nothing proves nothing.
"$BIN/python" -m pytest -q -p no:cacheprovider "$@"
