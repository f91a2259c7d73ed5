#include "central/api.h"

#include "central/apireply.h"
#include "central/heartbeatjson.h"
#include "central/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QUrlQuery>

namespace bk::central {

namespace {

// Operations per outbox batch; the kiosk sends its backlog in several batches.
constexpr int kMaxOps = 500;
// Alert events per answer: a day of a site's alerts fits many times over.
constexpr int kMaxAlerts = 1000;

using reply::error;
using reply::json;
using reply::refuse;

// The body as a JSON object, or a 400 naming what is wrong with it.
Outcome<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError)
        return badRequest(
            QStringLiteral("bad-json"),
            QStringLiteral("body: %1 at offset %2").arg(e.errorString()).arg(e.offset));
    if (!doc.isObject())
        return badRequest(QStringLiteral("bad-json"), QStringLiteral("body: must be an object"));
    return doc.object();
}

// A snapshot page's "limit" query parameter: 1..kSnapshotPageMax, or 0 when absent or not that.
int pageLimit(const QUrlQuery &q)
{
    bool ok = false;
    const int limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    return ok && limit >= 1 && limit <= CentralStore::kSnapshotPageMax ? limit : 0;
}

ApiResponse badLimit()
{
    return error(
        400, "bad-field",
        QStringLiteral("limit: a whole number from 1 to %1").arg(CentralStore::kSnapshotPageMax));
}

QString bearer(const std::string &authorization)
{
    static const std::string prefix = "Bearer ";
    if (authorization.size() <= prefix.size() || authorization.compare(0, prefix.size(), prefix))
        return {};
    return QString::fromStdString(authorization.substr(prefix.size())).trimmed();
}

} // namespace

Api::Api(CentralStore &store, const Clock &clock, QString version)
    : m_store(store), m_clock(clock), m_version(std::move(version)), m_web(store, clock)
{}

ApiResponse Api::handle(const ApiRequest &request)
{
    const QString target = QString::fromStdString(request.target);
    const qsizetype q = target.indexOf(u'?');
    const QString path = q < 0 ? target : target.left(q);
    const QString query = q < 0 ? QString() : target.mid(q + 1);
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = QUrl::fromPercentEncoding(p.toUtf8());
    ApiResponse r =
        StaffWeb::owns(parts) ? m_web.handle(request, parts, query)
        : parts.size() < 2 || parts[0] != QLatin1String("v1")
            ? error(404, "not-found", QStringLiteral("no such path: %1").arg(path.left(200)))
            : route(request, parts.mid(1), query);
    // Every answer carries the central's clock (RFC 9110 6.6.1): kiosks check their own by it.
    r.date = m_clock.now();
    stampLater(r);
    return r;
}

void Api::stampLater(ApiResponse &r)
{
    if (!r.offload)
        return;
    // The answer an offload ends in gets the clock of when it is given.
    r.offload = [this, work = std::move(r.offload)] {
        return std::function<ApiResponse()>([this, resume = work()] {
            ApiResponse a = resume();
            a.date = m_clock.now();
            stampLater(a);
            return a;
        });
    };
}

ApiResponse Api::route(const ApiRequest &request, const QStringList &p, const QString &query)
{
    const std::string &m = request.method;
    const QByteArray body = QByteArray::fromStdString(request.body);
    const auto wrongMethod = [&] {
        return error(405, "method-not-allowed",
                     QStringLiteral("%1 is not allowed here").arg(QString::fromStdString(m)));
    };
    // Unauthenticated endpoints.
    if (p == QStringList{QStringLiteral("health")})
        return m == "GET" ? json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), m_version}})
                          : wrongMethod();
    if (p == QStringList{QStringLiteral("enrol")})
        return m == "POST" ? enrol(body) : wrongMethod();

    const QString token = bearer(request.authorization);
    // Staff accounts: an admin token only. The lobby: the display link's token in the path.
    if (p[0] == QLatin1String("staff-accounts"))
        return staffAccounts(request, p);
    if (p[0] == QLatin1String("lobby"))
        return lobby(request, p);
    // The public queue page's JSON: the ticket's token in the path, no login.
    if (p[0] == QLatin1String("queue"))
        return queuePlace(request, p);
    // Staff endpoints: an admin token only (a kiosk's is refused with 403).
    if (p == QStringList{QStringLiteral("kiosks")} ||
        (p.size() == 3 && p[0] == QLatin1String("sites") &&
         (p[2] == QLatin1String("fleet") || p[2] == QLatin1String("alerts"))))
        return m == "GET" ? staff(p, query, token) : wrongMethod();

    const Result<KioskIdentity> who = m_store.authenticate(token);
    if (!who) {
        // An admin token is valid, but not here: say so rather than "unknown token".
        if (who.isNotFound() && m_store.authenticateAdmin(token))
            return error(403, "kiosk-token-required",
                         QStringLiteral("this endpoint is for kiosks: an admin token cannot "
                                        "stand in for a kiosk's token"));
        return refuse(refusalFor(
            who.storeError(),
            Refusal{401,
                    QStringLiteral("unauthorized"),
                    QStringLiteral("missing or unknown bearer token: enrol the kiosk again"),
                    {}}));
    }

    // Who the token is: the kiosk's self-test checks its token with it.
    if (p == QStringList{QStringLiteral("whoami")})
        return m == "GET" ? json(200, {{QStringLiteral("kioskId"), who->kioskId},
                                       {QStringLiteral("siteId"), who->siteId}})
                          : wrongMethod();
    if (p == QStringList{QStringLiteral("heartbeat")})
        return m == "POST" ? heartbeat(*who, body) : wrongMethod();
    if (p == QStringList{QStringLiteral("outbox")})
        return m == "POST" ? outbox(*who, body) : wrongMethod();
    if (p.size() < 3 || p[0] != QLatin1String("sites"))
        return error(404, "not-found", QStringLiteral("no such path"));
    const SiteId site = p[1];
    // Tokens are scoped to one site: a kiosk of one site sees nothing of another.
    if (site != who->siteId)
        return error(403, "wrong-site",
                     QStringLiteral("this kiosk is enrolled at site %1, not %2")
                         .arg(who->siteId, site.left(64)));
    const QDateTime now = m_clock.now();
    const QString what = p[2];
    if (p.size() == 3 && what == QLatin1String("snapshot")) {
        if (m != "GET")
            return wrongMethod();
        const QUrlQuery q(query);
        int limit = 0;
        if (q.hasQueryItem(QStringLiteral("limit")))
            if (limit = pageLimit(q); limit == 0)
                return badLimit();
        auto snap = m_store.snapshot(site, now, limit);
        return snap ? json(200, *snap) : refuse(snap.refusal());
    }
    if (p.size() == 4 && what == QLatin1String("snapshot") && p[3] == QLatin1String("bookings")) {
        if (m != "GET")
            return wrongMethod();
        const QUrlQuery q(query);
        const QString after = q.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
        if (after.isEmpty() || after.size() > 64)
            return error(400, "missing-field",
                         QStringLiteral("after: required query parameter, the \"next\" of the "
                                        "previous page"));
        const int limit = pageLimit(q);
        if (limit == 0)
            return badLimit();
        auto page = m_store.snapshotBookings(site, after, limit, now);
        return page ? json(200, *page) : refuse(page.refusal());
    }
    if (p.size() == 3 && what == QLatin1String("changes")) {
        if (m != "GET")
            return wrongMethod();
        const QString cursor = QUrlQuery(query).queryItemValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            return error(400, "missing-field", QStringLiteral("cursor: required query parameter"));
        auto changes = m_store.changes(site, cursor);
        return changes ? json(200, *changes) : refuse(changes.refusal());
    }
    if (p.size() == 3 && what == QLatin1String("bookings"))
        return m == "POST" ? booking(*who, body) : wrongMethod();
    if (p.size() == 4 && what == QLatin1String("bookings")) {
        if (m != "DELETE")
            return wrongMethod();
        auto r = m_store.deleteBooking(site, p[3], now);
        return r ? ApiResponse{204, {}, std::nullopt, {}} : refuse(r.refusal());
    }
    if (p.size() == 3 && what == QLatin1String("number-blocks"))
        return m == "POST" ? numberBlock(*who, body) : wrongMethod();
    if (p.size() == 5 && what == QLatin1String("counters") && p[4] == QLatin1String("call-next")) {
        if (m != "POST")
            return wrongMethod();
        if (p[3].isEmpty() || p[3].size() > 32)
            return error(400, "bad-field", QStringLiteral("counter: 1 to 32 characters"));
        auto called = m_store.callNext(site, p[3], now);
        if (!called)
            return refuse(called.refusal());
        if (!called->has_value())
            return ApiResponse{204, {}, std::nullopt, {}};
        ApiResponse r = json(200, **called);
        r.broadcast = Broadcast{site, r.body};
        return r;
    }
    if (p.size() == 3 && what == QLatin1String("live")) {
        if (m != "GET")
            return wrongMethod();
        if (!request.websocketUpgrade)
            return error(426, "upgrade-required",
                         QStringLiteral("the live call-outs are a WebSocket: send an upgrade"));
        ApiResponse r{101, {}, std::nullopt, site};
        return r;
    }
    return error(404, "not-found", QStringLiteral("no such path"));
}

ApiResponse Api::enrol(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return refuse(o.refusal());
    FieldReader f(*o);
    const QString code = f.string("code", 64);
    const QString kioskId = f.string("kioskId", 64);
    if (!f.ok())
        return refuse(f.refusal());
    auto r = m_store.enrol(code, kioskId, m_clock.now());
    return r ? json(200, *r) : refuse(r.refusal());
}

ApiResponse Api::heartbeat(const KioskIdentity &who, const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return refuse(o.refusal());
    auto kept = readHeartbeat(*o);
    if (!kept)
        return refuse(kept.refusal());
    const QString kioskId = kept->value(QLatin1String("kioskId")).toString();
    if (kioskId != who.kioskId)
        return error(400, "bad-field",
                     QStringLiteral("kioskId: %1 does not match the token's kiosk").arg(kioskId));
    auto r = m_store.heartbeat(who, *kept, m_clock.now());
    return r ? ApiResponse{204, {}, std::nullopt, {}} : refuse(r.refusal());
}

ApiResponse Api::staff(const QStringList &p, const QString &query, const QString &token)
{
    const Result<AdminIdentity> admin = m_store.authenticateAdmin(token);
    if (!admin) {
        if (!admin.isNotFound())
            return refuse(serverError(admin.storeError()));
        const Result<KioskIdentity> kiosk = m_store.authenticate(token);
        if (kiosk)
            return error(403, "admin-token-required",
                         QStringLiteral("fleet, alerts and the kiosk list need an admin token "
                                        "(borgerkiosk-central --make-admin-token), not a "
                                        "kiosk's"));
        return refuse(
            refusalFor(kiosk.storeError(), Refusal{401,
                                                   QStringLiteral("unauthorized"),
                                                   QStringLiteral("missing or unknown admin token"),
                                                   {}}));
    }
    if (p.size() == 1) {
        auto list = m_store.kiosks(admin->site);
        return list ? json(200, {{QStringLiteral("kiosks"), *list}}) : refuse(list.refusal());
    }
    const SiteId site = p[1];
    if (!admin->site.isEmpty() && site != admin->site)
        return error(403, "wrong-site",
                     QStringLiteral("this admin token is for site %1, not %2")
                         .arg(admin->site, site.left(64)));
    const QDateTime now = m_clock.now();
    if (p[2] == QLatin1String("fleet")) {
        auto fleet = m_store.fleet(site, now);
        return fleet ? json(200, *fleet) : refuse(fleet.refusal());
    }
    // Alerts received since `since` (RFC 3339); the last day without it.
    const QString sinceText = QUrlQuery(query).queryItemValue(QStringLiteral("since"));
    QDateTime since = now.addDays(-1);
    if (!sinceText.isEmpty()) {
        const auto parsed = dateTimeFromWire(sinceText);
        if (!parsed)
            return error(400, "bad-field",
                         QStringLiteral("since: must be a date-time with zone, e.g. "
                                        "2026-11-23T09:15:00Z"));
        since = *parsed;
    }
    auto alerts = m_store.alerts(site, since, kMaxAlerts);
    return alerts
               ? json(200, {{QStringLiteral("siteId"), site}, {QStringLiteral("alerts"), *alerts}})
               : refuse(alerts.refusal());
}

ApiResponse Api::outbox(const KioskIdentity &who, const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return refuse(o.refusal());
    const QJsonValue opsValue = o->value(QStringLiteral("ops"));
    if (!opsValue.isArray())
        return error(400, opsValue.isUndefined() ? "missing-field" : "bad-field",
                     QStringLiteral("ops: must be an array"));
    const QJsonArray ops = opsValue.toArray();
    if (ops.size() > kMaxOps)
        return error(400, "bad-field",
                     QStringLiteral("ops: at most %1 operations per batch").arg(kMaxOps));
    // Validate the whole batch before applying any of it.
    QList<OutboxOp> parsed;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString prefix = QStringLiteral("ops[%1].").arg(i);
        if (!ops[i].isObject())
            return error(400, "bad-field",
                         prefix.chopped(1) + QStringLiteral(": must be an object"));
        FieldReader f(ops[i].toObject(), prefix);
        OutboxOp op{f.string("opId", 64), f.string("kind", 16), f.object("payload")};
        if (!f.ok())
            return refuse(f.refusal());
        static const QStringList kinds{QStringLiteral("checkin"), QStringLiteral("ticket"),
                                       QStringLiteral("booking"), QStringLiteral("alert"),
                                       QStringLiteral("event")};
        if (!kinds.contains(op.kind))
            return error(
                400, "unknown-kind",
                prefix +
                    QStringLiteral("kind: '%1' is not one of %2").arg(op.kind, kinds.join(u", ")));
        parsed.append(op);
    }
    QJsonArray results;
    for (const OutboxOp &op : parsed) {
        auto r = m_store.applyOp(who, op, m_clock.now());
        if (!r)
            return refuse(r.refusal());
        results.append(QJsonObject{{QStringLiteral("opId"), op.opId},
                                   {QStringLiteral("replayed"), r->replayed},
                                   {QStringLiteral("answer"), r->body}});
    }
    return json(200, {{QStringLiteral("results"), results}});
}

ApiResponse Api::booking(const KioskIdentity &who, const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return refuse(o.refusal());
    FieldReader f(*o);
    BookingRequest req;
    req.serviceId = f.string("serviceId", 64);
    req.start = f.dateTime("start");
    req.phone = f.string("phone", 32, false);
    req.name = f.string("name", 200, false);
    req.opId = f.string("opId", 64);
    if (!f.ok())
        return refuse(f.refusal());
    auto r = m_store.createBooking(who, req, m_clock.now());
    return r ? json(r->status, r->body) : refuse(r.refusal());
}

ApiResponse Api::numberBlock(const KioskIdentity &who, const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return refuse(o.refusal());
    FieldReader f(*o);
    const QChar queue = f.letter("queue");
    const QDate day = f.date("day");
    const QString kioskId = f.string("kioskId", 64);
    if (!f.ok())
        return refuse(f.refusal());
    if (kioskId != who.kioskId)
        return error(400, "bad-field",
                     QStringLiteral("kioskId: %1 does not match the token's kiosk").arg(kioskId));
    auto block = m_store.grantBlock(who, day, queue, m_clock.now());
    if (!block)
        return refuse(block.refusal());
    return json(200, {{QStringLiteral("siteId"), who.siteId},
                      {QStringLiteral("queue"), QString(queue)},
                      {QStringLiteral("day"), day.toString(Qt::ISODate)},
                      {QStringLiteral("first"), block->first},
                      {QStringLiteral("last"), block->last}});
}

} // namespace bk::central
