#!/usr/bin/env bash
# The test command: installs what is needed, builds, and runs every test.
#   ./tests/run.sh            as root, or as a user with sudo (only apt-get uses it)
# Environment: BK_JOBS (default 2), BK_BUILD_DIR (default build/test),
#              BK_SKIP_ASAN=1 to skip the sanitizer build while iterating locally.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${BK_JOBS:-2}
build=${BK_BUILD_DIR:-build/test}
asan=${build}-asan

step() { printf '\n=== %s\n' "$*"; }

step "Debian packages (packaging/build-deps.txt)"
./packaging/dev/install-deps.sh

step "Build with warnings as errors ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBK_WERROR=ON
cmake --build "$build" -j "$jobs"

step "Tests: unit, lint, integration, qml, e2e, fuzz"
ctest --test-dir "$build" --output-on-failure -j "$jobs" -LE bench

step "Benchmarks (figures printed, never asserted)"
ctest --test-dir "$build" --output-on-failure -V -L bench

if [ "${BK_SKIP_ASAN:-0}" != 1 ]; then
  step "Unit tests under AddressSanitizer + UndefinedBehaviorSanitizer ($asan)"
  cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBK_SANITIZE=ON -DBK_UNIT_ONLY=ON \
    -DBK_FUZZ=OFF -DBK_WERROR=ON
  cmake --build "$asan" -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$asan" --output-on-failure -j "$jobs" -L unit
fi

step "All tests passed"
