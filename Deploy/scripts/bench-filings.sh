# Deploy/bench.sh filings: the filing store against a throwaway PostgreSQL. Source it; do not run it.
# shellcheck shell=bash

# bench_filings [filings per phase (default 2000)] [durable|async]
# Starts a private PostgreSQL server in a temporary folder (as `postgres` when run as root) on a free localhost
# port, durable by default (fsync and synchronous_commit on, as in production; `async` turns synchronous_commit
# off), builds fefta-filing-bench in release mode, runs it, and removes the server.
bench_filings() {
    local filings="${1:-2000}" durability="${2:-durable}"
    machine
    install_missing_packages postgresql libpq-dev pkg-config
    echo "building fefta-filing-bench (release)…"
    swift build -c release --product fefta-filing-bench >/dev/null

    local bindir workdir port started=0
    bindir=$(find_pg_bindir)
    workdir=$(mktemp -d "${TMPDIR:-/tmp}/fefta-bench.XXXXXX")
    # shellcheck disable=SC2064
    trap "run_as_server_user '$bindir/pg_ctl' stop -D '$workdir/data' -m fast -w -s >/dev/null 2>&1 || true; rm -rf '$workdir'" EXIT
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$workdir"; fi
    chmod 0700 "$workdir"
    run_as_server_user "$bindir/initdb" -D "$workdir/data" -U fefta --auth=trust --encoding=UTF8 --locale=C \
        >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; return 1; }
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$workdir'"
        if [ "$durability" = "async" ]; then echo "synchronous_commit = off"; fi
    } | run_as_server_user tee -a "$workdir/data/postgresql.conf" >/dev/null
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
        if run_as_server_user "$bindir/pg_ctl" start -D "$workdir/data" -l "$workdir/server.log" -w -t 60 -s \
            -o "-p $port" >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    [ "$started" -eq 1 ] || { say "could not start PostgreSQL"; return 1; }
    echo "server: $("$bindir/postgres" --version), $durability commits"
    echo
    .build/release/fefta-filing-bench "postgresql://fefta@127.0.0.1:$port/postgres" "$filings"
}
