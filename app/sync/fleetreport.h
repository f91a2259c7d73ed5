#pragma once
// borgerkiosk-ctl fleet's text: the central's fleet view (GET /v1/sites/{site}/fleet,
// openapi.json's Fleet) as one line per kiosk, times in the local time zone.

#include <QJsonObject>
#include <QString>

namespace bk::sync {

/// The lines and whether every kiosk is well (not silent, no open alert).
struct FleetReport
{
    QString text;        ///< one line per kiosk, each ending in '\n'; a note when none
    bool allWell = true; ///< false when a kiosk is silent or has an open alert
};

/// Formats a fleet answer, e.g.
/// "stander-2  SILENT (last heartbeat 14:05, 12 min ago)  v0.1.0  printer: error (media-empty)
/// ...  alerts: paper-out since 10:42". "ago" is reckoned from the answer's `now` (the
/// central's clock); times are shown in the local zone, with the date when not today.
FleetReport fleetReport(const QJsonObject &fleet);

} // namespace bk::sync
