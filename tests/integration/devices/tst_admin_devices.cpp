// The technician's devices and tests pages against real parts: the CUPS driver on the private
// cupsd (a raw socket:// queue into a capturing listener), the serial ticket display and the
// serial reader on socat pseudo-terminals. The state shown follows the drivers; the test page
// reaches the printer; the test line reaches the display; a scan shows its kind, never itself.

#include "cupsrig.h"

#include "drivers/printertestpage.h"
#include "drivers/serialbarcodereader.h"
#include "drivers/serialticketdisplay.h"
#include "kiosk/admincontroller.h"
#include "kiosk/centralstatus.h"
#include "platform/adminpin.h"
#include "store/cachestore.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::testing;

namespace {

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

} // namespace

class TestAdminDevices : public CupsTestBase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { startRig(); }
    void cleanup() { verifyNoCodeLogged(); }
    void cleanupTestCase() { verifyLogSeen(); }

    void devicesAndTestsOnRealParts()
    {
        QString error;
        SocatPair displayPty(path("display"), path("display-peer"));
        QVERIFY2(displayPty.start(&error), qPrintable(error));
        SocatPair readerPty(path("reader"), path("reader-peer"));
        QVERIFY2(readerPty.start(&error), qPrintable(error));

        const CupsPrinterOptions printerOptions = options(QStringLiteral("borgerkiosk"));
        CupsReceiptPrinter printer(printerOptions);
        SerialDisplayOptions displayOptions;
        displayOptions.serial = {path("display"), 9600};
        displayOptions.protocol = display::Protocol::CD5220;
        SerialTicketDisplay display(displayOptions);
        SerialBarcodeReader reader({path("reader"), 9600});
        CentralStatus central;
        CacheStore store;
        QVERIFY(store.open(path("cache.sqlite"), {}));
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
        QCOMPARE(AdminPin::set(path("admin-pin"), QStringLiteral("2468")), QString());
        AdminPin pin(path("admin-pin"), clock);

        AdminController::Options o;
        o.printerQueue = QStringLiteral("CUPS borgerkiosk");
        o.printerProfile = printerProfileLines(printerOptions.setup);
        o.displayPort = path("display");
        o.readerPort = path("reader");
        o.testPage = [&] {
            return printerTestPage(printerOptions.setup, QStringLiteral("Test"), clock.now());
        };
        o.tickMs = 0;
        AdminController admin(o,
                              {[&] { return pin.isSet(); }, [&] { return pin.lockedUntil(); },
                               [&](const QString &digits) {
                                   const AdminPin::Attempt a = pin.check(digits);
                                   return AdminController::PinAttempt{
                                       AdminController::PinAttempt::Result(int(a.result)),
                                       a.attemptsLeft, a.lockedUntil};
                               }},
                              clock, printer, display, reader, central, store);
        // As the graph wires it: every scan reaches the admin screen.
        connect(&reader, &BarcodeReader::scanned, &admin, &AdminController::scanned);

        // Live states from the real drivers.
        QString level;
        // A raw socket:// queue works but cannot report paper: said, as a warning.
        QTRY_VERIFY_WITH_TIMEOUT(rowValue(admin.deviceRows(), QStringLiteral("printer"), &level)
                                     .startsWith(QLatin1String("working: paper state unknown")),
                                 10000);
        QCOMPARE(level, QStringLiteral("warning"));
        QTRY_VERIFY_WITH_TIMEOUT(rowValue(admin.deviceRows(), QStringLiteral("display"))
                                     .startsWith(QLatin1String("working")),
                                 3000);
        QTRY_VERIFY_WITH_TIMEOUT(rowValue(admin.deviceRows(), QStringLiteral("reader"))
                                     .startsWith(QLatin1String("working")),
                                 3000);
        QVERIFY(rowValue(admin.deviceRows(), QStringLiteral("printerProfile"))
                    .contains(QLatin1String("dots: 576")));

        // In, as a technician: the gesture, then the PIN.
        admin.cornerPressed(QStringLiteral("top-left"));
        clock.advanceSecs(3);
        admin.cornerReleased(QStringLiteral("top-left"));
        admin.cornerPressed(QStringLiteral("bottom-right"));
        clock.advanceSecs(3);
        admin.cornerReleased(QStringLiteral("bottom-right"));
        for (const char *d : {"2", "4", "6", "8"})
            admin.pinDigit(QString::fromLatin1(d));
        admin.pinSubmit();
        QTRY_COMPARE_WITH_TIMEOUT(admin.page(), AdminController::Page::Devices, 5000);
        admin.show(QStringLiteral("tests"));

        // The test page reaches the printer (a raw queue: "sent", the printer cannot confirm).
        m_capture.finished.clear();
        admin.printTestPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_capture.finished.size(), 1, 15000);
        QVERIFY(m_capture.finished.first().contains(kTestPageBarcode));
        QTRY_VERIFY_WITH_TIMEOUT(rowValue(admin.testRows(), QStringLiteral("testPrint"), &level)
                                     .startsWith(QLatin1String("sent")),
                                 15000);
        QCOMPARE(level, QStringLiteral("warning"));
        QVERIFY(rowValue(admin.deviceRows(), QStringLiteral("printerLastJob"))
                    .contains(QLatin1String("sent")));

        // The test line reaches the display.
        QSerialPort displayPeer(path("display-peer"));
        QVERIFY(displayPeer.open(QIODevice::ReadWrite));
        displayPeer.readAll();
        admin.showTestLine();
        QByteArray shown;
        QElapsedTimer t;
        t.start();
        // The driver writes from the event loop: wait with it running, not on the port.
        while (!shown.contains("TEST") && t.elapsed() < 3000) {
            QTest::qWait(50);
            shown += displayPeer.readAll();
        }
        QVERIFY2(shown.contains("TEST -> 11:00"), shown.constData());

        // "Scan something now" with the real reader: the kind, and whether it was a code.
        admin.setScanTest(true);
        QSerialPort readerPeer(path("reader-peer"));
        QVERIFY(readerPeer.open(QIODevice::ReadWrite));
        readerPeer.write(bookingCode().toLatin1() + "\r");
        readerPeer.waitForBytesWritten(1000);
        QTRY_COMPARE_WITH_TIMEOUT(rowValue(admin.testRows(), QStringLiteral("testScan")),
                                  QStringLiteral("booking code: a valid code"), 3000);
        QVERIFY(!rowValue(admin.deviceRows(), QStringLiteral("readerLastScan"))
                     .contains(bookingCode()));

        // The reader unplugged: the devices page says so, with what to do.
        readerPty.kill();
        QTRY_VERIFY_WITH_TIMEOUT(rowValue(admin.deviceRows(), QStringLiteral("reader"), &level)
                                     .startsWith(QLatin1String("gone")),
                                 5000);
        QCOMPARE(level, QStringLiteral("fault"));
    }
};

QTEST_MAIN(TestAdminDevices)
#include "tst_admin_devices.moc"
