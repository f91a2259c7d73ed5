// The keyboard-wedge reader told apart from a person typing, with synthetic key events sent
// through the application's event filters to a window, on an injected ms clock (wedgetesting.h).
// Events carry timestamps where a test says so, as xcb and wayland deliver them: the gaps come
// from the events' own timestamps. Keymap mismatches: tst_wedgekeymap.cpp.
#include "wedgetesting.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace bk;
using namespace bk::testing;
using bk::keylayout::Layout;

class TestWedgeReader : public WedgeTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startLogCapture(); }
    void init() { newWindow(); }
    void cleanup() { deleteWindow(); }

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
                 qPrintable(m_log->messages().join(u'\n')));
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
        const qsizetype lines = m_log->messages().size();
        m_stamp += 500;
        typeStamped(QStringLiteral("a"), 5, 5, Qt::Key_Return);
        QCOMPARE(m_log->messages().size(), lines);
    }
};

QTEST_MAIN(TestWedgeReader)
#include "tst_wedgereader.moc"
