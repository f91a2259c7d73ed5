// CentralStore: fleet health (the latest heartbeat of each kiosk of a site, silent kiosks) and
// staff alerts (paper out, printer offline, reader or display gone, central unreachable),
// which kiosks send as outbox operations of kind "alert".

#include "central/centralstore.h"

#include "central/heartbeatjson.h"
#include "central/wirejson.h"
#include "platform/sqlrows.h"

#include <QSet>

namespace bk::central {

namespace {

/// The alert kinds a kiosk raises and clears (kiosk/alertmonitor.h has the same keys).
const QSet<QString> &alertKinds()
{
    static const QSet<QString> kinds{QStringLiteral("paper-out"), QStringLiteral("printer-offline"),
                                     QStringLiteral("reader-gone"), QStringLiteral("display-gone"),
                                     QStringLiteral("central-unreachable")};
    return kinds;
}

QJsonValue wireOrNull(const sql::Statement &s, int column)
{
    return s.isNull(column) ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(toWire(sql::fromMs(s.int64(column))));
}

Refusal unknownSite(const SiteId &site)
{
    return Refusal{404,
                   QStringLiteral("not-found"),
                   QStringLiteral("site '%1' does not exist").arg(site.left(64)),
                   {}};
}

} // namespace

Outcome<QJsonObject> CentralStore::applyAlert(const KioskIdentity &who, const OutboxOp &op,
                                              const QDateTime &nowUtc)
{
    FieldReader f(op.payload, QStringLiteral("payload."));
    const QString kind = f.string("alert", 32);
    const QString event = f.string("event", 16);
    const QDateTime at = f.dateTime("at");
    if (!f.ok())
        return f.refusal();
    if (!alertKinds().contains(kind))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("payload.alert: '%1' is not a known alert").arg(kind));
    if (event != QLatin1String("raised") && event != QLatin1String("cleared"))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("payload.event: must be raised or cleared"));
    sql::Statement s = m_db.prepare("INSERT INTO alerts(site, kiosk_id, kind, event, at_ms, "
                                    "received_ms, op_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, who.siteId)
        .bind(2, who.kioskId)
        .bind(3, kind)
        .bind(4, event)
        .bind(5, sql::toMs(at))
        .bind(6, sql::toMs(nowUtc))
        .bind(7, op.opId);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("alert"), kind}, {QStringLiteral("event"), event}};
}

Result<QJsonArray> CentralStore::openAlerts(const SiteId &site, const QString &kioskId)
{
    // Open: the kiosk's latest event of that kind is a raise (a kiosk's events arrive in the
    // order it queued them, so the highest id is the latest).
    sql::Statement s = m_db.prepare(
        "SELECT a.kind, a.at_ms FROM alerts a WHERE a.kiosk_id = ?1 AND a.site = ?2 AND "
        "a.event = 'raised' AND a.id = (SELECT max(b.id) FROM alerts b WHERE b.kiosk_id = "
        "a.kiosk_id AND b.site = a.site AND b.kind = a.kind) ORDER BY a.at_ms, a.kind");
    s.bind(1, kioskId).bind(2, site);
    QJsonArray out;
    while (s.next())
        out.append(QJsonObject{{QStringLiteral("kind"), s.text(0)},
                               {QStringLiteral("since"), toWire(sql::fromMs(s.int64(1)))}});
    if (Status e = s.status(); !e)
        return e.storeError();
    return out;
}

Outcome<QJsonObject> CentralStore::fleet(const SiteId &site, const QDateTime &nowUtc)
{
    if (!hasSite(site))
        return unknownSite(site);
    const qint64 now = sql::toMs(nowUtc);
    const qint64 silentMs = qint64(m_config.silentAfterSeconds) * 1000;
    sql::Statement s = m_db.prepare("SELECT kiosk_id, heartbeat, heartbeat_ms FROM kiosks "
                                    "WHERE site = ?1 ORDER BY kiosk_id");
    s.bind(1, site);
    QJsonArray kiosks;
    while (s.next()) {
        const QString kioskId = s.text(0);
        const bool beat = !s.isNull(2);
        const qint64 beatMs = beat ? s.int64(2) : 0;
        const QJsonObject hb = beat ? sql::jsonObjectColumn(s.text(1)) : QJsonObject();
        const QJsonObject versions = hb.value(QLatin1String("versions")).toObject();
        QJsonValue version = versions.value(QLatin1String("borgerkiosk"));
        if (!version.isString())
            version = versions.value(QLatin1String("app"));
        QJsonObject devices;
        const QJsonObject kept = hb.value(QLatin1String("devices")).toObject();
        for (const char *name : {"printer", "display", "scanner"})
            devices.insert(QLatin1String(name), fleetDevice(kept.value(QLatin1String(name))));
        // The oldest unsent item's age now: its age at the heartbeat plus the time since.
        QJsonValue oldest = hb.value(QLatin1String("outboxOldestAgeSeconds"));
        if (oldest.isDouble())
            oldest = qint64(oldest.toDouble()) + std::max<qint64>(0, (now - beatMs) / 1000);
        const auto orNull = [](const QJsonValue &v, bool ok) {
            return ok ? v : QJsonValue(QJsonValue::Null);
        };
        const QJsonValue depth = hb.value(QLatin1String("outboxDepth"));
        const QJsonValue offset = hb.value(QLatin1String("clockOffsetMs"));
        const QJsonValue cursor = hb.value(QLatin1String("cursor"));
        const QJsonValue lastSync = hb.value(QLatin1String("lastSync"));
        auto alerts = openAlerts(site, kioskId);
        if (!alerts)
            return serverError(alerts.storeError());
        kiosks.append(QJsonObject{
            {QStringLiteral("kioskId"), kioskId},
            {QStringLiteral("lastHeartbeatAt"), wireOrNull(s, 2)},
            {QStringLiteral("silent"), !beat || now - beatMs > silentMs},
            {QStringLiteral("version"), orNull(version, version.isString())},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("devices"), beat ? QJsonValue(devices) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outboxDepth"), orNull(depth, depth.isDouble())},
            {QStringLiteral("outboxOldestAgeSeconds"), orNull(oldest, oldest.isDouble())},
            {QStringLiteral("clockOffsetMs"), orNull(offset, offset.isDouble())},
            {QStringLiteral("cursor"), orNull(cursor, cursor.isString())},
            {QStringLiteral("lastSync"), orNull(lastSync, lastSync.isString())},
            {QStringLiteral("openAlerts"), *alerts}});
    }
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("siteId"), site},
                       {QStringLiteral("now"), toWire(nowUtc)},
                       {QStringLiteral("silentAfterSeconds"), m_config.silentAfterSeconds},
                       {QStringLiteral("kiosks"), kiosks}};
}

Outcome<QJsonArray> CentralStore::alerts(const SiteId &site, const QDateTime &sinceUtc, int limit)
{
    if (!hasSite(site))
        return unknownSite(site);
    // The newest `limit` events, oldest first: when there are more, the recent ones matter.
    sql::Statement s = m_db.prepare(
        "SELECT kiosk_id, kind, event, at_ms, received_ms FROM (SELECT * FROM alerts WHERE site = "
        "?1 AND received_ms >= ?2 ORDER BY id DESC LIMIT ?3) ORDER BY id");
    s.bind(1, site).bind(2, sql::toMs(sinceUtc)).bind(3, limit);
    QJsonArray out;
    while (s.next())
        out.append(QJsonObject{{QStringLiteral("kioskId"), s.text(0)},
                               {QStringLiteral("kind"), s.text(1)},
                               {QStringLiteral("event"), s.text(2)},
                               {QStringLiteral("at"), toWire(sql::fromMs(s.int64(3)))},
                               {QStringLiteral("receivedAt"), toWire(sql::fromMs(s.int64(4)))}});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

} // namespace bk::central
