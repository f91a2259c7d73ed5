#pragma once
// What the benches that run the kiosk program share (bench_start, bench_scan_paper): its
// kiosk.conf in a temporary folder, and booking codes that are valid and the same every run.

#include "domain/bookingcode.h"

#include <QString>

#include <cstdint>

namespace bk::bench {

/// The next valid booking code from a linear congruential sequence kept in `state`.
inline QString nextBookingCode(std::uint32_t &state)
{
    return QString::fromStdString(bookingcode::generate([&state] {
        state = state * 1664525u + 1013904223u;
        return state;
    }));
}

/// kiosk.conf for the demo site without the demo, a central or a full screen, in portrait,
/// everything it writes under `dir`; `sections` adds its [speech], [devices] and device keys.
inline QByteArray kioskConfig(const QString &dir, const QString &sections)
{
    return QStringLiteral("[site]\nid = demo\nname = Borgerservice Demo\n"
                          "[kiosk]\nlanguage = da\n"
                          "[ui]\norientation = portrait\nfullscreen = no\n"
                          "[store]\npath = %1/cache.sqlite\n"
                          "[demo]\nenabled = no\n"
                          "[admin]\npin_file = %1/admin-pin\n"
                          "[log]\nlevel = warning\n")
               .arg(dir)
               .toUtf8() +
           sections.arg(dir).toUtf8();
}

} // namespace bk::bench
