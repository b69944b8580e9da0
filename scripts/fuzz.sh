#!/bin/sh
# Runs each fuzz target of rapporteur-fuzz for a set time, one after another,
# from a seed corpus built here out of the fixtures. Called by `make fuzz`,
# which builds the binary first; see docs/fuzzing.md.
#
# Settings (environment): FUZZ_BINARY, FUZZ_WORK (seeds, corpora, findings
# and logs, under the fuzz build path), FUZZ_TARGETS, FUZZ_SECONDS (each),
# FUZZ_MAX_LEN, SHARED_CORPUS (../shared/corpus, used when present).
# Exit status 1 when a target found a crash, hang, leak or out-of-memory.
set -eu

: "${FUZZ_BINARY:?}" "${FUZZ_WORK:?}"
FUZZ_TARGETS=${FUZZ_TARGETS:-csv xml-sheet framework area workbook catalogue template}
FUZZ_TEMPLATE_BINARY=${FUZZ_TEMPLATE_BINARY:-}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-65536}
SHARED_CORPUS=${SHARED_CORPUS:-../shared/corpus}
FIXTURES=Tests/Fixtures

# seed DIR SELECTOR FILE...: copies each file into DIR, SELECTOR (a printf
# octal escape such as \001, or empty) put in front; named by its path
# (without a leading ../, which would hide it from ls).
seed() {
    dir=$1 selector=$2
    shift 2
    for file in "$@"; do
        [ -f "$file" ] || continue
        { printf "$selector"; cat "$file"; } > "$dir/$(printf '%s' "$file" | sed 's|^\(\.\./\)*||' | tr '/' '_')"
    done
}

# The seeds of one target. Sheet inputs start with a byte choosing the
# encoding and the framework (see Sources/FuzzTargets/SheetInput.swift):
# \000 UTF-8 and the conformance framework, \001 Windows-1250,
# \002 Windows-1251, \004 UTF-8 and the instrument in indicators/. The
# instrument's seeds are example sheets cut to their answer columns, which
# keeps inputs short and the fuzzer fast.
seeds() {
    dir=$1
    case $2 in
    csv)
        seed "$dir" '\000' $FIXTURES/conformance/*/sheets/*.csv $FIXTURES/conformance/*/sheets-spreadsheet/*.csv \
            $FIXTURES/corpus/csv/* "$SHARED_CORPUS"/csv/*
        seed "$dir" '\001' $FIXTURES/conformance/*/sheets-encoded/*.windows-1250.csv $FIXTURES/corpus/csv/invalid-utf8.csv
        seed "$dir" '\002' $FIXTURES/conformance/*/sheets-encoded/*.windows-1251.csv
        seed "$dir" '\004' $FIXTURES/fuzz-seeds/csv/instrument-*.csv
        ;;
    xml-sheet)
        seed "$dir" '\000' $FIXTURES/fuzz-seeds/xml-sheet/conformance-*.xml $FIXTURES/corpus/xml/*.xml \
            "$SHARED_CORPUS"/xml/*.xml
        seed "$dir" '\004' $FIXTURES/fuzz-seeds/xml-sheet/instrument-*.xml
        ;;
    workbook)
        # The template in every language, from an ordinary build when one is
        # given (FUZZ_TEMPLATE_BINARY), the spreadsheet-saved workbooks of
        # the fixtures, and the hostile ones the fuzz runs kept.
        templates=$(mktemp -d)
        if [ -n "$FUZZ_TEMPLATE_BINARY" ]; then
            for lang in en sr-Latn sr-Cyrl sq mk; do
                "$FUZZ_TEMPLATE_BINARY" template --country RS --year 2024 --lang "$lang" --format xlsx \
                    --output "$templates/template-$lang.xlsx" >/dev/null 2>&1 || true
            done
        fi
        for file in "$templates"/*.xlsx $FIXTURES/conformance/*/sheets-xlsx/*.xlsx $FIXTURES/corpus/csv/*.xlsx \
            "$SHARED_CORPUS"/csv/*.xlsx $FIXTURES/fuzz-regressions/csv/*.xlsx.bin; do
            [ -f "$file" ] || continue
            # \004 (the instrument) for the templates, \000 (the conformance framework) for the rest.
            case $file in "$templates"/*) selector=4 ;; *) selector=0 ;; esac
            python3 scripts/workbook-parts.py "$selector" "$file" \
                "$dir/$(printf '%s' "$file" | sed 's|^\(\.\./\)*||' | tr '/' '_')"
        done
        rm -rf "$templates"
        ;;
    catalogue)
        # Each catalogue cut at blank lines into pieces of some 120 lines
        # (a few kilobytes, fast to parse and mutate), the first with the header.
        for file in locales/*.po; do
            awk -v out="$dir/locales_$(basename "$file" .po)" \
                'NR > 1 && lines >= 120 && /^$/ { piece++; lines = 0 } { print > (out "-" piece + 0 ".po"); lines++ }' "$file"
        done
        ;;
    template)
        # The bundled template (some 11 kB, whole) and the small ones of the
        # fuzz seeds: delimiter changes, inverted and empty sections, partials.
        seed "$dir" '' Sources/RapporteurIO/Exports/HTML/report.mustache $FIXTURES/fuzz-seeds/template/*.mustache
        ;;
    framework | area)
        seed "$dir" '' indicators/framework.xml indicators/areas/*.xml \
            $FIXTURES/conformance/*/framework/*.xml $FIXTURES/conformance/*/framework/areas/*.xml \
            $FIXTURES/corpus/xml/*.xml $FIXTURES/corpus/xml/*/*.xml "$SHARED_CORPUS"/xml/*.xml
        ;;
    esac
}

stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p "$FUZZ_WORK/logs"
found=""
for target in $FUZZ_TARGETS; do
    work=$FUZZ_WORK/$target
    rm -rf "$work/seeds"
    mkdir -p "$work/seeds" "$work/corpus" "$work/findings"
    seeds "$work/seeds" "$target"
    case $target in framework | area) dict=framework.dict ;; workbook) dict=workbook.dict ;; *) dict=$target.dict ;; esac
    log=$FUZZ_WORK/logs/$target-$stamp.log
    echo "fuzz $target for ${FUZZ_SECONDS}s: $(ls "$work/seeds" | wc -l) seeds, corpus $work/corpus, log $log"
    # The first folder is where libFuzzer adds what it finds; seeds only read.
    # No leak checks: LeakSanitizer cannot follow Swift references kept in
    # enum payloads (the storage of Data), so it reports the instrument held
    # by a global as leaked. Growth still shows through -rss_limit_mb and
    # -malloc_limit_mb (the same 2048 MB).
    if ASAN_OPTIONS=detect_leaks=0 RAPPORTEUR_FUZZ_TARGET=$target "$FUZZ_BINARY" "$work/corpus" "$work/seeds" \
        -max_total_time="$FUZZ_SECONDS" -max_len="$FUZZ_MAX_LEN" \
        -rss_limit_mb=2048 -timeout=10 -detect_leaks=0 -print_final_stats=1 \
        -dict="$FIXTURES/fuzz-seeds/$dict" -artifact_prefix="$work/findings/" > "$log" 2>&1
    then
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1
        grep -E '^workbook reach:' "$log" | tail -n 1
    else
        echo "  FOUND: $(grep -E '^==[0-9]+==ERROR|^SUMMARY|Test unit written' "$log" | head -n 3 | tr '\n' ' ')"
        found="$found $target"
    fi
done
if [ -n "$found" ]; then
    echo "Findings in:$found (inputs in $FUZZ_WORK/<target>/findings/)"
    exit 1
fi
