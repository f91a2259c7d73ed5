#pragma once
// What --exit-at-first-frame reports: how long this process has been running and its peak
// resident memory, read from the kernel (procfs). The kiosk and the start bench's floor program
// (tests/bench/start) print the same line, so the two are measured alike.

#include <QByteArray>

namespace bk {

/// Milliseconds since the kernel started this process: /proc/self/stat's starttime against
/// CLOCK_BOOTTIME, both counted from boot, so exec and loading the libraries count too.
/// Resolution one clock tick (10 ms at USER_HZ 100); -1 when procfs cannot be read.
double msSinceProcessStart();

/// The peak resident set size so far in KiB (VmHWM in /proc/self/status); -1 when unknown.
qint64 peakRssKib();

/// "first-frame-ms=MS peak-rss-kib=KIB\n": the line --exit-at-first-frame prints at the first
/// frame (the start bench parses it).
QByteArray firstFrameLine();

} // namespace bk
