// Fleet health and staff alerts end to end: two kiosks, built as the program builds them
// (kioskgraphtesting.h), against the real central over TLS on loopback. Kiosk A runs out of
// paper: its alert monitor raises paper-out, the outbox carries it to the central and the
// heartbeat carries the printer's state and reason. Kiosk B sent its heartbeats and then
// stopped: past the central's silentAfterSeconds it is flagged silent. The fleet view (admin
// token only) and the real borgerkiosk-ctl binary show both.

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "drivers/simulatedreceiptprinter.h"
#include "kiosk/alertmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace bk;
using namespace bk::testing;

namespace {

QString wire(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real borgerkiosk-ctl with `args` after the connection options, in Copenhagen time.
CtlRun runCtl(const CentralFixture &f, const QString &tokenFile, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_qs, u"Europe/Copenhagen"_qs);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BK_CTL_BIN),
            QStringList{u"--central"_qs, QStringLiteral("https://127.0.0.1:%1").arg(f.port),
                        u"--ca"_qs, CentralFixture::pki().caCert, u"--token-file"_qs, tokenFile} +
                args);
    CtlRun r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT
private slots:
    void paperOutAndSilentKioskInFleetViewAndCtl();
};

void TestFleet::paperOutAndSilentKioskInFleetViewAndCtl()
{
    CentralFixture f;
    QString e = f.start([](central::Config &c) { c.silentAfterSeconds = 60; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QDateTime t0 = testNow(); // 09:00 in Copenhagen
    const QString tokenA = f.enrol(u"stander-1"_qs);
    const QString tokenB = f.enrol(u"stander-2"_qs);
    const QString admin = f.adminToken(u"staff"_qs, u"test"_qs);
    QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty() && !admin.isEmpty());

    LockedClock clockA(t0);
    LockedClock clockB(t0);
    QString error;
    std::unique_ptr<KioskGraph> a = buildKiosk(f, tokenA, u"stander-1"_qs, clockA, &error);
    QVERIFY2(a, qPrintable(error));
    std::unique_ptr<KioskGraph> b = buildKiosk(f, tokenB, u"stander-2"_qs, clockB, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(runRound(*a->syncEngine()), QString());
    QCOMPARE(runRound(*b->syncEngine()), QString());

    // A: paper out at 09:00 by its clock; the alert is due once it has lasted raiseAfter (10 s).
    QVERIFY(a->devices().simPrinter);
    a->devices().simPrinter->setPaperOut(true);
    clockA.set(t0.addSecs(10));
    a->alerts().tick();
    QCOMPARE(a->alerts().raised(), QStringList{u"paper-out"_qs});
    // B goes silent: stopped after its heartbeats.
    b.reset();
    // Two minutes on, A's next round delivers the alert and a heartbeat; B sends nothing.
    f.clock.set(t0.addSecs(120));
    clockA.set(t0.addSecs(120));
    QCOMPARE(runRound(*a->syncEngine()), QString());

    auto client = f.client();
    HttpReply r = client->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin);
    QCOMPARE(r.status, 200);
    const QJsonArray kiosks = r.json()[u"kiosks"].toArray();
    QCOMPARE(kiosks.size(), 2);
    const QJsonObject ka = kiosks[0].toObject();
    const QJsonObject kb = kiosks[1].toObject();
    QCOMPARE(ka[u"kioskId"].toString(), u"stander-1"_qs);
    QCOMPARE(ka[u"silent"].toBool(), false);
    QCOMPARE(ka[u"lastHeartbeatAt"].toString(), wire(t0.addSecs(120)));
    QCOMPARE(ka[u"devices"][u"printer"][u"state"].toString(), u"error"_qs);
    QCOMPARE(ka[u"devices"][u"printer"][u"reasonKey"].toString(), u"media-empty"_qs);
    QCOMPARE(ka[u"devices"][u"display"][u"state"].toString(), u"connected"_qs);
    QCOMPARE(ka[u"outboxDepth"].toInt(), 0);
    QVERIFY2(std::abs(ka[u"clockOffsetMs"].toInteger()) < 1000,
             qPrintable(QString::number(ka[u"clockOffsetMs"].toInteger())));
    const QJsonArray open = ka[u"openAlerts"].toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0][u"kind"].toString(), u"paper-out"_qs);
    QCOMPARE(open[0][u"since"].toString(), wire(t0));
    QCOMPARE(kb[u"kioskId"].toString(), u"stander-2"_qs);
    QCOMPARE(kb[u"silent"].toBool(), true);
    QCOMPARE(kb[u"lastHeartbeatAt"].toString(), wire(t0));
    QVERIFY(kb[u"openAlerts"].toArray().isEmpty());
    // The alert event itself, with the kiosk and its time.
    r = client->request("GET", u"/v1/sites/test/alerts"_qs, {}, admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"alerts"].toArray().size(), 1);
    QCOMPARE(r.json()[u"alerts"][0][u"kioskId"].toString(), u"stander-1"_qs);
    QCOMPARE(r.json()[u"alerts"][0][u"event"].toString(), u"raised"_qs);
    // A kiosk's token does not open the staff view.
    r = client->request("GET", u"/v1/sites/test/fleet"_qs, {}, tokenA);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"].toString(), u"admin-token-required"_qs);

    // The technician's command, as a process, in local (Copenhagen) time.
    const QString adminFile = f.dir.filePath(u"admin-token"_qs);
    {
        QFile out(adminFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(admin.toUtf8());
    }
    CtlRun ctl = runCtl(f, adminFile, {u"fleet"_qs, u"test"_qs});
    qInfo().noquote() << "borgerkiosk-ctl fleet test:\n" + ctl.out;
    QCOMPARE(ctl.exitCode, 2); // a kiosk is silent or has an alert
    const QStringList lines = ctl.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression lineA(
        u"^stander-1  ALERT \\(last heartbeat 09:02, 0 s ago\\)  vtest  printer: error "
        "\\(media-empty\\)  display: connected  scanner: connected  outbox: 0  "
        "clock: [+-]0\\.[0-9] s  alerts: paper-out since 09:00$"_qs);
    QVERIFY2(lineA.match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"stander-2  SILENT (last heartbeat 09:00, 2 min ago)  vtest  "
                                 "printer: connected"_qs),
             qPrintable(lines[1]));
    // --json: the central's answer for scripts, same exit code.
    ctl = runCtl(f, adminFile, {u"--json"_qs, u"fleet"_qs, u"test"_qs});
    QCOMPARE(ctl.exitCode, 2);
    const QJsonObject json = QJsonDocument::fromJson(ctl.out.toUtf8()).object();
    QCOMPARE(json[u"kiosks"][0][u"openAlerts"][0][u"kind"].toString(), u"paper-out"_qs);
    QCOMPARE(json[u"kiosks"][1][u"silent"].toBool(), true);
    // A kiosk token is refused with a clear message, exit 1.
    const QString kioskFile = f.dir.filePath(u"stander-1/token"_qs);
    ctl = runCtl(f, kioskFile, {u"fleet"_qs, u"test"_qs});
    QCOMPARE(ctl.exitCode, 1);
    QVERIFY2(ctl.err.contains(u"403 admin-token-required"_qs), qPrintable(ctl.err));
    QVERIFY2(!ctl.err.contains(tokenA) && !ctl.out.contains(tokenA), "the token was printed");

    // Paper back in: cleared at the central once it has stayed fine a minute, A is OK again.
    a->devices().simPrinter->setPaperOut(false);
    clockA.set(t0.addSecs(180));
    a->alerts().tick();
    QVERIFY(a->alerts().raised().isEmpty());
    f.clock.set(t0.addSecs(180));
    QCOMPARE(runRound(*a->syncEngine()), QString());
    r = client->request("GET", u"/v1/sites/test/fleet"_qs, {}, admin);
    QVERIFY(r.json()[u"kiosks"][0][u"openAlerts"].toArray().isEmpty());
    QCOMPARE(r.json()[u"kiosks"][0][u"devices"][u"printer"][u"state"].toString(), u"connected"_qs);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
