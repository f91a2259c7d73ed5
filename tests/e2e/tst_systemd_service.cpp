// The program as systemd runs it (Type=notify, WatchdogSec=): the real borgerkiosk binary
// under a real X server, with NOTIFY_SOCKET naming a listening AF_UNIX datagram socket (what
// systemd provides) and WATCHDOG_USEC set. READY=1 arrives once home is on screen; WATCHDOG=1
// keeps coming, stops while the process is stopped (SIGSTOP: a hung GUI thread) and resumes;
// SIGTERM (systemctl stop) ends it cleanly with STOPPING=1.

#include "support/notifysocket.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using bk::testing::NotifySocket;

namespace {

int count(const QList<QByteArray> &messages, const QByteArray &what)
{
    return int(std::count(messages.begin(), messages.end(), what));
}

} // namespace

class TestSystemdService : public QObject
{
    Q_OBJECT
private slots:
    void readyWatchdogStop();
};

void TestSystemdService::readyWatchdogStop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notify"));
    NotifySocket sock(path);
    QVERIFY(sock.bound());

    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOTIFY_SOCKET"), path);
    env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("1000000")); // pets every 500 ms
    // Under cage WATCHDOG_PID names cage, not the app: the app must pet anyway.
    env.insert(QStringLiteral("WATCHDOG_PID"), QString::number(getpid()));
    kiosk.setProcessEnvironment(env);
    kiosk.setProcessChannelMode(QProcess::MergedChannels);
    kiosk.start(QStringLiteral(BK_KIOSK_BIN),
                {QStringLiteral("--config"), QStringLiteral(BK_TEST_CONFIG)});
    QVERIFY(kiosk.waitForStarted());

    // READY=1 with the status once home is on screen; the UI was loaded before it.
    QList<QByteArray> got;
    QByteArray ready;
    QElapsedTimer t;
    t.start();
    while (ready.isEmpty() && t.elapsed() < 60000 && kiosk.state() == QProcess::Running) {
        QTest::qWait(50);
        for (const QByteArray &m : sock.drain()) {
            got.append(m);
            if (m.startsWith("READY=1"))
                ready = m;
        }
    }
    QByteArray output = kiosk.readAll();
    QVERIFY2(!ready.isEmpty(), output.constData());
    QCOMPARE(ready, QByteArray("READY=1\nSTATUS=home on screen: site demo, kiosk kiosk-1 (demo)"));
    QVERIFY2(output.contains("started for site"), output.constData());
    // The watchdog was petted from the start (before READY: loading may take a while).
    QVERIFY(count(got, "WATCHDOG=1") >= 1);

    // WATCHDOG=1 keeps coming: about 4 in 2 s.
    sock.drain();
    QTest::qWait(2000);
    QList<QByteArray> pets = sock.drain();
    QVERIFY2(count(pets, "WATCHDOG=1") >= 3, qPrintable(QString::number(pets.size())));

    // Stopped (as a hung GUI thread is): no pets, so systemd's watchdog would fire.
    QCOMPARE(::kill(pid_t(kiosk.processId()), SIGSTOP), 0);
    QTest::qWait(300); // a pet already in flight
    sock.drain();
    QTest::qWait(1500);
    QCOMPARE(sock.drain().size(), 0);
    QCOMPARE(::kill(pid_t(kiosk.processId()), SIGCONT), 0);
    QList<QByteArray> resumed;
    QTRY_VERIFY_WITH_TIMEOUT((resumed += sock.drain(), count(resumed, "WATCHDOG=1") >= 1), 3000);

    // systemctl stop: SIGTERM, a clean exit, STOPPING=1.
    kiosk.terminate();
    QVERIFY(kiosk.waitForFinished(20000));
    output += kiosk.readAll();
    QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    QVERIFY2(kiosk.exitCode() == 0, output.constData());
    QVERIFY(sock.drain().contains("STOPPING=1"));
}

QTEST_GUILESS_MAIN(TestSystemdService)
#include "tst_systemd_service.moc"
