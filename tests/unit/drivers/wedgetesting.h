#pragma once
// What the keyboard-wedge reader's unit tests share (tst_wedgereader, tst_wedgekeymap): a window
// that records the keys that reach it, and a base class that sends synthetic key events through
// the application's event filters on an injected ms clock, with timestamps and native scan
// codes where a test says so (as xcb and wayland deliver them), and captures the reader's log.

#include "drivers/wedgebarcodereader.h"
#include "support/logcapture.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QWindow>

#include <memory>
#include <optional>

namespace bk::testing {

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

/// The Qt key of a letter or digit; Qt::Key_unknown for anything else.
inline int keyFor(QChar c)
{
    return c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A')
                        : (c.isDigit() ? Qt::Key_0 + (c.unicode() - '0') : Qt::Key_unknown);
}

/// The base of a wedge reader test class: its private slots call startLogCapture()
/// (initTestCase), newWindow() (init) and deleteWindow() (cleanup).
class WedgeTestBase : public QObject
{
protected:
    using Layout = keylayout::Layout;

    /// Starts the log capture of the reader's category; call from initTestCase().
    void startLogCapture() { m_log = std::make_unique<testing::LogCapture>("bk.drivers.wedge"); }
    /// A fresh window, clock and log for each test function; call from init().
    void newWindow()
    {
        m_window = new RecordingWindow;
        m_now = 1000;
        m_stamp = 0;
        m_log->clear();
    }
    /// Call from cleanup().
    void deleteWindow()
    {
        delete m_window;
        m_window = nullptr;
    }

    qint64 m_now = 1000;
    quint64 m_stamp = 0; // the window system's timestamp of the next key; 0 = none
    RecordingWindow *m_window = nullptr;
    // The wedge reader's log lines, to check reasons and privacy; made in initTestCase().
    std::unique_ptr<testing::LogCapture> m_log;

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
        return !m_log->messages().filter(QRegularExpression(pattern)).isEmpty();
    }
    /// No log line holds any part of the payload (the code's symbols in a row).
    void verifyLogHasNoPayload()
    {
        for (const QString &line : m_log->messages())
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
};

} // namespace bk::testing
