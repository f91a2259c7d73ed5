// The keyboard-wedge reader told apart from a person typing, with synthetic key events sent
// through the application's event filters to a window, on an injected ms clock.
#include "wedgebarcodereader.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace bk;

namespace {

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
    RecordingWindow *m_window = nullptr;

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
    void init()
    {
        m_window = new RecordingWindow;
        m_now = 1000;
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
};

QTEST_MAIN(TestWedgeReader)
#include "tst_wedgereader.moc"
