#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/browser/), installed only when it is missing.
#
#   scripts/browser.sh          # installs /usr/bin/chromium if absent, then prints its version
#
# The tests drive this binary through Playwright (executable_path=/usr/bin/chromium), so no browser is
# downloaded by Playwright itself. Installing needs root; without it the script says what to run.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

log() { echo "browser.sh: $*" >&2; }

if [[ ! -x $CHROMIUM ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        log "Chromium is not installed and installing needs root: apt-get update && apt-get install -y chromium"
        exit 1
    fi
    log "installing Chromium from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends chromium fonts-dejavu-core >&2
fi

"$CHROMIUM" --headless --no-sandbox --disable-gpu --version 2>/dev/null || "$CHROMIUM" --version
