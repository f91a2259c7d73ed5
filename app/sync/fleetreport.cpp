#include "sync/fleetreport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace bk::sync {

namespace {

QDateTime parse(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
}

/// "14:05", or "2026-03-01 14:05" when not on the day of `now` (both local).
QString localTime(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toLocalTime();
    return local.date() == now.toLocalTime().date()
               ? local.toString(QStringLiteral("HH:mm"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// "40 s", "12 min", "3 h".
QString span(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 h").arg(seconds / 3600);
}

/// A clock offset in ms as signed seconds with one decimal: "+1.2", "-0.4", "+0.0".
QString seconds(const QJsonValue &ms)
{
    const qint64 tenths = qRound64(ms.toDouble() / 100.0);
    return QStringLiteral("%1%2.%3")
        .arg(QChar(tenths < 0 ? u'-' : u'+'))
        .arg(std::abs(tenths) / 10)
        .arg(std::abs(tenths) % 10);
}

QString device(const char *name, const QJsonValue &v)
{
    const QJsonObject d = v.toObject();
    QString out = QStringLiteral("%1: %2").arg(
        QLatin1String(name), d.value(QLatin1String("state")).toString(QStringLiteral("unknown")));
    const QString key = d.value(QLatin1String("reasonKey")).toString();
    if (!key.isEmpty())
        out += QStringLiteral(" (%1)").arg(key);
    return out;
}

} // namespace

FleetReport fleetReport(const QJsonObject &fleet)
{
    FleetReport report;
    const QDateTime now = parse(fleet.value(QLatin1String("now")));
    const QJsonArray kiosks = fleet.value(QLatin1String("kiosks")).toArray();
    qsizetype width = 0;
    for (const QJsonValue &k : kiosks)
        width = std::max(width, k[QLatin1String("kioskId")].toString().size());
    for (const QJsonValue &v : kiosks) {
        const QJsonObject k = v.toObject();
        const bool silent = k.value(QLatin1String("silent")).toBool();
        const QJsonArray alerts = k.value(QLatin1String("openAlerts")).toArray();
        if (silent || !alerts.isEmpty())
            report.allWell = false;
        QStringList parts{k.value(QLatin1String("kioskId")).toString().leftJustified(width)};
        const QDateTime beat = parse(k.value(QLatin1String("lastHeartbeatAt")));
        const QString status = silent              ? QStringLiteral("SILENT")
                               : !alerts.isEmpty() ? QStringLiteral("ALERT")
                                                   : QStringLiteral("OK");
        parts.append(beat.isValid() ? QStringLiteral("%1 (last heartbeat %2, %3 ago)")
                                          .arg(status, localTime(beat, now), span(beat.secsTo(now)))
                                    : QStringLiteral("%1 (no heartbeat yet)").arg(status));
        if (beat.isValid()) {
            const QString version = k.value(QLatin1String("version")).toString();
            parts.append(version.isEmpty() ? QStringLiteral("version unknown")
                                           : QStringLiteral("v%1").arg(version));
            const QJsonObject devices = k.value(QLatin1String("devices")).toObject();
            for (const char *name : {"printer", "display", "scanner"})
                parts.append(device(name, devices.value(QLatin1String(name))));
            QString outbox =
                QStringLiteral("outbox: %1").arg(k.value(QLatin1String("outboxDepth")).toInteger());
            const QJsonValue oldest = k.value(QLatin1String("outboxOldestAgeSeconds"));
            if (oldest.isDouble())
                outbox += QStringLiteral(" (oldest %1)").arg(span(oldest.toInteger()));
            parts.append(outbox);
            const QJsonValue offset = k.value(QLatin1String("clockOffsetMs"));
            parts.append(offset.isDouble() ? QStringLiteral("clock: %1 s").arg(seconds(offset))
                                           : QStringLiteral("clock: unknown"));
        }
        if (!alerts.isEmpty()) {
            QStringList open;
            for (const QJsonValue &a : alerts)
                open.append(QStringLiteral("%1 since %2")
                                .arg(a[QLatin1String("kind")].toString(),
                                     localTime(parse(a[QLatin1String("since")]), now)));
            parts.append(QStringLiteral("alerts: %1").arg(open.join(QStringLiteral(", "))));
        }
        report.text += parts.join(QStringLiteral("  ")) + u'\n';
    }
    if (kiosks.isEmpty())
        report.text = QStringLiteral("no kiosks enrolled at site %1\n")
                          .arg(fleet.value(QLatin1String("siteId")).toString());
    return report;
}

} // namespace bk::sync
