#!/usr/bin/env bash
# Installs fefta and the feftad service where a Linux system expects them. Safe to run again: a file that is already
# as it should be is left alone (and said so), and the environment file, once there, is never overwritten.
#
#   Deploy/quickstart.sh                      # builds the release binaries (.build-static/release), or:
#   swift build -c release                    #   (then add --bin-dir .build/release)
#   sudo Deploy/install-service.sh [--database-url URL]
#   sudo systemctl enable --now feftad
#
# It installs, under --root (default /):
#   PREFIX/bin/fefta, PREFIX/bin/feftad          the binaries (PREFIX: --prefix, default /usr/local)
#   /etc/systemd/system/feftad.service           the unit, its ExecStart pointing at PREFIX/bin/feftad
#   /etc/fefta/feftad.env                        the daemon's configuration (from Deploy/feftad.env.example), only
#                                                when missing; --database-url sets FEFTA_DATABASE_URL in it
#   /usr/share/doc/fefta/README.md               the documentation the unit names
#   PREFIX/share/man/manN/*.N                    the man pages in --man-dir (default Deploy/man), when there are any
# and, when installing into / as root: the `fefta` system user the unit runs as, and `systemctl daemon-reload`
# when systemd runs. With --root DIR (a staging tree for a package or a test) it creates no user and runs no
# systemctl; the files are the same.
#
# Options: --bin-dir DIR, --prefix DIR, --root DIR, --database-url URL, --man-dir DIR. Never put a password in
# the URL: the unit reads one through libpq's password file (see the comments in the unit).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=Deploy/scripts/common.sh
. Deploy/scripts/common.sh

usage() {
    say "usage: $0 [--bin-dir DIR] [--prefix DIR] [--root DIR] [--database-url URL] [--man-dir DIR]"
    exit 64
}

bin_dir=""
prefix=/usr/local
root=/
database_url=""
man_dir=Deploy/man
while [ $# -gt 0 ]; do
    case "$1" in
    --bin-dir | --prefix | --root | --database-url | --man-dir)
        [ $# -ge 2 ] || usage
        case "$1" in
        --bin-dir) bin_dir=$2 ;;
        --prefix) prefix=$2 ;;
        --root) root=$2 ;;
        --database-url) database_url=$2 ;;
        --man-dir) man_dir=$2 ;;
        esac
        shift 2
        ;;
    -h | --help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
    esac
done
case "$prefix" in /*) ;; *) say "--prefix: an absolute folder, such as /usr/local"; exit 64 ;; esac
case "$database_url" in *://*:*@* | *password=*) say "--database-url: no password in the URL; libpq reads it from a password file"; exit 64 ;; esac

if [ -z "$bin_dir" ]; then
    for candidate in .build-static/release .build/release; do
        if [ -x "$candidate/fefta" ] && [ -x "$candidate/feftad" ]; then
            bin_dir=$candidate
            break
        fi
    done
fi
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/fefta" ] || [ ! -x "$bin_dir/feftad" ]; then
    say "no built fefta and feftad${bin_dir:+ in $bin_dir}: run Deploy/quickstart.sh (or swift build -c release and pass --bin-dir .build/release)"
    exit 66
fi

root=${root%/}
installed=0
unchanged=0

# install_file SOURCE DESTINATION MODE: copies SOURCE unless DESTINATION already has its bytes and mode.
install_file() {
    local source=$1 destination=$root$2 mode=$3
    if [ -f "$destination" ] && cmp -s "$source" "$destination" \
        && [ "$(stat -c %a "$destination")" = "${mode#0}" ]; then
        unchanged=$((unchanged + 1))
        return 0
    fi
    install -D -m "$mode" "$source" "$destination"
    say "installed $2"
    installed=$((installed + 1))
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fefta-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

install_file "$bin_dir/fefta" "$prefix/bin/fefta" 0755
install_file "$bin_dir/feftad" "$prefix/bin/feftad" 0755

sed "s|^ExecStart=.*|ExecStart=$prefix/bin/feftad|" Deploy/systemd/feftad.service >"$scratch/feftad.service"
install_file "$scratch/feftad.service" /etc/systemd/system/feftad.service 0644
install_file README.md /usr/share/doc/fefta/README.md 0644

manuals=0
if [ -d "$man_dir" ]; then
    for page in "$man_dir"/*.[1-8]; do
        [ -f "$page" ] || continue
        section=${page##*.}
        install_file "$page" "$prefix/share/man/man$section/$(basename "$page")" 0644
        manuals=$((manuals + 1))
    done
fi
[ "$manuals" -gt 0 ] || say "no man pages in $man_dir; none installed"

# The environment file is the operator's once it exists: written only when missing.
environment=/etc/fefta/feftad.env
if [ -e "$root$environment" ]; then
    say "kept $environment (it is yours once written; compare with Deploy/feftad.env.example)"
    unchanged=$((unchanged + 1))
else
    # A fresh file: the example, with no notify command (notifications wait in the outbox until you set one) and
    # the database given here, or a placeholder to fill in.
    if [ -n "$database_url" ]; then
        url_line="FEFTA_DATABASE_URL=$database_url"
    else
        url_line="# FEFTA_DATABASE_URL=postgresql://feftad@db.example.jp:5432/fefta?sslmode=verify-full"
    fi
    awk -v url="$url_line" '
        /^FEFTA_DATABASE_URL=/ { print url; next }
        /^FEFTA_NOTIFY_COMMAND=/ { print "# " $0; next }
        { print }' Deploy/feftad.env.example >"$scratch/feftad.env"
    install -D -m 0640 "$scratch/feftad.env" "$root$environment"
    say "installed $environment"
    installed=$((installed + 1))
fi

if [ -z "$root" ] && [ "$(id -u)" -eq 0 ]; then
    if ! id -u fefta >/dev/null 2>&1; then
        useradd --system --user-group --home-dir /var/lib/feftad --create-home --shell /usr/sbin/nologin \
            --comment "fefta worker daemon" fefta
        say "created the system user fefta (home /var/lib/feftad, for its .pgpass)"
    fi
    chgrp fefta "$environment"
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload
    else
        say "systemd is not running here: no daemon-reload"
    fi
elif [ -n "$root" ]; then
    say "installed under $root: no system user created and no systemctl run"
fi

say "$installed installed, $unchanged unchanged"
if ! grep -q '^FEFTA_DATABASE_URL=' "$root$environment"; then
    say "next: set FEFTA_DATABASE_URL in $environment (the feftad login's database), then: fefta db migrate; systemctl enable --now feftad"
else
    say "next: fefta db migrate (as the schema owner), then: systemctl enable --now feftad"
fi
