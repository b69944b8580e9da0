#!/bin/sh
# Removes what install.sh put under a prefix ($1, with DESTDIR in front):
# the binary, the man pages named rapporteur*.1 and the three completion
# scripts. Folders are left, as other programs share them.
set -eu

prefix=${1:?the prefix}
for file in "$prefix/bin/rapporteur" "$prefix"/share/man/man1/rapporteur.1 "$prefix"/share/man/man1/rapporteur.*.1 \
  "$prefix/share/bash-completion/completions/rapporteur" "$prefix/share/zsh/site-functions/_rapporteur" \
  "$prefix/share/fish/vendor_completions.d/rapporteur.fish"; do
  if [ -e "$file" ]; then
    rm -f "$file"
    echo "removed $file"
  fi
done
