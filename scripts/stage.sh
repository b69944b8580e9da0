#!/bin/sh
# The files that `make install` copies and `make dist` packs, laid out as
# under PREFIX in $STAGE: bin/, the man pages of every command and the
# completion scripts of bash, zsh and fish. Called by the Makefile with
# RAPPORTEUR (the release binary), MANUAL_TOOL (generate-manual) and STAGE.
set -eu

: "${RAPPORTEUR:?the release binary}" "${MANUAL_TOOL:?generate-manual}" "${STAGE:?the staging folder}"
: "${SOURCE_DATE_EPOCH:?the commit time, from the Makefile}"

# The pages and scripts are in English, whatever the builder's locale.
unset LC_MESSAGES LANGUAGE
export LC_ALL=C LANG=C

rm -rf "$STAGE"
mkdir -p "$STAGE/bin" "$STAGE/share/man/man1" "$STAGE/share/bash-completion/completions" \
  "$STAGE/share/zsh/site-functions" "$STAGE/share/fish/vendor_completions.d"

# Without the debug sections (a tenth of the size); the symbols stay, so a
# crash's backtrace still names functions.
cp "$RAPPORTEUR" "$STAGE/bin/rapporteur"
strip --strip-debug "$STAGE/bin/rapporteur"
chmod 755 "$STAGE/bin/rapporteur"

# The pages' date is the commit's, not today's.
date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
"$MANUAL_TOOL" "$STAGE/bin/rapporteur" --multi-page --date "$date" \
  --output-directory "$STAGE/share/man/man1"

"$STAGE/bin/rapporteur" --generate-completion-script bash > "$STAGE/share/bash-completion/completions/rapporteur"
"$STAGE/bin/rapporteur" --generate-completion-script zsh > "$STAGE/share/zsh/site-functions/_rapporteur"
"$STAGE/bin/rapporteur" --generate-completion-script fish > "$STAGE/share/fish/vendor_completions.d/rapporteur.fish"

find "$STAGE/share" -type f -exec chmod 644 {} +
find "$STAGE" -type d -exec chmod 755 {} +
