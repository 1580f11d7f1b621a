#!/usr/bin/env bash
# Sets fefta up on this machine and shows it working. Safe to run again: every step skips what is already done.
#
#   Deploy/quickstart.sh
#
# Installs what is missing (PostgreSQL server, libpq-dev, pkg-config; through sudo when not root), builds the
# release binaries fefta and feftad (in .build-static/release), starts fefta's embedded PostgreSQL cluster (under
# $FEFTA_HOME: ~/.local/share/fefta, or /var/lib/fefta as root), applies the schema migrations, shows the database
# status, adds a default organisation with you as its administrator, opens a sample filing from Deploy/examples/,
# shows its deadlines, runs the worker daemon once and screens a sample portfolio. To use an existing server
# instead, set FEFTA_DATABASE_URL (or PG* variables) first; `db start` then only notes that.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh

install_missing_packages postgresql libpq-dev pkg-config

# Release binaries with the Swift runtime linked in: `fefta check` then starts in about 14 ms instead of about 19
# (Deploy/bench.sh rules measures both), and the binaries need libpq but no Swift toolchain where they run.
say "building fefta and feftad (release)…"
build=(swift build -c release --static-swift-stdlib --build-path .build-static)
"${build[@]}" --product fefta
"${build[@]}" --product feftad
bin="$("${build[@]}" --show-bin-path)"
fefta="$bin/fefta"

"$fefta" db start
"$fefta" db migrate --format text
"$fefta" db status --format text

# A default organisation, and you as its administrator: filing events name the acting person by id, found from
# your user name (or FEFTA_ACTOR).
"$fefta" admin org default --format text
user="$(id -un)"
if [[ "$user" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    "$fefta" admin person add --name "$user" --role admin --user "$user" --if-missing --format text
elif [ -z "${FEFTA_ACTOR:-}" ]; then
    FEFTA_ACTOR="$("$fefta" admin person add --name "$user" --role admin --format json | sed -n 's/.*"id": "\(.*\)".*/\1/p' | head -1)"
    export FEFTA_ACTOR
    say "your user name cannot be registered; act as yourself with: export FEFTA_ACTOR=$FEFTA_ACTOR"
fi

# A sample filing from an example transaction (only once), and the deadlines it armed.
if [ "$("$fefta" filing list --format json)" = "[]" ]; then
    planned="$(date -d '+8 months' +%Y-%m-%d 2>/dev/null || date -v+8m +%Y-%m-%d)"
    "$fefta" filing new --check Deploy/examples/prior-notification.json --planned-execution "$planned" --format text
fi
"$fefta" filing list --format text
"$fefta" deadlines --format text

# The worker daemon, once: it registers, fires what is due, queues reminders, re-screens when a new issuer list or
# ruleset is in force, and exits. As a service it runs without --once (Deploy/systemd/feftad.service).
say "running the worker daemon once…"
"$bin/feftad" --once

# A fund's main job: screen a portfolio against an issuer list. The sample list (fictional companies) is read from
# the file rather than imported, so it never mixes with real MOF list versions in the database.
say "screening the sample portfolio (Deploy/examples) against the sample issuer list…"
"$fefta" portfolio check --investor Deploy/examples/investor-fund.json \
    --issuers Deploy/examples/issuers-sample.csv --published 2025-07-15 --date 2025-09-01 \
    Deploy/examples/holdings-sample.csv

say "ready: $fefta and $bin/feftad (add $bin to PATH). Try: fefta queue; fefta filing show ID. Stop the database with: fefta db stop"
