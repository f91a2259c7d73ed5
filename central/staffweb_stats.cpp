// StaffWeb: the manager's statistics (issue 14) as JSON and as CSV tables, read-only GETs
// behind the staff session; the figures are central/statistics.h's, defined in
// central/STATISTICS.md.

#include "central/apireply.h"
#include "central/staffweb.h"
#include "central/statistics.h"

#include <QUrlQuery>

namespace bk::central {

namespace {

// Longest period one request may ask for.
constexpr int kMaxPeriodDays = 366;

QList<std::pair<QByteArray, QByteArray>> dataHeaders()
{
    return {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}};
}

} // namespace

ApiResponse StaffWeb::statisticsRefusal(int status, const char *key, const QString &detail)
{
    ApiResponse r = reply::error(status, key, detail);
    r.headers = dataHeaders();
    return r;
}

bool StaffWeb::isStatisticsPath(const QStringList &path)
{
    return (path.size() == 2 && path[1] == QLatin1String("statistics.json")) ||
           (path.size() == 3 && path[1] == QLatin1String("statistics") &&
            path[2].endsWith(QLatin1String(".csv")));
}

ApiResponse StaffWeb::statistics(const QStringList &path, const QString &query,
                                 const StaffSession &s)
{
    if (s.role != QLatin1String("manager"))
        return statisticsRefusal(403, "forbidden",
                                 QStringLiteral("the statistics are for the manager role"));
    std::optional<stats::Table> table;
    if (path.size() == 3) {
        table = stats::tableFromName(path[2].chopped(4));
        if (!table)
            return statisticsRefusal(
                404, "not-found",
                QStringLiteral("no table '%1': errands, days or hours").arg(path[2].left(64)));
    }
    const QUrlQuery q(query);
    const QDateTime now = m_clock.now();
    const QDate today = now.toTimeZone(siteTimeZone()).date();
    stats::Parameters p;
    p.now = now;
    p.threshold = m_store.config().statisticsThreshold;
    const auto date = [&](const char *name, const QDate &fallback) -> std::optional<QDate> {
        const QString v = q.queryItemValue(QString::fromLatin1(name));
        if (v.isEmpty())
            return fallback;
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() || v.size() != 10)
            return std::nullopt;
        return d;
    };
    const auto to = date("to", today);
    if (!to)
        return statisticsRefusal(400, "bad-field", QStringLiteral("to: a date YYYY-MM-DD"));
    const auto from = date("from", to->addDays(-27));
    if (!from)
        return statisticsRefusal(400, "bad-field", QStringLiteral("from: a date YYYY-MM-DD"));
    if (*from > *to || from->daysTo(*to) >= kMaxPeriodDays)
        return statisticsRefusal(
            400, "bad-field",
            QStringLiteral("from, to: from on or before to, at most %1 days").arg(kMaxPeriodDays));
    p.from = *from;
    p.to = *to;
    if (const QString target = q.queryItemValue(QStringLiteral("waitTarget")); !target.isEmpty()) {
        bool ok = false;
        p.waitTargetMinutes = target.toInt(&ok);
        if (!ok || p.waitTargetMinutes < 1 || p.waitTargetMinutes > 240)
            return statisticsRefusal(400, "bad-field",
                                     QStringLiteral("waitTarget: whole minutes from 1 to 240"));
    }
    p.errand = q.queryItemValue(QStringLiteral("errand"), QUrl::FullyDecoded);
    if (!p.errand.isEmpty()) {
        auto services = m_store.services(s.site);
        if (!services)
            return reply::refuse(services.refusal());
        if (std::none_of(services->begin(), services->end(),
                         [&](const Service &svc) { return svc.id == p.errand; }))
            return statisticsRefusal(
                400, "bad-field", QStringLiteral("errand: not an errand of site %1").arg(s.site));
    }
    auto cells = m_store.statisticsCells(s.site, p.from, p.to, now);
    if (!cells)
        return reply::refuse(cells.refusal());
    const stats::Report report = stats::merge(*cells, p);
    if (!table) {
        QJsonObject body = stats::toJson(report, p);
        body.insert(QStringLiteral("siteId"), s.site);
        ApiResponse r = reply::json(200, body);
        r.headers = dataHeaders();
        return r;
    }
    ApiResponse r{200, stats::toCsv(report, *table, p), std::nullopt, {}};
    r.contentType = "text/csv; charset=utf-8";
    r.headers = dataHeaders();
    r.headers.append(
        {"Content-Disposition", QStringLiteral("attachment; filename=\"statistik-%1-%2-%3-%4.csv\"")
                                    .arg(s.site, path[2].chopped(4), p.from.toString(Qt::ISODate),
                                         p.to.toString(Qt::ISODate))
                                    .toUtf8()});
    return r;
}

} // namespace bk::central
