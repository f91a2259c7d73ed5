// The API's staff-account endpoints (for borgerkiosk-ctl staff ...), the lobby screen's
// JSON and live call-outs, and the public queue page's JSON.

#include "central/api.h"

#include "central/apireply.h"
#include "central/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bk::central {

namespace {

using reply::error;
using reply::json;
using reply::refuse;

QJsonObject accountJson(const StaffAccount &a, const QDateTime &now)
{
    const bool locked = a.lockedUntil.isValid() && a.lockedUntil > now;
    return {{QStringLiteral("username"), a.username},
            {QStringLiteral("siteId"), a.site},
            {QStringLiteral("role"), a.role},
            {QStringLiteral("disabled"), a.disabled},
            {QStringLiteral("failures"), a.failures},
            {QStringLiteral("lockedUntil"),
             locked ? QJsonValue(toWire(a.lockedUntil)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), toWire(a.created)}};
}

QString bearerOf(const std::string &authorization)
{
    static const std::string prefix = "Bearer ";
    if (authorization.size() <= prefix.size() || authorization.compare(0, prefix.size(), prefix))
        return {};
    return QString::fromStdString(authorization.substr(prefix.size())).trimmed();
}

} // namespace

ApiResponse Api::staffAccounts(const ApiRequest &request, const QStringList &p)
{
    const std::string &m = request.method;
    const QString token = bearerOf(request.authorization);
    const Result<AdminIdentity> admin = m_store.authenticateAdmin(token);
    if (!admin) {
        if (!admin.isNotFound())
            return refuse(serverError(admin.storeError()));
        if (m_store.authenticate(token))
            return error(403, "admin-token-required",
                         QStringLiteral("staff accounts need an admin token "
                                        "(borgerkiosk-central --make-admin-token), not a "
                                        "kiosk's"));
        return error(401, "unauthorized", QStringLiteral("missing or unknown admin token"));
    }
    const QDateTime now = m_clock.now();
    const auto parse = [&](const std::string &body) -> Outcome<QJsonObject> {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return badRequest(QStringLiteral("bad-json"),
                              QStringLiteral("body: must be a JSON object"));
        return doc.object();
    };
    if (p.size() == 1) {
        if (m == "GET") {
            auto list = m_store.staffAccounts(admin->site);
            if (!list)
                return refuse(list.refusal());
            QJsonArray out;
            for (const StaffAccount &a : *list)
                out.append(accountJson(a, now));
            return json(200, {{QStringLiteral("accounts"), out}});
        }
        if (m != "POST")
            return error(405, "method-not-allowed", QStringLiteral("GET or POST"));
        auto o = parse(request.body);
        if (!o)
            return refuse(o.refusal());
        FieldReader f(*o);
        const QString username = f.string("username", 64);
        const QString site = f.string("siteId", 64);
        const QString role = f.string("role", 32);
        const QString password = f.string("password", 128);
        if (!f.ok())
            return refuse(f.refusal());
        if (!admin->site.isEmpty() && site != admin->site)
            return error(
                403, "wrong-site",
                QStringLiteral("this admin token is for site %1, not %2").arg(admin->site, site));
        auto a = m_store.addStaff(username, site, role, password, now);
        return a ? json(201, accountJson(*a, now)) : refuse(a.refusal());
    }
    if (p.size() != 2)
        return error(404, "not-found", QStringLiteral("no such path"));
    if (m != "PATCH")
        return error(405, "method-not-allowed", QStringLiteral("PATCH"));
    auto o = parse(request.body);
    if (!o)
        return refuse(o.refusal());
    // A site's admin changes only that site's accounts; another site's look unknown.
    auto list = m_store.staffAccounts(admin->site);
    if (!list)
        return refuse(list.refusal());
    if (std::none_of(list->begin(), list->end(),
                     [&](const StaffAccount &a) { return a.username == p[1]; }))
        return error(404, "not-found", QStringLiteral("no staff account %1").arg(p[1].left(64)));
    std::optional<QString> password, role;
    std::optional<bool> disabled;
    const QJsonValue pw = o->value(QLatin1String("password"));
    const QJsonValue ro = o->value(QLatin1String("role"));
    const QJsonValue di = o->value(QLatin1String("disabled"));
    if ((!pw.isUndefined() && !pw.isString()) || (!ro.isUndefined() && !ro.isString()) ||
        (!di.isUndefined() && !di.isBool()))
        return error(400, "bad-field",
                     QStringLiteral("password and role are strings, disabled is a boolean"));
    if (pw.isString())
        password = pw.toString();
    if (ro.isString())
        role = ro.toString();
    if (di.isBool())
        disabled = di.toBool();
    if (!password && !role && !disabled)
        return error(400, "missing-field",
                     QStringLiteral("give at least one of password, role, disabled"));
    auto a = m_store.updateStaff(p[1], password, role, disabled, now);
    return a ? json(200, accountJson(*a, now)) : refuse(a.refusal());
}

ApiResponse Api::lobby(const ApiRequest &request, const QStringList &p)
{
    if (p.size() != 3 || (p[2] != QLatin1String("calls") && p[2] != QLatin1String("live")))
        return error(404, "not-found", QStringLiteral("no such path"));
    if (request.method != "GET")
        return error(405, "method-not-allowed", QStringLiteral("GET"));
    const Result<SiteId> site = m_store.displaySite(p[1]);
    if (!site)
        return site.isNotFound()
                   ? error(404, "not-found",
                           QStringLiteral("unknown display link: ask a manager for a new one"))
                   : refuse(serverError(site.storeError()));
    if (p[2] == QLatin1String("live")) {
        if (!request.websocketUpgrade)
            return error(426, "upgrade-required",
                         QStringLiteral("the live call-outs are a WebSocket: send an upgrade"));
        return ApiResponse{101, {}, std::nullopt, *site};
    }
    auto view = m_store.lobby(*site, StaffWeb::kLobbyCalls, m_clock.now());
    return view ? json(200, *view) : refuse(view.refusal());
}

ApiResponse Api::queuePlace(const ApiRequest &request, const QStringList &p)
{
    ApiResponse r = p.size() != 2 ? error(404, "not-found", QStringLiteral("no such path"))
                    : request.method != "GET"
                        ? error(405, "method-not-allowed", QStringLiteral("GET"))
                        : [&] {
                              auto place = m_store.queuePlace(p[1], m_clock.now());
                              return place ? json(200, *place) : refuse(place.refusal());
                          }();
    // The token is the key: no copy in a cache, none in a Referer.
    r.headers = {{"Cache-Control", "no-store"},
                 {"Referrer-Policy", "no-referrer"},
                 {"X-Content-Type-Options", "nosniff"}};
    return r;
}

} // namespace bk::central
