#pragma once
// The one source of "now". Production uses SystemClock; tests set a FixedClock.

#include <QDateTime>
#include <QTimeZone>

namespace bk {

class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime t) : m_now(t.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

/// The time zone every Danish borgerservice lives in.
inline QTimeZone siteTimeZone()
{
    return QTimeZone("Europe/Copenhagen");
}

} // namespace bk
