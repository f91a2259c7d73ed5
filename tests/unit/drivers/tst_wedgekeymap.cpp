// The keyboard-wedge reader when the reader's keyboard layout is not the kiosk's keymap (a US
// reader on a Danish kiosk): codes read back by key position (native scan codes, as xcb and
// wayland deliver them), by a configured keymap, or by a mismatch found at run time with the
// app's scan parser; never repaired into another code. Synthetic key events: wedgetesting.h.
#include "domain/bookingcode.h"
#include "support/appscanparser.h"
#include "wedgetesting.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace bk;
using namespace bk::testing;
using bk::keylayout::Layout;

class TestWedgeKeymap : public WedgeTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startLogCapture(); }
    void init() { newWindow(); }
    void cleanup() { deleteWindow(); }

    void keymapMismatchReadByKeyPosition_data()
    {
        QTest::addColumn<int>("keymap");
        QTest::addColumn<QString>("meant");
        const QString url = QStringLiteral("https://booking.example.dk/b/K7M3-QX9S?a=1#top");
        for (Layout keymap : keylayout::all()) {
            const QByteArray name = keylayout::name(keymap).toString().toLatin1();
            QTest::newRow(name + " code") << int(keymap) << QStringLiteral("K7M3-QX9S");
            QTest::newRow(name + " url") << int(keymap) << url;
        }
    }

    void keymapMismatchReadByKeyPosition()
    {
        // xcb and wayland give XKB key codes: the reader's keys are read on its own layout,
        // dead keys ('=' on a Danish or German kiosk) included.
        QFETCH(int, keymap);
        QFETCH(QString, meant);
        WedgeOptions o;
        o.scanCodeOffset = keylayout::kXkbKeycodeOffset;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(meant, Layout::Us, Layout(keymap), true);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), meant.toUtf8());
        QCOMPARE(m_window->seen, QStringList());
        // Logged (once) when the kiosk's keymap made other characters of the keys.
        const bool differs = keylayout::retype(meant, Layout::Us, Layout(keymap)) != meant;
        QCOMPARE(logged(QStringLiteral("kiosk's keymap types other characters")), differs);
        verifyLogHasNoPayload();
    }

    void positionsOnAnotherReaderLayout()
    {
        // A reader set to type German, on a Danish kiosk.
        WedgeOptions o;
        o.scanCodeOffset = keylayout::kXkbKeycodeOffset;
        o.readerLayout = Layout::De;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(QStringLiteral("https://x.dk/b/Z7M3-QXYS"), Layout::De, Layout::Da, true);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("https://x.dk/b/Z7M3-QXYS"));
    }

    void configuredKeymapMapsBack_data()
    {
        QTest::addColumn<int>("keymap");
        for (Layout keymap : keylayout::all())
            QTest::newRow(keylayout::name(keymap).toString().toLatin1()) << int(keymap);
    }

    void configuredKeymapMapsBack()
    {
        // No key positions (offscreen, synthesized events): characters are mapped back
        // through the configured keymap. No warning: the configuration says so.
        QFETCH(int, keymap);
        WedgeOptions o;
        o.kioskKeymap = Layout(keymap);
        o.accepts = testing::appAcceptsScan;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        const QString url = QStringLiteral("https://booking.example.dk/b/K7M3-QX9S");
        typeThrough(url, Layout::Us, Layout(keymap), false);
        typeThrough(QStringLiteral("K7M3-QX9S"), Layout::Us, Layout(keymap), false);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(scans.at(0).at(0).toByteArray(), url.toUtf8());
        QCOMPARE(scans.at(1).at(0).toByteArray(), QByteArrayLiteral("K7M3-QX9S"));
        QVERIFY2(!logged(QStringLiteral("wedge_keymap")),
                 qPrintable(m_log->messages().join(u'\n')));
    }

    void keymapMismatchFoundAtRunTime_data()
    {
        QTest::addColumn<int>("actual");
        QTest::addColumn<QString>("meant");
        QTest::addColumn<QString>("advice");
        const QString url = QStringLiteral("https://booking.example.dk/b/K7M3-QX9S");
        QTest::newRow("da code") << int(Layout::Da) << QStringLiteral("K7M3-QX9S")
                                 << QStringLiteral("wedge_keymap = da");
        QTest::newRow("da url") << int(Layout::Da) << url << QStringLiteral("wedge_keymap = da");
        QTest::newRow("de url") << int(Layout::De) << url << QStringLiteral("wedge_keymap = de");
        QTest::newRow("de code with Y and Z") << int(Layout::De) << QStringLiteral("YZ2K-7MZT")
                                              << QStringLiteral("wedge_keymap = de");
        QTest::newRow("no url") << int(Layout::No) << url << QStringLiteral("wedge_keymap = no");
        QTest::newRow("uk url with fragment") << int(Layout::Uk) << url + QStringLiteral("#top")
                                              << QStringLiteral("wedge_keymap = uk");
    }

    void keymapMismatchFoundAtRunTime()
    {
        // Nothing configured (auto without XKB_DEFAULT_LAYOUT), no key positions: the scan as
        // received is not a code, the scan mapped back through the actual keymap is. It is
        // taken, and the technician is told what to set, without the payload.
        QFETCH(int, actual);
        QFETCH(QString, meant);
        QFETCH(QString, advice);
        QVERIFY(testing::appAcceptsScan(meant.toUtf8()));
        WedgeOptions o;
        o.accepts = testing::appAcceptsScan;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(meant, Layout::Us, Layout(actual), false);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), meant.toUtf8());
        QVERIFY2(logged(QStringLiteral("only read after mapping it back .*") + advice),
                 qPrintable(m_log->messages().join(u'\n')));
        verifyLogHasNoPayload();
        // Logged once, not at every scan.
        m_now += 5000;
        typeThrough(meant, Layout::Us, Layout(actual), false);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(m_log->messages().filter(QStringLiteral("only read after mapping")).size(), 1);
    }

    void wronglyConfiguredKeymapFoundAtRunTime()
    {
        WedgeOptions o;
        o.kioskKeymap = Layout::De; // but the kiosk is Danish
        o.accepts = testing::appAcceptsScan;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(QStringLiteral("https://booking.example.dk/b/K7M3-QX9S"), Layout::Us,
                    Layout::Da, false);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(),
                 QByteArrayLiteral("https://booking.example.dk/b/K7M3-QX9S"));
        QVERIFY(logged(QStringLiteral("wedge_keymap = da")));
    }

    void misreadIsNotRepairedIntoAnotherCode()
    {
        // A misread on a kiosk whose keymap matches the reader (nothing to map back): a code
        // whose Y and Z are swapped has a wrong check character. German swaps Y and Z, so
        // "mapping it back" through de would make it a valid code - someone else's booking.
        // Without evidence of a keymap mismatch the scan is passed on as read (the app says
        // "could not be read").
        QString valid;
        QString misread;
        for (int n = 1000; n < 10000 && valid.isEmpty(); ++n) {
            const std::string data = "YA" + std::to_string(n) + "Z";
            const std::string code = data + bookingcode::checkSymbol(data);
            std::string swapped = code;
            for (char &c : swapped)
                c = c == 'Y' ? 'Z' : c == 'Z' ? 'Y' : c;
            if (code.find_first_of("YZ", 7) != std::string::npos)
                continue; // keep the check character itself out of the swap
            if (testing::appAcceptsScan(QByteArray::fromStdString(code)) &&
                !testing::appAcceptsScan(QByteArray::fromStdString(swapped))) {
                valid = QString::fromStdString(code);
                misread = QString::fromStdString(swapped);
            }
        }
        QVERIFY(!valid.isEmpty());
        WedgeOptions o;
        o.accepts = testing::appAcceptsScan;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(misread, Layout::Us, Layout::Us, false);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), misread.toUtf8());
        QVERIFY(!logged(QStringLiteral("mapping")));
    }

    void notACodeStaysNotACode()
    {
        // Nothing maps a non-code into a code: it is passed on as received (the app refuses
        // it calmly); characters a US reader cannot type are logged as a likely mismatch.
        WedgeOptions o;
        o.accepts = testing::appAcceptsScan;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(QStringLiteral("hello-world"), Layout::Us, Layout::Da, false);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("hello+world"));
        QVERIFY(!logged(QStringLiteral("mapping")));
        m_now += 5000;
        typeThrough(QStringLiteral("ftp://x"), Layout::Us, Layout::Da, false);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(scans.at(1).at(0).toByteArray(), QStringLiteral("ftpÆ--x").toUtf8());
        QVERIFY(logged(QStringLiteral("cannot type")));
    }

    void scanCodeOffsets()
    {
        QCOMPARE(scanCodeOffsetFor(u"xcb"), std::optional(8));
        QCOMPARE(scanCodeOffsetFor(u"wayland"), std::optional(8));
        QCOMPARE(scanCodeOffsetFor(u"wayland-egl"), std::optional(8));
        QCOMPARE(scanCodeOffsetFor(u"offscreen"), std::optional<int>());
        QCOMPARE(scanCodeOffsetFor(u"eglfs"), std::optional<int>());
    }
};

QTEST_MAIN(TestWedgeKeymap)
#include "tst_wedgekeymap.moc"
