// SystemdNotifier against a real listening AF_UNIX datagram socket named by NOTIFY_SOCKET, as
// systemd provides it (sd_notify(3)): what is sent, when, and nothing without NOTIFY_SOCKET.

#include "platform/systemdnotifier.h"

#include "support/notifysocket.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace bk;
using namespace std::chrono_literals;

using bk::testing::NotifySocket;

class TestSystemdNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void parsesWatchdogUsec()
    {
        QCOMPARE(SystemdNotifier::parseWatchdogUsec("30000000"), 30000000us);
        QCOMPARE(SystemdNotifier::parseWatchdogUsec("0"), 0us);
        QCOMPARE(SystemdNotifier::parseWatchdogUsec(""), 0us);
        QCOMPARE(SystemdNotifier::parseWatchdogUsec("-5"), 0us);
        QCOMPARE(SystemdNotifier::parseWatchdogUsec("+5"), 0us);
        QCOMPARE(SystemdNotifier::parseWatchdogUsec("30s"), 0us);
    }

    void nothingWithoutNotifySocket()
    {
        qputenv("WATCHDOG_USEC", "200000");
        SystemdNotifier n;
        QVERIFY(!n.enabled());
        QCOMPARE(n.petInterval(), 0ms);
        n.ready(QStringLiteral("x")); // must not crash or block
        n.stopping();
    }

    void readyStatusStopping()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notify"));
        NotifySocket sock(path);
        QVERIFY(sock.bound());
        qputenv("NOTIFY_SOCKET", QFile::encodeName(path));
        SystemdNotifier n;
        QVERIFY(n.enabled());
        QCOMPARE(n.watchdogInterval(), 0us);
        QVERIFY(sock.drain().isEmpty()); // no watchdog: nothing until told
        n.ready(QStringLiteral("home on screen:\n site demo"));
        n.ready(QStringLiteral("again")); // READY once
        n.status(QStringLiteral("offline"));
        n.stopping();
        const QList<QByteArray> got = sock.drain();
        QCOMPARE(got, (QList<QByteArray>{"READY=1\nSTATUS=home on screen: site demo",
                                         "STATUS=offline", "STOPPING=1"}));
    }

    void petsTheWatchdogAtHalfTheInterval()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notify"));
        NotifySocket sock(path);
        QVERIFY(sock.bound());
        qputenv("NOTIFY_SOCKET", QFile::encodeName(path));
        qputenv("WATCHDOG_USEC", "400000"); // 400 ms: a pet every 200 ms
        // Under cage WATCHDOG_PID names cage: it must not stop the pets.
        qputenv("WATCHDOG_PID", QByteArray::number(getppid()));
        SystemdNotifier n;
        QCOMPARE(n.watchdogInterval(), 400000us);
        QCOMPARE(n.petInterval(), 200ms);
        QCOMPARE(sock.drain(), QList<QByteArray>{"WATCHDOG=1"}); // at once
        QTest::qWait(1100);
        const QList<QByteArray> pets = sock.drain();
        // ~5 in 1.1 s at 200 ms; a loaded machine may run late, never early.
        QVERIFY2(pets.size() >= 3 && pets.size() <= 6, qPrintable(QString::number(pets.size())));
        for (const QByteArray &p : pets)
            QCOMPARE(p, QByteArray("WATCHDOG=1"));
        // The pets come from this thread's event loop: while it is blocked (a hung GUI
        // thread), none is sent, so systemd's watchdog runs out.
        QThread::msleep(700);
        QVERIFY(sock.drain().isEmpty());
        QTest::qWait(300); // and they resume when it returns
        QVERIFY(!sock.drain().isEmpty());
        n.stopping();
        QTest::qWait(500);
        QCOMPARE(sock.drain(), QList<QByteArray>{"STOPPING=1"});
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotifier)
#include "tst_systemdnotifier.moc"
