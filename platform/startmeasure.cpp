#include "platform/startmeasure.h"

#include <QFile>
#include <QList>

#include <time.h>
#include <unistd.h>

namespace bk {

double msSinceProcessStart()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // starttime is field 22 (proc(5)); the name in field 2 may hold spaces and parentheses,
    // so the fields are counted from its last ')': field 3 is then the first.
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() <= 19)
        return -1;
    bool ok = false;
    const double startedMs = fields.at(19).toDouble(&ok) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startedMs;
}

qint64 peakRssKib()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // "VmHWM:	  123456 kB"
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

QByteArray firstFrameLine()
{
    return "first-frame-ms=" + QByteArray::number(msSinceProcessStart(), 'f', 0) +
           " peak-rss-kib=" + QByteArray::number(peakRssKib()) + '\n';
}

} // namespace bk
