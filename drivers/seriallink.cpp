#include "drivers/seriallink.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerial, "bk.drivers.serial")

namespace bk {

SerialLink::SerialLink(const SerialSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_port(this)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SerialLink::tryOpen);
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        const QByteArray bytes = m_port.readAll();
        if (!bytes.isEmpty())
            emit received(bytes);
    });
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        // Open errors are handled in tryOpen(); these are errors of an open port: the device
        // went away (ResourceError for USB, ReadError for a pty whose peer closed) or broke.
        if (e == QSerialPort::NoError || !m_port.isOpen())
            return;
        if (e == QSerialPort::TimeoutError)
            return;
        lost(QStringLiteral("%1 lost: %2").arg(m_settings.port, m_port.errorString()),
             QStringLiteral("port-lost"));
    });
    QTimer::singleShot(0, this, &SerialLink::tryOpen);
}

bool SerialLink::write(const QByteArray &bytes)
{
    if (!m_port.isOpen())
        return false;
    return m_port.write(bytes) == bytes.size();
}

void SerialLink::tryOpen()
{
    if (m_port.isOpen())
        return;
    m_port.setPortName(m_settings.port);
    m_port.setBaudRate(m_settings.baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (m_port.open(QIODevice::ReadWrite)) {
        m_retry.stop();
        m_port.clear(); // stale bytes from before the unplug are not a scan
        qCInfo(lcSerial) << m_settings.port << "open";
        setStatus(DeviceState::Connected, {}, {});
        emit opened();
        return;
    }
    const QSerialPort::SerialPortError e = m_port.error();
    m_port.clearError();
    if (!m_retry.isActive())
        m_retry.start();
    // Absent is normal while unplugged; present but refused needs a technician (udev rule,
    // group dialout, another program holding the port).
    if (e == QSerialPort::DeviceNotFoundError || !QFileInfo::exists(m_settings.port))
        setStatus(DeviceState::Reconnecting,
                  QStringLiteral("%1 not present: plug the device in").arg(m_settings.port),
                  QStringLiteral("port-missing"));
    else if (e == QSerialPort::PermissionError)
        setStatus(
            DeviceState::Error,
            QStringLiteral("%1: no permission or in use by another program").arg(m_settings.port),
            QStringLiteral("port-permission"));
    else
        setStatus(
            DeviceState::Error,
            QStringLiteral("%1 cannot be opened: %2").arg(m_settings.port, m_port.errorString()),
            QStringLiteral("port-error"));
}

void SerialLink::lost(const QString &reason, const QString &reasonKey)
{
    m_port.close();
    m_port.clearError();
    qCWarning(lcSerial).noquote() << reason;
    setStatus(DeviceState::Reconnecting, reason, reasonKey);
    if (!m_retry.isActive())
        m_retry.start();
}

void SerialLink::setStatus(DeviceState state, const QString &reason, const QString &reasonKey)
{
    const DeviceStatus s{state, reason, reasonKey};
    if (s == m_status)
        return;
    m_status = s;
    emit statusChanged();
}

} // namespace bk
