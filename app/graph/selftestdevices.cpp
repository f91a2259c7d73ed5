// The self-test's device checks: the CUPS queue (asked through the printer driver's own IPP
// client and judged by its status mapping) and the serial ports of the display and the reader
// (looked at without disturbing the running kiosk, which holds them open).

#include "graph/selftest.h"

#include "selftest_p.h"

#include "drivers/cupsbackendsignals.h"
#include "drivers/cupsippclient.h"
#include "drivers/cupsreceiptprinter.h"
#include "platform/config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bk {

namespace {

using selftest::make;

/// A CUPS command for `queue`, with -h when the kiosk talks to a server of its own.
QString cupsCommand(const char *command, const KioskConfig &config)
{
    return QStringLiteral("%1%2 %3").arg(QString::fromLatin1(command),
                                         config.printer.server.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" -h ") + config.printer.server,
                                         config.printer.queue);
}

/// A process that has `device` open: "borgerkiosk (pid 812)". Only the processes whose
/// /proc/PID/fd this user may read are seen (all of them as root).
struct Holder
{
    qint64 pid = 0;
    QString name;
};

QList<Holder> holdersOf(dev_t device)
{
    QList<Holder> out;
    const QDir proc(QStringLiteral("/proc"));
    const pid_t self = getpid();
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        const QStringList links = fds.entryList(QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : links) {
            struct stat st
            {};
            if (::stat(QFile::encodeName(fds.filePath(fd)).constData(), &st) == 0 &&
                S_ISCHR(st.st_mode) && st.st_rdev == device) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                QString name = comm.open(QIODevice::ReadOnly)
                                   ? QString::fromUtf8(comm.readAll().trimmed())
                                   : QStringLiteral("?");
                out.append({pid, name});
                break;
            }
        }
    }
    return out;
}

/// The serial port of a device: there, a character device that is a tty, and either held by
/// the running kiosk (then not opened again: the kiosk holds it exclusively) or openable now.
/// Opening and closing a tty neither sends bytes nor changes its settings.
SelfTestResult checkSerialPort(const char *id, const QString &what, const QString &key,
                               const QString &port)
{
    QJsonObject details{{QStringLiteral("port"), port}, {QStringLiteral("key"), key}};
    const QString udevFix =
        QStringLiteral("plug the %1 in (its USB cable and power); check that udev made the "
                       "name (ls -l /dev/borgerkiosk/, /lib/udev/rules.d/60-borgerkiosk.rules) "
                       "or set %2 to the device")
            .arg(what, key);
    const QByteArray path = QFile::encodeName(port);
    struct stat st
    {};
    if (port.isEmpty() || ::stat(path.constData(), &st) != 0)
        return make(id, SelfTestVerdict::Fail,
                    QStringLiteral("%1 port %2 is not there").arg(what, port), udevFix, details);
    const QString target = QFileInfo(port).canonicalFilePath();
    details.insert(QStringLiteral("device"), target);
    if (!S_ISCHR(st.st_mode))
        return make(
            id, SelfTestVerdict::Fail,
            QStringLiteral("%1 port %2 is not a device (%3)")
                .arg(what, port,
                     S_ISDIR(st.st_mode) ? QStringLiteral("a folder") : QStringLiteral("a file")),
            QStringLiteral("set %1 to the %2's serial device").arg(key, what), details);

    const QList<Holder> holders = holdersOf(st.st_rdev);
    QJsonArray heldBy;
    for (const Holder &h : holders)
        heldBy.append(
            QJsonObject{{QStringLiteral("pid"), h.pid}, {QStringLiteral("name"), h.name}});
    details.insert(QStringLiteral("heldBy"), heldBy);
    for (const Holder &h : holders)
        if (h.name == u"borgerkiosk")
            return make(id, SelfTestVerdict::Pass,
                        QStringLiteral("%1 port %2 (%3) is a serial device held open by the "
                                       "running kiosk (pid %4)")
                            .arg(what, port, target)
                            .arg(h.pid),
                        {}, details);
    QStringList others;
    for (const Holder &h : holders)
        others.append(QStringLiteral("%1 (pid %2)").arg(h.name).arg(h.pid));
    const QString stopOthers =
        QStringLiteral("stop %1 if it is not meant to use the %2 (ModemManager probes serial "
                       "ports: systemctl disable --now ModemManager)")
            .arg(others.isEmpty() ? QStringLiteral("the program that holds it")
                                  : others.join(QStringLiteral(", ")),
                 what);

    // Opening a tty neither sends bytes nor changes its settings; what matters is whether the
    // kiosk could open it too, i.e. whether anyone holds it exclusively (TIOCEXCL).
    const int fd = ::open(path.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        details.insert(QStringLiteral("errno"), err);
        if (err == EBUSY && !others.isEmpty())
            return make(id, SelfTestVerdict::Fail,
                        QStringLiteral("%1 port %2 is held exclusively by %3: the kiosk cannot "
                                       "open it")
                            .arg(what, port, others.join(QStringLiteral(", "))),
                        stopOthers, details);
        if (err == EBUSY)
            return make(id, SelfTestVerdict::Warn,
                        QStringLiteral("%1 port %2 is busy: a process this user cannot see "
                                       "holds it exclusively (the running kiosk, or another)")
                            .arg(what, port),
                        QStringLiteral("run the self-test as root to see who holds it"), details);
        if (err == EACCES || err == EPERM)
            return make(id, SelfTestVerdict::Fail,
                        QStringLiteral("%1 port %2 cannot be opened by this user: %3")
                            .arg(what, port, QString::fromLocal8Bit(std::strerror(err))),
                        QStringLiteral("the kiosk user must be in the group of the device "
                                       "(dialout, set by the udev rules): ls -l %1")
                            .arg(target),
                        details);
        return make(id, SelfTestVerdict::Fail,
                    QStringLiteral("%1 port %2 cannot be opened: %3")
                        .arg(what, port, QString::fromLocal8Bit(std::strerror(err))),
                    udevFix, details);
    }
    const bool tty = ::isatty(fd) == 1;
    // Root opens a port held with TIOCEXCL all the same; the kiosk's user could not.
    int exclusive = 0;
    const bool knowsExclusive = ::ioctl(fd, TIOCGEXCL, &exclusive) == 0;
    ::close(fd);
    details.insert(QStringLiteral("tty"), tty);
    if (!tty)
        return make(id, SelfTestVerdict::Fail,
                    QStringLiteral("%1 port %2 (%3) is a device but not a serial line")
                        .arg(what, port, target),
                    QStringLiteral("set %1 to the %2's serial device").arg(key, what), details);
    if (knowsExclusive && exclusive != 0 && !others.isEmpty())
        return make(id, SelfTestVerdict::Fail,
                    QStringLiteral("%1 port %2 is held exclusively by %3: the kiosk cannot "
                                   "open it")
                        .arg(what, port, others.join(QStringLiteral(", "))),
                    stopOthers, details);
    return make(id, SelfTestVerdict::Pass,
                QStringLiteral("%1 port %2 (%3) is a serial line and opens%4")
                    .arg(what, port, target,
                         others.isEmpty()
                             ? QStringLiteral(" (the kiosk does not hold it: is it running?)")
                             : QStringLiteral(" (also open in %1, not exclusively)")
                                   .arg(others.join(QStringLiteral(", ")))),
                {}, details);
}

/// The keyboards the kernel knows (/proc/bus/input/devices: handlers with "kbd"), by name.
QStringList keyboards()
{
    QFile f(QStringLiteral("/proc/bus/input/devices"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    QString name;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u"N: Name="))
            name = line.mid(8).remove(u'"');
        else if (line.startsWith(u"H: Handlers=") && line.contains(u"kbd") && !name.isEmpty())
            out.append(name);
    }
    return out;
}

} // namespace

SelfTestResult SelfTest::checkPrinter(const KioskConfig &config, int timeoutMs)
{
    switch (config.devices.printer) {
    case PrinterDriver::None:
        return make("printer", SelfTestVerdict::Skip,
                    QStringLiteral("not configured (devices.printer = none)"));
    case PrinterDriver::Simulated:
        return make("printer", SelfTestVerdict::Skip,
                    QStringLiteral("simulated (devices.printer = simulated)"));
    case PrinterDriver::Cups:
        break;
    }
    const QString &queue = config.printer.queue;
    QJsonObject details{{QStringLiteral("queue"), queue},
                        {QStringLiteral("server"), config.printer.server}};
    cupsipp::Client client(config.printer.server, queue, timeoutMs);
    const std::optional<cupsipp::PrinterInfo> info = client.fetchPrinter();
    if (!info)
        return make("printer", SelfTestVerdict::Fail, client.unreachableText(),
                    config.printer.server.isEmpty()
                        ? QStringLiteral("start CUPS: systemctl start cups")
                        : QStringLiteral("start CUPS at %1, or fix printer.server")
                              .arg(config.printer.server),
                    details);
    if (info->missing)
        return make("printer", SelfTestVerdict::Fail,
                    QStringLiteral("CUPS has no queue '%1'").arg(queue),
                    QStringLiteral("make it: borgerkiosk-setup-printer (or set printer.queue "
                                   "to the queue's name: lpstat -p)"),
                    details);
    const DeviceStatus status = cupsPrinterStatus(info->state, info->reasons, info->accepting);
    details.insert(QStringLiteral("printerState"), info->state);
    details.insert(QStringLiteral("printerStateReasons"),
                   QJsonArray::fromStringList(info->reasons));
    details.insert(QStringLiteral("acceptingJobs"), info->accepting);
    details.insert(QStringLiteral("deviceUri"), info->deviceUri);
    details.insert(QStringLiteral("state"), stateKey(status.state));
    const QString reasons =
        info->reasons.isEmpty() ? QStringLiteral("none") : info->reasons.join(u", ");
    const QString stateWord = info->state == cupsipp::kPrinterStopped ? QStringLiteral("stopped")
                              : info->state == cupsipp::kPrinterProcessing
                                  ? QStringLiteral("printing")
                                  : QStringLiteral("idle");
    const QString facts =
        QStringLiteral("queue '%1' is %2%3 (printer-state %4, reasons: %5)")
            .arg(queue, stateWord,
                 info->accepting ? QString() : QStringLiteral(" and rejects jobs"))
            .arg(info->state)
            .arg(reasons);
    if (status.state == DeviceState::Connected) {
        if (!status.reason.isEmpty())
            return make("printer", SelfTestVerdict::Warn,
                        facts + QStringLiteral(": ") + status.reason.section(u':', 0, 0),
                        status.reason.section(u':', 1).trimmed(), details);
        const bool paperKnown = paperReportForDeviceUri(info->deviceUri) != PaperReport::None;
        return make("printer", SelfTestVerdict::Pass,
                    facts + QStringLiteral(", accepting jobs, device %1%2")
                                .arg(info->deviceUri,
                                     paperKnown ? QString()
                                                : QStringLiteral(" (cannot report paper: look "
                                                                 "at the roll)")),
                    {}, details);
    }
    // What to do: the fault's own action (the driver's words after the colon), then the CUPS
    // commands that put the queue back to work.
    QStringList actions;
    const QString faultAction = status.reason.section(u':', 1).trimmed();
    if (info->state != cupsipp::kPrinterStopped && info->accepting)
        actions.append(faultAction.isEmpty() ? status.reason : faultAction);
    else {
        const bool fault = status.reason.contains(u"paper") || status.reason.contains(u"cover") ||
                           status.reason.contains(u"service") || status.reason.contains(u"offline");
        if (fault && !faultAction.isEmpty())
            actions.append(faultAction);
        QStringList commands;
        if (info->state == cupsipp::kPrinterStopped)
            commands.append(cupsCommand("cupsenable", config));
        if (!info->accepting)
            commands.append(cupsCommand("cupsaccept", config));
        actions.append((fault ? QStringLiteral("then: ") : QString()) +
                       commands.join(QStringLiteral("; ")));
    }
    return make("printer", SelfTestVerdict::Fail, facts, actions.join(QStringLiteral(", ")),
                details);
}

SelfTestResult SelfTest::checkDisplay(const KioskConfig &config)
{
    switch (config.devices.display) {
    case DisplayDriver::None:
        return make("display", SelfTestVerdict::Skip,
                    QStringLiteral("not configured (devices.display = none)"));
    case DisplayDriver::Simulated:
        return make("display", SelfTestVerdict::Skip,
                    QStringLiteral("simulated (devices.display = simulated)"));
    case DisplayDriver::Serial:
        break;
    }
    return checkSerialPort("display", QStringLiteral("display"), QStringLiteral("display.port"),
                           config.display.port);
}

SelfTestResult SelfTest::checkReader(const KioskConfig &config)
{
    switch (config.devices.scanner) {
    case ScannerDriver::None:
        return make("reader", SelfTestVerdict::Skip,
                    QStringLiteral("not configured (devices.scanner = none)"));
    case ScannerDriver::Simulated:
        return make("reader", SelfTestVerdict::Skip,
                    QStringLiteral("simulated (devices.scanner = simulated)"));
    case ScannerDriver::Wedge: {
        // A wedge reader is one keyboard among others: nothing tells it apart until it scans.
        const QStringList found = keyboards();
        return make(
            "reader", SelfTestVerdict::Skip,
            QStringLiteral("keyboard-wedge reader: cannot be told from a keyboard "
                           "without a scan (%1 keyboard device(s) present%2)")
                .arg(found.size())
                .arg(found.isEmpty() ? QString() : QStringLiteral(": ") + found.join(u", ")),
            QStringLiteral("scan a booking code at the kiosk and watch the journal "
                           "(journalctl -u borgerkiosk BK_CATEGORY=bk.drivers.wedge)"),
            {{QStringLiteral("keyboards"), QJsonArray::fromStringList(found)}});
    }
    case ScannerDriver::Serial:
        break;
    }
    return checkSerialPort("reader", QStringLiteral("reader"), QStringLiteral("scanner.port"),
                           config.scanner.port);
}

} // namespace bk
