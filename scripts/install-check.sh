#!/bin/sh
# `make install` into a temporary DESTDIR: the binary, a man page per
# command and the three completion scripts must be where the issue says,
# the page of `rapporteur report` must render with man and groff without a
# single warning, and `make uninstall` must take every file away again.
# Called by `make install-check` (and so by `make test`) with MAKE.
set -eu

MAKE=${MAKE:-make}
root=$(mktemp -d "${TMPDIR:-/tmp}/rapporteur-install.XXXXXX")
trap 'rm -rf "$root"' EXIT
prefix=/usr/local
here=$root$prefix
fail() { echo "install-check: $*" >&2; exit 1; }

$MAKE --no-print-directory install DESTDIR="$root" PREFIX="$prefix" > "$root.log" || { cat "$root.log"; fail "make install failed"; }
rm -f "$root.log"

[ -x "$here/bin/rapporteur" ] || fail "no executable $here/bin/rapporteur"
for file in share/bash-completion/completions/rapporteur share/zsh/site-functions/_rapporteur \
  share/fish/vendor_completions.d/rapporteur.fish; do
  [ -s "$here/$file" ] || fail "no completion script $here/$file"
done

# bash completes a command from its first letters with the installed script.
completion=$(PATH="$here/bin:$PATH" bash -c '. "$1"; COMP_WORDS=(rapporteur rep); COMP_CWORD=1
  COMP_LINE="rapporteur rep"; COMP_POINT=${#COMP_LINE}; _rapporteur rapporteur rep rapporteur
  printf "%s\n" "${COMPREPLY[@]}"' sh "$here/share/bash-completion/completions/rapporteur")
[ "$completion" = report ] || fail "bash completes 'rapporteur rep' to '$completion', not 'report'"
# The other shells' scripts parse, where those shells are installed.
if command -v zsh > /dev/null; then zsh -n "$here/share/zsh/site-functions/_rapporteur" || fail "zsh cannot parse _rapporteur"; fi
if command -v fish > /dev/null; then fish --no-execute "$here/share/fish/vendor_completions.d/rapporteur.fish" || fail "fish cannot parse rapporteur.fish"; fi

# A page for the tool and for each of its commands, as --help lists them.
for command in "" check template score compare report agreement sensitivity diff explain; do
  page=$here/share/man/man1/rapporteur${command:+.$command}.1
  [ -s "$page" ] || fail "no man page $page"
done
# Every page installed, with all of groff's warnings (-ww) on the mdoc that
# generate-manual writes; groff exits 0 on warnings, so its output counts.
pages=0
for page in "$here"/share/man/man1/rapporteur*.1; do
  warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff failed on $page: $warnings"
  [ -z "$warnings" ] || fail "groff warns on $page: $warnings"
  pages=$((pages + 1))
done

# man itself, as a reader would call it, with groff's warnings turned on.
page=$here/share/man/man1/rapporteur.report.1
warnings=$(MANWIDTH=80 man --warnings=all -l "$page" 2>&1 >/dev/null) || fail "man -l failed on $page: $warnings"
[ -z "$warnings" ] || fail "man -l warns on $page: $warnings"
MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q "rapporteur report" || fail "man -l $page does not show 'rapporteur report'"

version=$("$here/bin/rapporteur" --version)
case "$version" in
  *"(framework "*) ;;
  *) fail "rapporteur --version says '$version', without the framework it carries" ;;
esac

$MAKE --no-print-directory uninstall DESTDIR="$root" PREFIX="$prefix" > /dev/null
left=$(find "$root" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: the binary, $pages man pages and 3 completion scripts installed under DESTDIR, rendered without warnings, uninstalled"
