// The keyboard-wedge reader told apart from a person typing, with synthetic key events sent
// through the application's event filters to a window, on an injected ms clock. Events carry
// timestamps and native scan codes where a test says so, as xcb and wayland deliver them.
#include "domain/bookingcode.h"
#include "domain/scanpayload.h"
#include "drivers/wedgebarcodereader.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWindow>

using namespace bk;
using bk::keylayout::Layout;

namespace {

// Log lines of the wedge reader, captured so that tests can check reasons and privacy.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "bk.drivers.wedge")
        g_log.append(message);
    g_previousHandler(type, context, message);
}

// The app's parser, as main.cpp wires it.
bool parses(const QByteArray &raw)
{
    return bk::parseScan(std::string_view(raw.constData(), std::size_t(raw.size()))).ok();
}

/// A window that records what reaches it: "p:x" for a press of text x, "r:x" for a release.
class RecordingWindow : public QWindow
{
public:
    QStringList seen;

protected:
    void keyPressEvent(QKeyEvent *e) override { seen.append(QStringLiteral("p:") + label(e)); }
    void keyReleaseEvent(QKeyEvent *e) override { seen.append(QStringLiteral("r:") + label(e)); }

private:
    static QString label(const QKeyEvent *e)
    {
        if (e->key() == Qt::Key_Return)
            return QStringLiteral("RET");
        if (e->key() == Qt::Key_Shift)
            return QStringLiteral("SHIFT");
        return e->text();
    }
};

int keyFor(QChar c)
{
    return c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A')
                        : (c.isDigit() ? Qt::Key_0 + (c.unicode() - '0') : Qt::Key_unknown);
}

} // namespace

class TestWedgeReader : public QObject
{
    Q_OBJECT

    qint64 m_now = 1000;
    quint64 m_stamp = 0; // the window system's timestamp of the next key; 0 = none
    RecordingWindow *m_window = nullptr;

    /// Sends one key event with `scanCode` (0: none) and the current m_stamp.
    void keyAt(QEvent::Type type, int k, const QString &text, quint32 scanCode, bool shift)
    {
        QKeyEvent e(type, k, shift ? Qt::ShiftModifier : Qt::NoModifier, scanCode, 0, 0, text);
        e.setTimestamp(m_stamp);
        QCoreApplication::sendEvent(m_window, &e);
    }
    /// A reader set to `reader` types `meant` on a kiosk whose keymap is `keymap`: the key
    /// events carry the kiosk's characters, and XKB key codes when `positions`. The window
    /// system stamps the presses `gapMs` apart; the clock moves `clockStepMs` per key.
    void typeThrough(const QString &meant, Layout reader, Layout keymap, bool positions,
                     int gapMs = 5, int clockStepMs = 5)
    {
        for (QChar c : meant) {
            const std::optional<keylayout::KeyStroke> stroke = keylayout::strokeFor(reader, c);
            QVERIFY(stroke);
            const std::optional<QChar> received = keylayout::character(keymap, *stroke);
            const QString text = received ? QString(*received) : QString();
            const int k = received ? int(received->toUpper().unicode()) : int(Qt::Key_Dead_Acute);
            const quint32 scanCode =
                positions ? quint32(stroke->evdevCode + keylayout::kXkbKeycodeOffset) : 0;
            m_now += clockStepMs;
            if (m_stamp)
                m_stamp += quint64(gapMs);
            keyAt(QEvent::KeyPress, k, text, scanCode, stroke->shift);
            keyAt(QEvent::KeyRelease, k, text, scanCode, stroke->shift);
        }
        m_now += clockStepMs;
        if (m_stamp)
            m_stamp += quint64(gapMs);
        keyAt(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"), positions ? 36 : 0, false);
        keyAt(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"), positions ? 36 : 0, false);
    }
    /// Types `text` (letters and digits) with window-system timestamps `gapMs` apart while the
    /// clock moves `clockStepMs` per key, then `terminator` unless it is 0.
    void typeStamped(const QString &text, int gapMs, int clockStepMs, int terminator)
    {
        if (!m_stamp)
            m_stamp = 500000;
        for (QChar c : text) {
            m_stamp += quint64(gapMs);
            m_now += clockStepMs;
            keyAt(QEvent::KeyPress, keyFor(c), QString(c), 0, false);
            keyAt(QEvent::KeyRelease, keyFor(c), QString(c), 0, false);
        }
        if (terminator == 0)
            return;
        m_stamp += quint64(gapMs);
        m_now += clockStepMs;
        const QString t = terminator == Qt::Key_Tab ? QStringLiteral("\t") : QStringLiteral("\r");
        keyAt(QEvent::KeyPress, terminator, t, 0, false);
        keyAt(QEvent::KeyRelease, terminator, t, 0, false);
    }
    bool logged(const QString &pattern) const
    {
        return !g_log.filter(QRegularExpression(pattern)).isEmpty();
    }
    /// No log line holds any part of the payload (the code's symbols in a row).
    void verifyLogHasNoPayload()
    {
        for (const QString &line : std::as_const(g_log))
            for (const char *part : {"K7M3", "QX9S", "K7Q2", "M9XA", "booking.example"})
                QVERIFY2(!line.contains(QLatin1String(part), Qt::CaseInsensitive),
                         qPrintable(line));
    }

    void key(QEvent::Type type, int k, const QString &text = {})
    {
        QKeyEvent e(type, k, Qt::NoModifier, text);
        QCoreApplication::sendEvent(m_window, &e);
    }
    /// Types `text` with `gapMs` between key presses, then Enter.
    void type(const QString &text, int gapMs, bool enter = true)
    {
        for (QChar c : text) {
            m_now += gapMs;
            key(QEvent::KeyPress, keyFor(c), QString(c));
            m_now += 2;
            key(QEvent::KeyRelease, keyFor(c), QString(c));
        }
        if (enter) {
            m_now += gapMs;
            key(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
            key(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
        }
    }

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureLog); }

    void init()
    {
        m_window = new RecordingWindow;
        m_now = 1000;
        m_stamp = 0;
        g_log.clear();
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void fastBurstIsAScanAndSwallowed()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("K7Q2M9XA"), 8);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7Q2M9XA"));
        QTest::qWait(100); // nothing held back for later either
        QCOMPARE(m_window->seen, QStringList());
        QCOMPARE(reader.status().state, DeviceState::Connected);
    }

    void shiftedCapitalsBelongToTheBurst()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        for (QChar c : QStringLiteral("AB12CD34")) {
            m_now += 5;
            key(QEvent::KeyPress, Qt::Key_Shift);
            key(QEvent::KeyPress, keyFor(c), QString(c));
            key(QEvent::KeyRelease, keyFor(c), QString(c));
            key(QEvent::KeyRelease, Qt::Key_Shift);
        }
        m_now += 5;
        key(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        key(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("AB12CD34"));
        // Only the very first Shift press went through (nothing was held yet): harmless.
        QCOMPARE(m_window->seen, QStringList{QStringLiteral("p:SHIFT")});
    }

    void personTypingPassesThroughInOrder()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("hej123"), 120);
        QCOMPARE(scans.count(), 0);
        const QStringList expected{
            QStringLiteral("p:h"),   QStringLiteral("r:h"),  QStringLiteral("p:e"),
            QStringLiteral("r:e"),   QStringLiteral("p:j"),  QStringLiteral("r:j"),
            QStringLiteral("p:1"),   QStringLiteral("r:1"),  QStringLiteral("p:2"),
            QStringLiteral("r:2"),   QStringLiteral("p:3"),  QStringLiteral("r:3"),
            QStringLiteral("p:RET"), QStringLiteral("r:RET")};
        QCOMPARE(m_window->seen, expected);
    }

    void lastKeyOfTypingIsDeliveredAfterAShortWait()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        type(QStringLiteral("a"), 200, false);
        QCOMPARE(m_window->seen, QStringList()); // held: could be the start of a scan
        QTRY_COMPARE_WITH_TIMEOUT(m_window->seen,
                                  (QStringList{QStringLiteral("p:a"), QStringLiteral("r:a")}), 500);
    }

    void shortFastBurstIsTyping()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("123"), 5);
        QCOMPARE(scans.count(), 0);
        QCOMPARE(m_window->seen.size(), 8);
        QCOMPARE(m_window->seen.first(), QStringLiteral("p:1"));
        QCOMPARE(m_window->seen.last(), QStringLiteral("r:RET"));
    }

    void slowEndIsTyping()
    {
        // Fast keys, but Enter comes late: a person finishing a paste-like burst, not a reader.
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("K7Q2M9XA"), 5, false);
        m_now += 300;
        key(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        QCOMPARE(scans.count(), 0);
        QCOMPARE(m_window->seen.size(), 17);
        QCOMPARE(m_window->seen.last(), QStringLiteral("p:RET"));
    }

    void sameCodeWithinTwoSecondsCountsOnce()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("K7Q2M9XA"), 5);
        m_now += 500;
        type(QStringLiteral("K7Q2M9XA"), 5);
        QCOMPARE(scans.count(), 1);
        m_now += 2500;
        type(QStringLiteral("K7Q2M9XA"), 5);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(m_window->seen, QStringList());
    }

    void scanAfterTypingStillWorks()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("ab"), 150, false);
        m_now += 150;
        type(QStringLiteral("https://b.dk/K7Q2M9XA"), 4);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("https://b.dk/K7Q2M9XA"));
        QCOMPARE(m_window->seen, (QStringList{QStringLiteral("p:a"), QStringLiteral("r:a"),
                                              QStringLiteral("p:b"), QStringLiteral("r:b")}));
    }

    void overlongBurstIsCapped()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QString(2000, u'A'), 1);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray().size(), scanner::kDefaultMaxScanBytes + 1);
    }

    // --- keymaps: a reader typing US key positions on a kiosk with another keymap ---

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
        o.accepts = parses;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        const QString url = QStringLiteral("https://booking.example.dk/b/K7M3-QX9S");
        typeThrough(url, Layout::Us, Layout(keymap), false);
        typeThrough(QStringLiteral("K7M3-QX9S"), Layout::Us, Layout(keymap), false);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(scans.at(0).at(0).toByteArray(), url.toUtf8());
        QCOMPARE(scans.at(1).at(0).toByteArray(), QByteArrayLiteral("K7M3-QX9S"));
        QVERIFY2(!logged(QStringLiteral("wedge_keymap")), qPrintable(g_log.join(u'\n')));
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
        QVERIFY(parses(meant.toUtf8()));
        WedgeOptions o;
        o.accepts = parses;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeThrough(meant, Layout::Us, Layout(actual), false);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), meant.toUtf8());
        QVERIFY2(logged(QStringLiteral("only read after mapping it back .*") + advice),
                 qPrintable(g_log.join(u'\n')));
        verifyLogHasNoPayload();
        // Logged once, not at every scan.
        m_now += 5000;
        typeThrough(meant, Layout::Us, Layout(actual), false);
        QCOMPARE(scans.count(), 2);
        QCOMPARE(g_log.filter(QStringLiteral("only read after mapping")).size(), 1);
    }

    void wronglyConfiguredKeymapFoundAtRunTime()
    {
        WedgeOptions o;
        o.kioskKeymap = Layout::De; // but the kiosk is Danish
        o.accepts = parses;
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
            if (parses(QByteArray::fromStdString(code)) &&
                !parses(QByteArray::fromStdString(swapped))) {
                valid = QString::fromStdString(code);
                misread = QString::fromStdString(swapped);
            }
        }
        QVERIFY(!valid.isEmpty());
        WedgeOptions o;
        o.accepts = parses;
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
        o.accepts = parses;
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

    // --- timing: gaps from the key events' own timestamps ---

    void stalledGuiThreadDoesNotSplitAScan()
    {
        // The window system stamped the keys 10 ms apart; the GUI thread stalled for 120 ms
        // after the fourth and then got the rest all at once.
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3"), 10, 1, 0);
        m_now += 120;
        typeStamped(QStringLiteral("QX9S"), 10, 0, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7M3QX9S"));
        QCOMPARE(m_window->seen, QStringList());
    }

    void realStallWithTheTimerOverdue()
    {
        // A real stall on the real clock: when the event loop runs again, the give-up timer
        // is overdue and fires before the rest of the burst, which is queued behind it. (Qt's
        // unix event dispatcher activates timers before it sends window system events; here a
        // later timer stands in for them.)
        WedgeBarcodeReader reader(qApp);
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3"), 10, 0, 0);
        QThread::msleep(400);
        QTimer::singleShot(1, Qt::PreciseTimer, this,
                           [this] { typeStamped(QStringLiteral("QX9S"), 10, 0, Qt::Key_Return); });
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7M3QX9S"));
        QTest::qWait(300);
        QCOMPARE(m_window->seen, QStringList());
    }

    void slowBluetoothReaderWithTheDefaults()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3QX9S"), 60, 60, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(m_window->seen, QStringList());
    }

    void timestampsDecideNotTheClock()
    {
        // Handled quickly, but stamped 150 ms apart: a person typing.
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3QX9S"), 150, 1, Qt::Key_Return);
        QCOMPARE(scans.count(), 0);
        QCOMPARE(m_window->seen.size(), 18);
    }

    void withoutTimestampsTheClockDecides()
    {
        // Synthesized events (timestamp 0), or a timestamp that goes backwards (X11 time
        // wraps): the clock is used.
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        type(QStringLiteral("K7M3QX9S"), 150); // m_stamp 0
        QCOMPARE(scans.count(), 0);
        m_window->seen.clear();
        m_stamp = 900000;
        typeStamped(QStringLiteral("K7M3"), 5, 5, 0);
        m_stamp = 1000; // backwards
        typeStamped(QStringLiteral("QX9S"), 5, 5, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7M3QX9S"));
    }

    void gapIsConfigurable()
    {
        WedgeOptions o;
        o.maxGapMs = 20;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3QX9S"), 30, 30, Qt::Key_Return);
        QCOMPARE(scans.count(), 0);
        typeStamped(QStringLiteral("K7M3QX9S"), 15, 15, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
    }

    void tabTerminator()
    {
        WedgeOptions o;
        o.terminator = WedgeTerminator::Tab;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3QX9S"), 5, 5, Qt::Key_Tab);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(m_window->seen, QStringList()); // the Tab release swallowed too
        // Enter is not the terminator now: the burst is typing, and logged as such.
        typeStamped(QStringLiteral("K7Q2M9XA"), 5, 5, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(m_window->seen.last(), QStringLiteral("r:RET"));
        QVERIFY(logged(QStringLiteral("dropped: other-key after 8 keys.*wedge_terminator")));
    }

    void noTerminatorSilenceEndsTheScan()
    {
        WedgeOptions o;
        o.terminator = WedgeTerminator::None;
        WedgeBarcodeReader reader(qApp, o, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeStamped(QStringLiteral("K7M3QX9S"), 5, 5, 0);
        QCOMPARE(scans.count(), 0);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7M3QX9S"));
        QCOMPARE(m_window->seen, QStringList());
        // Short bursts are still typing.
        typeStamped(QStringLiteral("ab"), 5, 5, 0);
        QTRY_COMPARE(m_window->seen.size(), 4);
        QCOMPARE(scans.count(), 1);
    }

    void droppedScansAreLoggedWithTheirReason()
    {
        WedgeBarcodeReader reader(qApp, {}, [this] { return m_now; });
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        // split by a gap
        typeStamped(QStringLiteral("K7M3QX9S"), 5, 5, 0);
        m_stamp += 200;
        typeStamped(QStringLiteral("K7Q2"), 5, 5, Qt::Key_Return);
        QVERIFY2(logged(QStringLiteral("dropped: gap after 8 keys.*wedge_max_gap_ms")),
                 qPrintable(g_log.join(u'\n')));
        // too short
        m_stamp += 500;
        typeStamped(QStringLiteral("K7Q"), 5, 5, Qt::Key_Return);
        QVERIFY(logged(QStringLiteral("dropped: too-short after 3 keys")));
        // no terminator
        m_stamp += 500;
        typeStamped(QStringLiteral("K7Q2M9XA"), 5, 5, 0);
        QTRY_VERIFY(logged(QStringLiteral("dropped: no-terminator after 8 keys")));
        // duplicate
        m_stamp += 500;
        typeStamped(QStringLiteral("K7Q2M9XA"), 5, 5, Qt::Key_Return);
        typeStamped(QStringLiteral("K7Q2M9XA"), 5, 5, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QVERIFY(logged(QStringLiteral("dropped: duplicate")));
        // over-long
        m_stamp += 500;
        typeStamped(QString(600, u'K'), 1, 0, Qt::Key_Return);
        QVERIFY(logged(QStringLiteral("over-long: 600 keys")));
        verifyLogHasNoPayload();
        // A person's single key is not worth a line.
        const qsizetype lines = g_log.size();
        m_stamp += 500;
        typeStamped(QStringLiteral("a"), 5, 5, Qt::Key_Return);
        QCOMPARE(g_log.size(), lines);
    }
};

QTEST_MAIN(TestWedgeReader)
#include "tst_wedgereader.moc"
