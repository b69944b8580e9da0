#!/bin/sh
# $DIST_DIR/$DIST_NAME.tar.gz from the staged release ($STAGE, see
# stage.sh) with README.md, LICENSE and CHANGELOG.md, and its SHA-256 sum
# in $DIST_NAME.tar.gz.sha256 (`sha256sum -c` reads it).
#
# Reproducible: the same commit gives the same bytes. Entries are sorted,
# owned by 0:0 with no names, with modes set here and every mtime the
# commit's (SOURCE_DATE_EPOCH); gzip writes no name or time (-n).
set -eu

: "${STAGE:?the staging folder}" "${DIST_DIR:?the output folder}" "${DIST_NAME:?the archive name}"
: "${SOURCE_DATE_EPOCH:?the commit time, from the Makefile}"

work=$(mktemp -d "${TMPDIR:-/tmp}/rapporteur-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
top=$work/$DIST_NAME
mkdir -p "$top"
cp -R "$STAGE/." "$top/"
cp README.md LICENSE CHANGELOG.md "$top/"
find "$top" -type d -exec chmod 755 {} +
find "$top" -type f -exec chmod 644 {} +
chmod 755 "$top/bin/rapporteur"

mkdir -p "$DIST_DIR"
archive=$DIST_DIR/$DIST_NAME.tar.gz
tar --create --format=gnu --sort=name --owner=0 --group=0 --numeric-owner \
  --mtime="@$SOURCE_DATE_EPOCH" --directory "$work" "$DIST_NAME" \
  | gzip -9 -n > "$archive.tmp"
mv "$archive.tmp" "$archive"
(cd "$DIST_DIR" && sha256sum "$DIST_NAME.tar.gz" > "$DIST_NAME.tar.gz.sha256")
echo "$archive"
cat "$archive.sha256"
