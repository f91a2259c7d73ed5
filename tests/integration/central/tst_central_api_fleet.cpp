// Fleet health and staff alerts at the central: heartbeats validated field by field (the new
// form with reason keys and the older one with plain states), the fleet view with devices,
// outbox, clock offset, open alerts and silent kiosks, and the admin token that guards it.

#include "tst_central_api.h"

using namespace bk;
using namespace bk::testing;

namespace {

QJsonObject device(const QString &state, const QString &reasonKey = {}, const QString &reason = {})
{
    QJsonObject o{{u"state"_qs, state}};
    if (!reasonKey.isEmpty())
        o.insert(u"reasonKey"_qs, reasonKey);
    if (!reason.isEmpty())
        o.insert(u"reason"_qs, reason);
    return o;
}

/// A heartbeat in the current form: k1's printer is out of paper.
QJsonObject newHeartbeat(const QString &kioskId, const QDateTime &lastSync)
{
    return QJsonObject{
        {u"kioskId"_qs, kioskId},
        {u"versions"_qs, QJsonObject{{u"borgerkiosk"_qs, u"0.1.0"_qs}}},
        {u"devices"_qs,
         QJsonObject{{u"printer"_qs, device(u"error"_qs, u"media-empty"_qs,
                                            u"out of paper: put in a new paper roll"_qs)},
                     {u"display"_qs, device(u"connected"_qs)},
                     {u"scanner"_qs, device(u"reconnecting"_qs, u"port-missing"_qs)}}},
        {u"outboxDepth"_qs, 2},
        {u"outboxOldestAgeSeconds"_qs, 30},
        {u"cursor"_qs, u"12"_qs},
        {u"clockOffsetMs"_qs, -1500},
        {u"lastSync"_qs, wire(lastSync)}};
}

QByteArray alertOp(const QString &opId, const QString &alert, const QString &event,
                   const QDateTime &at)
{
    return body(
        {{u"ops"_qs, QJsonArray{QJsonObject{{u"opId"_qs, opId},
                                            {u"kind"_qs, u"alert"_qs},
                                            {u"payload"_qs, QJsonObject{{u"alert"_qs, alert},
                                                                        {u"event"_qs, event},
                                                                        {u"at"_qs, wire(at)}}}}}}});
}

} // namespace

void TestCentralApi::heartbeatFieldsValidated()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString token = f.enrol(u"k1"_qs);
    auto c = f.client();
    const QJsonObject good = newHeartbeat(u"k1"_qs, f.clock.now());
    QCOMPARE(c->request("POST", u"/v1/heartbeat"_qs, body(good), token).status, 204);
    // Each bad field is named; nothing is stored and nothing crashes.
    const auto withDevice = [&](const QJsonValue &printer) {
        QJsonObject hb = good;
        QJsonObject devices = hb[u"devices"_qs].toObject();
        devices[u"printer"_qs] = printer;
        hb[u"devices"_qs] = devices;
        return hb;
    };
    const auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject hb = good;
        if (v.isUndefined())
            hb.remove(key);
        else
            hb[key] = v;
        return hb;
    };
    const QList<std::pair<QJsonObject, QString>> cases = {
        {withDevice(QJsonObject{{u"reasonKey"_qs, u"media-empty"_qs}}),
         u"devices.printer.state"_qs},
        {withDevice(QJsonObject{{u"state"_qs, 5}}), u"devices.printer.state"_qs},
        {withDevice(device(u"error"_qs, QString(65, u'x'))), u"devices.printer.reasonKey"_qs},
        {withDevice(device(u"error"_qs, u"media-empty"_qs, QString(201, u'x'))),
         u"devices.printer.reason"_qs},
        {withDevice(42), u"devices.printer"_qs},
        {with(u"clockOffsetMs"_qs, u"soon"_qs), u"clockOffsetMs"_qs},
        {with(u"clockOffsetMs"_qs, 1.5), u"clockOffsetMs"_qs},
        {with(u"outboxOldestAgeSeconds"_qs, -1), u"outboxOldestAgeSeconds"_qs},
        {with(u"cursor"_qs, 5), u"cursor"_qs},
        {with(u"lastSync"_qs, u"yesterday"_qs), u"lastSync"_qs},
        {with(u"versions"_qs, QJsonObject{{u"app"_qs, 1}}), u"versions.app"_qs},
        {with(u"kioskId"_qs, QJsonValue::Undefined), u"kioskId"_qs},
        {with(u"devices"_qs, u"fine"_qs), u"devices"_qs},
    };
    for (const auto &[hb, field] : cases) {
        const HttpReply r = c->request("POST", u"/v1/heartbeat"_qs, body(hb), token);
        QCOMPARE(r.status, 400);
        const QString key = r.json()[u"error"].toString();
        QVERIFY2(key == u"bad-field"_qs || key == u"missing-field"_qs, qPrintable(key));
        QVERIFY2(r.json()[u"detail"].toString().startsWith(field + u':'),
                 qPrintable(r.json()[u"detail"].toString() + u" / "_qs + field));
    }
    // Optional fields may be null or left out (a kiosk before its first snapshot).
    QJsonObject minimal = good;
    minimal[u"cursor"_qs] = QJsonValue::Null;
    minimal[u"clockOffsetMs"_qs] = QJsonValue::Null;
    minimal.remove(u"outboxOldestAgeSeconds"_qs);
    minimal.remove(u"lastSync"_qs);
    QCOMPARE(c->request("POST", u"/v1/heartbeat"_qs, body(minimal), token).status, 204);
    VERIFY_SPEC(f);
}

void TestCentralApi::fleetShowsDevicesAlertsAndSilence()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QString k1 = f.enrol(u"k1"_qs);
    const QString k2 = f.enrol(u"k2"_qs);
    QVERIFY(!f.enrol(u"k3"_qs).isEmpty()); // never sends a heartbeat
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    auto c = f.client();
    const QDateTime t0 = f.clock.now();
    QCOMPARE(c->request("POST", u"/v1/heartbeat"_qs, body(newHeartbeat(u"k1"_qs, t0)), k1).status,
             204);
    // Paper ran out at the kiosk a minute before it could tell the central.
    const QDateTime paperOut = t0.addSecs(-60);
    HttpReply r = c->request("POST", u"/v1/outbox"_qs,
                             alertOp(u"a1"_qs, u"paper-out"_qs, u"raised"_qs, paperOut), k1);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"results"][0][u"answer"][u"status"].toString(), u"applied"_qs);
    // The same operation again is not a second alert.
    r = c->request("POST", u"/v1/outbox"_qs,
                   alertOp(u"a1"_qs, u"paper-out"_qs, u"raised"_qs, paperOut), k1);
    QVERIFY(r.json()[u"results"][0][u"replayed"].toBool());
    // An alert the central does not know is rejected, without effect.
    r = c->request("POST", u"/v1/outbox"_qs,
                   alertOp(u"a2"_qs, u"coffee-empty"_qs, u"raised"_qs, t0), k1);
    QCOMPARE(r.json()[u"results"][0][u"answer"][u"status"].toString(), u"rejected"_qs);
    QVERIFY(r.json()[u"results"][0][u"answer"][u"detail"].toString().startsWith(u"payload.alert"));
    // k2 is older: its devices are plain states.
    const QJsonObject old{{u"kioskId"_qs, u"k2"_qs},
                          {u"versions"_qs, QJsonObject{{u"app"_qs, u"0.0.9"_qs}}},
                          {u"devices"_qs, QJsonObject{{u"printer"_qs, u"connected"_qs},
                                                      {u"display"_qs, u"connected"_qs},
                                                      {u"scanner"_qs, u"connected"_qs}}},
                          {u"outboxDepth"_qs, 0},
                          {u"lastSync"_qs, QJsonValue::Null}};
    QCOMPARE(c->request("POST", u"/v1/heartbeat"_qs, body(old), k2).status, 204);

    f.clock.set(t0.addSecs(60));
    r = c->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"silentAfterSeconds"].toInt(), 180);
    QJsonArray kiosks = r.json()[u"kiosks"].toArray();
    QCOMPARE(kiosks.size(), 3);
    const QJsonObject a = kiosks[0].toObject();
    QCOMPARE(a[u"kioskId"].toString(), u"k1"_qs);
    QCOMPARE(a[u"silent"].toBool(), false);
    QCOMPARE(a[u"lastHeartbeatAt"].toString(), wire(t0));
    QCOMPARE(a[u"version"].toString(), u"0.1.0"_qs);
    QCOMPARE(a[u"devices"][u"printer"][u"state"].toString(), u"error"_qs);
    QCOMPARE(a[u"devices"][u"printer"][u"reasonKey"].toString(), u"media-empty"_qs);
    QCOMPARE(a[u"devices"][u"scanner"][u"reasonKey"].toString(), u"port-missing"_qs);
    QVERIFY(a[u"devices"][u"display"][u"reasonKey"].isNull());
    QCOMPARE(a[u"outboxDepth"].toInt(), 2);
    QCOMPARE(a[u"outboxOldestAgeSeconds"].toInt(), 90); // 30 s at the heartbeat + 60 s since
    QCOMPARE(a[u"clockOffsetMs"].toInt(), -1500);
    QCOMPARE(a[u"cursor"].toString(), u"12"_qs);
    const QJsonArray open = a[u"openAlerts"].toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0][u"kind"].toString(), u"paper-out"_qs);
    QCOMPARE(open[0][u"since"].toString(), wire(paperOut));
    const QJsonObject b = kiosks[1].toObject();
    QCOMPARE(b[u"version"].toString(), u"0.0.9"_qs);
    QCOMPARE(b[u"devices"][u"printer"][u"state"].toString(), u"connected"_qs);
    QVERIFY(b[u"devices"][u"printer"][u"reasonKey"].isNull());
    QVERIFY(b[u"clockOffsetMs"].isNull());
    const QJsonObject never = kiosks[2].toObject();
    QCOMPARE(never[u"silent"].toBool(), true);
    QVERIFY(never[u"lastHeartbeatAt"].isNull());
    QVERIFY(never[u"devices"].isNull());

    // Past the threshold without a heartbeat: silent.
    f.clock.set(t0.addSecs(181));
    kiosks = c->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin).json()[u"kiosks"].toArray();
    QCOMPARE(kiosks[0][u"silent"].toBool(), true);
    QCOMPARE(kiosks[1][u"silent"].toBool(), true);

    // Cleared: no longer open, and both events listed.
    r = c->request("POST", u"/v1/outbox"_qs,
                   alertOp(u"a3"_qs, u"paper-out"_qs, u"cleared"_qs, t0.addSecs(120)), k1);
    QCOMPARE(r.json()[u"results"][0][u"answer"][u"status"].toString(), u"applied"_qs);
    kiosks = c->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin).json()[u"kiosks"].toArray();
    QVERIFY(kiosks[0][u"openAlerts"].toArray().isEmpty());
    r = c->request("GET", u"/v1/sites/test/alerts"_qs, {}, admin);
    QCOMPARE(r.status, 200);
    const QJsonArray events = r.json()[u"alerts"].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0][u"kioskId"].toString(), u"k1"_qs);
    QCOMPARE(events[0][u"event"].toString(), u"raised"_qs);
    QCOMPARE(events[0][u"at"].toString(), wire(paperOut));
    QCOMPARE(events[1][u"event"].toString(), u"cleared"_qs);
    QCOMPARE(events[1][u"receivedAt"].toString(), wire(t0.addSecs(181)));
    // Only what arrived since a time.
    r = c->request("GET", u"/v1/sites/test/alerts?since="_qs + wire(t0.addSecs(100)), {}, admin);
    QCOMPARE(r.json()[u"alerts"].toArray().size(), 1);
    // More events than the limit: the newest are kept (oldest first among them).
    f.withStore([&](central::CentralStore &s) {
        const auto newest = s.alerts(u"test"_qs, t0.addSecs(-3600), 1);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 1);
        QCOMPARE((*newest)[0][u"event"].toString(), u"cleared"_qs);
    });
    r = c->request("GET", u"/v1/sites/test/alerts?since=yesterday"_qs, {}, admin);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()[u"detail"].toString().startsWith(u"since:"));
    VERIFY_SPEC(f);
}

void TestCentralApi::staffEndpointsNeedAnAdminToken()
{
    CentralFixture f;
    START_OR_FAIL(f, [](central::Config &c) { c.silentAfterSeconds = 30; });
    const QString kiosk = f.enrol(u"k1"_qs);
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    const QString everySite = f.adminToken(u"region"_qs);
    QVERIFY(!kiosk.isEmpty() && !admin.isEmpty() && !everySite.isEmpty());
    auto c = f.client();
    for (const QString &target : {u"/v1/sites/test/fleet"_qs, u"/v1/sites/test/alerts"_qs}) {
        HttpReply r = c->request("GET", target, {}, kiosk);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[u"error"].toString(), u"admin-token-required"_qs);
        for (const QString &bad : {QString(), u"wrong"_qs, QString(admin + u"x"_qs)}) {
            r = c->request("GET", target, {}, bad);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json()[u"error"].toString(), u"unauthorized"_qs);
        }
        // A site's admin sees that site only; the unscoped one every site there is.
        const QString other = QString(target).replace(u"/test/"_qs, u"/other/"_qs);
        r = c->request("GET", other, {}, admin);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[u"error"].toString(), u"wrong-site"_qs);
        QCOMPARE(c->request("GET", other, {}, everySite).status, 200);
        r = c->request("GET", QString(target).replace(u"/test/"_qs, u"/nope/"_qs), {}, everySite);
        QCOMPARE(r.status, 404);
    }
    QCOMPARE(c->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin)
                 .json()[u"silentAfterSeconds"]
                 .toInt(),
             30);
    // An admin token is no kiosk token.
    const HttpReply r = c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, admin);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"].toString(), u"kiosk-token-required"_qs);
    // The same name again replaces the token: the old one stops working.
    const QString renewed = f.adminToken(u"staff"_qs, u"test"_qs);
    QVERIFY(!renewed.isEmpty() && renewed != admin);
    QCOMPARE(c->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin).status, 401);
    QCOMPARE(c->request("GET", u"/v1/sites/test/fleet"_qs, {}, renewed).status, 200);
    // No token for a site that does not exist.
    f.withStore([&](central::CentralStore &s) {
        auto t = s.makeAdminToken(u"ghost"_qs, u"nope"_qs, f.clock.now());
        QVERIFY(!t);
        QCOMPARE(t.refusal().status, 404);
    });
    VERIFY_SPEC(f);
}
