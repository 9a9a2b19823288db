#ifndef RECALL_CLIBFUZZER_SHIM_H
#define RECALL_CLIBFUZZER_SHIM_H
// libFuzzer's entry points, from the toolchain's libclang_rt.fuzzer_no_main (Scripts/fuzz.sh links it): the
// fuzz targets have a `main` of their own, so that SwiftPM builds them as any executable.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv`, calling `callback` with each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// libFuzzer's own mutation of `data` (`size` bytes, room for `maxSize`); returns the new size.
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);
#endif
