#!/bin/bash
# Fetch CPython 3.11's C sources (Debian's python3.11 source package = the upstream release
# tarball) into DIR for tools/provenance_c.py. Uses a private deb-src list; nothing under /etc
# is changed. Usage: tools/fetch_cpython_c.sh [DIR]   (default: /tmp/cpython-src)
set -euo pipefail
dest=${1:-/tmp/cpython-src}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/dl" "$dest"
. /etc/os-release
cat > "$work/src.list" <<LIST
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $VERSION_CODENAME main
LIST
opts=(-o "Dir::Etc::SourceList=$work/src.list" -o "Dir::Etc::SourceParts=-"
      -o "Dir::State::Lists=$work/lists" -o "Debug::NoLocking=1")
apt-get "${opts[@]}" update -qq
(cd "$work/dl" && apt-get "${opts[@]}" source --download-only -qq python3.11)
tarball=$(ls "$work"/dl/python3.11_*.orig.tar.* | head -1)
tar -xf "$tarball" -C "$dest" --strip-components=1 --wildcards \
    '*/Objects' '*/Python' '*/Modules' '*/Parser' '*/Include' '*/Programs'
echo "CPython C sources from $(basename "$tarball") in $dest"
