// The real borgerkiosk-central binary and the kiosk's sync engine in a process of its own
// (sync_child): the kiosk is killed in the middle of a drain and restarted, the central is
// killed in the middle of the batches and restarted on the same database. Afterwards every
// operation has its answer at the kiosk and was applied exactly once at the central.

#include "synctestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace bk;
using namespace bk::testing;

namespace {

std::uint16_t startCentral(QProcess &p, const QString &config)
{
    return startCentralProcess(p, QStringLiteral(BK_CENTRAL_BIN),
                               {u"--config"_qs, config, u"--demo"_qs});
}

void writeConfig(const QString &path, const QTemporaryDir &dir, std::uint16_t port)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QStringLiteral("listen = 127.0.0.1:%1\ndatabase = %2\ntlsCert = %3\ntlsKey = %4\n"
                           "numberBlockBase = 501\n")
                .arg(port)
                .arg(dir.filePath(u"central.db"_qs), CentralFixture::pki().serverCert,
                     CentralFixture::pki().serverKey)
                .toUtf8());
}

// Reads the child's "depth N" lines until `stop` says so; the last depth seen.
qint64 watchDepth(QProcess &child, const std::function<bool(qint64)> &stop, int timeoutMs)
{
    qint64 depth = -1;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && child.state() == QProcess::Running) {
        if (!child.canReadLine() && !child.waitForReadyRead(100))
            continue;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("depth "))
                depth = line.mid(6).toLongLong();
            if (depth >= 0 && stop(depth))
                return depth;
        }
    }
    return depth;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT
private slots:
    void killedKioskAndCentralLoseAndDoubleNothing();
};

void TestSyncKill::killedKioskAndCentralLoseAndDoubleNothing()
{
    constexpr int kOps = 400;
    QTemporaryDir dir;
    const QString config = dir.filePath(u"central.conf"_qs);
    writeConfig(config, dir, 0);
    QProcess central;
    const std::uint16_t port = startCentral(central, config);
    QVERIFY(port != 0);
    writeConfig(config, dir, port); // restarts come back on the same address
    auto client = std::make_unique<TestClient>(port, CentralFixture::pki().caCert);
    const HttpReply enrol = client->request("POST", u"/v1/enrol"_qs,
                                            R"({"code":"DEMO-KIOSK-0001","kioskId":"kill-test"})");
    QCOMPARE(enrol.status, 200);
    const QString token = enrol.json()[u"token"].toString();

    // A day's work done offline.
    const QString cache = dir.filePath(u"kiosk.db"_qs);
    QStringList opIds;
    {
        CacheStore kiosk;
        QVERIFY(kiosk.open(cache, kioskCacheOptions(0, 1)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < kOps; ++i) {
            auto t = kiosk.issueChanceTicket(u"demo"_qs, u"pas"_qs, u'K', now);
            QVERIFY2(t, qPrintable(t.error()));
            opIds.append(t->opId);
        }
    }
    const QStringList childArgs{QStringLiteral("https://127.0.0.1:%1").arg(port),
                                CentralFixture::pki().caCert,
                                token,
                                u"demo"_qs,
                                u"kill-test"_qs,
                                cache,
                                u"5"_qs};

    // The kiosk is killed as soon as part of the outbox has gone.
    QProcess child;
    child.start(QStringLiteral(BK_SYNC_CHILD), childArgs);
    QVERIFY(child.waitForStarted(5000));
    const qint64 atKill = watchDepth(
        child, [](qint64 d) { return d < kOps; }, 30000);
    child.kill();
    child.waitForFinished(5000);
    QVERIFY2(atKill > 0 && atKill < kOps, qPrintable(QString::number(atKill)));

    // Restarted; this time the central is killed in the middle of the batches.
    child.start(QStringLiteral(BK_SYNC_CHILD), childArgs);
    QVERIFY(child.waitForStarted(5000));
    const qint64 atCentralKill = watchDepth(
        child, [&](qint64 d) { return d < atKill - 50; }, 30000);
    central.kill();
    central.waitForFinished(5000);
    QVERIFY2(atCentralKill > 0, qPrintable(QString::number(atCentralKill)));
    QTest::qWait(300); // a few failed rounds while it is down
    QProcess central2;
    QCOMPARE(startCentral(central2, config), port);
    QVERIFY(child.waitForFinished(50000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    central2.terminate();
    central2.waitForFinished(10000);
    qInfo("kiosk killed at depth %lld, central killed at depth %lld", atKill, atCentralKill);

    CacheStore kiosk;
    QVERIFY(kiosk.open(cache, kioskCacheOptions(0, 1)));
    QCOMPARE(kiosk.outboxDepth(), 0);
    for (const QString &id : opIds) {
        const auto entry = kiosk.outboxEntry(id);
        QVERIFY(entry.hasValue());
        const QJsonObject answer = QJsonDocument::fromJson(entry->answer).object();
        QCOMPARE(answer[u"opId"].toString(), id);
        QCOMPARE(answer[u"status"].toString(), u"applied"_qs);
    }
    QCOMPARE(centralCount(dir.filePath(u"central.db"_qs), "SELECT count(*) FROM ops"), kOps);
    QCOMPARE(centralCount(dir.filePath(u"central.db"_qs), "SELECT count(*) FROM tickets"), kOps);
    QCOMPARE(
        centralCount(dir.filePath(u"central.db"_qs), "SELECT count(DISTINCT number) FROM tickets"),
        kOps);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
