// The keyboard-wedge reader under a real X server (Xvfb, Danish keymap set with setxkbmap) on
// Qt's xcb platform: the keys of a US reader are injected with XTest as the server would get
// them from a USB reader (key codes, Shift, delays in server time), so what Qt 6.4 really puts
// in QKeyEvent (nativeScanCode = XKB key code, timestamp = X server time) is what is tested.
#include "domain/scanpayload.h"
#include "drivers/wedgebarcodereader.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWindow>

#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

using namespace bk;
using bk::keylayout::Layout;

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "bk.drivers.wedge")
        g_log.append(message);
    g_previousHandler(type, context, message);
}

bool parses(const QByteArray &raw)
{
    return bk::parseScan(std::string_view(raw.constData(), std::size_t(raw.size()))).ok();
}

// evdev codes (linux/input-event-codes.h): KEY_LEFTSHIFT, KEY_ENTER.
constexpr int kLeftShift = 42;
constexpr int kEnter = 28;

} // namespace

class TestDevicesWedge : public QObject
{
    Q_OBJECT

    Display *m_display = nullptr;
    QWindow *m_window = nullptr;

    /// One key of a reader, `delayMs` after the previous request (XTest delays in the server).
    void stroke(int evdev, bool shift, unsigned long delayMs)
    {
        const auto code = [](int e) { return unsigned(e + keylayout::kXkbKeycodeOffset); };
        if (shift) {
            XTestFakeKeyEvent(m_display, code(kLeftShift), True, delayMs);
            delayMs = 0;
        }
        XTestFakeKeyEvent(m_display, code(evdev), True, delayMs);
        XTestFakeKeyEvent(m_display, code(evdev), False, 0);
        if (shift)
            XTestFakeKeyEvent(m_display, code(kLeftShift), False, 0);
    }
    /// A reader set to US types `text` with `gapMs` between keys; Enter when `enter`.
    void typeAsUsReader(const QString &text, unsigned long gapMs, bool enter = true)
    {
        for (QChar c : text) {
            const std::optional<keylayout::KeyStroke> s = keylayout::strokeFor(Layout::Us, c);
            QVERIFY(s);
            stroke(s->evdevCode, s->shift, gapMs);
        }
        if (enter)
            stroke(kEnter, false, gapMs);
        XSync(m_display, False); // the server has taken (and time-stamped) every key
    }
    WedgeOptions options() const
    {
        WedgeOptions o;
        o.scanCodeOffset = scanCodeOffsetFor(QGuiApplication::platformName());
        o.accepts = parses;
        return o;
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureLog);
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        m_display = XOpenDisplay(nullptr);
        QVERIFY(m_display);
        int event = 0, error = 0, major = 0, minor = 0;
        QVERIFY(XTestQueryExtension(m_display, &event, &error, &major, &minor));
        // The Danish keymap. XTest's keys come from its own slave keyboard, whose keymap the
        // master takes over at its first key: press one first, then set the map, which the
        // server applies to the master and its last slave.
        stroke(kLeftShift, false, 0);
        XSync(m_display, False);
        QCOMPARE(QProcess::execute(QStringLiteral(BK_SETXKBMAP), {QStringLiteral("dk")}), 0);
        m_window = new QWindow;
        m_window->resize(200, 200);
        m_window->show();
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        if (m_display)
            XCloseDisplay(m_display);
    }

    void init() { g_log.clear(); }

    void xcbReportsKeyPositions() { QCOMPARE(options().scanCodeOffset, std::optional(8)); }

    void usReaderOnADanishKeymap_data()
    {
        QTest::addColumn<QString>("meant");
        QTest::newRow("code") << QStringLiteral("K7M3-QX9S");
        QTest::newRow("url") << QStringLiteral("https://booking.example.dk/b/K7M3-QX9S");
    }

    void usReaderOnADanishKeymap()
    {
        QFETCH(QString, meant);
        WedgeBarcodeReader reader(qApp, options());
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeAsUsReader(meant, 2);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), meant.toUtf8());
        // The server's keymap is really Danish: Qt's text differed from what the reader meant.
        QVERIFY2(!g_log.filter(QStringLiteral("keymap types other characters")).isEmpty(),
                 qPrintable(g_log.join(u'\n')));
    }

    void slowReaderWithTheDefaults()
    {
        WedgeBarcodeReader reader(qApp, options());
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeAsUsReader(QStringLiteral("K7M3QX9S"), 50);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("K7M3QX9S"));
    }

    void guiStallMidScan()
    {
        // The first half is handled at once; then the GUI thread stalls for 300 ms while the
        // reader types the rest 10 ms apart. The X server's timestamps keep the burst whole,
        // whichever runs first when the loop resumes, the overdue timer or the queued keys.
        WedgeBarcodeReader reader(qApp, options());
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeAsUsReader(QStringLiteral("A2B3"), 10, false);
        QTest::qWait(20);
        typeAsUsReader(QStringLiteral("C4D5E6"), 10);
        QThread::msleep(300);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toByteArray(), QByteArrayLiteral("A2B3C4D5E6"));
        QVERIFY2(g_log.filter(QStringLiteral("dropped")).isEmpty(), qPrintable(g_log.join(u'\n')));
    }

    void personTypingStaysTyping()
    {
        WedgeBarcodeReader reader(qApp, options());
        QSignalSpy scans(&reader, &BarcodeReader::scanned);
        typeAsUsReader(QStringLiteral("K7M3QX9S"), 150);
        QTest::qWait(500);
        QCOMPARE(scans.count(), 0);
    }
};

QTEST_MAIN(TestDevicesWedge)
#include "tst_devices_wedge.moc"
