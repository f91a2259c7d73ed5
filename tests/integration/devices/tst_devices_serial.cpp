// The serial ticket display and barcode reader on socat pseudo-terminal pairs: exact display
// bytes, every scan form, junk that must not hurt, and unplug / replug within 2 s.
#include "devicefixtures.h"
#include "domain/bookingcode.h"
#include "domain/scanpayload.h"
#include "drivers/serialbarcodereader.h"
#include "drivers/serialticketdisplay.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bk;
using namespace bk::testing;

namespace {

/// A fixed sequence of valid booking codes (the duplicate filter needs distinct ones).
QByteArray code(std::uint32_t seed)
{
    std::uint32_t state = seed * 2654435761u + 1;
    return QByteArray::fromStdString(bookingcode::generate([&state] {
        state = state * 1664525u + 1013904223u;
        return state;
    }));
}

/// The test's end of a pty pair.
std::unique_ptr<QSerialPort> openPeer(const QString &path)
{
    auto port = std::make_unique<QSerialPort>(path);
    port->setBaudRate(9600);
    if (!port->open(QIODevice::ReadWrite))
        return nullptr;
    return port;
}

/// Reads from `port` until `want` bytes arrived or 3 s passed.
QByteArray readBytes(QSerialPort &port, qsizetype want)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (got.size() < want && t.elapsed() < 3000) {
        if (port.bytesAvailable() == 0)
            port.waitForReadyRead(100);
        got += port.readAll();
    }
    QTest::qWait(100); // and nothing more after it
    got += port.readAll();
    return got;
}

/// What the app would make of a scan.
ScanResult parsed(const QVariant &raw)
{
    return parseScan(raw.toByteArray().toStdString());
}

} // namespace

class TestDevicesSerial : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LogCapture> m_log; // made after QtTest installed its own handler

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    void write(QSerialPort &port, const QByteArray &bytes)
    {
        port.write(bytes);
        port.waitForBytesWritten(1000);
    }

private slots:
    void initTestCase() { m_log = std::make_unique<LogCapture>(); }

    void cleanup()
    {
        // Scans may carry personal data: no payload, good or bad, reaches a log line.
        QStringList payloads{QStringLiteral("hello world")};
        for (std::uint32_t i = 1; i <= 8; ++i)
            payloads.append(QString::fromLatin1(code(i)));
        const QString leaked = m_log->firstContaining(payloads);
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(QStringLiteral("scan payload in a log line: ") + leaked));
    }

    void cleanupTestCase()
    {
        // The check above saw the drivers' own lines (it is not looking at nothing).
        QVERIFY(m_log->messages().size() >= 3);
        m_log.reset();
    }

    void displayShowsCalloutsAndComesBack()
    {
        SocatPair socat(path("display"), path("display-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialDisplayOptions o;
        o.serial = {path("display"), 9600};
        o.protocol = display::Protocol::CD5220;
        o.rows = 2;
        o.columns = 20;
        SerialTicketDisplay d(o);
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Connected, 2000);
        auto peer = openPeer(path("display-peer"));
        QVERIFY(peer);

        const QDateTime at(QDate(2026, 2, 3), QTime(9, 30));
        const QList<Callout> callouts{{QStringLiteral("A042"), QStringLiteral("Skranke 3"), at},
                                      {QStringLiteral("B007"), QStringLiteral("Skranke 12"), at}};
        // At start the display is cleared (no idle lines configured here: blank rows).
        const QByteArray blank = QByteArrayLiteral("\x0C\x1B@"
                                                   "\x1BQA"
                                                   "                    \r"
                                                   "\x1BQB"
                                                   "                    \r");
        QCOMPARE(readBytes(*peer, blank.size()), blank);
        d.showCallouts(callouts);
        // Written out from the CD5220 command list, not from the driver: CLR, ESC @, then each
        // line as ESC Q A / ESC Q B, 20 columns, CR; the arrow spelled in ASCII.
        const QByteArray expected = QByteArrayLiteral("\x0C\x1B@"
                                                      "\x1BQA"
                                                      "A042 -> Skranke 3   \r"
                                                      "\x1BQB"
                                                      "B007 -> Skranke 12  \r");
        QCOMPARE(readBytes(*peer, expected.size()), expected);

        // Unplug: socat dies, the pty vanishes.
        peer.reset();
        socat.kill();
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Reconnecting, 2000);
        QVERIFY2(!d.status().reason.isEmpty(), "a reason for the technician");
        QVERIFY2(d.status().reasonKey == u"port-lost"_qs ||
                     d.status().reasonKey == u"port-missing"_qs,
                 qPrintable(d.status().reasonKey));
        // A call-out while away is remembered.
        const QList<Callout> later{{QStringLiteral("A043"), QStringLiteral("Skranke 1"), at},
                                   callouts.at(0)};
        d.showCallouts(later);

        // Replug: back within 2 s, showing the current screen again.
        QVERIFY2(socat.start(&error), qPrintable(error));
        QElapsedTimer back;
        back.start();
        auto peer2 = openPeer(path("display-peer"));
        QVERIFY(peer2);
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Connected, 2000);
        qInfo("display back after %lld ms", qlonglong(back.elapsed()));
        const QByteArray again = SerialTicketDisplay::screenBytes(later, o);
        QCOMPARE(readBytes(*peer2, again.size()), again);
    }

    void epsonDisplayBytes()
    {
        SocatPair socat(path("epson"), path("epson-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialDisplayOptions o;
        o.serial = {path("epson"), 9600};
        o.protocol = display::Protocol::EpsonDisplay;
        o.rows = 2;
        o.columns = 20;
        SerialTicketDisplay d(o);
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Connected, 2000);
        auto peer = openPeer(path("epson-peer"));
        QVERIFY(peer);
        const QByteArray idle = SerialTicketDisplay::idleBytes(o);
        QCOMPARE(readBytes(*peer, idle.size()), idle);
        const QList<Callout> callouts{
            {QStringLiteral("Æ001"), QStringLiteral("Skranke Øst"), QDateTime()}};
        d.showCallouts(callouts);
        // From the Epson customer display command reference: ESC @, ESC R 0 (USA set), ESC t 5
        // (PC865), US MD1 (overwrite), CLR, then US $ 1 y and each 20-column row; Æ and Ø in PC865
        // (92, 9D).
        const QByteArray expected = QByteArrayLiteral("\x1B@\x1BR\x00\x1Bt\x05\x1F\x01\x0C"
                                                      "\x1F$\x01\x01"
                                                      "\x92"
                                                      "001 -> Skranke "
                                                      "\x9D"
                                                      "st "
                                                      "\x1F$\x01\x02"
                                                      "                    ");
        QCOMPARE(readBytes(*peer, expected.size()), expected);
    }

    void displayIdleAtStartAndAfterReplug()
    {
        // A display that still shows yesterday's last number (it kept its power while the
        // kiosk restarted): on open it is cleared and shows the site's idle text, and again
        // when it is plugged back in before any number was called.
        SocatPair socat(path("idle"), path("idle-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialDisplayOptions o;
        o.serial = {path("idle"), 9600};
        o.protocol = display::Protocol::CD5220;
        o.rows = 2;
        o.columns = 20;
        o.idleLines = {QStringLiteral("Borgerservice Århus"), QStringLiteral("Velkommen")};
        SerialTicketDisplay d(o);
        auto peer = openPeer(path("idle-peer"));
        QVERIFY(peer);
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Connected, 2000);
        // CD5220: CLR, ESC @, both rows centred; Å is 0x8F in PC865.
        const QByteArray idle = QByteArrayLiteral("\x0C\x1B@"
                                                  "\x1BQA"
                                                  "Borgerservice \x8F"
                                                  "rhus \r"
                                                  "\x1BQB"
                                                  "     Velkommen      \r");
        QCOMPARE(readBytes(*peer, idle.size()), idle);

        // Unplugged and back before any call-out: idle again.
        peer.reset();
        socat.kill();
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Reconnecting, 2000);
        QVERIFY2(socat.start(&error), qPrintable(error));
        auto peer2 = openPeer(path("idle-peer"));
        QVERIFY(peer2);
        QTRY_COMPARE_WITH_TIMEOUT(d.status().state, DeviceState::Connected, 2000);
        QCOMPARE(readBytes(*peer2, idle.size()), idle);

        // A call-out replaces it; an empty list (the day's call-outs cleared) brings it back.
        const QDateTime at(QDate(2026, 2, 3), QTime(9, 30));
        d.showCallouts({{QStringLiteral("A042"), QStringLiteral("Borgerservice skranke 12"), at}});
        const QByteArray called = QByteArrayLiteral("\x0C\x1B@"
                                                    "\x1BQA"
                                                    "A042 -> skranke 12  \r"
                                                    "\x1BQB"
                                                    "                    \r");
        QCOMPARE(readBytes(*peer2, called.size()), called);
        d.showCallouts({});
        QCOMPARE(readBytes(*peer2, idle.size()), idle);
    }

    void scannerDeliversEveryForm()
    {
        SocatPair socat(path("scanner"), path("scanner-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialBarcodeReader reader({path("scanner"), 9600});
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Connected, 2000);
        auto peer = openPeer(path("scanner-peer"));
        QVERIFY(peer);
        QSignalSpy scans(&reader, &BarcodeReader::scanned);

        const auto expectCode = [&](const QByteArray &sent, const QByteArray &codeWanted) {
            const int before = scans.count();
            write(*peer, sent);
            QTRY_COMPARE_WITH_TIMEOUT(scans.count(), before + 1, 2000);
            const ScanResult r = parsed(scans.last().at(0));
            QVERIFY2(r.ok(), rejectionKey(*r.rejection).data());
            QCOMPARE(QByteArray::fromStdString(r.code), codeWanted);
        };
        const QByteArray c1 = code(1), c2 = code(2), c3 = code(3), c4 = code(4), c5 = code(5);
        expectCode(c1 + "\r", c1);                                // bare, CR
        expectCode("]Q1" + c2 + "\r\n", c2);                      // AIM QR, CRLF
        expectCode("https://www.borger.dk/tid/" + c3 + "\n", c3); // URL, LF
        expectCode(c4, c4);                                       // no suffix: silence ends it
        // Split packets: a read boundary in the middle of the code is not a scan boundary.
        const int before = scans.count();
        write(*peer, "]C0" + c5.left(3));
        QTest::qWait(30);
        write(*peer, c5.mid(3) + "\r");
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), before + 1, 2000);
        QTest::qWait(200);
        QCOMPARE(scans.count(), before + 1);
        QCOMPARE(QByteArray::fromStdString(parsed(scans.last().at(0)).code), c5);

        // The same code again within 2 s counts once (a citizen holding the letter still).
        write(*peer, "]C0" + c5 + "\r");
        QTest::qWait(300);
        QCOMPARE(scans.count(), before + 1);
    }

    void scannerSurvivesJunk()
    {
        SocatPair socat(path("junk"), path("junk-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialBarcodeReader reader({path("junk"), 115200});
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Connected, 2000);
        auto peer = openPeer(path("junk-peer"));
        QVERIFY(peer);
        QSignalSpy scans(&reader, &BarcodeReader::scanned);

        const auto expectRejected = [&](const QByteArray &sent, ScanRejection why) {
            const int before = scans.count();
            write(*peer, sent);
            QTRY_COMPARE_WITH_TIMEOUT(scans.count(), before + 1, 3000);
            const ScanResult r = parsed(scans.last().at(0));
            QVERIFY(!r.ok());
            QCOMPARE(rejectionKey(*r.rejection), rejectionKey(why));
        };
        expectRejected(QByteArray("\x01\x02zz\x7f", 5) + "\r", ScanRejection::ControlCharacters);
        expectRejected("hello world\r", ScanRejection::NotACode);
        expectRejected(QByteArray(10 * 1024, 'A') + "\r\n", ScanRejection::TooLong);
        QCOMPARE(scans.last().at(0).toByteArray().size(), scanner::kDefaultMaxScanBytes + 1);
        expectRejected("\xff\xfe\xc3(\r", ScanRejection::InvalidUtf8);
        // A wrong check character.
        QByteArray bad = code(6);
        bad[7] = bad[7] == '0' ? '1' : '0';
        expectRejected(bad + "\r", ScanRejection::BadCheck);

        // The next good scan still works.
        const int before = scans.count();
        write(*peer, code(7) + "\r");
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), before + 1, 2000);
        QVERIFY(parsed(scans.last().at(0)).ok());
    }

    void scannerComesBackAfterUnplug()
    {
        SocatPair socat(path("hot"), path("hot-peer"));
        QString error;
        QVERIFY2(socat.start(&error), qPrintable(error));
        SerialBarcodeReader reader({path("hot"), 9600});
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Connected, 2000);
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        QSignalSpy statuses(&reader, &BarcodeReader::statusChanged);

        socat.kill();
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Reconnecting, 2000);
        QTest::qWait(700); // stays away a while: several failed reopen attempts
        QCOMPARE(reader.status().state, DeviceState::Reconnecting);

        QVERIFY2(socat.start(&error), qPrintable(error));
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Connected, 2000);
        qInfo("scanner back after %lld ms", qlonglong(back.elapsed()));
        QVERIFY(back.elapsed() <= 2000);
        auto peer = openPeer(path("hot-peer"));
        QVERIFY(peer);
        write(*peer, code(8) + "\r");
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), 1, 2000);
        QCOMPARE(QByteArray::fromStdString(parsed(scans.last().at(0)).code), code(8));
        QVERIFY(statuses.count() >= 2);
    }

    void absentPortIsReconnecting()
    {
        SerialBarcodeReader reader({path("never-there"), 9600});
        QTRY_COMPARE_WITH_TIMEOUT(reader.status().state, DeviceState::Reconnecting, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(reader.status().reason.contains(u"not present"), 1000);
        QCOMPARE(reader.status().reasonKey, u"port-missing"_qs);
    }
};

QTEST_MAIN(TestDevicesSerial)
#include "tst_devices_serial.moc"
