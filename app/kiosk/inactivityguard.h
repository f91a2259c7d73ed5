#pragma once
// After a while without a touch on any screen but home: "Are you still there?" with a
// countdown, then timedOut() (the session goes home and forgets the citizen). Touches are
// caught by an event filter on the window; time comes from the injected clock, so a test sets
// the clock and calls tick().

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace bk {

class Clock;

class InactivityGuard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(bool warning READ warning NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds CONSTANT)

public:
    struct Options
    {
        int idleSeconds = 30;      ///< ui.inactivity_seconds
        int countdownSeconds = 10; ///< ui.countdown_seconds
        int tickMs = 250;          ///< how often the clock is looked at; 0 = only by tick()
    };

    InactivityGuard(Options options, const Clock &clock, QObject *parent = nullptr);

    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int countdownSeconds() const { return m_options.countdownSeconds; }

    /// Catches touches, clicks and key presses on `target` (the window) as activity.
    void watch(QObject *target);

    /// Whether the guard runs at all (off on home).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// The citizen did something: restart the wait, close the warning.
    Q_INVOKABLE void touched();
    /// Looks at the clock: shows the warning, counts down, times out.
    Q_INVOKABLE void tick();

signals:
    void changed();
    /// The countdown ran out.
    void timedOut();
    /// A touch, click or key press on the watched window (on every screen, home included).
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setWarning(bool warning, int secondsLeft);

    Options m_options;
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    bool m_enabled = false;
    bool m_warning = false;
    int m_secondsLeft = 0;
};

} // namespace bk
