#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on loopback only.
#
#   eval "$(scripts/postgres.sh start)"   # installs if needed, starts, prints: export SUMMITGRAPH_TEST_PG=...
#   scripts/postgres.sh stop
#   scripts/postgres.sh status
#
# Idempotent: `start` on a running cluster just prints the export line again.
# Only the export line goes to stdout (it is eval'd); everything else goes to stderr.
# Environment: PGDATA_DIR (default ./.pgdata), PG_PORT (default 54329, the next free port if taken),
#              PG_DB (default summitgraph_test).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR=${PGDATA_DIR:-$PWD/.pgdata}
DEFAULT_PORT=${PG_PORT:-54329}
DB_NAME=${PG_DB:-summitgraph_test}
SUPERUSER=postgres   # initdb -U: the same role name whoever runs the cluster

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    # Debian puts the server binaries outside PATH; take the newest version present.
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

install_postgres() {
    if [[ $(id -u) -ne 0 ]]; then
        log "PostgreSQL is not installed and installing needs root: apt-get install -y postgresql postgresql-contrib"
        exit 1
    fi
    log "installing PostgreSQL from Debian packages"
    DEBIAN_FRONTEND=noninteractive apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql postgresql-contrib >&2
}

# The server refuses to run as root, so root runs it as the postgres system user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
    local port=$DEFAULT_PORT
    while port_in_use "$port"; do
        port=$((port + 1))
        if (( port > DEFAULT_PORT + 100 )); then log "no free port near $DEFAULT_PORT"; exit 1; fi
    done
    echo "$port"
}

running_port() {
    # postmaster.pid line 4 is the port of the running server.
    [[ -f $DATA_DIR/postmaster.pid ]] || return 1
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 || return 1
    sed -n 4p "$DATA_DIR/postmaster.pid"
}

init_cluster() {
    [[ -f $DATA_DIR/PG_VERSION ]] && return 0
    log "initialising a throwaway cluster in $DATA_DIR"
    mkdir -p "$DATA_DIR"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$DATA_DIR"; fi
    chmod 700 "$DATA_DIR"
    # initdb's own output ends in advice to start a server by hand, which this script does: it is kept in a
    # log and shown only when initdb fails.
    local initdb_log
    initdb_log=$(mktemp)
    if ! as_owner "$BIN/initdb" -D "$DATA_DIR" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            >"$initdb_log" 2>&1; then
        cat "$initdb_log" >&2; rm -f "$initdb_log"; return 1
    fi
    rm -f "$initdb_log"
}

start() {
    BIN=$(find_bindir) || { install_postgres; BIN=$(find_bindir); }
    init_cluster
    local port
    if ! port=$(running_port); then
        port=$(pick_port)
        log "starting on 127.0.0.1:$port"
        # Sockets in the data dir: no need for /var/run/postgresql to exist or be writable.
        as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $DATA_DIR -c fsync=off" start >&2
    fi
    if [[ -z $("$BIN/psql" -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres -At -v db="$DB_NAME" \
            <<<"SELECT 1 FROM pg_database WHERE datname = :'db'") ]]; then
        "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$SUPERUSER" "$DB_NAME" >&2
    fi
    echo "export SUMMITGRAPH_TEST_PG=postgresql://$SUPERUSER@127.0.0.1:$port/$DB_NAME"
}

stop() {
    BIN=$(find_bindir) || { log "PostgreSQL is not installed; nothing to stop"; return 0; }
    if running_port >/dev/null; then
        as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >&2
    else
        log "not running"
    fi
}

status() {
    BIN=$(find_bindir) || { log "PostgreSQL is not installed"; exit 1; }
    local port
    if port=$(running_port); then log "running on 127.0.0.1:$port ($DATA_DIR)"; else log "not running"; exit 1; fi
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
