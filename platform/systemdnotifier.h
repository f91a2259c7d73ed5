#pragma once
// Telling systemd how the kiosk is doing (sd_notify(3)): READY=1 with a STATUS= line once the
// kiosk is up, STOPPING=1 on a clean exit, and WATCHDOG=1 from a timer on the thread this
// object lives in (the GUI thread in the program), so that a hung event loop stops the pets
// and systemd kills and restarts the unit after WatchdogSec.
//
// Under cage the app is not the unit's main PID: the unit sets NotifyAccess=all, and the
// interval is read from WATCHDOG_USEC here. sd_watchdog_enabled() is not used: it also checks
// WATCHDOG_PID, which names cage, and so says "no watchdog" (DESIGN.md, Known pitfalls).
// Without NOTIFY_SOCKET (not started by systemd) every call does nothing.

#include <QObject>
#include <QTimer>

#include <chrono>

namespace bk {

class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    /// Reads NOTIFY_SOCKET and WATCHDOG_USEC from the environment; with both, starts petting
    /// the watchdog at once at half the interval (sd_watchdog_enabled(3) advises half).
    explicit SystemdNotifier(QObject *parent = nullptr);

    /// Whether NOTIFY_SOCKET is set (systemd listens).
    bool enabled() const { return m_enabled; }
    /// WATCHDOG_USEC as read (0 = no watchdog, or NOTIFY_SOCKET unset).
    std::chrono::microseconds watchdogInterval() const { return m_watchdog; }
    /// The pet timer's period: half the watchdog interval, at least 1 ms; 0 without a watchdog.
    std::chrono::milliseconds petInterval() const;

    /// READY=1 and STATUS=`status` (one line, shown by systemctl status); once.
    void ready(const QString &status);
    /// STATUS=`status` alone.
    void status(const QString &status);
    /// STOPPING=1: a clean exit is under way (systemd then does not count it as a crash).
    void stopping();

    /// The microseconds in a WATCHDOG_USEC value, or 0 when it is not a positive decimal
    /// number (systemd.exec(5): "WATCHDOG_USEC=" the watchdog timeout in µs).
    static std::chrono::microseconds parseWatchdogUsec(const QByteArray &value);

private:
    void send(const QByteArray &message);

    bool m_enabled = false;
    bool m_readySent = false;
    bool m_failing = false; ///< the last send failed (logged once per run of failures)
    std::chrono::microseconds m_watchdog{0};
    QTimer m_pet;
};

} // namespace bk
