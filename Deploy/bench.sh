#!/usr/bin/env bash
# Benchmarks (not tests). Usage: Deploy/bench.sh MODE [options]
#   rules    rules engine: determinations per second with and without the findings trail (one core), heap
#            allocations per determination, and `fefta check` process time (start, decide, exit).
#   filings  the filing store: opening, case-handler transitions and deadline firings with 1, 2 and 4 writers
#            (per second, latency p50/p99) and `audit verify`, against a throwaway PostgreSQL.
#            Options: filings [filings per phase (default 2000)] [durable|async].
#   portfolio  fefta portfolio check end to end on generated data (4,000 issuers; 10k, 100k, 1M holdings rows):
#            rows per second and peak resident memory, then the pure read-aggregate-screen path in process.
#   daemon   feftad: seeds N due deadlines (default 5000) and burns them down with 1, 2 and 4 daemons
#            (transitions/s), then arms deadlines due now at a steady rate (due-to-fired lag p50/p99 with
#            LISTEN/NOTIFY, and with --poll-only), next to pgbench TPC-B on the same server with as many connections.
#            Options: daemon [N] [pgbench seconds (default 15)] [durable|async (synchronous_commit off)].
#   daemon-bounds  the firing transaction run by pgbench's client as shipped, without the audit hash chain, and
#            without the chain and every CHECK constraint, next to TPC-B with 1, 2 and 4 connections: what the
#            throughput target would cost (throwaway databases). Options: daemon-bounds [pgbench seconds].
# Later modes are added as further cases below.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
shift || true

machine() {
    echo "machine: $(uname -sm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //')"
    echo "toolchain: $(swift --version 2>/dev/null | head -1)"
}

bench_rules() {
    local seconds="${1:-3}"
    machine
    echo "building release binaries…"
    swift build -c release --product fefta-bench >/dev/null
    swift build -c release --product fefta >/dev/null
    swift build -c release --static-swift-stdlib --product fefta --build-path .build-static >/dev/null

    echo
    taskset -c 0 .build/release/fefta-bench "$seconds" 2>/dev/null || .build/release/fefta-bench "$seconds"

    echo
    local counter
    counter="$(mktemp -d)/libmcount.so"
    if command -v clang >/dev/null 2>&1 && clang -shared -fPIC -O2 -o "$counter" -x c - -ldl <<'C' 2>/dev/null; then
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdatomic.h>
static atomic_long count = 0;
static void *(*real_malloc)(unsigned long) = 0;
void *malloc(unsigned long n) { if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc"); atomic_fetch_add(&count, 1); return real_malloc(n); }
__attribute__((destructor)) static void report(void) { fprintf(stderr, "%ld\n", atomic_load(&count)); }
C
        local one many
        one=$(LD_PRELOAD="$counter" .build/release/fefta-bench --rounds 1 2>&1 >/dev/null | tail -1)
        many=$(LD_PRELOAD="$counter" .build/release/fefta-bench --rounds 101 2>&1 >/dev/null | tail -1)
        local mix
        mix=$(.build/release/fefta-bench --rounds 1 2>/dev/null | sed -n 's/.*determinations \([0-9]*\),.*/\1/p')
        echo "heap allocations without the trail: $((many - one)) over $((100 * mix)) determinations"
    else
        echo "heap allocations: skipped (no clang to build the malloc counter)"
    fi

    echo
    local input
    input="$(mktemp)"
    cat >"$input" <<'JSON'
{"date": "2025-09-01",
 "investor": {"category": "foreignEntity", "country": "SG", "class": "general", "accredited": false},
 "target": {"listed": true, "tier": "designated", "securitiesCode": "6501"},
 "act": {"kind": "listedShares", "holdingBefore": 0.5, "holdingAfter": 1.5}}
JSON
    echo "fefta check process time (start, parse, decide, print, exit):"
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N --warmup 5 --runs 100 --style basic \
            -n "dynamic stdlib" ".build/release/fefta check $input --format json" \
            -n "static stdlib" ".build-static/release/fefta check $input --format json" 2>&1 | grep -E "^(Benchmark|  Time|  Range)"
    else
        for binary in .build/release/fefta .build-static/release/fefta; do
            local start end
            start=$(date +%s%N)
            for _ in $(seq 100); do "$binary" check "$input" --format json >/dev/null; done
            end=$(date +%s%N)
            echo "  $binary: $(((end - start) / 100000)) µs per run (mean of 100, no hyperfine)"
        done
    fi
    rm -f "$input"
}

bench_portfolio() {
    local runs="${1:-5}"
    machine
    echo "building release binaries…"
    swift build -c release --product fefta-bench >/dev/null
    swift build -c release --product fefta >/dev/null

    local data
    data="$(mktemp -d)"
    .build/release/fefta-bench portfolio-data "$data"
    echo "data: 4,000 issuers (① 50 %, ② 26 %, ③ 24 %); holdings-1m.csv is $(du -h "$data/holdings-1m.csv" | cut -f1)"
    echo
    echo "fefta portfolio check --format csv >/dev/null: process start, read list, stream, aggregate, screen, write"
    echo "(best of $runs runs; peak RSS is the largest VmHWM seen, from /usr/bin/time)"
    printf '  %-6s %10s %14s %10s\n' rows seconds "rows/s" "peak RSS"
    local size rows
    for size in 10k 100k 1m; do
        case "$size" in 10k) rows=10000 ;; 100k) rows=100000 ;; 1m) rows=1000000 ;; esac
        local best=0 peak=0 run start end elapsed rss
        for run in $(seq "$runs"); do
            start=$(date +%s%N)
            if [ -x /usr/bin/time ]; then
                /usr/bin/time -f "%M" -o "$data/time" .build/release/fefta portfolio check \
                    --investor "$data/investor.json" --issuers "$data/issuers.csv" --date 2025-09-01 \
                    "$data/holdings-$size.csv" >/dev/null 2>"$data/stderr"
                rss=$(tail -1 "$data/time")
            else
                .build/release/fefta portfolio check --investor "$data/investor.json" --issuers "$data/issuers.csv" \
                    --date 2025-09-01 "$data/holdings-$size.csv" >/dev/null 2>"$data/stderr"
                rss=0
            fi
            end=$(date +%s%N)
            elapsed=$((end - start))
            if [ "$best" -eq 0 ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
            if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
        done
        printf '  %-6s %10s %14s %7s MiB\n' "$size" "$(awk "BEGIN {printf \"%.3f\", $best / 1e9}")" \
            "$(awk "BEGIN {printf \"%d\", $rows / ($best / 1e9)}" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" "$(awk "BEGIN {printf \"%.1f\", $peak / 1024}")"
    done
    echo "  baseline: fefta --version peaks at $( (/usr/bin/time -f "%M" .build/release/fefta --version >/dev/null) 2>&1 | awk '{printf "%.1f", $1 / 1024}') MiB (shared libraries)"
    echo "  summary of the 1M run (stderr):"
    sed 's/^/    /' "$data/stderr"

    echo
    taskset -c 0 .build/release/fefta-bench portfolio 2 2>/dev/null || .build/release/fefta-bench portfolio 2
    rm -rf "$data"
}

# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh
# shellcheck source=Deploy/scripts/bench-filings.sh
. Deploy/scripts/bench-filings.sh
# shellcheck source=Deploy/scripts/bench-daemon.sh
. Deploy/scripts/bench-daemon.sh

case "$mode" in
    rules) bench_rules "$@" ;;
    filings) bench_filings "$@" ;;
    portfolio) bench_portfolio "$@" ;;
    daemon) bench_daemon "$@" ;;
    daemon-bounds) bench_daemon_bounds "$@" ;;
    *)
        echo "usage: Deploy/bench.sh rules [seconds] | filings [filings per phase] [durable|async] | portfolio [runs]" \
            "| daemon [deadlines] [pgbench seconds] [durable|async] | daemon-bounds [pgbench seconds]" >&2
        exit 64
        ;;
esac
