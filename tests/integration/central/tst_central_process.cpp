// The real borgerkiosk-central binary: killed in the middle of an outbox batch and restarted
// on the same database, no operation is lost or applied twice; the command line refuses plain
// HTTP without the development flag.

#include "centralfixture.h"

#include "domain/ticketnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

#include <QElapsedTimer>
#include <thread>

using namespace bk;
using namespace bk::testing;

namespace {

std::uint16_t startCentral(QProcess &p, const QStringList &args)
{
    return startCentralProcess(p, QStringLiteral(BK_CENTRAL_BIN), args);
}

QByteArray ticketBatch(QChar queue, int count, const QDate &day)
{
    QJsonArray ops;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int n = 1; n <= count; ++n)
        ops.append(QJsonObject{
            {u"opId"_qs, QStringLiteral("proc-%1-%2").arg(queue).arg(n)},
            {u"kind"_qs, u"ticket"_qs},
            {u"payload"_qs,
             QJsonObject{{u"site"_qs, u"demo"_qs},
                         {u"service"_qs, u"pas"_qs},
                         {u"issuedAt"_qs, now},
                         {u"ticket"_qs, QJsonObject{{u"site"_qs, u"demo"_qs},
                                                    {u"day"_qs, day.toString(Qt::ISODate)},
                                                    {u"queue"_qs, QString(queue)},
                                                    {u"number"_qs, n}}}}}});
    return QJsonDocument(QJsonObject{{u"ops"_qs, ops}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCentralProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandLine();
    void plainHttpRefusedWithoutDevFlag();
    void killedMidBatchLosesAndDoublesNothing();
    void retentionSweepsAtStart();

private:
    QTemporaryDir m_dir;
    QString m_config;
};

void TestCentralProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(u"central.conf"_qs);
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("# test config\nlisten = 127.0.0.1:0\ndatabase = %1\ntlsCert = %2\n"
                           "tlsKey = %3\n")
                .arg(m_dir.filePath(u"central.db"_qs), CentralFixture::pki().serverCert,
                     CentralFixture::pki().serverKey)
                .toUtf8());
}

void TestCentralProcess::commandLine()
{
    QProcess p;
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--version"_qs});
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(p.readAllStandardOutput().startsWith("borgerkiosk-central "));
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--help"_qs});
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(p.readAllStandardOutput().contains("--make-enrol-code"));
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--bogus"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 64); // EX_USAGE
    // Seed the demo, then make a code for it.
    p.start(QStringLiteral(BK_CENTRAL_BIN),
            {u"--config"_qs, m_config, u"--demo"_qs, u"--make-enrol-code"_qs, u"demo"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QRegularExpression(u"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\n$"_qs)
                .match(QString::fromLatin1(p.readAllStandardOutput()))
                .hasMatch());
    p.start(QStringLiteral(BK_CENTRAL_BIN),
            {u"--config"_qs, m_config, u"--make-enrol-code"_qs, u"atlantis"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("atlantis"));
    // An admin token: printed once, high-entropy, only its hash kept; scoped or not.
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--config"_qs, m_config, u"--make-admin-token"_qs,
                                             u"staff"_qs, u"--site"_qs, u"demo"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString token = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_qs).match(token).hasMatch());
    for (const char *file : {"central.db", "central.db-wal"}) {
        QFile db(m_dir.filePath(QString::fromLatin1(file)));
        if (db.exists()) {
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY2(!db.readAll().contains(token.toLatin1()), "the admin token is in clear");
        }
    }
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--config"_qs, m_config, u"--make-admin-token"_qs,
                                             u"staff"_qs, u"--site"_qs, u"atlantis"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("atlantis"));
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--config"_qs, m_config, u"--site"_qs, u"demo"_qs});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 64);
}

void TestCentralProcess::plainHttpRefusedWithoutDevFlag()
{
    const QString conf = m_dir.filePath(u"plain.conf"_qs);
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("listen = 127.0.0.1:0\ndatabase = %1\n")
                .arg(m_dir.filePath(u"plain.db"_qs))
                .toUtf8());
    f.close();
    QProcess p;
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--config"_qs, conf});
    QVERIFY(p.waitForFinished(10000));
    // EX_CONFIG: borgerkiosk-central.service does not restart (RestartPreventExitStatus=78).
    QCOMPARE(p.exitCode(), 78);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("devPlainHttp"), err.constData());
    // A bad value names the key, the value and what is allowed.
    QVERIFY(f.open(QIODevice::Append));
    f.write("devPlainHttp = yes\n");
    f.close();
    p.start(QStringLiteral(BK_CENTRAL_BIN), {u"--config"_qs, conf});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 78);
    QVERIFY(p.readAllStandardError().contains("devPlainHttp = 'yes': allowed is true or false"));
}

void TestCentralProcess::killedMidBatchLosesAndDoublesNothing()
{
    constexpr int kOps = 500;
    QProcess server;
    std::uint16_t port = startCentral(server, {u"--config"_qs, m_config, u"--demo"_qs});
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    TestClient c(port, CentralFixture::pki().caCert);
    HttpReply r =
        c.request("POST", u"/v1/enrol"_qs, R"({"code":"DEMO-KIOSK-0001","kioskId":"proc-kiosk"})");
    QCOMPARE(r.status, 200);
    const QString token = r.json()[u"token"].toString();
    const QDate day = businessDay(QDateTime::currentDateTimeUtc());

    // Calibrate: how long does one operation take here (each is its own durable commit)?
    QElapsedTimer t;
    t.start();
    r = c.request("POST", u"/v1/outbox"_qs, ticketBatch(u'L', 100, day), token);
    QCOMPARE(r.status, 200);
    const qint64 perHundredMs = qMax<qint64>(t.elapsed(), 5);

    // Send a big batch and kill the server part-way through it. Timing decides where the kill
    // lands, so aim by the calibration and adjust: earlier when the batch had finished,
    // later when nothing had been applied yet.
    int killAfterMs = int(perHundredMs / 2);
    int batches = 0;
    bool midBatch = false;
    QProcess *current = &server;
    std::unique_ptr<QProcess> restarted;
    for (int attempt = 0; attempt < 5 && !midBatch; ++attempt) {
        const QByteArray batch = ticketBatch(QChar(u'P' + attempt), kOps, day);
        ++batches;
        std::thread sender([&] {
            TestClient doomed(port, CentralFixture::pki().caCert);
            doomed.request("POST", u"/v1/outbox"_qs, batch, token);
        });
        QTest::qWait(killAfterMs);
        current->kill();
        QVERIFY(current->waitForFinished(5000));
        sender.join();

        // Restart on the same database, without the demo seed: token and answers persist.
        restarted = std::make_unique<QProcess>();
        current = restarted.get();
        port = startCentral(*current, {u"--config"_qs, m_config});
        QVERIFY2(port != 0, current->readAllStandardError().constData());
        TestClient c2(port, CentralFixture::pki().caCert);
        r = c2.request("POST", u"/v1/outbox"_qs, batch, token);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json()[u"results"].toArray();
        QCOMPARE(results.size(), kOps);
        int replayed = 0;
        for (const QJsonValue &res : results) {
            QCOMPARE(res[u"answer"][u"status"].toString(), u"applied"_qs);
            replayed += res[u"replayed"].toBool() ? 1 : 0;
        }
        qInfo("attempt %d, kill after %d ms: %d of %d applied before the kill", attempt,
              killAfterMs, replayed, kOps);
        midBatch = replayed > 0 && replayed < kOps;
        killAfterMs = replayed == kOps ? killAfterMs / 3 : killAfterMs * 2;
        // Once more: every answer is the first one, verbatim.
        const HttpReply third = c2.request("POST", u"/v1/outbox"_qs, batch, token);
        const QJsonArray thirdResults = third.json()[u"results"].toArray();
        QCOMPARE(thirdResults.size(), kOps);
        for (qsizetype i = 0; i < kOps; ++i) {
            QVERIFY(thirdResults[i][u"replayed"].toBool());
            QCOMPARE(thirdResults[i][u"answer"].toObject(), results[i][u"answer"].toObject());
        }
    }
    QVERIFY2(midBatch, "no kill landed in the middle of a batch");
    TestClient c2(port, CentralFixture::pki().caCert);
    // Every ticket exists exactly once: call them all.
    QSet<QString> called;
    for (;;) {
        r = c2.request("POST", u"/v1/sites/demo/counters/1/call-next"_qs, {}, token);
        if (r.status != 200)
            break;
        called.insert(r.json()[u"ticket"].toString());
    }
    QCOMPARE(r.status, 204);
    QCOMPARE(called.size(), kOps * batches + 100);
    QVERIFY(called.contains(ticketLabel(u'P', kOps)));

    current->terminate(); // SIGTERM: a clean stop
    QVERIFY(current->waitForFinished(10000));
    QCOMPARE(current->exitStatus(), QProcess::NormalExit);
    QCOMPARE(current->exitCode(), 0);
}

// Before the server announces its port it has removed the phone number and name of bookings
// older than retentionDays (and kept the newer ones and every event).
void TestCentralProcess::retentionSweepsAtStart()
{
    const QString db = m_dir.filePath(u"retention.db"_qs);
    const QString conf = m_dir.filePath(u"retention.conf"_qs);
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("listen = 127.0.0.1:0\ndatabase = %1\ntlsCert = %2\ntlsKey = %3\n"
                           "retentionDays = 10\n")
                .arg(db, CentralFixture::pki().serverCert, CentralFixture::pki().serverKey)
                .toUtf8());
    f.close();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto put = [](central::CentralStore &s, const char *code, const QDateTime &start) {
        Booking b;
        b.code = QString::fromLatin1(code);
        b.siteId = u"test"_qs;
        b.serviceId = u"pas"_qs;
        b.start = start;
        b.phone = u"+4520304050"_qs;
        b.name = u"Karen Hansen"_qs;
        QVERIFY(s.putBooking(b, start.addDays(-3)));
    };
    qsizetype events = 0;
    {
        central::Config config;
        config.database = db;
        central::CentralStore store;
        QVERIFY(store.open(db, config));
        QVERIFY(store.putSite(testSite(), now));
        put(store, "K7M3QX9S", now.addDays(-11));
        put(store, "C8T5HQ6H", now.addDays(-9));
        events = store.events(u"test"_qs, now.addDays(-30))->size();
    }
    QProcess server;
    QVERIFY2(startCentral(server, {u"--config"_qs, conf}) != 0,
             server.readAllStandardError().constData());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    central::Config config;
    config.retentionDays = 10;
    central::CentralStore store;
    QVERIFY(store.open(db, config));
    QCOMPARE(store.events(u"test"_qs, now.addDays(-30))->size(), events);
    QCOMPARE(events, qsizetype(2));
    // The server swept the old booking (a sweep now finds nothing left); the newer one's data
    // is kept until its own day comes (a sweep a day later removes it).
    QCOMPARE(*store.sweepPersonalData(now), 0);
    QCOMPARE(*store.sweepPersonalData(now.addDays(1).addSecs(3600)), 1);
}

QTEST_GUILESS_MAIN(TestCentralProcess)
#include "tst_central_process.moc"
