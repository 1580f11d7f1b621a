# Shell functions shared by the scripts under Deploy/ (quickstart, test, bench, the generators). Source it; do not run it.
# shellcheck shell=bash

# Prints a message to standard error, prefixed with the calling script's name.
say() {
    echo "$(basename "$0"): $*" >&2
}

# Installs the named Debian/Ubuntu packages that are not installed yet: directly as root, through sudo otherwise.
# Does nothing when all are present, so it is safe to run every time.
install_missing_packages() {
    local missing=() package
    if ! command -v dpkg-query >/dev/null 2>&1; then
        # Not Debian or Ubuntu: check for the programs instead and say what is needed.
        for package in pg_config pkg-config; do
            command -v "$package" >/dev/null 2>&1 || missing+=("$package")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            say "missing: ${missing[*]}; install PostgreSQL (server and client library) and pkg-config"
            exit 69
        fi
        return 0
    fi
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local apt_get
    if [ "$(id -u)" -eq 0 ]; then
        apt_get=(apt-get)
    elif command -v sudo >/dev/null 2>&1; then
        apt_get=(sudo apt-get)
    else
        say "these packages are missing: ${missing[*]}; install them as root: apt-get install ${missing[*]}"
        exit 69
    fi
    say "installing ${missing[*]}"
    "${apt_get[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Prints the folder holding the PostgreSQL server programs (initdb, pg_ctl), as fefta itself looks for them:
# FEFTA_PG_BINDIR, then `pg_config --bindir`, then the highest /usr/lib/postgresql/*/bin, then the PATH.
find_pg_bindir() {
    local candidate
    for candidate in "${FEFTA_PG_BINDIR:-}" "$(pg_config --bindir 2>/dev/null || true)" \
        $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r) \
        "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"; do
        if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            echo "$candidate"
            return 0
        fi
    done
    say "the PostgreSQL server programs (initdb, pg_ctl) were not found; install them: apt-get install postgresql"
    exit 69
}

# Runs a command as the account that owns PostgreSQL data: the current user, or `postgres` when running as root
# (PostgreSQL refuses to run as root).
run_as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Installs the Python packages that the end-to-end tests use to check output formats (iCalendar), if missing.
# Hook for later work: add packages here. A failure only warns; the tests that need a package fail with its name.
install_python_test_dependencies() {
    if ! command -v python3 >/dev/null 2>&1; then
        say "warning: python3 not found; tests that check iCalendar output with Python will fail"
        return 0
    fi
    if ! python3 -c 'import icalendar' >/dev/null 2>&1; then
        python3 -m pip install --quiet --disable-pip-version-check icalendar >/dev/null 2>&1 \
            || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages icalendar >/dev/null 2>&1 \
            || say "warning: could not install the Python package icalendar (pip install icalendar)"
    fi
}

# Replaces the generated files in directory $2 matching the glob $3 (e.g. 'SchemaFiles+*.swift') with those freshly
# written to directory $1: copies the ones that differ, removes the ones no longer generated, and says which.
sync_generated_files() {
    local fresh=$1 dir=$2 pattern=$3 name changed=0 new out old
    name=$(basename "$0")
    for new in "$fresh"/*.swift; do
        out="$dir/$(basename "$new")"
        if ! cmp -s "$new" "$out" 2>/dev/null; then
            cp "$new" "$out"
            echo "$name: wrote $out"
            changed=1
        fi
    done
    for old in "$dir"/$pattern; do
        if [ ! -e "$fresh/$(basename "$old")" ]; then
            rm "$old"
            echo "$name: removed $old"
            changed=1
        fi
    done
    [ "$changed" = 1 ] || echo "$name: $dir is up to date"
}
