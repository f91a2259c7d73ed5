#pragma once
// A clock that a test sets from its own thread while another thread (the central's I/O
// thread, a sync engine's) reads it. Test-only: the product's clocks are bk::SystemClock.

#include "domain/clock.h"

#include <mutex>

namespace bk::testing {

class SettableClock final : public Clock
{
public:
    explicit SettableClock(QDateTime t) : m_now(t.toUTC()) {}
    QDateTime now() const override
    {
        std::lock_guard lock(m_mutex);
        return m_now;
    }
    /// Moves the clock to `t` (any time spec; stored as UTC).
    void set(const QDateTime &t)
    {
        std::lock_guard lock(m_mutex);
        m_now = t.toUTC();
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace bk::testing
