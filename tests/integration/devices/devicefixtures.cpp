#include "devicefixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <chrono>
#include <optional>

#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bk::testing {

namespace {

bool writeFile(const QString &path, const QByteArray &text, QFile::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    return perms ? QFile::setPermissions(path, perms) : true;
}

/// The user and group cupsd runs its jobs and backends as. Started by root it must drop to an
/// unprivileged user (it refuses "User root"): lp, as on a real system. Started by anyone
/// else it cannot switch users, so it runs everything as the user that started it.
struct RunAs
{
    QByteArray user;
    QByteArray group;
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<RunAs> cupsRunAs()
{
    const passwd *pw = ::geteuid() == 0 ? getpwnam("lp") : getpwuid(::geteuid());
    if (!pw)
        return std::nullopt;
    RunAs r{pw->pw_name, {}, pw->pw_uid, ::geteuid() == 0 ? gid_t(0) : ::getegid()};
    const group *gr = ::geteuid() == 0 ? getgrnam("lp") : getgrgid(::getegid());
    if (!gr)
        return std::nullopt;
    r.group = gr->gr_name;
    r.gid = gr->gr_gid;
    return r;
}

/// Gives `path` to the user cupsd writes its spool, cache, logs and printed jobs as.
bool chownTo(const QString &path, const RunAs &who)
{
    return ::chown(QFile::encodeName(path).constData(), who.uid, who.gid) == 0;
}

// The test backend. cupsd runs a 0755 backend as its User (lp under root). Paper out: the report
// and exit status a real backend gives (STATE: +media-empty-error; 4 = CUPS_BACKEND_STOP stops the
// queue and keeps the job). Paper in: clears the state and "prints" the job into printed/<job-id>.
constexpr char kBackend[] = R"(#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct bktest "Unknown" "borgerkiosk test backend"'; exit 0; fi
ROOT=$(dirname "$0")/../..
if [ ! -e "$ROOT/paper-ok" ]; then
  echo "STATE: +media-empty-error" >&2
  echo "ERROR: Out of paper" >&2
  exit 4
fi
echo "STATE: -media-empty-error" >&2
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$ROOT/printed/$1"
exit 0
)";

// Stand-ins for CUPS 2.4's usb and ipp backends, installed in the private ServerBin under the
// real names (the real socket backend stays). They write to stderr what the real ones write,
// with the same timings (backend/usb-libusb.c, backend/ipp.c; the strings are in Debian 12's
// /usr/lib/cups/backend/usb and ipp), and "print" into printed/<job-id>.
//
// usb://BK/Receipt?serial=NAME: while the flag file usb-NAME is missing the printer is
// unplugged: "Waiting for printer to become available." every 5 s, the job processing, no
// printer-state-reasons. Plugged in: "Sending data to printer.", the data, then the back
// channel wait of usb-libusb.c (WAIT_EOF_DELAY 7 s, then 1 s more): the job stays processing
// ~8 s after the receipt is out, with no cups-waiting-for-job-completed.
//
// Discovery (no arguments, as lpinfo -v runs it): one "direct usb://..." line per plugged-in
// printer, in the real backend's format (usb-libusb.c, list_devices: class, URI, make and
// model, info, IEEE 1284 device id, location).
constexpr char kUsbBackend[] = R"(#!/bin/sh
if [ $# -eq 0 ]; then
  for f in "${CUPS_SERVERBIN:-$(dirname "$0")/..}"/../usb-*; do
    [ -e "$f" ] || continue
    s=${f##*/usb-}
    echo "direct usb://BK/Receipt?serial=$s \"BK Receipt\" \"BK Receipt USB\" \"MFG:BK;CMD:ESC/POS;MDL:Receipt;CLS:PRINTER;\" \"\""
  done
  exit 0
fi
ROOT=$(dirname "$0")/../..
SERIAL=${DEVICE_URI##*serial=}
echo "DEBUG: Printing on printer with URI: $DEVICE_URI" >&2
while [ ! -e "$ROOT/usb-$SERIAL" ]; do
  echo "INFO: Waiting for printer to become available." >&2
  sleep 5
done
echo "INFO: Sending data to printer." >&2
echo "PAGE: 1 1" >&2
cat "$6" > "$ROOT/printed/$1"
BYTES=$(wc -c < "$6")
echo "DEBUG: Read $BYTES bytes of print data..." >&2
echo "DEBUG: Wrote $BYTES bytes of print data..." >&2
echo "DEBUG: Sent $BYTES bytes..." >&2
echo "DEBUG: Waiting for read thread to exit..." >&2
sleep 7
echo "DEBUG: Read thread still active, aborting the pending read..." >&2
sleep 1
exit 0
)";

// ipp://HOST/ipp/print (IPP Everywhere receipt printer): connects, sends the job, then follows
// it at the printer like ipp.c's monitor, copying the printer's reasons. Paper in while the
// flag file ipp-paper-ok exists; without it the printer reports media-empty and holds the job.
constexpr char kIppBackend[] = R"SH(#!/bin/sh
if [ $# -eq 0 ]; then exit 0; fi
ROOT=$(dirname "$0")/../..
echo "INFO: Connecting to printer." >&2
echo "STATE: -connecting-to-device" >&2
echo "INFO: Connected to printer." >&2
echo "DEBUG: Get-Printer-Attributes: successful-ok (successful-ok)" >&2
echo "DEBUG: Sending stdin for job..." >&2
if [ ! -e "$ROOT/ipp-paper-ok" ]; then
  echo "STATE: +media-empty-error" >&2
  echo "INFO: Waiting for job to complete." >&2
  while [ ! -e "$ROOT/ipp-paper-ok" ]; do sleep 1; done
fi
echo "STATE: -media-empty-error" >&2
cat "$6" > "$ROOT/printed/$1"
echo "INFO: Waiting for job to complete." >&2
sleep 1
echo "DEBUG: (monitor) job-state = completed" >&2
exit 0
)SH";

} // namespace

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

bool run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()));
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return true;
}

PrivateCupsd::~PrivateCupsd()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(2000);
        }
    }
}

bool PrivateCupsd::start(QString *error, const QByteArray &extraConf)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString d = m_dir.path();
    // cupsd's User must reach the backend, the flag file and printed/ through the temp dir.
    QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                 QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                 QFile::ExeOther);
    for (const char *sub :
         {"root", "spool", "spool/tmp", "cache", "state", "log", "bin/backend", "printed"})
        QDir(d).mkpath(QString::fromLatin1(sub));
    // ServerBin: the system's filters, daemons and backends, plus ours.
    for (const QFileInfo &fi : QDir(QStringLiteral("/usr/lib/cups"))
                                   .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot))
        if (fi.fileName() != u"backend")
            QFile::link(fi.absoluteFilePath(), d + QStringLiteral("/bin/") + fi.fileName());
    for (const QFileInfo &fi :
         QDir(QStringLiteral("/usr/lib/cups/backend")).entryInfoList(QDir::Files))
        if (fi.fileName() != u"usb" && fi.fileName() != u"ipp")
            QFile::link(fi.absoluteFilePath(), d + QStringLiteral("/bin/backend/") + fi.fileName());
    const QFile::Permissions exec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                    QFile::ExeOther;
    if (!writeFile(d + QStringLiteral("/bin/backend/bktest"), kBackend, exec) ||
        !writeFile(d + QStringLiteral("/bin/backend/usb"), kUsbBackend, exec) ||
        !writeFile(d + QStringLiteral("/bin/backend/ipp"), kIppBackend, exec)) {
        *error = QStringLiteral("cannot write the test backends");
        return false;
    }
    m_port = freePort();
    const QByteArray conf = "Listen 127.0.0.1:" + QByteArray::number(m_port) + "\n" +
                            R"(LogLevel info
Browsing No
DefaultAuthType None
WebInterface No
JobRetryInterval 1
)" + extraConf + R"(<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
<Policy nocancel>
  <Limit Cancel-Job Purge-Jobs Cancel-My-Jobs>
    AuthType Basic
    Require user nosuchuser
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
)";
    const QByteArray dd = QFile::encodeName(d);
    const std::optional<RunAs> runAs = cupsRunAs();
    if (!runAs) {
        *error = QStringLiteral("no user for cupsd to run jobs as (root: the lp user and group)");
        return false;
    }
    // SystemGroup: the group whose members may administer this cupsd (lpadmin, cupsenable);
    // with DefaultAuthType None and "Allow all" nobody is asked, but the key must name a group.
    const QByteArray systemGroup = ::geteuid() == 0 ? QByteArray("root") : runAs->group;
    const QByteArray files = "User " + runAs->user + "\nGroup " + runAs->group + "\nSystemGroup " +
                             systemGroup + "\nServerRoot " + dd + "/root\nRequestRoot " + dd +
                             "/spool\nTempDir " + dd + "/spool/tmp\nCacheDir " + dd +
                             "/cache\nStateDir " + dd + "/state\nServerBin " + dd +
                             "/bin\nDataDir /usr/share/cups\n"
                             "AccessLog " +
                             dd + "/log/access_log\nErrorLog " + dd + "/log/error_log\nPageLog " +
                             dd + "/log/page_log\nFileDevice No\n";
    if (!writeFile(d + QStringLiteral("/root/cupsd.conf"), conf) ||
        !writeFile(d + QStringLiteral("/root/cups-files.conf"), files)) {
        *error = QStringLiteral("cannot write the cupsd configuration");
        return false;
    }
    for (const char *sub : {"spool", "spool/tmp", "cache", "state", "log", "printed"})
        if (!chownTo(d + u'/' + QLatin1String(sub), *runAs)) {
            *error = QStringLiteral("cannot give %1 to %2")
                         .arg(QLatin1String(sub), QString::fromLocal8Bit(runAs->user));
            return false;
        }
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                  {QStringLiteral("-f"), QStringLiteral("-c"),
                   d + QStringLiteral("/root/cupsd.conf"), QStringLiteral("-s"),
                   d + QStringLiteral("/root/cups-files.conf")});
    if (!m_cupsd.waitForStarted(5000)) {
        *error = QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_cupsd.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("cupsd did not listen on %1: %2 %3")
                 .arg(server(), QString::fromLocal8Bit(m_cupsd.readAll()), errorLog());
    return false;
}

QString PrivateCupsd::server() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool PrivateCupsd::addRawQueue(const QString &queue, const QString &uri, QString *error,
                               const QStringList &options)
{
    QStringList args{QStringLiteral("-h"),
                     server(),
                     QStringLiteral("-p"),
                     queue,
                     QStringLiteral("-E"),
                     QStringLiteral("-v"),
                     uri,
                     QStringLiteral("-m"),
                     QStringLiteral("raw")};
    for (const QString &o : options)
        args << QStringLiteral("-o") << o;
    return run(QStringLiteral("/usr/sbin/lpadmin"), args, error);
}

void PrivateCupsd::setFlag(const QString &name, bool on)
{
    const QString flag = m_dir.filePath(name);
    if (on)
        writeFile(flag, "1", QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    else
        QFile::remove(flag);
}

QStringList PrivateCupsd::jobsOn(const QString &queue) const
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/lpstat"),
            {QStringLiteral("-h"), server(), QStringLiteral("-W"), QStringLiteral("not-completed"),
             QStringLiteral("-o"), queue});
    p.waitForFinished(10000);
    return QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QStringList PrivateCupsd::printed() const
{
    return QDir(printedDir()).entryList(QDir::Files);
}

bool PrivateCupsd::cancel(const QString &queue, QString *error)
{
    return run(QStringLiteral("/usr/bin/cancel"),
               {QStringLiteral("-h"), server(), QStringLiteral("-a"), queue}, error);
}

bool PrivateCupsd::enable(const QString &queue, QString *error)
{
    return run(QStringLiteral("/usr/sbin/cupsenable"), {QStringLiteral("-h"), server(), queue},
               error);
}

void PrivateCupsd::setPaperOk(bool ok)
{
    setFlag(QStringLiteral("paper-ok"), ok);
}

bool PrivateCupsd::installBackend(const QString &path, QString *error)
{
    const QString target =
        m_dir.filePath(QStringLiteral("bin/backend/")) + QFileInfo(path).fileName();
    QFile::remove(target);
    if (!QFile::copy(path, target) ||
        !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther)) {
        *error = QStringLiteral("cannot install the backend %1 as %2").arg(path, target);
        return false;
    }
    return true;
}

QString PrivateCupsd::printedDir() const
{
    return m_dir.filePath(QStringLiteral("printed"));
}

QString PrivateCupsd::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("log/error_log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

bool CaptureServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void CaptureServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    auto *bytes = new QByteArray;
    connect(socket, &QTcpSocket::readyRead, this,
            [socket, bytes] { bytes->append(socket->readAll()); });
    // The socket backend shuts down its sending side and waits for the printer to close: close
    // on end of data, like a printer does.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes] {
        bytes->append(socket->readAll());
        finished.append(*bytes);
        delete bytes;
        socket->deleteLater();
    });
}

bool EscPosPrinterServer::start()
{
    return listen(QHostAddress::LocalHost);
}

void EscPosPrinterServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    auto *bytes = new QByteArray;
    auto *scanned = new qsizetype(0);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, bytes, scanned] {
        bytes->append(socket->readAll());
        static const QByteArray kRealTime("\x10\x04\x04", 3); // DLE EOT 4
        static const QByteArray kSensor("\x1d\x72\x01", 3);   // GS r 1
        for (;;) {
            const qsizetype rt = bytes->indexOf(kRealTime, *scanned);
            const qsizetype gs = bytes->indexOf(kSensor, *scanned);
            if (rt < 0 && gs < 0)
                break;
            const bool realTime = gs < 0 || (rt >= 0 && rt < gs);
            *scanned = (realTime ? rt : gs) + 3;
            if (paper == Paper::Silent)
                continue;
            const bool end = paper == Paper::End || (paper == Paper::RunsOut && !realTime);
            const char answer = realTime ? char(end ? 0x72 : 0x12) : char(end ? 0x0c : 0x00);
            socket->write(&answer, 1);
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes, scanned] {
        bytes->append(socket->readAll());
        finished.append(*bytes);
        delete bytes;
        delete scanned;
        socket->deleteLater();
    });
}

HoldingServer::~HoldingServer()
{
    close();
    for (std::thread &t : m_threads)
        t.join();
}

bool HoldingServer::start()
{
    return listen(QHostAddress::LocalHost);
}

void HoldingServer::incomingConnection(qintptr handle)
{
    m_threads.emplace_back([this, fd = int(handle)] {
        // Read to the end of the data; a peer that never ends it is given up after 20 s.
        char buffer[4096];
        pollfd p{fd, POLLIN, 0};
        for (int waited = 0; waited < 20000;) {
            const int ready = ::poll(&p, 1, 100);
            if (ready == 0) {
                waited += 100;
                continue;
            }
            if (ready < 0 || ::read(fd, buffer, sizeof buffer) <= 0)
                break;
        }
        ++received;
        std::this_thread::sleep_for(std::chrono::milliseconds(m_holdMs));
        ::close(fd);
    });
}

SocatPair::SocatPair(const QString &linkA, const QString &linkB) : m_a(linkA), m_b(linkB) {}

SocatPair::~SocatPair()
{
    kill();
}

bool SocatPair::start(QString *error)
{
    m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + m_a,
                                            QStringLiteral("pty,raw,echo=0,link=") + m_b});
    if (!m_socat.waitForStarted(5000)) {
        *error = QStringLiteral("socat did not start: %1").arg(m_socat.errorString());
        return false;
    }
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(m_a) && QFileInfo::exists(m_b))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("socat made no links at %1 and %2").arg(m_a, m_b);
    return false;
}

void SocatPair::kill()
{
    if (m_socat.state() == QProcess::NotRunning)
        return;
    m_socat.kill(); // SIGKILL: like yanking the cable, no goodbye
    m_socat.waitForFinished(3000);
    // socat killed hard leaves its links dangling; a new socat replaces them.
    QFile::remove(m_a);
    QFile::remove(m_b);
}

} // namespace bk::testing
