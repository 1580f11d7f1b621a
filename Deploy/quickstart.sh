#!/usr/bin/env bash
# Sets fefta up on this machine and shows it working. Safe to run again: every step skips what is already done.
#
#   Deploy/quickstart.sh
#
# Installs what is missing (PostgreSQL server, libpq-dev, pkg-config; through sudo when not root), builds the
# release binaries, starts fefta's embedded PostgreSQL cluster (under $FEFTA_HOME: ~/.local/share/fefta, or
# /var/lib/fefta as root), applies the schema migrations and shows the database status. To use an existing
# server instead, set FEFTA_DATABASE_URL (or PG* variables) first; `db start` then only notes that.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh

install_missing_packages postgresql libpq-dev pkg-config

say "building fefta (release)…"
swift build -c release --product fefta
bin="$(swift build -c release --show-bin-path)"
fefta="$bin/fefta"

"$fefta" db start
"$fefta" db migrate --format text
"$fefta" db status --format text

# A fund's main job: screen a portfolio against an issuer list. The sample list (fictional companies) is read from
# the file rather than imported, so it never mixes with real MOF list versions in the database.
say "screening the sample portfolio (Deploy/examples) against the sample issuer list…"
"$fefta" portfolio check --investor Deploy/examples/investor-fund.json \
    --issuers Deploy/examples/issuers-sample.csv --published 2025-07-15 --date 2025-09-01 \
    Deploy/examples/holdings-sample.csv

say "ready: $fefta (add $bin to PATH). Stop the database with: $fefta db stop"
