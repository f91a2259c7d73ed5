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

step "Build: the Debian packages and the tests in one compile (dpkg-buildpackage, $build)"
# packaging/debian/rules configures $build with the tests and -Werror, builds, installs and
# packs borgerkiosk and borgerkiosk-central; the suite below then runs in that same build.
version=$(dpkg-parsechangelog -S Version)
# --no-pre-clean keeps the build folder (ccache and ninja do the rest); without the stamp dh
# would take an earlier run's build as done.
rm -f debian/debhelper-build-stamp
BK_BUILD_DIR=$build BK_CMAKE_ARGS="-DBK_WERROR=ON" BK_TESTS_RUN_LATER=1 \
  DEB_BUILD_OPTIONS="parallel=$jobs" dpkg-buildpackage -b -uc -us --no-pre-clean
# dpkg-buildpackage writes next to the checkout; the package and image tests read $build/debs.
rm -rf "$build/debs"
mkdir -p "$build/debs"
mv ../borgerkiosk*_"${version}"_* "$build/debs/"
ls -l "$build/debs"

asan_pid=
if [ "${BK_SKIP_ASAN:-0}" != 1 ]; then
  # The sanitizer build (~27 min of CPU) compiles beside the tests and the image at nice 19: it
  # takes only the CPU they leave (the tests use about half of it, waiting for pages, printers
  # and timeouts), and is waited for before the benchmarks, which need a quiet machine.
  step "Sanitizer build started in the background ($asan, nice 19; log: $asan.log)"
  mkdir -p "$asan"
  # setsid: its own process group, so that an early exit stops the compilers too. A new
  # session is also a new scheduler autogroup (sched_autogroup_enabled, on in Debian's
  # kernel), whose tasks share CPU with the tests' group as equals whatever their nice value:
  # the group itself is set to nice 19 (sched(7), "The autogroup feature").
  setsid nice -n 19 bash -c '{ echo 19 > /proc/self/autogroup; } 2>/dev/null || true
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DBK_SANITIZE=ON -DBK_UNIT_ONLY=ON -DBK_FUZZ=OFF -DBK_WERROR=ON &&
    cmake --build "$1" -j "$2"' asan-build "$asan" "$jobs" > "$asan.log" 2>&1 &
  asan_pid=$!
  trap '[ -n "$asan_pid" ] && kill -- "-$asan_pid" 2>/dev/null || true' EXIT
fi

step "Tests: unit, lint, integration, qml, e2e, fuzz, package, and the day's soak"
# The soak (bench_soak, label soak: 10,000 citizens) starts first and holds one of the two
# lanes while the rest run in the other; its figures are printed below.
ctest --test-dir "$build" --output-on-failure -j "$jobs" -LE 'bench|image'
step "The day's soak's figures (bench_soak)"
grep '^soak: ' "$build/Testing/Temporary/LastTest.log"

step "Image: build the stander's disk image from the packages and boot it in QEMU"
ctest --test-dir "$build" --output-on-failure -V -L image

if [ -n "$asan_pid" ]; then
  step "Waiting for the sanitizer build"
  if ! wait "$asan_pid"; then
    asan_pid=
    tail -n 60 "$asan.log"
    echo "the sanitizer build failed (above; all of it in $asan.log)" >&2
    exit 1
  fi
  asan_pid=
  tail -n 3 "$asan.log"
fi

step "Benchmarks (figures printed, never asserted)"
ctest --test-dir "$build" --output-on-failure -V -L bench

if [ "${BK_SKIP_ASAN:-0}" != 1 ]; then
  # The libraries, the flows, the sync engine and the central (no QML, graph or image): the
  # unit tests, tst_soakflows (500 citizens through the flows) and the sync engine against the
  # real central (tst_sync_engine, label asan).
  step "Unit tests, the flows and the sync engine under AddressSanitizer + UndefinedBehaviorSanitizer ($asan)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$asan" --output-on-failure -j "$jobs" -L 'unit|asan'
fi

step "All tests passed"
