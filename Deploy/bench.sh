#!/usr/bin/env bash
# Benchmarks (not tests). Usage: Deploy/bench.sh MODE [options]
#   rules    rules engine: determinations per second with and without the findings trail (one core), heap
#            allocations per determination, and `fefta check` process time (start, decide, exit).
#   filings  the filing store: opening, case-handler transitions and deadline firings with 1, 2 and 4 writers
#            (per second, latency p50/p99) and `audit verify`, against a throwaway PostgreSQL.
#            Options: filings [filings per phase (default 2000)] [durable|async].
# Later modes (portfolio, daemon) are added as further cases below.
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
        echo "heap allocations without the trail: $((many - one)) over $((100 * 364)) determinations"
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

# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh
# shellcheck source=Deploy/scripts/bench-filings.sh
. Deploy/scripts/bench-filings.sh

case "$mode" in
    rules) bench_rules "$@" ;;
    filings) bench_filings "$@" ;;
    *)
        echo "usage: Deploy/bench.sh rules [seconds] | filings [filings per phase] [durable|async]" >&2
        exit 64
        ;;
esac
