// TestCentralApi, second half: outbox, number blocks, call-next, the live WebSocket and a
// ticket's place in the queue (the public queue page's JSON).

#include "tst_central_api.h"

#include "domain/queuetoken.h"

#include <QSet>

#include <algorithm>
#include <thread>

using namespace bk;
using namespace bk::testing;

namespace {

const QString kDay = u"2026-03-02"_qs;

QJsonObject ticket(const QString &site, QChar queue, int number)
{
    return {{u"site"_qs, site},
            {u"day"_qs, kDay},
            {u"queue"_qs, QString(queue)},
            {u"number"_qs, number},
            {u"label"_qs, ticketLabel(queue, number)}};
}

QJsonObject checkinOp(const QString &opId, const QString &code, int number, const QDateTime &at)
{
    return {{u"opId"_qs, opId},
            {u"kind"_qs, u"checkin"_qs},
            {u"payload"_qs, QJsonObject{{u"code"_qs, code},
                                        {u"site"_qs, u"test"_qs},
                                        {u"service"_qs, u"pas"_qs},
                                        {u"checkedInAt"_qs, wire(at)},
                                        {u"ticket"_qs, ticket(u"test"_qs, u'B', number)}}}};
}

QJsonObject ticketOp(const QString &opId, int number, const QDateTime &at,
                     const QString &site = u"test"_qs)
{
    return {{u"opId"_qs, opId},
            {u"kind"_qs, u"ticket"_qs},
            {u"payload"_qs, QJsonObject{{u"site"_qs, site},
                                        {u"service"_qs, u"pas"_qs},
                                        {u"issuedAt"_qs, wire(at)},
                                        {u"ticket"_qs, ticket(site, u'K', number)}}}};
}

QJsonObject bookingOp(const QString &opId, const QString &code, const QDateTime &start)
{
    return {{u"opId"_qs, opId},
            {u"kind"_qs, u"booking"_qs},
            {u"payload"_qs, QJsonObject{{u"code"_qs, code},
                                        {u"site"_qs, u"test"_qs},
                                        {u"service"_qs, u"solo"_qs},
                                        {u"start"_qs, wire(start)},
                                        {u"phone"_qs, u"+4512345678"_qs},
                                        {u"name"_qs, u"Karen Hansen"_qs}}}};
}

QByteArray batch(const QJsonArray &ops)
{
    return body({{u"ops"_qs, ops}});
}

Booking booking(const QString &code, const QDateTime &start)
{
    Booking b;
    b.code = code;
    b.siteId = u"test"_qs;
    b.serviceId = u"pas"_qs;
    b.start = start;
    return b;
}

// An outbox ticket or check-in operation carrying the ticket's queue-page token.
QJsonObject withToken(QJsonObject op, const QString &token)
{
    QJsonObject payload = op[u"payload"_qs].toObject();
    payload.insert(u"queueToken"_qs, token);
    op.insert(u"payload"_qs, payload);
    return op;
}

QString statusOf(TestClient &c, const QString &token, const QString &code)
{
    const QJsonArray bookings =
        c.request("GET", u"/v1/sites/test/snapshot"_qs, {}, token).json()[u"bookings"].toArray();
    for (const QJsonValue &b : bookings)
        if (b[u"code"].toString() == code)
            return b[u"status"].toString();
    return {};
}

} // namespace

void TestCentralApi::outboxAppliesEachOpOnce()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    const QDateTime now = f.clock.now();
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(booking(u"K7M3QX9S"_qs, now.addSecs(600)), now));
    });
    auto c = f.client();
    const QJsonArray ops{checkinOp(u"op-1"_qs, u"K7M3QX9S"_qs, 1, now),
                         ticketOp(u"op-2"_qs, 1, now),
                         bookingOp(u"op-3"_qs, u"C8T5HQ6H"_qs, now.addSecs(3 * 3600))};
    HttpReply r = c->request("POST", u"/v1/outbox"_qs, batch(ops), token);
    QCOMPARE(r.status, 200);
    const QJsonArray first = r.json()[u"results"].toArray();
    QCOMPARE(first.size(), 3);
    for (const QJsonValue &res : first) {
        QCOMPARE(res[u"replayed"].toBool(), false);
        QCOMPARE(res[u"answer"][u"status"].toString(), u"applied"_qs);
    }
    // The whole batch again, and then a batch mixing an old and a new operation.
    r = c->request("POST", u"/v1/outbox"_qs, batch(ops), token);
    const QJsonArray second = r.json()[u"results"].toArray();
    QCOMPARE(second.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(second[i][u"replayed"].toBool(), true);
        QCOMPARE(body(second[i][u"answer"].toObject()), body(first[i][u"answer"].toObject()));
    }
    r = c->request("POST", u"/v1/outbox"_qs, batch({ops[1], ticketOp(u"op-4"_qs, 2, now)}), token);
    QCOMPARE(r.json()[u"results"][0][u"replayed"].toBool(), true);
    QCOMPARE(r.json()[u"results"][1][u"replayed"].toBool(), false);

    // Another kiosk sending the same opId gets nothing of the first kiosk's answer.
    const QString otherKiosk = f.enrol(u"k2"_qs);
    r = c->request("POST", u"/v1/outbox"_qs, batch({ops[0]}), otherKiosk);
    QCOMPARE(r.json()[u"results"][0][u"answer"][u"error"].toString(), u"op-id-reused"_qs);
    QCOMPARE(r.json()[u"results"][0][u"replayed"].toBool(), false);

    QCOMPARE(statusOf(*c, token, u"K7M3QX9S"_qs), u"checked-in"_qs);
    QCOMPARE(statusOf(*c, token, u"C8T5HQ6H"_qs), u"booked"_qs);
    // Applied once: exactly three tickets wait (K001, K002, and B001 who is early).
    QStringList called;
    for (;;) {
        r = c->request("POST", u"/v1/sites/test/counters/1/call-next"_qs, {}, token);
        if (r.status != 200)
            break;
        called.append(r.json()[u"ticket"].toString());
    }
    QCOMPARE(r.status, 204);
    QCOMPARE(called, (QStringList{u"K001"_qs, u"K002"_qs, u"B001"_qs}));
    VERIFY_SPEC(f);
}

void TestCentralApi::outboxRejectsWithoutEffect()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    const QDateTime now = f.clock.now();
    const QDateTime slot = now.addSecs(2 * 3600);
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(booking(u"K7M3QX9S"_qs, now.addSecs(600)), now));
    });
    auto c = f.client();
    QJsonObject missing = ticketOp(u"r-6"_qs, 9, now);
    QJsonObject payload = missing[u"payload"_qs].toObject();
    payload.remove(u"issuedAt"_qs);
    missing[u"payload"_qs] = payload;
    const QJsonArray ops{
        ticketOp(u"r-1"_qs, 1, now),
        checkinOp(u"r-2"_qs, u"P5N6TJ37"_qs, 1, now),            // unknown booking
        ticketOp(u"r-3"_qs, 1, now),                             // K001 again
        checkinOp(u"r-4"_qs, u"K7M3QX9S"_qs, 1, now),            // B001 fine
        ticketOp(u"r-5"_qs, 2, now, u"other"_qs),                // another site
        missing,                                                 // no issuedAt
        bookingOp(u"r-7"_qs, u"C8T5HQ6H"_qs, slot),              // fine
        bookingOp(u"r-8"_qs, u"X9C4ZA7Y"_qs, slot),              // solo slot taken
        bookingOp(u"r-9"_qs, u"C8T5HQ6H"_qs, slot.addSecs(300)), // code taken
    };
    const HttpReply r = c->request("POST", u"/v1/outbox"_qs, batch(ops), token);
    QCOMPARE(r.status, 200);
    const QJsonArray res = r.json()[u"results"].toArray();
    const QStringList expected{u"applied"_qs, u"unknown-booking"_qs, u"ticket-number-taken"_qs,
                               u"applied"_qs, u"wrong-site"_qs,      u"missing-field"_qs,
                               u"applied"_qs, u"slot-taken"_qs,      u"code-taken"_qs};
    QCOMPARE(res.size(), expected.size());
    for (qsizetype i = 0; i < res.size(); ++i) {
        const QJsonObject a = res[i][u"answer"].toObject();
        QCOMPARE(a[u"status"].toString() == u"applied"_qs ? u"applied"_qs : a[u"error"].toString(),
                 expected[i]);
    }
    QCOMPARE(res[5][u"answer"][u"detail"].toString().left(17), u"payload.issuedAt:"_qs);
    QVERIFY(!res[7][u"answer"][u"alternatives"].toArray().isEmpty());

    // A check-in whose ticket number collides leaves the booking as it was.
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(booking(u"R6Y2FK56"_qs, now.addSecs(900)), now));
    });
    const HttpReply clash = c->request(
        "POST", u"/v1/outbox"_qs, batch({checkinOp(u"r-10"_qs, u"R6Y2FK56"_qs, 1, now)}), token);
    QCOMPARE(clash.json()[u"results"][0][u"answer"][u"error"].toString(),
             u"ticket-number-taken"_qs);
    QCOMPARE(statusOf(*c, token, u"R6Y2FK56"_qs), u"booked"_qs);

    // Malformed batches are refused whole, naming the operation.
    HttpReply bad = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, 5}}), token);
    QCOMPARE(bad.status, 400);
    QJsonObject unknownKind = ticketOp(u"r-11"_qs, 3, now);
    unknownKind[u"kind"_qs] = u"coffee"_qs;
    bad = c->request("POST", u"/v1/outbox"_qs, batch({ticketOp(u"r-12"_qs, 4, now), unknownKind}),
                     token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()[u"error"].toString(), u"unknown-kind"_qs);
    QVERIFY(bad.json()[u"detail"].toString().startsWith(u"ops[1].kind"));
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(ticketOp(QStringLiteral("m-%1").arg(i), 100 + i, now));
    QCOMPARE(c->request("POST", u"/v1/outbox"_qs, batch(tooMany), token).status, 400);
    // r-12 was not applied: the batch was refused before anything ran.
    const HttpReply after =
        c->request("POST", u"/v1/outbox"_qs, batch({ticketOp(u"r-12"_qs, 4, now)}), token);
    QCOMPARE(after.json()[u"results"][0][u"replayed"].toBool(), false);
    VERIFY_SPEC(f);
}

void TestCentralApi::numberBlocksNeverOverlap()
{
    CentralFixture f;
    START_OR_FAIL(f, [](central::Config &c) {
        c.numberBlockBase = 1;
        c.numberBlockSize = 10;
    });
    const QString tokens[2] = {f.enrol(u"k1"_qs), f.enrol(u"k2"_qs)};
    QList<NumberBlock> blocks[2];
    std::thread threads[2];
    for (int k = 0; k < 2; ++k)
        threads[k] = std::thread([&, k] {
            auto c = f.client();
            const QByteArray req = body({{u"queue"_qs, u"A"_qs},
                                         {u"day"_qs, kDay},
                                         {u"kioskId"_qs, QStringLiteral("k%1").arg(k + 1)}});
            for (int i = 0; i < 40; ++i) {
                const HttpReply r =
                    c->request("POST", u"/v1/sites/test/number-blocks"_qs, req, tokens[k]);
                if (r.status == 200)
                    blocks[k].append({r.json()[u"first"].toInt(), r.json()[u"last"].toInt()});
            }
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(blocks[0].size(), 40);
    QCOMPARE(blocks[1].size(), 40);
    QList<NumberBlock> all = blocks[0] + blocks[1];
    std::sort(all.begin(), all.end(),
              [](const NumberBlock &a, const NumberBlock &b) { return a.first < b.first; });
    QCOMPARE(all.first().first, 1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].last - all[i].first + 1, 10);
        if (i > 0)
            QVERIFY(all[i].first > all[i - 1].last);
    }
    auto c = f.client();
    const auto grant = [&](const QString &queue, const QString &day, const QString &kiosk) {
        return c->request("POST", u"/v1/sites/test/number-blocks"_qs,
                          body({{u"queue"_qs, queue}, {u"day"_qs, day}, {u"kioskId"_qs, kiosk}}),
                          tokens[0]);
    };
    // Other queues and days have their own numbers.
    QCOMPARE(grant(u"B"_qs, kDay, u"k1"_qs).json()[u"first"].toInt(), 1);
    QCOMPARE(grant(u"A"_qs, u"2026-03-03"_qs, u"k1"_qs).json()[u"first"].toInt(), 1);
    // Until 999 is reached: the last block is cut short, then the queue is exhausted.
    HttpReply r;
    int last = 0;
    while ((r = grant(u"A"_qs, kDay, u"k1"_qs)).status == 200)
        last = r.json()[u"last"].toInt();
    QCOMPARE(last, 999);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"].toString(), u"numbers-exhausted"_qs);
    QCOMPARE(grant(u"AA"_qs, kDay, u"k1"_qs).status, 400);
    QCOMPARE(grant(u"a"_qs, kDay, u"k1"_qs).status, 400);
    QCOMPARE(grant(u"A"_qs, u"2026-02-30"_qs, u"k1"_qs).status, 400);
    QCOMPARE(grant(u"A"_qs, kDay, u"k2"_qs).status, 400); // k1's token asking for k2
    VERIFY_SPEC(f);
}

void TestCentralApi::callNextOrderAndLiveCallouts()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    const QDateTime now = f.clock.now();
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(booking(u"K7M3QX9S"_qs, now.addSecs(-15 * 60)), now)); // due
        QVERIFY(s.putBooking(booking(u"C8T5HQ6H"_qs, now.addSecs(30 * 60)), now));  // early
    });
    auto c = f.client();
    // In order of issue: K001, B002 (early booking), K002, B001 (due booking, came last).
    const QJsonArray ops{ticketOp(u"c-1"_qs, 1, now.addSecs(-600)),
                         checkinOp(u"c-2"_qs, u"C8T5HQ6H"_qs, 2, now.addSecs(-480)),
                         ticketOp(u"c-3"_qs, 2, now.addSecs(-300)),
                         checkinOp(u"c-4"_qs, u"K7M3QX9S"_qs, 1, now.addSecs(-120))};
    QCOMPARE(c->request("POST", u"/v1/outbox"_qs, batch(ops), token).status, 200);

    LiveClient live(f.port, CentralFixture::pki().caCert);
    const QString err = live.connect(u"test"_qs, token);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.checkReply(u"GET"_qs, u"/v1/sites/test/live"_qs, 101);
    QTRY_COMPARE(f.liveClients(), 1);

    const QStringList expected{u"B001"_qs, u"K001"_qs, u"K002"_qs, u"B002"_qs};
    for (const QString &label : expected) {
        const HttpReply r =
            c->request("POST", u"/v1/sites/test/counters/3/call-next"_qs, {}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"ticket"].toString(), label);
        QCOMPARE(r.json()[u"counter"].toString(), u"3"_qs);
        QCOMPARE(r.json()[u"kind"].toString(),
                 label.startsWith(u'B') ? u"booked"_qs : u"chance"_qs);
        const QByteArray message = live.next(5000);
        QCOMPARE(message, r.body);
    }
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/3/call-next"_qs, {}, token).status, 204);
    VERIFY_SPEC(f);
}

void TestCentralApi::liveRefusals()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    LiveClient wrong(f.port, CentralFixture::pki().caCert);
    const QString err = wrong.connect(u"test"_qs, u"not-a-token"_qs);
    QVERIFY2(!err.isEmpty(), "a wrong token must not get a WebSocket");
    // The same upgrade by hand, to see the status and body of the refusal.
    const QByteArray upgrade = "GET /v1/sites/test/live HTTP/1.1\r\nHost: localhost\r\n"
                               "Connection: Upgrade\r\nUpgrade: websocket\r\n"
                               "Sec-WebSocket-Version: 13\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Authorization: Bearer not-a-token\r\n\r\n";
    const HttpReply refused = f.client()->raw(upgrade);
    QCOMPARE(refused.status, 401);
    f.checkReply(u"GET"_qs, u"/v1/sites/test/live"_qs, refused.status, refused.body);
    const HttpReply r = f.client()->request("GET", u"/v1/sites/test/live"_qs, {}, token);
    QCOMPARE(r.status, 426);
    QCOMPARE(r.json()[u"error"].toString(), u"upgrade-required"_qs);
    // A live client of another site does not get this site's call-outs.
    const QString otherToken = f.enrol(u"k9"_qs, u"other"_qs);
    LiveClient other(f.port, CentralFixture::pki().caCert);
    QVERIFY(other.connect(u"other"_qs, otherToken).isEmpty());
    QTRY_COMPARE(f.liveClients(), 1);
    const QDateTime now = f.clock.now();
    auto c = f.client();
    QCOMPARE(
        c->request("POST", u"/v1/outbox"_qs, batch({ticketOp(u"l-1"_qs, 1, now)}), token).status,
        200);
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/1/call-next"_qs, {}, token).status, 200);
    QCOMPARE(other.next(500), QByteArray());
    VERIFY_SPEC(f);
}

void TestCentralApi::queuePlaceByTicketToken()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    const QDateTime now = f.clock.now();
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(booking(u"K7M3QX9S"_qs, now.addSecs(-15 * 60)), now)); // due
    });
    auto c = f.client();
    const QString tK1 = queuetoken::make(), tK2 = queuetoken::make(), tK3 = queuetoken::make(),
                  tB1 = queuetoken::make();
    // Issued K001, K002, K003, then B001 (a booking whose time has come: called first).
    const QJsonArray ops{withToken(ticketOp(u"q-1"_qs, 1, now.addSecs(-600)), tK1),
                         withToken(ticketOp(u"q-2"_qs, 2, now.addSecs(-300)), tK2),
                         withToken(ticketOp(u"q-3"_qs, 3, now.addSecs(-200)), tK3),
                         withToken(checkinOp(u"q-4"_qs, u"K7M3QX9S"_qs, 1, now.addSecs(-120)), tB1),
                         withToken(ticketOp(u"q-5"_qs, 4, now), u"not-a-token"_qs)};
    HttpReply r = c->request("POST", u"/v1/outbox"_qs, batch(ops), token);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json()[u"results"].toArray();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(results[i][u"answer"][u"status"].toString(), u"applied"_qs);
    // A malformed token is refused without echoing it, and the ticket is not taken.
    const QJsonObject bad = results[4][u"answer"].toObject();
    QCOMPARE(bad[u"status"].toString(), u"rejected"_qs);
    QCOMPARE(bad[u"error"].toString(), u"bad-field"_qs);
    QVERIFY(bad[u"detail"].toString().startsWith(u"payload.queueToken"));
    QVERIFY(!r.body.contains("not-a-token"));

    const auto place = [&](const QString &t) { return c->request("GET", u"/v1/queue/"_qs + t); };
    // Each token shows its own ticket only: number, site, place; nothing of the booking.
    r = place(tK2);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"ticket"].toString(), u"K002"_qs);
    QCOMPARE(r.json()[u"state"].toString(), u"waiting"_qs);
    QCOMPARE(r.json()[u"ahead"].toInt(-1), 2);           // B001 (due), K001
    QVERIFY(r.json()[u"estimatedWaitMinutes"].isNull()); // no calls yet: unknown
    QVERIFY(r.json()[u"counter"].isNull());
    r = place(tB1);
    QCOMPARE(r.json()[u"ticket"].toString(), u"B001"_qs);
    QCOMPARE(r.json()[u"ahead"].toInt(-1), 0);
    QVERIFY(!r.body.contains("K7M3QX9S"));
    for (const QByteArray other : {"K001", "K002", "K003"})
        QVERIFY2(!r.body.contains(other), other.constData());
    QCOMPARE(r.json().keys(), (QStringList{u"ahead"_qs, u"counter"_qs, u"estimatedWaitMinutes"_qs,
                                           u"siteName"_qs, u"state"_qs, u"ticket"_qs}));

    // Called: the page says where to go; the others move up.
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/3/call-next"_qs, {}, token).status, 200);
    r = place(tB1);
    QCOMPARE(r.json()[u"state"].toString(), u"called"_qs);
    QCOMPARE(r.json()[u"counter"].toString(), u"3"_qs);
    QVERIFY(r.json()[u"ahead"].isNull());
    QCOMPARE(place(tK2).json()[u"ahead"].toInt(-1), 1);
    f.clock.set(now.addSecs(60));
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/4/call-next"_qs, {}, token).status, 200);
    f.clock.set(now.addSecs(120));
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/3/call-next"_qs, {}, token).status, 200);
    // Three calls in the last hour: 20 minutes per call; K003 is next, so about 20 minutes.
    r = place(tK3);
    QCOMPARE(r.json()[u"ahead"].toInt(-1), 0);
    QCOMPARE(r.json()[u"estimatedWaitMinutes"].toInt(-1), 20);
    QCOMPARE(place(tK2).json()[u"state"].toString(), u"called"_qs);
    // Served (or did not come): the page closes.
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.finish(u"test"_qs, u"3"_qs, u"served"_qs, f.clock.now()));
    });
    r = place(tK2);
    QCOMPARE(r.json()[u"state"].toString(), u"finished"_qs);
    QVERIFY(r.json()[u"counter"].isNull());

    // Guessing: malformed, unknown and over-long tokens all answer the same 404.
    const QString unknown = queuetoken::make();
    QByteArray first;
    for (const QString &t : {unknown, u"x"_qs, u"%00%ff"_qs, QString(300, u'A'),
                             tK1.left(21) + u'B', u"..%2F..%2Fetc%2Fpasswd"_qs}) {
        r = place(t);
        QCOMPARE(r.status, 404);
        if (first.isEmpty())
            first = r.body;
        QCOMPARE(r.body, first);
    }
    // The next day every token of this day has expired.
    f.clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 0), Qt::UTC));
    for (const QString &t : {tK1, tK3, tB1}) {
        r = place(t);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.json()[u"error"].toString(), u"ticket-expired"_qs);
    }
    VERIFY_SPEC(f);
}
