#include "kiosk/clockguard.h"

#include "domain/clock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClock, "bk.clock")

namespace bk {

ClockGuard::ClockGuard(const Clock &clock, Sources sources, QObject *parent)
    : QObject(parent), m_clock(clock), m_sources(std::move(sources))
{}

ClockVerdict ClockGuard::check()
{
    ClockEvidence e;
    e.buildTime = m_sources.buildTime;
    if (m_sources.lastSync)
        e.lastSync = m_sources.lastSync();
    if (m_sources.centralNow)
        e.centralNow = m_sources.centralNow();
    ClockVerdict v = judgeClock(m_clock.now(), e);
    const bool changed = v.fault != m_verdict.fault;
    m_verdict = std::move(v);
    if (changed) {
        if (m_verdict.ok())
            qCInfo(lcClock) << "system clock plausible again: tickets and check-ins resume";
        else
            qCWarning(lcClock).noquote() << m_verdict.reason;
        emit verdictChanged();
    }
    return m_verdict;
}

std::function<bool()> ClockGuard::gate()
{
    return [this] { return check().ok(); };
}

} // namespace bk
