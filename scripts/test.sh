#!/usr/bin/env bash
# The whole test suite: starts what the tests need (PostgreSQL, Chromium) on loopback, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
exec "$BIN/python" -m pytest -q "$@"
