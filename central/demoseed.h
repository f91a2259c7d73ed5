#pragma once
// The demo site in the central: app/demo's sites, services, hours and bookings, plus fixed
// enrolment codes so the demo kiosks can enrol without an administrator.

#include "central/centralstore.h"

#include <QStringList>

namespace bk::central {

/// The demo's one-time enrolment codes for site "demo" (listed in central/README.md).
QStringList demoEnrolCodes();

/// Days of generated history before today (eight weeks) and the generator's seed.
constexpr int kDemoHistoryDays = 56;
constexpr quint32 kDemoHistorySeed = 14;

/// Seeds sites "demo" and "demo-nord", today's demo bookings placed around `nowUtc`, the
/// demo enrolment codes, and (while site "demo" has no events yet) the kDemoHistoryDays days
/// before today of generated anonymous activity (demohistory.h). Safe to run on every start:
/// sites are replaced, used codes stay used, the history is added once.
Outcome<Done> seedDemo(CentralStore &store, const QDateTime &nowUtc);

} // namespace bk::central
