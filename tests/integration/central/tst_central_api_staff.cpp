// Staff accounts through the API (what borgerkiosk-ctl staff uses: an admin token only) and the
// lobby screen's JSON and live call-outs by a display link's token. The pages themselves
// (login, counter, lobby, preparing the day) are tested in tests/integration/staff/; here only
// their answers against openapi.json (staffPagesMatchTheSpec,
// counterDisplaysAndPublicPagesMatchTheSpec).

#include "tst_central_api.h"

#include "central/staffweb.h"
#include "central/wirejson.h"
#include "domain/queuetoken.h"
#include "domain/ticketnumber.h"

#include <QRegularExpression>
#include <QUrl>

using namespace bk;
using namespace bk::testing;

namespace {

constexpr char kPassword[] = "korrekt-hest-batteri";

QJsonObject newAccount(const QString &username, const QString &site, const QString &role)
{
    return {{u"username"_qs, username},
            {u"siteId"_qs, site},
            {u"role"_qs, role},
            {u"password"_qs, QString::fromLatin1(kPassword)}};
}

// Makes staff accounts (username, role) at site test with kPassword; false when one fails.
bool makeAccounts(TestClient &c, const QString &admin,
                  std::initializer_list<std::pair<const char *, const char *>> accounts)
{
    for (const auto &[user, role] : accounts)
        if (c.request(
                 "POST", u"/v1/staff-accounts"_qs,
                 body(newAccount(QString::fromLatin1(user), u"test"_qs, QString::fromLatin1(role))),
                 admin)
                .status != 201)
            return false;
    return true;
}

// The value of a Set-Cookie `name` in `r` as "name=value", or empty.
QString cookieFrom(const HttpReply &r, const char *name)
{
    for (const QByteArray &v : r.header("Set-Cookie"))
        if (v.startsWith(QByteArray(name) + '='))
            return QString::fromLatin1(v.left(v.indexOf(';')));
    return {};
}

// The first `name="FIELD" value="..."` of a page.
QString fieldValue(const QByteArray &page, const char *field)
{
    const QByteArray marker = QByteArray("name=\"") + field + "\" value=\"";
    const qsizetype at = page.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    return QString::fromLatin1(page.mid(from, page.indexOf('"', from) - from));
}

// A kiosk's outbox ticket (service pas, queue K) carrying its queue-page token.
QJsonObject ticketWithToken(const QString &opId, int number, const QDateTime &at,
                            const QString &token)
{
    return {
        {u"opId"_qs, opId},
        {u"kind"_qs, u"ticket"_qs},
        {u"payload"_qs,
         QJsonObject{{u"site"_qs, u"test"_qs},
                     {u"service"_qs, u"pas"_qs},
                     {u"issuedAt"_qs, wire(at)},
                     {u"queueToken"_qs, token},
                     {u"ticket"_qs, QJsonObject{{u"site"_qs, u"test"_qs},
                                                {u"day"_qs, businessDay(at).toString(Qt::ISODate)},
                                                {u"queue"_qs, u"K"_qs},
                                                {u"number"_qs, number},
                                                {u"label"_qs, ticketLabel(u'K', number)}}}}}};
}

QByteArray location(const HttpReply &r)
{
    const QList<QByteArray> l = r.header("Location");
    return l.isEmpty() ? QByteArray() : l.first();
}

} // namespace

void TestCentralApi::staffPagesMatchTheSpec()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    auto c = f.client();
    QVERIFY(makeAccounts(*c, admin,
                         {{"sara", "service_calls"},
                          {"anna", "counter"},
                          {"mads", "manager"},
                          {"lars", "counter"}}));
    const QDateTime now = f.clock.now();
    f.withStore([&](central::CentralStore &s) {
        Booking b;
        b.siteId = u"test"_qs;
        b.serviceId = u"pas"_qs;
        b.start = now.addSecs(3600);
        for (const char *code : {"PHONE001", "PHONE002", "NOPHONE1"}) {
            b.code = QString::fromLatin1(code);
            b.phone = b.code.startsWith(u"PHONE") ? u"+4511223344"_qs : QString();
            QVERIFY(s.putBooking(b, now));
        }
    });

    // Login: the form and its pre-session token; refused without it, wrong, locked.
    HttpReply r = c->page("GET", u"/staff/login"_qs, {});
    QCOMPARE(r.status, 200);
    const QString loginCookie = cookieFrom(r, "__Host-bk_login");
    const QString loginToken = fieldValue(r.body, "login_csrf");
    QVERIFY(!loginToken.isEmpty() && loginCookie.endsWith(loginToken));
    const auto login = [&](const char *user, const char *password) {
        return c->page("POST", u"/staff/login"_qs, loginCookie,
                       QByteArray("login_csrf=") + loginToken.toLatin1() + "&username=" + user +
                           "&password=" + password);
    };
    QCOMPARE(c->page("POST", u"/staff/login"_qs, {}, "username=sara&password=x").status, 403);
    for (int i = 0; i < central::CentralStore::kStaffMaxFailures - 1; ++i)
        QCOMPARE(login("lars", "wrong-password").status, 401);
    QCOMPARE(login("lars", "wrong-password").status, 423);
    const auto session = [&](const char *user) {
        const HttpReply in = login(user, kPassword);
        const QString cookie = cookieFrom(in, "__Host-bk_staff");
        const HttpReply list = c->page("GET", u"/staff/prepare"_qs, cookie);
        return std::pair{cookie, fieldValue(list.body, "csrf")};
    };
    const auto [sara, saraCsrf] = session("sara");
    const auto [anna, annaCsrf] = session("anna");
    const auto [mads, madsCsrf] = session("mads");
    QVERIFY(!saraCsrf.isEmpty() && !annaCsrf.isEmpty() && !madsCsrf.isEmpty());

    // The list, the phone reveal, marking, the access log.
    QCOMPARE(c->page("GET", u"/staff/prepare"_qs, {}).status, 303);
    r = c->page("GET", u"/staff/prepare"_qs, anna);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("11223344"));
    QCOMPARE(c->request("GET", u"/staff/prepare"_qs, {}, admin).status, 403);
    const auto post = [&](const char *path, const QString &cookie, const QString &csrf,
                          const QByteArray &form) {
        return c->page("POST", QString::fromLatin1(path), cookie,
                       "csrf=" + csrf.toLatin1() + '&' + form);
    };
    QCOMPARE(post("/staff/prepare/phone", sara, {}, "code=PHONE001").status, 403);
    QCOMPARE(post("/staff/prepare/phone", anna, annaCsrf, "code=PHONE001").status, 403);
    QCOMPARE(post("/staff/prepare/phone", sara, saraCsrf, "code=NOSUCH01").status, 404);
    QCOMPARE(post("/staff/prepare/phone", sara, saraCsrf, "code=NOPHONE1").status, 409);
    r = post("/staff/prepare/phone", sara, saraCsrf, "code=PHONE001");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("+4511223344"));
    QCOMPARE(
        post("/staff/prepare/mark", anna, annaCsrf, "code=PHONE002&status=settled_by_phone").status,
        403);
    QCOMPARE(post("/staff/prepare/mark", mads, madsCsrf, "code=PHONE002&status=gone").status, 400);
    QCOMPARE(
        post("/staff/prepare/mark", mads, madsCsrf, "code=NOSUCH01&status=settled_by_phone").status,
        404);
    r = post("/staff/prepare/mark", mads, madsCsrf, "code=PHONE002&status=settled_by_phone");
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("Location"), QList<QByteArray>{"/staff/prepare?m=marked"});
    QCOMPARE(c->page("GET", u"/staff/prepare?m=marked"_qs, sara).status, 200);
    QCOMPARE(
        post("/staff/prepare/mark", sara, saraCsrf, "code=PHONE002&status=moved_to_self_service")
            .status,
        409);
    QCOMPARE(c->page("GET", u"/staff/access-log"_qs, mads).status, 200);
    QCOMPARE(c->page("GET", u"/staff/access-log"_qs, sara).status, 403);

    // Last, as it brakes this address: the per-address brake after 20 failed logins.
    for (int i = 0; i < central::StaffWeb::kMaxFailuresPerAddress; ++i)
        login("nobody", "x");
    QCOMPARE(login("sara", kPassword).status, 429);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

void TestCentralApi::counterDisplaysAndPublicPagesMatchTheSpec()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    const QString kiosk = f.enrol(u"k1"_qs);
    auto c = f.client();
    QVERIFY(makeAccounts(*c, admin,
                         {{"anna", "counter"}, {"mads", "manager"}, {"tina", "technician"}}));

    // No login: the static files (their Content-Type is checked against the spec), the
    // language choice.
    for (const char *file : {"/static/staff.css", "/static/lobby.js", "/static/queue.js"})
        QCOMPARE(c->page("GET", QString::fromLatin1(file), {}).status, 200);
    QCOMPARE(c->page("GET", u"/static/nothing.css"_qs, {}).status, 404);
    HttpReply r = c->page("GET", u"/staff/language?to=en"_qs, {});
    QCOMPARE(r.status, 303);
    QCOMPARE(location(r), QByteArray("/staff/counter"));
    QVERIFY(cookieFrom(r, "bk_lang") == u"bk_lang=en"_qs);

    // Sessions (the CSRF token from the preparation list, a page every counter role has).
    r = c->page("GET", u"/staff/login"_qs, {});
    const QString loginCookie = cookieFrom(r, "__Host-bk_login");
    const QString loginToken = fieldValue(r.body, "login_csrf");
    const auto session = [&](const char *user) {
        const HttpReply in = c->page("POST", u"/staff/login"_qs, loginCookie,
                                     "login_csrf=" + loginToken.toLatin1() + "&username=" + user +
                                         "&password=" + kPassword);
        const QString cookie = cookieFrom(in, "__Host-bk_staff");
        const HttpReply list = c->page("GET", u"/staff/prepare"_qs, cookie);
        return std::pair{cookie, fieldValue(list.body, "csrf")};
    };
    const auto [anna, annaCsrf] = session("anna");
    const auto [mads, madsCsrf] = session("mads");
    // A technician sees no page with a CSRF token: the role's 403 hides behind the token's.
    const QString tina = session("tina").first;
    QVERIFY(!anna.isEmpty() && !mads.isEmpty() && !tina.isEmpty());
    QVERIFY(!annaCsrf.isEmpty() && !madsCsrf.isEmpty());
    const auto post = [&](const QString &path, const QString &cookie, const QString &csrf,
                          const QByteArray &form = {}) {
        return c->page("POST", path, cookie, "csrf=" + csrf.toLatin1() + '&' + form);
    };

    // The start address and the technician's home page.
    QCOMPARE(location(c->page("GET", u"/staff/"_qs, {})), QByteArray("/staff/login"));
    QCOMPARE(location(c->page("GET", u"/staff/"_qs, anna)), QByteArray("/staff/counter"));
    QCOMPARE(location(c->page("GET", u"/staff/"_qs, tina)), QByteArray("/staff/home"));
    QCOMPARE(c->page("GET", u"/staff/home"_qs, tina).status, 200);
    QCOMPARE(c->page("GET", u"/staff/home"_qs, {}).status, 303);

    // The counter page and its actions: refused without a session, a CSRF token, a counter role.
    QCOMPARE(c->page("GET", u"/staff/counter"_qs, {}).status, 303);
    QCOMPARE(c->page("GET", u"/staff/counter"_qs, tina).status, 403);
    QCOMPARE(c->page("GET", u"/staff/counter"_qs, anna).status, 200);
    for (const char *action : {"choose", "call-next", "recall", "served", "no-show", "transfer"}) {
        const QString path = u"/staff/counter/"_qs + QLatin1String(action);
        QCOMPARE(post(path, {}, {}).status, 401);
        QCOMPARE(post(path, anna, {}).status, 403);
    }
    QCOMPARE(post(u"/staff/counter/choose"_qs, anna, annaCsrf, "counter=99").status, 400);
    r = post(u"/staff/counter/choose"_qs, anna, annaCsrf, "counter=1");
    QCOMPARE(r.status, 303);
    QCOMPARE(location(r), QByteArray("/staff/counter"));
    QCOMPARE(location(post(u"/staff/counter/call-next"_qs, anna, annaCsrf)),
             QByteArray("/staff/counter?m=nobody"));
    QCOMPARE(c->page("GET", u"/staff/counter?m=nobody"_qs, anna).status, 200);

    // Two tickets with queue-page tokens; the public queue page of each.
    const QDateTime now = f.clock.now();
    const QString first = queuetoken::make();
    const QString second = queuetoken::make();
    QCOMPARE(c->request("POST", u"/v1/outbox"_qs,
                        body({{u"ops"_qs, QJsonArray{ticketWithToken(u"p-1"_qs, 1, now, first),
                                                     ticketWithToken(u"p-2"_qs, 2, now, second)}}}),
                        kiosk)
                 .status,
             200);
    QCOMPARE(c->page("GET", u"/q/"_qs + first, {}).status, 200);
    QCOMPARE(c->page("GET", u"/q/"_qs + queuetoken::make(), {}).status, 404);

    // Call, busy, recall, transfer, served, no-show; nothing called: ?m=none. Each action and
    // where it leads (service=solo is read by transfer only).
    QCOMPARE(post(u"/staff/counter/transfer"_qs, anna, annaCsrf, "service=nosuch").status, 400);
    const std::pair<const char *, const char *> steps[] = {
        {"call-next", "/staff/counter"},     {"call-next", "/staff/counter?m=busy"},
        {"recall", "/staff/counter"},        {"transfer", "/staff/counter?m=transferred"},
        {"call-next", "/staff/counter"},     {"served", "/staff/counter"},
        {"call-next", "/staff/counter"},     {"no-show", "/staff/counter"},
        {"recall", "/staff/counter?m=none"}, {"served", "/staff/counter?m=none"},
        {"no-show", "/staff/counter?m=none"}};
    for (const auto &[action, to] : steps)
        QCOMPARE(location(post(u"/staff/counter/"_qs + QLatin1String(action), anna, annaCsrf,
                               "service=solo")),
                 QByteArray(to));

    // Lobby screens and the notice: managers only.
    QCOMPARE(c->page("GET", u"/staff/displays"_qs, {}).status, 303);
    QCOMPARE(c->page("GET", u"/staff/displays"_qs, anna).status, 403);
    QCOMPARE(c->page("GET", u"/staff/displays"_qs, mads).status, 200);
    for (const QString &path : {u"/staff/displays"_qs, u"/staff/notice"_qs}) {
        QCOMPARE(post(path, {}, {}).status, 401);
        QCOMPARE(post(path, mads, {}).status, 403);
        QCOMPARE(post(path, anna, annaCsrf).status, 403);
    }
    QCOMPARE(post(u"/staff/displays"_qs, mads, madsCsrf, "name=").status, 400);
    r = post(u"/staff/displays"_qs, mads, madsCsrf, "name=TV");
    QCOMPARE(r.status, 200);
    const QString display = QRegularExpression(QStringLiteral("/lobby/([A-Za-z0-9_-]+)"))
                                .match(QString::fromUtf8(r.body))
                                .captured(1);
    QVERIFY(!display.isEmpty());
    QCOMPARE(c->page("GET", u"/lobby/"_qs + display, {}).status, 200);
    QCOMPARE(c->page("GET", u"/lobby/not-a-token"_qs, {}).status, 404);
    QCOMPARE(post(u"/staff/notice"_qs, mads, madsCsrf, "notice=" + QByteArray(501, 'x')).status,
             400);
    r = post(u"/staff/notice"_qs, mads, madsCsrf, "notice=Husk+pas");
    QCOMPARE(r.status, 303);
    QCOMPARE(location(r), QByteArray("/staff/displays"));

    // Booking a citizen on the phone: counter roles; the errand's free times; booked until
    // the slot is full; refusals.
    QCOMPARE(c->page("GET", u"/staff/book"_qs, {}).status, 303);
    QCOMPARE(c->page("GET", u"/staff/book"_qs, tina).status, 403);
    QCOMPARE(c->page("GET", u"/staff/book?service=nosuch"_qs, anna).status, 404);
    r = c->page("GET", u"/staff/book?service=pas"_qs, anna);
    QCOMPARE(r.status, 200);
    const QString start =
        QRegularExpression(QStringLiteral("name=\"start\" required><option value=\"([^\"]+)\""))
            .match(QString::fromUtf8(r.body))
            .captured(1);
    const std::optional<QDateTime> startTime = central::dateTimeFromWire(start);
    QVERIFY(startTime);
    const QByteArray slot = "service=pas&start=" + QUrl::toPercentEncoding(start);
    QCOMPARE(post(u"/staff/book"_qs, {}, {}, slot).status, 401);
    QCOMPARE(post(u"/staff/book"_qs, anna, {}, slot).status, 403);
    QCOMPARE(post(u"/staff/book"_qs, anna, annaCsrf, "service=pas&start=soon").status, 400);
    QCOMPARE(post(u"/staff/book"_qs, anna, annaCsrf, slot + "&phone=123").status, 400);
    QCOMPARE(post(u"/staff/book"_qs, anna, annaCsrf,
                  "service=nosuch&start=" + QUrl::toPercentEncoding(start))
                 .status,
             404);
    QCOMPARE(post(u"/staff/book"_qs, anna, annaCsrf,
                  "service=pas&start=" + QUrl::toPercentEncoding(wire(startTime->addSecs(420))))
                 .status,
             422);
    for (int i = 0; i < 10; ++i) {
        r = post(u"/staff/book"_qs, anna, annaCsrf, slot + "&phone=12345678&notes=Husk+kopi");
        if (r.status != 303)
            break;
        QVERIFY(location(r).startsWith("/staff/book?booked="));
        QCOMPARE(c->page("GET", QString::fromLatin1(location(r)), anna).status, 200);
    }
    QCOMPARE(r.status, 409);

    // Logging out ends the session.
    QCOMPARE(post(u"/staff/logout"_qs, {}, {}).status, 401);
    QCOMPARE(post(u"/staff/logout"_qs, anna, {}).status, 403);
    r = post(u"/staff/logout"_qs, anna, annaCsrf);
    QCOMPARE(r.status, 303);
    QCOMPARE(location(r), QByteArray("/staff/login"));
    QCOMPARE(location(c->page("GET", u"/staff/counter"_qs, anna)), QByteArray("/staff/login"));

    // The next day the ticket's queue page has expired.
    f.clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 0), Qt::UTC));
    QCOMPARE(c->page("GET", u"/q/"_qs + second, {}).status, 410);
    VERIFY_SPEC(f);
}

void TestCentralApi::staffAccountsNeedAnAdminToken()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString kiosk = f.enrol(u"k1"_qs);
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    const QString everySite = f.adminToken(u"region"_qs);
    QVERIFY(!kiosk.isEmpty() && !admin.isEmpty() && !everySite.isEmpty());
    auto c = f.client();
    const QString list = u"/v1/staff-accounts"_qs;
    QCOMPARE(c->request("GET", list, {}, kiosk).status, 403);
    QCOMPARE(c->request("GET", list, {}, QString()).status, 401);
    QCOMPARE(
        c->request("POST", list, body(newAccount(u"bo"_qs, u"test"_qs, u"counter"_qs)), u"wrong"_qs)
            .status,
        401);
    HttpReply r = c->request("GET", list, {}, admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[u"accounts"].toArray().isEmpty());

    r = c->request("POST", list, body(newAccount(u"anna"_qs, u"test"_qs, u"counter"_qs)), admin);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json()[u"role"].toString(), u"counter"_qs);
    QVERIFY(!r.body.contains(kPassword));
    r = c->request("POST", list, body(newAccount(u"anna"_qs, u"test"_qs, u"manager"_qs)), admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"].toString(), u"staff-exists"_qs);
    r = c->request("POST", list, body(newAccount(u"bo"_qs, u"test"_qs, u"chef"_qs)), admin);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()[u"detail"].toString().startsWith(u"role:"_qs));
    QJsonObject shortPassword = newAccount(u"bo"_qs, u"test"_qs, u"counter"_qs);
    shortPassword[u"password"_qs] = u"kort"_qs;
    QCOMPARE(c->request("POST", list, body(shortPassword), admin).status, 400);
    // A site's admin makes accounts for that site only; an unknown site is 404.
    r = c->request("POST", list, body(newAccount(u"bo"_qs, u"other"_qs, u"counter"_qs)), admin);
    QCOMPARE(r.status, 403);
    r = c->request("POST", list, body(newAccount(u"bo"_qs, u"nope"_qs, u"counter"_qs)), everySite);
    QCOMPARE(r.status, 404);
    QCOMPARE(
        c->request("POST", list, body(newAccount(u"bo"_qs, u"other"_qs, u"counter"_qs)), everySite)
            .status,
        201);

    // Changes: role, disabled, a new password; an account of another site looks unknown.
    r = c->request("PATCH", list + u"/anna"_qs, body({{u"role"_qs, u"manager"_qs}}), admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"role"].toString(), u"manager"_qs);
    r = c->request("PATCH", list + u"/anna"_qs, body({{u"disabled"_qs, true}}), admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"disabled"].toBool(), true);
    QCOMPARE(c->request("PATCH", list + u"/anna"_qs, body({}), admin).status, 400);
    QCOMPARE(
        c->request("PATCH", list + u"/anna"_qs, body({{u"disabled"_qs, u"yes"_qs}}), admin).status,
        400);
    QCOMPARE(
        c->request("PATCH", list + u"/bo"_qs, body({{u"role"_qs, u"counter"_qs}}), admin).status,
        404);
    QCOMPARE(c->request("PATCH", list + u"/nobody"_qs, body({{u"role"_qs, u"counter"_qs}}), admin)
                 .status,
             404);
    r = c->request("GET", list, {}, admin);
    QCOMPARE(r.json()[u"accounts"].toArray().size(), 1);
    QCOMPARE(c->request("GET", list, {}, everySite).json()[u"accounts"].toArray().size(), 2);
    VERIFY_SPEC(f);
}

void TestCentralApi::lobbyByDisplayLink()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString kiosk = f.enrol(u"k1"_qs);
    QString display;
    f.withStore([&](central::CentralStore &s) {
        auto t = s.makeDisplayLink(u"test"_qs, u"TV"_qs, u"mads"_qs, f.clock.now());
        QVERIFY(t);
        display = *t;
        QVERIFY(s.setNotice(u"test"_qs, u"Husk pas"_qs));
    });
    auto c = f.client();
    HttpReply r = c->request("GET", u"/v1/lobby/%1/calls"_qs.arg(display));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"notice"].toString(), u"Husk pas"_qs);
    QVERIFY(r.json()[u"calls"].toArray().isEmpty());
    QCOMPARE(c->request("GET", u"/v1/lobby/not-a-token/calls"_qs).status, 404);
    QCOMPARE(c->request("GET", u"/v1/lobby/not-a-token/live"_qs).status, 404);
    QCOMPARE(c->request("GET", u"/v1/lobby/%1/live"_qs.arg(display)).status, 426);
    // A kiosk's token is not a display link.
    QCOMPARE(c->request("GET", u"/v1/lobby/%1/calls"_qs.arg(kiosk)).status, 404);

    LiveClient live(f.port, CentralFixture::pki().caCert);
    const QString err = live.connectPath(u"/v1/lobby/%1/live"_qs.arg(display));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.checkReply(u"GET"_qs, u"/v1/lobby/%1/live"_qs.arg(display), 101);
    QTRY_COMPARE(f.liveClients(), 1);

    // A ticket, a kiosk's call-next: the lobby gets the same call-out and lists it.
    const QDateTime now = f.clock.now();
    const QJsonObject op{
        {u"opId"_qs, u"lobby-1"_qs},
        {u"kind"_qs, u"ticket"_qs},
        {u"payload"_qs,
         QJsonObject{{u"site"_qs, u"test"_qs},
                     {u"service"_qs, u"pas"_qs},
                     {u"issuedAt"_qs, wire(now)},
                     {u"ticket"_qs, QJsonObject{{u"site"_qs, u"test"_qs},
                                                {u"day"_qs, businessDay(now).toString(Qt::ISODate)},
                                                {u"queue"_qs, u"K"_qs},
                                                {u"number"_qs, 7},
                                                {u"label"_qs, ticketLabel(u'K', 7)}}}}}};
    r = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, QJsonArray{op}}}), kiosk);
    QCOMPARE(r.status, 200);
    r = c->request("POST", u"/v1/sites/test/counters/4/call-next"_qs, {}, kiosk);
    QCOMPARE(r.status, 200);
    const QJsonObject message = QJsonDocument::fromJson(live.next(5000)).object();
    QCOMPARE(message[u"ticket"].toString(), u"K007"_qs);
    QCOMPARE(message[u"counter"].toString(), u"4"_qs);
    r = c->request("GET", u"/v1/lobby/%1/calls"_qs.arg(display));
    const QJsonArray calls = r.json()[u"calls"].toArray();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0][u"ticket"].toString(), u"K007"_qs);
    QCOMPARE(calls[0][u"counter"].toString(), u"4"_qs);
    VERIFY_SPEC(f);
}
