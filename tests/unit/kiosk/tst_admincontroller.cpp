// The technician's screens without a window: the way in, the PIN pad against the real PIN
// store (platform/adminpin) on a temporary file, the idle lock, and each diagnostics page with
// the simulated devices (the real ones: tests/integration/devices/tst_admin_devices.cpp).

#include "kiosk/admincontroller.h"
#include "kiosk/centralstatus.h"
#include "kiosktestsupport.h"

#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "platform/adminpin.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

/// The value of the row `key` in `rows`, or "" (and the level in `level`).
QString rowValue(const QVariantList &rows, const QString &key, QString *level = nullptr)
{
    for (const QVariant &r : rows) {
        const QVariantMap m = r.toMap();
        if (m.value(QStringLiteral("key")).toString() == key) {
            if (level)
                *level = m.value(QStringLiteral("level")).toString();
            return m.value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

QString allText(const AdminController &a)
{
    QStringList out;
    for (const QVariantList &rows :
         {a.deviceRows(), a.testRows(), a.centralRows(), a.standerRows(), a.actionRows()})
        for (const QVariant &r : rows)
            for (const QVariant &v : r.toMap())
                out << v.toString();
    return out.join(u'\n');
}

} // namespace

class TestAdminController : public QObject
{
    Q_OBJECT

    struct Rig
    {
        explicit Rig(const QString &pinFile)
            : cache(test::tuesdayMorning()), clock(test::tuesdayMorning()), printer(out.path()),
              pin(pinFile, clock), admin(options(), pinAccess(pin), clock, printer, display, reader,
                                         central, cache.store)
        {}
        AdminController::Options options()
        {
            AdminController::Options o;
            o.version = QStringLiteral("1.2.3");
            o.configPath = QStringLiteral("/etc/borgerkiosk/kiosk.conf");
            o.configSummary = {QStringLiteral("site.id = demo")};
            o.cachePath = cache.dir.filePath(QStringLiteral("cache.sqlite"));
            o.startLogPath = cache.dir.filePath(QStringLiteral("starts.log"));
            o.printerQueue = QStringLiteral("simulated");
            o.printerProfile = {QStringLiteral("dots: 576")};
            o.testPage = [] {
                Receipt r;
                r.text(QStringLiteral("TEST"));
                return r;
            };
            o.tickMs = 0;
            o.restart = [this] { ++restarts; };
            return o;
        }
        static AdminController::Pin pinAccess(AdminPin &p)
        {
            return {[&p] { return p.isSet(); }, [&p] { return p.lockedUntil(); },
                    [&p](const QString &digits) {
                        const AdminPin::Attempt a = p.check(digits);
                        return AdminController::PinAttempt{
                            AdminController::PinAttempt::Result(int(a.result)), a.attemptsLeft,
                            a.lockedUntil};
                    }};
        }
        /// The way in, as a technician does it.
        void gesture()
        {
            admin.cornerPressed(QStringLiteral("top-left"));
            clock.advanceSecs(3);
            admin.cornerReleased(QStringLiteral("top-left"));
            clock.advanceSecs(2);
            admin.cornerPressed(QStringLiteral("bottom-right"));
            clock.advanceSecs(3);
            admin.cornerReleased(QStringLiteral("bottom-right"));
        }
        void type(const QString &digits)
        {
            for (const QChar c : digits)
                admin.pinDigit(QString(c));
            admin.pinSubmit();
        }
        QTemporaryDir out;
        test::DemoCache cache;
        FixedClock clock;
        SimulatedReceiptPrinter printer;
        SimulatedTicketDisplay display;
        SimulatedBarcodeReader reader;
        CentralStatus central;
        AdminPin pin;
        AdminController admin;
        int restarts = 0;
    };

    QTemporaryDir m_dir;
    QString pinFile() const { return m_dir.filePath(QStringLiteral("admin-pin")); }

private slots:
    void init()
    {
        QFile::remove(pinFile());
        QCOMPARE(AdminPin::set(pinFile(), QStringLiteral("2468")), QString());
    }

    void gestureNeedsBothLongPressesInOrder()
    {
        Rig rig(pinFile());
        using Page = AdminController::Page;
        // A short press in each corner: nothing.
        rig.admin.cornerPressed(QStringLiteral("top-left"));
        rig.clock.advanceSecs(1);
        rig.admin.cornerReleased(QStringLiteral("top-left"));
        rig.admin.cornerPressed(QStringLiteral("bottom-right"));
        rig.clock.advanceSecs(3);
        rig.admin.cornerReleased(QStringLiteral("bottom-right"));
        QCOMPARE(rig.admin.page(), Page::Closed);
        // One corner held long: nothing.
        rig.admin.cornerPressed(QStringLiteral("top-left"));
        rig.clock.advanceSecs(4);
        rig.admin.cornerReleased(QStringLiteral("top-left"));
        QCOMPARE(rig.admin.page(), Page::Closed);
        // ... and the second too late (more than 5 s after): nothing.
        rig.clock.advanceSecs(6);
        rig.admin.cornerPressed(QStringLiteral("bottom-right"));
        rig.clock.advanceSecs(3);
        rig.admin.cornerReleased(QStringLiteral("bottom-right"));
        QCOMPARE(rig.admin.page(), Page::Closed);
        // The wrong order: nothing.
        rig.admin.cornerPressed(QStringLiteral("bottom-right"));
        rig.clock.advanceSecs(3);
        rig.admin.cornerReleased(QStringLiteral("bottom-right"));
        rig.admin.cornerPressed(QStringLiteral("top-left"));
        rig.clock.advanceSecs(3);
        rig.admin.cornerReleased(QStringLiteral("top-left"));
        QCOMPARE(rig.admin.page(), Page::Closed);
        // Off home (a citizen's task): the corners do not listen.
        rig.clock.advanceSecs(10);
        rig.admin.setGestureEnabled(false);
        rig.gesture();
        QCOMPARE(rig.admin.page(), Page::Closed);
        rig.admin.setGestureEnabled(true);
        rig.gesture();
        QCOMPARE(rig.admin.page(), Page::Pin);
        QCOMPARE(rig.admin.pinMessage(), QStringLiteral("Type the admin PIN."));
    }

    void rightPinOpensWrongPinsLockRememberedAfterRestart()
    {
        using Page = AdminController::Page;
        {
            Rig rig(pinFile());
            rig.gesture();
            rig.type(QStringLiteral("1111"));
            QTRY_VERIFY(!rig.admin.checking());
            QCOMPARE(rig.admin.page(), Page::Pin);
            QCOMPARE(rig.admin.pinLength(), 0);
            QVERIFY(rig.admin.pinMessage().contains(QLatin1String("4 tries left")));
            for (int i = 0; i < 4; ++i) {
                rig.type(QStringLiteral("1111"));
                QTRY_VERIFY(!rig.admin.checking());
            }
            QVERIFY(rig.admin.padLocked());
            // 10:00 UTC is 11:00 in Copenhagen; the gesture took 8 s, the lock is 60 s.
            QCOMPARE(rig.admin.pinMessage(),
                     QStringLiteral("Locked until 11:01 after too many wrong PINs."));
            rig.admin.pinDigit(QStringLiteral("2"));
            QCOMPARE(rig.admin.pinLength(), 0);
        }
        // The program starts again: still locked.
        Rig rig(pinFile());
        rig.gesture();
        QCOMPARE(rig.admin.page(), Page::Pin);
        QVERIFY(rig.admin.padLocked());
        QVERIFY(rig.admin.pinMessage().startsWith(QLatin1String("Locked until")));
        rig.clock.advanceSecs(61);
        rig.admin.tick();
        QVERIFY(!rig.admin.padLocked());
        rig.type(QStringLiteral("2468"));
        QTRY_COMPARE(rig.admin.page(), Page::Devices);
    }

    void noPinSetSaysHow()
    {
        QFile::remove(pinFile());
        Rig rig(pinFile());
        rig.gesture();
        QCOMPARE(rig.admin.page(), AdminController::Page::Pin);
        QVERIFY(rig.admin.padLocked());
        QVERIFY(rig.admin.pinMessage().contains(QLatin1String("--set-admin-pin")));
        rig.admin.pinDigit(QStringLiteral("1"));
        QCOMPARE(rig.admin.pinLength(), 0);
    }

    void idleLocksAndLeaving()
    {
        Rig rig(pinFile());
        rig.gesture();
        rig.type(QStringLiteral("2468"));
        QTRY_COMPARE(rig.admin.page(), AdminController::Page::Devices);
        rig.clock.advanceSecs(59);
        rig.admin.tick();
        rig.admin.show(QStringLiteral("central"));
        QCOMPARE(rig.admin.page(), AdminController::Page::Central);
        rig.clock.advanceSecs(59);
        rig.admin.tick();
        QCOMPARE(rig.admin.page(), AdminController::Page::Central);
        rig.clock.advanceSecs(1);
        rig.admin.tick();
        QCOMPARE(rig.admin.page(), AdminController::Page::Closed);
        // Back in, the PIN is asked again.
        rig.gesture();
        QCOMPARE(rig.admin.page(), AdminController::Page::Pin);
        rig.admin.show(QStringLiteral("devices"));
        QCOMPARE(rig.admin.page(), AdminController::Page::Pin);
    }

    void devicesFollowTheDrivers()
    {
        Rig rig(pinFile());
        QString level;
        QCOMPARE(rowValue(rig.admin.deviceRows(), QStringLiteral("printer"), &level),
                 QStringLiteral("working"));
        QCOMPARE(level, QStringLiteral("ok"));
        QSignalSpy changed(&rig.admin, &AdminController::rowsChanged);
        rig.printer.setPaperOut(true);
        QVERIFY(changed.size() > 0);
        rowValue(rig.admin.deviceRows(), QStringLiteral("printer"), &level);
        QCOMPARE(level, QStringLiteral("fault"));
        QCOMPARE(rowValue(rig.admin.deviceRows(), QStringLiteral("printerProfile")),
                 QStringLiteral("dots: 576"));
        // A scan: its kind and time, never the payload.
        const QByteArray code = demo::bookingCodes().at(0).toLatin1();
        // (The graph hands every scan to the admin screen; tst_admin.qml checks that wiring.)
        rig.admin.scanned(code);
        QVERIFY(rowValue(rig.admin.deviceRows(), QStringLiteral("readerLastScan"))
                    .endsWith(QLatin1String("booking code")));
        rig.admin.scanned("+45 20 30 40 50");
        QVERIFY(rowValue(rig.admin.deviceRows(), QStringLiteral("readerLastScan"))
                    .endsWith(QLatin1String("phone number")));
        const QString all = allText(rig.admin);
        QVERIFY(!all.contains(QString::fromLatin1(code)));
        QVERIFY(!all.contains(QLatin1String("20 30 40 50")));
    }

    void testsPrintShowAndScan()
    {
        Rig rig(pinFile());
        rig.gesture();
        rig.type(QStringLiteral("2468"));
        QTRY_COMPARE(rig.admin.page(), AdminController::Page::Devices);
        rig.admin.printTestPage(); // not on the Tests page: nothing
        QCOMPARE(rowValue(rig.admin.testRows(), QStringLiteral("testPrint")),
                 QStringLiteral("not run yet"));
        rig.admin.show(QStringLiteral("tests"));
        rig.admin.printTestPage();
        QTRY_COMPARE(rowValue(rig.admin.testRows(), QStringLiteral("testPrint")),
                     QStringLiteral("printed"));
        QVERIFY(rowValue(rig.admin.deviceRows(), QStringLiteral("printerLastJob"))
                    .contains(QLatin1String("printed")));
        rig.printer.setPaperOut(true);
        rig.admin.printTestPage();
        QTRY_VERIFY(rowValue(rig.admin.testRows(), QStringLiteral("testPrint"))
                        .startsWith(QLatin1String("failed")));

        QSignalSpy ended(&rig.admin, &AdminController::displayTestEnded);
        rig.admin.showTestLine();
        QVERIFY(rig.display.lines().join(u' ').contains(QLatin1String("TEST")));

        rig.admin.setScanTest(true);
        QVERIFY(rig.admin.scanTestActive());
        rig.admin.scanned("not a code at all");
        QString level;
        QCOMPARE(rowValue(rig.admin.testRows(), QStringLiteral("testScan"), &level),
                 QStringLiteral("unknown (not a code): not a valid booking code"));
        QCOMPARE(level, QStringLiteral("warning"));
        rig.admin.scanned(demo::bookingCodes().at(0).toLatin1());
        QCOMPARE(rowValue(rig.admin.testRows(), QStringLiteral("testScan"), &level),
                 QStringLiteral("booking code: a valid code"));
        QCOMPARE(level, QStringLiteral("ok"));
        rig.admin.close();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!rig.admin.scanTestActive());
    }

    void centralInWords()
    {
        Rig rig(pinFile());
        QVERIFY(rowValue(rig.admin.centralRows(), QStringLiteral("centralConfigured"))
                    .startsWith(QLatin1String("not configured")));
        sync::SyncState s;
        s.running = true;
        s.rounds = 1;
        s.failures = 1;
        s.lastError = QStringLiteral("snapshot: TLS handshake: certificate verify failed");
        rig.central.apply(s);
        QString level;
        rowValue(rig.admin.centralRows(), QStringLiteral("centralReachable"), &level);
        QCOMPARE(level, QStringLiteral("fault"));
        QCOMPARE(rowValue(rig.admin.centralRows(), QStringLiteral("centralTls"), &level),
                 QStringLiteral("the central's certificate is not accepted"));
        QCOMPARE(level, QStringLiteral("fault"));
        s.lastError = QStringLiteral("snapshot: HTTP 401 Unauthorized");
        rig.central.apply(s);
        QCOMPARE(rowValue(rig.admin.centralRows(), QStringLiteral("centralToken"), &level),
                 QStringLiteral("refused by the central"));
        QCOMPARE(level, QStringLiteral("fault"));
        s.online = true;
        s.failures = 0;
        s.lastError.clear();
        s.lastSync = rig.clock.now();
        s.outboxDepth = 0;
        rig.central.apply(s);
        rowValue(rig.admin.centralRows(), QStringLiteral("centralReachable"), &level);
        QCOMPARE(level, QStringLiteral("ok"));
        QVERIFY(rowValue(rig.admin.centralRows(), QStringLiteral("centralOutbox"))
                    .startsWith(QLatin1String("0 waiting")));
        // The clock offset is the kiosk's clock minus the central's, as in the heartbeat, the
        // fleet view and the self-test: a kiosk 30 s ahead shows 30 s, not -30 s.
        s.centralDate = rig.clock.now().addMSecs(-30500); // half a second of slack for the run
        s.centralDateAt = std::chrono::steady_clock::now();
        rig.central.apply(s);
        QCOMPARE(rowValue(rig.admin.centralRows(), QStringLiteral("centralClock"), &level),
                 QStringLiteral("30 s"));
        QCOMPARE(level, QStringLiteral("warning"));
    }

    void standerAndActions()
    {
        Rig rig(pinFile());
        const QString log = rig.cache.dir.filePath(QStringLiteral("starts.log"));
        QDateTime t = rig.clock.now();
        for (int i = 0; i < 12; ++i)
            QVERIFY(AdminController::recordStart(log, t.addSecs(i * 60)));
        const QList<QDateTime> kept = AdminController::starts(log);
        QCOMPARE(kept.size(), 10);
        QCOMPARE(kept.first(), t.addSecs(11 * 60));
        QCOMPARE(rowValue(rig.admin.standerRows(), QStringLiteral("version")),
                 QStringLiteral("1.2.3"));
        QCOMPARE(rowValue(rig.admin.standerRows(), QStringLiteral("configPath")),
                 QStringLiteral("/etc/borgerkiosk/kiosk.conf"));
        QString level;
        rowValue(rig.admin.standerRows(), QStringLiteral("starts"), &level);
        QCOMPARE(level, QStringLiteral("warning")); // ten starts within the hour

        rig.gesture();
        rig.type(QStringLiteral("2468"));
        QTRY_COMPARE(rig.admin.page(), AdminController::Page::Devices);
        rig.admin.show(QStringLiteral("actions"));
        rig.admin.syncNow();
        QVERIFY(rowValue(rig.admin.actionRows(), QStringLiteral("actionMessage"))
                    .contains(QLatin1String("No central")));
        rig.admin.restartApp();
        QCOMPARE(rig.restarts, 1);
    }
};

QTEST_MAIN(TestAdminController)
#include "tst_admincontroller.moc"
