#pragma once
// Invariant checks for the fuzz targets: a broken invariant must crash so that libFuzzer
// records the input, also in builds where assert() is compiled out.

#define BK_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                           \
        if (!(condition))                                                                          \
            __builtin_trap();                                                                      \
    } while (false)
