#pragma once
// Whether the system clock may decide check-ins and number tickets. The evidence (the build's
// date, the central's clock at the last sync, the central's clock now) is read at every
// check; a change of verdict is logged for the technician (category bk.clock), never shown to
// the citizen as anything but "please ask at the counter".

#include "domain/clockcheck.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace bk {

class Clock;

class ClockGuard : public QObject
{
    Q_OBJECT

public:
    struct Sources
    {
        QDateTime buildTime; ///< UTC; invalid = unknown
        /// The central's clock at the end of the last completed sync round (UTC; invalid =
        /// none): SyncState::lastCentralTime, which the engine keeps across restarts.
        std::function<QDateTime()> lastSync;
        /// The central's clock now (SyncState::centralNow()); nullopt = no recent answer.
        std::function<std::optional<QDateTime>()> centralNow;
    };

    /// `clock` must outlive the guard; a missing source is missing evidence.
    ClockGuard(const Clock &clock, Sources sources, QObject *parent = nullptr);

    /// Judges the clock now; a change of verdict is logged (warning with the reason when it
    /// goes wrong, info when it is right again) and signalled.
    ClockVerdict check();
    /// The latest verdict (of the last check()).
    const ClockVerdict &verdict() const { return m_verdict; }
    /// For the flows: checks, true when the clock may be used.
    std::function<bool()> gate();

signals:
    void verdictChanged();

private:
    const Clock &m_clock;
    Sources m_sources;
    ClockVerdict m_verdict;
};

} // namespace bk
