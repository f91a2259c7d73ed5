#include "drivers/headsetjack.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHeadset, "bk.drivers.headset")

namespace bk {

HeadsetJack::HeadsetJack(QString path, int retryMs, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &HeadsetJack::open);
    QTimer::singleShot(0, this, &HeadsetJack::open);
}

HeadsetJack::~HeadsetJack()
{
    close();
}

void HeadsetJack::open()
{
    if (m_fd >= 0)
        return;
    const QByteArray path = m_path.toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        // Once per failure: the log is the technician's (the device may be away for hours).
        if (!m_failureLogged)
            qCWarning(lcHeadset).noquote()
                << "headset jack: cannot open" << m_path << "(" << std::strerror(errno)
                << "); check speech.headset_device and that the kiosk's user may read it";
        m_failureLogged = true;
        m_retry.start();
        return;
    }
    qCInfo(lcHeadset).noquote() << "headset jack: reading" << m_path;
    m_failureLogged = false;
    m_pending.clear();
    // The state now, on an evdev node (a FIFO or another file has no such request: ENOTTY). Only
    // noted: a plug already in at start (or after the device came back) starts nothing, a
    // change does.
    unsigned long
        switches[(SW_MAX + 1 + 8 * sizeof(unsigned long) - 1) / (8 * sizeof(unsigned long))] = {};
    if (::ioctl(m_fd, EVIOCGSW(sizeof(switches)), switches) >= 0) {
        const unsigned long bits = 8 * sizeof(unsigned long);
        m_inserted = (switches[SW_HEADPHONE_INSERT / bits] >> (SW_HEADPHONE_INSERT % bits)) & 1u;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HeadsetJack::readEvents);
}

void HeadsetJack::readEvents()
{
    char buffer[64 * sizeof(input_event)];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof(buffer));
        if (n > 0) {
            m_pending.append(buffer, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // 0: the writer went away (a FIFO); an error: the device was unplugged (ENODEV).
        qCInfo(lcHeadset).noquote() << "headset jack:" << m_path << "went away; reopening";
        close();
        m_retry.start();
        break;
    }
    qsizetype used = 0;
    while (m_pending.size() - used >= qsizetype(sizeof(input_event))) {
        input_event ev;
        std::memcpy(&ev, m_pending.constData() + used, sizeof(ev));
        used += qsizetype(sizeof(ev));
        if (ev.type == EV_SW && ev.code == SW_HEADPHONE_INSERT)
            setInserted(ev.value != 0);
    }
    m_pending.remove(0, used);
}

void HeadsetJack::close()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void HeadsetJack::setInserted(bool inserted)
{
    if (inserted == m_inserted)
        return;
    m_inserted = inserted;
    qCInfo(lcHeadset) << "headset" << (inserted ? "plugged in" : "pulled out");
    emit insertedChanged(inserted);
}

} // namespace bk
