// TestCentralApi, the store's failures: a database that cannot answer is a 500, never the
// "not found" (404), "unknown token" (401) or stored "rejected" answer of a lookup that found
// nothing. The damage is done from outside with raw sqlite3, as a failing disk would.

#include "tst_central_api.h"

#include <sqlite3.h>

using namespace bk;
using namespace bk::testing;

namespace {

bool rawExec(const QString &path, const char *sqlText)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sqlText, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

/// Starts `f` and enrols kiosk k1 at the test site; its token, empty on failure.
QString startEnrolled(CentralFixture &f)
{
    return f.start().isEmpty() ? f.enrol(u"k1"_qs) : QString();
}

void verifyServerError(const HttpReply &r)
{
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json()[u"error"].toString(), u"server-error"_qs);
}

} // namespace

void TestCentralApi::closedDatabaseIs500Not401()
{
    CentralFixture f;
    const QString token = startEnrolled(f);
    QVERIFY(!token.isEmpty());
    auto c = f.client();
    QCOMPARE(c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, token).status, 200);
    f.withStore([](central::CentralStore &s) { s.close(); });
    // The token cannot be checked: that is the server's failure, not the kiosk's bad token
    // (a 401 would make the kiosk enrol again).
    verifyServerError(c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, token));
    verifyServerError(c->request("GET", u"/v1/kiosks"_qs, {}, token));
}

void TestCentralApi::unreadableSiteIs500Not404()
{
    CentralFixture f;
    const QString token = startEnrolled(f);
    QVERIFY(!token.isEmpty());
    QVERIFY(rawExec(f.dir.filePath(u"central.db"_qs), "DROP TABLE services; DROP TABLE sites"));
    auto c = f.client();
    verifyServerError(c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, token));
    verifyServerError(c->request("GET", u"/v1/sites/test/changes?cursor=0"_qs, {}, token));
    const QJsonObject request{{u"serviceId"_qs, u"solo"_qs},
                              {u"start"_qs, wire(f.clock.now().addDays(1))},
                              {u"opId"_qs, u"b-1"_qs}};
    verifyServerError(c->request("POST", u"/v1/sites/test/bookings"_qs, body(request), token));
}

void TestCentralApi::unreadableBookingIs500NotARejection()
{
    CentralFixture f;
    const QString token = startEnrolled(f);
    QVERIFY(!token.isEmpty());
    QVERIFY(rawExec(f.dir.filePath(u"central.db"_qs), "DROP TABLE bookings"));
    const QJsonObject op{
        {u"opId"_qs, u"op-1"_qs},
        {u"kind"_qs, u"checkin"_qs},
        {u"payload"_qs, QJsonObject{{u"code"_qs, u"K7M3QX9S"_qs},
                                    {u"site"_qs, u"test"_qs},
                                    {u"service"_qs, u"pas"_qs},
                                    {u"checkedInAt"_qs, wire(f.clock.now())},
                                    {u"ticket"_qs, QJsonObject{{u"site"_qs, u"test"_qs},
                                                               {u"day"_qs, u"2026-03-02"_qs},
                                                               {u"queue"_qs, u"B"_qs},
                                                               {u"number"_qs, 1},
                                                               {u"label"_qs, u"B001"_qs}}}}}};
    auto c = f.client();
    const QByteArray batch = body({{u"ops"_qs, QJsonArray{op}}});
    // "unknown-booking" would be kept as the operation's answer for good; a 500 lets the kiosk
    // send it again once the database is back.
    verifyServerError(c->request("POST", u"/v1/outbox"_qs, batch, token));
    verifyServerError(c->request("POST", u"/v1/outbox"_qs, batch, token));
}
