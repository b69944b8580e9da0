#ifndef RAPPORTEUR_CLIBFUZZER_H
#define RAPPORTEUR_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver, as a library call. `-sanitize=fuzzer` links it; its
   headers do not ship with the toolchain, so the declaration is ours (from
   https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
   rapporteur-fuzz calls it from its own `main`, because SwiftPM renames
   every executable's entry point and points `main` at it. */
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
