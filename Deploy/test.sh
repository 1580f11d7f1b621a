#!/usr/bin/env bash
# Runs the whole test suite. (Foundation issue: extended with a throwaway PostgreSQL.)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build
