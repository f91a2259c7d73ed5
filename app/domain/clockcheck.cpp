#include "domain/clockcheck.h"

namespace bk {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString advice()
{
    return QStringLiteral("; tickets and check-ins are paused until the clock is right: set it "
                          "(timedatectl set-time) or let NTP sync (timedatectl "
                          "timesync-status), and replace the RTC battery if it happens at "
                          "every boot");
}

} // namespace

ClockVerdict judgeClock(const QDateTime &nowUtc, const ClockEvidence &evidence)
{
    const QDateTime now = nowUtc.toUTC();
    if (evidence.buildTime.isValid() && now.secsTo(evidence.buildTime) > kBuildSlackSecs)
        return {ClockFault::BeforeBuild,
                QStringLiteral("system clock implausible: it says %1, before this software was "
                               "built (%2)")
                        .arg(stamp(now), stamp(evidence.buildTime)) +
                    advice()};
    if (evidence.centralNow) {
        const qint64 skew = now.secsTo(*evidence.centralNow);
        if (qAbs(skew) > kMaxCentralSkewSecs)
            return {ClockFault::FarFromCentral,
                    QStringLiteral("system clock wrong: it says %1, the central's clock %2 (%3 s "
                                   "apart, at most %4 allowed)")
                            .arg(stamp(now), stamp(*evidence.centralNow))
                            .arg(qAbs(skew))
                            .arg(kMaxCentralSkewSecs) +
                        advice()};
        return {};
    }
    if (evidence.lastSync.isValid() && now.secsTo(evidence.lastSync) > kLastSyncSlackSecs)
        return {ClockFault::BeforeLastSync,
                QStringLiteral("system clock implausible: it says %1, before the last sync with "
                               "the central (%2 by the central's clock)")
                        .arg(stamp(now), stamp(evidence.lastSync)) +
                    advice()};
    return {};
}

QString clockFaultKey(ClockFault fault)
{
    switch (fault) {
    case ClockFault::None:
        return QStringLiteral("clock-ok");
    case ClockFault::BeforeBuild:
        return QStringLiteral("clock-before-build");
    case ClockFault::BeforeLastSync:
        return QStringLiteral("clock-before-last-sync");
    case ClockFault::FarFromCentral:
        return QStringLiteral("clock-far-from-central");
    }
    return QStringLiteral("clock-unknown");
}

} // namespace bk
