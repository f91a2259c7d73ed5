#include "support/notifysocket.h"

#include <QFile>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace bk::testing {

NotifySocket::NotifySocket(const QString &path)
{
    m_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    if (size_t(p.size()) >= sizeof addr.sun_path)
        return;
    std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
    m_bound = m_fd >= 0 && bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
}

NotifySocket::~NotifySocket()
{
    if (m_fd >= 0)
        close(m_fd);
}

QList<QByteArray> NotifySocket::drain()
{
    QList<QByteArray> out;
    char buf[4096];
    for (;;) {
        const ssize_t n = recv(m_fd, buf, sizeof buf, 0);
        if (n < 0)
            return out;
        out.append(QByteArray(buf, n));
    }
}

} // namespace bk::testing
