#pragma once
// A serial port that keeps itself open: the shared part of the serial display and the serial
// barcode reader. Lobby devices get unplugged by cleaners and USB-serial adapters re-enumerate;
// the link notices (an error on read or write: a vanished USB device reports ResourceError, a
// vanished pty peer ReadError) and tries to reopen the same path every kRetryMs, so a device
// is back within a second of returning. Only the owning thread touches it (no blocking calls).

#include "drivers/devicestatus.h"

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace bk {

/// Where a serial device is and how fast it talks.
struct SerialSettings
{
    QString port; ///< device path; a symlink (udev, socat) is followed on every open
    int baud = 9600;

    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

/// A self-reopening serial port (8N1, no flow control).
class SerialLink : public QObject
{
    Q_OBJECT

public:
    /// Between open attempts: half a second keeps "back within 2 s" with room to spare and
    /// costs one failed open() per tick while the device is away.
    static constexpr int kRetryMs = 500;

    /// Tries to open at once (from the event loop) and keeps trying.
    explicit SerialLink(const SerialSettings &settings, QObject *parent = nullptr);

    /// Connected, Reconnecting (absent, unplugged) or Error (present but unusable).
    DeviceStatus status() const { return m_status; }
    /// Queues `bytes` for writing; false (nothing queued) while not connected.
    bool write(const QByteArray &bytes);
    /// The settings the link was made with.
    const SerialSettings &settings() const { return m_settings; }

signals:
    /// The port was (re)opened: a fresh device that knows nothing of what was sent before.
    void opened();
    /// Bytes arrived.
    void received(const QByteArray &bytes);
    /// status() changed.
    void statusChanged();

private:
    void tryOpen();
    void lost(const QString &reason, const QString &reasonKey);
    void setStatus(DeviceState state, const QString &reason, const QString &reasonKey);

    SerialSettings m_settings;
    QSerialPort m_port;
    QTimer m_retry;
    DeviceStatus m_status{DeviceState::Reconnecting, QStringLiteral("opening")};
};

} // namespace bk
