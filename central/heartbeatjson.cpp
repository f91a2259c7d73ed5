#include "central/heartbeatjson.h"

#include "central/wirejson.h"

namespace bk::central {

namespace {

constexpr const char *kDevices[] = {"printer", "display", "scanner"};

// Ten years: an outbox item older than that is a broken clock, not a backlog.
constexpr qint64 kMaxAgeSeconds = 10LL * 366 * 24 * 3600;
constexpr qint64 kMaxOffsetMs = kMaxAgeSeconds * 1000;

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<qint64> &n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

} // namespace

Outcome<QJsonObject> readHeartbeat(const QJsonObject &body)
{
    FieldReader f(body);
    const QString kioskId = f.string("kioskId", 64);
    const QJsonObject versions = f.object("versions");
    const QJsonObject devices = f.object("devices");
    const int outboxDepth = f.integer("outboxDepth", 0, 100000000);
    const QDateTime lastSync = f.dateTime("lastSync", false);
    const auto oldestAge = f.optionalInteger("outboxOldestAgeSeconds", 0, kMaxAgeSeconds);
    const auto offset = f.optionalInteger("clockOffsetMs", -kMaxOffsetMs, kMaxOffsetMs);
    const QString cursor = f.string("cursor", 128, false);
    if (!f.ok())
        return f.refusal();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        if (!it.value().isString() || it.key().size() > 64 || it.value().toString().size() > 64)
            return badRequest(QStringLiteral("bad-field"),
                              QStringLiteral("versions.%1: must be a string of up to 64 characters")
                                  .arg(it.key().left(64)));
    QJsonObject kept;
    FieldReader d(devices, QStringLiteral("devices."));
    for (const char *name : kDevices) {
        const QJsonValue v = devices.value(QLatin1String(name));
        if (v.isObject()) {
            FieldReader o(v.toObject(), QStringLiteral("devices.%1.").arg(QLatin1String(name)));
            const QString state = o.string("state", 32);
            const QString reasonKey = o.string("reasonKey", 64, false);
            const QString reason = o.string("reason", 200, false);
            if (!o.ok())
                return o.refusal();
            kept.insert(QLatin1String(name),
                        QJsonObject{{QStringLiteral("state"), state},
                                    {QStringLiteral("reasonKey"), orNull(reasonKey)},
                                    {QStringLiteral("reason"), orNull(reason)}});
        } else {
            // The older form: the state key alone.
            kept.insert(QLatin1String(name), d.string(name, 64));
        }
    }
    if (!d.ok())
        return d.refusal();
    return QJsonObject{{QStringLiteral("kioskId"), kioskId},
                       {QStringLiteral("versions"), versions},
                       {QStringLiteral("devices"), kept},
                       {QStringLiteral("outboxDepth"), outboxDepth},
                       {QStringLiteral("lastSync"),
                        lastSync.isValid() ? QJsonValue(toWire(lastSync)) : QJsonValue()},
                       {QStringLiteral("outboxOldestAgeSeconds"), orNull(oldestAge)},
                       {QStringLiteral("clockOffsetMs"), orNull(offset)},
                       {QStringLiteral("cursor"), orNull(cursor)}};
}

QJsonObject fleetDevice(const QJsonValue &kept)
{
    if (kept.isObject()) {
        const QJsonObject o = kept.toObject();
        const auto text = [&o](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isString() ? v : QJsonValue(QJsonValue::Null);
        };
        return QJsonObject{{QStringLiteral("state"), o.value(QLatin1String("state")).toString()},
                           {QStringLiteral("reasonKey"), text("reasonKey")},
                           {QStringLiteral("reason"), text("reason")}};
    }
    return QJsonObject{
        {QStringLiteral("state"), kept.isString() ? kept.toString() : QStringLiteral("unknown")},
        {QStringLiteral("reasonKey"), QJsonValue::Null},
        {QStringLiteral("reason"), QJsonValue::Null}};
}

} // namespace bk::central
