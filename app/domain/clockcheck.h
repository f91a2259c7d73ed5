#pragma once
// Is the system clock plausible? A stander may boot with a stale clock (no RTC battery, NTP not
// yet synced); a check-in decided or a ticket numbered on a wrong clock is wrong for the
// citizen and for the day's numbering. Pure: the evidence is handed in.

#include <QDateTime>
#include <QString>

#include <optional>

namespace bk {

/// What bounds or pins the true time, apart from the system clock itself. All UTC.
struct ClockEvidence
{
    /// The build's source date: the true time is later (no slack beyond kBuildSlackSecs).
    QDateTime buildTime;
    /// The central's clock at the end of the latest completed sync round, as stored in the
    /// cache: the true time is later. Null before the first sync.
    QDateTime lastSync;
    /// The central's clock now, as known from its latest answer's Date header plus the
    /// monotonic time since; none without a recent answer.
    std::optional<QDateTime> centralNow;
};

/// Why the clock is not believed.
enum class ClockFault {
    None,
    BeforeBuild,    ///< earlier than the software it runs
    BeforeLastSync, ///< earlier than the central's clock at the last sync
    FarFromCentral  ///< more than kMaxCentralSkewSecs from the central's clock
};

/// A build's date is the source date (commit or Debian changelog); a clock up to this much
/// behind it still passes (a machine in another zone building from a fresh commit).
inline constexpr qint64 kBuildSlackSecs = 24 * 3600;
/// A clock stepped back a little by NTP after the last sync is not wrong.
inline constexpr qint64 kLastSyncSlackSecs = 300;
/// Check-in windows are minutes wide: a clock 2 minutes off the central's is already wrong
/// (the Date header has 1 s resolution and an answer takes well under a second).
inline constexpr qint64 kMaxCentralSkewSecs = 120;

struct ClockVerdict
{
    ClockFault fault = ClockFault::None;
    /// For the technician: what the clock says, what it was compared with, what to do. Empty
    /// when fine.
    QString reason;

    bool ok() const { return fault == ClockFault::None; }
};

/// Judges `nowUtc` (the system clock) against `evidence`; missing evidence is not held
/// against the clock. The central's clock, when known, decides over the last sync.
ClockVerdict judgeClock(const QDateTime &nowUtc, const ClockEvidence &evidence);

/// "clock-ok", "clock-before-build", ... for logs and the heartbeat.
QString clockFaultKey(ClockFault fault);

} // namespace bk
