#pragma once
// A bound AF_UNIX datagram socket standing in for systemd's notify socket (sd_notify(3)): the
// tests point NOTIFY_SOCKET at its path and read what the kiosk sent.

#include <QByteArray>
#include <QList>
#include <QString>

namespace bk::testing {

class NotifySocket
{
public:
    /// Binds a non-blocking datagram socket at `path` (a file that must not exist yet).
    explicit NotifySocket(const QString &path);
    ~NotifySocket();
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool bound() const { return m_bound; }
    /// Every datagram received since the last drain, oldest first ("READY=1\nSTATUS=...").
    QList<QByteArray> drain();

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace bk::testing
