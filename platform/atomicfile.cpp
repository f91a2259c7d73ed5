#include "platform/atomicfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bk {

namespace {

QString failure(const QString &path, const char *step)
{
    return QStringLiteral("%1: %2 failed: %3")
        .arg(path, QLatin1String(step), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

QString writeFileAtomically(const QString &path, const QByteArray &data, mode_t mode)
{
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    QByteArray temp = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    const int fd = mkstemp(temp.data()); // 0600, O_EXCL: nobody else sees or shares it
    if (fd < 0)
        return failure(path, "creating a temporary file in its folder");
    const auto abandon = [&](const char *step) {
        const QString e = failure(path, step);
        ::close(fd);
        ::unlink(temp.constData());
        return e;
    };
    if (fchmod(fd, mode) != 0)
        return abandon("setting the permissions");
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon("writing");
        written += n;
    }
    if (fsync(fd) != 0)
        return abandon("fsync");
    if (::close(fd) != 0) {
        const QString e = failure(path, "closing");
        ::unlink(temp.constData());
        return e;
    }
    if (::rename(temp.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const QString e = failure(path, "renaming the temporary file over it");
        ::unlink(temp.constData());
        return e;
    }
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return failure(path, "opening its folder to fsync the rename");
    const bool synced = fsync(dirFd) == 0;
    ::close(dirFd);
    if (!synced)
        return failure(path, "fsync of its folder");
    return {};
}

} // namespace bk
