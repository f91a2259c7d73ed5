// Staff accounts through the API (what borgerkiosk-ctl staff uses: an admin token only) and the
// lobby screen's JSON and live call-outs by a display link's token. The pages themselves
// (login, counter, lobby) are tested in tests/integration/staff/.

#include "tst_central_api.h"

#include "domain/ticketnumber.h"

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

} // namespace

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
