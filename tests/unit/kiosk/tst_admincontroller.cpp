// The technician's screens without a window: the way in, the PIN pad against the real PIN
// store (platform/adminpin) on a temporary file, the idle lock, and each diagnostics page with
// the simulated devices (the real ones: tests/integration/devices/tst_admin_devices.cpp), and
// re-enrolment's keypad, worker, deadline and outcomes with an enrolment function the test
// answers (the real request against the real central: tests/integration/sync/tst_reenrol.cpp).

#include "kiosk/admincontroller.h"
#include "kiosk/centralstatus.h"
#include "kiosktestsupport.h"

#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "platform/adminpin.h"
#include "support/logcapture.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
        explicit Rig(const QString &pinFile, int enrolDeadlineMs = 30000, bool withCentral = true)
            : cache(test::tuesdayMorning()), clock(test::tuesdayMorning()), printer(out.path()),
              pin(pinFile, clock), admin(options(enrolDeadlineMs, withCentral), pinAccess(pin),
                                         clock, printer, display, reader, central, cache.store)
        {}
        AdminController::Options options(int enrolDeadlineMs, bool withCentral)
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
            if (withCentral)
                o.enrol = [this](const QString &code, int deadlineMs) {
                    return enrolAnswer(code, deadlineMs);
                };
            o.enrolDeadlineMs = enrolDeadlineMs;
            o.enrolRestartDelayMs = 0;
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
        /// In, on the actions page, the keypad open.
        void openEnrol()
        {
            gesture();
            type(QStringLiteral("2468"));
            QTRY_COMPARE(admin.page(), AdminController::Page::Devices);
            admin.show(QStringLiteral("actions"));
            admin.startEnrol();
            QCOMPARE(admin.enrolStep(), AdminController::EnrolStep::Typing);
        }
        void typeCode(const QString &symbols)
        {
            for (const QChar c : symbols)
                admin.enrolKey(QString(c));
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
        /// What the enrolment function answers; called on the controller's worker thread.
        std::function<AdminController::EnrolAnswer(const QString &, int)> enrolAnswer;
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

    void reenrolTakesTheCodeAlphabetAndAsksOffTheGuiThread()
    {
        bk::testing::LogCapture log;
        Rig rig(pinFile());
        QThread *asked = nullptr;
        QString sent;
        int deadline = 0;
        rig.enrolAnswer = [&](const QString &code, int deadlineMs) {
            asked = QThread::currentThread();
            sent = code;
            deadline = deadlineMs;
            return AdminController::EnrolAnswer{AdminController::EnrolAnswer::Result::Enrolled,
                                                QStringLiteral("demo"), QStringLiteral("stored")};
        };
        // Only from the actions page.
        rig.gesture();
        rig.type(QStringLiteral("2468"));
        QTRY_COMPARE(rig.admin.page(), AdminController::Page::Devices);
        rig.admin.startEnrol();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::None);
        rig.admin.show(QStringLiteral("actions"));
        rig.admin.startEnrol();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Typing);
        QCOMPARE(rig.admin.enrolKeys().size(), 31);
        QVERIFY(!rig.admin.enrolKeys().contains(QStringLiteral("O")));
        QCOMPARE(rig.admin.enrolCodeLength(), 12);

        // Outside the alphabet (I, L, O, U, V, punctuation, two at once): refused.
        for (const QString &k :
             {u"I"_qs, u"L"_qs, u"O"_qs, u"U"_qs, u"V"_qs, u"-"_qs, u"AB"_qs, u"Æ"_qs, QString()})
            rig.admin.enrolKey(k);
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        rig.typeCode(QStringLiteral("k7m3qx9p2ab")); // lower case is taken
        QCOMPARE(rig.admin.enrolCode(), QStringLiteral("K7M3-QX9P-2AB"));
        rig.admin.enrolSubmit(); // 11 of 12: not sent
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Typing);
        rig.typeCode(QStringLiteral("YZ"));
        QCOMPARE(rig.admin.enrolCode(), QStringLiteral("K7M3-QX9P-2ABY")); // at most 12
        rig.admin.enrolErase();
        rig.typeCode(QStringLiteral("C"));
        QCOMPARE(rig.admin.enrolCode(), QStringLiteral("K7M3-QX9P-2ABC"));
        QVERIFY(!allText(rig.admin).contains(QLatin1String("K7M3")));

        QSignalSpy changed(&rig.admin, &AdminController::enrolChanged);
        rig.admin.enrolSubmit();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Working);
        QCOMPARE(rig.admin.enrolCode(), QString()); // the code left the screen with the request
        QVERIFY(!rig.admin.enrolTitle().isEmpty());
        QTRY_COMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Done);
        QVERIFY(asked && asked != QThread::currentThread());
        QCOMPARE(sent, QStringLiteral("K7M3QX9P2ABC"));
        QCOMPARE(deadline, 30000);
        QCOMPARE(rig.admin.enrolLevel(), QStringLiteral("ok"));
        QVERIFY(rig.admin.enrolMessage().contains(QLatin1String("demo")));
        // After success the program restarts, as the restart action does.
        QTRY_COMPARE(rig.restarts, 1);
        // The code is in no log line; the outcome is.
        QVERIFY2(log.firstContaining({u"K7M3QX9P2ABC"_qs, u"K7M3-QX9P-2ABC"_qs}).isEmpty(),
                 qPrintable(log.messages().join(u'\n')));
        QVERIFY(!log.matching(u"re-enrolled at site"_qs).isEmpty());
    }

    void reenrolFailuresSayWhatToDoAndNeverRestart_data()
    {
        using R = AdminController::EnrolAnswer::Result;
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("words");
        QTest::newRow("refused") << int(R::Refused) << u"already used"_qs;
        QTest::newRow("unreachable") << int(R::Unreachable) << u"network cable"_qs;
        QTest::newRow("tls") << int(R::TlsRefused) << u"central.ca_file"_qs;
        QTest::newRow("timed out") << int(R::TimedOut) << u"did not answer"_qs;
        QTest::newRow("invalid") << int(R::Invalid) << u"configuration file"_qs;
        QTest::newRow("not stored") << int(R::StorageError) << u"new code"_qs;
    }

    void reenrolFailuresSayWhatToDoAndNeverRestart()
    {
        QFETCH(int, result);
        QFETCH(QString, words);
        Rig rig(pinFile());
        rig.enrolAnswer = [result](const QString &, int) {
            return AdminController::EnrolAnswer{
                AdminController::EnrolAnswer::Result(result), {}, QStringLiteral("the detail")};
        };
        rig.openEnrol();
        rig.typeCode(QStringLiteral("ABCDEFGHJKMN"));
        rig.admin.enrolSubmit();
        QTRY_COMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Done);
        QCOMPARE(rig.admin.enrolLevel(), QStringLiteral("fault"));
        QVERIFY2(rig.admin.enrolMessage().contains(words), qPrintable(rig.admin.enrolMessage()));
        QVERIFY(rig.admin.enrolMessage().contains(QLatin1String("the detail")));
        QTest::qWait(50);
        QCOMPARE(rig.restarts, 0);
        // Again, with an empty keypad.
        rig.admin.startEnrol();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Typing);
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        rig.admin.enrolBack();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::None);
    }

    void reenrolWithoutACentralIsNotAttempted()
    {
        Rig rig(pinFile(), 30000, false);
        rig.openEnrol();
        rig.typeCode(QStringLiteral("ABCDEFGHJKMN"));
        rig.admin.enrolSubmit();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Done);
        QVERIFY(rig.admin.enrolMessage().contains(QLatin1String("central.url")));
        QCOMPARE(rig.restarts, 0);
    }

    void reenrolHasADeadlineAndALateSuccessStillRestarts()
    {
        Rig rig(pinFile(), 300);
        QSemaphore go;
        rig.enrolAnswer = [&go](const QString &, int) {
            go.acquire(); // a central that does not answer until the test says so
            return AdminController::EnrolAnswer{
                AdminController::EnrolAnswer::Result::Enrolled, QStringLiteral("demo"), {}};
        };
        const auto releaseAtEnd = qScopeGuard([&go] { go.release(); }); // never left waiting
        rig.openEnrol();
        rig.typeCode(QStringLiteral("ABCDEFGHJKMN"));
        QElapsedTimer t;
        t.start();
        rig.admin.enrolSubmit();
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::Working);
        // Not "working" forever: the deadline (plus 2 s of grace for the request's own) ends it.
        QTRY_COMPARE_WITH_TIMEOUT(rig.admin.enrolStep(), AdminController::EnrolStep::Done, 5000);
        QVERIFY(t.elapsed() >= 300);
        QVERIFY(rig.admin.enrolMessage().contains(QLatin1String("did not answer")));
        QCOMPARE(rig.restarts, 0);
        // The central answers after all: the token is stored and the old one revoked, so the
        // program restarts to use it, even from another page.
        rig.admin.show(QStringLiteral("devices"));
        go.release();
        QTRY_COMPARE(rig.restarts, 1);
    }

    void reenrolCodeDiscardedOnLockAndLeaving()
    {
        Rig rig(pinFile());
        int calls = 0;
        rig.enrolAnswer = [&calls](const QString &, int) {
            ++calls;
            return AdminController::EnrolAnswer{};
        };
        rig.openEnrol();
        rig.typeCode(QStringLiteral("ABCD"));
        // Another page: the code is gone.
        rig.admin.show(QStringLiteral("devices"));
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::None);
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        rig.admin.show(QStringLiteral("actions"));
        rig.admin.startEnrol();
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        // 60 s without a touch: locked, the code gone.
        rig.typeCode(QStringLiteral("ABCDEFGH"));
        rig.clock.advanceSecs(60);
        rig.admin.tick();
        QCOMPARE(rig.admin.page(), AdminController::Page::Closed);
        QCOMPARE(rig.admin.enrolStep(), AdminController::EnrolStep::None);
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        // Lock by hand: the same.
        rig.openEnrol();
        rig.typeCode(QStringLiteral("ABCDEFGHJKMN"));
        rig.admin.close();
        QCOMPARE(rig.admin.enrolCodeSize(), 0);
        rig.admin.enrolSubmit();
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestAdminController)
#include "tst_admincontroller.moc"
