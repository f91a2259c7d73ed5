#include "kiosk/inactivityguard.h"

#include "domain/clock.h"

#include <QEvent>

namespace bk {

InactivityGuard::InactivityGuard(Options options, const Clock &clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock)
{
    m_secondsLeft = m_options.countdownSeconds;
    m_lastActivity = m_clock.now();
    connect(&m_timer, &QTimer::timeout, this, &InactivityGuard::tick);
    if (m_options.tickMs > 0)
        m_timer.setInterval(m_options.tickMs);
}

void InactivityGuard::watch(QObject *target)
{
    if (target)
        target->installEventFilter(this);
}

void InactivityGuard::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_lastActivity = m_clock.now();
    setWarning(false, m_options.countdownSeconds);
    if (m_enabled && m_options.tickMs > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void InactivityGuard::touched()
{
    m_lastActivity = m_clock.now();
    if (m_warning)
        setWarning(false, m_options.countdownSeconds);
}

void InactivityGuard::tick()
{
    if (!m_enabled)
        return;
    const qint64 idle = m_lastActivity.secsTo(m_clock.now());
    if (idle < m_options.idleSeconds) {
        if (m_warning)
            setWarning(false, m_options.countdownSeconds);
        return;
    }
    const qint64 left = qint64(m_options.idleSeconds) + m_options.countdownSeconds - idle;
    if (left <= 0) {
        setWarning(false, m_options.countdownSeconds);
        // Disabled until the session says otherwise, so a timeout fires once.
        setEnabled(false);
        emit timedOut();
        return;
    }
    setWarning(true, int(left));
}

bool InactivityGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        touched();
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityGuard::setWarning(bool warning, int secondsLeft)
{
    if (warning == m_warning && secondsLeft == m_secondsLeft)
        return;
    m_warning = warning;
    m_secondsLeft = secondsLeft;
    emit changed();
}

} // namespace bk
