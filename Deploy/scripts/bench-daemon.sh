# `Deploy/bench.sh daemon`: feftad throughput and due-to-fired lag next to pgbench TPC-B. Sourced by bench.sh.
# shellcheck shell=bash

bench_daemon() {
    local deadlines="${1:-5000}" pgbench_seconds="${2:-15}" commit="${3:-durable}"
    # shellcheck source=Deploy/scripts/common.sh
    . Deploy/scripts/common.sh
    install_missing_packages postgresql postgresql-contrib libpq-dev pkg-config
    machine
    echo "building release binaries…"
    swift build -c release --product feftad >/dev/null
    swift build -c release --product fefta >/dev/null

    local url
    bench_daemon_start_server "$commit"

    local sql="psql -X -q -t -A -v ON_ERROR_STOP=1"
    bench_daemon_pids=""
    local results=()
    for daemons in 1 2 4; do
        url="postgresql://fefta@127.0.0.1:$port/bench_$daemons"
        $sql "postgresql://fefta@127.0.0.1:$port/postgres" -c "CREATE DATABASE bench_$daemons"
        .build/release/fefta db migrate --database-url "$url" >/dev/null
        # Burn-down: N daemons fire every due deadline; throughput from the first to the last firing (database clock).
        # The daemons start first and wait, listening; the deadlines then arrive in one transaction, with fresh
        # statistics and a NOTIFY, so every daemon starts at once (not one process start after another).
        bench_daemon_pids=""
        for _ in $(seq "$daemons"); do
            .build/release/feftad --database-url "$url" --poll-interval 1s --log-level warning \
                2>>"$workdir/feftad.log" &
            bench_daemon_pids="$bench_daemon_pids $!"
        done
        until [ "$($sql "$url" -c "SELECT count(*) FROM workers WHERE state = 'running'")" = "$daemons" ]; do
            sleep 0.1
        done
        sleep 0.5
        bench_daemon_seed "$url" "$sql" "$deadlines" wake
        bench_daemon_wait_until_fired "$url" "$sql"
        local rate
        rate=$($sql "$url" -c "SELECT round(count(*) / extract(epoch FROM max(fired_at) - min(fired_at)))
            FROM deadlines WHERE state = 'fired'")
        # Lag: with the daemons idle and listening, arm 200 deadlines due today, one transaction and NOTIFY each,
        # every 25 ms (as the store does when a transition arms a deadline); lag = fired_at - armed_at.
        local lag
        lag=$(bench_daemon_arm_and_measure "$url" "$sql")
        local pid
        for pid in $bench_daemon_pids; do kill -TERM "$pid"; done
        for pid in $bench_daemon_pids; do wait "$pid" || true; done
        bench_daemon_pids=""

        # pgbench TPC-B with as many connections, same server, scale 10 (no branch-row contention below 10),
        # with prepared statements, as feftad uses them (DatabasePoolConfiguration.preparesStatements).
        $sql "postgresql://fefta@127.0.0.1:$port/postgres" -c "CREATE DATABASE pgbench_$daemons"
        pgbench -i -q -s 10 "postgresql://fefta@127.0.0.1:$port/pgbench_$daemons" >/dev/null 2>&1
        local tps
        tps=$(pgbench -c "$daemons" -j "$daemons" -T "$pgbench_seconds" -M prepared \
            "postgresql://fefta@127.0.0.1:$port/pgbench_$daemons" 2>/dev/null \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
        # The firing's own statements run by pgbench's C client, as many connections, on fresh deadlines (enough for
        # 4,000 firings a second): what this transaction allows on this machine with a client that costs nothing.
        local firing_url="postgresql://fefta@127.0.0.1:$port/firing_$daemons" firing_tps
        $sql "postgresql://fefta@127.0.0.1:$port/postgres" -c "CREATE DATABASE firing_$daemons"
        .build/release/fefta db migrate --database-url "$firing_url" >/dev/null
        bench_daemon_seed "$firing_url" "$sql" $((4000 * pgbench_seconds))
        firing_tps=$(pgbench -n -c "$daemons" -j "$daemons" -T "$pgbench_seconds" -M prepared \
            -f Deploy/scripts/bench-firing.pgbench "$firing_url" 2>/dev/null \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
        results+=("$daemons|$rate|$lag|$tps|$firing_tps")
    done

    # Poll-only lag for comparison (1 daemon, poll interval 1 s: the fallback when LISTEN is unavailable).
    url="postgresql://fefta@127.0.0.1:$port/bench_1"
    .build/release/feftad --database-url "$url" --poll-interval 1s --poll-only --log-level warning \
        2>>"$workdir/feftad.log" &
    bench_daemon_pids="$!"
    sleep 1
    local poll_lag
    poll_lag=$(bench_daemon_arm_and_measure "$url" "$sql")
    kill -TERM "$bench_daemon_pids"; wait "$bench_daemon_pids" || true
    bench_daemon_pids=""

    echo "deadlines fired per run: $deadlines (each one transaction in two round trips: claim; deadline, filing," \
        "outbox row, event and commit; one NOTIFY per batch)"
    echo "firing SQL: the same transaction's statements run by pgbench's client (Deploy/scripts/bench-firing.pgbench)"
    printf '%-8s | %-14s | %-22s | %-16s | %-6s | %-16s | %s\n' daemons "transitions/s" "lag p50 / p99 (LISTEN)" \
        "TPC-B tps" "ratio" "firing SQL tps" "ratio"
    local row
    for row in "${results[@]}"; do
        IFS='|' read -r n rate lag tps firing_tps <<<"$row"
        printf '%-8s | %-14s | %-22s | %-16s | %-6s | %-16s | %s\n' "$n" "$rate" "$lag" "$tps" \
            "$(bench_daemon_ratio "$rate" "$tps")" "$firing_tps" "$(bench_daemon_ratio "$firing_tps" "$tps")"
    done
    echo "poll-only (1 daemon, --poll-interval 1s): lag p50 / p99 $poll_lag"
}


# `Deploy/bench.sh daemon-bounds`: what the firing transaction allows on this machine when parts of its integrity
# machinery are taken away, driven by pgbench's C client (no feftad), next to TPC-B with as many connections: as
# shipped; without the global hash chain (event ids from a sequence, no head row, no chain trigger); and without the
# chain and without any CHECK constraint on the four tables it writes. Throwaway databases only: the variants are
# measurements of what #6's throughput target would cost, not configurations anyone can run.
bench_daemon_bounds() {
    local pgbench_seconds="${1:-15}"
    # shellcheck source=Deploy/scripts/common.sh
    . Deploy/scripts/common.sh
    install_missing_packages postgresql postgresql-contrib libpq-dev pkg-config
    machine
    echo "building release binaries…"
    swift build -c release --product fefta >/dev/null
    bench_daemon_start_server durable

    local sql="psql -X -q -t -A -v ON_ERROR_STOP=1" admin="postgresql://fefta@127.0.0.1:$port/postgres"
    local no_chain="CREATE SEQUENCE bench_event_ids;
CREATE OR REPLACE FUNCTION fefta_lock_audit_chain() RETURNS TABLE (last_event_id bigint, last_hash bytea)
    LANGUAGE sql AS \$\$ SELECT nextval('bench_event_ids') - 1, NULL::bytea \$\$;
ALTER TABLE filing_events DROP CONSTRAINT filing_events_prev_hash_check;
ALTER TABLE filing_events DISABLE TRIGGER filing_events_chain;"
    local no_checks="DO \$\$ DECLARE c record; BEGIN
    FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint WHERE contype = 'c'
        AND conrelid::regclass::text IN ('filings', 'deadlines', 'notifications', 'filing_events') LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
    END LOOP; END \$\$;"
    printf '%-11s | %-9s | %-17s | %-17s | %s\n' connections "TPC-B tps" "firing as shipped" "without chain" \
        "without chain and CHECKs"
    local connections variant url tps firing
    for connections in 1 2 4; do
        $sql "$admin" -c "CREATE DATABASE pgbench_$connections"
        pgbench -i -q -s 10 "postgresql://fefta@127.0.0.1:$port/pgbench_$connections" >/dev/null 2>&1
        tps=$(pgbench -c "$connections" -j "$connections" -T "$pgbench_seconds" -M prepared \
            "postgresql://fefta@127.0.0.1:$port/pgbench_$connections" 2>/dev/null \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
        firing=()
        for variant in shipped no_chain no_checks; do
            url="postgresql://fefta@127.0.0.1:$port/${variant}_$connections"
            $sql "$admin" -c "CREATE DATABASE ${variant}_$connections"
            .build/release/fefta db migrate --database-url "$url" >/dev/null
            case $variant in
                no_chain) $sql "$url" -c "$no_chain" ;;
                no_checks) $sql "$url" -c "$no_chain" -c "$no_checks" ;;
            esac
            bench_daemon_seed "$url" "$sql" $((4000 * pgbench_seconds))
            local result
            result=$(pgbench -n -c "$connections" -j "$connections" -T "$pgbench_seconds" -M prepared \
                -f Deploy/scripts/bench-firing.pgbench "$url" 2>/dev/null \
                | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
            firing+=("$(printf '%.0f (%s)' "$result" "$(bench_daemon_ratio "$result" "$tps")")")
        done
        printf '%-11s | %-9.0f | %-17s | %-17s | %s\n' "$connections" "$tps" "${firing[0]}" "${firing[1]}" \
            "${firing[2]}"
    done
    echo "(firing transactions per second by pgbench, and their ratio to TPC-B with as many connections)"
}

# Starts a throwaway PostgreSQL with the server's defaults (fsync and synchronous commit on; with "async",
# synchronous_commit off) on a free localhost port, deleted however the script ends. Sets the globals bindir, workdir,
# port and bench_daemon_pids (the daemons the EXIT trap kills).
bench_daemon_start_server() {
    local commit="${1:-durable}"
    # Global (not local): the EXIT trap runs after this function has returned.
    bindir=$(find_pg_bindir)
    workdir=$(mktemp -d "${TMPDIR:-/tmp}/fefta-bench.XXXXXX")
    [ "$(id -u)" -eq 0 ] && chown postgres: "$workdir"
    chmod 0700 "$workdir"
    bench_daemon_cleanup() {
        local pid
        for pid in ${bench_daemon_pids:-}; do kill -9 "$pid" 2>/dev/null || true; done
        run_as_server_user "$bindir/pg_ctl" stop -D "$workdir/data" -m immediate -w -s >/dev/null 2>&1 || true
        rm -rf "$workdir"
    }
    trap bench_daemon_cleanup EXIT
    run_as_server_user "$bindir/initdb" -D "$workdir/data" -U fefta --auth=trust --encoding=UTF8 --locale=C \
        >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }
    port=$((20000 + RANDOM % 40000))
    # Only the network settings differ from the defaults.
    run_as_server_user tee -a "$workdir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$workdir'
max_connections = 100
CONF
    if [ "$commit" = "async" ]; then
        echo "synchronous_commit = off" | run_as_server_user tee -a "$workdir/data/postgresql.conf" >/dev/null
    fi
    run_as_server_user "$bindir/pg_ctl" start -D "$workdir/data" -l "$workdir/server.log" -w -s >/dev/null
    echo "server: $("$bindir/postgres" --version), fsync on, synchronous_commit $([ "$commit" = async ] && echo off || echo on), 127.0.0.1:$port"
    echo
}

# Seeds an organisation and N waiting prior notifications whose waiting period ended yesterday, each with its
# pending waitingPeriodEnd deadline, then VACUUM ANALYZE; with "wake", in one transaction with ANALYZE (planners see
# the new rows as soon as they see them at all) and a NOTIFY fefta_wakeup.
bench_daemon_seed() {
    local url="$1" sql="$2" count="$3" wake="${4:-}"
    local begin="" end="VACUUM ANALYZE;"
    if [ "$wake" = wake ]; then
        begin="BEGIN;"
        end="ANALYZE deadlines, filings; SELECT pg_notify('fefta_wakeup', '{\"change\":\"bench\"}'); COMMIT;"
    fi
    $sql "$url" >/dev/null <<SQL
$begin
INSERT INTO organisations (name) VALUES ('bench');
WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d),
filings AS (
    INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
    SELECT (SELECT id FROM organisations), 'priorNotification', 'waiting', d - 40, d - 31, d - 1
    FROM today, generate_series(1, $count)
    RETURNING id, organisation_id, waiting_ends_on)
INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis, armed_at)
SELECT id, organisation_id, 'waitingPeriodEnd', waiting_ends_on, waiting_ends_on, 'D2: Act 27(2)', now() - interval '31 days'
FROM filings;
$end
SQL
}

# Arms 200 deadlines due now, one transaction with NOTIFY each, 25 ms apart, waits for them to fire and prints
# "p50 / p99" of fired_at - armed_at in milliseconds.
bench_daemon_arm_and_measure() {
    local url="$1" sql="$2"
    local marker
    marker=$($sql "$url" -c "SELECT now()")
    for _ in $(seq 200); do
        echo "BEGIN;
WITH f AS (INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
    SELECT (SELECT id FROM organisations LIMIT 1), 'priorNotification', 'waiting', d - 40, d - 31, d
    FROM (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d) t RETURNING id, organisation_id, waiting_ends_on)
INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis) SELECT id, organisation_id,
    'waitingPeriodEnd', waiting_ends_on, waiting_ends_on, 'D2: Act 27(2)' FROM f;
SELECT pg_notify('fefta_wakeup', '{\"kind\":\"deadlineArmed\"}');
COMMIT;
SELECT pg_sleep(0.025);"
    done | $sql "$url" >/dev/null
    bench_daemon_wait_until_fired "$url" "$sql"
    $sql "$url" -c "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - armed_at))
            * 1000) || ' ms / ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM
            fired_at - armed_at)) * 1000) || ' ms'
        FROM deadlines WHERE armed_at > '$marker'"
}

# Waits until no deadline is pending. Each question is its own short transaction: a loop inside one statement would
# hold a snapshot for the whole burn-down, and PostgreSQL could then prune nothing the daemons leave behind (the
# chain head's old row versions first).
bench_daemon_wait_until_fired() {
    local url="$1" sql="$2"
    until [ "$($sql "$url" -c "SELECT NOT EXISTS (SELECT FROM deadlines WHERE state = 'pending')")" = "t" ]; do
        sleep 0.25
    done
}

# a / b with two decimals, or "-" when b is empty or zero.
bench_daemon_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
}
