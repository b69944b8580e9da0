#!/bin/sh
# Copies the staged release ($1, see stage.sh) under a prefix ($2, with
# DESTDIR already in front). Prints each file installed.
set -eu

stage=${1:?the staging folder} prefix=${2:?the prefix}
cd "$stage"
find . -type f | sort | while read -r file; do
  file=${file#./}
  case "$file" in
    bin/*) mode=755 ;;
    *) mode=644 ;;
  esac
  install -D -m "$mode" "$file" "$prefix/$file"
  echo "installed $prefix/$file"
done
