#include "platform/systemdnotifier.h"

#include <QLoggingCategory>

#include <systemd/sd-daemon.h>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcNotify, "bk.systemd")

namespace bk {

SystemdNotifier::SystemdNotifier(QObject *parent) : QObject(parent)
{
    m_enabled = !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
    if (!m_enabled)
        return;
    m_watchdog = parseWatchdogUsec(qgetenv("WATCHDOG_USEC"));
    if (m_watchdog.count() == 0)
        return;
    m_pet.setInterval(petInterval());
    m_pet.setTimerType(Qt::CoarseTimer);
    connect(&m_pet, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
    m_pet.start();
    // Pet once now: the first timeout would otherwise come half an interval after start.
    send("WATCHDOG=1");
    qCInfo(lcNotify).noquote() << "watchdog: petting every" << m_pet.interval()
                               << "ms (WATCHDOG_USEC =" << m_watchdog.count() << ")";
}

std::chrono::milliseconds SystemdNotifier::petInterval() const
{
    if (m_watchdog.count() == 0)
        return std::chrono::milliseconds(0);
    const auto half = std::chrono::duration_cast<std::chrono::milliseconds>(m_watchdog / 2);
    return std::max(half, std::chrono::milliseconds(1));
}

std::chrono::microseconds SystemdNotifier::parseWatchdogUsec(const QByteArray &value)
{
    bool ok = false;
    const qulonglong usec = value.trimmed().toULongLong(&ok, 10);
    if (!ok || usec == 0 || value.trimmed().startsWith('+'))
        return std::chrono::microseconds(0);
    return std::chrono::microseconds(qint64(std::min<qulonglong>(usec, qulonglong(1) << 50)));
}

void SystemdNotifier::ready(const QString &statusText)
{
    if (m_readySent)
        return;
    m_readySent = true;
    send("READY=1\nSTATUS=" + statusText.simplified().toUtf8());
}

void SystemdNotifier::status(const QString &statusText)
{
    send("STATUS=" + statusText.simplified().toUtf8());
}

void SystemdNotifier::stopping()
{
    m_pet.stop();
    send("STOPPING=1");
}

void SystemdNotifier::send(const QByteArray &message)
{
    if (!m_enabled)
        return;
    // sd_notify(3): > 0 sent, 0 no NOTIFY_SOCKET, < 0 -errno. A failed pet is logged once per
    // run of failures, not at every tick.
    const int rc = sd_notify(0, message.constData());
    if (rc < 0 && !m_failing)
        qCWarning(lcNotify) << "sd_notify failed:" << std::strerror(-rc);
    m_failing = rc < 0;
}

} // namespace bk
