#pragma once
// The demo site in the central: app/demo's sites, services, hours and bookings, plus fixed
// enrolment codes so the demo kiosks can enrol without an administrator.

#include "central/centralstore.h"

#include <QStringList>

namespace bk::central {

/// The demo's one-time enrolment codes for site "demo" (listed in central/README.md).
QStringList demoEnrolCodes();

/// Seeds sites "demo" and "demo-nord", today's demo bookings placed around `nowUtc`, and the
/// demo enrolment codes. Safe to run on every start: sites are replaced, used codes stay used.
Outcome<Done> seedDemo(CentralStore &store, const QDateTime &nowUtc);

} // namespace bk::central
