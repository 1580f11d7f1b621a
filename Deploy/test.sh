#!/usr/bin/env bash
# Runs the whole test suite, database and end-to-end tests included, against a throwaway PostgreSQL server.
#
#   Deploy/test.sh                 # everything
#   Deploy/test.sh --filter LibPQ  # arguments go to `swift test`
#
# Installs missing packages (postgresql, libpq-dev, pkg-config), starts a private server on a free localhost port
# in a temporary folder (as the `postgres` user when run as root), exports FEFTA_TEST_DATABASE_URL and
# FEFTA_REQUIRE_DATABASE=1 (so no database test can skip), builds with warnings as errors, runs `swift test`, and
# stops and deletes the server however the run ends. Safe to run repeatedly and concurrently.
#
# At most FEFTA_TEST_PARALLELISM tests run at once (default: twice the cores). Without a bound, Swift Testing starts
# every test at once, so on a busy two-core machine each database test's clock ran for the whole suite; bounded,
# a test's time is its own work plus a bounded share of its neighbours', and the fifteen-minute hang guard
# (`.hangGuard`) never fires on a loaded machine. Time limits catch hangs; `Deploy/bench.sh` measures speed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh

install_missing_packages postgresql libpq-dev pkg-config pgbouncer
install_python_test_dependencies

bindir=$(find_pg_bindir)
workdir=$(mktemp -d "${TMPDIR:-/tmp}/fefta-test.XXXXXX")
server_started=0
cleanup() {
    local status=$?
    if [ "$server_started" -eq 1 ]; then
        run_as_server_user "$bindir/pg_ctl" stop -D "$workdir/data" -m immediate -w -s >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    # The server runs as `postgres`, which must be able to enter the folder.
    chown postgres: "$workdir"
fi
chmod 0700 "$workdir"
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$password" | run_as_server_user tee "$workdir/password" >/dev/null
run_as_server_user "$bindir/initdb" -D "$workdir/data" -U fefta --pwfile="$workdir/password" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$workdir/initdb.log" 2>&1 \
    || { cat "$workdir/initdb.log" >&2; say "initdb failed"; exit 1; }
run_as_server_user tee -a "$workdir/data/postgresql.conf" >/dev/null <<CONF
# Throwaway test server: fast and disposable, reachable only on localhost.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$workdir'
max_connections = 400
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

# Pick a free port; if another process takes it first, try another.
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if run_as_server_user "$bindir/pg_ctl" start -D "$workdir/data" -l "$workdir/server.log" -w -t 300 -s \
        -o "-p $port" >/dev/null 2>&1; then
        server_started=1
        break
    fi
done
if [ "$server_started" -ne 1 ]; then
    tail -n 20 "$workdir/server.log" >&2 || true
    say "could not start the throwaway PostgreSQL server"
    exit 1
fi

export FEFTA_TEST_DATABASE_URL="postgresql://fefta:$password@127.0.0.1:$port/postgres"
export FEFTA_REQUIRE_DATABASE=1
say "throwaway PostgreSQL on 127.0.0.1:$port ($("$bindir/postgres" --version))"

parallelism="${FEFTA_TEST_PARALLELISM:-$((2 * $(getconf _NPROCESSORS_ONLN)))}"
if ! [[ "$parallelism" =~ ^[1-9][0-9]*$ ]]; then
    say "FEFTA_TEST_PARALLELISM: expected a whole number of tests, at least 1"
    exit 64
fi
# Swift Testing's own setting (experimental in Swift 6.3; read from the environment by the test process).
export SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH="$parallelism"
say "at most $parallelism tests at once (FEFTA_TEST_PARALLELISM)"

swift build --build-tests -Xswiftc -warnings-as-errors
if [ "$#" -eq 0 ]; then
    # The ScreeningRules DocC catalogue (the law as the engine reads it) must build without new warnings, so it
    # cannot rot; Deploy/docc-known-warnings.txt lists the warnings still to fix, one line each.
    docs_log="$workdir/docc.log"
    swift package generate-documentation --target ScreeningRules >"$docs_log" 2>&1 \
        || { cat "$docs_log" >&2; say "the ScreeningRules documentation does not build"; exit 1; }
    unexpected=$(grep 'warning:' "$docs_log" | grep -vxF -f Deploy/docc-known-warnings.txt || true)
    if [ -n "$unexpected" ]; then
        printf '%s\n' "$unexpected" >&2
        say "DocC warnings: fix them (or, for one outside your change, add it to Deploy/docc-known-warnings.txt)"
        exit 1
    fi
fi
swift test --skip-build "$@"
