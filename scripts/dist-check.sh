#!/bin/sh
# What `make dist` promises, checked on $DIST_ARCHIVE (already made):
#  1. a second `make dist` gives the same bytes;
#  2. the archive's binary needs no Swift runtime library (ldd names no
#     libswift*), and from a folder outside the checkout runs --version,
#     check and report on a copy of the example sheets.
# Called by `make dist-check` with MAKE and DIST_ARCHIVE.
set -eu

MAKE=${MAKE:-make}
: "${DIST_ARCHIVE:?the archive}" "${VERSION:?the version Version.swift gives}"
checkout=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rapporteur-dist-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "dist-check: $*" >&2; exit 1; }

# 1. Same bytes twice: the second run restages and repacks everything.
cp "$DIST_ARCHIVE" "$work/first.tar.gz"
$MAKE --no-print-directory dist > /dev/null
cmp "$work/first.tar.gz" "$DIST_ARCHIVE" || fail "two make dist runs gave different archives"
(cd "$(dirname "$DIST_ARCHIVE")" && sha256sum -c "$(basename "$DIST_ARCHIVE").sha256" > /dev/null) \
  || fail "$DIST_ARCHIVE.sha256 does not match the archive"

# 2. Unpacked and run where no checkout, .build or Swift library is near.
mkdir "$work/unpacked" "$work/data"
tar -xzf "$DIST_ARCHIVE" -C "$work/unpacked"
binary=$(echo "$work"/unpacked/*/bin/rapporteur)
[ -x "$binary" ] || fail "no bin/rapporteur in $DIST_ARCHIVE"
for file in README.md LICENSE CHANGELOG.md share/man/man1/rapporteur.report.1; do
  [ -f "$(dirname "$(dirname "$binary")")/$file" ] || fail "no $file in $DIST_ARCHIVE"
done
libraries=$(ldd "$binary")
if echo "$libraries" | grep -q 'libswift'; then
  fail "the binary needs the Swift runtime: $(echo "$libraries" | grep libswift)"
fi
if echo "$libraries" | grep -q 'not found'; then
  fail "the binary needs libraries this machine lacks: $(echo "$libraries" | grep 'not found')"
fi
cp -R "$checkout/examples/sheets" "$work/data/sheets"
cd "$work/data"
case "$checkout" in "$work"*) fail "the work folder is inside the checkout" ;; esac

env -u LC_ALL -u LANG -u LC_MESSAGES "$binary" --version > version.txt || fail "--version failed"
grep -q "^$VERSION (framework [^)]*)$" version.txt \
  || fail "--version says '$(cat version.txt)'; it should be '$VERSION (framework ID VERSION)'"
# No ./indicators here: check validates the instrument built into the binary.
"$binary" check --lang en > check.txt 2>&1 || { cat check.txt; fail "check of the bundled instrument failed"; }
"$binary" check --lang en sheets > sheets.txt 2>&1 || { cat sheets.txt; fail "check of the example sheets failed"; }
"$binary" report --lang en --region western-balkans --output report sheets > report.log 2>&1 \
  || { cat report.log; fail "report on the example sheets failed"; }
for file in report.txt report.html comparison.csv comparison.xml datapackage.json; do
  [ -s "report/$file" ] || fail "report wrote no $file"
done
echo "dist-check: $(basename "$DIST_ARCHIVE") is reproducible, needs no libswift*, runs --version ($(cat version.txt)), check and report from $work/data"
